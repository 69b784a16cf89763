"""Statement relations: which quantities of a sentence are a whole and its parts, a rate and its operands.

The numeric rules (TO*, PC*) never compare numbers because of where they stand; they compare numbers
that a *relation* binds. Relations are found once per document (cached in ``doc.cache``) by a small
grammar of constructions, each a row of :data:`CONSTRUCTIONS`:

=====================  ===============================================  ==========  ============
construction           shape                                            relation    exhaustive
=====================  ===============================================  ==========  ============
``qizhong``            ``共 T，其中 A、B、C``                            sum         no
``qizhong-rest``       ``共 T，其中 A、B，其余 C``                       sum         yes
``complementary``      ``T，其中男 A、女 B`` · ``T…按期处置数A、超期处置数B``  sum    yes
``qizhong-grades``     ``T 份，其中“满意”的 A，“基本满意”的 B，“不满意”的 C``   sum   yes
``qizhong-classes``    ``T 个断面中，Ⅰ类 A，Ⅱ类 B，…，劣Ⅴ类 F`` (every class)  sum   yes
``including``          ``T，包括/涵盖/含 A 和 B``                        sum         no
``list-total``         ``A、B、C，合计/共计/总计/三项合计 T``             sum         yes
``respectively-total`` ``X、Y分别为 A、B，共(计) T``                     sum         yes
``total-respectively`` ``T，分别是 A、B``                                sum         yes
``paired-list``        ``A 人、B 万元，C 人、D 万元，累计 T 人、U 万元``      sum         yes
``enumerated``         ``T。一是 X A；二是 Y B``                         sum         no
``rate-stem``          ``受理 N，办结 M，办结率 R%``                     rate
``rate-qizhong``       ``N，其中 M，…率/占比 R%``                        rate
``rate-in-n``          ``在 N 个 X 中，M …，占 R%``                      rate
``rate-of-total``      ``M，占…总数 N 的 R%``                            rate
``share-of-named``     ``X N，Y M，占 X 比重 R%``                         rate
``rate-fraction``      ``…率 R%（M/N）``                                 rate
``shares-respectively````分别占 A%、B%、C%``                             shares
``shares-composition`` ``构成为：A%、B%、C%``                            shares
``shares-zhanbi``      ``X 占比 A%、Y 占比 B%``                          shares
``grim``               ``发放问卷 N 份，满意率 R%``                      grim
``change``             ``由 A 提高到 B，提高 C`` (C: same unit, %, 个百分点)  change
=====================  ===============================================  ==========  ============

Every quantity first gets a **role** from the words of its own clause (:func:`role_of`): a *change*
(``比上年增加1500亿元``, ``增长12%``), a change's end points (``由40元提高到80元``), an *average*
(``年均``, ``平均每``, ``人均``), a *target* (``完成年度任务的112%``), or *plain*. Only quantities of
one role are bound together (changes may add up to a change, levels to a level), and only quantities
of one unit class (公里 ≠ 公斤, 人 ≠ 人次 ≠ 户; 元/万元/亿元 convert).

>>> from auditor.document import Document
>>> rel = document_relations(Document("a.txt", "共查处案件38起，其中水污染12起、大气污染14起、噪声12起。"))
>>> s = rel.sums[0]
>>> s.construction, s.whole.value, [p.value for p in s.parts], s.exhaustive
('qizhong', Fraction(38, 1), [Fraction(12, 1), Fraction(14, 1), Fraction(12, 1)], False)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise
from re import escape

from auditor.cues import Words, has, words_in
from auditor.item_lists import document_item_sums
from auditor.kinds.numeric import overlaps, rate_bounds, rate_holds, ratio_interval, sum_interval, widen
from auditor.lazyregex import LazyRegex
from auditor.line_lists import (
    field_line_sums,
    line_list_differences,
    line_list_growths,
    line_list_key_growths,
    line_list_key_rates,
    line_list_point_changes,
    line_list_rates,
    line_list_share_lines,
    line_list_shares,
    line_list_sums,
    line_list_yearly_growths,
)
from auditor.quantities import (
    BACK_FRAME,
    BREAKDOWN_OPENER,
    CHANGE_CUE,
    COMPLEMENTS,
    COMPOSED_OF,
    CONTINUES,
    COUNT_UNITS,
    COVERS_MARKER,
    FALL_WORDS,
    FRAME_CUE,
    LAST_YEAR_BEFORE,
    LAST_YEAR_CLAUSE,
    LAST_YEAR_IN_BRACKETS,
    OPENS_BREAKDOWN,
    PERCENT_CUE,
    SOME_LISTED,
    STRONG_CHANGE_VERBS,
    SUM_CUE,
    SUM_CUES,
    SUM_VERBS,
    YES_OR_NO,
    Quantity,
    continues,
    document_quantities,
    has_complement_pair,
    has_numbers,
    parse_chinese_number,
    parse_range,
    relation_cues,
    sentence_start,
)
from auditor.record import Record
from auditor.running_totals import document_running_totals
from auditor.scan import after_last, contains
from auditor.sentence_lists import document_sentence_sums
from auditor.stock_flow import CAME_WORDS, END_WORDS, LEFT_WORD, LEFT_WORDS, START_WORDS

#: the grammar's word lists, one place (docs/totals.md and docs/percentages.md describe them)
CONSTRUCTIONS = {
    "breakdown_markers": ("其中",),
    "including_markers": ("包括", "涵盖", "包含", "覆盖", "涉及", "（含", "(含", "，含", ",含"),
    "rest_words": ("其余", "其他", "其它", "剩余", "余下", "尚余", "还剩", "剩下"),
    # 合计/共计/总计 anywhere in the total's clause; 共/一共/总共 only right before the number
    "sum_words": ("合计", "共计", "总计", "小计", "一共", "总共", "总数为", "总数是", "总数达", "各项累计", "两项累计",
                  "三项累计"),
    "complements": COMPLEMENTS,
    # pairs that split a whole in two inside a 其中 list (the list's marker is its cue)
    "breakdown_pairs": (("税收", "非税"), ("基干", "普通"), ("公有", "非公有"),
                        # a court's cases: those brought over from last year and the new ones (旧存…，新收…)
                        ("旧存", "新收"), ("旧案", "新案"), ("结转", "新收"),
                        # money from above and from the level's own budget (上级补助…；县级配套…)
                        ("上级", "本级"), ("上级", "县级"), ("上级", "县本级"), ("上级", "市级"), ("上级", "区级"),
                        # a trade's exports and imports (进出口总额…，其中出口…、进口…)
                        ("出口", "进口"),
                        # a hospital's visits: outpatients and emergencies (门急诊…，其中门诊…、急诊…)
                        ("门诊", "急诊"),
                        # a government's debt, and the bonds it issues: general and special (债务余额…其中一般债务…)
                        ("一般债务", "专项债务"), ("一般债券", "专项债券")),
    # … and pairs read inside a 其中 list only, never as a sentence's opening: a stock accumulated to date, this
    # year's and the years' before; visitors who stayed a night and those who did not; the country's two lotteries
    "list_pairs": (("当年", "以前年度"), ("过夜", "一日游"), ("福利彩票", "体育彩票"),
                   # aquatic products, farmed and caught (水产品产量…，其中养殖产量…、捕捞产量…)
                   ("养殖产量", "捕捞产量")),
    # a clause that starts a new statement ends the list of parts
    "new_statement_words": ("达到", "累计", "同比", "全年", "合计", "共计", "总计", "小计", "共有", "总数", "新增",
                            "完成", "目前", "现有", "今年已"),
    "share_rate_words": ("占比", "占", "比重", "比例", "份额"),
    "composition_words": ("构成为", "构成是", "构成：", "构成:", "结构为", "结构是", "结构：", "结构:", "占比分别为",
                          "比重分别为", "比例分别为", "占比依次为", "比重依次为", "构成情况：", "构成情况:",
                          "构成情况为", "构成看，", "构成看,", "结构看，", "结构看,", "构成如下：", "构成如下:"),
    "survey_words": ("问卷", "调查", "调研", "测评", "抽检", "抽查", "抽样", "检测", "检验", "受访", "回访", "样本",
                     "参评", "评议", "访谈", "评估", "考核", "考试", "测试"),
    "survey_modifiers": ("群众", "总体", "综合", "整体", "平均", "受访者", "受访", "回访", "调查", "问卷", "测评",
                         "抽检", "抽查", "样本", "总", "综合"),
}

#: the verbs of a change, in the order the patterns try them; the strong ones make a change without 比/较
_CHANGE_VERBS = ("增加", "增长", "提高", "上升", "提升", "扩大", "降低", "下降", "减少", "缩小", "缩减", "压减", "压缩",
                 "削减", "缩短", "放缓", "加快",
                 "回落", "回升", "下滑", "增收", "减收", "超收", "增产", "减产", "净增加", "净减少", "净增", "净减",
                 "多", "少", "增", "减", "降", "升")
_STRONG_CHANGE_VERBS = STRONG_CHANGE_VERBS
_CHANGE_VERB = "(?:" + "|".join(_CHANGE_VERBS) + ")"
#: what may stand between a change's verb and its number (besides 了)
_DELTA_QUALIFIERS = ("", "约", "近", "超过", "逾", "大约", "将近")
#: the words before a change's number (比上年增加1500亿元): :func:`_ends_with_change` answers as these would
_DELTA_TAIL = "了?(?:" + "|".join(_DELTA_QUALIFIERS[1:]) + ")?$"
_DELTA_PREFIX = LazyRegex(_CHANGE_VERB + _DELTA_TAIL)
_STRONG_DELTA_PREFIX = LazyRegex("(?:" + "|".join(_STRONG_CHANGE_VERBS) + ")" + _DELTA_TAIL)
#: the last character of every match of :data:`_DELTA_PREFIX` (a verb's, 了's or a qualifier's; or a line
#: break after it, before which ``$`` also matches)
_DELTA_LAST = frozenset(v[-1] for v in _CHANGE_VERBS + _DELTA_QUALIFIERS[1:]) | {"了", "\n"}
_COMPARATIVE = LazyRegex(r"比|较|同比|环比|相比|增幅|降幅")
#: a kind of work named by a change's verb (新建43.96万亩、改造提升2.33万亩: the area upgraded, no change of a value)
_WORKS_NAMED_BY_A_CHANGE = ("改造提升", "提升改造", "改造升级", "提档升级")
_CHANGE_VERB_AT = LazyRegex(_CHANGE_VERB)
#: what a change of a rate between two years or a growth over last year's value holds (:func:`_change_between_years`,
#: :func:`_growth_of_change`)
_CHANGE_STATED = LazyRegex(r"上年|去年|上一年|百分点|同比|环比|上月|年初|[，,]\s*(?:净)?(?:增加|减少)"
                           r"|(?:增加|减少)\s*[0-9]|年" + _CHANGE_VERB + "了?(?:至|到)")
_VERB_TO = LazyRegex(_CHANGE_VERB + "了?(?:到|至)")
_YEAR_OF = (r"(?:(?:19|20)[0-9]{2}年(?:底|末|初)?(?:的)?|上年(?:的)?|去年(?:的)?|今年(?:的)?|本年(?:的)?|当年(?:的)?"
            r"|(?:年末|年底|期末|目前)(?:的)?)?")
_CHANGE_TO_PREFIX = LazyRegex(r"(?:" + _CHANGE_VERB + r"?了?(?:到|至)|变为|变成)" + _YEAR_OF + r"(?:约|近)?$")
_FROM_PREFIX = LazyRegex(r"(?:由|从)(?:[^，,；;。\d]|(?:19|20)[0-9]{2}年){0,12}$")
_FROM_SUFFIX = LazyRegex(r"[^，,；;。\d]{0,10}?(?:到|至|变为|变成)")
_AVERAGE = LazyRegex(r"年均|平均|人均|户均|日均|月均|亩均|场均|每人|每户|每年|每月|每天|每日|每亩|每名|每个|每家"
                     r"|每场|每次"
                     r"|每平方|单价|均价")
#: the population of a year, averaged over it (年平均常住人口, 平均人口): a whole of people, no average of a figure
_AVERAGE_POPULATION = ("平均常住人口", "平均人口", "平均户籍人口")
#: a rate measured against a plan (完成年度任务的112%, 占年度计划的141%): it may pass 100% (a budget's revenue or
#: spending, 占一般公共预算收入的, is a whole, no plan); the plan may be stated inside: 完成年度目标任务28800人的
TARGET_CONTEXT = LazyRegex(r"(?:任务|计划|目标|预算(?!收入|支出)|指标)[^，,；;。率]{0,4}的?$|完成[^，,；;。率]{0,6}的$"
                           r"|完成[^，,；;。率0-9]{0,8}(?:任务|计划|目标)[0-9][0-9.,]*[\p{Han}]{0,3}的$")
_TARGET = TARGET_CONTEXT
_CLAUSE_SPLIT = LazyRegex(r"[，；;：:()]|（(?![\u4e00-\u9fff]{1,3}）)|）(?<!（[\u4e00-\u9fff]）)"
                          r"(?<!（[\u4e00-\u9fff]{2}）)(?<!（[\u4e00-\u9fff]{3}）)|,(?![0-9])|,(?<![0-9],)")
#: (a bracket of one to three characters inside a name splits no clause: 企（事）业单位贷款)
_SENTENCE_END = LazyRegex(r"[。！？!?\n]")
_MARKER = LazyRegex(r"其中|包括|涵盖|包含|" + COVERS_MARKER + r"|" + COMPOSED_OF
                    + r"|[（(，,]含(?![量义税有])|主要(?:是|为|有|集中在|集中于|分布在|分布于|来自)"
                    r"|依次(?:为|是)|除(?!此)(?=[^，,。；;]{1,12}外)"
                    r"|分别(?:是|为|有|占|达到|达|完成|新增|增加|增长|增收|实现|"
                    r"投入|减少|下降|提高|建成|建设|改造|整治|受理|办结|发放|培训|帮扶|安置|签约|落实|排查|处置|查处|"
                    r"开展|组织|举办|解决|化解|收到|接收|接待|走访|招募|吸纳|带动|吸引|种植|引进|打造|创建|认定|"
                    r"实施|筹集|拨付|争取|获得|获评|入选|上报|统计|登记|核查|检查|抽检|整改|完工|开工|签订|达成)?"
                    r"|" + BREAKDOWN_OPENER)


def _stated_count(word: str) -> int | None:
    """The count a marker states (分布在4个村： → 4).

    >>> [_stated_count(w) for w in ("分布在4个村：", "分布于十二个乡镇，", "分为一般和重大两类：", "其中")]
    [4, 12, 2, None]
    """
    found = _COUNT_IN_MARKER.findall(word)
    if not found:
        return None
    digits = found[-1]  # (分为一般隐患和重大隐患两类: the count is the last numeral)
    return int(digits) if digits.isdigit() else parse_chinese_number(digits)


_COUNT_IN_MARKER = LazyRegex(r"[0-9]+|[一二三四五六七八九十两]+")


def _is_opener(word: str) -> bool:
    """Whether the marker *word* opens a breakdown along one dimension (按来源划分，): of all markers only
    these end in a comma or a colon, but for 具体为 (合计2052批次，具体为蔬菜…、食用油…: every part named), 来源为
    (资金来源为企业自筹…、银行贷款…), 构成为 (其构成为幼儿园…、小学…) and 按…分为 (按等级分为一般隐患…、…)."""
    return word[-1] in "，,：:" or word[0] == "具" or word[:2] in ("来源", "构成") or \
        (word[0] == "按" and word.endswith("为"))  # (按等级分为一般隐患…、…)


_COUNT_WORD = LazyRegex(r"(?:(?P<n>[两二三四五六七八九十]|[2-9])(?:项|类|者|个方面|部分|种|笔|块|年|个季度|季度|个月)?"
                        r"|(?P<both>二者|两者|三者|以上|上述|前述))"
                        r"(?:合计|共计|总计|共|一共|总共|累计)")
#: a total after a 分别 list: a sum word (after the years it covers: 5年来累计), or a total named as one (资金总额,
#: 总投资: 分别出资A、B、C万元，资金总额T万元)
_LENIENT_SUM = LazyRegex(r"^(?:(?:近|这)?[0-9一二三四五六七八九十两]{1,2}年(?:来|以来|间)?)?"
                         r"(?:共|共计|合计|总计|一共|总共|累计|总共|[^，,；;]{0,4}?总(?:额|量|规模|投资)(?:为|是|达|达到)?$)")
_SUM_BEFORE_NUMBER = LazyRegex(r"(?:^|[^公总])(?:共|共有|共计|合计|总计|一共|总共|总数|总量)(?:为|是|有|达|达到)?"
                               r"(?:约|近|超过|逾)?$"
                               # 共完成雨污管网建设改造5412米: 共, a verb of doing, and what was done
                               rf"|(?:^|[^公总])共(?:{SUM_VERBS})[\p{{Han}}]{{0,12}}$"
                               # 三年累计242件: 累计 after a count of the parts
                               r"|(?:[两二三四五六七八九十]|[2-9])(?:项|类|年)?累计(?:为|是|达|达到)?$")

_FRACTION_AFTER = LazyRegex(
    # (the count's unit may follow the second number: 92.4%（305/341件）)
    r"\s*[（(]\s*(?P<a>[0-9][0-9,]*(?:\.[0-9]+)?)\s*[/／÷]\s*(?P<b>[0-9][0-9,]*(?:\.[0-9]+)?)"
    r"(?:[件个人户家项所次起名宗条批份]|人次|批次)?\s*[)）]"
    # (each number named and counted: 入学率89.2%（入学1450人/适龄儿童1606人）, one unit for both)
    r"|\s*[（(]\s*[\u4e00-\u9fff]{0,10}?(?P<na>[0-9][0-9,]*(?:\.[0-9]+)?)(?P<ua>[\u4e00-\u9fff]{1,2})\s*[/／÷]\s*"
    r"[\u4e00-\u9fff]{0,10}?(?P<nb>[0-9][0-9,]*(?:\.[0-9]+)?)(?P=ua)\s*[)）]")  # (or neither named: 1,117辆/1,400辆)
#: … or before the rate, which stands alone in brackets (东片区1016/1187（85.6%）), matched back from the bracket
_FRACTION_BEFORE = LazyRegex(r"(?P<a>[0-9][0-9,]*(?:\.[0-9]+)?)\s*[/／]\s*(?P<b>[0-9][0-9,]*(?:\.[0-9]+)?)\s*$")
#: … or at the end of the words the rate is of, in brackets (92.26%的纠纷调解成功（7266/7845件）)
_FRACTION_LATER = LazyRegex(r"的[^，,。；;！？（(%\n0-9]{1,20}[（(]\s*(?P<a>[0-9][0-9,]*(?:\.[0-9]+)?)"
                            # (the unit after each number too: （40个/45个）)
                            r"(?:[件个人户家项所次起名宗条批份部台辆座处栋套张间]|人次|批次)?\s*[/／]\s*"
                            r"(?P<b>[0-9][0-9,]*(?:\.[0-9]+)?)(?:[件个人户家项所次起名宗条批份部台辆座处栋套张间]|人次|批次)?\s*[)）]"
                            r"(?=[，,。；;！？\n]|$)")
#: … or ending the clause before a rate named by its word (已开工111/202个，开工率50.5%), matched back from the rate
_FRACTION_CLAUSE_BEFORE = LazyRegex(r"(?<![0-9./／])(?P<a>[0-9][0-9,]*(?:\.[0-9]+)?)\s*[/／]\s*"
                                    r"(?P<b>[0-9][0-9,]*(?:\.[0-9]+)?)(?:[件个人户家项所次起名宗条批份]|人次|批次)?"
                                    r"[，,]\s*[\u4e00-\u9fff]{1,10}率(?:为|是|达到|达)?$")


_OPENING_BRACKETS = ("（", "(")


def _has_fraction(norm: str, r: Quantity) -> bool:
    """Whether the rate *r* has its own fraction, after it (``92.4%（305/341）``, ``92.26%的纠纷调解成功（7266/7845
    件）``) or before it (``1000/1250（80.0%）``, ``已开工111/202个，开工率55.0%``)."""
    return _fraction_of(norm, r) is not None


def _fraction_of(norm: str, r: Quantity):
    """The match of the fraction of the rate *r* (:func:`_has_fraction`), its numbers in the groups ``a`` and ``b`` (or
    ``na`` and ``nb``), or None. A fraction apart from the rate (in the clause before it, or after the words it is
    of) is its first number over a larger or equal second."""
    fm = _FRACTION_AFTER.match(norm, r.clean_end)
    if fm is None and norm[r.clean_start - 1:r.clean_start] in _OPENING_BRACKETS:
        fm = _fraction_before(norm, r)
    if fm is not None:
        return fm
    fm = _FRACTION_LATER.match(norm, r.clean_end) if norm.startswith("的", r.clean_end) else None
    if fm is None and (norm.find("/", max(0, r.clean_start - 40), r.clean_start) != -1 or
                       norm.find("／", max(0, r.clean_start - 40), r.clean_start) != -1):
        fm = _FRACTION_CLAUSE_BEFORE.search(norm, max(0, r.clean_start - 40), r.clean_start)
    if fm is None or float(fm.group("a").replace(",", "")) > float(fm.group("b").replace(",", "")):
        return None
    return fm


def _fraction_before(norm: str, r: Quantity):
    """The match of :data:`_FRACTION_BEFORE` right before the bracket that holds the rate *r* alone, when its
    first number is not the larger (a part over its whole: not 2023/12, a date), or None."""
    if norm[r.clean_start - 1:r.clean_start] not in ("（", "(") or norm[r.clean_end:r.clean_end + 1] not in ("）", ")"):
        return None
    opening = r.clean_start - 1
    m = _FRACTION_BEFORE.search(norm, max(0, opening - 24), opening)
    before = norm[m.start() - 1:m.start()] if m is not None else ""
    if m is None or before.isdigit() or before in ("/", "／", ".", ",") or \
            float(m.group("a").replace(",", "")) > float(m.group("b").replace(",", "")):
        return None  # (the end of a longer number or fraction, or a larger number over a smaller)
    return m
#: 在 N 个 X 中 (to its last 中: 在参加中考的1285名学生中), or a clause that ends in 中 before a comma
#: (全乡6617户农户中，)
_IN_N = LazyRegex(r"在(?:[^，,；;。]|(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))){0,18}中"
                  r"|(?:(?<=[，,；;：:。！？\n])|^)(?:[^，,；;。：:！？\n]|(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))){1,18}?"
                  r"(?<![一二三四五六七八九十])中(?=[，,：:]|有|已有|共有)")  # (not 一中, 二中: schools)
#: a rate's word (办结率, 支出进度, 优良天数比例) and the verb before its number, and its stem (办结, 支出)
_RATE_WORD = LazyRegex(r"(?P<stem>[\p{Han}]{1,10})(?:率|进度|(?<=天数)比例|(?<=免疫)密度)"
                       r"(?:约为|约达|约|为|是|达到|达|高达|仅为|仅|保持在|稳定在|提升至|提高到|提高至|达到了|已达|超过|不足|"
                       r"接近|将近|近|[：:])?$")
_SHARE_RATE = LazyRegex(r"(?:占比|占|比重|比例|份额|(?<=亏损)面|(?<=盈利)面)(?:[\p{Han}]{0,10}的)?"
                        r"(?:为|是|达到|达|约|近|仅为|超过|不足)?$")
_SHARE_GAP = LazyRegex(r"[、，,；;和及与\s]*[\p{Han}A-Za-z]{1,10}?(?:占比|比重)(?:为|是|达|约)?")
_TOTAL_WORD = LazyRegex(r"(?:^|[^公总])共|合计|总计|累计|总数|全年|全市|全区|全县|全镇|全省")
#: the frame of bare shares (从业人员中，农业占23%…), or the words that open a breakdown (从纠纷类型看，婚姻家庭
#: 纠纷占56.1%…)
_SHARE_FRAME = LazyRegex(r"[\p{Han}]{2,10}中[，,：:]|从[\p{Han}]{1,8}(?:看|来看)[，,：:]"
                         r"|按[\p{Han}]{1,8}(?:分|划分)[，,：:]|其中(?=[\p{Han}]{1,10}?占)")
#: (a share's name may hold an age band: 31—40岁占35.78%)
_SHARE_GAP_BARE = LazyRegex(r"[、，,；;和及与\s]*(?:[\p{Han}A-Za-z]|[0-9]{1,3}(?:[—\-～~至][0-9]{1,3})?(?=岁)){1,10}?"
                            r"(?:占比|比重|占)(?:为|是|达|约)?")
_RANGE_AFTER = LazyRegex(r"\s*[-—–~～至到]\s*[0-9]")
_RANGE_BEFORE = LazyRegex(r"[0-9%]\s*[-—–~～至到]\s*$")
#: 占常住人口（29.88万人）10.41%: the total in brackets, without 的
_OF_TOTAL_BRACKET = LazyRegex(r"占[^，,；;。（(]{0,12}[（(][^（()）]{1,24}[)）]"
                              r"(?:比重|比例|份额)?(?:为|是|达到|达|约)?$")
_OF_TOTAL = LazyRegex(r"(?:占|(?<![^，,；;：:])为|相当于"
                      r"|(?<!超额)(?<!超)完成(?=(?:年度|全年|全年度|上级下达)?(?:任务|计划|目标)))"
                      r"(?:[^，,；;。]|(?<=[0-9])[,，](?=[0-9]{3}(?![0-9])))*?"
                      r"的(?:比重|比例|份额)?(?:为|是|达到|达)?$")


def _count_in_frame(s: _Sentence, i: int, earlier: list[int]) -> Quantity | None:
    """The whole of the frame (``在…中``, ``全县177个行政村中，``) that the rate *i* stands in, when the count in
    brackets right after the rate fits it (of its unit class, not above it); ``None`` otherwise.

    >>> from auditor.quantities import parse_quantities
    >>> text = "全县177个行政村中，84.5%的村（155个）收入超过20万元"
    >>> _count_in_frame(_Sentence(text, 0, len(text), parse_quantities(text)), 1, [0]).value
    Fraction(177, 1)
    """
    qs, norm, r = s.qs, s.norm, s.qs[i]
    if norm.find("中", s.start, r.clean_start) == -1:
        return None
    for m in reversed(list(_IN_N.finditer(norm, s.start, r.clean_start))):
        inside = [j for j in earlier if m.start() <= qs[j].clean_start and qs[j].clean_end <= m.end()]
        if inside:
            whole, count = qs[inside[-1]], qs[i + 1]
            if compatible(count, whole) and 0 < count.value <= whole.value:
                return whole
            return None
    return None


#: between a rate and its count in brackets after what it counts (84.5%的村（155个）)
_COUNT_IN_BRACKETS = LazyRegex(r"的[\u4e00-\u9fff]{1,6}[（(]")
#: a figure stated as a share of last year's (为上年的115.6%, 相当于去年同期的)
_OF_LAST_YEAR = LazyRegex(r"(?:为|相当于)(?:上年|去年|上一年)(?:同期)?的(?:水平)?")
_LIST_GAP_PCT = LazyRegex(r"[、，,和及与；;：:\s]*[\p{Han}A-Za-z]{0,10}?(?:占比|占|比重|比例)?(?:为|是|达|约)?$")
_NAME_SPLIT = LazyRegex(r"、|和|及|与")
_RESPECTIVELY_SHARE = LazyRegex(r"分别(?:占|为|是)")
#: what opens kinds of one whole whose shares follow, each with 占 (按渠道分，; not 其中: groups that may overlap,
#: 其中女性占38.3%，35岁以下的占48.0%)
_SHARES_OPENER = LazyRegex(BREAKDOWN_OPENER)
#: the rest of a whole named as such before its share (其他方式占…, 其余占…)
_REST_SHARE_END = LazyRegex(r"(?:其他|其它|其余)(?:方式|类|类别|类型|渠道|形式|方面|部分)?(?:的)?"
                            r"(?:占|占比|占比为)$")


def _rest_named(s: _Sentence, shares: list[Quantity]) -> bool:
    """Whether one of *shares* is the rest of their whole: named as such (``其他方式占…``), or 其他 and the noun
    every other share's name ends with (``交通运输支出占…，城乡社区支出占…，其他支出占…``: the other kinds of
    spending). It mostly closes the list, but may stand anywhere in it (``甲类占…，其他类占…，乙类占…``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "教育支出占26.7%，公共安全支出占29.1%，其他支出占44.2%"
    >>> _rest_named(_Sentence(text, 0, len(text), parse_quantities(text)), parse_quantities(text))
    True
    """
    names = [s.local_prefix(q).lstrip("，,、；; ").removesuffix("占比为").removesuffix("占比").removesuffix("占")
             for q in shares]
    for k, q in enumerate(shares):
        if _REST_SHARE_END.search(s.local_prefix(q)) is not None:
            return True  # (…中其他类占比35.5%: the rest, the words of the list's frame before it)
        noun = names[k].removeprefix("其他").removeprefix("其它")
        if noun != names[k] and len(noun) >= 2 and all(name.endswith(noun) and len(name) > len(noun)
                                                       for other, name in enumerate(names) if other != k):
            return True
    return False


#: 占 and the whole a list of names before it shares (占全部可用财力的, 占比为): a run of shares follows
_SHARE_OF_AFTER_NAMES = LazyRegex(r"占(?:比|[^，,。；;0-9%、]{1,16}?的(?:比重|比例)?)?(?:为|是|达|约)?(?=[0-9])")
_COMPOSITION = LazyRegex("|".join(escape(w) for w in CONSTRUCTIONS["composition_words"]))
#: any word of ``sum_words`` (one search instead of a test per word)
_SUM_WORD = LazyRegex("|".join(escape(w) for w in CONSTRUCTIONS["sum_words"]))
_SHARE_WORD_END = LazyRegex(r"(?:占比|比重|(?P<bare>占))(?:为|是|达|约)?$")
_CHANGE_OR_RATE = LazyRegex(_CHANGE_VERB + "|率")
_SHORT_HAN = LazyRegex(r"[\p{Han}]{0,8}")
_CHANGE_RATE_OR_DIGIT = LazyRegex(_CHANGE_VERB + "|率|[0-9]")
#: a rate, a share or a GRIM check needs one of these words in its sentence (see :func:`_sentence_cues`)
_RATE_OR_SHARE_WORDS = LazyRegex(r"率|占|比重|比例|份额|构成|结构|进度|收结比|结收比|收结案比|结收案比|超额完成"
                                 r"|存贷比|拨贷比|恢复至|恢复到|亏损面|盈利面|免疫密度"
                                 r"|(?:任务|计划|目标|指标|预算)(?:[^，,；;。]|(?<=[0-9]),(?=[0-9])){0,20}的"
                                 r"|相当于|满意|(?<=[，,；;：:])为(?=[^，,；;。]{1,20}?的)|的(?<=%的)[\u4e00-\u9fff]{1,6}[（(]"
                                 r"|[（(][0-9]{1,3}(?:\.[0-9]+)?[%％][）)]")
#: any word of ``new_statement_words``, ``survey_modifiers`` longest first (the grammar's lists as searches)
_NEW_STATEMENT = LazyRegex("|".join(escape(w) for w in CONSTRUCTIONS["new_statement_words"]))
_SURVEY_WORD = LazyRegex("|".join(escape(w) for w in CONSTRUCTIONS["survey_words"]))
_SURVEY_MODIFIERS_LONGEST_FIRST = tuple(sorted(CONSTRUCTIONS["survey_modifiers"], key=len, reverse=True))
_CHANGE_GAP = LazyRegex(r"[，,、（(]?\s*(?:同比|环比|比上年|较上年|相对)?"
                        r"(?:大幅|小幅|稳步|明显|显著|快速|持续|略有|有所)?新?("
                        + _CHANGE_VERB + "|增长幅度|下降幅度|增幅|涨幅|降幅|增速)"
                        r"(?:了|为|达)?(?:约|近)?$")
#: the size of a change named by a noun (增幅31.68%, 降幅为38%): what a verb before the number says otherwise
_CHANGE_SIZE = LazyRegex(r"(?:增幅|涨幅|降幅|增速|增长幅度|下降幅度)(?:为|是|达到|达)?(?:约|近)?$")
#: the base of a change, named before it: 比上年的110亿元增长9.1%, 较上年（25.15%）提高3.8个百分点
_BASE_BEFORE = LazyRegex(rf"(?:比|较|与){LAST_YEAR_BEFORE}$")
#: … or in brackets after the change: 同比下降15.9%（去年同期1118吨）
_BASE_AFTER = LazyRegex(rf"[（(]{LAST_YEAR_IN_BRACKETS}$")


class SumRelation(Record):
    """A whole and the parts that make it up (all of them when ``exhaustive``); *count*: the number of
    parts the text states (``三项合计``), when it does."""

    _fields = ("whole", "parts", "exhaustive", "construction", "count")
    _defaults = (("count", None),)

    def __init__(self, whole, parts, exhaustive, construction, count=None):
        # thousands per number-dense collection: an explicit constructor (Record's generic one is slower)
        self.whole, self.parts, self.exhaustive, self.construction, self.count = (
            whole, parts, exhaustive, construction, count)


class RateRelation(Record):
    """A rate ``R%`` that should equal ``100 · numerator / denominator``."""

    _fields = ("rate", "numerator", "denominator", "construction", "real", "down")
    _defaults = (("real", False), ("down", False))

    def __init__(self, rate, numerator, denominator, construction, real=False, down=False):
        self.rate, self.numerator, self.denominator, self.construction = rate, numerator, denominator, construction
        # a growth (a fall, *down*) reckoned in real terms: the ratio of the amounts only bounds it
        self.real, self.down = real, down


class SharesRelation(Record):
    """Shares of one whole: they cannot add up to more than 100%."""

    _fields = ("shares", "construction")


class GrimRelation(Record):
    """A rate over a whole-number count its own noun phrase names (``发放问卷25份，满意率78%``)."""

    _fields = ("rate", "counts")


class ChangeRelation(Record):
    """``由 A 提高到 B，提高 C``: C is B − A (same unit), (B − A)/A (%), or B − A in 个百分点 (*points*); *real*: C is a
    growth in real terms, which (B − A)/A only bounds."""

    _fields = ("start", "end", "delta", "down", "points", "construction", "real")
    _defaults = (("construction", "change"), ("real", False))


class Relations(Record):
    """Every relation of a document, by kind."""

    _fields = ("sums", "rates", "shares", "grims", "changes")

    def __init__(self, sums=None, rates=None, shares=None, grims=None, changes=None):
        # one per document: an explicit constructor (Record's generic one is several times slower)
        self.sums = [] if sums is None else sums
        self.rates = [] if rates is None else rates
        self.shares = [] if shares is None else shares
        self.grims = [] if grims is None else grims
        self.changes = [] if changes is None else changes


# ---------------------------------------------------------------------------------------------- roles

_RATE_UNITS = ("%", "百分点")
PLAIN, DELTA, CHANGE_FROM, CHANGE_TO, AVERAGE, TARGET = "plain", "delta", "from", "to", "average", "target"


def unit_class(q: Quantity) -> str:
    """The class a quantity is compared within: its base unit (元 for 万元 and 亿元), or ``""`` (bare)."""
    return q.unit


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether *a* and *b* may be added or divided: one unit class, or a bare number beside a count (or ballots beside
    votes: 有效票3704张，…得2503票; votes beside voters: 实到代表226名，…194票赞成)."""
    if a.unit == b.unit:
        return True
    if a.unit in _BALLOTS and b.unit in _BALLOTS:
        return True
    if (a.unit == "票" and b.unit == "人") or (a.unit == "人" and b.unit == "票"):
        return True  # (以194票赞成，占实到代表226名的: a vote is a voter's)
    if a.unit in _RATE_UNITS or b.unit in _RATE_UNITS:
        return False
    if not a.unit:
        a, b = b, a
    if b.unit:
        return False
    if a.factor != _magnitude_of(a.written_unit):
        return False  # (41584.5万吨 is counted in 千克: a bare 25174.3万 is in no known unit beside it)
    # a bare number stands for a count (按期处置数22313); with 万/亿 (产业到资6亿) for an amount
    return (a.unit in COUNT_UNITS) == (b.factor == 1)


@lru_cache(maxsize=512)
def _magnitude_of(written_unit: str) -> int:
    """The magnitude a written unit opens with (``万吨``: 10 000; ``亿元``: 10⁸; ``人``: 1); a quantity whose factor is
    another was converted to a base unit (吨 to 千克).

    >>> _magnitude_of("万吨"), _magnitude_of("亿元"), _magnitude_of("人"), _magnitude_of("")
    (10000, 100000000, 1, 1)
    """
    magnitude = 1
    for ch in written_unit:
        if ch not in _MAGNITUDE_CHARS:
            break
        magnitude *= _MAGNITUDE_CHARS[ch]
    return magnitude


_MAGNITUDE_CHARS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}


#: the units ballots and votes are counted in (张 of paper, 票 cast)
_BALLOTS = ("张", "票")


#: how far back from a quantity the words of its clause are read (characters): a clause of prose is far
#: shorter, and a "clause" of thousands of characters without a comma (a table flattened into one line)
#: would otherwise make each of its quantities read all of it (quadratic in its length)
CLAUSE_REACH = 400


class _Sentence:
    """One sentence of the normalised text, its quantities, and what the grammar needs about them."""

    __slots__ = ("clause_starts", "dimension_whole", "end", "lookback", "norm", "paren", "qs", "roles", "split_marks",
                 "start", "starts")

    def __init__(self, norm: str, start: int, end: int, qs: list[Quantity], lookback=None):
        self.norm, self.start, self.end, self.qs = norm, start, end, qs
        #: the whole this sentence breaks down along one dimension (按渠道分，…), for the next one that breaks it
        #: down along another (按办理状态分，…)
        self.dimension_whole = None
        #: the quantities of ``norm[lo:hi]``, parsed when asked (``lookback(lo, hi)``), or None
        self.lookback = lookback
        # (a space or an ASCII comma in the sentence: a number text extraction broke apart may stand there)
        self.split_marks = norm.find(" ", start, end) != -1 or norm.find(",", start, end) != -1
        self.starts = [q.clean_start for q in qs]
        self.clause_starts = [start] + [m.end() for m in _CLAUSE_SPLIT.finditer(norm, start, end)]
        self.paren = _paren_depths(norm, start, qs)
        self.roles = [role_of(norm, q, self.clause_start(q.clean_start), qs[i - 1] if i else None)
                      for i, q in enumerate(qs)]

    def clause_start(self, offset: int) -> int:
        """Where the clause holding *offset* starts, or :data:`CLAUSE_REACH` characters back from *offset*
        when it starts earlier: what the grammar reads of a clause before a quantity stays bounded."""
        start = self.clause_starts[bisect_right(self.clause_starts, offset) - 1]
        return start if offset - start <= CLAUSE_REACH else offset - CLAUSE_REACH

    def clause_index(self, offset: int) -> int:
        return bisect_right(self.clause_starts, offset) - 1

    def clause_end(self, offset: int) -> int:
        """Where the clause holding *offset* ends (the start of the next one, or the sentence's end)."""
        k = bisect_right(self.clause_starts, offset)
        return self.clause_starts[k] if k < len(self.clause_starts) else self.end

    def local_prefix(self, q: Quantity) -> str:
        """The words between *q* and the quantity or clause start before it, without separators."""
        i = bisect_left(self.starts, q.clean_start)  # (quantities do not overlap: one starts at each offset)
        lo = self.clause_start(q.clean_start)
        if i and self.qs[i - 1].clean_end > lo:
            lo = self.qs[i - 1].clean_end
        return self.norm[lo:q.clean_start].lstrip("、，,；;和及与以 ")

    def prefix(self, q: Quantity) -> str:
        """The words of *q*'s clause before it (qualifiers such as 约 included)."""
        return self.norm[self.clause_start(q.clean_start):q.clean_start]

    def suffix(self, q: Quantity) -> str:
        """The words of *q*'s clause after it (at most 20 characters): what a count names when the verb
        follows it (``已有21个实现5G信号覆盖``)."""
        k = bisect_right(self.clause_starts, q.clean_end)
        end = self.clause_starts[k] if k < len(self.clause_starts) else self.end
        return self.norm[q.clean_end:min(end, q.clean_end + 20)]


def _paren_depths(norm: str, start: int, qs: list[Quantity]) -> list[int]:
    """:func:`_paren_depth` of each quantity, counted in one pass over the sentence."""
    last = qs[-1].clean_start if qs else start
    if all(norm.find(mark, start, last) == -1 for mark in "(（"):
        return [0] * len(qs)  # no bracket opens before the last quantity (most sentences)
    out = []
    depth = 0
    pos = start
    for q in qs:
        segment = norm[pos:q.clean_start]
        depth += segment.count("(") + segment.count("（") - segment.count(")") - segment.count("）")
        out.append(max(0, depth))
        pos = q.clean_start
    return out


def _paren_depth(norm: str, start: int, offset: int) -> int:
    segment = norm[start:offset]
    return max(0, segment.count("(") + segment.count("（") - segment.count(")") - segment.count("）"))


#: each year's value listed one by one (每年新增就业依次为5147人、…): no average
_EACH_YEAR_LISTED = LazyRegex(r"每年[^，,。；;]{0,16}(?:依次|分别)(?:为|是)")


def role_of(norm: str, q: Quantity, clause_start: int, previous: Quantity | None = None) -> str:
    """The role of *q*, read from the words of its own clause before it (and just after it).

    >>> from auditor.quantities import parse_quantities
    >>> text = "赤字13500亿元，比上年增加1500亿元，由40元提高到80元，年均增长120万元"
    >>> [role_of(text, q, max(text.rfind("，", 0, q.clean_start) + 1, 0)) for q in parse_quantities(text)]
    ['plain', 'delta', 'from', 'to', 'average']
    """
    lo = clause_start
    if previous is not None and previous.clean_end > lo:
        lo = previous.clean_end
    prefix = norm[lo:q.clean_start]
    clause = norm[clause_start:q.clean_start]
    # (each pattern is searched only when the clause holds a character that every match of it holds)
    # the end points of a change come first: 人均收入由31979元提高到35646元 is a change of an average
    if ("到" in prefix or "至" in prefix or "变" in prefix) and _CHANGE_TO_PREFIX.search(prefix) and (
            ("由" in clause or "从" in clause) or _VERB_TO.search(prefix)):
        return CHANGE_TO
    if ("由" in prefix or "从" in prefix) and _FROM_PREFIX.search(prefix) and _FROM_SUFFIX.match(norm, q.clean_end):
        return CHANGE_FROM
    if ("均" in clause or "每" in clause or "单价" in clause) and _AVERAGE.search(clause) and not (
            q.unit == "%" and "占" in clause) and not _EACH_YEAR_LISTED.search(clause) and \
            not prefix.endswith(_AVERAGE_POPULATION):
        # (占人均可支配收入的14.7%: a share of an average is a share; 每年…依次为: each year's own value, listed;
        # 年平均常住人口: the population a year's births are counted against, no average of a figure)
        return AVERAGE
    if q.unit == "%" and _TARGET.search(clause):
        return TARGET
    if prefix[-1:] in _DELTA_LAST and (_ends_with_change(prefix, _STRONG_CHANGE_VERBS) or (
            _ends_with_change(prefix, _CHANGE_VERBS) and _COMPARATIVE.search(clause))) and \
            not prefix.endswith(_WORKS_NAMED_BY_A_CHANGE):
        return DELTA
    if ("幅" in prefix or "增速" in prefix) and _CHANGE_SIZE.search(prefix):
        return DELTA
    return PLAIN


def _ends_with_change(prefix: str, verbs: tuple[str, ...]) -> bool:
    """Whether *prefix* ends with one of *verbs*, then 了 or not, then 约/近/超过/逾/大约/将近 or none: what
    ``_DELTA_PREFIX.search(prefix)`` (with *verbs* :data:`_CHANGE_VERBS`) or ``_STRONG_DELTA_PREFIX``
    answer, by a few ``endswith`` instead of a search from every position.

    >>> _ends_with_change("比上年增加了约", _CHANGE_VERBS), _ends_with_change("增加值", _CHANGE_VERBS)
    (True, False)
    """
    if prefix[-1:] == "\n":
        prefix = prefix[:-1]  # ($ also matches before a line break that ends the text)
    for tail in _DELTA_QUALIFIERS:
        if prefix.endswith(tail):
            stem = prefix[:len(prefix) - len(tail)]
            if stem.endswith(verbs) or (stem[-1:] == "了" and stem[:-1].endswith(verbs)):
                return True
    return False


# ---------------------------------------------------------------------------------------------- document

def document_relations(doc) -> Relations:
    """Every relation of *doc*, found once per document."""
    cached = doc.cache.get("relations")
    if cached is None:
        view, norm, quantities = document_quantities(doc)
        cached = find_relations(norm, quantities, lookback=lambda lo, hi: parse_range(view, norm, lo, hi),
                                words=words_in(doc))
        if "\n" in norm:  # tables and numbered items, one a line (auditor.line_lists)
            read = set()  # (a list may read as two constructions, a table's and fields one a line: one relation)
            for whole, parts, construction in line_list_sums(view, norm):
                key = (whole.clean_start, *(p.clean_start for p in parts))
                if key not in read and all(compatible(whole, p) and p.unit not in _RATE_UNITS for p in parts):
                    read.add(key)
                    line = norm.rfind("\n", 0, whole.clean_start) + 1
                    # (合计（含其他类别） 1820, or the table's caption: （小计含其他类别）: the total holds rows or
                    # columns the table does not list)
                    block = max(norm.rfind("\n\n", max(0, line - 600), line), line - 600, 0)
                    listed_all = construction not in _PARTIAL_LINES
                    if _HOLDS_OTHERS.search(norm, block, whole.clean_start) is not None or \
                            _MAIN_ONLY.search(norm, block, _lines_after(norm, max(whole.clean_end,
                                                                              parts[-1].clean_end), 2)) is not None:
                        listed_all, construction = False, construction + "-with-others"
                    if all(p.label.rstrip("：: \t\u3000").endswith("的") for p in parts) and \
                            not all("岁" in p.label for p in parts):  # (35岁及以下的⏎36岁至60岁的: ages, a partition)
                        # (发现问题的：740次⏎现场整改的：548次: those who did something, groups that may overlap)
                        listed_all, construction = False, "qizhong-attributes"
                    cached.sums.append(SumRelation(whole, parts, listed_all, construction))
            cached.rates.extend(RateRelation(rate, done, whole, "table-rate")
                                for rate, done, whole in line_list_rates(view, norm))
            if "率" in norm:
                cached.rates.extend(RateRelation(rate, done, whole, "key-value-rate")
                                    for rate, done, whole in line_list_key_rates(view, norm))
            cached.rates.extend(RateRelation(share, part, whole, "table-share")
                                for share, part, whole in line_list_shares(view, norm))
            if "%" in norm:  # (lines of one share each under a composition's header: 公路运输  20.1%⏎…)
                cached.shares.extend(SharesRelation(run, "share-lines") for run in line_list_share_lines(view, norm))
            if contains(norm, "增减") or contains(norm, "差额") or contains(norm, "超额") or contains(norm, "结余"):
                # (a table's signed changes: 4606⇥4793⇥+187; its balances: 290.04⇥19.35⇥270.69)
                cached.changes.extend(ChangeRelation(earlier, later, change, down, False, construction)
                                      for earlier, later, change, down, construction in
                                      line_list_differences(view, norm))
            if "%" in norm and contains(norm, "百分点"):  # (a table's rates and their change in points)
                cached.changes.extend(ChangeRelation(earlier, later, change, down, True, "table-difference")
                                      for earlier, later, change, down in line_list_point_changes(view, norm))
            if "%" in norm:
                cached.changes.extend(ChangeRelation(earlier, later, growth, down, False, "table-growth", real)
                                      for earlier, later, growth, down, real in line_list_growths(view, norm))
                cached.changes.extend(ChangeRelation(earlier, later, growth, down, False, "key-value-growth", real)
                                      for earlier, later, growth, down, real in line_list_key_growths(view, norm))
            if ("｜" in norm or "|" in norm or "\t" in norm) and ("增长" in norm or "增速" in norm or "增幅" in norm):
                # 年份｜金额｜比上年增长: a table of years (cells apart by bars or tabs)
                cached.changes.extend(ChangeRelation(earlier, later, growth, down, False, "table-growth", real)
                                      for earlier, later, growth, down, real in line_list_yearly_growths(view, norm))
        fields = field_line_sums(view, norm)
        if fields:  # 总量：239个；乡镇：69个；城区：83个: a form on one line (auditor.line_lists)
            taken = {q.clean_start for r in cached.sums for q in (r.whole, *r.parts)}
            cached.sums.extend(SumRelation(whole, parts, True, construction) for whole, parts, construction in fields
                               if whole.clean_start not in taken)
        running = document_running_totals(doc)
        if running:  # 1—3月…4923件；4月当月1577件，1—4月累计6500件 (auditor.running_totals)
            bound = {id(r.whole) for r in cached.sums}
            cached.sums.extend(SumRelation(r.whole, r.parts, True, "running-total") for r in running
                               if id(r.whole) not in bound)
        items = document_item_sums(doc)
        if items:  # 资金900万元，主要用于两个方面：一是…500万元；二是…400万元 (auditor.item_lists)
            taken = {q.clean_start for r in cached.sums for q in (r.whole, *r.parts)}
            cached.sums.extend(SumRelation(r.whole, r.parts, True, "counted-items", len(r.parts)) for r in items
                               if r.whole.clean_start not in taken)
        per_capita = _per_capita_sums(doc)
        if per_capita:  # 人均可支配收入…元，其中工资性收入…元、经营净收入… (auditor.per_capita)
            taken = {q.clean_start for r in cached.sums for q in (r.whole, *r.parts)}
            cached.sums.extend(SumRelation(r.whole, r.parts, True, "per-capita-components") for r in per_capita
                               if r.whole.clean_start not in taken)
        votes = _vote_sums(doc, norm)
        if votes:  # 实到委员239人。表决赞成231票、反对4票、弃权4票 (auditor.vote_tallies)
            taken = {q.clean_start for r in cached.sums for q in r.parts}
            cached.sums.extend(SumRelation(r.whole, r.parts, True, "vote-tally") for r in votes
                               if r.parts[0].clean_start not in taken)
        years = _year_changes(doc, norm)
        if years:  # 普及率：上年78.0%，本年81.3%，提高3.3个百分点 (auditor.year_pairs)
            stated = {c.delta.clean_start for c in cached.changes}
            cached.changes.extend(ChangeRelation(c.start, c.end, c.delta, c.down, c.points, "change")
                                  for c in years if c.delta.clean_start not in stated)
        paired = _paired_changes(doc)
        if paired:  # 出口…、增长…；进口…、增长…。（上年分别为出口…，进口…） (auditor.paired_bases)
            stated = {c.delta.clean_start for c in cached.changes}
            cached.changes.extend(ChangeRelation(c.start, c.end, c.delta, c.down, c.points, "paired-bases")
                                  for c in paired if c.delta.clean_start not in stated)
        sentence_sums = document_sentence_sums(doc)
        if sentence_sums:  # 甲镇…150户。乙镇…342户。以上合计492户 (auditor.sentence_lists)
            _add_sentence_sums(cached, sentence_sums)
        if cached.sums:
            signs = [m.start() for m in _AFTER_MINUS.finditer(norm)] if "-" in norm else []
            cached.sums = [r for r in (_with_unread_parts(norm, r, signs) for r in cached.sums
                                       if not _start_among_parts(norm, r)) if r is not None]
            if "等" in norm:  # (…、其他业务收入71706.51万元等: a list that says it names only some parts)
                cached.sums = [SumRelation(r.whole, r.parts, False, r.construction, r.count)
                               if r.exhaustive and norm.startswith("等", r.parts[-1].clean_end) else r
                               for r in cached.sums]
            if has(doc, "亏") or "−" in norm or "－" in norm:
                cached.sums = [_with_losses(norm, r) for r in cached.sums]
        doc.cache["relations"] = cached
    return cached


def _per_capita_sums(doc) -> list:
    """:func:`auditor.per_capita.document_per_capita_sums`, its module loaded only for a document that names a
    component (工资性收入, 食品烟酒): a clean file's run never loads it."""
    if not (contains(doc.text, "工资性") or contains(doc.text, "食品烟酒")):
        return []
    from auditor.per_capita import document_per_capita_sums

    return document_per_capita_sums(doc)


def _vote_sums(doc, norm: str) -> list:
    """:func:`auditor.vote_tallies.document_vote_sums`, its module loaded only for a document that names votes
    abstaining (弃权)."""
    if not contains(norm, "弃权"):
        return []
    from auditor.vote_tallies import document_vote_sums

    return document_vote_sums(doc)


def _year_changes(doc, norm: str) -> list:
    """:func:`auditor.year_pairs.document_year_changes`, its module loaded only for a document that names last year
    (上年) beside a % or 个百分点."""
    if not (contains(norm, "上年") and ("%" in norm or contains(norm, "个百分点"))):
        return []
    from auditor.year_pairs import document_year_changes

    return document_year_changes(doc)


def _paired_changes(doc) -> list:
    """:func:`auditor.paired_bases.document_paired_changes`, its module loaded only for a document that may list
    bases apart from their figures (分别, 同期, 上年, 去年)."""
    text = doc.text
    if not (contains(text, "分别") or contains(text, "同期") or contains(text, "上年") or contains(text, "去年") or
            contains(text, "个百分点")):
        return []
    from auditor.paired_bases import document_paired_changes

    return document_paired_changes(doc)


#: what opens a sentence whose rate is worked out from the figures stated just before it
_COMPUTED_FROM_ABOVE = ("据此计算", "据此测算", "经计算", "经测算", "由此计算", "计算可得", "经统计")
#: the words after a rate's name (覆盖率为, 占比达)
_RATE_NAME_TAIL = LazyRegex(r"(?:率|占比|比例|比重)?(?:为|是|达到|达)?$")
#: the words of such a rate that make it a part over its whole (not a growth: 同比增长, 提高)
_RATE_OF_WHOLE = LazyRegex(r"率|占比|比例|比重")
_NOT_RATE_OF_WHOLE = LazyRegex(r"增|降|提高|减少|下滑|回落")


def _rate_computed_from_above(norm: str, start: int, end: int, rate: Quantity, lookback) -> RateRelation | None:
    """A rate in a sentence that says it is worked out from what was said above (``据此计算，…占比为72.36%``): the
    part over the whole, the last two figures of one unit in the three sentences before it, in its paragraph (the
    larger the whole). Not read: a growth, anything approximate, figures of other units between.

    >>> from auditor.quantities import parse_quantities
    >>> text = "专任教师1628人。截至年底，具有研究生学历1183人。据此计算，研究生学历教师占比为72.36%。"
    >>> k = text.find("据此")
    >>> r = _rate_computed_from_above(text, k, len(text) - 1, parse_quantities(text)[-1],
    ...                               lambda lo, hi: [q for q in parse_quantities(text) if lo <= q.clean_start < hi])
    >>> int(r.numerator.value), int(r.denominator.value)
    (1183, 1628)
    """
    words = norm[start:rate.clean_start]
    if _RATE_OF_WHOLE.search(words) is None or _NOT_RATE_OF_WHOLE.search(words) is not None or rate.qualifier:
        return None
    lo = start
    paragraph = norm.rfind("\n\n", 0, start) + 1
    for _ in range(3):  # (the sentences before, in its paragraph: two, a sentence without figures between them)
        k = lo
        while k > paragraph and norm[k - 1] in "。！？!?；;\n \t\u3000":
            k -= 1
        if k <= paragraph:
            break
        lo = max(sentence_start(norm, max(0, k - CLAUSE_REACH), k), paragraph)
    figures = [q for q in lookback(lo, start) if q.clean_start >= lo and q.unit not in _RATE_UNITS]
    if len(figures) < 2 or not compatible(figures[-1], figures[-2]) or \
            any(q.qualifier or q.high is None for q in figures[-2:]):
        return None
    part, whole = sorted(figures[-2:], key=lambda q: q.value)
    if part.value <= 0 or part.value == whole.value:
        return None
    name = _RATE_NAME_TAIL.sub("", words[words.find("，") + 1:] if "，" in words else "")
    if len(name) >= 2 and (_other_kind_of_same(name, part.label) or not set(name) & set(_own_words(part, whole))):
        return None  # (农村宽带用户…。经统计，千兆宽带用户占比为46%; 新增用户…。经统计，5G用户渗透率…: the rate names
        # another group than the part)
    return RateRelation(rate, part, whole, "rate-computed-after")


def _add_sentence_sums(relations: Relations, found: list) -> None:
    """The sums of parts one a sentence (:mod:`auditor.sentence_lists`) added to *relations*: a total read already
    keeps its reading, unless the sentences' parts hold all of its parts and more (the list began sentences before
    the one read with the total: ``甲：102人。乙：102人。丙安置102人。丁安置103人。以上合计409人``)."""
    by_whole = {r.whole.clean_start: k for k, r in enumerate(relations.sums)}
    for r in found:
        read = SumRelation(r.whole, r.parts, True, "sentences-then-total", r.count)
        k = by_whole.get(r.whole.clean_start)
        if k is None:
            relations.sums.append(read)
            continue
        known = relations.sums[k]
        starts = {p.clean_start for p in r.parts}
        if len(r.parts) > len(known.parts) and all(p.clean_start in starts for p in known.parts):
            relations.sums[k] = read


#: the words of a loss before its figure (地产分部亏损2908.31万元, 净亏损): a part that takes from a profit's total
_LOSS = ("亏损", "亏损额", "净亏损", "亏损额为", "亏损为", "亏")
#: the words of a whole that a loss takes from (各分部利润合计, 利润总额, 净利润, 损益)
_PROFIT = LazyRegex(r"利润|盈利|损益|盈亏")


def _with_losses(norm: str, rel: SumRelation) -> SumRelation:
    """*rel*, its parts that are losses made negative: a figure a minus sign opens right after words
    (``少数股东损益−5994.20万元``), or, in a profit's total, a loss (``新能源分部实现利润4927.79万元，海外分部盈利
    3654.60万元，地产分部亏损2908.31万元，各分部利润合计5674.08万元``).

    >>> from auditor.document import Document
    >>> text = "甲分部盈利4927.79万元，乙分部亏损2908.31万元，各分部利润合计2019.48万元。"
    >>> [float(p.value) / 1e4 for p in document_relations(Document("a.txt", text)).sums[0].parts]
    [4927.79, -2908.31]
    """
    profit = None
    parts = []
    for p in rel.parts:
        before = norm[max(0, p.clean_start - 6):p.clean_start]
        signed = before[-1:] in ("－", "−") and len(before) >= 2 and "\u4e00" <= before[-2] <= "\u9fff"
        if not signed and before.rstrip("为是达：: ").endswith(_LOSS):
            if profit is None:
                profit = _PROFIT.search(rel.whole.label) is not None
            signed = profit
        if signed and p.high is not None and p.value > 0:
            p = p.replace(value=-p.value, low=-p.high, high=-p.low)
        parts.append(p)
    if all(a is b for a, b in zip(parts, rel.parts, strict=True)):
        return rel
    return SumRelation(rel.whole, parts, rel.exhaustive, rel.construction, rel.count)


#: a total line's note that it holds more than the rows listed (合计（含其他类别）, 合计(含未列明))
_HOLDS_OTHERS = LazyRegex(r"[（(，,](?:[^（）()\n]{0,8}(?:合计|总计|小计))?含(?:其他|其它|未列明|未列出|未单列)")

#: a table's caption or note that says it lists only the main kinds (…主要构成（单位：名）, 注：表中仅列出主要类别,
#: …主要类别情况表, 注：表中仅列数量较多的类别; 另有其他类型等，不再逐项列出)
_MAIN_ONLY = LazyRegex(r"主要构成|主要类别|仅列出?主要|仅列举主要|其他类别未列|其余类别未列|未全部列出|仅列部分"
                       r"|仅列出?[^。；\n]{0,10}?较(?:多|大|高)|不再逐项列出|不再一一列(?:出|举)|不一一列(?:出|举)"
                       r"|另有其他[^。；\n]{0,6}等")


def _lines_after(norm: str, at: int, count: int) -> int:
    """Where the *count*-th line after the one holding *at* ends (the text's end when it ends first)."""
    for _ in range(count + 1):
        at = norm.find("\n", at + 1)
        if at == -1:
            return len(norm)
    return at


#: the lists of auditor.line_lists that may name only the main parts
_PARTIAL_LINES = ("bullet-items", "heading-items", "numbered-items-included")


def _start_among_parts(norm: str, rel: SumRelation) -> bool:
    """Whether *rel* adds up a stock and its flows (``年初762户，新增164户，退出153户，年末共有773户``): what stood
    at the start is no part of what stands at the end, nor is what left (:mod:`auditor.stock_flow` reads it)."""
    if not rel.parts or rel.construction == "net-change":
        return False  # (年初1200户，年末1350户，净增150户: the end is the start and the net change, read so)
    first = min(p.clean_start for p in rel.parts)
    if any(w in rel.whole.label for w in END_WORDS) and any(LEFT_WORD.search(p.label) for p in rel.parts) and \
            any(w in p.label for p in rel.parts for w in CAME_WORDS) and \
            any(w in norm[max(0, first - 60):first] for w in START_WORDS):
        return True  # (…年内新识别207户、风险消除58户，年末共有1374户: what came and what left, not parts of the end)
    near = norm[max(0, min(p.clean_start for p in rel.parts) - 20):max(p.clean_start for p in rel.parts)]
    if "初" not in near and "末" not in near and "底" not in near:
        return False  # (every start word ends with 初, 末 or 底, and a part's label stands before it: labels unread)
    if not any(w in p.label for p in rel.parts for w in START_WORDS):
        return False
    # (…年底36132人。其中全年新增8691人、减少7827人，上年末为35268人: the start among what came and what left)
    if any(w in rel.whole.label for w in END_WORDS):
        return True
    lo = min(q.clean_start for q in (rel.whole, *rel.parts))
    hi = max(q.clean_end for q in (rel.whole, *rel.parts))
    return LEFT_WORD.search(norm, lo, hi) is not None  # (截至上年底2252个，今年新增678个，累计达到2930个: a sum)


#: a number right after Latin letters (手机APP32,077件), which the quantities do not read (it may be a code: X707847)
_AFTER_LETTERS = LazyRegex(r"(?<=[A-Za-z])[0-9][0-9,]*(?:\.[0-9]+)?")


#: a figure a minus sign opens right after words (少数股东损益-2552.08万元), which the quantities do not read (a hyphen
#: before a number is a range's or a code's elsewhere): a part that takes from the others
_AFTER_MINUS = LazyRegex(r"-(?<=[\p{Han}：:]-)(?=[0-9])")


def _with_unread_parts(norm: str, rel: SumRelation, signs: list[int] | None = None) -> SumRelation | None:
    """*rel*, made partial when a number right after Latin letters, in the parts' unit, stands among its parts
    (``网站渠道47,719件；手机APP32,077件；其他渠道…``: a part the quantities did not read)."""
    if not rel.parts:
        return rel
    if signs:  # (*signs*: where a minus sign stands right after words, found once a document)
        end = rel.parts[-1].clean_end
        stop = min((k for k in (norm.find(mark, end, end + 40) for mark in "。；;\n") if k != -1), default=end + 40)
        k = bisect_left(signs, rel.parts[0].clean_start)
        if k < len(signs) and signs[k] < stop:
            return None  # (…，其中归属于母公司股东的净利润45064.60万元，少数股东损益-2552.08万元: a part not read)
    if not rel.exhaustive:
        return rel
    unit = rel.parts[0].written_unit
    spans = [q.clean_start for q in (rel.whole, *rel.parts)]
    lo, hi = min(spans), max(q.clean_end for q in (rel.whole, *rel.parts))
    # (or right after the last part, in its sentence: 电话29303件，政务网站14865件，手机APP9111件。)
    hi = min((k for k in (norm.find(mark, hi, hi + 80) for mark in "。\n") if k != -1), default=min(len(norm), hi + 80))
    if not unit or norm.find(unit, lo, hi) == -1:
        return rel
    for m in _AFTER_LETTERS.finditer(norm, lo, hi):
        if norm.startswith(unit, m.end()):
            return SumRelation(rel.whole, rel.parts, False, rel.construction, rel.count)
    return rel


#: a "sentence" with more quantities than this is a table run into one line, not prose: the grammar,
#: which compares the quantities of a sentence with each other, does not read it (the longest
#: enumerations of real reports hold a few dozen; 7,500 shares in one line took minutes)
MAX_SENTENCE_QUANTITIES = 200


#: a note that the groups counted overlap (（有交叉）, 存在重叠, 重复统计, 同时属于多类, 同时计入两类; not 不存在交叉,
#: 无重复统计)
_OVERLAP_NOTE = LazyRegex(r"(?<![不无未没])(?:有交叉|存在交叉|交叉统计|有重叠|存在重叠|重复统计|重复计算|同时属于"
                          r"|同时计入|重复计入|同时归入)")
#: the name of a group and its colon, opening a line (东片：, 主城区：, 二期：)
_GROUP_LABEL = LazyRegex(r"[ \t\u3000]*[^\s，,。；;：:、0-9]{1,6}[：:]")


def find_relations(norm: str, quantities: list[Quantity], use_cues: bool = True, lookback=None,
                   words: Words | None = None) -> Relations:
    """Relations of the normalised text *norm* whose quantities are *quantities* (in text order). A
    sentence with more than :data:`MAX_SENTENCE_QUANTITIES` quantities is not read.

    With *use_cues* (the default) a sentence is read only for the kinds of relation it has the words for
    (:func:`~auditor.quantities.relation_cues`); ``False`` reads every sentence for every kind (tests
    compare the two).
    """
    out = Relations()
    if not quantities:
        return out
    # sentences that hold quantities: found around each quantity, never by scanning the whole text
    i = 0
    n = len(quantities)
    previous: tuple[int, int, int, int] | None = None  # (start, end, i, j) of the sentence before
    built: _Sentence | None = None  # the last sentence read
    while i < n:
        q = quantities[i]
        start = _sentence_start(norm, q.clean_start)
        m = _SENTENCE_END.search(norm, q.clean_end)
        end = m.start() if m else len(norm)
        j = i
        while j < n and quantities[j].clean_start < end:
            j += 1
        before = None
        if previous is not None and continues(norm, start, end) and _next_to(norm, previous[1], start):
            p_start, p_end, p_i, p_j = previous  # 其中… or 合计…: the sentence just before holds its whole or list
            if built is not None and built.start == p_start:
                before = built
            elif p_j - p_i <= MAX_SENTENCE_QUANTITIES:
                before = _Sentence(norm, p_start, p_end, quantities[p_i:p_j])
        if before is None and lookback is not None and j - i >= 2 and norm[start:start + 1] in _PAIR_FIRST_CHARS and \
                norm[start - 1:start] == "。" and j - i <= MAX_SENTENCE_QUANTITIES and \
                has_complement_pair(norm, start, quantities[i + 1].clean_start):
            # (男性…、女性…: a pair that splits the whole the sentence before ends with, parsed for it)
            p_start = sentence_start(norm, max(0, start - 1 - CLAUSE_REACH), start - 1)
            whole_sentence = _Sentence(norm, p_start, start - 1, lookback(p_start, start - 1))
            if whole_sentence.qs:
                out.sums.extend(_pairs_after_whole(whole_sentence, _Sentence(norm, start, end, quantities[i:j])))
        if before is None and lookback is not None and 2 <= j - i <= 8 and norm[start - 1:start] == "。" and \
                norm.startswith(_PERIOD_OPENERS, start):
            # (全年接待游客566.1万人次。上半年…，下半年…: the periods of the year the sentence before ends with)
            p_start = sentence_start(norm, max(0, start - 1 - CLAUSE_REACH), start - 1)
            year_sentence = _Sentence(norm, p_start, start - 1, lookback(p_start, start - 1))
            if year_sentence.qs:
                out.sums.extend(_periods_after_year(year_sentence, _Sentence(norm, start, end, quantities[i:j])))
        if lookback is not None and 2 <= j - i <= 4 and norm[start - 1:start] in ("。", "\n") and \
                _BASE_SENTENCE.match(norm, start) is not None:
            # (完成收入17409.9万元。上年同期为24032.5万元，同比下降19.53%: the value the sentence before ends with)
            out.changes.extend(_change_from_sentence_before(norm, start, end, quantities[i:j], lookback))
        if before is None and previous is not None and 2 <= j - i <= 8 and norm[start - 1:start] == "。" and \
                previous[1] == start - 1 and _bare_list(norm, start, end, quantities, i, j):
            # (一般公共预算支出86,294万元。教育支出36,381万元；城乡社区支出49,912万元。: a list of the whole's kinds)
            p_start, p_end, p_i, p_j = previous
            if p_j - p_i <= MAX_SENTENCE_QUANTITIES:
                whole_sentence = built if built is not None and built.start == p_start else \
                    _Sentence(norm, p_start, p_end, quantities[p_i:p_j])
                out.sums.extend(_list_after_whole(whole_sentence, _Sentence(norm, start, end, quantities[i:j])))
        if before is None and lookback is not None and 2 <= j - i <= 6 and norm[start - 1:start] == "。" and \
                norm.find("已", start, end) != -1 and _UNDERWAY.search(norm, start, end) is not None:
            # (确定民生实事36项。截至12月底，已完工24项，正在推进12项: the set of tasks in the sentence before)
            p_start = sentence_start(norm, max(0, start - 1 - CLAUSE_REACH), start - 1)
            whole_sentence = _Sentence(norm, p_start, start - 1, lookback(p_start, start - 1))
            if whole_sentence.qs:
                out.sums.extend(_statuses_after_whole(whole_sentence, _Sentence(norm, start, end, quantities[i:j])))
        if j - i == 1 and quantities[i].unit == "%" and lookback is not None and \
                norm.startswith(_COMPUTED_FROM_ABOVE, start):
            # (专任教师1628人。具有研究生学历1183人。据此计算，研究生学历教师占比为72.36%: the two figures above)
            found = _rate_computed_from_above(norm, start, end, quantities[i], lookback)
            if found is not None:
                out.rates.append(found)
                previous = (start, end, i, j)  # (a lone rate's other readings would find the same two figures)
                i = j
                continue
        if j - i == 2 and lookback is not None and quantities[i + 1].unit == "%" and \
                quantities[i].unit not in _RATE_UNITS and norm[start - 1:start] == "。" and \
                norm[quantities[i].clean_end:quantities[i + 1].clean_start] in ("，占", ",占", "，占比", "，占比为"):
            # (整治问题263个。乱占问题70个，占26.18%。: a part and its share, the whole the sentence before states)
            found = _share_after_its_whole(norm, start, end, quantities[i:j], lookback)
            if found:
                out.rates.extend(found)
                previous = (start, end, i, j)
                i = j
                continue
        if j - i == 1 and quantities[i].unit not in _RATE_UNITS:
            found = _total_after_list(before, norm, quantities[i], lookback) if before is not None else []
            if not found and before is not None and lookback is not None and norm.startswith("一是", start):
                found = _items_one_a_sentence(before, norm, start, lookback)  # 一是…76次。二是…78次。
            if not found and lookback is not None and (norm.find("共", start, quantities[i].clean_start) != -1 or
                                                       norm.find("计", start, quantities[i].clean_start) != -1):
                found = _named_items_total(norm, quantities[i], lookback)  # 新建和改造共计479个
            out.sums.extend(found)
        elif j - i == 2 and lookback is not None and norm[quantities[i].clean_start:quantities[i].clean_end] in (
                "两项", "二项") and quantities[i + 1].unit not in _RATE_UNITS:
            out.sums.extend(_named_items_total(norm, quantities[i + 1], lookback))  # 两项合计完成403个
        elif (j - i >= 2 or quantities[i].unit == "%") and j - i <= MAX_SENTENCE_QUANTITIES:
            qs = quantities[i:j]
            # (a sentence that goes on from the one before binds that one's whole too: 其中规模以上企业1953家，占比…)
            cues = _sentence_cues(norm, start, end, before.qs + qs if before is not None else qs) if use_cues else \
                SUM_CUE | PERCENT_CUE | CHANGE_CUE
            if cues:
                built = _Sentence(norm, start, end, qs, lookback)
                known, known_shares = len(out.sums), len(out.shares)
                _relations_of_sentence(built, out, cues, before)
                if (len(out.sums) > known or len(out.shares) > known_shares) and \
                        _OVERLAP_NOTE.search(norm, start, end) is not None:
                    # (老年人…，未成年人…（有交叉）: the groups overlap, the writer says)
                    del out.sums[known:]
                    del out.shares[known_shares:]
                if len(out.sums) > known and start >= 2 and norm[start - 1] == "\n" and \
                        norm[start - 2] in _LIST_GOES_ON:
                    # (土地纠纷145起；⏎邻里纠纷49起；物业纠纷160起；共计354起: the list began on the line before, so
                    # a total after it adds up more than this line holds)
                    # (but 东片：…，小计884户；⏎西片：…，小计1032户: a line that names its own group before a colon)
                    label = _GROUP_LABEL.match(norm, start)
                    out.sums[known:] = [r for r in out.sums[known:]
                                        if not (r.exhaustive and r.whole.clean_start > r.parts[-1].clean_start) or
                                        (label is not None and r.parts[0].clean_start >= label.end())]
                if cues & SUM_CUE and "中" in norm[start:start + 14]:
                    out.sums.extend(_back_frame(built, quantities, i))
            elif j - i == 1 and lookback is not None and qs[0].unit == "%":
                rate = None
                if _may_take_counts_after(norm, end, qs[0]):  # 结案率达到91%。具体来看，受理916起，已结案905起
                    rate = _lone_rate_with_counts_after(_Sentence(norm, start, end, qs, lookback))
                if rate is None and _may_take_counts_before(norm, start, end, qs[0]):
                    # 排查隐患10285处。…已完成整改9943处。经统计，整改率为96.7%
                    rate = _lone_rate_with_counts_before(_Sentence(norm, start, end, qs, lookback))
                if rate is not None:
                    out.rates.append(rate)
        if lookback is not None and norm[end:end + 1] in ("。", "；") and _ends_with_growth(quantities, i, j) and \
                (base_at := _base_sentence(norm, end)) != -1:
            change = _base_in_next_sentence(_Sentence(norm, start, end, quantities[i:j], lookback), base_at)
            if change is not None:  # 产值950.42亿元，同比增长29.70%。上年同期为732.79亿元。
                out.changes.append(change)
        elif lookback is not None and j - i == 2 and start > 0 and norm[start:start + 1] in _YEAR_FIRST and \
                (norm[start - 1:start] == "。" or norm[start - 2:start] == "。\n") and (
                    quantities[j - 1].unit == "%" or (
                    quantities[j - 1].unit == quantities[i].unit and quantities[i].unit not in _RATE_UNITS)):
            # (a growth in %, or an amount of change: 2023年，…915.08亿元，比上年增加52.74亿元)
            change = _base_in_sentence_before(_Sentence(norm, start, end, quantities[i:j], lookback))
            if change is not None:  # 2022年，税收收入为109.57亿元。2023年，税收收入达到125.02亿元，增长14.15%。
                out.changes.append(change)
        previous = (start, end, i, j)
        i = j
    if out.sums and (contains(norm, "另有") or contains(norm, "其余") or contains(norm, "此外")):
        out.sums = [_with_parts_in_next_sentence(norm, quantities, r, lookback)
                    if r.construction == "by-dimension" else r for r in out.sums]
    if out.rates and contains(norm, "基本满意"):
        out.rates = [_satisfied_in_all(norm, quantities, r) for r in out.rates]
    if out.rates:
        out.rates = [_as_corrected(norm, quantities, r) for r in out.rates]
        out.rates = [r if r.construction.startswith(("table", "key-value")) or r.real else
                     _nearer_whole(norm, quantities, r) for r in out.rates if not _on_another_basis(norm, r.rate)]
        if (contains(norm, "计算") if words is None else "计算" in words):
            out.rates = [r for r in (_over_basis_named(norm, quantities, r) for r in out.rates) if r is not None]
    if (out.sums or out.rates) and (contains(norm, "应为") or contains(norm, "更正为") or contains(norm, "改为")):
        _apply_later_corrections(norm, quantities, out)
    if len(out.changes) >= 2:  # (two readings of one change, 2018年为…，2019年为…，同比下降…: one finding)
        seen: set[tuple[int, int, int]] = set()
        out.changes = [c for c in out.changes if (key := (id(c.start), id(c.end), id(c.delta))) not in seen
                       and not seen.add(key)]
    for change in out.changes:
        if change.delta.negative:  # 同比增长-32.5%: a growth below zero is a fall of its size
            change.down = not change.down
    if out.changes or out.rates:
        _mark_growths_in_real_terms(norm, out)
    return out


#: a figure glued to Latin letters before it and followed by a measure word (政务APP53件): no quantity is read there
_GLUED_FIGURE = LazyRegex(r"[A-Za-z][0-9]+(?:\.[0-9]+)?(?=[件个人户次家项起元条])")


def _item_unread(s: _Sentence, r: SumRelation) -> bool:
    """Whether an item of the list *r* was left out of its parts, its figure glued to the Latin letters of its name
    (``政务APP53件``: no quantity is read there): such a figure stands among the parts, or just before the first.

    >>> from auditor.quantities import parse_quantities
    >>> text = "受理工单：政务APP53件，微信133件，信箱13件，以上共计199件"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> _item_unread(s, SumRelation(s.qs[-1], s.qs[:-1], True, "list-total"))
    True
    """
    first = min(p.clean_start for p in r.parts)
    last = max(p.clean_end for p in r.parts)
    lo = max(s.start, min(first, r.whole.clean_start) - 40)
    return _GLUED_FIGURE.search(s.norm, lo, last) is not None


#: 各 (or 各为, 各有) right before a part's number: the figure is each name's before it
_EACH_OF_THEM = ("各", "各为", "各有", "各是", "各达", "各计")
#: what joins the names that share a figure (提灌站、拦河坝; 堤防和涵闸)
_NAME_JOINS = LazyRegex(r"、|以及|和|及|与")


def _each_shared(norm: str, r: SumRelation) -> SumRelation | None:
    """*r* with a part stated once for several names (``提灌站、拦河坝各11座，小型泵站14座，共36座``: 11 for each of
    two) counted once a name; ``None`` when the names before 各 cannot be counted (one name, or none: 各 of something
    else).

    >>> from auditor.quantities import parse_quantities
    >>> text = "提灌站、拦河坝各11座，小型泵站14座，共36座"
    >>> qs = parse_quantities(text)
    >>> [int(p.value) for p in _each_shared(text, SumRelation(qs[2], qs[:2], True, "parts-then-total")).parts]
    [11, 11, 14]
    """
    parts: list = []
    changed = False
    for k, p in enumerate(r.parts):
        before = norm[max(0, p.clean_start - 2):p.clean_start]
        if not before.endswith(_EACH_OF_THEM):
            parts.append(p)
            continue
        mark = p.clean_start - (1 if before.endswith("各") else 2)
        floor = r.parts[k - 1].clean_end if k else 0
        if r.whole.clean_end <= p.clean_start:
            floor = max(floor, r.whole.clean_end)
        start = max(floor, *(norm.rfind(ch, 0, mark) + 1 for ch in "，,；;：:（("))
        names = [n for n in _NAME_JOINS.split(norm[start:mark]) if n.strip()]
        if len(names) < 2:
            return None
        parts.extend([p] * len(names))
        changed = True
    return SumRelation(r.whole, parts, r.exhaustive, r.construction, r.count) if changed else r


def _without_sibling_after_semicolon(norm: str, r: SumRelation) -> SumRelation:
    """*r*, or, for a breakdown (其中…) whose last parts stand after a ``；``, the breakdown up to the ``；`` when those
    parts alone make the whole: what follows names the rest of what its whole is one side of (``民生支出46.20亿元，
    其中教育19.17亿元、卫生健康9.11亿元…；其他支出12.74亿元``), or another figure (``其中60-64岁…，65-79岁…，80岁以上…；
    百岁老人55人``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "民生支出46亿元，其中教育19亿元、卫生27亿元；其他支出12亿元"
    >>> qs = parse_quantities(text)
    >>> [p.value for p in _without_sibling_after_semicolon(text, SumRelation(qs[0], qs[1:], True, "qizhong")).parts]
    [Fraction(1900000000, 1), Fraction(2700000000, 1)]
    """
    if r.construction not in _BREAKDOWNS or len(r.parts) < 3:
        return r
    for k in range(2, len(r.parts)):
        part = r.parts[k]
        gap = norm[r.parts[k - 1].clean_end:part.clean_start]
        if "；" not in gap and ";" not in gap:
            continue
        kept = r.parts[:k]
        if sum(p.low for p in kept) <= (r.whole.high if r.whole.high is not None else r.whole.value) and \
                sum((p.high if p.high is not None else p.value) for p in kept) >= r.whole.low and \
                all(p.high is not None for p in kept):
            # (其中60-64岁…，65-79岁…，80岁以上…；百岁老人55人: the parts before the ； make the whole, what follows is
            # another figure)
            return SumRelation(r.whole, kept, r.exhaustive, r.construction, r.count)
        return r
    return r


def _without_duplicated_part(norm: str, r: SumRelation) -> SumRelation:
    """*r* without the part that a ``不重复量`` part stands in for: a water resources total is its surface water
    and the groundwater that does not duplicate it, so the groundwater named in full is no part of the sum
    (``水资源总量100.5亿立方米，其中地表水61.8亿…，地下水82.6亿…，地下水与地表水不重复量38.7亿…``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "总量100.5亿立方米，其中地表水61.8亿立方米，地下水82.6亿立方米，地下水不重复量38.7亿立方米"
    >>> qs = parse_quantities(text)
    >>> [float(p.value) for p in _without_duplicated_part(text, SumRelation(qs[0], qs[1:], True, "qizhong")).parts]
    [6180000000.0, 3870000000.0]
    """
    unique = [p for p in r.parts if "不重复" in p.label]
    if len(unique) != 1 or len(r.parts) < 3:
        return r
    before = norm[max(0, unique[0].clean_start - 24):unique[0].clean_start]
    for mark in "，,、；;：:）)":
        before = before.rpartition(mark)[2]
    named = before.split("不重复")[0].split("与")[0].split("和")[0].rstrip("资源量")
    if len(named) < 2:
        return r
    stood_for = [p for p in r.parts if p is not unique[0] and named in p.label]
    if len(stood_for) != 1:
        return r
    return SumRelation(r.whole, [p for p in r.parts if p is not stood_for[0]], r.exhaustive, r.construction,
                       None if r.count is None else r.count - 1)


def _start_of(q: Quantity) -> int:
    return q.clean_start


#: what opens a sentence that goes on with the parts of a breakdown (从类别看，A…，B…。另有C…、D…。)
_MORE_PARTS = ("另有", "其余为", "其余是", "其余", "此外，", "此外,", "此外")


def _with_parts_in_next_sentence(norm: str, quantities: list[Quantity], r: SumRelation, lookback=None) -> SumRelation:
    """*r*, or *r* with the parts of the sentence after its last part when that sentence goes on with the
    breakdown (``另有…``, ``其余为…``, ``此外，…``) and only with them do the parts make the whole: a breakdown
    that a report spreads over two sentences (``全年发生火灾318起。从类别看，住宅火灾88起，车辆火灾85起。
    另有商业场所火灾42起、厂房火灾103起。``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "发生火灾318起。从类别看，住宅火灾88起，车辆火灾85起。另有商场火灾42起、厂房火灾103起。"
    >>> qs = parse_quantities(text)
    >>> found = _with_parts_in_next_sentence(text, qs, SumRelation(qs[0], qs[1:3], True, "by-dimension"))
    >>> [p.value for p in found.parts]
    [Fraction(88, 1), Fraction(85, 1), Fraction(42, 1), Fraction(103, 1)]
    """
    last = r.parts[-1]
    end = _SENTENCE_END.search(norm, last.clean_end)
    if end is None or not r.exhaustive:
        return r
    start = end.end()
    while norm[start:start + 1] in ("\n", " ", "\u3000"):
        start += 1  # (the sentence may start a line of its own)
    if not norm.startswith(_MORE_PARTS, start):
        return r
    stop = _SENTENCE_END.search(norm, start)
    stop_at = stop.start() if stop else len(norm)
    if lookback is not None:  # (only the quantities near cue words are parsed: the sentence's own, parsed for it)
        more = lookback(start, stop_at)
    else:
        k = bisect_left(quantities, start, key=_start_of)
        more = []
        while k < len(quantities) and quantities[k].clean_start < stop_at:
            more.append(quantities[k])
            k += 1
    if not more or len(more) > 4 or not all(q.unit == r.whole.unit and q.high is not None for q in more):
        return r
    low, high = r.whole.widened
    got = sum_interval(r.parts)
    if overlaps(got[0], got[1], low, high):
        return r  # (the parts make the whole already: what follows is something else)
    longer = [*r.parts, *more]
    got = sum_interval(longer)
    if not overlaps(got[0], got[1], low, high):
        return r
    return SumRelation(r.whole, longer, r.exhaustive, r.construction, r.count)


def _next_to(norm: str, end: int, start: int) -> bool:
    """Whether the sentence at *start* follows the one that ends at *end* with nothing between, or, for a total of
    what was listed above (以上合计, 上述…共), with at most a sentence or two without numbers between, in the same
    paragraph (``企业5982户；合作社2432户。坚持接诉即办。以上合计8414户。``), or for a breakdown's opener (按类型分，…)
    the same across two line breaks at most."""
    gap = norm[end:start]
    if not gap.strip("。！？!?\n \t"):
        return True
    if len(gap) > 160 or gap.count("。") > 3 or has_numbers(gap):
        return False
    if OPENS_BREAKDOWN.match(norm, start) is not None:
        return gap.count("\n") <= 2  # (从类型看，… may open a paragraph of its own, a sentence or two after its whole)
    return "\n" not in gap and norm.startswith(("以上", "上述"), start)


#: what an erratum says after the quotation it corrects: the figure's name, then what it should read
#: (原文“…办结率95.37%”中的办结率应为95.73%)
_CORRECTION = LazyRegex(r"[”\"」』][^，,。；;\n“”]{0,12}?(?:应为|应是|应更正为|应改为)[ \t“\"]*")


#: a figure restated after the statement that gave it, and corrected (上述按时办结率89.11%应为87.21%; 原报…总数3116件次
#: 有误，更正为3112件次): the words right after the restated figure, up to the corrected one
_LATER_CORRECTION = LazyRegex(r" ?(?:有误[，,]? ?)?(?:应为|应是|应更正为|更正为|应改为|改为)[ \t“\"]*")


def _later_corrections(norm: str, quantities: list[Quantity]) -> dict[int, Quantity]:
    """``id(figure) -> its correction``, for each figure that a later sentence restates as written and corrects
    (``…按时办结率89.11%。（注：上述按时办结率89.11%应为87.21%。）``): the figure the relations read is the one the
    document says is right.

    >>> from auditor.document import Document
    >>> text = "受理事项172件，按时办结150件，按时办结率89.11%。\\n（注：上述按时办结率89.11%应为87.21%。）"
    >>> [float(r.rate.value) for r in document_relations(Document("a.txt", text)).rates]
    [87.21]
    """
    fixes: dict[int, Quantity] = {}
    starts = [q.clean_start for q in quantities]
    for k, corrected in enumerate(quantities):
        if k == 0 or id(corrected) in fixes:
            continue
        restated = quantities[k - 1]
        m = _LATER_CORRECTION.match(norm, restated.clean_end)
        if m is None or m.end() != corrected.clean_start or restated.unit != corrected.unit or \
                restated.factor != corrected.factor:
            continue
        sentence = _sentence_start(norm, restated.clean_start)
        for j in range(bisect_left(starts, sentence) - 1, -1, -1):  # (the figure first given, nearest first)
            q = quantities[j]
            if q.value == restated.value and q.unit == restated.unit and q.factor == restated.factor:
                fixes[id(q)] = corrected
                break
    return fixes


def _apply_later_corrections(norm: str, quantities: list[Quantity], out: Relations) -> None:
    """The sums and rates of *out* read with the figures later sentences correct (:func:`_later_corrections`)."""
    fixes = _later_corrections(norm, quantities)
    if not fixes:
        return
    out.sums = [SumRelation(fixes.get(id(r.whole), r.whole), [fixes.get(id(p), p) for p in r.parts], r.exhaustive,
                            r.construction, r.count)
                if id(r.whole) in fixes or any(id(p) in fixes for p in r.parts) else r for r in out.sums]
    out.rates = [RateRelation(fixes.get(id(r.rate), r.rate), fixes.get(id(r.numerator), r.numerator),
                              fixes.get(id(r.denominator), r.denominator), r.construction, r.real, r.down)
                 if id(r.rate) in fixes or id(r.numerator) in fixes or id(r.denominator) in fixes else r
                 for r in out.rates]


def _as_corrected(norm: str, quantities: list[Quantity], rel: RateRelation) -> RateRelation:
    """*rel*, or, for a rate quoted by an erratum that corrects it (``勘误：原文“全年接诉515件，办结493件，办结率
    95.37%”中的办结率应为95.73%``), the same rate as corrected: the document itself says the quoted figure was
    wrong, and the correction is what must agree with the numbers.

    >>> from auditor.document import Document
    >>> text = "勘误：原文“全年接诉515件，办结493件，办结率95.37%”中的办结率应为95.73%，特此更正。"
    >>> [float(r.rate.value) for r in document_relations(Document("a.txt", text)).rates]
    [95.73]
    """
    rate = rel.rate
    close = rate.clean_end
    while norm[close:close + 1] == " ":
        close += 1
    if norm[close:close + 1] not in ("”", '"', "」", "』"):
        return rel  # (the rate does not end a quotation: nearly always)
    m = _CORRECTION.match(norm, close)
    if m is None:
        return rel
    k = bisect_left([q.clean_start for q in quantities], m.end())
    if k == len(quantities) or quantities[k].clean_start != m.end() or quantities[k].unit != "%":
        return rel
    return RateRelation(quantities[k], rel.numerator, rel.denominator, rel.construction, rel.real, rel.down)


def _nearer_whole(norm: str, quantities: list[Quantity], rel: RateRelation) -> RateRelation:
    """*rel*, or, for a rate that does not hold over its whole, the same rate over the one figure of the count's unit
    between that whole and the count, 其中 between it and the count, that it holds over (``共发放问卷825份，回收805份，
    回收率97.6%；其中有效问卷792份，有效率98.4%``: 其中 after a chain of wholes breaks down the nearest, 805; without
    其中, ``目标人群…，第一剂次接种…；全程接种…，全程接种率…`` is over the target group still), or of the count and
    the one named right before it together, when it holds for them (``三级手术1689台次，四级手术473台次，占手术总量
    （12193台次）的17.7%``).

    >>> from auditor.document import Document
    >>> text = "共发放问卷825份，回收805份，回收率97.6%；其中有效问卷792份，有效率98.4%。"
    >>> [int(r.denominator.value) for r in document_relations(Document("a.txt", text)).rates]
    [825, 805]
    """
    a, b = rel.numerator, rel.denominator
    # (a rescue is looked for only where one could be: a share (占) of a count named right before another, or 其中
    # between the whole and the count; most rates have neither, and the check that the rate holds is left to the rules)
    pair_gap = norm.find("占", a.clean_end, rel.rate.clean_start) != -1 and \
        _TWO_COUNTS_TAIL.search(norm, max(0, a.clean_start - 16), a.clean_start) is not None
    nearer = b.clean_end <= a.clean_start and norm.find("其中", b.clean_end, a.clean_start) != -1
    if (not pair_gap and not nearer) or rate_holds(rel.rate, a, b) is not False:
        return rel
    starts = _starts_of(quantities)
    k = bisect_left(starts, a.clean_start)
    if k and (before := quantities[k - 1]) is not b and before.unit not in _RATE_UNITS and compatible(before, a) and \
            before.qualifier is None and before.high is not None and a.high is not None and \
            _TWO_COUNTS_GAP.fullmatch(norm, before.clean_end, a.clean_start) is not None:
        pair = a.replace(value=a.value + before.value, low=a.low + before.low, high=a.high + before.high)
        if rate_holds(rel.rate, pair, b):  # (三级手术1689台次，四级手术473台次，占手术总量（12193台次）的17.7%)
            return RateRelation(rel.rate, pair, b, "rate-of-two-parts", rel.real, rel.down)
    if not nearer:
        return rel
    lo, hi = bisect_right(starts, b.clean_start), k
    if hi - lo > 6:
        return rel
    found = [q for q in quantities[lo:hi] if q.unit not in _RATE_UNITS and compatible(q, a) and q.value > a.value and
             q.qualifier is None and norm.find("其中", q.clean_end, a.clean_start) != -1 and
             not _in_brackets_or_earlier(norm, q) and rate_holds(rel.rate, a, q)]
    if len(found) != 1:
        return rel
    return RateRelation(rel.rate, a, found[0], rel.construction, rel.real, rel.down)


def _in_brackets_or_earlier(norm: str, q: Quantity) -> bool:
    """Whether *q* stands in brackets or names an earlier period's figure (（上年同期1,143件）, 去年…): no whole of this
    period's counts."""
    opening = max(norm.rfind("（", max(0, q.clean_start - 12), q.clean_start),
                  norm.rfind("(", max(0, q.clean_start - 12), q.clean_start))
    if opening != -1 and norm.find("）", opening, q.clean_start) == -1 and norm.find(")", opening, q.clean_start) == -1:
        return True
    return any(w in q.label for w in ("上年", "去年", "同期", "上月", "上季"))


#: what stands between two counts named one after the other (三级手术1689台次，四级手术…: a comma and a name)
_TWO_COUNTS_GAP = LazyRegex(r"[，,、][\u4e00-\u9fff]{1,8}")
#: … and a figure before it, looked for before the count (a quick test that the pair may be there)
_TWO_COUNTS_TAIL = LazyRegex(r"[0-9][^0-9，,、。；;]{0,4}[，,、][\u4e00-\u9fff]{1,8}$")


#: a rate's own note that it is reckoned on another basis than the figures beside it (（按已决赔款口径…）)
_ANOTHER_BASIS = LazyRegex(r"[ \t]*[（(][^（）()\n]{0,6}口径")


def _on_another_basis(norm: str, rate: Quantity) -> bool:
    """Whether a note in brackets right after *rate* names the basis it is reckoned on (``简单赔付率71.5%（按已决赔款
    口径，未含未决赔款准备金）``): not the figures of the sentence, which are then no operands of it."""
    return norm[rate.clean_end:rate.clean_end + 2].strip(" \t")[:1] in ("（", "(") and \
        _ANOTHER_BASIS.match(norm, rate.clean_end) is not None


#: a rate's note in brackets of the whole it is reckoned over (（按所投票数计算）)
_BASIS_NAMED = LazyRegex(r"[ \t]*[（(]按(?P<name>[^（）()\n，,]{1,12}?)(?:计算|统计)[)）]")


def _over_basis_named(norm: str, quantities: list[Quantity], rel: RateRelation) -> RateRelation | None:
    """*rel* over the whole its note in brackets names (``所投票数3717张，有效票3526张，…得3059票，得票率82.30%（按所投
    票数计算）``: over 3717), when a figure before it in its sentence is named so; ``None`` (not read) when none is;
    *rel* itself without such a note."""
    m = _BASIS_NAMED.match(norm, rel.rate.clean_end)
    if m is None:
        return rel
    name = m.group("name").removesuffix("的")
    lo = _sentence_start(norm, rel.rate.clean_start)
    named = [q for q in quantities if lo <= q.clean_start < rel.rate.clean_start and q.unit not in _RATE_UNITS and
             compatible(q, rel.numerator) and (name in q.label or name.removesuffix("数") in q.label)]
    if len(named) != 1:
        return None
    return RateRelation(rel.rate, rel.numerator, named[0], rel.construction, rel.real, rel.down)


def _starts_of(quantities: list[Quantity]) -> list[int]:
    return [q.clean_start for q in quantities]


def _satisfied_in_all(norm: str, quantities: list[Quantity], rel: RateRelation) -> RateRelation:
    """*rel*, or, for a satisfaction rate whose sentence counts the satisfied in grades (``表示满意58067人次、基本满意
    20816人次，满意率96.58%``), the rate over their sum: a 满意率 counts 非常满意, 满意 and 基本满意 alike (unless the
    rate agrees with the top grade alone: some surveys count only it).

    >>> from auditor.document import Document
    >>> text = "回访群众81678人次，其中满意58067人次、基本满意20816人次，满意率96.58%。"
    >>> [(r.numerator.value, r.denominator.value) for r in document_relations(Document("a.txt", text)).rates]
    [(Fraction(78883, 1), Fraction(81678, 1))]
    """
    rate, numerator = rel.rate, rel.numerator
    if rel.construction == "share-in-brackets":
        return rel  # (“基本满意”的338份（60.6%）: one grade's own share, not a rate of all the satisfied)
    # (满意率（含基本满意）93.53%: the rate's name stands before a note in brackets)
    name = rate.label or _BRACKETED_NOTE.sub("", norm[max(0, rate.clean_start - 20):rate.clean_start])
    lo = _sentence_start(norm, rate.clean_start)

    def grade(q: Quantity) -> str:  # (选择“满意”的1110份: the grade stands in quotes, before 的)
        return norm[max(lo, q.clean_start - 12):q.clean_start].rstrip("的”\"」’' ")

    if "满意" not in name or "不满意率" in name or not grade(numerator).endswith("满意"):
        return rel
    graded = [q for q in quantities if lo <= q.clean_start < rate.clean_start and q is not rel.denominator and
              compatible(q, numerator) and grade(q).endswith("满意") and not grade(q).endswith("不满意")]
    dissatisfied = grade(numerator).endswith("不满意")  # (the last grade, “不满意”的885份, taken for the satisfied)
    if dissatisfied and len(graded) == 1:
        return RateRelation(rate, graded[0], rel.denominator, rel.construction, rel.real, rel.down)
    if len(graded) < 2 or not any(grade(q).endswith("基本满意") for q in graded):
        return rel
    # (not where the rate says it holds the lower grade: 满意率（含基本满意）)
    top_alone = norm.find("含基本", max(lo, rate.clean_start - 16), rate.clean_start) == -1
    for q in graded if top_alone else ():
        if not grade(q).endswith("基本满意") and rate_holds(rate, q, rel.denominator):
            # (其中满意481份、基本满意62份…，满意率74%: over the top grade alone, as some surveys count it)
            return RateRelation(rate, q, rel.denominator, rel.construction, rel.real, rel.down)
    first, last = graded[0], graded[-1]
    total = Quantity(first.start, last.end, sum(q.value for q in graded), sum(q.low for q in graded),
                     sum(q.high for q in graded), numerator.unit, max(q.decimals for q in graded), None,
                     label="满意", clean_start=first.clean_start, clean_end=last.clean_end, factor=numerator.factor,
                     written_unit=numerator.written_unit, norm=norm)
    return RateRelation(rate, total, rel.denominator, rel.construction, rel.real, rel.down)


#: a measure whose growth is stated at comparable prices: its rate does not follow from the nominal amounts
#: (地区生产总值3200亿元，比上年增加210亿元，增长5.2%: 7 % in current prices, 5.2 % in real terms) …
_REAL_MEASURE = LazyRegex(r"生产总值|GDP|GNP|增加值")
#: … unless it only names a ratio to it (单位GDP能耗, 万元GDP能耗: energy, not money)
_PER_MEASURE_BEFORE = ("单位", "万元", "亿元", "每")
_PER_MEASURE_AFTER = ("能耗", "电耗", "水耗", "用水", "用电", "用地", "碳", "二氧化碳", "排放", "能源")
#: … or a rate said to be real (扣除价格因素实际增长5.1%, 按可比价格计算增长5.2%)
_REAL_RATE = LazyRegex(r"实际|可比价|不变价|扣除价格|剔除价格|价格因素")
#: … or in current prices (按现价计算增长8.1%, 名义增长): not in real terms, whatever its measure
_NOMINAL_RATE = LazyRegex(r"现价|当年价|名义")
#: the relations that compare a growth in % with the amounts it grew between
_GROWTH_RATES = frozenset(("growth-of-change", "growth-over-level", "growth-after-level"))
#: what ends a statement, for :data:`_REAL_MEASURE`
_SEGMENT_ENDS = "。；;！？!?\n"
#: a bracket right after a rate (增长5.2%（按可比价格计算）)
_BRACKET_AFTER = LazyRegex(r"[（(][^（()）。\n]{1,30}[)）]")


def _mark_growths_in_real_terms(norm: str, out: Relations) -> None:
    """Mark, in place, the growths in % of amounts (:class:`ChangeRelation` in %, ``growth-of-change``,
    ``growth-over-level``) whose measure is reckoned in real terms (:data:`_REAL_MEASURE`: GDP, value added;
    looked for from the start of the statement, after the last 。 or ；, to the rate) or whose rate says it is
    one (:data:`_REAL_RATE`, between the rate and the amount before it, or in a bracket right after the
    rate). Such a rate is the ratio of the amounts deflated by a price index the text does not give: the
    rules hold it to what prices could have done (:func:`~auditor.kinds.numeric.real_terms_band`).

    >>> from auditor.document import Document
    >>> text = "地区生产总值3200亿元，比上年增加210亿元，增长5.2%。"
    >>> [(r.real, r.down) for r in document_relations(Document("a.txt", text)).rates]
    [(True, False)]
    """
    def in_real_terms(rate: Quantity, *amounts: Quantity) -> bool:
        first = min(q.clean_start for q in amounts)
        begin = max(norm.rfind(ch, 0, first) for ch in _SEGMENT_ENDS) + 1
        before = max((q.clean_end for q in amounts if q.clean_end <= rate.clean_start), default=begin)
        clause = max(before, *(norm.rfind(ch, before, rate.clean_start) + 1 for ch in "，,；;"))
        if _NOMINAL_RATE.search(norm, clause, rate.clean_start):
            return False  # (按现价计算增长8.1%: said in its clause to be in current prices, whatever the measure)
        bracket = _BRACKET_AFTER.match(norm, rate.clean_end)
        if bracket is not None and _NOMINAL_RATE.search(bracket.group()):
            return False  # (增长22.0%（上年为235.15亿元，按现价计算）: or in a bracket right after the rate)
        for m in _REAL_MEASURE.finditer(norm, begin, rate.clean_start):
            if not norm.endswith(_PER_MEASURE_BEFORE, begin, m.start()) and \
                    not norm.startswith(_PER_MEASURE_AFTER, m.end()):
                return True
        if _REAL_RATE.search(norm, before, rate.clean_start):
            return True
        return bracket is not None and _REAL_RATE.search(bracket.group()) is not None  # 增长5.2%（按可比价格计算）

    for c in out.changes:
        if not c.points and c.delta.unit == "%" and c.start.unit != "%" and in_real_terms(c.delta, c.start, c.end):
            c.real = True
    for r in out.rates:
        if r.construction in _GROWTH_RATES and in_real_terms(r.rate, r.numerator, r.denominator):
            verb = _CHANGE_GAP.search(norm, max(0, r.rate.clean_start - 12), r.rate.clean_start)
            r.real, r.down = True, verb is not None and verb.group(1).startswith(_DOWN)


#: what ends a line whose list goes on on the next one
_LIST_GOES_ON = frozenset("；;，,、")
#: the words that open a sentence stating last year's value (上年同期为732.79亿元。)
_LAST_YEAR_NEXT = ("上年同期", "去年同期", "上年为", "去年为", "上年是", "去年是", "上年该", "去年该", "上年末",
                   "去年末", "上年底", "去年底", "上年同月", "去年同月", "上年上半年", "去年上半年", "年初余额",
                   "年初为")
_LAST_YEAR_VALUE = LazyRegex(r"(?:上年|去年|(?:19|20)[0-9]{2}年)(?:同期|同月|末|底|上半年)?(?:该项?指标|该项|的)?"
                             r"(?:为|是|达到|达)?$|年初(?:余额|总量|数)?(?:为|是|达到|达)?$"
                             # 上年同期，该项业务量为…: the same figure, named again after 该/此项
                             r"|(?:上年|去年)(?:同期|末|底)?[，,](?:该项|该|此项)[\u4e00-\u9fff]{0,6}?(?:为|是|达到|达)$")
#: … or named by its year (；2022年同期为1332.67万元)
_YEAR_BASE_NEXT = LazyRegex(r"(?:19|20)[0-9]{2}年(?:同期|末|底)?(?:为|是)")


def _ends_with_growth(quantities: list[Quantity], i: int, j: int) -> bool:
    """Whether the sentence of ``quantities[i:j]`` ends with a percentage that follows another quantity (a
    growth and what grew), or with points after a rate: the cheap test of :func:`_base_in_next_sentence`."""
    if j - i < 2:
        return False
    last, before = quantities[j - 1], quantities[j - 2]
    if last.unit not in _RATE_UNITS:  # an amount of change after what changed (比上年末增加9.51万人)
        return before.unit == last.unit and compatible(before, last)
    return (last.unit == "%" and before.unit not in _RATE_UNITS) or (last.unit == "百分点" and before.unit == "%")


def _base_sentence(norm: str, end: int) -> int:
    """Where the sentence after the one ending at *end* starts when it states last year's value (上年同期为…, 2022年
    同期为…), or the one after that when the sentence between holds no number (``同比增长19.1%。领导班子带头督办。上年该
    项指标为41,645件。``); ``-1`` when neither does."""
    near = norm[end:end + 120]
    if "年" not in near:
        return -1  # (every base below names a year)
    if near.startswith(_LAST_YEAR_NEXT, 1) or _YEAR_BASE_NEXT.match(norm, end + 1):
        return end + 1
    if "上年" not in near and "年同期" not in near:
        return -1  # (no base named near: the sentence after the next is not looked for)
    at = _after_filler(norm, end + 1)
    if at != -1 and (norm.startswith(_LAST_YEAR_NEXT, at) or _YEAR_BASE_NEXT.match(norm, at)):
        return at
    return -1


def _after_filler(norm: str, at: int) -> int:
    """The start of the sentence after a sentence at *at* that holds no number, on the same line (``-1``: none)."""
    stop = min((k for k in (norm.find(mark, at, at + 80) for mark in "。；\n") if k != -1), default=-1)
    if stop == -1 or norm[stop] == "\n" or any(ch.isdigit() for ch in norm[at:stop]):
        return -1
    return stop + 1


#: a sentence that opens with its year (2023年，…)
_YEAR_OPENS = LazyRegex(r"[ \t\u3000]*((?:19|20)[0-9]{2})年")
#: … or this year's same period (今年同期，…: the sentence before names last year's by its year)
_THIS_YEAR_OPENS = LazyRegex(r"[ \t\u3000]*(?:今年|本年)(?:同期)?")
#: … and last year, opening the sentence before (上年全市…死亡190人。今年死亡155人，同比下降…)
_LAST_YEAR_OPENS = LazyRegex(r"[ \t\u3000]*(?:上年|去年|上一年)")
_YEAR_FIRST = frozenset(" \t\u300012今本")


#: 多 or 少 right after last year named as what is compared with (较上年多33起): an amount of change
_MORE_THAN_LAST_YEAR = LazyRegex(r"(?:较|比)(?:上年|去年|上年同期|去年同期)(?:多|少)了?$")


def _base_in_sentence_before(s: _Sentence) -> ChangeRelation | None:
    """A value and its growth (or its amount of change) in a sentence that opens with its year, after a sentence of the
    year before that states the same figure alone (``2022年，全县税收收入为109.57亿元。2023年，税收收入达到125.02亿元，
    增长14.15%。``; ``…，比上年增加15.45亿元``; a sentence without numbers may stand between, in the paragraph; a remark
    without numbers may end the sentence): the change from that base.

    >>> from auditor.document import Document
    >>> text = "2022年，全县税收收入为109.57亿元。2023年，税收收入达到125.02亿元，增长14.10%。"
    >>> [(float(c.start.value), float(c.end.value), float(c.delta.value)) for c in
    ...  document_relations(Document("a.txt", text)).changes]
    [(10957000000.0, 12502000000.0, 14.1)]
    """
    norm = s.norm
    now = _YEAR_OPENS.match(norm, s.start)
    this_year = now is None and _THIS_YEAR_OPENS.match(norm, s.start) is not None
    if now is None and not this_year:
        return None
    p_end = s.start - 1
    if norm[p_end] == "\n" and norm[p_end - 1:p_end] == "。":
        p_end -= 1  # (2020年…120起。⏎2021年…133起，较上年多13起: the year before, the line before)
    for _ in range(2):  # (the sentence before, or the one before a sentence without numbers)
        p_start = sentence_start(norm, max(0, p_end - 200), p_end)
        if p_start == 0 or norm[p_start - 1] in "\n" or any(ch.isdigit() for ch in norm[p_start:p_end]) or \
                norm[p_start - 1] != "。" or s.start - p_end > 80:
            break
        p_end = p_start - 1
    then = _YEAR_OPENS.match(norm, p_start)
    if then is None and this_year and _LAST_YEAR_OPENS.match(norm, p_start) is not None:
        then = _LAST_YEAR_OPENS.match(norm, p_start)  # (上年…。今年…: the years named by their words)
    if then is None or (now is not None and int(then.group(1)) != int(now.group(1)) - 1) or \
            ("\n" in norm[p_end:s.start] and norm[p_end:s.start] != "。\n"):
        return None  # (2020年1—8月，…。今年同期，…: the year before is named by its number, the later by 今年)
    before = s.lookback(p_start, p_end)
    if len(before) != 1:
        return None
    base = before[0]
    qs = s.qs
    rate, value = qs[1], qs[0]
    verb = _CHANGE_GAP.search(norm, max(s.start, rate.clean_start - 12), rate.clean_start)
    rest = norm[rate.clean_end:s.end].strip()
    if verb is None or s.roles[1] != DELTA or s.roles[0] not in (PLAIN, CHANGE_TO) or value.qualifier or \
            (rest and (rest[0] not in "，," or len(rest) > 24 or any(ch.isdigit() for ch in rest))) or \
            base.qualifier or base.value <= 0 or base.unit != value.unit or \
            (not base.unit and base.factor != value.factor) or \
            _common(base.label, value.label) < (2 if this_year and now is None else 3):
        return None  # (after the change, at most a remark without numbers: ，取得了阶段性成效)
    lo = max(s.start, rate.clean_start - 8)
    if rate.unit != "%" and not _STRONG_DELTA_PREFIX.search(norm, lo, rate.clean_start) and \
            not _MORE_THAN_LAST_YEAR.search(norm, lo, rate.clean_start):
        return None  # (an amount of change named by its verb: 比上年增加, 减少)
    down = any(verb.group(1).startswith(w) for w in _DOWN)
    return ChangeRelation(base, value, rate, down, False, "change-base-before")


def _base_in_next_sentence(s: _Sentence, base_at: int | None = None) -> ChangeRelation | None:
    """A growth at the end of a sentence whose base is stated by the next one (``规上工业总产值完成950.42亿元，
    同比增长29.70%。上年同期为732.79亿元。``; in points: ``报告率降至9.2%，比上年降低2.3个百分点。上年该指标为
    11.5%。``): the change from that base to the value before the growth.

    >>> from auditor.document import Document
    >>> text = "总产值完成950.42亿元，同比增长29.70%。上年同期为732.79亿元。"
    >>> [(c.start.value, c.end.value, c.delta.value) for c in document_relations(Document("a.txt", text)).changes]
    [(Fraction(73279000000, 1), Fraction(95042000000, 1), Fraction(297, 10))]
    """
    qs = s.qs
    k = len(qs) - 1
    rate, value = qs[k], qs[k - 1]
    verb = _CHANGE_GAP.search(s.norm, max(s.start, rate.clean_start - 12), rate.clean_start)
    if s.roles[k] != DELTA or verb is None or s.roles[k - 1] not in (PLAIN, AVERAGE, CHANGE_TO) or value.qualifier or \
            s.norm[rate.clean_end:s.end].strip():
        return None
    at = s.end + 1 if base_at is None else base_at
    ends = [k for k in (s.norm.find("。", at, at + 40), s.norm.find("；", at, at + 40)) if k != -1]
    if not ends:
        return None
    following = min(ends)
    found = s.lookback(at, following)
    if len(found) != 1 or not (found[0].unit == value.unit and (found[0].unit or found[0].factor == value.factor)) or \
            not _LAST_YEAR_VALUE.search(s.norm, at, found[0].clean_start) or found[0].value <= 0:
        return None
    down = any(verb.group(1).startswith(w) for w in _DOWN)
    return ChangeRelation(found[0], value, rate, down, rate.unit == "百分点", "change-base-after")


def _sentence_cues(norm: str, start: int, end: int, qs: list[Quantity]) -> int:
    """The kinds of relation the sentence ``norm[start:end]`` with quantities *qs* may hold: those it has
    the words for (:func:`~auditor.quantities.relation_cues`), and of those only the kinds its
    quantities can fill, read off the grammar below:

    * a sum binds a whole and at least one part, none of them a rate (% or 个百分点), all of one unit
      class (:func:`compatible`; :func:`_two_compatible`);
    * a change binds three quantities (from, to, by how much);
    * a rate, a share or a GRIM check needs a percentage, and the word that makes it one (率, 进度; 占,
      占比, 比重, 比例, 份额; 构成, 结构; 任务的, 计划的; a clause 为…的, 相当于; 满意, whose grades are
      shares of one survey) or a fraction right after it
      (``92.4%（305/341）``); without the fraction, also a quantity to go with it
      (:func:`_percent_has_company`); a change between years or over last year's value needs three
      quantities and 上年/去年 or 百分点.

    >>> from auditor.quantities import parse_quantities
    >>> text = "同比增长12%，环比提高2个百分点。"
    >>> relation_cues(text, 0, len(text)) == PERCENT_CUE, _sentence_cues(text, 0, len(text), parse_quantities(text))
    (True, 0)
    """
    cues = relation_cues(norm, start, end)
    if cues & SUM_CUE and not _two_compatible(qs) and not (
            norm.find("、", start, end) != -1 and _UNITS_AFTER.search(norm, start, end) is not None):
        cues &= ~SUM_CUE  # (but 合计2900件（份、条、次） adds up items each counted otherwise)
    if cues & CHANGE_CUE and len(qs) < 3:
        cues &= ~CHANGE_CUE
    if cues & PERCENT_CUE and not any(q.unit == "%" and _has_fraction(norm, q) for q in qs) and (
            not _percent_has_company(qs, norm) or not _RATE_OR_SHARE_WORDS.search(norm, start, end)) and (
            len(qs) < 3 or not _CHANGE_STATED.search(norm, start, end)) and not (
            norm.find("指数", start, end) != -1 and _BASE_100_INDEX.search(norm, start, end) is not None):
        cues &= ~PERCENT_CUE  # (but 价格指数为101.5，上涨1.5%: an index and its change, :func:`_index_changes`)
    return cues


def _two_compatible(qs: list[Quantity]) -> bool:
    """Whether two of *qs* that are not rates are :func:`compatible` (what every sum binds at least: a
    whole and a part). ``走访5人次，资金3千元`` has none: persons and yuan do not add up.

    >>> from auditor.quantities import parse_quantities
    >>> [_two_compatible(parse_quantities(t)) for t in ("5人次，3千元", "5人，3人", "数22313、3895", "5户，30%，3亩")]
    [False, True, True, False]
    """
    units: set[str] = set()
    bare = None
    others = []
    for q in qs:
        unit = q.unit
        if unit in _RATE_UNITS:
            continue
        if unit in units:
            return True  # (two of one unit, two bare numbers among them)
        units.add(unit)
        if unit:
            others.append(q)
        else:
            bare = q
    return bare is not None and any(compatible(bare, q) for q in others)


def _percent_has_company(qs: list[Quantity], norm: str) -> bool:
    """Whether a percentage of *qs* (one sentence's quantities, in order) has what a rate, a share or a
    GRIM check binds it with: a quantity that is not a rate before it (a rate's numerator and
    denominator, a survey's count: :func:`_rate_relations` and :func:`_grim_relations` look before the
    percentage), one after it when a colon or a bracket opens right after the percentage, two after it
    when a comma does (*norm*: the text; :func:`_counts_after`), or another percentage (shares).
    ``办结率达100%`` alone has none.

    >>> from auditor.quantities import parse_quantities
    >>> texts = ("办结率达100%", "受理620件，办结率96%", "占40%、60%", "结案率96%：受理600件", "结案率96%，受理600件",
    ...          "结案率96%，受理600件，结案576件")
    >>> [_percent_has_company(parse_quantities(t), t) for t in texts]
    [False, True, True, True, False, True]
    """
    other_before = False
    percents = 0
    opened = False  # a % followed by a colon or a bracket, waiting for a count
    after_comma = -1  # a % followed by a comma: the counts after it (two are needed)
    for q in qs:
        if q.unit == "%":
            percents += 1
            if other_before or percents == 2:
                return True
            follower = norm[q.clean_end:q.clean_end + 1]
            opened = opened or follower in _COUNTS_OPEN
            if after_comma < 0 and follower in "，,":
                after_comma = 0
        elif q.unit not in _RATE_UNITS:
            if opened or after_comma == 1:
                return True
            if after_comma == 0:
                after_comma = 1
            other_before = True
    return False


def _sentence_start(norm: str, offset: int) -> int:
    """Start of the sentence holding *offset*: the character after the last 。！？!? or line break."""
    lo = max(0, offset - 400)
    # a sentence longer than 400 characters is read from 400 characters back: the look-back stays bounded
    return sentence_start(norm, lo, offset)


def _relations_of_sentence(s: _Sentence, out: Relations, cues: int, before: _Sentence | None = None) -> None:
    """The relations of sentence *s*; *before*: the sentence just before it, when *s* goes on from it
    (:data:`~auditor.quantities.CONTINUES`: 其中… may break down its whole)."""
    # (依次为 lists in order as 分别为 does: read as it)
    markers = [(m.start(), m.end(), m.group() if m.group()[0] != "依" else "分别" + m.group()[2:])
               for m in _MARKER.finditer(s.norm, s.start, s.end)]
    sums = _sum_relations(s, markers) if cues & SUM_CUE else []
    if before is not None and cues & SUM_CUE:
        sums.extend(_breakdown_of_whole_before(before, s, markers, sums))
        if not markers and not sums:
            sums.extend(_rest_of_whole_before(before, s))
    if before is not None and cues & SUM_CUE and s.norm.startswith("一是", s.start):
        items = _counted_items(s, before)
        if items:  # (an item's own 共/计 is not a total of the others)
            used = {id(q) for r in items for q in r.parts}
            sums = [r for r in sums if not any(id(q) in used for q in (r.whole, *r.parts))] + items
    if cues & SUM_CUE and len(s.qs) >= 3 and ("全年" in s.norm[s.start:s.end] or (
            "季度" in s.norm[s.start:s.end] and _SO_FAR.search(s.norm, s.start, s.end) is not None)):
        year = _year_of_periods(s)
        if year:  # (the periods are the year's reading: a list sum of them all would count subtotals twice)
            sums = [r for r in sums if r.whole is not year[0].whole] + year
    if cues & SUM_CUE and len(s.qs) >= 4:
        paired = _paired_lists(s, before)
        if paired:  # (the columns are the reading: nothing else binds their numbers)
            used = {id(q) for r in paired for q in (r.whole, *r.parts)}
            paired = _complete_columns(paired, sums)
            sums = [r for r in sums if not any(id(q) in used for q in (r.whole, *r.parts))] + paired
    if before is not None and cues & SUM_CUE and len(s.qs) >= 4 and s.norm.startswith("其中", s.start):
        verbs = _verb_paired_lists(s, before)
        if verbs:  # (each verb's column is the reading, as with the pairs of two units)
            used = {id(q) for r in verbs for q in (r.whole, *r.parts)}
            sums = [r for r in sums if not any(id(q) in used for q in (r.whole, *r.parts))] + verbs
    if cues & SUM_CUE and len(s.qs) >= 3 and _ATTENDANCE_CUE.search(s.norm, s.start, s.end):
        sums.extend(_attendance(s))
    if cues & SUM_CUE and len(s.qs) >= 3 and (k := s.norm.find("扣除", s.start, s.end)) != -1:
        wholes = {id(r.whole) for r in sums}
        sums.extend(r for r in _deductions(s, k) if id(r.whole) not in wholes)
    if cues & SUM_CUE and len(s.qs) >= 3 and s.norm.find("已", s.start, s.end) != -1 and \
            _UNDERWAY.search(s.norm, s.start, s.end) is not None:
        wholes = {id(r.whole) for r in sums}
        sums.extend(r for r in _progress_statuses(s) if id(r.whole) not in wholes)
    if cues & SUM_CUE and len(s.qs) >= 3 and (s.norm.find("：", s.start, s.end) != -1 or
                                               s.norm.find(":", s.start, s.end) != -1):
        bound = {id(q) for r in sums for q in (r.whole, *r.parts)}
        sums.extend(_total_then_colon(s, bound))
    if cues & SUM_CUE and len(s.qs) >= 3 and s.norm.find("超", s.start, s.end) != -1:
        sums.extend(_beyond_plan(s))
    if len(s.qs) >= 3 and s.norm[s.start:s.start + 1].isdigit() and s.norm.find("月", s.start, s.start + 8) != -1 and \
            _MONTH_SPAN.match(s.norm, s.start) is not None:
        sums.extend(_months_of_span(s))  # 3月至8月，排查隐患738处，3月116处，…，8月8处
    if cues & SUM_CUE and len(s.qs) >= 3 and s.norm.find("调整后", s.start, s.end) != -1:
        sums.extend(_budget_adjustment(s))
    if cues & SUM_CUE and len(s.qs) >= 3 and s.norm.find("负债", s.start, s.end) != -1:
        sums.extend(_balance_sheet(s))
    if cues & SUM_CUE and len(s.qs) >= 3 and (((s.norm.find("结余", s.start, s.end) != -1 or
                                                s.norm.find("缺口", s.start, s.end) != -1 or
                                                s.norm.find("收支相抵", s.start, s.end) != -1) and
                                               s.norm.find("支出", s.start, s.end) != -1) or
                                              (s.norm.find("毛利", s.start, s.end) != -1 and
                                               s.norm.find("成本", s.start, s.end) != -1)):
        sums.extend(_income_and_spending(s))  # (and 营业收入…，营业成本…，毛利…: the revenue less its cost)
    if cues & SUM_CUE and len(s.qs) >= 3 and (colon := s.norm.find("①", s.start, s.end)) != -1 and \
            s.norm[colon - 1:colon] in ("：", ":"):
        bound = {id(q) for r in sums for q in (r.whole, *r.parts)}
        sums.extend(_circled_after_colon(s, colon, bound))
    if cues & SUM_CUE and len(s.qs) >= 3 and not sums and not markers and (
            s.norm.find("共", s.start, s.end) != -1 or s.norm.find("各", s.start, s.end) != -1):
        sums.extend(_kinds_after_total(s, set()))
    if cues & SUM_CUE and sums and (s.norm.find("；", s.start, s.end) != -1 or s.norm.find(";", s.start, s.end) != -1):
        sums = [_without_sibling_after_semicolon(s.norm, r) for r in sums]
    if sums and s.norm.find("不重复", s.start, s.end) != -1:  # (the groundwater that a 不重复量 stands in for)
        sums = [_without_duplicated_part(s.norm, r) for r in sums]
    if sums and s.norm.find("各", s.start, s.end) != -1:  # 提灌站、拦河坝各11座: one figure for each name before 各
        sums = [r for r in (_each_shared(s.norm, r) for r in sums) if r is not None]
    if sums and _GLUED_FIGURE.search(s.norm, s.start, s.end) is not None:
        sums = [r for r in sums if not _item_unread(s, r)]
    if s.split_marks:  # (a whole or a part that text extraction broke apart, 122,1 10元: its value is not known)
        sums = [r for r in sums if not any(_split_number(s.norm, q) for q in (r.whole, *r.parts))]
    out.sums.extend(sums)
    if cues & PERCENT_CUE and any(q.unit == "%" for q in s.qs):
        rates = _rate_relations(s, markers, sums)
        if not rates and before is not None and len(s.qs) == 2 and OPENS_BREAKDOWN.match(s.norm, s.start):
            rates = _share_of_whole_before(before, s)  # 公路189条。从类型看，县道最多，为94条，占比49.7%
        sentence = s.norm[s.start:s.end]
        if any(w in sentence for w in _LAST_YEAR) or "增加" in sentence or "减少" in sentence:
            rates.extend(_growth_of_change(s))
        if sentence.count("年") >= 2:
            out.changes.extend(_change_between_years(s))
        if "百分点" in sentence and _COMPARED_RATE.search(sentence):
            out.changes.extend(_points_against_another(s))
        if "百分点" in sentence and ("速" in sentence or "幅" in sentence) and sentence.count("%") >= 2:
            out.changes.extend(_growth_speed_changes(s))
        if "指数" in sentence:  # (价格指数为102.7（上年=100），即比上年上涨2.7%: the index less 100)
            out.changes.extend(_index_changes(s))
        if "分别" in sentence and sentence.count("%") >= 2:  # 分别增长12.8%和13.9%；上年分别为…
            respective = _respective_changes(s)
            if respective:
                bound = {id(c.delta) for c in out.changes}
                out.changes.extend(c for c in respective if id(c.delta) not in bound)
        if "自然增长率" in sentence and "出生率" in sentence and "死亡率" in sentence:
            natural = _natural_growth(s)
            if natural is not None:  # 出生率11.54‰，死亡率8.94‰，自然增长率2.60‰
                out.changes.append(natural)
        out.rates.extend(rates)
        out.shares.extend(_share_relations(s))
        bound = {id(r.rate) for r in rates}
        out.grims.extend(g for g in _grim_relations(s) if id(g.rate) not in bound)
    if cues & CHANGE_CUE:
        out.changes.extend(_change_relations(s))
    if len(s.qs) >= 3 and s.norm.find("差", s.start, s.end) != -1 and s.norm.find("口", s.start, s.end) != -1:
        out.changes.extend(_trade_balance(s))


#: the labels of a trade's exports, imports and balance (出口额为, 进口, 贸易顺差)
_EXPORTS = LazyRegex(r"(?<!进)出口(?:额|总额|值)?[为达是了约]{0,2}$")
_IMPORTS = LazyRegex(r"进口(?:额|总额|值)?[为达是了约]{0,2}$")
_TRADE_BALANCE = LazyRegex(r"(顺差|逆差)(?:额)?[为达是了约]{0,2}$")


def _trade_balance(s: _Sentence) -> list[ChangeRelation]:
    """``出口125.05亿元、进口21.99亿元，贸易顺差103.06亿元``: a surplus is exports less imports, a deficit (逆差)
    imports less exports; read as a ``difference`` (TO003).

    >>> from auditor.quantities import parse_quantities
    >>> text = "其中出口125.05亿元、进口21.99亿元，贸易顺差103.16亿元"
    >>> c = _trade_balance(_Sentence(text, 0, len(text), parse_quantities(text)))[0]
    >>> float(c.end.value - c.start.value) / 1e8, float(c.delta.value) / 1e8
    (103.06, 103.16)
    """
    found: dict[str, Quantity] = {}
    for k, q in enumerate(s.qs):
        if s.roles[k] != PLAIN or q.unit in _RATE_UNITS:
            continue
        label = q.label
        if "口" in label:
            for name, pattern in (("exports", _EXPORTS), ("imports", _IMPORTS)):
                if name not in found and pattern.search(label):
                    found[name] = q
        elif "差" in label and "balance" not in found and (m := _TRADE_BALANCE.search(label)):
            found["balance"] = q
            found["deficit"] = q if m.group(1) == "逆差" else None
    if len(found) < 4 or not (compatible(found["exports"], found["imports"]) and
                              compatible(found["exports"], found["balance"])):
        return []
    exports, imports, balance = found["exports"], found["imports"], found["balance"]
    if not exports.clean_start < balance.clean_start or not imports.clean_start < balance.clean_start:
        return []
    if found["deficit"] is not None:
        return [ChangeRelation(exports, imports, balance, False, False, "difference")]
    return [ChangeRelation(imports, exports, balance, False, False, "difference")]


# ---------------------------------------------------------------------------------------------- sums

#: every word :func:`_is_sum_word` looks for holds one of these (most prefixes hold none: no search then)
_SUM_WORD_CHARS = "共计数"


def _is_sum_word(prefix: str) -> bool:
    if all(ch not in prefix for ch in _SUM_WORD_CHARS) and "总量" not in prefix:
        return False  # (量 alone is everywhere, 数量, 质量: only 总量 names a total)
    if _SUM_WORD.search(prefix) is None and _SUM_BEFORE_NUMBER.search(prefix) is None:
        return False
    # ②小学共81所, (1)求助类共5489件: an item of a numbered list, not a total
    return "共" not in prefix or _ITEM_OF_A_LIST.search(prefix) is None


#: an item's number in a numbered list, before the item's words (②小学共, (1)求助类共)
_ITEM_OF_A_LIST = LazyRegex(r"[①-⑳][^①-⑳，,。；;]{1,12}共|^[(（][0-9一二三四五六七八九十]{1,2}[)）][^，,。；;]{1,12}共")


#: a clause that holds only a sum word before the total: …前期项目19个；共计：29个
_TOTAL_CLAUSE = LazyRegex(r"\s*(?:以上|上述|一季度|上半年)?(?:共计|合计|总计|累计|总共|一共|共)[：:为是]?\s*")
def _total_of_the_list(s: _Sentence, semicolon: int, total: Quantity) -> bool:
    """Whether the clause after *semicolon*, which ends with *total*, names the total of the list before it: a sum word
    after a name that shares two characters in a row with the item right before the ``；`` (``职工基本医疗保险…；
    城乡居民基本医疗保险…；基本医疗保险参保总量…``), not another group's whole (``…第3针124人；工作人员总数602人``).

    >>> from auditor.quantities import parse_quantities
    >>> def named(text):
    ...     s = _Sentence(text, 0, len(text), parse_quantities(text))
    ...     return _total_of_the_list(s, text.rfind("；"), s.qs[-1])
    >>> named("职工医疗保险310人；居民医疗保险92人；医疗保险参保总量402人"), named("第3针124人；工作人员总数602人")
    (True, False)
    >>> named("急难型临时救助148人次，支出型临时救助121人次；共计临时救助269人次")
    True
    """
    m = _NAMED_TOTAL_CLAUSE.fullmatch(s.norm, semicolon + 1, total.clean_start) or \
        _SUM_THEN_NAME_CLAUSE.fullmatch(s.norm, semicolon + 1, total.clean_start)
    if m is None:
        return False
    k = bisect_left(s.starts, semicolon) - 1
    return k >= 0 and _common(m.group("name"), s.local_prefix(s.qs[k])) >= 2


#: a clause that names the total of the list before it, after a ；: its name, then a sum word (…；基本医疗保险参保
#: 总量757229人; not 累计, which may count what came before the list)
_NAMED_TOTAL_CLAUSE = LazyRegex(r"\s*(?P<name>[\u4e00-\u9fff]{1,12}?)(?:总量|总数|总计|合计|共计)(?:为|是|达到|达)?\s*")
#: … the sum word first, then the name (…；共计临时救助27018人次)
_SUM_THEN_NAME_CLAUSE = LazyRegex(r"\s*(?:总计|合计|共计)(?P<name>[\u4e00-\u9fff]{2,12}?)(?:为|是|达到|达)?\s*")
#: a sentence that adds up the list before it: 合计…, 以上合计…, 以上四个村排查隐患合计…
_TOTAL_SENTENCE = LazyRegex(r"\s*(?:\*[ \t\u3000]*|注[：:][ \t\u3000]*)?"  # (a footnote's: * 以上各项合计为…, 注：…)
                            r"(?:(?:以上|上述)[^，,。；;\n]{0,20}?|全年|全部)?(?:共计|合计|总计|累计|总共|一共|共)"
                            r"(?:[：:为是]|达到|达)?\s*"
                            # 以上合计绿地131.88公顷: after 以上, the sum word and what the items are
                            r"|\s*(?:以上|上述)[^，,。；;\n]{0,20}?(?:共计|合计|总计)[^\s，,。；;0-9增减降升提]{1,6}?"
                            r"(?:[：:为是]|达到|达)?\s*"
                            # 以上两个镇共转移就业…: after 以上, 共 and the doing of the list's items
                            r"|\s*(?:(?:以上|上述)[^，,。；;\n]{0,20}?|全年)共(?:" + SUM_VERBS + r")"
                            r"[\p{Han}]{0,6}?(?:[：:为]|达到|达)?\s*"
                            # 各类合计社会消费品零售总额…, 综上，共计…: the kinds above added up, the whole named
                            r"|\s*(?:各类|各项|综上[，,]?|总的看[，,]?|总体看[，,]?)(?:共计|合计|总计)"
                            r"[^\s，,。；;0-9增减降升提]{0,12}?(?:[：:为是]|达到|达)?\s*")


#: the marks of counted items (一是, 二是 …), in order
_ITEM_MARKS = tuple(f"{n}是" for n in "一二三四五六七八九十")
#: what may stand between an item's mark and its number: a short name, or a short clause then 计/共
_ITEM_NAME = LazyRegex(r"[^，,；;。：:、0-9]{1,16}(?:[，,](?:计|共计|共))?")


def _counted_items(s: _Sentence, before: _Sentence) -> list[SumRelation]:
    """``全区查处违法案件37起。一是计量违法案件16起；二是食品安全案件12起。``: items counted one by one (一是, 二是 …,
    one a clause of the list, each a short name and one number), after a sentence that ends with their
    whole: a breakdown that may be partial (``enumerated``), like 其中's.

    >>> from auditor.document import Document
    >>> text = "全区查处违法案件37起。一是计量违法案件16起；二是食品安全案件22起。"
    >>> [(r.whole.value, len(r.parts), r.construction) for r in document_relations(Document("a.txt", text)).sums]
    [(Fraction(37, 1), 2, 'enumerated')]
    """
    k = len(before.qs) - 1
    if k < 0:
        return []
    whole = before.qs[k]
    if not _bindable(before, k) or before.roles[k] != PLAIN or whole.high is None or \
            before.norm[whole.clean_end:before.end].strip("。 \t") or s.norm[before.end:s.start].strip("。 \t\r\n"):
        return []  # (the whole ends its sentence, the items start the next one)
    marks = []
    pos = s.start
    for n, mark in enumerate(_ITEM_MARKS):
        at = s.norm.find(mark, pos, s.end)
        if at == -1 or (n == 0 and at != s.start):
            break
        marks.append(at)
        pos = at + 2
    if len(marks) < 2:
        return []
    bounds = [*marks, s.end]
    parts = []
    for a, b in pairwise(bounds):
        inside = [j for j in range(len(s.qs)) if a <= s.qs[j].clean_start < b]
        if len(inside) != 1:
            return []
        j = inside[0]
        q = s.qs[j]
        if not compatible(q, whole) or not _bindable(s, j) or s.paren[j] or \
                not _ITEM_NAME.fullmatch(s.norm, a + 2, q.clean_start):
            return []
        parts.append(q)
    return [SumRelation(whole, parts, False, "enumerated")]


def _items_one_a_sentence(before: _Sentence, norm: str, start: int, lookback) -> list[SumRelation]:
    """``全年共开展专项行动183次。一是应急演练76次。二是安全检查78次。三是宣传培训29次。``: items counted one by
    one, each a sentence of its own (one number, a short name before it), after the sentence that ends with their
    whole: a breakdown that may be partial (``enumerated``), as :func:`_counted_items` reads one in a sentence.

    >>> from auditor.document import Document
    >>> text = "全年共开展专项行动183次。一是应急演练76次。二是安全检查78次。三是宣传培训37次。"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in document_relations(Document("a.txt", text)).sums]
    [(Fraction(183, 1), [Fraction(76, 1), Fraction(78, 1), Fraction(37, 1)])]
    """
    k = len(before.qs) - 1
    if k < 0:
        return []
    whole = before.qs[k]
    if not _bindable(before, k) or before.roles[k] != PLAIN or whole.high is None or \
            before.norm[whole.clean_end:before.end].strip("。 \t") or norm[before.end:start].strip("。 \t\r\n"):
        return []  # (the whole ends its sentence, the items start the next one)
    parts = []
    at = start
    for mark in _ITEM_MARKS:
        if not norm.startswith(mark, at):
            break
        m = _SENTENCE_END.search(norm, at)
        end = m.start() if m is not None else len(norm)
        qs = [q for q in lookback(at, end) if q.clean_start >= at]
        if len(qs) != 1 or not compatible(qs[0], whole) or qs[0].qualifier or \
                not _ITEM_NAME.fullmatch(norm, at + 2, qs[0].clean_start) or norm[qs[0].clean_end:end].strip():
            return []
        parts.append(qs[0])
        at = end + 1
        while at < len(norm) and norm[at] in " \t\u3000\r\n":
            at += 1
    return [SumRelation(whole, parts, False, "enumerated")] if len(parts) >= 2 else []


#: what may stand between the two amounts of one item (128人次8.13万元: the 次 of 人次 is read after 128人)
_PAIR_GAPS = ("、", "", "次")
#: what stands between a whole of two amounts and the first of its parts (``489户2540人，其中一类监测户221户…``)
_QIZHONG_AFTER_PAIR = LazyRegex(r"[，,]?其中[：:]?[^，,。；;0-9]{0,12}$")


def _paired_lists(s: _Sentence, before: _Sentence | None) -> list[SumRelation]:
    """Items that each give two amounts of different units, side by side (``汛期269人、71.29万元，年底集中73人、
    69.35万元，累计342人、140.64万元``; or with nothing between them: ``特困供养金128人次8.13万元；…；合计518人次
    12.63万元``): each unit's column adds up on its own, to the last item's pair when a
    sum word names it (exhaustive, ``paired-list``), or, in a sentence that goes on with 其中, to the two
    wholes of the sentence before (a breakdown that may be partial, ``qizhong``). Every quantity of the
    sentence must stand in such a pair, each pair alone in its clause, and each column in one unit.

    >>> from auditor.quantities import parse_quantities
    >>> text = "汛期26人、7.1万元，年底7人、6.9万元，累计33人、14万元"
    >>> rels = _paired_lists(_Sentence(text, 0, len(text), parse_quantities(text)), None)
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in rels]
    [(33, [26, 7]), (140000, [71000, 69000])]
    >>> text = "共有脱贫户489户2540人，其中一类221户678人，二类250户579人"
    >>> rels = _paired_lists(_Sentence(text, 0, len(text), parse_quantities(text)), None)
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in rels]
    [(489, [221, 250]), (2540, [678, 579])]
    """
    qs = s.qs
    if len(qs) % 2 or len(qs) < 4:
        return []
    pairs = []
    for k in range(0, len(qs), 2):
        a, b = qs[k], qs[k + 1]
        if s.norm[a.clean_end:b.clean_start] not in _PAIR_GAPS or compatible(a, b) or not _bindable(s, k) or \
                not _bindable(s, k + 1):
            return []
        clause = s.clause_index(a.clean_start)
        if clause != s.clause_index(b.clean_start) or (
                pairs and clause == s.clause_index(pairs[-1][1].clean_start) and not (
                    # (items apart by 、 in one clause, each of two amounts side by side: 甲村45户137人、乙村82户302人)
                    s.norm[a.clean_end:b.clean_start] == "" and
                    "、" in s.norm[pairs[-1][1].clean_end:a.clean_start])):
            return []
        if pairs and not (compatible(a, pairs[0][0]) and compatible(b, pairs[0][1])):
            return []
        pairs.append((a, b))
    last = s.prefix(pairs[-1][0])
    if (_is_sum_word(last) or "累计" in last) and len(pairs) >= 3:  # (累计 after periods adds them up)
        items = pairs[:-1]
        return [SumRelation(pairs[-1][column], [pair[column] for pair in items], True, "paired-list")
                for column in (0, 1)]
    if len(pairs) >= 3 and _QIZHONG_AFTER_PAIR.match(s.norm, pairs[0][1].clean_end, pairs[1][0].clean_start):
        # 共有脱贫户489户2540人，其中一类221户678人，二类…: the first pair is the whole of the others, column by column
        return [SumRelation(pairs[0][column], [pair[column] for pair in pairs[1:]], False, "qizhong")
                for column in (0, 1)]
    if before is None or not s.norm.startswith("其中", s.start):
        return []
    out = []
    for column in (0, 1):
        first = pairs[0][column]
        whole = next((q for q in reversed(before.qs) if compatible(q, first) and q.unit not in _RATE_UNITS), None)
        if whole is not None and whole.high is not None:
            out.append(SumRelation(whole, [pair[column] for pair in pairs], False, "qizhong"))
    return out if len(out) == 2 and out[0].whole is not out[1].whole else []


def _complete_columns(paired: list[SumRelation], sums: list[SumRelation]) -> list[SumRelation]:
    """The columns of a paired list, each exhaustive when another reading of one column is (``其中城市594户1755人、
    农村879户2599人``: 城市 and 农村 split the households, and so the people too)."""
    for r in sums:
        if r.exhaustive and any(r.whole is p.whole and len(r.parts) == len(p.parts) and
                                all(a is b for a, b in zip(r.parts, p.parts, strict=True)) for p in paired):
            return [p if p.exhaustive else SumRelation(p.whole, p.parts, True, r.construction) for p in paired]
    return paired


def _verb_paired_lists(s: _Sentence, before: _Sentence) -> list[SumRelation]:
    """Items after 其中 that each give two counts of one unit, named by the two verbs of the two wholes the sentence
    before ends with (``全年受理案件6358件，审结6035件。其中，受理民事案件2723件、审结2554件；受理执行案件…、审结…``):
    each verb's counts break down its own whole (``qizhong``, a breakdown that may be partial).

    >>> from auditor.quantities import parse_quantities
    >>> text = "全年受理案件600件，审结560件。其中，受理民事案件400件、审结380件；受理行政案件150件、审结140件"
    >>> cut = text.index("其中")
    >>> qs = parse_quantities(text)
    >>> before, s = _Sentence(text, 0, cut, qs[:2]), _Sentence(text, cut, len(text), qs[2:])
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in _verb_paired_lists(s, before)]
    [(600, [400, 150]), (560, [380, 140])]
    """
    qs, norm = s.qs, s.norm
    if len(qs) % 2 or len(qs) < 4:
        return []
    wholes = [q for q in before.qs if q.unit not in _RATE_UNITS]
    if len(wholes) < 2:
        return []
    first_whole, second_whole = wholes[-2], wholes[-1]
    if not compatible(first_whole, second_whole) or first_whole.high is None or second_whole.high is None or \
            first_whole.qualifier or second_whole.qualifier:
        return []
    first_words = before.norm[before.clause_start(first_whole.clean_start):first_whole.clean_start]
    second_words = before.norm[before.clause_start(second_whole.clean_start):second_whole.clean_start]
    second_verb = None
    firsts, seconds = [], []
    for k in range(0, len(qs), 2):
        a, b = qs[k], qs[k + 1]
        gap = norm[a.clean_end:b.clean_start]
        if not gap or gap[0] not in "、，," or not compatible(a, first_whole) or not compatible(b, first_whole) or \
                a.qualifier or b.qualifier or not _bindable(s, k) or not _bindable(s, k + 1):
            return []
        verb = gap[1:]
        if not 2 <= len(verb) <= 4 or (second_verb is not None and verb != second_verb):
            return []
        second_verb = verb
        firsts.append(a)
        seconds.append(b)
    if second_verb not in second_words or second_verb in first_words:
        return []
    # the first count of each item opens with the first whole's verb (受理…), which the second whole lacks
    heads = [norm[after_last(norm, "，,；;：:", s.start, a.clean_start):a.clean_start] for a in firsts]
    first_verb = heads[0][:2]
    if len(first_verb) < 2 or any(not h.startswith(first_verb) for h in heads) or first_verb not in first_words or \
            first_verb in second_words:
        return []
    return [SumRelation(first_whole, firsts, False, "qizhong"), SumRelation(second_whole, seconds, False, "qizhong")]


def _prefix_through_colon(s: _Sentence, q: Quantity) -> str:
    """:meth:`_Sentence.prefix` of *q*, or, when nothing stands between a colon and *q*, the words before
    the colon (``合计：319起``: the sum word is there).

    >>> text = "火灾扑救：226起，社会救助：467起，合计：693起"
    >>> from auditor.quantities import parse_quantities
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> s.prefix(s.qs[2]), _prefix_through_colon(s, s.qs[2])
    ('', '合计：')
    """
    start = s.clause_start(q.clean_start)
    if start > s.start and s.norm[start - 1] in "：:" and not s.norm[start:q.clean_start].strip():
        return s.norm[s.clause_start(start - 1):q.clean_start]
    return s.norm[start:q.clean_start]


_NAMED_CHANGE = LazyRegex(r"[\p{Han}]{2,}(?:" + "|".join(_STRONG_CHANGE_VERBS) + ")$")


def _list_role(s: _Sentence, j: int) -> str:
    """The role of quantity *j* as an item of a list: a change named by a noun and its verb, with nothing
    to compare with (``村容村貌提升158万元`` beside ``污水治理66万元``), is an item like the others.

    >>> from auditor.quantities import parse_quantities
    >>> text = "污水治理66万元、村容村貌提升158万元，收入比上年提升12万元"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> s.roles, [_list_role(s, j) for j in range(3)]
    (['plain', 'delta', 'delta'], ['plain', 'plain', 'delta'])
    """
    role = s.roles[j]
    if role != DELTA:
        return role
    q = s.qs[j]
    if _NAMED_CHANGE.search(s.local_prefix(q)) and not _COMPARATIVE.search(s.prefix(q)):
        return PLAIN
    return role


def _bindable(s: _Sentence, i: int) -> bool:
    q = s.qs[i]
    if q.unit in _RATE_UNITS or s.roles[i] not in (PLAIN, DELTA):
        return False
    if not s.split_marks:
        return True
    # (_split_number, its cheapest tests first)
    norm, start, end = s.norm, q.clean_start, q.clean_end
    if start >= 2 and norm[start - 1] in _SPLIT_MARKS and norm[start - 2].isdigit():
        return False
    return not (norm[end - 1].isdigit() and end < len(norm) and norm[end] in _SPLIT_MARKS and _split_number(norm, q))


#: what stands between the pieces of a number that text extraction broke apart (22 5,335, 3,9 04)
_SPLIT_MARKS = frozenset(" ,")


def _split_number(norm: str, q: Quantity) -> bool:
    """Whether *q*'s digits touch another group of digits across a space or a comma (``22 5,335人``, ``3,9 04人``: a
    number that text extraction broke apart, whose value is not known).

    >>> from auditor.quantities import clean_view, normalise, parse_quantities
    >>> text = "应参保250,366人，参保22 5,335人，小学3,9 04人"
    >>> [_split_number(normalise(clean_view(text).text), q) for q in parse_quantities(text)]
    [False, True, True, True]
    """
    start, end = q.clean_start, q.clean_end
    before = norm[max(0, start - 2):start]
    after = norm[end:end + 3]
    return (len(before) == 2 and before[1] in " ," and before[0].isdigit()) or (norm[end - 1:end].isdigit() and (
        after[:1] in " ," and (after[1:2].isdigit() or (after[1:2] in ", " and after[2:3].isdigit()))))


#: the periods of a list named one by one (每年…依次为, 2021年…、2022年…): a cumulative total sums them up
_EACH_PERIOD = LazyRegex(r"每年|依次|分别|各年"
                         r"|(?:19|20)[0-9]{2}年[^，,。；;]{0,16}、[^，,。；;]{0,8}(?:19|20)[0-9]{2}年")


def _closed_bracket_between(s: _Sentence, at: int, end: int, depth: int) -> bool:
    """Whether the marker ending at *at* stands in brackets that close before *end*, deeper than *depth*
    (``382件（其中C类219件、A类163件），总计630件``: the 其中 of a part's own breakdown, not the total's list).

    >>> text = "甲248件（其中A类110件），乙382件，总计630件"
    >>> _closed_bracket_between(_Sentence(text, 0, len(text), []), 9, len(text) - 4, 0)
    True
    """
    if s.norm.find("）", at, end) == -1 and s.norm.find(")", at, end) == -1:
        return False  # (no bracket closes between: most markers)
    return _paren_depth(s.norm, s.start, at) > depth


def _bracket_open(norm: str, start: int, closing: int) -> int:
    """Where the bracket that closes at *closing* opens, brackets inside it skipped (``（…村（居）委会254个）``), looked
    for back to *start*; -1 when it opens before.

    >>> _bracket_open("甲（乙（丙）丁）", 0, 7), _bracket_open("甲）", 0, 1)
    (1, -1)
    """
    depth = 0
    for at in range(closing - 1, start - 1, -1):
        ch = norm[at]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if not depth:
                return at
            depth -= 1
    return -1


def _list_in_brackets_before(s: _Sentence, total: Quantity, prefix: str) -> tuple[int, int] | None:
    """``(opening, closing)`` of the brackets that close right before the clause of *total* when that clause
    is only a sum word and the total (``(A 4人;B 1289人),全年合计1293人``): the list they hold is its parts.

    >>> from auditor.quantities import parse_quantities
    >>> text = "新增就业(高校毕业生4人;退役军人1289人),全年合计1293人"
    >>> qs = parse_quantities(text)
    >>> _list_in_brackets_before(_Sentence(text, 0, len(text), qs), qs[2], "全年合计")
    (4, 22)
    """
    norm = s.norm
    clause = total.clean_start - len(prefix)
    if norm[clause - 1:clause] not in ("，", ",") or norm[clause - 2:clause - 1] not in ("）", ")") or \
            not _TOTAL_SENTENCE.fullmatch(prefix):
        return None
    closing = clause - 2
    opening = _bracket_open(norm, s.start, closing)
    if any(q.clean_end == opening and compatible(q, total) for q in s.qs):
        return None  # (…，下半年答复382件（其中C类219件、A类163件），总计630件: the breakdown of the figure before it)
    return (opening, closing) if opening != -1 else None


#: the words of the three quantities of :func:`_stock_and_flow`: last year's end, what was added, where it stands
_LAST_YEAR_END = LazyRegex(r"[上去]年底|此前已?累计")
_ADDED = LazyRegex(r"新增|新建|新发展|新培育|新认定|新登记")
#: … this year (今年新增, 年内新建): what one year added, beside the stock it came to (累计达到…)
_ADDED_THIS_YEAR = LazyRegex(r"(?:今年|本年|年内|当年)(?:共|累计)?(?:新增|新建|新发展|新培育|新认定|新登记)")
_STANDS_AT = LazyRegex(r"累计|总数|总量|现有|共有|目前|达到")


#: an amount asked for, what it came to and what was saved, in three clauses in a row (采购预算2910.11万元，实际采购
#: 2358.82万元，节约资金551.29万元; 送审金额…，审定金额…，审减…): the first is the sum of the other two
_SAVINGS = (
    (LazyRegex(r"预算(?:金额|资金|总额|价)?(?:为|是|达)?$"), LazyRegex(r"(?:实际|中标|成交|合同)"),
     LazyRegex(r"(?:节约|节省|节资)(?:财政)?(?:资金|金额)?(?:为|是|达)?$")),
    (LazyRegex(r"送审(?:金额|资金|总额|造价)?(?:为|是|达)?$"), LazyRegex(r"审定"),
     LazyRegex(r"(?:审减|核减)(?:金额|资金)?(?:为|是|达)?$")),
)


def _savings(s: _Sentence) -> list[SumRelation]:
    """A budget, what was spent and what was saved, one a clause in that order (:data:`_SAVINGS`): the budget is the
    sum of the other two (construction ``budget-saving``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "采购预算2910.11万元，实际采购2358.82万元，节约资金551.29万元"
    >>> [(float(r.whole.value), len(r.parts)) for r in _savings(_Sentence(text, 0, len(text), parse_quantities(text)))]
    [(29101100.0, 2)]
    """
    out = []
    qs = s.qs
    for k in range(len(qs) - 2):
        budget, spent, saved = qs[k:k + 3]
        if budget.unit != "元" or spent.unit != "元" or saved.unit != "元" or \
                any(q.qualifier or q.high is None for q in (budget, spent, saved)):
            continue
        clause = s.clause_index(budget.clean_start)
        if s.clause_index(spent.clean_start) != clause + 1 or s.clause_index(saved.clean_start) != clause + 2:
            continue
        for whole_words, spent_words, saved_words in _SAVINGS:
            if whole_words.search(s.local_prefix(budget)) and spent_words.search(s.local_prefix(spent)) and \
                    saved_words.search(s.local_prefix(saved)):
                out.append(SumRelation(budget, [spent, saved], True, "budget-saving"))
                break
    return out


#: the words of births, deaths and their difference, right before each figure (出生人口1979人，死亡人口1882人，自然增长
#: 97人)
_BIRTHS = LazyRegex(r"出生(?:人口|人数)?(?:为|是|达)?$")
_DEATHS = LazyRegex(r"死亡(?:人口|人数)?(?:为|是|达)?$")
_NATURAL = LazyRegex(r"自然(?P<dir>增长|增加|减少)(?:人口|人数)?(?:为|是|达|了)?$")


def _births_less_deaths(s: _Sentence) -> list[SumRelation]:
    """Births, deaths and the natural growth (or fall), one a clause in that order, all of people: the births are the
    deaths plus the growth (the deaths, the births plus a fall). Construction ``natural-growth``.

    >>> from auditor.quantities import parse_quantities
    >>> text = "全县出生人口1979人，死亡人口1882人，自然增长97人"
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in _births_less_deaths(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(1979, [1882, 97])]
    """
    out = []
    qs = s.qs
    for k in range(len(qs) - 2):
        born, died, natural = qs[k:k + 3]
        if not (born.unit == died.unit == natural.unit == "人") or \
                any(q.qualifier or q.high is None for q in (born, died, natural)):
            continue
        clause = s.clause_index(born.clean_start)
        if s.clause_index(died.clean_start) != clause + 1 or s.clause_index(natural.clean_start) != clause + 2:
            continue
        growth = _NATURAL.search(s.local_prefix(natural))
        if _BIRTHS.search(s.local_prefix(born)) is None or _DEATHS.search(s.local_prefix(died)) is None or \
                growth is None:
            continue
        if growth.group("dir") == "减少":
            out.append(SumRelation(died, [born, natural], True, "natural-growth"))
        else:
            out.append(SumRelation(born, [died, natural], True, "natural-growth"))
    return out


def _stock_and_flow(s: _Sentence) -> list[SumRelation]:
    """``截至上年底已建成物流点2422个，今年新增811个，目前累计达到3233个``: last year's end (or what was done before,
    此前已累计), what was added since, and where it stands now, three quantities of one unit class in three clauses in
    a row: the last is the sum of the other two (nothing was taken away: a sentence that says so, 关停, 减少, 撤销, is
    not read).

    >>> from auditor.quantities import parse_quantities
    >>> text = "截至上年底已建成物流点2422个，今年新增811个，目前累计达到3233个"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in _stock_and_flow(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(3233, 1), [Fraction(2422, 1), Fraction(811, 1)])]
    """
    qs, norm = s.qs, s.norm
    if any(w in norm[s.start:s.end] for w in ("关停", "减少", "撤销", "注销", "淘汰", "退出")):
        return []
    out = []
    for k in range(len(qs) - 2):
        base, added, now = qs[k], qs[k + 1], qs[k + 2]
        if not (compatible(base, added) and compatible(base, now)) or any(
                s.roles[j] != PLAIN or s.paren[j] or qs[j].qualifier for j in (k, k + 1, k + 2)):
            continue
        if not (_LAST_YEAR_END.search(s.prefix(base)) and _ADDED.search(s.prefix(added)) and
                _STANDS_AT.search(s.prefix(now))):
            continue
        if s.clause_index(base.clean_start) + 2 != s.clause_index(now.clean_start):
            continue
        out.append(SumRelation(now, [base, added], True, "stock-and-flow"))
    return out


#: what came (新增, 新注册, 迁入 …), what left (注销, 退出, 迁出 …) and the net change (净增, 净减少 …), each right
#: before its number
_CAME = LazyRegex("(?:" + "|".join(CAME_WORDS) + r")[^，,。；;、]{0,8}$")
_LEFT = LazyRegex("(?:" + "|".join(LEFT_WORDS) + r")[^，,。；;、]{0,8}$")
_NET = LazyRegex(r"净(?P<down>减少|减|流出|迁出)?(?:增加|增长|增|流入|迁入)?(?:人口|人数)?(?:了)?$")


def _plain_triples(s: _Sentence) -> Iterator[tuple[Quantity, Quantity, Quantity]]:
    """Three quantities in a row of one unit class, each a plain value or an amount of change, outside brackets
    and without a qualifier (约, 余 …): the statements of :func:`_net_change` and :func:`_periods_and_change`."""
    qs = s.qs
    for k in range(len(qs) - 2):
        a, b, c = qs[k], qs[k + 1], qs[k + 2]
        if compatible(a, b) and compatible(a, c) and not any(
                s.roles[j] not in (PLAIN, DELTA) or s.paren[j] or qs[j].qualifier for j in (k, k + 1, k + 2)):
            yield a, b, c


#: the words of a stock at the start and at the end of a period, right before their numbers
_PERIOD_STARTS = ("年初", "期初", "年初为", "期初为", "年初有", "上年末", "上年底")
_PERIOD_ENDS = ("年末", "期末", "年底", "年末为", "期末为", "年底为", "年末有")


def _net_change(s: _Sentence) -> list[SumRelation]:
    """``新注册家庭农场6493家，注销5131家，净增1362家``: what came, what left and the net change, three quantities of
    one unit class in a row, each named by its word right before it: what came is the sum of what left and the
    net increase (for a net decrease, what left is the sum of what came and the decrease).

    >>> from auditor.quantities import parse_quantities
    >>> text = "新注册家庭农场6493家，注销5131家，净增1362家"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in _net_change(_Sentence(text, 0, len(text),
    ...                                                                               parse_quantities(text)))]
    [(Fraction(6493, 1), [Fraction(5131, 1), Fraction(1362, 1)])]
    """
    out = []
    for came, left, net in _plain_triples(s):
        m = _NET.search(s.local_prefix(net))
        if m is None:
            continue
        if s.local_prefix(came).endswith(_PERIOD_STARTS) and s.local_prefix(left).endswith(_PERIOD_ENDS):
            # 在册党员年初8176人，年末7279人，净减897人: a stock at both ends of a period and its net change
            start, end = came, left
            out.append(SumRelation(start, [end, net], True, "net-change") if m.group("down") else
                       SumRelation(end, [start, net], True, "net-change"))
            continue
        if _LEFT.search(s.local_prefix(came)) and _CAME.search(s.local_prefix(left)):
            came, left = left, came  # 化解1425户，新增55户，净减少1370户: what left stated first
        elif not _CAME.search(s.local_prefix(came)) or not _LEFT.search(s.local_prefix(left)):
            continue
        if m.group("down"):
            out.append(SumRelation(left, [came, net], True, "net-change"))
        else:
            out.append(SumRelation(came, [left, net], True, "net-change"))
    if not out and (s.norm.find("（", s.start, s.end) != -1 or s.norm.find("(", s.start, s.end) != -1):
        out.extend(_net_change_then_flows(s))
    return out


#: a word or two in brackets inside a name (注（吊）销, 撤（并）)
_SHORT_BRACKET = LazyRegex(r"[（(][^（()）]{1,3}[）)]")


def _net_change_then_flows(s: _Sentence) -> list[SumRelation]:
    """``合作社净增2,078户（新设立6,729户、注（吊）销4,039户）``: the net change, then what came and what left in the
    brackets right after it, each named by its word.

    >>> from auditor.quantities import parse_quantities
    >>> text = "合作社净增2078户（新设立6729户、注销4651户）"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in _net_change_then_flows(s)]
    [(Fraction(6729, 1), [Fraction(4651, 1), Fraction(2078, 1)])]
    """
    qs = s.qs
    out = []
    for k in range(len(qs) - 2):
        net, a, b = qs[k], qs[k + 1], qs[k + 2]
        if s.paren[k] or not s.paren[k + 1] or not s.paren[k + 2] or \
                s.norm[net.clean_end:net.clean_end + 1] not in "（(" or \
                not (compatible(net, a) and compatible(net, b)) or \
                any(s.roles[j] not in (PLAIN, DELTA) or qs[j].qualifier for j in (k, k + 1, k + 2)):
            continue
        m = _NET.search(s.local_prefix(net))
        if m is None:
            continue
        came, left = a, b
        # (注（吊）销: a word written with its variant in brackets)
        name_a, name_b = (_SHORT_BRACKET.sub("", s.local_prefix(q)) for q in (a, b))
        if _LEFT.search(name_a) and _CAME.search(name_b):
            came, left = b, a
        elif not _CAME.search(name_a) or not _LEFT.search(name_b):
            continue
        out.append(SumRelation(left, [came, net], True, "net-change") if m.group("down") else
                   SumRelation(came, [left, net], True, "net-change"))
    return out


#: a period named in a label: this one (本年, 今年, 本月 …: 1), the one before (上年, 去年 …: 0), a month or a year
_THIS_PERIOD = LazyRegex(r"本年|今年|当年|本期|本月|当月")
_LAST_PERIOD_WORD = LazyRegex(r"上年|去年|上一年|上期|上月|同期")
_MONTH_OR_YEAR = LazyRegex(r"(?P<year>(?:19|20)[0-9]{2})年(?!底|末|初|[0-9])|(?<![0-9])(?P<month>1[0-2]|[1-9])月(?:份)?"
                           r"(?![0-9底末初日])")
#: last year's value right before its number (上年837张): a cue of :func:`auditor.quantities.relation_cues`
_LAST_YEAR_NUMBER = LazyRegex(r"上年(?=[0-9])")
#: the words of a change stated as an amount after two periods' values (下降127张, 环比增加892人)
_AMOUNT_CHANGE = LazyRegex(r"(?:同比|环比|比上年|较上年|比上月|较上月)?"
                           r"(?P<verb>增加|增长|上升|多|减少|下降|降低|少)了?$")


def _period_rank(label: str) -> tuple[str, int] | None:
    """``(kind, rank)`` of the period a label names: ``("rel", 1)`` for 本年, ``("rel", 0)`` for 上年, ``("month",
    9)`` for 9月, ``("year", 2023)`` for 2023年; ``None`` for none."""
    if _THIS_PERIOD.search(label):
        return "rel", 1
    if _LAST_PERIOD_WORD.search(label):
        return "rel", 0
    m = _MONTH_OR_YEAR.search(label)
    if m is None:
        return None
    return ("year", int(m.group("year"))) if m.group("year") else ("month", int(m.group("month")))


def _periods_and_change(s: _Sentence) -> list[SumRelation]:
    """``本年620张；上年837张；下降217张``, ``9月18171人，10月18897人，环比增加726人``: two periods' values (this year's
    and last year's, 上年 right before its number; or two months in a row, the change month on month) and the
    change between them, stated as an amount, three quantities of one unit class in a row: the later value is
    the earlier one plus the increase (the earlier one is the later one plus the decrease).

    >>> from auditor.quantities import parse_quantities
    >>> text = "养老机构床位：本年620张；上年837张；下降217张"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in _periods_and_change(_Sentence(text, 0, len(text),
    ...                                                                                      parse_quantities(text)))]
    [(Fraction(837, 1), [Fraction(620, 1), Fraction(217, 1)])]
    """
    out = []
    for a, b, delta in _plain_triples(s):
        m = _AMOUNT_CHANGE.search(s.local_prefix(delta))
        ra, rb = _period_rank(s.local_prefix(a)), _period_rank(s.local_prefix(b))
        if m is None or ra is None or rb is None or ra[0] != rb[0] or ra[1] == rb[1]:
            continue
        if ra[0] == "year" or (ra[0] == "month" and ((abs(ra[1] - rb[1]) != 1 and {ra[1], rb[1]} != {1, 12})
                                                     or not m.group().startswith("环比"))):
            continue  # (years: a change from the base stated by its year; 3月份…，8月份…: months apart)
        if ra[0] == "rel" and not _LAST_YEAR_NUMBER.search(s.norm, s.start, s.end):
            continue  # (the cue the sentence selection keeps it by: 上年 right before its number)
        if any(s.local_prefix(q).endswith(("为", "是")) for q in (a, b)):
            continue  # 8月份为…，环比增加…: a change from a base stated by its period (changes)
        earlier, later = (a, b) if ra[1] < rb[1] else (b, a)
        down = m.group("verb") in ("减少", "下降", "降低", "少")
        if down:
            out.append(SumRelation(earlier, [later, delta], True, "periods-change"))
        else:
            out.append(SumRelation(later, [earlier, delta], True, "periods-change"))
    return out


#: a part's name right before the bracket that holds its figure alone, after a list's mark (、包括幼儿园（)
_NAMED_BEFORE_BRACKET = LazyRegex(r"(?:[、，,：:]|包括|其中)[\u4e00-\u9fff]{1,10}[（(]$")


def _alone_in_brackets(norm: str, q: Quantity) -> bool:
    """Whether *q* is all its brackets hold: ``物流企业（35家）``."""
    return norm[q.clean_start - 1:q.clean_start] in ("（", "(") and norm[q.clean_end:q.clean_end + 1] in ("）", ")")


#: words of a rate that counts people, no amount of money (特困人员集中供养率, 参保人数覆盖率)
_PEOPLE_NAMED = LazyRegex(r"人员|人口|人数|户数|群众|对象")
#: words before a list that say it names some of the kinds only (主要有：, 其中较多的是, 数量较大的有)
_SOME_LISTED = LazyRegex(SOME_LISTED)
#: names before 分别 that say they are some of the kinds (工人、农民等主要类别, 火电、水电等类电源; not 中等职业学校)
_OPEN_NAMES = LazyRegex(r"(?<![中高初同平优特均对上下头])等(?![于同级])")
#: 有 as a verb (全镇有耕地: what there is), not inside a word (国有, 所有, 共有产权, 有限公司, 有关)
_HAS = LazyRegex(r"(?<![国所共拥])有(?![限关序效])")


def _items_across_semicolons(s: _Sentence, i: int, last: int, floor: int, semicolon: int) -> list[int] | None:
    """The items of a list whose items end in ``；`` before its total (``求助类3892件；咨询类1786件，合计5678件``):
    *last*, the one part after the last ``；`` before total *i*, and one part from each ``；``-ended stretch before
    it, back to *floor* (the sentence's start or a marker's end). Each stretch must hold exactly one quantity,
    an item like *last* (same unit class and role, outside brackets, no sum word, not a stock: 有耕地3200亩);
    ``None`` when fewer than two items are found that way.

    >>> from auditor.quantities import parse_quantities
    >>> text = "全年，办理求助类3892件；咨询类1786件，合计5678件"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> _items_across_semicolons(s, 2, 1, 0, text.index("；"))
    [0, 1]
    """
    qs, norm, total = s.qs, s.norm, s.qs[i]
    also = _units_listed_after(norm, total)  # (合计…件（份、条、次）: items counted in those units too)
    run = [last]
    hi = semicolon
    j = last - 1
    while hi > floor:
        lo = max(norm.rfind("；", floor, hi), norm.rfind(";", floor, hi)) + 1
        lo = max(lo, floor)
        inside = []
        while j >= 0 and qs[j].clean_start >= lo:
            if qs[j].clean_start < hi:
                inside.append(j)
            j -= 1
        if len(inside) == 2 and not also and qs[inside[1]].unit != total.unit and \
                compatible(qs[inside[0]], total) and qs[inside[1]].clean_end == qs[inside[0]].clean_start:
            inside = inside[:1]  # (四组四十六户: the group's number names the item, 46户 is its figure)
        if len(inside) != 1:
            break
        k = inside[0]
        q = qs[k]
        if also and not compatible(q, total) and q.unit not in also:
            return None  # (合计…件（份、条、次） after an item counted in 张: the list is not all read)
        if not _bindable(s, k) or s.paren[k] or (not compatible(q, total) and q.unit not in also) or \
                _list_role(s, k) != s.roles[i] or \
                _is_sum_word(s.prefix(q)) or _HAS.search(s.local_prefix(q)) is not None:
            break  # (全镇有耕地3200亩；…: what there is, not an item of what was done; 共有产权房 is a kind of housing,
            # 国有企业能源板块, 有限公司 no verb)
        run.append(k)
        hi = lo - 1
    return sorted(run) if len(run) >= 2 else None


def _sum_relations(s: _Sentence, markers) -> list[SumRelation]:
    out: list[SumRelation] = []
    qs = s.qs
    starts = s.starts
    used_totals: set[int] = set()
    sentence = s.norm[s.start:s.end]
    # a total needs a sum word in its clause (共 in every spelling but 累计, which counts after 分别 only)
    may_total = "共" in sentence or any(w in sentence for w in ("合计", "总计", "小计", "总数", "累计", "总量")) or \
        any(mk[2].startswith("分别") for mk in markers) or \
        ("季" in sentence and "四季度" in sentence and "全年" in sentence)
    # ---- list then total: A、B、C，合计 T (and X、Y分别为 A、B，共 T)
    for i, total in enumerate(qs if may_total else ()):
        if not _bindable(s, i):
            continue
        prefix = _prefix_through_colon(s, total)
        if s.paren[i] and not (s.paren[i] == 1 and s.norm[total.clean_start - len(prefix) - 1] in "（(" and
                               _TOTAL_CLAUSE.fullmatch(prefix)):
            continue  # (a total in brackets only when they hold nothing else before it: A、B、C（共275场）)
        if "、" in prefix and _NAMES_THEN_SUM.search(prefix) is not None:
            continue  # (扣除营业成本…、税金及附加…和销售、管理、财务费用合计106.27万元: the total of the names before)
        marker_before = next((mk for mk in reversed(markers) if mk[1] <= total.clean_start and
                              not _closed_bracket_between(s, mk[1], total.clean_start, s.paren[i])), None)
        respectively = marker_before is not None and marker_before[2].startswith("分别") and \
            s.clause_index(marker_before[0]) < s.clause_index(total.clean_start)
        so_far = _MONTHS_SO_FAR.search(prefix)  # (1月3023、2月455、…、6月5102，1—6月累计16791件: the months listed)
        if so_far is None and (prefix.endswith(_YEAR_SO_FAR) or _YEAR_DOING.fullmatch(prefix) is not None):
            so_far = _FOUR_QUARTERS  # (一季度…、二季度…、三季度…、四季度…，全年累计…: the year's quarters)
        elif so_far is None and prefix.lstrip("，, ").startswith(("累计", "共累计")):
            so_far = _KINDS_LISTED  # (咨询类2097件，求助类431件，投诉类610件，累计3143件: the kinds listed)
        elif so_far is None and not respectively and \
                (years_so_far := _YEARS_SO_FAR.match(prefix.lstrip("，, "))) is not None:
            so_far = _YEARS_LISTED  # (2022年118万元、2023年119万元、2024年134万元，三年来累计…: the years listed)
        if not (_is_sum_word(prefix) or (respectively and _LENIENT_SUM.search(prefix)) or so_far):
            continue
        count_match = _COUNT_WORD.search(prefix)
        if count_match and count_match.group("n") and (
                prefix[count_match.start() - 1:count_match.start()] == "第" or
                (prefix.startswith("季度", count_match.end("n")) and
                 prefix[count_match.start() - 1:count_match.start()] != "前")):
            count_match = None  # (第二季度合计, 二季度合计: which quarter, not how many things; 前三季度, 两个季度
            # count)
        count = None
        if count_match and count_match.group("n"):
            n = count_match.group("n")
            count = int(n) if n.isdigit() else _COUNTS[n]
        floor = s.start
        if marker_before is not None:
            floor = marker_before[1]
        # the count of the parts is no part (四个季度合计: 四个 is read as a quantity)
        count_at = total.clean_start - len(prefix) + count_match.start() if count_match else total.clean_start
        run = []
        list_floor = floor
        # (合计39640件（份、条、次）: the total names the units of its parts in brackets after its own)
        also = _units_listed_after(s.norm, total)
        # 新增就业(高校毕业生4人;退役军人1289人),全年合计1293人: the list in the brackets just before the total
        clause = total.clean_start - len(prefix)
        inner = _list_in_brackets_before(s, total, prefix) if s.paren[i] == 0 and \
            s.norm[clause - 2:clause - 1] in ("）", ")") else None
        list_end = inner[0] if inner is not None else total.clean_start  # (its ； separate its items)
        semicolon = max(s.norm.rfind("；", floor, list_end), s.norm.rfind(";", floor, list_end))
        if semicolon != -1 and not _TOTAL_CLAUSE.fullmatch(s.norm, semicolon + 1, total.clean_start) and \
                not _total_of_the_list(s, semicolon, total):
            floor = max(floor, semicolon + 1)  # (…；合计：29个 closes the list before the semicolon)
        for j in range(i - 1, -1, -1):
            q = qs[j]
            if q.clean_end <= floor:
                break
            if q.clean_start >= count_at or not _bindable(s, j) or (s.paren[j] and not (s.paren[j] == 1 and (
                    _alone_in_brackets(s.norm, q) or (inner is not None and inner[0] < q.clean_start < inner[1]))
            )) or not (compatible(q, total) or q.unit in also) or _list_role(s, j) != s.roles[i]:
                if also and q.unit in COUNT_UNITS and not compatible(q, total) and q.unit not in also:
                    run = []  # (合计…件（份、条、次） after an item counted in 张: the list is not all read)
                    break
                continue  # (商贸企业（11家）、物流企业（35家），共计46家: a part alone in brackets is one)
            if j in used_totals or (_is_sum_word(s.prefix(q)) and not (
                    s.norm[q.clean_end:q.clean_end + 1] == "、" or
                    (j == 0 and s.norm[q.clean_end:q.clean_end + 1] in ("，", ",")))):
                break  # the total of an earlier list (共查处A5856起、B5666起…，共…: 共 before the first item: no total)
            run.append(j)
        run.reverse()  # (collected backwards: appended, then turned, not inserted at the front each time)
        if (count is None or count > 1) and len(run) == 1 and semicolon != -1:
            # (A…；B…；C…；D…，四项合计…: the items apart by semicolons, the count stated)
            run = _items_across_semicolons(s, i, run[0], list_floor, semicolon) or run
        across = False
        if count is None and len(run) >= 2 and semicolon != -1 and not respectively and \
                (more := _items_across_semicolons(s, i, run[0], list_floor, semicolon)) is not None:
            run, across = sorted(set(more) | set(run)), True  # (A179件；B131件；…；C161件和D75件，总计775件: one list)
        if count is not None:
            if len(run) < count:
                continue
            parts_idx = run[-count:]
        else:
            if len(run) < 2:
                continue
            # a tight list (A、B、C) in the clause just before the total is the list
            groups: dict[int, list[int]] = {}
            for j in run:
                groups.setdefault(s.clause_index(qs[j].clean_start), []).append(j)
            last_group = groups[max(groups)]
            parts_idx = last_group if len(last_group) >= 2 and not respectively and not across else run
            if parts_idx is last_group and len(last_group) == 2 and len(groups) >= 2 and \
                    all(len(g) == 1 for key, g in groups.items() if key != max(groups)) and \
                    _LAST_JOINED.match(s.norm, qs[last_group[0]].clean_end, qs[last_group[1]].clean_start):
                parts_idx = run  # (A方面46个，B方面49个和C方面33个，合计128个: 和 joins the last item of the list)
            if parts_idx is last_group and len(groups) >= 2 and \
                    s.norm.startswith(_ADDED_TO, s.clause_start(qs[last_group[0]].clean_start)):
                # 收入完成46.81亿元，加上补助收入62.16亿元、…，收入总计123.90亿元: what the list is added to is a part
                parts_idx = [max(j for j in run if j < last_group[0]), *last_group]
        parts = [qs[j] for j in parts_idx]
        if s.roles[i] == DELTA and _mixed_directions(s, [total, *parts]):
            continue
        if so_far is _FOUR_QUARTERS and not _is_sum_word(prefix):
            if [_quarter_of(s.local_prefix(p)) for p in parts] != [1, 2, 3, 4] and not (
                    respectively and len(parts) == 4 and
                    _FOUR_QUARTERS_NAMED.search(s.norm, max(s.start, marker_before[0] - 16), marker_before[0])):
                continue  # (全年累计 adds up the quarters listed only when they are the year's four: 一至四季度分别…)
        elif so_far is _KINDS_LISTED and not _ADDED.search(prefix) and _ADDED_THIS_YEAR.search(
                s.norm, s.clause_start(parts[0].clean_start), parts[0].clean_start) is not None:
            continue  # (今年新增备案博物馆国有718家、非国有498家，累计备案2897家: one year's additions, and the stock)
        elif so_far is _KINDS_LISTED and not _is_sum_word(prefix) and \
                not (respectively and _LENIENT_SUM.search(prefix)):
            kinds = all(s.local_prefix(p).rstrip("为是有：:").endswith(_KIND_ENDS) for p in parts)
            tight = len({s.clause_index(p.clean_start) for p in parts}) == 1 and \
                s.clause_index(parts[-1].clean_start) + 1 == s.clause_index(total.clean_start)
            # (按街道分，甲街道68个，…，累计335个: the words that open a breakdown stand before the list)
            opened = any(_is_opener(mk[2]) and mk[1] <= parts[0].clean_start for mk in markers)
            if len(parts) < 2 or not (kinds or tight or opened):
                continue  # (累计 adds up a list of kinds, 咨询类…，求助类…, or of items apart by 、 right before it)
        elif so_far is _YEARS_LISTED:
            years = [_year_at_end(s.local_prefix(p)) for p in parts]
            stated = years_so_far.group("n")
            if None in years or years != list(range(years[0], years[0] + len(years))) or len(years) < 2 or \
                    (stated and _COUNTS.get(stated, 0) != len(years)):
                continue  # (N年来累计 adds up the years listed when they are N years in a row)
        elif so_far and not _is_sum_word(prefix) and not (respectively and _LENIENT_SUM.search(prefix)) and \
                [_month_of(s.local_prefix(p)) for p in parts] != _months_summed(so_far):
            continue  # (累计 adds up the months listed only when they are every month of its span)
        if _EQUITY.match(prefix) is not None:
            continue  # (资产总额…、负债总额…，所有者权益合计…: the assets less the debts, _balance_sheet's)
        if "累计" in prefix and _ADDED.search(prefix) is None and not so_far and \
                _ADDED.search(s.norm, s.clause_start(parts[0].clean_start), parts[0].clean_start) is not None and \
                _EACH_PERIOD.search(s.norm, s.start, parts[-1].clean_start) is None:
            continue  # (新增国内航线35条、地区航线30条，累计开通航线187条: this year's additions, and the stock)
        if any(word in prefix for word in END_WORDS) and any(LEFT_WORD.search(s.local_prefix(p)) for p in parts):
            continue  # (…转出15名、去世12名，年末党员总数为1402名: what left, then the stock at the end, stock_flow's)
        construction = "respectively-total" if respectively else "list-total"
        # (高校毕业生2426人、退役军人3141人等方面，新增就业共计11489人: 等 leaves the list open)
        listed_all = "等" not in s.norm[parts[-1].clean_end:parts[-1].clean_end + 3] and \
            _SOME_LISTED.search(s.norm, s.start, parts[0].clean_start) is None  # (主要有：A…、B…，合计…: some of them)
        rel = SumRelation(total, parts, listed_all, construction, count)
        if count is None and not respectively and \
                s.clause_index(parts[0].clean_start) != s.clause_index(parts[-1].clean_start):
            rel = _best_suffix(rel)  # 有行政村12个，新建广场3个，健身场地5个，合计8个: the list began later
        out.append(rel)
        used_totals.add(i)
    # ---- whole then marker: T，其中 / 包括 / 分别是 A、B …
    sum_cue = None
    for m_start, m_end, word in markers:
        if word[0] == "主":  # 主要为 is no cue by itself: read only in a sentence that has one (共, 合计 …)
            if sum_cue is None:
                sum_cue = SUM_CUES.search(sentence) is not None
            if not sum_cue:
                continue
        first = bisect_left(starts, m_end)
        if first >= len(qs):
            continue
        is_respectively = word.startswith("分别")
        if is_respectively and any(r.construction == "respectively-total" and r.parts and
                                   r.parts[0].clean_start >= m_end and
                                   bisect_left(starts, r.parts[0].clean_start) == first for r in out):
            continue  # 分别为 A、B，共 T: the list-total row already binds it
        m_depth = _paren_depth(s.norm, s.start, m_start)
        marker_depth = m_depth + (1 if word[0] in "（(" else 0)
        parts_idx = _parts_after(s, first, m_end, marker_depth, markers)
        if not parts_idx:
            continue
        first_part = qs[parts_idx[0]]
        role = _list_role(s, parts_idx[0])
        whole_idx = None
        floor = max(s.norm.rfind("；", s.start, m_start), s.norm.rfind(";", s.start, m_start)) + 1
        for j in range(first - 1, -1, -1):
            q = qs[j]
            if q.clean_end <= floor:
                break  # the whole is not looked for across a ；
            if q.clean_start >= m_start:
                continue  # 分布在4个村：: the count in the marker is not the whole
            if s.paren[j] > m_depth and not (s.paren[j] == m_depth + 1 and _amount_in_figures(s.norm, q)):
                continue  # (s.paren[j] is _paren_depth up to q, worked out for the sentence)
            if q.unit == "%" or s.roles[j] != role or not compatible(q, first_part):
                continue
            whole_idx = j
            break
        if whole_idx is None and _is_opener(word):
            # 新增参保3646人，其中职工…、居民…；从性别看，男性…、女性…: a second breakdown of the same whole
            prior = next((r.whole for r in out if r.whole.clean_end <= m_start and compatible(r.whole, first_part)),
                         None)
            whole_idx = next((j for j, q in enumerate(qs) if q is prior), None) if prior is not None else None
        if whole_idx is None:
            continue
        whole = qs[whole_idx]
        if whole.high is None:
            continue  # 全部达到10万元以上，其中…超过50万元: a threshold bounds no breakdown
        between = s.norm[whole.clean_end:m_start]
        parts_idx = [j for j in parts_idx if compatible(qs[j], whole) and _list_role(s, j) == role]
        if not parts_idx:
            continue
        parts = [qs[j] for j in parts_idx]
        if role == DELTA and _mixed_directions(s, [whole, *parts]):
            continue  # 增加5753万元，其中城镇增加5788万元，乡村减少35万元: a net change
        if _is_opener(word):
            # 抽检806批次，按环节分如下：生产环节361批次；流通环节260批次: every part named
            if len(parts) < 2 or any(mk[0] >= m_end and mk[2].startswith("分别") for mk in markers):
                continue  # (按来源划分，A、B分别为…: the 分别 row binds it)
            construction, exhaustive = "by-dimension", not _ranked(s.norm, m_end, parts[-1].clean_end)
            if _described_groups(s, parts):
                construction, exhaustive = "qizhong-attributes", False  # (从构成看，涉及物业的工单…，重复来电的工单…)
            if word.startswith(("分布", "分为")) and "如下" not in word and _stated_count(word) != len(parts):
                exhaustive = False  # 分布在4个村： with three villages listed: some are left out
            if "其中" in s.norm[m_start:parts[0].clean_start]:
                exhaustive = False  # 具体为（其中）：…: the writer says some are left out
        elif is_respectively:
            # 种植果树120.5亩，分别是…: the whole is the clause just before 分别 (T分别 or T，分别); the words that
            # open a breakdown may stand first (受理案件32件，按类别分，A、B分别为…: then the names are its kinds)
            opened = _OPENER_FIRST.match(between)
            if opened is not None and opened.end() < len(between):
                between = "，" + between[opened.end():]
            listed = bool(between.strip("，,：: "))  # (names between the whole and 分别)
            total_named = _TOTAL_WORD.search(s.prefix(whole)) is not None
            # (1-4月份，…，各月分别为…: the period's months; 全年…，第一至第四季度分别为…: the year's quarters)
            months = _each_month_of(s, whole, between, len(parts)) or _quarters_of_year(s, whole, between, len(parts))
            # (35岁及以下、36至50岁、51岁及以上: the whole range, cut up; 本科及以上、大专: its top only)
            band_ends = _band_names(between) if "以上" in between or "以下" in between else None
            bands = _range_bands(band_ends, len(parts))
            whole_of_kinds = total_named or months or opened is not None or bands or \
                _KINDS_NAMED.fullmatch(between) is not None or _all_kinds(whole.label, between) or \
                _kinds_of_intake(whole.label, between) or complementary_names(between) or \
                between.lstrip()[:1] in ("：", ":") or _kinds_of_head(whole.label, between)
            members = False
            if len(parts) < 2 or (listed and not months and not (
                    (_names_for(between, word, len(parts), whole.label) or bands or
                     (len(parts) == 2 and word in _STATING_WORDS and complementary_names(between))) and
                    (whole_of_kinds or _kinds_of_doing(whole.label, between) or
                     _kinds_of_object(whole.label, between)))
                    and not (_years_for(between, len(parts)) and total_named)):
                # 全县重点景区实现综合收入567.29亿元，A景区、B基地、C公园分别实现…: some of the whole's members, by name
                members = len(parts) >= 2 and listed and _names_count(between) == len(parts) and (
                    _SCOPE_WHOLE.match(whole.label) is not None or _bodies_of_whole(whole.label, between))
                if not members:
                    continue  # 东村120户，西村和南村分别为80户和60户: 120 is 东村's, not a total
            if _other_regions(s.prefix(whole), between):
                continue  # 全市常住人口10.70万人，周边的宁源市、岭塘县分别为…: neighbours compared, not parts
            if "其中" in between and parts[0].unit in _PEOPLE_UNITS and \
                    _overlapping_groups(between[between.find("其中") + 2:].strip("，,：: ").split("、")):
                continue  # 提起公诉2157人，其中未成年人、认罪认罚、女性分别为…: groups that overlap, the 其中 list's
            # (kinds of a doing's noun named without a total's word, 办理案件1178件，民事案件、刑事案件分别为…: the main
            # kinds, maybe not all, unless the last is the rest, 其他…)
            main_kinds = listed and not whole_of_kinds and "其他" not in between and "其它" not in between
            construction, exhaustive = "total-respectively", not main_kinds and not members
            if exhaustive and not months and _SOME_PERIODS.search(between) is not None:
                exhaustive = False  # 全年…，一季度和二季度分别为…: some of the year's periods, not all of them
            if exhaustive and (_OPEN_NAMES.search(between) is not None or _SOME_LISTED.search(between) is not None):
                exhaustive = False  # 工人、农民等主要类别分别为…; 其中较多的是A、B分别是…: some of the kinds
            if exhaustive and not bands and band_ends is not None:
                exhaustive = False  # 本科及以上学历、大专学历分别为…: the top of a range, its bottom left out
            if _DESCRIBED_NAMES.search(s.norm, whole.clean_end, m_end) is not None:
                # (其中返乡创业的、女性创业的分别为…: groups named by what their members did, which may overlap)
                construction, exhaustive = "qizhong-attributes", False
        elif word.endswith("其中"):
            construction, exhaustive = _qizhong_kind(s, parts, whole)
            if not exhaustive and _kinds_of_whole(s, whole, parts):
                exhaustive = True  # 共有77个村（社区），其中行政村9个、社区66个: the two kinds the whole names
        elif word == "由":  # 资金7.01亿元，由县级配套14648万元、市级资金56207万元构成: every part named
            stop = min((k for k in (s.norm.find("构成", m_end, s.end), s.norm.find("组成", m_end, s.end)) if k != -1),
                       default=s.end)
            parts = [p for p in parts if p.clean_end <= stop]
            if len(parts) < 2:
                continue
            construction, exhaustive = "composed-of", True
        elif word == "除":  # 除女性5383人外，其余6102人: the part named and the rest
            construction, exhaustive = "except-rest", len(parts) == 2 and _is_rest(s, parts[-1])
            if not exhaustive:
                continue
        else:
            construction, exhaustive = "including", False
            if _attributes_of_gifts(parts):
                construction = "qizhong-attributes"  # 捐赠款物…（含企业捐赠…，定向捐赠…）: gifts that may overlap
        if any(mark in between for mark in "。\n"):
            continue
        tail = s.norm[parts[-1].clean_end:parts[-1].clean_end + 3]
        if "等" in tail or "主要" in s.norm[m_start - 2:parts[0].clean_start]:
            exhaustive = False
        out.append(SumRelation(whole, parts, exhaustive, construction))
    if "中" in sentence and FRAME_CUE.search(sentence):
        bound = {id(p) for r in out for p in r.parts}
        out.extend(_frame_breakdowns(s, markers, bound))
    if "（" in sentence or "(" in sentence:
        bound = {id(q) for r in out for q in (r.whole, *r.parts)}
        wholes = {id(r.whole) for r in out}  # (a part of a list may be the whole of its own breakdown in brackets)
        out.extend(_bracketed_breakdowns(s, markers, bound, wholes))
    if any(w in sentence for w in _REST_STARTS):
        bound = {id(p) for r in out for p in r.parts}
        out.extend(_whole_part_rest(s, markers, bound))
    if "数" in sentence and out:
        out.extend(_subtotals_after_lists(s, out))
    if "年底" in sentence or "此前" in sentence:
        out.extend(_stock_and_flow(s))
    if "净" in sentence:
        out.extend(_net_change(s))
    if "预算" in sentence or "送审" in sentence:
        out.extend(_savings(s))
    if "自然" in sentence and "死亡" in sentence:
        out.extend(_births_less_deaths(s))
    if "环比" in sentence or ("上年" in sentence and _LAST_YEAR_NUMBER.search(sentence)):
        out.extend(_periods_and_change(s))
    if not (has_complement_pair(sentence) or any(w in sentence for w in _OPEN_CASE_WORDS)) or \
            any(_is_opener(mk[2]) for mk in markers):
        return out  # (after 从地域看，the parts 省内县外…、省外… are a list, not a pair that splits one of them)
    bound_parts = {id(p) for r in out for p in r.parts}
    out.extend(r for r in _adjacent_complements(s) if not any(id(p) in bound_parts for p in r.parts))
    for pair in _complementary_pairs(s):
        if any(r.whole is pair.whole and len(r.parts) > 2 and all(any(p is q for q in r.parts) for p in pair.parts)
               for r in out):
            continue  # 其中省内…、省外…、境外…: the pair is two parts of a longer list
        if any(any(p is pair.whole for p in r.parts) and all(any(p is q for q in r.parts) for p in pair.parts)
               for r in out):
            continue  # 其中境外游客…、省外游客…、省内游客…: its "whole" is a third part of the same list
        same = [r for r in out if r.whole is pair.whole and len(r.parts) == 2 and
                all(x is y for x, y in zip(r.parts, pair.parts, strict=True))]
        for r in same:
            out.remove(r)  # 其中按期…、超期…: one relation, the exhaustive one
        out.append(pair)
    return out


#: what people are counted by, one dimension a row: a person has one of each, so groups named along two
#: of them overlap (女性24人、党员27人 of 82 may add up to more than 82); a role (致富带头人, 网格员) is a row
#: of its own
PEOPLE_ATTRIBUTES = (("女", "男"), ("党员", "团员", "群众", "民主党派"), ("少数民族", "汉族"),
                     ("学历", "以下文化", "以上文化", "文化程度",
                      "本科", "大专", "研究生", "硕士", "博士", "高中", "中专", "初中"),
                     ("岁", "青年", "老年", "老人", "未成年", "青少年", "儿童"),
                     ("职称",),  # (高级职称 beside 35岁以下, 本科以上: overlap)
                     ("生源",),  # (女生…、农村生源…: where one comes from, beside the other attributes)
                     ("退役军人", "军人"), ("农民", "工人", "教师", "干部", "学生", "医生"),
                     ("带头人", "能人"), ("网格员",), ("志愿者",), ("社工",),  # (roles: one person may hold several)
                     ("负责人",),
                     # (conditions of a household: one may have several, but a kind of relief is one of a row)
                     ("残疾",), ("低保", "特困", "五保"), ("独居", "空巢"), ("困难",), ("留守",),
                     # (the kinds of households a poverty monitor follows: one kind each, 突发严重困难户 no mere 困难户)
                     ("脱贫", "监测", "严重困难"),
                     # (what an enterprise is: one may be several)
                     ("高新技术", "高新"), ("专精特新",), ("出口", "外贸"), ("亿元以上", "超亿元"), ("科技型",),
                     ("上市",), ("外资", "外商", "民营", "国有", "私营"), ("规模以上", "规上", "规下", "小微", "中小"),
                     ("重点排污", "排污"), ("跨境电商", "电商"), ("AEO", "认证"),
                     # (where one's household is registered, beside age and the rest: 农村户籍人员、60岁以上人员)
                     ("农村户籍", "城镇户籍", "农业户口", "非农业户口"),
                     ("省外", "县外", "省内", "本县", "县内", "市外", "外出"),
                     ("寄宿", "走读"), ("随迁", "流动"),
                     ("患者", "病", "孕产妇", "精神障碍"),
                     # (one person may have several conditions: each a row of its own)
                     ("高血压",), ("糖尿病",), ("慢性病", "慢病"), ("肺结核", "结核"), ("心脑血管",),
                     ("师范", "非师范"),
                     # (returned overseas Chinese and their relatives split one whole; those back from study abroad
                     # and the old are of other dimensions: 归侨…、60岁以上老人…、留学归国人员…)
                     ("归侨", "侨眷", "侨属"), ("留学",),
                     # (sanctions: one person may be given a party and a government sanction for one case)
                     ("党纪",), ("政务",),
                     # (those under community correction: by their sentence, and by their work)
                     ("缓刑", "假释", "管制", "监外执行"), ("无固定职业", "无职业", "无业", "失业", "待业"),
                     # (whether a post's holder is new to it: 林长中党员…、新任…)
                     ("新任", "连任", "留任", "新当选"),
                     # (what a product or an industry is, as trade and industry statistics count them: one may be
                     # several, 高新技术产品 and 机电产品, 装备制造业 and 高技术制造业)
                     ("机电",), ("装备制造",), ("高技术",), ("战略性新兴", "新兴产业"), ("数字经济",),
                     # (what a forest planted is: 乡土树种, 珍贵树种, 混交林 overlap)
                     ("乡土",), ("珍贵",), ("混交",),
                     # (chargers by their current and by where they stand: 直流快充桩 and 居住区充电桩 overlap)
                     ("直流", "交流", "快充", "慢充", "超充"), ("居住区", "高速公路", "服务区", "公交场站", "景区"),
                     # (a donor by how often, and a visit by how it was booked: 女性…、首次献血…; 女性…、网上预约…)
                     ("首次", "初次", "再次", "多次", "固定"), ("网上", "线上", "预约", "线下", "现场"))
#: what cases (calls, letters, complaints) are counted by, one dimension a row, as :data:`PEOPLE_ATTRIBUTES`:
#: 夜间来电、重复诉求、涉企诉求 of one whole overlap (a repeated call may come at night and concern a firm)
CASE_ATTRIBUTES = (("夜间", "日间", "节假日", "工作日", "工作时间"), ("重复", "首次", "初次", "初信", "初访"),
                   ("涉企", "企业"), ("民生",), ("紧急", "加急"), ("匿名", "实名"), ("跨部门", "跨区域"))
#: what investment is counted by, one dimension a row, as :data:`PEOPLE_ATTRIBUTES`: 工业投资 and 民间投资 of one
#: whole overlap (a private firm's factory is both)
MONEY_ATTRIBUTES = (("民间", "民营", "国有", "非国有", "外商", "外资", "港澳台", "私营", "集体", "政府"),
                    ("工业", "制造业", "基础设施", "房地产", "农业", "服务业", "第一产业", "第二产业", "第三产业",
                     "技改", "技术改造", "交通", "水利", "社会事业", "生态环保"),
                    ("重点项目", "重大项目", "亿元以上"), ("新开工", "续建"))
#: what visitors (of a museum, a scenic spot) are counted by, one dimension a row: 团体观众、境外观众、线上预约观众 of
#: one whole overlap (a group from abroad may book online)
VISITOR_ATTRIBUTES = (("团体", "散客", "个人"), ("境外", "境内", "入境", "外地", "本地", "省外", "省内"),
                      ("线上", "预约", "线下"), ("未成年", "青少年", "儿童", "老年", "学生"),
                      # (people served, by how severe, where, and why: 重度残疾人…、上门服务…; 老年人…、因病致困…;
                      # 老年人…、跨馆出证…)
                      ("重度", "中度", "轻度"), ("上门", "居家", "站点"), ("因病", "致困"), ("跨馆", "异地"))
#: the units of counted people (and households, enterprises) and of counted cases
_PEOPLE_UNITS = frozenset({"人", "户", "家", "个", "名", "位", "人次"})
_CASE_UNITS = frozenset({"件", "起", "条", "宗", "次", "件次"})


def _attributes_of_people(parts: list[Quantity]) -> bool:
    """Whether *parts* count people or households along two dimensions of :data:`PEOPLE_ATTRIBUTES` or
    more, or name a group by what it does (使用燃气的361家): groups that may overlap.

    >>> from auditor.quantities import parse_quantities
    >>> [_attributes_of_people(parse_quantities(t)) for t in ("女性24人、党员27人", "男性24人、女性27人",
    ...                                                      "农民党员13人、35岁以下党员8人")]
    [True, False, True]
    """
    if len(parts) >= 2 and any(p.label.endswith("的") for p in parts):
        return True  # 使用燃气的361家、涉危化品企业371家
    if parts[0].unit in _CASE_UNITS:
        return _attribute_dimensions([p.label for p in parts], _CASE_ROW)  # 夜间来电171件，重复诉求47件
    if parts[0].unit.endswith("元") and all("投资" in p.label for p in parts):
        return _attribute_dimensions([p.label for p in parts], _MONEY_ROW)  # 工业投资80亿元，民间投资70亿元
    if parts[0].unit not in _PEOPLE_UNITS:
        return False
    if _women_beside_others([p.label for p in parts]):
        return True  # (其中女性8977人，劳务派遣人员9253人; 其中女性2223人，女代表1440人: no split of the whole)
    if parts[0].unit == "人次" and not any(w in p.label for p in parts for w in ("女", "男", "岁")):
        # (党员干部…人次、退役军人…人次: kinds of trainees; 35岁以下学员、女性学员 overlap; 团体观众、境外观众 too)
        return _attribute_dimensions([p.label for p in parts], _VISITOR_ROW)
    return _attribute_dimensions([p.label for p in parts])


#: what gifts (donations) are counted by, one dimension a row, as :data:`PEOPLE_ATTRIBUTES`: 企业捐赠、定向捐赠 of one
#: whole overlap (a firm may give for a named purpose); the channel (网络平台募集) is read as one more kind of donor
GIFT_ATTRIBUTES = (("企业", "个人", "社会组织", "机关", "爱心人士", "单位"), ("定向", "非定向"),
                   ("资金", "物资", "款", "物"))


def _attributes_of_gifts(parts: list[Quantity]) -> bool:
    """Whether *parts* are gifts (捐赠, 募捐, 捐款) named along two dimensions of :data:`GIFT_ATTRIBUTES` or more.

    >>> from auditor.quantities import parse_quantities
    >>> _attributes_of_gifts(parse_quantities("企业捐赠300万元，定向捐赠200万元，网络募捐100万元"))
    True
    >>> _attributes_of_gifts(parse_quantities("企业捐赠300万元，个人捐赠200万元"))
    False
    """
    labels = [p.label for p in parts]
    return all("捐" in label or "募" in label for label in labels) and _attribute_dimensions(labels, _GIFT_ROW)


#: each word of :data:`PEOPLE_ATTRIBUTES` and its row; the same of :data:`CASE_ATTRIBUTES`
_ATTRIBUTE_ROW = {w: k for k, words in enumerate(PEOPLE_ATTRIBUTES) for w in words}
_CASE_ROW = {w: k for k, words in enumerate(CASE_ATTRIBUTES) for w in words}
_MONEY_ROW = {w: k for k, words in enumerate(MONEY_ATTRIBUTES) for w in words}
_VISITOR_ROW = {w: k for k, words in enumerate(VISITOR_ATTRIBUTES) for w in words}
_GIFT_ROW = {w: k for k, words in enumerate(GIFT_ATTRIBUTES) for w in words}
#: what the shares of one whole are counted by, one dimension a row, as :data:`PEOPLE_ATTRIBUTES` (words that name
#: no kind of another row: 企业, 农村 name kinds of trainees and of members too): 省外游客、
#: 自驾游客、过夜游客 of one whole overlap (a visitor from another province may drive and stay the night), so do
#: 个体工商户、第三产业、女性投资者 of the firms newly registered, 海水产品、养殖产品 of a catch, 夜间出动、
#: 农村地区出动、抢险救援 of dispatches
SHARE_ATTRIBUTES = (("个体工商户", "合作社"), ("第一产业", "第二产业", "第三产业", "一产", "二产", "三产"),
                    ("女性", "男性"), ("海水", "淡水"), ("养殖", "捕捞"), ("名优",), ("夜间", "白天", "日间"),
                    ("抢险救援", "火灾扑救", "社会救助"),
                    ("省外", "省内", "境外", "入境", "国内", "本地", "外地"), ("自驾", "团队", "跟团", "散客"),
                    ("过夜", "一日游"), ("线上", "线下"))
_SHARE_ROW = {w: k for k, words in enumerate(SHARE_ATTRIBUTES) for w in words}


def _overlapping_names(names: list[str]) -> bool:
    """Whether the groups *names* (of shares of one whole) are named along two dimensions or more, of people
    (:data:`PEOPLE_ATTRIBUTES`) or of what shares count (:data:`SHARE_ATTRIBUTES`): groups that may overlap.

    >>> _overlapping_names(["省外游客", "自驾游客", "过夜游客"]), _overlapping_names(["海水产品", "淡水产品"])
    (True, False)
    """
    if _attribute_dimensions(names) or _attribute_dimensions(names, _SHARE_ROW):
        return True
    # (a group named by what describes its members, 涉及工业企业的投诉, 社会力量主办的赛事, is a dimension of its own:
    # 重复投诉、夜间投诉 may be of industry too)
    described = [_DESCRIBED_GROUP.search(name) is not None for name in names]
    others = [name for name, d in zip(names, described, strict=True) if not d]
    return sum(described) >= 2 or (any(described) and any(
        any(w in name for w in (*_ATTRIBUTE_ROW, *_SHARE_ROW)) for name in others))


def _overlapping_groups(names: list[str]) -> bool:
    """Whether groups of people named *names* may overlap: women beside a group of another kind
    (:func:`_women_beside_others`), or groups along two dimensions of :data:`PEOPLE_ATTRIBUTES`."""
    return _women_beside_others(names) or _attribute_dimensions(names)


def _women_beside_others(names: list[str]) -> bool:
    """Whether *names* hold women beside a group of another kind (``女性、未成年人、认罪认罚``) or women counted
    twice (``女性``, ``女代表``): groups that may overlap, not ones that split a whole.

    >>> _women_beside_others(["女性", "劳务派遣人员"]), _women_beside_others(["男性", "女性"])
    (True, False)
    """
    genders = [("女" in name) + 2 * ("男" in name) for name in names]
    return any(genders) and (not all(genders) or (genders.count(1) >= 2 and 2 not in genders))


def _attribute_dimensions(names: list[str], rows: dict[str, int] = _ATTRIBUTE_ROW) -> bool:
    """Whether the groups *names* are people along two dimensions of :data:`PEOPLE_ATTRIBUTES` or more (退役军人,
    大专以上学历, 女性): groups that may overlap, whose shares of one whole need not add up to 100 % or less.

    >>> _attribute_dimensions(["退役军人", "大专以上学历", "女性"]), _attribute_dimensions(["男性", "女性"])
    (True, False)
    >>> _attribute_dimensions(["其中小学部", "初中部"])
    False
    """
    # (the marker is no part of a name: 其中小学部 names no 中小 enterprises)
    names = [name[name.find("其中") + 2:] if "其中" in name else name for name in names]
    named = [{w for w in rows if w in name} for name in names]
    # (a word inside a longer one the same name holds is that one's: 困难 in 严重困难, 病 in 糖尿病)
    named = [{w for w in words if not any(w != v and w in v for v in words)} for words in named]
    if len(named) < 2:
        return False
    # (a word that names every group, 党员 in 农民党员、35岁以下党员, is what the whole counts, not how it is split)
    shared = set.intersection(*named)
    return len({rows[w] for words in named for w in words - shared}) >= 2


def _of_the_change(s: _Sentence, k: int) -> bool:
    """Whether the quantity *k* of *s* is an amount of change or last year's value it is reckoned from (``比上年的
    466场增加172场``): no whole a breakdown after the sentence may be of."""
    return s.roles[k] == DELTA or (k > 0 and _LAST_YEAR_VALUE.search(s.local_prefix(s.qs[k]).removeprefix("比")
                                                                      .removeprefix("较")) is not None)


def _rates_listed(s: _Sentence, i: int) -> list[int] | None:
    """The indices of the rates listed together with the rate *i* of *s* (``100.9%和80.0%``, ``95%、90%及88%``), in
    order; ``None`` when it stands alone.

    >>> from auditor.quantities import parse_quantities
    >>> text = "分别完成目标（772人、4949人）的100.9%和80.0%"
    >>> _rates_listed(_Sentence(text, 0, len(text), parse_quantities(text)), 2)
    [2, 3]
    """
    qs = s.qs
    lo = hi = i
    while lo > 0 and qs[lo - 1].unit in _RATE_UNITS and s.norm[qs[lo - 1].clean_end:qs[lo].clean_start] in _RATE_JOINS:
        lo -= 1
    while hi + 1 < len(qs) and qs[hi + 1].unit in _RATE_UNITS and \
            s.norm[qs[hi].clean_end:qs[hi + 1].clean_start] in _RATE_JOINS:
        hi += 1
    return list(range(lo, hi + 1)) if hi > lo else None


#: what joins the rates of a list (100.9%和80.0%)
_RATE_JOINS = frozenset(("和", "、", "及", "与", "，", ","))


#: a whole named as a total at the start of the clause after a share (；进出口总量为…, ，全市总数…)
_WHOLE_AFTER = LazyRegex(r"[；;，,][^，,。；;0-9]{0,12}(?:总量|总额|总数|总计|总规模|合计)(?:为|是|达到|达)?")


def _whole_named_after(s: _Sentence, i: int) -> Quantity | None:
    """The whole of the share *i* (its part the only quantity before it), named as a total in the clause right after it
    (``对东盟进出口523.27亿元，占比62.8%；进出口总量为833.21亿元``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "对东盟进出口523.27亿元，占比62.8%；进出口总量为833.21亿元"
    >>> float(_whole_named_after(_Sentence(text, 0, len(text), parse_quantities(text)), 1).value)
    83321000000.0
    """
    qs = s.qs
    if i + 1 >= len(qs) or s.roles[0] != PLAIN or s.roles[i + 1] != PLAIN or s.paren[0] or s.paren[i + 1]:
        return None
    part, whole = qs[0], qs[i + 1]
    if _WHOLE_AFTER.fullmatch(s.norm, qs[i].clean_end, whole.clean_start) is None or not compatible(part, whole) or \
            not 0 < part.value <= whole.value:
        return None
    return whole


def _contribution(s: _Sentence, i: int) -> tuple[Quantity, Quantity] | None:
    """``(part's increase, whole's increase)`` for the contribution rate *i* (贡献率): the whole's amount of change,
    then after 其中 a part's, both before the rate (``地区生产总值比上年增加95.0亿元，其中第三产业增加值增加52.7亿元，
    对经济增长的贡献率为55.5%``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "生产总值比上年增加95.0亿元，其中第三产业增加52.7亿元，对经济增长的贡献率为55.5%"
    >>> [float(q.value) for q in _contribution(_Sentence(text, 0, len(text), parse_quantities(text)), 2)]
    [5270000000.0, 9500000000.0]
    """
    qs = s.qs
    deltas = [j for j in range(i) if s.roles[j] == DELTA and qs[j].unit not in _RATE_UNITS and not s.paren[j]]
    if len(deltas) < 2:
        return None
    whole, part = qs[deltas[0]], qs[deltas[-1]]
    if not compatible(whole, part) or s.norm.find("其中", whole.clean_end, part.clean_start) == -1 or \
            not 0 < part.value <= whole.value:
        return None
    return part, whole


#: what stands between a share and the count it is (…占45.82%，计2988人; ，共2988人; （2988人）is a bracket's)
_COUNT_AFTER_SHARE = LazyRegex(r"[，,](?:计|共计|共|合计)(?:有)?")


def _share_of_whole_before(before: _Sentence, s: _Sentence) -> list[RateRelation]:
    """A sentence that opens a breakdown of the whole its sentence before ends with, and names one kind with its count
    and its share (``新建改建农村公路189条。从类型看，县道最多，为94条，占比49.7%``): the share of that whole.

    >>> from auditor.quantities import parse_quantities
    >>> text = "新建农村公路189条。从类型看，县道最多，为94条，占比49.7%"
    >>> qs = parse_quantities(text)
    >>> [(r.numerator.value, r.denominator.value) for r in _share_of_whole_before(
    ...     _Sentence(text, 0, 10, qs[:1]), _Sentence(text, 11, len(text), qs[1:]))]
    [(Fraction(94, 1), Fraction(189, 1))]
    """
    part, share = s.qs
    if share.unit != "%" or part.unit in _RATE_UNITS or s.roles[0] != PLAIN or s.paren[0] or s.paren[1] or \
            not _SHARE_RATE.search(s.norm, s.clause_start(share.clean_start), share.clean_start):
        return []
    whole = _whole_at_end(before, part, named=False)
    if whole is None or not compatible(whole, part) or not 0 < part.value <= whole.value:
        return []
    return [RateRelation(share, part, whole, "share-of-whole-before")]


def _a_limit(s: _Sentence, k: int) -> bool:
    """Whether quantity *k* of *s* is a limit the figure before it keeps within (``债务余额529.15亿元，控制在限额
    541.59亿元以内``), not a figure of its own: 以内 or 之内 right after it, or 限额 right before it."""
    q = s.qs[k]
    return s.norm.startswith(("以内", "之内"), q.clean_end) or s.local_prefix(q).endswith(("限额", "限额为", "上限"))


def _whole_at_end(before: _Sentence, part: Quantity, named: bool = True) -> Quantity | None:
    """The whole that a sentence ending in a stated total gives the next one: its last quantity, when it
    is named as a total (共, 合计, 共有 …; not asked when *named* is false: the next sentence says it breaks
    it down, 按类型分，…) and of *part*'s unit class."""
    k = len(before.qs) - 1
    while k >= 0 and (before.qs[k].unit in _RATE_UNITS or not compatible(before.qs[k], part)
                      or _of_the_change(before, k) or _a_limit(before, k)):
        # 新增就业3692人，同比下降4.8%。其中…: the whole before its change; 查处案件516起，罚款142.97万元。按类型分，…
        # (or 下达资金1634.60万元，惠及2810人次。其中，…万元): the last quantity of the parts' unit class;
        # 举办活动638场，比上年的466场增加172场。其中…: the whole before last year's value and the change
        k -= 1
    if k < 0:
        return None
    whole = before.qs[k]
    if not _bindable(before, k) or before.roles[k] != PLAIN or before.paren[k] or not compatible(whole, part):
        return None
    prefix = before.prefix(whole)
    if named and not (_is_sum_word(prefix) or "共有" in prefix or "有效" in prefix or _TOTAL_WORD.search(prefix)) and \
            sum(1 for n, q in enumerate(before.qs) if q.unit not in _RATE_UNITS and compatible(q, part)
                and not _of_the_change(before, n) and not _a_limit(before, n)) > 1:
        # (a whole not named as one, 共, 有效问卷…: the only quantity of its unit class there, 开展培训3262人次。其中…)
        return None
    return whole if whole.high is not None else None


def _another_after_semicolon(s: _Sentence, part: Quantity, rate: Quantity, stem: str, prefix: str) -> bool:
    """Whether the rate *rate*, after a semicolon that follows *part*, names something else than the part: its stem's
    last two characters are not among the part's words, or it counts people where the part is money; a share without
    a stem names neither 占 nor the part's last two characters (``其中民营企业2073家；进口整体通关时间压缩比例…``,
    ``其中特困供养金7.6亿元；特困人员集中供养率…``, ``其中滥伐林木74起；林木绿化率…``: a new statement, no rate of
    the part).

    >>> from auditor.quantities import parse_quantities
    >>> text = "共查处178起，其中滥伐林木74起；林木绿化率达到78.4%"
    >>> qs = parse_quantities(text)
    >>> s = _Sentence(text, 0, len(text), qs)
    >>> _another_after_semicolon(s, qs[1], qs[2], "林木绿化", s.prefix(qs[2])), _another_after_semicolon(
    ...     s, qs[1], qs[2], "滥伐", s.prefix(qs[2]))
    (True, False)
    """
    if not _semicolon_between(s.norm, part.clean_end, rate.clean_start):
        return False
    if stem:
        return stem[-2:] not in part.label or (part.unit.endswith("元") and _PEOPLE_NAMED.search(stem) is not None)
    return "占" not in prefix and part.label[-2:] not in prefix


def _semicolon_between(norm: str, start: int, end: int) -> bool:
    """Whether a semicolon stands in ``norm[start:end]`` (a list ended, another begun)."""
    return norm.find("；", start, end) != -1 or norm.find(";", start, end) != -1


def _breakdown_of_whole_before(before: _Sentence, s: _Sentence, markers, sums: list[SumRelation]) -> list[SumRelation]:
    """``全区共受理信访事项120件。其中，来信45件，来访75件。``: a sentence that opens with 其中 breaks down the
    total its sentence before ends with (and binds it as in one sentence: :func:`_sum_relations`); so does
    a 分别 list after the words that open a breakdown (``共发放2143万元。按来源划分，A、B分别为…``: exhaustive).

    >>> from auditor.quantities import parse_quantities
    >>> text = "全区共受理信访事项120件。其中，来信45件，来访70件。"
    >>> qs = parse_quantities(text)
    >>> before, s = _Sentence(text, 0, 13, qs[:1]), _Sentence(text, 14, len(text) - 1, qs[1:])
    >>> found = _breakdown_of_whole_before(before, s, [(14, 16, "其中")], [])
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in found]
    [(Fraction(120, 1), [Fraction(45, 1), Fraction(70, 1)])]
    """
    if not markers:
        return []
    m_start, m_end, word = markers[0]
    # (the words that open the breakdown start the sentence: 按类型分，… 资金来源为：…)
    opener = _is_opener(word) and bisect_left(s.starts, m_start) == 0 and CONTINUES.match(s.norm, s.start) is not None
    if opener and len(markers) > 1 and markers[1][2].startswith("分别"):
        m_start, m_end, word = markers[1]  # 按来源划分，A、B分别为…: the 分别 list
        opener = False
    # 其中 opening the sentence, or 分别 after the words that open one (按来源划分，A、B、C分别为…), or those
    # words before a list (按反映形式划分，来信45件、来访75件: every part named)
    respectively = word.startswith(("分别", "依次")) and CONTINUES.match(s.norm, s.start) is not None and \
        s.norm[s.start:s.start + 2] != "其中" and bisect_left(s.starts, m_start) == 0
    if not (respectively or opener) and (word != "其中" or s.norm[s.start:m_start].strip(" \t\u3000")):
        return []
    if any(r.parts and r.parts[0].clean_start >= m_end and not s.paren[bisect_left(s.starts, r.parts[0].clean_start)]
           for r in sums):
        return []  # the sentence binds its breakdown itself (not in brackets: （其中65岁及以上…）is a part's own)
    first = bisect_left(s.starts, m_end)
    parts_idx = _parts_after(s, first, m_end, 0, markers) if first < len(s.qs) else []
    if not parts_idx:
        return []
    if opener and len(parts_idx) >= 3 and \
            _TOTAL_NAMED_LAST.match(s.local_prefix(s.qs[parts_idx[-1]]).lstrip("，,、 \t")):
        # 按性别分，男性人口…，女性人口…，总人口…: the sentence's own whole, stated after its parts
        whole, parts_idx = s.qs[parts_idx[-1]], parts_idx[:-1]
    else:
        whole = before.dimension_whole if opener and before.dimension_whole is not None else \
            _whole_at_end(before, s.qs[parts_idx[0]], named=not opener)
    if whole is None or not compatible(whole, s.qs[parts_idx[0]]):
        return []
    role = _list_role(s, parts_idx[0])
    parts = [s.qs[j] for j in parts_idx if compatible(s.qs[j], whole) and _list_role(s, j) == role]
    if not parts or role != PLAIN:
        return []
    if opener:
        if len(parts) < 2:
            return []
        s.dimension_whole = whole  # (a breakdown along another dimension may follow: 按办理状态分，…)
        if len(parts) >= 3 and _complement_pair(s, parts[0], parts[1]) and (
                _semicolon_between(s.norm, parts[1].clean_end, parts[2].clean_start) or
                (len(parts) == 4 and _complement_pair(s, parts[2], parts[3]))):
            # 按性别分，男生…、女生…；普通类考生…，艺体类考生…: the pair is the breakdown, the rest another one (but
            # 从类型看，门诊…，急诊…，体检…: one list of three kinds)
            rest = parts[2:]
            out = [SumRelation(whole, parts[:2], True, "complementary")]
            if len(rest) == 2 and _complement_pair(s, rest[0], rest[1]):
                out.append(SumRelation(whole, rest, True, "complementary"))
            return out
        if _attributes_of_people(parts) or "群体" in word or _described_groups(s, parts):
            # 从结构看，大专以上学历75人，女性33人，党员31人; 从群体看，…: groups that may overlap (从构成看，涉及物业的
            # 工单…，重复来电的工单…: groups described by what they have or did)
            return [SumRelation(whole, parts, False, "qizhong-attributes")]
        tail = s.norm[parts[-1].clean_end:parts[-1].clean_end + 3]
        complete = "等" not in tail and not _ranked(s.norm, m_end, parts[-1].clean_end)
        return [SumRelation(whole, parts, complete, "by-dimension"),
                *_more_dimensions(s, markers, whole, parts[-1])]
    if respectively:
        return [SumRelation(whole, parts, True, "total-respectively")] if len(parts) >= 2 else []
    construction, exhaustive = _qizhong_kind(s, parts)
    return [SumRelation(whole, parts, exhaustive, construction)]


#: a total named after the parts of a breakdown's opener (按性别分，男性…，女性…，总人口…; …，合计…)
_TOTAL_NAMED_LAST = LazyRegex(r"(?:总|合计|共计|总计)")


#: the words that open a breakdown, first in the clause after its whole (，按类别分，)
_OPENER_FIRST = LazyRegex(r"[，,]\s*(?:" + BREAKDOWN_OPENER + r")\s*")
#: words that rank the kinds a breakdown names (个体工商户最多…；企业次之…): the top kinds, maybe not all of them
_RANKING = LazyRegex(r"最多|最高|最大|次之|其次|居首|居第"
                     # (… or name only the larger or the main ones: 按区县分，数量较多的是…; 主要有…)
                     r"|较多的(?:是|有|为)|较大的(?:是|有|为)|主要(?:是|有|为)|排名前|位居前")
#: … and words that name the last of them too (…最少): then all are named
_LAST_RANKED = LazyRegex(r"最少|最低|最小")


def _ranked(norm: str, lo: int, hi: int) -> bool:
    """Whether the breakdown ``norm[lo:hi]`` ranks its kinds from the top (最多, 次之) without naming the last
    (最少): a list of the largest kinds, which may leave smaller ones out.

    >>> _ranked("从类型看，个体户最多，达28户；企业次之，为26户；合作社1户", 5, 30), _ranked("甲最多，乙最少", 0, 7)
    (True, False)
    """
    return _RANKING.search(norm, lo, hi) is not None and _LAST_RANKED.search(norm, lo, hi) is None


def _more_dimensions(s: _Sentence, markers, whole: Quantity, last: Quantity) -> list[SumRelation]:
    """More breakdowns of *whole* along other dimensions in the sentence after its first one (ending with *last*), each
    after a ``；`` and the words that open it (``从渠道看，A、B；从内容看，C、D、E``): every part named again."""
    out = []
    for m_start, m_end, word in markers:
        if m_start <= last.clean_end or not _is_opener(word) or \
                s.norm[:m_start].rstrip(" \t\u3000")[-1:] not in ("；", ";"):
            continue
        first = bisect_left(s.starts, m_end)
        parts_idx = _parts_after(s, first, m_end, 0, markers) if first < len(s.qs) else []
        parts = [s.qs[j] for j in parts_idx if compatible(s.qs[j], whole) and _list_role(s, j) == PLAIN]
        if len(parts) >= 2 and len(parts) == len(parts_idx):
            tail = s.norm[parts[-1].clean_end:parts[-1].clean_end + 3]
            out.append(SumRelation(whole, parts, "等" not in tail, "by-dimension"))
    return out


#: the periods of a year, by the words that open their clause: four quarters or two halves
_QUARTERS = ("一季度", "二季度", "三季度", "四季度")
_HALVES = ("上半年", "下半年")
#: the part of a year so far, a half or three quarters, cumulated (1—6月累计, 上半年累计, 前三季度累计, 1-9月累计)
_SO_FAR = LazyRegex(r"[ \t\u3000]*(?:(?P<half>1[—\-－~～至到]6月(?:份)?|一至六月|上半年)|1[—\-－~～至到]9月(?:份)?"
                    r"|一至九月|前三季度)(?:累计|合计|共计)")
#: words of a figure planned, not reached
_PLANNED = ("计划", "目标", "任务", "预计", "力争", "预期")


def _year_of_periods(s: _Sentence) -> list[SumRelation]:
    """``一季度新增就业156人，二季度709人，三季度411人，四季度143人，全年新增就业1419人``: the quantities of every
    quarter (or both halves) of a year, one each in the order of the year, and 全年's after them (or before them, in
    the clause that opens the sentence: ``全年实现265.2亿元，一季度83.0亿元，…``): the year's total.

    >>> from auditor.quantities import parse_quantities
    >>> text = "一季度156人，二季度709人，三季度411人，四季度143人，全年1419人"
    >>> [(r.whole.value, len(r.parts)) for r in _year_of_periods(_Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(1419, 1), 4)]
    """
    qs = s.qs
    found: dict[str, Quantity] = {}
    so_far: list[SumRelation] = []
    for k, q in enumerate(qs):
        prefix = s.local_prefix(q).removeprefix("第").removeprefix("其中")
        if prefix.startswith("全年") and (found or k):
            if any(w in prefix for w in _PLANNED) or s.roles[k] != PLAIN:
                return []  # (全年计划投资30亿元: what was planned, not what the periods add up to)
            return so_far + _periods_add_up(q, found)
        cumulated = _SO_FAR.match(s.norm, s.clause_start(q.clean_start), q.clean_start) if found else None
        if cumulated is not None and s.roles[k] == PLAIN and not any(w in prefix for w in _PLANNED):
            # 一季度…、二季度…，1—6月累计…: the year so far, over the quarters it holds
            held = _QUARTERS[:2] if cumulated.group("half") else _QUARTERS[:3]
            parts = [found.get(p) for p in held]
            if len(found) == len(held) and all(p is not None and compatible(p, q) for p in parts) and \
                    all(a.clean_start < b.clean_start for a, b in pairwise(parts)):
                so_far.append(SumRelation(q, parts, True, "periods-of-year"))
                continue
        for period in (*_QUARTERS, *_HALVES):
            if prefix.startswith(period) and q.unit not in _RATE_UNITS:
                if period in found:
                    return []  # (a period named twice: not one list of the year)
                found[period] = q
    # 全年实现265.2亿元，一季度83.0亿元，…，四季度99.8亿元: the year's total first, then the periods and nothing else
    first = qs[0]
    label = s.prefix(first)
    if "全年" in label and not any(w in label for w in _PLANNED) and s.roles[0] == PLAIN and \
            len(found) == len(qs) - 1 and first not in found.values():
        return _periods_add_up(first, found, only=True)
    return so_far


#: the name of an item of a bare list: a few Chinese characters, after the mark that separates it from the item
#: before (none for the first)
_BARE_ITEM = LazyRegex(r"[；;，,、]?[ \t\u3000]*([\u4e00-\u9fff]{2,12})[ \t\u3000]*")
#: the words between a whole and its number that are not its name (共计, 为, 达到 …)
_WHOLE_NAME_TAIL = LazyRegex(r"(?:共计|合计|总计|累计|共|计|为|达到|达|是|约)+$")
#: words that make an item's name a statement, not a kind of the whole (增长, 完成, 其中 …)
_NOT_A_KIND_NAME = LazyRegex(r"其中|增|减|降|比|较|占|同期|上年|去年|累计|合计|共|完成|实现|达|为|约|近|超|全年|年度"
                             r"|计划|目标|预算数|决算数|调整"
                             # (names of a group of kinds, which may hold the others: 民生支出70亿元；教育支出20亿元)
                             r"|民生|重点|主要|刚性|三保")


def _bare_list(norm: str, start: int, end: int, quantities: list[Quantity], i: int, j: int) -> bool:
    """Whether the sentence ``norm[start:end]`` is a list of named amounts and nothing else (``教育支出36,381万元；
    城乡社区支出49,912万元``): each quantity after a name of a few Chinese characters, the items apart by ；，、,
    nothing after the last one."""
    cursor = start
    for k in range(i, j):
        q = quantities[k]
        m = _BARE_ITEM.fullmatch(norm, cursor, q.clean_start)
        if m is None or (k > i and m.start(1) == cursor) or q.unit in _RATE_UNITS or q.qualifier:
            return False
        cursor = q.clean_end
    return not norm[cursor:end].strip(" \t\u3000.")  # (. ends the text's last sentence in ASCII punctuation)


def _list_after_whole(before: _Sentence, s: _Sentence) -> list[SumRelation]:
    """``一般公共预算支出86,294.02万元。教育支出36,381.32万元；城乡社区支出49,912.88万元。``: a sentence that is a
    bare list of amounts (:func:`_bare_list`), each named with the word that names the amount the sentence before
    ends with (支出, 待遇, 收入; at least two characters of it), or each as a class of it (社保医保类, 税务类), lists
    kinds of that whole: maybe not all of them (a partial breakdown: the parts may not exceed the whole, TO002, nor
    fall short of it by a typing slip, TO004).

    >>> from auditor.quantities import parse_quantities
    >>> text = "全县一般公共预算支出86.3亿元。教育支出36.4亿元；城乡社区支出49.9亿元"
    >>> qs = parse_quantities(text)
    >>> found = _list_after_whole(_Sentence(text, 0, 16, qs[:1]), _Sentence(text, 17, len(text), qs[1:]))
    >>> [(r.construction, r.exhaustive, len(r.parts)) for r in found]
    [('list-after-whole', False, 2)]
    """
    k = len(before.qs) - 1
    whole = before.qs[k]
    if whole.unit in _RATE_UNITS or before.roles[k] != PLAIN or before.paren[k] or whole.high is None or \
            whole.qualifier or before.norm[whole.clean_end:before.end].strip(" \t\u3000") or \
            not all(compatible(q, whole) for q in s.qs) or \
            any(s.roles[n] != PLAIN or s.paren[n] for n in range(len(s.qs))):
        return []
    name = _WHOLE_NAME_TAIL.sub("", before.local_prefix(whole))
    head = name[-2:]
    if len(head) < 2 or _NOT_A_KIND_NAME.search(name[-4:]):
        return []
    names = [s.local_prefix(q) for q in s.qs]
    if any(_NOT_A_KIND_NAME.search(n) or n == name for n in names):
        return []
    if not (all(n.endswith(head) for n in names) or all(n.endswith("类") for n in names)):
        return []
    return [SumRelation(whole, list(s.qs), False, "list-after-whole")]



#: the words that open the clause of a period of a year after its first
_LATER_PERIODS = ("二季度", "三季度", "四季度", "第二季度", "第三季度", "第四季度", "下半年")
#: the words that open a sentence of the periods of a year (its first quarter or half)
_PERIOD_OPENERS = ("一季度", "第一季度", "上半年")


#: a span of months that opens a sentence (3月至8月，, 1-6月，, 1—10月份，)
_MONTH_SPAN = LazyRegex(r"(?P<a>[0-9]{1,2})月?(?:份)?\s*(?:至|到|-|—|－|~|～)\s*(?P<b>[0-9]{1,2})月(?:份)?"
                        r"(?:以来|期间)?[，,]")


def _months_of_span(s: _Sentence) -> list[SumRelation]:
    """``3月至8月，全市排查整治安全隐患738处，3月116处，4月158处，…，8月8处``: a span of months opening the sentence,
    the span's figure, then one figure for each of its months in order: the months add up to the span's.

    >>> from auditor.quantities import parse_quantities
    >>> text = "3月至5月，排查隐患738处，3月116处，4月158处，5月464处。"
    >>> [(r.whole.value, len(r.parts)) for r in _months_of_span(_Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(738, 1), 3)]
    """
    m = _MONTH_SPAN.match(s.norm, s.start)
    if m is None:
        return []
    first, last = int(m.group("a")), int(m.group("b"))
    if not 1 <= first < last <= 12:
        return []
    qs = [q for q in s.qs if q.clean_start >= m.end()]
    if len(qs) != last - first + 2:
        return []
    whole, parts = qs[0], qs[1:]
    if [_month_of(s.local_prefix(p)) for p in parts] != list(range(first, last + 1)) or \
            _month_of(s.local_prefix(whole)) is not None or \
            any(q.unit != whole.unit or q.qualifier or q.high is None or q.unit in _RATE_UNITS for q in qs):
        return []
    return [SumRelation(whole, parts, True, "months-of-span")]


def _periods_after_year(year_sentence: _Sentence, s: _Sentence) -> list[SumRelation]:
    """``全年接待游客566.1万人次。上半年接待140.4万人次，下半年接待461.7万人次。``: a sentence of the periods of a
    year and nothing else, after a sentence that ends with the year's figure (全年 in its name): the periods add up
    to it.

    >>> from auditor.quantities import parse_quantities
    >>> text = "全年接待游客566.1万人次。上半年接待140.4万人次，下半年接待461.7万人次"
    >>> qs = parse_quantities(text)
    >>> found = _periods_after_year(_Sentence(text, 0, 14, qs[:1]), _Sentence(text, 15, len(text), qs[1:]))
    >>> [(float(r.whole.value), [float(p.value) for p in r.parts]) for r in found]
    [(5661000.0, [1404000.0, 4617000.0])]
    """
    found: dict[str, Quantity] = {}
    for k, q in enumerate(s.qs):
        if q.unit in _RATE_UNITS:
            continue  # (上半年接待140.4万人次，同比增长12.1%: a period's growth)
        prefix = s.local_prefix(q).removeprefix("第")
        period = next((p for p in (*_QUARTERS, *_HALVES) if prefix.startswith(p)), None)
        if period is None or period in found or s.roles[k] != PLAIN or s.paren[k]:
            return []  # (every amount a period's, named once: 上半年…，其中…: a sentence of other things)
        found[period] = q
    k = len(year_sentence.qs) - 1
    year = year_sentence.qs[k]
    label = year_sentence.prefix(year)
    if "全年" not in label or any(w in label for w in _PLANNED) or year_sentence.roles[k] != PLAIN or \
            year_sentence.paren[k] or year.high is None or year.clean_end < year_sentence.end - 4:
        return []  # (the year's figure ends its sentence: 全年接待游客566.1万人次。)
    return _periods_add_up(year, found, only=True)


def _periods_add_up(year: Quantity, found: dict[str, Quantity], only: bool = False) -> list[SumRelation]:
    """The year's total over all its quarters (or both halves), each named once and in the order of the year
    (*only*: and no other period named)."""
    for periods in (_QUARTERS, _HALVES):
        parts = [found.get(p) for p in periods]
        if all(p is not None for p in parts) and all(compatible(p, year) for p in parts) and \
                all(a.clean_start < b.clean_start for a, b in pairwise(parts)) and \
                (not only or len(found) == len(periods)):
            return [SumRelation(year, parts, True, "periods-of-year")]
    return []


def _rest_of_whole_before(before: _Sentence, s: _Sentence) -> list[SumRelation]:
    """``共投入资金27.87万元。目前已拨付24.12万元，其余3.75万元待验收后拨付。``: a sentence of parts that ends its
    list with the rest (其余, 剩余, 余下) breaks down, completely, the whole the sentence before ends with (named
    as a total, or the only quantity of the parts' unit class there: :func:`_whole_at_end`).

    >>> from auditor.quantities import parse_quantities
    >>> text = "共投入资金27.87万元。目前已拨付24.12万元，其余3.75万元待验收后拨付。"
    >>> qs = parse_quantities(text)
    >>> found = _rest_of_whole_before(_Sentence(text, 0, 12, qs[:1]), _Sentence(text, 13, len(text) - 1, qs[1:]))
    >>> [(r.whole.value, [p.value for p in r.parts], r.exhaustive) for r in found]
    [(Fraction(278700, 1), [Fraction(241200, 1), Fraction(37500, 1)], True)]
    """
    qs = s.qs
    rest = next((k for k in range(1, len(qs)) if _is_rest(s, qs[k])), None)
    if rest is None or any(q.unit not in _RATE_UNITS and compatible(q, qs[rest]) for q in qs[rest + 1:]):
        return []  # (the rest ends the list)
    whole = _whole_at_end(before, qs[rest])
    if whole is None:
        return []
    parts = [q for k, q in enumerate(qs[:rest + 1]) if s.roles[k] == PLAIN and not s.paren[k] and compatible(q, whole)]
    if len(parts) < 2 or parts[-1] is not qs[rest]:
        return []
    return [SumRelation(whole, parts, True, "qizhong-rest")]


def _qizhong_kind(s: _Sentence, parts: list[Quantity], whole: Quantity | None = None) -> tuple[str, bool]:
    """``(construction, exhaustive)`` of a 其中 list of *parts* (of *whole*, when known): with 其余 at its end, a pair
    that splits the whole, people counted along two attributes (女性24人、党员27人: groups that may overlap), or a
    plain partial breakdown."""
    if _RANKING.search(s.local_prefix(parts[0])) is not None:
        return "qizhong", False  # 其中规模较大的是一般贸易…、其他贸易方式…: the larger kinds, whatever they are named
    if len(parts) >= 2 and _is_rest(s, parts[-1]):
        return "qizhong-rest", True
    if len(parts) == 2 and _complement_pair(s, parts[0], parts[1]):
        return "complementary", True
    if len(parts) >= 3 and (_whole_scale_of_grades(s, parts) or _open_ended_scale(s, parts)):
        return "qizhong-grades", True
    if _every_class(s, parts):
        return "qizhong-classes", True  # (Ⅰ类…劣Ⅴ类: every class of water, each section in one)
    if len(parts) == 3 and _three_industries(s, parts):
        return "qizhong-industries", True  # 其中，第一产业增加值…，第二产业增加值…，第三产业增加值…: all three
    if _attributes_of_people(parts) or _attributes_of_gifts(parts) or _nested_or_helped(parts) or \
            _tags_across(parts) or _all_involving(s, parts) or \
            (whole is not None and _works_within(s, whole, parts)) or \
            _DESCRIBED_NAMES.search(s.norm, s.clause_start(parts[0].clean_start), parts[0].clean_start) is not None or \
            _described_groups(s, parts) or _respective_groups_overlap(s, parts):
        return "qizhong-attributes", False
    return "qizhong", False


def _respective_groups_overlap(s: _Sentence, parts: list[Quantity]) -> bool:
    """Whether *parts* of people follow 其中 and names before 分别 of groups that may overlap
    (``其中女性、未成年人、认罪认罚分别为…``: :func:`_overlapping_groups`)."""
    if parts[0].unit not in _PEOPLE_UNITS:
        return False
    respectively = s.norm.rfind("分别", s.start, parts[0].clean_start)
    opened = s.norm.rfind("其中", s.start, respectively) if respectively != -1 else -1
    return opened != -1 and _overlapping_groups(s.norm[opened + 2:respectively].strip("，,：: ").split("、"))


#: the three industries of an economy, one word each (第一产业, 一产, 第一产业增加值)
_INDUSTRIES = (("第一产业", "一产"), ("第二产业", "二产"), ("第三产业", "三产"))


def _three_industries(s: _Sentence, parts: list[Quantity]) -> bool:
    """Whether *parts* are the value added of the first, second and third industries in order (``其中，第一产业增加值
    320.9亿元，第二产业增加值728.4亿元，第三产业增加值1640.4亿元``): every part of an economy's output, nothing left out
    (electricity used or investment by industry leave out other uses: not read so).

    >>> from auditor.quantities import parse_quantities
    >>> text = "其中第一产业增加值320.9亿元，第二产业增加值728.4亿元，第三产业增加值1640.4亿元"
    >>> _three_industries(_Sentence(text, 0, len(text), parse_quantities(text)), parse_quantities(text))
    True
    """
    # (value added only: electricity or investment by industry leaves out households' and other uses)
    return all(any(w in s.local_prefix(p) for w in words) and "增加值" in s.local_prefix(p)
               for p, words in zip(parts, _INDUSTRIES, strict=True))


#: names before 分别 one of which describes what its members did (其中取得证书的、女性学员分别为…): groups that overlap
_DESCRIBED_NAMES = LazyRegex(r"的[、和及](?=[^，,。；;]{0,20}分别)")
#: a group named by what describes its members, then their noun, as a part's or a share's name (涉及住房物业的工单,
#: 位于人员密集场所的隐患; 开展电商销售的主体占, 涉及工业企业的投诉占比)
_DESCRIBED_GROUP = LazyRegex(r"[\u4e00-\u9fff]{2}的[\u4e00-\u9fff]{1,4}(?:占比|比重|占)?(?:为|是|有|达到|达)?$")


def _described_groups(s: _Sentence, parts: list[Quantity]) -> bool:
    """Whether two of *parts* or more are groups described by a clause before their noun (``涉及住房物业的工单993件，
    通过微信渠道反映的工单1826件``): each tells what its members have or did, and one may do both.

    >>> from auditor.quantities import parse_quantities
    >>> text = "涉及物业的工单993件，重复来电的工单2215件"
    >>> _described_groups(_Sentence(text, 0, len(text), parse_quantities(text)), parse_quantities(text))
    True
    """
    return sum(_DESCRIBED_GROUP.search(s.local_prefix(p)) is not None for p in parts) >= 2
#: a tag a case or a project carries beside its kind (涉企, 涉民生; 省重点): groups that cut across the others
_TAG = LazyRegex(r"涉(?!及)[\u4e00-\u9fff]|[省市]级?重点|获[^，,。；;、]{0,6}奖|同步上线")
#: where a project stands (新开工, 续建, 竣工): a dimension of its own, beside its rank
_PROJECT_STATE = LazyRegex(r"新开工|续建|竣工|在建|前期")


def _tags_across(parts: list[Quantity]) -> bool:
    """Whether *parts* mix a tag with other groups (``其中通过诉前调解化解456件、涉民生案件212件``; ``新开工17个、省重点
    17个``): a case about livelihoods may have been settled by mediation, a new project may be a key one.

    >>> from auditor.quantities import parse_quantities
    >>> [_tags_across(parse_quantities(t)) for t in ("调解化解456件、涉民生案件212件", "民事案件500件、刑事案件422件",
    ...                                              "获省级奖项42部，同步上线35部")]
    [True, False, True]
    """
    tags = [_TAG.search(p.label) for p in parts]
    if not any(tags):
        return False
    if not all(tags):
        return True
    # (获省级奖项…，同步上线…: tags of different kinds, each a group of its own; 首次 is no tag: 首次…、复查… split)
    return len({m.group()[:1] for m in tags}) >= 2 or any(_PROJECT_STATE.search(p.label) for p in parts)


def _all_involving(s: _Sentence, parts: list[Quantity]) -> bool:
    """Whether every one of *parts* counts what involves something (``其中涉及耕地165宗、涉及林地83宗``): a case may
    involve farmland and forest both, the groups overlap.

    >>> from auditor.quantities import parse_quantities
    >>> text = "其中涉及耕地165宗、涉及林地83宗"
    >>> _all_involving(_Sentence(text, 0, len(text), parse_quantities(text)), parse_quantities(text))
    True
    """
    return len(parts) >= 2 and all(s.local_prefix(p).lstrip("其中，,、：: ").startswith("涉及") for p in parts)


#: the verbs of works done on or in a thing (加装电梯, 改造供排水管网, 增设停车位)
_WORK_VERBS = ("加装", "增设", "改造", "新建", "配建", "安装", "更新", "完善", "铺设", "改建", "建设", "维修", "修缮",
               "新增")


def _works_within(s: _Sentence, whole: Quantity, parts: list[Quantity]) -> bool:
    """Whether *parts* count the things of *whole* in which a work was done, each part a work on something else
    than the whole's noun (``改造老旧小区276个，其中加装电梯130个、改造供排水管网199个、增设停车位158个``): one
    neighbourhood may have had all three, the groups overlap. Not so when the parts name the whole's noun (``其中新建
    小区10个、改造小区20个``: kinds of it).

    >>> from auditor.quantities import parse_quantities
    >>> text = "改造老旧小区276个，其中加装电梯130个、增设停车位158个"
    >>> qs = parse_quantities(text)
    >>> _works_within(_Sentence(text, 0, len(text), qs), qs[0], qs[1:])
    True
    """
    label = whole.label.rstrip("共计有为达到：: ")
    noun = label[-2:]
    if len(parts) < 2 or len(noun) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in noun) or \
            whole.unit not in _THINGS_WORKED_IN:
        return False  # (道路硬化12.8公里，其中新建…米、改建…米: lengths and areas of one work, new and rebuilt)
    names = [s.local_prefix(p).lstrip("其中，,、：: ") for p in parts]
    return all(name.startswith(_WORK_VERBS) and noun not in name and len(name) >= 4 and
               not name[2:].startswith(("提升", "扩建", "改造", "完善")) for name in names)


#: the units of things counted one by one (neighbourhoods, schools, places), whose works are counted in them
_THINGS_WORKED_IN = frozenset({"个", "处", "所", "家", "栋", "座"})


def _nested_or_helped(parts: list[Quantity]) -> bool:
    """Whether *parts* are classes above thresholds, nested in each other (``亿元以上项目27个，10亿元以上项目14个``),
    or the groups an effort helped (``帮助高校毕业生就业4646人，帮助农村转移劳动力就业6571人``: a person may be in two):
    groups that may overlap, none larger than the whole.

    >>> from auditor.quantities import parse_quantities
    >>> [_nested_or_helped(parse_quantities(t)) for t in ("亿元以上27个，10亿元以上14个", "新建项目27个，续建14个")]
    [True, False]
    """
    if len(parts) < 2:
        return False
    labels = [p.label for p in parts]
    return sum("以上" in label for label in labels) >= 2 or all(any(w in label for w in _HELPED) for label in labels)


#: the words of a group an effort helped (帮助高校毕业生就业…人)
_HELPED = ("帮助", "扶持", "带动", "促进")


#: what may stand around a grade's name before its count (其中评价“非常满意”的, 选择“满意”的)
_GRADE_WRAPPING = LazyRegex(r"^(?:其中)?[，,：:]?(?:评价|选择|认为|答|回答)?(?:为)?[“\"‘']?"
                            r"|[”\"’']?(?:的)?(?:有|为|共)?$")


def _whole_scale_of_grades(s: _Sentence, parts: list[Quantity]) -> bool:
    """Whether *parts* count the answers of one question by grade, from satisfied to dissatisfied
    (``其中评价“非常满意”的1,019份，“满意”的705份，“基本满意”的313份，“不满意”的118份``): each answer counted once,
    so the grades add up to the whole.

    >>> from auditor.quantities import parse_quantities
    >>> text = "其中评价“非常满意”的119份，“满意”的70份，“不满意”的11份"
    >>> _whole_scale_of_grades(_Sentence(text, 0, len(text), parse_quantities(text)), parse_quantities(text))
    True
    """
    names = [_GRADE_WRAPPING.sub("", s.local_prefix(p)) for p in parts]
    if not all(_GRADE.fullmatch(name) for name in names):
        return False
    return any(name.startswith(("不", "很不")) for name in names) and any("不" not in name for name in names)


def _open_ended_scale(s: _Sentence, parts: list[Quantity]) -> bool:
    """Whether *parts* are the bands of one scale from one open end to the other (``其中大专及以上学历375名、高中
    学历589名、初中及以下学历836名``; ``35岁及以下…、36至50岁…、51岁及以上…``): every member falls in one band.

    >>> from auditor.quantities import parse_quantities
    >>> text = "其中大专及以上学历375名、高中学历589名、初中及以下学历836名"
    >>> _open_ended_scale(_Sentence(text, 0, len(text), parse_quantities(text)), parse_quantities(text))
    True
    """
    names = [s.local_prefix(p).removeprefix("其中").rstrip("为是有：:") for p in parts]
    ends = [("以上" in name) - ("以下" in name) for name in names]  # (1: open upward, -1: downward, 0: closed)
    if ends[0] == 0 or ends[-1] != -ends[0] or any(ends[1:-1]):
        return False  # (the first band open upward and the last downward, or the other way; none between)
    # (one dimension in every band, schooling or age: not 大专及以上学历党员、农民党员、35岁以下党员, three)
    return all("学历" in name or "文化" in name for name in names) or all("岁" in name for name in names)


#: a sentence that opens with an item other than the first (二是, （三）, 4.): the rest of a list
_LATER_ITEM = LazyRegex(r"[ \t\u3000]*(?:[二三四五六七八九十]是|[（(][二三四五六七八九十][)）]|[2-9][.、．](?![0-9]))")


#: a sentence that opens with the first item of a list (一是, （一）, 1.)
_FIRST_ITEM = LazyRegex(r"[ \t\u3000]*(?:一是|[（(]一[)）]|1[.、．](?![0-9]))")
_ITEMS_AFTER_COLON = LazyRegex(r"[：:][ \t\u3000]*(?:一是|[（(]一[)）]|1[.、．](?![0-9]))")
#: the first item of a list, by the form of a later one (二是 → 一是, （三） → （一）, 4. → 1.)
_FIRST_ITEMS = {"是": ("一是",), "）": ("（一）", "(一)"), ")": ("（一）", "(一)"), ".": ("1.", "1．"), "、": ("1、",),
                "．": ("1.", "1．")}
#: an item's mark (一是, （二）, 3.), and what stands before one that opens an item
_ITEM_MARK = LazyRegex(r"[一二三四五六七八九十]是|[（(][一二三四五六七八九十][)）]|[1-9][.、．](?![0-9])")
_BEFORE_ITEM = frozenset("：:；;。！？!?\n")


def _items_before(norm: str, start: int, lookback) -> list[Quantity] | None:
    """The quantities of a list whose later items open the sentence at *start* (``四是物业纠纷3起；五是…``), read
    back to its first item (一是, （一）, 1.) within 800 characters, when each item holds exactly one quantity
    of the first one's unit class (``None`` otherwise)."""
    later = _LATER_ITEM.match(norm, start)
    mark = later.group().strip(" \t\u3000")[-1]
    lo = max(0, start - 800)
    first = max((norm.rfind(w, lo, start) for w in _FIRST_ITEMS.get(mark, ())), default=-1)
    if first == -1 or not _opens_item(norm, first):
        return None
    stop = norm.find("。", start)
    stop = len(norm) if stop == -1 else stop
    found = [q for q in lookback(first, stop) if q.unit not in _RATE_UNITS]
    items = sum(1 for m in _ITEM_MARK.finditer(norm, first, stop) if _opens_item(norm, m.start()))
    if not found or len(found) != items or not all(compatible(q, found[0]) for q in found):
        return None
    return found


def _opens_item(norm: str, at: int) -> bool:
    """Whether the item mark at *at* opens an item: at the start, or after a colon, a sentence's or a clause
    list's end, or a line break (spaces aside)."""
    k = at
    while k > 0 and norm[k - 1] in " \t\u3000":
        k -= 1
    # (the first item after a clause that leads into the list: 坚持稳中求进，一是…；二是…)
    return k == 0 or norm[k - 1] in _BEFORE_ITEM or (norm[k - 1] in "，," and norm.startswith("一是", at))


def _one_item_sentences(norm: str, last: _Sentence, total: Quantity, lookback) -> list[Quantity] | None:
    """The items of a list written one short sentence an item (``情况如下：A镇签约3331人。B街道2336人。C街道6873人。``)
    whose last sentence is *last*, read back to the sentence that opens the list with a colon (its item after the
    colon): each holds one quantity of the total's unit class and nothing else of a number. ``None`` when the
    sentences do not go back to such an opener."""
    items = [last.qs[0]]
    start = last.start
    for _ in range(MAX_ONE_ITEM_SENTENCES):
        back = start - 1
        if back <= 0 or norm[back] != "。":
            return None
        head = _sentence_start(norm, back)
        colon = max(norm.rfind("：", head, back), norm.rfind(":", head, back))
        # (or a breakdown's opener, 分类型看，商品零售额…。餐饮收入…。各类合计…)
        opener = OPENS_BREAKDOWN.match(norm, head) if colon == -1 else None
        lo = colon + 1 if colon != -1 else opener.end() if opener is not None else head
        if back - lo > MAX_ITEM_SENTENCE:
            return None
        found = lookback(lo, back)
        if len(found) != 1 or not compatible(found[0], total) or found[0].unit in _RATE_UNITS:
            return None
        items.append(found[0])
        if colon != -1 or opener is not None:
            return items[::-1] if len(items) >= 2 else None
        start = head
    return None


#: the most sentences of one item each read back for a total (:func:`_one_item_sentences`), and the longest
MAX_ONE_ITEM_SENTENCES = 12
MAX_ITEM_SENTENCE = 30


#: a second unit in brackets right after a total's (2413件（批次）): its items may be counted in either
_ALSO_UNIT = LazyRegex(r"[（(](批次|人次|次|件|起|个|家|户|人|宗)[）)]")


def _earlier_subtotals(before: _Sentence, norm: str, total: Quantity, colon: int, lookback) -> list[Quantity]:
    """The subtotals of the groups before the last group of a list (whose own subtotal closes *before*): in
    *before* ahead of its last group's *colon*, or, for groups one a line, the last figure of each line above
    that a sum word names (小计), back to the first line without one."""
    def closing(s: _Sentence) -> list[Quantity]:
        return [q for q in s.qs if compatible(q, total) and _is_sum_word(s.prefix(q))]

    earlier = [q for q in closing(before) if q.clean_start < colon]
    if earlier or lookback is None:
        return earlier
    line = before.start
    while line > 0 and norm[line - 1] == "\n" and len(earlier) < MAX_ROWS_OF_GROUPS:
        start = norm.rfind("\n", 0, line - 1) + 1
        above = _Sentence(norm, start, line - 1, lookback(start, line - 1))
        subtotal = closing(above)
        # (the last figure of the line, or the last before its own breakdown: 罗靖街道合计79处，其中滑坡35处、…)
        if len(subtotal) != 1 or (subtotal[0] is not above.qs[-1] and
                                  norm.find("其中", subtotal[0].clean_end, above.qs[-1].clean_start) == -1):
            break
        earlier.insert(0, subtotal[0])
        line = start
    return earlier


#: what joins the last item of a list to the one before it (…，B49个和C33个; …以及C33个)
_LAST_JOINED = LazyRegex(r"[^、，,；;]{0,2}(?:和|及|以及)")
#: the most lines of groups, each closed by its subtotal, read back for a grand total
MAX_ROWS_OF_GROUPS = 20


def _labels_a_figure(norm: str, colon: int, starts: list[int]) -> bool:
    """Whether the colon at *colon* ends an item's name, its figure right after it (``行政案件：2094件``)."""
    k = bisect_left(starts, colon)
    return k < len(starts) and starts[k] - colon <= 3 and not norm[colon + 1:starts[k]].strip()


def _total_after_list(before: _Sentence, norm: str, total: Quantity, lookback=None) -> list[SumRelation]:
    """``…如下：电工56人次；焊工148人次；育婴员83人次。合计287人次。``: a sentence that is only a total
    (合计, 以上合计 …) adds up the list of the sentence before it: its quantities of the total's unit
    class after its last colon (all of them plain, two at least).

    >>> from auditor.quantities import parse_quantities
    >>> text = "培训情况如下：电工56人次；焊工148人次。合计200人次。"
    >>> qs = parse_quantities(text)
    >>> [[p.value for p in r.parts] for r in _total_after_list(_Sentence(text, 0, 20, qs[:2]), text, qs[2])]
    [[Fraction(56, 1), Fraction(148, 1)]]
    """
    head = _sentence_start(norm, total.clean_start)
    if norm.startswith("全年", head) and len(before.qs) == 4 and \
            [_quarter_of(before.local_prefix(q)) for q in before.qs] == [1, 2, 3, 4] and \
            all(compatible(q, total) and q.unit == total.unit and before.roles[k] == PLAIN and not before.paren[k]
                for k, q in enumerate(before.qs)):
        # 分季度看，一季度291户，…，四季度187户。全年共征收…1117户: the year's four quarters, the sentence before
        return [SumRelation(total, list(before.qs), True, "year-of-quarters")]
    if not _TOTAL_SENTENCE.fullmatch(norm, head, total.clean_start):
        return []
    if norm.startswith(("全年共", "全年累计"), head) and not _FIRST_ITEM.match(norm, before.start) and \
            not _ITEMS_AFTER_COLON.search(norm, before.start, before.end):
        # (全年共… adds up items counted one by one, 一是…二是…, or one a sentence after the list's opener: 进展情况：
        # A项目签约311户。B片区签约541户。全年共签约…; after other lists, a part of the year)
        items = _one_item_sentences(norm, before, total, lookback) \
            if len(before.qs) == 1 and lookback is not None else None
        return [SumRelation(total, items, True, "list-total")] if items and len(items) >= 2 else []
    if _LATER_ITEM.match(norm, before.start):
        # 四是…；五是…。以上合计…: the list began a line or a sentence earlier; read back to its first item
        parts = _items_before(norm, before.start, lookback) if lookback is not None else None
        if parts is None or len(parts) < 2 or not all(compatible(q, total) for q in parts):
            return []
        return [SumRelation(total, parts, True, "list-total")]
    colon = max(norm.rfind("：", before.start, before.end), norm.rfind(":", before.start, before.end))
    starts = [q.clean_start for q in before.qs]
    if colon != -1 and _labels_a_figure(norm, colon, starts):
        # 分类统计如下：行政案件：2094件；执行案件：885件…。以上共计…: the colons of the items' names, the list
        # after the colon that opens it
        k = colon
        while k != -1 and _labels_a_figure(norm, k, starts):
            k = max(norm.rfind("：", before.start, k), norm.rfind(":", before.start, k))
        if k != -1:
            colon = k
    list_start = max(colon, before.start)
    opener = CONTINUES.match(norm, before.start)  # 分时段看，A；B。全年合计…: the list after the opener
    if opener is not None and opener.end() > colon:
        colon = opener.end() - 1
    parts = []
    # (受理群众诉求2413件（批次）: a total that counts in two units, its items counted in either)
    also = _ALSO_UNIT.match(norm, total.clean_end)
    for k, q in enumerate(before.qs):
        if q.clean_start < colon or not (compatible(q, total) or (also is not None and q.unit == also.group(1))):
            continue
        if parts and norm.find("其中", parts[-1].clean_end, q.clean_start) != -1:
            break  # 东长镇小计220处，其中滑坡67处、泥石流153处。以上…总计: the subtotal's own breakdown, no item (so of
            # 社会救助5267起，其中动物救助2377起…；⏎总计…: the last group of the lines above, with its breakdown)
        if (_list_role(before, k) != PLAIN and not (not parts and "新增" in before.local_prefix(q))) or \
                before.paren[k] or not _bindable(before, k):
            return []  # a change, an average or a remark among them: not a plain list (but 新增A…，B…: what was added)
        parts.append(q)
    subtotals = [q for q in parts if _is_sum_word(before.prefix(q))]
    if len(subtotals) == 1 and parts[-1] is subtotals[0]:
        # 东片：A…、B…，小计19.1万条；西片：C…、D…，小计14.8万条。以上合计33.9万条: the groups before the last one's
        # colon, or on the lines above, each closed by its subtotal
        subtotals = _earlier_subtotals(before, norm, total, colon, lookback) + subtotals
    if len(subtotals) >= 2:
        parts = subtotals  # (上半年合计…；下半年合计…。全年合计…: the subtotals add up, not every number of the list)
    if len(parts) == 1 and len(before.qs) == 1 and lookback is not None and colon < before.start:
        # 情况如下：A镇144盏。B镇102盏。C街道94盏。以上共计340盏: one item a sentence, back to the list's opener
        parts = _one_item_sentences(norm, before, total, lookback) or parts
    if len(parts) < 2:
        return []
    items = sum(1 for m in _ITEM_MARK.finditer(norm, list_start, before.end) if _opens_item(norm, m.start()))
    if items >= 2 and items != len(parts):
        return []  # (一是受理9起，调解8起；二是…: items of two counts each, and which of them adds up is not said)
    # (以上A、B等各类隐患点总计…: the total says it holds more groups than those listed)
    listed_all = norm.find("等", head, total.clean_start) == -1
    return [SumRelation(total, parts, listed_all, "list-total")]


#: a sentence that totals two things done in the sentences before it, naming them or counting them (新建和改造共计
#: 479个, 两项合计完成408个)
_NAMED_TOTAL = LazyRegex(r"(?:(?P<a>[\u4e00-\u9fff]{2,4})(?:和|与|及)(?P<b>[\u4e00-\u9fff]{2,4})"
                         r"|(?:以上|上述)?(?:两|二)项)"
                         r"(?:工作)?(?:共计|合计|总计|一共|共)(?:完成|实施|建成|新建)?(?:为|达|达到)?")


#: a line that opens with an item's number (一是, （一）, 1., ①)
_ITEM_LINE_OPEN = LazyRegex(r"[ \t\u3000]*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十0-9]{1,2}[）)]"
                            r"|[0-9]{1,2}[.、．]|[①-⑩])")


def _item_lines_before(norm: str, start: int, most: int = 6) -> int:
    """Where the lines right before the line at *start* begin that each open with an item's number and end with ；
    or 。 (at most *most*); *start* when there are none.

    >>> text = "情况如下：\\n一是发放津贴95万元；\\n二是发放生活费690万元；\\n以上两项合计785万元。"
    >>> text[_item_lines_before(text, text.index("以上")):][:2]
    '一是'
    """
    k = start
    for _ in range(most):
        if k < 2 or norm[k - 1] != "\n":
            break
        line_start = norm.rfind("\n", max(0, k - 1 - WHOLE_BEFORE_REACH), k - 1) + 1
        line = norm[line_start:k - 1].rstrip(" \t\r")
        if not line.endswith(("；", ";", "。")) or _ITEM_LINE_OPEN.match(line) is None:
            break
        k = line_start
    return k


def _named_items_total(norm: str, total: Quantity, lookback) -> list[SumRelation]:
    """``全年新建服务站207个。同时，对老站点实施改造292个。新建和改造共计499个。``: a sentence that is only a total
    of two things done (named by their verbs, 新建和改造, or counted, 两项合计) adds up the quantities of the sentences
    before it in its paragraph that it names: the one named by each verb, or the only two of its unit class.

    >>> from auditor.document import Document
    >>> text = "全年新建服务站207个，反响良好。同时，对老站点实施改造292个。新建和改造共计479个。"
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in document_relations(Document("a", text)).sums]
    [(479, [207, 292])]
    """
    head = _sentence_start(norm, total.clean_start)
    m = _NAMED_TOTAL.fullmatch(norm, head, total.clean_start)
    if m is None or total.qualifier:
        return []
    lo = _paragraph_before(norm, head)
    if not m.group("a") and lo == head:
        lo = _item_lines_before(norm, head)  # 一是…95.65万元；⏎二是…690.77万元；⏎以上两项合计…: items a line each
    qs = [q for q in lookback(lo, head) if compatible(q, total) and q.unit not in _RATE_UNITS and q.clean_start >= lo]
    if m.group("a"):
        a = [q for q in qs if m.group("a") in q.label]
        b = [q for q in qs if m.group("b") in q.label]
        if len(a) != 1 or len(b) != 1 or a[0] is b[0]:
            return []
        parts = sorted((a[0], b[0]), key=lambda q: q.clean_start)
    elif len(qs) == 2:
        parts = qs
    else:
        return []
    if any(q.qualifier or q.high is None for q in parts):
        return []
    return [SumRelation(total, list(parts), True, "named-total")]


#: the name of a difference of the parts before it, at the end of a quantity's label (贸易顺差, 收支结余)
_BALANCE_LABEL = LazyRegex(r"(顺差|逆差|差额|结余|盈余|赤字|净增加?|净减少?|净流[入出])[为是达了约]{0,2}$")


def _parts_after(s: _Sentence, first: int, after: int, depth: int, markers) -> list[int]:
    """Indices of the parts listed after a marker ending at *after*, up to the end of the list (a 其中 list
    may run across a ``；``; a 包括 or 含 list, often a sub-breakdown, ends there)."""
    qs = s.qs
    opening = next((mk[2] for mk in markers if mk[1] == after), "其中")
    nested_ok = opening.endswith("其中") or opening.startswith("分别") or _is_opener(opening) or (
        opening in ("包括", "包含") and s.norm[after:after + 1] in ("：", ":"))  # (包括：A；B；C: items apart by ；)
    if nested_ok and not _is_opener(opening) and any(_is_opener(mk[2]) for mk in markers if mk[1] < after):
        nested_ok = False  # 分为A和B两类：A 2732处，其中…、…；B 1123处: the ； ends a part's own 其中 list
    next_marker = next((mk[0] for mk in markers if mk[0] >= after and not mk[2].startswith("分别")
                        and _paren_depth(s.norm, s.start, mk[0]) <= depth), s.end)
    parts: list[int] = []
    cursor = after
    skip_to = -1  # the end of a sub-breakdown of the last part (其中A，包括a1、a2；B): its numbers are not parts
    rated = False  # a rate stood after the parts (其中按时办结…，按时办结率94.6%)
    for j in range(first, len(qs)):
        q = qs[j]
        if q.clean_start < skip_to:
            continue
        if q.clean_start >= next_marker:
            semi = _sub_breakdown_end(s, next_marker, markers, _is_opener(opening)) \
                if parts and (opening.endswith("其中") or _is_opener(opening)) else -1
            if semi == -1 or q.clean_start < semi:
                if semi == -1:
                    break
                skip_to = cursor = semi
                next_marker = next((mk[0] for mk in markers if mk[0] >= semi and not mk[2].startswith("分别")
                                    and _paren_depth(s.norm, s.start, mk[0]) <= depth), s.end)
                continue
        semicolon = _semicolon_between(s.norm, cursor, q.clean_start)  # (a ； before this part: asked four ways)
        if (next_marker < s.end or not nested_ok) and semicolon:
            break  # 其中A、B；受理咨询C，其中…, or 包括A、B；县本级投入C: a ； ends the list
        if len(parts) >= 2 and opening.endswith("其中") and semicolon and \
                all(_listed_with_dun(s.norm[qs[a].clean_end:qs[b].clean_start]) for a, b in pairwise(parts)):
            break  # 其中旧存448件、新收3150件；审结3030件，未结568件: a list of 、 ends at the ；
        if len(parts) == 2 and opening.endswith("其中") and semicolon and \
                not _semicolon_between(s.norm, qs[parts[0]].clean_end, qs[parts[1]].clean_start) and \
                _complement_pair(s, qs[parts[0]], qs[parts[1]]):
            break  # 其中男生4642人，女生3900人；教职工279人: the pair split the whole, after the ； another count (but
            # 其中：门诊…；急诊…；体检…: items of one list, each after a ；)
        if rated and semicolon:
            break  # 其中按时办结152366件，按时办结率94.6%；回访59612件: the part's rate closed the statement
        if parts and q.unit == "%" and s.norm.find("率", cursor, q.clean_start) != -1:
            rated = True
        gap_start, cursor = cursor, q.clean_end
        d = s.paren[j]  # _paren_depth(s.norm, s.start, q.clean_start)
        if d < depth:
            break  # （其中…） closed
        named_alone = d == depth + 1 and _alone_in_brackets(s.norm, q) and not s.norm[q.clean_end - 1].isdigit() \
            and _NAMED_BEFORE_BRACKET.search(s.norm, max(s.start, q.clean_start - 14), q.clean_start) is not None
        if (d > depth and not named_alone) or not _bindable(s, j):
            continue  # (but 包括幼儿园（42所）、初中（30所）: each part alone in brackets after its name, its unit too;
            # not 小（1）型水库, a type's number)
        if parts and not compatible(q, qs[parts[0]]):
            continue  # 191.6亩，已栽种蓝莓共计44000株；161亩: another unit is a remark, not the next part
        prefix = s.prefix(q)
        if parts and _within_last_part(s, q, qs[parts[-1]]):
            break  # 其中党员333人，党员中女性144人: a group of the last part, not the next part
        if parts and q.label.startswith(("实际", "已经", "已")) and _owed_clause(s, qs[parts[-1]]):
            break  # 其中应参加医保39,696人，实际参保37,703人: those who did, of those who should have
        if parts and s.norm.find("中", gap_start, q.clean_start) != -1 and \
                (group := _PART_GROUP.search(s.norm, gap_start, q.clean_start)) is not None and \
                any(group.group(1)[-2:] in qs[k].label for k in parts):
            break  # 工业项目21个、服务业项目9个；工业项目中，新材料类…: a part's own breakdown after the list
        if parts and (_is_sum_word(prefix) or _NEW_STATEMENT.search(q.label) or
                      s.norm.startswith(("截至", "截止"), s.clause_start(q.clean_start))):
            break  # (…；截至11月底已竣工19个: a new statement about the whole's items)
        if parts and s.norm.startswith(_LATER_PERIODS, s.clause_start(q.clean_start)) and \
                not any(p in qs[parts[0]].label for p in (*_QUARTERS, *_HALVES)):
            break  # (上半年接待140.4万人次，其中省外游客50万人次，下半年接待…: the next period's figure)
        if len(parts) >= 2 and _subtotal_of_parts(q, [qs[k] for k in parts]):
            break  # 其中优115天、良174天、轻度污染42天，优良天数289天: a count of two of the parts, after them
        if len(parts) >= 2 and (balance := _BALANCE_LABEL.search(q.label)) is not None and \
                not any(balance.group(1) in qs[k].label for k in parts):
            break  # 其中出口125.05亿元、进口21.99亿元，贸易顺差103.06亿元: the parts' difference, not a part
        if parts and opening.endswith("其中") and _done_after_semicolon(s, gap_start, q, qs[parts[0]]):
            break  # 其中虚报冒领10335万元，损失浪费18052万元；已督促整改13377万元: what was done about the whole
        if not parts and _is_sum_word(prefix):
            break
        if parts and ("限额" in q.label or s.norm.startswith("以内", q.clean_end)):
            break  # 其中一般债务…、专项债务…，控制在债务限额368.25亿元以内: the limit the whole stays within
        if parts and ("比" in q.label or "较" in q.label) and s.local_prefix(q).startswith(("比", "较")) and \
                _LAST_YEAR_VALUE.search(s.local_prefix(q)[1:]) is not None:
            continue  # 其中税收收入8.11亿元，比上年的7.35亿元增长10.3%: the part's value a year before, no part
        parts.append(j)
    return parts


#: what may stand in brackets before an amount in figures that restates one in capital numerals (（¥2,432,680.00元）,
#: （小写：￥…）, （人民币…）)
_FIGURES_OPENER = LazyRegex(r"[（(](?:小写[：:]?)?(?:人民币)?[¥￥]?$")
#: the last characters of an amount in capital numerals (…捌拾元整, …叁角)
_CAPITAL_END = frozenset("整元圆角分零壹贰叁肆伍陆柒捌玖拾佰仟万亿")


def _amount_in_figures(norm: str, q: Quantity) -> bool:
    """Whether *q* stands alone in brackets right after an amount written in capital numerals, as the same amount in
    figures (``合同总价：人民币（大写）贰佰肆拾叁万…元整（¥2,432,680.00元），其中…``): the whole of what follows.

    >>> from auditor.quantities import parse_quantities
    >>> text = "合同总价：贰佰肆拾叁万贰仟陆佰捌拾元整（¥2,432,680.00元），其中工程费¥516,290.00元"
    >>> _amount_in_figures(text, parse_quantities(text)[0])
    True
    """
    lo = max(0, q.clean_start - 8)
    m = _FIGURES_OPENER.search(norm, lo, q.clean_start)
    if m is None or norm[q.clean_end:q.clean_end + 1] not in (")", "）"):
        return False
    return norm[m.start() - 1:m.start()] in _CAPITAL_END


def _subtotals_after_lists(s: _Sentence, found: list[SumRelation]) -> list[SumRelation]:
    """``其中优115天、良174天、轻度污染42天，优良天数289天``: the count right after a list that names two of its
    parts together (:func:`_subtotal_of_parts`) is their sum.

    >>> from auditor.document import Document
    >>> text = "监测366天，其中优115天、良174天、轻度污染77天，优良天数280天。"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in document_relations(Document("a.txt", text)).sums
    ...  if r.construction == "subtotal"]
    [(Fraction(280, 1), [Fraction(115, 1), Fraction(174, 1)])]
    """
    out = []
    qs = s.qs
    for r in found:
        if len(r.parts) < 2:
            continue
        k = next((j for j, q in enumerate(qs) if q is r.parts[-1]), None)
        if k is None or k + 1 >= len(qs) or not compatible(qs[k + 1], r.parts[0]):
            continue
        total = qs[k + 1]
        if not _subtotal_of_parts(total, r.parts):
            continue
        name = total.label[:-len(total.unit) - 1]
        named = [p for p in r.parts if p.label.removeprefix("其中")[:1] in name]
        out.append(SumRelation(total, named, True, "subtotal"))
    return out


def _subtotal_of_parts(q: Quantity, parts: list[Quantity]) -> bool:
    """Whether *q* counts two or more of *parts* together, as its name says: a count of the unit
    (``优良天数289天`` after ``优115天、良174天``; ``中重度污染天数`` after ``中度…、重度…``).

    >>> from auditor.quantities import parse_quantities
    >>> qs = parse_quantities("其中优115天、良174天、轻度污染42天，优良天数289天，轻度污染天数42天")
    >>> _subtotal_of_parts(qs[3], qs[:3]), _subtotal_of_parts(qs[4], qs[:3])
    (True, False)
    """
    counted = q.unit + "数"
    if not q.label.endswith(counted):
        return False
    name = q.label[:-len(counted)]
    named = [p for p in parts if (part := p.label.removeprefix("其中")) and name and part[0] in name]
    return len(named) >= 2 and len(name) <= 2 * len(named) + 2


#: how a clause that reports what was since done about a whole begins (已整改, 现已办结, 均已落实)
_DONE_OPENERS = ("已", "现已", "均已", "目前已", "截至目前已", "已经")


def _done_after_semicolon(s: _Sentence, gap_start: int, q: Quantity, first: Quantity) -> bool:
    """Whether *q* opens, after a ``；``, a clause of what was done about the whole (``…；已督促整改问题金额
    13377万元``) while the list's first part did not (其中已建成15个；在建8个 is a list of states).

    >>> from auditor.quantities import parse_quantities
    >>> text = "共查出问题金额283万元，其中虚报冒领103万元，损失浪费180万元；已督促整改133万元"
    >>> qs = parse_quantities(text)
    >>> s = _Sentence(text, 0, len(text), qs)
    >>> _done_after_semicolon(s, qs[2].clean_end, qs[3], qs[1])
    True
    """
    gap = s.norm[gap_start:q.clean_start]
    if "；" not in gap and ";" not in gap:
        return False
    if not s.norm.startswith(_DONE_OPENERS, s.clause_start(q.clean_start)):
        return False
    first_clause = s.clause_start(first.clean_start)
    if s.norm.startswith("其中", first_clause):
        first_clause += 2
    return not s.norm.startswith(_DONE_OPENERS, first_clause)


def _listed_with_dun(gap: str) -> bool:
    """Whether two parts are listed apart by 、 (and no ；) — a list that a ； ends."""
    return "、" in gap and "；" not in gap and ";" not in gap


#: a part's group named after a ；, then 中 (；工业项目中，…)
_PART_GROUP = LazyRegex(r"[；;]\s*([\u4e00-\u9fff]{2,10})中[，,：:]")


def _within_last_part(s: _Sentence, q: Quantity, last: Quantity) -> bool:
    """Whether *q* counts a group of the part *last* (``其中党员333人，党员中女性144人``): the words before it
    name *last*'s group then 中.

    >>> from auditor.quantities import parse_quantities
    >>> text = "共有职工355人，其中党员333人，党员中女性144人"
    >>> qs = parse_quantities(text)
    >>> _within_last_part(_Sentence(text, 0, len(text), qs), qs[2], qs[1])
    True
    """
    if s.norm.find("中", last.clean_end, q.clean_start) == -1:
        return False  # (most parts: no 中 between the last part and this one)
    words = s.local_prefix(q)
    at = words.find("中")
    if at < 2:
        return False
    group = words[max(0, at - 4):at]
    return any(group[k:] in last.label for k in range(len(group) - 1))


def _sub_breakdown_end(s: _Sentence, at: int, markers, after_opener: bool = False) -> int:
    """Where a sub-breakdown that starts with the marker at *at* ends (just after the next ``；``), when the
    marker is 包括/含 in the clause right after a part (``其中上级资金2155万元，包括中央资金…、省级资金…；县级…``),
    or, in a list opened by a breakdown's opener (*after_opener*), 其中 too (``分为A和B两类：A 2732处，其中…；B…``);
    else -1."""
    word = next((mk[2] for mk in markers if mk[0] == at), "")
    nested = ("包括", "含", "包含", "其中") if after_opener else ("包括", "含", "包含")
    if word.lstrip("（(，,") not in nested or (s.norm[at - 1:at] not in ("，", ",") and word[0] not in "，,（("):
        return -1
    ends = [i for i in (s.norm.find("；", at, s.end), s.norm.find(";", at, s.end)) if i != -1]
    return min(ends) + 1 if ends else -1


_NAMES = LazyRegex(r"[，,：:]\s*(?P<names>[\p{Han}A-Za-z]{1,12}(?:(?:、|和|及|与)[\p{Han}A-Za-z]{1,12})+)\s*$")


#: the words of a whole that counts a whole place (全县, 全市 …): its members named after it are some of its parts
_SCOPE_WHOLE = LazyRegex(r"全(?:县|市|区|镇|乡|省|州|旗|街道|村|校|院|系统|行业)")
#: the kinds of body a list may name by name (公司, 银行, 学校): members of a whole that names none of them
_NAMED_BODIES = ("公司", "集团", "银行", "企业", "学校", "医院", "协会")


def _bodies_of_whole(label: str, between: str) -> bool:
    """Whether the names before 分别 are all bodies by name (``金尚信息公司、永秀信息公司``) and the whole's *label*
    names no body of their kind (``新增5G基站``): some of the bodies that make up the whole, not its peers (``甲公司
    120人，乙公司和丙公司分别为…``).

    >>> _bodies_of_whole("2024年，新增5G基站", "，金尚信息公司、永秀信息公司")
    True
    >>> _bodies_of_whole("甲公司", "，乙公司、丙公司")
    False
    """
    names = _NAMES.search(between)
    if names is None:
        return False
    split = _NAME_SPLIT.split(names.group("names"))
    return all(name.endswith(_NAMED_BODIES) for name in split) and not any(end in label for end in _NAMED_BODIES)


#: a whole of two kinds named after its number, the second in brackets (77个村（社区）, 12个镇（街道）)
_TWO_KINDS = LazyRegex(r"[个家所]?(?P<a>[\u4e00-\u9fff]{1,3})[（(](?P<b>[\u4e00-\u9fff]{1,3})[）)]")


def _kinds_of_whole(s: _Sentence, whole: Quantity, parts: list[Quantity]) -> bool:
    """Whether *whole* names two kinds after its number (``77个村（社区）``) and the two *parts* are one of each,
    in either order (``行政村9个、社区66个``): together every member of the whole.

    >>> from auditor.quantities import parse_quantities
    >>> text = "全区共有77个村（社区），其中行政村9个、社区66个"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> _kinds_of_whole(s, s.qs[0], s.qs[1:])
    True
    """
    m = _TWO_KINDS.match(s.norm, whole.clean_end)
    if m is None or len(parts) != 2:
        return False
    kinds = (m.group("a"), m.group("b"))
    labels = [s.local_prefix(p).rstrip("为是有达：:") for p in parts]
    return {next((k for k in kinds if label.endswith(k)), None) for label in labels} == set(kinds)


#: the units of a total's parts named in brackets right after its own (39640件（份、条、次）)
_COUNTED = "个件份条次张册场人户家套台辆处项篇期批"
#: the units of things handed out or put up, any of which such a total may count (not people, households, money)
_COUNTED_THINGS = frozenset("个件份条次张册场套台处项篇期批幅块")
_UNITS_AFTER = LazyRegex(rf"[（(](?P<units>[{_COUNTED}](?:[、/][{_COUNTED}])+)[）)]")


def _units_listed_after(norm: str, total: Quantity) -> frozenset[str]:
    """The units a total of counts names in brackets after its own, as its parts are counted (``合计39640件（份、条、
    次）``: 份, 条 and 次 add up to 件); none when no such brackets follow it.

    >>> from auditor.quantities import parse_quantities
    >>> text = "合计39640件（份、条、次）"
    >>> sorted(_units_listed_after(text, parse_quantities(text)[0]))[:4]
    ['个', '件', '份', '册']
    """
    if total.unit not in COUNT_UNITS or norm[total.clean_end:total.clean_end + 1] not in ("（", "("):
        return frozenset()
    m = _UNITS_AFTER.match(norm, total.clean_end)
    if m is None:
        return frozenset()
    # (the units named are often some of them: 件（份、条、次） over items counted in 张 too; any count of things then)
    return frozenset(m.group("units").replace("、", "").replace("/", "")) | _COUNTED_THINGS


#: the words of a year's total after its quarters (全年累计, 全年累计为, 全年: the four quarters are checked)
#: names listed without figures right before a sum word (销售、管理、财务费用合计): the total is theirs
_NAMES_THEN_SUM = LazyRegex(r"[\u4e00-\u9fff]{1,8}(?:、[\u4e00-\u9fff]{1,8})+(?:合计|共计|总计)[为是达]?$")
_YEAR_SO_FAR = ("全年累计", "全年累计为", "全年累计达", "全年累计达到", "全年", "全年为")
#: the year's figure named by what was done in it (全年办理, 全年完成): after its four quarters, their total
_YEAR_DOING = LazyRegex(r"[，,\s]*全年[^，,。；;0-9]{1,4}?(?:为|达|达到)?")
#: the four quarters named at once before 分别 (一至四季度, 一季度至四季度, 第一至第四季度, 一、二、三、四季度)
_FOUR_QUARTERS_NAMED = LazyRegex(r"(?:(?:第?一季度|第?一|1)\s*[至到—\-－~～]\s*第?(?:四|4)|一、二、三、四)"
                                 r"(?:个)?季度(?:各季度)?$")
#: :data:`_MONTHS_SO_FAR`'s stand-in when the year's total follows its quarters, or 累计 a list of kinds
_FOUR_QUARTERS = object()
_KINDS_LISTED = object()
_YEARS_LISTED = object()
#: the total of years listed before it (三年来累计, 近两年来累计), and how many years it names
_YEARS_SO_FAR = LazyRegex(r"(?:近|这)?(?P<n>[两二三四五六七八九十]|[2-9])?年(?:来|以来)累计")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           **{str(k): k for k in range(2, 10)}}
#: a year at the end of an item's label (、2023年, 2023年度)
_YEAR_AT_END = LazyRegex(r"((?:19|20)[0-9]{2})年度?$")


def _year_at_end(label: str) -> int | None:
    """The year an item's *label* ends with (``、2023年`` → 2023), or None."""
    m = _YEAR_AT_END.search(label.rstrip("为是有：:"))
    return int(m.group(1)) if m is not None else None
#: how the name of a kind ends (咨询类, 求助类型, 来信方面)
_KIND_ENDS = ("类", "类型", "方面")
#: a quarter named at the end of an item's words (一季度, 第二季度, Q3)
_QUARTER_AT_END = LazyRegex(r"(?:第?(?P<cn>[一二三四1-4])季度|Q(?P<q>[1-4]))$")


def _quarter_of(words: str) -> int | None:
    """The quarter *words* end with (``一季度`` → 1, ``第四季度`` → 4, ``Q2`` → 2), or ``None``.

    >>> [_quarter_of(w) for w in ("零售额一季度", "第四季度", "Q2", "全年")]
    [1, 4, 2, None]
    """
    m = _QUARTER_AT_END.search(words)
    return None if m is None else _month(m.group("cn") or m.group("q"))


#: the months of a period from January (1-4月, 1—6月份, 一至四月) stated before a figure of theirs
_MONTHS_FROM_JANUARY = LazyRegex(r"(?:1|01|一)\s*[—\-－~～至到]\s*(?P<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月")


def _each_month_of(s: _Sentence, whole: Quantity, between: str, n: int) -> bool:
    """Whether the names before 分别 are the months of the period the sentence opens with, one figure for each
    (``1-4月份，受理群众诉求4761件，各月分别为621件、586件、2416件、554件``): the whole's own months.

    >>> from auditor.quantities import parse_quantities
    >>> text = "1-4月份，受理诉求4761件，各月分别为621件、586件、2416件、554件"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> _each_month_of(s, s.qs[0], "，各月", 4), _each_month_of(s, s.qs[0], "，各月", 3)
    (True, False)
    """
    if between.strip("，,：: ") not in ("各月", "各月份", "每月"):
        return False
    m = _MONTHS_FROM_JANUARY.search(s.norm, s.start, whole.clean_start)
    return m is not None and _month(m.group("n")) == n


def _quarters_of_year(s: _Sentence, whole: Quantity, between: str, n: int) -> bool:
    """Whether the names before 分别 are the quarters (or the halves) of the year whose figure is *whole*, one figure
    for each (``全年完成门急诊713062人次，第一至第四季度分别为…``, ``全年…，上、下半年分别为…``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "全年接处警情2369起，第一至第四季度分别为1048起、93起、934起、294起"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> _quarters_of_year(s, s.qs[0], "，第一至第四季度", 4), _quarters_of_year(s, s.qs[0], "，第一至第四季度", 3)
    (True, False)
    """
    m = _QUARTERS_NAMED.fullmatch(between.strip("，,：: "))
    if m is None or n != (2 if m.group("halves") else 4):
        return False
    return s.norm.find("全年", s.start, whole.clean_start) != -1 or \
        s.norm.find("年度", s.start, whole.clean_start) != -1


#: periods of a year named before 分别 (一季度和二季度, 3月、4月, 上半年): some of them, unless all are named at once
_SOME_PERIODS = LazyRegex(r"季度|(?<![0-9])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月|半年")
#: the quarters of a year named at once (第一至第四季度, 1-4季度, 一季度至四季度, 各季度), or its halves (上、下半年)
_QUARTERS_NAMED = LazyRegex(r"(?:第?[一1]\s*(?:季度)?\s*[至到—\-－~～]\s*第?[四4]\s*季度|四个季度|各季度"
                            r"|(?P<halves>上(?:半年)?[、和与及]下半年))(?:各?分别)?")


#: the months from January to a month, or a quarter or a half of the year, then 累计 (1—6月累计, 1至6月累计,
#: 第三季度累计受理12345热线工单…), the words of what was done between 累计 and the figure
_MONTHS_SO_FAR = LazyRegex(r"(?:(?:1|01|一)\s*[—\-－~～至到]\s*(?P<n>[0-9]{1,2})月(?:份)?"
                           r"|(?P<q>第?[一二三四]季度|[上下]半年))"
                           r"累计[^，,。；;]{0,14}?(?:为|达|达到)?$")  # (一季度累计 after 1月、2月、3月)
#: the first month of each quarter and half of the year
_FIRST_MONTH = {"一季度": 1, "二季度": 4, "三季度": 7, "四季度": 10, "上半年": 1, "下半年": 7}


def _months_summed(so_far) -> list[int]:
    """The months a match of :data:`_MONTHS_SO_FAR` sums up (1—6月累计: 1 to 6; 三季度累计: 7 to 9; 上半年累计: 1 to 6).

    >>> [_months_summed(_MONTHS_SO_FAR.search(t)) for t in ("1—4月累计", "第三季度累计受理", "下半年累计")]
    [[1, 2, 3, 4], [7, 8, 9], [7, 8, 9, 10, 11, 12]]
    """
    if so_far.group("n"):
        return list(range(1, int(so_far.group("n")) + 1))
    q = so_far.group("q").removeprefix("第")
    first = _FIRST_MONTH[q]
    return list(range(first, first + (6 if q.endswith("半年") else 3)))


#: a month named at the end of an item's words (1月, 12月份, 三月)
_MONTH_AT_END = LazyRegex(r"(?<![0-9])([0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?$")


def _month_of(words: str) -> int | None:
    """The month that *words* end with (``受理工单：1月`` → 1), or None."""
    m = _MONTH_AT_END.search(words)
    return _month(m.group(1)) if m is not None else None


def _names_count(between: str) -> int:
    """How many names one clause lists between a whole and 分别 (``，A景区、B基地、C公园``; 0: no such list).

    >>> _names_count("，新山景区、柳塘基地、上源公园"), _names_count("，同比增长")
    (3, 0)
    """
    m = _NAMES.search(between)
    if m is None or m.start() != 0:
        return 0
    names = _NAME_SPLIT.split(m.group("names"))
    return len(names) if len(names) >= 2 else 0


def _names_for(between: str, word: str, n: int, label: str = "") -> bool:
    """``T，X、Y、Z分别为 A、B、C``: one clause naming exactly *n* things between the whole and 分别为/是/有 (or
    ``T，分为X、Y、Z三类，分别为 A、B、C``); or 分别 and the doing the whole's *label* names (``受理投诉4865件，通过
    12345热线、12315平台、来信来访渠道分别受理…``).

    >>> _names_for("，通过12345热线、12315平台、来信来访渠道", "分别受理", 3, "受理消费者投诉举报")
    True
    """
    if word not in ("分别为", "分别是", "分别有") and not (len(word) >= 4 and word[2:4] in label):
        return False
    kinds = _KINDS_NAMED.fullmatch(between)
    if kinds is not None:  # T，按类型分为X、Y、Z三类，分别为 A、B、C
        return len(_NAME_SPLIT.split(kinds.group("names"))) == n
    m = _NAMES.search(between) or _CHANNEL_NAMES.search(between)
    if m is None or m.start() != 0:
        return False
    # (a name may hold 和 itself: 人身权益、劳动和社会保障权益、其他权益 are three, apart by 、; but a 和 in the last of
    # them joins the last two, A、B和C)
    names = m.group("names")
    return len(_NAME_SPLIT.split(names)) == n or (
        names.count("、") == n - 1 and _NAME_SPLIT.search(names.rsplit("、", 1)[-1]) is None)


def _range_bands(ends: list[int] | None, n: int) -> bool:
    """Whether the *ends* of the names before 分别 (:func:`_band_names`) make *n* bands of one range, the first and the
    last open at opposite ends (``，35岁及以下、36至50岁、51岁及以上``; ``，大专及以上学历、高中学历、初中及以下学历``):
    every member falls in one.

    >>> [_range_bands(_band_names(names), n) for names, n in (("，35岁及以下、36至50岁、51岁及以上", 3),
    ...                                                       ("，大专及以上、高中", 2))]
    [True, False]
    """
    return ends is not None and len(ends) == n >= 2 and ends[0] * ends[-1] == -1 and not any(ends[1:-1])


def _band_names(between: str) -> list[int] | None:
    """For each name before 分别 (apart by 、), 1 when it is open at the top of a range (及以上), -1 at its bottom
    (及以下), 0 otherwise; ``None`` when no name is open at either end (or one at both).

    >>> _band_names("，大专及以上学历、高中学历"), _band_names("，小学、初中")
    ([1, 0], None)
    """
    listed = between[max(between.rfind(mark) for mark in "，,：:") + 1:].strip()
    names = listed.split("、")
    if len(names) < 2 or any(not 2 <= len(name) <= MAX_BAND_NAME or ("以上" in name and "以下" in name)
                             for name in names):
        return None
    ends = [("以上" in name) - ("以下" in name) for name in names]
    return ends if any(ends) else None


#: the longest name of a band of a range (初中及以下学历, 51周岁及以上)
MAX_BAND_NAME = 14


#: the 分别 words that state amounts, not changes (分别达到 A、B; not 分别增加 A、B)
_STATING_WORDS = ("分别为", "分别是", "分别有", "分别达到", "分别达")
#: a range of years that names the parts of a 分别 list, one a year (2017—2020年分别完成…)
_YEAR_RANGE = LazyRegex(r"[，,]\s*(?P<a>(?:19|20)[0-9]{2})(?:年)?[—\-－~～至到](?P<b>(?:19|20)[0-9]{2})年")


def _years_for(between: str, n: int) -> bool:
    """Whether *between* is a clause naming *n* years as a range (``，2017—2020年`` for four parts).

    >>> _years_for("，2017—2020年", 4), _years_for("，2017—2020年", 3)
    (True, False)
    """
    m = _YEAR_RANGE.fullmatch(between)
    return m is not None and int(m.group("b")) - int(m.group("a")) + 1 == n


#: a whole named as all of its kinds (受理各类案件2135件)
_ALL_KINDS = LazyRegex(r"各类|各项|各种|全部|所有")


def _all_kinds(label: str, between: str) -> bool:
    """Whether a whole named as all of its kinds (``受理各类案件2135件``) is split by the names before 分别
    (``刑事案件和执行案件分别为…``): each name ends with the noun the whole's label ends with.

    >>> _all_kinds("受理各类案件", "，刑事案件和执行案件"), _all_kinds("东村", "，西村和南村")
    (True, False)
    >>> _all_kinds("发放各类救助资金", "，特困供养金、临时救助金"), _all_kinds("各类企业", "，甲公司、乙公司")
    (True, False)
    """
    m = _ALL_KINDS.search(label)
    if m is None:
        return False
    noun = label[m.end():][-2:]
    names = _NAMES.search(between)
    if names is None:
        return False
    split = _NAME_SPLIT.split(names.group("names"))
    if m.group() in ("各类", "各项", "各种") and len(split) >= 2 and \
            not any(name.endswith(_PLACE_ENDS + _BODY_ENDS) for name in split):
        return True  # 发放各类救助资金955.79万元，特困供养金、高龄津贴、临时救助金分别为…: the kinds it promised
    return len(noun) == 2 and all(name.endswith(noun) for name in split)


#: what a whole named by a doing and its noun (办理法律援助案件, 排查化解矛盾纠纷) is split by: kinds of the noun
_DOING = LazyRegex(SUM_VERBS + "|办理|排查|化解|审结|受理|接待|完成")


def _kinds_of_doing(label: str, between: str) -> bool:
    """Whether a whole named by a doing and its noun (``办理法律援助案件1178件``), or any whole whose kinds end with
    the rest (``基金收入…，配套费收入、其他基金收入分别为…``), is split by the names before 分别, each a kind of that
    noun (``民事案件、刑事案件分别为…``: longer names ending with it); not places (``东村、西村``).

    >>> _kinds_of_doing("办理法律援助案件", "，民事案件、刑事案件"), _kinds_of_doing("学校", "，城区学校、乡村学校")
    (True, False)
    """
    names = _NAMES.search(between)
    noun = label.removesuffix("达到").rstrip("为是达")[-2:]  # (基金预算收入为: 收入)
    if names is None or len(noun) < 2:
        return False
    split = _NAME_SPLIT.split(names.group("names"))
    if _DOING.search(label) is None and not split[-1].startswith(("其他", "其它")):
        return False
    return len(split) >= 2 and all(len(name) > 2 and name.endswith(noun) and not name.endswith(_PLACE_ENDS)
                                   for name in split)


#: the last characters of names of places (东村, 城关镇, 新华街道): places beside a figure may be its peers
_PLACE_ENDS = ("村", "镇", "乡", "街道", "社区", "县", "区", "市", "省", "州", "片区")

#: what a whole named by a doing and its object is done by (保障航班起降, 完成营造林): its verb
_DOING_OBJECT = LazyRegex(SUM_VERBS + "|保障|营造|承办|主办")
#: the last characters of names of bodies (甲公司, 二中, 市医院): bodies beside a figure may be the doer's peers
_BODY_ENDS = ("公司", "集团", "局", "厂", "院", "校", "中", "小", "站", "所", "委", "办", "中心", "协会", "银行")
#: characters of an object too common to tie a name to it (快递业务量: 量, 业务)
_GENERIC_OBJECT = frozenset("量数额总次人件个项类各全年业务工作")


def _kinds_of_head(label: str, between: str) -> bool:
    """Whether the names before 分别 each end with the character that ends the whole's label, its head noun
    (``节地生态安葬336例，树葬、草坪葬、壁葬分别为…``: kinds of burial), none of them a place or a body (``东村…，西村和
    南村分别为…``: peers).

    >>> _kinds_of_head("节地生态安葬", "，树葬、草坪葬、壁葬"), _kinds_of_head("东村", "，西村和南村")
    (True, False)
    """
    names = _NAMES.search(between)
    if names is None or not label or not "\u4e00" <= label[-1] <= "\u9fff" or label[-1] in _GENERIC_OBJECT:
        return False  # (办理案件960件，民事案件、刑事案件分别为…: 件 ends any count, the main kinds maybe, not all)
    split = _NAME_SPLIT.split(names.group("names"))
    return len(split) >= 2 and all(len(name) >= 2 and name.endswith(label[-1]) and
                                   not name.endswith(_PLACE_ENDS + _BODY_ENDS) for name in split)


def _kinds_of_object(label: str, between: str) -> bool:
    """Whether a whole named by a doing and its object (``完成营造林17777亩``, ``保障航班起降21195架次``) is split by
    the names before 分别, each sharing a character of that object (``人工造林、封山育林``, ``国内航线、国际航线``:
    kinds of it) and none a place or a body (``二中、三中``: peers of the doer).

    >>> _kinds_of_object("林业局完成营造林", "，人工造林、封山育林"), _kinds_of_object("一中录取新生", "，二中、三中")
    (True, False)
    """
    names = _NAMES.search(between)
    verbs = list(_DOING_OBJECT.finditer(label)) if names is not None else ()
    if not verbs:
        return False
    obj = set(label[verbs[-1].end():]) - _GENERIC_OBJECT
    split = _NAME_SPLIT.split(names.group("names"))
    return len(split) >= 2 and bool(obj) and all(
        not name.endswith(_PLACE_ENDS + _BODY_ENDS) and not obj.isdisjoint(name) for name in split)


#: the two groups every member of a whole of people or places falls in, one or the other (男性、女性; 城镇、农村; a
#: sports ground's area, indoors or outdoors; trade or visitors, at home or abroad)
SPLIT_PAIRS = (("男", "女"), ("女", "男"), ("城镇", "农村"), ("农村", "城镇"), ("城镇", "乡村"), ("乡村", "城镇"),
                ("城市", "农村"), ("农村", "城市"), ("室内", "室外"), ("室外", "室内"), ("境内", "境外"),
                ("境外", "境内"), ("公办", "民办"), ("民办", "公办"))
#: names of two kinds that together make up any whole (内贸 and 外贸, 进口 and 出口)
_COMPLEMENTARY_NAMES = tuple(dict.fromkeys((
    ("内", "外"), ("国内", "国外"), ("国内", "境外"), ("进口", "出口"), ("进", "出"),
    # (the groups of :data:`SPLIT_PAIRS`; aquatic output, farmed or caught)
    *SPLIT_PAIRS, ("养殖", "捕捞"), ("捕捞", "养殖"))))


def complementary_names(between: str) -> bool:
    """Whether the names before 分别 are exactly two complementary kinds of one thing (``内贸、外贸``,
    ``进口、出口``): together every part of any whole.

    >>> [complementary_names(names) for names in ("，内贸、外贸", "，国内航线、国际航线", "，进口、出口")]
    [True, False, True]
    >>> [complementary_names(names) for names in ("，户籍人口、非户籍人口", "，公办园和民办园床位", "，公办、私立")]
    [True, True, False]
    """
    names = _NAMES.search(between)
    if names is None:
        return False
    split = _NAME_SPLIT.split(names.group("names"))
    if len(split) != 2:
        return False
    first, last = split
    if last.startswith("非" + first):  # 户籍人口、非户籍人口: a kind and all the rest
        return True
    # (the last name may end with what is counted, 公办养老机构和民办养老机构床位: the noun shared, then 床位)
    return any(first.startswith(x) and last.startswith(y) and
               (first[len(x):] == last[len(y):] or
                (first[len(x):] and last[len(y):].startswith(first[len(x):]) and
                 len(last) - len(y) - len(first) + len(x) <= 2))
               for x, y in _COMPLEMENTARY_NAMES)


def _kinds_of_intake(label: str, between: str) -> bool:
    """Whether a whole named as what was taken in (``接收热线工单3628件``: :data:`_INTAKE_WORD`) is split by the names
    before 分别, none of them a place nor ending with the whole's own noun (``城市管理、交通运输分别为…``: kinds of what
    came in; ``东村120户，西村和南村分别为…``: peers).

    >>> _kinds_of_intake("接收热线工单", "，城市管理、交通运输"), _kinds_of_intake("受理投诉", "，东镇、西镇")
    (True, False)
    """
    names = _NAMES.search(between) or _CHANNEL_NAMES.search(between)
    if names is None or (_INTAKE_WORD.search(label) is None and "处理" not in label):
        return False  # (处理投诉举报738件，餐饮服务、网络订餐分别为…: what was handled is what came in)
    listed = names.group("names")
    if names.re is _CHANNEL_NAMES.compiled:  # 通过12345热线、12315平台、来信来访渠道分别受理…: the channels
        listed = listed.removeprefix("通过")
        listed = listed[:-2] if listed.endswith(_CHANNEL_WORDS) else listed
    return not any(name.endswith(_PLACE_ENDS) or name[-1:] == label[-1:] for name in _NAME_SPLIT.split(listed))


#: the channels a whole came in by, named before 分别 (通过12345热线、12315平台、来信来访渠道): digits in their names
_CHANNEL_NAMES = LazyRegex(r"[，,]\s*(?P<names>通过[\p{Han}A-Za-z0-9]{1,12}(?:(?:、|和|及|与)[\p{Han}A-Za-z0-9]{1,12})+"
                           r"(?:渠道|途径|方式))\s*$")
_CHANNEL_WORDS = ("渠道", "途径", "方式")


#: a clause that names the kinds a whole is split into, and how many (，按类型分为A、B、C三类，)
_KINDS_NAMED = LazyRegex(r"[，,]\s*(?:(?:按[^，,。；;：:\n]{1,6}?)?分(?:为|成)|按)(?P<names>[^，,。；;：:\n0-9]{1,60}?)"
                         r"[两二三四五六七八九十2-9](?:大类|类|种|个方面|个部分|部分)(?:统计|划分|分)?[：:，,]?\s*")


def _mixed_directions(s: _Sentence, changes: list[Quantity]) -> bool:
    """Whether some of *changes* go up and others down (their plain sum is not the net change)."""
    downs = {any(w in s.prefix(q)[-6:] for w in _DOWN) for q in changes}
    return len(downs) > 1


#: the grades an assessment gives its members (优秀, 良好, 合格 …; A等, 一等)
_EVALUATION_GRADES = ("优秀", "良好", "合格", "不合格", "较好", "一般", "较差", "达标", "不达标",
                      "A等", "B等", "C等", "D等", "A级", "B级", "C级", "D级", "一等", "二等", "三等", "优等")


#: a class of water quality or of the like, alone (Ⅲ类, 劣Ⅴ类, IV类), no range of classes (Ⅰ～Ⅲ类 holds Ⅱ类)
_CLASS_GRADE = LazyRegex(r"(?<![ⅠⅡⅢⅣⅤIV～~\-—－至到、和及])劣?(?:[ⅠⅡⅢⅣⅤ]|I{1,3}|IV|V)类$")


def _graded(label: str) -> bool:
    """Whether *label* ends with a grade a frame's members were given (优秀, A级) or a class (Ⅲ类, 劣Ⅴ类).

    >>> [_graded(t) for t in ("，优秀", "，Ⅲ类", "劣Ⅴ类", "Ⅰ～Ⅲ类", "其中Ⅱ类", "重点类")]
    [True, True, True, False, True, False]
    """
    return label.endswith(_EVALUATION_GRADES) or _CLASS_GRADE.search(label) is not None


#: the classes of water quality in order, as a label ends with them
_WATER_CLASSES = ("Ⅰ类", "Ⅱ类", "Ⅲ类", "Ⅳ类", "Ⅴ类", "劣Ⅴ类")
_ASCII_CLASSES = str.maketrans({"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V"})


def _every_class(s: _Sentence, parts: list[Quantity]) -> bool:
    """Whether *parts* name every class of water quality in order, Ⅰ类 to 劣Ⅴ类 (or in Latin letters, I类 to 劣V类):
    the members of the frame by class, none left out.

    >>> from auditor.quantities import parse_quantities
    >>> text = "Ⅰ类2个，Ⅱ类5个，Ⅲ类15个，Ⅳ类8个，Ⅴ类2个，劣Ⅴ类1个"
    >>> _every_class(_Sentence(text, 0, len(text), parse_quantities(text)), parse_quantities(text))
    True
    """
    if len(parts) != len(_WATER_CLASSES):
        return False
    names = [s.local_prefix(p).rstrip("的为是：:") for p in parts]
    return all(name.endswith(c) or name.endswith(c.translate(_ASCII_CLASSES))
               for name, c in zip(names, _WATER_CLASSES, strict=True)) and \
        all(_CLASS_GRADE.search(name) is not None for name in names)


def _frame_breakdowns(s: _Sentence, markers, bound: set[int]) -> list[SumRelation]:
    """``在完成的5552亩中，退化林修复1593亩，森林抚育2913亩``: the parts listed after a frame that holds
    their whole (在…中, or a clause that ends in 中: 全县126个项目中，…), read as a 其中 list. A whole
    counted in 个 names what it counts, and the parts must name it too (在3个乡镇中，建成站点120个: no).
    Two groups of people or households in a frame may overlap: each is held to the whole, not their sum.

    >>> from auditor.quantities import parse_quantities
    >>> text = "全县126个项目中，基础设施项目90个，民生项目30个"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in _frame_breakdowns(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)), [], set())]
    [(Fraction(126, 1), [Fraction(90, 1), Fraction(30, 1)])]
    """
    qs = s.qs
    out = []
    for m in _IN_N.finditer(s.norm, s.start, s.end):
        inside = [j for j in range(len(qs)) if m.start() <= qs[j].clean_start and qs[j].clean_end <= m.end()]
        first = bisect_left(s.starts, m.end())
        if len(inside) != 1 or first >= len(qs) or id(qs[first]) in bound:
            continue
        w = inside[0]
        whole = qs[w]
        if s.roles[w] != PLAIN or not _bindable(s, w) or whole.high is None:
            continue
        parts_idx = [j for j in _parts_after(s, first, m.end(), s.paren[w], markers)
                     if compatible(qs[j], whole) and s.roles[j] == PLAIN]
        if not parts_idx or any(id(qs[j]) in bound for j in parts_idx):
            continue
        if whole.unit in ("个", ""):
            noun = s.norm[whole.clean_end:m.end() - 1].strip()[-2:]
            graded = len(parts_idx) >= 2 and all(_graded(s.local_prefix(qs[j]).rstrip("的为是：:")) for j in parts_idx)
            if not graded and (not noun or not all(
                    noun in qs[j].label or noun in s.norm[qs[j].clean_end:qs[j].clean_end + 8] for j in parts_idx)):
                continue  # (but 23个乡镇中，优秀7个、良好12个…: the frame's members by the grade they were given)
        parts = [qs[j] for j in parts_idx]
        construction, exhaustive = _qizhong_kind(s, parts)
        if construction == "qizhong":
            # people in a frame are often counted along several attributes (55人中，少数民族19人、党员37人)
            construction = "qizhong-attributes" if whole.unit in ("人", "户") and len(parts) >= 2 else "in-frame"
        out.append(SumRelation(whole, parts, exhaustive, construction))
    return out


#: what makes a bracket after a quantity something else than its breakdown: other years or periods, a
#: comparison, a share, an average (发展市场主体410户（2021年320户）; 1000吨（同比增长5%）)
_NOT_A_BREAKDOWN = LazyRegex(r"年|同期|同比|环比|较|比|增|减|降|提高|占|均|分别|每")


def _bracketed_breakdowns(s: _Sentence, markers, bound: set[int], wholes: set[int] | None = None) -> list[SumRelation]:
    """``全镇发展新党员345名（女性党员166名、少数民族党员189名）``: two or more parts in brackets right after
    their whole, without a marker (其中, 含 and 包括 in brackets are markers), read as a 其中 list (partial:
    only parts above the whole are wrong; a pair that splits the whole, ``男…、女…``, is complete).
    Not read: brackets that name other years or periods, a comparison, a share, an average
    (:data:`_NOT_A_BREAKDOWN`), parts with a qualifier (约, 余, 以上), or anything already bound.

    >>> from auditor.quantities import parse_quantities
    >>> text = "共受理来信来访771件（初信初访674件，重复信访107件）"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in _bracketed_breakdowns(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)), [], set())]
    [(Fraction(771, 1), [Fraction(674, 1), Fraction(107, 1)])]
    """
    qs, norm = s.qs, s.norm
    out = []
    for w, whole in enumerate(qs[:-2]):
        opening = whole.clean_end
        if norm[opening:opening + 1] not in ("（", "(") or id(whole) in (bound if wholes is None else wholes):
            continue  # (其中单一来源155个（上半年80个、下半年75个）: a part of the list, the whole of its brackets)
        close = _bracket_close(norm, opening, s.end)
        if close >= s.end or any(opening <= mk[0] < close for mk in markers) or \
                _NOT_A_BREAKDOWN.search(norm[opening:close].replace("上半年", "").replace("下半年", "")):
            continue  # (a year, a change, a share: no breakdown; a year's halves are one: （上半年80个、下半年75个）)
        if not _bindable(s, w) or s.roles[w] != PLAIN or whole.high is None or \
                _BALANCE_LABEL.search(s.prefix(whole)) is not None:
            continue  # (本年结余134.92万元（收入923.06万元、支出788.14万元）: a difference, read as a balance)
        inside = [j for j in range(w + 1, len(qs)) if qs[j].clean_start < close]
        if len(inside) < 2 or any(s.paren[j] != s.paren[w] + 1 or not _bindable(s, j) or s.roles[j] != PLAIN or
                                  not compatible(qs[j], whole) or qs[j].qualifier or id(qs[j]) in bound
                                  for j in inside):
            continue
        parts = [qs[j] for j in inside]
        construction, exhaustive = _qizhong_kind(s, parts)
        if len(parts) == 2 and s.local_prefix(parts[0]).endswith("上半年") and \
                s.local_prefix(parts[1]).endswith("下半年"):
            exhaustive = True  # (the two halves of the whole's year)
        elif not exhaustive and _named_by_whole(s, whole, parts):
            exhaustive = True  # 新建和改造提升高标准农田46.92万亩（新建…、改造提升…）: the kinds the whole names
        elif construction == "qizhong":
            construction = "in-brackets"  # (no marker: partial as a 其中 list, but a near miss is reported, TO009)
        out.append(SumRelation(whole, parts, exhaustive, construction))
    return out


def _fractions_in_bracket(norm: str, at: int) -> list:
    """The fractions, a part over a whole each (``778人/1043人``), of the bracket that opens at *at* (none when no
    bracket opens there, or it does not close within 200 characters).

    >>> [m.group() for m in _fractions_in_bracket("（甲：778人/1043人；乙：963人/1293人）", 0)]
    ['778人/1043', '963人/1293']
    >>> _fractions_in_bracket("（2023年）", 0), _fractions_in_bracket("全年", 0)
    ([], [])
    """
    if norm[at:at + 1] not in ("（", "("):
        return []
    end = min(len(norm), at + 200)
    close = _bracket_close(norm, at, end)
    return list(_FRACTION_IN_TEXT.finditer(norm, at, close)) if close < end else []


#: a part over its whole, written with a slash (778人/1043人, 30个/50个)
_FRACTION_IN_TEXT = LazyRegex(r"(?P<a>[0-9][0-9,]*(?:\.[0-9]+)?)[^\s0-9/／，。；;（）()]{0,3}[/／]"
                              r"(?P<b>[0-9][0-9,]*(?:\.[0-9]+)?)")


def _respective_fractions(s: _Sentence) -> dict:
    """``index -> (numerator, denominator)`` of rates side by side whose fractions follow in one bracket, in order
    (``优良水体比例分别为60.0%和88.1%（甲区：30个/50个；乙县：37个/42个）``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "比例分别为60.0%和88.1%（甲区：30个/50个；乙县：37个/42个）"
    >>> found = _respective_fractions(_Sentence(text, 0, len(text), parse_quantities(text)))
    >>> {i: (int(a.value), int(b.value)) for i, (a, b) in found.items()}
    {0: (30, 50), 1: (37, 42)}
    """
    qs, norm = s.qs, s.norm
    out = {}
    i = 0
    while i < len(qs):
        j = i
        while qs[i].unit == "%" and j + 1 < len(qs) and qs[j + 1].unit == "%" and \
                norm[qs[j].clean_end:qs[j + 1].clean_start] in ("和", "、", "与", "及", "，", ","):
            j += 1
        found = _fractions_in_bracket(norm, qs[j].clean_end) if j > i else []
        if len(found) == j - i + 1:
            for k, fm in enumerate(found):
                a = _exact(fm.group("a"), fm.start("a"), fm.end("a"), qs[i + k])
                b = _exact(fm.group("b"), fm.start("b"), fm.end("b"), qs[i + k])
                if a is not None and b is not None and b.value > 0:
                    out[i + k] = (a, b)
        i = j + 1
    return out


def _named_by_whole(s: _Sentence, whole: Quantity, parts: list[Quantity]) -> bool:
    """Whether the words of *whole* name each of its *parts* joined by 和/及/与 (``新建和改造提升高标准农田``, parts
    ``新建…、改造提升…``): the whole is those kinds together.

    >>> from auditor.quantities import parse_quantities
    >>> text = "新建和改造提升农田46.92万亩（新建43.96万亩、改造提升2.96万亩）"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> _named_by_whole(s, s.qs[0], s.qs[1:])
    True
    """
    label = s.local_prefix(whole)
    if len(parts) >= 2 and "、" in label:
        # 同城业务收入、异地业务收入合计37900.70万元（同城业务收入…、异地业务收入…）: the kinds listed, then their sum
        names = [s.local_prefix(p).strip("（(，,、 ") for p in parts]
        return all(2 <= len(name) <= 12 for name in names) and "、".join(names) in label
    if len(parts) != 2 or not any(join in label for join in ("和", "及", "与")):
        return False
    names = [s.local_prefix(p).strip("（(，,、 ") for p in parts]
    if not all(2 <= len(name) <= 6 for name in names):
        return False
    return any(f"{names[0]}{join}{names[1]}" in label or f"{names[1]}{join}{names[0]}" in label
               for join in ("和", "及", "与"))


#: how far back (characters) the whole of a frame that names it (上述小区中) is looked for
BACK_FRAME_REACH = 300


def _back_frame(s: _Sentence, quantities: list[Quantity], first: int) -> list[SumRelation]:
    """``全市改造老旧小区61个。…。上述小区中，安置小区28个、单位宿舍小区33个``: parts listed after a frame that
    names a whole stated in one of the two sentences before (上述/以上/前述 … 中), read as a 其中 list
    (``in-frame``, partial). The whole is the last quantity before the sentence, in its paragraph and within
    :data:`BACK_FRAME_REACH` characters, of the parts' unit and whose label holds the frame's noun (its last
    two characters); or, when no label does, the only quantity of that unit there. *first*: the index in
    *quantities* of the sentence's first quantity.

    >>> from auditor.document import Document
    >>> text = "全市改造老旧小区61个。各单位按月报送进度。上述小区中，安置小区28个、单位宿舍小区33个。"
    >>> [(r.whole.value, len(r.parts), r.construction) for r in document_relations(Document("a.txt", text)).sums]
    [(Fraction(61, 1), 2, 'in-frame')]
    """
    m = BACK_FRAME.match(s.norm, s.start, s.end)
    if m is None:
        return []
    noun = m.group(1)[-2:]
    qs = s.qs
    parts_idx = [j for j in range(len(qs)) if qs[j].clean_start >= m.end() and s.roles[j] == PLAIN and
                 _bindable(s, j) and not s.paren[j]]
    if not parts_idx:
        return []
    lo = max(0, s.start - BACK_FRAME_REACH)
    lo = max(lo, s.norm.rfind("\n", lo, s.start) + 1)  # (bounded: a report in one line stays linear)
    part = qs[parts_idx[0]]
    candidates = []
    for k in range(first - 1, -1, -1):
        q = quantities[k]
        if q.clean_start < lo:
            break
        if q.unit == part.unit and q.unit not in _RATE_UNITS and q.unit:
            candidates.append(q)
    # the one the frame's noun names, else the only one of the parts' unit (上述信访事项中: 来信来访365件)
    whole = next((q for q in candidates if noun in q.label), candidates[0] if len(candidates) == 1 else None)
    if whole is None or whole.high is None:
        return []
    parts = [qs[j] for j in parts_idx if compatible(qs[j], whole)]
    construction, exhaustive = _qizhong_kind(s, parts)
    return [SumRelation(whole, parts, exhaustive, "in-frame" if construction == "qizhong" else construction)]


#: words that open the clause of the rest of a whole (剩余63处)
_REST_STARTS = ("其余", "剩余", "余下", "尚有", "尚余", "还剩", "未完成的", "未完成")


def _whole_part_rest(s: _Sentence, markers, bound: set[int]) -> list[SumRelation]:
    """``排查隐患423处，整改到位400处，剩余23处挂牌督办``: a whole, one part (or up to three) and the rest, each in its
    own clause, the only quantities of their unit class in the sentence before the rest (no marker among
    them, no ``；``): the parts and the rest make up the whole. A rest already bound (其中…其余) is left.

    >>> from auditor.quantities import parse_quantities
    >>> text = "排查隐患423处，整改到位400处，剩余23处挂牌督办"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in _whole_part_rest(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)), [], set())]
    [(Fraction(423, 1), [Fraction(400, 1), Fraction(23, 1)])]
    """
    qs = s.qs
    out = []
    for r in range(2, len(qs)):
        rest = qs[r]
        if id(rest) in bound or s.roles[r] != PLAIN or not _bindable(s, r) or s.paren[r] or \
                not s.local_prefix(rest).startswith(_REST_STARTS):
            continue
        chain = [j for j in range(r) if qs[j].unit != "%" and compatible(qs[j], rest)]
        if not 2 <= len(chain) <= 4:
            continue  # (a whole and one part, or up to three: 已审结362件，中止审理2795件，其余3611件)
        whole = chain[0]
        if any(s.paren[j] or s.roles[j] != PLAIN or not _bindable(s, j) for j in chain):
            continue
        lo = qs[whole].clean_start
        clauses = [s.clause_index(qs[j].clean_start) for j in chain] + [s.clause_index(rest.clean_start)]
        if any(a >= b for a, b in pairwise(clauses)):
            continue  # (each in a clause of its own, in order)
        if any(lo <= mk[0] < rest.clean_start for mk in markers) or \
                s.norm.find("；", lo, rest.clean_start) != -1 or s.norm.find(";", lo, rest.clean_start) != -1:
            continue
        if qs[whole].high is None:
            continue
        out.append(SumRelation(qs[whole], [qs[j] for j in chain[1:]] + [rest], True, "whole-part-rest"))
    return out


def _is_rest(s: _Sentence, q: Quantity) -> bool:
    prefix = s.local_prefix(q)
    return any(prefix.startswith(w) or w in q.label for w in CONSTRUCTIONS["rest_words"])


#: people who may also come from abroad: within and outside the province do not split them
_VISITORS = ("游客", "旅客", "客商", "访客")


def _complement_pair(s: _Sentence, a: Quantity, b: Quantity) -> bool:
    """Whether the two parts *a*, *b* of a 其中 list split their whole in two: a pair of
    :data:`COMPLEMENTS` or of ``breakdown_pairs`` (税收/非税, 基干/普通), or one threshold from both sides
    (``60岁以上 … 60岁以下``)."""
    pa, pb = s.local_prefix(a).removeprefix("其中"), s.local_prefix(b)
    if pb.startswith("前年度"):
        pb = "以" + pb  # (以前年度: local_prefix took its 以 for a joining word)
    for x, y in CONSTRUCTIONS["complements"] + CONSTRUCTIONS["breakdown_pairs"] + CONSTRUCTIONS["list_pairs"]:
        if x == "省内" and any(w in pa or w in pb for w in _VISITORS):
            continue  # (省内游客、省外游客: visitors from abroad are a third group)
        if pa.startswith(x) and pb.startswith(y) and not pb.startswith(y + "外" if x.endswith("内") else "\0"):
            return True
        if pa.startswith(y) and pb.startswith(x) and not pa.startswith(y + "外" if x.endswith("内") else "\0"):
            return True  # (either order: 省外…、省内…)
    for x, y in (("以上", "以下"), ("以下", "以上")):
        if pa.endswith(x) and pb.endswith(y) and pa[:-2] == pb[:-2] and pa[:-2]:
            return True
    return _not_yet(pa, pb) or _and_the_rest(pa.removesuffix("为"), pb.removesuffix("为"))


#: the cases of a whole closed, and those still open: together, every case received (:data:`_RECEIVED`)
_CLOSED = ("办结", "已办结", "审结", "已审结", "审执结", "结案", "已结案", "已结", "执结", "已执结", "已完成", "完成",
           # hazards put right (排查隐患762处，已整改到位635处，正在整改127处)
           "整改到位", "已整改到位", "已整改", "完成整改", "已完成整改")
_STILL_OPEN = ("在办", "正在办理", "未结", "未办结", "尚未办结", "未结案", "未审结", "正在整改", "整改中", "未整改",
               "尚未整改", "限期整改", "正在办理中", "正在推进整改", "推进整改中", "正在推进")
#: words of which each of :data:`_STILL_OPEN` holds one (a sentence without any has no such pair)
_OPEN_CASE_WORDS = ("在办", "未结", "未办结", "未审结", "正在整改", "整改中", "未整改", "限期整改", "正在推进")
#: what a whole of cases is named by, at the end of its words (受理群众诉求, 调解各类矛盾纠纷, 办理案件)
_RECEIVED = ("诉求", "纠纷", "案件", "事项", "信访", "来信来访", "工单", "投诉", "举报", "件次", "问题", "线索",
             "申请", "案", "件", "隐患", "受理", "收案")


def _closed_and_open(pa: str, pb: str) -> bool:
    """Whether *pa* names the cases closed and *pb* those still open (``已办结…，正在办理…``; ``审结…，未结…``).

    >>> _closed_and_open("已办结", "正在办理"), _closed_and_open("审结", "未结"), _closed_and_open("办结", "回访")
    (True, True, False)
    """
    return pa in _CLOSED and pb in _STILL_OPEN


def _and_the_rest(pa: str, pb: str) -> bool:
    """Whether the label *pb* is 非 and *pa* (``民生支出``, ``非民生支出``): a kind and all the rest of its whole.

    >>> _and_the_rest("民生支出", "非民生支出"), _and_the_rest("税收收入", "非税收入"), _and_the_rest("农业", "非常")
    (True, False, False)
    """
    return len(pa) >= 2 and pb == "非" + pa


def _not_yet(pa: str, pb: str) -> bool:
    """Whether the label *pb* is *pa*'s doing not yet done: 未 (尚未, 还未, 仍未) and the two characters or more that
    *pa* ends with (``通过261家，未通过136家``; ``完成``/``未完成``; ``已开工…，尚未开工…``), or 不合格 after 合格:
    the two split one whole. (不 is not read so otherwise: 满意 and 不满意 leave out 基本满意.)

    >>> _not_yet("通过", "未通过"), _not_yet("已完成", "未完成"), _not_yet("满意", "不满意"), _not_yet("建成", "未开工")
    (True, True, False, False)
    >>> _not_yet("已开工", "尚未开工"), _not_yet("检验合格", "不合格")
    (True, True)
    """
    if pb == "不合格" or pb.endswith("不合格"):
        return pa.endswith("合格") and not pa.endswith("不合格")  # (a sample passes or fails: nothing else)
    lead = next((w for w in ("尚未", "还未", "仍未", "未") if pb.startswith(w)), "")
    if not lead and pb.startswith("不") and pb.startswith(_YES_OR_NO, 1):
        lead = "不"  # (批准逮捕819人，不批准逮捕203人: a decision is yes or no, nothing else)
    done = pb[len(lead):] if lead else ""
    return len(done) >= 2 and pa.endswith(done)


_YES_OR_NO = YES_OR_NO  # (批准 and 不批准 split the cases decided: see auditor.quantities)


#: from a figure in brackets to the first of a pair in the next clause after them (…新收8634件），审结)
_AFTER_BRACKET = LazyRegex(r"[^，,。；;（(）)]*[）)][，,][^，,。；;（(）)0-9]*")


def _adjacent_complements(s: _Sentence) -> list[SumRelation]:
    """``共招收学生87人，省内57人，省外30人``: a whole, then in the next clause a pair that splits it.

    A pair of *doings* (``按期办结A、超期办结B``) makes up the whole only when the whole is the same doing
    (``办结投诉…``); after ``受理…`` some cases may still be open, so only parts over the whole are wrong.
    """
    out = []
    qs = s.qs
    for i in range(1, len(qs) - 1):
        w = i - 1
        while w > 0 and s.paren[w] and not s.paren[i]:
            w -= 1  # 受理案件9033件（其中旧存399件、新收8634件），审结8862件，未结161件: past the whole's own breakdown
        whole, a, b = qs[w], qs[i], qs[i + 1]
        if not all(_bindable(s, k) and not s.paren[k] for k in (w, i, i + 1)):
            continue
        if s.roles[w] != s.roles[i] or s.roles[i] != s.roles[i + 1] or s.roles[i] != PLAIN:
            continue
        if not (compatible(whole, a) and compatible(whole, b) and compatible(a, b)):
            continue
        if w == i - 1 and s.clause_index(a.clean_start) != s.clause_index(whole.clean_start) + 1:
            continue
        if w != i - 1 and _AFTER_BRACKET.fullmatch(s.norm, qs[i - 1].clean_end, a.clean_start) is None:
            continue  # (the pair in the clause right after the brackets that close the whole's own breakdown)
        opens = s.clause_start(whole.clean_start)
        if s.norm[opens - 1:opens] in ("：", ":", "；", ";") and (
                s.norm.find("；", whole.clean_end, a.clean_start) != -1 or
                s.norm.find(";", whole.clean_end, a.clean_start) != -1):
            continue  # (资金…：临时救助金…；城市低保金…；农村低保金…: items of one list, none the others' whole)
        if w >= 1 and compatible(qs[w - 1], whole) and _complement_pair(s, qs[w - 1], whole):
            # 失业人员388622人，男性…、女性…；城镇…，农村…: the second of a pair is no whole of the next; the pair's
            # whole is, when it was read
            whole = next((r.whole for r in out if r.parts[-1] is whole), None)
            if whole is None or not (compatible(whole, a) and compatible(whole, b)):
                continue
        pa = s.local_prefix(a)
        pair = next(((x, y) for x, y in CONSTRUCTIONS["complements"] if pa.startswith(x) and
                     _complement_pair(s, a, b)), None)
        if s.local_prefix(whole).startswith(("已", "未", "尚未")) and (
                pa.startswith(("已", "未")) or s.local_prefix(b).startswith(("未", "尚未", "不"))):
            continue  # 已竣工10个，已开工30个，未开工10个: states listed one after another, none the others' whole
        if pair is None and (_not_yet(pa, s.local_prefix(b)) or _and_the_rest(pa, s.local_prefix(b))):
            pair = ("", "未")  # 参加年检的社会组织404家，通过261家，未通过136家; 民生支出…；非民生支出…
        status = False
        if pair is None and _closed_and_open(pa, s.local_prefix(b)) and s.prefix(whole).endswith(_RECEIVED):
            pair = ("", "")  # 受理诉求7707件，已办结6977件，正在办理780件: the cases closed and those still open
            status = True  # (a third state may follow: 退回或不予受理206件)
        if pair is None:
            continue
        if pair[0] == "" and "新" in s.local_prefix(whole) and \
                _CARRIED.search(s.norm, s.start, whole.clean_start) is not None:
            # (上年结转564件，新受理68件，办结52件，未办结580件: those still open count the cases carried over, not
            # those received this year only; but 旧存…，新收…，共受理5196件；审结…，未结…: of all received)
            continue
        if _listed_before_a_total(s, w, i + 2):
            continue  # 国有银行…，股份制银行56.82亿元，城市银行…，农村机构…，累计…: the "whole" is one more item
        if not status and i + 2 < len(qs) and compatible(qs[i + 2], b) and \
                s.norm[b.clean_end:qs[i + 2].clean_start][:1] == "、":
            continue  # 总印数…，新版图书…、重印图书…、课本…: the pair is two items of a longer list
        doing = pa[len(pair[0]):]
        exhaustive = pair[0] != "按期" or not doing or doing in s.prefix(whole)
        parts = _more_states(s, whole, [a, b], i + 2) if status else [a, b]
        out.append(SumRelation(whole, parts, exhaustive, "complementary"))
    return out


def _listed_before_a_total(s: _Sentence, w: int, k: int) -> bool:
    """Whether the quantity *w* of *s* is one item of a list that a total named by a sum word closes after it, from
    the quantity *k* on (``国有大型银行57.96亿元，股份制商业银行56.82亿元，城市商业银行3.20亿元，农村金融机构50.35亿元，
    累计168.33亿元``): an item before it in the clause right before its own, and the total larger than both."""
    qs = s.qs
    whole = qs[w]
    if w == 0 or not compatible(qs[w - 1], whole) or \
            s.clause_index(qs[w - 1].clean_start) != s.clause_index(whole.clean_start) - 1:
        return False
    return any(compatible(q, whole) and q.value > whole.value + qs[w - 1].value and (
        _is_sum_word(prefix := s.local_prefix(q)) or prefix.startswith(("累计", "合计", "共计", "总计")))
               for q in qs[k:])


def _more_states(s: _Sentence, whole: Quantity, parts: list[Quantity], k: int) -> list[Quantity]:
    """*parts* (cases closed and still open) and the states counted after them, each in the next clause after a
    comma (``上报2582件，已办结1290件，正在办理1086件，退回或不予受理206件``: a third state)."""
    qs = s.qs
    while k < len(qs) and _bindable(s, k) and not s.paren[k] and s.roles[k] == PLAIN and compatible(whole, qs[k]) \
            and s.clause_index(qs[k].clean_start) == s.clause_index(parts[-1].clean_start) + 1 \
            and s.norm[parts[-1].clean_end:qs[k].clean_start][:1] in ("，", ","):
        parts = [*parts, qs[k]]
        k += 1
    return parts


#: the words of :data:`COMPLEMENTS` in either order, by the first character of the first word
_PAIRS_BY_FIRST_CHAR: dict[str, list[tuple[str, str]]] = {}
for _x, _y in COMPLEMENTS:
    for _pair in ((_x, _y), (_y, _x)):
        _PAIRS_BY_FIRST_CHAR.setdefault(_pair[0][0], []).append(_pair)


def _complementary_pairs(s: _Sentence) -> list[SumRelation]:
    """``处置工单26127单 … 按期处置数22313、超期处置数3895``: a pair of labels that split one action."""
    out = []
    qs = s.qs
    for i in range(len(qs) - 1):
        a, b = qs[i], qs[i + 1]
        if not (_bindable(s, i) and _bindable(s, i + 1)):
            continue
        if i + 2 < len(qs) and compatible(qs[i + 2], b) and s.norm[b.clean_end:qs[i + 2].clean_start][:1] == "、":
            continue  # 新版图书…、重印图书…、课本…: two items of a longer list
        a_label = a.label.removeprefix("其中")
        for first, second in _PAIRS_BY_FIRST_CHAR.get(a_label[:1], ()):  # (either order: 省外游客…、省内游客…)
            if not (a_label.startswith(first) and b.label.startswith(second)):
                continue
            suffix = a_label[len(first):]
            if len(suffix) >= 2 and b.label[len(second):] == suffix:
                stem = suffix.rstrip("数量")
                if s.paren[i]:  # 线上备案79家（其中民办养老机构73家、公办养老机构6家）: the figure before the brackets
                    opening = _bracket_open(s.norm, s.start, a.clean_start)
                    wholes = [q for j, q in enumerate(qs[:i]) if q.clean_end == opening and compatible(q, a)
                              and _bindable(s, j)]
                else:
                    wholes = [q for j, q in enumerate(qs[:i]) if stem and stem in q.label and compatible(q, a)
                              and _bindable(s, j)]
                if wholes:  # (省内游客、省外游客 leave out visitors from abroad: parts over the whole are wrong still)
                    exhaustive = first not in ("省内", "省外") or not any(w in suffix for w in _VISITORS)
                    out.append(SumRelation(wholes[-1], [a, b], exhaustive, "complementary"))
    return out


#: who should attend, who did, who did not (read from each quantity's own words)
#: the words of an attendance (应到, 应出席) or of posts (空编, 缺编), looked for before :func:`_attendance` reads it
_ATTENDANCE_CUE = LazyRegex(r"应到|应出席|空编|缺编")
_SHOULD_ATTEND = LazyRegex(r"应(?:到|出席|参会|参加)|编制$|编制数$")
_PRESENT = LazyRegex(r"实到|实际到会|实际出席|到会|出席|实有|在编|在岗")
_ABSENT = LazyRegex(r"请假|缺席|因事|因病|因公|未到|空编|缺编")


def _deductions(s: _Sentence, at: int) -> list[SumRelation]:
    """``营业收入1064.09万元，扣除营业成本534.76万元、税金及附加20.21万元和费用合计106.27万元后，利润总额为402.85万元``:
    a whole in the clause right before 扣除 (at *at*), the amounts taken from it up to 后, and what is left right
    after: the whole is what was taken and what is left.

    >>> from auditor.quantities import parse_quantities
    >>> text = "利润总额10408.98万元，扣除所得税费用1022.69万元后，实现净利润9386.29万元"
    >>> [(float(r.whole.value), [float(p.value) for p in r.parts])
    ...  for r in _deductions(_Sentence(text, 0, len(text), parse_quantities(text)), text.find("扣除"))]
    [(104089800.0, [10226900.0, 93862900.0])]
    """
    after = s.norm.find("后", at, s.end)
    if after == -1:
        return []
    qs = s.qs
    k = bisect_left(s.starts, at)
    if k == 0 or k >= len(qs):
        return []
    whole = qs[k - 1]
    taken = [q for q in qs[k:] if q.clean_end <= after]
    rest = [q for q in qs[k + len(taken):] if s.clause_index(q.clean_start) <= s.clause_index(after) + 1]
    if not taken or not rest or s.clause_index(whole.clean_start) + 1 != s.clause_index(at) or \
            s.norm[qs[k - 1].clean_end:at].strip("，, ") or \
            any(not compatible(whole, q) or q.qualifier or q.high is None or q.unit in _RATE_UNITS
                for q in (whole, *taken, rest[0])):
        return []
    return [SumRelation(whole, [*taken, rest[0]], True, "deductions")]


#: what is done of a set of tasks (已完成, 已完工, 72条已完成整改), and what is not yet (正在推进, 在建, 列入长期整改)
_DONE = LazyRegex(r"已(?:经)?(?:全部)?(?:完成|完工|竣工|建成|整改|签约|办结|销号|解决|化解|落实|验收|交付)")
_UNDERWAY = LazyRegex(r"正在|在建|推进中|整改中|办理中|序时进度|长期整改|未(?:完成|完工|竣工|建成|整改|签约|办结)"
                      r"|尚未|还有|剩余|前期")
#: words that make the statuses overlap or leave some out (其中, 已开工 of which some are done; 等, 主要)
_NOT_STATUSES = LazyRegex(r"其中|开工|等|主要|部分")


#: a state of a task set for later, in stages or by a deadline (分阶段整改, 限期整改, 列入计划): no whole of the states
_STAGED = LazyRegex(r"分阶段|分步|限期|列入[\p{Han}]{0,4}计划|制定计划")


def _progress_statuses(s: _Sentence) -> list[SumRelation]:
    """``改造任务492个，已完工261个，在建231个``: a set of tasks, then what of it is done and what is not yet (under
    way, in its early stage, left for the long term), each in a clause of its own right after the one before, the
    done first: every task is in one state.

    >>> from auditor.quantities import parse_quantities
    >>> text = "针对发现的360条问题，72条已完成整改，233条正在整改，55条列入长期整改。"
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in _progress_statuses(_Sentence(
    ...     text, 0, len(text), parse_quantities(text)))]
    [(360, [72, 233, 55])]
    """
    qs = s.qs
    for i in range(len(qs) - 2):
        whole = qs[i]
        if s.clause_index(qs[i + 1].clean_start) != s.clause_index(whole.clean_start) + 1 or \
                _status_clause(s, whole, _DONE) or _status_clause(s, whole, _UNDERWAY) or s.roles[i] != PLAIN:
            continue
        if _STAGED.search(s.norm, s.clause_start(whole.clean_start), whole.clean_start) is not None:
            continue  # (问题金额1408万元，制定计划分阶段整改764万元，已整改到位…: a third state, not the whole)
        if i and compatible(qs[i - 1], whole) and _CARRIED.search(
                s.norm, s.clause_start(qs[i - 1].clean_start), qs[i - 1].clean_start) is not None:
            continue  # (上年遗留问题190个，本年新查出问题1016个，已整改569个、尚未整改637个: both are the set)
        parts = _status_parts(s, i + 1, whole)
        if parts and _NOT_STATUSES.search(s.norm, whole.clean_start, s.clause_end(parts[-1].clean_end)) is None:
            return [SumRelation(whole, parts, True, "progress-statuses")]
    return []


#: words of what a year took over from the years before (上年遗留, 以前年度结转): tasks that join the year's own
_CARRIED = LazyRegex(r"遗留|结转|旧存|以前年度|往年|历年|上年未")


def _more_after(s: _Sentence, parts: list[Quantity], whole: Quantity) -> bool:
    """Whether a figure of *whole*'s unit follows the last of *parts* in their sentence (另有项目20个在谈: tasks in
    a state the words do not name)."""
    k = bisect_left(s.starts, parts[-1].clean_start) + 1
    return any(compatible(q, whole) for q in s.qs[k:])


def _statuses_after_whole(before: _Sentence, s: _Sentence) -> list[SumRelation]:
    """:func:`_progress_statuses` with the set of tasks in the sentence before (``今年确定民生实事36项。截至12月底，
    已完工24项，正在推进12项。``): the only figure of the parts' unit there, a plain one.

    >>> from auditor.quantities import parse_quantities
    >>> text = "确定民生实事36项。截至12月底，已完工24项，正在推进14项。"
    >>> one = _Sentence(text, 0, 9, parse_quantities(text[:9]))
    >>> two = _Sentence(text, 10, 30, parse_quantities(text)[1:])
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in _statuses_after_whole(one, two)]
    [(36, [24, 14])]
    """
    if not s.qs or s.clause_index(s.qs[0].clean_start) > 1:
        return []  # (the first status opens the sentence, or follows a clause of its date: 截至12月底，已完工…)
    wholes = [k for k, q in enumerate(before.qs) if compatible(q, s.qs[0]) and q.unit not in _RATE_UNITS]
    if len(wholes) != 1 or before.roles[wholes[0]] != PLAIN:
        return []
    whole = before.qs[wholes[0]]
    if _status_clause(before, whole, _DONE) or _status_clause(before, whole, _UNDERWAY):
        return []
    parts = _status_parts(s, 0, whole)
    if not parts or _NOT_STATUSES.search(s.norm, s.start, s.clause_end(parts[-1].clean_end)) is not None or \
            _NOT_STATUSES.search(before.norm, before.clause_start(whole.clean_start), before.end) is not None:
        return []
    return [SumRelation(whole, parts, True, "progress-statuses")]


def _status_parts(s: _Sentence, i: int, whole: Quantity) -> list[Quantity]:
    """The parts of *whole* from ``s.qs[i]`` on: the done first, then what is not yet, each in the clause right after
    the one before, of *whole*'s unit; none (``[]``) when there are not two of them or one is approximate."""
    qs = s.qs
    first = qs[i]
    if whole.unit in _RATE_UNITS or not compatible(whole, first) or not _status_clause(s, first, _DONE):
        return []
    parts = [first]
    clause = s.clause_index(first.clean_start)
    for j in range(i + 1, len(qs)):
        q = qs[j]
        if s.clause_index(q.clean_start) != clause + 1 or not compatible(whole, q) or \
                not _status_clause(s, q, _UNDERWAY) or _status_clause(s, q, _DONE):
            break
        parts.append(q)
        clause += 1
    if len(parts) < 2 or any(q.qualifier or q.high is None for q in (whole, *parts)) or _more_after(s, parts, whole):
        return []
    return parts


def _status_clause(s: _Sentence, q: Quantity, words: LazyRegex) -> bool:
    """Whether the clause of *q* holds one of *words*."""
    return words.search(s.norm, s.clause_start(q.clean_start), s.clause_end(q.clean_end)) is not None


def _attendance(s: _Sentence) -> list[SumRelation]:
    """``应到代表35人，实到32人，请假3人``: those who should attend are those present and those absent (on leave,
    missing), each counted in its own clause right after the one before; read only when an absence is counted. So are
    the posts of a staff: ``核定编制198名，实有在编人员167名，空编31名``.

    >>> from auditor.quantities import parse_quantities
    >>> text = "出席：应到代表35人，实到32人，请假4人。"
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in _attendance(_Sentence(text, 0, len(text),
    ...                                                                                       parse_quantities(text)))]
    [(35, [32, 4])]
    """
    qs = s.qs
    for i, whole in enumerate(qs[:-2]):
        if not _SHOULD_ATTEND.search(s.local_prefix(whole)) or s.roles[i] != PLAIN:
            continue
        present = qs[i + 1]
        if not _PRESENT.search(s.local_prefix(present)) or not compatible(whole, present):
            return []
        absent = []
        for q in qs[i + 2:]:
            if not _ABSENT.search(s.local_prefix(q)) or not compatible(whole, q):
                break
            absent.append(q)
        if absent and all(q.qualifier is None for q in (whole, present, *absent)):
            return [SumRelation(whole, [present, *absent], True, "attendance")]
        return []
    return []


def _item_figure_in_brackets(s: _Sentence, j: int, colon: int) -> bool:
    """Whether quantity *j*, alone in its brackets, is the only figure of its item in a list after *colon*
    (``共完成1668家次：（一）整治虚假诉讼（153家次）；（二）…``): the item's figure, written in brackets.

    >>> from auditor.quantities import parse_quantities
    >>> text = "共完成60次：（一）甲（25次）；（二）乙，完成35次"
    >>> _item_figure_in_brackets(_Sentence(text, 0, len(text), parse_quantities(text)), 1, 5)
    True
    """
    q = s.qs[j]
    if s.paren[j] != 1 or not _alone_in_brackets(s.norm, q):
        return False
    item = max(s.norm.rfind(mark, colon, q.clean_start) for mark in "；;。\n")
    item = max(item, colon)
    return not any(item < p.clean_start < q.clean_start for p in s.qs[:j])


def _total_then_colon(s: _Sentence, bound: set[int]) -> list[SumRelation]:
    """``全县新改建农村公路合计504.7公里：县道200.2公里；乡道221.8公里``: a total right before a colon, and the
    parts listed after it to the sentence's end (white space, 、，； between them), none of them bound already
    (*bound*: ids of quantities), in brackets or named as a part of a part (其中). With 等 after the last part,
    the list is partial. A total not named by a sum word (合计, 共计, 总计 …) needs every part named by a few
    words and nothing else (``新增养老服务设施82处：助餐点24处；服务站57处``): a colon after a number also
    opens a reading (``受理信访件126件：按期办结118件…``), which such a list is not.

    >>> from auditor.quantities import parse_quantities
    >>> def sums(text):
    ...     s = _Sentence(text, 0, len(text), parse_quantities(text))
    ...     return [(int(r.whole.value), [int(p.value) for p in r.parts], r.exhaustive)
    ...             for r in _total_then_colon(s, set())]
    >>> sums("录取新生共计11687人：普通本科2537人；高职9150人")
    [(11687, [2537, 9150], True)]
    >>> sums("新增养老服务设施82处：助餐点24处；服务站57处；敬老院11处"), sums("接访82人次：3批45人次、5批37人次")
    ([(82, [24, 57, 11], True)], [])
    >>> sums("二季度2297人次：前三季度累计4734人次，全年7234人次")
    []
    """
    qs = s.qs
    for i, whole in enumerate(qs[:-2]):
        colon = whole.clean_end
        while colon < s.end and s.norm[colon] in " \t\u3000":
            colon += 1
        if s.norm[colon:colon + 1] not in ("：", ":") or id(whole) in bound or s.paren[i] or \
                whole.high is None or whole.unit in _RATE_UNITS:
            continue
        summed = _is_sum_word(s.local_prefix(whole))
        parts = []
        for j in range(i + 1, len(qs)):
            q = qs[j]
            if s.paren[j] and not _item_figure_in_brackets(s, j, colon):
                continue  # (a detail in brackets)
            if id(q) in bound or not compatible(whole, q) or s.roles[j] != PLAIN or \
                    "其中" in s.norm[(qs[j - 1].clean_end if j > i + 1 else colon):q.clean_start] or \
                    (not summed and (_PART_NAME.fullmatch(s.local_prefix(q)) is None or
                                     _PERIOD_NAME.search(s.local_prefix(q)) is not None)):
                parts = []
                break
            parts.append(q)
        if len(parts) < 2:
            if summed:
                return []
            continue
        # (主要问题金额…：…: the main ones, maybe not all)
        exhaustive = "等" not in s.norm[parts[-1].clean_end:parts[-1].clean_end + 3] and "主要" not in whole.label
        rest = s.norm[parts[-1].clean_end:s.end + 1].rstrip(" \t\u3000\r")
        if rest.endswith("\n") and rest[:-1].rstrip(" \t\u3000\r").endswith(("；", ";")):
            exhaustive = False  # (…；⏎领导信箱189件次。: the list goes on after the line's end, where it is not read)
        return [SumRelation(whole, parts, exhaustive, "total-colon")]
    return []


#: the name of a part after a total and a colon, when no sum word names the total: a few words, no number
_PART_NAME = LazyRegex(r"[\u4e00-\u9fffA-Za-z]{2,16}")
#: … that names a stretch of time, no kind (二季度2297人次：前三季度累计4734人次，全年7234人次: running totals)
_PERIOD_NAME = LazyRegex(r"累计|全年|季度|半年|年度|同期|[0-9一二三四五六七八九十]月")


#: what names a whole as the total of several kinds (共发放各类救助资金, 共有学校): 共 before a verb or a number, or
#: 各类
_KINDS_TOTAL = LazyRegex(r"共(?:有|计|" + SUM_VERBS + r")|各(?:类|项|种)")
#: words that make a clause an action, a comparison or a group of people, not a kind of the whole (新开工45个, 同比增长,
#: 惠及…, 其中…): such clauses after a total say other things about it
_NOT_A_KIND = LazyRegex(r"其中|新|开工|续建|竣工|完成|办结|解决|受理|满意|增|减|降|比|占|达|实现|累计|再|已|未|超"
                        r"|带动|惠及|帮扶|覆盖|涉及|年|月|日|均|共|合计|总|计划|目标|分别|约|近|较|为|是|有|人员|群众"
                        r"|党员|女|男")


#: what was done beyond a plan, before its number (超计划1313亩, 超额完成391户; a rate too: 超额完成11.2%)
_BEYOND_PLAN = LazyRegex(r"超(?:计划|额完成|出计划|目标|任务)(?:完成)?(?:了)?$")


#: the names of a budget as first set, of what was added or cut, and of the budget after (年初预算, 追加, 调整后预算)
_BUDGET_FIRST = LazyRegex(r"年初预算(?:数|安排)?(?:为|是)?$|预算(?:年初数|初始数)(?:为|是)?$"
                          r"|年初(?:安排|下达)(?:资金|预算)?(?:为|是)?$")
_BUDGET_ADDED = LazyRegex(r"^[，,]?(?:年中|年内|期间|当年|执行中|预算执行中)?(?:追加|调增|增加|调整增加)(?:了|预算)?$")
_BUDGET_CUT = LazyRegex(r"^[，,]?(?:年中|年内|期间|当年|执行中|预算执行中)?(?:调减|核减|减少|调整减少)(?:了|预算)?$")
_BUDGET_AFTER = LazyRegex(r"(?:^[，,]?|批准)调整后(?:预算|预算数|安排|资金)?(?:为|是|达到)?$")  # (经…批准调整后为)


#: the names of a balance sheet's three totals: assets, liabilities, owners' equity
_ASSETS = LazyRegex(r"(?:资产总额|总资产|资产合计)(?:为|达到|达|是)?$")
_LIABILITIES = LazyRegex(r"^[，,；;]?(?:负债总额|总负债|负债合计|负债)(?:为|达到|达|是)?$")
_EQUITY = LazyRegex(r"^[，,；;]?(?:所有者权益|股东权益|净资产)(?:总额|合计)?(?:为|达到|达|是)?$")


def _balance_sheet(s: _Sentence) -> list[SumRelation]:
    """``资产总额687.87亿元，负债总额349.39亿元，所有者权益338.48亿元``: assets are liabilities plus owners' equity,
    three quantities in a row of one unit class, each named so in its clause.

    >>> from auditor.quantities import parse_quantities
    >>> text = "资产总额687.87亿元，负债总额349.39亿元，所有者权益338.48亿元"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [(str(r.whole.value), len(r.parts)) for r in _balance_sheet(s)]
    [('68787000000', 2)]
    """
    qs = s.qs
    for k in range(len(qs) - 2):
        assets, debts, equity = qs[k:k + 3]
        if compatible(assets, debts) and compatible(assets, equity) and \
                all(s.roles[j] == PLAIN and not s.paren[j] and qs[j].qualifier is None for j in range(k, k + 3)) and \
                _ASSETS.search(s.local_prefix(assets)) and _LIABILITIES.search(s.local_prefix(debts)) and \
                _EQUITY.search(s.local_prefix(equity)):
            return [SumRelation(assets, [debts, equity], True, "balance-sheet")]
    return []


#: what came in, what was spent, and what is left or missing, each named at the end of its label
_INCOME_WORDS = LazyRegex(r"(?:收入|接收|收到|募集|筹集|到账)(?:资金|款物|捐赠)?(?:总额|合计)?(?:为|是|达到|达)?$"
                          r"|营业收入(?:为|是|达到|达)?$")
_SPENDING_WORDS = LazyRegex(r"(?:支出(?:资金|款物)?(?:总额|合计)?|营业成本|销售成本|主营业务成本)(?:为|是|达到|达)?$")
_LEFT_WORDS = LazyRegex(r"(?:结余|缺口)(?:资金)?(?:为|是|达到|达)?$|毛利润?(?:为|是|达到|达)?$"
                        # (a fund's income less its spending: 收支相抵后增值收益…)
                        r"|收支相抵后?(?:增值收益|净收益)(?:为|是|达到|达)?$")


#: a balance carried in before a year's income (上年结转, 年初结余, 滚存)
_CARRIED_BEFORE = LazyRegex(r"结转|年初|上年|滚存|期初")


#: a balance's note that it holds what earlier years left (（含历年结转）, （含上年结转）)
_CARRIED_AFTER = LazyRegex(r"[ \t]*[（(]含(?:历年|上年|以前年度|往年)")


def _income_and_spending(s: _Sentence) -> list[SumRelation]:
    """``当年收入1854.0万元、支出1176.8万元，年末结余677.2万元`` (what is left) or ``收入547.45亿元，支出867.59亿元，
    收支缺口320.14亿元`` (what is missing): three quantities in a row of one unit class, named so at their labels'
    ends. The income is the spending and what is left (or the spending the income and what is missing).

    >>> from auditor.quantities import parse_quantities
    >>> text = "当年收入1854.0万元、支出1176.8万元，年末结余677.2万元"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in _income_and_spending(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(18540000, 1), [Fraction(11768000, 1), Fraction(6772000, 1)])]
    """
    qs = s.qs
    for k in range(len(qs) - 2):
        income, spent, left = qs[k:k + 3]
        if not (compatible(income, spent) and compatible(income, left)) or \
                any(s.roles[j] != PLAIN or s.paren[j] for j in range(k, k + 3)) or \
                _INCOME_WORDS.search(s.local_prefix(income)) is None or \
                _SPENDING_WORDS.search(s.local_prefix(spent)) is None or \
                (named := _LEFT_WORDS.search(s.local_prefix(left))) is None:
            continue
        if named.group().startswith("缺口"):
            return [SumRelation(spent, [income, left], True, "income-and-spending")]
        if k > 0 or _CARRIED_BEFORE.search(s.norm, s.start, income.clean_start):
            return []  # (上年结转…，本年收入…，本年支出…，年末结余…: what was carried over is in it, _stock_and_flow's)
        if "累计" in s.local_prefix(left) or _CARRIED_AFTER.match(s.norm, left.clean_end) is not None:
            return []  # (账面累计结余529.13万元（含历年结转）: the balance of all years, not of this one)
        return [SumRelation(income, [spent, left], True, "income-and-spending")]
    return []


def _budget_adjustment(s: _Sentence) -> list[SumRelation]:
    """``城乡社区支出年初预算368万元，追加30万元，调整后预算398万元`` (or 年初安排…，调整增加…，调整后为…): a budget as
    first set, what was added
    (追加, 调增) or cut (调减, 核减), and the budget after: the first and the addition make the budget after (or the
    budget after and the cut make the first). Three quantities in a row of one unit class, each named so in its
    clause.

    >>> from auditor.quantities import parse_quantities
    >>> text = "年初预算512.67万元，调减60.32万元，调整后预算452.35万元"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in _budget_adjustment(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(5126700, 1), [Fraction(4523500, 1), Fraction(603200, 1)])]
    """
    qs = s.qs
    out = []
    for k in range(len(qs) - 2):
        first, change, after = qs[k:k + 3]
        delta_at = k + 1
        if _BUDGET_AFTER.search(s.local_prefix(change)) is not None and \
                _BUDGET_AFTER.search(s.local_prefix(after)) is None:
            change, after, delta_at = after, change, k + 2  # (年初预算…，调整后为…，调增…: the change named last)
        if not (compatible(first, change) and compatible(first, after)) or \
                any(s.roles[j] not in (PLAIN, DELTA if j == delta_at else PLAIN) or s.paren[j]
                    for j in range(k, k + 3)) or \
                _BUDGET_FIRST.search(s.local_prefix(first)) is None or \
                _BUDGET_AFTER.search(s.local_prefix(after)) is None:
            continue
        named = s.local_prefix(change)
        if _BUDGET_ADDED.search(named):
            out.append(SumRelation(after, [first, change], True, "budget-adjustment"))
        elif _BUDGET_CUT.search(named):
            out.append(SumRelation(first, [after, change], True, "budget-adjustment"))
    return out


def _circled_after_colon(s: _Sentence, first: int, bound: set[int]) -> list[SumRelation]:
    """``发布气象预警信号212次：①大风75次；②寒潮80次；③高温67次``: a count right before a colon, then items numbered
    ①, ②, ③ … to the sentence's end, each one quantity of its unit class: the whole and all its parts (with 等
    after the last, some of them). *first*: where ① stands.

    >>> from auditor.quantities import parse_quantities
    >>> text = "发布预警信号212次：①大风75次；②寒潮80次；③高温57次"
    >>> [(int(r.whole.value), len(r.parts), r.exhaustive)
    ...  for r in _circled_after_colon(_Sentence(text, 0, len(text), parse_quantities(text)), text.find("①"), set())]
    [(212, 3, True)]
    """
    qs = s.qs
    k = bisect_left(s.starts, first)
    if k == 0 or k == len(qs):
        return []
    whole = qs[k - 1]
    if s.norm[whole.clean_end:first - 1].strip(" \t\u3000") or id(whole) in bound or s.roles[k - 1] != PLAIN or \
            whole.unit in _RATE_UNITS or whole.high is None:
        return []
    marks = [first]
    for n in range(1, 20):  # ②, ③ …: each next mark in its turn
        at = s.norm.find(chr(ord("①") + n), marks[-1] + 1, s.end)
        if at == -1:
            break
        marks.append(at)
    if len(marks) < 2 or s.norm.find(chr(ord("①") + len(marks)), s.start, s.end) != -1:
        return []
    parts = []
    for a, b in zip(marks, [*marks[1:], s.end], strict=True):
        inside = [j for j in range(k, len(qs)) if a < qs[j].clean_start < b]
        if len(inside) != 1 or not compatible(qs[inside[0]], whole) or s.roles[inside[0]] != PLAIN or \
                id(qs[inside[0]]) in bound:
            return []  # (an item with two figures, or none: no list of parts)
        parts.append(qs[inside[0]])
    exhaustive = "等" not in s.norm[parts[-1].clean_end:parts[-1].clean_end + 3]
    return [SumRelation(whole, parts, exhaustive, "circled-items")]


def _beyond_plan(s: _Sentence) -> list[SumRelation]:
    """``植树造林计划7685亩，实际完成8798亩，超计划1113亩``: a plan, what was done, and what was done beyond the plan,
    three quantities of one unit in a row, each in its own clause: what was done is the plan plus the rest.

    >>> from auditor.quantities import parse_quantities
    >>> text = "植树造林计划7685亩，实际完成8798亩，超计划1113亩"
    >>> [(r.whole.value, [p.value for p in r.parts]) for r in _beyond_plan(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(8798, 1), [Fraction(7685, 1), Fraction(1113, 1)])]
    """
    out = []
    qs = s.qs
    for k in range(2, len(qs)):
        plan, done, beyond = qs[k - 2], qs[k - 1], qs[k]
        if not (plan.unit == done.unit == beyond.unit) or plan.unit in _RATE_UNITS or \
                any(q.qualifier or q.high is None for q in (plan, done, beyond)):
            continue
        if _BEYOND_PLAN.search(s.local_prefix(beyond)) is None or "计划" not in s.local_prefix(plan) or \
                not any(w in s.local_prefix(done) for w in ("实际", "完成")):
            continue
        a, b, c = (s.clause_index(q.clean_start) for q in (plan, done, beyond))
        if a + 1 == b == c - 1:
            out.append(SumRelation(done, [plan, beyond], True, "beyond-plan"))
    return out


#: the name of the last part of a list that is the rest of its whole (…，其余17起)
_REST_NAMES = frozenset({"其余", "其他", "其它", "剩余", "余下"})
#: what may follow the rest, naming it (其余17起为电动自行车, 其余为地方文献)
_REST_IS = LazyRegex(r"(?:为|是|系|属)[\u4e00-\u9fff“”\"]{1,16}")


def _kinds_after_total(s: _Sentence, bound: set[int]) -> list[SumRelation]:
    """``全年共发放各类救助资金5.71万元，临时救助14,750元，医疗救助57,100元``: a total named as one (共 before a verb or
    a number, 各类) at the end of its clause, then, to the sentence's end, two parts or more, each a clause of a kind's
    name (a short name without words of an action or a comparison: :data:`_NOT_A_KIND`) and its number: the kinds
    that make up the total, all of them.

    >>> from auditor.quantities import parse_quantities
    >>> text = "全县共有学校45所，小学30所，初中12所，高中3所"
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts], r.exhaustive)
    ...  for r in _kinds_after_total(_Sentence(text, 0, len(text), parse_quantities(text)), set())]
    [(45, [30, 12, 3], True)]
    >>> text = "共接报火灾94起，交通工具有14起，生产企业有36起，其余44起为电动自行车"
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts])
    ...  for r in _kinds_after_total(_Sentence(text, 0, len(text), parse_quantities(text)), set())]
    [(94, [14, 36, 44])]
    """
    qs = s.qs
    for i, whole in enumerate(qs[:-2]):
        if id(whole) in bound or s.paren[i] or s.roles[i] != PLAIN or whole.high is None or \
                whole.unit in _RATE_UNITS or not _bindable(s, i):
            continue
        label = s.local_prefix(whole)
        cue = _KINDS_TOTAL.search(label)
        if cue is None or label[cue.start() - 1:cue.start()] == "公" or any(w in label for w in _PLANNED):
            continue  # (公共服务 is no 共 of a total)
        parts = []
        cursor = whole.clean_end
        for j in range(i + 1, len(qs)):
            q = qs[j]
            gap = s.norm[cursor:q.clean_start]
            name = gap.lstrip("，,、 ")
            if len(name) >= 3 and name[-1] == "有":
                name = name[:-1]  # (交通工具有14起: the kind, then 有)
            rest = j == len(qs) - 1 and len(parts) >= 2 and name in _REST_NAMES
            if id(q) in bound or s.paren[j] or s.roles[j] != PLAIN or not compatible(whole, q) or \
                    gap[:1] not in ("，", ",", "、") or not 1 <= len(name) <= 12 or \
                    not all("\u4e00" <= ch <= "\u9fff" for ch in name) or (_NOT_A_KIND.search(name) and not rest):
                return []
            parts.append(q)
            cursor = q.clean_end
        tail = s.norm[cursor:s.end].strip(" \t\u3000\r\n。；;")
        if rest and _REST_IS.fullmatch(tail):
            tail = ""  # (…，其余17起为电动自行车: what the rest is)
        if len(parts) < 2 or tail != "":
            return []
        return [SumRelation(whole, parts, True, "kinds-after-total")]
    return []


def _pairs_after_whole(before: _Sentence, s: _Sentence) -> list[SumRelation]:
    """``年末户籍人口190861人。男性86760人、女性104101人；城镇人口116296人，乡村人口74565人。``: a sentence that opens
    with a pair that splits a whole in two (:func:`_complement_pair`), after a sentence that ends with the whole; a
    second pair after the first splits the same whole.

    >>> from auditor.quantities import parse_quantities
    >>> text = "年末户籍人口1000人。男性480人、女性510人；城镇人口600人，乡村人口400人。"
    >>> qs = parse_quantities(text)
    >>> found = _pairs_after_whole(_Sentence(text, 0, 11, qs[:1]), _Sentence(text, 12, len(text) - 1, qs[1:]))
    >>> [(int(r.whole.value), [int(p.value) for p in r.parts]) for r in found]
    [(1000, [480, 510]), (1000, [600, 400])]
    """
    qs = s.qs
    if s.local_prefix(qs[0]) != s.norm[s.start:qs[0].clean_start].strip(" \t\u3000") or \
            not (_bindable(s, 0) and _bindable(s, 1)) or s.paren[0] or s.paren[1] or \
            not _complement_pair(s, qs[0], qs[1]):
        return []
    whole = _whole_at_end(before, qs[0], named=False)
    if whole is None or not compatible(whole, qs[1]) or s.roles[0] != PLAIN or s.roles[1] != PLAIN:
        return []
    out = [SumRelation(whole, [qs[0], qs[1]], True, "complementary")]
    if len(qs) >= 4 and all(_bindable(s, k) and not s.paren[k] and s.roles[k] == PLAIN for k in (2, 3)) and \
            compatible(whole, qs[2]) and compatible(whole, qs[3]) and _complement_pair(s, qs[2], qs[3]):
        out.append(SumRelation(whole, [qs[2], qs[3]], True, "complementary"))
    return out


#: the first characters of the first words of complementary pairs (男, 城 …): a sentence that may open with one
_PAIR_FIRST_CHARS = frozenset(x[0] for pair in (*CONSTRUCTIONS["complements"], *CONSTRUCTIONS["breakdown_pairs"])
                              for x in pair)


#: words that set figures beside a whole to compare them (周边的A县、B县分别为…)
_COMPARED = LazyRegex(r"周边|相邻|邻近|毗邻|周围|兄弟|对比|相比|同类地区")
#: a whole named as one region (全市, 全县 …) and the level of that region (lower: larger)
_WHOLE_REGION = LazyRegex(r"全(省|自治区|市|州|盟|县|区|旗|镇|乡)")
_REGION_LEVEL = {"省": 0, "自治区": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2, "镇": 3, "乡": 3}
#: the names of a list that are regions (宁源市、岭塘县), but not 景区, 园区, 社区 …
_REGION_NAME = LazyRegex(r"[\u4e00-\u9fff]{1,5}?(?<![景园片社小城库新校街矿灾林牧山湖港护发])(省|市|州|县|区|旗)"
                         r"(?=[、和及与，,]|$)")


def _other_regions(whole_clause: str, between: str) -> bool:
    """Whether the names *between* a whole and its 分别 list are other places compared with the whole's, not its
    parts: said so (周边, 相邻 …), or places of the whole's own level or above (全县 … A县、B县: a county holds none).

    >>> _other_regions("全市常住人口", "，周边的宁源市、岭塘县"), _other_regions("全县粮食总产量", "，竹坪县、兰阳县")
    (True, True)
    >>> _other_regions("全市常住人口", "，城关区、竹溪县"), _other_regions("全县游客", "，桃源景区、白云景区")
    (False, False)
    """
    if _COMPARED.search(between):
        return True
    whole = _WHOLE_REGION.search(whole_clause)
    if whole is None:
        return False
    names = _REGION_NAME.findall(between.strip("，,：: "))
    level = _REGION_LEVEL[whole.group(1)]
    return bool(names) and all(_REGION_LEVEL[n] <= level for n in names)


#: the words that open a list added to the figure before it (收入完成46.81亿元，加上…)
_ADDED_TO = ("加上", "再加上", "另加", "加")


def _best_suffix(rel: SumRelation) -> SumRelation:
    """Of a list read back to its start, the longest tail that adds up to the total (the list may have
    begun later than the sentence): consistent lists are bound as written."""
    t_low, t_high = widen(rel.whole)
    for k in range(len(rel.parts) - 1):
        tail = rel.parts[k:]
        if len(tail) < 2:
            break
        low, high = sum_interval(tail)
        if overlaps(low, high, t_low, t_high):
            return SumRelation(rel.whole, tail, True, rel.construction, rel.count)
    return rel


# ---------------------------------------------------------------------------------------------- rates

#: two figures of one unit, each named, apart by a comma in brackets (（社属企业100家，实现盈利69家）)
_NAMED_PAIR = LazyRegex(r"[（(](?P<la>[\u4e00-\u9fff]{1,10}?)(?P<x>[0-9][0-9,]*(?:\.[0-9]+)?)"
                        r"(?P<ux>[\u4e00-\u9fff]{1,2})[，,；;]\s*(?P<lb>[\u4e00-\u9fff]{1,10}?)(?P<y>[0-9][0-9,]*(?:\.[0-9]+)?)(?P=ux)\s*[)）]")


def _named_pair_after(norm: str, r: Quantity, prefix: str) -> tuple[Quantity, Quantity] | None:
    """``(part, whole)`` of two figures named in brackets right after the rate *r* (``盈利面为69.6%（社属企业100家，实现
    盈利69家）``): the smaller over the larger, when the smaller's name shares a word of two characters with the rate's
    (盈利). ``None`` otherwise.

    >>> from auditor.quantities import parse_quantities
    >>> text = "盈利面为69.6%（社属企业100家，实现盈利69家）"
    >>> r = parse_quantities(text)[0]
    >>> [int(q.value) for q in _named_pair_after(text, r, "盈利面为")]
    [69, 100]
    """
    m = _NAMED_PAIR.match(norm, r.clean_end)
    if m is None:
        return None
    word = prefix.rstrip(" ：:")
    for tail in ("达到", "为", "是", "达", "约"):
        word = word.removesuffix(tail)
    key = word[:-2][-2:] if word.endswith(("比例", "比重")) else word[:-1][-2:]  # (盈利面 → 盈利, 达标率 → 达标)
    named = [k for k, label in (("x", m.group("la")), ("y", m.group("lb"))) if len(key) == 2 and key in label]
    if len(named) != 1:
        return None  # (neither name, or both, says what the rate counts: two figures of something else)
    part = named[0]
    whole = "y" if part == "x" else "x"  # (the other figure, whatever it is named)
    label = m.group("la") if part == "x" else m.group("lb")
    if any(neg in label for neg in _NEGATIONS) and not any(neg in prefix for neg in _NEGATIONS):
        return None  # 合格率95.2%（共抽检5,485批次，不合格263批次）: the rest, not the part the rate counts
    if float(m.group(part).replace(",", "")) > float(m.group(whole).replace(",", "")) and r.value <= 100:
        return None  # (a part above its whole, the rate below 100 %: not this pair's)
    a = _exact(m.group(part), m.start(part), m.end(part), r)
    b = _exact(m.group(whole), m.start(whole), m.end(whole), r)
    return (a, b) if a is not None and b is not None else None


def _exact(norm_number: str, start: int, end: int, like: Quantity) -> Quantity | None:
    digits = norm_number.replace(",", "")
    try:
        if "." in digits:
            whole, frac = digits.split(".", 1)
            value = Fraction(int(whole + frac), 10 ** len(frac))
            decimals = len(frac)
        else:
            value, decimals = Fraction(int(digits)), 0
    except ValueError:
        return None
    half = Fraction(1, 2 * 10**decimals) if decimals else Fraction(0)
    return Quantity(start=like.end, end=like.end, value=value, low=value - half, high=value + half, unit="",
                    decimals=decimals, qualifier=None, label="", sentence=like.sentence, clean_start=start,
                    clean_end=end)


#: the words that name a whole stated after a share of it (水样共947份, 规模以上取水户共634户, 总数为…)
_WHOLE_NAMED = LazyRegex(r"共(?:有|计)?(?:为|是|达)?$|总数(?:为|是|达)?$|合计(?:为|是|达)?$|总计(?:为|是|达)?$")
#: the constructions of a whole broken down after a marker, whose parts a rate may take as its numerator
_BREAKDOWNS = frozenset({"qizhong", "qizhong-rest", "complementary", "qizhong-attributes", "qizhong-grades",
                         "qizhong-classes", "including", "by-dimension", "in-brackets"})


def _rate_relations(s: _Sentence, markers, sums: list[SumRelation]) -> list[RateRelation]:
    out: list[RateRelation] = []
    qs = s.qs
    norm = s.norm
    respectively = _respective_rates(s, sums)
    fractions = _respective_fractions(s) if norm.find("/", s.start, s.end) != -1 else {}
    used_numerators: set[int] = set()  # a part that is one rate's numerator is not another's denominator
    for i, r in enumerate(qs):
        if r.unit != "%" or s.roles[i] not in (PLAIN, TARGET, AVERAGE) or _RANGE_AFTER.match(norm, r.clean_end) \
                or _RANGE_BEFORE.search(norm, max(s.start, r.clean_start - 4), r.clean_start):
            continue
        if s.roles[i] == AVERAGE and not _AVERAGE_RATE.search(s.prefix(r)):
            continue  # (平均客房出租率69.2%: the rate of the totals before it, read as any rate; not 日均, 人均)
        if s.roles[i] == TARGET:
            # rate-of-target: 计划招引项目12个，实际招引15个，完成计划的125%
            pair = _target_and_done(s, i)
            if pair is not None:
                out.append(RateRelation(r, pair[1], pair[0], "rate-of-target"))
            continue
        if i in fractions:  # 比例分别为60.0%和88.1%（甲区：30个/50个；乙县：37个/42个）: each over its own fraction
            out.append(RateRelation(r, *fractions[i], "rate-fraction"))
            continue
        if i in respectively:
            bound = respectively[i]
            if bound is not None:
                out.append(RateRelation(r, bound[0], bound[1], "rate-respectively"))
            continue
        prefix = s.prefix(r)
        if _LAST_YEARS_RATE.search(prefix):
            continue  # (比重较上年末的34.3%: last year's share, the base of a change in points, not this year's)
        if i >= 2 and norm.find("除", s.start, r.clean_start) != -1 and norm.find("外", s.start, r.clean_start) != -1:
            excepted = _rate_except(s, i)
            if excepted is not None:  # 抽检4282批次，除11批次尚在办理外均已检验合格，合格率99.74%: of the rest
                if excepted is not False:
                    out.append(excepted)
                continue
        # rate-fraction: 整改率92.4%（305/341）
        fm = _fraction_of(norm, r)
        if fm:
            ka, kb = ("a", "b") if fm.group("a") else ("na", "nb")
            a = _exact(fm.group(ka), fm.start(ka), fm.end(ka), r)
            b = _exact(fm.group(kb), fm.start(kb), fm.end(kb), r)
            if a is not None and b is not None and b.value > 0:
                out.append(RateRelation(r, a, b, "rate-fraction"))
            continue
        if norm[r.clean_end:r.clean_end + 1] in ("（", "(") and \
                (pair := _named_pair_after(norm, r, prefix)) is not None:
            out.append(RateRelation(r, pair[0], pair[1], "rate-fraction"))
            continue  # 盈利面为69.6%（社属企业100家，实现盈利69家）: the whole and the part named in brackets after it
        earlier = [j for j in range(i) if _bindable(s, j) and s.roles[j] == PLAIN and not s.paren[j]]
        # ratio-to-base: 接待游客639.65万人次，2019年同期为815.47万人次，恢复至78.44% (this period over the base's)
        if "恢复" in prefix and _RECOVERED_TO.search(prefix) is not None and len(earlier) >= 2:
            current, base = qs[earlier[-2]], qs[earlier[-1]]
            if _BASE_PERIOD.search(current.label) is not None:
                current, base = base, current
            if compatible(current, base) and _BASE_PERIOD.search(base.label) is not None and \
                    _BASE_PERIOD.search(current.label) is None and base.value > 0 and \
                    not (current.qualifier or base.qualifier):
                out.append(RateRelation(r, current, base, "ratio-to-base"))
                continue
        # named-ratio: 各项存款余额2233.58亿元，各项贷款余额2021.53亿元，存贷比90.5% (a ratio a trade defines by name;
        # its figures may follow it: 公司负债607.86亿元，资产负债率73.9%，资产总额822.93亿元)
        if ("率" in prefix or "比" in prefix) and _NAMED_RATIO_END.search(prefix) is not None:
            around = earlier + [j for j in range(i + 1, len(qs)) if _bindable(s, j) and s.roles[j] == PLAIN and
                                not s.paren[j] and qs[j].unit not in _RATE_UNITS]
            pair = _named_ratio(s, around, prefix)
            if pair is not None:
                out.append(RateRelation(r, pair[0], pair[1], "named-ratio"))
                continue
        # share-then-whole: 检测合格761份（占81.2%），水样共947份 (a share in brackets right after its part, the whole
        # stated after it, named by 共 or 总数)
        if i and s.paren[i] and norm[r.clean_start - 2:r.clean_start] in ("（占", "(占") and \
                qs[i - 1].clean_end == r.clean_start - 2 and norm[r.clean_end:r.clean_end + 1] in ("）", ")") and \
                s.roles[i - 1] == PLAIN and not s.paren[i - 1] and not qs[i - 1].qualifier:
            part = qs[i - 1]
            later = [j for j in range(i + 1, len(qs)) if compatible(qs[j], part) and qs[j].unit not in _RATE_UNITS]
            if later and not s.paren[later[0]] and s.roles[later[0]] == PLAIN and not qs[later[0]].qualifier and \
                    _WHOLE_NAMED.search(s.local_prefix(qs[later[0]])) is not None and \
                    qs[later[0]].value > part.value:
                out.append(RateRelation(r, part, qs[later[0]], "share-then-whole"))
                continue
        # rate-of-total: 已签约36户，占应签约总数40户的90% (the total may stand in brackets: 占总数（40户）的); a rate
        # listed after another (…的100.9%和80.0%) is read from the list's first
        listed = _rates_listed(s, i) if norm.find("分别", s.start, r.clean_start) != -1 else None
        head = qs[listed[0]] if listed else r
        head_prefix = prefix if head is r else s.prefix(head)
        lo = s.clause_start(head.clean_start)
        if lo > s.start and norm[lo - 1] in ")）" and "占" not in head_prefix:
            lo = _clause_start_across_brackets(s, head.clean_start)  # 占总数（300处）的87%
        reach = norm[lo:head.clean_start]  # (the prefix, or back across brackets)
        of_total = _OF_TOTAL.search(norm, lo, head.clean_start) if "的" in head_prefix else \
            _OF_TOTAL_BRACKET.search(norm, lo, head.clean_start) if "占" in reach else None
        if of_total and (last := norm.rfind("占", of_total.start() + 1, head.clean_start)) != -1:
            # (进口货物6450批次、占全部的46.8%、出口货物7346批次、占总量的53.2%: the last 占 is this rate's)
            of_total = _OF_TOTAL.search(norm, last, head.clean_start) or of_total
        if of_total:
            zhan = of_total.start()
            # (a part of a per-capita value over it: 工资性收入3011元，占人均可支配收入17289元的17.4%)
            dens = [j for j in range(i) if zhan < qs[j].clean_start and qs[j].unit not in _RATE_UNITS and
                    s.roles[j] in (PLAIN, AVERAGE)]
            nums = [j for j in range(i) if qs[j].clean_end <= zhan and qs[j].unit not in _RATE_UNITS and
                    not s.paren[j] and (s.roles[j] == PLAIN or (s.roles[j] == AVERAGE and dens and
                                                                s.roles[dens[-1]] == AVERAGE))]
            if not nums and dens and zhan and (k := bisect_left(s.starts, zhan) - 1) >= 0 and \
                    s.roles[k] == DELTA and not s.paren[k] and s.clause_index(qs[k].clean_start) + 1 == \
                    s.clause_index(zhan) and compatible(qs[k], qs[dens[-1]]):
                nums = [k]  # 灾害损失减少36 826万元，占预估灾害损失（10.29亿元）的35.5%: the amount a change names
            if listed is not None and dens and nums:
                # (再就业779人、实现就业3959人，分别完成目标任务（772人、4949人）的100.9%和80.0%: each rate of its own
                # pair, in order)
                k, at = len(listed), listed.index(i)
                if len(nums) >= k and len(dens) >= k and compatible(qs[nums[at - k]], qs[dens[at - k]]):
                    out.append(RateRelation(r, qs[nums[at - k]], qs[dens[at - k]], "rate-of-total"))
                continue
            if dens and nums and compatible(qs[nums[-1]], qs[dens[-1]]):
                out.append(RateRelation(r, qs[nums[-1]], qs[dens[-1]], "rate-of-total"))
                continue
            if dens:
                continue
            if _OF_LAST_YEAR.fullmatch(norm, zhan, r.clean_start) and len(nums) >= 2:
                # 上年投诉量7306件，本年8445件，为上年的115.6%: this year's figure over last year's
                value, base = qs[nums[-1]], qs[nums[-2]]
                if compatible(value, base) and base.value > 0 and any(w in s.prefix(base) for w in _LAST_YEAR) and \
                        not any(w in s.prefix(value) for w in _LAST_YEAR):
                    out.append(RateRelation(r, value, base, "ratio-to-last-year"))
                continue
            # 占总数的53.9%: the total is not named after 占; the whole is bound as in 其中 … 占
        if not prefix and r.clean_start > s.start and norm[r.clean_start - 1] in ")）":
            # 满意率（含基本满意）93.53%: a note in brackets between the rate's name and its figure
            prefix = _BRACKETED_NOTE.sub("", norm[_clause_start_across_brackets(s, r.clean_start):r.clean_start])
        elif not prefix and r.clean_start - 1 > s.start and norm[r.clean_start - 1] in "：:":
            prefix = norm[s.clause_start(r.clean_start - 1):r.clean_start]  # 完成率：86.5%: a field's name, its colon
        if s.paren[i] and i and qs[i - 1].clean_end == r.clean_start - 1 and \
                norm[r.clean_start - 1] in _OPENING_BRACKETS and norm[r.clean_end:r.clean_end + 1] in ("）", ")"):
            # 选择“是”的36份（17.6%）: a part of a breakdown, its share of the whole alone in brackets right after it
            # (抽查6143个：合格5411个（88.1%），不合格732个（12.8%）: the parts after a total and its colon too)
            owner = next((rel for rel in sums if (rel.construction in _BREAKDOWNS or rel.construction == "total-colon")
                          and any(p is qs[i - 1] for p in rel.parts)), None)
            if owner is not None and compatible(qs[i - 1], owner.whole) and owner.whole.value > 0:
                out.append(RateRelation(r, qs[i - 1], owner.whole, "share-in-brackets"))
                continue
        if i + 1 < len(qs) and s.paren[i + 1] and _COUNT_IN_BRACKETS.match(norm, r.clean_end, qs[i + 1].clean_start):
            frame = _count_in_frame(s, i, earlier)
            if frame is not None:  # 全县177个行政村中，84.5%的村（155个）…: the rate, then its count in brackets
                out.append(RateRelation(r, qs[i + 1], frame, "rate-in-n"))
                continue
        is_share = bool(_SHARE_RATE.search(prefix))
        stem_match = _RATE_WORD.search(prefix)
        if not (is_share or stem_match):
            if _INTAKE_CLOSURE.search(prefix) and (pair := _received_and_closed(s, earlier)) is not None:
                out.append(RateRelation(r, pair[1], pair[0], "rate-stem"))  # 新收8167件，结案9381件，收结比…
            elif _BEYOND_PLAN.search(prefix) and (pair := _target_and_done(s, i)) is not None and \
                    (excess := _excess(pair[1], pair[0])) is not None:
                # 目标5358户，实际新增5960户，超额完成11.2%: what passed the plan, over the plan
                out.append(RateRelation(r, excess, pair[0], "excess-of-target"))
            continue
        stem = stem_match.group("stem") if stem_match else ""
        if stem.endswith("比") and len(stem) > 2:
            stem = stem[:-1]  # 优良天数比率: a ratio (比率) of 优良天数
        if stem.endswith("天数") and len(stem) > 3:
            stem = stem[:-2]  # 污染天数比例: the days of 污染, not any 天数
        if len(stem) > 3 and stem[-3] in _NEGATIONS and not stem[-3:].startswith(_NEGATED_WORDS):
            stem = stem[-3:]  # 病历不合格率: the rate of 不合格, what the negation opens
        if len(stem) >= 4 and (narrow := next((w for w in _NARROWING if stem.startswith(w)), None)) is not None \
                and not any(narrow in s.prefix(q) or narrow in s.suffix(q) for q in qs if q.unit not in _RATE_UNITS):
            continue  # …结案率83.19%；调解结案率88.7%: a narrower rate, of figures the sentence does not state
        if is_share and not stem_match and i == 1 and (whole := _whole_named_after(s, i)) is not None:
            out.append(RateRelation(r, qs[0], whole, "share-whole-after"))
            continue  # 对东盟进出口523.27亿元，占比62.8%；进出口总量为833.21亿元
        if stem.endswith("保值增值") and (pair := _year_start_and_end(s, earlier)) is not None:
            out.append(RateRelation(r, pair[1], pair[0], "preservation"))
            continue  # 年初国有资本权益1540.15亿元，年末1598.79亿元，国有资本保值增值率103.81%: the end over the start
        if stem.endswith("贡献") and (pair := _contribution(s, i)) is not None:
            out.append(RateRelation(r, pair[0], pair[1], "contribution"))
            continue  # GDP比上年增加95.0亿元，其中第三产业增加52.7亿元，对经济增长的贡献率为55.5%
        # rate-in-n: 在走访的1290户中，完成登记1187户，占92.0%
        in_n = dens = None
        if norm.find("中", s.start, r.clean_start) != -1:
            for m in reversed(list(_IN_N.finditer(norm, s.start, r.clean_start))):  # (the last that holds one)
                inside = [j for j in earlier if m.start() <= qs[j].clean_start and qs[j].clean_end <= m.end()]
                if inside:
                    in_n, dens = m, inside
                    break
        if in_n is not None:
            # (not a threshold the counted met: 34个行政村中，已有32个实现集体经济收入10万元以上)
            nums = [j for j in earlier if qs[j].clean_start >= in_n.end() and compatible(qs[j], qs[dens[-1]])]
            if dens and nums:
                num = _numerator_for(s, nums, stem)
                only = qs[nums[0]] if len(nums) == 1 else None
                if num is None and only is not None and not _negated_count(s, only) and (
                        len(stem) <= 2 or _common(stem, s.suffix(only)) >= 2):
                    # 49个村中，已有15个建成服务站，覆盖率30.6%: the frame's only count, for a rate that names
                    # nothing more, or names what the count did (已有15个实现集中供水，集中供水覆盖率; 光纤覆盖率
                    # after 30个建成卫生室 is another rate)
                    num = nums[0]
                if num is not None and compatible(qs[num], qs[dens[-1]]):
                    out.append(RateRelation(r, qs[num], qs[dens[-1]], "rate-in-n"))
                    continue
            if dens and not nums and i + 1 < len(qs) and _COUNT_AFTER_SHARE.fullmatch(
                    norm, r.clean_end, qs[i + 1].clean_start) and compatible(qs[i + 1], qs[dens[-1]]) and \
                    qs[i + 1].value <= qs[dens[-1]].value and s.roles[i + 1] == PLAIN:
                # 在6121人的新增就业人员中，高校毕业生占45.82%，计2988人: the share, then its count
                out.append(RateRelation(r, qs[i + 1], qs[dens[-1]], "rate-in-n"))
                continue
        # rate-qizhong: 共受理620件，其中办结601件，办结率96.94% (or 占比)
        qizhong = [rel for rel in sums if rel.construction in _BREAKDOWNS
                   and rel.parts and rel.parts[0].clean_start < r.clean_start]
        if qizhong:
            rel = qizhong[-1]
            # (the parts may stand in brackets with the rate: 务工11089人（其中省外务工6357人，占57.3%）)
            nums = [j for j in range(i) if any(qs[j] is p for p in rel.parts) and qs[j].clean_start < r.clean_start
                    and (j in earlier or (s.paren[j] and s.paren[j] == s.paren[i]))]
            num = _numerator_for(s, nums, stem) if nums else None
            if num is not None and not stem:
                num = _share_named_part(s, nums, prefix, num)
            if num is None and len(rel.parts) == 1 and len(nums) == 1 and prefix.endswith(("占比", "比重")) and \
                    s.clause_index(r.clean_start) == s.clause_index(qs[nums[0]].clean_start) + 1 and \
                    not _other_kind_of_same(prefix[:-2].lstrip("（("),
                                            s.local_prefix(qs[nums[0]]).removeprefix("其中")):
                num = nums[0]  # 医疗收入…，其中卫生材料收入502.62万元，耗材占比15.06%: the one part, its share next
                # (not 其中农村宽带用户…，千兆宽带用户占比…: another group of users)
            if num is not None and not stem and any(qs[k].unit == "%" and s.roles[k] != DELTA and
                                                    qs[num].clean_end <= qs[k].clean_start < r.clean_start
                                                    for k in range(num + 1, i)):
                num = None  # 电话666件，占32.0%；…APP267件，占12.8%: a share between them is the part's own
            if num is None and prefix.endswith("占") and i >= 1 and qs[i - 1].clean_end <= r.clean_start and \
                    s.norm[qs[i - 1].clean_end:r.clean_start].lstrip("、，,") == "占" and \
                    compatible(qs[i - 1], rel.whole) and s.roles[i - 1] == PLAIN and \
                    _shares_after_semicolons(s, rel, qs[i - 1]):
                # 其中A15.39亿元、占10.85%；B40.58亿元、占23.03%: the items after a ； go on with the 其中 list
                out.append(RateRelation(r, qs[i - 1], rel.whole, "rate-qizhong"))
                used_numerators.add(i - 1)
                continue
            if ((num is None and len(stem) == 2) or len(stem) == 4) and \
                    (pair := _two_parts_named(s, nums, stem)) is not None:
                out.append(RateRelation(r, pair, rel.whole, "rate-of-two-parts"))
                continue  # 其中调解结案4918件、撤诉结案687件，调撤率/调解撤诉率…: the two parts its stem names
            if num is not None and (framed := _part_framed(s, num, rel)) is not None:
                if framed is not False:  # (其中在民企就业124人；在民企就业的毕业生中，技术岗位118人，占95.2%: of 124)
                    out.append(RateRelation(r, qs[num], framed, "rate-in-frame"))
                    used_numerators.add(num)
                continue
            if num is not None and _another_after_semicolon(s, qs[num], r, stem, prefix):
                continue  # (其中民营企业2073家；进口整体通关时间压缩比例…; 其中特困供养金7.6亿元；特困人员集中供养率…:
                # after a semicolon, a rate of something else)
            if num is not None:
                owed = [j for j in nums if j != num and stem and _owed_clause(s, qs[j])
                        and any(ch in qs[j].label for ch in stem) and compatible(qs[j], qs[num])
                        and qs[j].value >= qs[num].value]
                # (户籍人口…，其中应参加医保39,696人，实际参保37,703人，参保率95.0%: over those who should have)
                out.append(RateRelation(r, qs[num], qs[owed[-1]] if owed else rel.whole, "rate-qizhong"))
                used_numerators.add(num)  # (其中网上可办414项，网上可办率…；全程网办346项，全程网办率…: of the whole)
                continue
        # share-of-named: 一般公共预算支出115841万元，教育支出79451万元，占一般公共预算支出比重达到68.6%
        if not stem_match and "占" in prefix:
            named = _share_of_named_whole(s, i, earlier, prefix) or _share_of_whole_after(s, i, earlier)
            if named is not None:
                out.append(RateRelation(r, named[0], named[1], "share-of-named"))
                continue
            # share-of-total: 受理申请共501件，企业296件，占59.1%；个人205件，占40.9%
            pair = _share_of_stated_total(s, i, earlier, prefix)
            if pair is not None:
                out.append(RateRelation(r, pair[0], pair[1], "share-of-total"))
                continue
        # share-of-subset: 申报项目300个，通过评审的32个，比例为10.7%
        if not stem_match and (pair := _share_of_subset_before(s, i, earlier, prefix)) is not None:
            out.append(RateRelation(r, pair[0], pair[1], "share-of-subset"))
            continue
        # share-named-by-part: 培训4325人次；女性765人次，女性占比17.7%
        if not stem_match and is_share and (pair := _share_named_by_part(s, i, earlier, prefix)) is not None:
            out.append(RateRelation(r, pair[0], pair[1], "share-named-by-part"))
            continue
        # share-then-counts: 清洁能源发电占比29.33%：发电量297.89亿千瓦时，清洁能源发电量84.38亿千瓦时
        if not stem_match and is_share and norm[r.clean_end:r.clean_end + 1] in ("：", ":", "（", "(") and \
                (pair := _share_counts_after(s, i, prefix)) is not None:
            out.append(RateRelation(r, pair[0], pair[1], "share-then-counts"))
            continue
        # budget-execution: 年初预算…，调整预算…，实际支出…，预算执行率70.4% (over the budget as adjusted)
        if stem_match and stem.endswith("执行") and "预算" in norm[s.start:r.clean_start]:
            pair = _budget_execution(s, earlier, r)
            if pair is not None:
                out.append(RateRelation(r, pair[0], pair[1], "budget-execution"))
                continue
        # rate-then-counts: 结案率为96%：共受理案件600件，结案576件 (or in brackets after the rate)
        if stem_match:
            pair = _counts_after(s, i, stem)
            if pair is not None:
                out.append(RateRelation(r, pair[0], pair[1], "rate-then-counts"))
                used_numerators.update(j for j, q in enumerate(qs) if q is pair[0])  # (none: a whole less a group)
                continue
        # rate-stem: 受理投诉620件，办结601件，办结率96.94%
        if stem_match:
            key = stem[-2:]  # (tested before the longest common substring: it rules out most)
            aliased = key in _ACTION_ALIASES
            scored = [(sc, j) for j in earlier if (key in qs[j].label or (aliased and _names_action(key, qs[j].label)))
                      and (not _negated(stem, qs[j].label) or _negation_spelled_out(key, qs[j].label))
                      and not (aliased and _action_negated(key, qs[j].label))
                      and (sc := max(_common(stem, qs[j].label), 2 if key not in qs[j].label else 0)) >= 2]
            if not scored and len(stem) == 2:
                # 参保率 over 参加城乡居民医保: a two-character action written out (参…保), for one count only
                spelled = [(2, j) for j in earlier if _spelled_out(stem, qs[j].label)
                           and not _negated(stem, qs[j].label)]
                scored = spelled if len(spelled) == 1 else []
            if not scored and i + 1 < len(qs) and len(earlier) == 1 and (after := _count_named_after(s, i, key)):
                whole = qs[earlier[0]]
                if compatible(after, whole) and after.value <= whole.value and not _negated(stem, after.label):
                    # 受理工单1019件，按期办结率达63.2%，按期办结644件: the count the rate names, right after it
                    out.append(RateRelation(r, after, whole, "rate-stem"))
                    continue
            if not scored:
                complement = _complement_of(s, earlier, stem, markers)
                if complement is None and (pair := _two_counts_before(s, i, stem)) is not None:
                    out.append(RateRelation(r, pair[0], pair[1], "rate-two-counts"))
                    continue  # 适龄幼儿39661人，在园37884人，入园率95.52%
                if complement is not None:
                    out.append(RateRelation(r, complement[0], complement[1], "rate-complement"))
                elif i == len(qs) - 1:
                    pair = _operands_after_sentence(s, stem)  # 结案率达到91%。具体来看，受理916起，已结案905起
                    if pair is not None:
                        out.append(RateRelation(r, pair[0], pair[1], "rate-counts-after"))
                    elif len(qs) == 1 and s.lookback is not None:  # (as find_relations reads a lone rate)
                        before = _lone_rate_with_counts_before(s)
                        if before is not None:
                            out.append(before)
                continue
            best = max(sc for sc, _ in scored)
            num = max(j for sc, j in scored if sc == best)
            done = [j for _, j in scored if j < num and not _owed(qs[j].label)]
            if _owed(qs[num].label) and done and compatible(qs[done[-1]], qs[num]) and \
                    qs[done[-1]].value <= qs[num].value:
                # 参保259.66万人，应参保人数271.49万人，参保率95.6%: what was done, then what was owed
                out.append(RateRelation(r, qs[done[-1]], qs[num], "rate-stem"))
                continue
            if _owed(qs[num].label) and not done and len(stem) == 2:
                # 应参保3860人，已参加城乡居民医保3655人，参保率94.69%: what was owed, then what was done, written out
                later = [j for j in earlier if j > num and _spelled_out(stem, qs[j].label) and
                         not _negated(stem, qs[j].label) and compatible(qs[j], qs[num]) and
                         not any(w in qs[j].label[:qs[j].label.find(stem[0])] for w in ("未", "没", "不", "无"))]
                if len(later) == 1 and qs[later[0]].value <= qs[num].value:
                    out.append(RateRelation(r, qs[later[0]], qs[num], "rate-stem"))
                    continue
            if _OVERALL.search(prefix):  # 抽检A 1438批次，合格1396批次；抽检B…；总体合格率98.2%: over all the pairs
                numerators = [j for sc, j in scored if sc == best]
                pooled = _pooled(s, earlier, numerators, used_numerators) or _pooled_intake(s, earlier, numerators)
                if pooled is not None:
                    out.append(RateRelation(r, pooled[0], pooled[1], "rate-pooled"))
                continue
            # the whole: the nearest compatible quantity before the numerator that is not a part beside
            # it (合格666批次 is 合格率's numerator, not the whole of 不合格50批次; 按期 is no whole of 超期)
            # (共处理案件6967件，其中财产险2859件、健康险1880件；已办结6545件，办结率…: the parts of a breakdown before
            # the numerator, when it is none of them, are kinds of the whole, not the whole)
            listed = {id(p) for rel in sums if len(rel.parts) >= 2 and rel.whole.clean_start < rel.parts[0].clean_start
                      and not any(p is qs[num] for p in rel.parts)
                      for p in rel.parts} if sums else ()
            # (…2225台，运行正常1963台、故障262台，故障率11.78%: a part of the same breakdown is no whole of another)
            beside = {id(p) for rel in sums if any(p is qs[num] for p in rel.parts) for p in rel.parts} \
                if sums else set()
            if num >= 2 and norm[qs[num - 1].clean_end:qs[num].clean_start][:1] == "、" and \
                    compatible(qs[num - 2], qs[num]) and compatible(qs[num - 1], qs[num]) and \
                    qs[num - 2].value >= qs[num - 1].value + qs[num].value:
                beside = {*beside, id(qs[num - 1])}  # (a whole, then two parts of it in one list: 正常…、故障…)
            den = next((j for j in reversed(earlier) if j < num and compatible(qs[j], qs[num])
                        and j not in used_numerators and not _siblings(qs[j].label, qs[num].label)
                        and id(qs[j]) not in listed and id(qs[j]) not in beside), None)
            if key in ("节约", "节资", "节支") and den is not None and "预算" not in qs[den].label:
                # 采购预算2910.11万元，实际采购2358.82万元，节约资金551.29万元，资金节约率18.94%: of the budget
                den = next((j for j in reversed(earlier) if j < num and compatible(qs[j], qs[num])
                            and "预算" in qs[j].label), den)
            note = _BASE_NOTE.match(norm, r.clean_end)
            if note is not None:  # 合格率52.9%（按实际参考人数计）: the base the rate says it is of
                den = next((j for j in reversed(earlier) if j < num and compatible(qs[j], qs[num])
                            and note.group(1) in qs[j].label), den)
            if (den is None or not _population(qs[den].label)) and "‰" in norm[r.clean_start:r.clean_end]:
                # 出生人口6819人，年平均常住人口637350人，出生率1.7‰: a rate per thousand of the population, named after
                den = next((j for j in reversed(earlier) if j != num and compatible(qs[j], qs[num])
                            and _population(qs[j].label)), den)
            if den is None:
                targets = [j for j in earlier if j > num and compatible(qs[j], qs[num]) and
                           _TARGET_WORD.search(qs[j].label)]
                if len(targets) == 1 and qs[targets[0]].value > 0:  # 完成14065亩，市下达任务13299亩，完成率105.8%
                    out.append(RateRelation(r, qs[num], qs[targets[0]], "rate-stem"))
                    continue
                framed = _framed_pair(s, earlier, num)
                if framed is None and num + 1 in earlier and "已" in qs[num].label and \
                        _negates(qs[num + 1].label, key) and compatible(qs[num], qs[num + 1]):
                    framed = _added(qs[num], qs[num + 1])  # 已实现就业2830人，尚未就业353人，就业率88.9%: of both
                if framed is not None:  # 常住人口中，乡村…，城镇…，城镇化率28.4%: of the pair's sum
                    out.append(RateRelation(r, qs[num], framed, "rate-of-pair"))
                    continue
                complement = _complement_of(s, earlier, stem, markers)  # 应参保1000人(the only one named)，未参保40人
                if complement is not None:
                    out.append(RateRelation(r, complement[0], complement[1], "rate-complement"))
                    continue
                whole = _whole_before_sentence(s, qs[num])
                if whole is not None:  # 承办工单411件。实行挂图作战，按期办结399件，按期办结率97.1%
                    out.append(RateRelation(r, qs[num], whole, "rate-whole-before"))
                    used_numerators.add(num)
                continue
            # (a part above its whole is no rate's, but a plan can be overfulfilled: 目标4223人，已完成5593人)
            if qs[den].value == 0 or (qs[num].value > qs[den].value and not _TARGET_WORD.search(qs[den].label)):
                continue
            if "‰" in s.norm[r.clean_start:r.clean_end] and not _population(qs[den].label) and \
                    not ("活产" in qs[den].label and "婴儿" in stem):
                continue  # 出生13917人、死亡10043人，…人口死亡率6.1‰: a rate per thousand people, not of births (but
                # 活产数41326人，婴儿死亡144人，婴儿死亡率3.48‰: an infant mortality is per thousand live births)
            if _MORE_IN_BRACKETS.match(s.norm, qs[den].clean_end):
                continue  # 受理案件3117件（另有旧存289件）: which whole the rate is of is not said
            out.append(RateRelation(r, qs[num], qs[den], "rate-stem"))
            used_numerators.add(num)
    if out and any(rel.construction == "rate-stem" for rel in out) and (
            norm.find("；", s.start, s.end) != -1 or norm.find(";", s.start, s.end) != -1):
        out = [rel for rel in out if rel.construction != "rate-stem" or not _group_after_semicolon(s, rel)]
    if out and (norm.find("上年", s.start, s.end) != -1 or norm.find("去年", s.start, s.end) != -1) and \
            _BASES_OPEN.search(norm, s.start, s.end) is not None:  # (the sentence's words only: norm is the text)
        # (…存贷比65.5%；上年分别为893.87亿元、611.63亿元，存贷比68.4%: last year's rate, of last year's figures)
        out = [RateRelation(rel.rate, *pair, rel.construction, rel.real, rel.down) for rel in out
               if (pair := _of_the_bases(s, (rel.numerator, rel.denominator), rel.rate)) is not None]
    return out


#: a note after a rate that names its base (（按实际参考人数计）, (按在册人数计算)): the words of the base
_BASE_NOTE = LazyRegex(r"\s*[（(]按(\p{Han}{1,8}?)(?:人数|户数|件数|数)?计(?:算)?[)）]")
#: a rate named as last year's, right before it (较上年末的34.3%, 比上年的)
_LAST_YEARS_RATE = LazyRegex(r"(?:较|比)(?:上年|去年)(?:同期|末|底)?的$")
#: a note in brackets without figures (（含基本满意）), left out of a rate's name
_BRACKETED_NOTE = LazyRegex(r"[（(][^（()）0-9]{1,12}[)）]")
#: a share with nothing after 占 (占59.1%, 占比40.9%), and a whole stated as a total (共501件, 合计, 总数)
_BARE_SHARE = LazyRegex(r"占(?:比)?(?:为|是|达到|达|约)?")
_STATED_TOTAL = LazyRegex(r"(?:^|[^公总])共|合计|总计|总数|总共|一共")


#: a rate named as an average (平均客房出租率, 平均使用率): of the totals before it, as any rate
_AVERAGE_RATE = LazyRegex(r"平均[\u4e00-\u9fff]{1,8}率(?:为|是|达到|达)?$")
#: a rate over everything counted before it (总体合格率, 综合达标率, 平均完成率)
#: (综合利用率 is the rate of one use, not an overall rate)
_OVERALL = LazyRegex(r"(?:总体|综合(?!利用)|整体|全部|总)[\p{Han}]{0,4}$|(?:总体|综合(?!利用)|整体)")
#: what names the people a rate per thousand is of (人口死亡率 over 年末户籍人口) …
_POPULATION_WORDS = ("人口", "户籍", "常住", "总人数")
#: … and what names a flow of people, not the people (出生人口, 死亡人口, 迁入人口)
_POPULATION_FLOWS = ("出生", "死亡", "迁", "增", "减")


def _population(label: str) -> bool:
    """Whether *label* names a population (年末户籍人口), not a flow of people (出生人口5200人)."""
    return any(w in label for w in _POPULATION_WORDS) and not any(w in label for w in _POPULATION_FLOWS)
#: a whole followed by more of its kind in brackets (受理3117件（另有旧存289件）)
_MORE_IN_BRACKETS = LazyRegex(r"[（(](?:另有|另|此外|旧存|上年结转|结转)")


def _pooled(s: _Sentence, earlier: list[int], nums: list[int], used: set[int]) -> tuple[Quantity, Quantity] | None:
    """``(sum of the numerators, sum of their wholes)`` of an overall rate (``抽检乳制品1438批次，合格1396批次；
    抽检饮料1067批次，合格1064批次；总体合格率98.2%``): each numerator named by the rate, with its whole right
    before it (the nearest compatible earlier quantity that is no numerator); two pairs or more, else ``None``.

    >>> from auditor.quantities import parse_quantities
    >>> text = "抽检乳制品1438批次，合格1396批次；抽检饮料1067批次，合格1064批次；总体合格率98.2%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [q.value for q in _pooled(s, [0, 1, 2, 3], [1, 3], set())]
    [Fraction(2460, 1), Fraction(2505, 1)]
    """
    if len(nums) < 2:
        return None
    qs = s.qs
    pairs = []
    for num in nums:
        den = next((j for j in reversed(earlier) if j < num and j not in nums and compatible(qs[j], qs[num])), None)
        if den is None or any(den == d for _, d in pairs) or qs[den].value < qs[num].value or qs[den].value == 0:
            return None
        pairs.append((num, den))
    total_num, total_den = qs[pairs[0][0]], qs[pairs[0][1]]
    for num, den in pairs[1:]:
        total_num, total_den = _added(total_num, qs[num]), _added(total_den, qs[den])
        if total_num is None or total_den is None:
            return None
    used.update(num for num, _ in pairs)
    return total_num, total_den


def _framed_pair(s: _Sentence, earlier: list[int], num: int) -> Quantity | None:
    """The whole of a rate whose numerator is one of a pair that splits a whole named only as a frame (``常住人口中，
    乡村人口239,908人，城镇人口95,180人，城镇化率28.4%``): the pair's sum, when the sentence opens with the frame and
    the two are the only quantities before the rate, a complementary pair (城镇/乡村, 男/女 …)."""
    qs = s.qs
    if len(earlier) != 2 or num not in earlier or _SHARE_FRAME.match(s.norm, s.start) is None:
        return None
    a, b = (qs[j] for j in earlier)
    if not compatible(a, b) or not _complement_pair(s, a, b):
        return None
    return _added(a, b)


def _pooled_intake(s: _Sentence, earlier: list[int], nums: list[int]) -> tuple[Quantity, Quantity] | None:
    """``(numerator, sum of the intakes)`` of an overall rate with one numerator over what came in by two ways or
    more, each named by the same word of intake (``网络平台受理诉求5,260件，电话受理207件；已办结4,967件，总体办结率
    90.9%``); ``None`` else.

    >>> from auditor.quantities import parse_quantities
    >>> text = "网络平台受理诉求5260件，电话受理207件；已办结4967件，总体办结率90.9%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [q.value for q in _pooled_intake(s, [0, 1, 2], [2])]
    [Fraction(4967, 1), Fraction(5467, 1)]
    """
    if len(nums) != 1:
        return None
    qs = s.qs
    num = nums[0]
    intakes = [j for j in earlier if j < num and compatible(qs[j], qs[num]) and qs[j].unit not in _RATE_UNITS]
    if len(intakes) < 2 or len(intakes) != num:
        return None  # (every quantity before the numerator an intake, and nothing else)
    words = [set(m.group() for m in _INTAKE_WORD.finditer(qs[j].label)) - {"共", "总"} for j in intakes]
    if not words[0] or not all(words[0] & w for w in words[1:]):
        return None
    total = qs[intakes[0]]
    for j in intakes[1:]:
        total = _added(total, qs[j])
        if total is None:
            return None
    return (qs[num], total) if total.value >= qs[num].value > 0 else None


def _shares_after_semicolons(s: _Sentence, rel: SumRelation, part: Quantity) -> bool:
    """Whether *part* stands after a ``；`` that ends an item of *rel*'s 其中 list written as ``A…、占…%``: the list
    goes on item by item, each with its share (``其中留抵退税15.39亿元、占10.85%；新增降费40.58亿元、占23.03%``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "共141.82亿元，其中退税15.39亿元、占10.85%；降费40.58亿元、占28.61%"
    >>> qs = parse_quantities(text)
    >>> rel = SumRelation(qs[0], qs[1:2], False, "qizhong")
    >>> _shares_after_semicolons(_Sentence(text, 0, len(text), qs), rel, qs[3])
    True
    """
    last = rel.parts[-1]
    if not s.norm.startswith(("、占", "，占", ",占"), last.clean_end) or part.clean_start <= last.clean_end:
        return False
    gap = s.norm[last.clean_end:part.clean_start]
    return ("；" in gap or ";" in gap) and "其中" not in gap and "。" not in gap


def _part_framed(s: _Sentence, num: int, rel: SumRelation) -> Quantity | bool | None:
    """The part of *rel* that a frame after a ``；`` names as the numerator's whole (``其中在民营企业就业124人；
    在民营企业就业的毕业生中，从事技术岗位的118人，占95.2%``: 124), ``False`` when such a frame names none of them,
    ``None`` when no frame stands between the numerator ``s.qs[num]`` and the part before it.

    >>> from auditor.quantities import parse_quantities
    >>> text = "就业261人，其中在民企就业124人；在民企就业的毕业生中，技术岗位的118人，占95.2%"
    >>> qs = parse_quantities(text)
    >>> _part_framed(_Sentence(text, 0, len(text), qs), 2, SumRelation(qs[0], qs[1:3], False, "qizhong")).value
    Fraction(124, 1)
    """
    q = s.qs[num]
    before = [p for p in rel.parts if p.clean_end <= q.clean_start]
    if not before:
        return None
    gap = s.norm[before[-1].clean_end:q.clean_start]
    semicolon = max(gap.rfind("；"), gap.rfind(";"))
    if semicolon == -1:
        return None
    frame = gap[semicolon + 1:]
    comma = max(frame.rfind("中，"), frame.rfind("中,"))
    if comma == -1:
        return None
    frame = frame[:comma]
    named = [p for p in before if len(p.label.removeprefix("其中")) >= 2 and p.label.removeprefix("其中") in frame]
    return named[-1] if named else False


def _added(a: Quantity, b: Quantity) -> Quantity | None:
    """*a* + *b* (as intervals), named as *a*; ``None`` when either is open-ended."""
    (a_low, a_high), (b_low, b_high) = a.interval, b.interval
    if a_high is None or b_high is None:
        return None
    return a.replace(value=a.plain_value + b.plain_value, low=a_low + b_low, high=a_high + b_high)


#: a budget as adjusted (调整预算, 预算调整后为, 调整后预算), as first passed (年初预算), spending against it
_ADJUSTED_BUDGET = LazyRegex(r"调整(?:后)?(?:的)?预算|预算调整(?:后|数)")
_BUDGET = LazyRegex(r"预算")
_SPENT = LazyRegex(r"支出|执行|决算")


def _budget_execution(s: _Sentence, earlier: list[int], rate: Quantity) -> tuple[Quantity, Quantity] | None:
    """``(spent, budget)`` of a budget's execution *rate* (``年初预算4414万元，调整预算4975万元，实际支出3682万元，预算
    执行率74.0%``): the last amount named as spent, over the budget as adjusted when the sentence states one (the
    budget otherwise: the only amount named as a budget), in one unit class. ``None`` when the rate is that of
    the budget as first passed (some reports reckon so).

    >>> from auditor.quantities import parse_quantities
    >>> text = "年初预算4414万元，调整预算4975万元，实际支出3682万元，预算执行率74.0%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [q.value / 10000 for q in _budget_execution(s, [0, 1, 2], s.qs[3])]
    [Fraction(3682, 1), Fraction(4975, 1)]
    >>> _budget_execution(s, [0, 1, 2], s.qs[3].replace(value=Fraction(834, 10))) is None  # 3682 / 4414
    True
    """
    qs = s.qs
    spent = [j for j in earlier if _SPENT.search(s.local_prefix(qs[j])) and not _BUDGET.search(s.local_prefix(qs[j]))]
    if not spent:
        return None
    num = qs[spent[-1]]
    budgets = [j for j in earlier if j != spent[-1] and _BUDGET.search(s.local_prefix(qs[j])) and
               compatible(qs[j], num) and qs[j].value > 0]
    adjusted = [j for j in budgets if _ADJUSTED_BUDGET.search(s.local_prefix(qs[j]))]
    chosen = adjusted if adjusted else budgets
    if len(chosen) != 1:
        return None
    unit = Fraction(1, 10 ** rate.decimals)
    if any(abs(100 * num.value / qs[j].value - rate.value) <= unit for j in budgets if j not in chosen):
        return None  # (over the budget as first passed)
    return num, qs[chosen[0]]


def _share_of_stated_total(s: _Sentence, i: int, earlier: list[int], prefix: str) -> tuple[Quantity, Quantity] | None:
    """``(part, whole)`` of a bare share (``占59.1%``) right after its part, in a sentence that states its whole as
    a total before the part (``受理申请共501件，企业296件，占59.1%；个人205件，占40.9%``): the only earlier quantity
    named with 共/合计/总数 …, of the part's unit class, not smaller than it.

    >>> from auditor.quantities import parse_quantities
    >>> text = "受理申请共501件，企业296件，占59.1%；个人205件，占40.9%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> part, whole = _share_of_stated_total(s, 4, [0, 1, 3], s.prefix(s.qs[4]))
    >>> part.value, whole.value
    (Fraction(205, 1), Fraction(501, 1))
    """
    if not _BARE_SHARE.fullmatch(prefix.strip(" \t\u3000")) or not earlier:
        return None
    qs = s.qs
    part = earlier[-1]
    if s.clause_index(qs[part].clean_start) + 1 != s.clause_index(qs[i].clean_start):
        return None  # (the part is in the clause just before the share)
    wholes = [j for j in earlier if j < part and compatible(qs[j], qs[part]) and _STATED_TOTAL.search(s.prefix(qs[j]))]
    if not wholes:
        whole = _whole_before_shared_parts(s, earlier, part)
        if whole is not None:
            return qs[part], whole
    if not wholes and all(_BARE_SHARE_AFTER_PART.match(s.norm, qs[j].clean_end) for j in earlier
                          if j < part and compatible(qs[j], qs[part])) and \
            len(_BARE_SHARE_AFTER_PART.findall(s.norm, s.start, s.end)) >= 2:
        # 招聘工作人员178名。教师111名，占62.4%；医务人员42名，占23.6%: the whole the sentence before states
        whole = _whole_of_shares_before(s, qs[part])
        return (qs[part], whole) if whole is not None else None
    if len(wholes) != 1:
        return None
    whole = qs[wholes[0]]
    if whole.high is None or whole.value == 0 or qs[part].value > whole.value:
        return None
    return qs[part], whole


def _whole_before_shared_parts(s: _Sentence, earlier: list[int], part: int) -> Quantity | None:
    """The whole of a bare share (``占59.1%``) after its part when the sentence names the whole without 共 in the
    clause right before its first part (``税收收入51.62亿元，增值税35.10亿元，占比68.0%``; ``新登记市场主体5572户，
    企业1592户，占28.6%；个体工商户2560户，占46.0%``): the first quantity of the part's unit class, itself without a
    share, every one after it a part followed by its share, their sum not above it, none of them its sibling
    (男 of 女) and nothing approximate.

    >>> from auditor.quantities import parse_quantities
    >>> text = "新登记市场主体5572户，企业1592户，占28.6%；个体工商户2560户，占46.0%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> _whole_before_shared_parts(s, [0, 1, 3], 3).value
    Fraction(5572, 1)
    """
    qs, norm = s.qs, s.norm
    same = [j for j in earlier if j <= part and compatible(qs[j], qs[part])]
    if len(same) < 2:
        return None
    whole, parts = qs[same[0]], [qs[j] for j in same[1:]]
    if whole.high is None or whole.value == 0 or whole.qualifier or _BARE_SHARE_AFTER_PART.match(norm, whole.clean_end):
        return None
    if s.clause_index(whole.clean_start) + 1 != s.clause_index(parts[0].clean_start):
        return None  # (the whole stands in the clause right before its first part)
    if _FLOW_WORDS.search(parts[-1].label) and not _FLOW_WORDS.search(whole.label):
        return None  # (全县有企业120家，今年新增30家，占60%: what was added is no part of the stock it is named after)
    if any(p.qualifier or _siblings(whole.label, p.label) for p in parts) or \
            not all(_BARE_SHARE_AFTER_PART.match(norm, p.clean_end) for p in parts[:-1]) or \
            sum(p.value for p in parts) > whole.value:
        return None
    return whole


#: words of a flow (what was added or taken away in a period), whose share is not of a stock
_FLOW_WORDS = LazyRegex(r"新增|新建|新设|新登记|新注册|新开|新引进|新招|增加|减少|净增|净减|注销|退出")


#: a share named only as one (比例为, 占比, 所占比重达), its clause holding nothing else
_SHARE_ALONE = LazyRegex(r"(?:所占|其)?(?:比例|占比|比重)(?:为|是|达到|达|约)?")


def _share_of_subset_before(s: _Sentence, i: int, earlier: list[int], prefix: str) -> tuple[Quantity, Quantity] | None:
    """``(part, whole)`` of a share named only as one (``比例为13.4%``) right after a clause that counts a subset named
    with 的 (``通过评审的32个``, ``达到A级的131家``), the clause before that counting the whole it is of
    (``申报项目300个``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "申报项目300个，通过评审的32个，比例为10.7%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> part, whole = _share_of_subset_before(s, 2, [0, 1], s.prefix(s.qs[2]))
    >>> part.value, whole.value
    (Fraction(32, 1), Fraction(300, 1))
    """
    if not _SHARE_ALONE.fullmatch(prefix.strip(" \t\u3000")):
        return None
    pair = _part_and_whole_before(s, i, earlier)
    return pair if pair is not None and s.local_prefix(pair[0]).endswith("的") else None


def _part_and_whole_before(s: _Sentence, i: int, earlier: list[int]) -> tuple[Quantity, Quantity] | None:
    """``(part, whole)``: the last two quantities of *earlier* before the share *i*, the part in the clause right
    before the share's, the whole in the clause before that, of one unit class, exact, the part not above the whole."""
    if len(earlier) < 2:
        return None
    qs = s.qs
    part, whole = qs[earlier[-1]], qs[earlier[-2]]
    rate_clause = s.clause_index(qs[i].clean_start)
    # (the whole in the part's clause, right before it and apart by 、: 用电量552亿千瓦时、工业用电量274亿千瓦时，…)
    listed = s.norm[whole.clean_end:whole.clean_end + 1] == "、" and \
        s.clause_index(whole.clean_start) == rate_clause - 1
    if s.clause_index(part.clean_start) != rate_clause - 1 or \
            (s.clause_index(whole.clean_start) != rate_clause - 2 and not listed) or \
            not compatible(part, whole) or part.qualifier or whole.qualifier or whole.high is None or \
            whole.value == 0 or part.value > whole.value:
        return None
    return part, whole


def _share_named_by_part(s: _Sentence, i: int, earlier: list[int], prefix: str) -> tuple[Quantity, Quantity] | None:
    """``(part, whole)`` of a share named by its part (``女性占比17.7%``), the part counted in the clause right before
    it under that name (``女性765人次``), the whole in the clause before that (``培训4325人次；``). Two sibling groups
    read so (``男性3560人，女性765人，女性占比17.7%``) make a share of their sum: such a share, which holds over the
    two together, is no share of the first.

    >>> from auditor.quantities import parse_quantities
    >>> text = "培训4325人次；女性765人次，女性占比17.7%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> part, whole = _share_named_by_part(s, 2, [0, 1], s.prefix(s.qs[2]))
    >>> part.value, whole.value
    (Fraction(765, 1), Fraction(4325, 1))
    >>> text = "男性3560人，女性765人，女性占比17.7%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> _share_named_by_part(s, 2, [0, 1], s.prefix(s.qs[2])) is None
    True
    """
    m = _PART_SHARE.fullmatch(prefix.strip(" \t\u3000，,"))
    pair = _part_and_whole_before(s, i, earlier) if m is not None else None
    if pair is None:
        return None
    part, whole = pair
    if part.unit != whole.unit or part.high is None:
        return None
    name = m.group("name")
    own = s.local_prefix(part)
    if _common(name, own) < 2 or name in s.local_prefix(whole) or _other_kind_of_same(name, own.removeprefix("其中")):
        return None  # (the share names the part, not the whole: 5G基站 is a kind of 基站; nor another group of the
        # same things: 其中农村宽带用户…，千兆宽带用户占比…)
    both = part.replace(value=part.value + whole.value, low=part.low + whole.low, high=part.high + whole.high)
    if rate_holds(s.qs[i], part, both):
        return None  # (男性3560人，女性765人，女性占比17.7%: of the two groups together)
    return part, whole


#: a share named by a group (女性占比, 农村对象占, 5G基站占比达到)
_PART_SHARE = LazyRegex(r"(?P<name>[\u4e00-\u9fff0-9A-Za-z]{2,10}?)(?:的)?(?:占比|所占比重|所占比例|占"
                        # (企业亏损面: the share of firms at a loss)
                        r"|(?<=亏损)面|(?<=盈利)面)"
                        r"(?:为|是|达到|达|约为)?")


#: … its last words, after whatever comes before them in the clause (2024年清洁能源发电占比)
_PART_SHARE_AT_END = LazyRegex(r"(?P<name>[\u4e00-\u9fff]{2,10})(?:的)?(?:占比|所占比重|所占比例|占)"
                               r"(?:为|是|达到|达|约为)?$")


#: a bare share right after its part (…111名，占62.4%): two of them in a sentence make a list of shares
_BARE_SHARE_AFTER_PART = LazyRegex(r"[，,]占(?:比)?(?:为|是|达到|达|约)?[0-9]")


def _whole_of_shares_before(s: _Sentence, part: Quantity) -> Quantity | None:
    """The whole of a list of bare shares whose sentence states none (``招聘工作人员178名。教师111名，占62.4%；…``):
    the only quantity of the part's unit class in the sentence before, in its paragraph and within
    :data:`WHOLE_BEFORE_REACH` characters, not smaller than the part."""
    if s.lookback is None:
        return None
    lo = max(0, s.start - WHOLE_BEFORE_REACH)
    lo = max(lo, s.norm.rfind("\n", lo, s.start) + 1)
    back = _end_of_sentence(s.norm, lo, s.start)
    if back is None:
        return None
    found = [q for q in s.lookback(back, s.start) if compatible(q, part) and q.unit not in _RATE_UNITS]
    if len(found) != 1 or found[0].high is None or found[0].value < part.value or found[0].qualifier:
        return None
    return found[0]


def _end_of_sentence(norm: str, lo: int, start: int) -> int | None:
    """Where the sentence before *start* begins (after the sentence end before it, not before *lo*), or ``None``
    when the text before *start* does not end a sentence."""
    if start - 1 < lo or norm[start - 1] not in "。！？!?\n":
        return None
    return after_last(norm, "。！？!?\n", lo, start - 1)


#: a share that names its whole after 占 (占一般公共预算支出比重达到, 占地区生产总值的比重为, 占项目总投资的)
#: a share in brackets right after its part, whose whole the next clause states (合格样品831批次(占抽检样品的
#: 96.6%)，抽检样品885批次): its name
_BRACKETED_SHARE_OF = LazyRegex(r"[（(]占(?P<name>[\p{Han}]{2,12})的(?:比重|比例)?(?:为|是)?")


def _share_of_whole_after(s: _Sentence, i: int, earlier: list[int]) -> tuple[Quantity, Quantity] | None:
    """``(part, whole)`` of share *i*, in brackets right after its part, whose whole the clause after it states, named
    as the share names it (``合格样品831批次(占抽检样品的96.6%)，抽检样品885批次``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "合格样品831批次(占抽检样品的96.6%)，抽检样品885批次"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [int(q.value) for q in _share_of_whole_after(s, 1, [0])]
    [831, 885]
    """
    qs, norm = s.qs, s.norm
    r = qs[i]
    if not earlier or not s.paren[i]:
        return None
    part = qs[earlier[-1]]
    m = _BRACKETED_SHARE_OF.fullmatch(norm, part.clean_end, r.clean_start)
    if m is None or i + 1 >= len(qs) or s.paren[i + 1] or norm[r.clean_end:r.clean_end + 2] not in (
            "），", "),", "）,", ")，") or any(mark in norm[r.clean_end + 2:qs[i + 1].clean_start]
                                             for mark in "，,；;。"):
        return None  # (the whole in the clause right after the bracket)
    whole = qs[i + 1]  # (…(占抽检样品的96.6%)，抽检样品885批次: the next clause's figure, by the share's name)
    name = m.group("name")
    if _common(name, whole.label) < (len(name) - 1 if len(name) >= 4 else len(name)):
        return None
    if not compatible(part, whole) or whole.high is None or part.high is None or not 0 < part.value <= whole.value:
        return None
    return part, whole


_SHARE_OF_NAME = LazyRegex(r"占(?P<name>[\p{Han}]{2,16}?|GDP|[\p{Han}]{1,8}GDP)(?:的)?(?:比重|比例|份额)?"
                           r"(?:为达到|为|是|达到|达|约为|约|近)?$")
#: names of a whole that only say it is the whole (占总数的5.63%): the sentence's first and largest quantity of the
#: part's unit class
_GENERIC_WHOLES = frozenset({"总数", "总量", "总额", "总人数", "总户数", "总体", "全部", "总件数"})


#: 总 inside the name of a whole of people, households or area (户籍总人口, 总户数): the name without it is the same
_TOTAL_IN_NAME = LazyRegex(r"(?<=\p{Han})总(?=人口|人数|户数|面积)")


def _share_of_named_whole(s: _Sentence, i: int, earlier: list[int], prefix: str) -> tuple[Quantity, Quantity] | None:
    """``(part, whole)`` of share *i* when it names its whole after 占 and the sentence states that whole by the
    same name before it: the whole is the earlier quantity whose label shares the most of the name (all of it
    but one character at most, all of a name shorter than four), the part the last quantity before the share, of the
    whole's unit class, not the whole itself and not above it.

    >>> from auditor.quantities import parse_quantities
    >>> text = "全区地区生产总值77.79亿元，第三产业增加值13.00亿元，占地区生产总值比重达到16.7%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [q.value for q in _share_of_named_whole(s, 2, [0, 1], s.prefix(s.qs[2]))]
    [Fraction(1300000000, 1), Fraction(7779000000, 1)]
    """
    m = _SHARE_OF_NAME.search(prefix)
    if m is None or not earlier:
        return None
    if len(earlier) >= 2 and s.local_prefix(s.qs[earlier[-1]]).startswith(("比", "较")) and \
            _LAST_YEAR_VALUE.search(s.local_prefix(s.qs[earlier[-1]])[1:]) is not None:
        earlier = earlier[:-1]  # (税收收入8.11亿元，比上年的7.35亿元增长10.3%，占…的: the part is this year's)
    name = m.group("name").replace("GDP", "生产总值")  # (占GDP比重: of 地区生产总值)
    if "总" in name and len(name) > 3:
        name = _TOTAL_IN_NAME.sub("", name)  # (占户籍总人口的 after 户籍人口…: the same whole)
    qs = s.qs
    part = earlier[-1]
    if name in _GENERIC_WHOLES:  # 适龄儿童441人，尚未入学37人，占总数的8.39%
        same = [j for j in earlier if j != part and compatible(qs[j], qs[part]) and s.roles[j] == PLAIN]
        if not same and len(earlier) == 1:
            # 受理申请12,246件。公安类10,681件，占总数的82.7%: the sentence before states the whole alone
            whole = _whole_of_shares_before(s, qs[part])
            return (qs[part], whole) if whole is not None and whole.value > 0 else None
        if not same or any(qs[j].value > qs[same[0]].value for j in same) or qs[same[0]].value < qs[part].value or \
                qs[same[0]].value == 0:
            return None
        return qs[part], qs[same[0]]
    need = len(name) - 1 if len(name) >= 4 else len(name)  # (收入 is not 支出: nearly all of the name)
    # (a share of a per-capita value names it: 占人均可支配收入比重; its whole is that average)
    candidates = earlier if "均" not in name else \
        [j for j in range(i) if j in earlier or (s.roles[j] == AVERAGE and qs[j].unit not in _RATE_UNITS)]
    subject = prefix[:m.start()].lstrip("，,；; ")
    # (the last quantity before the share is the whole it names when the share's clause names its part before 占, by
    # the end of an earlier one's name: 金牌18枚…，奖牌总数80枚，金牌占奖牌总数的22.5%)
    named = [j for j in earlier if j != part and qs[j].label.endswith(subject)] \
        if 2 <= len(subject) <= 6 and not qs[part].label.endswith(subject) else []
    subject_named = len(named) == 1
    # (a name of four characters or more may also be spelled in another order: 新增贷款 of 各项贷款余额新增)
    scored = [(score, j) for j in candidates if (j != part or subject_named) and
              ((score := _common(name, qs[j].label)) >= need or
               (len(name) >= 4 and all(ch in qs[j].label for ch in name) and (score := need)))]
    if not scored:
        whole = _named_whole_before_sentence(s, name, need, qs[part])
        return (qs[part], whole) if whole is not None else None
    best = max(score for score, _ in scored)
    wholes = [j for score, j in scored if score == best]
    if len(wholes) != 1:
        return None  # (two quantities named alike: no telling which)
    whole, part_q = qs[wholes[0]], qs[part]
    if subject_named:
        part_q = qs[named[0]]
    if part_q is whole:
        return None
    label = part_q.label
    frame = label.find(name + "中")
    if frame != -1:
        label = label[frame + len(name) + 1:]  # 网购投诉中直播带货…，占网购投诉的: a part counted within that whole
    if not compatible(whole, part_q) or whole.value == 0 or part_q.value > whole.value or \
            _common(name, label) >= best:
        return None  # (the part named as the whole is: 占全县的 after 全县…)
    return part_q, whole


#: how far back (characters) a rate's whole is looked for in the sentences before its own
WHOLE_BEFORE_REACH = 200


def _named_whole_before_sentence(s: _Sentence, name: str, need: int, part: Quantity) -> Quantity | None:
    """The whole a share names after 占 when its sentence does not state it (``全镇户籍人口13640人。…老年人2832人，
    占户籍人口的20.76%``): the only quantity of the sentences before, in the paragraph and within
    :data:`WHOLE_BEFORE_REACH` characters, of the part's unit class and named as the share names it, not smaller
    than the part and not approximate."""
    if s.lookback is None or s.start == 0:
        return None
    lo = max(0, s.start - WHOLE_BEFORE_REACH)
    lo = max(lo, s.norm.rfind("\n", lo, s.start) + 1)
    if lo >= s.start:
        return None
    found = [q for q in s.lookback(lo, s.start) if q.unit not in _RATE_UNITS and compatible(q, part) and
             _common(name, q.label) >= need]
    if len(found) != 1:
        return None
    whole = found[0]
    if whole.qualifier or whole.high is None or whole.value == 0 or part.value > whole.value or \
            _common(name, part.label) >= _common(name, whole.label):
        return None
    return whole


def _whole_before_sentence(s: _Sentence, numerator: Quantity) -> Quantity | None:
    """The whole of a rate whose numerator, named by the rate, stands in the sentence but whose whole does
    not: the only quantity of the numerator's unit class in the sentences before it, in its paragraph and
    within :data:`WHOLE_BEFORE_REACH` characters, not smaller than the numerator, not an average, a change
    or a negated group (``承办工单411件。实行挂图作战，按期办结399件，按期办结率97.1%``). Two candidates or
    more: no telling which."""
    if s.lookback is None:
        return None
    lo = max(0, s.start - WHOLE_BEFORE_REACH)
    line = s.norm.rfind("\n", lo, s.start)  # (bounded: a report in one line stays linear)
    while line > lo and s.norm[line - 1] == "。":
        # (a sentence a line: 受理理赔报案2268件。⏎各单位认真落实。⏎截至年底，已结案2120件，结案率…; not past a heading)
        line = s.norm.rfind("\n", lo, line)
    lo = max(lo, line + 1)
    per_mille = s.norm.find("‰", s.start, s.end) != -1
    if lo >= s.start or not (_INTAKE_WORD.search(s.norm, lo, s.start) or (per_mille and "人口" in s.norm[lo:s.start])):
        return None  # (a whole must be named as taken in or owed, or a population: looked for before parsing)
    found = [q for q in s.lookback(lo, s.start) if compatible(q, numerator) and q.unit not in _RATE_UNITS]
    if len(found) != 1:
        return None
    whole = found[0]
    label = whole.label
    if whole.high is None or whole.value < numerator.value or whole.value == 0 or \
            any(w in label for w in ("均", "每", "增", "减", "比", "未", "不")):
        return None
    # named as what was taken in or owed (受理, 排查, 应, 任务 …) in its clause: 建成服务站120个 is no whole of
    # 开工项目45个 (承办12345热线工单411件: the clause, not the label after 12345)
    clause = after_last(s.norm, "，,。；;：:", lo, whole.clean_start)
    if per_mille and _population(label):  # 年末常住人口172.07万人。全年出生人口13049人，出生率7.58‰
        return whole
    return whole if _INTAKE_WORD.search(s.norm, clause, whole.clean_start) else None


def _may_take_counts_after(norm: str, end: int, r: Quantity) -> bool:
    """The cheap tests of :func:`_lone_rate_with_counts_after`, made before its sentence is read: a rate
    that ends its sentence, right after a word ending in 率, whose two characters before 率 stand in the
    text that follows."""
    if r.unit != "%" or norm[r.clean_end:end].strip("。 "):
        return False
    at = norm.rfind("率", max(0, r.clean_start - 8), r.clean_start)
    return at >= 2 and _action_stands(norm, norm[at - 2:at], end, end + WHOLE_BEFORE_REACH)


def _lone_rate_with_counts_after(s: _Sentence) -> RateRelation | None:
    """A rate alone in its sentence, at its end, named with an action (结案率): its counts may follow in the
    next sentence (:func:`_operands_after_sentence`). Only when the action stands in the next sentence (a
    substring test before any parsing).

    >>> from auditor.document import Document
    >>> text = "全年结案率达到91%。具体来看，受理案件916起，已结案905起。"
    >>> [(r.numerator.value, r.denominator.value) for r in document_relations(Document("a.txt", text)).rates]
    [(Fraction(905, 1), Fraction(916, 1))]
    """
    r = s.qs[0]
    if s.roles[0] not in (PLAIN, CHANGE_TO) or s.norm[r.clean_end:s.end].strip("。 "):
        return None  # (alone, 提升至100% is where the rate stands: there is no from)
    m = _RATE_WORD.search(s.norm, max(s.start, r.clean_start - 16), r.clean_start)  # (接种率：38.9%: past the colon)
    if m is None:
        return None
    stem = m.group("stem")
    if len(stem) < 2 or not _action_stands(s.norm, stem[-2:], s.end, s.end + WHOLE_BEFORE_REACH):
        return None
    pair = _operands_after_sentence(s, stem)
    return RateRelation(r, pair[0], pair[1], "rate-counts-after") if pair is not None else None


def _paragraph_before(norm: str, start: int) -> int:
    """Where the stretch a sentence at *start* may look back into begins: :data:`WHOLE_BEFORE_REACH` characters
    back, not past the start of its paragraph (its line)."""
    lo = max(0, start - WHOLE_BEFORE_REACH)
    return max(lo, norm.rfind("\n", lo, start) + 1)


def _may_take_counts_before(norm: str, start: int, end: int, r: Quantity) -> bool:
    """The cheap tests of :func:`_lone_rate_with_counts_before`, made before its sentence is read: a rate that
    ends its sentence (or its clause), right after a word ending in 率, whose two characters before 率 stand earlier
    in the paragraph; a clause after it without figures (，群众满意度持续提升) may end the sentence."""
    tail = norm[r.clean_end:end].strip("。 ")
    if tail and (tail[0] not in "，,；;" or _OWN_SCOPE.search(tail)):
        return False
    at = norm.rfind("率", max(start, r.clean_start - 8), r.clean_start)
    return at >= start + 2 and _action_stands(norm, norm[at - 2:at], _paragraph_before(norm, start), start)


#: a rate of a period or a part of its own (一季度结案率, 其中城区), which the counts of the paragraph need not be of
_OWN_SCOPE = LazyRegex(r"季度|上半年|下半年|[0-9一二三四五六七八九十]月|其中|城区|农村|城镇|男|女")


def _share_after_its_whole(norm: str, start: int, end: int, qs: list[Quantity], lookback) -> list[RateRelation]:
    """A part and its share in a sentence of their own (``乱占问题70个，占26.18%。``, ``qs``) after a sentence on the
    same line that states one figure of the part's unit class and no rate, read as :func:`_share_of_whole_before`
    reads a sentence that opens a breakdown (``整治河湖“清四乱”问题263个。``: its whole).

    >>> from auditor.document import Document
    >>> text = "全年整治问题263个。乱占问题70个，占26.6%。"
    >>> [(r.numerator.value, r.denominator.value) for r in document_relations(Document("a.txt", text)).rates]
    [(Fraction(70, 1), Fraction(263, 1))]
    """
    p_start = sentence_start(norm, max(0, start - 1 - CLAUSE_REACH), start - 1)
    if norm.find("\n", p_start, start) != -1:
        return []
    figures = [q for q in lookback(p_start, start - 1) if q.clean_start >= p_start]
    if any(q.unit in _RATE_UNITS for q in figures) or \
            sum(1 for q in figures if compatible(q, qs[0])) != 1 or qs[0].qualifier:
        return []
    return _share_of_whole_before(_Sentence(norm, p_start, start - 1, figures), _Sentence(norm, start, end, qs))


def _lone_rate_with_counts_before(s: _Sentence) -> RateRelation | None:
    """A rate alone in its sentence, at its end, named with an action (整改率), that sums up counts stated in the
    sentences before it in its paragraph (``排查安全隐患10285处。…截至年底，已完成整改9943处。经统计，整改率为
    96.7%``): the only earlier quantity named by the action, with no rate after it, and the nearest quantity of its
    unit class before it, not smaller, named in its clause as what was taken in or owed (or by the rate's other
    word: 核查 of 核查完成率).

    >>> from auditor.document import Document
    >>> text = "全县排查隐患1028处。压实责任，开展回头看。已完成整改994处。经统计，整改率为96.7%。"
    >>> [(r.numerator.value, r.denominator.value) for r in document_relations(Document("a.txt", text)).rates]
    [(Fraction(994, 1), Fraction(1028, 1))]
    """
    r = s.qs[0]
    if s.roles[0] not in (PLAIN, CHANGE_TO) or _OWN_SCOPE.search(s.norm, s.start, r.clean_start):
        return None
    m = _RATE_WORD.search(s.norm, max(s.start, r.clean_start - 16), r.clean_start)
    if m is None or len(m.group("stem")) < 2:
        return None
    stem = m.group("stem")
    key = stem[-2:]
    lo = _paragraph_before(s.norm, s.start)
    qs = s.lookback(lo, s.start)
    named = [k for k, q in enumerate(qs) if _names_action(key, q.label) and not _negated(stem, q.label) and
             q.unit not in _RATE_UNITS]
    if len(named) == 2 and _owed(qs[named[0]].label) and not _owed(qs[named[1]].label) and \
            compatible(qs[named[0]], qs[named[1]]):
        named = named[1:]  # 应参保373596人。…已实际参保359675人: what was owed, then what was done
    if len(named) != 1 or any(q.unit in _RATE_UNITS for q in qs[named[0]:]):
        return None  # (a rate after the count: the count has its own)
    num = qs[named[0]]
    whole = next((q for q in reversed(qs[:named[0]]) if compatible(q, num) and q.unit not in _RATE_UNITS), None)
    if whole is None or whole.high is None or whole.value < num.value or whole.value == 0 or \
            any(w in whole.label for w in ("均", "每", "增", "减", "比", "未", "不")):
        return None
    clause = after_last(s.norm, "，,；;：:。", lo, whole.clean_start)
    return RateRelation(r, num, whole, "rate-counts-before") if _named_as_whole(s.norm, clause, whole, stem) else None


#: the words that name the action of a rate in its counts when not the rate's own (结案率: 审结, 执结, 办结)
_ACTION_ALIASES = {"结案": ("审结", "执结", "办结"), "审结": ("结案",), "执结": ("结案",),
                   "镇化": ("城镇人口", "城镇常住人口"), "达标": ("达到", "符合", "优于"),
                   # (应到代表123名，实到122名，到会率99%: those who came, of those who should have)
                   "到会": ("实到",), "出席": ("实到", "实际出席"), "参会": ("实到", "实际参会"),
                   # (a procuratorate's 不捕率 and 不诉率: those not approved for arrest, not prosecuted)
                   "不捕": ("不批准逮捕", "不予批准逮捕"), "不诉": ("不起诉", "不予起诉"),
                   # (计划改造6845户，完成改造6130户，完工率…: works finished)
                   "完工": ("完成改造", "完成建设", "竣工")}


#: actions named by their negation, whose aliases spell it out (不捕: 不批准逮捕), the negation far from the verb
_NEGATED_ACTIONS = frozenset(("不捕", "不诉"))


def _negation_spelled_out(key: str, label: str) -> bool:
    """Whether *label* spells out the negated action *key* (不捕: 不批准逮捕), which :func:`_negated` reads as the
    action's opposite, the negation being far from the verb.

    >>> _negation_spelled_out("不捕", "决定不批准逮捕"), _negation_spelled_out("不捕", "批准逮捕")
    (True, False)
    """
    return key in _NEGATED_ACTIONS and _names_action(key, label)


def _names_action(key: str, label: str) -> bool:
    """Whether *label* names the action *key* (the two characters before 率) or one of its :data:`_ACTION_ALIASES`.

    >>> _names_action("结案", "已审结"), _names_action("结案", "受理案件"), _names_action("整改", "已整改到位")
    (True, False, True)
    """
    return key in label or any(alias in label for alias in _ACTION_ALIASES.get(key, ()))


def _action_negated(key: str, label: str) -> bool:
    """Whether *label* names the action *key* or one of its :data:`_ACTION_ALIASES` as not done (未参保; 尚未达到合格
    等级 for 达标: the group a rate of *key* leaves out).

    >>> _action_negated("达标", "尚未达到合格以上等级"), _action_negated("达标", "达到合格以上等级")
    (True, False)
    >>> _action_negated("准点", "晚点"), _action_negated("准点", "准点")
    (True, False)
    """
    return any(_negates(label, word) for word in (key, *_ACTION_ALIASES.get(key, ()))) or \
        any(word in label for word in _OPPOSITES.get(key, ()))


#: the word for an action's opposite group, not written with a negation (准点 and 晚点: the late ones are those not
#: on time)
_OPPOSITES = {"准点": ("晚点", "误点", "延误"), "正点": ("晚点", "误点", "延误"), "达标": ("超标",)}


def _action_stands(norm: str, key: str, lo: int, hi: int) -> bool:
    """Whether the action *key* or one of its :data:`_ACTION_ALIASES` stands in ``norm[lo:hi]``."""
    return any(norm.find(word, lo, hi) != -1 for word in (key, *_ACTION_ALIASES.get(key, ())))


def _heading_line(norm: str, start: int, end: int) -> bool:
    """Whether the sentence ``norm[start:end]`` is a line of its own, short and without a full stop: a heading
    (``（一）按期申报率达98.6%``, ``■ 结案率97.9%``), whose figures the paragraph under it gives."""
    if norm[end:end + 1] != "\n":
        return False
    line_start = norm.rfind("\n", max(0, end - 31), start) + 1  # (a longer line is no heading: looked no further)
    return (line_start > 0 or end <= 31) and not norm[line_start:start].strip() and end - line_start <= 30


def _operands_after_sentence(s: _Sentence, stem: str) -> tuple[Quantity, Quantity] | None:
    """``(numerator, whole)`` of a rate that ends its sentence with no count of its own, from the next
    sentence of the paragraph (``结案率达到91%。具体来看，受理行政处罚案件916起，已结案905起``): the only quantity
    there named by the rate's action (or with it written out: 参…保), and the quantity before it of its unit
    class, not smaller, named in its clause as what was taken in or owed."""
    if s.lookback is None or len(stem) < 2:
        return None
    norm = s.norm
    lo = s.end + 1
    stop = min(len(norm), lo + WHOLE_BEFORE_REACH)
    ends = [k for k in (norm.find(mark, lo, stop) for mark in "。！？!?\n") if k != -1]
    if not ends or (norm.find("\n", s.end, lo) != -1 and not _heading_line(norm, s.start, s.end)):
        return None  # (the next sentence ends within reach, in the same paragraph, or under the rate as its heading)
    hi = min(ends)
    if not (_INTAKE_WORD.search(norm, lo, hi) or _WHOLE_NOUN.search(norm, lo, hi) or
            (len(stem) >= 4 and norm.find(stem[-4:-2], lo, hi) != -1)):
        return None  # (no whole can be named there: nothing is parsed)
    qs = s.lookback(lo, hi)
    key = stem[-2:]
    named = [k for k, q in enumerate(qs) if (_names_action(key, q.label) or
                                             (len(stem) == 2 and _spelled_out(stem, q.label)))
             and not _negated(stem, q.label)]
    if len(named) == 2 and _owed(qs[named[0]].label) and not _owed(qs[named[1]].label) and \
            compatible(qs[named[0]], qs[named[1]]):
        named = named[1:]  # 应筛查4337人，实际筛查3591人: what was owed, then what was done
    if not named and len(stem) >= 2 and stem[:1] not in _NEGATIONS and not _negates(stem, key):
        # 合格率为97.2%。全年共检验966台，其中不合格21台: the group the rate leaves out, and the whole before it
        left_out = [k for k, q in enumerate(qs) if _negates(q.label, key)]
        if len(left_out) == 1 and left_out[0] >= 1:
            other = qs[left_out[0]]
            whole = next((q for q in reversed(qs[:left_out[0]]) if compatible(q, other) and q.unit not in _RATE_UNITS),
                         None)
            if whole is not None and whole.high is not None and whole.value > other.value and \
                    _named_as_whole(norm, after_last(norm, "，,；;：:", lo, whole.clean_start), whole, stem):
                return _whole_less(whole, other)
        return None
    if len(named) != 1:
        return None
    num = qs[named[0]]
    whole = next((q for q in reversed(qs[:named[0]]) if compatible(q, num) and q.unit not in _RATE_UNITS), None)
    if whole is None or whole.high is None or whole.value < num.value or whole.value == 0:
        return None
    clause = after_last(norm, "，,；;：:", lo, whole.clean_start)
    return (num, whole) if _named_as_whole(norm, clause, whole, stem) else None


def _named_as_whole(norm: str, clause: int, whole: Quantity, stem: str) -> bool:
    """Whether *whole*, its clause starting at *clause*, is named as what a rate of *stem* is of: as what was taken in
    or owed (受理, 排查, 应 …: :data:`_INTAKE_WORD`), as a population (:data:`_WHOLE_NOUN`), or by the rate's other
    word (核查 of 核查完成率, before the action 完成)."""
    if _INTAKE_WORD.search(norm, clause, whole.clean_start) or _WHOLE_NOUN.search(whole.label):
        return True
    other = stem[-4:-2]
    return len(other) == 2 and norm.find(other, clause, whole.clean_start) != -1


def _owed_clause(s: _Sentence, q: Quantity) -> bool:
    """Whether the words of *q*'s clause before it name what should be done (应参加, 应参保; not 应届毕业生)."""
    words = s.norm[s.clause_start(q.clean_start):q.clean_start]
    return "应" in words and "应届" not in words


def _owed(label: str) -> bool:
    """Whether *label* names a count as owed or planned rather than done (应筛查, 计划改造, 任务数)."""
    return "应" in label or _TARGET_WORD.search(label) is not None

#: nouns of a population a rate may be of (户籍人口, 常住人口, 适龄儿童, 建档立卡户)
_WHOLE_NOUN = LazyRegex(r"人口|儿童|学生|群众|居民|建档立卡|农户|企业|行政村")
#: what names the whole a rate is of: cases taken in, things surveyed or signed, a plan or a group owed
_INTAKE_WORD = LazyRegex(r"受理|承办|排查|梳理|签约|监测|抽检|抽查|检查|走访|登记|摸排|发现|收到|接到|接收"
                         r"|共|总|应|现有|任务|计划|目标|适龄|持证"
                         # what there is to take, or what arose (秸秆可收集量…，综合利用…; 产生量)
                         r"|可[\u4e00-\u9fff]{1,3}量|产生量")


def _negates(label: str, key: str) -> bool:
    """Whether *label* holds *key* right after a negation or a word of not yet (不合格, 未参保, 正在整改)."""
    at = label.find(key)
    while at != -1:
        if _negated_at(label, at):
            return True
        at = label.find(key, at + 1)
    return False


def _complement_of(s: _Sentence, earlier: list[int], stem: str, markers) -> tuple[Quantity, Quantity] | None:
    """``(whole − other group, whole)`` for a rate whose only count is of the group it leaves out
    (``应参保1000人，未参保40人，参保率96%``): the last earlier count named as the negated action (未参保,
    不及格), and the whole before it, named as one (应, 共, 总, 参加 …) or by the rate's action.

    >>> from auditor.quantities import parse_quantities
    >>> text = "应参保1000人，未参保40人，参保率96%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [(q.value, q.low, q.high) for q in _complement_of(s, [0, 1], "参保", [])]
    [(Fraction(960, 1), Fraction(960, 1), Fraction(960, 1)), (Fraction(1000, 1), Fraction(1000, 1), Fraction(1000, 1))]
    """
    if len(stem) < 2:
        return None
    if stem[:1] in _NEGATIONS and not stem.startswith(_NEGATED_WORDS):
        return _complement_of_positive(s, earlier, stem, markers)
    key = stem[-2:]
    qs = s.qs
    other = next((j for j in reversed(earlier) if _action_negated(key, qs[j].label)), None)
    if other is None:
        return None
    before_other = [mk for mk in markers if mk[0] < qs[other].clean_start]
    if before_other and not (len(before_other) == 1 and before_other[0][2] == "其中" and
                             s.clause_start(qs[other].clean_start) == before_other[0][0] and
                             other >= 1 and qs[other - 1].clean_end <= before_other[0][0]):
        # (其中蔬菜100批次，不合格6批次: which whole the group is left out of is not said; but 抽检3031批次，其中
        # 不合格91批次: the 其中 names the group itself, of the whole before it)
        return None
    whole = next((j for j in reversed(earlier) if j < other and compatible(qs[j], qs[other])
                  and not _negated(stem, qs[j].label)), None)
    if whole is None:
        return None
    # named as the whole, or the count in the clause just before (抽检300批次，不合格6批次，合格率98%)
    if not (_WHOLE_WORD.search(s.prefix(qs[whole])) or key in qs[whole].label or (
            whole == other - 1 and s.clause_index(qs[whole].clean_start) + 1 == s.clause_index(qs[other].clean_start))):
        return None
    return _whole_less(qs[whole], qs[other])


def _complement_of_positive(s: _Sentence, earlier: list[int], stem: str, markers) -> tuple[Quantity, Quantity] | None:
    """:func:`_complement_of` for a negated rate whose only count is of the group it does not count
    (``抽检983批次，其中合格898批次，不合格率8.6%``): the last earlier count named by the rate's action without
    its negation (合格 for 不合格率), not negated itself, and the whole just before it (the clause before, or
    the whole of the 其中 that introduces it).

    >>> from auditor.quantities import parse_quantities
    >>> text = "抽检983批次，其中合格898批次，不合格率8.6%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [q.value for q in _complement_of_positive(s, [0, 1], "不合格", [(7, 9, "其中")])]
    [Fraction(85, 1), Fraction(983, 1)]
    >>> text = "共抽检505批次，492批次合格，不合格率2.6%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [q.value for q in _complement_of_positive(s, [0, 1], "不合格", [])]
    [Fraction(13, 1), Fraction(505, 1)]
    """
    positive = stem[1:]
    if len(positive) < 2:
        return None
    qs = s.qs
    other = next((j for j in reversed(earlier) if positive[-2:] in qs[j].label and not _negated(stem[1:], qs[j].label)
                  and not _negates(qs[j].label, positive[-2:])), None)
    if other is None:  # (the action after the count: 492批次合格)
        other = next((j for j in reversed(earlier) if s.suffix(qs[j]).startswith(positive)), None)
    if other is None or other == 0:
        return None
    whole = other - 1
    if whole not in earlier or not compatible(qs[whole], qs[other]):
        return None
    between = s.norm[qs[whole].clean_end:qs[other].clean_start]
    # the whole in the clause just before, or the 其中 right before the group
    if s.clause_index(qs[whole].clean_start) + 1 != s.clause_index(qs[other].clean_start):
        return None
    if any(mk[0] < qs[other].clean_start for mk in markers) and not between.lstrip("，,").startswith("其中"):
        return None
    return _whole_less(qs[whole], qs[other])


def _count_named_after(s: _Sentence, i: int, key: str) -> Quantity | None:
    """The quantity right after the rate *i*, in the next clause, when its words name the rate's action *key* (and do
    not negate it), plain and outside brackets: ``按期办结率达63.2%，按期办结644件``."""
    j = i + 1
    q = s.qs[j]
    if s.clause_index(q.clean_start) != s.clause_index(s.qs[i].clean_start) + 1 or s.paren[j] or \
            s.roles[j] != PLAIN or q.unit in _RATE_UNITS or key not in q.label or _negates(q.label, key):
        return None
    return q


def _spelled_out(stem: str, label: str) -> bool:
    """Whether the two characters of *stem* stand in *label* in order, with at most eight between them (参保 in
    参加城乡居民医保), the first one not right at its end.

    >>> _spelled_out("参保", "参加城乡居民医保"), _spelled_out("参保", "保险参加"), _spelled_out("参保", "参保")
    (True, False, True)
    """
    first = label.find(stem[0])
    return first != -1 and label.find(stem[1], first + 1, first + 10) != -1


#: a group set aside and the rest said to be done (除11批次尚在办理外均已检验合格, 除3户外全部完成)
_EXCEPT_REST = LazyRegex(r"除(?:[^，,。；;]|[,，](?=[0-9]{3})){0,14}外[，,]?"
                         r"(?:其余|其他|其它)?(?:的)?(?:均|全部|都|全)")


def _rate_except(s: _Sentence, i: int) -> RateRelation | bool | None:
    """The rate ``s.qs[i]`` of what is left of a whole once a group is set aside (``抽检4282批次，除11批次尚在办理外
    均已检验合格，合格率99.74%``: (4282 − 11) / 4282), ``False`` when the sentence sets a group aside so but the
    figures do not make the reading (no rate of the group alone then), ``None`` when it does not.

    >>> from auditor.quantities import parse_quantities
    >>> text = "抽检食品4282批次，除11批次尚在办理外均已检验合格，合格率99.74%"
    >>> r = _rate_except(_Sentence(text, 0, len(text), parse_quantities(text)), 2)
    >>> r.numerator.value, r.denominator.value
    (Fraction(4271, 1), Fraction(4282, 1))
    """
    qs = s.qs
    m = _EXCEPT_REST.search(s.norm, max(s.start, qs[i - 1].clean_start - 4), qs[i].clean_start)
    if m is None or not m.start() <= qs[i - 1].clean_start < m.end():
        return None
    group, whole = qs[i - 1], qs[i - 2]
    if not compatible(group, whole) or group.unit in _RATE_UNITS or whole.unit in _RATE_UNITS or \
            s.clause_index(whole.clean_start) >= s.clause_index(m.start()):
        return False
    pair = _whole_less(whole, group)
    return RateRelation(qs[i], pair[0], pair[1], "rate-except") if pair is not None else False


def _whole_less(w: Quantity, f: Quantity) -> tuple[Quantity, Quantity] | None:
    """``(w − f, w)``: the whole *w* less the group *f* (as an interval), and the whole; ``None`` when either is
    open-ended or the group is not smaller."""
    (w_low, w_high), (f_low, f_high) = w.interval, f.interval
    if w_high is None or f_high is None or w.value <= f.value:
        return None
    return w.replace(value=w.plain_value - f.plain_value, low=w_low - f_high, high=w_high - f_low), w


#: a plan, a target or a task: what a rate of completion is measured against
_TARGET_WORD = LazyRegex(r"目标|任务|计划|指标|预算")
#: what a quantity done against a plan is named with (实际完成, 已完成, 完成; a budget's 决算)
_DONE_WORD = LazyRegex(r"实际|已|完成|决算")


def _target_and_done(s: _Sentence, i: int) -> tuple[Quantity, Quantity] | None:
    """``(target, done)`` for the rate *i* of the form 完成(年度)任务/计划/目标的 R%: the last earlier quantity
    named as a plan or a task, and the one after it named as done (实际, 已, 完成), of one unit class.

    >>> from auditor.quantities import parse_quantities
    >>> text = "全年计划招引项目12个，实际招引15个，完成计划的125%。"
    >>> target, done = _target_and_done(_Sentence(text, 0, len(text), parse_quantities(text)), 2)
    >>> target.value, done.value
    (Fraction(12, 1), Fraction(15, 1))
    """
    qs = s.qs
    t = i - 1
    if t > 0 and s.norm[qs[t].clean_end:qs[i].clean_start] == "的" and \
            s.local_prefix(qs[t]).startswith(("完成", "为", "是", "相当于")) and \
            _TARGET_WORD.search(s.local_prefix(qs[t])) and s.roles[t] == s.roles[t - 1] == PLAIN and \
            compatible(qs[t - 1], qs[t]) and s.clause_index(qs[t - 1].clean_start) + 1 == \
            s.clause_index(qs[t].clean_start) and qs[t].value > 0:
        return qs[t], qs[t - 1]  # 新增就业35109人，完成年度目标任务28800人的121.9%: the plan inside 完成…的 (为…的)
    for t in range(i - 2, -1, -1):
        if s.roles[t] == PLAIN and qs[t].unit != "%" and _TARGET_WORD.search(s.prefix(qs[t])):
            done = [j for j in range(t + 1, i) if s.roles[j] == PLAIN and compatible(qs[j], qs[t])
                    and _DONE_WORD.search(s.local_prefix(qs[j]))]
            if len(done) == 1 and qs[t].value > 0:
                return qs[t], qs[done[0]]
            return None
    return None




def _excess(done: Quantity, target: Quantity) -> Quantity | None:
    """How much *done* passed *target*, as a quantity whose bounds carry both roundings; ``None`` unless it did."""
    if done.high is None or target.high is None or done.low <= target.high:
        return None
    return done.replace(value=done.value - target.value, low=done.low - target.high, high=done.high - target.low)


#: what opens the counts of a rate stated after it: 率为96%：…, 率96%（…）
_COUNTS_OPEN = ("：", ":", "（", "(")
#: words naming the whole of a rate's counts (共受理, 应参保, 走访总户数, 在册)
_WHOLE_WORD = LazyRegex(r"共|应|总|在册|全部|参加")
#: what a court or an office takes in (the whole its closure rate is of)
_INTAKE = ("受理", "收案", "新收", "接收")
#: … and what it closed of it (:data:`_CLOSED`; not what it carried over: 上年结转; a label cut at a bracket,
#: 审（执）结, reads 结)


def _share_counts_after(s: _Sentence, i: int, prefix: str) -> tuple[Quantity, Quantity] | None:
    """``(part, whole)`` of a share named by its part whose counts follow it behind a colon or in brackets, the whole
    first (``清洁能源发电占比29.33%：发电量297.89亿千瓦时，清洁能源发电量84.38亿千瓦时``): two of one unit class, the
    part named as the share is and not above the whole, the whole not so named.

    >>> from auditor.quantities import parse_quantities
    >>> text = "清洁能源发电占比29.33%：发电量297.89亿千瓦时，清洁能源发电量84.38亿千瓦时。"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [float(q.value) / 1e8 for q in _share_counts_after(s, 0, s.prefix(s.qs[0]))]
    [84.38, 297.89]
    """
    m = _PART_SHARE_AT_END.search(prefix.strip(" \t\u3000，,"))
    if m is None:
        return None
    qs, norm, r = s.qs, s.norm, s.qs[i]
    close = _bracket_close(norm, r.clean_end, s.end) if norm[r.clean_end:r.clean_end + 1] in ("（", "(") else s.end
    after = [j for j in range(i + 1, len(qs)) if qs[j].clean_end <= close]
    if len(after) != 2 or any(s.roles[j] != PLAIN or not _bindable(s, j) or qs[j].unit == "%" for j in after):
        return None
    whole, part = qs[after[0]], qs[after[1]]
    name = m.group("name")
    if not compatible(whole, part) or part.qualifier or whole.qualifier or whole.value <= 0 or \
            part.value > whole.value or _common(name, part.label) < 2 or name in whole.label:
        return None
    return part, whole


def _counts_after(s: _Sentence, i: int, stem: str) -> tuple[Quantity, Quantity] | None:
    """``(numerator, whole)`` of the rate *i* (its word's stem *stem*) from the counts stated after it,
    behind a colon or in brackets: two of one unit class, the whole named as one (共, 应, 总 …) or the
    numerator named by the rate's action (``结案率为96%：共受理600件，结案576件``). With one count in the
    brackets, named as the whole, the numerator is the one before the rate that names its action
    (``完成登记540户，登记率90%（走访总户数600户）``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "结案率为96%：共受理案件600件，结案576件。"
    >>> a, b = _counts_after(_Sentence(text, 0, len(text), parse_quantities(text)), 0, "结案")
    >>> a.value, b.value
    (Fraction(576, 1), Fraction(600, 1))
    """
    qs = s.qs
    r = qs[i]
    norm = s.norm
    opener = norm[r.clean_end:r.clean_end + 1]
    comma = opener in "，,"
    if opener not in _COUNTS_OPEN and not comma:
        return None
    if comma:  # 完成率71.3%，建设任务584亩，实际完成433亩: both named, to the end of the sentence or a ；
        close = min((k for k in (norm.find("；", r.clean_end, s.end), norm.find(";", r.clean_end, s.end)) if k != -1),
                    default=s.end)
    else:
        close = _bracket_close(norm, r.clean_end, s.end) if opener in "（(" else s.end
    after = [j for j in range(i + 1, len(qs)) if qs[j].clean_end <= close]
    if not after or any(s.roles[j] != PLAIN or not _bindable(s, j) or qs[j].unit == "%" for j in after):
        return None
    key = stem[-2:]
    if len(after) == 2 and key in qs[after[0]].label and not _negated(stem, qs[after[0]].label) and \
            _WHOLE_WORD.search(s.prefix(qs[after[1]])) is not None and compatible(qs[after[0]], qs[after[1]]) and \
            0 < qs[after[0]].value <= qs[after[1]].value:
        return qs[after[0]], qs[after[1]]  # 覆盖率79.24%，已覆盖小区163个，辖区小区总数207个: the part, then the whole
    if len(after) == 2:
        whole, part = qs[after[0]], qs[after[1]]
        target = _TARGET_WORD.search(s.prefix(whole)) is not None
        if not compatible(whole, part) or whole.value == 0 or (part.value > whole.value and not target):
            return None
        # (…（6208件中已办结5655件）: the whole frames the part)
        named_whole = target or _WHOLE_WORD.search(s.prefix(whole)) is not None or \
            norm.startswith("中", whole.clean_end) or (
                # (结案率86.36%（受理案件14785件，审（执）结13650件）: what came in, then what was closed of it)
                "结" in stem and (part.label == "结" or any(w in part.label for w in _CLOSED)) and
                any(w in s.prefix(whole) for w in _INTAKE))
        if _negates(part.label, key) and not _negated(stem, whole.label) and stem[:1] not in _NEGATIONS:
            # 合格率96.3%（共抽检2166批次，检出不合格80批次）: the group the rate leaves out
            return _whole_less(whole, part) if named_whole or not comma else None
        if comma:
            # (5G网络覆盖率达95.1%，全年共行政村329个，通5G网络310个: the part named with the rate's words)
            named_part = key in part.label or _common(stem, part.label) >= 3
            return (part, whole) if named_whole and named_part and not _negated(stem, part.label) else None
        if key in part.label or named_whole or _negation_spelled_out(key, part.label):
            return part, whole  # (不捕率为24.93%（审查逮捕18886人，决定不批准逮捕4886人）: the action spelled out)
        return None
    # (the clause's words up to its comma, not the label: 全县共有村（社区）57个)
    words = norm[after_last(norm, "，,；;", r.clean_end, qs[after[0]].clean_start):qs[after[0]].clean_start]
    if comma and not (len(after) == 1 and _TOTAL_WORD.search(words)):
        return None  # (but 覆盖71个村，覆盖率88.75%，全市共有村80个: the whole named as a total after the rate)
    if len(after) == 1 and _WHOLE_WORD.search(words):
        whole = qs[after[0]]
        named = [j for j in range(i) if s.roles[j] == PLAIN and _bindable(s, j) and key in qs[j].label
                 and compatible(qs[j], whole)]
        if not named:  # 30个村建成服务站，覆盖率达52.6%，全县共有村57个: the only count of its kind before the rate
            named = [j for j in range(i) if s.roles[j] == PLAIN and _bindable(s, j) and compatible(qs[j], whole)]
            named = named if len(named) == 1 else []
        if named and qs[named[-1]].value <= whole.value and whole.value > 0:
            return qs[named[-1]], whole
    return None


def _bracket_close(norm: str, opening: int, end: int) -> int:
    """Where the bracket opened at *opening* closes, or *end* when it does not close before it; brackets inside it
    are skipped (``（受理14785件，审（执）结13650件）``).

    >>> _bracket_close("（受理14785件，审（执）结13650件）。", 0, 23)
    21
    """
    close = min((k for k in (norm.find("）", opening, end), norm.find(")", opening, end)) if k != -1), default=end)
    if norm.find("（", opening + 1, close) == -1 and norm.find("(", opening + 1, close) == -1:
        return close  # (nothing opens inside: the first bracket that closes, found by search; most are so)
    depth = 0
    for k in range(opening, end):
        ch = norm[k]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth == 0:
                return k
    return end


#: characters that turn the word after them into its opposite (不合格, 未办结, 非公有, 无效)
_NEGATIONS = "不未非无"
#: words that open with a negation's character and are no negation of what follows (不良贷款率 is the share of
#: loans that are 不良, not of loans that are not 良贷款)
_NEGATED_WORDS = ("不良", "不动产", "无线", "无人机", "非公有", "非物质", "非遗", "无纸化", "无害化", "无障碍", "无偿",
                  "无公害", "无菌", "无人值守", "非税", "非煤", "非机动车", "不锈钢")


def _negated(stem: str, label: str) -> bool:
    """Whether *label* names the opposite of the rate *stem*: the stem's action right after a negation or
    a word of not yet (不合格, 正在整改, 尚未完成 for 合格率, 整改率, 完成率) while the stem itself is not
    negated, or without one while the stem is (整改到位 for 未整改率), or the other side of a pair of
    :data:`COMPLEMENTS` (超期办结 for 按期办结率).

    >>> _negated("合格", "其中不合格"), _negated("不合格", "不合格"), _negated("合格", "检测合格")
    (True, False, False)
    >>> _negated("整改", "正在整改"), _negated("按期办结", "超期办结"), _negated("办结", "按期办结")
    (True, True, False)
    >>> _negated("未整改", "整改到位"), _negated("未整改", "其中未整改"), _negated("不良贷款", "不良贷款")
    (True, False, False)
    """
    if len(stem) >= 3 and stem[:1] in _NEGATIONS and stem in label:
        return False  # 不符合规定 for 不符合规定率: the rate's own words, negation and all
    stem_negated = (stem[:1] in _NEGATIONS and not stem.startswith(_NEGATED_WORDS)) or stem.startswith(_NOT_YET)
    key = stem[-2:]
    if stem_negated and len(stem) <= 2:
        key = stem[1:]  # 无效率: 效, after 无 or not
    at = label.find(key)
    while at != -1:
        if _negated_at(label, at) != stem_negated:  # (未整改率 over 整改到位232个: the other group, as 整改率
            return True                           # over 未整改 is)
        at = label.find(key, at + 1)
    return not stem_negated and _siblings(stem, label)


def _negated_at(label: str, at: int) -> bool:
    """Whether the word at *at* in *label* follows a negation or a word of not yet (不合格, 正在整改), or 未 or
    没有 a few characters before it (尚未完成全程接种: 接种 is not done).

    >>> _negated_at("尚未完成全程接种", 6), _negated_at("完成全程接种", 4), _negated_at("未来三年完成接种", 6)
    (True, False, False)
    >>> _negated_at("不符合规定", 2), _negated_at("符合规定", 1)
    (True, False)
    """
    if (at and label[at - 1] in _NEGATIONS) or label[:at].endswith(_NOT_YET):
        return True
    if at >= 2 and label[at - 2] == "不" and label[at - 1] in "符达":
        return True  # 不符合规定 for 合规率, 不达标 for 达标率: the word's first character before it, negated
    window = label[max(0, at - 6):at]
    return ("未" in window and "未来" not in window) or "没有" in window


#: words before an action that say it is not done yet (正在整改81处 is no part of 整改率's numerator)
_NOT_YET = ("正在", "尚未", "尚在", "待", "仍在")


def _siblings(a: str, b: str) -> bool:
    """Whether the labels *a* and *b* name the two sides of one split (合格 and 不合格, 按期 and 超期: a pair
    of :data:`COMPLEMENTS`), so that neither is the whole of the other.

    >>> _siblings("检测合格", "不合格"), _siblings("抽查工业产品", "不合格")
    (True, False)
    """
    return any((y in b and x in a.replace(y, "")) or (y in a and x in b.replace(y, "")) for x, y in _SIBLINGS)


#: the two sides of a split: :data:`COMPLEMENTS`, and the days of good and of polluted air
_SIBLINGS = (*COMPLEMENTS, ("优良", "污染"))


#: 分别占 (总数的) A%、B%: rates listed after the parts they belong to, in their order
_RESPECTIVE_RATES = LazyRegex(r"(?:分别|各|依次)(?:占|为|是|达到|达)(?:[\p{Han}]{0,6}的)?(?:比重|比例)?(?:为|是)?")


def _respective_rates(s: _Sentence, sums: list[SumRelation]) -> dict[int, tuple[Quantity, Quantity] | None]:
    """Rates listed with 分别 after the parts of a breakdown (``其中A 38处、B 21处，分别占44.7%、24.7%``):
    by index, ``(part, whole)`` of each, the parts taken in order. A run that does not match a breakdown
    of as many parts is left unbound (``None``): its rates are no one part's.

    >>> from auditor.quantities import parse_quantities
    >>> text = "排查隐患85处，其中消防类38处、用电类21处，分别占44.7%、24.7%。"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> markers = [(m.start(), m.end(), m.group()) for m in _MARKER.finditer(text)]
    >>> found = _respective_rates(s, _sum_relations(s, markers))
    >>> [(i, a.value, b.value) for i, (a, b) in sorted(found.items())]
    [(3, Fraction(38, 1), Fraction(85, 1)), (4, Fraction(21, 1), Fraction(85, 1))]
    """
    out: dict[int, tuple[Quantity, Quantity] | None] = {}
    qs = s.qs
    pct = [(i, q) for i, q in enumerate(qs) if q.unit == "%" and s.roles[i] == PLAIN]
    if not pct:
        return out
    for m in _RESPECTIVE_RATES.finditer(s.norm, s.start, s.end):
        run = _pct_run(s, pct, m.end(), tight=True)
        if not run:
            continue
        if len(run) >= 2:
            groups = _pairs_by_group(s, m.start(), len(run))
            if groups is not None:  # 甲县隐患点830处、已治理647处，乙市隐患点783处、已治理219处，治理率分别为…
                out.update((i, pair) for (i, _), pair in zip(run, groups, strict=True))
                continue
        before = [rel for rel in sums if rel.parts and rel.parts[-1].clean_end <= m.start()
                  and (rel.construction in _BREAKDOWNS or rel.construction == "list-total")]
        rel = before[-1] if before else None
        if len(run) >= 2 and (rel is None or len(rel.parts) != len(run)):
            pairs = _parallel_operands(s, m.start(), len(run))
            if pairs is not None:  # 受理来信144件、来访510批次，分别办结111件、499批次，办结率分别为…
                out.update((i, pair) for (i, _), pair in zip(run, pairs, strict=True))
                continue
        if rel is None or len(run) < 2 or len(rel.parts) != len(run) or \
                any(q.clean_start < rel.parts[-1].clean_end for _, q in run):
            if rel is not None or len(run) >= 2:
                out.update((i, None) for i, _ in run)
            continue
        out.update((i, (part, rel.whole)) for (i, _), part in zip(run, rel.parts, strict=True))
    return out


def _group_after_semicolon(s: _Sentence, rel: RateRelation) -> bool:
    """Whether a ``；`` stands between the whole of *rel* and its rate, with two figures or more between the ``；`` and
    the rate: the rate is of the group after it (``城镇残疾人9526人，实现就业的8227人，就业率
    86.4%；农村残疾人2920人，实现就业的2058人，就业率70.5%``), not of figures of the group before.

    >>> from auditor.quantities import parse_quantities
    >>> text = "城镇残疾人9526人，就业的8227人，就业率86.4%；农村残疾人2920人，就业的2058人，就业率70.5%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> _group_after_semicolon(s, RateRelation(s.qs[-1], s.qs[3], s.qs[1], "rate-stem"))
    True
    """
    norm = s.norm
    lo = min(rel.numerator.clean_start, rel.denominator.clean_start)
    cut = max(norm.rfind("；", lo, rel.rate.clean_start), norm.rfind(";", lo, rel.rate.clean_start))
    if cut == -1:
        return False
    return sum(1 for q in s.qs if cut < q.clean_start and q.clean_end <= rel.rate.clean_start and
               q.unit != "%") >= 2


#: what opens last year's figures, listed in the order of this year's (；上年分别为…, ；去年同期分别为…)
_BASES_OPEN = LazyRegex(r"[；;，,](?:上年|去年|上年同期|去年同期)(?:分别)?(?:为|是)")


def _of_the_bases(s: _Sentence, pair: tuple[Quantity, Quantity], r: Quantity):
    """*pair*, the figures of the ratio *r* read before it, or — when last year's figures are listed between them
    and *r* (``存款953.17亿元、贷款624.28亿元，存贷比65.5%；上年分别为893.87亿元、611.63亿元，存贷比68.4%``) — the
    bases in the same places of their list; ``None`` when those cannot be told.

    >>> from auditor.quantities import parse_quantities
    >>> text = "存款953亿元、贷款624亿元，存贷比65.5%；上年分别为893亿元、611亿元，存贷比68.4%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [int(q.value) // 10**8 for q in _of_the_bases(s, (s.qs[1], s.qs[0]), s.qs[-1])]
    [611, 893]
    """
    end = max(pair[0].clean_end, pair[1].clean_end)
    opens = list(_BASES_OPEN.finditer(s.norm, end, r.clean_start))
    if not opens:
        return pair
    at = opens[-1]
    bases = [q for q in s.qs if at.end() <= q.clean_start and q.clean_end <= r.clean_start and q.unit != "%"]
    this_year = [q for q in s.qs if q.clean_end <= at.start() and q.unit != "%"][-len(bases):] if bases else []
    k = [next((n for n, q in enumerate(this_year) if q is p), None) for p in pair]
    if len(bases) < 2 or None in k or not all(compatible(a, b) for a, b in zip(this_year, bases, strict=True)):
        return None
    return bases[k[0]], bases[k[1]]


def _counts_by_clause(s: _Sentence, at: int) -> dict[int, list[int]]:
    """The indices of the quantities of *s* before *at* that are no percentages, by the clause each stands in."""
    clauses: dict[int, list[int]] = {}
    for j, q in enumerate(s.qs):
        if q.clean_end <= at and q.unit != "%":
            clauses.setdefault(s.clause_index(q.clean_start), []).append(j)
    return clauses


def _part_whole_pairs(pairs: list[tuple[Quantity, Quantity]]) -> list[tuple[Quantity, Quantity]] | None:
    """*pairs* of ``(part, whole)`` when every part is of its whole's unit class and no larger than it, over a whole
    above zero; else ``None``."""
    if any(not compatible(p, w) or w.value <= 0 or p.value > w.value for p, w in pairs):
        return None
    return pairs


def _pairs_by_group(s: _Sentence, at: int, k: int) -> list[tuple[Quantity, Quantity]] | None:
    """``(part, whole)`` of each of *k* rates listed with 分别 at *at*, one group a clause before them, each clause a
    group's whole and its part named the same way in every group (``甲县隐患点830处、已完成治理的隐患点647处，乙市
    隐患点783处、已完成治理的隐患点219处，治理率分别为77.9%、28.0%``): each rate is its own group's part over its whole,
    in the groups' order.

    >>> from auditor.quantities import parse_quantities
    >>> text = "甲县会员1000人、女性会员400人，乙县会员500人、女性会员300人，女性会员占比分别为40%、60%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [(int(p.value), int(w.value)) for p, w in _pairs_by_group(s, text.index("分别"), 2)]
    [(400, 1000), (300, 500)]
    """
    qs = s.qs
    own = s.clause_index(at)
    clauses = _counts_by_clause(s, at)
    groups = [clauses.get(c, []) for c in range(own - k, own)]
    if any(len(g) != 2 for g in groups) or len(clauses.get(own - k - 1, ())) == 2:
        return None  # (two counts a clause, the groups' clauses right before the rates', no more such clauses)
    if any(not _bindable(s, j) or s.roles[j] != PLAIN or s.paren[j] for g in groups for j in g):
        return None
    # the part's name the same in every group, the whole's names ending alike (甲县隐患点, 乙市隐患点)
    parts = [s.local_prefix(qs[g[1]]).lstrip("、，,") for g in groups]
    wholes = [s.local_prefix(qs[g[0]]) for g in groups]
    if len(set(parts)) != 1 or len(parts[0]) < 2 or parts[0] in wholes[0] or \
            len({w[-2:] for w in wholes}) != 1 or len(set(wholes)) != k:
        return None
    return _part_whole_pairs([(qs[g[1]], qs[g[0]]) for g in groups])


def _parallel_operands(s: _Sentence, at: int, k: int) -> list[tuple[Quantity, Quantity]] | None:
    """``(numerator, whole)`` of each of *k* rates listed with 分别 at *at* (``办结率分别为77.08%和97.84%``),
    from two lists of *k* before them: the wholes, then after 分别 and the rate's action the numerators
    (``受理来信144件、来访510批次，分别办结111件、499批次``), each numerator of its whole's unit class.

    >>> from auditor.quantities import parse_quantities
    >>> text = "受理来信144件、来访510批次，分别办结111件、499批次，办结率分别为77.08%和97.84%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [(int(n.value), int(w.value)) for n, w in _parallel_operands(s, text.index("分别为"), 2)]
    [(111, 144), (499, 510)]
    """
    norm = s.norm
    rate_word = norm[s.clause_start(at):at]
    if not rate_word.endswith("率"):
        return None
    if "、" in rate_word or "和" in rate_word:  # 办结率、满意率分别为97.2%、19.5%: rates of one whole, named one by one
        return _named_rates_of_one_whole(s, rate_word, at, k)
    stem = rate_word[:-1][-2:]
    mark = norm.rfind("分别", s.start, s.clause_start(at))
    if mark == -1 or len(stem) < 2 or stem not in norm[mark + 2:mark + 8]:
        return _lists_in_clauses(s, rate_word[:-1], at, k)
    qs = s.qs
    after = [j for j in range(len(qs)) if qs[j].clean_start > mark and qs[j].clean_end <= at and qs[j].unit != "%"]
    before = [j for j in range(len(qs)) if qs[j].clean_end <= mark and qs[j].unit != "%"]
    if len(after) != k or len(before) < k:
        return None
    wholes = before[-k:]
    for group in (after, wholes):
        if any(not _bindable(s, j) or s.roles[j] != PLAIN for j in group):
            return None
        if any(s.clause_index(qs[a].clean_start) != s.clause_index(qs[b].clean_start) for a, b in pairwise(group)):
            return None  # (each list is one clause: 来信144件、来访510批次)
    return _part_whole_pairs([(qs[n], qs[w]) for n, w in zip(after, wholes, strict=True)])


def _lists_in_clauses(s: _Sentence, stem: str, at: int, k: int) -> list[tuple[Quantity, Quantity]] | None:
    # (*stem*: the rates' name without 率; two characters of it name the numerators' clause)
    """``(numerator, whole)`` of each of *k* rates listed with 分别 at *at* from two lists of *k* in the two clauses
    before the rates' own: the wholes, then the numerators in a clause that names the rates' action
    (``应改造农村户厕分别为228户、549户，已改造199户、491户，改造完成率分别为87.3%、88.2%``)."""
    if len(stem) < 2:
        return None
    qs = s.qs
    own = s.clause_index(at)
    clauses = _counts_by_clause(s, at)
    after, wholes = clauses.get(own - 1, []), clauses.get(own - 2, [])
    opening = s.norm[s.clause_start(qs[after[0]].clean_start):qs[after[0]].clean_start] if after else ""
    if len(after) != k or len(wholes) != k or not any(stem[i:i + 2] in opening for i in range(len(stem) - 1)):
        return None  # (the numerators' clause names the rates' action: 已改造 for 改造完成率)
    if any(not _bindable(s, j) or s.roles[j] != PLAIN for j in after + wholes):
        return None
    return _part_whole_pairs([(qs[n], qs[w]) for n, w in zip(after, wholes, strict=True)])


def _named_rates_of_one_whole(s: _Sentence, names: str, at: int, k: int) -> list[tuple[Quantity, Quantity]] | None:
    """``(numerator, whole)`` of *k* rates named one by one before 分别 (``受理诉求7260件，办结7060件、群众满意6645件，
    办结率、满意率分别为97.2%、91.5%``): each rate's numerator the count its name names, its whole the nearest count
    before that is no other rate's numerator (``受理…，办结…；回访…，群众满意…``: satisfaction over the calls back)."""
    words = [w for w in names.replace("和", "、").split("、") if w]
    if len(words) != k or not all(w.endswith("率") and len(w) >= 3 for w in words):
        return None
    qs = s.qs
    counts = [j for j in range(len(qs)) if qs[j].clean_end <= at and qs[j].unit != "%" and _bindable(s, j)
              and s.roles[j] == PLAIN]
    if len(counts) < k + 1:
        return None
    numerators = []
    for word in words:
        stem = word[:-1][-2:]
        named = [j for j in counts[1:] if stem in s.local_prefix(qs[j])]
        if len(named) != 1:
            return None
        numerators.append(named[0])
    if len(set(numerators)) != k:
        # (鉴定完成率和巡河完成率: one count named by both: the pairs one a clause, in the order of the rates)
        return _pairs_one_a_clause(s, counts, k)
    rates = [q for q in qs if q.unit == "%" and q.clean_start >= at][:k]
    pairs = []
    for n, rate in zip(numerators, rates + [None] * (k - len(rates)), strict=True):
        # (its whole: the nearest count before it that is no other rate's numerator, 回访… before 群众满意…)
        whole = next((j for j in reversed(counts) if j < n and j not in numerators), None)
        if whole is None:
            return None
        # …or the other rate's numerator between them, when the rate is of that one (受理…，办结…，满意…: 满意率 of
        # the cases closed, as some reports reckon it); either reading is the text's
        between = [j for j in numerators if whole < j < n]
        if between and rate is not None and _rate_of(rate, qs[n], qs[between[-1]]) and \
                not _rate_of(rate, qs[n], qs[whole]):
            whole = between[-1]
        part, total = qs[n], qs[whole]
        if not compatible(part, total) or part.value > total.value or total.value <= 0:
            return None
        pairs.append((part, total))
    return pairs


def _pairs_one_a_clause(s: _Sentence, counts: list[int], k: int) -> list[tuple[Quantity, Quantity]] | None:
    """``(numerator, whole)`` of *k* rates from the *counts* before them when they stand two a clause, the whole
    first (``水库156座、完成鉴定116座，计划巡河15773次、实际巡河13836次，鉴定完成率和巡河完成率分别为…``), the
    clauses in the order of the rates; ``None`` when they do not."""
    clauses: dict[int, list[int]] = {}
    for j in counts:
        clauses.setdefault(s.clause_index(s.qs[j].clean_start), []).append(j)
    groups = list(clauses.values())
    if len(groups) != k or any(len(g) != 2 for g in groups):
        return None
    pairs = [(s.qs[part], s.qs[whole]) for whole, part in groups]
    if any(not compatible(part, whole) or part.value > whole.value or whole.value <= 0 for part, whole in pairs):
        return None
    return pairs


def _rate_of(rate: Quantity, part: Quantity, whole: Quantity) -> bool:
    """Whether *rate* is ``100 · part / whole`` within its own rounding (or truncation)."""
    got = ratio_interval(part, whole)
    if got is None:
        return False
    low, high = rate_bounds(rate)
    return overlaps(got[0], got[1], low, high)


_CLAUSE_MARKS = "，；;：:"
#: what ends a clause but for brackets (a comma between digits separates thousands)
_CLAUSE_ENDS = LazyRegex(r"[，；;：:]|,(?![0-9])|,(?<![0-9],)")


def _clause_start_across_brackets(s: _Sentence, offset: int) -> int:
    """Where the clause holding *offset* starts when brackets do not end clauses (``占常住人口（59.59万人）的``
    is one clause): after the last comma, semicolon or colon before *offset*, at most
    :data:`CLAUSE_REACH` characters back.

    >>> text = "注册志愿者2.47万人，占常住人口（10.19万人）的21.73%"
    >>> text[_clause_start_across_brackets(_Sentence(text, 0, len(text), []), len(text) - 6):]
    '占常住人口（10.19万人）的21.73%'
    """
    lo = max(s.start, offset - CLAUSE_REACH)
    rfind = s.norm.rfind
    start = max(rfind(mark, lo, offset) for mark in _CLAUSE_MARKS) + 1
    comma = s.norm.rfind(",", lo, offset)
    while comma != -1 and comma + 1 < offset and s.norm[comma + 1].isdigit() and s.norm[comma - 1:comma].isdigit():
        comma = s.norm.rfind(",", lo, comma)  # (1,234: a thousands separator, not a clause's end)
    return max(start, comma + 1, lo)


#: a share named by its part before 占比/比重 (高新技术企业占比28.0%)
_SHARE_PART_NAME = LazyRegex(r"(?P<name>[\p{Han}]{2,12}?)(?:的)?(?:占比|比重|所占比重|所占比例)"
                             r"(?:为|是|达到|达|约|近)?$")


def _share_named_part(s: _Sentence, nums: list[int], prefix: str, nearest: int) -> int | None:
    """The part a share names before 占比/比重 among the parts *nums* of a breakdown (``其中高新技术企业259家、
    科技型中小企业286家，高新技术企业占比28.0%``): the one part whose label holds the name (or all of it but one
    character of four or more); *nearest* when the share has no name, ``None`` when it names another group.

    >>> from auditor.quantities import parse_quantities
    >>> text = "入驻企业924家，其中高新技术企业259家、科技型中小企业286家，高新技术企业占比28.0%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> s.qs[_share_named_part(s, [1, 2], s.prefix(s.qs[3]), 2)].value
    Fraction(259, 1)
    """
    m = _SHARE_PART_NAME.search(prefix)
    if m is None or not m.group("name").lstrip("其所占该此").strip():
        return nearest  # (所占比重为41.2%: no name)
    name = m.group("name")
    need = len(name) - 1 if len(name) >= 4 else len(name)
    named = [j for j in nums if _common(name, s.qs[j].label) >= need]
    if len(named) == 1:
        return named[0]
    if len(nums) == 1 and _common(name, s.qs[nums[0]].label) >= 2 and \
            not _other_kind_of_same(name, s.local_prefix(s.qs[nums[0]]).removeprefix("其中")):
        return nums[0]  # (the only part, named in part: 其中女性干部120人，女干部占比…)
    return None  # (the share names another group than the parts: 其中评定为四类27座，一至三类桥梁占比99.6%)


def _own_words(part: Quantity, whole: Quantity) -> str:
    """The words of *part*'s label before the noun it shares with *whole*'s (``已处理完毕的`` of ``已处理完毕的投诉``
    under ``受理用户投诉``): what tells the part from the whole.

    >>> from auditor.quantities import parse_quantities
    >>> _own_words(*parse_quantities("已办结的工单289件，受理工单308件"))
    '已办结的'
    """
    a, b = part.label, whole.label
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return a[:len(a) - k]


def _other_kind_of_same(name: str, label: str) -> bool:
    """Whether *name* and *label* end with one noun and differ in all that comes before it (``千兆宽带用户`` and
    ``农村宽带用户``; ``女性成员`` and ``连任成员``): two groups of the same things, not one.

    >>> _other_kind_of_same("千兆宽带用户", "农村宽带用户"), _other_kind_of_same("女干部", "女性干部")
    (True, False)
    """
    k = 0
    while k < min(len(name), len(label)) and name[-1 - k] == label[-1 - k]:
        k += 1
    head, other = name[:len(name) - k], label[:len(label) - k]
    return k >= 2 and bool(head) and bool(other) and not set(head) & set(other)


def _numerator_for(s: _Sentence, candidates: list[int], stem: str) -> int | None:
    """The numerator among *candidates* (the nearest; for a named rate, one whose label names it)."""
    if not candidates:
        return None
    if not stem or stem.endswith(("比", "占")):
        return candidates[-1]
    key = stem[-2:]
    aliased = key in _ACTION_ALIASES
    named = [j for j in candidates if (key in s.qs[j].label or key in s.prefix(s.qs[j]) or
                                       (aliased and _names_action(key, s.qs[j].label)))
             and (not _negated(stem, s.qs[j].label) or _negation_spelled_out(key, s.qs[j].label))]
    if not named:  # 27个行政村中，已有21个实现5G信号覆盖: the count's verb after it
        named = [j for j in candidates if key in (after := s.suffix(s.qs[j])) and not _negated(stem, after)
                 and not after.startswith(("未", "不", "没有", *_NOT_YET))]
        return named[-1] if named else None
    if not named:
        return None
    # (其中已解决150件、正在研究解决4件，解决率…; 履行完毕1431件、部分履行77件，履行率…: not those under way, nor in
    # part)
    done = [j for j in named if _UNDER_WAY.search(s.qs[j].label) is None]
    named = done or named
    best = max(_common(stem, s.qs[j].label) for j in named)
    return max(j for j in named if _common(stem, s.qs[j].label) == best)


#: words that narrow a rate to some of what its stem counts (自动履行率, 调解结案率, 非常满意率): its numerator must
#: name them
_NARROWING = ("自动", "调解", "非常", "当场", "一次性", "首次", "即时", "主动", "按期", "超期", "现场")
#: the words of a part still under way or done in part (正在研究解决, 部分履行, 尚在履行期内): not the rate's numerator
_UNDER_WAY = LazyRegex(r"正在|部分|尚在|尚未|待")


def _year_start_and_end(s: _Sentence, earlier: list[int]) -> tuple[Quantity, Quantity] | None:
    """``(start, end)``: the only two quantities of *earlier* named 年初 and 年末 (or 期初 and 期末), of one unit class,
    the start first: what a capital preservation rate (国有资本保值增值率) divides.

    >>> from auditor.quantities import parse_quantities
    >>> text = "年初国有资本权益1540.15亿元，年末1598.79亿元，国有资本保值增值率103.81%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [float(q.value) for q in _year_start_and_end(s, [0, 1])]
    [154015000000.0, 159879000000.0]
    """
    qs = s.qs
    starts = [j for j in earlier if any(w in qs[j].label for w in ("年初", "期初"))]
    ends = [j for j in earlier if any(w in qs[j].label for w in ("年末", "期末"))]
    if len(starts) != 1 or len(ends) != 1 or starts[0] >= ends[0] or not compatible(qs[starts[0]], qs[ends[0]]) or \
            qs[starts[0]].value <= 0:
        return None
    return qs[starts[0]], qs[ends[0]]


def _two_parts_named(s: _Sentence, candidates: list[int], stem: str) -> Quantity | None:
    """The sum of two parts, each named by one character of a rate's stem of two (调撤率: 调解…、撤诉…) or by one
    half of a stem of four (调解撤诉率), as one quantity whose bounds carry both; ``None`` unless each names exactly one
    part, and a different one.

    >>> from auditor.quantities import parse_quantities
    >>> text = "审结案件8961件，其中调解结案4918件、撤诉结案687件"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> _two_parts_named(s, [1, 2], "调撤").value
    Fraction(5605, 1)
    """
    words = (stem[:2], stem[2:]) if len(stem) == 4 else tuple(stem)
    if len(words) != 2 or (len(stem) == 2 and any(ch in _GENERIC_RATE_CHARS for ch in stem)):
        return None
    found = []
    for word in words:
        named = [j for j in candidates if word in s.qs[j].label]
        if len(named) != 1:
            return None
        found.append(s.qs[named[0]])
    a, b = found
    if a is b or not compatible(a, b) or a.high is None or b.high is None:
        return None
    return a.replace(value=a.value + b.value, low=a.low + b.low, high=a.high + b.high)


def _negated_count(s: _Sentence, q: Quantity) -> bool:
    """Whether the count *q* is of those that did not (未, 不, 没有 … before or right after it)."""
    after = s.suffix(q)[:4]  # (15个村未建成: the noun may stand between)
    return any(w in after or w in s.local_prefix(q) for w in ("未", "不", "没有", "尚", *_NOT_YET))


#: characters of a negation, of what is still to be done or of what fell short (未, 不, 尚在, 闲置, 超标, 失败 …)
_NOT_DONE_CHARS = frozenset(_NEGATIONS + "尚没缺闲待欠超差失败错漏逾违损")
#: characters too common in the names of counts and rates to tie a rate to its numerator by one of them
_GENERIC_RATE_CHARS = frozenset("率数人量总的实际完成已年全县市区共计合其中各类")


def _ought_and_actual(whole_label: str, part_label: str) -> bool:
    """Whether two counts are those who should have done a thing (应到, 应参保) and those who did (实到,
    实际参保; the doing may be shorter than its noun, 应缴费 and 实缴).

    >>> _ought_and_actual("会议应到", "实到"), _ought_and_actual("应参保", "实际参保")
    (True, True)
    >>> _ought_and_actual("医保应缴费", "实缴")
    True
    >>> _ought_and_actual("应到", "缺席")
    False
    """
    at = whole_label.rfind("应")
    if at == -1:
        return False
    action = whole_label[at + 1:]
    done = part_label.removeprefix("其中")
    done = done[2:] if done.startswith("实际") else done[1:] if done.startswith("实") else ""
    return bool(action) and bool(done) and action.startswith(done)


#: a court's ratio of cases closed to cases received (收结比, 结收比, 结收案比), in % and above 100 % when a backlog is
#: cleared
_INTAKE_CLOSURE = LazyRegex(r"(?:收结比|结收比|收结案比|结收案比)(?:为|达到|达|是)?$")


def _received_and_closed(s: _Sentence, earlier: list[int]) -> tuple[Quantity, Quantity] | None:
    """``(received, closed)``: the last counts before a 收结比 named as cases received (新收, 收案, 受理) and closed
    (结案, 审结, 办结, 执结), one each.

    >>> from auditor.quantities import parse_quantities
    >>> text = "新收案件8167件，结案9381件，收结比114.86%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [int(q.value) for q in _received_and_closed(s, [0, 1])]
    [8167, 9381]
    """
    qs = s.qs
    received = [j for j in earlier if any(w in qs[j].label for w in ("新收", "收案", "受理"))]
    closed = [j for j in earlier if any(w in qs[j].label for w in ("结案", "审结", "办结", "执结"))]
    if len(received) != 1 or len(closed) != 1 or not compatible(qs[received[0]], qs[closed[0]]):
        return None
    return qs[received[0]], qs[closed[0]]


#: the words of those enrolled at school, of an age group (适龄…)
_ENROLLED = ("在校", "在园", "入学", "就读", "在读", "入园")


#: a ratio to a base period's figure, after the figures (恢复至, 恢复到…的)
_RECOVERED_TO = LazyRegex(r"恢复(?:至|到|为)(?:[^，,。；;0-9]{0,12}的)?(?:水平的)?$")
#: the label of a base period's figure (2019年同期为, 上年同期, 疫情前)
_BASE_PERIOD = LazyRegex(r"同期|上年|去年|疫情前|(?:19|20)[0-9]{2}年(?:的)?(?:为|是)?$")
#: ratios a trade defines by name (banking, insurance, accounting, hospitals, schools): the name, the words of the
#: numerator's figure and those of the denominator's (one of each among the figures before the ratio)
_NAMED_RATIOS = (
    ("拨备覆盖率", ("贷款损失准备", "拨备余额"), ("不良贷款",)),
    ("拨贷比", ("贷款损失准备", "拨备余额"), ("各项贷款", "贷款余额", "贷款总额")),
    ("存贷比", ("贷款",), ("存款",)),
    ("核心一级资本充足率", ("核心一级资本",), ("风险加权资产",)),
    ("一级资本充足率", ("一级资本",), ("风险加权资产",)),
    ("资本充足率", ("资本净额",), ("风险加权资产",)),
    ("不良贷款率", ("不良贷款",), ("各项贷款", "贷款余额", "贷款总额")),
    ("资产负债率", ("负债",), ("资产",)),
    ("病床使用率", ("实际占用",), ("实际开放",)),
    # (an elderly home's beds: the residents over the beds, people over beds)
    ("床位使用率", ("入住", "在住", "收住", "在院"), ("床位",)),
    # (medical insurance: what the fund paid over what the care cost, all of it; not 政策范围内报销比例)
    ("实际报销比例", ("统筹基金支付", "基金支付", "医保支付", "报销金额"), ("费用总额", "总费用", "医疗总费用")),
    ("毛入学率", ("在校生", "在学"), ("适龄人口",)),
    ("赔付率", ("赔款", "赔付支出"), ("保费",)),
    ("毛利率", ("营业收入", "销售收入", "主营业务收入"), ("成本",)),
    ("森林覆盖率", ("森林面积", "森林覆盖面积"), ("国土面积", "国土总面积", "土地总面积", "行政区域面积")),
)


#: the end of a named ratio's words (one search before the figures are gathered)
_NAMED_RATIO_END = LazyRegex("(?:" + "|".join(name for name, _, _ in _NAMED_RATIOS) + ")[为是达到约：: ]*$")


def _named_ratio(s: _Sentence, earlier: list[int], prefix: str) -> tuple[Quantity, Quantity] | None:
    """``(numerator, denominator)`` of a ratio a trade defines by name (:data:`_NAMED_RATIOS`) whose figures stand
    before it, one of each, named with their words (``贷款损失准备余额165.54亿元，不良贷款余额49.72亿元，拨备覆盖率
    332.94%``); a gross margin (毛利率) is the revenue less the cost, over the revenue. ``None`` when the name is none
    of them, or its figures are not there one of each.

    >>> from auditor.quantities import parse_quantities
    >>> text = "各项存款余额2233.58亿元，各项贷款余额2021.53亿元，存贷比90.5%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [float(q.value) / 1e8 for q in _named_ratio(s, [0, 1], "，存贷比")]
    [2021.53, 2233.58]
    """
    name = prefix.rstrip("为是达到约：: ")
    found = next((entry for entry in _NAMED_RATIOS if name.endswith(entry[0])), None)
    if found is None:
        return None
    ratio, first_words, second_words = found
    qs = s.qs
    first = [j for j in earlier if any(w in qs[j].label for w in first_words)]
    second = [j for j in earlier if any(w in qs[j].label for w in second_words) and
              not any(w in qs[j].label for w in first_words) and j not in first]
    if len(first) != 1 or len(second) != 1:
        return None
    a, b = qs[first[0]], qs[second[0]]
    if a.unit != b.unit and {a.unit, b.unit} <= set(_AREAS):  # (森林面积…公顷 over 国土面积…平方公里)
        a, b = _in_square_metres(a), _in_square_metres(b)
    if ratio == "床位使用率" and (a.unit, b.unit) == ("人", "张"):
        a = a.replace(unit="张")  # (入住老人771人 over 床位873张: one resident a bed)
    if not compatible(a, b) or a.unit in _RATE_UNITS or a.qualifier or b.qualifier or a.high is None or \
            b.high is None or b.value <= 0:
        return None
    if ratio == "毛利率":  # (revenue less cost, over the revenue)
        if b.value >= a.value:
            return None
        margin = a.replace(value=a.value - b.value, low=a.low - b.high, high=a.high - b.low)
        return margin, a
    return a, b


#: square metres in a unit of area that is no multiple of the square metre the quantities read (公顷, 亩)
_AREAS = {"平方米": Fraction(1), "公顷": Fraction(10000), "亩": Fraction(2000, 3)}


def _in_square_metres(q: Quantity) -> Quantity:
    """*q* in square metres (``177135公顷`` → 1771350000 平方米); *q* itself when it is in them already."""
    scale = _AREAS[q.unit]
    if scale == 1:
        return q
    return q.replace(value=q.value * scale, low=q.low * scale, high=q.high * scale, unit="平方米",
                     factor=q.factor * scale)  # (shown as written: 177135公顷)


#: how the part of a coverage rate is named: the units that have the thing covered (建有健身场地, 开通5G)
_HAVING = ("建有", "已建", "设有", "配备", "建成", "开通", "拥有", "实现", "覆盖")


def _two_counts_before(s: _Sentence, i: int, stem: str) -> tuple[Quantity, Quantity] | None:
    """``(numerator, whole)`` of the rate *i* whose words name no count by two characters, when the two quantities
    before it are a whole and a part of it, each in its own clause right before the rate's, the part named with a
    character of the rate's own word (``适龄幼儿39661人，在园37884人，入园率95.52%``: 园); ``None`` else.

    >>> from auditor.quantities import parse_quantities
    >>> text = "适龄幼儿39661人，在园37884人，入园率95.52%"
    >>> s = _Sentence(text, 0, len(text), parse_quantities(text))
    >>> [q.value for q in _two_counts_before(s, 2, "入园")]
    [Fraction(37884, 1), Fraction(39661, 1)]
    """
    if i < 2:
        return None
    qs = s.qs
    whole, part = qs[i - 2], qs[i - 1]
    if whole.unit in _RATE_UNITS or not compatible(whole, part) or s.paren[i - 1] or s.paren[i - 2] or \
            s.roles[i - 1] != PLAIN or s.roles[i - 2] != PLAIN or whole.high is None or part.high is None or \
            not 0 < part.value <= whole.value:
        return None
    a, b, c = (s.clause_index(q.clean_start) for q in (whole, part, qs[i]))
    if not a + 1 == b == c - 1:
        return None
    label = s.local_prefix(part)
    if _another_after_semicolon(s, part, qs[i], stem, s.prefix(qs[i])):
        return None  # (其中滥伐林木74起；林木绿化率…: after a semicolon, a rate of something else)
    if _TARGET_WORD.search(label) and not _TARGET_WORD.search(s.local_prefix(whole)):
        # 实际参保15.76万人，年度参保任务14.60万人，任务完成率107.95%: what was done, over the plan after it
        return (whole, part) if "完成" in stem else None
    if _ought_and_actual(s.local_prefix(whole), label):
        return part, whole  # 会议应到130人，实到111人，到会率…: those who came, of those who should have
    if "适龄" in s.local_prefix(whole) and any(w in label for w in _ENROLLED):
        return part, whole  # 适龄儿童少年9,240人，在校就读9,146人，巩固率…: those enrolled, of the age group
    if any(ch in label or ch in stem for ch in _NOT_DONE_CHARS):
        return None  # (尚在办理93件，办结率…; 超标119份，达标率…: a group left out, or a rate of it)
    if stem.endswith("覆盖") and label.lstrip("，,、 ").startswith(_HAVING):
        return part, whole  # 行政村620个，建有健身场地572个，覆盖率…: the units that have it, of all of them
    if _common(stem, label) >= 4 and _common(stem, s.local_prefix(whole)) <= 2:
        return part, whole  # (有康复需求的7695人，已获得基本康复服务7288人，基本康复服务覆盖率…: the part's words)
    shared = (set(stem) & set(label)) - _GENERIC_RATE_CHARS
    if not shared - set(s.local_prefix(whole)):
        return None  # (a character both counts are named with ties the rate to neither; but 发布晴雨预报308次，预报正确
        # 250次，晴雨预报准确率…: 确 is the part's own)
    return part, whole


def _common(a: str, b: str) -> int:
    """Length of the longest common substring of *a* and *b*."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


# ---------------------------------------------------------------------------------------------- shares

#: a survey question that takes several answers: the shares of its answers may add up past 100%
_MULTIPLE_CHOICE = LazyRegex(r"多选|多项选择|可选多项|不定项")




def _split_pair(a: str, b: str) -> bool:
    """Whether *a* and *b* name the two groups of one split, the same words after each of a pair (男性、女性).

    >>> _split_pair("男性", "女性"), _split_pair("城镇学生", "农村学生"), _split_pair("男职工", "女干部")
    (True, True, False)
    """
    return any(a.startswith(x) and b.startswith(y) and a[len(x):] == b[len(y):] for x, y in SPLIT_PAIRS)


def _a_rate_named(names: str) -> bool:
    """Whether one of the *names* listed before 分别 (apart by 、 and 和) is a rate (``鉴定完成率和优良``).

    >>> _a_rate_named("鉴定完成率和优良"), _a_rate_named("城镇人口、农村人口")
    (True, False)
    """
    return "率" in names and any(name.endswith("率") for name in _NAME_SPLIT.split(names.rstrip("，,：: ")))


#: kinds of energy that hold others (非化石能源 holds 水电, 清洁能源 holds 非化石能源), and the kinds they hold
_ENERGY_UMBRELLAS = ("非化石", "清洁能源", "可再生", "新能源", "绿色电力")
_ENERGY_KINDS = ("水电", "风电", "光伏", "核电", "生物质", "太阳能", "地热")


def _nested_energy(names: list[str]) -> bool:
    """Whether *names* hold a kind of energy and another that holds it (水电 and 非化石能源; 非化石能源 and 清洁能源):
    shares of one whole that overlap, never a partition of it.

    >>> _nested_energy(["水电", "非化石能源", "清洁能源发电量"]), _nested_energy(["火电", "非化石能源"])
    (True, False)
    """
    umbrellas = sum(1 for name in names if any(word in name for word in _ENERGY_UMBRELLAS))
    return umbrellas >= 2 or (umbrellas == 1 and any(
        any(word in name for word in _ENERGY_KINDS) and not any(word in name for word in _ENERGY_UMBRELLAS)
        for name in names))


def _share_relations(s: _Sentence) -> list[SharesRelation]:
    out: list[SharesRelation] = []
    norm = s.norm
    pct = [(i, q) for i, q in enumerate(s.qs) if q.unit == "%" and s.roles[i] == PLAIN and not s.paren[i]]
    if len(pct) < 2 or _MULTIPLE_CHOICE.search(norm, max(0, s.start - 40), s.end) is not None:
        return out  # (问卷调查显示（可多选），…分别占64.1%、75.4%: answers of a question with several choices)
    taken: set[int] = set()
    # shares-respectively: 三类企业分别占40%、35%、30%
    for m in _RESPECTIVELY_SHARE.finditer(norm, s.start, s.end):
        clause = norm[s.clause_start(m.start()):m.start()]
        if "占" not in m.group() and "占" not in clause and "比重" not in clause and "比例" not in clause and \
                not ("贡献率" in clause and "三产业" in clause):
            continue  # 办结率分别为96%、98%: rates of several things, not shares of one whole (but 第一、二、三产业对
            # 经济增长的贡献率分别为…: the three industries' shares of the growth)
        if "占" not in m.group() and _a_rate_named(clause) and "贡献率" not in clause:
            continue  # 鉴定完成率和优良比例分别为72.8%和76.3%: a rate among them, each of its own whole
        run = _pct_run(s, pct, m.end(), tight=True)
        if len(run) >= 2 and _DESCRIBED_NAMES.search(norm, s.clause_start(m.start()), m.end()) is not None:
            taken.update(i for i, _ in run)
            # 具有大专以上学历的、中共党员、有立功受奖经历的比例分别为…: groups by what their members are or did, which
            # overlap (a share of each, of one whole, may add past 100%)
            continue
        if len(run) >= 2 and (len(_fractions_in_bracket(norm, run[-1][1].clean_end)) >= len(run) or
                              _pairs_by_group(s, m.start(), len(run)) is not None):
            taken.update(i for i, _ in run)  # (no other reading of them as shares either)
            continue  # 占比分别为74.6%和74.5%（甲院：778人/1043人；乙院：963人/1293人）: each rate over its own whole
            # (甲县会员…、女性会员…，乙县会员…、女性会员…，女性会员占比分别为…: each group's own share)
        if len(run) >= 2:
            # (增值税、企业所得税、其他税种分别占…: the rest names the last kind, the shares make up the whole: PC008)
            names = _NAME_SPLIT.split(clause.lstrip("，,：: ")) if "、" in clause else []
            complete = len(names) == len(run) and (names[-1].startswith(("其他", "其它", "其余")) or (
                len(names) == 2 and _split_pair(names[0], names[1]))) and \
                "其中" not in clause and not any(ch.isdigit() for ch in clause)
            out.append(SharesRelation([q for _, q in run],
                                      "shares-each-complete" if complete else "shares-respectively"))
            taken.update(i for i, _ in run)
    # shares-listed: A、B、C、D占全部可用财力的34.7%、30.3%、…: names listed before 占, as many shares after it
    at = norm.find("占", s.start, s.end)
    while at != -1:
        m = _SHARE_OF_AFTER_NAMES.match(norm, at)
        names = norm[s.clause_start(at):at]
        if m is not None and "、" in names and not any(ch.isdigit() for ch in names):
            run = [(i, q) for i, q in _pct_run(s, pct, m.end(), tight=True) if i not in taken]
            if len(run) >= 2 and len(run) == len(_NAME_SPLIT.split(names.lstrip("，,：: "))):
                out.append(SharesRelation([q for _, q in run], "shares-listed"))
                taken.update(i for i, _ in run)
        at = norm.find("占", at + 1, s.end)
    # shares-each: 按渠道分，来信占35.3%、来访占49.8%、网上信访占14.9%: after a breakdown's opener, each kind with 占
    if ("按" in norm[s.start:s.end] or "看" in norm[s.start:s.end]) and (opener := _SHARES_OPENER.search(
            norm, s.start, s.end)) is not None:
        run = [(i, q) for i, q in pct if i not in taken and q.clean_start > opener.end() and
               s.local_prefix(q).endswith(("占", "占比", "占比为"))]
        if len(run) >= 2 and all(s.clause_index(b.clean_start) - s.clause_index(a.clean_start) <= 1 and
                                 not any(p.clean_start > a.clean_end and p.clean_end < b.clean_start for _, p in pct)
                                 for (_, a), (_, b) in pairwise(run)):
            # (…，其他方式占49.5%: the rest named in the list, whose shares then make the whole: PC008)
            rest = _rest_named(s, [q for _, q in run]) and \
                "其中" not in norm[opener.end():run[0][1].clean_start] and \
                not norm.startswith(("其余", "，其余", ",其余", "、其余"), run[-1][1].clean_end)
            if rest or "按" in norm[s.start:s.end]:  # (after 从…看 only a list the rest closes: groups may overlap)
                out.append(SharesRelation([q for _, q in run], "shares-each-complete" if rest else "shares-each"))
                taken.update(i for i, _ in run)
    # shares-composition: 构成为：一产52%，二产31%，三产24%
    for m in _COMPOSITION.finditer(norm, s.start, s.end):
        if _a_rate_named(norm[s.clause_start(m.start()):m.start()]):
            continue  # (鉴定完成率和优良比例分别为…: a rate and a proportion, each of its own whole)
        run = _pct_run(s, pct, m.end(), tight=False)
        run = [(i, q) for i, q in run if i not in taken]
        if len(run) >= 2 and _overlapping_names([s.local_prefix(q) for _, q in run]):
            taken.update(i for i, _ in run)  # (从结构看，省外游客占…，自驾游客占…，过夜游客占…: groups that overlap)
        elif len(run) >= 2:
            out.append(SharesRelation([q for _, q in run], "shares-composition"))
            taken.update(i for i, _ in run)
    # shares-grades: 回访…，其中满意82.7%，基本满意17.6%，不满意0.6%: the grades of one survey
    if "满意" in norm[s.start:s.end]:
        grades: list[tuple[int, Quantity]] = []
        previous = s.start
        for i, q in pct:
            label = norm[max(s.clause_start(q.clean_start), previous):q.clean_start]
            previous = q.clean_end
            if i not in taken and _GRADE.fullmatch(label.lstrip("、，,；; ").removeprefix("其中")):
                grades.append((i, q))
                continue
            if len(grades) >= 2:
                break
            grades = []
        if len(grades) >= 2:
            out.append(SharesRelation([q for _, q in grades], "shares-grades"))
            taken.update(i for i, _ in grades)
    # shares-zhanbi: 一产占比52%、二产占比31%、三产占比24%; in a frame (从业人员中，农业占23%、工业占45%…)
    # bare 占 too, with three shares or more (受访者中，女性占52%，党员占61%: two groups that overlap)
    framed = _SHARE_FRAME.search(norm, s.start, pct[0][1].clean_start) is not None
    run: list[Quantity] = []
    bare: list[bool] = []
    names: list[str] = []
    wholes: list[str] = []  # (the whole a share names after 占: 占营业收入的35.0%)
    previous_end = s.start

    def close() -> None:
        # two bare shares are of one partition only when their names end alike (农业/工业, 本地游客/省内游客);
        # bare shares of people named by what they do (参加医保的占100%，签约家庭医生的占89%) overlap
        alike = len({name[-1:] for name in names}) == 1 and all(names)
        doings = all(bare) and (any(name.endswith("的") for name in names) or
                                # (受访游客中，参观了博物馆占34.2%，观看了演出占52.7%: what each did, one may do both)
                                (all(names) and all("了" in name[1:4] for name in names)))
        if len(run) >= 2 and not doings and (not all(bare) or len(run) >= 3 or alike) and \
                not _overlapping_names(names) and not _nested_energy(names) and \
                len(set(filter(None, wholes))) <= 1 and \
                (not any(wholes) or alike):  # (城镇人口占总人口的60.2%，女性占51.3%: two partitions, not one)
            out.append(SharesRelation(list(run), "shares-zhanbi"))

    for i, q in pct:
        local = norm[max(s.clause_start(q.clean_start), previous_end):q.clean_start]
        gap = _SHARE_GAP_BARE if framed or any(wholes) else _SHARE_GAP
        gap_ok = not run or bool(gap.fullmatch(norm, run[-1].clean_end, q.clean_start))
        word = _SHARE_WORD_END.search(local)
        whole = ""
        if word is None and (named := _SHARE_OF_NAMED_WHOLE.search(local)) is not None and \
                not (run and not wholes[-1]):
            # 境内收入占营业收入的35.0%，境外收入占68.6%: the first share names the whole, those after it share it
            word, whole = named, named.group("whole")
        share = i not in taken and word is not None and (framed or not word.group("bare") or any(wholes)) and \
            not _CHANGE_OR_RATE.search(local) and not (run and local.lstrip("、，,；; ").startswith("其中"))
        # (…60岁及以上人口占21.0%，其中65岁及以上人口占14.3%: a share of the share before, not of the whole)
        if not (share and gap_ok):
            close()
            run, bare, names, wholes = [], [], [], []
        if share:
            run.append(q)
            bare.append(bool(word.group("bare")))
            names.append(local[:word.start()].lstrip("、，,；;和及与 "))
            wholes.append(whole)
        previous_end = q.clean_end
    close()
    return out


#: a share that names its whole (占营业收入的, 占全部客户的比重为): the first of shares that go on without naming it
_SHARE_OF_NAMED_WHOLE = LazyRegex(r"占(?P<whole>[\p{Han}]{2,12})的(?:比重|比例)?(?:为|是|达|约)?(?P<bare>)$")


#: a grade of satisfaction named alone before its share (满意, 基本满意, 不满意 …: one survey's answers)
_GRADE = LazyRegex(r"(?:非常|比较|较为|基本|不太|很不|不)?满意(?:的)?(?:占|为|占比)?|一般(?:占|为)?|满意度一般")


def _pct_run(s: _Sentence, pct, after: int, tight: bool) -> list[tuple[int, Quantity]]:
    """The percentages listed from *after* on, while only separators and short labels stand between."""
    run: list[tuple[int, Quantity]] = []
    cursor = after
    for i, q in pct:
        if q.clean_start < after:
            continue
        gap = s.norm[cursor:q.clean_start]
        # (a composition may list its items between semicolons: 构成为：一产占12%；二产占45%；…)
        if any(ch in gap for ch in ("。；;！？\n" if tight else "。！？\n")) and run:
            break
        if tight:
            ok = not gap.strip("、，,和及与 ") if run else bool(_SHORT_HAN.fullmatch(gap))
        else:
            ok = bool(_LIST_GAP_PCT.fullmatch(gap)) and not _CHANGE_RATE_OR_DIGIT.search(gap)
        if not ok:
            break
        run.append((i, q))
        cursor = q.clean_end
    return run


# ---------------------------------------------------------------------------------------------- GRIM

#: units of events rather than of the things a survey counts (开展考核3次 is no sample of 3)
_EVENT_UNITS = frozenset({"次", "场", "期", "场次", "轮"})
#: a share of the members of a group named before it: 30名书记中，大专及以上学历的占88.1%
_SHARE_OF_FRAME = LazyRegex(r"(?:的|者)?(?:占比|占)(?:为|是|达)?$")


def _grim_relations(s: _Sentence) -> list[GrimRelation]:
    out = _grim_in_frames(s)
    if _SURVEY_WORD.search(s.norm, s.start, s.end) is None:
        return out  # a count is a survey's only with one of the survey words before it, in this sentence
    framed = {id(g.rate) for g in out}
    for i, r in enumerate(s.qs):
        if id(r) in framed:
            continue
        if r.unit != "%" or r.qualifier is not None or s.roles[i] != PLAIN or r.value > 100:
            continue
        prefix = s.prefix(r)
        m = _RATE_WORD.search(prefix)
        if not m or _RANGE_AFTER.match(s.norm, r.clean_end):
            continue
        stem = m.group("stem")
        for modifier in _SURVEY_MODIFIERS_LONGEST_FIRST:
            stem = stem.removeprefix(modifier)
        if len(stem) > 3:
            continue  # 辖区营商环境满意率: the rate's own noun phrase is not the survey
        clause = s.clause_index(r.clean_start)
        counts = []
        for j in range(i):
            q = s.qs[j]
            if q.unit not in COUNT_UNITS or q.unit in _EVENT_UNITS or s.roles[j] != PLAIN or not q.whole_count:
                continue
            if clause - s.clause_index(q.clean_start) > 1:
                continue
            # the survey named before the count (发放问卷25份) or after it in its clause (对22名服务对象开展回访)
            after = s.norm[q.clean_end:s.clause_starts[s.clause_index(q.clean_start) + 1]
                           if s.clause_index(q.clean_start) + 1 < len(s.clause_starts) else s.end]
            if len(stem) >= 2 and stem[-2:] in s.prefix(q)[-4:]:
                continue  # 检验合格2316批次，合格率92.08%: those the rate counts, no sample
            if any(w in s.prefix(q) or w in after for w in CONSTRUCTIONS["survey_words"]):
                counts.append(q)
        if counts:
            out.append(GrimRelation(r, counts))
    return out


def _grim_in_frames(s: _Sentence) -> list[GrimRelation]:
    """A share of a group counted in a frame before it, without its own numerator (``辖区30名书记中，大专及
    以上学历的占88.1%``): some whole number of the 30 must give it.

    >>> from auditor.quantities import parse_quantities
    >>> text = "辖区30名党组织书记中，大专及以上学历的占88.1%。"
    >>> found = _grim_in_frames(_Sentence(text, 0, len(text), parse_quantities(text)))
    >>> [(g.rate.value, [c.value for c in g.counts]) for g in found]
    [(Fraction(881, 10), [Fraction(30, 1)])]
    """
    out: list[GrimRelation] = []
    qs = s.qs
    norm = s.norm
    if norm.find("占", s.start, s.end) == -1 or norm.find("中", s.start, s.end) == -1:
        return out
    for i, r in enumerate(qs):
        if r.unit != "%" or r.qualifier is not None or s.roles[i] != PLAIN or r.value > 100 or i == 0:
            continue
        prefix = s.prefix(r)
        if "占" not in prefix or not _SHARE_OF_FRAME.search(prefix) or \
                s.norm.find("中", s.start, r.clean_start) == -1:
            continue
        frame = None
        for m in _IN_N.finditer(s.norm, s.start, r.clean_start):
            frame = m
        if frame is None or qs[i - 1].clean_end > frame.end():
            continue  # no frame, or a quantity between the frame and the share (a numerator, or a remark)
        inside = [q for q in qs[:i] if frame.start() < q.clean_start and q.clean_end <= frame.end()]
        if len(inside) == 1 and inside[0].unit in COUNT_UNITS and inside[0].unit not in _EVENT_UNITS and \
                inside[0].whole_count:
            out.append(GrimRelation(r, inside))
    return out


# ---------------------------------------------------------------------------------------------- changes

_DOWN = FALL_WORDS


def _change_relations(s: _Sentence) -> list[ChangeRelation]:
    out: list[ChangeRelation] = []
    qs = s.qs
    for i in range(len(qs) - 2):
        if s.roles[i] != CHANGE_FROM or s.roles[i + 1] != CHANGE_TO:
            continue
        a, b, c = qs[i], qs[i + 1], qs[i + 2]
        if s.roles[i + 2] != DELTA and not (s.roles[i + 2] == PLAIN and
                                            s.norm[b.clean_end:c.clean_start].lstrip("，, ") in ("新增", "共新增")):
            continue  # (由380户增至394户，新增14户: after a from-to, 新增 is its change)
        price = _PRICE_WORDS.match(s.norm, b.clean_end, c.clean_start)  # (由…变为…，按可比价格计算，增长13.7%)
        verb = _CHANGE_GAP.match(s.norm, price.end() if price is not None else b.clean_end, c.clean_start)
        if not verb:
            continue
        points = c.unit == "百分点"
        if a.unit != b.unit:
            continue
        down = any(verb.group(1).startswith(w) for w in _DOWN)
        out.append(ChangeRelation(a, b, c, down, points))
        if c.unit == a.unit and i + 3 < len(qs) and qs[i + 3].unit == "%" and s.roles[i + 3] == DELTA and \
                (then := _CHANGE_GAP.match(s.norm, c.clean_end, qs[i + 3].clean_start)) is not None and \
                any(then.group(1).startswith(w) for w in _DOWN) == down:
            # 由440家增加到622家，净增182家，增幅41.4%: the amount, then the change in % of the same from-to
            out.append(ChangeRelation(a, b, qs[i + 3], down, False))
    out.extend(_changes_stated_first(s))
    if s.norm.find("本年", s.start, s.end) != -1 or s.norm.find("今年", s.start, s.end) != -1:
        out.extend(_base_then_this_year(s))
    if s.norm.find("比", s.start, s.end) != -1 or s.norm.find("较", s.start, s.end) != -1:
        out.extend(_differences(s))
    out.extend(_changes_from_base(s))
    out.extend(_changes_after_stated_base(s))
    out.extend(_changes_between_periods(s))
    if s.norm.find("年", s.start, s.end) != -1:
        bound = {id(c.delta) for c in out}
        out.extend(c for c in _year_series(s) if id(c.delta) not in bound)
    bound = {id(c.delta) for c in out}
    out.extend(c for c in _growth_before_bracketed_base(s) if id(c.delta) not in bound)
    if s.norm.find("分别由", s.start, s.end) != -1:  # (分别由a、b增至c、d，分别增长…: a from-to of two values)
        bound = {id(c.delta) for c in out}
        out.extend(c for c in _respective_changes(s) if id(c.delta) not in bound)
    return out


#: the words of last year's value opening its clause (上年审计整改到位资金为…), of this year's opening the next (本年…)
_LAST_YEARS_CLAUSE = LazyRegex(r"\s*(?:上年|去年|上一年)(?:同期|度)?[^，,；;。0-9]{0,20}?(?:为|是|达到|达|有)?$")
_THIS_YEARS_CLAUSE = LazyRegex(r"\s*(?:本年|今年|本年度|当年)(?:度)?(?:为|是|达到|达|有)?$")


def _base_then_this_year(s: _Sentence) -> list[ChangeRelation]:
    """``上年审计整改到位资金为1859.41万元，本年2056.79万元，增加197.38万元``: last year's value opening the first
    clause, this year's the second, the amount of change the third: the change from the first to the second.

    >>> from auditor.quantities import parse_quantities
    >>> text = "上年到位资金为1859.41万元，本年2056.79万元，增加197.38万元"
    >>> [(c.start.value, c.end.value, c.delta.value) for c in _base_then_this_year(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(18594100, 1), Fraction(20567900, 1), Fraction(1973800, 1))]
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    for k in range(len(qs) - 2):
        base, value, delta = qs[k], qs[k + 1], qs[k + 2]
        if not base.unit or base.unit == "%" or {value.unit, delta.unit} != {base.unit} or \
                any(q.qualifier for q in (base, value, delta)) or s.roles[k + 2] != DELTA:
            continue
        clauses = [s.clause_index(q.clean_start) for q in (base, value, delta)]
        if clauses != [clauses[0], clauses[0] + 1, clauses[0] + 2]:
            continue
        if not _LAST_YEARS_CLAUSE.fullmatch(s.norm, s.clause_start(base.clean_start), base.clean_start) or \
                not _THIS_YEARS_CLAUSE.fullmatch(s.norm, s.clause_start(value.clean_start), value.clean_start):
            continue
        verb = _CHANGE_VERB_AT.search(s.prefix(delta))
        if verb is None:
            continue
        out.append(ChangeRelation(base, value, delta, any(verb.group().startswith(w) for w in _DOWN), False,
                                  "change-base-stated"))
    return out


#: what stands between a change and the from-to that follows it (下降21%，由2018年的1375起减少到1137起)
_FROM_AFTER_CHANGE = LazyRegex(r"[，,]\s*(?:总数|总量|数量|规模|总计)?(?:由|从)")
#: … or after what went from one value to the other, named in a few words (新增城市绿地36.77公顷，建成区绿地面积由…)
_NAMED_FROM = LazyRegex(r"[，,]\s*(?P<name>[\u4e00-\u9fff]{2,10})(?:由|从)")


def _named_from_after(s: _Sentence, change: Quantity, start: Quantity) -> bool:
    """Whether a from-to follows *change* in the next clause, its subject named by words that share two characters
    with the change's own (``新增城市绿地36.77公顷，建成区绿地面积由6211.04公顷增加到…``: 绿地), and the change is an
    amount of the from-to's unit stated as what was added (新增, 净增)."""
    m = _NAMED_FROM.match(s.norm, change.clean_end)
    if m is None or m.end() > start.clean_start or change.unit != start.unit or not change.unit:
        return False
    own = s.local_prefix(change)
    return ("新增" in own or "净增" in own) and _common(own, m.group("name")) >= 2


#: the words before a difference between two figures named before it: X比Y多/少 (出)
_DIFFERENCE = LazyRegex(r"(?P<a>[\u4e00-\u9fff]{1,6})比(?P<b>[\u4e00-\u9fff]{1,6}?)(?P<dir>多|少)(?:出)?$")


def _differences(s: _Sentence) -> list[ChangeRelation]:
    """``城区学校在校生19595人，乡村学校13184人，城区比乡村多6411人``: two figures, each named (城区, 乡村) in its
    clause, then the difference between them, named by both: the first less the second (少: the second less the
    first).

    >>> from auditor.quantities import parse_quantities
    >>> text = "城区学校在校生19595人，乡村学校13184人，城区比乡村多6411人"
    >>> [(c.start.value, c.end.value, c.delta.value) for c in _differences(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(13184, 1), Fraction(19595, 1), Fraction(6411, 1))]
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    for k, delta in enumerate(qs):
        m = _DIFFERENCE.search(s.local_prefix(delta))
        if m is None or delta.qualifier:
            continue
        a_name, b_name = m.group("a")[-2:], m.group("b")[-2:]
        if {a_name, b_name} == {"前者", "后者"}:
            # 线上办件7044件，窗口办件5857件，前者比后者多1187件: the two figures right before, in order
            if k < 2 or not all(q.unit == delta.unit and s.roles[j] == PLAIN and not s.paren[j]
                                for j, q in ((k - 2, qs[k - 2]), (k - 1, qs[k - 1]))):
                continue
            a, b = ([qs[k - 2]], [qs[k - 1]]) if a_name == "前者" else ([qs[k - 1]], [qs[k - 2]])
        else:
            a = [q for q in qs[:k] if a_name in s.prefix(q) and compatible(q, delta) and q.unit == delta.unit]
            b = [q for q in qs[:k] if b_name in s.prefix(q) and compatible(q, delta) and q.unit == delta.unit]
        if len(a) != 1 or len(b) != 1 or a[0] is b[0] or a[0].qualifier or b[0].qualifier:
            continue
        more, less = (a[0], b[0]) if m.group("dir") == "多" else (b[0], a[0])
        out.append(ChangeRelation(less, more, delta, False, False, "difference"))
    for k in range(2, len(qs)):
        # 坪塘村358户，较华丰村的252户多106户: a figure, another after 较/比 …的, then how many more (or fewer)
        delta, other, own = qs[k], qs[k - 1], qs[k - 2]
        word = s.norm[other.clean_end:delta.clean_start]
        if word not in ("多", "少", "多了", "少了") or delta.qualifier or other.qualifier or own.qualifier or \
                not (own.unit == other.unit == delta.unit and own.unit) or s.roles[k - 2] != PLAIN:
            continue
        clause = s.norm[s.clause_start(other.clean_start):other.clean_start]
        if not clause.lstrip("，, ").startswith(("较", "比")) or not clause.endswith("的") or \
                s.clause_index(own.clean_start) + 1 != s.clause_index(other.clean_start):
            continue
        more, less = (own, other) if word[0] == "多" else (other, own)
        out.append(ChangeRelation(less, more, delta, False, False, "difference"))
    return out


def _changes_stated_first(s: _Sentence) -> list[ChangeRelation]:
    """``发案数下降21%，由2018年的1375起减少到1137起``: a change in % or points stated first, then, in the next
    clause, the values it went from and to: the change from the first to the second. Its direction is the verb's
    before the change (a word of the from-to that goes the other way is PC007's to report).

    >>> from auditor.quantities import parse_quantities
    >>> text = "发案数下降21%，由2018年的1375起减少到1137起"
    >>> [(c.start.value, c.end.value, c.delta.value, c.down) for c in _changes_stated_first(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(1375, 1), Fraction(1137, 1), Fraction(21, 1), True)]
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    for i in range(len(qs) - 2):
        c, a, b = qs[i], qs[i + 1], qs[i + 2]
        if s.roles[i] not in (DELTA, PLAIN) or s.roles[i + 1] != CHANGE_FROM or s.roles[i + 2] != CHANGE_TO or \
                a.unit != b.unit or (c.unit not in ("%", "百分点") and not (c.unit == a.unit and c.unit)):
            continue  # (or an amount of a's unit: 净增6座，总数由18座增至22座)
        named = _named_from_after(s, c, a)  # (新增城市绿地36.77公顷，建成区绿地面积由…: what was added, named)
        if not (named or (s.roles[i] == DELTA and _FROM_AFTER_CHANGE.match(s.norm, c.clean_end))) or \
                s.clause_index(a.clean_start) != s.clause_index(c.clean_start) + 1:
            continue
        verb = _CHANGE_GAP.search(s.local_prefix(c))
        if verb is None and not named:
            continue
        points = c.unit == "百分点"
        if points and a.unit != "%":
            continue
        out.append(ChangeRelation(a, b, c, verb is not None and any(verb.group(1).startswith(w) for w in _DOWN),
                                  points))
    return out


#: the words of a base stated after the value, in a clause of its own (上年同期为8742人; 2023年为1043名; 8月份为6364件)
_STATED_BASE = LazyRegex(r"(?:(?:上年|去年|上一年)(?:同期|末|底)?|年初|上月|上季度"
                         r"|(?P<year>(?:19|20)[0-9]{2})年(?:同期)?|(?P<month>[0-9]{1,2}|[一二三四五六七八九十]{1,2})月份?"
                         r"|(?P<quarter>[一二三四1-4])季度)(?:的)?"
                         r"(?:为|是|有|达到|达|仅为|仅|只有)"
                         # (上年同期8487件次, 上年334,092件: the period alone, right before the number)
                         r"|(?:上年|去年)(?:同期)?")
#: a clause of its own that says a change is in real terms (上年为8172.6亿元；按可比价格计算，比上年增长3.9%)
_PRICE_CLAUSE = LazyRegex(r"[，,；;]\s*(?:按(?:可比|不变)价格?计算|(?:扣除|剔除)价格因素(?:后)?)[，,]\s*")
#: the words of the amount of change after it (同比增加1992人, 较上年增加15家, 环比减少299件, 同比下降167件)
_CHANGE_AFTER_BASE = LazyRegex(r"(?:同比|环比|较上年|比上年|较上月|比上月|较去年|比去年|比年初|较年初)?"
                               r"(?:同期|末|底)?(?:净)?(?:增加|减少|下降|降低|上升|增长|提高|多|少|增|减)了?(?:约|近)?")


def _bracket_then_clause(s: _Sentence, value: Quantity, base: Quantity) -> bool:
    """Whether a bracket right after *value* closes just before the comma that opens *base*'s clause (``达到74.0%（其中
    …3.11万票），上年为78.0%``): the value's clause, its remark in brackets, then the base's clause."""
    opening = value.clean_end
    if s.norm[opening:opening + 1] not in ("（", "("):
        return False
    close = _bracket_close(s.norm, opening, s.end)
    return close < s.end and s.norm[close + 1:close + 2] in ("，", ",") and \
        s.clause_index(base.clean_start) == s.clause_index(close + 2)


def _changes_after_stated_base(s: _Sentence) -> list[ChangeRelation]:
    """``新增城镇就业10734人，上年同期为8742人，同比增加1992人``: a value, its base in the next clause (named only by
    its period: 上年同期, 2023年, 8月份 …), the amount of change in the clause after that: the change from the base to
    the value. A year or a month named for the base comes before the value's own, when that is named.

    >>> from auditor.quantities import parse_quantities
    >>> text = "2024年引进人才1178名，2023年为1043名，较上年增加135名"
    >>> [(c.start.value, c.end.value, c.delta.value) for c in _changes_after_stated_base(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(1043, 1), Fraction(1178, 1), Fraction(135, 1))]
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    for k in range(2, len(qs)):
        v = k - 2
        while v > 0 and s.paren[v] and not s.paren[k - 1]:
            v -= 1  # (达到74.0%（其中…2.30万票，…3.11万票），上年为78.0%: the value before its bracket's figures)
        value, base, delta = qs[v], qs[k - 1], qs[k]
        if value.qualifier or base.qualifier or s.paren[k - 1] or s.paren[v] or not compatible(value, base) or \
                value.unit != base.unit or s.roles[v] not in (PLAIN, AVERAGE):
            continue
        if delta.unit == "%":  # a growth: relative to the base (上年为24497起，降幅为11.1%)
            if value.unit == "%":
                continue  # (the relative change of a rate: rarely meant, often points written as %)
            verb = _GROWTH_AFTER_BASE.fullmatch(s.local_prefix(delta))
        elif delta.unit == "百分点":  # a change of a rate in points (上年为57.2%，提高0.5个百分点)
            if value.unit != "%":
                continue
            verb = _GROWTH_AFTER_BASE.fullmatch(s.local_prefix(delta))
        elif compatible(base, delta):
            verb = _CHANGE_AFTER_BASE.fullmatch(s.local_prefix(delta))
        else:
            continue
        stated = _STATED_BASE.fullmatch(s.local_prefix(base))
        if stated is None or verb is None or (
                s.clause_index(base.clean_start) != s.clause_index(value.clean_start) + 1 and not (
                    v != k - 2 and _bracket_then_clause(s, value, base))):
            continue
        after = s.clause_index(delta.clean_start) - s.clause_index(base.clean_start)
        if after != 1 and not (after == 2 and _PRICE_CLAUSE.fullmatch(
                s.norm, base.clean_end, s.clause_starts[s.clause_index(delta.clean_start)])):
            continue  # (the change in the clause after the base, or after a clause that says how it is priced)
        change = _from_stated_base(s, stated, verb, base, value, delta, s.prefix(value))
        if change is not None:
            out.append(change)
            # (按现价计算增长8.1%，按可比价格计算增长7.0%: a second growth from the same base, priced otherwise)
            if k + 1 < len(qs) and delta.unit == "%" and qs[k + 1].unit == "%" and _priced(verb) and \
                    (second := _GROWTH_AFTER_BASE.fullmatch(s.local_prefix(qs[k + 1]))) is not None:
                apart = s.clause_index(qs[k + 1].clean_start) - s.clause_index(delta.clean_start)
                # (…现价增长8.3%；按可比价格计算，增长7.9%: the pricing in a clause of its own)
                if (apart == 1 and second.group("price")) or (apart == 2 and _PRICE_CLAUSE.fullmatch(
                        s.norm, delta.clean_end, s.clause_starts[s.clause_index(qs[k + 1].clean_start)])):
                    again = _from_stated_base(s, stated, second, base, value, qs[k + 1], s.prefix(value))
                    if again is not None:
                        out.append(again)
    return out


#: the period a value's words name (1月受理投诉, 2023年, 二季度), one kind a group
_PERIOD_NAMED = LazyRegex(r"(?:(?P<year>(?:19|20)[0-9]{2})年|(?P<month>[0-9]{1,2}|[一二三四五六七八九十]{1,2})月份?"
                          r"|(?P<quarter>[一二三四1-4])季度)")


def _changes_between_periods(s: _Sentence) -> list[ChangeRelation]:
    """``1月受理投诉8800件，2月受理8679件，环比减少1.4%``: two values of one unit, each in its own clause named by a
    period, the second the period right after the first (a month, a quarter, a year), then the change in the next
    clause (环比 for months and quarters; 同比, 比上年 or no such word for years): the change from the first to the
    second (construction ``change-between-periods``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "1月受理投诉8800件，2月受理8679件，环比减少1.4%"
    >>> [(c.start.value, c.end.value, c.delta.value) for c in _changes_between_periods(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(8800, 1), Fraction(8679, 1), Fraction(7, 5))]

    Between two years, the change may be an amount of the values' unit (``2022年就业397人，2023年557人，增加160人``).
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    for k in range(2, len(qs)):
        a, b, delta = qs[k - 2], qs[k - 1], qs[k]
        amount = delta.unit == a.unit  # (2022年…397人，2023年557人，增加160人: an amount of change, years only)
        if (delta.unit != "%" and not amount) or a.unit != b.unit or not a.unit or a.unit == "%" or a.qualifier or \
                b.qualifier or \
                s.roles[k - 2] != PLAIN or s.roles[k - 1] != PLAIN or s.paren[k - 1] or s.paren[k - 2]:
            continue
        first, second = s.clause_index(a.clean_start), s.clause_index(b.clean_start)
        if second != first + 1 or s.clause_index(delta.clean_start) != second + 1:
            continue
        verb = _GROWTH_AFTER_BASE.fullmatch(s.local_prefix(delta))
        if verb is None and amount:
            verb = _NET_CHANGE_WORD.fullmatch(s.local_prefix(delta))  # (…，2018年1,176件，净增324件)
        pa = _PERIOD_NAMED.search(s.local_prefix(a))
        pb = _PERIOD_NAMED.search(s.local_prefix(b))
        if verb is None or pa is None or pb is None or pa.lastgroup != pb.lastgroup:
            continue
        if _month(pb.group(pb.lastgroup)) != _month(pa.group(pa.lastgroup)) + 1:  # (a year's or a quarter's number too)
            continue
        said = verb.group()
        if (pa.lastgroup == "year" and "环比" in said) or (pa.lastgroup != "year" and not said.startswith("环比")):
            continue  # (months and quarters compared by 环比; years by 同比, 比上年 or nothing)
        if amount and (pa.lastgroup != "year" or not said.rstrip("了").endswith(("增加", "减少", "净增", "净减"))):
            continue  # (an amount of change: 增加, 减少, 净增 between two years' values)
        down = any(w in said for w in _DOWN)
        out.append(ChangeRelation(a, b, delta, down, False, "change-between-periods"))
    return out


#: a net change between two values (净增, 净减, 同比净增)
_NET_CHANGE_WORD = LazyRegex(r"(?:同比|比上年|较上年)?净(?:增|减)")
#: a growth glued to its year's value in a series of years (2022年299.54亿元、增长13.7%)
_SERIES_GROWTH = LazyRegex(r"[、，,]?\s*(?P<verb>增长|下降|提高|降低|增加|减少)(?:了)?$")
#: the year a value of a series is named by, right before it (；2022年299.54亿元)
_SERIES_YEAR = LazyRegex(r"(?:^|[；;：:，,、。\n])\s*(?P<year>(?:19|20)[0-9]{2})年(?:为|是|达|实现)?\s*$")


def _year_series(s: _Sentence) -> list[ChangeRelation]:
    """``2021年255.41亿元；2022年299.54亿元、增长13.7%；2023年327.08亿元、增长9.2%``: values of a series named by their
    years, each growth glued to its year's value: the change from the value of the year before, named in the same
    sentence, of the same unit (construction ``year-series``).

    >>> from auditor.quantities import parse_quantities
    >>> text = "分别为：2021年200亿元；2022年210亿元、增长5.0%"
    >>> [(c.start.value, c.end.value, c.delta.value) for c in _year_series(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(20000000000, 1), Fraction(21000000000, 1), Fraction(5, 1))]
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    years: dict[int, Quantity] = {}
    for k, q in enumerate(qs):
        if q.unit == "%":
            verb = _SERIES_GROWTH.search(s.local_prefix(q)) if k else None
            value = qs[k - 1] if k else None
            year = value and next((y for y, v in years.items() if v is value), None)
            if verb is not None and year is not None and (before := years.get(year - 1)) is not None and \
                    before.unit == value.unit and not value.qualifier and not before.qualifier and \
                    s.clause_index(value.clean_start) + 1 >= s.clause_index(q.clean_start):
                down = verb.group("verb") in ("下降", "降低", "减少")
                out.append(ChangeRelation(before, value, q, down, False, "year-series"))
            continue
        m = _SERIES_YEAR.search(s.norm[max(s.start, q.clean_start - 12):q.clean_start])
        if m is not None and s.roles[k] == PLAIN and not s.paren[k]:
            years[int(m.group("year"))] = q
    return out


def _priced(verb) -> bool:
    """Whether the words of a growth say how it is priced (按现价计算增长, 现价增长: :data:`_NOMINAL_RATE`)."""
    return bool(verb.groupdict().get("price")) or _NOMINAL_RATE.search(verb.group()) is not None


#: a sentence that opens with the base of a change, named by its year only (上年同期为24032.5万元，同比下降…; 2022年
#:同期为3873家，比上年增加…): the value it changes to is the one the sentence before ends with
_BASE_SENTENCE = LazyRegex(r"[ \t\u3000]*(?:上年|去年|上一年|(?:19|20)[0-9]{2}年)(?:同期|末|底)?(?:为|是|有|达到|达)"
                           r"(?=[0-9])")


def _change_from_sentence_before(norm: str, start: int, end: int, qs: list[Quantity], lookback) -> list[ChangeRelation]:
    """The change from a base stated first in a sentence (:data:`_BASE_SENTENCE`) to the last figure of the sentence
    before, the amount of change in the next clause (``…达到4099家。2022年同期为3873家，比上年增加224家``): read as
    :func:`_changes_after_stated_base` reads it within one sentence, the two sentences two clauses of one.

    >>> from auditor.quantities import parse_quantities
    >>> text = "全年接待游客566万人次。上年同期为520万人次，同比增加46万人次。"
    >>> [(c.start.value, c.end.value, c.delta.value) for c in _change_from_sentence_before(
    ...     text, 13, 35, parse_quantities(text)[1:], lambda lo, hi: parse_quantities(text[:hi])[lo:])]
    [(Fraction(5200000, 1), Fraction(5660000, 1), Fraction(460000, 1))]
    """
    stop = start - 1 if norm[start - 1] == "。" else start - 2 if norm[start - 2:start] == "。\n" else -1
    if stop < 0:
        return []  # (a line break after no sentence's end: a heading, a cell)
    p_start = sentence_start(norm, max(0, stop - CLAUSE_REACH), stop)
    prior = lookback(p_start, stop)
    if not prior or norm[prior[-1].clean_end:stop].strip(" \t\u3000\r"):
        return []  # (the value ends the sentence before: nothing after it)
    joined = _Sentence(norm, p_start, end, [prior[-1], *qs])
    joined.clause_starts = sorted({*joined.clause_starts, start})  # (the two sentences: two clauses)
    joined.roles = [role_of(norm, q, joined.clause_start(q.clean_start), joined.qs[k - 1] if k else None)
                    for k, q in enumerate(joined.qs)]
    return [c for c in _changes_after_stated_base(joined) if c.end is prior[-1]]


def _from_stated_base(s: _Sentence, stated, verb, base: Quantity, value: Quantity, delta: Quantity,
                      own: str) -> ChangeRelation | None:
    """The change from a base named by its period (*stated*: a match of :data:`_STATED_BASE`) to *value*, its words
    *verb*: ``None`` when the base's year or month is not before the one the value's words *own* name (2022年…，
    2023年为…; 3月…，环比…（2月为…）)."""
    if stated.group("year") and (m := _YEAR_NAMED.search(own)) and (
            int(m.group()) <= int(stated.group("year")) or (
            int(m.group()) - int(stated.group("year")) > 1 and
            any(w in verb.group() for w in (*_LAST_YEAR, "同比")))):
        return None  # (2022年…，比上年增加…（2020年为…）: the year before last, no base of a change on last year)
    if stated.group("month") and (m := _MONTH_NAMED.search(own)) and \
            _month(m.group(1)) <= _month(stated.group("month")):
        return None
    if stated.group("quarter"):  # (二季度为…: the base of the quarter after it, 三季度…环比; named, or not at all)
        m = _QUARTER_NAMED.search(own)
        if m is None or "一二三四1234".index(m.group(1)) % 4 != "一二三四1234".index(stated.group("quarter")) % 4 + 1:
            return None
    words = verb.group()[len(verb.groupdict().get("price") or ""):]  # (按现价计算增长: the words after the pricing)
    down = any(words.lstrip("同比环较上年去月期初末底净名义实际").startswith(w) for w in _DOWN) or "降幅" in words
    return ChangeRelation(base, value, delta, down, delta.unit == "百分点", "change-base-stated")


#: the words before a list of growths or falls, one for each of a list of values (分别增长, 同比分别下降, 降幅分别为)
_RESPECTIVE_GROWTHS = LazyRegex(r"(?:分别(?:为)?(?P<verb>增长|下降|提高|降低|增加|减少|上升|回落)了?"
                                r"|(?P<noun>降幅|增幅|增速|涨幅)分别(?:为|是|达)?)\s*$")
#: … and before the list of their bases: last year's (上年分别为, 较上年的) or a from-to's start (分别由)
_RESPECTIVE_BASES = LazyRegex(r"(?:(?:上年|去年)(?:同期)?分别(?:为|是)|(?:较|比)(?:上年|去年)(?:同期)?的?"
                              r"|分别由|由)\s*$")
#: … and between the list of starts and the list of ends of a from-to (增至, 降至, 增长到)
_RESPECTIVE_TO = LazyRegex(r"(?:增|降|减|提高|增长|下降|减少|增加|上升)(?:至|到)\s*$")


def _respective_changes(s: _Sentence) -> list[ChangeRelation]:
    """A list of values, the list of their bases and the list of their growths, paired in order: ``全年接待游客
    22.1万人次、实现旅游收入36.42亿元，分别增长13.9%和12.8%；上年分别为19.4万人次、32.28亿元``; ``事故188起、死亡
    79人，上年分别为210起、153人，…同比分别下降10.5%和48.4%``; ``…较上年的248起、144人…，降幅分别为18.5%、29.9%``;
    ``进口额、出口额分别由2749万元、3157万元增至3367万元、3267万元，分别增长22.5%、3.5%``. Two or three of each; each
    value of its base's unit.

    >>> from auditor.quantities import parse_quantities
    >>> text = "接待游客22.1万人次、旅游收入36.42亿元，分别增长13.9%和12.8%；上年分别为19.4万人次、32.28亿元"
    >>> [(float(c.start.value), float(c.end.value), float(c.delta.value)) for c in _respective_changes(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(194000.0, 221000.0, 13.9), (3228000000.0, 3642000000.0, 12.8)]
    """
    qs, norm = s.qs, s.norm
    rates = [i for i, q in enumerate(qs) if q.unit == "%"]
    if len(rates) not in (2, 3) or rates != list(range(rates[0], rates[0] + len(rates))):
        return []
    k = len(rates)
    first = qs[rates[0]]
    words = _RESPECTIVE_GROWTHS.search(norm, max(s.start, first.clean_start - 16), first.clean_start)
    if words is None or any(norm[qs[i].clean_end:qs[i + 1].clean_start].strip(" 、，,和及与") for i in rates[:-1]):
        return []
    others = [i for i in range(len(qs)) if qs[i].unit != "%"]
    if len(others) != 2 * k or any(qs[i].qualifier or qs[i].negative for i in others) or \
            any(qs[i].negative for i in rates):
        return []
    run_a, run_b = others[:k], others[k:]
    if run_a != list(range(run_a[0], run_a[0] + k)) or run_b != list(range(run_b[0], run_b[0] + k)):
        return []  # (each list's numbers one after the other)

    def opens(run: list[int], pattern) -> bool:
        q = qs[run[0]]
        lo = qs[run[0] - 1].clean_end if run[0] else s.start
        return pattern.search(norm, max(lo, q.clean_start - 12), q.clean_start) is not None

    if opens(run_a, _RESPECTIVE_BASES) and opens(run_b, _RESPECTIVE_TO):
        bases, values = run_a, run_b  # 分别由 a、b 增至 c、d
    elif opens(run_b, _RESPECTIVE_BASES) and not opens(run_b, _RESPECTIVE_TO):
        bases, values = run_b, run_a  # a、b，上年分别为 c、d
    else:
        return []
    if any(qs[b].unit != qs[v].unit or not compatible(qs[b], qs[v]) or qs[b].value <= 0
           for b, v in zip(bases, values, strict=True)):
        return []
    verb = words.group("verb") or words.group("noun")
    down = verb in ("下降", "降低", "减少", "回落", "降幅")
    return [ChangeRelation(qs[b], qs[v], qs[r], down, False, "respective-changes")
            for b, v, r in zip(bases, values, rates, strict=True)]


#: the words before a change of a growth's speed in points (增速比上年加快, 增幅较上年回落) …
_EARLIER_PERIOD = (r"(?:上年|去年|上月|上季度|一季度|上半年|前三季度"
                   r"|[1１一]\s*[-—－~～至]\s*[0-9０-９一二三四五六七八九十]{1,2}月份?)")
_SPEED_CHANGE = LazyRegex(r"(?P<noun>增速|增幅|增长速度|降幅|跌幅|涨幅)(?:比|较)" + _EARLIER_PERIOD
                          + r"(?:同期)?(?P<verb>加快|提高|提升|上升|回升|回落|放缓|减缓|下降|降低|收窄"
                            r"|扩大|加大|加深)了?$")
#: … and between the points and the earlier growth, in brackets after them (（上年增长6.4%）, （一季度下降6.5%）) or
#: in a clause of its own (；上年增长11.1%)
_LAST_GROWTH = LazyRegex(r"(?:[（(]|[；;，,])\s*" + _EARLIER_PERIOD
                         + r"(?:同期)?(?P<verb>增长|下降|增速为|增速|增幅为|增幅|降幅为|降幅|为)$")


def _growth_speed_changes(s: _Sentence) -> list[ChangeRelation]:
    """``地区生产总值增长8.8%，增速比上年加快2.4个百分点（上年增长6.4%）``: a growth, the change of its speed in points,
    and last year's growth in brackets after them: the points must be the difference of the two growths.

    >>> from auditor.quantities import parse_quantities
    >>> text = "地区生产总值增长8.8%，增速比上年加快2.4个百分点（上年增长6.4%）"
    >>> [(c.start.value, c.end.value, c.delta.value, c.down) for c in _growth_speed_changes(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(32, 5), Fraction(44, 5), Fraction(12, 5), False)]
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    for k in range(len(qs) - 2):
        now, points, before = qs[k], qs[k + 1], qs[k + 2]
        if now.unit != "%" or points.unit != "百分点" or before.unit != "%" or now.qualifier or before.qualifier:
            continue
        verb = _SPEED_CHANGE.search(s.local_prefix(points))
        between = s.norm[points.clean_end:before.clean_start]
        last = _LAST_GROWTH.search(between)
        if verb is None or last is None or between.count("（") + between.count("(") > 1 or \
                now.negative or before.negative:
            continue
        # (a fall's size, 降幅, against an earlier fall's: both sizes, 下降3.9%，降幅比一季度收窄…（一季度下降6.5%）)
        falls = verb.group("noun") in ("降幅", "跌幅")
        if not s.local_prefix(now).endswith(("下降", "下降了", "减少", "降幅为", "降幅") if falls else
                                            ("增长", "增速为", "增速", "增长了")) or \
                (last.group("verb") in ("下降", "降幅为", "降幅")) != falls:
            continue
        down = verb.group("verb") in ("回落", "放缓", "减缓", "下降", "降低", "收窄")
        out.append(ChangeRelation(before, now, points, down, True, "speed-change"))
    return out


#: an index on a base of 100, its number (a bare decimal: no quantity is read for it): a price index, or one whose
#: base is given after it (（上年=100）)
_BASE_100_INDEX = LazyRegex(r"(?P<named>(?:价格|环比|同比|定基)指数)?(?:[（(][A-Za-z]{2,4}[)）])?(?:为|是)"
                            r"(?P<number>[0-9]{2,3}(?:\.[0-9]{1,2})?)(?![0-9.%％])"
                            r"(?P<note>[（(](?:上年|去年|上年同期|上月|[0-9]{4}年)\s*=\s*100[)）])?")
#: the words between the index and its change in % (，即比上年上涨, ，环比下降, ；比上年上涨)
_INDEX_CHANGE = LazyRegex(r"[，,；;]\s*(?:即|也即|亦即)?[^，,。；;%0-9]{0,16}?"
                          r"(?P<verb>上涨|上升|增长|提高|下降|下跌|回落|降低)$")


def _index_changes(s: _Sentence) -> list[ChangeRelation]:
    """``居民消费价格指数为101.5（上年=100），即比上年上涨1.5%``: an index on a base of 100 and the change in % the
    sentence states right after it: the change is the index less 100 (read as the change from 100 to the index).

    >>> from auditor.quantities import parse_quantities
    >>> text = "商品住宅销售价格环比指数为99.5，即环比下降0.5%"
    >>> [(c.start.value, c.end.value, c.delta.value, c.down) for c in _index_changes(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(100, 1), Fraction(199, 2), Fraction(1, 2), True)]
    """
    out: list[ChangeRelation] = []
    for m in _BASE_100_INDEX.finditer(s.norm, s.start, s.end):
        if m.group("named") is None and m.group("note") is None:
            continue  # (an index of scores, 营商环境指数为85.3, has no base of 100)
        value = Fraction(m.group("number"))
        if not 50 <= value <= 200:
            continue
        change = next((q for q in s.qs if q.clean_start > m.end()), None)
        if change is None or change.unit != "%" or change.qualifier or change.negative:
            continue
        words = _INDEX_CHANGE.search(s.norm, m.end(), change.clean_start)
        if words is None or words.start() != m.end():
            continue
        decimals = len(m.group("number").partition(".")[2])
        half = Fraction(1, 2 * 10 ** decimals)
        index = change.replace(value=value, low=value - half, high=value + half, unit="", written_unit="")
        base = change.replace(value=100, low=100, high=100, unit="", written_unit="")
        down = words.group("verb") in ("下降", "下跌", "回落", "降低")
        out.append(ChangeRelation(base, index, change, down, False, "index-change"))
    return out


#: a rate compared with another one (高于全省平均水平（24.3%）, 比全国平均水平, 低于上年的): the words between them
_COMPARED_RATE = LazyRegex(r"(?P<word>高于|低于|超过|超出|优于|比|较)[^，,。；;：:%（(）)0-9]{0,14}[(（]?")
#: … and between the other rate and the points (）2.9个, 高出1.4个, 低了)
_POINTS_AFTER_RATE = LazyRegex(r"[)）]?(?:的)?\s*(?:(?P<word>高|低|多|少)(?:出|了)?)?")


def _points_against_another(s: _Sentence) -> list[ChangeRelation]:
    """``健康素养水平为22.9%，低于全省平均水平（24.3%）1.4个百分点``: a rate, another it is compared with, and the
    difference between them in points; higher or lower as the words say (高于/超过 …, 低于; 比…高/低).

    >>> from auditor.quantities import parse_quantities
    >>> text = "覆盖率为22.9%，低于全省平均水平（24.3%）1.4个百分点"
    >>> [(c.start.value, c.end.value, c.delta.value, c.down) for c in _points_against_another(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(243, 10), Fraction(229, 10), Fraction(7, 5), True)]
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    for k in range(len(qs) - 2):
        own, other, points = qs[k], qs[k + 1], qs[k + 2]
        if own.unit != "%" or other.unit != "%" or points.unit != "百分点" or own.qualifier or other.qualifier or \
                points.qualifier or s.roles[k] != PLAIN or s.paren[k]:
            continue
        gap = s.norm[own.clean_end:other.clean_start]
        compared = _COMPARED_RATE.fullmatch(gap, 1) if gap[:1] in ("，", ",") else None
        after = _POINTS_AFTER_RATE.fullmatch(s.norm, other.clean_end, points.clean_start)
        if compared is None or after is None:
            continue
        word = compared.group("word")
        if word in ("比", "较"):
            if after.group("word") is None:
                continue
            down = after.group("word") in ("低", "少")
        elif after.group("word") is not None:
            continue
        else:
            down = word == "低于"
        out.append(ChangeRelation(other, own, points, down, True, "points-against"))
    return out


def _natural_growth(s: _Sentence) -> ChangeRelation | None:
    """``出生率11.54‰；死亡率8.94‰；人口自然增长率为2.60‰``: a population's natural growth rate is its birth rate less
    its death rate, each per mille (read as the change from the death rate to the birth rate, in points of ‰).

    >>> from auditor.quantities import parse_quantities
    >>> text = "出生率11.54‰，死亡率8.94‰，自然增长率2.60‰"
    >>> c = _natural_growth(_Sentence(text, 0, len(text), parse_quantities(text)))
    >>> float(c.end.value - c.start.value) * 10, float(c.delta.value) * 10
    (2.6, 2.6)
    """
    found = {}
    for q in s.qs:
        if q.unit != "%" or s.norm[q.clean_end - 1:q.clean_end] != "‰" or q.qualifier:
            continue
        label = s.prefix(q)
        for word in ("自然增长率", "出生率", "死亡率"):
            if word in label:
                if word in found:
                    return None  # (two of one: which goes with which is not said)
                found[word] = q
                break
    if len(found) != 3:
        return None
    return ChangeRelation(found["死亡率"], found["出生率"], found["自然增长率"], False, True, "natural-growth")


def _growth_before_bracketed_base(s: _Sentence) -> list[ChangeRelation]:
    """``信访总量1186件次，环比下降21.7%（2月为1626件次）``: a value, its change, and the base in brackets right after
    the change (or in the clause after it, past a ``；``: ``比上年增长30.6%；2022年同期为1332.67万元``; past a comma,
    last year's only: ``同比增长67.8%，上年同期仅为17710.8万件``), named by its period as in
    :func:`_changes_after_stated_base`.

    >>> from auditor.quantities import parse_quantities
    >>> text = "受理量1186件，环比下降21.7%（2月为1626件）"
    >>> [(c.start.value, c.end.value, c.delta.value, c.down) for c in _growth_before_bracketed_base(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(1626, 1), Fraction(1186, 1), Fraction(217, 10), True)]
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    for k in range(len(qs) - 2):
        value, delta, base = qs[k], qs[k + 1], qs[k + 2]
        opener = s.norm[delta.clean_end:base.clean_start].lstrip()[:1]
        if not (s.paren[k + 2] and opener in ("(", "（")) and opener not in ("；", ";", "，", ","):
            continue  # (in brackets right after the change, or in the clause after it: …增长23.4%；2022年同期为…)
        if s.paren[k] or s.paren[k + 1] or value.qualifier or base.qualifier or \
                s.roles[k] not in (PLAIN, AVERAGE) or value.unit != base.unit or not compatible(value, base):
            continue
        if (delta.unit == "%" and value.unit != "%") or (delta.unit == "百分点" and value.unit == "%"):
            verb = _GROWTH_AFTER_BASE.fullmatch(s.local_prefix(delta))
        elif delta.unit not in _RATE_UNITS and compatible(base, delta):
            verb = _CHANGE_AFTER_BASE.fullmatch(s.local_prefix(delta))
        else:
            continue
        stated = _STATED_BASE.fullmatch(s.norm[delta.clean_end:base.clean_start].lstrip(" (（；;，,"))
        if verb is None or stated is None or s.clause_index(delta.clean_start) != s.clause_index(value.clean_start) + 1:
            continue
        if opener in ("，", ",") and not stated.group().startswith(("上年", "去年", "上一年")):
            continue  # (after a comma, only last year's: 1—9月累计…，增长12%，9月份为500件 is a part of the total)
        # (the value's own period may open the sentence: 2023年3月，信访总量…)
        change = _from_stated_base(s, stated, verb, base, value, delta, s.norm[s.start:value.clean_start])
        if change is not None:
            out.append(change)
    for k in range(len(qs) - 2):  # (同比增长7.2%，达到45955.9万元（上年同期43148.5万元）: the growth first)
        delta, value, base = qs[k], qs[k + 1], qs[k + 2]
        if delta.unit != "%" or value.unit in _RATE_UNITS or value.unit != base.unit or not s.paren[k + 2] or \
                s.paren[k] or s.paren[k + 1] or value.qualifier or base.qualifier or not compatible(value, base) or \
                s.norm[value.clean_end:base.clean_start].lstrip()[:1] not in ("(", "（") or \
                s.clause_index(value.clean_start) != s.clause_index(delta.clean_start) + 1 or \
                _LEVEL_AFTER_GROWTH.fullmatch(s.local_prefix(value)) is None:
            continue
        words = s.local_prefix(delta)
        tail = _GROWTH_TAIL.search(words)  # (the growth's words after what grew: 粮食播种面积同比增长)
        verb = _GROWTH_AFTER_BASE.fullmatch(words, tail.start()) if tail is not None else None
        stated = _STATED_BASE.fullmatch(s.norm[value.clean_end:base.clean_start].lstrip(" (（"))
        if verb is not None and stated is not None and stated.group().startswith(("上年", "去年", "上一年")):
            change = _from_stated_base(s, stated, verb, base, value, delta, s.norm[s.start:delta.clean_start])
            if change is not None:
                out.append(change)
    return out


#: the level a growth reached, in the clause after it (，达到45955.9万元)
_LEVEL_AFTER_GROWTH = LazyRegex(r"(?:达到|达|为|至)")
#: the words of a growth at the end of what grew (粮食播种面积同比增长)
_GROWTH_TAIL = LazyRegex(r"(?:同比|环比|比上年|较上年)?(?:增长|下降|提高|降低|减少|增加|上升|回落)了?(?:为|达)?$")


#: … or of a growth (同比增长16.4%, 环比增长, 比年初增长, 名义增长, 降幅为, 提高0.5个百分点)
_GROWTH_AFTER_BASE = LazyRegex(r"(?P<price>按(?:现价|当年价格?|可比价格?|不变价格?)计算[，,]?)?"
                               r"(?:同比|环比|较上年|比上年|较上月|比上月|较去年|比去年|比年初|较年初)?(?:同期|末|底)?"
                               r"(?:名义|实际|现价)?(?:(?:增长|下降|提高|降低|减少|增加|上升|回落)了?(?:为|达)?"
                               r"|(?:增幅|降幅|涨幅|增速)(?:为|达|是)?)(?:约|近)?")
_YEAR_NAMED = LazyRegex(r"(?:19|20)[0-9]{2}(?=年)")
_MONTH_NAMED = LazyRegex(r"([0-9]{1,2}|[一二三四五六七八九十]{1,2})月")
_QUARTER_NAMED = LazyRegex(r"([一二三四1-4])季度")


def _month(text: str) -> int:
    """The number of a month (or of a year, a quarter) written in digits or numerals (``9``, ``十二``)."""
    return int(text) if text.isdigit() else int(parse_chinese_number(text) or 0)


_YEAR_IS = LazyRegex(r"(?P<year>(?:19|20)[0-9]{2})年(?:底|末)?(?:为|是|达到|达)?$")
#: a year and what its value changed to (2019年下降至, 2021年降至, 2022年增长到)
_YEAR_TO = LazyRegex(r"(?P<year>(?:19|20)[0-9]{2})年(?:底|末)?" + _CHANGE_VERB + "了?(?:至|到)$")
#: … or a year that starts the clause of the first value (2021年刑事案件立案数8641起，2022年为9502起)
_YEAR_LEADS = LazyRegex(r"(?P<year>(?:19|20)[0-9]{2})年(?:底|末|全年)?(?=[^0-9，,；;：:、]{2,16}$)")
_LAST_YEAR = ("上年", "去年", "上一年")


def _change_between_years(s: _Sentence) -> list[ChangeRelation]:
    """``达标率2021年为57.2%，2022年为57.7%，一年间提高了0.5个百分点``: two values named by their years, the
    later one second, and the change right after them (in points or in % for rates, in % for amounts).

    >>> from auditor.quantities import parse_quantities
    >>> text = "达标率2021年为57.2%，2022年为57.7%，一年间提高了0.5个百分点"
    >>> [(c.start.value, c.end.value, c.delta.value, c.points) for c in _change_between_years(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(286, 5), Fraction(577, 10), Fraction(1, 2), True)]
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    for k in range(len(qs) - 2):
        a, b, delta = qs[k], qs[k + 1], qs[k + 2]
        if s.roles[k + 2] != DELTA or a.unit != b.unit or s.roles[k] != PLAIN or \
                s.roles[k + 1] not in (PLAIN, CHANGE_TO):
            continue
        ya = _YEAR_IS.search(s.local_prefix(a)) or \
            _YEAR_LEADS.match(s.norm, s.clause_start(a.clean_start), a.clean_start)
        # (the later year's value as what it changed to: 2018年为390件，2019年下降至339件)
        yb = _YEAR_IS.search(s.local_prefix(b)) if s.roles[k + 1] == PLAIN else _YEAR_TO.search(s.local_prefix(b))
        if ya is None or yb is None or int(ya.group("year")) >= int(yb.group("year")):
            continue
        points = delta.unit == "百分点"
        if not (points and a.unit == "%") and delta.unit != "%":
            continue
        prefix = s.prefix(delta)
        verb = _CHANGE_VERB_AT.search(prefix)
        if verb is None or s.clause_index(delta.clean_start) != s.clause_index(b.clean_start) + 1 or \
                delta.qualifier is not None or _RATE_OR_SHARE_WORDS.search(prefix):
            continue  # (…，优良天数比例提高3.5个百分点: the change of another rate)
        out.append(ChangeRelation(a, b, delta, any(verb.group().startswith(w) for w in _DOWN), points,
                                  "change-years"))
    return out


def _growth_of_change(s: _Sentence) -> list[RateRelation]:
    """``上年有企业605家，今年比上年增加88家，增长14.5%``: a change stated as an amount and as a rate, and last
    year's value before it: the rate is the amount over last year's value.

    >>> from auditor.quantities import parse_quantities
    >>> text = "上年有企业605家，今年比上年增加88家，增长14.5%"
    >>> [(r.numerator.value, r.denominator.value) for r in _growth_of_change(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(88, 1), Fraction(605, 1))]
    """
    out: list[RateRelation] = []
    qs = s.qs
    norm = s.norm
    for k in range(2, len(qs)):
        rate, amount = qs[k], qs[k - 1]
        if rate.unit != "%" or s.roles[k] != DELTA or s.roles[k - 1] != DELTA or amount.unit in _RATE_UNITS:
            continue
        gap = amount.clean_end
        price = _PRICE_WORDS.match(norm, gap, rate.clean_start)  # 增加21亿元，扣除价格因素，实际增长4.6%
        verb = _CHANGE_GAP.fullmatch(norm, price.end() if price is not None else gap, rate.clean_start)
        own = _CHANGE_VERB_AT.search(s.prefix(amount))
        if verb is None or own is None:
            continue
        if any(verb.group(1).startswith(w) for w in _DOWN) != any(own.group().startswith(w) for w in _DOWN):
            continue
        base = next((j for j in range(k - 2, -1, -1) if s.roles[j] == PLAIN and compatible(qs[j], amount)), None)
        # (较上年（505个）增加47个: a base in brackets, named by the words before them)
        words = "" if base is None else s.prefix(qs[base]) or (
            norm[max(s.start, qs[base].clean_start - 8):qs[base].clean_start] if s.paren[base] else "")
        if base is None or not any(w in words for w in _LAST_YEAR) or qs[base].value <= 0:
            level = _level_before_change(s, k - 1)
            if level is not None and "年初" in s.prefix(amount) and _YEAR_ON_YEAR.search(verb.group()):
                level = None  # 比年初增加210亿元，同比增长9.5%: since the start of the year, and over a year
            if level is not None:  # 接待游客37439人次，比上年增加10387人次，增长38.4%: over 37439 − 10387
                down = any(own.group().startswith(w) for w in _DOWN)
                last_year = _last_years_level(level, amount, down)
                if last_year is not None:
                    out.append(RateRelation(rate, amount, last_year, "growth-over-level"))
            continue
        out.append(RateRelation(rate, amount, qs[base], "growth-of-change"))
    out.extend(_growth_after_level(s))
    return out


_YEAR_ON_YEAR = LazyRegex(r"同比|上年|去年")
#: the words before this year's level stated after the amount it changed by (…增加120亿元，总量达到1320亿元)
_LEVEL_AFTER_AMOUNT = LazyRegex(r"(?:总量|总额|余额|规模|总数|累计)?"
                                r"(?:达到|达|为|增至|增加到|增长到|减少到|减至|降至|下降到)(?:约|近)?")
#: the words of a growth rate right after that level (，增长10%; ，增速10%)
_GROWTH_AFTER_LEVEL = LazyRegex(r"[，,]\s*(?:同比|比上年|较上年)?(?:增速|增幅|降幅)(?:为|达到|达)?(?:约|近)?")


def _growth_after_level(s: _Sentence) -> list[RateRelation]:
    """``各项存款余额增加120亿元，总量达到1320亿元，增速10%``: the amount of a change, this year's level in the next
    clause (its words only 总量/余额 … and the verb), the growth in the clause after it: the growth is the amount
    over the level less the amount (plus it, for a fall).

    >>> from auditor.quantities import parse_quantities
    >>> text = "各项存款余额增加120亿元，总量达到1320亿元，增速10%"
    >>> [(r.numerator.value, r.denominator.value) for r in _growth_after_level(
    ...     _Sentence(text, 0, len(text), parse_quantities(text)))]
    [(Fraction(12000000000, 1), Fraction(120000000000, 1))]
    """
    out: list[RateRelation] = []
    qs = s.qs
    norm = s.norm
    for k in range(2, len(qs)):
        rate, level, amount = qs[k], qs[k - 1], qs[k - 2]
        if rate.unit != "%" or s.roles[k - 2] not in (DELTA, AVERAGE) or level.unit in _RATE_UNITS or \
                level.qualifier or not compatible(level, amount) or s.paren[k - 1]:
            continue
        verb = _CHANGE_GAP.fullmatch(norm, level.clean_end, rate.clean_start)
        if verb is None and not _GROWTH_AFTER_LEVEL.fullmatch(norm, level.clean_end, rate.clean_start):
            continue
        own = _CHANGE_VERB_AT.search(s.prefix(amount))
        if own is None or not s.prefix(amount).endswith(own.group()) or \
                not _LEVEL_AFTER_AMOUNT.fullmatch(s.prefix(level)) or \
                s.clause_index(level.clean_start) != s.clause_index(amount.clean_start) + 1:
            continue
        down = any(own.group().startswith(w) for w in _DOWN)
        if verb is not None and any(verb.group(1).startswith(w) for w in _DOWN) != down:
            continue
        if "年初" in s.prefix(amount) and _YEAR_ON_YEAR.search(norm, level.clean_end, rate.clean_start):
            continue  # 比年初增加…，同比增长…: since the start of the year, and over a year
        last_year = _last_years_level(level, amount, down)
        if last_year is not None:
            out.append(RateRelation(rate, amount, last_year, "growth-after-level"))
    return out


#: what may stand between an amount of change and its rate: how prices were taken out, or which growth it is
#: (real or nominal)
_PRICE_WORDS = LazyRegex(r"[，,]\s*(?:扣除|剔除)价格因素(?:后)?(?:[，,]?\s*(?:实际|名义))?"
                         r"|[，,]\s*按(?:可比|不变)价格?计算(?:[，,]?\s*(?:实际|名义))?|[，,]?\s*(?:实际|名义)")
#: the words of an amount of change that names nothing of its own (the level before it is what changed)
#: (or a bare 增加/减少 opening its clause: 收入达到32000元，增加2100元，增长7.0%)
#: (or a bare 增加/减少 opening its clause: 收入达到32000元，增加2100元，增长7.0%; or since the start of the year:
#: 存款余额3200亿元，比年初增加210亿元，增长7.0%)
_BARE_CHANGE = LazyRegex(r"(?:(?:(?:比|较)(?:上年|去年)(?:末|底)?|同比|比年初|较年初)(?:净)?"
                         r"(?:增加|增长|减少|下降|增产|减产|增收|减收|多|少|(?<=净)增|(?<=净)减)"
                         r"|(?:净)?(?:增加|减少)|净增|净减)了?(?:约|近)?")


def _level_before_change(s: _Sentence, j: int) -> Quantity | None:
    """This year's level that the amount of change *j* (``比上年增加10387人次``: a change named by nothing else)
    changed: the plain quantity of its unit class right before it, in the clause before it.

    >>> from auditor.quantities import parse_quantities
    >>> text = "接待游客37439人次，比上年增加10387人次，增长38.4%"
    >>> _level_before_change(_Sentence(text, 0, len(text), parse_quantities(text)), 1).value
    Fraction(37439, 1)
    """
    if j == 0:
        return None
    amount, level = s.qs[j], s.qs[j - 1]
    if s.roles[j - 1] not in (PLAIN, AVERAGE) or s.paren[j - 1] or not compatible(level, amount) or level.qualifier or \
            not _BARE_CHANGE.fullmatch(s.prefix(amount)) or \
            s.clause_index(amount.clean_start) != s.clause_index(level.clean_start) + 1:
        return None
    return level


def _last_years_level(level: Quantity, amount: Quantity, down: bool) -> Quantity | None:
    """Last year's level, worked out from this year's *level* and the *amount* it went up (or *down*) by, as a
    quantity whose bounds carry both roundings; ``None`` when it would not be positive."""
    if down:
        low, high = level.low + amount.low, level.high + amount.high
        value = level.value + amount.value
    else:
        low, high = level.low - amount.high, level.high - amount.low
        value = level.value - amount.value
    if level.high is None or amount.high is None or low <= 0:
        return None
    return level.replace(value=value, low=low, high=high)


def _changes_from_base(s: _Sentence) -> list[ChangeRelation]:
    """A value, its base named before the change (``实现收入120亿元，比上年的110亿元增长9.1%``,
    ``覆盖率达28.91%，较上年（25.15%）提高3.8个百分点``) or in brackets after it (``排放986吨，同比下降15.9%
    （去年同期1118吨）``): the change from the base to the value, as ``由 base 到 value``.

    >>> from auditor.quantities import parse_quantities
    >>> text = "实现收入120亿元，比上年的110亿元增长9.1%。"
    >>> found = _changes_from_base(_Sentence(text, 0, len(text), parse_quantities(text)))
    >>> [(c.start.value, c.end.value, c.delta.value) for c in found]
    [(Fraction(11000000000, 1), Fraction(12000000000, 1), Fraction(91, 10))]
    """
    out: list[ChangeRelation] = []
    qs = s.qs
    norm = s.norm
    for k, delta in enumerate(qs):
        if s.roles[k] != DELTA or k == 0:
            continue
        if delta.unit not in _RATE_UNITS and not compatible(delta, qs[k - 1]):
            continue  # (an amount changes a base of its own unit: 比上年的45场增加29场)
        after = qs[k + 1] if k + 1 < len(qs) else None
        if after is not None and _BASE_AFTER.fullmatch(norm, delta.clean_end, after.clean_start) and \
                norm[after.clean_end:after.clean_end + 1] in (")", "）"):
            # 同比下降15.9%（去年同期1118吨）: the verb before the change, the base after it
            base, value = after, _value_before(s, k, after, delta)
            verb = _CHANGE_GAP.search(norm, max(s.start, delta.clean_start - 12), delta.clean_start)
        else:
            # 比上年的110亿元增长9.1%: the base just before the change; 总额361亿元（上年313亿元），增长15.3%: the base
            # in brackets after the value, the change in the next clause
            base = qs[k - 1]
            bracketed = norm[base.clean_end:base.clean_end + 1] in (")", "）") and \
                _BASE_AFTER.search(norm, max(s.start, base.clean_start - 8), base.clean_start) is not None
            gap = norm[base.clean_end:delta.clean_start].lstrip(")）").removeprefix("相比")
            if bracketed:
                gap = gap.lstrip("，, ")
                if "月" in norm[max(s.start, base.clean_start - 8):base.clean_start] and "环比" not in gap and \
                        "上年" not in norm[max(s.start, base.clean_start - 8):base.clean_start]:
                    continue  # (（6月为…）: the month before is the base of a change month on month only)
            verb = _CHANGE_GAP.match(gap)
            named = None if bracketed else _BASE_BEFORE.search(norm, max(s.start, base.clean_start - 12),
                                                               base.clean_start)
            if not bracketed and named is None and k >= 2 and _BASE_CLAUSE.fullmatch(s.local_prefix(base)) and \
                    (stated := _GAP_AFTER_BASE.fullmatch(gap)) is not None and s.roles[k - 2] == PLAIN and \
                    qs[k - 2].unit == base.unit and qs[k - 2].factor == base.factor and \
                    s.clause_index(qs[k - 2].clean_start) + 1 == s.clause_index(base.clean_start):
                # 地方级收入148.88亿元，上年同口径为140.60亿元，按同口径计算增长5.9%: the base in a clause of its own
                out.append(ChangeRelation(base, qs[k - 2], delta, any(stated.group(1).startswith(w) for w in _DOWN),
                                          delta.unit == "百分点" and base.unit == "%", "change-base"))
                continue
            if verb is None or not (bracketed or named):
                continue
            value = _value_before(s, k - 1, base, delta)
            year = _YEAR_NAMED.search(named.group()) if named and value is not None else None
            if year and (own := _YEAR_NAMED.search(norm, s.start, value.clean_start)) and \
                    int(own.group()) <= int(year.group()):
                continue  # (2022年…，较2021年的…: the base is an earlier year's)
        if value is None or verb is None:
            continue
        points = delta.unit == "百分点"
        if points and base.unit != "%":
            continue
        down = any(verb.group(1).startswith(w) for w in _DOWN)
        out.append(ChangeRelation(base, value, delta, down, points, "change-base"))
    return out


#: last year's value in a clause of its own after this year's (，上年同口径为140.60亿元), and the words before its
#: change (，按同口径计算增长5.9%)
_BASE_CLAUSE = LazyRegex(LAST_YEAR_CLAUSE)
_GAP_AFTER_BASE = LazyRegex(r"[，,]\s*(?:按同口径(?:计算)?[，,]?|同口径|同比|比上年|较上年|全年|年内)?"
                            r"(?:大幅|小幅|稳步|明显|有所)?("
                            + _CHANGE_VERB + r"|增幅|降幅|增速)(?:了|为|达)?")


def _value_before(s: _Sentence, k: int, base: Quantity, delta: Quantity) -> Quantity | None:
    """The value a change from *base* leads to: the nearest quantity before index *k*, in the clause
    before the change *delta* or its own, of *base*'s unit (a plain quantity or an average: not itself a
    change). Brackets do not end clauses here: 覆盖率达到30%，较上年（25%）提高5个百分点."""
    for j in range(k - 1, -1, -1):
        q = s.qs[j]
        if len(_CLAUSE_ENDS.findall(s.norm, q.clean_end, delta.clean_start)) > 1:
            break
        if q.unit == base.unit and (q.unit or q.factor == base.factor):
            # (a per-capita value changes from last year's per-capita value: 人均可支配收入46459元，同比增长7.2%
            # （上年同期为43339元）)
            # (a growth rate's own change in points: 增速为8.2%，较一季度的12.0%回落3.8个百分点)
            return q if s.roles[j] in (PLAIN, AVERAGE) or (delta.unit == "百分点" and q.unit == "%") else None
    return None
