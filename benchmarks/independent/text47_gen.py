#!/usr/bin/env python3
"""text47_gen.py - held-out set 47: placeholders (ph) and mojibake (mj) in Chinese documents.

Standard library only (Python 3.11).

  python3 text47_gen.py --seed 11 --out text47_seed11.jsonl
  python3 text47_gen.py --verify text47_seed11.jsonl text47_seed12.jsonl

Every text is built by appending pieces; a piece flagged as a span records its offsets at the
moment it is appended, so spans cannot drift.  Randomness comes from random.Random instances
seeded with sha256 digests of (seed, style, index): output does not depend on PYTHONHASHSEED.
"""
import argparse
import hashlib
import html
import json
import quopri
import random
import re
import sys
import urllib.parse

# --------------------------------------------------------------------------------------------
# builder
# --------------------------------------------------------------------------------------------


class Builder:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def add(self, s, span=False):
        if not s:
            return
        if span:
            if self.spans and self.spans[-1][1] == self.n:
                self.spans[-1][1] = self.n + len(s)      # touching stretches form one span
            else:
                self.spans.append([self.n, self.n + len(s)])
        self.parts.append(s)
        self.n += len(s)

    def text(self):
        return "".join(self.parts)


def rng_for(*keys):
    h = hashlib.sha256("\x1f".join(str(k) for k in keys).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


# --------------------------------------------------------------------------------------------
# pools (own wording)
# --------------------------------------------------------------------------------------------

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴孔汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华萍红玲芬燕彬鑫浩宇轩涵欣怡墨诺桐远乐俊熙晨阳琪曦文婷雪梅兰松柏鹏飞翔航凯瑞睿哲佳悦")
RARE_GIVEN = ["堃", "喆", "玥", "昇", "珺", "瑄", "琤", "翀", "甦"]
PLACES = ["清河", "临江", "青山", "石桥", "南湖", "东城", "西岭", "枫林", "桃源", "梅溪", "白沙", "松岗",
          "龙湾", "柳塘", "金田", "凤鸣", "长乐", "新桥", "云台", "北塘", "安平", "丰泽", "望川", "莲花"]
SUBJECTS = ["语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "道德与法治", "科学"]
WEEK = "一二三四五六日"


CTX = {}   # facts of the host document being built (log day/hour, poem title, host name)


def log_ts(r):
    # look-alike log lines are inserted just before the closing line (hh:59:59.000), keep the order
    return "%s %02d:59:%02d.%03d" % (CTX.get("day", "2023-06-01"), CTX.get("hour", 9), r.randint(50, 58),
                                     r.randint(0, 999))


def person(r, rare=False):
    s = r.choice(SURN)
    g = "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2])))
    if rare:
        g = g[:1] + r.choice(RARE_GIVEN) if len(g) > 1 and r.random() < 0.5 else r.choice(RARE_GIVEN)
    return s + g


def nick(r):
    a = ["晚风", "小鱼", "山川", "阿杰", "橘子", "老陈", "星河", "路人甲", "青柠", "大海", "木子", "半夏", "听雨", "阿明"]
    b = ["不语", "爱吃糖", "2019", "_hz", "在路上", "同学", "的猫", "666", "Leo", "来了", "看世界", ""]
    return r.choice(a) + r.choice(b)


def mdate(r):
    return "%d月%d日" % (r.randint(1, 12), r.randint(1, 28))


COMMENT_CLAUSES = [
    "上课专注，发言积极，作业书写工整", "乐于助人，与同学相处融洽", "本学期数学成绩进步明显",
    "热爱集体，主动承担班级卫生工作", "阅读面广，作文常有独到见解", "遇到难题肯钻研，不轻易放弃",
    "体育锻炼认真，在运动会上为班级争得荣誉", "做事踏实细心，是老师的得力助手",
    "课堂上偶尔走神，课后需要及时巩固", "朗读富有感情，普通话标准", "实验操作规范，动手能力强",
]
HOPE_CLAUSES = ["在新学期继续保持良好的学习习惯", "多向同学请教，把基础打得更牢",
                "合理安排时间，提高作业效率", "坚持每天阅读，不断开阔视野", "大胆表达自己的想法"]

REPORT_TOPICS = ["坚持党建引领，夯实基层基础", "聚焦民生实事，提升群众获得感", "抓实安全生产，守牢底线红线",
                 "推进人居环境整治，建设美丽家园", "优化营商环境，助力经济平稳运行", "加强社会治理，维护辖区和谐稳定"]
REPORT_CLAUSES = ["深入开展矛盾纠纷排查化解工作", "组织志愿者开展环境卫生大扫除", "持续推进老旧小区改造",
                  "扎实做好困难群众帮扶救助", "全面落实河长制各项工作", "积极开展防溺水宣传进校园活动",
                  "稳步推进垃圾分类示范点建设", "扎实开展消防安全隐患排查整治", "加快推进重点项目征地拆迁工作",
                  "全力抓好粮食生产和耕地保护"]

POEMS = [
    ("静夜思", "唐", "李白", ["床前明月光", "疑是地上霜", "举头望明月", "低头思故乡"]),
    ("春晓", "唐", "孟浩然", ["春眠不觉晓", "处处闻啼鸟", "夜来风雨声", "花落知多少"]),
    ("登鹳雀楼", "唐", "王之涣", ["白日依山尽", "黄河入海流", "欲穷千里目", "更上一层楼"]),
    ("相思", "唐", "王维", ["红豆生南国", "春来发几枝", "愿君多采撷", "此物最相思"]),
    ("江雪", "唐", "柳宗元", ["千山鸟飞绝", "万径人踪灭", "孤舟蓑笠翁", "独钓寒江雪"]),
    ("鹿柴", "唐", "王维", ["空山不见人", "但闻人语响", "返景入深林", "复照青苔上"]),
    ("悯农", "唐", "李绅", ["锄禾日当午", "汗滴禾下土", "谁知盘中餐", "粒粒皆辛苦"]),
    ("回乡偶书", "唐", "贺知章", ["少小离家老大回", "乡音无改鬓毛衰", "儿童相见不相识", "笑问客从何处来"]),
    ("绝句", "唐", "杜甫", ["两个黄鹂鸣翠柳", "一行白鹭上青天", "窗含西岭千秋雪", "门泊东吴万里船"]),
    ("枫桥夜泊", "唐", "张继", ["月落乌啼霜满天", "江枫渔火对愁眠", "姑苏城外寒山寺", "夜半钟声到客船"]),
]
POEM_PINYIN = {
    "静夜思": ["chuáng qián míng yuè guāng", "yí shì dì shàng shuāng", "jǔ tóu wàng míng yuè", "dī tóu sī gù xiāng"],
    "春晓": ["chūn mián bù jué xiǎo", "chù chù wén tí niǎo", "yè lái fēng yǔ shēng", "huā luò zhī duō shǎo"],
    "登鹳雀楼": ["bái rì yī shān jìn", "huáng hé rù hǎi liú", "yù qióng qiān lǐ mù", "gèng shàng yī céng lóu"],
    "相思": ["hóng dòu shēng nán guó", "chūn lái fā jǐ zhī", "yuàn jūn duō cǎi xié", "cǐ wù zuì xiāng sī"],
    "江雪": ["qiān shān niǎo fēi jué", "wàn jìng rén zōng miè", "gū zhōu suō lì wēng", "dú diào hán jiāng xuě"],
    "鹿柴": ["kōng shān bù jiàn rén", "dàn wén rén yǔ xiǎng", "fǎn jǐng rù shēn lín", "fù zhào qīng tái shàng"],
    "悯农": ["chú hé rì dāng wǔ", "hàn dī hé xià tǔ", "shéi zhī pán zhōng cān", "lì lì jiē xīn kǔ"],
    "回乡偶书": ["shào xiǎo lí jiā lǎo dà huí", "xiāng yīn wú gǎi bìn máo cuī", "ér tóng xiāng jiàn bù xiāng shí",
             "xiào wèn kè cóng hé chù lái"],
    "绝句": ["liǎng gè huáng lí míng cuì liǔ", "yī háng bái lù shàng qīng tiān", "chuāng hán xī lǐng qiān qiū xuě",
           "mén bó dōng wú wàn lǐ chuán"],
    "枫桥夜泊": ["yuè luò wū tí shuāng mǎn tiān", "jiāng fēng yú huǒ duì chóu mián", "gū sū chéng wài hán shān sì",
             "yè bàn zhōng shēng dào kè chuán"],
}
POEM_NOTES = {
    "静夜思": "①疑（yí）：好像。②举头：抬头。", "春晓": "①不觉晓：不知不觉天就亮了。②啼鸟（tí niǎo）：鸟的啼叫声。",
    "登鹳雀楼": "①鹳雀（guàn què）楼：旧址在今山西永济。②穷：尽，使达到极点。", "相思": "①撷（xié）：摘取。②红豆：又名相思子。",
    "江雪": "①蓑笠（suō lì）：蓑衣和斗笠。②径：小路。", "鹿柴": "①鹿柴（lù zhài）：地名，“柴”同“寨”。②返景（jǐng）：夕阳返照的光。",
    "悯农": "①锄禾（chú hé）：用锄头给禾苗松土除草。②餐：饭食。", "回乡偶书": "①鬓毛衰（bìn máo cuī）：鬓发疏落。②相识：认识。",
    "绝句": "①黄鹂（huáng lí）：鸟名。②泊（bó）：停靠。", "枫桥夜泊": "①姑苏（gū sū）：苏州的别称。②夜半钟声：寺院半夜敲钟。",
}
APPRECIATE = ["全诗语言浅白，意境却十分深远", "诗人借景抒情，寄托了浓浓的思乡之情", "前两句写景，后两句抒怀，层次分明",
              "此诗动静结合，画面感极强", "短短二十字，写尽了旅人的孤寂", "诗中色彩明丽，读来令人心旷神怡"]
ANTHOLOGIES = ["唐诗三百首注音本", "小学生必背古诗词", "古诗文诵读精选", "历代名诗选读"]

ENC_PEOPLE_FIELDS = ["植物学", "桥梁工程", "语言学", "地质学", "数学", "医学", "水利"]
ENC_THINGS = [
    ("东北虎", "Panthera tigris altaica", "猫科豹属的大型食肉动物", "主要分布于中国东北、俄罗斯远东地区"),
    ("大熊猫", "Ailuropoda melanoleuca", "熊科大熊猫属的哺乳动物", "主要栖息于四川、陕西和甘肃的山区"),
    ("银杏", "Ginkgo biloba", "银杏科银杏属的落叶乔木", "被称为植物界的活化石"),
    ("丹顶鹤", "Grus japonensis", "鹤科鹤属的大型涉禽", "每年秋季迁徙至江苏沿海越冬"),
    ("中华鲟", "Acipenser sinensis", "鲟科鲟属的大型洄游鱼类", "是国家一级重点保护野生动物"),
    ("水杉", "Metasequoia glyptostroboides", "柏科水杉属的落叶乔木", "最早在湖北利川被发现"),
]
ENC_CLAUSES = ["该物种对栖息地质量要求较高", "近年来野外种群数量有所回升", "其形态特征在不同地区略有差异",
               "相关保护工作已纳入地方规划", "历史上曾广泛分布于长江流域", "繁殖季节通常在春末夏初"]

NEWS_HEADLINES = ["老旧小区加装电梯试点启动", "城区新增三条公交线路", "夜市经济点亮城市烟火气", "中小学课后服务全面铺开",
                  "滨河绿道全线贯通", "社区食堂让老人吃上热乎饭", "农贸市场升级改造完成"]
NEWS_CLAUSES = ["记者从有关部门了解到", "这一举措受到居民普遍欢迎", "相关负责人表示将持续跟进", "项目预计年底前完工",
                "不少市民专程前来体验", "下一步将总结经验逐步推广"]
COMMENTS = ["终于等到了，点赞", "希望能一直坚持下去", "我们小区什么时候也能安排上", "这个必须支持",
            "服务态度真的好了很多", "建议周末也开放", "家门口就有，太方便了", "停车位还是太少", "期待后续报道"]

LOG_MSGS = ["用户登录成功", "订单已提交", "数据同步完成", "定时任务开始执行", "缓存刷新完毕", "文件上传成功",
            "支付回调处理完成", "短信发送成功", "配置文件加载完成", "数据库连接池初始化完成", "报表导出完成"]
LOG_WARN = ["接口响应超时，正在重试", "磁盘剩余空间不足", "登录密码错误次数过多", "未找到对应的配置项，使用默认值"]
CONF_COMMENTS = ["数据库连接配置", "日志输出目录", "短信服务签名", "上传文件大小上限", "定时任务执行周期", "系统显示名称"]

TRAD = {
    "发": ("發", "fā"), "区": ("區", "qū"), "领": ("領", "lǐng"), "导": ("導", "dǎo"), "经": ("經", "jīng"),
    "济": ("濟", "jì"), "会": ("會", "huì"), "务": ("務", "wù"), "动": ("動", "dòng"), "设": ("設", "shè"),
    "这": ("這", "zhè"), "为": ("為", "wéi"), "进": ("進", "jìn"), "实": ("實", "shí"), "现": ("現", "xiàn"),
    "员": ("員", "yuán"), "农": ("農", "nóng"), "业": ("業", "yè"), "规": ("規", "guī"), "划": ("劃", "huà"),
    "开": ("開", "kāi"), "关": ("關", "guān"), "时": ("時", "shí"), "间": ("間", "jiān"), "项": ("項", "xiàng"),
    "资": ("資", "zī"), "产": ("產", "chǎn"), "环": ("環", "huán"), "报": ("報", "bào"), "书": ("書", "shū"),
    "学": ("學", "xué"), "级": ("級", "jí"), "际": ("際", "jì"), "门": ("門", "mén"), "问": ("問", "wèn"),
    "题": ("題", "tí"), "计": ("計", "jì"), "统": ("統", "tǒng"), "优": ("優", "yōu"), "质": ("質", "zhì"),
    "组": ("組", "zǔ"), "织": ("織", "zhī"), "党": ("黨", "dǎng"), "团": ("團", "tuán"), "结": ("結", "jié"),
    "强": ("強", "qiáng"), "体": ("體", "tǐ"), "东": ("東", "dōng"), "乐": ("樂", "lè"), "诗": ("詩", "shī"),
    "风": ("風", "fēng"), "云": ("雲", "yún"), "鸟": ("鳥", "niǎo"), "归": ("歸", "guī"), "红": ("紅", "hóng"),
    "读": ("讀", "dú"), "师": ("師", "shī"), "远": ("遠", "yuǎn"), "乡": ("鄉", "xiāng"), "万": ("萬", "wàn"),
    "飞": ("飛", "fēi"), "龙": ("龍", "lóng"), "庆": ("慶", "qìng"), "办": ("辦", "bàn"), "达": ("達", "dá"),
    "线": ("線", "xiàn"), "网": ("網", "wǎng"), "户": ("戶", "hù"), "总": ("總", "zǒng"), "疗": ("療", "liáo"),
    "医": ("醫", "yī"), "卫": ("衛", "wèi"), "录": ("錄", "lù"), "数": ("數", "shù"), "据": ("據", "jù"),
    "库": ("庫", "kù"), "连": ("連", "lián"), "错": ("錯", "cuò"), "误": ("誤", "wù"), "验": ("驗", "yàn"),
    "证": ("證", "zhèng"), "订": ("訂", "dìng"), "单": ("單", "dān"), "评": ("評", "píng"), "语": ("語", "yǔ"),
    "绩": ("績", "jì"), "课": ("課", "kè"), "试": ("試", "shì"), "习": ("習", "xí"), "认": ("認", "rèn"),
    "积": ("積", "jī"), "极": ("極", "jí"), "热": ("熱", "rè"), "爱": ("愛", "ài"), "劳": ("勞", "láo"),
    "阳": ("陽", "yáng"), "岁": ("歲", "suì"), "华": ("華", "huá"), "国": ("國", "guó"), "车": ("車", "chē"),
    "边": ("邊", "biān"), "过": ("過", "guò"), "处": ("處", "chù"), "声": ("聲", "shēng"), "见": ("見", "jiàn"),
    "闻": ("聞", "wén"), "无": ("無", "wú"), "亲": ("親", "qīn"), "岭": ("嶺", "lǐng"), "护": ("護", "hù"),
    "态": ("態", "tài"), "种": ("種", "zhǒng"), "点": ("點", "diǎn"), "节": ("節", "jié"), "对": ("對", "duì"),
    "务": ("務", "wù"), "维": ("維", "wéi"), "稳": ("穩", "wěn"), "设": ("設", "shè"), "筑": ("築", "zhù"),
    "谐": ("諧", "xié"), "众": ("眾", "zhòng"), "获": ("獲", "huò"), "险": ("險", "xiǎn"), "营": ("營", "yíng"),
    "厅": ("廳", "tīng"), "馆": ("館", "guǎn"), "长": ("長", "cháng"), "尽": ("盡", "jìn"), "满": ("滿", "mǎn"),
}


def to_trad(s):
    return "".join(TRAD[c][0] if c in TRAD else c for c in s)


# --------------------------------------------------------------------------------------------
# documents as item lists: ('t', text) fixed, ('s', type, value) slot, ('d', text) damageable
# clause, ('k', text) Korean quote (damageable only by the EUC-KR style)
# --------------------------------------------------------------------------------------------


class Doc:
    def __init__(self):
        self.items = []

    def t(self, s):
        self.items.append(("t", s))

    def s(self, typ, val):
        self.items.append(("s", typ, str(val)))

    def d(self, s):
        self.items.append(("d", s))

    def k(self, s):
        self.items.append(("k", s))

    def m(self, tag="body"):
        """a line start where look-alike lines may be inserted"""
        self.items.append(("m", "", tag))


def src_transcript(r, D):
    if r.random() < 0.35:
        return src_transcript_notice(r, D)
    place = r.choice(PLACES)
    D.s("org", place)
    yr = r.randint(2018, 2024)
    D.t(r.choice(["第一中学", "实验中学", "第二小学", "中心小学", "外国语学校"]) + "%d—%d学年第%s学期学生成绩报告单\n"
        % (yr, yr + 1, r.choice("一二")))
    D.t("姓名：")
    D.s("name", person(r, rare=r.random() < 0.15))
    D.t("　　班级：%s年级（%d）班　　学号：" % (r.choice("三四五六七八九"), r.randint(1, 12)))
    D.s("num", "%d%02d%02d" % (yr % 100, r.randint(1, 12), r.randint(1, 50)))
    D.t("\n")
    subs = r.sample(SUBJECTS, r.randint(3, 6))
    total = 0
    for i, sub in enumerate(subs):
        sc = r.randint(58, 100)
        total += sc
        D.t(sub + "：")
        D.s("num", sc)
        D.t("分" + ("\n" if i % 3 == 2 or i == len(subs) - 1 else "　"))
    D.t("总分：")
    D.s("num", total)
    D.t("分　　年级排名：第")
    D.s("num", r.randint(1, 420))
    D.t("名\n班主任评语：")
    D.d(r.choice(COMMENT_CLAUSES))
    D.t("，")
    D.d("希望" + r.choice(HOPE_CLAUSES))
    D.t("。\n")
    D.m()
    D.t("班主任：")
    D.s("name", person(r))
    D.t("　　日期：")
    D.s("year", yr + 1)
    D.t("年")
    D.s("date", mdate(r))


def src_transcript_notice(r, D):
    school = r.choice(["实验中学", "第三中学", "育才学校"])
    D.s("org", r.choice(PLACES))
    D.t("%s%s年级期末考试成绩通知单\n" % (school, r.choice("七八九")))
    D.t("尊敬的家长：您好！您的孩子")
    D.s("name", person(r, rare=r.random() < 0.15))
    D.t("本学期期末考试成绩如下：\n")
    for sub in r.sample(SUBJECTS[:8], r.randint(3, 5)):
        sc = r.randint(55, 100)
        D.t("%s　" % sub)
        D.s("num", sc)
        D.t("分　等级%s\n" % ("A" if sc >= 90 else "B" if sc >= 75 else "C" if sc >= 60 else "D"))
    D.t("本次考试年级平均分")
    D.s("num", r.randint(60, 85))
    D.t("分，您的孩子位列全班第")
    D.s("num", r.randint(1, 50))
    D.t("名。")
    D.d(r.choice(["请家长督促孩子合理安排假期作息", "寒假期间请注意交通和用火安全", "开学前请提醒孩子完成假期作业"]))
    D.t("。\n")
    D.m()
    D.s("org", r.choice(PLACES))
    D.t(school + "教务处\n")
    D.s("year", r.randint(2019, 2025))
    D.t("年")
    D.s("date", mdate(r))


def src_comment(r, D):
    D.s("org", r.choice(PLACES))
    D.t("小学%s年级（%d）班期末学生评语\n" % (r.choice("一二三四五六"), r.randint(1, 8)))
    for _ in range(r.randint(2, 3)):
        D.s("name", person(r))
        D.t("同学：你")
        c1, c2 = r.sample(COMMENT_CLAUSES, 2)
        D.d(c1)
        D.t("。")
        D.d(c2)
        D.t("。希望你")
        D.d(r.choice(HOPE_CLAUSES))
        D.t("！\n")
    D.m()
    D.t("班主任：")
    D.s("name", person(r))
    D.t("\n")
    D.s("year", r.randint(2019, 2024))
    D.t("年")
    D.s("date", mdate(r))


def src_work_report(r, D):
    yr = r.randint(2020, 2024)
    tp = r.sample(REPORT_TOPICS, 3)
    cl = r.sample(REPORT_CLAUSES, 3)
    D.s("org", r.choice(PLACES))
    D.t("街道%d年工作总结\n" % yr)
    D.t("一、主要工作成效\n（一）%s。" % tp[0])
    D.d(cl[0])
    D.t("，全年累计走访群众")
    D.s("num", r.randint(120, 3800))
    D.t("户，发放慰问金")
    D.s("money", "%d.%02d" % (r.randint(1, 90), r.randint(0, 99)))
    D.t("万元。\n")
    D.m()
    D.t("（二）%s。" % tp[1])
    D.s("date", mdate(r))
    D.t("，")
    D.s("org", r.choice(PLACES))
    D.t("社区")
    D.d(cl[1])
    D.t("，群众满意度达")
    D.s("pct", "%d.%d" % (r.randint(85, 99), r.randint(0, 9)))
    D.t("%。\n")
    D.m()
    D.t("（三）%s。" % tp[2])
    D.s("name", person(r))
    D.t("副主任带队")
    D.d(cl[2])
    D.t("，整改问题")
    D.s("num", r.randint(12, 300))
    D.t("处。\n")
    D.m()
    D.t("二、存在的问题\n")
    D.d("部分工作与群众期盼仍有差距，基层力量有待加强")
    D.t("。")


def src_notice(r, D):
    topic = r.choice(["安全生产工作会议", "防汛工作部署会", "年度考核工作会议", "文明城市创建推进会", "民生实事项目调度会"])
    D.t("关于召开%s的通知\n" % topic)
    if r.random() < 0.6:
        D.s("org", r.choice(PLACES)[0])
        D.t("办发〔")
        D.s("year", r.randint(2020, 2025))
        D.t("〕")
        D.s("num", r.randint(1, 99))
        D.t("号\n")
    D.t("各社区、各相关单位：\n")
    D.t("经研究，定于")
    D.s("year", r.randint(2020, 2025))
    D.t("年")
    D.s("date", mdate(r))
    D.t("（星期%s）上午%d:30在" % (r.choice(WEEK[:5]), r.randint(8, 10)))
    D.s("org", r.choice(PLACES))
    D.t("街道办事处%d楼会议室召开%s，现将有关事项通知如下：\n" % (r.randint(2, 6), topic))
    D.t("一、参会人员：各单位主要负责人及业务骨干，每单位")
    D.s("num", r.randint(1, 3))
    D.t("名。\n二、会议内容：")
    D.d(r.choice(REPORT_CLAUSES))
    D.t("。\n")
    D.m()
    D.t("三、联系人：")
    D.s("name", person(r))
    D.t("，联系电话：")
    D.s("phone", "0%d-%d" % (r.randint(20, 999), r.randint(2000000, 8999999)))
    D.t("\n")
    D.s("org", r.choice(PLACES))
    D.t("街道办事处")


def src_award(r, D):
    yr = r.randint(2019, 2024)
    title = r.choice(["优秀共产党员", "优秀志愿者", "三好学生", "先进工作者", "最美家庭"])
    D.t("关于表彰%d年度%s的决定\n" % (yr, title))
    D.d(r.choice(["一年来，涌现出一批事迹突出的先进典型", "为树立榜样、激励先进，经民主推荐和审核"]))
    D.t("，决定对以下同志予以表彰：\n")
    for grp in range(r.randint(1, 2)):
        n = r.randint(3, 6)
        D.t("%s、%s（" % ("一二"[grp], title if grp == 0 else r.choice(["优秀团员", "先进个人"])))
        D.s("num", n)
        D.t("名）\n")
        for i in range(n):
            D.s("name", person(r))
            D.t("、" if i < n - 1 else "\n")
    D.m()
    D.t("希望受表彰的同志珍惜荣誉，再接再厉。\n")
    D.s("org", r.choice(PLACES))
    D.t("镇人民政府\n")
    D.s("year", yr + 1)
    D.t("年")
    D.s("date", mdate(r))


def src_contract(r, D):
    D.t(r.choice(["房屋租赁合同", "劳务合作协议", "场地使用协议"]) + "\n甲方：")
    D.s("name", person(r))
    D.t("\n乙方：")
    D.s("name", person(r))
    D.t("\n第一条　甲方将位于")
    D.s("org", r.choice(PLACES))
    D.t("区%s路" % r.choice(["建设", "人民", "解放", "新华", "滨江", "中山"]))
    D.s("num", r.randint(1, 388))
    D.t("号的房屋交由乙方使用，面积")
    D.s("num", r.randint(30, 180))
    D.t("平方米。\n第二条　租金为每月人民币")
    D.s("money", "%d.00" % (r.randint(8, 90) * 100))
    D.t("元，按季度支付。\n第三条　期限自")
    D.s("year", r.randint(2020, 2025))
    D.t("年")
    D.s("date", mdate(r))
    D.t("起，共")
    D.s("num", r.randint(1, 5))
    D.t("年。\n")
    D.m()
    D.t("甲方签字：")
    D.s("name", person(r))
    D.t("　　乙方签字：")
    D.s("name", person(r))


def src_log(r, D):
    if CTX.get("label") == "mojibake" and r.random() < 0.35:
        return src_config(r, D)
    day = "2023-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))
    svc = r.choice(["order-svc", "sms-sender", "user-center", "report-job", "pay-gateway"])
    h = r.randint(0, 20)
    CTX["day"], CTX["hour"] = day, h
    n = r.randint(3, 6)
    first = r.randrange(n)
    stamps = sorted((r.randint(0, 58), r.randint(0, 59), r.randint(0, 999)) for _ in range(n))
    for i in range(n):
        ts = "%s %02d:%02d:%02d.%03d" % ((day, h) + stamps[i])
        kind = r.random() if i != first else 0.1
        if kind < 0.25:
            D.t("%s INFO  [%s] " % (ts, svc))
            D.d("向用户")
            D.s("name", person(r))
            D.t("推送通知：")
            D.d("您的订单已发货")
            D.t("，订单号")
            D.s("num", r.randint(10 ** 9, 10 ** 10))
            D.t("\n")
        elif kind < 0.35:
            D.t("%s INFO  [sms-sender] " % ts)
            D.d("发送短信")
            D.t(" content=\"【")
            D.s("org", r.choice(PLACES))
            D.t("物业】尊敬的")
            D.s("name", person(r))
            D.t("业主，您本月物业费")
            D.s("money", "%d.%02d" % (r.randint(50, 900), r.randint(0, 99)))
            D.t("元，请于")
            D.s("date", mdate(r))
            D.t("前缴纳。\"\n")
        elif kind < 0.5:
            D.t("%s INFO  [%s] " % (ts, svc))
            D.d("账单生成完毕")
            D.t("，金额")
            D.s("money", "%d.%02d" % (r.randint(1, 999), r.randint(0, 99)))
            D.t("元\n")
        elif kind < 0.6:
            D.t("%s WARN  [%s] " % (ts, svc))
            D.d(r.choice(LOG_WARN))
            D.t(" retry=%d\n" % r.randint(1, 3))
        else:
            D.t("%s INFO  [%s] " % (ts, svc))
            D.d(r.choice(LOG_MSGS))
            D.t(" cost=%dms\n" % r.randint(3, 900))
    D.m()
    D.t("%s INFO  [%s] " % (day + " %02d:59:59.000" % h, svc))
    D.d("本批次处理结束")


def src_config(r, D):
    """a configuration file with Chinese comments and values (mojibake host only)"""
    CTX["day"], CTX["hour"] = "2023-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), r.randint(0, 20)
    CTX["config"] = True
    D.t("# ")
    D.d(r.choice(["政务服务平台配置文件", "业务系统参数配置", "门户网站配置"]))
    D.t("（app.ini）\n[site]\nname = ")
    D.s("org", r.choice(PLACES))
    D.d(r.choice(["市政务服务平台", "区便民服务中心", "街道网上办事大厅"]))
    D.t("  # ")
    D.d("系统显示名称")
    D.t("\n[sms]\n# ")
    D.d("短信服务签名")
    D.t("\nsign = 【")
    D.s("org", r.choice(PLACES))
    D.d("政务服务")
    D.t("】\n")
    D.m()
    D.t("[upload]\nmax_size_mb = %d  # " % r.choice([10, 20, 50, 100]))
    D.d("上传文件大小上限，单位为兆字节")
    D.t("\n[log]\n# ")
    D.d("日志输出目录")
    D.t("\npath = /var/log/app")


def src_encyclopedia(r, D):
    if r.random() < 0.3:
        return src_dictionary(r, D)
    if r.random() < 0.5:
        D.s("name", person(r))
        y = r.randint(1880, 1935)
        CTX["ko"] = None
        D.t("（")
        D.s("year", y)
        D.t("年—")
        D.s("year", y + r.randint(55, 95))
        D.t("年），")
        D.s("org", r.choice(PLACES))
        D.t("人，中国%s家。\n" % r.choice(ENC_PEOPLE_FIELDS))
        D.t("早年就读于")
        D.s("org", r.choice(PLACES))
        D.t("师范学堂，后")
        D.d(r.choice(["赴海外留学深造", "长期从事基层教学工作", "投身野外调查研究"]))
        D.t("。")
        D.d(r.choice(["一生著述颇丰", "晚年致力于人才培养", "其研究成果影响深远"]))
        D.t("，主要著作有《%s》等%d部。\n" % (r.choice(["中国植物志稿", "方言调查手册", "河流治理论集", "地层研究概要"]),
                                        r.randint(2, 12)))
        D.m()
        D.t("参见：")
        D.d(r.choice(["近代科学史", "地方人物志", "学术流派"]))
    else:
        name, latin, cls, dist = r.choice(ENC_THINGS)
        CTX["ko"] = KO_NAMES.get(name)
        D.t("%s\n%s（学名：%s）是" % (name, name, latin))
        D.d(cls)
        D.t("，")
        D.d(dist)
        D.t("。\n")
        D.m()
        e1, e2 = r.sample(ENC_CLAUSES, 2)
        D.d(e1)
        D.t("。据")
        D.s("year", r.randint(2010, 2023))
        D.t("年调查，野外种群约")
        D.s("num", r.randint(50, 5000))
        D.t("只（株），由")
        D.s("org", r.choice(PLACES))
        D.t("保护区负责监测。\n")
        D.m()
        D.d(e2)
        D.t("。")


DICT_WORDS = [
    ("发展", "fā zhǎn", ["事物由小到大、由简单到复杂的变化", "扩大组织或规模"], "这座小城近年来发展很快", "进步", "停滞"),
    ("和谐", "hé xié", ["配合得适当而匀称", "关系融洽，没有冲突"], "邻里之间相处得十分和谐", "融洽", "冲突"),
    ("勤劳", "qín láo", ["努力劳动，不怕辛苦"], "勤劳的人们在田野里忙碌着", "勤快", "懒惰"),
    ("温暖", "wēn nuǎn", ["暖和，不冷", "使人感到温暖"], "社区食堂让老人感到温暖", "暖和", "寒冷"),
    ("坚持", "jiān chí", ["坚决保持、维护或进行"], "他坚持每天晨跑", "保持", "放弃"),
    ("繁荣", "fán róng", ["经济或事业蓬勃发展", "使昌盛"], "夜市让街区重新繁荣起来", "兴盛", "萧条"),
]


def src_dictionary(r, D):
    w, py, defs, ex, syn, ant = r.choice(DICT_WORDS)
    D.t("【%s】%s\n释义：" % (w, py))
    for i, d in enumerate(defs):
        D.t("①②③"[i])
        D.d(d)
        D.t("。")
    D.t("\n例句：")
    D.d(ex)
    D.t("。\n近义词：%s　反义词：%s\n" % (syn, ant))
    D.m()
    D.t("词条编写：")
    D.s("name", person(r))
    D.t("　审定：")
    D.s("name", person(r))
    D.t("　收录于")
    D.s("year", r.randint(2005, 2023))
    D.t("年修订版")


def src_poetry(r, D):
    title, dyn, author, lines = r.choice(POEMS)
    D.t("《%s》　第" % r.choice(ANTHOLOGIES))
    D.s("num", r.randint(3, 260))
    D.t("页\n%s\n【%s】%s\n" % (title, dyn, author))
    for i in range(0, 4, 2):
        D.d(lines[i])
        D.t("，")
        D.d(lines[i + 1])
        D.t("。\n" if i else "，\n")
    CTX["poem"] = title
    D.m()
    D.t("【赏析】")
    D.d(r.choice(APPRECIATE))
    D.t("。\n")
    D.m()
    D.t("编者：")
    D.s("name", person(r))
    D.t("　　")
    D.s("org", r.choice(PLACES))
    D.t("出版社　")
    D.s("year", r.randint(2005, 2024))
    D.t("年版")


def src_forum(r, D):
    D.t("【")
    D.s("org", r.choice(PLACES))
    D.t("论坛】%s，大家怎么看？\n楼主：%s　发表于 " % (r.choice(NEWS_HEADLINES), nick(r)))
    D.s("year", r.randint(2019, 2024))
    D.t("年")
    D.s("date", mdate(r))
    D.t("\n")
    a, b = r.sample(NEWS_CLAUSES, 2)
    D.d(a)
    D.t("，")
    D.d(b)
    D.t("。\n")
    D.m("body")
    D.m("comment")
    for i, c in enumerate(r.sample(COMMENTS, r.randint(2, 4))):
        D.t("%d楼 %s：%s" % (i + 1, nick(r), r.choice(["", "", "回复楼主，", "顶楼主，"])))
        D.d(c)
        D.t("\n")
        D.m("comment")
    D.t("本帖共")
    D.s("num", r.randint(5, 300))
    D.t("条回复")


def src_news(r, D):
    if r.random() < 0.3:
        return src_forum(r, D)
    D.s("org", r.choice(PLACES))
    D.t("日报　%s\n本报讯（记者 " % r.choice(NEWS_HEADLINES))
    D.s("name", person(r))
    D.t("）")
    D.s("date", mdate(r))
    D.t("，")
    n1, n2 = r.sample(NEWS_CLAUSES, 2)
    D.d(n1)
    D.t("，首批惠及居民")
    D.s("num", r.randint(200, 9000))
    D.t("人。")
    D.d(n2)
    D.t("。\n")
    D.m("body")
    D.t("网友评论（%d）\n" % r.randint(12, 900))
    D.m("comment")
    for c in r.sample(COMMENTS, r.randint(2, 4)):
        D.t(nick(r) + "：")
        D.d(c)
        D.t("\n")
        D.m("comment")
    D.t("责任编辑：")
    D.s("name", person(r))


def src_reimburse(r, D):
    D.t("费用报销单\n报销部门：")
    D.s("org", r.choice(PLACES))
    D.t("分公司%s部　报销人：" % r.choice(["市场", "行政", "技术", "财务"]))
    D.s("name", person(r))
    D.t("\n日期：")
    D.s("year", r.randint(2020, 2024))
    D.t("年")
    D.s("date", mdate(r))
    D.t("\n")
    tot = 0
    for item in r.sample(["差旅费", "住宿费", "办公用品", "会议费", "交通费", "招待费"], r.randint(2, 4)):
        amt = r.randint(30, 3000)
        tot += amt
        D.t(item + "：")
        D.s("money", "%d.00" % amt)
        D.t("元\n")
    D.m()
    D.t("合计：")
    D.s("money", "%d.00" % tot)
    D.t("元　附单据")
    D.s("num", r.randint(1, 12))
    D.t("张\n审批人：")
    D.s("name", person(r))


SOURCES = {
    "transcript": src_transcript, "comment": src_comment, "work_report": src_work_report, "notice": src_notice,
    "award": src_award, "contract": src_contract, "log": src_log, "encyclopedia": src_encyclopedia,
    "poetry": src_poetry, "news": src_news, "reimburse": src_reimburse,
}

# --------------------------------------------------------------------------------------------
# placeholders
# --------------------------------------------------------------------------------------------

PH_KINDS = ["x_lower", "x_upper", "times", "fullwidth_x", "moumou", "surname_mou", "todo_bracket", "underscore",
            "mustache", "dollar_var", "square_label", "circle", "mask_symbol"]
XCH = {"x_lower": "x", "x_upper": "X", "times": "×", "fullwidth_x": "Ｘ"}
MUST_KEY = {"name": ["name", "student_name", "user_name", "姓名"], "org": ["org", "unit_name", "school"],
            "num": ["count", "num", "number"], "money": ["amount", "money"], "pct": ["rate", "percent"],
            "date": ["date", "meeting_date"], "year": ["year"], "phone": ["phone", "tel"]}
SQ_LABEL = {"name": ["姓名", "名字", "联系人"], "org": ["单位", "单位名称", "地名"], "num": ["数量", "数字", "编号"],
            "money": ["金额"], "pct": ["比例", "百分比"], "date": ["日期", "月日"], "year": ["年份"], "phone": ["电话"]}


def ph_supports(kind, typ):
    if kind in ("moumou",):
        return typ in ("name", "org")
    if kind == "surname_mou":
        return typ == "name"
    if kind == "circle":
        return typ in ("name", "org", "date")
    return True


def ph_render(kind, typ, val, r, st):
    """pieces [(text, is_span)] for an unfilled slot"""
    if kind in XCH:
        c = XCH[kind]
        if typ == "name":
            return [(c * r.choice([2, 3]), True)]
        if typ == "org":
            return [(c * r.choice([2, 2, 3]), True)]
        if typ == "num":
            return [(c * max(1, min(len(val), 4)) if r.random() < 0.6 else c * r.choice([2, 3]), True)]
        if typ == "money":
            return [(c * r.choice([1, 2, 3]) + "." + c * 2, True)]
        if typ == "pct":
            return [(r.choice([c * 2, c * 3, c * 2 + "." + c]), True)]
        if typ == "date":
            return [(c * r.choice([1, 2]), True), ("月", False), (c * r.choice([1, 2, 2]), True), ("日", False)]
        if typ == "year":
            return [(val[:2], False), (c * 2, True)]
        if typ == "phone":
            return [(c * r.choice([8, 11]), True)]
    if kind == "moumou":
        return [("某某", True)]
    if kind == "surname_mou":
        return [(val[0] + r.choice(["某", "某", "某某"]), True)]
    if kind == "todo_bracket":
        return [(st["todo"], True)]
    if kind == "underscore":
        return [(st["us"] * r.randint(4, 8), True)]
    if kind == "mustache":
        return [("{{" + st.setdefault("mk_" + typ, r.choice(MUST_KEY[typ])) + "}}", True)]
    if kind == "dollar_var":
        k = st.setdefault("dk_" + typ, r.choice(MUST_KEY[typ][:2]))
        if not k.isascii():
            k = "NAME"
        return [("$" + k.upper() + "$", True)]
    if kind == "square_label":
        return [("[" + st.setdefault("sq_" + typ, r.choice(SQ_LABEL[typ])) + "]", True)]
    if kind == "circle":
        c = st["circ"]
        if typ == "date":
            return [(c, True), ("月", False), (c * 2, True), ("日", False)]
        return [(c * r.choice([2, 2, 3]), True)]
    if kind == "mask_symbol":
        c = st["mask"]
        if typ == "date":
            return [(c * 2, True), ("月", False), (c * 2, True), ("日", False)]
        if typ == "year":
            return [(val[:2], False), (c * 2, True)]
        return [(c * r.choice([2, 3]), True)]
    raise ValueError(kind)


PH_SPAN_RE = re.compile(
    r"[xX×Ｘ]+(?:\.[xX×Ｘ]+)?|某某|[\u4e00-\u9fff]某{1,2}|【[^】]+】|（[^）]+）|\[[^\]]+\]|_{3,}|＿{3,}"
    r"|\{\{[^{}]+\}\}|\$[A-Z_]+\$|[〇○]+|△+|□+|◇+|＊+|☆+")

# --------------------------------------------------------------------------------------------
# damage (mojibake) - real codecs wherever an encoding is involved
# --------------------------------------------------------------------------------------------

CHAINS = {
    "utf8_as_gbk": [("utf-8", "gbk")],
    "utf8_as_cp1252": [("utf-8", "cp1252")],
    "utf8_as_latin1": [("utf-8", "latin-1")],
    "utf8_as_big5": [("utf-8", "big5")],
    "utf8_as_shiftjis": [("utf-8", "shift_jis")],
    "euckr_as_gbk": [("euc_kr", "gbk")],
    "double_utf8_cp1252": [("utf-8", "cp1252"), ("utf-8", "cp1252")],
    "double_utf8_gbk": [("utf-8", "gbk"), ("utf-8", "gbk")],
    "gb18030_as_latin1": [("gb18030", "latin-1")],
    "big5_as_gbk": [("big5", "gbk")],
}
MJ_DESC = {
    "utf8_as_gbk": "UTF-8 bytes decoded as GBK", "utf8_as_cp1252": "UTF-8 bytes decoded as cp1252",
    "utf8_as_latin1": "UTF-8 bytes decoded as Latin-1", "utf8_as_big5": "UTF-8 bytes decoded as Big5",
    "utf8_as_shiftjis": "UTF-8 bytes decoded as Shift_JIS", "euckr_as_gbk": "EUC-KR Korean decoded as GBK",
    "double_utf8_cp1252": "UTF-8 misread as cp1252 twice (double encoding)",
    "double_utf8_gbk": "UTF-8 misread as GBK twice (double encoding)",
    "gb18030_as_latin1": "GB18030 bytes decoded as Latin-1", "big5_as_gbk": "Big5 traditional text decoded as GBK",
    "kunjinkao": "U+FFFD stored as UTF-8 then read as GBK (锟斤拷)", "gbk_offset": "GBK stream decoded one byte out of step",
    "qmark_loss": "characters lost to ? by a narrow codec", "fffd_run": "GBK bytes decoded as UTF-8 with replacement",
    "html_entity": "HTML named entities left in text", "html_ncr": "numeric character references left raw",
    "html_tag": "HTML tag remnants", "pinyin_artefact": "scraper pinyin annotation after converted characters",
    "u_escape": "literal \\u escapes left raw", "qp_raw": "quoted-printable left raw",
    "url_percent_raw": "percent-encoding left raw in prose",
}
MJ_KINDS = list(MJ_DESC)


def chain_apply(s, steps, errors="replace"):
    for a, b in steps:
        s = s.encode(a, errors=errors).decode(b, errors=errors)
    return s


def is_cjk(c):
    return "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"


def pick_sub(p, r, maxlen=None, whole_ok=True):
    """a non-empty stretch of non-ASCII characters inside p -> (pre, sub, post)"""
    runs = [m.span() for m in re.finditer(r"[^\x00-\x7f]+", p)]
    if not runs:
        return None
    a, b = r.choice(runs)
    if not (whole_ok and r.random() < 0.5) and b - a > 2:
        ln = r.randint(2, b - a)
        a = r.randint(a, b - ln)
        b = a + ln
    if maxlen and b - a > maxlen:
        b = a + maxlen
    return p[:a], p[a:b], p[b:]


def damage(kind, p, r):
    """pieces for damageable phrase p; None if this phrase cannot carry the damage"""
    if kind in CHAINS:
        ps = ("", p, "") if kind == "euckr_as_gbk" else pick_sub(p, r)
        if not ps:
            return None
        pre, sub, post = ps
        if kind == "big5_as_gbk":
            sub = to_trad(sub)
            try:
                sub.encode("big5")
            except UnicodeError:
                return None
        out = chain_apply(sub, CHAINS[kind])
        if out == sub:
            return None
        return [(pre, False), (out, True), (post, False)]
    if kind == "kunjinkao":
        ps = pick_sub(p, r)
        if not ps:
            return None
        pre, sub, post = ps
        n = len(sub) if len(sub) % 2 == 0 or r.random() < 0.3 else len(sub) + 1
        out = ("\ufffd" * n).encode("utf-8").decode("gbk", errors="replace")
        return [(pre, False), (out, True), (post, False)]
    if kind == "gbk_offset":
        ps = pick_sub(p, r, whole_ok=True)
        if not ps or len(ps[1]) < 2:
            return None
        pre, sub, post = ps
        out = sub.encode("gbk")[1:].decode("gbk", errors="replace")
        k = 0                                   # the decoder may fall back into step: keep that tail unflagged
        while k < min(len(out), len(sub)) - 1 and out[-1 - k] == sub[-1 - k]:
            k += 1
        tail = out[len(out) - k:] if k else ""
        out = out[:len(out) - k]
        if len(out) < 2 or out == sub[:len(out)]:
            return None
        return [(pre, False), (out, True), (tail + post, False)]
    if kind == "qmark_loss":
        out = p.encode("gb2312", errors="replace").decode("gb2312")
        if out == p:
            ps = pick_sub(p, r, maxlen=4, whole_ok=False)
            if not ps:
                return None
            pre, sub, post = ps
            out = pre + sub.encode("ascii", errors="replace").decode("ascii") + post
        return [(o, o != c) for o, c in zip(out, p)]
    if kind == "fffd_run":
        ps = pick_sub(p, r)
        if not ps:
            return None
        pre, sub, post = ps
        out = sub.encode("gbk").decode("utf-8", errors="replace")
        if "\ufffd" not in out:
            return None
        return [(pre, False), (out, True), (post, False)]
    if kind == "html_entity":
        mode = r.random()
        if mode < 0.4:
            return [("&nbsp;" * r.randint(1, 4), True), (p, False)]
        if mode < 0.7 and len(p) > 3:
            i = r.randint(1, len(p) - 2)
            j = r.randint(i + 1, len(p) - 1)
            return [(p[:i], False), ("&ldquo;", True), (p[i:j], False), ("&rdquo;", True), (p[j:], False)]
        i = r.randint(1, max(1, len(p) - 1))
        return [(p[:i], False), (r.choice(["&nbsp;", "&amp;nbsp;", "&mdash;", "&middot;", "&emsp;"]), True),
                (p[i:], False)]
    if kind == "html_ncr":
        ps = pick_sub(p, r, maxlen=5, whole_ok=False)
        if not ps:
            return None
        pre, sub, post = ps
        return [(pre, False), (sub.encode("ascii", errors="xmlcharrefreplace").decode("ascii"), True), (post, False)]
    if kind == "html_tag":
        tags = ["<br/>", "<br>", "</p>", "<p>", "</strong>", "<strong>", "</span>", '<span style="font-size:16px;">',
                "</div>", '<p class="MsoNormal">', "</b>", "&lt;br&gt;"][: 11]
        i = r.randint(0, len(p))
        out = [(p[:i], False), (r.choice(tags), True), (p[i:], False)]
        if r.random() < 0.35:
            out.append((r.choice(tags), True))
        return out
    if kind == "pinyin_artefact":
        idx = [i for i, c in enumerate(p) if c in TRAD]
        if not idx:
            return None
        keep = [i for i in idx if r.random() < 0.7] or [r.choice(idx)]
        out = []
        for i, c in enumerate(p):
            out.append((to_trad(c), False))
            if i in keep:
                out.append(("(" + TRAD[c][1] + ")", True))
        return out
    if kind == "u_escape":
        ps = pick_sub(p, r, maxlen=8)
        if not ps:
            return None
        pre, sub, post = ps
        return [(pre, False), (sub.encode("unicode_escape").decode("ascii"), True), (post, False)]
    if kind == "qp_raw":
        ps = pick_sub(p, r, maxlen=7)
        if not ps:
            return None
        pre, sub, post = ps
        q = quopri.encodestring(sub.encode("utf-8")).decode("ascii")
        if "\n" in q.rstrip("\n"):
            return None
        return [(pre, False), (q.rstrip("\n"), True), (post, False)]
    if kind == "url_percent_raw":
        ps = pick_sub(p, r, maxlen=8)
        if not ps:
            return None
        pre, sub, post = ps
        return [(pre, False), (urllib.parse.quote(sub), True), (post, False)]
    raise ValueError(kind)


KUN_SET = {("\ufffd" * n).encode("utf-8").decode("gbk", errors="replace") for n in range(1, 80)}


def check_mj_span(kind, s):
    """True when s really is the damage of its kind (and differs from what a repair gives)"""
    if kind in CHAINS:
        steps = CHAINS[kind]
        try:
            t = s
            for a, b in reversed(steps):
                t = t.encode(b).decode(a)
        except UnicodeError:
            # a strict repair is impossible only when the damaging decoder had to substitute U+FFFD; that
            # substitute (or, after a second misreading, its image) must then be visible in the span
            marks = {"\ufffd", chain_apply("\ufffd", steps[1:])} if len(steps) > 1 else {"\ufffd"}
            if kind == "double_utf8_gbk":      # EF BF BD misread as GBK pairs up as 锟/拷 with its neighbours
                marks |= {"锟", "拷"}
            if not any(mk in s for mk in marks):
                return False
            return s != chain_apply(s, [(b, a) for a, b in reversed(steps)])
        if t == s:
            return False
        if kind == "euckr_as_gbk" and not re.search("[\uac00-\ud7a3]", t):
            return False            # the repaired text must be Korean
        return chain_apply(t, steps) == s
    if kind == "kunjinkao":
        return s in KUN_SET
    if kind == "gbk_offset":
        try:
            s.encode("gbk", errors="replace")
        except UnicodeError:
            return False
        return any(ord(c) > 127 for c in s)
    if kind == "qmark_loss":
        return re.fullmatch(r"\?+", s) is not None
    if kind == "fffd_run":
        return "\ufffd" in s
    if kind == "html_entity":
        return re.fullmatch(r"(&[a-z]+;)+|&amp;[a-z]+;", s) is not None and html.unescape(s) != s
    if kind == "html_ncr":
        return re.fullmatch(r"(&#\d+;)+", s) is not None and html.unescape(s) != s
    if kind == "html_tag":
        return re.fullmatch(r"(</?[a-z]+[^<>]*/?>)+", s) is not None
    if kind == "pinyin_artefact":
        return re.fullmatch(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", s) is not None
    if kind == "u_escape":
        return re.fullmatch(r"(\\u[0-9a-f]{4})+", s) is not None and s.encode().decode("unicode_escape") != s
    if kind == "qp_raw":
        if re.fullmatch(r"(=[0-9A-F]{2})+", s) is None:
            return False
        try:
            return quopri.decodestring(s.encode()).decode("utf-8") != s
        except UnicodeError:
            return False
    if kind == "url_percent_raw":
        if re.fullmatch(r"(%[0-9A-F]{2})+", s) is None:
            return False
        try:
            return urllib.parse.unquote(s, errors="strict") != s
        except UnicodeError:
            return False
    return False


KO_NAMES = {"东北虎": "시베리아 호랑이", "大熊猫": "자이언트 판다", "银杏": "은행나무", "丹顶鹤": "두루미",
            "中华鲟": "중국 철갑상어", "水杉": "메타세쿼이아"}
KOREAN = ["사랑해요", "감사합니다", "안녕하세요", "김치찌개", "화이팅", "대한민국", "서울특별시", "괜찮아요",
          "보고 싶어요", "수고하셨습니다", "맛있어요"]


def korean_line(r, D, src):
    w = r.choice(KOREAN)
    if src == "news":
        D.t(nick(r) + "：韩国朋友留言说“")
    elif src == "encyclopedia":
        w = CTX.get("ko") or w
        D.t("韩文名称：“")
    else:
        D.t("%s INFO  [i18n] load locale=ko_KR title=\"" % log_ts(r))
    D.k(w)
    D.t("”，翻译过来大意相同。\n" if src != "log" else "\"\n")


# --------------------------------------------------------------------------------------------
# look-alikes (negatives; also sprinkled into some positives)
# --------------------------------------------------------------------------------------------


PH_LOOK = {
    "one_plus_x_cert": (["work_report", "transcript", "notice"], lambda r: [r.choice([
        "全年组织%d名学生参加“1+X”职业技能等级证书考核，通过率%d%%。" % (r.randint(40, 600), r.randint(70, 99)),
        "学校获批%d个1+X证书制度试点项目，覆盖电子商务、智能财税等专业。" % r.randint(2, 9),
        "推进“岗课赛证”融通，把1+X证书标准融入课程教学。"])]),
    "n_plus_x_model": (["work_report", "notice", "news"], lambda r: [r.choice([
        "政务大厅推行“7+X”错时延时服务，周末也能办理常用事项。",
        "课后服务采用“5+X”模式，每周%d天、每天不少于2小时。" % r.choice([4, 5]),
        "新高考选科实行“3+1+2”模式，此前多年沿用“3+X”方案。"])]),
    "x86_arch": (["log"], lambda r: [r.choice([
        "%s INFO  [boot] arch=x86_64 kernel=5.15.0-%d-generic" % (log_ts(r), r.randint(40, 99)),
        "%s INFO  [pkg] 下载 node-v18.%d.0-linux-x64.tar.xz 完成" % (log_ts(r), r.randint(1, 19)),
        "%s WARN  [boot] 检测到以 x86 模拟方式运行，性能可能下降" % log_ts(r)])]),
    "xray_medical": (["work_report", "notice", "news"], lambda r: [r.choice([
        "卫生院新购置数字化X光机%d台，胸部X光片检查%d人次。" % (r.randint(1, 3), r.randint(300, 5000)),
        "组织放射科人员参加X射线防护知识培训，持证上岗率100%。",
        "行李须经X射线安检机检查后方可进站。"])]),
    "formula_times": (["contract", "work_report", "reimburse"], lambda r: [r.choice([
        "地面铺设规格为%d×%dmm的防滑瓷砖。" % (r.choice([300, 600, 800]), r.choice([300, 600, 1200])),
        "展板尺寸%d×%dcm，共制作%d块。" % (r.choice([60, 80, 90]), r.choice([120, 180]), r.randint(2, 20)),
        "按单价计算：%d元×%d份=%d元。" % ((lambda a, b: (a, b, a * b))(r.randint(5, 60), r.randint(2, 30)))])]),
    "mou_ordinary_words": (["news", "work_report", "encyclopedia"], lambda r: [r.choice([
        "某些网友认为收费偏高，也有人觉得物有所值。", "在某种程度上，这项改革倒逼了服务质量提升。",
        "某一天清晨，他忽然决定回乡创业。", "该物种在某些年份会出现大面积迁移。", "某种意义上，这是一次观念的转变。"])]),
    "model_numbers": (["contract", "reimburse", "log"], lambda r: [r.choice([
        "采购XR-%d型激光打印机%d台。" % (r.choice([200, 350, 500]), r.randint(1, 6)),
        "设备型号：HX-%dX，出厂编号%d。" % (r.randint(10, 99), r.randint(100000, 999999)),
        "配套XL-3000型投影仪一套，另附X2型遥控器。"])]),
    "masked_phone_stated": (["news"], lambda r: [
        "注：为保护用户隐私，本站对未实名网友统一显示为“网友xxx”，手机号中间四位以*号隐去。",
        "网友xxx：%s" % r.choice(COMMENTS), "网友1%d****%04d：%s" % (r.choice([35, 38, 59, 86]), r.randint(0, 9999),
                                                              r.choice(COMMENTS))]),
    "masked_id_stated": (["award", "notice"], lambda r: [
        "公示名单中的身份证号码已按规定做脱敏处理：",
        "%s，身份证号%d**********%03dX" % (person(r), r.choice([4401, 3301, 5101, 4201]), r.randint(0, 999))]),
    "math_variable": (["transcript"], lambda r: [r.choice([
        "试卷分析：第%d题“设x为所求的数，则2x+%d=%d”，多数同学解得正确。" % (r.randint(3, 20), r.randint(1, 9), 2 * r.randint(5, 20) + 1),
        "错题订正：已知f(x)=x²−%dx+%d，求f(x)的最小值。" % (r.randint(2, 8), r.randint(1, 9)),
        "附加题：若x+y=%d且x−y=%d，求x、y的值。" % (r.randint(10, 30), r.randint(1, 9))])]),
    "roman_numerals": (["encyclopedia", "news"], lambda r: [r.choice([
        "他曾作为志愿者参加第XXIV届冬季奥林匹克运动会的服务工作。", "据考证，该手稿成书于XVIII世纪中叶。",
        "路易十四（Louis XIV）在位期间大兴土木。", "相关记载见《地方志》第Ⅲ卷第Ⅻ章。"])]),
    "chess_notation": (["news", "encyclopedia"], lambda r: [r.choice([
        "开局着法为1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6 5.O-O，白方稳步展开。",
        "第%d回合黑方走出Qxd4，随后Rxe8+形成将军。" % r.randint(12, 40),
        "常见变例：1.d4 Nf6 2.c4 e6 3.Nc3 Bb4 4.Qc2 O-O。"])]),
    "clothing_sizes": (["notice", "reimburse"], lambda r: [
        "校服尺码分为S、M、L、XL、XXL、XXXL六档，请按身高选择。",
        "本次订购XL码%d件、XXL码%d件。" % (r.randint(5, 60), r.randint(1, 30))]),
    "classical_mou": (["poetry"], lambda r: [r.choice([
        "【拓展】《论语·卫灵公》载：子告之曰：“某在斯，某在斯。”注：某，孔子自称。",
        "【拓展】古人书信常自称“某”，如“某顿首再拜”，意为“我”。",
        "【拓展】宋人笔记中常见“某尝闻之”，此处“某”为作者谦称。"])]),
    "ling_zero_dates": (["award", "notice", "work_report"], lambda r: [r.choice([
        "本文件自二〇%s年%s月一日起施行。" % (r.choice(["一九", "二〇", "二一", "二二", "二三"]), r.choice(["三", "五", "十", "十二"])),
        "所在片区始建于一九八〇年，二〇〇八年完成首轮改造。", "二〇二〇年以来累计投入资金较上一周期增长一倍。",
        "该项工作纳入二〇二一至二〇二五年发展规划统筹推进。"])]),
    "exam_blank": (["transcript"], lambda r: [
        "附：期末试卷第一大题（填空题，每空2分）",
        "1. 床前明月光，________。　2. ________，黄河入海流。"]),
    "code_format_strings": (["log"], lambda r: [r.choice([
        "%s DEBUG [tpl] format=\"用户%%s登录成功，耗时%%dms\" args=2" % log_ts(r),
        "%s DEBUG [cfg] log_path=${HOME}/logs/app.log" % log_ts(r),
        "%s DEBUG [i18n] key=order.count value=\"共{0}条记录\"" % log_ts(r)])]),
    "template_syntax_doc": (["log", "encyclopedia"], lambda r: [
        r.choice(["技术说明：Jinja2 模板中用 {{ user.name }} 输出变量，用 {% for %} 写循环。",
                  "技术说明：Vue 的插值语法写作 {{ message }}，渲染时会被数据替换。",
                  "开发备注：邮件模板变量统一使用 {{ }} 包裹，由渲染引擎在发送前填充。"])]),
    "news_anonymised_stated": (["news"], lambda r: [
        "（应当事人要求，文中人物均为化名）", "据介绍，被告人%s某在%d年间多次骗取钱财，%s某的家属已退赔部分款项。"
        % ((lambda s: (s, r.randint(2019, 2023), s))(r.choice(SURN)))]),
    "genetics_xx_xy": (["encyclopedia"], lambda r: [r.choice([
        "人类正常女性的性染色体组成为XX，男性为XY。", "克氏综合征患者的性染色体多为XXY。",
        "鸟类的性别决定方式为ZW型，与XY型不同。"])]),
    "check_marks": (["transcript", "notice"], lambda r: [
        "判断题：正确的在括号内打“√”，错误的打“×”。", "（1）月亮本身会发光。（×）　（2）水在0℃时会结冰。（√）"]),
    "brand_x": (["news", "log", "reimburse"], lambda r: [r.choice([
        "购买iPhone X一部，用于外勤拍照。", "SpaceX 的火箭回收技术再次引发热议。", "旧电脑仍在运行Windows XP，存在安全隐患。",
        "他最爱看的电影是《X战警》。", "活动奖品为Xbox游戏机一台。"])]),
    "real_names_comment": (["comment"], lambda r: []),
    "forum_slang": (["news"], lambda r: [r.choice(["%s：楼主说得在理，顶一个" % nick(r), "%s：沙发！" % nick(r),
                                                    "%s：+1，同感" % nick(r), "%s：回复楼主，已收藏" % nick(r)])]),
    "hex_and_url": (["log"], lambda r: [r.choice([
        "%s INFO  [http] GET /api/search?q=report&page=%d 200" % (log_ts(r), r.randint(1, 9)),
        "%s DEBUG [io] flags=0xFF mask=0x7FFFFFFF" % log_ts(r),
        "%s ERROR [jvm] SIGSEGV at pc=0x00007f3a2c1b4e10" % log_ts(r)])]),
    "chart_axes": (["work_report", "encyclopedia"], lambda r: [r.choice([
        "附图中横轴（x轴）表示月份，纵轴（y轴）表示办件量。", "在平面直角坐标系中，点P的x坐标为%d。" % r.randint(-9, 9)])]),
    "scientific_notation": (["encyclopedia"], lambda r: [r.choice([
        "光在真空中的传播速度约为3×10⁸米/秒。", "阿伏伽德罗常数约为6.02×10²³。", "显微镜下放大400×观察细胞结构。"])]),
    "clean_transcript": (["transcript"], lambda r: []),
    "clean_form": (["contract", "reimburse", "notice", "award"], lambda r: []),
}

LANG_QUOTES = {
    "russian": ["«Война и мир»", "«Здравствуйте»", "«Спасибо большое»", "«Преступление и наказание»"],
    "japanese": ["「ありがとうございます」", "「いただきます」", "「お疲れ様です」", "「桜が咲いた」", "「よろしくお願いします」"],
    "korean": ["“사랑해요”", "“감사합니다”", "“안녕하세요”", "“화이팅”", "“보고 싶어요”"],
    "greek": ["“φιλοσοφία”", "“δημοκρατία”", "“Ευχαριστώ”", "“λόγος”"],
    "french": ["« Liberté, égalité, fraternité »", "« crème brûlée »", "« À bientôt »", "« café au lait »"],
    "german": ["„Übung macht den Meister“", "„Straße“", "„Schönen Tag noch“", "„Größe“"],
    "vietnamese": ["“Xin chào”", "“Cảm ơn nhiều”", "“Tiếng Việt”", "“Chúc mừng năm mới”", "“Phở bò”"],
    "other_latin": ["“São Paulo”", "“niño”", "“Teşekkürler”", "“Smörgåsbord”", "“Dziękuję”"],
}
LANG_CN = {"russian": "俄语", "japanese": "日语", "korean": "韩语", "greek": "希腊语", "french": "法语", "german": "德语",
           "vietnamese": "越南语", "other_latin": "外语"}


def quote_lines(lang):
    def g(r):
        q = r.choice(LANG_QUOTES[lang])
        if CTX.get("host") == "news":
            return [r.choice(["%s：视频里那句%s，听了好几遍" % (nick(r), q),
                              "%s：我朋友教我说%s，发音好难" % (nick(r), q),
                              "%s：外国游客也来打卡，还写了留言%s" % (nick(r), q),
                              "延伸阅读：%s报道原标题为%s。" % (LANG_CN[lang], q)])]
        return [r.choice(["注：该词在%s中写作%s。" % (LANG_CN[lang], q), "外文资料：%s文献中的说法为%s。" % (LANG_CN[lang], q),
                          "延伸阅读：%s原文标题为%s。" % (LANG_CN[lang], q)])]
    return g


MJ_LOOK = {
    "quote_russian": (["news", "encyclopedia"], quote_lines("russian")),
    "quote_japanese": (["news", "encyclopedia"], lambda r: quote_lines("japanese")(r) + (
        ["收据原文：ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｼﾀ（半角片假名）"] if r.random() < 0.4 else [])),
    "quote_korean": (["news", "encyclopedia"], quote_lines("korean")),
    "quote_greek": (["encyclopedia", "news"], quote_lines("greek")),
    "quote_french": (["news", "encyclopedia"], quote_lines("french")),
    "quote_german": (["news", "encyclopedia"], quote_lines("german")),
    "quote_vietnamese": (["news", "encyclopedia"], quote_lines("vietnamese")),
    "quote_other_latin": (["news", "encyclopedia"], quote_lines("other_latin")),
    "pinyin_lesson": (["poetry"], lambda r: [r.choice(["【注音】", "【拼音朗读】"]) + "，".join(
        POEM_PINYIN[CTX.get("poem", "静夜思")][:r.choice([2, 4])]) + "。"]),
    "poetry_rare_annotation": (["poetry"], lambda r: ["【注释】" + POEM_NOTES[CTX.get("poem", "江雪")]]),
    "traditional_text": (["news", "encyclopedia"], lambda r: [r.choice([
        "香港讀者來信：「這項措施對長者十分友善，值得推廣。」", "臺灣版原文：「本館開放時間為週二至週日，週一休館。」",
        "引自繁體版說明：「請於報名截止前繳交相關證明文件。」"])]),
    "rare_chars": (["poetry", "encyclopedia"], lambda r: [r.choice([
        "【识字】“龘”读dá，形容龙腾飞的样子；“犇”读bēn，同“奔”。", "【识字】“𠮷”是“吉”的异体字，常见于日本姓氏。",
        "【识字】“鱻”读xiān，古同“鲜”；“䶮”读yǎn，见于人名。", "【识字】“㵘”“𩽾”等字收录于扩展区，部分字库无法显示。"])]),
    "math_symbols": (["encyclopedia", "transcript"], lambda r: [r.choice([
        "公式：∑ᵢ₌₁ⁿ i = n(n+1)/2，∫₀¹ x² dx = 1/3。", "若 a ≤ b 且 b ≤ c，则 a ≤ c；x ∈ ℝ，|x| ≥ 0。",
        "误差范围 ±0.5%，当 n → ∞ 时极限为 √2。", "集合关系：A ⊆ B，A ∩ B = A，Δx ≈ 0.01。"])]),
    "emoji": (["news"], lambda r: ["%s：%s" % (nick(r), r.choice(["太棒了👍👍", "笑死我了😂😂😂", "冲冲冲🔥", "点赞❤️",
                                                                 "支持一下🙏", "家门口的福利🎉"]))]),
    "kaomoji": (["news"], lambda r: ["%s：%s" % (nick(r), r.choice(["(╯°□°）╯︵ ┻━┻ 又涨价了", "期待(๑•̀ㅂ•́)و✧",
                                                                   "好耶ヽ(✿ﾟ▽ﾟ)ノ", "(｡･ω･｡)路过看看", "¯\\_(ツ)_/¯ 随缘吧"]))]),
    "question_marks": (["news"], lambda r: ["%s：%s" % (nick(r), r.choice(["真的假的?", "啥时候开通啊??", "那周末开不开门?",
                                                                         "为什么不早点做???", "请问在哪报名？"]))]),
    "code_snippet": (["log"], lambda r: [r.choice([
        "# 示例：print(\"你好，世界\\n\", end=\"\")", "# 示例：re.compile(r\"^[\\u4e00-\\u9fa5]+$\") 用于匹配中文",
        "# 示例：SELECT name FROM users WHERE city = '北京' AND age > 18;"])]),
    "json_escape_explained": (["log", "encyclopedia"], lambda r: [r.choice([
        "技术说明：JSON 默认把“中”转义为 \\u4e2d，读取时会还原，不属于乱码。",
        "技术说明：在 Java 源码里可以写 '\\u6587' 表示汉字“文”。"])]),
    "html_tutorial": (["encyclopedia", "log"], lambda r: [r.choice([
        "技术说明：HTML 中用 &nbsp; 表示不换行空格，用 &lt;br/&gt; 之类写法显示标签本身。",
        "技术说明：换行标签写作 <br/>，段落标签写作 <p></p>。", "技术说明：字符引用 &#20013; 在浏览器里显示为“中”。"])]),
    "url_query": (["log", "news"], lambda r: [r.choice([
        "原文链接：https://news.example.cn/search?q=%E5%85%AC%E4%BA%A4&page=2",
        "%s INFO  [http] GET /s?wd=%%E5%%A4%%A9%%E6%%B0%%94 200" % log_ts(r)])]),
    "ipa": (["encyclopedia"], lambda r: [r.choice([
        "英语读音：/ˈtaɪɡə(r)/", "国际音标：[tʂʰʅ˥]，为送气卷舌塞擦音。", "英语读音：/ˈpændə/；法语：[pɑ̃.da]",
        "粤语读音：[kʷɔŋ˧˥]"])]),
    "species_authority": (["encyclopedia"], lambda r: [r.choice([
        "命名：Felis catus Linnaeus, 1758", "异名：Ginkgo macrophylla Schrödinger（存疑）", "命名人：(Thunberg) Fürst, 1801",
        "英文名：Père David's deer（麋鹿）"])]),
    "chem_formulas": (["encyclopedia"], lambda r: [r.choice([
        "主要成分为碳酸钙（CaCO₃），遇盐酸放出CO₂。", "硫酸根离子写作SO₄²⁻，铁离子写作Fe³⁺。",
        "反应式：2H₂ + O₂ → 2H₂O（点燃）"])]),
    "units_symbols": (["reimburse", "encyclopedia"], lambda r: [r.choice([
        "境外住宿费€%d（约¥%d），汇率按当日中间价。" % ((lambda e: (e, e * 8))(r.randint(80, 400))),
        "年平均气温14.5℃，森林覆盖率超过60%，含盐量约3.5‰。", "展厅面积1,200㎡，编号№%d。" % r.randint(1, 99)])]),
    "box_drawing": (["log"], lambda r: ["┌──────┬──────┐", "│ 任务 │ 状态 │", "├──────┼──────┤",
                                        "│ 同步 │ 成功 │", "└──────┴──────┘"]),
    "mojibake_discussed": (["news", "encyclopedia"], lambda r: [r.choice([
        "科普：程序员口中的“锟斤拷”，是替换字符按GBK显示后的样子，这里是举例而非乱码。",
        "科普：网页把UTF-8当成GBK读取时，“发展”会显示成“鍙戝睍”，这只是示例。"])]),
    "hashes_base64": (["log"], lambda r: [r.choice([
        "%s INFO  [auth] token=eyJhbGciOiJIUzI1NiJ9.5Lit5paH.QmFzZTY0" % log_ts(r),
        "%s INFO  [dl] sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" % log_ts(r)])]),
    "transcript_rare_names": (["transcript"], lambda r: ["获奖名单：%s、%s、%s" % (person(r, True), person(r, True), person(r))]),
    "netspeak": (["news"], lambda r: ["%s：%s" % (nick(r), r.choice(["yyds，必须安排", "awsl，太暖了", "xswl哈哈哈", "dddd，懂的都懂"]))]),
    "json_log_escapes": (["log"], lambda r: [
        "%s DEBUG [mq] payload={\"msg\":\"\\u8ba2\\u5355\\u5df2\\u652f\\u4ed8\",\"id\":%d}"
        % (log_ts(r), r.randint(1000, 9999))]),
    "classical_variants": (["poetry"], lambda r: [r.choice(["【校记】“峯”同“峰”，“遊”同“游”，原刻本如此。",
                                                            "【校记】宋本作“裏”，今本作“里”，义同。"])]),
}

# --------------------------------------------------------------------------------------------
# style table
# --------------------------------------------------------------------------------------------

PH_POS = {
    "transcript": ["x_lower", "x_upper", "times", "underscore", "square_label", "todo_bracket", "mustache", "fullwidth_x"],
    "comment": ["moumou", "surname_mou", "x_lower", "times", "circle", "square_label", "todo_bracket"],
    "work_report": ["x_lower", "x_upper", "times", "moumou", "surname_mou", "todo_bracket", "fullwidth_x", "mask_symbol"],
    "notice": ["x_lower", "x_upper", "underscore", "todo_bracket", "square_label", "circle"],
    "award": ["surname_mou", "times", "x_upper", "moumou", "circle"],
    "contract": ["underscore", "x_lower", "times", "square_label", "todo_bracket"],
    "log": ["mustache", "dollar_var", "square_label", "x_lower"],
    "encyclopedia": ["times", "x_upper", "todo_bracket", "x_lower"],
    "poetry": ["todo_bracket", "underscore", "x_lower", "moumou"],
    "news": ["x_upper", "x_lower", "times", "todo_bracket"],
    "reimburse": ["x_lower", "underscore", "fullwidth_x", "mask_symbol", "dollar_var"],
}
MJ_POS = {
    "utf8_as_gbk": ["log", "work_report", "transcript", "news"], "kunjinkao": ["log", "work_report", "encyclopedia"],
    "utf8_as_cp1252": ["log", "news", "encyclopedia"], "utf8_as_latin1": ["log", "transcript"],
    "qmark_loss": ["work_report", "transcript", "poetry", "news"], "fffd_run": ["log", "news", "encyclopedia"],
    "html_entity": ["news", "encyclopedia", "work_report"], "html_ncr": ["news", "poetry", "encyclopedia"],
    "html_tag": ["work_report", "news", "poetry"], "pinyin_artefact": ["work_report", "poetry", "encyclopedia", "transcript"],
    "u_escape": ["log", "news", "encyclopedia"], "qp_raw": ["log", "work_report"],
    "utf8_as_big5": ["log", "poetry", "news"], "euckr_as_gbk": ["news", "encyclopedia", "log"],
    "double_utf8_cp1252": ["log", "news", "work_report"], "gb18030_as_latin1": ["log", "transcript", "poetry"],
    "gbk_offset": ["work_report", "poetry"], "big5_as_gbk": ["poetry", "encyclopedia"],
    "utf8_as_shiftjis": ["log", "news"], "double_utf8_gbk": ["work_report", "log"],
    "url_percent_raw": ["news", "work_report"],
}


def build_styles():
    st = []
    for src, kinds in PH_POS.items():
        for k in kinds:
            st.append(("ph_%s_%s" % (src, k), "ph", "placeholder", src, k))
    for name in PH_LOOK:
        st.append(("ph_neg_" + name, "ph", "negative", None, name))
    for k, srcs in MJ_POS.items():
        for src in srcs:
            st.append(("mj_%s_%s" % (src, k), "mj", "mojibake", src, k))
    for name in MJ_LOOK:
        st.append(("mj_neg_" + name, "mj", "negative", None, name))
    return st


STYLES = build_styles()
# look-alikes whose own masks/blanks would make a positive record's labelling ambiguous
MJ_SAME_SHAPE = {"qmark_loss": ("question_marks",), "u_escape": ("json_escape_explained", "json_log_escapes"),
                 "html_entity": ("html_tutorial",), "html_ncr": ("html_tutorial",), "html_tag": ("html_tutorial",),
                 "url_percent_raw": ("url_query",), "pinyin_artefact": ("pinyin_lesson", "poetry_rare_annotation")}
PH_NOT_IN_POSITIVES = {"exam_blank", "check_marks", "masked_phone_stated", "masked_id_stated", "news_anonymised_stated"}
STYLE_INFO = {s[0]: s for s in STYLES}

# --------------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------------


COMMENT_LIKE = re.compile(r"^[^：:（(注]{1,14}：")


def insert_lines(items, lines, r, new_items=None):
    """put whole look-alike lines (or ready items) at one of the host's insertion marks"""
    if not lines and not new_items:
        return items
    block = list(new_items) if new_items else [("t", "\n".join(lines) + "\n")]
    first = lines[0] if lines else "".join(it[1] for it in block)
    marks = [i for i, it in enumerate(items) if it[0] == "m"]
    if any(items[i][2] == "comment" for i in marks):      # news: comments go among comments, prose into the body
        want = "comment" if COMMENT_LIKE.match(first) else "body"
        marks = [i for i in marks if items[i][2] == want] or marks
    if not marks:
        return items + [("t", "\n")] + block[:-1] + [(block[-1][0], block[-1][1].rstrip("\n"))]
    i = r.choice(marks)
    return items[:i] + block + items[i:]


def render_plain(items, B):
    for it in items:
        B.add(it[2] if it[0] == "s" else it[1])


def make_record(style, r):
    name, fam, label, src, kind = STYLE_INFO[style]
    CTX.clear()
    CTX["host"] = src
    CTX["fam"], CTX["label"] = fam, label
    B = Builder()
    note = ""
    if label == "placeholder":
        D = Doc()
        SOURCES[src](r, D)
        items = D.items
        if r.random() < 0.25:
            cand = [k for k, (hosts, _) in PH_LOOK.items() if src in hosts and k not in PH_NOT_IN_POSITIVES]
            if cand:
                items = insert_lines(items, PH_LOOK[r.choice(cand)][1](r), r)
        slots = [i for i, it in enumerate(items) if it[0] == "s" and ph_supports(kind, it[1])]
        chosen = {i for i in slots if r.random() < 0.55}
        if not chosen:
            chosen = {r.choice(slots)}
        st = {"todo": r.choice(["【待填】", "（填写）", "【待补充】", "（待定）", "【请填写】"]), "us": r.choice(["_", "_", "＿"]),
              "circ": r.choice(["〇", "○"]), "mask": r.choice(["△", "□", "◇", "＊", "☆"])}
        for i, it in enumerate(items):
            if i in chosen:
                for txt, sp in ph_render(kind, it[1], it[2], r, st):
                    B.add(txt, sp)
            else:
                B.add(it[2] if it[0] == "s" else it[1])
        note = "%s placeholders left unfilled in a %s document (%d slot(s))" % (kind, src, len(chosen))
    elif label == "mojibake":
        D = Doc()
        SOURCES[src](r, D)
        items = D.items
        if kind == "euckr_as_gbk":
            D2 = Doc()
            korean_line(r, D2, src)
            items = insert_lines(items, [], r, new_items=D2.items)
        if r.random() < 0.25 and not CTX.get("config"):
            cand = [k for k, (hosts, _) in MJ_LOOK.items() if src in hosts and k not in ("mojibake_discussed", "box_drawing")
                    and k not in MJ_SAME_SHAPE.get(kind, ())]
            if cand:
                items = insert_lines(items, MJ_LOOK[r.choice(cand)][1](r), r)
        dmg = [i for i, it in enumerate(items) if it[0] == ("k" if kind == "euckr_as_gbk" else "d")]
        r.shuffle(dmg)
        if kind == "qmark_loss":      # names with characters outside GB2312 lose them to ? (tried first)
            dmg = [i for i, it in enumerate(items) if it[0] == "s" and it[1] == "name"
                    and "?" in it[2].encode("gb2312", errors="replace").decode("gb2312")] + dmg
        want = 1 if kind in ("euckr_as_gbk",) else r.choice([2, 3, 4, 5]) if kind == "pinyin_artefact" \
            else r.choice([1, 1, 2, 2, 3])
        done = {}
        for i in dmg:
            if len(done) >= want:
                break
            pcs = damage(kind, items[i][1], r)
            if pcs:
                done[i] = pcs
        if not done:
            return None
        origs = []
        for i, it in enumerate(items):
            if i in done:
                for txt, sp in done[i]:
                    B.add(txt, sp)
                origs.append(it[2] if it[0] == "s" else it[1])
            else:
                B.add(it[2] if it[0] == "s" else it[1])
        note = "%s in %d stretch(es) of a %s document; source phrase(s): %s" % (
            MJ_DESC[kind], len(done), src, " | ".join(origs))
    else:
        table = PH_LOOK if fam == "ph" else MJ_LOOK
        hosts, gen = table[kind]
        host = r.choice(hosts)
        CTX["host"] = host
        D = Doc()
        SOURCES[host](r, D)
        look = gen(r)
        items = insert_lines(D.items, look, r)
        render_plain(items, B)
        if look:
            note = "look-alike (%s) in a %s document, e.g. “%s”; nothing to flag" % (
                kind.replace("_", " "), host, look[0][:48])
        else:
            note = "clean %s document with every field filled (%s); nothing to flag" % (host, kind.replace("_", " "))
    return {"family": fam, "style": style, "label": label, "text": B.text(), "spans": B.spans, "note": note}


def count_for(seed, style):
    lo, hi = (16, 19) if STYLE_INFO[style][2] == "negative" else (15, 18)   # keeps positives near 65 %
    return rng_for("count", seed, style).randint(lo, hi)


def generate(seed):
    recs = []
    for style, *_ in STYLES:
        n = count_for(seed, style)
        for j in range(n):
            attempt = 0
            while True:
                r = rng_for(seed, style, j, attempt)
                rec = make_record(style, r)
                if rec is not None and not record_problems(rec):
                    break
                attempt += 1
                if attempt > 50:
                    raise RuntimeError("cannot build %s #%d" % (style, j))
            recs.append(rec)
    rng_for("order", seed).shuffle(recs)
    out = []
    for i, rec in enumerate(recs):
        out.append(dict([("id", "t47-s%d-%05d" % (seed, i))] + list(rec.items())))
    return out


# --------------------------------------------------------------------------------------------
# verification
# --------------------------------------------------------------------------------------------

FIELDS = ["id", "family", "style", "label", "text", "spans", "note"]


def record_problems(rec):
    p = []
    fam, label, style, text, spans = rec.get("family"), rec.get("label"), rec.get("style"), rec.get("text"), rec.get("spans")
    if fam not in ("ph", "mj"):
        p.append("bad family")
    if label not in {"ph": ("placeholder", "negative"), "mj": ("mojibake", "negative")}.get(fam, ()):
        p.append("label %r not allowed for family %r" % (label, fam))
    if not isinstance(style, str) or not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", style):
        p.append("style not snake_case")
    elif style not in STYLE_INFO:
        p.append("unknown style")
    else:
        info = STYLE_INFO[style]
        if info[1] != fam or info[2] != label:
            p.append("style/family/label mismatch")
    if not isinstance(text, str) or not text.strip():
        return p + ["empty text"]
    nl = text.count("\n") + 1
    if not 1 <= nl <= 12:
        p.append("text has %d lines" % nl)
    if not isinstance(rec.get("note"), str) or "\n" in rec["note"] or "\r" in rec["note"] or not rec["note"]:
        p.append("note must be one non-empty line")
    if not isinstance(spans, list):
        return p + ["spans not a list"]
    prev = 0
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) and not isinstance(x, bool) for x in sp)):
            p.append("malformed span %r" % (sp,))
            continue
        a, b = sp
        if not (0 <= a < b <= len(text)):
            p.append("span %r outside text or empty" % (sp,))
            continue
        if a < prev:
            p.append("spans overlap or unsorted")
        prev = b
        s = text[a:b]
        if not s.strip():
            p.append("blank span")
        if style in STYLE_INFO and label == "placeholder":
            if not PH_SPAN_RE.fullmatch(s):
                p.append("span %r is not a placeholder form" % s)
        if style in STYLE_INFO and label == "mojibake":
            if not check_mj_span(STYLE_INFO[style][4], s):
                p.append("span %r is not real %s damage" % (s, STYLE_INFO[style][4]))
    if label == "negative" and spans:
        p.append("negative with spans")
    if label in ("placeholder", "mojibake") and not spans:
        p.append("positive without spans")
    return p


def verify(paths):
    bad = 0
    for path in paths:
        ids = set()
        n = 0
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                if not line.strip():
                    continue
                n += 1
                try:
                    rec = json.loads(line)
                except ValueError as e:
                    print("%s:%d: bad JSON: %s" % (path, ln, e))
                    bad += 1
                    continue
                probs = []
                if not isinstance(rec, dict) or sorted(rec) != sorted(FIELDS):
                    probs.append("fields must be exactly %s" % FIELDS)
                else:
                    if rec["id"] in ids:
                        probs.append("duplicate id")
                    ids.add(rec["id"])
                    probs += record_problems(rec)
                for pr in probs:
                    print("%s:%d: %s: %s" % (path, ln, rec.get("id") if isinstance(rec, dict) else "?", pr))
                bad += bool(probs)
        print("%s: %d records checked" % (path, n))
    if bad:
        print("FAILED: %d bad record(s)" % bad)
        return 1
    print("OK")
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.seed is None or not a.out:
        ap.error("--seed and --out are required (or use --verify FILES)")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
