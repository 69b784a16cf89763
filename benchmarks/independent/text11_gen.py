#!/usr/bin/env python3
"""text11 held-out collection: placeholders (ph) and mojibake (mj) in Chinese
government-style documents.  Generator AND verifier, standard library only.

  python3 text11_gen.py --seed 11 --out text11_s11.jsonl
  python3 text11_gen.py --verify text11_s11.jsonl
  python3 text11_gen.py --style-table text11_s11.jsonl

Determinism: every style draws from random.Random(zlib.crc32(
"seed|family|style|label")); no hash(), clock or set iteration order is used.
"""
import argparse
import base64
import codecs
import html
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
import zlib
from email.header import decode_header

# ---------------------------------------------------------------------------
# WHATWG windows-1252: cp1252 with 81 8D 8F 90 9D mapped to the C1 controls
# ---------------------------------------------------------------------------
def _w1252_table():
    out = []
    for b in range(256):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


_W1252_DEC = _w1252_table()
_W1252_ENC = codecs.charmap_build(_W1252_DEC)


def _w1252_encode(s, errors="strict"):
    return codecs.charmap_encode(s, errors, _W1252_ENC)


def _w1252_decode(b, errors="strict"):
    return codecs.charmap_decode(b, errors, _W1252_DEC)


def _w1252_search(name):
    if name in ("w1252", "whatwg_1252", "whatwg-1252"):
        return codecs.CodecInfo(name="w1252", encode=_w1252_encode, decode=_w1252_decode)
    return None


codecs.register(_w1252_search)

# ---------------------------------------------------------------------------
# recipes
# ---------------------------------------------------------------------------
CODEC_RE = re.compile(r"([a-z0-9_-]+?)(!r)?>([a-z0-9_-]+?)(!r)?")
CODECS_OK = {"utf-8", "gbk", "gb18030", "gb2312", "big5", "cp932", "euc_kr", "latin-1", "w1252",
             "cp1251", "koi8_r", "mac_roman", "cp437", "utf-16-le", "ascii"}
PURE_STEPS = ("url", "url:gbk", "qp", "qp:gbk")
DEL_KINDS = ("zw", "ctl", "bom", "tag", "brk", "ent", "py", "word")

ZW_CHARS = set("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
               "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufffc\u00ad\u180e\u034f")


def _codec_step(step):
    m = CODEC_RE.fullmatch(step)
    if not m:
        return None
    e, r1, d, r2 = m.group(1), m.group(2), m.group(3), m.group(4)
    if e not in CODECS_OK or d not in CODECS_OK:
        return None
    return e, bool(r1), d, bool(r2)


def _gbk_fill(s, byte):
    n = len(s.encode("gbk"))
    return (bytes([byte]) * n).decode("gbk", "replace")


def fwd_step(step, s):
    c = _codec_step(step)
    if c:
        e, r1, d, r2 = c
        return s.encode(e, "replace" if r1 else "strict").decode(d, "replace" if r2 else "strict")
    if step == "q":
        return s.replace("\ufffd", "?")
    if step == "tang":
        return _gbk_fill(s, 0xCC)
    if step == "tun":
        return _gbk_fill(s, 0xCD)
    if step == "gbkshift":
        return s.encode("gbk")[1:].decode("gbk", "replace").replace("\ufffd", "?")
    if step == "qmark":
        return "?" * len(s)
    if step == "fffd":
        return "\ufffd" * len(s)
    if step == "url":
        return urllib.parse.quote(s, safe="")
    if step == "url:gbk":
        return urllib.parse.quote(s, safe="", encoding="gbk")
    if step == "qp":
        return quopri.encodestring(s.encode("utf-8")).decode("ascii")
    if step == "qp:gbk":
        return quopri.encodestring(s.encode("gbk")).decode("ascii")
    raise ValueError("no forward for step %r" % step)


def fwd(recipe, s):
    for st in recipe.split("+"):
        s = fwd_step(st, s)
    return s


def _del_ok(kind, span):
    if not span:
        return False
    if kind == "zw":
        return all(ch in ZW_CHARS for ch in span)
    if kind == "ctl":
        return all((ord(ch) < 0x20 and ch not in "\t\n\r") or ord(ch) == 0x7F for ch in span)
    if kind == "bom":
        return re.fullmatch(r"(?:\ufeff|\u00ef\u00bb\u00bf)+", span) is not None
    if kind == "tag":
        return re.fullmatch(r"(?:<[!/A-Za-z][^<>]*>)+", span) is not None
    if kind == "brk":
        return re.fullmatch(r"(?:</?[A-Za-z][^<>]*|/?[A-Za-z]+\s*/?>|&[A-Za-z]+|&#\d+|[A-Za-z]+;|#\d+;)", span) is not None
    if kind == "ent":
        if re.fullmatch(r"&#?[A-Za-z0-9]+;(?: ?&#?[A-Za-z0-9]+;)*", span) is None:
            return False
        u = html.unescape(span)
        return u != span and all(ch.isspace() for ch in u)
    if kind == "py":
        return re.fullmatch(r"[(（][a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]+[1-5]?[)）]", span) is not None
    if kind == "word":
        keys = ("mso-", "o:p", "Mso", "Style Definitions", "[if ", "[endif]", "font-family", "WordSection", "<w:")
        return any(k in span for k in keys)
    return False


def inv_step(step, s):
    c = _codec_step(step)
    if c:
        e, r1, d, r2 = c
        if r1 or r2:
            raise ValueError("lossy step in lossless recipe")
        return s.encode(d).decode(e)
    if step == "ent":
        return html.unescape(s)
    if step == "ent2":
        return html.unescape(html.unescape(s))
    if step == "url":
        return urllib.parse.unquote(s, errors="strict")
    if step == "url:gbk":
        return urllib.parse.unquote(s, encoding="gbk", errors="strict")
    if step == "qp":
        return quopri.decodestring(s.encode("ascii")).decode("utf-8")
    if step == "qp:gbk":
        return quopri.decodestring(s.encode("ascii")).decode("gbk")
    if step == "mime":
        parts = decode_header(s)
        out = []
        for b, cs in parts:
            if isinstance(b, bytes):
                if cs is None:
                    raise ValueError("mime: undecoded part")
                out.append(b.decode(cs))
            else:
                raise ValueError("mime: nothing encoded")
        return "".join(out)
    if step == "esc":
        return s.encode("ascii").decode("unicode_escape")
    if step == "besc":
        return codecs.escape_decode(s.encode("ascii"))[0].decode("utf-8")
    if step == "nfkc":
        return unicodedata.normalize("NFKC", s)
    if step.startswith("del:"):
        kind = step[4:]
        if kind not in DEL_KINDS or not _del_ok(kind, s):
            raise ValueError("span does not match del:%s" % kind)
        return ""
    raise ValueError("unknown step %r" % step)


def inv(recipe, s):
    for st in reversed(recipe.split("+")):
        s = inv_step(st, s)
    return s


def looks_clean(t, allow_ws_ctl=False):
    for ch in t:
        o = ord(ch)
        cat = unicodedata.category(ch)
        if ch == "\ufffd":
            return False
        if 0x80 <= o <= 0xFF and cat.startswith("L"):
            return False
        if 0x0400 <= o <= 0x052F or 0x2500 <= o <= 0x259F or 0xFF61 <= o <= 0xFF9F:
            return False
        if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
            return False
        if 0x3040 <= o <= 0x30FF or 0xE000 <= o <= 0xF8FF:
            return False
        if 0x2E80 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF:
            return False
        if cat in ("Cc", "Cf", "Co", "Cn", "Cs"):
            if allow_ws_ctl and ch in "\n\t\r":
                continue
            return False
    return True


def check_recipe(recipe, span):
    """Return None if OK, else an error string."""
    if "=" in recipe:
        chain, clean = recipe.split("=", 1)
        try:
            out = fwd(chain, clean)
        except Exception as ex:  # noqa
            return "lossy forward failed: %s" % ex
        if out != span:
            return "lossy forward %r != span %r" % (out, span)
        return None
    steps = recipe.split("+")
    try:
        clean = inv(recipe, span)
    except Exception as ex:  # noqa
        return "inverse failed: %s" % ex
    if steps[0].startswith("del:"):
        if len(steps) != 1:
            return "del: must stand alone"
        return None
    if clean == span:
        return "inverse did not change the span"
    if not looks_clean(clean, allow_ws_ctl=("esc" in steps)):
        return "inverse result does not look clean: %r" % clean
    if all(_codec_step(st) or st in PURE_STEPS for st in steps):
        try:
            again = fwd(recipe, clean)
        except Exception as ex:  # noqa
            return "re-forward failed: %s" % ex
        if again != span:
            return "re-forward %r != span %r" % (again, span)
    return None


# ---------------------------------------------------------------------------
# JSON output with invisible characters escaped
# ---------------------------------------------------------------------------
ESC_CATS = ("Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs")


def _esc_char(ch):
    o = ord(ch)
    if o > 0xFFFF:
        o -= 0x10000
        return "\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF))
    return "\\u%04x" % o


def dumps(rec):
    s = json.dumps(rec, ensure_ascii=False)
    return "".join(_esc_char(ch) if unicodedata.category(ch) in ESC_CATS else ch for ch in s)


# ---------------------------------------------------------------------------
# placeholder conventions
# ---------------------------------------------------------------------------
MASK_CHARS = set("xXｘＸ×＊*○〇□△■＿_某")
TBD_WORDS = {"待定", "待核实", "待确认", "待补充", "待填", "TBD", "TODO", "N/A", "TBA", "待填写", "待更新"}
BRACKETS = {"【": "】", "〖": "〗", "[": "]", "［": "］", "{": "}", "｛": "｝", "«": "»", "<": ">",
            "＜": "＞", "〈": "〉", "（": "）", "(": ")", "$": "}", "%": ")"}
CLOSERS = "】〗]］}｝»>＞〉）)"
SEPS = ".,:-．，：/～~—"
PROMPT_RE = re.compile(r"(单击|点击|单击或点击|Click|在此|Lorem|示例文字|正文内容|此处|请在|请输入|键入|添加|输入)", re.I)


def ph_span_ok(sp):
    if any(ch in MASK_CHARS for ch in sp):
        return True
    if sp in TBD_WORDS:
        return True
    if sp[0] in BRACKETS and sp[-1] in "】〗]］}｝»>＞〉）)":
        return True
    if sp.startswith("%") and len(sp) <= 12:
        return True
    if PROMPT_RE.search(sp):
        return True
    return False


def build(segs):
    """segs: list of (text, info); info None = clean, str = span info."""
    text = ""
    spans = []
    infos = []
    for t, info in segs:
        if not t:
            continue
        if info is None:
            text += t
            continue
        st = len(text)
        text += t
        if spans and spans[-1][1] == st:
            spans[-1][1] = len(text)
            infos[-1].append((t, info))
        else:
            spans.append([st, len(text)])
            infos.append([(t, info)])
    return text, spans, infos


# ---------------------------------------------------------------------------
# invented vocabulary (every place, firm and person below is made up)
# ---------------------------------------------------------------------------
P1 = "澄雁栎岚桐漪苇椿沣溱楠芷蘅岑琅枫榆柘菱蓼蒲璜樟枳芜渌浔蕙"
P2 = "川岭塘溪坪埠湾垭洲源滩峪屿圩冈陂泮岙汀"
SURN = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙段雷钱汤尹黎易常武乔贺赖龚"
GIVEN = ["志远", "海燕", "建平", "晓东", "春梅", "立新", "文静", "德华", "玉兰", "振宇", "秀英", "明辉",
         "佳怡", "永强", "丽娟", "宏伟", "晓琳", "俊杰", "桂芳", "思远", "雨桐", "浩然", "红霞", "国栋",
         "学军", "凤英", "鹏飞", "慧敏", "新民", "少华"]
DEPTS = ["自然资源局", "农业农村局", "住房和城乡建设局", "卫生健康局", "生态环境分局", "教育局",
         "人力资源和社会保障局", "应急管理局", "市场监督管理局", "文化广电旅游局", "退役军人事务局",
         "医疗保障局", "统计局", "民政局", "司法局", "交通运输局", "水利局", "商务局", "林业局", "财政局"]
FIRM_MID = ["新材料", "智能装备", "食品", "生物科技", "物流", "电子", "纺织", "农业开发", "建材", "文旅",
            "精密机械", "环保科技", "医药", "茶业", "光电"]
FIRM_END = ["有限公司", "股份有限公司", "集团有限公司", "有限责任公司"]


def _nm(r):
    return r.choice(P1) + r.choice(P2)


def place(r, kind=None):
    kind = kind or r.choice(["县", "镇", "街道", "乡", "区"])
    return _nm(r) + kind


def person(r):
    return r.choice(SURN) + r.choice(GIVEN)


def org(r):
    return _nm(r) + r.choice(["县", "区", "市"]) + r.choice(DEPTS)


def firm(r):
    return _nm(r) + r.choice(FIRM_MID) + r.choice(FIRM_END)


def nums(r):
    return dict(n1=r.randint(12, 98), n2=r.randint(120, 9800), n3=r.randint(3, 36),
                d1="%.1f" % r.uniform(1.2, 98.0), d2="%.2f" % r.uniform(1.1, 49.0),
                p1="%.1f" % r.uniform(2.0, 4.5), p2="%.1f" % r.uniform(85.0, 99.8),
                yr=r.choice([2021, 2022, 2023, 2024]), mon=r.randint(1, 12),
                place=place(r), org=org(r), firm=firm(r), person=person(r), vil=_nm(r) + "村")


FILLERS = [
    "{yr}年以来，{place}坚持稳中求进工作总基调，扎实推进各项重点任务落地见效。",
    "全年共组织开展各类业务培训{n1}期，累计培训基层干部{n2}人次。",
    "新建改建农村公路{d1}公里，完成危桥改造{n3}座。",
    "城镇新增就业{n2}人，城镇登记失业率控制在{p1}%以内。",
    "辖区内规模以上工业企业达到{n3}家，实现工业总产值{d2}亿元。",
    "持续开展人居环境整治行动，清理积存垃圾{n2}吨，拆除违法建筑{n1}处。",
    "积极推进“放管服”改革，政务服务事项网上可办率达到{p2}%。",
    "深入开展安全生产大排查大整治，检查生产经营单位{n1}家次，整改隐患{n2}项。",
    "落实各项惠民政策，发放城乡低保金{d2}万元，惠及困难群众{n2}人。",
    "加大招商引资力度，全年签约项目{n3}个，协议投资额{d2}亿元。",
    "组织新时代文明实践志愿服务活动{n1}场次，参与志愿者{n2}人次。",
    "完成高标准农田建设{n2}亩，粮食生产保持稳定。",
    "新增城市绿地{d1}万平方米，建成口袋公园{n3}个。",
    "全面落实河湖长制，各级河长累计巡河{n2}人次，断面水质达标率保持在{p2}%。",
    "扎实做好信访维稳工作，排查化解矛盾纠纷{n1}件，调解成功率{p2}%。",
    "持续深化理论学习，举办专题辅导讲座{n3}场，覆盖党员干部{n2}人次。",
    "完成老旧小区改造{n3}个，惠及居民{n2}户。",
    "学前教育毛入园率达到{p2}%，义务教育巩固率保持高位。",
    "稳步推进家庭医生签约服务，重点人群签约率达到{p2}%。",
    "全年接待游客{d1}万人次，实现旅游综合收入{d2}亿元。",
    "下一步，我们将认真总结经验，查找差距不足，推动各项工作再上新台阶。",
    "同时也要清醒看到，工作中还存在一些短板和薄弱环节。",
    "一是产业结构仍需优化，新兴产业支撑作用还不够强。",
    "二是基础设施欠账较多，公共服务供给与群众期盼仍有差距。",
    "{org}高度重视，多次召开专题会议研究部署相关工作。",
    "在{yr}年度全市综合考评中，{place}位列第一档次。",
    "{firm}投资建设的新生产线于{mon}月正式投产。",
    "聚焦群众急难愁盼问题，全年为民办实事{n1}件。",
    "开展森林防火宣传{n1}次，发放宣传资料{n2}份。",
    "组建专兼职网格员队伍{n3}支，划分综合网格{n1}个，实现全覆盖。",
    "{vil}依托特色产业发展乡村旅游，村集体经济收入突破{n1}万元。",
    "推进数字乡村建设，新建5G基站{n3}个，行政村光纤通达率达到100%。",
    "严格落实耕地保护制度，完成耕地“非粮化”整治{n2}亩。",
    "加强食品安全监管，完成抽检{n2}批次，合格率{p2}%。",
    "全年办理人大代表建议和政协委员提案{n1}件，按期办结率100%。",
    "扎实开展困难群众走访慰问，累计走访{n2}户。",
    "统筹推进疫情防控和经济社会发展，各项经济指标稳中向好。",
    "深化平安建设，刑事案件发案数同比下降{p1}%。",
]

HEADINGS = ["一、{yr}年主要工作完成情况", "二、存在的主要问题", "三、{nyr}年工作思路和重点任务",
            "（一）坚持党建引领，夯实基层基础", "（二）聚焦项目建设，增强发展后劲",
            "（三）强化民生保障，提升群众获得感", "（四）深化社会治理，守牢安全底线",
            "（五）优化营商环境，激发市场活力", "1. 强化组织领导", "2. 完善工作机制",
            "3. 加强督导考核", "四、下一步工作打算", "（六）推进乡村振兴，建设和美乡村"]

WORDS = ["发展", "工作", "建设", "推进", "全面", "加强", "社区", "街道", "经济", "项目", "完成", "开展", "服务",
         "群众", "实施", "提升", "治理", "安全", "环境", "教育", "医疗", "文化", "乡村", "振兴", "改革",
         "创新", "企业", "投资", "产业", "就业", "民生", "保障", "卫生", "健康", "生态", "保护", "基层",
         "组织", "干部", "人才", "农业", "交通", "水利", "城市", "管理", "目标", "任务", "成效", "问题",
         "措施", "重点", "推动", "落实", "稳定", "培训", "政策", "整治", "排查", "宣传", "考评", "签约",
         "农田", "公路", "垃圾", "志愿", "网格", "旅游", "收入", "信访", "纠纷", "专题", "会议", "部署",
         "工业", "产值", "抽检", "耕地", "困难", "走访", "慰问", "覆盖", "特色", "集体", "改造", "居民",
         "人居环境", "安全生产", "招商引资", "乡村振兴", "营商环境", "基层干部", "理论学习", "公共服务",
         "高标准农田", "矛盾纠纷", "文明实践", "食品安全", "社会治理", "数字乡村", "重点任务", "惠民政策"]


def filler(r, k=1):
    return "".join(sents(r, k))


def heading(r):
    yr = r.choice([2022, 2023, 2024])
    return r.choice(HEADINGS).format(yr=yr, nyr=yr + 1)


def mark(s):
    """'完成投资⟦xx.xx⟧万元' -> segs; span info 'ph'."""
    segs = []
    for i, part in enumerate(re.split(r"[⟦⟧]", s)):
        segs.append((part, "ph" if i % 2 else None))
    return segs


def wrap(r, core, pre=None, post=None):
    """core: marked string. Adds distinct clean filler sentences around it."""
    if pre is None:
        pre = r.choice([0, 1, 1, 2])
    if post is None:
        post = r.choice([0, 0, 1])
    ss = sents(r, pre + post)
    plain = core.replace("⟦", "").replace("⟧", "")
    sentence_like = "。" in plain and "\n" not in plain
    a = "".join(ss[:pre]) + ("" if sentence_like or not pre else "\n")
    b = ("" if plain[-1:] in "。！？；" or not post else "\n") + "".join(ss[pre:])
    return a + core + b


def mrun(r, ch, lo=1, hi=3):
    return ch * r.randint(lo, hi)


# ---------------------------------------------------------------------------
# ph positives
# ---------------------------------------------------------------------------
CNT_T = [
    "全年新增各类市场主体⟦{a}⟧户，其中新设企业⟦{b}⟧家。",
    "累计走访慰问困难群众⟦{a}⟧人次，发放慰问金{d2}万元。",
    "组织开展防汛应急演练⟦{a}⟧场，参与干部群众⟦{b}⟧余人。",
    "共排查整治各类安全隐患⟦{a}⟧处，已整改到位⟦{b}⟧处。",
    "新建村级综合服务站⟦{a}⟧个，覆盖全部{n3}个行政村。",
    "新建改建农村户厕⟦{a}⟧座，改造农村危房⟦{b}⟧套。",
    "受理群众来电来信⟦{a}⟧件，办结⟦{b}⟧件。",
    "培育高素质农民⟦{a}⟧名，新增省级示范家庭农场⟦{b}⟧家。",
    "完成人工造林⟦{a}⟧亩，义务植树⟦{b}⟧万株。",
    "帮助辖区企业招聘用工⟦{a}⟧人，举办线上线下招聘会⟦{b}⟧场。",
    "创建无烟单位⟦{a}⟧家，开展控烟宣传进校园活动⟦{b}⟧次。",
    "调处邻里纠纷⟦{a}⟧起，开展普法讲座⟦{b}⟧场次。",
    "{place}共有登记在册志愿者⟦{a}⟧名，志愿服务队⟦{b}⟧支。",
    "签订土地流转合同⟦{a}⟧份，流转面积⟦{b}⟧亩。",
    "全年接种流感疫苗⟦{a}⟧剂次，为⟦{b}⟧名老年人免费体检。",
]


def _cnt(chars, lo=1, hi=4):
    def g(r):
        ch = r.choice(chars)
        t = r.choice(CNT_T)
        kw = nums(r)
        kw["a"] = mrun(r, ch, lo, hi)
        kw["b"] = mrun(r, r.choice(chars) if r.random() < 0.3 else ch, lo, hi)
        core = t.format(**kw)
        if r.random() < 0.15:  # line break from PDF extraction after the mask
            core = core.replace("⟧", "⟧\n\n", 1)
        return wrap(r, core), "count masked with %r" % ch
    return g


def g_cnt_mixed(r):
    t = r.choice(CNT_T)
    kw = nums(r)
    forms = [lambda: str(r.randint(1, 9)) + "⟦" + mrun(r, r.choice("xX"), 1, 2) + "⟧",
             lambda: str(r.randint(1, 9)) + "⟦" + mrun(r, "×", 1, 2) + "⟧",
             lambda: "⟦" + mrun(r, "x", 1, 1) + "⟧" + str(r.randint(0, 9)),
             lambda: str(r.randint(10, 99)) + "⟦" + "X" + "⟧"]
    core = t.replace("⟦{a}⟧", "{a}").replace("⟦{b}⟧", "{b}")
    kw["a"] = r.choice(forms)()
    kw["b"] = r.choice(forms)()
    return wrap(r, core.format(**kw)), "mask mixed with real digits; the real digits stay outside"


def g_date_md(r):
    ch = r.choice(["x", "x", "X", "×", "＊", "ｘ", "○"])
    a, b = mrun(r, ch, 1, 2), mrun(r, ch, 1, 2)
    t = r.choice([
        "⟦{a}⟧月⟦{b}⟧日，{org}组织召开全县重点项目推进会。",
        "{place}于⟦{a}⟧月⟦{b}⟧日顺利通过省级复核验收。",
        "⟦{a}⟧月⟦{b}⟧日上午，市委主要领导一行到{vil}调研乡村振兴工作。",
        "截至⟦{a}⟧月⟦{b}⟧日，已完成年度目标任务的{p2}%。",
        "会议定于⟦{a}⟧月⟦{b}⟧日（星期⟦{c}⟧）下午在县政府第一会议室召开。",
        "自{yr}年⟦{a}⟧月起，在全区范围内开展为期⟦{c}⟧个月的专项整治行动。",
    ])
    kw = nums(r)
    kw.update(a=a, b=b, c=mrun(r, ch, 1, 1))
    return wrap(r, t.format(**kw)), "month/day masked, two spans split by the unit words"


def g_date_year(r):
    forms = [("20⟦xx⟧", "decade and year masked"), ("202⟦x⟧", "last digit masked"),
             ("⟦XXXX⟧", "all four digits masked"), ("20⟦××⟧", "masked with ×"),
             ("⟦xxxx⟧", "all four masked"), ("２０⟦ｘｘ⟧", "full-width"), ("20⟦XX⟧", "upper-case")]
    y, d = r.choice(forms)
    t = r.choice([
        "{y}年，全县地区生产总值增长{p1}%，完成年度目标。",
        "根据《{place}{y}年度重点工作任务清单》，现将有关情况报告如下。",
        "{y}年上半年，我局紧紧围绕年度目标任务，扎实推进各项工作。",
        "力争到{y}年底，实现行政村污水处理设施全覆盖。",
        "{y}年度部门预算执行率达到{p2}%。",
    ])
    return wrap(r, t.format(y=y, **nums(r))), "year " + d


def g_date_sig(r):
    ch = r.choice(["X", "x", "×", "○", "□"])
    yr = r.choice(["20⟦%s⟧" % (ch * 2), "⟦%s⟧" % (ch * 4), "202⟦%s⟧" % ch, "二〇二⟦%s⟧" % ch])
    line = "%s年⟦%s⟧月⟦%s⟧日" % (yr, mrun(r, ch, 1, 2), mrun(r, ch, 1, 2))
    unit = r.choice([org(r), "中共" + place(r) + "委员会", place(r) + "人民政府", firm(r)])
    body = filler(r, r.choice([1, 2]))
    return body + "\n\n" + unit + "\n" + line, "signature date line masked"


def g_date_numeric(r):
    yr = r.choice(["2023", "2024", "2022"])
    sep = r.choice(["-", ".", "/"])
    ch = r.choice(["x", "X", "×"])
    d = r.choice([yr + sep + "⟦" + ch * 2 + sep + ch * 2 + "⟧",
                  yr + sep + "⟦" + ch + sep + ch * 2 + "⟧",
                  "⟦" + ch * 4 + sep + ch * 2 + sep + ch * 2 + "⟧"])
    t = r.choice(["填报日期：{d}\n填报单位：{org}",
                  "本通知自{d}起施行。",
                  "数据统计截止时间为{d}，统计口径为全口径。",
                  "验收时间：{d}；验收结论：合格。"])
    return wrap(r, t.format(d=d, **nums(r)), pre=r.choice([0, 1]), post=0), "numeric date masked; separators between masks inside one span"


def g_date_range(r):
    ch = r.choice(["x", "x", "X"])
    dash = r.choice(["-", "—", "～", "~"])
    t = r.choice([
        "⟦{a}⟧月⟦{b}{dash}{b}⟧日，省检查组对我市创建工作进行实地暗访。",
        "⟦{a}⟧月⟦{b}⟧日至⟦{a}⟧月⟦{b}⟧日，全县集中开展“安全生产月”活动。",
        "培训班于⟦{a}⟧月⟦{b}{dash}{b}⟧日在县委党校举办，共培训学员{n2}人次。",
    ])
    return wrap(r, t.format(a=mrun(r, ch, 1, 2), b=ch * 2, dash=dash, **nums(r))), "date range; a dash between two mask runs stays inside one span"


def g_time(r):
    ch = r.choice(["x", "X", "×"])
    t = r.choice(["会议时间：{yr}年{mon}月{dd}日⟦{c}:{c}⟧", "⟦{c1}⟧时⟦{c}⟧分，值班室接到群众报警电话。",
                  "报名截止时间为当日⟦{c}:{c}⟧。", "当日上午⟦{c1}⟧点⟦{c}⟧分，现场指挥部下达转移指令。"])
    kw = nums(r)
    kw.update(c=ch * 2, c1=mrun(r, ch, 1, 2), dd=r.randint(1, 28))
    return wrap(r, t.format(**kw), pre=r.choice([0, 1]), post=r.choice([0, 1])), "clock time masked"


MONEY_T = [
    "全年完成固定资产投资⟦{m}⟧亿元，同比增长{p1}%。",
    "争取上级专项资金⟦{m}⟧万元，全部用于农村基础设施建设。",
    "发放创业担保贷款⟦{m}⟧万元，带动就业{n2}人。",
    "项目总投资⟦{m}⟧万元，其中财政资金{d2}万元。",
    "全年一般公共预算收入⟦{m}⟧亿元，完成预算的{p2}%。",
    "兑现惠农补贴资金⟦{m}⟧万元，惠及农户{n2}户。",
    "实现社会消费品零售总额⟦{m}⟧亿元。",
]


def g_money_dec(r):
    ch = r.choice(["x", "x", "X", "×"])
    m = r.choice([ch * 2 + "." + ch * 2, ch * 3 + "." + ch, ch + "." + ch * 2, ch * 4 + "." + ch * 2])
    return wrap(r, r.choice(MONEY_T).format(m=m, **nums(r))), "decimal amount fully masked (point inside span)"


def g_money_comma(r):
    ch = r.choice(["x", "X"])
    m = r.choice([ch + "," + ch * 3 + "." + ch * 2, ch * 2 + "," + ch * 3, ch * 3 + "," + ch * 3 + "." + ch * 2])
    t = r.choice(MONEY_T).replace("亿元", "元").replace("万元", "元")
    return wrap(r, t.format(m=m, **nums(r))), "amount with thousands separators masked"


def g_money_fw(r):
    ch = r.choice(["ｘ", "Ｘ", "＊"])
    m = r.choice([ch * 2 + "．" + ch * 2, ch * 3, ch + "，" + ch * 3 + "．" + ch * 2, ch * 2 + "." + ch])
    return wrap(r, r.choice(MONEY_T).format(m=m, **nums(r))), "full-width mask characters and full-width point"


def g_money_mixed(r):
    c = r.choice(["x", "X", "×"])
    forms = ["1⟦{c}.{c}⟧", "{d}⟦{cc}⟧", "{d}⟦{c},{ccc}⟧", "{dd}.⟦{cc}⟧", "⟦{c}⟧.{d}", "{d}⟦{c}⟧.{d}"]
    m = r.choice(forms).format(c=c, cc=c * 2, ccc=c * 3, d=r.randint(1, 9), dd=r.randint(10, 99))
    t = r.choice(MONEY_T).replace("⟦{m}⟧", "{m}")
    return wrap(r, t.format(m=m, **nums(r))), "amount with real digits and masked digits; real digits outside"


def g_pct(r):
    ch = r.choice(["x", "x", "X", "×", "ｘ", "＊"])
    p = r.choice([ch * 2, ch * 3, ch * 2 + "." + ch, ch + "." + ch * 2])
    sign = r.choice(["%", "%", "％"])
    t = r.choice(["城乡居民医保参保率达到⟦{p}⟧{s}。", "同比增长⟦{p}⟧{s}，增速位居全市第一。",
                  "好评率达⟦{p}⟧{s}，群众满意度持续提升。", "农村自来水普及率提高到⟦{p}⟧{s}。",
                  "规上工业增加值增长⟦{p}⟧{s}，高于全市平均水平。", "生活垃圾无害化处理率⟦{p}⟧{s}。"])
    return wrap(r, t.format(p=p, s=sign)), "percentage masked; the percent sign stays outside"


def g_pct_point(r):
    ch = r.choice(["x", "X", "×"])
    t = r.choice(["城镇化率提高⟦{a}⟧个百分点。", "比上年下降⟦{a}⟧个百分点，降幅收窄。",
                  "人口自然增长率为⟦{b}⟧‰。", "两项指标分别提高⟦{a}⟧个和⟦{a}⟧个百分点。",
                  "占比由{p1}%上升至⟦{b}⟧%，提高⟦{a}⟧个百分点。"])
    return wrap(r, t.format(a=r.choice([ch + "." + ch, ch, ch * 2]), b=ch * 2 + "." + ch, **nums(r))), "percentage points / permille masked"


def g_rank(r):
    ch = r.choice(["x", "X", "×", "ｘ"])
    a = mrun(r, ch, 1, 3)
    t = r.choice(["在全省{n2}个县（市、区）中排名第⟦{a}⟧位。", "在第⟦{a}⟧届全国农民运动会上获得金牌{n3}枚。",
                  "第⟦{a}⟧季度经济运行分析会指出，消费市场持续回暖。", "综合指数为⟦{c}⟧，全省排名第⟦{a}⟧。",
                  "我县连续⟦{a}⟧年获评全省平安县。"])
    return wrap(r, t.format(a=a, c=ch * 2 + "." + ch * 2, **nums(r))), "rank / ordinal / index masked"


def g_docno(r):
    ch = r.choice(["x", "X", "×", "ｘ"])
    ab = r.choice(["政办发", "爱卫办", "发改", "财预", "农发", "卫健发", "组通字", "人社函"])
    yr = r.choice(["20⟦%s⟧" % (ch * 2), "2023", "2022", "2024"])
    pre = r.choice(["⟦%s⟧" % ch, "⟦%s⟧" % (ch * 2), "⟦%s⟧县" % ch, _nm(r)[0]])
    no = "⟦%s⟧" % mrun(r, ch, 1, 3)
    dn = "%s%s〔%s〕%s号" % (pre, ab, yr, no)
    t = r.choice(["根据《关于做好{topic}工作的通知》（{dn}）要求，结合我镇实际，制定本方案。",
                  "{org}印发《{topic}实施方案》（{dn}），明确了目标任务。",
                  "按照{dn}文件精神，及时召开专题会议进行部署。"])
    topic = r.choice(["秋冬季大气污染防治", "农村低收入人口动态监测", "安全生产隐患排查", "城乡环境卫生整洁行动"])
    return wrap(r, t.format(dn=dn, topic=topic, org=org(r)), pre=r.choice([0, 1])), "document number: issuer abbreviation, year and serial masked"


def g_docno_var(r):
    ch = r.choice(["X", "x", "×", "＊"])
    forms = ["〔20⟦{c2}⟧〕⟦{c}⟧号", "[20⟦{c2}⟧]⟦{c2}⟧号", "（20⟦{c2}⟧）第⟦{c3}⟧号", "【2023】⟦{c2}⟧号",
             "〔⟦{c4}⟧〕⟦{c2}⟧号", "第⟦{c3}⟧号", "20⟦{c2}⟧年第⟦{c}⟧期"]
    f = r.choice(forms).format(c=ch, c2=ch * 2, c3=ch * 3, c4=ch * 4)
    t = r.choice(["附件：{org}文件{f}", "（{f}）", "审批文号：{f}", "会议纪要{f}已印发各成员单位。"])
    return wrap(r, t.format(f=f, org=org(r)), pre=r.choice([0, 1]), post=0), "document number variants in other bracket styles"


def g_doc_title(r):
    ch = r.choice(["xx", "XX", "××", "xxx"])
    t = r.choice(["印发了《⟦{c}⟧县深化⟦{c}⟧改革实施方案》。", "起草了《关于⟦{c}⟧的调研报告》初稿。",
                  "认真贯彻《⟦{c}⟧市⟦{c}⟧条例》，推进依法行政。", "《⟦{c}⟧镇⟦{c}⟧年度工作计划》已经党委会审议通过。"])
    return wrap(r, t.format(c=ch)), "masks inside a document title"


def g_phone(r):
    f = r.choice(["1{d2}⟦****⟧{d4}", "1{d2}⟦xxxx⟧{d4}", "0{d3}-⟦xxxxxxx⟧", "0{d3}-8⟦xxxxxx⟧",
                  "400-⟦xxx-xxxx⟧", "⟦XXX-XXXX-XXXX⟧", "⟦xxxxxxxxxxx⟧", "1{d2}⟦＊＊＊＊⟧{d4}", "（0{d3}）⟦××××××××⟧"])
    num = f.format(d2=r.randint(30, 99), d4="%04d" % r.randint(0, 9999), d3=r.randint(100, 999))
    t = r.choice(["联系人：{p}，联系电话：{n}", "咨询电话：{n}（工作日）", "举报电话：{n}，邮箱见附件。",
                  "{p}同志（{n}）负责具体对接工作。"])
    return wrap(r, t.format(p=person(r), n=num), pre=r.choice([0, 1]), post=0), "phone number masked; real prefix and suffix digits outside"


def g_idcard(r):
    area = str(r.choice([110101, 320583, 430102, 510104, 350203, 610113]))
    tail = r.choice(["123X", "0021", "4518", "002X", "317X"])
    f = r.choice([area + "⟦********⟧" + tail[-4:], area + "⟦XXXXXXXX⟧" + tail[-4:], "⟦" + "X" * 18 + "⟧",
                  area[:4] + "⟦**********⟧" + tail[-4:], area + "19⟦××××××⟧" + tail[-4:]])
    t = r.choice(["申请人{p}，身份证号：{f}。", "{p}（公民身份号码{f}）已按规定办理销户手续。",
                  "姓名：{p}\n身份证号码：{f}\n户籍地址：{pl}"])
    return wrap(r, t.format(p=person(r), f=f, pl=place(r)), pre=r.choice([0, 1]), post=0), "ID number masked; real area code and check characters outside"


def g_bankcard(r):
    ch = r.choice(["*", "X", "x"])
    f = r.choice(["6222 ⟦{c} {c}⟧ {t}", "6217⟦{c}{c}⟧{t}", "6228 ⟦{c} {c} {c}⟧ {t3}", "⟦{c} {c} {c}⟧ {t}"])
    s = f.format(c=ch * 4, t="%04d" % r.randint(0, 9999), t3="%03d" % r.randint(0, 999))
    t = r.choice(["补贴资金已打入收款账户{s}。", "开户行：县农商银行营业部；账号：{s}", "收款人{p}，银行卡号{s}。"])
    return wrap(r, t.format(s=s, p=person(r)), pre=r.choice([0, 1]), post=0), "bank card masked; spaces between mask groups inside one span"


def g_plate(r):
    pr = r.choice("湘粤浙苏鄂川赣闽桂")
    f = r.choice([pr + "A·⟦XXXXX⟧", pr + "B⟦****⟧" + str(r.randint(0, 9)), pr + "⟦X·XXXXX⟧", pr + "C⟦×××⟧" + str(r.randint(10, 99))])
    t = r.choice(["查获超限运输车辆{f}，依法予以处罚。", "车牌号为{f}的渣土车未按规定路线行驶。", "涉事车辆（{f}）已移交交警部门处理。"])
    return wrap(r, t.format(f=f)), "licence plate masked"


def g_code(r):
    f = r.choice(["统一社会信用代码：91{a}⟦XXXXXXXXXX⟧", "项目编号：XM-20{y}-⟦XXX⟧", "合同编号：HT{y}⟦xxxx⟧",
                  "不动产权证号：{pr}（2023）{nm}县不动产权第⟦xxxxxxx⟧号", "工单号：GD⟦xxxxxxxx⟧",
                  "备案编号：⟦××××××⟧-{y}", "许可证编号：JY⟦XXXXXXXXXXXXXX⟧"])
    s = f.format(a=r.randint(100000, 999999), y=r.randint(21, 24), pr=r.choice("湘浙闽赣"), nm=_nm(r))
    return wrap(r, s + "。", pre=r.choice([0, 1]), post=0), "registration / contract / project code masked"


def g_email_url(r):
    f = r.choice(["电子邮箱：⟦xxx⟧@⟦xx⟧.gov.cn", "投稿邮箱：⟦xxxxxx⟧@163.com", "详见县政府门户网站（www.⟦xxx⟧.gov.cn）。",
                  "网址：http://⟦xxx.xxx⟧.com/notice", "请登录https://www.⟦XXXX⟧.gov.cn填报。",
                  "邮箱：⟦×××⟧@⟦××⟧.com"])
    return wrap(r, f, pre=r.choice([0, 1]), post=0), "mail address / domain masked"


def g_name_mou(r):
    s = r.choice(SURN)
    f = r.choice([s + "⟦某⟧", s + "⟦某某⟧", "⟦某某某⟧", s + "⟦某⟧"])
    g = r.choice([s + "⟦某⟧", "⟦某某⟧"])
    t = r.choice(["村民{f}反映其承包地被占用问题，经调查属实。", "经查，{f}利用职务便利收受他人财物，给予党内严重警告处分。",
                  "{f}、{g}等{n3}人被评为“最美家庭”。", "案例：个体工商户{f}未按规定公示营业执照，被责令改正。",
                  "{g}同志作为驻村第一书记，带领群众发展产业。"])
    return wrap(r, t.format(f=f, g=g, **nums(r))), "pseudonymised name with 某"


def g_name_xxx(r):
    ch = r.choice(["XXX", "xxx", "×××", "＊＊＊", "XX", "ｘｘｘ"])
    t = r.choice(["主任医师⟦{c}⟧在线讲解慢性病防治知识。", "⟦{c}⟧同志任{pl}党委书记。", "带班领导：⟦{c}⟧",
                  "⟦{c}⟧副县长出席会议并讲话。", "由⟦{c}⟧、⟦{c}⟧两名同志负责资料审核。", "经办人：⟦{c}⟧    审核人：⟦{c}⟧"])
    return wrap(r, t.format(c=ch, pl=place(r, "镇")), pre=r.choice([0, 1])), "whole name masked"


def g_name_partial(r):
    s = r.choice(SURN)
    g = r.choice(GIVEN)
    f = r.choice([s + "⟦X⟧", s + "⟦XX⟧", s + "⟦x⟧" + g[1], s + "⟦*⟧" + g[1], s + "⟦**⟧", s + "⟦×⟧", s + "⟦＊⟧" + g[1]])
    f2 = r.choice(SURN) + r.choice(["⟦*⟧" + r.choice(GIVEN)[1], "⟦X⟧", "⟦**⟧"])
    t = r.choice(["公示名单：{f}、{f2}（排名不分先后）", "举报人{f}反映的问题已办结。", "获奖人员：{f}（{pl}）",
                  "低保对象{f}，家庭人口3人，月保障金{n1}0元。", "1. {f}  2. {f2}"])
    return wrap(r, t.format(f=f, f2=f2, pl=place(r), **nums(r)), pre=r.choice([0, 1]), post=0), "name with given name masked (public list)"


def g_name_shapes(r):
    ch = r.choice(["○", "□", "△", "■", "〇"])
    s = r.choice(SURN)
    f = s + "⟦" + ch * r.randint(1, 2) + "⟧"
    t = r.choice(["学员{f}同志在培训中表现突出。", "{f}户因病致贫，已纳入监测对象。", "经营者{f}未取得许可擅自经营。", "产业带头人：{f}。"])
    return wrap(r, t.format(f=f)), "name masked with geometric shapes %s" % ch


def g_place_admin(r):
    ch = r.choice(["XX", "xx", "××", "某某", "ＸＸ"])
    t = r.choice(["⟦{c}⟧县⟦{c}⟧镇⟦{c}⟧村", "⟦{c}⟧市⟦{c}⟧区", "⟦{c}⟧街道⟦{c}⟧社区", "⟦{c}⟧乡", "⟦{c}⟧省⟦{c}⟧市", "⟦{c}⟧垦殖场"])
    p = t.format(c=ch)
    s = r.choice(["{p}被评为省级文明村镇。", "我们赴{p}学习考察基层治理经验。", "{p}党委在全市作典型发言。",
                  "在{p}召开现场推进会。", "{p}创建为国家级农业产业强镇。"])
    return wrap(r, s.format(p=p)), "administrative names masked; unit words split the spans"


def g_address(r):
    ch = r.choice(["x", "X", "×", "＊"])
    t = r.choice(["⟦{a}⟧路⟦{a}⟧号", "⟦{b}⟧小区⟦{c}⟧栋⟦{c}⟧单元⟦{d}⟧室", "{nm}大道⟦{d}⟧号⟦{b}⟧大厦⟦{c}⟧楼",
                  "⟦{b}⟧工业园区⟦{a}⟧号地块", "{nm}路⟦{a}⟧弄⟦{c}⟧号"])
    a = t.format(a=ch * 2, b=ch * 2, c=ch, d=ch * 3, nm=_nm(r))
    s = r.choice(["办公地址：{a}", "活动地点：{a}。", "现场位于{a}，交通便利。", "受理窗口设在{a}。"])
    return wrap(r, s.format(a=a), pre=r.choice([0, 1])), "street address masked"


def g_org_unit(r):
    ch = r.choice(["XX", "xx", "××", "XXX", "某某", "ＸＸ"])
    t = r.choice(["⟦{c}⟧公司", "⟦{c}⟧有限公司", "⟦{c}⟧局", "⟦{c}⟧项目部", "⟦{c}⟧中学", "⟦{c}⟧医院", "⟦{c}⟧银行⟦{c}⟧支行"])
    u = t.format(c=ch)
    s = r.choice(["{u}被认定为高新技术企业。", "督促{u}落实安全生产主体责任。", "与{u}签订合作框架协议。", "{u}捐赠防疫物资一批。"])
    return wrap(r, s.format(u=u)), "organisation name masked"


def g_field_cn(r):
    person_f = ["【姓名】", "〖姓名〗", "[姓名]", "【XX】", "【负责人】", "［姓名］"]
    unit_f = ["【单位名称】", "〖单位名称〗", "[单位名称]", "【此处填写单位全称】", "［单位］", "【××】"]
    t, fs = r.choice([("兹证明⟦{f}⟧同志系我单位在职职工。", person_f), ("⟦{f}⟧关于{yr}年度工作情况的报告", unit_f),
                      ("⟦{f}⟧：\n根据工作安排，现将有关事项通知如下。", unit_f), ("致⟦{f}⟧的感谢信", unit_f),
                      ("项目承担单位：⟦{f}⟧\n联系电话：⟦【联系电话】⟧", unit_f), ("补助金额：⟦{f}⟧元", ["〖金额〗", "【金额】", "[金额]"]),
                      ("项目名称：⟦{f}⟧\n项目地点：⟦[项目地点]⟧", ["【项目名称】", "〖项目名称〗"])])
    return wrap(r, t.format(f=r.choice(fs), yr=r.choice([2022, 2023, 2024])), pre=0, post=r.choice([0, 1])), "template field in Chinese/square brackets"


def g_field_curly(r):
    name_f = ["{name}", "{{name}}", "${name}", "{0}", "%s", "｛姓名｝", "{{ 姓名 }}", "{姓名}"]
    amt_f = ["{amount}", "{{amount}}", "%d", "{数量}", "${amount}", "{1}", "%.2f"]
    unit_f = ["{org}", "${org}", "{{org_name}}", "{单位名称}", "%(unit)s", "{{ 单位 }}"]
    t, fs = r.choice([("尊敬的⟦{f}⟧：您好！", name_f), ("截至目前，已完成投资⟦{f}⟧万元。", amt_f),
                      ("⟦{f}⟧同志在{yr}年度考核中被评为优秀等次。", name_f), ("现将⟦{f}⟧报送的材料转发给你们。", unit_f),
                      ("{pl}⟦{f}⟧项目负责人", ["${项目名称}", "{project}", "{{项目名称}}"]), ("共发放补贴⟦{f}⟧元。", amt_f)])
    return wrap(r, t.format(f=r.choice(fs), yr=r.choice([2022, 2023]), pl=place(r)), pre=r.choice([0, 1]), post=0), "mail-merge / programming template field"


def g_field_angle(r):
    p_f = ["«姓名»", "<<NAME>>", "<姓名>", "〈姓名〉", "«Name»"]
    u_f = ["<<单位>>", "<单位名称>", "〈单位〉", "«单位»"]
    m_f = ["«金额»", "<<金额>>", "＜填写金额＞"]
    t, fs = r.choice([("⟦{f}⟧同志：", p_f), ("邀请⟦{f}⟧出席表彰大会。", u_f), ("收件人：⟦{f}⟧\n地址：⟦«地址»⟧", p_f),
                      ("补助金额：⟦{f}⟧元", m_f), ("填报日期：⟦{f}⟧", ["＜填写日期＞", "<日期>", "«日期»"])])
    return wrap(r, t.format(f=r.choice(fs)), pre=r.choice([0, 1]), post=r.choice([0, 1])), "field in guillemets / angle brackets"


def g_mergefield(r):
    f = r.choice(["{ MERGEFIELD 姓名 }", "{ MERGEFIELD \"单位\" \\* MERGEFORMAT }", "«Next Record»", "«AddressBlock»",
                  "«GreetingLine»", "{ MERGEFIELD Name }", "{ FILLIN \"请输入日期\" }", "«下一记录»"])
    t = r.choice(["⟦{f}⟧\n{body}", "{body}⟦{f}⟧", "致：⟦{f}⟧\n{body}"])
    return t.format(f=f, body=filler(r, 1)), "word-processor merge field code left in text"


WP_PROMPTS = ["单击此处输入文字。", "单击或点击此处输入文字。", "点击此处输入日期。", "Click or tap here to enter text.",
              "[键入文档标题]", "[键入公司名称]", "在此处键入", "单击此处添加标题", "[Type the document title]",
              "单击或点击以输入日期。", "请输入正文", "[在此处键入副标题]"]


def g_wordproc(r):
    f = r.choice(WP_PROMPTS)
    t = r.choice(["⟦{f}⟧\n{body}", "{body}\n⟦{f}⟧", "报告单位：⟦{f}⟧\n{body}", "{body}完成时间：⟦{f}⟧"])
    return t.format(f=f, body=filler(r, r.choice([1, 2]))), "word-processor content-control prompt"


def g_instruction(r):
    f = r.choice(["（此处填写具体数据）", "（请在此处简要描述工作亮点，限300字以内）", "【待补充】", "（此处插入图片）",
                  "（请根据实际情况填写）", "（注：此段由各科室补充）", "【请填写完成率】", "（此处填写责任人姓名）",
                  "(请在此处填写)", "（填写具体措施）", "【数据待更新】"])
    t = r.choice(["全年共完成⟦{f}⟧。", "二、工作亮点\n⟦{f}⟧", "{body}⟦{f}⟧", "主要成效：⟦{f}⟧；存在问题：{body}"])
    return t.format(f=f, body=filler(r, 1)), "instruction left in a template"


def g_tbd(r):
    rows = []
    keys = ["责任单位", "责任人", "完成时限", "资金来源", "项目地点", "建设规模", "牵头领导", "联系电话"]
    r.shuffle(keys)
    nk = r.randint(3, 5)
    ntbd = r.randint(1, 2)
    tbd_pos = r.sample(range(nk), ntbd)
    vals = {"责任单位": org(r), "责任人": person(r), "完成时限": "%d年%d月底" % (r.choice([2023, 2024]), r.randint(1, 12)),
            "资金来源": "县级财政", "项目地点": place(r), "建设规模": "%d平方米" % r.randint(800, 9000),
            "牵头领导": person(r), "联系电话": "0%d-%d" % (r.randint(700, 799), r.randint(2000000, 8999999))}
    for i in range(nk):
        k = keys[i]
        v = "⟦" + r.choice(["待定", "待核实", "待确认", "待补充", "待填", "TBD", "TODO", "N/A", "TBA"]) + "⟧" if i in tbd_pos else vals[k]
        rows.append(k + "：" + v)
    sep = r.choice(["\n", "；", "  "])
    return "项目名称：" + r.choice(["污水管网延伸工程", "文化礼堂提升改造", "农贸市场改造", "应急避难场所建设"]) + sep + sep.join(rows), "TBD word standing as a field value"


def g_table(r):
    ch = r.choice(["xx", "XX", "××", "x", "＊＊", "xxx"])
    head = r.choice(["| 指标 | 目标值 | 完成值 | 完成率 |", "指标\t目标值\t完成值\t完成率", "序号 指标名称 计划 实际 完成率"])
    sep = "|" if head.startswith("|") else ("\t" if "\t" in head else " ")
    names = ["新增就业（人）", "招商引资（亿元）", "农村公路（公里）", "新建学校（所）", "植树造林（亩）", "老旧小区（个）"]
    r.shuffle(names)
    lines = [head]
    for i in range(r.randint(2, 4)):
        tgt = str(r.randint(20, 900))
        cells = [names[i], tgt, "⟦%s⟧" % ch if r.random() < 0.7 else str(r.randint(10, 800)),
                 "⟦%s⟧%%" % (ch if "." in ch else ch) if r.random() < 0.7 else "%.1f%%" % r.uniform(80, 120)]
        if sep == " ":
            cells = [str(i + 1)] + cells
        if sep == "|":
            lines.append("| " + " | ".join(cells) + " |")
        else:
            lines.append(sep.join(cells))
    if "⟦" not in "\n".join(lines[1:]):
        lines.append(("| " if sep == "|" else "") + (" | " if sep == "|" else sep).join(["合计", "—", "⟦%s⟧" % ch, "—"]) + (" |" if sep == "|" else ""))
    return filler(r, 1) + "\n" + "\n".join(lines), "masked cells in a table"


def g_heading(r):
    ch = r.choice(["XX", "xx", "××", "XXXX", "xxxx"])
    t = r.choice(["一、⟦{c}⟧工作开展情况", "（⟦{x}⟧）⟦{c}⟧", "⟦{x}.{x}⟧ 工作目标", "第⟦{x}⟧章 ⟦{c}⟧", "二、关于⟦{c}⟧的几点建议",
                  "（三）聚焦⟦{c}⟧，推动⟦{c}⟧提质增效"])
    h = t.format(c=ch, x=ch[0])
    return h + "\n" + filler(r, r.choice([1, 2])), "heading with masked title or number"


def g_list(r):
    ch = r.choice(["xx", "XX", "××", "xxx"])
    items = r.sample(["⟦{c}⟧村完成道路硬化⟦{c}⟧公里", "⟦{c}⟧社区新建养老服务站", "⟦{c}⟧企业完成技术改造",
                      "新建⟦{c}⟧小学教学楼", "改造⟦{c}⟧片区供水管网", "⟦{c}⟧镇建成农产品冷链仓储中心",
                      "⟦{c}⟧项目完成投资⟦{c}⟧万元"], r.randint(3, 4))
    mk = r.choice(["{i}. ", "（{i}）", "{i}、", "● ", "- "])
    lines = [mk.format(i=i + 1) + it.format(c=ch) + r.choice(["；", "。", ""]) for i, it in enumerate(items)]
    return r.choice(["今年重点推进以下工作：", "主要完成事项如下："]) + "\n" + "\n".join(lines), "masks in list items"


def g_repeated(r):
    ch = r.choice(["X", "x", "×", "＊", "○"])
    run = ch * r.randint(8, 20)
    t = r.choice(["⟦{run}⟧。", "其中，⟦{run}⟧；⟦{run2}⟧。", "二是⟦{run}⟧。", "主要做法：⟦{run}⟧"])
    return wrap(r, t.format(run=run, run2=ch * r.randint(6, 12)), pre=1, post=r.choice([0, 1])), "long run standing for a whole phrase"


def g_en_field(r):
    p_f = ["[Your Name]", "<Your Name>", "[Name]", "{{FIRST_NAME}}", "[Full Name]"]
    o_f = ["[Company Name]", "[Organization]", "<ORG NAME>", "[Department]"]
    t, fs = r.choice([("Prepared by: ⟦{f}⟧\n{body}", p_f), ("{body}\n报送单位：⟦{f}⟧", o_f), ("Dear ⟦{f}⟧,\n{body}", p_f),
                      ("合作方：⟦{f}⟧；签约日期：⟦[Insert Date]⟧", o_f), ("项目名称：⟦[Project Title]⟧；地点：⟦[City, Country]⟧{f}", [""]),
                      ("合同金额：⟦<INSERT AMOUNT>⟧元；甲方：⟦{f}⟧", o_f)])
    return t.format(f=r.choice(fs), body=filler(r, 1)), "English template field"


def g_dummy(r):
    f = r.choice(["Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Lorem ipsum dolor sit amet.",
                  "示例文字示例文字示例文字", "正文内容正文内容正文内容", "此处为正文此处为正文", "这里是示例文字，请替换。"])
    t = r.choice(["{h}\n⟦{f}⟧", "{h}\n{body}\n⟦{f}⟧", "⟦{f}⟧\n{body}"])
    return t.format(f=f, h=heading(r), body=filler(r, 1)), "dummy filler text left in a template"


def g_blank_form(r):
    u = r.choice(["＿", "_"])
    t = r.choice(["⟦{a}⟧年⟦{b}⟧月⟦{b}⟧日", "联系人：⟦{a}⟧  电话：⟦{a}⟧", "本次共发放补贴⟦{a}⟧万元，惠及⟦{a}⟧户。",
                  "申请人（签字）：⟦{a}⟧", "我单位现有在编人员⟦{b}⟧名。"])
    return wrap(r, t.format(a=u * r.randint(4, 10), b=u * r.randint(2, 4)), pre=r.choice([0, 1]), post=0), "fill-in blanks with underscores"


def g_age_birth(r):
    ch = r.choice(["x", "X", "×"])
    t = r.choice(["{p}，男，⟦{c}⟧岁，{pl}人。", "{p}，女，19⟦{c}⟧年⟦{c1}⟧月出生，中共党员。", "患者，⟦{c}⟧岁，既往体健。",
                  "该同志于20⟦{c}⟧年参加工作，现任{pl}副镇长。"])
    return wrap(r, t.format(p=person(r), c=ch * 2, c1=mrun(r, ch, 1, 2), pl=place(r)), pre=r.choice([0, 1])), "age / birth date masked in a bio line"


def g_quoted(r):
    ch = r.choice(["XX", "xx", "××", "xxxx"])
    t = r.choice(["着力打造“⟦{c}⟧之城”城市品牌。", "创新推出“⟦{c}⟧+”服务模式。", "深入开展“⟦{c}⟧行动”，取得明显成效。",
                  "全面叫响“⟦{c}⟧有礼”文明品牌。", "形成了“⟦{c}⟧经验”。"])
    return wrap(r, t.format(c=ch)), "masked slogan / brand inside quotes"


def g_ratio(r):
    ch = r.choice(["x", "X"])
    t = r.choice(["师生比为1:⟦{c}⟧。", "按⟦{c}:{c}⟧的比例配套资金。", "男女比例约为⟦{c}:{c1}⟧。"])
    t = t.replace("⟦{c}:{c}⟧", "⟦{c}:{c}⟧")
    return wrap(r, t.format(c=ch * r.randint(1, 2), c1=ch)), "ratio masked"


def g_pct_range(r):
    ch = r.choice(["x", "X"])
    t = r.choice(["预计增长⟦{c}⟧%—⟦{c}⟧%。", "比例控制在⟦{c}⟧%～⟦{c}⟧%之间。", "增幅在⟦{c}⟧%-⟦{c}⟧%左右。"])
    return wrap(r, t.format(c=ch * 2)), "percentage range with both ends masked"


def g_mixed_chars(r):
    pairs = ["xX", "Xx", "x×", "××x", "XXx"]
    m = r.choice(pairs)
    t = r.choice(["新增企业⟦{m}⟧家。", "完成投资⟦{m}⟧万元。", "覆盖⟦{m}⟧个行政村。"])
    return wrap(r, t.format(m=m)), "inconsistent mix of mask characters in one run"


def g_sig_block(r):
    ch = r.choice(["XXX", "xxx", "×××", "某某某"])
    lines = [filler(r, 1), "", "附件：1. {yr}年度工作台账".format(yr=r.choice([2023, 2024])), "", org(r),
             "联系人：⟦%s⟧" % ch, "联系电话：⟦%s⟧" % r.choice(["xxxxxxxx", "XXXXXXXXXXX", "138xxxxxxxx"])]
    s = "\n".join(lines).replace("⟦138xxxxxxxx⟧", "138⟦xxxxxxxx⟧")
    return s, "contact lines in a signature block"


# ---------------------------------------------------------------------------
# ph negatives (look-alikes; no span)
# ---------------------------------------------------------------------------
def n_1plusx(r):
    t = r.choice(["深入推进“1+X”证书制度试点，{n3}个专业的{n2}名学生取得职业技能等级证书。",
                  "学校积极探索1+X证书制度，将{kind}等级标准融入人才培养方案。",
                  "构建“7+X”社区服务体系，即7项基本服务加若干项特色服务。",
                  "推行“1+X”帮扶模式，由1名干部联系若干户困难群众。",
                  "全县职业院校共开设1+X证书试点项目{n3}个。"])
    return wrap(r, t.format(kind=r.choice(["Web前端开发", "工业机器人操作", "老年照护", "母婴护理"]), **nums(r))), "1+X / 7+X policy names"


def n_x86(r):
    t = r.choice(["完成政务云平台{n3}台x86服务器的国产化替代。", "采购ARM架构与x86架构服务器各{n3}台。",
                  "原有系统运行在x86_64平台上，迁移工作已于{mon}月完成。", "终端统一安装64位（x64）操作系统。"])
    return wrap(r, t.format(**nums(r))), "CPU architecture names x86 / x64"


def n_xray(r):
    t = r.choice(["为乡镇卫生院配备数字化X射线摄影系统（DR）{n3}台。", "新购置X光安检机{n3}台，用于车站安检。",
                  "开展X线胸片筛查{n2}人次。", "放射科新增一台X射线计算机断层扫描设备。"])
    return wrap(r, t.format(**nums(r))), "X-ray equipment"


def n_size(r):
    sizes = r.choice(["S、M、L、XL、XXL", "M、L、XL、XXL、XXXL", "L码{a}套、XL码{b}套、XXL码{c}套"])
    t = "为一线执勤人员统一采购冬季执勤服，尺码为" + sizes + "。"
    return wrap(r, t.format(a=r.randint(20, 90), b=r.randint(20, 90), c=r.randint(5, 40))), "clothing sizes XL / XXL"


def n_dims(r):
    t = r.choice(["制作{a}×{b}厘米宣传展板{n3}块。", "大屏分辨率为1920×1080。", "采用3×4的矩阵布局展示各项指标。",
                  "新建2×2车道沥青路面{d1}公里。", "每个摊位面积为{c}×{c}米。", "混凝土试块尺寸为150mm×150mm×150mm。",
                  "铺设DN{dn}×{w}钢管{n2}米。"])
    return wrap(r, t.format(a=r.choice([60, 80, 90, 120]), b=r.choice([90, 120, 180, 240]), c=r.choice([2, 3, 4]),
                            dn=r.choice([200, 300, 400]), w=r.choice([6, 8]), **nums(r))), "dimension / matrix multiplication sign"


def n_7x24(r):
    t = r.choice(["开通7×24小时政务服务热线，全年受理来电{n2}个。", "推行“5+2”“白+黑”工作制和7×24小时值班制度。",
                  "设立24小时自助服务区，提供7×24小时不打烊服务。", "实行5×8小时轮班制，确保窗口不断档。"])
    return wrap(r, t.format(**nums(r))), "7×24 service-hours formula"


def n_brand(r):
    t = r.choice(["局里为{n3}名驻村干部配备了平板电脑，旧的iPhone X手机已按规定报废处置。",
                  "官方账号在抖音、微博和X（原推特）平台同步发布英文宣传片。",
                  "参观了SpaceX公司的发射场介绍展板（翻译件）。",
                  "会议采用Xbox体感设备开展老年人康复游戏活动。",
                  "引进的Model X电动车充电桩已投入使用。"])
    return wrap(r, t.format(**nums(r))), "product / brand names containing X"


def n_formula(r):
    t = r.choice(["设年均增长率为x，则{a}(1+x)²={b}，解得x≈{p}%。", "拟合得到回归方程y = {k}x + {c}，相关系数R²=0.{rr}。",
                  "测算公式：人均指标 = 总量 ÷ 常住人口，其中x表示年度序号。", "当x＞0时，函数f(x)单调递增。"])
    return wrap(r, t.format(a=r.randint(100, 500), b=r.randint(500, 900), p="%.1f" % r.uniform(3, 12),
                            k="%.2f" % r.uniform(0.5, 3), c="%.1f" % r.uniform(1, 30), rr=r.randint(80, 99))), "variables in a formula"


def n_mou_words(r):
    t = r.choice(["某些村干部存在“等靠要”思想，必须切实加以纠正。", "在某种程度上，基层负担仍然较重。",
                  "不能因为某一环节出现问题就全盘否定。", "个别单位在某个阶段放松了要求。",
                  "某些领域的风险隐患仍不容忽视。", "在某些方面还存在短板。"])
    return wrap(r, t), "ordinary words 某些 / 某种 / 某一 / 某个"


def n_roman(r):
    t = r.choice(["全县地表水考核断面水质均达到Ⅲ类及以上标准。", "确诊Ⅱ型糖尿病患者纳入规范化管理{n2}人。",
                  "第Ⅳ标段主体工程已完工。", "区域内Ⅰ级保护林地{n2}亩。", "应急响应级别由IV级调整为III级。",
                  "参加第XVI届国际园艺博览会（中文译名）并获奖项{n3}个。"])
    return wrap(r, t.format(**nums(r))), "roman numerals"


def n_chem(r):
    t = r.choice(["全年氮氧化物（NOx）排放量下降{p1}%。", "二氧化硫（SO₂）、NOx、VOCs等主要污染物排放量持续削减。",
                  "CO₂排放强度较上年下降{p1}%。", "出水氨氮（NH₃-N）浓度稳定低于1.5mg/L。",
                  "对燃煤锅炉实施SOx与NOx协同治理。"])
    return wrap(r, t.format(**nums(r))), "chemical formulas (NOx, SOx)"


def n_mou_meta(r):
    t = r.choice(["公开裁判文书时，应将当事人姓名处理为“张某”“李某某”等形式。",
                  "按照规定，典型案例中的个人姓名统一以“某某”代替，身份证号只保留前六位。",
                  "培训中讲解了脱敏规则：姓名用“某”字替代，手机号中间四位以“*”号遮盖。",
                  "请注意，文稿中不得出现“XX”“××”等未替换的占位符。",
                  "“某某”是汉语中常用的代称，用于指代不便说明的人或事物。"])
    return wrap(r, t, pre=r.choice([0, 1]), post=0), "anonymisation rules discussed, masks quoted"


def n_math_lesson(r):
    t = r.choice(["教学目标：会解形如ax+b=c的一元一次方程。例题：2x+3=11，求x。",
                  "课堂练习：口算3×4、5×6，学生口答正确率达{p2}%。",
                  "本节课重点讲解乘法口诀，如7×8=56、6×9=54。",
                  "板书设计：x²+2x+1=(x+1)²。", "作业：化简(x−y)²−(x+y)²。"])
    return wrap(r, t.format(**nums(r)), pre=0, post=0), "maths in a teaching plan"


def n_code(r):
    t = r.choice(["培训示例代码：print(f\"欢迎你，{name}\")，运行结果会替换为实际姓名。",
                  "C语言中可以写 printf(\"%s\", str); 输出字符串。",
                  "Python循环写法：for x in range(10): total += x",
                  "配置文件中写 path=${HOME}/data，启动时由系统自动展开。",
                  "SQL示例：SELECT * FROM users WHERE id = 1;"])
    return wrap(r, t, pre=r.choice([0, 1]), post=0), "code sample in an IT training text"


def n_pinyin_x(r):
    t = r.choice(["{nm}县（{py}）对外宣传册已印制英文版。", "项目英文名称为Smart Xiangcun Platform。",
                  "参加在Xiamen举办的国际投资贸易洽谈会。", "使用Excel和Linux系统完成数据处理。",
                  "开展Expo主题外语角活动{n3}场。"])
    return wrap(r, t.format(nm=r.choice(["溪", "霞", "萧"]) + r.choice(P2), py=r.choice(["Xichuan County", "Xiatang County", "Xiaoling County"]), **nums(r))), "words containing x / X (pinyin, English)"


def n_checkbox(r):
    t = r.choice(["是否为党员：□是 □否", "办理方式：□现场办理 □网上办理 □邮寄", "■ 重点工作推进情况\n{body}",
                  "○ 已完成  ● 进行中", "△T表示温差，△P表示压差。", "审核意见：□同意 □不同意"])
    return t.format(body=filler(r, 1)) + ("\n" + filler(r, 1) if r.random() < 0.5 else ""), "check boxes, bullets, delta sign"


def n_zero(r):
    yr = r.choice(["二〇二三年", "二〇二四年", "二○二三年", "二〇二二年"])
    mon = r.choice(["一月", "六月", "十二月", "十月"])
    t = r.choice(["{org}\n{yr}{mon}{d}日", "本报告完成于{yr}{mon}。", "（{yr}{mon}{d}日{org}第{c}次常务会议通过）"])
    return filler(r, 1) + "\n" + t.format(org=org(r), yr=yr, mon=mon, d=r.choice(["三", "十五", "二十", "八"]),
                                         c=r.choice(["三", "十", "二十"])), "Chinese zero 〇 / ○ inside a real date"


def n_stars(r):
    t = r.choice(["带“*”号的为必填项。", "全县现有五星级（★★★★★）农家乐{n3}家。", "注：*表示数据为快报数。",
                  "表中带＊的指标为约束性指标。", "评定为★★★级文明家庭{n2}户。"])
    return wrap(r, t.format(**nums(r)), pre=r.choice([0, 1]), post=0), "asterisk / star used as marker or rating"


def n_tbd_words(r):
    t = r.choice(["数学组开展“待定系数法”专题教研活动。", "对于待核实的问题线索，纪检组逐一建立台账跟踪办理。",
                  "部分待确认的参保信息已通过短信提醒本人核对。", "建立待补充材料一次性告知制度，减少群众跑腿。",
                  "对待填报的统计数据实行专人审核。"])
    return wrap(r, t), "待定 / 待核实 inside running text"


def n_underscore(r):
    t = r.choice(["数据表字段包括user_name、org_code和create_time。", "文件命名规范：单位简称_年度_材料名称.docx。",
                  "请将照片命名为“姓名_身份证后四位.jpg”后上传。", "变量max_value用于存储最大值。"])
    return wrap(r, t, pre=r.choice([0, 1]), post=0), "underscores in identifiers / file names"


def n_biology(r):
    t = r.choice(["生物课讲解了X染色体与Y染色体的遗传规律。", "坐标系中X轴表示年份，Y轴表示产值。",
                  "研究发现该病属于X连锁隐性遗传。", "图中X、Y两个方向的位移分别为{a}米和{b}米。"])
    return wrap(r, t.format(a=r.randint(2, 20), b=r.randint(2, 20)), pre=r.choice([0, 1]), post=0), "X / Y as names in science"


def n_clean(r):
    return heading(r) + "\n" + filler(r, r.randint(2, 4)), "clean report paragraph"


def n_multiply_calc(r):
    a, b = r.randint(12, 90), r.randint(3, 12)
    t = r.choice(["按每人每月{a}元标准发放，共计{a}×{b}×{c}={t}元。", "单价{a}元×数量{b}件，合计{t2}元。",
                  "测算依据：{b}个乡镇×{a}万元/个。"])
    c = r.randint(10, 99)
    return wrap(r, t.format(a=a, b=b, c=c, t=a * b * c, t2=a * b)), "multiplication sign in a real calculation"


# ---------------------------------------------------------------------------
# mj machinery
# ---------------------------------------------------------------------------
def try_damage(clean, recipe):
    """recipe = forward chain; a trailing '=' marks it lossy (CLEAN appended).
    Returns (lead, span, trail, full_recipe) or None."""
    lossy = recipe.endswith("=")
    chain = recipe[:-1] if lossy else recipe
    try:
        d = fwd(chain, clean)
    except Exception:  # noqa
        return None
    return finish_damage(clean, d, chain, lossy)


def finish_damage(clean, d, chain, lossy, allow_same_end=False):
    if d == clean:
        return None
    i = 0
    while i < min(len(clean), len(d)) and clean[i] == d[i] and ord(clean[i]) < 128:
        i += 1
    j = 0
    while j < min(len(clean), len(d)) - i and clean[-1 - j] == d[-1 - j] and ord(clean[-1 - j]) < 128:
        j += 1
    c2, d2 = clean[i:len(clean) - j], d[i:len(d) - j]
    if not c2 or not d2:
        return None
    if not allow_same_end and (d2[0] == c2[0] or d2[-1] == c2[-1]):
        return None
    if d2[0].isspace() or d2[-1].isspace() or d2[0] in "\x00" or "\n" in d2 or "\r" in d2:
        return None
    rec = chain + "=" + c2 if lossy else chain
    if lossy and ("|" in c2 or "]" in c2):
        return None
    if check_recipe(rec, d2) is not None:
        return None
    return clean[:i], d2, clean[len(clean) - j:], rec


def dm_codec(recipe):
    return lambda c, r: try_damage(c, recipe)


def dm_escape(kind):
    def f(c, r):
        if kind == "esc":
            d = "".join("\\u%04x" % ord(ch) if ord(ch) > 127 else ch for ch in c)
        elif kind == "escU":
            d = "".join("\\u%04X" % ord(ch) if ord(ch) > 127 else ch for ch in c)
        elif kind == "besc":
            if any(ord(ch) < 128 for ch in c):
                return None
            d = "".join("\\x%02x" % b for b in c.encode("utf-8"))
        elif kind == "ent_dec":
            if any(ord(ch) < 128 for ch in c):
                return None
            d = "".join("&#%d;" % ord(ch) for ch in c)
        elif kind == "ent_hex":
            if any(ord(ch) < 128 for ch in c):
                return None
            d = "".join("&#x%X;" % ord(ch) for ch in c)
        else:
            raise ValueError(kind)
        return finish_damage(c, d, "esc" if kind in ("esc", "escU") else ("besc" if kind == "besc" else "ent"), False)
    return f


def dm_mime(c, r):
    if any(ord(ch) < 128 for ch in c):
        return None
    v = r.randrange(4)
    if v == 0:
        d = "=?UTF-8?B?" + base64.b64encode(c.encode("utf-8")).decode() + "?="
    elif v == 1:
        try:
            d = "=?GB2312?B?" + base64.b64encode(c.encode("gb2312")).decode() + "?="
        except UnicodeEncodeError:
            return None
    elif v == 2:
        d = "=?utf-8?Q?" + "".join("=%02X" % b for b in c.encode("utf-8")) + "?="
    else:
        d = "=?gbk?B?" + base64.b64encode(c.encode("gbk")).decode() + "?="
    return finish_damage(c, d, "mime", False)


def _nfkc_maps():
    kx, cp = {}, {}
    for o in range(0x2F00, 0x2FD6):
        t = unicodedata.normalize("NFKC", chr(o))
        kx.setdefault(t, chr(o))
    for o in range(0xF900, 0xFADA):
        t = unicodedata.normalize("NFKC", chr(o))
        if t != chr(o):
            cp.setdefault(t, chr(o))
    return kx, cp


KANGXI, COMPAT = _nfkc_maps()


def dm_nfkc(which):
    mp = KANGXI if which == "kx" else COMPAT

    def f(c, r):
        pos = [i for i, ch in enumerate(c) if ch in mp]
        if not pos:
            return None
        chosen = pos if r.random() < 0.6 else r.sample(pos, 1)
        d = "".join(mp[ch] if i in chosen else ch for i, ch in enumerate(c))
        return finish_damage(c, d, "nfkc", False, allow_same_end=True)
    return f


def sents(r, k):
    return [FILLERS[i].format(**nums(r)) for i in r.sample(range(len(FILLERS)), k)]


def u_word(dm, k=(2, 4), head=0.3, minlen=2, maxlen=5):
    def g(r):
        ss = sents(r, r.randint(*k))
        j = r.randrange(len(ss))
        s = ss[j]
        occ = []
        for w in WORDS:
            if minlen <= len(w) <= maxlen:
                for m in re.finditer(re.escape(w), s):
                    occ.append((m.start(), w))
        if not occ:
            return None
        pos, w = r.choice(occ)
        res = dm(w, r)
        if not res:
            return None
        lead, d, trail, rec = res
        pre = (heading(r) + "\n") if r.random() < head else ""
        return [(pre + "".join(ss[:j]) + s[:pos] + lead, None), (d, rec), (trail + s[pos + len(w):] + "".join(ss[j + 1:]), None)]
    return g


def u_clause(dm, maxlen=40):
    def g(r):
        ss = sents(r, r.randint(2, 3))
        j = r.randrange(len(ss))
        parts = re.split(r"([，；：、。])", ss[j])
        cand = [i for i, p in enumerate(parts) if len(p) >= 4 and len(p) <= maxlen and p not in "，；：、。"]
        if not cand:
            return None
        i = r.choice(cand)
        res = dm(parts[i], r)
        if not res:
            return None
        lead, d, trail, rec = res
        return [("".join(ss[:j]) + "".join(parts[:i]) + lead, None), (d, rec),
                (trail + "".join(parts[i + 1:]) + "".join(ss[j + 1:]), None)]
    return g


def u_sentence(dm):
    def g(r):
        ss = sents(r, r.randint(2, 4))
        j = r.randrange(len(ss))
        res = dm(ss[j], r)
        if not res:
            return None
        lead, d, trail, rec = res
        return [("".join(ss[:j]) + lead, None), (d, rec), (trail + "".join(ss[j + 1:]), None)]
    return g


def u_heading(dm):
    def g(r):
        h = heading(r)
        res = dm(h, r)
        if not res:
            return None
        lead, d, trail, rec = res
        return [(lead, None), (d, rec), (trail + "\n" + filler(r, r.randint(1, 3)), None)]
    return g


def u_para(dm, k=(2, 3)):
    def g(r):
        body = filler(r, r.randint(*k))
        res = dm(body, r)
        if not res:
            return None
        lead, d, trail, rec = res
        return [(heading(r) + "\n" + lead, None), (d, rec), (trail + ("\n" + filler(r, 1) if r.random() < 0.4 else ""), None)]
    return g


TBL_NAMES = ["农村饮水安全巩固提升", "城区污水管网改造", "中心卫生院迁建", "乡村振兴示范带", "文化礼堂建设",
             "农贸市场提质改造", "应急物资储备库", "智慧社区平台", "城乡公交一体化", "全民健身中心"]
TBL_UNITS = ["县水利局", "县住建局", "县卫健局", "县农业农村局", "县文广旅局", "县商务局", "县应急局", "县数据局",
             "县交通运输局", "县体育中心"]
TBL_STAT = ["已完工", "主体完工", "正在施工", "前期准备", "已投入使用", "完成招标", "完成设计"]


def table_cells(r):
    n = r.randint(3, 5)
    idx = r.sample(range(len(TBL_NAMES)), n)
    rows = [["序号", "项目名称", "责任单位", "进展情况", "投资（万元）"]]
    for k, i in enumerate(idx):
        rows.append([str(k + 1), TBL_NAMES[i], TBL_UNITS[i], r.choice(TBL_STAT), str(r.randint(80, 9800))])
    return rows


def u_cell(dm, whole_row=False):
    def g(r):
        rows = table_cells(r)
        sep = r.choice(["|", "\t", "  "])
        ri = r.randrange(0 if not whole_row else 1, len(rows))
        ci = r.choice([1, 2, 3]) if not whole_row else None
        out = []
        pre = filler(r, 1) + "\n"
        segs = [(pre, None)]
        for a, row in enumerate(rows):
            line_cells = row
            if sep == "|":
                joiner, lp, rp = " | ", "| ", " |"
            else:
                joiner, lp, rp = sep, "", ""
            if a != ri:
                segs.append((lp + joiner.join(line_cells) + rp + "\n", None))
                continue
            if whole_row:
                clean = joiner.join(line_cells[1:4])
                res = dm(clean, r)
                if not res:
                    return None
                lead, d, trail, rec = res
                segs += [(lp + line_cells[0] + joiner + lead, None), (d, rec), (trail + joiner + line_cells[4] + rp + "\n", None)]
            else:
                res = dm(line_cells[ci], r)
                if not res:
                    return None
                lead, d, trail, rec = res
                segs += [(lp + joiner.join(line_cells[:ci]) + joiner + lead, None), (d, rec),
                         (trail + joiner + joiner.join(line_cells[ci + 1:]) + rp + "\n", None)]
        segs[-1] = (segs[-1][0].rstrip("\n"), segs[-1][1]) if segs[-1][1] is None else segs[-1]
        return segs
    return g


def u_multi(dm, n=(2, 3)):
    """several words in different sentences damaged the same way."""
    def g(r):
        ss = sents(r, r.randint(3, 5))
        k = min(r.randint(*n), len(ss))
        which = sorted(r.sample(range(len(ss)), k))
        segs = []
        for j, s in enumerate(ss):
            if j not in which:
                segs.append((s, None))
                continue
            occ = [(m.start(), w) for w in WORDS for m in re.finditer(re.escape(w), s)]
            if not occ:
                return None
            pos, w = r.choice(occ)
            res = dm(w, r)
            if not res:
                return None
            lead, d, trail, rec = res
            segs += [(s[:pos] + lead, None), (d, rec), (trail + s[pos + len(w):], None)]
        return segs
    return g


def retry(unit_g, tries=500):
    def g(r):
        for _ in range(tries):
            segs = unit_g(r)
            if segs:
                return segs
        raise RuntimeError("could not build record")
    return g


def _is_cjk(ch):
    return 0x4E00 <= ord(ch) <= 0x9FFF


def g_lost_chars(step):
    """each lost CJK character becomes ? / U+FFFD; sometimes two adjacent ones."""
    def g(r):
        ss = sents(r, r.randint(2, 4))
        text = "".join(ss)
        cand = [i for i, ch in enumerate(text) if _is_cjk(ch)]
        k = r.randint(1, 4)
        picks = sorted(r.sample(cand, min(k, len(cand))))
        if r.random() < 0.3:  # a pair of adjacent lost characters (one merged span)
            p = r.choice(picks)
            if p + 1 < len(text) and _is_cjk(text[p + 1]) and p + 1 not in picks:
                picks = sorted(picks + [p + 1])
        # group adjacent
        groups = []
        for p in picks:
            if groups and groups[-1][1] == p:
                groups[-1][1] = p + 1
            else:
                groups.append([p, p + 1])
        segs, last = [], 0
        for a, b in groups:
            clean = text[a:b]
            segs += [(text[last:a], None), (fwd(step, clean), step + "=" + clean)]
            last = b
        segs.append((text[last:], None))
        return segs
    return g


RARE_GIVEN = ["喆", "堃", "玥", "珺", "镕", "昇", "赟", "彧", "琤", "祎", "瑄", "璟", "昉", "旻", "晞", "翀", "婧", "犇", "垚", "燊"]


def g_rare_name(r):
    rare = [c for c in RARE_GIVEN if not _enc_ok(c, "gb2312")]
    segs = [(filler(r, r.choice([0, 1])), None)]
    for k in range(r.randint(1, 2)):
        sur = r.choice(SURN)
        ch = r.choice(rare)
        post = r.choice("明华军") if r.random() < 0.3 else ""
        t = r.choice(["{a}同志任{p}党委副书记，", "经民主推荐，{a}同志当选村委会主任，", "{a}荣获“{p}优秀教师”称号，",
                      "由{a}负责牵头推进，"])
        a, b = t.split("{a}")
        segs += [(a + sur, None), ("?", "gb2312!r>gb2312=" + ch), (post + b.format(p=place(r)), None)]
    segs.append((r.choice(["任期内表现突出。", "群众评价良好。", "特此公示。"]), None))
    return segs


def _enc_ok(s, enc):
    try:
        s.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


EMOJI = ["👍", "🎉", "💪", "🌟", "🔥", "📢", "👏", "❤", "🏆", "🌾", "😊", "✨"]


def g_emoji_lost(r):
    t = r.choice(["公众号推文《{p}：丰收节里晒丰收{e}》阅读量突破{n}。", "网友留言：“为家乡点赞{e}”。",
                  "短视频标题为“我们的村晚来啦{e}”，播放量{n}次。", "活动海报写着“全民健身 一起来{e}”。",
                  "评论区高赞留言“{e}基层干部辛苦了”。"])
    e = r.choice(EMOJI) * r.choice([1, 1, 2]) if r.random() < 0.7 else r.choice(EMOJI) + r.choice(EMOJI)
    kw = dict(p=place(r), n=r.randint(2000, 90000))
    a, b = t.split("{e}")
    return [(filler(r, r.choice([0, 1])) + a.format(**kw), None), ("?" * len(e), "gbk!r>gbk=" + e),
            (b.format(**kw) + filler(r, r.choice([0, 1])), None)]


PUNCT_SENT = [
    "坚持以“{x}”为抓手，推动各项工作提质增效。", "深入开展“{x}”专项行动，取得阶段性成效。",
    "牢固树立“绿水青山就是金山银山”的发展理念。", "全面推行“一窗受理、集成服务”——群众办事更加便捷。",
    "扎实推进教育、医疗、养老……各项民生实事。", "维吾尔族干部阿卜杜·热合曼同志被评为先进个人。",
    "构建‘网格+’治理模式，实现小事不出村。", "围绕“{x}”目标——{yr}年底前全面完成。",
]
ENT_NAMED = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "—": "&mdash;", "…": "&hellip;",
             "·": "&middot;", "×": "&times;"}


def _ent_for(ch, r, double=False):
    v = r.randrange(3)
    e = ENT_NAMED[ch] if v == 0 else ("&#%d;" % ord(ch) if v == 1 else "&#x%X;" % ord(ch))
    if double:
        e = e.replace("&", "&amp;", 1)
    return e


def g_ent_punct(double):
    def g(r):
        t = r.choice(PUNCT_SENT).format(x=r.choice(["一网通办", "三治融合", "百千万工程", "放管服", "最多跑一次"]),
                                        yr=r.choice([2024, 2025]))
        body = filler(r, r.choice([0, 1])) + t + filler(r, r.choice([0, 1]))
        segs = []
        buf = ""
        i = 0
        while i < len(body):
            ch = body[i]
            if ch in ENT_NAMED:
                j = i
                while j < len(body) and body[j] == ch and ch in "—…":
                    j += 1
                j = max(j, i + 1)
                run = body[i:j]
                if buf:
                    segs.append((buf, None))
                    buf = ""
                same = r.random() < 0.7
                e0 = _ent_for(ch, r, double)
                sp = "".join(e0 if same else _ent_for(ch, r, double) for _ in run)
                segs.append((sp, "ent2" if double else "ent"))
                i = j
            else:
                buf += ch
                i += 1
        if buf:
            segs.append((buf, None))
        return segs
    return g


def g_ent_indent(r):
    ind = r.choice(["&nbsp;" * 4, "&nbsp;" * 2, "&emsp;&emsp;", "&#12288;&#12288;", "&nbsp; &nbsp; ", "&ensp;&ensp;", "&#160;&#160;"])
    ind = ind.strip()
    segs = []
    k = r.randint(1, 3)
    for i in range(k):
        if i:
            segs.append(("\n", None))
        segs += [(ind, "del:ent"), (filler(r, r.randint(1, 2)), None)]
    if r.random() < 0.3:
        segs.insert(0, (heading(r) + "\n", None))
    return segs


def _tag(r):
    return r.choice(["<p>", "</p>", "<br>", "<br/>", "<br />", "<strong>", "</strong>", "<span style=\"font-size:16px;\">",
                     "</span>", "<p class=\"MsoNormal\">", "<div>", "</div>", "<b>", "</b>", "<td>", "</td>",
                     "<span lang=\"EN-US\">", "<p align=\"center\">", "<font face=\"仿宋\">", "</font>"])


def g_tags(r):
    ss = sents(r, r.randint(2, 4))
    segs = []
    mode = r.randrange(3)
    if mode == 0:  # wrapped paragraph
        segs = [("<p>", "del:tag"), ("".join(ss), None), ("</p>", "del:tag")]
    elif mode == 1:  # bold lead-in, as in 一是……
        first = r.choice(["一是", "二是", "三是", "（一）", "重点工作："])
        segs = [("<strong>", "del:tag"), (first, None), ("</strong>", "del:tag"), ("".join(ss), None)]
    else:  # tags between sentences
        for i, s in enumerate(ss):
            segs.append((s, None))
            if i < len(ss) - 1 and r.random() < 0.7:
                segs.append((_tag(r), "del:tag"))
        if not any(x[1] for x in segs):
            segs.insert(1, ("<br/>", "del:tag"))
    return segs


def g_tag_broken(r):
    ss = sents(r, r.randint(2, 4))
    frags = ["/strong>", "/p>", "<spa", "strong>", "nbsp;", "&nbsp", "/span>", "<br", "amp;", "quot;", "#160;", "p>", "/font>", "&#12288"]
    segs = []
    k = r.randint(1, 2)
    where = sorted(r.sample(range(len(ss)), min(k, len(ss))))
    for i, s in enumerate(ss):
        if i in where:
            cut = r.randint(2, max(2, len(s) - 3))
            if s[cut - 1].isascii() or s[cut].isascii():
                cut = len(s)
            segs += [(s[:cut], None), (r.choice(frags), "del:brk"), (s[cut:], None)]
        else:
            segs.append((s, None))
    return segs


WORD_JUNK = ["<o:p></o:p>", "<!--[if !supportLists]-->", "<!--[endif]-->", "mso-spacerun:yes",
             "/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格;mso-tstyle-rowband-size:0;}",
             "<span style=\"mso-bidi-font-size:10.5pt;font-family:仿宋_GB2312\">", "style=\"mso-char-indent-count:2.0\"",
             "<w:WordDocument><w:View>Normal</w:View></w:WordDocument>", "font-family:宋体;mso-ascii-font-family:Calibri;",
             "<div class=\"WordSection1\">"]


def g_word_css(r):
    ss = sents(r, r.randint(2, 3))
    junk = r.choice(WORD_JUNK)
    pos = r.randrange(3)
    if pos == 0:
        return [(junk, "del:word"), (("\n" if r.random() < 0.5 else "") + "".join(ss), None)]
    if pos == 1:
        return [("".join(ss[:1]), None), (junk, "del:word"), ("".join(ss[1:]), None)]
    return [("".join(ss), None), (junk, "del:word")]


def _inside_word_inserts(r, chars, kind, k=(1, 3), run=(1, 1)):
    ss = sents(r, r.randint(2, 3))
    text = "".join(ss)
    cand = [i for i in range(1, len(text)) if _is_cjk(text[i - 1]) and _is_cjk(text[i])]
    picks = sorted(r.sample(cand, min(r.randint(*k), len(cand))))
    segs, last = [], 0
    for p in picks:
        ins = "".join(r.choice(chars) for _ in range(r.randint(*run)))
        segs += [(text[last:p], None), (ins, kind)]
        last = p
    segs.append((text[last:], None))
    return segs


def g_zw(r):
    return _inside_word_inserts(r, "\u200b\u200b\u200b\u200c\u200d\u2060", "del:zw", (1, 4), (1, 2))


def g_bidi(r):
    return _inside_word_inserts(r, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", "del:zw", (1, 3), (1, 2))


def g_shy(r):
    return _inside_word_inserts(r, "\u00ad\ufffc\u2061\u2062\u180e", "del:zw", (1, 3), (1, 1))


def g_ctl(r):
    return _inside_word_inserts(r, "\x01\x02\x03\x07\x08\x0e\x10\x13\x1a\x1b\x7f\x00", "del:ctl", (1, 3), (1, 2))


def g_bom(r):
    v = r.randrange(3)
    if v == 0:
        return [("\ufeff", "del:bom"), (heading(r) + "\n" + filler(r, 2), None)]
    if v == 1:
        return [("ï»¿", "del:bom"), (heading(r) + "\n" + filler(r, r.randint(1, 2)), None)]
    return [(filler(r, r.randint(1, 2)) + "\n", None), ("\ufeff" if r.random() < 0.6 else "ï»¿", "del:bom"),
            (heading(r) + "\n" + filler(r, 1), None)]


def g_esc_nl(r):
    ss = sents(r, r.randint(3, 5))
    segs = [(heading(r), None)] if r.random() < 0.5 else []
    if segs:
        segs.append((r.choice(["\\n", "\\r\\n", "\\n\\n"]), "esc"))
    for i, s in enumerate(ss):
        segs.append((s, None))
        if i < len(ss) - 1 and r.random() < 0.6:
            segs.append((r.choice(["\\n", "\\n\\n", "\\r\\n", "\\t", "\\n\\t"]), "esc"))
    if not any(x[1] for x in segs):
        segs.insert(1, ("\\n", "esc"))
    return segs


PY = {"鎮": "zhèn", "堅": "jiān", "項": "xiàng", "設": "shè", "為": "wéi", "動": "dòng", "經": "jīng", "濟": "jì",
      "會": "huì", "發": "fā", "穩": "wěn", "進": "jìn", "縣": "xiàn", "領": "lǐng", "導": "dǎo", "顯": "xiǎn",
      "續": "xù", "開": "kāi", "農": "nóng", "環": "huán", "鄉": "xiāng", "煥": "huàn", "積": "jī", "極": "jí",
      "實": "shí", "業": "yè", "優": "yōu", "醫": "yī", "療": "liáo", "衛": "wèi", "務": "wù", "體": "tǐ",
      "眾": "zhòng", "紮": "zā", "專": "zhuān", "較": "jiào", "產": "chǎn", "強": "qiáng", "層": "céng",
      "黨": "dǎng", "組": "zǔ", "織": "zhī", "揮": "huī", "員": "yuán", "鋒": "fēng", "範": "fàn", "現": "xiàn",
      "將": "jiāng", "關": "guān", "報": "bào", "營": "yíng", "場": "chǎng", "統": "tǒng", "籌": "chóu",
      "災": "zāi", "處": "chù", "擴": "kuò", "們": "men", "繼": "jì", "圍": "wéi", "繞": "rào", "臺": "tái",
      "舉": "jǔ", "辦": "bàn", "類": "lèi", "訓": "xùn", "參": "cān", "達": "dá", "圓": "yuán", "滿": "mǎn",
      "標": "biāo", "綜": "zōng", "評": "píng", "區": "qū", "劃": "huà", "規": "guī", "護": "hù", "綠": "lǜ",
      "態": "tài", "資": "zī", "續": "xù", "時": "shí", "聯": "lián", "網": "wǎng", "書": "shū", "記": "jì"}

TRAD = [
    "全鎮堅持以項目建設為抓手，推動經濟社會發展穩中有進。",
    "在縣委、縣政府的堅強領導下，各項工作取得明顯成效。",
    "持續開展農村人居環境整治，鄉村面貌煥然一新。",
    "積極落實就業優先政策，全年新增城鎮就業{n}人。",
    "進一步完善醫療衛生服務體系，群眾就醫更加便利。",
    "紮實推進安全生產專項整治，全年未發生較大以上事故。",
    "加強基層黨組織建設，充分發揮黨員先鋒模範作用。",
    "現將有關情況報告如下。",
    "深入開展營商環境優化提升行動，市場主體活力持續增強。",
    "統籌做好防汛救災和經濟社會發展工作。",
    "完成農田水利設施改造{m}處，有效灌溉面積進一步擴大。",
    "下一步，我們將繼續圍繞中心、服務大局，推動各項工作再上新臺階。",
    "全年共舉辦各類培訓班{m}期，參訓人員達{n}人次。",
    "圓滿完成年度目標任務，綜合考評位居全區前列。",
    "編制完成村莊規劃{m}個，生態環境保護持續加強。",
    "村黨支部書記帶頭聯繫困難群眾，網格服務實現全覆蓋。",
]


def trad_text(r, k):
    idx = r.sample(range(len(TRAD)), k)
    return "".join(TRAD[i].format(n=r.randint(120, 3000), m=r.randint(3, 60)) for i in idx)


def g_pinyin(r):
    text = trad_text(r, r.randint(2, 4))
    fw = r.random() < 0.15
    p_ann = r.choice([0.5, 0.8, 1.0])
    segs, buf = [], ""
    lost_done = r.random() >= 0.25
    for i, ch in enumerate(text):
        if ch in PY and r.random() < p_ann:
            buf += ch
            segs.append((buf, None))
            buf = ""
            segs.append((("（%s）" if fw else "(%s)") % PY[ch], "del:py"))
        elif not lost_done and _is_cjk(ch) and ch not in PY and buf:
            segs.append((buf, None))
            buf = ""
            segs.append(("?", "qmark=" + ch))
            lost_done = True
        else:
            buf += ch
    if buf:
        segs.append((buf, None))
    if not any(x[1] for x in segs):
        return None
    return segs


def g_mixed(r):
    """a paragraph with two or three different kinds of damage."""
    kinds = r.sample(["codec", "tag", "zw", "ent", "lost", "nfkc"], r.randint(2, 3))
    ss = sents(r, max(3, len(kinds) + 1))
    segs = []
    for j, s in enumerate(ss):
        kind = kinds[j] if j < len(kinds) else None
        if kind is None:
            segs.append((s, None))
            continue
        if kind in ("codec", "nfkc"):
            dm = dm_codec(r.choice(["utf-8>gbk", "utf-8>w1252", "gbk>latin-1"])) if kind == "codec" else dm_nfkc("kx")
            occ = [(m.start(), w) for w in WORDS for m in re.finditer(re.escape(w), s)]
            r.shuffle(occ)
            for pos, w in occ:
                res = dm(w, r)
                if res:
                    lead, d, trail, rec = res
                    segs += [(s[:pos] + lead, None), (d, rec), (trail + s[pos + len(w):], None)]
                    break
            else:
                return None
        elif kind == "tag":
            segs += [(s, None), (_tag(r), "del:tag")]
        elif kind == "zw":
            p = r.choice([i for i in range(1, len(s)) if _is_cjk(s[i - 1]) and _is_cjk(s[i])])
            segs += [(s[:p], None), (r.choice(["\u200b", "\u200c", "\u2060"]), "del:zw"), (s[p:], None)]
        elif kind == "ent":
            segs += [("&nbsp;&nbsp;", "del:ent"), (s, None)]
        elif kind == "lost":
            p = r.choice([i for i, ch in enumerate(s) if _is_cjk(ch) and i > 0])
            segs += [(s[:p], None), ("?", "qmark=" + s[p]), (s[p + 1:], None)]
    return segs


# ---------------------------------------------------------------------------
# mj negatives (real text that only looks unusual)
# ---------------------------------------------------------------------------
def _neg(r, core, pre=None, post=None):
    if pre is None:
        pre = r.choice([0, 1])
    if post is None:
        post = r.choice([0, 0, 1])
    return filler(r, pre) + core + filler(r, post)


def m_russian(r):
    t = r.choice(["俄方合作伙伴在致辞中说：“Спасибо за тёплый приём!”（感谢热情接待）。",
                  "对俄出口的农产品包装上印有“Сделано в Китае”字样。",
                  "中俄双语路牌“Улица {a}”已在口岸片区安装完毕。",
                  "俄罗斯{city}市代表团（делегация города {cityru}）来我县考察。"])
    return _neg(r, t.format(a=r.choice(["Дружбы", "Мира", "Садовая"]), city=r.choice(["喀山", "伊尔库茨克"]),
                            cityru=r.choice(["Казань", "Иркутск"]))), "quoted Russian"


def m_japanese(r):
    t = r.choice(["日本友好城市代表在签约仪式上表示“よろしくお願いします”。",
                  "展会上日方企业展板写着「スマート農業で未来をつくる」。",
                  "引进的日本设备说明书标有“取扱説明書”和“注意事項”字样。",
                  "交流团参观了当地的「道の駅」（公路休息站）。"])
    return _neg(r, t), "quoted Japanese"


def m_korean(r):
    t = r.choice(["韩国客商在推介会上用韩语致辞：“감사합니다, 함께 성장합시다.”",
                  "双语导览牌同时标注中文和韩文“관광 안내소”。",
                  "面向韩国游客推出“{p} 여행” 韩文宣传册{n}册。",
                  "韩方合作企业名称为“한빛식품”。"])
    return _neg(r, t.format(p=r.choice(["청산", "푸른강"]), n=r.randint(2000, 9000))), "quoted Korean"


def m_latin(r):
    t = r.choice(["与法国阿尔代什省（Ardèche）签署了友好交流意向书。", "德国专家Jürgen Müller先生受聘为技术顾问。",
                  "巴西圣保罗（São Paulo）客商采购了茶叶{n}吨。", "西班牙代表团团长José García出席开幕式。",
                  "瑞士苏黎世（Zürich）联邦理工学院教授作专题报告。", "展会主题为“Café & Thé”。",
                  "挪威企业Bjørn Ærø公司投资建设冷链仓库。"])
    return _neg(r, t.format(n=r.randint(20, 400))), "French / German / Spanish / Nordic accents"


def m_viet(r):
    t = r.choice(["越南谅山省代表Nguyễn Văn Hùng先生参加边贸洽谈会。", "越方合作社名称为“Hợp tác xã Nông nghiệp Đồng Tâm”。",
                  "边民互市点公告栏同时张贴越南文“Thông báo”。", "越南语培训班学员学会了问候语“Xin chào”。"])
    return _neg(r, t), "Vietnamese with diacritics"


def m_pinyin_lesson(r):
    t = r.choice(["语文课生字教学：饶(ráo)恕、慷慨(kāng kǎi)、憧憬(chōng jǐng)，要求学生读准字音。",
                  "普通话培训班重点纠正前后鼻音，如“人(rén)”与“仍(réng)”。",
                  "识字卡片上写着：山 shān、水 shuǐ、田 tián、禾 hé。",
                  "一年级拼音教学：ā á ǎ à 四个声调，学生跟读{n}遍。",
                  "多音字辨析：“行”在“银行”中读háng，在“行走”中读xíng。"])
    return _neg(r, t.format(n=r.randint(3, 9)), pre=r.choice([0, 1]), post=0), "pinyin with tone marks in a language lesson"


def m_traditional(r):
    return trad_text(r, r.randint(2, 4)), "traditional Chinese text (no damage)"


RARE_REAL = ["𠮷", "龘", "犇", "叕", "堃", "玥", "喆", "镕", "彧", "燚", "垚", "鑫", "淼", "焱", "昶", "翀"]


def m_rare(r):
    a, b = r.sample(RARE_REAL, 2)
    t = r.choice(["{s}{a}同志获评“最美基层干部”。", "{s}{a}、{s2}{b}两位同学考入省重点高中。",
                  "村里新开的“{a}{b}农庄”已办理营业执照。", "古籍中“{a}”字读音待考，专家组进行了考证。"])
    return _neg(r, t.format(s=r.choice(SURN), s2=r.choice(SURN), a=a, b=b)), "rare but real characters"


def m_math(r):
    t = r.choice(["按照公式 S = ∑ wᵢxᵢ 计算综合得分，其中 ∑wᵢ = 1。", "要求误差 |Δ| ≤ 0.5%，置信水平 1−α = 95%。",
                  "当 n → ∞ 时，该比率趋近于 √2/2。", "设集合 A = {{x | x ∈ N, x ≤ 10}}。",
                  "抽样误差控制在 ±{p}% 以内。", "定积分 ∫₀¹ x² dx = 1/3。"])
    return _neg(r, t.format(p=r.choice(["1.5", "2", "3"])), pre=r.choice([0, 1]), post=0), "mathematical symbols"


def m_boxdraw(r):
    n = [r.randint(100, 999) for _ in range(4)]
    t = "┌──────┬──────┐\n│ 指标 │ 数值 │\n├──────┼──────┤\n│ 户数 │ {a} │\n│ 人数 │ {b} │\n└──────┴──────┘".format(a=n[0], b=n[1])
    if r.random() < 0.5:
        t = "╔════╦════╗\n║ 项目 ║ 完成 ║\n╠════╬════╣\n║ 道路 ║ {a}米 ║\n╚════╩════╝".format(a=n[2])
    return filler(r, 1) + "\n" + t, "box-drawing characters forming a real table"


def m_emoji(r):
    t = r.choice(["“{p}发布”公众号推文《丰收啦🌾》获得{n}次点赞👍。", "网友留言：“家乡越来越美了❤️”。",
                  "短视频《村晚来啦🎉》播放量突破{n}次。", "群众在评论区留言“点赞👍👍👍”。"])
    return _neg(r, t.format(p=_nm(r), n=r.randint(2000, 90000))), "emoji in a new-media report"


def m_url_pct(r):
    q = urllib.parse.quote(r.choice(["乡村振兴", "营商环境", "政务公开", "惠民政策"]))
    t = r.choice(["政策原文链接：https://www.example.gov.cn/search?q={q}&type=1", "详见 https://www.example.org.cn/wiki/{q}",
                  "下载地址：http://data.example.gov.cn/files/{q}.pdf"])
    return _neg(r, t.format(q=q) + "。", pre=r.choice([0, 1]), post=0), "legitimate URL with percent-encoding"


def m_code_esc(r):
    t = r.choice(["Python培训示例：print(\"第一行\\n第二行\") 会输出两行文字。",
                  "JSON中的中文可以写成\\u4e2d\\u6587，例如 {\"name\": \"\\u5f20\\u4e09\"}。",
                  "正则表达式 ^\\d{6}$ 用于校验邮政编码。", "字节串 b'\\x41\\x42' 表示字符 AB。",
                  "换行符在Windows中为\\r\\n，在Linux中为\\n。"])
    return _neg(r, t, pre=r.choice([0, 1]), post=0), "code sample showing escapes on purpose"


def m_html_tut(r):
    t = r.choice(["网页制作培训：段落使用<p>标签，换行使用<br>标签。", "在HTML中，空格可以写成&nbsp;，小于号写成&lt;。",
                  "示例代码：<a href=\"https://www.example.gov.cn\">县政府网站</a>。",
                  "讲解了&amp;、&quot;等字符实体的用法。"])
    return _neg(r, t, pre=r.choice([0, 1]), post=0), "HTML shown on purpose in a tutorial"


def m_currency(r):
    t = r.choice(["出口额折合{a}万美元（$），对欧出口{b}万欧元（€）。", "英国客商报价为每吨£{c}。",
                  "按1 € = {x} ¥ 的汇率折算。", "韩国订单金额₩{d}，俄罗斯订单₽{e}。", "外资到位{a}万美元，合人民币¥{f}万元。"])
    return _neg(r, t.format(a=r.randint(100, 900), b=r.randint(50, 400), c=r.randint(200, 900), x="7.%d" % r.randint(60, 99),
                            d=r.randint(1000000, 9000000), e=r.randint(100000, 900000), f=r.randint(700, 6000))), "currency symbols"


def m_science(r):
    t = r.choice(["PM2.5年均浓度为{a}μg/m³，同比下降{p}%。", "最高气温达38.6℃，启动高温应急响应。",
                  "接地电阻不大于4Ω。", "检测限为1.0×10⁻³ mg/L。", "土壤pH值为6.5～7.5，有机质含量{b}g/kg。",
                  "α、β、γ三类射线的防护要求各不相同。", "出生率为{c}‰，自然增长率为{d}‰。", "波长为550 nm，约5500 Å。"])
    return _neg(r, t.format(a=r.randint(18, 45), p="%.1f" % r.uniform(2, 9), b=r.randint(12, 40),
                            c="%.2f" % r.uniform(5, 9), d="%.2f" % r.uniform(-2, 2))), "scientific units and symbols"


def m_music(r):
    t = r.choice(["合唱曲目采用1=D 4/4拍，速度♩=72。", "乐谱中标注了升号♯和降号♭，演唱时要注意音准。",
                  "少儿艺术团演唱了《♪我和我的祖国》选段。", "音乐课教唱do re mi fa sol la si七个唱名。"])
    return _neg(r, t, pre=r.choice([0, 1]), post=0), "musical notation"


def m_enum_compat(r):
    t = r.choice(["重点任务包括：①完善基础设施；②提升公共服务；③加强生态保护。", "⑴ 强化组织保障 ⑵ 加大资金投入 ⑶ 严格督查考核",
                  "㈠ 总体要求\n㈡ 主要任务", "Ⅰ类、Ⅱ类水质断面占比达到{p}%。", "报告编号：２０２３－０１５。",
                  "新建厂房面积{a}㎡，道路{b}㎞。", "设备型号为№{c}。"])
    return _neg(r, t.format(p=r.randint(80, 99), a=r.randint(1000, 9000), b=r.randint(2, 30), c=r.randint(10, 99)), pre=r.choice([0, 1]), post=0), "enumeration and compatibility characters used on purpose"


def m_lookalike(r):
    t = r.choice(["{s}锟同志当选为村民委员会主任。", "{s}璇同志荣获“优秀共产党员”称号。", "使用U盘拷贝涉密文件属于违规行为。",
                  "夏季要注意防范儿童烫伤事故。", "{nm}浜村完成河道清淤{n}米。", "历史上当地曾有军队屯垦戍边。",
                  "秤砣、斤两等老物件在民俗馆展出。", "{s}德顺老人捐赠了一批屯堡文化老照片。"])
    return _neg(r, t.format(s=r.choice(SURN), nm=r.choice(P1), n=r.randint(200, 3000))), "real words using characters common in mojibake (锟 斤 拷 烫 屯 浜 璇)"


def m_fw_space(r):
    ss = sents(r, r.randint(2, 3))
    return "\u3000\u3000" + "".join(ss[:2]) + ("\n\u3000\u3000" + ss[2] if len(ss) > 2 else "") + r.choice(["", "……", "——以上"]), "ideographic-space indentation, ellipsis, dash"


def m_qmark_legit(r):
    t = r.choice(["问：如何办理居住证?答：携带身份证到社区服务中心办理。", "群众问我们“路灯什么时候修好?”我们当即联系了供电所。",
                  "调查问卷第3题：您对社区服务是否满意?", "会上大家讨论：钱从哪里来?人从哪里来?地从哪里来?",
                  "FAQ：忘记密码怎么办?请点击“找回密码”。"])
    return _neg(r, t, pre=r.choice([0, 1]), post=0), "ASCII question marks used as real punctuation"


def m_greek_names(r):
    t = r.choice(["维吾尔族干部阿卜杜·热合曼同志获评“民族团结进步模范”。", "作家列夫·托尔斯泰的作品被列入读书月书目。",
                  "希腊代表团团长帕帕佐普洛斯（Παπαδόπουλος）先生致辞。", "显著性水平α=0.05，样本量n={n}。"])
    return _neg(r, t.format(n=r.randint(200, 2000))), "middle dot in names, Greek letters"


def m_quote_marks(r):
    t = r.choice(["他说：‘我们要把群众的事当成自己的事。’", "深入实施“强省会”战略——以产业为支撑。",
                  "《{p}志》（1990—2020）编纂工作进入终审阶段。", "俗话说“众人拾柴火焰高”……"])
    return _neg(r, t.format(p=place(r))), "real curly quotes, dashes and ellipses"


# ---------------------------------------------------------------------------
# style registry
# ---------------------------------------------------------------------------
def dm_ent_cjk(c, r):
    return dm_escape(r.choice(["ent_dec", "ent_hex"]))(c, r)


def dm_esc_any(c, r):
    return dm_escape(r.choice(["esc", "esc", "escU"]))(c, r)


def g_u8w1252_punct(r):
    body = filler(r, r.choice([0, 1])) + r.choice(PUNCT_SENT).format(
        x=r.choice(["一网通办", "三治融合", "放管服", "最多跑一次"]), yr=r.choice([2024, 2025])) + filler(r, r.choice([0, 1]))
    segs, buf, i = [], "", 0
    while i < len(body):
        ch = body[i]
        if ch in "“”‘’—…·、。，":
            j = i
            while j < len(body) and body[j] in "“”‘’—…·、。，":
                j += 1
            run = body[i:j]
            if ch in "、。，" and r.random() < 0.6:
                buf += run
                i = j
                continue
            if buf:
                segs.append((buf, None))
                buf = ""
            res = try_damage(run, "utf-8>w1252")
            if not res or res[0] or res[2]:
                return None
            segs.append((res[1], res[3]))
            i = j
        else:
            buf += ch
            i += 1
    if buf:
        segs.append((buf, None))
    return segs


def g_mime(r):
    subj = r.choice(["关于报送年度工作总结的通知", "转发防汛工作紧急通知", "会议纪要请查收", "第三季度统计报表",
                     "关于开展安全生产检查的函", "乡村振兴项目申报材料"])
    res = dm_mime(subj, r)
    if not res:
        return None
    lead, d, trail, rec = res
    who = person(r)
    return [("发件人：%s\n主题：" % who + lead, None), (d, rec),
            (trail + "\n" + r.choice(["各科室：", "各位同事："]) + "\n" + filler(r, r.randint(1, 2)), None)]


def ph(style, gen, desc):
    return dict(style=style, family="ph", label="placeholder", gen=gen, desc=desc)


def phn(style, gen, desc):
    return dict(style=style, family="ph", label="negative", gen=gen, desc=desc)


def mj(style, gen, desc):
    return dict(style=style, family="mj", label="mojibake", gen=retry(gen), desc=desc)


def mjn(style, gen, desc):
    return dict(style=style, family="mj", label="negative", gen=gen, desc=desc)


def mix(*gens):
    return lambda r: r.choice(gens)(r)


STYLES = [
    # ---- ph placeholder
    ph("ph_cnt_x", _cnt("x"), "count masked with lower-case x: 新增xx户"),
    ph("ph_cnt_X", _cnt("X"), "count masked with upper-case X: XX家"),
    ph("ph_cnt_fullwidth", _cnt("ｘＸ"), "full-width ｘ / Ｘ: ｘｘ个"),
    ph("ph_cnt_times", _cnt("×"), "multiplication sign as mask: ××人次"),
    ph("ph_cnt_star", _cnt("*＊"), "asterisks: **处 / ＊＊件"),
    ph("ph_cnt_circle", _cnt("○〇"), "circles: ○○名"),
    ph("ph_cnt_shapes", mix(_cnt("□"), _cnt("△"), _cnt("■")), "geometric masks: □□座 / △△场 / ■■套"),
    ph("ph_cnt_underscore", _cnt("_＿", 3, 6), "underscore blanks: ____户"),
    ph("ph_cnt_mixed", mix(g_cnt_mixed, g_mixed_chars), "real digit + mask (1xx家) or inconsistent mask mix (xX家)"),
    ph("ph_date_md", g_date_md, "x月xx日 (two spans)"),
    ph("ph_date_year", g_date_year, "20xx年 / 202x年 / XXXX年"),
    ph("ph_date_signature", g_date_sig, "signature date line 20XX年X月X日"),
    ph("ph_date_numeric", g_date_numeric, "2023-xx-xx / 2024.X.XX"),
    ph("ph_date_range_time", mix(g_date_range, g_time), "x月xx-xx日 / xx:xx / x时xx分"),
    ph("ph_money_dec", g_money_dec, "xx.xx万元"),
    ph("ph_money_comma", g_money_comma, "x,xxx.xx元"),
    ph("ph_money_fullwidth", g_money_fw, "ｘｘ．ｘｘ亿元"),
    ph("ph_money_mixed", g_money_mixed, "1x.x万元 / 12.xx亿元"),
    ph("ph_pct", g_pct, "xxx% / ××％"),
    ph("ph_pct_point", g_pct_point, "提高x.x个百分点 / xx.x‰"),
    ph("ph_ratio_range", mix(g_pct_range, g_ratio), "xx%—xx% / 1:xx / x:x"),
    ph("ph_rank_ordinal", g_rank, "第xx位 / 第X届 / 指数xx.xx"),
    ph("ph_docno", g_docno, "x爱卫办〔20xx〕xx号"),
    ph("ph_docno_variant", g_docno_var, "[20XX]XX号 / （20××）第×××号"),
    ph("ph_title_slogan", mix(g_doc_title, g_quoted), "masks inside 《…》 titles and “…” slogans"),
    ph("ph_phone", g_phone, "138****5678 / 0731-xxxxxxx"),
    ph("ph_idcard_bank", mix(g_idcard, g_bankcard), "430102********123X / 6222 **** **** 1234"),
    ph("ph_code_plate", mix(g_code, g_plate), "codes and plates: XM-2023-XXX / 湘A·XXXXX"),
    ph("ph_email_url", g_email_url, "xxx@xx.gov.cn / www.xxx.gov.cn"),
    ph("ph_name_mou", g_name_mou, "张某 / 王某某 / 某某某"),
    ph("ph_name_whole", g_name_xxx, "XXX同志 / 主任医师xxx"),
    ph("ph_name_partial", g_name_partial, "李X / 张*华 / 王**"),
    ph("ph_name_shapes", g_name_shapes, "王○○ / 赵□□"),
    ph("ph_place_admin", g_place_admin, "XX县XX镇XX村 / 某某社区"),
    ph("ph_address", g_address, "xx路xx号 / X栋X单元XXX室"),
    ph("ph_org_unit", g_org_unit, "XX公司 / ××局"),
    ph("ph_field_cn_bracket", g_field_cn, "【单位名称】 / 〖金额〗 / [项目地点]"),
    ph("ph_field_curly", g_field_curly, "{name} / ${org} / {{date}} / %s"),
    ph("ph_field_angle", g_field_angle, "«姓名» / <<单位>> / ＜填写日期＞"),
    ph("ph_mergefield", g_mergefield, "{ MERGEFIELD 姓名 } / «Next Record»"),
    ph("ph_wordproc_prompt", g_wordproc, "单击此处输入文字。/ Click or tap here to enter text."),
    ph("ph_instruction", g_instruction, "（此处填写具体数据） / 【待补充】"),
    ph("ph_tbd_value", g_tbd, "责任人：待定 / 完成时限：TBD"),
    ph("ph_table_cells", g_table, "| 新增就业 | 500 | xx | xx% |"),
    ph("ph_heading", g_heading, "一、XX工作开展情况 / x.x 工作目标"),
    ph("ph_list_items", g_list, "1. xx村完成道路硬化xx公里"),
    ph("ph_repeated_run", g_repeated, "XXXXXXXXXXXX standing for a phrase"),
    ph("ph_en_field", g_en_field, "[Company Name] / <Your Name>"),
    ph("ph_dummy_text", g_dummy, "Lorem ipsum… / 示例文字示例文字"),
    ph("ph_blank_form", g_blank_form, "____年__月__日"),
    ph("ph_age_birth", g_age_birth, "xx岁 / 19xx年x月出生"),
    ph("ph_signature_block", g_sig_block, "联系人：XXX 联系电话：138xxxxxxxx"),
    # ---- ph negative
    phn("phn_1plusx", n_1plusx, "1+X证书 / 7+X体系"),
    phn("phn_x86", n_x86, "x86 / x64 architecture"),
    phn("phn_xray", n_xray, "X射线 / X光机"),
    phn("phn_size", n_size, "XL / XXL / XXXL sizes"),
    phn("phn_dims", n_dims, "3×4矩阵 / 1920×1080 / 150mm×150mm"),
    phn("phn_multiply", mix(n_7x24, n_multiply_calc), "7×24小时 / 45×6×12=3240元"),
    phn("phn_brand", n_brand, "iPhone X / SpaceX / X（原推特）"),
    phn("phn_formula", n_formula, "y = kx + b / f(x)"),
    phn("phn_mou_words", n_mou_words, "某些 / 某种 / 某一"),
    phn("phn_roman", n_roman, "Ⅲ类水 / IV级 / XVI届"),
    phn("phn_chem", n_chem, "NOx / SOx / CO₂"),
    phn("phn_mou_meta", n_mou_meta, "rules about writing “某某” / “XX” quoted"),
    phn("phn_math_lesson", n_math_lesson, "2x+3=11 / 7×8=56 in a lesson"),
    phn("phn_code", n_code, "print(f\"{name}\") / printf(\"%s\") / SELECT *"),
    phn("phn_pinyin_x", n_pinyin_x, "Xiamen / Excel / Linux"),
    phn("phn_checkbox", n_checkbox, "□是 □否 / ■ bullet / △T"),
    phn("phn_zero_date", n_zero, "二〇二三年 / 二○二三年"),
    phn("phn_stars", n_stars, "带“*”号为必填 / ★★★★★"),
    phn("phn_tbd_words", n_tbd_words, "待定系数法 / 待核实的问题线索"),
    phn("phn_underscore", n_underscore, "user_name / 单位简称_年度"),
    phn("phn_xy_science", n_biology, "X染色体 / X轴"),
    phn("phn_clean", n_clean, "clean report paragraph"),
    # ---- mj mojibake
    mj("mj_u8gbk_word", u_word(dm_codec("utf-8>gbk")), "UTF-8 read as GBK, one word: 鍙戝睍"),
    mj("mj_u8gbk_short", u_word(dm_codec("utf-8>gbk"), k=(4, 5), maxlen=2), "one 2-character word in a long clean paragraph"),
    mj("mj_u8gbk_multi", u_multi(dm_codec("utf-8>gbk")), "several words in one paragraph"),
    mj("mj_u8gbk_clause", u_clause(dm_codec("utf-8>gbk")), "a clause"),
    mj("mj_u8gbk_heading", u_heading(dm_codec("utf-8>gb18030")), "a heading line"),
    mj("mj_u8gbk_table", mix(u_cell(dm_codec("utf-8>gbk")), u_cell(dm_codec("utf-8>gb18030"), whole_row=True)), "a table cell or three cells of a row"),
    mj("mj_u8gbk_lossy_q", u_para(dm_codec("utf-8>gbk!r+q=")), "paragraph, undecodable bytes saved as ?: 锛?"),
    mj("mj_u8gbk_lossy_fffd", u_sentence(dm_codec("utf-8>gbk!r=")), "sentence with U+FFFD left in"),
    mj("mj_u8big5_lossy", u_clause(dm_codec("utf-8>big5!r+q=")), "UTF-8 read as Big5 (lossy)"),
    mj("mj_u8latin1", u_word(dm_codec("utf-8>latin-1")), "UTF-8 read as ISO-8859-1 with C1 controls"),
    mj("mj_u8w1252", mix(u_word(dm_codec("utf-8>w1252")), u_sentence(dm_codec("utf-8>w1252"))), "UTF-8 read as windows-1252, word or sentence: å‘å±•"),
    mj("mj_u8w1252_punct", g_u8w1252_punct, "only punctuation damaged: â€œ â€” â€¦"),
    mj("mj_u8sjis", mix(u_word(dm_codec("utf-8>cp932")), u_clause(dm_codec("utf-8>cp932!r="))), "UTF-8 read as Shift_JIS (word lossless, clause lossy): 蜈ｨ髱｢"),
    mj("mj_u8euckr_lossy", u_clause(dm_codec("utf-8>euc_kr!r=")), "UTF-8 read as EUC-KR (lossy)"),
    mj("mj_u8cyrillic", mix(u_word(dm_codec("utf-8>cp1251")), u_word(dm_codec("utf-8>koi8_r"))), "UTF-8 read as cp1251 or KOI8-R: еЏ‘е±• / Е▐▒"),
    mj("mj_u8mac_dos", mix(u_clause(dm_codec("utf-8>mac_roman")), u_word(dm_codec("utf-8>cp437"))), "UTF-8 read as Mac Roman or DOS cp437: ÂèëÂ±ï / σÅæσ▒ò"),
    mj("mj_gbk_u8_lossy", u_clause(dm_codec("gbk>utf-8!r=")), "GBK read as UTF-8: ����"),
    mj("mj_gbk_western", mix(u_word(dm_codec("gbk>latin-1")), u_sentence(dm_codec("gbk>w1252"))), "GBK read as Latin-1 / windows-1252: ·¢Õ¹"),
    mj("mj_gbk_big5", u_clause(dm_codec("gbk>big5")), "GBK read as Big5: 楷桯"),
    mj("mj_gbk_sjis_euckr", mix(u_word(dm_codec("gbk>cp932")), u_clause(dm_codec("gbk>euc_kr"))), "GBK read as Shift_JIS or EUC-KR: ｷ｢ﾕｹ / 랙嵐"),
    mj("mj_u16_damage", mix(u_word(dm_codec("utf-16-le>latin-1")), u_word(dm_codec("utf-16-le>gbk"))), "UTF-16LE bytes read as Latin-1 or GBK: ÑS"),
    mj("mj_u8_as_u16", u_word(dm_codec("utf-8>utf-16-le")), "UTF-8 bytes read as UTF-16LE: 迥閱"),
    mj("mj_double", mix(u_word(dm_codec("utf-8>w1252+utf-8>w1252")), u_word(dm_codec("utf-8>gbk+utf-8>w1252"))), "double damage: Ã¥Â… / é™æˆ…"),
    mj("mj_kunjinkao", u_clause(dm_codec("gbk>utf-8!r+utf-8>gbk!r="), maxlen=14), "锟斤拷 from U+FFFD round trip"),
    mj("mj_tang_tun", mix(u_word(dm_codec("tang=")), u_clause(dm_codec("tun="), maxlen=12)), "uninitialised memory 烫烫烫 / 屯屯屯"),
    mj("mj_gbkshift", u_word(dm_codec("gbkshift=")), "GBK stream decoded one byte out of step"),
    mj("mj_lost_char", mix(g_lost_chars("qmark"), g_lost_chars("fffd")), "single lost characters as ? or U+FFFD: 新?代"),
    mj("mj_qmark_word", u_word(dm_codec("qmark=")), "a whole word lost as ????"),
    mj("mj_rare_gb2312", g_rare_name, "name character outside GB2312 lost: 王?"),
    mj("mj_emoji_lost", g_emoji_lost, "emoji saved into GBK: 点赞?"),
    mj("mj_ent_punct", g_ent_punct(False), "&ldquo; &#8221; &mdash; for punctuation"),
    mj("mj_ent_double", g_ent_punct(True), "double-escaped &amp;ldquo;"),
    mj("mj_ent_cjk", u_word(dm_ent_cjk), "numeric references for CJK: &#21457;&#23637;"),
    mj("mj_ent_indent", g_ent_indent, "&nbsp;&nbsp; / &emsp; indentation"),
    mj("mj_tag", g_tags, "<p> </strong> <br/> tags"),
    mj("mj_tag_broken", g_tag_broken, "broken tag / entity fragments: /strong> nbsp;"),
    mj("mj_word_css", g_word_css, "MS-Word HTML/CSS leftovers: mso-…, <o:p>"),
    mj("mj_zw", g_zw, "zero-width characters inside words"),
    mj("mj_bidi_invisible", mix(g_bidi, g_shy), "bidi controls, soft hyphen, U+FFFC, invisible operators"),
    mj("mj_ctl", g_ctl, "C0 control characters / DEL"),
    mj("mj_bom", g_bom, "U+FEFF or ï»¿ at file start / mid-text"),
    mj("mj_url", mix(u_word(dm_codec("url")), u_clause(dm_codec("url:gbk"), maxlen=20)), "percent-encoded UTF-8 or GBK: %E5%8F%91 / %B7%A2"),
    mj("mj_qp", mix(u_word(dm_codec("qp")), u_clause(dm_codec("qp:gbk"), maxlen=12)), "quoted-printable UTF-8 or GBK: =E5=8F=91"),
    mj("mj_mime", g_mime, "RFC 2047 encoded word in a mail subject"),
    mj("mj_esc_u", u_clause(dm_esc_any, maxlen=24), "literal \\uXXXX escapes"),
    mj("mj_esc_newline", g_esc_nl, "literal \\n / \\r\\n / \\t between sentences"),
    mj("mj_besc", u_word(dm_escape("besc")), "literal byte escapes \\xe5\\x8f\\x91"),
    mj("mj_nfkc", mix(u_multi(dm_nfkc("kx"), n=(1, 3)), u_multi(dm_nfkc("cp"), n=(1, 3))), "Kangxi radicals / compatibility ideographs from PDF: ⼯作"),
    mj("mj_pinyin", g_pinyin, "pinyin annotations after traditional characters: 發(fā)展"),
    mj("mj_mixed", g_mixed, "two or three kinds of damage in one paragraph"),
    # ---- mj negative
    mjn("mjn_russian", m_russian, "quoted Russian"),
    mjn("mjn_japanese", m_japanese, "quoted Japanese"),
    mjn("mjn_korean", m_korean, "quoted Korean"),
    mjn("mjn_latin_accents", mix(m_latin, m_viet), "Müller / São Paulo / Nguyễn Văn Hùng"),
    mjn("mjn_pinyin_lesson", m_pinyin_lesson, "饶(ráo)恕 in a language lesson"),
    mjn("mjn_traditional", m_traditional, "traditional Chinese without annotation"),
    mjn("mjn_rare_chars", m_rare, "𠮷 / 龘 / 堃"),
    mjn("mjn_math", m_math, "∑ ∫ ≤ √ ∞"),
    mjn("mjn_boxdraw", m_boxdraw, "┌──┬──┐ table"),
    mjn("mjn_emoji", m_emoji, "emoji kept intact"),
    mjn("mjn_url_pct", m_url_pct, "legitimate URL with %E4%B9%A1"),
    mjn("mjn_code_escape", m_code_esc, "\\n, \\u4e2d in a code sample"),
    mjn("mjn_html_tutorial", m_html_tut, "<p>, &nbsp; shown on purpose"),
    mjn("mjn_currency", m_currency, "€ £ ¥ ₩ ₽"),
    mjn("mjn_science_music", mix(m_science, m_music), "μg/m³ ℃ Ω ‰ ×10⁻³ / ♩=72 ♯ ♭"),
    mjn("mjn_enum_compat", m_enum_compat, "①② ⑴ ㈠ ２０２３ ㎡"),
    mjn("mjn_lookalike_chars", m_lookalike, "real 锟 / 拷贝 / 烫伤 / 屯垦 / 浜"),
    mjn("mjn_fullwidth_space", m_fw_space, "　　indentation, ……, ——"),
    mjn("mjn_qmark_legit", m_qmark_legit, "ASCII ? as real punctuation"),
    mjn("mjn_greek_quotes", mix(m_greek_names, m_quote_marks), "阿卜杜·热合曼 / α=0.05 / real ‘’ —— ……"),
]


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
PER_STYLE = 20


def make_record(seed, st, idx, r):
    fam, label, style = st["family"], st["label"], st["style"]
    for _ in range(200):
        out = st["gen"](r)
        if out is None:
            continue
        if fam == "ph" and label == "placeholder":
            marked, detail = out
            segs = mark(marked)
        elif label == "negative":
            text, detail = out
            segs = [(text, None)]
        else:
            segs, detail = out, st["desc"]
        text, spans, infos = build(segs)
        if fam == "mj" and any(len(g) > 1 for g in infos):
            continue  # two damaged stretches touch: try again
        if label != "negative" and not spans:
            continue
        if "⟦" in text or "⟧" in text:
            raise RuntimeError("marker left in %s" % style)
        break
    else:
        raise RuntimeError("could not build %s" % style)
    rid = "t11-%d-%s-%02d" % (seed, style, idx)
    if label == "negative":
        note = detail
    elif fam == "ph":
        note = "%s; spans: %s" % (detail, " | ".join(text[a:b] for a, b in spans))
    else:
        recs = [g[0][1] for g in infos]
        lossy = any("=" in x for x in recs)
        note = "%s; %s [inv=%s]" % (detail, "lossy" if lossy else "lossless", "|".join(recs))
    return {"id": rid, "family": fam, "style": style, "label": label, "text": text, "spans": spans, "note": note}


def generate(seed):
    recs = []
    for st in STYLES:
        key = "%d|%s|%s|%s" % (seed, st["family"], st["style"], st["label"])
        r = random.Random(zlib.crc32(key.encode("utf-8")))
        for i in range(PER_STYLE):
            recs.append(make_record(seed, st, i, r))
    return recs


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------
ID_RE = re.compile(r"t11-(\d+)-([a-z0-9_A-Z]+)-(\d{2})")


def parse_inv(note):
    k = note.rfind("[inv=")
    if k < 0 or not note.endswith("]"):
        return None
    return note[k + 5:-1].split("|")


def verify_record(rec, style_labels):
    errs = []
    for f in ("id", "family", "style", "label", "text", "spans", "note"):
        if f not in rec:
            return ["missing field %s" % f]
    m = ID_RE.fullmatch(rec["id"])
    if not m or m.group(2) != rec["style"]:
        errs.append("bad id")
    fam, label, text, spans = rec["family"], rec["label"], rec["text"], rec["spans"]
    if fam not in ("ph", "mj"):
        errs.append("bad family")
    ok_labels = {"ph": ("placeholder", "negative"), "mj": ("mojibake", "negative")}.get(fam, ())
    if label not in ok_labels:
        errs.append("bad label")
    prev = style_labels.setdefault(rec["style"], (fam, label))
    if prev != (fam, label):
        errs.append("style has mixed family/label")
    if (label == "negative") != (spans == []):
        errs.append("spans must be [] exactly for negatives")
    last = -1
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and 0 <= sp[0] < sp[1] <= len(text)):
            errs.append("bad span %r" % (sp,))
            continue
        if sp[0] <= last:
            errs.append("spans overlap, touch or are unsorted")
        last = sp[1]
        s = text[sp[0]:sp[1]]
        if s[0].isspace() or s[-1].isspace():
            errs.append("span starts/ends with whitespace: %r" % s)
    if errs:
        return errs
    strs = [text[a:b] for a, b in spans]
    if fam == "ph" and label == "placeholder":
        for (a, b), s in zip(spans, strs):
            if not ph_span_ok(s):
                errs.append("span does not look like a placeholder: %r" % s)
            if a > 0 and text[a - 1] in MASK_CHARS and s[0] not in BRACKETS:
                errs.append("mask run continues before span %r" % s)
            if b < len(text) and text[b] in MASK_CHARS and s[-1] not in CLOSERS:
                errs.append("mask run continues after span %r" % s)
            masked = all(ch in MASK_CHARS or ch in SEPS or ch == " " for ch in s)
            if masked and (s[0] in SEPS or s[-1] in SEPS):
                errs.append("mask span starts/ends with a separator %r" % s)
            if masked and b < len(text) - 1 and text[b] in SEPS and text[b + 1] in MASK_CHARS:
                errs.append("mask run continues after a separator %r" % s)
            if s not in rec["note"]:
                errs.append("span string missing from note: %r" % s)
    if fam == "mj" and label == "mojibake":
        invs = parse_inv(rec["note"])
        if invs is None:
            errs.append("no [inv=...] in note")
        elif len(invs) != len(spans):
            errs.append("%d recipes for %d spans" % (len(invs), len(spans)))
        else:
            lossy = any("=" in x for x in invs)
            if (" lossy [inv=" in rec["note"]) != lossy or (" lossless [inv=" in rec["note"]) == lossy:
                errs.append("lossless/lossy word does not match the recipes")
            for s, rc in zip(strs, invs):
                e = check_recipe(rc, s)
                if e:
                    errs.append("%s: %s" % (rc[:40], e))
    return errs


def verify_file(path):
    bad = 0
    n = 0
    ids = set()
    style_labels = {}
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        lines = raw.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        print("file is not UTF-8")
        return 1
    if lines and lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        n += 1
        errs = []
        for ch in line:
            if unicodedata.category(ch) in ESC_CATS:
                errs.append("raw invisible/control character U+%04X in line" % ord(ch))
                break
        try:
            rec = json.loads(line)
        except ValueError as ex:
            print("line %d: bad JSON: %s" % (ln, ex))
            bad += 1
            continue
        if rec.get("id") in ids:
            errs.append("duplicate id")
        ids.add(rec.get("id"))
        errs += verify_record(rec, style_labels)
        if dumps(rec) != line:
            errs.append("line is not in canonical form (escapes)")
        if errs:
            bad += 1
            print("%s: %s" % (rec.get("id"), "; ".join(errs)))
    print("%s: %d records, %d styles, %d failing" % (path, n, len(style_labels), bad))
    return 0 if bad == 0 and n > 0 else 1


def style_table(path):
    rows = {}
    order = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            s = rec["style"]
            if s not in rows:
                order.append(s)
                ex = rec["text"][rec["spans"][0][0]:rec["spans"][0][1]] if rec["spans"] else ""
                rows[s] = [rec["family"], rec["label"], 0, ex]
            rows[s][2] += 1
    desc = {st["style"]: st["desc"] for st in STYLES}
    print("| family | label | style | n | description | example span |")
    print("|---|---|---|---|---|---|")
    for s in order:
        fam, lab, n, ex = rows[s]
        ex = "".join(_esc_char(c) if unicodedata.category(c) in ESC_CATS else c for c in ex)
        ex = ex.replace("|", "\\|").replace("\n", "\\n")
        d = desc.get(s, "").replace("|", "\\|")
        print("| %s | %s | `%s` | %d | %s | %s |" % (fam, lab, s, n, d, ("`%s`" % ex) if ex else "—"))
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify")
    ap.add_argument("--style-table")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify_file(a.verify))
    if a.style_table:
        sys.exit(style_table(a.style_table))
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(dumps(rec) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))


if __name__ == "__main__":
    main()
