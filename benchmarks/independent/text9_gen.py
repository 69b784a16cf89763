#!/usr/bin/env python3
"""text9_gen.py -- held-out test collection (text9) for a Chinese placeholder / mojibake auditor.

Generator and independent verifier, Python 3.11 standard library only.

  python3 text9_gen.py --seed 11 --out text9_s11.jsonl
  python3 text9_gen.py --verify text9_s11.jsonl

All damage is produced with real codecs (str.encode / bytes.decode) or real
library functions (html, urllib.parse, quopri, base64, unicodedata); nothing is
hand-typed mojibake.  Every record is built from segments, so spans are exact
by construction; each record is then re-checked by the verifier before it is
written (failing candidates are regenerated from the same seeded stream).
See text9_README.md for the recipe notation.
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
import email.header

N_PER_STYLE = 20
PREFIX = "t9"


# ---------------------------------------------------------------- codecs
def _register_w1252():
    """WHATWG windows-1252: cp1252 with the 5 undefined bytes mapped to C1 controls
    (what browsers and many converters actually do)."""
    dec = []
    for b in range(256):
        try:
            dec.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            dec.append(chr(b))
    dec_table = "".join(dec)
    enc_table = codecs.charmap_build(dec_table)

    def enc(s, errors="strict"):
        return codecs.charmap_encode(s, errors, enc_table)

    def dec_(b, errors="strict"):
        return codecs.charmap_decode(b, errors, dec_table)

    def search(name):
        if name in ("w1252",):
            return codecs.CodecInfo(enc, dec_, name="w1252")
        return None

    codecs.register(search)


_register_w1252()


class Retry(Exception):
    pass


def _split_err(x):
    if x.endswith("!r"):
        return x[:-2], "replace"
    return x, "strict"


LOSSY_SPECIAL = ("qmark", "fffd", "tang", "tun", "gbkshift")
INV_SPECIAL = ("ent", "ent2", "url", "url:gbk", "esc", "besc", "nfkc", "mime", "qp", "qp:gbk")


def fwd_step(s, step):
    if ">" in step:
        e, d = step.split(">")
        e, ee = _split_err(e)
        d, de = _split_err(d)
        return s.encode(e, ee).decode(d, de)
    if step == "q":
        return s.replace("\ufffd", "?")
    if step == "qmark":
        return "?" * len(s)
    if step == "fffd":
        return "\ufffd" * len(s)
    if step in ("tang", "tun"):
        b = s.encode("gbk")
        if len(b) % 2:
            raise ValueError("odd")
        return (b"\xcc" if step == "tang" else b"\xcd").__mul__(len(b)).decode("gbk")
    if step == "gbkshift":
        b = s.encode("gbk")
        return ("?" + b[1:].decode("gbk", "replace")).replace("\ufffd", "?")
    if step == "url":
        return urllib.parse.quote(s, safe="")
    if step == "url:gbk":
        return urllib.parse.quote(s, safe="", encoding="gbk")
    if step == "qp":
        return quopri.encodestring(s.encode("utf-8")).decode("ascii")
    if step == "qp:gbk":
        return quopri.encodestring(s.encode("gbk")).decode("ascii")
    raise KeyError(step)


def inv_step(s, step):
    if ">" in step:
        e, d = step.split(">")
        e, _ = _split_err(e)
        d, _ = _split_err(d)
        return s.encode(d).decode(e)
    if step == "ent":
        return html.unescape(s)
    if step == "ent2":
        return html.unescape(html.unescape(s))
    if step == "url":
        return urllib.parse.unquote(s, encoding="utf-8", errors="strict")
    if step == "url:gbk":
        return urllib.parse.unquote(s, encoding="gbk", errors="strict")
    if step == "esc":
        return s.encode("ascii").decode("unicode_escape")
    if step == "besc":
        return codecs.escape_decode(s.encode("ascii"))[0].decode("utf-8")
    if step == "nfkc":
        return unicodedata.normalize("NFKC", s)
    if step == "mime":
        out = []
        for part, cs in email.header.decode_header(s):
            out.append(part.decode(cs or "ascii") if isinstance(part, bytes) else part)
        return "".join(out)
    if step == "qp":
        return quopri.decodestring(s.encode("ascii")).decode("utf-8")
    if step == "qp:gbk":
        return quopri.decodestring(s.encode("ascii")).decode("gbk")
    if step.startswith("del:"):
        return ""
    raise KeyError(step)


def parse_recipe(rc):
    if "=" in rc:
        body, clean = rc.split("=", 1)
    else:
        body, clean = rc, None
    return body.split("+"), clean


def fwd_chain(s, steps):
    for st in steps:
        s = fwd_step(s, st)
    return s


SUSPECT_RANGES = [(0x80, 0xFF), (0x0400, 0x04FF), (0x2500, 0x259F), (0xFF61, 0xFF9F),
                  (0xAC00, 0xD7AF), (0x3130, 0x318F), (0xE000, 0xF8FF), (0x3040, 0x30FF),
                  (0x2F00, 0x2FDF), (0xF900, 0xFAFF)]
OK_HIGH = set("·×÷°±²³")


def looks_clean(s):
    if "\ufffd" in s:
        return False
    for ch in s:
        o = ord(ch)
        if ch in "\n\t" or ch in OK_HIGH:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cf", "Co", "Cn", "Cs"):
            return False
        for a, b in SUSPECT_RANGES:
            if a <= o <= b:
                return False
    return True


DEL_PAT = {
    "del:zw": lambda s: all(unicodedata.category(c) in ("Cf", "Cc") or c == "\ufffc" for c in s),
    "del:ctl": lambda s: all(unicodedata.category(c) == "Cc" for c in s),
    "del:tag": lambda s: re.fullmatch(r"(?:<[^<>]+>)+", s) is not None,
    "del:brk": lambda s: re.search(r"[<>&;/=\"]", s) is not None and not re.search(r"[，。；：]", s),
    "del:ent": lambda s: re.fullmatch(r"(?:&(?:amp;)?(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)+", s) is not None,
    "del:py": lambda s: re.fullmatch(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+[)）]", s) is not None,
    "del:word": lambda s: re.search(r"Normal|mso|Mso|EN-US|o:p|MsoNormal", s) is not None,
    "del:bom": lambda s: s in ("\ufeff", "ï»¿", "\ufeff\ufeff"),
}


def check_mj_span(span, rc):
    """Return None if the span inverts correctly with its recipe, else an error string."""
    steps, clean = parse_recipe(rc)
    if clean is not None:  # lossy: forward check from the recorded clean text
        if not looks_clean(clean) and not all(unicodedata.category(c).startswith("So") or c in "\u200d\ufe0f" for c in clean):
            return "clean text not clean: %r" % clean
        try:
            got = fwd_chain(clean, steps)
        except Exception as ex:  # noqa
            return "forward failed: %s" % ex
        if got != span:
            return "forward mismatch %r != %r" % (got, span)
        return None
    if len(steps) == 1 and steps[0].startswith("del:"):
        f = DEL_PAT.get(steps[0])
        if f is None:
            return "unknown del kind"
        return None if f(span) else "del pattern mismatch %r" % span
    for st in steps:
        if st in LOSSY_SPECIAL or "!r" in st:
            return "lossy step without clean text"
    s = span
    try:
        for st in reversed(steps):
            s = inv_step(s, st)
    except Exception as ex:  # noqa
        return "inverse failed: %s" % ex
    if s == span:
        return "inverse is identity"
    if not looks_clean(s):
        return "inverse not clean: %r" % s
    if all(">" in st or st in ("url", "url:gbk", "qp", "qp:gbk") for st in steps):
        try:
            if fwd_chain(s, steps) != span:
                return "round trip mismatch"
        except Exception as ex:  # noqa
            return "round trip failed: %s" % ex
    if steps == ["nfkc"] and unicodedata.normalize("NFKC", span) == span:
        return "nfkc no-op"
    return None


# ---------------------------------------------------------------- verifier
MASKCH = set("xXｘＸ×*＊●○□■△▲★☆＃#?？某_＿")
XCLASS = set("xXｘＸ")
INVIS_CATS = ("Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs")
ID_RE = re.compile(r"^t9-(\d+)-((ph|mj)_[a-z0-9_]+)-(\d{2})$")


def _same_mask(a, b):
    if a in XCLASS and b in XCLASS:
        return True
    return a == b


def verify_record(rec):
    errs = []
    for k in ("id", "family", "style", "label", "text", "spans", "note"):
        if k not in rec:
            errs.append("missing " + k)
    if errs:
        return errs
    m = ID_RE.match(rec["id"])
    if not m or m.group(2) != rec["style"] or m.group(3) != rec["family"]:
        errs.append("bad id/style/family")
    fam, lab, text, spans = rec["family"], rec["label"], rec["text"], rec["spans"]
    if lab not in ("placeholder", "mojibake", "negative"):
        errs.append("bad label")
    if lab == "placeholder" and fam != "ph" or lab == "mojibake" and fam != "mj":
        errs.append("label/family mismatch")
    if (lab == "negative") != (spans == []):
        errs.append("spans empty iff negative violated")
    prev_end = -1
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)):
            errs.append("bad span shape")
            continue
        a, b = sp
        if not (0 <= a < b <= len(text)):
            errs.append("span out of range %r" % sp)
            continue
        if a < prev_end:
            errs.append("spans unsorted/overlapping")
        if a == prev_end:
            errs.append("touching spans not merged")
        prev_end = b
        st = text[a:b]
        if st[0].isspace() or st[-1].isspace():
            errs.append("span starts/ends with whitespace %r" % st)
        if fam == "ph":
            if st[0] in MASKCH and a > 0 and _same_mask(text[a - 1], st[0]):
                errs.append("mask run continues before span %r" % st)
            if st[-1] in MASKCH and b < len(text) and _same_mask(text[b], st[-1]):
                errs.append("mask run continues after span %r" % st)
    if fam == "mj" and lab == "mojibake":
        note = rec["note"]
        mm = re.search(r"; (lossless|lossy); \[inv=(.*)\]$", note, re.S)
        if not mm:
            errs.append("mj note lacks recipe")
        else:
            recipes = mm.group(2).split("|")
            if len(recipes) != len(spans):
                errs.append("recipe count %d != span count %d" % (len(recipes), len(spans)))
            else:
                anylossy = False
                for sp, rc in zip(spans, recipes):
                    if "=" in rc:
                        anylossy = True
                    e = check_mj_span(text[sp[0]:sp[1]], rc)
                    if e:
                        errs.append("span %r: %s" % (sp, e))
                if (mm.group(1) == "lossy") != anylossy:
                    errs.append("lossless/lossy tag mismatch")
    return errs


def verify_file(path):
    bad = 0
    n = 0
    ids = set()
    style_label = {}
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            for ch in line:
                if unicodedata.category(ch) in INVIS_CATS:
                    print("line %d: raw invisible/control char U+%04X" % (ln, ord(ch)))
                    bad += 1
                    break
            rec = json.loads(line)
            n += 1
            errs = verify_record(rec)
            if rec["id"] in ids:
                errs.append("duplicate id")
            ids.add(rec["id"])
            if style_label.setdefault(rec["style"], rec["label"]) != rec["label"]:
                errs.append("style has mixed labels")
            if errs:
                bad += 1
                print("line %d %s: %s" % (ln, rec.get("id"), "; ".join(errs)))
    print("%s: %d records, %d styles, %d bad" % (path, n, len(style_label), bad))
    return bad == 0


# ---------------------------------------------------------------- pools (all invented)
TOWNS = ["青石镇", "柳溪镇", "云岭乡", "梅塘镇", "桐林街道", "白沙街道", "金桥街道", "东湖街道", "松岗镇",
         "枫桥乡", "南屏街道", "石门镇", "龙泉街道", "双河镇", "杏坛乡", "望江街道", "鹤鸣镇", "清渠街道"]
VILLS = ["柳溪村", "松岗村", "白马社区", "河湾社区", "新塘村", "枣园社区", "荷花村", "上屋村", "石桥社区",
         "竹林村", "沙洲村", "洪福社区", "杨柳湾村", "桂香社区"]
COUNTIES = ["石门县", "东湖区", "青山区", "安平县", "临江县", "宁川区", "云台县", "南浦区", "丰乐县"]
DEPTS = ["区住建局", "县农业农村局", "市生态环境局", "区人社局", "县教育局", "区卫健局", "区市场监管局",
         "区文旅局", "县应急管理局", "县水利局", "区民政局", "区商务局", "县交通运输局", "区城管局",
         "县自然资源局", "区退役军人事务局", "县医保局", "区数据局", "县司法局", "区财政局"]
COMPS = ["恒远建设有限公司", "瑞丰农业开发有限公司", "鼎新物业服务有限公司", "华晟环保科技有限公司",
         "青禾食品有限公司", "明德教育咨询有限公司", "永安劳务有限公司", "润通物流有限公司"]
SURN = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
GIVEN = ["建国", "晓燕", "志强", "丽华", "海波", "春梅", "文杰", "秀英", "国平", "雪", "磊", "婷", "伟",
         "芳", "俊峰", "明辉", "桂兰", "永红", "子涵", "思远", "红霞", "德林", "小军", "慧敏"]
TIMES = ["今年以来", "上半年", "前三季度", "2023年", "一季度", "截至11月底", "全年", "去年以来", "近年来",
         "本年度", "第二季度", "2024年1—6月", "截至目前", "今年1至9月", "过去一年"]
ACT2 = ["持续深化“放管服”改革", "扎实推进农村人居环境整治", "全力推动重点项目建设", "着力提升基层治理水平",
        "不断完善公共服务体系", "深入开展“我为群众办实事”实践活动", "扎实做好防汛抗旱各项准备",
        "稳步推进老旧小区改造", "持续优化营商环境", "切实加强食品药品安全监管", "积极推进生活垃圾分类",
        "全面落实河湖长制", "着力稳就业保民生", "深入推进平安建设", "大力发展特色农业产业",
        "加快补齐教育医疗短板", "统筹抓好安全生产和森林防火", "有序推进城乡供水一体化"]
RES = ["取得了阶段性成效", "各项工作稳步推进", "群众获得感持续增强", "工作成效得到上级肯定",
       "主要指标好于预期", "为全年目标任务完成奠定了坚实基础", "形成了一批可复制的经验做法",
       "社会大局保持和谐稳定", "辖区面貌焕然一新", "受到群众广泛好评"]
FUT = ["进一步压实工作责任", "继续抓好各项政策落地见效", "加大督查督办力度", "持续补齐民生短板",
       "强化要素保障", "健全长效管理机制", "聚焦群众急难愁盼问题精准发力", "加快项目前期工作",
       "深化部门协同联动", "提高资金使用效益"]
PROB = ["部分项目推进进度不及预期", "基层干部队伍力量相对薄弱", "产业结构仍需进一步优化",
        "财政收支平衡压力较大", "农村基础设施仍存在短板", "安全生产形势依然复杂",
        "招商引资落地项目偏少", "部分群众参与积极性不高"]
CTXL = ["区委、区政府的坚强领导", "上级部门的精心指导", "全体干部职工的共同努力", "社会各界的大力支持",
        "县委、县政府的统一部署"]
ACTC = [("新增城镇就业", "人"), ("完成农村危房改造", "户"), ("新培育市场主体", "家"), ("开展安全生产检查", "次"),
        ("拆除违法建筑", "处"), ("办结群众诉求", "件"), ("发放创业担保贷款", "笔"), ("举办技能培训班", "期"),
        ("建成公共充电桩", "个"), ("走访慰问困难群众", "户"), ("新增停车泊位", "个"), ("改造老旧小区", "个"),
        ("组织应急演练", "场"), ("化解信访积案", "件"), ("新增规上企业", "家"), ("招引亿元以上项目", "个"),
        ("开展义诊活动", "场"), ("排查整治隐患", "处"), ("培训新型职业农民", "人次"), ("调解矛盾纠纷", "起")]
MEAS = [("新建村级公路", "公里"), ("完成植树造林", "亩"), ("建成高标准农田", "亩"), ("清理河道淤泥", "立方米"),
        ("新增绿地面积", "平方米"), ("回收可再生资源", "吨"), ("铺设供水管网", "米"), ("节约用电", "千瓦时")]
MONEY = ["完成固定资产投资", "发放各类惠农补贴", "争取上级专项资金", "实现一般公共预算收入", "兑现惠企政策资金",
         "落实项目建设资金", "发放城乡低保金", "实现社会消费品零售总额", "拨付乡村振兴衔接资金",
         "发放稳岗返还资金", "完成招商引资到位资金", "实现村集体经济收入"]
PCTP = ["同比增长", "同比下降", "完成年度目标任务的", "较上年提高", "占比达到", "群众满意度达", "覆盖率达到",
        "完成率为", "参保率稳定在", "优良天数比例达"]
PROJ = ["城南片区雨污分流改造工程", "柳溪河综合治理项目", "第二中学教学楼扩建", "农贸市场提质改造",
        "智慧社区平台建设", "乡村道路硬化工程", "污水处理厂提标改造", "便民服务中心改造", "口袋公园建设",
        "老旧供水管网更新改造", "冷链物流园一期", "中心卫生院综合楼"]
TOPICS = ["主要工作完成情况", "存在的问题和不足", "下一步工作打算", "基本情况", "经济运行情况", "重点项目建设",
          "民生保障工作", "安全生产工作", "党的建设", "生态环境保护", "乡村振兴工作", "营商环境优化"]
CNN = "一二三四五六七八九十"
ROLES = ["村民", "当事人", "户主", "患者", "驾驶员", "群众", "工作人员", "经营户", "学生家长", "申请人", "租户"]


def nm(R):
    return R.choice(SURN) + R.choice(GIVEN)


def org(R):
    return R.choice(TOWNS + DEPTS + VILLS + ["我街", "我镇", "我局", "我区", "我县", "我中心"])


def rnum(R):
    return str(R.randint(3, 980))


def rmoney(R):
    return "%d.%02d" % (R.randint(12, 9800), R.randint(0, 99))


def fs(R):
    """one invented filler sentence of report prose, with real figures"""
    v = R.randrange(8)
    if v == 0:
        return f"{R.choice(TIMES)}，{org(R)}{R.choice(ACT2)}，{R.choice(RES)}。"
    if v == 1:
        return f"在{R.choice(CTXL)}下，{org(R)}{R.choice(ACT2)}。"
    if v == 2:
        a, b = R.sample(FUT, 2)
        return f"下一步，我们将{a}，{b}。"
    if v == 3:
        a, u = R.choice(ACTC)
        return f"{R.choice(TIMES)}，共{a}{rnum(R)}{u}，{R.choice(RES)}。"
    if v == 4:
        return f"当前，{R.choice(PROB)}，需要在今后工作中认真加以解决。"
    if v == 5:
        return f"{R.choice(TIMES)}，{R.choice(MONEY)}{rmoney(R)}万元，{R.choice(PCTP)}{R.randint(1, 99)}.{R.randint(0, 9)}%。"
    if v == 6:
        return f"{R.choice(PROJ)}已完成主体工程，累计完成投资{rmoney(R)}万元。"
    return f"{org(R)}坚持问题导向，{R.choice(ACT2)}，{R.choice(RES)}。"


def heading(R):
    v = R.randrange(4)
    t = R.choice(TOPICS)
    if v == 0:
        return f"{R.choice(CNN[:6])}、{t}"
    if v == 1:
        return f"（{R.choice(CNN[:6])}）{t}"
    if v == 2:
        return f"{R.randint(1, 6)}.{t}"
    return f"第{R.choice(CNN[:5])}部分 {t}"


def S(t):
    return ("S", t)


def M(t, rc):
    return ("M", t, rc)


# ---------------------------------------------------------------- ph positive styles
def xm(R, c=None, lo=1, hi=3):
    c = c or R.choice("xxXX")
    return c * R.randint(lo, hi)


def ph_count(R):
    c = R.choice("xxXX")
    m = lambda: c * R.choice([1, 2, 2, 3, 3])
    (a, u), (a2, u2) = R.sample(ACTC, 2)
    v = R.randrange(6)
    if v == 0:
        return [f"{R.choice(TIMES)}，{org(R)}{a}", S(m()), f"{u}，{R.choice(RES)}。"]
    if v == 1:
        return [f"{R.choice(TIMES)}，累计{a}", S(m()), f"{u}，{a2}", S(m()), f"{u2}。"]
    if v == 2:
        return [f"{R.choice(TOWNS)}现有常住人口", S(m()), "人、户籍人口", S(m()), "人，辖", S(c * R.choice([1, 2])),
                "个行政村和", S(c), "个社区。"]
    if v == 3:
        return ["活动共吸引群众", S(m()), "余人次参与，发放宣传资料", S(m()), "份，现场解答咨询", S(m()), "个。"]
    if v == 4:
        return ["全年共排查隐患", S(m()), "处，已整改", S(m()), "处，其余", S(c), "处正在限期整改中。"]
    return [f"目前全{R.choice('镇县区乡')}有脱贫户", S(m()), "户", S(m()), "人，监测对象", S(m()), "户，均已落实帮扶措施，帮扶人数在",
            S(m()), "至", S(m()), "人之间。"]


def ph_place(R):
    c = R.choice(["XX", "xx", "XXX", "XX", "x"])
    v = R.randrange(6)
    if v == 0:
        return [S(c), "街道", S(c), "社区党委坚持党建引领，", R.choice(ACT2), "。"]
    if v == 1:
        return [f"{R.choice(TIMES)}，", S(c), "县", S(c), "镇", S(c), "村被评为省级美丽宜居村庄。"]
    if v == 2:
        return ["全市基层治理现场推进会在", S(c), "区召开，", S(c), "镇作典型发言。"]
    if v == 3:
        return ["对", S(c), "河、", S(c), "水库开展水质监测", rnum(R), "次，断面达标率100%。"]
    if v == 4:
        return [S(c), "工业园区新入驻企业", rnum(R), "家，", S(c), "产业园完成基础设施配套。"]
    return ["协调", S(c), "市", S(c), "区对口帮扶资金", rmoney(R), "万元，用于", S(c), "乡产业发展。"]


def ph_date_md(R):
    c = R.choice("xxXX")
    d = lambda: c * R.choice([1, 2])
    v = R.randrange(6)
    if v == 0:
        return [S(d()), "月", S(d()), "日上午，", org(R), "召开专题会议，研究部署", R.choice(TOPICS), "。"]
    if v == 1:
        return ["于", S(d()), "月", S(d()), "日至", S(d()), "月", S(d()), "日开展集中整治行动，", R.choice(RES), "。"]
    if v == 2:
        return ["2023年", S(d()), "月，", org(R), "顺利通过省级验收。"]
    if v == 3:
        return ["截至", S(d()), "月底，", R.choice(PROJ), "已完成工程量的", str(R.randint(30, 95)), "%。"]
    if v == 4:
        return ["请各单位于", S(d()), "月", S(d()), "日前将材料报送至区委办公室。"]
    return ["自", S(d()), "月份起，", org(R), "实行周例会制度，每月", S(d()), "日通报进展。"]


def ph_year(R):
    c = R.choice("xxXX")
    v = R.randrange(6)
    if v == 0:
        return ["20", S(c * 2), "年，", org(R), R.choice(ACT2), "。"]
    if v == 1:
        return ["202", S(c), "年计划完成", R.choice(PROJ), "建设任务。"]
    if v == 2:
        return ["《", R.choice(COUNTIES), S(c * 4), "年度工作要点》已印发实施。"]
    if v == 3:
        return ["力争到20", S(c * 2), "年底，", R.choice(PCTP[6:7] or ["覆盖率达到"]), "95%以上。"]
    if v == 4:
        return ["“十四五”期间（20", S(c * 2), "—20", S(c * 2), "年），累计", R.choice(MONEY), rmoney(R), "亿元。"]
    return [S(c * 4), "年度", R.choice(TOPICS), "考核结果如下。"]


def ph_money(R):
    c = R.choice("xxXX")
    v = R.randrange(7)
    mo = R.choice(MONEY)
    if v == 0:
        return [f"{R.choice(TIMES)}，{mo}", S(f"{c*2}.{c*2}"), "万元，", R.choice(PCTP[:2]), str(R.randint(2, 30)), ".", str(R.randint(0, 9)), "%。"]
    if v == 1:
        return [f"{R.choice(TIMES)}，{mo}", S(f"{c}.{c*2}"), "亿元。"]
    if v == 2:
        return [f"{R.choice(PROJ)}总投资", S(c * 2), "万元，其中申请中央预算内资金", S(c * R.randint(2, 3)), "万元。"]
    if v == 3:
        return [f"全年{mo}", S(f"{c*3}.{c}"), "万元，惠及群众", rnum(R), "户。"]
    if v == 4:
        return [f"{mo}", S(f"{c},{c*3}.{c*2}"), "万元，完成年度计划的", str(R.randint(80, 120)), "%。"]
    if v == 5:
        return ["实际利用外资", S(c * 2), "万美元，外贸进出口总额", S(f"{c}.{c*2}"), "亿元。"]
    return ["按每人每月", S(c * 3), "元标准发放补助，合计￥", S(f"{c*2},{c*3}"), ".00元。"]


def ph_percent(R):
    c = R.choice("xxXX")
    v = R.randrange(6)
    p = R.choice(PCTP)
    if v == 0:
        return [f"{R.choice(TIMES)}，{R.choice(MONEY)}{rmoney(R)}万元，{p}", S(c * 3), "%。"]
    if v == 1:
        return [f"{org(R)}{p}", S(f"{c*2}.{c}"), "%，高于全市平均水平", S(c), "个百分点。"]
    if v == 2:
        return ["城镇登记失业率控制在", S(f"{c}.{c}"), "%以内，人口自然增长率为", S(f"{c}.{c*2}"), "‰。"]
    if v == 3:
        return ["主要污染物排放量较上年下降", S(c * 2), "％，森林覆盖率提高到", S(f"{c*2}.{c*2}"), "％。"]
    if v == 4:
        return ["群众安全感测评得分位列全县第", S(c), "，满意率达百分之", S(c * 2), "。"]
    return ["其中，一产占比", S(c * 2), "%、二产占比", S(c * 2), "%、三产占比", S(c * 2), "%。"]


NAME_MASKS = ["某", "某某", "XX", "xx", "X", "某", "某某", "*", "**"]


def ph_name_surname(R):
    mk = R.choice(NAME_MASKS)
    s1, s2 = R.sample(SURN, 2)
    r1, r2 = R.sample(ROLES, 2)
    v = R.randrange(5)
    if v == 0:
        return [f"{R.choice(VILLS)}{r1}{s1}", S(mk), "反映房屋漏雨问题，工作人员当天上门核查处理。"]
    if v == 1:
        return [f"{r1}{s1}", S(mk), f"与{r2}{s2}", S(mk), "因宅基地边界发生纠纷，经人民调解委员会调解达成协议。"]
    if v == 2:
        return ["典型案例：", f"{s1}", S(mk), "（男，", S(R.choice(["xx", "XX"])), "岁）因病致贫，纳入监测对象后落实医疗救助。"]
    if v == 3:
        return [f"{R.choice(DEPTS)}工作人员{s1}", S(mk), "、", f"{s2}", S(mk), "等", str(R.randint(2, 6)), "人被评为先进个人。"]
    return [f"经查，{r1}{s1}", S(mk), "未取得许可擅自经营，执法人员依法责令其停业整改。"]


def ph_name_full(R):
    mk = R.choice(["XXX", "xxx", "某某某", "XXX"])
    c = "X" if mk[0] in "X某" else "x"
    v = R.randrange(5)
    if v == 0:
        return [S(mk), "同志任", S(c * 2), "局党组成员、副局长，试用期一年。"]
    if v == 1:
        return ["经办人：", S(mk), "\n审核人：", S(mk), "\n分管领导：", S(mk)]
    if v == 2:
        return [S(mk), "，男，汉族，19", S(c * 2), "年", S(c), "月生，", R.choice(["大学学历，", "研究生学历，"]), "中共党员，现任",
                S(c * 2), "镇党委书记。"]
    if v == 3:
        return ["会议由", S(mk), "同志主持，", S(mk), "同志作总结讲话。"]
    return ["先进个人名单：", S(mk), "（", R.choice(TOWNS), "）、", S(mk), "（", R.choice(DEPTS), "）。"]


def ph_moumou(R):
    v = R.randrange(6)
    s = R.choice(SURN)
    if v == 0:
        return [S("某"), "日凌晨，", S("某"), "镇", S("某"), "村村民", s, S("某"), "到派出所报案称其车辆被盗。"]
    if v == 1:
        return [S("某某"), "公司未按规定设置安全警示标志，被", S("某"), "局处以罚款", str(R.randint(1, 9)), "万元。"]
    if v == 2:
        return ["群众反映", S("某"), "小区物业服务不到位，", S("某某"), "单位已约谈物业负责人。"]
    if v == 3:
        return ["在", S("某"), "县", S("某"), "乡开展试点，经验做法被", S("某"), "市推广。"]
    if v == 4:
        return [S("某"), "银行", S("某"), "支行协助冻结涉案资金", rmoney(R), "万元。"]
    return ["一家", S("某"), "物流企业与", s, S("某某"), "签订劳务合同后拖欠工资，经调解已足额支付。"]


def ph_bracket_cn(R):
    f = lambda: S("【" + R.choice(["单位名称", "姓名", "项目名称", "填报日期", "金额", "联系电话", "填报单位", "XX", "部门", "具体措施"]) + "】")
    v = R.randrange(5)
    if v == 0:
        return [f(), "2023年度", R.choice(TOPICS), "报告"]
    if v == 1:
        return ["现将", f(), "有关情况报告如下："]
    if v == 2:
        return ["联系人：", f(), "，联系电话：", f(), "。"]
    if v == 3:
        return [f"{R.choice(TIMES)}，", f(), R.choice(ACT2), "，", R.choice(RES), "。"]
    return ["申报单位", f(), "承诺所报材料真实有效，如有虚假愿承担相应责任。"]


def ph_curly(R):
    f = lambda: S(R.choice(["{name}", "{{org_name}}", "${org}", "{0}", "{unit}", "%s", "%(name)s", "{{项目名称}}",
                            "{date}", "{{ 金额 }}", "{{.Title}}", "<%= name %>", "{$title}", "$name$", "[%单位%]"]))
    v = R.randrange(4)
    if v == 0:
        return ["尊敬的", f(), "：您提交的", f(), "申请已受理，请于", f(), "前补齐材料。"]
    if v == 1:
        return [f(), "2023年度", R.choice(TOPICS), "已通过审核。"]
    if v == 2:
        return ["根据", f(), "反馈，", R.choice(PROJ), "完成投资", f(), "万元。"]
    return ["通知：", f(), "同志，请于本周五前到", f(), "报到。"]


def ph_mergefield(R):
    f = lambda: S(R.choice(["«姓名»", "«单位名称»", "<<单位>>", "<<姓名>>", "{ MERGEFIELD 姓名 }",
                            "{ MERGEFIELD \"单位名称\" }", "«金额»", "«Next Record»", "«职务»", "{ MERGEFIELD 身份证号 \\* MERGEFORMAT }"]))
    v = R.randrange(4)
    if v == 0:
        return [f(), "同志：\n经研究，决定聘请您为", f(), "特邀监督员，聘期两年。"]
    if v == 1:
        return ["兹证明", f(), "系我单位在职职工，现任", f(), "。"]
    if v == 2:
        return ["获奖人员：", f(), "，奖励金额：", f(), "元。", f()]
    return ["录取通知：", f(), "，你已被", f(), "录用，请按时报到。"]


def ph_fill_paren(R):
    f = lambda: S(R.choice(["（此处填写具体数据）", "（填写单位全称）", "（请填写联系人姓名）", "[请填写]", "（具体数字）",
                            "（填写年份）", "(此处插入项目名称)", "（请注明）", "（填写具体时间）", "（此处填写金额）"]))
    v = R.randrange(4)
    if v == 0:
        return [f"{R.choice(TIMES)}，共{R.choice(ACTC)[0]}", f(), "，", R.choice(RES), "。"]
    if v == 1:
        return [f(), "于", f(), "开工建设，计划工期", str(R.randint(6, 24)), "个月。"]
    if v == 2:
        return ["申报单位：", f(), "\n项目负责人：", f()]
    return [R.choice(MONEY), f(), "万元，完成年度目标的", f(), "%。"]


WORD_ZH = ["单击此处输入文字。", "点击或点击此处输入文字。", "单击或点击此处输入文字。", "单击此处输入日期。",
           "单击或点击此处输入日期。", "选择一项。", "按一下這裡以輸入文字。", "按一下或點選這裡以輸入文字。", "单击此处输入文本。"]
WORD_EN = ["Click here to enter text.", "Click or tap here to enter text.", "Click or tap to enter a date.",
           "Choose an item.", "Click here to enter a date.", "Klicken Sie hier, um Text einzugeben.",
           "Klicken oder tippen Sie hier, um Text einzugeben.", "ここをクリックしてテキストを入力してください。",
           "Cliquez ici pour taper du texte."]


def _word(R, pool):
    f = lambda: S(R.choice(pool))
    v = R.randrange(4)
    if v == 0:
        return ["申请事由：", f(), "\n申请日期：", f()]
    if v == 1:
        return [f"{R.choice(TIMES)}，{org(R)}{R.choice(ACT2)}。", f(), R.choice(RES), "。"]
    if v == 2:
        return ["项目名称：", R.choice(PROJ), "\n实施地点：", f(), "\n建设内容：", f()]
    return ["主要做法：", f(), "\n取得成效：", R.choice(RES), "。"]


def ph_word_zh(R):
    return _word(R, WORD_ZH)


def ph_word_en(R):
    return _word(R, WORD_EN)


def ph_wps(R):
    f = lambda: S(R.choice(["[键入文档标题]", "[键入公司名称]", "[在此处键入]", "[键入文档副标题]", "请输入标题",
                            "单击此处添加标题", "单击此处添加文本", "[键入作者姓名]", "[选取日期]",
                            "[Type the document title]", "单击此处编辑母版标题样式", "[键入引述文字]"]))
    v = R.randrange(3)
    if v == 0:
        return [f(), "\n", heading(R), "\n", fs(R)]
    if v == 1:
        return [f"{R.choice(COUNTIES)}{R.choice(DEPTS)[1:]}\n", f(), "\n", fs(R)]
    return [heading(R), "\n", fs(R), "\n", f()]


def ph_editor_note(R):
    f = lambda: S(R.choice(["（待补充）", "此处补充案例", "【待核实】", "[此处插入图表]", "（数据待更新）",
                            "（此处需补充具体事例）", "TODO：补充数据来源", "【请办公室核对】", "〔待补〕",
                            "（内容待定）", "【此处补充照片】", "（待各科室提供）"]))
    v = R.randrange(4)
    if v == 0:
        return [f"{R.choice(TIMES)}，{org(R)}{R.choice(ACT2)}，", f(), "。"]
    if v == 1:
        return ["典型经验：", f(), "\n", fs(R)]
    if v == 2:
        return [f"{R.choice(MONEY)}{rmoney(R)}万元", f(), "，", R.choice(RES), "。"]
    return [fs(R), f()]


def ph_field_tbd(R):
    labs = ["责任人", "完成时限", "联系人", "预算金额", "备注", "开工时间", "牵头单位", "资金来源", "负责人", "验收时间"]
    vals = ["待定", "TBD", "待确认", "待核实", "N/A", "TBA", "待填", "待补充", "TODO", "待定"]
    ls = R.sample(labs, R.randint(2, 4))
    out = [f"项目名称：{R.choice(PROJ)}"]
    sep = R.choice(["\n", "；", "\t"])
    for l in ls:
        if R.random() < 0.6:
            out += [sep, f"{l}：", S(R.choice(vals))]
        else:
            real = {"责任人": nm(R), "负责人": nm(R), "联系人": nm(R), "完成时限": f"2024年{R.randint(1, 12)}月底",
                    "开工时间": f"2024年{R.randint(1, 12)}月", "验收时间": f"2025年{R.randint(1, 12)}月",
                    "预算金额": rmoney(R) + "万元", "牵头单位": R.choice(DEPTS), "资金来源": R.choice(["专项债券", "财政预算", "上级补助"]),
                    "备注": R.choice(["续建项目", "新开工项目", "已纳入省重点"])}[l]
            out += [sep, f"{l}：{real}"]
    if not any(isinstance(x, tuple) for x in out):
        out += [sep, "责任人：", S("待定")]
    return out


def ph_blank_underscore(R):
    u = lambda: S(R.choice(["＿＿＿＿", "______", "____", "＿＿", "________", "___"]))
    v = R.randrange(4)
    if v == 0:
        return ["申请单位（盖章）：", u(), "\n法定代表人：", u()]
    if v == 1:
        return ["兹证明", u(), "同志系我单位职工，身份证号码", u(), "。"]
    if v == 2:
        return ["我村共有脱贫户", u(), "户，其中已实现稳定增收的", u(), "户。"]
    return ["填表日期：", u(), "年", u(), "月", u(), "日"]


def ph_blank_paren(R):
    p = lambda: S(R.choice(["（　　）", "(    )", "（    ）", "（　　　）", "【  】", "(  )"]))
    v = R.randrange(3)
    if v == 0:
        return ["本单位在职职工", p(), "人，其中党员", p(), "人。"]
    if v == 1:
        return ["本人", p(), "自愿参加城乡居民医疗保险，缴费档次为第", p(), "档。"]
    return ["经审核，同意", p(), "项目立项，批复总投资", p(), "万元。"]


def ph_table_tab(R):
    c = R.choice("xX")
    out = [R.choice(["序号\t项目名称\t投资额（万元）\t完成率", "序号\t单位\t目标任务\t完成情况"]), "\n"]
    for i in range(1, R.randint(3, 5)):
        out += [f"{i}\t{R.choice(PROJ)}\t"]
        if R.random() < 0.6:
            out += [S(f"{c*2}.{c*2}")]
        else:
            out += [rmoney(R)]
        out += ["\t"]
        if R.random() < 0.6:
            out += [S(c * 2), "%"]
        else:
            out += [f"{R.randint(40, 100)}%"]
        out += ["\n"]
    return out[:-1]


def ph_table_bar(R):
    c = R.choice("xX")
    bar = R.choice(["｜", "|", " | "])
    out = [bar.join(["乡镇", "户数", "人数", "资金（万元）"]), "\n"]
    for _ in range(R.randint(2, 4)):
        out += [R.choice(TOWNS), bar]
        out += [S(c * R.randint(2, 3))] if R.random() < 0.7 else [rnum(R)]
        out += [bar]
        out += [S(c * R.randint(2, 4))] if R.random() < 0.6 else [rnum(R)]
        out += [bar]
        out += [S(f"{c*2}.{c*2}")] if R.random() < 0.6 else [rmoney(R)]
        out += ["\n"]
    return out[:-1]


def ph_table_space(R):
    c = R.choice("xX")
    out = ["指标名称        单位      本期      同比\n"]
    for ind, un in [("地区生产总值", "亿元"), ("规上工业增加值", "亿元"), ("固定资产投资", "亿元"), ("居民人均可支配收入", "元")][:R.randint(2, 4)]:
        out += [f"{ind}    {un}    "]
        out += [S(f"{c*2}.{c*2}")] if R.random() < 0.7 else [rmoney(R)]
        out += ["    "]
        out += [S(f"{c}.{c}"), "%"] if R.random() < 0.6 else [f"{R.randint(1, 9)}.{R.randint(0, 9)}%"]
        out += ["\n"]
    return out[:-1]


def ph_heading(R):
    c = R.choice(["XX", "xx", "XXX"])
    v = R.randrange(5)
    if v == 0:
        return [S(c), "区20", S(c[:2]), "年工作总结\n", heading(R), "\n", fs(R)]
    if v == 1:
        return ["关于", S(c), "同志任职的通知\n", S(c), "局各科室：\n", "经研究决定，任命", S(c), "同志为办公室主任。"]
    if v == 2:
        return [f"{R.choice(CNN[:5])}、", S(c), "镇基本情况\n", fs(R)]
    if v == 3:
        return ["《", S(c), "县", S(c), "专项行动实施方案》\n", fs(R)]
    return ["第", S(c[0]), "章 总则\n", "第一条 为规范", R.choice(TOPICS), "，制定本办法。"]


def ph_signature(R):
    c = R.choice("xX")
    v = R.randrange(5)
    if v == 0:
        return [fs(R), "\n", f"{R.choice(COUNTIES)}人民政府办公室\n20", S(c * 2), "年", S(c), "月", S(c), "日"]
    if v == 1:
        return ["落款日期：20", S(c * 2), "年", S(c), "月", S(c), "日"]
    if v == 2:
        return [fs(R), "\n（盖章）\n二〇", S(c * 2), "年", S(c), "月", S(c * 2), "日"]
    if v == 3:
        return ["特此报告。\n\n", S(c * 2), "镇人民政府\n202", S(c), "年", S(c * 2), "月", S(c * 2), "日"]
    return ["附件：1.", R.choice(PROJ), "明细表\n", R.choice(DEPTS), "\n", S(c * 4), "年", S(c * 2), "月", S(c * 2), "日"]


def ph_contact(R):
    c = R.choice("xX")
    v = R.randrange(4)
    if v == 0:
        return ["联系人：", S(c * 3), "　联系电话：", S(c * 8)]
    if v == 1:
        return ["咨询电话：0731-8", S(c * 7), "；传真：", S(f"{c*4}-{c*7}")]
    if v == 2:
        return ["详情请登录www.", S(c * 3), ".gov.cn查询，或拨打服务热线", S(f"{c*3}-{c*4}-{c*4}"), "。"]
    return [f"{R.choice(DEPTS)}　联系人：{nm(R)}　手机：1", S(f"{c*2}-{c*4}-{c*4}")]


def ph_id_card(R):
    mk = R.choice(["*", "*", "x", "×"])
    pre = R.choice(["430102", "110105", "3201", "51010219", "4403"])
    tail = R.choice(["123X", "0021", "5678", "4X", "2316"]) if mk != "x" else R.choice(["0021", "5678", "2316"])
    n = 18 - len(pre) - len(tail)
    v = R.randrange(3)
    if R.random() < 0.15:
        return ["申请人", nm(R), "，身份证号码：", S(mk * 18), "。"]
    if v == 0:
        return ["申请人", nm(R), "，公民身份号码", pre, S(mk * n), tail, "，户籍地", R.choice(VILLS), "。"]
    if v == 1:
        return ["姓名：", nm(R), "\n身份证号：", pre, S(mk * n), tail]
    return ["经核验，", R.choice(ROLES), "（身份证号", pre, S(mk * n), tail, "）符合临时救助条件。"]


def ph_phone(R):
    mk = R.choice(["*", "*", "x", "X"])
    v = R.randrange(4)
    if v == 0:
        return ["中奖者：", R.choice(SURN), "先生，手机号", R.choice(["138", "139", "186", "157"]), S(mk * 4), str(R.randint(1000, 9999)), "。"]
    if v == 1:
        return ["联系电话：1", S(f"{mk*2}-{mk*4}-{mk*4}")]
    if v == 2:
        return ["举报人", R.choice(SURN), "女士（", R.choice(["135", "150", "177"]), S(mk * 4), str(R.randint(1000, 9999)), "）反映噪声扰民问题。"]
    return ["办公电话：0", str(R.randint(10, 99)), str(R.randint(1, 9)), "-", S(mk * 8)]


def ph_bank(R):
    mk = R.choice(["*", "*", "x"])
    v = R.randrange(3)
    if v == 0:
        return ["收款账号：6222 ", S(f"{mk*4} {mk*4}"), f" {R.randint(1000, 9999)}"]
    if v == 1:
        return ["补贴资金已打入户主社保卡账户（6217", S(mk * 8), str(R.randint(1000, 9999)), "）。"]
    return ["开户行：", R.choice(["农业银行", "建设银行", "农商银行"]), R.choice(TOWNS), "支行\n账号：6228 48", S(f"{mk*2} {mk*4}"), f" {R.randint(1000, 9999)}"]


def ph_plate_code(R):
    v = R.randrange(5)
    mk = R.choice(["*", "*", "×", "X"])
    if v == 0:
        return ["查获车牌号为湘A·", S(mk * 5), "的超载货车一辆，依法予以处罚。"]
    if v == 1:
        return ["肇事车辆（粤B", S(mk * 3), str(R.randint(10, 99)), "）已被依法扣押。"]
    if v == 2:
        return ["统一社会信用代码：91430100MA4L", S(mk * 4), str(R.randint(10, 99)), "K"]
    if v == 3:
        return ["企业名称：", R.choice(COMPS), "\n统一社会信用代码：", S(mk * 18)]
    return ["护照号码：E", S(mk * 5), str(R.randint(1000, 9999)), "，社保卡号：", str(R.randint(100, 999)), S(mk * 6)]


def _masks(R, ch):
    v = R.randrange(5)
    if v == 0:
        return [S(ch * 2), "村", R.choice(ROLES), R.choice(SURN), S(ch * 2), "反映饮水困难，已协调解决。"]
    if v == 1:
        return ["在", S(ch * 2), "镇", S(ch * 2), "村召开现场会，", R.choice(RES), "。"]
    if v == 2:
        return [S(ch * 3), "同志在防汛抢险中表现突出，受到", S(ch * 2), "县委通报表扬。"]
    if v == 3:
        return [S(ch * 2), "公司违规排放污水，", R.choice(DEPTS), "依法处罚", rnum(R), "万元。"]
    return ["据", S(ch * 2), "街道统计，", R.choice(TIMES), "新增就业", rnum(R), "人。"]


def ph_symbol_mask(R):
    return _masks(R, R.choice("●○□■△★＃▲☆"))


def ph_star_mask(R):
    return _masks(R, R.choice(["*", "＊"]))


def ph_cross_mask(R):
    v = R.randrange(4)
    if v == 0:
        return [S("××"), "县", S("××"), "局关于", R.choice(TOPICS), "的报告"]
    if v == 1:
        return [R.choice(MONEY), S("××.××"), "万元，", R.choice(PCTP[:2]), S("×.×"), "%。"]
    if v == 2:
        return [S("×"), "月", S("×"), "日，", S("×××"), "同志带队到", S("××"), "村督导。"]
    return [S("××"), "府办发〔2023〕", S("××"), "号文件要求，", R.choice(ACT2), "。"]


def ph_fullwidth(R):
    c = R.choice("ｘＸ")
    v = R.randrange(4)
    if v == 0:
        return [R.choice(MONEY), S(f"{c*2}．{c*2}"), "万元。"]
    if v == 1:
        return [S(c * 2), "街道", S(c * 2), "社区获评市级文明社区。"]
    if v == 2:
        return [R.choice(ACTC)[0], S(c * 3), "户，", R.choice(PCTP), S(c * 2), "％。"]
    return ["２０", S(c * 2), "年", S(c), "月", S(c * 2), "日，", org(R), "召开动员大会。"]


def ph_question_mask(R):
    q = R.choice(["?", "？"])
    v = R.randrange(3)
    if v == 0:
        return [S(q * 2), "村村民", R.choice(SURN), S(q * 2), "反映低保待遇问题。"]
    if v == 1:
        return ["联系人：", S(q * 3), "\n联系电话：", S(q * 11)]
    return ["经", S(q * 2), "公司申请，同意延期", S(q), "个月。"]


def ph_doc_number(R):
    c = R.choice("xX×")
    v = R.randrange(4)
    if v == 0:
        return [S(c), "政发〔20", S(c * 2), "〕", S(c), "号"]
    if v == 1:
        return ["根据《关于", R.choice(ACT2), "的通知》（", S(c), "办发〔2023〕", S(c * 2), "号）精神，现提出如下意见。"]
    if v == 2:
        return [S(c * 2), "字〔20", S(c * 2), "〕", S(c * 2), "号\n签发人：", S(c * 3)]
    return ["抄送：", S(c * 2), "市委办公室、", S(c * 2), "市人大常委会办公室。"]


def ph_minutes(R):
    c = R.choice("xX")
    out = ["会议纪要\n会议时间：20", S(c * 2), "年", S(c), "月", S(c), "日\n会议地点：", S(c * 2), "会议室\n主持人：", S(c * 3),
           "\n参会人员：", S(c * 3), "、", S(c * 3), "、", nm(R), "\n记录人：", S(c * 3), "\n会议议定事项：", R.choice(FUT), "。"]
    return out


def ph_mixed_para(R):
    c = R.choice("xX")
    return [f"{R.choice(TIMES)}，", S(c * 2), "镇", R.choice(ACT2), "，完成", R.choice(PROJ), "投资", S(f"{c}.{c*2}"), "亿元，带动就业",
            S(c * 3), "人。", R.choice(ROLES), R.choice(SURN), S("某"), "所在的", S(c * 2), "村人均可支配收入增长", S(f"{c*2}.{c}"), "%。", "下一步，将于", S(c), "月底前完成竣工验收。"]


def ph_lorem(R):
    f = lambda: S(R.choice(["Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Lorem ipsum dolor sit amet.",
                            "这里是正文内容，这里是正文内容。", "此处为示例文字，请替换为实际内容。", "标题文字标题文字",
                            "正文内容正文内容正文内容"]))
    v = R.randrange(3)
    if v == 0:
        return [heading(R), "\n", f()]
    if v == 1:
        return [fs(R), "\n", f(), "\n", fs(R)]
    return ["简介：", f()]


def ph_address(R):
    c = R.choice(["XX", "xx", "XX", "x"])
    v = R.randrange(3)
    if v == 0:
        return ["通讯地址：", S(c), "省", S(c), "市", S(c), "区", S(c), "路", S(c * 2 if len(c) == 1 else c), "号"]
    if v == 1:
        return ["租住于", S(c), "小区", S(c[0]), "栋", S(c[0]), "单元", S(c[0] * 3), "室的", R.choice(ROLES), "已纳入网格管理。"]
    return ["办公地址：", R.choice(COUNTIES), S(c), "大道", S(c[0] * 3), "号政务服务中心", S(c[0]), "楼。"]


def ph_time(R):
    c = R.choice("xX")
    v = R.randrange(3)
    if v == 0:
        return ["会议定于本周三", S(f"{c*2}:{c*2}"), "在三楼会议室召开。"]
    if v == 1:
        return [S(c), "月", S(c), "日", S(c), "时", S(c * 2), "分，", R.choice(VILLS), "发生一起火情，无人员伤亡。"]
    return ["值班时间：每日上午", S(c), "点至下午", S(c), "点。"]


def ph_ordinal(R):
    c = R.choice("xX")
    v = R.randrange(4)
    if v == 0:
        return ["这是", org(R), "第", S(c), "次获此殊荣。"]
    if v == 1:
        return ["第", S(c * 2), "届", R.choice(["农民丰收节", "乡村文化旅游节", "职工运动会"]), "成功举办。"]
    if v == 2:
        return ["第", S(c), "季度", R.choice(MONEY), rmoney(R), "万元。"]
    return ["列入第", S(c), "批省级示范村创建名单，第", S(c * 2), "期培训班已结业。"]


def ph_measure(R):
    c = R.choice("xX")
    a, u = R.choice(MEAS)
    v = R.randrange(3)
    if v == 0:
        return [f"{R.choice(TIMES)}，{a}", S(c * 2), f"{u}。"]
    if v == 1:
        return [f"{a}", S(f"{c}.{c}"), f"万{u}，", R.choice(RES), "。"]
    return ["项目占地", S(c * 3), "亩，总建筑面积", S(c * 2), "万平方米。"]


def ph_salutation(R):
    c = R.choice(["XXX", "xxx", "XX", "某某"])
    v = R.randrange(3)
    if v == 0:
        return ["尊敬的", S(c), "：\n", "感谢您对我单位工作的支持。"]
    if v == 1:
        return [S(c), "同志：\n", "经研究，同意你参加", R.choice(TOPICS), "培训。"]
    return ["致", S(c), "单位：\n", "现将有关事项函告如下。"]


def ph_form_mixed(R):
    return ["姓名：", S(R.choice(["＿＿＿＿", "____"])), "　性别：", S("（　）"), "\n工作单位：", S("【单位名称】"),
            "\n联系电话：", R.choice(["138", "139", "150"]), S("****"), str(R.randint(1000, 9999)), "\n申请金额：", S("xx.xx"), "万元"]


def ph_bracket_square(R):
    f = lambda: S(R.choice(["[单位名称]", "［姓名］", "〔填写〕", "〖项目名称〗", "「公司名称」", "『日期』", "[部门]", "［金额］"]))
    v = R.randrange(3)
    if v == 0:
        return ["现将", f(), "2023年工作情况报告如下。"]
    if v == 1:
        return ["经", f(), "审核，同意", f(), "纳入年度计划。"]
    return ["报送单位：", f(), "\n报送时间：", f()]


def ph_angle(R):
    f = lambda: S(R.choice(["<单位名称>", "〈姓名〉", "＜项目名称＞", "<insert date>", "<姓名>", "[Name]", "[Company Name]",
                            "<INSERT AMOUNT>", "〈单位〉"]))
    v = R.randrange(3)
    if v == 0:
        return ["致", f(), "：\n现邀请贵单位参加项目评审会。"]
    if v == 1:
        return ["签约单位：", f(), "\n签约日期：", f()]
    return ["本次调研由", f(), "牵头，", R.choice(DEPTS), "配合。"]


def ph_caseno(R):
    c = R.choice("xX")
    v = R.randrange(3)
    if v == 0:
        return ["（2023）湘0102民初", S(c * 4), "号民事判决书已生效。"]
    if v == 1:
        return ["案号：（20", S(c * 2), "）", R.choice(["粤", "川", "鄂"]), "01行终", S(c * 3), "号"]
    return ["行政处罚决定书文号：", R.choice(["石", "安", "临"]), "市监罚〔2023〕", S(c * 2), "号。"]


def ph_list_items(R):
    c = R.choice("xX")
    out = []
    for i in range(1, R.randint(3, 5)):
        out += [f"{i}. ", R.choice(PROJ), "，投资"]
        out += [S(c * 2)] if R.random() < 0.7 else [rnum(R)]
        out += ["万元，完成"]
        out += [S(c * 2)] if R.random() < 0.6 else [str(R.randint(20, 100))]
        out += ["%；\n"]
    out[-1] = "%。"
    return out


def ph_approval(R):
    c = R.choice("xX")
    v = R.randrange(3)
    if v == 0:
        return ["制表：", S(c * 3), "　审核：", S(c * 3), "　日期：20", S(f"{c*2}.{c}.{c}")]
    if v == 1:
        return ["填报时间：20", S(f"{c*2}-{c*2}-{c*2}"), "　填报人：", nm(R)]
    return ["批准：", nm(R), "　校对：", S(c * 3), "　打印日期：", S(f"{c*4}/{c*2}/{c*2}")]


# ---------------------------------------------------------------- ph negatives
def _pick(R, *opts):
    return R.choice(opts)


def n_1plusx(R):
    sch = R.choice(["县职业中专", "市技师学院", "区职教中心", "县第一职业高中", "市卫生学校"])
    return R.choice([
        [f"{sch}深入推进“1+X”证书制度试点，{rnum(R)}名学生取得职业技能等级证书。"],
        [f"{org(R)}探索“1+X”综合执法模式，即1支综合队伍加若干专业力量。"],
        [f"推行“1+N”帮扶机制和“1+X”培训体系，{R.choice(RES)}。"],
        [f"{sch}新增“1+X”试点专业{R.randint(2, 9)}个，覆盖电子商务、老年照护等方向。"],
        [f"构建“1+X”网格化服务体系，每个网格配备1名专职网格员和{R.randint(2, 6)}名兼职网格员。"],
        [f"创新“1+X”党建联盟模式，由{R.choice(VILLS)}党支部牵头联合周边{R.randint(3, 9)}家单位。"],
    ])


def n_xterms(R):
    t = R.choice(TOWNS)
    return R.choice([
        [f"{t}卫生院新购置数字化X光机1台，DR（X线摄影）检查量同比增长{R.randint(5, 40)}%。"],
        [f"政务云平台新增x86服务器{R.randint(4, 40)}台，并完成国产化适配。"],
        [f"地铁站口设置X射线安检仪{R.randint(2, 9)}台，日均过检{R.randint(2, 9)}万人次。"],
        [f"对{t}辖区内{R.randint(2, 8)}处X型交叉路口进行渠化改造，减少交通冲突点。"],
        [f"{R.choice(['第二中学', '实验小学', '县一中'])}X光安检门和一键报警装置全部投入使用。"],
        [f"免费为{rnum(R)}名老年人开展胸部X线检查，筛查出疑似病例{R.randint(1, 9)}例。"],
        [f"数据中心采用x86与ARM双架构，算力规模达到{R.randint(50, 900)}PFlops。"],
    ])


def n_models(R):
    return R.choice([
        [f"采购XG955型装载机{R.randint(1, 5)}台、XE215型挖掘机{R.randint(1, 5)}台，用于应急抢险。"],
        [f"公务用车更新为新能源车型，配备X5、X7系列各{R.randint(1, 3)}辆。"],
        [f"示范基地引进XT-{R.randint(1, 9)}00型无人植保机，作业效率提高{R.randint(3, 8)}倍。"],
        [f"消防站配备XFC-{R.randint(2, 6)}0型泡沫消防车一辆，另购置X-ray探测仪两套。"],
        [f"新建产线主要设备为XK-{R.randint(100, 999)}数控机床，年产能{rnum(R)}万件。"],
        [f"选用X{R.randint(10, 99)}型无人机开展河道巡查，累计飞行{rnum(R)}架次。"],
    ])


def n_formula(R):
    a, b = R.randint(2, 9), R.randint(10, 99)
    return R.choice([
        [f"经回归分析，y = {a}.{R.randint(1, 9)}x + {b}，其中x为年度财政投入（亿元）。"],
        [f"培训讲义第三题：设x为参训人数，若2x+{b}={2 * a * 10 + b}，则x={a * 10}。"],
        [f"当x≥{a}时，函数f(x)单调递增，说明投入增加会带动产出增长。"],
        ["按照公式S = a × b计算面积，其中a、b分别为地块长和宽。"],
        [f"预测模型采用P(x) = 1 − e^(−λx)，λ取0.{R.randint(10, 99)}。"],
        [f"在平面直角坐标系中，点(x, y)满足x² + y² = {a * a}。"],
    ])


def n_cnzero(R):
    y = R.choice(["二○二三年", "二〇二三年", "二○二四年", "一九九○年", "二〇二二年", "二〇二四年", "二○二○年"])
    m = R.choice(["三月十日", "十二月八日", "六月二十日", "一月五日", "九月三十日", "十月二十六日"])
    return R.choice([[f"{R.choice(COUNTIES)}人民政府\n{y}{m}"], [f"本规定自{y}{m}起施行。"],
                     [f"{y}，{org(R)}{R.choice(ACT2)}。"], [f"{R.choice(DEPTS)}（印章）\n{y}{m}"],
                     [f"本方案由{R.choice(DEPTS)}负责解释，有效期至{y}{m}。"]])


def n_checkbox(R):
    return R.choice([
        [f"是否为脱贫户：☑是 □否\n是否享受低保：□是 ☑否\n（请在□内打“√”）"],
        ["审核意见：☑同意 □不同意\n说明：表中□为选择框，选中时打√。"],
        [f"申请类型（在相应□内划√）：☑新办 □变更 □注销\n申请人：{nm(R)}"],
        [f"文化程度：□小学 ☑初中 □高中及以上\n填表人：{nm(R)}"],
        [f"图例：■已完成 □未完成\n{R.choice(PROJ)}：■■■□□"],
        [f"房屋类型：☑砖混 □砖木 □其他\n核查人：{nm(R)}　核查日期：2023年{R.randint(1, 12)}月{R.randint(1, 28)}日"],
    ])


def n_stars(R):
    return R.choice([
        [f"表3 各乡镇满意度比较：{R.choice(TOWNS)} 4.{R.randint(10, 99)}**，{R.choice(TOWNS)} 3.{R.randint(10, 99)}*\n注：*表示P<0.05，**表示P<0.01。"],
        [f"{R.choice(VILLS)}民宿被评为四星级（★★★★）乡村旅游经营单位。"],
        ["星级评定标准：★★★★★为优秀，★★★为合格。"],
        [f"回归结果显示，财政投入系数为0.{R.randint(100, 999)}***（***表示在1%水平上显著）。"],
        [f"{R.choice(COMPS)}获评“★★★★”级诚信企业。"],
        [f"带*号的指标为约束性指标，共{R.randint(3, 12)}项；*注：数据截至2023年底。"],
    ])


def n_mou(R):
    return R.choice([
        [f"在某些领域，{R.choice(PROB)}。"],
        ["某种程度上说，基层治理能力决定了政策落地的效果。"],
        [f"个别单位在某一环节存在衔接不畅的问题，下一步将{R.choice(FUT)}。"],
        ["不能因某个项目进度滞后而影响整体目标的完成。"],
        ["要防止出现某些干部“躺平”“甩锅”的现象。"],
        [f"某种意义上，{R.choice(PROJ)}是全县城市更新的缩影。"],
        ["对某类高风险场所实行“一场所一档案”管理。"],
    ])


def n_quoted_tpl(R):
    return R.choice([
        ["填报说明：模板中的“XX”仅为示意，报送时请替换为实际名称，不得保留。"],
        ["范例中“××县××局”的写法仅用于说明格式，正式文件应写明机关全称。"],
        ["公文格式培训中讲到，匿名化材料常以“某某”代替人名，例如“张某”，本文件所列均为实名。"],
        ["系统提示语“单击此处输入文字”属于模板控件，提交前应删除，这一点在培训中已反复强调。"],
        ["表格中“xx%”一栏的格式示例仅供参考，各单位须填入实际完成比例。"],
        ["邮件合并时，«姓名»等域代码会被自动替换，请勿在正文中手工输入书名号。"],
    ])


def n_roman(R):
    return R.choice([
        [f"{R.choice(['柳溪河', '清渠', '南湖', '白沙河'])}断面水质稳定达到Ⅲ类标准。"],
        ["项目分Ⅰ期、Ⅱ期实施，目前第Ⅳ标段已进场施工。"],
        [f"启动防汛Ⅳ级应急响应，转移群众{rnum(R)}人。"],
        ["展览介绍了路易十四（Louis XIV）时期的园林艺术。"],
        [f"新增Ⅱ类医疗器械备案{R.randint(3, 30)}件，Ⅲ类医疗器械经营企业{R.randint(1, 9)}家。"],
        ["教材第XII章为“公共管理案例分析”。"],
    ])


def n_multiply(R):
    return R.choice([
        [f"宣传展板规格为{R.randint(1, 3)}×{R.randint(2, 4)}米，共制作{rnum(R)}块。"],
        ["大屏分辨率为1920×1080，支持4路视频同时接入。"],
        [f"新建2×{R.choice(['350', '660', '1000'])}兆瓦热电联产机组。"],
        [f"标识牌尺寸60cm×40cm，按每{R.randint(2, 5)}00米设置一块。"],
        [f"按{R.randint(2, 8)}×{R.randint(3, 9)}的网格布设监测点。"],
        [f"补助标准为{R.randint(100, 500)}元×{R.randint(2, 12)}个月。"],
    ])


def n_sku(R):
    return R.choice([
        ["采购的工作服尺码为M、L、XL、XXL四种，按实际人数分配。"],
        [f"商品编号XD-2023-{R.randint(1000, 9999)}，货号X{R.randint(1000, 9999)}，已完成入库登记。"],
        [f"防护服型号为XXL号，共计{rnum(R)}套。"],
        [f"物资清单：雨衣（XL）{rnum(R)}件、雨靴（XXXL）{rnum(R)}双。"],
        [f"批次号XX{R.randint(100000, 999999)}的产品经抽检合格。"],
    ])


def n_bullets(R):
    b = R.choice("●■◆□▲★○")
    items = R.sample(ACT2, 3)
    return [f"{R.choice(TOPICS)}：\n" + "\n".join(f"{b} {x}" for x in items)]


def n_tbd_prose(R):
    return R.choice([
        ["具体开班时间待定后另行通知，请各单位做好人员准备。"],
        ["待补充材料齐全后，窗口将在3个工作日内办结。"],
        [f"{R.choice(PROJ)}方案待核实后报区政府审定。"],
        ["对暂不具备条件的项目，待确认资金来源后再行启动。"],
        [f"{R.choice(TOWNS)}有{R.randint(2, 9)}户房屋产权归属待确认，已移交司法所调处。"],
        ["会议地点待定的，由办公室另行通知。"],
    ])


def n_brackets_real(R):
    return R.choice([
        [f"【政策解读】{R.choice(COUNTIES)}出台促进就业十条措施"],
        [f"【典型案例】{R.choice(VILLS)}以“积分制”激活乡村治理"],
        [f"依据《中华人民共和国安全生产法》和石政发〔2023〕{R.randint(1, 60)}号文件执行。"],
        ["{办事指南}栏目已更新，请登录政务服务网查看。"],
        [f"【{R.choice(TOWNS)}】{R.choice(ACT2)}"],
        [f"〔{R.choice(DEPTS)}〕关于{R.choice(TOPICS)}的情况通报"],
    ])


def n_chrom(R):
    return R.choice([
        ["健康讲座介绍，女性性染色体组成为XX，男性为XY。"],
        ["X连锁隐性遗传病的筛查已纳入孕前优生健康检查项目。"],
        ["新生儿遗传代谢病筛查发现XXY综合征1例，已转诊。"],
        [f"实验室对{rnum(R)}份样本进行XY染色体核型分析。"],
    ])


def n_pinyin_x(R):
    return R.choice([
        ["外宣册页使用Xiamen、Xinjiang、Xi'an等规范拼写。"],
        ["站点标牌统一标注“TAXI”和“Xinjie Station（新街站）”。"],
        [f"代表团赴Xuzhou参加交流活动，共签约{R.randint(2, 9)}个项目。"],
        ["路牌英文译写为“Xingfu Road”，与国家标准一致。"],
        [f"{R.choice(['Xiangyang', 'Xinxiang', 'Xining'])}客商在推介会上签约。"],
    ])


def n_filenames(R):
    return R.choice([
        ["附件：2023年度报告_终稿.docx、项目清单_v2.xlsx"],
        ["数据字段包括user_id、org_code、report_date三项。"],
        ["请将材料命名为“单位_姓名_日期.pdf”格式上传。"],
        [f"系统导出文件为export_{R.randint(20230101, 20231231)}.csv。"],
    ])


def n_filled_form(R):
    return [f"姓名：{nm(R)}　性别：{R.choice('男女')}\n工作单位：{R.choice(DEPTS)}\n联系电话：1{R.randint(3, 9)}{R.randint(100000000, 999999999)}\n申请金额：{rmoney(R)}万元"]


def n_clean(R):
    return [fs(R), fs(R)]


# ---------------------------------------------------------------- mj helpers
CJK = r"[\u4e00-\u9fff]"


def cdmg(clean, rc, lossy=False):
    """Damage `clean` with the forward recipe; trim unchanged ASCII ends; return segments."""
    steps = rc.split("+")
    try:
        d = fwd_chain(clean, steps)
    except (UnicodeError, ValueError):
        raise Retry
    p = 0
    while p < min(len(clean), len(d)) and clean[p] == d[p] and ord(clean[p]) < 128:
        p += 1
    q = 0
    while q < min(len(clean), len(d)) - p and clean[-1 - q] == d[-1 - q] and ord(clean[-1 - q]) < 128:
        q += 1
    core = d[p:len(d) - q]
    cc = clean[p:len(clean) - q]
    if not core or core == cc or core[0].isspace() or core[-1].isspace():
        raise Retry
    if lossy:
        try:
            if fwd_chain(cc, steps) != core:
                raise Retry
        except (UnicodeError, ValueError):
            raise Retry
        rc = rc + "=" + cc
        if "|" in cc or "]" in cc:
            raise Retry
    return [d[:p], M(core, rc), d[len(d) - q:]]


def pick(R, s, unit):
    if unit == "word":
        runs = [m.span() for m in re.finditer(CJK + "{2,}", s)]
        if not runs:
            raise Retry
        a, b = R.choice(runs)
        L = R.randint(2, min(5, b - a))
        st = R.randint(a, b - L)
        return st, st + L
    if unit == "clause":
        pieces = [m.span() for m in re.finditer(r"[^，；。：、\n]+", s) if re.search(CJK, m.group())]
        if not pieces:
            raise Retry
        return R.choice(pieces)
    return 0, len(s)


def in_sent(R, s, rc, unit, lossy=False):
    a, b = pick(R, s, unit)
    return [s[:a]] + cdmg(s[a:b], rc, lossy) + [s[b:]]


def codec_style(rc0, unit, lossy=False, src=None):
    def f(R):
        rc = R.choice(rc0) if isinstance(rc0, list) else rc0
        for _ in range(25):
            s = src(R) if src else fs(R)
            try:
                return in_sent(R, s, rc, unit, lossy)
            except Retry:
                continue
        s = src(R) if src else fs(R)
        lrc = "+".join(x + "!r" if ">" in x and not x.endswith("!r") else x for x in rc.split("+"))
        return in_sent(R, s, lrc, unit, True)
    return f


def heading_src(R):
    return heading(R)


def table_row_src(R):
    return f"{R.randint(1, 9)}\t{R.choice(PROJ)}\t{rmoney(R)}万元\t{R.choice(['已完工', '在建', '前期工作', '已竣工验收'])}"


def para_src(R):
    return fs(R) + fs(R)


TRAD = ["本會於本年度持續推動社區關懷服務，舉辦長者健康講座十二場。", "區議會審議通過發展規劃，並撥款支持青年創業。",
        "各學校已完成校舍安全檢查，環境衛生狀況良好。", "政府將加強公共運輸服務，提升市民出行便利。",
        "本年度社會福利開支較去年增加，惠及弱勢家庭。", "農業推廣中心舉辦技術訓練班，參加人數踴躍。"]


def trad_src(R):
    return R.choice(TRAD)


def mj_u8gbk_heading(R):
    for _ in range(40):
        try:
            h = heading(R)
            seg = cdmg(h, "utf-8>gbk")
            return seg + ["\n", fs(R)]
        except Retry:
            continue
    return cdmg(heading(R), "utf-8>gbk!r+q", True) + ["\n", fs(R)]


def _lossy_fixed(rc, src=None, unit="clause"):
    def f(R):
        for _ in range(60):
            s = src(R) if src else fs(R)
            try:
                return in_sent(R, s, rc, unit, True)
            except Retry:
                continue
        raise Retry
    return f


def _want(substr_pred, inner):
    def f(R):
        for _ in range(40):
            segs = inner(R)
            sp = [x for x in segs if isinstance(x, tuple)]
            if all(substr_pred(x[1]) for x in sp):
                return segs
        raise Retry
    return f


mj_kaokao = _want(lambda s: "锟斤拷" in s, _lossy_fixed("gbk>utf-8!r+utf-8>gbk!r"))
mj_u8gbk_lossy_q = _want(lambda s: "?" in s, _lossy_fixed("utf-8>gbk!r+q", unit="clause"))


def mj_tangtun(R):
    s = fs(R)
    a, b = pick(R, s, R.choice(["word", "clause"]))
    cl = s[a:b]
    step = R.choice(["tang", "tun"])
    d = fwd_step(cl, step)
    extra = R.choice(["", "调试输出：", "导出数据："])
    return [extra + s[:a], M(d, f"{step}={cl}"), s[b:]]


def mj_cp437_file(R):
    for _ in range(30):
        name = R.choice(PROJ) + R.choice(["明细表", "验收报告", "申报书", "汇总"])
        ext = R.choice([".xlsx", ".docx", ".pdf", ".zip"])
        rc = R.choice(["gbk>cp437", "utf-8>cp437"])
        try:
            seg = cdmg(name, rc)
        except Retry:
            continue
        return [f"附件{R.randint(1, 5)}：", *seg, ext, "\n", fs(R)]
    raise Retry


def mj_ascii_utf16(R):
    for _ in range(40):
        t = R.choice(["ISO9001 certified", "Annual Report 2023", "Smart City Platform", "www.example.gov.cn",
                      "Green Development", "Rural Revitalization", "E-Government Service", "GDP growth rate",
                      "Pilot Zone Plan", "Open Data Portal"])
        if len(t) % 2:
            t = t + R.choice([" ", "s", "."])
            if len(t) % 2:
                continue
        try:
            d = t.encode("ascii").decode("utf-16-le")
        except UnicodeError:
            continue
        if d[0].isspace() or d[-1].isspace():
            continue
        pre = R.choice(["英文名称：", "项目英文标题：", "网站标识为", "外宣口号为"])
        return [pre, M(d, "ascii>utf-16-le"), "。" if R.random() < .5 else "", "\n", fs(R)]
    raise Retry


def _rare_chars():
    out = []
    for c in "堃喆珺玥昇镕燊琍赟昉旻犇堉瑄璟祎玮珏翀砼垚淼彧":
        try:
            c.encode("gb2312")
        except UnicodeError:
            try:
                c.encode("gbk")
                out.append(c)
            except UnicodeError:
                pass
    return out


RARE = _rare_chars()


def mj_lost_q_rare(R):
    v = R.randrange(3)
    if v == 0:
        c = R.choice(RARE)
        return [R.choice(["经办人：", "获奖学生：", "驻村第一书记"]), R.choice(SURN), R.choice(["", "晓", "子"]), M("?", f"gb2312!r>gb2312={c}"),
                R.choice(["，", "。", "同志"]), fs(R)]
    if v == 1:
        c = R.choice(["这", "们", "发", "区", "华", "湾", "认", "扩"])
        w = R.choice(["这项", "我们", "发展", "社区", "华侨", "湾区", "认定", "扩建"])
        w = c + w[1:] if w[0] != c else w
        return ["公告：", M("?", f"big5!r>big5={c}"), w[1:], "工作已按计划推进。"]
    e = R.choice(["👍", "🎉", "💪", "🔥", "✊"])
    return [f"{R.choice(VILLS)}志愿者服务队收到群众留言：“感谢你们", M("?", f"gbk!r>gbk={e}"), "”，", fs(R)]


def mj_lost_q_random(R):
    s = fs(R) + fs(R)
    idx = [i for i, ch in enumerate(s) if re.match(CJK, ch)]
    n = R.randint(1, 3)
    chosen = sorted(R.sample(idx, n))
    out = []
    last = 0
    i = 0
    while i < len(chosen):
        j = i
        while j + 1 < len(chosen) and chosen[j + 1] == chosen[j] + 1:
            j += 1
        a, b = chosen[i], chosen[j] + 1
        out += [s[last:a], M("?" * (b - a), f"qmark={s[a:b]}")]
        last = b
        i = j + 1
    out.append(s[last:])
    return out


def mj_lost_fffd(R):
    s = fs(R)
    a, b = pick(R, s, "word")
    b = min(b, a + R.randint(1, 3))
    return [s[:a], M("\ufffd" * (b - a), f"fffd={s[a:b]}"), s[b:]]


def mj_gbkshift(R):
    for _ in range(40):
        s = fs(R)
        m = list(re.finditer(r"。(?=" + CJK + ")", s))
        if m:
            k = R.choice(m).start()
        else:
            runs = [x.start() for x in re.finditer(CJK, s)]
            k = R.choice(runs[1:]) if len(runs) > 1 else 0
        L = R.randint(3, 6)
        cl = s[k:k + L]
        try:
            d = fwd_step(cl, "gbkshift")
        except UnicodeError:
            continue
        p = 0
        q = 0
        while q < len(cl) - 1 and cl[-1 - q] == d[-1 - q]:
            q += 1
        core, cc = d[:len(d) - q], cl[:len(cl) - q]
        if q:
            if fwd_step(cc, "gbkshift") != core:
                continue
        if core[-1].isspace() or "|" in cc or "]" in cc:
            continue
        return [s[:k], M(core, f"gbkshift={cc}"), s[k + len(cc):]]
    raise Retry


def mj_ent_indent(R):
    e = R.choice(["&nbsp;", "&emsp;", "&#160;", "&ensp;", "&#12288;"])
    n = R.choice([2, 4, 4, 6, 8]) if e not in ("&emsp;", "&#12288;") else 2
    out = []
    for _ in range(R.randint(1, 3)):
        out += [M(e * n, "del:ent"), fs(R), "\n"]
    return out[:-1]


ENTS = {"“": ["&ldquo;", "&#8220;", "&#x201C;"], "”": ["&rdquo;", "&#8221;", "&#x201D;"], "—": ["&mdash;"],
        "…": ["&hellip;"], "·": ["&middot;", "&#183;"], "‘": ["&lsquo;"], "’": ["&rsquo;"], "×": ["&times;"],
        "&": ["&amp;"], "<": ["&lt;"], ">": ["&gt;"], "℃": ["&#8451;"], "°": ["&deg;"], "±": ["&plusmn;"]}


def _ent_text(R):
    v = R.randrange(6)
    if v == 0:
        return f"{org(R)}开展“{R.choice(['清河行动', '暖冬行动', '护苗行动', '净网行动'])}”，{R.choice(RES)}。"
    if v == 1:
        return f"坚持“{R.choice(['三个一批', '四下基层', '五个到位'])}”工作法——{R.choice(ACT2)}……"
    if v == 2:
        return f"外籍专家约翰·史密斯参加了{R.choice(COUNTIES)}招商推介会。"
    if v == 3:
        return f"展板尺寸为{R.randint(1, 3)}×{R.randint(2, 5)}米，现场气温{R.randint(30, 39)}℃。"
    if v == 4:
        return f"与{R.choice(['A&B咨询公司', 'H&M服饰', 'P&G中国'])}签订合作协议，投资{rmoney(R)}万元。"
    return f"‘{R.choice(['一网通办', '最多跑一次', '一窗受理'])}’改革持续深化，{R.choice(RES)}。"


def _ent_apply(R, s, pool_fn, rc="ent"):
    out = []
    for ch in s:
        if ch in ENTS and (R.random() < 0.8):
            out.append(M(pool_fn(ch), rc))
        else:
            out.append(ch)
    if not any(isinstance(x, tuple) for x in out):
        raise Retry
    return out


def mj_ent_char(R):
    s = _ent_text(R)
    if R.random() < 0.2:
        s = s + "&#13;"
        out = _ent_apply(R, s[:-5], lambda ch: R.choice(ENTS[ch]))
        return out + [M("&#13;", "del:ent")]
    return _ent_apply(R, s, lambda ch: R.choice(ENTS[ch]))


def mj_ent_double(R):
    if R.random() < 0.35:
        return [M("&amp;nbsp;" * R.choice([2, 4]), "del:ent"), fs(R)]
    s = _ent_text(R)
    return _ent_apply(R, s, lambda ch: "&amp;" + R.choice(ENTS[ch])[1:], "ent2")


def mj_ent_ncr(R):
    s = fs(R)
    a, b = pick(R, s, R.choice(["word", "word", "clause"]))
    hx = R.random() < 0.3
    enc = "".join(("&#x%X;" % ord(c)) if hx else ("&#%d;" % ord(c)) for c in s[a:b])
    return [s[:a], M(enc, "ent"), s[b:]]


TAGS_OPEN = ['<p>', '<p style="text-indent:2em">', '<span style="font-family:仿宋_GB2312;font-size:16pt">', '<strong>',
             '<div class="TRS_Editor">', '<font face="宋体">', '<p class="MsoNormal">', '<td>', '<b>']
TAGS_CLOSE = {'<p>': '</p>', '<strong>': '</strong>', '<td>': '</td>', '<b>': '</b>'}


def mj_tags(R):
    v = R.randrange(4)
    if v == 0:
        t = R.choice(TAGS_OPEN)
        close = TAGS_CLOSE.get(t, "</" + re.match(r"<(\w+)", t).group(1) + ">")
        return [M(t, "del:tag"), fs(R), M(close, "del:tag")]
    if v == 1:
        return [fs(R), M(R.choice(["<br>", "<br/>", "<br />", "</p><p>"]), "del:tag"), fs(R)]
    if v == 2:
        s = fs(R)
        a, b = pick(R, s, "clause")
        return [s[:a], M("<strong>", "del:tag"), s[a:b], M("</strong>", "del:tag"), s[b:]]
    return [M(R.choice(['<div class="TRS_Editor"><p>', '<p align="center">']), "del:tag"), heading(R),
            M(R.choice(["</p>", "</p></div>"]), "del:tag"), "\n", fs(R)]


def mj_tags_broken(R):
    s = fs(R)
    a, b = pick(R, s, "clause")
    junk = R.choice(["/strong>", "</p", "<br", "span>", 'style="font-size:16px">', "p>", "</spa", "nbsp;", "&nbsp", "<span style=\"color:#333"])
    if R.random() < 0.5:
        return [s[:b], M(junk, "del:brk"), s[b:]]
    return [s[:a], M(junk, "del:brk"), s[a:]]


def mj_word_html(R):
    j = R.choice(["Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE",
                  "Normal 0 false false false EN-US ZH-CN X-NONE MicrosoftInternetExplorer4",
                  "<o:p></o:p>", "<o:p>&nbsp;</o:p>",
                  "/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0;}",
                  '<span style="mso-spacerun:yes">'])
    rc = "del:word"
    if R.random() < 0.5:
        return [M(j, rc), "\n", heading(R), "\n", fs(R)]
    s = fs(R)
    return [s, M(j, rc), "\n", fs(R)]


ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u180e", "\u2061", "\u2063"]


def mj_zw(R):
    s = fs(R) + (fs(R) if R.random() < 0.4 else "")
    out = []
    pos = sorted(R.sample(range(1, len(s) - 1), R.randint(1, 4)))
    last = 0
    for p in pos:
        if s[p].isspace() or s[p - 1].isspace():
            continue
        z = R.choice(ZW) * R.choice([1, 1, 2])
        out += [s[last:p], M(z, "del:zw")]
        last = p
    out.append(s[last:])
    if not any(isinstance(x, tuple) for x in out):
        raise Retry
    return out


def mj_bom(R):
    v = R.randrange(3)
    if v == 0:
        return [M("\ufeff", "del:bom"), heading(R), "\n", fs(R)]
    if v == 1:
        return [fs(R), "\n", M("\ufeff", "del:bom"), heading(R), "\n", fs(R)]
    return [M("ï»¿", "del:bom"), heading(R), "\n", fs(R)]


BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u200e", "\u200f", "\u2066", "\u2067", "\u2068", "\u2069", "\u061c"]


def mj_bidi(R):
    v = R.randrange(3)
    if v == 0:
        a, b = R.choice([("\u202a", "\u202c"), ("\u2066", "\u2069"), ("\u202d", "\u202c"), ("\u200e", "\u200e")])
        return ["联系电话：", M(a, "del:zw"), f"0{R.randint(10, 99)}-{R.randint(1000000, 9999999)}", M(b, "del:zw"), "\n", fs(R)]
    if v == 1:
        s = fs(R)
        a, b = pick(R, s, "word")
        return [s[:a], M(R.choice(BIDI), "del:zw"), s[a:b], M(R.choice(BIDI), "del:zw"), s[b:]]
    return [fs(R), M("\u202e", "del:zw"), f"附件{R.randint(1, 5)}", M("\u202c", "del:zw"), "。"]


CTL = ["\x00", "\x01", "\x02", "\x03", "\x07", "\x08", "\x1a", "\x1b", "\x7f", "\x0e", "\x0f", "\x10", "\x15"]


def mj_ctrl(R):
    s = fs(R)
    out = []
    pos = sorted(R.sample(range(1, len(s) - 1), R.randint(1, 3)))
    last = 0
    for p in pos:
        z = R.choice(CTL) * R.choice([1, 1, 3])
        out += [s[last:p], M(z, "del:ctl")]
        last = p
    out.append(s[last:])
    if R.random() < 0.3:
        out = [M("\ufffc", "del:zw")] + out
    return out


def mj_esc_newline(R):
    v = R.randrange(3)
    e = R.choice(["\\n", "\\r\\n", "\\n\\n", "\\t"])
    if v == 0:
        return [heading(R), M(e, "esc"), fs(R)]
    if v == 1:
        return [fs(R), M(e, "esc"), fs(R), M(e, "esc"), fs(R)]
    return [f"{R.randint(1, 9)}", M("\\t", "esc"), R.choice(PROJ), M("\\t", "esc"), f"{rmoney(R)}万元"]


def mj_esc_unicode(R):
    s = fs(R)
    a, b = pick(R, s, "word")
    w = s[a:b]
    if R.random() < 0.6:
        enc = "".join("\\u%04x" % ord(c) for c in w)
        rc = "esc"
    else:
        enc = "".join("\\x%02x" % x for x in w.encode("utf-8"))
        rc = "besc"
    return [s[:a], M(enc, rc), s[b:]]


def mj_url_pct(R):
    s = fs(R)
    a, b = pick(R, s, "word")
    w = s[a:b]
    rc = R.choice(["url", "url", "url:gbk"])
    enc = fwd_step(w, rc)
    if R.random() < 0.5:
        enc = enc.lower() if R.random() < 0.3 else enc
    return [s[:a], M(enc, rc), s[b:]]


def mj_mime(R):
    t = R.choice([f"关于报送{R.choice(TOPICS)}的通知", f"{R.choice(PROJ)}验收材料", f"{R.choice(COUNTIES)}2023年工作总结"])
    cs = R.choice(["UTF-8", "utf-8", "GB2312", "GBK"])
    kind = R.choice(["B", "B", "Q"])
    raw = t.encode(cs.lower() if cs != "GB2312" else "gb2312")
    if kind == "B":
        enc = f"=?{cs}?B?{base64.b64encode(raw).decode()}?="
    else:
        enc = f"=?{cs}?Q?" + "".join("=%02X" % x for x in raw) + "?="
    return [R.choice(["邮件主题：", "来件标题：", "转发："]), M(enc, "mime"), "\n", fs(R)]


def mj_qp(R):
    s = fs(R)
    a, b = pick(R, s, R.choice(["word", "clause"]))
    rc = R.choice(["qp", "qp", "qp:gbk"])
    enc = fwd_step(s[a:b], rc)
    if "\n" in enc or "=\n" in enc:
        raise Retry
    return [s[:a], M(enc, rc), s[b:]]


PY = {"发": ("發", "fā"), "区": ("區", "qū"), "领": ("領", "lǐng"), "导": ("導", "dǎo"), "现": ("現", "xiàn"),
      "务": ("務", "wù"), "实": ("實", "shí"), "进": ("進", "jìn"), "设": ("設", "shè"), "开": ("開", "kāi"),
      "经": ("經", "jīng"), "济": ("濟", "jì"), "国": ("國", "guó"), "会": ("會", "huì"), "业": ("業", "yè"),
      "产": ("產", "chǎn"), "农": ("農", "nóng"), "环": ("環", "huán"), "动": ("動", "dòng"), "项": ("項", "xiàng"),
      "员": ("員", "yuán"), "众": ("眾", "zhòng"), "时": ("時", "shí"), "万": ("萬", "wàn"), "亿": ("億", "yì"),
      "体": ("體", "tǐ"), "乡": ("鄉", "xiāng"), "镇": ("鎮", "zhèn"), "级": ("級", "jí"), "强": ("強", "qiáng"),
      "质": ("質", "zhì"), "为": ("為", "wéi"), "与": ("與", "yǔ"), "关": ("關", "guān"), "总": ("總", "zǒng"),
      "结": ("結", "jié"), "统": ("統", "tǒng"), "组": ("組", "zǔ"), "织": ("織", "zhī"), "训": ("訓", "xùn"),
      "卫": ("衛", "wèi"), "医": ("醫", "yī"), "险": ("險", "xiǎn"), "县": ("縣", "xiàn"), "规": ("規", "guī"),
      "标": ("標", "biāo"), "检": ("檢", "jiǎn"), "应": ("應", "yīng"), "电": ("電", "diàn"), "数": ("數", "shù"),
      "据": ("據", "jù"), "资": ("資", "zī"), "运": ("運", "yùn"), "营": ("營", "yíng"), "护": ("護", "hù"),
      "优": ("優", "yōu"), "续": ("續", "xù"), "积": ("積", "jī"), "极": ("極", "jí"), "层": ("層", "céng"),
      "门": ("門", "mén"), "长": ("長", "zhǎng"), "处": ("處", "chù"), "场": ("場", "chǎng"), "户": ("戶", "hù"),
      "办": ("辦", "bàn"), "计": ("計", "jì"), "划": ("劃", "huà"), "类": ("類", "lèi"), "贯": ("貫", "guàn"),
      "彻": ("徹", "chè"), "扎": ("紮", "zhā"), "推": ("推", None), "着": ("著", "zhuó"), "对": ("對", "duì"),
      "这": ("這", "zhè"), "们": ("們", "men"), "华": ("華", "huá"), "东": ("東", "dōng"), "湾": ("灣", "wān")}


def _pinyin(R, trad, full):
    for _ in range(30):
        s = fs(R) + (fs(R) if R.random() < 0.5 else "")
        out = []
        buf = ""
        dens = R.choice([0.5, 0.8, 1.0])
        n = 0
        for ch in s:
            if ch in PY and PY[ch][1]:
                t, p = PY[ch]
                buf += t if trad else ch
                if R.random() < dens:
                    out += [buf, M(("（%s）" if full else "(%s)") % p, "del:py")]
                    buf = ""
                    n += 1
            else:
                if trad and ch in PY:
                    buf += PY[ch][0]
                else:
                    buf += ch
        out.append(buf)
        if n:
            return out
    raise Retry


def mj_pinyin_trad(R):
    return _pinyin(R, True, False)


def mj_pinyin_simp(R):
    return _pinyin(R, False, R.random() < 0.35)


def _compat_map(lo, hi):
    m = {}
    for cp in range(lo, hi):
        ch = chr(cp)
        n = unicodedata.normalize("NFKC", ch)
        if n != ch and len(n) == 1 and "\u4e00" <= n <= "\u9fff":
            m.setdefault(n, ch)
    return m


KANGXI = _compat_map(0x2F00, 0x2FE0)
COMPAT = _compat_map(0xF900, 0xFB00)


def _nfkc_style(table, dens):
    def f(R):
        for _ in range(30):
            s = fs(R) + (fs(R) if R.random() < 0.5 else "")
            idx = [i for i, c in enumerate(s) if c in table]
            if not idx:
                continue
            sel = set(i for i in idx if R.random() < dens) or {R.choice(idx)}
            out = []
            i = 0
            while i < len(s):
                if i in sel:
                    j = i
                    while j in sel:
                        j += 1
                    out.append(M("".join(table[c] for c in s[i:j]), "nfkc"))
                    i = j
                else:
                    j = i
                    while j < len(s) and j not in sel:
                        j += 1
                    out.append(s[i:j])
                    i = j
            return out
        raise Retry
    return f


mj_kangxi = _nfkc_style(KANGXI, 0.7)
mj_compat = _nfkc_style(COMPAT, 0.8)


def mj_punct_w1252(R):
    v = R.randrange(4)
    if v == 0:
        n = R.choice(["约翰·史密斯", "玛丽·安妮", "卡尔·马克思"])
        segs = cdmg("·", "utf-8>w1252")
        a, b = n.split("·")
        return [f"外籍专家{a}", segs[1], f"{b}受邀出席{R.choice(COUNTIES)}招商推介会。"]
    if v == 1:
        q1, q2 = "“", "”"
        t = R.choice(["Green Development", "Smart Governance", "Common Prosperity", "Rural Revitalization"])
        return ["论坛主题为", cdmg(q1, "utf-8>w1252")[1], t, cdmg(q2, "utf-8>w1252")[1], "，吸引嘉宾", rnum(R), "人。"]
    if v == 2:
        s = fs(R)
        out = []
        for ch in s:
            if ch in "，。、：" and R.random() < 0.5:
                out.append(cdmg(ch, "utf-8>w1252")[1])
            else:
                out.append(ch)
        if not any(isinstance(x, tuple) for x in out):
            raise Retry
        return out
    return ["项目全称", cdmg("—", "utf-8>w1252")[1], cdmg("—", "utf-8>w1252")[1], R.choice(PROJ), "。"]


def mj_mixed(R):
    s = fs(R) + fs(R)
    out = []
    used = 0
    i = 0
    lastkind = None
    while i < len(s):
        ch = s[i]
        r = R.random()
        if ch in PY and PY[ch][1] and r < 0.5:
            out += [PY[ch][0], M("(%s)" % PY[ch][1], "del:py")]
            lastkind = "py"
            used += 1
        elif re.match(CJK, ch) and r < 0.06 and lastkind != "q" and out and not isinstance(out[-1], tuple):
            out.append(M("?", f"qmark={ch}"))
            lastkind = "q"
            used += 1
        else:
            out.append(PY[ch][0] if ch in PY else ch)
            lastkind = None
        i += 1
    if R.random() < 0.5:
        out.append(M(R.choice(["/strong>", "</p>", "<br>"]), "del:brk"))
    return out


# ---------------------------------------------------------------- mj negatives
def mn_russian(R):
    return R.choice([["代表团向俄方赠送了写有“Дружба и сотрудничество”（友谊与合作）字样的纪念品。"],
                     [f"{R.choice(COUNTIES)}与伊尔库茨克州签署友好交流备忘录，俄方代表伊万·彼得罗夫（Иван Петров）致辞。"],
                     ["口岸双语标识采用“Добро пожаловать”（欢迎光临）等俄文用语。"],
                     [f"中俄边贸洽谈会以“Торговля и развитие”为主题，签约{R.randint(3, 20)}个项目。"],
                     ["俄语培训班教材第一课为“Здравствуйте”（您好）。"]])


def mn_ja_ko(R):
    return R.choice([["日方代表在致辞中表示：「持続可能な地域づくりに貢献したい」。"],
                     [f"与日本友好城市签署《姉妹都市交流協定》，{R.choice(RES)}。"],
                     ["留学生用日语写下“ありがとうございます”，感谢志愿者的帮助。"],
                     ["韩国访问团带来“지역 발전 협력”（区域发展合作）主题展览。"],
                     ["中韩双语宣传册中写有“감사합니다”（谢谢）和“환영합니다”（欢迎）。"],
                     [f"日语导览词为“ようこそ{R.choice(['青石', '柳溪', '云岭'])}へ”。"]])


def mn_greek(R):
    return R.choice([[f"经检验，α=0.05水平下差异显著，β系数为0.{R.randint(10, 99)}。"],
                     [f"PM2.5年均浓度为{R.randint(20, 45)}μg/m³，同比下降{R.randint(1, 9)}%。"],
                     ["公式中Δ表示增量，Σ表示求和，σ为标准差。"],
                     [f"土壤样品中γ射线剂量率为{R.randint(50, 120)}nGy/h，处于正常水平。"],
                     [f"管网设计流量Q={R.randint(2, 9)}.{R.randint(1, 9)}m³/s，摩阻系数λ=0.02。"]])


def mn_vietnamese(R):
    return R.choice([["越南谅山省代表团团长Nguyễn Văn Hùng一行来访。"],
                     ["边贸合作洽谈会上，Trần Thị Hoa女士介绍了Hà Nội的投资环境。"],
                     [f"与Quảng Ninh省签署口岸合作协议，涉及项目{R.randint(2, 9)}个。"],
                     ["越方翻译Phạm Minh Đức全程参与会谈。"]])


def mn_accented(R):
    return R.choice([["法国专家François Dubois和德国工程师Müller参加了技术交流。"],
                     ["合作方来自São Paulo和Zürich，双方签署了意向书。"],
                     ["巴西客商José Martínez在展会上采购了茶叶。"],
                     ["讲座引用了Ångström单位和“naïve”一词的写法。"],
                     [f"丹麦Søren Kierkegaard研究中心赠书{rnum(R)}册。"],
                     ["波兰Łódź市代表团参观了产业园。"]])


def mn_pinyin_lesson(R):
    return R.choice([["普通话推广课上，老师讲解“发展”读作fā zhǎn，“绿色”读作lǜ sè。"],
                     ["拼音声调示例：mā、má、mǎ、mà分别对应一至四声。"],
                     ["“乡村振兴”的汉语拼音为xiāngcūn zhènxīng，请在双语标牌上规范书写。"],
                     ["推普周活动中，孩子们练习了“ü”上两点省略的规则，如jū、qū、xū。"],
                     [f"{R.choice(VILLS)}的拼音标注为{R.choice(['Liǔxī Cūn', 'Sōnggǎng Cūn', 'Héhuā Cūn'])}。"]])


def mn_emoji(R):
    return R.choice([["网友在留言区点赞👍：“家门口的公园真漂亮！”🎉"],
                     ["社区微信群通知：明天上午9点开展义诊❤️，欢迎居民参加。"],
                     ["亲子活动合影👨\u200d👩\u200d👧已发布在公众号上。"],
                     ["今天天气晴☀️，适合开展户外志愿服务。"],
                     [f"公众号推文《{R.choice(TOPICS)}》获{rnum(R)}个👍。"],
                     ["居民留言：“为社区工作者点赞💪🏻！”"]])


def mn_rare(R):
    return R.choice([["亳州、郴州、邕江流域的经验值得借鉴。"],
                     ["优秀学生名单：王喆、李堃、张淼、陈垚、刘犇。"],
                     ["调研组在吉林省𠮷林村考察（该村名使用扩展区汉字）。"],
                     ["赴涪陵、鄱阳湖和东莞麻涌、厦门翔安调研。"],
                     [f"驻村第一书记{R.choice(SURN)}燚、{R.choice(SURN)}翀获表彰。"],
                     ["考察了婺源、歙县和黟县的古村落保护工作。"]])


def mn_html_example(R):
    return R.choice([["网站编辑培训要点：在网页源码中，空格写作&nbsp;，换行使用<br>标签，段落用<p>包裹。"],
                     ["URL中的中文会被编码为%E4%B8%AD这种形式，属正常现象，请勿手工修改。"],
                     ["信息员须知：正文中的“\\n”表示换行符，录入系统时无需保留。"],
                     ["培训课件示例：<title>政务公开</title>用于设置网页标题。"],
                     ["字符实体&amp;表示“&”符号，这是HTML的基本知识。"]])


def mn_traditional(R):
    return [R.choice(TRAD)] + ([R.choice(TRAD)] if R.random() < 0.4 else [])


def mn_question(R):
    return R.choice([["如何让群众少跑腿？我们的答案是“一窗受理、集成服务”。"],
                     ["是否按期完成？答：已于6月底全部完成。"],
                     ["外宾提问“What is next?”，工作人员作了详细介绍。"],
                     ["问卷第3题：您对社区服务满意吗？"],
                     [f"钱从哪里来？{R.choice(TOWNS)}探索“财政+社会资本”模式。"],
                     ["Q&A环节：How long does it take? 答：一般3个工作日。"]])


def mn_lookalike_words(R):
    return R.choice([["屯溪区老街采用烫金工艺制作门店招牌。"],
                     ["涓涓细流汇成江海，志愿者服务技术娴熟。"],
                     [f"请将文件拷贝至共享盘，每斤茶叶补贴{R.randint(2, 9)}元。"],
                     ["历史上曾在此屯田戍边，遗址保护工作持续推进。"],
                     ["开展烫伤急救知识培训，学员操作娴熟。"],
                     ["锟铻剑的传说在当地流传甚广。"]])


def mn_symbols(R):
    return R.choice([[f"室外温度-{R.randint(1, 9)}℃，建筑面积{R.randint(100, 900)}㎡，误差±0.5%。"],
                     [f"进口设备单价{R.randint(1000, 9000)}€，英镑报价£{R.randint(500, 990)}。"],
                     ["本办法第3条§2规定的事项，适用本细则。"],
                     [f"出生率为{R.randint(5, 9)}.{R.randint(1, 9)}‰，商标为“青禾®”。"],
                     ["①加强组织领导；②强化资金保障；③严格督查考核。"],
                     [f"©{R.choice(COUNTIES)}人民政府 版权所有"]])


def mn_fullwidth(R):
    return R.choice([["ＧＤＰ同比增长５．２％，Ａ级景区新增２家。"],
                     ["　　各单位要高度重视，认真抓好落实。"],
                     ["通知编号：ＱＳ－２０２３－０１５，联系人：王同志。"],
                     [f"　　{fs(R)}"],
                     ["ＡＡＡＡ级景区创建工作通过省级评定。"]])


def mn_url_code(R):
    return R.choice([[f"详见https://www.example.gov.cn/zwgk/index.html?id={R.randint(100, 9999)}&type=2。"],
                     ["数据接口返回格式为{\"code\":0,\"msg\":\"ok\"}。"],
                     ["文件存放路径为D:\\工作\\2023\\总结.docx。"],
                     ["邮箱：office@example.gov.cn，传真：0731-88886666。"],
                     ["二维码链接：https://www.example.gov.cn/a?b=1&c=%E6%B5%8B（系统自动生成）。"]])


def mn_clean(R):
    return [fs(R), fs(R), fs(R)]


# ---------------------------------------------------------------- registry
P, MJ, NG = "placeholder", "mojibake", "negative"
STYLES = [
    ("ph_count", P, "masked counts (xx户, xxx家)", ph_count),
    ("ph_place", P, "masked place names (XX街道, XX县XX镇)", ph_place),
    ("ph_date_md", P, "masked month/day (x月xx日)", ph_date_md),
    ("ph_year", P, "masked years (20xx年, 202x年, XXXX年)", ph_year),
    ("ph_money", P, "masked amounts with units (xx.xx万元, x.xx亿元)", ph_money),
    ("ph_percent", P, "masked percentages and points", ph_percent),
    ("ph_name_surname", P, "pseudonymised names with surname (张某, 王某某, 李XX)", ph_name_surname),
    ("ph_name_full", P, "fully masked names (XXX, 某某某)", ph_name_full),
    ("ph_moumou", P, "某/某某 standing for entities in many positions", ph_moumou),
    ("ph_bracket_cn", P, "【】 template fields", ph_bracket_cn),
    ("ph_curly", P, "programming-style template fields ({name}, ${org}, %s)", ph_curly),
    ("ph_mergefield", P, "mail-merge fields («姓名», { MERGEFIELD })", ph_mergefield),
    ("ph_fill_paren", P, "fill-in instructions in brackets", ph_fill_paren),
    ("ph_word_zh", P, "Chinese Word content-control leftovers", ph_word_zh),
    ("ph_word_en", P, "Word content-control leftovers in other languages", ph_word_en),
    ("ph_wps", P, "WPS/Word/PowerPoint template prompts", ph_wps),
    ("ph_editor_note", P, "editor notes left in text", ph_editor_note),
    ("ph_field_tbd", P, "待定/TBD/N/A as field values", ph_field_tbd),
    ("ph_blank_underscore", P, "underscore form blanks", ph_blank_underscore),
    ("ph_blank_paren", P, "empty bracket form blanks", ph_blank_paren),
    ("ph_table_tab", P, "masks in tab-separated table", ph_table_tab),
    ("ph_table_bar", P, "masks in bar-separated table", ph_table_bar),
    ("ph_table_space", P, "masks in space-aligned table", ph_table_space),
    ("ph_heading", P, "masks in headings and titles", ph_heading),
    ("ph_signature", P, "masked signature block dates", ph_signature),
    ("ph_contact", P, "masked contact lines", ph_contact),
    ("ph_id_card", P, "masked ID numbers", ph_id_card),
    ("ph_phone", P, "masked phone numbers", ph_phone),
    ("ph_bank", P, "masked bank account numbers", ph_bank),
    ("ph_plate_code", P, "masked plates, credit codes, passports", ph_plate_code),
    ("ph_symbol_mask", P, "masks of ●○□■△★＃", ph_symbol_mask),
    ("ph_star_mask", P, "asterisk masks", ph_star_mask),
    ("ph_cross_mask", P, "× masks", ph_cross_mask),
    ("ph_fullwidth", P, "full-width x masks", ph_fullwidth),
    ("ph_question_mask", P, "question-mark masks", ph_question_mask),
    ("ph_doc_number", P, "masked document numbers", ph_doc_number),
    ("ph_minutes", P, "masked meeting-minutes header", ph_minutes),
    ("ph_mixed_para", P, "paragraph with many placeholder kinds", ph_mixed_para),
    ("ph_lorem", P, "dummy filler text", ph_lorem),
    ("ph_address", P, "masked addresses", ph_address),
    ("ph_time", P, "masked clock times", ph_time),
    ("ph_ordinal", P, "masked ordinals (第X次)", ph_ordinal),
    ("ph_measure", P, "masked measurements", ph_measure),
    ("ph_salutation", P, "masked letter salutations", ph_salutation),
    ("ph_form_mixed", P, "form with mixed blanks", ph_form_mixed),
    ("ph_bracket_square", P, "template fields in square/other brackets", ph_bracket_square),
    ("ph_angle", P, "angle-bracket and English fields", ph_angle),
    ("ph_caseno", P, "masked case numbers", ph_caseno),
    ("ph_list_items", P, "masks in numbered lists", ph_list_items),
    ("ph_approval", P, "masked approval block and numeric dates", ph_approval),
    ("ph_neg_1plusx", NG, "1+X / 1+N policy names", n_1plusx),
    ("ph_neg_xterms", NG, "X光, x86, X射线, X型路口", n_xterms),
    ("ph_neg_models", NG, "product model codes containing X", n_models),
    ("ph_neg_formula", NG, "formulas with variable x", n_formula),
    ("ph_neg_cnzero", NG, "二○二三年 style dates (○ as zero)", n_cnzero),
    ("ph_neg_checkbox", NG, "checkbox legends □/☑", n_checkbox),
    ("ph_neg_stars", NG, "significance stars with legend, star ratings", n_stars),
    ("ph_neg_mou", NG, "某些/某种/某一/某个 ordinary words", n_mou),
    ("ph_neg_quoted_tpl", NG, "quoted template explained as example", n_quoted_tpl),
    ("ph_neg_roman", NG, "Roman numerals", n_roman),
    ("ph_neg_multiply", NG, "multiplication sign in dimensions", n_multiply),
    ("ph_neg_sku", NG, "sizes and SKU codes (XL, XXL)", n_sku),
    ("ph_neg_bullets", NG, "symbols used as list bullets", n_bullets),
    ("ph_neg_tbd_prose", NG, "待定/待补充 used in ordinary prose", n_tbd_prose),
    ("ph_neg_brackets_real", NG, "brackets with real content", n_brackets_real),
    ("ph_neg_chrom", NG, "XX/XY chromosomes", n_chrom),
    ("ph_neg_pinyin_x", NG, "pinyin place names containing x", n_pinyin_x),
    ("ph_neg_filenames", NG, "underscores in file and field names", n_filenames),
    ("ph_neg_filled_form", NG, "filled-in form with real values", n_filled_form),
    ("ph_neg_clean", NG, "clean report prose with real figures", n_clean),
    # ---- mojibake
    ("mj_u8gbk_word", MJ, "UTF-8 read as GBK (word)", codec_style("utf-8>gbk", "word")),
    ("mj_u8gbk_clause", MJ, "UTF-8 read as GBK (clause)", codec_style("utf-8>gbk", "clause")),
    ("mj_u8gbk_sentence", MJ, "UTF-8 read as GBK (sentence/paragraph)", codec_style("utf-8>gbk", "sentence", src=para_src)),
    ("mj_u8gbk_heading", MJ, "UTF-8 read as GBK (heading)", mj_u8gbk_heading),
    ("mj_u8gbk_table", MJ, "UTF-8 read as GBK (table row)", codec_style("utf-8>gbk", "sentence", src=table_row_src)),
    ("mj_u8gb18030", MJ, "UTF-8 read as GB18030", codec_style("utf-8>gb18030", "clause")),
    ("mj_u8gbk_lossy_q", MJ, "UTF-8 read as GBK, undecodable bytes saved as ?", mj_u8gbk_lossy_q),
    ("mj_u8gbk_double", MJ, "UTF-8 read as GBK twice", codec_style("utf-8>gbk+utf-8>gbk", "word")),
    ("mj_gbk_u8_lossy", MJ, "GBK read as UTF-8 with replacement", _lossy_fixed("gbk>utf-8!r", unit="clause")),
    ("mj_kaokao", MJ, "锟斤拷 (GBK->UTF-8 replacement, then UTF-8 read as GBK)", mj_kaokao),
    ("mj_tangtun", MJ, "烫烫烫/屯屯屯 uninitialised memory", mj_tangtun),
    ("mj_u8_w1252", MJ, "UTF-8 read as windows-1252", codec_style("utf-8>w1252", "word")),
    ("mj_u8_latin1", MJ, "UTF-8 read as latin-1 (C1 controls)", codec_style("utf-8>latin-1", "word")),
    ("mj_u8_w1252_double", MJ, "UTF-8 double-encoded via windows-1252", codec_style("utf-8>w1252+utf-8>w1252", "word")),
    ("mj_punct_w1252", MJ, "only punctuation / name dots UTF-8 read as windows-1252", mj_punct_w1252),
    ("mj_u8_cp1251", MJ, "UTF-8 read as cp1251", codec_style("utf-8>cp1251", "word")),
    ("mj_u8_koi8r", MJ, "UTF-8 read as KOI8-R", codec_style("utf-8>koi8_r", "word")),
    ("mj_u8_macroman", MJ, "UTF-8 read as MacRoman", codec_style("utf-8>mac_roman", "word")),
    ("mj_gbk_latin1", MJ, "GBK read as latin-1 / windows-1252", codec_style(["gbk>latin-1", "gbk>w1252"], "clause")),
    ("mj_gbk_big5", MJ, "GBK read as Big5", codec_style("gbk>big5", "word")),
    ("mj_gbk_sjis", MJ, "GBK read as Shift-JIS (cp932)", codec_style("gbk>cp932", "word")),
    ("mj_gbk_euckr", MJ, "GBK read as EUC-KR", codec_style("gbk>euc_kr", "word")),
    ("mj_big5_gbk", MJ, "Big5 traditional text read as GBK", codec_style("big5>gbk", "clause", src=trad_src)),
    ("mj_u8_big5", MJ, "UTF-8 read as Big5", codec_style("utf-8>big5", "word")),
    ("mj_u8_sjis", MJ, "UTF-8 read as Shift-JIS", codec_style("utf-8>cp932", "word")),
    ("mj_u8_euckr", MJ, "UTF-8 read as EUC-KR", codec_style("utf-8>euc_kr", "word")),
    ("mj_big5_u8_lossy", MJ, "Big5 read as UTF-8 with replacement", _lossy_fixed("big5>utf-8!r", src=trad_src, unit="clause")),
    ("mj_cp437_file", MJ, "attachment file names read as cp437 (zip)", mj_cp437_file),
    ("mj_ascii_utf16", MJ, "ASCII read as UTF-16LE", mj_ascii_utf16),
    ("mj_lost_q_rare", MJ, "characters missing from target charset saved as ?", mj_lost_q_rare),
    ("mj_lost_q_random", MJ, "characters lost as ?", mj_lost_q_random),
    ("mj_lost_fffd", MJ, "characters lost as U+FFFD", mj_lost_fffd),
    ("mj_gbkshift", MJ, "GBK byte stream decoded one byte out of step", mj_gbkshift),
    ("mj_ent_indent", MJ, "HTML entities used as indentation", mj_ent_indent),
    ("mj_ent_char", MJ, "HTML entities replacing punctuation", mj_ent_char),
    ("mj_ent_double", MJ, "double-escaped HTML entities", mj_ent_double),
    ("mj_ent_ncr", MJ, "CJK written as numeric character references", mj_ent_ncr),
    ("mj_tags", MJ, "HTML tags left in text", mj_tags),
    ("mj_tags_broken", MJ, "broken HTML tag / entity fragments", mj_tags_broken),
    ("mj_word_html", MJ, "MS Word HTML/CSS leftovers", mj_word_html),
    ("mj_zw", MJ, "zero-width / soft-hyphen / BOM characters inside text", mj_zw),
    ("mj_bom", MJ, "byte-order mark at start of text or line", mj_bom),
    ("mj_bidi", MJ, "bidi control characters", mj_bidi),
    ("mj_ctrl", MJ, "C0/C1 control characters and U+FFFC", mj_ctrl),
    ("mj_esc_newline", MJ, "literal \\n \\r\\n \\t escapes", mj_esc_newline),
    ("mj_esc_unicode", MJ, "literal \\uXXXX / \\xXX escapes", mj_esc_unicode),
    ("mj_url_pct", MJ, "percent-encoded CJK left in text", mj_url_pct),
    ("mj_mime", MJ, "undecoded MIME encoded-word subjects", mj_mime),
    ("mj_qp", MJ, "quoted-printable left in text", mj_qp),
    ("mj_pinyin_trad", MJ, "traditional conversion with pinyin annotations 發(fā)展", mj_pinyin_trad),
    ("mj_pinyin_simp", MJ, "pinyin annotations on simplified text", mj_pinyin_simp),
    ("mj_kangxi", MJ, "Kangxi radicals from PDF extraction (NFKC restores)", mj_kangxi),
    ("mj_compat", MJ, "CJK compatibility ideographs (NFKC restores)", mj_compat),
    ("mj_mixed", MJ, "scraper damage: pinyin + lost ? + tag debris", mj_mixed),
    ("mj_neg_russian", NG, "quoted Russian", mn_russian),
    ("mj_neg_ja_ko", NG, "quoted Japanese / Korean", mn_ja_ko),
    ("mj_neg_greek", NG, "Greek letters and units", mn_greek),
    ("mj_neg_vietnamese", NG, "Vietnamese names", mn_vietnamese),
    ("mj_neg_accented", NG, "accented Latin names", mn_accented),
    ("mj_neg_pinyin_lesson", NG, "pinyin lesson", mn_pinyin_lesson),
    ("mj_neg_emoji", NG, "emoji (incl. ZWJ sequence, VS16)", mn_emoji),
    ("mj_neg_rare", NG, "rare but real characters", mn_rare),
    ("mj_neg_html_example", NG, "HTML/escapes shown on purpose", mn_html_example),
    ("mj_neg_traditional", NG, "traditional Chinese text", mn_traditional),
    ("mj_neg_question", NG, "real question marks", mn_question),
    ("mj_neg_lookalike_words", NG, "real words with 烫/屯/拷/涓/娴", mn_lookalike_words),
    ("mj_neg_symbols", NG, "legitimate symbols ℃ ㎡ € § ‰ ®", mn_symbols),
    ("mj_neg_fullwidth", NG, "legitimate full-width ASCII and ideographic spaces", mn_fullwidth),
    ("mj_neg_url_code", NG, "URLs, JSON and paths", mn_url_code),
    ("mj_neg_clean", NG, "clean report prose", mn_clean),
]


# ---------------------------------------------------------------- build
def merge_rc(a, b):
    sa, ca = parse_recipe(a)
    sb, cb = parse_recipe(b)
    if sa != sb:
        return None
    if ca is None and cb is None:
        return a
    if ca is not None and cb is not None:
        return "+".join(sa) + "=" + ca + cb
    return None


def build(segs):
    text = ""
    spans = []
    for seg in segs:
        if isinstance(seg, str):
            text += seg
            continue
        k, t = seg[0], seg[1]
        if not t:
            continue
        s0 = len(text)
        text += t
        info = seg[2] if k == "M" else None
        if spans and spans[-1][1] == s0:
            prev = spans[-1]
            if k == prev[2] == "S":
                prev[1] = len(text)
                continue
            if k == prev[2] == "M":
                mr = merge_rc(prev[3], info)
                if mr is None:
                    raise Retry
                prev[1] = len(text)
                prev[3] = mr
                continue
            raise Retry
        spans.append([s0, len(text), k, info])
    return text, spans


def add_context(R, segs, family):
    """wrap a defect snippet with 0-2 clean sentences before/after (paragraph breaks sometimes)"""
    if any(isinstance(x, str) and "\n" in x for x in segs) and R.random() < 0.6:
        return segs
    before = [fs(R) for _ in range(R.choice([0, 0, 1, 1, 2]))]
    after = [fs(R) for _ in range(R.choice([0, 0, 1, 1, 2]))]
    j = R.choice(["", "", "\n"])
    first = segs[0] if isinstance(segs[0], str) else segs[0][1]
    last = segs[-1] if isinstance(segs[-1], str) else segs[-1][1]
    blocky = any(isinstance(x, str) and ("\n" in x or "\t" in x) for x in segs) or str(first).startswith("项目名称：")
    jb = "\n" if blocky or re.match(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]）|\d+\.|第)", first or "x") else j
    ja = "\n" if blocky or not last or last[-1] not in "。！？；”）" else j
    out = []
    if before:
        out.append(jb.join(before) + jb)
    out += segs
    if after:
        out.append(ja + ja.join(after))
    return out


def make_record(seed, style, label, desc, fn, idx, R, seen):
    fam = style[:2]
    for _ in range(300):
        try:
            segs = fn(R)
            segs = add_context(R, segs, fam) if style not in ("mj_bom", "ph_minutes") else segs
            text, spans = build(segs)
        except (Retry, ValueError, UnicodeError, IndexError):
            continue
        if text in seen:
            continue
        sp = [[a, b] for a, b, _, _ in spans]
        if label == NG:
            if sp:
                raise RuntimeError("negative with spans: " + style)
            note = "negative look-alike: " + desc
        elif fam == "ph":
            note = desc + "; spans: " + " / ".join(text[a:b] for a, b in sp)
        else:
            rcs = [s[3] for s in spans]
            lossy = any("=" in r for r in rcs)
            note = desc + "; " + ("lossy" if lossy else "lossless") + "; [inv=" + "|".join(rcs) + "]"
        rec = {"id": f"{PREFIX}-{seed}-{style}-{idx:02d}", "family": fam, "style": style, "label": label,
               "text": text, "spans": sp, "note": note}
        errs = verify_record(rec)
        if errs:
            continue
        seen.add(text)
        return rec
    raise RuntimeError("could not generate %s #%d" % (style, idx))


def dump_line(rec):
    s = json.dumps(rec, ensure_ascii=False)
    out = []
    for ch in s:
        if unicodedata.category(ch) in INVIS_CATS:
            o = ord(ch)
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out)


def generate(seed, out):
    n = 0
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for style, label, desc, fn in STYLES:
            fam = style[:2]
            R = random.Random(zlib.crc32(f"{seed}|{fam}|{style}|{label}".encode("utf-8")))
            seen = set()
            for i in range(1, N_PER_STYLE + 1):
                rec = make_record(seed, style, label, desc, fn, i, R, seen)
                fh.write(dump_line(rec) + "\n")
                n += 1
    print("wrote %d records, %d styles to %s" % (n, len(STYLES), out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify")
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify_file(a.verify) else 1)
    if a.seed is None or not a.out:
        ap.error("--seed and --out required (or --verify FILE)")
    generate(a.seed, a.out)


if __name__ == "__main__":
    main()
