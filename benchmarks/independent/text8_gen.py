#!/usr/bin/env python3
"""text8 held-out test collection: generator and independent verifier.

Families
  ph  anonymisation / template placeholders in Chinese official prose
  mj  mojibake and text damage (real codec round trips, entities, tags,
      invisible characters, pinyin annotations, escapes ...)

Usage
  python3 text8_gen.py --seed 11 --out text8_s11.jsonl
  python3 text8_gen.py --verify text8_s11.jsonl

Standard library only. Every random choice comes from a random.Random seeded
with zlib.crc32("seed|family|style|label"); no hash(), clock or set order.
"""
import argparse
import html
import json
import re
import random
import sys
import unicodedata
import zlib

PER_STYLE = 20


class Retry(Exception):
    pass


# ---------------------------------------------------------------------------
# codecs (w1252 = WHATWG windows-1252: undefined bytes map to C1 controls)
# ---------------------------------------------------------------------------
W1252_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def enc(s, name, errors="strict"):
    if name == "w1252":
        out = bytearray()
        for ch in s:
            if ord(ch) in W1252_HOLES:
                out.append(ord(ch))
            else:
                out += ch.encode("cp1252", errors)
        return bytes(out)
    return s.encode(name, errors)


def dec(b, name, errors="strict"):
    if name == "w1252":
        return "".join(bytes([x]).decode("cp1252") if x not in W1252_HOLES else chr(x) for x in b)
    return b.decode(name, errors)


def forward(clean, steps, errors):
    s = clean
    for e, d in steps:
        s = dec(enc(s, e), d, errors)
    return s


def inverse(span, recipe_steps, errors="strict"):
    s = span
    for e, d in recipe_steps:
        s = dec(enc(s, e, "strict" if errors == "strict" else "ignore"), d, errors)
    return s


def parse_codec_recipe(r):
    return [tuple(step.split(">")) for step in r.rstrip("~").split("+")]


# ---------------------------------------------------------------------------
# character classes
# ---------------------------------------------------------------------------
BAD_RANGES = [(0x80, 0x24F), (0x370, 0x52F), (0x1100, 0x11FF), (0x3040, 0x30FF), (0x3130, 0x318F),
              (0xAC00, 0xD7AF), (0x2500, 0x259F), (0xE000, 0xF8FF), (0xFF61, 0xFF9F), (0xFFFD, 0xFFFD)]


def is_cjk(ch):
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


def is_clean(s, need_cjk=True):
    if need_cjk and not any(is_cjk(c) for c in s):
        return False
    if s.isascii():
        return False
    for c in s:
        o = ord(c)
        cat = unicodedata.category(c)
        if c not in "\n\t" and cat in ("Cc", "Cf", "Co", "Cn", "Cs"):
            return False
        for a, b in BAD_RANGES:
            if a <= o <= b:
                return False
    return True


MASKCH = set("xXｘＸ×*＊○□■△●＃#?？某_＿")
INVIS_CATS = ("Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs")


# ---------------------------------------------------------------------------
# segment builder. kind: None = clean text, True = ph span, str = mj recipe
# ---------------------------------------------------------------------------
MERGEABLE = ("lost", "del:ent", "del:tag", "del:zw", "del:cc", "del:esc", "del:crlf", "del:etag", "ent", "ent2")


def T(s):
    return (s, None)


def S(s, kind=True):
    return (s, kind)


def build(segs):
    parts, spans, kinds, pos = [], [], [], 0
    for s, k in segs:
        if not s:
            continue
        if k is not None:
            if spans and spans[-1][1] == pos:
                if kinds[-1] != k or (k is not True and k not in MERGEABLE):
                    raise Retry("touching spans of different kinds")
                spans[-1][1] = pos + len(s)
            else:
                spans.append([pos, pos + len(s)])
                kinds.append(k)
        parts.append(s)
        pos += len(s)
    return "".join(parts), spans, kinds


# ---------------------------------------------------------------------------
# invented vocabulary (no real sentences copied from anywhere)
# ---------------------------------------------------------------------------
PA = "青柳石白云凤桃松金龙梅兰竹枫杏槐荷桂橙杉榆丰和安平永富"
PB = "溪岭湖塘桥湾坪山源岗林泉川坝洲港园峪田"
DEPTS = ["民政局", "农业农村局", "卫生健康局", "应急管理局", "市场监管局", "住建局", "自然资源局", "人社局",
         "教育局", "文旅局", "城管执法局", "财政局", "统计局", "信访局", "退役军人事务局", "医保局", "司法局",
         "水利局", "交通运输局", "商务局"]
SURN = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜方姚谭廖邹熊陆郝孔崔康毛邱秦江史顾侯邵孟段雷汤尹黎易常乔贺赖龚"
GIVEN = ["建国", "志强", "秀英", "海燕", "丽华", "文军", "红梅", "晓东", "春华", "国平", "玉兰", "德明", "静",
         "敏", "磊", "伟", "芳", "婷", "勇", "涛", "新民", "立新", "雪琴", "振华", "桂香", "永刚", "小燕", "家豪",
         "子涵", "思远", "明辉", "淑珍", "宏伟", "卫东", "金凤", "长林"]
TOPICS = ["乡村振兴", "基层治理", "安全生产", "营商环境", "民生保障", "生态环境", "文明创建", "党建引领", "产业发展",
          "招商引资", "项目建设", "环境整治", "河湖管护", "网格管理", "垃圾分类", "社会救助", "就业帮扶", "养老服务",
          "防汛抗旱", "森林防火", "信访维稳", "食品安全", "消防安全", "人居环境", "集体经济", "医疗保障", "教育惠民",
          "文化惠民", "数字乡村", "平安建设", "矛盾调解", "作风建设", "廉政建设", "双拥共建", "困难群众帮扶",
          "耕地保护", "农田水利", "道路硬化", "污水治理", "控违拆违", "征地拆迁", "健康体检", "禁毒宣传", "反诈宣传",
          "普法宣传", "志愿服务", "科技创新", "企业服务", "税收征管", "技能培训", "统计调查", "档案管理", "政务公开",
          "老旧小区改造", "城乡环卫", "校园安全", "燃气安全", "物业管理", "退役军人服务", "残疾人关爱"]
VERBS = ["扎实推进", "持续深化", "全面落实", "稳步推进", "有序开展", "着力抓好", "统筹推进", "深入开展", "不断完善",
         "切实加强", "大力实施", "认真组织", "精心部署", "高位推动"]
RESULTS = ["取得明显成效", "群众满意度不断提升", "各项指标稳中有进", "工作机制更加健全", "基础更加牢固",
           "短板加快补齐", "形势总体平稳", "年度任务圆满完成", "呈现良好态势", "获得上级充分肯定", "群众获得感明显增强",
           "各项工作有条不紊"]
TIMES = ["今年以来", "上半年", "2023年", "一季度", "前三季度", "全年", "截至目前", "本年度", "近年来", "2022年1至10月",
         "去年", "二季度以来", "入汛以来", "年初以来"]
ACTS = [("走访慰问困难群众", "户"), ("新增市场主体", "户"), ("开展安全检查", "次"), ("培训基层干部", "人次"),
        ("排查整治隐患", "处"), ("化解矛盾纠纷", "起"), ("新建村级服务站", "个"), ("发放宣传资料", "份"),
        ("受理群众来电", "件"), ("清理河道", "公里"), ("改造农村户厕", "座"), ("新增就业岗位", "个"),
        ("完成疫苗接种", "剂次"), ("帮助企业解决难题", "项"), ("组织志愿活动", "场"), ("签约项目", "个"),
        ("拆除违法建筑", "平方米"), ("种植苗木", "株"), ("调处信访积案", "件"), ("录入系统数据", "条"),
        ("为老年人免费体检", "人"), ("召开专题会议", "次"), ("开展督导检查", "轮"), ("印发实施方案", "份"),
        ("整改问题", "个"), ("建成高标准农田", "亩"), ("救助流浪乞讨人员", "人次"), ("发放临时救助金", "户"),
        ("新增城镇就业", "人"), ("办理不动产登记", "宗"), ("立案查处违法案件", "件"), ("新建充电桩", "个")]
MONEY = [("完成固定资产投资", "亿元"), ("落实专项资金", "万元"), ("发放低保金", "万元"), ("争取上级资金", "万元"),
         ("实现村集体经济收入", "万元"), ("完成税收收入", "亿元"), ("拨付补助资金", "元"), ("兑现惠农补贴", "万元"),
         ("完成社会消费品零售总额", "亿元"), ("减免企业租金", "万元"), ("筹集帮扶资金", "万元"), ("支付工程款", "元")]
RATES = ["完成率", "覆盖率", "办结率", "满意率", "参保率", "接种率", "入学率", "达标率", "同比增长", "回访率", "知晓率",
         "合格率"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def place(r):
    return pick(r, PA) + pick(r, PB)


def village(r):
    return place(r) + pick(r, ["村", "社区", "居委会"])


def town(r):
    return place(r) + pick(r, ["街道", "镇", "乡"])


def unit(r):
    k = r.randrange(6)
    if k == 0:
        return pick(r, ["区", "县", "市"]) + pick(r, DEPTS)
    if k == 1:
        return town(r)
    if k == 2:
        return village(r)
    if k == 3:
        return town(r) + pick(r, ["党工委", "综治办", "社会事务办", "经济发展办", "便民服务中心"])
    if k == 4:
        return "我" + pick(r, ["局", "街道", "镇", "委", "中心"])
    return place(r) + pick(r, ["县", "区"]) + pick(r, DEPTS)


def person(r):
    return pick(r, SURN) + pick(r, GIVEN)


def num(r, lo=3, hi=2000):
    return str(r.randint(lo, hi))


def dec1(r, lo=1, hi=99):
    return "%d.%d" % (r.randint(lo, hi), r.randint(0, 9))


def ctx(r):
    """One clean report sentence (no mask-like or damage-like characters)."""
    k = r.randrange(8)
    t, u, tp = pick(r, TIMES), unit(r), pick(r, TOPICS)
    a, au = pick(r, ACTS)
    if k == 0:
        return "%s，%s%s%s工作，%s%s%s，%s。" % (t, u, pick(r, VERBS), tp, a, num(r), au, pick(r, RESULTS))
    if k == 1:
        return "围绕%s目标，%s%s，%s。" % (tp, pick(r, VERBS), pick(r, TOPICS) + "各项举措", pick(r, RESULTS))
    if k == 2:
        m, mu = pick(r, MONEY)
        amt = num(r, 20000, 900000) if mu == "元" else dec1(r)
        return "%s%s%s%s，%s%s%s。" % (u, t, m, amt + mu, a, num(r), au)
    if k == 3:
        return "%s%s达到%s%%，较上年提高%s个百分点。" % (tp, pick(r, RATES[:8]), dec1(r, 80, 99), dec1(r, 0, 6))
    if k == 4:
        return "下一步，我们将%s%s，%s。" % (pick(r, VERBS), tp, pick(r, ["确保各项任务落到实处", "推动工作提质增效", "不断增强群众获得感", "为全年目标打下坚实基础"]))
    if k == 5:
        a2, au2 = pick(r, ACTS)
        return "%s牵头成立工作专班，%s%s%s，%s%s%s。" % (u, a, num(r), au, a2, num(r), au2)
    if k == 6:
        return "在%s方面，%s长效机制，%s。" % (tp, pick(r, ["健全", "完善", "建立", "探索"]), pick(r, RESULTS))
    return "%s，%s%s%s%s，%s。" % (t, u, pick(r, VERBS), tp, "三年行动", pick(r, RESULTS))


def ctxs(r, lo=0, hi=2):
    return "".join(ctx(r) for _ in range(r.randint(lo, hi)))


def wrap(r, segs, lo=0, hi=2, lo2=0, hi2=2):
    return [T(ctxs(r, lo, hi))] + segs + [T(ctxs(r, lo2, hi2))]


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
STYLES = []  # (family, style, label, desc, fn)


def style(name, label, desc):
    def deco(fn):
        STYLES.append((name.split("_")[0], name, label, desc, fn))
        return fn
    return deco


def M(ch, n):
    return ch * n


def mask_choice(r, kinds="xX"):
    return pick(r, kinds)


# ============================ PLACEHOLDERS =================================
def count_sentence(r, maskfn):
    a, au = pick(r, ACTS)
    t = pick(r, TIMES)
    k = r.randrange(4)
    if k == 0:
        return [T("%s，%s%s" % (t, unit(r), a)), S(maskfn()), T(au + "，" + pick(r, RESULTS) + "。")]
    if k == 1:
        a2, au2 = pick(r, ACTS)
        return [T("%s%s" % (t, a)), S(maskfn()), T(au + "，" + a2), S(maskfn()), T(au2 + "。")]
    if k == 2:
        a2, au2 = pick(r, ACTS)
        return [T("%s累计%s" % (unit(r), a)), S(maskfn()), T(au + "，其中%s%s%s。" % (a2, num(r), au2))]
    return [T("共%s" % a), S(maskfn()), T(au + "，涉及"), S(maskfn()), T("个村（社区）。")]


def mk_count_style(name, chars, desc, lens=(2, 3)):
    @style(name, "placeholder", desc)
    def f(r):
        ch = pick(r, chars)
        return wrap(r, count_sentence(r, lambda: M(ch, pick(r, lens))))
    return f


mk_count_style("ph_count_x", "x", "counts masked with lowercase x (xx户, xxx人次)", (1, 2, 3, 3))
mk_count_style("ph_count_X", "X", "counts masked with uppercase X", (2, 3, 4))
mk_count_style("ph_count_fw", "ｘＸ", "counts masked with full-width ｘ/Ｘ", (2, 3))
mk_count_style("ph_count_times", "×", "counts masked with the multiplication sign ×", (2, 3))
mk_count_style("ph_count_star", "*＊", "counts masked with * or full-width ＊", (2, 3, 4))
mk_count_style("ph_count_geom", "○□■△●", "counts masked with geometric shapes ○□■△●", (2, 3))
mk_count_style("ph_count_qhash", "?？#＃", "counts masked with question marks or hashes (??, ？？, ##, ＃＃)", (2, 3))


@style("ph_count_mixed", "placeholder", "mixed-case masks Xx / xX / XXx")
def _(r):
    def m():
        return pick(r, ["Xx", "xX", "XXx", "xXX", "Xxx", "xXx"])
    return wrap(r, count_sentence(r, m))


@style("ph_count_partial", "placeholder", "counts with some digits kept and others masked (1xx户, 2x个)")
def _(r):
    a, au = pick(r, ACTS)
    ch = pick(r, "xX×*")
    d = str(r.randint(1, 9))
    n = r.randint(1, 3)
    return wrap(r, [T("%s%s%s" % (pick(r, TIMES), "，" + unit(r), a) + d), S(M(ch, n)), T(au + "，" + pick(r, RESULTS) + "。")])


@style("ph_money", "placeholder", "money masked as xx.xx万元 / xxx万元")
def _(r):
    ch = pick(r, "xxX")
    m, mu = pick(r, MONEY)
    pat = pick(r, ["xx.xx", "xxx.x", "xxx", "x.xx", "xxxx", "xx.x"]).replace("x", ch)
    segs = [T("%s，%s%s" % (pick(r, TIMES), unit(r), m)), S(pat), T(mu)]
    if r.random() < 0.5:
        segs += [T("，同比增长"), S(pick(r, ["x.x", "xx.x", "xx"]).replace("x", ch)), T("%")]
    segs.append(T("。"))
    return wrap(r, segs)


@style("ph_money_grouped", "placeholder", "money with thousands separators x,xxx.xx元 inside one span")
def _(r):
    ch = pick(r, "xX*")
    m, mu = pick(r, MONEY)
    pat = pick(r, ["x,xxx.xx", "xx,xxx", "x,xxx,xxx.xx", "xxx,xxx.x"]).replace("x", ch)
    lead = pick(r, ["", "人民币", "合计", "共计"])
    return wrap(r, [T("%s%s" % (unit(r), m) + lead), S(pat), T(pick(r, ["元", "元", "万元"]) + "，资金已全部拨付到位。")])


@style("ph_money_fw", "placeholder", "full-width masked amounts ｘｘ．ｘｘ万元")
def _(r):
    ch = pick(r, "ｘＸ")
    m, mu = pick(r, MONEY)
    pat = pick(r, ["xx．xx", "xxx．x", "xxx", "x，xxx．xx"]).replace("x", ch)
    return wrap(r, [T("%s%s" % (pick(r, TIMES) + "，" + unit(r), m)), S(pat), T(mu + "，" + pick(r, RESULTS) + "。")])


@style("ph_pct", "placeholder", "percentages masked xx% / xx.x% / xxx％")
def _(r):
    ch = pick(r, "xxX×")
    sign = pick(r, ["%", "%", "％"])
    rate = pick(r, RATES)
    k = r.randrange(3)
    if k == 0:
        segs = [T("%s%s%s" % (pick(r, TOPICS), "工作", rate)), S(pick(r, ["xx", "xx.x", "xxx", "x.xx"]).replace("x", ch)), T(sign + "。")]
    elif k == 1:
        segs = [T("%s%s达到" % (pick(r, TOPICS), rate)), S(pick(r, ["xx", "xx.x"]).replace("x", ch)), T(sign + "，高于全市平均水平"), S(pick(r, ["x", "x.x"]).replace("x", ch)), T("个百分点。")]
    else:
        segs = [T("%s同比增长" % pick(r, ["地区生产总值", "规上工业增加值", "一般公共预算收入", "农村居民人均可支配收入"])), S(pick(r, ["x.x", "xx.x", "xx"]).replace("x", ch)), T(sign + "，增速排名全市第"), S(ch), T("。")]
    return wrap(r, segs)


@style("ph_year", "placeholder", "years masked 20xx年 / 202x年 / XXXX年")
def _(r):
    ch = pick(r, "xX×")
    k = r.randrange(3)
    if k == 0:
        y = [T("20"), S(ch * 2)]
    elif k == 1:
        y = [T("202"), S(ch)]
    else:
        y = [S(ch * 4)]
    tail = pick(r, ["年，%s%s%s，%s。" % (unit(r), pick(r, VERBS), pick(r, TOPICS), pick(r, RESULTS)),
                    "年度%s工作总结" % unit(r), "年是%s三年行动的收官之年。" % pick(r, TOPICS),
                    "年底前，全面完成%s任务。" % pick(r, TOPICS)])
    return wrap(r, y + [T(tail)])


@style("ph_date_md", "placeholder", "month/day masked x月xx日 (two spans), also x月xx、xx日")
def _(r):
    ch = pick(r, "xxX×")
    k = r.randrange(3)
    if k == 0:
        d = [S(ch), T("月"), S(ch * 2), T("日")]
    elif k == 1:
        d = [T("%d月" % r.randint(1, 12)), S(ch * pick(r, [1, 2])), T("日")]
    else:
        d = [S(ch), T("月"), S(ch * 2), T("、"), S(ch * 2), T("日")]
    return wrap(r, d + [T("，%s组织召开%s推进会，%s。" % (unit(r), pick(r, TOPICS), pick(r, ["部署下阶段重点任务", "通报前期督查情况", "听取各村工作汇报"])))])


@style("ph_date_full", "placeholder", "full dates 20XX年X月X日 with every numeric part masked")
def _(r):
    ch = pick(r, "xX×")
    lead = pick(r, ["时间：", "印发日期：", "", "报送时间：", "（"])
    segs = [T(lead + "20"), S(ch * 2), T("年"), S(ch * pick(r, [1, 2])), T("月"), S(ch * pick(r, [1, 2])), T("日")]
    if lead == "（":
        segs.append(T("）"))
    return wrap(r, segs + [T("\n" if lead else "，" + unit(r) + "接受上级年度考核。")], 0, 1, 0, 1)


@style("ph_date_iso", "placeholder", "ISO / slash dates 2023-xx-xx, 20xx/xx/xx, 2023.xx.xx (separators inside the span)")
def _(r):
    ch = pick(r, "xX")
    sep = pick(r, "-/.")
    k = r.randrange(3)
    if k == 0:
        d = [T("2023" + sep), S(ch * 2 + sep + ch * 2)]
    elif k == 1:
        d = [T("20"), S(ch * 2 + sep + ch * 2 + sep + ch * 2)]
    else:
        d = [T("%d%s%02d%s" % (r.randint(2021, 2024), sep, r.randint(1, 12), sep)), S(ch * 2)]
    return wrap(r, [T(pick(r, ["填报日期：", "检查日期：", "更新时间：", "发布时间："]))] + d + [T("\n")], 0, 0, 0, 2)


@style("ph_period", "placeholder", "quarters, months and sessions masked 第X季度 / x月份 / 第xx次")
def _(r):
    ch = pick(r, "xX×")
    k = r.randrange(3)
    if k == 0:
        segs = [T("第"), S(ch), T("季度全区%s考核中，%s位列第" % (pick(r, TOPICS), town(r))), S(ch), T("名。")]
    elif k == 1:
        segs = [S(ch), T("月份起，%s开展%s专项行动，为期" % (unit(r), pick(r, TOPICS))), S(ch), T("个月。")]
    else:
        segs = [T("%s召开第" % pick(r, ["街道党工委", "镇党委", "局党组", "区政府常务会议"])), S(ch * pick(r, [1, 2])), T("次会议，专题研究%s工作。" % pick(r, TOPICS))]
    return wrap(r, segs)


@style("ph_time", "placeholder", "clock times masked xx:xx (one span) or x时xx分 (two spans)")
def _(r):
    ch = pick(r, "xX")
    if r.random() < 0.5:
        tm = [S(ch * 2 + pick(r, [":", "：", ":"]) + ch * 2)]
    else:
        tm = [S(ch * pick(r, [1, 2])), T("时"), S(ch * 2), T("分")]
    lead = pick(r, ["当日", "%d月%d日" % (r.randint(1, 12), r.randint(1, 28)), "次日凌晨"])
    return wrap(r, [T(lead)] + tm + [T("许，%s接到群众报警，值班人员迅速赶赴现场处置。" % unit(r))])


@style("ph_address", "placeholder", "addresses XX省XX市XX区XX路xx号 (mask runs split by unit words)")
def _(r):
    ch = pick(r, "XXx×")
    parts = pick(r, [["省", "市", "区"], ["市", "区", "街道"], ["县", "镇", "村"], ["区", "路", "号"], ["市", "县", "乡", "村"]])
    segs = [T(pick(r, ["住址：", "经营地址：", "发生地点：", "当事人住所地：", "位于"]))]
    for p in parts:
        segs += [S(ch * pick(r, [2, 2, 3])), T(p)]
    if r.random() < 0.5:
        segs += [S(ch * 2), T(pick(r, ["组", "栋", "号"]))]
    segs.append(T("。" if segs[0][0] == "位于" else "\n"))
    return wrap(r, segs, 0, 1, 0, 1)


@style("ph_place_units", "placeholder", "masked place / unit names in prose: XX街道、xx社区、××镇")
def _(r):
    ch = pick(r, "XXx×")
    n = r.randint(2, 4)
    segs = [T("%s，" % pick(r, TIMES))]
    sufs = ["街道", "镇", "社区", "村", "乡", "片区"]
    for i in range(n):
        if i:
            segs.append(T("、"))
        segs += [S(ch * pick(r, [2, 2, 3])), T(pick(r, sufs))]
    segs.append(T("等%d个单位被评为%s先进集体。" % (n, pick(r, TOPICS))))
    return wrap(r, segs)


@style("ph_org", "placeholder", "masked organisations 某某单位 / XX公司 / ××有限公司 / XX局")
def _(r):
    k = r.randrange(5)
    ch = pick(r, "X×x")
    if k == 0:
        o = [S("某某"), T(pick(r, ["单位", "公司", "学校", "医院", "合作社"]))]
    elif k == 1:
        o = [S(ch * pick(r, [2, 3, 4])), T(pick(r, ["有限公司", "建筑工程有限公司", "物业服务公司", "农业开发有限公司", "商贸中心"]))]
    elif k == 2:
        o = [T(pick(r, ["县", "区", "市"])), S(ch * 2), T(pick(r, ["局", "办", "中心", "委员会"]))]
    elif k == 3:
        o = [S(ch * 2), T("市"), S(ch * 2), T(pick(r, ["科技有限公司", "食品厂", "砂石场"]))]
    else:
        o = [S(pick(r, ["××", "ＸＸ"])), T(pick(r, ["小学", "卫生院", "幼儿园", "敬老院"]))]
    tail = pick(r, ["因未落实安全生产主体责任被责令整改。", "主动对接帮扶村，捐赠物资折合%s万元。" % dec1(r, 1, 30),
                    "存在占道经营问题，已下达限期整改通知书。", "被评为年度诚信经营示范单位。"])
    return wrap(r, o + [T(tail)])


@style("ph_name_mou", "placeholder", "pseudonymised names 张某 / 李某某 (surname kept outside the span)")
def _(r):
    k = r.randrange(3)
    segs = []
    for i in range(r.randint(1, 2)):
        if i:
            segs.append(T("与"))
        segs += [T(pick(r, SURN)), S(pick(r, ["某", "某", "某某"]))]
    tail = pick(r, ["因宅基地边界问题发生纠纷，经村调委会多次调解，双方达成协议。",
                    "系低保户，家中两人患慢性病，已纳入重点帮扶对象。",
                    "驾驶无牌摩托车被查获，交警依法予以处罚。",
                    "反映小区电梯长期停运，街道当日协调物业维修。"])
    if k == 0:
        segs = [T("群众")] + segs
    elif k == 1:
        segs = [T("当事人")] + segs
    return wrap(r, segs + [T(tail)])


@style("ph_name_x", "placeholder", "names masked with X/×/x/* after a kept surname: 王××, 刘XX, 陈*")
def _(r):
    ch = pick(r, "×XX x*")
    if ch == " ":
        ch = "x"
    segs = [T(pick(r, ["", "负责人：", "联系人：", "村民", "副镇长"])), T(pick(r, SURN)), S(ch * pick(r, [1, 2, 2]))]
    tail = pick(r, ["同志带队，深入一线督导%s工作。" % pick(r, TOPICS), "\n", "，联系电话见附件。",
                    "同志主持会议并作总结讲话。"])
    return wrap(r, segs + [T(tail)], 0, 1, 0, 1)


@style("ph_name_full", "placeholder", "whole name masked: 某某某 / XXX同志 / ×××")
def _(r):
    m = pick(r, ["某某某", "XXX", "×××", "xxx", "XX", "ＸＸＸ"])
    segs = [T(pick(r, ["", "由", "经", "会上，"])), S(m)]
    tail = pick(r, ["同志任%s工作专班组长。" % pick(r, TOPICS), "（副主任）分管%s工作。" % pick(r, TOPICS),
                    "同志代表班子作述职报告。", "等三名同志被推荐为优秀共产党员候选人。"])
    return wrap(r, segs + [T(tail)])


@style("ph_person_list", "placeholder", "lists of officials with masked names in a form (组长：XXX 副组长：张XX、李XX)")
def _(r):
    ch = pick(r, "X×x")
    segs = [T("%s工作领导小组\n组  长：" % pick(r, TOPICS)), S(ch * 3), T("（%s）\n副组长：" % pick(r, ["党工委书记", "镇长", "局长"]))]
    for i in range(r.randint(2, 3)):
        if i:
            segs.append(T("、"))
        segs += [T(pick(r, SURN)), S(ch * 2)]
    segs += [T("\n成  员：各科室负责人")]
    return segs


@style("ph_id_card", "placeholder", "ID card numbers masked with real digits kept outside (430102********123X)")
def _(r):
    ch = pick(r, "*xX")
    area = "%06d" % r.randint(110101, 659004)
    tail = "%03d" % r.randint(0, 999) + pick(r, "0123456789X")
    k = r.randrange(4)
    if k == 0:
        idn = [T(area), S(ch * 8), T(tail)]
    elif k == 1:
        idn = [T(area[:3]), S(ch * 11), T(tail)]
    elif k == 2:
        idn = [T(area + "19"), S(ch * 8), T(tail[2:])]
    else:
        idn = [S(ch * 18)]
    return wrap(r, [T(pick(r, ["身份证号：", "公民身份号码：", "申请人%s%s（身份证号" % (pick(r, SURN), pick(r, GIVEN)), "证件号码："]))] + idn + [T("）" if r.random() < 0.3 else "\n")], 0, 1, 0, 1)


@style("ph_phone", "placeholder", "phone numbers masked: 138****5678, 0731-8xxxxxxx, xxx-xxxx-xxxx")
def _(r):
    ch = pick(r, "*x*X")
    k = r.randrange(4)
    pre = pick(r, ["13", "15", "18", "17", "19"]) + str(r.randint(0, 9))
    if k == 0:
        p = [T(pre), S(ch * 4), T("%04d" % r.randint(0, 9999))]
    elif k == 1:
        p = [T("0%d-%d" % (r.randint(100, 999), r.randint(2, 8))), S(ch * 7)]
    elif k == 2:
        p = [S(ch * 3 + "-" + ch * 4 + "-" + ch * 4)]
    else:
        p = [T("1"), S(ch * 2 + " " + ch * 4 + " " + ch * 4)]
    return wrap(r, [T(pick(r, ["联系电话：", "举报电话：", "值班电话：", "联系人：%s%s，电话" % (pick(r, SURN), pick(r, GIVEN))]))] + p + [T("\n")], 0, 1, 0, 1)


@style("ph_bank_card", "placeholder", "bank card numbers with middle groups masked (6222 **** **** 1234)")
def _(r):
    ch = pick(r, "*x*")
    head = pick(r, ["6222", "6217", "6228", "6230", "6212"])
    k = r.randrange(3)
    if k == 0:
        c = [T(head + " "), S(ch * 4 + " " + ch * 4), T(" %04d" % r.randint(0, 9999))]
    elif k == 1:
        c = [T(head + "%02d" % r.randint(0, 99)), S(ch * 9), T("%04d" % r.randint(0, 9999))]
    else:
        c = [T(head + " %02d" % r.randint(0, 99)), S(ch * 2 + " " + ch * 4 + " " + ch * 4), T(" %03d" % r.randint(0, 999))]
    return wrap(r, [T("补贴资金已打入%s%s名下%s账户（卡号" % (pick(r, SURN), pick(r, GIVEN), pick(r, ["农商银行", "信用社", "邮储银行"])))] + c + [T("）。")])


@style("ph_plate", "placeholder", "licence plates with masked characters 京A·XXXXX, 粤B·D**8")
def _(r):
    prov = pick(r, "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘")
    city = pick(r, "ABCDEFGH")
    dot = pick(r, ["·", "", " "])
    ch = pick(r, "X*x")
    k = r.randrange(3)
    if k == 0:
        p = [T(prov + city + dot), S(ch * 5)]
    elif k == 1:
        p = [T(prov + city + dot + pick(r, "DFK0123")), S(ch * 2), T(str(r.randint(10, 99)))]
    else:
        p = [T(prov + city), S(ch * 3), T(str(r.randint(10, 99)))]
    lead, tail = pick(r, [("查获无证运输车辆（车牌号", "）一辆。"), ("车牌号为", "的货车超限运输被依法处理。"), ("涉事车辆", "已被暂扣。"),
                          ("当事人驾驶", "小型轿车在村道上与电动车发生碰撞。")])
    return wrap(r, [T(lead)] + p + [T(tail)])


@style("ph_case_no", "placeholder", "court / enforcement case numbers masked （20XX）X0102民初XXX号")
def _(r):
    ch = pick(r, "Xx×")
    k = r.randrange(3)
    kind = pick(r, ["民初", "执", "刑初", "行初", "民终"])
    if k == 0:
        c = [T("（%d）" % r.randint(2019, 2023)), S(ch), T("%04d" % r.randint(100, 9999) + kind), S(ch * 3), T("号")]
    elif k == 1:
        c = [T("（20"), S(ch * 2), T("）湘%04d" % r.randint(100, 9999) + kind), S(ch * pick(r, [2, 3, 4])), T("号")]
    else:
        c = [T(pick(r, ["行政处罚决定书", "责令整改通知书"]) + "（" + pick(r, ["市监", "应急", "城管"]) + "罚〔%d〕" % r.randint(2020, 2023)), S(ch * 2), T("号）")]
    return wrap(r, [T("依据")] + c + [T("，%s依法组织执行，相关款项已全部到位。" % unit(r))])


@style("ph_doc_no", "placeholder", "document numbers masked X政发〔20XX〕X号 / xx办〔2023〕xx号")
def _(r):
    ch = pick(r, "XXx×")
    k = r.randrange(3)
    if k == 0:
        d = [S(ch), T(pick(r, ["政发", "政办发", "发", "办字"]) + "〔20"), S(ch * 2), T("〕"), S(ch), T("号")]
    elif k == 1:
        d = [S(ch * 2), T(pick(r, ["办", "卫发", "民发", "农发"]) + "〔%d〕" % r.randint(2019, 2023)), S(ch * 2), T("号")]
    else:
        d = [T(pick(r, ["湘", "赣", "皖", "黔"])), S(ch), T("政函〔%d〕" % r.randint(2019, 2023)), S(ch * pick(r, [1, 2, 3])), T("号")]
    title = "《关于进一步加强%s工作的通知》" % pick(r, TOPICS)
    return wrap(r, [T("按照" + title + "（")] + d + [T("）要求，%s%s。" % (unit(r), pick(r, ["迅速部署落实", "制定细化方案", "成立工作专班"])))])


FIELDS = ["单位名称", "填报日期", "项目名称", "负责人", "联系电话", "具体数值", "完成率", "时间", "地点", "姓名", "乡镇名称",
          "村名", "金额", "备注", "主要成效", "存在问题", "数量", "街道名称", "企业名称", "日期"]
FIELDS_EN = ["name", "org_name", "village", "amount", "date", "unit", "count", "rate", "town", "project", "leader", "phone"]


@style("ph_field_cjk_bracket", "placeholder", "template fields in CJK brackets 【单位名称】 〖时间〗 ［金额］ (brackets inside the span)")
def _(r):
    br = pick(r, ["【】", "【】", "〖〗", "［］", "[]"])
    f = lambda: S(br[0] + pick(r, FIELDS) + br[1])
    F = lambda n: S(br[0] + n + br[1])
    k = r.randrange(4)
    if k == 0:
        segs = [F(pick(r, ["单位名称", "乡镇名称", "街道名称"])), T("%s%s工作，完成投资" % (pick(r, VERBS), pick(r, TOPICS))), F(pick(r, ["金额", "具体数值"])), T("万元，完成率"), F(pick(r, ["完成率", "百分比"])), T("。")]
    elif k == 1:
        segs = [T("会议时间："), F("时间"), T("\n会议地点："), F("地点"), T("\n参会人员：各村（社区）党组织书记\n")]
    elif k == 2:
        segs = [T("今年以来，"), F(pick(r, ["村名", "社区名称"])), T("共%s" % pick(r, ACTS)[0]), F("数量"), T("，主要做法有："), F("主要做法"), T("。")]
    else:
        segs = [T("存在问题："), F("存在问题"), T("\n下一步打算："), F(pick(r, ["下步计划", "工作打算"])), T("\n")]
    return wrap(r, segs, 0, 1, 0, 1)


@style("ph_field_curly", "placeholder", "mail-merge / code template variables {name} {{org_name}} ${amount} %NAME%")
def _(r):
    fmt = pick(r, ["{%s}", "{{%s}}", "{{ %s }}", "${%s}", "%%%s%%", "$%s$"])
    up = r.random() < 0.2
    def f(*names):
        n = pick(r, names)
        return S(fmt % (n.upper() if up and n.isascii() else n))
    k = r.randrange(3)
    if k == 0:
        segs = [T("尊敬的"), f("name", "applicant", "姓名"), T("：\n您好！经审核，您申报的"), f("project", "project_name", "项目名称"), T("项目已通过%s初审，请于" % pick(r, ["街道", "镇", "区"])), f("date", "deadline", "日期"), T("前携带相关材料到便民服务中心办理。")]
    elif k == 1:
        segs = [T("现将"), f("org_name", "unit", "单位"), T("%s工作情况报告如下：%s" % (pick(r, TOPICS), ctx(r)))]
    else:
        segs = [T("【短信通知】"), f("town", "street"), T("提醒您：您家的"), f("subsidy_type", "item"), T("补贴"), f("amount", "money"), T("元已发放，请注意查收。")]
    return segs


@style("ph_field_angle", "placeholder", "merge fields in «» and <<>> and Word MERGEFIELD codes")
def _(r):
    fmt = pick(r, ["«%s»", "<<%s>>", "{ MERGEFIELD %s }", "«%s»", "{MERGEFIELD %s}"])
    f = lambda *n: S(fmt % pick(r, n))
    segs = [T("兹证明"), f("姓名", "职工姓名"), T("同志（身份证号："), f("身份证号", "证件号码"), T("）系我单位在职职工，自"), f("入职日期", "参加工作时间"), T("起从事%s工作至今。" % pick(r, TOPICS))]
    return wrap(r, segs, 0, 1, 0, 1)


@style("ph_field_hint", "placeholder", "bracketed fill-in hints （此处填写具体数据） (填写完成情况) 【待补充】")
def _(r):
    h = pick(r, ["（此处填写具体数据）", "（填写完成情况）", "（请填写）", "【待补充】", "（数据待补充）", "(具体数字)",
                 "（此处插入图表）", "【请补充典型案例】", "（根据实际情况填写）", "[此处填写]", "（单位盖章）"])
    segs = [T("%s，%s%s工作，" % (pick(r, TIMES), unit(r), pick(r, VERBS) + pick(r, TOPICS)) + pick(r, ACTS)[0]), S(h), T("，" + pick(r, RESULTS) + "。")]
    return wrap(r, segs)


@style("ph_blank_line", "placeholder", "underscore blanks in forms and fill-in sentences ____ / ＿＿＿")
def _(r):
    u = lambda: S(pick(r, ["_", "＿"]) * r.randint(3, 8))
    k = r.randrange(3)
    if k == 0:
        segs = [T("本季度共走访"), u(), T("户，收集意见建议"), u(), T("条。")]
    elif k == 1:
        segs = [T("填报单位（盖章）："), u(), T("\n填报人："), u(), T("  联系电话："), u(), T("\n")]
    else:
        segs = [T("签订日期："), u(), T("年"), u(), T("月"), u(), T("日\n")]
    return wrap(r, segs, 0, 1, 0, 1)


WORD_LEFT = ["单击此处输入文字。", "单击或点击此处输入文字。", "点击或轻击此处以输入文字。", "单击此处输入日期。",
             "单击或点击以输入日期。", "选择一项。", "Click or tap here to enter text.", "Click here to enter text.",
             "单击此处输入文字。"]
REF_ERR = ["错误！未找到引用源。", "错误!未找到引用源。", "错误！未定义书签。", "错误！超链接引用无效。",
           "Error! Reference source not found.", "Error! Bookmark not defined.", "错误！文档中没有指定样式的文字。"]


@style("ph_word_prompt", "placeholder", "Word/WPS content-control prompts left in the text (单击此处输入文字。)")
def _(r):
    w = pick(r, WORD_LEFT)
    k = r.randrange(3)
    if k == 0:
        segs = [T(pick(r, ["报告单位：", "填报日期：", "项目负责人：", "完成情况："])), S(w), T("\n")]
        return wrap(r, segs, 0, 1, 0, 2)
    if k == 1:
        segs = [T("%s，" % pick(r, TIMES)), S(w), T("%s%s，%s。" % (unit(r), pick(r, VERBS) + pick(r, TOPICS), pick(r, RESULTS)))]
    else:
        segs = [T("（三）存在的主要问题\n"), S(w)]
    return wrap(r, segs)


@style("ph_word_referr", "placeholder", "broken cross-reference fields 错误！未找到引用源。")
def _(r):
    e = pick(r, REF_ERR)
    segs = [T("具体分布情况详见表"), S(e), T("，" + pick(r, ["其中农村地区占比较高。", "各村差异较大。", "数据截至%d月底。" % r.randint(1, 12)]))]
    if r.random() < 0.4:
        segs = [T("如图"), S(e), T("所示，%s%s呈逐季上升趋势。" % (pick(r, TOPICS), pick(r, RATES[:8])))]
    return wrap(r, segs)


@style("ph_tbd_value", "placeholder", "待定 / 待确认 / 待核实 / TBD / N/A standing as a field value")
def _(r):
    fields = ["负责人", "完成时限", "资金来源", "责任单位", "牵头领导", "开工时间", "选址", "投资规模", "验收时间", "备注"]
    vals = ["待定", "待确认", "待核实", "待补充", "待填", "TBD", "TODO", "N/A", "TBA", "待定"]
    segs = [T("项目名称：%s%s项目\n" % (place(r), pick(r, ["污水管网", "农贸市场", "文化广场", "养老服务中心", "道路提质"])))]
    for i in range(r.randint(2, 4)):
        f = fields[(i * 3 + r.randrange(len(fields))) % len(fields)]
        if r.random() < 0.6:
            segs += [T("%s：" % f), S(pick(r, vals)), T("\n")]
        else:
            segs += [T("%s：%s\n" % (f, pick(r, [unit(r), "%d年%d月" % (r.randint(2023, 2025), r.randint(1, 12)), "%s万元" % num(r, 50, 900)])))]
    if not any(k is True for _, k in segs):
        segs += [T("备注："), S(pick(r, vals))]
    return segs


@style("ph_todo_inline", "placeholder", "editor notes left in prose: TODO, 待补充, 此处填写…")
def _(r):
    n = pick(r, ["TODO：核对数据", "【待补充】", "（待补充）", "XXX", "（此处补充典型案例）", "TBD", "TODO", "（数据待更新）"])
    k = r.randrange(3)
    if k == 0:
        segs = [T("%s%s工作，共%s" % (unit(r), pick(r, VERBS) + pick(r, TOPICS), pick(r, ACTS)[0])), S(n), T("。")]
    elif k == 1:
        segs = [T("%s工作典型经验：" % pick(r, TOPICS)), S(n), T("\n")]
    else:
        segs = [T("%s%s，" % (unit(r), pick(r, VERBS) + pick(r, TOPICS))), S(n), T("，" + pick(r, RESULTS) + "。")]
    return wrap(r, segs)


@style("ph_table_row", "placeholder", "masks inside table rows (pipe, tab and full-width-space separated)")
def _(r):
    ch = pick(r, "xX×")
    sep = pick(r, [" | ", "\t", "　"])
    rows = [sep.join(["序号", "单位", "户数", "资金（万元）", "完成率"])]
    segs = [T(rows[0] + "\n")]
    for i in range(r.randint(2, 4)):
        segs += [T("%d%s" % (i + 1, sep))]
        if r.random() < 0.5:
            segs += [S(ch * 2), T(pick(r, ["村", "社区", "街道"]))]
        else:
            segs += [T(village(r))]
        segs += [T(sep)]
        segs += [S(ch * pick(r, [2, 3])) if r.random() < 0.7 else T(num(r, 10, 600)), T(sep)]
        segs += [S(pick(r, ["xx.xx", "xxx.x", "xx"]).replace("x", ch)) if r.random() < 0.6 else T(dec1(r, 5, 300)), T(sep)]
        segs += [S(pick(r, ["xx.x", "xx"]).replace("x", ch)), T("%\n")]
    return segs


@style("ph_table_tbd", "placeholder", "table cells holding 待定 / TBD / N/A / 待补充 and masked cells")
def _(r):
    sep = pick(r, [" | ", "\t"])
    segs = [T(sep.join(["任务", "牵头单位", "完成时限", "进度"]) + "\n")]
    vals = ["待定", "TBD", "N/A", "待补充", "待确认", "TBA"]
    for i in range(r.randint(2, 4)):
        segs += [T(pick(r, TOPICS) + sep)]
        segs += [T(unit(r)) if r.random() < 0.6 else S(pick(r, vals)), T(sep)]
        segs += [S(pick(r, vals)) if r.random() < 0.5 else T("%d年%d月底" % (r.randint(2023, 2024), r.randint(1, 12))), T(sep)]
        segs += [T(pick(r, ["已完成", "推进中", "未启动"]) + "\n")]
    if not any(k is True for _, k in segs):
        segs.insert(1, T("备注" + sep))
        segs.insert(2, S("待定"))
        segs.insert(3, T("\n"))
    return segs


@style("ph_list_items", "placeholder", "numbered lists where each item carries masked names or figures")
def _(r):
    ch = pick(r, "xX×")
    segs = [T("%s主要做法：\n" % pick(r, TOPICS))]
    for i in range(r.randint(2, 4)):
        a, au = pick(r, ACTS)
        mark = pick(r, ["%d." % (i + 1), "（%s）" % "一二三四"[i], "%d、" % (i + 1)])
        segs += [T(mark), S(ch * 2), T(pick(r, ["镇", "街道", "村"]) + "：" + a), S(ch * pick(r, [1, 2, 3])), T(au + "。\n")]
    return segs


@style("ph_heading", "placeholder", "masked headings / titles (XX区20XX年工作总结, 关于XX的报告)")
def _(r):
    ch = pick(r, "XXx×")
    k = r.randrange(3)
    if k == 0:
        h = [S(ch * 2), T(pick(r, ["区", "县", "街道", "镇"])), T("20"), S(ch * 2), T("年%s工作总结\n" % pick(r, TOPICS))]
    elif k == 1:
        h = [T("关于"), S(ch * 2), T(pick(r, ["社区", "村"]) + "%s情况的报告\n" % pick(r, TOPICS))]
    else:
        h = [S(ch * 3), T("同志在全%s%s工作会议上的讲话\n" % (pick(r, ["区", "县", "市"]), pick(r, TOPICS)))]
    return h + [T(ctxs(r, 1, 3))]


@style("ph_sign_off", "placeholder", "signature block with masked issuer and date")
def _(r):
    ch = pick(r, "XX×x")
    return [T(ctxs(r, 1, 2) + "\n\n"), S(ch * 2), T(pick(r, ["县人民政府", "街道办事处", "镇人民政府", "区"]) + pick(r, ["", "办公室"]) + "\n20"),
            S(ch * 2), T("年"), S(ch * pick(r, [1, 2])), T("月"), S(ch * pick(r, [1, 2])), T("日")]


@style("ph_range", "placeholder", "masked ranges xx—xx岁 / x至x个 (two spans)")
def _(r):
    ch = pick(r, "xX")
    seg = [T(pick(r, ["对", "组织"])), S(ch * 2), T(pick(r, ["—", "至", "～", "到"])), S(ch * 2), T("岁" + pick(r, ["适龄妇女开展免费“两癌”筛查。", "人员开展职业技能培训。", "老年人开展健康随访。"]))]
    if r.random() < 0.4:
        seg = [T("每个网格配备网格员"), S(ch), T("至"), S(ch), T("名，实现%s全覆盖。" % pick(r, TOPICS))]
    return wrap(r, seg)


@style("ph_area", "placeholder", "masked areas and lengths xx亩 / xx.x平方米 / xxx公顷 / x.x公里")
def _(r):
    ch = pick(r, "xX×")
    u = pick(r, ["亩", "平方米", "公顷", "公里", "万平方米", "米"])
    a = pick(r, ["新建", "流转土地", "整治", "修复", "硬化道路", "清理"])
    return wrap(r, [T("%s%s" % (pick(r, TIMES) + "，" + unit(r), a)), S(pick(r, ["xx", "xxx", "xx.x", "x.xx", "x,xxx"]).replace("x", ch)), T(u + "，" + pick(r, RESULTS) + "。")])


@style("ph_contact", "placeholder", "masked e-mail addresses, URLs and QQ/WeChat numbers")
def _(r):
    k = r.randrange(3)
    if k == 0:
        c = [T("电子邮箱："), S("xxx"), T("@"), S("xx"), T(pick(r, [".gov.cn", ".com", ".cn"]))]
    elif k == 1:
        c = [T("网址：www."), S(pick(r, ["xxx", "xxxx", "XX"])), T(pick(r, [".gov.cn", ".com.cn"]))]
    else:
        c = [T(pick(r, ["QQ群：", "微信号：", "咨询QQ："])), S(pick(r, ["xxxxxxxxx", "*********", "XXXXXXXX"]))]
    return wrap(r, [T("群众可通过以下方式反映问题。\n")] + c + [T("\n")], 0, 1, 0, 1)


@style("ph_credit_code", "placeholder", "unified social credit codes / licence numbers partly masked")
def _(r):
    ch = pick(r, "X*x")
    head = pick(r, ["9143", "9132", "9144", "5243", "1243", "9137"])
    tail = "".join(pick(r, "0123456789ABCDEFGHJKLMNPQRTUWY") for _ in range(r.randint(2, 4)))
    n = 18 - len(head) - len(tail)
    c = [T(head), S(ch * n), T(tail)] if r.random() < 0.7 else [S(ch * 18)]
    return wrap(r, [T(pick(r, ["统一社会信用代码：", "营业执照号：", "组织机构代码："]))] + c + [T("\n")], 0, 1, 0, 1)


@style("ph_birth_age", "placeholder", "masked birth years and ages 19xx年出生 / xx岁")
def _(r):
    ch = pick(r, "xX×")
    segs = [T(pick(r, SURN)), S(pick(r, ["某", "某某", "××", "XX"])), T("，男，"), T("19"), S(ch * 2), T("年" + pick(r, ["", "%d月" % r.randint(1, 12)]) + "出生，现年"), S(ch * 2), T("岁，" + pick(r, ["初中文化，", "务农，", "个体经营户，"]) + "住本村。")]
    return wrap(r, segs, 0, 1, 0, 1)


@style("ph_pdf_break", "placeholder", "masked figures separated from their unit by PDF line breaks (xxx\\n\\n家)")
def _(r):
    ch = pick(r, "xX")
    a, au = pick(r, ACTS)
    br = pick(r, ["\n\n", "\n", " \n"])
    segs = [T("%s，%s%s" % (pick(r, TIMES), unit(r), a)), S(ch * pick(r, [2, 3])), T(br + au + "，" + pick(r, RESULTS) + "。")]
    return wrap(r, segs)


@style("ph_project", "placeholder", "masked project / programme names XX项目 / XXXX工程 / xx产业园")
def _(r):
    ch = pick(r, "XX×x")
    segs = [S(ch * pick(r, [2, 2, 4])), T(pick(r, ["项目", "工程", "产业园", "示范基地", "提质改造项目"]))]
    tail = pick(r, ["完成投资%s亿元，" % dec1(r, 1, 20), "已完成主体施工，", "顺利通过竣工验收，", "列入省级重点项目库，"])
    return wrap(r, [T(pick(r, ["", "重点推进的"]))] + segs + [T(tail + pick(r, RESULTS) + "。")])


@style("ph_circled_blank", "placeholder", "masks made of ○ / □ in names and document numbers (○○县、□□〔2022〕□号)")
def _(r):
    ch = pick(r, "○□")
    k = r.randrange(2)
    if k == 0:
        segs = [S(ch * 2), T(pick(r, ["县", "区", "镇"]) + "人民政府关于"), S(ch * 2), T("%s的批复" % pick(r, ["项目立项", "土地征收", "规划调整"]))]
    else:
        segs = [T("根据《关于做好%s工作的通知》（" % pick(r, TOPICS)), S(ch * 2), T("发〔2022〕"), S(ch * 2), T("号）精神，%s。" % pick(r, ["结合实际制定本方案", "现将有关事项通知如下"]))]
    return wrap(r, segs, 0, 1, 1, 2)


@style("ph_multi_mask_para", "placeholder", "paragraph with many placeholders of mixed kinds, as in anonymised summaries")
def _(r):
    ch = pick(r, "xX")
    segs = [S(ch), T("月"), S(ch * 2), T("日，"), S(ch * 2), T("副县长带队到"), S(ch * 2), T("村调研%s工作，" % pick(r, TOPICS))]
    segs += [T("听取村支书"), T(pick(r, SURN)), S("某"), T("关于"), S(ch * 3), T("户脱贫户增收情况的汇报，")]
    segs += [T("现场协调解决资金"), S(ch * 2 + "." + ch * 2), T("万元。")]
    return wrap(r, segs, 0, 1, 0, 1)


# ------------------------- placeholder negatives ---------------------------
@style("ph_neg_1plusx", "negative", "1+X 证书 / 7+X 等政策名中的 X（不是占位）")
def _(r):
    s = pick(r, ["%s推进“1+X”证书制度试点，组织%s名学生参加职业技能等级考核。" % (unit(r), num(r, 30, 400)),
                 "%s实行“7+X”服务模式，在7项基础服务之外按需提供个性化服务。" % town(r),
                 "构建“1+X+N”网格治理体系，1名网格长统筹、若干专兼职网格员协同。",
                 "探索“5+X”党建联盟，联合辖区%s家单位共驻共建。" % num(r, 5, 40),
                 "职业学校开设“1+X”证书相关专业%d个，获证率达%s%%。" % (r.randint(2, 9), dec1(r, 60, 95))])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("ph_neg_xray", "negative", "X光 / X射线 / X线 / X-ray 医学与安检用语")
def _(r):
    s = pick(r, ["%s卫生院新购置数字化X光机1台，群众在家门口即可完成胸部检查。" % place(r),
                 "学校组织学生开展免费体检，项目包括血常规、X线胸片和视力检查。",
                 "车站安检口配备X射线安检仪%d台。" % r.randint(2, 9),
                 "对放射诊疗单位开展专项检查，重点核查X-ray设备的辐射防护检测报告。",
                 "完成在校学生结核病筛查%s人，其中X光胸片复查%s人。" % (num(r, 500, 3000), num(r, 3, 40))])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("ph_neg_models", "negative", "型号与品牌：x86、iPhone X、TX-100、X5、5G、Windows XP")
def _(r):
    s = pick(r, ["机房服务器统一采用x86架构，已完成国产化替代评估。",
                 "抽查发现一名工作人员使用私人iPhone X处理涉密文件，已责令整改。",
                 "实验室采购TX-100型离心机%d台。" % r.randint(1, 5),
                 "全镇新建5G基站%d座，实现行政村5G信号全覆盖。" % r.randint(5, 60),
                 "淘汰仍在运行Windows XP系统的老旧电脑%d台。" % r.randint(5, 80),
                 "公务用车更新为新能源车型，替换原有X5型越野车。",
                 "会议室配备XGA分辨率投影仪及HDMI接口。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("ph_neg_formula", "negative", "X / x 作为公式变量，并有说明")
def _(r):
    s = pick(r, ["考核得分按公式 Y = 0.6X + 0.4Z 计算，其中X为日常工作得分，Z为群众评议得分。",
                 "设x为年度实际完成量、a为目标任务量，则完成率=x/a×100%。",
                 "绩效系数K=1+（X−60）/100，X为综合考评分数。",
                 "人均可支配收入增速按(X₂−X₁)/X₁计算，X₁、X₂分别为上年和本年数值。"])
    return [T(ctxs(r, 0, 1) + s)]


@style("ph_neg_multiply", "negative", "× 作乘号或尺寸（3×4米、1920×1080、长×宽）")
def _(r):
    s = pick(r, ["新建宣传栏规格为%d×%d米，共设置%d处。" % (r.randint(2, 6), r.randint(1, 3), r.randint(5, 30)),
                 "显示屏分辨率为1920×1080，安装于便民服务大厅。",
                 "面积按长×宽计算，合计%s平方米。" % num(r, 100, 900),
                 "发放补贴%d元×%d户，共计%d元。" % ((a := r.randint(2, 9) * 100), (b := r.randint(10, 90)), a * b),
                 "排水箱涵断面为2.5m×2.0m，全长%s米。" % num(r, 100, 900)])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("ph_neg_mou_word", "negative", "某 in 某种/某些/某一/某个（not a pseudonym）")
def _(r):
    s = pick(r, ["个别干部在某些方面还存在畏难情绪，担当意识有待加强。",
                 "不能因某一环节出现问题就否定整体工作成效。",
                 "部分群众对某种政策存在误解，需加强解读宣传。",
                 "在某个时段内集中开展夜查行动，形成有效震慑。",
                 "某些村集体经济收入来源单一，抗风险能力较弱。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("ph_neg_ling", "negative", "○ as zero in Chinese numerals (二○二三年, 一○七国道)")
def _(r):
    y = pick(r, ["二○二三年", "二○二二年", "二○二四年", "二○二一年"])
    s = pick(r, ["%s%s月%s日" % (y, pick(r, ["一", "三", "六", "十", "十二"]), pick(r, ["五", "十八", "二十", "三十"])),
                 "%s工作要点" % y, "加快一○七国道沿线环境整治。"])
    return [T(ctxs(r, 0, 2) + "\n" + s)]


@style("ph_neg_checkbox", "negative", "□/■/☑ checkboxes in a form legend, with the legend explained")
def _(r):
    s = pick(r, ["是否为低保户：□是  □否\n（请在对应“□”内打“√”）",
                 "办理方式：■现场办理  □网上办理  □邮寄办理",
                 "图例：■已完成  □未完成  △推进中",
                 "家庭类型：□城市  ☑农村"])
    return [T(ctxs(r, 0, 1) + s)]


@style("ph_neg_stars", "negative", "significance stars with a legend, footnote marks, rating stars")
def _(r):
    s = pick(r, ["注：*表示P<0.05，**表示P<0.01。",
                 "满意度*\n*数据来源于第三方测评。",
                 "评定为★★★★级农家乐%d家。" % r.randint(2, 20),
                 "表中标注*的项目为省级重点项目。",
                 "回归结果显示系数为0.42***（注：***表示在1%水平上显著）。"])
    return [T(ctxs(r, 0, 1) + s)]


@style("ph_neg_roman", "negative", "Roman numerals and grades (Ⅲ类水质, XII, 第Ⅱ阶段)")
def _(r):
    s = pick(r, ["断面水质稳定达到Ⅲ类标准，优良比例保持100%。",
                 "按照第Ⅱ阶段排放标准淘汰老旧柴油车%d辆。" % r.randint(5, 80),
                 "该文物点为Ⅳ级保护单位。",
                 "参照附件XII所列清单逐项核查。",
                 "创建国家AAA级旅游景区1家。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("ph_neg_bullets", "negative", "bullet symbols ● ■ ◆ ▲ ○ heading lists")
def _(r):
    b = pick(r, "●■◆▲○◎")
    items = "".join("%s %s%s\n" % (b, pick(r, VERBS), pick(r, TOPICS)) for _ in range(r.randint(2, 4)))
    return [T("重点任务：\n" + items + ctx(r))]


@style("ph_neg_law_template", "negative", "某某 in a quoted rule / citation template, explicitly a format example")
def _(r):
    s = pick(r, ["《条例》规定，公文标题一般由发文机关、事由和文种组成，如“某某市人民政府关于某某事项的通知”。",
                 "根据格式要求，落款统一写作“某某县某某局”，不得使用简称。",
                 "示例：“某某同志，男，汉族，中共党员”——此为干部任免审批表的规范写法。",
                 "《办法》附件格式文本中“某某村民委员会”仅为示意，使用时应替换为实际名称。", "合同范本第二条“甲方：某某公司”属于示范条款，不作为实际签约文本。"])
    return [T(ctxs(r, 0, 1) + s)]


@style("ph_neg_pending_prose", "negative", "待定/待确认/待补充 as ordinary words in prose, not field values")
def _(r):
    s = pick(r, ["对选址尚待确认的%d个项目，加快论证，力争年内开工。" % r.randint(2, 9),
                 "部分制度仍有待补充完善，需进一步细化操作流程。",
                 "对待定事项实行清单管理，明确责任人和时间节点。",
                 "涉及的%d宗土地权属待核实后再行公示。" % r.randint(2, 9)])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("ph_neg_sizes", "negative", "clothing sizes and codes (XL, XXL), axis names X轴, X形, X染色体")
def _(r):
    s = pick(r, ["为环卫工人发放冬季工作服%d套，尺码为L、XL、XXL三种。" % r.randint(50, 400),
                 "图中X轴为月份，Y轴为受理件数。",
                 "该路口为X形交叉口，事故多发，已增设信号灯。",
                 "开展新生儿遗传病筛查，重点筛查X染色体相关疾病。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("ph_neg_real_values", "negative", "clean prose with real figures, names, dates, phone and doc numbers")
def _(r):
    s = "%d年%d月%d日，%s%s同志带队到%s调研，联系电话0%d-%d。依据%s政发〔%d〕%d号文件，%s。" % (
        r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28), pick(r, ["副区长", "镇长", "局长"]), person(r), village(r),
        r.randint(100, 999), r.randint(2000000, 8999999), pick(r, "湘赣皖黔"), r.randint(2019, 2023), r.randint(1, 60), ctx(r)[:-1])
    return [T(s)]


# ============================== MOJIBAKE ===================================
TRAD_WORDS = ["發展", "經濟", "會議", "學校", "醫療", "環境", "農業", "選舉", "區域", "關懷", "服務", "建設", "議員",
              "資訊", "機構", "總結", "勞動", "報告", "質量", "統計", "鄉鎮", "員工", "設施"]


def clause(r):
    k = r.randrange(5)
    a, au = pick(r, ACTS)
    if k == 0:
        return "%s%s工作" % (pick(r, VERBS), pick(r, TOPICS))
    if k == 1:
        return "%s%s%s" % (a, num(r), au)
    if k == 2:
        return pick(r, RESULTS)
    if k == 3:
        return "%s%s" % (unit(r), pick(r, ["召开专题推进会", "成立工作专班", "建立问题清单", "开展集中攻坚"]))
    return "%s%s达到%s%%" % (pick(r, TOPICS), pick(r, RATES[:8]), dec1(r, 80, 99))


def sentence(r):
    return "%s，%s，%s。" % (pick(r, TIMES), clause(r), clause(r))


def dmg_segs(r, clean, steps, errors, need):
    m = re.match(r"^([\x00-\x7f]*)(.*?)([\x00-\x7f]*)$", clean, re.S)
    lead, core, trail = m.groups()
    if not core:
        raise Retry("no core")
    try:
        bad = forward(core, steps, errors)
    except (UnicodeError, LookupError):
        raise Retry("forward failed")
    rs = [(d, e) for e, d in reversed(steps)]
    try:
        lossless = inverse(bad, rs) == core
    except (UnicodeError, LookupError):
        lossless = False
    if need == "lossless" and not lossless:
        raise Retry("lossy")
    if need == "lossy" and lossless:
        raise Retry("lossless")
    p = 0
    while p < min(len(bad), len(core)) - 1 and bad[p] == core[p]:
        p += 1
    q = 0
    while q < min(len(bad), len(core)) - p - 1 and bad[-1 - q] == core[-1 - q]:
        q += 1
    if p or q:
        # unchanged characters at the edges are not damage; keep them outside
        lead, bad, trail = lead + bad[:p], bad[p:len(bad) - q], bad[len(bad) - q:] + trail
        core = core[p:len(core) - q]
        lossless = lossless and inverse(bad, rs) == core
    if bad == core or not bad or bad[0].isspace() or bad[-1].isspace():
        raise Retry("bad edge")
    recipe = "+".join("%s>%s" % x for x in rs) + ("" if lossless else "~")
    if check_recipe(bad, recipe):
        raise Retry("span would not pass the verifier's recipe check")
    return [T(lead), S(bad, recipe), T(trail)]


def mk_codec_style(name, steps, level, errors="strict", need=None, desc="", trad=False):
    @style(name, "mojibake", desc)
    def f(r):
        if level == "word":
            w = pick(r, TRAD_WORDS) if trad else pick(r, TOPICS)
            if trad:
                pre = pick(r, ["本年度，", "今年以來，", "上半年，本會在", "據統計，", "會議指出，"])
                post = pick(r, ["相關工作持續推進。", "工作取得明顯成效。", "方面的投入不斷加大。", "工作仍需進一步加強。"])
                return [T(pre)] + dmg_segs(r, w, steps, errors, need) + [T(post)]
            pre = "%s，%s%s" % (pick(r, TIMES), unit(r), pick(r, VERBS))
            post = "工作，%s。" % pick(r, RESULTS)
            segs = [T(pre)] + dmg_segs(r, w, steps, errors, need) + [T(post)]
            return wrap(r, segs, 0, 1, 0, 1)
        if level == "clause":
            c1, c2, c3 = clause(r), clause(r), clause(r)
            i = r.randrange(3)
            cl = [c1, c2, c3]
            segs = [T(pick(r, TIMES) + "，")]
            for j, c in enumerate(cl):
                if j:
                    segs.append(T("，"))
                segs += dmg_segs(r, c, steps, errors, need) if j == i else [T(c)]
            segs.append(T("。"))
            return wrap(r, segs, 0, 1, 0, 1)
        if level == "sentence":
            n = r.randint(2, 3)
            i = r.randrange(n)
            segs = []
            for j in range(n):
                s = sentence(r)
                segs += dmg_segs(r, s, steps, errors, need) if j == i else [T(s)]
            return segs
        if level == "para":
            s = "".join(sentence(r) if r.random() < 0.5 else ctx(r) for _ in range(r.randint(1, 3)))
            return dmg_segs(r, s, steps, errors, need)
        if level == "heading":
            h = pick(r, ["%s、%s%s" % (pick(r, "一二三四五六"), pick(r, VERBS), pick(r, TOPICS)),
                         "（%s）%s" % (pick(r, "一二三四五"), pick(r, TOPICS)), "%d.%s" % (r.randint(1, 9), pick(r, TOPICS) + "成效明显"),
                         "%s%d年%s工作总结" % (unit(r), r.randint(2021, 2023), pick(r, TOPICS))])
            return dmg_segs(r, h, steps, errors, need) + [T("\n" + ctxs(r, 1, 2))]
        if level == "cell":
            sep = pick(r, [" | ", "\t"])
            segs = [T(sep.join(["单位", "任务", "进度"]) + "\n")]
            nrow = r.randint(2, 3)
            hit = r.randrange(nrow)
            for j in range(nrow):
                cells = [village(r), pick(r, TOPICS), pick(r, ["已完成", "推进中", "完成%d%%" % r.randint(30, 99)])]
                ci = r.randrange(3)
                for k2, c in enumerate(cells):
                    if k2:
                        segs.append(T(sep))
                    segs += dmg_segs(r, c, steps, errors, need) if (j == hit and k2 == ci) else [T(c)]
                segs.append(T("\n"))
            return segs
        if level == "row":
            sep = pick(r, [" | ", "，"])
            rows = [sep.join([village(r), "%s户" % num(r, 50, 900), pick(r, ["已完成", "推进中"])]) for _ in range(r.randint(2, 3))]
            i = r.randrange(len(rows))
            segs = [T("单位" + sep + "户数" + sep + "进度\n")]
            for j, row in enumerate(rows):
                segs += (dmg_segs(r, row, steps, errors, need) if j == i else [T(row)]) + [T("\n")]
            return segs
        raise ValueError(level)
    return f


U8GBK = [("utf-8", "gbk")]
mk_codec_style("mj_u8gbk_word", U8GBK, "word", "strict", "lossless", "UTF-8 bytes of one word decoded as GBK (鍙戝睍)")
mk_codec_style("mj_u8gbk_clause", U8GBK, "clause", "replace", None, "UTF-8 clause decoded as GBK, unpaired bytes replaced")
mk_codec_style("mj_u8gbk_sentence", U8GBK, "sentence", "replace", None, "one sentence of a paragraph is UTF-8 read as GBK")
mk_codec_style("mj_u8gbk_para", U8GBK, "para", "replace", None, "whole paragraph UTF-8 read as GBK")
mk_codec_style("mj_u8gbk_heading", U8GBK, "heading", "replace", None, "heading line UTF-8 read as GBK, body clean")
mk_codec_style("mj_u8gbk_cell", U8GBK, "cell", "replace", None, "one table cell UTF-8 read as GBK")
mk_codec_style("mj_u8gb18030_ignore", [("utf-8", "gb18030")], "sentence", "ignore", "lossy", "UTF-8 read as GB18030 with errors=ignore (bytes silently dropped)")
mk_codec_style("mj_u8cp1252_word", [("utf-8", "w1252")], "word", "strict", "lossless", "UTF-8 read as windows-1252 (WHATWG, C1 for holes): å‘å±•")
mk_codec_style("mj_u8cp1252_clause", [("utf-8", "cp1252")], "clause", "replace", None, "UTF-8 read as Python cp1252 with errors=replace (holes become �)")
mk_codec_style("mj_u8latin1_sentence", [("utf-8", "latin-1")], "sentence", "strict", "lossless", "UTF-8 read as ISO-8859-1 (C1 controls kept)")
mk_codec_style("mj_gbk_big5_clause", [("gbk", "big5")], "clause", "replace", None, "GBK bytes read as Big5")
mk_codec_style("mj_gbk_big5_word", [("gbk", "big5")], "word", "strict", "lossless", "GBK word read as Big5 (lossless)")
mk_codec_style("mj_gbk_sjis", [("gbk", "shift_jis")], "clause", "replace", None, "GBK bytes read as Shift-JIS (half-width kana mixed in)")
mk_codec_style("mj_u8sjis", [("utf-8", "shift_jis")], "clause", "replace", None, "UTF-8 read as Shift-JIS (荳ｭ蝗ｽ style)")
mk_codec_style("mj_u8cp949", [("utf-8", "cp949")], "clause", "replace", None, "UTF-8 read as CP949/EUC-KR")
mk_codec_style("mj_gbk_euckr", [("gbk", "euc_kr")], "word", "replace", None, "GBK word read as EUC-KR (hangul/hanja)")
mk_codec_style("mj_u8koi8r", [("utf-8", "koi8_r")], "clause", "strict", "lossless", "UTF-8 read as KOI8-R (box-drawing + Cyrillic)")
mk_codec_style("mj_u8cp1251", [("utf-8", "cp1251")], "word", "replace", None, "UTF-8 read as Windows-1251 (Cyrillic)")
mk_codec_style("mj_gbk_as_u8", [("gbk", "utf-8")], "clause", "replace", "lossy", "GBK bytes read as UTF-8, errors=replace (���)")
mk_codec_style("mj_gbk_latin1", [("gbk", "latin-1")], "clause", "strict", "lossless", "GBK bytes read as ISO-8859-1 (ÉçÇø style)")
mk_codec_style("mj_u8macroman", [("utf-8", "mac_roman")], "word", "strict", "lossless", "UTF-8 read as Mac Roman (‰∏≠ style)")
mk_codec_style("mj_utf16_latin1", [("utf-16-le", "latin-1")], "word", "strict", "lossless", "UTF-16LE bytes read as ISO-8859-1")
mk_codec_style("mj_big5_gbk", [("big5", "gbk")], "word", "replace", None, "traditional text in Big5 read as GBK", trad=True)
mk_codec_style("mj_double_u8gbk", [("utf-8", "gbk"), ("utf-8", "gbk")], "word", "strict", "lossless", "double mis-decoding: UTF-8→GBK twice")
mk_codec_style("mj_double_u8cp1252", [("utf-8", "w1252"), ("utf-8", "w1252")], "word", "strict", "lossless", "double encoding via windows-1252 (Ã¤Â¸Â­ style)")


@style("mj_emoji_u8gbk", "mojibake", "emoji in a quoted message, UTF-8 read as GBK (馃槉)")
def _(r):
    e = pick(r, ["😊", "👍", "🎉", "❤️", "🙏", "💪", "🌟"])
    pre = "群众在留言板写道：“%s，%s" % (pick(r, ["感谢社区", "点赞网格员", "谢谢志愿者"]), pick(r, ["办事效率真高", "服务很贴心", "帮了大忙"]))
    bad = forward(e, [("utf-8", "gbk")], "replace")
    rs = "gbk>utf-8"
    try:
        ok = inverse(bad, [("gbk", "utf-8")]) == e
    except UnicodeError:
        ok = False
    if not ok:
        rs += "~"
    if bad[-1].isspace():
        raise Retry()
    return [T(ctxs(r, 0, 1) + pre), S(bad, rs), T("”")]


@style("mj_kunjinkao", "mojibake", "锟斤拷: GBK text read as UTF-8 (U+FFFD) then re-saved and read as GBK")
def _(r):
    c = pick(r, TOPICS)
    b = dec(enc(dec(enc(c, "gbk"), "utf-8", "replace"), "utf-8"), "gbk", "replace")
    p = 0
    while p < min(len(b), len(c)) and b[p] == c[p]:
        p += 1
    q = 0
    while q < min(len(b), len(c)) - p and b[-1 - q] == c[-1 - q]:
        q += 1
    mid = b[p:len(b) - q]
    if "锟斤拷" not in mid:
        raise Retry()
    return wrap(r, [T("%s%s" % (unit(r), pick(r, VERBS)) + b[:p]), S(mid, "lost:kjk"), T(b[len(b) - q:] + "工作，%s。" % pick(r, RESULTS))], 0, 1, 0, 1)


@style("mj_tangtang", "mojibake", "烫烫烫 / 屯屯屯: uninitialised 0xCC / 0xCD buffers shown as GBK")
def _(r):
    fill = pick(r, [0xCC, 0xCD])
    n = r.randint(2, 8)
    b = dec(bytes([fill]) * (2 * n), "gbk")
    lead = pick(r, ["报送单位：%s" % unit(r), "联系人：", "项目名称：%s" % pick(r, TOPICS), "备注："])
    return wrap(r, [T(lead), S(b, "fill:%x" % fill), T("\n")], 0, 1, 0, 2)


@style("mj_db_qmarks", "mojibake", "Chinese clause stored in a latin-1 column: every character became ?")
def _(r):
    c = clause(r)
    bad = c.encode("latin-1", "replace").decode("latin-1")
    segs = [T(pick(r, TIMES) + "，")]
    for a, b in zip(c, bad):
        segs.append(S(b, "lost") if a != b else T(b))
    segs.append(T("，" + pick(r, RESULTS) + "。"))
    return wrap(r, segs, 0, 1, 0, 1)


RARE_NAMES = ["喆", "堃", "镕", "珺", "昇", "焜", "玥", "婕", "瑄", "琇", "彧", "璟", "祎", "暐", "淏", "湉", "昳"]


@style("mj_gb2312_lost", "mojibake", "characters outside GB2312 (rare name characters, emoji) lost as ? on encoding")
def _(r):
    nm = pick(r, SURN) + pick(r, RARE_NAMES) + pick(r, ["", pick(r, "华明军伟")])
    c = pick(r, ["%s同志获评“最美网格员”称号。" % nm, "经%s核实，%s一户符合救助条件。" % (unit(r), nm),
                 "志愿者%s带领队员清理河道垃圾。" % nm, "申请人：%s，联系电话已登记。" % nm])
    bad = c.encode("gb2312", "replace").decode("gb2312")
    if bad == c:
        raise Retry()
    segs = [S(b, "lost") if a != b else T(b) for a, b in zip(c, bad)]
    return wrap(r, segs, 0, 1, 0, 1)


@style("mj_lost_single", "mojibake", "scattered single characters lost as ? or � (one-character spans)")
def _(r):
    s = sentence(r)
    idx = [i for i, ch in enumerate(s) if is_cjk(ch)]
    hits = sorted(r.sample(idx, min(len(idx), r.randint(1, 3))))
    q = pick(r, ["?", "\ufffd"])
    segs = [S(q, "lost") if i in hits else T(ch) for i, ch in enumerate(s)]
    return wrap(r, segs, 0, 1, 0, 1)


@style("mj_shift_gbk", "mojibake", "GBK stream decoded one byte out of step (a lost lead byte shifts the pairs)")
def _(r):
    c = pick(r, RESULTS + [clause(r)])
    if re.search(r"[\x00-\x7f]", c):
        raise Retry()
    b = enc(c, "gbk")[1:]
    bad = dec(b, "gbk", "replace")
    q = 0
    while q < min(len(bad), len(c)) - 1 and bad[-1 - q] == c[-1 - q]:
        q += 1
    bad, keep = bad[:len(bad) - q], bad[len(bad) - q:]
    if bad[-1].isspace() or bad[0].isspace():
        raise Retry()
    rec = "lost" if set(bad) == {"\ufffd"} else "shift1~"
    return wrap(r, [T(pick(r, TIMES) + "，" + clause(r) + "，"), S(bad, rec), T(keep + "。")], 0, 1, 0, 1)


# ---- entities / tags / invisible ----
@style("mj_ent_indent", "mojibake", "HTML entities used as paragraph indentation (&nbsp; &emsp; &#12288;)")
def _(r):
    e = pick(r, ["&nbsp;", "&emsp;", "&#12288;", "&ensp;", "&#160;", "&nbsp"])
    n = pick(r, [2, 4, 4, 6])
    segs = []
    for _ in range(r.randint(1, 3)):
        segs += [S(e * n, "del:ent"), T(ctx(r) + "\n")]
    return segs


@style("mj_ent_punct", "mojibake", "entities that replaced real punctuation (&ldquo; &rdquo; &hellip; &mdash; &#8220;)")
def _(r):
    style_ = r.randrange(3)
    L, R_ = [("&ldquo;", "&rdquo;"), ("&#8220;", "&#8221;"), ("&#x201C;", "&#x201D;")][style_]
    word = pick(r, ["三清三拆", "一村一品", "最多跑一次", "放管服", "清单化管理", "网格化服务", "双报到"])
    segs = [T("%s推行" % unit(r)), S(L, "ent"), T(word), S(R_, "ent"), T("模式")]
    if r.random() < 0.5:
        segs += [T("，"), S(pick(r, ["&hellip;&hellip;", "&mdash;&mdash;", "&middot;"]), "ent"), T(pick(r, RESULTS))]
    segs.append(T("。"))
    return wrap(r, segs, 0, 1, 0, 1)


@style("mj_ent_double", "mojibake", "double-escaped entities (&amp;nbsp; &amp;ldquo;)")
def _(r):
    if r.random() < 0.5:
        return [S("&amp;nbsp;" * pick(r, [2, 4]), "del:ent"), T(ctx(r) + ctxs(r, 0, 1))]
    word = pick(r, ["红色物业", "四议两公开", "门前三包", "红黑榜"])
    return wrap(r, [T("深化"), S("&amp;ldquo;", "ent2"), T(word), S("&amp;rdquo;", "ent2"), T("机制，%s。" % pick(r, RESULTS))], 0, 1, 0, 1)


@style("mj_ent_ncr_cjk", "mojibake", "CJK characters replaced by numeric character references (&#21457;&#23637;)")
def _(r):
    w = pick(r, TOPICS)
    k = r.randrange(2)
    ent = "".join(("&#%d;" % ord(c)) if k == 0 else ("&#x%X;" % ord(c)) for c in w)
    return wrap(r, [T("%s%s" % (unit(r), pick(r, VERBS))), S(ent, "ent"), T("工作，%s。" % pick(r, RESULTS))], 0, 1, 0, 1)


@style("mj_ent_escaped_tag", "mojibake", "escaped tags shown as text (&lt;br&gt; &lt;/p&gt;)")
def _(r):
    t = pick(r, ["&lt;br&gt;", "&lt;br /&gt;", "&lt;/p&gt;&lt;p&gt;", "&lt;p&gt;"])
    return [T(ctx(r)), S(t, "del:etag"), T(ctx(r))]


TAGS = ["<br>", "<br/>", "<br />", "</p><p>", "<p>", "</p>", '<p style="text-indent:2em;">', "<strong>", "</strong>",
        '<span style="font-family:仿宋_GB2312;font-size:16pt">', "</span>", '<font color="#ff0000">', "</font>",
        "<o:p></o:p>", "<!--[if !supportLists]-->", "<!--[endif]-->", '<div class="TRS_Editor">', "</div>",
        '<p class="MsoNormal" align="justify">', "<b>", "</b>", "&nbsp;</p>"]


@style("mj_tag_inline", "mojibake", "leftover HTML tags inside prose (<br>, <p style=…>, <span>, Word o:p)")
def _(r):
    segs = []
    n = r.randint(2, 3)
    for i in range(n):
        if r.random() < 0.6 or i == 0:
            t = pick(r, TAGS)
            kind = "del:tag" if not t.startswith("&") else None
            if kind is None:
                segs += [S("&nbsp;", "del:ent"), S("</p>", "del:tag")] if False else [S(t.replace("&nbsp;", ""), "del:tag")]
            else:
                segs.append(S(t, kind))
        segs.append(T(ctx(r)))
    return segs


@style("mj_tag_wrapped", "mojibake", "a sentence wrapped in opening and closing tags (<strong>…</strong>)")
def _(r):
    o, c = pick(r, [("<strong>", "</strong>"), ("<b>", "</b>"), ('<span style="color:#333333;">', "</span>"),
                    ('<font face="仿宋">', "</font>"), ('<p align="left">', "</p>")])
    h = "%s、%s%s" % (pick(r, "一二三四五"), pick(r, VERBS), pick(r, TOPICS))
    return [S(o, "del:tag"), T(h), S(c, "del:tag"), T("\n" + ctxs(r, 1, 2))]


@style("mj_tag_table", "mojibake", "table cells with <td>/<tr> debris left in flattened text")
def _(r):
    segs = []
    for _ in range(r.randint(1, 3)):
        segs.append(S("<tr><td>", "del:tag"))
        cells = [village(r), "%s户" % num(r, 20, 800), pick(r, ["已完成", "推进中", "未启动"])]
        for j, c in enumerate(cells):
            if j:
                segs.append(S("</td><td>", "del:tag"))
            segs.append(T(c))
        segs.append(S("</td></tr>", "del:tag"))
        segs.append(T("\n"))
    return segs


@style("mj_tag_truncated", "mojibake", "half-eaten tags where the bracket was lost (基?/strong> / </spa)")
def _(r):
    w = pick(r, TOPICS)
    t = pick(r, ["/strong>", "/span>", "/p>", "<br", "</spa", "p>"])
    if t.startswith("/"):
        # a lost character swallowed the "<": one span, recipe lost:tag
        return wrap(r, [T("%s%s" % (pick(r, VERBS), w[:-1])), S(pick(r, ["?", "\ufffd"]) + t, "lost:tag"), T("，" + pick(r, RESULTS) + "。")], 0, 1, 0, 1)
    return wrap(r, [T("%s%s" % (pick(r, VERBS), w)), S(t, "del:tag"), T("，" + pick(r, RESULTS) + "。")], 0, 1, 0, 1)


def insert_chars(r, s, chars, kind, n):
    idx = [i for i in range(1, len(s)) if is_cjk(s[i - 1]) and is_cjk(s[i])]
    if not idx:
        raise Retry()
    hits = set(r.sample(idx, min(len(idx), n)))
    segs = []
    for i, ch in enumerate(s):
        if i in hits:
            segs.append(S("".join(pick(r, chars) for _ in range(pick(r, [1, 1, 2]))), kind))
        segs.append(T(ch))
    return segs


@style("mj_zwsp", "mojibake", "zero-width spaces / joiners inside words (U+200B/200C/200D/2060)")
def _(r):
    return wrap(r, insert_chars(r, sentence(r), "\u200b\u200b\u200c\u200d\u2060", "del:zw", r.randint(1, 4)), 0, 1, 0, 1)


@style("mj_soft_hyphen", "mojibake", "soft hyphens U+00AD left inside words")
def _(r):
    return wrap(r, insert_chars(r, sentence(r), "\u00ad", "del:zw", r.randint(1, 3)), 0, 1, 0, 1)


@style("mj_bom_mid", "mojibake", "BOM U+FEFF in the middle of text where two files were concatenated")
def _(r):
    return [T(ctxs(r, 1, 2) + pick(r, ["", "\n"])), S("\ufeff", "del:zw"), T(ctx(r) + ctxs(r, 0, 1))]


@style("mj_bidi", "mojibake", "bidi controls (U+200E/200F/202A–202E/2066–2069) from copy-paste")
def _(r):
    s = ctx(r)
    c = pick(r, ["\u200e", "\u200f", "\u202a", "\u202c", "\u202b", "\u2066", "\u2069", "\u202d"])
    m = re.search(r"\d+", s)
    if m and r.random() < 0.6:
        segs = [T(s[:m.start()]), S(c, "del:zw"), T(m.group()), S(pick(r, ["\u202c", "\u2069", "\u200e"]), "del:zw"), T(s[m.end():])]
    else:
        segs = insert_chars(r, s, c, "del:zw", 1)
    return wrap(r, segs, 0, 1, 0, 1)


@style("mj_control_chars", "mojibake", "C0/C1 control characters from PDF or Word extraction (U+0002, U+0007, U+001A, U+0096)")
def _(r):
    return wrap(r, insert_chars(r, sentence(r), "\x02\x07\x08\x1a\x01\x7f\x96\x10", "del:cc", r.randint(1, 2)), 0, 1, 0, 1)


PINYIN = {"发": ("發", "fā"), "区": ("區", "qū"), "时": ("時", "shí"), "学": ("學", "xué"), "进": ("進", "jìn"),
          "国": ("國", "guó"), "会": ("會", "huì"), "经": ("經", "jīng"), "济": ("濟", "jì"), "实": ("實", "shí"),
          "现": ("現", "xiàn"), "开": ("開", "kāi"), "动": ("動", "dòng"), "务": ("務", "wù"), "员": ("員", "yuán"),
          "党": ("黨", "dǎng"), "组": ("組", "zǔ"), "织": ("織", "zhī"), "设": ("設", "shè"), "项": ("項", "xiàng"),
          "业": ("業", "yè"), "产": ("產", "chǎn"), "农": ("農", "nóng"), "为": ("為", "wèi"), "与": ("與", "yǔ"),
          "个": ("個", "gè"), "级": ("級", "jí"), "质": ("質", "zhì"), "乡": ("鄉", "xiāng"), "镇": ("鎮", "zhèn"),
          "专": ("專", "zhuān"), "环": ("環", "huán"), "护": ("護", "hù"), "关": ("關", "guān"), "维": ("維", "wéi"),
          "稳": ("穩", "wěn"), "险": ("險", "xiǎn"), "检": ("檢", "jiǎn"), "调": ("調", "tiáo"), "众": ("眾", "zhòng"),
          "强": ("強", "qiáng"), "统": ("統", "tǒng"), "计": ("計", "jì"), "标": ("標", "biāo"), "规": ("規", "guī"),
          "问": ("問", "wèn"), "题": ("題", "tí"), "医": ("醫", "yī"), "养": ("養", "yǎng"), "帮": ("幫", "bāng"),
          "难": ("難", "nán"), "导": ("導", "dǎo"), "领": ("領", "lǐng"), "带": ("帶", "dài"), "机": ("機", "jī"),
          "体": ("體", "tǐ"), "营": ("營", "yíng"), "优": ("優", "yōu"), "处": ("處", "chǔ"), "办": ("辦", "bàn"),
          "结": ("結", "jié"), "报": ("報", "bào"), "总": ("總", "zǒng"), "达": ("達", "dá"), "这": ("這", "zhè"),
          "训": ("訓", "xùn"), "门": ("門", "mén"), "网": ("網", "wǎng"), "宁": ("寧", "níng"), "决": ("決", "jué"),
          "东": ("東", "dōng"), "云": ("雲", "yún"), "龙": ("龍", "lóng"), "园": ("園", "yuán"), "长": ("長", "cháng"),
          "宣": ("宣", None), "传": ("傳", "chuán"), "资": ("資", "zī"), "金": ("金", None), "费": ("費", "fèi"),
          "补": ("補", "bǔ"), "贴": ("貼", "tiē"), "风": ("風", "fēng"), "险": ("險", "xiǎn"), "场": ("場", "chǎng"),
          "广": ("廣", "guǎng"), "户": ("戶", "hù"), "厕": ("廁", "cè"), "级": ("級", "jí"), "范": ("範", "fàn"),
          "执": ("執", "zhí"), "纪": ("紀", "jì"), "监": ("監", "jiān"), "督": ("督", None), "确": ("確", "què"),
          "态": ("態", "tài"), "动": ("動", "dòng"), "惠": ("惠", None), "话": ("話", "huà"), "热": ("熱", "rè"),
          "线": ("線", "xiàn"), "数": ("數", "shù"), "据": ("據", "jù"), "录": ("錄", "lù"), "创": ("創", "chuàng")}


@style("mj_pinyin_annot", "mojibake", "traditional-converted page with ASCII-parenthesised pinyin after characters (發(fā)展)")
def _(r):
    s = "".join(sentence(r) if r.random() < 0.5 else ctx(r) for _ in range(r.randint(1, 2)))
    fw = r.random() < 0.15
    segs = []
    for ch in s:
        t, py = PINYIN.get(ch, (ch, None))
        segs.append(T(t))
        if py and r.random() < 0.75:
            segs.append(S(("（%s）" if fw else "(%s)") % py, "del:py"))
    if not any(k for _, k in segs):
        raise Retry()
    return segs


@style("mj_escape_literal", "mojibake", "literal escape sequences in prose (\\n, \\r\\n, \\t) from JSON/CSV export")
def _(r):
    e = pick(r, ["\\n", "\\r\\n", "\\n\\n", "\\t", "\\r\\n\\r\\n"])
    segs = [T(ctx(r)), S(e, "del:esc"), T(ctx(r))]
    if r.random() < 0.5:
        segs += [S(e, "del:esc"), T(ctx(r))]
    return segs


@style("mj_escape_unicode", "mojibake", "CJK written as \\uXXXX or \\xHH byte escapes inside prose")
def _(r):
    w = pick(r, TOPICS)
    if r.random() < 0.6:
        esc = "".join("\\u%04x" % ord(c) for c in w)
        rec = "uesc"
    else:
        esc = "".join("\\x%02x" % b for b in w.encode("utf-8"))
        rec = "besc"
    return wrap(r, [T("%s%s" % (unit(r), pick(r, VERBS))), S(esc, rec), T("工作，%s。" % pick(r, RESULTS))], 0, 1, 0, 1)


@style("mj_crlf_debris", "mojibake", "Windows line-ending debris: _x000D_, &#13;, ^M, literal \\r")
def _(r):
    d = pick(r, ["_x000D_", "&#13;", "^M", "\\r", "&#xD;", "_x000D_"])
    segs = []
    for i in range(r.randint(2, 3)):
        segs += [T(ctx(r)), S(d, "del:crlf"), T("\n")]
    return segs


S2T_BAD = [("干部", "乾部", "加强{w}队伍建设"), ("头发", "頭發", "组织志愿者为高龄老人上门理{w}"),
           ("公里", "公裡", "新建通村公路%d{w}"), ("后来", "後來", "{w}经多次协调，纠纷得到化解"),
           ("经济", "經济", "壮大村级集体{w}"), ("发展", "發展", "推动产业高质量{w}"), ("面条", "麪條", "扶持手工{w}作坊做大做强"),
           ("干净", "乾凈", "确保河道{w}整洁"), ("只有", "隻有", "{w}压实责任才能抓出成效"), ("制度", "製度", "健全村务公开{w}"),
           ("系统", "繫統", "完善网格化管理{w}"), ("松树", "鬆樹", "清理枯死{w}%d株"), ("出发", "出髮", "从群众需求{w}"),
           ("卷入", "捲入", "防止群众{w}非法集资"), ("群众", "群眾", "倾听{w}呼声"), ("服务", "服務", "优化政务{w}"),
           ("村级", "村級", "规范{w}财务管理"), ("里程", "裡程", "农村公路总{w}达到%d公里"), ("复查", "覆查", "对整改情况开展{w}"),
           ("范围", "範围", "扩大医保报销{w}")]


@style("mj_mixed_script", "mojibake", "simplified document with a word left half-converted or wrongly converted to traditional (乾部, 經济, 頭發)")
def _(r):
    good, bad, tpl = pick(r, S2T_BAD)
    if "%d" in tpl:
        tpl = tpl % r.randint(20, 900)
    a, b = tpl.split("{w}")
    return wrap(r, [T(pick(r, TIMES) + "，" + unit(r) + a), S(bad, "sub=" + good), T(b + "，" + pick(r, RESULTS) + "。")], 0, 1, 0, 1)


@style("mj_partial_para", "mojibake", "a paragraph whose second half is UTF-8 read as GBK (file cut and re-joined)")
def _(r):
    a = ctx(r)
    b = ctx(r)
    return [T(a)] + dmg_segs(r, b, U8GBK, "replace", None) + [T(ctxs(r, 0, 1))]


@style("mj_quotes_cp1252", "mojibake", "Chinese curly quotes and dashes from UTF-8 read as windows-1252 (â€œ…â€\\x9d)")
def _(r):
    w = pick(r, ["一站式服务", "两个确保", "三零村", "放心消费", "四下基层", "五星支部"])
    L = forward("“", [("utf-8", "w1252")], "strict")
    R_ = forward("”", [("utf-8", "w1252")], "strict")
    segs = [T("%s打造" % unit(r)), S(L, "w1252>utf-8"), T(w), S(R_, "w1252>utf-8"), T("品牌")]
    if r.random() < 0.5:
        segs += [T("，"), S(forward("——", [("utf-8", "w1252")], "strict"), "w1252>utf-8"), T(pick(r, RESULTS))]
    return wrap(r, segs + [T("。")], 0, 1, 0, 1)


# ------------------------- mojibake negatives ------------------------------
@style("mj_neg_russian", "negative", "genuine quoted Russian in a foreign-affairs note")
def _(r):
    s = pick(r, ["外方代表团团长在致辞中说：“Мы рады сотрудничеству”（我们乐于合作）。",
                 "边境口岸设置中俄双语标识，如“Таможня（海关）”。",
                 "合作协议俄文名称为«Соглашение о сотрудничестве»。",
                 "俄罗斯留学生在座谈中用俄语表示“Спасибо за помощь”（感谢帮助）。", "中俄物流园入口标牌写有“Логистический центр”字样。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_japanese", "negative", "genuine Japanese (kana + kanji) quoted in a twin-city exchange")
def _(r):
    s = pick(r, ["友好城市代表团赠送书法作品“ありがとう”，意为感谢。",
                 "日方企业名称为「株式会社みどり製作所」，拟在园区投资建厂。",
                 "交流活动中，日本学生用中文和日语说“こんにちは，你好”。",
                 "日资企业在园区设立的研发中心名为「テクノセンター」。", "文旅推介会准备了日文版手册《ようこそ》，介绍本地非遗。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_korean", "negative", "genuine Korean hangul in a trade or tourism note")
def _(r):
    s = pick(r, ["景区新增中英韩三语导览，韩语标识为“관광 안내소”。",
                 "韩国客商在签约仪式上说“감사합니다”。",
                 "延边地区公共标牌实行朝汉双语书写，如“인민정부（人民政府）”。",
                 "韩国友好城市赠送的纪念牌上刻有“우정”（友谊）二字。", "跨境电商平台商品页面同时标注中文和韩文名称“김치（泡菜）”。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_math_greek", "negative", "Greek letters and maths symbols (α, β, Σ, ≤, ±, √, ℃, ‰, ㎡)")
def _(r):
    s = pick(r, ["检测结果显示PM2.5浓度≤35μg/m³，达到二级标准。",
                 "样本标准差σ=%.2f，置信区间为95%%±2.1%%。" % (r.random() * 3),
                 "综合得分Σ=α×A+β×B，其中α=0.6，β=0.4。",
                 "冷链仓储温度控制在-18℃以下，人口自然增长率为%.2f‰。" % (r.random() * 8),
                 "新建保障性住房%d㎡，容积率≤2.5。" % r.randint(2000, 90000),
                 "β-内酰胺类抗菌药物使用率下降%.1f个百分点。" % (r.random() * 5)])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_european", "negative", "French / German / Spanish names with accents quoted correctly")
def _(r):
    s = pick(r, ["外资企业德方经理Jürgen Müller出席座谈会。",
                 "法国友好城市代表Hélène Dubois参观了非遗工坊。",
                 "合作方为西班牙Peñalara公司，项目总投资%s万欧元。" % num(r, 100, 900),
                 "引进瑞士Zürich某机械企业的精密加工技术。".replace("某", "一家"),
                 "咖啡品牌“Café Rivière”入驻文旅街区。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_vietnamese", "negative", "genuine Vietnamese with stacked diacritics in a border-trade note")
def _(r):
    s = pick(r, ["越方代表阮氏秋（Nguyễn Thị Thu）介绍了边民互市情况。",
                 "口岸标识使用中越双语，如“Cửa khẩu（口岸）”。",
                 "越南客商表示“Cảm ơn”，感谢园区提供的便利服务。",
                 "边贸市场公示牌标注越南文“Chợ biên giới”。", "越方企业“Công ty Thương mại Hòa Bình”入驻跨境合作区。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_pinyin_lesson", "negative", "pinyin with tone marks in a language lesson or place-name romanisation")
def _(r):
    s = pick(r, ["推普周活动中，老师带领外来务工人员子女练习“发展（fāzhǎn）”“和谐（héxié）”等词语的读音。",
                 "路牌按规定使用汉语拼音拼写，如“Liǔxī Jiēdào”。",
                 "双语幼儿园教材中，“苹果”标注为píngguǒ，“学习”标注为xuéxí。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_html_sample", "negative", "HTML shown on purpose in a web-accessibility or training document")
def _(r):
    s = pick(r, ["培训课件示例：网页换行应使用<br>标签，段落应使用<p>标签。",
                 "无障碍改造要求为图片添加替代文本，写法如<img alt=\"公告\">。",
                 "在网站源码中，空格实体写作&nbsp;，版权符号写作&copy;，请勿直接粘贴到正文。",
                 "政务网站改版规范附录给出了标题标签的正确写法：<h1>标题</h1>。", "信息员培训中讲解了链接代码<a href=\"#\">的基本结构。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_traditional", "negative", "traditional Chinese text quoted from a Hong Kong / Taiwan partner")
def _(r):
    s = pick(r, ["香港合作機構來函表示：「感謝貴區在青年創業方面提供的支持。」",
                 "臺灣同胞在座談會上說：「這次參訪讓我們對鄉村振興有了更深的認識。」",
                 "澳門社團贈送的題詞為「攜手發展，共創未來」。",
                 "臺胞投資企業在簽約儀式上表示：「對這裡的營商環境很有信心。」", "港方致辭稿原文為：「兩地合作，互利共贏。」"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_rare_chars", "negative", "rare but real characters in names and places (镕, 喆, 堃, 昇, 玥, 亍)")
def _(r):
    nm = pick(r, SURN) + pick(r, RARE_NAMES) + pick(r, ["", pick(r, "华明军伟")])
    s = pick(r, ["%s同志被评为优秀网格员。" % nm, "志愿者%s累计服务时长超过%d小时。" % (nm, r.randint(100, 900)),
                 "%s村地处彳亍岭下，交通不便。" % place(r), "申请人%s已提交全部材料。" % nm])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_emoji", "negative", "emoji quoted correctly from a social-media message")
def _(r):
    e = pick(r, ["👍", "😊", "🎉", "❤️", "🙏", "💪"])
    s = "政务微博收到网友留言：“%s%s”。" % (pick(r, ["社区服务真贴心", "给网格员点赞", "办事效率高"]), e * r.randint(1, 3))
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_fw_punct", "negative", "runs of full-width punctuation (！！！ …… —— ？！ 【】)")
def _(r):
    s = pick(r, ["宣传横幅写着：“防溺水！防溺水！！防溺水！！！”",
                 "群众反映：“这条路终于修好了……”",
                 "安全生产——人人有责，事事有责。",
                 "这样的作风怎么能让群众满意？！",
                 "【重要提示】请于本月底前完成申报。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_question", "negative", "genuine ASCII and full-width question marks (FAQ, URLs with ?id=)")
def _(r):
    s = pick(r, ["常见问题：医保卡丢了怎么办？答：携带身份证到服务窗口补办。",
                 "查询网址：https://www.example.gov.cn/bsfw/detail?id=%d&type=2" % r.randint(100, 9999),
                 "Q: How to apply? 外籍人员可拨打12345咨询。",
                 "您是否参加了今年的职工医保？"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_lookalike_hanzi", "negative", "real words with characters common in mojibake (沙家浜, 屯溪, 绛县, 涓涓, 烫伤)")
def _(r):
    s = pick(r, ["组织党员到沙家浜开展红色教育。", "屯溪区代表团来我区考察文旅融合发展。", "绛县客商签约农产品深加工项目。",
                 "涓涓细流汇成江河，每位志愿者都是一份力量。", "开展冬季防烫伤安全教育进校园活动。",
                 "锦屏镇小屯村完成集体产权制度改革。", "鸳鸯锅、浣纱溪等特色景点吸引游客。"])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_box_table", "negative", "plain-text tables drawn with box characters and legit symbols (№, ✔)")
def _(r):
    rows = "".join("│%s│%s户│\n" % (village(r), num(r, 20, 800)) for _ in range(r.randint(2, 3)))
    return [T("┌────┬────┐\n│单位│户数│\n├────┼────┤\n" + rows + "└────┴────┘")]


@style("mj_neg_clean_mixed", "negative", "clean prose mixing English abbreviations, units, URLs and R&D / P&G with a real ampersand")
def _(r):
    s = pick(r, ["全社会R&D经费投入强度达到%.2f%%。" % (r.random() * 3 + 1), "引进P&G供应链配套企业%d家。" % r.randint(1, 6),
                 "政务服务App新增“一件事”主题%d个，Wi-Fi覆盖全部村级服务点。" % r.randint(5, 40),
                 "GDP同比增长%.1f%%，CPI涨幅控制在3%%以内。" % (r.random() * 8)])
    return [T(ctxs(r, 0, 1) + s + ctxs(r, 0, 1))]


@style("mj_neg_nbsp_text", "negative", "ordinary spacing: full-width spaces for indentation and between name characters (张　伟)")
def _(r):
    s = "　　%s\n组　长：%s　%s\n" % (ctx(r), pick(r, SURN), pick(r, "伟敏磊芳静勇涛"))
    return [T(s + ctxs(r, 0, 1))]


# ============================================================================
# record assembly
# ============================================================================
def make_note(family, label, desc, text, spans, kinds):
    if label == "negative":
        return desc
    strs = [text[a:b] for a, b in spans]
    if family == "ph":
        return "%s; spans=%s" % (desc, json.dumps(strs, ensure_ascii=False))
    lossy = any(k.endswith("~") or k.startswith("lost") or k.startswith("fill") for k in kinds)
    return "%s; %s [inv=%s]" % (desc, "lossy" if lossy else "lossless", "|".join(kinds))


def generate(seed):
    out = []
    for family, name, label, desc, fn in STYLES:
        r = random.Random(zlib.crc32(("%d|%s|%s|%s" % (seed, family, name, label)).encode("utf-8")))
        seen = set()
        i = 0
        tries = 0
        while i < PER_STYLE:
            tries += 1
            if tries > 4000:
                raise SystemExit("style %s cannot produce records" % name)
            try:
                segs = fn(r)
                text, spans, kinds = build(segs)
            except Retry:
                continue
            if text in seen:
                continue
            if (label == "negative") != (not spans):
                continue
            if any(text[a:b][0].isspace() or text[a:b][-1].isspace() for a, b in spans):
                continue
            seen.add(text)
            i += 1
            out.append({"id": "t8-%d-%s-%02d" % (seed, name, i), "family": family, "style": name, "label": label,
                        "text": text, "spans": spans, "note": make_note(family, label, desc, text, spans, kinds)})
    return out


def dump_line(rec):
    s = json.dumps(rec, ensure_ascii=False)
    o = []
    for ch in s:
        if unicodedata.category(ch) in INVIS_CATS:
            cp = ord(ch)
            if cp > 0xFFFF:
                cp -= 0x10000
                o.append("\\u%04x\\u%04x" % (0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)))
            else:
                o.append("\\u%04x" % cp)
        else:
            o.append(ch)
    return "".join(o)


# ============================================================================
# verifier
# ============================================================================
TAG_RE = re.compile(r"^(?:<[^<>]*>|</?[A-Za-z]+|/?[A-Za-z]+>)+$")
ENT_RE = re.compile(r"^(?:&(?:amp;)?(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);?)+$")
PY_RE = re.compile(r"^[(（][a-zA-Zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]+[)）]$")


def check_recipe(span, rec):
    """Return None if OK else an error string."""
    if rec == "lost":
        return None if set(span) <= set("?？\ufffd") else "lost span has other chars"
    if rec == "lost:kjk":
        try:
            u = dec(enc(span.replace("\ufffd", ""), "gbk"), "utf-8", "replace")
        except UnicodeError:
            return "kjk not reversible"
        return None if "\ufffd" in u and "锟斤拷" in span else "kjk does not give U+FFFD"
    if rec == "lost:tag":
        return None if re.fullmatch(r"[?\ufffd]+/?[A-Za-z]+>", span) else "not lost char + tag tail"
    if rec.startswith("fill:"):
        b = int(rec[5:], 16)
        return None if dec(bytes([b]) * (2 * len(span)), "gbk") == span else "fill mismatch"
    if rec == "del:ent":
        return None if ENT_RE.match(span) else "not entities"
    if rec == "del:etag":
        u = html.unescape(span)
        return None if u != span and TAG_RE.match(u) else "not escaped tag"
    if rec == "del:tag":
        return None if TAG_RE.match(span) else "not tag"
    if rec == "del:zw":
        return None if all(unicodedata.category(c) == "Cf" for c in span) else "not invisible"
    if rec == "del:cc":
        return None if all(unicodedata.category(c) == "Cc" and not c.isspace() for c in span) else "not control"
    if rec == "del:py":
        return None if PY_RE.match(span) else "not pinyin"
    if rec == "del:esc":
        return None if re.fullmatch(r"(?:\\[nrt])+", span) else "not escape"
    if rec == "del:crlf":
        return None if re.fullmatch(r"(?:_x000D_|&#13;|&#xD;|\^M|\\r)+", span) else "not crlf debris"
    if rec in ("ent", "ent2"):
        u = html.unescape(span)
        if rec == "ent2":
            u = html.unescape(u)
        return None if u and "&" not in u and len(u) < len(span) and not u.isascii() else "entity does not resolve"
    if rec == "uesc":
        m = re.fullmatch(r"(?:\\u[0-9a-fA-F]{4})+", span)
        if not m:
            return "not \\u escapes"
        u = re.sub(r"\\u([0-9a-fA-F]{4})", lambda x: chr(int(x.group(1), 16)), span)
        return None if is_clean(u) else "\\u escapes not clean CJK"
    if rec == "besc":
        if not re.fullmatch(r"(?:\\x[0-9a-fA-F]{2})+", span):
            return "not \\x escapes"
        try:
            u = bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-fA-F]{2})", span)).decode("utf-8")
        except UnicodeError:
            return "\\x escapes not UTF-8"
        return None if is_clean(u) else "\\x escapes not clean"
    if rec.startswith("sub="):
        g = rec[4:]
        return None if g != span and is_clean(g) and len(g) == len(span) and g.encode("gb2312", "strict") else "bad sub"
    if rec == "shift1~":
        try:
            enc(span.replace("\ufffd", ""), "gbk")
        except UnicodeError:
            return "shift span is not GBK-decoded output"
        return None
    if ">" in rec:
        steps = parse_codec_recipe(rec)
        if rec.endswith("~"):
            try:
                u = inverse(span, steps, "replace")
            except (UnicodeError, LookupError) as e:
                return "lossy inverse failed: %s" % e
            return None if u != span and any(is_cjk(c) for c in u) else "lossy inverse gives no text"
        try:
            u = inverse(span, steps)
        except (UnicodeError, LookupError) as e:
            return "inverse failed: %s" % e
        if u == span or not is_clean(u, need_cjk=False):
            return "inverse not clean: %r" % u
        return None
    return "unknown recipe %r" % rec


def verify(path):
    errs = []
    n = 0
    ids = set()
    style_label = {}
    counts = {}
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line:
            continue
        n += 1
        for ch in line:
            if unicodedata.category(ch) in INVIS_CATS:
                errs.append("line %d: raw invisible char U+%04X" % (ln, ord(ch)))
                break
        rec = json.loads(line)
        E = lambda m: errs.append("%s: %s" % (rec.get("id"), m))
        if set(rec) != {"id", "family", "style", "label", "text", "spans", "note"}:
            E("bad keys")
            continue
        fam, sty, lab, text, spans, note = rec["family"], rec["style"], rec["label"], rec["text"], rec["spans"], rec["note"]
        if not re.fullmatch(r"t8-\d+-%s-\d{2}" % re.escape(sty), rec["id"]) or rec["id"] in ids:
            E("bad or duplicate id")
        ids.add(rec["id"])
        if fam not in ("ph", "mj") or not sty.startswith(fam + "_"):
            E("bad family/style")
        if lab not in ({"ph": "placeholder", "mj": "mojibake"}.get(fam), "negative"):
            E("bad label")
        if style_label.setdefault(sty, lab) != lab:
            E("style has mixed labels")
        counts[sty] = counts.get(sty, 0) + 1
        if (lab == "negative") != (spans == []):
            E("spans empty iff negative violated")
        prev = -1
        for sp in spans:
            a, b = sp
            if not (0 <= a < b <= len(text)):
                E("span out of range %r" % sp)
                continue
            if a < prev:
                E("spans unsorted/overlapping")
            if a == prev:
                E("touching spans not merged")
            prev = b
            s = text[a:b]
            if s[0].isspace() or s[-1].isspace():
                E("span starts/ends with whitespace %r" % s)
            if fam == "ph":
                if s[-1] in MASKCH and b < len(text) and text[b] in MASKCH:
                    E("mask run continues after span %r" % s)
                if s[0] in MASKCH and a > 0 and text[a - 1] in MASKCH:
                    E("mask run continues before span %r" % s)
                if s[-1] in MASKCH and b + 1 < len(text) and text[b] in ".,．，-" and text[b] != "，" and text[b + 1] in MASKCH:
                    E("number-like mask continues after span %r" % s)
        if lab == "negative":
            continue
        strs = [text[a:b] for a, b in spans]
        if fam == "ph":
            if not note.endswith("spans=" + json.dumps(strs, ensure_ascii=False)):
                E("note does not list span strings")
        else:
            m = re.search(r"; (lossless|lossy) \[inv=(.*)\]$", note, re.S)
            if not m:
                E("note lacks inverse recipes")
                continue
            recs = m.group(2).split("|")
            if len(recs) != len(spans):
                E("recipe count %d != span count %d" % (len(recs), len(spans)))
                continue
            lossy = any(x.endswith("~") or x.startswith("lost") or x.startswith("fill") for x in recs)
            if (m.group(1) == "lossy") != lossy:
                E("lossless/lossy flag inconsistent")
            for s, rc in zip(strs, recs):
                err = check_recipe(s, rc)
                if err:
                    E("span %r recipe %s: %s" % (s, rc, err))
    for sty, c in counts.items():
        if c < 5:
            errs.append("style %s has only %d records" % (sty, c))
    for e in errs[:50]:
        print("FAIL", e)
    fams = {}
    for sty in counts:
        fams.setdefault(sty.split("_")[0], 0)
        fams[sty.split("_")[0]] += 1
    print("%s: %d records, %d styles %s, %d errors" % (path, n, len(counts), fams, len(errs)))
    return 0 if not errs and n else 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.seed is None or not a.out:
        ap.error("--seed and --out, or --verify")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(dump_line(rec) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))


if __name__ == "__main__":
    main()
