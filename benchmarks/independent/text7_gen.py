#!/usr/bin/env python3
"""text7 held-out test collection: placeholders (ph) and mojibake (mj) in
scraped Chinese government work reports.

Usage:
    python3 text7_gen.py                 # writes text7_s11.jsonl and text7_s12.jsonl
    python3 text7_gen.py --seed 11 --out FILE
    python3 text7_gen.py --verify FILE   # exit 0 iff FILE passes the re-check
    python3 text7_gen.py --examples 11   # markdown table: one example per style

Standard library only.  Every style draws from its own
random.Random(zlib.crc32(f"{seed}:{style}".encode())).
"""
import argparse
import html
import json
import os
import random
import re
import sys
import unicodedata
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# segments -> text + spans
# ---------------------------------------------------------------------------


def T(s):
    """clean text segment"""
    return (s, None)


def S(s, rec=True):
    """span segment; rec is the inverse recipe for mj (or True for ph)"""
    return (s, rec)


def assemble(segs):
    """Build text and merged spans.  Returns text, spans, recipes (one per
    merged span).  Touching spans are merged; their recipes are merged with
    merge_recipes()."""
    text = []
    pos = 0
    raw = []
    for s, rec in segs:
        if not s:
            continue
        if rec is not None:
            raw.append([pos, pos + len(s), [rec]])
        text.append(s)
        pos += len(s)
    merged = []
    for a, b, r in raw:
        if merged and merged[-1][1] == a:
            merged[-1][1] = b
            merged[-1][2].extend(r)
        else:
            merged.append([a, b, list(r)])
    spans = [[a, b] for a, b, _ in merged]
    recs = [merge_recipes(r) for _, _, r in merged]
    return "".join(text), spans, recs


LOSSY_PREFIX = ("lost", "~")


def is_lossy(rec):
    return rec is True or rec.startswith(LOSSY_PREFIX)


def merge_recipes(rs):
    if all(r is True for r in rs):
        return True
    if len(set(rs)) == 1:
        return rs[0]
    if all(r == "del" for r in rs):
        return "del"
    if any(isinstance(r, str) and is_lossy(r) for r in rs):
        return "lost"
    raise ValueError("touching spans with incompatible recipes: %r" % (rs,))


# ---------------------------------------------------------------------------
# JSON output with escaped invisible characters
# ---------------------------------------------------------------------------

ESC_CATS = {"Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs"}


def _esc_char(c):
    o = ord(c)
    if o > 0xFFFF:
        o -= 0x10000
        return "\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF))
    return "\\u%04x" % o


def _jstr(v):
    out = ['"']
    for c in v:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif unicodedata.category(c) in ESC_CATS:
            out.append(_esc_char(c))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def dumps(obj):
    """one JSON object; invisible and control characters as \\uXXXX escapes
    (line feed and tab keep their short JSON escapes)"""
    parts = []
    for k, v in obj.items():
        if isinstance(v, str):
            parts.append(_jstr(k) + ": " + _jstr(v))
        else:
            parts.append(_jstr(k) + ": " + json.dumps(v))
    return "{" + ", ".join(parts) + "}"



# ---------------------------------------------------------------------------
# codecs: "w" variants of single-byte code pages behave like browsers
# (undefined bytes map to the C1 code point of the same value)
# ---------------------------------------------------------------------------

SB_BASE = {"cp1252w": "cp1252", "cp1251w": "cp1251", "cp1253w": "cp1253",
           "cp1256w": "cp1256", "cp1250w": "cp1250", "cp1254w": "cp1254",
           "cp874w": "cp874", "cp1258w": "cp1258"}
_SB_DEC = {}
_SB_ENC = {}


def _sb_tables(name):
    if name not in _SB_DEC:
        base = SB_BASE[name]
        dec = []
        for b in range(256):
            try:
                ch = bytes([b]).decode(base)
            except UnicodeDecodeError:
                ch = chr(b)
            dec.append(ch)
        _SB_DEC[name] = dec
        _SB_ENC[name] = {ch: b for b, ch in enumerate(dec)}
    return _SB_DEC[name], _SB_ENC[name]


def enc(s, codec, errors="strict"):
    if codec in SB_BASE:
        _, e = _sb_tables(codec)
        out = bytearray()
        for c in s:
            if c in e:
                out.append(e[c])
            elif errors == "strict":
                raise UnicodeEncodeError(codec, s, 0, 1, "unmappable")
            else:
                out.append(0x3F)
        return bytes(out)
    return s.encode(codec, errors)


def dec(b, codec, errors="strict"):
    if codec in SB_BASE:
        d, _ = _sb_tables(codec)
        return "".join(d[x] for x in b)
    return b.decode(codec, errors)


def apply_recipe(span, recipe):
    """Apply an inverse recipe strictly.  Returns the repaired text or
    raises ValueError."""
    s = span
    for step in recipe.split(";"):
        if step == "html":
            t = html.unescape(s)
            if t == s:
                raise ValueError("html: nothing to unescape")
            s = t
        elif step == "url":
            s = urllib.parse.unquote(s, errors="strict")
        elif step == "uesc":
            if not re.fullmatch(r"(\\u[0-9A-Fa-f]{4})+", s):
                raise ValueError("uesc: not a \\u run")
            s = "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9A-Fa-f]{4})", s))
        elif step == "cesc":
            m = {"\\n": "\n", "\\r\\n": "\n", "\\r": "\n", "\\t": "\t"}
            if s not in m:
                raise ValueError("cesc: unknown")
            s = m[s]
        elif step == "strip0":
            if "\x00" not in s:
                raise ValueError("strip0: no NUL")
            s = s.replace("\x00", "")
        elif ">" in step:
            a, b = step.split(">")
            try:
                s = dec(enc(s, a), b)
            except (UnicodeError, ValueError) as e:
                raise ValueError("codec step %s failed: %s" % (step, e))
        else:
            raise ValueError("unknown step " + step)
    return s


def forward_recipe(orig, recipe):
    """Redo the damage that recipe undoes (codec steps only)."""
    s = orig
    for step in reversed(recipe.split(";")):
        a, b = step.split(">")
        s = dec(enc(s, b), a)
    return s


# ---------------------------------------------------------------------------
# clean vocabulary (invented names; report tone only)
# ---------------------------------------------------------------------------

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤")
SURN2 = ["欧阳", "司马", "上官", "诸葛", "慕容"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉斌波宇浩凯俊峰晨欣宁琳雪梅志海文云飞立新春彬亮帆虹丹健婷颖岚晓佳嘉睿")
STEMS = ["清溪", "白沙", "东岭", "望江", "青禾", "石岗", "柳塘", "云台", "金湾", "凤鸣", "南屏", "桂园",
         "梅林", "松岗", "竹园", "荷塘", "龙泉", "鹤山", "新桥", "双河", "三江", "平湖", "西坪", "北苑",
         "沙洲", "湖滨", "长岭", "枫林", "桃源", "杏坛", "莲花", "马鞍", "玉泉", "仙湖", "横岭", "上塘",
         "下埔", "高坡", "朝阳", "碧水", "银杏", "丰乐", "永安", "兴隆", "和平", "太平", "安宁", "锦绣",
         "翠屏", "红岩", "黄泥", "大坪", "小河", "石门", "河口", "溪头", "岭南", "江北", "城东", "城西"]
ADMIN = ["街道", "镇", "乡", "社区", "村", "县", "区", "市"]
DEPTS = ["发展和改革局", "财政局", "住房和城乡建设局", "农业农村局", "民政局", "人力资源和社会保障局",
         "卫生健康局", "教育局", "应急管理局", "市场监督管理局", "自然资源局", "交通运输局", "水利局",
         "文化广电旅游体育局", "医疗保障局", "退役军人事务局", "城市管理和综合执法局", "统计局", "司法局",
         "商务局", "科学技术局", "工业和信息化局", "生态环境分局", "林业局", "信访局", "审计局"]
UNITS_ORG = ["党群服务中心", "便民服务中心", "综治中心", "社区卫生服务中心", "中心小学", "第二中学",
             "卫生院", "派出所", "供电所", "水务公司", "城投公司", "文化站", "农技站", "敬老院", "司法所"]
COMPANY_KIND = ["建设工程有限公司", "农业开发有限公司", "物业服务有限公司", "环保科技有限公司",
                "食品有限公司", "新材料股份有限公司", "劳务派遣有限公司", "电子科技有限公司", "旅游开发有限公司"]
# (item, unit) pairs that read naturally with a count
ITEMS = [("老旧小区改造项目", "个", ["完成", "实施", "启动"]), ("农村危房改造", "户", ["完成"]),
         ("城镇新增就业", "人", ["实现"]), ("职业技能培训", "人次", ["开展", "组织"]), ("征地拆迁安置", "户", ["完成"]),
         ("农村道路硬化", "公里", ["完成"]), ("植树造林", "亩", ["完成"]), ("污水管网", "公里", ["新建", "改造"]),
         ("垃圾分类示范点", "个", ["建成", "新建"]), ("市场主体", "户", ["新增", "新登记"]),
         ("规模以上工业企业", "家", ["新增", "培育"]), ("家庭医生签约", "人", ["完成"]), ("义诊活动", "场次", ["开展", "组织"]),
         ("矛盾纠纷", "宗", ["排查化解", "调处"]), ("安全生产检查", "次", ["开展"]), ("安全隐患", "处", ["排查整改"]),
         ("高标准农田", "亩", ["建成", "新建"]), ("充电桩", "个", ["建成", "新建"]), ("停车泊位", "个", ["新增", "施划"]),
         ("健身路径", "条", ["新建", "建成"]), ("公厕", "座", ["改造", "新建"]), ("消防通道", "条", ["清理", "打通"]),
         ("违法建筑", "平方米", ["拆除"]), ("招商引资项目", "个", ["引进", "签约"]), ("困难群众", "户", ["走访慰问"]),
         ("志愿服务活动", "场", ["开展"]), ("普法宣传活动", "场次", ["开展", "组织"]), ("城乡居民医保参保", "人", ["完成"]),
         ("5G基站", "座", ["新建", "建成"]), ("公办学位", "个", ["新增"]), ("既有住宅电梯", "台", ["加装"]),
         ("危旧桥梁", "座", ["改造", "加固"])]
SUBJ = ["全街", "全镇", "全区", "全县", "我局", "街道", "各社区", "我市", "本单位", "全乡", "各村（社区）",
        "区直各部门", "街道党工委", "镇政府", "我中心", "全系统", "我办"]
ADV = ["扎实", "持续", "全力", "稳步", "深入", "着力", "积极", "不断", "进一步", "切实", "统筹"]
VP = ["推进基层治理体系建设", "抓好安全生产各项工作", "优化营商环境", "做好民生保障工作", "加强干部队伍建设",
      "巩固拓展脱贫攻坚成果", "推进乡村振兴", "开展人居环境整治", "抓好疫情防控常态化工作", "强化耕地保护",
      "推进河长制湖长制落实", "深化“放管服”改革", "加强基层党组织建设", "推动重点项目建设", "做好信访维稳工作",
      "落实生态环境保护责任", "提升公共服务水平", "推进文明城市创建", "加强森林防火工作", "抓好防汛备汛工作"]
TAIL = ["各项工作取得明显成效", "群众获得感持续增强", "为全年目标任务完成打下坚实基础", "工作机制更加健全",
        "有效防范化解各类风险隐患", "辖区面貌焕然一新", "得到上级部门充分肯定", "社会大局保持和谐稳定",
        "经济社会保持平稳健康发展", "干部群众干事创业热情高涨", "服务效能明显提升"]
HEAD1 = ["工作回顾", "主要工作成效", "存在的问题和不足", "下一步工作打算", "重点工作完成情况",
         "主要做法和成效", "工作安排", "经济运行情况", "民生事业发展情况"]
HEAD2 = ["坚持党建引领，凝聚发展合力", "强化民生保障，增进民生福祉", "狠抓项目建设，增强发展后劲",
         "深化改革创新，激发发展活力", "加强社会治理，维护和谐稳定", "推进生态文明建设，守护绿水青山",
         "优化营商环境，服务市场主体", "抓实安全生产，筑牢安全防线", "推进乡村振兴，建设美丽乡村",
         "加强作风建设，提升履职能力"]
CN_ORD = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
PROJ_KIND = ["片区综合整治项目", "污水处理厂（二期）工程", "大道改造工程", "产业园标准厂房项目", "安置区建设项目",
             "农贸市场升级改造项目", "中小学扩建工程", "河道综合治理工程", "智慧社区建设项目", "冷链物流中心项目"]
ACTIVITY = ["主题党日活动", "理论学习中心组学习", "防灾减灾演练", "消防安全培训", "反诈宣传进社区活动",
            "文明实践志愿服务", "法律援助咨询", "就业招聘会", "义务植树活动", "禁毒宣传活动"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def item_phrase(r, verb=True):
    it, u, vs = pick(r, ITEMS)
    return (pick(r, vs) + it if verb else it), u


def rgrowth(r):
    return rdec(r, 0.3, 30.0, r.choice([1, 1, 2]))


def rdone(r):
    return rdec(r, 60.0, 99.9, r.choice([1, 1, 2])) if r.random() < 0.9 else "100"


def rsat(r):
    return rdec(r, 85.0, 99.8, r.choice([1, 2]))


def person(r):
    if r.random() < 0.05:
        return pick(r, SURN2) + pick(r, GIVEN)
    n = 1 if r.random() < 0.35 else 2
    return pick(r, SURN) + "".join(pick(r, GIVEN) for _ in range(n))


def place(r, kinds=None):
    return pick(r, STEMS) + pick(r, kinds or ADMIN)


def org(r):
    k = r.randrange(4)
    if k == 0:
        return pick(r, ["区", "县", "市"]) + pick(r, DEPTS)
    if k == 1:
        return pick(r, STEMS) + pick(r, UNITS_ORG)
    if k == 2:
        return pick(r, STEMS) + pick(r, COMPANY_KIND)
    return pick(r, STEMS) + pick(r, ["街道办事处", "镇人民政府", "社区居委会", "村民委员会"])


def year(r):
    return str(r.randint(2019, 2024))


def rint(r, lo=2, hi=9999, comma=None):
    n = r.randint(lo, hi)
    if comma is None:
        comma = r.random() < 0.3
    return "{:,}".format(n) if comma and n >= 1000 else str(n)


def rdec(r, lo=0.1, hi=999.0, nd=None):
    nd = nd if nd is not None else r.choice([1, 2, 2])
    return ("%." + str(nd) + "f") % r.uniform(lo, hi)


def rpct(r):
    return rdec(r, 0.5, 99.9, r.choice([1, 1, 2]))


def comma(r):
    """Chinese comma; scraped text often carries half-width punctuation"""
    return "," if r.random() < 0.15 else "，"


def clean_sentence(r):
    k = r.randrange(6)
    c = comma(r)
    if k == 0:
        return pick(r, SUBJ) + pick(r, ADV) + pick(r, VP) + c + pick(r, TAIL) + "。"
    if k == 1:
        return year(r) + "年" + c + pick(r, SUBJ) + pick(r, ADV) + pick(r, VP) + c + pick(r, TAIL) + "。"
    if k == 2:
        it, u = item_phrase(r)
        return (pick(r, SUBJ) + "全年" + it + rint(r, 3, 3000) + u + c +
                pick(r, ["同比增长", "比上年增长", "同比增加"]) + rgrowth(r) + "%。")
    if k == 3:
        it, u = item_phrase(r)
        return ("截至" + str(r.randint(3, 12)) + "月底" + c + "累计" + it + rint(r, 3, 900) +
                u + c + "完成年度目标任务的" + rdone(r) + "%。")
    if k == 4:
        return "组织开展" + pick(r, ACTIVITY) + str(r.randint(2, 60)) + "场次" + c + "参与群众" + rint(r, 80, 20000) + "人次。"
    return ("投入资金" + rdec(r, 10, 9000, 2) + "万元" + c + "实施" + pick(r, STEMS) + pick(r, PROJ_KIND) + c +
            pick(r, TAIL) + "。")


def heading(r, level=None):
    level = level if level is not None else r.randrange(3)
    if level == 0:
        return pick(r, CN_ORD[:5]) + "、" + (year(r) + "年" if r.random() < 0.5 else "") + pick(r, HEAD1)
    if level == 1:
        lp, rp = ("（", "）") if r.random() < 0.7 else ("(", ")")
        return lp + pick(r, CN_ORD[:8]) + rp + pick(r, HEAD2)
    return str(r.randint(1, 6)) + "." + pick(r, HEAD2).split("，")[0]


# ---------------------------------------------------------------------------
# ph helpers
# ---------------------------------------------------------------------------

def mx(r, ch=None, lo=1, hi=3):
    ch = ch or r.choice("xxxxXXX")
    return ch * r.randint(lo, hi)


def mnum(r, ch, kind=None):
    """masked number string (one span)"""
    kind = kind or r.choice(["int", "int", "dec", "dec", "comma"])
    if kind == "int":
        return ch * r.randint(1, 4)
    if kind == "dec":
        return ch * r.randint(1, 3) + "." + ch * r.randint(1, 2)
    if kind == "comma":
        return ch + "," + ch * 3 + ("." + ch * 2 if r.random() < 0.5 else "")
    raise ValueError(kind)


def xch(r):
    return r.choice("xxxxxXXX")


def ph_month_day(r, ch):
    """x月xx日 as segments"""
    return [S(ch * r.randint(1, 2)), T("月"), S(ch * r.randint(1, 2)), T("日")]


def sent_end(r):
    return "。"


# ---------------------------------------------------------------------------
# ph positive styles: each returns (segments, description)
# ---------------------------------------------------------------------------

def ph_count_units(r):
    ch = xch(r)
    c = comma(r)
    k = r.randrange(7)
    if k == 0:
        it, u = item_phrase(r)
        return [T(pick(r, SUBJ) + "全年" + it), S(mx(r, ch)), T(u + c + "同比增长" + rgrowth(r) + "%。")], "masked count before unit"
    if k == 1:
        return [T(place(r, ["社区", "村", "街道", "镇"]) + "现有户籍人口"), S(mx(r, ch, 2, 4)), T("户"), S(mx(r, ch, 2, 5)),
                T("人" + c + "常住人口" + rint(r, 2000, 60000) + "人。")], "household and person counts masked"
    if k == 2:
        return [T("发放宣传资料"), S(mx(r, ch, 2, 4)), T("份" + c + "张贴海报" + rint(r, 20, 900, False) + "张" + c + "受益群众"),
                S(mx(r, ch, 2, 4)), T("人次。")], "leaflet and attendance counts masked"
    if k == 3:
        return [T("其中" + c + "党员"), S(mx(r, ch, 1, 3)), T("名" + c + "入党积极分子" + str(r.randint(2, 30)) + "名" + c + "发展对象"),
                S(mx(r, ch, 1, 2)), T("名。")], "party member counts masked"
    if k == 4:
        it = pick(r, ["安全隐患", "消防隐患", "燃气安全隐患", "食品安全问题"])
        return [T("全年共排查" + it), S(mx(r, ch, 2, 3)), T("处" + c + "已整改到位" + rint(r, 2, 300, False) + "处" + c + "整改率达" + rdone(r) + "%。")], "inspection count masked"
    if k == 5:
        return [T("新建" + pick(r, ["公共厕所", "垃圾中转站", "文化广场", "口袋公园", "篮球场"])), S(mx(r, ch, 1, 2)),
                T(pick(r, ["座", "个", "处"]) + c + "改造提升背街小巷"), S(mx(r, ch, 2, 3)), T("条" + c + "总长"), S(mx(r, ch, 1, 2) + "." + ch), T("公里。")], "facility counts and length masked"
    return [S(mx(r, ch, 2, 3)), T("家" + pick(r, ["规上企业", "个体工商户", "农民专业合作社", "家庭农场"]) + "纳入" + pick(r, ["监测", "帮扶", "培育", "统计"]) + "范围" + c + pick(r, TAIL) + "。")], "masked count at sentence start"


def ph_money(r):
    ch = xch(r) if r.random() < 0.85 else "×"
    c = comma(r)
    k = r.randrange(7)
    kind = "dec" if ch == "×" else None
    if k == 0:
        return [T(year(r) + "年" + c + "完成固定资产投资"), S(mnum(r, ch, kind)), T("亿元" + c + "同比增长" + rgrowth(r) + "%。")], "masked amount before 亿元"
    if k == 1:
        return [T("争取上级各类资金"), S(mnum(r, ch, kind)), T("万元" + c + "其中" + pick(r, ["中央", "省级", "市级"]) + "资金" + rdec(r, 10, 900, 2) + "万元。")], "masked total, real part"
    if k == 2:
        return [T("发放" + pick(r, ["耕地地力保护补贴", "高龄津贴", "临时救助金", "就业补助资金", "残疾人两项补贴"])), S(mnum(r, ch, kind)), T("万元" + c + "惠及群众" + rint(r, 50, 9000) + "人次。")], "masked amount before 万元"
    if k == 3:
        return [T("村集体经济收入达到"), S(mnum(r, ch, kind)), T("万元" + c + "比上年增加"), S(mnum(r, ch, "int")), T("万元。")], "two masked amounts"
    if k == 4:
        return [T("项目总投资约"), S(mnum(r, ch, kind)), T("万元" + c + "已完成投资" + rdec(r, 100, 9000, 1) + "万元" + c + "占总投资的" + rpct(r) + "%。")], "masked project total"
    if k == 5:
        cur = r.choice(["￥", "¥", "人民币"])
        return [T("合同金额为" + cur), S(mnum(r, ch, "comma" if ch != "×" else "dec")), T("元（大写：" + pick(r, ["壹拾万元整", "伍万元整", "叁仟元整"]) + "）。")], "masked contract amount after currency sign"
    kd = "dec"
    return [T("实现一般公共预算收入"), S(mnum(r, ch, kd)), T("亿元" + c + "税收收入"), S(mnum(r, ch, kd)), T("亿元" + c + "税收占比" + rdec(r, 55, 85, 1) + "%。")], "masked budget figures"


def ph_percent(r):
    ch = xch(r) if r.random() < 0.85 else "×"
    c = comma(r)
    pc = "%" if r.random() < 0.8 else "％"
    k = r.randrange(7)

    def pm():
        return r.choice([ch * 2, ch * 3, ch * 2 + "." + ch, ch + "." + ch * 2]) if ch != "×" else ch * 2
    if k == 0:
        return [T("地区生产总值同比增长"), S(pm()), T(pc + c + "高于全市平均水平" + rdec(r, 0.1, 3, 1) + "个百分点。")], "masked growth rate"
    if k == 1:
        return [T(pick(r, ["生活垃圾无害化处理率", "群众满意度", "义务教育巩固率", "农村自来水普及率", "城乡居民医保参保率"]) + "达到"), S(pm()), T(pc + "。")], "masked rate at sentence end"
    if k == 2:
        return [T("空气质量优良天数比例为" + rpct(r) + pc + c + "较上年提高"), S(ch + "." + ch), T("个百分点。")], "masked percentage points"
    if k == 3:
        return [T(pick(r, ["任务完成率", "整改完成率", "目标完成率"])), S(pm()), T(pc + c + "排名全" + pick(r, ["市", "区", "县"]) + "第" + pick(r, CN_ORD[:6]) + "。")], "masked completion rate"
    if k == 4:
        return [T("人口自然增长率为"), S(ch * 2 if ch != "×" else ch * 2), T("‰" + c + "出生人口" + rint(r, 100, 3000, False) + "人。")], "masked per-mille"
    if k == 5:
        if r.random() < 0.4:
            return [T("三次产业结构调整为"), S(ch * 2 + ":" + ch * 2 + ":" + ch * 2), T(c + "服务业占比稳步提升。")], "masked ratio with ASCII colons (one token)"
        sep = r.choice(["∶", "："])
        return [T("三次产业结构调整为"), S(ch * 2), T(sep), S(ch * 2), T(sep), S(ch * 2), T(c + "服务业占比稳步提升。")], "masked ratio with ratio signs (separate numbers)"
    return [T("其中" + c + "第二产业增加值增长百分之"), S(ch * 2), T(c + "第三产业增长" + rgrowth(r) + pc + "。")], "masked rate after 百分之"


def ph_dates(r):
    ch = xch(r)
    c = comma(r)
    k = r.randrange(8)
    if k == 0:
        return [T(pick(r, ["省爱卫办", "市督查组", "区考核组", "上级专家组"]))] + ph_month_day(r, ch) + [T("对我" + pick(r, ["街", "镇", "区", "县"]) + "开展" + pick(r, ["实地督导", "考核验收", "暗访检查"]) + "。")], "masked month and day"
    if k == 1:
        return [T("20"), S(ch * 2), T("年" + c + pick(r, SUBJ) + pick(r, ADV) + pick(r, VP) + "。")], "masked year digits"
    if k == 2:
        return [T("202"), S(ch), T("年"), S(ch * r.randint(1, 2)), T("月" + c + "项目完成竣工验收并投入使用。")], "partly masked year and month"
    if k == 3:
        return [S(ch * 2), T("月"), S(ch * 2 + "-" + ch * 2), T("日" + c + pick(r, ["暗访组", "评估组", "督导组"]) + "对辖区" + pick(r, ["农贸市场", "学校食堂", "建筑工地"]) + "进行检查。")], "masked date range joined by hyphen"
    if k == 4:
        return [T("本方案自"), S(ch * 4), T("年"), S(ch * 2), T("月"), S(ch * 2), T("日起施行。")], "fully masked date"
    if k == 5:
        return [T("于20"), S(ch * 2), T("年第"), S(ch), T("季度前完成" + pick(r, ["招标采购", "主体施工", "设备安装", "征地拆迁"]) + "。")], "masked year and quarter"
    if k == 6:
        return [T("会议于"), S(ch + ch), T("月"), S(ch + ch), T("日上午"), S(ch * 2 + ":" + ch * 2), T("在" + pick(r, STEMS) + "会议室召开。")], "masked date and clock time"
    return [T("20"), S(ch * 2), T("—20"), S(ch * 2), T("年" + c + "计划分三个阶段推进" + pick(r, ["城市更新", "乡村振兴", "教育强区", "全域旅游"]) + "工作。")], "masked period, dash outside spans"


def ph_places(r):
    ch = r.choice("xxXXX")
    c = comma(r)
    k = r.randrange(7)
    if k == 0:
        return [S(ch * 2), T("县"), S(ch * 2), T("镇" + pick(r, ["卫生院", "中心小学", "敬老院"]) + "被评为省级示范单位。")], "masked county and town"
    if k == 1:
        return [T("根据《关于对"), S(ch * 2), T("市" + pick(r, ["城区病媒生物防制", "健康城市建设", "食品安全示范创建"]) + "工作评估意见的函》" + c + "我市顺利通过评估。")], "masked city inside document title"
    if k == 2:
        return [T("在"), S(ch * 2), T("街道"), S(ch * 2), T("社区开展" + pick(r, ACTIVITY) + c + pick(r, TAIL) + "。")], "masked street and community"
    if k == 3:
        return [T("地址：" + pick(r, ["", "湖南省"])), S(ch * 2), T("市"), S(ch * 2), T("区"), S(ch * 2), T("路"), S(ch * r.randint(1, 3)), T("号")], "masked address parts"
    if k == 4:
        return [S(ch * 2), T("村"), S(ch), T("组村民反映" + pick(r, ["道路积水", "饮水不稳定", "路灯损坏", "河道淤积"]) + "问题已督促整改。")], "masked village and group at sentence start"
    if k == 5:
        return [T("组织干部赴"), S(ch * 2), T("省"), S(ch * 2), T("市学习考察" + pick(r, ["基层治理", "产业发展", "营商环境"]) + "先进经验。")], "masked province and city"
    return [T("对" + pick(r, STEMS) + "镇、"), S(ch * 2), T("镇等" + str(r.randint(3, 9)) + "个乡镇开展交叉检查。")], "one masked town in a list"


def ph_orgs(r):
    ch = r.choice("xxXXX")
    c = comma(r)
    k = r.randrange(7)
    if k == 0:
        return [S(ch * 2), T(pick(r, COMPANY_KIND) + "投资建设的" + pick(r, PROJ_KIND) + "已开工。")], "masked company name"
    if k == 1:
        return [T("由区"), S(ch * 2), T("局牵头" + c + "各街道配合" + c + "建立联席会议制度。")], "masked bureau"
    if k == 2:
        return [S("某某"), T(pick(r, ["公司", "单位", "合作社", "医院"]) + "存在" + pick(r, ["消防通道堵塞", "未按规定建立台账", "超范围经营"]) + "问题" + c + "已责令限期整改。")], "某某 standing for an organisation"
    if k == 3:
        return [T("协调"), S(ch * 2), T("银行"), S(ch * 2), T("支行发放" + pick(r, ["创业担保贷款", "惠农贷款", "小微企业贷款"]) + rdec(r, 50, 900, 1) + "万元。")], "masked bank and branch"
    if k == 4:
        return [T("与"), S(ch * 3), T(pick(r, ["大学", "职业技术学院", "农业科学院"]) + "签订战略合作协议" + c + "共建实训基地。")], "masked university"
    if k == 5:
        return [T("经"), S(ch * 2), T("单位推荐" + c + pick(r, ["拟评选", "拟表彰"]) + "先进集体" + str(r.randint(2, 15)) + "个。")], "masked unit"
    return [T("委托第三方机构"), S(ch * 2), T("检测有限公司对" + pick(r, ["饮用水水源", "土壤环境", "噪声排放"]) + "开展监测。")], "masked testing company"


def ph_people_mou(r):
    c = comma(r)
    k = r.randrange(7)
    sn = pick(r, SURN)
    sn2 = pick(r, [s for s in SURN if s != sn])
    if k == 0:
        return [T("村民" + sn), S("某"), T("因" + pick(r, ["宅基地", "土地流转", "相邻通行", "赡养"]) + "纠纷多次上访" + c + "经调解双方达成协议。")], "surname + 某"
    if k == 1:
        return [T("犯罪嫌疑人" + sn), S("某某"), T("已被依法" + pick(r, ["刑事拘留", "移送起诉", "取保候审"]) + "。")], "surname + 某某"
    if k == 2:
        return [T("当事人" + sn), S("某某"), T("与" + sn2), S("某"), T("签订" + pick(r, ["借款合同", "租赁合同", "承包协议"]) + "。")], "two pseudonyms"
    if k == 3:
        return [S("某某某"), T(pick(r, ["同志", "同学", "先生"]) + "被评为" + pick(r, ["优秀共产党员", "最美志愿者", "岗位能手"]) + "。")], "whole name 某某某"
    if k == 4:
        s2 = pick(r, SURN2)
        return [T("案例二：" + s2), S("某"), T("利用职务便利" + c + "违规" + pick(r, ["报销费用", "发放补贴", "收受礼金"]) + rint(r, 2000, 90000) + "元。")], "compound surname + 某"
    if k == 5:
        return [T("经查" + c + pick(r, ["网格员", "业主", "店主", "驾驶员"]) + sn), S("某"), T("、" + sn2), S("某某"), T("等" + str(r.randint(3, 8)) + "人参与。")], "pseudonyms in a list"
    return [T("申请人" + sn), S("某"), T("（" + pick(r, ["男", "女"]) + "，" + str(r.randint(25, 78)) + "岁）反映" + pick(r, ["拖欠工资", "物业收费", "噪声扰民"]) + "问题。")], "pseudonym before bracket"


def ph_people_x(r):
    ch = r.choice("xxXXX")
    c = comma(r)
    k = r.randrange(7)
    if k == 0:
        return [S(ch * 3), T("同志任" + pick(r, STEMS) + pick(r, ["街道党工委书记", "镇党委副书记", "社区党委书记"]) + "。")], "whole name masked"
    if k == 1:
        return [S(ch * 2), T(pick(r, ["副市长", "副区长", "副县长", "书记"]) + "召开会议亲自部署" + pick(r, ["创卫", "防汛", "信访", "招商"]) + "工作。")], "official's name masked before title"
    if k == 2:
        return [T("由主任医师"), S(ch * 3), T("讲解" + pick(r, ["控烟", "慢病防治", "急救"]) + "知识。")], "name masked after title"
    if k == 3:
        return [T("联系人：" + pick(r, SURN)), S(ch * 2)], "given name masked, form field"
    if k == 4:
        return [T("区委"), S(ch), T("书记" + c + pick(r, STEMS) + "街道主任" + person(r) + "出席活动。")], "single masked name before title"
    if k == 5:
        return [T("参会人员："), S(ch * 3), T("、"), S(ch * 3), T("、" + person(r) + "等。")], "masked names in a list"
    return [T("对" + pick(r, SURN)), S(ch * r.randint(1, 2)), T("等" + str(r.randint(2, 6)) + "名同志进行诫勉谈话。")], "surname kept, given name masked"


def ph_people_star(r):
    c = comma(r)
    k = r.randrange(6)
    st = "*" if r.random() < 0.85 else "＊"
    s1, s2, s3 = pick(r, SURN), pick(r, SURN), pick(r, SURN)
    if k == 0:
        return [T("获奖人员：" + s1), S(st), T(pick(r, GIVEN) + "、" + s2), S(st * 2), T("、" + s3), S(st), T(pick(r, GIVEN) + "。")], "star-masked names in a list"
    if k == 1:
        return [T("申请人" + s1), S(st * 2), T("（" + pick(r, STEMS) + "社区）符合" + pick(r, ["低保", "特困供养", "临时救助"]) + "条件" + c + "予以公示。")], "star-masked given name"
    if k == 2:
        return [T("序号" + str(r.randint(1, 40)) + "：" + s1), S(st), T(pick(r, GIVEN) + c + pick(r, ["男", "女"]) + c + str(r.randint(20, 80)) + "岁" + c + pick(r, STEMS) + "村。")], "middle character starred"
    if k == 3:
        return [T("经核查" + c + s1), S(st * 2), T("、" + s2), S(st * 2), T("两户已" + pick(r, ["脱离监测", "纳入救助", "完成危房改造"]) + "。")], "two star-masked names"
    if k == 4:
        return [T("投诉人" + s1), S(st), T("先生反映" + pick(r, ["小区停车难", "噪声扰民", "油烟污染"]) + "问题。")], "single star after surname"
    return [T("拟推荐" + s1), S(st), T(pick(r, GIVEN) + "同志为" + pick(r, ["优秀党务工作者", "先进个人", "劳动模范"]) + "候选人。")], "star inside name"


def ph_phone(r):
    k = r.randrange(7)
    ch = r.choice(["x", "X", "*", "*", "X"]) if k == 0 else r.choice(["x", "X", "X"])
    if k == 0:
        return [T("联系电话：1" + str(r.choice([3, 5, 8])) + str(r.randint(0, 9))), S(ch * 4), T(str(r.randint(1000, 9999)))], "mobile with middle digits masked"
    if k == 1:
        return [T("咨询电话：0" + str(r.randint(100, 999)) + "-"), S(ch * 8)], "landline number masked"
    if k == 2:
        return [T("举报热线1"), S(ch * 2 + "-" + ch * 4 + "-" + ch * 4), T("（工作日受理）")], "hyphenated mobile masked"
    if k == 3:
        return [T("服务热线400-"), S(ch * 3 + "-" + ch * 4), T("，24小时受理群众诉求。")], "service line masked"
    if k == 4:
        return [T("联系人：" + person(r) + "，电话：（0"), S(ch * 3), T("）"), S(ch * 7)], "area code and number masked"
    if k == 5:
        return [T("请于" + str(r.randint(1, 12)) + "月底前将材料报送区" + pick(r, DEPTS) + "，联系电话"), S(ch * 8), T("。")], "number masked at sentence end"
    return [T("手机：13" + str(r.randint(0, 9)) + " "), S(ch * 4 + " " + ch * 4)], "spaced mobile masked"


def ph_email_url(r):
    ch = r.choice("xxxX")
    k = r.randrange(6)
    if k == 0:
        return [T("电子邮箱："), S(ch * 3 + "@" + ch * 3), T(".gov.cn")], "masked e-mail"
    if k == 1:
        return [T("请将报名表发送至"), S(ch * r.randint(4, 8)), T("@" + r.choice(["163.com", "126.com", "qq.com"]) + "。")], "masked mailbox name"
    if k == 2:
        return [T("详见区政府门户网站（www."), S(ch * 4), T(".gov.cn）。")], "masked domain label"
    if k == 3:
        return [T("登录http://www."), S(ch * 3), T(".cn/"), S(ch * 4), T("/进行网上申报。")], "masked URL parts"
    if k == 4:
        return [T("视频会议服务器地址为" + str(r.randint(10, 192)) + "." + str(r.randint(0, 255)) + "."), S(ch * 2 + "." + ch * 2), T("。")], "masked IP address octets"
    return [T("关注微信公众号“"), S(ch * 2), T("发布”了解最新政策。")], "masked account name"


def ph_id_bank(r):
    k = r.randrange(7)
    st = r.choice(["*", "*", "X", "x"])
    if k == 0:
        return [T("身份证号：" + str(r.randint(110101, 659004))), S("*" * 8), T("%03d" % r.randint(0, 999) + r.choice(["X", str(r.randint(0, 9))]))], "ID number middle starred, check char real"
    if k == 1:
        return [T("公民身份号码：" + str(r.randint(11, 65))), S("x" * 16)], "ID number mostly masked"
    if k == 2:
        return [T("身份证号码："), S("X" * 18)], "ID number fully masked"
    if k == 3:
        return [T("银行卡号：" + str(r.choice([6222, 6217, 6228, 6236]))) , T(" "), S(st * 4 + " " + st * 4), T(" " + "%04d" % r.randint(0, 9999))], "bank card middle groups masked"
    if k == 4:
        return [T("开户行："), S(st * 2 if st not in "*" else "XX"), T("银行"), S("XX"), T("支行")], "bank and branch masked"
    if k == 5:
        return [T("账号："), S(st * 4 + " " + st * 4 + " " + st * 4 + " " + st * 4)], "account number fully masked"
    return [T("补贴资金直接发放至户主“一卡通”账户（卡号后四位"), S(st * 4 if st != "*" else "xxxx"), T("）。")], "last four digits masked"


def ph_plate_credit(r):
    k = r.randrange(6)
    prov = pick(r, list("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"))
    let = pick(r, list("ABCDEFGHJKLMN"))
    if k == 0:
        return [T("查扣涉案车辆" + str(r.randint(1, 9)) + "辆（车牌号" + prov + let + "·"), S("X" * 5), T("）。")], "plate fully masked"
    if k == 1:
        return [T("肇事车辆（" + prov + let), S("*" * 3), T(str(r.randint(10, 99)) + "）为小型轿车，驾驶员已被依法处理。")], "plate middle starred"
    if k == 2:
        return [T("统一社会信用代码：91" + str(r.randint(110000, 659000))), S("X" * 10)], "credit code masked"
    if k == 3:
        return [T("组织机构代码："), S("X" * 8 + "-" + "X")], "organisation code masked"
    if k == 4:
        return [T("营业执照注册号" + str(r.randint(4301, 4399))), S("x" * 11), T("，经营范围为" + pick(r, ["农副产品销售", "建筑劳务分包", "物业管理"]) + "。")], "registration number masked"
    return [T("食品经营许可证编号JY" + str(r.randint(1, 9))), S("X" * r.randint(10, 13))], "licence number masked after real prefix"


def ph_docnum(r):
    ch = r.choice("xxXXX")
    k = r.randrange(6)
    if k == 0:
        return [T("根据《关于印发" + pick(r, ["年度重点工作任务", "实施方案", "考核办法"]) + "的通知》（"), S(ch), T(pick(r, ["政办发", "爱卫办", "发改", "人社发"]) + "〔20"), S(ch * 2), T("〕"), S(ch * 2), T("号）精神。")], "masked document number parts"
    if k == 1:
        return [T("（" ), S(ch), T("爱卫办〔" + year(r) + "〕"), S(ch * r.randint(1, 2)), T("号）")], "issuer prefix and serial masked"
    if k == 2:
        return [T("文号："), S(ch * 2), T("〔" + year(r) + "〕"), S(ch), T("号")], "form field document number"
    if k == 3:
        return [S(ch * 2), T("发〔202"), S(ch), T("〕"), S(ch * 2), T("号文件已于" + str(r.randint(1, 12)) + "月转发至各" + pick(r, ["社区", "村", "科室"]) + "。")], "document number at sentence start"
    if k == 4:
        return [T("依据" + pick(r, ["区委", "县政府", "市纪委"]) + "〔" + year(r) + "〕第"), S(ch * 2), T("号会议纪要" + comma(r) + pick(r, ["明确责任分工", "细化工作措施", "建立工作专班"]) + "。")], "masked serial in minutes number"
    return [T("抄送：" + pick(r, ["区委办", "区人大办", "区政协办"]) + "。\n" + pick(r, ["区政府办公室", "县人民政府办公室"]) + "　" + year(r) + "年"), S(ch * 2), T("月"), S(ch * 2), T("日印发")], "masked issue date in footer"


def ph_ordinals(r):
    ch = r.choice("xxXXX")
    c = comma(r)
    k = r.randrange(6)
    if k == 0:
        return [T("依据《" + pick(r, ["安全生产法", "消防法", "食品安全法"]) + "》第"), S(ch * r.randint(1, 3)), T("条" + c + "依法作出行政处罚。")], "masked article number"
    if k == 1:
        return [T("全年综合考核位列全" + pick(r, ["市", "区", "县"]) + "第"), S(ch * r.randint(1, 2)), T("名。")], "masked rank"
    if k == 2:
        return [T("成功举办第"), S(ch * 2), T("届" + pick(r, STEMS) + pick(r, ["荔枝节", "油菜花节", "龙舟赛", "农民丰收节"]) + "。")], "masked edition"
    if k == 3:
        return [T("入选第"), S(ch), T("批省级" + pick(r, ["传统村落", "特色小镇", "乡村治理示范村"]) + "名单。")], "masked batch"
    if k == 4:
        return [T("召开党工委会议第"), S(ch * 2), T("次会议" + c + "研究" + pick(r, ["年度预算", "人事安排", "项目建设"]) + "事项。")], "masked meeting number"
    return [T("全省排名由上年的第" + str(r.randint(5, 40)) + "位上升至第"), S(ch * 2), T("位。")], "masked rank, previous real"


def ph_cross(r):
    c = comma(r)
    k = r.randrange(7)
    if k == 0:
        return [T("全年完成税收"), S("××"), T("万元" + c + "同比增长" + rgrowth(r) + "%。")], "×× amount"
    if k == 1:
        return [S("××"), T(pick(r, ["街道", "镇", "社区"]) + "党工委扎实" + pick(r, VP) + "。")], "×× place at start"
    if k == 2:
        return [T(pick(r, ["二〇", "二○"])), S("××"), T("年"), S("×"), T("月"), S("×"), T("日")], "×× in Chinese-numeral date"
    if k == 3:
        return [T("经研究" + c + "同意"), S("×××"), T("同志辞去" + pick(r, ["社区主任", "村委会委员", "网格长"]) + "职务。")], "××× name"
    if k == 4:
        return [T("依据第"), S("×"), T("条规定" + c + "对" + pick(r, ["违规经营", "占道经营", "违规搭建"]) + "行为予以查处。")], "× ordinal"
    if k == 5:
        return [T(year(r) + "年"), S("×"), T("月" + c + "完成" + pick(r, STEMS) + pick(r, PROJ_KIND) + "竣工验收。")], "× month"
    return [T("覆盖率达到"), S("××"), T("%" + c + "较上年提高" + rdec(r, 0.5, 9, 1) + "个百分点。")], "×× percentage"


def ph_circle_square(r):
    c = comma(r)
    m = r.choice(["○", "□"])
    k = r.randrange(6)
    if k == 0:
        return [S(m * 2), T(pick(r, ["镇", "街道", "乡"]) + "组织开展" + pick(r, ACTIVITY) + "。")], "circle/square run for a place"
    if k == 1:
        return [T("安排专项资金"), S(m * 2), T("万元用于" + pick(r, ["困难群众救助", "农村道路维护", "校舍维修"]) + "。")], "run for an amount"
    if k == 2:
        return [T("日期："), S(m * 4), T("年"), S(m), T("月"), S(m), T("日")], "masked date with single-char month/day"
    if k == 3:
        return [T("推荐"), S(m * 3), T("同志为" + pick(r, ["人大代表", "政协委员", "劳动模范"]) + "人选。")], "masked name"
    if k == 4:
        return [T("第"), S(m * 2), T("号"+ pick(r, ["公告", "通告", "决定"]) + "已于" + year(r) + "年" + str(r.randint(1, 12)) + "月发布。")], "masked serial"
    return [T(pick(r, STEMS) + "村、"), S(m * 2), T("村被确定为" + pick(r, ["美丽乡村示范村", "数字乡村试点村", "集体经济强村"]) + "。")], "masked village in a list"


def ph_fullwidth(r):
    c = comma(r)
    k = r.randrange(6)
    if k == 0:
        return [T("完成投资"), S("ｘｘ．ｘｘ"), T("万元。")], "full-width masked decimal"
    if k == 1:
        return [S("ＸＸ"), T(pick(r, ["社区", "街道", "镇"]) + "新增" + pick(r, ["充电桩", "停车泊位", "健身路径", "垃圾分类投放点"]) + rint(r, 3, 90) + "个。")], "full-width XX place"
    if k == 2:
        return [T("２０"), S("ＸＸ"), T("年" + c + pick(r, SUBJ) + pick(r, ADV) + pick(r, VP) + "。")], "full-width year mask after full-width digits"
    if k == 3:
        return [T("联系电话：１３８"), S("＊＊＊＊"), T("５６７８")], "full-width stars in phone"
    if k == 4:
        return [T("受理群众诉求"), S("ｘｘｘ"), T("件" + c + "办结率" + rdone(r) + "%。")], "full-width x count"
    return [T("负责人："), S("ＸＸＸ"), T(c + "联系方式："), S("＿＿＿＿＿＿")], "full-width name mask and blank"


def ph_partial(r):
    c = comma(r)
    ch = r.choice("xxX")
    k = r.randrange(6)
    if k == 0:
        return [T("202"), S(ch), T("年" + c + pick(r, SUBJ) + "将" + pick(r, VP) + "。")], "last year digit masked"
    if k == 1:
        it, u = item_phrase(r)
        return [T(it + str(r.randint(1, 9))), S(ch * 2), T(u + "。")], "trailing digits masked"
    if k == 2:
        return [T("增速为" + str(r.randint(1, 9))), S(ch), T("." + str(r.randint(0, 9)) + "%" + c + "高于预期。")], "digit before decimal masked"
    if k == 3:
        return [T("惠及"), S(ch * 2), T(str(r.randint(1, 9)) + "户群众。")], "leading digits masked"
    if k == 4:
        return [T("受益学生" + str(r.randint(1, 9)) + ","), S(ch * 3), T("人次。")], "thousands masked after comma"
    return [T("在" + str(r.randint(1, 9))), S(ch), T("月份完成" + pick(r, ["主体验收", "招投标", "资金拨付"]) + "。")], "second month digit masked"


def ph_yyyymmdd(r):
    k = r.randrange(6)
    y, m, d = r.choice([("YYYY", "MM", "DD"), ("yyyy", "mm", "dd"), ("YYYY", "MM", "DD")])
    if k == 0:
        return [T("填报时间："), S(y), T("年"), S(m), T("月"), S(d), T("日")], "date template letters"
    if k == 1:
        return [T("报送日期：" ), S(y + "-" + m + "-" + d)], "ISO date template"
    if k == 2:
        return [T("（20"), S("YY"), T("年度）" + pick(r, SUBJ) + "工作总结")], "YY year template"
    if k == 3:
        return [T("截至"), S(y + "/" + m + "/" + d), T("，累计完成" + pick(r, ["重点任务", "整改事项", "民生实事"]) + rint(r, 5, 200) + "项。")], "slash date template"
    if k == 4:
        return [T("会议时间：" + str(r.randint(2022, 2024)) + "年" + str(r.randint(1, 12)) + "月" + str(r.randint(1, 28)) + "日"), S("HH:mm" if r.random() < 0.5 else "hh:mm")], "clock template"
    return [T("文件编号：" + pick(r, ["综治", "应急", "民政"]) + "〔"), S(y), T("〕"), S("NN"), T("号")], "document number template letters"


FIELD_NAMES = ["单位名称", "项目名称", "姓名", "填报日期", "金额", "具体数字", "联系电话", "文号", "地址", "负责人",
               "待补充", "部门名称", "时间", "数量", "联系人", "地点", "标题", "正文内容", "键入文档标题", "公司名称"]


def ph_brackets(r):
    c = comma(r)
    br = r.choice([("【", "】"), ("【", "】"), ("[", "]"), ("［", "］"), ("〖", "〗")])
    f = lambda names: br[0] + pick(r, names) + br[1]
    ORGF = ["单位名称", "部门名称", "公司名称", "街道名称"]
    k = r.randrange(8)
    if k == 0:
        return [T("根据"), S(f(ORGF)), T("年度工作安排" + c + "现将有关情况报告如下：")], "bracketed organisation field"
    if k == 1:
        return [T("由"), S(f(["负责人", "部门名称", "牵头单位名称"])), T("牵头" + c + "各相关部门配合。")], "field as subject"
    if k == 2:
        return [T("本年度累计完成投资"), S(f(["金额", "具体数字", "具体数据"])), T("万元。")], "field instead of amount"
    if k == 3:
        return [S(f(ORGF)), T(year(r) + "年度" + pick(r, ["安全生产", "党风廉政建设", "平安建设"]) + "工作总结")], "field in title"
    if k == 4:
        return [T("项目负责人："), S(f(["姓名", "负责人"])), T("　联系电话："), S(f(["联系电话", "电话号码"]))], "two fields in a form line"
    if k == 5:
        return [T("经" + pick(r, ["党工委", "镇党委", "局党组"]) + "会议研究" + c + "决定对"), S(f(["单位名称", "姓名"])), T("予以通报表扬。")], "field in sentence middle"
    if k == 6:
        return [T("根据《关于印发" + pick(r, ["年度考核办法", "实施方案", "工作要点"]) + "的通知》（"), S(f(["文号", "发文字号"])), T("）要求" + c + pick(r, SUBJ) + pick(r, ADV) + pick(r, VP) + "。")], "document number field"
    return [T("活动地点："), S(f(["地址", "活动地点"])), T("；时间："), S(f(["日期", "时间"]))], "place and date fields"



NAME_VARS = ["{name}", "{姓名}", "«姓名»", "<<姓名>>", "{ MERGEFIELD 姓名 }", "${name}", "{{name}}", "%s", "[[姓名]]"]
ORG_VARS = ["{org}", "${org_name}", "{{单位名称}}", "<<单位名称>>", "«单位»", "{单位}", "{ MERGEFIELD 单位 }", "%s", "[[单位]]"]
NUM_VARS = ["${amount}", "#{total}", "{0}", "%d", "{{count}}", "{num}", "%s"]
DATE_VARS = ["{{date}}", "${date}", "{日期}", "«日期»", "{1}"]
PLACE_VARS = ["[[地点]]", "{place}", "${address}", "<<地点>>"]


def ph_template_vars(r):
    c = comma(r)
    k = r.randrange(6)
    if k == 0:
        return [T("尊敬的"), S(pick(r, NAME_VARS)), T("：现将" + year(r) + "年度" + pick(r, ["考核结果", "补贴发放情况", "体检安排"]) + "通知如下。")], "template variable as addressee"
    if k == 1:
        return [T("全年累计发放资金"), S(pick(r, NUM_VARS)), T("元" + c + "惠及"), S(pick(r, NUM_VARS)), T("户。")], "template variables instead of numbers"
    if k == 2:
        return [S(pick(r, ORG_VARS)), T(year(r) + "年工作总结")], "variable at title start"
    if k == 3:
        return [T("申请人"), S(pick(r, NAME_VARS)), T("于"), S(pick(r, DATE_VARS)), T("提交" + pick(r, ["低保", "救助", "补贴"]) + "申请" + c + "经审核符合条件。")], "name and date variables"
    if k == 4:
        return [T("落款："), S(pick(r, ORG_VARS))], "variable in sign-off field"
    return [T("会议地点："), S(pick(r, PLACE_VARS)), T(c + "参会单位："), S(pick(r, ORG_VARS)), T("等。")], "place and organisation variables"



def ph_fill_blanks(r):
    c = comma(r)
    k = r.randrange(6)
    u = r.choice(["_", "_", "＿"])
    if k == 0:
        return [S(u * 4), T("年"), S(u * 2), T("月"), S(u * 2), T("日")], "blank date line"
    if k == 1:
        return [T("姓名："), S(u * r.randint(6, 10)), T("　　性别："), S(u * 4)], "blank form fields"
    if k == 2:
        return [T("全年共完成" + pick(r, ["培训", "检查", "宣传"])), S(u * 4), T("场次" + c + "覆盖"), S(u * 4), T("人。")], "blanks instead of numbers"
    if k == 3:
        return [T("本人签字："), S(u * 8), T("　日期："), S(u * 4), T("年"), S(u * 2), T("月"), S(u * 2), T("日")], "signature and date blanks"
    if k == 4:
        return [T("联系电话："), S(u * 11)], "phone blank"
    return [T("我单位"), S(u * 6), T("年度共收到群众来信来访"), S(u * 3), T("件。")], "blanks in a sentence"


WP_LEFT = ["单击此处输入文字。", "单击或点击此处输入文字。", "单击此处输入日期。", "点击此处添加文本", "单击此处添加标题",
           "在此处键入", "错误！未找到引用源。", "错误!未找到引用源。", "错误！未定义书签。", "Click here to enter text.",
           "Click or tap here to enter text.", "Error! Reference source not found.", "Error! Bookmark not defined.",
           "请在此处输入正文", "单击此处添加副标题"]


def ph_wp_leftover(r):
    c = comma(r)
    w = pick(r, WP_LEFT)
    k = r.randrange(5)
    if k == 0:
        return [T("填报单位："), S(w)], "word-processor leftover in form field"
    if k == 1:
        w = pick(r, [x for x in WP_LEFT if x.startswith(("错误", "Error"))])
        return [T("详见"), S(w), T(c + pick(r, TAIL) + "。")], "broken cross-reference"
    if k == 2:
        return [T(heading(r, 0) + "\n"), S(w), T("\n" + clean_sentence(r))], "leftover as paragraph body"
    if k == 3:
        return [T(clean_sentence(r)), S(w)], "leftover after text"
    return [S(w), T("\n" + clean_sentence(r))], "leftover at paragraph start"


INSTR_BR = ["（此处填写具体数据）", "（请根据实际情况填写）", "（此处插入照片）", "【此处插入图表】", "（由各单位自行填写）",
            "（请填写完成情况，不超过200字）", "（此处填写负责人姓名）", "(此处插入附件清单)", "（请在此处简要说明原因）",
            "【请填写】", "（待补充）", "（待定）", "（此处粘贴数据表）", "(请输入项目名称)", "（数据待核实）"]


def ph_instructions(r):
    c = comma(r)
    k = r.randrange(5)
    if k == 0:
        it, u = item_phrase(r)
        return [T("全年累计" + it), S(pick(r, INSTR_BR)), T(u + "。" if r.random() < 0.5 else "。")], "instruction instead of figure"
    if k == 1:
        return [T(heading(r, 1) + "\n"), S(pick(r, INSTR_BR))], "instruction as section body"
    if k == 2:
        return [T(pick(r, ["存在问题", "主要成效", "典型经验"]) + "：" ), S(pick(r, INSTR_BR)), T(c + pick(r, TAIL) + "。")], "instruction in sentence"
    if k == 3:
        return [T(clean_sentence(r) + "\n"), S(pick(r, ["请在此处填写本单位基本情况。", "此处填写下一步工作计划", "请在此处插入工作照片"]))], "bare instruction line"
    return [T("项目进度："), S(pick(r, INSTR_BR)), T(c + "资金来源："), S(pick(r, INSTR_BR))], "two instructions in a form line"


PEND = ["待定", "待核实", "待确认", "待补充", "待填", "TBD", "TODO", "N/A", "TBA"]


def ph_pending(r):
    k = r.randrange(6)
    p = lambda: pick(r, PEND)
    if k == 0:
        return [T("完成时限："), S(p())], "pending value after colon"
    if k == 1:
        return [T("| " + pick(r, STEMS) + pick(r, PROJ_KIND) + " | "), S(p()), T(" | " + rdec(r, 100, 9000, 1) + " |")], "pending value in table cell"
    if k == 2:
        return [T("责任单位："), S(p()), T("；牵头领导："), S(p()), T("。")], "two pending values"
    if k == 3:
        return [S("TODO"), T("：核对" + pick(r, ["全年财政收入", "三季度就业", "项目投资"]) + "数据")], "TODO marker at line start"
    if k == 4:
        return [T("资金来源｜"), S(p()), T("｜")], "pending value between full-width bars"
    return [T(clean_sentence(r) + "\n备注：" ), S(p())], "pending remark on its own line"


def ph_form(r):
    ch = r.choice("xX")
    u = r.choice(["_", "＿"])
    kind = pick(r, ["街道", "镇"])
    yr = year(r)
    segs = [T(pick(r, STEMS) + kind + yr + "年" + pick(r, ["安全生产", "民生实事", "信访维稳", "河长制"]) + "工作情况统计表\n")]
    rows = []
    rows.append([T("填报单位："), S(ch * 2), T({"街道": "街道办事处", "镇": "镇人民政府"}[kind] + "（盖章）")])
    rows.append([T("填报人：" + person(r) + "　　联系电话：1" + str(r.choice([3, 5, 8])) + str(r.randint(0, 9))), S(ch * 8)])
    rows.append([T("填报日期：" + yr + "年"), S(ch), T("月"), S(ch * 2), T("日")])
    rows.append([T("一、基本情况：" + clean_sentence(r))])
    rows.append([T("二、存在问题："), S(u * r.randint(8, 16))])
    rows.append([T("三、整改措施：" + pick(r, ["建立台账，逐项销号", "明确专人，限期整改", "加强巡查，动态清零"]))])
    rows.append([T("四、完成时限："), S(pick(r, ["待定", "待确认", "TBD"]))])
    rows.append([T("审核人："), S(ch * 3), T("　　负责人：" + person(r))])
    idx = sorted(r.sample(range(len(rows)), r.randint(4, 7)))
    keep = [rows[i] for i in idx]
    if not any(seg[1] for row in keep for seg in row):
        keep[0] = rows[0]
    for i, row in enumerate(keep):
        segs += row
        if i < len(keep) - 1:
            segs.append(T("\n"))
    return segs, "form with masked and blank fields among real ones"



def ph_signoff(r):
    ch = r.choice(["x", "X", "X", "×"])
    k = r.randrange(4)
    body = clean_sentence(r) + "\n" + pick(r, ["特此报告。", "特此请示，请予审批。", "以上报告，请审议。", "特此通知。"]) + "\n\n"
    if k == 0:
        return [T(body), S(ch * 2), T(pick(r, ["县人民政府", "区人民政府办公室", "街道办事处"]) + "\n" + ("20" if ch != "×" else "二〇")), S(ch * 2), T("年"), S(ch), T("月"), S(ch), T("日")], "masked issuer and date in sign-off"
    if k == 1:
        st = pick(r, STEMS)
        return [T(body + "中共" + st + "镇委员会\n" + st + "镇人民政府\n" + year(r) + "年"), S(ch), T("月"), S(ch * 2), T("日\n（联系人："), S(ch * 3), T("，电话："), S(ch * 8 if ch != "×" else "××××××××"), T("）")], "real issuer, masked date and contact"
    if k == 2:
        return [T(body + "附件：1." + pick(r, ["项目清单", "资金明细表", "责任分工表"]) + "\n\n"), S(ch * 3), T("（签名）\n" + year(r) + "年" + str(r.randint(1, 12)) + "月" + str(r.randint(1, 28)) + "日")], "masked signatory"
    return [T(body + "单位（盖章）："), S(pick(r, ["_", "＿"]) * 10), T("\n负责人（签字）："), S(pick(r, ["_", "＿"]) * 8), T("\n" + year(r) + "年" + str(r.randint(1, 12)) + "月" + str(r.randint(1, 28)) + "日")], "blank seal and signature lines"


def ph_table(r):
    ch = r.choice("xxX")
    sep = r.choice(["|", "｜", "\t", "  "])
    cols = [pick(r, ["项目名称", "工程名称", "任务名称"]), "投资额（万元）", pick(r, ["完成率", "形象进度"]), "责任单位"]
    lines = []

    def row(cells):
        out = []
        if sep in "|｜":
            out.append(T(sep + " "))
        for i, cseg in enumerate(cells):
            out += cseg
            if i < len(cells) - 1:
                out.append(T(" " + sep + " " if sep in "|｜" else sep))
        if sep in "|｜":
            out.append(T(" " + sep))
        return out
    segs = row([[T(c)] for c in cols])
    nrows = r.randint(2, 5)
    masked_any = False
    for i in range(nrows):
        cells = []
        m = r.random() < 0.6 or (i == nrows - 1 and not masked_any)
        which = r.randrange(4) if m else -1
        cells.append([S(ch * 2), T(pick(r, PROJ_KIND))] if which == 0 else [T(pick(r, STEMS) + pick(r, PROJ_KIND))])
        cells.append([S(mnum(r, ch, "dec"))] if which == 1 else [T(rdec(r, 50, 9000, 1))])
        cells.append([S(ch * 2), T("%")] if which == 2 else [T(rdone(r) + "%")])
        if which == 3:
            v = pick(r, ["待定", "待确认", "XX局"]) if sep.strip() else "XX局"
            cells.append([S(ch * 2), T("局")] if v == "XX局" else [S(v)])
        else:
            cells.append([T(pick(r, ["区住建局", "区水利局", "街道办", "镇政府", "区交通局"]))])
        masked_any = masked_any or m
        segs.append(T("\n"))
        segs += row(cells)
    title = [T(pick(r, ["表", "附表"]) + str(r.randint(1, 6)) + "　" + year(r) + "年重点项目推进情况\n")] if r.random() < 0.6 else []
    return title + segs, "table with masked cells"


def ph_heading(r):
    ch = r.choice("xxX")
    k = r.randrange(4)
    if k == 0:
        return [T("一、20"), S(ch * 2), T("年工作回顾\n" + clean_sentence(r))], "masked year in heading"
    if k == 1:
        return [T("（" + pick(r, CN_ORD[:6]) + "）"), S(ch * 2), T(pick(r, ["镇", "街道", "社区"]) + "：" + pick(r, HEAD2) + "\n" + clean_sentence(r))], "masked place in subheading"
    if k == 2:
        return [T(heading(r, 0) + "\n" + str(r.randint(1, 5)) + ".完成"), S(ch * 2), T("市" + pick(r, ["省级卫生城市复审", "文明城市测评", "食品安全城市创建"]) + "工作。\n" + clean_sentence(r))], "masked city in numbered heading"
    return [T("第"), S(ch), T("部分　" + pick(r, HEAD1) + "\n" + clean_sentence(r) + "\n" + clean_sentence(r))], "masked part number in heading"


def ph_pdf_break(r):
    ch = r.choice("xxX")
    k = r.randrange(4)
    it = pick(r, ["无烟学校", "健康促进医院", "卫生村", "文明单位", "美丽庭院"])
    if k == 0:
        return [T("全市共创成" + it), S(ch * 3), T("\n\n" + pick(r, ["家", "个", "所"]) + "，" + clean_sentence(r))], "mask at line end, unit on next line"
    if k == 1:
        return [T(clean_sentence(r) + "全年接待游客"), S(ch * 2 + "." + ch * 2), T("\n万人次，实现旅游收入" + rdec(r, 1, 90, 2) + "亿元。")], "masked decimal split from unit by break"
    if k == 2:
        return [T("根据文件《关于对"), S(ch * 2), T("市创建工作暗访结果反馈的函》（"), S(ch), T("爱卫办〔" + year(r) + "〕\n"), S(ch * 2), T("号），我市顺利通过暗访。")], "document number broken over lines"
    return [T("发放宣传资料" + rint(r, 100, 9000) + "份、张贴海报"), S(ch * 2), T("\n\n张，" + clean_sentence(r))], "count before page break"


def ph_mixed(r):
    ch = r.choice("xxX")
    c = comma(r)
    segs = [T(heading(r, 1) + "\n")]
    segs += [T("一是经费保障有力。财政拨款"), S(ch * 2), T("万元用于" + pick(r, ["病媒生物防制", "控烟宣传", "环境整治"]) + "。")]
    segs += [T("二是领导高度重视。"), S(ch * 2), T("副" + pick(r, ["市长", "区长", "县长"]) + "召开会议专题部署" + c + "市爱卫办")] + ph_month_day(r, ch) + [T("组织督查" + c + "通报问题"), S(ch * 2), T("个。")]
    if r.random() < 0.7:
        segs += [T("\n三是宣传氛围浓厚。全年开展宣传活动"), S(ch * 2), T("次" + c + "参与人数达"), S(ch + "." + ch * 2), T("万人次" + c + "新媒体发布文章"), S(ch * 3), T("篇。")]
    if r.random() < 0.5:
        segs += [T("\n全市综合指数为"), S(ch * 2 + "." + ch * 2), T(c + "在全省排名第"), S(ch * 2), T("位。")]
    return segs, "paragraph dense with masks of several kinds"


def ph_rare_glyphs(r):
    g = r.choice(["△", "◇", "＃", "●"])
    c = comma(r)
    k = r.randrange(5)
    if k == 0:
        return [S(g * 2), T(pick(r, ["乡", "镇", "村"]) + "完成" + pick(r, ["安全隐患整改", "河道清淤", "危房排查"]) + rint(r, 3, 300) + "处。")], "rare mask glyph run for a place"
    if k == 1:
        return [T("奖励资金"), S(g * 2), T("万元已拨付到位。")], "rare glyph run for an amount"
    if k == 2:
        return [T("经" + pick(r, ["调解委员会", "综治中心"]) + "调解" + c + "申请人"), S(g * 3), T("与被申请人" + person(r) + "达成协议。")], "rare glyph run for a name"
    if k == 3:
        return [T("第"), S(g * 2), T("号楼" + pick(r, ["外墙脱落", "电梯故障", "管道渗漏"]) + "问题已整改。")], "rare glyph run for a building number"
    return [T("全年完成率"), S(g * 2), T("%" + c + pick(r, TAIL) + "。")], "rare glyph run for a rate"


# ---------------------------------------------------------------------------
# ph negative styles: each returns (segments, description); no spans
# ---------------------------------------------------------------------------

def phn_1plusx(r):
    c = comma(r)
    k = r.randrange(6)
    if k == 0:
        return [T("深入推进“1+X”证书制度试点" + c + "全年" + rint(r, 50, 2000) + "名学生取得职业技能等级证书。")], "1+X certificate system"
    if k == 1:
        return [T("着力构建“" + str(r.randint(3, 9)) + "+X”现代产业体系" + c + "培育" + pick(r, ["新能源", "生物医药", "数字经济", "绿色食品"]) + "产业集群。")], "N+X industrial system"
    if k == 2:
        return [T("推行“1+N+X”网格化服务模式" + c + "每个网格配备专职网格员1名。")], "1+N+X grid model"
    if k == 3:
        return [T("落实“3+X”帮扶机制" + c + "对" + rint(r, 10, 500) + "户监测对象实行动态管理。")], "3+X assistance mechanism"
    if k == 4:
        return [T(pick(r, STEMS) + "职业技术学校新增“1+X”试点专业" + str(r.randint(2, 6)) + "个。")], "1+X pilot majors"
    return [T("打造“5+X”重点产业链" + c + "引进链主企业" + str(r.randint(2, 12)) + "家。")], "5+X industrial chains"


def phn_xray(r):
    c = comma(r)
    k = r.randrange(7)
    if k == 0:
        return [T(pick(r, STEMS) + "卫生院新购置DR数字X光机1台" + c + "基层影像检查能力明显提升。")], "X-ray machine"
    if k == 1:
        return [T("对辖区" + str(r.randint(3, 20)) + "家使用X射线探伤设备的企业开展辐射安全检查。")], "X-ray flaw detection"
    if k == 2:
        return [T("为" + rint(r, 200, 9000) + "名适龄妇女免费提供乳腺X线摄影筛查。")], "mammography"
    if k == 3:
        return [T("开展学生健康体检" + c + "项目包括胸部X线检查、视力筛查和口腔检查。")], "chest X-ray"
    if k == 4:
        return [T("海关查验场地配备集装箱X-ray检查系统" + str(r.randint(1, 4)) + "套。")], "X-ray in English"
    if k == 5:
        return [T("统一配发防汛救生衣" + str(r.randint(50, 900)) + "件" + c + "尺码为XL码和XXL码。")], "clothing sizes XL/XXL"
    return [T("市场监管部门使用X射线荧光光谱仪对" + pick(r, ["儿童玩具", "食品包装", "学生文具"]) + "进行抽检。")], "XRF spectrometer"



def phn_it_models(r):
    c = comma(r)
    k = r.randrange(6)
    if k == 0:
        return [T("全面淘汰仍在运行Windows XP系统的办公终端" + str(r.randint(10, 300)) + "台。")], "Windows XP"
    if k == 1:
        return [T("政务云平台采用x86与ARM双架构" + c + "完成" + str(r.randint(10, 90)) + "个业务系统迁移。")], "x86 architecture"
    if k == 2:
        return [T("配备XR-" + str(r.randint(100, 900)) + "型巡检无人机" + str(r.randint(2, 9)) + "架" + c + "用于森林防火巡查。")], "drone model number"
    if k == 3:
        return [T("采购X" + str(r.randint(2, 9)) + "系列执法记录仪" + str(r.randint(20, 200)) + "台。")], "X-series device"
    if k == 4:
        return [T("为窗口工作人员配发的平板电脑兼容iPhone X及以上机型的扫码外设。")], "iPhone X"
    return [T("升级64位（x64）操作系统" + c + "部署国产化办公软件。")], "x64"


def phn_dimension(r):
    c = comma(r)
    k = r.randrange(6)
    if k == 0:
        return [T("开通7×24小时政务服务热线" + c + "全年受理群众诉求" + rint(r, 1000, 90000) + "件。")], "7×24 hours"
    if k == 1:
        return [T("按照2×2公里网格布设空气质量微型监测站" + str(r.randint(10, 90)) + "个。")], "2×2 km grid"
    if k == 2:
        return [T("新建LED显示屏" + str(r.randint(2, 9)) + "块" + c + "分辨率为1920×1080。")], "screen resolution"
    if k == 3:
        return [T("宣传展板规格为" + str(r.randint(60, 120)) + "cm×" + str(r.randint(60, 240)) + "cm" + c + "共制作" + str(r.randint(10, 90)) + "块。")], "board size"
    if k == 4:
        return [T("篮球场按28m×15m标准建设" + c + "配套建设" + str(r.randint(2, 6)) + "个" + str(r.randint(3, 5)) + "x" + str(r.randint(3, 9)) + "米的休息廊架。")], "court size, ascii x"
    return [T("采用3 × 4 的评价矩阵对" + str(r.randint(10, 40)) + "个部门进行分类考核。")], "3 × 4 matrix"


def phn_formula(r):
    k = r.randrange(7)
    if k == 0:
        return [T("综合得分=基础分×" + str(r.randint(5, 8)) + "0%+加分项×" + str(r.randint(2, 5)) + "0%。")], "scoring formula"
    if k == 1:
        return [T("按照公式y=" + str(r.randint(2, 9)) + "x+" + str(r.randint(1, 20)) + "测算" + pick(r, ["用水量", "用电负荷", "客流量"]) + "。")], "linear formula with x"
    if k == 2:
        return [T("补贴金额=补贴面积×补贴标准" + comma(r) + "每亩补贴标准为" + str(r.randint(50, 200)) + "元。")], "subsidy formula"
    if k == 3:
        return [T("当x=" + str(r.randint(2, 9)) + "时" + comma(r) + "f(x)取得最小值" + str(r.randint(1, 30)) + "。")], "algebra"
    if k == 4:
        return [T("数学兴趣小组讲解了集合A={1,2,3}与B={2,3,4}的交集。")], "set notation in braces"
    if k == 5:
        return [T("容积率=总建筑面积÷用地面积" + comma(r) + "本项目容积率为" + rdec(r, 1, 3.5, 1) + "。")], "ratio formula"
    return [T("年度考核分数 = 日常考核 × 0.4 + 年终考核 × 0.6。")], "weighted formula with spaces"



def phn_sci(r):
    k = r.randrange(7)
    if k == 0:
        return [T("全年完成货物吞吐量" + str(r.randint(1, 9)) + "." + str(r.randint(1, 9)) + "×10⁸吨。")], "scientific notation"
    if k == 1:
        return [T("检测结果显示" + pick(r, ["铅", "镉", "砷"]) + "含量为" + str(r.randint(1, 9)) + "×10⁻³ mg/L" + comma(r) + "低于限值。")], "negative exponent"
    if k == 2:
        return [T("推广玉米新品种“" + pick(r, STEMS) + str(r.randint(100, 999)) + "”（郑58×昌7-2）种植" + rint(r, 200, 9000) + "亩。")], "maize pedigree cross"
    if k == 3:
        return [T("示范种植杂交水稻组合Y58S×R" + str(r.randint(100, 999)) + "共" + rint(r, 100, 3000) + "亩。")], "rice hybrid cross"
    if k == 4:
        return [T("引进湖羊×小尾寒羊杂交改良技术" + comma(r) + "存栏" + rint(r, 200, 5000) + "只。")], "livestock crossbreeding"
    if k == 5:
        return [T("建成" + str(r.randint(2, 9)) + "×" + str(r.randint(10, 50)) + "MW光伏发电项目。")], "capacity notation"
    return [T("菌落总数按" + str(r.randint(1, 9)) + ".0×10⁴ CFU/g的标准控制。")], "microbiology limit"



def phn_cn_zero(r):
    k = r.randrange(7)
    mon = pick(r, ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"])
    if k == 0:
        return [T(pick(r, STEMS) + "街道办事处\n二○二" + pick(r, ["一", "二", "三", "四"]) + "年" + mon + "月" + pick(r, ["一", "五", "十", "二十"]) + "日")], "Chinese numeral date with ○"
    if k == 1:
        return [T("本办法自二〇二" + pick(r, ["二", "三", "四"]) + "年" + mon + "月一日起施行。")], "date with 〇"
    if k == 2:
        return [T("该校始建于一九五○年" + comma(r) + "二○○八年完成整体搬迁。")], "years with ○○"
    if k == 3:
        return [T("（二○" + pick(r, ["一九", "二○", "二一"]) + "年度）" + pick(r, SUBJ) + "工作总结")], "year in heading"
    if k == 4:
        return [T("完成一○" + pick(r, ["六", "七", "八"]) + "国道" + pick(r, STEMS) + "段改造" + rdec(r, 2, 30, 1) + "公里。")], "road number with ○"
    if k == 5:
        return [T("第" + pick(r, ["一○", "二○"]) + str(r.choice(["一", "二", "三"])) + "次常务会议审议通过了该方案。")], "ordinal with ○"
    return [T("二○二" + pick(r, ["二", "三"]) + "年" + mon + "月" + pick(r, ["八", "十六", "二十八"]) + "日印发")], "footer date"



def phn_checkbox(r):
    lines = [pick(r, STEMS) + "社区" + pick(r, ["居家养老服务", "困难群众救助", "燃气安全入户检查"]) + "登记表",
             "姓名：" + person(r) + "　　性别：" + pick(r, ["☑男 □女", "□男 ☑女", "■男 □女"]),
             "是否独居：" + pick(r, ["□是 ☑否", "☑是 □否", "■是 □否"]),
             "服务类型：" + pick(r, ["☑助餐 □助浴 □助洁", "□助餐 ☑助浴 ☑助洁", "■助餐 □助医"]),
             "检查结果：" + pick(r, ["☑合格 □不合格", "□合格 ☑限期整改"]),
             "联系电话：1" + str(r.choice([3, 5, 8])) + str(r.randint(100000000, 999999999))]
    keep = [lines[0]] + r.sample(lines[1:], r.randint(3, 5))
    return [T("\n".join(keep))], "form with checkboxes and real values"


def phn_mou_words(r):
    c = comma(r)
    k = r.randrange(6)
    if k == 0:
        return [T("在某些" + pick(r, ["偏远村组", "老旧小区", "重点行业"]) + c + "仍存在" + pick(r, ["设施老化", "管理缺位", "宣传不到位"]) + "的问题。")], "某些"
    if k == 1:
        return [T("不能因为某种困难就降低工作标准。")], "某种"
    if k == 2:
        return [T("要防止把某一项工作抓得很紧、其他工作放任不管的现象。")], "某一"
    if k == 3:
        return [T("在某种程度上" + c + "基层减负成效还需群众检验。")], "某种程度"
    if k == 4:
        return [T("个别干部在某方面存在" + pick(r, ["作风不实", "本领恐慌", "担当不够"]) + "问题。")], "某方面"
    return [T("不存在为某个企业量身定制招标条件的情况。")], "某个"


def phn_roman(r):
    k = r.randrange(5)
    if k == 0:
        return [T("国控断面水质稳定达到Ⅲ类以上" + comma(r) + "其中Ⅱ类断面" + str(r.randint(2, 9)) + "个。")], "water class Roman numerals"
    if k == 1:
        return [T("淘汰国Ⅲ及以下排放标准柴油货车" + str(r.randint(20, 600)) + "辆。")], "emission standard"
    if k == 2:
        return [T("组团参加第XIV届" + pick(r, ["中国国际园林博览会", "全国农民运动会", "国际茶博会"]) + "。")], "Roman edition XIV"
    if k == 3:
        return [T("应急响应由Ⅳ级提升至Ⅲ级" + comma(r) + "转移群众" + rint(r, 50, 3000) + "人。")], "response levels"
    return [T("修订后的XXI世纪" + pick(r, ["乡村规划", "城市更新"]) + "读本已下发。")], "Roman XXI"


def phn_ratings(r):
    k = r.randrange(5)
    if k == 0:
        return [T(pick(r, STEMS) + "景区成功创建国家AAAA级旅游景区。")], "AAAA scenic area"
    if k == 1:
        return [T("群众评价：★★★★☆" + comma(r) + "满意度" + rsat(r) + "%。")], "star rating"
    if k == 2:
        return [T("全区AAA级信用企业达" + str(r.randint(10, 300)) + "家。")], "AAA credit rating"
    if k == 3:
        return [T("新增5A级物流企业1家、4A级" + str(r.randint(2, 6)) + "家。")], "5A/4A logistics"
    return [T(pick(r, STEMS) + "社区被评为“★★★★★”五星级党组织。")], "five-star party branch"


def phn_footnotes(r):
    k = r.randrange(5)
    if k == 0:
        return [T("地区生产总值*" + rdec(r, 20, 900, 1) + "亿元" + comma(r) + "增长" + rgrowth(r) + "%。\n*注：为初步核算数。")], "footnote star"
    if k == 1:
        return [T("相关系数为0." + str(r.randint(20, 95)) + "**" + comma(r) + "**P<0.01。")], "significance stars"
    if k == 2:
        return [T("新增就业" + rint(r, 500, 9000) + "人①" + comma(r) + "城镇调查失业率" + rdec(r, 3, 6, 1) + "%②。\n注：①含灵活就业；②为全年平均。")], "circled footnote numbers"
    if k == 3:
        return [T("数据来源：区统计局［1］、区人社局［2］。")], "bracketed references"
    return [T("规上工业增加值增长" + rgrowth(r) + "%（*按可比价格计算）。")], "starred note in brackets"


def phn_omitted(r):
    k = r.randrange(5)
    if k == 0:
        return [T(clean_sentence(r) + "\n附件：" + pick(r, ["项目清单", "考核细则"]) + "（略）")], "attachment omitted"
    if k == 1:
        return [T("具体人员名单（略）。")], "list omitted"
    if k == 2:
        return [T("（涉及国家秘密内容依法不予公开）")], "withheld by law"
    if k == 3:
        return [T("其余" + str(r.randint(3, 20)) + "项指标详见统计公报" + comma(r) + "此处从略。")], "此处从略"
    return [T(clean_sentence(r) + "……（下略）")], "truncated"


def phn_identifiers(r):
    k = r.randrange(5)
    if k == 0:
        return [T("附件文件名为" + pick(r, ["report_", "summary_", "plan_"]) + year(r) + "_final.docx。")], "snake_case file name"
    if k == 1:
        return [T("数据接口字段user_id与org_code已完成标准化映射。")], "identifiers with underscore"
    if k == 2:
        return [T("请在系统中选择语言参数zh_CN后重新登录。")], "locale identifier"
    if k == 3:
        return [T("共享平台新增gov_open_data数据集" + str(r.randint(5, 90)) + "个。")], "dataset identifier"
    return [T("脚本入口文件为__init__.py" + comma(r) + "已通过安全检测。")], "dunder name"


def phn_pending_words(r):
    c = comma(r)
    k = r.randrange(9)
    if k == 0:
        return [T("基层治理能力有待进一步提升。")], "有待"
    if k == 1:
        return [T("亟待解决的" + pick(r, ["停车难", "上学难", "如厕难"]) + "问题已纳入民生实事。")], "亟待"
    if k == 2:
        return [T("全年接待来访群众" + rint(r, 50, 3000) + "批次" + c + "落实优抚对象待遇" + rint(r, 30, 900) + "人。")], "接待/待遇"
    if k == 3:
        return [T("待核实线索已全部核查完毕" + c + "办结率100%。")], "待核实 as attribute"
    if k == 4:
        return [T("建立待办事项清单" + c + "实行销号管理。")], "待办"
    if k == 5:
        return [T("群众期待的" + pick(r, ["社区食堂", "口袋公园", "农贸市场"]) + "已建成投用。")], "期待"
    if k == 6:
        return [T("数学教研组开展“运用待定系数法解题”公开课" + str(r.randint(2, 9)) + "节。")], "待定系数法"
    if k == 7:
        return [T("对" + str(r.randint(2, 30)) + "名待岗职工开展再就业培训。")], "待岗"
    return [T("对退役军人落实优待政策" + c + "发放优待证" + rint(r, 100, 6000) + "张。")], "优待"



def phn_bullets(r):
    k = r.randrange(6)
    if k == 0:
        return [T("○ " + pick(r, HEAD2) + "\n○ " + pick(r, HEAD2) + "\n○ " + pick(r, HEAD2))], "○ as bullets"
    if k == 1:
        return [T("● " + clean_sentence(r) + "\n● " + clean_sentence(r))], "● bullets"
    if k == 2:
        return [T("注：图中△表示新建项目" + comma(r) + "◇表示续建项目。")], "legend symbols"
    if k == 3:
        return [T(clean_sentence(r) + "\n＊　＊　＊\n" + clean_sentence(r))], "section break of spaced stars"
    if k == 4:
        return [T("■ " + pick(r, HEAD2) + "\n□ " + pick(r, HEAD2))], "square bullets"
    return [T("◆" + pick(r, HEAD2) + "\n" + clean_sentence(r))], "diamond bullet"



def phn_real_brackets(r):
    k = r.randrange(7)
    if k == 0:
        return [T(pick(r, ["【党建引领】", "【民生实事】", "【典型案例】", "【工作亮点】", "【基本情况】"]) + clean_sentence(r))], "real bracketed section label"
    if k == 1:
        return [T("根据《" + pick(r, ["区人民政府关于加强安全生产工作的意见", "县乡村振兴促进条例"]) + "》（" + pick(r, ["区政发", "县政办发"]) + "〔" + year(r) + "〕" + str(r.randint(1, 60)) + "号）要求" + comma(r) + pick(r, SUBJ) + pick(r, ADV) + pick(r, VP) + "。")], "real document number"
    if k == 2:
        return [T("〖经验做法〗" + clean_sentence(r))], "〖〗 label"
    if k == 3:
        return [T(clean_sentence(r)[:-1] + "[" + str(r.randint(1, 9)) + "]。")], "reference mark"
    if k == 4:
        return [T("【" + pick(r, STEMS) + "融媒体中心讯】" + clean_sentence(r))], "news source label"
    if k == 5:
        return [T("（" + pick(r, ["记者", "通讯员"]) + " " + person(r) + "）" + clean_sentence(r))], "byline in parentheses"
    return [T("[" + pick(r, ["图片", "视频"]) + "]" + pick(r, STEMS) + "社区志愿者开展" + pick(r, ACTIVITY) + "。")], "media label"



def phn_clean_para(r):
    if r.random() < 0.5:
        return [T("".join(clean_sentence(r) for _ in range(r.randint(2, 4))))], "clean report sentences with real numbers"
    segs = heading(r, r.randrange(2)) + "\n" + "".join(clean_sentence(r) for _ in range(r.randint(2, 4)))
    if r.random() < 0.5:
        segs += "\n" + heading(r, 2) + "\n" + clean_sentence(r) + clean_sentence(r)
    return [T(segs)], "clean report paragraph with real numbers"


def phn_clean_table(r):
    sep = r.choice(["|", "｜", "\t"])
    head = ["指标", "单位", year(r) + "年", "增长（%）"]
    rows = [sep.join(head)]
    for _ in range(r.randint(2, 5)):
        it, u = item_phrase(r, False)
        rows.append(sep.join([it, u, rint(r, 10, 9000), rdec(r, -5, 30, 1)]))
    return [T("\n".join(rows))], "clean statistics table"


def phn_real_contacts(r):
    k = r.randrange(5)
    stem = pick(r, ["qingxi", "baisha", "wangjiang", "yunxi", "jinwan", "fengming"])
    if k == 0:
        return [T("联系电话：0" + str(r.randint(100, 999)) + "-" + str(r.randint(2000000, 8999999)) + "，邮箱：" + stem + "_zfb@163.com")], "real phone and e-mail"
    if k == 1:
        return [T("网址：http://www." + stem + ".gov.cn/xxgk/")], "real URL containing x letters"
    if k == 2:
        return [T("统一社会信用代码：9143" + str(r.randint(1000, 9999)) + "MA4L" + str(r.randint(10000, 99999)) + "X")], "real credit code ending in X"
    if k == 3:
        return [T("身份证号码：43" + str(r.randint(1000, 9999)) + "19" + str(r.randint(50, 99)) + "%02d%02d" % (r.randint(1, 12), r.randint(1, 28)) + str(r.randint(100, 999)) + "X")], "real ID number with X check char"
    return [T("监督电话：12345，传真：0" + str(r.randint(100, 999)) + "-" + str(r.randint(2000000, 8999999)) + "。")], "hotline and fax"


def phn_latin_words(r):
    k = r.randrange(7)
    if k == 0:
        return [T("使用Excel表格建立" + pick(r, ["项目台账", "人员信息库", "资金明细"]) + "。")], "Excel"
    if k == 1:
        return [T("参加" + year(r) + "中国国际进口博览会（China International Import Expo）。")], "Expo"
    if k == 2:
        return [T("部署Linux服务器" + str(r.randint(2, 30)) + "台" + comma(r) + "完成MySQL数据库升级。")], "Linux"
    if k == 3:
        return [T("与西安（Xi'an）、厦门（Xiamen）两地签订文旅合作协议。")], "pinyin place names with X"
    if k == 4:
        return [T("青年创客空间更名为“" + pick(r, STEMS) + " MakerX”。")], "brand name ending in X"
    if k == 5:
        return [T("在" + pick(r, ["抖音", "微博", "小红书", "X平台"]) + "发布" + pick(r, STEMS) + "文旅短视频" + str(r.randint(10, 200)) + "条。")], "platform name"
    return [T("在“Xinhua Daily”英文版推介" + pick(r, STEMS) + "文旅资源。")], "English title with X"



# ---------------------------------------------------------------------------
# ph detector (independent re-check; context rules for the look-alikes)
# ---------------------------------------------------------------------------

MASK_CLASS = {}
for _c in "xXｘＸ":
    MASK_CLASS[_c] = "x"
for _c, _k in (("×", "mul"), ("*", "star"), ("＊", "star"), ("○", "circ"), ("□", "sq"), ("_", "us"), ("＿", "us"),
               ("△", "tri"), ("◇", "dia"), ("●", "dot"), ("＃", "hash")):
    MASK_CLASS[_c] = _k
CONNECT = set(".,-@:/．－ ")
CNNUM = set("〇○零一二三四五六七八九十")
SURN_SET = set(SURN)
X_WHITELIST_NEXT = ("光", "射线", "线", "轴", "染色体", "战警", "平台")
SQ_UNIT = set("月日年号万亿元个%％")
HAN_RE = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
FIELD_WORDS = ["名称", "姓名", "单位", "日期", "时间", "金额", "数量", "数值", "地址", "电话", "邮箱", "填写", "填报",
               "输入", "键入", "插入", "待补充", "待定", "待核实", "待确认", "此处", "具体", "签名", "负责人", "联系人",
               "职务", "部门", "文号", "编号", "标题", "正文", "数据", "数字", "地点", "人数", "户数", "百分比", "年份",
               "月份", "请填", "字号"]
INSTR_WORDS = ["此处", "填写", "请填", "请输入", "请在", "插入", "待补充", "待定", "待核实", "待确认", "待填", "自行", "键入"]
PEND_WORDS = ["待定", "待核实", "待确认", "待补充", "待填", "TBD", "TODO", "N/A", "TBA"]
WP_LEFT_SORTED = sorted(WP_LEFT, key=len, reverse=True)


def is_han(c):
    return bool(c) and bool(HAN_RE.match(c))


def _is_ascii_letter(c):
    return bool(c) and ("a" <= c <= "z" or "A" <= c <= "Z")


def _is_ascii_digit(c):
    return bool(c) and "0" <= c <= "9"


def _line_of(text, i):
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return text[a: len(text) if b < 0 else b]


def _mask_run_ok(text, i, j):
    """decide whether text[i:j] (a maximal run of mask chars with inner
    connectors) is a placeholder"""
    run = text[i:j]
    p = text[i - 1] if i > 0 else ""
    n = text[j] if j < len(text) else ""
    core = [c for c in run if c in MASK_CLASS]
    cls = MASK_CLASS[core[0]]
    cnt = len(core)
    after = text[j:j + 4]
    if cls == "x":
        if all(c in "ｘＸ" for c in core):
            return True
        if _is_ascii_letter(p) or _is_ascii_letter(n):
            return False
        # alphanumeric token around the run
        a = i
        while a > 0 and (text[a - 1].isascii() and (text[a - 1].isalnum() or text[a - 1] == "-")):
            a -= 1
        b = j
        while b < len(text) and (text[b].isascii() and (text[b].isalnum() or text[b] == "-")):
            b += 1
        tok = text[a:b]
        if cnt <= 2 and any(_is_ascii_letter(c) and c not in "xX" for c in tok):
            return False
        if cnt == 1:
            if p == "+" or n == "+":
                return False
            if _is_ascii_digit(p) and _is_ascii_digit(n):
                return False
            if _is_ascii_digit(n) and not _is_ascii_digit(p):
                return False
            if p in "=*/^()²³<>" or n in "=*/^()²³<>":
                return False
            if after.startswith(X_WHITELIST_NEXT):
                return False
            if p == " " and i >= 2 and _is_ascii_letter(text[i - 2]):
                return False
            if i >= 17 and all(c.isdigit() or c == "*" for c in text[i - 17:i]) and (i < 18 or not text[i - 18].isdigit()):
                return False
        return True
    if cls == "mul":
        if cnt == 1:
            if _is_ascii_digit(p) or _is_ascii_letter(p) or p in ")） " or _is_ascii_digit(n) or n in " (":
                return False
            line = _line_of(text, i)
            if "=" in line or "＝" in line or "杂交" in line:
                return False
        return True
    if cls == "star":
        if _line_of(text, i).strip(" \u3000*＊") == "":
            return False
        rest = text[j:j + 6].lstrip(" ")
        if rest.startswith(("P<", "p<", "P＜", "表示")):
            return False
        if _is_ascii_digit(p) and not (_is_ascii_digit(n) or n in "*＊" or is_han(n) or _is_ascii_letter(n)):
            return False
        if cnt == 1:
            return (is_han(p) and is_han(n)) or (p in SURN_SET)
        return True
    if cls == "circ":
        if p in CNNUM or n in CNNUM:
            return False
        if cnt == 1 and (n == " " or p in ("", "\n")):
            return False
        return True
    if cls == "sq":
        if cnt == 1:
            return n in SQ_UNIT or _is_ascii_digit(p) or _is_ascii_digit(n)
        return True
    if cls == "us":
        if "_" in run and (p.isascii() and p.isalnum() or n.isascii() and n.isalnum()):
            return False
        if cnt == 1 and run == "_":
            return False
        return True
    return cnt >= 2


def _find_mask_runs(text):
    out = []
    i = 0
    L = len(text)
    while i < L:
        if text[i] in MASK_CLASS:
            cls = MASK_CLASS[text[i]]
            j = i
            while True:
                while j < L and MASK_CLASS.get(text[j]) == cls:
                    j += 1
                if j + 1 < L and text[j] in CONNECT and MASK_CLASS.get(text[j + 1]) == cls:
                    j += 1
                    continue
                break
            if _mask_run_ok(text, i, j):
                out.append((i, j, "mask"))
            i = j
        else:
            i += 1
    return out


def _find_mou(text):
    out = []
    i = 0
    while i < len(text):
        if text[i] == "某":
            j = i
            while j < len(text) and text[j] == "某":
                j += 1
            if j - i >= 2:
                out.append((i, j, "mou"))
            else:
                p = text[i - 1] if i else ""
                nx = text[j:j + 3]
                comp = text[max(0, i - 2):i] in SURN2
                if nx[:1] in ("些", "种") or nx.startswith(("方面", "段时间")):
                    pass
                elif p in SURN_SET or comp:
                    out.append((i, j, "mou"))
                elif nx[:1] in ("一", "个"):
                    pass
                else:
                    out.append((i, j, "mou"))
            i = j
        else:
            i += 1
    return out


def _bracket_content_is_field(content, words):
    return any(w in content for w in words)


BRACKET_PAIRS = [("【", "】"), ("［", "］"), ("[", "]"), ("〖", "〗"), ("（", "）"), ("(", ")")]


def _find_fields(text):
    out = []
    for a, b in BRACKET_PAIRS:
        for m in re.finditer(re.escape(a) + r"([^\n" + re.escape(a + b) + r"]{1,30})" + re.escape(b), text):
            words = INSTR_WORDS if a in "（(" else FIELD_WORDS + INSTR_WORDS
            if _bracket_content_is_field(m.group(1), words):
                out.append((m.start(), m.end(), "field"))
    pats = [r"\$\{[^{}\n]{1,30}\}", r"\{\{[^{}\n]{1,30}\}\}", r"#\{[^{}\n]{1,30}\}", r"\{ ?MERGEFIELD [^{}\n]{1,30}\}",
            r"(?<![{$#])\{[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]{0,29}\}(?!\})", r"\{\d\}", r"<<[^<>\n]{1,20}>>",
            r"«[^«»\n]{1,20}»", r"\[\[[^\[\]\n]{1,20}\]\]", r"%\([a-z_]+\)[sd]", r"(?<![%A-Za-z0-9])%[sd](?![A-Za-z])"]
    for pat in pats:
        for m in re.finditer(pat, text):
            out.append((m.start(), m.end(), "var"))
    for w in WP_LEFT_SORTED:
        st = 0
        while True:
            k = text.find(w, st)
            if k < 0:
                break
            out.append((k, k + len(w), "wp"))
            st = k + len(w)
    for m in re.finditer(r"(?m)^(请在此处|此处)(填写|输入|插入|粘贴)[^\n]*", text):
        out.append((m.start(), m.start() + len(m.group(0).rstrip()), "instr"))
    for w in PEND_WORDS:
        st = 0
        while True:
            k = text.find(w, st)
            if k < 0:
                break
            st = k + len(w)
            q = k - 1
            while q >= 0 and text[q] in " \u3000":
                q -= 1
            prev_ok = q < 0 or text[q] in "：:｜|\t\n"
            nx = text[k + len(w): k + len(w) + 1]
            next_ok = nx == "" or nx in " \u3000\n｜|；;，,。）)：:\t"
            if prev_ok and next_ok:
                out.append((k, k + len(w), "pending"))
    return out


def _find_datevars(text):
    out = []
    for m in re.finditer(r"(?<![A-Za-z])(YYYY|yyyy|YY|MM|DD|dd|mm|HH|hh|NN)(?![A-Za-z])", text):
        p = text[m.start() - 1] if m.start() else ""
        n = text[m.end()] if m.end() < len(text) else ""
        if n in "年月日时分号期届-/.:：〕" or p in "年月-/.:〔" or (m.group(1) == "YY" and p.isdigit()):
            out.append((m.start(), m.end(), "datevar"))
    # join date-variable tokens separated by one connector
    out.sort()
    joined = []
    for s, e, k in out:
        if joined and s - joined[-1][1] == 1 and text[joined[-1][1]] in "-/.:":
            joined[-1] = (joined[-1][0], e, k)
        else:
            joined.append((s, e, k))
    return joined


def merge_intervals(iv):
    iv = sorted((a, b) for a, b, *_ in iv)
    out = []
    for a, b in iv:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def ph_detect(text):
    hits = _find_mask_runs(text) + _find_mou(text) + _find_fields(text) + _find_datevars(text)
    return merge_intervals(hits)


# ---------------------------------------------------------------------------
# context placement (varies where the defect sits)
# ---------------------------------------------------------------------------

def place_context(r, segs, mode, ml_rate):
    """mode: 'sent' = an inline sentence, 'line' = a field line, None = as is"""
    if mode is None:
        return segs
    u = r.random()
    if u < ml_rate:
        # multi-line: heading above, maybe a clean sentence below
        out = [T(heading(r) + "\n")]
        if mode == "sent" and r.random() < 0.4:
            out.append(T("　　" if r.random() < 0.5 else ""))
        out += segs
        if r.random() < 0.5:
            out.append(T("\n" + clean_sentence(r)))
        return out
    u = r.random()
    joiner = "" if mode == "sent" else "\n"
    if mode == "line" and u < 0.08:
        return [T(clean_sentence(r) + "\n")] + segs
    if mode == "line":
        return segs
    if u < 0.25:
        return [T(clean_sentence(r) + joiner)] + segs
    if u < 0.45:
        return segs + [T(joiner + clean_sentence(r))]
    if u < 0.55:
        return [T(pick(r, ["一是", "二是", "三是", "（一）", "1.", "(2)", "另外，"]))] + segs
    return segs


# ---------------------------------------------------------------------------
# mj: clean token sentences (so that a word or clause can be damaged)
# ---------------------------------------------------------------------------

SUBJ_W = ["街道党工委", "镇党委", "区委区政府", "全体干部", "社区居委会", "村两委", "综合执法队", "应急管理局",
          "市场监管所", "卫生健康局", "住建部门", "教育系统", "民政部门", "农业农村局", "全镇上下", "各村社区"]
ADV_W = ["持续", "扎实", "全力", "稳步", "深入", "着力", "积极", "不断", "切实", "统筹"]
VERB_W = ["推进", "开展", "落实", "加强", "深化", "优化", "完善", "实施", "抓好", "提升", "强化"]
OBJ_W = ["乡村振兴", "基层治理", "营商环境", "安全生产", "人居环境", "民生保障", "招商引资", "文明创建", "防汛抗旱",
         "森林防火", "耕地保护", "垃圾分类", "城市更新", "社会救助", "就业创业", "医疗服务", "养老服务", "河湖治理",
         "产业发展", "作风建设", "矛盾调解", "食品安全", "交通秩序", "校园安全"]
TAIL_W = [["各项", "工作", "取得", "明显", "成效"], ["群众", "满意度", "明显", "提升"], ["发展", "质量", "稳步", "提高"],
          ["形成", "长效", "机制"], ["营造", "良好", "氛围"], ["社会", "大局", "和谐", "稳定"], ["服务", "效能", "不断", "增强"],
          ["为", "全年", "目标", "打下", "坚实", "基础"], ["得到", "上级", "充分", "肯定"]]
ITEM_W = [("老旧小区", "改造", "个"), ("农村", "危房", "户"), ("城镇", "新增就业", "人"), ("技能", "培训", "人次"),
          ("道路", "硬化", "公里"), ("植树", "造林", "亩"), ("污水", "管网", "公里"), ("市场", "主体", "户"),
          ("家庭医生", "签约", "人"), ("矛盾", "纠纷", "宗"), ("安全", "隐患", "处"), ("高标准", "农田", "亩")]
MONEY_VERB = ["完成投资", "争取资金", "发放补贴", "拨付资金", "实现收入", "完成产值"]


def _w(s):
    return (s, "w")


def _x(s):
    return (s, "x")


def mj_tokens(r):
    k = r.randrange(5)
    c = "，" if r.random() < 0.85 else ","
    t = []
    if k == 0:
        if r.random() < 0.5:
            t += [_x(year(r)), _w("年"), _x(c)]
        t += [_w(pick(r, SUBJ_W)), _w(pick(r, ADV_W)), _w(pick(r, VERB_W)), _w(pick(r, OBJ_W)), _x(c)]
        t += [_w(w) for w in pick(r, TAIL_W)] + [_x("。")]
    elif k == 1:
        mv = pick(r, MONEY_VERB)
        t += [_w("全年"), _w(mv[:2]), _w(mv[2:]), _x(rdec(r, 1, 99, 2)), _w("亿元"), _x(c), _w("同比"), _w("增长"),
              _x(rgrowth(r) + "%"), _x("。")]
    elif k == 2:
        a, b, u = pick(r, ITEM_W)
        t += [_w("累计"), _w(pick(r, ["完成", "新增", "排查", "化解", "实施"])), _w(a), _w(b), _x(rint(r, 3, 900, False)),
              _w(u), _x(c), _w("惠及"), _w("群众"), _x(rint(r, 100, 9000, False)), _w("人次"), _x("。")]
    elif k == 3:
        t += [_w("组织"), _w("开展"), _w(pick(r, ["主题党日", "防灾演练", "消防培训", "反诈宣传", "法律咨询", "招聘活动"])),
              _x(str(r.randint(2, 60))), _w("场次"), _x(c), _w("参与"), _w("群众"), _x(rint(r, 100, 9000, False)),
              _w("人次"), _x(c)] + [_w(w) for w in pick(r, TAIL_W)] + [_x("。")]
    else:
        t += [_w(pick(r, STEMS)), _w(pick(r, ["街道", "镇", "社区"])), _w(pick(r, ADV_W)), _w(pick(r, VERB_W)),
              _w(pick(r, OBJ_W)), _w("工作"), _x(c), _w(pick(r, ["建立", "完善", "健全"])), _w(pick(r, ["台账", "机制", "制度"])),
              _x(str(r.randint(2, 30))), _w("项"), _x("。")]
    return t


def tok_text(t):
    return "".join(s for s, _ in t)


def word_positions(t, min_len=2, max_len=5):
    """indices of Han-word tokens suitable as damage targets"""
    return [i for i, (s, k) in enumerate(t) if k == "w" and min_len <= len(s) <= max_len]


def clause_ranges(t):
    """(i, j) token ranges of clauses between punctuation tokens"""
    out = []
    st = 0
    for i, (s, k) in enumerate(t + [("。", "x")]):
        if s in ("，", ",", "。", "；"):
            if i > st:
                out.append((st, i))
            st = i + 1
    return out


# ---------------------------------------------------------------------------
# foreign phrases (invented short phrases, common words only)
# ---------------------------------------------------------------------------

FOREIGN = {
    "俄语": ["Устойчивое развитие", "Международное сотрудничество", "Добро пожаловать", "Зелёная экономика",
             "Культурный обмен", "Молодёжный форум", "Сельское хозяйство", "Цифровая трансформация",
             "Торговая выставка", "Город-побратим", "Новые технологии", "Туристический маршрут"],
    "乌克兰语": ["Сталий розвиток", "Ласкаво просимо", "Міжнародна співпраця", "Їжа та культура", "Зелена енергетика",
                "Ґрунтові дослідження", "Молодіжний обмін", "Європейська інтеграція"],
    "日语": ["持続可能なまちづくり", "友好都市交流事業", "ようこそ", "地域の魅力を発信する", "農産物直売所", "観光案内所",
             "防災訓練のお知らせ", "ありがとうございます", "日本語教室", "姉妹都市提携"],
    "韩语": ["지속 가능한 발전", "자매도시 교류", "환영합니다", "농업 기술 협력", "문화 축제", "청년 창업 지원", "감사합니다",
             "스마트 도시"],
    "希腊语": ["Βιώσιμη ανάπτυξη", "Καλώς ήρθατε", "Πολιτιστική συνεργασία", "Ελαιόλαδο", "Ψηφιακή οικονομία",
               "Αδελφοποίηση πόλεων"],
    "阿拉伯语": ["التنمية المستدامة", "مرحبا بكم", "التعاون الاقتصادي", "معرض التجارة", "الطاقة الشمسية", "الحزام والطريق"],
    "越南语": ["Phát triển bền vững", "Hợp tác kinh tế", "Chào mừng quý khách", "Nông nghiệp công nghệ cao", "Lễ hội văn hóa",
               "Thành phố kết nghĩa"],
    "泰语": ["การพัฒนาที่ยั่งยืน", "ยินดีต้อนรับ", "ความร่วมมือทางการค้า", "ผลไม้สด", "การท่องเที่ยวชุมชน", "เมืองพี่เมืองน้อง"],
    "土耳其语": ["Sürdürülebilir kalkınma", "Hoş geldiniz", "Kültür ve turizm", "İşbirliği anlaşması", "Ağaçlandırma projesi",
                "Kardeş şehir"],
    "波兰语": ["Zrównoważony rozwój", "Współpraca gospodarcza", "Żywność ekologiczna", "Miasto partnerskie", "Dzień otwarty w Łodzi"],
    "捷克语": ["Udržitelný rozvoj", "Hospodářská spolupráce", "Vítejte", "Zemědělství a řemesla", "Příležitosti pro mládež",
              "Partnerské město"],
    "德语": ["Nachhaltige Entwicklung", "Grüße aus München", "Straßenbau und Verkehr", "Öffentlicher Nahverkehr",
             "Wirtschaftsförderung", "Partnerstadt Düsseldorf"],
    "法语": ["Développement durable", "Coopération économique", "Bienvenue à la fête", "Énergie renouvelable",
             "Marché des producteurs", "Ville jumelée"],
    "西班牙语": ["Desarrollo sostenible", "¡Bienvenidos!", "Cooperación económica", "Año del campo", "Energía solar",
                "Ciudad hermana"],
    "葡萄牙语": ["Cooperação e inovação", "Exposição de inovação", "Educação básica", "Ação climática", "Irmandade entre cidades"],
}
FOREIGN_CTX = [
    ("与友好城市签署合作备忘录，活动主题为“", "”。"),
    ("外方代表在致辞中多次提到“", "”。"),
    ("宣传册封面印有{lang}标语“", "”。"),
    ("展区入口设置{lang}欢迎词“", "”，方便外宾参观。"),
    ("项目{lang}名称为“", "”，已在对外宣传中统一使用。"),
    ("（{lang}：“", "”）"),
]


def foreign_sentence(r, lang, phrase):
    a, b = pick(r, FOREIGN_CTX)
    return a.replace("{lang}", lang), phrase, b.replace("{lang}", lang)


# simplified -> (traditional, pinyin) for characters that change in conversion
TRAD = {}
for _line in """发發fā 区區qū 领領lǐng 导導dǎo 围圍wéi 绕繞rào 项項xiàng 坚堅jiān 务務wù 动動dòng 为為wéi 现現xiàn
将將jiāng 开開kāi 经經jīng 济濟jì 会會huì 稳穩wěn 设設shè 进進jìn 线線xiàn 范範fàn 迁遷qiān 间間jiān 广廣guǎng
东東dōng 长長zhǎng 态態tài 环環huán 优優yōu 营營yíng 业業yè 产產chǎn 农農nóng 乡鄉xiāng 镇鎮zhèn 党黨dǎng 组組zǔ
织織zhī 队隊duì 实實shí 质質zhì 体體tǐ 机機jī 构構gòu 规規guī 划劃huà 计計jì 标標biāo 准準zhǔn 责責zé 确確què
护護hù 卫衛wèi 疗療liáo 医醫yī 药藥yào 学學xué 习習xí 传傳chuán 统統tǒng 协協xié 调調tiáo 监監jiān 检檢jiǎn 验驗yàn
资資zī 贷貸dài 费費fèi 财財cái 税稅shuì 总總zǒng 数數shù 据據jù 员員yuán 户戶hù 众眾zhòng 办辦bàn 审審shěn 阶階jiē
贯貫guàn 彻徹chè 积積jī 极極jí 试試shì 点點diǎn 难難nán 题題tí 问問wèn 风風fēng 险險xiǎn 隐隱yǐn 灾災zāi 应應yìng
绿綠lǜ 节節jié 约約yuē 电電diàn 气氣qì 热熱rè 车車chē 辆輛liàng 铁鐵tiě 桥橋qiáo 园園yuán 场場chǎng 馆館guǎn
楼樓lóu 层層céng 门門mén 网網wǎng 络絡luò 讯訊xùn 云雲yún 岁歲suì 儿兒ér 妇婦fù 龄齡líng 养養yǎng 残殘cán 贫貧pín
帮幫bāng 兴興xīng 链鏈liàn 条條tiáo 让讓ràng 认認rèn 识識shí 论論lùn 议議yì 讲講jiǎng 话話huà 请請qǐng 报報bào
汇匯huì 编編biān 写寫xiě 单單dān 关關guān 联聯lián 厂廠chǎng 销銷xiāo 货貨huò 运運yùn 输輸shū 价價jià 额額é
万萬wàn 亿億yì 满滿mǎn 荣榮róng 奖獎jiǎng 励勵lì 谐諧xié 创創chuàng 县縣xiàn 级級jí 书書shū 记記jì 处處chù 决決jué
纠糾jiū 纷紛fēn 维維wéi 权權quán 诉訴sù 访訪fǎng 举舉jǔ 势勢shì 带帶dài 头頭tóu 阵陣zhèn 战戰zhàn 胜勝shèng
获獲huò 来來lái 时時shí 对對duì 这這zhè 过過guò 与與yǔ 于於yú 个個gè 们們men 后後hòu 从從cóng 还還hái 样樣yàng
显顯xiǎn 断斷duàn 较較jiào 续續xù 号號hào 术術shù 录錄lù 类類lèi 旧舊jiù 亲親qīn 观觀guān 视視shì 况況kuàng
测測cè 备備bèi 签簽qiān 钱錢qián 银銀yín 补補bǔ 贴貼tiē 岗崗gǎng 属屬shǔ 庄莊zhuāng 坝壩bà 湾灣wān 沟溝gōu 岛島dǎo
预預yù 讼訟sòng 罚罰fá 执執zhí 纪紀jì 违違wéi 扫掃sǎo 恶惡è 余餘yú 缴繳jiǎo 诈詐zhà 盖蓋gài 觉覺jué 热熱rè
紧緊jǐn 坚堅jiān 构構gòu 复復fù 轨軌guǐ 础礎chǔ 施施shī 严嚴yán 格格gé 压壓yā 筑築zhù 线線xiàn 边邊biān 结結jié
合合hé 综綜zōng 强強qiáng 众眾zhòng 尽盡jìn 职職zhí 护護hù 卫衛wèi 启啟qǐ 动動dòng 达達dá 标標biāo 图圖tú 宁寧níng
扩擴kuò 试試shì 宽寬kuān 带帶dài 购購gòu 贸貿mào 际際jì 国國guó 区區qū 韦韋wéi 兰蘭lán 苏蘇sū 张張zhāng 陈陳chén
刘劉liú 杨楊yáng 黄黃huáng 赵趙zhào 吴吳wú 郑鄭zhèng 罗羅luó 梁梁liáng 谢謝xiè 邓鄧dèng 冯馮féng 韩韓hán 龙龍lóng
""".split():
    TRAD[_line[0]] = (_line[1], _line[2:])
# neutral-tone entries are never annotated
TRAD_ANNOT = {k: v for k, v in TRAD.items() if re.search("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]", v[1])}


def to_trad(s):
    return "".join(TRAD[c][0] if c in TRAD else c for c in s)


TRAD_SENTS = ["新发展阶段贯彻新发展理念，融入新发展格局，在区委区政府的正确领导下，紧紧围绕年度重点工作任务。",
              "推进重点项目建设落地，经济社会平稳发展，规模以上工业总产值稳步增长。",
              "强化风险源头治理，坚定不移筑牢安全底线，全民反诈工作取得实效。",
              "加强基层党组织建设，党员队伍结构持续优化，战斗堡垒作用进一步彰显。",
              "扎实开展人居环境整治，村容村貌明显改善，群众满意度不断提升。",
              "严格落实安全生产责任制，排查整改各类隐患，全年未发生较大以上安全事故。",
              "完善社会救助体系，困难群众基本生活得到有效保障，养老服务网络更加健全。",
              "优化营商环境，深化审批制度改革，政务服务事项实现网上可办。",
              "推动乡村振兴，发展特色产业，农民收入持续较快增长。",
              "加强医疗卫生服务，家庭医生签约服务覆盖率稳步提升，基层医疗机构能力增强。",
              "持续推进城市更新，完成老旧小区改造，居民生活品质得到较大提升。",
              "认真办理人大代表建议和政协委员提案，办结率达到百分之百。"]


# ---------------------------------------------------------------------------
# damage machinery
# ---------------------------------------------------------------------------

def bad_chars(s):
    """characters damage must never produce (unassigned / surrogates)"""
    return any(unicodedata.category(c) in ("Cn", "Cs") for c in s)


def codec_damage(orig, true_enc, wrong_dec, lossy=None):
    """orig written in true_enc, read back as wrong_dec.
    lossy: None = strict only; 'replace' / 'qmark' / 'ignore' = allowed fallback.
    Returns (damaged, recipe) or None."""
    try:
        b = enc(orig, true_enc)
    except UnicodeError:
        return None
    try:
        d = dec(b, wrong_dec)
        rec = wrong_dec + ">" + true_enc
        if d != orig and not bad_chars(d) and apply_recipe(d, rec) == orig:
            return d, rec
    except (UnicodeError, ValueError):
        pass
    if lossy is None:
        return None
    d = dec(b, wrong_dec, "ignore" if lossy == "ignore" else "replace")
    if lossy == "qmark":
        d = d.replace("\ufffd", "?")
    if d == orig or not d or bad_chars(d):
        return None
    if all(c in "?\ufffd" or c.isascii() for c in d):
        return d, "lost"
    return d, "~" + wrong_dec + ">" + true_enc


def trim_ascii(orig, d):
    a = 0
    while a < len(orig) and a < len(d) and orig[a] == d[a] and orig[a].isascii():
        a += 1
    b = 0
    while (b < len(orig) - a and b < len(d) - a and orig[len(orig) - 1 - b] == d[len(d) - 1 - b]
           and orig[len(orig) - 1 - b].isascii()):
        b += 1
    return a, b


def damaged_segs(orig, dmg):
    """orig -> segments with the trimmed damaged span; dmg = (damaged, recipe)"""
    d, rec = dmg
    a, b = trim_ascii(orig, d)
    span = d[a:len(d) - b]
    core = orig[a:len(orig) - b]
    if not is_lossy(rec):
        assert apply_recipe(span, rec) == core, (orig, d, rec)
    segs = [T(orig[:a])] if a else []
    segs.append(S(span, rec))
    if b:
        segs.append(T(orig[len(orig) - b:]))
    return segs


def damage_tokens(r, toks, targets, fn, tries=12):
    """targets: list of (i, j) token ranges; fn(orig) -> (damaged, recipe) or None.
    Damages as many of the given ranges as fn allows; returns segs and count."""
    segs = []
    done = 0
    pos = 0
    for i, j in sorted(targets):
        segs.append(T(tok_text(toks[pos:i])))
        orig = tok_text(toks[i:j])
        dmg = fn(orig)
        if dmg is None:
            segs.append(T(orig))
        else:
            segs += damaged_segs(orig, dmg)
            done += 1
        pos = j
    segs.append(T(tok_text(toks[pos:])))
    return segs, done


def gen_until(r, make, tries=40):
    for _ in range(tries):
        out = make()
        if out is not None:
            return out
    raise RuntimeError("generator gave up")


def choose_clause(r, toks):
    cl = [c for c in clause_ranges(toks) if c[1] - c[0] >= 2]
    if not cl:
        return None
    i, j = pick(r, cl)
    # the stretch starts and ends with a Han word where possible
    while i < j and toks[i][1] != "w":
        i += 1
    while j > i and toks[j - 1][1] != "w":
        j -= 1
    return (i, j) if j - i >= 1 else None


def has_spans(segs):
    return any(rec is not None for _, rec in segs)


# ---------------------------------------------------------------------------
# mj positive styles: each returns (segments, description)
# ---------------------------------------------------------------------------

def _word_style(r, fn, n_max=2, even=False, desc=""):
    def make():
        toks = mj_tokens(r)
        pos = word_positions(toks)
        if even:
            pos = [i for i in pos if len(toks[i][0]) % 2 == 0]
        r.shuffle(pos)
        want = r.randint(1, n_max)
        chosen = {}
        for i in pos:
            if any(abs(i - j) <= 1 for j in chosen):
                continue
            d = fn(toks[i][0])
            if d is not None:
                chosen[i] = d
            if len(chosen) == want:
                break
        if not chosen:
            return None
        segs = []
        last = 0
        for i in sorted(chosen):
            segs.append(T(tok_text(toks[last:i])))
            segs += damaged_segs(toks[i][0], chosen[i])
            last = i + 1
        segs.append(T(tok_text(toks[last:])))
        return segs, desc
    return gen_until(r, make)


def _clause_style(r, fn, desc=""):
    def make():
        toks = mj_tokens(r)
        c = choose_clause(r, toks)
        if c is None:
            return None
        segs, done = damage_tokens(r, toks, [c], fn)
        return (segs, desc) if done else None
    return gen_until(r, make)


def mj_u8gbk_word(r):
    return _word_style(r, lambda s: codec_damage(s, "utf-8", "gbk"), 2, True,
                       "UTF-8 bytes of a word decoded as GBK")


def mj_u8gbk_clause(r):
    mode = r.choice(["strict", "replace", "qmark", "ignore", "gb18030"])
    if mode == "gb18030":
        fn = lambda s: codec_damage(s, "utf-8", "gb18030", "replace")
    elif mode == "strict":
        fn = lambda s: codec_damage(s, "utf-8", "gbk")
    else:
        fn = lambda s: codec_damage(s, "utf-8", "gbk", mode)
    return _clause_style(r, fn, "UTF-8 clause decoded as " + ("GB18030" if mode == "gb18030" else "GBK") +
                         ("" if mode in ("strict", "gb18030") else " (odd byte: " + mode + ")"))


def mj_u8big5(r):
    if r.random() < 0.5:
        return _word_style(r, lambda s: codec_damage(s, "utf-8", "big5", "replace"), 2, False,
                           "UTF-8 word decoded as Big5")
    return _clause_style(r, lambda s: codec_damage(s, "utf-8", "big5", r.choice(["replace", "qmark"])),
                         "UTF-8 clause decoded as Big5")


def mj_u8cp1252(r):
    if r.random() < 0.5:
        return _word_style(r, lambda s: codec_damage(s, "utf-8", "cp1252w"), 2, False, "UTF-8 word read as Windows-1252")
    return _clause_style(r, lambda s: codec_damage(s, "utf-8", "cp1252w"), "UTF-8 clause read as Windows-1252")


def mj_u8latin1(r):
    if r.random() < 0.5:
        return _word_style(r, lambda s: codec_damage(s, "utf-8", "latin-1"), 1, False,
                           "UTF-8 word read as ISO-8859-1 (C1 controls appear)")
    return _clause_style(r, lambda s: codec_damage(s, "utf-8", "latin-1"), "UTF-8 clause read as ISO-8859-1")


def _double(s, codec):
    try:
        d1 = dec(enc(s, "utf-8"), codec)
        d2 = dec(enc(d1, "utf-8"), codec)
    except UnicodeError:
        return None
    rec = codec + ">utf-8;" + codec + ">utf-8"
    try:
        if apply_recipe(d2, rec) != s or bad_chars(d2):
            return None
    except ValueError:
        return None
    return d2, rec


def mj_double_u8(r):
    codec = r.choice(["cp1252w", "cp1252w", "gbk", "latin-1"])
    return _word_style(r, lambda s: _double(s, codec), 1, codec == "gbk",
                       "double-encoded: UTF-8 read as %s, saved as UTF-8, read again" % codec)


def mj_gbk_u8(r):
    q = r.random() < 0.3
    fn = lambda s: codec_damage(s, "gbk", "utf-8", "qmark" if q else "replace")
    if r.random() < 0.4:
        return _word_style(r, fn, 2, False, "GBK bytes read as UTF-8 with replacement")
    return _clause_style(r, fn, "GBK clause read as UTF-8 with replacement")


def mj_gbk_latin1(r):
    codec = r.choice(["latin-1", "cp1252w"])
    if r.random() < 0.5:
        return _word_style(r, lambda s: codec_damage(s, "gbk", codec), 2, False, "GBK bytes read as " + codec)
    return _clause_style(r, lambda s: codec_damage(s, "gbk", codec), "GBK clause read as " + codec)


def mj_gbk_sjis(r):
    return _word_style(r, lambda s: codec_damage(s, "gbk", "shift_jis", "replace"), 2, False,
                       "GBK bytes read as Shift_JIS (half-width katakana)")


def mj_big5_gbk(r):
    def make():
        sent = to_trad(pick(r, TRAD_SENTS))
        parts = re.split("(，|。)", sent)
        idx = [i for i, p in enumerate(parts) if p and p not in "，。"]
        i = pick(r, idx)
        d = codec_damage(parts[i], "big5", "gbk", "replace")
        if d is None:
            return None
        lead = "台湾合作方来函原文：" if r.random() < 0.4 else ""
        return [T(lead + "".join(parts[:i]))] + damaged_segs(parts[i], d) + [T("".join(parts[i + 1:]))], \
            "Big5 traditional text decoded as GBK"
    return gen_until(r, make)


def mj_u8_cyrillic_locale(r):
    codec = r.choice(["cp1251w", "cp866", "koi8_r"])
    return _word_style(r, lambda s: codec_damage(s, "utf-8", codec), 2, False,
                       "UTF-8 Chinese shown through a Russian code page (%s)" % codec)


def _jinkuohao(s):
    b = enc(s, "gbk")
    u = b.decode("utf-8", "replace")
    g = u.encode("utf-8").decode("gbk", "replace").replace("\ufffd", "?")
    if "锟" not in g or bad_chars(g):
        return None
    return g, "lost"


def mj_jinkuohao(r):
    if r.random() < 0.5:
        return _word_style(r, _jinkuohao, 2, False, "GBK read as UTF-8, saved, read as GBK: 锟斤拷")
    return _clause_style(r, _jinkuohao, "clause turned into 锟斤拷 garbage")


def mj_tangtang(r):
    g = r.choice(["烫", "烫", "屯"])
    n = r.randint(2, 10) * 2 if r.random() < 0.7 else r.randint(3, 9)
    run = g * n
    k = r.randrange(4)
    if k == 0:
        return [T(clean_sentence(r)), S(run, "del")], "uninitialised buffer (%s) after the text" % g
    if k == 1:
        return [T("负责人："), S(run, "lost"), T("\n联系电话：" + "0" + str(r.randint(100, 999)) + "-" + str(r.randint(2000000, 8999999)))], "field filled with uninitialised buffer"
    if k == 2:
        return [T(pick(r, SUBJ) + "全年完成"), S(run, "lost"), T("，" + pick(r, TAIL) + "。")], "stretch replaced by uninitialised buffer"
    return [T(heading(r, 1) + "\n"), S(run + ("烫" if g == "屯" else "屯"), "lost"), T("\n" + clean_sentence(r))], "paragraph body replaced by uninitialised buffer"


RARE_CANDS = "堃赟喆玥珺昇燊彧淏犇鑫焱垚淼旻晞琛祎瑄璟铧镕喆翀昉珩囧氹埇垌硚浉濛冇镕曌甦"
def _not_gb2312(c):
    try:
        c.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return True


RARE = [c for c in RARE_CANDS if _not_gb2312(c)]


def _lost_name_sentence(r, lost, emoji_lost):
    """sentence with rare characters lost; lost is the replacement string per char"""
    k = r.randrange(5)
    rc = pick(r, RARE)
    sn = pick(r, SURN)
    if k == 0:
        return [T("经" + pick(r, ["党工委", "局党组", "镇党委"]) + "研究，" + sn), S(lost(rc), "lost"),
                T("同志任" + pick(r, ["办公室主任", "网格长", "副所长"]) + "。")], "rare character in a name lost"
    if k == 1:
        return [T("表彰" + sn + pick(r, GIVEN)), S(lost(rc), "lost"), T("、" + pick(r, SURN) + pick(r, GIVEN) + pick(r, GIVEN) + "等" + str(r.randint(3, 20)) + "名先进个人。")], "rare given-name character lost"
    if k == 2:
        return [T(pick(r, ["点赞", "为基层干部点赞", "丰收的喜悦", "加油"])), S(emoji_lost, "lost"), T("，" + clean_sentence(r))], "emoji lost in storage"
    if k == 3:
        return [T("澳门"), S(lost("氹"), "lost"), T("仔交流团一行" + str(r.randint(8, 40)) + "人来我区考察。")], "place-name character lost"
    segs = []
    for ch in to_trad(pick(r, TRAD_SENTS)):
        segs.append(S(lost(ch), "lost") if _not_gb2312(ch) else T(ch))
    return segs, "traditional text saved as GB2312: characters outside it lost"


def mj_qmark(r):
    return _lost_name_sentence(r, lambda c: "?", r.choice(["??", "????"]))


def mj_fffd(r):
    k = r.randrange(3)
    if k == 0:
        return _lost_name_sentence(r, lambda c: "\ufffd" * (2 if r.random() < 0.5 else 1), r.choice(["\ufffd", "\ufffd\ufffd\ufffd\ufffd"]))
    toks = mj_tokens(r)
    pos = word_positions(toks)
    i = pick(r, pos)
    w = toks[i][0]
    j = r.randrange(len(w))
    rep = "\ufffd" * r.choice([1, 2])
    segs = [T(tok_text(toks[:i]) + w[:j]), S(rep, "lost"), T(w[j + 1:] + tok_text(toks[i + 1:]))]
    return segs, "a character replaced by U+FFFD"


PUA_CHARS = ["\ue5e5", "\ue76c", "\ue81e", "\ue826", "\ue82b", "\ue855", "\uf06c", "\uf0b7", "\uf0d8", "\uf09f", "\ue000", "\uf8f5"]


def mj_pua(r):
    k = r.randrange(3)
    p = pick(r, PUA_CHARS)
    if k == 0:
        return [S(p, "lost"), T(" " + pick(r, HEAD2) + "\n"), S(p, "lost"), T(" " + pick(r, HEAD2))], "symbol-font bullets extracted as private-use characters"
    if k == 1:
        return [T("项目负责人" + pick(r, SURN)), S(p, "lost"), T("同志带队赴" + pick(r, STEMS) + "调研。")], "name character mapped to the private use area"
    toks = mj_tokens(r)
    i = pick(r, word_positions(toks))
    w = toks[i][0]
    j = r.randrange(len(w))
    return [T(tok_text(toks[:i]) + w[:j]), S(p, "lost"), T(w[j + 1:] + tok_text(toks[i + 1:]))], "character replaced by a private-use code point"


def mj_pinyin(r):
    sents = r.sample(TRAD_SENTS, r.randint(1, 2))
    segs = []
    n_ann = 0
    for s in sents:
        for ch in s:
            if ch in TRAD_ANNOT and TRAD_ANNOT[ch][0] != ch:
                segs.append(T(TRAD_ANNOT[ch][0]))
                if r.random() < 0.45:
                    segs.append(S("(" + TRAD_ANNOT[ch][1] + ")", "del"))
                    n_ann += 1
            else:
                segs.append(T(TRAD[ch][0] if ch in TRAD else ch))
        if r.random() < 0.3:
            segs.append(T("\n"))
    if n_ann == 0:
        return mj_pinyin(r)
    while segs and segs[-1][0] == "\n":
        segs.pop()
    return segs, "traditional conversion with ASCII-parenthesised pinyin after characters"


TAGS_OPEN = ["<p>", "<p style=\"text-indent:2em;\">", "<strong>", "<span style=\"font-family:仿宋_GB2312;font-size:16pt\">",
             "<font face=\"仿宋\">", "<div class=\"TRS_Editor\">", "<b>", "<span>", "<p align=\"justify\">"]
TAGS_CLOSE = {"<p": "</p>", "<st": "</strong>", "<sp": "</span>", "<fo": "</font>", "<di": "</div>", "<b>": "</b>"}


def _close_of(tag):
    for k, v in TAGS_CLOSE.items():
        if tag.startswith(k):
            return v
    return "</span>"


def mj_html_tags(r):
    k = r.randrange(5)
    if k == 0:
        toks = mj_tokens(r)
        i = pick(r, word_positions(toks))
        o = pick(r, TAGS_OPEN)
        return [T(tok_text(toks[:i])), S(o, "del"), T(toks[i][0]), S(_close_of(o), "del"), T(tok_text(toks[i + 1:]))], "inline tags around a word"
    if k == 1:
        return [S(pick(r, ["<p>", "<p class=\"MsoNormal\">", "<div>"]), "del"), T(clean_sentence(r)), S(pick(r, ["</p>", "</div>", "<br/>", "<br>"]), "del")], "paragraph wrapped in tags"
    if k == 2:
        return [T(clean_sentence(r)), S(pick(r, ["<br />", "<br>", "<br/>"]), "del"), T(clean_sentence(r))], "line-break tag between sentences"
    if k == 3:
        # a character and the '<' of a closing tag lost together
        w = pick(r, ["一是经济平稳发展。基", "二是征地拆迁稳步推进。全", "三是民生保障有力。各"])
        return [T(w), S("?/strong>", "lost"), T(clean_sentence(r))], "character and '<' lost: tag remnant"
    return [T(heading(r, 1)), S("</strong></p>", "del"), T("\n"), S("<p>", "del"), T(clean_sentence(r))], "tags left around a heading"


def mj_html_entities(r):
    k = r.randrange(6)
    if k == 0:
        return [S("&nbsp;" * r.randint(2, 6) if r.random() < 0.7 else "&emsp;" * 2, "del"), T(clean_sentence(r))], "entities used as indentation"
    if k == 1:
        term = pick(r, ["十四五", "放管服", "两不愁三保障", "最多跑一次", "一网通办", "河长制"])
        q = r.choice([("&ldquo;", "&rdquo;", "html"), ("&#8220;", "&#8221;", "html"), ("&amp;ldquo;", "&amp;rdquo;", "html;html"),
                      ("&#x201C;", "&#x201D;", "html")])
        return [T("深入落实"), S(q[0], q[2]), T(term), S(q[1], q[2]), T("要求，" + pick(r, TAIL) + "。")], "quotation marks as entities"
    if k == 2:
        return [T(pick(r, HEAD2).split("，")[0]), S(pick(r, ["&mdash;&mdash;", "&#8212;&#8212;"]), "html"), T(pick(r, ["记", "写在", "来自"]) + pick(r, STEMS) + "社区的一线实践")], "dash entities in a title"
    if k == 3:
        return [T("PM2.5平均浓度"), S("&lt;", "html"), T(str(r.randint(20, 35)) + "微克/立方米，" + pick(r, TAIL) + "。")], "'<' as an entity in prose"
    if k == 4:
        return [T(pick(r, STEMS) + "镇"), S("&middot;", "html"), T(pick(r, ["乡村振兴", "文旅融合", "产业发展"]) + "论坛成功举办。")], "middle dot entity"
    return [T(clean_sentence(r)[:-1]), S("&hellip;&hellip;", "html"), T(pick(r, ["", "（未完）"]))], "ellipsis entities"


def mj_word_html(r):
    k = r.randrange(4)
    if k == 0:
        return [T(clean_sentence(r)), S("<o:p></o:p>", "del")], "Word HTML empty paragraph tag"
    if k == 1:
        return [S("<!--[if !supportLists]-->", "del"), T(pick(r, ["（一）", "1.", "一、"])), S("<!--[endif]-->", "del"), T(pick(r, HEAD2))], "Word conditional comments around list number"
    if k == 2:
        return [S("<span lang=\"EN-US\" style=\"mso-bidi-font-size:10.5pt\">", "del"), T(year(r)), S("</span>", "del"), T("年，" + pick(r, SUBJ) + pick(r, ADV) + pick(r, VP) + "。")], "Word span around digits"
    return [T(clean_sentence(r)), S("<o:p>&nbsp;</o:p>", "del"), T("\n" + clean_sentence(r))], "Word HTML spacer paragraph"


def mj_url_escape(r):
    toks = mj_tokens(r)
    i = pick(r, word_positions(toks))
    w = toks[i][0]
    esc = urllib.parse.quote(w, safe="")
    if r.random() < 0.3:
        esc = esc.lower()
    return [T(tok_text(toks[:i])), S(esc, "url"), T(tok_text(toks[i + 1:]))], "word left percent-encoded"


def mj_unicode_escape(r):
    k = r.randrange(3)
    up = r.random() < 0.3
    f = lambda s: "".join(("\\u%04X" if up else "\\u%04x") % ord(c) for c in s)
    if k == 0:
        toks = mj_tokens(r)
        i = pick(r, word_positions(toks))
        return [T(tok_text(toks[:i])), S(f(toks[i][0]), "uesc"), T(tok_text(toks[i + 1:]))], "word left as \\u escapes"
    if k == 1:
        term = pick(r, ["一网通办", "最多跑一次", "放管服"])
        return [T("推进"), S(f("“"), "uesc"), T(term), S(f("”"), "uesc"), T("改革，" + pick(r, TAIL) + "。")], "quotation marks left as \\u escapes"
    return [T("标题："), S(f(pick(r, HEAD1)), "uesc")], "heading field left as \\u escapes"


def mj_escape_literals(r):
    k = r.randrange(4)
    if k == 0:
        return [T(clean_sentence(r)), S(pick(r, ["\\n", "\\r\\n"]), "cesc"), T(heading(r, 1))], "line break written as a literal escape"
    if k == 1:
        return [T(clean_sentence(r)), S("_x000D_", "del"), T("\n" + clean_sentence(r))], "spreadsheet carriage-return escape _x000D_"
    if k == 2:
        return [T("项目名称"), S("\\t", "cesc"), T("完成投资"), S("\\t", "cesc"), T("进度\n" + pick(r, STEMS) + pick(r, PROJ_KIND) + "　" + rdec(r, 10, 900, 1) + "万元　" + str(r.randint(30, 100)) + "%")], "tab written as a literal escape in a table header"
    return [T(clean_sentence(r)), S("&#13;", "del"), T("\n" + clean_sentence(r))], "carriage-return character reference"


INVIS = ["\u200b", "\u200b", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u202a", "\u202c", "\u202e", "\u2060", "\u2062",
         "\u180e", "\u0001", "\u0008", "\u001b", "\u007f", "\u0085", "\u009f", "\u2028", "\u200c", "\u2066", "\u2069"]


def mj_invisible(r):
    k = r.randrange(4)
    inv = lambda: "".join(pick(r, INVIS) for _ in range(r.choice([1, 1, 1, 2, 3])))
    toks = mj_tokens(r)
    if k == 0:
        i = pick(r, word_positions(toks))
        w = toks[i][0]
        j = r.randint(1, len(w) - 1)
        return [T(tok_text(toks[:i]) + w[:j]), S(inv(), "del"), T(w[j:] + tok_text(toks[i + 1:]))], "invisible character inside a word"
    if k == 1:
        return [S(inv(), "del"), T(tok_text(toks))], "invisible character at paragraph start"
    if k == 2:
        ps = [n for n, (s, kk) in enumerate(toks) if s in ("，", ",")]
        if not ps:
            return [T(tok_text(toks)), S(inv(), "del")], "invisible character at the end"
        n = pick(r, ps)
        return [T(tok_text(toks[:n + 1])), S(inv(), "del"), T(tok_text(toks[n + 1:]))], "invisible character after a comma"
    i = pick(r, word_positions(toks))
    return [T(tok_text(toks[:i])), S(inv(), "del"), T(toks[i][0]), S(inv(), "del"), T(tok_text(toks[i + 1:]))], "invisible characters around a word"


def mj_bom(r):
    b = r.choice(["ï»¿", "\ufeff", "ÿþ", "þÿ", "ï»¿"])
    k = r.randrange(3)
    if k == 0:
        return [S(b, "del"), T(heading(r, 0) + "\n" + clean_sentence(r))], "byte-order mark at document start"
    if k == 1:
        return [T(clean_sentence(r) + "\n"), S(b, "del"), T(heading(r, 1) + "\n" + clean_sentence(r))], "byte-order mark where two files were joined"
    return [T(clean_sentence(r)), S(b, "del"), T(clean_sentence(r))], "byte-order mark inside a paragraph"


EN_WORDS = ["Report", "Annual Summary", "Green Development", "Smart City", "Open Data", "Rural Revitalization", "Contact Us",
            "Service Hotline", "Digital Government"]


def mj_utf16(r):
    k = r.randrange(3)
    if k == 0:
        w = pick(r, EN_WORDS)
        be = r.random() < 0.3
        d = dec(enc(w, "utf-16-be" if be else "utf-16-le"), "latin-1")
        segs = damaged_segs(w, (d, "strip0"))
        return [T(pick(r, ["英文标题：", "栏目名称：", "网站导航："]))] + segs + [T("。" if r.random() < 0.5 else "")], "UTF-16 text read byte by byte: NULs interleaved"
    if k == 1:
        return _word_style(r, lambda s: codec_damage(s, "utf-8", "utf-16-le"), 1, True, "UTF-8 bytes read as UTF-16LE")
    return _word_style(r, lambda s: codec_damage(s, "utf-16-le", "gbk"), 1, False, "UTF-16LE bytes read as GBK")


FOREIGN_DAMAGE = {
    "俄语": [("utf-8", "cp1251w"), ("utf-8", "cp1252w"), ("cp1251", "cp1252w"), ("koi8_r", "cp1251w"), ("utf-8", "latin-1")],
    "乌克兰语": [("utf-8", "cp1251w"), ("utf-8", "cp1252w"), ("cp1251", "cp1252w")],
    "日语": [("shift_jis", "cp1252w"), ("euc_jp", "latin-1"), ("utf-8", "shift_jis"), ("utf-8", "cp1252w"), ("shift_jis", "gbk")],
    "韩语": [("euc_kr", "cp1252w"), ("utf-8", "cp1252w"), ("utf-8", "euc_kr"), ("euc_kr", "gbk")],
    "希腊语": [("utf-8", "cp1252w"), ("cp1253", "cp1252w")],
    "阿拉伯语": [("utf-8", "cp1252w"), ("cp1256", "cp1252w")],
    "越南语": [("utf-8", "cp1252w"), ("utf-8", "latin-1")],
    "泰语": [("utf-8", "cp1252w"), ("cp874", "cp1252w")],
    "土耳其语": [("utf-8", "cp1252w"), ("cp1254", "cp1252w")],
    "波兰语": [("utf-8", "cp1252w"), ("cp1250", "cp1252w")],
    "捷克语": [("utf-8", "cp1252w"), ("cp1250", "cp1252w")],
    "德语": [("utf-8", "cp1252w"), ("utf-8", "gbk")],
    "法语": [("utf-8", "cp1252w"), ("utf-8", "latin-1")],
    "西班牙语": [("utf-8", "cp1252w")],
    "葡萄牙语": [("utf-8", "cp1252w")],
}


def _foreign_style(r, langs, desc):
    def make():
        lang = pick(r, langs)
        phrase = pick(r, FOREIGN[lang])
        te, wd = pick(r, FOREIGN_DAMAGE[lang])
        d = codec_damage(phrase, te, wd, "replace")
        if d is None:
            return None
        a, ph, b = foreign_sentence(r, lang, phrase)
        return [T(a)] + damaged_segs(phrase, d) + [T(b)], desc + ": %s written as %s, read as %s" % (lang, te, wd)
    return gen_until(r, make)


def mj_foreign_cyrillic(r):
    return _foreign_style(r, ["俄语", "乌克兰语"], "damaged quoted Cyrillic")


def mj_foreign_cjk(r):
    return _foreign_style(r, ["日语", "韩语"], "damaged quoted Japanese/Korean")


def mj_foreign_other(r):
    if r.random() < 0.15:
        # accented letters lost as '?' inside Latin words
        words = [("Zürich", "苏黎世"), ("Français", "法语"), ("São Tomé", "圣多美"), ("München", "慕尼黑"), ("Kraków", "克拉科夫")]
        w, zh = pick(r, words)
        segs = [T(zh + "（")]
        for c in w:
            segs.append(S("?", "lost") if not c.isascii() else T(c))
        segs.append(T("）代表团来访。"))
        return segs, "accented letters lost as question marks"
    return _foreign_style(r, ["希腊语", "阿拉伯语", "越南语", "泰语", "土耳其语", "波兰语", "捷克语", "德语", "法语", "西班牙语", "葡萄牙语"],
                          "damaged quoted foreign text")


EN_SENTS = [("the ", "“Green Community”", " award"), ("a ", "“one-stop”", " service window"), ("the city’s ", "“15-minute life circle”", " plan"),
            ("", "“Rural Revitalization”", " Forum"), ("the ", "“Digital Village”", " pilot")]
PUNCT_DAMAGE = {"“": "â€œ", "”": "â€\x9d", "’": "â€™", "—": "â€”", "–": "â€“", "…": "â€¦", "•": "â€¢", "‘": "â€˜"}


def mj_en_punct(r):
    k = r.randrange(3)
    if k == 0:
        pre, q, post = pick(r, EN_SENTS)
        segs = [T("英文通稿原文：" + pre[:1].upper() + pre[1:] if pre else "英文通稿原文：")]
        for c in q:
            segs.append(S(PUNCT_DAMAGE[c], "cp1252w>utf-8") if c in PUNCT_DAMAGE else T(c))
        segs.append(T(post + " was presented to " + pick(r, STEMS) + " Subdistrict."))
        if any("’" in x for x in (pre,)):
            pass
        return _fix_curly(segs), "curly quotes read as Windows-1252"
    if k == 1:
        segs = [T("英文摘要：" + pick(r, ["Over", "More than", "Nearly"]) + " " + str(r.randint(2, 90)) + " projects were completed"),
                S(PUNCT_DAMAGE["—"], "cp1252w>utf-8"), T("ahead of schedule.")]
        return segs, "em dash read as Windows-1252"
    segs = [T("外方来信：We"), S(PUNCT_DAMAGE["’"], "cp1252w>utf-8"), T("re looking forward to the festival"), S(PUNCT_DAMAGE["…"], "cp1252w>utf-8")]
    return segs, "apostrophe and ellipsis read as Windows-1252"


def _fix_curly(segs):
    out = []
    for s, rec in segs:
        if rec is None and "’" in s:
            parts = s.split("’")
            for n, p in enumerate(parts):
                if n:
                    out.append(S(PUNCT_DAMAGE["’"], "cp1252w>utf-8"))
                out.append(T(p))
        else:
            out.append((s, rec))
    return out


UNIT_SYMS = [("℃", "日平均气温{n}"), ("°C", "最高气温达{n}"), ("m²", "改造面积{n}"), ("±", "误差控制在{n}"),
             ("€", "合同金额{n}"), ("¥", "人均消费{n}"), ("μg/m³", "PM2.5浓度{n}"), ("‰", "出生率{n}"), ("×", "规格为{n}")]


UNIT_SYMS = [("℃", "日平均气温", (5, 32)), ("°C", "最高气温达", (33, 41)), ("m²", "改造面积", (300, 60000)),
             ("μg/m³", "PM2.5年均浓度为", (15, 45)), ("‰", "人口出生率为", (5, 12)), ("€", "合同金额", None),
             ("¥", "人均消费", None), ("±", "误差控制在", None), ("×", "展板规格为", None), ("°", "坡度不超过", (5, 25))]


def mj_unit_symbols(r):
    sym, ctx, rng = pick(r, UNIT_SYMS)
    codec = r.choice(["cp1252w", "cp1252w", "latin-1"])
    dmg = lambda: damaged_segs(sym, codec_damage(sym, "utf-8", codec))
    if sym == "±":
        segs = [T(ctx)] + dmg() + [T("0." + str(r.randint(1, 9)) + "%以内。")]
    elif sym in ("€", "¥"):
        segs = [T(ctx)] + dmg() + [T(rint(r, 100, 90000) + "。")]
    elif sym == "×":
        segs = [T(ctx + str(r.randint(60, 120)) + "cm")] + dmg() + [T(str(r.randint(80, 240)) + "cm。")]
    else:
        lo, hi = rng
        n = str(r.randint(lo, hi)) + ("." + str(r.randint(0, 9)) if hi < 100 and r.random() < 0.5 else "")
        segs = [T(ctx + n)] + dmg() + [T("。" if r.random() < 0.7 else "，" + pick(r, TAIL) + "。")]
    return segs, "unit or currency symbol written as UTF-8, read as " + codec



EMOJI = ["\U0001F44D", "\U0001F389", "\U0001F525", "\u2764\ufe0f", "\U0001F4AA", "\U0001F1E8\U0001F1F3", "\U0001F33E", "\u2705"]


def mj_emoji_damage(r):
    e = pick(r, EMOJI)
    codec = r.choice(["cp1252w", "gbk", "cp1252w"])
    d = codec_damage(e, "utf-8", codec, "replace")
    ctx = r.randrange(3)
    if ctx == 0:
        return [T(pick(r, ["为志愿者点赞", "丰收啦", "好消息"]))] + damaged_segs(e, d) + [T("！" + clean_sentence(r))], "emoji read as " + codec
    if ctx == 1:
        return [T(clean_sentence(r))] + damaged_segs(e, d), "emoji at the end read as " + codec
    return damaged_segs(e, d) + [T(pick(r, HEAD2))], "emoji bullet read as " + codec


def _gbk_offset(r, s, p, q, qmark=True):
    """bytes of s[p:q] (GBK) decoded after dropping the first byte; the
    stretch is shrunk to the part that actually changed"""
    d = dec(enc(s[p:q], "gbk")[1:], "gbk", "replace")
    if qmark:
        d = d.replace("\ufffd", "?")
    o = s[p:q]
    while o and d and o[-1] == d[-1]:
        o, d, q = o[:-1], d[:-1], q - 1
    if not d or bad_chars(d) or o == d or not any(c.isascii() or c == "\ufffd" for c in d):
        return None
    return [T(s[:p]), S(d, "~offset:gbk"), T(s[q:])]



def mj_gbk_offset(r):
    def make():
        a, b = r.sample(TRAD_SENTS, 2)
        s = to_trad(a) + to_trad(b)
        m = [mm.start() for mm in re.finditer("。|，", s[:-1])]
        p = len(to_trad(a)) - 1 if r.random() < 0.6 else pick(r, m)
        return _gbk_offset(r, s, p, p + r.randint(2, 5), r.random() < 0.6)
    return gen_until(r, make), "GBK stream decoded one byte out of step"



def _damage_codec_choice(r):
    return r.choice([("utf-8", "gbk", "replace"), ("utf-8", "gbk", "qmark"), ("utf-8", "cp1252w", None),
                     ("gbk", "utf-8", "replace"), ("utf-8", "latin-1", None), ("gbk", "latin-1", None)])


def mj_heading(r):
    def make():
        te, wd, lossy = _damage_codec_choice(r)
        h = heading(r)
        m = re.match(r"^([一二三四五六七八九十]、|（[一二三四五六七八九十]）|\([一二三四五六七八九十]\)|\d\.)", h)
        pre = m.group(0) if m else ""
        body = h[len(pre):]
        if r.random() < 0.5:
            orig = body
            d = codec_damage(orig, te, wd, lossy)
            if d is None:
                return None
            segs = [T(pre)] + damaged_segs(orig, d)
        else:
            d = codec_damage(h, te, wd, lossy)
            if d is None:
                return None
            segs = damaged_segs(h, d)
        return segs + [T("\n" + clean_sentence(r) + (clean_sentence(r) if r.random() < 0.5 else ""))], \
            "heading read as %s (written as %s)" % (wd, te)
    return gen_until(r, make)


def mj_table(r):
    def make():
        te, wd, lossy = _damage_codec_choice(r)
        sep = r.choice(["|", "｜", "\t", "  "])
        rows = [["项目名称", "责任单位", "完成情况"]]
        for _ in range(r.randint(2, 4)):
            rows.append([pick(r, STEMS) + pick(r, PROJ_KIND), pick(r, ["区住建局", "区水利局", "街道办事处", "镇人民政府", "区交通运输局"]),
                         pick(r, ["已完工", "主体完工", "正在施工", "已完成招标", "完成投资" + str(r.randint(20, 95)) + "%"])])
        segs = []
        nd = 0
        for ri, row in enumerate(rows):
            if ri:
                segs.append(T("\n"))
            for ci, cell in enumerate(row):
                if ci:
                    segs.append(T(sep))
                if ri and (r.random() < 0.25 or (ri == len(rows) - 1 and nd == 0 and ci == 2)):
                    d = codec_damage(cell, te, wd, lossy)
                    if d is None:
                        segs.append(T(cell))
                    else:
                        segs += damaged_segs(cell, d)
                        nd += 1
                else:
                    segs.append(T(cell))
        if nd == 0:
            return None
        return segs, "table cells read as %s (written as %s)" % (wd, te)
    return gen_until(r, make)


def mj_paragraph(r):
    def make():
        te, wd, lossy = _damage_codec_choice(r)
        para = "".join(clean_sentence(r) for _ in range(r.randint(2, 3)))
        d = codec_damage(para, te, wd, lossy)
        if d is None:
            return None
        segs = damaged_segs(para, d)
        k = r.randrange(3)
        if k == 0:
            return [T(heading(r) + "\n")] + segs, "whole paragraph read as %s (written as %s)" % (wd, te)
        if k == 1:
            return [T(clean_sentence(r) + "\n")] + segs + [T("\n" + clean_sentence(r))], "one damaged paragraph between clean ones (%s as %s)" % (te, wd)
        return segs, "whole text read as %s (written as %s)" % (wd, te)
    return gen_until(r, make)


def mj_mixed(r):
    """seed-like passage: traditional conversion with pinyin, lost characters,
    a tag remnant and an out-of-step GBK stretch"""
    s1 = to_trad(pick(r, TRAD_SENTS))
    segs = []
    for ch in s1:
        segs.append(T(ch))
        simp = [k for k, v in TRAD_ANNOT.items() if v[0] == ch and v[0] != k]
        if simp and r.random() < 0.5:
            segs.append(S("(" + TRAD_ANNOT[simp[0]][1] + ")", "del"))
    # lose one character as '?'
    han_idx = [n for n, (s, rec) in enumerate(segs) if rec is None and is_han(s) and n + 1 < len(segs) and is_han(segs[n + 1][0][:1] or "x")]
    if han_idx:
        n = pick(r, han_idx)
        segs[n] = S("?", "lost")
    segs.append(T("\n"))
    if r.random() < 0.5:
        segs += [T(pick(r, ["一是經濟平穩發展。基", "二是項目建設提速。全"])), S("?/strong>", "lost")]
    a, b = r.sample(TRAD_SENTS, 2)
    s2 = to_trad(a) + to_trad(b)
    p = len(to_trad(a)) - 1
    d = _gbk_offset(r, s2, p, p + 3)
    segs += d if d else [T(s2)]
    return segs, "mixed damage: pinyin annotations, lost character, tag remnant, out-of-step GBK"


# ---------------------------------------------------------------------------
# mj negative styles
# ---------------------------------------------------------------------------

def _foreign_clean(r, langs, desc):
    lang = pick(r, langs)
    a, ph, b = foreign_sentence(r, lang, pick(r, FOREIGN[lang]))
    if r.random() < 0.3:
        return [T(clean_sentence(r) + a + ph + b)], desc + " (" + lang + ")"
    return [T(a + ph + b)], desc + " (" + lang + ")"


def mjn_cyrillic(r):
    return _foreign_clean(r, ["俄语", "乌克兰语"], "clean quoted Cyrillic")


def mjn_japanese(r):
    return _foreign_clean(r, ["日语"], "clean quoted Japanese")


def mjn_korean(r):
    return _foreign_clean(r, ["韩语"], "clean quoted Korean")


def mjn_greek_arabic(r):
    return _foreign_clean(r, ["希腊语", "阿拉伯语"], "clean quoted Greek or Arabic")


def mjn_vietnamese_thai(r):
    return _foreign_clean(r, ["越南语", "泰语"], "clean quoted Vietnamese or Thai")


def mjn_tr_pl_cs(r):
    return _foreign_clean(r, ["土耳其语", "波兰语", "捷克语"], "clean quoted Turkish/Polish/Czech")


def mjn_western(r):
    if r.random() < 0.3:
        return [T(pick(r, ["外宾来自", "代表团成员来自"]) + pick(r, ["São Paulo", "Zürich", "Besançon", "A Coruña", "Kraków", "Malmö", "Ålesund"]) +
                  "，" + pick(r, ["参观了", "考察了"]) + pick(r, STEMS) + pick(r, ["产业园", "农业示范基地", "非遗工坊"]) + "。")], "accented place names"
    return _foreign_clean(r, ["德语", "法语", "西班牙语", "葡萄牙语"], "clean quoted Western European text")


def mjn_traditional(r):
    s = "".join(to_trad(x) for x in r.sample(TRAD_SENTS, r.randint(1, 3)))
    lead = pick(r, ["", "港澳台交流材料（繁體）：", "台胞來信摘錄：", ""])
    return [T(lead + s)], "clean traditional Chinese"


RARE_PLACES = ["氹仔", "埇桥区", "硚口区", "浉河区", "濛江", "鿍"] 
EXTB = ["\U00020BB7", "\U0002000B", "\U0002123D", "\U000242EE", "\U00020B9F", "\U00029E3D", "\U00020BB6"]


def mjn_rare_chars(r):
    k = r.randrange(4)
    if k == 0:
        return [T("表彰" + pick(r, SURN) + pick(r, RARE) + "、" + pick(r, SURN) + pick(r, GIVEN) + pick(r, RARE) + "等先进个人。")], "rare characters in names"
    if k == 1:
        return [T("组织干部赴" + pick(r, ["澳门氹仔", "宿州埇桥区", "武汉硚口区", "信阳浉河区"]) + "学习基层治理经验。")], "rare characters in real place names"
    if k == 2:
        return [T("户籍系统已支持生僻字录入，如“" + pick(r, EXTB) + "”“" + pick(r, EXTB) + "”等扩展B区汉字可正常显示。")], "extension-B characters"
    return [T("村民" + pick(r, SURN) + pick(r, EXTB) + pick(r, GIVEN) + "的姓名含生僻字，已通过造字库完成身份证信息登记。")], "extension-B character in a name"


def mjn_pinyin_lesson(r):
    k = r.randrange(5)
    if k == 0:
        return [T("普通话培训课上讲解多音字：“长”在“增长”中读(zhǎng)，在“长期”中读(cháng)。")], "pinyin in a lesson"
    if k == 1:
        return [T("拼音教学：“发”字注音为(fā)，“展”字注音为(zhǎn)，合起来读作fāzhǎn。")], "pinyin annotation in a lesson"
    if k == 2:
        zh, py = pick(r, [("清溪", "Qīngxī"), ("白沙", "Báishā"), ("望江", "Wàngjiāng"), ("云台", "Yúntái"), ("金湾", "Jīnwān"),
                          ("凤鸣", "Fèngmíng"), ("桃源", "Táoyuán"), ("石岗", "Shígǎng")])
        return [T(zh + "村（" + py + " Cūn）路牌已按规范更换。")], "place-name gloss with tone marks"
    if k == 3:
        en, zh, py = pick(r, [("Anna", "安娜", "Ānnà"), ("Tom", "汤姆", "Tāngmǔ"), ("Lucas", "卢卡斯", "Lúkǎsī"), ("Maria", "玛丽亚", "Mǎlìyà")])
        return [T("外籍教师" + en + "的中文名为" + zh + "（" + py + "）。")], "name gloss"
    return [T("少儿国学班学习古诗，老师示范读音：“白日依山尽”读作bái rì yī shān jìn。")], "reading guide"



def mjn_code_quoting(r):
    k = r.randrange(5)
    if k == 0:
        return [T("网站改版后，编辑人员不再使用“<br>”强制换行，改用段落标签“<p>”。")], "HTML tags quoted in a web-editing note"
    if k == 1:
        return [T("培训中讲解了HTML转义：“&amp;”表示“&”，“&lt;”表示“<”，“&nbsp;”表示不换行空格。")], "entities quoted in training material"
    if k == 2:
        return [T("接口返回的中文以`\\u4e2d\\u6587`形式转义，前端解析后正常显示。")], "unicode escapes quoted in backticks"
    if k == 3:
        return [T("数据清洗规则：将“\\r\\n”统一替换为“\\n”，并删除行尾空格。")], "escape sequences quoted in a cleaning rule"
    return [T("模板文件路径为`C:\\templates\\notice.docx`，请勿修改。")], "Windows path in backticks"


def mjn_urls(r):
    k = r.randrange(6)
    stem = pick(r, ["qingxi", "baisha", "wangjiang", "yuntai"])
    if k == 0:
        return [T("政策原文：https://www." + stem + ".gov.cn/search?q=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4&page=" + str(r.randint(1, 9)))], "URL with percent-encoded query"
    if k == 1:
        return [T("下载地址：http://" + stem + ".gov.cn/uploads/%E5%B9%B4%E6%8A%A5" + year(r) + ".pdf，请查收。")], "percent-encoded file name in URL"
    if k == 2:
        return [T("网上办事入口：https://zwfw." + stem + ".gov.cn/index.jsp?id=" + str(r.randint(100, 9999)) + "&type=2")], "URL with query string"
    if k == 3:
        return [T("附件链接：https://" + stem + ".gov.cn/files/" + year(r) + "%20report%20final.pdf")], "percent-encoded spaces in URL"
    if k == 4:
        return [T("问卷地址 https://wj." + stem + ".gov.cn/s?id=" + str(r.randint(1000, 9999)) + "&lang=zh-CN ，欢迎填写。")], "URL with language parameter"
    return [T("扫码或访问www." + stem + ".gov.cn/hd?from=wx参与意见征集。")], "URL with '?' inside Chinese text"



def mjn_questions(r):
    k = r.randrange(6)
    if k == 0:
        return [T("群众最关心什么？" + pick(r, SUBJ) + "通过入户走访收集意见" + rint(r, 50, 900) + "条。")], "full-width question mark"
    if k == 1:
        return [T("外方提问：“How long will the project take?” 项目负责人作了详细解答。")], "English question in quotes"
    if k == 2:
        return [T("调查问卷第" + str(r.randint(1, 20)) + "题：您对社区服务是否满意?\n选项：满意、基本满意、不满意")], "ASCII question mark at line end"
    if k == 3:
        return [T("宣传标语“垃圾分类，你做到了吗？！”张贴于各小区出入口。")], "question-exclamation"
    if k == 4:
        return [T("Q: Where can I apply? A: 可通过政务服务网在线办理。")], "English FAQ"
    return [T("专题会议讨论了三个问题：为什么要改？改什么？怎么改？")], "series of questions"



def mjn_emoji(r):
    zwj = ["\U0001F468\u200d\U0001F469\u200d\U0001F467", "\U0001F469\u200d\U0001F33E", "\U0001F468\u200d\U0001F692"]
    k = r.randrange(5)
    if k == 0:
        return [T(pick(r, ["为志愿者点赞", "好消息", "丰收啦"]) + pick(r, EMOJI) + pick(r, EMOJI) + "！" + clean_sentence(r))], "emoji in a social-media post"
    if k == 1:
        return [T("家庭文明建设活动海报" + pick(r, zwj) + "：" + clean_sentence(r))], "emoji ZWJ sequence"
    if k == 2:
        return [T("1\ufe0f\u20e3" + pick(r, HEAD2) + "\n2\ufe0f\u20e3" + pick(r, HEAD2))], "keycap emoji numbering"
    if k == 3:
        return [T("网友留言：服务真贴心\U0001F44D\U0001F3FB，" + clean_sentence(r))], "emoji with skin-tone modifier"
    return [T("\U0001F4CC" + pick(r, HEAD2) + "\n\u2705" + clean_sentence(r))], "emoji bullets"



def mjn_math(r):
    k = r.randrange(5)
    if k == 0:
        return [T("监测数据显示，PM2.5年均浓度为" + str(r.randint(18, 40)) + "μg/m³，二氧化硫≤" + str(r.randint(5, 15)) + "μg/m³。")], "units with Greek mu and superscripts"
    if k == 1:
        return [T("溶解氧≥" + str(r.randint(5, 7)) + "mg/L，水温" + str(r.randint(12, 30)) + "℃，pH值7.2±0.3。")], "comparison and plus-minus"
    if k == 2:
        return [T("考核得分S=∑(wᵢ×xᵢ)，其中∑wᵢ=1。")], "summation formula"
    if k == 3:
        return [T("减少CO₂排放" + rint(r, 100, 9000) + "吨，节约H₂O约" + rint(r, 1000, 90000) + "立方米。")], "chemical subscripts"
    return [T("圆形广场半径r=" + str(r.randint(10, 40)) + "米，面积约为πr²，折合" + rint(r, 300, 5000) + "㎡。")], "pi and superscript"


def mjn_fullwidth(r):
    k = r.randrange(5)
    if k == 0:
        return [T("建成５Ｇ基站" + str(r.randint(10, 300)) + "座，实现ＡＩ辅助审批。")], "full-width Latin and digits"
    if k == 1:
        return [T("ＧＤＰ增长" + str(r.randint(3, 9)) + "．" + str(r.randint(0, 9)) + "％，ＣＰＩ涨幅控制在３％以内。")], "full-width abbreviations"
    if k == 2:
        return [T("全域覆盖免费ＷｉＦｉ热点" + str(r.randint(20, 400)) + "个。")], "full-width WiFi"
    if k == 3:
        return [T("选项：（Ａ）满意　（Ｂ）基本满意　（Ｃ）不满意")], "full-width option letters"
    return [T("（１）" + pick(r, HEAD2) + "\n（２）" + pick(r, HEAD2))], "full-width numbering"



def mjn_currency(r):
    k = r.randrange(5)
    if k == 0:
        return [T("外资项目合同金额€" + rint(r, 100, 9000) + "万（约合人民币" + rint(r, 500, 60000) + "万元）。")], "euro sign"
    if k == 1:
        return [T("出口额折合$" + rdec(r, 1, 90, 2) + "百万，另有£" + str(r.randint(2, 90)) + "万英镑订单。")], "dollar and pound signs"
    if k == 2:
        return [T("东盟采购报价：₫" + rint(r, 1000000, 9000000, True) + "、฿" + rint(r, 10000, 900000, True) + "。")], "dong and baht"
    if k == 3:
        return [T("人均可支配收入达¥" + rint(r, 20000, 60000, True) + "，同比增长" + rgrowth(r) + "%。")], "yen/yuan sign"
    return [T("境外采购报价：₩" + rint(r, 1000000, 9000000, True) + "、₽" + rint(r, 10000, 900000, True) + "、₹" + rint(r, 10000, 900000, True) + "。")], "won, rouble, rupee"



def mjn_music_chess(r):
    k = r.randrange(5)
    if k == 0:
        return [T("合唱曲目《" + pick(r, STEMS) + "之歌》（1=D 4/4 ♩=" + str(r.randint(60, 120)) + "）由社区合唱团演唱。")], "music notation"
    if k == 1:
        return [T("乐理课讲解升降号：♯表示升高半音，♭表示降低半音，♮为还原记号。")], "sharp flat natural"
    if k == 2:
        return [T("简谱片段：5 3 2 1 | 6 — 5 — | 1̇ 7 6 5 |，由老年大学学员演唱。")], "numbered musical notation"
    if k == 3:
        return [T("♪♫ 社区音乐会节目单 ♫♪\n" + pick(r, STEMS) + "合唱团《" + pick(r, STEMS) + "颂》")], "music symbols as decoration"
    return [T("国际象棋比赛开局示范：1. e4 e5 2. ♘f3 ♘c6，获得全场掌声。")], "chess notation"



def mjn_box_tables(r):
    rows = [(pick(r, STEMS) + "社区", str(r.randint(100, 9000)), rdone(r) + "%") for _ in range(r.randint(2, 4))]
    lines = ["┌────────┬──────┬──────┐", "│ 单位     │ 户数   │ 完成率 │", "├────────┼──────┼──────┤"]
    for a, b, c in rows:
        lines.append("│ " + a + " │ " + b + " │ " + c + " │")
    lines.append("└────────┴──────┴──────┘")
    return [T("\n".join(lines))], "box-drawing table"


def mjn_clean_para(r):
    if r.random() < 0.5:
        return [T("".join(clean_sentence(r) for _ in range(r.randint(2, 4))))], "clean report sentences"
    s = heading(r, r.randrange(2)) + "\n" + "".join(clean_sentence(r) for _ in range(r.randint(2, 4)))
    if r.random() < 0.5:
        s += "\n" + heading(r, 2) + "\n" + clean_sentence(r)
    return [T(s)], "clean report paragraph"


def mjn_multilingual(r):
    langs = r.sample(["俄语", "日语", "韩语", "阿拉伯语", "泰语", "越南语", "希腊语", "德语", "法语"], r.randint(2, 4))
    lines = ["多语种导览标识内容："] + [l + "：" + pick(r, FOREIGN[l]) for l in langs]
    return [T("\n".join(lines))], "multilingual sign list"


def mjn_lookalikes(r):
    k = r.randrange(7)
    if k == 0:
        return [T("刚出锅的" + pick(r, ["艾粑粑", "糍粑", "肉包子"]) + "烫烫的、香香的，吸引不少游客驻足品尝。")], "reduplicated 烫烫 as a real word"
    if k == 1:
        return [T("全社会研发（R&D）经费投入强度达" + rdec(r, 1.5, 3.5, 2) + "%。")], "ampersand without entity"
    if k == 2:
        return [T("外方代表来自法国L’Haÿ-les-Roses市，双方就养老服务开展交流。")], "real French name with ÿ"
    if k == 3:
        return [T("巴西圣保罗（SÃO PAULO）州经贸代表团来访。")], "uppercase Portuguese with Ã"
    if k == 4:
        return [T("编程兴趣班课程涵盖C++、C#与Python。")], "C++ and C#"
    if k == 5:
        return [T("“屯”字在本地地名中较为常见，如" + pick(r, STEMS) + "屯、" + pick(r, STEMS) + "屯等自然屯。")], "屯 in place names"
    return [T("活动口号“一起向未来！”响彻全场。")], "plain exclamation in quotes"



# ---------------------------------------------------------------------------
# mj detector (independent re-check)
# ---------------------------------------------------------------------------
import codecs as _codecs

QUOTE_PAIRS = [("“", "”"), ("「", "」"), ("『", "』"), ("`", "`"), ('"', '"'), ("‘", "’")]
LESSON_WORDS = ["拼音", "读音", "读作", "多音字", "注音", "念作", "发音"]
PINYIN_RE = re.compile(r"(?<=[\u3400-\u9fff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)")
TONED = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü")
TAG_RE = re.compile(r"<!--.*?-->|<!\[[^\]\n]*\]>|</?[A-Za-z][A-Za-z0-9:]*(?:\s[^<>\n]*)?/?>|(?<!<)/(?:strong|span|p|div|font|b|em|td|tr|o:p)>")
ENT_RE = re.compile(r"&(?:amp;)?(?:[A-Za-z][A-Za-z0-9]{1,7}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});")
PCT_RE = re.compile(r"(?:%[0-9A-Fa-f]{2}){2,}")
ESC_RE = re.compile(r"(?:\\u[0-9A-Fa-f]{4})+|\\r\\n|\\[nrt](?![A-Za-z])")
FIXED_RE = re.compile(r"锟斤拷|锟|烫{3,}|屯{3,}|嚙踝蕭|ï»¿|ÿþ|þÿ|_x[0-9A-Fa-f]{4}_|[\uff61-\uff9f]{2,}")
CJK_PUNCT_AFTER = set("。，、；：！）」』")
WIN_CODECS = ["gbk", "big5", "shift_jis", "euc_kr", "cp1252w", "latin-1", "cp1251w", "gb18030"]
SB_LEADS = set("ÂÃÄÅÆÐÑØâãäåæçèéêëìíîïð")


def _cjk3(c):
    o = ord(c)
    return 0x3040 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF or 0xFF01 <= o <= 0xFFEF
MULTI = {"gbk", "big5", "shift_jis", "euc_kr", "gb18030"}


def _quote_regions(text):
    reg = []
    for a, b in QUOTE_PAIRS:
        i = 0
        while True:
            s = text.find(a, i)
            if s < 0:
                break
            e = text.find(b, s + 1)
            nl = text.find("\n", s + 1)
            if e < 0 or (0 <= nl < e):
                i = s + 1
                continue
            reg.append((s, e + 1))
            i = e + 1
    return reg


def _inside(regs, s, e):
    return any(a <= s and e <= b for a, b in regs)


def _meaningful(c):
    o = ord(c)
    return (0x3400 <= o <= 0x9FFF or 0x3040 <= o <= 0x30FF or 0xAC00 <= o <= 0xD7AF or 0x0400 <= o <= 0x04FF or
            0x0370 <= o <= 0x03FF or 0x0600 <= o <= 0x06FF or 0x0E00 <= o <= 0x0E7F or 0x00C0 <= o <= 0x024F or
            0x1E00 <= o <= 0x1EFF or 0x2010 <= o <= 0x205E or 0x3000 <= o <= 0x303F or 0xFF01 <= o <= 0xFFEF or
            0x1F300 <= o <= 0x1FAFF or c in "°±²³µ€℃·«»¡¿£¥©®")


def _windows(text, hits):
    runs = [(m.start(), m.end()) for m in re.finditer(r"[^\x00-\x7f]{2,}", text)]
    for a, b in runs:
        seg = text[a:b]
        for codec in WIN_CODECS:
            bs = []
            for c in seg:
                try:
                    bs.append(enc(c, codec))
                except UnicodeError:
                    bs.append(None)
            for i in range(len(seg)):
                if bs[i] is None:
                    continue
                dcd = _codecs.getincrementaldecoder("utf-8")()
                out = ""
                for j in range(i, min(len(seg), i + 40)):
                    if bs[j] is None:
                        break
                    try:
                        out += dcd.decode(bs[j])
                    except UnicodeDecodeError:
                        break
                    if dcd.getstate()[0] == b"" and j > i:
                        w = seg[i:j + 1]
                        if out == w or not out or not all(_meaningful(c) for c in out) or out.isascii():
                            continue
                        if codec in MULTI:
                            # UTF-8 Chinese/Japanese/Korean misread: the repair must be CJK text
                            ok = (sum(1 for c in out if _cjk3(c)) >= 2 and
                                  all(c.isascii() or _cjk3(c) or 0x2010 <= ord(c) <= 0x205E for c in out))
                        else:
                            ok = len(out) >= 2 or (len(out) == 1 and w[0] in SB_LEADS)
                        if ok:
                            hits.append((a + i, a + j + 1, "codec:" + codec))
        # GBK bytes read as a single-byte code page
        for m in re.finditer(r"[\u00a1-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]{4,}", seg):
            w = m.group(0)
            for codec in ("latin-1", "cp1252w"):
                try:
                    out = dec(enc(w, codec), "gbk")
                except UnicodeError:
                    continue
                if sum(1 for c in out if is_han(c)) >= 2:
                    hits.append((a + m.start(), a + m.end(), "gbk-as-" + codec))
                    break


def mj_detect(text):
    hits = []
    qr = _quote_regions(text)
    for i, c in enumerate(text):
        cat = unicodedata.category(c)
        if c in "\n\t":
            continue
        if cat in ESC_CATS:
            if c == "\u200d" and 0 < i < len(text) - 1 and unicodedata.category(text[i - 1]) in ("So", "Sk", "Mn") \
                    and unicodedata.category(text[i + 1]) in ("So", "Sk"):
                continue
            hits.append((i, i + 1, "invisible"))
        elif c == "\ufffd":
            hits.append((i, i + 1, "fffd"))
    for m in FIXED_RE.finditer(text):
        hits.append((m.start(), m.end(), "fixed"))
    for rx, kind in ((TAG_RE, "tag"), (ENT_RE, "entity"), (ESC_RE, "escape")):
        for m in rx.finditer(text):
            if not _inside(qr, m.start(), m.end()):
                hits.append((m.start(), m.end(), kind))
    for m in PCT_RE.finditer(text):
        a = m.start()
        while a > 0 and not text[a - 1].isspace() and ord(text[a - 1]) < 0x2E80 and text[a - 1] not in "“”（）":
            a -= 1
        b = m.end()
        while b < len(text) and not text[b].isspace() and ord(text[b]) < 0x2E80 and text[b] not in "“”（）":
            b += 1
        tok = text[a:b]
        if "://" not in tok and not tok.startswith("www."):
            hits.append((m.start(), m.end(), "percent"))
    for m in PINYIN_RE.finditer(text):
        if not any(c in TONED for c in m.group(1)):
            continue
        line = _line_of(text, m.start())
        if any(w in line for w in LESSON_WORDS):
            continue
        hits.append((m.start(), m.end(), "pinyin"))
    for m in re.finditer(r"\?+", text):
        p = text[m.start() - 1] if m.start() else ""
        n = text[m.end()] if m.end() < len(text) else ""
        if is_han(n) or n in CJK_PUNCT_AFTER:
            hits.append((m.start(), m.end(), "qmark"))
        elif _is_ascii_letter(p) and _is_ascii_letter(n):
            a = m.start()
            while a > 0 and not text[a - 1].isspace() and text[a - 1].isascii():
                a -= 1
            tok = text[a:m.end() + 20]
            if not ("://" in tok or "www." in tok or "/" in tok or "=" in tok or "." in text[a:m.start()]):
                hits.append((m.start(), m.end(), "qmark"))
    _windows(text, hits)
    return merge_intervals(hits)


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

PH_POS = [(ph_count_units, "sent"), (ph_money, "sent"), (ph_percent, "sent"), (ph_dates, "sent"), (ph_places, "sent"),
          (ph_orgs, "sent"), (ph_people_mou, "sent"), (ph_people_x, "sent"), (ph_people_star, "sent"), (ph_phone, "line"),
          (ph_email_url, "sent"), (ph_id_bank, "line"), (ph_plate_credit, "sent"), (ph_docnum, "sent"),
          (ph_ordinals, "sent"), (ph_cross, "sent"), (ph_circle_square, "sent"), (ph_fullwidth, "sent"),
          (ph_partial, "sent"), (ph_yyyymmdd, "line"), (ph_brackets, "sent"), (ph_template_vars, "sent"),
          (ph_fill_blanks, "line"), (ph_wp_leftover, None), (ph_instructions, None), (ph_pending, "line"),
          (ph_form, None), (ph_signoff, None), (ph_table, None), (ph_heading, None), (ph_pdf_break, None),
          (ph_mixed, None), (ph_rare_glyphs, "sent")]
PH_NEG = [(phn_1plusx, "sent"), (phn_xray, "sent"), (phn_it_models, "sent"), (phn_dimension, "sent"), (phn_formula, "sent"),
          (phn_sci, "sent"), (phn_cn_zero, None), (phn_checkbox, None), (phn_mou_words, "sent"), (phn_roman, "sent"),
          (phn_ratings, "sent"), (phn_footnotes, None), (phn_omitted, None), (phn_identifiers, "sent"),
          (phn_pending_words, "sent"), (phn_bullets, None), (phn_real_brackets, "sent"), (phn_clean_para, None),
          (phn_clean_table, None), (phn_real_contacts, "line"), (phn_latin_words, "sent")]
MJ_POS = [(mj_u8gbk_word, "sent"), (mj_u8gbk_clause, "sent"), (mj_u8big5, "sent"), (mj_u8cp1252, "sent"),
          (mj_u8latin1, "sent"), (mj_double_u8, "sent"), (mj_gbk_u8, "sent"), (mj_gbk_latin1, "sent"), (mj_gbk_sjis, "sent"),
          (mj_big5_gbk, None), (mj_u8_cyrillic_locale, "sent"), (mj_jinkuohao, "sent"), (mj_tangtang, None),
          (mj_qmark, "sent"), (mj_fffd, "sent"), (mj_pua, None), (mj_pinyin, None), (mj_html_tags, None),
          (mj_html_entities, None), (mj_word_html, None), (mj_url_escape, "sent"), (mj_unicode_escape, "sent"),
          (mj_escape_literals, None), (mj_invisible, "sent"), (mj_bom, None), (mj_utf16, "sent"),
          (mj_foreign_cyrillic, "sent"), (mj_foreign_cjk, "sent"), (mj_foreign_other, "sent"), (mj_en_punct, "line"),
          (mj_unit_symbols, "sent"), (mj_emoji_damage, None), (mj_gbk_offset, None), (mj_heading, None),
          (mj_table, None), (mj_paragraph, None), (mj_mixed, None)]
MJ_NEG = [(mjn_cyrillic, "sent"), (mjn_japanese, "sent"), (mjn_korean, "sent"), (mjn_greek_arabic, "sent"),
          (mjn_vietnamese_thai, "sent"), (mjn_tr_pl_cs, "sent"), (mjn_western, "sent"), (mjn_traditional, None),
          (mjn_rare_chars, "sent"), (mjn_pinyin_lesson, "sent"), (mjn_code_quoting, "sent"), (mjn_urls, "line"),
          (mjn_questions, None), (mjn_emoji, None), (mjn_math, "sent"), (mjn_fullwidth, None), (mjn_currency, "sent"),
          (mjn_music_chess, "sent"), (mjn_box_tables, None), (mjn_clean_para, None), (mjn_multilingual, None),
          (mjn_lookalikes, "sent")]

N_PER_STYLE = {"ph": 26, "mj": 24}
ML_RATE = {"ph": 0.01, "mj": 0.03}


def style_name(fn):
    n = fn.__name__
    if n.startswith("phn_"):
        return "ph_neg_" + n[4:]
    if n.startswith("mjn_"):
        return "mj_neg_" + n[4:]
    return n


def registry():
    out = []
    for fam, pos, neg in (("ph", PH_POS, PH_NEG), ("mj", MJ_POS, MJ_NEG)):
        for fn, mode in pos:
            out.append((fam, style_name(fn), "placeholder" if fam == "ph" else "mojibake", fn, mode))
        for fn, mode in neg:
            out.append((fam, style_name(fn), "negative", fn, mode))
    return out


def _ends_sentence(segs):
    t = "".join(s for s, _ in segs).rstrip()
    return t.endswith(("。", "！", "？", "；", "”", "）", ")"))


def make_record(seed, fam, style, label, idx, segs, desc):
    text, spans, recs = assemble(segs)
    rec = {"id": "t7-%d-%s-%02d" % (seed, style, idx), "family": fam, "style": style, "label": label,
           "text": text, "spans": spans}
    if label == "negative":
        assert not spans, (style, text)
        rec["note"] = "look-alike: " + desc
    elif fam == "ph":
        assert spans, (style, text)
        rec["note"] = desc + "; spans: " + json.dumps([text[a:b] for a, b in spans], ensure_ascii=False)
    else:
        assert spans, (style, text)
        lossless = all(not is_lossy(x) for x in recs)
        rec["note"] = "%s; %s; [inv=%s]" % (desc, "lossless" if lossless else "lossy", "|".join(recs))
    return rec


def generate(seed):
    records = []
    for fam, style, label, fn, mode in registry():
        r = random.Random(zlib.crc32(("%d:%s" % (seed, style)).encode()))
        seen = set()
        n = N_PER_STYLE[fam]
        idx = 0
        attempts = 0
        while idx < n:
            attempts += 1
            if attempts > n * 60:
                raise RuntimeError("cannot make enough distinct records for " + style)
            segs, desc = fn(r)
            m = mode
            if m == "sent" and not _ends_sentence(segs):
                m = "line"
            segs = place_context(r, list(segs), m, ML_RATE[fam])
            text = "".join(s for s, _ in segs)
            if text in seen:
                continue
            seen.add(text)
            idx += 1
            records.append(make_record(seed, fam, style, label, idx, segs, desc))
    return records


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------

INSERTED_RE = re.compile(
    r"(?:<!--.*?-->|<!\[[^\]\n]*\]>|</?[A-Za-z][A-Za-z0-9:]*(?:\s[^<>\n]*)?/?>"
    r"|&(?:amp;)?(?:[A-Za-z][A-Za-z0-9]{1,7}|#\d{2,7}|#[xX][0-9A-Fa-f]{2,6});"
    r"|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)|_x[0-9A-Fa-f]{4}_|ï»¿|ÿþ|þÿ|[烫屯]+"
    r"|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff])+",
    re.S)
ID_RE = re.compile(r"^t7-(\d+)-([a-z0-9_]+)-(\d{2,})$")


def _check_ph_span(text, a, b, errs, rid):
    s = text[a:b]
    if s != s.strip():
        errs.append("%s: span %r has outer whitespace" % (rid, s))
    # a mask run must not continue just outside its span
    if s and s[-1] in MASK_CLASS and b < len(text):
        n = text[b]
        if n in MASK_CLASS and MASK_CLASS[n] == MASK_CLASS[s[-1]]:
            errs.append("%s: mask run continues after span %r" % (rid, s))
        if n in CONNECT and b + 1 < len(text) and text[b + 1] in MASK_CLASS and n != " ":
            errs.append("%s: masked token continues after span %r" % (rid, s))
    if s and s[0] in MASK_CLASS and a > 0:
        p = text[a - 1]
        if p in MASK_CLASS and MASK_CLASS[p] == MASK_CLASS[s[0]]:
            errs.append("%s: mask run continues before span %r" % (rid, s))
    if s and s[0] == "某" and a > 0 and text[a - 1] == "某":
        errs.append("%s: 某 run continues before span" % rid)
    if s and s[-1] == "某" and b < len(text) and text[b] == "某":
        errs.append("%s: 某 run continues after span" % rid)


def _check_mj_span(span, recipe, errs, rid):
    if recipe.startswith("~offset:"):
        if not any(c.isascii() or c == "\ufffd" for c in span):
            errs.append("%s: out-of-step span %r shows no stray byte" % (rid, span))
        return
    if recipe.startswith("~"):
        a, b = recipe[1:].split(">")
        try:
            out = dec(enc(span, a, "replace"), b, "replace")
        except (UnicodeError, ValueError) as e:
            errs.append("%s: lossy recipe %s fails: %s" % (rid, recipe, e))
            return
        if out == span:
            errs.append("%s: lossy recipe %s changes nothing" % (rid, recipe))
        return
    if recipe == "lost":
        ok = (all(c in "?\ufffd烫屯" or unicodedata.category(c) == "Co" for c in span) or "锟" in span
              or re.fullmatch(r"\?+/[a-z:]+>", span) is not None or "\ufffd" in span or "?" in span)
        if not ok:
            errs.append("%s: 'lost' span %r shows no loss marker" % (rid, span))
        return
    if recipe == "del":
        if not INSERTED_RE.fullmatch(span):
            errs.append("%s: 'del' span %r is not inserted material" % (rid, span))
        return
    try:
        orig = apply_recipe(span, recipe)
    except ValueError as e:
        errs.append("%s: recipe %s fails on %r: %s" % (rid, recipe, span, e))
        return
    if orig == span or not orig:
        errs.append("%s: recipe %s leaves %r unchanged" % (rid, recipe, span))
        return
    if bad_chars(orig) or any(unicodedata.category(c) in ("Cc", "Co") and c not in "\n\t" for c in orig):
        errs.append("%s: recipe %s gives controls %r" % (rid, recipe, orig))
    if ">" in recipe and all(">" in st for st in recipe.split(";")):
        try:
            again = forward_recipe(orig, recipe)
        except (UnicodeError, ValueError) as e:
            errs.append("%s: forward damage fails: %s" % (rid, e))
            return
        if again != span:
            errs.append("%s: forward damage %r != span %r" % (rid, again, span))
        if mj_detect(orig):
            errs.append("%s: repaired text %r still looks damaged" % (rid, orig))
    elif recipe == "url":
        if urllib.parse.quote(orig, safe="").upper() != span.upper():
            errs.append("%s: url round trip differs" % rid)
    elif recipe == "uesc":
        if "".join("\\u%04x" % ord(c) for c in orig) != span.lower():
            errs.append("%s: \\u round trip differs" % rid)
    elif recipe.startswith("html"):
        if not re.fullmatch(r"(?:" + ENT_RE.pattern + r")+", span):
            errs.append("%s: html span %r is not entities" % (rid, span))


def verify_file(path):
    errs = []
    seen_ids = set()
    seen_text = {}
    style_label = {}
    per_style = {}
    n = {"ph": [0, 0], "mj": [0, 0]}
    ml = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for ln, raw in enumerate(lines, 1):
        for c in raw:
            if unicodedata.category(c) in ESC_CATS:
                errs.append("line %d: raw invisible/control character U+%04X" % (ln, ord(c)))
                break
        try:
            rec = json.loads(raw)
        except ValueError as e:
            errs.append("line %d: bad JSON: %s" % (ln, e))
            continue
        if list(rec.keys()) != ["id", "family", "style", "label", "text", "spans", "note"]:
            errs.append("line %d: fields %s" % (ln, list(rec.keys())))
            continue
        rid, fam, style, label, text, spans, note = (rec[k] for k in ("id", "family", "style", "label", "text", "spans", "note"))
        m = ID_RE.match(rid)
        if not m or m.group(2) != style:
            errs.append("%s: bad id" % rid)
        if rid in seen_ids:
            errs.append("%s: duplicate id" % rid)
        seen_ids.add(rid)
        if text in seen_text:
            errs.append("%s: duplicate text of %s" % (rid, seen_text[text]))
        seen_text[text] = rid
        if fam not in ("ph", "mj") or not style.startswith(fam + "_"):
            errs.append("%s: family/style mismatch" % rid)
            continue
        want = {"ph": "placeholder", "mj": "mojibake"}[fam]
        if label not in (want, "negative"):
            errs.append("%s: label %s" % (rid, label))
        if style_label.setdefault(style, label) != label:
            errs.append("%s: style %s mixes labels" % (rid, style))
        per_style[style] = per_style.get(style, 0) + 1
        n[fam][0 if label != "negative" else 1] += 1
        if "\n" in text:
            ml += 1
        if (label == "negative") != (spans == []):
            errs.append("%s: label/spans disagree" % rid)
        prev = -1
        ok = True
        for sp in spans:
            if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
                errs.append("%s: malformed span" % rid)
                ok = False
                break
            a, b = sp
            if not (0 <= a < b <= len(text)) or a <= prev:
                errs.append("%s: span %s out of order/range/touching" % (rid, sp))
                ok = False
            prev = b
        if not ok:
            continue
        if fam == "ph":
            det = ph_detect(text)
            if label == "negative":
                if det:
                    errs.append("%s: detector finds placeholders in a negative: %s" %
                                (rid, [text[a:b] for a, b in det]))
                continue
            for a, b in spans:
                _check_ph_span(text, a, b, errs, rid)
                if json.dumps(text[a:b], ensure_ascii=False) not in note:
                    errs.append("%s: span string %r not in note" % (rid, text[a:b]))
            if det != spans:
                errs.append("%s: detector %s != spans %s" % (rid, [text[a:b] for a, b in det], [text[a:b] for a, b in spans]))
        else:
            det = mj_detect(text)
            if label == "negative":
                if det:
                    errs.append("%s: detector finds damage in a negative: %s" % (rid, [text[a:b] for a, b in det]))
                continue
            mm = re.search(r"; (lossless|lossy); \[inv=(.*)\]$", note)
            if not mm:
                errs.append("%s: note lacks lossless/lossy and inverse recipes" % rid)
                continue
            recs = mm.group(2).split("|")
            if len(recs) != len(spans):
                errs.append("%s: %d recipes for %d spans" % (rid, len(recs), len(spans)))
                continue
            lossless = all(not is_lossy(x) for x in recs)
            if (mm.group(1) == "lossless") != lossless:
                errs.append("%s: lossless flag disagrees with recipes" % rid)
            for (a, b), rc in zip(spans, recs):
                _check_mj_span(text[a:b], rc, errs, rid)
                if rc in ("lost", "del") or rc.startswith("~"):
                    continue
            for a, b in det:
                if not any(a < y and x < b for x, y in spans):
                    errs.append("%s: damage outside spans: %r" % (rid, text[a:b]))
    for fam in ("ph", "mj"):
        st = [s for s in per_style if s.startswith(fam + "_")]
        if st and len(st) < 45:
            errs.append("%s: only %d styles" % (fam, len(st)))
    stats = {"records": len(lines), "ph": n["ph"], "mj": n["mj"], "styles": len(per_style), "multiline": ml,
             "styles_ph": len([s for s in per_style if s.startswith("ph_")]),
             "styles_mj": len([s for s in per_style if s.startswith("mj_")])}
    return errs, stats


def write_file(seed, path):
    recs = generate(seed)
    with open(path, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(dumps(rec) + "\n")
    return len(recs)


def examples(seed):
    """markdown table, one example per style (first record), spans in ⟦ ⟧"""
    recs = generate(seed)
    firsts = {}
    for rec in recs:
        firsts.setdefault(rec["style"], rec)
    out = ["| style | label | example (seed %d, first record; spans in ⟦ ⟧, ⏎ = line break) |" % seed, "|---|---|---|"]
    for st, rec in firsts.items():
        t = rec["text"]
        marked, last = "", 0
        for a, b in rec["spans"]:
            marked += t[last:a] + "⟦" + t[a:b] + "⟧"
            last = b
        marked += t[last:]
        k = marked.find("⟦")
        if k > 30:
            marked = "…" + marked[k - 25:]
        if len(marked) > 90:
            marked = marked[:90] + "…"
        marked = "".join(_esc_char(c) if unicodedata.category(c) in ESC_CATS and c != "\n" else c for c in marked)
        marked = marked.replace("\n", "⏎").replace("|", "\\|").replace("`", "\\`")
        out.append("| `%s` | %s | %s |" % (st, rec["label"], marked))
    return "\n".join(out)



def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", metavar="FILE")
    ap.add_argument("--examples", type=int, metavar="SEED")
    a = ap.parse_args()
    if a.verify:
        errs, stats = verify_file(a.verify)
        for e in errs[:200]:
            print(e)
        if len(errs) > 200:
            print("... %d more" % (len(errs) - 200))
        print(json.dumps(stats, ensure_ascii=False))
        print("FAIL" if errs else "OK")
        sys.exit(1 if errs else 0)
    if a.examples is not None:
        print(examples(a.examples))
        return
    seeds = [a.seed] if a.seed is not None else [11, 12]
    for sd in seeds:
        path = a.out if (a.out and a.seed is not None) else os.path.join(HERE, "text7_s%d.jsonl" % sd)
        k = write_file(sd, path)
        print("wrote %s (%d records)" % (path, k))


if __name__ == "__main__":
    main()
