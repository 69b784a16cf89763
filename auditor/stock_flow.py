"""Stock and flow: what stood at the start of a period, what came and left, and what stands at its end (TO003).

``低保对象：年初6334户，本年新增纳入575户、退出保障505户，年末6404户``: the end is the start plus what came,
minus what left. Read within one sentence (up to 。！？ or a line break), or with the sentence before or
after it on the same line when the one holding the start or the end holds no more than that
(``截至年底，信访积案2,259件。年内新增231件，化解417件，年初为2,445件。``), or with the two after it when the flows
stand in a sentence of their own between the start's and the end's.

Every quantity of the start's unit in that stretch must say what it is, by the words between it and
the quantity before it, and say only one thing:

* the **start** — 年初, 期初, 月初, 上年末, 上年底, 去年底, 上年结转 (``年初在册3409户``);
* the **end** — 年末, 期末, 年底, 月末 (``年末在册3463户``, ``截至2024年底…``);
* what **came** — 新增, 新识别, 纳入, 新注册, 新登记, 入库, 迁入, 出生, 转入, 受理, (money) 到位, 归集 …;
* what **left** — 退出, 减少, 注销, 化解, 办结, 出库, 迁出, 死亡, 消除, 销号, 转出, (money) 拨付, 提取 ….

One start, one end and at least one flow, no other quantity of that unit, none of them approximate.
``年末人口85.2万人，比年初增加0.3万人`` (the start word with a change word) says two things and is not read;
nor is a population (``年末户籍人口…；全年出生…，死亡…``: births and deaths leave out who moved).

>>> from auditor.document import Document
>>> [r.arithmetic() for r in document_stock_flows(Document("a", "年初443人，本年新增119人、退出69人，年末393人。"))]
['443 + 119 − 69 = 493']
"""

from __future__ import annotations

from auditor.lazyregex import LazyRegex
from auditor.line_lists import _KEY_VALUE, _line_end, row_quantities
from auditor.quantities import _SCOPE_END, Quantity, _SentenceIndex, document_quantities, parse_range, sentence_start
from auditor.record import Record
from auditor.scan import contains, find_all

START, END, CAME, LEFT = "start", "end", "came", "left"

#: the words of a start and of an end (shared with :mod:`auditor.relations`, which leaves such a sum to this module)
START_WORDS = ("年初", "期初", "月初", "上年末", "上年底", "去年底", "去年末", "上月末", "上月底", "上年结转",
               # (an audit's ledger of problems: 上年遗留未整改问题190个，本年新查出1016个，已整改569个，尚未整改637个)
               "上年遗留",
               # (a court's cases carried over: 上年旧存案件3742件)
               "旧存",
               # (a month's cases carried over: 上月结转在办工单14496件)
               "上月结转")
END_WORDS = ("年末", "期末", "年底", "月末", "月底", "结存", "尚未整改",
             # (the cases still open at the end, after those carried over, received and closed: 未办结580件)
             "未办结",
             # (hazards still being put right at the end: 尚余正在整改的隐患15511处)
             "尚余")
_START = LazyRegex("|".join(START_WORDS))
#: (a fund's balance carried forward at the end, 结转1988.40万元, unless carried from last year, 上年结转, a start;
#: 结转下年 of a court's cases is read with its 受理 and 新收, which overlap: left to the sentence grammar)
_END = LazyRegex("|".join(END_WORDS) + "|(?<!上年)(?<!以前年度)(?<!历年)结转(?![下至到]年)")
#: the words of what came and what left (shared with the net changes of :mod:`auditor.relations`)
CAME_WORDS = ("新增", "新识别", "新纳入", "纳入", "新注册", "新登记", "新设立", "新开办", "新参保", "入库", "迁入",
              "流入", "新认定", "转入", "新发展", "新吸收", "新收", "收案", "受理", "新建档", "新入", "增加", "新批",
              "招录", "入职", "录用", "调入", "新发证", "新核发", "新颁发", "新办证",
              # (those released into a community's care, or placed under correction: 新衔接, 新接收)
              "衔接", "接收",
              # (money into an account or a fund: 本年到位, 全年归集)
              "到位", "归集", "拨入", "划入",
              # (stored grain rotated in and out: 轮入, 轮出; goods bought into a store: 购入)
              "轮入", "购入",
              # (gas injected into storage; firms newly set up; those newly placed under correction)
              "注入", "新设", "入矫", "新查出",
              # (vehicles bought into a fleet: 新购置36辆; members admitted to a party: 全年发展党员33名)
              "购置", "发展党员",
              # (students enrolled: 新招收874人, 招生; money allotted to a fund this year: 本年下达)
              "招收", "招生", "下达",
              # (money paid into a housing fund: 本年缴存; not 缴存余额, the fund's balance)
              "本年缴存", "全年缴存", "当年缴存",
              # (places built: 全年新建; staff hired: 新招聘291名; hazards found: 本年新排查6354处)
              "新建", "新招聘", "新排查",
              # (projects started in a stock of projects under way: 年初在建…，年内新开工47个、竣工验收4个)
              "新开工")
LEFT_WORDS = ("退出", "减少", "注销", "吊销", "停保", "化解", "办结", "迁出", "流出", "消除", "销号", "清退", "取消",
              "出库", "转出", "结案", "审结", "减员", "出列", "核销", "剔除", "移出", "退保", "脱贫", "销户", "撤销",
              "终止", "退规", "退库", "执结", "离职", "退休", "关停", "调出", "解除",
              # (money out of an account or a fund: 本年拨付, 提取)
              "拨付", "提取", "划出",
              "轮出", "销售出库",
              # (coal burnt, gas drawn out of storage, a correction ended)
              "消耗", "耗用", "采出", "解矫",
              # (a tax credit carried forward and refunded: 办理留抵退税)
              "退税", "已整改",
              # (vehicles scrapped out of a fleet: 报废更新57辆)
              "报废",
              # (outlets merged away: 撤并1478处; members who died: 去世12名)
              "撤并", "去世",
              # (places pulled down: 拆除)
              "拆除",
              # (sirens struck off a register: 核减; households out of hardship, off the file: 解困脱档; bad loans
              # disposed of: 处置不良)
              "核减", "脱档", "处置",
              # (students who graduated and left: 毕业离校; children who left a kindergarten: 离园; groundwater drawn
              # beyond the limit cut back: 压减; a fund's spending of the year: 本年支出)
              "毕业", "离校", "离园", "压减", "本年支出", "全年支出", "当年支出",
              # (base stations taken off the network: 退网1409个; staff who left their posts: 离岗265名; hazards put
              # right: 完成整改3224处)
              "退网", "离岗", "完成整改",
              # (projects finished, out of those under way; firms merged into others, out of a register)
              "竣工", "吸收合并")
_CAME = LazyRegex("|".join(CAME_WORDS))
#: any of :data:`LEFT_WORDS` (shared with :mod:`auditor.relations`)
LEFT_WORD = LazyRegex("|".join(LEFT_WORDS))

#: words that make a figure a change against the start (比上年末净增343人), or a population, whose births and
#: deaths leave out who moved (年末户籍人口…；全年出生…，死亡…)
_NOT_A_FLOW = LazyRegex(r"比|较|净|出生|人口|自然增长|同比|环比")
#: … in a stretch that names births, deaths and who moved in and out: a population's flows, all of them
_NOT_A_FLOW_OF_PEOPLE = LazyRegex(r"比|较|净|自然增长|同比|环比")
#: what left a stock that is not people (死亡326头 of a herd: a population's deaths are under 人口, not read)
_LEFT_HERE = LazyRegex(r"死亡|出栏|偿还|淘汰|出售")
#: 到位 of a problem put right (已整改到位), not money come in (资金到位)
_SETTLED = LazyRegex(r"(?:整改|落实|处置|解决)到位")
#: what is not yet settled, the stock at the end (年末未结案件, 尚未办结): no leaving, though 结案 is a word of it
_OPEN_YET = LazyRegex(r"未结|未办结|未审结")
#: a coming that did not happen again, so the figure left (到期未重新认定135家, 未通过复审, 未再纳入)
_LAPSED = LazyRegex(r"未(?:能)?(?:重新|再|继续)?(?:认定|纳入|通过|续)")
#: what makes a stretch's figure approximate, or a plan rather than a count (余 of 60余, not of 余额)
_NOT_A_COUNT = LazyRegex(r"约|近|超过|逾|(?<![结节盈])余(?!额)|多|以上|左右|计划|目标|力争|预计")
#: the characters the start words hold, one of which every stretch must hold (a cheap first look)
_CUE_CHARS = ("初", "末", "底")
_DIGIT = LazyRegex(r"[0-9]")


class StockFlow(Record):
    """A start, what came, what left and an end, of one unit. *carried*: the end is a balance carried over
    (年末结余) with no start stated: whatever was brought in (none or more) stands in the start's place, so the end
    may exceed what came less what left, never fall short of it."""

    _fields = ("start", "came", "left", "end", "carried")
    _defaults = (("carried", False),)

    def arithmetic(self) -> str:
        from auditor.kinds.numeric import display, fmt

        factor, _unit = display(quantities_of(self))
        terms = [fmt(q.value / factor, 4) for q in ([self.start] if self.start is not None else []) + self.came]
        shown = " + ".join(terms)
        for q in self.left:
            shown += f" − {fmt(q.value / factor, 4)}"
        return f"{shown} = {fmt(self.expected() / factor, 4)}"

    def expected(self):
        start = self.start.value if self.start is not None else 0
        return start + sum(q.value for q in self.came) - sum(q.value for q in self.left)


def document_stock_flows(doc) -> list[StockFlow]:
    """The stock-and-flow statements of *doc*, found once per document."""
    cached = doc.cache.get("stock_flows")
    if cached is not None:
        return cached
    out: list[StockFlow] = []
    if _start_words(doc.text):
        view, norm, _quantities = document_quantities(doc)
        out = list(_stock_flows(view, norm, _start_words(norm)))
    if (contains(doc.text, "支出") and contains(doc.text, "收入")) or (
            (contains(doc.text, "结余") or contains(doc.text, "结存")) and
            any(contains(doc.text, w) for w in _INCOME_WORDS) and
            any(contains(doc.text, w) for w in _SPENDING_WORDS)):
        view, norm, _quantities = document_quantities(doc)
        taken = {q.clean_start for flow in out for q in quantities_of(flow)}  # (each reading parses its own)
        out.extend(b for b in _balances(view, norm) if not any(q.clean_start in taken for q in quantities_of(b)))
    if contains(doc.text, "预算") and any(contains(doc.text, w) for w in _BUDGET_REST_WORDS):
        view, norm, _quantities = document_quantities(doc)
        taken = {id(q) for flow in out for q in quantities_of(flow)}
        out.extend(b for b in _budgets(view, norm) if not any(id(q) in taken for q in quantities_of(b)))
    doc.cache["stock_flows"] = out
    return out


#: the most lines of fields read as one statement
MAX_FIELD_LINES = 6
#: … a line of such a list with its label and amount apart by spaces or nothing, a note in brackets after it (上年结转
#: 477.84万元, 年末结余 484.05万元（上年结转+本年收入-本年支出）)
_SPACED_FIELD = LazyRegex(r"[ \t\u3000]*(?:[-*·•][ \t\u3000]*)?[^\s：:0-9（(，。,；;]{2,12}?[ \t\u3000]*"
                          r"[0-9][0-9,]*(?:\.[0-9]+)?"
                          r"[^\s0-9：:，。,；;（(]{0,5}(?:[（(][^）)\n0-9]{0,30}[）)])?[ \t\u3000。；;\r]*$")


def _field_line(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` is a line of a list of fields (:data:`~auditor.line_lists._KEY_VALUE`, or
    :data:`_SPACED_FIELD`)."""
    return _KEY_VALUE.match(norm, start, end) is not None or _SPACED_FIELD.match(norm, start, end) is not None


def _sentence_bounds(norm: str, at: int) -> tuple[int, int]:
    """The sentence holding *at*, looked for 300 characters back and to its end (one search: a mark that the text
    never holds would send a search per mark to the end of the text, from every sentence)."""
    lo = sentence_start(norm, max(0, at - 300), at)
    m = _SCOPE_END.search(norm, at)
    hi = m.start() if m is not None else len(norm)
    # (lines that go on after a ；: 年初249处；⏎本年新增30处，核销33处；⏎年末426处。 one statement, a few lines)
    for _ in range(MAX_FIELD_LINES):
        if norm[hi - 1:hi + 1] not in ("；\n", ";\n"):
            break
        m = _SCOPE_END.search(norm, hi + 1)
        hi = m.start() if m is not None else len(norm)
    for _ in range(MAX_FIELD_LINES):
        if lo < 2 or norm[lo - 2:lo] not in ("；\n", ";\n"):
            break
        lo = sentence_start(norm, max(0, lo - 2 - 300), lo - 2)
    # a list of fields one a line (上年结余:3101.09万元⏎本年收入:5747.19万元⏎…⏎年末结余:1933.86万元): one statement
    if norm[lo - 1:lo] == "\n" or norm[hi:hi + 1] == "\n":
        line_start = norm.rfind("\n", 0, at) + 1
        if _field_line(norm, line_start, _line_end(norm, line_start)):
            own = lo, hi  # (the lines that go on after a ； stay one statement: the fields widen it only)
            lo, hi = line_start, _line_end(norm, line_start)
            for _ in range(MAX_FIELD_LINES):
                before = norm.rfind("\n", 0, lo - 1) + 1
                if lo == 0 or not _field_line(norm, before, lo - 1):
                    break
                lo = before
            for _ in range(MAX_FIELD_LINES):
                if hi >= len(norm) or not _field_line(norm, hi + 1, _line_end(norm, hi + 1)):
                    break
                hi = _line_end(norm, hi + 1)
            lo, hi = min(lo, own[0]), max(hi, own[1])
    return lo, hi


def _start_words(text: str) -> list[int]:
    """Where the start words of :data:`_START` stand in *text*, found from their last characters (初, 末, 底: one
    search each; a pattern of alternatives scans the text several times slower).

    >>> t = "年初12户，上年末9户，月底3户，初步"
    >>> [t[i:i + 3] for i in _start_words(t)]
    ['年初1', '上年末']
    """
    out = []
    for ch in _CUE_CHARS:
        for i in find_all(text, ch):
            if ch == "初":
                if i and text[i - 1] in "年期月":
                    out.append(i - 1)
            elif i >= 2 and text[i - 2:i] in ("上年", "去年", "上月"):
                out.append(i - 2)
    # (a fund's balance brought forward: 专户资金上年结转632.51万元; problems an audit found before and left: 上年遗留
    # 未整改问题190个; a court's cases carried over: 上年旧存案件3742件; a month's, 上月结转): one search for each
    for word in ("上年结转", "上年遗留", "上月结转"):
        out.extend(find_all(text, word))
    out.extend(at - 2 if text.startswith("上年", at - 2) else at for at in find_all(text, "旧存"))
    out.sort()
    return out


def _stock_flows(view, norm: str, starts: list[int]):
    done = -1
    for at in starts:
        if at < done:
            continue
        lo, hi = _sentence_bounds(norm, at)
        done = hi
        if _DIGIT.search(norm, lo, hi) is None:  # a table's header: 单位 年初数 新增 退出 年末数
            rows = _table(view, norm, lo, hi)
            if rows:
                yield from rows
                done = rows[-1].end.clean_end
            continue
        found = _read(view, norm, lo, hi)
        if found is None:  # the end (or the flows) in the sentence before or after, on the same line
            stretches = []
            if lo > 0 and norm[lo - 1] not in "\n":
                stretches.append((_sentence_bounds(norm, lo - 1)[0], hi))
            if hi < len(norm) and norm[hi] != "\n":
                after = _sentence_bounds(norm, hi + 1)[1]
                stretches.append((lo, after))
                if after < len(norm) and norm[after] != "\n":
                    # 年初户籍人口…人。全年出生…，死亡…；迁入…，迁出…。年末户籍人口…人。: the flows in a sentence
                    # of their own between the start's and the end's
                    stretches.append((lo, _sentence_bounds(norm, after + 1)[1]))
            for a, b in stretches:
                found = _read(view, norm, a, b)
                if found is not None:
                    done = max(done, b)
                    break
        if found is not None:
            yield found


_CELL_SPLIT = LazyRegex(r"[ \t\u3000|｜]+")


def _table(view, norm: str, lo: int, hi: int) -> list[StockFlow]:
    """The rows under a header line ``norm[lo:hi]`` whose columns name a start, flows and an end (``单位  年初数
    新识别  风险消除  年末数``): each row, a name and one number a column, is a stock and flow of its own."""
    cells = [c for c in _CELL_SPLIT.split(norm[lo:hi].strip(" \t\u3000|｜")) if c]
    kinds = [_kind(c) for c in cells]
    columns = [k for k in kinds if k is not None]
    if columns.count(START) != 1 or columns.count(END) != 1 or len(columns) < 3 or \
            any(k is None for k in kinds[len(kinds) - len(columns):]):
        return []  # (the named columns must be the last ones: a name column may come first)
    out = []
    at = hi + 1
    index = _SentenceIndex(norm)
    while at < len(norm):
        end = norm.find("\n", at)
        end = len(norm) if end == -1 else end
        qs = row_quantities(view, norm, index, at, end) or []
        if len(qs) != len(columns) or any(q.qualifier or q.unit == "%" for q in qs):
            break
        by_kind = dict.fromkeys((START, END, CAME, LEFT))
        came, left = [], []
        for q, k in zip(qs, columns, strict=True):
            if k == CAME:
                came.append(q)
            elif k == LEFT:
                left.append(q)
            else:
                by_kind[k] = q
        out.append(StockFlow(by_kind[START], came, left, by_kind[END]))
        at = end + 1
    return out


def _kind(label: str, population: bool = False) -> str | None:
    """What the words before a quantity say it is (``None``: nothing, or more than one thing); with *population*, a
    population's births and people are flows and a stock like any (the stretch names who moved too)."""
    if (_NOT_A_FLOW_OF_PEOPLE if population else _NOT_A_FLOW).search(label):
        return None
    kinds = []
    if _START.search(label):
        kinds.append(START)
    elif _END.search(label):
        kinds.append(END)
    negated = "未" in label
    lapsed = negated and _LAPSED.search(label) is not None  # (到期未重新认定: those that left, though 认定 comes)
    if (_CAME.search(_SETTLED.sub("", label) if "到位" in label else label) and not lapsed) or \
            (population and "出生" in label):
        kinds.append(CAME)  # (a population's births come as those who moved in do)
    if (LEFT_WORD.search(label) and not (negated and _OPEN_YET.search(label))) or _LEFT_HERE.search(label) or lapsed:
        kinds.append(LEFT)  # (年末未结案件: those still open, the end, not those 结案)
    return kinds[0] if len(kinds) == 1 else None


def _read(view, norm: str, lo: int, hi: int) -> StockFlow | None:
    """The stock and flow of ``norm[lo:hi]``, or None when it does not hold exactly one, plainly."""
    if _END.search(norm, lo, hi) is None or (_CAME.search(norm, lo, hi) is None and
                                             LEFT_WORD.search(norm, lo, hi) is None):
        return None  # (an end word and a flow word, or nothing to read: most sentences with 年初)
    words = norm[lo:hi]
    population = all(w in words for w in ("出生", "死亡", "迁入", "迁出"))
    if "死亡" in words and ("人" in words or "户" in words) and not population:
        return None  # (a population's deaths leave out who moved, unless it names them: 出生和迁入…，死亡和迁出…)
    qs = [q for q in parse_range(view, norm, lo, hi) if q.clean_start >= lo]
    if len(qs) < 3:
        return None
    kinds: list[str | None] = []
    previous_end = lo
    for i, q in enumerate(qs):
        label = norm[previous_end:q.clean_start]
        if not i:  # (缴存余额变动情况：年初…: what the statement is about, before its colon, names no figure)
            label = label[max(label.rfind("："), label.rfind(":")) + 1:]
        kind = _kind(label, population)
        if kind is None and i and not label.strip() and qs[i - 1].unit != q.unit:
            kind = kinds[-1]  # 年初3409户8900人: the second figure of the same thing in another unit
        kinds.append(kind)
        previous_end = q.clean_end
    starts = [q for q, k in zip(qs, kinds, strict=True) if k == START]
    for start in starts:
        unit = start.unit
        if not unit or unit == "%":
            continue
        mine = [(q, k) for q, k in zip(qs, kinds, strict=True) if q.unit == unit]
        if any(k is None for _q, k in mine):
            continue
        ends = [q for q, k in mine if k == END]
        came = [q for q, k in mine if k == CAME]
        left = [q for q, k in mine if k == LEFT]
        if len(ends) != 1 or sum(k == START for _q, k in mine) != 1 or not (came or left):
            continue
        if any(q.qualifier or _NOT_A_COUNT.search(norm, max(lo, q.clean_start - 4), q.clean_start)
               for q, _k in mine):
            continue
        if _INCLUDES_MORE.match(norm, ends[0].clean_end) is not None:
            continue  # (年末库存32.89万吨（含跨年度调整）: the end holds more than the flow moved)
        return StockFlow(start, came, left, ends[0])
    return None


def flow_interval(flow: StockFlow, widen) -> tuple | None:
    """The interval of start + came − left from each quantity's own (*widen*), or None when one is open."""
    lo, hi = widen(flow.start) if flow.start is not None else (0, 0)
    if hi is None:
        return None
    for q in flow.came:
        a, b = widen(q)
        if b is None:
            return None
        lo, hi = lo + a, hi + b
    for q in flow.left:
        a, b = widen(q)
        if b is None:
            return None
        lo, hi = lo - b, hi - a
    return lo, hi


def quantities_of(flow: StockFlow) -> list[Quantity]:
    return ([flow.start] if flow.start is not None else []) + [*flow.came, *flow.left, flow.end]


# ---------------------------------------------------------------------------------------------- balances

#: the words of money at a period's start, and of what is left at its end (a balance carried over) …
_OPENING = LazyRegex(r"上年结转|年初结转|上年结余|年初结余|期初余额|年初余额|上年末余额|年初结存|上年末结存|上年末结余"
                     r"|上年末[^，,。；;0-9]{1,6}?累计结存")  # (上年末基金累计结存: the fund named between)
_CLOSING = LazyRegex(r"年末结转|年末结余|期末余额|年末余额|年末结存|期末结存|期末结余|年末滚存"
                     r"|年末(?<!上年末)[^，,。；;0-9]{1,6}?累计结存")
#: … of the year's own surplus (收入 − 支出, no balance brought in)
_SURPLUS = LazyRegex(r"收支结余|当年结余|本年结余|当期结余|(?<!累计)结余$")
#: … of the period's own surplus named as such (当期结余, 本年结余: not a balance carried)
_PERIOD_SURPLUS = LazyRegex(r"(?:当期|本期|当年|本年|收支)结余[为是达：: ]*$")
#: … of a balance that holds what was brought in (年末结余, 滚存结余): with no start stated, not less than the
#: income less the spending (年末结转和结余, 结转 to next year's budget, is not read; nor 累计结余, the balance of all
#: years, which earlier years' deficits may have made smaller)
_CARRIED = LazyRegex(r"(?:年末|期末|年底|滚存)结余[为是达：: ]*$")
#: the words of money coming in and going out (收取, 使用: a fund's or an account's) besides 收入 and 支出
#: the words of money come in and gone out (本年到位2863万元; 退还诉讼费: fees paid back)
#: (a fund's money allotted for the year, dues collected; dues passed up, money spent on something: 本年安排,
#: 收缴; 上缴, 用于)
_INCOME_WORDS = ("收入", "收取", "筹集", "募集", "到位", "到账", "拨入", "本年安排", "收缴", "归集")
_SPENDING_WORDS = ("支出", "使用", "支付", "拨付", "退还", "退付", "上缴", "用于", "发放")
_INCOME = LazyRegex("|".join(_INCOME_WORDS))
_SPENDING = LazyRegex("|".join(_SPENDING_WORDS))
#: what a balance's amounts must not be: a part of the one before, a rate, a plan
_NOT_AN_AMOUNT = LazyRegex(r"其中|包括|含|占|比|较|增|减|预算|计划|调整|目标|预计|约|近|超过")
#: the words of a balance (结余, 余额, 结存), found from their rarer character (a literal first: a fast search)
_BALANCE_CUES = (LazyRegex(r"余(?:(?<=结余)|(?=额))"), LazyRegex(r"存(?<=结存)"))


def _balances(view, norm: str) -> list[StockFlow]:
    """Money in and out over a period (``上年结转60.24万元；本年收入1016.02万元；本年支出1026.71万元；
    年末结转和结余49.55万元``): what is left at the end is what was brought in plus the income, less the
    spending; with nothing brought in, the year's surplus (``收入1403.81万元，支出1329.10万元，收支结余74.71万元``)
    is the income less the spending.

    Read in one sentence (to 。！？ or a line break), each amount in 元 named by the words before it as one of
    those, no other amount in 元 there (a part under 其中, a change, a budget: not read), none approximate.

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> view, norm, _ = document_quantities(Document("a", "全年收入1403.81万元，支出1329.10万元，收支结余74.71万元。"))
    >>> [b.arithmetic() for b in _balances(view, norm)]
    ['1403.81 − 1329.1 = 74.71']
    """
    out: list[StockFlow] = []
    done = -1
    for cue in _BALANCE_CUES:
        starts = (m.start() - (m.group() == "存" or norm[m.start() - 1:m.start()] == "结") for m in cue.finditer(norm))
        for at in starts:
            if at < done or _DIGIT.search(norm, at + 2, at + 6) is None or \
                    _INCOME.search(norm, max(0, at - 120), at + 60) is None or \
                    _SPENDING.search(norm, max(0, at - 120), at + 60) is None:
                continue  # (an amount right after the word, income and spending around it: looked at before parsing)
            lo, hi = _sentence_bounds(norm, at)
            done = hi
            found = _read_balance(view, norm, lo, hi)
            if found is None and _OPENING.search(norm, max(0, lo - 300), hi) is not None:
                # (the start, the year's flows and the end, a sentence each: 上年末…结存…。本年…收入…，支出…。
                # 年末…结存…。)
                back1 = _sentence_around(norm, lo, -1)
                back2 = _sentence_around(norm, back1, -1) if back1 < lo else back1
                ahead1 = _sentence_around(norm, hi, 1)
                ahead2 = _sentence_around(norm, ahead1, 1) if ahead1 > hi else ahead1
                for wide_lo, wide_hi in dict.fromkeys(((back2, hi), (lo, ahead2), (back1, ahead1))):
                    if (wide_lo, wide_hi) != (lo, hi) and \
                            (found := _read_balance(view, norm, wide_lo, wide_hi)) is not None:
                        done = wide_hi
                        break
            if found is not None:
                out.append(found)
    return out


def _sentence_around(norm: str, edge: int, step: int) -> int:
    """The start of the sentence before the one starting at *edge* (*step* −1), or the end of the one after the one
    ending at *edge* (*step* 1), in the same paragraph (no blank line between); *edge* itself when there is none."""
    if step < 0:
        back = edge - 1
        while back > 0 and norm[back - 1] in "。！？!?\n \t\u3000":
            if norm[back - 1] == "\n" and norm[back - 2:back - 1] == "\n":
                return edge
            back -= 1
        return sentence_start(norm, max(0, back - 300), back) if back > 0 else edge
    ahead = edge
    while ahead < len(norm) and norm[ahead] in "。！？!?\n \t\u3000":
        if norm[ahead] == "\n" and norm[ahead + 1:ahead + 2] == "\n":
            return edge
        ahead += 1
    if ahead >= len(norm):
        return edge
    m = _SCOPE_END.search(norm, ahead)
    return m.start() if m is not None else len(norm)


#: what is left of a budget after it was spent (结余, 结转下年, 节约 …), named right before its amount
_BUDGET_REST = LazyRegex(r"(?:结余|节余|剩余|结转下年|结转至下年|结转|节约|节约资金)(?:资金)?[为是达：: ]*$")
_BUDGET_REST_WORDS = ("结余", "节余", "剩余", "结转", "节约")
#: a budget's amount: 预算 in the words before it (年初预算安排专项资金, 专项经费预算)
_BUDGETED = LazyRegex(r"预算(?:安排)?[^，,；;。]{0,10}[为是达：: ]*$")
#: what was spent of it (实际支出, 实际执行, 已拨付)
_SPENT = LazyRegex(r"(?:实际|已|累计)?(?:支出|执行|使用|拨付|完成支出)(?:资金)?[为是达：: ]*$")
_SPENT_WORD = LazyRegex(r"支出|执行|使用|拨付")
#: what makes a budget's amount approximate
_ABOUT = LazyRegex(r"约|近|超过|逾|左右|以上|不足")
#: a budget that changed (追加, 调整后): its amount is not the one spent from
_BUDGET_CHANGED = LazyRegex(r"追加|调整|调增|调减|压减|增加|减少")


def _budgets(view, norm: str) -> list[StockFlow]:
    """A budget, what was spent of it and what is left (``年初预算安排专项资金590.12万元，实际支出418.98万元，结转下年
    171.14万元``; ``经费预算899.84万元，实际执行397.31万元，结余502.53万元``): the budget less what was spent is what
    is left. Read in one sentence holding exactly these three amounts in 元, in this order, none approximate,
    the budget not changed (追加, 调整).

    >>> from auditor.quantities import document_quantities
    >>> from auditor.document import Document
    >>> view, norm, _ = document_quantities(Document("a", "专项经费预算900万元，实际执行700万元，结余200万元。"))
    >>> [b.arithmetic() for b in _budgets(view, norm)]
    ['900 − 700 = 200']
    """
    out: list[StockFlow] = []
    done = -1
    for at in find_all(norm, "预算"):
        if at < done:
            continue
        lo, hi = _sentence_bounds(norm, at)
        done = hi
        if not any(norm.find(w, at, hi) != -1 for w in _BUDGET_REST_WORDS) or _SPENT_WORD.search(norm, at, hi) is None:
            continue  # (what is left and what was spent, after the budget: looked for before parsing)
        found = _read_budget(view, norm, lo, hi)
        if found is not None:
            out.append(found)
    return out


def _read_budget(view, norm: str, lo: int, hi: int) -> StockFlow | None:
    if _BUDGET_CHANGED.search(norm, lo, hi) is not None:
        return None
    qs = [q for q in parse_range(view, norm, lo, hi) if q.clean_start >= lo and q.unit != "%"]
    if len(qs) != 3 or any(q.unit != "元" or q.qualifier for q in qs):
        return None
    budget, spent, rest = qs
    labels = [_own_label(norm[max(lo, q.clean_start - 24):q.clean_start]) for q in qs]
    if _BUDGETED.search(labels[0]) is None or _SPENT.search(labels[1]) is None or \
            _BUDGET_REST.search(labels[2]) is None or any(_ABOUT.search(label) for label in labels) or \
            "预算" in labels[1] or "计划" in labels[1]:
        return None  # (预算收入…，预算支出…，结余…: both sides of a budget, nothing spent yet)
    return StockFlow(budget, [], [spent], rest)


#: a bracket right after a figure that says it holds more (（含跨年度调整）, （含划转）)
_INCLUDES_MORE = LazyRegex(r"[（(](?:含|包含|包括)")


def _bracketed_after(norm: str, q: Quantity) -> bool:
    """Whether a bracket opens right after *q*."""
    return norm[q.clean_end:q.clean_end + 1] in ("（", "(")


def _own_label(words: str) -> str:
    """The words of an amount's own clause among *words* (what stands before it): from the last mark that ends a
    clause, a colon right before the amount aside (``增值收益收支情况：上年结转`` → ``上年结转``; ``收支结余：``).

    >>> _own_label("增值收益收支情况：上年结转"), _own_label("，收支结余：")
    ('上年结转', '收支结余：')
    """
    body = words.rstrip("：: \t\u3000")
    cut = max(body.rfind(mark) for mark in "，,；;：:。\n")
    return words[cut + 1:]


def _read_balance(view, norm: str, lo: int, hi: int) -> StockFlow | None:
    if _INCOME.search(norm, lo, hi) is None or _SPENDING.search(norm, lo, hi) is None:
        return None
    qs = [q for q in parse_range(view, norm, lo, hi) if q.clean_start >= lo and q.unit == "元"]
    if len(qs) < 3:
        return None
    opening, came, left, closing = [], [], [], []
    previous_end = lo
    for q in qs:
        label = _own_label(norm[max(previous_end, q.clean_start - 16):q.clean_start])
        previous_end = q.clean_end
        if q.qualifier or _NOT_AN_AMOUNT.search(label):
            return None
        if _OPENING.search(label):
            opening.append(q)
        elif _CLOSING.search(label) or _SURPLUS.search(label.rstrip("为是达：: ")):
            closing.append(q)
        elif _INCOME.search(label) and not _SPENDING.search(label):
            came.append(q)
        elif _SPENDING.search(label) and not _INCOME.search(label):
            left.append(q)
        else:
            return None
    if len(closing) == 2 and len(opening) == 1 and closing[1] is qs[-1] and \
            _PERIOD_SURPLUS.search(norm, max(lo, closing[0].clean_start - 8), closing[0].clean_start):
        # 上年末…结存575.31亿元。本年…收入…，支出…，当年结余92.77亿元。年末…累计结存588.48亿元: the year's surplus on
        # the way from the start to the end
        closing = closing[1:]
    if len(closing) == 2 and not opening and closing[1] is qs[-1] and closing[0] is qs[-2] and \
            _PERIOD_SURPLUS.search(norm, max(lo, qs[-2].clean_start - 8), qs[-2].clean_start) and \
            _CARRIED.search(norm[max(lo, qs[-1].clean_start - 16):qs[-1].clean_start]):
        # 当期结余360.6万元，滚存结余2309.9万元: the period's own surplus, then the balance carried (start unknown)
        closing, qs = closing[:1], qs[:-1]
    if len(closing) != 1 or not came or not left or len(opening) > 1 or not (
            closing[0] is qs[-1] or (closing[0] is qs[0] and _bracketed_after(norm, qs[0]))):
        return None  # (the balance last, or first with what made it in brackets: 结余134.92万元（收入…、支出…）, 年末
        # 结余271.48万元（上年结转…，本年收取…，退还…）)
    end_label = norm[max(lo, closing[0].clean_start - 16):closing[0].clean_start]
    if not opening and _CARRIED.search(end_label):
        # (年末结余 with nothing brought in stated: what was brought in is unknown, but not below nothing)
        return StockFlow(None, came, left, closing[0], carried=True)
    if not opening and (_CLOSING.search(end_label) or not _SURPLUS.search(end_label.rstrip("为是达：: "))):
        return None  # (年末结转和结余 with nothing brought in stated: what was brought in is unknown)
    return StockFlow(opening[0] if opening else None, came, left, closing[0])
