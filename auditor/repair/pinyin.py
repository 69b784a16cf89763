"""Pinyin annotations glued to the characters they annotate: ``發(fā)展`` for ``發展``.

Some scrapers keep the ruby text of a page (or a "show pinyin" widget) and write it in ASCII
parentheses right after each annotated character. The annotation is never part of the sentence;
removing it is always right when it is a real pinyin syllable glued to a Han character.

>>> [(m.start, m.end, m.fix) for m in find_annotations("區(qū)委領(lǐng)導(dǎo)")]
[(0, 5, '區'), (6, 19, '領導')]
>>> strip_annotations("發(fā)展")
'發展'

A lesson that writes pinyin apart from the character (``发 (fā)``, ``fā``) is not an artefact, and
neither is a reading given to a few quoted characters in a lesson (``“重(zhòng)要”和“重(chóng)复”``):
:func:`teaching` and :func:`systematic` weigh the evidence of the whole document.
"""

from __future__ import annotations

from collections import namedtuple as NamedTuple
from collections.abc import Callable, Iterable, Iterator

from auditor.lazyregex import LazyRegex
from auditor.repair import TONED

_LETTERS = "a-zü" + TONED
#: one annotation: a Han character, then a parenthesised pinyin-looking word (the parenthesis first and the
#: Han character looked behind from there: a search for the literal, not a look-behind at every position) …
ANNOTATION = LazyRegex(rf"\((?<=\p{{Han}}\()([{_LETTERS}]{{1,7}})[)）]")
#: … or in a full-width bracket (实（shí）现; a pattern of its own: each starts with its literal)
FULL_WIDTH_ANNOTATION = LazyRegex(rf"（(?<=\p{{Han}}（)([{_LETTERS}]{{1,7}})[)）]")
#: the same parenthesised word wherever it stands (after a repaired character, for instance)
PARENTHESISED = LazyRegex(rf"\(([{_LETTERS}]{{1,7}})\)")
_TONE = LazyRegex(f"[{TONED}]")
#: a lowercase word of pinyin letters standing on its own, not in parentheses (``不读biàn``, ``fā zhǎn``)
_FREE_WORD = LazyRegex(rf"[{_LETTERS}](?<![\p{{Latin}}(（][{_LETTERS}])[{_LETTERS}]{{0,6}}(?![\p{{Latin}})）])")
# initial + final, tones on the vowels; also the syllables m, n, ng, hm, hng (ḿ, ň, ǹg …)
_SYLLABLE = LazyRegex(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?"
    r"|h?[mnḿńňǹ]g?"
)


class Annotated(NamedTuple("Annotated", "start end fix count")):
    """A run ``[start, end)`` of consecutive annotated characters, the text without annotations (*fix*)
    and how many characters were annotated (*count*)."""

    __slots__ = ()


#: word -> (a pinyin syllable, with a tone mark): syllables repeat all over a document (bounded: cleared when full)
_WORDS: dict[str, tuple[bool, bool]] = {}
_WORDS_MAX = 20_000


def _word(word: str) -> tuple[bool, bool]:
    found = _WORDS.get(word)
    if found is None:
        if len(_WORDS) >= _WORDS_MAX:
            _WORDS.clear()
        found = _WORDS[word] = (bool(_SYLLABLE.fullmatch(word)), bool(_TONE.search(word)))
    return found


#: a toned syllable glued between two characters, with no brackets (累計jì接种: ruby whose <rp> was not kept)
GLUED = LazyRegex(rf"(?<=\p{{Han}})[{_LETTERS}]{{1,6}}(?=\p{{Han}})")


def glued_annotations(text: str) -> list[Annotated]:
    """The toned syllables glued right after the characters they read, between two characters
    (``累計jì接种``), one :class:`Annotated` per syllable.

    >>> [(a.start, a.end, a.fix) for a in glued_annotations("全年累計jì接种疫苗")]
    [(3, 6, '計')]
    """
    out = []
    for m in GLUED.finditer(text):
        if is_syllable(m.group()):
            out.append(Annotated(m.start() - 1, m.end(), text[m.start() - 1], 1))
    return out


def is_syllable(word: str, allow_toneless: bool = False) -> bool:
    """True for a pinyin syllable (``fā``, ``zhǎn``; ``de`` only when *allow_toneless*)."""
    syllable, toned = _word(word)
    return syllable and (allow_toneless or toned)


def annotations(text: str) -> list[tuple[int, int, str]]:
    """Every :data:`ANNOTATION` of *text*: ``(start of the parenthesis, end, word)``, in order."""
    found = [(m.start(), m.end(), m.group(1)) for m in ANNOTATION.finditer(text)] if "(" in text else []
    if "（" in text and _FULL_WIDTH_OPEN.search(text) is not None:
        found.extend((m.start(), m.end(), m.group(1)) for m in FULL_WIDTH_ANNOTATION.finditer(text))
        found.sort()
    return found


#: a full-width bracket that opens a pinyin-looking word (Chinese text is full of （, seldom before a letter)
_FULL_WIDTH_OPEN = LazyRegex(f"（[{_LETTERS}]")


def may_hold_annotations(text: str) -> bool:
    """Whether *text* may hold an annotation: an ASCII parenthesis, or a full-width one before a lowercase
    letter (one literal scan; the annotation pattern then searches the text).

    >>> may_hold_annotations("发展（改革）"), may_hold_annotations("实（shí）现"), may_hold_annotations("發(fā)")
    (False, True, True)
    """
    return "(" in text or ("（" in text and _FULL_WIDTH_OPEN.search(text) is not None)


def count_toned(text: str, found: list[tuple[int, int, str]] | None = None) -> int:
    """How many annotations of *text* carry a tone mark (evidence that the document has the artefact);
    *found*: :func:`annotations` of *text*, when the caller has them."""
    if found is None:
        found = annotations(text)
    count = 0
    for _, _, word in found:
        syllable, toned = _word(word)
        count += syllable and toned
    return count


def find_annotations(text: str, allow_toneless: bool = False,
                     found: list[tuple[int, int, str]] | None = None) -> list[Annotated]:
    """Runs of consecutive annotated characters, one per run (``領(lǐng)導(dǎo)`` is one run).

    Toneless annotations (``們(men)``) count only with *allow_toneless*, which callers set when the
    document has toned annotations too: on its own, ``(de)`` after a character may be anything.
    *found*: :func:`annotations` of *text*, when the caller has them.
    """
    if found is None:
        found = annotations(text)
    runs: list[Annotated] = []
    words = _WORDS
    run_start = run_end = -1
    chars = ""
    for open_at, end, word in found:
        judged = words.get(word)
        syllable, toned = judged if judged is not None else _word(word)
        if not syllable or not (toned or allow_toneless):
            continue
        start = open_at - 1
        if run_end == start:  # the run goes on
            chars += text[start]
        else:
            if run_end >= 0:
                runs.append(Annotated(run_start, run_end, chars, len(chars)))
            run_start, chars = start, text[start]
        run_end = end
    if run_end >= 0:
        runs.append(Annotated(run_start, run_end, chars, len(chars)))
    return runs


def strip_annotations(text: str, allow_toneless: bool = False) -> str:
    """*text* without the pinyin annotations that :func:`find_annotations` finds."""
    pieces = []
    last = 0
    for run in find_annotations(text, allow_toneless):
        pieces.append(text[last:run.start])
        pieces.append(run.fix)
        last = run.end
    pieces.append(text[last:])
    return "".join(pieces)


#: words that say a text is about pronunciation (a lesson, a dictionary note), not a scraped page
TEACHING_WORDS = ("读音", "讀音", "多音字", "拼音", "注音", "读作", "讀作", "读成", "讀成", "念作", "唸作",
                  "发音", "發音", "声调", "聲調", "音节", "音節", "鼻音", "声母", "聲母", "韵母",
                  "韻母", "翘舌", "翹舌", "平舌", "生字", "识字", "識字", "认读", "認讀", "组词", "組詞", "生词",
                  "生詞", "变调", "變調", "变读", "變讀", "轻声", "輕聲", "第一声", "第二声", "第三声", "第四声")


def _annotated(text: str, runs: Iterable[Annotated]) -> Iterator[tuple[str, str]]:
    """Each annotated character of *runs* and its reading."""
    for run in runs:
        # a run is annotated characters back to back, each "X(word)" (the words hold no parenthesis)
        i, end = run.start, run.end
        while i < end:
            close = min(k for k in (text.find(")", i + 2, end), text.find("）", i + 2, end)) if k != -1)
            yield text[i], text[i + 2:close]
            i = close + 1


def teaching(text: str, runs: Iterable[Annotated], words: Iterable[str] = TEACHING_WORDS) -> bool:
    """Whether *text* reads like a lesson on pronunciation: it uses one of *words* (读音, 多音字, 拼音 …),
    writes a toned syllable on its own (``“便”不读biàn``), or gives one character two different readings
    (``重(zhòng)要`` and ``重(chóng)复``).

    >>> text = "“重(zhòng)要”和“重(chóng)复”"
    >>> teaching(text, find_annotations(text)), teaching("發(fā)展", find_annotations("發(fā)展"))
    (True, False)
    >>> teaching("“便(pián)宜”的“便”不读biàn", find_annotations("“便(pián)宜”"))
    True
    """
    if any(w in text for w in words):
        return True
    if any(_TONE.search(m.group()) and is_syllable(m.group()) for m in _FREE_WORD.finditer(text)):
        return True
    readings: dict[str, str] = {}
    return any(readings.setdefault(ch, reading) != reading for ch, reading in _annotated(text, runs))


#: common characters with more than one reading (多音字): the ones a lesson or a gloss annotates; an annotation on
#: any other common character (实(shí)现, 会议的议(yì)) is no gloss but a converter's artefact
POLYPHONES = frozenset(
    "行长重还为会乐都得地的着了看发好数种中调传少只便朝当差分处藏曾称冲大弹倒度恶干更供冠观过和横哄华划几给假间将降"
    "教结解禁卷空累量露落率没蒙磨难宁片漂朴强切曲圈散丧色扇省盛识似说宿帖吐相校兴血要应与扎折正挣症转作参查场车乘"
    "澄畜创答打担导斗读缝服复估骨广号喝荷红混济系夹价见角脚尽劲句壳拉喇凉淋溜六绿抹蔓闷模弄排炮泡屏迫铺奇其悄翘"
    "亲任塞扫杉厦上舍什石属踏提挑通同委鲜削旋压咽叶遗佣晕载脏炸粘占涨轴赚撞钻尾熟沈稍殖匙泊薄辟卜颤单囤坊否合吓"
    "浅雀趟哇咳侥剿奔背臂秘辟扁别泌柏膀傍蚌堡暴曝刨剥伯仇丑畜攒撮逮待叨提得钉都囤垛恶坊否佛脯杆岗港搁鸽革蛤"
    "给颈扛看磕坑吭空拉落擂勒棱俩量撩燎了淋笼搂露捋抡论络埋脉蔓氓眯泌秘模摩难囊宁拧泞女疟娜喷片朴曝栖蹊戚"
    "纤强抢翘悄峭亲曲趣圈雀嚷任散丧色煞杉厦扇少舍涉什识似嗣宿遂踏苔汤烫趟体调帖通同瓦鲜巷相校挟邪兴削"
    "血殷哑轧咽殷饮应晕熨载扎轧择债粘涨着折症只中种重轴属转幢赚着钻作")


#: the cost in the plausibility table of the commonest characters (some 1,500 of them)
COMMON_COST = 13.0


def common_unglossed(ch: str, unigram: dict[str, float], cost: float = COMMON_COST) -> bool:
    """Whether *ch* is a common character (its cost in the plausibility table at most *cost*: some 1,500
    characters) with one reading only: nobody glosses it, so an annotation after it is an artefact.

    >>> common_unglossed("现", {"现": 9.0}), common_unglossed("重", {"重": 9.25}), common_unglossed("浐", {"浐": 18.75})
    (True, False, False)
    """
    return ch not in POLYPHONES and unigram.get(ch, 99.0) <= cost


def systematic(text: str, runs: Iterable[Annotated], is_traditional: Callable[[str], bool],
               minimum: int = 8, share: float = 0.5) -> bool:
    """Whether the annotations of *text* are the artefact of a scraper that kept a page's ruby: at least
    *minimum* annotated characters, at least *share* of them traditional characters whose simplified
    form differs (發, 區, 導; not 重, 要), which is what such pages annotate.

    >>> text = "區(qū)委領(lǐng)導(dǎo)" * 3
    >>> systematic(text, find_annotations(text), lambda ch: ch in "區領導")
    True
    >>> systematic("重(zhòng)要", find_annotations("重(zhòng)要"), lambda ch: False)
    False
    """
    # the annotated characters of a run are its fix, one per annotation (see find_annotations)
    chars = "".join(run.fix for run in runs)
    annotated = len(chars)
    traditional = sum(map(is_traditional, chars))
    return annotated >= minimum and traditional >= share * annotated
