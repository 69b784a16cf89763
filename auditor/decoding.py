"""bytes → text, with what went wrong recorded as read issues (never an exception).

Order of the attempts (the first that applies wins):

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. UTF-16 without a byte-order mark, when the file has NUL bytes and reads as UTF-16 text
   (:func:`utf16_without_bom`); other files with NUL bytes are binary (:func:`looks_binary`);
3. strict UTF-8 — the common case, which costs one ``bytes.decode`` and nothing else; a UTF-8 file that
   only lacks its last bytes is *truncated* UTF-8, not another encoding;
4. the legacy encodings of Chinese and Japanese documents — GB18030 (GBK, GB2312), Big5 (CP950,
   Big5-HKSCS), Shift-JIS (CP932) — and BOM-less UTF-16, chosen by a plausibility score (see
   :func:`score_text`) computed on the first 8 KiB or, unless that settles it, 64 KiB (:func:`judge`);
   the winner must be plausible and clearly ahead of the others;
5. otherwise UTF-8 with U+FFFD for the undecodable bytes.

Read issues are ``(issue name, start, end, vars)`` with code-point offsets into the returned text:
``legacy-encoding`` (information: which encoding, how sure), ``invalid-utf8`` (undecodable bytes, in
whatever encoding was used), ``truncated`` (the last multi-byte sequence is incomplete).

>>> text, encoding, issues = decode_bytes("发展新格局，推进共同富裕。".encode("gbk"))
>>> text, encoding, issues[0][0]
('发展新格局，推进共同富裕。', 'gb18030', 'legacy-encoding')
>>> text, encoding, issues = decode_bytes("发展".encode("gbk"))  # too short to tell
>>> encoding, issues[0][0], issues[0][3]["byte_offset"]
('utf-8', 'invalid-utf8', 0)
"""

from __future__ import annotations

import codecs
import math
import unicodedata
from collections import Counter, namedtuple

#: how many leading bytes are inspected for NUL bytes to call a file binary
BINARY_SNIFF_BYTES = 8192
#: how many leading bytes the legacy-encoding scorer looks at (the chosen codec decodes the whole file)
SAMPLE_BYTES = 65536
#: ... first only this many: enough when the verdict is beyond doubt (:data:`QUICK_CONFIDENCE`)
QUICK_SAMPLE_BYTES = 8192
QUICK_CONFIDENCE = 1 - 1e-9
#: a legacy decoding must average at least this score per non-ASCII character (see :func:`score_text`)
MIN_PLAUSIBILITY = 0.5
#: ... and win with at least this confidence (softmax of the candidates' total scores)
MIN_CONFIDENCE = 0.99
#: ... on at least this many non-ASCII characters
MIN_CHARS = 4

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

Issue = tuple[str, int, int, dict]

# ----------------------------------------------------------------------------- frequency knowledge

# About 950 of the most frequent characters of modern written Chinese (general usage first, then the
# vocabulary of government work reports and statistics bulletins), and the same list in traditional
# characters plus a few common Taiwan and Hong Kong forms. Together they cover 80–93 % of the non-ASCII
# characters of real reports (punctuation included), but only a small share of the characters that a
# wrong codec produces (those are spread evenly over the 20,000 ideographs of the code tables).
_SIMPLIFIED = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所"
    "然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与"
    "长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己"
    "制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系"
    "气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社"
    "便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉"
    "格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令"
    "准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官"
    "火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费"
    "号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音"
    "跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友"
    "诉止细愿千值仍男钱破网热助倒育属坐村胜环药福稳降策险积亿互优措彻巩固拓宽幅率均扎销售额税补贴奖励财预融础桥梁"
    "源污染排碳森草湿疫控急救灾食养疾童妇幼园校智慧络截累升季初核评估督执审登申范综协镇街贫脱疗卫旅游健康检巡监障"
    "促创贯善坚乡读词树鸟鱼晚昨蓝绿喝睡跑跳爸妈哥姐弟妹朋买卖块银店厂春夏秋冬雨雪云湖零〇末午夜晨阶层伟侧劳勤厅县"
    "叶吨圆坏夺奋孙宁宝宪岁岛币帮库废异弃弹归录征径忆恶惊惯户扩扫扬担拟择挥损换掌摄摆晋暂杨楼毁汉汤沟沪泽洁浅测浓"
    "涉润涨渐温湾滚灭灯灵炉爷牵犹独狱画畅盖盘矿码礼祝穷竞笔粮纠纳纸练绕继绩编缺罚职肃胁脑脏荣获虑览订访试诗询详误"
    "谋谢负贡败货购贷赛赵轮软载辅辆辈违迟适递逻遗邓邮邻郑释针钟钢铁链锁错锻闭闲闻阅阳阴阵陆隐雾韩页顶顺顾顿频颜饭"
    "饮馆驱驾骗鲁鸡麦齐龙宣培训召署习修减残招贸籍居省副班振富裕略纲若款附秒亩套座"
)
_TRADITIONAL = (
    "的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡用道行所"
    "然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日軍者意無力它與"
    "長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重并物手應戰向頭文體政美相見被利什二等產或新己"
    "製身果加西斯月話合回特代內信表化老給世位次度門任常先海通教儿原東聲提立及比員解水名真論處走義各入幾口認條平係"
    "氣題活爾更別打女變四神總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金指克許統區保至隊形社"
    "便空決治展馬科司五基眼書非則聽白卻界達光放強即像難且權思王象完設式色路記南品住告類求據程北邊死張該交規萬取拉"
    "格望覺術領共確傳師觀清今切院讓識候帶導爭運笑飛風步改收根幹造言聯持組每濟車親極林服快辦議往元英士證近失轉夫令"
    "準布始怎呢存未遠叫臺單影具羅字愛擊流備兵連調深商算質團集百需價花黨華城石級整府離況亞請技際約示復病息究線似官"
    "火斷精滿支視消越器容照須九增研寫稱企八功嗎包片史委乎查輕易早曾除農找裝廣顯吧阿李標談吃圖念六引歷首醫局突專費"
    "號盡另周較注語僅考落青隨選列武紅響雖推勢參希古眾構房半節土投某案黑維革劃敵致陳律足態護七興派孩驗責營星夠章音"
    "跟志底站嚴巴例防族供效續施留講型料終答緊黃絕奇察母京段依批群項故按河米圍江織害鬥雙境客紀採舉殺攻父蘇密低朝友"
    "訴止細願千值仍男錢破網熱助倒育屬坐村勝環藥福穩降策險積億互優措徹鞏固拓寬幅率均扎銷售額稅補貼獎勵財預融礎橋梁"
    "源污染排碳森草濕疫控急救災食養疾童婦幼園校智慧絡截累昇季初核評估督執審登申範綜協鎮街貧脫療衛旅游健康檢巡監障"
    "促創貫善堅鄉讀詞樹鳥魚晚昨藍綠喝睡跑跳爸媽哥姐弟妹朋買賣塊銀店廠春夏秋冬雨雪雲湖零〇末午夜晨階層偉側勞勤廳縣"
    "葉噸圓壞奪奮孫寧寶憲歲島幣幫庫廢異棄彈歸錄徵徑憶惡驚慣戶擴掃揚擔擬擇揮損換掌攝擺晉暫楊樓毀漢湯溝滬澤潔淺測濃"
    "涉潤漲漸溫灣滾滅燈靈爐爺牽猶獨獄畫暢蓋盤礦碼禮祝窮競筆糧糾納紙練繞繼績編缺罰職肅脅腦臟榮獲慮覽訂訪試詩詢詳誤"
    "謀謝負貢敗貨購貸賽趙輪軟載輔輛輩違遲適遞邏遺鄧郵鄰鄭釋針鐘鋼鐵鏈鎖錯鍛閉閒聞閱陽陰陣陸隱霧韓頁頂順顧頓頻顏飯"
    "飲館驅駕騙魯雞麥齊龍宣培訓召署習修減殘招貿籍居省副班振富裕略綱若款附秒畝套座后里乾複曆范髮週甚裏妳嘅咗啲冇唔"
    "佢喺嗰咁哋嚟睇嘢乜噉"
)

_COMMON_HANZI = frozenset(_SIMPLIFIED) | frozenset(_TRADITIONAL)
#: punctuation of Chinese (and Japanese) running text
_PUNCTUATION = frozenset("，。、：；！？“”‘’（）《》〈〉「」『』【】〔〕…—·・～％　﹑‧")
#: signs found in reports that say nothing either way: degrees, circled and Roman numbers, shapes, …
_NEUTRAL = frozenset("\xa0°×÷±≤≥≠≈∶‰℃№§※★☆√•–")
_NEUTRAL_RANGES = ((0x2150, 0x21FF), (0x2460, 0x24FF), (0x25A0, 0x25FF), (0x3220, 0x3243), (0xFF01, 0xFF5E),
                   (0x1F300, 0x1FAFF))
_UNTEXT = frozenset(("Cc", "Cn", "Co", "Cs"))
_weights: dict[tuple[str, bool], float] = {}


def char_weight(ch: str, japanese: bool = False) -> float:
    """How natural *ch* (not ASCII) is in a Chinese — or, with *japanese*, a Japanese — document.

    +1 for the common characters and punctuation (and kana, in Japanese); 0 for other ideographs of
    the basic block and neutral signs; −0.25 for other symbols; −0.5 for letters of other scripts
    (Greek, Cyrillic, Hangul, bopomofo, kana in Chinese, …); −1 for rare ideographs (extensions A and
    beyond, compatibility forms, radicals) and half-width katakana; −2 for what no text contains:
    private-use characters, C1 and other control characters, unassigned code points, U+FFFD.
    """
    key = (ch, japanese)
    weight = _weights.get(key)
    if weight is None:
        weight = _char_weight(ch, japanese)
        if len(_weights) < 100_000:
            _weights[key] = weight
    return weight


def _char_weight(ch: str, japanese: bool) -> float:
    if ch in _COMMON_HANZI or ch in _PUNCTUATION:
        return 1.0
    cp = ord(ch)
    if 0x4E00 <= cp <= 0x9FFF:
        return 0.0
    if 0x3000 <= cp <= 0x30FF:  # CJK symbols (々 〆 …), hiragana, katakana
        return 1.0 if japanese else -0.5
    if 0xFF61 <= cp <= 0xFF9F:  # half-width katakana
        return -0.5 if japanese else -1.0
    if ch in _NEUTRAL or any(lo <= cp <= hi for lo, hi in _NEUTRAL_RANGES):
        return 0.0
    if cp == 0xFFFD or 0x80 <= cp <= 0x9F or 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000:
        return -2.0
    if (0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3FFFF or 0xF900 <= cp <= 0xFAFF
            or 0x2F800 <= cp <= 0x2FA1F or 0x2E80 <= cp <= 0x2FDF):
        return -1.0
    category = unicodedata.category(ch)
    if category in _UNTEXT:
        return -2.0
    if category == "Cf":
        return -1.0
    if category[0] == "L":
        return -0.5
    return -0.25


# The value classes below are named tuples: immutable like the frozen dataclasses they replace, and
# cheap to define at start-up (a dataclass costs about a millisecond to create).

class Score(namedtuple("Score", "total chars good", defaults=(0.0, 0, 0))):
    """The plausibility of a decoded text: the sum of :func:`char_weight` over its non-ASCII characters
    (``total``), the non-ASCII characters (``chars``) and those of them with a positive weight (``good``)."""

    __slots__ = ()

    @property
    def mean(self) -> float:
        return self.total / self.chars if self.chars else 0.0

    @property
    def share(self) -> float:
        return self.good / self.chars if self.chars else 0.0


def score_text(text: str, japanese: bool = False) -> Score:
    """Score *text* (ASCII is ignored: every candidate codec decodes it alike).

    >>> score_text("推进高质量发展。").mean
    1.0
    >>> score_text("推进高质量发展。".encode("utf-8").decode("shift_jis", "replace")).mean < 0
    True
    """
    total = 0.0
    chars = good = 0
    for ch, n in Counter(text).items():
        if ch < "\x80":
            continue
        weight = char_weight(ch, japanese)
        total += weight * n
        chars += n
        if weight > 0:
            good += n
    return Score(total, chars, good)


# ----------------------------------------------------------------------------- candidates

class Codec(namedtuple("Codec", "codec name label family japanese", defaults=(False,))):
    """``codec``: the Python codec; ``name``: the reported encoding (a name Python also knows); ``label``: for
    messages; ``family``: candidates of one family are variants, only families compete for the margin."""

    __slots__ = ()


CANDIDATES = (
    Codec("gb18030", "gb18030", "GB18030", "gb"),
    Codec("big5", "big5", "Big5", "big5"),
    Codec("cp950", "cp950", "CP950 (Big5)", "big5"),
    Codec("big5hkscs", "big5-hkscs", "Big5-HKSCS", "big5"),
    Codec("shift_jis", "shift_jis", "Shift-JIS", "sjis", japanese=True),
    Codec("cp932", "cp932", "CP932 (Shift-JIS)", "sjis", japanese=True),
    Codec("utf-16-le", "utf-16-le", "UTF-16LE without byte-order mark", "utf-16-le"),
    Codec("utf-16-be", "utf-16-be", "UTF-16BE without byte-order mark", "utf-16-be"),
    Codec("utf-8", "utf-8", "UTF-8", "utf-8"),
)
_CJK_CODECS = frozenset(("gb18030", "gbk", "gb2312", "cp936", "big5", "cp950", "big5hkscs", "shift_jis", "cp932",
                         "euc_jp", "euc_kr", "cp949", "shift_jis_2004", "shift_jisx0213", "euc_jis_2004",
                         "euc_jisx0213", "johab", "hz"))


class Candidate(namedtuple("Candidate", "codec score")):
    __slots__ = ()


class Verdict(namedtuple("Verdict", "ranking confidence accepted hint sampled", defaults=("", 0))):
    """What :func:`judge` concluded: the candidates best first (``ranking``), the ``confidence`` of the best
    one, and whether it is good enough to decode the file with (``accepted``; else ``hint`` says why not);
    ``sampled``: the sample size in bytes, when the file is longer."""

    __slots__ = ()

    @property
    def best(self) -> Candidate:
        return self.ranking[0]

    @property
    def runner_up(self) -> Candidate | None:
        family = self.best.codec.family
        return next((c for c in self.ranking if c.codec.family != family), None)


def _partial_decode(data: bytes, codec: str, errors: str = "replace") -> str:
    """Decode *data* leaving out a trailing incomplete sequence (a cut sample, or a truncated file)."""
    return codecs.getincrementaldecoder(codec)(errors).decode(data, final=False)


def judge(data: bytes) -> Verdict:
    """Score every candidate codec on the start of *data* and say whether the best one is clear.

    The first :data:`QUICK_SAMPLE_BYTES` are scored first; only when they do not settle the question
    beyond doubt (confidence at least :data:`QUICK_CONFIDENCE`) are the first :data:`SAMPLE_BYTES`
    scored (see :func:`judge_sample`).
    """
    if len(data) > QUICK_SAMPLE_BYTES:
        quick = judge_sample(data, QUICK_SAMPLE_BYTES)
        if quick.accepted and quick.confidence >= QUICK_CONFIDENCE:
            return quick
    return judge_sample(data, SAMPLE_BYTES)


def judge_sample(data: bytes, size: int = SAMPLE_BYTES) -> Verdict:
    """Score every candidate codec on the first *size* bytes of *data*.

    The best candidate (highest total score) is accepted when it is not UTF-8 (that is the fallback),
    has at least :data:`MIN_CHARS` non-ASCII characters, averages at least :data:`MIN_PLAUSIBILITY`
    per character, and its confidence — ``exp(total)`` normalised over the best candidate of each
    family — is at least :data:`MIN_CONFIDENCE`, i.e. it leads every other family by about 4.6 points.
    """
    sample = data[:size]
    scored = []
    for index, codec in enumerate(CANDIDATES):
        text = _partial_decode(sample, codec.codec)
        scored.append((score_text(text, codec.japanese), -index, codec))
    scored.sort(key=lambda item: (item[0].total, item[1]), reverse=True)
    ranking = tuple(Candidate(codec, score) for score, _, codec in scored)
    best = ranking[0]
    seen: set[str] = set()
    norm = 0.0
    for candidate in ranking:
        if candidate.codec.family not in seen:
            seen.add(candidate.codec.family)
            norm += math.exp(candidate.score.total - best.score.total)
    confidence = 1.0 / norm
    sampled = size if len(data) > size else 0
    verdict = Verdict(ranking, confidence, False, sampled=sampled)
    label = best.codec.label
    if best.codec.family == "utf-8":
        hint = "; it does not read as GB18030, Big5 or Shift-JIS either"
        if best.score.good:
            hint = "; the rest of the file reads as UTF-8 (were these bytes pasted from another encoding?)"
    elif best.score.mean < MIN_PLAUSIBILITY:
        hint = "; it does not read as GB18030, Big5 or Shift-JIS either"
    elif best.score.chars < MIN_CHARS:
        hint = f"; too little text to tell its encoding ({label} would fit best)"
    elif confidence < MIN_CONFIDENCE:
        other = verdict.runner_up
        hint = f"; it might be {label}" + (f" or {other.codec.label}" if other else "") + ", too close to call"
    else:
        return Verdict(ranking, confidence, True, sampled=sampled)
    return Verdict(ranking, confidence, False, hint, sampled)


def _percent(value: float) -> str:
    return ">99.9%" if value > 0.999 else f"{value:.1%}"


def _legacy_issue(verdict: Verdict) -> Issue:
    best, other = verdict.best, verdict.runner_up
    what = "kana, common kanji or punctuation" if best.codec.japanese else "common Chinese characters or punctuation"
    sampled = f" in the first {verdict.sampled // 1024} KiB" if verdict.sampled else ""
    evidence = f"{best.score.share:.0%} of the {best.score.chars:,} non-ASCII characters{sampled} are {what}"
    if other is not None:
        evidence += f"; next best: {other.codec.label} ({other.score.share:.0%})"
    return ("legacy-encoding", 0, 0, {"encoding": best.codec.name, "label": best.codec.label,
                                      "confidence": _percent(verdict.confidence), "evidence": evidence})


# ----------------------------------------------------------------------------- UTF-16 without BOM

def _textlike(ch: str) -> bool:
    return ch in "\t\n\r\f" or unicodedata.category(ch) not in _UNTEXT


def utf16_without_bom(data: bytes) -> tuple[str, float] | None:
    """``(codec, share of text-like characters)`` when *data* (with NUL bytes) reads as UTF-16 without a
    byte-order mark.

    Each byte order is tried on the first :data:`BINARY_SNIFF_BYTES`: the sample must decode strictly,
    without U+0000 (an aligned pair of NUL bytes is binary), to at least 95 % text-like characters, and
    the characters beyond U+00FF must score as Chinese or Japanese text (:func:`score_text`). Of the two
    byte orders the one with more evidence wins (ASCII characters plus the score), which must be at least
    :data:`MIN_CHARS` and 0.6 per character. The NUL bytes are then the high bytes of ASCII characters
    (and of 一, U+4E00).
    """
    sample = data[:BINARY_SNIFF_BYTES]
    if len(sample) < 8:
        return None
    found: tuple[float, str, float] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = _partial_decode(sample, codec, "strict")
        except UnicodeDecodeError:
            continue
        if not text or "\x00" in text:
            continue
        counts = Counter(text)
        share = sum(n for ch, n in counts.items() if _textlike(ch)) / len(text)
        if share < 0.95:
            continue
        ascii_chars = sum(n for ch, n in counts.items() if " " <= ch <= "~" or ch in "\t\n\r")
        wide = "".join(ch * n for ch, n in counts.items() if ch > "\xff")
        score = max(score_text(wide), score_text(wide, japanese=True), key=lambda s: s.total)
        if score.chars >= MIN_CHARS and score.mean < MIN_PLAUSIBILITY:
            continue
        evidence = ascii_chars + max(score.total, 0.0)
        if evidence >= max(MIN_CHARS, 0.6 * len(text)) and (found is None or evidence > found[0]):
            found = (evidence, codec, share)
    return None if found is None else (found[1], found[2])


def looks_binary(data: bytes) -> bool:
    """A NUL byte near the start means binary content, unless the bytes read as UTF-16 without a BOM.

    (Callers check for a UTF-16/32 byte-order mark first.)
    """
    if data.find(b"\x00", 0, BINARY_SNIFF_BYTES) == -1:
        return False
    return utf16_without_bom(data) is None


# ----------------------------------------------------------------------------- decoding

def sniff_bom(data: bytes) -> tuple[str, str, int] | None:
    """Return ``(codec, reported name, BOM length)`` when *data* starts with a byte-order mark."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return codec, name, len(bom)
    return None


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str, list[Issue]]:
    """Decode *data*; return ``(text, encoding name, issues)``. *encoding* forces a codec.

    Issues are ``(issue name, start, end, vars)`` with code-point offsets into the returned text.
    Never raises (an unknown forced *encoding* falls back to detection).
    """
    if encoding is not None:
        try:
            text, issues = decode_with(data, encoding, encoding)
            return text, encoding, issues
        except (LookupError, UnicodeError, TypeError, ValueError):
            pass  # not a text codec Python knows: detect instead
    bom = sniff_bom(data)
    if bom is not None:
        codec, name, skip = bom
        text, issues = decode_with(data[skip:], codec, name, skip)
        return text, name, issues
    if data.find(b"\x00", 0, BINARY_SNIFF_BYTES) != -1:
        wide = utf16_without_bom(data)
        if wide is not None:
            codec, share = wide
            text, issues = decode_with(data, codec, codec)
            label = f"UTF-16{codec[-2:].upper()} without byte-order mark"
            info = ("legacy-encoding", 0, 0, {
                "encoding": codec, "label": label, "confidence": _percent(share),
                "evidence": f"it has NUL bytes, but read as {label[:8]} {share:.0%} of its characters are text"})
            return text, codec, [info, *issues]
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        if exc.end >= len(data) and exc.reason == "unexpected end of data":
            text, issues = decode_with(data, "utf-8", "utf-8")  # truncated UTF-8, not another encoding
            return text, "utf-8", issues
    verdict = judge(data)
    if verdict.accepted:
        codec = verdict.best.codec
        text, issues = decode_with(data, codec.codec, codec.name)
        return text, codec.name, [_legacy_issue(verdict), *issues]
    text, issues = decode_with(data, "utf-8", "utf-8", hint=verdict.hint)
    return text, "utf-8", issues


def decode_with(data: bytes, codec: str, name: str, skip: int = 0, hint: str = "") -> tuple[str, list[Issue]]:
    """Decode all of *data* with *codec*; undecodable bytes become U+FFFD and issues.

    The first undecodable sequence gives an ``invalid-utf8`` issue; when the only problem is an
    incomplete sequence at the very end, a ``truncated`` one instead. *skip* (a BOM's length) is added
    to byte offsets; *name* is reported. Raises LookupError for an unknown codec.

    >>> decode_with("秋".encode("gbk")[:1], "gbk", "gbk")[1][0][:3]
    ('truncated', 0, 1)
    """
    try:
        return data.decode(codec), []
    except UnicodeDecodeError as exc:
        first = exc
    decoder = codecs.getincrementaldecoder(codec)("replace")
    head = decoder.decode(data, final=False)
    state = decoder.getstate()
    pending = state[0] if isinstance(state, tuple) and isinstance(state[0], bytes) else b""
    text = head + decoder.decode(b"", final=True)
    if pending and codecs.lookup(codec).name in _CJK_CODECS and not 0x81 <= pending[0] <= 0xFE:
        pending = b""  # not the start of a multi-byte sequence: an invalid byte, not a cut one
    reported = name.removesuffix("-sig")
    tail = len(data) - len(pending)
    if first.start < tail:
        pending = b""  # bad bytes before the end: the last ones are just more of them
    issues: list[Issue] = []
    if not pending:
        offset = min(len(data[: first.start].decode(codec, errors="replace")), len(text))
        bad = data[first.start : min(max(first.end, first.start + 1), first.start + 4)]
        issues.append(("invalid-utf8", offset, min(offset + 1, len(text)), {
            "encoding": reported,
            "byte_offset": first.start + skip,
            "bytes": _hex(bad),
            "reason": first.reason,
            "hint": hint,
        }))
    if pending:
        offset = min(len(head), len(text))
        issues.append(("truncated", offset, min(offset + 1, len(text)), {
            "encoding": reported,
            "byte_offset": tail + skip,
            "bytes": _hex(pending),
        }))
    return text, issues


def _hex(data: bytes) -> str:
    return " ".join(f"{b:02X}" for b in data)
