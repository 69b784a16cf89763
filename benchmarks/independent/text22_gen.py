#!/usr/bin/env python3
"""text22_gen.py - held-out test collection for a placeholder / mojibake auditor of Chinese report text.

Usage:
    python3 text22_gen.py --seed 11 --out text22_seed11.jsonl
    python3 text22_gen.py --verify text22_seed11.jsonl text22_seed12.jsonl
    python3 text22_gen.py --style-table table.md [--seed 11]

Standard library only, deterministic per seed (every random choice comes from random.Random seeded
with a string, which Python hashes with SHA-512, so PYTHONHASHSEED plays no part).
"""
import argparse
import base64
import html
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse

# --------------------------------------------------------------------------------------------
# pools (all names invented)
# --------------------------------------------------------------------------------------------
SURNAMES = list("张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌海波宇晨欣怡浩然涵轩雨婷嘉俊佳琪振东春梅晓燕立新庆卫美玲博思远德茂永亮锋凯琳慧颖")
PLACE = ["青石", "柳溪", "南湾", "白沙", "东岭", "金桥", "凤鸣", "双河", "杏林", "龙潭", "云台", "石门", "清水",
         "黄泥", "望江", "桃源", "新塘", "大营", "永丰", "松柏", "梅岭", "枫林", "长岗", "兴隆", "红星", "安澜",
         "北岸", "西坝", "槐荫", "芦花", "沙埠", "仙桥", "鹤鸣", "蓝田", "古渡", "樟树"]
CITY = ["汀阳", "沂川", "岚州", "嵩原", "越溪", "澄州", "宁川", "临江", "潇湖", "赣阳", "平昌", "东莱", "栖霞湾", "鹭洲"]
ORGP = ["华信", "恒泰", "瑞丰", "鼎盛", "宏远", "天成", "金诺", "安达", "联创", "九洲", "佳和", "启明", "鑫源", "博雅",
        "绿源", "同德", "润邦", "中拓", "远航", "汇通", "嘉禾", "盛世", "卓越", "新锐"]
ORGI = ["建筑工程", "物业服务", "商贸", "食品", "信息技术", "劳务派遣", "医疗器械", "物流", "环保科技", "餐饮管理",
        "园林绿化", "电子科技", "机械制造", "文化传媒", "小额贷款", "房地产经纪"]
ORGS = ["有限公司", "有限责任公司", "股份有限公司"]
DEPTS = ["人力资源和社会保障局", "住房和城乡建设局", "市场监督管理局", "应急管理局", "卫生健康委员会", "教育局",
         "农业农村局", "生态环境局", "民政局", "财政局", "气象局", "公安局", "统计局", "文化广电旅游体育局"]
ROADS = ["望江", "建设", "人民", "解放", "滨河", "朝阳", "新华", "光明", "工业", "学府", "迎宾", "育才", "翠湖", "梧桐"]
ITEMS = ["A4复印纸", "硒鼓", "防汛沙袋", "干粉灭火器", "医用口罩", "铜芯电缆", "普通硅酸盐水泥", "螺纹钢", "LED灯管",
         "激光打印机", "折叠桌", "救生衣", "反光背心", "消毒液", "档案盒", "铁锹", "应急照明灯", "办公椅"]
PROJECTS = ["老旧小区改造", "农村人居环境整治", "雨污分流", "背街小巷提升", "高标准农田建设", "智慧社区平台", "河道清淤",
            "乡村振兴示范带", "便民服务中心改造", "垃圾分类收运", "口袋公园建设", "充电桩布设"]
COURSES = ["安全生产管理", "消防设施操作", "基层党务实务", "电子商务运营", "养老护理", "会计继续教育", "食品安全管理",
           "网格员业务", "特种设备操作"]
TESTS = [("白细胞计数", "10^9/L", (3.5, 9.5)), ("红细胞计数", "10^12/L", (4.3, 5.8)), ("血红蛋白", "g/L", (130, 175)),
         ("血小板计数", "10^9/L", (125, 350)), ("空腹血糖", "mmol/L", (3.9, 6.1)), ("总胆固醇", "mmol/L", (2.8, 5.2)),
         ("谷丙转氨酶", "U/L", (9, 50)), ("肌酐", "μmol/L", (57, 111)), ("尿酸", "μmol/L", (208, 428))]
PROVS = ["粤", "湘", "赣", "闽", "浙", "苏", "鲁", "川", "鄂", "皖"]


def person(rng):
    s = rng.choice(SURNAMES)
    g = "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
    return s, g


# --------------------------------------------------------------------------------------------
# slot values: a value is a list of parts (text, role); role n = name part, s = surname,
# d = digits, k = kept text (suffix, unit, separator)
# --------------------------------------------------------------------------------------------
def num_str(rng, lo, hi):
    return str(rng.randint(lo, hi))


def gen_value(typ, rng):
    if typ == "person":
        s, g = person(rng)
        return [(s, "s"), (g, "n")]
    if typ == "org":
        return [(rng.choice(CITY) + rng.choice(ORGP), "n"), (rng.choice(ORGI) + rng.choice(ORGS), "k")]
    if typ == "gov":
        return [(rng.choice(CITY), "n"), ("市" + rng.choice(DEPTS), "k")]
    if typ == "city":
        return [(rng.choice(CITY), "n"), (rng.choice(["市", "县", "区"]), "k")]
    if typ == "street":
        return [(rng.choice(PLACE), "n"), (rng.choice(["街道", "镇", "街道", "乡"]), "k")]
    if typ == "village":
        return [(rng.choice(PLACE), "n"), (rng.choice(["社区", "村", "社区"]), "k")]
    if typ == "addr":
        return [(rng.choice(ROADS), "n"), ("路", "k"), (num_str(rng, 1, 399), "d"), ("号", "k")]
    if typ == "project":
        return [(rng.choice(PLACE), "n"), (rng.choice(PROJECTS) + "项目", "k")]
    if typ == "num":
        return [(num_str(rng, 2, 999), "d")]
    if typ == "small":
        return [(num_str(rng, 2, 40), "d")]
    if typ == "big":
        return [(num_str(rng, 1000, 98000), "d")]
    if typ == "money":
        return [("%d.%02d" % (rng.randint(1, 9999), rng.randint(0, 99)), "d")]
    if typ == "yuan":
        v = rng.randint(800, 480000)
        return [("{:,}".format(v) if rng.random() < 0.4 else str(v), "d")]
    if typ == "pct":
        return [("%d.%d" % (rng.randint(1, 99), rng.randint(0, 9)) if rng.random() < 0.6 else str(rng.randint(1, 100)), "d")]
    if typ == "date":
        return [(str(rng.randint(2019, 2024)), "d"), ("年", "k"), (str(rng.randint(1, 12)), "d"), ("月", "k"),
                (str(rng.randint(1, 28)), "d"), ("日", "k")]
    if typ == "md":
        return [(str(rng.randint(1, 12)), "d"), ("月", "k"), (str(rng.randint(1, 28)), "d"), ("日", "k")]
    if typ == "ym":
        return [(str(rng.randint(2019, 2024)), "d"), ("年", "k"), (str(rng.randint(1, 12)), "d"), ("月", "k")]
    if typ == "time":
        return [("%02d" % rng.randint(7, 20), "d"), (":", "k"), (rng.choice(["00", "30", "15", "45"]), "d")]
    if typ == "mobile":
        return [("1" + rng.choice(["38", "39", "58", "86", "77", "35", "50", "89"]) + "".join(rng.choice("0123456789") for _ in range(8)), "d")]
    if typ == "tel":
        return [("0" + num_str(rng, 311, 898), "d"), ("-", "k"), (num_str(rng, 2000000, 8999999), "d")]
    if typ == "idno":
        d = "%06d" % rng.randint(110000, 659000) + str(rng.randint(1960, 2003)) + "%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)) + "%03d" % rng.randint(0, 999)
        return [(d + rng.choice("0123456789X"), "d")]
    if typ == "bank":
        return [("6222" + "".join(rng.choice("0123456789") for _ in range(12)), "d")]
    if typ == "plate":
        return [(rng.choice(PROVS) + rng.choice("ABCDEF"), "k"), ("·" if rng.random() < 0.5 else "", "k"),
                ("".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5)), "d")]
    if typ == "code":
        return [(rng.choice(["HT", "CG", "ZL", "JK", "PO", "QD"]), "k"), ("-", "k"), (str(rng.randint(2019, 2024)), "d"), ("-", "k"), ("%04d" % rng.randint(1, 9999), "d")]
    if typ == "docno":
        return [(str(rng.randint(2019, 2024)), "d"), ("〕", "k"), (num_str(rng, 1, 180), "d"), ("号", "k")]
    if typ == "age":
        return [(num_str(rng, 18, 79), "d")]
    raise KeyError(typ)


LABELS = {"person": "姓名", "org": "单位名称", "gov": "单位名称", "city": "市县名称", "street": "街道名称", "village": "社区名称",
          "addr": "地址", "project": "项目名称", "num": "数量", "small": "数量", "big": "数量", "money": "金额", "yuan": "金额",
          "pct": "比例", "date": "日期", "md": "日期", "ym": "年月", "time": "时间", "mobile": "联系电话", "tel": "联系电话",
          "idno": "身份证号", "bank": "银行账号", "plate": "车牌号", "code": "编号", "docno": "文号", "age": "年龄"}
VARS = {"person": "name", "org": "company_name", "gov": "unit_name", "city": "city", "street": "street", "village": "community",
        "addr": "address", "project": "project_name", "num": "count", "small": "count", "big": "total", "money": "amount",
        "yuan": "amount", "pct": "rate", "date": "date", "md": "date", "ym": "month", "time": "time", "mobile": "phone",
        "tel": "phone", "idno": "id_number", "bank": "account_no", "plate": "plate_no", "code": "contract_no",
        "docno": "doc_no", "age": "age"}
NAMEISH = {"person", "org", "gov", "city", "street", "village", "addr", "project"}
DIGITISH = {"num", "small", "big", "money", "yuan", "pct", "date", "md", "ym", "time", "mobile", "tel", "idno", "bank",
            "code", "docno", "age", "addr", "plate"}


# --------------------------------------------------------------------------------------------
# masks (placeholders).  Each returns the masked string, or None when not applicable.
# --------------------------------------------------------------------------------------------
def _digits(text, ch, rng, vary=True):
    out = []
    for run in re.split(r"(\d+)", text):
        if run.isdigit():
            n = len(run)
            if vary and rng.random() < 0.4:
                n = max(1, n + rng.choice([-1, 1, 1]))
            out.append(ch * n)
        else:
            out.append(run)
    return "".join(out)


def mask_char(ch_name, ch_digit, ch_person):
    def f(typ, parts, label, rng):
        out = []
        keep_year = typ in ("date", "ym") and rng.random() < 0.35
        surname_keep = rng.random() < 0.35
        for i, (t, role) in enumerate(parts):
            if role == "s":
                out.append(t if surname_keep else "")
            elif role == "n":
                if typ == "person":
                    out.append(ch_person * (2 if surname_keep else rng.choice([2, 3, 3])))
                else:
                    out.append(ch_name * rng.choice([2, 2, 3]))
            elif role == "d":
                if keep_year and i == 0:
                    out.append(t[:2] + ch_digit * 2)
                elif typ in ("date", "md", "ym"):
                    out.append(ch_digit * (4 if len(t) == 4 else rng.choice([1, 2, 2])))
                elif typ in ("mobile", "idno", "bank", "code", "docno", "tel", "plate", "time"):
                    out.append(_digits(t, ch_digit, rng, vary=False))
                else:
                    out.append(_digits(t, ch_digit, rng))
            else:
                out.append(t)
        return "".join(out)
    return f


def mask_mou(typ, parts, label, rng):
    if typ not in NAMEISH or typ == "addr":
        return None
    if typ == "person":
        return parts[0][0] + rng.choice(["某", "某", "某某", "某甲", "某乙"])
    head = rng.choice(["某某", "某", "某某"])
    return head + "".join(t for t, r in parts if r == "k")


def mask_star(typ, parts, label, rng):
    v = "".join(t for t, _ in parts)
    if typ == "person":
        g = parts[1][0]
        return parts[0][0] + rng.choice(["*" * len(g), "**", "*" + g[-1:] if len(g) > 1 else "*"])
    if typ == "mobile":
        return v[:3] + "****" + v[-4:]
    if typ == "idno":
        return rng.choice([v[:6] + "*" * 8 + v[-4:], v[:3] + "*" * 11 + v[-4:], v[:1] + "*" * 16 + v[-1:]])
    if typ == "bank":
        return v[:4] + rng.choice([" **** **** ", "********", "****"]) + v[-4:]
    if typ == "plate":
        d = parts[2][0]
        return parts[0][0] + parts[1][0] + d[:1] + "***" + d[-1:]
    if typ == "tel":
        return parts[0][0] + "-" + parts[2][0][:3] + "****"
    return None


def mask_bracket(typ, parts, label, rng):
    lab = label or LABELS[typ]
    return rng.choice(["【%s】", "[%s]", "〔%s〕", "【请填写%s】", "[填写%s]", "【%s】"]) % lab


def mask_mustache(typ, parts, label, rng):
    v = VARS[typ]
    return rng.choice(["{{%s}}", "{{ %s }}", "${%s}", "{%s}", "$%s$", "<%%= %s %%>", "{{%s}}"]) % (
        v.upper() if rng.random() < 0.2 else v)


def mask_merge(typ, parts, label, rng):
    lab = label or LABELS[typ]
    return rng.choice(["«%s»", "{ MERGEFIELD %s }", "<<%s>>", "{MERGEFIELD \"%s\"}", "«%s»", "#%s#", "%%%s%%"]) % lab


def mask_blank(typ, parts, label, rng):
    u = rng.choice(["＿", "_"])
    if typ in ("date", "ym", "md") and rng.random() < 0.7:
        return "".join((u * rng.randint(2, 4)) if r == "d" else t for t, r in parts)
    return u * rng.randint(3, 10)


def mask_fill(typ, parts, label, rng):
    lab = label or LABELS[typ]
    return rng.choice(["（此处填写%s）", "（填写%s）", "(请填写%s)", "（此处插入%s）", "（请在此处填写%s）", "（%s待填）"]) % lab


def mask_tbd(typ, parts, label, rng):
    return rng.choice(["待定", "待定", "TODO", "TBD", "待补充", "（待定）", "[待填]", "待确认", "待填报"])


def mask_ctrl(typ, parts, label, rng):
    if typ in ("date", "md", "ym"):
        return rng.choice(["单击或点击此处输入日期。", "单击此处输入日期。"])
    return rng.choice(["单击或点击此处输入文字。", "单击此处输入文字。", "点击此处添加文本", "在此处键入", "请输入内容"])


def mask_fullwidth_date(typ, parts, label, rng):
    if typ in ("date", "ym", "md"):
        return "".join(("X" * len(t)) if r == "d" else t for t, r in parts).replace("XXXX", rng.choice(["XXXX", "20XX"]))
    if typ in ("money", "yuan", "num", "pct", "big", "small"):
        return "X" * rng.randint(1, 4)
    return None


MASKS = {
    "xlow": (mask_char("x", "x", "x"), NAMEISH | DIGITISH),
    "xup": (mask_char("X", "X", "X"), NAMEISH | DIGITISH),
    "cross": (mask_char("×", "×", "×"), NAMEISH | DIGITISH),
    "fwx": (mask_char("Ｘ", "Ｘ", "Ｘ"), NAMEISH | DIGITISH),
    "fwxl": (mask_char("ｘ", "ｘ", "ｘ"), NAMEISH | DIGITISH),
    "circle": (mask_char("○", "○", "○"), NAMEISH | DIGITISH),
    "mou": (mask_mou, NAMEISH - {"addr"}),
    "star": (mask_star, {"person", "mobile", "idno", "bank", "plate", "tel"}),
    "bracket": (mask_bracket, NAMEISH | DIGITISH),
    "mustache": (mask_mustache, NAMEISH | DIGITISH),
    "merge": (mask_merge, NAMEISH | DIGITISH),
    "blank": (mask_blank, NAMEISH | DIGITISH),
    "fill": (mask_fill, NAMEISH | DIGITISH),
    "tbd": (mask_tbd, {"date", "md", "ym", "time", "money", "yuan", "person", "addr", "num", "pct", "org", "project", "code"}),
    "ctrl": (mask_ctrl, NAMEISH | DIGITISH),
    "xdate": (mask_fullwidth_date, {"date", "ym", "md", "money", "yuan", "num", "pct", "big", "small"}),
}

PH_CHECK = re.compile(
    r"[xXｘＸ×○＿_*＊某]|【|\[|〔|\{|«|<<|#|%|TODO|TBD|待定|待补充|待确认|待填|填写|此处|键入|请输入|MERGEFIELD|\$")
# obvious placeholders that must never appear outside spans / in negatives
PH_STRICT = re.compile(
    r"(?<![A-Za-z0-9])[xXｘＸ]{2,}(?![A-Za-z])|××|○○|＿{2,}|_{3,}|某某|【[^】]*(?:名称|姓名|填写|日期|金额)[^】]*】|\{\{|\$\{|«[\u4e00-\u9fff]{1,8}»|MERGEFIELD|TODO|TBD|待定(?!系数)|待补充|此处(?:填写|输入|插入)|\d{3}\*{3,}|\*{4,}|[张王李赵刘陈]\*\*|[xX]月[xX]+日|[xX]+月[xX]{1,2}日")


# --------------------------------------------------------------------------------------------
# damage (mojibake).  Every codec damage is produced with real codecs.
# --------------------------------------------------------------------------------------------
def d_u8_as(codec):
    def f(s, rng):
        return s.encode("utf-8").decode(codec, errors="replace")
    return f


def d_gbk_as(codec):
    def f(s, rng):
        return s.encode("gbk", errors="replace").decode(codec, errors="replace")
    return f


def d_u8_as_gbk_q(s, rng):
    # an editor that shows undecodable bytes as '?' instead of U+FFFD
    return s.encode("utf-8").decode("gbk", errors="replace").replace("\ufffd", "?")


def d_kuntou(s, rng):
    # GBK bytes -> decoded as UTF-8 (U+FFFD) -> saved as UTF-8 -> read as GBK: 锟斤拷
    lost = s.encode("gbk").decode("utf-8", errors="replace")
    return lost.encode("utf-8").decode("gbk", errors="replace")


def d_tang(s, rng):
    # uninitialised MSVC buffer bytes 0xCC / 0xCD read as GBK: 烫烫 / 屯屯, appended to the field
    b = bytes([rng.choice([0xCC, 0xCD])]) * (2 * rng.randint(2, 6))
    return s + b.decode("gbk")


def d_qmark(s, rng):
    # text passed through an ASCII-only pipe: every CJK character becomes '?'
    return s.encode("ascii", errors="replace").decode("ascii")


def d_qmark_gb2312(s, rng):
    # a GB2312-only system: rare name characters (堃, 喆, 燚 ...) become '?'
    return s.encode("gb2312", errors="replace").decode("gb2312")


def d_fffd(s, rng):
    return s.encode("gbk").decode("utf-8", errors="replace")


def d_gbk_bsr(s, rng):
    return s.encode("gbk").decode("utf-8", errors="backslashreplace")


def d_double(s, rng):
    t = s.encode("utf-8").decode("cp1252", errors="replace")
    return t.encode("utf-8").decode("cp1252", errors="replace")


def d_double_latin1(s, rng):
    t = s.encode("utf-8").decode("latin-1")
    return t.encode("utf-8").decode("latin-1")


def d_u16le_latin1(s, rng):
    return s.encode("utf-16-le").decode("latin-1")


def d_u16_u8(s, rng):
    return s.encode("utf-16-le").decode("utf-8", errors="replace")


def d_u16be_latin1(s, rng):
    return s.encode("utf-16-be").decode("latin-1")


def d_gbk_trunc(s, rng):
    b = s.encode("gbk")
    cut = len(b) - 1 if len(b) % 2 == 0 else len(b)
    cut = max(1, cut - 2 * rng.randint(0, max(0, min(3, cut // 2 - 1))))
    return b[:cut].decode("gbk", errors="replace")


def d_u8_trunc(s, rng):
    b = s.encode("utf-8")
    # cut inside the last multi-byte character
    for k in range(len(b) - 1, 0, -1):
        if b[k] & 0xC0 == 0x80 and b[k - 1] & 0xC0 != 0x80:
            return b[:k].decode("utf-8", errors="replace")
    return b[:-1].decode("utf-8", errors="replace")


def d_gbk_shift(s, rng):
    # one stray byte: the GBK stream is decoded one byte out of step
    b = s.encode("gbk")
    k = rng.randint(0, max(0, len(b) // 2 - 1)) * 2
    return (b[:k] + b[k + 1:]).decode("gbk", errors="replace")


def d_gbk_shift_q(s, rng):
    b = s.encode("gbk")
    k = rng.randint(0, max(0, len(b) // 2 - 1)) * 2
    return (b[:k] + b[k + 1:]).decode("gbk", errors="replace").replace("\ufffd", "?")


def d_ent_dec(s, rng):
    return s.encode("ascii", errors="xmlcharrefreplace").decode("ascii")


def d_ent_hex(s, rng):
    return "".join(("&#x%X;" % ord(c)) if ord(c) > 127 else c for c in s)


def d_uescape(s, rng):
    return s.encode("unicode_escape").decode("ascii")


def d_json_escape(s, rng):
    return json.dumps(s)[1:-1]


def d_urlenc(s, rng):
    return urllib.parse.quote(s, safe="")


def d_urlplus(s, rng):
    return urllib.parse.quote_plus(s.encode("gbk"))


def d_qp(s, rng):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii").replace("=\n", "")


def d_b64(s, rng):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def d_b64_mime(s, rng):
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def d_qp_mime(s, rng):
    return "=?gb2312?Q?" + quopri.encodestring(s.encode("gbk"), header=True).decode("ascii").replace("=\n", "") + "?="


def d_utf7(s, rng):
    return s.encode("utf-7").decode("ascii")


def d_html_double(s, rng):
    # a CMS escapes the stored HTML twice: &amp;lt;p&amp;gt;
    o, c = rng.choice([("<p>", "</p>"), ("", "<br>"), ("&nbsp;", ""), ("<strong>", "</strong>")])
    return html.escape(html.escape(o + s + c, quote=False), quote=False)


def d_nbsp(s, rng):
    cut = max(1, len(s) // 2)
    ent = rng.choice(["&nbsp;", "&nbsp;&nbsp;", "&amp;nbsp;", "&nbsp;&nbsp;&nbsp;&nbsp;", "&ensp;", "&#160;"])
    if rng.random() < 0.5:
        return ent + s
    return s[:cut] + ent + s[cut:]


def d_tags(s, rng):
    o, c = rng.choice([('<span style="font-family:宋体;font-size:16px">', "</span>"),
                       ('<font face="仿宋_GB2312">', "</font>"),
                       ("<strong>", "</strong>"), ("<b>", "</b>"),
                       ('<p class="MsoNormal" style="text-indent:2em">', "</p>"),
                       ('<span lang="EN-US">', "</span>"),
                       ("<o:p>", "</o:p>"), ('<div align="center">', "</div>")])
    return o + s + c


def d_cut_tag(s, rng):
    # an HTML tag cut by a byte-oriented truncation: 基?/strong>
    t = s + "</strong>" if rng.random() < 0.5 else s + "</span>"
    b = t.encode("gbk")
    k = len(s.encode("gbk")) + 1
    return (b[:k - 2] + b[k:]).decode("gbk", errors="replace").replace("\ufffd", "?")


def d_lt_gt(s, rng):
    return html.escape(rng.choice(["<br/>", "<p>", "</p>", "<br>"])) + s


PINYIN = {"发": ("發", "fā"), "区": ("區", "qū"), "领": ("領", "lǐng"), "导": ("導", "dǎo"), "开": ("開", "kāi"),
          "经": ("經", "jīng"), "济": ("濟", "jì"), "设": ("設", "shè"), "实": ("實", "shí"), "现": ("現", "xiàn"),
          "务": ("務", "wù"), "长": ("長", "zhǎng"), "进": ("進", "jìn"), "动": ("動", "dòng"), "项": ("項", "xiàng"),
          "会": ("會", "huì"), "级": ("級", "jí"), "业": ("業", "yè"), "规": ("規", "guī"), "划": ("劃", "huà"),
          "环": ("環", "huán"), "队": ("隊", "duì"), "员": ("員", "yuán"), "组": ("組", "zǔ"), "织": ("織", "zhī"),
          "时": ("時", "shí"), "卫": ("衛", "wèi"), "计": ("計", "jì"), "财": ("財", "cái"), "种": ("種", "zhǒng"),
          "户": ("戶", "hù"), "县": ("縣", "xiàn"), "乡": ("鄉", "xiāng"), "镇": ("鎮", "zhèn"), "场": ("場", "chǎng"),
          "务": ("務", "wù"), "费": ("費", "fèi"), "资": ("資", "zī"), "签": ("簽", "qiān"), "证": ("證", "zhèng"),
          "书": ("書", "shū"), "单": ("單", "dān"), "检": ("檢", "jiǎn"), "质": ("質", "zhì"), "疗": ("療", "liáo"),
          "报": ("報", "bào"), "总": ("總", "zǒng"), "结": ("結", "jié"), "库": ("庫", "kù"), "类": ("類", "lèi"),
          "优": ("優", "yōu"), "应": ("應", "yīng"), "急": ("急", ""), "农": ("農", "nóng"), "产": ("產", "chǎn")}
T_ONLY = {"这": "這", "们": "們", "个": "個", "为": "為", "对": "對", "过": "過", "与": "與", "国": "國", "门": "門",
          "车": "車", "间": "間", "关": "關", "问": "問", "题": "題", "东": "東", "内": "內", "万": "萬", "亿": "億"}


def d_pinyin(s, rng):
    out = []
    for c in s:
        if c in PINYIN and PINYIN[c][1]:
            t, p = PINYIN[c]
            out.append("%s(%s)" % (t, p))
        else:
            out.append(T_ONLY.get(c, c))
    return "".join(out)


KANGXI = {}
for _cp in list(range(0x2F00, 0x2FD6)) + list(range(0x2E80, 0x2EF4)):
    _c = chr(_cp)
    _n = unicodedata.normalize("NFKC", _c)
    if _n != _c and len(_n) == 1 and _n not in KANGXI:
        KANGXI[_n] = _c
COMPAT = {}
for _cp in range(0xF900, 0xFA6E):
    _c = chr(_cp)
    _n = unicodedata.normalize("NFC", _c)
    if _n != _c and len(_n) == 1 and _n not in COMPAT:
        COMPAT[_n] = _c


def d_kangxi(s, rng):
    # PDF extraction maps glyphs to Kangxi radical / compatibility code points (⽇ for 日, ⾏ for 行)
    return "".join(KANGXI.get(c, COMPAT.get(c, c)) for c in s)


def d_cid(s, rng):
    # pdfminer output for glyphs without a ToUnicode map
    return "".join("(cid:%d)" % (ord(c) % 9000 + 100) if ord(c) > 127 else c for c in s)


def d_pua(s, rng):
    # a font with a private encoding: characters land in the Private Use Area
    return "".join(chr(0xE000 + (ord(c) % 0x1800)) if ord(c) > 127 and rng.random() < 0.8 else c for c in s)


def d_bom_mid(s, rng):
    bom = "\ufeff".encode("utf-8").decode(rng.choice(["cp1252", "latin-1"]))
    return bom + s


def d_surrogate_json(s, rng):
    emo = rng.choice(["👍", "😊", "🎉", "📢", "✅"])
    return s + json.dumps(emo)[1:-1]


def d_word_field(s, rng):
    return rng.choice(["{ PAGE \\* MERGEFORMAT }", "PAGE  \\* MERGEFORMAT ", "{ NUMPAGES }", "{ TOC \\o \"1-3\" \\h \\z \\u }",
                       "HYPERLINK \\l \"_Toc%d\" " % rng.randint(10000, 99999), "{ DATE \\@ \"yyyy年M月d日\" }",
                       "PAGEREF _Toc%d \\h " % rng.randint(100000, 999999), "{ SEQ 表 \\* ARABIC }"]) + s


def d_markdown(s, rng):
    return rng.choice(["**%s**", "## %s", "### %s", "__%s__", "> %s", "[%s](#)", "`%s`", "~~%s~~", "- [ ] %s"]) % s


def d_rtf(s, rng):
    return "{\\rtf1\\ansi\\ansicpg936 " + "".join("\\'%02x" % b for b in s.encode("gbk")) + "}"


def d_cesu_rev(s, rng):
    # UTF-8 bytes shown as hex escapes by a logging tool
    return "".join("\\x%02x" % b for b in s.encode("utf-8"))


DAMAGES = {
    "u8_gbk": d_u8_as("gbk"), "u8_gb18030": d_u8_as("gb18030"), "u8_gbk_q": d_u8_as_gbk_q, "u8_big5": d_u8_as("big5"),
    "u8_cp1252": d_u8_as("cp1252"), "u8_latin1": d_u8_as("latin-1"), "u8_macroman": d_u8_as("mac_roman"),
    "u8_koi8r": d_u8_as("koi8_r"), "u8_iso8859_5": d_u8_as("iso8859_5"), "u8_sjis": d_u8_as("shift_jis"),
    "u8_euckr": d_u8_as("euc_kr"), "u8_cp1251": d_u8_as("cp1251"), "u8_cp437": d_u8_as("cp437"),
    "u8_cp866": d_u8_as("cp866"), "u8_iso8859_7": d_u8_as("iso8859_7"), "u8_cp1250": d_u8_as("cp1250"),
    "gbk_cp1252": d_gbk_as("cp1252"), "gbk_latin1": d_gbk_as("latin-1"), "gbk_big5": d_gbk_as("big5"),
    "gbk_sjis": d_gbk_as("shift_jis"), "gbk_euckr": d_gbk_as("euc_kr"), "gbk_u8": d_fffd, "gbk_bsr": d_gbk_bsr,
    "gbk_koi8r": d_gbk_as("koi8_r"), "gbk_macroman": d_gbk_as("mac_roman"),
    "kuntou": d_kuntou, "tang": d_tang, "qmark": d_qmark, "qmark_gb2312": d_qmark_gb2312,
    "double": d_double, "double_latin1": d_double_latin1, "u16le_latin1": d_u16le_latin1, "u16_u8": d_u16_u8,
    "u16be_latin1": d_u16be_latin1, "gbk_trunc": d_gbk_trunc, "u8_trunc": d_u8_trunc, "gbk_shift": d_gbk_shift,
    "gbk_shift_q": d_gbk_shift_q, "ent_dec": d_ent_dec, "ent_hex": d_ent_hex, "uescape": d_uescape,
    "json_escape": d_json_escape, "urlenc": d_urlenc, "urlplus_gbk": d_urlplus, "qp": d_qp, "b64": d_b64,
    "b64_mime": d_b64_mime, "qp_mime": d_qp_mime, "utf7": d_utf7, "html_double": d_html_double, "nbsp": d_nbsp,
    "tags": d_tags, "cut_tag": d_cut_tag, "lt_gt": d_lt_gt, "pinyin": d_pinyin, "kangxi": d_kangxi, "cid": d_cid,
    "pua": d_pua, "bom_mid": d_bom_mid, "surrogate_json": d_surrogate_json, "word_field": d_word_field,
    "markdown": d_markdown, "rtf": d_rtf, "hexlog": d_cesu_rev,
}
BREAKERS = set("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")

RARE = list("堃喆燚犇祎昇頔玥珺晞瑄琤翀垚彧韡曌")


# --------------------------------------------------------------------------------------------
# genres: templates.  {type} / {type:label} = maskable slot; [word] = plain random fill.
# A genre is (titles, body, foot, (min_body, max_body), sep) ; body lines keep their order.
# Lines starting with "@row " are table rows (cells split by sep); "@rows N " repeats a row.
# --------------------------------------------------------------------------------------------
G = {}
G["work_report"] = (
    ["{street}{ym}工作总结", "{street}关于[year]年上半年工作情况的报告", "{gov}[year]年工作总结及下一步工作计划"],
    ["[year]年以来，在区委、区政府的坚强领导下，我街道紧扣年度目标任务，各项工作稳步推进。",
     "一、主要工作成效",
     "（一）经济运行总体平稳。全年完成固定资产投资{money}亿元，同比增长{pct}%；新引进项目{small}个，总投资{money}亿元。",
     "（二）民生保障持续加强。发放城乡低保金{money}万元，惠及{num}户{num}人；新增就业{big}人，城镇登记失业率控制在{pct}%以内。",
     "（三）基层治理不断夯实。划分网格{num}个，配备专兼职网格员{num}名，累计排查化解矛盾纠纷{num}起，化解率{pct}%。",
     "（四）人居环境明显改善。{project}于{md}完工，改造面积{big}平方米，惠及居民{num}户。",
     "（五）安全生产形势稳定。开展隐患排查{num}次，发现问题{num}处，已整改{num}处。",
     "二、存在的问题",
     "一是项目储备不足，二是财政收支矛盾突出，三是部分干部担当作为意识不强。",
     "三、下一步工作打算",
     "围绕“三个年”活动，力争全年税收突破{money}亿元，确保{project}在{date}前投入使用。"],
    ["{street}党工委", "{date}"], (4, 8), None)
G["notice"] = (
    ["关于召开[course]工作推进会的通知", "关于开展[year]年度安全生产大检查的通知", "{gov}关于做好节假日值班工作的通知"],
    ["各社区、各科室：",
     "为切实做好相关工作，经研究，定于{date}{time}召开工作推进会，现将有关事项通知如下：",
     "一、会议地点：{street}办公楼{small}楼会议室。",
     "二、参会人员：各社区党组织书记、分管领导及业务骨干。",
     "三、会议内容：通报前期工作进展，部署下阶段重点任务。",
     "四、有关要求：请参会人员提前{small}分钟签到，不得无故缺席。",
     "联系人：{person}，联系电话：{mobile}。"],
    ["{gov}办公室", "{date}"], (4, 7), None)
G["minutes"] = (
    ["{project}专题会议纪要", "第[n]次主任办公会议纪要", "{village}两委联席会议记录"],
    ["时间：{date}{time}", "地点：{village}党群服务中心会议室", "主持人：{person}", "记录人：{person}",
     "参会人员：{person}、{person}、{person}、{person}",
     "会议听取了{project}推进情况汇报，议定事项如下：",
     "1.由{org}负责施工，合同价款{money}万元，工期{small}天。",
     "2.同意从集体经济收入中列支{yuan}元用于道路维修。",
     "3.请{person}同志牵头，于{md}前完成摸底调查并形成书面报告。"],
    ["（根据录音整理）"], (5, 9), None)
G["stat_table"] = (
    ["[year]年{street}主要经济指标完成情况表", "{city}[year]年1-[m]月社会消费品零售总额统计表"],
    ["@row 指标名称\t单位\t本期\t同比增长(%)",
     "@row 地区生产总值\t亿元\t{money}\t{pct}",
     "@row 规模以上工业增加值\t亿元\t{money}\t{pct}",
     "@row 固定资产投资\t亿元\t{money}\t{pct}",
     "@row 一般公共预算收入\t万元\t{big}\t{pct}",
     "@row 城镇常住居民人均可支配收入\t元\t{big}\t{pct}",
     "@row 农村常住居民人均可支配收入\t元\t{big}\t{pct}"],
    ["注：本表数据为快报数，以统计部门最终核定为准。", "填报单位：{gov}    填报人：{person}"], (5, 7), "\t")
G["rental"] = (
    ["房屋租赁合同", "商铺租赁合同（编号：{code}）", "住房租赁合同"],
    ["出租方（甲方）：{person}，身份证号：{idno}", "承租方（乙方）：{person}，联系电话：{mobile}",
     "第一条 甲方将位于{city}{addr}的房屋出租给乙方使用，建筑面积{num}平方米。",
     "第二条 租赁期限自{date}起至{date}止。",
     "第三条 月租金为人民币{yuan}元，押金{yuan}元，按季度支付。",
     "第四条 乙方应于每季度首月{small}日前将租金转入甲方账户：{bank}。",
     "第五条 租赁期间水、电、燃气及物业管理费由乙方承担。",
     "第六条 任何一方违约，应向对方支付相当于{small}个月租金的违约金。"],
    ["甲方（签字）：{person}    乙方（签字）：{person}", "签订日期：{date}"], (5, 8), None)
G["labour"] = (
    ["劳动合同书", "劳动合同（固定期限）", "劳务派遣劳动合同"],
    ["用人单位（甲方）：{org}", "法定代表人：{person}", "劳动者（乙方）：{person}，性别：[sex]，身份证号码：{idno}",
     "乙方户籍地址：{city}{street}{village}", "第一条 本合同期限自{date}起至{date}止，其中试用期{small}个月。",
     "第二条 乙方从事[job]岗位工作，工作地点为{city}。",
     "第三条 甲方实行标准工时制度，每日工作8小时，每周工作40小时。",
     "第四条 乙方月工资为{yuan}元，试用期工资为{yuan}元，甲方于每月{small}日前以货币形式支付。",
     "第五条 甲方依法为乙方缴纳社会保险费。"],
    ["甲方（盖章）：{org}", "乙方（签名）：{person}    日期：{date}"], (5, 8), None)
G["loan"] = (
    ["借款合同", "个人借款协议", "流动资金借款合同（合同编号：{code}）"],
    ["出借人：{person}，身份证号：{idno}", "借款人：{person}，住址：{city}{addr}，电话：{mobile}",
     "借款人：{org}", "一、借款金额：人民币{yuan}元（大写：[cn_amount]）。",
     "二、借款用途：用于[loan_use]，不得挪作他用。", "三、借款期限：自{date}至{date}。",
     "四、借款年利率为{pct}%，按月付息，到期还本。", "五、收款账户：{bank}，开户行：[bank_name]。",
     "六、逾期未还的，按日加收万分之{small}的逾期利息。", "担保人：{person}，联系电话：{mobile}"],
    ["出借人签字：{person}    借款人签字：{person}", "{date}"], (5, 8), None)
G["signin"] = (
    ["[course]培训签到表", "{project}协调会签到表", "{date}党员大会签到表"],
    ["@row 序号\t姓名\t单位\t职务\t联系电话",
     "@row 1\t{person}\t{gov}\t科长\t{mobile}",
     "@row 2\t{person}\t{street}\t副主任\t{mobile}",
     "@row 3\t{person}\t{org}\t项目经理\t{mobile}",
     "@row 4\t{person}\t{village}\t书记\t{mobile}",
     "@row 5\t{person}\t{gov}\t干部\t{mobile}",
     "@row 6\t{person}\t{org}\t安全员\t{mobile}"],
    ["会议时间：{date}{time}    地点：[room]"], (4, 7), "\t")
G["certificate"] = (
    ["培训合格证书", "结业证书", "继续教育学时证明"],
    ["{person}同志：", "身份证号：{idno}",
     "于{date}至{date}参加{gov}组织的[course]培训，完成全部课程{small}学时，经考核成绩合格，特发此证。",
     "证书编号：{code}", "考核成绩：{num}分"],
    ["发证单位：{gov}", "发证日期：{date}"], (3, 5), None)
G["appraisal"] = (
    ["[year]年度工作人员绩效考核表", "季度绩效考核评分表", "试用期转正考核表"],
    ["姓名：{person}    部门：[dept]    岗位：[job]",
     "@row 考核项目\t权重\t自评分\t考核分",
     "@row 工作业绩\t40%\t{small}\t{small}", "@row 工作能力\t25%\t{small}\t{small}",
     "@row 工作态度\t20%\t{small}\t{small}", "@row 廉洁自律\t15%\t{small}\t{small}",
     "综合得分：{num}分，考核等次：[grade]。", "考核小组意见：该同志工作积极主动，完成了年度目标任务。",
     "本人签字：{person}    考核人：{person}"],
    ["{date}"], (5, 9), "\t")
G["worklog"] = (
    ["工作日志（{date}）", "[job]工作日志", "驻村工作队工作日志"],
    ["08:30 到{village}走访困难户{small}户，了解春耕用工情况。",
     "10:00 参加{street}召开的[course]调度会，汇报本周进度。",
     "14:00 与{org}对接{project}施工进度，现场核量{num}平方米。",
     "15:30 接待群众来访{small}人次，登记诉求{small}件，当场答复{small}件。",
     "16:40 整理台账，录入系统数据{num}条。",
     "明日计划：协助{person}完成入户核查，联系{person}确认报价。"],
    ["记录人：{person}"], (4, 6), None)
G["roster"] = (
    ["{ym}值班表", "[holiday]期间值班安排表", "防汛应急值守排班表"],
    ["@row 日期\t带班领导\t值班人员\t联系电话",
     "@row {md}\t{person}\t{person}\t{mobile}", "@row {md}\t{person}\t{person}\t{mobile}",
     "@row {md}\t{person}\t{person}\t{mobile}", "@row {md}\t{person}\t{person}\t{mobile}",
     "@row {md}\t{person}\t{person}\t{mobile}"],
    ["值班电话：{tel}，值班人员须24小时保持通讯畅通。", "{gov}办公室    {date}"], (4, 6), "\t")
G["invoice"] = (
    ["增值税普通发票（电子）", "收款收据", "增值税专用发票"],
    ["发票号码：{code}    开票日期：{date}", "购买方名称：{org}", "纳税人识别号：91{idno}",
     "@row 项目名称\t规格型号\t单位\t数量\t单价\t金额",
     "@row [item]\t[spec]\t[unit]\t{num}\t{money}\t{yuan}", "@row [item]\t[spec]\t[unit]\t{num}\t{money}\t{yuan}",
     "价税合计（小写）：¥{yuan}", "销售方名称：{org}", "收款人：{person}    复核：{person}    开票人：{person}"],
    [], (5, 9), "\t")
G["receipt"] = (
    ["收  据", "收款收据（第[n]联）", "押金收据"],
    ["今收到{person}交来[fee]人民币{yuan}元整。", "大写：[cn_amount]", "收款方式：[paymethod]",
     "收款单位：{org}", "经手人：{person}", "日期：{date}"],
    [], (4, 6), None)
G["po"] = (
    ["采购订单", "物资采购申请单", "采购合同（编号：{code}）"],
    ["订单号：{code}    下单日期：{date}", "供应商：{org}    联系人：{person}    电话：{mobile}",
     "@row 序号\t物料名称\t数量\t单价（元）\t小计（元）",
     "@row 1\t[item]\t{num}\t{money}\t{yuan}", "@row 2\t[item]\t{num}\t{money}\t{yuan}",
     "@row 3\t[item]\t{num}\t{money}\t{yuan}", "交货地点：{city}{addr}    交货期限：{date}前",
     "合计金额：{yuan}元（含税）", "采购员：{person}    审批：{person}"],
    [], (5, 9), "\t")
G["stock"] = (
    ["仓库库存盘点表", "{ym}物资出入库台账", "应急物资储备清单"],
    ["@row 物资名称\t规格\t期初库存\t入库\t出库\t结存\t存放位置",
     "@row [item]\t[spec]\t{num}\t{num}\t{num}\t{num}\t[shelf]", "@row [item]\t[spec]\t{num}\t{num}\t{num}\t{num}\t[shelf]",
     "@row [item]\t[spec]\t{num}\t{num}\t{num}\t{num}\t[shelf]", "@row [item]\t[spec]\t{num}\t{num}\t{num}\t{num}\t[shelf]"],
    ["盘点人：{person}    监盘人：{person}    盘点日期：{date}"], (3, 5), "\t")
G["press"] = (
    ["{city}召开[course]现场推进会", "{org}与{gov}签署战略合作协议", "{street}举办“[festival]”主题活动"],
    ["本报讯（记者 {person} 通讯员 {person}）{md}，{city}在{street}召开现场推进会。",
     "会上，{project}等{small}个项目集中签约，总投资{money}亿元。",
     "据介绍，今年以来该市累计投入资金{money}亿元，带动就业{big}人。",
     "副市长{person}出席会议并讲话，要求各地对标先进、补齐短板。",
     "活动吸引周边群众{num}余人参与，发放宣传资料{big}份。", "（编辑：{person}）"],
    [], (3, 6), None)
G["police"] = (
    ["警情通报", "{city}公安局{street}派出所警情通报", "关于一起交通事故的情况通报"],
    ["{date}{time}许，{street}派出所接群众报警称，{village}一民房内发生纠纷。",
     "民警到场后查明，违法行为人{person}（男，{age}岁，本地人）因琐事与邻居{person}发生口角并动手，致对方轻微伤。",
     "目前，{person}已被依法行政拘留{small}日，并处罚款{yuan}元。",
     "涉事车辆（车牌号{plate}）驾驶人{person}（女，{age}岁）已被控制，事故原因正在进一步调查中。",
     "警方提醒：遇事要冷静，切勿冲动行事。"],
    ["{city}公安局{street}派出所", "{date}"], (3, 5), None)
G["weather"] = (
    ["{city}气象台发布暴雨黄色预警信号", "寒潮蓝色预警", "高温橙色预警信号"],
    ["{city}气象台{date}{time}发布：", "预计未来{small}小时内，{street}、{street}等地将出现{num}毫米以上降雨，局地伴有雷电大风。",
     "最高气温将升至{small}℃以上，请注意防暑降温。", "请有关单位和人员做好防范工作。", "防御指南：1.政府及相关部门按照职责做好防暴雨准备工作；2.切断低洼地带有危险的室外电源。"],
    ["{city}气象台"], (3, 5), None)
G["ticket"] = (
    ["[year]年{city}事业单位公开招聘笔试准考证", "准考证", "[year]年{city}初中学业水平考试准考证"],
    ["姓名：{person}    性别：[sex]", "准考证号：{code}", "身份证号：{idno}", "报考岗位：[job]（岗位代码：{num}）",
     "考点：{city}第[n]中学    考场：第{small}考场    座位号：{small}", "考试时间：{date}{time}-{time}",
     "考生须知：考生须凭准考证和身份证原件进入考场，开考{small}分钟后不得入场。"],
    [], (4, 7), None)
G["medical"] = (
    ["检验报告单", "{city}人民医院检验科报告单", "体检报告（血常规）"],
    ["姓名：{person}    性别：[sex]    年龄：{age}岁    科室：[ward]", "标本编号：{code}    送检医生：{person}",
     "@row 项目\t结果\t单位\t参考区间", "@row [test]", "@row [test]", "@row [test]", "@row [test]",
     "采样时间：{date}{time}    报告时间：{date}"],
    ["检验者：{person}    审核者：{person}", "本报告仅对所检标本负责。"], (5, 8), "\t")
G["tender"] = (
    ["{project}招标公告", "{project}竞争性磋商公告", "{project}中标结果公示"],
    ["项目编号：{code}", "采购人：{gov}", "采购代理机构：{org}", "预算金额：{money}万元",
     "投标截止时间：{date}{time}", "开标地点：{city}公共资源交易中心第{small}开标室",
     "中标供应商：{org}，中标金额：{yuan}元。", "联系人：{person}，电话：{tel}"],
    [], (4, 8), None)
G["award"] = (
    ["关于表彰[year]年度先进集体和先进个人的决定", "{street}关于通报表扬的通知"],
    ["为树立典型、激励先进，经研究，决定对以下集体和个人予以表彰：", "一、先进集体：{village}、{village}、{org}",
     "二、先进个人：{person}、{person}、{person}、{person}", "三、每人奖励{yuan}元，由{gov}统一发放。",
     "希望受表彰的集体和个人珍惜荣誉，再接再厉。"],
    ["{gov}", "{date}"], (3, 5), None)
G["petition"] = (
    ["信访事项处理意见书", "关于{person}反映问题的答复意见"],
    ["{person}：", "你于{date}反映的{village}[issue]问题收悉。", "经调查核实，{org}已于{md}完成整改，并向你退还费用{yuan}元。",
     "如对本处理意见不服，可自收到本意见书之日起{small}日内向{gov}申请复查。", "承办人：{person}，联系电话：{tel}"],
    ["{gov}", "{date}"], (3, 5), None)
G["property"] = (
    ["停水通知", "关于缴纳[year]年度物业费的通知", "温馨提示"],
    ["尊敬的业主：", "因市政管网改造，{md}{time}至{time}小区将暂停供水，请提前做好储水准备。",
     "本年度物业费标准为每平方米每月{money}元，请于{date}前缴纳。", "缴费地点：{addr}物业服务中心，咨询电话：{tel}。",
     "给您带来的不便敬请谅解！"],
    ["{org}", "{date}"], (2, 5), None)
G["payslip"] = (
    ["{ym}工资条", "工资发放明细"],
    ["@row 姓名\t基本工资\t绩效\t社保扣款\t公积金\t实发", "@row {person}\t{yuan}\t{yuan}\t{money}\t{money}\t{yuan}",
     "@row {person}\t{yuan}\t{yuan}\t{money}\t{money}\t{yuan}", "@row {person}\t{yuan}\t{yuan}\t{money}\t{money}\t{yuan}"],
    ["发放单位：{org}    工资卡号：{bank}"], (2, 4), "\t")
G["court"] = (
    ["民事判决书", "{city}人民法院民事调解书", "行政处罚决定书"],
    ["原告：{person}，男，{age}岁，住{city}{addr}。", "被告：{org}，住所地{city}{addr}。",
     "法定代表人：{person}，该公司经理。", "原告诉称：{date}，双方签订买卖合同，被告至今拖欠货款{yuan}元。",
     "本院认为，双方买卖合同关系合法有效，被告应支付货款并承担逾期付款利息。",
     "判决如下：被告于本判决生效之日起{small}日内支付原告货款{yuan}元。", "案件受理费{yuan}元，由被告负担。"],
    ["审判员  {person}", "{date}", "书记员  {person}"], (4, 7), None)
G["cadre"] = (
    ["干部任前公示", "拟提拔干部人选公示"],
    ["{person}，男，汉族，{ym}出生，大学学历，中共党员，现任{gov}[dept]科长，拟任副局长。",
     "{person}，女，汉族，{ym}出生，研究生学历，现任{street}办事处副主任，拟任主任。",
     "公示时间：{date}至{date}。", "受理电话：{tel}，受理地址：{city}{addr}。"],
    ["中共{city}委组织部", "{date}"], (2, 4), None)
G["subsidy"] = (
    ["[year]年度耕地地力保护补贴发放公示", "城乡低保对象名单公示", "高龄津贴发放名册"],
    ["@row 序号\t户主姓名\t所在村组\t面积（亩）\t补贴金额（元）", "@row 1\t{person}\t{village}[n]组\t{money}\t{yuan}",
     "@row 2\t{person}\t{village}[n]组\t{money}\t{yuan}", "@row 3\t{person}\t{village}[n]组\t{money}\t{yuan}",
     "@row 4\t{person}\t{village}[n]组\t{money}\t{yuan}"],
    ["公示期{small}天，如有异议请向{street}农业服务中心反映，电话：{tel}。"], (3, 5), "\t")
G["techdoc"] = (
    ["政务网站改版技术说明", "信息系统运维周报", "数据接口对接说明"],
    ["一、本期完成{small}个栏目迁移，累计迁移稿件{big}篇。", "二、服务器巡检{small}次，CPU平均占用率{pct}%。",
     "三、接口负责人：{person}，测试环境地址为内网，联系电话：{mobile}。", "四、{date}完成等保测评整改，共修复漏洞{small}个。",
     "五、下周计划：配合{org}完成数据备份演练。"],
    ["{org}运维组", "{date}"], (3, 5), None)
G["email"] = (
    ["主题：关于报送[year]年度统计报表的函", "主题：{project}资料补充", "主题：会议通知转发"],
    ["{person}您好：", "附件为{street}{ym}报表，请查收。", "如有疑问请联系{person}，电话{mobile}。",
     "报表中规模以上企业{small}家，从业人员{big}人。", "此致", "敬礼！"],
    ["{person}", "{date}"], (3, 6), None)
G["meal"] = (
    ["食堂[year]年第[n]周菜谱", "职工食堂就餐统计"],
    ["@row 日期\t早餐人数\t午餐人数\t晚餐人数\t金额（元）", "@row {md}\t{num}\t{num}\t{num}\t{yuan}",
     "@row {md}\t{num}\t{num}\t{num}\t{yuan}", "@row {md}\t{num}\t{num}\t{num}\t{yuan}"],
    ["统计人：{person}"], (2, 4), "\t")
G["tw_letter"] = (
    ["臺商來函摘錄", "港澳合作項目函件"],
    ["{person}先生：", "本公司擬於{md}赴貴地考察，並洽談合作事宜。", "隨函附上公司簡介與聯絡方式，敬請惠覆。",
     "聯絡電話：{tel}"],
    ["{org}", "{date}"], (2, 4), None)

FILL = {
    "year": lambda r: str(r.randint(2019, 2024)), "m": lambda r: str(r.randint(2, 11)), "n": lambda r: str(r.randint(1, 12)),
    "course": lambda r: r.choice(COURSES), "item": lambda r: r.choice(ITEMS), "sex": lambda r: r.choice("男女"),
    "job": lambda r: r.choice(["综合文秘", "财务会计", "网格员", "仓库管理员", "电工", "护理员", "客服专员", "保安员"]),
    "dept": lambda r: r.choice(["办公室", "财务科", "人事科", "综治办", "规划科", "党建办"]),
    "grade": lambda r: r.choice(["优秀", "称职", "良好", "合格"]),
    "holiday": lambda r: r.choice(["春节", "国庆节", "五一劳动节", "中秋节"]),
    "spec": lambda r: r.choice(["标准", "500g/包", "4kg", "YJV-3×16", "P.O 42.5", "HRB400 Φ12", "1.2m", "70g"]),
    "unit": lambda r: r.choice(["箱", "个", "吨", "米", "台", "包", "件"]),
    "shelf": lambda r: "%s区%d号架" % (r.choice("ABCDE"), r.randint(1, 20)),
    "fee": lambda r: r.choice(["押金", "物业费", "场地租金", "培训费", "保证金"]),
    "paymethod": lambda r: r.choice(["现金", "银行转账", "微信支付", "支付宝"]),
    "cn_amount": lambda r: r.choice(["壹万贰仟元整", "叁仟伍佰元整", "伍万元整", "捌仟陆佰元整", "贰拾万元整"]),
    "loan_use": lambda r: r.choice(["购置农机", "店铺装修", "子女学费", "生产经营周转", "采购原材料"]),
    "bank_name": lambda r: r.choice(["农村商业银行城南支行", "建设银行人民路支行", "工商银行开发区支行"]),
    "room": lambda r: r.choice(["三楼会议室", "党群服务中心", "二号会议室", "多功能厅"]),
    "festival": lambda r: r.choice(["我们的节日·端午", "邻里守望", "文明实践进万家", "全民健身"]),
    "ward": lambda r: r.choice(["内科门诊", "体检中心", "儿科", "急诊科"]),
    "issue": lambda r: r.choice(["排水不畅", "噪音扰民", "停车收费", "路灯损坏", "垃圾清运不及时"]),
}


def fill_test(r):
    name, unit, (lo, hi) = r.choice(TESTS)
    v = round(r.uniform(lo * 0.8, hi * 1.2), 1)
    flag = " ↑" if v > hi else (" ↓" if v < lo else "")
    return "%s\t%s%s\t%s\t%s-%s" % (name, v, flag, unit, lo, hi)


FILL["test"] = fill_test


# --------------------------------------------------------------------------------------------
# traps: realistic look-alikes that must not be flagged (one line each)
# --------------------------------------------------------------------------------------------
def _n(r, lo=2, hi=300):
    return str(r.randint(lo, hi))


PH_TRAPS = {
    "1plusx": lambda r: r.choice(["学院承接“1+X”职业技能等级证书试点%s个，参加考核学生%s人，通过率%s%%。",
                                  "推进“1+X”证书制度与课程体系融合，新增试点专业%s个，培训师资%s人次，满意度%s%%。"]) % (_n(r, 2, 9), _n(r, 50, 900), _n(r, 60, 99)),
    "7plusx": lambda r: r.choice(["推行“7+X”便民服务模式，政务大厅周末照常受理业务%s件。", "探索“5+X”课后服务，参与学生%s人。",
                                  "构建“1+N+X”网格治理体系，配齐专职网格员%s名。"]) % _n(r),
    "x86": lambda r: r.choice(["机房新购x86架构服务器%s台，逐步替换原有小型机。", "完成%s台x86终端的国产化适配测试。",
                               "云平台提供x86与ARM两类计算资源，共计%s核。"]) % _n(r, 4, 120),
    "xray": lambda r: r.choice(["体检项目包括胸部X光检查、血常规、肝功能和心电图。", "放射科新增数字X射线摄影系统（DR）%s套。" % _n(r, 1, 3),
                                "安检口配备X光机%s台、手持金属探测仪%s部。" % (_n(r, 1, 6), _n(r, 2, 20)),
                                "遗传咨询门诊开展脆性X综合征筛查%s例。" % _n(r, 10, 90)]),
    "xlsize": lambda r: "工作服尺码登记：L码%s件、XL码%s件、XXL码%s件、XXXL码%s件。" % (_n(r, 2, 30), _n(r, 2, 30), _n(r, 2, 20), _n(r, 1, 9)),
    "times": lambda r: r.choice(["政务热线实行7×24小时值守，人工坐席按5×8小时排班。", "会议室改造为%s间3×4米的小型洽谈室。" % _n(r, 2, 6),
                                 "展板规格为1200×2400mm，共制作%s块。" % _n(r, 5, 40), "车间按2×12小时两班倒组织生产。",
                                 "便民服务实行“5×8+N”延时服务。"]),
    "formula": lambda r: r.choice(["设每户补贴为x元，则120x=36000，解得x=300。", "拟合方程为y=0.85x+12.6，其中x为月份序号，R²=0.93。",
                                   "图表横轴x表示月份，纵轴y表示累计办件量。", "综合得分=笔试成绩×60%+面试成绩×40%。",
                                   "按公式P=F/S计算，压强取值不超过%s kPa。" % _n(r, 50, 300)]),
    "mouxie": lambda r: r.choice(["某些地块存在历史遗留问题，需要逐宗研判。", "在某种程度上，这反映出基层治理能力的短板。",
                                  "总结不能写成“某年某月完成了某项工作”式的流水账，要写出成效。", "个别村组在某些环节仍存在推诿现象。",
                                  "某种意义上说，数据治理就是基层减负的起点。"]),
    "daiding": lambda r: r.choice(["数学组开展“待定系数法”专题教研活动，听课教师%s人。" % _n(r, 8, 60),
                                   "具体培训时间另行通知。", "如遇恶劣天气，活动时间顺延，另行通知。"]),
    "chinese_zero": lambda r: "落款日期：二〇%s年%s月%s日" % (r.choice(["二二", "二三", "二四", "一九"]), r.choice(["三", "六", "十", "十二"]), r.choice(["五", "十八", "二十六"])),
    "roman": lambda r: r.choice(["项目分为Ⅰ类、Ⅱ类、Ⅲ类，其中Ⅱ类项目%s个。" % _n(r, 2, 30), "淘汰Windows XP系统终端%s台。" % _n(r, 3, 60),
                                 "采购iPhone X测试机%s部。" % _n(r, 1, 5), "本次活动为第XIV届运动会配套赛事。"]),
    "star_note": lambda r: r.choice(["注：带*号的项目为必填项。", "评价结果：★★★★☆（%s条评价）" % _n(r, 10, 300),
                                     "*以上数据来源于统计快报。", "注*：含跨年度结转资金。"]),
    "files": lambda r: r.choice(["附件：%s年度预算表（终稿）.xlsx" % r.randint(2020, 2024), "请将汇总表以xlsx格式报送至zhengwuban@%s.gov.cn。" % r.choice(["qingshi", "liuxi", "nanwan"]),
                                 "下载地址：https://www.%s.gov.cn/zwgk/xxgk/index.html" % r.choice(["tingyang", "yichuan", "lanzhou-gx"]),
                                 "模板文件名：work_report_v2.docx"]),
    "fill_instr": lambda r: r.choice(["填表说明：申请人应如实填写本表，字迹清楚，涂改无效。", "本表一式三份，由经办人逐项填写后报送。",
                                      "请各单位认真核对后填写汇总表。"]),
    "model_no": lambda r: r.choice(["设备型号：XR-%s，出厂编号：%s。" % (_n(r, 100, 900), _n(r, 10000, 99999)),
                                    "采购型号为DX-%sA的应急发电机%s台。" % (_n(r, 10, 99), _n(r, 1, 4)), "车辆型号：SX%s。" % _n(r, 1000, 6999)]),
    "bracket_legit": lambda r: r.choice(["【本报讯】", "【政策解读】", "【温馨提示】", "【便民服务】"]) + "详情请咨询服务窗口。",
    "underscore_legit": lambda r: r.choice(["文件名：report_%s_final.pdf" % r.randint(2020, 2024), "账号命名规则为 jd_用户名。", "变量名 total_amount 表示合计金额。"]),
    "dollar_legit": lambda r: "合同价款折合US$%s（约人民币%s万元）。" % ("{:,}".format(r.randint(10, 900) * 1000), _n(r, 7, 600)),
    "pct_legit": lambda r: "同比增长%s%%，环比下降%s.%s%%，占比%s%%。" % (_n(r, 1, 30), _n(r, 0, 9), _n(r, 0, 9), _n(r, 5, 80)),
    "hash_legit": lambda r: "工单#%s已办结，话题#文明城市创建#阅读量%s万。" % (_n(r, 1000, 99999), _n(r, 2, 90)),
}

MJ_TRAPS = {
    "russian": lambda r: r.choice(["俄方代表在致辞中引用谚语“Тише едешь — дальше будешь”（欲速则不达）。",
                                   "合作备忘录俄文标题为«Соглашение о сотрудничестве»。", "俄罗斯客商留言：«Спасибо за гостеприимство!»"]),
    "japanese": lambda r: r.choice(["日方合作社发来贺信：「今後ともよろしくお願いいたします」。", "日本客户订单备注：「納期は三月末までにお願いします」。",
                                    "展会日文标识为「ようこそ」。"]),
    "korean": lambda r: r.choice(["韩国友好城市代表团赠送书法作品“우정”（友谊）。", "韩文版指南标题为“관광 안내”。"]),
    "greek": lambda r: r.choice(["显著性水平取α=0.05，样本均值μ=%s.%s，标准差σ=%s.%s。" % (_n(r, 10, 90), _n(r, 0, 9), _n(r, 1, 9), _n(r, 0, 9)),
                                 "希腊伙伴城市的欢迎词为“Καλώς ήρθατε”。", "Δ值超过阈值时系统自动报警。"]),
    "french": lambda r: r.choice(["法方专家介绍了“développement durable”（可持续发展）理念。", "合作方为法国Société Générale Café-Crème协会。",
                                  "法语版宣传册封面写着“Bienvenue à la fête”。"]),
    "german_etc": lambda r: r.choice(["德方供应商地址：Hauptstraße 12, 80331 München。", "越南客商来函标题为“Hợp tác phát triển”。",
                                      "西班牙语版标题为“Año de la cooperación”。", "波兰合作城市为Łódź。", "瑞典客户地址：Malmö, Sverige。"]),
    "emoji": lambda r: r.choice(["群内提醒：请大家准时参会👍🙏", "活动现场气氛热烈🎉🎉", "🔥火热报名中，名额有限！", "好评率98%😊"]),
    "rare": lambda r: "受表彰人员：%s、%s、%s。" % tuple(r.choice(SURNAMES) + r.choice(RARE) + r.choice(GIVEN) for _ in range(3)),
    "pinyin_lesson": lambda r: r.choice(["语文课学习“发展(fāzhǎn)”一词，并用它造句。", "拼音练习：绿(lǜ)色、女(nǚ)孩、旅(lǚ)游。",
                                         "识字课：“乡(xiāng)村”“振(zhèn)兴”两个词语要会读会写。"]),
    "html_code": lambda r: r.choice(["技术规范：段落使用<p>标签，换行使用<br/>标签，禁止用&nbsp;堆砌空格。",
                                     "模板中的链接须写成<a href=\"...\" target=\"_blank\">形式。", "在HTML中，“<”应转义为&lt;，“&”应转义为&amp;。"]),
    "url": lambda r: "详见https://www.%s.gov.cn/zwgk/list.html?page=%s&type=%s" % (r.choice(["tingyang", "yichuan", "chengzhou"]), _n(r, 1, 9), _n(r, 1, 9)),
    "email": lambda r: "电子邮箱：%s@%s.com.cn" % (r.choice(["hr", "office", "bgs2023", "service"]), r.choice(["huaxin-tech", "hengtai", "ruifeng"])),
    "path": lambda r: r.choice(["文件保存路径：D:\\unit\\%s\\报表.xlsx" % r.randint(2020, 2024), "共享目录：\\\\fileserver\\办公室\\通知"]),
    "units": lambda r: "气温−3℃～5℃，PM2.5浓度%sμg/m³，降水量%s㎜，湿度±5%%。" % (_n(r, 10, 90), _n(r, 1, 60)),
    "currency": lambda r: "折合€%s，约合人民币%s万元；另付£%s运费。" % ("{:,}".format(r.randint(5, 90) * 1000), _n(r, 4, 70), _n(r, 100, 900)),
    "trad_quote": lambda r: r.choice(["台湾客商来函写道：「兩岸產業合作前景廣闊」。", "香港合作方函件落款为「謹啟」。"]),
    "dot_names": lambda r: r.choice(["阿依古丽·买买提", "努尔兰·哈力别克", "扎西·次仁"]) + "同志被评为优秀网格员。",
    "chem": lambda r: "CO₂排放强度下降%s%%，H₂O处理量%s吨，NOₓ达标排放。" % (_n(r, 2, 20), _n(r, 100, 900)),
    "hash": lambda r: "安装包SHA-256校验值：%s" % "".join(r.choice("0123456789abcdef") for _ in range(32)),
    "ampersand": lambda r: r.choice(["研发（R&D）投入强度达到%s%%。" % _n(r, 1, 5), "与P&G公司开展合作。", "B&B民宿品牌入驻古镇。"]),
    "box_table": lambda r: "┌──────┬──────┐ 合计：%s户" % _n(r, 10, 900),
    "page_legit": lambda r: "第 %s 页 共 %s 页" % (_n(r, 1, 5), _n(r, 6, 12)),
    "eng_quote": lambda r: r.choice(["外方专家提问：“Why not start earlier?”", "标语英文为“Better City, Better Life”。"]),
    "math_sym": lambda r: "误差≤%s%%，温度范围%s℃±2℃，∑权重=1。" % (_n(r, 1, 5), _n(r, 10, 40)),
}
PH_TRAP_KEYS = list(PH_TRAPS)
MJ_TRAP_KEYS = list(MJ_TRAPS)


# --------------------------------------------------------------------------------------------
# document building
# --------------------------------------------------------------------------------------------
TOK = re.compile(r"\{(\w+)(?::([^{}]*))?\}|\[(\w+)\]")


class Line:
    def __init__(self, text="", row=False, sep=None, protect=False, title=False):
        self.text, self.row, self.sep, self.protect, self.title = text, row, sep, protect, title
        self.spans = []   # placeholder spans (start, end)
        self.slots = []   # (start, end, typ, parts)


def render_line(tpl, rng, ctx):
    """Render one template line; slots are filled or masked through ctx['decide']."""
    line = Line()
    if tpl.startswith("@row "):
        tpl = tpl[5:]
        line.row = True
    out = []
    pos = 0
    last = 0
    for m in TOK.finditer(tpl):
        out.append(tpl[last:m.start()])
        pos += len(tpl[last:m.start()])
        last = m.end()
        if m.group(3):
            v = FILL[m.group(3)](rng)
            out.append(v)
            pos += len(v)
            continue
        typ, label = m.group(1), m.group(2)
        parts = gen_value(typ, rng)
        if typ == "person" and ctx.get("rare") and rng.random() < 0.6:
            parts = [parts[0], (rng.choice(RARE) + (rng.choice(GIVEN) if rng.random() < 0.5 else ""), "n")]
        clean = "".join(t for t, _ in parts)
        ctx["slotlist"].append((typ, label, parts))
        masked = ctx["decide"](len(ctx["slotlist"]) - 1, typ, label, parts)
        v = masked if masked is not None else clean
        out.append(v)
        if masked is not None:
            line.spans.append((pos, pos + len(v)))
        else:
            line.slots.append((pos, pos + len(v), typ, parts))
        pos += len(v)
    out.append(tpl[last:])
    line.text = "".join(out)
    return line


def pick_templates(genre, rng):
    titles, body, foot, (lo, hi), sep = G[genre]
    n = rng.randint(lo, min(hi, len(body)))
    if sep:
        idx = [0] + sorted(rng.sample(range(1, len(body)), min(n - 1, len(body) - 1)))
    else:
        idx = sorted(rng.sample(range(len(body)), n))
    tpls = [("title", rng.choice(titles))] + [("body", body[i]) for i in idx]
    if foot:
        k = rng.randint(1, len(foot))
        tpls += [("foot", f) for f in foot[:k]]
    return tpls, sep


def build_doc(genre, rng, decide, rare=False):
    tpls, sep = pick_templates(genre, rng)
    ctx = {"slotlist": [], "decide": decide, "rare": rare}
    lines = []
    for kind, t in tpls:
        ln = render_line(t, rng, ctx)
        ln.title = kind == "title"
        if ln.row:
            ln.sep = sep
        lines.append(ln)
    return lines, ctx["slotlist"]


def assemble(lines):
    text_parts, spans, pos = [], [], 0
    for i, ln in enumerate(lines):
        if i:
            text_parts.append("\n")
            pos += 1
        for a, b in ln.spans:
            spans.append([pos + a, pos + b])
        text_parts.append(ln.text)
        pos += len(ln.text)
    spans.sort()
    merged = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return "".join(text_parts), merged


def insert_trap(lines, text, rng, where=None):
    ln = Line(text, protect=True)
    if len(lines) >= 12:
        return
    ok = [p for p in range(1, len(lines) + 1) if not (p < len(lines) and lines[p - 1].row and lines[p].row)]
    pos = where if where is not None else rng.choice(ok)
    lines.insert(pos, ln)


def d_big5_as(codec):
    def f(s, rng):
        return s.encode("big5", errors="replace").decode(codec, errors="replace")
    return f


DAMAGES["big5_gbk"] = d_big5_as("gbk")
DAMAGES["big5_u8"] = d_big5_as("utf-8")

# --------------------------------------------------------------------------------------------
# styles
# --------------------------------------------------------------------------------------------
NAMES_T = {"person", "org", "gov", "city", "street", "village", "project"}
DATES_T = {"date", "md", "ym", "time"}
MONEY_T = {"money", "yuan", "pct"}
COUNT_T = {"num", "small", "big"}

# (style, genre, masks, density, only-types or None, traps preferred, extra)
PH_STYLES = [
    ("report_xx_counts", "work_report", ["xlow"], "many", COUNT_T | MONEY_T, ["1plusx", "pct_legit"], {}),
    ("report_xx_single", "work_report", ["xlow"], "one", None, ["x86", "formula"], {}),
    ("report_XX_place_names", "work_report", ["xup"], "few", NAMES_T, ["model_no", "roman"], {}),
    ("report_cross_marks", "work_report", ["cross"], "few", None, ["times"], {}),
    ("report_x_and_mou_mixed", "work_report", ["xlow", "mou"], "many", None, ["mouxie", "7plusx"], {}),
    ("report_pdf_linebreak_split", "work_report", ["xlow"], "few", COUNT_T, ["pct_legit"], {"pdfbreak": True}),
    ("report_fullwidth_X", "work_report", ["fwx"], "few", None, ["xlsize"], {}),
    ("report_fullwidth_x_lower", "work_report", ["fwxl"], "few", None, ["formula"], {}),
    ("report_all_kinds_mixed", "work_report", ["xlow", "xup", "cross", "bracket", "tbd", "mou"], "many", None, ["mouxie", "times"], {}),
    ("report_year_20xx", "work_report", ["xdate"], "few", DATES_T, ["chinese_zero"], {}),
    ("notice_date_x", "notice", ["xlow"], "few", DATES_T, ["daiding"], {}),
    ("notice_bracket_fields", "notice", ["bracket"], "few", None, ["bracket_legit"], {}),
    ("notice_underscore_blank", "notice", ["blank"], "few", None, ["underscore_legit"], {}),
    ("notice_fill_instruction", "notice", ["fill"], "few", None, ["fill_instr"], {}),
    ("notice_time_tbd", "notice", ["tbd"], "one", DATES_T, ["daiding"], {}),
    ("notice_word_content_control", "notice", ["ctrl"], "few", None, ["fill_instr"], {}),
    ("minutes_mou_names", "minutes", ["mou"], "few", None, ["mouxie"], {}),
    ("minutes_XXX_attendees", "minutes", ["xup"], "many", {"person"}, ["roman"], {}),
    ("minutes_tbd_values", "minutes", ["tbd"], "few", None, ["daiding"], {}),
    ("minutes_circle_marks", "minutes", ["circle"], "few", None, ["chinese_zero"], {}),
    ("stat_table_xx_cells", "stat_table", ["xlow"], "many", None, ["pct_legit"], {}),
    ("stat_table_cross_cells", "stat_table", ["cross"], "few", None, ["times"], {}),
    ("stat_table_blank_cells", "stat_table", ["blank"], "few", None, ["star_note"], {}),
    ("stat_table_capital_X_numbers", "stat_table", ["xdate"], "few", None, ["roman"], {}),
    ("rental_contract_blanks", "rental", ["blank"], "many", None, ["fill_instr"], {}),
    ("rental_contract_mustache", "rental", ["mustache"], "few", None, ["dollar_legit"], {}),
    ("rental_contract_starred_ids", "rental", ["star"], "few", None, ["star_note"], {}),
    ("rental_contract_brackets", "rental", ["bracket"], "few", None, ["bracket_legit"], {}),
    ("rental_contract_mailmerge", "rental", ["merge"], "few", None, ["files"], {}),
    ("labour_contract_blanks", "labour", ["blank"], "many", None, ["underscore_legit"], {}),
    ("labour_contract_mergefield", "labour", ["merge"], "few", None, ["files"], {}),
    ("labour_contract_starred", "labour", ["star"], "few", None, ["star_note"], {}),
    ("labour_contract_content_control", "labour", ["ctrl"], "few", None, ["fill_instr"], {}),
    ("loan_agreement_starred", "loan", ["star"], "few", None, ["star_note"], {}),
    ("loan_agreement_xx_amounts", "loan", ["xlow"], "few", MONEY_T | DATES_T, ["pct_legit"], {}),
    ("loan_agreement_fill", "loan", ["fill"], "few", None, ["fill_instr"], {}),
    ("loan_agreement_mou_parties", "loan", ["mou"], "few", None, ["mouxie"], {}),
    ("signin_sheet_starred_phones", "signin", ["star"], "many", {"mobile", "person"}, ["star_note"], {}),
    ("signin_sheet_blank_rows", "signin", ["blank"], "few", {"person", "mobile"}, ["underscore_legit"], {}),
    ("signin_sheet_XX_units", "signin", ["xup"], "few", NAMES_T, ["model_no"], {}),
    ("training_cert_mailmerge", "certificate", ["merge"], "many", None, ["files"], {}),
    ("training_cert_mustache", "certificate", ["mustache"], "few", None, ["underscore_legit"], {}),
    ("training_cert_starred_id", "certificate", ["star"], "one", None, ["star_note"], {}),
    ("training_cert_X_dates", "certificate", ["xdate"], "few", None, ["chinese_zero"], {}),
    ("appraisal_form_blanks", "appraisal", ["blank"], "few", None, ["fill_instr"], {}),
    ("appraisal_form_xx_scores", "appraisal", ["xlow"], "many", COUNT_T, ["formula"], {}),
    ("appraisal_form_content_control", "appraisal", ["ctrl"], "few", None, ["star_note"], {}),
    ("work_log_xx", "worklog", ["xlow"], "few", None, ["x86"], {}),
    ("work_log_mou", "worklog", ["mou"], "few", None, ["mouxie"], {}),
    ("duty_roster_starred", "roster", ["star"], "many", None, ["times"], {}),
    ("duty_roster_tbd_person", "roster", ["tbd"], "few", {"person"}, ["daiding"], {}),
    ("duty_roster_x_dates", "roster", ["xlow"], "few", {"md", "tel"}, ["times"], {}),
    ("invoice_XX_fields", "invoice", ["xup"], "few", None, ["model_no"], {}),
    ("invoice_mustache", "invoice", ["mustache"], "few", None, ["dollar_legit"], {}),
    ("receipt_blank", "receipt", ["blank"], "few", None, ["underscore_legit"], {}),
    ("receipt_mailmerge", "receipt", ["merge"], "few", None, ["hash_legit"], {}),
    ("purchase_order_tbd", "po", ["tbd"], "few", None, ["daiding"], {}),
    ("purchase_order_brackets", "po", ["bracket"], "few", None, ["bracket_legit"], {}),
    ("stock_list_xx_numbers", "stock", ["xlow"], "many", None, ["xlsize"], {}),
    ("stock_list_blank", "stock", ["blank"], "few", None, ["model_no"], {}),
    ("press_release_x_mou", "press", ["xlow", "mou"], "few", None, ["1plusx"], {}),
    ("press_release_cross", "press", ["cross"], "few", None, ["times"], {}),
    ("press_release_editor_tbd", "press", ["tbd", "bracket"], "one", {"person"}, ["bracket_legit"], {}),
    ("police_bulletin_mou", "police", ["mou"], "many", {"person"}, ["mouxie"], {}),
    ("police_bulletin_starred_names", "police", ["star"], "few", None, ["star_note"], {}),
    ("police_bulletin_plate_masked", "police", ["star"], "one", {"plate"}, ["model_no"], {}),
    ("weather_warning_xx", "weather", ["xlow"], "few", None, ["xray"], {}),
    ("weather_warning_fill", "weather", ["fill"], "few", None, ["fill_instr"], {}),
    ("admission_ticket_mustache", "ticket", ["mustache"], "many", None, ["files"], {}),
    ("admission_ticket_starred", "ticket", ["star"], "few", None, ["star_note"], {}),
    ("admission_ticket_mergefield", "ticket", ["merge"], "few", None, ["underscore_legit"], {}),
    ("medical_report_starred", "medical", ["star"], "few", None, ["xray"], {}),
    ("medical_report_mou_patient", "medical", ["mou"], "one", {"person"}, ["xray"], {}),
    ("tender_notice_xx", "tender", ["xlow"], "few", None, ["model_no"], {}),
    ("tender_notice_tbd", "tender", ["tbd"], "few", None, ["daiding"], {}),
    ("tender_notice_circle", "tender", ["circle"], "few", None, ["chinese_zero"], {}),
    ("award_decision_mou", "award", ["mou"], "few", None, ["mouxie"], {}),
    ("award_decision_XXX", "award", ["xup"], "many", None, ["roman"], {}),
    ("petition_reply_mou", "petition", ["mou"], "few", None, ["mouxie"], {}),
    ("petition_reply_starred", "petition", ["star"], "few", None, ["star_note"], {}),
    ("property_notice_xx", "property", ["xlow"], "few", None, ["times"], {}),
    ("property_notice_fill", "property", ["fill"], "one", None, ["bracket_legit"], {}),
    ("payslip_starred", "payslip", ["star"], "few", None, ["star_note"], {}),
    ("payslip_xx_amounts", "payslip", ["xlow"], "few", MONEY_T, ["pct_legit"], {}),
    ("court_judgment_mou", "court", ["mou"], "many", None, ["mouxie"], {}),
    ("court_judgment_starred", "court", ["star"], "few", None, ["star_note"], {}),
    ("court_judgment_cross", "court", ["cross"], "few", None, ["times"], {}),
    ("cadre_notice_XX", "cadre", ["xup"], "few", None, ["roman"], {}),
    ("cadre_notice_circle", "cadre", ["circle"], "few", None, ["chinese_zero"], {}),
    ("subsidy_list_starred", "subsidy", ["star"], "many", None, ["star_note"], {}),
    ("subsidy_list_mou", "subsidy", ["mou"], "few", None, ["mouxie"], {}),
    ("tech_doc_mustache", "techdoc", ["mustache"], "few", None, ["underscore_legit", "x86"], {}),
    ("mail_merge_email", "email", ["merge"], "few", None, ["files"], {}),
    ("email_template_mustache", "email", ["mustache"], "few", None, ["hash_legit"], {}),
    ("canteen_table_xx", "meal", ["xlow"], "few", None, ["times"], {}),
    ("tw_letter_circle", "tw_letter", ["circle"], "few", None, ["chinese_zero"], {}),
]

# (style, genre, damage, placement, traps preferred, extra)
MJ_STYLES = [
    ("report_utf8_as_gbk_word", "work_report", "u8_gbk", "word", ["trad_quote"], {}),
    ("report_utf8_as_gbk_line", "work_report", "u8_gbk", "line", ["rare"], {}),
    ("report_utf8_as_gbk_whole", "work_report", "u8_gbk", "doc", ["units"], {}),
    ("report_kuntou_word", "work_report", "kuntou", "word", ["rare"], {}),
    ("report_kuntou_multi", "work_report", "kuntou", "multi", ["math_sym"], {}),
    ("report_pinyin_annotation_doc", "work_report", "pinyin", "doc", ["pinyin_lesson"], {}),
    ("report_pinyin_annotation_para", "work_report", "pinyin", "para", ["pinyin_lesson"], {}),
    ("report_ascii_question_marks", "work_report", "qmark", "word", ["eng_quote"], {}),
    ("report_gbk_out_of_step", "work_report", "gbk_shift_q", "line", ["trad_quote"], {}),
    ("report_cut_html_tag", "work_report", "cut_tag", "word", ["html_code"], {}),
    ("report_nbsp_entities", "work_report", "nbsp", "multi", ["ampersand"], {}),
    ("report_span_tags", "work_report", "tags", "word", ["html_code"], {}),
    ("report_gbk_as_utf8_q_multi", "work_report", "u8_gbk_q", "multi", ["emoji"], {}),
    ("report_cp1252_next_to_french", "work_report", "u8_cp1252", "word", ["french"], {"trap_p": 1.0}),
    ("notice_cp1252_title", "notice", "u8_cp1252", "title", ["french"], {}),
    ("notice_cp1252_line", "notice", "u8_cp1252", "line", ["german_etc"], {}),
    ("notice_double_encoded_line", "notice", "double", "line", ["german_etc"], {}),
    ("notice_cms_double_escape", "notice", "html_double", "line", ["html_code"], {}),
    ("notice_decimal_entities", "notice", "ent_dec", "word", ["ampersand"], {}),
    ("notice_latin1_c1_controls", "notice", "u8_latin1", "word", ["french"], {}),
    ("minutes_names_utf8_as_gbk", "minutes", "u8_gbk", "slot", ["dot_names"], {}),
    ("minutes_names_replacement_char", "minutes", "gbk_u8", "slot", ["rare"], {}),
    ("minutes_macroman_line", "minutes", "u8_macroman", "line", ["math_sym"], {}),
    ("minutes_gbk_backslash_escapes", "minutes", "gbk_bsr", "word", ["path"], {}),
    ("stat_table_cell_utf8_as_gbk", "stat_table", "u8_gbk", "cell", ["units"], {}),
    ("stat_table_cell_fffd", "stat_table", "gbk_u8", "cell", ["math_sym"], {}),
    ("stat_table_cell_gbk_as_cp1252", "stat_table", "gbk_cp1252", "cell", ["currency"], {}),
    ("stat_table_title_koi8r", "stat_table", "u8_koi8r", "title", ["russian"], {}),
    ("stat_table_cell_decimal_entities", "stat_table", "ent_dec", "cell", ["ampersand"], {}),
    ("rental_utf16le_as_latin1", "rental", "u16le_latin1", "line", ["german_etc"], {}),
    ("rental_utf16_as_utf8_word", "rental", "u16_u8", "word", ["currency"], {}),
    ("rental_hex_entities_name", "rental", "ent_hex", "slot", ["html_code"], {}),
    ("labour_gbk_truncated_field", "labour", "gbk_trunc", "slot", ["dot_names"], {}),
    ("labour_utf8_truncated_field", "labour", "u8_trunc", "slot", ["rare"], {}),
    ("labour_word_field_codes", "labour", "word_field", "line", ["page_legit"], {}),
    ("loan_quoted_printable_line", "loan", "qp", "line", ["math_sym"], {}),
    ("loan_base64_fragment", "loan", "b64", "line", ["hash"], {}),
    ("loan_url_encoded_word", "loan", "urlenc", "word", ["url"], {}),
    ("signin_rare_names_gb2312", "signin", "qmark_gb2312", "slot", ["rare"], {"rare": True}),
    ("signin_cell_gbk_as_big5", "signin", "gbk_big5", "cell", ["trad_quote"], {}),
    ("signin_cell_utf8_as_sjis", "signin", "u8_sjis", "cell", ["japanese"], {}),
    ("cert_double_latin1_name", "certificate", "double_latin1", "slot", ["french"], {}),
    ("cert_pdf_kangxi_radicals", "certificate", "kangxi", "line", ["rare"], {}),
    ("cert_pdf_cid_glyphs", "certificate", "cid", "line", ["hash"], {}),
    ("appraisal_cell_utf8_as_euckr", "appraisal", "u8_euckr", "cell", ["korean"], {}),
    ("appraisal_markdown_remnants", "appraisal", "markdown", "line", ["star_note_mj"], {}),
    ("worklog_tang_tun_buffer", "worklog", "tang", "slot", ["rare"], {}),
    ("worklog_unicode_escapes", "worklog", "uescape", "word", ["path"], {}),
    ("roster_cell_kuntou", "roster", "kuntou", "cell", ["emoji"], {}),
    ("roster_cell_utf8_as_cp1251", "roster", "u8_cp1251", "cell", ["russian"], {}),
    ("invoice_cell_utf8_as_latin1", "invoice", "u8_latin1", "cell", ["currency"], {}),
    ("invoice_pdf_private_use", "invoice", "pua", "line", ["hash"], {}),
    ("invoice_gbk_as_latin1", "invoice", "gbk_latin1", "cell", ["german_etc"], {}),
    ("receipt_gbk_as_utf8_whole", "receipt", "gbk_u8", "doc", ["emoji"], {}),
    ("receipt_gbk_as_macroman", "receipt", "gbk_macroman", "line", ["math_sym"], {}),
    ("po_cell_utf8_as_koi8r", "po", "u8_koi8r", "cell", ["russian"], {}),
    ("po_cell_utf8_as_iso8859_5", "po", "u8_iso8859_5", "cell", ["russian"], {}),
    ("stock_cell_utf8_as_cp437", "stock", "u8_cp437", "cell", ["box_table"], {}),
    ("stock_cell_utf8_as_cp866", "stock", "u8_cp866", "cell", ["russian"], {}),
    ("press_utf7_line", "press", "utf7", "line", ["eng_quote"], {}),
    ("press_json_escaped_para", "press", "json_escape", "para", ["url"], {}),
    ("press_markdown_title", "press", "markdown", "title", ["url"], {}),
    ("press_tags_para", "press", "tags", "para", ["html_code"], {}),
    ("press_mixed_korean_and_kuntou", "press", "kuntou", "word", ["korean"], {"trap_p": 1.0}),
    ("police_utf8_as_big5_word", "police", "u8_big5", "word", ["trad_quote"], {}),
    ("police_gbk_as_euckr_line", "police", "gbk_euckr", "line", ["korean"], {}),
    ("weather_utf8_as_sjis_line", "weather", "u8_sjis", "line", ["japanese"], {}),
    ("weather_gbk_as_sjis_word", "weather", "gbk_sjis", "word", ["units"], {}),
    ("ticket_name_utf8_as_gbk", "ticket", "u8_gb18030", "slot", ["rare"], {}),
    ("ticket_kuntou_field", "ticket", "kuntou", "slot", ["dot_names"], {}),
    ("email_subject_b64_mime", "email", "b64_mime", "title", ["email"], {}),
    ("email_subject_qp_mime", "email", "qp_mime", "title", ["email"], {}),
    ("email_body_quoted_printable", "email", "qp", "para", ["url"], {}),
    ("email_gbk_url_encoded", "email", "urlplus_gbk", "word", ["url"], {}),
    ("medical_cell_utf8_as_greek", "medical", "u8_iso8859_7", "cell", ["greek"], {}),
    ("medical_cell_utf8_as_cp1250", "medical", "u8_cp1250", "cell", ["german_etc"], {}),
    ("tender_bom_mid_text", "tender", "bom_mid", "line", ["url"], {}),
    ("tender_escaped_tags", "tender", "lt_gt", "line", ["html_code"], {}),
    ("award_rare_names_gb2312", "award", "qmark_gb2312", "slot", ["rare"], {"rare": True}),
    ("award_gbk_out_of_step_fffd", "award", "gbk_shift", "line", ["dot_names"], {}),
    ("petition_hex_byte_log", "petition", "hexlog", "word", ["hash"], {}),
    ("petition_rtf_bytes", "petition", "rtf", "line", ["path"], {}),
    ("property_escaped_emoji_surrogates", "property", "surrogate_json", "line", ["emoji"], {}),
    ("property_nbsp_line", "property", "nbsp", "line", ["html_code"], {}),
    ("payslip_cell_utf16be", "payslip", "u16be_latin1", "cell", ["currency"], {}),
    ("payslip_cell_gbk_as_koi8r", "payslip", "gbk_koi8r", "cell", ["russian"], {}),
    ("court_pdf_kangxi_doc", "court", "kangxi", "doc", ["rare"], {}),
    ("court_cid_word", "court", "cid", "word", ["hash"], {}),
    ("cadre_double_encoded_title", "cadre", "double", "title", ["french"], {}),
    ("subsidy_cell_utf8_as_gb18030", "subsidy", "u8_gb18030", "cell", ["rare"], {}),
    ("tech_doc_hex_entities", "techdoc", "ent_hex", "line", ["html_code"], {}),
    ("canteen_cell_cp1252", "meal", "u8_cp1252", "cell", ["french"], {}),
    ("tw_letter_big5_as_gbk", "tw_letter", "big5_gbk", "line", ["trad_quote"], {}),
    ("tw_letter_big5_as_utf8", "tw_letter", "big5_u8", "word", ["japanese"], {}),
    ("minutes_sign_kuntou", "minutes", "kuntou", "sign", ["rare"], {}),
    ("notice_sign_utf8_as_gbk", "notice", "u8_gbk", "sign", ["email"], {}),
]
MJ_TRAPS["star_note_mj"] = lambda r: r.choice(["注：带*号的项目为必填项。", "*以上数据来源于统计快报。"])
MJ_TRAP_KEYS = [k for k in MJ_TRAPS if k != "star_note_mj"]


# --------------------------------------------------------------------------------------------
# record makers
# --------------------------------------------------------------------------------------------
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def add_traps(lines, rng, prefer, keys, table, count):
    used = []
    for j in range(count):
        k = rng.choice(prefer) if (j == 0 and prefer and rng.random() < 0.8) else rng.choice(keys)
        if k not in table:
            k = rng.choice(keys)
        insert_trap(lines, table[k](rng), rng)
        used.append(k)
    return used


def pdf_break(lines, rng):
    for i, ln in enumerate(lines):
        for a, b in ln.spans:
            if b < len(ln.text) and CJK.match(ln.text[b]) and len(lines) <= 9:
                head, tail = ln.text[:b], ln.text[b:]
                ln2 = Line(tail)
                ln2.spans = [(x - b, y - b) for x, y in ln.spans if x >= b]
                ln.spans = [(x, y) for x, y in ln.spans if y <= b]
                ln.text = head
                lines[i + 1:i + 1] = [Line(""), ln2]
                return True
    return False


def make_ph(st, rng, positive):
    name, genre, masks, density, only, prefer, extra = st
    for _attempt in range(40):
        doc_seed = rng.getrandbits(64)
        _, slots = build_doc(genre, random.Random(doc_seed), lambda *a: None)
        chosen = {}
        if positive:
            cands = []
            probe = random.Random(1)
            for i, (typ, label, parts) in enumerate(slots):
                if only and typ not in only:
                    continue
                ok = [m for m in masks if typ in MASKS[m][1] and MASKS[m][0](typ, parts, label, probe) is not None]
                if ok:
                    cands.append((i, ok))
            if not cands:
                continue
            if density == "one":
                k = 1
            elif density == "few":
                k = rng.randint(1, min(3, len(cands)))
            else:
                k = max(1, min(len(cands), rng.randint((len(cands) + 1) // 2, len(cands))))
            for i, ok in rng.sample(cands, k):
                chosen[i] = rng.choice(ok)

        def decide(i, typ, label, parts):
            if i in chosen:
                return MASKS[chosen[i]][0](typ, parts, label, rng)
            return None
        lines, slots = build_doc(genre, random.Random(doc_seed), decide)
        if positive and extra.get("pdfbreak") and not pdf_break(lines, rng):
            continue
        if positive:
            traps = add_traps(lines, rng, prefer, PH_TRAP_KEYS, PH_TRAPS, 1) if rng.random() < extra.get("trap_p", 0.3) else []
            used = sorted(set(chosen.values()))
            note = "placeholder (%s) x%d in %s%s" % ("+".join(used), len(chosen), genre,
                                                     "; look-alike traps not to flag: " + ",".join(traps) if traps else "")
        else:
            traps = add_traps(lines, rng, prefer, PH_TRAP_KEYS, PH_TRAPS, rng.choice([1, 1, 2]))
            note = "negative: filled %s with look-alikes %s" % (genre, ",".join(traps))
        text, spans = assemble(lines)
        return text, spans, note, []
    raise RuntimeError("cannot build ph record for " + name)


def _word_target(lines, rng, avoid=()):
    cl = [i for i, l in enumerate(lines) if not l.protect and not l.title and CJK.search(l.text)]
    if not cl:
        cl = [i for i, l in enumerate(lines) if not l.protect and CJK.search(l.text)]
    i = rng.choice(cl)
    runs = list(CJK.finditer(lines[i].text))
    m = rng.choice(runs)
    L = min(len(m.group()), rng.choice([1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 8]))
    a = m.start() + rng.randint(0, len(m.group()) - L)
    return (i, a, a + L)


def choose_targets(lines, placement, rng):
    cand = [i for i, l in enumerate(lines) if not l.protect and CJK.search(l.text)]
    body = [i for i in cand if not lines[i].title] or cand
    if placement == "word":
        return [_word_target(lines, rng)]
    if placement == "multi":
        out = []
        for _ in range(rng.randint(2, 4)):
            t = _word_target(lines, rng)
            if all(t[0] != o[0] or t[2] + 1 < o[1] or o[2] + 1 < t[1] for o in out):
                out.append(t)
        return out
    if placement in ("slot", "sign"):
        pool = []
        lines_pool = [i for i in cand if i == cand[-1]] if placement == "sign" else cand
        for i in lines_pool:
            for a, b, typ, parts in lines[i].slots:
                if CJK.search(lines[i].text[a:b]):
                    pool.append((i, a, b))
        if not pool:
            if placement == "sign":
                i = cand[-1]
                return [(i, 0, len(lines[i].text))]
            return [_word_target(lines, rng)]
        return [rng.choice(pool)]
    if placement == "line":
        i = rng.choice(body)
        return [(i, 0, len(lines[i].text))]
    if placement == "title":
        i = cand[0]
        return [(i, 0, len(lines[i].text))]
    if placement == "doc":
        return [(i, 0, len(lines[i].text)) for i in cand]
    if placement == "para":
        start = rng.randrange(len(body))
        k = rng.randint(2, 3)
        return [(i, 0, len(lines[i].text)) for i in body[start:start + k]]
    if placement == "cell":
        rows = [i for i in cand if lines[i].row]
        rows = rows[1:] if len(rows) > 1 else rows
        if not rows:
            return [_word_target(lines, rng)]
        i = rng.choice(rows)
        ln, cells, pos = lines[i], [], 0
        for c in ln.text.split(ln.sep):
            if CJK.search(c):
                cells.append((pos, pos + len(c)))
            pos += len(c) + len(ln.sep)
        a, b = rng.choice(cells)
        return [(i, a, b)]
    raise KeyError(placement)


def damage_doc(lines, dmg, placement, rng):
    f = DAMAGES[dmg]
    for _attempt in range(90):
        if _attempt == 30 and placement not in ("doc", "para"):
            placement = "word"
        if _attempt == 60:
            placement = "line"
        targets = choose_targets(lines, placement, rng)
        results = []
        for i, a, b in targets:
            clean = lines[i].text[a:b]
            bad = f(clean, rng)
            if bad == clean or any(c in BREAKERS or c == "\t" for c in bad):
                continue
            results.append((i, a, b, clean, bad))
        if not results:
            continue
        if placement not in ("doc", "para") and len(results) != len(targets):
            continue
        cleans = []
        for i in sorted({r[0] for r in results}):
            ln = lines[i]
            rs = sorted([r for r in results if r[0] == i], key=lambda r: r[1])
            new, pos, spans = [], 0, []
            off = 0
            for _, a, b, clean, bad in rs:
                new.append(ln.text[pos:a])
                off += len(ln.text[pos:a])
                spans.append((off, off + len(bad)))
                cleans.append((i, off, off + len(bad), clean))
                new.append(bad)
                off += len(bad)
                pos = b
            new.append(ln.text[pos:])
            # re-base the placeholder-free line
            ln.text = "".join(new)
            ln.spans = spans
        return cleans
    raise RuntimeError("cannot damage with %s/%s" % (dmg, placement))


def make_mj(st, rng, positive):
    name, genre, dmg, placement, prefer, extra = st
    for _attempt in range(50):
        doc_seed = rng.getrandbits(64)
        lines, _ = build_doc(genre, random.Random(doc_seed), lambda *a: None, rare=extra.get("rare", False))
        if not extra.get("rare") or any(c in RARE for ln in lines for a, b, t, p in ln.slots for c in ln.text[a:b]):
            break
    if positive:
        traps = add_traps(lines, rng, prefer, MJ_TRAP_KEYS, MJ_TRAPS, 1) if rng.random() < extra.get("trap_p", 0.3) else []
        cl = damage_doc(lines, dmg, placement, rng)
        note = "mojibake %s at %s in %s%s" % (dmg, placement, genre, "; clean look-alikes: " + ",".join(traps) if traps else "")
        text, spans = assemble(lines)
        # map per-line clean records to document offsets
        starts, pos = [], 0
        for ln in lines:
            starts.append(pos)
            pos += len(ln.text) + 1
        cleans = [(starts[i] + a, starts[i] + b, c) for i, a, b, c in cl]
    else:
        traps = add_traps(lines, rng, prefer, MJ_TRAP_KEYS, MJ_TRAPS, rng.choice([1, 1, 2]))
        note = "negative: clean %s with look-alikes %s" % (genre, ",".join(traps))
        text, spans = assemble(lines)
        cleans = []
    return text, spans, note, cleans


def generate(seed):
    recs = []
    for fam, styles in (("ph", PH_STYLES), ("mj", MJ_STYLES)):
        for st in styles:
            rng = random.Random("t22|%d|%s|%s" % (seed, fam, st[0]))
            n = rng.randint(15, 17)
            npos = round(n * 0.65)
            labs = [True] * npos + [False] * (n - npos)
            rng.shuffle(labs)
            for pos in labs:
                if fam == "ph":
                    text, spans, note, cleans = make_ph(st, rng, pos)
                    label = "placeholder" if pos else "negative"
                else:
                    text, spans, note, cleans = make_mj(st, rng, pos)
                    label = "mojibake" if pos else "negative"
                recs.append(({"id": "", "family": fam, "style": st[0], "label": label, "text": text,
                              "spans": spans, "note": note}, cleans))
    random.Random("t22|order|%d" % seed).shuffle(recs)
    for k, (r, _) in enumerate(recs):
        r["id"] = "t22-s%d-%s-%05d" % (seed, r["family"], k + 1)
    return recs


# --------------------------------------------------------------------------------------------
# verification
# --------------------------------------------------------------------------------------------
TRAD_PY = "".join(t for t, p in PINYIN.values() if p)
MJ_STRICT = re.compile(
    "\ufffd|锟斤拷|烫烫|屯屯|Ã|Â|â€|å[\u0080-\u00ff‘’“”•–—˜™š›œžŸ]|[\u0000-\u0008\u000e-\u001f\u007f-\u009f]|&#\\d+;|&#x[0-9A-Fa-f]+;"
    "|\\\\u[0-9a-fA-F]{4}|\\\\x[0-9a-f]{2}|%[EeCcDdBb][0-9A-Fa-f]%|=[EeCcDdBb][0-9A-F]=|\\(cid:\\d+\\)|[\ue000-\uf8ff]|[\u2e80-\u2fdf]"
    "|[\uf900-\ufaff]|&amp;(?:lt|gt|nbsp|amp);|&lt;/?(?:p|br|span)|MERGEFORMAT|=\\?[\\w-]+\\?[BQ]\\?|\\+[A-Za-z0-9/]{4,}-"
    "|[" + TRAD_PY + "]\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)|<(?:span|font|strong|o:p|div|b)\\b[^>]*>|\\{\\\\rtf|\\?/(?:strong|span)>"
    "|ï»¿|鍙|缁|浣|鐨|宸|銆|锛")


def outside(text, spans):
    out, pos = [], 0
    for a, b in spans:
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    return "\n".join(out)


def verify_records(recs, name):
    problems = []
    seen = set()
    regen = {}
    keys = {"id", "family", "style", "label", "text", "spans", "note"}
    for ln_no, r in enumerate(recs, 1):
        where = "%s:%d" % (name, ln_no)
        if set(r) != keys:
            problems.append("%s keys %s" % (where, sorted(r)))
            continue
        if r["id"] in seen:
            problems.append("%s duplicate id" % where)
        seen.add(r["id"])
        fam, lab, text, spans = r["family"], r["label"], r["text"], r["spans"]
        if fam not in ("ph", "mj") or lab not in ({"ph": ("placeholder", "negative"), "mj": ("mojibake", "negative")}.get(fam, ())):
            problems.append("%s bad family/label %s/%s" % (where, fam, lab))
            continue
        if not re.fullmatch(r"[a-z0-9_]+", r["style"].lower()) or not r["note"] or "\n" in r["note"]:
            problems.append("%s bad style/note" % where)
        if not isinstance(text, str) or not text.strip() or not (1 <= len(text.split("\n")) <= 12):
            problems.append("%s text empty or line count %d" % (where, len(text.split("\n"))))
        if len(text.splitlines()) != len(text.split("\n")) or "\r" in text:
            problems.append("%s stray line-breaking character" % where)
        prev = -1
        for sp in spans:
            if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)
                    and 0 <= sp[0] < sp[1] <= len(text) and sp[0] >= prev):
                problems.append("%s bad span %s" % (where, sp))
            else:
                prev = sp[1]
                if not text[sp[0]:sp[1]].strip():
                    problems.append("%s blank span %s" % (where, sp))
        if lab == "negative":
            if spans:
                problems.append("%s negative with spans" % where)
            m = PH_STRICT.search(text) or MJ_STRICT.search(text)
            if m:
                problems.append("%s negative holds %r" % (where, m.group()))
            continue
        if not spans:
            problems.append("%s positive without spans" % where)
        if lab == "placeholder":
            for a, b in spans:
                if not PH_CHECK.search(text[a:b]):
                    problems.append("%s span %r holds no placeholder" % (where, text[a:b]))
            m = PH_STRICT.search(outside(text, spans))
            if m:
                problems.append("%s placeholder outside spans: %r" % (where, m.group()))
            m = MJ_STRICT.search(text)
            if m:
                problems.append("%s damage inside placeholder record: %r" % (where, m.group()))
        if lab == "mojibake":
            m = PH_STRICT.search(outside(text, spans))
            if m:
                problems.append("%s placeholder inside mojibake record: %r" % (where, m.group()))
            mm = re.match(r"t22-s(\d+)-", r["id"])
            if not mm:
                problems.append("%s id does not name a seed" % where)
                continue
            seed = int(mm.group(1))
            if seed not in regen:
                regen[seed] = {g["id"]: (g, c) for g, c in generate(seed)}
            g = regen[seed].get(r["id"])
            if g is None or g[0] != r:
                problems.append("%s record differs from regeneration" % where)
                continue
            for a, b, clean in g[1]:
                if text[a:b] == clean:
                    problems.append("%s mojibake span %r equals clean text" % (where, clean))
            covered = [(a, b) for a, b, _ in g[1]]
            for a, b in covered:
                if not any(x <= a and b <= y for x, y in spans):
                    problems.append("%s damaged stretch %s not inside a span" % (where, (a, b)))
    return problems


def load(path):
    recs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                recs.append(json.loads(line))
    return recs


def style_table(recs):
    from collections import OrderedDict
    rows = OrderedDict()
    order = [s[0] for s in PH_STYLES] + [s[0] for s in MJ_STYLES]
    for r in recs:
        d = rows.setdefault(r["style"], {"family": r["family"], "placeholder": 0, "mojibake": 0, "negative": 0, "ex": None})
        d[r["label"]] += 1
        if d["ex"] is None and r["label"] != "negative":
            a, b = r["spans"][0]
            frag = r["text"][max(0, a - 12):b + 12]
            d["ex"] = frag
    out = ["| style | family | placeholder | mojibake | negative | example (around first span) |", "|---|---|---|---|---|---|"]
    for st in order:
        if st not in rows:
            continue
        d = rows[st]
        ex = (d["ex"] or "")[:70]
        ex = "".join(c if c.isprintable() else "\\x%02x" % ord(c) if ord(c) < 256 else "\\u%04x" % ord(c) for c in ex.replace("\n", "⏎"))
        ex = ex.replace("|", "\\|").replace("`", "'")
        out.append("| %s | %s | %d | %d | %d | `%s` |" % (st, d["family"], d["placeholder"], d["mojibake"], d["negative"], ex))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", metavar="FILE")
    a = ap.parse_args()
    if a.out:
        recs = generate(a.seed)
        with open(a.out, "w", encoding="utf-8") as fh:
            for r, _ in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("wrote %d records to %s" % (len(recs), a.out))
    if a.style_table:
        with open(a.style_table, "w", encoding="utf-8") as fh:
            fh.write(style_table([r for r, _ in generate(a.seed)]))
        print("wrote style table to %s" % a.style_table)
    if a.verify:
        bad = 0
        for path in a.verify:
            probs = verify_records(load(path), path)
            for p in probs[:200]:
                print(p)
            print("%s: %d problems" % (path, len(probs)))
            bad += len(probs)
        sys.exit(1 if bad else 0)
    if not (a.out or a.style_table or a.verify):
        ap.print_help()


if __name__ == "__main__":
    main()
