#!/usr/bin/env python3
"""text5_gen.py - labelled test collection (set 5) for an auditor of Chinese
government work reports: (ph) anonymisation / template placeholders and
(mj) mojibake.  Standard library only, Python 3.11.

    python3 text5_gen.py --seed 7 --out text5.jsonl

Determinism: every style draws from its own random.Random seeded with
zlib.crc32(f"{seed}:{style}"); the final shuffle uses crc32(f"{seed}:shuffle").
No hash(), no time, no set iteration.

Every sentence, name and number below is invented for this file.
Spans are computed by construction: a record is assembled from segments
(text, is_span); spans are the offsets of the span segments in the final text
(touching spans merged).  See text5_README.md.
"""
import argparse
import html
import json
import random
import re
import sys
import unicodedata
import urllib.parse
import zlib

# ----------------------------------------------------------------------------
# vocabulary (invented)
# ----------------------------------------------------------------------------
SURNAMES = list("陈林黄李王张刘吴周郑何罗梁谢邓冯曾彭蔡潘田董袁叶蒋杜苏魏程吕丁沈姚卢钟姜崔谭廖范汪陆金戴贾韦夏邱方侯邹熊孟秦江薛雷黎龙陶贺顾毛郝龚邵钱严覃莫孔汤向温康施樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿焦俞柳甘祝符舒阮柯梅童凌")
GIVEN = list("建国志强海明秀丽伟文晓春红德荣永振宏玉兰芳静敏杰涛斌军平慧婷俊峰燕霞波辉鹏飞云华勇刚毅琳洁彬锋卫东丹萍")
LOCCH = list("青溪云岭桐湾石凤山安平河东龙泉桥梅竹兴隆丰田沙塘源坪阳川洲岗坝埔湖港林浦禾榕柏枫莲荷松樟岚峡")
PLACE_SUF = ["镇", "街道", "乡", "村", "社区"]
ORGTYPE = ["农业发展有限", "城市建设投资集团有限", "水务集团有限", "文化旅游发展有限", "交通投资有限", "供销服务"]
ORGDEPT = ["发展和改革局", "财政局", "自然资源局", "住房和城乡建设局", "农业农村局", "卫生健康局", "应急管理局", "市场监督管理局", "生态环境分局"]


def loc(rng):
    a = rng.choice(LOCCH)
    b = rng.choice(LOCCH)
    while b == a:
        b = rng.choice(LOCCH)
    return a + b


def pname(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


def num(rng):
    return str(rng.choice([rng.randint(2, 9), rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 99999)]))


def dec(rng):
    return f"{rng.uniform(0.3, 98):.{rng.choice([1, 2, 2])}f}"


def pct(rng):
    return rng.choice([str(rng.randint(3, 99)), f"{rng.uniform(1, 99.9):.1f}"])


# clean report sentences with slots
T = [
    "全年累计完成固定资产投资{d}亿元，同比增长{p}%。",
    "截至{y}年{m}月底，{loc}街道共排查整改各类安全隐患{n}处。",
    "新增城镇就业{N}人，城镇调查失业率控制在{p}%以内。",
    "{loc}镇完成农村危房改造{n}户，惠及群众{N}人。",
    "组织理论学习中心组集中学习{s}次，开展专题研讨{s}次。",
    "发放各类惠民补贴资金{d}万元，覆盖困难群众{N}户。",
    "{y}年{m}月{dd}日，{loc}社区召开居民代表议事会，收集意见建议{n}条。",
    "全年受理群众来信来访{N}件，按期办结率达到{p}%。",
    "新建高标准农田{N}亩，粮食播种面积稳定在{N}亩以上。",
    "全年引进招商项目{n}个，协议总投资{d}亿元。",
    "由{name}同志牵头成立工作专班，实行周调度、月通报。",
    "{co}全年产值突破{d}亿元，带动周边群众就业{N}人。",
    "完成{loc}河道清淤{d}公里，新建生态护岸{N}米。",
    "开展“双随机、一公开”联合检查{n}次，立案查处违法案件{n}宗。",
    "城乡居民医保参保率达到{p}%，家庭医生签约服务{N}人。",
    "新建改建农村公路{d}公里，{loc}村实现通客车。",
    "累计培训高素质农民{N}人次，发放培训合格证书{N}本。",
    "{loc}片区棚户区改造项目完成征收{n}户，签约率{p}%。",
    "一般公共预算收入完成{d}亿元，占年度目标的{p}%。",
    "新增垃圾分类示范小区{s}个，生活垃圾回收利用率提高到{p}%。",
    "在{loc}村试点推行“积分制”管理，参与农户{n}户。",
    "全年开展森林防火巡查{N}人次，未发生较大森林火灾。",
    "社区养老服务中心新增床位{n}张，全年服务老年人{N}人次。",
    "辖区常住人口{N}人，下辖{s}个行政村和{s}个社区。",
    "会议由{dept}办公室主任{name}主持，{s}个部门负责人参加。",
    "{y}年{m}月{dd}日，{name}带队赴{loc}镇督导防汛工作。",
    "全年办理人大代表建议和政协提案{n}件，满意率{p}%。",
    "投入专项资金{d}万元，完成{loc}小学教学楼加固工程。",
    "{loc}工业园区新入驻企业{s}家，规上工业增加值增长{p}%。",
    "组织志愿者{N}人次参与“文明城市”创建，清理卫生死角{n}处。",
    "{y}年{m}月，{co}完成{loc}水厂扩建工程，日供水能力提升{N}吨。",
    "经{dept}审核，{loc}村{n}户家庭纳入低保范围。",
    "联系人：{name}，联系电话：{tel}。",
    "请各单位于{m}月{dd}日前将材料报送至{dept}。",
]
STATIC = [
    "我们清醒地认识到，发展不平衡不充分的问题依然比较突出。",
    "下一步，将持续深化“放管服”改革，不断优化营商环境。",
    "基层治理体系仍需完善，部分干部干事创业的主动性有待提高。",
    "坚持以人民为中心的发展思想，着力解决群众急难愁盼问题。",
    "现将有关情况报告如下：",
    "产业结构偏重，新兴产业支撑作用尚未充分显现。",
    "全面落实安全生产责任制，守牢安全发展底线。",
    "持续推进农村人居环境整治，村容村貌明显改善。",
    "各项工作取得了新的进展，但与群众期盼相比仍有差距。",
    "深入开展作风建设专项行动，力戒形式主义、官僚主义。",
    "统筹发展和安全，推动经济社会高质量发展。",
    "严格执行中央八项规定精神，“三公”经费持续压减。",
]
HEADINGS = ["一、{y}年工作回顾", "二、存在的主要问题", "三、{y}年工作安排", "（一）聚焦产业发展，经济运行稳中有进",
            "（二）聚焦民生保障，群众获得感持续增强", "（三）聚焦基层治理，社会大局和谐稳定", "四、下一步工作打算"]

SLOT_RE = re.compile(r"\{(\w+)\}")


def clean_value(kind, rng):
    if kind == "s":
        return str(rng.randint(2, 60))
    if kind == "n":
        return str(rng.choice([rng.randint(2, 99), rng.randint(10, 999)]))
    if kind == "N":
        return str(rng.choice([rng.randint(100, 9999), rng.randint(1000, 99999)]))
    if kind == "d":
        return dec(rng)
    if kind == "p":
        return pct(rng)
    if kind == "y":
        return str(rng.randint(2018, 2024))
    if kind == "m":
        return str(rng.randint(1, 12))
    if kind == "dd":
        return str(rng.randint(1, 28))
    if kind == "loc":
        return loc(rng)
    if kind == "name":
        return pname(rng)
    if kind == "sur":
        return rng.choice(SURNAMES)
    if kind == "co":
        return loc(rng) + rng.choice(ORGTYPE) + "公司"
    if kind == "dept":
        return rng.choice(["区", "县", "市"]) + rng.choice(ORGDEPT)
    if kind == "tel":
        return f"0{rng.randint(700, 799)}-{rng.randint(2000000, 8999999)}"
    raise KeyError(kind)


def render(tpl, rng, masker=None):
    """Render template to segments. masker(kind, idx) -> list of segs or None."""
    segs = []
    pos = 0
    idx = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], False))
        kind = m.group(1)
        out = masker(kind, idx) if masker else None
        if out is None:
            segs.append((clean_value(kind, rng), False))
        else:
            segs.extend(out)
        idx += 1
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], False))
    return segs


def slots_of(tpl):
    return [m.group(1) for m in SLOT_RE.finditer(tpl)]


def clean_sentence(rng):
    if rng.random() < 0.2:
        return rng.choice(STATIC)
    return segs_text(render(rng.choice(T), rng))


def segs_text(segs):
    return "".join(s for s, _ in segs)


def build(segs):
    text = []
    spans = []
    pos = 0
    for s, flag in segs:
        if not s:
            continue
        if flag:
            if spans and spans[-1][1] == pos:
                spans[-1][1] = pos + len(s)
            else:
                spans.append([pos, pos + len(s)])
        text.append(s)
        pos += len(s)
    return "".join(text), spans


def n_context(rng):
    r = rng.random()
    if r < 0.28:
        return 0
    if r < 0.66:
        return rng.randint(1, 2)
    if r < 0.92:
        return rng.randint(3, 5)
    return rng.randint(8, 12)


def wrap(rng, core, k=None, where=None):
    """Surround core segments with clean context sentences.
    where: None (random) | 'start' | 'end' | 'middle'."""
    if k is None:
        k = n_context(rng)
    if where == "start":
        nb = 0
    elif where == "end":
        nb = k
    elif where == "middle":
        nb = max(1, k // 2) if k >= 2 else k
    else:
        nb = rng.randint(0, k)
    na = k - nb
    out = []
    if rng.random() < 0.12 and nb > 0:
        h = rng.choice(HEADINGS).replace("{y}", str(rng.randint(2019, 2024)))
        out.append((h + "\n", False))
    for _ in range(nb):
        out.append((clean_sentence(rng), False))
        if rng.random() < 0.12:
            out.append(("\n", False))
    out.extend(core)
    for _ in range(na):
        if rng.random() < 0.12:
            out.append(("\n", False))
        out.append((clean_sentence(rng), False))
    return out


def position_of(text, spans):
    if not spans:
        return "none"
    first = spans[0][0] / max(1, len(text))
    last = spans[-1][1] / max(1, len(text))
    if spans[0][0] == 0 and spans[-1][1] == len(text):
        return "whole"
    if first < 0.15:
        return "start"
    if last > 0.85:
        return "end"
    return "middle"


# ----------------------------------------------------------------------------
# family ph: placeholders
# ----------------------------------------------------------------------------
def mask_run(rng, ch, kind):
    if kind in ("n", "N", "s"):
        return ch * rng.choice([1, 2, 2, 2, 3, 3, 4])
    if kind == "p":
        return ch * rng.choice([1, 2, 2, 3])
    if kind == "d":
        return ch * rng.choice([1, 2, 2, 3]) + "." + ch * rng.choice([1, 2, 2])
    if kind in ("m", "dd"):
        return ch * rng.choice([1, 2, 2])
    raise KeyError(kind)


NUMKINDS = ("n", "N", "s", "d", "p")


def num_style(ch_choices, kinds=NUMKINDS):
    def gen(rng):
        tpls = [t for t in T if any(k in kinds for k in slots_of(t))]
        ch = rng.choice(ch_choices)
        nsent = 1 if rng.random() < 0.75 else 2
        core = []
        total = 0
        for _ in range(nsent):
            tpl = rng.choice(tpls)
            ks = slots_of(tpl)
            cand = [i for i, k in enumerate(ks) if k in kinds]
            chosen = set(rng.sample(cand, rng.randint(1, len(cand))))
            total += len(chosen)

            def masker(kind, idx, chosen=chosen):
                if idx in chosen:
                    return [(mask_run(rng, ch, kind), True)]
                return None
            core += render(tpl, rng, masker)
        return wrap(rng, core), f"numbers masked with {ch!r} in {total} slot(s); span = mask characters only (a decimal point between mask runs is inside the span; units like 户/万元/% are not)"
    return gen


def gen_date(rng):
    tpls = [t for t in T if "{m}" in t]
    tpl = rng.choice(tpls)
    ch = rng.choice(["x", "x", "X", "×", "Ｘ"])
    segs = []
    variant = rng.random()
    def masker(kind, idx):
        if kind == "y":
            if variant < 0.5:
                return [("20", False), (ch * 2, True)]
            return [(ch * 4, True)]
        if kind in ("m", "dd"):
            return [(ch * rng.choice([1, 2]), True)]
        return None
    if rng.random() < 0.25:
        # ISO-like form: 20xx-xx-xx : internal hyphens inside one span
        core = [(rng.choice(["材料报送截止时间为", "本方案自", "检查时间定于"]), False), ("20", False),
                (f"{ch*2}-{ch*2}-{ch*2}", True), (rng.choice(["。", "起施行。", "，请提前做好准备。"]), False)]
        return wrap(rng, core), f"date masked as 20{ch*2}-{ch*2}-{ch*2}; hyphens between mask runs are inside the single span"
    if rng.random() < 0.2:
        core = [(f"{rng.randint(2019, 2024)}年", False), (ch * 2, True), ("月", False), (ch * 2 + "-" + ch * 2, True),
                ("日，", False), (loc(rng) + "镇组织开展防汛应急演练，参演人员" + num(rng) + "人。", False)]
        return wrap(rng, core), "date range x月xx-xx日: month run and day range are separate spans (月 is a word); hyphen inside the day range span"
    core = render(tpl, rng, masker)
    return wrap(rng, core), f"date parts masked with {ch!r}; 年/月/日 are real words and stay outside the spans"


MONEY_T = ["全年争取上级补助资金{v}万元，重点支持乡村振兴项目。", "项目总投资{v}亿元，其中财政资金{v}万元。",
           "农村居民人均可支配收入达到{v}元，同比增长{p}%。", "兑付耕地地力保护补贴{v}万元。", "全年完成税收收入{v}亿元。",
           "拨付防汛救灾资金{v}万元，用于受损设施修复。", "{loc}镇集体经济收入{v}万元，较上年增加{v}万元。"]


def gen_money(rng):
    tpl = rng.choice(MONEY_T)
    ch = rng.choice(["x", "x", "X", "×", "＊", "*"])
    def masker(kind, idx):
        if kind == "v":
            f = rng.random()
            if f < 0.5:
                return [(ch * rng.randint(1, 3) + "." + ch * rng.randint(1, 2), True)]
            if f < 0.75:
                return [(ch + "," + ch * 3 + "." + ch * 2, True)]
            return [(ch * rng.randint(2, 4), True)]
        return None
    tpl2 = tpl.replace("{v}", "{v}")
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(tpl2):
        segs.append((tpl2[pos:m.start()], False))
        k = m.group(1)
        if k == "v":
            segs.extend(masker("v", 0))
        else:
            segs.append((clean_value(k, rng), False))
        pos = m.end()
    segs.append((tpl2[pos:], False))
    return wrap(rng, segs), f"money amounts masked with {ch!r} (xx.xx / x,xxx.xx forms); separators between mask runs are inside the span"


PCT_T = ["全年地区生产总值增长{p}%，高于全市平均水平。", "空气质量优良天数比例为{p}%。", "森林覆盖率提高到{p}%。",
         "城镇化率达到{p}%，较上年提高{q}个百分点。", "农产品抽检合格率保持在{p}%以上。", "义务教育巩固率{p}%。"]


def gen_percent(rng):
    tpl = rng.choice(PCT_T)
    ch = rng.choice(["x", "X", "×", "x", "＊"])
    segs = []
    pos = 0
    n = 0
    for m in SLOT_RE.finditer(tpl):
        segs.append((tpl[pos:m.start()], False))
        if rng.random() < 0.85 or n == 0:
            segs.append((rng.choice([ch * 2, ch * 3, ch + "." + ch, ch * 2 + "." + ch]), True))
            n += 1
        else:
            segs.append((pct(rng), False))
        pos = m.end()
    segs.append((tpl[pos:], False))
    return wrap(rng, segs), f"percentages masked ({ch!r}); the % sign and 个百分点 are not part of the span"


def place_style(masks, note):
    def gen(rng):
        tpls = [t for t in T if "{loc}" in t]
        tpl = rng.choice(tpls)
        mk = rng.choice(masks)
        core = render(tpl, rng, lambda k, i: [(mk, True)] if k == "loc" else None)
        if rng.random() < 0.3:
            sfx = rng.choice(["县", "区", "市"])
            core = [(mk, True), (sfx, False), (rng.choice(["高度重视", "扎实推进", "统筹部署"]) + "此项工作，", False)] + core
        return wrap(rng, core), note + f" (mask {mk!r}); administrative suffix (镇/街道/村/县) is outside the span"
    return gen


ORG_T = ["{X}单位要高度重视，切实履行主体责任。", "请{X}单位于{m}月{dd}日前报送自查报告。", "经{X}局审核同意，该项目列入年度计划。",
         "{X}公司承建的{loc}污水处理厂已投入试运行。", "由{X}办公室牵头，会同{X}局开展联合督查。", "{X}委员会对{n}个项目进行了评审。"]


def gen_org(rng):
    mk = rng.choice(["××", "XX", "xx", "×××", "XXX", "ＸＸ"])
    tpl = rng.choice(ORG_T)
    segs = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        segs.append((tpl[pos:m.start()], False))
        k = m.group(1)
        segs.append((mk, True) if k == "X" else (clean_value(k, rng), False))
        pos = m.end()
    segs.append((tpl[pos:], False))
    return wrap(rng, segs), f"organisation name masked as {mk!r}; 单位/局/公司 stay outside"


PERSON_T = [t for t in T if "{name}" in t] + [
    "{name}同志任{loc}镇党委书记，主持镇党委全面工作。", "经研究，由{name}负责该项目的协调推进。",
    "{name}（{loc}村党支部书记）介绍了村集体经济发展情况。", "区委副书记{name}出席会议并讲话。"]


def gen_person_mou(rng):
    tpl = rng.choice(PERSON_T)
    mk = rng.choice(["某", "某某", "某", "某某"])
    sur = rng.choice(SURNAMES)
    core = render(tpl, rng, lambda k, i: [(sur, False), (mk, True)] if k == "name" else None)
    return wrap(rng, core), f"person name anonymised as surname+{mk}; span = {mk} only (the surname is real text)"


def gen_person_full(rng):
    tpl = rng.choice(PERSON_T)
    mk = rng.choice(["XXX", "×××", "xxx", "＊＊＊", "XX", "ＸＸＸ", "○○○"])
    core = render(tpl, rng, lambda k, i: [(mk, True)] if k == "name" else None)
    return wrap(rng, core), f"person name fully masked as {mk!r}"


MOU_PLACE_T = ["在某县某乡开展农村宅基地改革试点，", "此前，某市某区已先行开展类似探索，", "组织干部赴某省某市学习考察，",
               "某镇某村率先完成集体产权制度改革，", "经协调，某某村与某某村签订了联合开发协议，", "某某街道某某社区建成智慧养老服务站，"]


def gen_place_mou(rng):
    tpl = rng.choice(MOU_PLACE_T)
    segs = []
    i = 0
    while i < len(tpl):
        if tpl[i] == "某":
            j = i
            while j < len(tpl) and tpl[j] == "某":
                j += 1
            segs.append((tpl[i:j], True))
            i = j
        else:
            j = i
            while j < len(tpl) and tpl[j] != "某":
                j += 1
            segs.append((tpl[i:j], False))
            i = j
    tail = rng.choice(["累计完成投资" + dec(rng) + "万元。", "惠及群众" + num(rng) + "人。", "取得了较好成效。", "形成了可复制的经验。"])
    segs.append((tail, False))
    return wrap(rng, segs), "place names replaced by 某/某某 standing for a specific place; each 某-run is a span, 县/乡/村 stay outside"


def gen_underscore(rng):
    u = rng.choice(["_", "_", "＿"])
    f = rng.random()
    if f < 0.4:
        y = u * rng.choice([2, 4, 6])
        m = u * rng.choice([2, 3])
        d = u * rng.choice([2, 3])
        core = [(rng.choice(["填报日期：", "签发日期：", "本报告于", "落款时间："]), False)]
        if rng.random() < 0.5:
            core += [("20", False)]
        core += [(y, True), ("年", False), (m, True), ("月", False), (d, True), ("日", False)]
        core += [(rng.choice(["", "。", "\n", "（盖章）"]), False)]
    elif f < 0.7:
        lab = rng.choice(["填报单位：", "负责人：", "联系电话：", "审核人：", "报送科室："])
        core = [(lab, False), (u * rng.randint(4, 12), True), (rng.choice(["", "；", "。", "\n"]), False)]
    else:
        a, b = rng.choice([("本季度共走访困难群众", "户。"), ("全年新增市场主体", "家。"), ("累计排查风险点", "处。"), ("完成植树造林", "亩。")])
        core = [(a, False), (u * rng.randint(2, 6), True), (b, False)]
    return wrap(rng, core), f"blank fill-in slot(s) made of {u!r} runs; each run is one span"


FIELDS = ["单位名称", "项目名称", "填写金额", "姓名", "联系电话", "日期", "文号", "主要成效", "乡镇名称", "负责人"]


BRACKET_CTX = [
    ("经", ["单位名称", "审核部门"], "审核，同意按程序推进。"),
    ("", ["乡镇名称", "单位名称"], "全年完成各项目标任务，得到上级肯定。"),
    ("项目总投资", ["填写金额", "金额"], "万元，已完成前期手续。"),
    ("责任单位：", ["单位名称", "责任部门"], "；责任人："),
    ("联系人：", ["姓名", "联系人"], "，联系电话："),
    ("本方案自", ["日期", "发布日期"], "起施行。"),
    ("根据", ["文件名称", "文号"], "要求，结合本地实际，制定本方案。"),
    ("一是", ["主要成效", "工作亮点"], "。二是健全长效机制。"),
]


def gen_bracket(rng):
    a, flds, b = rng.choice(BRACKET_CTX)
    fld = rng.choice(flds)
    br = rng.choice([("【", "】"), ("[", "]"), ("〖", "〗"), ("［", "］"), ("<", ">"), ("【", "】")])
    tok = br[0] + fld + br[1]
    core = [(a, False), (tok, True), (b, False)]
    if b.endswith("：") and rng.random() < 0.7:
        core.append((br[0] + rng.choice(["姓名", "联系电话", "负责人"]) + br[1], True))
        core.append(("。", False))
    return wrap(rng, core), "bracketed field name left from a template; span includes the brackets"


CURLY_CTX = [
    ("经审核，", ["{name}", "{0}", "{{姓名}}"], "同志符合救助条件。"),
    ("由", ["{dept}", "{{unit_name}}", "{1}"], "牵头组织实施。"),
    ("全年累计发放补贴", ["{amount}", "{{ amount }}", "{0}"], "万元。"),
    ("截至", ["{{ date }}", "{date}", "{2}"], "，项目已全部开工。"),
    ("", ["{乡镇}", "{{村名}}", "{town}"], "开展了“邻里节”活动，参与群众" + "{N}" + "人。"),
    ("共排查隐患", ["{count}", "{{count}}", "{n}"], "处，已全部整改。"),
]


def gen_curly(rng):
    a, toks, b = rng.choice(CURLY_CTX)
    tok = rng.choice(toks)
    b = b.replace("{N}", clean_value("N", rng))
    return wrap(rng, [(a, False), (tok, True), (b, False)]), "un-substituted curly-brace template variable; span includes braces"


DOLLAR_CTX = [
    ("经办人：", ["${经办人}", "${handler}", "@经办人@"], "；审核人：{P}。"),
    ("本次共拨付资金", ["${amount}", "#{amount}", "%(amount)s"], "万元。"),
    ("由", ["${unitName}", "#{dept}", "$dept"], "负责跟踪落实。"),
    ("报送单位：", ["${unitName}", "${乡镇名称}", "%(unit)s"], "\n"),
    ("填报日期：", ["${日期}", "${date}", "#{date}"], "。"),
    ("联系人：", ["${name}", "$name", "%(name)s"], "，电话{T}。"),
]


def gen_dollar(rng):
    a, toks, b = rng.choice(DOLLAR_CTX)
    tok = rng.choice(toks)
    b = b.replace("{P}", pname(rng)).replace("{T}", clean_value("tel", rng))
    return wrap(rng, [(a, False), (tok, True), (b, False)]), "un-substituted $/#/%-style template variable; span = whole token"


FILL_CTX = [
    ("全年完成造林面积", ["（此处填写具体数据）", "（待补充）", "（请填写）"], "亩，超额完成年度任务。"),
    ("二是强化要素保障。", ["（此处填写…）", "（此处填写本单位主要做法，不超过300字）", "（根据实际情况填写）"], ""),
    ("主要做法：", ["（此处补充典型案例）", "【此处填写单位简介】", "（此处填写…）"], "\n"),
    ("全年经济运行情况如下图所示：", ["(此处插入图表)", "（此处插入图表）"], ""),
    ("规上工业增加值增长", ["（此处填写具体数据）", "（待补充）"], "%。"),
]


def gen_fill_note(rng):
    a, toks, b = rng.choice(FILL_CTX)
    tok = rng.choice(toks)
    return wrap(rng, [(a, False), (tok, True), (b, False)]), "instruction note for the drafter left in the text; span includes its parentheses"


def gen_pending(rng):
    w = rng.choice(["待定", "待核实", "待补充", "待定", "TBD", "待确认"])
    f = rng.randint(0, 5)
    if f == 0:
        core = [("项目名称：" + loc(rng) + "综合服务中心；总投资：", False), (w, True), ("；开工时间：", False), (rng.choice(["待定", "待核实"]), True), ("。", False)]
    elif f == 1:
        core = [("责任领导：", False), (w, True), ("，责任单位：区" + rng.choice(ORGDEPT) + "。", False)]
    elif f == 2:
        core = [("涉及资金", False), ("（" + w + "）", True), ("万元，", False), ("已纳入年度预算。", False)]
    elif f == 3:
        core = [("全年完成投资", False), (w, True), ("亿元，完成率", False), (w, True), ("%。", False)]
    elif f == 4:
        core = [("联系人：", False), (w, True), ("，联系电话：", False), (w, True), ("。", False)]
    else:
        core = [("截至" + str(rng.randint(2019, 2024)) + "年底，全镇脱贫户人均纯收入", False), (w, True), ("元。", False)]
    return wrap(rng, core), f"'{w}' standing where a value belongs (field value not yet filled)"


LEFTOVER = ["单击此处输入文字。", "单击或点击此处输入文字。", "请在此处输入标题", "[正文]", "（正文）", "此处插入图表", "%s", "%d",
            "Lorem ipsum dolor sit amet", "示例文本", "在此键入", "标题1"]


def gen_leftover(rng):
    f = rng.random()
    if f < 0.3:
        ch = rng.choice(["X", "x", "×"])
        pre = rng.choice(["X", "x", "×", loc(rng)[0]])
        core = []
        if pre in ("X", "x", "×"):
            core.append((pre * rng.choice([1, 2]), True))
        else:
            core.append((pre, False))
        core += [(rng.choice(["政发", "政办", "委发", "办字"]) + "〔", False)]
        if rng.random() < 0.5:
            core += [("20", False), (ch * 2, True)]
        else:
            core += [(str(rng.randint(2019, 2024)), False)]
        core += [("〕", False), (ch * rng.choice([1, 2, 3]), True), ("号", False)]
        core = [(rng.choice(["根据《关于印发年度重点工作任务的通知》（", "按照（", "依据文件（"]), False)] + core + [("）要求，", False), (clean_sentence(rng), False)]
        return wrap(rng, core), "document number template X政发〔20XX〕X号: each X-run is a span"
    if f < 0.45:
        core = [(rng.choice(["XX", "××", "ＸＸ"]), True), (rng.choice(["镇", "街道", "县"]), False)]
        if rng.random() < 0.5:
            core += [("20", False), ("XX", True)]
        else:
            core += [("XXXX", True)]
        core += [("年工作总结\n", False)]
        return wrap(rng, core, where="start"), "title line with template masks; each mask run is a span"
    tok = rng.choice(LEFTOVER)
    ctxs = [("", ""), ("二、", "\n"), ("", "全年各项工作稳步推进。"), ("主要成效：", ""), ("附件1：", "\n"), ("本年度完成投资", "万元。")]
    a, b = rng.choice(ctxs)
    return wrap(rng, [(a, False), (tok, True), (b, False)]), f"word-processor/template leftover {tok!r}; span = whole token"


def id_clean(rng):
    region = rng.choice(["4405", "4408", "3501", "4301", "5101", "3205", "4403", "4509"]) + f"{rng.randint(1, 99):02d}"
    birth = f"{rng.randint(1940, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    seq = f"{rng.randint(0, 999):03d}"
    chk = rng.choice("0123456789X")
    return region + birth + seq + chk


def gen_id(rng):
    idn = id_clean(rng)
    ch = rng.choice(["*", "*", "＊", "x", "×"])
    keep_a = rng.choice([4, 6, 3, 1])
    keep_b = rng.choice([4, 4, 2, 1])
    if rng.random() < 0.12:
        parts = [(ch * 18, True)]
    else:
        parts = [(idn[:keep_a], False), (ch * (18 - keep_a - keep_b), True), (idn[18 - keep_b:], False)]
    sur = rng.choice(SURNAMES)
    pre = rng.choice([
        [("经核查，申请人", False), (sur, False), ("某", True), ("（身份证号：", False)],
        [("救助对象" + pname(rng) + "，身份证号码", False)],
        [("身份证号：", False)],
        [("户主" + sur, False), ("某某", True), ("，公民身份号码", False)]])
    if "（" in pre[-1][0]:
        post = [(rng.choice(["）符合低保认定条件。", "）家庭人均收入低于当地标准。", "）已纳入防返贫监测对象。"]), False)]
    else:
        post = [(rng.choice(["，已纳入监测对象。", "。", "，核查结果无异常。"]), False)]
    note = f"ID number masked with {ch!r}; only the masked digits are in the span (a real trailing X check digit, if any, is not)"
    return wrap(rng, pre + parts + post), note


def gen_phone(rng):
    f = rng.random()
    ch = rng.choice(["*", "*", "＊", "x", "X"])
    if f < 0.6:
        p = "1" + rng.choice("3456789") + str(rng.randint(0, 9)) + f"{rng.randint(0, 99999999):08d}"
        parts = [(p[:3], False), (ch * 4, True), (p[7:], False)]
    elif f < 0.8:
        parts = [(f"0{rng.randint(700, 799)}-", False), (ch * rng.choice([3, 4]), True), (str(rng.randint(1000, 9999)), False)]
    else:
        parts = [("1", False), (ch * 10, True)]
    pre = [(rng.choice(["举报人联系电话：", "联系人：" + rng.choice(SURNAMES) + "先生，电话", "咨询电话：", "服务对象手机号"]), False)]
    post = [(rng.choice(["。", "，已电话回访。", "；", "\n"]), False)]
    return wrap(rng, pre + parts + post), f"phone number partially masked with {ch!r}; span = mask characters only"


def gen_linebreak(rng):
    f = rng.randint(0, 3)
    ch = rng.choice(["*", "x", "X", "×"])
    if f == 0:
        p = "13" + str(rng.randint(0, 9))
        k = rng.randint(1, 3)
        core = [("联系电话：" + p, False), (ch * k + "\n" + ch * (4 - k), True), (f"{rng.randint(0, 9999):04d}，已登记在册。", False)]
    elif f == 1:
        idn = id_clean(rng)
        k = rng.randint(2, 8)
        core = [("身份证号：" + idn[:6], False), (ch * k + "\n" + ch * (8 - k), True), (idn[14:] + "。", False)]
    elif f == 2:
        mk = rng.choice(["X", "×", "x"])
        core = [(rng.choice(["项目位于", "活动在", "试点选在"]), False), (mk + "\n" + mk, True), (rng.choice(["镇", "街道", "村"]) + rng.choice(["，占地" + num(rng) + "平方米。", "举行。", "开展。"]), False)]
    else:
        core = [("全年共走访农户", False), (ch + "\n" + ch * rng.randint(1, 2), True), ("户，收集意见" + num(rng) + "条。", False)]
    return wrap(rng, core), "mask run broken by a line break (hard wrap); the newline inside the mask run is part of the single span"


def gen_fullwidth(rng):
    f = rng.randint(0, 4)
    if f == 0:
        core = render(rng.choice([t for t in T if "{loc}" in t]), rng, lambda k, i: [("ＸＸ", True)] if k == "loc" else None)
        n = "ＸＸ place"
    elif f == 1:
        tpl = rng.choice([t for t in T if "{n}" in t or "{N}" in t])
        core = render(tpl, rng, lambda k, i: [("ｘ" * rng.randint(1, 3), True)] if k in ("n", "N") else None)
        n = "ｘ numbers"
    elif f == 2:
        tpl = rng.choice([t for t in T if "{n}" in t or "{N}" in t])
        core = render(tpl, rng, lambda k, i: [("＊" * rng.randint(2, 3), True)] if k in ("n", "N") else None)
        n = "＊ numbers"
    elif f == 3:
        core = [("申报单位：", False), ("［　　　　］", True), ("；申报日期：", False), ("＿＿", True), ("月", False), ("＿＿", True), ("日。", False)]
        n = "full-width blank bracket and ＿ runs"
    else:
        tpl = rng.choice([t for t in T if "{n}" in t or "{N}" in t])
        core = render(tpl, rng, lambda k, i: [(rng.choice(["Ｘx", "xＸ", "ＸＸx"]), True)] if k in ("n", "N") else None)
        n = "mixed full/half-width X"
    return wrap(rng, core), "full-width mask characters: " + n


CASE_T = [
    "{loc}镇村民{S}（男，{n}岁）因非法占用耕地建房，被依法责令限期拆除。",
    "经调查，{S}与{S}因宅基地边界发生纠纷，经村调委会调解达成协议。",
    "{S}（女，{n}岁）反映其承包地被他人占用，经核实后已督促整改。",
    "案例：{loc}街道居民{S}长期拖欠物业费，社区网格员多次上门做工作。",
    "{S}在{loc}河段非法采砂，相关部门依法没收违法所得{d}万元。",
    "群众{S}来电反映某村道路破损严重，{loc}镇已安排修复。",
]


def gen_case(rng):
    tpl = rng.choice(CASE_T)
    segs = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}|某", tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], False))
        if m.group(0) == "某":
            segs.append(("某", True))
        elif m.group(1) == "S":
            segs.append((rng.choice(SURNAMES), False))
            segs.append((rng.choice(["某", "某某", "某某"]), True))
        else:
            segs.append((clean_value(m.group(1), rng), False))
        pos = m.end()
    segs.append((tpl[pos:], False))
    return wrap(rng, segs), "case-study narrative with people (and a village) anonymised as X某/X某某/某村; decided POSITIVE: a specific person or place is hidden"


def any_mask(rng, kind):
    ch = rng.choice(["x", "X", "×", "＊", "*", "○", "□"])
    if kind in NUMKINDS or kind in ("m", "dd"):
        return [(mask_run(rng, ch, kind), True)]
    if kind == "y":
        return [("20", False), (ch * 2, True)]
    if kind == "loc":
        return [(rng.choice(["XX", "××", "某某", "xx"]), True)]
    if kind == "name":
        if rng.random() < 0.5:
            return [(rng.choice(SURNAMES), False), ("某", True)]
        return [(rng.choice(["XXX", "×××"]), True)]
    if kind == "co":
        return [(rng.choice(["××", "XX"]), True), ("公司", False)]
    if kind == "dept":
        return [(rng.choice(["××", "XX"]), True), (rng.choice(["局", "办"]), False)]
    if kind == "tel":
        return [("13", False), (str(rng.randint(0, 9)), False), ("****", True), (str(rng.randint(1000, 9999)), False)]
    return None


def gen_multi(rng):
    core = []
    total = 0
    nsent = rng.randint(2, 5)
    for s in range(nsent):
        tpl = rng.choice(T)
        ks = slots_of(tpl)
        chosen = set(i for i in range(len(ks)) if rng.random() < 0.5)
        if s == 0 and not chosen:
            chosen = {0}
        total += len(chosen)
        core += render(tpl, rng, lambda k, i, c=chosen: any_mask(rng, k) if i in c else None)
        if rng.random() < 0.3:
            core.append((clean_sentence(rng), False))
    return wrap(rng, core, k=rng.choice([0, 0, 1, 2])), f"several sentences, {total} masked slot(s) of mixed kinds and mask characters"


def gen_full_template(rng):
    ch = rng.choice(["X", "x", "×"])
    core = [(ch * 2, True), (rng.choice(["镇", "街道", "县"]), False), ("20", False), (ch * 2, True), ("年工作总结\n", False)]
    for _ in range(rng.randint(2, 4)):
        tpl = rng.choice([t for t in T if slots_of(t)])
        def mk(k, i):
            if k in NUMKINDS or k in ("m", "dd"):
                return [(mask_run(rng, ch, k), True)]
            if k == "y":
                return [("20", False), (ch * 2, True)]
            if k == "loc":
                return [(ch * 2, True)]
            if k == "co":
                return [(ch * 2, True), ("公司", False)]
            if k == "dept":
                return [(ch * 2, True), ("局", False)]
            if k == "name":
                return [(ch * 3, True)]
            if k == "tel":
                return [(ch * 11, True)]
        core += render(tpl, rng, mk)
    return core, f"whole template paragraph: every slot masked with {ch!r}"


# --- ph negatives -----------------------------------------------------------
def neg_from(templates, note):
    def gen(rng):
        tpl = rng.choice(templates)
        core = render(tpl, rng)
        return wrap(rng, core), note
    return gen


NEG_1X = ["深入推进“1+X”证书制度试点，{n}名学生取得职业技能等级证书。", "构建“7+X”现代产业体系，培育壮大主导产业。",
          "探索“1+X”帮扶模式，由一名干部结对帮扶多户困难家庭。", "{loc}职业技术学校新增“1+X”证书试点专业{n}个。",
          "实施“N+X”服务清单，{n}项政务服务事项实现就近办理。", "打造“3+X”特色产业格局，{loc}茶叶产值增长{p}%。"]
NEG_XRAY = ["为{loc}镇卫生院配备X射线数字成像设备{n}台。", "组织{n}名老年人免费拍摄胸部X光片。", "采购基于x86架构的国产服务器{n}台，完成政务云迁移。",
            "在{loc}客运站新增X光安检机{n}台。", "医院新建X线机房，辐射防护检测全部达标。", "完成政务系统由x86平台向国产芯片平台的适配改造。"]
NEG_DIM = ["新建标准化厂房{n}栋，单层跨度为3×4米模块组合。", "设置宣传展板{n}块，规格为1.2×2.4米。", "该区域检出菌落总数为2×10^5 CFU/g，已责令整改。",
           "举办4×100米接力等{n}个比赛项目。", "建成2×350兆瓦热电联产机组，年发电量{d}亿千瓦时。", "新建篮球场{n}个，每个场地28×15米。",
           "集装箱尺寸为6×2.4×2.6米，共投放{n}个。", "细胞浓度稀释至1×10⁶个/毫升后进行检测。"]
NEG_FORMULA = ["应缴金额=计费面积×单价，计算结果四舍五入保留两位小数。", "综合得分=基础分×40%+考核分×60%。",
               "补助标准按“人数×天数×{n}元”核定。", "年度折旧额=资产原值×(1-残值率)÷使用年限。", "实际发放金额为{n}元×{n}户，共计已全部兑付。",
               "绩效系数按照完成率×权重的方式确定。"]
NEG_MATH = ["数学公开课上，老师讲解了方程3x+5=20的解法，学生求出x=5。", "课堂练习：已知y=2x+1，当x=3时求y的值。",
            "教研组围绕“二元一次方程组x+y=10、x-y=2”开展同课异构活动。", "送教下乡活动中，教师用函数y=kx+b讲解一次函数图像。",
            "学生在黑板上写出x²+y²=25，表示以原点为圆心的圆。", "设x为每天加工零件数，列出方程{n}x=3600。"]
NEG_PINYIN = ["语文课上，老师教学生拼读“学习”xué xí和“休息”xiū xi。", "声母x与ü相拼时，ü上两点省略，如xu（需）。",
              "普通话培训中，学员练习x、q、j三个声母的发音。", "拼音卡片上写着“xiào yuán”（校园），孩子们跟读。",
              "推普周活动中，志愿者讲解了“xīn xiāng”（新乡）等地名的拼音。", "一年级拼音教学重点是xia、xie、xiao等音节。"]
NEG_MODEL = ["采购宝马X5公务用车一事经核查不属实。", "引进GX-200型智能分拣设备{n}套。", "新增XR-70型多功能巡检机器人{n}台。",
             "更换型号为FX-3U的PLC控制模块{n}个。", "服务器采用Xeon系列处理器，内存扩容至{n}GB。", "选用DX-60型无人机开展森林巡护，累计飞行{n}架次。",
             "配备X6型消防巡逻车{n}辆。"]
NEG_ROMAN = ["{loc}河出境断面水质稳定在Ⅲ类以上。", "启动防汛Ⅳ级应急响应，转移群众{n}人。", "筛查Ⅱ型糖尿病患者{n}人，纳入慢病管理。",
             "地表水达到GB 3838-2002中的III类标准。", "参加第XIV届全国学生运动会的运动员载誉归来。", "全区共有Ⅰ级保护林地{n}亩、Ⅱ级保护林地{n}亩。",
             "按照《建筑抗震设计规范》，该校舍按Ⅷ度设防。"]
NEG_ENG = ["详情请登录官网www.xinjiang.gov.cn查询。", "新增新能源出租车（Taxi）{n}辆，统一喷涂标识。", "统计数据请按附件“{loc}镇统计表.xlsx”格式填报。",
           "组织{n}名干部参加Excel数据分析培训。", "开通“Taxi Call”网约车预约服务。", "机房服务器统一安装Linux操作系统。",
           "外贸企业通过FedEx、DHL等渠道出口货物{n}票。", "培训内容包括Word、Excel、PowerPoint等办公软件。"]
NEG_MOU = ["某些领域仍存在风险隐患，需要持续加强监管。", "在某种程度上，基层负担过重的问题还没有根本解决。", "某一环节出现问题，都可能影响整体工作进度。",
           "个别部门在某些方面存在推诿扯皮现象。", "要防止因某个环节衔接不畅而影响项目落地。", "对某些群众反映强烈的问题，实行挂牌督办。"]
NEG_MOU_SPEECH = ["一位老党员感慨地说：“某天夜里下大雨，是网格员第一时间把我们转移出去的。”", "有村民回忆：“某次开会时，大家都提了意见，后来都解决了。”",
                  "座谈中，一位企业负责人说：“某段时间订单很少，多亏了帮扶政策。”", "一位居民说：“某个周末社区组织义诊，很方便。”",
                  "有群众在留言中写道：“某位工作人员态度很好，一次就办成了。”", "受访的外卖骑手说：“某一天我在路上发病，是民警送我去的医院。”"]
NEG_EMOJI = ["社区公众号推文《好消息📢{loc}公园正式开放啦🎉》阅读量突破{n}次。", "网友留言“为家乡点赞👍”，相关视频获赞{n}个。",
             "在短视频平台发布“{loc}美食地图🍜”系列作品{n}条。", "活动海报写有“一起来健步走🏃”字样，吸引{n}人参与。",
             "网格群里居民回复“收到✅”，通知送达率{p}%。", "政务新媒体推出“防诈小课堂📱”栏目，累计发布{n}期。"]
NEG_PENDING = ["对待定事项建立台账，逐项明确责任人和完成时限。", "全年排查的{n}条待核实线索已全部核实完毕。", "对于待补充材料的申请，一次性告知申请人。",
               "建立待确认问题清单，每周调度一次。", "{n}个待定项目经论证后全部列入储备库。"]
NEG_FOOT = ["注：带*号的指标为预计数。", "表中*为约束性指标，其余为预期性指标。", "★标注项目为省重点项目，共{n}个。",
            "※以上数据均来自统计快报。", "数据截至{m}月{dd}日，标*的数据尚需统计部门核定。"]


def gen_neg_plain(rng):
    return wrap(rng, [(clean_sentence(rng), False)], k=rng.choice([0, 1, 2, 3, 5, 9])), "clean report text with real numbers and names"


def gen_neg_checkbox(rng):
    items = ["完成年度目标任务", "建立工作台账", "落实整改措施", "开展专项督查", "召开专题会议", "健全长效机制", "加强宣传引导", "组织业务培训"]
    k = rng.randint(2, 5)
    sel = rng.sample(items, k)
    b = rng.choice(["□", "■", "☑", "☐", "□"])
    lead = rng.choice(["自查情况如下：\n", "整改清单：\n", "重点任务：\n", ""])
    body = "\n".join(f"{b}{' ' if rng.random() < 0.5 else ''}{s}" for s in sel)
    return wrap(rng, [(lead + body + "\n", False)], where="end"), f"checkbox/bullet list ({b} used as bullet); decided NEGATIVE"


def gen_neg_separator(rng):
    ch = rng.choice(["×", "＊", "*", "※", "X", "x", "○"])
    n = rng.randint(8, 30)
    sep = ch * n if rng.random() < 0.7 else " ".join(ch * 3 for _ in range(rng.randint(3, 6)))
    core = [(clean_sentence(rng), False), ("\n" + sep + "\n", False), (clean_sentence(rng), False)]
    return wrap(rng, core), f"decorative separator line of {ch!r} on its own line; decided NEGATIVE (stands for no value)"


def gen_neg_zero(rng):
    y = rng.randint(2019, 2024)
    cn = "零一二三四五六七八九"
    z = rng.choice(["○", "〇", "○", "Ｏ"])
    ys = "二" + z + "二" + cn[y % 10] if y >= 2020 else "二" + z + "一九"
    mo = rng.choice(["一", "三", "六", "十", "十二"])
    core = [(rng.choice([f"{loc(rng)}镇人民政府\n{ys}年{mo}月", f"本报告经{ys}年{mo}月镇人大会议审议通过。", f"落款：{ys}年{mo}月{rng.choice(['八','十五','二十'])}日"]), False)]
    return wrap(rng, core, where="end"), f"Chinese year written with {z!r} as the digit zero; NEGATIVE"


# ----------------------------------------------------------------------------
# family mj: mojibake
# ----------------------------------------------------------------------------
_CP1252_UNDEF = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
CP1252_TABLE = [chr(i) if (i < 0x80 or i in _CP1252_UNDEF) else bytes([i]).decode("cp1252") for i in range(256)]
CP1252_REV = {c: i for i, c in enumerate(CP1252_TABLE)}


def sloppy1252_dec(b):
    return "".join(CP1252_TABLE[x] for x in b)


def sloppy1252_enc(s):
    return bytes(CP1252_REV[c] for c in s)


def dropped1252_dec(b):
    return "".join("" if x in _CP1252_UNDEF else CP1252_TABLE[x] for x in b)


def gb2312_or_gbk(s):
    try:
        return s.encode("gb2312")
    except UnicodeEncodeError:
        return s.encode("gbk")


CODECS = {
    # name: (damage, inverse, description)
    "utf8>gbk": (lambda s: s.encode("utf-8").decode("gbk", "replace"), lambda d: d.encode("gbk").decode("utf-8"), "UTF-8 bytes decoded as GBK"),
    "gbk>utf8": (lambda s: s.encode("gbk").decode("utf-8", "replace"), lambda d: d.encode("utf-8").decode("gbk"), "GBK bytes decoded as UTF-8 (invalid bytes -> U+FFFD)"),
    "utf8>latin1": (lambda s: s.encode("utf-8").decode("latin-1"), lambda d: d.encode("latin-1").decode("utf-8"), "UTF-8 bytes decoded as Latin-1"),
    "utf8>cp1252": (lambda s: sloppy1252_dec(s.encode("utf-8")), lambda d: sloppy1252_enc(d).decode("utf-8"), "UTF-8 decoded as cp1252 (undefined bytes kept as C1 controls)"),
    "utf8>cp1252drop": (lambda s: dropped1252_dec(s.encode("utf-8")), lambda d: sloppy1252_enc(d).decode("utf-8"), "UTF-8 decoded as cp1252, undefined bytes dropped"),
    "gbk>latin1": (lambda s: s.encode("gbk").decode("latin-1"), lambda d: d.encode("latin-1").decode("gbk"), "GBK bytes decoded as Latin-1"),
    "utf8>big5": (lambda s: s.encode("utf-8").decode("big5", "replace"), lambda d: d.encode("big5").decode("utf-8"), "UTF-8 bytes decoded as Big5"),
    "gb2312>big5": (lambda s: gb2312_or_gbk(s).decode("big5", "replace"), lambda d: d.encode("big5").decode("gbk"), "GB2312 bytes decoded as Big5"),
    "big5>gbk": (lambda s: s.encode("big5").decode("gbk", "replace"), lambda d: d.encode("gbk").decode("big5"), "Big5 (traditional) bytes decoded as GBK"),
    "utf8>sjis": (lambda s: s.encode("utf-8").decode("cp932", "replace"), lambda d: d.encode("cp932").decode("utf-8"), "UTF-8 bytes decoded as Shift_JIS (cp932)"),
    "utf8>euckr": (lambda s: s.encode("utf-8").decode("euc_kr", "replace"), lambda d: d.encode("euc_kr").decode("utf-8"), "UTF-8 bytes decoded as EUC-KR"),
    "utf8>koi8r": (lambda s: s.encode("utf-8").decode("koi8_r"), lambda d: d.encode("koi8_r").decode("utf-8"), "UTF-8 bytes decoded as KOI8-R"),
    "utf8>cp866": (lambda s: s.encode("utf-8").decode("cp866"), lambda d: d.encode("cp866").decode("utf-8"), "UTF-8 bytes decoded as cp866"),
    "2x utf8>cp1252": (lambda s: sloppy1252_dec(sloppy1252_dec(s.encode("utf-8")).encode("utf-8")),
                       lambda d: sloppy1252_enc(sloppy1252_enc(d).decode("utf-8")).decode("utf-8"), "double encoding: UTF-8 read as cp1252, re-saved as UTF-8, read as cp1252 again"),
    "2x utf8>gbk": (lambda s: s.encode("utf-8").decode("gbk", "replace").encode("utf-8").decode("gbk", "replace"),
                    lambda d: d.encode("gbk").decode("utf-8").encode("gbk").decode("utf-8"), "double encoding: UTF-8 read as GBK twice"),
    "ru cp1251>koi8r": (lambda s: s.encode("cp1251").decode("koi8_r"), lambda d: d.encode("koi8_r").decode("cp1251"), "Russian cp1251 bytes decoded as KOI8-R"),
    "ru utf8>cp1251": (lambda s: s.encode("utf-8").decode("cp1251", "replace"), lambda d: d.encode("cp1251").decode("utf-8"), "Russian UTF-8 bytes decoded as cp1251"),
    "ru cp866>cp1251": (lambda s: s.encode("cp866").decode("cp1251", "replace"), lambda d: d.encode("cp1251").decode("cp866"), "Russian cp866 bytes decoded as cp1251"),
    "ru koi8r>cp1251": (lambda s: s.encode("koi8_r").decode("cp1251", "replace"), lambda d: d.encode("cp1251").decode("koi8_r"), "Russian KOI8-R bytes decoded as cp1251"),
}


def lossless(name, orig, dmg):
    try:
        return CODECS[name][1](dmg) == orig
    except Exception:
        return False


CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def pick_stretch(rng, sent, scope):
    if scope == "word":
        runs = [m for m in CJK_RUN.finditer(sent)]
        if runs:
            m = rng.choice(runs)
            ln = rng.randint(2, min(6, m.end() - m.start()))
            a = rng.randint(m.start(), m.end() - ln)
            return a, a + ln
        scope = "sentence"
    if scope == "clause":
        parts = [m for m in re.finditer(r"[^，、；：。！？\n]{2,}", sent) if re.search(r"[\u4e00-\u9fff]", m.group(0))]
        if parts:
            m = rng.choice(parts)
            return m.start(), m.end()
        scope = "sentence"
    end = len(sent)
    if sent.endswith("。") and rng.random() < 0.5:
        end -= 1
    return 0, end


def trim_damage(orig, dmg):
    """segments for a damaged stretch; unchanged leading/trailing ASCII characters
    (identical in every ASCII-compatible codec) are left outside the span.  A
    non-ASCII character that happens to coincide stays inside (e.g. Cyrillic Р)."""
    i = 0
    n = min(len(orig), len(dmg))
    while i < n and orig[i] == dmg[i] and orig[i] < "\x80":
        i += 1
    j = 0
    while j < n - i and orig[len(orig) - 1 - j] == dmg[len(dmg) - 1 - j] and orig[len(orig) - 1 - j] < "\x80":
        j += 1
    mid = dmg[i:len(dmg) - j]
    return [(dmg[:i], False), (mid, True), (dmg[len(dmg) - j:], False)], bool(mid)


def damage_in_sentence(rng, sent, fn, scope):
    for _ in range(10):
        a, b = pick_stretch(rng, sent, scope)
        orig = sent[a:b]
        dmg = fn(orig)
        segs, ok = trim_damage(orig, dmg)
        if ok:
            return [(sent[:a], False)] + segs + [(sent[b:], False)], orig, dmg
    return None, None, None


SCOPES = ["word", "word", "clause", "clause", "sentence"]


def codec_style(cname, source=None):
    fn = CODECS[cname][0]
    desc = CODECS[cname][2]

    def gen(rng):
        for _ in range(20):
            scope = rng.choice(SCOPES)
            nd = 1 if rng.random() < 0.75 else 2
            core = []
            flags = []
            for _ in range(nd):
                sent = source(rng) if source else clean_sentence(rng)
                segs, orig, dmg = damage_in_sentence(rng, sent, fn, scope)
                if segs is None:
                    break
                flags.append(lossless(cname, orig, dmg))
                if core:
                    core.append((clean_sentence(rng), False) if rng.random() < 0.6 else ("", False))
                core += segs
            else:
                ll = "lossless" if all(flags) else ("lossy" if not any(flags) else "partly lossless")
                return wrap(rng, core), f"{desc}; scope={scope}; {len(flags)} stretch(es); inverse {ll}"
        raise RuntimeError("codec style failed " + cname)
    return gen


TRAD = ["全年完成固定資產投資{d}億元，同比增長{p}%。", "持續推進鄉村振興，農村居民人均可支配收入達到{n}元。", "加強社區治理，組織志願服務活動{n}場。",
        "深化經貿交流合作，新引進外資企業{n}家。", "圍繞產業發展主線，推動傳統產業轉型升級。", "積極應對颱風災害，轉移安置受災群眾{n}人。",
        "完善醫療衛生服務體系，新建社區衛生服務站{n}個。", "加快推進舊城區改造，改善市民居住條件。", "舉辦專題講座{n}場，參與市民逾{n}人次。",
        "環境品質持續改善，空氣品質優良天數比例為{p}%。", "擴大對外開放，進出口總額達{d}億元。", "落實職業教育發展計劃，培訓青年技能人才{n}名。",
        "區委、區政府高度重視，召開專題會議{n}次研究部署。", "現將有關工作開展情況匯報如下："]


def trad_sentence(rng):
    return segs_text(render(rng.choice(TRAD), rng))


RU = ["Мы готовы расширять сотрудничество в сельском хозяйстве", "Развитие транспортных коридоров отвечает интересам обеих сторон",
      "Благодарим за тёплый приём и гостеприимство", "Совместный проект будет завершён в следующем году", "Наши регионы связывает давняя дружба",
      "Торговый оборот вырос почти вдвое", "Приглашаем делегацию посетить выставку осенью", "Обмен студентами станет важным направлением работы"]
RU_CTX = [("俄罗斯友好城市代表在交流会上表示：“", "”。"), ("俄方合作伙伴来函称：“", "”。"), ("签约仪式上，俄方代表用俄语致辞：“", "”，现场反响热烈。"),
          ("中俄双语宣传册首页印有“", "”字样。")]


def ru_style(cname):
    fn = CODECS[cname][0]
    desc = CODECS[cname][2]

    def gen(rng):
        ru = rng.choice(RU)
        a, b = rng.choice(RU_CTX)
        if rng.random() < 0.3:
            words = ru.split(" ")
            i = rng.randint(0, len(words) - 1)
            j = rng.randint(i + 1, min(len(words), i + 3))
            orig = " ".join(words[i:j])
            pre = " ".join(words[:i]) + (" " if i else "")
            post = (" " if j < len(words) else "") + " ".join(words[j:])
        else:
            orig, pre, post = ru, "", ""
        dmg = fn(orig)
        segs, ok = trim_damage(orig, dmg)
        core = [(a + pre, False)] + segs + [(post + b, False)]
        ll = lossless(cname, orig, dmg)
        return wrap(rng, core), f"{desc}; quoted Russian damaged, Chinese context clean; inverse {'lossless' if ll else 'lossy'}"
    return gen


def edit_segments(text, edits):
    """edits: sorted list of (a, b, replacement) -> segments, replacement as span."""
    segs = []
    pos = 0
    for a, b, rep in edits:
        segs.append((text[pos:a], False))
        segs.append((rep, True))
        pos = b
    segs.append((text[pos:], False))
    return segs


def gen_kunjinkao(rng):
    sent = clean_sentence(rng)
    scope = rng.choice(SCOPES)
    a, b = pick_stretch(rng, sent, scope)
    k = max(1, (b - a) // 2 + rng.randint(0, 1))
    rep = "锟斤拷" * k
    if rng.random() < 0.2:
        rep += rng.choice(["锟", "锟?", "�"])
    core = edit_segments(sent, [(a, b, rep)])
    return wrap(rng, core), f"lost characters replaced by 锟斤拷 (U+FFFD stored as UTF-8 then read as GBK), scope={scope}; lossy"


def gen_tangtang(rng):
    ch = rng.choice(["烫", "烫", "屯"])
    rep = ch * rng.randint(3, 24)
    sent = clean_sentence(rng)
    if rng.random() < 0.5:
        core = [(sent, False), (rep, True)]
        return wrap(rng, core, where="end"), f"uninitialised-buffer garbage {ch}{ch}{ch} appended after text; lossy"
    a, b = pick_stretch(rng, sent, rng.choice(["word", "clause"]))
    core = edit_segments(sent, [(a, b, rep)])
    return wrap(rng, core), f"stretch overwritten by {ch}{ch}{ch} garbage; lossy"


def gen_qmarks(rng):
    sent = clean_sentence(rng)
    scope = rng.choice(SCOPES)
    a, b = pick_stretch(rng, sent, scope)
    per = rng.choice([1, 1, 2])
    orig = sent[a:b]
    rep = "".join(("?" * per) if ("\u4e00" <= c <= "\u9fff" or c in "，。、；：“”（）") else c for c in orig)
    segs, ok = trim_damage(orig, rep)
    core = [(sent[:a], False)] + segs + [(sent[b:], False)]
    if rng.random() < 0.25:
        s2 = clean_sentence(rng)
        a2, b2 = pick_stretch(rng, s2, "word")
        core += edit_segments(s2, [(a2, b2, "?" * ((b2 - a2) * per))])
    return wrap(rng, core), f"characters lost in a lossy conversion, each replaced by {per} '?'; scope={scope}; lossy"


def gen_fffd(rng):
    sent = clean_sentence(rng)
    scope = rng.choice(SCOPES)
    a, b = pick_stretch(rng, sent, scope)
    per = rng.choice([1, 2, 1])
    orig = sent[a:b]
    rep = "".join(("\ufffd" * per) if not c.isascii() else c for c in orig)
    segs, ok = trim_damage(orig, rep)
    core = [(sent[:a], False)] + segs + [(sent[b:], False)]
    return wrap(rng, core), f"characters replaced by U+FFFD ({per} per character); scope={scope}; lossy"


ENT_NBSP = ["&nbsp;", "&amp;nbsp;", "&#160;"]


def gen_entities(rng):
    sents = [clean_sentence(rng) for _ in range(rng.randint(1, 3))]
    if not any("“" in s for s in sents) and rng.random() < 0.6:
        sents.append(segs_text(render(rng.choice([t for t in T if "“" in t]), rng)))
    text = "".join(sents)
    edits = []
    qstyle = rng.choice([("&ldquo;", "&rdquo;"), ("&amp;#8220;", "&amp;#8221;"), ("&#8220;", "&#8221;"), ("&quot;", "&quot;")])
    for i, c in enumerate(text):
        if c == "“":
            edits.append((i, i + 1, qstyle[0]))
        elif c == "”":
            edits.append((i, i + 1, qstyle[1]))
    if rng.random() < 0.5 or not edits:
        edits.insert(0, (0, 0, rng.choice(ENT_NBSP) * rng.randint(2, 4)))
    if rng.random() < 0.4:
        for m in re.finditer(r"、", text):
            if rng.random() < 0.5:
                edits.append((m.start() + 1, m.start() + 1, "&nbsp;"))
    if rng.random() < 0.3:
        edits.append((len(text), len(text), rng.choice(["&nbsp;", "&amp;nbsp;&amp;nbsp;", "&#13;&#10;"])))
    edits.sort(key=lambda e: (e[0], e[1]))
    core = edit_segments(text, edits)
    return wrap(rng, core, k=rng.choice([0, 0, 1, 2])), f"HTML entities left in text ({qstyle[0]} etc.); each entity is a span, adjacent entities merged; html.unescape restores (double-escaped &amp;#... needs two passes)"


def gen_tags(rng):
    sents = [clean_sentence(rng) for _ in range(rng.randint(1, 4))]
    segs = []
    if rng.random() < 0.5:
        segs.append((rng.choice(['<p style="text-indent:2em;">', "<p>", '<span style="font-family:仿宋_GB2312;font-size:16pt">', '<div class="TRS_Editor">']), True))
    for i, s in enumerate(sents):
        if rng.random() < 0.3:
            m = CJK_RUN.search(s)
            if m:
                tg = rng.choice([("<strong>", "</strong>"), ("<b>", "</b>"), ('<font color="#ff0000">', "</font>")])
                segs += [(s[:m.start()], False), (tg[0], True), (s[m.start():m.end()], False), (tg[1], True), (s[m.end():], False)]
            else:
                segs.append((s, False))
        else:
            segs.append((s, False))
        if i < len(sents) - 1 or rng.random() < 0.5:
            segs.append((rng.choice(["<br/>", "<br>", "</p><p>", "<br />", "</span>"]), True))
    if not any(f for _, f in segs):
        segs.append(("<br/>", True))
    return wrap(rng, segs, k=rng.choice([0, 0, 1])), "HTML tags left in text after a bad copy from a web page; each tag is a span"


def gen_ncr(rng):
    sent = clean_sentence(rng)
    a, b = pick_stretch(rng, sent, rng.choice(["word", "word", "clause"]))
    orig = sent[a:b]
    hexa = rng.random() < 0.3
    rep = "".join((f"&#x{ord(c):x};" if hexa else f"&#{ord(c)};") if not c.isascii() else c for c in orig)
    segs, ok = trim_damage(orig, rep)
    assert html.unescape(rep) == orig
    return wrap(rng, [(sent[:a], False)] + segs + [(sent[b:], False)]), "characters written as numeric character references; html.unescape restores: lossless"


INVIS = ["\u200b", "\ufeff", "\u00ad", "\u200c", "\u200d", "\u2060", "\u200b"]


def gen_invisible(rng):
    sent = clean_sentence(rng)
    pos = [i for i in range(1, len(sent)) if ("\u4e00" <= sent[i - 1] <= "\u9fff" and "\u4e00" <= sent[i] <= "\u9fff") or (sent[i - 1].isdigit() and sent[i].isdigit())]
    k = min(len(pos), rng.choice([1, 1, 2, 3]))
    chosen = sorted(rng.sample(pos, k))
    edits = []
    used = []
    for p in chosen:
        ch = rng.choice(INVIS) * rng.choice([1, 1, 2])
        used.append("+".join(f"U+{ord(c):04X}" for c in ch))
        edits.append((p, p, ch))
    if rng.random() < 0.15:
        edits.insert(0, (0, 0, "\ufeff"))
        used.insert(0, "U+FEFF@start")
    return wrap(rng, edit_segments(sent, edits)), f"invisible characters inside words/numbers ({', '.join(used)}); each is a span; removing them restores the text"


PY = [("發", "发", "fā"), ("區", "区", "qū"), ("領", "领", "lǐng"), ("導", "导", "dǎo"), ("動", "动", "dòng"), ("遠", "远", "yuǎn"), ("現", "现", "xiàn"),
      ("況", "况", "kuàng"), ("實", "实", "shí"), ("際", "际", "jì"), ("項", "项", "xiàng"), ("資", "资", "zī"), ("產", "产", "chǎn"), ("經", "经", "jīng"),
      ("濟", "济", "jì"), ("農", "农", "nóng"), ("業", "业", "yè"), ("設", "设", "shè"), ("務", "务", "wù"), ("環", "环", "huán"), ("開", "开", "kāi"),
      ("會", "会", "huì"), ("為", "为", "wèi"), ("進", "进", "jìn"), ("達", "达", "dá"), ("個", "个", "gè"), ("員", "员", "yuán"), ("鄉", "乡", "xiāng"),
      ("鎮", "镇", "zhèn"), ("護", "护", "hù"), ("億", "亿", "yì"), ("長", "长", "zhǎng"), ("組", "组", "zǔ"), ("織", "织", "zhī"), ("眾", "众", "zhòng"),
      ("傳", "传", "chuán"), ("統", "统", "tǒng"), ("轉", "转", "zhuǎn"), ("劃", "划", "huà"), ("舉", "举", "jǔ"), ("參", "参", "cān"), ("與", "与", "yù"),
      ("層", "层", "céng"), ("題", "题", "tí"), ("議", "议", "yì"), ("圍", "围", "wéi"), ("擴", "扩", "kuò"), ("體", "体", "tǐ"), ("積", "积", "jī"),
      ("極", "极", "jí"), ("災", "灾", "zāi"), ("勢", "势", "shì"), ("級", "级", "jí"), ("計", "计", "jì"), ("聯", "联", "lián"), ("職", "职", "zhí")]
PY_T = {t: p for t, s, p in PY}
PY_S = {s: p for t, s, p in PY}


def pinyin_style(trad):
    table = PY_T if trad else PY_S

    def gen(rng):
        for _ in range(50):
            sents = [trad_sentence(rng) if trad else clean_sentence(rng) for _ in range(rng.randint(1, 3))]
            text = "".join(sents)
            idx = [i for i, c in enumerate(text) if c in table]
            if idx:
                break
        prob = rng.choice([0.3, 0.6, 1.0])
        chosen = [i for i in idx if rng.random() < prob] or [rng.choice(idx)]
        paren = rng.choice([("(", ")"), ("(", ")"), ("（", "）")])
        edits = [(i + 1, i + 1, paren[0] + table[text[i]] + paren[1]) for i in chosen]
        return wrap(rng, edit_segments(text, edits), k=rng.choice([0, 0, 1])), \
            f"pinyin-annotation artefact of a {'simplified-to-traditional' if trad else 'annotating'} converter: reading inserted after {len(chosen)} character(s); span = the parenthesised reading only; removing it restores the text"
    return gen


def gen_percent_text(rng):
    sent = clean_sentence(rng)
    a, b = pick_stretch(rng, sent, rng.choice(["word", "word", "clause", "sentence"]))
    orig = sent[a:b]
    rep = urllib.parse.quote(orig, safe="")
    if rng.random() < 0.3:
        rep = re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), rep)
    segs, ok = trim_damage(orig, rep)
    assert urllib.parse.unquote(rep) == orig
    return wrap(rng, [(sent[:a], False)] + segs + [(sent[b:], False)]), "text percent-encoded (URL-encoded UTF-8) in running prose, not in a URL; urllib.parse.unquote restores: lossless"


def gen_uescape(rng):
    sent = clean_sentence(rng)
    a, b = pick_stretch(rng, sent, rng.choice(["word", "word", "clause"]))
    orig = sent[a:b]
    up = rng.random() < 0.3
    rep = "".join((f"\\u{ord(c):04X}" if up else f"\\u{ord(c):04x}") if not c.isascii() else c for c in orig)
    segs, ok = trim_damage(orig, rep)
    assert json.loads('"' + rep + '"') == orig
    return wrap(rng, [(sent[:a], False)] + segs + [(sent[b:], False)]), "characters left as literal \\uXXXX escapes (JSON/JS); json.loads restores: lossless"


LOSSLESS_WHOLE = ["utf8>latin1", "utf8>cp1252", "gbk>latin1", "utf8>gbk", "utf8>koi8r", "utf8>big5", "utf8>sjis"]


def gen_whole(rng):
    cname = rng.choice(LOSSLESS_WHOLE)
    fn = CODECS[cname][0]
    k = rng.choice([2, 3, 4, 6, 9])
    para = "".join(clean_sentence(rng) for _ in range(k))
    dmg = fn(para)
    segs, ok = trim_damage(para, dmg)
    ll = lossless(cname, para, dmg)
    core = segs
    if rng.random() < 0.3:
        h = rng.choice(HEADINGS).replace("{y}", str(rng.randint(2019, 2024)))
        core = [(h + "\n", False)] + core
    return core, f"whole paragraph damaged: {CODECS[cname][2]}; inverse {'lossless' if ll else 'lossy'}"


MIX_KINDS = ["utf8>gbk", "utf8>latin1", "gbk>utf8", "kjk", "q", "ent", "inv", "pct", "utf8>cp1252", "gbk>latin1"]


def gen_multi_mj(rng):
    kinds = rng.sample(MIX_KINDS, rng.randint(2, 4))
    core = []
    descs = []
    for kd in kinds:
        if rng.random() < 0.5:
            core.append((clean_sentence(rng), False))
        sent = clean_sentence(rng)
        if kd in CODECS:
            segs, orig, dmg = damage_in_sentence(rng, sent, CODECS[kd][0], rng.choice(["word", "clause"]))
            descs.append(f"{kd}({'lossless' if lossless(kd, orig, dmg) else 'lossy'})")
        else:
            a, b = pick_stretch(rng, sent, "word")
            orig = sent[a:b]
            if kd == "kjk":
                rep = "锟斤拷" * max(1, len(orig) // 2)
            elif kd == "q":
                rep = "?" * len(orig)
            elif kd == "ent":
                rep = "".join(f"&#{ord(c)};" for c in orig)
            elif kd == "pct":
                rep = urllib.parse.quote(orig)
            else:
                rep = orig[0] + "\u200b" + orig[1:]
                segs = [(sent[:a + 1], False), ("\u200b", True), (sent[a + 1:], False)]
            if kd != "inv":
                segs = edit_segments(sent, [(a, b, rep)])
            descs.append(kd)
        core += segs
    return wrap(rng, core, k=rng.choice([0, 1, 2])), "several damaged stretches of different kinds: " + ", ".join(descs)


# --- mj negatives -----------------------------------------------------------
NEG_RU = ["俄罗斯友好城市代表在交流会上表示：“Мы рады новым совместным проектам”。", "中俄双语标牌写有“Добро пожаловать”字样，方便外国游客。",
          "口岸新设俄语服务窗口，窗口上方标注“Справочная служба”。", "俄方代表团团长在致辞中说：“Спасибо за сотрудничество”。",
          "边贸市场商户学会了“Здравствуйте”“Сколько стоит”等常用俄语。"]
NEG_JA = ["日方企业代表在致辞中说：“地域の発展に貢献したいと考えています”。", "友好城市赠送的书法作品上写着“友好交流”和“ありがとう”。",
          "景区新增日语导览，标识牌写有“入口はこちらです”。", "交流会上，日方代表用日语说“これからもよろしくお願いします”。",
          "展会宣传册的日文版标题为「環境技術協力フォーラム」。"]
NEG_KO = ["韩国友好城市代表团赠送的纪念牌上写着“함께 성장하는 미래”。", "景区导览增设韩文标识“관광 안내소”。", "韩方客商在签约仪式上说“감사합니다”。",
          "中韩双语宣传手册标题为“우호 교류의 새로운 장”。"]
NEG_EL = ["课题组采用显著性水平α=0.05进行检验，标准差σ为{d}。", "希腊客商留言“Ευχαριστούμε για τη φιλοξενία”。", "温差Δt控制在{n}℃以内。",
          "模型中β系数为{d}，γ取值参考国家标准。", "雅典市代表团赠送了写有“Φιλία”的纪念品。"]
NEG_VI = ["越南客商Nguyễn Văn Hùng在签约仪式上致辞。", "边境贸易点标牌写有越南语“Chợ biên giới”。", "越方代表用越南语说“Hợp tác cùng phát triển”。",
          "越南留学生Trần Thị Mai获得“优秀国际学生”称号。", "中越双语告示写着“Xin cảm ơn quý khách”。"]
NEG_PT = ["与巴西São Paulo州企业签订农产品采购协议，金额{d}万美元。", "葡萄牙Associação Comercial代表团来访交流。", "宣传片葡萄牙语版标题为“Cooperação e desenvolvimento”。",
          "安哥拉客商表示“a cooperação é muito importante”。", "澳门Instituto para os Assuntos Municipais派员参加交流活动。"]
NEG_FR = ["法国Société Générale代表出席了项目推介会。", "中法合作项目以“Coopération économique et culturelle”为主题。", "法国客商留言“À bientôt, et merci pour l'accueil”。",
          "科特迪瓦（Côte d'Ivoire）经贸代表团到访{loc}工业园区。", "法语导览词中“café”“thé”等词汇注释清楚。"]
NEG_DE = ["德国Müller Maschinenbau GmbH在{loc}园区投资{d}亿元建厂。", "代表团赴Düsseldorf参加国际展会。", "西班牙客商祝福“Feliz Año Nuevo”。",
          "与España企业签订橄榄油进口协议。", "奥地利合作方地址为Hauptstraße {n}号。"]
NEG_PY_LESSON = ["多音字“行”在“银行”中读háng，在“行走”中读xíng。", "语文课上，老师讲解“发展”的读音fā zhǎn。", "“长”在“成长”中读zhǎng，在“长江”中读cháng。",
                 "注音练习：重(chóng)复、重(zhòng)要，学生逐一认读。", "推普活动中讲解“区”读qū，不读ōu（作姓氏时除外）。", "识字卡片：发(fā)芽、头发(fà)。"]
NEG_PY_NAME = ["{loc}镇（Qīngxī Zhèn）道路指示牌完成双语改造。", "外宣材料统一将地名拼写为“Yúnlǐng Cūn”。", "获奖选手李明（Lǐ Míng）来自{loc}村。",
               "景区英文名称为“Tónghú Scenic Area”。", "非遗传承人周秀兰（Zhōu Xiùlán）展示剪纸技艺。"]
NEG_TRAD = ["台胞代表在座谈會上說：“兩岸一家親，合作共發展。”", "香港同胞捐贈的教學設備已全部投入使用。", "澳門社團來訪，雙方就青年交流進行了深入探討。",
            "繁體字書法展共展出作品{n}幅，吸引市民參觀。", "“體驗傳統文化”系列活動在{loc}古鎮舉辦。"]
NEG_HTML = ["网页改版中，技术人员将段落统一改用<p>标签，并删除多余的<br/>换行。", "培训课上讲解了HTML中&nbsp;表示不换行空格、&amp;表示“&”符号。",
            "政府网站模板将<title>标签统一改为单位全称。", "检测发现{n}个页面仍使用<font>等过时标签，已全部整改。",
            "在网页源码中，版权符号写作&copy;，显示为©。", "无障碍改造要求所有<img>标签补充alt属性，共整改图片{n}张。"]
NEG_CUR = ["引进外资{d}亿美元（约合¥{d}亿元）。", "出口欧洲产品合同金额€{d}万，折合人民币{d}万元。", "检测温度控制在20±2℃。",
           "PM2.5年均浓度≤{n}μg/m³，达到二级标准。", "人均住房面积{d}㎡，增长{d}‰。", "估算公式为√(a²+b²)，误差≤{d}%。",
           "英国合作方报价£{n}，日方报价¥{n}。", "收益率Σ加权后为{d}%，∆值较上年收窄。"]
NEG_Q = ["群众问：“什么时候能通自来水？”工作人员当场答复。", "我们要经常问一问自己：为群众办了哪些实事？", "外国客商问道：“How can we invest here?”",
         "难道不能把服务做得更好一些吗?这是我们要思考的。", "问卷第3题“您对社区服务是否满意?”满意率{p}%。", "孩子们好奇地问：“为什么要垃圾分类？”"]
NEG_EMO = ["社区公众号推文《好消息📢新公园开放啦🎉》阅读量{n}次。", "网友留言“为家乡点赞👍👍”。", "短视频《{loc}美食🍜》播放量{n}次。",
           "家庭教育讲座海报印有👨‍👩‍👧图标。", "居民在群里回复“收到✅”。", "活动宣传语：“绿色出行🚲，低碳生活🌱”。"]
NEG_FW = ["全年ＧＤＰ增长{p}%，增速居全市前列。", "ＰＭ２．５平均浓度同比下降{p}%。", "建成５Ｇ基站{n}个，实现重点区域全覆盖。",
          "ＡＢＣ三类项目分别推进，Ａ类项目{n}个。", "接入ＩＰＴＶ用户{n}户。"]
NEG_URL = ["详见https://www.example.gov.cn/search?q=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4。", "政策原文链接：https://zwgk.example.cn/file/%E6%96%B9%E6%A1%88.pdf。",
           "市民可通过http://www.example.org.cn/list?key=%E5%85%BB%E8%80%81&page=2查询养老机构信息。", "问卷地址为https://wj.example.com/vm/%E6%BB%A1%E6%84%8F%E5%BA%A6。"]
NEG_AMP = ["企业R&D经费投入{d}亿元，占营收比重{p}%。", "组织企业参加M&A并购专题培训。", "引进P&G等知名企业区域配送中心。", "Q&A环节，专家现场解答了{n}个问题。"]
NEG_LAT1 = ["园区年产值突破{n}亿元，获评“©2023年度优秀园区”。", "室外温度28°C，组织户外作业人员错峰施工。", "约翰·史密斯（John Smith）教授作专题讲座。",
            "该产品已注册“禾丰®”商标。", "部分工程完成½，剩余工程年底前完工。", "体重指数超过28的居民占比{p}%，男女比例为1:1.2。"]


def gen_neg_plain_mj(rng):
    return wrap(rng, [(clean_sentence(rng), False)], k=rng.choice([0, 1, 2, 4, 9])), "clean report text"


# ----------------------------------------------------------------------------
# style registry
# ----------------------------------------------------------------------------
PH_POS = [
    ("ph_num_x_lower", num_style(["x"])),
    ("ph_num_X_upper", num_style(["X"])),
    ("ph_num_times_sign", num_style(["×"])),
    ("ph_num_fullwidth_star", num_style(["＊"])),
    ("ph_num_ascii_star", num_style(["*"])),
    ("ph_num_circle", num_style(["○"])),
    ("ph_num_square", num_style(["□"])),
    ("ph_date_masked", gen_date),
    ("ph_money_decimal", gen_money),
    ("ph_percent_masked", gen_percent),
    ("ph_place_XX", place_style(["XX", "××", "xx", "X", "×××"], "place name masked")),
    ("ph_place_moumou", gen_place_mou),
    ("ph_org_masked", gen_org),
    ("ph_person_surname_mou", gen_person_mou),
    ("ph_person_full_mask", gen_person_full),
    ("ph_blank_underscore", gen_underscore),
    ("ph_bracket_field", gen_bracket),
    ("ph_curly_template", gen_curly),
    ("ph_dollar_template", gen_dollar),
    ("ph_fill_here_note", gen_fill_note),
    ("ph_pending_value", gen_pending),
    ("ph_template_leftover", gen_leftover),
    ("ph_id_mask", gen_id),
    ("ph_phone_mask", gen_phone),
    ("ph_mask_linebreak", gen_linebreak),
    ("ph_fullwidth_forms", gen_fullwidth),
    ("ph_case_study_anonymised", gen_case),
    ("ph_multi_mixed", gen_multi),
    ("ph_full_template_para", gen_full_template),
]
PH_NEG = [
    ("phneg_1plusX", neg_from(NEG_1X, "1+X / 7+X / N+X policy names")),
    ("phneg_xray_x86", neg_from(NEG_XRAY, "X射线 / X光 / x86 are real terms")),
    ("phneg_dimensions_sci", neg_from(NEG_DIM, "× as a dimension or scientific-notation sign")),
    ("phneg_formula_times", neg_from(NEG_FORMULA, "× as multiplication in a formula")),
    ("phneg_math_xy", neg_from(NEG_MATH, "x and y as variables in a maths lesson")),
    ("phneg_pinyin_x", neg_from(NEG_PINYIN, "pinyin with x in a language lesson")),
    ("phneg_model_numbers", neg_from(NEG_MODEL, "product model numbers containing X")),
    ("phneg_roman_numerals", neg_from(NEG_ROMAN, "roman numerals (Ⅲ类, IV, XIV)")),
    ("phneg_english_x", neg_from(NEG_ENG, "English words / URL / file names containing x")),
    ("phneg_mou_ordinary", neg_from(NEG_MOU, "某些/某种/某一/某个 as ordinary words")),
    ("phneg_mou_indefinite_speech", neg_from(NEG_MOU_SPEECH, "indefinite 某天/某次/某位 in reported speech; decided NEGATIVE (no specific value hidden)")),
    ("phneg_emoji", neg_from(NEG_EMOJI, "emoji in new-media reporting")),
    ("phneg_checkbox_bullets", gen_neg_checkbox),
    ("phneg_decorative_separator", gen_neg_separator),
    ("phneg_circle_zero_year", gen_neg_zero),
    ("phneg_pending_word", neg_from(NEG_PENDING, "待定/待核实 as ordinary words, not in a value slot")),
    ("phneg_footnote_star", neg_from(NEG_FOOT, "* / ★ / ※ as footnote markers")),
    ("phneg_plain_report", gen_neg_plain),
]
MJ_POS = [
    ("mj_utf8_as_gbk", codec_style("utf8>gbk")),
    ("mj_gbk_as_utf8_replacement", codec_style("gbk>utf8")),
    ("mj_utf8_as_latin1", codec_style("utf8>latin1")),
    ("mj_utf8_as_cp1252", codec_style("utf8>cp1252")),
    ("mj_utf8_as_cp1252_dropped", codec_style("utf8>cp1252drop")),
    ("mj_gbk_as_latin1", codec_style("gbk>latin1")),
    ("mj_utf8_as_big5", codec_style("utf8>big5")),
    ("mj_gb2312_as_big5", codec_style("gb2312>big5")),
    ("mj_big5_as_gbk", codec_style("big5>gbk", source=trad_sentence)),
    ("mj_utf8_as_sjis", codec_style("utf8>sjis")),
    ("mj_utf8_as_euckr", codec_style("utf8>euckr")),
    ("mj_utf8_as_koi8r", codec_style("utf8>koi8r")),
    ("mj_utf8_as_cp866", codec_style("utf8>cp866")),
    ("mj_double_utf8_cp1252", codec_style("2x utf8>cp1252")),
    ("mj_double_utf8_gbk", codec_style("2x utf8>gbk")),
    ("mj_ru_cp1251_as_koi8r", ru_style("ru cp1251>koi8r")),
    ("mj_ru_utf8_as_cp1251", ru_style("ru utf8>cp1251")),
    ("mj_ru_cp866_as_cp1251", ru_style("ru cp866>cp1251")),
    ("mj_ru_koi8r_as_cp1251", ru_style("ru koi8r>cp1251")),
    ("mj_kunjinkao", gen_kunjinkao),
    ("mj_tangtang", gen_tangtang),
    ("mj_question_marks", gen_qmarks),
    ("mj_replacement_chars", gen_fffd),
    ("mj_html_entities", gen_entities),
    ("mj_html_tags", gen_tags),
    ("mj_numeric_char_refs", gen_ncr),
    ("mj_invisible_chars", gen_invisible),
    ("mj_pinyin_annotation_trad", pinyin_style(True)),
    ("mj_pinyin_annotation_simp", pinyin_style(False)),
    ("mj_percent_encoded_text", gen_percent_text),
    ("mj_unicode_escapes", gen_uescape),
    ("mj_whole_paragraph", gen_whole),
    ("mj_multi_stretch_mixed", gen_multi_mj),
]
MJ_NEG = [
    ("mjneg_russian", neg_from(NEG_RU, "correct Russian quoted")),
    ("mjneg_japanese", neg_from(NEG_JA, "correct Japanese (kana + kanji)")),
    ("mjneg_korean", neg_from(NEG_KO, "correct Korean")),
    ("mjneg_greek", neg_from(NEG_EL, "correct Greek letters / words")),
    ("mjneg_vietnamese", neg_from(NEG_VI, "correct Vietnamese with diacritics")),
    ("mjneg_portuguese", neg_from(NEG_PT, "correct Portuguese")),
    ("mjneg_french", neg_from(NEG_FR, "correct French with accents")),
    ("mjneg_german_spanish", neg_from(NEG_DE, "correct German / Spanish")),
    ("mjneg_pinyin_lesson", neg_from(NEG_PY_LESSON, "tone-marked pinyin in a language lesson, incl. 行(háng)-style glosses; decided NEGATIVE")),
    ("mjneg_pinyin_name_gloss", neg_from(NEG_PY_NAME, "tone-marked pinyin as a name gloss")),
    ("mjneg_traditional", neg_from(NEG_TRAD, "correct traditional Chinese")),
    ("mjneg_html_technical", neg_from(NEG_HTML, "HTML markup discussed in a technical sentence; decided NEGATIVE")),
    ("mjneg_currency_math", neg_from(NEG_CUR, "currency, unit and math symbols")),
    ("mjneg_question_marks", neg_from(NEG_Q, "correct ? / ？ in questions")),
    ("mjneg_emoji", neg_from(NEG_EMO, "emoji, incl. a ZWJ family sequence")),
    ("mjneg_fullwidth_latin", neg_from(NEG_FW, "full-width Latin letters and digits")),
    ("mjneg_real_url_percent", neg_from(NEG_URL, "a real URL containing percent-encoding")),
    ("mjneg_ampersand", neg_from(NEG_AMP, "plain ampersand R&D / Q&A, not an entity")),
    ("mjneg_latin1_symbols", neg_from(NEG_LAT1, "legitimate Latin-1 symbols © ° · ® ½")),
    ("mjneg_plain_report", gen_neg_plain_mj),
]

TARGETS = {"ph_pos": 840, "ph_neg": 560, "mj_pos": 870, "mj_neg": 580}

# ----------------------------------------------------------------------------
# checks and output
# ----------------------------------------------------------------------------
PH_SPAN_OK = re.compile(r"^(?:[xXｘＸ×＊*○□_＿某.\-:,\n]+|待定|待核实|待补充|待确认|TBD|（待[^）]*）|.*[【\[〖［<《{(（$#%@].*)$|.*(单击|请在|正文|插入|示例|Lorem|在此|标题).*", re.S)
ESC_RE = re.compile("[\u0080-\u00a0\u2028\u2029\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u061c\u180e\u202a-\u202e\u2066-\u2069]")


def dumps(obj):
    s = json.dumps(obj, ensure_ascii=False)

    def esc(m):
        return "\\u%04x" % ord(m.group(0))
    s = ESC_RE.sub(esc, s)
    # any other format/control character
    out = []
    for c in s:
        if ord(c) > 0x9f and unicodedata.category(c) in ("Cf", "Cc", "Zl", "Zp") and not ESC_RE.match(c):
            if ord(c) > 0xFFFF:
                v = ord(c) - 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)))
            else:
                out.append("\\u%04x" % ord(c))
        else:
            out.append(c)
    return "".join(out)


def check(rec):
    text, spans = rec["text"], rec["spans"]
    prev = -1
    for a, b in spans:
        assert 0 <= a < b <= len(text), rec
        assert a > prev, ("overlap/touch", rec)
        prev = b
    if rec["label"] == "negative":
        assert spans == [], rec
    else:
        assert spans, rec
    if rec["family"] == "ph" and rec["label"] == "placeholder":
        for a, b in spans:
            assert PH_SPAN_OK.match(text[a:b]), (text[a:b], rec["style"], text)
    if rec["family"] == "ph" and rec["label"] == "negative":
        assert "某某" not in text and "xx" not in text.lower().replace("xxx", "") or rec["style"] in ("phneg_decorative_separator",), rec
    if rec["family"] == "mj" and rec["label"] == "negative":
        assert "\ufffd" not in text and "锟斤拷" not in text, rec
    assert json.loads(dumps(rec)) == rec


def generate(seed):
    out = []
    groups = [("ph", "placeholder", PH_POS, TARGETS["ph_pos"]), ("ph", "negative", PH_NEG, TARGETS["ph_neg"]),
              ("mj", "mojibake", MJ_POS, TARGETS["mj_pos"]), ("mj", "negative", MJ_NEG, TARGETS["mj_neg"])]
    seen = set()
    for fam, label, styles, total in groups:
        base, extra = divmod(total, len(styles))
        for si, (style, fn) in enumerate(styles):
            n = base + (1 if si < extra else 0)
            rng = random.Random(zlib.crc32(f"{seed}:{style}".encode("utf-8")))
            made = 0
            tries = 0
            while made < n:
                tries += 1
                if tries > n * 50:
                    raise RuntimeError(f"cannot make enough unique records for {style}")
                segs, note = fn(rng)
                text, spans = build(segs)
                if text in seen:
                    continue
                if label != "negative":
                    note = note + f"; position={position_of(text, spans)}"
                else:
                    spans = []
                seen.add(text)
                rec = {"id": "", "family": fam, "style": style, "label": label, "text": text, "spans": spans, "note": note}
                check(rec)
                out.append(rec)
                made += 1
    random.Random(zlib.crc32(f"{seed}:shuffle".encode("utf-8"))).shuffle(out)
    for i, r in enumerate(out, 1):
        r["id"] = f"t{i:05d}"
    return out


STYLE_CODEC = {"mj_utf8_as_gbk": "utf8>gbk", "mj_utf8_as_latin1": "utf8>latin1", "mj_utf8_as_cp1252": "utf8>cp1252",
               "mj_utf8_as_cp1252_dropped": "utf8>cp1252drop", "mj_gbk_as_latin1": "gbk>latin1", "mj_utf8_as_big5": "utf8>big5",
               "mj_gb2312_as_big5": "gb2312>big5", "mj_big5_as_gbk": "big5>gbk", "mj_utf8_as_sjis": "utf8>sjis",
               "mj_utf8_as_euckr": "utf8>euckr", "mj_utf8_as_koi8r": "utf8>koi8r", "mj_utf8_as_cp866": "utf8>cp866",
               "mj_double_utf8_cp1252": "2x utf8>cp1252", "mj_double_utf8_gbk": "2x utf8>gbk", "mj_ru_cp1251_as_koi8r": "ru cp1251>koi8r",
               "mj_ru_utf8_as_cp1251": "ru utf8>cp1251", "mj_ru_cp866_as_cp1251": "ru cp866>cp1251", "mj_ru_koi8r_as_cp1251": "ru koi8r>cp1251"}
CLEAN_CHARS = re.compile(r"^[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”、。，；：！？（）\x20-\x7e\u0400-\u04ffё]*$")


def verify_file(path):
    """Independent re-check of a written file (does not use the generator's segments)."""
    raw = open(path, "rb").read()
    txt = raw.decode("utf-8")
    bad = [c for c in txt if (0x80 <= ord(c) <= 0x9f) or c in "\u2028\u2029\ufeff\u200b\u200c\u200d\u2060\u00ad"]
    assert not bad, f"unescaped invisible/C1 characters in file: {len(bad)}"
    ids = set()
    n_inv = n_inv_ok = 0
    for ln, line in enumerate(txt.splitlines(), 1):
        r = json.loads(line)
        assert set(r) == {"id", "family", "style", "label", "text", "spans", "note"}, ln
        assert r["id"] not in ids
        ids.add(r["id"])
        assert r["family"] in ("ph", "mj") and r["label"] in ("placeholder", "mojibake", "negative")
        assert (r["family"] == "ph") == (r["label"] in ("placeholder", "negative") and r["style"].startswith("ph"))
        check(r)
        t = r["text"]
        if r["style"] in STYLE_CODEC and "inverse lossless" in r["note"]:
            inv = CODECS[STYLE_CODEC[r["style"]]][1]
            for a, b in r["spans"]:
                n_inv += 1
                back = inv(t[a:b])
                assert CLEAN_CHARS.match(back), (r["id"], back)
                n_inv_ok += 1
        if r["style"].startswith("mj_pinyin_annotation"):
            for a, b in r["spans"]:
                assert re.fullmatch(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]", t[a:b]), t[a:b]
        if r["style"] == "mj_invisible_chars":
            for a, b in r["spans"]:
                assert all(unicodedata.category(c) == "Cf" for c in t[a:b]), r["id"]
        if r["style"] == "mj_percent_encoded_text":
            for a, b in r["spans"]:
                assert CLEAN_CHARS.match(urllib.parse.unquote(t[a:b]))
    print(f"verified {len(ids)} records in {path}; {n_inv_ok}/{n_inv} spans of 'lossless' codec records decode back to clean text", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="text5.jsonl")
    ap.add_argument("--verify", metavar="PATH", help="only re-check an existing output file")
    args = ap.parse_args()
    if args.verify:
        verify_file(args.verify)
        return
    recs = generate(args.seed)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(dumps(r) + "\n")
    counts = {}
    for r in recs:
        counts[(r["family"], r["label"])] = counts.get((r["family"], r["label"]), 0) + 1
    print(f"wrote {len(recs)} records to {args.out}: " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
