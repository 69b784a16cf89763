#!/usr/bin/env python3
"""text45_gen.py - held-out set 45: placeholders (ph) and mojibake (mj) in Chinese documents.

Standard library only.  Usage:
    python3 text45_gen.py --seed 11 --out text45_seed11.jsonl
    python3 text45_gen.py --verify text45_seed11.jsonl text45_seed12.jsonl

Every text is built piece by piece by a Builder that records the offsets of each
placeholder / damaged stretch as it is appended, so spans cannot drift.
Mojibake is produced with real codecs; the recipe and the clean original of every
damaged span are kept (ASCII-escaped JSON) at the end of the note after " || ",
so --verify can recompute the damage and check it.
"""
import argparse
import html
import json
import random
import re
import sys

# ---------------------------------------------------------------------------
# damage recipes (all deterministic functions of the clean text)
# ---------------------------------------------------------------------------


def _codec(enc, dec, err="replace"):
    return lambda s: s.encode(enc).decode(dec, err)


def _kunjinkao(s):
    # GBK bytes read as UTF-8 (U+FFFD), saved as UTF-8, read back as GBK
    return s.encode("gbk").decode("utf-8", "replace").encode("utf-8").decode("gbk", "replace")


def _double_utf8(s):
    # UTF-8 read as cp1252, saved as UTF-8, read as cp1252 again
    t = s.encode("utf-8").decode("cp1252", "ignore")
    return t.encode("utf-8").decode("cp1252", "ignore")


# simplified char -> (traditional form, pinyin) for the scraper annotation artefact 發(fā)展
PINYIN_TABLE = {
    "发": ("發", "fā"), "区": ("區", "qū"), "时": ("時", "shí"), "为": ("為", "wéi"),
    "会": ("會", "huì"), "经": ("經", "jīng"), "济": ("濟", "jì"), "实": ("實", "shí"),
    "现": ("現", "xiàn"), "务": ("務", "wù"), "开": ("開", "kāi"), "质": ("質", "zhì"),
    "员": ("員", "yuán"), "议": ("議", "yì"), "动": ("動", "dòng"), "应": ("應", "yīng"),
    "个": ("個", "gè"), "们": ("們", "men"), "这": ("這", "zhè"), "进": ("進", "jìn"),
    "学": ("學", "xué"), "国": ("國", "guó"), "业": ("業", "yè"), "产": ("產", "chǎn"),
    "设": ("設", "shè"), "项": ("項", "xiàng"), "环": ("環", "huán"), "卫": ("衛", "wèi"),
    "级": ("級", "jí"), "风": ("風", "fēng"), "气": ("氣", "qì"), "报": ("報", "bào"),
    "场": ("場", "chǎng"), "赛": ("賽", "sài"), "队": ("隊", "duì"), "运": ("運", "yùn"),
    "鸟": ("鳥", "niǎo"), "听": ("聽", "tīng"), "门": ("門", "mén"), "长": ("長", "zhǎng"),
    "乡": ("鄉", "xiāng"), "镇": ("鎮", "zhèn"), "计": ("計", "jì"), "划": ("劃", "huà"),
    "组": ("組", "zǔ"), "织": ("織", "zhī"), "领": ("領", "lǐng"), "导": ("導", "dǎo"),
    "专": ("專", "zhuān"), "约": ("約", "yuē"), "办": ("辦", "bàn"), "纪": ("紀", "jì"),
    "检": ("檢", "jiǎn"), "监": ("監", "jiān"), "众": ("眾", "zhòng"), "动": ("動", "dòng"),
    "农": ("農", "nóng"), "龙": ("龍", "lóng"), "东": ("東", "dōng"), "华": ("華", "huá"),
    "书": ("書", "shū"), "记": ("記", "jì"), "历": ("歷", "lì"), "职": ("職", "zhí"),
    "级": ("級", "jí"), "岁": ("歲", "suì"), "问": ("問", "wèn"), "题": ("題", "tí"),
    "积": ("積", "jī"), "极": ("極", "jí"), "劳": ("勞", "láo"), "爱": ("愛", "ài"),
    "梦": ("夢", "mèng"), "云": ("雲", "yún"), "边": ("邊", "biān"), "远": ("遠", "yuǎn"),
}


def _pinyin_annot(s):
    out = []
    for c in s:
        if c in PINYIN_TABLE:
            t, p = PINYIN_TABLE[c]
            out.append("%s(%s)" % (t, p))
        else:
            out.append(c)
    return "".join(out)


RECIPES = {
    "utf8_as_gbk": _codec("utf-8", "gbk"),
    "utf8_as_gb18030": _codec("utf-8", "gb18030"),
    "utf8_as_cp1252": lambda s: s.encode("utf-8").decode("cp1252", "ignore"),
    "utf8_as_latin1": _codec("utf-8", "latin-1"),
    "utf8_as_cp866": _codec("utf-8", "cp866"),
    "utf8_as_koi8r": _codec("utf-8", "koi8-r"),
    "utf8_as_big5": _codec("utf-8", "big5"),
    "utf8_as_sjis": _codec("utf-8", "shift_jis"),
    "gbk_as_sjis": _codec("gbk", "shift_jis"),
    "gbk_as_utf8": _codec("gbk", "utf-8"),
    "gbk_as_big5": _codec("gbk", "big5"),
    "gbk_as_euckr": _codec("gbk", "euc-kr"),
    "big5_as_gbk": _codec("big5", "gbk"),
    "kunjinkao": _kunjinkao,
    "double_utf8": _double_utf8,
    "ascii_replace": lambda s: s.encode("ascii", "replace").decode("ascii"),
    "gb2312_replace": lambda s: s.encode("gb2312", "replace").decode("gb2312"),
    "latin1_replace": lambda s: s.encode("latin-1", "replace").decode("latin-1"),
    "gbk_shifted": lambda s: s.encode("gbk")[1:].decode("gbk", "replace"),
    "hz_raw": lambda s: s.encode("hz").decode("ascii"),
    "utf7_raw": lambda s: s.encode("utf-7").decode("ascii"),
    "unicode_escape": lambda s: s.encode("unicode_escape").decode("ascii"),
    "uplus": lambda s: " ".join("U+%04X" % ord(c) for c in s),
    "html_ncr": lambda s: "".join("&#%d;" % ord(c) if ord(c) > 127 else c for c in s),
    "html_hexncr": lambda s: "".join("&#x%x;" % ord(c) if ord(c) > 127 else c for c in s),
    "pinyin_annot": _pinyin_annot,
}

HTML_DEBRIS_RE = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);|</?[a-zA-Z][^<>]*/?>|/[a-zA-Z]+>")

# ---------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------


class GenError(Exception):
    pass


class Builder:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []
        self.recipes = []  # for mojibake: [recipe, original] per span

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def nl(self, s=""):
        return self.t(s + "\n")

    def p(self, s):
        """append a placeholder span"""
        if not s:
            raise GenError("empty placeholder")
        a = self.n
        self.t(s)
        self.spans.append([a, self.n])
        return self

    def m(self, orig, recipe):
        """append orig damaged by recipe; the span covers only what changed"""
        dmg = RECIPES[recipe](orig)
        if dmg == orig:
            raise GenError("recipe %s leaves %r unchanged" % (recipe, orig))
        # trim common prefix / suffix when the recipe is consistent on the trimmed core
        pre = 0
        while pre < min(len(orig), len(dmg)) and orig[pre] == dmg[pre]:
            pre += 1
        suf = 0
        while (suf < min(len(orig), len(dmg)) - pre and orig[len(orig) - 1 - suf] == dmg[len(dmg) - 1 - suf]):
            suf += 1
        core_o = orig[pre:len(orig) - suf]
        core_d = dmg[pre:len(dmg) - suf]
        if core_o and core_d and RECIPES[recipe](core_o) == core_d:
            self.t(dmg[:pre])
            a = self.n
            self.t(core_d)
            self.spans.append([a, self.n])
            self.recipes.append([recipe, core_o])
            self.t(dmg[len(dmg) - suf:])
        else:
            a = self.n
            self.t(dmg)
            self.spans.append([a, self.n])
            self.recipes.append([recipe, orig])
        return self

    def pin(self, orig):
        """pinyin annotation artefact: one span per annotated character"""
        for c in orig:
            if c in PINYIN_TABLE:
                a = self.n
                self.t(RECIPES["pinyin_annot"](c))
                self.spans.append([a, self.n])
                self.recipes.append(["pinyin_annot", c])
            else:
                self.t(PINYIN_TABLE.get(c, (c,))[0])
        return self

    def debris(self, s):
        """HTML / XML remnant left in the text"""
        if not HTML_DEBRIS_RE.search(s):
            raise GenError("not html debris: %r" % s)
        a = self.n
        self.t(s)
        self.spans.append([a, self.n])
        self.recipes.append(["html_debris", ""])
        return self

    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------
# pools (own wording)
# ---------------------------------------------------------------------------

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建国志文斌浩宇欣怡晨阳雪梅海波鹏飞凯俊峰丹琳婷颖晓东辉彬博涵然瑶佳琪嘉轩睿墨宏亮永庆卫春利清松")
RARE_GIVEN = list("喆堃镕昇珺玥赟犇垚琤璟")
TOWNS = ["城关", "青山", "临江", "云溪", "桃源", "白沙", "东湖", "南屏", "北塘", "西岭", "柳营", "石桥",
         "枫林", "清河", "长岗", "新塘", "龙泉", "黄埠", "梅岭", "双凤", "金坪", "杏花", "沙洲", "莲塘"]
CITIES = ["南京", "合肥", "长沙", "南昌", "武汉", "成都", "西安", "郑州", "济南", "福州", "昆明", "贵阳",
          "太原", "兰州", "南宁", "杭州", "苏州", "温州", "宜昌", "绵阳", "洛阳", "赣州", "柳州", "襄阳"]
ORGS = ["县发展和改革局", "区财政局", "市文化广电旅游局", "县住房和城乡建设局", "区教育体育局", "县农业农村局",
        "市生态环境局", "区卫生健康委员会", "县应急管理局", "市市场监督管理局", "区人力资源和社会保障局",
        "县水利局", "市交通运输局", "区民政局", "县自然资源局"]
POSTS = ["副局长", "办公室主任", "党组成员、副局长", "二级调研员", "综合科科长", "四级主任科员", "机关党委书记", "政策法规股股长"]
NEW_POSTS = ["局长", "党组书记", "副镇长", "镇党委副书记", "街道办事处副主任", "副县长候选人", "乡长候选人", "党组成员、副局长"]
EDU = ["大学本科", "研究生", "在职研究生", "大学本科，学士学位", "研究生，硕士学位", "中央党校大学", "大专"]
MAJORS = ["汉语言文学", "土木工程", "会计学", "法学", "农学", "计算机科学与技术", "行政管理", "水利水电工程", "临床医学"]
TEAMS_FB = ["江城队", "海港队", "山城队", "青松队", "飞虎队", "蓝鲸队", "雄鹰队", "金沙队", "红星队", "白马队",
            "长河队", "东岸队"]
SPORTS = ["足球", "篮球", "排球", "乒乓球", "羽毛球"]
WIND_DIR = ["东北风", "东风", "东南风", "南风", "西南风", "西风", "西北风", "北风", "偏北风", "偏南风"]
WEATHER = ["晴", "多云", "阴", "小雨", "阵雨", "中雨", "雷阵雨", "小雪", "雨夹雪", "晴转多云", "多云转阴", "阴转小雨"]
RIVERS = ["清江", "沅水", "汀江", "赣江", "湘江", "资水", "涪江", "汉江", "北盘江", "渠江"]
NICKS = ["小鱼儿", "阿杰", "晴天", "老周", "风铃", "木子", "Lily", "大熊", "橘子汽水", "老陈", "夏天的风",
         "Tony", "一只猫", "阿珍", "蓝莓", "小张", "追光者", "静待花开"]
LYRIC_LINES = [
    "路灯一盏一盏亮起来", "我把晚风折成信寄给你", "旧站台还留着那年的雨", "你说月亮会替我们记得",
    "走过长长的街口", "心事藏在衣袖里", "山那边的云飘过来", "别问明天去哪里", "脚步比想念走得慢",
    "窗外的槐花落了一地", "我们唱着没写完的歌", "灯火把夜晚照得很暖", "风吹过稻田的时候", "回家的路总是很短",
    "把笑声留在夏天", "星星在屋顶上打盹", "时间像河水不回头", "你的名字写在沙滩上",
]
SONG_TITLES = ["晚风信", "旧站台", "槐花落", "回家的路", "稻田的风", "屋顶星光", "长街口", "夏天留声"]
PROJECTS = ["老旧小区改造", "农村饮水安全巩固提升", "背街小巷整治", "高标准农田建设", "污水管网延伸",
            "乡村道路硬化", "学校食堂提质", "社区养老服务中心建设", "河道清淤疏浚", "公共充电桩布设"]
REPORT_ITEMS = ["完成植树造林", "新增城镇就业", "发放惠农补贴", "开展志愿服务", "走访困难群众",
                "排查安全隐患", "培训新型职业农民", "新建公共厕所", "改造危旧房", "接种疫苗"]
UNITS = {"完成植树造林": "亩", "新增城镇就业": "人", "发放惠农补贴": "万元", "开展志愿服务": "场次",
         "走访困难群众": "户", "排查安全隐患": "处", "培训新型职业农民": "人次", "新建公共厕所": "座",
         "改造危旧房": "户", "接种疫苗": "剂次"}


def name(rng, rare=False):
    g = rng.choice(RARE_GIVEN) if rare else rng.choice(GIVEN)
    if rng.random() < 0.7:
        g = (g + rng.choice(GIVEN)) if rng.random() < 0.5 else (rng.choice(GIVEN) + g)
    return rng.choice(SURN) + g


def town(rng):
    return rng.choice(TOWNS)


def ymd(rng, y0=2021, y1=2024):
    return "%d年%d月%d日" % (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def md(rng):
    return "%d月%d日" % (rng.randint(1, 12), rng.randint(1, 28))


def phone(rng):
    return "1" + rng.choice("3589") + "".join(str(rng.randint(0, 9)) for _ in range(9))


def landline(rng):
    return "0%d-%d" % (rng.randint(510, 799), rng.randint(5000000, 8999999))


def money(rng, lo=10, hi=9999):
    return "%.2f" % (rng.randint(lo * 100, hi * 100) / 100)


def pct(rng):
    return "%.1f" % (rng.randint(500, 999) / 10)


class Clock:
    """increasing HH:MM times for chat logs and programmes"""
    def __init__(self, rng, h0=8):
        self.rng = rng
        self.m = h0 * 60 + rng.randint(0, 50)

    def __call__(self):
        self.m = min(self.m + self.rng.randint(1, 55), 23 * 60 + 59)
        return "%02d:%02d" % (self.m // 60, self.m % 60)


def org_short(rng):
    o = rng.choice(ORGS)
    return o[1:] if o[0] in "县区市" else o


def span_days(rng):
    """(start, end) of a short publicity period inside one month"""
    m, d = rng.randint(1, 12), rng.randint(1, 20)
    return "%d月%d日" % (m, d), "%d月%d日" % (m, d + rng.randint(4, 8))


def hhmm(rng, h0=8, h1=21):
    return "%02d:%02d" % (rng.randint(h0, h1), rng.choice([0, 0, 15, 30, 30, 45]))


# ---------------------------------------------------------------------------
# placeholder machinery: documents with typed slots, rendered real or masked
# ---------------------------------------------------------------------------

KEYS = {  # kind -> (Chinese label, English key)
    "name": ("姓名", "name"), "num": ("数量", "count"), "money": ("金额", "amount"), "pct": ("比例", "rate"),
    "date": ("日期", "date"), "ym": ("出生年月", "birth_month"), "place": ("地名", "district"),
    "org": ("单位名称", "company"), "phone": ("联系电话", "phone"), "time": ("时间", "time"),
    "text": ("内容", "content"), "round": ("轮次", "round"), "score": ("比分", "score"),
    "lvl": ("风力等级", "wind_level"),
}
MARK = "\x00"


class Doc:
    def __init__(self):
        self.slots = []

    def S(self, kind, real, zh=None, en=None):
        zh0, en0 = KEYS[kind]
        self.slots.append((kind, str(real), zh or zh0, en or en0))
        return "%s%d%s" % (MARK, len(self.slots) - 1, MARK)


def PH(conv, kind, real, zh, en, rng):
    """placeholder text for one slot under a document-wide convention, or None"""
    ch = {"x": "x", "X": "X", "cross": "×", "fullX": "Ｘ", "circle": "〇"}.get(conv)
    if ch:
        if conv == "circle" and kind not in ("name", "place", "org", "text"):
            return None
        if kind == "name":
            return ch * (2 if conv == "circle" else rng.choice([2, 3, 3]))
        if kind in ("place", "org", "text"):
            return ch * rng.choice([2, 2, 3])
        if kind == "num":
            return ch * max(1, min(4, len(re.sub(r"\D", "", real)) or 1))
        if kind in ("round", "lvl"):
            return ch
        if kind == "money":
            return ch * 2 + "." + ch * 2
        if kind == "pct":
            return rng.choice([ch * 2, ch * 2 + "." + ch, ch * 3])
        if kind == "date":
            return "%s月%s日" % (ch, ch * 2)
        if kind == "ym":
            return "19%s年%s月" % (ch * 2, ch)
        if kind == "time":
            return "%s:%s" % (ch * 2, ch * 2)
        if kind == "phone":
            return rng.choice(["1" + ch * 10, ch * 11, "0" + ch * 3 + "-" + ch * 7])
        if kind == "score":
            return "%s:%s" % (ch, ch)
        return None
    if conv == "mou":
        return {"name": rng.choice(["某某", "某某某"]), "place": "某某", "org": "某某", "text": "某某"}.get(kind)
    if conv == "pseud":
        return real[0] + "某" if kind == "name" else None
    if conv == "bracket":
        return "[%s]" % zh
    if conv == "lenbracket":
        return "【%s】" % zh
    if conv == "daitian":
        return rng.choice(["【待填】", "【待补充】", "【待填写】"])
    if conv == "paren":
        return "（填写%s）" % zh
    if conv == "blank":
        if kind == "date":
            return "__月__日"
        if kind == "ym":
            return "____年__月"
        if kind in ("time", "score"):
            return "__:__"
        return "_" * rng.choice([4, 6, 8])
    if conv == "fwblank":
        if kind == "date":
            return "＿＿月＿＿日"
        return "＿" * rng.choice([3, 4, 6])
    if conv == "mustache":
        return "{{%s}}" % en
    if conv == "dollar":
        return "$%s$" % en.upper()
    if conv == "shell":
        return "${%s}" % en
    raise GenError("unknown convention " + conv)


def render(b, txt, doc, masked):
    parts = txt.split(MARK)
    for i, piece in enumerate(parts):
        if i % 2 == 0:
            b.t(piece)
        else:
            k = int(piece)
            if k in masked:
                b.p(masked[k])
            else:
                b.t(doc.slots[k][1])


def choose_masks(doc, conv, kinds, pmask, rng):
    elig = [i for i, s in enumerate(doc.slots) if (kinds is None or s[0] in kinds)]
    cand = {}
    for i in elig:
        kind, real, zh, en = doc.slots[i]
        ph = PH(conv, kind, real, zh, en, rng)
        if ph is not None:
            cand[i] = ph
    if not cand:
        raise GenError("no maskable slot")
    chosen = {i: v for i, v in cand.items() if rng.random() < pmask}
    if not chosen:
        i = rng.choice(sorted(cand))
        chosen[i] = cand[i]
    return chosen


STYLES = []  # (name, family, label, fn(rng) -> (Builder, note))

CONV_DESC = {"x": "lower-case x runs", "X": "upper-case X runs", "cross": "×× runs", "fullX": "full-width Ｘ runs",
             "circle": "〇〇 masks", "mou": "某某 left from the template", "pseud": "surname+某 pseudonyms",
             "bracket": "[label] fields", "lenbracket": "【label】 fields", "daitian": "【待填】 markers",
             "paren": "（填写…） prompts", "blank": "____ blanks", "fwblank": "＿＿ blanks",
             "mustache": "{{var}} merge fields", "dollar": "$VAR$ fields", "shell": "${var} fields"}


def ph_style(sname, docfn, conv, kinds=None, pmask=0.5, desc="", extra=None):
    def fn(rng):
        d = Doc()
        txt = docfn(rng, d.S)
        masked = choose_masks(d, conv, kinds, pmask, rng)
        b = Builder()
        render(b, txt, d, masked)
        if extra:
            extra(b, rng)
        mk = sorted({d.slots[i][0] for i in masked})
        return b, "%s: %s never filled (%s)" % (desc or docfn.__doc__, CONV_DESC[conv], ",".join(mk))
    STYLES.append((sname, "ph", "placeholder", fn))


def ph_real(sname, docfn, extra=None, desc=""):
    """negative: the same document shape with every slot filled, plus optional look-alike lines"""
    def fn(rng):
        d = Doc()
        txt = docfn(rng, d.S)
        b = Builder()
        render(b, txt, d, {})
        note = desc or ("filled " + docfn.__doc__)
        if extra:
            extra(b, rng)
        return b, note
    STYLES.append((sname, "ph", "negative", fn))


def style(sname, fam, label):
    def deco(f):
        STYLES.append((sname, fam, label, f))
        return f
    return deco


# ---------------------------------------------------------------------------
# ph documents
# ---------------------------------------------------------------------------

def county(rng):
    return rng.choice(["临川", "永丰", "南陵", "宁都", "桐庐", "石门", "新化", "丰城", "泾川", "安远", "宜丰", "武宁"])


def doc_personnel(rng, S):
    """任前公示 personnel announcement"""
    c = county(rng)
    y = rng.randint(2021, 2024)
    out = [rng.choice(["中共%s县委组织部关于领导干部任前公示的公告", "%s县拟提拔任用干部任前公示", "中共%s县委组织部干部任前公示通告"]) % c,
           rng.choice(["根据干部选拔任用有关规定，经县委研究，现将拟任职干部情况公示如下：",
                       "为进一步扩大干部工作民主，经县委常委会研究，现对以下同志进行任前公示：",
                       "按照《党政领导干部选拔任用工作条例》，现将拟提拔人选公示如下："])]
    for k in range(rng.randint(1, 3)):
        sex = rng.choice(["男", "女"])
        by = rng.randint(1972, 1994)
        out.append("%s、%s同志，%s，汉族，%s出生，%s人，%s，学历：%s%s，%s参加工作，现任%s%s，拟任%s。" % (
            "一二三"[k], S("name", name(rng)), sex, S("ym", "%d年%d月" % (by, rng.randint(1, 12))),
            S("place", rng.choice(CITIES) + "市"), rng.choice(["中共党员", "中共党员", "无党派人士"]),
            S("text", rng.choice(EDU), "学历"), rng.choice(["", "，" + rng.choice(MAJORS) + "专业"]),
            S("date", "%d年%d月" % (by + rng.randint(20, 24), rng.randint(1, 12)), "参加工作时间"),
            org_short(rng), rng.choice(POSTS), rng.choice(NEW_POSTS)))
    m0, dd = rng.randint(1, 12), rng.randint(3, 20)
    d1, d2 = "%d月%d日" % (m0, dd), "%d月%d日" % (m0, dd + rng.randint(4, 8))
    out.append("公示时间：%d年%s至%s（5个工作日）。" % (y, S("date", d1, "起始日期"), S("date", d2, "截止日期")))
    out.append("公示期间，对拟任人选有何情况和问题，可通过来信、来电、来访等方式向县委组织部反映。")
    out.append("监督电话：%s；举报邮箱：zzbjb@%sdj.gov.cn" % (S("phone", landline(rng)), rng.choice(["lc", "yf", "nl", "nd"])))
    out.append("中共%s县委组织部" % c)
    out.append("%d年%d月%d日" % (y, m0, dd - rng.randint(0, 2)))
    return "\n".join(out)


def doc_sports_results(rng, S):
    """sports league results bulletin"""
    sp = rng.choice(["足球", "篮球", "排球"])
    rd = rng.randint(2, 18)
    out = ["%d年%s市城市%s联赛 第%s轮 赛果" % (rng.randint(2022, 2024), rng.choice(CITIES), sp, S("round", rd)),
           "（%s 于市体育中心及各分赛场进行）" % S("date", md(rng), "比赛日期")]
    teams = rng.sample(TEAMS_FB, 6)
    for i in range(0, 6, 2):
        if sp == "足球":
            sc = "%d:%d" % (rng.randint(0, 4), rng.randint(0, 4))
        elif sp == "篮球":
            sc = "%d:%d" % (rng.randint(68, 112), rng.randint(68, 112))
        else:
            sc = "3:%d" % rng.randint(0, 2)
        out.append("%s %s %s" % (teams[i], S("score", sc), teams[i + 1]))
    out.append("本轮最佳球员：%s（%s，%d号）" % (S("name", name(rng)), teams[0], rng.randint(1, 35)))
    out.append("现场观众合计%s人，积分榜前三名为%s、%s、%s。" % (S("num", str(rng.randint(1200, 9800))), teams[1], teams[3], teams[4]))
    return "\n".join(out)


def doc_sports_programme(rng, S):
    """event programme (秩序册) of a school athletics meet"""
    out = ["%s第%s届中小学生田径运动会 秩序册（节选）" % (rng.choice(CITIES) + "市", rng.choice(["十二", "十五", "二十", "三十一"])),
           "比赛日期：%s　检录处：体育场南门" % S("date", md(rng))]
    evs = rng.sample(["男子100米预赛", "女子跳远决赛", "男子4×100米接力", "女子800米决赛", "男子铅球决赛",
                      "女子200米预赛", "男子跳高决赛", "女子4×400米接力"], 4)
    clk = Clock(rng, 8)
    for ev in evs:
        out.append("%s　%s　第%s道　运动员：%s（%s号）　%s中学" % (
            S("time", clk()), ev, rng.randint(1, 8), S("name", name(rng)),
            S("num", str(rng.randint(100, 899))), rng.choice(TOWNS)))
    out.append("注：参赛号码布请用别针固定于胸前，号码不得折叠。")
    return "\n".join(out)


def doc_weather(rng, S):
    """city weather forecast bulletin"""
    lo = rng.randint(-3, 20)
    out = ["%s市气象台%d月%d日%d时发布未来三天天气预报：" % (rng.choice(CITIES), rng.randint(1, 12), rng.randint(1, 28), rng.choice([6, 11, 17]))]
    for d in ["今天", "明天", "后天"]:
        w1 = rng.randint(2, 5)
        out.append("%s：%s，%s%s级，气温%s～%d℃。" % (
            d, rng.choice(WEATHER), rng.choice(WIND_DIR), S("lvl", rng.choice(["%d～%d" % (w1, w1 + 1), str(w1)])),
            S("num", str(lo), "最低气温"), lo + rng.randint(4, 11)))
    out.append("过去24小时全市平均降水量%s毫米，最大降水出现在%s镇。" % (S("num", "%.1f" % (rng.randint(1, 600) / 10), "降水量"), S("place", town(rng))))
    out.append("温馨提示：请关注临近天气预报，出行注意交通安全。")
    return "\n".join(out)


def doc_hydro(rng, S):
    """river hydrology bulletin"""
    rv = rng.choice(RIVERS)
    out = ["%s水文情况通报（%s8时）" % (rv, S("date", md(rng)))]
    for k in range(rng.randint(2, 4)):
        lv = rng.randint(2000, 9000) / 100
        out.append("%s站：水位%s米，较昨日%s%.2f米，流量%s立方米每秒。" % (
            S("place", town(rng), "测站"), S("money", "%.2f" % lv, "水位", "water_level"), rng.choice(["上涨", "回落"]),
            rng.randint(1, 90) / 100, S("num", str(rng.randint(80, 3500)), "流量")))
    out.append("警戒水位%.2f米，目前各站均在警戒水位以下。" % (rng.randint(6000, 9500) / 100))
    out.append("值班员：%s　审核：%s" % (S("name", name(rng)), S("name", name(rng))))
    return "\n".join(out)


def lrc_tag(rng, sec):
    return "[%02d:%02d.%02d]" % (sec // 60, sec % 60, rng.randint(0, 99))


def doc_lrc(rng, S):
    """LRC lyric file header and lines"""
    t = rng.choice(SONG_TITLES)
    out = ["[ti:%s]" % t, "[ar:%s]" % S("name", name(rng), "歌手", "artist"), "[al:%s]" % rng.choice(SONG_TITLES),
           "[by:%s]" % rng.choice(NICKS), "[00:00.00]%s - %s" % (t, "原唱"),
           "[00:02.10]作词：%s" % S("name", name(rng), "作词", "lyricist"),
           "[00:03.40]作曲：%s" % S("name", name(rng), "作曲", "composer")]
    sec = rng.randint(14, 22)
    for line in rng.sample(LYRIC_LINES, rng.randint(3, 5)):
        out.append(lrc_tag(rng, sec) + line)
        sec += rng.randint(4, 7)
    return "\n".join(out)


def doc_karaoke(rng, S):
    """karaoke song sheet (KTV 点歌单)"""
    out = ["KTV曲库入库单"]
    for k in range(rng.randint(3, 5)):
        out.append("%d. 《%s》 演唱：%s 作词：%s 编号：%s" % (
            k + 1, rng.choice(SONG_TITLES), S("name", name(rng), "歌手", "singer"), S("name", name(rng), "词作者", "lyricist"),
            rng.randint(100000, 999999)))
    out.append("入库日期：%s　录入人：%s" % (S("date", ymd(rng)), rng.choice(NICKS)))
    return "\n".join(out)


def doc_chat_notice(rng, S):
    """WeChat group chat export with a group notice"""
    d = "2023-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    a, c = rng.sample(NICKS, 2)
    hhmm = Clock(rng, 8)
    out = ["—————  %s  —————" % d,
           "%s %s" % (a, hhmm()),
           "@所有人 群公告：%s晚上%s在%s社区活动室开会，请%s提前准备签到表。" % (
               S("date", md(rng)), S("time", "%d:%s" % (rng.randint(18, 20), rng.choice(["00", "30"]))), S("place", town(rng)), S("name", name(rng))),
           "%s %s" % (c, hhmm()),
           rng.choice(["收到", "好的，准时到", "[表情]", "收到👌"])]
    if rng.random() < 0.5:
        out += ["%s %s" % (a, hhmm()), "%s 撤回了一条消息" % a]
    out += ["%s %s" % (a, hhmm()), "值班联系电话：%s" % S("phone", phone(rng))]
    return "\n".join(out)


def doc_chat_duty(rng, S):
    """QQ work group export with a duty roster"""
    out = ["消息记录（此消息记录为文本格式，不支持重新导入）", "=" * 20, "消息分组:我的群聊", "=" * 20,
           "消息对象:%s镇值班群" % town(rng), "=" * 20]
    who = rng.choice(NICKS)
    ts = "2024-%02d-%02d %d:%02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59))
    out += ["%s %s" % (ts, who), "本周带班领导：%s，值班人员：%s、%s，值班电话：%s。" % (
        S("name", name(rng)), S("name", name(rng)), S("name", name(rng)), S("phone", landline(rng)))]
    out += ["%s %s" % (ts[:-2] + "%02d" % rng.randint(0, 59), rng.choice(NICKS)), rng.choice(["收到", "[图片]", "好的"])]
    return "\n".join(out)


def doc_bilingual_letter(rng, S):
    """bilingual Chinese-English notification letter"""
    zs, es = rng.choice([("陈", "Chen"), ("李", "Li"), ("王", "Wang"), ("赵", "Zhao"), ("刘", "Liu"), ("周", "Zhou")])
    mr = rng.random() < 0.5
    n = S("name", zs + ("先生" if mr else "女士"), "客户姓名", "customer_name")
    n2 = S("name", ("Mr. " if mr else "Ms. ") + es, "Customer name", "customer_name")
    dt = rng.randint(1, 28)
    out = ["尊敬的%s：" % n, "Dear %s," % n2,
           "您预订的%s酒店房间已确认，入住日期为%s，订单号%s。" % (rng.choice(CITIES), S("date", "%d月%d日" % (rng.randint(1, 12), dt)), S("num", str(rng.randint(10 ** 7, 10 ** 8)), "订单号", "order_no")),
           "Your room booking has been confirmed. Check-in date: %s." % S("date", "%s %d" % (rng.choice(["May", "June", "July", "October"]), dt), "Date", "checkin_date"),
           "如需帮助，请致电 %s。" % S("phone", landline(rng)),
           "此致 / Best regards", "%s前台 Front Desk" % rng.choice(["望江", "云栖", "锦川"])]
    return "\n".join(out)


def doc_tm(rng, S):
    """bilingual translation memory export rows"""
    zs, es = rng.choice([("周", "Zhou"), ("黄", "Huang"), ("林", "Lin"), ("陈", "Chen"), ("吴", "Wu"), ("孙", "Sun")])
    amt = money(rng, 1000, 90000)
    dist = rng.choice([("青山", "Qingshan"), ("东湖", "Donghu"), ("白沙", "Baisha"), ("临江", "Linjiang")])
    gz, ge = rng.choice([("伟", "Wei"), ("敏", "Min"), ("磊", "Lei"), ("芳", "Fang"), ("涛", "Tao")])
    mon = rng.randint(1, 12)
    day = rng.randint(1, 28)
    mname = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][mon - 1]
    rows = [("The contract was signed by %s on %s." % (S("name", "%s %s" % (ge, es), "Name", "signatory"), S("date", "%d %s" % (day, mname), "Date", "sign_date")),
             "本合同由%s于%s签署。" % (S("name", zs + gz, "签署人", "signatory"), S("date", "%d月%d日" % (mon, day), "签署日期", "sign_date"))),
            ("Total amount: RMB %s." % S("money", amt, "Amount", "amount"),
             "合同总金额：人民币%s元。" % S("money", amt, "金额", "amount")),
            ("Delivery address: %s District." % S("place", dist[1], "District", "district"),
             "交货地点：%s区。" % S("place", dist[0], "区名", "district"))]
    out = ["TM导出（EN→ZH）　项目：%s采购合同" % rng.choice(CITIES), "ID\t源文\t译文"]
    for i, (e, z) in enumerate(rows):
        out.append("%d\t%s\t%s" % (i + 101, e, z))
    return "\n".join(out)


def doc_report_stats(rng, S):
    """anonymised annual work summary with statistics"""
    y = rng.randint(2021, 2023)
    out = [rng.choice(["%s街道%d年工作总结（摘要）", "%s街道%d年度工作情况汇报", "%s街道%d年重点工作完成情况"]) % (S("place", town(rng), "街道"), y),
           rng.choice(["一、主要工作完成情况", "一、重点指标完成情况", "一、工作成效"])]
    for k, it in enumerate(rng.sample(REPORT_ITEMS, rng.randint(3, 4))):
        u = UNITS[it]
        v = money(rng, 10, 900) if u == "万元" else str(rng.randint(12, 3800))
        out.append("（%s）%s%s%s，完成年度目标的%s%%。" % (
            "一二三四"[k], it, S("money" if u == "万元" else "num", v), u, S("pct", pct(rng))))
    out.append("截至%s，辖区%s社区%s个网格全部实现“清单式”管理。" % (
        S("date", "%d月%d日" % (rng.randint(10, 12), rng.randint(1, 30))), S("place", rng.choice(TOWNS), "社区"), S("num", str(rng.randint(12, 60)))))
    out.append(rng.choice(["二、存在问题：部分群众对%s项目知晓率不高，宣传有待加强。",
                           "二、存在问题：%s项目推进较慢，资金缺口仍然较大。",
                           "二、下步打算：加快%s项目建设，确保年底前完工。"]) % rng.choice(PROJECTS))
    return "\n".join(out)


def doc_report_case(rng, S):
    """case narrative inside a grassroots work summary"""
    out = ["%s村“一村一案”调处情况" % town(rng)]
    for k in range(rng.randint(2, 3)):
        a, bb = name(rng), name(rng)
        out.append("%d. 村民%s与%s因%s发生纠纷，调解员%s上门%d次，双方于%s签订调解协议。" % (
            k + 1, S("name", a), S("name", bb), rng.choice(["宅基地界址", "灌溉用水", "土地流转租金", "邻里排水"]),
            S("name", name(rng)), rng.randint(2, 6), md(rng)))
    out.append("全年共受理纠纷%d件，调解成功率%s%%。" % (rng.randint(20, 90), pct(rng)))
    return "\n".join(out)


def doc_meeting(rng, S):
    """meeting notice"""
    pj = rng.choice(PROJECTS)
    out = ["关于召开%s工作推进会的通知" % pj, "各镇（街道）、县直有关单位：",
           "经研究，决定召开%s工作推进会，现将有关事项通知如下：" % pj,
           "一、会议时间：%d年%s上午%s" % (rng.randint(2022, 2024), S("date", md(rng)), S("time", hhmm(rng, 8, 10))),
           "二、会议地点：%s" % S("text", "县行政中心%d楼会议室" % rng.randint(2, 9), "会议地点", "venue"),
           "三、参会人员：各单位分管负责同志1名。",
           "联系人：%s，电话：%s。" % (S("name", name(rng)), S("phone", phone(rng))),
           "%s" % rng.choice(ORGS).join(["", ""]) if False else rng.choice(["县人民政府办公室", "县委办公室", "区政府办公室"])]
    return "\n".join(out)


def doc_contract(rng, S):
    """lease contract first page"""
    out = ["房屋租赁合同", "出租方（甲方）：%s" % S("name", name(rng), "出租方"),
           "承租方（乙方）：%s" % S("org", rng.choice(["云溪", "恒达", "瑞丰", "青禾"]) + "商贸有限公司", "承租方"),
           "甲方将位于%s路%s号的房屋出租给乙方使用，租期自%d年%s起至%d年%s止。" % (
               rng.choice(["建设", "人民", "解放", "滨江"]), S("num", str(rng.randint(1, 300)), "门牌号"), 2024,
               S("date", md(rng), "起租日期"), 2026, S("date", md(rng), "到期日期")),
           "月租金人民币%s元，押金%s元，于每月%s日前支付。" % (S("money", money(rng, 1500, 20000)), S("money", money(rng, 1500, 20000)), rng.randint(1, 10)),
           "甲方（签字）：　　　　乙方（盖章）："]
    return "\n".join(out)


def doc_sms(rng, S):
    """SMS / app push notification template output"""
    k = rng.randint(0, 2)
    if k == 0:
        t = "【%s银行】尊敬的%s，您尾号%s的账户于%s %s支出人民币%s元，余额请登录手机银行查询。" % (
            rng.choice(["江南", "丰泽", "长河"]), S("name", name(rng)), S("num", str(rng.randint(1000, 9999)), "尾号", "card_tail"),
            S("date", md(rng)), S("time", hhmm(rng)), S("money", money(rng)))
    elif k == 1:
        t = "【%s快递】%s您好，您的包裹已到达%s驿站，取件码%s，请于%s前取件。" % (
            rng.choice(["飞鸿", "速达", "青鸟"]), S("name", name(rng)), S("place", town(rng), "驿站", "station"),
            S("num", "%d-%d-%d" % (rng.randint(1, 9), rng.randint(1, 9), rng.randint(1000, 9999)), "取件码", "pickup_code"), S("time", hhmm(rng, 19, 21)))
    else:
        t = "【%s医院】%s您好，您预约的%s门诊号为%s号，就诊时间%s %s，请携带身份证按时就诊。" % (
            rng.choice(["市第一人民", "县中医", "妇幼保健"]), S("name", name(rng)), rng.choice(["内科", "口腔科", "眼科"]),
            S("num", str(rng.randint(1, 60)), "号序", "queue_no"), S("date", md(rng)), S("time", hhmm(rng, 8, 16)))
    out = ["短信发送记录", "发送时间：2024-%02d-%02d %s　状态：成功" % (rng.randint(1, 12), rng.randint(1, 28), hhmm(rng)), "内容：" + t]
    return "\n".join(out)


def doc_award(rng, S):
    """commendation decision"""
    names = [S("name", name(rng)) for _ in range(rng.randint(3, 6))]
    out = ["关于表彰%d年度优秀志愿者的决定" % rng.randint(2021, 2023),
           "过去一年，广大志愿者在%s等工作中积极奉献，涌现出一批先进典型。" % rng.choice(["疫情防控", "文明创建", "防汛救灾", "关爱老人"]),
           "经研究，决定授予以下同志“优秀志愿者”称号：",
           "、".join(names),
           "希望受表彰的同志珍惜荣誉，再接再厉。",
           "%s团委" % rng.choice(["县", "区", "市"])]
    return "\n".join(out)


def doc_news(rng, S):
    """local news report with byline"""
    out = ["本报讯（记者 %s 通讯员 %s）%s，%s镇%s项目正式开工，总投资%s万元，预计年底完工。" % (
        S("name", name(rng)), S("name", name(rng)), S("date", md(rng)), S("place", town(rng)), rng.choice(PROJECTS),
        S("money", money(rng, 100, 9000))),
        "据介绍，项目建成后将惠及周边%s户群众。" % S("num", str(rng.randint(300, 5000))),
        "“以前一下雨路就没法走，现在终于有盼头了。”村民%s说。" % S("name", name(rng))]
    return "\n".join(out)


def doc_school(rng, S):
    """school notice to parents"""
    out = ["致家长的一封信", "尊敬的%s同学家长：" % S("name", name(rng), "学生姓名", "student"),
           "您好！我校定于%s（星期%s）%s召开家长会，地点：%s。" % (
               S("date", md(rng)), rng.choice("一二三四五六"), S("time", hhmm(rng, 14, 19)), S("text", "%s教学楼%d楼" % (rng.choice("东西南北"), rng.randint(1, 5)), "地点", "venue")),
           "请您准时参加，如有特殊情况请提前与班主任%s老师联系（%s）。" % (S("name", name(rng)), S("phone", phone(rng))),
           "%s中学" % rng.choice(TOWNS), "%d年%d月" % (rng.randint(2022, 2024), rng.randint(1, 12))]
    return "\n".join(out)


def doc_resume(rng, S):
    """job application form / résumé"""
    out = ["应聘人员登记表",
           "姓名：%s　性别：%s　出生年月：%s" % (S("name", name(rng)), rng.choice("男女"), S("ym", "%d年%d月" % (rng.randint(1988, 2002), rng.randint(1, 12)))),
           "毕业院校：%s　专业：%s" % (S("org", rng.choice(CITIES) + rng.choice(["大学", "理工学院", "师范学院"]), "毕业院校", "school"), rng.choice(MAJORS)),
           "联系电话：%s　应聘岗位：%s" % (S("phone", phone(rng)), rng.choice(["行政专员", "会计", "文员", "技术员"])),
           "工作经历：%d年至今在%s从事%s工作。" % (rng.randint(2012, 2022), S("org", rng.choice(["恒达", "瑞丰", "青禾"]) + "公司", "工作单位", "employer"), rng.choice(["财务", "行政", "销售"]))]
    return "\n".join(out)


def doc_lost(rng, S):
    """lost-property notice"""
    out = ["寻物启事", "本人于%s%s左右在%s公交站附近不慎遗失%s一个，内有身份证、银行卡等重要证件。" % (
        S("date", md(rng)), S("time", hhmm(rng)), S("place", town(rng)), rng.choice(["黑色双肩包", "棕色钱包", "蓝色手提袋"])),
        "如有拾到者请联系%s，电话：%s，必有重谢！" % (S("name", name(rng)), S("phone", phone(rng)))]
    return "\n".join(out)


def doc_property(rng, S):
    """property management fee notice"""
    out = ["物业费催缴通知", "%s小区%s栋%s单元%s室业主：" % (
        rng.choice(["锦绣", "滨江", "和园", "翠苑"]), S("num", str(rng.randint(1, 30)), "楼栋"), S("num", str(rng.randint(1, 4)), "单元"),
        S("num", str(rng.randint(101, 2804)), "房号")),
        "您%d年度物业服务费%s元尚未缴纳，请于%s前到物业服务中心办理。" % (rng.randint(2022, 2024), S("money", money(rng, 800, 5000)), S("date", md(rng))),
        "物业服务中心电话：%s" % S("phone", landline(rng)), "%s物业服务有限公司" % rng.choice(["安居", "恒泰", "金城"])]
    return "\n".join(out)


def doc_medical(rng, S):
    """discharge summary"""
    out = ["出院小结", "患者%s，%s，%s岁，因“%s”于%s入院。" % (
        S("name", name(rng), "患者姓名", "patient"), rng.choice("男女"), S("num", str(rng.randint(18, 88)), "年龄"),
        rng.choice(["反复咳嗽3天", "右膝疼痛1月", "头晕伴乏力1周"]), S("date", md(rng), "入院日期")),
        "住院%s天，经治疗好转，于%s出院。" % (S("num", str(rng.randint(3, 20)), "住院天数"), S("date", md(rng), "出院日期")),
        "出院医嘱：注意休息，两周后门诊复查。", "主治医师：%s" % S("name", name(rng), "医师")]
    return "\n".join(out)


def doc_court(rng, S):
    """civil complaint template"""
    out = ["民事起诉状", "原告：%s，%s，%s出生，汉族，住%s市%s区。" % (
        S("name", name(rng), "原告姓名", "plaintiff"), rng.choice("男女"), S("ym", "%d年%d月" % (rng.randint(1960, 1998), rng.randint(1, 12))),
        rng.choice(CITIES), S("place", town(rng), "区")),
        "被告：%s，法定代表人：%s。" % (S("org", rng.choice(["恒达", "瑞丰", "青禾"]) + "建筑工程有限公司", "被告单位", "defendant"), S("name", name(rng), "法定代表人", "legal_rep")),
        "诉讼请求：判令被告支付拖欠工程款%s元及利息。" % S("money", money(rng, 5000, 900000)),
        "此致", "%s市%s区人民法院" % (rng.choice(CITIES), rng.choice(["东湖", "青山", "北塘"]))]
    return "\n".join(out)


# ---------------------------------------------------------------------------
# ph styles: positives (document x convention)
# ---------------------------------------------------------------------------

N, ALL = ("name",), None
ph_style("personnel_moumou_name", doc_personnel, "mou", N, 0.6, "任前公示 with 某某同志 left from the template")
ph_style("personnel_birth_x", doc_personnel, "x", ("ym", "date"), 0.4, "任前公示 with 19xx年x月出生 / x月xx日 left")
ph_style("personnel_edu_daitian", doc_personnel, "daitian", ("text", "date", "place"), 0.4, "任前公示 with 【待填】 in 学历 and other fields")
ph_style("personnel_cross", doc_personnel, "cross", ("name", "place", "ym"), 0.4, "任前公示 masked with ××")
ph_style("personnel_bracket", doc_personnel, "bracket", ALL, 0.3, "任前公示 generated from a [字段] template")
ph_style("personnel_phone_blank", doc_personnel, "blank", ("phone", "date"), 0.6, "任前公示 with ____ blanks for phone/dates")
ph_style("sports_round_x", doc_sports_results, "x", ("round", "date", "num"), 0.5, "league results with 第x轮 / x月xx日 left")
ph_style("sports_player_upper_x", doc_sports_results, "X", ("name", "num"), 0.6, "league results with 运动员 XXX")
ph_style("sports_score_blank", doc_sports_results, "blank", ("score", "name"), 0.4, "league results with __:__ score blanks")
ph_style("programme_athlete_upper_x", doc_sports_programme, "X", ("name",), 0.5, "athletics programme with 运动员 XXX")
ph_style("programme_bib_x", doc_sports_programme, "x", ("num", "time", "date"), 0.4, "athletics programme with xxx bib numbers / xx:xx times")
ph_style("weather_wind_x", doc_weather, "x", ("lvl", "num"), 0.4, "weather bulletin with x级 wind / xx毫米 rain left")
ph_style("weather_place_upper_x", doc_weather, "X", ("place", "lvl"), 0.6, "weather bulletin with XX镇 left")
ph_style("weather_cross", doc_weather, "cross", ("lvl", "num", "place"), 0.4, "weather bulletin masked with ×")
ph_style("hydro_level_x", doc_hydro, "x", ("num",), 0.4, "hydrology bulletin with xx.xx米 levels")
ph_style("hydro_station_mou", doc_hydro, "mou", ("place", "name"), 0.5, "hydrology bulletin with 某某站")
ph_style("hydro_fwblank", doc_hydro, "fwblank", ("num", "name", "date"), 0.4, "hydrology bulletin with ＿＿ blanks")
ph_style("lrc_author_upper_x", doc_lrc, "X", N, 0.6, "LRC file with 作词：XXX")
ph_style("lrc_mustache", doc_lrc, "mustache", N, 0.6, "LRC file with {{artist}} merge fields")
ph_style("lrc_bracket", doc_lrc, "bracket", N, 0.6, "LRC file with [歌手] fields")
ph_style("karaoke_xxx", doc_karaoke, "x", ("name", "date"), 0.4, "KTV song list with xxx singer/lyricist")
ph_style("chat_notice_x", doc_chat_notice, "x", ALL, 0.4, "WeChat export: group notice with x月xx日 / xx:xx left")
ph_style("chat_notice_mustache", doc_chat_notice, "mustache", ALL, 0.5, "WeChat export: bot notice with {{var}} fields")
ph_style("chat_duty_mou", doc_chat_duty, "mou", N, 0.6, "QQ export: duty roster with 某某")
ph_style("chat_duty_upper_x", doc_chat_duty, "X", ("name", "phone"), 0.5, "QQ export: duty roster with XXX")
ph_style("bilingual_letter_bracket", doc_bilingual_letter, "bracket", ALL, 0.4, "bilingual letter with [客户姓名]/[Customer name]")
ph_style("bilingual_letter_mustache", doc_bilingual_letter, "mustache", ALL, 0.5, "bilingual letter with {{customer_name}}")
ph_style("tm_dollar", doc_tm, "dollar", ALL, 0.5, "translation memory rows with $VAR$ fields")
ph_style("tm_bracket", doc_tm, "bracket", ALL, 0.5, "translation memory rows with [label] fields")
ph_style("report_x_runs", doc_report_stats, "x", ALL, 0.6, "work summary with xx户 / xx.xx万元 / xx%")
ph_style("report_upper_x_runs", doc_report_stats, "X", ALL, 0.5, "work summary with XX街道 / XX个")
ph_style("report_cross", doc_report_stats, "cross", ALL, 0.5, "work summary masked with ××")
ph_style("report_fullwidth_x", doc_report_stats, "fullX", ALL, 0.5, "work summary masked with full-width ＸＸ")
ph_style("case_pseudonym", doc_report_case, "pseud", N, 0.7, "dispute-mediation summary with 张某-style pseudonyms")
ph_style("case_moumou", doc_report_case, "mou", N, 0.6, "dispute-mediation summary with 某某")
ph_style("case_upper_x_names", doc_report_case, "X", N, 0.6, "dispute-mediation summary with XXX names")
ph_style("meeting_blank", doc_meeting, "blank", ALL, 0.5, "meeting notice with ____ blanks")
ph_style("meeting_paren", doc_meeting, "paren", ALL, 0.4, "meeting notice with （填写…） prompts")
ph_style("contract_blank", doc_contract, "blank", ALL, 0.5, "lease contract with ____ blanks")
ph_style("contract_fwblank", doc_contract, "fwblank", ALL, 0.5, "lease contract with ＿＿ blanks")
ph_style("contract_lenbracket", doc_contract, "lenbracket", ALL, 0.4, "lease contract with 【出租方】 fields")
ph_style("sms_mustache", doc_sms, "mustache", ALL, 0.5, "SMS log with {{var}} merge fields")
ph_style("sms_dollar", doc_sms, "dollar", ALL, 0.5, "SMS log with $VAR$ fields")
ph_style("sms_shell", doc_sms, "shell", ALL, 0.5, "SMS log with ${var} fields")
ph_style("award_circle", doc_award, "circle", N, 0.5, "commendation list with 〇〇 names")
ph_style("award_moumou", doc_award, "mou", N, 0.5, "commendation list with 某某")
ph_style("news_byline_upper_x", doc_news, "X", ALL, 0.5, "news draft with 记者 XXX")
ph_style("news_x", doc_news, "x", ALL, 0.5, "news draft with xx户 / x月xx日")
ph_style("school_blank", doc_school, "blank", ALL, 0.5, "school letter with ____ blanks")
ph_style("school_circle", doc_school, "circle", ("name", "text"), 0.6, "school letter with 〇〇同学")
ph_style("resume_bracket", doc_resume, "bracket", ALL, 0.5, "application form with [姓名] fields")
ph_style("resume_paren", doc_resume, "paren", ALL, 0.4, "application form with （填写…） prompts")
ph_style("lost_x", doc_lost, "x", ALL, 0.5, "lost-property notice with x/xx runs")
ph_style("lost_daitian", doc_lost, "daitian", ALL, 0.4, "lost-property notice with 【待填】")
ph_style("property_x", doc_property, "x", ALL, 0.5, "property fee notice with xx栋xx单元")
ph_style("medical_upper_x", doc_medical, "X", ALL, 0.4, "discharge summary with XXX")
ph_style("medical_pseud", doc_medical, "pseud", N, 0.7, "discharge summary with 张某-style pseudonym where the name belongs")
ph_style("court_lenbracket", doc_court, "lenbracket", ALL, 0.4, "civil complaint with 【原告姓名】 fields")


# positives that also carry look-alikes (only the real placeholders are spans)
def _ph_extra_report(b, r):
    b.nl("").t(r.choice([
        "三、下步打算：推进“1+X”证书培训，全年计划培训%d人次。" % r.randint(100, 900),
        "三、下步打算：为卫生院配备X光机%d台，某些偏远村增设巡回医疗点。" % r.randint(1, 4),
        "三、下步打算：更新x86服务器%d台，机房面积按12×8米改造。" % r.randint(2, 9)]))


def _ph_extra_sizes(b, r):
    b.nl("").t("下轮起各队统一更换新球衣，尺码分%s，报名截止%s。" % (r.choice(["M、L、XL、XXL", "L、XL、XXL、XXXL"]), md(r)))


def _ph_extra_mouxie(b, r):
    b.nl("").t("如对某些拟任人选的情况有异议，请署真实姓名反映，以便核实。")


ph_style("report_x_runs_with_lookalikes", doc_report_stats, "x", ALL, 0.4, "work summary with xx runs plus 1+X / X光 / x86 look-alikes", extra=_ph_extra_report)
ph_style("sports_player_upper_x_with_sizes", doc_sports_results, "X", N, 0.6, "league results with XXX names plus XL/XXL jersey sizes", extra=_ph_extra_sizes)
ph_style("personnel_moumou_with_mouxie", doc_personnel, "mou", N, 0.5, "任前公示 with 某某 names plus ordinary 某些", extra=_ph_extra_mouxie)


# ---------------------------------------------------------------------------
# ph styles: negatives (look-alikes, no placeholder)
# ---------------------------------------------------------------------------

ph_real("real_personnel", doc_personnel, desc="任前公示 fully filled (real names, 学历, dates)")
ph_real("real_sports_results", doc_sports_results,
        extra=lambda b, r: b.nl("").t("下一轮将于%d天后进行，对阵由抽签确定。" % r.randint(6, 9)),
        desc="league results with real 比分 3:2 and 第n轮")
ph_real("real_programme", doc_sports_programme, desc="athletics programme with 4×100米 and real names")
ph_real("real_weather", doc_weather,
        extra=lambda b, r: b.nl("").t("紫外线指数%d级，空气质量%s。" % (r.randint(1, 5), r.choice(["优", "良"]))),
        desc="weather bulletin with wind ranges 5～6级 and real values")
ph_real("real_hydro", doc_hydro, desc="hydrology bulletin fully filled")
ph_real("real_lrc", doc_lrc, desc="LRC file with [mm:ss.xx] time tags and real credits")
ph_real("real_contract", doc_contract, desc="lease contract filled in; signature line with ideographic spaces")
ph_real("real_sms", doc_sms, desc="SMS log fully filled")


def _neg(sname, note):
    def deco(f):
        def fn(rng):
            b = Builder()
            f(b, rng)
            return b, note
        STYLES.append((sname, "ph", "negative", fn))
        return f
    return deco


@_neg("lookalike_1plusx_certificate", "vocational school notice about 1+X证书 (not a placeholder)")
def _(b, r):
    b.nl("%s职业技术学院关于开展%d年“1+X”证书考核工作的通知" % (r.choice(CITIES), r.randint(2021, 2024)))
    b.nl("各二级学院：")
    b.nl("根据“1+X”证书制度试点工作安排，我院%s、%s两个专业将组织%d名学生参加%s职业技能等级证书（%s级）考核。" % (
        r.choice(["会计", "物流管理", "工业机器人"]), r.choice(["电子商务", "幼儿照护", "网店运营"]), r.randint(60, 480),
        r.choice(["智能财税", "Web前端开发", "老年照护"]), r.choice(["初", "中", "高"])))
    b.nl("考核时间：%s %s，地点：实训楼%d0%d。" % (md(r), hhmm(r, 8, 14), r.randint(1, 5), r.randint(1, 9)))
    b.t("联系人：%s，电话：%s。" % (name(r), landline(r)))


@_neg("lookalike_n_plus_x_model", "community report on a 7+X service model (not a placeholder)")
def _(b, r):
    n = r.choice([5, 7, 10])
    b.nl("%s社区推行“%d+X”便民服务模式" % (town(r), n))
    b.nl("“%d”指社区固定提供的%d项基础服务，“X”指根据居民需求灵活增设的特色服务。" % (n, n))
    b.nl("今年以来，社区已增设理发、磨刀、家电维修等%d项“X”服务，累计服务居民%d人次。" % (r.randint(3, 9), r.randint(800, 6000)))
    b.t("社区书记%s介绍，下一步将把“%d+X”模式推广到辖区%d个小区。" % (name(r), n, r.randint(3, 12)))


@_neg("lookalike_x86_tech", "IT procurement list with x86/x64 architecture names")
def _(b, r):
    b.nl("%s信息化设备采购清单（技术参数）" % r.choice(ORGS))
    b.nl("1. 服务器%d台：x86架构，2×%d核处理器，内存%dGB，支持x64操作系统。" % (r.randint(2, 8), r.choice([16, 24, 32]), r.choice([128, 256, 512])))
    b.nl("2. 国产化终端%d台：ARM架构，兼容部分x86应用（经转译运行）。" % r.randint(20, 200))
    b.nl("3. 显示器%d台：27英寸，分辨率2560×1440。" % r.randint(20, 200))
    b.t("预算金额：%s万元。" % money(r, 20, 300))


@_neg("lookalike_xray_medical", "hospital news mentioning X光 / X射线")
def _(b, r):
    b.nl("%s医院新购置数字化X线摄影系统投入使用" % r.choice(["县人民", "市中心", "区中医"]))
    b.nl("近日，该院放射科新引进的DR设备正式启用，拍摄一张胸部X光片仅需%d秒。" % r.randint(3, 12))
    b.nl("放射科主任%s介绍，新设备的X射线剂量比传统设备降低约%d%%，对孕妇和儿童更加友好。" % (name(r), r.randint(20, 60)))
    b.t("该院提醒，拍片前请取下项链、手机等金属物品。")


@_neg("lookalike_times_formula", "maths exercise and dimensions using × as multiplication")
def _(b, r):
    a, c = r.randint(3, 12), r.randint(3, 12)
    b.nl("四年级数学练习（第%d课时）" % r.randint(2, 20))
    b.nl("1. 计算：%d×%d=%d，%d×%d=%d。" % (a, c, a * c, a * 10, c, a * 10 * c))
    b.nl("2. 一块长方形菜地长%d米、宽%d米，面积是%d×%d=%d（平方米）。" % (a + 10, c, a + 10, c, (a + 10) * c))
    b.t("3. 教室地砖规格为%d×%d毫米，铺满需要多少块？" % (r.choice([600, 800]), r.choice([600, 800])))


@_neg("lookalike_mouxie_words", "report using 某些/某种/某一 as ordinary words")
def _(b, r):
    b.nl("%s%d年安全生产检查情况通报" % (r.choice(ORGS), r.randint(2022, 2024)))
    b.nl("检查发现，某些企业对消防通道管理不到位，存在堆放杂物现象。")
    b.nl("个别单位在某种程度上存在“重台账、轻落实”的倾向，某一环节出现问题时不能及时处置。")
    b.t("共检查企业%d家，发现隐患%d处，已整改%d处。" % (r.randint(30, 90), r.randint(40, 120), r.randint(20, 39)))


@_neg("lookalike_model_numbers", "equipment ledger with model numbers such as XR-200")
def _(b, r):
    b.nl("设备台账（%s）" % r.choice(["水厂", "污水处理站", "检测中心"]))
    for _i in range(r.randint(3, 4)):
        b.nl("%s　型号：%s　数量：%d台　购置日期：%s" % (
            r.choice(["便携式浊度仪", "流量计", "风机", "采样器", "余氯检测仪"]),
            r.choice(["XR-200", "XL-3A", "X5-Pro", "EX-150", "TX-08", "XC-60"]), r.randint(1, 6), ymd(r, 2018, 2023)))
    b.t("管理员：%s" % name(r))


@_neg("lookalike_masked_phone_declared", "prize list where the document says phone numbers are masked on purpose")
def _(b, r):
    b.nl("“%s”线上答题活动获奖名单公示" % r.choice(["学法用法", "垃圾分类", "防范电信诈骗"]))
    b.nl("（为保护个人隐私，手机号码中间四位已隐去）")
    for _i in range(r.randint(3, 5)):
        p = phone(r)
        b.nl("%s　%s****%s　%s等奖" % (name(r), p[:3], p[7:], r.choice("一二三")))
    b.t("请获奖者于%s前凭身份证到%s社区领取奖品。" % (md(r), town(r)))


@_neg("lookalike_masked_id_declared", "subsidy list where ID numbers are masked by stated policy")
def _(b, r):
    b.nl("%s镇%d年度耕地地力保护补贴发放公示" % (town(r), r.randint(2022, 2024)))
    b.nl("按照个人信息保护有关规定，身份证号码已作脱敏处理，仅显示前四位和后四位。")
    for _i in range(r.randint(3, 4)):
        b.nl("%s　3%d**********%04d　%.1f亩　%s元" % (name(r), r.randint(201, 699), r.randint(0, 9999), r.randint(10, 150) / 10, money(r, 100, 2000)))
    b.t("公示期7天，如有异议请拨打%s。" % landline(r))


@_neg("lookalike_math_variable", "word problem with 设x为… and an equation")
def _(b, r):
    v = r.randint(20, 60)
    k = r.randint(2, 5)
    b.nl("例题：某车间计划加工一批零件，若每天多加工%d个，可提前完成任务。" % k)
    b.nl("解：设x为原计划每天加工的零件数，")
    x0, d2 = r.randint(3, 9) * k, r.randint(4, 9)
    d1 = d2 * (x0 + k) // x0 if (d2 * (x0 + k)) % x0 == 0 else None
    if d1:
        b.nl("根据题意得 %d(x+%d)=%dx，" % (d2, k, d1))
        b.t("解得x=%d。经检验，x=%d符合题意。" % (x0, x0))
    else:
        b.nl("根据题意得 %dx+%d=%d，" % (d2, v, d2 * x0 + v))
        b.t("解得x=%d。" % x0)


@_neg("lookalike_roman_numerals", "text with Roman numerals (Ⅲ期, XIV, Ⅱ型)")
def _(b, r):
    b.nl("%s医院健康讲座纪要（%s）" % (r.choice(["县人民", "市第二人民", "区中心"]), md(r)))
    pool = ["Ⅱ型糖尿病患者约占糖尿病患者总数的%d%%以上。" % r.randint(85, 95),
            "肿瘤Ⅲ期患者应在专科医生指导下用药。", "讲座提到，法国国王路易十四（Louis XIV）晚年也饱受疾病困扰。",
            "高血压分为Ⅰ级、Ⅱ级和Ⅲ级，Ⅲ级需立即就医。", "Ⅳ级应急响应期间门诊照常开放。",
            "参考文献见《内科学》第Ⅸ版第%d页。" % r.randint(100, 800), "教皇庇护十二世（Pius XII）时期的档案也被引用。"]
    for ln in r.sample(pool, r.randint(2, 4)):
        b.nl(ln)
    b.t("下期讲座为系列讲座第%s讲，时间另行通知。" % r.choice(["Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ"]))


@_neg("lookalike_chess_notation", "chess report with algebraic notation (x = capture)")
def _(b, r):
    b.nl("%s市国际象棋公开赛第%d轮战报" % (r.choice(CITIES), r.randint(2, 9)))
    b.nl("%s执白对阵%s，双方以西西里防御开局：" % (name(r), name(r)))
    b.nl(r.choice(["1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6",
                   "1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6 5.O-O f6",
                   "1.d4 d5 2.c4 dxc4 3.e3 e5 4.Bxc4 exd4 5.exd4 Nf6"]))
    b.t("第%d回合白方弃兵抢攻，最终%s，比分%s。" % (r.randint(18, 40), r.choice(["白胜", "黑胜", "握手言和"]), r.choice(["1:0", "0:1", "0.5:0.5"])))


@_neg("lookalike_jersey_sizes", "team kit order with jersey sizes XL/XXL")
def _(b, r):
    b.nl("%s篮球队比赛服订购表" % r.choice(TEAMS_FB)[:-1])
    for _i in range(r.randint(4, 6)):
        b.nl("%s　号码%d　尺码%s" % (name(r), r.randint(0, 55), r.choice(["L", "XL", "XXL", "XXXL", "2XL", "M"])))
    b.t("备注：XXL及以上尺码需加价%d元。" % r.choice([10, 15, 20]))


@_neg("lookalike_chat_markers", "chat export with [图片]/[表情]/撤回了一条消息 markers")
def _(b, r):
    d = "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    a, c, e = r.sample(NICKS, 3)
    hhmm = Clock(r, 8)
    b.nl("聊天记录导出 %s" % d)
    b.nl("%s %s" % (a, hhmm())).nl("[图片]")
    b.nl("%s %s" % (c, hhmm())).nl(r.choice(["这是哪儿？", "拍得真好[强]", "周末一起去？"]))
    b.nl("%s %s" % (e, hhmm())).nl("%s 撤回了一条消息" % e)
    b.nl("%s %s" % (a, hhmm())).t(r.choice(["[表情]", "[语音] 12\"", "[链接] 周末露营攻略"]))


@_neg("lookalike_textbook_mr_x", "English textbook reading where Mr. X is a named story character")
def _(b, r):
    place = r.choice([("village inn", "村口的小旅馆"), ("old bookshop", "老书店"), ("train station", "火车站"), ("seaside hotel", "海边旅馆")])
    who = r.choice([("children", "孩子们"), ("villagers", "村民们"), ("students", "学生们")])
    b.nl("Unit %d  %s" % (r.randint(1, 12), r.choice(["A Mysterious Visitor", "The Stranger in Grey", "Who Is Mr. X?", "A Quiet Guest"])))
    b.nl("In the story, a %s man who calls himself \"Mr. X\" arrives at the %s." % (r.choice(["tall", "quiet", "friendly", "tired"]), place[0]))
    b.nl("Nobody knows his real name, so the %s decide to keep calling him Mr. X." % who[0])
    b.nl("课文理解：%s为什么把这位在%s出现的客人称为“Mr. X”？" % (who[1], place[1]))
    b.t("答案：因为他自称“X先生”，没有人知道他的真实姓名。（第%d段）" % r.randint(1, 4))


@_neg("lookalike_english_variable", "bilingual maths glossary using the variable x")
def _(b, r):
    n, x0 = r.randint(2, 9), r.randint(1, 9)
    c = r.randint(1, 20)
    thing = r.choice([("apples", "苹果"), ("students", "学生"), ("tickets", "门票"), ("books", "书")])
    b.nl("双语数学词汇表 Bilingual maths glossary（Lesson %d）" % r.randint(1, 15))
    b.nl("unknown 未知数 | Let x be the number of %s. | 设x为%s的数量。" % thing)
    b.nl("equation 方程 | %dx + %d = %d | 解得 x = %d" % (n, c, n * x0 + c, x0))
    b.t(r.choice(["coordinate 坐标 | the point (x, y) on the x-axis | x轴上的点(x, y)",
                  "random variable 随机变量 | Let X be the score of one throw. | 设X为一次投掷的得分。",
                  "variable 变量 | x varies from 0 to %d | x从0变化到%d" % (n * 10, n * 10),
                  "inequality 不等式 | x > %d | x大于%d" % (c, c)]))


@_neg("lookalike_software_format_strings", "software localisation strings with {0}/%s format specifiers (intended)")
def _(b, r):
    b.nl("# strings_zh_CN.properties（%s 客户端 v%d.%d）" % (r.choice(["记账", "巡检", "阅读"]), r.randint(1, 5), r.randint(0, 9)))
    b.nl("download.progress=已下载 {0}/{1} 个文件")
    b.nl("login.welcome=欢迎回来，%s")
    b.t("cart.count=购物车中有 %d 件商品")


@_neg("lookalike_ling_year", "dates written with 〇 (二〇二三年) and 〇 in road names")
def _(b, r):
    y = r.randint(2008, 2024)
    cn = "".join("〇一二三四五六七八九"[int(c)] for c in str(y))
    b.nl("%s县人民政府" % county(r))
    b.nl("%s年%s月%s日" % (cn, r.choice(["一", "三", "五", "十", "十二"]), r.choice(["八", "十五", "二十"])))
    b.t("（本件主动公开）%s国道改扩建工程已于%s年底前完工。" % (r.choice(["一〇五", "一〇八", "二〇五", "二〇七", "三〇九"]), cn))


@_neg("lookalike_to_be_decided", "event programme where 待定 is a genuine to-be-decided status")
def _(b, r):
    t = r.sample(TEAMS_FB, 4)
    b.nl("%s市青少年足球锦标赛 淘汰赛赛程" % r.choice(CITIES))
    b.nl("半决赛一：%s vs %s　%s %s" % (t[0], t[1], md(r), hhmm(r, 9, 16)))
    b.nl("半决赛二：%s vs %s　%s %s" % (t[2], t[3], md(r), hhmm(r, 9, 16)))
    b.t("决赛：半决赛胜者对阵，时间待定（视天气情况由组委会另行通知）。")


@_neg("lookalike_literary_mou", "essay using 某年/某个 in a literary sense")
def _(b, r):
    b.nl("《%s》" % r.choice(["旧屋", "外婆的灶台", "远去的渡口", "小城的雨", "父亲的自行车", "槐树下"]))
    pool = ["那是某年冬天，雪下得很厚，父亲挑着担子从镇上回来。", "我总记得某个傍晚，灶膛里的火光映在外婆脸上。",
            "某一天放学，我在巷口看见一只迷路的小狗。", "在某个说不清的瞬间，我忽然明白了母亲的沉默。",
            "河边某处的石阶上，还留着我们刻下的名字。", "那年某月，渡船停航，镇上的人都去看新修的大桥。",
            "某些气味会把人一下子拉回童年。", "后来我去过很多地方，却再没闻到过那样的柴火香。"]
    for ln in r.sample(pool, r.randint(2, 4)):
        b.nl(ln)
    b.t("（作者：%s，%s中学%s年级）" % (name(r), r.choice(TOWNS), r.choice(["初一", "初二", "高一"])))


@_neg("lookalike_brand_x", "consumer news with brand names containing X")
def _(b, r):
    b.nl("%s数码周报" % r.choice(CITIES))
    b.nl("本周，SpaceX再次完成火箭回收，社交平台X（原推特）上相关话题热度居高不下。")
    b.nl("游戏主机方面，Xbox新品在%s首发，售价%d元。" % (r.choice(CITIES), r.choice([2999, 3899, 4299])))
    b.t("另据了解，某品牌XO酱礼盒在年货节期间销量增长%d%%。" % r.randint(20, 80))


@_neg("lookalike_code_underscore", "technical note with snake_case identifiers and __init__")
def _(b, r):
    mod = r.choice(["订单", "日志", "用户", "库存", "赛事", "气象数据"])
    b.nl("技术笔记：%s模块初始化（v%d.%d）" % (mod, r.randint(1, 4), r.randint(0, 20)))
    b.nl("在 Python 中，类的构造方法写作 __init__，私有属性常以单下划线开头，如 _%s。" % r.choice(["cache", "conn", "buffer", "session"]))
    b.nl("配置项 MAX_RETRY = %d，TIMEOUT_SECONDS = %d。" % (r.randint(2, 6), r.choice([10, 30, 60])))
    b.t("函数 %s(%s) 返回%s。" % (r.choice(["load_user_name", "get_order_list", "parse_lrc_line", "read_station_data"]),
                                 r.choice(["user_id", "page_size=20", "raw_text", "station_code"]), r.choice(["查询结果", "一个列表", "字典对象"])))


@_neg("lookalike_chromosome_xx", "biology text where XX/XY are chromosome notation")
def _(b, r):
    b.nl("高中生物 第%d章 %s" % (r.randint(2, 6), r.choice(["伴性遗传", "性别决定", "遗传的基本规律"])))
    b.nl("人类女性的性染色体组成为XX，男性为XY。")
    b.nl(r.choice(["红绿色盲基因位于X染色体上，因此男性患者多于女性。", "血友病属于伴X染色体隐性遗传病。",
                   "鸟类的性别决定方式与人类不同，为ZW型。", "抗维生素D佝偻病是伴X染色体显性遗传病。"]))
    b.t("例%d：一对夫妇中妻子为携带者（XBXb），丈夫正常（XBY），其%s患病概率是多少？" % (r.randint(1, 9), r.choice(["儿子", "女儿", "子女"])))


@_neg("lookalike_function_plot", "maths lesson with f(x) and x轴")
def _(b, r):
    p, q = r.sample(range(1, 9), 2)
    b.nl("函数图像练习（第%d题）" % r.randint(1, 30))
    b.nl("已知函数 f(x)=x²-%dx+%d，求其图像与x轴的交点坐标。" % (p + q, p * q))
    b.nl("提示：令f(x)=0，解得x=%d或x=%d。" % (min(p, q), max(p, q)))
    b.t("所以交点为(%d, 0)和(%d, 0)，对称轴为直线x=%s。" % (min(p, q), max(p, q), ("%g" % ((p + q) / 2))))


# ---------------------------------------------------------------------------
# mj documents: D(...) marks a stretch that a damage recipe may hit
# ---------------------------------------------------------------------------

SENTS_REPORT = [
    "全面完成年度目标任务", "持续推进乡村振兴战略", "扎实开展文明城市创建", "深化营商环境改革",
    "加快推进重点项目建设", "切实保障和改善民生", "全力做好安全生产工作", "不断提升基层治理水平",
    "统筹做好防汛抗旱工作", "积极推进垃圾分类", "扎实做好就业服务工作", "着力发展特色产业",
]
SENTS_REPORT_LONG = [
    "今年以来，我区坚持以人民为中心的发展思想，各项工作取得新进展。",
    "全年新开工项目%d个，完成固定资产投资%s亿元。",
    "城乡居民人均可支配收入分别增长%s%%和%s%%。",
    "下一步，我们将继续聚焦群众急难愁盼问题，推动各项政策落地见效。",
    "深入开展矛盾纠纷排查化解，全年调处各类纠纷%d件。",
    "新建改建农村公路%s公里，实现组组通硬化路。",
    "组织开展职业技能培训%d期，培训%d人次。",
    "发展壮大村级集体经济，集体经济收入超过%d万元的村达到%d个。",
]


def report_sentence(rng, s):
    n = s.count("%")
    vals = []
    for frag in re.findall(r"%[ds]", s):
        vals.append(rng.randint(3, 900) if frag == "%d" else "%.1f" % (rng.randint(10, 200) / 10))
    return s % tuple(vals) if n else s


def mdoc_report(rng, D):
    """work report paragraphs"""
    y = rng.randint(2021, 2024)
    out = ["%s%d年%s工作总结" % (rng.choice([rng.choice(CITIES) + "市" + town(rng) + "区", county(rng) + "县", rng.choice(CITIES) + "经开区"]), y, rng.choice(["上半年", "", "前三季度"]))]
    out.append("一、%s" % D(rng.choice(SENTS_REPORT)))
    for s in rng.sample(SENTS_REPORT_LONG, rng.randint(2, 4)):
        out.append(D(report_sentence(rng, s)))
    out.append("二、%s" % D(rng.choice(SENTS_REPORT)))
    out.append(D(report_sentence(rng, rng.choice(SENTS_REPORT_LONG))))
    return "\n".join(out)


def mdoc_personnel(rng, D, rare=False):
    """任前公示 personnel announcement"""
    c = county(rng)
    out = ["%s县干部任前公示" % c, "经县委常委会研究，拟提拔任用以下同志，现予公示："]
    for k in range(rng.randint(2, 3)):
        out.append("%s，%s，%d年%d月出生，%s，现任%s，拟任%s。" % (
            D(name(rng, rare=rare or rng.random() < 0.2)), rng.choice("男女"), rng.randint(1975, 1992), rng.randint(1, 12),
            D(rng.choice(EDU)), D(org_short(rng) + rng.choice(POSTS)), D(rng.choice(NEW_POSTS))))
    d1, d2 = span_days(rng)
    out.append("公示时间：%s至%s。监督电话：%s。" % (d1, d2, landline(rng)))
    out.append(D("中共%s县委组织部" % c))
    return "\n".join(out)


def mdoc_personnel_rare(rng, D):
    """任前公示 whose names use characters outside GB2312"""
    return mdoc_personnel(rng, D, rare=True)


def mdoc_sports(rng, D):
    """sports results and programme"""
    t = rng.sample(TEAMS_FB, 4)
    rd = rng.randint(2, 20)
    out = ["%s城市足球联赛第%d轮" % (D(rng.choice(CITIES) + "市"), rd)]
    for i in (0, 2):
        out.append("%s %d:%d %s" % (D(t[i]), rng.randint(0, 4), rng.randint(0, 4), D(t[i + 1])))
    out.append("进球：%s（%d′）、%s（%d′）" % (D(name(rng)), rng.randint(3, 45), D(name(rng)), rng.randint(46, 90)))
    out.append("下轮赛程：%s %s %s对阵%s，地点：%s" % (md(rng), hhmm(rng, 15, 20), t[0], t[3], D(rng.choice(["市体育中心", "奥体中心", "滨江球场"]))))
    out.append(D("球衣尺码登记请于赛前联系领队"))
    return "\n".join(out)


def mdoc_weather(rng, D):
    """weather / hydrology bulletin"""
    lo = rng.randint(-3, 20)
    w = rng.randint(2, 5)
    out = [D("%s市气象台天气预报" % rng.choice(CITIES)),
           "今天白天到夜里：%s，%s%d～%d级，气温%d～%d℃。" % (D(rng.choice(WEATHER)), D(rng.choice(WIND_DIR)), w, w + 1, lo, lo + rng.randint(4, 10)),
           "明天：%s，气温%d～%d℃。" % (D(rng.choice(WEATHER)), lo + 1, lo + rng.randint(5, 11)),
           "%s水文站%d时水位%.2f米，%s。" % (D(rng.choice(RIVERS)), rng.choice([8, 14, 20]), rng.randint(2000, 9000) / 100, D(rng.choice(["低于警戒水位", "较昨日略有上涨", "水势平稳"]))),
           "过去24小时最大降水量%.1f毫米，出现在%s。" % (rng.randint(10, 900) / 10, D(town(rng) + "镇")),
           D("请注意防范强对流天气")]
    return "\n".join(out)


def mdoc_lrc(rng, D):
    """LRC lyric file"""
    t = rng.choice(SONG_TITLES)
    out = ["[ti:%s]" % D(t), "[ar:%s]" % D(name(rng)), "[al:%s]" % D(rng.choice(SONG_TITLES)),
           "[00:01.00]作词：%s" % D(name(rng)), "[00:02.50]作曲：%s" % D(name(rng))]
    sec = rng.randint(14, 22)
    for line in rng.sample(LYRIC_LINES, rng.randint(3, 6)):
        out.append(lrc_tag(rng, sec) + D(line))
        sec += rng.randint(4, 7)
    return "\n".join(out)


CHAT_MSGS = ["明天几点集合", "我已经到门口了", "材料发群里了请查收", "今晚加班吗", "周报记得交",
             "会议改到下午三点", "快递帮我拿一下", "收到马上处理", "路上堵车晚点到", "辛苦大家了"]


def mdoc_chat(rng, D):
    """WeChat/QQ chat export"""
    d = "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    nicks = rng.sample(["小鱼儿", "阿杰", "晴天", "老周", "风铃", "木子", "大熊", "橘子汽水", "老陈", "阿珍", "蓝莓", "小张"], 3)
    clk = Clock(rng, 8)
    out = ["聊天记录 %s" % d]
    for k in range(rng.randint(3, 5)):
        nk = rng.choice(nicks)
        out.append("%s %s" % (D(nk), clk()))
        out.append(D(rng.choice(CHAT_MSGS)) if rng.random() < 0.85 else "[图片]")
    return "\n".join(out)


def mdoc_chat_rare(rng, D):
    """chat export whose members' names use characters outside GB2312"""
    d = "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
    nicks = [name(rng, rare=True) for _ in range(3)]
    clk = Clock(rng, 8)
    out = ["群聊：%s社区网格员" % town(rng), "日期：%s" % d]
    for k in range(rng.randint(3, 5)):
        out.append("%s %s" % (D(rng.choice(nicks)), clk()))
        out.append(rng.choice(CHAT_MSGS))
    return "\n".join(out)


GLOSS = [("sustainable development", "可持续发展"), ("rural revitalization", "乡村振兴"), ("public service", "公共服务"),
         ("water conservancy", "水利建设"), ("ecological protection", "生态保护"), ("flood control", "防汛"),
         ("urban renewal", "城市更新"), ("elderly care", "养老服务"), ("employment", "就业"), ("food safety", "食品安全"),
         ("weather warning", "天气预警"), ("referee", "裁判员"), ("lyricist", "作词人"), ("group chat", "群聊")]


def mdoc_bilingual(rng, D):
    """bilingual glossary / translation memory"""
    out = ["术语表 Glossary（%s）" % rng.choice(["政府工作报告英译", "城市宣传册", "赛事手册"]), "English\t中文\t备注"]
    for e, z in rng.sample(GLOSS, rng.randint(3, 5)):
        out.append("%s\t%s\t%s" % (e, D(z), D(rng.choice(["已审校", "首选译法", "沿用旧译", "客户确认"]))))
    out.append("TM: \"%s\" → %s" % ("We will keep improving public services.", D("我们将持续提升公共服务水平。")))
    return "\n".join(out)


def mdoc_webpage(rng, D):
    """scraped news web page"""
    out = ["首页 > 新闻中心 > 基层动态", D("%s镇开展%s" % (town(rng), rng.choice(["防汛应急演练", "夏季消防安全检查", "敬老志愿服务", "环境卫生整治"]))),
           "发布时间：%s　来源：%s" % ("%d-%02d-%02d" % (rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28)), D(rng.choice(["镇党政办", "县融媒体中心", "区应急管理局"])))]
    for s in rng.sample(SENTS_REPORT_LONG, 2):
        out.append(D(report_sentence(rng, s)))
    out.append(D("活动现场群众纷纷表示受益匪浅"))
    out.append("【打印本页】【关闭窗口】")
    return "\n".join(out)


def mdoc_email(rng, D):
    """plain-text e-mail"""
    n1, n2 = name(rng), name(rng)
    out = ["From: %s <%s@example.cn>" % (D(n1), rng.choice(["zhang", "li", "office", "hr", "pr"])),
           "Subject: %s" % D(rng.choice(["关于下周会议安排", "赛事报名材料", "年度总结修改稿", "采购合同草稿"])),
           "Date: %s, %d %s %d 09:%02d:00 +0800" % (rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), rng.randint(1, 28), rng.choice(["Mar", "Apr", "May", "Jun"]), rng.randint(2021, 2024), rng.randint(0, 59)),
           "", "%s：" % D(n2), D(rng.choice(["附件是修改后的文件请查收", "会议时间已确定请按时参加", "报名表请于周五前回传"])) + "。",
           D(rng.choice(["如有问题请随时联系", "谢谢", "辛苦了"])), D(n1)]
    return "\n".join(out)


def mdoc_json(rng, D):
    """JSON export from an app database"""
    recs = []
    for k in range(rng.randint(2, 3)):
        recs.append('  {"id": %d, "name": "%s", "dept": "%s", "note": "%s"}' % (
            rng.randint(1000, 9999), D(name(rng)), D(org_short(rng)), D(rng.choice(["已审核", "待复核", "材料齐全", "电话未接通"]))))
    return "[\n" + ",\n".join(recs) + "\n]"


def mdoc_csv(rng, D):
    """CSV table exported from a spreadsheet"""
    out = ["序号,姓名,单位,项目,金额（元）"]
    for k in range(rng.randint(3, 5)):
        out.append("%d,%s,%s,%s,%s" % (k + 1, D(name(rng)), D(town(rng) + rng.choice(["镇", "社区", "村"])), D(rng.choice(["慰问金", "误工补助", "培训补贴", "交通补贴"])), money(rng, 100, 3000)))
    out.append("合计,,,,%s" % money(rng, 2000, 9000))
    return "\n".join(out)


TRAD_SENTS = ["本會將於下月舉辦會員大會", "請各位會員準時出席", "活動費用由協會統一支付", "報名請聯絡秘書處",
              "颱風期間活動順延", "歡迎攜同家人參加", "會場設於社區會堂二樓", "詳情請瀏覽本會網站"]


def mdoc_trad(rng, D):
    """traditional-Chinese association notice (Big5 source)"""
    out = [D(rng.choice(["香港", "台北", "新竹", "九龍"]) + rng.choice(["同鄉會", "校友會", "街坊福利會"]) + "通告")]
    for s in rng.sample(TRAD_SENTS, rng.randint(3, 5)):
        out.append(D(s) + "。")
    out.append("日期：%d年%d月%d日" % (rng.randint(2021, 2024), rng.randint(1, 12), rng.randint(1, 28)))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# mj styles
# ---------------------------------------------------------------------------

RECIPE_DESC = {
    "utf8_as_gbk": "UTF-8 bytes decoded as GBK", "utf8_as_gb18030": "UTF-8 bytes decoded as GB18030",
    "utf8_as_cp1252": "UTF-8 bytes decoded as cp1252 (undefined bytes dropped)", "utf8_as_latin1": "UTF-8 bytes decoded as Latin-1",
    "utf8_as_cp866": "UTF-8 bytes decoded as cp866", "utf8_as_koi8r": "UTF-8 bytes decoded as KOI8-R",
    "utf8_as_big5": "UTF-8 bytes decoded as Big5", "utf8_as_sjis": "UTF-8 bytes decoded as Shift_JIS",
    "gbk_as_sjis": "GBK bytes decoded as Shift_JIS", "gbk_as_utf8": "GBK bytes decoded as UTF-8 (U+FFFD runs)",
    "gbk_as_big5": "GBK bytes decoded as Big5", "gbk_as_euckr": "GBK bytes decoded as EUC-KR",
    "big5_as_gbk": "Big5 bytes decoded as GBK", "kunjinkao": "GBK→UTF-8(replace)→GBK round trip (锟斤拷)",
    "double_utf8": "UTF-8 mis-decoded as cp1252 twice", "ascii_replace": "passed through ASCII with errors='replace'",
    "gb2312_replace": "encoded as GB2312 with errors='replace' (rare characters lost to ?)",
    "latin1_replace": "passed through Latin-1 with errors='replace'", "gbk_shifted": "GBK stream decoded one byte out of step",
    "hz_raw": "HZ encoding left raw", "utf7_raw": "UTF-7 left raw", "unicode_escape": "\\uXXXX escapes left in",
    "uplus": "U+XXXX notation left in", "html_ncr": "HTML decimal entities left in", "html_hexncr": "HTML hex entities left in",
    "pinyin_annot": "scraper's traditional+pinyin annotation 發(fā)", "html_debris": "HTML tag/entity remnants",
}
DEBRIS = ["&nbsp;", "&nbsp;&nbsp;", "<br/>", "<br>", "</p><p>", "</strong>", "<span style=\"font-size:16px\">", "</span>",
          "&ldquo;", "&rdquo;", "&amp;nbsp;", "</td><td>", "<p class=\"MsoNormal\">"]


def mj_eligible(real, recipe):
    if recipe == "html_debris":
        return True
    if recipe == "pinyin_annot":
        return any(c in PINYIN_TABLE for c in real)
    try:
        return RECIPES[recipe](real) != real
    except UnicodeError:
        return False


def mj_style(sname, docfn, recipes, pdmg=0.4, desc="", whole=False, extra=None):
    if isinstance(recipes, str):
        recipes = [recipes]

    def fn(rng):
        d = Doc()
        txt = docfn(rng, lambda x: d.S("text", x))
        plan = {}
        for i, s in enumerate(d.slots):
            rc = rng.choice(recipes)
            if mj_eligible(s[1], rc) and (whole or rng.random() < pdmg):
                plan[i] = rc
        if not plan:
            cands = [(i, rc) for i, s in enumerate(d.slots) for rc in recipes if mj_eligible(s[1], rc)]
            if not cands:
                raise GenError("nothing to damage")
            i, rc = rng.choice(cands)
            plan[i] = rc
        b = Builder()
        parts = txt.split(MARK)
        for j, piece in enumerate(parts):
            if j % 2 == 0:
                b.t(piece)
                continue
            k = int(piece)
            real = d.slots[k][1]
            rc = plan.get(k)
            if rc is None:
                b.t(real)
            elif rc == "html_debris":
                if rng.random() < 0.5:
                    b.debris(rng.choice(DEBRIS)).t(real)
                else:
                    b.t(real).debris(rng.choice(DEBRIS))
            elif rc == "pinyin_annot":
                b.pin(real)
            else:
                b.m(real, rc)
        if extra:
            extra(b, rng)
        used = sorted(set(plan.values()))
        note = "%s: %s" % (desc or docfn.__doc__, "; ".join(RECIPE_DESC[u] for u in used))
        return b, note
    STYLES.append((sname, "mj", "mojibake", fn))


mj_style("report_utf8_as_gbk", mdoc_report, "utf8_as_gbk", 0.4, "work report")
mj_style("report_whole_utf8_as_gbk", mdoc_report, "utf8_as_gbk", whole=True, desc="work report, every paragraph")
mj_style("personnel_utf8_as_gbk", mdoc_personnel, "utf8_as_gbk", 0.3)
mj_style("sports_utf8_as_gbk", mdoc_sports, "utf8_as_gbk", 0.4)
mj_style("lrc_utf8_as_gbk", mdoc_lrc, "utf8_as_gbk", 0.5)
mj_style("chat_utf8_as_gbk", mdoc_chat, "utf8_as_gbk", 0.4)
mj_style("csv_utf8_as_gbk", mdoc_csv, "utf8_as_gbk", 0.5)
mj_style("weather_utf8_as_gb18030", mdoc_weather, "utf8_as_gb18030", 0.4)
mj_style("report_kunjinkao", mdoc_report, "kunjinkao", 0.5)
mj_style("webpage_kunjinkao", mdoc_webpage, "kunjinkao", 0.5)
mj_style("csv_kunjinkao", mdoc_csv, "kunjinkao", 0.4)
mj_style("bilingual_utf8_as_cp1252", mdoc_bilingual, "utf8_as_cp1252", 0.5)
mj_style("email_utf8_as_cp1252", mdoc_email, "utf8_as_cp1252", 0.6)
mj_style("webpage_utf8_as_cp1252", mdoc_webpage, "utf8_as_cp1252", 0.4)
mj_style("bilingual_utf8_as_latin1", mdoc_bilingual, "utf8_as_latin1", 0.5)
mj_style("json_utf8_as_latin1", mdoc_json, "utf8_as_latin1", 0.5)
mj_style("bilingual_double_utf8", mdoc_bilingual, "double_utf8", 0.4)
mj_style("email_double_utf8", mdoc_email, "double_utf8", 0.5)
mj_style("report_ascii_replace", mdoc_report, "ascii_replace", 0.3, "work report, some lines through ASCII")
mj_style("chat_ascii_replace_lines", mdoc_chat, "ascii_replace", whole=True, desc="chat export, whole lines lost")
mj_style("sports_ascii_replace", mdoc_sports, "ascii_replace", 0.5)
mj_style("lrc_ascii_replace", mdoc_lrc, "ascii_replace", 0.5)
mj_style("bilingual_latin1_replace", mdoc_bilingual, "latin1_replace", 0.6)
mj_style("webpage_gbk_as_utf8", mdoc_webpage, "gbk_as_utf8", 0.4)
mj_style("lrc_gbk_as_utf8", mdoc_lrc, "gbk_as_utf8", 0.4)
mj_style("csv_gbk_as_utf8", mdoc_csv, "gbk_as_utf8", 0.4)
mj_style("personnel_gb2312_lost", mdoc_personnel_rare, "gb2312_replace", whole=True, desc="personnel notice via GB2312")
mj_style("chat_gb2312_lost", mdoc_chat_rare, "gb2312_replace", whole=True, desc="chat export via GB2312")
mj_style("report_gbk_shifted", mdoc_report, "gbk_shifted", 0.3)
mj_style("webpage_gbk_shifted", mdoc_webpage, "gbk_shifted", 0.3)
mj_style("webpage_html_debris", mdoc_webpage, "html_debris", 0.4)
mj_style("report_html_debris", mdoc_report, "html_debris", 0.4)
mj_style("webpage_html_ncr", mdoc_webpage, "html_ncr", 0.4)
mj_style("json_html_ncr", mdoc_json, "html_ncr", 0.5)
mj_style("email_html_hexncr", mdoc_email, "html_hexncr", 0.5)
mj_style("webpage_debris_and_ncr", mdoc_webpage, ["html_debris", "html_ncr"], 0.5, "scraped page with tags and entities")
mj_style("report_pinyin_annotation", mdoc_report, "pinyin_annot", 0.7)
mj_style("personnel_pinyin_annotation", mdoc_personnel, "pinyin_annot", 0.7)
mj_style("email_hz_raw", mdoc_email, "hz_raw", 0.6)
mj_style("chat_hz_raw", mdoc_chat, "hz_raw", 0.5)
mj_style("email_utf7_raw", mdoc_email, "utf7_raw", 0.6)
mj_style("json_utf7_raw", mdoc_json, "utf7_raw", 0.5)
mj_style("sports_utf8_as_cp866", mdoc_sports, "utf8_as_cp866", 0.4)
mj_style("csv_utf8_as_cp866", mdoc_csv, "utf8_as_cp866", 0.4)
mj_style("email_utf8_as_koi8r", mdoc_email, "utf8_as_koi8r", 0.5)
mj_style("sports_gbk_as_sjis", mdoc_sports, "gbk_as_sjis", 0.4)
mj_style("weather_gbk_as_sjis", mdoc_weather, "gbk_as_sjis", 0.4)
mj_style("lrc_gbk_as_sjis", mdoc_lrc, "gbk_as_sjis", 0.5)
mj_style("chat_utf8_as_sjis", mdoc_chat, "utf8_as_sjis", 0.4)
mj_style("json_unicode_escape", mdoc_json, "unicode_escape", 0.6)
mj_style("chat_unicode_escape", mdoc_chat, "unicode_escape", 0.4)
mj_style("lrc_unicode_escape", mdoc_lrc, "unicode_escape", 0.4)
mj_style("json_uplus", mdoc_json, "uplus", 0.4)
mj_style("bilingual_uplus", mdoc_bilingual, "uplus", 0.4)
mj_style("trad_big5_as_gbk", mdoc_trad, "big5_as_gbk", 0.5)
mj_style("report_gbk_as_big5", mdoc_report, "gbk_as_big5", 0.4)
mj_style("weather_gbk_as_euckr", mdoc_weather, "gbk_as_euckr", 0.4)
mj_style("csv_utf8_as_big5", mdoc_csv, "utf8_as_big5", 0.4)


# positives that also carry genuine look-alikes (only the damaged stretches are spans)
def _mj_extra_french(b, r):
    b.nl("").t(r.choice(["café crème\t奶油咖啡\t法语借词，保留重音符", "crème brûlée\t焦糖布丁\t菜单译名", "Société Générale\t法国兴业银行\t机构名"]))


def _mj_extra_emoji(b, r):
    b.nl("").nl("%s %02d:%02d" % (r.choice(["阿杰", "晴天", "木子"]), r.randint(20, 22), r.randint(0, 59))).t(r.choice(["你到了吗？😊", "几点结束?", "👍👍"]))


def _mj_extra_plus86(b, r):
    p = phone(r)
    b.nl("").t("Tel: +86 %s %s %s" % (p[:3], p[3:7], p[7:]))


def _mj_extra_japanese(b, r):
    b.nl("").t(lrc_tag(r, r.randint(60, 90)) + r.choice(["さよならは言わないで", "明日へ続く道", "君の声が聞こえた"]))


mj_style("bilingual_cp1252_with_french", mdoc_bilingual, "utf8_as_cp1252", 0.4, "glossary with cp1252 damage plus genuine French accents", extra=_mj_extra_french)
mj_style("chat_utf8_as_gbk_with_emoji", mdoc_chat, "utf8_as_gbk", 0.4, "chat export with GBK damage plus genuine emoji and ？", extra=_mj_extra_emoji)
mj_style("email_utf7_with_plus86", mdoc_email, "utf7_raw", 0.5, "e-mail with raw UTF-7 plus a genuine +86 number", extra=_mj_extra_plus86)
mj_style("lrc_gbk_as_sjis_with_japanese", mdoc_lrc, "gbk_as_sjis", 0.4, "LRC with GBK-as-Shift_JIS damage plus a genuine Japanese line", extra=_mj_extra_japanese)


# ---------------------------------------------------------------------------
# mj negatives: look-alikes that are NOT damage
# ---------------------------------------------------------------------------

def _mneg(sname, note):
    def deco(f):
        def fn(rng):
            b = Builder()
            f(b, rng)
            return b, note
        STYLES.append((sname, "mj", "negative", fn))
        return f
    return deco


@_mneg("genuine_russian_quote", "news item quoting Russian in Cyrillic (genuine)")
def _(b, r):
    b.nl("%s国际友城交流活动侧记" % r.choice(CITIES))
    b.nl("来自喀山的代表%s在致辞中说：“Мы рады видеть наших китайских друзей.”（我们很高兴见到中国朋友。）" % r.choice(["安娜", "伊万", "玛丽亚", "谢尔盖"]))
    b.nl("活动现场还展示了俄语版城市宣传册《%s — город на реке》。" % r.choice(["Ухань", "Нанкин", "Чанша"]))
    b.t("双方约定%d年互派%d名学生交流学习。" % (r.randint(2024, 2026), r.randint(10, 40)))


@_mneg("genuine_russian_glossary", "Russian-Chinese glossary rows (genuine Cyrillic)")
def _(b, r):
    rows = [("спасибо", "谢谢"), ("здравствуйте", "您好"), ("вокзал", "火车站"), ("погода", "天气"), ("футбол", "足球"),
            ("песня", "歌曲"), ("дождь", "雨"), ("ветер", "风"), ("команда", "队伍"), ("счёт", "比分")]
    b.nl("俄汉对照词汇表（第%d课）" % r.randint(1, 20))
    for ru, zh in r.sample(rows, r.randint(4, 6)):
        b.nl("%s — %s" % (ru, zh))
    b.t("注：带 ё 的单词按 е 排序。")


@_mneg("genuine_japanese_quote", "news item with a Japanese quotation (kana + kanji, genuine)")
def _(b, r):
    b.nl("%s与日本姊妹城市开展青少年交流" % r.choice(CITIES))
    b.nl("日方带队老师在欢迎会上用日语致辞：“皆さん、温かいおもてなしをありがとうございます。”")
    b.nl("交流团还学唱了中文歌曲，并在留言簿上写下“また会いましょう”（后会有期）。")
    b.t("此次交流共有%d名中学生参加。" % r.randint(12, 40))


@_mneg("genuine_japanese_lrc", "LRC file of a Japanese song (genuine kana)")
def _(b, r):
    lines = ["夜空に星が光る", "君の声が聞こえた", "風の中で歌おう", "明日へ続く道", "さよならは言わないで", "桜の花びら舞う"]
    b.nl("[ti:%s]" % r.choice(["星の歌", "春の風", "帰り道"]))
    b.nl("[ar:%s]" % r.choice(["さくら合唱団", "ミナミ", "青空バンド"]))
    sec = r.randint(10, 20)
    for ln in r.sample(lines, r.randint(3, 5)):
        b.nl(lrc_tag(r, sec) + ln)
        sec += r.randint(4, 7)
    b.t(lrc_tag(r, sec) + "（中文翻译：%s）" % r.choice(["星光闪耀的夜空", "春风里的歌", "回家的路"]))


@_mneg("genuine_japanese_email", "Japanese business e-mail forwarded in a Chinese thread (genuine)")
def _(b, r):
    b.nl("转发：来自日本客户%s的邮件（原文如下）" % r.choice(["山田", "佐藤", "鈴木", "高橋"]))
    b.nl("%s様" % r.choice(["王", "李", "陳", "張", "劉"]))
    b.nl("いつもお世話になっております。")
    b.nl(r.choice(["先日ご依頼いただいた見積書を添付いたしますので、ご確認をお願いいたします。",
                   "来週の打ち合わせは%d日の午後に変更となりました。" % r.randint(1, 28),
                   "サンプルを%d個お送りしましたので、届きましたらご連絡ください。" % r.randint(2, 20)]))
    b.t("よろしくお願いいたします。")


@_mneg("genuine_korean_quote", "travel note quoting Korean Hangul (genuine)")
def _(b, r):
    b.nl("%s游学笔记（第%d天）" % (r.choice(["首尔", "釜山", "济州"]), r.randint(1, 7)))
    b.nl(r.choice(["早上在便利店学会了一句“안녕하세요”（你好），结账时店员说“감사합니다”（谢谢）。",
                   "路牌上写着“지하철역”（地铁站），跟着走就到了。",
                   "老师教我们说“맛있어요”（很好吃），食堂阿姨笑得很开心。"]))
    b.t("下午参观了%s，门票%d韩元。" % (r.choice(["景福宫", "北村韩屋村", "国立中央博物馆", "海云台"]), r.choice([3000, 5000, 0])))


@_mneg("genuine_greek_physics", "physics notes with Greek letters (genuine)")
def _(b, r):
    b.nl("物理笔记：简谐运动")
    b.nl("位移 x = A·cos(ωt + φ)，其中 ω 为角频率，φ 为初相位。")
    b.nl("弹簧振子周期 T = 2π√(m/k)，当 m=%.1f kg、k=%d N/m 时可求 T。" % (r.randint(1, 20) / 10, r.randint(20, 200)))
    b.t("希腊字母读音：α 阿尔法，β 贝塔，λ 兰姆达，Δ 德尔塔。")


@_mneg("genuine_french_quote", "cultural news quoting French with accents (genuine)")
def _(b, r):
    b.nl("中法文化交流周在%s开幕" % r.choice(CITIES))
    b.nl("法国驻华使馆文化参赞在开幕式上说：“C’est un véritable plaisir d’être ici.”")
    b.nl("现场展出了%d幅印象派作品复制品，并放映电影《Amélie》。" % r.randint(20, 80))
    b.t("活动持续至%s，市民可免费参观。" % md(r))


@_mneg("genuine_german_quote", "product manual with German text (umlauts, ß, genuine)")
def _(b, r):
    b.nl("进口咖啡机中文说明（附德文原文）")
    b.nl("Achtung: Gerät vor dem Öffnen ausschalten und abkühlen lassen.")
    b.nl("注意：打开前请关闭电源并等待机器冷却。")
    dims = (r.randint(200, 400), r.randint(150, 300), r.randint(250, 450))
    b.t("Größe: %d × %d × %d mm / 尺寸：%d×%d×%d毫米" % (dims + dims))


@_mneg("genuine_vietnamese_quote", "border-trade notice with Vietnamese text (genuine)")
def _(b, r):
    h1, h2 = r.randint(7, 9), r.randint(4, 6)
    b.nl("%s口岸边民互市公告（中越双语）%s" % (r.choice(["东兴", "凭祥", "河口", "龙邦"]), md(r)))
    b.nl("Thông báo: Chợ biên giới mở cửa từ %d giờ sáng đến %d giờ chiều." % (h1, h2))
    b.nl("通知：边民互市点每日上午%d时至下午%d时开放。" % (h1, h2))
    if r.random() < 0.6:
        b.nl("Xin vui lòng mang theo giấy thông hành. / 请随身携带通行证。")
    b.t("咨询电话：%s" % landline(r))


@_mneg("genuine_spanish_menu", "restaurant menu with Spanish names (ñ, á, genuine)")
def _(b, r):
    b.nl("%s西班牙餐厅菜单" % r.choice(CITIES))
    for es, zh in r.sample([("Paella valenciana", "瓦伦西亚海鲜饭"), ("Jamón ibérico", "伊比利亚火腿"), ("Tortilla española", "西班牙土豆饼"),
                            ("Piña colada", "椰林飘香"), ("Churros con chocolate", "吉事果配热巧克力")], 3):
        b.nl("%s　%s　%d元" % (es, zh, r.randint(38, 268)))
    b.t("营业时间：11:00–22:00")


@_mneg("pinyin_lesson_tone_marks", "Chinese lesson with pinyin tone marks (genuine, not the scraper artefact)")
def _(b, r):
    words = [("发展", "fāzhǎn", "develop"), ("天气", "tiānqì", "weather"), ("比赛", "bǐsài", "match"), ("歌词", "gēcí", "lyrics"),
             ("聊天", "liáotiān", "chat"), ("翻译", "fānyì", "translate"), ("风力", "fēnglì", "wind force"), ("运动员", "yùndòngyuán", "athlete")]
    b.nl("对外汉语初级课 第%d课 生词表" % r.randint(3, 30))
    for zh, py, en in r.sample(words, r.randint(3, 5)):
        b.nl("%s　%s　%s" % (zh, py, en))
    b.t("声调练习：mā má mǎ mà")


@_mneg("traditional_chinese_notice", "Hong Kong notice written in traditional characters (genuine)")
def _(b, r):
    b.nl("%s通告" % r.choice(["屯門區議會", "沙田社區中心", "灣仔街坊會"]))
    b.nl("本會謹定於%d月%d日（星期%s）舉行週年大會，敬請各會員準時出席。" % (r.randint(1, 12), r.randint(1, 28), r.choice("一二三四五六")))
    b.nl("如遇八號或以上颱風信號，活動將順延。")
    b.t("查詢電話：%d %d" % (r.randint(2000, 3999), r.randint(1000, 9999)))


@_mneg("rare_characters_names", "list of names using rare but genuine characters")
def _(b, r):
    b.nl("%s小学新生分班名单（节选）" % r.choice(TOWNS))
    for _i in range(r.randint(3, 5)):
        b.nl("%s　%s班" % (r.choice(SURN) + r.choice(["喆", "堃", "淼", "犇", "鑫", "垚", "玥", "珺", "昇", "赟", "龑", "彧"]) + r.choice(["", "然", "宇"]), r.choice("一二三四")))
    b.t("注：学生姓名中的生僻字已与户籍信息核对无误。")


@_mneg("math_symbols_note", "maths notes with ∑ ∫ ≤ √ symbols (genuine)")
def _(b, r):
    n = r.randint(5, 30)
    b.nl("高等数学复习提纲（第%d章）" % r.randint(1, 12))
    b.nl("1. ∑(k=1→%d) k = %d" % (n, n * (n + 1) // 2))
    k = r.randint(1, 4)
    b.nl("2. ∫₀¹ x^%d dx = 1/%d" % (k, k + 1))
    b.nl(r.choice(["3. 若 a ≥ 0，b ≥ 0，则 (a+b)/2 ≥ √(ab)，当且仅当 a = b 时取等号。", "3. 若 A ⊆ B 且 B ⊆ A，则 A = B。",
                   "3. lim(x→0) sin x / x = 1，且 |sin x| ≤ |x|。"]))
    b.t("4. ∀ε > 0，∃δ > 0，使得 |x − x₀| < δ ⇒ |f(x) − f(x₀)| < ε。")


@_mneg("emoji_chat", "chat export with emoji (genuine)")
def _(b, r):
    a, c = r.sample(NICKS, 2)
    clk = Clock(r, 9)
    b.nl("聊天记录 2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)))
    b.nl("%s %s" % (a, clk())).nl(r.choice(["周末爬山去不去🏔️", "生日快乐🎂🎉", "今天好热☀️"]))
    b.nl("%s %s" % (c, clk())).nl(r.choice(["去去去👍", "谢谢😊", "热死了🥵"]))
    b.nl("%s %s" % (a, clk())).t(r.choice(["[表情]", "好嘞👌", "❤️"]))


@_mneg("question_marks_chat", "chat with real question marks (？ and ?)")
def _(b, r):
    a, c = r.sample(NICKS, 2)
    clk = Clock(r, 9)
    b.nl("%s %s" % (a, clk())).nl(r.choice(["明天的会几点开？", "材料交了吗？？", "你到哪了?"]))
    b.nl("%s %s" % (c, clk())).nl(r.choice(["不是说改到下午了吗?", "还没呢，今天能交吗？", "快到了，你在几号门？"]))
    b.nl("%s %s" % (a, clk())).t(r.choice(["？？？我怎么不知道", "可以的", "3号门"]))


@_mneg("code_escape_in_tech_note", "technical note whose code sample deliberately shows \\u escapes")
def _(b, r):
    w = r.choice(["中文", "天气", "比分", "歌词", "你好"])
    esc = w.encode("unicode_escape").decode("ascii")
    b.nl("技术笔记：%s 输出 JSON 时的中文转义" % r.choice(["Python", "接口服务", "日志模块"]))
    b.nl("默认情况下 json.dumps 会把非 ASCII 字符转成转义序列，例如：")
    b.nl('>>> json.dumps("%s")' % w)
    b.nl("'\"%s\"'" % esc)
    b.t("如需保留原文，请传入 ensure_ascii=False 参数（第%d版文档）。" % r.randint(1, 5))


@_mneg("url_percent_encoding", "technical note with percent-encoded URLs (genuine)")
def _(b, r):
    w = r.choice(["天气", "比分", "歌词", "任前公示", "水位", "聊天记录", "翻译"])
    from urllib.parse import quote
    b.nl("接口调用说明（%s）" % r.choice(["搜索服务", "开放平台", "数据中台"]))
    b.nl("搜索接口：https://api.example.com/search?q=%s&page=%d" % (quote(w), r.randint(1, 5)))
    b.nl("其中 q 参数为“%s”经 UTF-8 百分号编码后的结果，空格编码为 %%20。" % w)
    b.t("返回格式为 JSON，超时时间%d秒，单次最多返回%d条。" % (r.choice([5, 10, 30]), r.choice([20, 50, 100])))


@_mneg("tilde_ranges", "bulletins using ～ and ~ as ranges (not HZ escapes)")
def _(b, r):
    lo = r.randint(-2, 18)
    b.nl("%s市天气及活动提示" % r.choice(CITIES))
    b.nl("明天多云，气温%d～%d℃，东南风%d～%d级。" % (lo, lo + r.randint(5, 9), 3, 4))
    b.nl("社区义诊每场限%d~%d人，请提前预约。" % (r.randint(10, 15), r.randint(20, 30)))
    b.t("营业时间 9:00~17:30")


@_mneg("phone_plus86", "contact card with +86 phone numbers (not UTF-7)")
def _(b, r):
    b.nl("联系方式 Contact")
    b.nl("%s　%s" % (name(r), r.choice(["项目经理 Project Manager", "领队 Team Leader"])))
    p = phone(r)
    b.nl("手机 Mobile：+86 %s %s %s" % (p[:3], p[3:7], p[7:]))
    b.t("电话 Tel：+86-%d-%d" % (r.randint(10, 29), r.randint(60000000, 89999999)))


@_mneg("html_tutorial_entities", "web tutorial explaining HTML entities (intended markup in prose)")
def _(b, r):
    b.nl("网页制作入门 第%d讲：%s" % (r.randint(2, 20), r.choice(["特殊字符", "文本格式", "常用实体"])))
    b.nl("在 HTML 中，连续空格会被合并，如需保留，可使用实体 &nbsp; 表示不换行空格。")
    b.nl(r.choice(["换行使用 <br> 标签，小于号写作 &lt;，大于号写作 &gt;。", "版权符号写作 &copy;，和号本身要写成 &amp;。"]))
    b.t("练习%d：在页面中显示“%d < %d”。" % (r.randint(1, 6), r.randint(1, 5), r.randint(6, 9)))


@_mneg("lrc_time_tags", "LRC lyrics with [mm:ss.xx] time tags and offset tag (genuine)")
def _(b, r):
    b.nl("[ti:%s]" % r.choice(SONG_TITLES)).nl("[ar:%s]" % name(r)).nl("[offset:%d]" % r.choice([0, 200, -150]))
    sec = r.randint(10, 20)
    for ln in r.sample(LYRIC_LINES, r.randint(3, 6)):
        b.nl(lrc_tag(r, sec) + ln)
        sec += r.randint(4, 7)
    b.t(lrc_tag(r, sec) + "（间奏）")


@_mneg("chat_export_markers", "chat export with [图片]/[语音]/撤回 markers (genuine)")
def _(b, r):
    a, c = r.sample(NICKS, 2)
    clk = Clock(r, 8)
    b.nl("%s(%d) %s" % (a, r.randint(100000, 999999999), clk())).nl("[图片]")
    b.nl("%s(%d) %s" % (c, r.randint(100000, 999999999), clk())).nl("[语音]")
    b.nl("%s %s" % (c, clk())).nl("\"%s\" 撤回了一条消息" % c)
    b.t("%s %s\n%s" % (a, clk(), r.choice(["[动画表情]", "[文件] 会议纪要.docx", "[位置] 市民中心"])))


@_mneg("currency_and_units", "price notice with €, £, ¥, ‰, ㎡ (genuine symbols)")
def _(b, r):
    b.nl("出境游报价单")
    b.nl("巴黎段：每人€%d；伦敦段：每人£%d；合计约¥%d。" % (r.randint(300, 900), r.randint(200, 700), r.randint(8000, 20000)))
    b.nl("酒店房间面积约%d㎡，城市税%s‰按房费计收。" % (r.randint(18, 40), r.choice(["5", "8"])))
    b.t("汇率以出票当日为准。")


@_mneg("jianpu_music_score", "numbered musical notation with ♪ ♯ ♭ (genuine)")
def _(b, r):
    b.nl("《%s》简谱（节选）" % r.choice(SONG_TITLES))
    b.nl("1=%s　%s　♩=%d" % (r.choice(["C", "D", "♭E", "F", "G"]), r.choice(["4/4", "3/4", "2/4"]), r.randint(60, 120)))
    b.nl("| 3 5 6 - | 5 3 2 - | 1 2 3 5 | 2 - - 0 |")
    b.t("♪ 注：第二小节的 4 升高半音记作 ♯4。")


@_mneg("chemistry_formulas", "chemistry notes with sub/superscript characters (genuine)")
def _(b, r):
    b.nl("化学笔记：%s" % r.choice(["常见离子", "氧化还原", "物质的量"]))
    b.nl(r.choice(["水 H₂O、二氧化碳 CO₂、硫酸 H₂SO₄。", "氨气 NH₃、甲烷 CH₄、碳酸钙 CaCO₃。", "氢氧化钠 NaOH、氯化铵 NH₄Cl。"]))
    b.nl(r.choice(["铁离子 Fe³⁺ 与亚铁离子 Fe²⁺ 的检验方法不同。", "铜离子 Cu²⁺ 的溶液呈蓝色。", "铝离子 Al³⁺ 遇过量氢氧根生成偏铝酸根。"]))
    b.t("反应式：%s" % r.choice(["2H₂ + O₂ → 2H₂O（点燃）", "CaCO₃ → CaO + CO₂↑（高温）", "Zn + H₂SO₄ → ZnSO₄ + H₂↑"]))


@_mneg("ipa_phonetics_lesson", "English lesson with IPA transcriptions (genuine)")
def _(b, r):
    words = [("water", "ˈwɔːtə"), ("weather", "ˈweðə"), ("thought", "θɔːt"), ("measure", "ˈmeʒə"), ("singer", "ˈsɪŋə"), ("lyrics", "ˈlɪrɪks")]
    b.nl("英语音标练习 Unit %d" % r.randint(1, 12))
    for w, ipa in r.sample(words, r.randint(3, 4)):
        b.nl("%s /%s/" % (w, ipa))
    b.t("注意：/θ/ 与 /ð/ 都是咬舌音。")


@_mneg("box_drawing_table", "plain-text table drawn with box characters (genuine)")
def _(b, r):
    b.nl("┌──────┬──────┐")
    b.nl("│ 项目 │ 数量 │")
    b.nl("├──────┼──────┤")
    for it in r.sample(["帐篷", "雨衣", "手电", "矿泉水"], 2):
        b.nl("│ %s │ %4d │" % (it, r.randint(10, 999)))
    b.t("└──────┴──────┘")


@_mneg("circled_numbers_list", "list with ①②③ and ㈠ numbering (genuine)")
def _(b, r):
    b.nl("㈠ 报名材料")
    items = r.sample(["身份证复印件", "近期免冠照片两张", "学历证书", "体检报告", "户口本首页"], 3)
    b.nl("①%s；②%s；③%s。" % tuple(items))
    b.t("㈡ 报名时间：%s至%s" % span_days(r))


@_mneg("cantonese_dialogue", "Cantonese dialogue with dialect characters (genuine)")
def _(b, r):
    b.nl("粤语情景对话（第%d课）" % r.randint(1, 20))
    b.nl(r.choice(["甲：你食咗饭未呀？", "甲：你今日得唔得闲呀？", "甲：呢件衫几多钱呀？"]))
    b.nl(r.choice(["乙：未呀，啱啱先返嚟，冇时间煮嘢食。", "乙：唔得闲呀，要返工。", "乙：一百蚊咋，好抵㗎。"]))
    b.t(r.choice(["甲：噉不如一齐去楼下茶餐厅啦。", "甲：噉听日再倾啦。", "甲：咁我要两件啦。"]))


@_mneg("accented_names_bilingual", "bilingual guest list with accented Latin names (genuine)")
def _(b, r):
    b.nl("外宾名单 Guest list")
    for nm, zh in r.sample([("Zoë Müller", "佐伊·穆勒"), ("José Núñez", "何塞·努涅斯"), ("François Lefèvre", "弗朗索瓦·勒费弗尔"),
                            ("Søren Åberg", "索伦·奥贝里"), ("Chloé Dubois", "克洛埃·杜布瓦")], 3):
        b.nl("%s（%s）" % (nm, zh))
    b.t("接待负责人：%s" % name(r))


# ---------------------------------------------------------------------------
# generation, verification, style table
# ---------------------------------------------------------------------------

PH_MARK_RE = re.compile(r"(?<![A-Za-z])[xX]{2,}(?![A-Za-z])|×{2,}|Ｘ{2,}|〇〇|某某|【待|_{3,}|＿{2,}|\{\{|\$[A-Z_]+\$|\$\{|（填写|\[姓名\]")
MJ_MARK_RE = re.compile(r"\ufffd|锟斤拷|~\{|&#x?[0-9a-fA-F]+;|&nbsp;|\\u[0-9a-fA-F]{4}|U\+[0-9A-F]{4}|Ã|å[\u0080-\u00ff‘’“”•–—˜™šœžŸ]")
# look-alike styles allowed to contain a marker of the other kind (they are the point of the style)
LINT_ALLOW = {"lookalike_chromosome_xx": PH_MARK_RE, "lookalike_ling_year": PH_MARK_RE,
              "code_escape_in_tech_note": MJ_MARK_RE, "html_tutorial_entities": MJ_MARK_RE}
STYLE_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
SEP = " || "


def lint(rec):
    """problems in a record beyond the span checks (marker outside a span, marker in a negative)"""
    probs = []
    t, spans, st = rec["text"], rec["spans"], rec["style"]

    def inside(a, e):
        return any(s <= a and e <= f for s, f in spans)
    for rx in (PH_MARK_RE, MJ_MARK_RE):
        if LINT_ALLOW.get(st) is rx:
            continue
        own = (rx is PH_MARK_RE and rec["family"] == "ph") or (rx is MJ_MARK_RE and rec["family"] == "mj")
        for m in rx.finditer(t):
            if rec["label"] == "negative" or not own or not inside(m.start(), m.end()):
                probs.append("marker %r at %d not covered" % (m.group(), m.start()))
    return probs


def make_record(sname, fam, label, fn, rng):
    b, note = fn(rng)
    t = b.text()
    if not 1 <= t.count("\n") + 1 <= 12:
        raise GenError("%s: %d lines" % (sname, t.count("\n") + 1))
    note = note.replace("\n", " ")
    if fam == "mj" and label == "mojibake":
        note += SEP + json.dumps(b.recipes, ensure_ascii=True)
    rec = {"id": "", "family": fam, "style": sname, "label": label, "text": t, "spans": b.spans, "note": note}
    return rec


def generate(seed):
    out = []
    for sname, fam, label, fn in STYLES:
        rng = random.Random("text45:%d:%s" % (seed, sname))
        want = rng.randint(15, 18)
        seen = set()
        tries = 0
        while want > 0:
            tries += 1
            if tries > want * 30 + 200:
                raise GenError("style %s cannot produce enough distinct records" % sname)
            try:
                rec = make_record(sname, fam, label, fn, rng)
            except (GenError, UnicodeError):
                continue
            if rec["text"] in seen:
                continue
            probs = check_record(rec) + lint(rec)
            if probs:
                raise GenError("style %s produced a bad record: %s\n%s" % (sname, probs, rec["text"]))
            seen.add(rec["text"])
            out.append(rec)
            want -= 1
    random.Random("text45-order:%d" % seed).shuffle(out)
    for i, rec in enumerate(out):
        rec["id"] = "t45-s%d-%05d" % (seed, i + 1)
    return out


def check_record(rec):
    probs = []
    keys = {"id", "family", "style", "label", "text", "spans", "note"}
    if set(rec) != keys:
        return ["keys %s" % sorted(rec)]
    fam, label, t, spans = rec["family"], rec["label"], rec["text"], rec["spans"]
    if fam not in ("ph", "mj"):
        probs.append("family %r" % fam)
    pos = {"ph": "placeholder", "mj": "mojibake"}.get(fam)
    if label not in (pos, "negative"):
        probs.append("label %r for family %r" % (label, fam))
    if not isinstance(rec["style"], str) or not STYLE_RE.match(rec["style"]):
        probs.append("style not snake_case")
    if not isinstance(t, str) or not t.strip():
        return probs + ["empty text"]
    if not 1 <= t.count("\n") + 1 <= 12:
        probs.append("%d lines" % (t.count("\n") + 1))
    if not isinstance(rec["note"], str) or "\n" in rec["note"] or not rec["note"].strip():
        probs.append("note must be one non-empty line")
    if not isinstance(spans, list):
        return probs + ["spans not a list"]
    prev = 0
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) and not isinstance(v, bool) for v in sp)):
            probs.append("bad span %r" % (sp,))
            continue
        a, e = sp
        if not 0 <= a < e <= len(t):
            probs.append("span %r outside text or empty" % (sp,))
        elif a < prev:
            probs.append("span %r overlaps / unsorted" % (sp,))
        elif not t[a:e].strip():
            probs.append("span %r is whitespace" % (sp,))
        prev = max(prev, e)
    if probs:
        return probs
    if label == "negative" and spans:
        probs.append("negative with spans")
    if label != "negative" and not spans:
        probs.append("positive without spans")
    if fam == "ph" and label == "placeholder":
        for a, e in spans:
            if not re.search(r"[xX×Ｘ〇某_＿【\[\{\$（]", t[a:e]):
                probs.append("span %r=%r does not look like a placeholder" % ([a, e], t[a:e]))
    if fam == "mj" and label == "mojibake":
        if SEP not in rec["note"]:
            return probs + ["mojibake note lacks recipes"]
        try:
            recipes = json.loads(rec["note"].rsplit(SEP, 1)[1])
        except ValueError:
            return probs + ["mojibake recipes unreadable"]
        if len(recipes) != len(spans):
            return probs + ["%d recipes for %d spans" % (len(recipes), len(spans))]
        for (a, e), (rc, orig) in zip(spans, recipes):
            got = t[a:e]
            if rc == "html_debris":
                if not HTML_DEBRIS_RE.search(got):
                    probs.append("span %r is not HTML debris" % got)
                continue
            if rc not in RECIPES:
                probs.append("unknown recipe %r" % rc)
                continue
            try:
                want = RECIPES[rc](orig)
            except UnicodeError as ex:
                probs.append("recipe %s fails on original: %s" % (rc, ex))
                continue
            if want != got:
                probs.append("span %r != %s(%r)=%r" % (got, rc, orig, want))
            if got == orig:
                probs.append("span %r equals its original (no damage)" % got)
    return probs


def verify(paths):
    bad = 0
    from collections import Counter
    for path in paths:
        ids = set()
        n = 0
        fam_lab = Counter()
        styles = set()
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    rec = json.loads(line)
                except ValueError as ex:
                    print("%s:%d: not JSON (%s)" % (path, ln, ex))
                    bad += 1
                    continue
                if not isinstance(rec, dict):
                    print("%s:%d: not an object" % (path, ln))
                    bad += 1
                    continue
                n += 1
                probs = check_record(rec)
                if not probs:
                    probs = lint(rec)
                if rec.get("id") in ids:
                    probs.append("duplicate id")
                ids.add(rec.get("id"))
                for pr in probs:
                    print("%s:%d %s: %s" % (path, ln, rec.get("id"), pr))
                bad += bool(probs)
                fam_lab[(rec.get("family"), rec.get("label"))] += 1
                styles.add((rec.get("family"), rec.get("style")))
        print("%s: %d records, %d styles (%s); %s" % (
            path, n, len(styles), ", ".join("%s %d" % (f, sum(1 for x in styles if x[0] == f)) for f in ("ph", "mj")),
            ", ".join("%s/%s %d" % (f, l, c) for (f, l), c in sorted(fam_lab.items()))))
    print("verify: %s (%d bad records)" % ("OK" if not bad else "FAILED", bad))
    return 0 if not bad else 1


def style_table(path):
    from collections import Counter, OrderedDict
    cnt = Counter()
    ex = OrderedDict()
    info = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            cnt[r["style"]] += 1
            info[r["style"]] = (r["family"], r["label"])
            if r["style"] not in ex:
                if r["spans"]:
                    a, e = r["spans"][0]
                    lo = max(0, a - 8)
                    s = r["text"][lo:a] + "⟦" + r["text"][a:e] + "⟧" + r["text"][e:e + 8]
                else:
                    s = r["text"][:40]
                s = "".join(("\\x%02x" % ord(c)) if (ord(c) < 32 or 0x7f <= ord(c) < 0xa0) and c not in "\n\t" else c for c in s).replace("\t", "⇥")
                ex[r["style"]] = s.replace("\n", "⏎").replace("|", "\\|")[:70]
    rows = ["| style | family | label | count | example |", "|---|---|---|---|---|"]
    order = sorted(info, key=lambda k: (info[k][0] != "ph", info[k][1] == "negative", k))
    for k in order:
        rows.append("| %s | %s | %s | %d | `%s` |" % (k, info[k][0], info[k][1], cnt[k], ex[k].replace("`", "'")))
    return "\n".join(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--table", metavar="FILE", help="print the markdown style table of a generated file")
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.table:
        print(style_table(a.table))
        return 0
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required (or --verify FILES)")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
