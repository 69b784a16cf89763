#!/usr/bin/env python3
"""text44_gen.py -- held-out set 44: placeholders (ph) and mojibake (mj) in Chinese documents.

Standard library only.  Deterministic per --seed (only random.Random(seed) is used; no set/dict
iteration order depends on hashing).

    python3 text44_gen.py --seed 11 --out text44_seed11.jsonl
    python3 text44_gen.py --verify text44_seed11.jsonl text44_seed12.jsonl

Templates use a tiny mark-up that is resolved before the text is assembled:
    ⦃a¦b¦c⦄      random choice (innermost first, may nest)
    ⟪KEY⟫        slot (names, dates, amounts, filler sentences ...); ⟪KEY#t⟫ is memoised per record
    ⟦...⟧        placeholder span (ph family)
    ⟬...⟭        damage candidate (mj family); ⟬@...⟭ marks a person name
The final text is built by appending pieces one after another and recording the offsets of the
span pieces as they are appended, so spans cannot drift.
"""
import argparse
import html
import html.entities
import json
import quopri
import random
import re
import sys
import urllib.parse

# ----------------------------------------------------------------------------------------------
# word pools
# ----------------------------------------------------------------------------------------------
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔向汤")
GIVEN = ["建国", "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
         "明", "超", "秀英", "霞", "平", "刚", "桂英", "文", "华", "红", "玉兰", "志强", "海燕", "晓东",
         "雪梅", "宇", "浩然", "子涵", "欣怡", "梓轩", "思远", "嘉怡", "俊杰", "晨", "佳琪", "国庆",
         "春燕", "立新", "振华", "雨桐", "一鸣", "文博", "慧敏", "少华", "德胜", "丽娟", "永红", "凯"]
RARE_SURNAMES = ["亓", "仉", "禤", "甯", "笪", "眭", "厍", "佘", "蒯", "郗", "昝", "逄", "阚", "缑",
                 "亢", "暴", "隗", "揭", "訾", "谯"]
RARE_GIVEN_CH = [c for c in "堃喆玥昇焜淏珺彧翀琇玙瑄旻烜镕祎琤洺" if c.encode("gb2312", "replace") == b"?"]
CITIES = ["江州市", "南屏市", "临川市", "青阳市", "云溪市", "安平市", "东陵市", "白沙市", "泸川市", "桐江市"]
DISTS = ["东湖区", "西城区", "高新区", "滨江区", "北塘区", "新港区", "城关区", "河西区"]
STREETS = ["洲心街道", "滨河街道", "新华街道", "南门街道", "龙潭街道", "和平街道", "清泉街道"]
COMMS = ["花园社区", "幸福里社区", "翠竹社区", "东风社区", "锦绣社区", "望江社区"]
ORG_PRE = ["华信", "恒达", "瑞丰", "远航", "中科", "鼎盛", "启明", "博远", "金桥", "天成", "明辉", "嘉禾",
           "卓越", "创新", "长青", "宏图"]
ORG_IND = ["科技", "建设工程", "医疗器械", "商贸", "物流", "软件", "食品", "新材料", "环保", "信息技术",
           "文化传媒", "电子"]
GOV_DEPT = ["卫生健康委员会", "教育局", "农业农村局", "民政局", "自然资源局", "市场监督管理局",
            "住房和城乡建设局", "文化和旅游局", "生态环境局", "人力资源和社会保障局"]
DEPTS = ["办公室", "财务部", "技术研发部", "市场部", "人力资源部", "综合科", "业务科", "质量管理部",
         "信息中心", "后勤保障科"]
POSTS = ["科员", "工程师", "主管", "会计", "项目经理", "副主任", "技术员", "行政专员", "高级工程师"]
SCHOOLS = ["东江大学", "南屏理工大学", "临川师范大学", "青阳医科大学", "江州财经大学", "云溪农林大学",
           "安平工业大学"]
MAJORS = ["计算机科学与技术", "临床医学", "会计学", "汉语言文学", "机械工程", "环境科学", "法学",
          "电子信息工程"]
HOSP_SUFFIX = ["第一人民医院", "第二人民医院", "中心医院", "中医院", "妇幼保健院"]
LDEPTS = ["内科", "儿科", "心内科", "消化内科", "体检中心", "急诊科", "妇产科", "呼吸内科", "骨科"]
TOPICS = ["城市社区养老服务", "中小学生近视防控", "农村电商物流", "短时交通流预测", "锂电池健康状态估计",
          "基层医疗卫生资源配置", "图像去噪", "古籍文本自动断句", "稻田甲烷排放", "高校图书馆阅读推广"]
METHODS = ["多尺度特征融合模型", "双层优化框架", "时空图卷积网络", "模糊综合评价体系", "改进的粒子群算法",
           "层次分析与熵权结合的评价方法", "半监督学习方法"]
TERMS = ["数字鸿沟", "时间漂移", "冷启动", "最后一公里", "适老化", "过拟合", "长尾效应"]
KWS = ["深度学习", "评价体系", "社区治理", "数据融合", "鲁棒性", "公共服务", "优化算法", "遥感监测",
       "健康管理", "乡村振兴", "注意力机制", "时间序列"]
PROJS = ["DataHub", "LiteFlow", "Pandora", "Minerva", "Quokka", "Helios", "OpenLedger", "Nimbus",
         "Tessera", "Rivulet"]
GOODS = ["办公用品", "技术服务费", "会议服务", "打印耗材", "软件维护服务", "餐饮服务", "住宿服务",
         "设备租赁", "印刷品"]
TRAD_NAMES = ["陳建國", "黃麗華", "林志明", "吳淑芬", "張偉傑", "劉國強", "鄭麗娟", "趙振華"]
TRAD_ORGS = ["洲心街道辦事處", "城關鎮人民政府", "區衛生健康局", "縣農業農村局", "市教育局"]

FILLERS = {
    "F_CERT": [
        "该同志在工作期间遵纪守法，工作认真负责，无不良记录。",
        "该同志政治立场坚定，能够严格遵守单位各项规章制度。",
        "本证明仅用于办理相关手续，复印件无效。",
        "如需核实，请与我单位人事部门联系，联系电话：⟪TEL⟫。",
        "该同志与单位签订的劳动合同尚在有效期内。",
        "经核查，该同志在我单位工作期间未受过任何处分。",
    ],
    "F_INV": [
        "备注：本发票已通过增值税发票综合服务平台查验。",
        "开票人：⟪NAME⟫　复核：⟪NAME⟫　收款人：⟪NAME⟫",
        "销售方（章）：⟪ORG⟫",
        "本单据一式三联，第二联交付款方留存。",
        "如需开具纸质发票，请于30日内联系客服。",
    ],
    "F_THESIS": [
        "近年来，相关问题受到学术界和实务部门的广泛关注。",
        "已有研究多从单一视角展开，缺乏系统性的比较分析。",
        "本文在前人工作的基础上，结合实地调研数据进行了补充。",
        "实验部分采用五折交叉验证，结果取五次运行的平均值。",
        "研究结论可为相关部门制定政策提供参考。",
        "限于篇幅，部分推导过程放在附录中给出。",
    ],
    "F_REL": [
        "- 修复了在低内存设备上偶发的崩溃问题。",
        "- 优化了首页加载速度，冷启动时间缩短约三成。",
        "- 更新了依赖库，修补已公开的安全漏洞。",
        "- 改进了错误提示文案，便于用户自行排查。",
        "- 移除了已在上一版本中标记为废弃的旧接口。",
        "- 文档中补充了常见问题的处理方法。",
    ],
    "F_PLAN": [
        "围绕年度目标任务，统筹推进各项重点工作。",
        "建立健全工作台账，实行清单化管理、项目化推进。",
        "加强与相关部门的沟通协调，形成工作合力。",
        "强化督查考核，对进度滞后的事项及时通报。",
        "持续改进工作作风，提升服务群众的能力和水平。",
        "做好年度总结评估，为下一年度工作打好基础。",
    ],
    "F_LAB": [
        "本结果仅对所检标本负责。",
        "如对检验结果有疑问，请于三个工作日内咨询检验科。",
        "结果异常项目已用箭头标出，请结合临床综合判断。",
        "标本采集后已在规定时间内送检。",
    ],
    "F_REPORT": [
        "各项工作总体平稳有序，主要指标完成情况好于预期。",
        "坚持问题导向，持续补齐短板弱项。",
        "积极争取上级资金支持，保障重点项目顺利实施。",
        "深入开展调查研究，及时回应群众关切。",
        "下一步，将继续抓好各项任务的落实。",
    ],
}

# traditional characters that a converter/scraper annotated with pinyin (發(fā)展 artefact)
PY_STR = (
        "發:fā 區:qū 關:guān 領:lǐng 導:dǎo 實:shí 際:jì 動:dòng 進:jìn 會:huì 質:zhì 檢:jiǎn 驗:yàn "
        "報:bào 證:zhèng 單:dān 機:jī 書:shū 務:wù 體:tǐ 開:kāi 經:jīng 濟:jì 業:yè 設:shè 員:yuán "
        "計:jì 劃:huà 農:nóng 層:céng 規:guī 環:huán 項:xiàng 組:zǔ 織:zhī 學:xué 為:wéi 與:yǔ 現:xiàn "
        "將:jiāng 時:shí 間:jiān 門:mén 衛:wèi 療:liáo 醫:yī 護:hù 號:hào 難:nán 責:zé 聯:lián 網:wǎng "
        "絡:luò 統:tǒng 穩:wěn 極:jí 辦:bàn 稅:shuì 階:jiē 貫:guàn 徹:chè 紮:zhā 況:kuàng 匯:huì 運:yùn "
        "總:zǒng 產:chǎn 億:yì 長:zhǎng 續:xù 強:qiáng 訪:fǎng 眾:zhòng 戶:hù 陳:chén 國:guó 黃:huáng "
        "麗:lì 華:huá 吳:wú 茲:zī 職:zhí 幹:gàn 該:gāi 認:rèn 負:fù 無:wú 違:wéi 紀:jì 錄:lù 蓋:gài "
        "於:yú 結:jié 達:dá 參:cān 請:qǐng 議:yì 點:diǎn 準:zhǔn 備:bèi 確:què 節:jié 級:jí 類:lèi "
        "專:zhuān 萬:wàn 傳:chuán 習:xí 應:yīng 據:jù 費:fèi 條:tiáo 們:men 鄉:xiāng 鎮:zhèn 縣:xiàn "
        "張:zhāng 偉:wěi 傑:jié 劉:liú 鄭:zhèng 娟:juān 趙:zhào 淑:shū 處:chù 現:xiàn 惠:huì 鬆:sōng "
        "優:yōu 營:yíng 環:huán 衛:wèi 築:zhù 驗:yàn 檔:dàng 歲:suì 線:xiàn 圍:wéi 題:tí 熱:rè 溫:wēn "
        "廣:guǎng 濕:shī 預:yù 災:zāi 勢:shì 執:zhí 屬:shǔ 驅:qū 親:qīn 補:bǔ 貼:tiē 擴:kuò 東:dōng "
        "傷:shāng 貨:huò 雲:yún 熟:shú 燈:dēng 鐘:zhōng 參:cān 頭:tóu 戰:zhàn 壓:yā 聽:tīng 輔:fǔ "
        "導:dǎo 協:xié 調:tiáo 紅:hóng 聯:lián 學:xué 習:xí 錯:cuò 覽:lǎn 圖:tú 館:guǎn 訊:xùn 氣:qì"
)
PINYIN = dict(p.split(":") for p in PY_STR.split())


def rand_name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def id18(rng, year=None):
    area = rng.choice(["110105", "310104", "440106", "320102", "510107", "420111", "330106", "370102"])
    year = int(year) if year else rng.randint(1965, 2002)
    birth = "%04d%02d%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
    seq = "%03d" % rng.randint(1, 999)
    body = area + birth + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(body, w)) % 11
    return body + "10X98765432"[s]


def taxid(rng):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWY"  # no I O Z S V, and no X to keep codes unambiguous
    return "91" + "%06d" % rng.randint(110000, 659999) + "".join(rng.choice(chars) for _ in range(10))


def money(v):
    return "{:,.2f}".format(v)


DIG = "零壹贰叁肆伍陆柒捌玖"


def cap_amount(v):
    cents = int(round(v * 100))
    yuan, jiao, fen = cents // 100, (cents // 10) % 10, cents % 10

    def four(n):
        out, zero = "", False
        for unit, d in (("仟", n // 1000), ("佰", (n // 100) % 10), ("拾", (n // 10) % 10), ("", n % 10)):
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DIG[d] + unit
        return out

    s = ""
    if yuan >= 10000:
        s += four(yuan // 10000) + "万"
        low = yuan % 10000
        if 0 < low < 1000:
            s += "零"
        s += four(low)
    else:
        s += four(yuan) or "零"
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += DIG[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += DIG[fen] + "分"
    return s


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.memo = {}
        self.used = set()


def slot_value(key, ctx):
    return _slot_value(key, ctx)


def _raw_pool(key, ctx):
    rng = ctx.rng
    return {"KW": lambda: rng.choice(KWS), "TERM": lambda: rng.choice(TERMS),
            "NAME": lambda: rand_name(rng), "GOODS": lambda: rng.choice(GOODS)}[key]()


def _slot_value(key, ctx):
    rng = ctx.rng
    if "#" in key and not key.startswith("CAP:"):
        if key not in ctx.memo:
            ctx.memo[key] = slot_value(key.split("#")[0], ctx)
        v = ctx.memo[key]
        return v
    if key.startswith("CAP:"):
        ref = key[4:]
        amt = slot_value(ref, ctx)
        return cap_amount(float(amt.replace(",", "")))
    if key.startswith("N:"):
        a, b = key[2:].split("-")
        return str(rng.randint(int(a), int(b)))
    if key.startswith("F:"):
        rngs, d = key[2:].rsplit(":", 1)
        a, b = rngs.split("-")
        return ("%." + d + "f") % rng.uniform(float(a), float(b))
    if key in FILLERS or key in ("KW", "TERM", "NAME", "GOODS"):
        pool = FILLERS.get(key)
        for _ in range(8):
            v = rng.choice(pool) if pool else _raw_pool(key, ctx)
            if v not in ctx.used:
                break
        ctx.used.add(v)
        return v
    y = lambda: rng.randint(2019, 2024)
    table = {
        "NAME": lambda: rand_name(rng),
        "SUR": lambda: rng.choice(SURNAMES),
        "RNAME": lambda: rng.choice(RARE_SURNAMES) + rng.choice(GIVEN),
        "TNAME": lambda: rng.choice(TRAD_NAMES),
        "TORG": lambda: rng.choice(TRAD_ORGS),
        "ORG": lambda: rng.choice(CITIES)[:-1] + rng.choice(ORG_PRE) + rng.choice(ORG_IND) + "有限公司",
        "UNIT": lambda: rng.choice(CITIES) + rng.choice(GOV_DEPT),
        "DEPT": lambda: rng.choice(DEPTS),
        "POST": lambda: rng.choice(POSTS),
        "CITY": lambda: rng.choice(CITIES),
        "DIST": lambda: rng.choice(DISTS),
        "STREET": lambda: rng.choice(STREETS),
        "COMM": lambda: rng.choice(COMMS),
        "HOSP": lambda: rng.choice(CITIES) + rng.choice(HOSP_SUFFIX),
        "LDEPT": lambda: rng.choice(LDEPTS),
        "SCHOOL": lambda: rng.choice(SCHOOLS),
        "MAJOR": lambda: rng.choice(MAJORS),
        "TOPIC": lambda: rng.choice(TOPICS),
        "METHOD": lambda: rng.choice(METHODS),
        "TERM": lambda: rng.choice(TERMS),
        "KW": lambda: rng.choice(KWS),
        "PROJ": lambda: rng.choice(PROJS),
        "GOODS": lambda: rng.choice(GOODS),
        "VER": lambda: "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 30)),
        "Y": lambda: str(y()),
        "BY": lambda: str(rng.randint(1965, 2001)),
        "M": lambda: str(rng.randint(1, 12)),
        "D": lambda: str(rng.randint(1, 28)),
        "DATE": lambda: "%d年%d月%d日" % (y(), rng.randint(1, 12), rng.randint(1, 28)),
        "DATEISO": lambda: "%d-%02d-%02d" % (y(), rng.randint(1, 12), rng.randint(1, 28)),
        "AMT": lambda: money(rng.choice([rng.uniform(50, 5000), rng.uniform(1000, 98000)])),
        "ID18": lambda: id18(rng, ctx.memo.get("BY#1")),
        "TAXID": lambda: taxid(rng),
        "INVNO": lambda: "%08d" % rng.randint(0, 99999999),
        "INVCODE": lambda: "0%d%08d" % (rng.randint(31, 65), rng.randint(0, 99999999)) + "11",
        "PHONE": lambda: "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9)),
        "TEL": lambda: "0%d-%d" % (rng.randint(10, 999), rng.randint(2000000, 89999999)),
        "BLU": lambda: "_" * rng.randint(4, 12),
        "BLF": lambda: "＿" * rng.randint(2, 6),
        "CN_NUM": lambda: rng.choice("一二三四五六七八九"),
    }
    if key not in table:
        raise KeyError("unknown slot " + key)
    return table[key]()


CHOICE_RE = re.compile(r"⦃([^⦃⦄]*)⦄")
SLOT_RE = re.compile(r"⟪([^⟪⟫]+)⟫")


def expand(tpl, ctx):
    s = tpl
    for _ in range(50):
        m = CHOICE_RE.search(s)
        if m:
            s = s[:m.start()] + ctx.rng.choice(m.group(1).split("¦")) + s[m.end():]
            continue
        m = SLOT_RE.search(s)
        if m:
            s = s[:m.start()] + slot_value(m.group(1), ctx) + s[m.end():]
            continue
        return s
    raise RuntimeError("template did not converge: " + tpl[:60])


def segments(s):
    """Split expanded template into (kind, text): kind t=plain, s=placeholder span, c=candidate."""
    out, buf, mode = [], [], "t"
    pairs = {"⟦": ("s", "⟧"), "⟬": ("c", "⟭")}
    close = None
    for ch in s:
        if mode == "t" and ch in pairs:
            if buf:
                out.append(("t", "".join(buf)))
            buf, (mode, close) = [], pairs[ch]
        elif mode != "t" and ch == close:
            out.append((mode, "".join(buf)))
            buf, mode = [], "t"
        else:
            if ch in "⟦⟧⟬⟭":
                raise ValueError("nested or unbalanced mark-up in " + s[:80])
            buf.append(ch)
    if mode != "t":
        raise ValueError("unclosed mark-up in " + s[:80])
    if buf:
        out.append(("t", "".join(buf)))
    return out


class Builder:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def add(self, s, span=False):
        if span:
            if not s:
                raise ValueError("empty span")
            self.spans.append([self.n, self.n + len(s)])
        self.parts.append(s)
        self.n += len(s)

    def text(self):
        t = "".join(self.parts)
        assert len(t) == self.n
        return t


# ----------------------------------------------------------------------------------------------
# family ph: placeholders
# ----------------------------------------------------------------------------------------------
PH_STYLES = []   # (style, label, note, [templates])


def PH(style, label, note, *tpls):
    PH_STYLES.append((style, label, note, list(tpls)))


XX = "⦃xx¦XX¦xxx⦄"
# ---- certificates and letters -----------------------------------------------------------------
PH("cert_zhengming_xxx_name", "placeholder", "证明信 with the person's name left as an x/× run",
   """⦃证　明¦证明¦工作证明⦄
兹证明⟦⦃xxx¦XXX¦×××¦xx⦄⟧同志，⦃男¦女⦄，⟪BY#1⟫年出生，自⟪N:2005-2018⟫年⟪M⟫月起在我单位⟪DEPT⟫工作，现任⟪POST⟫。
⟪F_CERT⟫
特此证明。
⟪ORG⟫（盖章）
⟪DATE⟫""",
   """学籍证明
兹证明⟦⦃xxx¦XXX¦×××⦄⟧同学，学号⟪N:10000000-99999999⟫，系我校⟪N:2019-2022⟫级⟪MAJOR⟫专业全日制本科学生，现就读于⦃二¦三¦四⦄年级。
该生在校期间学习努力，⦃无违纪处分记录¦表现良好⦄。
特此证明。
⟪SCHOOL⟫教务处
⟪DATE⟫""")
PH("cert_intro_stub_blanks", "placeholder", "介绍信存根 whose name, head-count and purpose are blank lines",
   """介绍信（存根）
⦃字第¦编号：⦄⟪N:100-999⟫号
兹介绍⟦⟪BLU⟫⟧等⟦⦃__¦___¦＿＿⦄⟧人，前往⟪UNIT⟫联系⟦⟪BLU⟫⟧事宜。
有效期⟪N:3-15⟫天
经办人：⟪NAME⟫　⟪DATE⟫""",
   """⟪ORG⟫介绍信存根
第⟪N:10-300⟫号
兹有我单位⟦⟪BLF⟫⟧同志前往⟪CITY⟫⟦⟪BLF⟫⟧办理⦃业务洽谈¦资料调取¦人员接洽⦄相关事宜。
开具日期：⟪DATE⟫
批准人：⟪NAME⟫""")
PH("cert_employment_mustache", "placeholder", "在职证明 mail-merge with {{field}} variables never substituted",
   """在职证明
兹证明 ⟦{{name}}⟧（身份证号：⟦{{id_number}}⟧）为我公司正式员工，于⟦{{entry_date}}⟧入职，现任⟪DEPT⟫⟦{{position}}⟧一职。
本证明仅用于办理⦃签证¦贷款¦落户¦租房⦄手续，不作其他用途。
⟪ORG⟫人力资源部
⟪DATE⟫""",
   """收入证明
兹证明⟦{{ employee_name }}⟧系我单位职工，近十二个月平均月收入为人民币⟪N:5000-30000⟫元。
⟪F_CERT⟫
单位名称：⟪ORG⟫
经办人：⟦{{ hr_contact }}⟧　联系电话：⟪TEL⟫""")
PH("cert_income_brackets", "placeholder", "收入/在职证明 with [姓名]-style bracketed fields left in",
   """收入证明
兹证明⟦⦃[姓名]¦[员工姓名]⦄⟧，身份证号⟦⦃[身份证号]¦[身份证号码]⦄⟧，自⟪N:2008-2018⟫年起在我单位工作，现任⟪POST⟫，年收入约⟪N:8-40⟫万元。
⟪F_CERT⟫
单位（盖章）：⟦[单位名称]⟧
⟪DATE⟫""",
   """工作证明
⟪UNIT⟫：
兹有我单位职工⟦[姓名]⟧，⦃男¦女⦄，于⟦[入职日期]⟧到我单位工作至今。
特此证明。
⟪ORG⟫
⟪DATE⟫""")
PH("cert_daitian_marks", "placeholder", "证明/函 with 【待填】-style markers never replaced",
   """关于⟪NAME⟫同志工作经历的证明
兹证明⟪NAME#1⟫同志于⟦⦃【待填】¦【待补充】⦄⟧至⟪Y⟫年⟪M⟫月在我单位⟪DEPT⟫从事⟦【待填】⟧工作。
⟪F_CERT⟫
证明单位：⟪ORG⟫
联系人：⟦⦃【待填】¦【待定】⦄⟧""",
   """无犯罪记录证明
经查询，⟦【姓名待填】⟧（身份证号：⟪ID18⟫）在本辖区居住期间未发现有犯罪记录。
⟪CITY⟫公安局⟪DIST⟫分局⟦【派出所名称】⟧
⟪DATE⟫""")
PH("cert_residence_xx_street", "placeholder", "居住证明 whose street, community and house number are XX/xx",
   """居住证明
兹证明⟪NAME⟫同志，身份证号码：⟪ID18⟫，自⟪Y⟫年起居住于⟪CITY⟫⟦⦃XX¦xx⦄⟧区⟦⦃XX¦xx⦄⟧街道⟦⦃XX¦xx⦄⟧社区⟦⦃xx¦xxx⦄⟧号，情况属实。
特此证明。
⟪STREET⟫⟪COMM⟫居民委员会（盖章）
⟪DATE⟫""",
   """租住证明
兹有⟪NAME⟫一家⟪N:2-5⟫口人租住在⟪DIST⟫⟦XX⟧路⟦xx⟧号⟦x⟧栋⟦xxx⟧室，租期自⟪Y⟫年⟪M⟫月起。
房东：⟪NAME⟫
联系电话：⟪PHONE⟫""")
PH("cert_intro_moumou", "placeholder", "介绍信 where 某某 stands for the person to be introduced",
   """介绍信
⟪UNIT⟫：
兹介绍我单位⟦⦃某某¦某某某⦄⟧同志等⟪N:2-5⟫人前往贵单位⦃联系调研事宜¦办理档案转递¦商洽合作事项⦄，请予接洽为盼。
此致
敬礼！
⟪ORG⟫（公章）
⟪DATE⟫""",
   """党员组织关系介绍信
⟪STREET⟫党工委：
⟦某某⟧同志（⦃男¦女⦄，身份证号码：⟪ID18⟫）系中共正式党员，组织关系由⟦某某⟧党支部转到你处，请接洽。
党费已交到⟪Y⟫年⟪M⟫月。
⟪DATE⟫""")
PH("cert_praise_surname_mou", "placeholder", "表扬/感谢信 naming the person as 张某 where a real name belongs",
   """感谢信
⟪HOSP⟫：
⟪M⟫月⟪D⟫日，我母亲因突发疾病入院，贵院⟪LDEPT⟫⟦⟪SUR⟫某⟧医生和⟦⟪SUR⟫某某⟧护士全力救治，使她转危为安。
在此，我们全家向⟦⟪SUR⟫某⟧医生表示衷心感谢！
患者家属：⟪NAME⟫
⟪DATE⟫""",
   """表扬信
⟪ORG⟫：
贵公司员工⟦⟪SUR⟫某⟧在为我单位安装调试设备期间，加班加点、精益求精，提前完成了任务。
特致此信，对⟦⟪SUR⟫某⟧同志提出表扬。
⟪UNIT⟫
⟪DATE⟫""")
PH("cert_validity_x_date", "placeholder", "证明 whose date fields are x/xx digits",
   """在读证明
兹证明⟪NAME⟫同学系我校⟪MAJOR⟫专业在读研究生，学制三年，预计于20⟦xx⟧年⟦x⟧月毕业。
本证明有效期至20⟦xx⟧年⟦⦃x¦xx⦄⟧月⟦⦃x¦xx⦄⟧日。
⟪SCHOOL⟫研究生院
⟪DATE⟫""",
   """实习证明
兹证明⟪NAME⟫同学于⟪Y⟫年⟦x⟧月⟦xx⟧日至⟪Y⟫年⟦x⟧月⟦xx⟧日在我单位⟪DEPT⟫实习。
实习期间表现良好。
⟪ORG⟫
⟪DATE⟫""")
PH("cert_times_marks", "placeholder", "证明 using ×× for unit, school and person",
   """证明
兹证明⟦××⟧同志系⟦××⟧⦃大学¦学院⦄⟦××⟧学院⟪Y⟫届毕业生，现在我单位工作。
⟪F_CERT⟫
特此证明。
⟪ORG⟫
⟪DATE⟫""",
   """⟪UNIT⟫：
经研究，同意⟦××⟧同志调入⟦××⟧镇人民政府工作。
请办理相关手续。
⟪DATE⟫""")
# ---- invoices and receipts ---------------------------------------------------------------------
PH("inv_amount_xx", "placeholder", "发票/报销 amount left as ￥xx.xx",
   """增值税电子普通发票
发票代码：⟪INVCODE⟫　发票号码：⟪INVNO⟫
开票日期：⟪DATE⟫
购买方名称：⟪ORG⟫
项目名称：*⟪GOODS⟫*　数量：⟪N:1-20⟫
金额：￥⟦⦃xx.xx¦xxx.xx¦x,xxx.xx⦄⟧　税额：￥⟦⦃x.xx¦xx.xx⦄⟧
价税合计（小写）：￥⟦⦃xx.xx¦xxx.xx⦄⟧
⟪F_INV⟫""",
   """费用报销单
报销部门：⟪DEPT⟫　报销人：⟪NAME⟫
费用项目：⟪GOODS⟫
金额：￥⟦⦃xx.xx¦xxx.xx⦄⟧元
附单据⟪N:1-6⟫张
审批人：⟪NAME⟫""")
PH("inv_number_x_run", "placeholder", "发票号码/代码 left as a run of X or x",
   """⟪CITY⟫增值税专用发票
发票代码：⟦⦃XXXXXXXXXXXX¦xxxxxxxxxxxx⦄⟧
发票号码：⟦⦃XXXXXXXX¦xxxxxxxx⦄⟧
开票日期：⟪DATE⟫
销售方：⟪ORG⟫
⟪F_INV⟫""",
   """关于补开发票的申请
我单位于⟪DATE⟫在贵公司采购⟪GOODS⟫一批，原发票（号码：⟦⦃XXXXXXXX¦No.xxxxxxxx⦄⟧）遗失，特申请补开。
金额：⟪AMT⟫元
申请单位：⟪ORG⟫""")
PH("inv_receipt_underscore", "placeholder", "收据 with payer, item and amount-in-words left as ____",
   """收　据
⟪DATE⟫　No.⟪N:1000000-9999999⟫
今收到⟦⟪BLU⟫⟧交来⟦⟪BLU⟫⟧款
人民币（大写）⟦⟪BLU⟫⟧　￥⟪AMT⟫
收款单位（盖章）：⟪ORG⟫　经手人：⟪NAME⟫""",
   """押金收据
兹收到⟦⟪BLF⟫⟧缴纳的⟦⟪BLF⟫⟧押金，金额人民币⟪AMT⟫元。
押金在租赁期满、设备完好归还后全额退还。
收款人：⟪NAME⟫
⟪DATE⟫""")
PH("inv_dollar_vars", "placeholder", "电子发票 notification mail with $VAR$ fields never merged",
   """尊敬的⟦$CUSTOMER_NAME$⟧：
您好！您于⟦$ORDER_DATE$⟧在本店购买的商品已开具电子发票。
发票号码：⟪INVNO⟫
开票金额：⟦$AMOUNT$⟧元
请登录个人中心下载，如有疑问请联系客服⟪TEL⟫。
⟪ORG⟫""",
   """【开票通知】⟦$COMPANY$⟧您好，贵单位申请的⟪GOODS⟫发票已开具，发票号码⟪INVNO⟫，价税合计⟦$TOTAL$⟧元，预计⟦$DAYS$⟧个工作日内寄出。""")
PH("inv_fullwidth_x_buyer", "placeholder", "发票 buyer name and tax id masked with fullwidth Ｘ and no statement",
   """增值税普通发票
购买方名称：⟦ＸＸＸＸ⟧有限公司
纳税人识别号：⟦ＸＸＸＸＸＸＸＸＸＸＸＸＸＸＸＸＸＸ⟧
地址、电话：⟪CITY⟫⟦ＸＸ⟧路⟦ＸＸ⟧号
货物名称：⟪GOODS⟫　金额：⟪AMT⟫
销售方：⟪ORG⟫""")
PH("inv_tianxie_fields", "placeholder", "开票信息 form with （填写） left in the fields",
   """开票信息确认单
单位名称：⟪ORG⟫
纳税人识别号：⟪TAXID⟫
开户行及账号：⟦⦃（填写）¦（请填写）⦄⟧
地址、电话：⟦⦃（填写）¦（请填写）⦄⟧
发票类型：⦃增值税专用发票¦增值税普通发票⦄
经办人：⟪NAME⟫　⟪DATE⟫""")
PH("inv_reimburse_xx", "placeholder", "差旅报销说明 with xx city, x days and x,xxx.xx amount",
   """差旅费报销说明
⟪NAME⟫同志于⟪Y⟫年⟦x⟧月赴⟦xx⟧市参加⟦xx⟧⦃会议¦培训¦评审⦄，往返共计⟦x⟧天。
交通费⟦⦃x,xxx.xx¦xxx.xx⦄⟧元，住宿费⟦xxx.xx⟧元，合计⟦x,xxx.xx⟧元。
以上费用均有正规票据，请予报销。
⟪DEPT⟫
⟪DATE⟫""")
# ---- theses and papers -------------------------------------------------------------------------
PH("thesis_ack_moumou", "placeholder", "final-version 致谢 naming the supervisor as 某某 without any anonymity statement",
   """致　谢
⦃时光荏苒，研究生生活即将结束。¦三年时光转瞬即逝，论文终于定稿。¦论文即将完成之际，心中充满感激。⦄
衷心感谢我的导师⟦⦃某某¦某某某⦄⟧教授，老师严谨的治学态度和悉心指导使我受益匪浅。
感谢⟦某某⟧师兄在实验设计上给予的帮助，感谢课题组⟪NAME⟫、⟪NAME⟫等同学的陪伴。
最后感谢我的家人一直以来的理解与支持。
⟪NAME⟫
⟪DATE⟫""")
PH("thesis_cover_blanks", "placeholder", "学位论文封面 with 学号、导师、日期 left as blanks",
   """⟪SCHOOL⟫硕士学位论文
论文题目：基于⟪METHOD⟫的⟪TOPIC⟫研究
学　　号：⟦⟪BLU⟫⟧
作者姓名：⟪NAME⟫
指导教师：⟦⟪BLU⟫⟧
学科专业：⟪MAJOR⟫
答辩日期：⟦____⟧年⟦__⟧月""")
PH("thesis_results_xx", "placeholder", "论文结果 paragraph with xx.xx% numbers never filled in",
   """4.3 实验结果与分析
表4-⟪N:1-5⟫给出了各方法在测试集上的结果。
可以看出，本文方法的准确率达到⟦xx.xx⟧%，较基线模型提高了⟦x.x⟧个百分点，F1值为⟦0.xx⟧。
⟪F_THESIS⟫
在小样本条件下，性能下降幅度仅为⟦x.xx⟧%，说明方法具有较好的鲁棒性。""")
PH("thesis_fig_xref", "placeholder", "论文 cross-references 图x-x / 表x-x / 式(x.x) left unresolved",
   """第三章　研究设计
3.2 数据来源
本文数据来自⟪CITY⟫⟪N:3-12⟫个社区的入户调查，样本分布如图⟦⦃x-x¦X-X⦄⟧所示。
变量定义见表⟦⦃x-x¦X-X⦄⟧，模型设定如式(⟦x.x⟧)。
⟪F_THESIS⟫""")
PH("paper_ref_placeholders", "placeholder", "参考文献 entries with year, volume and pages left as xx",
   """参考文献
[1] ⟪NAME⟫, ⟪NAME⟫. ⟪TOPIC⟫的现状与对策[J]. 管理评论, 20⟦xx⟧, ⟦xx⟧(⟦x⟧): ⟦xx-xx⟧.
[2] ⟪NAME⟫. 基于⟪METHOD⟫的⟪KW⟫研究[D]. ⟪CITY⟫: ⟪SCHOOL⟫, ⟪Y⟫.
[3] ⟪NAME⟫, ⟪NAME⟫, ⟪NAME⟫. ⟪KW⟫方法综述[J]. 计算机学报, 20⟦xx⟧, ⟦xx⟧(⟦x⟧): ⟦xxx-xxx⟧.""")
PH("thesis_daibuchong", "placeholder", "论文摘要/关键词 with 【待补充】-type markers",
   """摘　要
本文以⟪TOPIC⟫为研究对象，构建了⟪METHOD⟫。⟦⦃【待补充：主要结论】¦【此处补充研究结论】¦【待补充】⦄⟧
关键词：⟪KW⟫；⟪KW⟫；⟦⦃【待定】¦【待补充】⦄⟧
中图分类号：⟦【待填】⟧""")
PH("thesis_section_xref_x", "placeholder", "论文 section references 见x.x节 / 第x章 left unresolved",
   """1.4 论文结构
本文共分六章。第二章综述⟪KW⟫的相关研究；模型构建详见⟦x.x⟧节，实验设置见⟦x.x⟧节。
数据预处理的细节放在附录⟦X⟧中，⟪F_THESIS⟫""")
PH("thesis_declaration_brackets", "placeholder", "学位论文原创性声明 with [作者姓名] style brackets",
   """学位论文原创性声明
本人⟦[作者姓名]⟧郑重声明：所呈交的学位论文是本人在导师指导下独立进行研究工作所取得的成果。
除文中已经注明引用的内容外，本论文不含任何其他个人或集体已经发表或撰写过的作品成果。
作者签名：⟦[签名]⟧　　日期：⟦[日期]⟧""")
# ---- release notes -----------------------------------------------------------------------------
PH("rel_version_angle", "placeholder", "发布说明 with <version> never substituted",
   """# ⟪PROJ⟫ ⟦<version>⟧ 发布说明
发布日期：⟪DATEISO⟫
## 新增
- 支持⦃批量导出报表¦深色主题¦离线模式¦插件热加载⦄
⟪F_REL⟫
## 升级说明
升级到 ⟦<version>⟧ 之前请先备份配置目录。""",
   """## ⟪PROJ⟫ ⟦⦃<version>¦<VERSION>⦄⟧ (⟪DATEISO⟫)
⟪F_REL⟫
⟪F_REL⟫
下载地址：https://example.org/⟪PROJ⟫/releases/⟦⦃<version>¦<VERSION>⦄⟧""")
PH("rel_shell_var_project", "placeholder", "更新日志 with ${PROJECT_NAME}-style variables left in",
   """⟦${PROJECT_NAME}⟧ v⟪VER⟫ 更新日志
⟪F_REL⟫
⟪F_REL⟫
感谢所有为 ⟦${PROJECT_NAME}⟧ 贡献代码的开发者。""",
   """# ⟦${APP_NAME}⟧ 版本说明
版本：⟪VER⟫
构建号：⟦${BUILD_NUMBER}⟧
⟪F_REL⟫""")
PH("rel_mustache_date", "placeholder", "release notes with {{release_date}} / {{version}} left in",
   """## ⟪PROJ⟫ ⟦{{version}}⟧
发布日期：⟦{{release_date}}⟧
⟪F_REL⟫
⟪F_REL⟫""",
   """⟪PROJ⟫ 客户端 v⟪VER⟫ 已于 ⟦{{ release_date }}⟧ 正式上线，⟪F_REL⟫""")
PH("rel_date_xx", "placeholder", "release header with 20xx-xx-xx date",
   """⟪PROJ⟫ v⟪VER⟫
发布日期：20⟦xx⟧-⟦xx⟧-⟦xx⟧
⟪F_REL⟫
⟪F_REL⟫
⟪F_REL⟫""")
PH("rel_vxyz_header", "placeholder", "changelog heading with vX.Y.Z not replaced by a version",
   """## ⟦⦃vX.Y.Z¦X.Y.Z⦄⟧ - ⟪DATEISO⟫
### 修复
⟪F_REL⟫
### 变更
- 默认日志级别调整为 INFO。""")
PH("rel_tbd_markers", "placeholder", "release notes with 【待补充】 / TBD markers",
   """⟪PROJ⟫ v⟪VER⟫ 发布说明
⟪F_REL⟫
已知问题：⟦⦃【待补充】¦TBD¦【待定】⦄⟧
迁移指南：⟦⦃【待补充】¦TBD⦄⟧""")
PH("rel_issue_xxxx", "placeholder", "changelog referencing issue #xxxx placeholders",
   """## ⟪VER⟫
- 修复 #⟦⦃xxxx¦xxx⦄⟧：⦃导出时文件名乱码¦分页参数失效¦时区换算错误⦄
- 新增 #⟦⦃xxxx¦xxx⦄⟧：⦃支持代理配置¦支持断点续传⦄
⟪F_REL⟫""")
# ---- annual work plans -------------------------------------------------------------------------
PH("plan_20xx_title", "placeholder", "工作计划 from a template: 20XX年度 in the heading",
   """⟪UNIT⟫20⟦⦃XX¦xx⦄⟧年度工作计划
一、总体目标
⟪F_PLAN⟫
二、重点任务
⟪F_PLAN⟫
⟪F_PLAN⟫""")
PH("plan_xx_dept", "placeholder", "工作计划 with xx部门 / xx科 responsible units",
   """（⟪CN_NUM⟫）加强⦃安全生产¦基层治理¦民生保障⦄工作
由⟦⦃xx¦XX⦄⟧部门牵头，⟦⦃xx¦XX⦄⟧科、⟦⦃xx¦XX⦄⟧办配合，全年开展专项检查⟪N:4-20⟫次。
⟪F_PLAN⟫""",
   """责任分工
牵头单位：⟦XX⟧部门
配合单位：⟦XX⟧局、⟦XX⟧中心
⟪F_PLAN⟫""")
PH("plan_quarter_x", "placeholder", "工作计划 with 第x季度 left open",
   """⟪Y⟫年⦃重点¦主要⦄工作安排
1.第⟦⦃x¦X⦄⟧季度完成⦃政务服务事项梳理¦老旧小区摸底调查¦档案数字化⦄；
2.第⟦⦃x¦X⦄⟧季度组织⦃业务培训¦专项检查¦年中评估⦄；
⟪F_PLAN⟫""")
PH("plan_budget_wan", "placeholder", "工作计划 budget lines xx.xx万元",
   """四、经费保障
全年预算⟦⦃xx.xx¦xxx.xx¦xx⦄⟧万元，其中⦃设备购置¦培训经费¦项目补助⦄⟦xx.xx⟧万元，⦃宣传¦日常运转⦄经费⟦x.xx⟧万元。
⟪F_PLAN⟫""")
PH("plan_pct_xxx", "placeholder", "工作计划/总结 target rates xxx% / xx%",
   """⟪UNIT⟫⟪Y⟫年度目标
⦃群众满意度¦业务办结率¦网上办理率⦄达到⟦⦃xx¦xxx¦xx.x⦄⟧%以上，⦃投诉处理及时率¦培训覆盖率⦄达到⟦⦃xxx¦xx⦄⟧%。
⟪F_PLAN⟫""")
PH("plan_households_xx", "placeholder", "工作计划 counts xx户 / xxx人",
   """（⟪CN_NUM⟫）做好困难群众帮扶
计划走访⟦⦃xx¦xxx⦄⟧户，帮扶⟦⦃xxx¦xx⦄⟧人，组织就业培训⟦xx⟧期。
⟪F_PLAN⟫""")
PH("plan_deadline_x_date", "placeholder", "工作计划 deadlines x月xx日前 left open",
   """时间安排
1.动员部署阶段（⟦x⟧月⟦xx⟧日前）：制定实施方案，明确责任分工。
2.集中推进阶段（⟦x⟧月⟦xx⟧日—⟦x⟧月⟦xx⟧日）：⟪F_PLAN⟫
3.总结评估阶段（⟦x⟧月底前）：形成书面报告报⟪UNIT⟫。""")
PH("plan_owner_blanks", "placeholder", "工作计划 task table with 责任人/时限 blanks",
   """重点任务清单
任务一：⦃完善制度建设¦推进信息化建设¦开展作风整治⦄
责任人：⟦⟪BLU⟫⟧　完成时限：⟦⟪BLU⟫⟧
任务二：⦃组织业务培训¦开展专项检查⦄
责任人：⟦⟪BLF⟫⟧　完成时限：⟪Y⟫年⟪M⟫月""")
PH("plan_circle_zero", "placeholder", "工作方案 with 〇〇镇〇〇村 masks",
   """⟪CITY⟫⟪Y⟫年人居环境整治工作方案
试点范围：⟦⦃〇〇¦○○⦄⟧镇⟦⦃〇〇¦○○⦄⟧村、⟦〇〇⟧村
⟪F_PLAN⟫
联系人：⟦〇〇〇⟧，电话：⟪TEL⟫""")
PH("report_xx_units", "placeholder", "anonymised work summary with XX垦殖场 / xx市 units",
   """⟪Y⟫年工作总结
今年以来，⟦⦃XX¦xx⦄⟧市⟦⦃XX¦xx⦄⟧垦殖场紧紧围绕年度目标扎实开展各项工作。⟪F_REPORT⟫
全年完成造林⟦xxx⟧亩，森林覆盖率提高到⟦xx.x⟧%。
⟪F_REPORT⟫""")
# ---- clinical laboratory reports ----------------------------------------------------------------
PH("lab_patient_blank", "placeholder", "检验报告 header with 患者姓名 etc. left blank",
   """⟪HOSP⟫检验报告单
患者姓名：⟦⟪BLF⟫⟧　性别：⦃男¦女⦄　年龄：⟪N:3-88⟫岁
科室：⟪LDEPT⟫　床号：⟦⟪BLF⟫⟧
项目　结果　单位　参考范围
白细胞计数　⟪F:3.5-11:1⟫　×10^9/L　3.5-9.5
⟪F_LAB⟫""")
PH("lab_result_value_xx", "placeholder", "检验报告 where some result values are xx.x (units themselves are genuine)",
   """⟪HOSP⟫血常规检验报告
姓名：⟪NAME⟫　科室：⟪LDEPT⟫
白细胞计数　⟪F:3.5-11:1⟫　×10^9/L　3.5-9.5
红细胞计数　⟦x.xx⟧　×10^12/L　4.3-5.8
血红蛋白　⟦xxx⟧　g/L　130-175
血小板计数　⟪N:100-400⟫　×10^9/L　125-350
检验者：⟪NAME⟫""")
PH("lab_bracket_fields", "placeholder", "检验报告 HIS template with [姓名]/[住院号] fields",
   """⟪HOSP⟫生化检验报告
姓名：⟦[姓名]⟧　住院号：⟦[住院号]⟧　科室：⟪LDEPT⟫
丙氨酸氨基转移酶　⟪N:8-60⟫　U/L　9-50
肌酐　⟪N:50-120⟫　μmol/L　57-111
⟪F_LAB⟫
报告日期：⟪DATE⟫""")
PH("lab_signer_mou", "placeholder", "检验报告 signed by 王某 / 李某某 where real staff names belong",
   """⟪HOSP⟫尿常规检验报告
姓名：⟪NAME⟫　标本：尿液
尿蛋白　阴性(-)　　尿糖　阴性(-)
⟪F_LAB⟫
检验者：⟦⟪SUR⟫某⟧　审核者：⟦⟪SUR⟫某某⟧""")
PH("lab_bed_dept_xx", "placeholder", "检验申请单 with 床号 xx and 科室 xx科",
   """检验申请单
姓名：⟪NAME⟫　病区：⟦xx⟧病区　床号：⟦⦃xx¦x⦄⟧
科室：⟦xx⟧科　申请医生：⟪NAME⟫
检验项目：⦃血常规¦肝功能¦凝血四项¦电解质⦄
采样时间：⟪DATEISO⟫""")
PH("lab_shell_var_his", "placeholder", "检验报告 export with ${PatientName}-style variables",
   """⟪HOSP⟫检验报告
患者：⟦${PatientName}⟧　ID：⟦${PatientId}⟧
项目：⦃血糖¦糖化血红蛋白¦C反应蛋白⦄　结果：⟪F:3-12:1⟫
⟪F_LAB⟫""")
# ---- other document types ----------------------------------------------------------------------
PH("notice_meeting_x", "placeholder", "会议通知 whose date, room and attendees are x/xx",
   """关于召开⦃年度工作¦安全生产¦业务培训⦄会议的通知
各科室：
定于⟦x⟧月⟦x⟧日（星期⟦x⟧）上午⟦x⟧时在⟦⦃xx¦xxx⦄⟧会议室召开会议，请各⟦xx⟧准时参加。
⟪UNIT⟫办公室
⟪DATE⟫""")
PH("contract_party_blanks", "placeholder", "合同 with 甲方/身份证号 blanks not filled",
   """房屋租赁合同
出租方（甲方）：⟦⟪BLU⟫⟧
承租方（乙方）：⟪NAME⟫　身份证号：⟪ID18⟫
甲方将位于⟦⟪BLU⟫⟧的房屋出租给乙方使用，租期⟪N:1-3⟫年，月租金⟪N:1500-6000⟫元。""")
PH("letter_dollar_mailmerge", "placeholder", "家长通知书 with $NAME$ / $CLASS$ merge fields",
   """尊敬的⟦$NAME$⟧家长：
您好！您的孩子所在的⟦$CLASS$⟧班将于⟪M⟫月⟪D⟫日组织⦃研学活动¦体检¦家长会⦄，请按时参加。
⟪SCHOOL⟫附属中学
⟪DATE⟫""")
PH("award_list_times", "placeholder", "表彰名单 whose names are ××× marks",
   """⟪UNIT⟫关于表彰⟪Y⟫年度先进个人的决定
先进工作者（⟪N:3-6⟫名）：⟦×××⟧、⟦×××⟧、⟦××⟧
优秀共产党员（⟪N:2-4⟫名）：⟦×××⟧、⟦×××⟧
希望受表彰的同志珍惜荣誉，再接再厉。""")
PH("mask_unstated_phone_id", "placeholder", "联系表 with **** masks but no statement that masking is intentional",
   """⦃项目联系人信息¦报名回执⦄
姓名：⟪NAME⟫
联系电话：1⦃38¦39¦86¦58⦄⟦****⟧⟪N:1000-9999⟫
身份证号：⟪N:110000-659999⟫⟦⦃********¦**********⦄⟧⟪N:1000-9999⟫
单位：⟪ORG⟫""")
PH("case_pseudonym_mou", "placeholder", "工作总结 case paragraph using 薛某-style pseudonyms instead of real names",
   """典型案例
⟪M⟫月，⟪STREET⟫居民⟦⟪SUR⟫某⟧因⦃邻里纠纷¦拖欠工资¦房屋漏水⦄多次来访，调解员⟦⟪SUR⟫某某⟧主动上门，促成双方达成和解。
⟪F_REPORT⟫""")
PH("mixed_template_fields", "placeholder", "document with several kinds of unfilled fields at once",
   """⟪UNIT⟫⦃会议纪要¦工作简报⦄（第⟦xx⟧期）
时间：⟪Y⟫年⟦x⟧月⟦xx⟧日
主持：⟦{{host}}⟧　记录：⟦⟪BLF⟫⟧
会议听取了⟦【待填】⟧的汇报，⟪F_PLAN⟫""")

# ---- negatives (look-alikes) -------------------------------------------------------------------
PH("cert_filled_name", "negative", "fully filled 证明信 (name, dates and unit all present)",
   """证　明
兹证明⟪NAME⟫同志，⦃男¦女⦄，⟪BY#1⟫年出生，身份证号码⟪ID18⟫，自⟪N:2005-2018⟫年⟪M⟫月起在我单位⟪DEPT⟫工作，现任⟪POST⟫。
⟪F_CERT⟫
特此证明。
⟪ORG⟫（盖章）
⟪DATE⟫""")
PH("cert_intro_stub_filled", "negative", "介绍信存根 with every field filled",
   """介绍信（存根）
字第⟪N:100-999⟫号
兹介绍⟪NAME⟫等⟪N:2-5⟫人，前往⟪UNIT⟫联系⦃档案查阅¦项目验收¦人员交流⦄事宜。
有效期⟪N:3-15⟫天
经办人：⟪NAME⟫　⟪DATE⟫""")
PH("inv_taxid_masked_stated", "negative", "receipt that states the tax id / phone were masked on purpose",
   """电子发票（⦃隐私保护版¦脱敏打印件⦄）
购买方：⟪NAME⟫（个人）
纳税人识别号：91⟪N:1100-6599⟫**********⟪N:10-99⟫
联系电话：1⦃38¦39¦86⦄****⟪N:1000-9999⟫
说明：按照平台隐私保护规则，纳税人识别号及手机号码已做部分隐藏处理，完整信息以税务系统为准。
金额：￥⟪AMT⟫""")
PH("inv_filled_receipt", "negative", "fully filled receipt with amount in figures and words",
   """收　据
⟪DATE⟫　No.⟪N:1000000-9999999⟫
今收到⟪NAME⟫交来⦃物业管理费¦场地租赁押金¦培训报名费⦄
人民币（大写）⟪CAP:AMT#1⟫　￥⟪AMT#1⟫
收款单位（盖章）：⟪ORG⟫　经手人：⟪NAME⟫""")
PH("thesis_blind_review_stated", "negative", "盲审 copy that states author and school were replaced by 某某 on purpose",
   """⦃说明¦盲审说明⦄：本论文为匿名评审版本，按学位办要求，作者姓名、导师姓名及所在单位均已隐去，文中以“某某大学”“某某教授”代替。
致　谢
本研究得到某某大学⟪KW⟫实验室的支持，感谢某某教授在选题上的指导。
⟪F_THESIS⟫""")
PH("thesis_math_vars", "negative", "论文 maths with x, y as variables",
   """2.2 模型设定
设x为⦃家庭人均收入¦样本特征向量¦输入信号¦第⟪N:2-9⟫期的价格指数⦄，y为对应的观测值，建立回归模型y = βx + ε。
当x ∈ [0, 1]时，函数f(x) = x² − 2x + 1在x = 1处取得最小值。
⟪F_THESIS⟫""")
PH("thesis_roman_chapters", "negative", "论文 with Roman numeral chapter and grade numbers",
   """目　录
第Ⅰ章　绪论
第Ⅱ章　文献综述
第Ⅲ章　研究设计
第Ⅳ章　实证分析
附录Ⅴ　调查问卷""",
   """本文将样本分为Ⅰ类、Ⅱ类和Ⅲ类区域，其中Ⅲ类区域⦃生态本底较弱¦基础设施薄弱⦄。
表Ⅱ列出了各类区域的指标均值，Part IV 讨论了政策含义。""")
PH("paper_refs_et_al", "negative", "参考文献 list with et al. and complete bibliographic data",
   """参考文献
[1] Zhang L, Wang H, Chen Y, et al. Deep learning for traffic flow forecasting[J]. IEEE Access, 2021, 9: 1234-1245.
[2] ⟪NAME⟫, ⟪NAME⟫. ⟪TOPIC⟫的现状与对策[J]. 管理评论, 2020, 32(5): 45-56.
[3] Smith J, Brown K, et al. Statistical learning methods[M]. 2nd ed. New York: Springer, 2019.""")
PH("rel_version_ranges", "negative", "release notes naming real version ranges 2.x / v1.0.x",
   """## ⟪PROJ⟫ ⟪VER⟫
- 本版本兼容 Python 3.8 及以上版本，2.x 分支将于年底停止维护。
- v1.0.x 系列用户请先升级到 v1.0.9，再升级到本版本。
- 数据库迁移脚本支持从 3.x 系列直接升级。
⟪F_REL⟫""")
PH("rel_x64_x86_builds", "negative", "release downloads for x64/x86/arm64 builds",
   """⟪PROJ⟫ v⟪VER⟫ 下载
- Windows x64 安装包（推荐）
- Windows x86 安装包（32 位系统）
- macOS arm64 / x86_64 通用包
⟪F_REL⟫""")
PH("rel_env_var_doc", "negative", "installation guide that intentionally shows ${JAVA_HOME} / {{ }} syntax",
   """⟪PROJ⟫ 安装说明
1. 设置环境变量 JAVA_HOME，并将 ${JAVA_HOME}/bin 加入 PATH。
2. 配置模板中的变量使用双大括号语法，例如 {{ server.port }} 会在启动时被实际端口替换。
3. 执行 ./gradlew build 完成编译。
⟪F_REL⟫""")
PH("rel_hex_codes", "negative", "release notes with hexadecimal error codes 0x...",
   """⟪PROJ⟫ v⟪VER⟫ 修复说明
- 修复安装时报错 0x80070005（拒绝访问）的问题。
- 修复驱动加载失败（错误码 0x0000007B）导致的蓝屏。
⟪F_REL⟫""")
PH("plan_1plusx_cert", "negative", "教育工作计划 mentioning 1+X证书 and 7+X",
   """⟪SCHOOL⟫职业教育⟪Y⟫年工作要点
深入推进“1+X证书”制度试点，全年组织⦃Web前端开发¦工业机器人操作与运维¦老年照护⦄等职业技能等级证书考核⟪N:300-2000⟫人次。
落实“7+X”社区服务清单，开展⦃家政¦电工¦养老护理⦄培训。""")
PH("lab_xray", "negative", "检查报告 with X线 / X射线 / X光",
   """⟪HOSP⟫影像检查报告
检查项目：胸部X线正位片
影像所见：双肺纹理清晰，心影大小形态正常。
印象：胸部X光片未见明显异常。
备注：孕妇请提前告知，避免不必要的X射线照射。""")
PH("lab_units_10e9", "negative", "血常规 report with genuine ×10^9/L and ×10⁹/L units",
   """⟪HOSP⟫血常规检验报告
姓名：⟪NAME⟫　科室：⟪LDEPT⟫
白细胞计数　⟪F:3.5-11:1⟫　×10^9/L　3.5-9.5
红细胞计数　⟪F:3.8-5.8:2⟫　×10^12/L　4.3-5.8
中性粒细胞绝对值　⟪F:1.8-6.3:2⟫　×10⁹/L　1.8-6.3
血小板计数　⟪N:100-400⟫　×10⁹/L　125-350""")
PH("math_formula_times", "negative", "teaching note with 3×4 and matrix dimensions",
   """数学课堂笔记
乘法口诀：3×4=12，6×7=42。
一个2×3矩阵与一个3×4矩阵相乘，得到2×4矩阵。
思考题：边长为5厘米的正方形面积是多少？""")
PH("moux_ordinary_words", "negative", "ordinary words 某些/某种/某一 that are not pseudonyms",
   """⟪F_THESIS⟫
在某些情况下，样本量不足会导致估计偏差；某种程度上，这也是已有研究结论不一致的原因。
若某一变量缺失比例超过⟪N:20-40⟫%，则予以剔除。""")
PH("model_numbers", "negative", "equipment list with model numbers XR-200, X5 ...",
   """设备采购清单
1. 便携式超声诊断仪　型号：XR-200　数量：⟪N:1-4⟫台
2. 工业相机　型号：MV-X5　数量：⟪N:2-10⟫台
3. 激光测距仪　型号：GLM-X40　数量：⟪N:2-8⟫台
供应商：⟪ORG⟫""")
PH("chess_notation", "negative", "国际象棋 commentary with capture notation Nxe5, exd5",
   """国际象棋讲座记录
开局阶段白方走1.e4 e5 2.Nf3 Nc6 3.Bc4 Bc5，黑方随后4...Nxe4吃兵。
第12回合白方exd5打开中心线，随后Bxf7+将军，形势占优。""")
PH("clothing_sizes", "negative", "工作服采购 with sizes XL, XXL, XXXL",
   """工作服采购明细
夏季短袖：M码⟪N:5-20⟫件、L码⟪N:5-20⟫件、XL码⟪N:5-20⟫件、XXL码⟪N:2-10⟫件
冬季棉服：XL码⟪N:3-12⟫件、XXXL码⟪N:1-5⟫件
采购部门：⟪DEPT⟫""")
PH("karyotype_xx", "negative", "遗传学检查 with karyotype 46,XX / X染色体",
   """⟪HOSP⟫染色体核型分析报告
姓名：⟪NAME⟫　性别：女
核型结果：46,XX
结论：未见染色体数目及结构异常。
附注：X连锁隐性遗传病需结合家系进一步分析。""")
PH("stats_symbols", "negative", "statistics table text with x̄ ± s and χ²",
   """表2 两组患者基线资料比较（x̄ ± s）
年龄（岁）：观察组⟪F:40-60:1⟫ ± ⟪F:5-12:1⟫，对照组⟪F:40-60:1⟫ ± ⟪F:5-12:1⟫
性别构成经χ²检验，差异无统计学意义（P > 0.05）。""")
PH("chinese_zero_dates", "negative", "公文 with 〇 as the digit zero in dates",
   """⟪UNIT⟫
二〇二⦃一¦二¦三⦄年⦃三¦六¦九⦄月⦃十¦二十⦄日
（此件公开发布）
附件：二〇二⦃一¦二⦄年度工作要点""")
PH("masked_phone_stated", "negative", "通讯录 stating phone numbers were masked for privacy",
   """志愿者名单（公示版）
⟪NAME⟫　1⦃38¦59¦86⦄****⟪N:1000-9999⟫
⟪NAME⟫　1⦃37¦88⦄****⟪N:1000-9999⟫
注：为保护个人隐私，公示时手机号码中间四位已用*号隐去。""")
PH("quantity_times", "negative", "物资清单 with ×2 quantities and dimensions",
   """应急物资清单
手电筒 ×⟪N:2-10⟫
5号电池 ×⟪N:10-40⟫
防水布（2 m × 3 m）×⟪N:2-6⟫
显示器分辨率：1920×1080""")
PH("axis_labels", "negative", "图注 with x轴 / y轴 axis labels",
   """图3-⟪N:1-6⟫　⟪TOPIC⟫指标变化趋势
注：x轴为年份，y轴为指标值；虚线表示⟪Y⟫年的政策节点。
⟪F_THESIS⟫""")
PH("filled_work_plan", "negative", "completed 工作计划 with real quarters, units and amounts",
   """⟪UNIT⟫⟪Y⟫年度工作计划（节选）
第⦃一¦二¦三¦四⦄季度完成⦃老旧小区改造摸底¦档案数字化¦业务培训⦄，由⟪DEPT⟫牵头。
全年预算⟪F:10-99:2⟫万元，群众满意度达到⟪N:90-98⟫%以上。
⟪F_PLAN⟫""")
PH("court_pseudonym_stated", "negative", "judgment summary stating that parties are given as 张某 by rule",
   """案例摘编
说明：根据裁判文书公开的有关规定，本文对当事人姓名作隐名处理。
原告⟪SUR⟫某与被告⟪ORG⟫劳动争议一案，法院判决被告支付拖欠工资⟪N:8000-60000⟫元。""")
PH("exam_blank_intended", "negative", "试卷 fill-in-the-blank questions whose blanks are intended",
   """⟪SCHOOL⟫附属中学⟪N:2019-2023⟫学年第⦃一¦二⦄学期期中考试（语文）
一、填空题（每空2分）
1. “海内存知己，____________。”出自王勃的《送杜少府之任蜀州》。
2. 《岳阳楼记》的作者是____________。""")
PH("x_in_words", "negative", "text with X世代 / SpaceX / X因素 as ordinary names",
   """读书会推荐书目
本期主题为“X世代的职业选择”，同时讨论SpaceX商业航天的发展。
分享嘉宾：⟪NAME⟫
时间：⟪DATE⟫""")
PH("lab_roman_class", "negative", "医疗器械 and 临床试验 with Ⅰ期/Ⅲ类",
   """⟪ORG⟫产品注册进展
本公司研发的⦃一次性使用输液器¦血糖仪¦心脏起搏器⦄属于Ⅲ类医疗器械，已完成Ⅰ期临床试验。
⟪F_LAB⟫""")
PH("rare_surname_names", "negative", "名单 with rare surnames (亓, 仉, 禤...) that are real names",
   """⟪Y⟫年新入职人员名单
⟪RNAME⟫、⟪RNAME⟫、⟪NAME⟫、⟪RNAME⟫
以上人员试用期⟪N:3-6⟫个月。""")
PH("fullname_mou_as_given", "negative", "names in which 某 is not a placeholder (某些 etc.), all people named",
   """会议记录
参会人员：⟪NAME⟫、⟪NAME⟫、⟪NAME⟫
会议认为，某些项目进度滞后，要求⟪NAME⟫牵头于⟪M⟫月底前拿出整改方案。""")
PH("fullwidth_answer_sheet", "negative", "问卷 with checkbox option letters A B C and no placeholder",
   """满意度调查问卷
1. 您对本次服务的总体评价：A. 非常满意　B. 满意　C. 一般　D. 不满意
2. 您的年龄段：A. 18岁以下　B. 18—40岁　C. 41—60岁　D. 60岁以上""")


# ----------------------------------------------------------------------------------------------
# family mj: mojibake -- source documents with damage candidates ⟬...⟭
# ----------------------------------------------------------------------------------------------
SOURCES = {
    "cert": [
        """⟬⦃在职证明¦工作证明¦收入证明⦄⟭
兹证明⟬@⟪NAME⟫⟭同志，身份证号码⟪ID18⟫，系我单位⟬⦃正式在编职工¦合同制员工¦在职职工⦄⟭，现任⟬⟪DEPT⟫⟪POST⟫⟭。
该同志于⟪N:2008-2018⟫年⟪M⟫月入职，⟬⦃工作认真负责，表现良好¦遵守单位规章制度，无违纪记录⦄⟭。
⟬特此证明⟭。
⟬⟪ORG⟫⟭（盖章）
⟪DATE⟫""",
        """⟬介绍信⟭
⟪UNIT⟫：
兹介绍我单位⟬@⟪NAME⟫⟭等⟪N:2-4⟫名同志前往贵处⟬⦃联系调研事宜¦办理档案转递手续¦洽谈合作项目¦开展业务交流⦄⟭，请予接洽为盼。
此致
敬礼！
⟬⟪UNIT⟫⟭（公章）
⟪DATE⟫（有效期⟪N:5-15⟫天）""",
        """⟬居住证明⟭
兹证明⟬@⟪NAME⟫⟭，身份证号码⟪ID18⟫，自⟪Y⟫年起居住在⟬⟪CITY⟫⟪DIST⟫⟪STREET⟫⟭⟪N:1-200⟫号，⟬⦃情况属实¦系本社区常住居民⦄⟭。
⟬⟪STREET⟫⟪COMM⟫居民委员会⟭
⟪DATE⟫""",
    ],
    "invoice": [
        """⟬增值税电子普通发票⟭
发票代码：⟪INVCODE⟫　发票号码：⟪INVNO⟫
开票日期：⟪DATE⟫
购买方名称：⟬⟪ORG⟫⟭
纳税人识别号：⟪TAXID⟫
项目名称：⟬⟪GOODS⟫⟭　金额：⟪AMT#1⟫　税率：⦃6¦13¦3⦄%
价税合计（大写）：⟬⟪CAP:AMT#1⟫⟭　（小写）￥⟪AMT#1⟫
开票人：⟬@⟪NAME⟫⟭　备注：⟬⦃项目验收款¦第二期服务费¦差旅报销¦年度维保费⦄⟭""",
        """⟬收　款　收　据⟭　No.⟪N:1000000-9999999⟫
⟪DATE⟫
今收到⟬@⟪NAME⟫⟭交来⟬⦃物业管理费¦场地租赁押金¦培训报名费¦资料费⦄⟭
人民币（大写）⟬⟪CAP:AMT#1⟫⟭　￥⟪AMT#1⟫
收款单位（盖章）：⟬⟪ORG⟫⟭　经手人：⟬@⟪NAME⟫⟭""",
    ],
    "thesis": [
        """摘　要
⟬⦃本文以¦本研究以⦄⟪TOPIC⟫为研究对象⟭，⟬⦃构建了¦提出了⦄⟭一种⟬⟪METHOD⟫⟭。
⟬实验结果表明⟭，所提方法在⟪N:3-6⟫个公开数据集上的平均准确率为⟪F:85-97:2⟫%，⟬⦃优于现有主流方法¦较基线模型有明显提升⦄⟭。
本文将这一现象称为⟬“⟭⟬⟪TERM⟫⟭⟬”⟭⟬——⟭⟬⦃即数据分布随时间发生偏移¦即模型在不同场景间的性能落差⦄⟭。
关键词：⟬⟪KW⟫⟭；⟬⟪KW⟫⟭；⟬⟪KW⟫⟭""",
        """致　谢
⟬⦃时光荏苒¦三年时光转瞬即逝⦄⟭，⟬⦃本论文是在导师的悉心指导下完成的¦论文即将完成之际⦄⟭。
⟬衷心感谢我的导师⟭⟬@⟪NAME⟫⟭教授，⟬⦃老师严谨的治学态度使我受益匪浅¦老师在选题和实验设计上给予了大量帮助⦄⟭。
感谢课题组的⟬@⟪NAME⟫⟭、⟬@⟪NAME⟫⟭等同学，⟬“⟭⟬⦃一起熬过的夜¦实验室的灯光⦄⟭⟬”⟭是我最珍贵的回忆。
⟬最后感谢家人的理解与支持⟭⟬……⟭""",
    ],
    "release": [
        """# ⟪PROJ⟫ v⟪VER⟫ ⟬发布说明⟭
发布日期：⟪DATEISO⟫
## ⟬新增功能⟭
- ⟬⦃支持批量导出报表¦新增深色主题¦增加多语言界面¦支持离线模式⦄⟭（#⟪N:100-999⟫）
- ⟬⦃新增插件管理页面¦命令行工具支持自动补全⦄⟭
## ⟬问题修复⟭
- ⟬⦃修复了大文件上传时进度条卡住的问题¦修复了时区设置导致的日期偏差¦修复了登录状态偶尔失效的问题⦄⟭
- 修复⟬“⟭⟬⦃保存¦同步¦导出⦄⟭⟬”⟭按钮在⟬⦃低分辨率屏幕¦高缩放比例⦄⟭下显示不全的问题⟬——⟭感谢社区用户反馈""",
        """## [⟪VER⟫] - ⟪DATEISO⟫
### Changed
- ⟬⦃默认日志级别调整为信息级¦配置文件改为分层结构¦缓存目录迁移到用户目录⦄⟭
### Fixed
- ⟬⦃修复路径包含中文时无法启动的问题¦修复了导入旧版数据时的崩溃⦄⟭
- ⟬⦃修正了⦄⟭⟬“⟭⟬⦃最近打开¦快速搜索⦄⟭⟬”⟭⟬⦃列表排序错误的问题¦面板偶发空白的问题⦄⟭
维护者：⟬@⟪NAME⟫⟭""",
    ],
    "plan": [
        """⟪UNIT⟫⟪Y⟫年度工作计划
一、⟬指导思想⟭
⟬⦃以提升群众满意度为目标¦以服务发展大局为主线⦄⟭，⟬⦃统筹推进各项重点任务¦全面落实年度目标责任制⦄⟭。
二、⟬主要任务⟭
（一）⟬⦃深化¦推进⦄⟭⟬“⟭⟬⦃放管服¦一网通办¦最多跑一次⦄⟭⟬”⟭⟬改革⟭。第⦃一¦二¦三⦄季度完成⟪N:20-80⟫项⟬⦃政务服务事项¦审批流程⦄⟭梳理。
（二）⟬⦃加强¦抓好⦄⟭⟬⦃安全生产¦基层治理¦民生保障⦄⟭⟬工作⟭，全年⟬⦃开展专项检查¦组织业务培训⦄⟭⟪N:6-30⟫次⟬——⟭⟬⦃做到责任到人、任务到岗¦确保问题早发现、早处置⦄⟭。
三、⟬保障措施⟭
⟬⦃各科室要明确分工，压实责任¦加强督查考核，确保各项任务按期完成⦄⟭。""",
        """⟬⦃关于印发¦关于下达⦄⟭《⟬⟪UNIT⟫⟪Y⟫年工作要点⟭》的通知
各科室、⟬⦃直属单位¦下属中心⦄⟭：
现将⟬⦃年度工作要点¦重点任务分解表⦄⟭印发给你们，请结合实际⟬认真抓好落实⟭。
⟬⦃一是¦首先⦄⟭⟬“⟭⟬⦃项目攻坚年¦作风建设年¦服务提升年⦄⟭⟬”⟭⟬活动⟭贯穿全年⟬——⟭每季度通报一次进展。
联系人：⟬@⟪NAME⟫⟭，电话：⟪TEL⟫""",
    ],
    "lab": [
        """⟬⟪HOSP⟫⟭⟬检验报告单⟭
姓名：⟬@⟪NAME⟫⟭　性别：⦃男¦女⦄　年龄：⟪N:3-88⟫岁　科室：⟬⟪LDEPT⟫⟭
标本类型：⟬⦃静脉血¦全血¦血清⦄⟭　样本号：⟪N:10000-99999⟫
项目　结果　单位　参考范围
⟬白细胞计数⟭　⟪F:3.5-11:1⟫　×10^9/L　3.5-9.5
⟬血红蛋白⟭　⟪N:95-170⟫　g/L　130-175
⟬血小板计数⟭　⟪N:100-400⟫　×10^9/L　125-350
检验者：⟬@⟪NAME⟫⟭　审核者：⟬@⟪NAME⟫⟭
⟬本结果仅对所检标本负责⟭。""",
        """⟪HOSP⟫⟬生化检验报告⟭
患者：⟬@⟪NAME⟫⟭　住院号：⟪N:100000-999999⟫　科室：⟬⟪LDEPT⟫⟭
⟬丙氨酸氨基转移酶⟭　⟪N:8-60⟫　U/L　9-50
⟬肌酐⟭　⟪N:50-120⟫　μmol/L　57-111
⟬空腹血糖⟭　⟪F:3.9-9:1⟫　mmol/L　3.9-6.1
临床诊断：⟬⦃高血压病¦2型糖尿病¦体检¦慢性胃炎⦄⟭
⟬如对结果有疑问，请及时与检验科联系⟭。""",
    ],
    "report": [
        """⟪Y⟫年上半年，⟬⦃我街道立足新发展阶段¦我局坚持稳中求进工作总基调⦄⟭，⟬⦃在区委、区政府的正确领导下¦在上级部门的指导下⦄⟭，⟬⦃扎实推进各项工作¦各项事业取得新进展⦄⟭。现将有关情况汇报如下：
一、⟬主要工作开展情况⟭
（一）⟬⦃经济运行总体平稳¦重点项目有序推进⦄⟭。截至⟪M⟫月底，完成⟬规模以上工业总产值⟭⟪F:1-30:2⟫亿元，同比增长⟪F:1-30:1⟫%。
（二）⟬⦃民生保障持续加强¦社会治理不断完善⦄⟭。上半年⟬⦃走访困难群众¦发放救助资金⦄⟭⟪N:100-900⟫⦃户¦人次⦄。
二、⟬存在的问题⟭
⟬⦃部分项目推进较慢，要素保障仍需加强¦基层力量相对薄弱⦄⟭。""",
        """（⟪CN_NUM⟫）⟬⦃持续优化营商环境¦全力推进重点项目⦄⟭
⟬⦃围绕¦聚焦⦄⟭⟪N:5-20⟫个⟬⦃市级重点项目¦民生实事项目⦄⟭，⟬⦃实行挂图作战¦落实领导包干责任⦄⟭，累计完成投资⟪F:2-40:2⟫亿元。
⟬⦃征地拆迁工作稳步推进¦土地收储工作有序开展⦄⟭，完成⟪N:20-300⟫亩土地征收，⟬⦃保障了项目按期开工¦为项目落地腾出空间⦄⟭。
⟬下一步⟭，⟬⦃将继续压实责任¦将进一步加强调度⦄⟭。""",
    ],
}

# traditional-character sources for the pinyin-annotation artefact (candidates are added automatically)
TRAD_SOURCES = {
    "report_trad": [
        """⟪Y⟫年上半年，我街道立足新發展階段，貫徹新發展理念，在區委、區政府的正確領導下，紮實推進各項工作。現將有關工作開展情況匯報如下：
一、主要工作落實情況
（一）經濟運行總體平穩。完成規模以上工業總產值⟪F:1-30:2⟫億元，同比增長⟪F:1-30:1⟫%。
（二）民生保障持續加強。全年走訪困難群眾⟪N:100-900⟫戶，發放補貼⟪F:10-90:1⟫萬元。""",
        """二、存在問題
一是部分項目推進較慢，要素保障有待加強；二是基層治理力量相對薄弱，網格員隊伍不穩定。
三、下一步工作計劃
我們將進一步壓實責任，強化統籌協調，確保全年目標任務順利完成。""",
    ],
    "cert_trad": [
        """證明
茲證明⟪TNAME⟫同志系我單位職工，現任⦃辦公室¦財務科¦綜合科⦄幹部。該同志工作認真負責，無違紀記錄。
特此證明。
⟪TORG⟫（蓋章）
⟪Y⟫年⟪M⟫月⟪D⟫日""",
        """介紹信
茲介紹我單位⟪TNAME⟫等⟪N:2-4⟫名同志前往貴處聯繫業務，請予接洽為盼。
此致
敬禮！
⟪TORG⟫
⟪Y⟫年⟪M⟫月⟪D⟫日""",
    ],
    "notice_trad": [
        """關於開展⟪Y⟫年度安全生產大檢查的通知
各科室、各村（社區）：
為進一步落實安全生產責任，現將有關事項通知如下：
一、檢查時間：⟪M#1⟫月1日至⟪M#1⟫月⟪N:15-28⟫日。
二、檢查範圍：轄區內各類生產經營單位、學校、醫療機構。
請各單位高度重視，認真組織，確保檢查取得實效。""",
        """關於召開⟪Y⟫年度工作會議的通知
定於⟪M⟫月⟪D⟫日上午九時在三樓會議室召開年度工作會議，請各部門負責人準時參加。
會議議題：總結上年度工作，部署本年度重點任務。
聯繫人：⟪TNAME⟫""",
    ],
}

MJ_NEG = []   # (style, note, [templates])


def MN(style, note, *tpls):
    MJ_NEG.append((style, note, list(tpls)))


MN("quote_russian", "genuine Russian quotations in a lecture note",
   """⟪SCHOOL⟫外国语学院讲座纪要
本次讲座围绕俄罗斯文学中的⦃“小人物”¦“多余人”⦄形象展开。主讲人引用了普希金的诗句：«Я помню чудное мгновенье»（我记得那美妙的一瞬）。
随后又以契诃夫为例，指出«Краткость — сестра таланта»（简洁是天才的姊妹）。
时间：⟪DATE⟫　地点：外语楼⟪N:101-420⟫教室""",
   """中俄经贸洽谈会简报
俄方代表在致辞中说：«Мы рады расширять сотрудничество с китайскими партнёрами»，表示愿意扩大与中方企业的合作。
双方签署了⟪N:3-12⟫项合作意向书。""")
MN("quote_japanese", "genuine Japanese quotations (kana and kanji)",
   """赴日考察报告（节选）
日方代表在欢迎会上致辞：「今後とも両国の交流を深めていきたいと思います。」
考察团参观了⦃駅前の再開発地区¦地域包括支援センター⦄，对方介绍了「地域で支え合う」的理念。
报告人：⟪NAME⟫""",
   """日语学习小组第⟪N:3-20⟫次活动
本次学习句型「〜ことができる」，例句：「私は日本語を少し話すことができます。」
课后作业：用「〜たいと思います」造三个句子。""")
MN("quote_korean", "genuine Korean text quoted in a letter",
   """合作函件摘要
韩国合作方来函中写道：“앞으로도 긴밀히 협력하기를 기대합니다.”（期待今后继续密切合作。）
双方商定于⟪M⟫月在⟪CITY⟫举行下一轮会谈。""",
   """韩语角活动通知
本周主题：问候语。“안녕하세요”（您好）、“감사합니다”（谢谢）、“잘 부탁드립니다”（请多关照）。
地点：⟪SCHOOL⟫图书馆⟪N:2-5⟫楼研讨室""")
MN("greek_formula", "maths/physics text with Greek letters α β γ λ",
   """2.1 理论基础
设α、β为一元二次方程ax² + bx + c = 0的两个根，则α + β = −b/a，αβ = c/a。
光的波长λ与频率ν满足c = λν；γ射线的波长通常小于0.01 nm。
⟪F_THESIS⟫""",
   """统计分析方法
显著性水平取α = 0.05，检验效能1 − β = 0.80；回归系数记为β₁、β₂，随机误差项记为ε。""")
MN("greek_sentence", "a genuine Greek sentence quoted in a philosophy note",
   """哲学导论课程笔记
德尔斐神庙的箴言“Γνῶθι σεαυτόν”意为“认识你自己”。
教师还引用了现代希腊语句子“Η γνώση είναι δύναμη”（知识就是力量）。
主讲：⟪NAME⟫　⟪DATE⟫""")
MN("quote_french", "genuine French quotation with accents and guillemets",
   """法语角活动记录
本期讨论法国格言« Liberté, égalité, fraternité »的历史背景。
同学们练习了日常用语：« Enchanté »、« À bientôt »、« C'est très gentil ».
主持人：⟪NAME⟫""")
MN("quote_german", "genuine German quotation with umlauts and ß",
   """德国职业教育考察纪要
德方培训师常说：„Übung macht den Meister.“（熟能生巧。）
考察团走访了位于Hauptstraße的培训中心，了解“双元制”学徒培养模式。
执笔：⟪NAME⟫""")
MN("quote_vietnamese", "genuine Vietnamese text with stacked diacritics",
   """越南语入门第⟪N:1-12⟫课
问候语：“Xin chào”（你好）；“Cảm ơn bạn rất nhiều”（非常感谢你）。
课文：“Tôi là sinh viên năm thứ hai.”（我是大二学生。）
授课教师：⟪NAME⟫""")
MN("quote_portuguese", "genuine Portuguese quotation",
   """中葡文化交流周简报
葡方嘉宾用葡萄牙语致辞：“Muito obrigado pela atenção e pela hospitalidade.”
活动还介绍了葡语中难以翻译的词“saudade”（一种怀念与惆怅交织的情感）以及城市名São Paulo。""")
MN("quote_spanish", "genuine Spanish quotation with ¿ ¡ ñ",
   """西班牙语口语课笔记
常用问句：“¿Dónde está la biblioteca?”（图书馆在哪里？）
感叹句：“¡Buenos días, señor!”注意ñ的发音，如“España”“niño”。""")
MN("pinyin_lesson", "language lesson with tone-marked pinyin",
   """一年级语文第⟪N:3-20⟫课　生字表
春（chūn）　风（fēng）　绿（lǜ）　柳（liǔ）　发（fā）　展（zhǎn）
提示：“一”在第四声前读作 yí，如“一定（yídìng）”。""",
   """普通话水平测试辅导
易错读音：处理（chǔlǐ）、暂时（zànshí）、质量（zhìliàng）、因为（yīnwèi）。
练习：请朗读“发展（fāzhǎn）”“关系（guānxì）”，注意声调。""")
MN("traditional_text", "clean traditional-character text without annotation debris",
   """本會於⟪Y⟫年⟪M⟫月舉辦年度會員大會，會中通過修訂章程，並選出新一屆理事。
理事長致詞時表示，將持續推動社區服務與文化傳承，歡迎各界人士共同參與。""",
   """臺北市立圖書館公告
自即日起，週六開放時間延長至晚間九時，請讀者多加利用。""")
MN("rare_characters", "text about genuinely rare characters",
   """汉字趣谈
“龘”读dá，形容龙腾飞的样子；“靐”读bìng，意为雷声；“齉”读nàng，指鼻子不通气。
此外，“犇”“羴”“鱻”分别由三个相同的部件构成。""")
MN("rare_surnames_text", "names with rare surnames (亓, 仉, 禤...)",
   """⟪Y⟫年度优秀志愿者名单
⟪RNAME⟫、⟪RNAME⟫、⟪NAME⟫、⟪RNAME⟫、⟪NAME⟫
以上同志在社区服务中表现突出，特予表彰。""")
MN("math_symbols", "analysis text with ∀ ∃ ∑ ∫ ≤ symbols",
   """定义　若∀ε > 0，∃δ > 0，使得当0 < |x − x₀| < δ时，都有|f(x) − A| < ε，则称A为f(x)在x₀处的极限。
例　∑_{k=1}^{n} k = n(n+1)/2，∫₀¹ x² dx = 1/3，且对任意实数a，有a² ≥ 0。""")
MN("emoji_notice", "group-chat notice with emoji",
   """【⟪N:2-6⟫年级⟪N:1-9⟫班通知】📢
明天春游🎉，请同学们⟪N:7-8⟫:30前到校门口集合，带好水杯💧和帽子🧢。
下雨的话活动顺延☔，请家长留意群消息👀。
班主任：⟪NAME⟫""")
MN("legit_question_marks", "FAQ with genuine question marks and a URL query string",
   """常见问题解答
问：忘记密码怎么办？
答：点击登录页“忘记密码?”链接，按提示通过手机验证码重置。
问：能否批量导入数据？
答：可以，模板下载地址为 https://example.org/help?topic=import&lang=zh 。""")
MN("code_snippet", "technical note with a Python snippet that names encodings",
   """技术笔记：读取文本文件的编码问题
Windows 下生成的文件常为 GBK 编码，读取时需显式指定：
with open("data.txt", encoding="gbk", errors="strict") as f:
    text = f.read()
如果文件是 UTF-8 编码，将 encoding 改为 "utf-8" 即可；不建议使用 errors="ignore"。""",
   """接口说明
请求示例：curl -X POST https://api.example.org/v1/report -d '{"name": "测试", "page": 1}'
返回字段 status 为 0 表示成功。""")
MN("html_code_explained", "web-development note that intentionally shows HTML tags and entities in code",
   """前端开发规范（节选）
1. 需要强制换行时使用 <br> 标签，不要连续输入多个空格。
2. 不换行空格在源码中写作 &nbsp;，版权符号写作 &copy;。
3. 输出用户输入前必须转义，例如把 < 转成 &lt;。""")
MN("typographic_quotes_dashes", "correct Chinese typographic quotes, dashes and ellipses",
   """⟪UNIT⟫开展“⦃清风廉政¦文明城市¦书香机关⦄”主题活动——⟪Y⟫年工作回顾
活动期间，干部职工纷纷表示：‘学有所思、思有所得’……
“下一步，”负责人说，“我们将把这项活动常态化。”""")
MN("chemical_formulas", "chemistry text with subscripts and ionic charges",
   """水质检测说明
水的化学式为H₂O，水中溶解的CO₂会形成碳酸；硫酸根离子记为SO₄²⁻，铵根离子记为NH₄⁺。
检测结果：pH = ⟪F:6.5-8.5:1⟫，溶解氧⟪F:5-9:1⟫ mg/L。""")
MN("units_superscript", "lab report with ×10⁹/L, μmol/L, ℃ units",
   """⟪HOSP⟫检验报告
白细胞　⟪F:3.5-11:1⟫ ×10⁹/L（3.5～9.5）
肌酐　⟪N:50-120⟫ μmol/L（57～111）
体温　⟪F:36-38.5:1⟫ ℃　　采样体积　2 mL""")
MN("cantonese_text", "written Cantonese with 嘅 咗 冇 喺",
   """社区粤语小课堂
例句：“我哋今日去咗饮茶，佢话冇时间嚟。”
“啲点心好好食嘅，你喺边度买㗎？”
注：嘅＝的，咗＝了，冇＝没有，喺＝在。""")
MN("latin_names_refs", "reference list with Müller, Gómez, Nyström",
   """参考文献
[1] Müller J, Gómez R, Nyström P, et al. Urban heat islands in Europe[J]. Climatic Change, 2019, 152: 311-326.
[2] Ångström A. On the atmospheric transmission of sun radiation[J]. Geografiska Annaler, 1929, 11: 156-166.
[3] ⟪NAME⟫. ⟪TOPIC⟫研究[D]. ⟪SCHOOL⟫, ⟪Y⟫.""")
MN("pinyin_glossary", "word list with pinyin in fullwidth brackets (intended gloss)",
   """词语积累
发展（fāzhǎn）：事物由小到大、由简单到复杂的变化。
关系（guānxì）：事物之间相互作用、相互影响的状态。
领导（lǐngdǎo）：率领并引导。""")
MN("japanese_shinjitai", "Japanese article with shinjitai kanji (駅, 広, 円)",
   """留学生交流稿
東京駅から徒歩５分の広場で、毎週土曜日に朝市が開かれます。
野菜は一袋１００円からで、とても安いです。""")
MN("box_drawing_table", "plain-text table drawn with box characters",
   """⟪Y⟫年各季度完成情况
┌────────┬────────┐
│ 季度   │ 完成率 │
├────────┼────────┤
│ 一季度 │ ⟪N:80-99⟫%    │
│ 二季度 │ ⟪N:80-99⟫%    │
└────────┴────────┘""")
MN("currency_symbols", "price list with € £ ¥ ° ± § © symbols",
   """出境考察费用说明
住宿：€⟪N:80-150⟫/晚；交通：£⟪N:20-60⟫；换汇参考：1 € ≈ ¥⟪F:7.5-8.1:2⟫
设备工作温度：25 °C ± 2 °C，依据合同§ 4.2条款执行。
© ⟪Y⟫ ⟪ORG⟫""")
MN("ipa_phonetics", "English lesson with IPA symbols",
   """英语语音课
apple /ˈæpl/　think /θɪŋk/　measure /ˈmeʒə(r)/　ship /ʃɪp/
注意：/θ/ 与 /s/ 的区别在于舌尖的位置。""")
MN("bopomofo_lesson", "zhuyin (bopomofo) lesson",
   """注音符號教學
聲母：ㄅㄆㄇㄈ　ㄉㄊㄋㄌ
例：「媽媽」注音為ㄇㄚ ˙ㄇㄚ，「老師」注音為ㄌㄠˇ ㄕ。""")
MN("circled_fullwidth", "form with circled numbers ①②, fullwidth letters and ㎡",
   """房屋情况登记
①房屋面积：⟪N:50-160⟫㎡　②朝向：南北　③楼层：⟪N:2-30⟫层
户型代码：ＡＢ－⟪N:10-99⟫　备注：Ⅱ类住宅""")


# ----------------------------------------------------------------------------------------------
# damage kinds (all made with real codecs)
# ----------------------------------------------------------------------------------------------
def _html_entities(o):
    out = []
    for c in o:
        if 0xA0 <= ord(c) <= 0xFF and ord(c) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(c)])
        elif ord(c) > 127:
            out.append("&#%d;" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def _drop_middle(o):
    # o = three characters; drop the lead byte of the middle one and decode with errors='ignore'
    b = o.encode("utf-8")
    a = len(o[0].encode("utf-8"))
    return (b[:a] + b[a + 1:]).decode("utf-8", errors="ignore")


def _quopri(o):
    return quopri.encodestring(o.encode("utf-8")).decode("ascii")


KINDS = {
    # name: (description, forward functions (any may match), candidate type)
    "utf8_as_gbk": ("UTF-8 bytes decoded as GBK (errors='replace')",
                    [lambda o: o.encode("utf-8").decode("gbk", "replace")], "phrase"),
    "kunjinkao": ("GBK bytes read as UTF-8 (U+FFFD), saved as UTF-8 and read as GBK again: 锟斤拷",
                  [lambda o: o.encode("gbk").decode("utf-8", "replace").encode("utf-8").decode("gbk", "replace")],
                  "phrase"),
    "utf8_as_cp1252": ("UTF-8 bytes decoded as Windows-1252 (errors='ignore')",
                       [lambda o: o.encode("utf-8").decode("cp1252", "ignore")], "phrase"),
    "utf8_as_latin1": ("UTF-8 bytes decoded as ISO-8859-1 (C1 control characters included)",
                       [lambda o: o.encode("utf-8").decode("latin-1")], "phrase"),
    "lost_to_qmark": ("characters outside the target charset lost as '?' (GB2312 or Latin-1 with errors='replace')",
                      [lambda o: o.encode("gb2312", "replace").decode("gb2312"),
                       lambda o: o.encode("latin-1", "replace").decode("latin-1")], "name"),
    "gbk_as_utf8_fffd": ("GBK bytes decoded as UTF-8 (errors='replace'): U+FFFD runs",
                         [lambda o: o.encode("gbk").decode("utf-8", "replace")], "phrase"),
    "html_remnant": ("HTML remnants: numeric/named entities or tags left in plain text",
                     [lambda o: _html_entities(o) if o else None], "html"),
    "html_double_escaped": ("HTML entities escaped twice (&amp;#...; / &amp;nbsp;)",
                            [lambda o: html.escape(_html_entities(o), quote=False)], "html2"),
    "rtf_hex_escape": ("RTF \\'hh escapes of the GBK bytes left in text",
                       [lambda o: "".join("\\'%02x" % b for b in o.encode("gbk"))], "phrase"),
    "pinyin_annotation": ("scraper artefact: traditional character followed by ASCII-parenthesised pinyin",
                          [lambda o: "(" + PINYIN[o] + ")"], "pinyin"),
    "utf8_as_greek": ("UTF-8 bytes decoded as ISO-8859-7 (errors='replace'): Greek-looking",
                      [lambda o: o.encode("utf-8").decode("iso8859_7", "replace")], "phrase"),
    "utf8_as_cp850": ("UTF-8 bytes decoded as DOS code page 850",
                      [lambda o: o.encode("utf-8").decode("cp850")], "phrase"),
    "utf8_bytes_dropped": ("UTF-8 stream with a byte dropped, decoded with errors='ignore': a character silently "
                           "missing; span = the two neighbouring characters",
                           [_drop_middle], "drop"),
    "smart_quotes_cp1252": ("typographic quotes/dashes as UTF-8 read as Windows-1252 (errors='ignore'): â€œ â€",
                            [lambda o: o.encode("utf-8").decode("cp1252", "ignore")], "quote"),
    "utf8_as_shift_jis": ("UTF-8 bytes decoded as Shift_JIS (errors='replace')",
                          [lambda o: o.encode("utf-8").decode("shift_jis", "replace")], "phrase"),
    "gbk_as_latin1": ("GBK bytes decoded as ISO-8859-1",
                      [lambda o: o.encode("gbk").decode("latin-1")], "phrase"),
    "gbk_as_big5": ("GBK bytes decoded as Big5 (errors='replace')",
                    [lambda o: o.encode("gbk").decode("big5", "replace")], "phrase"),
    "double_encoded_utf8": ("UTF-8 decoded as Windows-1252 twice (double encoding)",
                            [lambda o: o.encode("utf-8").decode("cp1252", "ignore").encode("utf-8")
                             .decode("cp1252", "ignore")], "phrase"),
    "utf8_as_cp1251": ("UTF-8 bytes decoded as Windows-1251 (errors='replace'): Cyrillic-looking",
                       [lambda o: o.encode("utf-8").decode("cp1251", "replace")], "phrase"),
    "utf8_as_mac_roman": ("UTF-8 bytes decoded as Mac OS Roman",
                          [lambda o: o.encode("utf-8").decode("mac_roman")], "phrase"),
    "gbk_off_by_one": ("GBK byte stream decoded one byte out of step (errors='replace')",
                       [lambda o: o.encode("gbk")[1:].decode("gbk", "replace")], "phrase"),
    "url_percent_encoded": ("URL percent-encoding of the UTF-8 bytes left in text",
                            [lambda o: urllib.parse.quote(o)], "phrase"),
    "unicode_escape_left": ("\\uXXXX escapes (unicode_escape codec) left in text",
                            [lambda o: o.encode("unicode_escape").decode("ascii")], "phrase"),
    "quoted_printable_left": ("quoted-printable (=E5=8F=91) of the UTF-8 bytes left in text",
                              [_quopri], "short"),
}

TAGS = ["<br/>", "<br>", "</strong>", "<p>", "</p>", "</span>", "<strong>"]
QUOTE_CHARS = set("“”‘’—…")

MJ_PLAN = [  # (kind, sources)
    ("utf8_as_gbk", ["cert", "invoice", "plan", "lab"]),
    ("kunjinkao", ["invoice", "release", "report"]),
    ("utf8_as_cp1252", ["thesis", "cert", "release"]),
    ("utf8_as_latin1", ["invoice", "lab"]),
    ("lost_to_qmark", ["cert", "lab", "invoice"]),
    ("gbk_as_utf8_fffd", ["plan", "release", "thesis"]),
    ("html_remnant", ["report", "plan", "release"]),
    ("html_double_escaped", ["release", "thesis"]),
    ("rtf_hex_escape", ["cert", "thesis"]),
    ("pinyin_annotation", ["report_trad", "cert_trad", "notice_trad"]),
    ("utf8_as_greek", ["lab", "thesis"]),
    ("utf8_as_cp850", ["invoice", "release"]),
    ("utf8_bytes_dropped", ["plan", "thesis", "lab", "cert"]),
    ("smart_quotes_cp1252", ["thesis", "release", "plan"]),
    ("utf8_as_shift_jis", ["release", "lab"]),
    ("gbk_as_latin1", ["invoice", "cert"]),
    ("gbk_as_big5", ["cert", "plan"]),
    ("double_encoded_utf8", ["release", "thesis"]),
    ("utf8_as_cp1251", ["lab", "invoice"]),
    ("utf8_as_mac_roman", ["thesis"]),
    ("gbk_off_by_one", ["report", "plan"]),
    ("url_percent_encoded", ["release", "invoice"]),
    ("unicode_escape_left", ["release", "lab"]),
    ("quoted_printable_left", ["cert", "invoice"]),
]


def _one_line(s):
    return len(("a" + s + "a").splitlines()) == 1


def affixes(o, d):
    """Lengths of the common prefix and suffix of original o and damaged d (not overlapping)."""
    n = min(len(o), len(d))
    p = 0
    while p < n and o[p] == d[p]:
        p += 1
    q = 0
    while q < n - p and o[len(o) - 1 - q] == d[len(d) - 1 - q]:
        q += 1
    return p, q


UNTRIMMED = {"utf8_bytes_dropped", "pinyin_annotation", "lost_to_qmark", "html_remnant", "html_double_escaped"}


def forward_ok(kind, orig, text, a, b):
    """Does a real codec turn orig into text[a:b] (plus unchanged context for trimmed kinds)?"""
    for f in KINDS[kind][1]:
        try:
            r = f(orig)
        except (UnicodeError, KeyError):
            continue
        if r is None:
            continue
        if kind in UNTRIMMED:
            if r == text[a:b]:
                return True
            continue
        p, q = affixes(orig, r)
        if (a >= p and r[p:len(r) - q] == text[a:b] and text[a - p:a] == r[:p] and text[b:b + q] == r[len(r) - q:]):
            return True
    return False


def build_mj_positive(kind, tpl, ctx):
    rng = ctx.rng
    if kind == "pinyin_annotation":
        exp = expand(tpl, ctx)
        segs = []
        for ch in exp:
            segs.append(("c", ch) if ch in PINYIN else ("t", ch))
    else:
        segs = segments(expand(tpl, ctx))
    ctype = KINDS[kind][2]
    f = KINDS[kind][1][0]

    def is_q(t):
        return all(c in QUOTE_CHARS for c in t)

    cand = [i for i, (k, t) in enumerate(segs) if k == "c"]
    if ctype == "quote":
        chosen = [i for i in cand if is_q(segs[i][1])]
    elif ctype == "pinyin":
        chosen = list(cand)
    else:
        pool = [i for i in cand if not is_q(segs[i][1])]
        if ctype == "name":
            names = [i for i in pool if segs[i][1].startswith("@")]
            pool = names if (names and rng.random() < 0.7) else pool
        if ctype == "drop":
            pool = [i for i in pool if len(segs[i][1].lstrip("@")) >= 3]
        if ctype == "short":
            pool = [i for i in pool if len(segs[i][1].lstrip("@")) <= 8]
        k = min(len(pool), rng.choice([1, 1, 2, 2, 3]))
        chosen = sorted(rng.sample(pool, k)) if k else []
    if not chosen:
        raise RuntimeError("no candidates for %s" % kind)
    chosen = set(chosen)
    b, origs = Builder(), []
    for i, (k, t) in enumerate(segs):
        t = t.lstrip("@") if k == "c" else t
        if i not in chosen:
            b.add(t)
            continue
        if kind == "pinyin_annotation":
            b.add(t)
            b.add(f(t), span=True)
            origs.append(t)
        elif kind == "utf8_bytes_dropped":
            j = rng.randint(1, len(t) - 2)
            o = t[j - 1:j + 2]
            d = _drop_middle(o)
            assert d == o[0] + o[2]
            b.add(t[:j - 1])
            b.add(d, span=True)
            b.add(t[j + 2:])
            origs.append(o)
        elif kind == "lost_to_qmark":
            if segs[i][1].startswith("@"):
                sur, given = t[0], t[1:]
                rare = rng.choice(RARE_GIVEN_CH)
                b.add(sur)
                if rng.random() < 0.5 and len(given) >= 1:
                    b.add(given[0])
                b.add(rare.encode("gb2312", "replace").decode("gb2312"), span=True)
                origs.append(rare)
            else:
                b.add(t.encode("latin-1", "replace").decode("latin-1"), span=True)
                origs.append(t)
        elif kind in ("html_remnant", "html_double_escaped"):
            mode = rng.choice(["ent", "ent", "nbsp", "tag"] if kind == "html_remnant" else ["ent", "ent", "nbsp"])
            if mode == "ent":
                b.add(f(t), span=True)
                origs.append(t)
            elif mode == "nbsp":
                b.add(t)
                b.add(f("\xa0"), span=True)
                origs.append("\xa0")
            else:
                b.add(t)
                b.add(rng.choice(TAGS), span=True)
                origs.append("")
        else:
            d = f(t)
            if d == t or not _one_line(d):
                b.add(t)
                continue
            # characters that came through unchanged at either end stay outside the span
            pre, suf = affixes(t, d)
            b.add(d[:pre])
            b.add(d[pre:len(d) - suf], span=True)
            b.add(d[len(d) - suf:])
            origs.append(t)
    if not b.spans:
        raise RuntimeError("no damage applied")
    return b.text(), b.spans, origs


# ----------------------------------------------------------------------------------------------
# record generation
# ----------------------------------------------------------------------------------------------
FOOTER = "\n⦃整理¦记录¦供稿¦编写¦经办⦄：⟪NAME⟫　⦃⟪DATE⟫¦⟪DATEISO⟫⦄"


def with_footer(tpls):
    """Templates without any slot get a signed/dated footer line so records differ."""
    return [t + FOOTER if t.count("⟪") == 0 and t.count("\n") < 11 else t for t in tpls]


def all_styles():
    """Ordered list of (style, family, label, maker) ; maker(ctx) -> (text, spans, note)."""
    out = []
    for style, label, note, tpls in PH_STYLES:
        tpls = with_footer(tpls)
        def mk(ctx, tpls=tpls, note=note, label=label):
            segs = segments(expand(ctx.rng.choice(tpls), ctx))
            b = Builder()
            for k, t in segs:
                if k == "c":
                    raise ValueError("candidate mark-up in ph template")
                b.add(t, span=(k == "s"))
            n = len(b.spans)
            nt = note if label == "negative" else "%s; %d placeholder span(s)" % (note, n)
            return b.text(), b.spans, nt
        out.append((style, "ph", label, mk))
    for kind, srcs in MJ_PLAN:
        for src in srcs:
            tpls = TRAD_SOURCES[src] if src in TRAD_SOURCES else SOURCES[src]

            def mk(ctx, kind=kind, tpls=tpls):
                text, spans, origs = build_mj_positive(kind, ctx.rng.choice(tpls), ctx)
                note = "%s; originals: %s" % (KINDS[kind][0], json.dumps(origs, ensure_ascii=False))
                return text, spans, note
            out.append(("%s_%s" % (kind, src), "mj", "mojibake", mk))
    for style, note, tpls in MJ_NEG:
        tpls = with_footer(tpls)

        def mk(ctx, tpls=tpls, note=note):
            segs = segments(expand(ctx.rng.choice(tpls), ctx))
            b = Builder()
            for k, t in segs:
                if k != "t":
                    raise ValueError("mark-up in negative mj template")
                b.add(t)
            return b.text(), [], "look-alike, not damage: " + note
        out.append((style, "mj", "negative", mk))
    return out


def generate(seed):
    rng = random.Random(seed)
    records = []
    for style, fam, label, mk in all_styles():
        n = rng.randint(16, 20) if label != "negative" else rng.randint(15, 18)
        seen, made, tries = set(), 0, 0
        while made < n:
            tries += 1
            if tries > n * 40:
                raise RuntimeError("cannot make enough distinct records for " + style)
            ctx = Ctx(random.Random(rng.getrandbits(64)))
            try:
                text, spans, note = mk(ctx)
            except RuntimeError:
                continue
            if text in seen:
                continue
            seen.add(text)
            made += 1
            records.append({"family": fam, "style": style, "label": label, "text": text,
                            "spans": spans, "note": note})
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records):
        out.append({"id": "t44-s%d-%05d" % (seed, i + 1), "family": r["family"], "style": r["style"],
                    "label": r["label"], "text": r["text"], "spans": r["spans"], "note": r["note"]})
    return out


# ----------------------------------------------------------------------------------------------
# verification
# ----------------------------------------------------------------------------------------------
_X = "[xX×Ｘ]"
PH_RE = re.compile("|".join([
    r"(?:No\.|0\.)?%s+(?:[.\-,:]%s+)*" % (_X, _X),
    r"v?X\.Y\.Z",
    r"[\u4e00-\u9fff]?某{1,3}",
    r"【[^【】]+】",
    r"（请?填写）",
    r"[_＿]{2,}",
    r"\{\{\s*\w+\s*\}\}",
    r"\$\w+\$",
    r"\$\{\w+\}",
    r"<\w+>",
    r"\[[^\[\]]+\]",
    r"[〇○]{2,3}",
    r"\*{2,}",
    r"TBD|TODO",
]))
RUN_CHARS = set("xX×Ｘ_＿〇○*")
TAG_RE = re.compile(r"</?[a-z]+\s*/?>")
STYLE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
KEYS = ["id", "family", "style", "label", "text", "spans", "note"]
MARKUP = set("⟦⟧⟬⟭⦃⦄⟪⟫")


def kind_of(style):
    best = None
    for k in KINDS:
        if style.startswith(k + "_") and (best is None or len(k) > len(best)):
            best = k
    return best


def check_record(r, table):
    errs = []
    if not isinstance(r, dict) or sorted(r.keys()) != sorted(KEYS):
        return ["keys must be exactly %s" % KEYS]
    fam, lab, text, spans, note, style = r["family"], r["label"], r["text"], r["spans"], r["note"], r["style"]
    if fam not in ("ph", "mj"):
        errs.append("bad family %r" % fam)
    if (fam, lab) not in (("ph", "placeholder"), ("ph", "negative"), ("mj", "mojibake"), ("mj", "negative")):
        errs.append("label %r not allowed in family %r" % (lab, fam))
    if not isinstance(style, str) or not STYLE_RE.match(style):
        errs.append("style not snake_case")
    elif style not in table:
        errs.append("unknown style %r" % style)
    elif table[style] != (fam, lab):
        errs.append("style %r belongs to %s/%s" % ((style,) + table[style]))
    if not isinstance(text, str) or not text.strip():
        return errs + ["empty text"]
    nlines = len(text.split("\n"))
    if not 1 <= nlines <= 12:
        errs.append("text has %d lines" % nlines)
    if "\r" in text or MARKUP & set(text):
        errs.append("text contains CR or template mark-up")
    if not isinstance(note, str) or not note or len(note.splitlines()) != 1:
        errs.append("note must be one non-empty line")
    if not isinstance(spans, list):
        return errs + ["spans not a list"]
    prev = 0
    for sp in spans:
        if (not isinstance(sp, list) or len(sp) != 2 or not all(type(v) is int for v in sp)):
            errs.append("malformed span %r" % (sp,))
            return errs
        a, b = sp
        if not (0 <= a < b <= len(text)):
            errs.append("span %r outside text or empty" % (sp,))
            return errs
        if a < prev:
            errs.append("spans overlap or unsorted at %r" % (sp,))
        prev = b
    if lab == "negative":
        if spans:
            errs.append("negative record with spans")
        if fam == "mj" and ("\ufffd" in text or "锟斤拷" in text):
            errs.append("negative mj record contains replacement debris")
        return errs
    if not spans:
        errs.append("positive record without spans")
        return errs
    if fam == "ph":
        for a, b in spans:
            if not PH_RE.fullmatch(text[a:b]):
                errs.append("span %r=%r is not a recognised placeholder" % ([a, b], text[a:b]))
            # runs of mask characters must be covered completely
            if (a > 0 and text[a] in RUN_CHARS and text[a - 1] == text[a]) or \
               (b < len(text) and text[b - 1] in RUN_CHARS and text[b] == text[b - 1]):
                errs.append("span %r=%r cuts a run of mask characters" % ([a, b], text[a:b]))
        return errs
    # mojibake: the note carries the originals; re-run the real codec and compare
    kind = kind_of(style)
    if kind is None:
        return errs + ["cannot tell damage kind of style %r" % style]
    m = re.search(r"originals: (\[.*\])$", note)
    if not m:
        return errs + ["note lacks originals"]
    try:
        origs = json.loads(m.group(1))
    except ValueError:
        return errs + ["originals not valid JSON"]
    if len(origs) != len(spans):
        return errs + ["%d originals for %d spans" % (len(origs), len(spans))]
    for (a, b), o in zip(spans, origs):
        t = text[a:b]
        if t == o:
            errs.append("span %r equals its original (no damage)" % t)
            continue
        if kind == "html_remnant" and o == "":
            if not TAG_RE.fullmatch(t):
                errs.append("tag remnant %r not a tag" % t)
            continue
        if not forward_ok(kind, o, text, a, b):
            errs.append("span %r is not what %s gives for %r" % (t, kind, o))
        if kind == "utf8_bytes_dropped":
            if not (len(o) == 3 and t == o[0] + o[2]):
                errs.append("dropped-byte span %r does not hold the neighbours of %r" % (t, o))
        elif kind not in ("pinyin_annotation",):
            # the damaged stretch must not survive a clean round trip of the original
            try:
                if o.encode("utf-8").decode("utf-8") == t:
                    errs.append("span %r identical to clean round trip" % t)
            except UnicodeError:
                pass
    return errs


def verify(paths):
    table = {s: (f, l) for s, f, l, _ in all_styles()}
    bad = 0
    for path in paths:
        recs, ids, problems = [], set(), []
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    r = json.loads(line)
                except ValueError as e:
                    problems.append("line %d: bad JSON (%s)" % (ln, e))
                    continue
                if isinstance(r, dict) and r.get("id") in ids:
                    problems.append("line %d: duplicate id %r" % (ln, r.get("id")))
                if isinstance(r, dict):
                    ids.add(r.get("id"))
                for e in check_record(r, table):
                    problems.append("line %d (%s): %s" % (ln, r.get("id") if isinstance(r, dict) else "?", e))
                recs.append(r)
        # determinism / drift check: regenerate from the seed named in the ids
        seeds = {re.match(r"t44-s(\d+)-", str(r.get("id", ""))) and
                 re.match(r"t44-s(\d+)-", str(r.get("id", ""))).group(1) for r in recs if isinstance(r, dict)}
        if len(seeds) == 1 and None not in seeds:
            regen = generate(int(seeds.pop()))
            if regen != recs:
                problems.append("file differs from a fresh generation with the same seed")
        counts = {}
        for r in recs:
            if isinstance(r, dict):
                key = (r.get("family"), r.get("label"))
                counts[key] = counts.get(key, 0) + 1
        per_style = {}
        for r in recs:
            if isinstance(r, dict):
                per_style[r.get("style")] = per_style.get(r.get("style"), 0) + 1
        fams = {}
        for st in per_style:
            if st in table:
                fams[table[st][0]] = fams.get(table[st][0], 0) + 1
        print("%s: %d records" % (path, len(recs)))
        for key in sorted(counts, key=str):
            print("  %s/%s: %d" % (key[0], key[1], counts[key]))
        pos = sum(v for k, v in counts.items() if k[1] != "negative")
        print("  positive share: %.1f%%" % (100.0 * pos / max(1, len(recs))))
        print("  styles: %d (ph %d, mj %d); records per style %d-%d" % (
            len(per_style), fams.get("ph", 0), fams.get("mj", 0),
            min(per_style.values()) if per_style else 0, max(per_style.values()) if per_style else 0))
        for p in problems[:40]:
            print("  PROBLEM " + p)
        if problems:
            print("  %d problem(s)" % len(problems))
            bad += 1
        else:
            print("  OK")
    return 1 if bad else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.seed is None or not a.out:
        ap.error("need --seed and --out (or --verify FILES)")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
