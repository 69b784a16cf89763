"""Every quantity of a document as an exact interval (``fractions.Fraction`` bounds, never floats).

One pass per document (cached in ``doc.cache``), shared by the numeric rule kinds. A quantity knows
its span in the original text, its value in a base unit (``1.2万元`` is 12000 元), the interval its
wording and rounding allow, its unit, its decimals, its qualifier, and the label before it.

>>> q = parse_quantities("种植蓝莓355.6亩，其中3千余株")
>>> [(x.value, x.unit, x.decimals) for x in q]
[(Fraction(1778, 5), '亩', 1), (Fraction(3000, 1), '株', 0)]
>>> q[1].low, q[1].high, q[1].qualifier
(Fraction(3000, 1), Fraction(4000, 1), '余')
"""

from __future__ import annotations

from bisect import bisect_right
from fractions import Fraction
from re import escape

from auditor.cues import Words, words_in, words_of
from auditor.lazyregex import LazyRegex
from auditor.scan import find_all
from auditor.textview import TextView, clean_view
from auditor.traditional import SIMPLIFIED, TRADITIONAL

_TO_ASCII = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
#: traditional characters to simplified ones (auditor.traditional: 3,540 of them, so that a report scraped in
#: traditional script is read by the grammar's words: 合計, 服務, 群眾)
_SIMPLIFY = str.maketrans(TRADITIONAL, SIMPLIFIED)

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
MAGNITUDES = {"百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
#: the factor of each magnitude :data:`_QUANTITY` can match (none, one of MAGNITUDES, or 万亿)
_MAGNITUDE_OF = {"": 1, **MAGNITUDES, "万亿": 10**12}

#: base units that are counts of things (a bare number may stand for any of them)
COUNT_UNITS = frozenset({"人", "户", "个", "家", "件", "起", "宗", "次", "所", "条", "处", "项", "座", "栋", "套", "台",
                         "辆", "株", "棵", "份", "册", "张", "篇", "场", "批", "期", "单", "例", "间", "块", "剂", "支",
                         "人次", "户次", "场次", "批次", "剂次", "组", "笔", "艘", "架", "头", "只", "盏", "根",
                         "台次", "车次", "架次", "件次", "班次"})

#: unit -> (base unit, factor); the longest spelling wins
UNITS: dict[str, tuple[str, int]] = {
    "万元": ("元", 10**4), "亿元": ("元", 10**8), "千元": ("元", 1000), "元": ("元", 1),
    "平方公里": ("平方米", 10**6), "平方千米": ("平方米", 10**6), "平方米": ("平方米", 1), "公顷": ("公顷", 1),
    "亩": ("亩", 1), "公里": ("米", 1000), "千米": ("米", 1000), "米": ("米", 1),
    "吨": ("千克", 1000), "公斤": ("千克", 1), "千克": ("千克", 1),
    "人次": ("人次", 1), "户次": ("户次", 1), "场次": ("场次", 1), "批次": ("批次", 1), "剂次": ("剂次", 1),
    "人": ("人", 1), "名": ("人", 1), "位": ("人", 1), "户": ("户", 1), "个": ("个", 1), "家": ("家", 1),
    "件": ("件", 1), "起": ("起", 1), "宗": ("宗", 1), "次": ("次", 1), "所": ("所", 1), "条": ("条", 1),
    "处": ("处", 1), "项": ("项", 1), "座": ("座", 1), "栋": ("栋", 1), "套": ("套", 1), "台": ("台", 1),
    "辆": ("辆", 1), "株": ("株", 1), "棵": ("棵", 1), "份": ("份", 1), "册": ("册", 1), "张": ("张", 1),
    "篇": ("篇", 1), "场": ("场", 1), "批": ("批", 1), "期": ("期", 1), "单": ("单", 1), "例": ("例", 1),
    "间": ("间", 1), "块": ("块", 1), "剂": ("剂", 1), "所学校": ("所", 1), "支": ("支", 1), "天": ("天", 1),
    "组": ("组", 1), "笔": ("笔", 1), "艘": ("艘", 1), "架": ("架", 1), "头": ("头", 1), "只": ("只", 1),
    "盏": ("盏", 1), "根": ("根", 1), "台次": ("台次", 1), "车次": ("车次", 1),
    "千瓦时": ("千瓦时", 1), "兆瓦时": ("千瓦时", 1000), "千瓦": ("千瓦", 1), "兆瓦": ("千瓦", 1000),
    "架次": ("架次", 1), "件次": ("件次", 1), "班次": ("班次", 1), "学时": ("学时", 1), "课时": ("课时", 1),
    "家次": ("家次", 1), "枚": ("枚", 1), "标箱": ("标箱", 1), "标准箱": ("标箱", 1), "对": ("对", 1),
    # (shares voted, 同意1,743,272,823股; ballots and parcels, 出口7180284票)
    "股": ("股", 1), "票": ("票", 1),
    # (titles published, 出版图书5067种; not 种植, 种子: 200亩种植)
    "种": ("种", 1),
    # (pages and volumes of archives, 数字化840万页, 馆藏档案12万卷)
    "页": ("页", 1), "卷": ("卷", 1),
    # (relics and equipment counted by the piece or the set, 可移动文物4589件/套)
    "件/套": ("件", 1), "台/套": ("台", 1), "台（套）": ("台", 1), "件（套）": ("件", 1),
    # (bodies cremated, 火化遗体3551具; blood collected, 9,983,390毫升; books published, 四十三部)
    "具": ("具", 1), "毫升": ("毫升", 1), "部": ("部", 1),
    "间夜": ("间夜", 1), "吨标准煤": ("吨标准煤", 1), "吨标煤": ("吨标准煤", 1), "吨/万元": ("吨/万元", 1),
    "个工作日": ("工作日", 1), "工作日": ("工作日", 1),
    # concentrations (PM2.5由34微克/立方米下降至26微克/立方米)
    "微克/立方米": ("微克/立方米", 1), "毫克/立方米": ("微克/立方米", 1000), "毫克/升": ("毫克/升", 1),
    # volumes (用水量由42.0立方米降至36.9立方米; 水资源总量100.50亿立方米)
    "立方米": ("立方米", 1),
    # foreign currencies (实际利用外资1.15亿美元，比上年的8440万美元增长36.3%)
    "美元": ("美元", 1), "欧元": ("欧元", 1), "港元": ("港元", 1),
}
#: what may not follow a unit that is also a word's first character (12部门, 3部分; 2具有)
_UNIT_GUARDS = {"部": "(?![门分署委队长位属件])", "具": "(?![有体备])", "种": "(?![植子苗养粮业田地])"}
_UNIT_ALT = "|".join(escape(u) + _UNIT_GUARDS.get(u, "") for u in sorted(UNITS, key=len, reverse=True))

#: characters that make a one-character qualifier part of a word (签约, 节约, 最近, 附近, 赶超)
_NOT_QUALIFIER = {"约": "签节预制合履特条邀公相违解契婚集简", "近": "最附临就亲靠邻贴逼迫", "超": "赶高", "逾": ""}
_PREFIX_QUALIFIERS = ("大约", "将近", "接近", "超过", "不足", "不到", "约", "近", "超", "逾")
_QUALIFIER_ENDS = frozenset(w[-1] for w in _PREFIX_QUALIFIERS)
#: qualifiers written after a percentage sign (95%以上)
_AFTER_PERCENT = ("以上", "以下", "左右")
#: 约 and a verb before a number: the number is approximate all the same (约为91%)
_ABOUT_VERBS = frozenset({"约为", "约达", "约是", "约有", "约占"})
_QUANTITY = LazyRegex(
    # the first character is matched before any look-behind: the engine then skips ahead to the next
    # digit or numeral in C (a pattern that starts with a look-around is tried at every position)
    r"(?P<num>[0-9零〇一二两三四五六七八九十]"
    # (not after letters, a code: X707847; nor a group of three after a comma, the rest of a number not read)
    r"(?:(?<=[0-9])(?<![A-Za-z0-9.\-_/#][0-9])(?!(?<=[0-9][,，][0-9])[0-9]{2}(?![0-9]))"
    r"[0-9]*(?:[,，][0-9]{3}(?![0-9]))*(?:\.[0-9]+)?"
    r"|(?<![0-9])(?<![零〇一二两三四五六七八九十百千万亿].)[零〇一二两三四五六七八九十百千]*"
    r"(?:万(?:零[一二三四五六七八九十]|[一二两三四五六七八九]?[千百十])[零〇一二两三四五六七八九十百千]*)?"
    # (a decimal in numerals: 三点四名, 二点五万元)
    r"(?:点[零〇一二三四五六七八九]+)?))"
    # (千 of 千瓦时, 千米, 千克 is the unit's own: 43637千瓦时)
    r"(?P<q0>余|多)?(?P<mag>(?:万亿|亿|万|千(?![瓦米克伏帕焦])|百)(?!分之|分点))?(?P<q1>余|多)?"
    rf"(?P<unit>{_UNIT_ALT})?(?P<q2>余|多|左右|以上|以下)?(?P<pct>%|‰)?"
    # (a count of households may run on into its people or money: 489户2540人, 21户10500元; of cases into the
    # people they concern: 批准逮捕136件219人, 查处12起15人)
    r"(?![A-Za-z]|(?<![户件起])[0-9])"
)
#: what follows 一次/二次 when they name a round or a kind (一次性补助; 二次救助120人次, 一次检查合格40次: a
#: word, then a count of its own in the same clause) rather than count the times something was done
_WHICH_ROUND = LazyRegex(r"性|[^，,。；;：:、（()）\n0-9]{1,10}[0-9]")
_YEAR_LIST = LazyRegex(r"(?:[、，,和及至到\-—~～]\s*(?:19|20)[0-9]{2})+年")
_YEAR = LazyRegex(r"(?:19|20)[0-9]{2}")
#: a fraction in words (三分之二, 四分之一): a rate, read as approximate (约: five points either way); found
#: from 分之, the numeral before it looked behind (百分之 is :data:`_PERCENT_WORDS`)
#: a growth stated with a minus sign (同比增长-32.5%, 增速为－3.2%): a fall. The sign belongs to the quantity
#: (see :attr:`Quantity.negative`); elsewhere a number after a hyphen is not read (codes, ranges: 2021-2023)
_NEGATIVE_GROWTH = LazyRegex(r"(?:增长|增速|增幅|增长率)(?:为|是|达)?(?P<sign>[-－−])"
                             r"(?P<num>[0-9]+(?:\.[0-9]+)?)%(?![0-9])")
_FRACTION_WORDS = LazyRegex("分之(?<=[二两三四五六七八九十]分之)[一二三四五六七八九]")
_PERCENT_WORDS = LazyRegex(r"百分之(?P<num>[0-9]+(?:\.[0-9]+)?"
                           r"|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)")
_NEEDS_ASCII = LazyRegex(r"[０-９．％]+")
_FULLWIDTH_THOUSANDS = LazyRegex(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")
_NEEDS_SIMPLE = LazyRegex("[" + TRADITIONAL + "]+")
#: the traditional characters that mark a text as written in traditional script (the words of units and
#: figures, among them some of the commonest of a report, 為, 個, 實, 與: a text in traditional script holds some of
#: them): a text that holds one is simplified whole (:data:`_SIMPLIFY`); a search for these few is a search of the
#: text for literals, which ``re`` runs in C along with the anchors (each more of them costs that scan)
_TRADITIONAL_MARKS = "個戶條處項畝噸萬億兩員張臺輛種類場單間塊劑節門筆餘約過達佔計總數與為實"
_FULLWIDTH_CHARS = "０１２３４５６７８９．％"
#: a figure with full-width commas before its groups of three digits, right after a table cell's bar (｜6，786)
_CELL_THOUSANDS = LazyRegex(r"[|｜][ \t\u3000]*[0-9]{1,3}(?:，[0-9]{3})+(?![0-9])")  # (the bar first: a literal)
_NEEDS_NORMALISING = LazyRegex("[" + _FULLWIDTH_CHARS + _TRADITIONAL_MARKS + "]")
_LABEL_STOP = set("，,、；;。：:（(）)“”\"《》！？!?\n ")


_LAZY = frozenset({"value", "low", "high", "label", "sentence"})
#: units that are measured (an integer is rounded to the unit) rather than counted
MEASURED_UNITS = frozenset({"亩", "平方米", "公顷", "米", "千克", "立方米"})
#: the bounds of a quantity that nobody has asked for yet (computed from its ``_spec``)
_PENDING = object()


class Quantity:
    """A quantity found in a document; offsets are into the original text.

    *start*/*end* are offsets in the original text, *value*/*low*/*high* exact bounds in the base unit
    (``Fraction``; *high* ``None``: no upper bound, as with 超过 or 以上), *unit* the base unit (``"元"``,
    ``"人"``, ``"%"``; ``""`` when none was written), *label* the words just before the number (cleaned
    text), *sentence* the index of its sentence (split at 。！？；and line breaks), *clean_start*/*clean_end*
    offsets in the cleaned text, *factor* how many base units one written unit is (万元 → 10000) and
    *written_unit* the unit as written (万元, 公里).

    Thousands are made per document and most are never compared, so this is a plain class with
    ``__slots__``, and the bounds, the label and the sentence index are made on first use.
    """

    __slots__ = ("_high", "_label", "_label_end", "_low", "_norm", "_sentence", "_sentences", "_spec", "_value",
                 "_widened", "clean_end", "clean_start", "decimals", "end", "factor", "qualifier", "start", "unit",
                 "written_unit")

    def __init__(self, start: int, end: int, value: Fraction | int, low: Fraction | int, high: Fraction | int | None,
                 unit: str, decimals: int, qualifier: str | None, label: str | None = None,
                 sentence: int | None = None, clean_start: int = 0, clean_end: int = 0, factor: int = 1,
                 written_unit: str = "", norm: str = "", label_end: int = 0, sentences=None):
        self.start, self.end, self._value, self._low, self._high = start, end, value, low, high
        self.unit, self.decimals, self.qualifier = unit, decimals, qualifier
        self._label, self._sentence = label, sentence
        self.clean_start, self.clean_end, self.factor, self.written_unit = clean_start, clean_end, factor, written_unit
        self._norm, self._label_end, self._sentences = norm, label_end, sentences
        self._spec = None  # with _low/_high _PENDING: the arguments of _interval, computed on first use
        self._widened = None

    def _settle(self) -> None:
        low, high = _interval(*self._spec)
        if self._low is _PENDING:  # (a copy made by replace(low=…) keeps the bound it was given)
            self._low = low
        if self._high is _PENDING:
            self._high = high

    @property
    def value(self) -> Fraction:
        v = self._value
        if type(v) is not Fraction:
            v = self._value = Fraction(v)
        return v

    @property
    def plain_value(self) -> Fraction | int:
        """:attr:`value` as parsed: an ``int`` where whole (cheaper to compute with), else a Fraction."""
        return self._value

    @property
    def low(self) -> Fraction:
        v = self._low
        if v is _PENDING:
            self._settle()
            v = self._low
        if type(v) is not Fraction:
            v = self._low = Fraction(v)
        return v

    @property
    def high(self) -> Fraction | None:
        v = self._high
        if v is _PENDING:
            self._settle()
            v = self._high
        if v is not None and type(v) is not Fraction:
            v = self._high = Fraction(v)
        return v

    @property
    def interval(self) -> tuple[Fraction | int, Fraction | int | None]:
        """``(low, high)`` as exact numbers, ``int`` where whole (cheaper to add and compare than
        Fractions; divide only through :attr:`low`/:attr:`high`, which are always Fractions)."""
        if self._low is _PENDING:
            self._settle()
        return self._low, self._high

    @property
    def negative(self) -> bool:
        """Whether a minus sign starts the quantity (``增长-32.5%``: a growth below zero, a fall of 32.5 %; the
        value is the size), or 负 stands right before it (``自然增长率为负3.97‰``)."""
        first = self._norm[self.clean_start:self.clean_start + 1]
        return first in ("-", "－", "−") or (self.clean_start > 0 and self._norm[self.clean_start - 1] == "负")

    @property
    def label(self) -> str:
        if self._label is None:
            self._label = _label(self._norm, self._label_end)
        return self._label

    @property
    def sentence(self) -> int:
        if self._sentence is None:
            self._sentence = self._sentences.index(self.clean_start) if self._sentences is not None else 0
        return self._sentence

    def replace(self, **changes) -> Quantity:
        """A copy with *changes* applied (``q.replace(value=…)``); what was not computed yet stays lazy."""
        copy = Quantity.__new__(Quantity)
        for name in self.__slots__:
            setattr(copy, name, getattr(self, name))
        for name, value in changes.items():
            setattr(copy, "_" + name if name in _LAZY else name, value)
        copy._widened = None  # (made from the fields, which may have changed)
        return copy

    def __repr__(self) -> str:
        return (f"Quantity({self.start}:{self.end} {self.value} [{self.low}, {self.high}] {self.unit!r} "
                f"qualifier={self.qualifier!r} label={self.label!r})")

    @property
    def widened(self) -> tuple[Fraction | int, Fraction | int | None]:
        """:attr:`interval`, with a whole number of a measured unit (亩, 米, 千克 …: :data:`MEASURED_UNITS`)
        taken as rounded to the unit: ``12亩`` is 11.5 to 12.5 亩, ``12户`` is 12 户. Worked out once: the
        rules that judge a sum look at each of its quantities several times.

        >>> [q.widened for q in parse_quantities("12亩，12户")]
        [(Fraction(23, 2), Fraction(25, 2)), (12, 12)]
        """
        widened = self._widened
        if widened is None:
            low, high = self.interval
            if self.unit in MEASURED_UNITS and self.decimals == 0 and low == high:
                widened = (Fraction(2 * low - 1, 2), Fraction(2 * low + 1, 2))
            else:
                widened = (low, high)
            self._widened = widened
        return widened

    @property
    def whole_count(self) -> bool:
        """Whether the quantity is exactly a whole number (``low == value == high``, no fraction): what a
        count of things is. Read without turning the bounds into Fractions.

        >>> [q.whole_count for q in parse_quantities("25份，约30人，2.5万元，120余户，12.0%")]
        [True, False, False, False, False]
        """
        low, high = self.interval
        return low == high and self._value.denominator == 1

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    @property
    def exact(self) -> bool:
        return self.low == self.value == self.high


def parse_chinese_number(s: str) -> int | None:
    """Value of a Chinese numeral: ``一百二十三`` → 123, ``两千`` → 2000, ``十二`` → 12, ``二〇二二`` → 2022.

    >>> [parse_chinese_number(x) for x in ("一百二十三", "两千", "十二", "三十七", "〇", "一千零五", "一万零五十")]
    [123, 2000, 12, 37, 0, 1005, 10050]
    >>> parse_chinese_number("三万零十"), parse_chinese_number("二千二百六十三万零十")
    (30010, 22630010)
    """
    if not s:
        return None
    if all(ch in CN_DIGITS for ch in s):  # digit by digit: 二〇二二
        return int("".join(str(CN_DIGITS[ch]) for ch in s))
    total = 0  # the 万 section, once read: 一万二千 → 10000
    section = 0
    number = None
    for ch in s:
        if ch in CN_DIGITS:
            # 零 holds an empty place (一千零五, 三万零十): it multiplies nothing that follows
            number = CN_DIGITS[ch] if ch not in "零〇○" else None
        elif ch in CN_SMALL:
            section += (1 if number is None else number) * CN_SMALL[ch]
            number = None
        elif ch == "万" and not total and (section or number):
            total, section, number = (section + (number or 0)) * 10**4, 0, None
        else:
            return None
    return total + section + (number or 0)


def _place(num: str) -> Fraction:
    """The value of the last significant place of an Arabic or Chinese number (200 → 100, 1.5 → 0.1)."""
    if "." in num:
        return Fraction(1, 10 ** len(num.split(".", 1)[1]))
    digits = num.replace(",", "")
    if digits.isdigit():
        stripped = digits.rstrip("0")
        return Fraction(10 ** (len(digits) - len(stripped))) if stripped else Fraction(1)
    for ch, value in (("千", 1000), ("百", 100), ("十", 10)):
        if num.endswith(ch):
            return Fraction(value)
    return Fraction(1)


def _number(num: str) -> tuple[Fraction | int, int] | None:
    """``(value, decimals)``; whole numbers stay ``int`` (exact, and much cheaper than Fraction). Chinese
    decimals are read digit by digit after 点 (``九十八点六`` → 98.6).

    >>> _number("1,234.5"), _number("九十八点六"), _number("二十")
    ((Fraction(2469, 2), 1), (Fraction(493, 5), 1), (20, 0))
    """
    if num[0].isdigit():
        digits = num.replace(",", "").replace("，", "")
        if "." in digits:
            whole, fraction = digits.split(".", 1)
            return Fraction(int(whole + fraction), 10 ** len(fraction)), len(fraction)
        return int(digits), 0
    if "点" in num:
        whole, fraction = num.split("点", 1)
        value = parse_chinese_number(whole)
        if value is None or not fraction or any(ch not in CN_DIGITS for ch in fraction):
            return None
        places = len(fraction)
        return Fraction(value * 10**places + int("".join(str(CN_DIGITS[ch]) for ch in fraction)), 10**places), places
    value = parse_chinese_number(num)
    return (value, 0) if value is not None else None


def _interval(value: Fraction, decimals: int, factor: int, num: str, qualifier: str | None,
              rounded: bool) -> tuple[Fraction, Fraction | None]:
    """Bounds allowed by rounding (decimals, 万/亿) and by the qualifier."""
    half = Fraction(factor, 2 * 10**decimals) if rounded else 0
    low, high = value - half, value + half
    if qualifier in ("余", "多"):
        # 120余件: 120 and more; up to the next unit of its last place (130), or, loosely written (97余场, 1300多户
        # for 1403), up to three tenths more, as 超过 and 以上 are read open-ended
        return value, value + max(_place(num) * factor, value * Fraction(3, 10))
    if qualifier in ("约", "大约", "左右", "接近"):
        # ±10%, or, for a round number (two trailing zeros or more), the rounding they imply when that
        # is wider: 约4000 is 3500 to 4500, 约30 stays 27 to 33
        place = _place(num)
        spread = place * factor / 2 if place >= 100 else Fraction(0)
        return min(low * Fraction(9, 10), value - spread), max(high * Fraction(11, 10), value + spread)
    if qualifier in ("近", "将近"):
        return value * Fraction(9, 10), high
    if qualifier in ("超过", "超", "逾", "以上"):
        return value, None
    if qualifier in ("不足", "不到", "以下"):
        return Fraction(0), value
    return low, high


def _label(text: str, start: int) -> str:
    """The words just before a number at *start* (up to a mark or twelve characters); for a field's value, the
    field's name before its colon (``已完成人数：862人``: 已完成人数)."""
    if start > 1 and text[start - 1] in "：:" and text[start - 2] not in _LABEL_STOP:
        start -= 1
    i = start
    while i > 0 and text[i - 1] not in _LABEL_STOP and start - i < 12 and not text[i - 1].isdigit():
        i -= 1
    return text[i:start]


def normalise(text: str) -> str:
    """Full-width digits and signs to ASCII, and traditional characters to simplified ones (same length, so
    offsets are unchanged); a no-op for text without them. A text is read as traditional when it holds one of
    :data:`_TRADITIONAL_MARKS`; then each of the 3,540 characters of :mod:`auditor.traditional` is simplified
    (服務 → 服务, 群眾 → 群众), not only those of the marks.

    Only the runs that need it are translated (``str.translate`` over a whole document is slow).

    >>> normalise("共１，２３４個，占５０％"), normalise("合计｜6，786，较上年")
    ('共1,234个，占50%', '合计｜6,786，较上年')
    """
    text = _cell_thousands(text)
    if _NEEDS_NORMALISING.search(text) is None:  # one search for the marks (most texts have none)
        return text
    if any(ch in text for ch in _FULLWIDTH_CHARS):
        # a full-width comma between full-width digit groups is a thousands separator: １，２３４
        text = _FULLWIDTH_THOUSANDS.sub(",", text)
        text = _NEEDS_ASCII.sub(_to_ascii, text)
    if any(ch in text for ch in _TRADITIONAL_MARKS):
        text = _NEEDS_SIMPLE.sub(_simplify, text)
    return text


def _cell_thousands(text: str) -> str:
    """*text* with the full-width commas before three digits in a table's cell, after its bar, made ASCII: they
    separate thousands there (``合计｜6，786``)."""
    if ("｜" in text or "|" in text) and "，" in text:
        return _CELL_THOUSANDS.sub(_ascii_commas, text)
    return text


def _ascii_commas(m) -> str:
    return m.group().replace("，", ",")


def _to_ascii(m) -> str:
    return m.group().translate(_TO_ASCII)


def _simplify(m) -> str:
    return m.group().translate(_SIMPLIFY)


def parse_quantities(text: str) -> list[Quantity]:
    """All quantities of *text*, in order (see :class:`Quantity`)."""
    view = clean_view(text)
    return _parse_view(view, normalise(view.text))


def _parse_view(view: TextView, norm: str, ranges: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities of *norm* (only inside *ranges* of it, when given)."""
    sentence_starts = _SentenceIndex(norm)
    out: list[Quantity] = []
    for lo, hi in ranges if ranges is not None else [(0, len(norm))]:
        sentence_starts.enter(lo, hi)
        for m in _QUANTITY.finditer(norm, lo, hi):
            q = _quantity(norm, m, view, sentence_starts)
            if q is not None:
                out.append(q)
    for m in _PERCENT_WORDS.finditer(norm):
        parsed = _number(m.group("num"))
        if parsed is None:
            continue
        value, decimals = parsed
        out.append(_make(view, norm, m.start(), m.end(), value, value - _half(decimals), value + _half(decimals),
                         "%", decimals, None, sentence_starts, m.start()))
    if "-" in norm or "－" in norm or "−" in norm:
        for m in _NEGATIVE_GROWTH.finditer(norm):
            value, decimals = _number(m.group("num"))
            out.append(_make(view, norm, m.start("sign"), m.end(), value, value - _half(decimals),
                             value + _half(decimals), "%", decimals, None, sentence_starts, m.start("sign")))
    for m in _FRACTION_WORDS.finditer(norm):
        start = m.start() - 1
        whole, part = CN_DIGITS.get(norm[start], 10), CN_DIGITS[m.group()[-1]]
        if part >= whole:
            continue
        value = Fraction(100 * part, whole)
        head = norm[max(0, start - 2):start]
        qualifier = next((w for w in _PREFIX_QUALIFIERS if head.endswith(w)), None) or \
            ("以上" if norm.startswith("以上", m.end()) else "约")  # (超过三分之二: a threshold; else near it)
        out.append(_make(view, norm, start, m.end(), value, value - 5, value + 5, "%", 0, qualifier, sentence_starts,
                         start - len(qualifier) if head.endswith(qualifier) else start))
    if "分别" in norm or "依次" in norm:
        _numeral_lists(view, norm, out, sentence_starts, ranges)
    out.sort(key=lambda q: q.start)
    _inherit_units(norm, out)
    if "折标" in norm:
        _standard_coal(norm, out)
    return out


#: a list of bare numerals after 分别为 whose last numeral carries the unit (分别为十八、一、二十六、九部): the numerals
#: before the last, each then given the unit by :func:`_inherit_units`
_NUMERAL_LIST = LazyRegex(r"(?:分别为|分别是|分别有|分别达|依次为|依次是)"
                          r"(?P<list>(?:[零〇一二两三四五六七八九十百千]+[、和及与])+)"
                          r"(?=[零〇一二两三四五六七八九十百千]+(?:万|亿)?(?:" + _UNIT_ALT + r"))")
_NUMERAL = LazyRegex(r"[零〇一二两三四五六七八九十百千]+")


def _numeral_lists(view: TextView, norm: str, out: list[Quantity], sentence_starts, ranges) -> None:
    """Add the bare numerals of the lists after 分别为 whose unit is written after the last (``分别为十八、一、二十六、
    九部``) to *out*, in place: a bare numeral is otherwise a word (一是, 十大), not a quantity.

    >>> [(int(q.value), q.unit) for q in parse_quantities("四类分别为十八、一、二十六、九部")]
    [(18, '部'), (1, '部'), (26, '部'), (9, '部')]
    """
    for lo, hi in ranges if ranges is not None else [(0, len(norm))]:
        for m in _NUMERAL_LIST.finditer(norm, lo, hi):
            for n in _NUMERAL.finditer(norm, m.start("list"), m.end("list")):
                value = parse_chinese_number(n.group())
                if value is None:
                    break
                q = _make(view, norm, n.start(), n.end(), value, _PENDING, _PENDING, "", 0, None, sentence_starts,
                          n.start())
                q._spec = (value, 0, 1, n.group(), None, False)
                out.append(q)


#: what joins the numbers of a list whose unit is written once, after the last (50590、49575、27186平方米)
_LIST_JOINS = frozenset(("、", "和", "及", "与"))


#: the magnitudes a number may be written with alone, longest first (8.0万、3.1万和16.9万吨: :data:`_MAGNITUDE_OF`)
_MAGNITUDE_WORDS = tuple(sorted((w for w in _MAGNITUDE_OF if w), key=len, reverse=True))


#: a list's join with the next item's period before its number (1月151.1、2月183.6、…4月113.8万吨)
_PERIOD_JOIN = LazyRegex(r"[、，,；;][ \t]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:月份|月|季度)")


def _inherit_units(norm: str, quantities: list[Quantity]) -> None:
    """Give the bare numbers of a list the unit (and 万/亿) written once after its last number, in place:
    ``分别是50590、49575、27186平方米`` is three areas, ``依次为1.22、1.45、0.86万亩`` three areas in 万亩.

    >>> [(int(q.value), q.unit) for q in parse_quantities("分别是506、495、271平方米")]
    [(506, '平方米'), (495, '平方米'), (271, '平方米')]
    >>> [(int(q.value), q.unit) for q in parse_quantities("分别为8.0万、3.1万和16.9万吨")]
    [(80000000, '千克'), (31000000, '千克'), (169000000, '千克')]
    """
    for k in range(len(quantities) - 2, -1, -1):
        q, after = quantities[k], quantities[k + 1]
        if q.unit or q._spec is None or not after.unit or after.unit in ("%", "百分点") or (
                norm[q.clean_end:after.clean_start] not in _LIST_JOINS and
                _PERIOD_JOIN.fullmatch(norm, q.clean_end, after.clean_start) is None):
            continue
        value, decimals, _factor, num, qualifier, _rounded = q._spec  # (value: scaled by its own magnitude)
        factor, written = after.factor, after.written_unit
        scaled = value * factor
        if q.written_unit:  # 8.0万、3.1万和16.9万吨: its own magnitude, the unit of the list's last number
            own = _MAGNITUDE_OF.get(q.written_unit) if q.written_unit else None
            theirs = next((w for w in _MAGNITUDE_WORDS if written.startswith(w)), "")
            if own is None or not theirs:
                continue
            unit_factor = after.factor // _MAGNITUDE_OF[theirs]
            scaled, factor = value * unit_factor, own * unit_factor
            written = q.written_unit + written[len(theirs):]
        low, high = _interval(scaled, decimals, factor, num, qualifier, decimals > 0 or factor > 1)
        quantities[k] = q.replace(value=scaled, low=low, high=high, unit=after.unit, factor=factor,
                                  written_unit=written)
    if any(not q.unit and not q.written_unit and q.decimals for q in quantities):
        # a bare decimal counts only with a unit from its list (版本1.2、1.3 is no quantity; 37.1万 is one)
        quantities[:] = [q for q in quantities if q.unit or q.written_unit or not q.decimals]


#: what names tons as tons of standard coal when it stands right before them (天然气折标2089.79万吨)
_COAL_EQUIVALENT = ("折标准煤", "折合标准煤", "折标煤", "折标")


def _standard_coal(norm: str, quantities: list[Quantity]) -> None:
    """Read tons after 折标 (折标准煤, 折合标准煤) as tons of standard coal, in place: the parts of an energy
    consumption in 万吨标准煤 are written ``其中天然气折标2089.79万吨`` (the callers look for 折标 first).

    >>> [(q.value, q.unit) for q in parse_quantities("能源消费量1.5万吨标准煤，其中电力折标0.5万吨")]
    [(Fraction(15000, 1), '吨标准煤'), (Fraction(5000, 1), '吨标准煤')]
    """
    for k, q in enumerate(quantities):
        if q.unit == "千克" and q.factor >= 1000 and norm.endswith(_COAL_EQUIVALENT, max(0, q.clean_start - 5),
                                                                   q.clean_start):
            quantities[k] = q.replace(value=q.value / 1000, low=q.low / 1000,
                                      high=None if q.high is None else q.high / 1000, unit="吨标准煤",
                                      factor=q.factor // 1000)


class _SentenceIndex:
    """The index of the sentence (split at 。！？；and line breaks) that holds an offset of *norm*.

    The sentence ends are listed only inside the ranges that are parsed (:meth:`enter`); the ends
    before a range are counted, not listed. A document is never split into sentences as a whole.
    """

    __slots__ = ("_base", "_ends", "_hi", "_lo", "_norm", "_pending")

    def __init__(self, norm: str):
        self._norm = norm
        self._lo = self._hi = self._base = 0
        self._ends: list[int] = []
        self._pending: tuple[int, int] | None = None

    def enter(self, lo: int, hi: int) -> None:
        """Prepare for offsets in ``[lo, hi)`` (ranges entered in increasing order). Nothing is counted
        until an index is asked for (most quantities never are)."""
        self._pending = (lo, hi)

    def _settle(self) -> None:
        lo, hi = self._pending
        self._pending = None
        self._base = self.index(lo) if lo >= self._hi else self._count(0, lo)
        self._lo, self._hi = lo, hi
        self._ends = [m.end() for m in _SENTENCE_END.finditer(self._norm, lo, hi)]

    def index(self, offset: int) -> int:
        if self._pending is not None:
            self._settle()
        if self._lo <= offset < self._hi:
            return self._base + bisect_right(self._ends, offset)
        if offset >= self._hi:
            return self._base + len(self._ends) + self._count(self._hi, offset)
        return self._count(0, offset)

    def _count(self, lo: int, hi: int) -> int:
        return sum(self._norm.count(ch, lo, hi) for ch in "。！？!?；;\n")


def _half(decimals: int) -> Fraction:
    return Fraction(1, 10**decimals) / 2


#: what an item's number (1、) stands after: the start of a line, a clause or a list
_ITEM_BEFORE = frozenset("\n\0：:；;，,。")


def _han_at(norm: str, at: int) -> bool:
    """Whether a Han character stands at *at*."""
    return "\u4e00" <= norm[at:at + 1] <= "\u9fff"


#: what may follow 一 and a measure word in a count of one (一个人次 …): units, not a noun
_COUNT_FOLLOWS = frozenset("次人户项元亩吨")


def _quantity(norm: str, m, view: TextView, sentence_starts: _SentenceIndex, in_table: bool = False) -> Quantity | None:
    num, q0, mag, q1, unit, q2, pct = m.groups()
    mag = mag or ""
    chinese = not num[0].isdigit()
    if chinese and not (unit or mag or pct):
        return None  # 一是, 十大: words, not quantities
    start = m.start(1)  # (the group num)
    before = norm[start - 1] if start > 0 else "\0"
    if before in "第〔[【#№" or (before in "-－−" and not unit) or norm[max(0, start - 3):start] == "百分之":
        return None
    if before in "（(" and norm[m.end():m.end() + 2] in ("）型", ")型"):
        return None  # 小（1）型水库, 小（2）型: a class's name, not a count
    if chinese and norm[max(0, start - 2):start] in ("以上", "上述"):
        return None  # 以上四个村合计…: how many items were named, not a quantity
    if chinese and unit == "次" and _WHICH_ROUND.match(norm, m.end()):
        return None  # 一次性补助80万元, 二次救助120人次: which round or what kind, not how many times
    if num == "一" and not (mag or pct) and _han_at(norm, m.end()) and norm[m.end():m.end() + 1] not in _COUNT_FOLLOWS:
        return None  # 办好一件事, 一类事, 一批物资: "a", not a count (新建学校一所。 counts one)
    after = norm[m.end():m.end() + 1]
    if not (unit or pct or mag) and not in_table:  # (a cell of a table is a bare number: auditor.line_lists)
        # a bare number counts only where a list or clause goes on: 按期处置数22313、超期处置数3895
        if (after not in ("、", "，", ",", "；", ";", "。", ")", "）", "") and not (
                after in "和与及" and norm[m.end() + 1:m.end() + 2].isdigit())) or \
                len(num.split(".")[0].replace(",", "")) >= 7:
            return None  # (分别为156、790和6898处: 和 before the last number of a list goes on too; a bare number of
            # seven digits or more before its point is a code or a phone's, 2930.22、 is an amount)
        if num.count(".") and after != "、":
            return None  # (1.22、1.45、0.86万亩: a decimal in a list may take the unit written at its end)
        if _YEAR_LIST.match(norm, m.end()) and _YEAR.fullmatch(num):
            return None  # 2021、2022年: a year in a list of years
        if after == "、" and len(num) <= 2 and before in _ITEM_BEFORE and _han_at(norm, m.end() + 1):
            return None  # 具体为：1、刑事案件3663件: an item's number
        if after in "）)" and before in "（(" and len(num) <= 2 and (start < 2 or norm[start - 2] in _ITEM_BEFORE) \
                and _han_at(norm, m.end() + 1):
            return None  # （1）新创建卫生村18个；（2）…: an item's number in brackets
    parsed = _number(num)
    if parsed is None:
        return None
    value, decimals = parsed
    if pct == "‰":  # per mille: a tenth of a percentage (7.80‰ is 0.780%)
        value, decimals = Fraction(value) / 10, decimals + 1
    factor = _MAGNITUDE_OF[mag]
    base_unit, unit_factor = UNITS.get(unit, ("", 1)) if unit else ("", 1)
    if pct:
        base_unit, unit_factor = "%", 1
        if unit:
            return None  # 12人% is not a percentage
    points = unit == "个" and norm.startswith("百分点", m.end())
    if points:  # 提高2.5个百分点: a difference of rates, not a count
        unit, base_unit, unit_factor = "个百分点", "百分点", 1
    factor *= unit_factor
    head = norm[max(0, start - 2):start]
    pre = next((w for w in _PREFIX_QUALIFIERS if head.endswith(w)), None) if head[-1:] in _QUALIFIER_ENDS else None
    if pre is not None and len(pre) == 1 and start >= 2 and norm[start - 2] in _NOT_QUALIFIER.get(pre, ""):
        pre = None  # 签约52户, 最近3年, 赶超: the character is part of a word, not a qualifier
    label_end = start - len(pre or "")
    if pre is None and head in _ABOUT_VERBS:  # 约为91%, 约有200人: 约 before the verb
        pre, label_end = "约", start - 2
    qualifier = pre or q0 or q1 or q2
    if pct and qualifier is None and norm.startswith(_AFTER_PERCENT, m.end()):
        qualifier = norm[m.end():m.end() + 2]  # 95%以上: a threshold, 95%左右: an estimate
    if pct:
        scaled, spec = value, (value, decimals, 1, num, qualifier, True)
    else:
        scaled = value * factor
        spec = (scaled, decimals, factor, num, qualifier, decimals > 0 or (factor > 1 and bool(mag or unit_factor > 1)))
    end = m.end() + (3 if points else 0)
    written = pct if pct else mag + (unit or "")
    q = _make(view, norm, start, end, scaled, _PENDING, _PENDING, base_unit, decimals, qualifier, sentence_starts,
              label_end, 1 if pct else factor, written)
    q._spec = spec  # the bounds are computed when a rule asks for them: most quantities are never compared
    return q


def _make(view, norm, start, end, value, low, high, unit, decimals, qualifier, sentence_starts, label_end,
          factor=1, written=""):
    # the bounds stay int where they are whole (cheap); Quantity turns them into Fractions on first
    # use, so that any division a rule makes later is exact
    original_start, original_end = view.original_span(start, end)
    return Quantity(original_start, original_end, value, low, high, unit, decimals, qualifier,
                    None, None, start, end, factor, written, norm, label_end, sentence_starts)  # (no keywords: faster)


_SENTENCE_END = LazyRegex(r"[。！？!?；;\n]")
_SCOPE_END = LazyRegex(r"[。！？!?\n]")
#: the characters that end a sentence (as :data:`_SCOPE_END`), the most frequent first
_SCOPE_CHARS = "。\n！？!?"


def sentence_start(norm: str, lo: int, hi: int) -> int:
    """Where the sentence holding offset *hi* starts, looking back to *lo* only: just after the last
    。！？!? or line break in ``norm[lo:hi]``, else *lo*. Each look after the first only searches past
    the end found so far, so the cost is that of the stretch between the sentence end and *hi*, or of
    ``norm[lo:hi]`` once per character when no sentence ends there. (The six looks are written out: a
    loop over them cost a third of the time; :data:`_SCOPE_CHARS` lists them, the most frequent first.)

    >>> sentence_start("甲。乙！丙", 0, 5), sentence_start("甲。乙！丙", 4, 5)
    (4, 4)
    """
    rfind = norm.rfind
    start = rfind("。", lo, hi) + 1
    if start < lo:
        start = lo
    i = rfind("\n", start, hi) + 1
    if i > start:
        start = i
    i = rfind("！", start, hi) + 1
    if i > start:
        start = i
    i = rfind("？", start, hi) + 1
    if i > start:
        start = i
    i = rfind("!", start, hi) + 1
    if i > start:
        start = i
    i = rfind("?", start, hi) + 1
    return i if i > start else start


#: last year's value named as a change's base: the words between 比/较/与 and the number (比上年的110亿元,
#: 较上年（25%）), and inside brackets after the change (（去年同期1000吨）)
LAST_YEAR_BEFORE = (r"(?:(?:上年|去年|上一年|(?:19|20)[0-9]{2}年)(?:同期|末|底)?|年初"
                    r"|[一二三]季度|上季度|上半年|上月(?:末|底)?|(?:1[01]|[1-9])月(?:份)?的)(?:的|为|是)?[（(]?")
LAST_YEAR_IN_BRACKETS = (r"(?:(?:上年|去年|上一年)(?:同期|同月)?(?:为|是)?|上月(?:为|是)?"
                         r"|[0-9]{1,2}月份?(?:为|是))")  # (or the month before: 环比 …（6月为534,634人次）)
#: the words of an amount of change over a period before (同比增加1992人, 较上年增加15家, 环比减少299件)
_AMOUNT_CHANGE_TAIL = (r"(?:同期|末|底)?(?:净)?(?:(?:增加|减少|多|少|增|减)了?\s*[0-9]"
                       # (同比下降167件: a verb of growth before an amount, not a percentage nor points)
                       r"|(?:下降|降低|上升|增长|提高)了?\s*[0-9][0-9,]*(?:\.[0-9]+)?(?![0-9.%％]|个?百分点))")
#: (each choice starts with a literal character: ``re`` then skips ahead to them in C)
AMOUNT_CHANGE_CUE = LazyRegex("同比" + _AMOUNT_CHANGE_TAIL + "|环比" + _AMOUNT_CHANGE_TAIL
                              + "|较(?:上年|上月|去年|年初)" + _AMOUNT_CHANGE_TAIL
                              + "|比(?:上年|上月|去年|年初)" + _AMOUNT_CHANGE_TAIL)
#: a base stated by its period, in a clause of its own (上年为24497起, 年初为5922.98亿元, 6月份为14536个)
STATED_BASE_CUE = LazyRegex(r"(?:上年|去年|上一年|年初|月份|[0-9]月|[0-9]年|上月|季度)(?:同期|末|底)?(?:的)?"
                            r"(?:为|仅为|仅|只有)\s*[0-9]|(?:上年|去年)同期\s*[0-9]")
#: … found from its verb (a search for a few literals), then read back
_BASE_VERB = LazyRegex(r"为(?=\s*[0-9])|仅(?=\s*[0-9])|只有(?=\s*[0-9])|同期(?=\s*[0-9])")
#: the last period of a year before the year's total (…四季度143人，全年1419人; 下半年…，全年…), found from its rarer
#: characters
_LAST_PERIOD = (r"季度(?<=四季度)(?=[^。！？!?\n]{0,40}全年)|半年(?<=下半年)(?=[^。！？!?\n]{0,40}全年)"
                # (or the year's total first: 全年实现265.2亿元，一季度83.0亿元，二季度…: found from the quarters)
                r"|季度(?<=一季度)(?=[^。！？!?\n]{0,24}?二季度)"
                # (… or the year's total in a sentence of its own, words between 共 and it: 全年共征收房屋1117户)
                r"|共(?<=全年共)(?=[^，,。；;：:\n0-9]{1,16}[0-9])|累计(?<=全年累计)(?=[^，,。；;：:\n0-9]{1,16}[0-9])"
                # (a span of months opening a sentence, its figure and each month's: 3月至8月，…738处，3月116处，…;
                # the hyphen escaped: |- would read as the set syntax of regex, and send the pattern to it)
                r"|至(?<=[0-9]月至)(?=[0-9]{1,2}月(?:份)?[，,])|\-(?<=[0-9]\-)(?=[0-9]{1,2}月(?:份)?[，,])"
                r"|—(?<=[0-9]—)(?=[0-9]{1,2}月(?:份)?[，,])|－(?<=[0-9]－)(?=[0-9]{1,2}月(?:份)?[，,])"
                # (… or both halves after it: 全年接待游客566.1万人次，上半年…，下半年…)
                r"|半年(?<=上半年)(?=[^。！？!?\n]{0,24}?下半年)"
                # who should attend, who did and who did not (应到代表35人，实到32人，请假3人)
                r"|应到(?=[^，,。；;\n]{0,6}[0-9])|应出席(?=[^，,。；;\n]{0,6}[0-9])"
                # posts: the staff, those in post and the posts empty (编制198名，实有在编人员167名，空编31名)
                r"|空编(?=[^，,。；;\n]{0,4}[0-9])|缺编(?=[^，,。；;\n]{0,4}[0-9])")
#: the words that open a breakdown of a whole along one dimension (按来源划分，… 从行业看：… 资金构成：…);
#: the list after them names every part (see :data:`~auditor.relations` "by-dimension")
_DIMENSIONS = ("(?:类型|类别|来源|区域|地域|片区|行业|领域|产业|性质|渠道|环节|层级|级别|年龄|学历|性别|"
               "用途|方式|形式|主体|规模|结构|构成|镇街|乡镇|部门|时段|季度|月份|分布|城乡|地区|内容|对象|群体|人群|"
               "诉求|险种|科目|业务|结果|状态|身份|职业|专业|学段|层次)")
# (every choice starts with a literal character, 看 is looked for before the dimensions: ``re`` then skips
# ahead in C to the next of those characters, and 从 and 分, which are everywhere, cost one short look)
BREAKDOWN_OPENER = (r"按[^，,。；;：:\n]{1,8}?(?:划分|分类|分)"
                    r"(?:为[两二三四五六七八九十2-9]+(?:大类|类|种|个方面|个部分|部分))?"
                    r"(?:如下|情况如下)?[，,：:]"
                    # (按等级分为一般隐患640处、…: the first part's name right after 分为)
                    r"|按[^，,。；;：:\n]{1,8}?(?:划分|分)为(?=[^，,。；;：:\n0-9]{1,12}[0-9])"
                    r"|来源(?:为|是|如下|情况如下|情况为)?[：:]|来源(?:为|是)(?=[^，,。；;：:\n0-9]{1,12}[0-9])|具体(?:(?:如下|情况如下)[：:]|(?:为|是|包括)[：:]?)"
                    rf"|从(?=[^，,。；;：:\n]{{0,8}}看[，,：:])[^，,。；;：:\n]{{0,6}}?{_DIMENSIONS}看[，,：:]"
                    # 分镇看，分县区看，分行业看: any one to six characters (从…看 needs a dimension: 从全年看 is none)
                    r"|分(?=[^，,。；;：:\n]{1,6}看[，,：:])[\u4e00-\u9fff]{1,6}看[，,：:]"
                    r"|分类看[，,：:]|构成(?:为|是|如下|情况(?:为|如下)?)?[：:]|构成(?:为|是)(?=[^，,。；;：:\n0-9]{1,12}[0-9])"
                    r"|分项(?:来)?看[，,：:]|分类情况[：:]|分布(?:情况)?如下[，,：:]"
                    r"|按[^，,。；;：:\n]{0,6}?看[，,：:]"
                    # 按类别，按行业： (a dimension alone after 按)
                    rf"|按{_DIMENSIONS}(?:统计)?[，,：:]"
                    rf"|分{_DIMENSIONS}统计[，,：:]"  # 分类别统计，
                    # 各镇（街道）完成情况：, 各县区情况如下： (each place or unit in turn)
                    r"|各[^，,。；;：:\n]{1,10}?情况(?:如下)?[：:]"
                    # 已分解到各镇（街道）：, 分配到各村： (a quota split among places, every one of them named)
                    r"|(?:分解|分配)(?:到|至)各[^，,。；;：:\n0-9]{1,10}?[：:]"
                    r"|分布(?:在|于)[0-9一二三四五六七八九十两]{1,3}个[^，,。；;：:\n0-9]{1,4}[：:，,]"
                    # 分为A和B两类： (the kinds named, then how many)
                    r"|分为[^，,。；;：:\n]{1,30}?[两二三四五六七八九十2-9](?:大类|类|种|个方面|个部分|部分)[：:，,]"
                    # 由两部分组成： (how many kinds make up the whole, then each)
                    r"|由[两二三四五六七八九十2-9](?:大类|类|种|个方面|个部分|部分|项)(?:构成|组成)[：:]")
#: the difference between two figures named before it (城区比乡村多6415人), found from 比
DIFFERENCE_CUE = LazyRegex(r"比(?=[\u4e00-\u9fff]{1,6}(?:多|少)(?:出)?\s*[0-9])"
                           # (or another's figure after 较/比 …的, then how many more: 较华丰村的252户多106户)
                           r"|较(?=[\u4e00-\u9fff]{1,8}的[0-9][^，,。；;]{0,8}(?:多|少)了?[0-9])"
                           r"|比(?=[\u4e00-\u9fff]{1,8}的[0-9][^，,。；;]{0,8}(?:多|少)了?[0-9])")
#: a base named by its year, then an amount of change (2019年为6407.8万元，减少1324.7万元); found from 为
_YEAR_BASE_THEN_CHANGE = LazyRegex(r"为(?:(?<=年为)|(?<=同期为))\s*[0-9][^，,。；;]{0,16}[，,]\s*"
                                   r"(?:同比|较上年|比上年)?(?:净)?(?:增加|减少)")
#: a clause that names a whole and ends in 中 (在完成的5552亩中，全县126个项目中：); a cue for sums, looked for
#: only in a sentence with 中
FRAME_CUE = LazyRegex(r"[0-9][^，,。；;\n]{0,14}中[，,：:]")
#: a sentence that opens with a frame naming a whole stated before (上述小区中，…; 以上项目中：…)
BACK_FRAME = LazyRegex(r"[ \t\u3000]*(?:上述|以上|前述)([^，,。；;：:\n0-9]{1,10})中[，,：:]")

#: the verbs after 共 that make it a sum word (共完成雨污管网建设改造5412米)
SUM_VERBS = ("完成|实现|建成|投入|发放|开展|办理|受理|培训|排查|查处|整治|改造|新建|建设|清运|处置|调处|化解|"
             "帮扶|安置|救助|转移|新增|招引|引进|募集|筹集|募捐|捐赠|争取|拨付|收到|接收|悬挂|发送|推送|走访|检查|抽检|"
             "服务|慰问|接待|调解|处理|回访|组织|举办|召开|出动|救治|接种|签约|审结|办结|查出|发现|接报|接处|接警|收治|审理|"
             "登记|招聘|招录|录取|资助")
#: 累 after a count of the parts (两年累计, 三项累计, 3累计; not 今年累计: a running total)
_COUNT_BEFORE = "(?<=[两二三四五六七八九十2-9][年项类]累)|(?<=[两二三四五六七八九十2-9]累)"
#: a sum needs one of these (a marker or a sum word; 共 only right before a number: 共有38起, 共约200人, or
#: before a verb of doing; 累计 after a count: 三年累计; 除…外 before 其余)
#: 覆盖 and 涉及 as a breakdown: the parts then 等 (and the kind of things they are) at the end of the clause
#: (覆盖国家标准19项、行业标准16项等领域; 涉及外墙保温18万平方米、楼道粉刷17万平方米等); without 等 they cover places
#: or people (覆盖周边村庄12个), no breakdown of what stands before them
COVERS_KINDS = r"[^。；;\n]{2,80}?等(?:领域|方面|行业|类别|群体|内容)?(?=[。，,；;\n]|$)"
#: (each choice starts with a literal: a group first would make ``re`` try the anchor scan at every character)
COVERS_MARKER = "覆盖(?=" + COVERS_KINDS + ")|涉及(?=" + COVERS_KINDS + ")"
#: 由 before the parts of a whole and 构成/组成 after them (资金7.01亿元，由县级配套…、市级资金…构成)
COMPOSED_OF = ("由(?![两二三四五六七八九十2-9](?:大类|类|种|个方面|个部分|部分|项)(?:构成|组成)[：:])"
               "(?=[^，,。；;！？!?\n]{2,60}?(?:构成|组成))")  # (由两部分组成： opens a breakdown: BREAKDOWN_OPENER)
#: a bracket right after a number and its unit (three characters at most) that holds two numbers or more: the
#: parts of that number, perhaps (发展新党员345名（女性166名、少数民族189名）). Two choices, each starting with
#: its bracket (a literal: ``re`` finds it in C); the number before it is looked behind
_BRACKET_AFTER_NUMBER = ("(?:(?<=[0-9十百千万].[（(])|(?<=[0-9十百千万]..[（(])|(?<=[0-9十百千万]...[（(])"
                         "|(?<=[0-9十百千万]....[（(]))")  # (4.72亿立方米（, 12.5万平方米（: units of four characters)
_BRACKET_OF_NUMBERS = (r"[^（）()。；;\n]{0,40}?[0-9一二两三四五六七八九十][^（）()。\n0-9]{1,30}"
                       r"[0-9一二三四五六七八九十][^（）()。\n]{0,40}?[）)]")
BRACKETED_PARTS = (f"（{_BRACKET_AFTER_NUMBER}(?={_BRACKET_OF_NUMBERS})"
                   f"|\\({_BRACKET_AFTER_NUMBER}(?={_BRACKET_OF_NUMBERS})")
#: the end of a sentence after an amount's unit, and the first two items of a bare list after it (the list itself is
#: read by :func:`auditor.relations._bare_list`): looked for on its own, not among the anchors (a choice that starts
#: with 。, the commonest mark of a report, makes the anchors' scan stop at every sentence's end: half as slow again)
_BARE_LIST_AFTER = (r"。(?<=[元人户件次个家项]。)(?=[\u4e00-\u9fff]{2,12}[ \t]?[0-9][^。；;\n]{0,16}[；;][ \t]?"
                    r"[\u4e00-\u9fff]{2,12}[ \t]?[0-9]"
                    # (or apart by commas, when both names end with the same two characters: 建筑施工领域死亡19人，
                    # 农业机械领域死亡2人)
                    r"|[\u4e00-\u9fff]{0,10}([\u4e00-\u9fff]{2})[0-9][0-9.]*[\u4e00-\u9fff]{1,3}[，,]"
                    r"[\u4e00-\u9fff]{0,10}\1[0-9])")
#: a count in Chinese numerals and its measure word (调处纠纷十一宗): an item's figure, as a digit is
_NUMERAL_COUNT = "[〇零一二两三四五六七八九十百千]+(?:宗|起|件|个|人|户|家|项|次|所|场|名|条|批|笔|处|座|辆|台|套|期)"
_SUM_CUES_PATTERN = (r"其中|包括|涵盖|包含|含|" + BRACKETED_PARTS + "|" + COVERS_MARKER + "|" + COMPOSED_OF
                     + r"|分别|依次(?=为|是)|合计|总计|小计|总数|共计|一共|总共"
                     r"|总量(?=(?:为|是|达到|达)?[0-9零〇一二两三四五六七八九十])|累计(?<=年来累计)|累计(?<=年以来累计)"
                     # (the items listed, then 各项累计…: their total)
                     r"|累计(?<=项累计)"
                     r"|共[有为是达到约近超过逾大将]{0,4}(?=[0-9零〇一二两三四五六七八九十])"
                     rf"|共(?={SUM_VERBS})|累(?:{_COUNT_BEFORE})计|除(?!此)(?=[^，,。；;！？!?\n]{{1,12}}外)|{BREAKDOWN_OPENER}"
                     r"|其余(?=[^，,。；;\n]{0,6}[0-9])|剩余(?=[^，,。；;\n]{0,6}[0-9])|尚有(?=[0-9])|尚余(?=[0-9])|剩(?<=还剩)(?=[0-9])"
                     # the last period of a year before the year's total (…四季度143人，全年1419人)
                     r"|" + _LAST_PERIOD +
                     # last year's end, what was added, where it stands (上年底2422个，今年新增811个，累计达到3233个)
                     r"|底(?<=[上去]年底)|此前(?=已?累计)"
                     # what came, what left, the net change (新注册6493家，注销5131家，净增1362家)
                     r"|净(?=增|减|流|迁)"
                     # two periods' values and the change between them (本年620张；上年837张；下降217张; 环比增加…)
                     r"|上年(?=[0-9])|环比(?=" + _AMOUNT_CHANGE_TAIL + r"|(?:下降|上升)\s*[0-9])"
                     # items counted one by one (一是计量违法案件16起；二是…): the parts of the whole before them
                     r"|一是(?=[^。；;\n]{0,20}?(?:[0-9]|" + _NUMERAL_COUNT + r"))"
                     # 累计 before a pair of amounts (累计慰问95人、161.76万元): the total of two columns
                     r"|累计(?=[^，,。；;\n]{0,16}?[0-9][^，,。；;\n0-9]{0,3}、[0-9])"
                     # what was done beyond a plan, after the plan and what was done
                     r"|超(?=计划|额完成|出计划)"
                     # the cases still open after those closed (办结880件，在办13件; 正在办理780件)
                     r"|在办|未(?=结|办结|审结)|限期整改"
                     # assets, liabilities and owners' equity (资产总额…，负债总额…，所有者权益…)
                     r"|负债(?=总额|合计|[0-9为])"
                     # a count and a colon, then items numbered ①, ②, ③ (发布预警212次：①大风75次；②…)
                     r"|①(?<=[：:]①)"
                     # a count, its unit and a colon, then its parts (新增养老服务设施82处：助餐点24处；…)
                     r"|：(?<=[0-9][\u4e00-\u9fff]：)|：(?<=[0-9][\u4e00-\u9fff]{2}：)|:(?<=[0-9][\u4e00-\u9fff]:)|:(?<=[0-9][\u4e00-\u9fff]{2}:)"
                     # a budget as first set, what was added or cut, the budget after (年初预算…，追加…，调整后预算…)
                     r"|调整后(?=预算|[0-9]|为)")
SUM_CUES = LazyRegex(_SUM_CUES_PATTERN)
#: pairs of words that split a whole in two (``complementary`` relations): both must stand in one sentence
COMPLEMENTS = (("按期", "超期"), ("已", "未"), ("男", "女"), ("城镇", "农村"), ("城市", "农村"), ("城镇", "乡村"),
               ("线上", "线下"),
               ("省内", "省外"), ("市内", "市外"), ("县内", "县外"), ("正常", "异常"), ("境内", "境外"),
               ("国内", "国外"), ("公办", "民办"), ("合格", "不合格"), ("新版", "重印"))
_COMPLEMENT_FIRST = LazyRegex("|".join(dict.fromkeys(x for x, _ in COMPLEMENTS)))
COMPLEMENT_SECOND = LazyRegex("|".join(dict.fromkeys(y for _, y in COMPLEMENTS)))
#: the first words paired with each second word (农村: 城镇, 城市)
_FIRSTS_OF = {y: tuple(x for x, y2 in COMPLEMENTS if y2 == y) for _, y in COMPLEMENTS}
#: a word that every relation-bearing sentence holds (:func:`relation_cues`): a sum cue, a percentage,
#: 由/从 (changes) or the rarer word of each complementary pair; the scan jumps from one to the next.
#: ``re`` skips ahead in C to the next character that some word starts with, then tries the words there,
#: so each word is matched from its least frequent character in reports: 分别, 一共, 不合格, 民办 and
#: 市外 (省外, 县外, 境外, 国外) from their last one, the characters before it in a look-behind (一, 市,
#: 不, 分 and 民 are everywhere: twice as many places to try over a report); 包含 is found by 含.
#: the verbs of a change that make one without 比/较 (:mod:`auditor.relations` reads changes with them,
#: :mod:`auditor.paired_bases` the changes after figures whose bases are listed apart)
STRONG_CHANGE_VERBS = ("增加", "增长", "提高", "上升", "提升", "扩大", "降低", "下降", "减少", "缩小", "缩减", "压减",
                       "削减", "缩短", "压缩", "回落", "回升", "下滑", "放缓", "加快", "增产", "减产", "净增加",
                       "净减少", "净增", "净减")
#: the words that make a change a fall
FALL_WORDS = ("净减", "降低", "下降", "减少", "缩小", "缩减", "缩短", "压减", "压缩", "削减", "回落", "下滑", "放缓",
              "减", "降", "少")
#: decisions that are yes or no (批准 and 不批准 split the cases decided: no third answer, as 基本满意 is to 满意)
YES_OR_NO = ("批准", "同意", "起诉", "予立案", "立案", "受理", "准予")
#: last year's figure named in a clause of its own (，上年同口径为140.60亿元, ，上年末为1021631人)
LAST_YEAR_CLAUSE = r"(?:上年|去年)(?:同期|同口径|全年|末|底)?(?:为|是)"
_ANCHORS_PATTERN = ("其中|包括|涵盖|含|" + BRACKETED_PARTS + "|" + COVERS_MARKER
                    + "|别(?<=分别)|依次(?=为|是)|合计|总计|小计|总数|共计|共(?<=一共)"
                    "|总共|量(?<=总量)(?=(?:为|是|达到|达)?[0-9零〇一二两三四五六七八九十])"
                    # (the years listed before: 2022年118万元、2023年119万元，两年来累计…)
                    "|累计(?<=年来累计)|累计(?<=年以来累计)|累计(?<=项累计)"
                    # (the sentences above summed up: 以上累计…, 上述累计…)
                    "|累(?<=以上累)(?=计)|累(?<=上述累)(?=计)"
                    "|共[有为是达到约近超过逾大将]{0,4}(?=[0-9零〇一二两三四五六七八九十])"
                    f"|共(?={SUM_VERBS})|累(?:{_COUNT_BEFORE})(?=计)|除(?!此)(?=[^，,。；;！？!?\n]{{1,12}}外)"
                    "|%|‰|百分之|分之|由|从|超期|未|不(?=" + "|".join(YES_OR_NO) + ")"
                    "|结余(?=[^，,。；;\n]{0,6}[0-9])|缺口(?=[^，,。；;\n]{0,6}[0-9])|相抵(?<=收支相抵)"
                    "|顺差(?=[^，,。；;\n]{0,6}[0-9])|逆差(?=[^，,。；;\n]{0,6}[0-9])|毛利(?=[^，,。；;\n]{0,6}[0-9])|累(?<=季度累|半年累)(?=计)|男|农村|乡村(?!振兴)|线下|外(?<=[省市县境国]外)|异常|办(?<=民办)|格(?<=不合格)|重印"
                    "|" + _LAST_PERIOD +
                    # a breakdown's opener (BREAKDOWN_OPENER), found from its rarer characters
                    "|按(?=[^，,。；;：:\n]{1,8}?分)|按(?=" + _DIMENSIONS + "(?:统计)?[，,：:])"
                    "|各(?=[^，,。；;：:\n]{1,10}?情况(?:如下)?[：:])|分(?=" + _DIMENSIONS + "统计[，,：:])"
                    "|看(?=[，,：:])|分布(?=[在于][0-9一二三四五六七八九十两]{1,3}个|(?:情况)?如下[，,：:])|分为(?=[^，,。；;：:\n]{1,30}?[两二三四五六七八九十2-9](?:大类|类|种|个方面|个部分|部分)[：:，,])|构成|分类情况(?=[：:])|来源(?=[为是如情：:])|具体(?=为|是|包括|[如情][^，,。]{0,4}[：:])"
                    # the rest of a whole (剩余63处; 其 and 剩 start other anchors or are rare: 余 is everywhere)
                    "|其余(?=[^，,。；;\n]{0,6}[0-9])|剩余(?=[^，,。；;\n]{0,6}[0-9])|尚有(?=[0-9])|尚余(?=[0-9])|剩(?<=还剩)(?=[0-9])"
                    # items counted one by one, after the whole (一是计量违法案件16起；二是…)
                    "|一是(?=[^。；;\n]{0,20}?(?:[0-9]|" + _NUMERAL_COUNT + r"))"
                    # 累计 before a pair of amounts (a total of two columns)
                    "|累计(?=[^，,。；;\n]{0,16}?[0-9][^，,。；;\n0-9]{0,3}、[0-9])"
                    # last year's end, a base of what was added since (上年底2422个，今年新增811个，累计达到3233个)
                    "|底(?<=[上去]年底)|此前(?=已?累计)"
                    # a net change after what came and what left (新注册6493家，注销5131家，净增1362家)
                    "|净(?=增|减|流|迁)"
                    # cases still open after those closed (办结880件，在办13件; 正在办理780件); the rest of a whole
                    # named by 非 and a kind (民生支出…；非民生支出…)
                    "|办(?<=在办)|限(?=期整改)|负(?=债总额|债合计|债[0-9为])|非(?=[\u4e00-\u9fff]{2,6}[0-9])"
                    # last year's value right before its number (本年620张；上年837张；下降217张; 去年52,000笔)
                    "|上年(?=[0-9])|去年(?=[0-9])"
                    # a frame that holds a whole (在完成的5552亩中，), found from 中 before a comma
                    "|中(?=[，,：:])"
                    # last year's value stated as a change's base (比上年的45场增加29场)
                    "|比(?=" + LAST_YEAR_BEFORE + "[0-9])|较(?=" + LAST_YEAR_BEFORE + "[0-9])"
                    # an amount of change after its base (上年同期为8742人，同比增加1992人): each choice starts with
                    # a literal character
                    "|同比(?=" + _AMOUNT_CHANGE_TAIL + ")|环比(?=" + _AMOUNT_CHANGE_TAIL + r"|(?:下降|上升)\s*[0-9])"
                    "|较(?=(?:上年|上月|去年|年初)" + _AMOUNT_CHANGE_TAIL + ")"
                    "|比(?=(?:上年|上月|去年|年初)" + _AMOUNT_CHANGE_TAIL + ")"
                    # … or named by its year, the change opening the next clause (2019年为6407.8万元，减少1324.7万元)
                    r"|减少(?=\s*[0-9])(?<=[，,]减少)|增加(?=\s*[0-9])(?<=[，,]增加)"
                    # the difference between two figures named before it (城区比乡村多6415人)
                    r"|比(?=[\u4e00-\u9fff]{1,6}(?:多|少)(?:出)?\s*[0-9])"
                    r"|较(?=[\u4e00-\u9fff]{1,8}的[0-9][^，,。；;]{0,8}(?:多|少)了?[0-9])"
                    r"|比(?=[\u4e00-\u9fff]{1,8}的[0-9][^，,。；;]{0,8}(?:多|少)了?[0-9])"
                    # what was done beyond a plan (计划7685亩，实际完成8798亩，超计划1113亩)
                    r"|超(?=计划|额完成|出计划)"
                    # a count and a colon, then items numbered ① … (a rare character first)
                    r"|①(?<=[：:]①)"
                    # … or its parts, named, after a unit and a colon (found from the colon)
                    r"|：(?<=[0-9][\u4e00-\u9fff]：)|：(?<=[0-9][\u4e00-\u9fff]{2}：)|:(?<=[0-9][\u4e00-\u9fff]:)|:(?<=[0-9][\u4e00-\u9fff]{2}:)"
                    # a budget after it was added to or cut (调整后预算)
                    r"|调整后(?=预算|[0-9]|为)"
                    # what a budget saved, or an audit cut (节约资金551.29万元, 审减723.2万元)
                    r"|节(?=约|省|资)|减(?<=审减|核减)"
                    # a quota split among places (已分解到各镇（街道）：…)
                    r"|解(?<=分解)(?=[到至]各)|配(?<=分配)(?=[到至]各)"
                    # the months so far after the months listed (1月3023、2月455…，1—6月累计16791件)
                    r"|累(?<=[0-9]月累)(?=计)"
                    # … and after kinds listed, a clause of its own (咨询类2097件，…，累计3143件; A…、B…，累计受理…)
                    r"|累(?<=[，,]累)(?=计[0-9])"
                    # births less deaths (出生1979人，死亡1882人，自然增长97人)
                    r"|然(?<=自然)(?=增长|增加|减少)")
ANCHORS = LazyRegex(_ANCHORS_PATTERN)
#: the characters that :func:`normalise` changes
_UNNORMAL = frozenset(_FULLWIDTH_CHARS + _TRADITIONAL_MARKS)
#: an anchor, or one of :data:`_UNNORMAL` (no anchor holds one): one scan for both. Every choice starts
#: with a literal character, so that ``re`` skips ahead to the next of their first characters in C
_ANCHOR_OR_UNNORMAL = LazyRegex("|".join(escape(ch) for ch in sorted(_UNNORMAL)) + "|" + _ANCHORS_PATTERN)
#: anchors that are a cue by themselves (a sum word, a percentage; 别 is matched only as 分别; and every
#: anchor that starts with 共, 一共 included)
_CUE_ANCHORS = frozenset({"其中", "包括", "涵盖", "含", "别", "合计", "总计", "小计", "总数", "总共", "%", "‰",
                          "百分之", "分之", "累",
                          "除"})
#: last year's value stated as the base of a change: 比上年的110亿元, 较上年（25%）, （去年同期1000吨）
BASE_CUE = LazyRegex(rf"(?:比|较|与){LAST_YEAR_BEFORE}[0-9]|[（(]{LAST_YEAR_IN_BRACKETS}[0-9]"
                     r"|[，,]" + LAST_YEAR_CLAUSE + "[0-9]")  # (…，上年同口径为140.60亿元)
#: … named before the value, the only form read for a change in an amount (比上年的45场增加29场)
_BASE_BEFORE_CUE = LazyRegex(rf"(?:比|较){LAST_YEAR_BEFORE}[0-9]"
                             # … or in brackets after the value, the amount of change in the next clause
                             # (签约63007人（上年48281人），增加14738人)
                             rf"|[（(]{LAST_YEAR_IN_BRACKETS}[0-9][^（）()]{{0,12}}[）)][，,]\s*(?:同比|比上年)?(?:净)?"
                             r"(?:增加|减少|增|减)\s*[0-9]"
                             # … or in a clause of its own after the value (上年末为1021631人，全年净减少8738人)
                             r"|[，,]" + LAST_YEAR_CLAUSE + r"[0-9][^，,。；;]{0,12}[，,]"
                             r"(?:全年|年内|同比)?(?:净)?(?:增加|减少|增|减)")
#: the words that open a sentence summing up the sentences above it (以上合计…, 上述…共…, 汇总以上，…合计…)
SUMMING_OPENINGS = ("以上", "上述", "汇总以上")
#: words over a list that say it names some of the kinds only (主要有：, 其中较多的是, 主要有以下几类：): a pattern's
#: text, for the readers of lists in a sentence, one a sentence and one a line
SOME_LISTED = r"主要(?:有|包括|是|为|涉及)|较[多大]的(?:是|有|为)|居前的(?:是|有)|以下几类"
#: a sentence that goes on from the one before it: a breakdown of its whole (其中，…; 按类型划分，…; 一是…), or
#: the total of its list (合计…; 以上合计…). Such a sentence is read with the one before it (:func:`continues`).
CONTINUES = LazyRegex(r"[ \t\u3000]*(?:其中|一是|(?:以上|上述)[^，,。；;\n]{0,20}?(?:合计|共计|总计|累计|共)"
                      r"|汇总以上[，,][^，,。；;\n]{0,20}?(?:合计|共计|总计|共)"
                      r"|(?:全年|全部|各类|各项|综上[，,]?|总的看[，,]?|总体看[，,]?)?(?:合计|共计|总计)"
                      r"|全年(?:共|累计)(?=[^，,。；;：:\n0-9]{0,16}[0-9])"
                      r"|[^，,。；;：:\n\d]{1,4}?(?:来源|构成)(?:(?:为|是|如下|情况如下|情况为)?[：:]"
                      r"|(?:为|是)(?=[^，,。；;：:\n0-9]{1,12}[0-9]))"
                      # kinds named, then their figures in order (新开工项目、续建项目、前期项目依次是34、15、24个)
                      r"|(?=[^，,。；;：:、\n\d]{2,12}(?:[、和及与][^，,。；;：:、\n\d]{2,12}){1,7}(?:分别|依次)(?:为|是)[0-9])|"
                      + BREAKDOWN_OPENER + ")")
#: a sentence that opens with a breakdown's opener (按类型分，, 分类别统计，, 从行业看，)
OPENS_BREAKDOWN = LazyRegex(r"[ \t\u3000]*(?:" + BREAKDOWN_OPENER + ")")
#: … as does one that opens with a part, then the rest (目前已拨付24.12万元，其余4.53万元待验收后拨付)
_REST_AHEAD = LazyRegex(r"[^，,。；;！？!?\n]{1,30}?[0-9][^，,。；;！？!?\n]{0,12}[，,]\s*"
                        r"(?:其余|剩余|余下)(?:的)?[0-9]")


def continues(norm: str, start: int, end: int) -> bool:
    """Whether the sentence ``norm[start:end]`` goes on from the one before it (:data:`CONTINUES`, or a part and
    the rest: :data:`_REST_AHEAD`, looked for only where 余 stands).

    >>> [continues(t, 0, len(t)) for t in ("其中，来信45件。", "已拨付24万元，其余4万元。", "已拨付24万元。")]
    [True, True, False]
    """
    return CONTINUES.match(norm, start) is not None or (
        norm.find("余", start, end) != -1 and _REST_AHEAD.match(norm, start, end) is not None)


#: two periods named one after the other, each before a value (7月受理2450件，8月受理2241件)
_TWO_PERIODS = LazyRegex(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})(?:月|季度)[^。；;\n，,]{0,16}?[0-9][0-9,.]*"
                         r"[^。；;\n，,0-9]{0,8}[，,]\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})(?:月|季度)")
#: what :func:`relation_cues` reports
SUM_CUE, PERCENT_CUE, CHANGE_CUE = 1, 2, 4


def relation_cues(norm: str, start: int, end: int, first_only: bool = False) -> int:
    """Which kinds of relation the sentence ``norm[start:end]`` has the words for (``SUM_CUE | …``).

    A necessary condition, read off the grammar of :mod:`auditor.relations`: a sum needs a marker or a
    sum word (其中, 包括, 分别, 合计, 共计; 共 right before a number) or both words of a complementary
    pair (男 … 女); a rate, a share, a GRIM check or PC003 needs a percentage; a change needs 由/从 …
    到/至/变为, or a percentage and last year's value (:data:`BASE_CUE`: 比上年的110亿元增长9.1%, 同比下降
    20%（去年同期1000吨）). A sentence without any of them is not parsed (``未来``, ``妇女``, ``共同``,
    ``共出动…`` are everyday words). With *first_only*, the first kind found is returned (enough to keep
    a sentence).
    ``tests/test_relations.py`` holds this condition to the grammar on generated statements.

    >>> relation_cues("推进农村改革，服务群众12万人次。", 0, 16), relation_cues("男12人，女9人", 0, 7) == SUM_CUE
    (0, True)
    """
    words = norm[start:end]  # (substring tests on the slice: cheaper than bounded finds on the text)
    cues = 0
    if "%" in words or "分之" in words or "‰" in words:
        cues = PERCENT_CUE
        if first_only:
            return cues
    if SUM_CUES.search(norm, start, end) or ("中" in words and (
            FRAME_CUE.search(norm, start, end) or BACK_FRAME.match(norm, start, end))) or (
            (_COMPLEMENT_FIRST.search(norm, start, end) or "未" in words or "非" in words or
             ("不" in words and _NOT_DECIDED.search(words) is not None)) and
            has_complement_pair(norm, start, end)):
        cues |= SUM_CUE
        if first_only:
            return cues
    if not cues & SUM_CUE and ((("节" in words or "减" in words) and _SAVING_CUE.search(norm, start, end)) or
                               ((("余" in words and "结余" in words) or ("缺" in words and "缺口" in words) or
                                 ("相抵" in words and "收支相抵" in words)) and "支出" in words) or
                               ("毛利" in words and "成本" in words) or
                               ("自然" in words and "死亡" in words) or ("月累计" in words and "、" in words) or
                               ("累计" in words and (_PARTS_THEN_SO_FAR.search(norm, start, end) or
                                                   "季度累计" in words or "半年累计" in words)) or
                               ("已" in words and ("正在" in words or "在建" in words or "序时" in words or
                                                  "长期" in words or "前期" in words or "推进中" in words or
                                                  "整改中" in words or "办理中" in words)) or
                               ("扣除" in words and "后" in words) or
                               ("差" in words and "口" in words and ("顺差" in words or "逆差" in words))):
        cues |= SUM_CUE  # a budget, what it came to and what was saved (预算…，实际…，节约…); births less deaths; kinds
        # listed, then 累计 (咨询类…，求助类…，累计…); what of a set of tasks is done and what under way
        # (已完工…，在建…); exports, imports and the balance of trade (出口…，进口…，贸易顺差…)
    if ("由" in words or "从" in words) and ("到" in words or "至" in words or "变为" in words or "变成" in words):
        cues |= CHANGE_CUE
    elif ("年" in words or "季度" in words or "上月" in words or "月的" in words) and (
            BASE_CUE if cues & PERCENT_CUE else _BASE_BEFORE_CUE).search(norm, start, end):
        cues |= CHANGE_CUE  # a change from last year's value, stated (比上年的110亿元增长9.1%, 比上年的45场增加29场)
    elif ("比" in words or "较" in words) and AMOUNT_CHANGE_CUE.search(norm, start, end):
        cues |= CHANGE_CUE  # an amount of change after its base (上年同期为8742人，同比增加1992人)
    elif "年为" in words and _YEAR_BASE_THEN_CHANGE.search(norm, start, end):
        cues |= CHANGE_CUE  # … named by its year (2019年为6407.8万元，减少1324.7万元)
    elif ("比" in words or "较" in words) and DIFFERENCE_CUE.search(norm, start, end):
        cues |= CHANGE_CUE  # the difference between two figures (城区19595人，乡村13184人，城区比乡村多6411人)
    elif cues & PERCENT_CUE and any(STATED_BASE_CUE.search(norm, max(start, m.start() - 8), min(end, m.end() + 4))
                                    for m in _BASE_VERB.finditer(norm, start, end)):
        cues |= CHANGE_CUE  # a growth after its base (上年为24497起，降幅为11.1%; 6月份为14536个，环比增长16.4%)
    elif cues & PERCENT_CUE and "环比" in words and _TWO_PERIODS.search(norm, start, end):
        cues |= CHANGE_CUE  # a growth between two periods' values (7月受理2450件，8月受理2241件，环比下降8.5%)
    elif ("上年" in words or "去年" in words) and _LAST_YEAR_DIGITS.search(norm, start, end):
        cues |= CHANGE_CUE  # a change after last year's value named by its period alone (上年334,092件，下降22.1%)
    elif cues & PERCENT_CUE and "年" in words and _YEAR_THEN_VALUE.search(norm, start, end):
        cues |= CHANGE_CUE  # a series of years' values and their growth (2021年255.41亿元；2022年299.54亿元、增长13.7%)
    elif "年" in words and ("增加" in words or "减少" in words or "净" in words) and \
            _YEAR_VALUE_THEN_CHANGE.search(norm, start, end):
        cues |= CHANGE_CUE  # the second of two years' values, then the amount of change (2023年557人，增加160人)
    elif ("本年" in words or "今年" in words) and ("上年" in words or "去年" in words) and \
            ("增加" in words or "减少" in words):
        cues |= CHANGE_CUE  # last year's value, this year's, the change (上年…为1859.41万元，本年2056.79万元，增加…)
    return cues


#: the last of a list (its items apart by 、 or named as kinds, 类) right before a clause that opens with 累计
_PARTS_THEN_SO_FAR = LazyRegex(r"[、类][^，,。；;、]{0,24}?[0-9][^，,。；;0-9、]{0,6}[，,]共?累计")
#: a budget (or an amount sent for audit) before what was saved (or cut) of it: :func:`auditor.relations._savings`
_SAVING_CUE = LazyRegex(r"(?:预算|送审)[^。；;\n]{0,40}?(?:节约|节省|节资|审减|核减)")
#: a year right before a value, then the amount of change in the next clause (2023年557人，增加160人)
_YEAR_VALUE_THEN_CHANGE = LazyRegex(r"年(?<=(?:19|20)[0-9]{2}年)[0-9][0-9,.]*[^\s，,。；;、0-9]{0,4}[，,]\s*"
                                    r"(?:同比|比上年|较上年)?(?:增加|减少|净增|净减)(?:了)?\s*[0-9]")
#: a year right before a value and its growth glued to it (2022年299.54亿元、增长13.7%)
_YEAR_THEN_VALUE = LazyRegex(r"年(?<=(?:19|20)[0-9]{2}年)[0-9][0-9.,]*[^\s，,。；;、0-9]{0,4}[、，,]\s*"
                             r"(?:增长|下降|提高|降低|增加|减少)")


#: last year named right before its value (上年334,092件)
_LAST_YEAR_DIGITS = LazyRegex(r"上年(?=[0-9])|去年(?=[0-9])")


def _number_soon(norm: str, at: int, reach: int = 3) -> bool:
    """Whether a digit stands within the *reach* characters from *at*."""
    return any(ch.isdigit() for ch in norm[at:at + reach])


def has_complement_pair(norm: str, start: int = 0, end: int | None = None) -> bool:
    """Whether both words of one of :data:`COMPLEMENTS` stand in ``norm[start:end]``: each second word found
    (one search finds them all: none of them overlaps another), then its first words looked for.

    >>> has_complement_pair("城镇12人，农村9人"), has_complement_pair("农村9人"), has_complement_pair("男3人，女2人", 2)
    (True, False, False)
    """
    if end is None:
        end = len(norm)
    find = norm.find
    for m in COMPLEMENT_SECOND.finditer(norm, start, end):
        for x in _FIRSTS_OF[m.group()]:
            if find(x, start, end) != -1:
                return True
        # 未 before a doing that stands earlier too, each right before a number (通过261家，未通过136家)
        if m.group() == "未" and _number_soon(norm, m.end() + 2):
            k = find(norm[m.end():m.end() + 2], start, m.start())
            if k != -1 and _number_soon(norm, k + 2):
                return True
    # 非 before a kind that stands earlier too (民生支出32.37亿元；非民生支出46.15亿元): the rest of a whole
    i = find("非", start, end)
    while i != -1:
        word = norm[i + 1:i + 3]
        k = find(word, start, i) if len(word) == 2 and word.isalpha() else -1
        if k != -1 and norm[k - 1:k] != "非" and _number_soon(norm, k + 2, 5) and _number_soon(norm, i + 3, 5):
            return True
        i = find("非", i + 1, end)
    # 不 before a decision that stands earlier too (批准逮捕819人，不批准逮捕203人: a decision is yes or no)
    for m in _NOT_DECIDED.finditer(norm, start, end):
        word = norm[m.start() + 1:m.start() + 3]
        if _number_soon(norm, m.start() + 3, 6) and find(word, start, m.start()) != -1:
            return True
    return False


#: a decision's no (不批准逮捕: the sentence may split its cases in yes and no)
_NOT_DECIDED = LazyRegex("不(?:" + "|".join(YES_OR_NO) + ")")


def trigger_ranges(norm: str) -> list[tuple[int, int]]:
    """The sentences (up to 。！？ or a line break) of *norm* that may hold a relation
    (:func:`relation_cues`), with the sentence before one that goes on from it (:data:`CONTINUES`),
    adjacent ones merged.

    One search per sentence with an anchor word (:data:`ANCHORS`): the next anchor, its sentence's
    start (looked for back to the end of the previous sentence only) and its end. Linear in the length
    of *norm*, however long its sentences or the document, and sentences without an anchor cost one scan.

    >>> trigger_ranges("今天天气好。共有12户，其中3户。再见")
    [(6, 17)]
    """
    return _trigger_ranges(norm, ANCHORS.search, None)


def normalised_ranges(text: str, heads: list[int] | None = None,
                      words: Words | None = None) -> tuple[str, list[tuple[int, int]]]:
    """``(normalise(text), trigger_ranges(normalise(text)))``, with one scan of *text* for both when
    nothing in it needs normalising (nearly always): the anchors are looked for together with the
    characters :func:`normalise` changes, and the rest of each anchor's sentence, which that search
    skips, for those characters. The first one found sends the text to :func:`normalise` (and its
    ranges to :func:`trigger_ranges`) after all.

    >>> normalised_ranges("共有12户，其中3户。"), normalised_ranges("共有１２户，其中３户。")
    (('共有12户，其中3户。', [(0, 11)]), ('共有12户，其中3户。', [(0, 11)]))
    """
    text = _cell_thousands(text)
    ranges = _trigger_ranges(text, _ANCHOR_OR_UNNORMAL.search, _NEEDS_NORMALISING.search, heads, words)
    if ranges is None:
        norm = normalise(text)
        if heads is not None:
            heads.clear()  # (those of the pass given up: found again in the normalised text)
        return norm, _trigger_ranges(norm, ANCHORS.search, None, heads, words)
    return text, ranges


def _trigger_ranges(norm: str, search_trigger, unnormal, heads: list[int] | None = None,
                    words: Words | None = None) -> list[tuple[int, int]] | None:
    """:func:`trigger_ranges`, the anchors found by *search_trigger*; with *unnormal* (a search for the
    characters to normalise), ``None`` as soon as one of them is found. *heads*, when given, gets the starts of the
    sentences that open with 以上 or 上述 and a sum word (``以上三个乡镇合计…``: a total of the sentences above it,
    :mod:`auditor.sentence_lists`), found on the way; *words*: the words of :data:`auditor.cues.WORDS` *norm* holds,
    when known."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    n = len(norm)
    search_end = _SCOPE_END.search
    while pos < n:
        m = search_trigger(norm, pos)
        if m is None:
            break
        if unnormal is not None and m.group() in _UNNORMAL:
            return None
        start = sentence_start(norm, pos, m.start())
        e = search_end(norm, m.end())
        end = e.end() if e is not None else n
        if unnormal is not None and unnormal(norm, m.end(), end) is not None:
            return None
        pos = end
        word = m.group()
        if word not in _CUE_ANCHORS and word[0] != "共" and not relation_cues(norm, start, end, first_only=True):
            continue  # (an anchor that is itself a sum cue or a percentage keeps its sentence without a look)
        if start > 0 and continues(norm, start, end):  # 其中… or 合计…: its whole or its list is before it
            back = _end_of_sentence_before(norm, start)
            before = sentence_start(norm, max(0, back - 400), back)
            opens = OPENS_BREAKDOWN.match(norm, start) is not None
            if heads is not None and not opens and norm.startswith(SUMMING_OPENINGS, start):
                heads.append(start)
            if opens or norm.startswith(SUMMING_OPENINGS, start):
                # (以上合计…, 按类型分，… after a sentence or two without numbers, in the paragraph: the list or the
                # whole may stand further back; a breakdown's opener may open a paragraph of its own)
                for _ in range(2):
                    if before == 0 or (norm[before - 1] == "\n" and not opens) or \
                            has_numbers(norm[before:back]):
                        break
                    back = _end_of_sentence_before(norm, before)
                    before = sentence_start(norm, max(0, back - 400), back)
            start = before
        elif start > 0 and BACK_FRAME.match(norm, start):
            for _ in range(2):  # 上述小区中，…: its whole is stated in one of the two sentences before it
                if start > 0:
                    back = _end_of_sentence_before(norm, start)
                    start = sentence_start(norm, max(0, back - 400), back)
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
    ranges = _with_bare_lists(norm, ranges)
    if words is None:
        words = words_of(norm)
    if "正在" in words or "在建" in words or "前期" in words:
        ranges = _with_progress_statuses(norm, ranges)
    if "扣除" in words:
        ranges = _with_deductions(norm, ranges)
    return ranges


def _sentence_around(norm: str, at: int) -> tuple[int, int]:
    """The start and the end of the sentence of *norm* that holds offset *at* (looked for 400 characters back)."""
    e = _SCOPE_END.search(norm, at)
    return sentence_start(norm, max(0, at - 400), at), e.end() if e is not None else len(norm)


def _with_deductions(norm: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*ranges* and the sentences that take amounts from a whole and name what is left (营业收入…，扣除营业成本…、
    税金…后，利润总额为…: :func:`auditor.relations._deductions`), merged, in order."""
    extra = []
    for at in find_all(norm, "扣除"):
        start, end = _sentence_around(norm, at)
        if norm.find("后", at, end) != -1 and _ANY_DIGIT.search(norm, start, at) is not None:
            extra.append((start, end))
    return _merged(ranges, extra)


#: what of a set of tasks is not done yet (正在推进, 在建, 开展前期工作; 达到序时进度 and 列入长期整改 come after one of
#: them), each a word of :data:`auditor.cues.WORDS` (the anchors' scan would stop at every 在 of a report)
_UNDERWAY_WORDS = ("正在", "在建", "前期")


def _with_progress_statuses(norm: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*ranges* and the sentences that say what of a set of tasks is done (已…) and what is not yet (正在…, 在建…:
    :func:`auditor.relations._progress_statuses`), merged, in order."""
    extra = []
    for word in _UNDERWAY_WORDS:
        for at in find_all(norm, word):
            done = norm.rfind("已", max(0, at - 80), at)
            if done == -1 or _ANY_DIGIT.search(norm, max(0, at - 12), at + 20) is None or \
                    _ANY_DIGIT.search(norm, done, done + 20) is None:
                continue  # (what is done, 已…, comes first, near before it; each state with its count beside it)
            start, end = _sentence_around(norm, at)
            if norm.find("已", start, end) != -1 and _ANY_DIGIT.search(norm, start, end) is not None:
                extra.append((start, end))
    return _merged(ranges, extra)


_BARE_LIST = LazyRegex(_BARE_LIST_AFTER)


def _with_bare_lists(norm: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*ranges* and the spans of each sentence that ends with an amount and the bare list of its kinds after it
    (``…支出86,294万元。教育支出36,381万元；城乡社区支出49,912万元。``: both sentences), merged, in order."""
    extra = []
    for m in _BARE_LIST.finditer(norm):
        if norm.find("其中", m.start(), m.start() + 24) != -1:
            continue  # (全年开展检查273次，其中日常检查105次、…: a sentence with its own whole, read as one)
        e = _SCOPE_END.search(norm, m.end())
        end = e.end() if e is not None else len(norm)
        extra.append((sentence_start(norm, max(0, m.start() - 400), m.start()), end))
    return _merged(ranges, extra)


def _merged(ranges: list[tuple[int, int]], extra: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*ranges* and *extra* (spans of the text), overlapping ones merged, in order."""
    if not extra:
        return ranges
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges + extra):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


#: a year's digits (2022年, 2021学年): no figure of a statement
_YEAR_DIGITS = LazyRegex(r"(?:19|20)[0-9]{2}(?=年|学年)")
_ANY_DIGIT = LazyRegex(r"[0-9０-９]")


def has_numbers(text: str) -> bool:
    """Whether *text* holds a digit other than a year's (``2022年，柳洲区…`` holds none).

    >>> has_numbers("2022年，水利部门全力推进建设。"), has_numbers("新建水库3座。")
    (False, True)
    """
    return _ANY_DIGIT.search(text) is not None and _ANY_DIGIT.search(_YEAR_DIGITS.sub("", text)) is not None


def _end_of_sentence_before(norm: str, start: int) -> int:
    """Where the sentence before the one at *start* ends, the marks between them passed over (``。\\n``: a
    sentence that ends its line).

    >>> _end_of_sentence_before("甲3件。\\n合计3件。", 5)
    3
    """
    back = start - 1
    while back > 0 and norm[back - 1] in _SCOPE_CHARS:
        back -= 1
    return back


def parse_range(view: TextView, norm: str, lo: int, hi: int) -> list[Quantity]:
    """The quantities of ``norm[lo:hi]`` (the normalised text of *view*), for a rule that needs a stretch
    the sentence selection left out (a rate's whole stated a sentence before). Numbers only: no
    percentages in words, and nothing is searched outside the stretch (``_parse_view``'s searches for those
    run over the whole text, once per document)."""
    sentence_starts = _SentenceIndex(norm)
    sentence_starts.enter(lo, hi)
    out = [q for m in _QUANTITY.finditer(norm, lo, hi) if (q := _quantity(norm, m, view, sentence_starts)) is not None]
    _inherit_units(norm, out)
    if norm.find("折标", lo, hi) != -1:
        _standard_coal(norm, out)
    return [q for q in out if q.clean_end <= hi]


def read_once(doc, key: str, wanted: bool, read) -> list:
    """What ``read(view, norm)`` finds in *doc* (over its cleaned text, :func:`document_quantities`), kept in the
    document's cache under *key*; nothing, without parsing, when the text holds none of its anchors (*wanted* false)."""
    found = doc.cache.get(key)
    if found is None:
        found = doc.cache[key] = list(read(*document_quantities(doc)[:2])) if wanted else []
    return found


def document_quantities(doc) -> tuple[TextView, str, list[Quantity]]:
    """``(view, normalised cleaned text, quantities)`` of *doc*, computed once per document.

    Only sentences that may hold a relation (:func:`relation_cues`: 其中, 合计, 分别, %, 由…到, 男…女 …)
    are parsed: the numeric rules look at nothing else, and most sentences of a report have none.
    """
    cached = doc.cache.get("quantities")
    if cached is None:
        view = clean_view(doc.text)
        heads: list[int] = []
        norm, ranges = normalised_ranges(view.text, heads, words_in(doc))
        doc.cache["summing_heads"] = heads  # (sentences that open with 以上/上述 and a sum word: sentence_lists')
        cached = (view, norm, _parse_view(view, norm, ranges))
        doc.cache["quantities"] = cached
    return cached
