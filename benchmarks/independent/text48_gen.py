#!/usr/bin/env python3
"""text48_gen.py - held-out set 48: placeholders and mojibake in Chinese documents.

Standard library only.  Deterministic per --seed (random.Random seeded with str
values, which are hashed with SHA-512, so PYTHONHASHSEED plays no part).

    python3 text48_gen.py --seed 11 --out text48_seed11.jsonl
    python3 text48_gen.py --verify text48_seed11.jsonl text48_seed12.jsonl
    python3 text48_gen.py --table text48_seed11.jsonl      # markdown style table

Families: "ph" (placeholder / negative) and "mj" (mojibake / negative).
Sources: job postings, real-estate listings, medicine package inserts, metro and
bus service announcements, kindergarten weekly menus and plans.
"""
import argparse
import codecs
import html
import json
import random
import re
import sys

# ---------------------------------------------------------------------------
# codec helpers
# ---------------------------------------------------------------------------


def _c1pass(err):
    """Error handler for cp1252 decoding: undefined bytes (0x81 0x8D 0x8F 0x90
    0x9D) become the C1 control with the same number, as browsers do."""
    if isinstance(err, UnicodeDecodeError):
        return ("".join(chr(b) for b in err.object[err.start:err.end]), err.end)
    raise err


codecs.register_error("c1pass", _c1pass)

# simplified -> (traditional, pinyin) : characters the scraper annotates
PY_MAP = {
    "发": ("發", "fā"), "区": ("區", "qū"), "领": ("領", "lǐng"), "导": ("導", "dǎo"),
    "现": ("現", "xiàn"), "动": ("動", "dòng"), "务": ("務", "wù"), "设": ("設", "shè"),
    "开": ("開", "kāi"), "项": ("項", "xiàng"), "实": ("實", "shí"), "坚": ("堅", "jiān"),
    "场": ("場", "chǎng"), "员": ("員", "yuán"), "会": ("會", "huì"), "时": ("時", "shí"),
    "间": ("間", "jiān"), "报": ("報", "bào"), "学": ("學", "xué"), "经": ("經", "jīng"),
    "应": ("應", "yīng"), "运": ("運", "yùn"), "营": ("營", "yíng"), "线": ("線", "xiàn"),
    "调": ("調", "tiáo"), "园": ("園", "yuán"), "饭": ("飯", "fàn"), "汤": ("湯", "tāng"),
    "鸡": ("雞", "jī"), "药": ("藥", "yào"), "剂": ("劑", "jì"), "请": ("請", "qǐng"),
    "联": ("聯", "lián"), "系": ("繫", "xì"), "电": ("電", "diàn"), "话": ("話", "huà"),
    "车": ("車", "chē"), "门": ("門", "mén"), "号": ("號", "hào"), "长": ("長", "zhǎng"),
    "东": ("東", "dōng"), "楼": ("樓", "lóu"), "层": ("層", "céng"), "积": ("積", "jī"),
    "价": ("價", "jià"), "万": ("萬", "wàn"), "岗": ("崗", "gǎng"), "历": ("歷", "lì"),
    "验": ("驗", "yàn"), "资": ("資", "zī"), "险": ("險", "xiǎn"), "试": ("試", "shì"),
    "笔": ("筆", "bǐ"), "绩": ("績", "jì"), "总": ("總", "zǒng"), "单": ("單", "dān"),
    "见": ("見", "jiàn"), "儿": ("兒", "ér"), "师": ("師", "shī"), "国": ("國", "guó"),
    "说": ("說", "shuō"), "书": ("書", "shū"), "过": ("過", "guò"), "贮": ("貯", "zhù"),
    "产": ("產", "chǎn"), "业": ("業", "yè"), "准": ("準", "zhǔn"), "为": ("為", "wèi"),
    "对": ("對", "duì"), "关": ("關", "guān"), "进": ("進", "jìn"), "个": ("個", "gè"),
    "点": ("點", "diǎn"), "换": ("換", "huàn"), "务": ("務", "wù"), "乐": ("樂", "lè"),
}
# simplified -> traditional without annotation
TRAD_MAP = dict(zip(
    "阶贯确紧围绕际记认证议识备节处级约给结统组织细终续维网络辆轨铁钟钱银错饮饼馒鱼鲜汉语读谢户厅卫装视监测疗医脑肠头晕痒惯体岁龄须预计划办劳广环护边远还传带获济费贵质询职责购签约满数据齐热难将属访钢纸适础标宽亲爱妈孙补贴审条规则写奖缴纳离邮箱区",
    "階貫確緊圍繞際記認證議識備節處級約給結統組織細終續維網絡輛軌鐵鐘錢銀錯飲餅饅魚鮮漢語讀謝戶廳衛裝視監測療醫腦腸頭暈癢慣體歲齡須預計劃辦勞廣環護邊遠還傳帶獲濟費貴質詢職責購簽約滿數據齊熱難將屬訪鋼紙適礎標寬親愛媽孫補貼審條規則寫獎繳納離郵箱區",
))
for _k in PY_MAP:
    TRAD_MAP.pop(_k, None)


def to_trad(s):
    return "".join(PY_MAP[c][0] if c in PY_MAP else TRAD_MAP.get(c, c) for c in s)


def pinyin_scrape(s):
    out = []
    for ch in s:
        if ch in PY_MAP:
            t, p = PY_MAP[ch]
            out.append(f"{t}({p})")
        else:
            out.append(TRAD_MAP.get(ch, ch))
    return "".join(out)


def html_restore(s):
    return html.unescape(re.sub(r"</?[A-Za-z][^<>]*>", "", s))


# name -> function(original) -> damaged text.  All are real codec round trips
# except "pinyin_scrape" (a scraper artefact) and "xmlcharref" (a real codec
# error handler, 'xmlcharrefreplace').
TRANSFORMS = {
    "utf8>gbk": lambda s: s.encode("utf-8").decode("gbk", errors="replace"),
    "utf8>gb18030": lambda s: s.encode("utf-8").decode("gb18030", errors="replace"),
    "utf8>cp1252/ignore": lambda s: s.encode("utf-8").decode("cp1252", errors="ignore"),
    "utf8>cp1252/c1pass": lambda s: s.encode("utf-8").decode("cp1252", errors="c1pass"),
    "utf8>latin-1": lambda s: s.encode("utf-8").decode("latin-1"),
    "utf8>shift_jis": lambda s: s.encode("utf-8").decode("shift_jis", errors="replace"),
    "gb18030>utf8": lambda s: s.encode("gb18030").decode("utf-8", errors="replace"),
    "gbk>utf8": lambda s: s.encode("gbk").decode("utf-8", errors="replace"),
    "big5>utf8": lambda s: s.encode("big5").decode("utf-8", errors="replace"),
    "fffd>utf8>gbk": lambda s: s.encode("utf-8").decode("gbk", errors="replace"),
    "gb2312-lost": lambda s: s.encode("gb2312", errors="replace").decode("gb2312"),
    "gbk-lost": lambda s: s.encode("gbk", errors="replace").decode("gbk"),
    "latin-1-lost": lambda s: s.encode("latin-1", errors="replace").decode("latin-1"),
    "ascii-lost": lambda s: s.encode("ascii", errors="replace").decode("ascii"),
    "double-utf8>cp1252": lambda s: s.encode("utf-8").decode("cp1252", errors="c1pass")
    .encode("utf-8").decode("cp1252", errors="c1pass"),
    "double-utf8>gbk": lambda s: s.encode("utf-8").decode("cp1252", errors="c1pass")
    .encode("utf-8").decode("gbk", errors="replace"),
    "xmlcharref": lambda s: s.encode("ascii", errors="xmlcharrefreplace").decode("ascii"),
    "pinyin_scrape": pinyin_scrape,
}

CJK = "\u4e00-\u9fff"
RE_CJK_RUN = re.compile(f"[{CJK}]{{2,}}")

# ---------------------------------------------------------------------------
# pools
# ---------------------------------------------------------------------------
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟",
         "涛", "明", "超", "秀英", "华", "慧", "建国", "晓东", "雨萱", "子涵", "浩然", "欣怡",
         "思远", "佳琪", "俊杰", "梓轩", "文博", "海燕", "红梅", "志刚", "春华", "立新", "小红",
         "玉兰", "丹", "鹏", "婷", "雪", "宇", "晨", "颖", "凯", "琳", "倩", "博文", "一鸣"]
RARE_GIVEN = ["喆", "堃", "昇", "犇", "玥", "瑄", "琇", "珺", "祎", "旻", "翀", "彧", "曌", "垚"]
STEMS = ["青禾", "东湖", "锦江", "南山", "金桥", "长河", "新塘", "白云", "星海", "桃源", "滨江",
         "翠园", "明德", "嘉禾", "瑞丰", "华康", "清泉", "银杏", "兴隆", "丰乐", "望江", "柳林",
         "梧桐", "云栖", "凤鸣", "春晖", "和平", "永安", "博雅", "阳光"]
CITIES = ["杭州", "成都", "武汉", "南京", "西安", "长沙", "苏州", "郑州", "青岛", "合肥", "宁波",
          "福州", "昆明", "南昌", "济南", "沈阳", "无锡", "佛山", "东莞", "贵阳"]
ROADS = ["文一", "解放", "建设", "人民", "中山", "和平", "学院", "滨河", "新华", "光明", "长江",
         "黄河", "朝阳", "工农", "胜利", "振兴"]
DISTRICTS = ["西湖", "高新", "江北", "经开", "城南", "滨湖", "天河", "雨花", "金牛", "洪山", "历下", "鼓楼"]
JOBS = ["销售代表", "仓库管理员", "行政专员", "会计", "软件测试工程师", "店长", "客服专员",
        "数控车床操作工", "幼儿教师", "保育员", "物业管家", "前台接待", "质检员", "送餐骑手",
        "电工", "平面设计师", "社区工作者", "药品营业员"]
EDU = ["大专", "本科", "中专", "高中"]
DRUGS = [("阿莫西林胶囊", "阿莫西林", "胶囊"), ("布洛芬缓释胶囊", "布洛芬", "胶囊"),
         ("盐酸二甲双胍片", "盐酸二甲双胍", "片"), ("氯雷他定片", "氯雷他定", "片"),
         ("蒙脱石散", "蒙脱石", "袋"), ("复方甘草片", "甘草浸膏粉", "片"),
         ("头孢克肟分散片", "头孢克肟", "片"), ("维生素C咀嚼片", "维生素C", "片"),
         ("奥美拉唑肠溶胶囊", "奥美拉唑", "粒"), ("硝苯地平控释片", "硝苯地平", "片")]
ADVERSE = ["恶心、腹泻", "头晕、乏力", "皮疹、瘙痒", "口干、便秘", "胃部不适", "轻度嗜睡"]
EXCIP = ["淀粉、硬脂酸镁", "微晶纤维素、乳糖", "羟丙甲纤维素、滑石粉", "蔗糖、柠檬酸"]
STATIONS = ["市民中心", "人民广场", "体育中心", "市图书馆", "大学城", "科技园", "万象城", "滨江公园",
            "客运中心", "文化宫", "南湖", "北门", "会展中心", "奥体中心", "中医院", "河坊街"]
REASONS = ["线路设备升级改造", "区间隧道结构检测", "配合市政道路施工", "信号系统联调", "接触网检修"]
STOPS = ["农贸市场", "第一中学", "妇幼保健院", "新村路口", "工业园东门", "花园小区", "汽车客运中心", "税务局"]
BREAKFAST = ["小米粥、鸡蛋饼", "牛奶、肉松面包", "南瓜粥、花卷", "豆浆、菜包", "燕麦粥、鹌鹑蛋", "青菜瘦肉粥、馒头"]
LUNCH = ["番茄炒蛋、红烧鸡翅、紫菜蛋汤", "土豆烧牛肉、清炒西兰花、冬瓜汤", "糖醋里脊、蒜蓉生菜、玉米排骨汤",
         "清蒸鲈鱼、炒三丁、菠菜猪肝汤", "咖喱鸡块、胡萝卜炒蛋、丝瓜汤", "肉末豆腐、炒青菜、海带汤"]
SNACK = ["香蕉、酸奶", "苹果、饼干", "蒸红薯", "银耳羹", "橙子、小蛋糕", "绿豆汤"]
THEMES = ["春天来了", "我爱我家", "交通工具", "好玩的水", "身体的秘密", "快乐的节日", "动物朋友"]
ACTIVITIES = ["语言活动《小蝌蚪找妈妈》", "科学活动《沉与浮》", "美术活动《春天的花》", "音乐活动《小雨沙沙》",
              "健康活动《保护牙齿》", "社会活动《我是值日生》", "数学活动《按规律排序》", "体育游戏《老鹰捉小鸡》"]
CLASSES = ["小一", "小二", "中一", "中二", "大一", "大二", "大三"]
DECOR = ["精装修", "简装修", "毛坯", "豪华装修"]


def rname(r):
    return r.choice(SURNAMES) + r.choice(GIVEN)


# ---------------------------------------------------------------------------
# slots: name -> (kind, Chinese label, English key, generator(r, ctx))
# ---------------------------------------------------------------------------


def _date(r, ctx, key, base=None):
    if base and base in ctx["_d"]:
        m, d = ctx["_d"][base]
        d2 = min(28, d + r.randint(3, 12))
        ctx["_d"][key] = (m, d2)
        return f"{m}月{d2}日"
    m, d = r.randint(1, 12), r.randint(1, 15)
    ctx["_d"][key] = (m, d)
    return f"{m}月{d}日"


def _phone(r):
    if r.random() < 0.6:
        return "1" + r.choice("35789") + "".join(str(r.randint(0, 9)) for _ in range(9))
    return r.choice(["0571", "028", "027", "025", "029", "0731", "0512"]) + "-" + \
        str(r.randint(6, 8)) + "".join(str(r.randint(0, 9)) for _ in range(7))


def _pct_pair(r, ctx):
    if "_pct" not in ctx:
        ctx["_pct"] = r.choice([30, 40, 50, 60, 70])
    return ctx["_pct"]


SLOTS = {
    "org": ("org", "单位名称", "org_name", lambda r, c: r.choice(STEMS)),
    "org2": ("org", "单位名称", "supplier", lambda r, c: r.choice(STEMS)),
    "city": ("org", "城市", "city", lambda r, c: r.choice(CITIES)),
    "district": ("org", "区县", "district", lambda r, c: r.choice(DISTRICTS)),
    "community": ("org", "小区名称", "community", lambda r, c: r.choice(STEMS) + r.choice(["花园", "家园", "府", "苑", "名邸"])),
    "year": ("year", "年份", "year", lambda r, c: str(r.choice([2023, 2024, 2025]))),
    "date": ("date", "日期", "start_date", lambda r, c: _date(r, c, "date")),
    "date2": ("date", "截止日期", "end_date", lambda r, c: _date(r, c, "date2", "date")),
    "pubdate": ("fulldate", "发布日期", "publish_date",
                lambda r, c: f"{r.choice([2023, 2024, 2025])}年{r.randint(1, 12)}月{r.randint(1, 28)}日"),
    "time": ("time", "时间", "time", lambda r, c: f"{r.choice([6, 7, 8, 9])}:{r.choice(['00', '30', '15'])}"),
    "time2": ("time", "结束时间", "end_time", lambda r, c: f"{r.choice([17, 18, 21, 22, 23])}:{r.choice(['00', '30'])}"),
    "phone": ("phone", "联系电话", "phone", lambda r, c: _phone(r)),
    "phone2": ("phone", "监督电话", "hotline", lambda r, c: _phone(r)),
    "email": ("email", "邮箱", "email",
              lambda r, c: r.choice(["hr", "job", "zhaopin", "recruit"]) + "@" + r.choice(["qinghe", "jinqiao", "ruifeng", "xinghai"]) + r.choice([".com", ".cn", ".com.cn"])),
    "contact": ("name", "联系人", "contact", lambda r, c: rname(r)),
    "name": ("name", "姓名", "name", lambda r, c: rname(r)),
    "name2": ("name", "姓名", "name2", lambda r, c: rname(r)),
    "headcount": ("num", "人数", "headcount", lambda r, c: str(r.randint(2, 30))),
    "salary_lo": ("num", "最低月薪", "salary_min", lambda r, c: str(r.choice([3500, 4000, 4500, 5000, 6000, 7000, 8000]))),
    "salary_hi": ("num", "最高月薪", "salary_max", lambda r, c: str(r.choice([9000, 10000, 12000, 15000]))),
    "years": ("num", "工作年限", "years", lambda r, c: str(r.randint(1, 5))),
    "agemax": ("num", "年龄上限", "age_limit", lambda r, c: str(r.choice([35, 40, 45]))),
    "bonus": ("num", "月数", "bonus_months", lambda r, c: str(r.randint(1, 3))),
    "months": ("num", "月数", "months", lambda r, c: str(r.choice([3, 6, 12, 24, 36]))),
    "pct": ("pct", "比例", "ratio", lambda r, c: str(_pct_pair(r, c))),
    "pct2": ("pct", "比例", "ratio2", lambda r, c: str(100 - _pct_pair(r, c))),
    "addr": ("addr", "地址", "address",
             lambda r, c: f"{r.choice(DISTRICTS)}区{r.choice(ROADS)}路{r.randint(1, 399)}号"),
    "jobtitle": ("text", "岗位名称", "job_title", lambda r, c: r.choice(JOBS)),
    "edu": ("text", "学历", "education", lambda r, c: r.choice(EDU)),
    "rooms": ("num", "室", "rooms", lambda r, c: str(r.randint(1, 4))),
    "halls": ("num", "厅", "halls", lambda r, c: str(r.randint(1, 2))),
    "baths": ("num", "卫", "baths", lambda r, c: str(r.randint(1, 2))),
    "area": ("dec", "面积", "area", lambda r, c: f"{r.randint(45, 160)}.{r.randint(10, 99)}"),
    "price": ("dec", "总价", "price", lambda r, c: f"{r.randint(80, 600)}.{r.randint(0, 9)}"),
    "unitprice": ("num", "单价", "unit_price", lambda r, c: str(r.randint(9000, 48000))),
    "floor": ("num", "楼层", "floor", lambda r, c: str(r.randint(2, 30))),
    "line": ("num", "线路", "line_no", lambda r, c: str(r.randint(1, 12))),
    "dist": ("num", "距离", "distance", lambda r, c: str(r.randint(2, 12) * 100)),
    "rent": ("num", "月租金", "rent", lambda r, c: str(r.randint(15, 80) * 100)),
    "day": ("num", "日", "pay_day", lambda r, c: str(r.randint(1, 10))),
    "deposit": ("num", "定金", "deposit", lambda r, c: str(r.choice([2, 5, 10, 20]))),
    "building": ("num", "楼号", "building", lambda r, c: str(r.randint(1, 18))),
    "permit": ("code", "许可证号", "permit_no", lambda r, c: f"（{r.choice([2023, 2024])}）第{r.randint(10, 999):04d}号"),
    "decor": ("text", "装修情况", "decoration", lambda r, c: r.choice(DECOR)),
    "drug": ("text", "药品名称", "drug_name", lambda r, c: c["_drug"][0]),
    "ingredient": ("text", "成份", "ingredient", lambda r, c: c["_drug"][1]),
    "excip": ("text", "辅料", "excipients", lambda r, c: r.choice(EXCIP)),
    "dose": ("num", "规格", "strength", lambda r, c: str(r.choice([5, 10, 25, 50, 100, 250, 500]))),
    "n": ("num", "每次用量", "dose_per_time", lambda r, c: str(r.randint(1, 2))),
    "m": ("num", "每日次数", "times_per_day", lambda r, c: str(r.randint(2, 3))),
    "adverse": ("text", "不良反应", "adverse", lambda r, c: r.choice(ADVERSE)),
    "temp": ("num", "温度", "temperature", lambda r, c: str(r.choice([20, 25, 30]))),
    "approval": ("code", "批准文号", "approval_no", lambda r, c: f"{r.randint(10000000, 99999999)}"),
    "station": ("text", "站名", "station", lambda r, c: r.choice(STATIONS[:8])),
    "station2": ("text", "站名", "station2", lambda r, c: r.choice(STATIONS[8:])),
    "reason": ("text", "原因", "reason", lambda r, c: r.choice(REASONS)),
    "hours": ("num", "小时", "hours", lambda r, c: str(r.randint(2, 72))),
    "bus": ("num", "线路", "bus_no", lambda r, c: str(r.randint(1, 399))),
    "exit": ("code", "出口", "exit", lambda r, c: r.choice("ABCD") + str(r.randint(1, 4))),
    "stop": ("text", "站点", "stop", lambda r, c: r.choice(STOPS[:4])),
    "stop2": ("text", "站点", "stop2", lambda r, c: r.choice(STOPS[4:])),
    "km": ("dec", "里程", "km", lambda r, c: f"{r.randint(8, 35)}.{r.randint(1, 9)}"),
    "fare": ("num", "票价", "fare", lambda r, c: str(r.choice([1, 2, 3]))),
    "interval": ("num", "间隔", "interval", lambda r, c: str(r.choice([8, 10, 12, 15, 20]))),
    "week": ("num", "周次", "week", lambda r, c: str(r.randint(1, 20))),
    "breakfast": ("text", "早餐", "breakfast", lambda r, c: r.choice(BREAKFAST)),
    "lunch": ("text", "午餐", "lunch", lambda r, c: r.choice(LUNCH)),
    "snack": ("text", "午点", "snack", lambda r, c: r.choice(SNACK)),
    "milk": ("num", "毫升", "milk_ml", lambda r, c: str(r.choice([150, 200, 250]))),
    "theme": ("text", "主题", "theme", lambda r, c: r.choice(THEMES)),
    "activity": ("text", "活动", "activity", lambda r, c: r.choice(ACTIVITIES)),
    "activity2": ("text", "活动", "activity2", lambda r, c: r.choice(ACTIVITIES)),
    "klass": ("text", "班级", "class_name", lambda r, c: r.choice(CLASSES)),
    "item": ("text", "物品", "item", lambda r, c: r.choice(["一件雨衣", "一本绘本", "一个空纸盒", "换洗衣物", "一张全家福"])),
    "room": ("text", "地点", "room", lambda r, c: r.choice(["多功能厅", "本班活动室", "操场", "音体室"])),
}

# ---------------------------------------------------------------------------
# domain documents: list of shapes; each shape is a list of (template, required)
# ---------------------------------------------------------------------------
DOMAINS = {
    "job": [
        [("{org}科技有限公司{year}年招聘公告", True),
         ("因业务发展需要，现面向社会公开招聘{jobtitle}{headcount}名，具体事项公告如下：", True),
         ("一、招聘岗位：{jobtitle}，工作地点：{city}市{district}区。", False),
         ("二、任职要求：{edu}及以上学历，{years}年以上相关工作经验，年龄{agemax}周岁以下。", False),
         ("三、薪资待遇：月薪{salary_lo}-{salary_hi}元，缴纳五险一金，年终奖{bonus}个月。", False),
         ("四、报名时间：{date}至{date2}，请将简历发送至{email}。", False),
         ("五、联系人：{contact}，联系电话：{phone}。", False),
         ("{org}科技有限公司人力资源部", False),
         ("{pubdate}", False)],
        [("【急招】{jobtitle} {headcount}名", True),
         ("工作时间：{time}-{time2}，做六休一，节假日三倍工资。", False),
         ("薪资：底薪{salary_lo}元+提成，综合月收入{salary_hi}元以上。", True),
         ("包吃包住，做满{months}个月报销来回路费。", False),
         ("面试地址：{city}市{addr}", False),
         ("有意者请联系{contact}：{phone}（微信同号）", False)],
        [("{district}区{org}街道办事处关于公开招聘社区工作者的公告", True),
         ("根据工作需要，经研究决定，面向社会公开招聘社区工作者{headcount}名。", True),
         ("报名条件：具有{city}市户籍或在本市连续缴纳社保满{months}个月，{edu}及以上学历。", False),
         ("笔试时间为{date}上午{time}，地点另行通知。", False),
         ("总成绩按笔试成绩占{pct}%、面试成绩占{pct2}%计算。", False),
         ("咨询电话：{phone}，监督电话：{phone2}。", False),
         ("{district}区{org}街道办事处", False),
         ("{pubdate}", False)],
    ],
    "estate": [
        [("【{community}】{rooms}室{halls}厅{baths}卫 {area}㎡ 第{floor}层", True),
         ("挂牌价：{price}万元，单价约{unitprice}元/㎡。", True),
         ("小区位于{district}区，距地铁{line}号线约{dist}米，周边学校、商超齐全。", False),
         ("房屋南北通透，{year}年建成，{decor}，满五唯一。", False),
         ("看房请提前预约，经纪人{contact}，电话{phone}。", False)],
        [("房屋租赁合同", True),
         ("出租方（甲方）：{name}　承租方（乙方）：{name2}", False),
         ("甲方将位于{city}市{addr}的房屋出租给乙方居住使用，建筑面积{area}平方米。", True),
         ("租赁期限自{year}年{date}起共{months}个月，月租金{rent}元，押一付三。", False),
         ("乙方应于每月{day}日前将租金转入甲方指定账户。", False),
         ("甲方联系电话：{phone}", False),
         ("甲方（签字）：{name}　　乙方（签字）：{name2}", False),
         ("签订日期：{pubdate}", False)],
        [("{community}二期{building}号楼认购须知", True),
         ("开盘时间：{date} {time}，地点：{community}营销中心。", False),
         ("认购需缴纳定金{deposit}万元，首付比例不低于{pct}%。", True),
         ("营销中心地址：{city}市{addr}，咨询热线：{phone}。", False),
         ("预售许可证号：{city}房预售{permit}", False),
         ("{org}置业有限公司　{pubdate}", False)],
    ],
    "medicine": [
        [("{drug}说明书", True),
         ("请仔细阅读说明书并在医师指导下使用。", False),
         ("【药品名称】通用名称：{drug}", False),
         ("【成份】本品主要成份为{ingredient}，辅料为{excip}。", False),
         ("【规格】{dose}mg", True),
         ("【用法用量】口服，成人一次{n}片，一日{m}次；儿童用量请咨询医师。", True),
         ("【不良反应】偶见{adverse}，停药后可自行消失。", False),
         ("【禁忌】对本品过敏者禁用。", False),
         ("【贮藏】密封，在{temp}℃以下干燥处保存。", False),
         ("【有效期】{months}个月", False),
         ("【批准文号】国药准字H{approval}", False),
         ("【生产企业】{org}制药有限公司　电话：{phone}", False)],
        [("{drug}（患者版说明）", True),
         ("本品用于缓解相关症状，使用前请确认无过敏史。", False),
         ("每次{n}粒，每日{m}次，饭后服用；连续使用不得超过{hours}天。", True),
         ("如出现{adverse}等情况，请立即停药并咨询医师。", False),
         ("上市许可持有人：{org}药业股份有限公司", False),
         ("地址：{city}市{addr}　服务热线：{phone}", False),
         ("说明书修订日期：{pubdate}", False)],
    ],
    "transit": [
        [("关于地铁{line}号线部分区段临时停运的公告", True),
         ("尊敬的乘客：", False),
         ("因{reason}，{date}{time}起，{line}号线{station}站至{station2}站区间暂停运营，预计持续{hours}小时。", True),
         ("停运期间请换乘{bus}路公交接驳车，接驳站点设在{station}站{exit}出口。", False),
         ("首班车时间调整为{time}，末班车时间调整为{time2}。", False),
         ("由此给您带来的不便，敬请谅解。服务热线：{phone}。", False),
         ("{city}地铁运营有限公司", False),
         ("{pubdate}", False)],
        [("公交{bus}路线路调整通知", True),
         ("自{date}起，{bus}路公交车调整走向，取消{stop}站，新增{stop2}站。", True),
         ("调整后线路全长{km}公里，票价{fare}元，高峰发车间隔{interval}分钟。", False),
         ("运营时间：{time}—{time2}。", False),
         ("如有疑问请拨打{phone}。", False),
         ("{city}市{org}公共交通有限公司　{pubdate}", False)],
        [("温馨提示", True),
         ("{date}起，{line}号线{station}站{exit}出口因{reason}临时封闭，请乘客从其他出口进出站。", True),
         ("末班车时间调整为{time2}，请合理安排出行。", False),
         ("值班站长：{name}　车站电话：{phone}", False)],
    ],
    "kinder": [
        [("{org}幼儿园{year}年第{week}周幼儿食谱（{date}—{date2}）", True),
         ("星期一　早餐：{breakfast}　午餐：{lunch}　午点：{snack}", False),
         ("星期二　早餐：南瓜粥、花卷　午餐：香菇滑鸡、清炒油麦菜、冬瓜汤　午点：{snack}", False),
         ("星期三　早餐：{breakfast}　午餐：虾仁蒸蛋、炒时蔬、番茄汤　午点：葡萄", False),
         ("星期四　早餐：豆浆、菜包　午餐：{lunch}　午点：酸奶", False),
         ("星期五　早餐：{breakfast}　午餐：肉末茄子、炒豆芽、紫菜汤　午点：梨", False),
         ("本周每日人均供应牛奶{milk}毫升，食材由{org2}食品公司统一配送。", True),
         ("营养师：{name}　保健医：{name2}", False)],
        [("{klass}班第{week}周保教计划", True),
         ("本周主题：{theme}", False),
         ("周一：{activity}；周三：{activity2}。", True),
         ("家园共育：请家长于{date}前为幼儿准备{item}。", False),
         ("家长开放日定于{date2}上午{time}，地点在{room}。", False),
         ("班级教师：{name}、{name2}　联系电话：{phone}", False)],
        [("{org}幼儿园{year}年秋季招生简章", True),
         ("招收{year}年9月1日前满3周岁的适龄幼儿，计划招生{headcount}人。", True),
         ("保教费每月{rent}元，伙食费按实收取。", False),
         ("报名时间：{date}—{date2}，每天{time}至{time2}。", False),
         ("园址：{city}市{addr}　咨询电话：{phone}", False),
         ("园长：{name}", False)],
    ],
}
DOMAIN_ZH = {"job": "招聘", "estate": "房产", "medicine": "药品说明书", "transit": "公交地铁公告", "kinder": "幼儿园"}

SLOT_RE = re.compile(r"\{(\w+)\}")


def pick_lines(r, shape, maxlines=12, extra=0):
    """Required lines plus a random subset of the optional ones, order kept."""
    p = r.uniform(0.35, 0.9)
    lines = [t for (t, req) in shape if req or r.random() < p]
    while len(lines) + extra > maxlines:
        opt = [i for i, t in enumerate(lines) if (t, False) in shape]
        if not opt:
            break
        del lines[r.choice(opt)]
    return lines


def new_ctx(r):
    return {"_d": {}, "_drug": r.choice(DRUGS)}


# ---------------------------------------------------------------------------
# placeholder conventions
# ---------------------------------------------------------------------------
XCONV = {"x_runs": "x", "upper_x_runs": "X", "times_sign": "×", "fullwidth_x": "Ｘ", "circle_ling": "〇"}
PH_CONVS = ["x_runs", "upper_x_runs", "times_sign", "fullwidth_x", "circle_ling", "mou_names",
            "fill_marker", "blank_line", "template_var", "square_label", "mask_symbol"]
MOU_KINDS = {"name", "org", "addr", "date", "fulldate"}


def conv_supports(conv, kind):
    if conv in XCONV:
        return kind != "text"
    if conv == "mou_names":
        return kind in MOU_KINDS
    return True


def ph_value(conv, kind, slot, real, r, st):
    """Placeholder text for one slot (whole string is one span)."""
    zh, en = SLOTS[slot][1], SLOTS[slot][2]
    if conv in XCONV:
        ch = XCONV[conv]
        if kind in ("org", "name"):
            return ch * (st["xlen"] if kind == "org" else r.choice([2, 3]))
        if kind == "addr":
            return f"{ch * 2}路{ch * 2}号"
        if kind == "email":
            return f"{ch * 3}@{ch * 2}.com"
        if kind in ("num", "pct") and st["xfixed"]:
            return ch * r.choice([2, 3])
        if kind == "year" and st["xfixed"]:
            return "20" + ch * 2
        return re.sub(r"\d", ch, real)
    if conv == "mou_names":
        if kind == "name":
            return r.choice([real[0] + "某", real[0] + "某某", "某某"])
        if kind == "org":
            return "某某"
        if kind == "addr":
            return "某某区某某路某号"
        if kind == "date":
            return "某月某日"
        return "某年某月某日"
    if conv == "fill_marker":
        return st["fill"]
    if conv == "blank_line":
        u = st["blank"]
        if kind == "date":
            return f"{u * 2}月{u * 2}日"
        if kind == "fulldate":
            return f"{u * 4}年{u * 2}月{u * 2}日"
        return u * r.randint(3, 8)
    if conv == "template_var":
        f = st["tvar"]
        return {"m": "{{" + en + "}}", "ms": "{{ " + en + " }}", "d": "$" + en.upper() + "$",
                "db": "${" + en + "}"}[f]
    if conv == "square_label":
        return ("[" + zh + "]") if st["sq"] else ("［" + zh + "］")
    if conv == "mask_symbol":
        return st["mask"] * r.randint(2, 4)
    raise ValueError(conv)


def new_ph_style(r):
    return {"xlen": r.choice([2, 2, 3]), "xfixed": r.random() < 0.35,
            "fill": r.choice(["【待填】", "【待补充】", "（填写）", "（请填写）", "（待填写）", "【请填写】"]),
            "blank": r.choice(["_", "_", "＿"]), "tvar": r.choice(["m", "m", "ms", "d", "db"]),
            "sq": r.random() < 0.7, "mask": r.choice(["△", "▲", "◇", "■", "☆"])}


# ---------------------------------------------------------------------------
# look-alike lines (negatives; also mixed into some positives)
# ---------------------------------------------------------------------------


def _n(r, a, b):
    return str(r.randint(a, b))


def lk_job_onex(r, d=None):
    cert = r.choice(["Web前端开发", "老年照护", "幼儿照护", "工业机器人操作与运维", "母婴护理", "财务共享服务", "建筑信息模型（BIM）"])
    return [r.choice([f"持有“1+X”{cert}职业技能等级证书（中级及以上）者优先。",
                      f"具备1+X {cert}证书者，试用期可缩短至{_n(r, 1, 2)}个月。"]),
            r.choice(["熟悉职业院校1+X证书制度试点工作者优先考虑。", "岗位补贴标准见附件，持证情况以原件为准。"])]


def lk_job_x86(r, d=None):
    return [r.choice(["熟悉x86与ARM架构下的服务器部署，能在Linux x86_64环境中编译调试程序。",
                      "有X86平台BIOS或驱动开发经验者优先。"]),
            r.choice(["会使用Xshell、Xftp等远程工具，熟悉XML配置文件编写。", "了解Xilinx FPGA开发流程者优先。"])]


def lk_job_models(r, d=None):
    return [f"能独立操作{r.choice(['XR-200', 'XK7132', 'X6132', 'CX-500', 'XD-3000'])}型设备，{r.choice(['有叉车证者优先', '懂简单保养维修'])}。",
            f"车间现有{r.choice(['XR-200型数控折弯机', 'X5032立式铣床', 'XKA714数控铣床'])}{_n(r, 2, 9)}台，实行两班倒。"]


def lk_job_masked(r, d=None):
    s = r.choice(SURNAMES)
    return ["拟录用人员公示（按个人信息保护要求，姓名及身份证号已作部分隐藏处理）：",
            f"{s}*{r.choice(['明', '婷', '杰', '欣'])}　身份证号：{_n(r, 110000, 650000)}********{_n(r, 1000, 9999)}",
            f"{r.choice(SURNAMES)}**　手机号：1{r.choice('3589')}{_n(r, 0, 9)}****{_n(r, 1000, 9999)}"]


def lk_job_math(r, d=None):
    a, b = r.randint(2, 8), r.randint(1000, 3000)
    return ["笔试样题：",
            f"设x为某员工当月销售额（万元），其提成y（元）满足y={a}00x+{b}，当x=12时，求y的值。",
            r.choice(["若某种商品进价为a元，按进价提高20%标价，再打八折出售，问是否盈利？",
                      "已知函数f(x)=2x+1，求f(3)。"])]


def lk_job_sizes(r, d=None):
    return [f"入职统一发放工装，请按S/M/L/XL/XXL/XXXL登记尺码，{r.choice(['每人两套', '夏装冬装各一套'])}。"]


def lk_mou_words(r, d=None):
    a = {"job": ["某些岗位需要轮班，请应聘者根据自身情况选择。", "某些工种须持证上岗，详见岗位说明。"],
         "estate": ["某些楼层可远眺江景，具体以实地看房为准。", "某些户型带入户花园，赠送面积以合同为准。"],
         "medicine": ["某些患者用药后可能出现轻微头痛，一般无需处理。", "与某些抗生素合用时，应间隔2小时服用。"],
         "transit": ["受某些因素影响，列车到站时间可能略有延误。", "某些站点出入口将分时段开放。"],
         "kinder": ["某些幼儿对芒果过敏，厨房已单独准备替代水果。", "某些活动需要家长配合，请留意班级群通知。"]}[d]
    b = {"job": ["这在某种程度上也是对团队协作能力的考验。", "如对某种工作环境不适应，可申请调岗。"],
         "estate": ["某种意义上，这是本小区今年性价比最高的房源。", "如因某种原因未能按期网签，定金按约定处理。"],
         "medicine": ["如对某种成份过敏，请勿使用。", "某种剂型不适合儿童时，请改用颗粒剂。"],
         "transit": ["请不要因某种误会与工作人员发生争执。", "如遇某种紧急情况，请按下车厢内紧急呼叫按钮。"],
         "kinder": ["某种蔬菜孩子不爱吃时，可以换个做法再试试。", "孩子对某种颜色特别敏感，是正常现象。"]}[d]
    return [r.choice(a), r.choice(b)]

def lk_job_3x(r, d=None):
    return ["熟悉新高考“3+1+2”与“3+X”选科模式，能指导学生选科。",
            f"任教学科：{r.choice(['物理', '化学', '历史', '地理'])}，周课时{_n(r, 10, 16)}节。"]


def lk_estate_formula(r, d=None):
    a, b = r.randint(30, 48) / 10, r.randint(32, 60) / 10
    c, d = r.randint(28, 40) / 10, r.randint(30, 45) / 10
    return [f"客厅开间{a:.1f}米×进深{b:.1f}米，面积约{a * b:.2f}㎡。",
            f"主卧{c:.1f}×{d:.1f}={c * d:.2f}㎡，带飘窗。"]


def lk_estate_roman(r, d=None):
    return [f"项目分Ⅰ区、Ⅱ区、Ⅲ区，本次推出Ⅱ区{_n(r, 1, 9)}栋。",
            f"户型图编号A-{r.choice(['IV', 'VI', 'IX', 'XI', 'XII'])}，建筑面积以测绘为准。"]


def lk_estate_masked(r, d=None):
    return ["（为保护业主隐私，平台已对联系方式作隐藏处理，拨打时将转接虚拟号码）",
            f"业主：{r.choice(SURNAMES)}先生　电话：1{r.choice('3589')}{_n(r, 0, 9)}****{_n(r, 1000, 9999)}"]


def lk_estate_models(r, d=None):
    return [f"赠送家电：格力空调KFR-35GW×{_n(r, 2, 4)}台、{r.choice(['XQG100-B12', 'XQB90-36', 'XR-200'])}洗衣机一台。",
            f"智能门锁型号{r.choice(['X7', 'X10 Pro', 'XR-200'])}，指纹密码双开。"]


def lk_ling_date(r, d=None):
    y = r.choice(["二〇二三", "二〇二四", "二〇二五"])
    m = r.choice(["一", "三", "五", "九", "十", "十二"])
    dd = r.choice(["一", "八", "十", "十五", "二十", "二十八"])
    what = {"estate": "本合同", "kinder": "本计划"}.get(d, "本通知")
    return [f"{what}自{y}年{m}月{dd}日起施行。", f"{y}年{m}月"]

def lk_med_xray(r, d=None):
    return [r.choice(["服药期间如需进行X光或X射线造影检查，请告知医生。",
                      "本品不干扰X线检查结果。", "孕妇应避免接触X射线，用药前请咨询医师。"])]


def lk_med_spec(r, d=None):
    return [f"【规格】{r.choice(['0.25g', '0.5g', '10mg', '0.2g'])}×{r.choice([12, 24, 36])}{r.choice(['粒', '片'])}",
            f"【包装】铝塑泡罩包装，{r.choice([6, 10, 12])}片×{r.choice([1, 2, 3])}板/盒。"]


def lk_med_roman(r, d=None):
    return [r.choice(["【适应症】用于Ⅱ型糖尿病的血糖控制。", "【适应症】用于Ⅰ、Ⅱ度烧伤创面。",
                      "本品已完成Ⅲ期临床试验。", "主要经CYP3A4代谢，合用时需调整剂量。"]),
            r.choice(["凝血因子Ⅷ缺乏者慎用。", "维生素B12缺乏者应定期监测。"])]


def lk_med_codes(r, d=None):
    return [f"本品为{r.choice(['XR（缓释）', 'XL（控释）'])}剂型，请整片吞服，不可掰开。",
            f"产品批号：{r.choice(['X', 'XA', 'XR'])}{_n(r, 230101, 241231)}　生产日期见包装。"]


def lk_tr_xray(r, d=None):
    return [r.choice(["进站乘客须接受安检，随身物品须经X光机检查。", "液体类物品须通过X射线安检仪或开瓶检查。"])]


def lk_tr_codes(r, d=None):
    return [f"夜间可乘坐N{_n(r, 1, 30)}路夜班车或K{_n(r, 1, 20)}快线，", f"本线采用{r.choice(['6节编组B型车', '8节编组A型车'])}，最高时速80公里。"]


def lk_tr_police(r, d=None):
    s = r.choice(SURNAMES)
    return [f"{r.randint(1, 12)}月{r.randint(1, 28)}日，乘客{s}某（男，{_n(r, 20, 60)}岁）在车厢内吸烟，被公安机关依法处以罚款{_n(r, 2, 5)}00元。",
            "请广大乘客遵守乘车规定，共同维护良好秩序。"]


def lk_tr_masked(r, d=None):
    return ["失物招领（证件号码已作隐私遮挡）：",
            f"身份证一张，号码{_n(r, 110000, 650000)}********{_n(r, 1000, 9999)}，请失主携带本人有效证件到客服中心认领。"]


def lk_tr_formula(r, d=None):
    return ["计费方式：票价=起步价2元+超出里程×0.5元/公里（不足1公里按1公里计）。",
            f"例如乘坐{_n(r, 8, 15)}公里，需支付的票价见站内票价表。"]


def lk_k_sizes(r, d=None):
    return ["园服尺码：S（100cm）、M（110cm）、L（120cm）、XL（130cm）、XXL（140cm），请家长于本周五前登记。"]


def lk_k_chess(r, d=None):
    return ["国际象棋兴趣班本周复习西班牙开局：",
            r.choice(["1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6", "1.e4 e5 2.Nf3 Nc6 3.d4 exd4 4.Nxd4 Nf6",
                      "1.d4 d5 2.c4 dxc4 3.e3 Nf6 4.Bxc4 e6"]),
            "请家长在家陪孩子摆一摆。"]


def lk_k_roman(r, d=None):
    return ["数学活动《认识钟面》：钟面上的罗马数字XII、III、VI、IX分别表示12点、3点、6点、9点。",
            "也可以写作Ⅻ、Ⅲ、Ⅵ、Ⅸ，请幼儿找一找家里的钟表。"]


def lk_k_7x(r, d=None):
    return ["我园构建“7+X”课程体系：7个基础领域课程+X项特色活动。",
            r.choice(["本学期X项特色活动为足球、绘本剧和种植。", "“1+X”家长课堂每月举行一次。"])]


def lk_k_grid(r, d=None):
    a, b = r.randint(2, 4), r.randint(3, 5)
    return [f"美工区：用{a}×{b}的方格纸拼贴图案，每人需要{a * b}块彩色卡纸。"]


def lk_k_masked(r, d=None):
    return ["新生分班名单（为保护幼儿隐私，姓名已作部分隐藏）：",
            "、".join(r.choice(SURNAMES) + "*" + r.choice(["涵", "轩", "萱", "泽", "彤", "宇"]) for _ in range(r.randint(3, 6)))]


PH_NEG = {
    "job": {"onex_certificate": lk_job_onex, "x86_and_xtools": lk_job_x86, "machine_model_numbers": lk_job_models,
            "declared_masking": lk_job_masked, "math_written_test": lk_job_math, "uniform_sizes": lk_job_sizes,
            "mou_ordinary_words": lk_mou_words, "gaokao_3_plus_x": lk_job_3x},
    "estate": {"area_formula": lk_estate_formula, "roman_numerals": lk_estate_roman,
               "declared_masking": lk_estate_masked, "appliance_models": lk_estate_models,
               "ling_date": lk_ling_date, "mou_ordinary_words": lk_mou_words},
    "medicine": {"xray_mentions": lk_med_xray, "spec_times": lk_med_spec, "roman_numerals": lk_med_roman,
                 "dosage_form_codes": lk_med_codes, "mou_ordinary_words": lk_mou_words},
    "transit": {"xray_security": lk_tr_xray, "route_codes": lk_tr_codes, "police_anonymised": lk_tr_police,
                "declared_masking": lk_tr_masked, "fare_formula": lk_tr_formula, "mou_ordinary_words": lk_mou_words},
    "kinder": {"uniform_sizes": lk_k_sizes, "chess_notation": lk_k_chess, "roman_clock": lk_k_roman,
               "seven_plus_x": lk_k_7x, "grid_times": lk_k_grid, "declared_masking": lk_k_masked,
               "ling_date": lk_ling_date, "mou_ordinary_words": lk_mou_words},
}

# mojibake look-alikes ----------------------------------------------------------


def lm_vietnamese(r, d=None):
    return ["越南北宁工厂招聘启事（中越双语）：",
            f"Tuyển dụng công nhân may, lương từ {_n(r, 7, 12)} triệu đồng/tháng, làm việc tại Bắc Ninh.",
            "Yêu cầu: nam/nữ từ 18 đến 35 tuổi, sức khỏe tốt, có thể tăng ca."]


def lm_japanese(r, d=None):
    return ["日语要求N2以上，能独立处理如下邮件：",
            r.choice(["「お世話になっております。来週の打ち合わせの件でご連絡いたします。」",
                      "「ご注文いただいた商品は明日発送予定です。よろしくお願いいたします。」"])]


def lm_korean(r, d=None):
    return ["韩语客服岗位，需熟练使用敬语，例如：",
            r.choice(["“안녕하세요, 무엇을 도와드릴까요?”", "“주문하신 상품은 내일 발송될 예정입니다.”"])]


def lm_german(r, d=None):
    if d == "medicine":
        return ["进口药品原包装标注：", r.choice(["Hergestellt für: Müller Pharma GmbH, Königsallee 12, 40212 Düsseldorf.",
                                         "Vor Gebrauch Packungsbeilage lesen. Nicht über 25 °C lagern."])]
    return ["德国总部岗位信息摘录：", r.choice(["Arbeitsort: Düsseldorf; Anforderungen: fließend Deutsch, Führerschein Klasse B.",
                                         "Wir bieten: flexible Arbeitszeiten, Weiterbildung und ein großes Büro in München."])]

def lm_french(r, d=None):
    return [{"medicine": "Fabriqué en France par Laboratoires Sévigné, 12 rue de la Paix, 75002 Paris.",
             "estate": "Appartement lumineux à vendre, 3 pièces, proche du métro, 75011 Paris.",
             "kinder": "法语儿歌：Frère Jacques, frère Jacques, dormez-vous ? Sonnez les matines, ding, daing, dong."}[d]]

def lm_code(r, d=None):
    if d == "transit":
        return ["开发者说明（实时到站接口）：", r.choice([
            "GET /api/v1/arrivals?line=2&station=S05，返回{\"line\": \"2号线\", \"status\": \"normal\"}。",
            "站名字段请用 json.dumps(data, ensure_ascii=False) 输出，避免出现转义。"])]
    return ["技术岗笔试题：", r.choice(["在招聘页面正文中换行写<br/>，不换行空格写&nbsp;，请说明两者的区别。",
                                   "写出<p>工资&nbsp;面议</p>在浏览器中的显示效果。",
                                   "读取简历文件时请写 open(path, encoding=\"utf-8\")，不要依赖系统默认编码。"])]

def lm_rare_names(r, d=None):
    names = [r.choice(SURNAMES) + r.choice(RARE_GIVEN) for _ in range(r.randint(2, 4))]
    head = {"job": r.choice(["录用人员", "本月优秀员工"]), "kinder": r.choice(["新入园幼儿", "本周值日生"])}.get(d, "名单")
    return [f"{head}：{'、'.join(names)}。"]

def lm_question(r, d=None):
    return [r.choice({"job": ["包吃包住吗? 包的，宿舍四人间带空调。", "Q：试用期多久? A：三个月，试用期工资不打折。"],
                      "estate": ["Q: Is parking available? A: 有，地下车位另售。", "能落户吗? 可以，满五唯一，学位未占用。"],
                      "transit": ["Q：节假日是否正常运营? A：正常运营，末班车时间不变。", "Q：接驳车收费吗? A：免费乘坐。"],
                      "kinder": ["小朋友们，想一想：为什么冰块放在太阳下会变小?", "提问：小蝌蚪的妈妈是谁呀?"]}[d])]

def lm_emoji(r, d=None):
    return [r.choice({"job": ["💼 五险一金 🍱 免费工作餐 🎉 周末双休", "🔥 急招 🔥 当天面试当天入职 👍"],
                      "estate": ["🏠 南北通透 🔥 业主急售 📞 随时看房", "🌳 小区绿化率40% 🚇 近地铁 🏫 学区房"],
                      "transit": ["🚇 末班车提醒：请合理安排出行时间 ⏰", "🚌 接驳公交免费乘坐 👉 请按指引排队"],
                      "kinder": ["🍎 今日水果：苹果　🥛 牛奶：200毫升", "🌈 本周小明星：爱吃蔬菜的好宝宝 👏"]}[d])]

def lm_trad_listing(r, d=None):
    return ["香港二手盤源：",
            f"實用面積{_n(r, 350, 800)}呎，兩房一廳，向南，高層單位，步行{_n(r, 3, 9)}分鐘至港鐵站。",
            f"售價港幣{_n(r, 600, 1500)}萬元，歡迎預約睇樓。"]


def lm_trad_mtr(r, d=None):
    return ["港鐵車務通告：",
            r.choice(["荃灣綫列車服務受阻，乘客可改乘巴士或其他鐵路綫。", "東涌綫列車服務已回復正常，多謝乘客耐心等候。"])]


def lm_russian(r, d=None):
    if d == "transit":
        return ["黑河口岸公交站双语提示：", "Следующая остановка — Центральная площадь. Будьте внимательны!"]
    return ["面向俄罗斯客户的房源介绍：", f"Продаётся квартира в центре города, {_n(r, 2, 3)} комнаты, {_n(r, 50, 90)} кв. м."]

def lm_greek(r, d=None):
    return [r.choice(["本品为α-葡萄糖苷酶抑制剂，应与第一口饭同时嚼服。", "β-内酰胺类抗生素过敏者禁用。",
                      "本品含ω-3脂肪酸及γ-亚麻酸。"])]


def lm_mathsym(r, d=None):
    if d == "estate":
        return [r.choice(["得房率≈82%，公摊≤18%，层高≥3.0 m。", "室内温度宜保持在18℃～26℃，湿度≤60%。"])]
    return [r.choice(["肌酐清除率≥60 mL/min者无需调整剂量；<30 mL/min者禁用。",
                      f"血药浓度约为{_n(r, 2, 9)}.{_n(r, 1, 9)}±0.{_n(r, 1, 9)} µg/mL，半衰期≈{_n(r, 2, 8)}小时。",
                      "含量应为标示量的90.0%～110.0%，水分≤5.0%。"])]

def lm_med_rare(r, d=None):
    return [r.choice(["本品不宜与地西泮、氯氮䓬等苯二氮䓬类药物合用。", "对𫫇唑烷酮类抗菌药过敏者禁用。",
                      "本品与噁唑类抗真菌药合用时应监测肝功能。"])]


def lm_multilang(r, d=None):
    st = r.choice(STATIONS)
    return [f"下一站：{st}。Next station: {r.choice(['Renmin Square', 'Sports Center', 'University Town', 'Science Park'])}.",
            r.choice(["次の駅は乗り換え駅です。お忘れ物のないようご注意ください。", "다음 역은 환승역입니다. 내리실 문은 왼쪽입니다."])]


def lm_pinyin_lesson(r, d=None):
    return [r.choice(["儿歌《小星星》：一闪一闪亮晶晶，yī shǎn yī shǎn liàng jīng jīng。",
                      "认读词语：苹果（píng guǒ）、香蕉（xiāng jiāo）、葡萄（pú tao）。",
                      "拼音小游戏：bà ba、mā ma、gē ge，请幼儿跟读。"])]


def lm_korean_letter(r, d=None):
    return ["致韩籍家长（中韩双语）：", "가정통신문: 다음 주 월요일에 봄 소풍을 갑니다. 도시락을 준비해 주세요."]


MJ_NEG = {
    "job": {"vietnamese_quote": lm_vietnamese, "japanese_quote": lm_japanese, "korean_quote": lm_korean,
            "german_quote": lm_german, "code_snippet": lm_code, "rare_name_chars": lm_rare_names,
            "question_marks": lm_question, "emoji": lm_emoji},
    "estate": {"traditional_listing": lm_trad_listing, "russian_quote": lm_russian, "french_quote": lm_french,
               "emoji": lm_emoji, "math_symbols": lm_mathsym, "question_marks": lm_question},
    "medicine": {"greek_letters": lm_greek, "math_symbols": lm_mathsym, "german_quote": lm_german,
                 "french_quote": lm_french, "rare_chem_chars": lm_med_rare},
    "transit": {"multilingual_announcement": lm_multilang, "russian_quote": lm_russian, "traditional_notice": lm_trad_mtr,
                "question_marks": lm_question, "emoji": lm_emoji, "code_snippet": lm_code},
    "kinder": {"pinyin_lesson": lm_pinyin_lesson, "emoji": lm_emoji, "french_song": lm_french,
               "question_marks": lm_question, "rare_name_chars": lm_rare_names, "korean_letter": lm_korean_letter},
}

MJ_CONVS = ["utf8_as_gbk", "kunjinkao", "utf8_as_cp1252", "lost_to_question", "fffd_big5_as_utf8",
            "gb18030_as_utf8", "html_remnant", "pinyin_annotation", "utf8_as_shift_jis", "double_utf8"]
MJ_EXTRA = {"medicine": ["gbk_lost_rare_chem"], "job": ["utf8_as_gb18030"], "kinder": ["utf8_as_latin1"],
            "estate": ["ascii_lost_field"], "transit": ["gbk_as_utf8_fffd"]}

TRAD_PHRASES = {
    "job": ["招聘職位", "薪資待遇", "工作經驗", "聯絡電話", "應徵資格", "面試時間"],
    "estate": ["實用面積", "售價港幣", "兩房一廳", "歡迎預約", "管理費用", "高層單位"],
    "medicine": ["用法用量", "不良反應", "注意事項", "藥物相互作用", "兒童用藥", "貯藏條件"],
    "transit": ["列車服務", "乘客須知", "轉乘巴士", "車站出口", "暫停服務", "恢復正常"],
    "kinder": ["本週食譜", "家長須知", "幼兒園", "午餐點心", "親子活動", "戶外遊戲"],
}

# ---------------------------------------------------------------------------
# record building
# ---------------------------------------------------------------------------


class Builder:
    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []

    def add(self, s, span=False):
        if not s:
            return
        if span:
            self.spans.append([self.pos, self.pos + len(s)])
        self.parts.append(s)
        self.pos += len(s)

    def text(self):
        return "".join(self.parts)


def fill_line(tpl, r, ctx, mask=None):
    """Return a list of (text, is_span) pieces for one template line."""
    out = []
    last = 0
    for m in SLOT_RE.finditer(tpl):
        out.append((tpl[last:m.start()], False))
        slot = m.group(1)
        if slot not in ctx:
            ctx[slot] = SLOTS[slot][3](r, ctx)
        if mask is not None and slot in mask:
            out.append((mask[slot], True))
        else:
            out.append((ctx[slot], False))
        last = m.end()
    out.append((tpl[last:], False))
    return [(t, s) for (t, s) in out if t]


def build(lines_pieces):
    b = Builder()
    for i, pieces in enumerate(lines_pieces):
        if i:
            b.add("\n")
        for t, s in pieces:
            b.add(t, s)
    return b.text(), b.spans


def insert_lines(r, body, extra):
    """Insert extra plain lines (look-alikes) after the first line, as one block."""
    if not extra:
        return body
    pos = r.randint(1, len(body) - 1) if len(body) > 2 else len(body)
    r._lk_pos = (pos + 1, pos + len(extra))  # 1-based line numbers of the block, for the note
    return body[:pos] + [[(x, False)] for x in extra] + body[pos:]


def gen_ph_positive(r, domain, conv):
    for _ in range(200):
        shape = r.choice(DOMAINS[domain])
        extra = r.choice(list(PH_NEG[domain].values()))(r, domain) if r.random() < 0.25 else []
        tpls = pick_lines(r, shape, extra=len(extra))
        slots = []
        for t in tpls:
            for s in SLOT_RE.findall(t):
                if s not in slots:
                    slots.append(s)
        cand = [s for s in slots if conv_supports(conv, SLOTS[s][0])]
        if not cand:
            continue
        ctx = new_ctx(r)
        for s in slots:
            ctx[s] = SLOTS[s][3](r, ctx)
        st = new_ph_style(r)
        p = r.uniform(0.3, 1.0)
        chosen = [s for s in cand if r.random() < p] or [r.choice(cand)]
        mask = {s: ph_value(conv, SLOTS[s][0], s, ctx[s], r, st) for s in chosen}
        body = [fill_line(t, r, ctx, mask) for t in tpls]
        body = insert_lines(r, body, extra)
        if r.random() < 0.07:  # a single line cut from a form
            body = [r.choice([ln for ln in body if any(sp for _, sp in ln)])]
        text, spans = build(body)
        kinds = sorted({SLOTS[s][0] for s in chosen})
        note = f"{DOMAIN_ZH[domain]}; {conv} placeholders for {len(chosen)} slot(s) ({', '.join(kinds)})" + \
            ("; with look-alike lines" if extra else "")
        return text, spans, note
    raise RuntimeError(f"no template for {domain}/{conv}")


def clean_doc(r, domain, extra_n=0):
    shape = r.choice(DOMAINS[domain])
    tpls = pick_lines(r, shape, extra=extra_n)
    ctx = new_ctx(r)
    return [fill_line(t, r, ctx) for t in tpls]


def gen_ph_negative(r, domain, kind):
    extra = PH_NEG[domain][kind](r, domain)
    body = clean_doc(r, domain, len(extra))
    if r.random() < 0.15:
        body = body[:1]
    body = insert_lines(r, body, extra)
    text, spans = build(body)
    return text, spans, f"{DOMAIN_ZH[domain]}; look-alike: {kind} (lines {r._lk_pos[0]}-{r._lk_pos[1]}); all slots filled with real values"


# ---- mojibake --------------------------------------------------------------


def cjk_stretch(r, line, minlen=2, maxlen=8):
    runs = [m for m in RE_CJK_RUN.finditer(line)]
    if not runs:
        return None
    m = r.choice(runs)
    L = m.end() - m.start()
    k = r.randint(minlen, min(L, maxlen))
    a = m.start() + r.randint(0, L - k)
    return a, a + k


def whole_span(line):
    idx = [i for i, ch in enumerate(line) if re.match(f"[{CJK}]", ch)]
    if len(idx) < 2:
        return None
    return idx[0], idx[-1] + 1


def damage_line(line, regions, codec, r):
    """regions: list of (a, b, orig) non-overlapping, sorted; returns pieces, origs."""
    pieces, origs, last = [], [], 0
    for a, b, orig in regions:
        pieces.append((line[last:a], False))
        dmg = TRANSFORMS[codec](orig)
        pieces.append((dmg, True))
        origs.append(orig)
        last = b
    pieces.append((line[last:], False))
    return [(t, s) for t, s in pieces if t], origs


MJ_CODEC = {
    "utf8_as_gbk": ["utf8>gbk"], "utf8_as_cp1252": ["utf8>cp1252/ignore", "utf8>cp1252/c1pass"],
    "fffd_big5_as_utf8": ["big5>utf8"], "gb18030_as_utf8": ["gb18030>utf8"],
    "utf8_as_shift_jis": ["utf8>shift_jis"], "double_utf8": ["double-utf8>cp1252", "double-utf8>gbk"],
    "utf8_as_gb18030": ["utf8>gb18030"], "utf8_as_latin1": ["utf8>latin-1"], "gbk_as_utf8_fffd": ["gbk>utf8"],
}
MJ_DESC = {
    "utf8>gbk": "UTF-8 bytes decoded as GBK (errors=replace)",
    "utf8>gb18030": "UTF-8 bytes decoded as GB18030 (errors=replace)",
    "utf8>cp1252/ignore": "UTF-8 bytes decoded as cp1252 (undefined bytes dropped)",
    "utf8>cp1252/c1pass": "UTF-8 bytes decoded as cp1252 (undefined bytes kept as C1 controls)",
    "utf8>latin-1": "UTF-8 bytes decoded as Latin-1",
    "utf8>shift_jis": "UTF-8 bytes decoded as Shift_JIS (errors=replace)",
    "gb18030>utf8": "GB18030 bytes decoded as UTF-8 (errors=replace)",
    "gbk>utf8": "GBK bytes decoded as UTF-8 (errors=replace)",
    "big5>utf8": "Big5 bytes of traditional text decoded as UTF-8 (errors=replace): U+FFFD runs",
    "fffd>utf8>gbk": "U+FFFD characters re-encoded as UTF-8 and decoded as GBK: 锟斤拷",
    "gb2312-lost": "characters outside GB2312 lost to '?' (encode errors=replace)",
    "gbk-lost": "characters outside GBK lost to '?' (encode errors=replace)",
    "latin-1-lost": "Chinese field passed through Latin-1 (encode errors=replace): '?' runs",
    "ascii-lost": "Chinese field passed through ASCII (encode errors=replace): '?' runs",
    "double-utf8>cp1252": "double-encoded UTF-8 (UTF-8 -> cp1252 -> UTF-8) shown as cp1252",
    "double-utf8>gbk": "double-encoded UTF-8 (UTF-8 -> cp1252 -> UTF-8) opened as GBK",
    "xmlcharref": "HTML numeric character references left undecoded",
    "html": "HTML/XML remnants (tags, entities) left in text",
    "pinyin_scrape": "scraper converted to traditional and appended ASCII-parenthesised pinyin",
}
HTML_DEBRIS = ["&nbsp;", "&nbsp;&nbsp;", "<br/>", "<br>", "</p><p>", "&amp;", "<strong>", "</strong>",
               "<span style=\"font-size:14px\">", "</span>", "&emsp;", "&ldquo;", "&rdquo;", "</div>"]


def gen_mj_positive(r, domain, conv):
    for _ in range(200):
        extra = r.choice(list(MJ_NEG[domain].values()))(r, domain) if r.random() < 0.2 else []
        planted = 1 if conv in ("gbk_lost_rare_chem", "lost_to_question") else 0
        body_txt = ["".join(t for t, _ in p) for p in clean_doc(r, domain, len(extra) + planted)]
        if conv == "gbk_lost_rare_chem":
            # a drug line with characters outside GBK
            body_txt.insert(min(len(body_txt), r.randint(1, 3)), r.choice([
                "【药物相互作用】本品与氯氮䓬、奥沙西泮等合用可增强中枢抑制作用。",
                "【注意事项】对𫫇唑烷酮类药物过敏者慎用。",
                "【药物相互作用】避免与其他苯二氮䓬类药物同时服用。"]))
        if conv in ("lost_to_question",):
            # plant a name with a character outside GB2312, where such a name belongs
            nm = r.choice(SURNAMES) + r.choice(RARE_GIVEN)
            line = r.choice({"job": [f"联系人：{nm}　电话：{_phone(r)}", f"录用人员：{nm}、{rname(r)}"],
                             "estate": [f"经纪人：{nm}　电话：{_phone(r)}", f"业主：{nm}"],
                             "medicine": [f"质量受权人：{nm}", f"说明书审核：{nm}"],
                             "transit": [f"值班站长：{nm}　车站电话：{_phone(r)}", f"值班人员：{nm}、{rname(r)}"],
                             "kinder": [f"班级教师：{nm}、{rname(r)}", f"新入园幼儿：{rname(r)}、{nm}"]}[domain])
            body_txt.insert(max(1, len(body_txt) - r.randint(0, 1)), line)
        lines = body_txt
        body = [[(x, False)] for x in lines]
        origs_all, n_spans = [], 0
        codec = None
        if conv == "pinyin_annotation":
            codec = "pinyin_scrape"
            start = r.randint(0, len(lines) - 1) if r.random() < 0.5 else 0
            for i in range(start, len(lines)):
                pieces, origs = pinyin_line(lines[i])
                body[i] = pieces
                origs_all += origs
        elif conv == "html_remnant":
            codec = "html"
            for i in sorted(r.sample(range(len(lines)), k=min(len(lines), r.randint(1, 3)))):
                pieces, origs = html_line(r, lines[i])
                body[i] = pieces
                origs_all += origs
        else:
            k = min(len(lines), r.randint(1, 3))
            for i in sorted(r.sample(range(len(lines)), k=k)):
                line = lines[i]
                regions = []
                if conv == "kunjinkao":
                    codec = "fffd>utf8>gbk"
                    st = cjk_stretch(r, line, 2, 6)
                    if st:
                        regions = [(st[0], st[1], "\ufffd" * r.choice([2, 2, 4, 4, 6, 3]))]
                elif conv == "lost_to_question":
                    bad = [(m.start(), m.end()) for m in re.finditer("[" + "".join(RARE_GIVEN) + "]+", line)]
                    if bad:
                        codec = "gb2312-lost"
                        regions = [(a, b, line[a:b]) for a, b in bad]
                elif conv == "gbk_lost_rare_chem":
                    bad = [(m.start(), m.end()) for m in re.finditer("[䓬𫫇]+", line)]
                    if bad:
                        codec = "gbk-lost"
                        regions = [(a, b, line[a:b]) for a, b in bad]
                elif conv == "ascii_lost_field":
                    codec = r.choice(["ascii-lost", "latin-1-lost"])
                    st = cjk_stretch(r, line, 2, 5)
                    if st:
                        regions = [(st[0], st[1], line[st[0]:st[1]])]
                elif conv == "fffd_big5_as_utf8":
                    # the stretch, in traditional characters, was stored as Big5
                    codec = "big5>utf8"
                    for _t in range(12):
                        st = cjk_stretch(r, line, 2, 6)
                        if not st:
                            break
                        orig = to_trad(line[st[0]:st[1]])
                        try:
                            orig.encode("big5")
                        except UnicodeEncodeError:
                            continue
                        regions = [(st[0], st[1], orig)]
                        break
                else:
                    codec = r.choice(MJ_CODEC[conv]) if codec is None else codec
                    st = whole_span(line) if r.random() < 0.25 else cjk_stretch(r, line, 2, 8)
                    if st:
                        regions = [(st[0], st[1], line[st[0]:st[1]])]
                if regions:
                    body[i], origs = damage_line(line, regions, codec, r)
                    origs_all += origs
        if conv == "lost_to_question" and not origs_all:
            continue
        if not origs_all:
            continue
        body = insert_lines(r, body, extra)
        if r.random() < 0.07:  # a single damaged line
            keep = r.choice([i for i, ln in enumerate(body) if any(sp for _, sp in ln)])
            n_before = sum(1 for ln in body[:keep] for _, sp in ln if sp)
            n_here = sum(1 for _, sp in body[keep] if sp)
            origs_all = origs_all[n_before:n_before + n_here]
            body = [body[keep]]
        text, spans = build(body)
        if len(spans) != len(origs_all):
            continue
        note = f"{DOMAIN_ZH[domain]}; {MJ_DESC[codec]} | codec={codec} | orig=" + json.dumps(origs_all, ensure_ascii=False)
        return text, spans, note
    raise RuntimeError(f"mj {domain}/{conv}")


def pinyin_line(line):
    pieces, origs = [], []
    i = 0
    buf = ""
    while i < len(line):
        if line[i] in PY_MAP:
            j = i
            while j < len(line) and line[j] in PY_MAP:
                j += 1
            if buf:
                pieces.append((buf, False))
                buf = ""
            orig = line[i:j]
            pieces.append((pinyin_scrape(orig), True))
            origs.append(orig)
            i = j
        else:
            buf += TRAD_MAP.get(line[i], line[i])
            i += 1
    if buf:
        pieces.append((buf, False))
    return pieces, origs


def html_line(r, line):
    """Insert debris at 1-2 points, or replace a CJK stretch by numeric references."""
    if r.random() < 0.35:
        st = cjk_stretch(r, line, 2, 6)
        if st:
            orig = line[st[0]:st[1]]
            return [(t, s) for t, s in [(line[:st[0]], False), (TRANSFORMS["xmlcharref"](orig), True),
                                        (line[st[1]:], False)] if t], [orig]
    cuts = sorted(set(r.sample(range(1, max(2, len(line))), k=min(max(1, len(line) - 1), r.randint(1, 2)))))
    pieces, origs, last = [], [], 0
    for c in cuts:
        d = r.choice(HTML_DEBRIS)
        pieces.append((line[last:c], False))
        pieces.append((d, True))
        origs.append(html_restore(d))
        last = c
    pieces.append((line[last:], False))
    return [(t, s) for t, s in pieces if t], origs


def gen_mj_negative(r, domain, kind):
    extra = MJ_NEG[domain][kind](r, domain)
    body = clean_doc(r, domain, len(extra))
    if r.random() < 0.15:
        body = body[:1]
    body = insert_lines(r, body, extra)
    text, spans = build(body)
    return text, spans, f"{DOMAIN_ZH[domain]}; look-alike: {kind} (lines {r._lk_pos[0]}-{r._lk_pos[1]}); no encoding damage"


# ---------------------------------------------------------------------------
# styles and main
# ---------------------------------------------------------------------------


def all_styles():
    """(family, style, label, generator, domain, key) in a fixed order."""
    out = []
    for d in DOMAINS:
        for c in PH_CONVS:
            out.append(("ph", f"{d}_{c}", "placeholder", gen_ph_positive, d, c))
        for k in PH_NEG[d]:
            out.append(("ph", f"{d}_neg_{k}", "negative", gen_ph_negative, d, k))
    for d in DOMAINS:
        for c in MJ_CONVS + MJ_EXTRA[d]:
            out.append(("mj", f"{d}_{c}", "mojibake", gen_mj_positive, d, c))
        for k in MJ_NEG[d]:
            out.append(("mj", f"{d}_neg_{k}", "negative", gen_mj_negative, d, k))
    return out


def generate(seed):
    recs = []
    for fam, style, label, fn, d, key in all_styles():
        r = random.Random(f"text48|{seed}|{fam}|{style}")
        n = r.randint(17, 20) if label != "negative" else r.randint(15, 19)
        for _ in range(n):
            text, spans, note = fn(r, d, key)
            recs.append({"family": fam, "style": style, "label": label, "text": text, "spans": spans, "note": note})
    order = random.Random(f"text48|{seed}|shuffle")
    order.shuffle(recs)
    out = []
    for i, rec in enumerate(recs):
        out.append({"id": f"t48-s{seed}-{i:05d}", **rec})
    return out


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------
PH_SPAN_RE = re.compile(
    r"^(?:[xX×Ｘ〇]+(?:[.:\-月年日路号@][xX×Ｘ〇]*)*(?:\.com|日|号)?"
    r"|[\u4e00-\u9fff]?某某?|某+[区路号月年日某]*(?:[区路号月年日某]|某)*"
    r"|【[^【】]{2,4}】|（[^（）]{2,4}）|[_＿]+(?:[年月日][_＿]*)*日?"
    r"|\{\{ ?[a-z_0-9]+ ?\}\}|\$[A-Z_0-9]+\$|\$\{[a-z_0-9]+\}|\[[^\[\]]+\]|［[^［］]+］"
    r"|[△▲◇■☆]+)$")
MJ_NEG_BAD = ["\ufffd", "锟斤拷", "Ã", "(fā)", "鍙"]
PH_LOOSE_RE = re.compile(r"^[xX×Ｘ〇0-9A-Za-z.:\-@（）()年月日路号第]*[xX×Ｘ〇][xX×Ｘ〇0-9A-Za-z.:\-@（）()年月日路号第]*$")
PH_NEG_BAD = ["【待填】", "{{", "某某", "（填写）", "＿＿", "____", "$NAME$", "〇〇"]


def verify(paths):
    problems = 0
    for path in paths:
        seen = set()
        n = 0
        with open(path, encoding="utf-8") as f:
            for ln, raw in enumerate(f, 1):
                n += 1
                err = []
                try:
                    rec = json.loads(raw)
                except Exception as e:  # noqa
                    print(f"{path}:{ln}: bad JSON {e}")
                    problems += 1
                    continue
                keys = {"id", "family", "style", "label", "text", "spans", "note"}
                if set(rec) != keys:
                    err.append(f"keys {sorted(rec)}")
                    print(f"{path}:{ln}: " + "; ".join(err))
                    problems += 1
                    continue
                t, sp, fam, lab = rec["text"], rec["spans"], rec["family"], rec["label"]
                if rec["id"] in seen:
                    err.append("duplicate id")
                seen.add(rec["id"])
                if fam not in ("ph", "mj"):
                    err.append("family")
                if lab not in {"ph": ("placeholder", "negative"), "mj": ("mojibake", "negative")}.get(fam, ()):
                    err.append("label/family mismatch")
                if not re.fullmatch(r"[a-z][a-z0-9_]*", rec["style"]):
                    err.append("style not snake_case")
                if "\n" in rec["note"] or not rec["note"]:
                    err.append("note must be one non-empty line")
                nl = t.count("\n") + 1
                if not 1 <= nl <= 12:
                    err.append(f"{nl} lines")
                if lab == "negative" and sp:
                    err.append("negative with spans")
                if lab != "negative" and not sp:
                    err.append("positive without spans")
                prev = 0
                for s in sp:
                    if not (isinstance(s, list) and len(s) == 2 and all(isinstance(v, int) for v in s)):
                        err.append(f"span shape {s}")
                        continue
                    a, b = s
                    if not (0 <= a < b <= len(t)):
                        err.append(f"span {s} outside text or empty")
                    if a < prev:
                        err.append(f"span {s} overlaps or unsorted")
                    prev = b
                    if t[a:b].strip() != t[a:b] and lab == "placeholder":
                        err.append(f"span {s} has surrounding whitespace")
                if lab == "placeholder":
                    for a, b in sp:
                        if not (PH_SPAN_RE.match(t[a:b]) or PH_LOOSE_RE.match(t[a:b])):
                            err.append(f"placeholder span text {t[a:b]!r} not a known placeholder form")
                if lab == "negative":
                    bad = PH_NEG_BAD if fam == "ph" else MJ_NEG_BAD
                    for w in bad:
                        if w in t:
                            err.append(f"negative contains {w!r}")
                if lab == "mojibake":
                    m = re.search(r"\| codec=(\S+) \| orig=(\[.*\])$", rec["note"])
                    if not m:
                        err.append("mojibake note lacks codec/orig")
                    else:
                        codec, origs = m.group(1), json.loads(m.group(2))
                        if len(origs) != len(sp):
                            err.append("orig count != span count")
                        else:
                            for (a, b), o in zip(sp, origs):
                                seg = t[a:b]
                                if codec == "html":
                                    ok = seg != o and html_restore(seg) == o and re.search(r"&[#A-Za-z0-9]+;|</?[A-Za-z]", seg)
                                else:
                                    exp = TRANSFORMS[codec](o)
                                    ok = exp == seg and exp != o
                                if not ok:
                                    err.append(f"span {[a, b]} {seg!r} is not {codec}({o!r}) or equals it")
                if err:
                    problems += 1
                    print(f"{path}:{ln} {rec.get('id')}: " + "; ".join(err[:5]))
        print(f"{path}: {n} records checked")
    if problems:
        print(f"FAILED: {problems} record(s) with problems")
        return 1
    print("OK: all records pass")
    return 0


def table(path):
    from collections import OrderedDict
    rows = OrderedDict()
    with open(path, encoding="utf-8") as f:
        for raw in f:
            rec = json.loads(raw)
            k = rec["style"]
            if k not in rows:
                rows[k] = [rec["family"], rec["label"], 0, rec]
            rows[k][2] += 1
    print("| style | family | label | n | example (first span, or first line) |")
    print("|---|---|---|---|---|")
    for k in sorted(rows, key=lambda s: (rows[s][0], rows[s][1] == "negative", s)):
        fam, lab, n, rec = rows[k]
        t = rec["text"]
        if rec["spans"]:
            a, b = rec["spans"][0]
            ls = t.rfind("\n", 0, a) + 1
            le = t.find("\n", b)
            le = len(t) if le < 0 else le
            seg = t[a:b] if b - a <= 24 else t[a:a + 24] + "…"
            ex = t[max(ls, a - 12):a] + "⟦" + seg + "⟧" + t[b:min(le, b + 12)]
        else:
            lines = t.split("\n")
            m = re.search(r"\(lines (\d+)-(\d+)\)", rec["note"])
            block = lines[int(m.group(1)) - 1:int(m.group(2))] if m else lines[:1]

            def score(x):
                return sum(1 for c in x if not ("\u4e00" <= c <= "\u9fff" or c in "0123456789：，。、（）“”—　《》；")) + 3 * x.count("某")
            ex = max(block, key=score)
            ex = ex[:60]
        ex = ex.replace("|", "\\|").replace("\u008f", "\\x8f").replace("\u0081", "\\x81").replace("\u008d", "\\x8d").replace("\u0090", "\\x90").replace("\u009d", "\\x9d")
        ex = re.sub(r"[\u0080-\u009f]", lambda m: f"\\x{ord(m.group()):02x}", ex)
        print(f"| {k} | {fam} | {lab} | {n} | {ex} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--table", metavar="FILE")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.table:
        table(a.table)
        return
    recs = generate(a.seed)
    out = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for rec in recs:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if a.out:
        out.close()
        from collections import Counter
        c = Counter((x["family"], x["label"]) for x in recs)
        print(f"wrote {len(recs)} records to {a.out}: " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(c.items())),
              file=sys.stderr)


if __name__ == "__main__":
    main()
