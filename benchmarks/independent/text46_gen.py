#!/usr/bin/env python3
"""text46_gen.py - held-out set 46: placeholders (ph) and mojibake (mj) in Chinese documents.

Usage:
    python3 text46_gen.py --seed 11 --out text46_seed11.jsonl
    python3 text46_gen.py --verify text46_seed11.jsonl text46_seed12.jsonl

Standard library only (Python 3.11).  Output is deterministic per seed and does not
depend on PYTHONHASHSEED (no iteration over sets/dicts of str is used for choices;
every record gets its own random.Random seeded from a SHA-256 digest).

How texts are built: every document is first produced as a "marked string" in which the
placeholder or damaged stretches are wrapped in \x01 ... \x02.  parse_marked() walks the
string once, appends the unmarked characters to the output and records the offsets of
the marked stretches as it goes, so spans cannot drift.
"""
import argparse
import calendar
import hashlib
import html
import json
import random
import re
import sys
import urllib.parse

MS, ME = "\x01", "\x02"


def M(s):
    """Wrap a stretch that must become a span."""
    if not s:
        raise ValueError("empty marked stretch")
    return MS + s + ME


def parse_marked(s):
    out, spans, start, n = [], [], None, 0
    for ch in s:
        if ch == MS:
            if start is not None:
                raise ValueError("nested mark")
            start = n
        elif ch == ME:
            if start is None or start == n:
                raise ValueError("bad mark")
            if spans and spans[-1][1] == start:      # merge touching stretches
                spans[-1][1] = n
            else:
                spans.append([start, n])
            start = None
        else:
            out.append(ch)
            n += 1
    if start is not None:
        raise ValueError("unclosed mark")
    return "".join(out), spans


def sub_rng(*parts):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ---------------------------------------------------------------------------
# value banks
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["立新", "建国", "秀英", "海燕", "志强", "丽娟", "明辉", "晓东", "春梅", "国庆", "文博", "思远",
         "雨婷", "振华", "桂兰", "凤霞", "宏伟", "玉珍", "子涵", "浩然", "欣怡", "家豪", "淑芬", "德胜",
         "永红", "俊杰", "晓燕", "卫东", "红梅", "学军", "亚楠", "树林", "金凤", "长青", "佳琪", "一鸣"]
# characters outside GB2312 (checked at import time below)
RARE_CHARS = "喆堃镕珺玥赟祎昇頔琎瑄犇淏燚垚翀烜晞玙瑢琇璟彧"
PLACES = ["东城", "新华", "长安", "金水", "城关", "南湖", "红旗", "解放", "文化", "建设", "和平", "青山",
          "柳林", "桥西", "滨河", "北塘", "清源", "石桥", "望江", "凤鸣", "龙泉", "双井", "白沙", "永安",
          "临河", "东关", "梅园", "丰乐", "西湖", "兴隆"]
ORGS = ["住房和城乡建设", "市场监督管理", "生态环境", "文化和旅游", "教育", "卫生健康", "民政",
        "人力资源和社会保障", "交通运输", "应急管理", "自然资源", "农业农村", "商务", "财政", "司法"]
SOURCES = ["本网", "区政府办公室", "区融媒体中心", "市政务服务和数据管理局", "新华网", "人民网",
           "区委宣传部", "市人民政府网站", "区应急管理局", "本站原创"]
SIGS = ["【市政务服务】", "【城投水务】", "【市人民医院】", "【顺达快递】", "【智慧社区】", "【市疾控中心】",
        "【住房公积金】", "【交管12123】", "【市人事考试中心】", "【电网缴费】", "【安居租房】"]
SVCS = ["居住证办理", "不动产登记", "社保卡补办", "营业执照变更", "公积金提取", "生育登记", "残疾人证换领"]
EXAMS = ["教师资格", "会计专业技术资格", "二级建造师", "社会工作者职业水平", "普通话水平测试"]
TARGETS = ["60岁以上老年人", "辖区居民", "小区业主", "参保职工", "新生儿家长", "个体工商户"]
ERAS = ["清乾隆", "明万历", "清光绪", "民国", "北宋", "南宋", "元", "唐", "东汉", "清康熙", "明宣德", "西周"]
MATERIALS = ["瓷", "铜", "竹", "丝", "紫砂", "木", "玉", "陶", "纸本设色", "绢本水墨", "银", "漆木"]
PAYS = ["月", "季度", "半年"]
CORPNAMES = ["政务公开双语语料", "文博展陈多语种平行语料", "口岸通关服务译文库", "城市旅游宣传译文记忆库",
             "涉外租赁合同平行语料", "应用通知多语种模板库"]


def _check_rare():
    out = []
    for c in RARE_CHARS:
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            out.append(c)
    return "".join(out)


RARE = _check_rare()


def id_number(r):
    area = r.choice(["410105", "370102", "320106", "130104", "510107", "420106", "610113", "230103"])
    y = r.randint(1955, 2001)
    body = "%s%d%02d%02d%03d" % (area, y, r.randint(1, 12), r.randint(1, 28), r.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + chk


SLOT_RE = re.compile(r"<([a-z]+)(\d*)(?::(\d+)-(\d+))?(?:=([^<>]*))?>")

CAT = {"n": "num", "views": "num", "code": "code", "amt": "dec", "dim": "dec", "area": "dec",
       "pct": "pct", "money": "money", "year": "year", "date": "date", "iso": "iso", "time": "time",
       "tel": "tel", "mob": "tel", "name": "name", "place": "place", "org": "org", "src": "text",
       "svc": "text", "exam": "text", "target": "text", "era": "text", "mat": "text", "idno": "id",
       "sig": "sig", "idx": "num", "pay": "text", "corp": "text", "acc": "num"}


class Ctx:
    def __init__(self, r, rare=False, year=None):
        self.r = r
        self.rare = rare
        self.values = {}
        self.ph_keys = []
        self.ph_cache = {}
        self.kind = None
        self.brace_no = {}
        self.year = year or r.randint(2019, 2024)

    def value(self, typ, key, lo, hi):
        if key in self.values:
            return self.values[key]
        r = self.r
        if typ == "n":
            lo = int(lo) if lo else 1
            hi = int(hi) if hi else 999
            v = str(r.randint(lo, hi))
        elif typ == "views":
            v = str(r.randint(35, 9800))
        elif typ == "amt":
            v = "%.2f" % r.uniform(1.5, 980)
        elif typ == "dim":
            v = "%.1f" % r.uniform(int(lo or 4), int(hi or 90))
        elif typ == "area":
            v = "%.2f" % r.uniform(38, 146)
        elif typ == "pct":
            v = "%.1f" % r.uniform(int(lo or 5), int(hi or 99))
        elif typ == "money":
            v = str(r.randrange(int(lo or 900), int(hi or 8800), 50))
        elif typ == "year":
            v = str(r.randint(int(lo), int(hi))) if lo else str(self.year)
        elif typ == "date":
            y = r.randint(int(lo), int(hi)) if lo else self.year
            v = "%d年%d月%d日" % (y, r.randint(1, 12), r.randint(1, 28))
        elif typ == "iso":
            v = "%d-%02d-%02d" % (self.year, r.randint(1, 12), r.randint(1, 28))
        elif typ == "time":
            v = "%02d:%02d" % (r.randint(7, 21), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))
        elif typ == "code":
            v = "%06d" % r.randint(0, 999999)
        elif typ == "tel":
            v = "0%d-%d" % (r.choice([371, 531, 25, 311, 28, 27, 29, 451, 571, 731]), r.randint(60000000, 89999999))
        elif typ == "mob":
            v = "1%s%09d" % (r.choice("3578"), r.randint(0, 999999999))
        elif typ == "name":
            given = r.choice(GIVEN)
            if self.rare and (key in ("name", "name1") or r.random() < 0.5):
                given = r.choice([r.choice(RARE), given[0] + r.choice(RARE), r.choice(RARE) + given[1]])
            v = r.choice(SURNAMES) + given
        elif typ == "place":
            others = {self.values.get(k) for k in self.values if k.startswith("place")}
            v = r.choice([p for p in PLACES if p not in others])
        elif typ == "org":
            v = r.choice(ORGS)
        elif typ == "src":
            v = r.choice(SOURCES)
        elif typ == "svc":
            v = r.choice(SVCS)
        elif typ == "exam":
            v = r.choice(EXAMS)
        elif typ == "target":
            v = r.choice(TARGETS)
        elif typ == "era":
            v = r.choice(ERAS)
        elif typ == "mat":
            v = r.choice(MATERIALS)
        elif typ == "idno":
            v = id_number(r)
        elif typ == "sig":
            v = r.choice(SIGS)
        elif typ == "idx":
            v = "%d/%d-%05d" % (r.randint(10000000, 99999999), self.year, r.randint(1, 9999))
        elif typ == "acc":
            v = "%d%04d" % (r.randint(1, 9), r.randint(1, 9999))
        elif typ == "pay":
            v = r.choice(PAYS)
        elif typ == "corp":
            v = r.choice(CORPNAMES)
        else:
            raise KeyError(typ)
        self.values[key] = v
        return v


def split_line(t, lang):
    """A line is either one language, or 'mix:xx' = tab-separated columns whose last column is xx."""
    if lang.startswith("mix:"):
        cols = t.split("\t")
        return [(c, "zh") for c in cols[:-1]] + [(cols[-1], lang[4:])]
    return [(t, lang)]


def slot_keys(lines):
    keys = []
    for t0, lang0 in lines:
        for t, lang in split_line(t0, lang0):
            if lang != "zh":
                continue
            for m in SLOT_RE.finditer(t):
                k = m.group(1) + m.group(2)
                if m.group(1) in CAT and k not in [x[0] for x in keys]:
                    keys.append((k, m.group(1)))
    return keys


def render_part(t, lang, ctx, allow_ph):
    parts, pos = [], 0
    for m in SLOT_RE.finditer(t):
        parts.append(t[pos:m.start()])
        typ, key = m.group(1), m.group(1) + m.group(2)
        pos = m.end()
        if typ not in CAT:                 # literal text such as <span> in an editing guide
            parts.append(m.group(0))
            continue
        if m.group(5) is not None and key not in ctx.values:
            ctx.values[key] = m.group(5)
        v = ctx.value(typ, key, m.group(3), m.group(4))
        if allow_ph and lang == "zh" and key in ctx.ph_keys:
            if key not in ctx.ph_cache:
                ctx.ph_cache[key] = ph_text(ctx, typ, key, v)
            parts.append(ctx.ph_cache[key])
        else:
            parts.append(v)
        pos = m.end()
    parts.append(t[pos:])
    return "".join(parts)


def render(lines, ctx, allow_ph=True):
    """Returns a list of (rendered_line, lang); mixed lines keep their tabs."""
    out = []
    for t0, lang0 in lines:
        cols = [render_part(t, lang, ctx, allow_ph) for t, lang in split_line(t0, lang0)]
        out.append(("\t".join(cols), lang0))
    return out


# ---------------------------------------------------------------------------
# placeholder renderers
LABEL = {"num": "数量", "dec": "金额", "pct": "比例", "money": "金额", "year": "年份", "date": "日期",
         "iso": "日期", "time": "时间", "tel": "联系电话", "name": "姓名", "place": "地名", "org": "单位名称",
         "text": "内容", "code": "验证码", "id": "身份证号", "sig": "签名"}
VAR = {"num": "count", "dec": "amount", "pct": "rate", "money": "amount", "year": "year", "date": "date",
       "iso": "publish_date", "time": "time", "tel": "phone", "name": "name", "place": "district",
       "org": "org_name", "text": "content", "code": "code", "id": "id_no", "sig": "sign"}
TYP_LABEL = {"money": "租金", "dim": "尺寸", "area": "面积", "views": "浏览次数", "src": "来源", "mob": "手机号码",
             "svc": "事项名称", "exam": "考试名称", "era": "年代", "mat": "质地", "sig": "签名", "pay": "付款方式"}
TYP_VAR = {"dim": "size_cm", "area": "area", "views": "view_count", "src": "source", "mob": "mobile",
           "svc": "service", "exam": "exam_name", "era": "period", "mat": "material", "money": "rent"}

ALL_CATS = ("num", "dec", "pct", "money", "year", "date", "iso", "time", "tel", "name", "place", "org", "text",
            "code", "id", "sig")
COMPAT = {
    "x_lower": ("num", "dec", "pct", "money", "year", "date", "iso", "time", "tel", "place", "org", "name", "code"),
    "X_upper": ("num", "dec", "pct", "money", "year", "date", "iso", "tel", "place", "org", "name", "code", "text"),
    "times_mask": ("num", "dec", "pct", "money", "year", "date", "place", "org", "name"),
    "fw_X": ("num", "money", "place", "org", "name", "year"),
    "moumou": ("place", "org", "name"),
    "surname_mou": ("name",),
    "daitian": ALL_CATS,
    "tianxie": tuple(c for c in ALL_CATS if c != "sig"),
    "underscore": tuple(c for c in ALL_CATS if c not in ("sig", "code")),
    "fw_underscore": tuple(c for c in ALL_CATS if c not in ("sig", "code")),
    "mustache": ALL_CATS,
    "dollar_var": ALL_CATS,
    "bracket_cn": ALL_CATS,
    "ling": ("name", "place", "org", "num", "year", "date", "money"),
    "dollar_brace": ALL_CATS,
    "numbered_brace": ALL_CATS,
    "sms_sig": ("sig",),
    "printf": ("name", "text", "org", "place", "num", "money", "code", "dec", "date", "iso", "time"),
}
KIND_DESC = {
    "x_lower": "lower-case x runs standing for digits/names", "X_upper": "upper-case X runs",
    "times_mask": "multiplication-sign masks ××", "fw_X": "full-width Ｘ runs", "moumou": "某某 for a name",
    "surname_mou": "surname+某 pseudonym where the real name should stand", "daitian": "【待填】-type markers",
    "tianxie": "（填写）-type markers", "underscore": "ASCII ____ blanks", "fw_underscore": "full-width ＿＿ blanks",
    "mustache": "{{var}} template variables", "dollar_var": "$VAR$ template variables",
    "bracket_cn": "[标签] bracket placeholders", "ling": "〇〇 masks", "dollar_brace": "${var} SMS variables",
    "numbered_brace": "{1}-style numbered variables", "sms_sig": "unfilled 【签名】 signature",
    "printf": "printf %s/%d specifiers",
}


def mask_digits(v, ch):
    return re.sub(r"\d", ch, v)


def ph_text(ctx, typ, key, v):
    kind, r = ctx.kind, ctx.r
    cat = CAT[typ]
    label = TYP_LABEL.get(typ, LABEL[cat])
    var = TYP_VAR.get(typ, VAR[cat])
    if kind in ("x_lower", "X_upper", "times_mask", "fw_X"):
        ch = {"x_lower": "x", "X_upper": "X", "times_mask": "×", "fw_X": "Ｘ"}[kind]
        if cat in ("num", "dec", "pct", "money", "time", "tel", "code"):
            if cat == "num" and kind in ("times_mask", "fw_X") and r.random() < 0.5:
                return M(ch * 2)
            return M(mask_digits(v, ch))
        if cat == "year":
            return M(r.choice(["20" + ch * 2, ch * 4])) if kind != "fw_X" else M(ch * 4)
        if cat == "date":
            y = v.split("年")[0]
            style = r.randint(0, 2)
            if style == 0:
                return y + "年" + M(ch + "月" + ch * 2 + "日")
            if style == 1:
                return M(ch * 4 + "年" + ch * 2 + "月" + ch * 2 + "日")
            return y + "年" + M(r.choice([ch * 2, ch]) + "月" + r.choice([ch * 2, ch]) + "日")
        if cat == "iso":
            return M(r.choice(["20" + ch * 2, v[:4]]) + "-" + ch * 2 + "-" + ch * 2) if r.random() < 0.6 \
                else v[:8] + M(ch * 2)
        if cat in ("place", "org"):
            return M(ch * 2)
        if cat == "name":
            return M(ch * r.choice([2, 3, 3]))
        if cat == "text":
            return M(ch * 3)
        if cat == "id":
            return M(ch * 18)
    if kind == "moumou":
        return M("某某")
    if kind == "surname_mou":
        return M(v[0] + r.choice(["某", "某", "某某"]))
    if kind == "daitian":
        return M(r.choice(["【待填】", "【待填写】", "【待补充】", "【待定】", "【请填写%s】" % label, "【%s待填】" % label]))
    if kind == "tianxie":
        return M(r.choice(["（填写）", "（请填写）", "（填写%s）" % label, "（此处填写%s）" % label]))
    if kind == "underscore":
        return M("_" * r.randint(4, 9))
    if kind == "fw_underscore":
        return M("＿" * r.randint(3, 6))
    if kind == "mustache":
        return M("{{" + var + "}}")
    if kind == "dollar_var":
        return M("$" + var.upper() + "$")
    if kind == "bracket_cn":
        return M("[" + label + "]")
    if kind == "ling":
        if cat == "name":
            return M("〇〇〇" if r.random() < 0.4 else "〇〇")
        if cat == "date":
            return M("〇〇〇〇年〇〇月〇〇日")
        if cat == "year":
            return M("〇〇〇〇")
        return M("〇〇")
    if kind == "dollar_brace":
        return M("${" + var + "}")
    if kind == "numbered_brace":
        if key not in ctx.brace_no:
            ctx.brace_no[key] = len(ctx.brace_no) + 1
        return M("{%d}" % ctx.brace_no[key])
    if kind == "sms_sig":
        return M(r.choice(["【签名】", "【短信签名】", "【签名名称】", "【企业签名】"]))
    if kind == "printf":
        if cat in ("num", "money", "code"):
            return M("%d")
        if cat == "dec":
            return M("%.2f")
        return M("%s")
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# document skeletons.  Each builder returns (lines, insert_at): lines are (template, lang)
# pairs; templates carry <slot> markers; insert_at is where look-alike lines go.
SMS_MSGS = [
    ("验证码", "<sig>您的验证码为<code>，<n3:3-10>分钟内有效，请勿泄露给他人。"),
    ("挂号提醒", "<sig>尊敬的<name>，您预约的<date>上午<place>区人民医院门诊号源已确认，请提前30分钟到院取号。"),
    ("缴费提醒", "<sig>尊敬的<name>用户，您户号<n4:100000-999999>本期水费<amt>元，请于<date>前缴纳，逾期将产生滞纳金。"),
    ("取件通知", "<sig>您的快递已到<place>路驿站，取件码<code>，请于今日<time>前取件。"),
    ("办件通知", "<sig>尊敬的<name>，您申请的<svc>业务已于<date>办结，办件编号<n5:10000000-99999999>，可凭身份证到<place>街道便民服务中心领取。"),
    ("违法提醒", "<sig>您好，您的机动车于<date>在<place>路与<place2>路交叉口有一条交通违法记录，罚款<money:100-200>元，请及时处理。"),
    ("租金提醒", "<sig><name>您好，您本期房租<money>元将于<date>到期，请按时缴纳，如已缴纳请忽略。"),
    ("接种提醒", "<sig>尊敬的<name>家长，您的孩子第二剂次疫苗接种时间为<date>，地点<place>社区卫生服务站。"),
    ("考试通知", "<sig>您已成功报名<year>年<exam>考试，报名序号<n6:100000000-999999999>，请于<date>起登录系统打印准考证。"),
    ("停水通知", "<sig>因管网检修，<place>社区将于<date>停水约<n7:2-12>小时，请居民提前储水。"),
    ("公积金到账", "<sig>尊敬的<name>，您的住房公积金提取申请已审核通过，<amt>元已于<date>转入您的银行账户。"),
]


SMS_SIG_FOR = {
    "验证码": ["【市政务服务】", "【住房公积金】", "【电网缴费】", "【安居租房】"], "挂号提醒": ["【市人民医院】"],
    "缴费提醒": ["【城投水务】"], "取件通知": ["【顺达快递】"], "办件通知": ["【市政务服务】"], "违法提醒": ["【交管12123】"],
    "租金提醒": ["【安居租房】"], "接种提醒": ["【市疾控中心】", "【智慧社区】"], "考试通知": ["【市人事考试中心】"],
    "停水通知": ["【城投水务】", "【智慧社区】"], "公积金到账": ["【住房公积金】"],
}


def _fix_sig(r, t, m):
    sigs = SMS_SIG_FOR.get(t)
    return m.replace("<sig>", "<sig=%s>" % r.choice(sigs), 1) if sigs else m


def sms_doc(r, msgs=None, n_extra=0):
    msgs = [(t, _fix_sig(r, t, m)) for t, m in (msgs or SMS_MSGS)]
    v = r.randint(0, 3)
    if v == 0:
        t, m = r.choice(msgs)
        lines = [("短信发送记录（导出时间：<iso> <time>）", "zh"), ("序号：<n194:1-300>", "zh"),
                 ("接收号码：<mob>", "zh"), ("短信类型：" + t, "zh"), ("发送内容：" + m, "zh"),
                 ("发送状态：成功　　计费条数：1", "zh")]
        return lines, 5
    if v == 1:
        t, m = r.choice(msgs)
        lines = [("<place>区12345热线工单记录", "zh"), ("来电时间：<iso> <time>", "zh"),
                 ("来电人：<name9>　　联系电话：<mob>", "zh"), ("反映内容：市民称收到如下短信，询问是否真实：", "zh"),
                 ("“" + m + "”", "zh"), ("处理结果：经核实，该短信为相关单位正常发送，已向来电人解释。", "zh")]
        return lines, 5
    if v == 2:
        picks = r.sample(range(len(msgs)), 2 if n_extra else r.randint(2, 3))
        lines = [("消息中心（共<n195:3-40>条未读）", "zh")]
        for i, k in enumerate(picks):
            t, m = msgs[k]
            lines.append(("<iso> <time%d>　%s" % (i, t), "zh"))
            lines.append((m, "zh"))
        return lines, len(lines)
    t, m = r.choice(msgs)
    lines = [("各位同事：", "zh"), ("以下为拟于<date8>群发的提醒短信，请审核后回复：", "zh"), (m, "zh"),
             ("群发对象：<target>，共<n2:200-5000>人", "zh"), ("拟稿人：<name8>　　审核人：<name7>", "zh")]
    return lines, 3


CMS_COLS = ["通知公告", "工作动态", "政策解读", "公示公告", "部门信息", "政府信息公开年报"]
CMS_TITLES = ["关于开展<year>年度城镇老旧小区改造工作的通知", "<place>区召开安全生产工作推进会",
              "关于<year>年第<n9:1-4>季度“双随机、一公开”抽查结果的公示", "关于做好<year>年汛期安全防范工作的通知",
              "<place>街道开展垃圾分类宣传进社区活动", "<place>区<org>局<year>年政府信息公开工作年度报告",
              "关于公布<year>年度区级非物质文化遗产代表性项目名录的通知", "<place>区举办<year>年春风行动专场招聘会"]
CMS_BODY = [
    "截至<date>，全区已完成老旧小区改造<n1:3-80>个，惠及居民<n2:1000-20000>户，累计完成投资<amt>万元。",
    "会议指出，今年以来全区共开展安全检查<n3:50-900>次，排查整改隐患<n4:20-600>处，整改率达<pct:80-100>%。",
    "活动当天，工作人员向居民发放宣传手册<n5:100-3000>份，现场解答咨询<n6:20-300>人次。",
    "本次抽查共涉及市场主体<n7:20-400>户，发现问题<n8:1-30>户，已依法责令限期整改。",
    "请各街道（乡镇）于<date2>前将工作总结报送区<org>局，联系人：<name>，联系电话：<tel>。",
    "<year>年，全区城镇新增就业<n10:1000-20000>人，城镇调查失业率控制在<pct2:3-6>%以内。",
    "下一步，<place>区将持续完善长效管理机制，确保各项措施落地见效。",
    "根据《中华人民共和国政府信息公开条例》规定，现将有关情况公布如下。",
    "公示期间，如有异议，请以书面形式向区<org>局反映。",
    "<place>街道党工委书记<name2>出席活动并讲话。",
    "本年度共主动公开政府信息<n11:200-5000>条，受理依申请公开<n12:5-200>件，均已按期答复。",
    "招聘会共吸引<n13:30-200>家企业参会，提供岗位<n14:500-6000>个，初步达成就业意向<n15:100-900>人。",
]


def cms_doc(r, topic=None, n_extra=0):
    title = r.choice(topic["titles"]) if topic and topic.get("titles") else r.choice(CMS_TITLES)
    col = topic.get("col", r.choice(CMS_COLS)) if topic else r.choice(CMS_COLS)
    nb = max(1, r.randint(2, 4) - n_extra)
    body = r.sample(CMS_BODY, nb)
    v = r.randint(0, 2)
    if v == 0:
        head = [("首页 > 政务公开 > " + col, "zh"), (title, "zh"),
                ("发布机构：<place>区<org>局　　来源：<src>　　发布时间：<iso> <time>", "zh"),
                ("浏览次数：<views>　　【字体：大 中 小】　【打印】　【关闭】", "zh")]
        tail = [("<place>区<org>局", "zh"), ("<date3>", "zh")]
    elif v == 1:
        head = [("索引号：<idx>　　主题分类：" + col, "zh"), ("发布机构：<place>区<org>局　　成文日期：<date3>", "zh"),
                ("标题：" + title, "zh"), ("发布日期：<iso>　　浏览次数：<views>", "zh")]
        tail = [("附件：无", "zh")]
    else:
        head = [("当前位置：首页 > " + col, "zh"), (title, "zh"),
                ("<iso>　　来源：<src>　　作者：<name3>　　【浏览次数：<views>】", "zh")]
        tail = [("责任编辑：<name4>", "zh"), ("主办单位：<place>区人民政府办公室　　网站标识码：<n192:1000000000-9999999999>", "zh")]
    lines = head + [(b, "zh") for b in body] + tail
    return lines, len(head) + (1 if len(body) > 1 else 0)


# parallel sentences: zh with numeric slots; every language uses the same slots
PAR = [
    {"zh": "<year>年，本市共接待入境游客<n1:1200-9800>人次，同比增长<pct:2-40>%。",
     "en": "In <year>, the city received <n1> inbound visitors, up <pct>% year on year.",
     "ru": "В <year> году число иностранных туристов, посетивших город, составило <n1>, что на <pct>% больше, чем годом ранее.",
     "ja": "<year>年、本市が受け入れた海外からの観光客は<n1>人で、前年比<pct>％増加した。",
     "ko": "<year>년 우리 시를 찾은 해외 관광객은 <n1>명으로 전년 대비 <pct>% 증가했다.",
     "vi": "Năm <year>, thành phố đã đón <n1> lượt khách quốc tế, tăng <pct>% so với năm trước.",
     "el": "Το <year> η πόλη υποδέχθηκε <n1> διεθνείς επισκέπτες, αύξηση <pct>% σε σχέση με το προηγούμενο έτος.",
     "fr": "En <year>, la ville a accueilli <n1> visiteurs étrangers, soit une hausse de <pct> % sur un an.",
     "de": "Im Jahr <year> empfing die Stadt <n1> ausländische Besucher, ein Anstieg um <pct> % gegenüber dem Vorjahr."},
    {"zh": "本馆现有藏品<n1:3000-60000>件，其中珍贵文物<n2:100-2000>件。",
     "en": "The museum holds <n1> objects, of which <n2> are rare cultural relics.",
     "ru": "Собрание музея насчитывает <n1> ед. хранения, из них <n2> ед. относятся к ценным памятникам культуры.",
     "ja": "当館の所蔵品は<n1>点で、そのうち貴重文化財は<n2>点である。",
     "ko": "본 박물관은 소장품 <n1>점을 보유하고 있으며, 그중 귀중 문화재는 <n2>점이다.",
     "vi": "Bảo tàng hiện lưu giữ <n1> hiện vật, trong đó có <n2> hiện vật quý hiếm.",
     "el": "Το μουσείο διαθέτει <n1> αντικείμενα, από τα οποία τα <n2> είναι σπάνια πολιτιστικά κειμήλια.",
     "fr": "Le musée conserve <n1> objets, dont <n2> biens culturels précieux.",
     "de": "Das Museum besitzt <n1> Objekte, darunter <n2> besonders wertvolle Kulturgüter."},
    {"zh": "本次展览共展出文物<n1:50-300>件（套），展期<n2:30-120>天。",
     "en": "The exhibition presents <n1> objects (sets) and runs for <n2> days.",
     "ru": "Число экспонатов на выставке — <n1> (включая комплекты), срок работы выставки — <n2> дн.",
     "ja": "本展では文化財<n1>件（組）を展示し、会期は<n2>日間である。",
     "ko": "이번 전시에서는 유물 <n1>점을 선보이며, 전시 기간은 <n2>일이다.",
     "vi": "Triển lãm trưng bày <n1> hiện vật (bộ) và kéo dài <n2> ngày.",
     "el": "Η έκθεση παρουσιάζει <n1> αντικείμενα και θα διαρκέσει <n2> ημέρες.",
     "fr": "L'exposition présente <n1> objets (ensembles) et durera <n2> jours.",
     "de": "Die Ausstellung zeigt <n1> Objekte (Sets) und läuft <n2> Tage lang."},
    {"zh": "租赁期间，承租方应按时支付租金，不得擅自转租。",
     "en": "During the lease term, the tenant shall pay the rent on time and shall not sublet without consent.",
     "ru": "В течение срока аренды арендатор обязан своевременно вносить арендную плату и не вправе сдавать помещение в субаренду без согласия.",
     "ja": "賃貸借期間中、賃借人は賃料を期日どおりに支払い、無断で転貸してはならない。",
     "ko": "임대 기간 동안 임차인은 임대료를 기한 내에 지급해야 하며, 무단으로 전대해서는 안 된다.",
     "vi": "Trong thời hạn thuê, bên thuê phải trả tiền thuê đúng hạn và không được tự ý cho thuê lại.",
     "el": "Κατά τη διάρκεια της μίσθωσης, ο μισθωτής οφείλει να καταβάλλει εγκαίρως το μίσθωμα και δεν επιτρέπεται να υπεκμισθώσει χωρίς συναίνεση.",
     "fr": "Pendant la durée du bail, le locataire doit payer le loyer à temps et ne peut pas sous-louer sans accord.",
     "de": "Während der Mietzeit hat der Mieter die Miete pünktlich zu zahlen und darf ohne Zustimmung nicht untervermieten."},
    {"zh": "市民可通过政务服务网在线办理<n1:100-900>项高频事项。",
     "en": "Residents can complete <n1> frequently used services online through the government service portal.",
     "ru": "Число популярных услуг, доступных жителям онлайн через портал госуслуг, составляет <n1>.",
     "ja": "市民は行政サービスサイトで、よく利用される<n1>件の手続きをオンラインで行うことができる。",
     "ko": "시민들은 정부 서비스 포털에서 자주 이용하는 민원 <n1>건을 온라인으로 처리할 수 있다.",
     "vi": "Người dân có thể làm <n1> thủ tục thường dùng trực tuyến qua cổng dịch vụ công.",
     "el": "Οι πολίτες μπορούν να διεκπεραιώσουν ηλεκτρονικά <n1> συχνές υπηρεσίες μέσω της κυβερνητικής πύλης.",
     "fr": "Les habitants peuvent effectuer en ligne <n1> démarches courantes sur le portail des services publics.",
     "de": "Die Bürger können <n1> häufig genutzte Verwaltungsleistungen online über das Serviceportal erledigen."},
    {"zh": "请于出发前<n1:24-72>小时完成网上值机。",
     "en": "Please complete online check-in <n1> hours before departure.",
     "ru": "Пожалуйста, пройдите онлайн-регистрацию не позднее чем за <n1> ч до вылета.",
     "ja": "出発の<n1>時間前までにオンラインチェックインを済ませてください。",
     "ko": "출발 <n1>시간 전까지 온라인 체크인을 완료해 주십시오.",
     "vi": "Vui lòng hoàn tất làm thủ tục trực tuyến trước giờ khởi hành <n1> giờ.",
     "el": "Παρακαλούμε ολοκληρώστε το ηλεκτρονικό check-in <n1> ώρες πριν από την αναχώρηση.",
     "fr": "Veuillez effectuer l'enregistrement en ligne <n1> heures avant le départ.",
     "de": "Bitte schließen Sie den Online-Check-in <n1> Stunden vor dem Abflug ab."},
    {"zh": "该青铜器通高<dim1:12-80>厘米，腹部饰有云雷纹。",
     "en": "The bronze vessel is <dim1> cm high overall, with cloud-and-thunder patterns on its belly.",
     "ru": "Общая высота бронзового сосуда — <dim1> см, тулово украшено узором «облака и гром».",
     "ja": "この青銅器は総高<dim1>センチで、胴部には雲雷文が施されている。",
     "ko": "이 청동기는 전체 높이 <dim1>cm이며, 몸통에는 구름무늬가 새겨져 있다.",
     "vi": "Chiếc đồ đồng này cao <dim1> cm, phần thân được trang trí hoa văn mây sấm.",
     "el": "Το χάλκινο αγγείο έχει συνολικό ύψος <dim1> εκ. και το σώμα του φέρει διακόσμηση με νέφη και κεραυνούς.",
     "fr": "Ce vase en bronze mesure <dim1> cm de haut ; sa panse est ornée de motifs de nuages et de tonnerre.",
     "de": "Das Bronzegefäß ist insgesamt <dim1> cm hoch; der Bauch ist mit Wolken- und Donnermustern verziert."},
    {"zh": "本通知自发布之日起施行。",
     "en": "This notice shall take effect from the date of its publication.",
     "ru": "Настоящее уведомление вступает в силу со дня его опубликования.",
     "ja": "本通知は公布の日から施行する。",
     "ko": "본 통지는 공포한 날부터 시행한다.",
     "vi": "Thông báo này có hiệu lực kể từ ngày ban hành.",
     "el": "Η παρούσα ανακοίνωση τίθεται σε ισχύ από την ημερομηνία δημοσίευσής της.",
     "fr": "La présente notification entre en vigueur à compter de sa date de publication.",
     "de": "Diese Bekanntmachung tritt am Tag ihrer Veröffentlichung in Kraft."},
    {"zh": "您的订单已发货，预计<n1:2-5>天内送达。",
     "en": "Your order has been shipped and is expected to arrive within <n1> days.",
     "ru": "Ваш заказ отправлен, ориентировочный срок доставки — <n1> дн.",
     "ja": "ご注文の商品を発送しました。<n1>日以内に到着する予定です。",
     "ko": "주문하신 상품이 발송되었으며, <n1>일 이내에 도착할 예정입니다.",
     "vi": "Đơn hàng của bạn đã được gửi đi, dự kiến giao trong vòng <n1> ngày.",
     "el": "Η παραγγελία σας απεστάλη και αναμένεται να παραδοθεί εντός <n1> ημερών.",
     "fr": "Votre commande a été expédiée et devrait arriver sous <n1> jours.",
     "de": "Ihre Bestellung wurde versandt und trifft voraussichtlich innerhalb von <n1> Tagen ein."},
    {"zh": "展厅内禁止使用闪光灯拍照。",
     "en": "Flash photography is not permitted in the gallery.",
     "ru": "В выставочном зале запрещается фотографировать со вспышкой.",
     "ja": "展示室内でのフラッシュ撮影は禁止されています。",
     "ko": "전시실 안에서는 플래시 촬영을 금지합니다.",
     "vi": "Không được chụp ảnh có đèn flash trong phòng trưng bày.",
     "el": "Απαγορεύεται η φωτογράφιση με φλας μέσα στην αίθουσα.",
     "fr": "Les photos avec flash sont interdites dans la salle d'exposition.",
     "de": "Fotografieren mit Blitz ist im Ausstellungsraum nicht gestattet."},
    {"zh": "截至<year>年底，全市共有注册志愿者<n1:20000-300000>人。",
     "en": "By the end of <year>, the city had <n1> registered volunteers.",
     "ru": "К концу <year> года число зарегистрированных волонтёров в городе достигло <n1>.",
     "ja": "<year>年末時点で、市内の登録ボランティアは<n1>人に上る。",
     "ko": "<year>년 말 기준 시 전체 등록 자원봉사자는 <n1>명이다.",
     "vi": "Tính đến cuối năm <year>, toàn thành phố có <n1> tình nguyện viên đã đăng ký.",
     "el": "Έως το τέλος του <year>, η πόλη είχε <n1> εγγεγραμμένους εθελοντές.",
     "fr": "Fin <year>, la ville comptait <n1> bénévoles inscrits.",
     "de": "Ende <year> zählte die Stadt <n1> registrierte Freiwillige."},
]
LANG_NAME = {"en": ("英", "EN"), "ru": ("俄", "RU"), "ja": ("日", "JA"), "ko": ("韩", "KO"), "vi": ("越", "VI"),
             "el": ("希腊", "EL"), "fr": ("法", "FR"), "de": ("德", "DE")}


def _slot_shift(t, tag):
    """Rename slots of one parallel pair so that several pairs do not share keys."""
    return SLOT_RE.sub(lambda m: "<%s%s%s%s>" % (m.group(1), m.group(2) or "", tag,
                                                   (":%s-%s" % (m.group(3), m.group(4))) if m.group(3) else ""),
                       t)


def tm_doc(r, lang=None, pairs=None, n_extra=0, need_langs=None):
    lang = lang or r.choice(["ru", "ja", "ko", "vi", "el", "en", "fr", "de"])
    cn, code = LANG_NAME[lang]
    pool = pairs or PAR
    k = min(len(pool), max(1, r.randint(2, 4) - n_extra))
    chosen = r.sample(pool, k)
    v = r.randint(0, 2)
    lines = []
    if v == 0:
        lines.append(("语料库：<corp>（中-%s）　　版本：v<n190:1-6>.<n191:0-9>　　导出日期：<iso>" % cn, "zh"))
        lines.append(("提供单位：<place>市<org>局　　校对：<name>", "zh"))
        base = r.randint(1, 900)
        for i, p in enumerate(chosen):
            lines.append(("[%04d] ZH：" % (base + i) + _slot_shift(p["zh"], "0%d" % i), "zh"))
            lines.append(("[%04d] %s：" % (base + i, code) + _slot_shift(p[lang], "0%d" % i), lang))
        ins = 2
    elif v == 1:
        lines.append(("翻译记忆库导出　源语言：zh-CN　目标语言：%s" % {"ru": "ru-RU", "ja": "ja-JP", "ko": "ko-KR",
                      "vi": "vi-VN", "el": "el-GR", "en": "en-US", "fr": "fr-FR", "de": "de-DE"}[lang], "zh"))
        for i, p in enumerate(chosen):
            lines.append(("段%d 原文：" % (i + 1) + _slot_shift(p["zh"], "0%d" % i), "zh"))
            lines.append(("段%d 译文：" % (i + 1) + _slot_shift(p[lang], "0%d" % i), lang))
        lines.append(("审校人：<name>　　审校日期：<date>", "zh"))
        ins = 1
    else:
        lines.append(("《<corp>》抽样检查表（中%s对照）" % cn, "zh"))
        lines.append(("序号\t中文\t%s" % {"ru": "Русский", "ja": "日本語", "ko": "한국어", "vi": "Tiếng Việt",
                                          "el": "Ελληνικά", "en": "English", "fr": "Français", "de": "Deutsch"}[lang], "zh"))
        for i, p in enumerate(chosen):
            lines.append(("%d\t" % (i + 1) + _slot_shift(p["zh"], "0%d" % i) + "\t" + _slot_shift(p[lang], "0%d" % i), "mix:" + lang))
        lines.append(("抽检人：<name>（<place>市<org>局翻译中心）", "zh"))
        ins = 2
    return lines, ins


MUSEUM_OBJS = [
    ("青花缠枝莲纹瓶", "瓷", "口径<dim1:6-15>厘米，底径<dim2:8-16>厘米，通高<dim3:25-60>厘米",
     ["器形端庄，青花发色浓艳，缠枝莲纹布满瓶身。", "底书青花楷书款，为官窑典型器。"], ["明宣德", "明万历", "清康熙", "清乾隆"], False),
    ("铜鎏金佛坐像", "铜", "高<dim3:18-70>厘米，座宽<dim2:10-40>厘米",
     ["佛像结跏趺坐于莲台之上，面相慈和，衣纹流畅。", "鎏金保存较好，局部有磨损。"], ["明永乐", "明宣德", "清乾隆"], False),
    ("竹雕山水人物笔筒", "竹", "口径<dim1:8-16>厘米，高<dim3:12-20>厘米",
     ["以深浮雕技法刻松下高士，刀法圆熟。", "筒壁包浆温润，为文房清玩。"], ["明", "清康熙", "清乾隆"], True),
    ("紫砂提梁壶", "紫砂", "长<dim1:15-25>厘米，宽<dim2:10-16>厘米，高<dim3:12-22>厘米",
     ["壶身圆润，提梁高耸，砂质细腻。", "壶底钤制壶人印章一方。"], ["清嘉庆", "清光绪", "民国"], True),
    ("黄花梨圈椅", "木", "长<dim1:55-65>厘米，宽<dim2:44-50>厘米，高<dim3:95-105>厘米",
     ["椅圈五接，扶手出头，造型简洁大方。", "靠背板浮雕如意云纹，为明式家具代表。"], ["明", "清早期"], False),
    ("彩绘陶骑马俑", "陶", "长<dim1:25-40>厘米，高<dim3:30-45>厘米",
     ["马首微侧，骑者头戴幞头，彩绘大部分保存。", "出土于<place>县一座砖室墓。"], ["北魏", "隋", "唐"], False),
    ("缂丝花鸟图轴", "丝", "纵<dim1:80-160>厘米，横<dim2:40-70>厘米",
     ["以通经断纬技法织出牡丹、锦鸡，色彩过渡自然。", "画心略有褪色，经修复后展出。"], ["南宋", "明", "清乾隆"], False),
    ("银累丝镶宝石发簪", "银", "长<dim1:12-22>厘米",
     ["簪首以累丝工艺制成花形，镶嵌红蓝宝石。", "为清代女子头饰，做工精细。"], ["清", "清光绪", "民国"], False),
    ("剔红山水人物圆盒", "漆木", "直径<dim1:10-30>厘米，高<dim3:5-12>厘米",
     ["盒面雕楼阁人物，漆层肥厚，刀口清晰。", "盒内髹黑漆，保存完好。"], ["明永乐", "明嘉靖", "清乾隆"], False),
]
MUSEUM_DESC = [
    "此件于<year2:1952-2022>年入藏本馆，曾参加<place2>市博物馆联合展览。",
    "<year3:1955-2021>年由<name>先生捐赠，其家族收藏此器已逾百年。",
    "经本馆文物保护中心检测，器物主体结构稳定，适宜长期展出。",
    "展品由<name2>女士提供图片资料，谨致谢忱。",
    "本件为“<place>文物精品展”重点展品，展期至<date>。",
]


MODERN_OBJS = [
    ("景泰蓝缠枝花卉双耳瓶", "铜胎掐丝珐琅", "口径<dim1:8-14>厘米，高<dim3:30-50>厘米",
     ["器身以缠枝花卉为饰，釉色鲜亮。", "为本地珐琅厂出口样品，由老艺人后人捐赠。"], ["一九五八年", "一九七二年", "二〇〇三年"], True),
    ("木刻版画《春耕》", "纸本", "纵<dim1:30-60>厘米，横<dim2:40-80>厘米",
     ["画面表现农民春耕场景，刀法简练。", "为该作者早期代表作。"], ["一九五六年", "一九六四年", "一九八〇年"], True),
    ("刺绣屏风《百鸟图》", "丝", "纵<dim1:150-190>厘米，横<dim2:60-90>厘米",
     ["以苏绣针法绣百鸟栖于梧桐，针脚细密。", "曾参加全国工艺美术展览。"], ["一九〇五年", "一九三六年", "一九九〇年"], True),
]


def museum_doc(r, fields=None, desc=None, n_extra=0, obj=None):
    fields = fields or {}
    name, mat, dims, dlines, eras, has_author = obj or r.choice(MODERN_OBJS if r.random() < 0.2 else MUSEUM_OBJS)
    lines = [(fields.get("title", name), "zh")]
    lines.append(("年代：" + fields.get("era", r.choice(eras)), "zh"))
    if "author" in fields or (has_author and r.random() < 0.7):
        lines.append(("作者：" + fields.get("author", "<name5>"), "zh"))
    lines.append(("质地：" + fields.get("mat", mat), "zh"))
    lines.append(("尺寸：" + fields.get("dims", dims), "zh"))
    src = fields.get("src") or r.choice(["<year:1955-2021>年<name>捐赠", "<year:1958-2020>年<place>县<place3>村出土",
                                          "<year:1960-2022>年征集", "<year:1953-2019>年<place4>县文物管理所移交"])
    lines.append(("来源：" + src, "zh"))
    lines.append(("藏品编号：<acc>", "zh"))
    ins = len(lines)
    nd = max(1, r.randint(1, 3) - n_extra)
    ds = (desc or []) + r.sample(dlines, min(len(dlines), nd))
    if r.random() < 0.5 and not desc:
        ds.append(r.choice(MUSEUM_DESC))
    lines += [(d, "zh") for d in ds]
    return lines, ins


LEASE_CLAUSES = [
    "第一条　甲方将位于<place>区<place2>路<n1:1-300>号<n2:1-6>单元<n3=%ROOM%>室的房屋出租给乙方居住使用，建筑面积<area>平方米。",
    "第二条　租赁期限自<date=%START%>起至<date2=%END%>止，共计<n4=%MONTHS%>个月。",
    "第三条　月租金为人民币<money>元，押金<money2:1000-9000>元，租金按<pay>支付，乙方应于每期开始前<n5:3-10>日内付清。",
    "第四条　租赁期间，水费、电费、燃气费及物业服务费由乙方承担，供暖费由甲方承担。",
    "第五条　乙方不得擅自改变房屋结构，因使用不当造成损坏的，应负责修复或赔偿。",
    "第六条　任何一方提前解除合同的，应提前<n6:15-60>日书面通知对方，并支付<n7:1-2>个月租金作为违约金。",
    "第七条　甲方交付房屋时附带家具家电清单一份，双方签字确认后作为本合同附件。",
]


def _lease_dates(r):
    y, m, d = r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28)
    months = r.choice([6, 12, 12, 12, 24, 24, 36])
    m2 = m - 1 + months
    y2, m2 = y + m2 // 12, m2 % 12 + 1
    if d > 1:
        d2 = d - 1
    else:
        m2, y2 = (m2 - 1, y2) if m2 > 1 else (12, y2 - 1)
        d2 = calendar.monthrange(y2, m2)[1]
    sd = d - r.randint(1, d - 1) if d > 1 else 1
    return {"%START%": "%d年%d月%d日" % (y, m, d), "%END%": "%d年%d月%d日" % (y2, m2, d2),
            "%MONTHS%": str(months), "%SIGN%": "%d年%d月%d日" % (y, m, sd), "%YEAR%": str(y),
            "%ROOM%": "%d%02d" % (r.randint(1, 32), r.randint(1, 4))}


def lease_doc(r, parties=None, extra=None, n_extra=0):
    P = _lease_dates(r)
    lines = [("房屋租赁合同", "zh"), ("合同编号：ZL<year=%YEAR%>-<n193:1000-9999>", "zh")]
    p = parties or ["出租方（甲方）：<name>　　身份证号：<idno>", "承租方（乙方）：<name2>　　联系电话：<mob>"]
    lines += [(x, "zh") for x in p]
    k = max(2, r.randint(3, 5) - n_extra)
    cl = [LEASE_CLAUSES[0], LEASE_CLAUSES[2]] + r.sample(LEASE_CLAUSES[3:] + [LEASE_CLAUSES[1]], k - 2)
    cl = sorted(cl, key=LEASE_CLAUSES.index)
    lines += [(c, "zh") for c in cl]
    ins = len(lines)
    if r.random() < 0.5:
        lines.append(("甲方（签字）：<name>　　乙方（签字）：<name2>", "zh"))
    lines.append(("签订日期：<date3=%SIGN%>", "zh"))
    out = []
    for t, l in lines:
        for a, b in P.items():
            t = t.replace(a, b)
        out.append((t, l))
    return out, ins


DOMAINS = {"sms": sms_doc, "cms": cms_doc, "tm": tm_doc, "museum": museum_doc, "lease": lease_doc}
DOMAIN_DESC = {"sms": "SMS/app notification", "cms": "government CMS page export", "tm": "parallel corpus / TM export",
               "museum": "museum label", "lease": "rental agreement"}


def insert_lines(lines, ins, extra):
    return lines[:ins] + extra + lines[ins:]


def fit(lines, keep=()):
    """Keep at most 12 lines, dropping body lines (not the protected ones) from the end."""
    lines = list(lines)
    i = len(lines) - 2
    while len(lines) > 12 and i > 0:
        if lines[i] not in keep:
            del lines[i]
        i -= 1
    return lines[:12]


# ---------------------------------------------------------------------------
# extra content lines used by mojibake styles and look-alikes
TRAD_LINES_CMS = [
    "港澳合作專欄：本屆論壇共有<n80:50-300>家機構參與，簽署合作協議<n81:5-40>項。",
    "香港特區政府代表團來函：「承蒙熱情接待，謹致謝忱。」",
    "臺灣同胞服務中心提示：辦理居住證請攜帶台胞證原件及近期照片。",
    "澳門合作單位回覆：相關資料已於<date7>寄出，請查收。",
]
TRAD_LINES_MUSEUM = [
    "展品說明（繁體）：此硯石質細膩，發墨如油，為文人案頭珍賞之物。",
    "款識：「大清乾隆年製」六字三行篆書款。",
    "香港借展單位說明：本件藏品曾於<year4:1995-2020>年在香港藝術館展出。",
    "題跋：「癸卯秋日寫於西湖寓所」，鈐朱文印兩方。",
]
JA_CAPTIONS = [
    "本品は当館の重要な収蔵品の一つで、保存状態が良い。",
    "展示室内でのフラッシュ撮影はご遠慮ください。",
    "この作品は当館の所蔵品の中でも特に保存状態が良い。",
    "作品保護のため、展示ケースには手を触れないでください。",
]
KO_CAPTIONS = [
    "이 유물은 조선 시대에 만들어진 백자 항아리입니다.",
    "전시실 안에서는 음식물 반입을 금지합니다.",
    "이 작품은 명나라 문인이 사용하던 붓통입니다.",
]
# simplified -> (traditional, pinyin) for the scraper artefact 發(fā)展
TRAD_PY = {
    "发": ("發", "fā"), "区": ("區", "qū"), "时": ("時", "shí"), "会": ("會", "huì"), "为": ("為", "wéi"),
    "经": ("經", "jīng"), "济": ("濟", "jì"), "务": ("務", "wù"), "实": ("實", "shí"), "现": ("現", "xiàn"),
    "进": ("進", "jìn"), "业": ("業", "yè"), "这": ("這", "zhè"), "个": ("個", "gè"), "对": ("對", "duì"),
    "开": ("開", "kāi"), "关": ("關", "guān"), "国": ("國", "guó"), "动": ("動", "dòng"), "产": ("產", "chǎn"),
    "设": ("設", "shè"), "员": ("員", "yuán"), "项": ("項", "xiàng"), "书": ("書", "shū"), "统": ("統", "tǒng"),
    "费": ("費", "fèi"), "积": ("積", "jī"), "极": ("極", "jí"), "强": ("強", "qiáng"), "总": ("總", "zǒng"),
    "计": ("計", "jì"), "划": ("劃", "huà"), "处": ("處", "chù"), "报": ("報", "bào"), "题": ("題", "tí"),
    "办": ("辦", "bàn"), "环": ("環", "huán"), "资": ("資", "zī"), "级": ("級", "jí"), "馆": ("館", "guǎn"),
    "门": ("門", "mén"), "万": ("萬", "wàn"), "与": ("與", "yǔ"), "卫": ("衛", "wèi"), "机": ("機", "jī"),
    "构": ("構", "gòu"), "规": ("規", "guī"), "问": ("問", "wèn"), "责": ("責", "zé"), "执": ("執", "zhí"),
    "乡": ("鄉", "xiāng"), "镇": ("鎮", "zhèn"), "续": ("續", "xù"), "条": ("條", "tiáo"), "亿": ("億", "yì"),
    "组": ("組", "zǔ"), "织": ("織", "zhī"), "传": ("傳", "chuán"), "单": ("單", "dān"), "检": ("檢", "jiǎn"),
    "验": ("驗", "yàn"), "证": ("證", "zhèng"), "质": ("質", "zhì"), "历": ("歷", "lì"), "观": ("觀", "guān"),
    "览": ("覽", "lǎn"), "众": ("眾", "zhòng"), "们": ("們", "men"), "图": ("圖", "tú"), "专": ("專", "zhuān"),
    "护": ("護", "hù"), "价": ("價", "jià"), "据": ("據", "jù"), "县": ("縣", "xiàn"), "讲": ("講", "jiǎng"),
    "话": ("話", "huà"), "议": ("議", "yì"), "认": ("認", "rèn"), "识": ("識", "shí"), "达": ("達", "dá"),
    "过": ("過", "guò"), "点": ("點", "diǎn"), "营": ("營", "yíng"), "险": ("險", "xiǎn"), "隐": ("隱", "yǐn"),
    "场": ("場", "chǎng"), "监": ("監", "jiān"), "节": ("節", "jié"), "约": ("約", "yuē"), "样": ("樣", "yàng"),
    "双": ("雙", "shuāng"), "随": ("隨", "suí"), "结": ("結", "jié"), "请": ("請", "qǐng"), "门": ("門", "mén"),
    "际": ("際", "jì"), "导": ("導", "dǎo"), "围": ("圍", "wéi"), "宝": ("寶", "bǎo"), "铜": ("銅", "tóng"),
    "纹": ("紋", "wén"), "器": ("器", ""), "剂": ("劑", "jì"), "疫": ("疫", ""), "馈": ("饋", "kuì"),
    "户": ("戶", "hù"), "缴": ("繳", "jiǎo"), "纳": ("納", "nà"), "银": ("銀", "yín"), "号": ("號", "hào"),
    "码": ("碼", "mǎ"), "递": ("遞", "dì"), "驿": ("驛", "yì"), "违": ("違", "wéi"), "罚": ("罰", "fá"),
    "车": ("車", "chē"), "医": ("醫", "yī"), "院": ("院", ""), "诊": ("診", "zhěn"), "压": ("壓", "yā"),
    "签": ("簽", "qiān"), "订": ("訂", "dìng"), "间": ("間", "jiān"), "乙": ("乙", ""), "层": ("層", "céng"),
}
TRAD_PY = {k: v for k, v in TRAD_PY.items() if v[1] and v[0] != k}
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def cjk_count(s):
    return len(CJK_RE.findall(s))


def zh_candidates(line, base=0):
    cands = []
    for m in re.finditer(r"[^，。；：、！？“”（）《》【】「」\s　,;:!?()\[\]<>]+", line):
        if cjk_count(m.group()) >= 2:
            cands.append(("clause", base + m.start(), base + m.end()))
    m = re.match(r"^[^：\t]{1,12}：", line)
    if m:
        end = line.find("　　", m.end())
        end = len(line) if end < 0 else end
        if cjk_count(line[m.end():end]) >= 2:
            cands.append(("value", base + m.end(), base + end))
    if cjk_count(line) >= 4 and len(line) <= 80:
        cands.append(("line", base, base + len(line)))
    return cands


def foreign_segment(line, lang0):
    """(start, end) of the foreign-language text inside a rendered line."""
    if lang0.startswith("mix:"):
        i = line.rfind("\t") + 1
        return i, len(line)
    m = re.match(r"^[^：]{1,14}：", line)
    if m and not lang0 == "zh":
        return m.end(), len(line)
    return 0, len(line)


def codec_fn(src, dst, enc_err="strict"):
    def f(s, r):
        err = r.choice(["replace", "replace", "ignore"]) if dst in ("cp1252",) else "replace"
        return s.encode(src, errors=enc_err).decode(dst, errors=err)
    return f


def kunjinkao(s, r):
    return s.encode("gbk").decode("utf-8", errors="replace").encode("utf-8").decode("gbk", errors="replace")


def fffd_run(s, r):
    return s.encode("gbk").decode("utf-8", errors="replace")


def qmark_run(s, r):
    return s.encode("latin-1", errors="replace").decode("latin-1")


def gbk_offset(s, r):
    return s.encode("gbk")[1:].decode("gbk", errors="replace")


def entity_dec(s, r):
    return s.encode("ascii", errors="xmlcharrefreplace").decode("ascii")


def entity_hex(s, r):
    return "".join("&#x%X;" % ord(c) if ord(c) > 127 else c for c in s)


def percent_raw(s, r):
    return urllib.parse.quote(s, safe="")


def uescape(s, r):
    return s.encode("unicode_escape").decode("ascii")


# kind -> (target language, transform or None for line-level kinds, description)
DMG = {
    "utf8_as_gbk": ("zh", codec_fn("utf-8", "gbk"), "UTF-8 bytes decoded as GBK"),
    "utf8_as_cp1252": ("zh", codec_fn("utf-8", "cp1252"), "UTF-8 bytes decoded as cp1252"),
    "gbk_as_cp1252": ("zh", codec_fn("gbk", "cp1252"), "GBK bytes decoded as cp1252/Latin-1"),
    "utf8_as_sjis": ("zh", codec_fn("utf-8", "shift_jis"), "UTF-8 bytes decoded as Shift_JIS"),
    "big5_as_gbk": ("zht", codec_fn("big5", "gbk"), "Big5 (traditional) bytes decoded as GBK"),
    "gbk_as_big5": ("zh", codec_fn("gbk", "big5"), "GBK bytes decoded as Big5"),
    "kunjinkao": ("zh", kunjinkao, "GBK read as UTF-8 (U+FFFD) then re-read as GBK: 锟斤拷"),
    "fffd_run": ("zh", fffd_run, "GBK bytes decoded as UTF-8 with errors=replace: U+FFFD run"),
    "qmark_run": ("zh", qmark_run, "text forced through Latin-1 with errors=replace: characters lost to ?"),
    "gbk_offset": ("zh", gbk_offset, "GBK byte stream decoded one byte out of step"),
    "html_entity_dec": ("zh", entity_dec, "numeric HTML character references left raw (&#21457;)"),
    "html_entity_hex": ("zh", entity_hex, "hex XML character references left raw (&#x53D1;)"),
    "percent_raw": ("zh", percent_raw, "percent-encoding left raw in text"),
    "unicode_escape": ("zh", uescape, "JSON \\uXXXX escapes left raw"),
    "ru_koi8r_as_cp1251": ("ru", codec_fn("koi8_r", "cp1251", "replace"), "Russian KOI8-R bytes decoded as cp1251"),
    "ru_cp1251_as_koi8r": ("ru", codec_fn("cp1251", "koi8_r", "replace"), "Russian cp1251 bytes decoded as KOI8-R"),
    "ru_utf8_as_cp1251": ("ru", codec_fn("utf-8", "cp1251"), "Russian UTF-8 bytes decoded as cp1251"),
    "ru_qmark_run": ("ru", qmark_run, "Russian text forced through Latin-1: letters lost to ?"),
    "ja_sjis_as_gbk": ("ja", codec_fn("shift_jis", "gbk", "replace"), "Japanese Shift_JIS bytes decoded as GBK"),
    "ja_utf8_as_gbk": ("ja", codec_fn("utf-8", "gbk"), "Japanese UTF-8 bytes decoded as GBK"),
    "ko_euckr_as_gbk": ("ko", codec_fn("euc_kr", "gbk", "replace"), "Korean EUC-KR bytes decoded as GBK"),
    "vi_utf8_as_cp1252": ("vi", codec_fn("utf-8", "cp1252"), "Vietnamese UTF-8 bytes decoded as cp1252"),
    "el_cp1253_as_cp1252": ("el", codec_fn("cp1253", "cp1252", "replace"), "Greek cp1253 bytes decoded as cp1252"),
    "el_utf8_as_cp1252": ("el", codec_fn("utf-8", "cp1252"), "Greek UTF-8 bytes decoded as cp1252"),
    "zh_utf8_as_gbk": ("zh", codec_fn("utf-8", "gbk"), "Chinese side: UTF-8 bytes decoded as GBK"),
    "zh_html_entity_hex": ("zh", entity_hex, "Chinese side: hex character references from a TMX export"),
    "qmark_rare": ("zh", None, "GB2312 re-encoding with errors=replace: rare characters lost to ?"),
    "pinyin_annotation": ("zh", None, "scraper converted to traditional and appended ASCII-parenthesised pinyin"),
    "html_named": ("zh", None, "named HTML entities left raw (&nbsp; &ldquo; &mdash;)"),
    "html_tags": ("zh", None, "HTML tag remnants left in text"),
    "xml_tags": ("any", None, "TMX/XML inline tag remnants left in segments"),
}
# codec pairs used by --verify for the round-trip check: kind -> (source encoding, wrong decoding)
DMG_CODEC = {
    "utf8_as_gbk": ("utf-8", "gbk"), "utf8_as_cp1252": ("utf-8", "cp1252"), "gbk_as_cp1252": ("gbk", "cp1252"),
    "utf8_as_sjis": ("utf-8", "shift_jis"), "big5_as_gbk": ("big5", "gbk"), "gbk_as_big5": ("gbk", "big5"),
    "ru_koi8r_as_cp1251": ("koi8_r", "cp1251"), "ru_cp1251_as_koi8r": ("cp1251", "koi8_r"),
    "ru_utf8_as_cp1251": ("utf-8", "cp1251"), "ja_sjis_as_gbk": ("shift_jis", "gbk"),
    "ja_utf8_as_gbk": ("utf-8", "gbk"), "ko_euckr_as_gbk": ("euc_kr", "gbk"),
    "vi_utf8_as_cp1252": ("utf-8", "cp1252"), "el_cp1253_as_cp1252": ("cp1253", "cp1252"),
    "el_utf8_as_cp1252": ("utf-8", "cp1252"), "zh_utf8_as_gbk": ("utf-8", "gbk"),
}
SCRIPT_RE = {
    "zh": re.compile(r"[\u4e00-\u9fff]"), "zht": re.compile(r"[\u4e00-\u9fff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"), "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
    "ko": re.compile(r"[\uac00-\ud7a3]"), "el": re.compile(r"[\u0370-\u03ff]"),
    "vi": re.compile(r"[À-ỹ]"),
}


def ok_damage(orig, dam):
    return dam and dam != orig and not any(ord(c) < 32 or c in (MS, ME) for c in dam)


def line_html_named(line, r):
    opts = []
    if "　　" in line:
        opts.append(lambda l: l.replace("　　", M(r.choice(["&nbsp;&nbsp;", "&nbsp;&nbsp;&nbsp;&nbsp;", "&emsp;&emsp;"]))))
    if "“" in line and "”" in line:
        opts.append(lambda l: l.replace("“", M("&ldquo;")).replace("”", M("&rdquo;")))
    if "——" in line:
        opts.append(lambda l: l.replace("——", M("&mdash;&mdash;")))
    if cjk_count(line) >= 6:
        opts.append(lambda l: M(r.choice(["&nbsp;&nbsp;&nbsp;&nbsp;", "&emsp;&emsp;", "&nbsp; &nbsp; "])) + l)
        opts.append(lambda l: l + M(r.choice(["&nbsp;", "&nbsp;&nbsp;", "&#160;"])))
    if not opts:
        return None
    return r.choice(opts)(line)


def line_html_tags(line, r):
    opts = [lambda l: l + M(r.choice(["<br/>", "<br>", "<br />", "</p>"])),
            lambda l: M(r.choice(["<p>", '<p style="text-indent:2em;">', "<div>"])) + l +
            M(r.choice(["</p>", "</p>", "</div>"]))]
    cl = [c for c in zh_candidates(line) if c[0] == "clause"]
    if cl:
        _, s, e = r.choice(cl)
        tag = r.choice([("<strong>", "</strong>"), ('<span style="font-family:仿宋_GB2312;">', "</span>"),
                        ("<b>", "</b>"), ('<font color="#333333">', "</font>")])
        opts.append(lambda l: l[:s] + M(tag[0]) + l[s:e] + M(tag[1]) + l[e:])
    return r.choice(opts)(line)


XML_LANG = {"zh": "zh-CN", "ru": "ru-RU", "ja": "ja-JP", "ko": "ko-KR", "vi": "vi-VN", "el": "el-GR", "en": "en-US",
            "fr": "fr-FR", "de": "de-DE"}


def seg_xml_tags(seg, r, lang):
    opts = [lambda t: M("<seg>") + t + M("</seg>"),
            lambda t: M('<tuv xml:lang="%s"><seg>' % XML_LANG.get(lang, "zh-CN")) + t + M("</seg></tuv>")]
    sp = [m.start() for m in re.finditer(r"[，, ]", seg)]
    if sp:
        i = r.choice(sp) + 1
        opts.append(lambda t: t[:i] + M(r.choice(['<ph x="1"/>', '<x id="2"/>', '<bpt i="1">&lt;b&gt;</bpt>'])) + t[i:])
    return r.choice(opts)(seg)


def doc_pinyin(rendered, r):
    out, n = [], 0
    start = 1 if len(rendered) > 3 else 0
    for i, (t, lang) in enumerate(rendered):
        if lang != "zh" or i < start:
            out.append(t)
            continue
        buf = []
        for c in t:
            if c in TRAD_PY:
                tr, py = TRAD_PY[c]
                buf.append(M("%s(%s)" % (tr, py)))
                n += 1
            else:
                buf.append(c)
        out.append("".join(buf))
    return out, n


def doc_qmark_rare(rendered, r):
    out, n = [], 0
    for t, lang in rendered:
        buf = []
        for c in t:
            d = c.encode("gb2312", errors="replace").decode("gb2312") if c != "\t" else c
            if d != c:
                buf.append(M(d))
                n += 1
            else:
                buf.append(c)
        out.append("".join(buf))
    return out, n


def apply_damage(rendered, kind, r):
    """rendered: list of (line, lang).  Returns (list of marked lines, number of damaged stretches)."""
    tlang, fn, _ = DMG[kind]
    if kind == "pinyin_annotation":
        return doc_pinyin(rendered, r)
    if kind == "qmark_rare":
        return doc_qmark_rare(rendered, r)
    lines = [t for t, _ in rendered]
    out = list(lines)
    if kind in ("html_named", "html_tags"):
        idx = [i for i, (t, l) in enumerate(rendered) if l == "zh" and cjk_count(t) >= 3]
        k = min(len(idx), wchoice(r, [(1, 4), (2, 3), (3, 2)]))
        n = 0
        for i in sorted(r.sample(idx, k)):
            res = line_html_named(lines[i], r) if kind == "html_named" else line_html_tags(lines[i], r)
            if res:
                out[i] = res
                n += 1
        return out, n
    # segment-based damage
    cands = []
    for i, (t, lang0) in enumerate(rendered):
        if tlang in ("zh", "zht"):
            parts = [(0, len(t), lang0)] if not lang0.startswith("mix:") else []
            if lang0.startswith("mix:"):
                s0, _ = foreign_segment(t, lang0)
                parts = [(0, s0 - 1, "zh")]
            for a, b, l in parts:
                if l != tlang:
                    continue
                sub = t[a:b]
                if tlang == "zht":
                    s, e = foreign_segment(sub, "zht")
                    cands.append((i, [("value", a + s, a + e)]))
                else:
                    cs = zh_candidates(sub, a)
                    if cs:
                        cands.append((i, cs))
        elif tlang == "any":
            if lang0.startswith("mix:"):
                continue
            m = re.match(r"^[^：]{1,14}：", t)
            if m and (lang0 != "zh" or "原文" in t[:m.end()] or "ZH" in t[:m.end()]):
                cands.append((i, [("value", m.end(), len(t))]))
        else:
            if lang0 == tlang or lang0 == "mix:" + tlang:
                s, e = foreign_segment(t, lang0)
                cands.append((i, [("value", s, e)]))
    if not cands:
        return out, 0
    if tlang not in ("zh", "zht", "any") and r.random() < 0.5:
        k = len(cands)                      # whole column decoded wrongly
    else:
        k = min(len(cands), wchoice(r, [(1, 5), (2, 3), (3, 1)]))
    n = 0
    for i, cs in sorted(r.sample(cands, k), key=lambda x: x[0]):
        mode = r.choice(sorted({c[0] for c in cs}))
        pool = [c for c in cs if c[0] == mode]
        _, s, e = r.choice(pool)
        t = lines[i]
        seg = t[s:e]
        if kind == "xml_tags":
            out[i] = t[:s] + seg_xml_tags(seg, r, rendered[i][1]) + t[e:]
            n += 1
            continue
        try:
            dam = fn(seg, r)
        except UnicodeError:
            continue
        if not ok_damage(seg, dam):
            continue
        if kind == "fffd_run" and dam.count("\ufffd") < 2:
            continue
        if kind == "kunjinkao" and "锟" not in dam:
            continue
        if kind == "gbk_offset":
            # an out-of-step GBK decoder resynchronises at the first invalid pair; only the
            # stretch up to and including that U+FFFD is damaged, the rest decodes cleanly
            j = dam.find("\ufffd")
            if j < 2 or not CJK_RE.match(seg):
                continue
            if j < len(dam) - 1 and seg.endswith(dam[j + 1:]):
                out[i] = t[:s] + M(dam[:j + 1]) + dam[j + 1:] + t[e:]
                n += 1
                continue
        # characters that came through unchanged at either end are not part of the damage
        p = 0
        while p < min(len(seg), len(dam)) - 1 and seg[p] == dam[p]:
            p += 1
        q = 0
        while q < min(len(seg), len(dam)) - p - 1 and seg[-1 - q] == dam[-1 - q]:
            q += 1
        out[i] = t[:s] + dam[:p] + M(dam[p:len(dam) - q]) + dam[len(dam) - q:] + t[e:]
        n += 1
    return out, n


# ---------------------------------------------------------------------------
# helpers for look-alike (negative) styles
def real_lines(lines, r, ctx=None, rare=False):
    ctx = ctx or Ctx(r, rare=rare)
    return render(lines, ctx, allow_ph=False)


def real_text(lines, r, ctx=None):
    return "\n".join(t for t, _ in real_lines(lines, r, ctx))


def Z(*ts):
    return [(t, "zh") for t in ts]


def with_extra(r, domain, extra, n=None, **kw):
    """Domain document with 1..n look-alike lines inserted at the body position."""
    k = n if n is not None else r.randint(1, min(2, len(extra)))
    ex = r.sample(extra, k)
    lines, ins = DOMAINS[domain](r, n_extra=k, **kw)
    return fit(insert_lines(lines, ins, Z(*ex)), keep=tuple(Z(*ex)))


def masked_id(r):
    v = id_number(r)
    return v[:6] + "********" + v[14:]


def masked_mobile(r):
    return "1%s%d****%04d" % (r.choice("3578"), r.randint(0, 9), r.randint(0, 9999))


# ----- ph negatives ---------------------------------------------------------
def phn_cms_one_plus_x(r):
    topic = {"titles": ["<place>区职业教育中心深入推进“1+X”证书制度试点",
                        "关于做好<year>年“1+X”职业技能等级证书考核工作的通知"], "col": "工作动态"}
    ex = ["<place>区职业教育中心已有<n31:3-12>个专业纳入“1+X”证书制度试点，<year>年共有<n32:100-900>名学生取得职业技能等级证书。",
          "学校将继续深化1+X证书试点，推动课程内容与职业技能等级标准有机衔接。",
          "考核涵盖Web前端开发、智能财税、老年照护等<n33:5-15>个1+X证书项目。"]
    return real_text(with_extra(r, "cms", ex, topic=topic), r), "CMS page about the 1+X vocational certificate system; X is part of the policy name"


def phn_cms_seven_plus_x(r):
    topic = {"titles": ["<place>街道推行“7+X”便民服务清单", "<place>街道“7+X”社区服务模式实现全覆盖"], "col": "工作动态"}
    ex = ["街道在辖区<n34:8-30>个社区推行“7+X”服务模式，即7项基本服务加若干项特色服务。",
          "其中“X”由各社区结合居民需求自行确定，目前已推出助餐、托管、代办等特色项目<n35:20-90>项。",
          "下一步将对“7+X”服务清单实行动态调整，每半年评估一次。"]
    return real_text(with_extra(r, "cms", ex, topic=topic), r), "CMS page on a '7+X' service list; X is defined in the text"


X86_PAIRS = [
    {"zh": "本软件支持x86和ARM64架构的计算机。", "en": "This software supports computers with x86 and ARM64 architectures.",
     "ru": "Программа поддерживает компьютеры с архитектурой x86 и ARM64.", "ja": "本ソフトウェアはx86およびARM64アーキテクチャのコンピューターに対応しています。"},
    {"zh": "请下载适用于x86_64系统的安装包。", "en": "Please download the installer for x86_64 systems.",
     "ru": "Загрузите установочный пакет для систем x86_64.", "ja": "x86_64システム用のインストーラーをダウンロードしてください。"},
    {"zh": "32位（x86）版本将于<year>年停止更新。", "en": "Updates for the 32-bit (x86) edition will end in <year>.",
     "ru": "Обновления 32-разрядной версии (x86) прекратятся в <year> году.", "ja": "32ビット（x86）版の更新は<year>年に終了します。"},
]
MATH_PAIRS = [
    {"zh": "设x为正整数，且3x+4=19，求x的值。", "en": "Let x be a positive integer such that 3x + 4 = 19. Find x.",
     "ru": "Пусть x — натуральное число и 3x + 4 = 19. Найдите x.", "fr": "Soit x un entier positif tel que 3x + 4 = 19. Trouver x."},
    {"zh": "长方形的面积为3×4=12平方厘米。", "en": "The area of the rectangle is 3 × 4 = 12 square centimetres.",
     "ru": "Площадь прямоугольника равна 3 × 4 = 12 см².", "fr": "L'aire du rectangle est de 3 × 4 = 12 cm²."},
    {"zh": "函数y=2x+1的图像是一条直线。", "en": "The graph of the function y = 2x + 1 is a straight line.",
     "ru": "График функции y = 2x + 1 — прямая линия.", "fr": "La courbe de la fonction y = 2x + 1 est une droite."},
    {"zh": "若x²−5x+6=0，则x=2或x=3。", "en": "If x² − 5x + 6 = 0, then x = 2 or x = 3.",
     "ru": "Если x² − 5x + 6 = 0, то x = 2 или x = 3.", "fr": "Si x² − 5x + 6 = 0, alors x = 2 ou x = 3."},
]
CHESS_PAIRS = [
    {"zh": "白方第4步以象吃马（Bxc6），形成兑换变例。", "en": "On move 4 White captures the knight with the bishop (Bxc6), entering the Exchange Variation.",
     "ru": "На 4-м ходу белые берут коня слоном (Bxc6), переходя в разменный вариант.",
     "de": "Im 4. Zug schlägt Weiß den Springer mit dem Läufer (Bxc6) und wählt die Abtauschvariante."},
    {"zh": "开局着法：1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6。", "en": "Opening moves: 1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6.",
     "ru": "Ходы дебюта: 1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6.", "de": "Eröffnungszüge: 1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6."},
    {"zh": "黑方随后以Qxd4吃掉中心兵。", "en": "Black then takes the central pawn with Qxd4.",
     "ru": "Затем чёрные забирают центральную пешку ходом Qxd4.", "de": "Schwarz schlägt danach mit Qxd4 den Zentrumsbauern."},
    {"zh": "第23回合白方走Rxe8+，将军并得子。", "en": "On move 23 White plays Rxe8+, giving check and winning material.",
     "ru": "На 23-м ходу белые играют Rxe8+, объявляя шах и выигрывая материал.", "de": "Im 23. Zug spielt Weiß Rxe8+, gibt Schach und gewinnt Material."},
]
AXIS_PAIRS = [
    {"zh": "在图表中，X轴表示年份，Y轴表示游客人数。", "en": "In the chart, the X-axis shows the year and the Y-axis shows the number of visitors.",
     "ru": "На графике ось X показывает год, а ось Y — число туристов.", "ja": "グラフでは、X軸が年、Y軸が観光客数を表す。"},
    {"zh": "将探头沿X方向移动<n1:5-50>毫米。", "en": "Move the probe <n1> mm in the X direction.",
     "ru": "Переместите датчик на <n1> мм по оси X.", "ja": "プローブをX方向に<n1>ミリ移動させる。"},
    {"zh": "坐标原点位于展柜左下角，X、Y、Z三轴互相垂直。", "en": "The origin lies at the lower left corner of the showcase; the X, Y and Z axes are mutually perpendicular.",
     "ru": "Начало координат находится в левом нижнем углу витрины; оси X, Y и Z взаимно перпендикулярны.",
     "ja": "原点は展示ケースの左下隅にあり、X・Y・Zの三軸は互いに直交する。"},
]
CODE_PAIRS = [
    {"zh": "循环语句for x in range(3)会依次输出0、1、2。", "en": "The loop for x in range(3) prints 0, 1 and 2 in turn.",
     "ru": "Цикл for x in range(3) по очереди выводит 0, 1 и 2.", "ja": "ループfor x in range(3)は0、1、2を順に出力する。"},
    {"zh": "将变量x初始化为0，然后每次加1。", "en": "Initialise the variable x to 0 and then add 1 each time.",
     "ru": "Инициализируйте переменную x нулём и затем каждый раз прибавляйте 1.", "ja": "変数xを0で初期化し、その後毎回1を加える。"},
    {"zh": "函数max(x, y)返回x与y中的较大值。", "en": "The function max(x, y) returns the larger of x and y.",
     "ru": "Функция max(x, y) возвращает большее из x и y.", "ja": "関数max(x, y)はxとyのうち大きい方を返す。"},
]
ROMAN_PAIRS = [
    {"zh": "第XIV章　城市更新的国际经验", "en": "Chapter XIV. International Experience in Urban Renewal",
     "ru": "Глава XIV. Международный опыт обновления городов", "fr": "Chapitre XIV. Expériences internationales de rénovation urbaine"},
    {"zh": "路易十四（Louis XIV）时期的宫廷瓷器也曾大量仿制中国青花。", "en": "Court porcelain of the Louis XIV period also imitated Chinese blue-and-white on a large scale.",
     "ru": "Придворный фарфор эпохи Людовика XIV также во многом подражал китайскому сине-белому фарфору.",
     "fr": "La porcelaine de cour sous Louis XIV imitait elle aussi largement le bleu et blanc chinois."},
    {"zh": "参见附录III中的术语对照表。", "en": "See the glossary in Appendix III.",
     "ru": "См. глоссарий в Приложении III.", "fr": "Voir le glossaire en annexe III."},
    {"zh": "教皇庇护十二世（Pius XII）于1939年当选。", "en": "Pope Pius XII was elected in 1939.",
     "ru": "Папа Пий XII был избран в 1939 году.", "fr": "Le pape Pie XII fut élu en 1939."},
]


def tm_with_pairs(r, pairs, langs):
    lang = r.choice(langs)
    k = r.randint(1, min(2, len(pairs)))
    mine = r.sample(pairs, k)
    rest = [p for p in PAR if lang in p]
    return tm_doc(r, lang=lang, pairs=mine + r.sample(rest, r.randint(0, 1)))[0], lang


def phn_tm(pairs, langs, what):
    def f(r):
        lines, lang = tm_with_pairs(r, pairs, langs)
        return real_text(lines, r), "TM export (zh-%s) with %s" % (lang, what)
    return f


def phn_museum_xray(r):
    ex = ["经X射线探伤检测，器身内部可见铸造时留下的垫片。", "<year2:2005-2023>年对该器进行X光成像，发现底部有早期修补痕迹。",
          "X射线荧光分析显示，釉料中钴元素含量较高。"]
    lines, ins = museum_doc(r, desc=r.sample(ex, r.randint(1, 2)))
    return real_text(lines, r), "museum label citing X-ray examination (X射线/X光)"


def phn_cms_xray(r):
    topic = {"titles": ["<place>区人民医院数字化X光机（DR）采购项目中标结果公告", "<place>区卫生健康局关于X射线影像设备采购的公告"],
             "col": "公示公告"}
    ex = ["项目名称：数字化医用X射线摄影系统采购项目", "中标金额：人民币<amt>万元",
          "本次采购的X光机将配置至<place>区<n36:3-9>家乡镇卫生院。"]
    return real_text(with_extra(r, "cms", ex, topic=topic), r), "CMS procurement notice for X-ray equipment"


def phn_cms_mou_words(r):
    topic = {"titles": ["关于《<place>区居家养老服务补贴办法》的政策解读", "《<place>区临时救助实施细则》政策问答"], "col": "政策解读"}
    ex = ["问：某些老年人同时符合多项补贴条件，能否重复享受？答：同一类型补贴不重复发放，按就高原则执行。",
          "对于某种特殊困难情形，可由街道提出意见后报区民政局研究。",
          "在某种程度上，服务覆盖面直接影响群众的获得感。", "某一事项涉及多个部门的，由首问部门牵头协调。"]
    return real_text(with_extra(r, "cms", ex, topic=topic), r), "policy Q&A using 某些/某种/某一 as ordinary words"


def phn_lease_models(r):
    ex = ["附件：家电清单——空调（型号KFR-35GW/XR-200）<n41:1-3>台、冰箱（BCD-452WDPF）1台、洗衣机（XQB80-36SP）1台。",
          "第八条　热水器型号为JSQ30-XR16，如出现故障由甲方负责维修。",
          "第九条　房屋配备智能门锁（型号X2 Pro）一套，乙方退租时应恢复初始密码。"]
    return real_text(with_extra(r, "lease", ex), r), "lease listing appliance model numbers containing X"


def phn_sms_masked(r):
    msgs = [("取件通知", "<sig>收件人%s**（隐私面单：姓名和手机号已部分隐藏），手机尾号<n50:1000-9999>，您的包裹已到<place>路驿站。" % r.choice(SURNAMES)),
            ("登录提醒", "<sig>您的账号于今日<time>在新设备登录，绑定手机%s（为保护隐私已隐藏中间四位）。如非本人操作请及时修改密码。" % masked_mobile(r)),
            ("摇号结果", "<sig>手机号%s的用户（号码已做脱敏处理）在本期公租房摇号中签，请于<date>前完成选房。" % masked_mobile(r))]
    lines, _ = sms_doc(r, msgs=msgs)
    return real_text(lines, r), "notification with phone/card numbers masked on purpose, masking stated"


def phn_lease_masked_id(r):
    parties = ["出租方（甲方）：<name>　　身份证号：%s（已脱敏）" % masked_id(r),
               "承租方（乙方）：<name2>　　身份证号：%s（已脱敏）" % masked_id(r)]
    lines, ins = lease_doc(r, parties=parties, n_extra=1)
    lines = insert_lines(lines, 1, Z("（公示版本：依据个人信息保护有关规定，双方身份证号码已作部分隐藏。）"))
    return real_text(fit(lines), r), "published lease with ID numbers masked on purpose, masking stated"


def phn_cms_publicity_masked(r):
    topic = {"titles": ["关于<year>年度困难群众临时救助对象的公示", "<place>街道<year>年高龄津贴新增人员名单公示"], "col": "公示公告"}
    ex = ["根据个人信息保护有关规定，名单中姓名和身份证号已作部分隐藏处理。"]
    for i in range(2):
        nm = r.choice(SURNAMES) + "*" + r.choice(GIVEN)[1]
        ex.append("%d. %s　身份证号：%s　金额：<money3%d:500-3000>元" % (i + 1, nm, (lambda v: v[:4] + "**********" + v[-4:])(id_number(r)), i))
    lines, ins = cms_doc(r, topic=topic, n_extra=3)
    return real_text(fit(insert_lines(lines, ins, Z(*ex))), r), "publicity list with names/IDs masked on purpose, masking stated"


def phn_museum_roman(r):
    ex = ["展区：第Ⅲ展厅　展柜编号：Ⅲ-<n60:1-20>", "图录编号：Pl. XIV，见本馆《藏品选粹》第Ⅱ卷。",
          "此器曾于<year2:1990-2020>年赴法国参加“十七至十八世纪（XVIIe–XVIIIe siècles）中国外销瓷”专题展。"]
    lines, ins = museum_doc(r, desc=r.sample(ex, r.randint(1, 2)))
    return real_text(lines, r), "museum label with Roman numerals (Ⅲ, XIV)"


def phn_sms_sizes(r):
    msgs = [("发货通知", "【优品商城】您购买的纯棉T恤（白色/XL码）已发货，运单号<n53:100000000000-999999999999>，预计<n54:2-4>天送达。"),
            ("换货通知", "【优品商城】您申请将羽绒服尺码由L换为XXL，换货申请已通过，请于<date>前寄回原商品。"),
            ("到货提醒", "【优品商城】您关注的运动裤XS、XXXL码已补货，数量有限，先到先得。")]
    lines, _ = sms_doc(r, msgs=msgs)
    return real_text(lines, r), "shopping notifications with clothing sizes XL/XXL/XS"


def phn_museum_ling(r):
    fields = {"src": r.choice(["二〇一〇年<name>捐赠", "二〇〇六年征集", "一九九八年<name>后人捐赠"])}
    desc = r.sample(["本器于二〇〇六年经修复后首次展出。", "一九九〇年曾参加全国工艺美术精品巡展。",
                     "作者生于一九〇九年，卒于一九八〇年。"], 1)
    lines, ins = museum_doc(r, fields=fields, desc=desc, obj=r.choice(MODERN_OBJS))
    return real_text(lines, r), "museum label writing years with 〇 (一九〇八年)"


def phn_museum_yiming(r):
    fields = {"author": "佚名", "src": r.choice(["原为苏州某氏旧藏，<year:1956-1990>年由其后人捐赠", "<year:1956-1990>年购自扬州某氏"])}
    desc = r.sample(["据题跋记载，此卷曾为扬州某氏收藏，后几经辗转。", "作者佚名，从笔墨风格判断应出自宫廷画师之手。"], 1)
    lines, ins = museum_doc(r, fields=fields, desc=desc)
    return real_text(lines, r), "museum label with 佚名 and 某氏 as genuine catalogue wording"


def phn_museum_dims(r):
    fields = {"dims": r.choice(["长<dim1:20-60>厘米×宽<dim2:10-40>厘米×高<dim3:8-30>厘米",
                                "画心<dim1:60-120>×<dim2:30-60>厘米，全幅<dim3:180-260>×<dim4:50-80>厘米",
                                "<dim1:20-40>×<dim2:20-40>×<dim3:5-15>厘米"])}
    lines, ins = museum_doc(r, fields=fields)
    return real_text(lines, r), "museum dimension line using × between measured values"


def phn_cms_chromosome(r):
    topic = {"titles": ["出生缺陷防治知识问答", "<place>区开展出生缺陷防治宣传周活动"], "col": "健康科普"}
    ex = ["问：性别是由什么决定的？答：正常女性的性染色体组成为XX，男性为XY。",
          "特纳综合征患者通常只有一条X染色体，核型记为45,X。",
          "克氏综合征患者的性染色体为XXY，应尽早进行遗传咨询。"]
    return real_text(with_extra(r, "cms", ex, topic=topic), r), "health page with XX/XY chromosome notation"


def phn_lease_area(r):
    a, b = r.choice([3.3, 3.6, 3.9, 4.2]), r.choice([2.7, 3.0, 3.3, 3.6])
    ex = ["房屋主卧室净尺寸为%.1f×%.1f米，面积%.1f×%.1f=%.2f平方米。" % (a, b, a, b, a * b),
          "阳台面积按%.1f×1.5=%.2f平方米的1/2计入使用面积。" % (b, b * 1.5),
          "第八条　乙方如需增设空调外机支架（规格60×45厘米），须经甲方同意。"]
    return real_text(with_extra(r, "lease", ex), r), "lease with room sizes computed as a×b"


def phn_cms_roman_levels(r):
    topic = {"titles": ["《<place>区气象灾害应急预案》政策解读", "<place>区防汛抗旱指挥部关于调整应急响应级别的通知"], "col": "政策解读"}
    ex = ["预警级别分为Ⅳ级（一般）、Ⅲ级（较大）、Ⅱ级（重大）和Ⅰ级（特别重大）四级。",
          "当发布暴雨橙色预警时，区防汛指挥部启动Ⅱ级应急响应。",
          "<date5>，我区将防汛应急响应由Ⅲ级提升至Ⅱ级。"]
    return real_text(with_extra(r, "cms", ex, topic=topic), r), "emergency plan with Roman-numeral response levels"


def phn_museum_xshape(r):
    ex = ["器腹饰X形交叉绳纹，其间填以乳丁。", "椅背下方横枨作X形交叉，兼具加固作用。", "盖面以X形十字格分为四区，各饰团花。"]
    lines, ins = museum_doc(r, desc=r.sample(ex, 1))
    return real_text(lines, r), "museum label describing an X-shaped pattern"


def phn_lease_checkbox(r):
    ex = ["付款方式：☑押一付三　□押一付一　□押二付三", "房屋用途：☑居住　□办公　□经营",
          "是否允许饲养宠物：□是　☑否"]
    return real_text(with_extra(r, "lease", ex, n=r.randint(1, 3)), r), "lease with ticked/unticked option boxes (all decided)"


def phn_sms_syntax_doc(r):
    lines = Z("短信模板申请说明（<place>区政务服务中心）",
              "一、模板中的变量须使用${变量名}格式书写，例如验证码变量写作${code}。",
              "二、单个变量取值不超过<n70:10-20>个字符，整条短信不超过70字。",
              "三、审核通过后的实际发送效果示例：<sig>您的验证码为<code>，5分钟内有效。",
              "四、营销类内容不得使用政务签名，联系人：<name>，电话：<tel>。")
    return real_text(lines[:r.randint(4, 5)], r), "template-specification page that explains the ${var} syntax (notation, not an unfilled slot)"


def phn_clean(domain):
    def f(r):
        lines, _ = DOMAINS[domain](r)
        return real_text(lines, r), "fully filled %s, no placeholder" % DOMAIN_DESC[domain]
    return f


# ----- mj negatives ---------------------------------------------------------
def mjn_tm_lang(lang):
    def f(r):
        lines, _ = tm_doc(r, lang=lang)
        return real_text(lines, r), "parallel corpus zh-%s with genuine %s text, no damage" % (lang, lang)
    return f


def mjn_tm_fr_de(r):
    return mjn_tm_lang(r.choice(["fr", "de"]))(r)[0], "parallel corpus with genuine French/German accented text"


def mjn_tm_multi(r):
    p = r.choice(PAR)
    langs = r.sample(["ru", "ja", "ko", "vi", "el", "fr", "de", "en"], r.randint(3, 5))
    lines = [("多语种译文对照（<corp>）　条目号：<n95:100-999>", "zh"), ("ZH：" + p["zh"], "zh")]
    lines += [(LANG_NAME[l][1] + "：" + p[l], l) for l in langs]
    lines.append(("译审：<name>　　<iso>", "zh"))
    return real_text(lines, r), "one Chinese sentence with %s translations, all genuine" % "/".join(langs)


VOCAB = [("发展", "fāzhǎn", "to develop"), ("经济", "jīngjì", "economy"), ("博物馆", "bówùguǎn", "museum"),
         ("租金", "zūjīn", "rent"), ("合同", "hétong", "contract"), ("短信", "duǎnxìn", "text message"),
         ("验证码", "yànzhèngmǎ", "verification code"), ("政府", "zhèngfǔ", "government"), ("通知", "tōngzhī", "notice"),
         ("展览", "zhǎnlǎn", "exhibition"), ("文物", "wénwù", "cultural relic"), ("房东", "fángdōng", "landlord"),
         ("押金", "yājīn", "deposit"), ("社区", "shèqū", "community"), ("翻译", "fānyì", "to translate"),
         ("旅游", "lǚyóu", "to travel"), ("绿色", "lǜsè", "green"), ("女儿", "nǚ'ér", "daughter")]
LESSON_SENTS = [("我想租一套两居室。", "Wǒ xiǎng zū yí tào liǎng jūshì."),
                ("博物馆几点开门？", "Bówùguǎn jǐ diǎn kāi mén?"),
                ("这个月的租金已经付了。", "Zhège yuè de zūjīn yǐjīng fù le."),
                ("请输入短信验证码。", "Qǐng shūrù duǎnxìn yànzhèngmǎ."),
                ("我们的城市发展得很快。", "Wǒmen de chéngshì fāzhǎn de hěn kuài."),
                ("周末我们去看展览吧。", "Zhōumò wǒmen qù kàn zhǎnlǎn ba."),
                ("房东要求先交押金。", "Fángdōng yāoqiú xiān jiāo yājīn.")]


def mjn_lesson_tones(r):
    lines = [("《实用汉语》第<n96:3-20>课　生词与课文", "zh")]
    for w, py, en in r.sample(VOCAB, r.randint(3, 5)):
        lines.append(("%s　%s　%s" % (w, py, en), "zh"))
    lines.append(("课文：", "zh"))
    for zh, py in r.sample(LESSON_SENTS, 2):
        lines.append((zh, "zh"))
        lines.append((py, "zh"))
    return real_text(lines, r), "Chinese lesson with tone-marked pinyin"


def mjn_lesson_paren(r):
    ws = r.sample(VOCAB, r.randint(3, 4))
    lines = Z("对外汉语教学语料·第<n97:2-15>单元", "本单元重点词语：" + "、".join("%s（%s）" % (w, py) for w, py, _ in ws),
              "练习：用“%s（%s）”造句。" % (ws[0][0], ws[0][1]),
              "参考译文：%s means “%s”." % (ws[1][1], ws[1][2]))
    return real_text(lines, r), "vocabulary list with pinyin in full-width parentheses (teaching material)"


def mjn_latin_names(r):
    topic = {"titles": ["<place>区会见法国里昂市代表团", "德国友好城市代表团访问<place>区"], "col": "外事动态"}
    ex = ["法国里昂市副市长弗朗索瓦·勒菲弗（François Lefèvre）一行<n98:4-12>人到访。",
          "德国友好城市代表团团长于尔根·米勒（Jürgen Müller）表示，双方将在职业教育领域深化合作。",
          "西班牙客商何塞·加西亚（José García）参观了<place>区文化创意产业园。",
          "双方签署《文化交流备忘录（Mémorandum d'échanges culturels）》。"]
    return real_text(with_extra(r, "cms", ex, topic=topic), r), "CMS news with accented Latin names (é, ü, ç)"


def mjn_museum_trad(r):
    ex = r.sample(TRAD_LINES_MUSEUM, r.randint(1, 2))
    lines, ins = museum_doc(r, desc=ex)
    return real_text(lines, r), "museum label quoting genuine traditional-character text"


BRONZES = [("西周 伯簋", "青铜", "簋为盛放黍稷的礼器，器内底铸铭文<n99:8-40>字。"),
           ("商 兽面纹斝", "青铜", "斝为温酒器，口沿立双柱，三足外撇。"),
           ("春秋 蟠螭纹盉", "青铜", "盉用于调和酒味，通体饰蟠螭纹。"),
           ("商 兽面纹甗", "青铜", "甗为蒸食器，上部为甑，下部为鬲。"),
           ("西周 夔龙纹罍", "青铜", "罍为盛酒器，肩部饰夔龙纹一周。"),
           ("商 鸮卣", "青铜", "卣作双鸮相背形，盖钮为菌状。"),
           ("战国 错金银铜匜", "青铜", "匜为沃盥之器，与盘配合使用。"),
           ("西周 饕餮纹觥", "青铜", "觥盖作兽首形，腹饰饕餮纹。")]


def mjn_museum_rare(r):
    t, mat, d = r.choice(BRONZES)
    obj = (t, mat, "通高<dim1:15-60>厘米，口径<dim2:8-30>厘米",
           ["器表有绿锈，局部经修复。", "<year5:1955-1995>年<place>县窖藏出土。"], [t.split(" ")[0]], False)
    lines, ins = museum_doc(r, obj=obj, desc=[d])
    return real_text(lines, r), "museum label with rare bronze-vessel characters (簋 斝 盉 甗 罍 卣)"


def mjn_museum_greek(r):
    legend = r.choice([("ΑΛΕΞΑΝΔΡΟΥ", "亚历山大的"), ("ΒΑΣΙΛΕΩΣ ΦΙΛΙΠΠΟΥ", "腓力王的"), ("ΑΘΕ", "雅典")])
    obj = ("古希腊银币", "银", "直径<dim1:2-4>厘米", ["正面为赫拉克勒斯头像，背面为宙斯坐像。", "为“丝路遗珍”交流展借展品。"],
           ["公元前4世纪"], False)
    ex = ["钱币背面铭文：%s（意为“%s”）" % legend, "希腊文说明：Αργυρό νόμισμα, 4ος αιώνας π.Χ."]
    lines, ins = museum_doc(r, obj=obj, fields={"era": "公元前4世纪"}, desc=r.sample(ex, r.randint(1, 2)))
    return real_text(lines, r), "museum coin label with genuine Greek legend"


def mjn_museum_caption(lang):
    def f(r):
        cap = r.choice(JA_CAPTIONS if lang == "ja" else KO_CAPTIONS)
        pre = "日文说明：" if lang == "ja" else "韩文说明："
        lines, ins = museum_doc(r, n_extra=1)
        lines = lines + [(pre + cap, lang)]
        return real_text(fit(lines), r), "museum label with a genuine %s caption" % ("Japanese" if lang == "ja" else "Korean")
    return f


def mjn_cms_faq(r):
    topic = {"titles": ["居住证办理常见问题解答", "<place>区不动产登记常见问题"], "col": "办事指南"}
    qa = ["问：居住证到期了怎么办?答：请在有效期满前<n61:15-30>日内到社区服务站办理签注。",
          "问：可以委托他人代办吗?答：可以，需提供委托书及双方身份证原件。",
          "问：材料不齐怎么办？答：窗口将一次性告知需补正的材料。",
          "问：办理需要多长时间?答：材料齐全的，<n62:3-10>个工作日内办结。"]
    return real_text(with_extra(r, "cms", qa, n=r.randint(2, 3), topic=topic), r), "FAQ page with legitimate ASCII ? in questions"


def mjn_cms_url(r):
    kw = r.choice(["公积金", "居住证", "不动产登记", "社保"])
    url = "https://www.example.gov.cn/search/?keyword=" + urllib.parse.quote(kw) + "&page=1"
    ex = ["站内检索链接：" + url, "相关链接：https://zwfw.example.gov.cn/item?name=" + urllib.parse.quote(kw + "办理")]
    return real_text(with_extra(r, "cms", ex), r), "percent-encoding inside a genuine URL (link field), not in running text"


def mjn_cms_math(r):
    topic = {"titles": ["<place>区<year>年生态环境状况公报", "<place>区<year>年国民经济和社会发展统计公报"], "col": "统计信息"}
    ex = ["全年PM2.5平均浓度为<n63:20-45>μg/m³，空气质量优良天数比率≥<n64:80-92>%。",
          "人口自然增长率为−1.2‰，常住人口城镇化率约为<pct3:60-80>%。",
          "主要河流断面水温变化范围为4℃～<n65:26-31>℃，测量误差±0.5℃。",
          "人均公园绿地面积≈<n66:12-16>㎡，较上年增长约<pct4:1-5>%。"]
    return real_text(with_extra(r, "cms", ex, topic=topic), r), "statistics page with maths/unit symbols (≥ ‰ ± ℃ ㎡ μ)"


def mjn_cms_html_guide(r):
    lines = Z("<place>区政府网站内容编辑规范（<year>年修订）",
              "一、正文段首缩进统一使用样式设置，不得手工输入“&nbsp;”等HTML实体。",
              "二、从Word粘贴内容时，请使用“清除格式”按钮，避免残留<span>、<font>等标签。",
              "三、上传附件时文件名请勿包含空格及特殊字符，如“#”“&”“%”。",
              "四、如有疑问，请联系区政务服务和数据管理局，电话：<tel>。")
    return real_text(lines, r), "editing guide that mentions HTML entities/tags as subject matter (quoted, not debris)"


def mjn_cms_code(r):
    lines = Z("<place>区公共数据开放平台接口调用说明",
              "发布日期：<iso>　　来源：<place>区政务服务和数据管理局",
              "接口地址：https://data.example.gov.cn/api/v1/datasets?page=1&size=20",
              "请求示例：curl -H \"Authorization: Bearer 7c1e9a2b\" \"https://data.example.gov.cn/api/v1/datasets\"",
              "返回示例：{\"code\": 0, \"msg\": \"success\", \"total\": <n67:100-900>}",
              "说明：返回结果采用UTF-8编码的JSON格式，每页最多<n68:20-100>条。")
    return real_text(lines, r), "technical notice with a code snippet (curl, JSON)"


def mjn_cms_explainer(r):
    lines = Z("信息化小课堂：文件打开后为什么会出现乱码？",
              "发布时间：<iso>　　来源：<place>区政务服务和数据管理局",
              "常见原因是文件的实际编码与打开时选用的编码不一致，例如把UTF-8文件当作GBK读取。",
              "网上流传的“锟斤拷”就是一种典型现象：替换字符U+FFFD的UTF-8字节被按GBK解读后，恰好显示为这三个汉字。",
              "遇到此类情况，请在编辑器中选择“以UTF-8编码重新打开”，不要直接保存。")
    return real_text(lines, r), "explainer article quoting 锟斤拷 as subject matter (hard negative)"


BORDER = [("ru", "黑河口岸", "Уважаемые пассажиры! Пункт пропуска Хэйхэ работает ежедневно с 8:30 до 17:00."),
          ("ru", "绥芬河口岸", "Просим заранее заполнить таможенную декларацию."),
          ("vi", "东兴口岸", "Cửa khẩu Đông Hưng làm việc hằng ngày từ 8 giờ đến 18 giờ."),
          ("vi", "凭祥口岸", "Hành khách vui lòng xuất trình hộ chiếu và giấy tờ hợp lệ.")]


def mjn_cms_border(r):
    lang, port, txt = r.choice(BORDER)
    lines = [("首页 > 通知公告", "zh"), ("%s通关服务提示（中%s双语）" % (port, "俄" if lang == "ru" else "越"), "zh"),
             ("发布时间：<iso>　　来源：<src>　　浏览次数：<views>", "zh"),
             ("各位旅客：%s每日通关时间为8:30—17:00，请合理安排行程。" % port, "zh"),
             (("Русский：" if lang == "ru" else "Tiếng Việt：") + txt, lang)]
    return real_text(lines, r), "bilingual border-port notice with genuine %s" % ("Russian" if lang == "ru" else "Vietnamese")


def mjn_sms_emoji(r):
    msgs = [("活动通知", "【智慧社区】🎉<place>社区邻里节将于<date>举行，欢迎报名参加！"),
            ("包裹提醒", "【顺达快递】📦您的包裹已到<place>路驿站，取件码<code>。"),
            ("天气预警", "【市气象台】⚠️暴雨黄色预警：预计未来<n71:3-6>小时有强降雨，请注意出行安全。"),
            ("办件通知", "【市政务服务】✅您申请的<svc>已办结，感谢您的耐心等待👍")]
    lines, _ = sms_doc(r, msgs=msgs)
    return real_text(lines, r), "app notifications containing emoji"


def mjn_sms_question(r):
    msgs = [("满意度回访", "<sig>您对本次办事服务是否满意?满意请回复1，不满意请回复2。"),
            ("续约提醒", "<sig><name>您好，您的租约将于<date>到期，是否需要续租?请回复Y或N。"),
            ("核酸结果", "<sig>您想了解预约进度吗?请点击小程序“我的预约”查看。")]
    lines, _ = sms_doc(r, msgs=msgs)
    return real_text(lines, r), "SMS asking questions with a legitimate ASCII ?"


def mjn_sms_fullwidth(r):
    msgs = [("缴费通知", "<sig>本期燃气费￥<amt>，缴费渠道：①微信；②支付宝；③营业厅。※逾期将暂停供气。"),
            ("积分提醒", "<sig>★会员专享★您的积分<n72:100-9000>分将于<date>清零，兑换请前往“我的→积分商城”。"),
            ("考试提示", "<sig>考试须知：①携带身份证；②提前30分钟入场；③禁止携带电子设备。")]
    lines, _ = sms_doc(r, msgs=msgs)
    return real_text(lines, r), "notifications with full-width symbols (￥ ① ※ ★ →)"


def mjn_lease_symbols(r):
    ex = ["房屋使用面积≈<area2>㎡，层高≥2.8m，室内温度冬季应≥18℃。",
          "电表底数：<n73:1000-9999>.5 kW·h；水表底数：<n74:100-999> m³。",
          "租金每年递增≤5%，押金按月租金×2计算。"]
    return real_text(with_extra(r, "lease", ex), r), "lease with unit and maths symbols (≈ ㎡ ≥ ℃ ×)"


def mjn_lease_foreign(r):
    who = r.choice([("Сергей Иванов", "俄罗斯"), ("Анна Петрова", "俄罗斯"), ("김민준", "韩国"), ("이서연", "韩国"),
                    ("Nguyễn Văn An", "越南"), ("Trần Thị Hương", "越南"), ("Γιώργος Παπαδόπουλος", "希腊")])
    parties = ["出租方（甲方）：<name>　　联系电话：<mob>",
               "承租方（乙方）：%s（国籍：%s）　　护照号：%s%07d" % (who[0], who[1], r.choice(["75", "M", "C", "AK"]), r.randint(0, 9999999))]
    lines, ins = lease_doc(r, parties=parties)
    return real_text(lines, r), "lease with a foreign tenant's genuine name (%s)" % who[1]


def mjn_clean(domain):
    def f(r):
        lines, _ = DOMAINS[domain](r)
        return real_text(lines, r), "clean %s, no damage" % DOMAIN_DESC[domain]
    return f


# ---------------------------------------------------------------------------
# positive generators
def low_key_weight(key):
    """Counters, serial and index numbers are rarely left as placeholders: give them a low weight."""
    m = re.match(r"([a-z]+)(\d*)$", key)
    if m.group(1) in ("views", "idx", "acc") or (m.group(1) == "n" and m.group(2) and int(m.group(2)) >= 190):
        return 0.12
    return 1.0


def ph_positive(domain, kind):
    def f(r):
        for _ in range(40):
            ctx = Ctx(r)
            ctx.kind = kind
            lines, ins = DOMAINS[domain](r)
            keys = slot_keys(lines)
            comp = [k for k, typ in keys if CAT[typ] in COMPAT[kind]]
            if not comp:
                continue
            if kind in ("numbered_brace", "dollar_brace", "printf", "mustache") and domain == "sms":
                n = min(len(comp), wchoice(r, [(1, 2), (2, 3), (3, 3), (4, 2)]))
            else:
                n = min(len(comp), wchoice(r, [(1, 5), (2, 3), (3, 2), (4, 1)]))
            pool, picked = list(comp), []
            while len(picked) < n and pool:
                k = wchoice(r, [(x, low_key_weight(x)) for x in pool])
                pool.remove(k)
                picked.append(k)
            ctx.ph_keys = [k for k in comp if k in picked]
            out = render(lines, ctx)
            text = "\n".join(t for t, _ in out)
            if MS not in text:
                continue
            cats = sorted({CAT[SLOT_RE.match("<%s>" % k).group(1)] for k in ctx.ph_keys})
            return text, "%s; %s left in %d slot(s) (%s)" % (DOMAIN_DESC[domain], KIND_DESC[kind], n, ", ".join(cats))
        raise RuntimeError("no compatible slot for %s/%s" % (domain, kind))
    return f


def mj_positive(domain, kind):
    tlang = DMG[kind][0]

    def f(r):
        for _ in range(60):
            kw = {}
            if domain == "tm" and tlang in ("ru", "ja", "ko", "vi", "el"):
                kw["lang"] = tlang
            lines, ins = DOMAINS[domain](r, **kw)
            keep = ()
            if tlang == "zht":
                bank = TRAD_LINES_MUSEUM if domain == "museum" else TRAD_LINES_CMS
                extra = [(r.choice(bank), "zht")]
                lines = insert_lines(lines, ins, extra)
                keep = tuple(extra)
            if domain == "museum" and tlang == "ja":
                extra = [("日文说明：" + r.choice(JA_CAPTIONS), "ja")]
                lines = lines + extra
                keep = tuple(extra)
            lines = fit(lines, keep=keep)
            rendered = real_lines(lines, r, rare=(kind == "qmark_rare"))
            if kind == "ko_euckr_as_gbk":
                try:
                    for t, l in rendered:
                        if l.endswith("ko"):
                            t.encode("euc_kr")
                except UnicodeError:
                    continue
            marked, n = apply_damage(rendered, kind, r)
            if n == 0:
                continue
            text = "\n".join(marked)
            if MS not in text:
                continue
            return text, "%s; %s (%d stretch%s)" % (DOMAIN_DESC[domain], DMG[kind][2], n, "es" if n > 1 else "")
        raise RuntimeError("could not damage %s/%s" % (domain, kind))
    return f


PH_POS = {
    "sms": ["x_lower", "X_upper", "times_mask", "moumou", "surname_mou", "daitian", "mustache", "dollar_var",
            "bracket_cn", "dollar_brace", "numbered_brace", "sms_sig", "printf"],
    "cms": ["x_lower", "X_upper", "times_mask", "fw_X", "moumou", "surname_mou", "daitian", "tianxie", "underscore",
            "mustache", "dollar_var", "bracket_cn", "ling"],
    "tm": ["x_lower", "X_upper", "times_mask", "fw_X", "moumou", "surname_mou", "daitian", "bracket_cn", "mustache",
           "underscore"],
    "museum": ["x_lower", "X_upper", "times_mask", "ling", "daitian", "tianxie", "underscore", "bracket_cn", "moumou"],
    "lease": ["x_lower", "X_upper", "times_mask", "fw_X", "underscore", "fw_underscore", "tianxie", "daitian",
              "bracket_cn", "moumou", "surname_mou", "ling"],
}
MJ_POS = {
    "sms": ["utf8_as_gbk", "kunjinkao", "fffd_run", "qmark_run", "html_entity_dec", "unicode_escape", "utf8_as_cp1252",
            "percent_raw", "gbk_as_cp1252"],
    "cms": ["utf8_as_gbk", "kunjinkao", "utf8_as_cp1252", "gbk_as_cp1252", "qmark_rare", "fffd_run", "html_named",
            "html_tags", "html_entity_dec", "pinyin_annotation", "percent_raw", "gbk_offset", "big5_as_gbk",
            "gbk_as_big5", "utf8_as_sjis"],
    "tm": ["ru_koi8r_as_cp1251", "ru_cp1251_as_koi8r", "ru_utf8_as_cp1251", "ja_sjis_as_gbk", "ja_utf8_as_gbk",
           "ko_euckr_as_gbk", "vi_utf8_as_cp1252", "el_cp1253_as_cp1252", "el_utf8_as_cp1252", "zh_utf8_as_gbk",
           "ru_qmark_run", "zh_html_entity_hex", "xml_tags"],
    "museum": ["utf8_as_gbk", "qmark_rare", "big5_as_gbk", "fffd_run", "html_tags", "pinyin_annotation",
               "utf8_as_cp1252", "kunjinkao", "ja_sjis_as_gbk"],
    "lease": ["utf8_as_gbk", "kunjinkao", "gbk_as_cp1252", "utf8_as_cp1252", "qmark_rare", "fffd_run", "html_named",
              "percent_raw", "gbk_offset"],
}
PH_NEG = [
    ("cms_one_plus_x_certificate", phn_cms_one_plus_x), ("cms_seven_plus_x_services", phn_cms_seven_plus_x),
    ("tm_x86_architecture", phn_tm(X86_PAIRS, ["en", "ru", "ja"], "x86 architecture names")),
    ("museum_xray_examination", phn_museum_xray), ("cms_xray_procurement", phn_cms_xray),
    ("tm_math_variable_formula", phn_tm(MATH_PAIRS, ["en", "ru", "fr"], "maths variables and 3×4")),
    ("cms_mou_ordinary_words", phn_cms_mou_words), ("lease_appliance_model_numbers", phn_lease_models),
    ("sms_masked_numbers_declared", phn_sms_masked), ("lease_masked_id_declared", phn_lease_masked_id),
    ("cms_publicity_masked_declared", phn_cms_publicity_masked), ("museum_roman_numerals", phn_museum_roman),
    ("tm_chess_notation", phn_tm(CHESS_PAIRS, ["en", "ru", "de"], "chess notation (Bxc6)")),
    ("sms_clothing_sizes", phn_sms_sizes), ("museum_ling_in_years", phn_museum_ling),
    ("museum_yiming_moushi", phn_museum_yiming), ("museum_dimension_times", phn_museum_dims),
    ("cms_xx_chromosome", phn_cms_chromosome),
    ("tm_axis_labels", phn_tm(AXIS_PAIRS, ["en", "ru", "ja"], "X/Y axis labels")),
    ("lease_area_formula", phn_lease_area),
    ("tm_code_variables", phn_tm(CODE_PAIRS, ["en", "ru", "ja"], "programming variable x")),
    ("cms_roman_emergency_levels", phn_cms_roman_levels), ("museum_x_shaped_pattern", phn_museum_xshape),
    ("lease_checkbox_options", phn_lease_checkbox), ("sms_template_syntax_doc", phn_sms_syntax_doc),
    ("tm_roman_chapter_numbers", phn_tm(ROMAN_PAIRS, ["en", "ru", "fr"], "Roman numerals (XIV, III)")),
] + [("%s_clean_filled" % d, phn_clean(d)) for d in ("sms", "cms", "tm", "museum", "lease")]
MJ_NEG = [
    ("tm_genuine_russian", mjn_tm_lang("ru")), ("tm_genuine_japanese", mjn_tm_lang("ja")),
    ("tm_genuine_korean", mjn_tm_lang("ko")), ("tm_genuine_vietnamese", mjn_tm_lang("vi")),
    ("tm_genuine_greek", mjn_tm_lang("el")), ("tm_genuine_french_german", mjn_tm_fr_de),
    ("tm_multilingual_row", mjn_tm_multi), ("tm_pinyin_tone_lesson", mjn_lesson_tones),
    ("tm_pinyin_parenthesised_vocab", mjn_lesson_paren), ("cms_latin_diacritic_names", mjn_latin_names),
    ("museum_traditional_inscription", mjn_museum_trad), ("museum_rare_bronze_chars", mjn_museum_rare),
    ("museum_greek_coin_legend", mjn_museum_greek), ("museum_japanese_caption", mjn_museum_caption("ja")),
    ("museum_korean_caption", mjn_museum_caption("ko")), ("cms_faq_ascii_question", mjn_cms_faq),
    ("cms_url_percent_in_link", mjn_cms_url), ("cms_math_symbols_stats", mjn_cms_math),
    ("cms_html_editing_guide", mjn_cms_html_guide), ("cms_code_snippet_api", mjn_cms_code),
    ("cms_mojibake_explainer", mjn_cms_explainer), ("cms_foreign_border_notice", mjn_cms_border),
    ("sms_emoji_notifications", mjn_sms_emoji), ("sms_survey_ascii_question", mjn_sms_question),
    ("sms_fullwidth_symbols", mjn_sms_fullwidth), ("lease_units_math_symbols", mjn_lease_symbols),
    ("lease_foreign_tenant_names", mjn_lease_foreign),
] + [("%s_clean_text" % d, mjn_clean(d)) for d in ("sms", "cms", "tm", "museum", "lease")]


def build_styles():
    styles = []          # (name, family, label, fn, kind)
    for d, kinds in PH_POS.items():
        for k in kinds:
            styles.append(("%s_%s" % (d, k.lower()), "ph", "placeholder", ph_positive(d, k), k))
    for name, fn in PH_NEG:
        styles.append((name, "ph", "negative", fn, None))
    for d, kinds in MJ_POS.items():
        for k in kinds:
            styles.append(("%s_%s" % (d, k.lower()), "mj", "mojibake", mj_positive(d, k), k))
    for name, fn in MJ_NEG:
        styles.append((name, "mj", "negative", fn, None))
    names = [s[0] for s in styles]
    assert len(names) == len(set(names)), "duplicate style names"
    return styles


STYLES = build_styles()
STYLE_INFO = {s[0]: s for s in STYLES}


def generate(seed):
    recs = []
    for name, fam, label, fn, kind in STYLES:
        rs = sub_rng("text46", seed, name)
        want = rs.randint(15, 20)
        seen, got, tries = set(), [], 0
        while len(got) < want and tries < want * 25:
            tries += 1
            marked, note = fn(rs)
            text, spans = parse_marked(marked)
            if text in seen:
                continue
            seen.add(text)
            got.append({"family": fam, "style": name, "label": label, "text": text, "spans": spans, "note": note})
        if len(got) < 15:
            raise RuntimeError("style %s produced only %d unique records" % (name, len(got)))
        recs.extend(got)
    sub_rng("text46", seed, "shuffle").shuffle(recs)
    out = []
    for i, rec in enumerate(recs):
        out.append({"id": "t46-s%d-%05d" % (seed, i + 1), "family": rec["family"], "style": rec["style"],
                    "label": rec["label"], "text": rec["text"], "spans": rec["spans"], "note": rec["note"]})
    return out


# ---------------------------------------------------------------------------
# verification
KEYS = ["id", "family", "style", "label", "text", "spans", "note"]
LABELS = {"ph": ("placeholder", "negative"), "mj": ("mojibake", "negative")}
STYLE_RE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
PH_SPAN_RE = re.compile(r"[xX×Ｘ某_＿〇{}$\[\]【】（）%]")
# unmistakable placeholders: never allowed in a ph negative nor outside spans of a ph positive
PH_STRONG_RE = re.compile(r"【待[填补定]|【请填写|（(?:请|此处)?填写|_{3,}|＿{2,}|\{\{|\$\{|\[姓名\]|\[日期\]|\[金额\]|"
                          r"某某|\{\d\}|\$[A-Z_]+\$|(?<![A-Za-z])XX(?:区|市|县|局|街道|社区|路)|x月xx日|20xx")
# negatives whose subject matter is placeholder notation itself (quoted syntax, not an unfilled slot)
LINT_EXEMPT = ("sms_template_syntax_doc",)
PY_RE = re.compile(r"(.)\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)")
TRAD_SET = {v[0] for v in TRAD_PY.values()}


def utf8_fill(b):
    """Pad UTF-8 sequences whose continuation bytes were lost (errors=ignore/replace) with 0x80."""
    out, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        need = 1 if 0xC0 <= c <= 0xDF else 2 if 0xE0 <= c <= 0xEF else 3 if 0xF0 <= c <= 0xF7 else 0
        out.append(c)
        i += 1
        got = 0
        while got < need and i < len(b) and 0x80 <= b[i] <= 0xBF:
            out.append(b[i])
            i += 1
            got += 1
        out.extend(b"\x80" * (need - got))
    return bytes(out)


def chk_codec(span, src, dst, script):
    s2 = span.replace("\ufffd", "")
    if not s2:
        return "span holds only U+FFFD"
    try:
        b = s2.encode(dst)
    except UnicodeEncodeError:
        return "span cannot be the output of decoding as %s" % dst
    filled = False
    if src == "utf-8":
        b2 = utf8_fill(b)
        filled, b = b2 != b, b2
    inv = b.decode(src, errors="replace")
    if inv == span:
        return "codec round trip gives the same text (no damage)"
    if src == "utf-8" and inv.count("\ufffd") > (2 * span.count("\ufffd") if dst == "shift_jis" else 0):
        return "span holds text that does not undo to valid UTF-8 (span too wide?)"
    if not SCRIPT_RE[script].search(inv):
        return "undoing %s->%s does not give %s text" % (src, dst, script)
    if "\ufffd" not in span and "\ufffd" not in inv and not filled:
        try:
            fwd = inv.encode(src).decode(dst)
        except UnicodeError:
            return "forward codec fails on the repaired text"
        if fwd != span:
            return "span is not what %s bytes decoded as %s give" % (src, dst)
    return None


def chk_kind(kind, span):
    if "\n" in span:
        return "span crosses a line break"
    if kind in DMG_CODEC:
        src, dst = DMG_CODEC[kind]
        script = DMG[kind][0]
        return chk_codec(span, src, dst, script if script in SCRIPT_RE else "zh")
    if kind in ("qmark_run", "ru_qmark_run"):
        if "?" not in span or re.search(r"[\u4e00-\u9fff\u0400-\u04ff]", span):
            return "question-mark loss span must hold ? and no surviving letters"
        return None
    if kind == "qmark_rare":
        return None if set(span) == {"?"} else "rare-character loss span must be ? only"
    if kind == "fffd_run":
        return None if "\ufffd" in span else "no U+FFFD in span"
    if kind == "kunjinkao":
        s2 = span.replace("\ufffd", "")
        try:
            inv = s2.encode("gbk").decode("utf-8", errors="replace")
        except UnicodeEncodeError:
            return "span is not GBK-decodable output"
        return None if ("\ufffd" in inv and inv != span) else "span does not undo to U+FFFD"
    if kind == "gbk_offset":
        s2 = span.replace("\ufffd", "")
        try:
            b = s2.encode("gbk")
        except UnicodeEncodeError:
            return "span is not GBK output"
        for x in range(0x81, 0xFF):
            cand = (bytes([x]) + b).decode("gbk", errors="replace").rstrip("\ufffd")
            if cand and "\ufffd" not in cand and CJK_RE.search(cand) and cand != s2:
                return None
        return "no one-byte realignment repairs the span"
    if kind in ("html_entity_dec", "html_entity_hex", "zh_html_entity_hex"):
        un = html.unescape(span)
        if un == span or not CJK_RE.search(un):
            return "character references do not decode to Chinese"
        fwd = un.encode("ascii", errors="xmlcharrefreplace").decode("ascii") if kind == "html_entity_dec" \
            else entity_hex(un, None)
        return None if fwd == span else "character-reference round trip differs"
    if kind == "html_named":
        return None if re.fullmatch(r"(?:&[a-z]+;|&#\d+;| )+", span) and html.unescape(span) != span \
            else "not a run of HTML entities"
    if kind in ("html_tags", "xml_tags"):
        return None if re.fullmatch(r"(?:</?[A-Za-z][^<>]*>|&lt;[^&]*&gt;)+", span) else "not a tag remnant"
    if kind == "percent_raw":
        un = urllib.parse.unquote(span)
        return None if un != span and urllib.parse.quote(un, safe="") == span else "not raw percent-encoding"
    if kind == "unicode_escape":
        try:
            un = span.encode("ascii").decode("unicode_escape")
        except UnicodeError:
            return "not \\u escapes"
        return None if un != span and un.encode("unicode_escape").decode("ascii") == span else "not \\u escapes"
    if kind == "pinyin_annotation":
        toks = PY_RE.findall(span)
        ok = toks and "".join("%s(%s)" % t for t in toks) == span and all(c in TRAD_SET for c, _ in toks)
        return None if ok else "not traditional characters with ASCII-parenthesised pinyin"
    return "unknown damage kind %r" % kind


def chk_any(span):
    for k in list(DMG):
        if chk_kind(k, span) is None:
            return None
    return "span matches no known damage"


def verify_file(path):
    errors, counts, styles, ids, texts = [], {}, {}, set(), set()
    with open(path, encoding="utf-8") as fh:
        for ln, raw in enumerate(fh, 1):
            def err(msg):
                errors.append("%s:%d: %s" % (path, ln, msg))
            if not raw.strip():
                err("empty line")
                continue
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as e:
                err("bad JSON: %s" % e)
                continue
            if not isinstance(rec, dict) or sorted(rec) != sorted(KEYS):
                err("keys must be exactly %s" % KEYS)
                continue
            fam, lab, text, spans, style = rec["family"], rec["label"], rec["text"], rec["spans"], rec["style"]
            if fam not in LABELS or lab not in LABELS.get(fam, ()):
                err("bad family/label %r/%r" % (fam, lab))
                continue
            if not isinstance(rec["id"], str) or rec["id"] in ids:
                err("missing or duplicate id")
            ids.add(rec["id"])
            if not isinstance(style, str) or not STYLE_RE.match(style):
                err("style not snake_case: %r" % style)
            if not isinstance(rec["note"], str) or not rec["note"].strip() or "\n" in rec["note"]:
                err("note must be one non-empty line")
            if not isinstance(text, str) or not text.strip():
                err("empty text")
                continue
            nl = text.count("\n") + 1
            if not 1 <= nl <= 12:
                err("text has %d lines" % nl)
            if text in texts:
                err("duplicate text")
            texts.add(text)
            if MS in text or ME in text:
                err("mark characters left in text")
            info = STYLE_INFO.get(style)
            if info and (info[1], info[2]) != (fam, lab):
                err("style %s belongs to %s/%s" % (style, info[1], info[2]))
            if not isinstance(spans, list):
                err("spans not a list")
                continue
            prev, good = 0, True
            for sp in spans:
                if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in sp)):
                    err("bad span %r" % (sp,))
                    good = False
                    break
                s, e = sp
                if not (0 <= s < e <= len(text)):
                    err("span %r outside text or empty" % (sp,))
                    good = False
                    break
                if s < prev:
                    err("spans overlap or are unsorted at %r" % (sp,))
                    good = False
                    break
                prev = e
            if not good:
                continue
            if lab == "negative" and spans:
                err("negative record has spans")
            if lab != "negative" and not spans:
                err("positive record has no span")
            outside = text
            for s, e in reversed(spans):
                outside = outside[:s] + "\n" + outside[e:]
            if fam == "ph":
                for s, e in spans:
                    seg = text[s:e]
                    if "\n" in seg or not PH_SPAN_RE.search(seg):
                        err("placeholder span %r does not look like a placeholder" % seg)
                m = PH_STRONG_RE.search(outside)
                if m and style not in LINT_EXEMPT:
                    err("unmarked placeholder %r" % m.group(0))
            else:
                kind = info[4] if info else None
                for s, e in spans:
                    seg = text[s:e]
                    problem = chk_kind(kind, seg) if kind else chk_any(seg)
                    if problem:
                        err("mojibake span %r: %s" % (seg[:40], problem))
                if "\ufffd" in outside:
                    err("U+FFFD outside spans")
            counts[(fam, lab)] = counts.get((fam, lab), 0) + 1
            styles[style] = styles.get(style, 0) + 1
    return errors, counts, styles


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    a = ap.parse_args(argv)
    if a.verify:
        bad = 0
        for p in a.verify:
            try:
                errors, counts, styles = verify_file(p)
            except OSError as e:
                print("%s: %s" % (p, e))
                bad += 1
                continue
            for e in errors[:50]:
                print(e)
            if len(errors) > 50:
                print("... %d more problems" % (len(errors) - 50))
            total = sum(counts.values())
            print("%s: %d records, %d styles, %s -> %s" % (
                p, total, len(styles), ", ".join("%s/%s=%d" % (f, l, n) for (f, l), n in sorted(counts.items())),
                "OK" if not errors else "%d PROBLEMS" % len(errors)))
            bad += bool(errors)
        return 1 if bad else 0
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required (or use --verify FILES)")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
