#!/usr/bin/env python3
"""text49_gen.py - held-out set 49: placeholders (ph) and mojibake (mj) in Chinese documents.

Standard library only.  Deterministic per seed (string seeds go through random's
sha512 seeding, so PYTHONHASHSEED does not matter).

    python3 text49_gen.py --seed 11 --out text49_seed11.jsonl
    python3 text49_gen.py --verify text49_seed11.jsonl text49_seed12.jsonl

Sources: web-novel chapters, TCM prescriptions, railway timetables / ticket notices,
open-data field dictionaries, children's pinyin readers.
"""
import argparse
import json
import re
import sys
import random
from collections import Counter, OrderedDict

# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------
SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟万段雷钱汤尹黎易常武乔贺赖龚")
GIVEN = ["建国", "秀英", "志强", "丽华", "海涛", "雨桐", "子轩", "梓涵", "浩然", "欣怡", "文博", "静怡",
         "宇航", "思远", "晓明", "玉兰", "德胜", "春梅", "国平", "慧敏", "一鸣", "若曦", "天佑", "嘉怡",
         "俊杰", "婉清", "立新", "红霞", "明辉", "淑芬", "振华", "佳琪", "永福", "桂香", "晨阳", "诗雨"]
RARE_GIVEN = ["喆", "堃", "玥", "赟", "琤", "翀", "淏", "昇", "珺", "犇"]  # outside GB2312
NOVEL_NAMES = ["陆沉舟", "顾长歌", "沈听澜", "苏念卿", "江寒", "秦墨", "白芷", "楚云舒", "燕北辞", "温如玉",
               "谢无咎", "林晚照", "裴寂", "宋知意", "韩屿", "程朝歌", "许青禾", "萧定远"]
NOVEL_PLACES = ["青云宗", "天衍城", "落霞镇", "玄冥谷", "北境", "苍梧山", "临渊城", "赤霄峰", "望川渡", "万剑阁", "云梦泽", "白帝城"]
NOVEL_TITLES = ["风起临渊", "夜探藏经阁", "一剑光寒", "旧账", "山门试炼", "拍卖会风波", "故人来信", "雪落无声",
                "破境", "渡口", "灯下黑", "秋猎", "归途", "十年之约", "暗潮", "残局"]
CITIES = ["清河", "临川", "江宁", "青州", "云阳", "宁远", "安平", "长乐", "永兴", "泰和", "平江", "石门", "桐城",
          "新化", "汉寿", "丰城", "龙泉", "东阳", "建德", "兴义", "凯里", "雅安", "德阳", "吉安"]
STATIONS = ["北京南", "上海虹桥", "广州南", "成都东", "西安北", "武汉", "郑州东", "长沙南", "杭州东", "南京南",
            "重庆北", "昆明南", "贵阳北", "兰州西", "太原南", "济南西", "合肥南", "福州", "厦门北", "南宁东",
            "哈尔滨西", "沈阳北", "天津西", "石家庄", "深圳北", "宜昌东", "赣州西", "黄山北"]
HERBS = ["黄芪", "党参", "白术", "茯苓", "甘草", "当归", "川芎", "白芍", "熟地黄", "陈皮", "半夏", "柴胡",
         "黄芩", "枳壳", "桔梗", "麦冬", "五味子", "丹参", "桂枝", "生姜", "大枣", "山药", "泽泻", "牡丹皮",
         "山茱萸", "酸枣仁", "远志", "葛根", "防风", "荆芥", "薄荷", "连翘", "金银花", "砂仁", "木香", "香附"]
DIAG = [("胃脘痛", "脾胃虚弱证"), ("不寐", "心脾两虚证"), ("咳嗽", "风寒束表证"), ("眩晕", "痰湿中阻证"),
        ("腰痛", "肝肾阴虚证"), ("月经不调", "肝郁气滞证"), ("便秘", "气虚证"), ("感冒", "风热犯表证"),
        ("泄泻", "脾虚湿盛证"), ("头痛", "肝阳上亢证")]
DEPTS = ["中医内科", "中医妇科", "针灸科", "脾胃病科", "治未病科", "中医儿科"]
TCM_ORGS = ["清河县", "临川区", "江宁区", "青州市", "云阳县", "宁远县", "安平县", "长乐区"]
DATASETS = ["公交站点信息", "公共厕所分布", "企业登记信息", "空气质量小时数据", "中小学校名录", "公共停车场信息",
            "医疗机构名录", "景区客流统计", "充电桩点位", "养老机构名录", "菜市场名录", "体育场馆信息"]
DATA_ORGS = ["交通运输局", "城市管理局", "市场监督管理局", "生态环境局", "教育局", "卫生健康委员会",
             "文化广电旅游局", "民政局", "体育局", "大数据发展管理局"]
PERIODS = ["日", "周", "月", "季度", "年"]
PY_LINES = [
    ("小猫钓鱼", "xiǎo māo diào yú"),
    ("春天来了，小草绿了。", "chūn tiān lái le, xiǎo cǎo lǜ le."),
    ("月亮弯弯像小船。", "yuè liang wān wān xiàng xiǎo chuán."),
    ("我爱爸爸妈妈。", "wǒ ài bà ba mā ma."),
    ("小鸟在树上唱歌。", "xiǎo niǎo zài shù shang chàng gē."),
    ("天上有很多星星。", "tiān shang yǒu hěn duō xīng xing."),
    ("小兔子爱吃萝卜。", "xiǎo tù zi ài chī luó bo."),
    ("我们一起去公园。", "wǒ men yì qǐ qù gōng yuán."),
    ("秋天到了，树叶黄了。", "qiū tiān dào le, shù yè huáng le."),
    ("小鸭子在河里游泳。", "xiǎo yā zi zài hé li yóu yǒng."),
    ("下雨了，快回家。", "xià yǔ le, kuài huí jiā."),
    ("太阳公公起得早。", "tài yáng gōng gong qǐ de zǎo."),
    ("大象的鼻子长长的。", "dà xiàng de bí zi cháng cháng de."),
    ("小蜜蜂在花丛里采蜜。", "xiǎo mì fēng zài huā cóng li cǎi mì."),
    ("冬天下雪了，我们堆雪人。", "dōng tiān xià xuě le, wǒ men duī xuě rén."),
    ("小青蛙跳上了荷叶。", "xiǎo qīng wā tiào shàng le hé yè."),
    ("奶奶给我讲故事。", "nǎi nai gěi wǒ jiǎng gù shi."),
    ("风儿轻轻地吹。", "fēng ér qīng qīng de chuī."),
]
PY_TITLES = ["小猫钓鱼", "四季", "月亮船", "我的家", "树上的小鸟", "数星星", "小兔拔萝卜", "秋天的树叶",
             "小鸭游泳", "下雨啦", "早起的太阳", "大象的鼻子", "勤劳的小蜜蜂", "堆雪人", "小青蛙", "讲故事"]
PRESSES = ["春芽", "童心", "小树苗", "彩虹桥", "星星河", "蒲公英"]

# simplified -> traditional with pinyin of the char (for the 發(fā)展 artefact and Big5 text)
_S2T = """发發fā 这這zhè 个個gè 们們men 来來lái 时時shí 为為wèi 说說shuō 国國guó 过過guò 对對duì 会會huì
后後hòu 学學xué 经經jīng 东東dōng 车車chē 长長cháng 门門mén 问問wèn 间間jiān 开開kāi 关關guān 头頭tóu
见見jiàn 现現xiàn 还還hái 进進jìn 远遠yuǎn 运運yùn 动動dòng 电電diàn 话話huà 语語yǔ 请請qǐng 让讓ràng
认認rèn 识識shí 读讀dú 书書shū 写寫xiě 师師shī 乡鄉xiāng 级級jí 线線xiàn 红紅hóng 绿綠lǜ 鸟鳥niǎo
鱼魚yú 马馬mǎ 龙龍lóng 风風fēng 飞飛fēi 云雲yún 区區qū 县縣xiàn 镇鎮zhèn 场場chǎng 厂廠chǎng 业業yè
产產chǎn 务務wù 办辦bàn 际際jì 网網wǎng 页頁yè 数數shù 据據jù 类類lèi 项項xiàng 单單dān 条條tiáo 记記jì
录錄lù 编編biān 码碼mǎ 号號hào 统統tǒng 计計jì 设設shè 备備bèi 钟鐘zhōng 点點diǎn 达達dá 终終zhōng
图圖tú 库庫kù 标標biāo 准準zhǔn 态態tài 联聯lián 邮郵yóu 环環huán 质質zhì 监監jiān 测測cè 报報bào
医醫yī 药藥yào 剂劑jì 疗療liáo 诊診zhěn 断斷duàn 证證zhèng 气氣qì 虚虛xū 脏臟zàng 脉脈mài 汤湯tāng
归歸guī 术朮zhú 参參shēn 黄黃huáng 陈陳chén 枣棗zǎo 姜薑jiāng 泻瀉xiè 费費fèi 价價jià 复複fù 调調tiáo
审審shěn 岁歲suì 饮飲yǐn 腻膩nì 两兩liǎng 温溫wēn 处處chù 笺箋jiān 铁鐵tiě 检檢jiǎn 营營yíng 购購gòu
买買mǎi 卖賣mài 签簽qiān 实實shí 资資zī 讯訊xùn 询詢xún 热熱rè 广廣guǎng 汉漢hàn 阳陽yáng 桥橋qiáo
湾灣wān 台臺tái 庆慶qìng 宁寧níng 苏蘇sū 贵貴guì 兰蘭lán 乌烏wū 鲁魯lǔ 齐齊qí 尔爾ěr 滨濱bīn 郑鄭zhèng
厦廈xià 济濟jì 无無wú 变變biàn 将將jiāng 与與yǔ 从從cóng 却卻què 几幾jǐ 么麼me 没沒méi 样樣yàng 种種zhǒng
听聽tīng 声聲shēng 乐樂lè 欢歡huān 爱愛ài 亲親qīn 妈媽mā 爷爺yé 儿兒ér 孙孫sūn 叶葉yè 树樹shù 园園yuán
鸭鴨yā 鸡雞jī 猫貓māo 虫蟲chóng 剑劍jiàn 灵靈líng 宝寶bǎo 阵陣zhèn 战戰zhàn 杀殺shā 伤傷shāng 恶惡è
梦夢mèng 觉覺jué 脑腦nǎo 体體tǐ 转轉zhuǎn 论論lùn 阁閣gé 楼樓lóu 墙牆qiáng 边邊biān 万萬wàn 亿億yì
银銀yín 钱錢qián 账賬zhàng 众眾zhòng 团團tuán 队隊duì 员員yuán 领領lǐng 导導dǎo 决決jué 议議yì 讲講jiǎng
课課kè 练練liàn 习習xí 题題tí 词詞cí 组組zǔ 龄齡líng 适適shì 阅閱yuè 辑輯jí 画畫huà 节節jié 获獲huò
奖獎jiǎng 并並bìng 当當dāng 应應yīng 该該gāi 贯貫guàn 彻徹chè 响響xiǎng 确確què 严嚴yán 执執zhí 规規guī
范範fàn 围圍wéi 绕繞rào 护護hù 卫衛wèi 层層céng 笔筆bǐ 纸紙zhǐ 吗嗎ma 谁誰shéi 给給gěi 脸臉liǎn 着著zhe
里裡lǐ 总總zǒng 结結jié 织織zhī 纪紀jì 约約yuē 细細xì 绝絕jué 继繼jì 续續xù 维維wéi 罗羅luó 贝貝bèi
负負fù 责責zé 财財cái 货貨huò 赛賽sài 赶趕gǎn 轨軌guǐ 输輸shū 辆輛liàng 软軟ruǎn 卧臥wò 铺鋪pù 厢廂xiāng
饭飯fàn 馆館guǎn 闭閉bì 闸閘zhá 机機jī 专專zhuān 颗顆kē 胶膠jiāo 贴貼tiē 针針zhēn 湿濕shī 肾腎shèn
晕暈yūn 纳納nà 补補bǔ 养養yǎng 阴陰yīn 郁鬱yù 滞滯zhì 稳穩wěn 谢謝xiè 随隨suí 携攜xié 带帶dài 验驗yàn
订訂dìng 构構gòu 义義yì 释釋shì 键鍵jiàn 辖轄xiá 划劃huà 纬緯wěi 浓濃nóng 户戶hù 选選xuǎn 别別bié
总總zǒng 满滿mǎn 欠欠qiàn 话話huà 时時shí 弯彎wān 船船chuán 萝蘿luó 卜蔔bo 泳泳yǒng 丛叢cóng
采採cǎi 于於yú 蜜蜜mì 蜂蜂fēng 雪雪xuě 堆堆duī 荷荷hé 讲講jiǎng 吹吹chuī 轻輕qīng 蛙蛙wā 奶奶nǎi 故故gù
剑劍jiàn 坊坊fāng 拍拍pāi 弟弟dì 兄兄xiōng 宗宗zōng 掌掌zhǎng 双雙shuāng 脚腳jiǎo 梁樑liáng 压壓yā
块塊kuài 尽盡jìn 惊驚jīng 吓嚇xià 顾顧gù 烦煩fán 际際jì 临臨lín 渊淵yuān 绍紹shào 闻聞wén 阵陣zhèn
广廣guǎng 场場chǎng 诉訴sù 剩剩shèng 离離lí 苍蒼cāng 梧梧wú 筑築zhù 础礎chǔ 闪閃shǎn 缓緩huǎn 静靜jìng
续續xù 预預yù 计計jì 约約yuē 乘乘chéng 座座zuò 张張zhāng 刘劉liú 赵趙zhào 杨楊yáng 吴吳wú 孙孫sūn
胡胡hú 郭郭guō 韩韓hán 邓鄧dèng 许許xǔ 冯馮féng 卢盧lú 蒋蔣jiǎng 贾賈jiǎ 钟鐘zhōng 汪汪wāng 谭譚tán
邹鄒zōu 陆陸lù 龚龔gōng 贺賀hè 赖賴lài 顾顧gù 萧蕭xiāo 楚楚chǔ 温溫wēn 燕燕yàn 沉沉chén 舟舟zhōu
内內nèi 册冊cè 浅淺qiǎn 传傳chuán 拨撥bō 连連lián 嘱囑zhǔ 涛濤tāo 称稱chēng 绘繪huì 属屬shǔ 试試shì
简簡jiǎn 悬懸xuán 冲衝chōng 哗嘩huá 渐漸jiàn 棂櫺líng 烛燭zhú 轮輪lún 紧緊jǐn 华華huá 栈棧zhàn 盘盤pán
鸦鴉yā 泽澤zé 频頻pín 妇婦fù 辞辭cí 兴興xīng 屿嶼yǔ 强強qiáng 诗詩shī 丽麗lì 澜瀾lán 鸣鳴míng 轩軒xuān
赣贛gàn 芪耆qí 辉輝huī 须須xū 钓釣diào 晓曉xiǎo 翘翹qiào 寿壽shòu 壳殼ké 荆荊jīng 凯凱kǎi 劳勞láo
麦麥mài 乔喬qiáo 炼煉liàn 桩樁zhuāng 灯燈dēng 残殘cán 厕廁cè 猎獵liè 吕呂lǚ 旧舊jiù"""
S2T = {}
S2T_PY = {}
for _tok in _S2T.split():
    _s, _t, _p = _tok[0], _tok[1], _tok[2:]
    if _s != _t:
        S2T[_s] = _t
        S2T_PY[_s] = _p


PHRASE_T = {"联系": "聯繫", "游泳": "游泳"}


def to_trad(s):
    for a, b in PHRASE_T.items():
        s = s.replace(a, b)
    return "".join(S2T.get(c, c) for c in s)


TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ"

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):  # 1..31
    if n < 10:
        return CN_DIG[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n - 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def is_cjk(c):
    o = ord(c)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF


def rand_digits(rng, n):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def person(rng, ctx=None):
    if ctx is not None and ctx.get("rare"):
        return rng.choice(SURNAMES) + rng.choice(RARE_GIVEN) + rng.choice(["", rng.choice("明华文宇")])
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


# ---------------------------------------------------------------------------
# slot language: ⟪type⟫ or ⟪type:中文标签:en_name⟫
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"⟪([a-z0-9_]+)(?::([^:⟫]*))?(?::([^:⟫]*))?⟫")
NUM_TYPES = {"n1": 1, "n2": 2, "n3": 3, "n4": 4, "n5": 5, "n6": 6, "n8": 8}
PH_TYPES = set(NUM_TYPES) | {"dec", "pct", "date", "fulldate", "year", "time", "name", "nname", "place",
                             "nplace", "station", "org", "phone"}
DEFAULT_LABEL = {"dec": ("金额", "amount"), "pct": ("比例", "ratio"), "date": ("日期", "date"),
                 "fulldate": ("日期", "date"), "year": ("年份", "year"), "time": ("时间", "time"),
                 "name": ("姓名", "name"), "nname": ("人名", "hero_name"), "place": ("地名", "city"),
                 "nplace": ("地名", "place"), "station": ("站名", "station"), "org": ("单位", "org"),
                 "phone": ("联系电话", "phone")}
NAME_TYPES = {"name", "nname"}
PLACE_TYPES = {"place", "nplace", "station", "org"}


RANGED_RE = re.compile(r"^([rpd])(\d)_(\d+)_(\d+)$")
# r2_3_30: 2-digit mask, value 3..30; p2_1_16: zero-padded; d2_60_99: one decimal, e.g. 87.3


def num_digits(typ):
    if typ in NUM_TYPES:
        return NUM_TYPES[typ]
    m = RANGED_RE.match(typ)
    return int(m.group(2)) if m else None


def real_value(typ, rng, ctx):
    m = RANGED_RE.match(typ)
    if m:
        v = rng.randint(int(m.group(3)), int(m.group(4)))
        if m.group(1) == "d":
            return "%d.%d" % (v, rng.randint(0, 9))
        return str(v).zfill(int(m.group(2))) if m.group(1) == "p" else str(v)
    if typ in NUM_TYPES:
        n = NUM_TYPES[typ]
        return str(rng.randint(2, 9)) if n == 1 else rand_digits(rng, n)
    if typ == "dec":
        return "%d.%02d" % (rng.randint(1, 99), rng.randint(0, 99))
    if typ == "pct":
        return "%.1f" % rng.uniform(3, 99)
    if typ == "date":
        # dates inside one document run forward (ranges like 5月3日至6月1日 stay in order)
        prev = ctx.get("dord")
        o = rng.randint(1, 200) if prev is None or prev > 320 else prev + rng.randint(1, 40)
        ctx["dord"] = o
        return "%d月%d日" % ((o - 1) // 30 + 1, min((o - 1) % 30 + 1, 28))
    if typ == "fulldate":
        return "%d年%d月%d日" % (ctx["year"], rng.randint(1, 12), rng.randint(1, 28))
    if typ == "year":
        return str(ctx["year"])
    if typ == "time":
        return "%02d:%02d" % (rng.randint(5, 22), rng.choice(range(0, 60, 1)))
    if typ == "name":
        return person(rng, ctx)
    if typ == "nname":
        return rng.choice(ctx["cast"])
    if typ == "place":
        return ctx.get("city") or rng.choice(CITIES)
    if typ == "nplace":
        return rng.choice(NOVEL_PLACES)
    if typ == "station":
        st = ctx.setdefault("stations", [])
        if not st:
            st.extend(rng.sample(STATIONS, len(STATIONS)))
        return st.pop()
    if typ == "org":
        return rng.choice(TCM_ORGS)
    if typ == "phone":
        return "0%d-%s" % (rng.randint(510, 799), rand_digits(rng, 8))
    if typ == "herb":
        return rng.choice(HERBS)
    if typ == "title":
        return rng.choice(NOVEL_TITLES)
    if typ == "dataset":
        return rng.choice(DATASETS)
    if typ == "dataorg":
        return rng.choice(DATA_ORGS)
    if typ == "period":
        return rng.choice(PERIODS)
    if typ == "seat":
        return rng.choice("ABCDF")
    if typ == "press":
        return rng.choice(PRESSES)
    if typ == "pytitle":
        return rng.choice(PY_TITLES)
    if typ == "dept":
        return rng.choice(DEPTS)
    if typ == "sex":
        return rng.choice("男女")
    raise KeyError(typ)


# placeholder kinds (ph family)
PH_KINDS = OrderedDict([
    ("x_run", "lower-case x runs standing for digits/names (xx户, x月xx日, xx.xx)"),
    ("xx_upper", "upper-case XX masks (XX街道, XX月XX日)"),
    ("times_mark", "multiplication-sign / full-width Ｘ masks (××, ＸＸ)"),
    ("mou_name", "某某 / 张某 where a real name should stand"),
    ("todo_bracket", "【待填】-style editorial brackets"),
    ("fill_paren", "（填写）-style fill-in notes"),
    ("underline_blank", "____ / ＿＿ blanks left in the text"),
    ("mustache_var", "unrendered template variables {{name}} / ${name}"),
    ("dollar_var", "unrendered $VAR$ variables"),
    ("square_field", "[姓名]-style field labels left in place"),
    ("circle_mark", "〇〇 masks"),
    ("mask_convention", "one masking convention applied throughout the document"),
])


def ph_render(kind, typ, rng, zh, en, conv=None):
    """Return placeholder text for a slot, or None if the kind does not fit the slot type."""
    if typ[0] == "d" and RANGED_RE.match(typ):
        typ = "pct"
    nd = num_digits(typ)
    if kind == "mask_convention":
        kind = conv["num"] if (nd or typ in ("dec", "pct", "date", "fulldate", "year", "time", "phone")) else \
            conv["name"] if typ in NAME_TYPES else conv["place"]
        if kind == "mou_surname":
            return rng.choice(SURNAMES) + "某"
    if kind in ("x_run", "xx_upper", "times_mark", "circle_mark"):
        ch = {"x_run": "x", "xx_upper": "X", "times_mark": (conv or {}).get("tchar", "×"), "circle_mark": "〇"}[kind]
        if nd:
            k = nd if kind != "xx_upper" or nd <= 2 else rng.choice([nd, 2])
            return ch * k
        if typ == "dec":
            return rng.choice([ch * 2 + "." + ch * 2, ch + "." + ch * 2, ch * 2 + "." + ch])
        if typ == "pct":
            return rng.choice([ch * 2, ch * 3, ch * 2 + "." + ch])
        if typ == "date":
            return rng.choice([ch + "月" + ch * 2 + "日", ch * 2 + "月" + ch * 2 + "日", ch + "月" + ch + "日"])
        if typ == "fulldate":
            return rng.choice(["20" + ch * 2, ch * 4]) + "年" + rng.choice([ch, ch * 2]) + "月" + ch * 2 + "日"
        if typ == "year":
            return rng.choice(["20" + ch * 2, ch * 4])
        if typ == "time":
            return ch * 2 + ":" + ch * 2
        if typ == "phone":
            return ch * 4 + "-" + ch * 8
        if typ in NAME_TYPES:
            return ch * rng.choice([2, 3])
        if typ in PLACE_TYPES:
            return ch * 2
        return None
    if kind == "mou_name":
        if typ in NAME_TYPES:
            return rng.choice([rng.choice(SURNAMES) + "某", rng.choice(SURNAMES) + "某", "某某"])
        if typ in PLACE_TYPES:
            return "某某"
        return None
    if kind == "mou_surname":
        return None
    if kind == "todo_bracket":
        return rng.choice(["【待填】", "【待补充】", "【待定】", "【此处填写%s】" % zh, "【%s待填】" % zh, "【待核实】"])
    if kind == "fill_paren":
        return rng.choice(["（填写）", "（请填写）", "（填写%s）" % zh, "（请填写%s）" % zh, "(填写)"])
    if kind == "underline_blank":
        return rng.choice(["____", "______", "________", "＿＿＿", "＿＿"])
    if kind == "mustache_var":
        return rng.choice(["{{%s}}" % en, "{{ %s }}" % en, "${%s}" % en, "{{%s}}" % en])
    if kind == "dollar_var":
        return "$%s$" % en.upper()
    if kind == "square_field":
        return rng.choice(["[%s]" % zh, "[%s]" % zh, "［%s］" % zh])
    raise KeyError(kind)


def slot_label(typ, zh, en):
    if zh and en:
        return zh, en
    dz, de = DEFAULT_LABEL.get(typ, ("数量", "count"))
    return zh or dz, en or de


# ---------------------------------------------------------------------------
# document text builder with offset tracking
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []

    def add(self, s):
        self.parts.append(s)
        self.n += len(s)

    def mark(self, s):
        start = self.n
        self.add(s)
        self.spans.append([start, self.n])

    def text(self):
        return "".join(self.parts)


def tokens(tmpl):
    """split template into literal strings and (type, zh, en) slot tuples"""
    out, pos = [], 0
    for m in SLOT_RE.finditer(tmpl):
        if m.start() > pos:
            out.append(tmpl[pos:m.start()])
        out.append((m.group(1), m.group(2), m.group(3)))
        pos = m.end()
    if pos < len(tmpl):
        out.append(tmpl[pos:])
    return out


def render_clean(line, rng, ctx):
    """render a template (or callable) with real values -> plain str"""
    if callable(line):
        return line(rng, ctx)
    return "".join(t if isinstance(t, str) else real_value(t[0], rng, ctx) for t in tokens(line))


# ---------------------------------------------------------------------------
# sources: document skeletons (lists of line templates)
# ---------------------------------------------------------------------------
NOVEL_BODY = [
    "⟪nname⟫站在⟪nplace⟫的城头，望着远处起伏的山影，心里默默算了算，离宗门大比只剩⟪r2_10_49:天数:days_left⟫天。",
    "“⟪nname⟫师兄，掌门让你⟪date⟫之前赶回山门。”小师妹扶着门框，喘得说不出第二句话。",
    "这枚回春丹在⟪nplace⟫的坊市里卖到了⟪n4:价格:price⟫块灵石，足足翻了⟪n1:倍数:times⟫倍。",
    "⟪nname⟫翻开那本发黄的账册，第一页写着：⟪nplace⟫王家，欠银⟪n3:数额:amount⟫两，立据人⟪name⟫。",
    "三天后，⟪nname⟫带着⟪n2:人数:disciples⟫名外门弟子抵达了⟪nplace⟫。",
    "“在下⟪nname⟫，自⟪nplace⟫而来。”少年抱拳，声音不高，却让整座茶楼都静了下来。",
    "拍卖会上，⟪nname⟫最终以⟪dec:成交价:price⟫万灵石拿下了那柄断剑，全场一片哗然。",
    "这一轮比试下来，⟪nname⟫的胜率是⟪r2_52_97:胜率:win_rate⟫%，在外门弟子里排第⟪r2_2_99:名次:rank⟫。",
    "传讯玉简亮了一下，是⟪nname⟫发来的：“速来⟪nplace⟫，⟪date⟫子时，过时不候。”",
    "⟪nname⟫在悬崖边枯坐了⟪n2:天数:days⟫天，体内灵力终于冲破了第⟪n1:层数:level⟫道关隘。",
    "客栈掌柜拨了拨算盘：“上房一晚⟪r1_2_8:房钱:price⟫两银子，马匹另算。”",
    "⟪nname⟫把信纸折好塞进袖中，抬头时，窗外的雨已经下了整整⟪n1:时辰:hours⟫个时辰。",
]
NOVEL_FILL = [
    "夜色渐深，山风卷着松涛灌进窗棂，烛火晃了几下。",
    "他深吸一口气，把体内翻涌的灵力一点点压了回去。",
    "远处传来几声钟响，惊起一片寒鸦。",
    "没人注意到，角落里那个戴斗笠的人悄悄离开了。",
    "雪停了，院子里只剩下一行浅浅的脚印。",
    "她没有回头，只是把剑握得更紧了些。",
]
NOVEL_HEAD = ["第⟪n3:章节号:chapter_no⟫章　⟪title⟫", "第⟪n3:章节号:chapter_no⟫章 ⟪title⟫（上）",
              "正文 第⟪n3:章节号:chapter_no⟫章 ⟪title⟫"]
NOVEL_FOOT = ["（本章完）", "作者有话说：感谢读者“⟪name⟫”投的⟪n2:月票数:tickets⟫张月票，今晚加更⟪n1:章数:extra⟫章！",
              "本章字数：⟪n4:字数:word_count⟫　更新时间：⟪fulldate⟫ ⟪time⟫",
              "求收藏、求推荐票，明天⟪time⟫准时更新。"]


def doc_novel(rng, ctx, nbody):
    lines = [rng.choice(NOVEL_HEAD)]
    pool = NOVEL_BODY + NOVEL_FILL
    lines += rng.sample(pool, min(nbody, len(pool)))
    if rng.random() < 0.6:
        lines.append(rng.choice(NOVEL_FOOT))
    return lines


TCM_HEAD = ["⟪org⟫中医院　处方笺", "⟪org⟫中医医院门诊处方", "⟪org⟫人民医院中医科 处方笺（普通）"]
TCM_BODY = [
    "姓名：⟪name⟫　性别：⟪sex⟫　年龄：⟪r2_16_86:年龄:age⟫岁　门诊号：⟪n8:门诊号:visit_no⟫",
    "科别：⟪dept⟫　开方日期：⟪fulldate⟫",
    lambda rng, ctx: "临床诊断：%s（%s）" % rng.choice(DIAG),
    "Rp：⟪herb⟫ ⟪r2_10_30:剂量:dose⟫g　⟪herb⟫ ⟪r2_10_20:剂量:dose⟫g　⟪herb⟫ ⟪r1_3_9:剂量:dose⟫g",
    "　　⟪herb⟫ ⟪r2_10_15:剂量:dose⟫g　⟪herb⟫ ⟪r1_3_9:剂量:dose⟫g　⟪herb⟫ ⟪r2_10_30:剂量:dose⟫g",
    "共⟪r1_3_9:剂数:doses⟫剂，每日一剂，水煎取汁⟪r3_200_400:毫升:ml⟫ml，分早晚两次温服。",
    "医师：⟪name⟫　审核：⟪name⟫　调配：⟪name⟫　核对：⟪name⟫",
    "药费合计：⟪d3_100_600:药费:fee⟫元　代煎费：⟪r2_10_40:代煎费:decoct_fee⟫元",
    "医嘱：忌食生冷油腻，⟪date⟫复诊，不适随诊。",
    "联系电话：⟪phone⟫　地址：⟪place⟫市⟪n2:门牌号:house_no⟫号",
    "舌淡红，苔薄白，脉细弦；近⟪n1:周数:weeks⟫周夜寐不安，纳差。",
]
TCM_FOOT = ["（本处方当日有效，过期须经医师重新开具）", "取药窗口：⟪n1:窗口号:window⟫号　取药时间：⟪time⟫后",
            "注：孕妇慎用，请遵医嘱服药。"]


def doc_tcm(rng, ctx, nbody):
    lines = [rng.choice(TCM_HEAD)]
    keep = [TCM_BODY[0], TCM_BODY[1], TCM_BODY[2], TCM_BODY[3]]
    rest = [t for t in TCM_BODY if t not in keep]
    lines += keep[:max(1, min(4, nbody))]
    lines += rng.sample(rest, max(0, min(nbody - 4, len(rest))))
    if rng.random() < 0.5:
        lines.append(rng.choice(TCM_FOOT))
    return lines


RAIL_HEAD = ["⟪station⟫站旅客列车时刻表（⟪fulldate⟫起执行）",
             "关于⟪date⟫起调整部分旅客列车开行方案的公告",
             "⟪station⟫站客运公告（第⟪r2_1_52:期号:issue⟫期）",
             "电子客票行程信息提示"]
RAIL_BODY = [
    "G⟪n4:车次:train_no⟫次　⟪station⟫—⟪station⟫　开点⟪time⟫　到点⟪time⟫　检票口⟪r2_1_28:检票口:gate⟫",
    "D⟪n4:车次:train_no⟫次　⟪station⟫—⟪station⟫　开点⟪time⟫　到点⟪time⟫　检票口⟪r2_1_28:检票口:gate⟫",
    "K⟪n3:车次:train_no⟫次　⟪station⟫—⟪station⟫　开点⟪time⟫　到点⟪time⟫　候车室：第⟪n1:候车室:hall⟫候车室",
    "因线路施工，⟪date⟫至⟪date⟫停运以下列车：D⟪n4:车次:train_no⟫次、K⟪n3:车次:train_no⟫次。",
    "已购买上述车次车票的旅客，可在⟪r2_15_30:天数:days⟫日内到任一车站办理退票，不收退票费。",
    "本次列车全程运行⟪r1_1_9:小时:hours⟫小时⟪p2_0_59:分钟:minutes⟫分，沿途停靠⟪r2_3_25:停站数:stops⟫个车站。",
    "票价：二等座⟪d3_100_400:二等座票价:price_2nd⟫元，一等座⟪d3_450_700:一等座票价:price_1st⟫元。",
    "乘车人：⟪name⟫　车次：G⟪n4:车次:train_no⟫　座位：⟪p2_1_16:车厢:coach⟫车⟪p2_1_20:座号:seat_no⟫⟪seat⟫号",
    "列车长⟪name⟫提醒您：请在开车前⟪r1_3_5:分钟:minutes⟫分钟停止检票，请合理安排进站时间。",
    "春运期间本站预计发送旅客⟪r2_12_95:发送量:pax⟫万人次，同比增长⟪d1_2_9:增幅:growth⟫%。",
    "客服电话：12306　车站问询处电话：⟪phone⟫",
]
RAIL_FOOT = ["⟪place⟫客运段　⟪fulldate⟫", "中国铁路⟪place⟫局集团有限公司 ⟪station⟫站", "特此公告。"]


def doc_rail(rng, ctx, nbody):
    lines = [rng.choice(RAIL_HEAD)]
    lines += rng.sample(RAIL_BODY, min(nbody, len(RAIL_BODY)))
    if rng.random() < 0.6:
        lines.append(rng.choice(RAIL_FOOT))
    return lines


OD_HEAD = ["数据集：⟪place⟫市⟪dataset⟫　字段说明", "《⟪place⟫市⟪dataset⟫》数据字典（v⟪r1_1_5:版本:version⟫.0）",
           "⟪place⟫市公共数据开放平台 · ⟪dataset⟫ · 字段说明"]
OD_META = [
    "数据提供单位：⟪place⟫市⟪dataorg⟫　更新频率：每⟪period⟫",
    "记录数：⟪n5:记录数:record_count⟫条　字段数：⟪r2_8_40:字段数:field_count⟫个　发布日期：⟪fulldate⟫",
    "联系人：⟪name⟫　联系电话：⟪phone⟫",
    "数据完整率：⟪d2_80_99:完整率:completeness⟫%　最近一次更新：⟪date⟫",
]
OD_ROWS = [
    "字段名 | 类型 | 说明",
    "station_id | VARCHAR(⟪r2_12_18:长度:len⟫) | 站点编码，由6位区划代码加⟪r1_4_6:位数:digits⟫位流水号组成",
    "station_name | VARCHAR(64) | 站点名称",
    "district | VARCHAR(32) | 所属区县，如⟪place⟫区",
    "open_time | VARCHAR(16) | 开放时间，如⟪p2_6_9:开放时刻:open_hour⟫:00—⟪r2_18_23:关闭时刻:close_hour⟫:00",
    "capacity | INTEGER | 设计容量（个），全市合计⟪n5:合计:total⟫",
    "update_date | DATE | 数据更新日期，本期为⟪fulldate⟫",
    "manager | VARCHAR(20) | 管理责任人，如⟪name⟫",
    "fee | DECIMAL(8,2) | 收费标准（元/小时），最高⟪d1_2_9:收费:fee⟫",
    "rate | DECIMAL(5,2) | 达标率（%），全市平均⟪d2_60_99:达标率:rate⟫",
    "remark | TEXT | 备注，本字段空值率约⟪r2_10_60:空值率:null_rate⟫%",
]


def doc_opendata(rng, ctx, nbody):
    lines = [rng.choice(OD_HEAD)]
    nmeta = rng.randint(1, 2) if nbody > 2 else 1
    lines += rng.sample(OD_META, nmeta)
    rows = rng.sample(OD_ROWS[1:], min(max(1, nbody - nmeta), len(OD_ROWS) - 1))
    lines.append(OD_ROWS[0])
    lines += rows
    return lines


PY_FRONT = [
    "第⟪n1:课次:lesson_no⟫课　⟪pytitle⟫",
    "本课生字⟪n1:生字数:new_chars⟫个，会写字⟪n1:会写字数:write_chars⟫个，建议朗读⟪n1:分钟:minutes⟫分钟。",
    "主编：⟪name⟫　绘图：⟪name⟫",
    "⟪press⟫少年儿童出版社　⟪year⟫年⟪r1_1_9:月:month⟫月第⟪r1_1_5:版次:edition⟫版　定价：⟪r2_12_39:定价:price⟫.80元",
    "老师寄语：⟪name⟫小朋友，你读得真响亮，继续加油！",
    "适读年龄：⟪r1_3_5:最小年龄:age_min⟫—⟪r1_6_9:最大年龄:age_max⟫岁　印数：⟪n5:印数:copies⟫册",
    "阅读打卡：⟪date⟫，连续阅读第⟪r2_10_99:天数:days⟫天。",
]


def py_pair(i):
    def f_py(rng, ctx):
        return PY_LINES[i][1]

    def f_zh(rng, ctx):
        return PY_LINES[i][0]
    return [f_py, f_zh]


def doc_pinyin(rng, ctx, nbody):
    lines = [PY_FRONT[0]]
    npairs = max(1, min(4, nbody // 3))
    for i in rng.sample(range(len(PY_LINES)), npairs):
        lines += py_pair(i)
    extra = max(1, nbody - 2 * npairs)
    lines += rng.sample(PY_FRONT[1:], min(extra, len(PY_FRONT) - 1))
    return lines


SOURCES = OrderedDict([
    ("novel", ("web-novel chapter", doc_novel)),
    ("tcm", ("TCM prescription", doc_tcm)),
    ("rail", ("railway timetable / ticket notice", doc_rail)),
    ("opendata", ("open-data field dictionary", doc_opendata)),
    ("pinyin", ("children's pinyin reader", doc_pinyin)),
])

# ---------------------------------------------------------------------------
# ph negatives: look-alike lines per source
# ---------------------------------------------------------------------------


def _fare(rng, ctx):
    n = rng.randint(3, 30)
    p = rng.randint(2000, 30000) / 100
    return "团体票合计：%d人 × %.2f元 ＝ %.2f元（已含保险）。" % (n, p, n * p)


def _dose_total(rng, ctx):
    a, b, c = rng.choice([6, 9, 10, 12, 15]), rng.choice([2, 3]), rng.choice([5, 7, 14])
    return "本方%s每次%dg，每日%d次，连服%d天，总量%d×%d×%d＝%dg。" % (rng.choice(HERBS), a, b, c, a, b, c, a * b * c)


def _cn_date(rng, ctx):
    return "下次复诊：%s年%s月%s日" % (cn_year(ctx["year"]), cn_num(rng.randint(1, 12)), cn_num(rng.randint(1, 28)))


def _cn_date_rail(rng, ctx):
    return "%s年春运自%s月%s日起，共计%s天。" % (cn_year(ctx["year"]), cn_num(rng.randint(1, 2)),
                                      cn_num(rng.randint(10, 28)), cn_num(40))


def _cn_date_py(rng, ctx):
    return "%s年%s月%s日　星期%s　晴" % (cn_year(ctx["year"]), cn_num(rng.randint(1, 12)), cn_num(rng.randint(1, 28)),
                                 rng.choice("一二三四五六日"))


def _masked_id(rng, ctx):
    pre = rand_digits(rng, 6)
    return "身份证号：%s********%s（依据个人信息保护规定，已作脱敏处理）" % (pre, rand_digits(rng, 3) + rng.choice("0123456789X"))


def _masked_phone(rng, ctx):
    return "联系电话：1%d%d****%s（已隐去中间四位）" % (rng.choice([3, 5, 8]), rng.randint(0, 9), rand_digits(rng, 4))


def _masked_ticket(rng, ctx):
    return "乘车人：%s　证件号码：%s**********%s（按规定隐藏部分号码）" % (
        person(rng), rand_digits(rng, 4), rand_digits(rng, 3) + rng.choice(["X", "X", "5", "8"]))


def _kid_math(rng, ctx):
    a, b = rng.randint(2, 5), rng.randint(2, 5)
    return "数一数：每排%d个苹果，一共%d排，%d×%d＝%d，一共有%d个苹果。" % (a, b, a, b, a * b, a * b)


def _kid_var(rng, ctx):
    a, b = rng.randint(2, 9), rng.randint(10, 20)
    return "想一想：设x为小明原有的糖果数，x＋%d＝%d，所以x＝%d。" % (a, b, b - a)


def _opendata_formula(rng, ctx):
    return "density | DECIMAL(8,2) | 人口密度＝常住人口÷面积（人/km²），示例：3×10³ 量级"


PH_NEG = {
    "novel": OrderedDict([
        ("xray", ("X光/X射线 in narrative", [
            "急诊室里，医生把⟪nname⟫的X光片插上灯箱，眉头越皱越紧：“左臂骨裂，至少养⟪n1⟫周。”",
            "检查报告出来了，X光片上那片阴影比上回又大了一圈。",
            "⟪nname⟫从背包里摸出一台便携式X射线探测仪，对准了墓室的石门。",
            "机场安检的X光机突然发出刺耳的警报，整个大厅一下子安静了。"])),
        ("mou_word", ("某些/某种/某个 as ordinary words", [
            "⟪nname⟫隐约觉得，某种古老的力量正在地底苏醒。",
            "某些事情，一旦开了头就再也停不下来。",
            "他忽然想起了某个雨夜，那个撑着油纸伞的背影。",
            "“总有某一天，你会明白师父的苦心。”",
            "这门功法对某些体质的人来说，简直是穿肠毒药。"])),
        ("chess", ("chess notation with x for captures", [
            "⟪nname⟫落下一子：1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6，对面的老者终于抬起了头。",
            "解说员在大屏幕上写下 Qxf7#，全场哗然——这是一步绝杀。",
            "棋盘上，⟪nname⟫执红先行，炮二平五，对方马8进7，一场硬仗就此开始。",
            "复盘时他指着第⟪n2⟫手：“这里Rxe8+之后，黑方已经无路可走。”"])),
        ("roman", ("Roman numerals in volume/level names", [
            "《⟪title⟫》第Ⅲ卷　风起临渊",
            "魔法等级分为Ⅰ至Ⅸ级，⟪nname⟫刚刚摸到Ⅳ级的门槛。",
            "城楼上的古钟指向Ⅻ，钟声一下一下敲进了每个人的心里。",
            "卷Ⅱ的结尾，⟪nname⟫终于离开了⟪nplace⟫。"])),
        ("size", ("clothing sizes XL/XXL", [
            "⟪nname⟫把那件XL码的冲锋衣套在身上，袖子长出了一大截。",
            "店员说男款只剩XXL了，她咬咬牙还是付了钱。",
            "快递单上写着：运动T恤×2，尺码XL，备注“加急”。"])),
        ("model", ("model numbers and x86", [
            "基地里停着三台XR-200型机甲，涂装还是上个世纪的。",
            "那台老旧的x86服务器还在机房角落里嗡嗡作响。",
            "⟪nname⟫戴上X-7型夜视仪，翻过了围墙。"])),
    ]),
    "tcm": OrderedDict([
        ("dose_formula", ("dose arithmetic with ×", [_dose_total,
                                                    "颗粒剂：⟪herb⟫配方颗粒 1袋×3次/日，开水冲服。",
                                                    "煎药机规格：200ml×2袋/剂。"])),
        ("xray", ("X线 / X光 findings", [
            "辅助检查：胸部X线片示双肺纹理增粗，未见明显实变影。",
            "腰椎X线示L4/L5椎间隙变窄，生理曲度变直。",
            "（外院X光报告一份，附后）"])),
        ("mou_word", ("某些/某种 as ordinary words", [
            "注意：某些患者服用含⟪herb⟫的方剂后可能出现轻度腹胀。",
            "孕妇及某种特殊过敏体质者慎用，用药前请告知医师。",
            "某些中成药含有相同成分，请勿自行叠加服用。"])),
        ("masked_id", ("masking the document says was done on purpose", [_masked_id, _masked_phone])),
        ("roman", ("Roman numerals in grading", [
            "西医诊断：高血压病Ⅱ级（中危组）",
            "既往史：Ⅰ度烫伤，外用紫草油后痊愈。",
            "心功能Ⅲ级（NYHA分级），需中西医结合治疗。"])),
        ("ling_date", ("〇 as a legitimate numeral in dates", [_cn_date])),
    ]),
    "rail": OrderedDict([
        ("model", ("rolling-stock model numbers", [
            "本次列车由CR400AF-Z型复兴号动车组担当。",
            "⟪station⟫动车所新配属CRH380BL型动车组⟪n1⟫组。",
            "牵引机车型号：HXD3C　车底：25T型客车",
            "车载无线接入设备型号：XR-200（已通过入网检测）"])),
        ("masked_ticket", ("ID/phone masked on purpose (ID may end in check digit X)", [_masked_ticket, _masked_phone])),
        ("fare_formula", ("fares and seat layouts with ×", [
            _fare, "本车厢座位按2×3布局（A、B、C｜D、F），靠窗为A、F座。",
            "动车组票价＝基础票价×递远递减系数×浮动比例。"])),
        ("roman", ("Roman numerals for platforms / halls", [
            "请到Ⅱ站台候车，列车停靠时间⟪n1⟫分钟。",
            "第Ⅲ候车室暂停使用，旅客请前往第Ⅳ候车室。",
            "本站共设Ⅰ—Ⅵ号站台。"])),
        ("mou_word", ("某些/某种 as ordinary words", [
            "某些车次因线路施工可能晚点，请留意车站广播。",
            "如遇某种突发情况需要帮助，请联系车站工作人员。"])),
        ("ling_date", ("〇 as a legitimate numeral in dates", [_cn_date_rail])),
    ]),
    "opendata": OrderedDict([
        ("x_coord", ("x/y coordinate fields", [
            "x_coord | DOUBLE | X坐标（CGCS2000，单位：米）",
            "y_coord | DOUBLE | Y坐标（CGCS2000，单位：米）",
            "lon | DECIMAL(10,6) | 经度，WGS84，保留6位小数"])),
        ("id_check_x", ("ID-card check digit X", [
            "id_card | CHAR(18) | 身份证号码，18位，末位校验码可能为X",
            "校验规则：第18位为校验码，取值0—9或X。"])),
        ("masked", ("phone/ID masked on purpose", [
            "phone | VARCHAR(11) | 联系电话，发布时已脱敏（中间四位以*代替，如138****5678）",
            "owner_id | CHAR(18) | 身份证号，已脱敏，仅保留前6位与后4位"])),
        ("one_plus_x", ("1+X certificates, 7+X", [
            "cert_type | VARCHAR(20) | 证书类型：学历证书、1+X职业技能等级证书",
            "service_mode | VARCHAR(10) | 服务模式，取值“5+2”“7+X”",
            "备注：1+X证书试点院校名单随年度更新。"])),
        ("x86", ("x86 architecture names", [
            "server_arch | VARCHAR(10) | 服务器架构，取值：x86_64、aarch64",
            "部署说明：平台节点均为x86架构服务器。"])),
        ("size", ("sizes XL/XXL and formulas", [
            "uniform_size | VARCHAR(4) | 校服尺码，取值：S、M、L、XL、XXL、XXXL",
            _opendata_formula])),
    ]),
    "pinyin": OrderedDict([
        ("exercise_blank", ("exercise blanks meant for the pupil", [
            "三、填一填：小猫在河边____鱼。（钓　跳）",
            "四、看拼音，写词语：chūn tiān（　　）　xiǎo niǎo（　　）",
            "五、照样子，写一写：红红的太阳　________的月亮"])),
        ("math", ("kids' arithmetic with × and variables", [_kid_math, _kid_var])),
        ("letter_x", ("the pinyin letter x", [
            "认识声母：x 像个大叉叉，x—ī→xī，西瓜的西。",
            "读一读：xī　xià　xiǎo　xué，这些字的声母都是 x。"])),
        ("roman", ("Roman numerals on a clock", [
            "认识钟表：钟面上的Ⅻ表示12点，Ⅲ表示3点。",
            "小明的手表上写着Ⅰ到Ⅻ，他认得每一个。"])),
        ("mou_word", ("某一天 / 某个 as ordinary words", [
            "某一天，小熊在森林里迷了路。",
            "某个早晨，小鸟发现树上多了一个新窝。"])),
        ("ling_date", ("〇 in a diary date; reading 〇", [_cn_date_py, "认一认：“〇”读作 líng，和“零”一样。"])),
    ]),
}

# ---------------------------------------------------------------------------
# mj negatives: foreign text, pinyin, rare chars ... that are NOT damage
# ---------------------------------------------------------------------------
MJ_NEG = {
    "novel": OrderedDict([
        ("russian", ("quoted Russian", [
            "老人用俄语低声念着：“Всё будет хорошо.”（一切都会好起来的。）",
            "车票背面印着一行俄文：Москва — Пекин，⟪nname⟫看了很久。"])),
        ("japanese", ("quoted Japanese", [
            "她轻声说了一句“ありがとう、また会いましょう”，转身消失在人群里。",
            "店门口的暖帘上写着「いらっしゃいませ」，⟪nname⟫掀帘走了进去。"])),
        ("korean", ("quoted Korean", [
            "首尔街头的招牌写着“안녕하세요”，⟪nname⟫一个字也看不懂。",
            "短信只有一句韩文：“보고 싶어요.”（我想你。）"])),
        ("emoji", ("emoji in a chat scene", [
            "群聊里，小师妹发来一串表情：😂😂👍，后面跟着一句“师兄威武”。",
            "⟪nname⟫盯着屏幕上那个🙂看了半天，不知道对方是什么意思。"])),
        ("question", ("legitimate question marks", [
            "“你到底是谁？”⟪nname⟫握紧了剑柄。",
            "弹幕刷成一片：“???这也能赢?”",
            "他只回了两个字：“然后?”"])),
        ("european", ("quoted French/German", [
            "墙上挂着一幅油画，角落里题着“L'été à Giverny”。",
            "“Guten Morgen!”那位德国教授笑着朝⟪nname⟫挥手。"])),
    ]),
    "tcm": OrderedDict([
        ("rare_chars", ("rare but correct herb characters", [
            "Rp：土鳖虫（䗪虫）6g　蛤蚧1对　蝼蛄3g　蕤仁10g",
            "菝葜15g　瞿麦12g　蒺藜10g　薤白9g　㕮咀后入煎。"])),
        ("traditional", ("a Hong Kong prescription in traditional characters", [
            "處方：黃芪 15克　當歸 10克　白朮 12克　炙甘草 6克",
            "用法：每日一劑，水煎分兩次溫服。（香港註冊中醫師開具）"])),
        ("latin", ("Latin pharmacognosy names", [
            "黄芪 Astragali Radix　当归 Angelicae Sinensis Radix",
            "茯苓 Poria　甘草 Glycyrrhizae Radix et Rhizoma"])),
        ("japanese_kampo", ("Japanese kampo names", [
            "参考：日本汉方制剂“葛根湯（かっこんとう）”与本方组成相近。",
            "日文说明书注明「食前に服用してください」，即饭前服用。"])),
        ("math", ("maths symbols in dosage notes", [
            "体温≥38.5 ℃时加服退热药；儿童剂量≈成人剂量×体重/60。",
            "称量误差应控制在±5%以内，单味药≤30 g。"])),
        ("korean", ("Korean medicine term", [
            "韩医学（한의학）中同名方剂“보중익기탕”剂量略有不同。"])),
    ]),
    "rail": OrderedDict([
        ("russian", ("Russian station names", [
            "K3次　北京—莫斯科（Москва Ярославская），每周三开行。",
            "途经站：乌兰巴托（Улаанбаатар）、伊尔库茨克（Иркутск）。"])),
        ("vietnamese", ("Vietnamese station names", [
            "中越国际联运：南宁—河内嘉林（Ga Gia Lâm, Hà Nội），同登（Đồng Đăng）办理出入境。",
            "越南段时刻以当地时间为准（Giờ Hà Nội）。"])),
        ("european", ("French/German station names", [
            "欧洲铁路通票可在 Zürich HB、Paris Gare de Lyon、München Hbf 使用。",
            "换乘提示：Köln Hbf 下车后步行至 Dom/Hbf 站。"])),
        ("math", ("height thresholds with ≤ ＜", [
            "身高≤1.2米的儿童免票；1.2米＜身高≤1.5米购买儿童优惠票。",
            "行李限额：单件≤20 kg，长宽高之和≤130 cm。"])),
        ("question", ("FAQ with real question marks", [
            "问：改签后还能退票吗? 答：可以，按改签后车票办理。",
            "问：电子客票丢了身份证怎么办？答：可在车站办理临时身份证明。"])),
        ("korean", ("Korean station names", [
            "首尔站（서울역）至釜山站（부산역）KTX约2小时40分钟。"])),
    ]),
    "opendata": OrderedDict([
        ("code", ("SQL / Python snippets", [
            "示例查询：SELECT station_name FROM bus_stop WHERE district = '⟪place⟫区' LIMIT 10;",
            "读取示例：df = pd.read_csv('data.csv', encoding='utf-8')",
            "接口示例：GET /api/v1/records?page=1&size=20"])),
        ("greek_math", ("Greek letters and maths symbols", [
            "sigma | DOUBLE | 标准差σ，样本量n≥30时计算",
            "index | DOUBLE | 综合指数，Σwᵢxᵢ，权重∑wᵢ＝1"])),
        ("units", ("unit symbols", [
            "pm25 | DECIMAL(6,1) | PM2.5浓度，单位μg/m³",
            "temp | DECIMAL(4,1) | 气温，单位℃；降水量单位mm；坡度单位‰"])),
        ("emoji", ("emoji kept in raw comments", [
            "comment | TEXT | 用户评论原文，保留emoji（如👍、😊）",
            "rating_icon | VARCHAR(8) | 评价图标：⭐⭐⭐⭐"])),
        ("multilang", ("foreign-language name columns", [
            "name_fr | VARCHAR(64) | 法文名称，如 « Musée de la Ville »",
            "name_de | VARCHAR(64) | 德文名称，如 Straße、Bahnhöfe"])),
        ("regex", ("regular expressions with ? and escapes", [
            "校验正则：^(\\+86)?1[3-9]\\d{9}$",
            "邮编校验：^\\d{6}$；网址校验：^https?://"])),
    ]),
    "pinyin": OrderedDict([
        ("tone_marks", ("tone-mark lesson", [
            "读一读：ā á ǎ à　mā má mǎ mà",
            "四声歌：一声平，二声扬，三声拐弯，四声降。ō ó ǒ ò"])),
        ("umlaut", ("ü rules", [
            "小ü见了j q x，去掉两点还念ü：jū qū xū。",
            "nǚ lǜ lüè：ü和n、l相拼时两点不能省。"])),
        ("annotation", ("legitimate pinyin annotation of new words", [
            "生字：蝌蚪(kē dǒu)　荷叶(hé yè)　池塘(chí táng)",
            "难读的字：蜻蜓(qīng tíng)停在荷尖上。"])),
        ("traditional", ("a lesson on traditional characters", [
            "认识繁体字：书—書　马—馬　鸟—鳥　鱼—魚",
            "爷爷写的春联是繁体字：“福滿人間”。"])),
        ("emoji", ("sticker emoji", [
            "读得好就贴一颗⭐！今天小明得了三颗🌟🌟🌟。",
            "我最喜欢的动物：🐼 🐰 🐸"])),
        ("question", ("questions with ? marks", [
            "想一想：月亮为什么会变弯呢?",
            "小朋友，你知道小蝌蚪的妈妈是谁吗？"])),
    ]),
}

# ---------------------------------------------------------------------------
# mojibake kinds
# ---------------------------------------------------------------------------
MJ_KINDS = OrderedDict([
    ("utf8_as_gbk", ("UTF-8 bytes read as GBK", "utf-8>gbk/replace")),
    ("kunjinkao", ("GBK read as UTF-8 with replacement, saved and re-read as GBK (锟斤拷)",
                   "gbk>utf-8/replace|utf-8>gbk/replace")),
    ("utf8_as_cp1252", ("UTF-8 read as Windows-1252 (undefined bytes dropped)", "utf-8>cp1252/ignore")),
    ("utf8_as_latin1_c1", ("UTF-8 read as ISO-8859-1, C1 controls kept", "utf-8>latin-1")),
    ("lost_question", ("characters lost to ? in a narrow charset", None)),
    ("fffd_run", ("GBK read as UTF-8 with replacement (U+FFFD runs)", "gbk>utf-8/replace")),
    ("html_entity", ("HTML entity remnants", None)),
    ("html_tag", ("HTML tag remnants", None)),
    ("pinyin_annot", ("scraper pinyin-annotation artefact 發(fā)展", None)),
    ("big5_as_gbk", ("Big5 text read as GBK", "big5>gbk/replace")),
    ("gbk_as_utf8_ignore", ("GBK read as UTF-8 with errors='ignore' (stray fragments left)", "gbk>utf-8/ignore")),
])


def apply_recipe(src, recipe):
    s = src
    for step in recipe.split("|"):
        enc, dec = step.split(">")
        e_name, _, e_err = enc.partition("/")
        d_name, _, d_err = dec.partition("/")
        s = s.encode(e_name, e_err or "strict").decode(d_name, d_err or "strict")
    return s


CLAUSE_RE = re.compile(r"[^，。；：、！？,;:!?（）()「」“”\s|—]+")


def pick_stretch(rng, line, mode_weights=(0.3, 0.5, 0.2)):
    """choose (start, end) of a stretch to damage: whole line / a clause / clause-to-end"""
    clauses = [m.span() for m in CLAUSE_RE.finditer(line) if sum(is_cjk(c) for c in m.group()) >= 2]
    r = rng.random()
    if not clauses or r < mode_weights[0]:
        s, e = 0, len(line)
        while s < e and line[s] in " 　":
            s += 1
        return s, e
    c = rng.choice(clauses)
    if r < mode_weights[0] + mode_weights[1]:
        return c
    return c[0], len(line)


HTML_TAGS = ["<br/>", "<br>", "</p>", "<p>", "</strong>", "<strong>", "</span>", '<span style="font-size:14px">',
             "</td><td>", "<br />", "</div>"]
NAMED_ENT = ["&nbsp;", "&nbsp;", "&nbsp;&nbsp;", "&emsp;", "&ensp;"]

# ---------------------------------------------------------------------------
# record makers
# ---------------------------------------------------------------------------


def new_ctx(rng, rare=False):
    return {"year": rng.choice([2019, 2020, 2021, 2022, 2023, 2024]),
            "cast": rng.sample(NOVEL_NAMES, 3), "city": rng.choice(CITIES), "rare": rare}


def n_body(rng):
    return rng.choice([1, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10])


def trim12(lines):
    return lines[:12]


def maybe_single(rng, lines):
    """now and then a one-line record: a single complete line of the document, without its header"""
    ok = [l for l in lines[1:] if isinstance(l, str) and not l.startswith("　") and "|" not in l]
    if ok and rng.random() < 0.07:
        return [rng.choice(ok)]
    return lines


def make_ph_positive(rng, source, kind):
    desc, builder = SOURCES[source]
    for _attempt in range(50):
        ctx = new_ctx(rng)
        lines = maybe_single(rng, trim12(builder(rng, ctx, n_body(rng))))
        if rng.random() < 0.3:  # look-alike distractor
            negk = rng.choice(list(PH_NEG[source]))
            lines = lines[:11]
            lines.insert(rng.randint(min(1, len(lines)), len(lines)), rng.choice(PH_NEG[source][negk][1]))
        # collect compatible slots
        conv = {"tchar": rng.choice(["×", "×", "Ｘ"])}
        if kind == "mask_convention":
            conv = {"tchar": conv["tchar"], "num": rng.choice(["x_run", "xx_upper", "x_run"]),
                    "name": rng.choice(["mou_surname", "xx_upper", "x_run"]),
                    "place": rng.choice(["xx_upper", "x_run", "times_mark"])}
            conv["place"] = conv["num"] if rng.random() < 0.6 else conv["place"]
        toks = [tokens(l) if isinstance(l, str) else None for l in lines]
        compat = []
        for li, tk in enumerate(toks):
            if tk is None:
                continue
            for ti, t in enumerate(tk):
                if isinstance(t, tuple) and (t[0] in PH_TYPES or num_digits(t[0])):
                    zh, en = slot_label(t[0], t[1], t[2])
                    if ph_render(kind, t[0], random.Random(0), zh, en, conv) is not None:
                        compat.append((li, ti))
        if not compat:
            continue
        if kind == "mask_convention":
            if len(compat) < 3:
                continue
            chosen = set(compat)
        else:
            k = min(len(compat), rng.choice([1, 1, 2, 2, 3, 4]))
            chosen = set(rng.sample(compat, k))
        doc = Doc()
        for li, l in enumerate(lines):
            if li:
                doc.add("\n")
            if toks[li] is None:
                doc.add(render_clean(l, rng, ctx))
                continue
            for ti, t in enumerate(toks[li]):
                if isinstance(t, str):
                    doc.add(t)
                elif (li, ti) in chosen:
                    zh, en = slot_label(t[0], t[1], t[2])
                    doc.mark(ph_render(kind, t[0], rng, zh, en, conv))
                else:
                    doc.add(real_value(t[0], rng, ctx))
        note = "%s in a %s; %d placeholder span(s)" % (PH_KINDS[kind], desc, len(doc.spans))
        return doc.text(), doc.spans, note
    raise RuntimeError("could not build %s %s" % (source, kind))


def make_ph_negative(rng, source, negk):
    desc, builder = SOURCES[source]
    ndesc, pool = PH_NEG[source][negk]
    ctx = new_ctx(rng)
    lines = trim12(builder(rng, ctx, n_body(rng)))
    if rng.random() < 0.05:
        lines = []   # the look-alike lines alone make the record
    k = rng.choice([1, 1, 2, 2, 3])
    picks = rng.sample(pool, min(k, len(pool)))
    lines = lines[:12 - len(picks)]          # the look-alike lines must survive the 12-line cap
    for p in picks:
        lines.insert(rng.randint(min(1, len(lines)), len(lines)), p)
    text = "\n".join(render_clean(l, rng, ctx) for l in lines)
    note = "look-alike, not a placeholder: %s in a %s" % (ndesc, desc)
    return text, [], note


def make_mj_negative(rng, source, negk):
    desc, builder = SOURCES[source]
    ndesc, pool = MJ_NEG[source][negk]
    ctx = new_ctx(rng)
    lines = trim12(builder(rng, ctx, n_body(rng)))
    if rng.random() < 0.05:
        lines = []   # the look-alike lines alone make the record
    k = rng.choice([1, 1, 2])
    picks = rng.sample(pool, min(k, len(pool)))
    lines = lines[:12 - len(picks)]          # the look-alike lines must survive the 12-line cap
    for p in picks:
        lines.insert(rng.randint(min(1, len(lines)), len(lines)), p)
    text = "\n".join(render_clean(l, rng, ctx) for l in lines)
    note = "look-alike, not damage: %s in a %s" % (ndesc, desc)
    return text, [], note


def _annot_line(line):
    """pinyin-annotation artefact: convert to traditional, add (pinyin) after each converted char.
    returns list of (text, is_span)"""
    out = []
    cur, in_span = "", False
    for c in line:
        if c in S2T:
            piece = S2T[c] + "(" + S2T_PY[c] + ")"
            if not in_span:
                if cur:
                    out.append((cur, False))
                cur, in_span = "", True
            cur += piece
        else:
            if in_span:
                out.append((cur, True))
                cur, in_span = "", False
            cur += c
    if cur:
        out.append((cur, in_span))
    return out


def make_mj_positive(rng, source, kind):
    desc, builder = SOURCES[source]
    kdesc, recipe = MJ_KINDS[kind]
    for _attempt in range(80):
        ctx = new_ctx(rng, rare=(kind == "lost_question" and rng.random() < 0.5))
        tmpl = maybe_single(rng, trim12(builder(rng, ctx, n_body(rng))))
        lines = [render_clean(l, rng, ctx) for l in tmpl]
        protected = set()
        if rng.random() < 0.25:  # look-alike distractor
            negk = rng.choice(list(MJ_NEG[source]))
            lines = lines[:11]
            pos = rng.randint(min(1, len(lines)), len(lines))
            lines.insert(pos, render_clean(rng.choice(MJ_NEG[source][negk][1]), rng, ctx))
            protected = {pos}
        if kind == "big5_as_gbk":
            lines = [to_trad(l) for l in lines]
        cand = [i for i in range(len(lines)) if i not in protected and sum(is_cjk(c) for c in lines[i]) >= 2]
        if not cand:
            continue
        nd = min(len(cand), rng.choice([1, 1, 1, 2, 2, 3]))
        ops = {}   # line -> list of (s, e, replacement, tag, src)
        ok = True
        if kind == "pinyin_annot":
            chosen = rng.sample(cand, nd)
            for i in chosen:
                if not any(c in S2T for c in lines[i]):
                    ok = False
            if not ok:
                continue
            doc = Doc()
            tags = []
            for i, l in enumerate(lines):
                if i:
                    doc.add("\n")
                if i in chosen:
                    for piece, sp in _annot_line(l):
                        if sp:
                            doc.mark(piece)
                            tags.append("pinyin")
                        else:
                            doc.add(piece)
                else:
                    doc.add(l)
            note = "%s in a %s; %d converted line(s) %s" % (kdesc, desc, len(chosen),
                                                            " ".join("#%d:pinyin" % j for j in range(len(tags))))
            return doc.text(), doc.spans, note
        for i in rng.sample(cand, nd):
            line = lines[i]
            lops = []
            if kind == "html_entity":
                # entities replace a CJK char, a curly quote or a space, or sit at a clause boundary
                sites = []
                for k, c in enumerate(line):
                    if is_cjk(c):
                        sites.append((k, k + 1, rng.choice(["&#%d;" % ord(c), "&#%d;" % ord(c), "&#x%x;" % ord(c)]), c))
                    elif c in "“”":
                        sites.append((k, k + 1, "&ldquo;" if c == "“" else "&rdquo;", c))
                    elif c == " ":
                        sites.append((k, k + 1, "&nbsp;", c))
                    elif c == "　":
                        sites.append((k, k + 1, rng.choice(["&emsp;", "&nbsp;&nbsp;", "&#12288;"]), c))
                    elif c in "，。；：、" and k + 1 < len(line):
                        sites.append((k + 1, k + 1, rng.choice(NAMED_ENT), ""))
                m = rng.randint(1, 3)
                for (a, b, rp, c) in rng.sample(sites, min(m, len(sites))):
                    lops.append((a, b, rp, "html", c))
            elif kind == "html_tag":
                m = rng.randint(1, 2)
                cut = [k + 1 for k, c in enumerate(line) if c in "，。；：、"] + [len(line)]
                for p in sorted(set(rng.sample(cut, min(m, len(cut))))):
                    lops.append((p, p, rng.choice(HTML_TAGS), "html", ""))
            elif kind == "lost_question":
                rare_pos = [k for k, c in enumerate(line) if c in RARE_GIVEN]
                if rare_pos:
                    for k in rare_pos:
                        lops.append((k, k + 1, None, "gb2312/replace>gb2312", line[k]))
                else:
                    s, e = pick_stretch(rng, line, (0.0, 0.6, 0.4))
                    seg = line[s:e]
                    # lose a run of CJK characters inside the stretch
                    cj = [k for k in range(s, e) if is_cjk(line[k])]
                    a = rng.choice(cj)
                    b = a
                    while b + 1 < e and is_cjk(line[b + 1]) and b - a < rng.randint(0, 4):
                        b += 1
                    enc = rng.choice(["ascii/replace>ascii", "latin-1/replace>latin-1"])
                    lops.append((a, b + 1, None, enc, line[a:b + 1]))
                    del seg
            else:
                s, e = pick_stretch(rng, line)
                lops.append((s, e, None, recipe, line[s:e]))
            # materialise codec replacements and check them
            fixed = []
            for (s, e, rep, tag, src) in lops:
                if rep is None:
                    try:
                        rep = apply_recipe(src, tag)
                    except (UnicodeEncodeError, UnicodeDecodeError):
                        ok = False
                        break
                    if not rep or rep == src or "\n" in rep or "\r" in rep:
                        ok = False
                        break
                fixed.append((s, e, rep, tag, src))
            if not ok:
                break
            # drop overlapping ops
            fixed.sort()
            clean = []
            last = -1
            for op in fixed:
                if op[0] > last:   # no overlapping and no touching spans
                    clean.append(op)
                    last = op[1]
            ops[i] = clean
        if not ok or not ops:
            continue
        doc = Doc()
        tags = []
        for i, l in enumerate(lines):
            if i:
                doc.add("\n")
            pos = 0
            for (s, e, rep, tag, src) in ops.get(i, []):
                doc.add(l[pos:s])
                doc.mark(rep)
                tags.append((tag, src))
                pos = e
            doc.add(l[pos:])
        parts = []
        for j, (tag, src) in enumerate(tags):
            parts.append("#%d:%s:%s" % (j, tag, json.dumps(src, ensure_ascii=False)))
        note = "%s in a %s; %s" % (kdesc, desc, " ".join(parts))
        return doc.text(), doc.spans, note
    raise RuntimeError("could not build %s %s" % (source, kind))


# ---------------------------------------------------------------------------
# style table
# ---------------------------------------------------------------------------
def style_table():
    """list of (style, family, label, maker, args)"""
    out = []
    for src in SOURCES:
        for k in PH_KINDS:
            out.append(("%s_%s" % (src, k), "ph", "placeholder", make_ph_positive, (src, k)))
        for k in PH_NEG[src]:
            out.append(("%s_neg_%s" % (src, k), "ph", "negative", make_ph_negative, (src, k)))
    for src in SOURCES:
        for k in MJ_KINDS:
            out.append(("%s_%s" % (src, k), "mj", "mojibake", make_mj_positive, (src, k)))
        for k in MJ_NEG[src]:
            out.append(("%s_neg_%s" % (src, k), "mj", "negative", make_mj_negative, (src, k)))
    names = [s[0] for s in out]
    assert len(names) == len(set(names)), "duplicate style names"
    return out


def generate(seed):
    recs = []
    for style, fam, label, maker, args in style_table():
        srng = random.Random("text49:%d:%s" % (seed, style))
        n = srng.randint(15, 20)
        seen = set()
        made = 0
        tries = 0
        while made < n and tries < n * 20:
            tries += 1
            text, spans, note = maker(srng, *args)
            if text in seen:
                continue
            seen.add(text)
            recs.append({"family": fam, "style": style, "label": label, "text": text, "spans": spans,
                         "note": note})
            made += 1
    random.Random("text49-order:%d" % seed).shuffle(recs)
    out = []
    for i, r in enumerate(recs):
        out.append(OrderedDict([("id", "t49-s%d-%05d" % (seed, i)), ("family", r["family"]),
                                ("style", r["style"]), ("label", r["label"]), ("text", r["text"]),
                                ("spans", r["spans"]), ("note", r["note"])]))
    return out


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------
PH_SPAN_RE = re.compile(
    r"^(?:[xX×Ｘ〇0-9.:\-年月日]*[xX×Ｘ〇][xX×Ｘ〇0-9.:\-年月日]*"   # x / X / × / Ｘ / 〇 masks
    r"|某某|[\u4e00-\u9fff]某"                                     # 某某, 张某
    r"|【[^】]*】|[（(][^）)]*填[^）)]*[）)]"                         # 【待填】 （填写）
    r"|[_＿]{2,}"                                                   # blanks
    r"|\{\{ ?[A-Za-z_0-9]+ ?\}\}|\$\{[A-Za-z_0-9]+\}|\$[A-Z_0-9]+\$"  # template vars
    r"|\[[^\]]+\]|［[^］]+］)$")
HTML_SPAN_RE = re.compile(r"^(?:&#\d+;|&#x[0-9a-fA-F]+;|&[a-z]+;)+$|^<[^<>]+>(?:<[^<>]+>)*$")
PINYIN_SPAN_RE = re.compile(r"^(?:[^\x00-\x7f]\([a-z%s]+\))+$" % TONE_LETTERS)
NOTE_TAG_RE = re.compile(r'#(\d+):([a-z0-9_\-/>|]+)(?::("(?:[^"\\]|\\.)*"))?')
FAM_LABELS = {"ph": {"placeholder", "negative"}, "mj": {"mojibake", "negative"}}
KEYS = ["id", "family", "style", "label", "text", "spans", "note"]


def verify_record(r):
    errs = []
    if list(r.keys()) != KEYS:
        errs.append("keys %s" % list(r.keys()))
        return errs
    if r["family"] not in FAM_LABELS or r["label"] not in FAM_LABELS[r["family"]]:
        errs.append("family/label %s/%s" % (r["family"], r["label"]))
    if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", r["style"]):
        errs.append("style not snake_case")
    t = r["text"]
    if not isinstance(t, str) or not t.strip():
        errs.append("empty text")
        return errs
    nl = t.count("\n") + 1
    if nl > 12:
        errs.append("%d lines" % nl)
    if "\n" in r["note"] or not r["note"]:
        errs.append("note not one line")
    spans = r["spans"]
    if r["label"] == "negative":
        if spans:
            errs.append("negative with spans")
        return errs
    if not spans:
        errs.append("positive without spans")
        return errs
    last = 0
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
            errs.append("bad span %r" % (sp,))
            continue
        s, e = sp
        if not (0 <= s < e <= len(t)):
            errs.append("span out of range/empty %r" % (sp,))
            continue
        if s < last:
            errs.append("spans overlap or unsorted %r" % (sp,))
        last = e
        if "\n" in t[s:e]:
            errs.append("span crosses line %r" % (sp,))
    if errs:
        return errs
    if r["family"] == "ph":
        for s, e in spans:
            if not PH_SPAN_RE.match(t[s:e]):
                errs.append("span %r=%r does not look like a placeholder" % ([s, e], t[s:e]))
        return errs
    # mojibake: each span needs a tag in the note; codec tags are recomputed
    tags = {int(m.group(1)): (m.group(2), m.group(3)) for m in NOTE_TAG_RE.finditer(r["note"])}
    if len(tags) != len(spans):
        errs.append("note has %d tags for %d spans" % (len(tags), len(spans)))
        return errs
    for j, (s, e) in enumerate(spans):
        seg = t[s:e]
        tag, src = tags[j]
        if tag == "pinyin":
            if not PINYIN_SPAN_RE.match(seg):
                errs.append("pinyin span %r malformed" % seg)
            continue
        src = json.loads(src) if src else ""
        if tag == "html":
            if not HTML_SPAN_RE.match(seg):
                errs.append("html span %r malformed" % seg)
            if src and seg == src:
                errs.append("html span equals source")
            continue
        try:
            redo = apply_recipe(src, tag)
        except Exception as ex:  # noqa
            errs.append("span %d recipe %s fails: %s" % (j, tag, ex))
            continue
        if redo != seg:
            errs.append("span %d %r != codec round trip %r" % (j, seg, redo))
        if seg == src:
            errs.append("span %d not damaged (equals source)" % j)
    return errs


def verify(files):
    bad = 0
    for fn in files:
        ids = set()
        cnt = Counter()
        styles = Counter()
        with open(fn, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    r = json.loads(line, object_pairs_hook=OrderedDict)
                except json.JSONDecodeError as ex:
                    print("%s:%d: bad JSON %s" % (fn, ln, ex))
                    bad += 1
                    continue
                errs = verify_record(r)
                if r.get("id") in ids:
                    errs.append("duplicate id")
                ids.add(r.get("id"))
                for e in errs:
                    print("%s:%d %s: %s" % (fn, ln, r.get("id"), e))
                bad += bool(errs)
                cnt[(r.get("family"), r.get("label"))] += 1
                styles[(r.get("family"), r.get("style"))] += 1
        total = sum(cnt.values())
        pos = sum(v for (f_, l), v in cnt.items() if l != "negative")
        print("%s: %d records, %d styles (per-style %d-%d), positives %.1f%%" % (
            fn, total, len(styles), min(styles.values()), max(styles.values()), 100.0 * pos / max(total, 1)))
        for k in sorted(cnt):
            print("   %-4s %-12s %d" % (k[0], k[1], cnt[k]))
    print("verify: %s (%d bad records)" % ("OK" if not bad else "FAILED", bad))
    return 1 if bad else 0


def _show(s, limit=70):
    s = "".join("\\x%02x" % ord(c) if 0x80 <= ord(c) <= 0x9f else c for c in s)
    s = s.replace("|", "\\|")
    return s if len(s) <= limit else s[:limit] + "…"


def style_markdown(fn):
    """markdown style table (style, family, label, count, one example line) for a generated file"""
    recs = [json.loads(l) for l in open(fn, encoding="utf-8")]
    lit = {}
    for src in SOURCES:
        for fam, table in (("ph", PH_NEG), ("mj", MJ_NEG)):
            for k, (_d, pool) in table[src].items():
                frags = []
                for t in pool:
                    if isinstance(t, str):
                        frags += [x for x in tokens(t) if isinstance(x, str) and len(x) >= 6]
                lit["%s_neg_%s" % (src, k)] = frags
    by = OrderedDict()
    for r in recs:
        by.setdefault(r["style"], []).append(r)
    rows = []
    for st, rs in by.items():
        r0 = rs[0]
        best = None
        for r in rs:
            t = r["text"]
            if r["spans"]:
                a, b = r["spans"][0]
                line = t[t.rfind("\n", 0, a) + 1:(t.find("\n", b) if t.find("\n", b) >= 0 else len(t))]
            else:
                cands = [l for l in t.split("\n") if any(f in l for f in lit.get(st, []))] or \
                        [l for l in t.split("\n") if re.search(r"×|〇|\*\*|设x", l)] or t.split("\n")[-1:]
                line = min(cands, key=len)
            if best is None or len(line) < len(best):
                best = line
        rows.append((r0["family"], r0["label"] == "negative", st, r0["label"], len(rs), best))
    rows.sort()
    out = ["| style | family | label | records | example line |", "|---|---|---|---|---|"]
    for fam, _neg, st, lab, n, ex in rows:
        out.append("| `%s` | %s | %s | %d | %s |" % (st, fam, lab, n, _show(ex)))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", default=None)
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--table", metavar="FILE", help="print the markdown style table of a generated file")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.table:
        print(style_markdown(a.table))
        return
    recs = generate(a.seed)
    out = a.out or "text49_seed%d.jsonl" % a.seed
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), out))


if __name__ == "__main__":
    main()
