#!/usr/bin/env python3
"""Held-out test collection generator: placeholders (family "ph") and
mojibake / web debris (family "mj") in Chinese government work reports.

Standard library only.  Deterministic for a given --seed.

    python3 text_gen.py --seed 3 --out text.jsonl

Every record: id, family, style, label, text, spans, note.
spans are Python str offsets [start, end) of each inserted placeholder /
damaged stretch; the script asserts that each span holds exactly the
string that was inserted there.  Damage in family "mj" is produced for real
with Python codecs from clean text written here.

Span conventions (see text_README.md):
  * a span covers the placeholder token only, not the real unit or suffix
    after it: "xx户" -> "xx"; "XX镇" -> "XX"; "xx%" -> "xx";
  * digits, dots and hyphens that belong to the same unfilled number are
    inside the span: "20xx", "xx.x", "1x", "0xxx-xxxxxxx", "xx-xx";
  * "x月x日" gives two spans ("x" and "x"): 月/日 are real text;
  * surname + 某 ("张某", "王某某") is one span including the surname;
  * bracketed slots / blanks / instructions include their brackets;
  * mojibake spans cover the whole replaced stretch as it appears in text;
    pinyin ruby debris "發(fā)展" -> span is "(fā)" only.
"""
import argparse
import json
import random
import re
import sys
import urllib.parse

# ---------------------------------------------------------------------------
# segment helpers: a paragraph is a list of (text, is_span, expected)
# ---------------------------------------------------------------------------


def T(s):
    return (s, False)


def S(s):
    return (s, True)


def build(segs):
    text = ""
    spans = []
    expected = []
    for s, sp in segs:
        if sp:
            assert s, "empty span"
            if spans and spans[-1][1] == len(text):  # adjacent insertions form one stretch
                spans[-1][1] += len(s)
                expected[-1] += s
            else:
                spans.append([len(text), len(text) + len(s)])
                expected.append(s)
        text += s
    for (a, b), e in zip(spans, expected):
        assert text[a:b] == e, (text, a, b, e)
    return text, spans


def merge_plain(segs):
    out = []
    for s, sp in segs:
        if not s:
            continue
        if out and not sp and not out[-1][1]:
            out[-1] = (out[-1][0] + s, False)
        else:
            out.append((s, sp))
    return out


# ---------------------------------------------------------------------------
# pools of clean material (written for this set)
# ---------------------------------------------------------------------------

SURNAMES = list("王李张刘陈杨黄赵吴周孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔向汤")
GIVEN = ["建国", "志强", "海燕", "丽华", "国庆", "红梅", "晓东", "伟", "敏", "静", "磊", "军", "洋", "勇",
         "艳", "杰", "娟", "涛", "明", "超", "秀英", "桂英", "文华", "玉兰", "建华", "春梅", "永刚", "德胜",
         "小龙", "雪", "峰", "婷", "丹", "振华", "光明", "金凤", "宏伟", "立新", "卫东", "秋菊", "家乐", "子涵"]
PLACES = {
    "镇": ["城关", "石门", "白沙", "龙泉", "高桥", "新塘", "凤凰", "青石", "黄田", "马坪", "大桥", "松柏",
          "南岭", "沙坪", "三江", "金山", "柳林", "桃源", "平安", "双溪", "官庄", "太平"],
    "乡": ["东山", "岭头", "坪上", "梅花", "长岗", "大坝", "水口", "观音桥", "罗坑", "板桥"],
    "街道": ["南湖", "东城", "西湖", "滨江", "城南", "北山", "新华", "解放", "长安", "文昌", "洲头", "江北"],
    "村": ["柳湾", "桃花", "杨家坪", "金鸡岭", "上坪", "下河", "石板", "竹林", "红星", "双河", "清水",
          "马家湾", "李家庄", "塘坊", "枫树坳", "荷叶塘"],
    "社区": ["幸福", "阳光", "和平", "锦绣", "花园", "翠竹", "丽景", "连江", "晨光", "东风"],
    "县": ["临江", "安平", "清河", "永宁", "宁远", "石城", "丰乐", "太和", "长乐", "新田"],
    "市": ["江州", "云川", "河阳", "南平", "青州", "安溪", "临川"],
    "区": ["高新", "经开", "城东", "河西", "滨海", "南山"],
    "有限公司": ["宏达建材", "金穗农业", "绿源生态", "华兴物流", "恒通食品", "新丰纺织", "润田农业开发"],
}
SUFFIXES = list(PLACES.keys())

UNIT_RANGE = {
    "户": (12, 3800), "人": (8, 5200), "家": (3, 860), "场": (3, 80), "人次": (120, 56000), "处": (6, 900),
    "件": (10, 1200), "个": (2, 150), "公里": (3, 260), "亩": (200, 30000), "吨": (50, 20000), "座": (2, 60),
    "份": (800, 60000), "次": (5, 400), "名": (5, 900), "项": (2, 60), "台": (2, 300), "所": (2, 40),
    "套": (5, 2000), "条": (2, 90), "宗": (3, 300), "场次": (4, 200), "批次": (5, 600), "剂次": (3000, 90000),
}
LATIN_UNIT = {"MW": (5, 300), "kV": None, "km": (2, 80), "TB": (20, 900), "GB": (50, 2000)}

# event templates; slots: {C:unit} {M} {P:lo|mid|hi} {D} {DM} {Y} {Y:next} {N} {O} {O:suffix} {R} {DOC} {T}
# {W:unit} {TEL}.  Templates starting with {O} or {N} carry their own subject.
EVENTS = [
    "走访慰问困难群众{C:户}", "新增城镇就业{C:人}", "新登记市场主体{C:家}", "组织各类技能培训{C:场}",
    "累计培训{C:人次}", "排查整改安全隐患{C:处}", "化解矛盾纠纷{C:件}", "完成老旧小区改造{C:个}",
    "新建改建农村公路{C:公里}", "建成高标准农田{C:亩}", "清运农村生活垃圾{C:吨}", "新建改建农村公厕{C:座}",
    "发放宣传资料{C:份}", "签约家庭医生服务{C:户}", "招引亿元以上项目{C:个}", "办结群众诉求{C:件}",
    "开展志愿服务活动{C:次}", "发展新党员{C:名}", "新建5G基站{C:个}", "调处土地纠纷{C:宗}",
    "抽检食品{C:批次}", "新建村级综合服务站{C:所}", "维修山塘水库{C:座}", "累计接种新冠疫苗{C:剂次}",
    "帮助脱贫劳动力外出务工{C:人}", "改造农村危房{C:户}", "安装路灯{C:套}", "开展应急演练{C:场次}",
    "完成固定资产投资{M}", "争取上级各类资金{M}", "发放各类惠民补贴{M}", "实现村级集体经济收入{M}",
    "完成一般公共预算收入{M}", "兑现惠企政策资金{M}", "完成规模以上工业总产值{M}", "发放创业担保贷款{M}",
    "地区生产总值同比增长{P:lo}", "城乡居民医保参保率达{P:hi}", "群众满意度达到{P:hi}", "生活垃圾分类覆盖率达{P:hi}",
    "规模以上工业增加值增长{P:lo}", "空气质量优良天数比例达{P:hi}", "义务教育巩固率保持在{P:hi}",
    "社会消费品零售总额增长{P:lo}", "已完成年度目标任务的{P:mid}",
    "于{D}召开全体干部动员大会", "在{D}前全面完成项目验收", "于{D}顺利通过省级复核",
    "由{N}同志牵头成立工作专班", "由党委书记{N}带队赴{O}考察学习", "{N}同志被评为全市优秀共产党员",
    "与{O}签订战略合作协议", "{O}成功创建省级文明村", "{O}获评全国乡村治理示范村",
    "在全市综合考评中排名第{R}位", "印发{T}（{DOC}）", "新增光伏装机容量{W:MW}", "新铺设污水管网{W:km}",
    "政务云存储扩容{W:TB}", "建成{W:kV}变电站一座", "于{DM}份完成第三方机构招标", "力争{Y:next}年底前实现全覆盖",
    "开通24小时服务热线{TEL}",
    "深入开展“我为群众办实事”实践活动", "持续推进“放管服”改革", "打造“一村一品”特色产业",
    "扎实开展“平安家庭”创建活动", "全面落实河长制、林长制", "推进农村人居环境整治提升",
    "建立“街道吹哨、部门报到”工作机制", "深化“最多跑一次”改革", "推行“网格化+信息化”管理模式",
]
INTROS = ["今年以来，", "{Y}年，", "一年来，", "上半年，", "过去一年，", "截至目前，", "一季度，",
          "本年度，", "{Y}年以来，", "", "", ""]
SUBJECTS = ["我镇", "我街道", "全县", "我局", "区委区政府", "我们", "全乡", "本单位", "市爱卫办", "县农业农村局",
            "{O}", "{O}", "镇党委", "县人社局", "我办", "街道党工委"]
SCHEMES = [None, None, None, ["一是", "二是", "三是", "四是"], ["（一）", "（二）", "（三）", "（四）"],
           ["首先，", "其次，", "再次，", "最后，"]]
HEADS = ["强化组织领导。", "聚焦项目建设。", "守牢安全底线。", "兜牢民生底线。", "狠抓作风建设。",
         "推进乡村振兴。", "优化营商环境。", "提升治理效能。", "加强生态保护。", "做实基层党建。"]
CLOSERS = ["有力推动了各项工作落地见效。", "群众获得感、幸福感明显增强。", "为全年目标任务完成打下坚实基础。",
           "得到上级部门充分肯定。", "相关经验做法在全市推广。", "各项工作取得阶段性成效。",
           "经济社会保持平稳健康发展。", "基层治理水平持续提升。"]
DOC_PREFIX = ["县政办发", "镇党发", "区委办发", "市政办函", "县农发", "街道办发", "县卫健发", "市爱卫办"]
TITLE_BODIES = ["关于加快推进乡村振兴的实施方案", "关于进一步优化营商环境的若干措施", "关于做好安全生产工作的通知",
                "关于开展人居环境整治的工作方案", "关于印发年度重点工作任务分解表的通知", "创建国家卫生城市工作实施方案",
                "关于加强基层治理体系建设的意见"]

SLOT_RE = re.compile(r"\{([A-Z]+)(?::([^}]*))?\}")


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.cur_year = 2023

    # ---------------- real values ----------------
    def name(self):
        return self.r.choice(SURNAMES) + self.r.choice(GIVEN)

    def place(self, suffix=None):
        suf = suffix or self.r.choice(SUFFIXES)
        return self.r.choice(PLACES[suf]), suf

    def real(self, slot, arg):
        r = self.r
        if slot == "C":
            lo, hi = UNIT_RANGE.get(arg, (2, 500))
            if arg in ("公里", "吨") and r.random() < 0.5:
                return "%.1f%s" % (r.uniform(lo, hi), arg)
            return "%d%s" % (r.randint(lo, hi), arg)
        if slot == "M":
            if r.random() < 0.75:
                v = r.uniform(12, 98000)
                return ("%.0f" % v if r.random() < 0.3 else ("%%.%df" % r.choice([1, 2])) % v) + "万元"
            return "%.2f亿元" % r.uniform(1.1, 86.5)
        if slot == "P":
            if arg == "lo":
                return "%.1f%%" % r.uniform(0.5, 25)
            if arg == "mid":
                return "%.1f%%" % r.uniform(40, 96)
            return r.choice(["%.1f%%" % r.uniform(85, 99.9), "%.2f%%" % r.uniform(90, 99.9), "100%"])
        if slot == "D":
            return "%d月%d日" % (r.randint(1, 12), r.randint(1, 28))
        if slot == "DM":
            return "%d月" % r.randint(1, 12)
        if slot == "Y":
            if arg == "next":
                return str(self.cur_year + r.choice([1, 1, 2]))
            return str(self.cur_year)
        if slot == "N":
            return self.name()
        if slot == "O":
            n, s = self.place(arg or None)
            return n + s
        if slot == "R":
            return str(r.randint(1, 18))
        if slot == "DOC":
            return "%s〔%d〕%d号" % (r.choice(DOC_PREFIX), self.cur_year - r.choice([0, 0, 1]), r.randint(1, 160))
        if slot == "T":
            return "《%s%s》" % (self.real("O", r.choice(["县", "市", "区", "镇"])), r.choice(TITLE_BODIES))
        if slot == "W":
            if arg == "kV":
                return "%d%s" % (r.choice([10, 35, 110, 220]), arg)
            lo, hi = LATIN_UNIT[arg]
            return ("%.1f" % r.uniform(lo, hi) if r.random() < 0.5 else str(r.randint(lo, hi))) + arg
        if slot == "TEL":
            return "0%d-%d" % (r.randint(310, 998), r.randint(2000000, 8999999))
        raise ValueError(slot)

    def fill_template(self, tmpl, special=None):
        """special: dict slot -> callable(arg) returning segments (used once)."""
        segs = []
        pos = 0
        used = False
        for m in SLOT_RE.finditer(tmpl):
            segs.append(T(tmpl[pos:m.start()]))
            slot, arg = m.group(1), m.group(2)
            if special and not used and slot in special:
                segs.extend(special[slot](arg))
                used = True
            else:
                segs.append(T(self.real(slot, arg)))
            pos = m.end()
        segs.append(T(tmpl[pos:]))
        return segs, used

    def events_with(self, slots):
        return [e for e in EVENTS if any(("{" + s + "}" in e) or ("{" + s + ":" in e) for s in slots)]

    # ---------------- paragraph ----------------
    def paragraph(self, targets=(), n_sent=None, quotes=False, max_sent=4):
        """targets: list of (slot_types, fn(slot, arg)->segments).  Returns segments.
        Rebuilt until it has at most max_sent sentences (headings such as 一是强化组织领导。 count)."""
        for _ in range(200):
            segs = self._paragraph(targets, n_sent, quotes)
            if len(re.findall("[。！？]", "".join(x for x, _ in segs))) <= max_sent:
                return segs
        raise RuntimeError("paragraph too long")

    def _paragraph(self, targets=(), n_sent=None, quotes=False):
        r = self.r
        self.cur_year = r.randint(2019, 2024)
        n_sent = n_sent or r.choice([1, 2, 2, 3, 3, 4])
        evs = []  # (template, segments)
        used_t = set()
        for slots, fn in targets:
            cands = [e for e in self.events_with(slots) if e not in used_t] or self.events_with(slots)
            for _ in range(50):
                e = r.choice(cands)
                segs, used = self.fill_template(e, {s: (lambda a, s=s: fn(s, a)) for s in slots})
                if used:
                    break
            assert used, slots
            used_t.add(e)
            evs.append((e, segs))
        n_events = max(len(evs), r.randint(n_sent, n_sent * 2))
        pool = [e for e in EVENTS if e not in used_t]
        extra = r.sample(pool, n_events - len(evs))
        if quotes and not any("“" in e for e in list(used_t) + extra):
            extra.append(r.choice([e for e in EVENTS if "“" in e and e not in used_t]))
        for e in extra:
            evs.append((e, self.fill_template(e)[0]))
        r.shuffle(evs)
        k = min(max(1, n_sent - (1 if n_sent > 2 and r.random() < 0.4 else 0)), len(evs))
        cuts = sorted(r.sample(range(1, len(evs)), k - 1)) if k > 1 else []
        groups = []
        prev = 0
        for c in cuts + [len(evs)]:
            groups.append(evs[prev:c])
            prev = c
        scheme = r.choice(SCHEMES)
        heads = r.sample(HEADS, len(groups))
        subject = self.fill_template(r.choice(SUBJECTS))[0]
        sentences = []
        for gi, g in enumerate(groups):
            segs = []
            if scheme:
                segs.append(T(scheme[gi] if gi < len(scheme) else ""))
                if scheme[0] != "首先，" and r.random() < 0.5:
                    segs.append(T(heads[gi]))
            elif gi == 0:
                segs.extend(self.fill_template(r.choice(INTROS))[0])
            else:
                conn = r.choice(["同时，", "此外，", "", "", ""])
                if conn and any(x == conn for sent in sentences for x, _ in sent[:1]):
                    conn = ""
                segs.append(T(conn))
            self_subj = g[0][0].startswith("{O}") or g[0][0].startswith("{N}")
            if not self_subj and (gi == 0 or r.random() < 0.35):
                segs.extend(subject if gi == 0 else self.fill_template(r.choice(SUBJECTS))[0])
            for i, (e, es) in enumerate(g):
                if i:
                    segs.append(T(r.choice(["，", "，", "；", "，"])))
                segs.extend(es)
            segs.append(T("。"))
            sentences.append(segs)
        if len(sentences) < n_sent:
            sentences.append([T(r.choice(CLOSERS))])
        out = []
        for s in sentences:
            out.extend(s)
        return merge_plain(out)


# ---------------------------------------------------------------------------
# family ph: placeholder fills
# ---------------------------------------------------------------------------

MASKS = {"times": "×", "star": "*", "fwstar": "＊", "circle": "○", "square": "□", "blacksq": "■", "triangle": "△"}
LABELS = {
    "C": ["数量", "户数", "人数", "具体数字", "个数"], "M": ["金额", "资金数额", "投资额"], "P": ["百分比", "比例", "增幅"],
    "D": ["日期", "时间", "具体日期"], "Y": ["年份"], "N": ["姓名", "负责人姓名", "联系人", "书记姓名"],
    "O": ["单位名称", "乡镇名称", "村名", "街道名称", "项目名称", "县区名称"], "R": ["名次"], "W": ["数值"],
    "DM": ["月份"], "TEL": ["联系电话"], "DOC": ["文号"],
}
BRACKETS = [("【", "】"), ("[", "]"), ("〔", "〕"), ("{", "}"), ("<", ">"), ("〈", "〉"), ("「", "」"), ("『", "』"),
            ("（", "）"), ("［", "］"), ("｛", "｝"), ("(", ")")]
ENG = {
    "C": ["TBD", "{{count}}", "${num}", "%d", "[NUMBER]", "<NUM>", "TODO"],
    "M": ["TBD", "{{amount}}", "[AMOUNT]", "${money}"], "P": ["{{rate}}", "TBD", "[PCT]"],
    "Y": ["YYYY", "{{year}}", "${year}"], "N": ["[NAME]", "{{name}}", "<Name>", "${leader}", "[Your Name]"],
    "O": ["{{town}}", "[ORG]", "<Company Name>", "${unit}", "[Organization]"], "R": ["N/A", "TBD"],
    "W": ["TBD"], "DM": ["MM"], "TEL": ["[PHONE]", "{{tel}}"], "DOC": ["[DOC_NO]"],
}
INSTR_SLOT = {
    "C": ["（具体数字待统计）", "（填写数量）", "（数据待核实后填入）"], "M": ["（金额待财政核定）", "（填写金额）"],
    "P": ["（填写百分比）", "（比例待测算）"], "D": ["（写明具体时间）", "（日期待定）"], "Y": ["（填写年份）"],
    "N": ["（填写负责同志姓名）", "（此处写负责人）"], "O": ["（填写单位全称）", "（此处写乡镇名）"],
}
INSTR_FREE = ["（此处填写本单位主要做法）", "【此处插入工作照片】", "（根据实际情况填写）", "（请补充典型案例）",
              "[待补充]", "（可结合本部门实际增减内容）", "（不少于300字）", "（此处列举2至3个典型案例）",
              "（请各单位据实填报）", "【此处插入数据图表】", "（此段请办公室补充完善）", "（待补充）",
              "【请在此处简述存在问题及原因】", "（注：请删除本括号内的说明文字）", "（以下内容由各科室补充）"]


class PH:
    def __init__(self, g):
        self.g = g
        self.r = g.r

    def xrun(self, lo=1, hi=4, ch=None):
        r = self.r
        ch = ch or r.choice(["x", "x", "x", "X", "X"])
        return ch * r.choice([k for k in range(lo, hi + 1) for _ in range(3 if k in (2, 3) else 1)])

    # each returns a function fn(slot, arg) -> segments
    def fill(self, mode):
        r = self.r
        g = self.g

        def xr(lo=1, hi=4, ch=None):
            return self.xrun(lo, hi, ch)

        def fn(slot, arg):
            if mode in ("x", "X", "fw"):
                ch = {"x": None, "X": "X", "fw": r.choice(["Ｘ", "ｘ"])}[mode]
                c = ch or r.choice(["x", "x", "X"])
                if slot == "C":
                    return [S(xr(1, 4, c)), T(arg)]
                if slot == "M":
                    pat = r.choice(["xx.x", "xxx", "x.xx", "xx.xx", "xxxx", "xx"]).replace("x", c)
                    return [S(pat), T(r.choice(["万元", "万元", "亿元"]))]
                if slot == "P":
                    return [S(r.choice(["xx", "xx.x", "x.x", "xxx", "x"]).replace("x", c)), T("%")]
                if slot == "D":
                    v = r.random()
                    if v < 0.5:
                        return [S(xr(1, 2, c)), T("月"), S(xr(1, 2, c)), T("日")]
                    if v < 0.8:
                        return [T("%d月" % r.randint(1, 12)), S(xr(1, 2, c)), T("日")]
                    return [S(xr(1, 2, c)), T("月"), T("%d日" % r.randint(1, 28))]
                if slot == "DM":
                    return [S(xr(1, 2, c)), T("月")]
                if slot == "Y":
                    return [S(r.choice(["20xx", "20xx", "202x", "xxxx"]).replace("x", c))]
                if slot == "N":
                    return [S(xr(2, 3, c))]
                if slot == "O":
                    _, suf = g.place(arg or None)
                    return [S(xr(2, 3, c if r.random() < 0.5 else c.upper() if c in "xX" else c)), T(suf)]
                if slot == "R":
                    return [S(xr(1, 2, c))]
                if slot == "W":
                    return [S(r.choice(["xx", "xxx", "xx.x"]).replace("x", c)), T(arg)]
                if slot == "T":
                    _, suf = g.place(r.choice(["县", "市", "区", "镇"]))
                    return [T("《"), S(xr(2, 3, c)), T(suf + r.choice(TITLE_BODIES) + "》")]
                if slot == "DOC":
                    if r.random() < 0.5:
                        return [S(c), T(r.choice(["政办发", "爱卫办", "人常", "农发"]) + "〔%d〕" % r.randint(2020, 2024)),
                                S(xr(1, 3, c)), T("号")]
                    return [T(r.choice(DOC_PREFIX) + "〔%d〕" % r.randint(2020, 2024)), S(xr(1, 3, c)), T("号")]
                if slot == "TEL":
                    v = r.random()
                    if v < 0.4:
                        return [S("0" + c * 3 + "-" + c * 7)]
                    if v < 0.7:
                        return [T("0%d-" % r.randint(310, 998)), S(c * r.choice([7, 8]))]
                    return [S("1%d%s" % (r.choice([3, 5, 8]), c * 9))]
            if mode == "partial":
                c = r.choice(["x", "x", "X"])
                d = str(r.randint(1, 9))
                if slot == "C":
                    return [S(d + c * r.choice([1, 1, 2])), T(arg)]
                if slot == "M":
                    return [S(r.choice([d + c + "." + c, d + c * 2, d + "." + c * 2, d + c + "." + c * 2])),
                            T(r.choice(["万元", "亿元"]))]
                if slot == "P":
                    return [S(r.choice([d + c + "." + c, d + "." + c, d + c, "9" + c + "." + c])), T("%")]
                if slot == "Y":
                    return [S("20" + str(r.randint(1, 2)) + c)]
                if slot == "D":
                    return [T("%d月" % r.randint(1, 12)), S(str(r.randint(1, 2)) + c), T("日")]
                if slot == "R":
                    return [S("1" + c)]
            if mode == "range":
                c = r.choice(["x", "x", "X"])
                if slot == "D":
                    v = r.random()
                    if v < 0.35:
                        return [S(c * r.choice([1, 2])), T("月"), S(c * 2 + "-" + c * 2), T("日")]
                    if v < 0.7:
                        return [S(c * 2), T("月"), S(c * 2), T("日至"), S(c * 2), T("日")]
                    return [T("%d月" % r.randint(1, 12)), S(c + "-" + c), T("日")]
                if slot == "C":
                    return [S(c * 2 + r.choice(["-", "至", "～", "~"]) + c * 3), T(arg)] if r.random() < 0.3 else \
                        [S(c * 2), T("至"), S(c * 3), T(arg)]
                if slot == "P":
                    return [S(c * 2), T("%-"), S(c * 2), T("%")]
            if mode.startswith("mask:"):
                m = MASKS[mode[5:]]
                k = r.choice([2, 2, 3]) if m not in "*＊" else r.choice([2, 3, 3, 4])
                if slot == "C":
                    return [S(m * k), T(arg)]
                if slot == "M":
                    return [S(m * k + (("." + m) if r.random() < 0.3 else "")), T("万元")]
                if slot == "P":
                    return [S(m * 2), T("%")]
                if slot == "D":
                    return [S(m), T("月"), S(m * r.choice([1, 2])), T("日")]
                if slot == "Y":
                    return [S("20" + m * 2)]
                if slot == "N":
                    v = r.random()
                    if v < 0.45:
                        return [S(m * r.choice([2, 3]))]
                    if v < 0.8:
                        return [T(r.choice(SURNAMES)), S(m * r.choice([1, 2]))]
                    return [T(r.choice(SURNAMES)), S(m), T(r.choice(["明", "华", "军", "芳", "强"]))]
                if slot == "O":
                    _, suf = g.place(arg or None)
                    return [S(m * r.choice([2, 2, 3])), T(suf)]
                if slot == "TEL":
                    return [T("1%d%d" % (r.choice([3, 5, 8]), r.randint(0, 9))), S(m * 4), T("%04d" % r.randint(0, 9999))]
                if slot == "R":
                    return [S(m)]
            if mode == "moumou":
                if slot == "O":
                    _, suf = g.place(arg or None)
                    return [S("某某"), T(suf)]
                if slot == "N":
                    return [S("某某")]
                if slot == "T":
                    _, suf = g.place(r.choice(["县", "市"]))
                    return [T("《"), S("某某"), T(suf + r.choice(TITLE_BODIES) + "》")]
            if mode == "moumoumou":
                return [S("某某某")]
            if mode == "surname":
                return [S(r.choice(SURNAMES) + r.choice(["某", "某", "某某"]))]
            if mode == "bracket":
                lab = r.choice(LABELS.get(slot, ["内容"]))
                a, b = r.choice(BRACKETS)
                seg = [S(a + lab + b)]
                if slot == "C":
                    seg.append(T(arg))
                elif slot == "M":
                    seg.append(T("万元"))
                elif slot == "P":
                    seg.append(T("%") if r.random() < 0.5 else T(""))
                elif slot == "W":
                    seg.append(T(arg))
                elif slot == "T":
                    return [T("《"), S(a + "单位名称" + b), T(r.choice(TITLE_BODIES) + "》")]
                return seg
            if mode == "underscore":
                u = r.choice(["_", "_", "＿"]) * r.randint(2, 8)
                if slot == "C":
                    return [S(u), T(arg)]
                if slot == "M":
                    return [S(u), T("万元")]
                if slot == "P":
                    return [S(u), T("%")]
                if slot == "D":
                    u2 = u[0] * r.randint(2, 5)
                    return [S(u), T("月"), S(u2), T("日")]
                if slot == "Y":
                    return [S(u[0] * r.randint(4, 6))]
                if slot in ("N", "R"):
                    return [S(u)]
                if slot == "O":
                    _, suf = g.place(arg or None)
                    return [S(u), T(suf)]
            if mode == "fwblank":
                inner = r.choice(["　", "　　", "　　　", "  ", "    ", "   "])
                a, b = r.choice([("（", "）"), ("（", "）"), ("【", "】"), ("[", "]"), ("(", ")"), ("“", "”")])
                seg = [S(a + inner + b)]
                if slot == "C":
                    seg.append(T(arg))
                elif slot == "M":
                    seg.append(T("万元"))
                elif slot == "P":
                    seg.append(T("%"))
                elif slot == "O":
                    seg.append(T(g.place(arg or None)[1]))
                return seg
            if mode == "eng":
                if slot == "D":
                    if r.random() < 0.5:
                        return [S("MM"), T("月"), S("DD"), T("日")]
                    return [S(r.choice(["[DATE]", "<DATE>", "{{date}}", "${date}"]))]
                w = r.choice(ENG[slot])
                seg = [S(w)]
                if slot == "C":
                    seg.append(T(arg))
                elif slot == "M":
                    seg.append(T("万元"))
                elif slot == "P":
                    seg.append(T("%"))
                elif slot == "Y":
                    seg.append(T(""))
                elif slot == "O" and w in ("{{town}}", "${unit}"):
                    seg.append(T(g.place(arg or None)[1]))
                elif slot == "W":
                    seg.append(T(arg))
                return seg
            if mode == "instr":
                return [S(r.choice(INSTR_SLOT[slot]))]
            raise ValueError((mode, slot))

        return fn


def no_stray_placeholder(text, spans):
    """check text outside spans has no obvious placeholder left (for ph positives)."""
    keep = list(text)
    for a, b in spans:
        for i in range(a, b):
            keep[i] = "\0"
    rest = "".join(keep)
    bad = re.search(r"[xXＸｘ]{2,}|某某|××|＊＊|\*\*|○○|□□|■■|△△|__|＿|【[^】]*(名称|姓名|数量|日期)|TBD|\{\{|\$\{", rest)
    assert not bad, (text, bad.group(0))


# ---------------------------------------------------------------------------
# ph positive styles
# ---------------------------------------------------------------------------

def ph_positive(g, ph, style):
    r = g.r

    def para(targets, **kw):
        return g.paragraph(targets, **kw)

    note = ""
    if style == "x_count":
        segs = para([(["C"], ph.fill("x"))] * r.choice([1, 1, 2]))
        note = "x-run standing for a count before a measure word"
    elif style == "x_place_upper":
        segs = para([(["O"], ph.fill("X"))])
        note = "XX/xx standing for a place or organisation name before its suffix"
    elif style == "x_date":
        segs = para([(["D"], ph.fill(r.choice(["x", "X"])))])
        note = "x-runs in month/day"
    elif style == "x_year":
        segs = para([(["Y"], ph.fill(r.choice(["x", "X"])))])
        note = "year with unfilled digits"
    elif style == "x_money_decimal":
        segs = para([(["M"], ph.fill(r.choice(["x", "x", "X"])))])
        note = "amount with x digits and decimal point"
    elif style == "x_percent":
        segs = para([(["P"], ph.fill(r.choice(["x", "x", "X"])))])
        note = "percentage with x digits"
    elif style == "x_partial_digits":
        segs = para([(["C", "M", "P", "Y", "D", "R"], ph.fill("partial"))])
        note = "number with some digits filled and some x"
    elif style == "x_docno":
        segs = para([(["DOC"], ph.fill(r.choice(["x", "x", "X"])))])
        note = "document number with x"
    elif style == "x_range":
        segs = para([(["D", "C", "P"], ph.fill("range"))])
        note = "range of unfilled values"
    elif style == "fullwidth_x":
        segs = para([(["C", "O", "M", "P", "D", "N"], ph.fill("fw"))] * r.choice([1, 2]))
        note = "full-width Ｘ/ｘ runs"
    elif style == "x_person":
        segs = para([(["N"], ph.fill(r.choice(["x", "X"])))])
        note = "x-run standing for a person's name"
    elif style == "x_title":
        segs = para([(["T"], ph.fill(r.choice(["x", "X"])))])
        note = "x-run for the place inside a document title"
    elif style == "x_rank":
        segs = para([(["R"], ph.fill(r.choice(["x", "X"])))])
        note = "x-run for a rank"
    elif style == "x_latin_unit":
        segs = para([(["W"], ph.fill(r.choice(["x", "x", "X"])))])
        note = "x-run glued to a Latin unit (xxMW, xxkm)"
    elif style == "x_phone":
        tel = ph.fill(r.choice(["x", "x", "X"]))("TEL", None)
        base = para([], max_sent=3)
        op = r.choice(["联系人：", "（联系人：", "联系人："])
        cl = "）" if op.startswith("（") else r.choice(["。", ""])
        segs = merge_plain(base + [T(op + g.name() + r.choice(["，电话：", "，联系电话：", "；手机："]))] + tel + [T(cl)])
        note = "phone number with x digits"
    elif style == "x_edge_position":
        c = r.choice(["x", "X", "xx"])
        run = c * r.choice([2, 2, 3]) if len(c) == 1 else c
        if r.random() < 0.5:
            suf = r.choice(["镇", "县", "街道", "乡", "区", "市"])
            head = r.choice([suf + "%d年工作总结\n" % g.r.randint(2019, 2024),
                             suf + "关于%d年上半年工作情况的报告\n" % g.r.randint(2019, 2024),
                             (suf + "人民政府：\n") if suf != "街道" else "街道办事处：\n",
                             suf + "%d年度民生实事完成情况\n" % g.r.randint(2019, 2024)])
            segs = merge_plain([S(run), T(head)] + para([]))
        else:
            body = para([])
            tail = r.choice([[T("报告人："), S(run.upper() if len(run) < 3 else run)],
                             [T("\n"), S("XX"), T(r.choice(["镇人民政府", "街道办事处", "县农业农村局"])), T("\n"),
                              S("20xx"), T("年"), S("x"), T("月"), S("x"), T("日")],
                             [T("\n责任单位："), S(run), T(r.choice(["局", "办", "镇"])),
                              T("；完成时限："), S("20xx"), T("年")],
                             [T("下一步，将继续争取上级资金"), S("xx"), T("万元")],
                             [T("\n（联系人："), S(run), T("）")]])
            segs = merge_plain(body + tail)
        note = "placeholder at the very start or very end of the text"
    elif style.startswith("mask_"):
        key = style[5:]
        segs = para([(["O", "N", "C", "D", "M", "TEL"] if key in ("star", "fwstar") else ["O", "N", "C", "D", "M"],
                      ph.fill("mask:" + key))] * r.choice([1, 1, 2]))
        note = "mask symbol %s standing for a value" % MASKS[key]
    elif style == "moumou":
        segs = para([(["O", "T", "N"], ph.fill("moumou"))])
        note = "某某 in place of a name"
    elif style == "moumoumou":
        segs = para([(["N"], ph.fill("moumoumou"))])
        note = "某某某 in place of a person's name"
    elif style == "surname_mou":
        k = r.choice([1, 2, 2, 3])
        if r.random() < 0.6:
            base = para([], max_sent=3)
            people = [S(r.choice(SURNAMES) + r.choice(["某", "某", "某某"])) for _ in range(k)]
            mid = []
            for i, p in enumerate(people):
                if i:
                    mid.append(T("、" if i < k - 1 else "与"))
                mid.append(p)
            tmpl = r.choice([("成功化解", "等积案"), ("依法处置", "等人违规占地问题"), ("妥善调解", "之间的宅基地纠纷"),
                             ("对", "等违纪党员作出处理"), ("帮助", "等困难群众申请临时救助")])
            sent = [T(tmpl[0])] + mid + [T(tmpl[1] + "。")]
            segs = merge_plain(base + sent if r.random() < 0.5 else sent + base)
        else:
            segs = para([(["N"], ph.fill("surname"))])
        note = "surname + 某 pseudonym"
    elif style == "bracket_slot":
        segs = para([(["O", "N", "C", "M", "D", "P", "Y", "T"], ph.fill("bracket"))] * r.choice([1, 1, 2]))
        note = "named template slot inside brackets"
    elif style == "blank_underscore":
        segs = para([(["C", "M", "P", "D", "Y", "N", "O", "R"], ph.fill("underscore"))] * r.choice([1, 2]))
        note = "underscore blank to fill"
    elif style == "blank_fullwidth_space":
        segs = para([(["C", "M", "P", "O"], ph.fill("fwblank"))])
        note = "empty brackets / quotes padded with spaces"
    elif style == "writer_instruction":
        if r.random() < 0.4:
            segs = para([(["C", "M", "P", "D", "Y", "N", "O"], ph.fill("instr"))])
        else:
            base = para([])
            ins = S(r.choice(INSTR_FREE))
            # insert after a sentence end or at the end
            text = "".join(s for s, _ in base)
            ends = [i + 1 for i, ch in enumerate(text) if ch == "。"]
            cut = r.choice(ends[:-1] + [len(text)] if len(ends) > 1 else [len(text)])
            if r.random() < 0.2:
                cut = 0
            segs = merge_plain([T(text[:cut]), ins, T(text[cut:])])
        note = "instruction to the writer left in the text"
    elif style == "english_template":
        if r.random() < 0.75:
            segs = para([(["C", "M", "P", "Y", "N", "O", "D"], ph.fill("eng"))])
        else:
            base = para([], max_sent=3)
            free = r.choice(["TODO：补充典型案例。", "FIXME", "TODO", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
                             "[Insert text here]", "（TBD）", "Click here to enter text."])
            segs = merge_plain(base + [S(free)] if r.random() < 0.6 else [S(free)] + base)
        note = "English template token"
    elif style == "mixed_multi":
        modes = r.sample(["x", "X", "mask:times", "mask:star", "moumou", "bracket", "underscore", "fw", "surname",
                          "mask:circle", "partial"], r.choice([2, 3, 3, 4]))
        targets = []
        for m in modes:
            slots = {"moumou": ["O"], "surname": ["N"], "partial": ["C", "M", "P"]}.get(m, ["C", "O", "M", "P", "D", "N"])
            targets.append((slots, ph.fill(m)))
        segs = para(targets, n_sent=r.choice([2, 3, 4]))
        note = "several placeholder kinds: " + ", ".join(modes)
    else:
        raise ValueError(style)
    return segs, note


PH_POS = ["x_count", "x_place_upper", "x_date", "x_year", "x_money_decimal", "x_percent", "x_partial_digits",
          "x_docno", "x_range", "fullwidth_x", "x_person", "x_title", "x_rank", "x_latin_unit", "x_phone",
          "x_edge_position", "mask_times", "mask_star", "mask_fwstar", "mask_circle", "mask_square", "mask_blacksq",
          "mask_triangle", "moumou", "moumoumou", "surname_mou", "bracket_slot", "blank_underscore",
          "blank_fullwidth_space", "writer_instruction", "english_template", "mixed_multi"]


# ---------------------------------------------------------------------------
# ph negative traps (real uses of x, X, ×, *, 某, brackets ...)
# ---------------------------------------------------------------------------

def n(r, lo, hi):
    return r.randint(lo, hi)

# additional trap sentences; {n} {m} number, {p} decimal, {y} year, {place} a town name
EXTRA_PH = {
    "one_plus_x": ["打造“1+X”志愿服务矩阵，{n}支队伍常态化开展活动。", "推广“1+X”基层党建模式，覆盖{n}个村（社区）。",
                   "实施“1+X”产业扶持政策，带动{n}户农户增收。", "形成“1+6+X”应急指挥体系。"],
    "x86_tech": ["完成{n}台x86桌面终端的国产化替代。", "核心业务系统仍运行在x86平台，计划{y}年完成迁移。",
                 "数据中心新增{n}台基于x86_64架构的存储服务器。"],
    "xray_medical": ["乳腺X线摄影筛查覆盖适龄妇女{n}人。", "新购置移动式X光机{m}台，用于床旁检查。",
                     "安检部门对{n}件行李进行了X光安全检查。", "组织放射工作人员开展X射线防护培训{m}场。"],
    "times_dimensions": ["设置{m}×{m}米网格，对农田开展土壤采样。", "新建标准游泳池，规格为50×25米。",
                         "推行“365×24”政务服务模式。", "开展“千村×百企”结对帮扶，结对{n}对。",
                         "光伏组件尺寸为2.2m×1.1m，共安装{n}块。"],
    "algebra": ["以成本C=5x+200为例，讲解了一次函数在经营中的应用。", "教师布置了解不等式2x-1>5的练习，得出x>3。",
                "综合评分按0.6x+0.4y计算，其中x为过程分、y为结果分。", "数学兴趣小组研究了y=ax²的图像性质。"],
    "markdown": ["**二是优化服务。**推行“一窗通办”，办件量{n}件。", "> 引用：全年新增就业{n}人。",
                 "1. 新建公厕{m}座\n2. 改造危房{n}户", "`注意`：本表为初步统计。", "---\n以上为本季度工作情况。"],
    "citation": ["《{place}镇志》记载了该村的建村历史[{m}]。", "参见国务院发展研究中心有关报告[{m}]。",
                 "该做法与浙江“千万工程”经验相似[1,3]。", "相关统计口径参照国家标准[8]。"],
    "roman_numeral": ["饮用水源地水质稳定达到Ⅱ类标准。", "全县共有Ⅲ级及以上医院{m}家。", "发布Ⅳ级森林火险预警{m}次。",
                      "推进Ⅱ级公路改造{n}公里。", "受理第Ⅰ类医疗器械备案{n}件。"],
    "model_number": ["采购的无人机型号为M300 RTK和Mavic 3E。", "新增充电桩支持CCS与GB/T标准，型号为DC-X120。",
                     "教室配备{n}台Surface Pro X平板电脑。", "消防无人机为“天鹰X8”型，已完成试飞。"],
    "pinyin_lesson": ["少儿拼音班练习了“小溪（xiǎoxī）”“星星（xīngxing）”等词语。", "普通话水平测试中，x、q、j的发音是考生的常见难点。",
                      "拼读“学习（xuéxí）”时要注意两个字的声调变化。"],
    "footnote_mark": ["注：*为同口径增速。", "带“*”的项目为{y}年新开工项目。", "注②：上年数据已按第五次经济普查结果修订。",
                      "※本表不含中央、省属企业数据。"],
    "mou_real": ["在某一时期内，人口外流现象较为突出。", "不能因为某项工作难度大就推诿扯皮。", "某些历史遗留问题仍需持续用力化解。",
                 "防止因某个环节衔接不畅影响整体进度。"],
    "email_url": ["项目申报请登录http://www.xjxnw.gov.cn提交材料。", "来信请发送至xuanchuan@{pl}.gov.cn。",
                  "请关注“学习强国”号https://www.xuexi.cn/local/。", "联系邮箱：xiangzhen_office@126.com。"],
    "real_brackets": ["（二）持续改善民生福祉。", "根据《{place}镇村庄规划（{y}—2035年）》，推进村庄建设。",
                      "按照《条例》（以下简称“条例”）要求，规范执法程序。", "【会议纪要】{y}年第{m}次主任办公会议。",
                      "“三农”工作（农业、农村、农民）取得新进展。"],
    "snake_underscore": ["接口地址中的参数名为app_id和access_token。", "附件命名为{place}_{y}_summary.docx后上报。",
                         "系统日志保存在/var/log/gov_portal/目录下。"],
    "science_x": ["实验室开展了X射线衍射（XRD）成分分析。", "血友病属于X连锁隐性遗传病，已纳入重大疾病保障。",
                  "燃气锅炉低氮改造后NOx浓度降至{m}mg/m³。", "雷达站采用X波段多普勒天气雷达。"],
    "clothing_size": ["运动会服装按M、L、XL三个尺码订制{n}套。", "志愿者马甲统一为XL码。",
                      "防寒服尺码为S至XXXL，共计{n}件。"],
    "st_stock": ["引导*ST公司通过资产重组改善经营。", "证监局通报，辖区*ST企业已全部完成整改。"],
    "sci_notation": ["年均流量约{p}×10⁸立方米。", "计算得出结果为6.02×10²³。", "有效库容{p}×10⁶立方米。"],
    "english_x_words": ["举办“Explore {Place}”国际青年文化周活动。", "组织企业参加迪拜GITEX科技展。",
                        "外资企业按照ESG框架披露环境信息，并通过Excel模板汇总。", "城市形象片以“Experience the Charm”为主题。"],
    "romanized_names": ["新疆（Xinjiang）援建项目进展顺利。", "邀请西北大学（Northwest University, Xi'an）专家授课。",
                        "外宣名片英文名为“Xiangxi Tea Town”。", "拼音地名标注为“Xinhua Lu（新华路）”。"],
    "quiz_marks": ["在“√”“×”判断练习中，学员平均得分{m}分。", "自查表中“×”表示未完成，“√”表示已完成。"],
    "ling_zero": [],
}
EXTRA_MJ = {
    "russian_quote": ["俄语培训班学员用“Здравствуйте”（您好）向来宾问好。", "与俄罗斯伊尔库茨克（Иркутск）企业洽谈木材加工合作。",
                      "展会上的俄文标牌“Чай из Китая”（中国茶）颇受欢迎。", "俄罗斯客商称赞我县蜂蜜“очень вкусно”（非常好吃）。"],
    "japanese_quote": ["与日本静冈县（しずおかけん）开展茶产业交流。", "日方专家介绍了“カイゼン”（改善）管理方法。",
                       "日本留学生写下“がんばって”（加油）为运动员助威。", "展台标语为“ようこそ中国へ”。"],
    "korean_quote": ["与韩国全州（전주）市签订文化交流协议。", "韩国游客留言“정말 아름다워요”（真美）。",
                     "韩资企业在园区挂牌“한중 협력센터”（韩中合作中心）。", "韩国留学生表演了传统歌曲《아리랑》。"],
    "greek_symbols": ["检测出的β-内酰胺酶阳性样本{n}份。", "采用α=0.05的显著性水平进行检验。",
                      "γ-氨基丁酸（GABA）茶叶获得绿色食品认证。", "供电可靠率RS-3达到99.9%，线损率下降Δ{p}个百分点。"],
    "accented_latin": ["与葡萄牙波尔图（Porto）的交流中，外方赠送了“Obrigado”字样的纪念品。", "法国客商称赞本地葡萄酒“très bien”。",
                       "学习借鉴丹麦奥胡斯（Aarhus）与挪威特罗姆瑟（Tromsø）的城市治理经验。", "引进的奶牛品种为法国蒙贝利亚（Montbéliarde）牛。",
                       "越南（Việt Nam）边贸互市点交易额增长{p}%。"],
    "symbols_units": ["全年日照时数{n}h，无霜期{m}d。", "土壤有机质含量≥{m}g/kg。", "供水管网压力保持在0.28MPa以上，水温约{m}℃。",
                      "单位GDP能耗下降{p}%，碳排放强度下降{p}%。", "城区绿地率达{m}%，人均公园绿地{p}㎡。"],
    "emoji": ["直播带货现场，主播喊出“家人们冲呀🚀”，销售额突破{n}万元。", "乡村运动会上，孩子们举着🏆合影留念。",
              "社区群里发布停水通知⚠️，居民纷纷回复“收到👌”。", "“文明旅游🚯”倡议在景区广泛传播。"],
    "rare_chars": ["非遗传承人李燊带领学员制作竹编{n}件。", "“𬳵”“𬸚”等生僻字已纳入户籍系统字库。",
                   "展出的《说文解字》刻本中收录了“䲜”字。", "青年企业家周珺创办的农业公司带动就业{m}人。"],
    "rare_place_names": ["赴黟县、祁门、绩溪学习古村落保护经验。", "与阆中、郫都、犍为开展文旅合作。",
                         "组织干部到盩厔（今周至）、鄠邑考察。", "在瀍河、涧西两区调研城市更新。"],
    "lookalike_real_words": ["沙家浜红色教育基地全年接待党员干部{n}人次。", "璇玑图文化展吸引游客{n}人次。",
                             "锦鲤养殖基地年产值{p}亿元。", "螺钿、鎏金等传统工艺进校园。", "姣姣等{m}名学生获省级竞赛奖项。"],
    "technote_markup": ["若富文本编辑器里出现<span>标签，请用“清除格式”按钮去除。", "网页模板中的<title>标签应填写栏目名称。",
                        "HTML中用&copy;表示版权符号，页脚已按此修改。"],
    "technote_escape": ["地址栏中的%20表示空格，%2F表示斜杠。", "数据库导出时把换行写成\\n，导入前需还原。",
                        "Python中可以用b'\\xe4\\xb8\\xad'.decode('utf-8')得到“中”字。"],
    "technote_mojibake": ["信息中心提醒：文件出现“锟斤拷”时，说明已按错误编码保存过，原文无法恢复。",
                          "邮件标题乱码成“=?UTF-8?B?”开头的字样，是因为客户端未解码MIME头。",
                          "网页出现“�”符号，多半是字节流被截断或编码声明错误。"],
    "url_with_escapes": ["扫码或访问https://www.qinghe.gov.cn/art?title=%E6%B0%91%E7%94%9F%E5%AE%9E%E4%BA%8B参与投票。",
                         "问卷链接：https://wj.example.cn/s/%E6%BB%A1%E6%84%8F%E5%BA%A6",
                         "相关附件下载地址为http://www.anping.gov.cn/files/%E9%99%84%E4%BB%B6{m}.pdf。"],
    "pinyin_lesson": ["幼儿园开展拼音游戏，孩子们念出“苹果（píngguǒ）”“香蕉（xiāngjiāo）”。", "推普员示范“农民(nóngmín)”的正确发音。",
                      "生字“蘸”读作zhàn，“瞥”读作piē。"],
    "ascii_question": ["群众来电问：“医保卡丢了怎么办?”", "“乡村振兴靠什么?”人才是关键。", "How can we make our city greener? 活动吸引了众多外籍人士参加。",
                       "什么是好作风?群众说了算。"],
    "math_formula": ["达标率=达标户数÷总户数×100%。", "人均收入按∑收入/N计算。", "误差|e|≤0.5%即视为合格。",
                     "增长率r=(Vₜ/V₀)^(1/t)−1。"],
    "fullwidth_latin": ["“ＣＥＯ进校园”活动走进{m}所学校。", "全省首个ＥＯＤ项目落户我县。", "入选ＡＡＡ级信用企业{m}家。"],
    "latin_in_parens": ["国际标准化组织(ISO)认证企业达{m}家。", "日处理量{n}(m³/d)。", "引进人工智能(AI)技术辅助审批。",
                        "检测限为0.01(mg/L)。"],
    "brand_mixed_script": ["“粤省事”小程序与iPad终端同步上线。", "开展“AI+政务”试点。", "推出Vlog系列宣传片{m}期。",
                           "采用BIM技术进行工程管理。"],
}


def fmt_trap(g, t):
    r = g.r
    rep = {"{n}": lambda: str(r.randint(10, 9000)), "{m}": lambda: str(r.randint(2, 60)),
           "{p}": lambda: "%.2f" % r.uniform(0.1, 9), "{y}": lambda: str(r.randint(2020, 2025)),
           "{place}": lambda: g.place()[0], "{pl}": lambda: r.choice(["nanhu", "qinghe", "anping", "yongning"]),
           "{Place}": lambda: r.choice(["Nanhu", "Qinghe", "Anping"])}
    for k, f in rep.items():
        while k in t:
            t = t.replace(k, f(), 1)
    return t



def ph_trap(g, style):
    r = g.r
    N = lambda lo, hi: r.randint(lo, hi)
    t = None
    if style == "one_plus_x":
        t = r.choice([
            "深入实施“1+X”证书制度试点，全年共有%d名学生取得职业技能等级证书。" % N(30, 900),
            "构建“1+X”网格化治理体系，以1个社区党委为核心，联动辖区%d家共建单位。" % N(5, 60),
            "探索“1+N+X”政策体系，出台配套措施%d项。" % N(3, 30),
            "推行“1+X”综合执法模式，开展联合执法%d次。" % N(5, 200),
            "职业学校开设“1+X”书证融通课程%d门。" % N(3, 40),
            "建立“1+X”家庭医生团队，每个团队由1名全科医生和若干专科医生组成。",
        ])
    elif style == "x86_tech":
        t = r.choice([
            "完成政务云平台扩容，新增x86服务器%d台、国产化ARM服务器%d台。" % (N(4, 60), N(4, 60)),
            "推进信创改造，逐步将原有x86架构业务系统迁移至国产平台。",
            "机房现有X86架构物理服务器%d台，虚拟化率达%d%%。" % (N(10, 90), N(60, 98)),
            "采购的终端均兼容x86_64和ARM64两种指令集。",
        ])
    elif style == "xray_medical":
        t = r.choice([
            "为%d所乡镇卫生院配备DR数字X光机和彩超设备。" % N(3, 30),
            "开展职业健康体检%d人次，其中X线胸片检查%d人次。" % (N(500, 9000), N(100, 400)),
            "在口岸新增集装箱X射线检查系统%d套。" % N(1, 6),
            "辐射安全专项检查覆盖全县%d台医用X射线装置。" % N(10, 120),
            "中医院新建X光室并通过环评验收。",
        ])
    elif style == "times_dimensions":
        t = r.choice([
            "新建%d块笼式足球场，单块规格为%d×%d米。" % (N(2, 12), N(15, 30), N(25, 45)),
            "政务服务大厅提供“7×24小时”不打烊自助服务。",
            "坚持“5+2”“白+黑”工作模式，落实7×24小时值班值守。",
            "%d支代表队参加了4×100米接力比赛。" % N(6, 30),
            "采购%.1fm×%.1fm规格宣传展板%d块。" % (r.choice([1.2, 0.9, 0.6]), r.choice([2.4, 1.8, 1.2]), N(10, 80)),
            "举办“村BA”及3×3篮球联赛%d场。" % N(6, 60),
            "全民健身月期间开展3x3篮球、广场舞等赛事%d场。" % N(5, 40),
            "新建污水管道采用DN%d×%d规格钢管。" % (r.choice([200, 300, 400]), r.choice([6, 8, 10])),
        ])
    elif style == "algebra":
        t = r.choice([
            "在数学教研活动中，教师以“已知2x+5=17，求x的值”为例展示课堂提问设计。",
            "中考复习课上，教师引导学生由一次函数y=kx+b的图像判断k和b的符号。",
            "科普讲座通过函数f(x)的图像介绍了增长率的计算方法。",
            "图中以x轴表示年份、y轴表示产值，直观展示了%d—%d年的增长趋势。" % (N(2015, 2018), N(2021, 2024)),
            "教师讲解了方程3x-7=2x+1的解法，得出x=8。",
            "二次函数y=x²-4x+3与x轴有两个交点。",
        ])
    elif style == "markdown":
        t = r.choice([
            "**一是强化组织领导。**成立由主要领导任组长的工作专班，每月召开调度会。",
            "## 二、存在的问题\n产业结构仍然偏重，新动能培育不够。",
            "- 完成高标准农田建设%d亩\n- 新建村级服务站%d个" % (N(500, 9000), N(2, 20)),
            "*注：本节数据截至%d年底。*" % N(2021, 2024),
            "详见[%d年政府工作报告](https://www.gov.cn/gongbao/)。" % N(2021, 2024),
            "### （三）下一步打算\n继续抓好项目建设和民生保障。",
            "重点任务包括：**稳增长**、**促改革**、**惠民生**。",
        ])
    elif style == "citation":
        t = r.choice([
            "相关研究表明，数字乡村建设能够显著提升农户收入[1]。",
            "参照国内同类城市经验[2-4]，本地区试点采取分步推进的方式。",
            "已有文献对县域经济韧性作了较系统的讨论[5,6]。",
            "该结论与有关调查的结果一致（王建华，2021）。",
            "有学者指出，基层减负的关键在于精简考核[7]。",
        ])
    elif style == "heading_lenticular":
        t = r.choice(["【工作动态】", "【基层风采】", "【一线直击】", "【政策解读】", "【图片新闻】", "【编者按】",
                      "【民生实事】", "【经验交流】"]) + r.choice(["", "", "\n"])
        return [T(t)] + g.paragraph([]), "real heading in 【】 at start"
    elif style == "roman_numeral":
        t = r.choice([
            "全县地表水国控断面水质均达到Ⅲ类及以上标准。",
            "汛期共启动防汛Ⅳ级应急响应%d次。" % N(1, 6),
            "新发现II型糖尿病患者%d人，全部纳入规范管理。" % N(20, 400),
            "组织志愿者参与第XXIV届冬季奥林匹克运动会相关服务保障工作。",
            "选派%d名学生志愿者服务第XXXI届世界大学生夏季运动会。" % N(5, 60),
            "辖区内IV类水体断面已全部消除。",
            "项目分Ⅰ期、Ⅱ期两个阶段实施。",
        ])
    elif style == "model_number":
        t = r.choice([
            "机关内网终端已全部淘汰Windows XP操作系统。",
            "数据中心服务器采用英特尔至强（Xeon）处理器。",
            "执法记录仪型号为DSJ-X1，共配发%d台。" % N(10, 80),
            "应急管理局配备XR-%d型便携式气体检测仪%d台。" % (N(2, 9), N(3, 30)),
            "车展期间，Model X、Mate X5等展品吸引了大量观众。",
            "消防救援站新增一台JX5型抢险救援车。",
        ])
    elif style == "pinyin_lesson":
        t = r.choice([
            "普通话培训中，老师重点讲解了声母j、q、x与ü相拼时省写两点的规则，如xu、qu、ju。",
            "拼音课上，孩子们练习了“西瓜（xīguā）”“学校（xuéxiào）”等词语的拼读。",
            "汉语拼音中的x读作舌面音，与英语字母X的读音不同。",
            "推普周活动中，志愿者带领村民区分x和sh两个声母，如“西（xī）”和“诗（shī）”。",
        ])
    elif style == "footnote_mark":
        t = r.choice([
            "注：带*号的指标为快报数。",
            "※以上数据均为初步统计数，以统计年鉴公布数为准。",
            "表中“—”表示无此项数据，“*”表示未达到统计起点。",
            "全年实现地区生产总值%.1f亿元*（*为预计数）。" % r.uniform(50, 900),
            "注①：数据来源于县统计局。",
        ])
    elif style == "mou_real":
        t = r.choice([
            "一些干部在某些领域仍存在本领恐慌。",
            "融资难问题在某种程度上制约了小微企业发展。",
            "一旦某一环节出现疏漏，就可能引发连锁反应。",
            "不能因为某个困难就停下改革的脚步。",
            "某些村（社区）仍存在形式主义、官僚主义问题。",
            "要防止在某方面取得成绩后就松劲懈怠。",
        ])
    elif style == "ling_zero":
        y = r.choice(["二○二二", "二○二三", "二〇二三", "二〇二四", "二○二四"])
        mth = r.choice(["一", "二", "三", "六", "十", "十二"])
        d = r.choice(["八", "十", "十五", "二十", "二十六", "二十八"])
        suf = r.choice(["镇", "街道", "县", "乡"])
        org = r.choice({"镇": ["人民政府", "党委"], "乡": ["人民政府"], "街道": ["办事处", "党工委"],
                        "县": ["人民政府", "农业农村局"]}[suf])
        sign = "%s%s%s\n%s年%s月%s日" % (g.place(suf)[0], suf, org, y, mth, d)
        return g.paragraph([]) + [T("\n" + sign)], "date written with ○/〇 as zero"
    elif style == "email_url":
        t = r.choice([
            "欢迎通过电子邮箱xinfang@%s.gov.cn反馈意见建议。" % r.choice(["nanhu", "qinghe", "anping"]),
            "组织党员通过“学习强国”平台（www.xuexi.cn）开展学习。",
            "相关报道被新华网（www.xinhuanet.com）转载。",
            "投稿邮箱：xiangcun_news@163.com。",
            "政策原文可在https://www.gov.cn/xinwen/页面查阅。",
            "有关招标公告发布于https://ggzy.xiamen.gov.cn。",
        ])
    elif style == "real_brackets":
        t = r.choice([
            "县政府办公室印发《关于进一步加强安全生产工作的通知》（县政办发〔2023〕%d号）。" % N(2, 90),
            "（一）深入推进乡村振兴。",
            "《%s县国土空间总体规划（2021—2035年）》（以下简称《规划》）已获批复。" % g.place("县")[0],
            "根据《中华人民共和国安全生产法》第二十一条规定，落实企业主体责任。",
            "依据财政部〔2022〕%d号文件，及时拨付补助资金。" % N(2, 60),
            "[2023]第%d期简报刊发了我镇经验做法。" % N(2, 40),
        ])
    elif style == "fullwidth_indent":
        body = g.paragraph([])
        if r.random() < 0.5:
            return [T("　　")] + body, "full-width spaces used as paragraph indentation"
        return [T(r.choice(["第一章　总则\n", "一、　总体要求\n", "第二部分　主要工作\n"]))] + body, "full-width space between heading number and title"
    elif style == "snake_underscore":
        t = r.choice([
            "统计数据统一通过“gov_work_report_%d.xlsx”文件报送。" % N(2021, 2024),
            "系统接口新增unit_code、report_date两个字段。",
            "年度总结已上传至共享目录下的summary_%d_final.pdf。" % N(2021, 2024),
            "数据库表名为t_poverty_household。",
        ])
    elif style == "bullet_symbols":
        items = [g.fill_template(r.choice(EVENTS))[0] for _ in range(r.randint(2, 4))]
        b = r.choice(["■", "●", "◆", "○", "□", "△", "▲", "★"])
        out = [T(r.choice(["主要成效如下：\n", "工作亮点：\n", ""]))]
        for i, it in enumerate(items):
            out += [T(("\n" if i else "") + b + " ")] + it + [T("。")]
        return merge_plain(out), "symbol used as list bullet (" + b + ")"
    elif style == "science_x":
        t = r.choice([
            "新生儿遗传代谢病筛查中发现X连锁遗传病例%d例。" % N(1, 9),
            "通过实施燃煤锅炉超低排放改造，氮氧化物（NOx）排放量下降%.1f%%。" % r.uniform(3, 30),
            "生物课上，老师讲解了人类性染色体XX与XY的区别。",
            "检测中心购置X射线荧光光谱仪一台，用于土壤重金属筛查。",
            "控制NOx和VOCs协同减排是臭氧污染防治的关键。",
        ])
    elif style == "clothing_size":
        t = r.choice([
            "为%d名学生免费配发校服，尺码涵盖S、M、L、XL、XXL。" % N(200, 3000),
            "应急救援服按XXL和XXXL两个码数各采购%d套。" % N(10, 80),
            "防护服型号分为L、XL、XXL三种。",
        ])
    elif style == "st_stock":
        t = r.choice([
            "辖区内一家*ST上市公司已完成破产重整。",
            "协调金融机构支持*ST企业摘帽，化解债务风险%.1f亿元。" % r.uniform(1, 20),
            "推动辖区上市公司规范治理，“*ST”企业数量由%d家减少至%d家。" % (N(3, 6), N(0, 2)),
        ])
    elif style == "sci_notation":
        t = r.choice([
            "全年发电量约%.1f×10⁸千瓦时。" % r.uniform(1, 30),
            "出厂水菌落总数低于1×10² CFU/mL。",
            "项目总库容%.2f×10⁴立方米。" % r.uniform(1, 99),
            "土壤样品检测下限为5×10⁻³ mg/kg。",
        ])
    elif style == "english_x_words":
        t = r.choice([
            "组织%d家企业参加中国国际进口博览会（China International Import Expo）。" % N(3, 40),
            "各单位统一使用Excel表格填报数据。",
            "政务服务平台已完成Linux操作系统适配。",
            "上市公司年报采用XBRL格式报送。",
            "地方特色产品通过TikTok和Amazon等平台拓展海外市场。",
            "活动主题为“Next Generation, Next Future”。",
        ])
    elif style == "romanized_names":
        t = r.choice([
            "新华社（Xinhua）英文客户端报道了我县的乡村振兴经验。",
            "与厦门（Xiamen）、西安（Xi'an）等城市建立文旅合作。",
            "外宣材料中将“兴隆村”译为Xinglong Village。",
            "陕西西安（Xi’an）客商来我镇考察特色农业。",
            "姓名拼音统一按Xu Xiaoming的格式填写。",
        ])
    elif style == "quiz_marks":
        t = r.choice([
            "安全知识竞赛判断题要求对的打“√”，错的打“×”。",
            "普法问卷中，群众在错误选项后画“×”，正确率达%d%%。" % N(80, 99),
            "检查表中不合格项以“×”标注，共%d项。" % N(3, 30),
        ])
    elif style == "plain_clean":
        return g.paragraph([]), "clean paragraph without any trap"
    else:
        raise ValueError(style)
    if EXTRA_PH.get(style) and r.random() < 0.45:
        t = fmt_trap(g, r.choice(EXTRA_PH[style]))
    body = g.paragraph([], n_sent=r.choice([1, 1, 2, 3]), max_sent=3)
    pos = r.random()
    if pos < 0.4:
        segs = [T(t)] + body
    elif pos < 0.8:
        segs = body + [T(t)]
    else:
        b = "".join(s for s, _ in body)
        ends = [i + 1 for i, ch in enumerate(b) if ch == "。"] or [len(b)]
        c = r.choice(ends)
        segs = [T(b[:c] + t + b[c:])]
    return merge_plain(segs), "trap: " + t[:30]


PH_NEG = ["one_plus_x", "x86_tech", "xray_medical", "times_dimensions", "algebra", "markdown", "citation",
          "heading_lenticular", "roman_numeral", "model_number", "pinyin_lesson", "footnote_mark", "mou_real",
          "ling_zero", "email_url", "real_brackets", "fullwidth_indent", "snake_underscore", "bullet_symbols",
          "science_x", "clothing_size", "st_stock", "sci_notation", "english_x_words", "romanized_names",
          "quiz_marks", "plain_clean"]


# ---------------------------------------------------------------------------
# family mj
# ---------------------------------------------------------------------------

TRAD = [
    "今年以來，我街堅持以習近平新時代中國特色社會主義思想為指導，全面貫徹落實區委、區政府各項決策部署。",
    "全年完成地區生產總值{M}億元，同比增長{P}%。",
    "紮實推進鄉村振興，新建高標準農田{N}畝，農村人居環境持續改善。",
    "深入開展安全生產專項整治，排查整改各類隱患{N}處。",
    "持續優化營商環境，新登記市場主體{N}家，為企業辦理各類業務{N}件。",
    "加強基層黨組織建設，發展黨員{N}名，選派駐村第一書記{N}名。",
    "統籌推進疫情防控和經濟社會發展，累計接種新冠疫苗{N}劑次。",
    "民生保障不斷加強，發放各類救助資金{M}萬元，惠及困難群眾{N}戶。",
    "城市管理水平穩步提升，完成老舊小區改造{N}個。",
    "（一）強化組織領導，壓實工作責任。",
    "一是聚焦重點項目建設，全力推動經濟高質量發展。",
    "二是堅持問題導向，著力補齊民生領域短板。",
    "三是加強幹部隊伍建設，營造風清氣正的政治生態。",
    "積極開展「我為群眾辦實事」實踐活動，解決群眾急難愁盼問題{N}個。",
    "生態環境持續向好，空氣質量優良天數比例達{P}%。",
    "教育事業穩步發展，新建、改擴建學校{N}所，新增學位{N}個。",
    "文化體育事業蓬勃發展，舉辦各類文體活動{N}場次。",
    "社會治理體系不斷完善，調處矛盾糾紛{N}宗，調解成功率達{P}%。",
    "持續深化「放管服」改革，政務服務事項網上可辦率達到{P}%。",
    "交通基礎設施不斷完善，新建改建農村公路{N}公里。",
    "在區委、區政府的正確領導下，全街幹部群眾團結一心、攻堅克難。",
    "就業形勢總體穩定，城鎮新增就業{N}人，城鎮登記失業率控制在{P}%以內。",
    "醫療衛生服務能力不斷提升，家庭醫生簽約服務覆蓋{N}戶。",
    "堅決打好防範化解重大風險攻堅戰，守住不發生系統性風險的底線。",
    "財政收支保持平衡，完成一般公共預算收入{M}萬元。",
    "養老服務體系逐步健全，建成社區居家養老服務站{N}個。",
    "全力抓好防汛救災工作，轉移安置受災群眾{N}人。",
    "推動數字政府建設，建成區級政務數據共享交換平臺。",
    "現將有關工作開展情況匯報如下：",
    "下一步，我們將繼續緊緊圍繞年度目標任務，確保各項工作落到實處。",
]
PY_TRAD = dict(x.split(":") for x in (
    "發:fā 區:qū 領:lǐng 導:dǎo 實:shí 現:xiàn 關:guān 開:kāi 經:jīng 濟:jì 會:huì 動:dòng 項:xiàng 進:jìn "
    "設:shè 務:wù 業:yè 戶:hù 萬:wàn 億:yì 時:shí 幹:gàn 黨:dǎng 農:nóng 鄉:xiāng 鎮:zhèn 縣:xiàn 優:yōu "
    "環:huán 體:tǐ 質:zhì 達:dá 場:chǎng 產:chǎn 網:wǎng 運:yùn 點:diǎn 強:qiáng 學:xué 習:xí 衛:wèi 聯:lián "
    "級:jí 組:zǔ 織:zhī 總:zǒng 計:jì 劃:huà 議:yì 書:shū 記:jì 報:bào 對:duì 問:wèn 題:tí 穩:wěn 險:xiǎn "
    "資:zī 貫:guàn 徹:chè 層:céng 團:tuán 堅:jiān 決:jué 擴:kuò 糾:jiū 紛:fēn 隱:yǐn 專:zhuān 積:jí 極:jí "
    "滿:mǎn 養:yǎng 醫:yī 療:liáo 簽:qiān 約:yuē 蓋:gài 範:fàn 風:fēng 氣:qì 壓:yā 責:zé 劑:jì 態:tài "
    "續:xù 紮:zhā 標:biāo 準:zhǔn 畝:mǔ 轉:zhuǎn 災:zāi 數:shù 據:jù 臺:tái 國:guó 統:tǒng 籌:chóu 預:yù "
    "財:cái 匯:huì 圍:wéi 繞:rào 隊:duì 營:yíng 創:chuàng 職:zhí 選:xuǎn 駐:zhù 員:yuán 補:bǔ 齊:qí "
    "戰:zhàn 線:xiàn 緊:jǐn 確:què 繼:jì 續:xù 礎:chǔ 務:wù 擔:dān 舉:jǔ 記:jì 調:tiáo 處:chǔ 護:hù "
    "歲:suì 單:dān 門:mén 東:dōng 們:men 疫:yì 難:nán 盼:pàn 愁:chóu 規:guī").split())
# 調/處/難 are polyphonic; only used where the given reading is right in TRAD (調處 tiáochǔ, 急難 nán)
PY_SIMP = dict(x.split(":") for x in (
    "发:fā 区:qū 领:lǐng 导:dǎo 实:shí 现:xiàn 关:guān 开:kāi 经:jīng 济:jì 会:huì 动:dòng 项:xiàng 进:jìn "
    "设:shè 务:wù 业:yè 户:hù 万:wàn 亿:yì 时:shí 党:dǎng 农:nóng 乡:xiāng 镇:zhèn 县:xiàn 优:yōu 环:huán "
    "体:tǐ 质:zhì 达:dá 场:chǎng 产:chǎn 网:wǎng 运:yùn 点:diǎn 强:qiáng 学:xué 习:xí 联:lián 级:jí 组:zǔ "
    "织:zhī 总:zǒng 计:jì 划:huà 议:yì 书:shū 记:jì 报:bào 对:duì 问:wèn 题:tí 稳:wěn 险:xiǎn 资:zī "
    "层:céng 团:tuán 坚:jiān 决:jué 标:biāo 准:zhǔn 亩:mǔ 积:jí 极:jí 满:mǎn 医:yī 疗:liáo 签:qiān "
    "约:yuē 范:fàn 风:fēng 压:yā 责:zé 统:tǒng 筹:chóu 财:cái 费:fèi 预:yù 纠:jiū 纷:fēn 创:chuàng "
    "营:yíng 职:zhí 选:xuǎn 员:yuán 补:bǔ 战:zhàn 线:xiàn 检:jiǎn 测:cè 街:jiē 村:cūn 民:mín 群:qún "
    "治:zhì 安:ān 全:quán 建:jiàn 推:tuī 扎:zhā 年:nián 新:xīn 城:chéng 完:wán 改:gǎi 革:gé 保:bǎo "
    "服:fú 施:shī 工:gōng 作:zuò 政:zhèng 府:fǔ 社:shè 文:wén 明:míng 化:huà 生:shēng 态:tài 镇:zhèn "
    "投:tóu 入:rù 收:shōu 增:zēng 活:huó 培:péi 训:xùn 垃:lā 圾:jī 放:fàng 管:guǎn 老:lǎo 旧:jiù "
    "小:xiǎo 公:gōng 路:lù 就:jiù 贴:tiē 基:jī 站:zhàn").split())

RARE_NAMES = ["王喆", "李堃", "陈赟", "刘昇", "周珺", "张玥", "赵瑄", "孙燊", "吴焜", "郑翀", "黄珣", "杨頔", "徐鋆",
              "何堉", "林骉", "马犇"]  # given-name char not in GB2312 (checked at run time)


def cp1252_lenient(b):
    out = []
    for x in b:
        try:
            out.append(bytes([x]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(x))
    return "".join(out)


CJK = r"\u4e00-\u9fff"


class MJ:
    def __init__(self, g):
        self.g = g
        self.r = g.r

    def trad_para(self, k=None):
        r = self.r
        k = k or r.choice([1, 2, 3, 3, 4])
        out = []
        for s in r.sample(TRAD, k):
            s = s.replace("{M}", "%.1f" % r.uniform(5, 900)).replace("{P}", "%.1f" % r.uniform(1, 99))
            while "{N}" in s:
                s = s.replace("{N}", str(r.randint(3, 3000)), 1)
            out.append(s)
        return "".join(out)

    def simp_para(self, **kw):
        return "".join(s for s, _ in self.g.paragraph([], **kw))

    def pick_stretch(self, segs, lo, hi, chars=CJK, where=None):
        """choose (seg_index, start, end) of a run of `chars` inside a plain segment."""
        r = self.r
        cands = []
        for i, (s, sp) in enumerate(segs):
            if sp:
                continue
            for m in re.finditer("[%s]{%d,}" % (chars, lo), s):
                cands.append((i, m.start(), m.end()))
        if not cands:
            return None
        i, a, b = r.choice(cands)
        L = r.randint(lo, min(hi, b - a))
        st = r.randint(a, b - L)
        return i, st, st + L

    def replace(self, segs, loc, new):
        i, a, b = loc
        s = segs[i][0]
        return merge_plain(segs[:i] + [T(s[:a]), S(new), T(s[b:])] + segs[i + 1:])

    def damage(self, segs, lo, hi, fn, chars=CJK, times=1):
        notes = []
        for _ in range(times):
            for _ in range(30):
                loc = self.pick_stretch(segs, lo, hi, chars)
                if loc is None:
                    break
                orig = segs[loc[0]][0][loc[1]:loc[2]]
                try:
                    new = fn(orig)
                except UnicodeEncodeError:
                    continue
                if new and new != orig:
                    segs = self.replace(segs, loc, new)
                    notes.append(orig)
                    break
        assert notes, "no damage applied"
        return segs, notes

    def insert_at_boundary(self, segs, piece, where="clause"):
        """insert span `piece` after a ，/。 or at start/end of the first plain segment."""
        r = self.r
        text_idx = [i for i, (s, sp) in enumerate(segs) if not sp]
        i = r.choice(text_idx)
        s = segs[i][0]
        cuts = [k + 1 for k, ch in enumerate(s) if ch in "，。；："] + [0, len(s)]
        c = r.choice(cuts)
        return merge_plain(segs[:i] + [T(s[:c]), S(piece), T(s[c:])] + segs[i + 1:])


def mj_positive(g, mj, style):
    r = g.r
    use_trad = r.random() < 0.2 and style not in ("lost_rare_char_qmark", "cp1252_quotes", "html_entity")
    base = mj.trad_para() if use_trad else mj.simp_para(quotes=style in ("cp1252_quotes", "html_entity"))
    segs = [T(base)]
    note = ""

    def enc_dec(enc, dec, errors="replace"):
        return lambda s: s.encode(enc).decode(dec, errors)

    if style == "utf8_as_gbk":
        segs, o = mj.damage(segs, 2, 8, enc_dec("utf-8", "gbk"), times=r.choice([1, 1, 2]))
        note = "UTF-8 bytes of %s decoded as GBK" % o
    elif style == "utf8_as_gbk_clause":
        segs, o = mj.damage(segs, 8, 30, enc_dec("utf-8", "gbk"), chars=CJK + "，、；“”0-9")
        note = "whole clause %s: UTF-8 read as GBK (punctuation included)" % o
    elif style == "utf8_as_big5":
        segs, o = mj.damage(segs, 2, 8, enc_dec("utf-8", "big5"))
        note = "UTF-8 bytes of %s decoded as Big5" % o
    elif style == "utf8_as_latin1":
        segs, o = mj.damage(segs, 1, 5, enc_dec("utf-8", "latin-1"))
        note = "UTF-8 bytes of %s decoded as latin-1 (C1 controls included)" % o
    elif style == "utf8_as_cp1252":
        segs, o = mj.damage(segs, 1, 5, lambda s: cp1252_lenient(s.encode("utf-8")))
        note = "UTF-8 bytes of %s decoded as cp1252 (undefined bytes passed through)" % o
    elif style == "utf8_as_cp1251":
        segs, o = mj.damage(segs, 1, 5, enc_dec("utf-8", "cp1251"))
        note = "UTF-8 bytes of %s decoded as cp1251" % o
    elif style == "utf8_as_shiftjis":
        segs, o = mj.damage(segs, 2, 8, enc_dec("utf-8", "shift_jis"))
        note = "UTF-8 bytes of %s decoded as Shift_JIS" % o
    elif style == "cp1252_quotes":
        text = segs[0][0]
        if "“" not in text:
            text = "“" + text[:4] + "”" + text[4:]
        out = []
        for ch in text:
            if ch in "“”—…、" and (ch in "“”" or r.random() < 0.5):
                out.append(S(cp1252_lenient(ch.encode("utf-8"))))
            else:
                out.append(T(ch))
        segs = merge_plain(out)
        note = "curly quotes / dashes: UTF-8 read as cp1252 (â€œ)"
    elif style == "double_utf8":
        segs, o = mj.damage(segs, 1, 3, lambda s: cp1252_lenient(cp1252_lenient(s.encode("utf-8")).encode("utf-8")))
        note = "double-encoded UTF-8 (%s)" % o
    elif style == "gbk_as_utf8_fffd":
        segs, o = mj.damage(segs, 2, 10, enc_dec("gbk", "utf-8"))
        note = "GBK bytes of %s decoded as UTF-8 with replacement" % o
    elif style == "kunjinkao":
        segs, o = mj.damage(segs, 2, 10, lambda s: s.encode("gbk").decode("utf-8", "replace").encode("utf-8").decode("gbk", "replace"))
        note = "GBK->UTF-8(replace)->GBK round trip of %s (锟斤拷)" % o
    elif style == "big5_as_gbk":
        base = mj.trad_para()
        segs = [T(base)]
        segs, o = mj.damage(segs, 2, 8, enc_dec("big5", "gbk"))
        note = "Big5 bytes of %s decoded as GBK" % o
    elif style == "gbk_as_big5":
        segs = [T(mj.simp_para())]
        segs, o = mj.damage(segs, 2, 8, enc_dec("gbk", "big5"))
        note = "GBK bytes of %s decoded as Big5" % o
    elif style == "gbk_byte_shift":
        segs, o = mj.damage(segs, 3, 9, lambda s: s.encode("gbk")[1:].decode("gbk", "replace"), chars=CJK + "。，、")
        note = "GBK stream of %s decoded one byte out of step" % o
    elif style == "lost_rare_char_qmark":
        nm = r.choice(RARE_NAMES)
        lead = r.choice(["%s同志被评为全市优秀共产党员。", "由驻村第一书记%s牵头成立工作专班。", "%s等%d名同志受到县委通报表扬。"])
        sent = lead % ((nm,) if lead.count("%") == 1 else (nm, r.randint(3, 12)))
        lost = sent.encode("gb2312", "replace").decode("gb2312")
        assert lost != sent
        idx = [k for k, (a, b) in enumerate(zip(sent, lost)) if a != b]
        piece = []
        prev = 0
        for k in idx:
            piece += [T(lost[prev:k]), S(lost[k])]
            prev = k + 1
        piece.append(T(lost[prev:]))
        base = mj.simp_para(max_sent=3)
        segs = merge_plain(piece + [T(base)] if r.random() < 0.5 else [T(base)] + piece)
        note = "%s lost as ? (not in GB2312)" % nm
    elif style == "lost_run_qmark":
        segs, o = mj.damage(segs, 1, 6, lambda s: s.encode("ascii", "replace").decode("ascii"))
        note = "%s lost as ? run" % o
    elif style == "truncated_utf8":
        t = segs[0][0].rstrip("。")
        m = re.search("[%s]$" % CJK, t)
        if not m:
            t = t + "工作"
        ch = t[-1]
        b = ch.encode("utf-8")[: r.choice([1, 2])]
        bad = b.decode("utf-8", "replace")
        segs = merge_plain([T(t[:-1]), S(bad), T(r.choice(["", "", "...", "…"]))])
        note = "last character %s cut inside its UTF-8 bytes" % ch
    elif style == "debug_tang":
        segs, o = mj.damage(segs, 2, 8, lambda s: bytes([0xCC] * (2 * len(s))).decode("gbk"))
        note = "0xCC fill read as GBK (烫) in place of %s" % o
    elif style == "debug_tun":
        segs, o = mj.damage(segs, 2, 8, lambda s: bytes([0xCD] * (2 * len(s))).decode("gbk"))
        note = "0xCD fill read as GBK (屯) in place of %s" % o
    elif style == "html_tag":
        tags = ["<p>", "</p>", "<br>", "<br/>", "<br />", "<strong>", "</strong>", "</span>", "<span style=\"font-family:仿宋_GB2312;font-size:16pt\">",
                "<div class=\"TRS_Editor\">", "<p style=\"text-indent:2em;\">", "<img src=\"/uploads/2023/05/a3.jpg\" />",
                "</td><td>", "<a href=\"/zwgk/\">", "</a>", "<b>", "</b>", "</div>"]
        for _ in range(r.choice([1, 1, 2, 3])):
            segs = mj.insert_at_boundary(segs, r.choice(tags))
        note = "HTML tags left in text"
    elif style == "html_tag_truncated":
        frag = r.choice(["/strong>", "/p>", "span>", "<br", "p style=\"text-indent:2em\">", "/span>", "</stro", "ong>"])
        segs = mj.insert_at_boundary(segs, frag)
        note = "broken remnant of an HTML tag"
    elif style == "html_entity":
        text = segs[0][0]
        v = r.random()
        if v < 0.4 and "“" in text:
            out = []
            for ch in text:
                out.append(S("&ldquo;") if ch == "“" else S("&rdquo;") if ch == "”" else T(ch))
            segs = merge_plain(out)
        elif v < 0.7:
            segs = [S(r.choice(["&nbsp;", "&emsp;"]) * r.choice([1, 2, 4])), T(text)]
        else:
            for _ in range(r.choice([1, 2])):
                segs = mj.insert_at_boundary(segs, r.choice(["&nbsp;", "&nbsp;&nbsp;", "&mdash;&mdash;", "&hellip;",
                                                             "&middot;", "&quot;", "&amp;", "&lt;br&gt;"]))
        note = "HTML character entities left in text"
    elif style == "html_numeric_ref":
        if r.random() < 0.7:
            hexa = r.random() < 0.3
            segs, o = mj.damage(segs, 2, 6, lambda s: "".join(("&#x%X;" if hexa else "&#%d;") % ord(c) for c in s))
            note = "numeric character references for %s" % o
        else:
            segs = merge_plain([S("&#12288;&#12288;"), T(segs[0][0])])
            note = "&#12288; (ideographic space) indentation as numeric reference"
    elif style == "html_double_escaped":
        for _ in range(r.choice([1, 2])):
            segs = mj.insert_at_boundary(segs, r.choice(["&amp;nbsp;", "&amp;ldquo;", "&amp;rdquo;", "&amp;#8220;",
                                                         "&amp;amp;", "&amp;nbsp;&amp;nbsp;"]))
        note = "double-escaped HTML entity"
    elif style == "html_comment":
        segs = mj.insert_at_boundary(segs, r.choice(["<!--StartFragment-->", "<!--EndFragment-->", "<!-- 正文开始 -->",
                                                     "<!--more-->", "<!--[if !supportLists]-->", "<!--[endif]-->",
                                                     "<!--<p>已删除</p>-->"]))
        note = "HTML comment debris"
    elif style == "percent_escape":
        low = r.random() < 0.25
        segs, o = mj.damage(segs, 2, 6, lambda s: urllib.parse.quote(s).lower() if low else urllib.parse.quote(s))
        note = "percent-encoded UTF-8 of %s" % o
    elif style == "unicode_escape":
        v = r.random()
        if v < 0.6:
            f = lambda s: "".join("\\u%04x" % ord(c) for c in s)
        elif v < 0.8:
            f = lambda s: "".join("\\u%04X" % ord(c) for c in s)
        else:
            f = lambda s: "".join("%%u%04X" % ord(c) for c in s)
        segs, o = mj.damage(segs, 2, 6, f)
        note = "\\uXXXX / %%uXXXX escapes of %s" % o
    elif style == "hex_byte_escape":
        segs, o = mj.damage(segs, 1, 4, lambda s: "".join("\\x%02x" % b for b in s.encode("utf-8")))
        note = "Python bytes-repr escapes of %s" % o
    elif style == "qp_escape":
        segs, o = mj.damage(segs, 2, 5, lambda s: "".join("=%02X" % b for b in s.encode("utf-8")))
        note = "quoted-printable bytes of %s" % o
    elif style in ("pinyin_ruby_trad", "pinyin_ruby_simp"):
        trad = style.endswith("trad")
        text = mj.trad_para() if trad else mj.simp_para()
        d = PY_TRAD if trad else PY_SIMP
        elig = [k for k, ch in enumerate(text) if ch in d]
        if not elig:
            text += "經濟發展" if trad else "经济发展"
            elig = [k for k, ch in enumerate(text) if ch in d]
        frac = r.choice([1.0, 1.0, 0.6, 0.3])
        chosen = set(k for k in elig if r.random() < frac) or {r.choice(elig)}
        chosen = set(sorted(chosen)[:14])
        out = []
        for k, ch in enumerate(text):
            out.append(T(ch))
            if k in chosen:
                out.append(S("(" + d[ch] + ")"))
        segs = merge_plain(out)
        note = "pinyin ruby text flattened into parentheses after %d characters" % len(chosen)
    elif style == "bom_debris":
        v = r.random()
        text = segs[0][0]
        if v < 0.4:
            segs = [S("\ufeff".encode("utf-8").decode("cp1252")), T(text)]
            note = "UTF-8 BOM read as cp1252 at start (ï»¿)"
        elif v < 0.7:
            cuts = [k + 1 for k, ch in enumerate(text) if ch == "。"][:-1] or [len(text) // 2]
            c = r.choice(cuts)
            segs = [T(text[:c]), S("\ufeff"), T(text[c:])]
            note = "U+FEFF left between concatenated pieces"
        else:
            k = r.choice([1, 2])
            bad = ("\ufeff" + text[:k]).encode("utf-8").decode("gbk", "replace")
            segs = [S(bad), T(text[k:])]
            note = "BOM + first %d chars (%s) read as GBK" % (k, text[:k])
    else:
        raise ValueError(style)
    return merge_plain(segs), note


MJ_POS = ["utf8_as_gbk", "utf8_as_gbk_clause", "utf8_as_big5", "utf8_as_latin1", "utf8_as_cp1252", "utf8_as_cp1251",
          "utf8_as_shiftjis", "cp1252_quotes", "double_utf8", "gbk_as_utf8_fffd", "kunjinkao", "big5_as_gbk",
          "gbk_as_big5", "gbk_byte_shift", "lost_rare_char_qmark", "lost_run_qmark", "truncated_utf8", "debug_tang",
          "debug_tun", "html_tag", "html_tag_truncated", "html_entity", "html_numeric_ref", "html_double_escaped",
          "html_comment", "percent_escape", "unicode_escape", "hex_byte_escape", "qp_escape", "pinyin_ruby_trad",
          "pinyin_ruby_simp", "bom_debris"]


def mj_negative(g, mj, style):
    r = g.r
    N = lambda lo, hi: r.randint(lo, hi)
    if style == "clean_simplified":
        return mj.simp_para(quotes=r.random() < 0.5), "clean simplified paragraph"
    if style == "clean_traditional":
        t = mj.trad_para()
        if r.random() < 0.4:
            t = t.replace("（一）", "(一)").replace("（", "(").replace("）", ")")
        return t, "clean traditional paragraph (ASCII or full-width parentheses)"
    pools = {
        "russian_quote": [
            "俄罗斯友好城市代表团团长用俄语“Добро пожаловать”向全体与会人员致意。",
            "我市与俄罗斯喀山（Казань）签订了友好交流合作备忘录。",
            "中俄博览会期间，展区标语“Россия — Китай”吸引了众多客商。",
            "培训班邀请外教讲解俄语常用词“спасибо”（谢谢）的用法。",
        ],
        "japanese_quote": [
            "日本友好城市访问团用日语“ありがとうございます”表达谢意。",
            "我县与日本北海道（ほっかいどう）的农业合作项目进展顺利。",
            "文旅推介会引入了日式服务理念“おもてなし”（款待）。",
            "展销会上的清酒标签写有“純米大吟醸”字样。",
        ],
        "korean_quote": [
            "韩国釜山（부산）经贸考察团来我区洽谈合作。",
            "涉外服务窗口增设韩语标识“민원 안내”（咨询指引）。",
            "韩方代表用韩语“감사합니다”致谢，现场气氛热烈。",
        ],
        "greek_symbols": [
            "疾控中心对β-内酰胺类抗生素使用情况开展专项检查。",
            "监测数据显示，α粒子和γ射线剂量均在安全限值内。",
            "年度考核采用Δ值法计算增幅，标准差σ控制在%.2f以内。" % r.uniform(0.1, 2),
            "新冠病毒奥密克戎（Omicron）变异株防控中，参考了德尔塔（Delta, δ）株的处置经验。",
            "电阻单位为欧姆（Ω），线路检测合格率达%d%%。" % N(90, 100),
        ],
        "accented_latin": [
            "我市与法国贝桑松（Besançon）结为友好城市已满%d年。" % N(5, 30),
            "组团参加巴西圣保罗（São Paulo）国际食品展。",
            "瑞士苏黎世（Zürich）代表团来访，双方就职业教育合作深入交流。",
            "“乡村咖啡馆（café）”项目带动返乡青年创业%d人。" % N(5, 80),
            "与德国慕尼黑（München）企业签订设备采购合同。",
            "西班牙（España）客商考察了我县柑橘基地。",
            "参加在波兰克拉科夫（Kraków）举办的国际旅游博览会。",
        ],
        "symbols_units": [
            "全年平均气温%.1f℃，降水量%d毫米。" % (r.uniform(12, 24), N(800, 2000)),
            "PM2.5年均浓度降至%dμg/m³。" % N(18, 45),
            "城镇居民人均住房面积达%.1f㎡。" % r.uniform(30, 50),
            "人口自然增长率为%.2f‰。" % r.uniform(-3, 6),
            "测量误差控制在±%.1f毫米以内，合格率≥%d%%。" % (r.uniform(0.1, 2), N(90, 99)),
            "接待境外游客消费€%d万元，折合人民币￥%d万元。" % (N(10, 90), N(80, 700)),
            "依据《条例》§%d规定，对违规行为予以处罚。" % N(3, 40),
            "河道流量达%d m³/s，水位上涨%.2f m。" % (N(100, 3000), r.uniform(0.1, 3)),
        ],
        "emoji": [
            "丰收节上，网友纷纷留言点赞👍👍，直呼“家乡越来越美了”🎉。",
            "政务新媒体推出“🌾稻香满田”专题，阅读量突破%d万。" % N(2, 90),
            "“我为家乡代言❤️”短视频大赛收到作品%d件。" % N(30, 900),
            "国庆期间，街头巷尾挂满了🇨🇳国旗，群众热情高涨。",
            "“幸福一家人👨‍👩‍👧”摄影展在文化中心开幕。",
            "评论区里，“🔥太火了”“👏支持”等留言刷屏。",
        ],
        "rare_chars": [
            "我镇籍青年王喆、李堃入选省级青年人才计划。",
            "书法展上，一幅“龘”字作品引起观众浓厚兴趣。",
            "“犇犇”牌黄牛肉获评省级农产品区域公用品牌。",
            "古籍整理中发现南汉刘䶮时期的碑刻拓片一件。",
            "日资企业“𠮷野家”在我区开设门店%d家。" % N(2, 9),
            "陈赟同志被评为全市“最美基层干部”。",
            "已故老领导朱镕基同志的题词在纪念馆展出。",
        ],
        "rare_place_names": [
            "与亳州、儋州、邛崃等地开展东西部协作交流。",
            "组团赴盱眙、郫都学习小龙虾和蔬菜产业发展经验。",
            "邀请歙县、黟县、婺源等地专家介绍徽派建筑保护做法。",
            "我县与荥阳、濮阳、鄱阳签订旅游合作协议。",
            "在犍为、筠连、珙县推广茶叶种植技术。",
            "濉溪、郯城、磴口等地客商来访洽谈。",
        ],
        "lookalike_real_words": [
            "沙家浜风景区全年接待游客%d万人次。" % N(10, 300),
            "涓涓细流汇成江河，全体干部要久久为功。",
            "浣纱古镇修缮工程完成主体施工。",
            "非遗展示区展出了鎏金铜器和缂丝作品。",
            "张璇同志荣获“优秀志愿者”称号。",
            "家纺企业绗缝生产线投入运行，年产被芯%d万条。" % N(5, 90),
            "锱铢必较地管好用好每一笔财政资金。",
            "博物馆修复了一件唐代鎏金银壶。",
        ],
        "box_table": None,
        "technote_markup": [
            "网站内容规范明确，正文段落间不得使用“&nbsp;”占位，换行统一使用<p>标签。",
            "编辑人员培训中讲解了<br>与<p>标签的区别，以及&amp;、&lt;等字符实体的写法。",
            "信息发布系统会自动过滤<script>标签，防止网页被植入恶意代码。",
            "排版要求：首行缩进使用CSS样式text-indent:2em，不要输入&emsp;。",
        ],
        "technote_escape": [
            "接口文档说明：中文参数须经URL编码，例如“中”编码为%E4%B8%AD。",
            "在JSON字符串中，汉字“中”可以写作\\u4e2d。",
            "日志中出现的\\xe4\\xb8\\xad是“中”字UTF-8字节的十六进制表示。",
            "JavaScript的escape函数会把“中”转成%u4E2D，已不推荐使用。",
        ],
        "technote_mojibake": [
            "信息化培训讲解了乱码“锟斤拷”的成因：UTF-8中的替换字符被按GBK解码后就会显示成这三个字。",
            "程序员常说的“烫烫烫”“屯屯屯”，分别来自未初始化的栈内存0xCC和堆内存0xCD。",
            "把UTF-8网页按GBK打开时，“发展”会显示为“鍙戝睍”，这就是常见的乱码。",
            "如果用Latin-1解码UTF-8文本，“é”会变成“Ã©”，培训中对此作了演示。",
        ],
        "url_with_escapes": [
            "详情请访问https://www.nanhu.gov.cn/search?q=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4查询。",
            "政策文件链接：http://www.qinghe.gov.cn/zwgk/%E9%80%9A%E7%9F%A5%E5%85%AC%E5%91%8A/index.html",
            "办事指南可通过https://zwfw.anping.gov.cn/guide?item=%E5%B1%85%E4%BD%8F%E8%AF%81在线查看。",
        ],
        "pinyin_lesson": [
            "普通话培训中，老师纠正了“塑料”的“塑”读sù、不读shuò的常见错误。",
            "课文生字：萃（cuì）、濒（bīn）、赡（shàn），要求学生会读会写。",
            "小学语文课上，学生认读了“发(fā)展(zhǎn)”“经(jīng)济(jì)”等词语的拼音。",
            "推普活动中，志愿者教老人区分“四（sì）”和“十（shí）”的读音。",
            "识字卡片上标注了“稻(dào)谷(gǔ)”“丰(fēng)收(shōu)”的读音。",
        ],
        "ascii_question": [
            "群众最关心什么?最盼望什么?这是我们每项工作的出发点。",
            "“你今天垃圾分类了吗?”成为社区志愿者的口头禅。",
            "外籍居民在座谈会上问道：“Where can I apply for a residence permit?”",
            "如何让老旧小区焕发新活力?我们从加装电梯入手。",
            "“办事还要跑几次?”这是检验改革成效的标准。",
        ],
        "math_formula": [
            "综合得分按S=∑wᵢxᵢ计算，权重之和为1。",
            "抽样误差按√(p(1-p)/n)估算，结果约为%.1f%%。" % r.uniform(0.5, 3),
            "考核等次划分为：得分≥90为优秀，80≤得分＜90为良好。",
            "圆形广场面积按πr²计算，约%d平方米。" % N(500, 5000),
            "当n→∞时，抽样估计值趋近于总体均值。",
        ],
        "fullwidth_latin": [
            "成功创建国家ＡＡＡＡ级旅游景区一个。",
            "推进ＰＰＰ项目%d个，总投资%.1f亿元。" % (N(2, 12), r.uniform(2, 60)),
            "中央商务区（ＣＢＤ）核心区建设加快推进。",
            "全县ＧＤＰ增速位居全市第%d。" % N(1, 8),
        ],
        "latin_in_parens": [
            "全年实现国内生产总值(GDP)%.1f亿元。" % r.uniform(50, 900),
            "推进政府和社会资本合作(PPP)项目%d个。" % N(2, 20),
            "居民消费价格指数(CPI)同比上涨%.1f%%。" % r.uniform(0.2, 3),
            "粮食单产达%d(kg/亩)。" % N(350, 700),
            "污水日处理能力达%d(t/d)。" % N(5000, 90000),
            "造林面积%d(hm²)。" % N(50, 3000),
        ],
        "brand_mixed_script": [
            "政务服务App上线“一键办”功能，注册用户突破%d万。" % N(2, 90),
            "公共场所免费Wi-Fi覆盖率达到%d%%。" % N(60, 100),
            "开展“5G+智慧农业”示范，试点VR/AR远程教学。",
            "机关干部参加了ChatGPT等生成式人工智能应用培训。",
            "推出H5互动页面宣传垃圾分类知识。",
        ],
        "ascii_punct": None,
    }
    if style == "box_table":
        allrows = [("新增就业", "人", N(100, 5000)), ("市场主体", "家", N(20, 900)), ("农村公路", "公里", N(5, 200)),
                   ("高标准农田", "亩", N(500, 20000)), ("一般公共预算收入", "万元", N(1000, 90000)),
                   ("固定资产投资", "亿元", N(2, 90)), ("家庭医生签约", "户", N(300, 9000))]
        rows = [("指标", "单位", "数值")] + [(a, b, str(c)) for a, b, c in r.sample(allrows, N(2, 5))]
        kind = r.choice(["light", "heavy", "double", "ascii_mix"])
        if kind == "light":
            t = ("┌────────┬────┬──────┐\n" + "\n├────────┼────┼──────┤\n".join(
                "│%s│%s│%s│" % row for row in rows) + "\n└────────┴────┴──────┘")
        elif kind == "heavy":
            t = ("┏━━━━━━━━┳━━━━━━┓\n" + "\n".join("┃%s┃%s%s┃" % (a, c, b) for a, b, c in rows[1:]) +
                 "\n┗━━━━━━━━┻━━━━━━┛")
        elif kind == "double":
            t = "╔══════╦══════╗\n" + "\n".join("║%s║%s║" % (a, c) for a, _, c in rows) + "\n╚══════╩══════╝"
        else:
            t = "\n".join("%s │ %s │ %s" % row for row in rows[:1]) + "\n───┼───┼───\n" + "\n".join(
                "%s │ %s │ %s" % row for row in rows[1:])
        lead = r.choice(["主要指标完成情况见下表：\n", "附表：\n", "", "表1  %d年主要经济指标\n" % N(2019, 2024)])
        return lead + t, "table drawn with box characters (%s)" % kind
    if style == "ascii_punct":
        t = mj.simp_para().replace("，", ",").replace("；", ";").replace("：", ":")
        if r.random() < 0.5:
            t = t.replace("（", "(").replace("）", ")")
        return t, "ASCII punctuation in Chinese text"
    trap = r.choice(pools[style])
    if EXTRA_MJ.get(style) and r.random() < 0.5:
        trap = fmt_trap(g, r.choice(EXTRA_MJ[style]))
    body = mj.simp_para(n_sent=r.choice([1, 1, 2]), max_sent=3)
    v = r.random()
    text = trap + body if v < 0.4 else body + trap if v < 0.8 else trap
    return text, "real use: " + trap[:30]


MJ_NEG = ["clean_simplified", "clean_traditional", "russian_quote", "japanese_quote", "korean_quote", "greek_symbols",
          "accented_latin", "symbols_units", "emoji", "rare_chars", "rare_place_names", "lookalike_real_words",
          "box_table", "technote_markup", "technote_escape", "technote_mojibake", "url_with_escapes",
          "pinyin_lesson", "ascii_question", "math_formula", "fullwidth_latin", "latin_in_parens",
          "brand_mixed_script", "ascii_punct"]


def mj_clean_check(text, spans):
    keep = list(text)
    for a, b in spans:
        for i in range(a, b):
            keep[i] = "\0"
    rest = "".join(keep)
    bad = re.search(r"[\ufffd\ufeff\x80-\x9f]|锟斤拷|烫烫|屯屯|&[a-z]+;|&#|<[a-z/!]|%[0-9A-F]{2}%|\\u[0-9a-f]{4}|\\x[0-9a-f]{2}|"
                    r"[A-Za-z]\?|\?[A-Za-z]|Ã|â€|ï»¿|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", rest)
    assert not bad, (text, bad.group(0))


# ---------------------------------------------------------------------------


def esc_line(obj):
    s = json.dumps(obj, ensure_ascii=False)
    # keep JSONL robust against readers that split on U+0085/U+2028/U+2029 or C1 controls
    return re.sub("[\x80-\x9f\u2028\u2029]", lambda m: "\\u%04x" % ord(m.group(0)), s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--out", default="text.jsonl")
    ap.add_argument("--total", type=int, default=2400)
    a = ap.parse_args()
    g = Gen(a.seed)
    ph = PH(g)
    mj = MJ(g)
    r = g.r
    per_family = a.total // 2
    npos = round(per_family * 0.55)
    nneg = per_family - npos

    def quota(styles, total):
        base = total // len(styles)
        extra = total - base * len(styles)
        q = {s: base for s in styles}
        for s in r.sample(styles, extra):
            q[s] += 1
        return q

    recs = []
    seen = set()

    def add(family, style, label, segs_or_text, note):
        if isinstance(segs_or_text, str):
            text, spans = segs_or_text, []
        else:
            text, spans = build(merge_plain(segs_or_text))
        if text in seen:
            return False
        if label == "negative":
            assert not spans
        else:
            assert spans, (style, text)
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                assert b1 <= a2
        if family == "ph" and label == "placeholder":
            no_stray_placeholder(text, spans)
        if family == "mj":
            if label == "mojibake" or style in ("clean_simplified", "clean_traditional", "ascii_punct"):
                mj_clean_check(text, spans)
        if family == "ph":
            assert not re.search(r"[\ufffd\x80-\x9f]|锟斤拷|&[a-z]+;", text)
        seen.add(text)
        recs.append({"family": family, "style": style, "label": label, "text": text, "spans": spans, "note": note})
        return True

    for style, q in quota(PH_POS, npos).items():
        k = 0
        while k < q:
            segs, note = ph_positive(g, ph, style)
            k += add("ph", style, "placeholder", segs, note)
    for style, q in quota(PH_NEG, nneg).items():
        k = 0
        while k < q:
            segs, note = ph_trap(g, style)
            k += add("ph", style, "negative", segs, note)
    for style, q in quota(MJ_POS, npos).items():
        k = 0
        while k < q:
            segs, note = mj_positive(g, mj, style)
            k += add("mj", style, "mojibake", segs, note)
    for style, q in quota(MJ_NEG, nneg).items():
        k = 0
        tries = 0
        while k < q:
            text, note = mj_negative(g, mj, style)
            k += add("mj", style, "negative", text, note)
            tries += 1
            assert tries < 5000, style

    r.shuffle(recs)
    with open(a.out, "w", encoding="utf-8") as f:
        for i, rec in enumerate(recs):
            rec = {"id": "x%05d" % (i + 1), **rec}
            line = esc_line(rec)
            assert json.loads(line) == rec
            f.write(line + "\n")
    # summary
    from collections import Counter
    c = Counter((x["family"], x["label"]) for x in recs)
    for k in sorted(c):
        print(*k, c[k], file=sys.stderr)
    print("styles:", {f: len({x["style"] for x in recs if x["family"] == f}) for f in ("ph", "mj")}, file=sys.stderr)


if __name__ == "__main__":
    main()
