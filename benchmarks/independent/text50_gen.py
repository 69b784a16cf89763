#!/usr/bin/env python3
"""Held-out set 50 (text): placeholders and mojibake in Chinese documents.

Usage:
  python3 text50_gen.py --seed 11 --out text50_seed11.jsonl
  python3 text50_gen.py --verify text50_seed11.jsonl text50_seed12.jsonl
  python3 text50_gen.py --table text50_seed11.jsonl

Standard library only. Deterministic per seed: every style draws from its own
random.Random(f"text50:{seed}:{style}") (string seeds are hashed with SHA-512 by
the random module, so PYTHONHASHSEED has no influence).
"""
import argparse
import collections
import html
import json
import random
import re
import sys

SOURCES = ["ticket", "checkup", "utility", "lostfound", "admission"]

PH_POS = ["xx_unit", "xx_name", "x_date", "x_amount", "times_sign", "fullwidth_x", "mou_name",
          "bracket_todo", "paren_fill", "underscore_blank", "template_var", "ling_circle",
          "masked_digits"]
MJ_POS = ["utf8_as_gbk", "kunjinkao", "utf8_as_cp1252", "utf8_as_latin1", "fffd_run",
          "big5_as_gbk", "gbk_as_big5", "qmark_loss", "html_entity", "tag_debris",
          "pinyin_scrape"]
PH_NEG = ["neg_xletter", "neg_mou_word", "neg_math_times", "neg_numeral", "neg_declared_mask",
          "neg_blank_misc"]
MJ_NEG = ["neg_foreign", "neg_pinyin_note", "neg_trad_rare", "neg_symbol_emoji", "neg_code_qmark",
          "neg_latin_brand"]


def build_styles():
    styles = []
    for src in SOURCES:
        for k in PH_POS:
            styles.append((f"{k}_{src}", "ph", "placeholder", k, src))
        for k in MJ_POS:
            styles.append((f"{k}_{src}", "mj", "mojibake", k, src))
        for k in PH_NEG:
            styles.append((f"{k}_{src}", "ph", "negative", k, src))
        for k in MJ_NEG:
            styles.append((f"{k}_{src}", "mj", "negative", k, src))
    return styles


STYLES = build_styles()
STYLE_INFO = {s[0]: s for s in STYLES}

# ---------------------------------------------------------------- real values
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵严覃武戴孔汤")
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯晨欣怡佳琪雪梅海燕丹婷晓东涵思远博雅"
PREFIX = ["东湖", "柳林", "青石", "南苑", "金桥", "白云", "临江", "长宁", "新华", "翠屏", "望江", "枫林",
          "星河", "嘉禾", "锦华", "安澜", "滨江", "龙泉", "桂园", "松山", "清水", "凤鸣", "云台", "石门"]
ROADS = ["建设路", "和平路", "解放大道", "人民路", "中山北路", "文化路", "长江路", "学府街", "朝阳路",
         "迎宾大道", "光明街", "滨河路", "工农路", "胜利街", "新民路", "春晖路"]
RARE_NAMES = ["刘䶮", "张垚", "王喆", "李堃", "陈淼", "赵犇", "周焱", "孙昇", "吴旻", "郑玥", "钱龑", "黄琛",
              "杨燚", "林靓", "冯堉", "何劼"]

CNT = {"户": (3, 480), "人": (20, 3000), "件": (2, 300), "次": (1, 12), "天": (2, 15), "栋": (1, 32),
       "岁": (18, 80), "cm": (150, 188), "次/分": (58, 96), "项": (18, 40), "项指标": (1, 4),
       "度": (80, 680), "吨": (3, 40), "路": (1, 399), "把": (2, 6), "名": (30, 1200),
       "年": (1952, 2004), "分": (100, 150), "个": (6, 40), "张": (2, 6), "个工作日": (3, 15),
       "台": (10, 80), "份": (1, 5), "号楼": (1, 28), "个月": (1, 12)}
VAL = {"kg": (45, 95, 1), "mmol/L": (3.2, 7.8, 2), "U/L": (8, 58, 0), "g/L": (110, 168, 0),
       "": (3.5, 9.8, 1), "立方米": (5, 80, 1), "元/度": (0.4883, 0.6883, 4), "千瓦时": (80, 600, 1)}


def g_name(r):
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2])))


def g_phone(r):
    return "1" + r.choice("3578") + str(r.randint(0, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))


def g_date(r):
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{y}年{m}月{d}日", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日"])


def g_time(r):
    return f"{r.randint(8, 20)}:{r.choice(['00', '15', '30', '45', '%02d' % r.randint(0, 59)])}"


MONEY = {"s": (5, 300), "u": (30, 600), "m": (100, 3000)}
MONEY_ROUND = {"r": (100, 2000, 50), "t": (3000, 12000, 100), "d": (800, 1800, 100), "g": (2000, 4000, 500)}


def g_money(r, tier):
    if tier in MONEY_ROUND:
        lo, hi, step = MONEY_ROUND[tier]
        v = r.randrange(lo, hi + 1, step)
        return (f"{v:,}" if v >= 1000 and r.random() < 0.3 else str(v)) + "元"
    lo, hi = MONEY.get(tier, (100, 3000))
    v = r.randint(lo * 100, hi * 100) / 100
    return (f"{v:,.2f}" if v >= 1000 and r.random() < 0.5 else f"{v:.2f}") + "元"


def g_drange(r):
    y, m = r.randint(2023, 2025), r.randint(1, 11)
    d1 = r.randint(1, 15)
    if r.random() < 0.5:
        return f"{y}年{m}月{d1}日至{y}年{m + 1}月{d1 - 1 if d1 > 1 else 28}日"
    return f"{y}年{m}月{d1}日至{m + 1}月{r.randint(1, 28)}日"


def g_wan(r):
    return f"{r.randint(5, 300) / 10:.2f}万元"


def g_pct(r):
    return f"{r.randint(5, 999) / 10}%"


def g_val(r, unit):
    lo, hi, dec = VAL.get(unit, (1, 100, 1))
    v = r.uniform(lo, hi)
    return (f"{v:.{dec}f}" if dec else str(int(v))) + unit


def g_cnt(r, unit):
    lo, hi = CNT.get(unit, (1, 200))
    return f"{r.randint(lo, hi)}{unit}"


def g_org(r, suffix):
    return r.choice(PREFIX) + suffix


def g_addr(r):
    return r.choice(ROADS) + f"{r.randint(1, 388)}号"


def g_no(r, prefix):
    y, m, d = r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)
    return f"{prefix}{y}{m:02d}{d:02d}{r.choice(['', '-'])}{r.randint(1, 9999):04d}"


CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    tens, ones = divmod(n, 10)
    s = ("" if tens <= 1 else CN_DIG[tens]) + ("十" if tens else "")
    return s + (CN_DIG[ones] if ones else "") if n else "〇"


def g_cdate(r):
    y = r.choice([2019, 2021, 2022, 2023, 2024, 2025])
    return "".join(CN_DIG[int(c)] for c in str(y)) + "年" + cn_num(r.randint(1, 12)) + "月" + cn_num(r.randint(1, 28)) + "日"


def g_mphone(r):
    p = g_phone(r)
    return p[:3] + "****" + p[7:]


FOREIGN = [
    ("俄语", "Спасибо за помощь", "谢谢您的帮助"), ("俄语", "Где мой паспорт?", "我的护照在哪里？"),
    ("日语", "ありがとうございます", "非常感谢"), ("日语", "財布をなくしました", "我把钱包弄丢了"),
    ("韩语", "감사합니다", "谢谢"), ("韩语", "지갑을 잃어버렸어요", "我把钱包弄丢了"),
    ("法语", "Merci beaucoup, c'est très gentil", "非常感谢，您真好"),
    ("法语", "Où est le bureau des objets trouvés ?", "失物招领处在哪里？"),
    ("德语", "Vielen Dank für Ihre Hilfe", "非常感谢您的帮助"), ("德语", "Die Rechnung ist zu hoch", "账单金额太高了"),
    ("越南语", "Cảm ơn bạn rất nhiều", "非常感谢你"), ("越南语", "Tôi bị mất ví", "我丢了钱包"),
    ("希腊语", "Ευχαριστώ πολύ", "非常感谢"), ("希腊语", "Καλημέρα σας", "早上好"),
]

TRAD = {
    "ticket": ["請盡快處理我的退款申請", "貨品已損壞，要求換貨", "客服態度很好，謝謝", "訂單一直沒有發貨", "請問維修人員何時上門"],
    "checkup": ["肝功能檢查結果正常", "建議三個月後複查血脂", "心電圖未見異常", "請空腹前來抽血", "報告已寄到公司"],
    "utility": ["請問本月電費為何增加", "水錶讀數有誤，請派人核查", "燃氣已經停用兩個月", "已經透過銀行轉帳繳費", "請寄送紙本帳單"],
    "lostfound": ["我在捷運站遺失了錢包", "拾獲黑色雨傘一把", "錢包內有身分證與信用卡", "感謝好心人歸還手機", "小狗走失，請大家幫忙留意"],
    "admission": ["請問報名截止日期是哪天", "港澳學生可否申請獎學金", "宿舍是否提供網路", "入學考試科目有哪些", "學費可以分期繳納嗎"],
}
TRAD_FRAME = {
    "ticket": ["港澳客户原文留言：«trad»", "台湾客户邮件原文：«trad»"],
    "checkup": ["境外机构报告原文摘录：«trad»", "港籍受检者留言原文：«trad»"],
    "utility": ["港澳业主来函原文：«trad»", "台胞住户留言原文：«trad»"],
    "lostfound": ["台湾游客留言原文：«trad»", "香港旅客来信原文：«trad»"],
    "admission": ["港澳台考生咨询原文：«trad»", "澳门家长来信原文：«trad»"],
}


def gen_slot(r, typ, arg, source):
    if typ == "name":
        return g_name(r)
    if typ == "phone":
        return g_phone(r)
    if typ == "date":
        return g_date(r)
    if typ == "time":
        return g_time(r)
    if typ == "money":
        return g_money(r, arg)
    if typ == "drange":
        return g_drange(r)
    if typ == "wan":
        return g_wan(r)
    if typ == "pct":
        return g_pct(r)
    if typ == "val":
        return g_val(r, arg)
    if typ == "cnt":
        return g_cnt(r, arg)
    if typ == "org":
        return g_org(r, arg)
    if typ == "addr":
        return g_addr(r)
    if typ == "no":
        return g_no(r, arg)
    if typ == "year":
        return str(r.randint(2024, 2026))
    if typ == "sex":
        return r.choice("男女")
    if typ == "bp":
        return f"{r.randint(105, 145)}/{r.randint(65, 95)}"
    if typ == "cdate":
        return g_cdate(r)
    if typ == "mphone":
        return g_mphone(r)
    if typ == "rare":
        return r.choice(RARE_NAMES)
    if typ == "fq":
        lang, phrase, zh = r.choice(FOREIGN)
        return f"{lang}“{phrase}”（{zh}）"
    if typ == "trad":
        return r.choice(TRAD[source])
    if typ == "d4":
        return "%04d" % r.randint(0, 9999)
    raise ValueError(typ)


# ---------------------------------------------------------------- templates
T = {
    "ticket": {
        "head": ["客服工单 «no:GD»", "投诉处理记录单", "【工单详情】编号：«no:GD»", "«org:物流有限公司»客户服务中心投诉登记表"],
        "body": [
            "受理时间：«date» «time»",
            "客户姓名：«name»，联系电话：«phone»",
            "投诉人«name»反映，其于«date»在营业厅办理宽带业务时等待时间过长。",
            "订单号：«no:DD»，实付金额：«money:m»",
            "客户称包裹延误«cnt:天»，要求赔偿«money:s»。",
            "处理人：«name»（客服二组）",
            "同类问题本月已累计受理«cnt:件»，较上月下降«pct»。",
            "客户住址：«org:小区»«cnt:号楼»",
            "上门维修地址：«addr»，预约时间«date»上午。",
            "回访结果：客户对处理结果表示满意，工单于«date»关闭。",
            "退款«money:m»已于«date»原路退回，请客户注意查收。",
            "客户要求升级处理，已转交«org:分公司»质量管理部。",
            "涉及门店：«org:店»，当班店员«name»。",
            "回访满意率«pct»，按电话回访问卷统计。",
            "客户诉求：更换同型号商品一件，并补偿运费«money:s»。",
            "系统记录显示，该客户近一年共来电«cnt:次»。",
            "客户原话：“快递员没打电话就把包裹放在门口，结果丢了。”",
            "处理意见——先行赔付，再向配送站追责。",
        ],
        "foot": ["登记人：«name»　审核人：«name»", "«org:物流有限公司»客户服务部　«date»",
                 "如对处理结果有异议，请于«cnt:个工作日»内致电客服热线。"],
    },
    "checkup": {
        "head": ["«org:医院»健康体检报告", "体检编号：«no:TJ»", "个人体检结果汇总"],
        "body": [
            "姓名：«name»　性别：«sex»　年龄：«cnt:岁»",
            "体检日期：«date»，体检单位：«org:医院»",
            "身高«cnt:cm»，体重«val:kg»。",
            "血压«bp»mmHg，心率«cnt:次/分»。",
            "空腹血糖«val:mmol/L»，参考范围3.9–6.1。",
            "总胆固醇«val:mmol/L»，甘油三酯«val:mmol/L»。",
            "谷丙转氨酶«val:U/L»，结果在正常范围内。",
            "主检医师：«name»（内科副主任医师）",
            "建议：低盐低脂饮食，每周运动不少于«cnt:次»，«date»前复查血脂。",
            "本次体检共«cnt:项»，其中«cnt:项指标»提示异常。",
            "报告领取地点：«org:医院»门诊楼二层体检中心。",
            "联系电话：«phone»",
            "尿常规：尿蛋白阴性，尿糖阴性。",
            "腹部超声：肝、胆、胰、脾、双肾未见明显异常。",
            "体检费用«money:m»，已由单位统一结算。",
            "血红蛋白«val:g/L»，白细胞计数«val:»×10⁹/L。",
            "医生建议——戒烟限酒，保证充足睡眠。",
            "结论：“轻度脂肪肝”，建议控制体重。",
        ],
        "foot": ["总检医师：«name»　审核日期：«date»", "本报告仅对本次受检结果负责，如有疑问请致电«phone»。",
                 "«org:医院»体检中心"],
    },
    "utility": {
        "head": ["«org:供电所»电费缴费通知单", "«org:自来水公司»水费缴费通知", "燃气费缴费提醒",
                 "«org:小区»物业服务中心缴费通知"],
        "body": [
            "户号：«no:HH»，户名：«name»",
            "用电地址：«addr»",
            "抄表周期：«drange»",
            "本期用电«cnt:度»，电费«money:u»。",
            "本期用水«cnt:吨»，水费«money:s»，污水处理费«money:s»。",
            "燃气表读数«val:立方米»，应缴燃气费«money:s»。",
            "请于«date»前缴清，逾期每日按欠费金额的«pct»加收滞纳金。",
            "本小区本月共有«cnt:户»尚未缴费，请相互转告。",
            "阶梯电价第二档电量«cnt:度»，单价«val:元/度»。",
            "«org:街道»将于«date»进行管网检修，届时暂停供水。",
            "缴费方式：银行代扣、营业厅柜台或手机银行。",
            "上期结余«money:s»，本期实缴«money:u»。",
            "如有疑问请联系«name»，电话«phone»。",
            "同比上年同期用量增加«pct»。",
            "营业厅地址：«addr»，办公时间周一至周六。",
            "“一户一表”改造已完成，请住户核对新表读数。",
            "温馨提示——冬季请做好水表防冻保温。",
        ],
        "foot": ["«org:供电所»　«date»", "服务热线：«phone»", "温馨提示：请妥善保管本通知单。"],
    },
    "lostfound": {
        "head": ["失物招领", "寻物启事", "«org:地铁站»失物招领公告", "«org:中学»保卫处招领通知"],
        "body": [
            "«date»在«org:公园»东门附近拾到黑色双肩包一个，内有笔记本电脑一台。",
            "本人于«date»下午在«cnt:路»公交车上遗失棕色钱包一个。",
            "钱包内有现金约«money:r»及身份证、银行卡数张。",
            "失主请携带有效证件到«addr»认领。",
            "拾到物品：钥匙一串（共«cnt:把»），挂有蓝色小熊挂件。",
            "联系人：«name»，电话：«phone»",
            "如有拾到者请与本人联系，必有酬谢«money:r»。",
            "遗失地点：«org:商场»三楼服装区。",
            "招领期限为«cnt:天»，逾期将移交«org:派出所»处理。",
            "拾得人«name»同学拾金不昧，特此表扬。",
            "物品特征：银色手机一部，屏幕右上角有裂痕。",
            "遗失时间约为«date» «time»前后。",
            "本月累计登记拾得物«cnt:件»，已归还«pct»。",
            "宠物走失：白色比熊犬，名叫豆豆，约三岁，怕生。",
            "失主描述：“包里有一本蓝色笔记本，对我很重要。”",
            "温馨提示——贵重物品请随身携带。",
        ],
        "foot": ["«org:派出所»　«date»", "联系电话：«phone»（«name»）", "感谢热心市民的帮助！"],
    },
    "admission": {
        "head": ["«org:职业技术学院»«year»年招生简章", "«org:中学»高一新生招生简章", "«year»年秋季研究生招生说明"],
        "body": [
            "学校简介：«org:职业技术学院»创建于«cnt:年»，现有在校生«cnt:人»。",
            "今年计划招生«cnt:名»，其中省内生源占«pct»。",
            "报名时间：«drange»",
            "学费标准：每生每学年«money:t»，住宿费«money:d»。",
            "设立新生奖学金，最高«wan»。",
            "报名咨询电话：«phone»，联系人：«name»老师",
            "学校地址：«addr»",
            "考试科目：语文、数学、英语，满分各«cnt:分»。",
            "录取原则：按总分从高到低择优录取，同分优先录取数学成绩较高者。",
            "近三年毕业生就业率保持在«pct»以上。",
            "面试时间为«date»，地点在行政楼三楼会议室。",
            "招生专业：计算机应用技术、护理、会计、学前教育等«cnt:个»专业。",
            "家庭经济困难学生可申请国家助学金，每年«money:g»。",
            "报名需提交近期免冠照片«cnt:张»及户口簿复印件。",
            "校训：“厚德博学，知行合一”。",
            "办学特色——校企合作，工学结合。",
        ],
        "foot": ["«org:职业技术学院»招生办公室　«date»", "招生政策以学校官方公布为准。", "欢迎广大考生和家长来校参观咨询！"],
    },
}

# look-alike lines (protected; never damaged).  ph family look-alikes:
LOOK = {
    "neg_xletter": {
        "ticket": ["客户购买的卫衣尺码为XL，要求换成XXL。", "客户电脑为x86架构，无法安装ARM版客户端。",
                   "涉及商品型号：X200-Pro蓝牙耳机。", "客户反映App在iPhone X上闪退。", "客户姓名拼音为Xu Xiaoxia，与护照一致。", "客户反馈XBOX手柄无法连接主机。"],
        "checkup": ["胸部X光片：双肺纹理清晰，未见明显异常。", "X线检查提示颈椎生理曲度变直。", "体检服尺码：XL。",
                    "骨密度检测采用双能X线吸收法。", "受检者护照姓名拼音：XIE XIN。", "本中心配备数字化X射线摄影系统（DR）。"],
        "utility": ["电表型号DDZY-X102，为智能费控电能表。", "缴费客户端支持x86及ARM版本的平板电脑。",
                    "户名拼音：Xie Xin（外籍住户开户用）。", "燃气报警器型号JT-X3，请勿自行拆卸。", "新装燃气表为IC卡表，型号G1.6-X。", "物业维修单上的尺码备注：工作服XL。"],
        "lostfound": ["拾到XL码藏青色羽绒服一件。", "遗失Xiaomi 14手机一部，黑色手机壳。",
                      "袋内有X光片一张，系«org:医院»检查所用。", "遗失黑色XXL码运动外套一件。", "拾到行李牌一个，上写拼音XIAO XUE。"],
        "admission": ["本校为“1+X证书”制度试点院校。", "实训室配备x86服务器«cnt:台»。", "校服尺码分为M、L、XL、XXL四档。",
                      "医学影像技术专业学习X线、CT等成像原理。", "拼音小测：“学校”的拼音是xué xiào。"],
    },
    "neg_mou_word": {
        "ticket": ["客户称某些页面加载缓慢。", "某种程度上，延误与暴雨天气有关。", "客户担心某项费用被重复扣除。",
                   "系统在某一时段出现过短暂故障。", "客户表示曾在某地门店遇到同样问题，但记不清具体门店。"],
        "checkup": ["某些药物可能影响肝功能检测结果，请如实告知用药史。", "如对某种食物过敏，请告知医师。",
                    "若某项指标异常，建议三个月后复查。", "某些检查项目需憋尿，请提前饮水。"],
        "utility": ["某些老旧小区仍使用机械水表。", "如某月用量异常偏高，请检查是否漏水。", "某种情况下系统会自动顺延缴费期限。", "某一时段用电集中，可能导致跳闸。"],
        "lostfound": ["失主称包内有某种药品，需按时服用。", "如您在某处见到此犬，请与我们联系。", "某些证件补办周期较长，请失主尽快认领。", "若您在某个站台捡到一只红色手套，请交至服务台。"],
        "admission": ["某些专业对视力有特殊要求，详见附表。", "考生若某科缺考，不予录取。", "某种意义上，职业教育同样是成才之路。", "学生可根据兴趣选修某一方向的课程。"],
    },
    "neg_math_times": {
        "ticket": ["包裹尺寸40×30×20厘米，未超出规定。", "显示器分辨率1920×1080。", "客户订购2×3米地毯一块。", "客户购买的床垫规格为1.8×2.0米。"],
        "checkup": ["右肾可见约5×4毫米囊肿，建议随访。", "甲状腺结节大小约3×2毫米。", "体质指数＝体重÷身高²，例如65÷1.70²≈22.5。", "视力：左眼5.0，右眼4.8（标准对数视力表）。"],
        "utility": ["计算示例：设x为本月用水量，水费＝3.5×x元。", "变压器容量2×630千伏安。", "智能表箱规格600×400毫米。",
                    "举例：3×4＝12，即三户各用四吨共十二吨。"],
        "lostfound": ["行李箱尺寸约55×35×23厘米。", "画框尺寸30×40厘米，外包牛皮纸。", "拾到儿童拼图一盒，规格2×3块。", "遗失证件照一版（2×4共八张）。"],
        "admission": ["数学样题：设x为正整数，且x²＜10，求x的所有取值。", "口算样题：3×4＝12。", "“1+X”证书试点专业：物流管理、老年照护。",
                      "本省实行“3+1+2”选考模式。", "部分专业采用“7+X”课程模块。"],
    },
    "neg_numeral": {
        "ticket": ["落款日期：«cdate»", "客户投诉等级：Ⅱ级（一般）。", "本单适用《服务规范》第Ⅳ章。", "本单依据的服务协议签订于«cdate»。"],
        "checkup": ["报告日期：«cdate»", "高血压Ⅰ级，建议定期监测。", "脂肪肝（轻度，Ⅰ度）。", "心功能分级：NYHA Ⅰ级。"],
        "utility": ["通知日期：«cdate»", "居民用电执行第Ⅲ档阶梯电价。", "供电可靠性等级为Ⅱ类。", "本通知依据《供用电合同》第Ⅱ条。"],
        "lostfound": ["发布日期：«cdate»", "拾到Ⅱ号教学楼门禁卡一张。", "遗失物品存放于Ⅲ号柜。", "拾到物品存放在Ⅳ区服务台。"],
        "admission": ["发布日期：«cdate»", "本校在第Ⅱ批次录取。", "《招生章程》第Ⅳ条规定了录取规则。", "本校为省Ⅰ类示范性高中。"],
    },
    "neg_declared_mask": {
        "ticket": ["（为保护个人隐私，手机号已做脱敏处理）客户电话：«mphone»", "客户银行卡尾号«d4»，其余位数已按规定隐去。", "按公司隐私规范，工单中证件号仅保留首尾，显示为3301**********0018。"],
        "checkup": ["根据信息保护规定，证件号仅显示后四位：«d4»。", "（按隐私规定隐去中间四位）联系电话：«mphone»"],
        "utility": ["账户手机号«mphone»（系统自动隐去中间四位）。", "代扣银行卡尾号«d4»，完整卡号不予显示。", "（为保护住户隐私，手机号已脱敏）联系人电话：«mphone»"],
        "lostfound": ["失主手机号：«mphone»（已按平台规定隐去中间四位）。", "身份证尾号«d4»，其余号码已遮挡。", "为防冒领，银行卡号仅公布尾号«d4»，认领时请说出完整卡号。"],
        "admission": ["录取查询结果中手机号显示为«mphone»，系隐私保护所致。", "考生号仅公布后四位«d4»，完整考号请登录系统查看。"],
    },
    "neg_blank_misc": {
        "ticket": ["客服培训测验：首问负责制要求____个工作日内答复。（样题，答案为3）", "附件：complaint_record_2024.xlsx",
                   "满意度：☑满意 □一般 □不满意", "话术示例文件：script_v3_final.docx"],
        "checkup": ["心理问卷样题：最近两周您感到紧张的频率是____（示例，无需作答）", "报告文件名：report_final_v2.pdf",
                    "□ 已领取报告 ☑ 邮寄报告", "视力自测卡：请说出缺口方向，E、Ш、Е、Ⅲ仅为示例符号。"],
        "utility": ["导出文件：water_bill_2024_q3.csv", "缴费知识问答：居民阶梯水价共分____档？答案：三档。", "☑ 已开通自动扣款", "□ 纸质账单 ☑ 电子账单"],
        "lostfound": ["招领箱编号：LF_2024_017", "□ 已认领 ☑ 未认领", "儿童识字卡上写着“大____小”，是孩子的练习题。", "失物照片文件：IMG_20240512_0931.jpg"],
        "admission": ["入学测试样题：7+8＝____。", "填空练习：春眠不觉____，处处闻啼鸟。（答案：晓）", "报名表文件名：apply_form_2025.docx", "英语样题：I ____ a student.（答案：am）"],
    },
    # mj family look-alikes
    "neg_foreign": {
        "ticket": ["外籍客户留言（«fq»）。", "客户用外语写道：«fq»。", "客户签名：«fq»。"],
        "checkup": ["外籍受检者备注：«fq»。", "翻译记录：«fq»。"],
        "utility": ["外籍住户来电留言：«fq»。", "留言原文：«fq»。"],
        "lostfound": ["外国游客留言：«fq»。", "失主留言：«fq»。"],
        "admission": ["国际生咨询原文：«fq»。", "留学生来信：«fq»。"],
    },
    "neg_pinyin_note": {
        "ticket": ["客户姓“单”，读作Shàn，回访时请注意称呼。", "客户姓名拼音：Zhāng Lì（护照写法ZHANG LI）。", "客户姓“区”，读Ōu，不读qū。"],
        "checkup": ["受检者姓“解”，读作Xiè。", "“血”在“血压”一词中读xuè，口语中“流血了”读xiě。", "受检者护照姓名：Lǚ Nà（LYU NA）。"],
        "utility": ["外籍住户登记姓名：Lǐ Míng。", "户主姓“仇”，读作Qiú，请工作人员注意。", "小区名“蔚蓝”读作wèilán，请勿写错。"],
        "lostfound": ["失物是一只名叫“乐乐”（lèlè）的小猫。", "孩子小名“朵朵”，拼音duǒduo。", "猫的名字叫“咪咪”（mīmī），很亲人。"],
        "admission": ["拼音教学示例：学校 xuéxiào，招生 zhāoshēng。", "多音字提示：“长”在“校长”中读zhǎng，在“长度”中读cháng。", "声调练习：mā má mǎ mà。"],
    },
    "neg_trad_rare": {
        "ticket": ["港澳客户原文留言：«trad»", "客户姓名：«rare»（生僻字已人工核对）", "客户店铺招牌为繁体「老張麵館」。"],
        "checkup": ["境外机构报告原文摘录：«trad»", "受检者姓名：«rare»", "受检者繁体姓名：陳曉華（港澳居民来往内地通行证）。"],
        "utility": ["港澳业主来函原文：«trad»", "户名：«rare»（系统字库已补录）", "台胞住户签名：林國榮"],
        "lostfound": ["台湾游客留言原文：«trad»", "拾得人：«rare»同学", "拾到繁体书一本，书名《紅樓夢》。"],
        "admission": ["港澳台考生咨询原文：«trad»", "优秀新生代表：«rare»", "书法特长生作品：「學而時習之」。"],
    },
    "neg_symbol_emoji": {
        "ticket": ["客户评价：服务很好👍😊", "满意度 ★★★★☆", "退款金额≥¥100需主管审批。", "客户留言：谢谢小哥🙏，下次还找你们。"],
        "checkup": ["空腹血糖≤6.1 mmol/L为正常，体温36.5℃。", "尿隐血（±），建议复查。", "BMI≥24 kg/m²为超重。", "尿白细胞（+），亚硝酸盐（−）。"],
        "utility": ["本期用气量12.5 m³，管道压力≤2.0 kPa。", "用电量≈320 kWh，功率因数0.95。", "供水温度≥55℃，请注意防烫🔥", "水温约 60 ℃，水压 0.3 MPa，流量 ≤ 2.5 m³/h。"],
        "lostfound": ["行李箱约20 kg，尺寸55 cm×35 cm。", "找到小狗啦🐶🎉谢谢大家！", "钱包约10 cm×12 cm，棕色。", "钥匙扣上挂着♥形吊坠和⭐贴纸。"],
        "admission": ["录取分数线≥520分，数学≥90分。", "校园占地约1200亩（≈80万m²）。", "π≈3.14159，∑、∫为高等数学常用符号。", "欢迎报考🎓"],
    },
    "neg_code_qmark": {
        "ticket": ["客户问：为什么我的退款还没到账？", "系统报错：NullPointerException at OrderService.java:128",
                   "查询链接：https://kefu.example.com/ticket?id=20240512&lang=zh", "Customer said: \"Is it shipped yet?\""],
        "checkup": ["请问空腹需要多久？答：8至12小时。", "报告查询：https://tj.example.org/report?no=TJ2024&type=pdf", "系统提示：Error 404 – report not found，请稍后重试。"],
        "utility": ["缴费接口返回：{\"code\": 0, \"msg\": \"success\"}", "网上缴费：https://pay.example.cn/water?uid=1024",
                    "为什么本月电费比上月高？", "自动扣款脚本日志：deduct(account_id=1024, amount=35.5) -> OK"],
        "lostfound": ["有人见过这只猫吗？", "扫码登记：https://lost.example.net/item?id=88", "Is this your umbrella?", "失主问：能否邮寄？可以，邮费到付。"],
        "admission": ["Python样例：print(\"Hello, 新生\")", "报名网址：https://zs.example.edu.cn/apply?year=2025",
                      "是否可以跨省报考？可以。", "SQL练习：SELECT name FROM student WHERE score >= 90;"],
    },
    "neg_latin_brand": {
        "ticket": ["涉及商品：Nestlé雀巢咖啡礼盒。", "品牌：Häagen-Dazs冰淇淋蛋糕。", "门店名称：Café Léon咖啡馆。", "客户订购的是Crème brûlée口味蛋糕。"],
        "checkup": ["检查项目：Holter动态心电图（24 h）。", "维生素B₁₂、叶酸检测。", "β-HCG阴性，α-胎儿蛋白正常。", "检测方法：ELISA；参考文献：Müller et al., 2019。"],
        "utility": ["燃气热水器品牌：Vaillant威能，型号ecoTEC。", "计量单位：m³、kW·h、℃。", "请核对：①户名 ②户号 ③地址。", "热水器说明书语言：Français / Deutsch / Español。"],
        "lostfound": ["拾到Dior香水一瓶、Müller牌保温杯一个。", "遗失Pokémon钥匙扣一个。", "遗失Björn牌黑色雨伞一把。"],
        "admission": ["合作院校：École Centrale（法国）、TU München（德国）。", "外籍教师José García主讲西班牙语。", "© 2025 招生办公室 版权所有", "音乐系开设Schönberg作品赏析选修课。"],
    },
}

PH_NEG_POOL = PH_NEG
MJ_NEG_POOL = MJ_NEG

# ---------------------------------------------------------------- polyphones for the scraper artefact
POLY = {"发": ("fā", "fà"), "行": ("xíng", "háng"), "长": ("cháng", "zhǎng"), "重": ("zhòng", "chóng"),
        "还": ("hái", "huán"), "为": ("wéi", "wèi"), "处": ("chǔ", "chù"), "数": ("shù", "shǔ"),
        "调": ("tiáo", "diào"), "应": ("yīng", "yìng"), "种": ("zhǒng", "zhòng"), "相": ("xiāng", "xiàng"),
        "量": ("liàng", "liáng"), "血": ("xuè", "xiě"), "教": ("jiào", "jiāo"), "都": ("dōu", "dū"),
        "便": ("biàn", "pián"), "期": ("qī", "jī"), "少": ("shǎo", "shào"), "号": ("hào", "háo"),
        "间": ("jiān", "jiàn"), "省": ("shěng", "xǐng"), "结": ("jié", "jiē"), "差": ("chà", "chā"),
        "乐": ("lè", "yuè"), "着": ("zhe", "zháo"), "得": ("dé", "děi"), "和": ("hé", "hè"),
        "要": ("yào", "yāo"), "系": ("xì", "jì"), "只": ("zhǐ", "zhī"), "给": ("gěi", "jǐ"),
        "好": ("hǎo", "hào"), "中": ("zhōng", "zhòng"), "空": ("kōng", "kòng"), "分": ("fēn", "fèn"),
        "正": ("zhèng", "zhēng"), "率": ("lǜ", "shuài"), "转": ("zhuǎn", "zhuàn"), "传": ("chuán", "zhuàn")}
TRAD_OF = {"发": "發", "长": "長", "还": "還", "为": "為", "处": "處", "数": "數", "调": "調", "应": "應",
           "种": "種", "号": "號", "间": "間", "结": "結", "乐": "樂", "给": "給", "转": "轉", "传": "傳", "系": "係"}
PINYIN_RE = re.compile(r"\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)")

# ---------------------------------------------------------------- codec recipes


def run_recipe(recipe, s):
    """Steps joined by '+'.  'A>B/err': s.encode(A).decode(B, err).  'A!err': s.encode(A, err).decode(A)."""
    for step in recipe.split("+"):
        if "!" in step:
            enc, err = step.split("!")
            s = s.encode(enc, err).decode(enc)
        else:
            m = re.fullmatch(r"([\w-]+)>([\w-]+)/(\w+)", step)
            if not m:
                raise ValueError("bad recipe " + recipe)
            s = s.encode(m.group(1)).decode(m.group(2), m.group(3))
    return s


BAD_LINE_CHARS = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")

# ---------------------------------------------------------------- document model
SLOT_RE = re.compile(r"«(\w+)(?::([^»]*))?»")


def parse_tpl(tpl):
    out, pos = [], 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            out.append(("lit", tpl[pos:m.start()], None))
        out.append(("slot", m.group(1), m.group(2) or ""))
        pos = m.end()
    if pos < len(tpl):
        out.append(("lit", tpl[pos:], None))
    return out


def make_line(r, tpl, source, prot=False):
    line = []
    for kind, a, b in parse_tpl(tpl):
        if kind == "lit":
            line.append({"t": a, "slot": None, "tag": None, "prot": prot})
        else:
            line.append({"t": gen_slot(r, a, b, source), "slot": (a, b), "tag": None, "prot": prot})
    return line


def pick_nlines(r):
    return r.choices(range(1, 13), weights=[10, 8, 9, 10, 10, 9, 9, 8, 7, 7, 6, 5])[0]


def base_doc(r, source, n):
    t = T[source]
    lines = []
    has_head = n >= 3
    has_foot = n >= 4
    nb = n - has_head - has_foot
    if has_head:
        lines.append(make_line(r, r.choice(t["head"]), source))
    for tpl in r.sample(t["body"], nb):
        lines.append(make_line(r, tpl, source))
    if has_foot:
        lines.append(make_line(r, r.choice(t["foot"]), source))
    return lines


def insert_lines(r, lines, new_lines):
    for nl in new_lines:
        lo = 1 if len(lines) >= 3 else 0
        hi = len(lines) - 1 if len(lines) >= 4 else len(lines)
        lines.insert(r.randint(lo, max(lo, hi)), nl)
    return lines


def assemble(lines):
    text_parts, spans, tags, off = [], [], [], 0
    for li, line in enumerate(lines):
        if li:
            text_parts.append("\n")
            off += 1
        for p in line:
            if p["tag"] is not None:
                spans.append([off, off + len(p["t"])])
                tags.append(p["tag"])
            text_parts.append(p["t"])
            off += len(p["t"])
    return "".join(text_parts), spans, tags


def spans_ok(text, spans):
    prev = -1
    for s, e in spans:
        if not (0 <= s < e <= len(text)) or s <= prev:
            return False
        if "\n" in text[s:e]:
            return False
        prev = e
    return True


# ---------------------------------------------------------------- placeholders
XV = ["xx", "xx", "xxx", "XX"]
VARS = {"name": ["name", "customer_name", "contact", "student_name"], "phone": ["phone", "mobile", "tel"],
        "date": ["date", "visit_date", "deadline", "issue_date"], "drange": ["period", "date_range"], "time": ["time", "slot_time"],
        "money": ["amount", "fee", "total"], "wan": ["scholarship", "amount"], "pct": ["rate", "ratio"],
        "val": ["value", "result"], "cnt": ["count", "num", "qty"], "org": ["org_name", "community", "unit"],
        "addr": ["address", "addr"], "no": ["order_no", "ticket_id", "account_no"], "year": ["year"],
        "sex": ["gender"], "bp": ["bp"]}
CNLABEL = {"name": "姓名", "phone": "联系电话", "date": "日期", "drange": "起止日期", "time": "时间", "money": "金额", "wan": "金额",
           "pct": "比例", "val": "数值", "cnt": "数量", "org": "单位名称", "addr": "详细地址", "no": "编号",
           "year": "年份", "sex": "性别", "bp": "血压"}

SUPPORT = {
    "xx_unit": {"cnt"}, "xx_name": {"org", "addr", "name"}, "x_date": {"date", "year", "time", "drange"},
    "x_amount": {"money", "wan", "pct", "val"}, "times_sign": {"org", "addr", "cnt", "name", "no"},
    "fullwidth_x": {"org", "cnt", "money", "name", "addr"}, "mou_name": {"name", "org"},
    "ling_circle": {"org", "addr", "name", "cnt"}, "masked_digits": {"phone", "no"},
}
GENERIC = {"bracket_todo", "paren_fill", "underscore_blank", "template_var"}


def unit_of(slot, value):
    """Unit glued to a real slot value (kept outside generic placeholders)."""
    typ, arg = slot
    if typ == "money":
        return "元"
    if typ == "wan":
        return "万元"
    if typ == "pct":
        return "%"
    if typ in ("cnt", "val"):
        return arg
    return ""


def placeholder(r, kind, slot, value):
    """Return (span_text, literal_suffix)."""
    typ, arg = slot
    sur = r.choice(SURNAMES)
    if kind == "xx_unit":
        return r.choice(XV) + arg, ""
    if kind == "xx_name":
        if typ == "org":
            return r.choice(["XX", "XX", "XXX"]) + arg, ""
        if typ == "addr":
            return "XX路XX号", ""
        return r.choice(["XXX", "XX", sur + "XX"]), ""
    if kind == "x_date":
        if typ == "year":
            return r.choice(["20xx", "20XX", "xxxx"]), ""
        if typ == "time":
            return r.choice(["xx:xx", "x:xx"]), ""
        if typ == "drange":
            return r.choice(["x月x日至x月x日", "20xx年x月x日至20xx年x月x日", "xx月xx日至xx月xx日"]), ""
        return r.choice(["x月xx日", "xx月xx日", "20xx年x月x日", f"{r.randint(2023, 2025)}年x月x日",
                         "xxxx-xx-xx", "xxxx年xx月xx日"]), ""
    if kind == "x_amount":
        if typ == "money":
            return r.choice(["xx.xx元", "xxx.xx元", "x,xxx.xx元", "xxx元", "XX元"]), ""
        if typ == "wan":
            return r.choice(["xx.xx万元", "x.xx万元", "xx万元"]), ""
        if typ == "pct":
            return r.choice(["xxx%", "xx.x%", "XX%", "x.x%"]), ""
        return r.choice(["xx.x", "x.xx", "xx"]) + arg, ""
    if kind == "times_sign":
        if typ == "org":
            return r.choice(["××", "×××"]) + arg, ""
        if typ == "addr":
            return "××路××号", ""
        if typ == "cnt":
            return "××" + arg, ""
        if typ == "no":
            return value[:2] + "×" * r.randint(6, 10), ""
        return r.choice(["×××", sur + "××", sur + "×"]), ""
    if kind == "fullwidth_x":
        if typ == "org":
            return r.choice(["ＸＸ", "ＸＸＸ"]) + arg, ""
        if typ == "cnt":
            return r.choice(["ＸＸ", "ｘｘ"]) + arg, ""
        if typ == "money":
            return r.choice(["ＸＸ元", "ＸＸＸ元", "ｘｘｘ元"]), ""
        if typ == "addr":
            return "ＸＸ路ＸＸ号", ""
        return r.choice(["ＸＸＸ", sur + "ＸＸ"]), ""
    if kind == "mou_name":
        if typ == "org":
            return "某某" + arg, ""
        return r.choice([sur + "某", sur + "某某", "某某", sur + "某"]), ""
    if kind == "ling_circle":
        if typ == "org":
            return "〇〇" + arg, ""
        if typ == "addr":
            return "〇〇路〇〇号", ""
        if typ == "cnt":
            return "〇〇" + arg, ""
        return r.choice(["〇〇", sur + "〇〇", "〇〇〇"]), ""
    if kind == "masked_digits":
        if typ == "phone":
            n = r.choice([4, 4, 4, 5, 6])
            return value[:3] + "*" * n + value[3 + n:], ""
        k = r.randint(4, 6)
        return value[:-4 - k] + "*" * k + value[-4:], ""
    unit = unit_of(slot, value)
    if kind == "bracket_todo":
        return r.choice(["【待填】", "【待补充】", "【请填写】", "【TODO】", f"【{CNLABEL[typ]}】"]), unit
    if kind == "paren_fill":
        return r.choice([f"（填写{CNLABEL[typ]}）", f"（{CNLABEL[typ]}）", "（请填写）", f"（此处填写{CNLABEL[typ]}）"]), unit
    if kind == "underscore_blank":
        if typ == "date" and r.random() < 0.5:
            return r.choice(["____年__月__日", "＿＿年＿＿月＿＿日"]), ""
        return r.choice(["_" * r.randint(3, 8), "＿" * r.randint(3, 6)]), unit
    if kind == "template_var":
        v = r.choice(VARS[typ])
        return r.choice([f"{{{{{v}}}}}", f"{{{{ {v} }}}}", f"${{{v}}}", f"{{{v}}}", f"[{CNLABEL[typ]}]",
                         f"<{CNLABEL[typ]}>"]), unit
    raise ValueError(kind)


PH_CHECK = {
    "xx_unit": re.compile(r"^(?:x{2,4}|X{2,4})\S{0,4}$"),
    "xx_name": re.compile(r"XX"),
    "x_date": re.compile(r"[xX]"),
    "x_amount": re.compile(r"^[xX][xX.,]*\S{0,8}$"),
    "times_sign": re.compile(r"×"),
    "fullwidth_x": re.compile(r"ＸＸ|ｘｘ"),
    "mou_name": re.compile(r"^.?某"),
    "bracket_todo": re.compile(r"^【[^【】]+】$"),
    "paren_fill": re.compile(r"^（[^（）]+）$"),
    "underscore_blank": re.compile(r"^(?:[_＿]{3,}|[_＿]{2,}年[_＿]{2,}月[_＿]{2,}日)$"),
    "template_var": re.compile(r"^(?:\{\{.+\}\}|\$\{.+\}|\{[^{}]+\}|\[[^\[\]]+\]|<[^<>]+>)$"),
    "ling_circle": re.compile(r"〇〇"),
    "masked_digits": re.compile(r"^[A-Z0-9]*\d\*{4,}\d+$"),
}

# strong markers that must never appear outside spans / in negatives
PH_STRONG = re.compile(r"\{\{|\$\{|【待|【请填|【TODO|（填写|（此处填写|某某|××|ＸＸ|ｘｘ|〇〇|(?<![A-Za-z])(?:xx|XX)(?![A-Za-z])")
MJ_STRONG = re.compile(r"\ufffd|锟|&(?:#\d+|#x[0-9a-fA-F]+|[a-z]+);|</?[a-zA-Z][^<>\n]*>|[\x80-\x9f]|"
                       r"[\u4e00-\u9fff\u3400-\u4dbf]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")

# ---------------------------------------------------------------- mojibake builders
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
NAMED = {"“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "·": "&middot;", "…": "&hellip;", "×": "&times;",
         "&": "&amp;"}
TAGS = ["<br>", "<br/>", "<br />", "</p><p>", "<p>", "</p>", "</span>", "<span style=\"color:#333333\">",
        "<div class=\"content\">", "</div>", "<strong>", "</strong>", "<td>", "</td><td>", "<font size=\"3\">"]
CODEC = {
    "utf8_as_gbk": (["utf-8>gbk/replace"], 2, 6),
    "kunjinkao": (["gbk>utf-8/replace+utf-8>gbk/replace"], 2, 8),
    "utf8_as_cp1252": (["utf-8>cp1252/replace"], 2, 5),
    "utf8_as_latin1": (["utf-8>latin-1/strict"], 2, 5),
    "fffd_run": (["gbk>utf-8/replace", "utf-8>ascii/replace", "utf-8>ascii/replace"], 2, 5),
    "gbk_as_big5": (["gbk>big5/replace"], 2, 6),
    "qmark_loss": (["ascii!replace", "latin-1!replace"], 1, 6),
}
DESC = {
    "utf8_as_gbk": "UTF-8 bytes decoded as GBK", "kunjinkao": "GBK read as UTF-8 then re-saved and read as GBK (锟斤拷)",
    "utf8_as_cp1252": "UTF-8 bytes decoded as Windows-1252", "utf8_as_latin1": "UTF-8 bytes decoded as Latin-1 (C1 controls)",
    "fffd_run": "undecodable bytes replaced by U+FFFD", "big5_as_gbk": "Big5 text decoded as GBK",
    "gbk_as_big5": "GBK text decoded as Big5", "qmark_loss": "characters lost to '?' in a lossy encode",
    "html_entity": "HTML character entities left unescaped", "tag_debris": "HTML tag debris left in text",
    "pinyin_scrape": "scraper pinyin annotation glued to characters",
}


def codec_ok(kind, recipe, orig, out):
    if not out or out == orig or BAD_LINE_CHARS.search(out):
        return False
    if out[0] == orig[0] or out[-1] == orig[-1]:
        return False
    if kind == "kunjinkao" and "锟斤拷" not in out:
        return False
    if kind == "utf8_as_latin1" and not re.search(r"[\x80-\x9f]", out):
        return False
    if kind == "fffd_run" and "\ufffd\ufffd" not in out:
        return False
    if kind == "qmark_loss" and set(out) != {"?"}:
        return False
    return True


def free_pieces(lines):
    for li, line in enumerate(lines):
        for pi, p in enumerate(line):
            if p["tag"] is None and not p["prot"] and p["t"]:
                yield li, pi, p


def split_piece(lines, li, pi, a, b, new_text, tag):
    p = lines[li][pi]
    t = p["t"]
    new = []
    if a > 0:
        new.append(dict(p, t=t[:a]))
    new.append({"t": new_text, "slot": None, "tag": tag, "prot": False})
    if b < len(t):
        new.append(dict(p, t=t[b:]))
    lines[li][pi:pi + 1] = new


def jtag(recipe, orig):
    return f"#j:{recipe}:{json.dumps(orig, ensure_ascii=False)}"


def mj_one(r, kind, lines, source):
    """Apply one damage; return True on success."""
    cands = list(free_pieces(lines))
    if kind in CODEC:
        recipes, lmin, lmax = CODEC[kind]
        opts = []
        for li, pi, p in cands:
            for m in re.finditer(r"[\u4e00-\u9fff]+" if lmin == 1 else CJK_RUN, p["t"]):
                opts.append((li, pi, m.start(), m.end()))
        r.shuffle(opts)
        for li, pi, s, e in opts[:12]:
            for _ in range(4):
                L = r.randint(lmin, min(lmax, e - s))
                a = r.randint(s, e - L)
                orig = lines[li][pi]["t"][a:a + L]
                rec = r.choice(recipes)
                out = run_recipe(rec, orig)
                if codec_ok(kind, rec, orig, out):
                    split_piece(lines, li, pi, a, a + L, out, jtag(rec, orig))
                    return True
        return False
    if kind == "big5_as_gbk":
        opts = [(li, pi) for li, pi, p in cands if p["slot"] and p["slot"][0] == "trad" and CJK_RUN.search(p["t"])]
        if not opts:
            return False
        li, pi = r.choice(opts)
        t = lines[li][pi]["t"]
        for _ in range(6):
            if r.random() < 0.4:
                a, b = 0, len(t)
            else:
                runs = [m for m in CJK_RUN.finditer(t)]
                m = r.choice(runs)
                L = r.randint(2, m.end() - m.start())
                a = r.randint(m.start(), m.end() - L)
                b = a + L
            orig = t[a:b]
            out = run_recipe("big5>gbk/replace", orig)
            if codec_ok(kind, "big5>gbk/replace", orig, out):
                split_piece(lines, li, pi, a, b, out, jtag("big5>gbk/replace", orig))
                return True
        return False
    if kind == "html_entity":
        named, runs = [], []
        for li, pi, p in cands:
            for i, ch in enumerate(p["t"]):
                if ch in NAMED:
                    named.append((li, pi, i))
            for m in re.finditer(r"[\u4e00-\u9fff，。：]+", p["t"]):
                runs.append((li, pi, m.start(), m.end()))
        if named and (r.random() < 0.35 or not runs):
            li, pi, i = r.choice(named)
            ch = lines[li][pi]["t"][i]
            split_piece(lines, li, pi, i, i + 1, NAMED[ch], f"#h:html:{json.dumps(ch, ensure_ascii=False)}")
            return True
        if not runs:
            return False
        li, pi, s, e = r.choice(runs)
        L = r.randint(1, min(4, e - s))
        a = r.randint(s, e - L)
        orig = lines[li][pi]["t"][a:a + L]
        if r.random() < 0.7:
            out = "".join(f"&#{ord(c)};" for c in orig)
        else:
            out = "".join(f"&#x{ord(c):X};" for c in orig)
        split_piece(lines, li, pi, a, a + L, out, f"#h:html:{json.dumps(orig, ensure_ascii=False)}")
        return True
    if kind == "tag_debris":
        opts = []
        for li, pi, p in cands:
            if p["slot"]:
                continue
            t = p["t"]
            for i in range(1, len(t)):
                if t[i - 1] in "，。：；）" and i < len(t):
                    opts.append((li, pi, i))
            if pi == len(lines[li]) - 1:
                opts.append((li, pi, len(t)))
            if pi == 0:
                opts.append((li, pi, 0))
        if not opts:
            return False
        li, pi, i = r.choice(opts)
        tg = r.choice(TAGS)
        if r.random() < 0.25:
            tg = tg + r.choice(TAGS)
        split_piece(lines, li, pi, i, i, tg, '#t:tag:""')
        return True
    if kind == "pinyin_scrape":
        opts = []
        for li, pi, p in cands:
            for i, ch in enumerate(p["t"]):
                if ch in POLY:
                    opts.append((li, pi, i))
        if not opts:
            return False
        li, pi, i = r.choice(opts)
        ch = lines[li][pi]["t"][i]
        shown = TRAD_OF[ch] if ch in TRAD_OF and r.random() < 0.4 else ch
        py = r.choice(POLY[ch])
        split_piece(lines, li, pi, i, i + 1, f"{shown}({py})", f"#y:pinyin:{json.dumps(ch, ensure_ascii=False)}")
        return True
    raise ValueError(kind)


# ---------------------------------------------------------------- record builders
def n_spans(r):
    return r.choices([1, 2, 3, 4], weights=[45, 30, 15, 10])[0]


def lookalike_line(r, family, source, kind=None):
    pool = PH_NEG if family == "ph" else MJ_NEG
    k = kind or r.choice(pool)
    return make_line(r, r.choice(LOOK[k][source]), source, prot=True), k


def build_positive(r, family, kind, source):
    for _attempt in range(200):
        n = pick_nlines(r)
        with_look = r.random() < 0.3 and n >= 2
        nb = max(1, n - (1 if with_look else 0) - (1 if kind == "big5_as_gbk" else 0))
        lines = base_doc(r, source, nb)
        look_kind = None
        if kind == "big5_as_gbk":
            nl = make_line(r, r.choice(TRAD_FRAME[source]), source)
            insert_lines(r, lines, [nl])
            if r.random() < 0.25 and len(lines) < 12:
                insert_lines(r, lines, [make_line(r, r.choice(TRAD_FRAME[source]), source)])
        if with_look:
            ll, look_kind = lookalike_line(r, family, source)
            insert_lines(r, lines, [ll])
        if len(lines) > 12:
            continue
        want = n_spans(r)
        ok = True
        if family == "ph":
            cands = [(li, pi, p) for li, pi, p in free_pieces(lines) if p["slot"] and
                     (kind in GENERIC or p["slot"][0] in SUPPORT[kind]) and p["slot"][0] not in
                     ("trad", "fq", "rare", "cdate", "mphone", "d4")]
            if not cands:
                continue
            chosen = r.sample(cands, min(want, len(cands)))
            # replace from the back so indices stay valid
            chosen.sort(key=lambda c: (c[0], c[1]), reverse=True)
            for li, pi, p in chosen:
                span, suffix = placeholder(r, kind, p["slot"], p["t"])
                new = [{"t": span, "slot": p["slot"], "tag": f"#ph:{kind}/{p['slot'][0]}", "prot": False}]
                if suffix:
                    new.append({"t": suffix, "slot": None, "tag": None, "prot": False})
                lines[li][pi:pi + 1] = new
        else:
            for _ in range(want):
                if not mj_one(r, kind, lines, source):
                    break
        text, spans, tags = assemble(lines)
        if not spans or not spans_ok(text, spans):
            continue
        if family == "ph":
            if not all(PH_CHECK[kind].search(text[s:e]) for s, e in spans):
                continue
        if not outside_clean(text, spans):
            continue
        desc = (f"{source} doc, {len(spans)} placeholder(s) of kind {kind}" if family == "ph"
                else f"{source} doc, {DESC[kind]}")
        if look_kind:
            desc += f"; look-alike line {look_kind}"
        note = desc + "; " + " ".join(tags)
        return text, spans, note
    raise RuntimeError(f"could not build {family} {kind} {source}")


def build_negative(r, family, kind, source):
    for _attempt in range(100):
        n = pick_nlines(r)
        k = min(n, r.choices([1, 2, 3], weights=[60, 30, 10])[0])
        lines = base_doc(r, source, n - k) if n - k >= 1 else []
        looks = []
        used = set()
        for _ in range(k):
            tpl_pool = [t for t in LOOK[kind][source] if t not in used] or LOOK[kind][source]
            tpl = r.choice(tpl_pool)
            used.add(tpl)
            looks.append(make_line(r, tpl, source, prot=True))
        insert_lines(r, lines, looks)
        text, spans, tags = assemble(lines)
        if not outside_clean(text, []):
            continue
        return text, [], f"clean {source} doc with {k} look-alike line(s) of kind {kind}"
    raise RuntimeError(f"could not build negative {kind} {source}")


def outside_clean(text, spans):
    parts, prev = [], 0
    for s, e in spans:
        parts.append(text[prev:s])
        prev = e
    parts.append(text[prev:])
    for part in parts:
        if PH_STRONG.search(part) or MJ_STRONG.search(part):
            return False
    return True


def generate(seed):
    recs = []
    for style, family, label, kind, source in STYLES:
        r = random.Random(f"text50:{seed}:{style}")
        count = r.randint(15, 18)
        seen = set()
        for _ in range(count):
            for _try in range(30):
                if label == "negative":
                    text, spans, note = build_negative(r, family, kind, source)
                else:
                    text, spans, note = build_positive(r, family, kind, source)
                if text not in seen:
                    break
            seen.add(text)
            recs.append({"family": family, "style": style, "label": label, "text": text, "spans": spans,
                         "note": note})
    order = random.Random(f"text50:{seed}:__order__")
    order.shuffle(recs)
    out = []
    for i, rec in enumerate(recs, 1):
        out.append({"id": f"t50-s{seed}-{i:05d}", **rec})
    return out


def dumps(rec):
    s = json.dumps(rec, ensure_ascii=False)
    return re.sub(r"[\x7f-\x9f\u2028\u2029]", lambda m: "\\u%04x" % ord(m.group()), s)


# ---------------------------------------------------------------- verify
TAG_RE = re.compile(r'#(j|h|t|y):([^:\s]+):("(?:[^"\\]|\\.)*")|#ph:([a-z0-9_]+)/([a-z]+)')
ID_RE = re.compile(r"^t50-s(\d+)-(\d{5})$")
KEYS = ["id", "family", "style", "label", "text", "spans", "note"]


def check_record(rec):
    errs = []
    if not isinstance(rec, dict) or list(rec.keys()) != KEYS:
        return ["keys must be exactly " + ",".join(KEYS)]
    if not isinstance(rec["id"], str) or not ID_RE.match(rec["id"]):
        errs.append("bad id")
    fam, lab, style, text, spans, note = (rec[k] for k in ["family", "label", "style", "text", "spans", "note"])
    if fam not in ("ph", "mj"):
        errs.append("bad family")
    if lab not in ("placeholder", "mojibake", "negative"):
        errs.append("bad label")
    if (fam == "ph" and lab == "mojibake") or (fam == "mj" and lab == "placeholder"):
        errs.append("label/family mismatch")
    info = STYLE_INFO.get(style)
    if not info:
        errs.append("unknown style")
    elif info[1] != fam or info[2] != lab:
        errs.append("style does not match family/label")
    if not isinstance(text, str) or not text:
        return errs + ["text must be a non-empty string"]
    lines = text.split("\n")
    if not 1 <= len(lines) <= 12:
        errs.append(f"{len(lines)} lines")
    if any(not ln.strip() for ln in lines):
        errs.append("empty line")
    if BAD_LINE_CHARS.sub("", text.replace("\n", "")) != text.replace("\n", ""):
        errs.append("other line-break characters in text")
    if not isinstance(note, str) or not note or "\n" in note:
        errs.append("note must be one non-empty line")
        note = ""
    if not isinstance(spans, list) or not all(isinstance(s, list) and len(s) == 2 and
                                              all(type(x) is int for x in s) for s in spans):
        return errs + ["spans must be a list of [int, int]"]
    if not spans_ok(text, spans):
        errs.append("spans out of range / unsorted / overlapping / touching / crossing a newline")
        return errs
    if lab == "negative":
        if spans:
            errs.append("negative with spans")
        if TAG_RE.search(note):
            errs.append("negative note carries span tags")
        if not outside_clean(text, []):
            errs.append("negative contains a strong placeholder/mojibake marker")
        return errs
    if not 1 <= len(spans) <= 4:
        errs.append(f"{len(spans)} spans")
    tags = list(TAG_RE.finditer(note))
    if len(tags) != len(spans):
        return errs + [f"{len(tags)} tags for {len(spans)} spans"]
    if not outside_clean(text, spans):
        errs.append("strong marker outside spans")
    kind = info[3] if info else None
    for (s, e), m in zip(spans, tags):
        st = text[s:e]
        if fam == "ph":
            if not m.group(4):
                errs.append("ph span without #ph tag")
                continue
            if m.group(4) != kind:
                errs.append("ph tag kind differs from style")
            if not PH_CHECK[m.group(4)].search(st):
                errs.append(f"span {st!r} does not look like a {m.group(4)} placeholder")
            continue
        if not m.group(1):
            errs.append("mj span without codec tag")
            continue
        t, recipe, orig = m.group(1), m.group(2), json.loads(m.group(3))
        if t == "j":
            try:
                out = run_recipe(recipe, orig)
            except Exception as ex:  # noqa
                errs.append(f"recipe {recipe} failed: {ex}")
                continue
            if out != st:
                errs.append(f"recipe {recipe} on {orig!r} gives {out!r}, span is {st!r}")
            if out == orig:
                errs.append("recipe is a no-op")
        elif t == "h":
            if html.unescape(st) != orig or st == orig or "&" not in st:
                errs.append(f"entity span {st!r} does not unescape to {orig!r}")
        elif t == "t":
            if orig != "" or not re.fullmatch(r"(?:</?[a-zA-Z][^<>\n]*>)+", st):
                errs.append(f"tag span {st!r} is not tag debris")
        elif t == "y":
            if not (len(st) >= 4 and st[0] in (orig, TRAD_OF.get(orig)) and PINYIN_RE.fullmatch(st[1:])
                    and PINYIN_RE.fullmatch(st[1:]).group(1) in POLY.get(orig, ())):
                errs.append(f"pinyin span {st!r} bad for {orig!r}")
    return errs


def verify(paths):
    bad = 0
    for path in paths:
        problems = []
        ids = set()
        per_style = collections.Counter()
        labels = collections.Counter()
        seeds = set()
        with open(path, encoding="utf-8", newline="") as fh:
            raw = fh.read()
        rows = raw.split("\n")
        if rows and rows[-1] == "":
            rows.pop()
        for ln, row in enumerate(rows, 1):
            try:
                rec = json.loads(row)
            except Exception as ex:  # noqa
                problems.append(f"line {ln}: bad JSON {ex}")
                continue
            errs = check_record(rec)
            if isinstance(rec, dict):
                rid = rec.get("id")
                if rid in ids:
                    errs.append("duplicate id")
                ids.add(rid)
                m = ID_RE.match(str(rid))
                if m:
                    seeds.add(m.group(1))
                per_style[rec.get("style")] += 1
                labels[(rec.get("family"), rec.get("label"))] += 1
            problems += [f"line {ln} ({rec.get('id') if isinstance(rec, dict) else '?'}): {e}" for e in errs]
        if len(seeds) > 1:
            problems.append(f"mixed seeds in ids: {sorted(seeds)}")
        for style in STYLE_INFO:
            if not 15 <= per_style.get(style, 0) <= 20:
                problems.append(f"style {style}: {per_style.get(style, 0)} records (want 15-20)")
        total = sum(per_style.values())
        pos = sum(v for (f, l), v in labels.items() if l != "negative")
        print(f"{path}: {total} records, {len(per_style)} styles, positives {pos} ({pos / max(total, 1):.1%}); "
              + ", ".join(f"{f}/{l}={v}" for (f, l), v in sorted(labels.items())))
        for p in problems[:40]:
            print("  PROBLEM", p)
        if problems:
            print(f"  {len(problems)} problem(s)")
            bad += 1
        else:
            print("  OK")
    return 1 if bad else 0


def table(path):
    by = collections.OrderedDict((s[0], []) for s in STYLES)
    with open(path, encoding="utf-8") as fh:
        for row in fh:
            if row.strip():
                rec = json.loads(row)
                by.setdefault(rec["style"], []).append(rec)
    print("| style | family | label | source | records | spans | example (first span of the first record; first line for negatives) |")
    print("|---|---|---|---|---|---|---|")
    for style, recs in by.items():
        info = STYLE_INFO.get(style, (style, "?", "?", "?", "?"))
        ex = recs[0]["text"].split("\n")[0] if recs else ""
        if recs and recs[0]["spans"]:
            s, e = recs[0]["spans"][0]
            ex = recs[0]["text"][s:e]
            ex = "span: " + ex
        ex = ex[:40].replace("|", "\\|")
        ex = re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: "\\x%02x" % ord(m.group()), ex)
        print(f"| {style} | {info[1]} | {info[2]} | {info[4]} | {len(recs)} | {sum(len(r['spans']) for r in recs)} | {ex} |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--table", metavar="FILE")
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.table:
        table(a.table)
        return
    if a.seed is None or not a.out:
        ap.error("--seed S --out FILE, or --verify FILE..., or --table FILE")
    recs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(dumps(rec) + "\n")
    print(f"wrote {len(recs)} records to {a.out}")


# sanity: traditional pools must be Big5-encodable
for _src, _lst in TRAD.items():
    for _t in _lst:
        _t.encode("big5")

if __name__ == "__main__":
    main()
