#!/usr/bin/env python3
"""text20_gen.py - held-out test collection for a placeholder / mojibake auditor of Chinese report text.

Standard library only (Python 3.11).

    python3 text20_gen.py --seed 11 --out text20_seed11.jsonl
    python3 text20_gen.py --verify text20_seed11.jsonl text20_seed12.jsonl
    python3 text20_gen.py --style-table text20_seed11.jsonl  [--out table.md]

Every random decision comes from random.Random(<string>) objects; string seeds are hashed with
SHA-512 by the random module, so output does not depend on PYTHONHASHSEED.
"""
import argparse
import base64
import email.header
import html
import json
import quopri
import random
import re
import sys
import urllib.parse
from collections import Counter, defaultdict

GEN_TAG = "t20"
RECORDS_PER_SEED = 3000

# ----------------------------------------------------------------------------------------------
# vocabulary (invented names; no sentences copied from any source)
# ----------------------------------------------------------------------------------------------
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍建红文辉力立新志春海燕晓鹏飞宇浩然涵欣怡俊凯雪梅琳晨阳博思雨婷嘉佳慧颖倩锋鑫斌坤琪悦瑶航泽睿"
P1 = "青云石柳梅龙凤桃杏松竹金银东西南北新安永长清和平兴华丰宁定富泰嘉汇湖江河山岭塘桥湾坪岗洲溪沙白黄红碧横"
P2 = "溪岭塘桥湾坪岗洲沙源田湖林山峰川城园口阳浦庄坝头滩冲埔岩泉亭坑圳"
INDUSTRY = ["建设工程", "农业科技", "物业服务", "食品", "环保科技", "电子科技", "建材", "交通运输", "医疗器械",
            "信息技术", "园林绿化", "劳务服务", "商贸", "水务", "文化传媒", "教育咨询", "检测技术", "工程监理",
            "造价咨询", "印务", "装饰工程", "机电设备", "供应链管理", "餐饮管理"]
DEPTS = ["区财政局", "县卫生健康局", "市自然资源局", "镇人民政府", "街道办事处", "区住房和城乡建设局", "县教育局",
         "区民政局", "市人力资源和社会保障局", "县农业农村局", "区市场监督管理局", "市生态环境局", "区应急管理局",
         "县交通运输局", "区文化广电旅游体育局", "市水务局", "区退役军人事务局", "县医疗保障局"]
PINYIN_NAMES = ["zhangwei", "liqiang", "chenli", "wanghua", "liuyang", "huangmin", "zhoujie", "wutao", "sunli",
                "majun", "zhuhong", "hulin", "guoping", "heyan", "gaofei", "linna", "luohui", "zhengkai"]
MAIL_DOM = ["163.com", "126.com", "qq.com", "foxmail.com", "sina.com", "gov.cn", "outlook.com"]
PROVS = "京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青藏琼宁"
RARE_NAMES = ["王喆", "李堃", "张昇", "刘䶮", "陈犇", "赵淼", "周玥", "吴昱", "郑珺", "孙骉", "黄𠮷", "林甯", "何琤",
              "宋祎", "罗婧", "冯翀", "许喆", "邓珏"]
RARE_PLACES = ["亳州", "濉溪", "鄱阳", "郴州", "儋州", "蕲春", "犍为", "涪陵", "黟县", "歙县", "邛崃", "郯城", "盱眙",
               "岢岚", "睢宁", "荥阳", "婺源"]

# simplified -> (traditional, pinyin) for characters that change under s2t conversion
_PYTAB = """发發fā 区區qū 务務wù 导導dǎo 领領lǐng 时時shí 动動dòng 远遠yuǎn 项項xiàng 实實shí 现現xiàn 关關guān
开開kāi 经經jīng 济濟jì 进進jìn 设設shè 规規guī 划劃huà 农農nóng 业業yè 产產chǎn 观觀guān 会會huì 议議yì 员員yuán
组組zǔ 织織zhī 级級jí 统統tǒng 计計jì 结結jié 构構gòu 这這zhè 为為wéi 们們men 个個gè 来來lái 对對duì 国國guó
门門mén 问問wèn 题題tí 环環huán 长長cháng 书書shū 记記jì 东東dōng 车車chē 电電diàn 话話huà 运運yùn 输輸shū
资資zī 质質zhì 单單dān 报報bào 场場chǎng 应應yīng 当當dāng 乡鄉xiāng 镇鎮zhèn 县縣xiàn 卫衛wèi 疗療liáo 医醫yī
险險xiǎn 养養yǎng 兴興xīng 华華huá 强強qiáng 优優yōu 创創chuàng 协協xié 调調tiáo 稳穩wěn 过過guò 还還hái
与與yǔ 网網wǎng 络絡luò 体體tǐ 机機jī 处處chù 办辦bàn 扩擴kuò 维維wéi 护護hù 营營yíng 销銷xiāo 贸貿mào
税稅shuì 费費fèi 财財cái 绩績jì 点點diǎn 认認rèn 识識shí 讲講jiǎng 学學xué 习習xí 贯貫guàn 彻徹chè 党黨dǎng
团團tuán 带帶dài 头頭tóu 难難nán 风風fēng 灾災zāi 边邊biān 际際jì 约約yuē 亿億yì 万萬wàn 价價jià 态態tài
势勢shì 筑築zhù 园園yuán 标標biāo 准準zhǔn 范範fàn 验驗yàn 审審shěn 监監jiān 检檢jiǎn 阶階jiē 庆慶qìng
纪紀jì 录錄lù 获獲huò 奖獎jiǎng 补補bǔ 贴貼tiē 缴繳jiǎo 纳納nà 宽寬kuān 户戶hù 厅廳tīng 轨軌guǐ 铁鐵tiě
桥橋qiáo 间間jiān 岗崗gǎng 历歷lì 爱愛ài 战戰zhàn 胜勝shèng 紧緊jǐn 围圍wéi 绕繞rào 举舉jǔ 确確què 广廣guǎng
责責zé 压壓yā 决決jué 龙龍lóng 刘劉liú 陈陳chén 张張zhāng 杨楊yáng 赵趙zhào 吴吳wú 郑鄭zhèng 谢謝xiè
罗羅luó 韩韓hán 冯馮féng 邓鄧dèng 叶葉yè 苏蘇sū 吕呂lǚ 卢盧lú 钟鍾zhōng 谭譚tán 陆陸lù 贾賈jiǎ 韦韋wéi
邹鄒zōu 龚龔gōng 钱錢qián 汤湯tāng 职職zhí 称稱chēng 样樣yàng 达達dá 总總zǒng 线線xiàn 节節jié 约約yuē
务務wù 馆館guǎn 宁寧níng 让讓ràng 队隊duì 岁歲suì 纠糾jiū 纷紛fēn 积積jī 极極jí 级級jí 据據jù 图圖tú
数數shù 讯訊xùn 设設shè 预預yù 测測cè 类類lèi 签簽qiān 订訂dìng 权權quán 证證zhèng 诉訴sù 讼訟sòng
伟偉wěi 丽麗lì 艳艷yàn 杰傑jié 涛濤tāo 刚剛gāng 红紅hóng 辉輝huī 鹏鵬péng 飞飛fēi 晓曉xiǎo
凯凱kǎi 颖穎yǐng 锋鋒fēng 瑶瑤yáo 泽澤zé 静靜jìng 军軍jūn 孙孫sūn 马馬mǎ 许許xǔ 蒋蔣jiǎng 闫閆yán 贺賀hè
顾顧gù 严嚴yán 旧舊jiù 层層céng 义義yì 综綜zōng 满滿mǎn 启啟qǐ 页頁yè 热熱rè 视視shì 贫貧pín
尽盡jìn 亲親qīn 闻聞wén 续續xù 额額é 础礎chǔ 挥揮huī 专專zhuān 乐樂lè 货貨huò 购購gòu 论論lùn 请請qǐng
评評píng 选選xuǎn 给給gěi 药藥yào 诊診zhěn 断斷duàn 备備bèi 隐隱yǐn 患患huàn 复復fù 彻徹chè 虑慮lǜ
罚罰fá 执執zhí 宾賓bīn 馈饋kuì 样樣yàng 众眾zhòng 兰蘭lán 凤鳳fèng 溪溪xī 湾灣wān 岭嶺lǐng 坝壩bà"""
S2T, TPY = {}, {}
for _tok in _PYTAB.split():
    _s, _t, _p = _tok[0], _tok[1], _tok[2:]
    if _s == _t:
        continue
    S2T[_s] = _t
    TPY[_t] = _p


def to_trad(s):
    return "".join(S2T.get(c, c) for c in s)


# foreign-language material (own short phrases)
KO = ["한국무역협회 대표단", "환영합니다", "서울특별시 중구 세종대로", "감사합니다", "관광 안내 센터", "주식회사 한빛전자",
      "부산광역시 해운대구", "문의 전화", "제품 설명회"]
JA = ["株式会社さくら精機", "ようこそ", "東京都港区芝公園", "ありがとうございます", "お問い合わせ窓口", "日本語版パンフレット",
      "大阪府堺市", "営業部長", "会場のご案内"]
RU = ["Торговая палата Новосибирска", "Добро пожаловать", "Спасибо за внимание", "ООО «Сибирский лес»",
      "Генеральный директор", "город Хабаровск", "Отдел продаж"]
EL = ["Καλώς ήρθατε", "Πανεπιστήμιο Αθηνών", "Ευχαριστούμε", "Θεσσαλονίκη"]
FR = ["Université de Montréal", "Société Générale", "Champs-Élysées", "François Lefèvre", "Hélène Dubois",
      "café crème", "Crédit Agricole", "Genève"]
DE = ["Müller GmbH", "Düsseldorf", "Jürgen Schäfer", "Straße der Einheit", "Köln"]
VI = ["Nguyễn Văn Thành", "Hà Nội", "Thành phố Hồ Chí Minh", "Trần Thị Hương"]
EMOJI = ["👍", "🎉", "❤️", "🔥", "😂", "🙏", "👨‍👩‍👧", "🏃‍♂️", "🇨🇳", "✨", "💪", "🌸", "👏", "😊", "🥳", "🧑‍🏫"]


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def rname(r):
    return r.choice(P1) + r.choice(P2)


def rperson(r):
    g = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.7 else "")
    return r.choice(SURN) + g


def rdigits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def rphone(r):
    return "1" + r.choice(["38", "39", "35", "37", "58", "59", "86", "88", "77", "99", "36", "50"]) + rdigits(r, 8)


def ridno(r):
    area = r.choice(["440303", "440106", "330102", "510104", "420102", "350203", "441802", "360102", "430103"])
    y = r.randint(1955, 2005)
    return area + f"{y}{r.randint(1, 12):02d}{r.randint(1, 28):02d}" + rdigits(r, 3) + r.choice("0123456789X")


def rorg(r):
    return rname(r) + r.choice(INDUSTRY) + r.choice(["有限公司", "有限责任公司", "股份有限公司"])


# ----------------------------------------------------------------------------------------------
# template language.  {type:args} = fact slot; ⟦text⟧ = trap token; ⟦kind|text⟧ = foreign / ph part
# ----------------------------------------------------------------------------------------------
SLOT_TYPES = ("int|dec|pct|md|ymd|ym|year|person|place|org|dept|phone|tel|idno|bank|email|docno|addr|school|"
              "plate|rare|rareplace|pick|age|pno|time|nyear")
SLOT_RE = re.compile(r"\{(" + SLOT_TYPES + r")(?::([^{}]*))?\}|⟦([^⟧]*)⟧")
FX_KINDS = {"ko", "ja", "ru", "el", "fr", "de", "vi", "emoji", "rare", "trad", "trap", "ph", "quote", "code"}


class Doc:
    """Collects parts [text, kind, orig]; kind None = plain, 'slot' = real fact value, 'ph' = placeholder,
    'mj' = damage, 'trap' / 'fx:*' = deliberate look-alike or foreign text."""

    def __init__(self, r, pal=None, p=0.0, year=None, trad=False):
        self.r, self.pal, self.p, self.trad = r, pal, p, trad
        self.year = year or r.choice([2020, 2021, 2022, 2023, 2024])
        self.parts = []
        self.last = (r.randint(1, 6), r.randint(1, 20))

    def add(self, text, kind=None, orig=None):
        if not text:
            return
        if self.trad and kind in (None, "slot"):
            text = to_trad(text)
        self.parts.append([text, kind, orig])

    def fill(self, tpl):
        pos = 0
        for m in SLOT_RE.finditer(tpl):
            self.add(tpl[pos:m.start()])
            if m.group(3) is not None:
                body = m.group(3)
                kind = "trap"
                if "|" in body and body.split("|", 1)[0] in FX_KINDS:
                    kind, body = body.split("|", 1)
                if kind == "ph":
                    self.add(body, "ph", "explicit")
                elif kind == "trap":
                    self.add(body, "trap")
                else:
                    self.add(body, "fx:" + kind)
            elif m.group(1) == "pick":
                self.add(self.r.choice(m.group(2).split("|")))
            else:
                self.slot(m.group(1), m.group(2) or "")
            pos = m.end()
        self.add(tpl[pos:])

    def lines(self, tpls):
        for i, t in enumerate(tpls):
            self.fill(t)
            if i < len(tpls) - 1:
                self.add("\n")

    # -- slots ---------------------------------------------------------------------------------
    def real(self, typ, arg):
        r = self.r
        if typ == "int":
            a, b = (arg or "1-99").split("-")
            return str(r.randint(int(a), int(b)))
        if typ == "dec":
            rng, _, nd = (arg or "1-99:2").partition(":")
            a, b = rng.split("-")
            return f"{r.uniform(float(a), float(b)):.{int(nd or 2)}f}"
        if typ == "pct":
            a, b = (arg or "1-60").split("-")
            v = r.uniform(float(a), float(b))
            return (f"{v:.1f}" if r.random() < 0.6 else f"{v:.2f}" if r.random() < 0.5 else f"{round(v)}") + "%"
        if typ == "md":
            return f"{r.randint(1, 12)}月{r.randint(1, 28)}日"
        if typ == "ymd":  # successive dates in one document do not run backwards
            lm, ld = self.last
            m = r.randint(lm, min(12, lm + 4))
            d = r.randint(ld if m == lm else 1, 28)
            self.last = (m, d)
            return f"{self.year}年{m}月{d}日"
        if typ == "nyear":
            return str(self.year + 1)
        if typ == "ym":
            return f"{self.year}年{r.randint(1, 12)}月"
        if typ == "year":
            return str(self.year)
        if typ == "time":
            return f"{r.randint(8, 17)}:{r.choice(['00', '30', '15', '45'])}"
        if typ == "age":
            return str(r.randint(18, 86))
        if typ == "person":
            return rperson(r)
        if typ == "rare":
            return r.choice(RARE_NAMES)
        if typ == "rareplace":
            return r.choice(RARE_PLACES)
        if typ == "place":
            return rname(r) + r.choice((arg or "镇").split("|"))
        if typ == "org":
            return rorg(r)
        if typ == "dept":
            return r.choice(DEPTS)
        if typ == "phone":
            return rphone(r)
        if typ == "tel":
            area = r.choice(["010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0311", "0371", "0431",
                             "0451", "0531", "0551", "0571", "0591", "0731", "0751", "0755", "0757", "0760", "0763",
                             "0771", "0791", "0851", "0871", "0898", "0931"])
            return area + "-" + str(r.randint(2, 8)) + rdigits(r, (7 if len(area) == 3 else 6) + (r.randint(0, 1) if len(area) == 4 else 0))
        if typ == "idno":
            return ridno(r)
        if typ == "bank":
            return r.choice(["6222", "6217", "6228", "6214", "6230"]) + rdigits(r, 12 + r.randint(0, 3))
        if typ == "email":
            return r.choice(PINYIN_NAMES) + rdigits(r, r.randint(0, 4)) + "@" + r.choice(MAIL_DOM)
        if typ == "docno":
            return r.choice(P1) + r.choice(["政发", "财预", "教发", "卫健发", "自然资发", "办字", "人社发"]) + \
                f"〔{self.year}〕{r.randint(1, 120)}号"
        if typ == "addr":
            return rname(r) + r.choice(["路", "大道", "街", "巷"]) + f"{r.randint(1, 399)}号"
        if typ == "school":
            return rname(r) + r.choice(["第一中学", "实验小学", "中心小学", "职业技术学校", "第二初级中学", "实验学校"])
        if typ == "plate":
            return r.choice(PROVS) + r.choice("ABCDEFGHJK") + "·" + "".join(r.choice("0123456789ABCDEFGHJKLMN") for _ in range(5))
        if typ == "pno":
            return rdigits(r, r.randint(6, 9))
        return "?"

    def slot(self, typ, arg):
        realv = self.real(typ, arg)
        if self.pal and self.r.random() < self.p:
            pieces = render_ph(self.r, self.pal, typ, realv, arg)
            if pieces:
                for text, isph in pieces:
                    self.add(text, "ph" if isph else None, realv if isph else None)
                return
        self.add(realv, "slot")


# ----------------------------------------------------------------------------------------------
# placeholder renderers
# ----------------------------------------------------------------------------------------------
def xch(r):
    return r.choices(["x", "X", "×", "Ｘ", "x"], [50, 28, 7, 5, 10])[0]


def xs(r, n, c=None):
    return (c or xch(r)) * n


def render_ph(r, pal, typ, realv, arg):
    if pal == "mix":
        pal = r.choice(["x", "x", "pseudo", "tpl", "mask"])
    c = xch(r)
    if pal == "x":
        if typ in ("int", "pno", "age"):
            n = r.choice([len(realv), 2, 2, 3]) if len(realv) < 6 else len(realv)
            return [(xs(r, n, c), True)]
        if typ == "dec":
            a, _, b = realv.partition(".")
            return [(r.choice([xs(r, 2, c) + "." + xs(r, 2, c), xs(r, len(a), c) + "." + xs(r, len(b), c),
                               xs(r, 3, c) + "." + xs(r, 1, c)]), True)]
        if typ == "pct":
            return [(r.choice([xs(r, 2, c) + "%", xs(r, 2, c) + "." + xs(r, 1, c) + "%", xs(r, 3, c) + "%",
                               c + "%", xs(r, 2, c) + "." + xs(r, 2, c) + "%"]), True)]
        if typ == "md":
            m, d = realv[:-1].split("月")
            k = r.random()
            if k < 0.5:
                return [(r.choice([c, c * 2]) + "月" + r.choice([c, c * 2]) + "日", True)]
            if k < 0.75:
                return [(m + "月", False), (c * 2, True), ("日", False)]
            return [(c * 2 + "月" + c * 2 + "-" + c * 2 + "日", True)]
        if typ in ("ymd", "ym", "year", "nyear"):
            y = realv[:4]
            k = r.random()
            if typ in ("year", "nyear"):
                return [(r.choice(["20" + c * 2, "202" + c, c * 4]), True)]
            if k < 0.4:
                return [(y + "年", False), (c + "月" + c * 2 + "日" if typ == "ymd" else c * 2 + "月", True)]
            if k < 0.7:
                return [("20" + c * 2 + "年" + c * 2 + "月" + (c * 2 + "日" if typ == "ymd" else ""), True)]
            return [(c * 4 + "年" + c * 2 + "月" + (c * 2 + "日" if typ == "ymd" else ""), True)]
        if typ in ("person", "rare"):
            return [(r.choice([c * 3, c * 2, "XXX", "×××"]), True)]
        if typ in ("place", "rareplace"):
            suf = realv[2:] if typ == "place" else ""
            cc = r.choice([c, c, "×", "○"])
            return [(cc * 2, True), (suf, False)]
        if typ == "org":
            return r.choice([[(c * 2, True), (realv[2:], False)], [(c * 3 + "公司", True)],
                             [(c * 4, True), (r.choice(["有限公司", "集团"]), False)]])
        if typ == "dept":
            return [(c * 2, True), (realv[1:] if realv[0] in "区县市镇" else realv[2:], False)]
        if typ == "school":
            return [(c * 2, True), (realv[2:], False)]
        if typ == "addr":
            return [(c * 2, True), (realv[2:3], False), (c * 2, True), ("号", False)]
        if typ == "docno":
            return [(c * 2, True), (realv[1:realv.index("〕") + 1], False), (c * 2, True), ("号", False)]
        if typ in ("phone",):
            return [(realv[:3] + c * 8, True)] if r.random() < 0.5 else [(c * 11, True)]
        if typ == "tel":
            return [(realv.split("-")[0] + "-" + c * len(realv.split("-")[1]), True)]
        if typ == "email":
            return [(c * 3 + "@" + c * 3 + ".com", True)]
        if typ == "idno":
            return [(c * 18, True)]
        if typ == "time":
            return [(c * 2 + ":" + c * 2, True)]
        return None
    if pal == "pseudo":
        if typ in ("person", "rare"):
            s = realv[0]
            return [(r.choice([s + "某", s + "某", s + "某某", "某某", s + "某甲"]), True)]
        if typ in ("place", "rareplace"):
            suf = realv[2:] if typ == "place" else r.choice(["市", "县"])
            return [(r.choice(["某", "某某"]) + suf, True)]
        if typ == "org":
            return r.choice([[("某某", True), (realv[2:], False)], [("某公司", True)], [("某某公司", True)]])
        if typ == "school":
            return [("某" + realv[2:], True)]
        if typ == "addr":
            return [("某某路" + r.choice(["某号", str(r.randint(1, 99)) + "号"]), True)]
        if typ == "dept":
            if realv.endswith("局"):
                return [(r.choice(["某局", "某某局", "某区某局"]), True)]
            if realv.endswith("人民政府"):
                return [("某镇", True), ("人民政府", False)]
            return [("某街道", True), ("办事处", False)]
        return None
    if pal == "tpl":
        if typ in ("person", "rare"):
            return [(r.choice(["【姓名】", "{{name}}", "«姓名»", "${applicant_name}", "＿＿＿＿", "（此处填写姓名）",
                               "<<姓名>>", "#姓名#", "[请填写姓名]", "{姓名}", "%NAME%", "【联系人】", "{{ contact_name }}"]), True)]
        if typ in ("org",):
            return [(r.choice(["【单位名称】", "{{company_name}}", "«单位名称»", "（此处填写单位全称）", "＿＿＿＿＿＿",
                               "${supplier}", "[供应商名称]", "<<甲方名称>>", "%COMPANY%"]), True)]
        if typ in ("place", "rareplace"):
            return [(r.choice(["【项目地点】", "{{town}}", "＿＿＿", "«所在地»", "[填写地点]"]), True)]
        if typ in ("md", "ymd", "ym"):
            return [(r.choice(["＿＿年＿＿月＿＿日", "____年__月__日", "【日期】", "{{date}}", "${sign_date}", "待定",
                               "«签订日期»", "（此处填写日期）", "TBD"]), True)]
        if typ in ("dec",):
            return [(r.choice(["【金额】", "＿＿＿＿", "待定", "{{amount}}", "${budget}", "TBD", "«金额»", "[待填]"]), True)]
        if typ in ("int", "pno"):
            return [(r.choice(["＿＿", "【数量】", "{{count}}", "[待填]", "＿＿＿"]), True)]
        if typ == "pct":
            return [(r.choice(["＿＿%", "【比例】", "{{rate}}"]), True)]
        if typ in ("phone", "tel"):
            return [(r.choice(["【联系电话】", "{{phone}}", "＿＿＿＿＿＿＿＿", "${tel}", "«电话»"]), True)]
        if typ == "email":
            return [(r.choice(["{{email}}", "【电子邮箱】", "${mail}"]), True)]
        if typ == "idno":
            return [(r.choice(["【身份证号码】", "{{id_card}}", "＿＿＿＿＿＿＿＿＿＿＿＿"]), True)]
        if typ == "bank":
            return [(r.choice(["【开户账号】", "{{account}}", "＿＿＿＿＿＿＿＿＿＿"]), True)]
        if typ == "docno":
            return [(realv[:realv.index("〕") + 1], False), (r.choice(["＿＿", "【文号】", "XX"]), True), ("号", False)]
        if typ == "addr":
            return [(r.choice(["【详细地址】", "{{address}}", "＿＿＿＿＿＿＿＿"]), True)]
        if typ == "school":
            return [(r.choice(["【学校名称】", "{{school}}"]), True)]
        if typ == "time":
            return [(r.choice(["待定", "＿＿:＿＿", "TBD"]), True)]
        return None
    if pal == "mask":
        if typ == "phone":
            return [(r.choice([realv[:3] + "****" + realv[7:], realv[:3] + " **** " + realv[7:],
                               realv[:4] + "***" + realv[7:], realv[:3] + "*****" + realv[8:]]), True)]
        if typ == "tel":
            a, b = realv.split("-")
            return [(a + "-" + b[:1] + "****" + b[5:], True)]
        if typ == "idno":
            return [(r.choice([realv[:6] + "*" * 8 + realv[14:], realv[:4] + "*" * 10 + realv[14:],
                               realv[:1] + "*" * 16 + realv[17:], realv[:6] + "********" + "****"]), True)]
        if typ in ("person", "rare"):
            return [(r.choice([realv[0] + "*" * (len(realv) - 1), realv[0] + "*" + realv[2:] if len(realv) == 3 else realv[0] + "*",
                               "*" + realv[1:], realv[0] + "**", realv[0] + "＊＊"]), True)]
        if typ == "bank":
            return [(r.choice([realv[:4] + " **** **** " + realv[-4:], realv[:4] + "*" * (len(realv) - 8) + realv[-4:],
                               "**** **** **** " + realv[-4:]]), True)]
        if typ == "email":
            u, _, dom = realv.partition("@")
            return [(u[:2] + "***@" + dom, True)]
        if typ == "plate":
            return [(realv[:3] + "**" + realv[5:], True)]
        if typ == "addr":
            return [(realv[:2] + "**" + realv[2:3] + "**号", True)]
        if typ == "pno":
            return [(realv[:2] + "*" * (len(realv) - 4) + realv[-2:], True)]
        return None
    return None


# ----------------------------------------------------------------------------------------------
# host documents: each returns a list of line templates
# ----------------------------------------------------------------------------------------------
def pick_lines(r, pool, kmin, kmax):
    k = min(len(pool), r.randint(kmin, kmax))
    idx = sorted(r.sample(range(len(pool)), k))
    return [pool[i] for i in idx]


def ch(r, *alts):
    return r.choice(alts)


def h_gov_report(r):
    t = ch(r, "{place:街道|镇|乡}{year}年上半年工作情况汇报", "{place:县|区}人民政府{year}年工作报告",
           "{place:街道}{year}年工作总结和下一步工作计划", "关于{place:镇}{year}年前三季度经济运行情况的报告")
    body = [
        ch(r, "一、主要工作完成情况", "一、{year}年工作回顾", "一、工作落实情况"),
        ch(r, "（一）经济运行总体平稳。全年完成地区生产总值{dec:20-300:2}亿元，同比增长{pct:2-9}；规模以上工业增加值{dec:5-90:2}亿元。",
           "经济指标稳中有进，完成固定资产投资{dec:3-60:2}亿元，同比增长{pct:1-15}，社会消费品零售总额{dec:5-80:2}亿元。"),
        "新增市场主体{int:200-3000}户，其中企业{int:50-800}户，个体工商户{int:100-2000}户。",
        ch(r, "（二）民生保障持续加强。发放城乡低保金{dec:100-900:1}万元，惠及困难群众{int:300-5000}人次。",
           "落实就业优先政策，城镇新增就业{int:300-4000}人，帮助{int:20-300}名就业困难人员实现再就业。"),
        "完成老旧小区改造{int:3-40}个，涉及居民{int:500-8000}户，{md}前全部完工。",
        ch(r, "（三）基层治理不断深化。{place:社区|村}建成党群服务中心{int:2-12}个，调解矛盾纠纷{int:30-400}宗，调解成功率{pct:90-99}。",
           "推进网格化管理，划分网格{int:20-160}个，配备专职网格员{int:20-200}名，累计处置各类事件{int:300-9000}件。"),
        "征收土地{int:30-600}亩，拆迁房屋{int:5-90}座，保障{place:大道|路}扩建工程按期推进。",
        ch(r, "二、存在的问题", "二、存在的困难和不足"),
        "一是项目储备不足，后劲有待增强；二是财政收支矛盾突出；三是部分干部担当作为意识不强。",
        ch(r, "三、下一步工作打算", "三、{nyear}年工作思路"),
        "围绕年度目标任务，抓好项目建设、安全生产和民生实事，确保各项工作落到实处。",
    ]
    out = [t] + pick_lines(r, body, 4, 8)
    if r.random() < 0.5:
        out += ["{place:街道办事处|镇人民政府}", "{ymd}"]
    return out


def h_summary(r):
    t = ch(r, "{dept}{year}年工作总结及{nyear}年工作计划", "{year}年度工作总结", "{place:县|市}爱卫办{year}年工作总结")
    body = [
        "一、{year}年工作进展和成效",
        "（一）扎实推进卫生创建工作",
        "1.完成{place:市|县}省级卫生城市复审工作。财政拨款{int:10-300}万元用于病媒生物防制，{md}完成第三方评估。",
        "2.开展第{int:20-36}个世界无烟日系列活动，创建无烟学校{int:3-90}家、无烟机关{int:5-60}家。",
        "3.全市共创成{int:2-9}个省级卫生乡镇、{int:5-40}个省级卫生村，综合指数为{dec:60-95:2}，在全省排名第{int:2-21}位。",
        "（二）持续抓好安全生产",
        "全年开展安全检查{int:50-900}次，排查隐患{int:100-2000}处，整改率{pct:92-100}。",
        "组织应急演练{int:3-40}场，参与人员{int:200-6000}人次，{md}联合{dept}开展防汛专项检查。",
        "二、存在的问题",
        "经费保障不足，专业人员缺乏，部分单位重视程度不够。",
        "三、{nyear}年工作计划",
        "巩固创建成果，完善长效管理机制，力争年内新增省级卫生村{int:3-30}个。",
    ]
    return [t] + pick_lines(r, body, 4, 9)


def h_notice(r):
    t = ch(r, "关于开展{year}年度安全生产大检查的通知", "关于做好{year}年防汛工作的通知", "关于组织申报{year}年度专项资金项目的通知",
           "关于开展城乡环境卫生集中整治行动的通知")
    body = [
        "各镇（街道）、区直各有关单位：",
        ch(r, "为切实做好相关工作，经研究，决定在全区范围内开展专项行动。现将有关事项通知如下：",
           "根据上级部署，结合我区实际，现就有关事项通知如下："),
        "一、时间安排：{ymd}至{ymd}。",
        "二、工作要求：各单位要高度重视，明确专人负责，于{md}前将工作方案报送{dept}。",
        "三、资金安排：每个项目补助不超过{dec:5-90:1}万元，共安排{int:5-60}个项目。",
        "联系人：{person}，联系电话：{tel}，电子邮箱：{email}。",
        "附件：{year}年度项目申报表",
        "{dept}",
        "{ymd}",
    ]
    return [t] + pick_lines(r, body, 5, 9)


def h_contract(r):
    t = ch(r, "房屋租赁合同", "工程施工合同", "物业服务委托合同", "技术服务合同", "劳动合同书")
    body = [
        "合同编号：HT{year}-{int:100-999}",
        "甲方（出租方）：{org}" if r.random() < 0.5 else "甲方：{dept}",
        "乙方（承租方）：{person}，身份证号码：{idno}" if r.random() < 0.5 else "乙方：{org}",
        "第一条 租赁物位于{addr}，建筑面积{dec:40-900:2}平方米。",
        "第二条 合同期限自{ymd}起至{ymd}止，共{int:1-5}年。",
        "第三条 月租金为人民币{dec:1-9:2}万元，乙方应于每月{int:1-10}日前支付。",
        "第四条 乙方应交纳履约保证金{int:2000-50000}元，合同期满无违约的予以退还。",
        "第五条 本合同一式{pick:两|三|四}份，甲乙双方各执一份，自双方签字盖章之日起生效。",
        "甲方代表：{person}    乙方代表：{person}",
        "签订日期：{ymd}",
    ]
    return [t] + pick_lines(r, body, 5, 9)


def h_minutes(r):
    t = ch(r, "{place:社区|村}两委会议纪要", "{dept}党组会议纪要", "项目推进协调会会议纪要", "第{int:2-30}次主任办公会议纪要")
    body = [
        "时间：{ymd}上午{time}",
        "地点：{place:镇|街道}办公楼{int:2-6}楼会议室",
        "主持：{person}",
        "参加：{person}、{person}、{person}、{person}",
        "记录：{person}",
        "会议听取了{dept}关于项目进展情况的汇报，研究了存在的问题。",
        "一、原则同意{org}提出的施工方案，由{person}负责督促落实，{md}前完成。",
        "二、安排资金{dec:5-200:1}万元用于道路修缮，其中{int:10-80}%由镇财政承担。",
        "三、会议要求各责任单位加强沟通，每周报送一次进度。",
    ]
    return [t] + pick_lines(r, body, 5, 9)


def h_stat_table(r):
    sep = r.choice(["  ", " | ", "\u3000", " "])
    rows = [
        sep.join(["指标名称", "单位", "本期", "同比增长"]),
        sep.join(["地区生产总值", "亿元", "{dec:20-400:2}", "{pct:1-9}"]),
        sep.join(["规模以上工业增加值", "亿元", "{dec:5-90:2}", "{pct:1-12}"]),
        sep.join(["固定资产投资", "亿元", "{dec:5-90:2}", "{pct:1-20}"]),
        sep.join(["一般公共预算收入", "万元", "{int:3000-90000}", "{pct:1-12}"]),
        sep.join(["城镇居民人均可支配收入", "元", "{int:25000-68000}", "{pct:2-8}"]),
        sep.join(["农村居民人均可支配收入", "元", "{int:12000-30000}", "{pct:3-9}"]),
        sep.join(["新增城镇就业", "人", "{int:300-9000}", "—"]),
        sep.join(["登记失业率", "%", "{dec:1-4:1}", "—"]),
    ]
    t = ch(r, "表{int:1-9} {place:县|区}{year}年主要经济指标完成情况", "{place:镇|街道}{ym}主要指标统计表")
    return [t] + [rows[0]] + pick_lines(r, rows[1:], 3, 8)


def h_discharge(r):
    body = [
        "出院小结",
        "姓名：{person}  性别：{pick:男|女}  年龄：{age}岁  住院号：{pno}",
        "入院日期：{ymd}  出院日期：{ymd}  住院天数：{int:3-30}天",
        "入院诊断：{pick:社区获得性肺炎|2型糖尿病|冠状动脉粥样硬化性心脏病|腰椎间盘突出症|急性胆囊炎}",
        "入院情况：患者因{pick:咳嗽咳痰|反复胸闷|腰痛伴左下肢麻木|右上腹疼痛}{int:2-20}天入院，查体神志清，心率{int:60-110}次/分。",
        "诊疗经过：入院后完善相关检查，予抗感染、对症支持等治疗，病情好转。",
        "出院医嘱：注意休息，低盐低脂饮食，{int:1-4}周后门诊复查。",
        "主治医师：{person}  联系电话：{tel}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 4, 7)


def h_judgment(r):
    body = [
        "{place:市|县}人民法院",
        "民事判决书",
        "（{year}）{pick:粤|湘|浙|川|赣}{int:1000-9999}民初{int:100-9999}号",
        "原告：{person}，{pick:男|女}，{int:1960-2000}年{int:1-12}月出生，住{addr}。",
        "被告：{org}，住所地{addr}。",
        "法定代表人：{person}，该公司总经理。",
        "原告诉称：双方于{ymd}签订买卖合同，被告尚欠货款{dec:1-90:2}万元未付。",
        "本院经审理查明：{ymd}，被告向原告出具欠条一份，确认欠款{int:10000-900000}元。",
        "判决如下：被告于本判决生效之日起十日内向原告支付货款{int:10000-900000}元。",
        "审判员  {person}",
        "书记员  {person}",
    ]
    return body[:2] + pick_lines(r, body[2:], 4, 8)


def h_bidding(r):
    body = [
        "{place:县|区}{pick:中心小学教学楼改造|农村公路提升|污水管网配套|农贸市场升级改造}工程招标公告",
        "项目编号：ZB{year}-{int:100-999}",
        "招标人：{dept}",
        "招标代理机构：{org}",
        "一、项目概况：建设地点位于{place:镇|街道}，计划工期{int:60-540}日历天，最高投标限价{dec:50-3000:2}万元。",
        "二、投标人资格要求：具备建筑工程施工总承包{pick:二|三}级及以上资质，项目经理具备注册建造师执业资格。",
        "三、招标文件获取：{ymd}至{ymd}，每日{time}至17:00，在公共资源交易平台下载。",
        "四、开标时间：{ymd}{time}",
        "联系人：{person}    联系电话：{tel}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 4, 8)


def h_procurement(r):
    body = [
        "{dept}{pick:办公设备|物业管理服务|食堂食材配送|档案数字化服务}采购项目{pick:中标|成交}结果公告",
        "一、项目编号：CG{year}{int:1000-9999}",
        "二、采购方式：{pick:公开招标|竞争性磋商|询价}",
        "三、中标（成交）供应商：{org}，地址：{addr}",
        "四、中标（成交）金额：{dec:10-900:2}万元",
        "五、评审专家：{person}、{person}、{person}",
        "六、公告期限：自本公告发布之日起{int:1-7}个工作日。",
        "采购人联系人：{person}  电话：{tel}",
        "发布日期：{ymd}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 4, 8)


def h_land(r):
    body = [
        "{place:市|县}自然资源局国有建设用地使用权挂牌出让公告",
        "经{place:市|县}人民政府批准，决定以挂牌方式出让{int:1-5}宗国有建设用地使用权。",
        "宗地编号：{pick:GY|SZ|ZZ}{year}-{int:1-60}  土地位置：{place:镇|街道}{addr}",
        "出让面积：{dec:2000-90000:2}平方米  土地用途：{pick:工业用地|商服用地|城镇住宅用地}",
        "容积率：{pick:≥1.0|≤2.5|1.0-3.0}  出让年限：{pick:50|40|70}年",
        "起始价：{int:200-9000}万元  竞买保证金：{int:100-3000}万元",
        "挂牌时间：{ymd}至{ymd}",
        "联系人：{person}  联系电话：{tel}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 4, 7)


def h_enrol(r):
    rows = []
    for i in range(r.randint(4, 8)):
        rows.append(f"{i + 1}" + ch(r, "  ", "\t", " ") + "{person}" + ch(r, "  ", "\t", " ") + "{pick:男|女}" +
                    ch(r, "  ", "\t") + "{school}" + ch(r, "  ", "\t") + "{int:520-710}")
    return [ch(r, "{school}{year}年秋季招生拟录取名单公示", "{year}年普通高中录取名单（第{int:1-3}批）"),
            "序号  姓名  性别  毕业学校  总分"] + rows


def h_scholar(r):
    rows = []
    for i in range(r.randint(3, 7)):
        rows.append("{person}  {pick:会计学|机械设计制造及其自动化|护理学|汉语言文学|计算机科学与技术|土木工程}  " +
                    "{pick:国家奖学金|国家励志奖学金|一等学业奖学金|二等学业奖学金}  学号{pno}")
    return [ch(r, "关于{year}-{nyear}学年国家奖学金评审结果的公示", "{place:市|县}第一中学{year}年度奖助学金获得者名单公示"),
            "经个人申请、班级评议、学院审核，拟推荐以下同学获得奖学金，现予公示："] + rows + \
           ["公示期：{ymd}至{ymd}，如有异议请联系学生工作处，电话{tel}。"]


def h_roster(r):
    rows = []
    for i in range(r.randint(4, 8)):
        rows.append("{person}" + ch(r, "，", "  ") + "{pick:男|女}" + ch(r, "，", "  ") + "{int:1950-1999}年{int:1-12}月" +
                    ch(r, "，", "  ") + "{pick:汉族|壮族|回族|瑶族}" + ch(r, "，", "  ") + "{int:1975-2022}年{int:1-12}月入党" +
                    ch(r, "，", "  ") + "{pick:正式党员|预备党员}")
    return [ch(r, "{place:社区|村}党支部党员花名册", "第{int:1-9}党支部党员名册（{year}年{int:1-12}月更新）")] + rows


def h_srt(r):
    lines = []
    t = r.randint(1, 40)
    say = ["各位居民朋友大家好", "今天我们来到了{place:社区|村}", "这里是{place:镇}的党群服务中心", "这项工程计划{md}完工",
           "总投资大约是{dec:1-9:1}个亿", "我是本期节目主持人{person}", "欢迎收看本期政务直通车", "下面请看记者发回的报道",
           "截至目前已经完成{int:20-95}%的工程量", "如有问题可以拨打{tel}咨询"]
    chosen = pick_lines(r, say, 2, 3)
    for i, s in enumerate(chosen):
        a = t + i * 4
        lines += [str(i + 1), f"00:{a // 60:02d}:{a % 60:02d},{r.randint(0, 999):03d} --> 00:{(a + 3) // 60:02d}:{(a + 3) % 60:02d},{r.randint(0, 999):03d}", s]
        if i < len(chosen) - 1:
            lines.append("")
    return lines


def h_csv(r):
    sep = r.choice([",", ","])
    hdr = sep.join(["序号", "姓名", "联系电话", "所在村组", "补贴金额（元）", "备注"])
    rows = [hdr]
    for i in range(r.randint(4, 8)):
        rows.append(sep.join([str(i + 1), "{person}", "{phone}", "{place:村}" + f"{r.randint(1, 12)}组", "{int:300-5000}",
                              r.choice(["", "已发放", "待核实", "新增"])]))
    return rows


def h_tsv(r):
    rows = ["\t".join(["项目名称", "建设单位", "总投资（万元）", "开工时间", "责任人"])]
    for i in range(r.randint(3, 7)):
        rows.append("\t".join(["{place:镇|街道}" + r.choice(["污水处理厂提标改造", "中心卫生院扩建", "农贸市场建设", "道路白改黑", "文体中心"]),
                               "{org}", "{int:300-90000}", "{ym}", "{person}"]))
    return rows


def h_wechat(r):
    body = [
        ch(r, "【政务动态】{place:镇|街道}召开{year}年乡村振兴工作推进会", "速看！{place:区|县}这些民生实事有新进展", "{place:街道}：小网格撬动大治理"),
        "{place:街道}发布  {ymd}  {time}",
        ch(r, "近日，{place:镇|街道}召开专题会议，部署下一阶段重点工作。", "走进{place:村|社区}，一条条干净整洁的道路映入眼帘。"),
        "据了解，今年以来该{pick:镇|街道}累计投入资金{dec:50-900:1}万元，完成人居环境整治项目{int:5-60}个。",
        "“以前下雨天出门一脚泥，现在家门口就能散步。”村民{person}笑着说。",
        "下一步，{pick:镇|街道}将继续聚焦群众急难愁盼问题，推动各项惠民举措落地见效。",
        "来源：{place:镇|街道}党政办  编辑：{person}  审核：{person}",
        "阅读 {int:300-9000}  在看 {int:3-90}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 4, 7)


def h_weibo(r):
    who = "@" + ch(r, "{place:区|县}发布", "{place:市}交警", "{place:市}12345", "{place:区}融媒")
    body = [
        who + "：【{pick:出行提示|便民服务|政策解读}】{md}起，{place:大道|路}部分路段实施交通管制，请市民提前规划路线。",
        "//@{person}：转发微博",
        "//@{place:街道}社区：已通知网格内居民，有疑问可拨打{tel}。",
        "转发 {int:10-900}  评论 {int:5-300}  赞 {int:20-3000}",
        "{ymd} {time} 来自 微博 weibo.com",
    ]
    return pick_lines(r, body, 3, 5)


def h_library(r):
    body = [
        "题名/责任者：{place:县|市}志（{int:1990-2010}-{year}）/ {place:县|市}地方志编纂委员会编",
        "出版发行项：{pick:北京|广州|长沙|南昌|成都}：{pick:方志出版社|中国文史出版社|地方出版社}，{int:2012-2023}",
        "ISBN及定价：978-7-{int:5000-5999}-{int:1000-9999}-{int:1-9}/CNY{dec:80-680:2}",
        "载体形态项：{int:400-1800}页：图；{pick:26|29}cm",
        "个人责任者：{person} 主编",
        "中图法分类号：K29{int:0-9}.{int:1-9}",
        "索书号：K29{int:0-9}/{int:10-99}  馆藏地：{pick:地方文献阅览室|二楼社科书库|密集书库}",
    ]
    return pick_lines(r, body, 4, 7)


def h_mt(r):
    body = [
        ch(r, "Notice on Winter Heating Services 关于冬季供暖服务的通知", "Community Announcement 社区公告"),
        "The heating season will start on {md}. 供暖季将于{md}开始。",
        "Residents of {place:社区|小区} should check their radiators before use. {place:社区|小区}居民使用前请检查暖气片。",
        "For repairs please call {tel}. 报修请致电{tel}。",
        "The fee is {dec:20-30:1} yuan per square meter. 收费标准为每平方米{dec:20-30:1}元。",
        "Property Management Office 物业服务中心",
        "{ymd}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 3, 6)


def h_email(r):
    body = [
        "发件人：{person} <{email}>",
        "收件人：{dept}办公室",
        "主题：转发：关于报送{year}年度统计数据的函",
        "各位同事：",
        "请于{md}前将本单位{year}年度统计报表报送至邮箱{email}，逾期未报的将予以通报。",
        "报表共{int:3-12}张，请按附件模板填写，数据截至{ymd}。",
        "如有疑问请联系{person}，电话{phone}。",
        "----- 原始邮件 -----",
        "发送时间：{ymd} {time}",
    ]
    return pick_lines(r, body, 5, 9)


def h_form(r):
    body = [
        ch(r, "{place:县|区}困难群众临时救助申请表", "{year}年度创业担保贷款申请表", "新就业形态劳动者参保登记表"),
        "申请人姓名：{person}    性别：{pick:男|女}    年龄：{age}",
        "身份证号码：{idno}",
        "联系电话：{phone}",
        "家庭住址：{place:镇|街道}{addr}",
        "申请金额：{dec:1-30:2}万元",
        "开户银行：{pick:农村商业银行|邮政储蓄银行|建设银行}{place:支行}  账号：{bank}",
        "申请日期：{ymd}",
        "经办人：{person}    审核人：{person}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 4, 8)


def h_cms(r):
    body = [
        "首页 > 政务公开 > 工作动态",
        ch(r, "{place:区|县}召开{year}年重点项目建设推进会", "{dept}开展政策宣讲进企业活动", "{place:镇}扎实推进秋冬季森林防火工作"),
        "发布时间：{ymd}  来源：{dept}  浏览次数：{int:30-9000}",
        "{md}，{place:区|县}召开专题会议，听取{int:10-80}个重点项目进展情况汇报。",
        "会议指出，今年以来全{pick:区|县}重点项目完成投资{dec:10-300:2}亿元，占年度计划的{pct:50-99}。",
        "会议要求，各责任单位要倒排工期、挂图作战，确保项目早建成、早见效。",
        "【打印本页】【关闭窗口】",
        "主办单位：{place:区|县}人民政府办公室  网站标识码：{int:4400000000-4499999999}",
    ]
    return pick_lines(r, body, 4, 7)


def h_tw(r):
    body = [
        ch(r, "臺北市政府公告", "新北市政府環境保護局公告", "高雄市政府社會局函"),
        "發文日期：中華民國{int:110-113}年{int:1-12}月{int:1-28}日",
        "主旨：公告本市{int:110-113}年度社區照顧關懷據點補助計畫申請事宜。",
        "依據：長期照顧服務法第{int:5-40}條。",
        "公告事項：申請單位應於{int:1-12}月{int:1-28}日前檢具計畫書，送交本局審查。",
        "每一據點補助經費以新臺幣{int:10-90}萬元為上限。",
        "聯絡人：{person}，電話：(02){int:2000-2999}-{int:1000-9999}",
        "局長  {person}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 4, 7)


def h_welfare(r):
    rows = []
    for i in range(r.randint(3, 7)):
        rows.append(f"{i + 1}  " + "{person}  " + "{place:村}  " + r.choice(["{int:1-6}人", "{int:1-6}口人"]) + "  " +
                    "{int:300-1200}元/月  " + r.choice(["新增", "续保", "提标"]))
    return [ch(r, "{place:镇}{ym}城乡最低生活保障对象公示", "{place:街道}特困供养人员名单公示")] + \
        ["序号  户主姓名  所在村（居）  保障人口  保障金额  类别"] + rows + ["监督电话：{tel}"]


def h_village(r):
    body = [
        "{place:村}村务公开栏（{year}年第{pick:一|二|三|四}季度）",
        "一、集体经济收入：{dec:5-90:2}万元，其中土地租金{dec:1-30:2}万元。",
        "二、支出：道路维修{int:3000-90000}元，环境卫生保洁{int:2000-40000}元，办公费用{int:500-9000}元。",
        "三、惠农补贴发放：耕地地力保护补贴涉及{int:50-900}户，发放金额{int:10000-400000}元。",
        "四、低保户变动：新增{int:0-9}户，退出{int:0-9}户。",
        "村务监督委员会：{person}、{person}、{person}",
        "公开日期：{ymd}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 3, 6)


def h_inspection(r):
    body = [
        ch(r, "关于{year}年第{int:1-4}季度生态环境执法检查情况的通报", "关于食品安全专项检查情况的通报", "关于安全生产暗访检查发现问题的通报"),
        "各镇（街道）、各有关单位：",
        "{ymd}至{ymd}，{dept}组织{int:3-12}个检查组，对全{pick:区|县}{int:20-300}家企业开展检查。",
        "共发现问题{int:20-400}个，已整改{int:10-300}个，立案查处{int:1-30}宗，罚款{dec:1-90:2}万元。",
        "{org}存在消防通道堵塞、应急照明损坏等问题，责令限期整改。",
        "{org}未按规定建立台账，已约谈企业负责人{person}。",
        "请各单位举一反三，于{md}前报送整改情况。",
        "{dept}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 4, 7)


def h_budget(r):
    body = [
        "{dept}{year}年部门预算公开说明",
        "一、收支预算总体情况：{year}年收入预算{dec:300-9000:2}万元，支出预算{dec:300-9000:2}万元。",
        "二、一般公共预算拨款{dec:200-8000:2}万元，比上年{pick:增加|减少}{dec:10-500:2}万元，主要原因是人员经费调整。",
        "三、“三公”经费预算{dec:5-60:2}万元，其中公务接待费{dec:0-5:2}万元，公务用车运行维护费{dec:2-30:2}万元。",
        "四、机关运行经费{dec:20-400:2}万元。",
        "五、政府采购预算{dec:10-900:2}万元，其中货物类{dec:5-300:2}万元。",
        "六、绩效目标：部门整体支出绩效目标覆盖率{pct:90-100}。",
    ]
    return [body[0]] + pick_lines(r, body[1:], 3, 6)


def h_fair(r):
    body = [
        "{year}中国（{place:市}）国际投资贸易洽谈会参展商名录（节选）",
        "展位号A{int:1-9}-{int:10-99}  {org}",
        "展位号B{int:1-9}-{int:10-99}  ⟦ko|" + r.choice(KO) + "⟧（韩国）",
        "展位号C{int:1-9}-{int:10-99}  ⟦ja|" + r.choice(JA) + "⟧（日本）",
        "展位号D{int:1-9}-{int:10-99}  ⟦ru|" + r.choice(RU) + "⟧（俄罗斯）",
        "展位号E{int:1-9}-{int:10-99}  ⟦fr|" + r.choice(FR) + "⟧（法国）",
        "咨询电话：{tel}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 4, 6)


def h_tourism(r):
    body = [
        "{place:景区}多语种游客须知",
        "开放时间：每日{time}至17:30，{md}起实行夏季时间。",
        "韩语：⟦ko|" + r.choice(KO) + "⟧",
        "日语：⟦ja|" + r.choice(JA) + "⟧",
        "俄语：⟦ru|" + r.choice(RU) + "⟧",
        "希腊语：⟦el|" + r.choice(EL) + "⟧",
        "咨询电话：{tel}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 3, 6)


HOSTS = {
    "gov_report": h_gov_report, "summary": h_summary, "notice": h_notice, "contract": h_contract,
    "minutes": h_minutes, "stat_table": h_stat_table, "discharge": h_discharge, "judgment": h_judgment,
    "bidding": h_bidding, "procurement": h_procurement, "land": h_land, "enrol": h_enrol, "scholar": h_scholar,
    "roster": h_roster, "srt": h_srt, "csv": h_csv, "tsv": h_tsv, "wechat": h_wechat, "weibo": h_weibo,
    "library": h_library, "mt": h_mt, "email": h_email, "form": h_form, "cms": h_cms, "tw": h_tw,
    "welfare": h_welfare, "village": h_village, "inspection": h_inspection, "budget": h_budget, "fair": h_fair,
    "tourism": h_tourism,
}


def h_tech(r):
    body = [
        ch(r, "{dept}政务服务平台操作手册（节选）", "统一身份认证系统接入说明", "数据共享交换平台使用指南"),
        "一、系统环境：服务器操作系统需为国产化版本，数据库版本不低于{int:8-12}.0。",
        "二、账号开通：由各单位管理员在后台为经办人员开通账号，初始密码通过短信发送。",
        "三、接口调用：调用方应在请求头中携带访问令牌，令牌有效期为{int:2-24}小时。",
        "四、常见问题：如页面加载缓慢，请清理浏览器缓存后重试。",
        "技术支持：{org}  服务热线：{tel}",
    ]
    return [body[0]] + pick_lines(r, body[1:], 3, 5)


def h_lesson(r):
    body = [
        ch(r, "{school}七年级语文《家乡的变化》教学设计", "{school}初二数学《一次函数》导学案", "{school}对外汉语初级班第{int:3-18}课教案"),
        "授课教师：{person}  课时：{int:1-3}课时",
        "教学目标：理解课文内容，能用自己的话介绍家乡在交通、住房、教育方面的变化。",
        "教学过程：导入新课，出示{place:镇|县}新旧对比照片，引导学生观察。",
        "课后作业：完成练习册第{int:10-60}页。",
    ]
    return [body[0]] + pick_lines(r, body[1:], 2, 4)


HOSTS["tech"] = h_tech
HOSTS["lesson"] = h_lesson

# ----------------------------------------------------------------------------------------------
# explicit placeholder extras and trap sets
# ----------------------------------------------------------------------------------------------
EXTRA = {
    "todo": ["⟦ph|TODO：补充三季度数据⟧", "⟦ph|【待补充】⟧", "（⟦ph|此处填写项目概况⟧）", "⟦ph|TODO⟧ 核实{pick:投资额|完成率|户数}后再发布",
             "⟦ph|FIXME：数据口径待确认⟧", "⟦ph|TBD⟧"],
    "cc": ["⟦ph|单击或点击此处输入文字。⟧", "⟦ph|单击此处输入日期。⟧", "⟦ph|Click or tap here to enter text.⟧", "⟦ph|点击此处添加正文⟧"],
    "lorem": ["⟦ph|Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧", "⟦ph|此处输入正文内容⟧", "⟦ph|请输入标题⟧",
              "⟦ph|在此处键入摘要⟧"],
    "daiding": ["开标时间：⟦ph|待定⟧", "项目负责人：⟦ph|待定⟧", "完成时限：⟦ph|待定⟧", "预算金额：⟦ph|待定⟧万元", "评审地点：⟦ph|待定⟧",
                "中标金额：⟦ph|待补充⟧"],
    "blank": ["签字（盖章）：⟦ph|＿＿＿＿＿＿＿＿⟧", "日期：⟦ph|＿＿＿＿年＿＿月＿＿日⟧", "负责人签字：⟦ph|__________⟧",
              "联系电话：⟦ph|＿＿＿＿＿＿＿＿＿＿⟧"],
    "mergefield": ["尊敬的⟦ph|«姓名»⟧同志：", "您的录取专业为⟦ph|«专业名称»⟧，请于⟦ph|«报到日期»⟧到校报到。",
                   "收件人：⟦ph|{{recipient}}⟧", "编号：⟦ph|${serial_no}⟧"],
}

TRAPS = {
    "1x": ["全年{int:100-900}名学生考取“⟦1+X⟧”职业技能等级证书，证书获取率{pct:60-95}。", "学校入选第{int:2-4}批“⟦1+X⟧”证书制度试点院校。",
           "推进“⟦1+X⟧”证书与专业课程融通，开发课程模块{int:5-30}个。"],
    "7x": ["着力构建“⟦7+X⟧”现代产业体系，培育规上企业{int:10-90}家。", "围绕“⟦3+X⟧”重点领域，储备项目{int:10-80}个。",
           "实施“⟦1+N+X⟧”帮扶机制，覆盖困难群众{int:100-900}户。"],
    "x86": ["采购⟦x86⟧架构服务器{int:2-20}台，内存不低于{pick:256|512}GB。", "完成{int:20-300}台⟦x86⟧终端向国产化平台迁移。",
            "系统同时兼容⟦X86_64⟧与ARM指令集。"],
    "xray": ["胸部⟦X线⟧片示双肺纹理增粗。", "行⟦X射线⟧检查未见明显骨折征象。", "腰椎正侧位⟦X光⟧片提示L4/5椎间隙变窄。",
             "放射科新购数字化⟦X光⟧机{int:1-3}台。"],
    "size": ["校服规格分为S、M、L、⟦XL⟧、⟦XXL⟧五个码，其中⟦XL码⟧{int:100-600}套。", "冲锋衣尺码：⟦XL⟧（{int:175-180}/96A）、⟦XXL⟧（{int:181-185}/100A）。",
             "工作服按⟦XXXL⟧码定制{int:10-60}件。"],
    "mult": ["窗口实行⟦5×8⟧小时工作制，延时服务至19:00。", "新建⟦3×4⟧米宣传栏{int:5-40}块。", "显示屏分辨率为⟦1920×1080⟧。",
             "开通⟦7×24⟧小时服务热线。", "货柜尺寸⟦60×40×35⟧厘米。"],
    "formula": ["设年均增长率为⟦x⟧，则⟦(1+x)²=1.21⟧，解得⟦x=10%⟧。", "已知函数⟦y=2x+1⟧，求当⟦x=3⟧时⟦y⟧的值。",
                "方程⟦x²-5x+6=0⟧的两个根分别为2和3。", "在坐标系中描出点⟦(x, y)⟧并连线。"],
    "mou": ["⟦某些⟧企业存在侥幸心理，安全投入不足。", "不能因为⟦某种⟧困难就放松要求。", "在⟦某一⟧时段客流集中，需提前做好疏导。",
            "个别干部存在“⟦某年某月⟧再说”的拖延思想。", "对⟦某个⟧环节出现的问题，要追根溯源。", "⟦某些⟧方面还存在短板。"],
    "xxgk": ["详见政府网站⟦https://www.lingshan.gov.cn/xxgk/zcwj/⟧。", "信息公开目录：⟦http://www.qingxi.gov.cn/xxgk/tzgg/index.html⟧",
             "栏目：⟦xxgk⟧ > 通知公告"],
    "files": ["附件：⟦2023_项目申报表_final.xlsx⟧", "材料请发送至⟦bangongshi@lingshan.gov.cn⟧", "模板文件：⟦report_template_v2.docx⟧",
              "扫描件请压缩为⟦.zip⟧格式上传"],
    "chrom": ["染色体核型分析：⟦46,XX⟧，未见明显异常。", "正常男性核型为⟦46,XY⟧，女性为⟦46,XX⟧。"],
    "nox": ["氮氧化物（⟦NOx⟧）排放浓度{int:20-90}毫克/立方米，达标排放。", "完成⟦NOx⟧、⟦SOx⟧在线监测设备安装{int:2-10}套。",
            "挥发性有机物（⟦VOCs⟧）减排{dec:1-90:1}吨。"],
    "zoom": ["摄像头支持⟦10x⟧光学变焦、⟦100x⟧数字变焦。", "课程视频可⟦1.5x⟧倍速播放。", "采用⟦4K⟧超清显示，渲染速度提升⟦2x⟧。"],
    "xplat": ["该视频在⟦X⟧平台（原推特）获得较高关注。", "⟦SpaceX⟧公司完成新一轮发射任务。", "游戏主机⟦Xbox⟧销量统计。",
              "⟦iPhone X⟧及以上机型可使用该小程序。"],
    "model": ["设备型号：⟦XC-200⟧，额定功率{int:5-90}千瓦。", "中标产品为⟦GX-8⟧型激光打印机{int:2-30}台。",
              "配备⟦DX-2000⟧型应急发电机组。", "选用⟦X3⟧系列工业相机。"],
    "daiding": ["用⟦待定系数法⟧求二次函数解析式。", "本节重点掌握⟦待定系数法⟧的基本步骤。"],
    "underscore": ["在Python中，⟦__init__.py⟧文件用于标识包目录。", "变量名⟦user_name⟧采用小写加下划线风格。",
                   "配置项⟦max_pool_size⟧默认值为{int:8-64}。"],
    "hashtag": ["⟦#城市更新#⟧这条老街焕新了", "⟦#防汛进行时#⟧各部门严阵以待", "⟦#我为群众办实事#⟧"],
    "ling": ["⟦二〇二三年⟧十月二十日", "⟦二〇二四年⟧三月一日印发", "⟦二〇二二年⟧度考核结果为优秀"],
    "stars": ["游客满意度评价：⟦★★★★☆⟧", "酒店等级：⟦★★★★⟧", "推荐指数⟦★★★★★⟧"],
    "movie": ["周末露天电影放映《⟦X战警⟧》等影片。", "推荐书目：《⟦X的悲剧⟧》。", "少儿频道播出动画片《⟦X星计划⟧》。"],
    "roman": ["第⟦XXI⟧届世界大学生运动会志愿者招募", "应急响应级别由⟦Ⅳ⟧级提升至⟦Ⅲ⟧级", "附录⟦XII⟧：术语表", "⟦MMXXIV⟧校友纪念册"],
    "axis": ["在⟦X⟧轴方向最大位移为{dec:1-9:2}毫米。", "⟦XYZ⟧三轴联动加工中心{int:1-5}台。", "设备沿⟦X⟧方向行程{int:300-1200}mm。"],
    "tplhowto": ["模板中使用⟦code|{{ name }}⟧输出变量，使用⟦code|{% if %}⟧进行条件判断。", "邮件合并时插入域⟦code|«姓名»⟧即可批量生成通知书。",
                 "字段⟦code|${applicant}⟧由系统自动替换为申请人姓名。"],
    "pinyinname": ["通讯作者：⟦Xu Xiaoming⟧（徐晓明）", "Corresponding author: ⟦Xie Xin⟧, ⟦Xiang Xuelian⟧", "英文名：⟦Xingfu Road⟧（幸福路）"],
    "plain": [],
}

MTRAPS = {
    "pinyinlesson": ["学习“⟦发展(fāzhǎn)⟧”一词的读音和用法。", "“⟦规划⟧”读作⟦guīhuà⟧，注意“规”是阴平。", "生字：⟦乡(xiāng)⟧ ⟦镇(zhèn)⟧ ⟦区(qū)⟧",
                     "多音字“⟦长⟧”：⟦cháng⟧（长度）、⟦zhǎng⟧（校长）"],
    "ru": ["俄方代表在致辞中说：“⟦ru|%s⟧”" % "Спасибо за тёплый приём", "合作单位：⟦ru|ООО «Сибирский лес»⟧", "会标：⟦ru|Добро пожаловать⟧"],
    "ja": ["日方来函落款：⟦ja|株式会社さくら精機 営業部⟧", "展板标语：⟦ja|ようこそ、未来の街へ⟧", "联系人：⟦ja|田中 美咲⟧（日本）"],
    "ko": ["欢迎横幅：⟦ko|환영합니다⟧", "韩方合作企业：⟦ko|주식회사 한빛전자⟧", "韩语导览：⟦ko|관광 안내 센터는 1층에 있습니다⟧"],
    "el": ["会徽文字：⟦el|Καλώς ήρθατε⟧", "希腊合作院校：⟦el|Πανεπιστήμιο Αθηνών⟧", "公式中⟦el|α、β、γ⟧分别表示权重系数。"],
    "fr": ["外方专家：⟦fr|François Lefèvre⟧（法国）", "合作院校：⟦fr|Université de Montréal⟧", "法文版标题：⟦fr|Rapport d’activité annuel⟧",
           "德方企业：⟦de|Müller GmbH⟧（⟦de|Düsseldorf⟧）", "越南客商：⟦vi|Nguyễn Văn Thành⟧"],
    "emoji": ["今天的活动太棒了⟦emoji|👍👍⟧", "家人们冲呀⟦emoji|🔥🔥🔥⟧", "⟦emoji|👨‍👩‍👧⟧亲子运动会报名开始啦", "感谢志愿者⟦emoji|🙏❤️⟧",
              "夜跑打卡⟦emoji|🏃‍♂️✨⟧"],
    "rare": ["获奖学生：{rare}、{rare}、{person}", "项目位于{rareplace}境内，由{rare}负责协调。", "先进个人：{rare}（{rareplace}）"],
    "htmlcode": ["在页面模板中使用⟦code|<span style=\"color:red\">⟧标记重点内容。", "不换行空格写作⟦code|&nbsp;⟧，小于号写作⟦code|&lt;⟧。",
                 "JSON中的中文可转义为⟦code|\\u4e2d\\u6587⟧，读取时须先解码。", "换行符在字符串中写作⟦code|\\n⟧。"],
    "url": ["原文链接：⟦https://baike.example.com/item/%E5%8F%91%E5%B1%95⟧", "下载地址：⟦https://www.lingshan.gov.cn/attach/2023/notice_0312.pdf⟧",
            "邮箱：⟦service@lingshan.gov.cn⟧"],
    "box": ["⟦┌──────┬──────┐⟧", "⟦│ 项目 │ 金额 │⟧", "⟦└──────┴──────┘⟧"],
    "math": ["温度控制在⟦25±2℃⟧，相对湿度⟦≤60%⟧。", "PM2.5年均浓度{int:20-40}⟦μg/m³⟧。", "建筑面积{int:100-900}⟦㎡⟧，误差不超过⟦±0.5‰⟧。",
             "电阻值为{int:10-90}⟦kΩ⟧。"],
    "amp": ["合作伙伴包括⟦P&G⟧、⟦AT&T⟧等企业。", "⟦R&D⟧经费投入强度达到{pct:1-4}。", "⟦M&A⟧交易规模持续扩大。"],
    "question": ["这条路什么时候修好⟦??⟧", "真的假的⟦?!⟧", "网友提问：⟦Is it free?⟧ 答：免费开放。"],
    "minority": ["双语标识：⟦ئۇيغۇر تىلى⟧", "藏文标牌：⟦བོད་ཡིག⟧", "蒙古文门牌：⟦ᠮᠣᠩᠭᠣᠯ⟧"],
    "fullwidth": ["办公地点：⟦Ａ⟧栋{int:2-9}楼", "会场提供免费⟦Ｗｉ－Ｆｉ⟧。", "⟦ＡＢＣ⟧三类人员分别登记。"],
    "currency": ["折合⟦€⟧{int:1000-90000}、⟦£⟧{int:1000-90000}。", "韩元报价⟦₩⟧{int:100000-900000}。", "日元报价⟦¥⟧{int:10000-90000}。"],
    "kana": ["展区名称：⟦ja|まちの灯り⟧", "品牌名“⟦ja|こころの森⟧”已完成商标注册。"],
    "plain": [],
}

# ----------------------------------------------------------------------------------------------
# mojibake operators: op(r, s) -> damaged str | list[(text, is_damage)] | None
# ----------------------------------------------------------------------------------------------
def _dec(b, enc, errors="replace"):
    return b.decode(enc, errors=errors)


def op_u8gbk(r, s):
    return _dec(s.encode("utf-8"), "gbk")


def op_u8gbk_q(r, s):  # decoded as GBK, then saved back as GBK: undecodable bytes become '?'
    return op_u8gbk(r, s).encode("gbk", errors="replace").decode("gbk")


def op_kunkin(r, s):  # GBK bytes -> UTF-8 decoder (U+FFFD) -> saved as UTF-8 -> read as GBK
    return _dec(_dec(s.encode("gbk"), "utf-8").encode("utf-8"), "gbk")


def op_u8cp1252(r, s):
    return _dec(s.encode("utf-8"), "cp1252", r.choice(["replace", "ignore"]))


def op_u8latin1(r, s):
    return s.encode("utf-8").decode("latin-1")


def op_dblu8(r, s):
    return _dec(_dec(s.encode("utf-8"), "cp1252").encode("utf-8"), "cp1252")


def op_gbklatin1(r, s):
    return _dec(s.encode("gbk"), "cp1252")


def op_gbku8(r, s):
    return _dec(s.encode("gbk"), "utf-8")


def op_qascii(r, s):
    return s.encode("ascii", errors="replace").decode("ascii")


def op_qgb2312(r, s):
    return s.encode("gb2312", errors="replace").decode("gb2312")


def op_gbkshift(r, s):
    b = s.encode("gbk")
    if len(b) < 6:
        return None
    k = r.randrange(1, len(b) - 2)
    return _dec(b[:k] + b[k + 1:], "gbk")


def _enc_or_none(s, enc):
    try:
        return s.encode(enc)
    except UnicodeEncodeError:
        return None


def op_big5gbk(r, s):
    b = _enc_or_none(s, "big5")
    return None if b is None else _dec(b, "gbk")


def op_gbkbig5(r, s):
    return _dec(s.encode("gbk"), "big5")


def op_euckr(r, s):
    b = _enc_or_none(s, "euc_kr")
    return None if b is None else _dec(b, "gbk")


def op_sjisgbk(r, s):
    b = _enc_or_none(s, "shift_jis")
    return None if b is None else _dec(b, "gbk")


def op_gbksjis(r, s):
    return _dec(s.encode("gbk"), "shift_jis")


def op_koi8(r, s):
    if r.random() < 0.5:
        b = _enc_or_none(s, "cp1251")
        return None if b is None else _dec(b, "koi8_r")
    b = _enc_or_none(s, "koi8_r")
    return None if b is None else _dec(b, "cp1251")


def op_u8cp1251(r, s):
    return _dec(s.encode("utf-8"), "cp1251")


def op_u8mac(r, s):
    return _dec(s.encode("utf-8"), "mac_roman")


def op_u8cp437(r, s):
    return _dec(s.encode("utf-8"), "cp437")


def op_u16gbk(r, s):
    return _dec(s.encode("utf-16-le"), "gbk")


def op_gb18030cut(r, s):
    b = s.encode("gb18030")
    # locate a four-byte sequence and drop its second half
    i = 0
    cuts = []
    for c in s:
        n = len(c.encode("gb18030"))
        if n == 4:
            cuts.append(i)
        i += n
    if not cuts:
        return None
    k = r.choice(cuts)
    return _dec(b[:k + 2] + b[k + 4:], "gb18030")


def op_bomlatin1(r, s):
    return [("\ufeff".encode("utf-8").decode("latin-1"), True), (s, False)]


def op_bomgbk(r, s):
    return [(_dec("\ufeff".encode("utf-8"), "gbk"), True), (s, False)]


QCH = "“”‘’—…·"


def op_smartq(r, s):  # UTF-8 typographic punctuation read as Windows-1252
    if not any(c in QCH for c in s):
        return None
    return [(_dec(c.encode("utf-8"), "cp1252"), True) if c in QCH else (c, False) for c in s]


def op_cp1252q_gbk(r, s):  # smart quotes typed in a cp1252 editor, rest GBK, file read as GBK
    if not any(c in "“”‘’" for c in s):
        return None
    b = b"".join(c.encode("cp1252") if c in "“”‘’" else c.encode("gbk") for c in s)
    return _dec(b, "gbk")


def op_cr(r, s):
    return [("\r", True), (s, False)] if s == "\n" else None


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def op_zw(r, s):
    if len(s) < 2:
        return None
    k = r.randrange(1, len(s))
    z = r.choice(ZW) * r.choice([1, 1, 1, 2])
    return [(s[:k], False), (z, True), (s[k:], False)]


def op_pua(r, s):  # glyphs of a PDF font mapped to GBK user-defined code points, read back via GB18030
    idx = [i for i, c in enumerate(s) if "\u4e00" <= c <= "\u9fff"]
    if not idx:
        return None
    pick = set(r.sample(idx, min(len(idx), r.randint(1, 3))))
    out = []
    for i, c in enumerate(s):
        if i in pick:
            lead = r.choice([0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xAF, 0xF8, 0xF9, 0xFA, 0xFB])
            out.append((bytes([lead, 0xA1 + (ord(c) % 90)]).decode("gb18030"), True))
        else:
            out.append((c, False))
    return out


def op_entnamed(r, s):
    import html.entities as he
    m = {c: "&" + he.codepoint2name[ord(c)] + ";" for c in "“”‘’—…·"}
    if not any(c in m for c in s):
        k = r.choice(["&nbsp;", "&nbsp;&nbsp;", "&emsp;&emsp;", "&ensp;"])
        return [(k, True), (s, False)]
    return [(m[c], True) if c in m else (c, False) for c in s]


def op_entindent(r, s):
    k = r.choice(["&nbsp;" * 4, "&nbsp;" * 2, "&emsp;&emsp;", "&#12288;&#12288;", "&nbsp; &nbsp; "])
    return [(k, True), (s, False)]


def op_entdbl(r, s):
    k = r.random()
    if k < 0.4:
        return [(html.escape(r.choice(["&nbsp;&nbsp;", "&nbsp;", "&emsp;&emsp;"])), True), (s, False)]
    if k < 0.7:
        return [(html.escape(html.escape("<p>")), True), (s, False), (html.escape(html.escape("</p>")), True)]
    return [(html.escape("<br />"), True), (s, False)]


TAGS = [('<span style="font-family:仿宋_GB2312;font-size:16pt">', "</span>"), ("<strong>", "</strong>"),
        ('<p class="MsoNormal">', "</p>"), ('<font face="宋体">', "</font>"), ('<div align="center">', "</div>"),
        ('<span lang="EN-US">', "</span>"), ("<b>", "</b>")]


def op_tags(r, s):
    k = r.random()
    if k < 0.6:
        a, b = r.choice(TAGS)
        return [(a, True), (s, False), (b, True)]
    if k < 0.8 and len(s) > 3:
        j = r.randrange(1, len(s))
        return [(s[:j], False), (r.choice(["<br />", "<br>", "</p><p>", "<o:p></o:p>"]), True), (s[j:], False)]
    return [(s, False), (r.choice(["<o:p></o:p>", "</span>", "</p>", "<br/>"]), True)]


def op_tagsmso(r, s):
    return [('<p class="MsoNormal" style="text-indent:32.0pt">', True), (s, False),
            (r.choice(['<span lang="EN-US"><o:p></o:p></span></p>', "<o:p></o:p></p>"]), True)]


def op_uesc(r, s):
    return s.encode("unicode_escape").decode("ascii")


def op_jsondbl(r, s):
    return json.dumps(s)[1:-1].replace("\\", "\\\\")


def op_ncr(r, s):
    if r.random() < 0.6:
        return s.encode("ascii", errors="xmlcharrefreplace").decode("ascii")
    return "".join(c if ord(c) < 128 else "&#x%X;" % ord(c) for c in s)


def op_pct(r, s):
    return urllib.parse.quote(s, safe="")


def op_bytesrepr(r, s):
    rep = repr(s.encode("utf-8"))
    return rep if r.random() < 0.4 else rep[2:-1]


def op_qp(r, s):
    return quopri.encodestring(s.encode(r.choice(["utf-8", "gbk"]))).decode("ascii").replace("=\n", "")


def op_mime(r, s):
    cs = r.choice(["utf-8", "gb2312", "gbk"])
    if _enc_or_none(s, cs) is None:
        cs = "utf-8"
    return email.header.Header(s, cs).encode().replace("\n", "")


def op_b64(r, s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def op_rtf(r, s):
    return "".join(c if ord(c) < 128 else "".join("\\'%02x" % x for x in c.encode("gbk")) for c in s)


def op_hz(r, s):
    b = _enc_or_none(s, "hz")
    return None if b is None else b.decode("ascii")


def op_utf7(r, s):
    return s.encode("utf-7").decode("ascii")


def op_pinyin(r, s, lost=False):
    out, hit = [], False
    for c in s:
        if c in TPY and r.random() < 0.8:
            out.append((c + "(" + TPY[c] + ")", True))
            hit = True
        elif lost and "\u4e00" <= c <= "\u9fff" and _enc_or_none(c, "gb2312") is None and r.random() < 0.12:
            out.append((c.encode("gb2312", errors="replace").decode(), True))
            hit = True
        else:
            out.append((c, False))
    return out if hit else None


def op_pinyin_q(r, s):
    return op_pinyin(r, s, lost=True)


def op_emojiq(r, s):
    return s.encode("gbk", errors="replace").decode("gbk")


def op_litnl(r, s):
    if "\n" not in s:
        return None
    esc = r.choice(["\\n", "\\n", "\\r\\n"])
    out = []
    for i, ln in enumerate(s.split("\n")):
        if i:
            out.append((esc, True))
        out.append((json.dumps(ln, ensure_ascii=False)[1:-1], False))
    return out


OPS = {
    "u8gbk": (op_u8gbk, "UTF-8 bytes decoded as GBK"),
    "u8gbk_q": (op_u8gbk_q, "UTF-8 bytes decoded as GBK and re-saved (lost bytes become '?')"),
    "kunkin": (op_kunkin, "GBK -> UTF-8 replacement -> GBK round trip (锟斤拷)"),
    "u8cp1252": (op_u8cp1252, "UTF-8 bytes decoded as Windows-1252"),
    "u8latin1": (op_u8latin1, "UTF-8 bytes decoded as ISO-8859-1 (C1 controls kept)"),
    "dblu8": (op_dblu8, "UTF-8 double-decoded through Windows-1252"),
    "gbklatin1": (op_gbklatin1, "GBK bytes decoded as Windows-1252"),
    "gbku8": (op_gbku8, "GBK bytes decoded as UTF-8 with replacement"),
    "qascii": (op_qascii, "characters lost to '?' by an ASCII-only writer"),
    "qgb2312": (op_qgb2312, "characters outside GB2312 lost to '?'"),
    "gbkshift": (op_gbkshift, "GBK byte stream decoded one byte out of step"),
    "big5gbk": (op_big5gbk, "Big5 bytes decoded as GBK"),
    "gbkbig5": (op_gbkbig5, "GBK bytes decoded as Big5"),
    "euckr": (op_euckr, "EUC-KR bytes decoded as GBK"),
    "sjisgbk": (op_sjisgbk, "Shift_JIS bytes decoded as GBK"),
    "gbksjis": (op_gbksjis, "GBK bytes decoded as Shift_JIS"),
    "koi8": (op_koi8, "Russian text between KOI8-R and Windows-1251"),
    "u8cp1251": (op_u8cp1251, "UTF-8 bytes decoded as Windows-1251"),
    "u8mac": (op_u8mac, "UTF-8 bytes decoded as Mac Roman"),
    "u8cp437": (op_u8cp437, "UTF-8 bytes decoded as DOS code page 437"),
    "u16gbk": (op_u16gbk, "UTF-16LE bytes decoded as GBK"),
    "gb18030cut": (op_gb18030cut, "GB18030 four-byte sequence cut in half"),
    "bomlatin1": (op_bomlatin1, "UTF-8 BOM read as Latin-1 (ï»¿)"),
    "bomgbk": (op_bomgbk, "UTF-8 BOM read as GBK"),
    "smartq": (op_smartq, "UTF-8 typographic punctuation read as Windows-1252"),
    "cp1252q_gbk": (op_cp1252q_gbk, "Windows-1252 smart quotes inside GBK text read as GBK"),
    "cr": (op_cr, "stray carriage return from mixed line endings"),
    "zw": (op_zw, "zero-width characters inside words"),
    "pua": (op_pua, "PDF font glyphs extracted as private-use code points"),
    "entnamed": (op_entnamed, "unrendered HTML named entities"),
    "entindent": (op_entindent, "unrendered HTML indentation entities"),
    "entdbl": (op_entdbl, "double-escaped HTML entities"),
    "tags": (op_tags, "HTML tag remnants"),
    "tagsmso": (op_tagsmso, "Word-HTML (MsoNormal) markup remnants"),
    "uesc": (op_uesc, "\\uXXXX escape debris"),
    "jsondbl": (op_jsondbl, "double-escaped JSON unicode escapes"),
    "ncr": (op_ncr, "numeric character references"),
    "pct": (op_pct, "URL percent-encoding left in prose"),
    "bytesrepr": (op_bytesrepr, "Python bytes repr debris"),
    "qp": (op_qp, "quoted-printable debris"),
    "mime": (op_mime, "undecoded MIME encoded-word"),
    "b64": (op_b64, "undecoded base64 body"),
    "rtf": (op_rtf, "RTF hex escapes of GBK bytes"),
    "hz": (op_hz, "HZ-GB-2312 shown raw"),
    "utf7": (op_utf7, "UTF-7 shown raw"),
    "pinyin": (op_pinyin, "pinyin annotation artefact after s2t conversion"),
    "pinyin_q": (op_pinyin_q, "pinyin annotation artefact plus characters lost to '?'"),
    "emojiq": (op_emojiq, "emoji lost to '?' by a 3-byte/GBK store"),
    "litnl": (op_litnl, "JSON-escaped text shown raw (literal \\n)"),
}

# ----------------------------------------------------------------------------------------------
# part utilities
# ----------------------------------------------------------------------------------------------
def is_prot(k):
    return k is not None and (k == "trap" or k.startswith("fx:"))


def flatten(parts):
    text = "".join(p[0] for p in parts)
    kinds = []
    for t, k, _o in parts:
        kinds.extend([k] * len(t))
    return text, kinds


def regroup(text, kinds):
    parts = []
    for c, k in zip(text, kinds):
        if parts and parts[-1][1] == k:
            parts[-1][0] += c
        else:
            parts.append([c, k, None])
    return parts


def cap_lines(parts, maxl=12):
    out, nl = [], 0
    for t, k, o in parts:
        if "\n" in t and k in (None, "slot"):
            keep = []
            for c in t:
                if c == "\n":
                    nl += 1
                    if nl >= maxl:
                        break
                keep.append(c)
            if keep:
                out.append(["".join(keep), k, o])
            if nl >= maxl:
                break
        else:
            out.append([t, k, o])
    while out and out[-1][1] is None and out[-1][0].strip() == "":
        out.pop()
    if out and out[-1][1] is None:
        out[-1][0] = out[-1][0].rstrip("\n")
    return out


def wrap_parts(r, parts, width):
    """hard line breaks of PDF extraction, never inside a non-plain part; page marks on some breaks"""
    out, col = [], 0
    for t, k, o in parts:
        if k is not None:
            out.append([t, k, o])
            col += len(t)
            continue
        buf = []
        for c in t:
            buf.append(c)
            if c == "\n":
                col = 0
            else:
                col += 1
                if col >= width:
                    buf.append("\n")
                    col = 0
        out.append(["".join(buf), None, None])
    if r.random() < 0.5:
        out.append(["\n" + r.choice(["— %d —" % r.randint(2, 30), "第 %d 页 共 %d 页" % (2, r.randint(3, 9)), "- %d -" % r.randint(2, 30)]), None, None])
    return out


def lines_of(text):
    res, s = [], 0
    for i, c in enumerate(text):
        if c == "\n":
            res.append((s, i))
            s = i + 1
    res.append((s, len(text)))
    return res


CJKRUN = re.compile(r"[\u3400-\u9fff]{2,}")
WIDERUN = re.compile(r"[^\x00-\x7f\n]{6,}")
CELLSEP = re.compile(r"(?:,|\t| \| |  +|\u3000|：)")


def _unprot_runs(rx, text, kinds, minlen):
    out = []
    for m in rx.finditer(text):
        a = m.start()
        for i in range(m.start(), m.end() + 1):
            if i == m.end() or is_prot(kinds[i]):
                if i - a >= minlen:
                    out.append((a, i))
                a = i + 1
    return out


def candidates(r, text, kinds, tgt):
    """return a list of candidate (a, b) ranges for a target kind"""
    L = [ln for ln in lines_of(text) if ln[1] > ln[0]]
    if tgt == "word" or tgt == "multi":
        res = []
        for a, b in _unprot_runs(CJKRUN, text, kinds, 2):
            n = r.randint(2, min(5, b - a))
            s = r.randint(a, b - n)
            res.append((s, s + n))
        return res
    if tgt == "phrase":
        res = []
        for a, b in _unprot_runs(WIDERUN, text, kinds, 6):
            n = r.randint(6, min(20, b - a))
            s = r.randint(a, b - n)
            res.append((s, s + n))
        return res
    if tgt == "line":
        return [ln for ln in L if CJKRUN.search(text[ln[0]:ln[1]])]
    if tgt == "title":
        return L[:1]
    if tgt == "sig":
        return L[-1:]
    if tgt == "linestart":
        return L[1:]
    if tgt == "start":
        return L[:1]
    if tgt == "cell":
        res = []
        for a, b in L:
            pos = a
            for m in list(CELLSEP.finditer(text, a, b)) + [None]:
                e = m.start() if m else b
                if e - pos >= 2 and re.search(r"[\u3400-\u9fff]", text[pos:e]) and not any(is_prot(k) for k in kinds[pos:e]):
                    res.append((pos, e))
                pos = m.end() if m else b
        return res
    if tgt == "para":
        if len(L) < 2:
            return []
        res = []
        for i in range(len(L) - 1):
            j = min(len(L) - 1, i + r.randint(1, 3))
            res.append((L[i][0], L[j][1]))
        return res
    if tgt == "doc":
        return [(0, len(text))]
    if tgt == "eol":
        return [(i, i + 1) for i, c in enumerate(text) if c == "\n"]
    if tgt.startswith("fx:"):
        res, i = [], 0
        while i < len(text):
            if kinds[i] == tgt:
                j = i
                while j < len(text) and kinds[j] == tgt:
                    j += 1
                res.append((i, j))
                i = j
            else:
                i += 1
        return res
    if tgt == "quote":
        return [ln for ln in L if any(c in QCH for c in text[ln[0]:ln[1]])]
    if tgt == "4byte":
        res = []
        for i, c in enumerate(text):
            if len(c.encode("gb18030")) == 4:
                a = i
                while a > 0 and i - a < 3 and text[a - 1] not in "\n":
                    a -= 1
                b = i + 1
                while b < len(text) and b - i < 4 and text[b] != "\n":
                    b += 1
                res.append((a, b))
        return res
    if tgt == "nongb":
        res = []
        for i, c in enumerate(text):
            if "\u3400" <= c <= "\U0002ffff" and not c.isascii() and _enc_or_none(c, "gb2312") is None and c not in "\n":
                a = max(0, i - 1)
                if "\n" in text[a:i]:
                    a = i
                res.append((a, i + 1))
        return res
    if tgt.startswith("rx:"):
        return [m.span(1) for m in re.finditer(tgt[3:], text)]
    raise ValueError(tgt)


def _common_trim(a, b):
    p = 0
    while p < len(a) and p < len(b) and a[p] == b[p]:
        p += 1
    s = 0
    while s < len(a) - p and s < len(b) - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, s


def damage_pieces(orig, out):
    """turn an operator result into [(text, kind, orig)] pieces; kind 'mj' marks damage"""
    if isinstance(out, list):
        res = []
        for t, d in out:
            if not t:
                continue
            res.append((t, "mj" if d else None, orig if d else None))
        return res
    res = []
    olines, dlines = orig.split("\n"), out.split("\n")
    if len(olines) == len(dlines):
        for i, (o, d) in enumerate(zip(olines, dlines)):
            p, s = _common_trim(o, d)
            if d[:p]:
                res.append((d[:p], None, None))
            if d[p:len(d) - s]:
                res.append((d[p:len(d) - s], "mj", o[p:len(o) - s]))
            if s:
                res.append((d[len(d) - s:], None, None))
            if i < len(olines) - 1:
                res.append(("\n", None, None))
        return res
    for i, d in enumerate(dlines):
        if d:
            res.append((d, "mj", orig))
        if i < len(dlines) - 1:
            res.append(("\n", None, None))
    return res


def mj_piece_ok(t, o):
    if not t:
        return False
    if t.strip() == "" and "\r" not in t:
        return False
    return t != o and (o is None or t not in o)


def apply_damage(r, parts, opname, tgt, nrange):
    text, kinds = flatten(parts)
    fn = OPS[opname][0]
    base = "multi" if tgt == "multi" else tgt
    cands = [c for t in base.split("|") for c in candidates(r, text, kinds, t)] if base.startswith("fx:") else candidates(r, text, kinds, base)
    r.shuffle(cands)
    want = r.randint(*nrange)
    chosen = []
    for a, b in cands:
        if len(chosen) >= want:
            break
        if any(not (b <= c or a >= d) for c, d, _ in chosen):
            continue
        if b - a > 600:
            continue
        seg = text[a:b]
        out = fn(r, seg)
        if out is None:
            continue
        pcs = damage_pieces(seg, out)
        pcs = [(t, k, o) if k != "mj" or mj_piece_ok(t, o) else (t, None, None) for t, k, o in pcs]
        if not any(k == "mj" for _t, k, _o in pcs):
            continue
        chosen.append((a, b, pcs))
    if not chosen:
        return None
    chosen.sort()
    out, pos = [], 0
    for a, b, pcs in chosen:
        out.extend(regroup(text[pos:a], kinds[pos:a]))
        out.extend([list(p) for p in pcs])
        pos = b
    out.extend(regroup(text[pos:], kinds[pos:]))
    return out


def spans_of(parts, kind):
    spans, off = [], 0
    for t, k, _o in parts:
        if k == kind:
            if spans and spans[-1][1] == off:
                spans[-1][1] = off + len(t)
            else:
                spans.append([off, off + len(t)])
        off += len(t)
    return spans


def insert_lines(r, tpls, extra, kmin, kmax):
    if not extra:
        return tpls
    k = r.randint(kmin, kmax)
    out = list(tpls)
    for t in r.sample(extra, min(k, len(extra))):
        pos = r.randint(1, len(out)) if len(out) > 1 else len(out)
        out.insert(pos, t)
    return out

MTRAPS["quotes"] = ["“{pick:群众的事无小事|办好每一件民生实事|小切口推动大变化}”是我们的工作准则。", "活动主题为“{pick:文明实践进万家|我们的节日·端午|书香满社区}”。",
                    "——记{place:社区}志愿服务队", "项目推进实行“一月一调度”，确保按期完工……", "居民‘点单’、社区‘派单’、志愿者‘接单’。"]
MTRAPS["rare4"] = ["先进个人：黄𠮷、{person}", "获奖学生：李㐂（{school}）", "联系人：陈𠮷明", "申请人：王㙟，{pick:男|女}"]
MTRAPS["attach"] = ["附件：{pick:项目申报表|资金使用明细|承诺书}.docx", "附件：{year}年度{pick:考核细则|统计报表}.xlsx"]

# ----------------------------------------------------------------------------------------------
# checkers (used by the generator as a self-check and by --verify)
# ----------------------------------------------------------------------------------------------
PH_ANY = re.compile(r"[xXＸｘ×*＊○]|某|＿|_{2,}|【|\{\{|\$\{|«|<<|#[^#\s]{1,10}#|TODO|TBD|FIXME|待定|待补充|此处|单击|点击|"
                    r"请输入|在此处|Lorem|Click|%[A-Z_]+%|\[[^\]]*(?:填|待|名称|姓名)[^\]]*\]|\{[^{}\s]+\}")
SURN_RE = "[" + SURN + "]"
PH_STRONG = re.compile(r"(?<![A-Za-z0-9,])[xXＸｘ]{2,}(?![A-Za-z])|(?<![A-Za-z0-9])[xX](?=[月日年号])|×{2,}|○○|某某|" + SURN_RE +
                       r"某(?![些种一个年月日方处地时类])|\*{2,}|＊|＿{2,}|_{3,}|【[^】]*(?:名称|姓名|日期|金额|地址|电话|数量|填写|编号|号码|地点|比例|年度|部门|待)[^】]*】|"
                       r"\{\{|\$\{|«|»|<<|>>|TODO|TBD|FIXME|待定(?!系数)|待补充|此处(?:填写|输入)|(?:单击|点击)此处|请输入|Lorem|%[A-Z_]{3,}%")
MJ_STRONG = re.compile("[\ufffd\ue000-\uf8ff\u200b-\u200d\u2060\ufeff\r\x80-\x9f]|锟斤拷|[ÃÂ][\x80-\xbf\u0152-\u0192\u2013-\u203a\u20ac\u2122]|â€|ï»¿|锘|"
                       r"&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|mdash|hellip|emsp|ensp|middot|#\d+|#x[0-9a-fA-F]+);|\\u[0-9a-fA-F]{4}|\\x[0-9a-f]{2}|"
                       r"%[0-9A-F]{2}%[0-9A-F]{2}|=[0-9A-F]{2}=[0-9A-F]{2}|</?(?:span|p|br|strong|font|div|o:p|b)\b|"
                       r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)|[\u4e00-\u9fff]\?|\?[\u4e00-\u9fff]|"
                       r"鍙|涓|鐨|鏂|骞|浜|鍦|锛|銆|~\{|=\?[A-Za-z0-9-]+\?[BbQq]\?|\\'[0-9a-f]{2}")


def masked_plain(parts):
    out = []
    for t, k, _o in parts:
        out.append(t if k in (None, "slot") else "■" * len(t))
    return "".join(out)


def self_check(parts, label):
    """problems in the parts of one record (empty list = fine)"""
    probs = []
    mp = masked_plain(parts)
    m = PH_STRONG.search(mp)
    if m:
        probs.append("placeholder-like text outside spans: %r" % mp[max(0, m.start() - 8):m.end() + 8])
    m = MJ_STRONG.search(mp)
    if m:
        probs.append("mojibake-like text outside spans: %r" % mp[max(0, m.start() - 8):m.end() + 8])
    for t, k, o in parts:
        if k == "ph":
            if not PH_ANY.search(t) or "\n" in t or t != t.strip():
                probs.append("span does not hold a placeholder: %r" % t)
        if k == "mj" and not mj_piece_ok(t, o):
            probs.append("mojibake span equals clean text: %r" % t)
    if label == "negative" and any(k in ("ph", "mj") for _t, k, _o in parts):
        probs.append("negative with damage")
    return probs


# ----------------------------------------------------------------------------------------------
# styles
# ----------------------------------------------------------------------------------------------
STYLES = []


def S(name, fam, label, host, **kw):
    d = dict(name=name, fam=fam, label=label, host=host)
    d.update(kw)
    STYLES.append(d)


# ---- ph positives
for host, p in [("gov_report", (0.35, 0.8)), ("summary", (0.55, 0.95)), ("notice", (0.4, 0.8)), ("minutes", (0.4, 0.8)),
                ("stat_table", (0.3, 0.7)), ("inspection", (0.4, 0.8)), ("budget", (0.4, 0.9)), ("village", (0.4, 0.8)),
                ("cms", (0.4, 0.8)), ("land", (0.3, 0.7)), ("bidding", (0.3, 0.7)), ("procurement", (0.3, 0.7)),
                ("wechat", (0.3, 0.7)), ("discharge", (0.3, 0.7)), ("judgment", (0.3, 0.7)), ("contract", (0.3, 0.7)),
                ("tsv", (0.2, 0.5)), ("mt", (0.3, 0.7)), ("fair", (0.4, 0.8)), ("srt", (0.5, 0.9)), ("library", (0.4, 0.8))]:
    S("ph_xmask_" + host, "ph", "placeholder", host, pal="x", p=p)
S("ph_xmask_summary_pdfwrap", "ph", "placeholder", "summary", pal="x", p=(0.5, 0.9), wrap=(22, 34))
S("ph_xmask_single_in_report", "ph", "placeholder", "gov_report", pal="x", p=(0.05, 0.12))
S("ph_xmask_traditional_report", "ph", "placeholder", "gov_report", pal="x", p=(0.3, 0.7), trad=True)
for host in ["judgment", "discharge", "minutes", "inspection", "wechat", "weibo", "village", "contract", "summary"]:
    S("ph_pseudonym_" + host, "ph", "placeholder", host, pal="pseudo", p=(0.4, 0.9))
for host in ["contract", "notice", "form", "email", "bidding", "procurement", "land", "csv", "scholar", "tw"]:
    S("ph_template_" + host, "ph", "placeholder", host, pal="tpl", p=(0.3, 0.8), trad=(host == "tw"))
for host in ["scholar", "enrol", "welfare", "roster", "csv", "judgment", "discharge", "weibo", "email", "form"]:
    S("ph_masked_" + host, "ph", "placeholder", host, pal="mask", p=(0.5, 1.0))
for host, wrap in [("gov_report", (24, 36)), ("stat_table", None), ("csv", None), ("minutes", None)]:
    S("ph_mixed_" + host + ("_pdfwrap" if wrap else ""), "ph", "placeholder", host, pal="mix", p=(0.4, 0.8), wrap=wrap)
for ex, host in [("todo", "cms"), ("cc", "form"), ("lorem", "cms"), ("daiding", "bidding"), ("blank", "contract"), ("mergefield", "notice")]:
    S("ph_%s_%s" % (ex, host), "ph", "placeholder", host, extra=ex)

# ---- ph negatives (look-alikes)
for trap, host in [("1x", "enrol"), ("1x", "gov_report"), ("7x", "gov_report"), ("x86", "procurement"), ("xray", "discharge"),
                   ("size", "bidding"), ("mult", "notice"), ("mult", "stat_table"), ("formula", "lesson"), ("mou", "gov_report"),
                   ("mou", "minutes"), ("xxgk", "cms"), ("files", "notice"), ("chrom", "discharge"), ("nox", "inspection"),
                   ("zoom", "wechat"), ("xplat", "weibo"), ("model", "procurement"), ("daiding", "lesson"), ("underscore", "tech"),
                   ("hashtag", "weibo"), ("ling", "notice"), ("stars", "wechat"), ("movie", "wechat"), ("roman", "library"),
                   ("axis", "tech"), ("tplhowto", "tech"), ("pinyinname", "library")]:
    S("ph_neg_%s_%s" % (trap, host), "ph", "negative", host, traps=[trap])
for host in ["judgment", "scholar", "csv", "srt", "tw", "contract"]:
    S("ph_neg_clean_" + host, "ph", "negative", host, traps=["plain"], trad=(host == "tw"))

# ---- mj positives
MJP = [
    ("u8gbk", "word", (1, 3), "gov_report", {}), ("u8gbk", "line", (1, 2), "summary", {}), ("u8gbk", "doc", (1, 1), "notice", {}),
    ("u8gbk_q", "para", (1, 1), "minutes", {}), ("u8gbk", "cell", (1, 3), "csv", {}), ("u8gbk", "doc", (1, 1), "csv", {"tag": "excel"}),
    ("u8gbk", "sig", (1, 1), "contract", {}), ("u8gbk", "word", (1, 2), "fair", {"mtr": ["ko", "ja"]}),
    ("u8gbk", "multi", (2, 4), "discharge", {}), 
    ("kunkin", "line", (1, 2), "procurement", {}), ("kunkin", "cell", (1, 3), "tsv", {}),
    ("u8cp1252", "word", (1, 3), "wechat", {}), ("u8cp1252", "line", (1, 1), "email", {}),
    ("u8cp1252", "fx:fr|fx:de|fx:vi", (1, 2), "notice", {"mtr": ["fr"], "ntr": (1, 2), "tag": "latin_names"}),
    ("u8latin1", "line", (1, 1), "library", {}), ("dblu8", "phrase", (1, 2), "cms", {}),
    ("gbklatin1", "line", (1, 2), "bidding", {}), ("gbklatin1", "cell", (1, 3), "welfare", {}),
    ("gbku8", "doc", (1, 1), "srt", {}),
    ("qascii", "multi", (1, 3), "judgment", {}), ("qgb2312", "nongb", (1, 3), "scholar", {"mtr": ["rare"], "ntr": (1, 2)}),
    ("gbkshift", "line", (1, 1), "gov_report", {}),
    ("big5gbk", "line", (1, 2), "tw", {"trad": True}), ("gbkbig5", "word", (1, 2), "notice", {}),
    ("euckr", "fx:ko", (1, 2), "fair", {"mtr": ["ko"], "ntr": (1, 1)}), ("euckr", "fx:ko", (1, 2), "tourism", {}),
    ("sjisgbk", "fx:ja", (1, 2), "fair", {"mtr": ["ja", "kana"], "ntr": (1, 1)}), ("gbksjis", "line", (1, 1), "village", {}),
    ("koi8", "fx:ru", (1, 2), "fair", {"mtr": ["ru"], "ntr": (1, 1)}), ("u8cp1251", "word", (1, 2), "inspection", {}),
    ("u8mac", "line", (1, 1), "mt", {}),
    ("gb18030cut", "4byte", (1, 1), "weibo", {"mtr": ["emoji"], "ntr": (1, 2)}),
    ("gb18030cut", "4byte", (1, 1), "roster", {"mtr": ["rare4"], "ntr": (1, 1)}),
    ("bomlatin1", "start", (1, 1), "csv", {}), ("bomlatin1", "linestart", (1, 1), "tsv", {"tag": "concatenated"}),
    ("bomgbk", "start", (1, 1), "notice", {}),
    ("smartq", "quote", (1, 2), "wechat", {"mtr": ["quotes"], "ntr": (1, 2)}),
    ("cp1252q_gbk", "quote", (1, 1), "budget", {"mtr": ["quotes"], "ntr": (0, 1)}),
    ("cr", "eol", (1, 3), "minutes", {}),
    ("zw", "word", (1, 3), "wechat", {}), ("zw", "word", (1, 2), "judgment", {}),
    ("pua", "word", (1, 3), "gov_report", {"wrap": (24, 36), "tag": "pdfwrap"}), ("pua", "cell", (1, 2), "stat_table", {}),
    ("entnamed", "line", (1, 2), "cms", {"mtr": ["quotes"], "ntr": (0, 1)}), ("entindent", "linestart", (1, 3), "wechat", {}),
    ("entdbl", "linestart", (1, 2), "cms", {}),
    ("tags", "phrase", (1, 2), "notice", {}), ("tagsmso", "line", (1, 2), "gov_report", {}),
    ("uesc", "cell", (1, 2), "tsv", {}), ("jsondbl", "cell", (1, 2), "form", {}), ("ncr", "word", (1, 2), "land", {}),
    ("pct", "rx:附件：([^.\n]+)\\.", (1, 1), "notice", {"mtr": ["attach"], "ntr": (1, 1), "tag": "attachment"}),
    ("bytesrepr", "phrase", (1, 1), "email", {}), ("qp", "phrase", (1, 1), "email", {}),
    ("mime", "rx:主题：(.+)", (1, 1), "email", {"tag": "subject"}), ("rtf", "phrase", (1, 1), "contract", {}),
    ("hz", "phrase", (1, 2), "summary", {}), ("utf7", "word", (1, 2), "email", {}),
    ("pinyin", "para", (1, 1), "gov_report", {"trad": True}), ("pinyin", "line", (1, 2), "summary", {"trad": True}),
    ("pinyin_q", "doc", (1, 1), "gov_report", {"trad": True}),
    ("emojiq", "fx:emoji", (1, 2), "weibo", {"mtr": ["emoji"], "ntr": (1, 2)}), ("litnl", "para", (1, 1), "wechat", {}),
]
for op, tgt, n, host, kw in MJP:
    tg = kw.pop("tag", None) or re.sub(r"[^a-z0-9]+", "", tgt.split("|")[0].replace("fx:", "").replace("rx:", "field"))
    S("mj_%s_%s_%s" % (op, tg, host), "mj", "mojibake", host, op=op, tgt=tgt, n=n, **kw)

# ---- mj negatives (clean foreign text, symbols, code, traditional characters ...)
for mtr, host in [("pinyinlesson", "lesson"), ("ru", "fair"), ("ru", "notice"), ("ja", "tourism"), ("ko", "tourism"), ("el", "lesson"),
                  ("fr", "mt"), ("emoji", "weibo"), ("emoji", "wechat"), ("rare", "scholar"), ("rare", "roster"), ("htmlcode", "tech"),
                  ("url", "cms"), ("box", "stat_table"), ("math", "inspection"), ("amp", "gov_report"), ("question", "weibo"),
                  ("minority", "tourism"), ("fullwidth", "notice"), ("currency", "fair"), ("kana", "fair"), ("quotes", "wechat")]:
    S("mj_neg_%s_%s" % (mtr, host), "mj", "negative", host, mtr=[mtr])
for host, kw in [("tw", {"trad": True}), ("gov_report", {"trad": True}), ("srt", {}), ("csv", {}), ("tsv", {}), ("email", {}),
                 ("library", {}), ("summary", {"wrap": (22, 34)}), ("discharge", {}), ("judgment", {})]:
    S("mj_neg_clean_%s%s" % (host, "_traditional" if kw.get("trad") else "_pdfwrap" if kw.get("wrap") else ""), "mj", "negative",
      host, mtr=["plain"], **kw)

GROUP_TARGET = {("ph", "placeholder"): 975, ("ph", "negative"): 525, ("mj", "mojibake"): 975, ("mj", "negative"): 525}


# ----------------------------------------------------------------------------------------------
# building records
# ----------------------------------------------------------------------------------------------
REJECTS = Counter()


def build_parts(r, st):
    fam, label = st["fam"], st["label"]
    for attempt in range(80):
        pal = st.get("pal") if label == "placeholder" else None
        lo, hi = st.get("p", (0.3, 0.7))
        d = Doc(r, pal=pal, p=min(1.0, r.uniform(lo, hi) + attempt * 0.05), trad=st.get("trad", False))
        tpls = HOSTS[st["host"]](r)
        if st.get("extra"):
            tpls = insert_lines(r, tpls, EXTRA[st["extra"]], 1, 2)
        if st.get("traps"):
            pool = [t for k in st["traps"] for t in TRAPS[k]]
            tpls = insert_lines(r, tpls, pool, 1, 3)
        if st.get("mtr"):
            pool = [t for k in st["mtr"] for t in MTRAPS[k]]
            tpls = insert_lines(r, tpls, pool, *st.get("ntr", (1, 3)))
        d.lines(tpls)
        parts = d.parts
        if st.get("wrap"):
            parts = wrap_parts(r, parts, r.randint(*st["wrap"]))
        parts = cap_lines(parts, 12)
        if label == "mojibake":
            parts = apply_damage(r, parts, st["op"], st["tgt"], st.get("n", (1, 1)))
            if parts is None:
                REJECTS[st["name"] + ":no-target"] += 1
                continue
        text = "".join(p[0] for p in parts)
        kind = "ph" if label == "placeholder" else "mj"
        spans = spans_of(parts, kind)
        if (label == "negative") == bool(spans) or not text.strip():
            REJECTS[st["name"] + ":spans"] += 1
            continue
        if text.count("\n") + 1 > 12:
            REJECTS[st["name"] + ":lines"] += 1
            continue
        probs = self_check(parts, label)
        if probs:
            REJECTS[st["name"] + ":" + probs[0][:60]] += 1
            continue
        return parts
    raise RuntimeError("could not build a record for style " + st["name"])


TGT_NAMES = {"rx:附件：([^.\n]+)\\.": "attachment file name", "rx:主题：(.+)": "mail subject", "fx:fr|fx:de|fx:vi": "Latin-script names",
             "4byte": "four-byte character", "nongb": "characters outside GB2312", "eol": "line end", "linestart": "line start",
             "start": "document start", "multi": "several words"}


def note_for(st, parts):
    n = len(spans_of(parts, "ph" if st["label"] == "placeholder" else "mj"))
    if st["label"] == "placeholder":
        what = {"x": "x/X/× masks", "pseudo": "pseudonyms (某)", "tpl": "template fields", "mask": "starred masking",
                "mix": "mixed placeholder kinds"}.get(st.get("pal"), "explicit template leftovers (%s)" % st.get("extra"))
        return "%s document with %s; %d span(s)" % (st["host"], what, n)
    if st["label"] == "mojibake":
        return "%s document: %s, target %s; %d span(s)" % (st["host"], OPS[st["op"]][1], TGT_NAMES.get(st["tgt"], st["tgt"].split("|")[0]), n)
    extra = st.get("traps") or st.get("mtr") or []
    return "%s document, clean; look-alikes: %s" % (st["host"], ",".join(extra) if extra and extra != ["plain"] else "none")


def allocate(seed):
    r = random.Random("%s|alloc|%d" % (GEN_TAG, seed))
    groups = defaultdict(list)
    for st in STYLES:
        groups[(st["fam"], st["label"])].append(st["name"])
    counts = {}
    for g, names in groups.items():
        total = GROUP_TARGET[g]
        base, rem = divmod(total, len(names))
        extra = set(r.sample(names, rem))
        for nm in names:
            counts[nm] = base + (1 if nm in extra else 0)
    return counts


def generate(seed):
    counts = allocate(seed)
    out = []
    for st in STYLES:
        for k in range(counts[st["name"]]):
            r = random.Random("%s|%d|%s|%d" % (GEN_TAG, seed, st["name"], k))
            parts = build_parts(r, st)
            text = "".join(p[0] for p in parts)
            kind = "ph" if st["label"] == "placeholder" else "mj"
            rec = {"id": "%s-s%d-%s-%02d" % (GEN_TAG, seed, st["name"], k), "family": st["fam"], "style": st["name"],
                   "label": st["label"], "text": text, "spans": spans_of(parts, kind) if st["label"] != "negative" else [],
                   "note": note_for(st, parts)}
            out.append((rec, parts))
    random.Random("%s|order|%d" % (GEN_TAG, seed)).shuffle(out)
    return out


# ----------------------------------------------------------------------------------------------
# verify
# ----------------------------------------------------------------------------------------------
ID_RE = re.compile(r"^t20-s(\d+)-([a-z0-9_]+)-(\d+)$")


def verify_files(paths):
    problems = []
    regen = {}
    style_names = {st["name"] for st in STYLES}
    for path in paths:
        seen = set()
        recs = []
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append("%s:%d: bad JSON (%s)" % (path, ln, e))
                    continue
                recs.append((ln, rec))
        stats = Counter()
        for ln, rec in recs:
            where = "%s:%d" % (path, ln)
            keys = {"id", "family", "style", "label", "text", "spans", "note"}
            if set(rec) != keys:
                problems.append("%s: fields %s" % (where, sorted(rec)))
                continue
            rid, fam, label, text, spans = rec["id"], rec["family"], rec["label"], rec["text"], rec["spans"]
            if rid in seen:
                problems.append("%s: duplicate id %s" % (where, rid))
            seen.add(rid)
            if (fam, label) not in GROUP_TARGET and not (fam == "ph" and label == "placeholder"):
                problems.append("%s: family/label %s/%s" % (where, fam, label))
            if not isinstance(text, str) or not text.strip():
                problems.append("%s: empty text" % where)
                continue
            nl = text.count("\n") + 1
            if not 1 <= nl <= 12:
                problems.append("%s: %d lines" % (where, nl))
            if not re.fullmatch(r"[a-z0-9_]+", rec["style"]) or "\n" in rec["note"] or not rec["note"]:
                problems.append("%s: style/note format" % where)
            stats[(fam, label)] += 1
            # spans
            ok = isinstance(spans, list) and all(isinstance(s, list) and len(s) == 2 and all(isinstance(x, int) for x in s) for s in spans)
            if not ok:
                problems.append("%s: malformed spans" % where)
                continue
            prev = -1
            for a, b in spans:
                if not (0 <= a < b <= len(text)):
                    problems.append("%s: span %d-%d outside text or empty" % (where, a, b))
                if a < prev:
                    problems.append("%s: spans overlap or unsorted" % where)
                prev = b
            if label == "negative" and spans:
                problems.append("%s: negative with spans" % where)
            if label != "negative" and not spans:
                problems.append("%s: positive without spans" % where)
            if label == "placeholder":
                for a, b in spans:
                    t = text[a:b]
                    if not PH_ANY.search(t) or "\n" in t or t != t.strip():
                        problems.append("%s: placeholder span %r holds no placeholder" % (where, t))
            # regenerate and compare against the clean source
            m = ID_RE.match(rid)
            if not m or m.group(2) not in style_names:
                problems.append("%s: id %s cannot be regenerated" % (where, rid))
                continue
            seed = int(m.group(1))
            if seed not in regen:
                regen[seed] = {rr["id"]: (rr, pp) for rr, pp in generate(seed)}
            if rid not in regen[seed]:
                problems.append("%s: id %s not produced by seed %d" % (where, rid, seed))
                continue
            rr, parts = regen[seed][rid]
            if rr != rec:
                problems.append("%s: record differs from regeneration" % where)
                continue
            for pb in self_check(parts, label):
                problems.append("%s: %s" % (where, pb))
            if label == "mojibake":
                off = 0
                cover = []
                for t, k, o in parts:
                    if k == "mj":
                        cover.append((off, off + len(t)))
                        if not mj_piece_ok(t, o):
                            problems.append("%s: mojibake span %r equals clean text %r" % (where, t, o))
                    off += len(t)
                for a, b in spans:
                    inside = sum(max(0, min(b, d) - max(a, c)) for c, d in cover)
                    if inside != b - a:
                        problems.append("%s: span %d-%d not entirely damage" % (where, a, b))
        sys.stderr.write("%s: %d records %s\n" % (path, len(recs), dict(stats)))
    return problems


def style_table(paths):
    per = defaultdict(Counter)
    fam = {}
    example = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                per[rec["style"]][rec["label"]] += 1
                fam[rec["style"]] = rec["family"]
                if rec["style"] not in example or rec["id"] < example[rec["style"]][0]:
                    t = rec["text"]
                    if rec["spans"]:
                        a = max(0, rec["spans"][0][0] - 12)
                        t = ("…" if a else "") + t[a:]
                    t = t.replace("\r", "\\r").replace("\n", "⏎").replace("|", "\\|")
                    t = "".join(c if c.isprintable() else "\\u%04x" % ord(c) for c in t)
                    example[rec["style"]] = (rec["id"], t[:70] + ("…" if len(t) > 70 else ""))
    rows = ["| style | family | placeholder | mojibake | negative | example |", "|---|---|---:|---:|---:|---|"]
    for st in sorted(per, key=lambda s: (fam[s], s)):
        c = per[st]
        rows.append("| %s | %s | %d | %d | %d | %s |" % (st, fam[st], c["placeholder"], c["mojibake"], c["negative"], example[st][1]))
    return "\n".join(rows) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", nargs="+", metavar="FILE")
    a = ap.parse_args()
    if a.verify:
        probs = verify_files(a.verify)
        for p in probs[:200]:
            print(p)
        print("verify: %d problem(s) in %s" % (len(probs), ", ".join(a.verify)))
        sys.exit(1 if probs else 0)
    if a.style_table:
        tab = style_table(a.style_table)
        if a.out:
            with open(a.out, "w", encoding="utf-8") as f:
                f.write(tab)
        else:
            sys.stdout.write(tab)
        return
    if a.seed is None or not a.out:
        ap.error("--seed N --out FILE, or --verify FILE..., or --style-table FILE...")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec, _p in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    c = Counter((r["family"], r["label"]) for r, _ in recs)
    sys.stderr.write("wrote %d records, %d styles to %s: %s\n" % (len(recs), len({r['style'] for r, _ in recs}), a.out, dict(c)))
    if REJECTS:
        sys.stderr.write("rejected drafts: %s\n" % dict(REJECTS.most_common(15)))


if __name__ == "__main__":
    main()
