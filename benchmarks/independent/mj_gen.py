#!/usr/bin/env python3
"""Blind test collection: mojibake and markup debris in Chinese work-report text.

Writes one JSON object per line:
  {"id", "style", "label": "mojibake"|"negative", "text", "spans": [[start, end], ...], "note"}

Every damaged stretch is produced for real with Python codecs (or with the
markup / annotation machinery it imitates) from clean sentences written for
this file; "spans" are Python str offsets (end exclusive) of exactly the
stretches that were put in.  Negatives carry no spans.

    python3 mj_gen.py --seed 1 --out mj.jsonl

Standard library only.
"""
import argparse
import collections
import json
import random
import re
import urllib.parse

# ---------------------------------------------------------------------------
# Clean material (simplified).  Written for this test set, report style.
# ---------------------------------------------------------------------------

TIME = ["今年以来", "2023年", "2024年上半年", "截至9月底", "一季度", "前三季度", "过去一年",
        "年初以来", "近三年来", "“十四五”以来", "本年度", "截至11月底", "全年", "上半年", "去年"]
SUBJ = ["全区", "全县", "我镇", "本街道", "全市", "我乡", "开发区", "各村（社区）", "区应急管理局",
        "县农业农村局", "镇党委", "区市场监管局", "县人社局", "街道办事处", "区卫生健康局",
        "县自然资源局", "区住建局", "县水利局", "区教育局", "县民政局", "区生态环境分局",
        "县商务局", "区文旅局", "高新区", "园区管委会", "镇政府"]


def _n(rng, lo, hi):
    return str(rng.randint(lo, hi))


def _f(rng, lo, hi, nd=1):
    return f"{rng.uniform(lo, hi):.{nd}f}"


ACTS = [
    lambda r: f"新建改建农村公路{_n(r, 5, 90)}公里",
    lambda r: f"完成固定资产投资{_f(r, 3, 90)}亿元，同比增长{_f(r, 1, 15)}%",
    lambda r: f"累计发放创业担保贷款{_n(r, 300, 9000)}万元",
    lambda r: f"新增城镇就业{_n(r, 300, 9000)}人",
    lambda r: f"开展安全生产检查{_n(r, 40, 900)}次，排查整改隐患{_n(r, 50, 2000)}处",
    lambda r: f"完成植树造林{_n(r, 500, 9000)}亩",
    lambda r: f"建成5G基站{_n(r, 30, 900)}个",
    lambda r: f"调处矛盾纠纷{_n(r, 50, 900)}起，调解成功率{_f(r, 90, 99.9)}%",
    lambda r: f"培训新型职业农民{_n(r, 200, 5000)}人次",
    lambda r: f"改造老旧小区{_n(r, 3, 60)}个，惠及居民{_n(r, 800, 9000)}户",
    lambda r: f"引进项目{_n(r, 3, 40)}个，总投资{_f(r, 5, 120)}亿元",
    lambda r: f"城乡居民人均可支配收入达到{_n(r, 18000, 65000)}元",
    lambda r: f"空气质量优良天数比例达到{_f(r, 80, 99)}%",
    lambda r: f"接待游客{_f(r, 20, 900)}万人次，实现旅游收入{_f(r, 1, 60)}亿元",
    lambda r: f"发放各类救助资金{_n(r, 200, 9000)}万元",
    lambda r: f"建成高标准农田{_f(r, 0.5, 12)}万亩",
    lambda r: f"新增市场主体{_n(r, 300, 9000)}户",
    lambda r: f"办结群众诉求{_n(r, 300, 9000)}件，满意率{_f(r, 90, 99.9)}%",
    lambda r: f"开展义诊活动{_n(r, 5, 60)}场，服务群众{_n(r, 500, 9000)}人次",
    lambda r: f"完成河道清淤{_f(r, 2, 60)}公里",
    lambda r: f"新增养老床位{_n(r, 50, 900)}张",
    lambda r: f"实施重点项目{_n(r, 5, 60)}个，完成年度投资计划的{_f(r, 60, 130)}%",
    lambda r: f"规模以上工业增加值增长{_f(r, 1, 15)}%",
    lambda r: f"社会消费品零售总额达到{_f(r, 20, 600)}亿元",
    lambda r: f"城镇登记失业率控制在{_f(r, 2, 4.5)}%以内",
    lambda r: f"完成农村户厕改造{_n(r, 300, 9000)}户",
    lambda r: f"化解信访积案{_n(r, 3, 60)}件",
    lambda r: f"组织招聘会{_n(r, 3, 40)}场，提供就业岗位{_n(r, 500, 9000)}个",
    lambda r: f"一般公共预算收入完成{_f(r, 1, 60)}亿元，增长{_f(r, 1, 15)}%",
    lambda r: f"查处食品安全违法案件{_n(r, 5, 200)}起",
    lambda r: f"新建社区综合服务设施{_n(r, 2, 40)}处",
    lambda r: f"为{_n(r, 100, 3000)}名困难群众办理医疗救助",
    lambda r: f"入户走访{_n(r, 500, 9000)}户，收集意见建议{_n(r, 50, 900)}条",
    lambda r: f"完成燃气管道更新改造{_f(r, 3, 80)}公里",
    lambda r: f"新增公共停车泊位{_n(r, 200, 5000)}个",
    lambda r: f"建设口袋公园{_n(r, 3, 40)}个",
    lambda r: f"完成闲置土地处置{_n(r, 50, 3000)}亩",
    lambda r: f"扶持村集体经济项目{_n(r, 5, 60)}个，带动村集体增收{_n(r, 100, 3000)}万元",
]
CLOSERS = ["为全年目标任务完成打下了坚实基础", "群众获得感明显增强", "各项工作取得新进展",
           "有力保障了经济社会平稳运行", "营商环境持续优化", "发展质量和效益稳步提升",
           "得到上级部门充分肯定", "超额完成年度目标任务", "基层治理能力进一步提升",
           "人居环境明显改善", "群众满意度不断提高", "为下一步工作积累了经验"]
POLICY = [
    "坚持以人民为中心的发展思想，持续改善民生福祉。",
    "深入推进“放管服”改革，进一步压减审批时限。",
    "扎实做好防汛抗旱各项准备工作，确保安全度汛。",
    "加强基层党组织建设，充分发挥战斗堡垒作用。",
    "大力实施乡村振兴战略，推动农业增效、农民增收。",
    "全面落实河湖长制，水环境质量持续向好。",
    "严格落实意识形态工作责任制，牢牢掌握主动权。",
    "不断完善社会救助体系，兜牢民生保障底线。",
    "着力构建亲清政商关系，帮助企业解决实际困难。",
    "统筹推进城市更新和老旧街区改造，城市面貌焕然一新。",
    "坚决打好污染防治攻坚战，推动绿色低碳发展。",
    "加快推进数字政府建设，提升政务服务效能。",
    "持续开展扫黑除恶常态化斗争，社会大局和谐稳定。",
    "聚焦主导产业，推动产业链补链延链强链。",
    "健全防止返贫动态监测和帮扶机制，守住不发生规模性返贫底线。",
    "强化耕地保护，坚决遏制耕地“非农化”。",
    "积极应对人口老龄化，发展普惠型养老服务。",
    "深化文明创建，弘扬社会主义核心价值观。",
    "完善公共文化服务体系，丰富群众精神文化生活。",
    "推进网格化管理，把矛盾纠纷化解在基层。",
    "压实企业安全生产主体责任，坚决遏制重特大事故发生。",
    "优化教育资源布局，促进义务教育优质均衡发展。",
]
PROBLEMS = [
    "同时也要清醒看到，经济下行压力依然较大。",
    "部分企业生产经营困难，稳增长任务艰巨。",
    "公共服务供给与群众期盼还有差距。",
    "少数干部担当作为不够，工作作风有待改进。",
    "财政收支平衡压力较大，债务风险不容忽视。",
    "基础设施短板仍较明显，城乡发展不够均衡。",
    "科技创新能力不强，新兴产业规模偏小。",
]
PLANS = [
    "下一步，我们将紧盯年度目标，确保各项任务落地见效。",
    "明年，将重点抓好项目建设、产业培育和民生保障三方面工作。",
    "我们将以更加昂扬的斗志，奋力谱写高质量发展新篇章。",
    "今后一个时期，将继续围绕中心、服务大局，推动各项工作再上新台阶。",
    "新的一年，我们将坚持稳中求进，全力以赴抓落实。",
]


def simp_sentence(rng):
    k = rng.random()
    if k < 0.30:
        return f"{rng.choice(TIME)}，{rng.choice(SUBJ)}{rng.choice(ACTS)(rng)}，{rng.choice(CLOSERS)}。"
    if k < 0.50:
        return f"{rng.choice(TIME)}，{rng.choice(SUBJ)}{rng.choice(ACTS)(rng)}。"
    if k < 0.62:
        a, b = rng.sample(ACTS, 2)
        return f"{rng.choice(SUBJ)}{a(rng)}，{b(rng)}。"
    if k < 0.72:
        acts = rng.sample(ACTS, rng.randint(2, 3))
        parts = [f"{o}是{a(rng)}" for o, a in zip("一二三", acts)]
        return "；".join(parts) + "。"
    if k < 0.88:
        return rng.choice(POLICY)
    if k < 0.95:
        return rng.choice(PROBLEMS)
    return rng.choice(PLANS)


# Traditional sentences, written for this file.
TRAD = [
    "今年以來，本鎮堅持穩中求進工作總基調，各項經濟指標保持平穩增長。",
    "全年完成地區生產總值58.6億元，同比增長6.2%。",
    "新建農村道路23公里，改造危舊橋梁5座，群眾出行條件明顯改善。",
    "深入開展安全生產大檢查，排查整改各類隱患416處。",
    "組織黨員幹部深入基層走訪，收集意見建議120餘條。",
    "紮實推進鄉村振興戰略，培育特色產業示範村8個。",
    "持續優化營商環境，新登記市場主體1350戶。",
    "全面落實就業優先政策，城鎮新增就業2860人。",
    "積極推動老舊小區改造，惠及居民3400餘戶。",
    "加強生態環境保護，空氣質量優良天數比例達到91.5%。",
    "健全基層醫療衛生服務體系，家庭醫生簽約服務覆蓋率穩步提升。",
    "認真做好防汛備汛工作，確保轄區安全度汛。",
    "推進政務服務“一網通辦”，事項網上可辦率達到98%。",
    "發放城鄉低保、特困供養等救助資金1265萬元。",
    "嚴格落實河長制，完成河道清淤整治12.4公里。",
    "強化社會治安綜合治理，刑事案件發案數同比下降14.7%。",
    "圍繞重點項目建設，協助解決徵地拆遷等難題32個。",
    "開展文明城市創建活動，志願服務時長累計超過5萬小時。",
    "財政收支矛盾仍較突出，部分項目推進進度滯後。",
    "下一步，我們將繼續堅持以人民為中心的發展思想。",
    "加快數字鄉村建設，實現行政村光纖網絡全覆蓋。",
    "建成高標準農田1.2萬畝，糧食總產量穩定在8萬噸以上。",
    "落實減稅降費政策，為企業減輕負擔3100萬元。",
    "加強食品藥品安全監管，抽檢合格率達到97.8%。",
    "舉辦招商推介會4場，簽約項目11個，協議投資額45億元。",
    "深化“放管服”改革，企業開辦時間壓縮至1個工作日。",
    "完成義務教育學校改擴建工程3所，新增學位1200個。",
    "紮實開展森林防火宣傳，全年未發生較大森林火災。",
    "推動文旅融合發展，接待遊客86萬人次。",
    "嚴格執行中央八項規定精神，持續糾治“四風”問題。",
    "完善社區網格化管理，劃分網格136個，配備專職網格員。",
    "穩妥推進農村集體產權制度改革，清產核資工作全面完成。",
    "加大招才引智力度，引進各類人才85名。",
    "做好退役軍人服務保障工作，走訪慰問困難退役軍人210人次。",
    "推進垃圾分類工作，生活垃圾無害化處理率達到100%。",
    "抓好秋冬季疫病防控，重大動物疫病免疫密度保持在95%以上。",
    "存在的問題主要有：產業結構較為單一，發展後勁不足。",
    "部分幹部擔當意識不強，工作作風有待進一步轉變。",
    "農業基礎設施薄弱，抵禦自然災害能力仍然較低。",
    "我們將以更加務實的作風，奮力完成全年各項目標任務。",
    "一是抓黨建促發展，二是抓項目強支撐，三是抓民生增福祉。",
    "全年共受理群眾來信來訪87件，按期辦結率100%。",
]

# Pinyin for the traditional characters the "scraper" annotates (characters
# whose reading in these sentences is unambiguous).
TRAD_PY = dict(x.split(":") for x in """
發:fā 區:qū 經:jīng 濟:jì 開:kāi 實:shí 現:xiàn 將:jiāng 進:jìn 設:shè 會:huì 員:yuán 務:wù 導:dǎo
領:lǐng 動:dòng 項:xiàng 業:yè 產:chǎn 態:tài 環:huán 億:yì 萬:wàn 農:nóng 鄉:xiāng 鎮:zhèn 點:diǎn
衛:wèi 質:zhì 體:tǐ 議:yì 黨:dǎng 組:zǔ 織:zhī 機:jī 構:gòu 營:yíng 綜:zōng 協:xié 穩:wěn 備:bèi
學:xué 強:qiáng 優:yōu 積:jī 責:zé 續:xù 範:fàn 規:guī 劃:huà 計:jì 戰:zhàn 創:chuàng 標:biāo
準:zhǔn 檢:jiǎn 護:hù 療:liáo 醫:yī 藥:yào 養:yǎng 災:zāi 幹:gàn 問:wèn 題:tí 決:jué 們:men
財:cái 稅:shuì 資:zī 專:zhuān 舊:jiù 礎:chǔ 職:zhí 興:xīng 權:quán 舉:jǔ 戶:hù 圍:wéi 繞:rào
擴:kuò 隱:yǐn 餘:yú 達:dá 蓋:gài 簽:qiān 認:rèn 轄:xiá 辦:bàn 嚴:yán 滯:zhì 後:hòu 纖:xiān
絡:luò 糧:liáng 噸:dūn 減:jiǎn 輕:qīng 擔:dān 監:jiān 額:é 壓:yā 縮:suō 個:gè 義:yì 紮:zhā
遊:yóu 執:zhí 糾:jiū 風:fēng 網:wǎng 類:lèi 軍:jūn 訪:fǎng 難:nán 圾:jī 無:wú 結:jié 單:dān
識:shí 轉:zhuǎn 禦:yù 較:jiào 徵:zhēng 遷:qiān 時:shí 願:yuàn 歲:suì 區:qū 橋:qiáo 條:tiáo
數:shù 統:tǒng 齊:qí 樣:yàng 據:jù 務:wù 總:zǒng 錄:lù 與:yǔ 寫:xiě 賽:sài 證:zhèng 韓:hán
""".split())

SIMP_PY = dict(x.split(":") for x in """
经:jīng 济:jì 发:fā 展:zhǎn 社:shè 区:qū 建:jiàn 设:shè 工:gōng 作:zuò 推:tuī 进:jìn 项:xiàng
目:mù 服:fú 务:wù 民:mín 生:shēng 安:ān 全:quán 改:gǎi 革:gé 治:zhì 理:lǐ 农:nóng 村:cūn 城:chéng
镇:zhèn 业:yè 企:qǐ 投:tóu 资:zī 基:jī 层:céng 党:dǎng 政:zhèng 府:fǔ 环:huán 境:jìng 保:bǎo
护:hù 产:chǎn 品:pǐn 质:zhì 育:yù 医:yī 疗:liáo 卫:wèi 健:jiàn 康:kāng 就:jiù 创:chuàng 新:xīn
科:kē 技:jì 文:wén 化:huà 旅:lǚ 游:yóu 市:shì 场:chǎng 主:zhǔ 体:tǐ 营:yíng 商:shāng 收:shōu
入:rù 增:zēng 加:jiā 完:wán 成:chéng 实:shí 施:shī 平:píng 稳:wěn 持:chí 续:xù 提:tí 升:shēng
人:rén 面:miàn 积:jī 公:gōng 路:lù 水:shuǐ 利:lì 电:diàn 力:lì 能:néng 源:yuán 金:jīn 财:cái
税:shuì 领:lǐng 导:dǎo 部:bù 门:mén 群:qún 众:zhòng 矛:máo 盾:dùn 纠:jiū 纷:fēn 防:fáng 控:kòng
疫:yì 情:qíng 救:jiù 助:zhù 养:yǎng 老:lǎo 住:zhù 房:fáng 街:jiē 道:dào 县:xiàn 乡:xiāng 规:guī
划:huà 标:biāo 任:rèn 责:zé 年:nián 以:yǐ 来:lái 新:xīn 全:quán 开:kāi 排:pái 查:chá 隐:yǐn
患:huàn 贷:dài 款:kuǎn 万:wàn 亿:yì 元:yuán 户:hù 居:jū 林:lín 造:zào 树:shù 植:zhí 基:jī 站:zhàn
""".split())


def trad_sentence(rng):
    return rng.choice(TRAD)


HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})


def clean_text(rng, n=None, trad=False, halfwidth=None, nl=None):
    """1-4 clean sentences, no repeats."""
    n = n or rng.choice([1, 2, 2, 3, 3, 4])
    gen = trad_sentence if trad else simp_sentence
    sents = []
    while len(sents) < n:
        s = gen(rng)
        if s not in sents:
            sents.append(s)
    if halfwidth is None:
        halfwidth = rng.random() < 0.15
    if halfwidth:
        sents = [s.translate(HALF) for s in sents]
    if nl is None:
        nl = rng.random() < 0.15
    return ("\n" if nl else "").join(sents)


# ---------------------------------------------------------------------------
# Codec helpers (real codecs only)
# ---------------------------------------------------------------------------

def cp1252_whatwg(b):
    """windows-1252 as browsers decode it: the five undefined bytes map to C1 controls."""
    out = []
    for x in b:
        try:
            out.append(bytes([x]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(x))
    return "".join(out)


def dec(b, codec, errors="strict"):
    if codec == "cp1252w":
        return cp1252_whatwg(b)
    return b.decode(codec, errors)


HAN = re.compile(r"[\u4e00-\u9fff]+")
CLAUSE = re.compile(r"[^，。；：、！？,;:\n“”]+")


def free(occ, s, e):
    for a, b in occ:
        if s == e:  # insertion
            if a <= s <= b:
                return False
        elif s < b and a < e or (a == b and s <= a <= e):
            return False
    return True


def pick_han(rng, text, occ, lo=2, hi=8):
    runs = [m.span() for m in HAN.finditer(text) if m.end() - m.start() >= lo]
    rng.shuffle(runs)
    for a, b in runs:
        for _ in range(6):
            L = rng.randint(lo, min(hi, b - a))
            s = rng.randint(a, b - L)
            if free(occ, s, s + L):
                return s, s + L
    return None


def pick_clause(rng, text, occ, lo=3, hi=24):
    cl = [m.span() for m in CLAUSE.finditer(text) if lo <= m.end() - m.start() <= hi]
    cl = [c for c in cl if HAN.search(text[c[0]:c[1]]) and free(occ, *c)]
    return rng.choice(cl) if cl else None


def pick_target(rng, text, occ, lo=2, hi=8, clause_p=0.3):
    if rng.random() < clause_p:
        t = pick_clause(rng, text, occ)
        if t:
            return t
    return pick_han(rng, text, occ, lo, hi)


class Skip(Exception):
    pass


# ---------------------------------------------------------------------------
# Damage functions: f(rng, text, occ) -> (list of (start, end, replacement), note)
# ---------------------------------------------------------------------------

def codec_damage(rng, text, occ, fn, lo=2, hi=8, clause_p=0.3, tries=12):
    for _ in range(tries):
        t = pick_target(rng, text, occ, lo, hi, clause_p)
        if not t:
            raise Skip
        s, e = t
        phrase = text[s:e]
        r = fn(phrase)
        if r is None:
            continue
        out, how = r
        if out == phrase or not out:
            continue
        return [(s, e, out)], f"{how}: {phrase!r}"
    raise Skip


def d_utf8_as_gbk(rng, text, occ):
    codec = rng.choice(["gbk", "gbk", "gb18030"])
    mode = rng.choice(["strict", "strict", "replace", "qmark"])

    def fn(p):
        b = p.encode("utf-8")
        try:
            return b.decode(codec), f"utf-8 bytes decoded as {codec}"
        except UnicodeDecodeError:
            if mode == "strict":
                return None
            o = b.decode(codec, "replace")
            if mode == "qmark":
                return o.replace("\ufffd", "?"), f"utf-8 bytes decoded as {codec}, undecodable bytes shown as '?'"
            return o, f"utf-8 bytes decoded as {codec} with U+FFFD replacement"
    return codec_damage(rng, text, occ, fn, tries=30)


def d_utf8_as_big5(rng, text, occ):
    codec = rng.choice(["big5", "cp950"])
    return codec_damage(rng, text, occ, lambda p: (p.encode("utf-8").decode(codec, "replace"),
                                                   f"utf-8 bytes decoded as {codec} (replace)"))


def d_utf8_as_latin1(rng, text, occ):
    return codec_damage(rng, text, occ, lambda p: (p.encode("utf-8").decode("latin-1"),
                                                   "utf-8 bytes decoded as latin-1 (C1 controls kept)"))


def d_utf8_as_cp1252(rng, text, occ):
    return codec_damage(rng, text, occ, lambda p: (cp1252_whatwg(p.encode("utf-8")),
                                                   "utf-8 bytes decoded as windows-1252 (WHATWG mapping)"))


def d_double_utf8(rng, text, occ):
    v = rng.choice(["cp1252w", "cp1252w", "latin-1", "gbk"])

    def fn(p):
        b = p.encode("utf-8")
        if v == "gbk":
            once = b.decode("gbk", "replace")
            return once.encode("utf-8").decode("gbk", "replace"), "utf-8 -> read as gbk -> saved as utf-8 -> read as gbk again"
        once = dec(b, v)
        return dec(once.encode("utf-8"), v), f"utf-8 encoded twice (via {v}), shown through {v}"
    return codec_damage(rng, text, occ, fn, hi=5)


def d_gbk_as_utf8(rng, text, occ):
    return codec_damage(rng, text, occ, lambda p: (p.encode("gbk").decode("utf-8", "replace"),
                                                   "gbk bytes decoded as utf-8 with replacement"))


def d_kunkao(rng, text, occ):
    def fn(p):
        o = p.encode("gbk").decode("utf-8", "replace").encode("utf-8").decode("gbk", "replace")
        if "锟斤拷" not in o:
            return None
        return o, "gbk -> utf-8(replace) -> re-encoded utf-8 -> read as gbk (锟斤拷)"
    if rng.random() < 0.25:
        t = pick_target(rng, text, occ)
        if not t:
            raise Skip
        k = rng.randint(1, 4)
        o = ("\ufffd" * (2 * k)).encode("utf-8").decode("gbk")
        return [(t[0], t[1], o)], f"phrase {text[t[0]:t[1]]!r} replaced by {2 * k} U+FFFD encoded utf-8 and read as gbk"
    return codec_damage(rng, text, occ, fn, tries=30)


def d_tangtang(rng, text, occ):
    byte = rng.choice([0xCC, 0xCC, 0xCD, 0xCD, 0xDD])
    k = rng.randint(2, 10)
    o = (bytes([byte]) * (2 * k)).decode("gbk")
    t = pick_target(rng, text, occ)
    if not t:
        raise Skip
    s, e = t
    if rng.random() < 0.3:  # garbage after the phrase instead of replacing it
        return [(e, e, o)], f"{k}x 0x{byte:02X}{byte:02X} (uninitialised buffer) read as gbk inserted"
    return [(s, e, o)], f"phrase {text[s:e]!r} replaced by {k}x 0x{byte:02X}{byte:02X} read as gbk"


def d_qmarks(rng, text, occ):
    v = rng.random()
    if v < 0.25:
        # single lost character inside a word, as in 心?时代
        t = pick_han(rng, text, occ, 3, 8)
        if not t:
            raise Skip
        s = rng.randint(t[0] + 1, t[1] - 2) if t[1] - t[0] >= 3 else t[0]
        return [(s, s + 1, "?")], f"character {text[s]!r} lost to '?'"
    t = pick_target(rng, text, occ, 2, 9, 0.35)
    if not t:
        raise Skip
    s, e = t
    p = text[s:e]
    if v < 0.8:
        o = p.encode("ascii", "replace").decode("ascii")
        how = "encoded to ascii with replace (one '?' per char)"
    else:
        o = "".join("?" if b >= 0x80 else chr(b) for b in p.encode("gbk"))
        how = "each non-ascii gbk byte became '?'"
    if o == p:
        raise Skip
    return [(s, e, o)], f"{how}: {p!r}"


OPEN_TAGS = ["<p>", "<br>", "<br />", "<br/>", "<p style=\"text-indent:2em\">", "<div class=\"TRS_Editor\">",
             "<span style=\"font-family:仿宋_GB2312;font-size:16pt\">", "<font face=\"宋体\">",
             "<p class=\"MsoNormal\">", "<!--EndFragment-->", "<td>", "<o:p></o:p>"]
CLOSE_TAGS = ["</p>", "</span>", "</div>", "</font>", "</td>", "</strong>", "</b>"]
WRAP = [("<strong>", "</strong>"), ("<b>", "</b>"), ("<span>", "</span>"),
        ("<span style=\"color:#333333\">", "</span>"), ("<em>", "</em>")]


def sent_bounds(text):
    pos = [0] + [m.end() for m in re.finditer(r"[。；\n]", text)]
    return sorted(set(p for p in pos if p <= len(text)))


def d_html_tags(rng, text, occ):
    edits, used = [], set()
    kinds = rng.sample(["open", "close", "wrap", "broken", "open"], rng.randint(1, 3))
    bounds = sent_bounds(text)
    for kind in kinds:
        if kind == "wrap":
            t = pick_han(rng, text, occ + [(a, a) for a in used], 2, 6)
            if not t or t[0] in used or t[1] in used:
                continue
            o, c = rng.choice(WRAP)
            edits += [(t[0], t[0], o), (t[1], t[1], c)]
            used |= {t[0], t[1]}
            occ = occ + [t]
        else:
            cands = [b for b in bounds if b not in used and free(occ, b, b)]
            if kind == "broken":
                cands = [m.end() for m in HAN.finditer(text) if m.end() not in used and free(occ, m.end(), m.end())]
            if not cands:
                continue
            b = rng.choice(cands)
            if kind == "open":
                tag = rng.choice(OPEN_TAGS)
            elif kind == "close":
                tag = rng.choice(CLOSE_TAGS)
            else:  # closing tag whose '<' was swallowed together with a neighbouring byte
                tag = rng.choice(["?/strong>", "?/span>", "/p>", "?/p>", "/span>", "<span"])
            edits.append((b, b, tag))
            used.add(b)
    if not edits:
        raise Skip
    return edits, "html tags left in text: " + " ".join(e[2] for e in edits)


ENT_NAMED = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "·": "&middot;", "、": "&#12289;",
             "%": "&#37;", "（": "&#65288;", "）": "&#65289;"}


def d_html_entities(rng, text, occ):
    edits = []
    occ = list(occ)
    opts = rng.sample(["nbsp", "named", "numchar", "numword", "amp", "nbsp_nosemi", "dbl"], rng.randint(1, 3))
    for o in opts:
        if o in ("nbsp", "nbsp_nosemi", "dbl"):
            cands = [b for b in sent_bounds(text) if free(occ, b, b)]
            if not cands:
                continue
            b = rng.choice(cands)
            ent = {"nbsp": "&nbsp;" * rng.choice([1, 1, 2, 4]), "nbsp_nosemi": "&nbsp",
                   "dbl": rng.choice(["&amp;nbsp;", "&amp;ldquo;", "&amp;nbsp;&amp;nbsp;"])}[o]
            edits.append((b, b, ent))
            occ.append((b, b))
        elif o == "named":
            cands = [i for i, ch in enumerate(text) if ch in ENT_NAMED and free(occ, i, i + 1)]
            if not cands:
                continue
            for i in rng.sample(cands, min(len(cands), rng.randint(1, 2))):
                if free(occ, i, i + 1):
                    edits.append((i, i + 1, ENT_NAMED[text[i]]))
                    occ.append((i, i + 1))
        elif o in ("numchar", "numword"):
            t = pick_han(rng, text, occ, 1 if o == "numchar" else 2, 1 if o == "numchar" else 4)
            if not t:
                continue
            p = text[t[0]:t[1]]
            if rng.random() < 0.5:
                ent = "".join(f"&#x{ord(c):X};" for c in p)
            else:
                ent = "".join(f"&#{ord(c)};" for c in p)
            edits.append((t[0], t[1], ent))
            occ.append(t)
        elif o == "amp":
            cands = [b for b in sent_bounds(text) if free(occ, b, b)]
            if not cands:
                continue
            b = rng.choice(cands)
            edits.append((b, b, rng.choice(["&amp;", "&quot;", "&lt;br&gt;", "&lt;p&gt;"])))
            occ.append((b, b))
    if not edits:
        raise Skip
    return edits, "html entities left in text: " + " ".join(e[2] for e in edits)


def d_percent(rng, text, occ):
    enc = rng.choice(["utf-8", "utf-8", "utf-8", "gbk"])
    lower = rng.random() < 0.2

    def fn(p):
        q = urllib.parse.quote(p, encoding=enc, safe="")
        if lower:
            q = re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), q)
        return q, f"percent-encoded {enc}{' (lower-case hex)' if lower else ''}"
    return codec_damage(rng, text, occ, fn, 2, 6, 0.1)


def d_unicode_escape(rng, text, occ):
    v = rng.choice(["py", "py", "upper", "js"])

    def fn(p):
        if any(ord(c) < 0x80 for c in p):
            return None
        if v == "js":
            return "".join(f"%u{ord(c):04X}" for c in p), "JavaScript escape() %uXXXX"
        o = "".join(f"\\u{ord(c):04x}" for c in p)
        return (o.upper().replace("\\U", "\\u") if v == "upper" else o), "\\uXXXX escapes (JSON/unicode_escape)"
    return codec_damage(rng, text, occ, fn, 2, 6, 0.0)


def pinyin_edits(rng, text, occ, table, p_each, min_n, max_n, fullwidth_p):
    cands = [i for i, ch in enumerate(text) if ch in table and free(occ, i + 1, i + 1)]
    if len(cands) < min_n:
        raise Skip
    chosen = [i for i in cands if rng.random() < p_each]
    if len(chosen) < min_n:
        chosen = rng.sample(cands, min_n)
    if len(chosen) > max_n:
        chosen = sorted(rng.sample(chosen, max_n))
    fw = rng.random() < fullwidth_p
    lp, rp = ("（", "）") if fw else ("(", ")")
    edits = [(i + 1, i + 1, f"{lp}{table[text[i]]}{rp}") for i in sorted(chosen)]
    return edits


def d_pinyin_trad(rng, text, occ):
    edits = pinyin_edits(rng, text, occ, TRAD_PY, rng.uniform(0.5, 1.0), 2, 40, 0.1)
    return edits, f"pinyin annotations after {len(edits)} traditional characters"


def d_pinyin_simp(rng, text, occ):
    # pick a window (one clause or a word run) and annotate 1-2 words char by char
    edits = []
    n = rng.randint(1, 3)
    for _ in range(n):
        t = pick_han(rng, text, occ, 2, 4)
        if not t:
            break
        chars = [i for i in range(t[0], t[1]) if text[i] in SIMP_PY]
        if len(chars) < 2 and not (n == 1 and chars):
            occ = occ + [t]
            continue
        for i in chars:
            edits.append((i + 1, i + 1, f"({SIMP_PY[text[i]]})"))
        occ = occ + [(t[0], t[1] + 1)]
    if len(edits) < 2:
        raise Skip
    return edits, f"pinyin annotations after {len(edits)} simplified characters"


def gbk_as(codec_choices, label):
    def f(rng, text, occ):
        codec = rng.choice(codec_choices)
        return codec_damage(rng, text, occ, lambda p: (p.encode("gbk").decode(codec, "replace"),
                                                       f"gbk bytes decoded as {codec}"))
    f.__name__ = label
    return f


d_gbk_as_sjis = gbk_as(["shift_jis", "cp932"], "d_gbk_as_sjis")
d_gbk_as_euckr = gbk_as(["euc_kr", "cp949"], "d_gbk_as_euckr")
d_gbk_as_big5 = gbk_as(["big5", "cp950"], "d_gbk_as_big5")


def d_gbk_shift(rng, text, occ):
    """A gbk byte stream decoded one byte out of step until the next ascii byte resyncs it."""
    for _ in range(30):
        starts = [m.start() + rng.randint(0, max(0, m.end() - m.start() - 2)) for m in HAN.finditer(text)]
        if not starts:
            raise Skip
        p = rng.choice(starts)
        q = p
        while q < len(text) and ord(text[q]) >= 0x80 and text[q] != "\n":
            q += 1
        if q - p < 2 or q - p > 14:
            continue
        seg = text[p:q + 1] if q < len(text) else text[p:q]
        try:
            b = seg.encode("gbk")
        except UnicodeEncodeError:
            continue
        o = b[1:].decode("gbk", "replace")
        # trim what still matches the clean text at the end (the resync character)
        k = 0
        while k < min(len(o), len(seg)) and o[len(o) - 1 - k] == seg[len(seg) - 1 - k]:
            k += 1
        o2, seg2 = o[:len(o) - k], seg[:len(seg) - k]
        if not o2 or not free(occ, p, p + len(seg2)):
            continue
        return [(p, p + len(seg2), o2)], f"gbk stream lost its first byte at {seg2!r}, decoded out of step"
    raise Skip


WHOLE_CODECS = [
    ("utf-8", "gbk"), ("utf-8", "gb18030"), ("utf-8", "cp1252w"), ("utf-8", "latin-1"), ("gbk", "utf-8"),
    ("utf-8", "big5"), ("gbk", "big5"), ("gbk", "shift_jis"), ("gbk", "euc_kr"), ("gbk", "cp949"),
]


def whole_line(rng):
    enc, codec = rng.choice(WHOLE_CODECS)
    if rng.random() < 0.5:
        text = clean_text(rng, n=rng.randint(1, 2), nl=False)
        lines = [text]
        k = 0
    else:
        lines = [clean_text(rng, n=1, nl=False) for _ in range(rng.randint(2, 3))]
        k = rng.randrange(len(lines))
    b = lines[k].encode(enc)
    o = dec(b, codec, "replace")
    pre = "\n".join(lines[:k]) + ("\n" if k else "")
    lines[k] = o
    text = "\n".join(lines)
    return text, [[len(pre), len(pre) + len(o)]], [o], f"whole line {k + 1}: {enc} bytes decoded as {codec}"


MIX_POOL = [d_qmarks, d_html_tags, d_html_entities, d_pinyin_simp, d_utf8_as_gbk, d_percent, d_gbk_as_utf8,
            d_kunkao, d_utf8_as_cp1252]


def d_mixture(rng, text, occ):
    fns = rng.sample(MIX_POOL, rng.randint(2, 3))
    edits, notes = [], []
    for f in fns:
        try:
            e, n = f(rng, text, occ + [(a, b) for a, b, _ in edits])
        except Skip:
            continue
        edits += e
        notes.append(f.__name__[2:] + ": " + n)
    if len(notes) < 2:
        raise Skip
    return edits, " | ".join(notes)


def apply_edits(text, edits):
    edits = sorted(edits, key=lambda x: (x[0], x[1]))
    out, spans, pos, cur = [], [], 0, 0
    for s, e, r in edits:
        assert s >= pos, ("overlapping edits", edits)
        out.append(text[pos:s])
        cur += s - pos
        spans.append([cur, cur + len(r)])
        out.append(r)
        cur += len(r)
        pos = e
    out.append(text[pos:])
    new = "".join(out)
    for (a, b), (_, _, r) in zip(spans, edits):
        assert new[a:b] == r
    return new, spans, [r for _, _, r in edits]


MOJI = {  # style: (function, count, traditional base?)
    "utf8_as_gbk": (d_utf8_as_gbk, 95, False),
    "utf8_as_big5": (d_utf8_as_big5, 60, False),
    "utf8_as_latin1": (d_utf8_as_latin1, 55, False),
    "utf8_as_cp1252": (d_utf8_as_cp1252, 70, False),
    "double_utf8": (d_double_utf8, 60, False),
    "gbk_as_utf8_replace": (d_gbk_as_utf8, 70, False),
    "kunkao_jinkao": (d_kunkao, 60, False),
    "tangtang_tuntun": (d_tangtang, 50, False),
    "question_marks": (d_qmarks, 90, False),
    "html_tags": (d_html_tags, 85, False),
    "html_entities": (d_html_entities, 80, False),
    "percent_encoded": (d_percent, 60, False),
    "unicode_escape": (d_unicode_escape, 35, False),
    "pinyin_annot_trad": (d_pinyin_trad, 75, True),
    "pinyin_annot_simp": (d_pinyin_simp, 60, False),
    "gbk_as_shiftjis": (d_gbk_as_sjis, 55, False),
    "gbk_as_euckr": (d_gbk_as_euckr, 55, False),
    "gbk_as_big5": (d_gbk_as_big5, 55, False),
    "gbk_byte_shift": (d_gbk_shift, 55, False),
    "mixture": (d_mixture, 85, False),
    "whole_line": (None, 70, False),
}

# ---------------------------------------------------------------------------
# Negatives
# ---------------------------------------------------------------------------

NEG_BANK = {
    "russian_quoted": [
        "市外办接待了来自莫斯科（Москва）的经贸代表团，双方就农产品出口进行了洽谈。",
        "口岸标识牌统一采用中俄双语，入境大厅写有“Добро пожаловать”字样。",
        "合作备忘录的俄文文本标题为《Меморандум о сотрудничестве》。",
        "来访的新西伯利亚（Новосибирск）州代表对我市冰雪旅游项目表示浓厚兴趣。",
        "边境小镇的商铺招牌多为中俄双语，如“Рынок”（市场）、“Аптека”（药店）。",
        "喀山联邦大学（Казанский федеральный университет）与我市高校签署了交流协议。",
        "俄方代表用中文说“谢谢”，我方翻译回应“Пожалуйста”。",
        "中欧班列从本站始发，终点为叶卡捷琳堡（Екатеринбург）。",
        "对外宣传册增设俄语版，封面标语为“Открытый город”。",
        "哈巴罗夫斯克（Хабаровск）边疆区经贸团一行12人到我区考察。",
        "俄语培训班教材第一课是“Здравствуйте”。",
        "符拉迪沃斯托克（Владивосток）至我市的货运航线恢复运营。",
    ],
    "japanese_quoted": [
        "友好城市代表团团长在致辞结尾用日语说“ありがとうございました”。",
        "本次展会吸引了来自東京都的12家企业参展。",
        "日方合作企业名称为“株式会社さくら精機”，主要生产精密零部件。",
        "赴日研修生回国后分享了“おもてなし”服务理念在乡村民宿中的应用。",
        "景区新增日文导览标识，如“入口（いりぐち）”“出口（でぐち）”等。",
        "双方互赠了写有“友好”“きずな”字样的纪念品。",
        "日语版招商手册标题为「投資環境のご案内」。",
        "留学生在座谈会上说：“中国の発展はすばらしいです。”",
        "片假名标识“コンビニ”“タクシー”在涉外商圈较为常见。",
        "来自大阪的客商用“こんにちは”向村民问好。",
        "日本静岡県的茶叶专家到我县指导抹茶加工。",
        "合作协议日文版落款为“令和５年１０月”。",
    ],
    "korean_quoted": [
        "韩国首尔（서울）经贸代表团来我区考察跨境电商产业园。",
        "延边州部分街道招牌采用朝汉双语，如“병원”（医院）、“은행”（银行）。",
        "朝鲜族群众用朝鲜语说“감사합니다”，感谢工作队的帮扶。",
        "韩方合作企业名称为“주식회사 한빛”。",
        "中韩双语宣传栏的标题为“함께 만드는 행복한 마을”。",
        "釜山（부산）港至我市港口的集装箱航线每周两班。",
        "朝鲜族民俗村举办秋夕（추석）文化节，吸引游客2万人次。",
        "学校开设朝鲜语课程，课本第一课是“안녕하세요”。",
        "仁川（인천）的物流企业在保税区设立了分拨中心。",
        "延吉市区的商店招牌上写着“백화점”和“百货商店”。",
    ],
    "greek_letters": [
        "通过回归分析得出弹性系数β=0.42，显著性水平α取0.05。",
        "温差Δt控制在2℃以内。",
        "检测中心测得样品的γ射线剂量率处于正常本底水平。",
        "模型中λ表示衰减系数，σ表示标准差。",
        "接地电阻值为4.7Ω，满足设计要求。",
        "按照π取3.14计算，圆形广场面积约为1256平方米。",
        "该指标的变化量ΔGDP为正，说明经济总量继续扩大。",
        "希腊雅典（Αθήνα）的文化代表团参观了我市博物馆。",
        "阈值ε设定为0.01，迭代至收敛为止。",
        "路面摩擦系数μ不低于0.45。",
        "α、β、γ三个方案经专家论证后，最终选定β方案。",
        "质量控制采用6σ管理方法，产品不良率明显下降。",
    ],
    "latin_accents": [
        "德国合作伙伴米勒（Müller）先生参加了开工仪式。",
        "越南（Việt Nam）河内（Hà Nội）商会一行访问我市边贸市场。",
        "经岘港（Đà Nẵng）转运的货物同比增长12%。",
        "巴西圣保罗（São Paulo）的客商签约采购茶叶200吨。",
        "在杜塞尔多夫（Düsseldorf）举办的展会上，我市企业签下订单。",
        "合作项目由法国兴业银行（Société Générale）提供融资。",
        "代表团还访问了瑞士苏黎世（Zürich）和挪威奥勒松（Ålesund）。",
        "波兰罗兹（Łódź）至成都的班列运行稳定。",
        "捷克斯柯达（Škoda）公司技术人员到厂指导。",
        "土耳其伊斯坦布尔（İstanbul）商会与我市签署了合作备忘录。",
        "科特迪瓦（Côte d'Ivoire）的可可豆经我港转运。",
        "中德产业园的路牌上可以看到德语“Straße”一词。",
        "胡志明市（Thành phố Hồ Chí Minh）的经销商预订了500台农机。",
        "新开的法式咖啡馆（café）成为游客打卡点。",
        "冰岛雷克雅未克（Reykjavík）的地热专家介绍了供暖经验。",
        "西班牙（España）客商对我县柑橘表现出浓厚兴趣。",
    ],
    "math_units": [
        "PM2.5年均浓度为32μg/m³，同比下降3μg/m³。",
        "日最高气温达到38.5℃，超过历史同期均值。",
        "人均住房建筑面积增至41.2m²。",
        "加工精度控制在±0.5mm以内。",
        "满足x≤100且y≥20的样本共有62个。",
        "地下水位年变幅≤0.3m，属于正常范围。",
        "人口出生率为8.6‰，自然增长率为1.2‰。",
        "项目总占地约3.6km²，约合5400亩。",
        "排水管道坡度≥2‰，管径DN300。",
        "计算得出√2≈1.414，结果保留三位小数。",
        "降水量较常年偏多20%～30%。",
        "厂界噪声昼间≤60dB(A)，夜间≤50dB(A)。",
        "地表水溶解氧浓度≥5mg/L，达到Ⅲ类标准。",
        "供水能力提高到12万m³/d。",
        "冬季室内温度不低于18℃，供暖面积新增35万㎡。",
    ],
    "currency_symbols": [
        "对欧盟出口额为4500万欧元（约€45 million）。",
        "一位英国客商以£12.5万的价格采购了一批手工艺品。",
        "景区门票价格为¥80/人，学生半价。",
        "韩方追加投资₩30亿。",
        "该企业在北美市场的销售额为$3.2 million。",
        "印度客户订单金额为₹500万。",
        "以€计价的订单受汇率波动影响，利润下降约2个百分点。",
        "网店商品标价“¥199”，实际成交价为169元。",
        "这款茶具在英国电商平台售价为£39.99。",
        "合同约定以美元（US$）结算，总额US$860万。",
        "日方报价为每台1,280,000円。",
        "外贸订单按€1=7.8元人民币的汇率折算。",
    ],
    "emoji": [
        "社区公众号发布的防诈骗提示获得大量点赞👍。",
        "“秋收季到了🌾，欢迎大家来采摘！”——这是村里直播间的开场白。",
        "网友留言：“家门口的公园建好了，太开心了😊”。",
        "政务微博推送的春节祝福配有🧧🎉表情，阅读量超过10万。",
        "村民在群里发了一个🙏表示感谢。",
        "志愿者用❤️符号拼出了爱心图案。",
        "留言板热词包括“点赞”“👏”“加油💪”。",
        "国旗表情🇨🇳在国庆期间使用频率大幅上升。",
        "家庭表情👨‍👩‍👧出现在“最美家庭”评选的宣传海报上。",
        "孩子们在手抄报上画了🌏和🌳，呼吁保护环境。",
        "直播带货期间，主播不断提醒观众点击🛒下单。",
        "天气预报栏目用☀️和🌧️标注未来三天天气。",
    ],
    "rare_chars": [
        "企业名称“鑫淼科技有限公司”已完成工商登记。",
        "犇腾牧业养殖肉牛1200头。",
        "店名“㐂福楼”中的“㐂”是“喜”的异体字。",
        "公司名称中使用了“垚”“焱”“淼”等叠字，寓意兴旺。",
        "书法展展出了“龘”“靐”“齉”等笔画繁多的汉字。",
        "学生王喆、李堃、张赟获得市级三好学生称号。",
        "工匠刘燚被评为“市级技能大师”。",
        "“鱻”字由三个鱼组成，古同“鲜”。",
        "户籍系统升级后，姓名中的生僻字“𠮷”已能正常录入。",
        "史料中南汉开国皇帝名为刘䶮，“䶮”字读作yǎn。",
        "鑫源小区、淼泉小区完成二次供水改造。",
        "“犇”“骉”“猋”分别由三个牛、马、犬组成。",
        "镇上新开的“昇鑫”超市提供代收快递服务。",
        "古籍修复中心收录了“𪚥”等罕见字形。",
        "村民赵堃、钱玥、孙喆当选为村民代表。",
    ],
    "rare_names_places": [
        "亳州市谯城区中药材交易额稳步增长。",
        "郴州、儋州、涪陵三地代表交流了经验。",
        "邛崃市和犍为县的茶叶企业联合参展。",
        "鄱阳湖区退捕渔民全部实现转产安置。",
        "婺源县篁岭景区接待游客超百万人次。",
        "勐腊县磨憨口岸货运量同比增长。",
        "武汉市硚口区完成老旧小区改造。",
        "宁波市鄞州区与我区签订对口合作协议。",
        "安徽濉溪县、河南荥阳市的客商参加洽谈会。",
        "获奖者包括仉振华、禤国强、逄丽、亓官明等同志。",
        "厍家村、郗家庄两个村完成通户道路硬化。",
        "黟县、歙县的徽派民居保护工作成效显著。",
        "陕西省柞水县的木耳产业带动群众增收。",
        "山东莒县、莘县和茌平区开展农业社会化服务试点。",
        "四川珙县、筠连县的煤矿实现安全生产。",
        "先进个人名单中有缑小燕、訾建国、隗俊、璩海等同志。",
        "六安市、丽水市、蔚县的代表作了交流发言。",
        "江西铅山县的连四纸制作技艺得到传承。",
    ],
    "pinyin_lesson": [
        "汉语拼音课上，老师示范“中国”的读音 zhōng guó。",
        "一年级学生练习四个声调：mā、má、mǎ、mà。",
        "普通话推广周活动中，“你好”拼写为 nǐ hǎo。",
        "“绿”的韵母是 ü，拼写为 lǜ。",
        "对外汉语课程第一课学习“谢谢”（xiè xie）和“再见”（zài jiàn）。",
        "路牌拼音按规定拼写为 Zhongshan Lu，不标声调。",
        "儿歌《拼音字母歌》从 a、o、e 唱起。",
        "“长江”的拼音是 Cháng Jiāng，专名首字母需大写。",
        "多音字“行”在“银行”中读 háng，在“行走”中读 xíng。",
        "村小学的孩子们在黑板上写下 wǒ ài zǔ guó。",
        "推普脱贫培训班教学员朗读“dǎ gōng”“zhuàn qián”等常用词。",
        "“一”在第四声前变调，如“一定”读作 yí dìng。",
    ],
    "pinyin_gloss_rare": [
        "亳（bó）州的中药材市场是全国重要的药材集散地。",
        "会议在涪（fú）陵区召开。",
        "犍（qián）为县的茉莉花茶远近闻名。",
        "来自黟（yī）县的代表作了发言。",
        "歙（shè）县的砚台制作技艺入选非遗名录。",
        "荥（xíng）阳市客商参加了洽谈会。",
        "莘（shēn）县的蔬菜远销海外。",
        "栎（yuè）阳街道完成了老旧小区改造。",
        "武汉硚（qiáo）口区与我区结成友好城区。",
        "濉（suī）溪县的代表介绍了采煤沉陷区治理经验。",
        "儋（dān）州市的热带农业发展迅速。",
        "柞（zhà）水县的木耳产业带动群众增收。",
        "珙（gǒng）县的苗族刺绣走出大山。",
        "河北蔚（yù）县的剪纸艺术享誉海内外。",
        "江西铅（yán）山县的连四纸制作技艺得到传承。",
        "安徽六（lù）安市的瓜片茶享有盛名。",
        "位于郴(chēn)州的产业园新入驻企业15家。",
        "邛(qióng)崃市的客商签约了3个项目。",
    ],
    "angle_amp_prose": [
        "学习贯彻《中华人民共和国安全生产法》和《生产安全事故应急条例》。",
        "企业研发（R&D）投入强度达到3.1%。",
        "当a<b时，按较小值确定补贴标准。",
        "月收入在3000元<x≤5000元区间的家庭占比最大。",
        "美国AT&T公司的代表参加了通信产业论坛。",
        "本地的B&B民宿数量增加到45家。",
        "并购（M&A）咨询服务纳入中介服务清单。",
        "推介会设置了Q&A环节，现场解答企业提问。",
        "按照<<城乡规划法>>的要求，完成控制性详细规划编制。",
        "〈规定〉第三条明确了适用范围。",
        "宝洁（P&G）在开发区设立了区域配送中心。",
        "检验结果P<0.05，差异具有统计学意义。",
        "强生（Johnson & Johnson）捐赠的医疗物资已分发到位。",
        "《关于进一步优化营商环境的若干措施》印发后，企业反响良好。",
        "若增速>8%，则启动超额奖励机制。",
    ],
    "html_as_code": [
        "网站改版技术规范要求，正文段落统一使用“<p>”标签包裹，不再使用“<font>”标签设置字体。",
        "信息无障碍改造中，为所有图片补充了替代文本，例如 <img src=\"logo.png\" alt=\"市政府标志\">。",
        "在HTML中，不间断空格写作“&nbsp;”，与号写作“&amp;”。",
        "开发人员将页面中的 <br> 换行标签替换为CSS样式，页面加载速度提升了15%。",
        "适老化改造要求在 <html> 标签中声明 lang=\"zh-CN\" 属性。",
        "字符“中”的十六进制数字字符引用为“&#x4E2D;”，十进制为“&#20013;”。",
        "政务新媒体编辑规范要求：发布前检查正文，不得残留“<span>”“</div>”等标签。",
        "培训课上讲解了表格标签 <table>、<tr>、<td> 的基本用法。",
        "新版页面模板在 <head> 中统一加入 <meta charset=\"utf-8\">，解决了乱码问题。",
        "代码示例 if (a < b && c > d) 用于判断数据是否越界。",
    ],
    "fullwidth_latin": [
        "全市５Ｇ基站总数达到２３００个。",
        "ＧＤＰ同比增长６．２％。",
        "ＰＭ２．５平均浓度下降８％。",
        "附件Ａ、附件Ｂ分别为申报表和承诺书。",
        "对企业实行ＡＢＣ三类分级管理。",
        "ＷｉＦｉ信号已覆盖全部行政村。",
        "依托ＡＩ技术建设智慧社区平台。",
        "群众可拨打政务服务便民热线１２３４５反映诉求。",
        "全区３家企业通过ＩＳＯ９００１质量管理体系认证。",
        "ＶＲ体验馆、ＡＲ导览系统已投入使用。",
        "Ｇ２０６国道改扩建工程全线通车。",
    ],
    "english_with_chinese": [
        "The 2023 work report of 海淀区 set a growth target of about 5%.",
        "According to the county's 政府工作报告, 1,200 new jobs were created last year.",
        "Officials said the 东数西算 project was on schedule.",
        "The slogan “绿水青山就是金山银山” appears on billboards across the province.",
        "Residents of 朝阳区 can now apply online for the subsidy.",
        "The term 放管服 refers to streamlining administration and improving services.",
        "Visitors to 婺源 often arrive in spring to see the rapeseed flowers.",
        "The report uses the phrase 稳中求进 (“seeking progress while maintaining stability”) eleven times.",
        "A new 5G base station was installed in 石桥镇 in March.",
        "The delegation from 杭州 discussed e-commerce cooperation.",
        "Local farmers describe the 高标准农田 programme as a turning point.",
    ],
    "interpunct_names": [
        "阿卜杜热依木·艾买提同志被评为优秀共产党员。",
        "艾克拜尔·吐尔逊带领合作社社员发展设施农业。",
        "外国专家马克·约翰逊获得本年度友谊奖。",
        "图书馆举办了玛丽·居里生平展。",
        "阿依古丽·买买提在技能大赛中获得一等奖。",
        "牧民巴特尔·苏和的家庭牧场年收入超过20万元。",
        "来自法国的让·杜邦先生参加了文化交流活动。",
        "热合曼·阿不都拉被聘为村级人民调解员。",
    ],
    "chem_subscripts": [
        "全年CO₂排放强度下降4.2%。",
        "SO₂、NOₓ排放总量均完成减排任务。",
        "电厂完成超低排放改造后，NO₂浓度明显下降。",
        "污水处理厂出水中NH₃-N浓度低于1.5mg/L。",
        "实验室开展了H₂O₂消毒剂浓度检测。",
        "PM₁₀和PM₂.₅浓度同比分别下降6%和8%。",
        "光伏项目年减排CO2约1.2万吨。",
        "O₃已成为夏季影响空气质量的首要污染物。",
    ],
    "latin1_symbols": [
        "网站底部标注“版权所有©2023”。",
        "企业自主品牌“青禾®”获评省级著名商标。",
        "应急避难场所面积按每人不少于1.5m×1.5m规划。",
        "坡度不宜超过15°，否则需设置挡土墙。",
        "《物权法》§3条在培训中被反复提及。",
        "约½的村庄实现了生活污水集中处理。",
        "检测报告中的µg为微克的符号。",
        "北纬30°17′、东经120°09′处设置了水文监测点。",
        "新品牌Lúmina™在展会上首次亮相。",
        "温度计读数为36.5°C。",
    ],
    "halfwidth_question": [
        "为什么群众满意度不高?主要原因有三个方面。",
        "问题出在哪里?关键在于责任没有压实。",
        "如何破解项目用地难题?我们采取了三项措施。",
        "企业最需要什么?调研组走访了40家企业寻找答案。",
        "老旧小区改造改什么、怎么改?由居民说了算。",
        "群众的事谁来办?网格员第一时间响应。",
        "这笔钱花得值不值?审计报告给出了答案。",
        "外商常问的一句话是“Is it easy to do business here?”",
    ],
    "lookalike_words": [
        "黄山市屯溪区老街完成立面改造。",
        "开展防烫伤安全宣传进社区活动。",
        "档案数字化工作中，重要资料均拷贝备份。",
        "新疆生产建设兵团的屯垦戍边历史展览开幕。",
        "毕业证书采用烫金工艺制作。",
        "集贸市场开展缺斤短两专项整治。",
        "古代在此屯兵，因而得名屯堡。",
        "屯昌县的橡胶产业稳步发展。",
        "理发店的烫发价格实行明码标价。",
        "执法人员对拷贝销售盗版光盘的行为进行了查处。",
        "一斤猪肉的价格比上月下降了两元。",
        "屯溪绿茶的品牌价值进一步提升。",
    ],
    "minority_scripts": [
        "乌鲁木齐的双语路牌上写有“ئۈرۈمچى”字样。",
        "藏族群众用“བཀྲ་ཤིས་བདེ་ལེགས”（扎西德勒）向工作组问好。",
        "维吾尔族老人用“رەھمەت”（谢谢）表达感激之情。",
        "呼和浩特市的公共标识采用蒙汉两种文字，蒙古文写作“ᠬᠥᠬᠡᠬᠣᠲᠠ”。",
        "拉萨（ལྷ་ས།）的文化代表团到访我市。",
        "双语幼儿园的教室门口贴着“ᠮᠣᠩᠭᠣᠯ”字样的标牌。",
        "宣传单用汉文和维吾尔文“خوش كەپسىز”（欢迎）印制。",
    ],
    "cjk_punct_docnum": [
        "根据《关于印发〈实施方案〉的通知》（某政发〔2023〕12号）要求，认真抓好落实。",
        "【通知】本周六上午开展应急疏散演练。",
        "他在会上说：「办法总比困难多。」",
        "文件明确：『各村要建立台账，逐户登记』。",
        "本街道——这个曾经的老工业区——如今成了文创园。",
        "他们说，这事儿……还得再商量商量。",
        "〔2024〕第3号批复已下达至各乡镇。",
        "〖重要提示〗办理业务请携带身份证原件。",
    ],
    "circled_roman": [
        "全市Ⅰ类、Ⅱ类、Ⅲ类水质断面比例达到86%。",
        "主要措施有：①加强监测；②严格执法；③强化考核。",
        "第Ⅳ标段已完成路基施工。",
        "问卷分为⑴基本情况、⑵满意度评价两部分。",
        "下设㈠综合组、㈡督导组、㈢宣传组三个工作组。",
        "⒈申请人提交材料；⒉窗口受理；⒊限时办结。",
        "ⅰ类、ⅱ类指标由第三方机构评估。",
    ],
    "email_paths_tags": [
        "意见建议可发送至邮箱zwgk@example.gov.cn。",
        "材料统一保存在D:\\2023年资料\\总结.docx。",
        "话题#乡村振兴#阅读量突破100万。",
        "欢迎关注@某某区发布官方微博。",
        "下载地址：ftp://files.example.com/pub/report_2023.pdf。",
        "文件命名格式为“单位名称_2023_年度总结.docx”。",
        "材料存放在/home/share/2023/汇总表.xlsx路径下。",
    ],
    "numeric_formats": [
        "报名时间为2023/10/01 08:30至2023/10/15 17:00。",
        "全年完成投资3,456.78万元。",
        "按照第3.2.1条规定执行。",
        "预算编号为2023-ZX-0087。",
        "截至2023-12-31 24:00，累计接种12,680剂次。",
        "增长率计算公式为(本期-上期)/上期×100%。",
        "投票结果为45:3，议案获得通过。",
        "样本比例为1:2:3。",
    ],
}

URL_KW = ["政府工作报告", "乡村振兴", "营商环境", "老旧小区改造", "就业补贴", "公示", "预算公开", "招标公告"]
URL_DOM = ["www.example.gov.cn", "zwgk.example.gov.cn", "www.example.com", "data.example.org"]


def url_sentence(rng):
    kw = rng.choice(URL_KW)
    q = urllib.parse.quote(kw)
    form = rng.randrange(4)
    dom = rng.choice(URL_DOM)
    if form == 0:
        url = f"https://{dom}/search?q={q}&page={rng.randint(1, 9)}"
    elif form == 1:
        url = f"http://{dom}/files/{rng.randint(2019, 2024)}{urllib.parse.quote('年')}{q}.pdf"
    elif form == 2:
        url = f"https://{dom}/col/col{rng.randint(1000, 99999)}/index.html?keyword={q}"
    else:
        url = f"https://{dom}/list?type={q}&year={rng.randint(2019, 2024)}&sort=desc"
    intro = rng.choice(["详见市政府门户网站：", "原文链接：", "来源：", "附件下载地址为 ", "全文可访问 ",
                        "相关信息已在网上公开（", "查询入口："])
    close = "）。" if intro.endswith("（") else ("" if rng.random() < 0.5 else " 。")
    return f"{intro}{url}{close}", f"url with percent-escaped {kw!r}"


def table_text(rng):
    rows = [("指标", "单位", "数值")] + [
        (rng.choice(["地区生产总值", "财政收入", "固定资产投资", "新增就业", "粮食产量", "游客人数"]),
         rng.choice(["亿元", "万人", "万吨", "人"]), f"{rng.uniform(1, 900):.1f}") for _ in range(rng.randint(2, 4))]
    style = rng.randrange(3)
    if style == 0:
        lines = ["┌────────┬────┬──────┐"]
        for i, r in enumerate(rows):
            lines.append("│" + "│".join(r) + "│")
            lines.append("├────────┼────┼──────┤" if i < len(rows) - 1 else "└────────┴────┴──────┘")
        return "主要指标完成情况如下：\n" + "\n".join(lines), "box-drawing table"
    if style == 1:
        body = ["║" + r[0] + "║" + (r[2] + r[1] if i else "数值") + "║" for i, r in enumerate(rows)]
        lines = ["╔══════╦══════╗"] + body + ["╚══════╩══════╝"]
        return "\n".join(lines), "double-line box table"
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|---|---|---|")
    return "表1 主要指标\n" + "\n".join(lines), "markdown table"


NEG_COUNTS = {
    "clean_simplified": 140, "clean_traditional": 60, "russian_quoted": 35, "japanese_quoted": 40,
    "korean_quoted": 35, "greek_letters": 35, "latin_accents": 45, "math_units": 45, "currency_symbols": 35,
    "emoji": 35, "rare_chars": 45, "rare_names_places": 45, "pinyin_lesson": 35, "pinyin_gloss_rare": 35,
    "angle_amp_prose": 45, "url_percent": 40, "html_as_code": 30, "fullwidth_latin": 35, "box_table": 30,
    "english_with_chinese": 30, "interpunct_names": 25, "chem_subscripts": 25, "latin1_symbols": 30,
    "halfwidth_question": 25, "lookalike_words": 35, "minority_scripts": 20, "cjk_punct_docnum": 25,
    "circled_roman": 25, "email_paths_tags": 20, "numeric_formats": 20,
}


def make_negative(rng, style):
    if style == "clean_simplified":
        return clean_text(rng), "clean simplified report text"
    if style == "clean_traditional":
        return clean_text(rng, trad=True), "clean traditional report text"
    if style == "url_percent":
        special, note = url_sentence(rng)
    elif style == "box_table":
        special, note = table_text(rng)
        if rng.random() < 0.5:
            return clean_text(rng, n=1, nl=False) + "\n" + special, note
        return special, note
    else:
        special = rng.choice(NEG_BANK[style])
        note = style.replace("_", " ")
    if style == "english_with_chinese":
        # English context: keep it English, sometimes two sentences
        others = [s for s in NEG_BANK[style] if s != special]
        if rng.random() < 0.5:
            return special + " " + rng.choice(others), note
        return special, note
    trad = style == "clean_traditional"
    n_fill = rng.choice([0, 1, 1, 2, 2, 3])
    fill = [clean_text(rng, n=1, trad=trad, nl=False, halfwidth=False) for _ in range(n_fill)]
    parts = fill[:]
    parts.insert(rng.randint(0, len(parts)), special)
    sep = "\n" if rng.random() < 0.15 else ""
    return sep.join(parts), note


# ---------------------------------------------------------------------------

BAD_IN_NEG = ["\ufffd", "锟斤拷", "烫烫", "屯屯"]


def make_positive(rng, style):
    fn, _, trad = MOJI[style]
    if style == "whole_line":
        return whole_line(rng)
    for _ in range(50):
        base = clean_text(rng, trad=trad)
        try:
            edits, note = fn(rng, base, [])
        except Skip:
            continue
        text, spans, ins = apply_edits(base, edits)
        return text, spans, ins, note
    raise RuntimeError(f"could not build {style}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)

    recs, seen = [], set()
    for style, (_, count, _) in MOJI.items():
        made = 0
        while made < count:
            text, spans, ins, note = make_positive(rng, style)
            if text in seen:
                continue
            # the spans hold exactly what was inserted, and they are real damage
            assert spans and len(spans) == len(ins)
            last = -1
            for (a, b), r in zip(spans, ins):
                assert 0 <= a < b <= len(text) and a >= last, (style, spans)
                assert text[a:b] == r, (style, text, a, b, r)
                last = b
            seen.add(text)
            recs.append({"style": style, "label": "mojibake", "text": text, "spans": spans, "note": note})
            made += 1
    for style, count in NEG_COUNTS.items():
        made, guard = 0, 0
        while made < count:
            guard += 1
            assert guard < count * 200, f"not enough distinct negatives for {style}"
            text, note = make_negative(rng, style)
            if text in seen:
                continue
            assert not any(b in text for b in BAD_IN_NEG), (style, text)
            assert all(not (0x80 <= ord(c) <= 0x9f) for c in text), (style, text)
            seen.add(text)
            recs.append({"style": style, "label": "negative", "text": text, "spans": [], "note": note})
            made += 1

    rng.shuffle(recs)
    n_m = sum(r["label"] == "mojibake" for r in recs)
    with open(args.out, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs):
            r = {"id": f"m{i:06d}", **r}
            line = json.dumps(r, ensure_ascii=False)
            # keep every record on one physical line for any line splitter:
            # escape C1 controls and Unicode line/paragraph separators
            line = "".join(f"\\u{ord(c):04x}" if (0x80 <= ord(c) <= 0x9f or c in "\u2028\u2029\x0b\x0c\x1c\x1d\x1e")
                           else c for c in line)
            assert json.loads(line) == r
            fh.write(line + "\n")
    by = collections.Counter((r["label"], r["style"]) for r in recs)
    print(f"{len(recs)} records: mojibake {n_m}, negative {len(recs) - n_m}")
    for (lab, st), c in sorted(by.items()):
        print(f"  {lab:9} {st:24} {c}")


if __name__ == "__main__":
    main()
