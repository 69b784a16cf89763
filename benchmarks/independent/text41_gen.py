#!/usr/bin/env python3
"""text41_gen.py -- held-out set 41: placeholders (ph) and mojibake (mj) in Chinese documents.

Standard library only.  Usage:
    python3 text41_gen.py --seed 11 --out text41_seed11.jsonl
    python3 text41_gen.py --verify text41_seed11.jsonl text41_seed12.jsonl
    python3 text41_gen.py --seed 11 --table          # markdown style table (for the README)

Every text is assembled from segments (text, is_span); offsets are recorded while
appending, so spans cannot drift.  Mojibake is produced with real codecs
(s.encode(A).decode(B, errors=...)); the note of each mojibake record names the kind
and codec chain so that --verify can re-check the damage.
"""
import argparse
import json
import random
import re
import sys
import unicodedata

T, F = True, False

# ----------------------------------------------------------------------------- pools
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严武戴莫孔汤")
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
         "秀英", "霞", "平", "刚", "桂英", "子涵", "浩然", "欣怡", "梓轩", "一诺", "宇航", "思远", "佳琪",
         "雨桐", "晨阳", "建国", "志强", "海燕", "文博", "若曦", "俊杰", "嘉怡", "天佑", "婉清", "国庆",
         "红梅", "立新", "晓东", "春华", "雅琴", "振华", "思彤", "沐阳", "锦程", "德明", "玉兰", "书瑶"]
RARE_GIVEN = ["喆", "堃", "玥", "珺", "昇", "淏", "琇", "翀", "犇", "镕", "祎", "赟", "彧", "暐", "瑄",
              "湉", "燊", "頔", "劼"]          # in GBK but not in GB2312
ORGP = ["恒达", "华信", "诚泰", "瑞丰", "中科", "启明", "鼎盛", "安居", "博远", "云帆", "锦华", "新宇",
        "同创", "嘉和", "正阳", "天合", "海纳", "汇通", "明德", "绿源"]
APPS = ["乐享生活", "云端记账", "速达外卖", "悦读", "轻松学", "邻里帮", "易行出行", "小橙健康", "简单天气",
        "口袋课堂", "晴天相册", "随手记事", "快充宝", "智慧社区"]
SCHOOLP = ["育才", "实验", "第二", "东风", "滨江", "阳光", "新华", "长安", "城南", "光明", "青山", "文昌"]
STREETS = ["人民", "解放", "建设", "滨江", "中山", "和平", "新华", "朝阳", "迎宾", "文化", "长江", "五一",
           "工业", "青年", "胜利", "环城"]
COMMUN = ["阳光花园", "翠湖苑", "金桂", "锦绣华庭", "梧桐里", "滨江一号", "幸福家园", "碧水湾", "紫荆苑",
          "城市之光", "御景湾", "和谐家园"]
DISTR = ["城关", "高新", "经开", "江南", "清城", "雷城", "东湖", "西湖", "龙华", "天河", "雨花", "新城"]
CITIES = ["清远", "湛江", "南昌", "株洲", "绵阳", "宜昌", "洛阳", "泉州", "嘉兴", "扬州", "柳州", "遵义",
          "临沂", "赣州", "芜湖", "襄阳"]
STATIONS = ["北京南", "上海虹桥", "广州南", "深圳北", "杭州东", "南京南", "武汉", "长沙南", "成都东",
            "西安北", "郑州东", "济南西", "合肥南", "重庆北", "贵阳北", "南宁东"]
AIRLINES = [("CA", "中国国际航空"), ("MU", "东方航空"), ("CZ", "南方航空"), ("HU", "海南航空"),
            ("MF", "厦门航空"), ("3U", "四川航空"), ("ZH", "深圳航空")]
AIRPORTS = ["首都国际机场", "浦东国际机场", "白云国际机场", "宝安国际机场", "双流国际机场", "天河国际机场",
            "江北国际机场", "萧山国际机场", "咸阳国际机场", "禄口国际机场"]
PLACES = ["学校报告厅", "三楼会议室", "社区党群服务中心", "行政楼201会议室", "多功能厅", "一楼大厅",
          "街道办事处二楼会议室", "综合楼五楼会议室"]
DEPTS = ["行政部", "财务部", "研发中心", "市场部", "人力资源部", "客户服务部", "质量管理部"]
POSITIONS = ["产品经理", "会计", "软件工程师", "行政专员", "销售代表", "测试工程师", "UI设计师"]
DOMAINS = ["lexiang.com.cn", "yunduan.cn", "sudawm.com", "qingsong-edu.cn", "linlibang.net",
           "ehs-tech.cn", "xiaocheng.com"]
PRODUCTS = ["电热水壶", "空气炸锅", "电饭煲", "加湿器", "吸尘器", "电吹风", "榨汁机", "电暖器", "扫地机器人"]

LABEL = {"person": "姓名", "student": "学生姓名", "teacher": "教师姓名", "org": "公司名称", "app": "应用名称",
         "school": "学校名称", "date": "日期", "ymd": "日期", "time": "时间", "num": "数量", "money": "金额",
         "pct": "比例", "phone": "联系电话", "email": "邮箱", "unit": "楼栋单元", "street": "街道",
         "community": "小区名称", "district": "区县", "city": "城市", "model": "型号", "serial": "序列号",
         "train": "车次", "seat": "座位号", "station": "车站", "flight": "航班号", "airport": "机场",
         "class_": "班级", "room": "房号", "url": "网址", "code": "验证码", "days": "天数",
         "version": "版本号", "idno": "身份证号", "qq": "QQ号", "place": "地点", "dept": "部门",
         "position": "岗位", "age": "年龄", "small": "数量", "months": "月数", "orderno": "订单号"}
VAR = {"person": "name", "student": "student_name", "teacher": "teacher_name", "org": "company_name",
       "app": "app_name", "school": "school_name", "date": "date", "ymd": "date", "time": "time",
       "num": "count", "money": "amount", "pct": "rate", "phone": "phone", "email": "email",
       "unit": "building", "street": "street", "community": "community", "district": "district",
       "city": "city", "model": "model", "serial": "serial_no", "train": "train_no", "seat": "seat_no",
       "station": "station", "flight": "flight_no", "airport": "airport", "class_": "class_name",
       "room": "room_no", "url": "website", "code": "code", "days": "days", "version": "version",
       "idno": "id_number", "qq": "qq", "place": "location", "dept": "department", "position": "position",
       "age": "age", "small": "count", "months": "months", "orderno": "order_no"}
NAMELIKE = {"person", "student", "teacher", "org", "school", "street", "community", "district", "city",
            "station", "app", "place", "dept", "airport", "position"}
NUMERIC = {"num", "money", "pct", "days", "room", "qq", "code", "age", "small", "months"}


def person(R):
    return R.choice(SURN) + R.choice(GIVEN)


def mobile(R):
    return R.choice(["13", "15", "18", "17", "19"]) + str(R.randint(0, 9)) + "".join(
        str(R.randint(0, 9)) for _ in range(8))


def idno(R):
    body = R.choice(["3301", "4401", "4418", "5101", "3205", "4208"]) + "%02d" % R.randint(1, 9) + \
        str(R.randint(1965, 2002)) + "%02d%02d" % (R.randint(1, 12), R.randint(1, 28)) + \
        "%03d" % R.randint(1, 999)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


def gen(t, R):
    """A real (filled) value for a field of type t."""
    if t == "v":
        return ""
    if t in ("person", "teacher", "student"):
        return person(R)
    if t == "org":
        return R.choice(ORGP)
    if t == "app":
        return R.choice(APPS)
    if t == "school":
        return R.choice(SCHOOLP)
    if t == "date":
        return "%d月%d日" % (R.randint(1, 12), R.randint(1, 28))
    if t == "ymd":
        return "%d年%d月%d日" % (R.randint(2021, 2025), R.randint(1, 12), R.randint(1, 28))
    if t == "time":
        return "%d:%02d" % (R.randint(7, 21), R.choice([0, 0, 15, 30, 30, 45]))
    if t == "num":
        return str(R.choice([R.randint(2, 30), R.randint(10, 480)]))
    if t == "money":
        return R.choice(["%d" % R.randint(20, 3000), "%d.%02d" % (R.randint(1, 999), R.randint(0, 99))])
    if t == "pct":
        return "%d.%d" % (R.randint(1, 60), R.randint(0, 9))
    if t == "phone":
        return R.choice([mobile(R), "0%d-%d" % (R.randint(751, 898), R.randint(2000000, 8999999))])
    if t == "email":
        return R.choice(["service", "privacy", "hr", "office", "kefu", "support"]) + "@" + R.choice(DOMAINS)
    if t == "unit":
        return "%d栋%d单元" % (R.randint(1, 28), R.randint(1, 4))
    if t == "street":
        return R.choice(STREETS)
    if t == "community":
        return R.choice(COMMUN)
    if t == "district":
        return R.choice(DISTR)
    if t == "city":
        return R.choice(CITIES)
    if t == "station":
        return R.choice(STATIONS)
    if t == "model":
        return R.choice(["XR-%d00" % R.randint(1, 9), "KF-%dGW" % R.choice([26, 35, 50, 72]),
                         "JYK-%dC%d" % (R.randint(10, 20), R.randint(10, 30)), "AF-%d" % R.randint(1000, 9999),
                         "HX-%d" % R.randint(100, 999), "SD-%dA" % R.randint(10, 99)])
    if t == "serial":
        return "SN" + "".join(str(R.randint(0, 9)) for _ in range(R.randint(8, 12)))
    if t == "train":
        return R.choice("GGGDDKZ") + str(R.randint(1, 9999) if R.random() < .5 else R.randint(100, 999))
    if t == "seat":
        return "%02d车%02d%s号" % (R.randint(1, 16), R.randint(1, 17), R.choice("ABCDF"))
    if t == "flight":
        return R.choice(AIRLINES)[0] + str(R.randint(1001, 8999))
    if t == "airport":
        return R.choice(AIRPORTS)
    if t == "class_":
        return "%s年级%d班" % (R.choice("一二三四五六"), R.randint(1, 8))
    if t == "room":
        return str(R.randint(1, 32) * 100 + R.randint(1, 6))
    if t == "url":
        return "www." + R.choice(DOMAINS)
    if t == "code":
        return "".join(str(R.randint(0, 9)) for _ in range(6))
    if t == "days":
        return str(R.choice([3, 5, 7, 15, 30]))
    if t == "version":
        return "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9))
    if t == "idno":
        return idno(R)
    if t == "qq":
        return str(R.randint(10000000, 2999999999))
    if t == "place":
        return R.choice(PLACES)
    if t == "dept":
        return R.choice(DEPTS)
    if t == "position":
        return R.choice(POSITIONS)
    if t == "age":
        return str(R.randint(18, 66))
    if t == "small":
        return str(R.randint(2, 12))
    if t == "months":
        return str(R.choice([3, 6, 12, 12, 24, 36]))
    if t == "orderno":
        return "E" + "".join(str(R.randint(0, 9)) for _ in range(9))
    raise KeyError(t)


# ----------------------------------------------------------------------------- conventions
MASKCONV = {"x_lower": "x", "X_upper": "X", "cross": "×", "fullwidth_x": "Ｘ"}
TOKENCONV = {"bracket", "mustache", "dollar", "dollar_brace", "printf", "daitian", "tianxie",
             "underscore", "underscore_fw", "star"}


def supports(conv, t):
    if t == "v":
        return False
    if conv == "mou":
        return t in ("person", "student", "teacher", "org", "school", "community", "street")
    if conv == "ling":
        return t in NAMELIKE or t in ("date", "num")
    if conv == "printf":
        return t not in ("unit", "seat", "class_")
    return True


def mask_render(t, c, R):
    def run(a, b):
        return c * R.randint(a, b)
    cc = c * 2
    if t in NAMELIKE:
        return [(run(2, 3), T)]
    if t == "date":
        return [(run(1, 2), T), ("月", F), (cc, T), ("日", F)]
    if t == "ymd":
        y = "20" + cc if (c in "xX" and R.random() < .6) else c * 4
        return [(y, T), ("年", F), (run(1, 2), T), ("月", F), (run(1, 2), T), ("日", F)]
    if t == "time":
        return [(cc + ":" + cc, T)] if R.random() < .6 else [(cc, T), ("时", F)]
    if t in ("num", "days", "small", "months"):
        return [(run(1, 3), T)]
    if t == "age":
        return [(cc, T)]
    if t == "orderno":
        return [(R.choice(["E", ""]) + run(9, 10), T)]
    if t == "room":
        return [(run(3, 4), T)]
    if t == "money":
        return [(R.choice([cc + "." + cc, c * 3, c * 4, cc + "." + c]), T)]
    if t == "pct":
        return [(R.choice([cc, cc + "." + c, c * 3]), T)]
    if t == "phone":
        return [(R.choice([c * 11, "0" + c * 3 + "-" + c * 7]), T)]
    if t == "email":
        return [(run(3, 5) + "@" + run(2, 4) + ".com", T)]
    if t == "unit":
        return [(cc, T), ("栋", F), (cc, T), ("单元", F)]
    if t == "model":
        m = c if c != "x" else "X"
        return [(R.choice([m * 3, m * 4, m * 2 + "-" + m * 3]), T)]
    if t == "serial":
        return [(run(8, 12), T)]
    if t == "seat":
        return [(cc, T), ("车", F), (cc, T), ("号", F)]
    if t == "train":
        return [(R.choice(["G" + c * 4, c * 4, "D" + c * 3]), T)]
    if t == "flight":
        return [(R.choice(AIRLINES)[0] + c * 4, T)]
    if t == "class_":
        return [(c, T), ("年级", F), (c, T), ("班", F)]
    if t == "url":
        return [("www." + run(3, 5) + ".com", T)]
    if t == "code":
        return [(c * 6, T)]
    if t == "version":
        return [(c + "." + c + "." + c, T)]
    if t == "idno":
        return [(c * 18, T)]
    if t == "qq":
        return [(run(8, 10), T)]
    raise KeyError(t)


def conv_render(conv, t, R, st):
    """Placeholder segments for one field.  st: per-record variant choices."""
    if conv in MASKCONV:
        return mask_render(t, MASKCONV[conv], R)
    if conv == "mou":
        if t in ("person", "student", "teacher"):
            return [(R.choice([st["sur"] + "某", st["sur"] + "某某", "某某", "某某"]), T)]
        return [("某某", T)]
    if conv == "ling":
        if t == "date":
            return [("〇〇", T), ("月", F), ("〇〇", T), ("日", F)]
        return [("〇" * R.choice([2, 2, 3]), T)]
    lab, var = LABEL[t], VAR[t]
    if conv == "bracket":
        return [(("[%s]" if st["v"] < .75 else "【%s】") % lab, T)]
    if conv == "mustache":
        return [(("{{%s}}" if st["v"] < .7 else "{{ %s }}") % var, T)]
    if conv == "dollar":
        return [("$%s$" % var.upper(), T)]
    if conv == "dollar_brace":
        parts = var.split("_")
        return [("${%s}" % (parts[0] + "".join(p.title() for p in parts[1:])), T)]
    if conv == "printf":
        return [("%d" if t in NUMERIC else "%s", T)]
    if conv == "daitian":
        return [(["【待填】", "【待填：%s】" % lab, "（待填）"][int(st["v"] * 3)], T)]
    if conv == "tianxie":
        return [(["（填写%s）" % lab, "（请填写%s）" % lab, "（填写）"][int(st["v"] * 3)], T)]
    if conv == "underscore":
        return [("_" * R.randint(4, 8), T)]
    if conv == "underscore_fw":
        return [("＿" * R.randint(3, 6), T)]
    if conv == "star":
        return [(("＊" if st["v"] < .5 else "*") * R.randint(2, 4), T)]
    raise KeyError(conv)


# ----------------------------------------------------------------------------- template rendering
FIELD_RE = re.compile(r"\{(\w+)(?:\|([^#}]*))?(?:#(\w+))?\}")


def V(s):
    """A literal value that should count as a field value (for field-level damage)."""
    return "{v|%s}" % s


def render(lines, R, conv=None, p=(0.5, 1.0)):
    """Render template lines.  Returns (lines_of_segments, masked_types).

    A segment is (text, is_span, kind) with kind 'lit', 'val' or 'ph'."""
    parsed, keys = [], {}
    for li, line in enumerate(lines):
        units, pos = [], 0
        for m in FIELD_RE.finditer(line):
            if m.start() > pos:
                units.append(("lit", line[pos:m.start()]))
            typ, suf, key = m.group(1), m.group(2) or "", m.group(3)
            if key is None:
                key = "%s@%d.%d" % (typ, li, m.start())
            keys.setdefault(key, typ)
            units.append(("fld", typ, suf, key))
            pos = m.end()
        if pos < len(line):
            units.append(("lit", line[pos:]))
        parsed.append(units)
    values = {k: gen(t, R) for k, t in keys.items()}
    masked = {}
    if conv:
        st = {"v": R.random(), "sur": R.choice(SURN)}
        elig = [k for k, t in keys.items() if supports(conv, t)]
        if not elig:
            raise ValueError("no eligible field")
        prob = R.uniform(*p)
        chosen = [k for k in elig if R.random() < prob] or [R.choice(elig)]
        for k in chosen:
            masked[k] = conv_render(conv, keys[k], R, st)
    out = []
    for units in parsed:
        segs = []
        for u in units:
            if u[0] == "lit":
                segs.append((u[1], F, "lit"))
                continue
            _, typ, suf, key = u
            if key in masked:
                segs.extend((s, f, "ph" if f else "lit") for s, f in masked[key])
                if suf and conv not in TOKENCONV:
                    segs.append((suf, F, "lit"))
            else:
                segs.append((values[key] + suf, F, "val"))
        out.append(segs)
    return out, sorted({keys[k] for k in masked})


def assemble(lines_segs, merge=True):
    parts, spans, n = [], [], 0
    for i, segs in enumerate(lines_segs):
        if i:
            parts.append("\n")
            n += 1
        for seg in segs:
            s, f = seg[0], seg[1]
            if not s:
                continue
            if f:
                if merge and spans and spans[-1][1] == n:
                    spans[-1][1] = n + len(s)
                else:
                    spans.append([n, n + len(s)])
            parts.append(s)
            n += len(s)
    return "".join(parts), spans


def plain(lines_segs):
    return ["".join(s[0] for s in segs) for segs in lines_segs]


WD = "一二三四五六日"


def keep(R, lst, k):
    """k items of lst, original order kept."""
    idx = sorted(R.sample(range(len(lst)), k))
    return [lst[i] for i in idx]


# ----------------------------------------------------------------------------- document shells
def sh_school(R):
    topic, event = R.choice([("召开期中家长会", "家长会"), ("开展秋季研学实践活动", "研学行前说明会"),
                             ("开展学生视力筛查", "视力筛查"), ("举办校园开放日", "校园开放日活动"),
                             ("做好寒假安全教育", "寒假安全教育家长会")])
    L = ["{school|小学#sc}关于%s的通知" % topic,
         R.choice(["尊敬的{student#s}同学家长：", "{class_}{student#s}同学家长：", "各位家长："]),
         "您好！为加强家校沟通，学校定于{date#d}（星期%s）{time}在{place}举行%s，请您准时参加。" % (R.choice(WD[:5]), event)]
    extra = ["请于{date}前将回执交至班主任{teacher}老师处。",
             "本次活动每生需缴纳费用{money}元，由班主任统一收取，不足部分由学校承担。",
             "活动当天请家长从学校{street|路}侧门进入，校内不提供停车位。",
             "如有疑问，请联系学校教务处，电话：{phone}。",
             "因故不能参加的家长，请提前{days}天向班主任请假。"]
    R.shuffle(extra)
    L += extra[:R.randint(2, 4)]
    L += ["{school|小学#sc}", "{ymd}"]
    return L


def sh_police(R):
    sus = R.choice(SURN) + R.choice(["某某", "某"])
    inc = R.choice(["盗窃电动自行车案", "故意损毁财物案", "寻衅滋事案", "交通肇事逃逸案", "电信网络诈骗案"])
    L = ["{district|区#d}公安分局警情通报",
         "{ymd}{time}许，{district|区#d}公安分局接群众报警称，{street|路}与{street|路}交叉路口附近发生一起%s。" % inc,
         "接警后，辖区派出所民警迅速赶赴现场处置。经初步调查，犯罪嫌疑人%s（男，{age}岁，本地人）有重大作案嫌疑。" % sus,
         "{date}，民警在{community|小区}将%s抓获，现场查获涉案物品{small}件。" % sus,
         "目前，%s已被依法%s，案件正在进一步侦办中。" % (sus, R.choice(["刑事拘留", "行政拘留", "采取刑事强制措施"])),
         R.choice(["（注：根据相关规定，本通报中涉案人员姓名已作匿名化处理。）",
                   "（按照警情发布规定，涉案人员以化名表示，特此说明。）"]),
         "{district|区#d}公安分局", "{ymd}"]
    return L


def sh_manual(R):
    prod = R.choice(PRODUCTS)
    L = ["{org|电器有限公司#o}", "%s使用说明书" % prod,
         "产品名称：%s" % prod, "产品型号：{model#m}",
         "额定电压：220V~ 50Hz    额定功率：%dW" % R.choice([800, 1200, 1500, 1800, 2000]),
         "使用前请仔细阅读本说明书，并妥善保管以备日后查阅。",
         "本产品保修期为{months}个月，保修期内凭购机发票享受免费维修服务。",
         "售后服务热线：{phone}（工作日9:00-18:00）",
         "制造商地址：{city|市}{district|区}{street|路}{num}号"]
    return L[:2] + keep(R, L[2:], R.randint(5, 7))


def sh_warranty(R):
    L = ["产品保修卡", "用户姓名：{person}        联系电话：{phone}",
         "产品型号：{model}        机身编号：{serial}",
         "购买日期：{ymd}        经销商：{org|商贸有限公司}",
         "用户地址：{city|市}{community|小区}{unit}{room}室",
         "保修期限：自购买之日起{months}个月",
         "注：本卡须加盖经销商印章方为有效，请妥善保管，遗失不补。"]
    return L[:2] + keep(R, L[2:6], R.randint(3, 4)) + L[6:]


def sh_privacy(R):
    L = ["{app#a}隐私政策", "更新日期：{ymd}        生效日期：{ymd}",
         "{app#a}（以下简称“本应用”）由{org|科技有限公司#o}（以下简称“我们”）开发和运营。",
         "我们深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。",
         "一、我们如何收集和使用您的个人信息",
         "在您注册{app#a}账号时，我们会收集您的手机号码，用于创建账号和验证身份。",
         "当您使用附近门店功能时，我们会在获得您授权后收集您的位置信息，您可随时在系统设置中关闭。",
         "二、如何联系我们",
         "如您对本政策有任何疑问，可发送邮件至{email}或致电{phone}与我们联系，我们将在{days}个工作日内回复。",
         "注册地址：{city|市}{district|区}{street|路}{num}号"]
    return L[:4] + keep(R, L[4:7], R.randint(1, 3)) + L[7:]


def sh_agreement(R):
    L = ["{app#a}用户服务协议", "版本号：{version}    发布日期：{ymd}",
         "欢迎您使用{app#a}！本协议是您与{org|网络科技有限公司#o}（以下简称“公司”）之间就使用本服务所订立的协议。",
         "1. 您应当在使用本服务前认真阅读本协议全部条款，特别是以粗体标识的免除或限制责任的条款。",
         "2. 您注册成功后，应妥善保管账号及密码，因您保管不善导致的损失由您自行承担。",
         "3. 会员服务费用为每月{money}元，连续包月可随时取消，已扣除的费用不予退还。",
         "4. 因本协议产生的争议，双方应协商解决；协商不成的，任何一方均可向{city|市}{district|区}人民法院提起诉讼。",
         "公司客服邮箱：{email}"]
    return L[:3] + keep(R, L[3:7], R.randint(2, 4)) + L[7:]


def sh_property(R):
    work, svc = R.choice([("供水管道维修", "供水"), ("电梯年度检验", "电梯运行"), ("外墙清洗", "阳台晾晒"),
                          ("燃气管道安全检查", "燃气供应"), ("高压配电房检修", "供电"), ("化粪池清掏", "地下车库通行")])
    L = ["关于{unit#u}%s的通知" % work, "各位业主、住户：",
         "因%s需要，我司定于{date}{time}至{time}对{community|小区#c}{unit#u}进行%s，届时将暂停%s，请提前做好准备。" % (work, work, svc),
         R.choice(["请各位业主提前储水，施工期间请勿打开水龙头。", "请业主们合理安排出行，给您带来的不便敬请谅解。",
                   "施工期间请看管好儿童，勿靠近作业区域。"]),
         "如有疑问，请致电物业服务中心：{phone}。",
         "特此通知！", "{org|物业服务有限公司}", "{community|小区#c}物业服务中心", "{ymd}"]
    if R.random() < .4:
        del L[5]
    return L


def sh_train(R):
    L = ["【铁路电子客票】行程信息提示",
         "订单号：{orderno}",
         "乘车人：{person}",
         "车次：{train}    {station|站} → {station|站}",
         "发车时间：{ymd} {time}开",
         "座位：{seat}    二等座",
         "票价：¥{money}元",
         "请携带购票时使用的有效身份证件原件，于开车前{small}0分钟到达车站检票。"]
    return L


def sh_flight(R):
    code, name = R.choice(AIRLINES)
    L = ["航空运输电子客票行程单",
         "旅客姓名：{person}",
         "航班号：{flight}    承运人：%s" % name,
         "出发：{city|} {airport}  T%d" % R.randint(1, 3),
         "到达：{city|} {airport}",
         "起飞时间：{ymd} {time}",
         "舱位：经济舱    免费行李额：{small}KG",
         "票价：CNY {money}    民航发展基金：CNY 50.00",
         "温馨提示：航班起飞前45分钟停止办理乘机手续，请合理安排出行时间。"]
    return L


def sh_forum(R):
    body = R.choice(["楼主说得有道理，我家去年装修也遇到过类似情况，后来换了一家公司才解决。",
                     "顶一下，这个方法亲测有效，我的旧电脑按这个步骤重装后流畅多了。",
                     "路过支持，希望版主能把这个帖子加精，让更多新人看到。",
                     "感谢分享！收藏了，周末带孩子去试试这条自驾路线。"])
    L = ["回复 {num} 楼 {person#u} 的帖子", body, "",
         "----------------------------------------",
         R.choice(["签名：{person#u}的小窝，欢迎常来坐坐", "签名：人生如逆旅，我亦是行人。"]),
         "本人QQ：{qq}    有事请留言",
         "我的小店：{url}    {city|市}{org|装饰工程有限公司}    电话：{phone}"]
    if R.random() < .4:
        L.insert(2, R.choice(["另外补充一点：记得保留好票据。", "有问题可以私信我。"]))
    return L


def sh_summary(R):
    L = ["{street|街道#s}%d年%s工作总结" % (R.randint(2021, 2024), R.choice(["上半年", "", "第三季度"])),
         "今年以来，{street|街道#s}在区委、区政府的正确领导下，紧紧围绕年度目标任务，扎实推进各项工作。现将有关情况汇报如下：",
         "一是经济运行总体平稳。截至{date}，全街道完成规模以上工业总产值{money}亿元，同比增长{pct}%。",
         "二是民生保障持续加强。全年发放各类救助资金{money}万元，惠及困难群众{num}户。",
         "三是安全生产形势稳定。累计开展安全检查{num}次，排查整改各类隐患{num}处。",
         "四是创文工作扎实推进。组织志愿服务活动{num}场次，参与群众{num}人次。",
         "{person}副主任多次带队到{community|社区}督导检查，现场协调解决问题{small}个。",
         "下一步，我们将继续坚持问题导向，确保各项任务落到实处。"]
    return L[:2] + keep(R, L[2:7], R.randint(3, 5)) + L[7:]


def sh_commend(R):
    act, reward = R.choice([("拾金不昧", "拾到一个黑色钱包，内有现金{money}元及身份证、银行卡等物品"),
                            ("见义勇为", "发现有老人突然晕倒，立即拨打急救电话并进行心肺复苏"),
                            ("爱岗敬业", "连续{num}天坚守抢修一线，保障了片区{num}户居民正常用水")])
    L = ["关于表扬{person#p}同志%s行为的通报" % act, "各部门、各单位：",
         "{date}，我公司员工{person#p}同志在{place}工作时，%s。" % reward,
         "{person#p}同志的行为体现了良好的职业素养，受到群众一致好评。",
         "为弘扬正气，经公司研究决定，对{person#p}同志予以通报表扬，并给予奖励人民币{money}元。",
         "希望全体员工以{person#p}同志为榜样，立足岗位，争做贡献。",
         "{org|集团有限公司}", "{ymd}"]
    return L


def sh_meeting(R):
    topic = R.choice(["安全生产", "防汛防台", "年度预算编制", "消防安全", "信息化建设", "垃圾分类"])
    L = ["关于召开%s工作会议的通知" % topic, "各部门、各下属单位：",
         "经研究，定于{date}{time}在{place}召开%s工作会议，现将有关事项通知如下：" % topic,
         "一、参会人员：各单位分管负责同志及联络员，每单位限{small}人。",
         "二、会议议程：通报上阶段工作情况；部署下阶段重点任务；领导讲话。",
         "三、请各单位于{date}前将参会回执报送至{email}。",
         "联系人：{person}，电话：{phone}。",
         "{org|集团办公室}", "{ymd}"]
    return L


def sh_sms(R):
    a = "【{app#a}】"
    pool = [a + "尊敬的{person#n}，您的验证码为{code}，{days}分钟内有效，请勿泄露给他人。",
            a + "{person#n}您好，您于{date}{time}预约的上门服务已确认，服务人员将提前{small}0分钟与您联系。",
            a + "您的订单已发货，快递单号{serial}，预计{date}送达，请注意查收。",
            a + "亲爱的会员{person#n}，您的积分{num}分将于{ymd}到期，请尽快使用。",
            a + "您本月账单金额{money}元，请于{date}前完成还款，退订回T"]
    return R.sample(pool, R.randint(1, 3))


def sh_lease(R):
    L = ["房屋租赁合同",
         "出租方（甲方）：{person#a}    身份证号：{idno}",
         "承租方（乙方）：{person#b}    联系电话：{phone}",
         "第一条 甲方将位于{city|市}{district|区}{community|小区}{unit}{room}室的房屋出租给乙方居住使用，建筑面积{num}平方米。",
         "第二条 租赁期限自{ymd}起至{ymd}止，共计{months}个月。",
         "第三条 月租金为人民币{money}元，乙方应于每月{small}日前支付当月租金。",
         "第四条 押金为人民币{money}元，租赁期满房屋及设施无损坏的，甲方应全额退还。",
         "第五条 租赁期间，水、电、燃气及物业管理费由乙方承担。",
         "甲方（签字）：{person#a}        乙方（签字）：{person#b}",
         "签订日期：{ymd}"]
    return L[:3] + keep(R, L[3:8], R.randint(3, 5)) + L[8:]


def sh_offer(R):
    L = ["录用通知书", "{person#n}先生/女士：",
         "您好！非常高兴地通知您，经过面试评估，您已被{org|科技有限公司#o}录用为{dept}{position}。",
         "报到时间：{ymd} {time}",
         "报到地点：{city|市}{street|路}{num}号{org|科技有限公司#o}前台",
         "试用期{small}个月，试用期月薪为税前人民币{money}元，转正后按公司薪酬制度执行。",
         "请于{date}前回复邮件确认是否接受本录用通知，逾期视为自动放弃。",
         "联系人：{person}    电话：{phone}    邮箱：{email}",
         "{org|科技有限公司#o}人力资源部"]
    return L


def sh_press(R):
    ev = R.choice(["智能制造产业园项目签约仪式", "新能源汽车零部件基地开工仪式", "年度创新成果发布会",
                   "数字乡村建设推进会"])
    L = ["{org|集团#o}%s在{city|市#c}举行" % ev,
         "本报讯（记者 {person} 通讯员 {person}）{date}，{org|集团#o}%s在{city|市#c}{district|区}举行。" % ev,
         "据介绍，该项目总投资{money}亿元，规划用地{num}亩，预计{ymd}建成投产，达产后年产值可达{money}亿元。",
         "{org|集团#o}董事长{person}表示，公司将以此次活动为契机，持续加大研发投入。",
         "{city|市#c}副市长{person}出席活动并致辞。",
         "活动现场，共有{num}家企业签署合作协议，签约金额合计{money}亿元。"]
    return L[:2] + keep(R, L[2:], R.randint(2, 4))


PH_SHELLS = {"school_notice": sh_school, "police_report_draft": sh_police, "product_manual": sh_manual,
             "warranty_card": sh_warranty, "privacy_policy": sh_privacy, "user_agreement": sh_agreement,
             "property_notice": sh_property, "train_itinerary": sh_train, "flight_itinerary": sh_flight,
             "forum_signature": sh_forum, "work_summary": sh_summary, "commendation_notice": sh_commend,
             "meeting_notice": sh_meeting, "sms_template": sh_sms, "lease_contract": sh_lease,
             "offer_letter": sh_offer, "press_release": sh_press}

PH_POS = [("school_notice", c) for c in ("x_lower", "X_upper", "bracket", "underscore", "tianxie", "cross")] + \
    [("police_report_draft", c) for c in ("x_lower", "cross", "X_upper")] + \
    [("product_manual", c) for c in ("X_upper", "daitian", "bracket")] + \
    [("warranty_card", c) for c in ("X_upper", "underscore", "fullwidth_x")] + \
    [("privacy_policy", c) for c in ("mustache", "bracket", "dollar", "daitian")] + \
    [("user_agreement", c) for c in ("bracket", "mustache", "X_upper", "underscore")] + \
    [("property_notice", c) for c in ("x_lower", "X_upper", "cross", "ling", "bracket")] + \
    [("train_itinerary", c) for c in ("x_lower", "mustache", "dollar_brace")] + \
    [("flight_itinerary", c) for c in ("X_upper", "mustache", "bracket")] + \
    [("forum_signature", c) for c in ("bracket", "X_upper", "underscore")] + \
    [("work_summary", c) for c in ("x_lower", "X_upper", "cross", "mou")] + \
    [("commendation_notice", c) for c in ("mou", "cross")] + \
    [("meeting_notice", c) for c in ("x_lower", "tianxie", "daitian", "cross")] + \
    [("sms_template", c) for c in ("mustache", "printf", "star", "dollar_brace")] + \
    [("lease_contract", c) for c in ("underscore", "underscore_fw", "bracket", "X_upper")] + \
    [("offer_letter", c) for c in ("bracket", "mustache", "x_lower")] + \
    [("press_release", c) for c in ("X_upper", "ling", "x_lower")]

# The police draft keeps its deliberate pseudonym (李某某) as literal text; only unfilled
# time/place/number fields become spans.
TEMPLATE_CONVS = TOKENCONV  # templates that were never filled: most fields are placeholders


def make_ph_pos(shell, conv):
    def f(R):
        lines = PH_SHELLS[shell](R)
        p = (0.7, 1.0) if conv in TEMPLATE_CONVS else (0.3, 0.8)
        segs, types = render(lines, R, conv, p)
        text, spans = assemble(segs, merge=conv in ("underscore", "underscore_fw", "star"))
        return text, spans, "%s; unfilled %s placeholders in: %s" % (shell.replace("_", " "), conv, ",".join(types))
    return f


# ----------------------------------------------------------------------------- ph negatives
def fill(lines, R):
    segs, _ = render(lines, R, None)
    return "\n".join(plain(segs))


def n_1plusx(R):
    school = R.choice(CITIES) + R.choice(["职业技术学院", "交通职业技术学院", "工贸职业技术学校", "卫生职业学院"])
    certs = R.sample(["Web前端开发", "老年照护", "汽车运用与维修", "智能财税", "母婴护理", "工业机器人操作与运维",
                      "数字媒体交互设计", "网店运营推广"], 3)
    L = ["%s关于做好%d年1+X证书制度试点工作的通知" % (school, R.randint(2020, 2024)), "各二级学院：",
         "为深入推进“学历证书+若干职业技能等级证书”（1+X证书）制度试点，现就有关事项通知如下：",
         "一、今年我校申报%s、%s、%s等%d个1+X职业技能等级证书试点，计划参与学生{num}人。" % (*certs, R.randint(6, 15)),
         "二、各试点专业要将1+X证书培训内容有机融入专业人才培养方案，实现书证融通。",
         "三、考核合格的学生，可按规定申请学分认定与转换。",
         "教务处", "{ymd}"]
    return fill(L, R)


def n_7plusx(R):
    comm = R.choice(COMMUN)
    L = ["%s社区“7+X”便民服务清单" % comm,
         "为进一步提升为民服务水平，社区推出“7+X”服务模式：“7”指每周7天全天候受理居民诉求，“X”指根据居民需求灵活增设的特色服务项目。",
         "目前“X”类服务包括：%s。" % "、".join(R.sample(["理发义剪", "家电维修", "法律咨询", "老年助餐", "四点半课堂",
                                                      "健康义诊", "磨刀修伞"], 4)),
         "服务时间：周一至周日 8:30-17:30", "咨询电话：{phone}"]
    return fill(L, R)


def n_x86(R):
    sw = R.choice(["办公助手", "看图王", "文件同步客户端", "驱动管理器", "远程协助工具"])
    ver = "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99))
    L = ["%s %s 下载" % (sw, ver), "更新日期：{ymd}    大小：%d.%dMB" % (R.randint(20, 300), R.randint(0, 9)),
         "支持系统：Windows 11 / 10 / 8.1 / 7 SP1（x86、x64），macOS 11及以上（Intel与Apple芯片）",
         "下载地址：",
         "· Windows x64 安装包（推荐）",
         "· Windows x86 安装包（适用于32位系统）",
         "· ARM64 版本（测试版）",
         "注：Windows XP及Vista系统已停止支持，请使用%d.x版本。" % R.randint(2, 4)]
    return fill(L, R)


def n_xray(R):
    nm = person(R)
    L = ["{city|市}人民医院 影像检查报告单",
         "姓名：%s    性别：%s    年龄：{age}岁    检查号：{serial}" % (nm, R.choice("男女")),
         "检查项目：%s" % R.choice(["胸部X线正侧位片", "腰椎X光正侧位", "右手腕关节X射线摄影", "DR胸部正位片"]),
         "影像所见：双肺纹理清晰，未见明确实质性病变；心影大小、形态正常；双侧膈面光整，肋膈角锐利。",
         "诊断意见：%s" % R.choice(["胸部X线检查未见明显异常。", "所示骨质未见明显骨折征象。"]),
         "备注：孕妇及备孕人群进行X射线检查前请告知医护人员。",
         "报告医师：%s    审核医师：%s    报告日期：{ymd}" % (person(R), person(R))]
    return fill(L, R)


def n_times(R):
    a, b, c = R.randint(2, 9), R.randint(2, 9), R.randint(2, 9)
    L = ["%s年级数学第%d单元练习（%s）" % (R.choice("三四五"), R.randint(2, 8), R.choice(["长方体的体积", "乘法运算律", "面积计算"])),
         "一、计算下面各题。",
         "（1）%d×%d=    （2）%d×%d×%d=    （3）%d×（%d+%d）=" % (a, b, a, b, c, c, a, b),
         "二、一个长方体的长是%d厘米，宽是%d厘米，高是%d厘米，它的体积是多少立方厘米？" % (a + 5, b, c),
         "提示：长方体的体积=长×宽×高。",
         "三、用简便方法计算：25×%d×4，125×%d。" % (a, b * 8)]
    return "\n".join(L)


def n_mathvar(R):
    a, b = R.randint(2, 9), R.randint(1, 20)
    L = ["例%d  %s" % (R.randint(1, 6), R.choice(["列方程解应用题", "一次函数的图像"])),
         "某商店运来苹果若干千克，第一天卖出总数的一半多%d千克，还剩%d千克。问原来运来苹果多少千克？" % (b, a * 10),
         "解：设原来运来苹果x千克。",
         "根据题意，得 x-(x/2+%d)=%d，" % (b, a * 10),
         "解得 x=%d。" % (2 * (a * 10 + b)),
         "答：原来运来苹果%d千克。" % (2 * (a * 10 + b)),
         "拓展：在平面直角坐标系中画出函数y=%dx+%d的图像，并求它与x轴、y轴的交点坐标。" % (a, b)]
    return "\n".join(L[:R.randint(6, 7)])


def n_mou_words(R):
    S = ["在某种程度上，短视频改变了人们获取信息的方式。",
         "某些用户反映，新版界面的字体偏小，阅读起来比较吃力。",
         "调查显示，某些地区的垃圾分类准确率仍然偏低，需要进一步加强宣传引导。",
         "每个人都可能在某个时刻感到迷茫，这并不可怕。",
         "专家提醒，某种药物与酒精同服可能引发不良反应，用药前请仔细阅读说明书。",
         "某些商家以“限时特价”为名先涨后降，这种做法涉嫌价格欺诈。",
         "对于某一类特定问题，模型的回答仍不够稳定。"]
    title = R.choice(["评论：别让“流量焦虑”绑架了生活", "消费提示：理性看待节日促销", "编者按"])
    return "\n".join([title] + R.sample(S, R.randint(3, 5)))


def n_mou_narrative(R):
    S = ["某年冬天，父亲带我去县城赶集，那是我第一次坐上拖拉机。",
         "某日午后，巷口的老槐树下忽然热闹起来，原来是修伞的师傅又来了。",
         "后来在某个下着小雨的傍晚，我又路过那家小书店，门已经关了。",
         "某天深夜，母亲还在灯下缝补衣服，我假装睡着，偷偷看了她很久。",
         "很多年以后，我在某座南方城市的地铁里，又闻到了那股熟悉的桂花香。"]
    return "\n".join(["散文｜%s" % R.choice(["那些年的集市", "巷口的槐树", "灯下"]),
                      "文/%s" % person(R)] + R.sample(S, R.randint(3, 4)))


def n_model(R):
    m = R.choice(["XR-300", "XR-200", "X9 Pro", "XL-2000", "MX-5", "AX3000", "X-T5"])
    prod = R.choice(["无线路由器", "便携投影仪", "蓝牙音箱", "运动相机", "电动牙刷"])
    L = ["%s %s 产品规格" % (prod, m), "型号：%s" % m,
         "颜色：%s" % R.choice(["曜石黑", "月光白", "星空灰"]),
         "尺寸：%d×%d×%dmm    重量：约%dg" % (R.randint(80, 200), R.randint(40, 120), R.randint(10, 60), R.randint(150, 900)),
         "接口：USB Type-C ×1，3.5mm音频接口 ×1",
         "兼容配件：%s专用支架、%s-B扩展底座" % (m, m.split()[0]),
         "执行标准：GB/T %d-%d" % (R.randint(10000, 40000), R.randint(2010, 2022))]
    return "\n".join(L)


def n_masked_phone(R):
    ph = mobile(R)
    L = ["【取件通知】", "您的快递已到达{community|小区}菜鸟驿站，取件码 %d-%d-%04d。" % (R.randint(1, 9), R.randint(1, 6), R.randint(1, 9999)),
         "收件人：%s*    手机号：%s****%s" % (R.choice(SURN), ph[:3], ph[-4:]),
         "为保护您的隐私，短信中的姓名和手机号已做部分隐藏处理。",
         "营业时间：8:00-21:00，逾期{small}天未取将退回寄件人。"]
    return fill(L, R)


def n_masked_id(R):
    i = idno(R)
    L = ["【铁路电子客票】购票成功", "乘车人：%s    证件号码：%s**********%s" % (person(R), i[:4], i[-4:]),
         "车次：{train}    {station|站} → {station|站}", "发车时间：{ymd} {time}开",
         "座位：{seat}    二等座    票价：¥{money}元",
         "（为保护旅客个人信息，证件号码已按规定进行部分隐藏显示。）"]
    return fill(L, R)


def n_roman(R):
    S = ["北京2022年冬奥会是第XXIV届冬季奥林匹克运动会，也是中国首次举办冬奥会。",
         "法国国王路易十四（Louis XIV）在位长达七十二年，是欧洲历史上在位时间最长的君主之一。",
         "本书分为上、中、下三卷，第Ⅱ卷主要讨论明清时期的海外贸易。",
         "该新药目前已进入Ⅲ期临床试验阶段，预计明年提交上市申请。",
         "教皇庇护十二世（Pius XII）于1939年当选。",
         "第LVII届超级碗于2023年2月在美国亚利桑那州举行。",
         "钟表表盘上常用Ⅰ、Ⅱ、Ⅲ……Ⅻ等罗马数字表示钟点。"]
    return "\n".join([R.choice(["知识小百科：罗马数字", "阅读材料", "历史小常识"])] + R.sample(S, R.randint(3, 4)))


def n_chess(R):
    games = [("西班牙开局", "1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6 5.O-O f6"),
             ("后翼弃兵", "1.d4 d5 2.c4 dxc4 3.Nf3 Nf6 4.e3 e6 5.Bxc4 c5"),
             ("西西里防御", "1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6 5.Nc3 a6"),
             ("意大利开局", "1.e4 e5 2.Nf3 Nc6 3.Bc4 Bc5 4.c3 Nf6 5.d4 exd4 6.cxd4")]
    name, mv = R.choice(games)
    L = ["国际象棋入门第%d课：%s" % (R.randint(3, 12), name),
         "记谱说明：K王、Q后、R车、B象、N马，兵不写字母；“x”表示吃子，“+”表示将军，“O-O”表示王翼易位。",
         "本课示范对局：", mv,
         "请注意第%d回合的吃子着法，思考白方为什么选择用轻子兑换。" % R.randint(3, 5),
         "课后练习：在棋盘上摆出以上局面，并尝试用Qxf7+寻找战术机会。"]
    return "\n".join(L)


def n_sizes(R):
    base = R.randint(160, 168)
    rows = []
    for i, sz in enumerate(["S", "M", "L", "XL", "XXL", "XXXL"][:R.randint(5, 6)]):
        rows.append("%s    %d/%dA    胸围%dcm    衣长%dcm" % (sz, base + 5 * i, 80 + 4 * i, 96 + 4 * i, 66 + 2 * i))
    L = ["%s 尺码表" % R.choice(["男士纯棉短袖T恤", "女士羊毛开衫", "儿童冲锋衣", "运动卫衣"]),
         "尺码    号型    胸围    衣长"] + rows + ["温馨提示：体重超过%d斤建议选择XXL及以上尺码，手工测量存在1-2cm误差。" % R.randint(150, 180)]
    return "\n".join(L)


CN_NUM = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_NUM[int(d)] for d in str(y))


def cn_small(n):
    return {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}.get(
        n, "十" + CN_NUM[n - 10] if n < 20 else CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else ""))


def n_cn_zero(R):
    y, m, d = R.randint(2010, 2025), R.randint(1, 12), R.randint(1, 28)
    org = R.choice(CITIES) + R.choice(["市人民政府办公室", "市教育局", "市卫生健康委员会", "县人民政府"])
    L = ["%s关于印发《%s》的通知" % (org, R.choice(["城市更新三年行动方案", "学校食品安全管理办法", "基层医疗机构建设标准"])),
         "各有关单位：", "现将《实施方案》印发给你们，请认真贯彻执行。",
         "本方案自印发之日起施行，有效期至%s年十二月三十一日。" % cn_year(y + 3),
         org, "%s年%s月%s日" % (cn_year(y), cn_small(m), cn_small(d)),
         "（此件公开发布）"]
    return "\n".join(L)


def n_tickcross(R):
    items = ["地球绕太阳公转一周大约需要365天。", "所有的金属都能被磁铁吸引。", "植物的光合作用需要阳光。",
             "声音在真空中传播得最快。", "水在0℃时一定会结冰。", "月球本身会发光。", "蒸发需要吸收热量。"]
    pick = R.sample(items, 4)
    L = ["%s年级科学单元检测" % R.choice("三四五六"), "二、判断题（对的在括号里打“√”，错的打“×”）"]
    L += ["%d. %s（    ）" % (i + 1, t) for i, t in enumerate(pick)]
    L += ["三、选择题（将正确答案的序号填在括号里）", "参考答案：1.√ 2.× 3.√ 4.×（仅供教师使用）"]
    return "\n".join(L)


def n_nox(R):
    L = ["{city|市}%d年%s生态环境质量公报（节选）" % (R.randint(2019, 2024), R.choice(["", "上半年"])),
         "全市二氧化硫（SO2）年均浓度为%d微克/立方米，二氧化氮（NO2）年均浓度为%d微克/立方米。" % (R.randint(5, 15), R.randint(18, 40)),
         "重点行业完成氮氧化物（NOx）超低排放改造%d家，NOx排放总量同比下降%d.%d%%。" % (R.randint(3, 30), R.randint(2, 15), R.randint(0, 9)),
         "挥发性有机物（VOCs）治理持续推进，SOx与NOx协同减排成效明显。"]
    return fill(L, R)


def n_hex(R):
    a = R.randint(0x10, 0x7F)
    L = ["%s 寄存器说明" % R.choice(["温湿度传感器", "I2C接口EEPROM", "电机驱动芯片"]),
         "器件地址：0x%02X（7位地址）" % a,
         "0x00  STATUS   只读  bit0为1表示数据就绪",
         "0x01  CTRL     读写  写入0x%02X启动单次测量" % R.randint(1, 0xFF),
         "0x0%X  DATA_H   只读  测量结果高8位" % R.randint(2, 9),
         "示例：i2c_write(0x%02X, 0x01, 0xA5); 读取前需等待至少%dms。" % (a, R.randint(2, 50))]
    return "\n".join(L)


def n_resolution(R):
    w, h = R.choice([(1920, 1080), (2560, 1440), (3840, 2160), (1280, 720)])
    L = ["%s 参数" % R.choice(["27英寸显示器", "4K投影仪", "网络摄像头", "行车记录仪"]),
         "分辨率：%dx%d    刷新率：%dHz" % (w, h, R.choice([60, 75, 144, 165])),
         "变焦：%dx光学变焦，%dx数字变焦" % (R.randint(2, 5), R.randint(8, 30)),
         "视频录制：%d×%d@30fps" % (w, h),
         "播放速度：0.5x / 1x / 1.25x / 1.5x / 2x 可调",
         "包装尺寸：%d×%d×%dcm" % (R.randint(30, 80), R.randint(20, 50), R.randint(10, 30))]
    return "\n".join(L[:1] + keep(R, L[1:], R.randint(3, 5)))


def n_brand_x(R):
    S = ["SpaceX今日成功发射新一批星链卫星，这是该公司今年第%d次发射任务。" % R.randint(10, 90),
         "苹果公司于2017年推出iPhone X，首次采用全面屏设计。",
         "微软宣布，Xbox Game Pass订阅用户数量已突破%d千万。" % R.randint(2, 4),
         "电影《X战警：天启》将于本周末在央视电影频道播出。",
         "社交平台X（原推特）近日调整了内容推荐算法。",
         "小米MIX Fold系列新机预计下月发布。",
         "“Z世代”和“X世代”在消费观念上存在明显差异。"]
    return "\n".join(["科技早报｜%d月%d日" % (R.randint(1, 12), R.randint(1, 28))] + R.sample(S, R.randint(3, 4)))


def n_genetics(R):
    dis = R.choice([("红绿色盲", "B", "b"), ("血友病", "H", "h"), ("进行性肌营养不良", "D", "d")])
    L = ["高中生物 必修2  第%d章第%d节 伴性遗传" % (R.randint(2, 3), R.randint(1, 3)),
         "人类的性别由性染色体决定：女性的性染色体组成为XX，男性为XY。",
         "%s是伴X染色体隐性遗传病，其致病基因位于X染色体上，Y染色体上没有它的等位基因。" % dis[0],
         R.choice(["若母亲为携带者（X^%s X^%s），父亲正常（X^%s Y），则儿子患病的概率为1/2。" % (dis[1], dis[2], dis[1]),
                   "若父亲患病（X^%s Y），母亲正常且非携带者（X^%s X^%s），则女儿均为携带者。" % (dis[2], dis[1], dis[1])]),
         R.choice(["抗维生素D佝偻病则是伴X染色体显性遗传病，女性患者多于男性。",
                   "鸟类的性别决定方式为ZW型，与XY型不同。", "果蝇的性别决定方式也是XY型。"]),
         R.choice(["思考：为什么男性%s患者多于女性？" % dis[0], "练习：画出该家系的遗传系谱图，并写出各成员的基因型。"])]
    return "\n".join(L[:3] + keep(R, L[3:], R.randint(2, 3)))


def n_police_anon(R):
    sus = R.choice(SURN) + "某某"
    vic = R.choice(SURN) + "某"
    L = ["{district|区#d}公安分局警情通报",
         "{ymd}{time}许，{district|区#d}公安分局接到群众%s报警称，其在{community|小区}内停放的车辆被盗。" % vic,
         "接警后，民警迅速开展调查，于次日在{street|路}一出租屋内将犯罪嫌疑人%s（男，{age}岁）抓获。" % sus,
         "经审讯，%s对其盗窃作案的违法事实供认不讳。目前，%s已被依法刑事拘留。" % (sus, sus),
         "（依照公安机关警情通报有关规定，文中涉案人员均使用化名。）",
         "警方提示：请广大市民停车后锁好车门，不要在车内存放贵重物品。"]
    return fill(L, R)


def n_judgment(R):
    p1, p2 = R.choice(SURN) + "某", R.choice(SURN) + "某某"
    L = ["{city|市}{district|区}人民法院", "民事判决书", "（%d）%s%d民初%d号" % (R.randint(2019, 2024), R.choice(["粤", "赣", "湘", "川"]), R.randint(1000, 9999), R.randint(100, 9999)),
         "原告：%s，女，%d年出生，汉族，住{city|市}。" % (p1, R.randint(1960, 1995)),
         "被告：%s，男，%d年出生，汉族，住{city|市}。" % (p2, R.randint(1960, 1995)),
         "原告%s与被告%s民间借贷纠纷一案，本院立案后，依法适用简易程序公开开庭进行了审理。" % (p1, p2),
         "（本裁判文书在互联网公布时，已依法对当事人姓名等个人信息进行了隐名处理。）"]
    return fill(L, R)


def n_template_doc(R):
    v = R.choice(["name", "user_name", "order_id", "title"])
    L = ["开发文档｜%s模板语法" % R.choice(["邮件", "页面", "短信"]),
         "模板中使用双花括号输出变量，渲染时会被替换为实际值。例如：",
         "    <p>你好，{{ %s }}！</p>" % v,
         "渲染结果：<p>你好，%s！</p>" % person(R),
         "如需输出原始的花括号，请使用 {%% raw %%} 标签包裹。",
         "注意：变量名区分大小写，未定义的变量默认渲染为空字符串。"]
    return "\n".join(L)


def n_exam_blank(R):
    items = [("我国的首都是________。", "北京"), ("一年有________个月。", "12"), ("水的化学式是________。", "H2O"),
             ("《静夜思》的作者是________。", "李白"), ("一个三角形的内角和是________度。", "180"),
             ("太阳从________方升起。", "东")]
    pick = R.sample(items, 4)
    L = ["%s年级综合练习" % R.choice("二三四"), "一、填空题（请在横线上填写正确答案，每空2分）"]
    L += ["%d. %s" % (i + 1, q) for i, (q, _) in enumerate(pick)]
    L += ["班级：________  姓名：________  得分：________（由学生填写）"]
    return "\n".join(L)


def n_bankcard(R):
    L = ["【{org|银行}】交易提醒",
         "您尾号%04d的储蓄卡于%d月%d日%d:%02d完成一笔消费，金额人民币%d.%02d元，余额%d.%02d元。" % (
             R.randint(1, 9999), R.randint(1, 12), R.randint(1, 28), R.randint(8, 22), R.randint(0, 59),
             R.randint(5, 900), R.randint(0, 99), R.randint(100, 90000), R.randint(0, 99)),
         "卡号：6222 **** **** %04d（出于安全考虑，卡号中间位已隐藏）" % R.randint(1, 9999),
         "如非本人操作，请立即致电客服热线95%03d。" % R.randint(500, 599)]
    return fill(L, R)


def n_3x3(R):
    L = ["%s年全国三人篮球（3x3）联赛%s站战报" % (R.randint(2021, 2024), R.choice(CITIES)),
         "本站比赛共有%d支队伍参赛。在男子组决赛中，%s队以21比%d战胜%s队，获得分站赛冠军。" % (
             R.randint(12, 32), R.choice(CITIES), R.randint(12, 20), R.choice(CITIES)),
         "3x3篮球采用单个半场、每队3人上场的形式，比赛时间为10分钟，先得21分者获胜。",
         "自2020年起，3x3篮球正式成为奥运会比赛项目。"]
    return "\n".join(L)


def n_xo(R):
    L = ["%s茶餐厅 · 招牌菜单" % R.choice(["港记", "利苑", "荣华", "金凤"]),
         "XO酱炒萝卜糕    ¥%d" % R.randint(32, 58),
         "XO酱爆带子      ¥%d" % R.randint(68, 128),
         "豉汁蒸排骨      ¥%d" % R.randint(28, 48),
         "冻柠茶          ¥%d" % R.randint(12, 22),
         "（XO酱为本店自制，含干贝、虾米及火腿，对海鲜过敏者请告知服务员）"]
    return "\n".join(L)


def n_tasklist(R):
    tasks = ["完成登录接口联调", "补充单元测试", "修复订单导出乱序问题", "更新部署文档", "评审数据库索引方案",
             "上线灰度发布开关"]
    pick = R.sample(tasks, 5)
    L = ["## 第%d周迭代进度" % R.randint(10, 48), ""]
    for t in pick:
        L.append("- [%s] %s" % (R.choice(["x", "x", " "]), t))
    L += ["", "负责人：%s    截止：%d月%d日" % (person(R), R.randint(1, 12), R.randint(1, 28))]
    return "\n".join(L)


def n_xaxis(R):
    L = ["物理实验报告：%s" % R.choice(["匀变速直线运动", "弹簧弹力与伸长量的关系"]),
         "实验数据处理：以时间t为横轴（x轴）、速度v为纵轴（y轴）建立坐标系，描点连线。",
         "图像为一条过原点的倾斜直线，斜率k=%d.%d，即加速度a=%d.%dm/s²。" % ((R.randint(1, 9), R.randint(0, 9)) * 2),
         "误差分析：打点计时器的纸带与限位孔之间存在摩擦。",
         "实验人：%s    同组：%s    指导教师：%s老师" % (person(R), person(R), R.choice(SURN))]
    return "\n".join(L)


PH_NEG = {
    "vocational_1plusx_certificate": (n_1plusx, "1+X certificate system is an official policy name"),
    "community_7plusx_service": (n_7plusx, "7+X service model name, X explained in text"),
    "software_x86_download": (n_x86, "x86/x64 architecture names, Windows XP"),
    "hospital_xray_report": (n_xray, "X线/X射线 are medical terms"),
    "math_worksheet_multiplication": (n_times, "× is multiplication in formulas"),
    "math_equation_variable": (n_mathvar, "x is an equation variable / axis name"),
    "editorial_mou_ordinary_words": (n_mou_words, "某些/某种/某个 are ordinary words"),
    "memoir_mou_narrative": (n_mou_narrative, "某年/某日/某天 are literary narrative"),
    "product_spec_model_numbers": (n_model, "real model numbers containing X"),
    "courier_masked_phone_stated": (n_masked_phone, "phone masked on purpose, text says so"),
    "eticket_masked_id_stated": (n_masked_id, "ID number masked on purpose, text says so"),
    "roman_numerals_text": (n_roman, "Roman numerals XXIV, XIV, XII, LVII"),
    "chess_notation_lesson": (n_chess, "x marks a capture in chess notation"),
    "clothing_size_chart": (n_sizes, "XL/XXL/XXXL are sizes"),
    "official_doc_chinese_zero_date": (n_cn_zero, "〇 is the digit zero in a Chinese date"),
    "exam_true_false_marks": (n_tickcross, "× is the wrong-answer mark"),
    "environment_nox_report": (n_nox, "NOx/SOx are pollutant names"),
    "hardware_hex_registers": (n_hex, "0x hex prefixes"),
    "display_spec_resolution": (n_resolution, "1920x1080, 10x zoom, 2x speed"),
    "tech_news_brand_x": (n_brand_x, "SpaceX, iPhone X, Xbox, X战警"),
    "biology_x_chromosome": (n_genetics, "XX/XY chromosomes"),
    "police_report_anonymised_stated": (n_police_anon, "某某 pseudonyms used on purpose, text says so"),
    "court_judgment_anonymised": (n_judgment, "names anonymised on purpose, text says so"),
    "template_syntax_docs": (n_template_doc, "developer doc explaining {{ }} syntax, rendered example shown"),
    "exam_fill_in_blanks": (n_exam_blank, "blanks meant for the student to fill"),
    "bank_sms_masked_card": (n_bankcard, "card number masked on purpose, text says so"),
    "sports_3x3_basketball": (n_3x3, "3x3 is the name of a basketball format"),
    "restaurant_menu_xo_sauce": (n_xo, "XO酱 is a sauce"),
    "markdown_task_list": (n_tasklist, "- [x] is a ticked Markdown checkbox"),
    "physics_report_axes": (n_xaxis, "x轴/y轴 axis names"),
}


# ----------------------------------------------------------------------------- mj shells (clean text)
TW_SUR = list("陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴")
TW_GIVEN = ["志明", "淑芬", "雅婷", "怡君", "家豪", "冠宇", "宗翰", "美玲", "建宏", "佩珊", "俊傑", "詩涵", "國華",
            "麗華", "承恩", "思妤", "文雄", "秀蘭", "嘉欣", "偉倫"]
TW_SCHOOL = ["信義", "中正", "仁愛", "建國", "光復", "民生", "復興", "大安", "忠孝", "和平", "文化", "成功"]
TW_CITY = ["臺北市", "新北市", "桃園市", "臺中市", "臺南市", "高雄市", "新竹縣", "宜蘭縣"]
HK_EST = ["沙田第一城", "太古城", "美孚新邨", "黃埔花園", "杏花邨", "麗港城", "將軍澳中心", "海怡半島"]


def tw_name(R):
    return R.choice(TW_SUR) + R.choice(TW_GIVEN)


def sh_tw_notice(R):
    sc = R.choice(TW_SCHOOL)
    m, d = R.randint(1, 12), R.randint(1, 28)
    topic = R.choice(["親職教育講座", "校慶運動會", "新生入學說明會", "期末成果發表會", "交通安全宣導活動"])
    L = [V("%s市立%s國民小學" % (R.choice(TW_CITY)[:2], sc)) + " 家長通知單",
         "親愛的家長您好：",
         "本校訂於" + V("%d月%d日（星期%s）" % (m, d, R.choice(WD[:6]))) + "舉辦" + V(topic) + "，歡迎家長踴躍參加。",
         "活動地點：本校" + V(R.choice(["活動中心二樓", "大禮堂", "操場", "圖書館三樓視聽室"])) + "。",
         "請於" + V("%d月%d日" % (m, max(1, d - 3))) + "前將回條交給班級導師" + V(tw_name(R)) + "老師。",
         "若有任何問題，請洽學務處，電話：" + V("(0%d)%d-%04d" % (R.randint(2, 8), R.randint(2000, 8999), R.randint(0, 9999))) + "。",
         V(sc + "國民小學學務處") + " 敬啟"]
    return L


def sh_hk_notice(R):
    est = R.choice(HK_EST)
    work = R.choice(["食水缸清洗工程", "升降機保養工程", "外牆維修工程", "消防系統年檢", "電力系統檢查"])
    L = [V(est) + "管理處通告",
         "致各位住戶：",
         "本管理處謹訂於" + V("%d年%d月%d日（星期%s）上午9時至下午5時" % (R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28), R.choice(WD[:6]))) + "進行" + V(work) + "。",
         "屆時" + V(R.choice(["第%d座" % R.randint(1, 12), "%s座" % R.choice("ABCDEF")])) + "將暫停" + V(R.choice(["供水", "升降機服務", "電力供應"])) + "，請各住戶預先作好準備。",
         "如有查詢，請致電管理處：" + V("%d %04d" % (R.randint(2100, 3999), R.randint(0, 9999))) + "。",
         "不便之處，敬請原諒。",
         V(est) + "管理處 謹啟"]
    return L


TRAD_REPORT_SENT = [
    "今年以來，我街堅持以黨建為引領，統籌推進經濟發展和民生保障各項工作。",
    "一是經濟運行穩中向好，完成規模以上工業總產值%d.%d億元，同比增長%d.%d%%。",
    "二是重點項目加快推進，全年新開工項目%d個，協調解決企業難題%d項。",
    "三是民生實事落地見效，新增就業崗位%d個，發放各類補貼%d萬元。",
    "四是基層治理持續加強，組織開展矛盾糾紛排查%d次，化解率達到%d%%。",
    "五是環境整治成效明顯，清理衛生死角%d處，群眾滿意度進一步提升。",
    "下一步，我們將繼續圍繞區委、區政府的工作部署，確保各項任務落到實處。"]


def sh_trad_report(R):
    L = [V(R.choice(["洲心", "東城", "雷城", "新華", "龍華", "城南"]) + "街道") + "%d年上半年工作總結" % R.randint(2021, 2024)]
    sents = [TRAD_REPORT_SENT[0]] + keep(R, TRAD_REPORT_SENT[1:6], R.randint(2, 4)) + [TRAD_REPORT_SENT[6]]
    for snt in sents:
        k = snt.count("%d")
        L.append(snt % tuple(R.randint(2, 99) for _ in range(k)))
    return L


JP_LINES = ["ご使用の前に、この取扱説明書をよくお読みください。",
            "本製品は家庭用です。業務用には使用しないでください。",
            "電源コードを傷つけたり、無理に曲げたりしないでください。",
            "お手入れの際は、必ず電源プラグをコンセントから抜いてください。",
            "保証期間はお買い上げ日から1年間です。",
            "異常を感じたときは、すぐに使用を中止してください。"]


def sh_jp_manual(R):
    prod = R.choice(PRODUCTS)
    return ["【海外原装进口】%s 中文说明书" % prod, "型号：{model}    产地：日本",
            "以下为日文原版说明书中的注意事项："] + keep(R, JP_LINES, R.randint(3, 5)) + \
        ["中文客服电话：{phone}"]


KR_LINES = ["안녕하세요. 고객 여러분께 알려드립니다.",
            "시스템 점검으로 인하여 서비스 이용이 일시 중단됩니다.",
            "점검 시간 동안 주문 및 결제가 불가능합니다.",
            "이용에 불편을 드려 대단히 죄송합니다.",
            "더 나은 서비스로 보답하겠습니다."]


def sh_kr_notice(R):
    return ["{org|贸易有限公司}  客户公告", "发布时间：{ymd}",
            "韩国总部系统升级，以下为韩方原文通知：", "공지사항"] + keep(R, KR_LINES, R.randint(2, 4)) + \
        ["如有疑问，请联系中国区客服：{phone}"]


EN_LINES = ["Read these instructions carefully before first use and keep them for future reference.",
            "Do not fill the kettle above the MAX mark, otherwise boiling water may overflow.",
            "The official warranty is valid for 12 months from the date of purchase.",
            "Wipe the surface with a soft cloth; do not use abrasive cleaners or flammable fluids.",
            "For the first use, fill the tank and let the appliance run for five minutes.",
            "Efficient airflow requires at least 10 cm of free space around the device.",
            "Specifications are subject to change without prior notice.",
            "Switch off the appliance if the power cord is damaged or the indicator light flickers."]
ZH_LINES = ["首次使用前，请仔细阅读本说明书并妥善保管。",
            "注水时请勿超过最高水位线，以免沸水溢出。",
            "本产品自购买之日起享受十二个月官方保修服务。",
            "请用柔软的布擦拭表面，切勿使用腐蚀性清洁剂或易燃液体。",
            "首次使用时，请将水箱注满并让产品运行五分钟。",
            "为保证散热效果，产品周围应至少留出十厘米空间。",
            "产品规格如有变更，恕不另行通知。",
            "如电源线损坏或指示灯闪烁，请立即关闭电源。"]


def sh_bilingual(R):
    idx = keep(R, list(range(len(EN_LINES))), R.randint(3, 5))
    L = ["{org|电器有限公司}  User Manual / 使用说明书", "Model 型号：{model}"]
    for i in idx:
        L += [EN_LINES[i], ZH_LINES[i]]
    return L


def sh_news(R):
    topic = R.choice([("我市新增%d个口袋公园", "今年以来，市住建部门利用城市边角地新建口袋公园%d个，为市民提供家门口的休闲空间。"),
                      ("%d所中小学食堂完成“明厨亮灶”改造", "记者从市教育局获悉，全市已有%d所中小学食堂完成“明厨亮灶”改造。"),
                      ("地铁%d号线二期工程进入铺轨阶段", "据了解，地铁%d号线二期工程全长约十八公里，共设车站十一座。")])
    n = R.randint(3, 40)
    L = ["{city|市#c}" + topic[0] % n,
         "来源：{city|日报#c}    发布时间：{ymd} {time}    编辑：{person}",
         topic[1] % n,
         R.choice(["市民{person}告诉记者：“以前下楼没地方散步，现在走几分钟就能到公园。”",
                   "相关负责人表示，下一步将继续完善配套设施，提升群众获得感。"]),
         "据介绍，相关工作将于{date}前全面完成，总投资约{money}万元。",
         "【责任编辑：{person}】"]
    return L


def sh_email(R):
    subj = R.choice(["关于下周项目评审会的安排", "请查收第三季度报销单据", "合同修改意见汇总", "培训报名表及课程安排",
                     "客户回访记录整理"])
    L = ["发件人：{person#s} <{email}>", "收件人：{person#r}",
         "主题：" + V(subj), "",
         "{person#r}，您好：",
         "附件是%s，请您在{date}前查阅并反馈意见。" % subj.replace("关于", "").replace("请查收", ""),
         R.choice(["如有需要调整的地方，我们可以在周三的例会上再讨论。", "其中第二部分数据还需要财务部门再核对一遍。"]),
         "祝工作顺利！", "{person#s}", "{org|科技有限公司} {dept}  电话：{phone}"]
    return L


def sh_forum_post(R):
    title = R.choice(["求助：老房子装修水电改造大概多少钱？", "分享一下我们家宝宝的辅食食谱", "二手房过户流程详细攻略",
                      "周末骑行环湖路线推荐", "有没有人知道附近哪家修车店靠谱？"])
    L = ["标题：" + V(title), "发帖人：{person}    发表于 {ymd} {time}",
         R.choice(["如题，最近准备动工，想听听大家的经验。", "整理了很久，希望对新手有帮助。", "上周刚办完，记录一下过程。"]),
         R.choice(["第一步先去房管局预约，带齐身份证和户口本。", "预算大概在{money}元左右，不包括主材。",
                   "全程大约{num}公里，路况很好，沿途风景也不错。"]),
         "欢迎大家补充，有问题可以在楼下回复。", "",
         "--------------------", "签名：" + V(R.choice(["生活不止眼前的苟且。", "宁静致远。", "天道酬勤，厚积薄发。"]))]
    return L


MJ_SHELLS = dict(PH_SHELLS)
MJ_SHELLS.update({"tw_school_notice": sh_tw_notice, "hk_estate_notice": sh_hk_notice,
                  "trad_work_report": sh_trad_report, "jp_import_manual": sh_jp_manual,
                  "kr_company_notice": sh_kr_notice, "bilingual_manual": sh_bilingual,
                  "news_article": sh_news, "email_message": sh_email, "forum_post": sh_forum_post})


def sh_award(R):
    def nm():
        return R.choice(SURN) + R.choice(RARE_GIVEN) + (R.choice(["", "", R.choice(GIVEN)[:1]]))
    names = [V(nm()) for _ in range(R.randint(3, 6))]
    L = ["关于表彰%d-%d学年度优秀学生的决定" % ((y := R.randint(2020, 2024)), y + 1),
         "各班级：",
         "经班级推荐、年级审核、学校研究，决定授予以下同学“%s”称号：" % R.choice(["三好学生", "优秀学生干部", "学习标兵"]),
         "、".join(names) + "。",
         "希望受表彰的同学戒骄戒躁，再创佳绩。",
         "{school|中学}", "{ymd}"]
    return L


def sh_roster(R):
    L = ["{dept}值班安排表（%d月）" % R.randint(1, 12), "日期        值班人员        联系电话"]
    for _ in range(R.randint(3, 6)):
        L.append("%d月%d日      " % (R.randint(1, 12), R.randint(1, 28)) + V(R.choice(SURN) + R.choice(RARE_GIVEN + GIVEN[:10]))
                 + "        {phone}")
    L.append("注：如需调班，请提前一天报{dept}备案。")
    return L


MJ_SHELLS.update({"award_list": sh_award, "staff_roster": sh_roster})

# ----------------------------------------------------------------------------- damage functions
PY = dict(x.split(":") for x in (
    "來:lái 堅:jiān 黨:dǎng 為:wéi 領:lǐng 統:tǒng 籌:chóu 進:jìn 經:jīng 濟:jì 發:fā 項:xiàng 運:yùn 穩:wěn "
    "規:guī 業:yè 總:zǒng 產:chǎn 億:yì 長:zhǎng 點:diǎn 開:kāi 個:gè 協:xié 調:tiáo 決:jué 難:nán 實:shí "
    "見:jiàn 崗:gǎng 類:lèi 補:bǔ 貼:tiē 萬:wàn 層:céng 續:xù 強:qiáng 組:zǔ 織:zhī 糾:jiū 紛:fēn 達:dá "
    "環:huán 顯:xiǎn 衛:wèi 處:chù 眾:zhòng 滿:mǎn 們:men 將:jiāng 繼:jì 圍:wéi 繞:rào 區:qū 確:què 務:wù "
    "結:jié 國:guó 學:xué 單:dān 親:qīn 愛:ài 訂:dìng 舉:jǔ 辦:bàn 歡:huān 參:cān 動:dòng 樓:lóu 視:shì "
    "聽:tīng 導:dǎo 師:shī 請:qǐng 條:tiáo 給:gěi 級:jí 問:wèn 題:tí 電:diàn 話:huà 啟:qǐ 會:huì 說:shuō "
    "禮:lǐ 館:guǎn 場:chǎng 圖:tú 書:shū 慶:qìng 戶:hù 謹:jǐn 維:wéi 屆:jiè 暫:zàn 機:jī 預:yù 準:zhǔn "
    "備:bèi 詢:xún 諒:liàng 牆:qiáng 檢:jiǎn 養:yǎng 時:shí 於:yú 東:dōng 華:huá 龍:lóng 與:yǔ 鄉:xiāng "
    "護:hù 數:shù 據:jù 標:biāo 錄:lù 體:tǐ 夠:gòu 質:zhì 壓:yā 處:chù 陳:chén 鍾:zhōng 劉:liú 員:yuán").split())
KX = {}
for _cp in range(0x2F00, 0x2FD6):
    KX.setdefault(unicodedata.normalize("NFKC", chr(_cp)), chr(_cp))
LIGS = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")]
ZW = ["\u200b", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\u200e", "\u200f", "\u202a", "\u202b",
      "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
ZWSET = set(ZW)
CJK_RE = re.compile(r"[\u3400-\u9fff]")


def diff_trim(s, d):
    if not d or d == s:
        return None
    i = 0
    while i < min(len(s), len(d)) and s[i] == d[i]:
        i += 1
    j = 0
    while j < min(len(s), len(d)) - i and s[-1 - j] == d[-1 - j]:
        j += 1
    mid = d[i:len(d) - j]
    if not mid.strip():
        return None
    return [(d[:i], F), (mid, T), (d[len(d) - j:], F)]


def codec_fn(*chain, err="replace"):
    """chain of (enc, dec) pairs applied in turn."""
    def f(s, R):
        d = s
        try:
            for a, b in chain:
                d = d.encode(a).decode(b, errors=err)
        except UnicodeEncodeError:
            return None
        return diff_trim(s, d)
    return f


def lossy_fn(cs):
    def f(s, R):
        d = s.encode(cs, errors="replace").decode(cs)
        if d == s or len(d) != len(s):
            return None
        return [(d[k], d[k] != s[k]) for k in range(len(s))]
    return f


def shift_fn(s, R):
    try:
        b = s.encode("gbk")
    except UnicodeEncodeError:
        return None
    bounds, pos = [], 0
    for c in s:
        n = len(c.encode("gbk"))
        if n == 2 and pos > 0:
            bounds.append(pos)
        pos += n
    if not bounds:
        return None
    for k in R.sample(bounds, len(bounds)):
        res = diff_trim(s, (b[:k] + b[k + 1:]).decode("gbk", errors="replace"))
        if res and len(res[1][0]) >= 3:
            return res
    return None


def trunc_fn(s, R):
    b = s.encode("utf-8")
    idx = [i for i, c in enumerate(s) if len(c.encode("utf-8")) >= 3 and i >= len(s) // 2]
    if not idx or len(s) < 6:
        return None
    i = R.choice(idx)
    off = len(s[:i].encode("utf-8")) + R.randint(1, 2)
    d = b[:off].decode("utf-8", errors="replace")
    k = len(d) - len(d.rstrip("\ufffd"))
    if not k:
        return None
    return [(d[:-k], F), (d[-k:], T)]


def html_fn(s, R):
    u = [(c, F) for c in s]
    ops = R.sample(["ent", "nbsp", "br", "tag", "quote"], R.randint(1, 3))
    done = 0
    for op in ops:
        if op == "ent":
            cj = [i for i, (c, f) in enumerate(u) if not f and CJK_RE.match(c)]
            if cj:
                for i in R.sample(cj, min(len(cj), R.randint(1, 3))):
                    c = u[i][0]
                    u[i] = (("&#%d;" if R.random() < .7 else "&#x%x;") % ord(c), T)
                done += 1
        elif op == "nbsp":
            cand = [i for i, (c, f) in enumerate(u) if c in "：，。" and i + 1 < len(u)]
            if cand:
                i = R.choice(cand)
                u.insert(i + 1, ("&nbsp;" * R.randint(1, 3), T))
                done += 1
        elif op == "br":
            u.append((R.choice(["<br/>", "<br>", "<br />", "</p>"]), T))
            done += 1
        elif op == "tag":
            cand = [i for i, (c, f) in enumerate(u) if c in "。，：" and i > 2]
            if cand:
                i = R.choice(cand)
                u.insert(i + 1, (R.choice(["</strong>", "<strong>", "</span>", "<span style=\"font-size:14px\">",
                                           "</font>"]), T))
                done += 1
        elif op == "quote":
            q = [i for i, (c, f) in enumerate(u) if c in "“”"]
            for i in q:
                u[i] = ("&ldquo;" if u[i][0] == "“" else "&rdquo;", T)
            done += bool(q)
    return u if done else None


def pinyin_fn(s, R):
    u, n = [], 0
    for c in s:
        u.append((c, F))
        if c in PY:
            u.append(("(%s)" % PY[c], T))
            n += 1
    return u if n else None


def kangxi_fn(s, R):
    cands = sorted({c for c in s if c in KX})
    if not cands:
        return None
    pick = {c for c in cands if R.random() < .8} or {R.choice(cands)}
    return [(KX[c], T) if c in pick else (c, F) for c in s]


def lig_fn(s, R):
    u, i, n = [], 0, 0
    while i < len(s):
        for a, b in LIGS:
            if s.startswith(a, i):
                u.append((b, T))
                i += len(a)
                n += 1
                break
        else:
            u.append((s[i], F))
            i += 1
    return u if n else None


def cid_fn(s, R):
    cj = sorted({c for c in s if CJK_RE.match(c)})
    if not cj:
        return None
    pick = {c: R.randint(60, 4800) for c in R.sample(cj, min(len(cj), R.randint(1, 3)))}
    return [("(cid:%d)" % pick[c], T) if c in pick else (c, F) for c in s]


def zw_fn(s, R):
    slots = [i for i in range(1, len(s)) if (s[i - 1].isalnum() and s[i].isalnum())]
    if not slots:
        return None
    u = [(c, F) for c in s]
    for i in sorted(R.sample(slots, min(len(slots), R.randint(1, 3))), reverse=True):
        u.insert(i, ("".join(R.choice(ZW) for _ in range(R.choice([1, 1, 1, 2]))), T))
    return u


# kind -> (function, verify class, codec note, human description)
KINDS = {
    "utf8_as_gbk": (codec_fn(("utf-8", "gbk")), "codec", "utf-8>gbk", "UTF-8 bytes decoded as GBK"),
    "jinkela": (codec_fn(("gbk", "utf-8"), ("utf-8", "gbk")), "codec", "gbk>utf-8,utf-8>gbk",
                "GBK read as UTF-8 (U+FFFD), saved as UTF-8, read as GBK again (锟斤拷)"),
    "utf8_as_cp1252": (codec_fn(("utf-8", "cp1252"), err="ignore"), "codec", "utf-8>cp1252",
                       "UTF-8 bytes decoded as cp1252, undefined bytes dropped"),
    "double_utf8": (codec_fn(("utf-8", "cp1252"), ("utf-8", "cp1252"), err="ignore"), "codec",
                    "utf-8>cp1252,utf-8>cp1252", "UTF-8 mis-decoded as cp1252 twice"),
    "gbk_as_utf8": (codec_fn(("gbk", "utf-8")), "codec", "gbk>utf-8", "GBK bytes decoded as UTF-8 (U+FFFD runs)"),
    "qmark_gb2312": (lossy_fn("gb2312"), "lossy", "gb2312", "characters outside GB2312 lost as ?"),
    "qmark_ascii": (lossy_fn("ascii"), "lossy", "ascii", "text pushed through ASCII, every hanzi became ?"),
    "qmark_big5": (lossy_fn("big5"), "lossy", "big5", "simplified text saved as Big5, missing glyphs became ?"),
    "big5_as_gbk": (codec_fn(("big5", "gbk")), "codec", "big5>gbk", "Big5 bytes decoded as GBK"),
    "gbk_as_big5": (codec_fn(("gbk", "big5")), "codec", "gbk>big5", "GBK bytes decoded as Big5"),
    "utf8_as_big5": (codec_fn(("utf-8", "big5")), "codec", "utf-8>big5", "UTF-8 bytes decoded as Big5"),
    "gbk_byte_shift": (shift_fn, "codec", "gbk>gbk+shift", "GBK stream decoded one byte out of step"),
    "html_remnants": (html_fn, "html", "", "HTML entities/tags left in extracted text"),
    "pinyin_annotation": (pinyin_fn, "pinyin", "", "scraper pinyin annotation after converted characters"),
    "pdf_kangxi_radicals": (kangxi_fn, "pdf", "", "PDF extraction mapped hanzi to Kangxi radical code points"),
    "pdf_ligatures": (lig_fn, "pdf", "", "PDF extraction left ligature code points"),
    "pdf_cid_codes": (cid_fn, "pdf", "", "PDF extraction left (cid:N) codes"),
    "zero_width_bidi": (zw_fn, "zw", "", "zero-width / bidi control characters inside words"),
    "utf8_truncated": (trunc_fn, "trunc", "utf-8", "UTF-8 cut inside a character, remainder lost"),
    "sjis_as_gbk": (codec_fn(("shift_jis", "gbk")), "codec", "shift_jis>gbk", "Shift_JIS bytes decoded as GBK"),
    "euckr_as_gbk": (codec_fn(("euc-kr", "gbk")), "codec", "euc-kr>gbk", "EUC-KR bytes decoded as GBK"),
    "utf8_as_sjis": (codec_fn(("utf-8", "shift_jis")), "codec", "utf-8>shift_jis", "UTF-8 bytes decoded as Shift_JIS"),
}

CLAUSE_RE = re.compile(r"(?:[^，。；：、！？,;:（）()“”\s]|\s(?!\s))+")


def apply_damage(segs_lines, kind, gran, R):
    fn = KINDS[kind][0]
    lines = [list(l) for l in segs_lines]
    hits = 0
    if gran == "field":
        cand = [(li, si) for li, l in enumerate(lines) for si, sg in enumerate(l)
                if sg[2] == "val" and (not sg[0].isascii() or kind == "zero_width_bidi")]
        R.shuffle(cand)
        want = R.randint(1, 3) if KINDS[kind][1] != "lossy" else 99
        if kind == "utf8_truncated":
            want = 1
        for li, si in cand:
            res = fn(lines[li][si][0], R)
            if res:
                lines[li][si] = ("", F, "done", res)
                hits += 1
                if hits >= want:
                    break
        if not hits:
            return None
        return [[x for sg in l for x in (sg[3] if sg[2] == "done" else [sg])] for l in lines]
    order = list(range(len(lines)))
    R.shuffle(order)
    if gran == "line":
        want = R.randint(1, 2) if kind != "pinyin_annotation" else R.randint(2, len(lines))
    else:
        want = R.randint(1, 2)
    if kind == "utf8_truncated":
        want = 1
    for li in order:
        txt = "".join(sg[0] for sg in lines[li])
        if len(txt.strip()) < 4 or (txt.isascii() and kind not in ("pdf_ligatures", "zero_width_bidi")):
            continue
        if gran == "line":
            res = fn(txt, R)
            new = res
        else:
            cl = [m for m in CLAUSE_RE.finditer(txt) if len(m.group().strip()) >= 4 and not m.group().isascii()]
            if not cl:
                continue
            if gran == "tail":
                cl = [m for m in cl if m.start() > 0]
                if not cl:
                    continue
            m = R.choice(cl)
            if gran == "tail":
                a, b = m.start(), len(txt)
            else:
                a, b = m.start(), m.end()
            res = fn(txt[a:b], R)
            new = [(txt[:a], F)] + res + [(txt[b:], F)] if res else None
        if new:
            lines[li] = new
            hits += 1
            if hits >= want:
                break
    return lines if hits else None


MJ_POS = [
    ("utf8_as_gbk", "school_notice", "field"), ("utf8_as_gbk", "property_notice", "line"),
    ("utf8_as_gbk", "privacy_policy", "phrase"), ("utf8_as_gbk", "work_summary", "line"),
    ("utf8_as_gbk", "train_itinerary", "field"), ("utf8_as_gbk", "email_message", "line"),
    ("utf8_as_gbk", "forum_post", "phrase"),
    ("jinkela", "work_summary", "phrase"), ("jinkela", "sms_template", "field"),
    ("jinkela", "product_manual", "field"), ("jinkela", "news_article", "phrase"),
    ("utf8_as_cp1252", "privacy_policy", "line"), ("utf8_as_cp1252", "user_agreement", "phrase"),
    ("utf8_as_cp1252", "forum_post", "line"), ("utf8_as_cp1252", "flight_itinerary", "field"),
    ("utf8_as_cp1252", "email_message", "field"),
    ("double_utf8", "forum_post", "phrase"), ("double_utf8", "email_message", "field"),
    ("gbk_as_utf8", "school_notice", "line"), ("gbk_as_utf8", "meeting_notice", "phrase"),
    ("gbk_as_utf8", "warranty_card", "field"), ("gbk_as_utf8", "email_message", "line"),
    ("qmark_gb2312", "award_list", "field"), ("qmark_gb2312", "staff_roster", "field"),
    ("qmark_ascii", "email_message", "field"), ("qmark_big5", "news_article", "line"),
    ("big5_as_gbk", "tw_school_notice", "line"), ("big5_as_gbk", "hk_estate_notice", "phrase"),
    ("big5_as_gbk", "trad_work_report", "line"),
    ("gbk_as_big5", "property_notice", "line"), ("gbk_as_big5", "work_summary", "phrase"),
    ("gbk_as_big5", "product_manual", "field"),
    ("utf8_as_big5", "tw_school_notice", "phrase"), ("utf8_as_big5", "hk_estate_notice", "line"),
    ("gbk_byte_shift", "work_summary", "line"), ("gbk_byte_shift", "meeting_notice", "line"),
    ("html_remnants", "news_article", "line"), ("html_remnants", "privacy_policy", "line"),
    ("html_remnants", "work_summary", "line"), ("html_remnants", "school_notice", "line"),
    ("pinyin_annotation", "trad_work_report", "line"), ("pinyin_annotation", "tw_school_notice", "line"),
    ("pinyin_annotation", "hk_estate_notice", "line"),
    ("pdf_kangxi_radicals", "work_summary", "line"), ("pdf_kangxi_radicals", "product_manual", "line"),
    ("pdf_kangxi_radicals", "meeting_notice", "line"),
    ("pdf_ligatures", "bilingual_manual", "line"), ("pdf_cid_codes", "bilingual_manual", "line"),
    ("pdf_cid_codes", "privacy_policy", "line"),
    ("zero_width_bidi", "privacy_policy", "phrase"), ("zero_width_bidi", "sms_template", "field"),
    ("zero_width_bidi", "train_itinerary", "field"), ("zero_width_bidi", "forum_post", "line"),
    ("utf8_as_gbk", "property_notice", "tail"), ("utf8_as_cp1252", "email_message", "tail"),
    ("utf8_truncated", "sms_template", "line"), ("utf8_truncated", "forum_post", "field"),
    ("sjis_as_gbk", "jp_import_manual", "line"), ("euckr_as_gbk", "kr_company_notice", "line"),
    ("utf8_as_sjis", "email_message", "line"),
]


def mj_style_name(kind, shell, gran):
    if gran == "tail":
        return "mixed_half_decoded_%s_%s" % (kind, shell)
    return "%s_%s_%s" % (kind, shell, gran)


def make_mj_pos(kind, shell, gran):
    fn, cls, codec, desc = KINDS[kind]

    def f(R):
        for _ in range(50):
            segs, _ = render(MJ_SHELLS[shell](R), R)
            dam = apply_damage(segs, kind, gran, R)
            if dam:
                text, spans = assemble(dam)
                note = "kind=%s" % cls + (" codec=%s" % codec if codec else "") + " gran=%s; %s, in: %s" % (
                    gran, desc, shell.replace("_", " "))
                return text, spans, note
        raise RuntimeError("cannot damage %s %s %s" % (kind, shell, gran))
    return f


# ----------------------------------------------------------------------------- mj negatives
def m_russian(R):
    ph = R.sample([("Здравствуйте", "您好"), ("Спасибо", "谢谢"), ("Сколько это стоит?", "这个多少钱？"),
                   ("Где находится вокзал?", "火车站在哪里？"), ("До свидания", "再见"), ("Меня зовут Анна", "我叫安娜")], 4)
    L = ["%s旅游俄语速成（第%d课）" % (R.choice(["哈尔滨", "满洲里", "绥芬河"]), R.randint(1, 12)),
         "以下是边境口岸常用的俄语句子，请跟读："] + ["%s —— %s" % p for p in ph] + \
        ["小贴士：俄语字母“Ы”的发音在汉语中没有对应音，需多加练习。"]
    return "\n".join(L)


def m_japanese(R):
    ph = R.sample([("いらっしゃいませ", "欢迎光临"), ("すみません、駅はどこですか。", "请问，车站在哪里？"),
                   ("これをください。", "请给我这个。"), ("ありがとうございます。", "谢谢。"),
                   ("お会計をお願いします。", "请结账。"), ("写真を撮ってもいいですか。", "可以拍照吗？")], 4)
    L = ["%s自由行实用日语" % R.choice(["京都", "大阪", "北海道", "东京"]), "出发前记住下面几句，购物点餐都够用："]
    L += ["· %s（%s）" % p for p in ph]
    L += ["注意：日本很多店铺只收现金，建议随身准备一些日元。"]
    return "\n".join(L)


def m_korean(R):
    ph = R.sample([("사랑해요", "我爱你"), ("괜찮아요", "没关系"), ("잠깐만요", "等一下"), ("화이팅", "加油"),
                   ("진짜?", "真的吗？"), ("고마워", "谢谢")], 3)
    L = ["追剧学韩语｜《%s》第%d集台词精选" % (R.choice(["请回答1988", "机智的医生生活", "黑暗荣耀"]), R.randint(1, 16))]
    for k, z in ph:
        L.append("%s（%s）" % (k, z))
    L.append("这几句在剧中反复出现，语气随场景不同而变化，建议结合原声体会。")
    return "\n".join(L)


def m_greek(R):
    L = ["大学物理 第%d章 刚体转动 复习提要" % R.randint(3, 6),
         "1. 角速度 ω = dθ/dt，角加速度 α = dω/dt。",
         "2. 转动惯量 I = Σ mᵢrᵢ²，对连续体 I = ∫ r² dm。",
         "3. 转动定律：M = Iα；角动量 L = Iω，合外力矩为零时 ΔL = 0。",
         "4. 常用希腊字母：α（alpha）、β（beta）、γ（gamma）、Δ（delta）、λ（lambda）、μ（mu）、Ω（omega）。",
         "例：已知 I = %d.%d kg·m²，ω₀ = %d rad/s，求 t = %d s 时的角动量。" % (R.randint(1, 9), R.randint(0, 9), R.randint(2, 20), R.randint(2, 10))]
    return "\n".join(L[:1] + keep(R, L[1:], R.randint(4, 5)))


def m_french(R):
    items = R.sample(["Crème brûlée 焦糖布丁", "Bœuf bourguignon 勃艮第红酒炖牛肉", "Soupe à l'oignon 洋葱汤",
                      "Café crème 奶油咖啡", "Château Margaux 2015 玛歌酒庄红葡萄酒", "Tarte Tatin 反烤苹果挞",
                      "Pâté de campagne 乡村肉酱"], 4)
    L = ["%s法式餐厅 · 今日菜单" % R.choice(["香榭", "蒙马特", "左岸", "普罗旺斯"])]
    L += ["%s    ¥%d" % (i, R.randint(48, 688)) for i in items]
    L += ["Bon appétit ! 祝您用餐愉快！"]
    return "\n".join(L)


def m_german(R):
    L = ["德语A1词汇（第%d单元 城市生活）" % R.randint(2, 9),
         "die Straße（街道）    der Bahnhof（火车站）    die Brücke（桥）",
         "das Brötchen（小面包）    die Bäckerei（面包店）    der Schlüssel（钥匙）",
         "Grüß Gott!（你好，德国南部用语）    Tschüss!（再见）",
         "注意：ä、ö、ü称为变音字母，ß只出现在小写中，可写作ss。",
         "例句：Entschuldigung, wo ist die nächste U-Bahn-Station?（请问最近的地铁站在哪里？）"]
    return "\n".join(L[:1] + keep(R, L[1:], R.randint(4, 5)))


def m_vietnamese(R):
    ph = R.sample([("Xin chào", "你好"), ("Cảm ơn", "谢谢"), ("Bao nhiêu tiền?", "多少钱？"), ("Tôi không hiểu", "我听不懂"),
                   ("Ngon quá!", "太好吃了！"), ("Phở bò", "牛肉粉")], 4)
    L = ["%s旅行手帐：越南语常用语" % R.choice(["河内", "岘港", "胡志明市", "芽庄"])]
    L += ["%s —— %s" % p for p in ph]
    L += ["越南语使用拉丁字母并带有声调符号，例如“Việt Nam”（越南）、“Hồ Chí Minh”（胡志明）。"]
    return "\n".join(L)


def m_iberian(R):
    S = ["巴西最大城市圣保罗（São Paulo）人口超过一千万。",
         "葡萄牙语中“não”意为“不”，“obrigado”意为“谢谢”。",
         "西班牙语“año”（年）中的ñ是一个独立字母。",
         "里斯本的“pastel de nata”就是我们常说的葡式蛋挞。",
         "“¿Dónde está el baño?”意为“洗手间在哪里？”，西班牙语问句开头要用倒问号。",
         "阿根廷首都布宜诺斯艾利斯（Buenos Aires）有“南美巴黎”之称。"]
    return "\n".join(["拉丁语族小知识"] + R.sample(S, R.randint(3, 4)))


PY_WORDS = [("发展", "fāzhǎn"), ("区域", "qūyù"), ("领导", "lǐngdǎo"), ("经济", "jīngjì"), ("环境", "huánjìng"),
            ("学习", "xuéxí"), ("旅行", "lǚxíng"), ("绿色", "lǜsè"), ("女儿", "nǚ'ér"), ("银行", "yínháng"),
            ("音乐", "yīnyuè"), ("朋友", "péngyou"), ("喜欢", "xǐhuan"), ("天气", "tiānqì")]


def m_pinyin_lesson(R):
    ws = R.sample(PY_WORDS, 5)
    L = ["HSK%d 第%d课 生词表" % (R.randint(2, 4), R.randint(1, 20)), "请跟读下列生词，注意声调："]
    L += ["%d. %s (%s)" % (i + 1, w, p) if R.random() < .5 else "%d. %s（%s）" % (i + 1, w, p) for i, (w, p) in enumerate(ws)]
    L += ["提示：ü与j、q、x相拼时省略两点，如“去”写作qù。"]
    return "\n".join(L)


def m_reading_annot(R):
    W = [("踌躇", "chóu chú"), ("憧憬", "chōng jǐng"), ("酝酿", "yùn niàng"), ("澎湃", "péng pài"), ("赝品", "yàn pǐn"),
         ("吮吸", "shǔn xī"), ("栅栏", "zhà lan"), ("参差", "cēn cī"), ("蹒跚", "pán shān")]
    ws = R.sample(W, 4)
    L = ["七年级语文 课文预习单", "一、读准下列加点字词的读音："]
    L.append("    ".join("%s（%s）" % w for w in ws))
    L += ["二、根据拼音写词语：%s（    ）" % ws[0][1], "三、朗读课文，画出你认为最生动的句子。"]
    return "\n".join(L)


def m_tw_notice(R):
    segs, _ = render(sh_tw_notice(R), R)
    return "\n".join(plain(segs))


def m_hk_notice(R):
    segs, _ = render(sh_hk_notice(R), R)
    return "\n".join(plain(segs))


def m_trad_report(R):
    segs, _ = render(sh_trad_report(R), R)
    return "\n".join(plain(segs))


def m_cantonese(R):
    S = ["今日去咗%s食飯，啲叉燒真係好好食！" % R.choice(["旺角", "深水埗", "銅鑼灣", "西環"]),
         "我哋排咗成個鐘先有位，不過都值得。",
         "佢話冇諗過會咁多人，下次要早啲嚟。",
         "呢間嘢嘅奶茶都幾滑，唔係太甜。",
         "有冇人知邊度有得泊車？求推介！",
         "唔好意思，我遲咗少少，而家喺巴士度。"]
    return "\n".join(["【食記】%s" % R.choice(["老字號茶餐廳", "街坊燒味店", "新開張嘅車仔麵"])] + R.sample(S, R.randint(3, 5)) +
                     ["#香港美食 #食好西"])


def m_rare_chars(R):
    S = ["陕西名小吃“𰻞𰻞面”的“𰻞”字笔画多达五十余画，常被用作生僻字的例子。",
         "“𠮷野家”招牌上的“𠮷”是“吉”的异体字，上部写作“土”。",
         "武则天为自己造了“曌”字，意为日月当空。",
         "“犇”“淼”“焱”“鑫”都是由三个相同部件组成的字。",
         "“囧”本义为光明，如今常用来表示尴尬的表情。",
         "人名用字中的“喆”“堃”“玥”“昇”并不在GB2312字符集中，部分老系统无法录入。"]
    return "\n".join(["汉字趣谈｜这些字你认识吗？"] + R.sample(S, R.randint(3, 4)))


def m_math(R):
    L = ["高等数学 期末复习要点",
         "1. 若 lim(x→∞) f(x) = A，则对 ∀ε > 0，∃ X > 0，当 |x| > X 时 |f(x) − A| < ε。",
         "2. ∫₀¹ x² dx = 1/3，∑_{n=1}^{∞} 1/n² = π²/6。",
         "3. 集合关系：A ⊆ B，x ∈ A ∩ B，A ∪ ∅ = A。",
         "4. 不等式：√(ab) ≤ (a + b)/2（a, b ≥ 0），当且仅当 a = b 时取等号。",
         "5. 梯度 ∇f = (∂f/∂x, ∂f/∂y)，方向导数 ∂f/∂l = ∇f · e_l。"]
    return "\n".join(L[:1] + keep(R, L[1:], R.randint(3, 5)))


def m_emoji(R):
    S = ["今天终于考完试啦🎉🎉", "谁懂啊，外卖又送错了😂😂", "周末去爬山吗？⛰️🥾", "新买的小猫咪太可爱了🐱❤️",
         "下雨了☔记得带伞", "生日快乐🎂🎁祝你天天开心！", "加班到十点，累瘫了😮‍💨", "好的👌明天见👋"]
    L = ["【%s】群聊记录" % R.choice(["大学室友", "家族群", "羽毛球小分队"])]
    for t in R.sample(S, R.randint(3, 5)):
        L.append("%s：%s" % (R.choice(GIVEN) if R.random() < .5 else person(R), t))
    return "\n".join(L)


def m_zwj_emoji(R):
    fam = R.choice(["👨‍👩‍👧", "👨‍👩‍👧‍👦", "👩‍👧", "👨‍👧‍👦"])
    job = R.choice(["👩‍⚕️", "👨‍🍳", "👩‍💻", "👨‍🚒", "🧑‍🏫"])
    L = ["表情包使用说明（%s输入法 v%d.%d）" % (R.choice(["星空", "知音", "快打"]), R.randint(3, 9), R.randint(0, 9)),
         "家庭组合：%s 由多个表情通过零宽连接符组合而成，部分旧系统会显示为分开的几个人像。" % fam,
         "职业表情：%s、🏳️‍🌈 等同样属于组合表情。" % job,
         "肤色修饰：👍🏻 👍🏽 👍🏿",
         "如显示异常，请将系统升级至最新版本。"]
    return "\n".join(L)


def m_faq(R):
    Q = [("忘记密码怎么办？", "在登录页点击“忘记密码”，按提示通过手机验证码重置即可。"),
         ("可以开发票吗？", "可以。订单完成后在“我的订单”中申请电子发票。"),
         ("退款多久到账？", "一般1-3个工作日原路退回，银行卡可能稍有延迟。"),
         ("为什么收不到验证码？", "请检查手机是否开启了短信拦截，或稍后重试。"),
         ("会员能否转让给他人？", "会员权益仅限本人账号使用，不支持转让。")]
    L = ["常见问题（FAQ）"]
    for q, a in R.sample(Q, 3):
        L += ["问：" + q.replace("？", R.choice(["？", "?"])), "答：" + a]
    if R.random() < .5:
        L.append("还有其他问题？？请联系在线客服~")
    return "\n".join(L)


def m_code_escape(R):
    w = R.choice(["中文", "你好", "编码", "北京", "数据", "测试", "汉字", "天气"])
    esc = "".join("\\x%02x" % x for x in w.encode("utf-8"))
    uesc = "".join("\\u%04x" % ord(c) for c in w)
    L = ["技术笔记：%s" % R.choice(["Python 中的字符串编码", "str 与 bytes 的区别", "读写文件时的编码问题"]),
         "在 Python 3 中，str 保存的是 Unicode 码点，bytes 保存的是原始字节。示例：",
         "    >>> '%s'.encode('%s')" % (w, R.choice(["utf-8", "utf8"])),
         "    b'%s'" % esc,
         "    >>> '%s'" % uesc,
         "    '%s'" % w,
         "读取文件时请显式指定 encoding='utf-8'，不要依赖系统默认编码。"]
    if R.random() < .5:
        L[-1] = "建议：open(path, encoding='utf-8', errors='strict')，出错时立即抛出异常，便于定位问题。"
    return "\n".join(L)


def m_html_tutorial(R):
    L = ["前端入门第%d课：HTML 字符实体" % R.randint(2, 9),
         "在网页中直接输入多个空格会被合并，因此需要使用字符实体，例如：",
         "    <p>%s：&nbsp;&nbsp;%s</p>" % (R.choice(["姓名", "联系人", "作者"]), person(R)),
         "    <p>版权所有 &copy; %d %s</p>" % (R.randint(2015, 2025), R.choice(ORGP)),
         "换行可以使用 <br/> 标签；小于号和大于号分别写作 &lt; 和 &gt;。",
         "练习：用 <strong> 标签把“注意事项”四个字加粗。"]
    return "\n".join(L)


def m_ipa(R):
    W = [("think", "/θɪŋk/"), ("this", "/ðɪs/"), ("ship", "/ʃɪp/"), ("measure", "/ˈmeʒə(r)/"), ("sing", "/sɪŋ/"),
         ("cat", "/kæt/"), ("bird", "/bɜːd/"), ("thought", "/θɔːt/"), ("church", "/tʃɜːtʃ/")]
    L = ["英语语音课：辅音与元音（第%d讲）" % R.randint(1, 8), "请注意下列单词中的国际音标："]
    L += ["%s  %s" % w for w in R.sample(W, 4)]
    L += ["汉语普通话的“x”对应国际音标[ɕ]，“ng”对应[ŋ]，与英语发音并不完全相同。"]
    return "\n".join(L)


KX_INDEX = [(0x2F00, 1), (0x2F01, 1), (0x2F02, 1), (0x2F03, 1), (0x2F04, 1), (0x2F05, 1), (0x2F06, 2), (0x2F07, 2),
            (0x2F08, 2), (0x2F09, 2), (0x2F0A, 2), (0x2F0B, 2), (0x2F0C, 2), (0x2F0D, 2), (0x2F1F, 3), (0x2F20, 3),
            (0x2F23, 3), (0x2F24, 3), (0x2F25, 3), (0x2F26, 3), (0x2F3C, 4), (0x2F3D, 4), (0x2F3F, 4), (0x2F54, 4),
            (0x2F55, 4), (0x2F5D, 5), (0x2F63, 5), (0x2F6C, 5)]


def m_kangxi_index(R):
    start = R.randint(0, len(KX_INDEX) - 8)
    items = KX_INDEX[start:start + R.randint(6, 8)]
    L = ["《%s》部首检字表" % R.choice(["古汉语常用字字典", "说文解字注", "康熙字典（影印本）"]),
         "（部首按笔画数排列，部首后为页码）"]
    cur, row = None, []
    page = R.randint(1, 40)
    for cp, strokes in items:
        if strokes != cur:
            if row:
                L.append("    ".join(row))
            row = ["【%d画】" % strokes]
            cur = strokes
        page += R.randint(2, 30)
        row.append("%s %d" % (chr(cp), page))
    L.append("    ".join(row))
    L.append("注：本表部首字形采用康熙字典部首字符。")
    return "\n".join(L)


def m_ascii_art(R):
    arts = [["  ╭──────────────╮", "  │  天道酬勤  │", "  ╰──────────────╯"],
            ["(╯°□°）╯︵ ┻━┻", "┬─┬ノ( º _ ºノ)"],
            ["  /\\_/\\", " ( o.o )", "  > ^ <"],
            ["～\\(≧▽≦)/～ 啦啦啦", "(￣▽￣)ノ 路过留名"]]
    L = ["回复 %d 楼：" % R.randint(2, 99), R.choice(["哈哈哈哈笑死我了", "楼主辛苦了，支持一下！", "这也太真实了吧"]),
         "", "━━━━━━━━━━━━━━━━"] + R.choice(arts) + ["━━━━━━━━━━━━━━━━"]
    return "\n".join(L)


def m_markdown(R):
    rows = R.sample([("GET", "/api/users", "获取用户列表"), ("POST", "/api/users", "创建用户"),
                     ("DELETE", "/api/users/{id}", "删除用户"), ("PUT", "/api/orders/{id}", "更新订单"),
                     ("GET", "/api/orders", "查询订单")], 3)
    L = ["## 接口说明", "", "| 方法 | 路径 | 说明 |", "| --- | --- | --- |"]
    L += ["| %s | `%s` | %s |" % r for r in rows]
    L += ["", "> 注意：所有接口均需在请求头中携带 `Authorization` 字段。"]
    return "\n".join(L)


def m_chem(R):
    L = ["{city|市}%d年第%d季度空气质量简报" % (R.randint(2020, 2024), R.randint(1, 4)),
         "PM₂.₅平均浓度为%d μg/m³，PM₁₀平均浓度为%d μg/m³。" % (R.randint(18, 60), R.randint(30, 90)),
         "臭氧（O₃）日最大8小时平均浓度第90百分位数为%d μg/m³。" % R.randint(100, 180),
         "本季度平均气温%d.%d℃，降水量较常年偏多%d‰。" % (R.randint(5, 30), R.randint(0, 9), R.randint(10, 90)),
         "二氧化碳（CO₂）排放强度同比下降%d.%d%%。" % (R.randint(1, 9), R.randint(0, 9))]
    return fill(L, R)


def m_currency(R):
    rates = [("美元", "USD", "$", 7.1), ("欧元", "EUR", "€", 7.8), ("英镑", "GBP", "£", 9.1), ("日元", "JPY", "¥", 0.048),
             ("韩元", "KRW", "₩", 0.0053), ("越南盾", "VND", "₫", 0.00029), ("泰铢", "THB", "฿", 0.2)]
    L = ["外币兑换参考汇率（%d年%d月%d日）" % (R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28)), "币种    符号    1单位折合人民币"]
    for n, c, sym, v in R.sample(rates, 5):
        L.append("%s（%s）    %s    %.4f" % (n, c, sym, v * R.uniform(.97, 1.03)))
    L.append("以上汇率仅供参考，以实际交易为准。")
    return "\n".join(L)


def m_music(R):
    L = ["《%s》简谱（节选）" % R.choice(["茉莉花", "送别", "小星星", "欢乐颂"]),
         "1=%s  %s  ♩=%d" % (R.choice(["C", "D", "F", "G", "♭B", "♭E"]), R.choice(["4/4", "3/4", "2/4"]), R.randint(60, 120)),
         "| 3 3 4 5 | 5 4 3 2 | 1 1 2 3 | 3· 2 2 — |",
         "演奏提示：第%d小节的 ♯4 为升半音，注意音准；𝄞 高音谱号部分由长笛演奏。" % R.randint(2, 8),
         "力度记号：p（弱）→ mf（中强）→ f（强）"]
    return "\n".join(L)


def m_typography(R):
    L = ["双语新闻摘要（%d月%d日）" % (R.randint(1, 12), R.randint(1, 28)),
         "“The city will open %d new libraries this year,” the mayor said — a record number." % R.randint(3, 12),
         "市长表示：“今年全市将新开%d家图书馆。”" % R.randint(3, 12),
         "Officials didn’t confirm the budget… but said it’s “well within plan”.",
         "官员未透露具体预算……但表示“完全在计划之内”。"]
    return "\n".join(L)


def m_explainer(R):
    L = ["技术博客｜%s" % R.choice(["为什么会出现“锟斤拷”？", "乱码是怎么产生的", "从“锟斤拷”说起：字符编码入门", "编码问题排查手记"]),
         "很多程序员都见过“锟斤拷”这三个字，它其实是编码转换出错的典型产物。",
         "当 GBK 编码的文本被当作 UTF-8 解码时，无法识别的字节会被替换成 U+FFFD（�）。",
         "这些替换字符再以 UTF-8 保存（EF BF BD），随后又被当作 GBK 读取，就变成了“锟斤拷”。",
         "同理，UTF-8 文本被当作 GBK 打开时，“发展”会显示为“鍙戝睍”，这类现象统称为乱码（mojibake）。",
         "解决办法：统一使用 UTF-8，并在读写文件时明确指定编码。",
         "另一个常见例子是“Ã©”，它通常意味着 UTF-8 编码的“é”被当成了 Latin-1。",
         "作者：%s    发布于 %d-%02d-%02d" % (person(R), R.randint(2016, 2025), R.randint(1, 12), R.randint(1, 28))]
    return "\n".join(L[:1] + keep(R, L[1:-1], R.randint(3, 6)) + L[-1:])


def m_arabic(R):
    ph = R.sample([("مرحبا", "你好"), ("شكرا", "谢谢"), ("كم السعر؟", "多少钱？"), ("أين المطار؟", "机场在哪里？"),
                   ("مع السلامة", "再见")], 3)
    L = ["%s旅行必备阿拉伯语" % R.choice(["迪拜", "多哈", "开罗", "利雅得"]), "阿拉伯语从右往左书写，以下为常用语："]
    L += ["%s：%s" % (z, a) for a, z in ph]
    L += ["入境时请注意当地着装习俗。"]
    return "\n".join(L)


def m_thai(R):
    ph = R.sample([("สวัสดี", "你好"), ("ขอบคุณ", "谢谢"), ("อร่อยมาก", "很好吃"), ("เท่าไหร่", "多少钱"),
                   ("ไม่เผ็ด", "不要辣")], 3)
    L = ["%s吃货攻略：点菜泰语" % R.choice(["曼谷", "清迈", "普吉岛"])]
    L += ["%s —— %s" % p for p in ph]
    L += ["男性句末加“ครับ”，女性句末加“ค่ะ”，显得更礼貌。"]
    return "\n".join(L)


def m_polish_turkish(R):
    S = ["波兰第三大城市罗兹的波兰语写作“Łódź”，其中Ł读作类似英语的w。",
         "土耳其最大城市伊斯坦布尔写作“İstanbul”，注意大写的İ上面有一点。",
         "捷克首都布拉格的捷克语名称是“Praha”，德沃夏克（Dvořák）的ř是捷克语特有的音。",
         "冰岛语“Þingvellir”（辛格韦德利国家公园）中的Þ读作英语th。",
         "丹麦语“smørrebrød”（开放式三明治）中的ø类似德语ö。"]
    return "\n".join(["欧洲地名里的特殊字母"] + R.sample(S, R.randint(3, 4)))


MJ_NEG = {
    "quoted_russian_phrasebook": (m_russian, "genuine Cyrillic"),
    "quoted_japanese_travel": (m_japanese, "genuine Japanese kana/kanji"),
    "quoted_korean_drama_lines": (m_korean, "genuine Hangul"),
    "greek_letters_physics": (m_greek, "Greek letters and subscripts in formulas"),
    "french_menu_accents": (m_french, "French accents"),
    "german_vocabulary_umlauts": (m_german, "German umlauts and ß"),
    "vietnamese_phrasebook": (m_vietnamese, "Vietnamese diacritics"),
    "portuguese_spanish_notes": (m_iberian, "ã, ñ, ¿ are genuine"),
    "pinyin_tone_lesson": (m_pinyin_lesson, "pinyin with tone marks after words in a language lesson"),
    "reading_annotation_pinyin": (m_reading_annot, "pinyin annotation of hard words in a textbook"),
    "traditional_tw_school_notice": (m_tw_notice, "Taiwan traditional characters"),
    "traditional_hk_estate_notice": (m_hk_notice, "Hong Kong traditional characters"),
    "traditional_work_report_clean": (m_trad_report, "traditional characters without annotation"),
    "cantonese_forum_post": (m_cantonese, "Cantonese written forms 冇嘅啲咗"),
    "rare_characters_article": (m_rare_chars, "rare and extension-B characters"),
    "math_symbols_notes": (m_math, "mathematical symbols"),
    "emoji_group_chat": (m_emoji, "emoji"),
    "emoji_zwj_sequences": (m_zwj_emoji, "ZWJ inside emoji sequences is legitimate"),
    "faq_question_marks": (m_faq, "legitimate ? in questions"),
    "python_encoding_note": (m_code_escape, "escape sequences inside a code snippet"),
    "html_entities_tutorial": (m_html_tutorial, "HTML entities shown on purpose in a tutorial"),
    "ipa_phonetics_lesson": (m_ipa, "IPA symbols"),
    "kangxi_radical_index": (m_kangxi_index, "Kangxi radical code points in a radical index"),
    "ascii_art_signature": (m_ascii_art, "box drawing and kaomoji"),
    "markdown_api_table": (m_markdown, "Markdown table and code"),
    "air_quality_units": (m_chem, "subscripts, μg/m³, ℃, ‰"),
    "currency_symbols_table": (m_currency, "currency symbols"),
    "music_notation": (m_music, "music symbols ♩ ♯ ♭ 𝄞"),
    "bilingual_typography": (m_typography, "curly quotes, dashes, ellipsis"),
    "mojibake_explainer_blog": (m_explainer, "quoted examples of mojibake explained as such"),
    "arabic_phrasebook": (m_arabic, "genuine Arabic (RTL) without control characters"),
    "thai_food_phrases": (m_thai, "genuine Thai"),
    "european_special_letters": (m_polish_turkish, "Ł ó ź İ ř Þ ø are genuine"),
}


# ----------------------------------------------------------------------------- style registry
def build_styles():
    """List of (style, family, label, fn) in a fixed order; fn(R) -> (text, spans, note)."""
    st = []
    for shell, conv in PH_POS:
        st.append(("%s_%s" % (shell, conv.lower()), "ph", "placeholder", make_ph_pos(shell, conv)))
    for name, (fn, why) in PH_NEG.items():
        st.append((name, "ph", "negative", (lambda fn, why: lambda R: (fn(R), [], "look-alike: " + why))(fn, why)))
    for kind, shell, gran in MJ_POS:
        st.append((mj_style_name(kind, shell, gran), "mj", "mojibake", make_mj_pos(kind, shell, gran)))
    for name, (fn, why) in MJ_NEG.items():
        st.append((name, "mj", "negative", (lambda fn, why: lambda R: (fn(R), [], "look-alike: " + why))(fn, why)))
    names = [s[0] for s in st]
    assert len(names) == len(set(names)), "duplicate style names"
    return st


def generate(seed, report=False):
    recs, seen, rejected = [], set(), {}
    for style, fam, label, fn in build_styles():
        R = random.Random("text41:%d:%s" % (seed, style))
        n = R.randint(15, 18)
        made = 0
        for attempt in range(n * 40):
            text, spans, note = fn(R)
            if text in seen:
                continue
            rec = {"family": fam, "style": style, "label": label, "text": text, "spans": spans, "note": note}
            err = check_record(rec)
            if err:
                rejected[err.split(":")[-1][:60]] = rejected.get(err.split(":")[-1][:60], 0) + 1
                continue
            seen.add(text)
            recs.append(rec)
            made += 1
            if made == n:
                break
        if made < 15:
            print("WARN style %s: only %d unique records" % (style, made), file=sys.stderr)
    if report and rejected:
        print("rejected candidates (regenerated): %s" % rejected, file=sys.stderr)
    random.Random("text41-order:%d" % seed).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        out.append({"id": "t41-s%d-%05d" % (seed, i + 1), **r})
    return out


# ----------------------------------------------------------------------------- checks
STYLE_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
PH_SPAN_RE = re.compile(r"[xX×Ｘ某〇_＿＊*]|\[[^\]]+\]|【[^】]+】|\{\{.+\}\}|\$\w+\$|\$\{\w+\}|%[sd]|（[^）]*填[^）]*）")
HTML_RE = re.compile(r"(?:&[a-zA-Z]+;|&#\d+;|&#x[0-9a-fA-F]+;|<[^<>\n]+>)+")
PINYIN_RE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü']+\)")
PDF_RE = re.compile(r"(?:[\u2f00-\u2fd5\ufb00-\ufb06]|\(cid:\d+\))+")
KEYS = {"id", "family", "style", "label", "text", "spans", "note"}
LABELS = {"ph": {"placeholder", "negative"}, "mj": {"mojibake", "negative"}}


EAST_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def has_letter(s):
    return any(ord(c) > 127 and unicodedata.category(c).startswith("L") for c in s)


def check_mj_span(seg, note):
    m = re.search(r"kind=(\w+)", note)
    if not m:
        return "mojibake note lacks kind="
    kind = m.group(1)
    cm = re.search(r"codec=(\S+)", note)
    if kind == "codec":
        if not cm:
            return "codec kind without codec="
        pairs = [p.split(">") for p in cm.group(1).split(",")]
        a, b = pairs[-1]
        if seg.isascii():
            return "codec span is plain ASCII"
        if b.endswith("+shift"):
            if not (CJK_RE.search(seg) or "\ufffd" in seg):
                return "byte-shift span has no CJK/U+FFFD"
            try:
                raw = seg.encode("gbk", errors="ignore")
                if raw and (b"\xb0" + raw).decode("gbk", errors="replace") == seg:
                    return "byte-shift span stable"
            except LookupError:
                return "bad codec"
            return None
        try:
            rep = seg.encode(b, errors="ignore").decode(a, errors="replace")
        except LookupError:
            return "unknown codec %s/%s" % (a, b)
        if rep == seg:
            return "span unchanged by reverse codec round trip (%s>%s)" % (a, b)
        if b == "utf-8" and "\ufffd" not in seg and CJK_RE.search(seg):
            return "bytes-as-UTF-8 damage with hanzi but without U+FFFD"
        if not ("\ufffd" in seg or EAST_RE.search(rep)
                or (len(pairs) > 1 and (has_letter(rep.replace("\ufffd", "")) or "\ufffd" in rep))):
            return "reverse round trip (%s>%s) gives no readable text: not real damage" % (a, b)
        return None
    if kind == "lossy":
        return None if set(seg) == {"?"} else "lossy span must be ? only"
    if kind == "trunc":
        return None if set(seg) == {"\ufffd"} else "truncation span must be U+FFFD only"
    if kind == "html":
        return None if HTML_RE.fullmatch(seg) else "html span is not entity/tag"
    if kind == "pinyin":
        return None if PINYIN_RE.fullmatch(seg) else "pinyin span is not (pinyin)"
    if kind == "pdf":
        return None if PDF_RE.fullmatch(seg) else "pdf span is not Kangxi/ligature/(cid:N)"
    if kind == "zw":
        return None if seg and all(c in ZWSET for c in seg) else "zw span holds non-control characters"
    return "unknown kind %s" % kind


def check_record(r):
    """Return an error string, or None."""
    fam, label, text, spans, note = r.get("family"), r.get("label"), r.get("text"), r.get("spans"), r.get("note")
    if fam not in LABELS:
        return "bad family %r" % fam
    if label not in LABELS[fam]:
        return "label %r not allowed in family %s" % (label, fam)
    if not isinstance(r.get("style"), str) or not STYLE_RE.match(r["style"]):
        return "style not snake_case"
    if not isinstance(text, str) or not text.strip():
        return "empty text"
    nl = text.count("\n") + 1
    if not 1 <= nl <= 12:
        return "text has %d lines" % nl
    if not isinstance(note, str) or "\n" in note or not note.strip():
        return "note must be one non-empty line"
    if not isinstance(spans, list):
        return "spans not a list"
    prev = 0
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(type(x) is int for x in sp)):
            return "span %r malformed" % (sp,)
        a, b = sp
        if not (0 <= a < b <= len(text)):
            return "span %r outside text or empty" % (sp,)
        if a < prev:
            return "spans overlap or unsorted at %r" % (sp,)
        prev = b
        seg = text[a:b]
        if "\n" in seg:
            return "span %r crosses a line break" % (sp,)
        if fam == "ph":
            if seg != seg.strip() or not PH_SPAN_RE.search(seg):
                return "placeholder span %r does not look like a placeholder" % seg
        else:
            err = check_mj_span(seg, note)
            if err:
                return "span %r: %s" % (seg, err)
    if label == "negative" and spans:
        return "negative record with spans"
    if label != "negative" and not spans:
        return "positive record without spans"
    return None


def verify(paths):
    bad = 0
    for path in paths:
        ids, styles, n = set(), {}, 0
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as e:
                    print("%s:%d: bad JSON: %s" % (path, ln, e))
                    bad += 1
                    continue
                n += 1
                if set(r) != KEYS:
                    print("%s:%d: keys %s" % (path, ln, sorted(r)))
                    bad += 1
                    continue
                if r["id"] in ids:
                    print("%s:%d: duplicate id %s" % (path, ln, r["id"]))
                    bad += 1
                ids.add(r["id"])
                err = check_record(r)
                if err:
                    print("%s:%d (%s, %s): %s" % (path, ln, r["id"], r.get("style"), err))
                    bad += 1
                styles.setdefault((r.get("family"), r.get("style")), set()).add(r.get("label"))
        for (fam, st), labs in styles.items():
            if len(labs) != 1:
                print("%s: style %s mixes labels %s" % (path, st, labs))
                bad += 1
        print("%s: %d records, %d styles" % (path, n, len(styles)))
    print("verify: %s (%d problems)" % ("OK" if not bad else "FAILED", bad))
    return 1 if bad else 0


def table(seed):
    recs = generate(seed)
    by = {}
    for r in recs:
        by.setdefault(r["style"], []).append(r)
    print("| style | family | label | n | example |")
    print("|---|---|---|---|---|")
    for style, fam, label, _ in build_styles():
        rs = by[style]
        r = rs[0]
        if r["spans"]:
            a, b = r["spans"][0]
            lo = max(0, a - 12)
            ex = r["text"][lo:a] + "⟦" + r["text"][a:b] + "⟧" + r["text"][b:b + 12]
        else:
            ex = r["text"][:40]
        ex = ex.replace("\n", "⏎").replace("|", "\\|")
        ex = "".join(c if (c.isprintable() and c not in ZWSET) else "\\u%04x" % ord(c) for c in ex)
        print("| %s | %s | %s | %d | %s |" % (style, fam, label, len(rs), ex))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--table", action="store_true", help="print the markdown style table for --seed")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.seed is None:
        ap.error("--seed is required")
    if a.table:
        table(a.seed)
        return
    if not a.out:
        ap.error("--out is required")
    recs = generate(a.seed, report=True)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = {}
    for r in recs:
        c[(r["family"], r["label"])] = c.get((r["family"], r["label"]), 0) + 1
    print("wrote %d records to %s: %s" % (len(recs), a.out, ", ".join("%s/%s=%d" % (k[0], k[1], v) for k, v in sorted(c.items()))))


if __name__ == "__main__":
    main()
