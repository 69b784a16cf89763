#!/usr/bin/env python3
"""text42_gen.py - held-out set 42: placeholders (ph) and mojibake (mj) in Chinese documents.

Usage:
    python3 text42_gen.py --seed 11 --out text42_seed11.jsonl
    python3 text42_gen.py --verify text42_seed11.jsonl [more.jsonl ...]
    python3 text42_gen.py --seed 11 --table      (style table in Markdown)

Standard library only.  Deterministic per seed (string seeds go through SHA-512 in
random.Random, so PYTHONHASHSEED plays no part).
"""
import argparse
import codecs
import json
import random
import re
import sys
import unicodedata

# ---------------------------------------------------------------------------
# codec helpers (all damage is made with real codecs)
# ---------------------------------------------------------------------------


def _c1_decode(err):
    """WHATWG-like fallback: an undefined byte 0x80-0x9F becomes the C1 control with the
    same number (what browsers do for windows-125x); any other undefined byte -> U+FFFD."""
    bad = err.object[err.start:err.end]
    return ("".join(chr(b) if 0x80 <= b <= 0x9F else "\ufffd" for b in bad), err.end)


def _c1_encode(err):
    s = err.object[err.start:err.end]
    if all(0x80 <= ord(c) <= 0x9F for c in s):
        return (bytes(ord(c) for c in s), err.end)
    raise err


codecs.register_error("t42c1", _c1_decode if False else _c1_decode)
codecs.register_error("t42c1enc", _c1_encode)


def mis(clean, enc, dec, errors="strict"):
    """clean text encoded with `enc`, decoded with `dec`.  None when strict decoding fails."""
    try:
        return clean.encode(enc).decode(dec, errors=errors)
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None


def w1252(clean):
    return clean.encode("utf-8").decode("cp1252", errors="t42c1")


def un_w1252(s):
    return s.encode("cp1252", errors="t42c1enc").decode("utf-8")


def cesu8_bytes(clean):
    out = bytearray()
    for ch in clean:
        if ord(ch) < 0x10000:
            out += ch.encode("utf-8")
        else:
            u = ch.encode("utf-16-be")
            for i in (0, 2):
                out += chr(int.from_bytes(u[i:i + 2], "big")).encode("utf-8", "surrogatepass")
    return bytes(out)


def cesu8_decode(b):
    s = b.decode("utf-8", "surrogatepass")
    return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def iso2022_stripped(clean):
    return clean.encode("iso2022_jp").replace(b"\x1b", b"").decode("ascii")


def iso2022_restore(s):
    t = re.sub(r"(\$B|\$@|\(B|\(J)", lambda m: "\x1b" + m.group(1), s)
    return t.encode("ascii").decode("iso2022_jp")


CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


# ---------------------------------------------------------------------------
# building texts with spans that cannot drift
# ---------------------------------------------------------------------------


class P(str):
    """a segment that is a span (placeholder or damaged stretch)."""


def assemble(lines):
    parts, spans, pos = [], [], 0
    for i, line in enumerate(lines):
        if i:
            parts.append("\n")
            pos += 1
        segs = [line] if isinstance(line, str) else line
        for seg in segs:
            if not seg:
                continue
            if isinstance(seg, P):
                spans.append([pos, pos + len(seg)])
            parts.append(str(seg))
            pos += len(seg)
    text = "".join(parts)
    assert len(text) == pos
    return text, spans


STYLES = []


def style(name, family, label, desc):
    def deco(fn):
        STYLES.append((name, family, label, desc, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# pools (own wording)
# ---------------------------------------------------------------------------

SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史黎贺顾毛郝龚邵")
GIV = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
       "秀英", "华", "慧", "建华", "志强", "海燕", "红梅", "晓东", "雪", "婷", "宇", "浩", "欣怡", "子涵",
       "俊杰", "文博", "嘉怡", "思远", "立新", "春生", "桂兰", "玉珍", "国庆", "卫东", "小燕", "一鸣", "梓萱"]
CITY = ["临江", "云溪", "青川", "石门", "安平", "嘉禾", "兴宁", "丰泽", "长宁", "白沙", "桐乡", "永和", "清河",
        "南屏", "金湖", "望海", "东岭", "西泉", "柳城", "宁远"]
DIST = ["城东", "城西", "新港", "湖滨", "北山", "高新", "河口", "古城", "滨江", "龙泉"]
STREET = ["和平", "新华", "解放", "建设", "人民", "东风", "光明", "胜利", "文化", "振兴", "中山", "长江"]
VILL = ["上塘", "杨家坪", "石桥", "梅林", "大湾", "柳树沟", "三里铺", "河西", "黄泥岗", "竹园"]
COMP = ["星辰科技", "恒达物流", "青禾农业", "华远建设", "锦程商贸", "远航电子", "绿源食品", "新锐传媒",
        "瑞丰纺织", "立信会计"]
FILMS = ["雾港来信", "长夜将尽", "南方的河", "第七个冬天", "山那边的灯", "归途", "白鹭渡", "无声的站台",
         "七号码头", "风起青萍"]
DISHES = ["红烧肉", "糖醋排骨", "番茄炒蛋", "清蒸鲈鱼", "宫保鸡丁", "葱油拌面", "酸辣土豆丝", "可乐鸡翅",
          "蒜蓉西兰花", "香菇炖鸡", "麻婆豆腐", "蛋炒饭"]
INGR = ["盐", "白糖", "生抽", "老抽", "料酒", "蚝油", "香醋", "淀粉", "食用油", "冰糖", "花椒", "干辣椒"]
BANKS = ["临江农商银行", "云溪商业银行", "青川村镇银行", "安平银行", "嘉禾银行"]
SUBJ = ["语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "道德与法治"]
SCHOOL = ["第一中学", "实验中学", "外国语学校", "第三中学", "育才中学", "师范附属中学"]

SRT_LINES = [
    "你怎么现在才来？会议早就开始了。", "别担心，这件事我会处理好的。", "我们今晚必须离开这座城市。",
    "那封信到底是谁寄来的？", "把灯关上，外面好像有人。", "我答应过她，一定会回来的。",
    "这些年你过得还好吗？", "明天早上七点，码头见。", "你不用再替我隐瞒了。",
    "警察已经封锁了整条街。", "我只是想知道真相而已。", "外面下雨了，记得带伞。",
    "这张照片是在哪里拍的？", "你听，好像有人在唱歌。", "他从来没有提起过这件事。",
    "对不起，是我来晚了。", "我们之间已经没什么好说的了。", "火车还有十分钟就要开了。",
    "钥匙我放在门口的花盆下面。", "你先走，我随后就到。", "今天的事情不要告诉任何人。",
    "这里的冬天比我想象的冷。",
]
PRESS_LINES = [
    "近日，{c}市举办第三届乡村振兴产业博览会，两百余家企业参展。",
    "{c}市{d}区新建的社区食堂于本月正式投入使用，日均接待老人三百余人次。",
    "据介绍，该项目总投资约十二亿元，建成后可新增就业岗位一千余个。",
    "活动现场，志愿者向市民发放防诈骗宣传手册并进行答疑。",
    "{c}市今年以来累计完成老旧小区改造四十六个，惠及居民一万余户。",
    "下一步，{c}市将继续优化营商环境，推动重点项目早开工、早投产。",
    "本次比赛共有来自全省的八十支队伍参加，赛期三天。",
    "与会专家围绕数字经济与实体经济融合发展展开深入交流。",
    "该馆共展出文物三百余件，其中一级文物十二件。",
    "据了解，新线路开通后，两地通行时间将缩短至四十分钟左右。",
    "{c}市图书馆暑期推出系列阅读活动，吸引众多家长和孩子参与。",
    "会议强调，要压实安全生产责任，坚决遏制重特大事故发生。",
]
RECIPE_LINES = [
    "五花肉切成麻将块大小，冷水下锅焯去血沫。", "锅中放少许油，小火把冰糖炒出焦糖色。",
    "放入葱段、姜片和八角，翻炒出香味。", "加入没过食材的开水，大火烧开后转小火慢炖。",
    "出锅前大火收汁，撒上葱花即可。", "鸡蛋打散，加一小撮盐搅匀备用。",
    "番茄顶部划十字，用开水烫一下去皮。", "鱼身两面各划几刀，抹匀料酒腌制十分钟。",
    "蒸锅水开后放入鱼，大火蒸八分钟。", "土豆切细丝，用清水冲洗两遍去掉淀粉。",
    "热锅凉油，下花椒和干辣椒炸出香味。", "最后淋入少许香醋，翻匀后立即出锅。",
    "排骨提前用清水浸泡半小时。", "面条煮熟后过一遍凉水，沥干备用。",
]
BANK_MEMO = ["工资代发", "超市购物", "水电燃气缴费", "转账收入", "手机话费充值", "信用卡还款", "医保个账划入",
             "餐饮消费", "物业管理费", "理财产品赎回", "网上商城退款", "ATM取款"]
EXAM_LINES = [
    "下列词语中，加点字的读音全部正确的一项是（　）", "阅读下面的材料，根据要求写一篇不少于八百字的文章。",
    "简要说明光合作用过程中能量是如何转化的。", "请根据图表，概括近五年该地区人口变化的特点。",
    "下列关于细胞结构的说法，正确的是（　）", "用所给词的适当形式填空，使短文意思完整。",
    "结合所学知识，分析该事件发生的历史背景。", "实验中为什么要先通入一段时间的氢气？",
    "请写出该反应的化学方程式，并注明反应条件。", "从文中找出描写人物神态的句子，并说说其作用。",
    "判断下列说法是否正确，并说明理由。", "本题满分十二分，请在答题卡指定区域内作答。",
]
REPORT_LINES = [
    "今年以来，我街道坚持以人民为中心，统筹推进各项重点工作。", "全年累计开展安全生产检查一百二十余次，整改隐患三百余处。",
    "持续推进垃圾分类工作，辖区居民参与率稳步提升。", "深入开展文明城市创建，组织志愿服务活动六十余场。",
    "扎实做好就业帮扶，新增城镇就业八百余人。", "完成辖区三个老旧小区雨污分流改造工程。",
    "健全网格化管理机制，及时化解矛盾纠纷。", "加强基层党组织建设，规范“三会一课”制度。",
    "全力做好防汛备汛工作，储备各类物资一批。", "积极推进养老服务中心建设，新增床位一百张。",
    "不断优化营商环境，帮助企业解决实际困难四十余件。", "扎实开展义务教育阶段学校课后服务工作。",
]
JP_LINES = ["ありがとうございます", "また明日会いましょう", "この町は静かですね", "お元気ですか",
            "駅まで歩いて十分です", "失礼します", "よろしくお願いします", "雨が降りそうです", "本日の会議は中止です",
            "もう少し待ってください", "あの人は誰ですか", "忘れないでね"]
JP_NAMES = ["山田太郎", "佐藤花子", "鈴木一郎", "高橋誠", "田中美咲", "渡辺健", "伊藤由美", "中村浩二",
            "小林市長", "大阪府知事", "東京支社長", "株式会社サクラ電機"]
JP_DISH = ["肉じゃが", "親子丼", "味噌汁", "豚汁", "茶碗蒸し", "天ぷら", "お好み焼き", "卵焼き"]
TRAD_PY = {"發": "fā", "區": "qū", "領": "lǐng", "導": "dǎo", "動": "dòng", "遠": "yuǎn", "項": "xiàng",
           "堅": "jiān", "實": "shí", "際": "jì", "員": "yuán", "會": "huì", "議": "yì", "經": "jīng",
           "濟": "jì", "業": "yè", "務": "wù", "級": "jí", "點": "diǎn", "進": "jìn", "設": "shè",
           "進": "jìn", "轉": "zhuǎn", "變": "biàn", "開": "kāi", "關": "guān", "環": "huán", "境": "jìng",
           "興": "xīng", "農": "nóng", "產": "chǎn", "質": "zhì", "綫": "xiàn", "機": "jī", "構": "gòu",
           "權": "quán", "責": "zé", "鄉": "xiāng", "鎮": "zhèn", "組": "zǔ", "織": "zhī", "獻": "xiàn",
           "衛": "wèi", "療": "liáo", "險": "xiǎn", "實": "shí", "創": "chuàng", "統": "tǒng", "戰": "zhàn",
           "層": "céng", "積": "jī", "極": "jí", "擴": "kuò", "網": "wǎng", "絡": "luò", "維": "wéi",
           "護": "hù", "穩": "wěn", "糧": "liáng", "貧": "pín", "鬥": "dòu", "檢": "jiǎn", "驗": "yàn"}
TRAD_SENT = [
    "今年以來，我鎮堅持新發展理念，推動經濟社會實現穩步發展。", "區委、區政府高度重視，成立專項領導小組統籌推進。",
    "全面開展農村人居環境整治，鄉村面貌明顯改善。", "持續加強基層黨組織建設，發揮戰鬥堡壘作用。",
    "嚴格落實安全生產責任制，開展隱患排查整治行動。", "加快推進重點項目建設，全年完成固定資產投資任務。",
    "積極推動衛生健康事業發展，提升醫療服務質量。", "不斷擴大網格化管理覆蓋面，維護社會穩定。",
    "穩定糧食生產，全年糧食播種面積保持穩定。", "深入實施創新驅動發展戰略，培育高新技術企業。",
]
RARE_OK = [c for c in "喆堃玥昇珺瑄彧頔曌垚犇骉赟镕玚晞旻暐祎翀"]
SUPP = ["𠮷", "𡈼", "𠀾", "𨚕", "𪚥", "𤭢", "𩽾", "𫟦"]
EMOJI = ["😀", "😂", "👍", "🎉", "❤️", "🙏", "😭", "🔥", "🍜", "🎬"]


def name(r):
    return r.choice(SUR) + r.choice(GIV)


def ymd(r, sep="-"):
    return f"{r.choice([2022, 2023, 2024])}{sep}{r.randint(1, 12):02d}{sep}{r.randint(1, 28):02d}"


def cn_date(r):
    return f"{r.choice([2022, 2023, 2024])}年{r.randint(1, 12)}月{r.randint(1, 28)}日"


def tc(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def srt_times(r, n):
    t = r.randint(60000, 5400000)
    out = []
    for _ in range(n):
        d = r.randint(1200, 4200)
        out.append(f"{tc(t)} --> {tc(t + d)}")
        t += d + r.randint(200, 6000)
    return out


def xr(r, n, ch):
    return ch * n


def xch(r):
    return r.choice(["x", "x", "X", "X", "×", "Ｘ"])


def money(r):
    return f"{r.randint(1, 98)}.{r.randint(1, 99):02d}"


# ---------------------------------------------------------------------------
# ph positives
# ---------------------------------------------------------------------------

@style("srt_speaker_tag_unfilled", "ph", "placeholder", "SRT cues with 【角色名】 speaker tags never replaced")
def _(r):
    n = r.randint(2, 3)
    times = srt_times(r, n)
    start = r.randint(1, 400)
    lines, cnt = [], 0
    hit = r.sample(range(n), r.randint(1, n))
    for i in range(n):
        if i:
            lines.append("")
        lines.append(str(start + i))
        lines.append(times[i])
        if i in hit:
            tag = r.choice(["【角色名】", "【角色名】", "【人物】", "【说话人】"])
            lines.append([P(tag), r.choice(SRT_LINES)])
            cnt += 1
        else:
            lines.append(["【" + name(r) + "】", r.choice(SRT_LINES)])
    return lines, f"subtitle file, {cnt} speaker tag(s) left as template name"


@style("srt_translator_name_marker", "ph", "placeholder", "translated subtitles with [人名] / XXX in dialogue")
def _(r):
    n = r.randint(2, 3)
    times = srt_times(r, n)
    lines = []
    k = r.randrange(n)
    tok = r.choice(["[人名]", "XXX", "[姓名]", "××"])
    for i in range(n):
        if i:
            lines.append("")
        lines.append(str(r.randint(10, 900) if i == 0 else ""))
        lines[-1] = str(100 + i * 1 + r.randint(0, 2) * 0)
        lines.append(times[i])
        if i == k:
            pre, post = r.choice([("", "，你终于来了。"), ("我刚才在车站看见", "了。"), ("替我向", "问好。"),
                                  ("", "，快把门打开！")])
            lines.append([pre, P(tok), post])
        else:
            lines.append(r.choice(SRT_LINES))
    return lines, f"subtitle translation left a name marker {tok}"


@style("srt_credits_blank", "ph", "placeholder", "subtitle credits cue with 翻译/校对 blanks")
def _(r):
    times = srt_times(r, 2)
    blank = r.choice(["＿＿＿＿", "____", "【待填】", "XXX"])
    lines = ["1", times[0], f"本字幕由{r.choice(['晨星', '南风', '小岛', '萤火'])}字幕组制作，仅供学习交流"]
    lines += ["", "2", times[1]]
    roles = r.sample(["翻译", "校对", "时间轴", "后期", "压制"], 3)
    k = r.sample(range(3), r.randint(1, 2))
    seg = []
    for i, ro in enumerate(roles):
        if i:
            seg.append("  ")
        seg.append(ro + "：")
        seg.append(P(blank) if i in k else name(r))
    lines.append(seg)
    return lines, f"credits cue with {len(k)} unfilled staff name(s)"


@style("srt_timecode_x", "ph", "placeholder", "SRT timing lines with unfilled x digits")
def _(r):
    n = r.randint(2, 3)
    times = srt_times(r, n)
    ch = r.choice(["x", "X"])
    k = r.randrange(n)
    lines = []
    for i in range(n):
        if i:
            lines.append("")
        lines.append(str(i + 1))
        if i == k:
            a, b = times[i].split(" --> ")
            lines.append([a, " --> ", P(f"00:{ch}{ch}:{ch}{ch},{ch * 3}")])
        else:
            lines.append(times[i])
        lines.append(r.choice(SRT_LINES))
    return lines, "cue end time left as a template mask"


@style("press_reporter_byline_x", "ph", "placeholder", "press release bylines 记者 XXX 通讯员 ×××")
def _(r):
    c = r.choice(CITY)
    a = r.choice(["XXX", "×××", "ＸＸＸ", "xxx"])
    b = r.choice(["XXX", "×××", "某某"])
    which = r.choice(["both", "rep", "cor"])
    head = ["本报讯（记者 "]
    head += [P(a)] if which in ("both", "rep") else [name(r)]
    head += [" 通讯员 "]
    head += [P(b)] if which in ("both", "cor") else [name(r)]
    head += ["）" + r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST))]
    lines = [f"{c}市{r.choice(['多措并举', '持续发力', '精准施策'])}推进{r.choice(['民生实事', '城市更新', '乡村振兴'])}", "",
             head, r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST))]
    if r.random() < 0.6:
        lines.append(r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST)))
    return lines, "news byline names never filled in"


@style("press_byline_blank", "ph", "placeholder", "本报讯（记者 ＿＿） with underscores")
def _(r):
    c = r.choice(CITY)
    bl = r.choice(["＿＿", "＿＿＿", "____", "______"])
    lines = [f"{c}日报  {cn_date(r)}  第{r.randint(1, 12)}版", "",
             ["本报讯（记者 ", P(bl), "）", r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST))],
             r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST))]
    if r.random() < 0.5:
        lines.append(["（责任编辑：", P(bl), "）"])
    return lines, "reporter name left as a blank"


@style("press_date_x", "ph", "placeholder", "press release with x月xx日 dates")
def _(r):
    c = r.choice(CITY)
    ch = r.choice(["x", "X", "×"])
    d1 = f"{ch}月{ch * 2}日"
    lines = [f"关于举办{c}市第{r.randint(2, 9)}届{r.choice(['读书节', '美食节', '马拉松', '科技周'])}的新闻通稿", "",
             [P(d1), f"，{c}市{r.choice(['文旅局', '科技局', '体育局', '团市委'])}在市民中心召开新闻发布会。"],
             r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST))]
    if r.random() < 0.7:
        lines.append(["活动将持续至", P(f"{ch}月{ch * 2}日"), "，期间全部场馆免费开放。"])
    return lines, "event dates never filled in"


@style("press_figures_xx", "ph", "placeholder", "press release with xx.xx万元 / xxx% figures")
def _(r):
    c = r.choice(CITY)
    ch = r.choice(["x", "X"])
    lines = [f"{c}市上半年经济运行情况新闻稿（{r.choice(['初稿', '送审稿', '第二稿'])}）", "",
             [f"今年上半年，{c}市实现地区生产总值", P(f"{ch * 3}.{ch * 2}"), "亿元，同比增长",
              P(f"{ch}.{ch}"), "%。"]]
    if r.random() < 0.7:
        lines.append(["规模以上工业增加值增长", P(ch * 2), "%，社会消费品零售总额", P(f"{ch * 2}.{ch * 2}"), "亿元。"])
    lines.append(r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST)))
    return lines, "figures still x-masked in a press draft"


@style("press_contact_mustache", "ph", "placeholder", "press release contact block with {{...}} fields")
def _(r):
    c = r.choice(CITY)
    f1 = r.choice(["{{contact_name}}", "{{联系人}}", "{{ name }}"])
    f2 = r.choice(["{{phone}}", "{{联系电话}}", "{{ tel }}"])
    p1, p2 = r.sample(PRESS_LINES, 2)
    lines = [f"{c}{r.choice(COMP)}有限公司新品发布会新闻稿", "", p1.format(c=c, d=r.choice(DIST)),
             p2.format(c=c, d=r.choice(DIST)), "", "媒体联系：", ["联系人：", P(f1)], ["电话：", P(f2)]]
    if r.random() < 0.5:
        lines.append(f"邮箱：press@{r.choice(['xingchen', 'hengda', 'qinghe', 'yuanhang'])}.com.cn")
    return lines, "mail-merge fields left in a press release"


@style("press_quote_speaker_xx", "ph", "placeholder", "quoted official left as XX局局长XXX")
def _(r):
    c = r.choice(CITY)
    ch = r.choice(["X", "x", "×"])
    lines = [r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST)),
             [f"{c}市", P(ch * 2), "局局长", P(ch * 3), "表示，“我们将把这项工作作为今年的重点任务来抓。”"],
             r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST))]
    return lines, "speaker's unit and name left as x-runs"


@style("press_photo_credit_blank", "ph", "placeholder", "photo caption with （摄影：XXX）")
def _(r):
    c = r.choice(CITY)
    tok = r.choice(["XXX", "×××", "[摄影师]", "＿＿＿"])
    lines = [r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST)),
             [f"图为{c}市{r.choice(DIST)}区{r.choice(['志愿者在社区开展义诊', '市民在新开放的公园散步', '工人在项目工地施工'])}。（摄影：",
              P(tok), "）"], r.choice(PRESS_LINES).format(c=c, d=r.choice(DIST))]
    return lines, "photographer name not filled"


@style("recipe_grams_x", "ph", "placeholder", "recipe ingredient list with 盐x克 unfilled next to 适量")
def _(r):
    dish = r.choice(DISHES)
    ch = r.choice(["x", "X", "xx"])
    items = r.sample(INGR, 5)
    k = r.sample(range(5), r.randint(1, 3))
    lines = [f"【{dish}】家常做法", f"主料：{r.choice(['五花肉', '排骨', '鸡蛋', '鲈鱼', '土豆', '鸡翅'])}{r.randint(2, 8)}00克"]
    seg = ["调料："]
    for i, it in enumerate(items):
        if i:
            seg.append("，")
        if i in k:
            seg += [it, P(ch), r.choice(["克", "毫升", "勺"])]
        else:
            seg.append(it + r.choice(["适量", "少许", "1勺", "2克", "10毫升"]))
    lines.append(seg)
    lines.append("做法：")
    for j, st in enumerate(r.sample(RECIPE_LINES, r.randint(2, 4))):
        lines.append(f"{j + 1}. {st}")
    return lines, "ingredient quantities left as x (适量/少许 are real wording)"


@style("recipe_time_temp_x", "ph", "placeholder", "recipe steps with xx分钟 / xxx℃ unfilled")
def _(r):
    dish = r.choice(["烤鸡翅", "戚风蛋糕", "烤红薯", "曲奇饼干", "烤排骨", "蛋挞"])
    ch = r.choice(["x", "X"])
    lines = [f"{dish}（烤箱版）", "1. 食材洗净处理好，提前腌制或备好面糊。",
             ["2. 烤箱预热至", P(ch * 3), "℃，上下火。"],
             ["3. 放入中层烘烤", P(ch * 2), "分钟，中途翻面一次。"]]
    if r.random() < 0.5:
        lines.append("4. 出炉后放凉再切，口感更好。")
    return lines, "oven temperature/time not filled"


@style("recipe_author_bracket", "ph", "placeholder", "recipe card header with [作者名] / {{...}}")
def _(r):
    dish = r.choice(DISHES)
    tok = r.choice(["[作者名]", "[作者]", "{{author}}", "【作者】"])
    lines = [f"{dish}", ["作者：", P(tok), f"   难度：{r.choice(['简单', '中等'])}   用时：{r.randint(15, 90)}分钟"],
             f"食材：{'、'.join(r.sample(INGR, 4))}、{r.choice(['葱', '姜', '蒜'])}适量"]
    for j, st in enumerate(r.sample(RECIPE_LINES, 3)):
        lines.append(f"{j + 1}. {st}")
    return lines, "author field left as template marker"


@style("recipe_servings_x", "ph", "placeholder", "recipe yield/calorie lines with x")
def _(r):
    dish = r.choice(DISHES)
    ch = r.choice(["x", "X"])
    lines = [f"{dish}营养卡片", ["份量：", P(ch), "人份"], ["每份热量约", P(ch * 3), "千卡"],
             f"小贴士：{r.choice(RECIPE_LINES)}"]
    return lines, "yield and calories not filled"


@style("bank_account_name_bracket", "ph", "placeholder", "bank statement with 户名：[客户姓名] left (card mask declared)")
def _(r):
    bank = r.choice(BANKS)
    tok = r.choice(["[客户姓名]", "[户名]", "【客户姓名】", "{客户姓名}"])
    last4 = f"{r.randint(0, 9999):04d}"
    lines = [f"{bank}个人账户交易明细", ["户名：", P(tok), f"    卡号：6222 **** **** {last4}"],
             "（本行对账单中卡号已按规定作脱敏显示）", "交易日期 | 摘要 | 金额 | 余额"]
    bal = r.randint(2000, 50000)
    for _ in range(r.randint(2, 4)):
        amt = r.randint(20, 3000)
        bal -= amt
        lines.append(f"{ymd(r)} | {r.choice(BANK_MEMO)} | -{amt:,}.00 | {bal:,}.{r.randint(0, 99):02d}")
    return lines, "customer name never merged into a statement (card mask is declared, not a span)"


@style("bank_sms_template_vars", "ph", "placeholder", "bank SMS with {客户} / {金额} variables")
def _(r):
    bank = r.choice(BANKS)
    v = r.choice([("{客户姓名}", "{金额}"), ("${name}", "${amount}"), ("%NAME%", "%AMOUNT%"), ("$NAME$", "$AMT$")])
    lines = [[f"【{bank}】尊敬的", P(v[0]), f"，您尾号{r.randint(1000, 9999)}的账户于{r.randint(1, 12)}月{r.randint(1, 28)}日",
              f"{r.choice(['转入', '支出'])}人民币", P(v[1]), "元。如非本人操作请致电客服。"]]
    if r.random() < 0.5:
        lines.insert(0, f"短信发送记录  {ymd(r)} {r.randint(8, 20)}:{r.randint(0, 59):02d}")
    return lines, "SMS sent with template variables unreplaced"


@style("receipt_dollar_vars", "ph", "placeholder", "receipt printout with $VAR$ fields")
def _(r):
    shop = r.choice(["便利店", "超市", "药房", "面包房"])
    vs = r.sample(["$CASHIER$", "$ORDER_NO$", "$MEMBER$", "$TOTAL$"], 2)
    lines = [f"{r.choice(CITY)}{r.choice(['惠民', '家家乐', '百佳', '益康'])}{shop}", f"日期：{ymd(r)} {r.randint(8, 21)}:{r.randint(0, 59):02d}"]
    for v in vs:
        lab = {"$CASHIER$": "收银员", "$ORDER_NO$": "单号", "$MEMBER$": "会员", "$TOTAL$": "合计"}[v]
        lines.append([lab + "：", P(v)])
    for _ in range(r.randint(2, 3)):
        lines.append(f"{r.choice(['矿泉水', '牛奶', '面包', '口罩', '纸巾', '酸奶'])} x{r.randint(1, 3)}  {r.randint(2, 30)}.{r.randint(0, 9)}0")
    lines.append("谢谢惠顾，欢迎再次光临")
    return lines, "receipt template variables printed raw (the ' x2' quantity marks are real)"


@style("receipt_payee_blank", "ph", "placeholder", "收款收据 with 收款人 / 交款人 blanks")
def _(r):
    bl = r.choice(["______", "＿＿＿＿", "　　　　"[:0] + "________"])
    amt = r.randint(100, 20000)
    lines = ["收  款  收  据", f"NO.{r.randint(1000000, 9999999)}        {cn_date(r)}",
             ["今收到 ", P(bl), f" 交来{r.choice(['物业费', '押金', '培训费', '场地租金'])}"],
             f"人民币（小写）：¥{amt:,}.00", ["收款单位（盖章）：", f"{r.choice(CITY)}{r.choice(COMP)}有限公司", "   经手人：", P(bl)]]
    return lines, "payer/handler blanks in an issued receipt"


@style("bank_transfer_form_x", "ph", "placeholder", "转账凭证 with 账号 6222 xxxx xxxx xxxx unfilled")
def _(r):
    bank = r.choice(BANKS)
    ch = r.choice(["x", "X"])
    acc = " ".join([ch * 4] * 3)
    lines = [f"{bank}  转账汇款凭证", f"付款人：{name(r)}   付款账号：6217 {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
             ["收款人：", name(r), "   收款账号：6222 ", P(acc)], f"金额：{r.randint(100, 99999):,}.00 元   用途：{r.choice(['货款', '还款', '学费', '房租'])}",
             ["交易时间：", P(f"20{ch * 2}-{ch * 2}-{ch * 2}")]]
    return lines, "account number and date still template masks (no masking statement)"


@style("exam_report_name_blank", "ph", "placeholder", "finished score report with 考生姓名：＿＿ blank")
def _(r):
    bl = r.choice(["＿＿＿＿", "____", "________"])
    subs = r.sample(SUBJ, 4)
    lines = [f"{r.choice(CITY)}市{r.choice(SCHOOL)}{r.choice(['期中', '期末', '第一次月考'])}成绩报告单",
             ["考生姓名：", P(bl), f"   班级：{r.choice(['七', '八', '九', '高一', '高二'])}（{r.randint(1, 12)}）班"]]
    tot = 0
    for s in subs:
        sc = r.randint(55, 148 if s in ('语文', '数学', '英语') else 100)
        tot += sc
        lines.append(f"{s}：{sc}分")
    lines.append(f"总分：{tot}   班级排名：{r.randint(1, 50)}")
    return lines, "student name left blank in a finished report (scores filled)"


@style("exam_report_school_xx", "ph", "placeholder", "admission notice with XX中学 / xx班")
def _(r):
    ch = r.choice(["XX", "xx", "××"])
    lines = ["录取通知书", [f"{name(r)}同学：", ""], ["你已被我校", P(ch), "专业（方向）录取，请于",
                                                   P(f"{ch[0]}月{ch}日"), "持本通知书到校报到。"],
             [P(ch), "中学招生办公室"], cn_date(r)]
    return lines, "school/major/date not filled in a sent notice"


@style("exam_candidate_number_circles", "ph", "placeholder", "准考证 with 〇〇〇〇 / ○○ fields")
def _(r):
    tok = r.choice(["〇〇〇〇〇〇", "○○○○○○", "〇〇〇〇"])
    lines = [f"{r.choice([2023, 2024])}年{r.choice(CITY)}市初中学业水平考试准考证", f"姓名：{name(r)}",
             ["准考证号：", P(tok)], ["考场：第", P(r.choice(["〇〇", "○○"])), "考场"],
             f"考点：{r.choice(CITY)}市{r.choice(SCHOOL)}", "注意事项：考生须提前二十分钟进入考场，凭证入场。"]
    return lines, "candidate number and room shown as circle masks"


@style("exam_answer_key_pending", "ph", "placeholder", "answer key with 【待填】 where answers belong")
def _(r):
    n = r.randint(3, 5)
    k = r.sample(range(n), r.randint(1, 2))
    lines = [f"{r.choice(SUBJ)}单元测试参考答案（教师用）"]
    for i in range(n):
        if i in k:
            lines.append([f"{i + 1}. ", P(r.choice(["【待填】", "【答案待补】", "（待补充）"]))])
        else:
            lines.append(f"{i + 1}. {r.choice(['A', 'B', 'C', 'D'])}   解析：{r.choice(['排除法可得。', '由题意列方程求解。', '见教材相关章节。'])}")
    return lines, "answer slots in an answer key still pending"


@style("exam_invigilator_record_xx", "ph", "placeholder", "exam room record with XXX signatures")
def _(r):
    ch = r.choice(["XXX", "×××", "＿＿＿"])
    lines = [f"考场记录表（第{r.randint(1, 40)}考场）", f"科目：{r.choice(SUBJ)}   日期：{cn_date(r)}",
             f"应考人数：{r.randint(28, 32)}   实考人数：{r.randint(25, 30)}",
             ["监考员签名：", P(ch), "、", P(ch)], "考场情况：无违纪"]
    return lines, "invigilator signatures left as masks"


@style("report_org_xx", "ph", "placeholder", "work report with XX街道 / xx市 / xx村")
def _(r):
    ch = r.choice(["XX", "xx", "××", "ＸＸ"])
    lines = [[P(ch), f"街道{r.choice([2022, 2023])}年工作总结"], "",
             ["今年以来，", P(ch), "街道在", P(ch), "区委、区政府的正确领导下，" + r.choice(["统筹推进各项重点工作。", "扎实做好民生保障工作。", "持续深化基层治理。", "全力推进城市更新。"])],
             r.choice(REPORT_LINES)]
    if r.random() < 0.6:
        lines.append(["完成", P(ch), "村、", P(ch), "村两个村的村级活动场所改造。"])
    return lines, "unit names masked in a template report"


@style("report_counts_xxx", "ph", "placeholder", "work report with xxx户 / xx人 / xx家")
def _(r):
    ch = r.choice(["x", "X"])
    lines = [f"一、{r.choice(['民生保障', '社会治理', '安全生产', '就业服务'])}工作情况",
             ["全年走访困难群众", P(ch * 3), "户，发放慰问金", P(ch * 2), "万元。"],
             ["组织技能培训", P(ch * 2), "期，培训", P(ch * 3), "人次，帮助", P(ch * 2), "人实现就业。"],
             r.choice(REPORT_LINES)]
    return lines, "counts x-masked in an anonymised summary"


@style("report_date_xmxxd", "ph", "placeholder", "work report with x月xx日 events")
def _(r):
    ch = r.choice(["x", "X"])
    lines = [f"（{r.choice(['一', '二', '三'])}）{r.choice(['开展专项整治', '迎接上级检查', '组织应急演练'])}",
             [P(f"{ch}月{ch * 2}日"), "，市专家组对我镇创建工作开展实地评估。"],
             [P(f"{ch}月{ch * 2}日"), "至", P(f"{ch}月{ch * 2}日"), "，组织开展消防安全专项检查。"],
             r.choice(REPORT_LINES)]
    return lines, "event dates masked"


@style("report_money_xx", "ph", "placeholder", "work report with xx.xx万元")
def _(r):
    ch = r.choice(["x", "X"])
    lines = [f"{r.choice(CITY)}市{r.choice(['民政局', '农业农村局', '卫健局', '教育局'])}{r.choice([2022, 2023])}年度工作总结",
             ["全年争取上级资金", P(f"{ch * 2}.{ch * 2}"), "万元，同比增长", P(ch * 2), "%。"],
             ["其中民生支出", P(f"{ch * 3}.{ch * 2}"), "万元，占总支出的", P(ch * 2), "%。"], r.choice(REPORT_LINES)]
    return lines, "amounts and rates masked"


@style("report_pct_xxx", "ph", "placeholder", "work report with xxx% rates")
def _(r):
    ch = r.choice(["x", "X"])
    lines = [r.choice(REPORT_LINES), ["辖区适龄人群疫苗接种率达", P(ch * 3), "%，", "家庭医生签约率", P(ch * 2), "%。"],
             ["重点项目完工率", P(f"{ch * 2}.{ch}"), "%，较上年提高", P(ch), "个百分点。"]]
    return lines, "percentages masked"


@style("report_doc_number_x", "ph", "placeholder", "document numbers like x爱卫办〔2022〕xx号")
def _(r):
    ch = r.choice(["x", "X"])
    yr = r.choice([2021, 2022, 2023])
    lines = [r.choice(REPORT_LINES),
             [f"根据《关于做好{r.choice(['卫生城市复审', '安全生产大检查', '防汛工作'])}的通知》（", P(ch),
              f"{r.choice(['爱卫办', '安委办', '防指'])}〔{yr}〕", P(ch * 2), "号）要求，我局及时部署落实。"],
             r.choice(REPORT_LINES)]
    return lines, "issuing-office code and serial masked"


@style("commendation_mou_names", "ph", "placeholder", "commendation list with 张某 / 李某某 pseudonyms")
def _(r):
    sn = r.sample(SUR, 4)
    k = r.sample(range(4), r.randint(2, 4))
    lines = [f"关于表彰{r.choice([2022, 2023])}年度先进个人的决定", "经研究，决定授予以下同志“优秀工作者”称号："]
    seg = []
    for i, s in enumerate(sn):
        if i:
            seg.append("、")
        seg.append(P(s + r.choice(["某", "某某"])) if i in k else s + r.choice(GIV))
    lines.append(seg)
    lines.append("希望受表彰的同志珍惜荣誉，再接再厉。")
    lines.append(f"{r.choice(CITY)}市{r.choice(['人社局', '总工会', '教育局'])}")
    return lines, "a commendation must name people; 某 pseudonyms are unfilled"


@style("minutes_attendees_xxx", "ph", "placeholder", "meeting minutes with 参会人员：XXX、XXX")
def _(r):
    ch = r.choice(["XXX", "×××", "某某"])
    lines = ["会议纪要", f"时间：{cn_date(r)} {r.randint(9, 16)}:00", f"地点：{r.choice(['三楼会议室', '综合楼101', '党群服务中心'])}",
             ["主持人：", P(ch)], ["参会人员：", name(r), "、", P(ch), "、", P(ch), "、", name(r)],
             f"议题：{r.choice(['研究年度预算', '部署防汛工作', '讨论人事安排'])}", "会议决定：由办公室牵头，各科室配合落实。"]
    return lines, "chair and attendees left masked in minutes"


@style("notice_daitian_brackets", "ph", "placeholder", "notice with 【待填】 / （填写） slots")
def _(r):
    tok = r.choice(["【待填】", "（填写）", "【待定】", "（待填）"])
    lines = [f"关于召开{r.choice(['安全生产', '年度总结', '党风廉政建设'])}工作会议的通知", "各科室：",
             ["经研究，定于", P(tok), "在", P(tok), "召开会议，请各科室负责人准时参加。"],
             ["联系人：", name(r), "，电话：", P(tok)], f"{r.choice(CITY)}市{r.choice(['住建局', '应急局', '水务局'])}办公室"]
    return lines, "notice issued with fill-in markers"


@style("notice_circle_date", "ph", "placeholder", "〇〇年〇〇月〇〇日 date masks")
def _(r):
    lines = [f"{r.choice(CITY)}{r.choice(COMP)}有限公司", "关于调整作息时间的通知", "全体员工：",
             ["自", P("〇〇年〇〇月〇〇日"), "起，公司作息时间调整为上午九点至下午六点。"], "特此通知。",
             ["行政部  ", P("〇〇〇〇年〇〇月〇〇日")]]
    return lines, "Japanese-style 〇〇 date masks never filled"


@style("letter_salutation_bracket", "ph", "placeholder", "letter with 尊敬的[姓名]：")
def _(r):
    tok = r.choice(["[姓名]", "[客户姓名]", "<姓名>", "[称谓]"])
    lines = [["尊敬的", P(tok), "："], f"感谢您一直以来对{r.choice(CITY)}{r.choice(COMP)}的支持与信任。",
             f"为回馈老客户，本公司将于{cn_date(r)}举办客户答谢会，诚挚邀请您参加。", "此致", "敬礼",
             f"{r.choice(COMP)}客户服务部"]
    return lines, "mail-merge salutation unfilled"


@style("email_mustache_merge", "ph", "placeholder", "email with {{name}} / {{order_id}}")
def _(r):
    fs = [r.choice(["{{name}}", "{{ username }}", "{{客户名}}"]), r.choice(["{{order_id}}", "{{ order_no }}"]),
          r.choice(["{{date}}", "{{ ship_date }}", "{{发货日期}}"])]
    lines = ["主题：您的订单已发货", ["亲爱的", P(fs[0]), "，您好！"],
             ["您的订单（编号：", P(fs[1]), "）已于", P(fs[2]), "发出，请注意查收。"],
             "如有疑问，请回复本邮件或拨打客服热线。", f"{r.choice(['云溪', '青禾', '远航'])}商城"]
    return lines, "email sent with template fields"


@style("contract_party_blank", "ph", "placeholder", "signed contract with 甲方：＿＿＿ blanks")
def _(r):
    bl = r.choice(["＿＿＿＿＿＿", "__________", "________"])
    lines = ["房屋租赁合同", ["出租方（甲方）：", P(bl)], f"承租方（乙方）：{name(r)}",
             f"第一条  甲方将位于{r.choice(CITY)}市{r.choice(STREET)}路{r.randint(1, 300)}号的房屋出租给乙方使用。",
             f"第二条  租赁期限自{cn_date(r)}起，共十二个月。", ["甲方（签字）：", P(bl), f"    乙方（签字）：{name(r)}"]]
    return lines, "one party left blank in a contract otherwise completed"


@style("contract_rent_x", "ph", "placeholder", "contract with 租金每月xxxx元")
def _(r):
    ch = r.choice(["x", "X"])
    lines = ["车位租赁协议", f"出租方：{name(r)}  承租方：{name(r)}",
             [f"一、租赁车位位于{r.choice(CITY)}花园地下车库", P(ch * 3), "号。"],
             ["二、租金每月", P(ch * 4), "元，按季度支付。"], ["三、押金", P(ch * 3), "元，协议期满无损坏后退还。"]]
    return lines, "contract numbers left as x"


@style("certificate_blank", "ph", "placeholder", "certificate with 兹证明____同志")
def _(r):
    bl = r.choice(["____", "＿＿＿＿", "XXX"])
    lines = ["工 作 证 明", ["兹证明", P(bl), "同志（身份证号：", P(r.choice(["__________________", "＿＿＿＿＿＿＿＿"])), "）"],
             f"自{r.choice([2018, 2019, 2020, 2021])}年起在我单位{r.choice(['财务部', '技术部', '销售部'])}工作至今，表现良好。",
             "特此证明。", f"{r.choice(CITY)}{r.choice(COMP)}有限公司（盖章）", cn_date(r)]
    return lines, "certificate issued with blanks"


@style("job_posting_salary_x", "ph", "placeholder", "job ad with 月薪xxxx元 / xx人")
def _(r):
    ch = r.choice(["x", "X"])
    job = r.choice(["仓库管理员", "会计", "销售代表", "数控操作工", "行政助理"])
    lines = [f"{r.choice(CITY)}{r.choice(COMP)}有限公司招聘启事", [f"岗位：{job}  招聘人数：", P(ch), "人"],
             ["薪资：", P(ch * 4), "-", P(ch * 4), "元/月，缴纳五险一金"], "要求：大专及以上学历，有相关工作经验者优先。",
             ["联系电话：0", P(ch * 3), "-", P(ch * 7)]]
    return lines, "headcount, salary and phone not filled"


@style("report_cross_mask_places", "ph", "placeholder", "case report with ××乡××村")
def _(r):
    m = r.choice(["××", "XX", "xx"])
    unit = r.choice([("乡", "村"), ("镇", "社区"), ("街道", "小区"), ("县", "镇")])
    issue = r.choice(["其承包的土地被他人占用", "邻居违规搭建影响采光", "拖欠工资长达半年", "小区停车位被长期占用",
                      "宅基地界线存在争议", "饲养家禽影响环境卫生"])
    body = r.choice(["乡调解委员会", "司法所", "综治中心", "人民调解员"])
    lines = [f"{r.choice(CITY)}市{r.choice(['人民调解', '信访化解', '矛盾纠纷排查'])}典型案例{r.choice(['一', '二', '三', '四', '五'])}",
             [P(m), unit[0], P(m), f"{unit[1]}{r.choice(['村民', '居民', '务工人员'])}反映，{issue}。"],
             [f"{body}接到反映后，于", P(f"{m[0]}月{m}日"), "组织双方现场调解。"]]
    lines.append(r.choice(["经多次协商，双方达成一致意见，矛盾得到化解。", "双方当场签订调解协议，并已履行完毕。",
                           f"最终由{r.choice(['用人单位', '对方当事人', '物业公司'])}承担相应责任。"]))
    return lines, "place names and date masked in a published case"


@style("report_asterisk_convention", "ph", "placeholder", "report masking every unit with ** throughout")
def _(r):
    m = r.choice(["**", "＊＊", "***"])
    lines = [[P(m), "县", r.choice(["2023", "2022"]), "年度脱贫攻坚成果巩固情况报告"],
             ["全县共有", P(m), "个乡镇、", P(m), "个行政村纳入监测范围。"],
             [P(m), "镇", P(m), "村通过发展特色种植，带动农户增收。"], r.choice(REPORT_LINES)]
    return lines, "asterisk masks used as a document-wide convention"


@style("form_fullwidth_x", "ph", "placeholder", "form letter with ＸＸ公司 / ＸＸＸ fullwidth")
def _(r):
    lines = ["介 绍 信", [P("ＸＸ"), "公司："], ["兹介绍我单位", P("ＸＸＸ"), "等", P("Ｘ"), "名同志前往贵处联系",
                                               r.choice(['业务合作', '工程验收', '人才交流']), "事宜，请接洽。"],
             f"（有效期{r.randint(3, 15)}天）", f"{r.choice(CITY)}市{r.choice(['城建集团', '交通投资公司', '供销社'])}", cn_date(r)]
    return lines, "fullwidth X masks in a letter of introduction"


@style("address_road_x", "ph", "placeholder", "address with xx路xx号 / xx栋xx室")
def _(r):
    ch = r.choice(["x", "X", "×"])
    lines = [f"快递面单  运单号：SF{r.randint(10 ** 11, 10 ** 12 - 1)}", f"寄件人：{name(r)} 138{r.randint(10 ** 7, 10 ** 8 - 1)}",
             ["收件人：", name(r)], [f"收件地址：{r.choice(CITY)}市", P(ch * 2), "路", P(ch * 2), "号", P(ch * 2), "栋",
                                    P(ch * 3), "室"], f"物品：{r.choice(['文件', '衣物', '书籍', '食品'])}"]
    return lines, "address numbers never filled"


@style("phone_x_template", "ph", "placeholder", "contact card with 电话：138xxxxxxxx")
def _(r):
    ch = r.choice(["x", "X"])
    lines = [f"{r.choice(CITY)}市{r.choice(['社区卫生服务中心', '政务服务中心', '老年大学'])}",
             f"地址：{r.choice(STREET)}路{r.randint(1, 200)}号", ["咨询电话：0", P(ch * 3), "-", P(ch * 8)],
             ["值班手机：1", P(ch * 10)], "服务时间：周一至周五 8:30-17:30"]
    return lines, "phone numbers unfilled (no masking statement)"


@style("press_report_srt_mix_weekday", "ph", "placeholder", "event notice with 星期X / x:xx time")
def _(r):
    ch = r.choice(["x", "X"])
    lines = [f"{r.choice(CITY)}市图书馆{r.choice(['周末讲座', '亲子阅读', '非遗体验'])}预告",
             ["时间：", P(f"{ch}月{ch * 2}日"), "（星期", P(ch), "）", P(f"{ch * 2}:{ch * 2}")],
             f"地点：三楼报告厅", f"主讲人：{name(r)}", "名额有限，请提前通过公众号预约。"]
    return lines, "date/weekday/time unfilled"


@style("table_cells_xx", "ph", "placeholder", "statistics table with xx cells")
def _(r):
    ch = r.choice(["x", "X"])
    lines = [f"{r.choice(CITY)}市各区{r.choice(['新增就业', '新建学校', '植树造林'])}情况统计表", "区域 | 计划数 | 完成数 | 完成率"]
    for d in r.sample(DIST, r.randint(2, 4)):
        if r.random() < 0.6:
            lines.append([f"{d}区 | ", P(ch * 3), " | ", P(ch * 3), " | ", P(ch * 2), "%"])
        else:
            a = r.randint(100, 900)
            b = r.randint(50, a)
            lines.append(f"{d}区 | {a} | {b} | {b * 100 / a:.1f}%")
    if all(isinstance(x, str) for x in lines[2:]):
        lines.append(["合计 | ", P(ch * 4), " | ", P(ch * 4), " | ", P(ch * 2), "%"])
    return lines, "table cells unfilled"


@style("legal_notice_party_mou", "ph", "placeholder", "court service notice with 张某 where the addressee must stand")
def _(r):
    s = r.choice(SUR)
    lines = [f"{r.choice(CITY)}市{r.choice(DIST)}区人民法院", "公  告", [P(s + "某"), "："],
             ["本院受理原告", name(r), "诉你民间借贷纠纷一案，现依法向你公告送达起诉状副本、应诉通知书。"],
             "自公告之日起经过三十日即视为送达。", cn_date(r)]
    return lines, "a service notice must name the addressee; the pseudonym is a placeholder"


@style("survey_form_blanks", "ph", "placeholder", "returned questionnaire with （填写） left")
def _(r):
    tok = r.choice(["（填写）", "（请填写）", "____", "【请填写】"])
    lines = [f"{r.choice(CITY)}市居民满意度调查表（已回收第{r.randint(1, 300)}份）", f"填表日期：{cn_date(r)}",
             f"1. 您对小区物业服务是否满意？ ☑满意 □一般 □不满意", ["2. 您的居住年限：", P(tok), "年"],
             f"3. 您的意见和建议：{r.choice(['希望增加停车位。', '垃圾清运要更及时。', '无。'])}", ["调查员：", P(tok)]]
    return lines, "returned form with unfilled fields"


@style("certificate_award_xx", "ph", "placeholder", "award certificate with xx同学 / 第x名")
def _(r):
    ch = r.choice(["XX", "xx", "×××"])
    lines = ["荣 誉 证 书", [P(ch), "同学："], [f"在{r.choice(CITY)}市第{r.randint(3, 20)}届中小学生{r.choice(['作文', '科技创新', '书法'])}大赛中荣获",
                                               P(r.choice(["X", "x"])), "等奖。"], "特发此证，以资鼓励。", f"{r.choice(CITY)}市教育局", cn_date(r)]
    return lines, "winner name and prize grade not filled"


@style("press_release_moumou_company", "ph", "placeholder", "draft release: 某某公司 / 某某路 left")
def _(r):
    lines = [f"{r.choice(CITY)}市市场监管局通报{r.choice(['食品安全抽检', '价格违法', '广告违法'])}案件",
             ["近日，执法人员在检查中发现，", P("某某"), "公司在", P("某某"), "路门店销售过期食品。"],
             ["依据相关规定，对该公司作出罚款", P("××"), "万元的行政处罚。"], "市场监管部门提醒消费者，发现问题请及时拨打12315投诉举报。"]
    return lines, "company and street never filled in an enforcement bulletin"


@style("report_pseudonym_wrong_place", "ph", "placeholder", "staff list / duty roster with 王某 where names belong")
def _(r):
    lines = [f"{r.choice(CITY)}市{r.choice(DIST)}区{r.choice(['防汛', '春节', '国庆'])}值班安排表", "日期 | 带班领导 | 值班人员 | 电话"]
    for i in range(r.randint(3, 4)):
        if r.random() < 0.5:
            lines.append([f"{r.randint(1, 12)}月{r.randint(1, 28)}日 | ", P(r.choice(SUR) + "某"), " | ", P(r.choice(SUR) + "某某"),
                          f" | 0{r.randint(700, 799)}-{r.randint(1000000, 9999999)}"])
        else:
            lines.append(f"{r.randint(1, 12)}月{r.randint(1, 28)}日 | {name(r)} | {name(r)} | 0{r.randint(700, 799)}-{r.randint(1000000, 9999999)}")
    if all(isinstance(x, str) for x in lines[2:]):
        lines.append(["备用 | ", P(r.choice(SUR) + "某"), " | ", P(r.choice(SUR) + "某"), " | 12345"])
    return lines, "a duty roster needs real names; 某 entries are unfilled"


@style("receipt_invoice_no_x", "ph", "placeholder", "invoice with 发票号码 xxxxxxxx")
def _(r):
    ch = r.choice(["x", "X"])
    lines = ["增值税普通发票（电子）", ["发票代码：0", P(ch * 11)], ["发票号码：", P(ch * 8)], f"开票日期：{cn_date(r)}",
             f"购买方：{r.choice(CITY)}{r.choice(COMP)}有限公司", f"价税合计（小写）：¥{r.randint(100, 9999)}.00"]
    return lines, "invoice code/number unfilled"


@style("bank_statement_xx_amounts", "ph", "placeholder", "statement sample rows with xx,xxx.xx amounts")
def _(r):
    ch = r.choice(["x", "X"])
    bank = r.choice(BANKS)
    lines = [f"{bank}对公账户余额对账单", f"单位名称：{r.choice(CITY)}{r.choice(COMP)}有限公司",
             ["账号：", str(r.randint(10 ** 15, 10 ** 16 - 1))], "日期 | 摘要 | 借方 | 贷方"]
    for _ in range(r.randint(2, 3)):
        lines.append([ymd(r), f" | {r.choice(BANK_MEMO)} | ", P(f"{ch * 2},{ch * 3}.{ch * 2}"), " | 0.00"])
    lines.append(["期末余额：", P(f"{ch * 3},{ch * 3}.{ch * 2}")])
    return lines, "amount cells still masks"


# ---------------------------------------------------------------------------
# ph negatives (look-alikes)
# ---------------------------------------------------------------------------

@style("neg_1plusx_certificate", "ph", "negative", "1+X证书 / 7+X in vocational education")
def _(r):
    lines = [f"{r.choice(CITY)}职业技术学院{r.choice(['2023', '2024'])}年“1+X”证书制度试点工作总结",
             f"学院共申报{r.randint(5, 20)}个1+X证书试点项目，参与学生{r.randint(300, 2000)}人。",
             f"其中“Web前端开发”“智能财税”等证书考核通过率达{r.randint(80, 98)}%。",
             f"下一步将探索“7+X”课程模块，推动书证融通。"]
    return lines, "1+X / 7+X are policy names, not masks"


@style("neg_x86_tech", "ph", "negative", "x86 / x64 / X11 in a tech note")
def _(r):
    lines = ["软件安装说明", f"支持平台：Windows 10/11（x64）、统信UOS（x86_64、ARM64）",
             f"安装包：setup_v{r.randint(1, 5)}.{r.randint(0, 9)}_x86.exe 适用于32位系统。",
             "Linux 图形界面需要 X11 或 Wayland 环境。", "如遇安装失败，请以管理员身份运行。"]
    return lines, "architecture names with x are real"


@style("neg_xray_medical", "ph", "negative", "X光 / X射线 in a medical record")
def _(r):
    lines = [f"{r.choice(CITY)}市人民医院 门诊病历", f"姓名：{name(r)}  性别：{r.choice(['男', '女'])}  年龄：{r.randint(8, 80)}岁",
             "主诉：右手腕摔伤后疼痛两小时。", "检查：右腕X光片示桡骨远端骨折，对位尚可。",
             "处理：石膏外固定，两周后复查X线。", f"医师：{name(r)}"]
    return lines, "X光/X线 are medical terms"


@style("neg_formula_times", "ph", "negative", "3×4 in formulas / dimensions")
def _(r):
    a, b, c = r.randint(2, 9), r.randint(2, 9), r.randint(2, 9)
    lines = ["装修材料计算单", f"客厅地面：{a}.{r.randint(1, 9)}m × {b}.{r.randint(1, 9)}m", f"瓷砖规格：800×800mm，损耗按5%计",
             f"踢脚线：{a}×2 + {b}×2 = {a * 2 + b * 2}米", f"墙面乳胶漆：{c}桶 × {r.randint(150, 400)}元 = {c * r.randint(150, 400)}元"[:0] + f"墙面乳胶漆：{c}桶，每桶{r.randint(150, 400)}元"]
    return lines, "× is multiplication"


@style("neg_mou_ordinary_words", "ph", "negative", "某些 / 某种 / 某一 as ordinary words")
def _(r):
    lines = ["健康科普：春季过敏怎么办", "某些人在春天会出现打喷嚏、流鼻涕、眼睛发痒等症状。",
             "这往往是对某种花粉或尘螨过敏引起的。", f"医生{name(r)}提醒，在某一时段症状加重时，应减少外出。",
             "如果症状持续，请及时到医院就诊。"]
    return lines, "某些/某种/某一 are ordinary determiners"


@style("neg_model_numbers", "ph", "negative", "product models XR-200, X5, MAX")
def _(r):
    lines = ["设备采购清单", f"1. 工业扫码枪 XR-{r.randint(100, 900)}  {r.randint(2, 10)}台", f"2. 移动工作站 X{r.randint(1, 9)} Pro  {r.randint(1, 5)}台",
             f"3. 激光测距仪 LX-{r.randint(10, 99)}  {r.randint(1, 6)}台", f"合计金额：{r.randint(10000, 99999):,}元"]
    return lines, "model names containing X"


@style("neg_card_masked_declared", "ph", "negative", "卡号 6222 **** **** 1234 with stated masking")
def _(r):
    bank = r.choice(BANKS)
    lines = [f"{bank}电子回单", f"付款人：{name(r)}", f"付款卡号：6222 **** **** {r.randint(1000, 9999)}",
             f"收款人：{name(r)}", f"金额：{r.randint(100, 99999):,}.00 元", "说明：为保护客户信息，卡号中间八位已隐去。"]
    return lines, "masked on purpose and said so"


@style("neg_phone_id_masked_declared", "ph", "negative", "138****5678 / ID masked with privacy note")
def _(r):
    lines = [f"{r.choice(CITY)}市{r.choice(['公租房', '人才公寓', '消费券'])}摇号结果公示",
             "（根据个人信息保护要求，身份证号和手机号已作部分隐藏处理）"]
    for _ in range(r.randint(2, 4)):
        lines.append(f"{r.choice(SUR)}{r.choice(GIV)}  4401{r.randint(10, 99)}********{r.randint(1000, 9999)}  1{r.choice([38, 39, 58, 86])}****{r.randint(1000, 9999)}")
    lines.append(f"公示期：{cn_date(r)}起五个工作日")
    return lines, "masks declared by the publisher"


@style("neg_exam_fill_blank_exercise", "ph", "negative", "填空题 ____ that are the exercise itself")
def _(r):
    bl = r.choice(["____", "＿＿＿＿", "______"])
    lines = [f"{r.choice(['七', '八', '九'])}年级{r.choice(['语文', '数学', '物理'])}练习卷", "二、填空题（每空2分，共20分）",
             f"1. “海内存知己，{bl}。”（王勃）", f"2. 水的沸点在一个标准大气压下是{bl}℃。",
             f"3. 方程 2x + 6 = 0 的解是 x = {bl}。", f"4. 我国最长的河流是{bl}。"]
    return lines, "blanks are the exercise; x is a variable"


@style("neg_math_variable", "ph", "negative", "设x为… / 求x in a maths solution")
def _(r):
    a = r.randint(2, 9)
    b = r.randint(1, 20)
    lines = ["应用题解答", f"解：设每本笔记本的价格为x元，则钢笔的价格为({a}x + {b})元。",
             f"根据题意，得 x + ({a}x + {b}) = {(a + 1) * 5 + b}。", f"解得 x = 5。", f"答：笔记本每本5元，钢笔每支{a * 5 + b}元。"]
    return lines, "x is a maths variable"


@style("neg_roman_numerals", "ph", "negative", "Roman numerals XIV / Ⅻ / 第Ⅲ卷")
def _(r):
    book = r.choice(["中国古代史", "世界地理", "高等数学", "欧洲艺术史", "法学概论", "临床医学导论"])
    romans = ["Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ", "Ⅶ", "Ⅷ", "Ⅸ", "Ⅹ", "Ⅺ", "Ⅻ"]
    k = r.randint(0, 8)
    lines = [f"《{book}》目录", f"第{romans[k]}编  {r.choice(['导论', '基础理论', '发展脉络'])}",
             f"第{romans[k + 1]}编  {r.choice(['分论', '专题研究', '案例分析'])}",
             f"附录 {r.choice(['XIV', 'XII', 'IX', 'XVII', 'XXI'])}  {r.choice(['参考文献', '索引', '术语表'])}"]
    extra = [f"注：本书第{romans[k + 2]}卷将于{r.choice([2024, 2025, 2026])}年出版。",
             f"{r.choice(['路易十四（Louis XIV）', '教皇庇护九世（Pius IX）', '亨利八世（Henry VIII）'])}相关内容见第{r.choice(['XII', 'VII', 'XV'])}章。",
             f"本书为“{r.choice(['大学教材', '通识读本', '研究丛书'])}”系列第{r.choice(['III', 'IV', 'VI'])}辑。",
             f"{r.choice(['Ⅰ', 'Ⅱ'])}型糖尿病相关内容见第{r.randint(3, 12)}章。"]
    lines += r.sample(extra, r.randint(1, 3))
    return lines, "Roman numerals are real numbering"


@style("neg_chess_notation", "ph", "negative", "chess notation Nxe5 / Bxf7+")
def _(r):
    lines = [f"{r.choice(CITY)}市青少年国际象棋锦标赛对局记录", f"白方：{name(r)}  黑方：{name(r)}",
             "1.e4 e5 2.Nf3 Nc6 3.Bc4 Nf6 4.Ng5 d5 5.exd5 Nxd5 6.Nxf7 Kxf7", "7.Qf3+ Ke6 8.Nc3 Ncb4",
             f"结果：{r.choice(['1-0', '0-1', '½-½'])}"]
    return lines, "x marks a capture in chess notation"


@style("neg_clothing_sizes", "ph", "negative", "sizes XL / XXL / XS in an order")
def _(r):
    lines = [f"{r.choice(CITY)}{r.choice(SCHOOL)}校服征订汇总", "尺码 | 身高 | 数量"]
    for s, h in [("S", "150"), ("M", "160"), ("L", "170"), ("XL", "175"), ("XXL", "180"), ("XXXL", "185")]:
        if r.random() < 0.8:
            lines.append(f"{s} | {h}cm | {r.randint(5, 80)}件")
    lines.append("请各班于本周五前将名单报送总务处。")
    return lines, "XL/XXL are sizes"


@style("neg_recipe_shiliang", "ph", "negative", "recipe with 适量 / 少许 as real wording")
def _(r):
    dish = r.choice(DISHES)
    lines = [f"{dish}", f"食材：{r.choice(['鸡蛋3个', '番茄2个', '排骨500克', '土豆2个'])}",
             f"调料：盐适量、白糖少许、{r.choice(['生抽1勺', '料酒2勺', '蚝油1勺'])}、葱花少许"]
    for j, st in enumerate(r.sample(RECIPE_LINES, r.randint(2, 4))):
        lines.append(f"{j + 1}. {st}")
    return lines, "适量/少许 are normal recipe wording"


@style("neg_srt_music_marks", "ph", "negative", "subtitles with ♪ lyrics and real speaker names")
def _(r):
    n = 3
    times = srt_times(r, n)
    lyr = r.choice(["♪ 风吹过山岗 你在远方 ♪", "♪ 晚安 这座城市的灯光 ♪", "♪ 一起走过的路 ♪", "♪♪"])
    lines = []
    for i in range(n):
        if i:
            lines.append("")
        lines += [str(r.randint(1, 50) + i), times[i]]
        lines.append(lyr if i == 1 else f"【{name(r)}】{r.choice(SRT_LINES)}" if r.random() < 0.5 else r.choice(SRT_LINES))
    return lines, "♪ and 【real name】 tags are legitimate"


@style("neg_legal_declared_pseudonym", "ph", "negative", "judgment summary stating names are pseudonyms")
def _(r):
    s1, s2 = r.sample(SUR, 2)
    lines = [f"典型案例：{r.choice(['网络购物合同纠纷', '劳动争议', '物业服务合同纠纷'])}", f"（案例中当事人均为化名）",
             f"原告{s1}某在被告{s2}某经营的网店购买商品后发现质量问题，双方协商未果。",
             f"法院经审理认为，{s2}某应承担退货退款责任。", "法官提示：消费者应注意保存交易凭证。"]
    return lines, "pseudonyms announced as anonymisation in a published case summary"


@style("neg_pop_culture_x", "ph", "negative", "X战警 / X世代 / X型血 / X'mas")
def _(r):
    lines = [f"{r.choice(CITY)}影城本周排片", f"《X战警：{r.choice(['天启', '逆转未来'])}》 重映  {r.randint(10, 21)}:{r.choice(['00', '30'])}",
             f"《{r.choice(FILMS)}》  {r.randint(10, 21)}:{r.choice(['15', '45'])}", "观影小知识：“X世代”一般指1965至1980年出生的人群。",
             "X'mas 会员专享：两人同行一人半价。"]
    return lines, "X in titles and words"


@style("neg_genetics_xy", "ph", "negative", "X染色体 / XY in biology")
def _(r):
    facts = ["人类女性的性染色体组成为XX，男性为XY。", "红绿色盲基因位于X染色体上，属于伴X隐性遗传。",
             "抗维生素D佝偻病属于伴X显性遗传病。", "果蝇的白眼基因位于X染色体上。", "鸟类的性别决定方式为ZW型，与XY型不同。",
             "X染色体上的隐性致病基因在男性中更易表现。", "XYY综合征属于性染色体数目异常。"]
    ex = [f"例：一对表现正常的夫妇生了一个色盲男孩，则母亲的基因型为X^B X^b。", f"例：某男性色盲，其色盲基因来自{r.choice(['母亲', '外祖父或外祖母'])}。",
          f"例：XᴬXᵃ × XᴬY，后代中患病男孩的概率为{r.choice(['1/4', '1/2'])}。"]
    lines = [f"高中生物 {r.choice(['伴性遗传', '遗传规律', '性别决定'])} 知识点"] + r.sample(facts, r.randint(2, 4)) + [r.choice(ex)]
    return lines, "XX/XY are chromosome notation"


@style("neg_answer_mark_cross", "ph", "negative", "判断题 answers √ / × in a key")
def _(r):
    lines = [f"{r.choice(SUBJ)}判断题参考答案"]
    for i in range(r.randint(4, 6)):
        lines.append(f"{i + 1}. {r.choice(['√', '×'])}")
    lines.append("（√表示正确，×表示错误）")
    return lines, "× is a wrong-mark"


@style("neg_resolution_dimensions", "ph", "negative", "1920×1080 / 60×40×30cm specs")
def _(r):
    lines = ["产品参数", f"屏幕分辨率：{r.choice(['1920×1080', '2560×1440', '3840×2160'])}", f"包装尺寸：{r.randint(30, 80)}×{r.randint(20, 60)}×{r.randint(10, 40)}cm",
             f"净重：{r.randint(2, 20)}.{r.randint(0, 9)}kg", "电源：AC 220V 50Hz"]
    return lines, "× in dimensions"


@style("neg_template_syntax_tutorial", "ph", "negative", "tutorial explaining {{ name }} template syntax")
def _(r):
    lines = ["Jinja2 模板入门（第3课）", "在模板中用双花括号输出变量，例如：", "    <p>你好，{{ name }}！</p>",
             f"渲染时调用 render(name=\"{name(r)}\")，页面就会显示具体姓名。", "注意：变量名区分大小写。"]
    return lines, "the braces are the subject of the tutorial, not an unfilled field"


@style("neg_ling_zero_dates", "ph", "negative", "二〇二三年 dates with 〇 as zero")
def _(r):
    y = r.choice(["二〇二二", "二〇二三", "二〇二四"])
    lines = [f"{r.choice(CITY)}市人民政府", "关于公布第五批市级非物质文化遗产代表性项目名录的通知",
             "各区县人民政府，市政府各部门：", "现将名录予以公布，请认真做好保护传承工作。",
             f"{y}年{r.choice(['一', '三', '五', '十', '十一'])}月{r.choice(['八', '十', '二十', '三十'])}日"]
    return lines, "〇 is the Chinese zero"


@style("neg_dollar_prices", "ph", "negative", "US$ prices / $ amounts in a trade note")
def _(r):
    lines = ["出口报价单", f"品名：{r.choice(['不锈钢保温杯', '蓝牙耳机', '竹制砧板'])}", f"单价：US${r.randint(1, 30)}.{r.randint(10, 99)} FOB 宁波",
             f"起订量：{r.randint(5, 50)}00 pcs", f"样品费：$ {r.randint(20, 80)}，下单后退还。"]
    return lines, "$ is a currency sign"


@style("neg_citation_brackets", "ph", "negative", "[1] references and [注] notes")
def _(r):
    lines = [f"{r.choice(['城市更新', '数字乡村', '基层治理'])}研究综述", f"已有研究表明，社区参与能提升治理效能[1]，但也存在形式化问题[2-3]。",
             "[注] 本文数据截至2023年底。", "参考文献", f"[1] {name(r)}. 社区治理的实践路径[J]. 城市问题, 2022(5).",
             f"[2] {name(r)}. 基层治理现代化研究[M]. 北京: 人民出版社, 2021."]
    return lines, "brackets hold citations"


@style("neg_headline_lenticular", "ph", "negative", "【通知】【提醒】 headline brackets")
def _(r):
    lines = [f"【{r.choice(['重要通知', '温馨提醒', '便民服务'])}】{r.choice(CITY)}市{r.choice(['停水', '道路施工', '疫苗接种'])}安排",
             f"【时间】{cn_date(r)} 8:00—18:00", f"【地点】{r.choice(STREET)}路与{r.choice(STREET)}路交叉口",
             "【说明】请相关居民提前做好准备。"]
    return lines, "【】 as section labels"


@style("neg_chart_axis_x", "ph", "negative", "x轴 / y轴 in a chart description")
def _(r):
    lines = ["图表说明", "图3-2中，x轴表示年份，y轴表示人均可支配收入（元）。", f"曲线显示，{r.choice(CITY)}市居民收入逐年增长。",
             "散点图中每个点的横坐标x为月份，纵坐标为当月用电量。"]
    return lines, "x as an axis name"






@style("neg_quantity_x_marks", "ph", "negative", "order lines with x2 / ×3 quantity marks")
def _(r):
    lines = [f"订单号：{r.randint(10 ** 11, 10 ** 12 - 1)}", f"下单时间：{ymd(r)} {r.randint(8, 22)}:{r.randint(10, 59)}"]
    for _ in range(r.randint(2, 4)):
        lines.append(f"{r.choice(['抽纸', '洗衣液', '牙膏', '大米5kg', '酸奶', '保鲜袋'])} {r.choice(['x', '×', 'X'])}{r.randint(1, 6)}  ¥{r.randint(5, 80)}.{r.randint(0, 9)}0")
    lines.append(f"实付：¥{r.randint(50, 400)}.00")
    return lines, "x/× before a number is a quantity"


@style("neg_password_stars_declared", "ph", "negative", "password shown as ****** by design")
def _(r):
    lines = [f"{r.choice(CITY)}市政务服务网 账号安全设置", f"用户名：{r.choice(['lin', 'wang', 'zhou', 'chen'])}{r.randint(100, 9999)}",
             "登录密码：********（出于安全考虑，密码不予显示）", f"绑定手机：1{r.choice([36, 58, 88])}****{r.randint(1000, 9999)}（已隐藏中间四位）",
             f"上次登录：{ymd(r)} {r.randint(8, 22)}:{r.randint(10, 59)}"]
    return lines, "asterisks are a declared display mask"




@style("neg_interviewee_codes_declared", "ph", "negative", "research interviews with declared codes 受访者A")
def _(r):
    lines = ["访谈记录整理（应受访者要求，姓名以字母代替）", f"受访者A（{r.randint(30, 70)}岁，社区网格员）：平时主要负责入户走访。",
             f"受访者B（{r.randint(20, 60)}岁，个体商户）：希望审批流程再简化一些。", f"访谈时间：{cn_date(r)}  访谈人：{name(r)}"]
    return lines, "letter codes declared as anonymisation"




@style("neg_sports_relay_x", "ph", "negative", "4×100米接力 / 3×3篮球 in a sports report")
def _(r):
    lines = [f"{r.choice(CITY)}市第{r.randint(5, 20)}届运动会成绩公告", f"男子4×100米接力：第一名 {r.choice(SCHOOL)}，成绩 {r.randint(42, 48)}.{r.randint(10, 99)}秒",
             f"女子4×400米接力：第一名 {r.choice(SCHOOL)}", f"3×3篮球：冠军 {r.choice(DIST)}区代表队", "颁奖仪式将于闭幕式上举行。"]
    return lines, "× in event names"


# ---------------------------------------------------------------------------
# mj machinery
# ---------------------------------------------------------------------------

_USED = set()   # clean lines already used in the record being built (reset per record)


def take(r, pool):
    """a line from pool not yet used in this record (repeats only if the pool is exhausted)."""
    free = [x for x in pool if x not in _USED] or list(pool)
    c = r.choice(free)
    _USED.add(c)
    return c


def pick_damage(r, pool, fn, tries=12):
    """choose an unused clean text whose damage decodes strictly; else accept errors=replace output."""
    free = [x for x in pool if x not in _USED] or list(pool)
    last = None
    for _ in range(tries):
        c = r.choice(free)
        d = fn(c, True)
        if d is not None and d != c and "\n" not in d and "\r" not in d:
            _USED.add(c)
            return c, d
        last = c
    for _ in range(tries):
        d = fn(last, False)
        if d is not None and d != last and "\n" not in d and "\r" not in d:
            _USED.add(last)
            return last, d
        last = r.choice(free)
    raise RuntimeError("no damage possible for pool")


def dsegs(clean, d):
    """split a damaged string into unchanged prefix, damaged core (span) and unchanged suffix."""
    i = 0
    while i < min(len(clean), len(d)) and clean[i] == d[i]:
        i += 1
    j = 0
    while j < min(len(clean), len(d)) - i and clean[-1 - j] == d[-1 - j]:
        j += 1
    core = d[i:len(d) - j]
    while core and core[0] == " ":
        i += 1
        core = core[1:]
    while core and core[-1] == " ":
        j += 1
        core = core[:-1]
    return [d[:i], P(core), d[len(d) - j:]]


def D_utf8_gbk(c, strict):
    return mis(c, "utf-8", "gbk") if strict else c.encode("utf-8").decode("gbk", "replace")


def D_utf8_cp1252(c, strict):
    return w1252(c)


def D_utf8_latin1(c, strict):
    return c.encode("utf-8").decode("latin-1")


def D_utf8_cp1255(c, strict):
    d = mis(c, "utf-8", "cp1255", "t42c1")
    if strict and "\ufffd" in d:
        return None
    return d


def D_utf8_cp1256(c, strict):
    return mis(c, "utf-8", "cp1256")


def D_triple(c, strict):
    return w1252(w1252(w1252(c)))


def D_big5_gbk(c, strict):
    try:
        b = c.encode("big5")
    except UnicodeEncodeError:
        return None
    if strict:
        try:
            return b.decode("gbk")
        except UnicodeDecodeError:
            return None
    return b.decode("gbk", "replace")


def D_gbk_big5(c, strict):
    b = c.encode("gbk")
    if strict:
        try:
            return b.decode("big5")
        except UnicodeDecodeError:
            return None
    return b.decode("big5", "replace")


def D_gbk_utf8(c, strict):
    return c.encode("gbk").decode("utf-8", "replace")


def D_latin1_qmarks(c, strict):
    return c.encode("latin-1", "replace").decode("latin-1")


def D_xmlref(c, strict):
    return c.encode("ascii", "xmlcharrefreplace").decode("ascii")


DAMAGE = {
    "utf8_gbk": (D_utf8_gbk, "UTF-8 bytes decoded as GBK"),
    "utf8_cp1252": (D_utf8_cp1252, "UTF-8 bytes decoded as windows-1252"),
    "utf8_latin1": (D_utf8_latin1, "UTF-8 bytes decoded as ISO-8859-1"),
    "utf8_cp1255": (D_utf8_cp1255, "UTF-8 bytes decoded as windows-1255 (Hebrew-looking)"),
    "utf8_cp1256": (D_utf8_cp1256, "UTF-8 bytes decoded as windows-1256 (Arabic-looking)"),
    "triple_cp1252": (D_triple, "UTF-8 read as windows-1252 and re-encoded, three layers"),
    "big5_gbk": (D_big5_gbk, "Big5 bytes decoded as GBK"),
    "gbk_big5": (D_gbk_big5, "GBK bytes decoded as Big5"),
    "gbk_utf8": (D_gbk_utf8, "GBK bytes decoded as UTF-8 with replacement"),
    "qmarks": (D_latin1_qmarks, "Chinese forced into Latin-1 with errors=replace"),
}

# source frames: each takes (r, damage_fn) and returns lines, count


def frame_srt(r, fn, pool=SRT_LINES):
    n = r.randint(2, 3)
    times = srt_times(r, n)
    hit = set(r.sample(range(n), r.randint(1, n)))
    lines = []
    k = r.randint(1, 500)
    for i in range(n):
        if i:
            lines.append("")
        lines += [str(k + i), times[i]]
        if i in hit:
            c0, d = pick_damage(r, pool, fn)
            lines.append(dsegs(c0, d))
        else:
            lines.append(take(r, pool))
    return lines, len(hit)


def frame_press(r, fn):
    c = r.choice(CITY)
    pool = [s.format(c=c, d=r.choice(DIST)) for s in PRESS_LINES]
    lines = [f"{c}市{r.choice(['多措并举', '持续发力', '精准施策'])}推进{r.choice(['民生实事', '城市更新', '乡村振兴'])}",
             f"来源：{c}发布  {cn_date(r)}", ""]
    nb = r.randint(2, 4)
    hit = set(r.sample(range(nb), r.randint(1, max(1, nb - 1))))
    for i in range(nb):
        if i in hit:
            c0, d = pick_damage(r, pool, fn)
            lines.append(dsegs(c0, d))
        else:
            lines.append(take(r, pool))
    return lines, len(hit)


def frame_recipe(r, fn):
    dish = r.choice(DISHES)
    lines = [f"【{dish}】", f"食材：{'、'.join(r.sample(INGR, 3))}适量"]
    nb = r.randint(3, 5)
    hit = set(r.sample(range(nb), r.randint(1, 2)))
    for i in range(nb):
        if i in hit:
            c0, d = pick_damage(r, RECIPE_LINES, fn)
            lines.append([f"{i + 1}. ", *dsegs(c0, d)])
        else:
            lines.append(f"{i + 1}. {take(r, RECIPE_LINES)}")
    return lines, len(hit)


def frame_bank(r, fn):
    bank = r.choice(BANKS)
    lines = [f"{bank}个人账户交易明细", f"户名：{name(r)}   卡号：6222 **** **** {r.randint(1000, 9999)}（已脱敏）",
             "交易日期,摘要,金额,对方户名"]
    nb = r.randint(3, 5)
    hit = set(r.sample(range(nb), r.randint(1, 2)))
    pool = BANK_MEMO + [f"{c}{x}有限公司" for c in CITY[:6] for x in COMP[:4]]
    for i in range(nb):
        amt = f"{r.choice(['-', '+'])}{r.randint(10, 9000)}.{r.randint(0, 99):02d}"
        if i in hit:
            c0, d = pick_damage(r, pool, fn)
            lines.append([f"{ymd(r)},", *dsegs(c0, d), f",{amt},{name(r)}"])
        else:
            lines.append(f"{ymd(r)},{r.choice(BANK_MEMO)},{amt},{name(r)}")
    return lines, len(hit)


def frame_exam(r, fn):
    lines = [f"{r.choice(CITY)}市{r.choice(SCHOOL)}{r.choice(SUBJ)}题库（第{r.randint(1, 12)}章）"]
    nb = r.randint(3, 5)
    hit = set(r.sample(range(nb), r.randint(1, 2)))
    for i in range(nb):
        if i in hit:
            c0, d = pick_damage(r, EXAM_LINES, fn)
            lines.append([f"{i + 1}．", *dsegs(c0, d)])
        else:
            lines.append(f"{i + 1}．{take(r, EXAM_LINES)}")
    return lines, len(hit)


def frame_report(r, fn):
    lines = [f"{r.choice(CITY)}市{r.choice(DIST)}区{r.choice(STREET)}街道{r.choice([2022, 2023])}年工作总结", ""]
    nb = r.randint(3, 5)
    hit = set(r.sample(range(nb), r.randint(1, 2)))
    for i in range(nb):
        if i in hit:
            c0, d = pick_damage(r, REPORT_LINES, fn)
            lines.append(dsegs(c0, d))
        else:
            lines.append(take(r, REPORT_LINES))
    return lines, len(hit)


def frame_email(r, fn):
    pool = ["您好，附件是本月的对账单，请查收。", "会议改到周四下午三点，地点不变。", "合同已盖章寄出，请注意查收。",
            "请在本周五前反馈修改意见。", "谢谢您的耐心等待，问题已经处理完毕。", "样品今天已经发出，预计三天到达。"]
    lines = [f"发件人：{name(r)} <{r.choice(['lin', 'wang', 'chen', 'zhao'])}{r.randint(1, 99)}@example.cn>",
             f"主题：{r.choice(['对账单', '会议时间调整', '合同寄送', '样品发货'])}", ""]
    nb = r.randint(2, 3)
    hit = set(r.sample(range(nb), r.randint(1, nb)))
    for i in range(nb):
        if i in hit:
            c0, d = pick_damage(r, pool, fn)
            lines.append(dsegs(c0, d))
        else:
            lines.append(take(r, pool))
    lines.append(f"{name(r)}")
    return lines, len(hit)


TRAD_SRT = ["你怎麼現在才來？會議早就開始了。", "別擔心，這件事我會處理好的。", "我們今晚必須離開這座城市。",
            "那封信到底是誰寄來的？", "這些年你過得還好嗎？", "明天早上七點，碼頭見。", "警察已經封鎖了整條街。",
            "外面下雨了，記得帶傘。", "對不起，是我來晚了。", "火車還有十分鐘就要開了。"]


def frame_tsrt(r, fn):
    return frame_srt(r, fn, TRAD_SRT)


def frame_tpress(r, fn):
    lines = [f"{r.choice(['臺北', '高雄', '新竹', '臺南'])}市政府新聞稿", f"發布日期：{cn_date(r)}", ""]
    nb = r.randint(2, 4)
    hit = set(r.sample(range(nb), r.randint(1, max(1, nb - 1))))
    for i in range(nb):
        if i in hit:
            c0, d = pick_damage(r, TRAD_SENT, fn)
            lines.append(dsegs(c0, d))
        else:
            lines.append(take(r, TRAD_SENT))
    return lines, len(hit)


FRAMES = {"tsrt": frame_tsrt, "tpress": frame_tpress, "srt": frame_srt, "press": frame_press, "recipe": frame_recipe, "bank": frame_bank, "exam": frame_exam,
          "report": frame_report, "email": frame_email}


def make_mj(dkey, fkey):
    fn, desc = DAMAGE[dkey]
    frame = FRAMES[fkey]

    def gen(r):
        lines, n = frame(r, fn)
        return lines, f"{fkey}: {desc}; {n} damaged stretch(es)"
    style(f"mj_{dkey}_{fkey}", "mj", "mojibake", f"{desc} in a {fkey} document")(gen)


for _d, _fs in [("utf8_gbk", ["srt", "press", "recipe", "bank", "exam", "report", "email"]),
                ("utf8_cp1252", ["srt", "press", "recipe", "email", "exam", "bank"]),
                ("utf8_latin1", ["bank", "exam", "srt"]),
                ("utf8_cp1255", ["srt", "press", "recipe", "bank", "exam"]),
                ("utf8_cp1256", ["srt", "bank", "exam", "press", "recipe"]),
                ("triple_cp1252", ["press", "recipe", "email", "srt"]),
                ("big5_gbk", ["tpress", "tsrt"]),
                ("gbk_big5", ["srt", "report"]),
                ("gbk_utf8", ["press", "report", "bank", "srt"]),
                ("qmarks", ["srt", "report", "bank"])]:
    for _f in _fs:
        make_mj(_d, _f)


@style("mj_kunjinkao_field", "mj", "mojibake", "锟斤拷 from U+FFFD pairs re-read as GBK")
def _(r):
    src = r.choice(["bank", "report", "exam", "press"])
    n = r.choice([2, 4, 6])
    junk = ("\ufffd" * n).encode("utf-8").decode("gbk")
    if src == "bank":
        lines = [f"{r.choice(BANKS)}回单", ["付款人：", P(junk)], f"金额：{r.randint(100, 9999)}.00元", f"摘要：{r.choice(BANK_MEMO)}"]
    elif src == "report":
        lines = [r.choice(REPORT_LINES), [f"联系人：", P(junk), f"，联系电话：0{r.randint(700, 799)}-{r.randint(1000000, 9999999)}"], r.choice(REPORT_LINES)]
    elif src == "exam":
        lines = [f"{r.choice(SUBJ)}成绩导出表", "学号,姓名,成绩", f"{r.randint(20230001, 20239999)},{name(r)},{r.randint(60, 100)}",
                 [f"{r.randint(20230001, 20239999)},", P(junk), f",{r.randint(60, 100)}"]]
    else:
        c = r.choice(CITY)
        lines = [f"{c}新闻网", ["标题：", P(junk), "（原标题无法显示）"][:2], PRESS_LINES[0].format(c=c)]
    return lines, f"{src}: bytes lost to U+FFFD and then read as GBK ({n // 2} x 锟斤拷)"


@style("mj_tangtang_uninit", "mj", "mojibake", "烫烫烫 / 屯屯屯 from uninitialised buffers read as GBK")
def _(r):
    b = r.choice([b"\xcc", b"\xcd"]) * (2 * r.randint(2, 5))
    junk = b.decode("gbk")
    lines = [f"{r.choice(['惠民', '百佳', '益康'])}超市  小票", f"时间：{ymd(r)} {r.randint(8, 21)}:{r.randint(10, 59)}",
             ["会员：", P(junk)], f"{r.choice(['牛奶', '面包', '鸡蛋'])}  {r.randint(5, 30)}.00", f"合计：{r.randint(20, 200)}.00"]
    return lines, "uninitialised 0xCC/0xCD bytes decoded as GBK"


@style("mj_html_numeric_entities", "mj", "mojibake", "&#21457; numeric entities from xmlcharrefreplace")
def _(r):
    src = r.choice(["press", "recipe", "report"])
    pool = {"press": [s.format(c=r.choice(CITY), d=r.choice(DIST)) for s in PRESS_LINES], "recipe": RECIPE_LINES,
            "report": REPORT_LINES}[src]
    c = r.choice(pool)
    cut = r.randint(2, min(8, len(c) - 1))
    word = c[:cut]
    ent = D_xmlref(word, True)
    lines = [f"{r.choice(CITY)}{r.choice(['网', '在线', '发布'])}  {cn_date(r)}", [P(ent), c[cut:]], r.choice(pool)]
    return lines, f"{src}: text escaped to numeric character references ({len(word)} chars)"


@style("mj_html_nbsp_tags", "mj", "mojibake", "&nbsp; / <br/> / </strong> debris in scraped text")
def _(r):
    src = r.choice(["report", "press", "exam"])
    pool = {"press": [s.format(c=r.choice(CITY), d=r.choice(DIST)) for s in PRESS_LINES], "exam": EXAM_LINES,
            "report": REPORT_LINES}[src]
    lines = [f"{r.choice(CITY)}市{r.choice(DIST)}区{r.choice(['政务网', '教育网', '融媒体中心'])}"]
    tot = 0
    for _ in range(r.randint(2, 4)):
        s = r.choice(pool)
        if r.random() < 0.7:
            junk = r.choice(["&nbsp;&nbsp;", "<br/>", "</strong>", "&amp;nbsp;", "<p>", "&nbsp;", "</span>", "&lt;br&gt;"])
            cut = r.randint(1, len(s) - 1)
            lines.append([s[:cut], P(junk), s[cut:]])
            tot += 1
        else:
            lines.append(s)
    if tot == 0:
        lines.append([P("&nbsp;&nbsp;&nbsp;&nbsp;"), r.choice(pool)])
        tot = 1
    return lines, f"{src}: HTML markup left in plain text ({tot})"


@style("mj_pinyin_annotation", "mj", "mojibake", "traditional + (pinyin) artefact like 發(fā)展")
def _(r):
    sents = r.sample(TRAD_SENT, r.randint(2, 4))
    lines = []
    tot = 0
    for s in sents:
        seg = []
        for ch in s:
            if ch in TRAD_PY and r.random() < 0.75:
                seg.append(P(f"{ch}({TRAD_PY[ch]})"))
                tot += 1
            else:
                seg.append(ch)
        lines.append(seg)
    if tot == 0:
        lines.append([P("發(fā)"), "展"])
    return lines, "scraper converted to traditional and added pinyin in ASCII parentheses"


@style("mj_utf16le_latin1_nuls", "mj", "mojibake", "UTF-16LE bytes read as Latin-1 (interleaved NULs)")
def _(r):
    src = r.choice(["srt", "bank"])
    if src == "srt":
        times = srt_times(r, 2)
        hdr = r.choice(["[Script Info]", "Title: Episode 0" + str(r.randint(1, 9)), "Subtitle Edit 3.6"])
        junk = hdr.encode("utf-16-le").decode("latin-1")
        lines = [[P(junk)], "", "1", times[0], r.choice(SRT_LINES), "", "2", times[1], r.choice(SRT_LINES)]
    else:
        hdr = r.choice(["Date,Amount,Balance", "Account No.", "Statement 2023"])
        junk = hdr.encode("utf-16-le").decode("latin-1")
        lines = [f"{r.choice(BANKS)}账户明细导出", [P(junk)], f"{ymd(r)},-{r.randint(10, 999)}.00,{r.randint(1000, 9999)}.00",
                 f"{ymd(r)},+{r.randint(10, 999)}.00,{r.randint(1000, 9999)}.00"]
    return lines, f"{src}: UTF-16LE line shown through a Latin-1 reader, NULs between letters"


@style("mj_utf16le_as_utf8", "mj", "mojibake", "UTF-16LE bytes decoded as UTF-8")
def _(r):
    times = srt_times(r, 2)
    _, junk = pick_damage(r, SRT_LINES, lambda c, st: c.encode("utf-16-le").decode("utf-8", "replace"))
    lines = ["1", times[0], r.choice(SRT_LINES), "", "2", times[1], [P(junk)]]
    return lines, "srt: cue text stored as UTF-16LE read by a UTF-8 reader"


@style("mj_utf16_spaced_letters", "mj", "mojibake", "UTF-16 text shown with NULs as spaces")
def _(r):
    src = r.choice(["report", "exam"])
    word = r.choice(["ANNUAL REPORT", "Answer Sheet", "Page 1 of 3", "CONFIDENTIAL", "Form A-12"])
    junk = word.encode("utf-16-le").decode("latin-1").replace("\x00", " ").rstrip(" ")
    if src == "report":
        lines = [[P(junk)], f"{r.choice(CITY)}市{r.choice(['统计局', '发改委'])}年度报告", r.choice(REPORT_LINES), r.choice(REPORT_LINES)]
    else:
        lines = [f"{r.choice(SUBJ)}期末试卷", [P(junk)], f"1．{r.choice(EXAM_LINES)}", f"2．{r.choice(EXAM_LINES)}"]
    return lines, f"{src}: UTF-16LE ASCII whose NUL bytes were rendered as spaces"


def _jp_frame(r, src):
    c = r.choice({"srt": JP_LINES, "press": JP_NAMES, "recipe": JP_DISH}[src])
    junk = iso2022_stripped(c)
    if src == "srt":
        times = srt_times(r, 2)
        return ["1", times[0], f"{r.choice(SRT_LINES)}", "", "2", times[1], [P(junk)]]
    if src == "press":
        return [f"{r.choice(CITY)}市与日本友好城市签署合作备忘录", [f"日方代表（", P(junk), "）在签约仪式上致辞。"], r.choice(PRESS_LINES).format(c=r.choice(CITY), d=r.choice(DIST))]
    return [f"日式家常菜：{r.choice(['土豆炖肉', '亲子盖饭', '味噌汤'])}", ["日文名：", P(junk)], f"1. {r.choice(RECIPE_LINES)}", f"2. {r.choice(RECIPE_LINES)}"]


for _src in ["srt", "press", "recipe"]:
    style(f"mj_iso2022jp_stripped_{_src}", "mj", "mojibake", "ISO-2022-JP with ESC bytes stripped")(
        (lambda s: lambda r: (_jp_frame(r, s), f"{s}: Japanese in ISO-2022-JP with ESC bytes removed"))(_src))


@style("mj_cesu8_as_utf8", "mj", "mojibake", "CESU-8 surrogate bytes rejected by a UTF-8 reader (U+FFFD run)")
def _(r):
    src = r.choice(["bank", "srt"])
    if src == "bank":
        sup = r.choice(SUPP)
        nm = r.choice(SUR) + sup + r.choice(["", r.choice(GIV)])
        raw = cesu8_bytes(nm).decode("utf-8", "replace")
        i = raw.index("\ufffd")
        j = len(raw.rstrip("".join(set(raw) - {"\ufffd"}))) if False else raw.rindex("\ufffd") + 1
        lines = [f"{r.choice(BANKS)}开户信息导出", ["户名：", raw[:i], P(raw[i:j]), raw[j:]], f"开户日期：{ymd(r)}",
                 f"开户网点：{r.choice(CITY)}{r.choice(DIST)}支行"]
    else:
        e = r.choice([x for x in EMOJI if len(x) == 1])
        t = r.choice(SRT_LINES)
        raw = cesu8_bytes(t[:-1] + e).decode("utf-8", "replace")
        i = raw.index("\ufffd")
        times = srt_times(r, 2)
        lines = ["1", times[0], r.choice(SRT_LINES), "", "2", times[1], [raw[:i], P(raw[i:])]]
    return lines, f"{src}: supplementary character stored as CESU-8 / Java modified UTF-8, rejected by a UTF-8 decoder"


@style("mj_cesu8_as_cp1252", "mj", "mojibake", "CESU-8 surrogate bytes read as windows-1252")
def _(r):
    src = r.choice(["social", "exam"])
    if src == "social":
        e = r.choice([x for x in EMOJI if len(x) == 1])
        junk = cesu8_bytes(e).decode("cp1252", "t42c1")
        lines = [f"{r.choice(FILMS)}观众留言精选", [f"{name(r)}：太好看了", P(junk)], f"{name(r)}：结局有点意外。", f"{name(r)}：配乐很棒！"]
    else:
        sup = r.choice(SUPP)
        junk = cesu8_bytes(sup).decode("cp1252", "t42c1")
        lines = [f"{r.choice(SUBJ)}考试座位表", f"1号 {name(r)}", ["2号 ", r.choice(SUR), P(junk)], f"3号 {name(r)}"]
    return lines, f"{src}: surrogate pair bytes (CESU-8) shown through windows-1252"


PUNY_DOMAINS = [("中文", "网"), ("政务", "中国"), ("公益", "中国"), ("商城", "公司"), ("银行", "中国"), ("健康", "网址"), ("旅游", "在线")]


def puny(label):
    return label.encode("idna").decode("ascii")


@style("mj_punycode_raw", "mj", "mojibake", "punycode labels shown raw (xn--...)")
def _(r):
    a, b = r.choice(PUNY_DOMAINS)
    src = r.choice(["press", "bank", "email"])
    pre = r.choice(["www.", ""])
    dom = [pre, P(puny(a)), ".", P(puny(b))]
    if src == "press":
        lines = [r.choice(PRESS_LINES).format(c=r.choice(CITY), d=r.choice(DIST)), ["更多信息请访问官方网站 "] + dom + ["。"]]
    elif src == "bank":
        lines = [f"{r.choice(BANKS)}防诈骗提示", "本行不会以短信链接方式要求客户提供验证码。", ["官方网址：", ""] + dom,
                 f"客服热线：9{r.randint(5000, 5999)}"]
    else:
        lines = [f"{name(r)}", f"{r.choice(CITY)}{r.choice(COMP)}有限公司  市场部", ["网站："] + dom]
    return lines, f"{src}: Chinese domain labels left in punycode ({a}.{b})"


@style("mj_qmarks_rare_name", "mj", "mojibake", "rare name characters lost to ? through GB2312")
def _(r):
    rc = r.choice(RARE_OK)
    nm_pre = r.choice(SUR)
    lost = rc.encode("gb2312", "replace").decode("gb2312")
    src = r.choice(["bank", "exam"])
    if src == "bank":
        lines = [f"{r.choice(BANKS)}对账单", ["户名：", nm_pre, P(lost), r.choice(["", "", r.choice(GIV)[:1]])],
                 f"账号：6217 {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}", f"{ymd(r)} 工资代发 +{r.randint(3000, 9000)}.00"]
    else:
        lines = [f"{r.choice(SUBJ)}成绩单", f"01 {name(r)} {r.randint(60, 100)}", ["02 ", nm_pre, P(lost), f" {r.randint(60, 100)}"],
                 f"03 {name(r)} {r.randint(60, 100)}"]
    return lines, f"{src}: a character outside GB2312 replaced by '?'"


@style("mj_fffd_truncated_field", "mj", "mojibake", "UTF-8 field cut mid-character -> U+FFFD")
def _(r):
    memo = r.choice(BANK_MEMO + [f"{c}{x}有限公司" for c in CITY[:5] for x in COMP[:5]])
    b = memo.encode("utf-8")
    cut = r.randint(4, len(b) - 1)
    while cut % 3 == 0:
        cut -= 1
    d = b[:cut].decode("utf-8", "replace")
    i = d.index("\ufffd")
    lines = [f"{r.choice(BANKS)}交易流水", "日期|摘要|金额", f"{ymd(r)}|{r.choice(BANK_MEMO)}|{r.randint(10, 999)}.00",
             [f"{ymd(r)}|", d[:i], P(d[i:]), f"|{r.randint(10, 999)}.00"]]
    return lines, "bank: fixed-width byte field cut inside a UTF-8 sequence"


# ---------------------------------------------------------------------------
# mj negatives
# ---------------------------------------------------------------------------

def quote_doc(r, intro, quote, after):
    return [f"{r.choice(CITY)}{r.choice(['日报', '晚报', '外事办', '大学'])}  {cn_date(r)}", intro, quote, after]


@style("neg_quote_russian", "mj", "negative", "genuine Russian quotation")
def _(r):
    q = r.choice(["«Добро пожаловать в наш город!»", "«Спасибо за тёплый приём.»", "«Мы надеемся на долгое сотрудничество.»"])
    return quote_doc(r, "俄罗斯友好城市代表团到访，团长在欢迎会上用俄语致辞：", q, "随后双方签署了文化交流协议。"), "Cyrillic is genuine"


@style("neg_quote_japanese", "mj", "negative", "bilingual Japanese-Chinese subtitles")
def _(r):
    times = srt_times(r, 2)
    pairs = [("ありがとうございます。", "谢谢你。"), ("また明日ね。", "明天见。"), ("ここはどこですか？", "这是哪里？"),
             ("大丈夫、心配しないで。", "没事的，别担心。"), ("駅はあっちです。", "车站在那边。")]
    a, b = r.sample(pairs, 2)
    return ["1", times[0], a[0], a[1], "", "2", times[1], b[0], b[1]], "real Japanese kana in bilingual subtitles"


@style("neg_quote_korean", "mj", "negative", "genuine Korean quotation")
def _(r):
    q = r.choice(["“감사합니다.”", "“다시 만나서 반갑습니다.”", "“한국 음식을 좋아해요.”"])
    return quote_doc(r, "韩国交流学生在结业典礼上说：", q, "（意为表达感谢与友谊。）"), "Hangul is genuine"


@style("neg_quote_greek", "mj", "negative", "Greek letters in a philosophy/maths note")
def _(r):
    q = r.sample([("“认识你自己”的希腊原文为 «Γνῶθι σεαυτόν»。"), ("亚里士多德用 ἐνέργεια 一词表示“实现”。"),
                  ("柏拉图所说的“理念”，希腊文写作 ἰδέα。"), ("“逻各斯”即 λόγος，原意为言说、理性。"),
                  ("赫拉克利特：«πάντα ῥεῖ»（万物皆流）。"), ("“美德”一词的希腊文是 ἀρετή。"),
                  ("“幸福”在伦理学中常对应 εὐδαιμονία。")], r.randint(2, 3))
    lines = [f"{r.choice(['西方哲学史', '古希腊思想导读', '伦理学'])}课堂笔记（第{r.randint(1, 16)}讲）"] + q + [f"作业：阅读教材第{r.randint(2, 9)}章。"]
    return lines, "polytonic Greek is genuine"


@style("neg_quote_french", "mj", "negative", "French quotation with accents (é à ç)")
def _(r):
    q = r.choice(["« Liberté, égalité, fraternité »", "« Ça va très bien, merci. »", "« Le cœur a ses raisons que la raison ne connaît point. »",
                  "« Bon appétit ! Voilà le crème brûlée. »"])
    return quote_doc(r, "法语角活动中，同学们朗读了这样一句话：", q, "老师随后讲解了其中的语法要点。"), "accented Latin letters are genuine"


@style("neg_quote_german", "mj", "negative", "German words with ü ö ß")
def _(r):
    lines = [f"{r.choice(CITY)}市中德合作产业园简介", f"德方合作伙伴：{r.choice(['Müller', 'Schäfer', 'Weiß', 'Köhler'])} Maschinenbau GmbH",
             "园区口号为“Qualität durch Präzision”（精益求精）。", "德国总部位于 Düsseldorf，园区将于明年扩建。"]
    return lines, "German umlauts/ß are genuine"


@style("neg_quote_vietnamese", "mj", "negative", "Vietnamese text full of diacritics")
def _(r):
    pairs = [("请出示有效证件", "Vui lòng xuất trình giấy tờ hợp lệ"), ("禁止携带违禁物品", "Cấm mang theo hàng cấm"),
             ("请排队等候", "Vui lòng xếp hàng chờ đợi"), ("出口", "Lối ra"), ("入境检查", "Kiểm tra nhập cảnh"),
             ("谢谢合作", "Cảm ơn sự hợp tác"), ("货物申报处", "Nơi khai báo hàng hóa"), ("注意安全", "Chú ý an toàn")]
    lines = [r.choice(["中越边境贸易口岸双语告示", "东兴口岸旅客须知", "中越跨境市场管理公告", "边民互市点告示"])]
    lines += [f"{a} / {b}" for a, b in r.sample(pairs, r.randint(2, 4))]
    lines.append(f"开放时间：{r.randint(7, 9)}:00—{r.randint(17, 19)}:00 / Giờ mở cửa: {r.randint(7, 9)} giờ sáng")
    return lines, "Vietnamese diacritics are genuine"


@style("neg_quote_hebrew", "mj", "negative", "genuine Hebrew quotation")
def _(r):
    q = r.choice(["«שלום»", "«תודה רבה»", "«ברוכים הבאים»"])
    return quote_doc(r, "以色列农业专家在技术交流会上用希伯来语问候大家：", q, "意为“你好”“欢迎”，现场响起热烈掌声。"), "real Hebrew, not cp1255 damage"


@style("neg_quote_arabic", "mj", "negative", "genuine Arabic quotation")
def _(r):
    q = r.choice(["«السلام عليكم»", "«شكرا جزيلا»", "«أهلا وسهلا»"])
    return quote_doc(r, "阿拉伯语专业学生在外语节上展示书法作品：", q, "作品获得了一等奖。"), "real Arabic, not cp1256 damage"


@style("neg_quote_thai", "mj", "negative", "genuine Thai phrase in a travel guide")
def _(r):
    ph = [("你好", "สวัสดี", "sa-wat-dee"), ("谢谢", "ขอบคุณ", "khop-khun"), ("多少钱", "เท่าไหร่", "tao-rai"),
          ("好吃", "อร่อย", "a-roi"), ("不辣", "ไม่เผ็ด", "mai-phet"), ("厕所在哪里", "ห้องน้ำอยู่ที่ไหน", "hong-nam-yu-tee-nai"),
          ("再见", "ลาก่อน", "la-gon"), ("对不起", "ขอโทษ", "kho-thot")]
    lines = [r.choice(["泰国自由行实用口语", "曼谷旅行小抄", "清迈美食之旅必备泰语"])] + \
        [f"{a}：{b}（{c}）" for a, b, c in r.sample(ph, r.randint(3, 5))] + ["小贴士：男士句尾加“ครับ”，女士加“ค่ะ”。"]
    return lines, "Thai script is genuine"


@style("neg_punycode_guide", "mj", "negative", "domain-name guide explaining xn--fiq228c")
def _(r):
    a, b = r.sample([x for p in PUNY_DOMAINS for x in p], 2)
    lines = [r.choice(["中文域名使用指南", "国际化域名（IDN）常见问题", "网站备案：中文域名说明", "网络安全课第4讲：域名与仿冒网站"]),
             r.choice(["中文域名在系统内部会被转换为以“xn--”开头的ASCII形式（Punycode）。",
                       "浏览器解析中文域名时，会先按 IDNA 规则把每一级标签编码成 Punycode。",
                       "DNS 只认 ASCII 字符，所以中文标签需要转写成“xn--”前缀的形式。"]),
             f"例如“{a}”对应的编码为 {puny(a)}，“{b}”对应 {puny(b)}。",
             r.choice(["用户在浏览器中直接输入中文即可访问，无需记忆编码。", "在域名注册系统中查询时，两种形式都可以使用。",
                       "仿冒网站常利用形近字符注册域名，请注意核对。"])]
    return lines, "punycode shown on purpose as an example"


@style("neg_pinyin_lesson", "mj", "negative", "tone-marked pinyin in a Chinese lesson")
def _(r):
    words = [("发展", "fāzhǎn"), ("学习", "xuéxí"), ("朋友", "péngyou"), ("旅游", "lǚyóu"), ("音乐", "yīnyuè"), ("绿色", "lǜsè")]
    ws = r.sample(words, 3)
    lines = ["对外汉语初级课程 第五课 生词表"] + [f"{i + 1}. {w}（{p}）" for i, (w, p) in enumerate(ws)] + ["请跟读并注意声调。"]
    return lines, "pinyin in full-width parentheses is teaching material"


@style("neg_traditional_text", "mj", "negative", "press release in traditional characters")
def _(r):
    lines = [f"{r.choice(['香港', '澳門', '臺中'])}特區政府新聞公報", "政府今日公佈新一輪社區活動資助計劃，歡迎市民踴躍參與。",
             "發言人表示，計劃旨在推動社區發展，加強鄰里關係。", f"查詢電話：{r.randint(2000, 3999)} {r.randint(1000, 9999)}"]
    return lines, "traditional characters without pinyin are genuine"


@style("neg_rare_characters", "mj", "negative", "rare and supplementary-plane characters in names")
def _(r):
    lines = ["生僻字姓名录入说明", f"本次登记人员中有{r.choice(SUR)}{r.choice(RARE_OK)}、{r.choice(SUR)}{r.choice(SUPP)}等姓名含生僻字。",
             "系统已升级至GB 18030-2022，可以正常显示和打印。", f"如仍显示异常，请联系{name(r)}。"]
    return lines, "rare characters displayed correctly"


@style("neg_math_symbols", "mj", "negative", "maths symbols ∑ ∫ ≤ α β in an exam")
def _(r):
    a, b = r.randint(2, 5), r.randint(1, 9)
    qs = [f"计算 ∫₀^{a} x² dx。", "证明：当 n ≥ 1 时，∑ₖ₌₁ⁿ k = n(n+1)/2。", f"设 α、β 为方程 x² − {a}x + 1 = 0 的两根，求 α² + β²。",
          "若 |x − 2| ≤ ε，讨论 f(x) 的连续性。", f"求 lim(x→∞) (1 + 1/x)^{b}x 的值。", "已知集合 A ⊆ B，且 B ∩ C = ∅，判断 A ∩ C。",
          f"向量 a⃗ = ({a}, {b})，求 |a⃗|。", "若 ∀x∈ℝ，f(x) ≥ 0 恒成立，求参数 λ 的取值范围。", f"计算 √{a * a * b} 与 π 的大小关系。"]
    lines = [f"{r.choice(['高等数学', '线性代数', '高中数学'])}{r.choice(['期末', '期中', '单元'])}试题（{r.choice('AB')}卷）"] + \
        [f"{i + 1}. {q}" for i, q in enumerate(r.sample(qs, r.randint(3, 5)))]
    return lines, "maths notation"


@style("neg_emoji_social", "mj", "negative", "emoji in a social media post")
def _(r):
    es = r.sample(EMOJI, 3)
    lines = [f"@{r.choice(CITY)}美食探店", f"今天打卡了一家超好吃的{r.choice(DISHES)}{es[0]}", f"老板人很好，分量也足{es[1]}{es[1]}",
             f"人均{r.randint(30, 120)}元，推荐！{es[2]}"]
    return lines, "emoji are genuine"


@style("neg_legit_question_marks", "mj", "negative", "legitimate ? in questions and chats")
def _(r):
    lines = ["客服聊天记录", f"{name(r)}：请问快递什么时候到？？", "客服：您好，预计明天送达。", f"{name(r)}：能改地址吗?",
             "客服：可以的，请提供新地址。", f"{name(r)}：???我刚刚发了呀"]
    return lines, "question marks are punctuation"


@style("neg_code_snippet_note", "mj", "negative", "technical note quoting &nbsp; and \\u escapes in code")
def _(r):
    tips = ["在 HTML 中，连续空格会被合并，可以用实体 &nbsp; 表示不换行空格。", "JSON 里的中文可能被转义成 \\u53d1\\u5c55 这样的形式，",
            "Python 中用 json.dumps(data, ensure_ascii=False) 可保留原文。", "    print(\"发展\".encode(\"utf-8\"))  # b'\\xe5\\x8f\\x91\\xe5\\xb1\\x95'",
            "换行在 HTML 里要写成 <br>，在 Markdown 里行尾加两个空格。", "    <p>版权所有&copy;2024</p>",
            "读取文件时请显式指定编码：open(path, encoding=\"utf-8\")。", "    String s = new String(bytes, StandardCharsets.UTF_8);",
            "URL 中的中文会被编码为 %E5%8F%91 这样的百分号形式。"]
    lines = [r.choice(["前端开发技术笔记", "字符编码排坑记录", "新人入职培训：文本处理", "接口联调注意事项"])] + r.sample(tips, r.randint(3, 5))
    return lines, "escapes quoted in code on purpose"


@style("neg_currency_units", "mj", "negative", "currency and unit symbols € £ ¥ ℃ ‰ №")
def _(r):
    lines = ["跨境电商周报", f"欧洲站销售额 €{r.randint(1000, 9999)}，英国站 £{r.randint(1000, 9999)}，国内 ¥{r.randint(10000, 99999)}。",
             f"仓库温度控制在 {r.randint(15, 25)}℃ 以内，破损率 {r.randint(1, 9)}‰。", f"订单 №{r.randint(10000, 99999)} 已签收。"]
    return lines, "symbols are genuine"


@style("neg_merchant_accents", "mj", "negative", "bank statement with accented merchant names")
def _(r):
    lines = [f"{r.choice(BANKS)}信用卡境外消费明细", f"{ymd(r)}  CAFÉ DE FLORE PARIS  EUR {r.randint(5, 80)}.50",
             f"{ymd(r)}  MÜNCHNER BRÄUHAUS  EUR {r.randint(10, 90)}.00", f"{ymd(r)}  SEÑOR TACO MADRID  EUR {r.randint(5, 40)}.20",
             "以上交易已按当日汇率折算人民币入账。"]
    return lines, "accented names from abroad are genuine"


@style("neg_chem_subscripts", "mj", "negative", "chemical formulas with sub/superscripts")
def _(r):
    lines = ["化学实验报告", "实验原理：2H₂O₂ → 2H₂O + O₂↑（MnO₂作催化剂）", "溶液中 Fe³⁺ 与 SCN⁻ 反应显红色。",
             f"测得气体体积为 {r.randint(20, 90)} mL，温度 {r.randint(18, 28)} ℃。"]
    return lines, "subscripts and superscripts are genuine"


@style("neg_circled_numbers_boxes", "mj", "negative", "receipt with box drawing and ①②③")
def _(r):
    lines = ["┌────────────────┐", f"│ {r.choice(['惠民', '百佳'])}超市 购物小票 │", "└────────────────┘",
             f"① 牛奶 ×2  {r.randint(6, 20)}.00", f"② 面包 ×1  {r.randint(5, 15)}.50", f"③ 鸡蛋 ×1  {r.randint(10, 25)}.00", "㈠ 会员积分已累计"]
    return lines, "box drawing and circled numbers are genuine"


@style("neg_ipa_phonetics", "mj", "negative", "English word list with IPA")
def _(r):
    words = [("apple", "/ˈæpl/", "n. 苹果"), ("thought", "/θɔːt/", "n. 想法"), ("measure", "/ˈmeʒə(r)/", "v. 测量"),
             ("church", "/tʃɜːtʃ/", "n. 教堂"), ("bridge", "/brɪdʒ/", "n. 桥"), ("weather", "/ˈweðə(r)/", "n. 天气"),
             ("nature", "/ˈneɪtʃə(r)/", "n. 自然"), ("thank", "/θæŋk/", "v. 感谢"), ("usually", "/ˈjuːʒuəli/", "adv. 通常"),
             ("bird", "/bɜːd/", "n. 鸟"), ("enough", "/ɪˈnʌf/", "adj. 足够的"), ("sing", "/sɪŋ/", "v. 唱歌")]
    lines = [f"{r.choice(['七', '八', '九'])}年级英语 Unit {r.randint(1, 12)} 单词表"] + [f"{w} {p} {m}" for w, p, m in r.sample(words, r.randint(3, 6))]
    return lines, "IPA symbols are genuine"


@style("neg_kaomoji", "mj", "negative", "kaomoji in a chat log")
def _(r):
    lines = ["班级群聊天记录", f"{name(r)}：明天考试啦 (╯°□°）╯︵ ┻━┻", f"{name(r)}：加油加油 ٩(ˊᗜˋ*)و", f"{name(r)}：我还没复习完 (｡•́︿•̀｡)"]
    return lines, "kaomoji are deliberate"


@style("neg_spanish_quote", "mj", "negative", "Spanish quotation with ¿ ¡ ñ")
def _(r):
    q = r.choice(["«¿Dónde está la biblioteca?»", "«¡Feliz año nuevo!»", "«Mañana será otro día.»"])
    return quote_doc(r, "西班牙语公开课上，老师板书了一句例句：", q, "并讲解了倒问号和倒感叹号的用法。"), "Spanish punctuation is genuine"


@style("neg_romaji_macrons", "mj", "negative", "Japanese romaji with macrons (Tōkyō) in a travel note")
def _(r):
    stops = [("大阪", "Ōsaka"), ("京都", "Kyōto"), ("东京", "Tōkyō"), ("神户", "Kōbe"), ("北海道", "Hokkaidō"),
             ("九州", "Kyūshū"), ("奈良", "Nara"), ("箱根", "Hakone"), ("大分", "Ōita"), ("高知", "Kōchi")]
    pick = r.sample(stops, r.randint(3, 4))
    lines = [f"日本{r.choice(['关西', '自由行', '深度'])}{r.randint(5, 10)}日游行程"]
    day = 1
    for cn, ro in pick:
        lines.append(f"D{day} {cn}（{ro}）：{r.choice(['自由活动', '参观神社与古街', '品尝当地美食', '泡温泉', '乘新干线前往'])}。")
        day += r.randint(1, 2)
    return lines, "macrons in romaji are genuine"


@style("neg_uyghur_tibetan_bilingual", "mj", "negative", "bilingual signage with Uyghur / Tibetan script")
def _(r):
    if r.random() < 0.5:
        pairs = [("欢迎", "خۇش كەلدىڭىز"), ("请勿吸烟", "تاماكا چېكىشكە بولمايدۇ"), ("出口", "چىقىش ئېغىزى"),
                 ("洗手间", "تەرەت خانا"), ("售票处", "بېلەت سېتىش ئورنى"), ("谢谢", "رەھمەت")]
        head = r.choice(["喀什古城景区游客须知", "乌鲁木齐国际大巴扎指示牌", "伊宁市图书馆服务指南"])
    else:
        pairs = [("欢迎", "བཀྲ་ཤིས་བདེ་ལེགས།"), ("咨询服务", "འདྲི་རྩད་ཞབས་ཞུ།"), ("谢谢", "ཐུགས་རྗེ་ཆེ།"),
                 ("图书馆", "དཔེ་མཛོད་ཁང་།"), ("医院", "སྨན་ཁང་།"), ("学校", "སློབ་གྲྭ།")]
        head = r.choice(["拉萨市民服务中心", "日喀则市图书馆", "林芝市公共服务指引"])
    lines = [head] + [f"{a} / {b}" for a, b in r.sample(pairs, r.randint(2, 4))] + [f"服务时间：{r.randint(9, 10)}:{r.choice(['00', '30'])}—{r.randint(17, 22)}:00"]
    return lines, "minority scripts are genuine"




@style("neg_polish_czech_names", "mj", "negative", "Central European names with ł ř ő")
def _(r):
    lines = ["国际音乐节演出节目单", f"1. 德沃夏克（Antonín Dvořák）：《自新大陆》第二乐章", "2. 肖邦（Fryderyk Chopin）：夜曲，演奏者 Paweł Łukaszewski",
             f"3. 李斯特（Liszt Ferenc）：匈牙利狂想曲，指挥 Gergő Szőke", f"演出地点：{r.choice(CITY)}大剧院"]
    return lines, "Central European diacritics are genuine"


@style("neg_music_notation", "mj", "negative", "music class notes with ♩ ♫ ♭ ♯ 𝄞")
def _(r):
    lines = ["音乐课教案：认识音符", "♩ 四分音符，一拍；♪ 八分音符，半拍；♫ 两个八分音符相连。", "升记号 ♯ 表示升高半音，降记号 ♭ 表示降低半音。",
             f"高音谱号 𝄞 写在五线谱开头。课堂练习：视唱第{r.randint(1, 20)}首。"]
    return lines, "music symbols are genuine"






@style("neg_bronze_rare_glyphs", "mj", "negative", "museum labels with rare glyphs (斝 罍 觥 甗)")
def _(r):
    items = r.sample(["商代兽面纹斝", "西周云雷纹罍", "商代青铜觥", "西周饕餮纹甗", "春秋蟠虺纹鬲", "战国错金簋", "商代亚醜钺"], 3)
    lines = [f"{r.choice(CITY)}博物馆青铜器展厅说明"] + [f"展品{i + 1}：{it}" for i, it in enumerate(items)] + ["以上器物均为馆藏一级文物。"]
    return lines, "rare but genuine characters"




@style("neg_curly_quotes_novel", "mj", "negative", "novel excerpt with curly quotes, dashes, ellipses")
def _(r):
    lines = ["第十二章", f"“你真的要走吗？”{r.choice(SUR)}小姐轻声问。", "他没有回答——只是把那封信折好，放进口袋里……",
             "‘再等一天吧’，她在心里说。", "窗外，雨一直下个不停。"]
    return lines, "typographic punctuation is genuine"


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

def generate(seed):
    records = []
    for sname, fam, label, desc, fn in STYLES:
        r = random.Random(f"text42:{seed}:{sname}")
        n = r.randint(15, 20)
        seen = set()
        made = 0
        guard = 0
        while made < n and guard < n * 20:
            guard += 1
            _USED.clear()
            lines, note = fn(r)
            text, spans = assemble(lines)
            if text in seen:
                continue
            seen.add(text)
            if label != "negative" and not spans:
                continue
            if label == "negative":
                spans = []
            records.append({"family": fam, "style": sname, "label": label, "text": text, "spans": spans, "note": note})
            made += 1
    random.Random(f"text42:{seed}:order").shuffle(records)
    out = []
    for i, rec in enumerate(records):
        out.append({"id": f"t42-{seed}-{i:05d}", **rec})
    return out


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------

PH_RE = re.compile(r"[xXｘＸ×某〇○_＿*＊]|\{[^{}]+\}|\$\w+\$|\$\{\w+\}|%\w+%|\[[^\]]+\]|【[^】]+】|（[^）]*[填待][^）]*）|<[^>]+>")
PY_RE = re.compile(r"[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
HTML_RE = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+|amp;[a-zA-Z]+);|</?[a-zA-Z]+[^>]*>|&lt;/?[a-z]+&gt;")


def _try(f):
    try:
        return f()
    except Exception:
        return None


def repair_mojibake(s):
    """return (method, repaired) for the first method that explains span s, else None."""
    if "锟斤拷" in s or re.fullmatch(r"(烫|屯)+", s):
        return "fffd/uninitialised bytes read as GBK", ""
    if "\ufffd" in s:
        return "U+FFFD replacement", ""
    if re.fullmatch(r"[?]+", s):
        return "lost to ?", ""
    if PY_RE.fullmatch(s):
        return "pinyin annotation", s[0]
    if HTML_RE.search(s):
        import html
        return "html remnant", re.sub(r"</?[a-zA-Z]+[^>]*>", "", html.unescape(html.unescape(s)))
    if s.startswith("xn--"):
        t = _try(lambda: s[4:].encode("ascii").decode("punycode"))
        if t and t != s:
            return "punycode", t
    if "\x00" in s:
        t = _try(lambda: s.encode("latin-1").decode("utf-16-le"))
        if t and t != s:
            return "utf-16le as latin-1", t
    if len(s) >= 5 and all(s[i] == " " for i in range(1, len(s), 2)) and s[0] != " ":
        return "utf-16 spaced letters", s[::2]
    t = _try(lambda: iso2022_restore(s)) if re.search(r"\$B|\$@", s) else None
    if t and t != s:
        return "iso-2022-jp stripped", t
    # CESU-8 / surrogate bytes through windows-1252
    t = _try(lambda: cesu8_decode(s.encode("cp1252", errors="t42c1enc")))
    if t and t != s and any(ord(ch) > 0xFFFF for ch in t):
        return "cesu-8 as cp1252", t
    # layered windows-1252
    cur, layers = s, 0
    while layers < 3:
        nxt = _try(lambda: un_w1252(cur))
        if not nxt or nxt == cur:
            break
        cur, layers = nxt, layers + 1
    if layers and CJK_RE.search(cur):
        return f"utf-8 as cp1252 x{layers}", cur
    for a, b, eb in [("utf-8", "gbk", "strict"), ("utf-8", "latin-1", "strict"), ("utf-8", "cp1255", "t42c1enc"),
                     ("utf-8", "cp1256", "strict"), ("big5", "gbk", "strict"), ("gbk", "big5", "strict")]:
        t = _try(lambda: s.encode(b, errors=eb).decode(a))
        if t and t != s and CJK_RE.search(t):
            return f"{a} read as {b}", t
    return None


def verify(paths):
    problems = 0
    ids = set()
    style_label = {}
    total = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for ln, raw in enumerate(fh, 1):
                where = f"{path}:{ln}"

                def bad(msg):
                    nonlocal problems
                    problems += 1
                    if problems <= 50:
                        print(f"PROBLEM {where}: {msg}")
                try:
                    rec = json.loads(raw)
                except json.JSONDecodeError as e:
                    bad(f"bad JSON {e}")
                    continue
                total += 1
                keys = {"id", "family", "style", "label", "text", "spans", "note"}
                if set(rec) != keys:
                    bad(f"keys {sorted(rec)}")
                    continue
                if rec["id"] in ids:
                    bad("duplicate id")
                ids.add(rec["id"])
                fam, lab, text, spans = rec["family"], rec["label"], rec["text"], rec["spans"]
                if fam not in ("ph", "mj"):
                    bad("family")
                if lab not in ({"ph": ("placeholder", "negative"), "mj": ("mojibake", "negative")}.get(fam, ())):
                    bad("label/family mismatch")
                if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", rec["style"]):
                    bad("style not snake_case")
                prev = style_label.setdefault((path, rec["style"]), (fam, lab))
                if prev != (fam, lab):
                    bad("style mixes families/labels")
                if not isinstance(rec["note"], str) or not rec["note"] or "\n" in rec["note"]:
                    bad("note must be one line")
                if not isinstance(text, str) or not text.strip():
                    bad("empty text")
                    continue
                nl = text.count("\n") + 1
                if not 1 <= nl <= 12:
                    bad(f"{nl} lines")
                if lab == "negative":
                    if spans:
                        bad("negative with spans")
                    if fam == "mj" and re.search("[\ufffd\x00\x80-\x9f]|锟斤拷", text):
                        bad("negative holds damage markers")
                    if fam == "ph" and re.search(r"【待填】|（填写）|\[姓名\]", text):
                        bad("negative holds placeholder markers")
                    continue
                if not spans:
                    bad("positive without spans")
                last = 0
                for sp in spans:
                    if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)):
                        bad(f"span shape {sp}")
                        continue
                    a, b = sp
                    if not (0 <= a < b <= len(text)):
                        bad(f"span {sp} outside text or empty")
                        continue
                    if a < last:
                        bad(f"span {sp} overlaps/unsorted")
                    last = b
                    seg = text[a:b]
                    if seg != seg.strip() or "\n" in seg:
                        bad(f"span {sp} has edge whitespace/newline {seg!r}")
                    if fam == "ph":
                        if not PH_RE.search(seg):
                            bad(f"placeholder span {seg!r} has no placeholder mark")
                    else:
                        rep = repair_mojibake(seg)
                        if rep is None:
                            bad(f"mojibake span {seg!r} not explained by any codec round trip")
                        elif rep[1] == seg:
                            bad(f"mojibake span {seg!r} equals its repair")
    print(f"checked {total} records in {len(paths)} file(s): {problems} problem(s)")
    return problems == 0


def table(records):
    from collections import Counter, OrderedDict
    cnt = Counter(r["style"] for r in records)
    first = OrderedDict()
    for rec in sorted(records, key=lambda x: x["id"]):
        first.setdefault(rec["style"], rec)
    rows = ["| style | family | label | count | example (first line with a span, or first line) |", "|---|---|---|---|---|"]
    for sname, fam, label, desc, fn in STYLES:
        rec = first[sname]
        ex = rec["text"]
        if rec["spans"]:
            a, b = rec["spans"][0]
            ls = ex.rfind("\n", 0, a) + 1
            le = ex.find("\n", b)
            ex = ex[ls:le if le != -1 else None]
        else:
            ex = ex.split("\n")[0] if ex.split("\n")[0].strip() else ex.strip().split("\n")[0]
        ex = ex.replace("|", "\\|").replace("\x00", "\\0")
        ex = "".join(ch if unicodedata.category(ch) != "Cc" else f"\\x{ord(ch):02x}" for ch in ex)
        if len(ex) > 60:
            ex = ex[:60] + "…"
        rows.append(f"| {sname} | {fam} | {label} | {cnt[sname]} | `{ex}` |")
    return "\n".join(rows)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--table", action="store_true", help="print the Markdown style table for --seed")
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify(a.verify) else 1)
    if a.seed is None:
        ap.error("--seed is required")
    recs = generate(a.seed)
    if a.table:
        print(table(recs))
        return
    if not a.out:
        ap.error("--out is required")
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((x["family"], x["label"]) for x in recs)
    print(f"wrote {len(recs)} records to {a.out}: " + ", ".join(f"{f}/{l}={n}" for (f, l), n in sorted(c.items())))


if __name__ == "__main__":
    main()
