"""Accuracy of mojibake detection and repair: doc-auditor's MJ rules side by side with ftfy and charset-normalizer.

    python benchmarks/mojibake_accuracy.py [--per-form 60] [--documents 400] [--seed 20240611] [--json [FILE]]
                                           [--show TOOL]

(``--show auditor-safe`` lists, on standard error, a few items per form that a tool misses, flags
wrongly or does not repair exactly.)

Builds a labelled set from sentences written for this benchmark (simplified and traditional Chinese,
some with Latin words; Japanese, accented Latin, emoji, formulas, questions, words of other scripts
quoted in Chinese, pinyin lessons and questions without a question word for the clean side): half of
the items are clean hard negatives, half are damaged with real codec round trips (UTF-8 read as GBK or
Big5, GBK read as Big5 and back, UTF-8 or GBK read as Latin-1/windows-1252, double encoding, ``?`` and
U+FFFD damage, a GBK stream decoded one byte out of step). A second set holds ``--documents`` clean
documents of several paragraphs of report sentences, most with a few hard negatives among them. Every
tool sees the text of one item or document at a time and is scored on

* detection — is this text damaged? precision, recall, F1 (and the false-positive rate on clean items);
  on the documents, the share flagged (*docFP%*: what a collection gate sees, where one finding
  anywhere flags a document);
* repair — the share of damaged items whose repair equals the original text exactly (*exact*); the share
  whose repair changed the text and equals the original but for characters the damage destroyed, each
  U+FFFD of the repair standing for one or two of them (*lost*: a decoder that meets a byte it cannot
  read loses the character for good, and a repair can only mark it); the share whose repair wrote a
  character found at no stage of the damage, a wrong guess rather than a partial repair (*wrong*); the
  exact share among the items a strict inverse of the damage undoes (*undo*); and the share of clean
  items the repair changed (*clean∆*).

The tools and what is measured for each:

* doc-auditor — the rules MJ001–MJ013 through ``auditor.engine`` (detected: any finding); repair:
  ``auditor.fix.fix_text`` with the safe fixes only, and with ``--unsafe-fixes``.
* ftfy — ``ftfy.fix_text`` restricted to its encoding repairs (width folding, quote uncurling, ligature
  and line-break normalisation off: with its defaults it also changes every clean Chinese text with
  full-width punctuation, which is not mojibake; that number is printed too). Detected: the fix changes
  the text or ``ftfy.badness.is_bad`` says so. Repair: the fixed text.
* charset-normalizer — it decodes bytes, it does not judge text. Two honest ways to use it:
  *stored*: the item as it sits in a UTF-8 collection (``text.encode("utf-8")``); detected when its best
  guess decodes to something else, finds no guess, or every decoding exceeds its own mess threshold
  (``chaos >= 0.2``, the library's default cut-off; a second row counts any mess, ``chaos > 0``);
  repair: its decoded text (valid UTF-8 is mostly given back unchanged; when it prefers another codec,
  the result is a new garble). *oracle bytes*: the damaged text re-encoded with the codec that wrongly
  decoded it (which the other tools are not told; the outermost layer for double encoding; the UTF-8
  bytes for clean items), i.e. roughly the bytes a reader had before the damage; detected when its
  decoding differs from the text, repair: its decoded text.

Numbers only: nothing is asserted. The same seed gives the same set and the same numbers.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field

# --------------------------------------------------------------------------- sentences (written for this benchmark)

SIMPLIFIED = [
    "今年以来，全区新增就业岗位3200个，城镇登记失业率控制在3.5%以内。",
    "街道组织志愿者开展垃圾分类宣传活动，共发放宣传册1500份。",
    "我们将继续完善养老服务体系，推动社区食堂覆盖所有小区。",
    "全年完成植树造林860亩，森林覆盖率提高到42.6%。",
    "第二季度共受理群众来信来访214件，按期办结率达到98%。",
    "新建改建农村公路37公里，惠及沿线群众两万余人。",
    "本次培训邀请了三位专家授课，参训人员对课程满意度较高。",
    "学校食堂实行明厨亮灶，每周公布一次食材采购清单。",
    "截至11月底，累计发放创业担保贷款1.8亿元。",
    "区文化馆全年举办公益讲座48场，吸引市民近九千人次参加。",
    "针对夏季用电高峰，供电公司提前检修变压器126台。",
    "各村建立了网格员队伍，做到小事不出村、大事不出镇。",
    "医院新增门诊预约渠道，患者平均候诊时间缩短了20分钟。",
    "城区新增公共停车位1100个，缓解了老城区停车难问题。",
    "全县粮食总产量达到31.2万吨，比上年增长2.4%。",
    "在上级部门的指导下，我们完成了年度安全生产目标任务。",
    "河道整治工程已完工，两岸新建步道约6公里。",
    "社区卫生服务中心为65岁以上老人免费体检，共服务870人。",
    "下一步，我们将加大对中小企业的帮扶力度，优化营商环境。",
    "全年招商引资签约项目23个，协议投资额超过50亿元。",
    "图书馆延长了周末开放时间，并增设了少儿阅读区。",
    "今年共改造老旧小区15个，涉及居民4300户。",
    "防汛期间，全镇转移安置群众312人，没有发生人员伤亡。",
    "本年度财政收入完成预算的103%，支出结构进一步优化。",
    "农业技术人员深入田间地头，指导农户科学施肥。",
    "我们坚持问题导向，对检查中发现的隐患逐项整改。",
    "公交公司新开通线路4条，更换新能源公交车60辆。",
    "全市共有注册志愿者5.6万人，全年服务时长超过40万小时。",
    "教育部门新建幼儿园8所，新增学位2400个。",
    "经过三个月的集中整治，市场秩序明显好转。",
    "区政府召开常务会议，研究部署冬季供暖保障工作。",
    "全年共开展食品安全抽检1260批次，合格率为97.8%。",
    "我们通过线上平台公开办事指南，群众可以随时查询。",
    "乡镇卫生院配备了远程会诊设备，方便群众就近看病。",
    "该项目总投资约2.3亿元，预计明年6月建成投用。",
    "大家一致认为，这次调研发现的问题具有代表性。",
    "社区为独居老人安装了紧急呼叫装置，共计150套。",
    "全区空气质量优良天数达到312天，同比增加9天。",
    "开学前，市场监管部门对校园周边商店进行了检查。",
    "我们要把群众满意作为检验工作成效的根本标准。",
    "小张负责整理会议纪要，并于次日报送办公室。",
    "供水管网改造完成后，漏损率从18%下降到11%。",
]
#: simplified sentences with Latin words and abbreviations
WITH_LATIN = [
    "市政务服务中心上线了APP预约功能，办事更加方便。",
    "全区5G基站总数达到1200个，重点区域实现连续覆盖。",
    "这次会议采用Zoom视频方式召开，共有86人参会。",
    "我们在GitHub上开源了数据处理工具，欢迎同行使用。",
    "该企业通过了ISO 9001质量管理体系认证。",
    "城市大脑平台接入了GPS定位和AI识别等功能。",
]
TRADITIONAL = [
    "今年全市新增就業崗位五千餘個，失業率保持穩定。",
    "區政府召開會議，研究部署防災減災工作。",
    "本館將於下月舉辦書法展覽，歡迎市民參觀。",
    "鐵路局宣佈，新線路預計明年年底通車。",
    "學校圖書館新增藏書三千冊，並開放自習室。",
    "颱風過後，各單位迅速組織人員清理道路。",
    "醫院擴建工程進展順利，預計年底完成主體結構。",
    "社區志願者為長者提供送餐服務，每週兩次。",
    "這項調查共收回有效問卷1268份，回收率為84%。",
    "政府將繼續推動綠色交通，鼓勵市民乘搭公共交通工具。",
    "我們會認真聽取各界意見，改善公共服務質量。",
    "農業部門舉辦講座，介紹新品種水稻的種植技術。",
    "市場價格總體平穩，蔬菜供應充足。",
    "經過兩年建設，濱海公園終於正式開放。",
    "警方提醒市民注意電話詐騙，切勿向陌生人轉賬。",
    "這座橋樑全長八百米，是本區最重要的交通樞紐之一。",
    "文化中心每月舉辦音樂會，門票全部免費。",
    "本年度共處理市民投訴三百二十宗，大部分已經解決。",
]
JAPANESE = [
    "東京駅で友達と待ち合わせをしました。",
    "明日の会議は午後三時から始まります。",
    "この資料を来週までに確認してください。",
    "駅前の図書館は月曜日が休みです。",
    "新しい店のラーメンはとてもおいしかったです。",
    "週末は家族と一緒に公園へ行く予定です。",
    "雨が降りそうなので、傘を持って行きましょう。",
    "今年の夏は例年より暑くなるそうです。",
]
ACCENTED_LATIN = [
    "Le café de la gare ouvre à sept heures.",
    "Die Straße vor dem Rathaus wird am Montag gesperrt.",
    "El niño comió una manzana en el jardín.",
    "La señora Núñez llegó tarde a la reunión.",
    "Ça coûte douze euros, s'il vous plaît.",
    "Die Bürger können ihre Anträge online einreichen.",
    "São Paulo é a maior cidade do Brasil.",
    "Zoë und Chloé lesen ein Buch über Ökologie.",
]
EMOJI = [
    "祝大家新年快乐🎉，万事如意！",
    "今天的活动圆满结束啦👍",
    "周末去爬山⛰️，天气非常好☀️。",
    "感谢各位志愿者的辛勤付出❤️",
    "会议改到下午三点⏰，请相互转告。",
    "新店开业🎊，欢迎光临😀",
]
MATH = [
    "当x≥0时，函数f(x)=x²+1单调递增。",
    "面积约为3.2×10⁴平方米，误差±0.5%。",
    "若a≠b且a∈A，则集合B⊆A。",
    "室内温度保持在18℃～22℃之间。",
    "圆的面积公式为S=πr²，周长为2πr。",
    "设备功率为1.5kW，电压220V，频率50Hz。",
    "合格率≥95%且不良率≤2‰为达标。",
]
QUESTIONS = [
    "你们准备好了吗?我们马上出发。",
    "这个方案还有什么需要修改的地方吗?",
    "明天的会议几点开始?",
    "谁负责这次活动的安全保障?",
    "Is the report ready for review?",
    "请问图书馆周末开放吗?",
    "這個問題應該怎麼解決?",
    "为什么今年的数据比去年少?",
    "这份报告已经提交了?",  # no question word: only its position tells it is a question
]

#: words of other scripts quoted in Chinese report sentences: text in that script, not mojibake
FOREIGN_SCRIPTS = [
    "访问团在喀山参观时，主人用俄语“Добро пожаловать”表示欢迎。",
    "合作备忘录的俄文标题为“Меморандум о сотрудничестве”。",
    "这台进口设备的铭牌上写着俄文“Осторожно, высокое напряжение”。",
    "雅典市长在致辞中引用了希腊语“Ευχαριστώ πολύ”。",
    "教材第三章用希腊字母“Ωμέγα”命名了该参数。",
    "日本友好城市代表团送来的横幅上写着“ともに未来へ”。",
    "交流活动中，日方学生用日语朗读了“はじめまして、どうぞよろしく”。",
    "展品说明牌上的片假名“テクノロジー”意为技术。",
    "韩国釜山代表团团长用韩语说“반갑습니다”，意为很高兴见到大家。",
    "双方签署的文件韩文名称为“우호 협력 협정”。",
    "法方顾问在报告会上说“Le développement durable est essentiel”。",
    "德国专家来自Nürnberg，他说“Die Qualität ist sehr gut”。",
    "越南客商代表陈文勇（Trần Văn Dũng）参加了对接会。",
    "会议邀请了越南河内市（Thành phố Hà Nội）的代表。",
    "西班牙客人用“¡Muchas gracias!”向志愿者致谢。",
    "葡萄牙语“Obrigado pela atenção”意为感谢关注。",
]
#: pinyin written after a few quoted characters in a lesson: not the scraper's artefact
PINYIN_LESSONS = [
    "多音字“还”在“还(hái)有”和“还(huán)款”中读音不同。",
    "拼音练习：请读准“角(jiǎo)色”中的“角”。",
    "老师提醒大家，“便(pián)宜”的“便”不读biàn。",
    "“的”在“目的(dì)”中读第四声，请注意声调。",
    "这个字在“音乐(yuè)”和“快乐(lè)”里意思不同。",
    "請注意多音字“調”，如“調(diào)查”與“調(tiáo)整”。",
    "给下面的字注音：“觉(jué)得”“睡觉(jiào)”。",
    "“处(chǔ)理”和“处(chù)长”的“处”读音不一样。",
]
#: questions without a question word: A-not-A forms, final particles, rhetorical questions
QUESTION_FORMS = [
    "这项工作大家支持不支持?请各位发表意见。",
    "明天的检查去不去?现在就要定下来。",
    "服务质量好不好?群众说了算。",
    "资金到位了没有?请财政部门说明情况。",
    "项目是否按期完工，监理单位清楚不清楚?要尽快核实。",
    "方案已经上报了?那就等批复吧。",
    "这样安排可以吧?大家再考虑一下。",
    "难道我们就此止步?不，我们要继续前进。",
    "岂能让群众的合理诉求落空?必须尽快解决。",
    "何不趁着天气好抓紧施工?工期不等人。",
]

CHINESE = SIMPLIFIED + WITH_LATIN + TRADITIONAL


def _context(rng: random.Random, sentence: str) -> str:
    """*sentence* alone, or after or before a Chinese sentence (hard negatives inside ordinary prose)."""
    where = rng.choice(["alone", "after", "before"])
    other = rng.choice(SIMPLIFIED + TRADITIONAL)
    if where == "after":
        return other + sentence
    if where == "before":
        return sentence + other
    return sentence


#: clean categories: how an item of each is made
CLEAN = {
    "simplified": lambda rng: _join(rng, SIMPLIFIED + WITH_LATIN, 3),
    "traditional": lambda rng: _join(rng, TRADITIONAL, 3),
    "japanese": lambda rng: _join(rng, JAPANESE, 3),
    "accented-latin": lambda rng: _join(rng, ACCENTED_LATIN, 3, " "),
    "emoji": lambda rng: _context(rng, rng.choice(EMOJI)),
    "math": lambda rng: _context(rng, rng.choice(MATH)),
    "question": lambda rng: _context(rng, rng.choice(QUESTIONS)),
    "foreign-script": lambda rng: _context(rng, rng.choice(FOREIGN_SCRIPTS)),
    "pinyin-lesson": lambda rng: _context(rng, rng.choice(PINYIN_LESSONS)),
    "question-form": lambda rng: _context(rng, rng.choice(QUESTION_FORMS)),
}
#: every hard negative that goes into the clean documents
HARD_NEGATIVES = JAPANESE + EMOJI + MATH + QUESTIONS + FOREIGN_SCRIPTS + PINYIN_LESSONS + QUESTION_FORMS

_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}


def fold(text: str) -> str:
    """Full-width ASCII forms folded to ASCII, as scrapers do (``，`` → ``,``)."""
    return "".join(_FOLD.get(c, c) for c in text)


# --------------------------------------------------------------------------- items and damage


@dataclass
class Item:
    text: str
    original: str
    label: str  # "clean" or "garbled"
    kind: str  # clean category or damage form
    #: (right codec, wrong codec) per layer, innermost first; empty for clean and lossy items
    chain: tuple[tuple[str, str], ...] = ()
    #: whether the strict inverse of the damage gives back the original (an oracle could repair it)
    recoverable: bool = False
    #: how the damage was made within its form (the decoders of the chain, or the kind of loss)
    variant: str = ""
    #: the text between the layers of a double encoding (what undoing one layer gives)
    between: str = ""
    results: dict = field(default_factory=dict)


def _join(rng: random.Random, pool: list[str], most: int, sep: str = "") -> str:
    return sep.join(rng.sample(pool, rng.randint(1, min(most, len(pool)))))


def _encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


_INVERSE_ENCODE = {"gbk": "gb18030", "gb18030": "gb18030", "big5": "big5", "cp950": "cp950",
                   "latin-1": "latin-1", "cp1252": "cp1252"}


def undo_chain(text: str, chain) -> str | None:
    """The strict inverse of *chain* (outermost layer first), or ``None`` where it does not exist."""
    for right, wrong in reversed(chain):
        try:
            text = text.encode(_INVERSE_ENCODE[wrong]).decode(right)
        except (UnicodeEncodeError, UnicodeDecodeError):
            return None
    return text


def _mixed(rng: random.Random, latin_share: float) -> str:
    """Chinese sentences, or (with probability *latin_share*) accented Latin ones."""
    if rng.random() < latin_share:
        return _join(rng, ACCENTED_LATIN, 2, " ")
    return _join(rng, CHINESE, 2)


def _redecode(rng: random.Random, form: str) -> Item | None:
    if form == "utf8-as-gbk":
        source, chain = _join(rng, CHINESE, 2), (("utf-8", rng.choice(["gbk", "gb18030"])),)
    elif form == "utf8-as-big5":
        source, chain = _join(rng, CHINESE, 2), (("utf-8", rng.choice(["big5", "cp950"])),)
    elif form == "gbk-as-big5":
        source, chain = _join(rng, SIMPLIFIED + WITH_LATIN, 2), (("gbk", rng.choice(["big5", "cp950"])),)
    elif form == "big5-as-gbk":
        source, chain = _join(rng, TRADITIONAL, 2), (("big5", rng.choice(["gbk", "gb18030"])),)
    elif form == "utf8-as-latin1":
        source, chain = _mixed(rng, 0.25), (("utf-8", rng.choice(["latin-1", "cp1252"])),)
    elif form == "gbk-as-latin1":
        source, chain = _join(rng, SIMPLIFIED + WITH_LATIN, 2), (("gbk", rng.choice(["latin-1", "cp1252"])),)
    else:  # double-encoding: wrongly decoded, saved as UTF-8, wrongly decoded again
        first, second = rng.choice([("gb18030", "gb18030"), ("gbk", "gbk"), ("latin-1", "latin-1"),
                                    ("cp1252", "cp1252"), ("gb18030", "latin-1")])
        source = _mixed(rng, 0.3 if first == second == "latin-1" else 0.0)
        chain = (("utf-8", first), ("utf-8", second))
    source += "\n"
    text = source
    layers = []
    for right, wrong in chain:
        if not _encodable(text, right):
            return None
        text = text.encode(right).decode(wrong, "replace")
        layers.append(text)
    if text == source:
        return None
    variant = "+".join(wrong for _, wrong in chain)
    return Item(text, source, "garbled", form, chain, undo_chain(text, chain) == source, variant,
                "".join(layers[:-1]))


def _lost_chars(rng: random.Random) -> Item | None:
    """Characters a converter could not map, written as ``?``."""
    how = rng.choice(["traditional-to-gb2312", "simplified-to-big5", "rare-chars"])
    if how == "traditional-to-gb2312":
        source = _join(rng, TRADITIONAL, 2)
        text = source.encode("gb2312", "replace").decode("gb2312")
    elif how == "simplified-to-big5":
        source = _join(rng, SIMPLIFIED, 2)
        text = source.encode("big5", "replace").decode("big5")
    else:  # one or two characters outside the converter's table
        source = _join(rng, SIMPLIFIED + TRADITIONAL, 2)
        chars = list(source)
        han = [i for i, c in enumerate(chars) if "\u4e00" <= c <= "\u9fff"]
        for i in rng.sample(han, rng.randint(1, 2)):
            chars[i] = "?"
        text = "".join(chars)
    return Item(text + "\n", source + "\n", "garbled", "lost-char-?", variant=how) if text != source else None


def _replacement_chars(rng: random.Random) -> Item | None:
    """Bytes a decoder could not read, written as U+FFFD."""
    how = rng.choice(["gbk-as-utf8", "big5-as-utf8", "byte-lost"])
    if how == "gbk-as-utf8":
        source = _join(rng, SIMPLIFIED + WITH_LATIN, 2)
        text = source.encode("gbk").decode("utf-8", "replace")
    elif how == "big5-as-utf8":
        source = _join(rng, TRADITIONAL, 2)
        text = source.encode("big5").decode("utf-8", "replace")
    else:  # one byte of a UTF-8 file lost in transfer
        source = _join(rng, CHINESE, 2)
        data = bytearray(source.encode("utf-8"))
        multi = [i for i, b in enumerate(data) if b >= 0x80]
        del data[rng.choice(multi)]
        text = bytes(data).decode("utf-8", "replace")
    if text == source:
        return None
    return Item(text + "\n", source + "\n", "garbled", "replacement-char", variant=how)


def _gbk_desync(rng: random.Random) -> Item | None:
    """A GBK stream that lost the lead byte of a 。, decoded out of step from there, full-width folded."""
    source = _join(rng, SIMPLIFIED + TRADITIONAL, 3)
    cut = source.find("。")
    if cut < 0 or cut == len(source) - 1 or source.count("。") < 2:
        return None
    data = source.encode("gbk")
    at = len(source[:cut].encode("gbk"))
    damaged = fold(source[:cut]) + "?" + fold(data[at + 1:].decode("gbk", "replace"))
    return Item(damaged + "\n", fold(source) + "\n", "garbled", "gbk-desync", variant="lead-byte-lost")


FORMS = ("utf8-as-gbk", "utf8-as-big5", "gbk-as-big5", "big5-as-gbk", "utf8-as-latin1", "gbk-as-latin1",
         "double-encoding", "lost-char-?", "replacement-char", "gbk-desync")
LOSSY = {"lost-char-?": _lost_chars, "replacement-char": _replacement_chars, "gbk-desync": _gbk_desync}


def build_set(seed: int, per_form: int) -> list[Item]:
    """*per_form* damaged items per form and as many clean items, spread over the clean categories."""
    rng = random.Random(seed)
    items: list[Item] = []
    seen: set[str] = set()

    def add(item: Item | None) -> bool:
        if item is None or item.text in seen:
            return False
        seen.add(item.text)
        items.append(item)
        return True

    for form in FORMS:
        made = tries = 0
        while made < per_form and tries < per_form * 50:
            tries += 1
            made += add(LOSSY[form](rng) if form in LOSSY else _redecode(rng, form))
    garbled = len(items)
    categories = list(CLEAN)
    tries = 0
    while len(items) - garbled < garbled and tries < garbled * 50:
        tries += 1
        category = categories[(len(items) - garbled) % len(categories)]
        text = CLEAN[category](rng) + "\n"
        add(Item(text, text, "clean", category))
    return items


def build_documents(seed: int, count: int) -> list[Item]:
    """*count* clean documents of several paragraphs: ordinary report sentences (one document in five
    traditional), and in four documents of five one to three hard negatives among them (other scripts,
    pinyin lessons, questions without a question word, formulas, emoji, Japanese). A collection gate
    looks at documents: one finding anywhere flags the document."""
    rng = random.Random(seed + 1)  # apart from the items: the item set does not change with the documents
    documents = []
    for k in range(count):
        pool = TRADITIONAL if k % 5 == 4 else SIMPLIFIED + WITH_LATIN
        sentences = rng.sample(pool, rng.randint(4, 9))
        hard = rng.choice((0, 1, 1, 2, 3))
        for sentence in rng.sample(HARD_NEGATIVES + ACCENTED_LATIN, hard):
            sentences.insert(rng.randint(0, len(sentences)), sentence)
        paragraphs = []
        while sentences:
            take = rng.randint(1, 3)
            paragraphs.append("".join(sentences[:take]))
            sentences = sentences[take:]
        text = "\n".join(paragraphs) + "\n"
        documents.append(Item(text, text, "clean", "document", variant=f"{hard} hard negatives"))
    return documents


# --------------------------------------------------------------------------- the tools


def run_auditor(items: list[Item]) -> None:
    from auditor.document import Document
    from auditor.engine import audit_document, build_checkers
    from auditor.fix import fix_text
    from auditor.rulebook import load_rulebook

    checkers = build_checkers(list(load_rulebook()), select=[f"MJ{n:03d}" for n in range(1, 14)])
    for item in items:
        findings = audit_document(Document("item.txt", item.text), checkers)
        safe = fix_text("item.txt", item.text, checkers, unsafe=False)[0]
        unsafe = fix_text("item.txt", item.text, checkers, unsafe=True)[0]
        item.results["auditor-safe"] = (bool(findings), safe)
        item.results["auditor-unsafe"] = (bool(findings), unsafe)
        item.results["_rules"] = sorted({f.rule_id for f in findings})


def run_ftfy(items: list[Item]) -> dict:
    import ftfy
    from ftfy.badness import is_bad

    config = ftfy.TextFixerConfig(fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False,
                                  fix_line_breaks=False, explain=False)
    default_changed = 0
    for item in items:
        fixed = ftfy.fix_text(item.text, config)
        item.results["ftfy"] = (fixed != item.text or is_bad(item.text), fixed)
        if item.label == "clean" and ftfy.fix_text(item.text) != item.text:
            default_changed += 1
    clean = sum(1 for i in items if i.label == "clean")
    return {"ftfy_default_config_changes_clean": default_changed / clean if clean else 0.0}


def _best(data: bytes):
    from charset_normalizer import from_bytes

    return from_bytes(data).best()


def run_charset_normalizer(items: list[Item]) -> None:
    for item in items:
        best = _best(item.text.encode("utf-8"))
        decoded = str(best) if best is not None else None
        chaos = best.chaos if best is not None else 1.0
        differs = decoded != item.text
        repaired = decoded if decoded is not None else item.text
        item.results["cn-stored"] = (differs or chaos >= 0.2, repaired)
        item.results["cn-stored-any"] = (differs or chaos > 0, repaired)
        if item.chain:
            _right, wrong = item.chain[-1]
            data = item.text.encode(_INVERSE_ENCODE[wrong], "replace")
        else:  # clean, or damage that no codec undoes: the bytes the text has
            data = item.text.encode("utf-8")
        best = _best(data)
        decoded = str(best) if best is not None else None
        item.results["cn-oracle"] = (decoded != item.text, decoded if decoded is not None else item.text)


TOOLS = {
    "auditor-safe": "doc-auditor fix",
    "auditor-unsafe": "doc-auditor fix --unsafe-fixes",
    "ftfy": "ftfy fix_text (encoding fixes)",
    "cn-stored": "charset-normalizer stored, chaos>=0.2",
    "cn-stored-any": "charset-normalizer stored, chaos>0",
    "cn-oracle": "charset-normalizer oracle bytes",
}
#: short column names for the per-form tables
SHORT = {"auditor-safe": "aud-safe", "auditor-unsafe": "aud-unsafe", "ftfy": "ftfy", "cn-stored": "cn>=0.2",
         "cn-stored-any": "cn>0", "cn-oracle": "cn-oracle"}
#: tools that share one detection (the safe/unsafe auditor runs): shown once in the detection tables
DETECTORS = ("auditor-safe", "ftfy", "cn-stored", "cn-stored-any", "cn-oracle")
REPAIRERS = ("auditor-safe", "auditor-unsafe", "ftfy", "cn-oracle")


# --------------------------------------------------------------------------- scoring


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def repaired_but_lost(repaired: str, damaged: str, original: str) -> bool:
    """*repaired* changed *damaged* and equals *original* once each run of U+FFFD in it stands for one or
    two characters per U+FFFD (characters the damage destroyed, marked as lost)."""
    if repaired == damaged:
        return False
    if "\ufffd" not in repaired:
        return repaired == original
    pattern = "".join(f"[^\n]{{1,{2 * len(part)}}}?" if part[0] == "\ufffd" else re.escape(part)
                      for part in re.split("(\ufffd+)", repaired) if part)
    return re.fullmatch(pattern, original) is not None


def miscorrected(repaired: str, damaged: str, original: str, between: str = "") -> bool:
    """The repair wrote a character found at no stage of the damage (the original, the damaged text, the text
    between two layers of a double encoding): a wrong guess, not a partial repair."""
    return bool(set(repaired) - set(original) - set(damaged) - set(between) - {"\ufffd"})


def score(items: list[Item], tool: str) -> dict:
    tp = fp = fn = tn = exact = marked = wrong = recoverable = exact_recoverable = clean_changed = 0
    for item in items:
        detected, repaired = item.results[tool]
        if item.label == "garbled":
            tp += detected
            fn += not detected
            exact += repaired == item.original
            marked += repaired_but_lost(repaired, item.text, item.original)
            wrong += miscorrected(repaired, item.text, item.original, item.between)
            if item.recoverable:
                recoverable += 1
                exact_recoverable += repaired == item.original
        else:
            fp += detected
            tn += not detected
            clean_changed += repaired != item.text
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall, "f1": f1,
            "fp_rate": _ratio(fp, fp + tn), "exact_repair": _ratio(exact, tp + fn),
            "repair_lost_marked": _ratio(marked, tp + fn), "miscorrected": _ratio(wrong, tp + fn),
            "exact_repair_recoverable": _ratio(exact_recoverable, recoverable), "recoverable": recoverable,
            "clean_changed": _ratio(clean_changed, fp + tn)}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def score_documents(documents: list[Item], tool: str) -> dict:
    """Clean documents flagged (any finding) and changed by the repair."""
    flagged = sum(1 for d in documents if d.results[tool][0])
    changed = sum(1 for d in documents if d.results[tool][1] != d.text)
    return {"n": len(documents), "flagged": flagged, "fp_rate": _ratio(flagged, len(documents)),
            "changed": _ratio(changed, len(documents))}


def print_tables(items: list[Item], overall: dict, forms: dict, variants: dict, clean: dict, extra: dict,
                 seconds: dict, documents: dict) -> None:
    garbled = sum(1 for i in items if i.label == "garbled")
    print(f"items: {len(items)} ({garbled} damaged in {len(FORMS)} forms, {len(items) - garbled} clean in "
          f"{len(CLEAN)} categories); damaged items a strict inverse of the damage undoes: "
          f"{sum(1 for i in items if i.recoverable)}")
    print()
    print("overall (percent)")
    header = (f"{'tool':<40} {'prec':>6} {'recall':>6} {'F1':>6} {'FP%':>6} {'docFP%':>6} {'exact':>6} "
              f"{'lost':>6} {'wrong':>6} {'undo':>6} {'clean∆':>6} {'sec':>5}")
    print(header)
    print("-" * len(header))
    for tool, name in TOOLS.items():
        s = overall[tool]
        r = True
        print(f"{name:<40} {_pct(s['precision']):>6} {_pct(s['recall']):>6} {_pct(s['f1']):>6} "
              f"{_pct(s['fp_rate']):>6} {_pct(documents['tools'][tool]['fp_rate']):>6} "
              f"{_pct(s['exact_repair']) if r else '—':>6} "
              f"{_pct(s['repair_lost_marked']) if r else '—':>6} {_pct(s['miscorrected']) if r else '—':>6} "
              f"{_pct(s['exact_repair_recoverable']) if r else '—':>6} "
              f"{_pct(s['clean_changed']) if r else '—':>6} {seconds.get(tool, 0.0):>5.1f}")
    print()
    print("damaged items detected, per form (percent)")
    print(f"{'form':<17} {'n':>4} {'undo':>5} " + " ".join(f"{SHORT[t]:>9}" for t in DETECTORS))
    for form in FORMS:
        row = forms[form]
        print(f"{form:<17} {row['n']:>4} {row['recoverable']:>5} "
              + " ".join(f"{_pct(row[t]['recall']):>9}" for t in DETECTORS))
    print()
    print("damaged items repaired, per form (percent: exact / with lost characters marked)")
    print(f"{'form':<17} {'n':>4} " + " ".join(f"{SHORT[t]:>12}" for t in REPAIRERS))
    for form in FORMS:
        row = forms[form]
        cells = (f"{_pct(row[t]['exact_repair'])}/{_pct(row[t]['repair_lost_marked'])}" for t in REPAIRERS)
        print(f"{form:<17} {row['n']:>4} " + " ".join(f"{c:>12}" for c in cells))
    print()
    print("doc-auditor (--unsafe-fixes) and ftfy by how the damage was made (percent: detected, exact, lost, wrong)")
    print(f"{'form':<17} {'variant':<22} {'n':>4}  {'doc-auditor':>23}  {'ftfy':>23}")
    for (form, variant), row in variants.items():
        cells = []
        for tool in ("auditor-unsafe", "ftfy"):
            t = row[tool]
            cells.append(" ".join(f"{_pct(t[k]):>5}" for k in ("recall", "exact_repair", "repair_lost_marked",
                                                              "miscorrected")))
        print(f"{form:<17} {variant:<22} {row['n']:>4}  {cells[0]:>23}  {cells[1]:>23}")
    print()
    print("clean items flagged (false positives) | changed by the repair, per category (percent)")
    print(f"{'category':<15} {'n':>4} " + " ".join(f"{SHORT[t]:>9}" for t in DETECTORS)
          + " | " + " ".join(f"{SHORT[t]:>10}" for t in REPAIRERS))
    for category in CLEAN:
        row = clean[category]
        print(f"{category:<15} {row['n']:>4} " + " ".join(f"{_pct(row[t]['fp_rate']):>9}" for t in DETECTORS)
              + " | " + " ".join(f"{_pct(row[t]['clean_changed']):>10}" for t in REPAIRERS))
    print()
    aud = documents["tools"]["auditor-safe"]
    print(f"clean documents ({aud['n']}, 4 to 12 sentences each, four in five with 1 to 3 hard negatives) flagged "
          "(docFP% above), per number of hard negatives (percent)")
    print(f"{'hard negatives':<17} {'n':>4} " + " ".join(f"{SHORT[t]:>9}" for t in DETECTORS))
    for variant, row in documents["variants"].items():
        print(f"{variant:<17} {row['n']:>4} " + " ".join(f"{_pct(row[t]['fp_rate']):>9}" for t in DETECTORS))
    rules = documents["auditor_rules"]
    print("doc-auditor rules that flagged clean documents: "
          + (", ".join(f"{rule} {n}" for rule, n in rules.items()) if rules else "none"))
    print()
    print(f"ftfy with its default configuration changes {_pct(extra['ftfy_default_config_changes_clean'])}% "
          "of the clean items (full-width punctuation, quotes): not counted above.")
    print("exact: damaged items repaired to the original text; lost: the same, or equal to it but for characters "
          "the damage destroyed, marked U+FFFD; wrong: repairs that wrote a character found at no stage of the "
          "damage (a wrong guess, not a partial repair); undo: exact repairs among the items a strict inverse of "
          "the damage undoes; clean∆: clean items the repair changed; docFP%: clean documents with any finding; "
          "sec: seconds for the whole set (the charset-normalizer rows share one run).")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-form", type=int, default=60, help="damaged items per form (default 60)")
    parser.add_argument("--seed", type=int, default=20240611)
    parser.add_argument("--json", nargs="?", const="-", metavar="FILE",
                        help="write the numbers as JSON to FILE (or standard output) instead of the tables")
    parser.add_argument("--documents", type=int, default=400, help="clean documents (default 400)")
    parser.add_argument("--show", metavar="TOOL", help="also list the items TOOL misses or flags wrongly")
    args = parser.parse_args()
    try:
        import charset_normalizer
        import ftfy
    except ImportError as exc:
        sys.exit(f"{exc}: the comparison needs ftfy and charset-normalizer (pip install -e '.[dev]')")

    items = build_set(args.seed, args.per_form)
    seconds: dict[str, float] = {}
    begin = time.perf_counter()
    run_auditor(items)
    seconds["auditor-safe"] = seconds["auditor-unsafe"] = time.perf_counter() - begin
    begin = time.perf_counter()
    extra = run_ftfy(items)
    seconds["ftfy"] = time.perf_counter() - begin
    begin = time.perf_counter()
    run_charset_normalizer(items)
    seconds["cn-stored"] = seconds["cn-stored-any"] = seconds["cn-oracle"] = time.perf_counter() - begin

    docs = build_documents(args.seed, args.documents)
    run_auditor(docs)
    run_ftfy(docs)
    run_charset_normalizer(docs)
    rule_counts: dict[str, int] = defaultdict(int)
    for doc in docs:
        for rule in doc.results["_rules"]:
            rule_counts[rule] += 1
    documents = {"tools": {tool: score_documents(docs, tool) for tool in TOOLS},
                 "variants": {v: {"n": sum(1 for d in docs if d.variant == v),
                                  **{t: score_documents([d for d in docs if d.variant == v], t) for t in TOOLS}}
                              for v in sorted({d.variant for d in docs})},
                 "auditor_rules": dict(sorted(rule_counts.items()))}

    overall = {tool: score(items, tool) for tool in TOOLS}
    forms = {}
    for form in FORMS:
        subset = [i for i in items if i.kind == form]
        forms[form] = {"n": len(subset), "recoverable": sum(1 for i in subset if i.recoverable),
                       **{tool: score(subset, tool) for tool in TOOLS}}
    variants = {}
    keys = {(i.kind, i.variant) for i in items if i.label == "garbled"}
    for key in sorted(keys, key=lambda k: (FORMS.index(k[0]), k[1])):
        subset = [i for i in items if (i.kind, i.variant) == key]
        variants[key] = {"n": len(subset), **{tool: score(subset, tool) for tool in TOOLS}}
    clean = {}
    for category in CLEAN:
        subset = [i for i in items if i.kind == category]
        clean[category] = {"n": len(subset), **{tool: score(subset, tool) for tool in TOOLS}}

    if args.show:
        by_kind = defaultdict(list)
        for item in items + docs:
            detected, repaired = item.results[args.show]
            if (item.label == "garbled") != detected or (item.label == "garbled" and repaired != item.original):
                by_kind[item.kind].append(item)
        for kind, found in by_kind.items():
            print(f"== {kind}: {len(found)}", file=sys.stderr)
            for item in found[:5]:
                print(f"   {item.text!r}\n   -> {item.results[args.show][1]!r} {item.results.get('_rules')}",
                      file=sys.stderr)

    if args.json:
        data = {"seed": args.seed, "per_form": args.per_form, "items": len(items),
                "versions": {"ftfy": ftfy.__version__, "charset_normalizer": charset_normalizer.__version__},
                "tools": TOOLS, "overall": overall, "forms": forms,
                "variants": {f"{form}/{variant}": row for (form, variant), row in variants.items()},
                "clean": clean, "extra": extra, "documents": documents,
                "seconds": seconds}
        text = json.dumps(data, indent=2, ensure_ascii=False)
        if args.json == "-":
            print(text)
        else:
            with open(args.json, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        return
    print_tables(items, overall, forms, variants, clean, extra, seconds, documents)


if __name__ == "__main__":
    main()
