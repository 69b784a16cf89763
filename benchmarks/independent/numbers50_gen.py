#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""numbers50_gen.py - held-out set 50 (numbers): totals and percentages in invented Chinese report text.

Usage: --seed S --out FILE | --verify FILE... | --table FILE | --mutation-test FILE...
Standard library only.  All wording is invented.  See numbers50_README.md."""

COMMON_PERIODS = ["今年以来", "上半年", "全年", "本年度", "前三季度", "报告期内", "截至目前", "年内"]

V = {}

V["rural"] = dict(
    zh="乡村振兴与驻村帮扶",
    org=["驻村工作队", "镇乡村振兴办", "县乡村振兴局", "帮扶工作组", "村“两委”"],
    area=["全镇", "全县", "全乡"],
    cnt=[
        ("走访农户", "户", ["脱贫户", "监测户", "一般农户", "低保户"], 40, 900),
        ("开展技能培训", "人次", ["种养技术培训", "电商直播培训", "家政服务培训", "建筑技能培训"], 30, 1200),
        ("实施帮扶项目", "个", ["产业类项目", "基础设施类项目", "公共服务类项目", "人居环境类项目"], 6, 90),
        ("帮助脱贫劳动力务工", "人", ["县内就业", "省内县外就业", "省外就业", "公益性岗位安置"], 60, 3000),
        ("解决群众急难愁盼问题", "件", ["饮水安全", "道路出行", "住房安全", "就医就学"], 12, 400),
    ],
    money=[
        ("投入衔接资金", ["产业发展", "基础设施建设", "就业帮扶", "小额信贷贴息"]),
        ("筹集帮扶资金", ["财政衔接资金", "东西部协作资金", "定点帮扶资金", "社会捐赠资金"]),
    ],
    bigmoney=("乡村振兴项目总投资", ["高标准农田建设", "农村公路提升", "冷链物流设施", "特色产业园"]),
    rates=[
        ("纳入防返贫监测对象", "已消除风险", "风险消除率", "户", 30, 600),
        ("计划实施衔接资金项目", "已开工", "项目开工率", "个", 20, 300),
        ("有劳动能力的脱贫人口", "实现稳定就业", "就业率", "人", 300, 9000),
        ("应签约家庭医生服务对象", "已签约", "签约覆盖率", "人", 500, 12000),
        ("年度帮扶任务", "已完成", "任务完成率", "项", 20, 160),
    ],
    cover=("行政村", "个", "已建立村级帮扶工作站", "工作站覆盖率", 8, 60),
    growth=[
        ("村集体经济经营性收入", "万元", 1), ("脱贫人口人均纯收入", "元", 0),
        ("特色农产品销售额", "万元", 2), ("消费帮扶销售额", "万元", 1), ("入股分红农户", "户", 0),
    ],
    growth_big=[("农产品网络销售额", "元"), ("消费帮扶累计成交额", "元")],
    pp=["脱贫劳动力务工就业率", "农村自来水普及率", "群众满意度", "监测对象风险消除率", "农村卫生厕所普及率"],
    names=(["东岭村", "下湾村", "石门村", "青山村", "柳溪村", "桃源村", "新集村", "马家坪村", "上坝村", "黄泥塘村", "梅岭村", "杨柳湾村"], "个村", "重点帮扶"),
    items=(["入户走访", "政策宣讲", "产业指导", "就业对接", "人居环境整治", "矛盾纠纷排查", "防返贫动态监测", "农技服务"], "项", "帮扶工作"),
    stock=[("防返贫监测对象", "户", "新识别纳入", "风险消除后退出"), ("在建帮扶项目", "个", "新开工", "竣工验收")],
    balance=("村集体经济收入", "各项支出", "结余"),
    balance_in=["经营性收入", "财政补助收入", "资产租赁收入"],
    balance_out=["公益事业支出", "管理费用", "产业再投入"],
    per=[("money", "发放产业奖补资金", "户", "户均"), ("money", "兑现务工交通补贴", "人", "人均"),
         ("wan", "常住人口", "万人", "农村公益性岗位", "个", "每万人拥有公益性岗位")],
    split=[("山区村", "平坝村"), ("东片区", "西片区"), ("上半年", "下半年")],
    survey_obj="帮扶户",
    share=("实施帮扶项目", "个", ["产业类", "基础设施类", "就业帮扶类", "其他类"]),
    doc="乡振发", mech=("“1+3+N”", "帮扶机制"), hotline=("12317", "防返贫监测帮扶热线"),
    model=("HW-2300型", "农用植保无人机"), code="JD",
    whole_word="帮扶",
)

V["chengguan"] = dict(
    zh="城市管理综合执法",
    org=["城管执法局", "综合行政执法大队", "执法中队", "市容环卫处", "数字城管指挥中心"],
    area=["全市", "全区", "主城区"],
    cnt=[
        ("查处各类违法违规行为", "起", ["占道经营", "违规设置户外广告", "违法建设", "乱堆乱放"], 30, 1500),
        ("拆除违法建设", "处", ["主城区", "城乡结合部", "乡镇集镇", "开发区"], 8, 300),
        ("清理规范占道经营", "处", ["流动摊点", "出店经营", "马路市场", "夜市摊区"], 40, 2600),
        ("开展专项整治行动", "次", ["市容秩序整治", "渣土运输整治", "油烟噪声整治", "违规停车整治"], 8, 160),
        ("受理数字城管案件", "件", ["市容环境类", "街面秩序类", "公用设施类", "园林绿化类"], 300, 30000),
    ],
    money=[
        ("投入城市精细化管理资金", ["环卫保洁", "园林养护", "路灯维护", "设施更新"]),
        ("安排市容提升专项经费", ["背街小巷改造", "店招店牌规范", "公厕提升", "停车设施建设"]),
    ],
    bigmoney=("城市更新及市政设施项目总投资", ["老旧管网改造", "道路综合整治", "公园绿地建设", "智慧停车系统"]),
    rates=[
        ("受理群众投诉举报", "按时办结", "办结率", "件", 200, 9000),
        ("数字城管立案", "结案", "结案率", "件", 1000, 40000),
        ("下发整改通知书", "已整改到位", "整改率", "份", 60, 2000),
        ("回访当事人", "表示满意", "回访满意率", "人", 80, 3000),
        ("排查违建点位", "已拆除清零", "清零率", "处", 30, 800),
    ],
    cover=("城区主次干道", "条", "实现机械化清扫", "机械化清扫覆盖率", 20, 140),
    growth=[
        ("受理市容投诉量", "件", 0), ("处罚案件数", "件", 0), ("机械化清扫面积", "万平方米", 1),
        ("规范停车泊位", "个", 0), ("生活垃圾日均清运量", "吨", 1),
    ],
    growth_big=[("数字城管累计处置案件", "件"), ("城区停车收费收入", "元")],
    pp=["道路机械化清扫率", "案件按期结案率", "垃圾分类覆盖率", "群众满意率", "投诉按时办结率"],
    names=(["城东中队", "城西中队", "城南中队", "城北中队", "开发区中队", "高铁新区中队", "滨江中队", "老城中队", "机动中队", "环卫执法中队"], "个中队", "参与联合执法"),
    items=(["占道经营", "违规停车", "渣土撒漏", "户外广告", "油烟扰民", "噪声扰民", "违法建设", "乱贴乱画"], "类", "突出问题"),
    stock=[("存量违法建设", "处", "新发现", "依法拆除"), ("登记流动摊贩", "户", "新登记", "引导入市后退出")],
    balance=("停车收费收入", "运营维护支出", "结余"),
    balance_in=["路内停车收费", "公共停车场收费", "月卡收入"],
    balance_out=["设备维护", "人员劳务", "系统运维"],
    per=[("day", "清运生活垃圾", "吨", "日均"), ("day", "处置数字城管案件", "件", "日均"),
         ("money", "发放环卫工人高温补贴", "人", "人均")],
    split=[("主城区", "新城区"), ("白天", "夜间"), ("上半年", "下半年")],
    survey_obj="市民",
    share=("受理案件", "件", ["市容环境类", "街面秩序类", "公用设施类", "其他类"]),
    doc="城管发", mech=("“7+X”", "联合执法模式"), hotline=("12319", "城建服务热线"),
    model=("ZF-3000型", "执法记录仪"), code="CG",
    whole_word="执法",
)

V["radio"] = dict(
    zh="广播电视与融媒体中心",
    org=["融媒体中心", "广播电视台", "新闻部", "新媒体部", "技术保障部"],
    area=["全县", "全市", "全区"],
    cnt=[
        ("播发各类新闻稿件", "条", ["电视新闻", "广播新闻", "新媒体稿件", "图文快讯"], 200, 20000),
        ("制作专题节目", "期", ["《乡村新语》", "《民生直通车》", "《文明实践在身边》", "《走进企业》"], 8, 200),
        ("向上级媒体推送稿件", "条", ["中央级媒体", "省级媒体", "市级媒体"], 30, 1800),
        ("开展网络直播", "场", ["政务直播", "助农直播", "文体活动直播", "应急发布直播"], 6, 160),
        ("检修维护设备", "台（套）", ["发射设备", "传输设备", "演播室设备", "应急广播终端"], 20, 900),
    ],
    money=[
        ("实现经营创收", ["广告收入", "活动承办收入", "技术服务收入", "直播带货佣金"]),
        ("投入融媒体建设资金", ["平台升级", "设备购置", "应急广播建设", "人才培训"]),
    ],
    bigmoney=("应急广播及融媒体平台建设总投资", ["县级平台", "乡镇适配终端", "村级音柱", "传输网络"]),
    rates=[
        ("应急广播终端", "正常在线", "在线率", "个", 200, 4000),
        ("计划播出时长", "实际完成", "播出完成率", "小时", 1000, 9000),
        ("报送稿件", "被上级媒体采用", "采用率", "条", 100, 2500),
        ("安全播出考核项目", "达标", "达标率", "项", 20, 120),
        ("有线电视报修", "当日修复", "当日修复率", "单", 100, 3000),
    ],
    cover=("行政村", "个", "实现应急广播“村村响”", "覆盖率", 20, 260),
    growth=[
        ("新媒体平台粉丝量", "万人", 1), ("客户端下载量", "次", 0), ("短视频播放量", "万次", 1),
        ("经营收入", "万元", 2), ("上级媒体用稿量", "条", 0),
    ],
    growth_big=[("全平台阅读播放总量", "次"), ("短视频累计播放量", "次")],
    pp=["应急广播终端在线率", "广播电视综合人口覆盖率", "稿件采用率", "安全播出达标率", "有线电视当日修复率"],
    names=(["微信公众号", "抖音号", "视频号", "快手号", "今日头条号", "微博账号", "新闻客户端", "学习强国号", "B站账号"], "个平台", "入驻"),
    items=(["新闻采编", "节目制作", "技术保障", "广告经营", "新媒体运营", "应急广播", "舆情监测"], "个板块", "业务"),
    stock=[("应急广播终端", "个", "新安装", "损坏报废"), ("有线电视用户", "户", "新开户", "销户")],
    balance=("经营收入", "经营支出", "结余"),
    balance_in=["广告收入", "活动承办收入", "技术服务收入"],
    balance_out=["节目制作支出", "设备维护支出", "人员劳务支出"],
    per=[("day", "播发新闻稿件", "条", "日均"), ("day", "更新短视频", "条", "日均"),
         ("wan", "全县常住人口", "万人", "应急广播终端", "个", "每万人拥有应急广播终端")],
    split=[("原创", "转载"), ("上半年", "下半年"), ("城区", "乡镇")],
    survey_obj="听众观众",
    share=("自办节目时长", "小时", ["新闻类", "专题类", "文艺类", "服务类"]),
    doc="广电发", mech=("“1+N”", "融媒传播矩阵"), hotline=("96333", "有线电视服务热线"),
    model=("DB-880型", "应急广播适配器"), code="RM",
    whole_word="播发",
)

V["govsvc"] = dict(
    zh="政务服务中心与一网通办",
    org=["政务服务中心", "行政审批服务局", "一网通办专窗", "便民服务中心", "政务服务管理办公室"],
    area=["全区", "全市", "全县"],
    cnt=[
        ("受理各类政务服务事项", "件", ["即办件", "承诺件", "联办件", "上报件"], 500, 60000),
        ("进驻政务服务事项", "项", ["行政许可", "公共服务", "行政确认", "其他行政权力"], 60, 1600),
        ("办理企业开办业务", "户", ["新设企业", "个体工商户", "农民专业合作社"], 40, 6000),
        ("接听热线来电", "个", ["咨询类", "投诉类", "求助类", "建议类"], 300, 40000),
        ("提供帮办代办服务", "件", ["企业事项", "项目审批", "个人事项", "跨省通办事项"], 20, 3000),
    ],
    money=[
        ("为企业减免各项费用", ["开办费用", "刻章费用", "代办服务费用", "邮寄费用"]),
        ("投入一网通办系统建设资金", ["平台开发", "数据对接", "自助终端购置", "运维服务"]),
    ],
    bigmoney=("数字政府及政务服务体系建设总投资", ["政务云平台", "数据共享中心", "智能审批系统", "基层服务站点"]),
    rates=[
        ("受理办件", "按时办结", "按时办结率", "件", 800, 60000),
        ("收到“好差评”评价", "好评", "好评率", "条", 500, 30000),
        ("政务服务事项", "实现全程网办", "全程网办率", "项", 100, 1600),
        ("企业开办申请", "一日内办结", "一日办结率", "件", 100, 5000),
        ("转办热线工单", "按期办结", "工单办结率", "件", 300, 20000),
    ],
    cover=("镇（街道）便民服务中心", "个", "开通一网通办自助终端", "覆盖率", 6, 40),
    growth=[
        ("网上办件量", "件", 0), ("企业开办数量", "户", 0), ("日均办件量", "件", 1),
        ("自助终端办理量", "件", 0), ("电子证照调用量", "万次", 2),
    ],
    growth_big=[("一网通办平台累计办件", "件"), ("电子证照累计调用", "次")],
    pp=["全程网办率", "一次办结率", "即办件占比", "好评率", "企业开办一日办结率"],
    names=(["市场监管窗口", "税务窗口", "社保窗口", "医保窗口", "公积金窗口", "不动产登记窗口", "公安窗口", "住建窗口", "人社窗口"], "个窗口", "进驻综合受理区"),
    items=(["企业开办", "工程建设项目审批", "不动产登记", "社保医保", "公积金", "新生儿出生", "员工退休"], "项", "“一件事”集成服务"),
    stock=[("待办工单", "件", "新增", "办结销号"), ("进驻部门", "家", "新进驻", "整合撤出")],
    balance=("窗口运行经费", "已支出", "结余"),
    balance_in=["年初预算", "追加预算"],
    balance_out=["设备更新", "物业服务", "人员培训"],
    per=[("day", "办理政务服务事项", "件", "日均"), ("day", "接听热线来电", "个", "日均"),
         ("wan", "全区常住人口", "万人", "网上办件", "件", "每万人网上办件")],
    split=[("线上", "线下"), ("上半年", "下半年"), ("工作日", "周末延时服务")],
    survey_obj="办事群众",
    share=("办件", "件", ["网上办理", "窗口办理", "自助终端办理", "邮寄办理"]),
    doc="政服办", mech=("“1+X”", "综合窗口模式"), hotline=("12345", "政务服务便民热线"),
    model=("ZZ-600型", "自助服务终端"), code="ZW",
    whole_word="办理",
)

V["youth"] = dict(
    zh="共青团与志愿服务",
    org=["团县委", "志愿者协会", "青年志愿者服务队", "团工委", "青年之家"],
    area=["全县", "全市", "全区"],
    cnt=[
        ("开展志愿服务活动", "场", ["社区服务", "助老助残", "环境保护", "文明交通"], 20, 900),
        ("发展新团员", "名", ["高中学生", "中职学生", "农村青年", "企业青年"], 30, 1500),
        ("新增注册志愿者", "人", ["青年学生", "机关干部", "企业员工", "社会人士"], 100, 20000),
        ("组织青年参加培训", "人次", ["团干部培训", "志愿者骨干培训", "青年创业培训", "心理辅导培训"], 40, 3000),
        ("结对帮扶困难青少年", "名", ["留守儿童", "困境儿童", "残疾青少年", "单亲家庭子女"], 15, 800),
    ],
    money=[
        ("筹集希望工程助学资金", ["爱心企业捐赠", "社会人士捐款", "网络众筹", "团费划拨"]),
        ("投入青年发展项目资金", ["青年创业扶持", "志愿服务项目", "青少年活动阵地", "青年人才驿站"]),
    ],
    bigmoney=("青年发展型县域建设项目总投资", ["青年人才公寓", "青少年宫改造", "青年创业园", "志愿服务阵地"]),
    rates=[
        ("团员", "按时交纳团费", "团费交纳率", "名", 300, 9000),
        ("志愿服务项目", "已完成结项", "项目完成率", "个", 20, 300),
        ("注册志愿者", "参加过志愿服务", "参与率", "人", 800, 20000),
        ("帮扶对象", "回访表示满意", "满意率", "名", 40, 900),
        ("基层团组织", "完成换届", "换届完成率", "个", 30, 400),
    ],
    cover=("中小学校", "所", "建立“红领巾”志愿服务队", "覆盖率", 10, 90),
    growth=[
        ("志愿服务时长", "小时", 0), ("注册志愿者人数", "人", 0), ("新发展团员数", "名", 0),
        ("希望工程募集资金", "万元", 2), ("青年创业贷款发放额", "万元", 1),
    ],
    growth_big=[("志愿服务累计时长", "小时"), ("希望工程累计募集资金", "元")],
    pp=["团员教育评议参与率", "志愿者活跃率", "基层团组织规范化达标率", "服务对象满意率", "团费按时交纳率"],
    names=(["城关镇团委", "实验中学团委", "职业中学团委", "县医院团支部", "供电公司团支部", "工业园区团工委", "东城街道团工委", "青年商会团支部"], "个基层团组织", "参加评比"),
    items=(["“青年大学习”", "“学雷锋”志愿服务月", "“助力高考”", "“河小青”护河", "“七彩假期”", "“返家乡”社会实践", "青春建功行动"], "项", "品牌活动"),
    stock=[("注册志愿者", "人", "新增注册", "注销"), ("在册团员", "名", "新发展", "超龄离团")],
    balance=("希望工程助学资金收入", "发放助学金", "结余"),
    balance_in=["企业捐赠", "个人捐款", "网络募捐"],
    balance_out=["发放助学金", "活动支出", "项目执行费用"],
    per=[("money", "发放助学金", "名", "人均"), ("wan", "全县青年人口", "万人", "注册志愿者", "人", "每万名青年中有注册志愿者"),
         ("day", "开展志愿服务", "小时", "日均")],
    split=[("城区", "乡镇"), ("上半年", "下半年"), ("线上", "线下")],
    survey_obj="服务对象",
    share=("志愿服务时长", "小时", ["社区服务", "助老助残", "环境保护", "大型活动保障"]),
    doc="团委发", mech=("“1+X”", "证书培训"), hotline=("12355", "青少年服务台"),
    model=("QN-520型", "志愿服务智能终端"), code="TW",
    whole_word="服务",
)

# ---------------------------------------------------------------------------
# generator side: number formatting (the verifier has its own parser below)
# ---------------------------------------------------------------------------
import argparse
import json
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, localcontext
from fractions import Fraction

SOURCES = ["rural", "chengguan", "radio", "govsvc", "youth"]

FW_TAB = str.maketrans("0123456789.", "０１２３４５６７８９．")
ZHD = "零一二三四五六七八九"


def zh4(n):
    units = ["", "十", "百", "千"]
    ds = [int(c) for c in str(n)]
    out, zero = "", False
    for i, d in enumerate(ds):
        pos = len(ds) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += ZHD[d] + units[pos]
    return out


def zh_int(n):
    if n == 0:
        return "零"
    if n < 10000:
        s = zh4(n)
    else:
        hi, lo = divmod(n, 10000)
        s = zh4(hi) + "万"
        if lo:
            s += ("零" if lo < 1000 else "") + zh4(lo)
    if s.startswith("一十"):
        s = s[1:]
    return s


def zh_dec(d, dec):
    s = f"{d:.{dec}f}"
    ip, _, fp = s.partition(".")
    out = zh_int(int(ip))
    if fp:
        out += "点" + "".join(ZHD[int(c)] for c in fp)
    return out


def fmt_num(v, dec=0, mode="a"):
    """v: int/Decimal value, dec: decimals to print, mode: a c fc sp fw fwc zh."""
    d = Decimal(v)
    if mode == "zh":
        if dec == 0 and d == d.to_integral_value() and 0 <= d < 100000:
            return zh_int(int(d))
        mode = "a"
    s = f"{d:.{dec}f}"
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    ip, _, fp = s.partition(".")
    if mode in ("c", "fc", "sp", "fwc") and len(ip) > 3:
        ip = f"{int(ip):,}".replace(",", {"c": ",", "fc": "，", "sp": " ", "fwc": "，"}[mode])
    s = ip + ("." + fp if fp else "")
    if mode in ("fw", "fwc"):
        s = s.translate(FW_TAB)
    return ("-" if neg else "") + s


def need_dec(d):
    s = format(Decimal(d).normalize(), "f")
    return len(s.partition(".")[2])


def rhu(fr, exp):
    """Round Fraction fr half-up (away from zero) at 10**exp -> (Decimal, is_tie)."""
    q = Fraction(fr) / (Fraction(10) ** exp)
    a = abs(q)
    fl = a.numerator // a.denominator
    tie = (a - fl) == Fraction(1, 2)
    n = fl + (1 if (a - fl) >= Fraction(1, 2) else 0)
    if q < 0:
        n = -n
    return Decimal(n).scaleb(exp), tie


def hw_punct(text):
    """Half-width punctuation variant; keeps full-width commas inside numbers."""
    text = re.sub(r"(?<![0-9０-９])，|，(?![0-9０-９])", ", ", text)
    for a, b in (("；", "; "), ("：", ": "), ("（", "("), ("）", ")")):
        text = text.replace(a, b)
    return text.replace(" \n", "\n").rstrip()

# ---------------------------------------------------------------------------
# record builder
# ---------------------------------------------------------------------------
class Skip(Exception):
    pass


class Rec:
    NUM_MODES = ["a"] * 10 + ["c"] * 3 + ["fc", "sp", "fw", "zh", "zh"]

    def __init__(self, rng, src, label, fam, force_mode=None, pct_mode=None):
        self.rng = rng
        self.src = src
        self.V = V[src]
        self.label = label  # ok / bad / neg
        self.fam = fam
        self.mode = force_mode or rng.choice(self.NUM_MODES)
        self.pm = pct_mode or rng.choice(["h"] * 7 + ["f"] * 3)
        self.checks = []
        self.notes = []
        self.bad_slot = None
        self.malformable = []  # (check index) rate/growth checks whose pct literal is not shared

    # -- small helpers
    def pick(self, seq):
        return self.rng.choice(seq)

    def period(self):
        return self.pick(COMMON_PERIODS)

    def area(self):
        return self.pick(self.V["area"])

    def org(self):
        return self.pick(self.V["org"])

    def n(self, v, dec=0, mode=None):
        m = mode or self.mode
        if m == "zh" and (dec or v >= 1000):
            if mode is None:
                raise Skip("zhmix")  # do not mix Chinese numerals and digits in one record
            m = "a"
        if m in ("c", "fc", "sp") and abs(v) < 1000:
            m = "a"
        return fmt_num(v, dec, m)

    def pct(self, val, dec, pm=None, sign=False):
        pm = pm or self.pm
        d = Decimal(val)
        if pm == "zh":
            s = "百分之百" if abs(d) == 100 else "百分之" + zh_dec(abs(d), dec)
            return ("负" + s) if d < 0 else s
        s = f"{abs(d):.{dec}f}"
        if pm == "fwd":
            s = s.translate(FW_TAB)
        s += "％" if pm in ("f", "fwd") else "%"
        if d < 0:
            s = "-" + s
        elif sign:
            s = "+" + s
        return s

    def money(self, yuan, unit="auto"):
        """yuan int -> string without the trailing 元 (may end in 万 or 亿)."""
        if unit == "auto":
            unit = "wan" if yuan % 100 == 0 and yuan >= 10000 and self.rng.random() < 0.7 else "yuan"
        if unit == "yuan":
            m = self.mode if self.mode != "zh" else "c"
            return self.n(yuan, 0, m)
        div = 10000 if unit == "wan" else 100000000
        d = Decimal(yuan) / div
        s = self.n(d, need_dec(d), self.mode if self.mode in ("a", "c", "fw", "fc", "sp") else "a")
        return s + ("万" if unit == "wan" else "亿")

    def split(self, total, k, minpart=1, gran=1):
        """split total (multiple of gran) into k positive parts (multiples of gran)."""
        units = total // gran
        if units < k * minpart:
            raise Skip("too small")
        ws = [self.rng.uniform(0.3, 1.6) for _ in range(k)]
        s = sum(ws)
        parts = [max(minpart, int(units * w / s)) for w in ws]
        diff = units - sum(parts)
        parts[ws.index(max(ws))] += diff
        if min(parts) < minpart:
            raise Skip("split")
        return [p * gran for p in parts]

    def mut_int(self, v, gran=1, lo=1):
        r = self.rng
        for _ in range(60):
            u = v // gran
            k = r.random()
            if k < 0.35:
                d = r.choice([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 20, 30, 50, 100])
                w = u + r.choice([-1, 1]) * d
            elif k < 0.7:
                d = max(1, int(u * r.uniform(0.03, 0.2)))
                w = u + r.choice([-1, 1]) * d
            else:
                s = list(str(u))
                i = r.randrange(len(s))
                choices = [c for c in "0123456789" if c != s[i] and not (i == 0 and c == "0")]
                if not choices:
                    continue
                s[i] = r.choice(choices)
                w = int("".join(s))
            if w * gran >= lo and w != u:
                return w * gran
        raise Skip("mut")

    def bad_rate_value(self, true_exact, dec, lo=None, hi=None):
        """A clearly wrong stated value near a true value."""
        unit = Fraction(1, 10 ** dec)
        minimum = max(2 * unit, Fraction(3, 10))
        for _ in range(60):
            k = self.rng.random()
            if k < 0.6:
                delta = Fraction(self.rng.randint(1, 60), 10)
            elif k < 0.85:
                delta = Fraction(self.rng.randint(2, 15))
            else:
                delta = Fraction(self.rng.randint(10, 400), 100)
            if delta < minimum:
                continue
            val = Fraction(true_exact) + self.rng.choice([-1, 1]) * delta
            st, _ = rhu(val, -dec)
            if abs(Fraction(st) - Fraction(true_exact)) < minimum + unit:
                continue
            if lo is not None and st < lo:
                continue
            if hi is not None and st > hi:
                continue
            return st
        raise Skip("badrate")

    # -- relations (generator computes its own ok from raw values)
    def add(self, chk, note=None):
        self.checks.append(chk)
        if note:
            self.notes.append(note)
        return len(self.checks) - 1

    def sum_chk(self, pstr, pval, tstr, tval):
        return self.add({"rel": "sum", "parts": pstr, "total": tstr, "ok": sum(pval) == tval})

    def rate_chk(self, ns, nv, ds, dv, rs, rv, dec):
        exact = Fraction(nv) * 100 / Fraction(dv)
        r, tie = rhu(exact, -dec)
        if tie:
            raise Skip("tie")
        return self.add({"rel": "rate", "num": ns, "den": ds, "rate": rs, "ok": r == Decimal(rv)})

    # -- common pieces
    def make_rate(self, den_lo, den_hi, dec=None, r_lo=70, r_hi=100):
        """returns den, num, exact, stated(decimal), dec."""
        rng = self.rng
        if dec is None:
            dec = rng.choice([1] * 6 + [2] * 2 + [0] * 2)
        for _ in range(80):
            den = rng.randint(den_lo, den_hi)
            target = rng.uniform(r_lo, r_hi)
            if rng.random() < 0.06:
                target = 100
            num = min(den, max(1, round(den * target / 100)))
            exact = Fraction(num * 100, den)
            st, tie = rhu(exact, -dec)
            if tie:
                continue
            return den, num, exact, st, dec
        raise Skip("rate")

    def join(self, parts, seps=None):
        sep = seps or self.pick(["、"] * 4 + ["，", "；"])
        if len(parts) >= 2 and self.rng.random() < 0.35:
            return sep.join(parts[:-1]) + self.pick(["和", "及", "以及"]) + parts[-1]
        return sep.join(parts)

    def bad_choice(self, slots):
        """pick which relation slot is wrong (only when label == bad)."""
        if self.label != "bad":
            return None
        self.bad_slot = self.pick(slots)
        return self.bad_slot

# ---------------------------------------------------------------------------
# totals family templates.  Each returns a list of text lines and fills R.checks
# ---------------------------------------------------------------------------
def sum_values(R, k, lo, hi, bad, gran=1, minpart=1):
    lo = max(lo, k * minpart * gran)
    total = R.rng.randint(lo // gran, max(lo // gran, hi // gran)) * gran
    vals = R.split(total, k, minpart, gran)
    note = f"sum of {k} parts"
    if bad:
        i = R.rng.randrange(k + 1)
        if i == k:
            new = R.mut_int(total, gran)
            note += f"; total changed {total}->{new}"
            total = new
        else:
            new = R.mut_int(vals[i], gran)
            note += f"; part {i + 1} changed {vals[i]}->{new}"
            vals[i] = new
    return vals, total, note


def pick_cnt(R, kmin=2, kmax=4):
    whole, unit, cats, lo, hi = R.pick(R.V["cnt"])
    k = R.rng.randint(kmin, min(kmax, len(cats)))
    idx = sorted(R.rng.sample(range(len(cats)), k))
    return whole, unit, [cats[i] for i in idx], lo, hi


def t_gong_qizhong(R):
    whole, unit, names, lo, hi = pick_cnt(R)
    vals, total, note = sum_values(R, len(names), lo, hi, R.bad_choice([0]) == 0)
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    lead = R.pick(["共", "合计", "总计", "累计", "共计"])
    body = R.join([f"{a}{p}{unit}" for a, p in zip(names, ps)])
    R.sum_chk(ps, vals, ts, total)
    R.notes.append("共/合计…其中 " + note)
    return [f"{R.period()}，{R.org()}{lead}{whole}{ts}{unit}，其中{body}。"]


def t_fenbie_wei(R):
    whole, unit, names, lo, hi = pick_cnt(R)
    vals, total, note = sum_values(R, len(names), lo, hi, R.bad_choice([0]) == 0)
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    R.sum_chk(ps, vals, ts, total)
    R.notes.append("分别为 " + note)
    if R.rng.random() < 0.5:
        nums = "、".join(p + unit for p in ps)
    else:
        nums = "、".join(ps) + unit
    return [f"{R.period()}{R.org()}{whole}{ts}{unit}，其中{'、'.join(names)}分别为{nums}。"]


def t_heji_after(R):
    whole, unit, names, lo, hi = pick_cnt(R, 2, 4)
    vals, total, note = sum_values(R, len(names), lo, hi, R.bad_choice([0]) == 0)
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    R.sum_chk(ps, vals, ts, total)
    R.notes.append("parts then 合计 " + note)
    sep = R.pick(["；", "，"])
    items = sep.join(f"{a}{p}{unit}" for a, p in zip(names, ps))
    tail = R.pick(["合计", "共计", "总计", "以上合计"])
    return [f"{R.period()}{whole}情况：{items}{sep}{tail}{ts}{unit}。"]


def t_bracket_qizhong(R):
    whole, unit, names, lo, hi = pick_cnt(R, 2, 3)
    vals, total, note = sum_values(R, len(names), lo, hi, R.bad_choice([0]) == 0)
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    R.sum_chk(ps, vals, ts, total)
    R.notes.append("bracketed （其中…） " + note)
    inner = R.pick(["，", "、", "；"]).join(f"{a}{p}{unit}" for a, p in zip(names, ps))
    tail = R.pick(["", "，进一步夯实了工作基础", "，工作成效逐步显现", "，各项任务有序推进"])
    return [f"{R.org()}{R.period()}{whole}{ts}{unit}（其中{inner}）{tail}。"]


def t_table_lines(R):
    whole, unit, names, lo, hi = pick_cnt(R, 2, 4)
    vals, total, note = sum_values(R, len(names), lo, hi, R.bad_choice([0]) == 0)
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    R.sum_chk(ps, vals, ts, total)
    R.notes.append("table-like lines " + note)
    st = R.rng.randrange(3)
    lines = [f"{R.period()}{whole}统计（单位：{unit}）："]
    for i, (a, p) in enumerate(zip(names, ps)):
        if st == 0:
            lines.append(f"{i + 1}. {a}：{p}")
        elif st == 1:
            lines.append(f"| {a} | {p} |")
        else:
            lines.append(f"{a}　{p}")
    lines.append({0: f"合计：{ts}", 1: f"| 合计 | {ts} |", 2: f"总计　{ts}"}[st])
    return lines


def t_money_mixed(R):
    verb, cats = R.pick(R.V["money"])
    k = R.rng.randint(2, 4)
    names = R.rng.sample(cats, k)
    bad = R.bad_choice([0]) == 0
    # parts in 元 granularity 100 mostly, one part may be at 1 元
    total = R.rng.randint(20000, 600000) * 100
    vals = R.split(total, k, 1, 100)
    j = R.rng.randrange(k)
    small = R.rng.randint(1000, 99999)
    vals[j] = small
    total = sum(vals)
    note = f"sum of {k} money parts, mixed 万元/元"
    if bad:
        i = R.rng.randrange(k + 1)
        if i == k:
            new = R.mut_int(total, 1 if total % 100 else 100)
            note += f"; total {total}->{new}"
            total = new
        else:
            new = R.mut_int(vals[i], 1 if vals[i] % 100 else 100)
            note += f"; part {i + 1} {vals[i]}->{new}"
            vals[i] = new
    ps = [R.money(v, "wan" if (v % 100 == 0 and v >= 10000) else "yuan") for v in vals]
    ts = R.money(total, "wan" if total % 100 == 0 and R.rng.random() < 0.5 else "yuan")
    R.sum_chk(ps, vals, ts, total)
    R.notes.append(note)
    body = R.join([f"{a}{p}元" for a, p in zip(names, ps)])
    if R.rng.random() < 0.5:
        return [f"{R.period()}，{R.org()}{verb}{ts}元，其中{body}。"]
    return [f"{R.period()}，{R.org()}{verb}：{body}，合计{ts}元。"]


def t_yi_wan(R):
    verb, cats = R.V["bigmoney"]
    k = R.rng.randint(2, 4)
    names = R.rng.sample(cats, k)
    bad = R.bad_choice([0]) == 0
    total = R.rng.randint(100, 2500) * 1000000  # multiples of 0.01亿
    vals = R.split(total, k, 1, 100000)  # multiples of 10万
    note = f"sum of {k} parts, 亿 total with 万 parts"
    if bad:
        i = R.rng.randrange(k + 1)
        if i == k:
            new = R.mut_int(total, 1000000)
            note += f"; total {total}->{new}"
            total = new
        else:
            new = R.mut_int(vals[i], 100000)
            note += f"; part {i + 1} {vals[i]}->{new}"
            vals[i] = new
    ps = [R.money(v, "yi" if (v >= 100000000 and v % 1000000 == 0 and R.rng.random() < 0.5) else "wan") for v in vals]
    ts = R.money(total, "yi")
    R.sum_chk(ps, vals, ts, total)
    R.notes.append(note)
    body = R.join([f"{a}{p}元" for a, p in zip(names, ps)], "、")
    return [f"{R.period()}，{verb}{ts}元，其中{body}。"]


def t_balance_income(R):
    inc, exp, res = R.V["balance"]
    bad = R.bad_choice([0]) == 0
    dec = R.pick([0, 1, 2, 2])
    g = 10 ** dec
    nin = R.rng.randint(1, 2)
    nout = R.rng.randint(1, 2)
    ins = [R.rng.randint(20 * g, 900 * g) for _ in range(nin)]
    outs = R.split(int(sum(ins) * R.rng.uniform(0.4, 0.95)), nout, 1) if nout > 1 else [int(sum(ins) * R.rng.uniform(0.4, 0.95))]
    result = sum(ins) - sum(outs)
    note = f"balance {nin} plus, {nout} minus"
    if bad:
        tgt = R.rng.randrange(3)
        if tgt == 0:
            new = R.mut_int(result)
            note += f"; result {result}->{new}"
            result = new
        elif tgt == 1:
            i = R.rng.randrange(nin)
            new = R.mut_int(ins[i])
            note += f"; plus {ins[i]}->{new}"
            ins[i] = new
        else:
            i = R.rng.randrange(nout)
            new = R.mut_int(outs[i])
            note += f"; minus {outs[i]}->{new}"
            outs[i] = new
    f = lambda x: R.n(Decimal(x) / g, dec, "a" if R.mode == "zh" else R.mode)
    ins_s, outs_s, res_s = [f(x) for x in ins], [f(x) for x in outs], f(result)
    ok = sum(ins) - sum(outs) == result
    R.add({"rel": "balance", "plus": ins_s, "minus": outs_s, "result": res_s, "ok": ok}, note)
    if nin == 1:
        a = f"{inc}{ins_s[0]}万元"
    else:
        names = R.rng.sample(R.V["balance_in"], nin)
        a = R.join([n + s + "万元" for n, s in zip(names, ins_s)], "、")
    if nout == 1:
        b = f"{exp}{outs_s[0]}万元"
    else:
        names = R.rng.sample(R.V["balance_out"], nout)
        b = "、".join(n + s + "万元" for n, s in zip(names, outs_s))
    if R.rng.random() < 0.5:
        a1 = a if nin == 1 else "实现收入" + a
        b1 = b if nout == 1 else "支出" + b
        return [f"{R.period()}，{a1}，{b1}，{res}{res_s}万元。"]
    return [f"{R.period()}收支情况：", f"收入：{a}；", f"支出：{b}；", f"{res}：{res_s}万元。"]


def t_balance_stock(R):
    thing, unit, add, sub = R.pick(R.V["stock"])
    bad = R.bad_choice([0]) == 0
    start = R.rng.randint(30, 3000)
    a = R.rng.randint(5, max(6, start // 2))
    b = R.rng.randint(3, start)
    end = start + a - b
    note = "stock: start + new - removed = end"
    vals = [start, a, b, end]
    if bad:
        i = R.rng.randrange(4)
        new = R.mut_int(vals[i])
        note += f"; value {i} {vals[i]}->{new}"
        vals[i] = new
    start, a, b, end = vals
    ss = [R.n(x) for x in vals]
    R.add({"rel": "balance", "plus": [ss[0], ss[1]], "minus": [ss[2]], "result": ss[3],
           "ok": start + a - b == end}, note)
    st = R.rng.randrange(2)
    if st == 0:
        return [f"年初{thing}{ss[0]}{unit}，年内{add}{ss[1]}{unit}、{sub}{ss[2]}{unit}，年末{thing}{ss[3]}{unit}。"]
    return [f"{thing}变动情况：", f"年初数：{ss[0]}{unit}", f"本年{add}：{ss[1]}{unit}",
            f"本年{sub}：{ss[2]}{unit}", f"年末数：{ss[3]}{unit}"]


ORD = ["一", "二", "三", "四", "五", "六", "七", "八"]


def t_count_items(R):
    items, clf, lead = R.V["items"]
    k = R.rng.randint(3, min(6, len(items)))
    chosen = R.rng.sample(items, k)
    bad = R.bad_choice([0]) == 0
    cnt = k
    note = f"count_items {k}"
    if bad:
        cnt = k + R.pick([-2, -1, 1, 1, 2]) if k > 2 else k + 1
        note += f"; count says {cnt}"
    cs = R.n(cnt, 0, R.pick(["zh", "zh", "a", R.mode]))
    R.add({"rel": "count_items", "count": cs, "items": chosen, "ok": cnt == len(chosen)}, note)
    st = R.rng.randrange(3)
    if st == 0:
        body = "；".join(f"{ORD[i]}是抓好{x}" for i, x in enumerate(chosen))
        return [f"{R.period()}，{R.org()}重点推进{cs}{clf}{lead}：{body}。"]
    if st == 1:
        lines = [f"{R.period()}重点推进{cs}{clf}{lead}："]
        lines += [f"（{ORD[i]}）{x}。" for i, x in enumerate(chosen)]
        return lines[:8]
    return [f"围绕{R.join(chosen, '、')}{cs}{clf}{lead}，{R.org()}细化责任分工，逐项推进落实。"]


def t_count_names(R):
    names, clf, verb = R.V["names"]
    k = R.rng.randint(2, min(7, len(names)))
    chosen = R.rng.sample(names, k)
    bad = R.bad_choice([0]) == 0
    partial = (not bad) and R.rng.random() < 0.35
    cnt = k + (R.rng.randint(1, 5) if partial else 0)
    note = f"count_names {k}{' partial 等' if partial else ''}"
    if bad:
        cnt = k + R.pick([-1, 1, 1, 2]) if k > 2 else k + 1
        note += f"; count says {cnt}"
    cs = R.n(cnt, 0, R.pick(["zh", "a", R.mode]))
    ok = (len(chosen) < cnt) if partial else (len(chosen) == cnt)
    R.add({"rel": "count_names", "count": cs, "names": chosen, "partial": partial, "ok": ok}, note)
    lst = "、".join(chosen)
    if partial:
        return [f"{R.period()}，{lst}等{cs}{clf}{verb}，{R.pick(['工作成效明显', '进展顺利', '获得通报表扬'])}。"]
    st = R.rng.randrange(2)
    if st == 0:
        return [f"{R.period()}共有{cs}{clf}{verb}，分别是{lst}。"]
    return [f"{verb}的{cs}{clf}为：{lst}。"]


def t_per_capita(R):
    opts = R.V["per"]
    spec = R.pick(opts)
    bad = R.bad_choice([0]) == 0
    kind = spec[0]
    if kind == "money":
        _, verb, cunit, plabel = spec
        cnt = R.rng.randint(20, 3000)
        per_true = R.rng.randint(200, 6000)
        total = cnt * per_true + R.rng.randint(-cnt // 3, cnt // 3)
        total = max(total, cnt)
        if R.rng.random() < 0.5:
            total = (total // 100) * 100
        dec = R.pick([0, 0, 1, 2])
        exact = Fraction(total, cnt)
        tv, ts_ = total, R.money(total)
        cs = R.n(cnt)
        scale = "1"
        unit_t, unit_p = "元", "元"
        cv = cnt
    elif kind == "day":
        _, verb, unit, plabel = spec
        days = R.rng.randint(20, 366)
        perd = R.rng.uniform(3, 900)
        total = int(days * perd)
        dec = R.pick([0, 1, 1, 2])
        exact = Fraction(total, days)
        tv, ts_ = total, R.n(total)
        cs = R.n(days)
        cv = days
        scale = "1"
        unit_t = unit_p = unit
        cunit = "天"
    else:
        _, poplabel, popunit, thing, tunit, plabel = spec
        pop = R.rng.randint(80, 1500)  # in 0.1万
        popv = pop * 1000
        perv = R.rng.uniform(5, 600)
        total = int(popv * perv / 10000) + 1
        dec = R.pick([0, 1, 1, 2])
        exact = Fraction(total * 10000, popv)
        tv, ts_ = total, R.n(total)
        cs = fmt_num(Decimal(pop) / 10, 1, "a") + "万"
        cv = popv
        scale = "10000"
    pv, tie = rhu(exact, -dec)
    if tie:
        raise Skip("tie")
    note = f"per ({kind}) scale {scale}"
    if bad:
        unit = Fraction(1, 10 ** dec)
        for _ in range(50):
            delta = Fraction(R.rng.randint(2, 30), 100) * exact + unit * R.rng.randint(2, 9)
            cand, _ = rhu(exact + R.pick([-1, 1]) * delta, -dec)
            if cand > 0 and abs(Fraction(cand) - exact) >= max(2 * unit, exact / 100):
                pv = cand
                break
        note += f"; per changed to {pv}"
    ps = R.n(pv, dec, "a" if R.mode == "zh" else R.mode)
    okv = rhu(exact, -dec)[0] == pv
    R.add({"rel": "per", "total": ts_, "count": cs, "per": ps, "scale": scale, "ok": okv}, note)
    if kind == "money":
        return [f"{R.period()}，{R.org()}{verb}{ts_}元，惠及{cs}{cunit}，{plabel}{ps}元。"]
    if kind == "day":
        return [f"集中攻坚{cs}天，累计{verb}{ts_}{unit_t}，{plabel}{ps}{unit_p}。"]
    return [f"{poplabel}{cs}人，{thing}{ts_}{tunit}，{plabel}{ps}{tunit}。"]


QUARTERS = [["一季度", "二季度", "三季度", "四季度"], ["上半年", "下半年"], ["第一阶段", "第二阶段", "第三阶段"]]


def t_multi_sentence(R):
    whole, unit, _c, lo, hi = R.pick(R.V["cnt"])
    qs = R.pick(QUARTERS)
    k = len(qs) if len(qs) < 4 else R.rng.randint(3, 4)
    qs = qs[:k]
    vals, total, note = sum_values(R, k, lo, hi, R.bad_choice([0]) == 0)
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    R.sum_chk(ps, vals, ts, total)
    R.notes.append("multi-sentence periods " + note)
    sent = []
    verbs = ["完成", "实现", "", "新增"]
    for q, p in zip(qs, ps):
        sent.append(f"{q}{whole}{p}{unit}")
    closing = {"一季度": "全年", "上半年": "全年", "第一阶段": "整个行动期间"}[qs[0]]
    if k == 3 and qs[0] == "一季度":
        closing = "前三季度"
    lines = [s + "。" for s in sent]
    if R.rng.random() < 0.5:
        return ["".join(lines) + f"{closing}累计{whole}{ts}{unit}。"]
    return lines + [f"{closing}累计{ts}{unit}。"]


def t_multiline_two(R):
    whole, unit, names, lo, hi = pick_cnt(R, 2, 4)
    slot = R.bad_choice([0, 1])
    vals, total, note = sum_values(R, len(names), lo, hi, slot == 0)
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    R.sum_chk(ps, vals, ts, total)
    R.notes.append("line1 sum " + note)
    nm, clf, verb = R.V["names"]
    k = R.rng.randint(2, min(5, len(nm)))
    chosen = R.rng.sample(nm, k)
    cnt = k
    if slot == 1:
        cnt = k + R.pick([-1, 1, 2]) if k > 2 else k + 1
    cs = R.n(cnt, 0, R.pick(["zh", "a"]))
    R.add({"rel": "count_names", "count": cs, "names": chosen, "partial": False, "ok": cnt == k},
          f"line2 count_names {k}" + (f"; count says {cnt}" if slot == 1 else ""))
    return [f"一、{whole}情况",
            f"{R.period()}{whole}{ts}{unit}，其中{R.join([a + p + unit for a, p in zip(names, ps)])}。",
            f"二、参与单位",
            f"{cs}{clf}{verb}：{'、'.join(chosen)}。"]


def t_fullwidth(R):
    R.mode = "fwc" if R.rng.random() < 0.3 else "fw"
    return t_gong_qizhong(R) if R.rng.random() < 0.5 else t_heji_after(R)


def t_chinese_numerals(R):
    R.mode = "zh"
    whole, unit, names, lo, hi = pick_cnt(R, 2, 4)
    hi = min(hi, 990)
    lo = min(lo, hi // 2)
    vals, total, note = sum_values(R, len(names), lo, hi, R.bad_choice([0]) == 0)
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    R.sum_chk(ps, vals, ts, total)
    R.notes.append("Chinese numerals " + note)
    body = R.join([f"{a}{p}{unit}" for a, p in zip(names, ps)], "、")
    if R.rng.random() < 0.5:
        return [f"{R.period()}，{R.org()}共{whole}{ts}{unit}，其中{body}。"]
    return [f"{R.period()}，{body}，合计{ts}{unit}。"]


def t_separators(R):
    R.mode = R.pick(["c", "c", "fc", "sp"])
    whole, unit, names, lo, hi = pick_cnt(R, 2, 4)
    lo2, hi2 = max(lo, 1000) * 3, max(hi, 4000) * 4
    vals, total, note = sum_values(R, len(names), lo2, hi2, R.bad_choice([0]) == 0, minpart=300)
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    R.sum_chk(ps, vals, ts, total)
    R.notes.append(f"thousands separator '{R.mode}' " + note)
    body = "；".join(f"{a}{p}{unit}" for a, p in zip(names, ps))
    return [f"{R.period()}{whole}{ts}{unit}。其中：{body}。"]


def t_nested_qizhong(R):
    whole, unit, names, lo, hi = pick_cnt(R, 2, 3)
    slot = R.bad_choice([0, 1])
    lo = max(lo, 40)
    vals, total, note = sum_values(R, len(names), lo, max(hi, 120), slot == 0, minpart=6)
    if slot == 0 and min(vals) < 4:
        raise Skip("nested")
    x, y = R.pick(R.V["split"])
    j = R.rng.randrange(len(names))
    sub_total = vals[j]
    subs, st2, note2 = sum_values(R, 2, sub_total, sub_total, slot == 1)
    if slot == 1:
        # keep the outer part string unchanged: mutate a sub-part only
        subs = R.split(sub_total, 2)
        i = R.rng.randrange(2)
        new = R.mut_int(subs[i])
        note2 = f"inner part {i + 1} {subs[i]}->{new}"
        subs[i] = new
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    ss = [R.n(v) for v in subs]
    R.sum_chk(ps, vals, ts, total)
    R.notes.append("outer " + note)
    R.sum_chk(ss, subs, ps[j], sub_total)
    R.notes.append("inner " + note2)
    body = R.join([f"{a}{p}{unit}" for a, p in zip(names, ps)], "、")
    return [f"{R.period()}{R.org()}共{whole}{ts}{unit}，其中{body}。",
            f"{names[j]}中，{x}{ss[0]}{unit}，{y}{ss[1]}{unit}。"]


def t_ji_he_connector(R):
    whole, unit, names, lo, hi = pick_cnt(R, 2, 4)
    vals, total, note = sum_values(R, len(names), lo, hi, R.bad_choice([0]) == 0)
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    R.sum_chk(ps, vals, ts, total)
    R.notes.append("及/和 list then 共 " + note)
    items = [f"{a}{p}{unit}" for a, p in zip(names, ps)]
    conn = R.pick(["及", "和", "以及", "与"])
    lst = "、".join(items[:-1]) + conn + items[-1]
    return [f"{R.period()}，{R.org()}{whole}，涉及{lst}，共{ts}{unit}。"]


TOTALS = [
    ("gong_qizhong", t_gong_qizhong, "共/合计/总计/累计 T，其中 A a、B b…", "sum"),
    ("fenbie_wei", t_fenbie_wei, "T，其中 A、B、C 分别为 a、b、c", "sum"),
    ("heji_after", t_heji_after, "parts separated by ；/，then 合计/共计 T", "sum"),
    ("bracket_qizhong", t_bracket_qizhong, "T（其中 A a，B b）", "sum"),
    ("table_lines", t_table_lines, "multi-line table (numbered, pipe or aligned) + 合计 line", "sum"),
    ("money_mixed_units", t_money_mixed, "money parts mixing 万元 and 元, total in 万元 or 元", "sum"),
    ("yi_wan_scale", t_yi_wan, "total in 亿元, parts in 万元/亿元", "sum"),
    ("balance_income", t_balance_income, "收入 − 支出 = 结余 (one line or 4 lines)", "balance"),
    ("balance_stock", t_balance_stock, "年初 + 新增 − 减少 = 年末", "balance"),
    ("count_items", t_count_items, "N项: 一是…二是… / （一）… / list then N项", "count_items"),
    ("count_names", t_count_names, "N个…：names / names 等N个 (partial)", "count_names"),
    ("per_capita", t_per_capita, "户均/人均/日均/每万人 from total and count", "per"),
    ("multi_sentence_periods", t_multi_sentence, "quarter/month sentences, then 累计 total", "sum"),
    ("multiline_sum_names", t_multiline_two, "4 lines: sum block + named-unit count", "sum, count_names"),
    ("fullwidth_digits", t_fullwidth, "full-width digits (１２３，４５６)", "sum"),
    ("chinese_numerals", t_chinese_numerals, "Chinese numerals (三百二十, 一百零五)", "sum"),
    ("thousands_separators", t_separators, "1,234 / 1，234 / 1 234 separators", "sum"),
    ("nested_qizhong", t_nested_qizhong, "T = A + B…, and A split again (two sums)", "sum, sum"),
    ("ji_he_connector", t_ji_he_connector, "list joined with 及/和/以及/与 then 共 T", "sum"),
]

# ---------------------------------------------------------------------------
# pct family templates
# ---------------------------------------------------------------------------
def rate_block(R, lo, hi, bad, dec=None, r_lo=70, r_hi=100, num_mode=None):
    """Returns (ns, ds, rs, note); adds a rate check."""
    den, num, exact, st, dec = R.make_rate(lo, hi, dec, r_lo, r_hi)
    note = f"rate {num}/{den} at {dec} dp"
    if bad:
        how = R.pick(["rate"] * 7 + ["num"] * 2 + ["den"])
        if how == "rate":
            st = R.bad_rate_value(exact, dec, lo=Decimal(0), hi=Decimal(100) if exact <= 100 else None)
            note += f"; stated rate changed to {st}"
        else:
            thr = max(Fraction(2, 10 ** dec), Fraction(3, 10)) + Fraction(1, 10 ** dec)
            for _ in range(60):
                if how == "num":
                    cand = R.mut_int(num)
                    if cand > den:
                        continue
                    e2 = Fraction(cand * 100, den)
                else:
                    cand = R.mut_int(den)
                    if cand < num:
                        continue
                    e2 = Fraction(num * 100, cand)
                if abs(e2 - Fraction(st)) >= thr and not rhu(e2, -dec)[1]:
                    break
            else:
                raise Skip("ratemut")
            note += f"; {how} changed {num if how == 'num' else den}->{cand}"
            if how == "num":
                num = cand
            else:
                den = cand
    nm = num_mode or R.mode
    ns, ds = R.n(num, 0, nm), R.n(den, 0, nm)
    rs = R.pct(st, dec)
    R.rate_chk(ns, num, ds, den, rs, st, dec)
    return ns, ds, rs, note


def rate_spec(R):
    return R.pick(R.V["rates"])


def t_rate_after(R):
    dl, nl, rn, unit, lo, hi = rate_spec(R)
    ns, ds, rs, note = rate_block(R, lo, hi, R.bad_choice([0]) == 0)
    R.notes.append("counts then rate; " + note)
    verb = R.pick(["", "达", "为", "达到"])
    if R.rng.random() < 0.5:
        return [f"{R.period()}，{dl}共{ds}{unit}，{nl}{ns}{unit}，{rn}{verb}{rs}。"]
    return [f"{R.period()}{R.org()}{dl}{ds}{unit}、{nl}{ns}{unit}，{rn}{verb}{rs}。"]


def t_rate_first(R):
    dl, nl, rn, unit, lo, hi = rate_spec(R)
    ns, ds, rs, note = rate_block(R, lo, hi, R.bad_choice([0]) == 0)
    R.notes.append("rate stated first; " + note)
    st = R.rng.randrange(3)
    if st == 0:
        return [f"{rn}达到{rs}，{dl}{ds}{unit}中已有{ns}{unit}{nl[1:] if nl.startswith('已') else nl}。"]
    if st == 1:
        return [f"{R.period()}{rn}为{rs}（{ns}/{ds}）。"]
    return [f"{rn}{rs}：{dl}{ds}{unit}，{nl}{ns}{unit}。"]


def t_survey(R):
    obj = R.V["survey_obj"]
    slot = R.bad_choice([0, 1, 2])
    S = R.rng.randint(200, 3000)
    K = R.rng.randint(int(S * 0.75), S)
    M = int(K * R.rng.uniform(0.6, 0.95))
    B = R.rng.randint(1, K - M - 1) if K - M > 2 else 1
    U = K - M - B
    if U <= 0:
        raise Skip("survey")
    dec1, dec2 = R.pick([1, 1, 2]), R.pick([1, 1, 2, 0])
    e1, e2 = Fraction(K * 100, S), Fraction(M * 100, K)
    r1, t1 = rhu(e1, -dec1)
    r2, t2 = rhu(e2, -dec2)
    if t1 or t2:
        raise Skip("tie")
    notes = []
    if slot == 0:
        if R.rng.random() < 0.5:
            new = R.mut_int(U)
            notes.append(f"sum: 不满意 {U}->{new}")
            U = new
        else:
            new = R.mut_int(B)
            notes.append(f"sum: 基本满意 {B}->{new}")
            B = new
    elif slot == 1:
        r1 = R.bad_rate_value(e1, dec1, lo=Decimal(0), hi=Decimal(100))
        notes.append(f"回收率 changed to {r1}")
    elif slot == 2:
        r2 = R.bad_rate_value(e2, dec2, lo=Decimal(0), hi=Decimal(100))
        notes.append(f"满意率 changed to {r2}")
    s = {k: R.n(v) for k, v in dict(S=S, K=K, M=M, B=B, U=U).items()}
    p1, p2 = R.pct(r1, dec1), R.pct(r2, dec2)
    R.add({"rel": "sum", "parts": [s["M"], s["B"], s["U"]], "total": s["K"], "ok": M + B + U == K})
    R.rate_chk(s["K"], K, s["S"], S, p1, r1, dec1)
    R.rate_chk(s["M"], M, s["K"], K, p2, r2, dec2)
    R.notes.append("survey: sum + 回收率 + 满意率" + ("; " + "; ".join(notes) if notes else ""))
    lines = [f"向{obj}发放满意度调查问卷{s['S']}份，回收有效问卷{s['K']}份，回收率{p1}。",
             f"其中满意{s['M']}份、基本满意{s['B']}份、不满意{s['U']}份，满意率{p2}。"]
    return lines if R.rng.random() < 0.6 else ["".join(lines)]


def t_coverage(R):
    dl, unit, nl, rn, lo, hi = R.V["cover"]
    if R.rng.random() < 0.5:
        R.mode = "zh"
    ns, ds, rs, note = rate_block(R, lo, hi, R.bad_choice([0]) == 0, dec=R.pick([1, 1, 2, 0]), r_lo=55)
    R.notes.append("coverage rate; " + note)
    nl2 = nl[1:] if nl.startswith("已") else nl
    if R.rng.random() < 0.5:
        return [f"{R.area()}{ds}{unit}{dl}中，已有{ns}{unit}{nl2}，{rn}达{rs}。"]
    return [f"截至报告期末，{R.area()}已有{ns}{unit}{dl}{nl2}，占{dl}总数（{ds}{unit}）的{rs}。"]


def growth_values(R, spec, g_lo, g_hi, pdec=None):
    name, unit, vdec = spec
    for _ in range(80):
        g = R.rng.uniform(g_lo, g_hi)
        if abs(g) < 1:
            continue
        if vdec == 0:
            old = int(10 ** R.rng.uniform(2, 4.7))
        else:
            old = int(10 ** R.rng.uniform(1 + vdec, 3.5 + vdec))
        new = int(round(old * (1 + g / 100)))
        if new <= 0 or new == old:
            continue
        exact = Fraction(new - old, old) * 100
        pd = pdec if pdec is not None else R.pick([1] * 7 + [2, 0])
        st, tie = rhu(exact, -pd)
        if tie or st == 0:
            continue
        return old, new, exact, st, pd
    raise Skip("growth")


def growth_check(R, spec, old, new, exact, st, pd, bad, allow_sign=True, forced_dir=None):
    name, unit, vdec = spec
    note = f"growth {old}->{new} ({float(exact):.3f}%)"
    if bad:
        how = R.pick(["pct"] * 3 + ["new"])
        if how == "pct":
            st2 = R.bad_rate_value(exact, pd)
            if (st2 > 0) != (st > 0) and R.rng.random() < 0.7:
                raise Skip("signflip")
            note += f"; stated pct {st}->{st2}"
            st = st2
        else:
            thr = max(Fraction(2, 10 ** pd), Fraction(3, 10)) + Fraction(1, 10 ** pd)
            for _ in range(60):
                cand = R.mut_int(new)
                e2 = Fraction(cand - old, old) * 100
                if abs(e2 - Fraction(st)) >= thr and (cand > old) == (new > old):
                    break
            else:
                raise Skip("gmut")
            note += f"; new {new}->{cand}"
            new = cand
    os_ = R.n(Decimal(old).scaleb(-vdec), vdec, "a" if R.mode == "zh" else R.mode)
    ns_ = R.n(Decimal(new).scaleb(-vdec), vdec, "a" if R.mode == "zh" else R.mode)
    signed = st
    mode = "plain"
    if allow_sign and R.rng.random() < 0.2:
        mode = "signed"
    if mode == "signed":
        dirw, dr = "增长", "up"
        ps = R.pct(st, pd, sign=(st > 0))
    else:
        dr = "up" if st > 0 else "down"
        dirw = R.pick(["增长", "增加", "提高"]) if st > 0 else R.pick(["下降", "减少", "回落"])
        ps = R.pct(abs(st), pd)
    okv = rhu(Fraction(new - old, old) * 100, -pd)[0] == signed
    R.add({"rel": "growth", "old": os_, "new": ns_, "pct": ps, "dir": dr, "ok": okv}, note)
    return os_, ns_, ps, dirw


def t_growth_up(R):
    spec = R.pick(R.V["growth"])
    old, new, exact, st, pd = growth_values(R, spec, 2, 90)
    os_, ns_, ps, dw = growth_check(R, spec, old, new, exact, st, pd, R.bad_choice([0]) == 0)
    name, unit, _ = spec
    k = R.rng.randrange(3)
    if k == 0:
        return [f"{R.period()}，{name}{ns_}{unit}，同比{dw}{ps}（上年同期{os_}{unit}）。"]
    if k == 1:
        return [f"{name}由上年的{os_}{unit}{dw}到{ns_}{unit}，{dw}{ps}。"]
    return [f"{name}达{ns_}{unit}，较上年同期的{os_}{unit}{dw}{ps}。"]


def t_growth_down(R):
    spec = R.pick(R.V["growth"])
    old, new, exact, st, pd = growth_values(R, spec, -45, -2)
    os_, ns_, ps, dw = growth_check(R, spec, old, new, exact, st, pd, R.bad_choice([0]) == 0)
    name, unit, _ = spec
    if R.rng.random() < 0.5:
        return [f"{R.period()}{name}{ns_}{unit}，上年同期为{os_}{unit}，同比{dw}{ps}。"]
    return [f"{name}从{os_}{unit}降至{ns_}{unit}，{dw}{ps}。"]


def t_growth_times(R):
    spec = R.pick(R.V["growth"])
    name, unit, vdec = spec
    slot = R.bad_choice([0])
    k10 = R.pick([10, 15, 20, 25, 30, 12, 18, 35, 40, 50, 16, 24])  # k*10
    kdec = 0 if k10 % 10 == 0 and R.rng.random() < 0.6 else 1
    if kdec == 0 and k10 % 10:
        kdec = 1
    base = R.rng.randint(20, 4000)
    old = base * 10
    new = old + old * k10 // 10
    note = f"增长{k10 / 10}倍 exact (strict reading new=old*(1+k))"
    stated10 = k10
    if slot == 0:
        if R.rng.random() < 0.5:
            step = 30 if kdec == 0 else R.pick([3, 4, 5, 8, 10])
            stated10 = k10 + R.pick([-1, 1]) * step if k10 - step > 0 else k10 + step
            if kdec == 0 and stated10 % 10:
                stated10 = k10 + 30
            note += f"; stated {stated10 / 10}倍"
        else:
            # classic confusion: the text says 增长k倍 but new is k times old
            new = old * k10 // 10
            if k10 <= 10 or (k10 - 10) < 2 * (1 if kdec == 0 else 0):
                raise Skip("times")
            if kdec == 0 and 10 < 20:
                raise Skip("times")
            note += "; new is k times old (是…的k倍 confusion)"
    kstr = (f"{stated10 // 10}" if kdec == 0 else f"{Decimal(stated10) / 10:.1f}") + "倍"
    os_ = R.n(Decimal(old).scaleb(-vdec), vdec, "a" if R.mode == "zh" else R.mode)
    ns_ = R.n(Decimal(new).scaleb(-vdec), vdec, "a" if R.mode == "zh" else R.mode)
    exact = Fraction(new - old, old)
    okv = rhu(exact, -kdec)[0] == Decimal(stated10) / 10
    if rhu(exact, -kdec)[1]:
        raise Skip("tie")
    R.add({"rel": "growth", "old": os_, "new": ns_, "pct": kstr, "dir": "up", "ok": okv}, note)
    if R.rng.random() < 0.5:
        return [f"{name}从{os_}{unit}增至{ns_}{unit}，增长{kstr}。"]
    return [f"{R.period()}{name}{ns_}{unit}，比上年的{os_}{unit}增长了{kstr}。"]


def t_pp_change(R):
    name = R.pick(R.V["pp"])
    slot = R.bad_choice([0])
    dec = R.pick([1, 1, 1, 2])
    u = Fraction(1, 10 ** dec)
    r1 = Fraction(R.rng.randint(int(55 / u), int(97 / u))) * u
    up = R.rng.random() < 0.75
    d = Fraction(R.rng.randint(1, int(12 / u))) * u
    r2 = r1 + d if up else r1 - d
    if r2 > 100 or r2 <= 0:
        raise Skip("pp")
    pp = d
    note = f"pp {float(r1)}->{float(r2)}"
    if slot == 0:
        thr = max(2 * u, Fraction(3, 10))
        for _ in range(40):
            cand = pp + R.pick([-1, 1]) * Fraction(R.rng.randint(1, 40)) * u * R.pick([1, 3, 5])
            if cand > 0 and abs(cand - pp) >= thr + u:
                break
        else:
            raise Skip("ppmut")
        note += f"; pp stated {float(cand)} (true {float(pp)})"
        pp = cand
    s1, s2 = R.pct(Decimal(r1.numerator) / r1.denominator, dec), R.pct(Decimal(r2.numerator) / r2.denominator, dec)
    pps = R.n(Decimal(pp.numerator) / pp.denominator, dec, "a")
    dr = "up" if up else "down"
    R.add({"rel": "pp", "from": s1, "to": s2, "pp": pps, "dir": dr,
           "ok": (r2 - r1) == (pp if up else -pp)}, note)
    w = R.pick(["提高", "提升", "上升"]) if up else R.pick(["下降", "降低", "回落"])
    k = R.rng.randrange(3)
    if k == 0:
        return [f"{name}由上年的{s1}{w}至{s2}，{w}{pps}个百分点。"]
    if k == 1:
        return [f"{name}达到{s2}，较上年（{s1}）{w}{pps}个百分点。"]
    return [f"{name}：上年{s1}，本年{s2}，{'增加' if up else '减少'}{pps}个百分点。"]


def shares_block(R, bad_share, bad_part):
    """whole with all parts listed, each with a share (rate) of the total."""
    whole, unit, cats = R.V["share"]
    k = R.rng.randint(2, 4)
    names = R.rng.sample(cats, k)
    total = int(10 ** R.rng.uniform(2.3, 4.6))
    vals = R.split(total, k, 5)
    dec = R.pick([1, 1, 2, 0])
    notes = []
    if bad_part:
        i = R.rng.randrange(k)
        new = R.mut_int(vals[i])
        notes.append(f"part {i + 1} {vals[i]}->{new} (its share recomputed, sum breaks)")
        vals[i] = new
    shares = []
    for v in vals:
        r, tie = rhu(Fraction(v * 100, total), -dec)
        if tie:
            raise Skip("tie")
        shares.append(r)
    if bad_share:
        i = R.rng.randrange(k)
        new = R.bad_rate_value(Fraction(vals[i] * 100, total), dec, lo=Decimal(0), hi=Decimal(100))
        notes.append(f"share {i + 1} {shares[i]}->{new}")
        shares[i] = new
    ps = [R.n(v) for v in vals]
    ts = R.n(total)
    ss = [R.pct(s, dec) for s in shares]
    R.add({"rel": "sum", "parts": ps, "total": ts, "ok": sum(vals) == total})
    for p, v, s, sv in zip(ps, vals, ss, shares):
        R.rate_chk(p, v, ts, total, s, sv, dec)
    R.notes.append(f"{k} parts with shares of one whole" + ("; " + "; ".join(notes) if notes else ""))
    return whole, unit, names, ps, ts, ss


def t_share_inline(R):
    slot = R.bad_choice([0, 0, 1])
    whole, unit, names, ps, ts, ss = shares_block(R, slot == 0, slot == 1)
    body = "；".join(f"{a}{p}{unit}，{R.pick(['占', '占比', '占总量的'])}{s}" for a, p, s in zip(names, ps, ss))
    return [f"{R.period()}{whole}共{ts}{unit}，其中{body}。"]


def t_share_fenbie(R):
    slot = R.bad_choice([0, 0, 1])
    whole, unit, names, ps, ts, ss = shares_block(R, slot == 0, slot == 1)
    return [f"{R.period()}{whole}中，{'、'.join(names)}分别为{'、'.join(p + unit for p in ps)}，合计{ts}{unit}，"
            f"分别占{'、'.join(ss)}。"]


def t_share_sum(R):
    whole, _unit, cats = R.V["share"]
    k = R.rng.randint(3, 4)
    names = R.rng.sample(cats, k)
    dec = R.pick([1, 1, 0, 2])
    u = Fraction(1, 10 ** dec)
    ws = [R.rng.randint(50, 1000) for _ in range(k)]
    tot = sum(ws)
    shares = []
    for w in ws:
        r, tie = rhu(Fraction(w * 100, tot), -dec)
        if tie:
            raise Skip("tie")
        shares.append(r)
    tol = Fraction(k, 2) * u
    note = f"{k} shares, sum {sum(shares)}"
    if R.bad_choice([0]) == 0:
        i = R.rng.randrange(k)
        need = tol + max(2 * u, Fraction(3, 10)) + u
        for _ in range(50):
            delta = Fraction(R.rng.randint(1, 150), 10)
            if delta < need:
                continue
            cand = Fraction(shares[i]) + R.pick([-1, 1]) * delta
            cand = Fraction(rhu(cand, -dec)[0])
            tot2 = sum(Fraction(s) for s in shares) - Fraction(shares[i]) + cand
            if cand > 0 and abs(tot2 - 100) >= need:
                shares[i] = Decimal(cand.numerator) / cand.denominator
                break
        else:
            raise Skip("share")
        note += f"; share {i + 1} changed, sum now {sum(shares)}"
    ss = [R.pct(Decimal(s), dec) for s in shares]
    okv = abs(sum(Fraction(s) for s in shares) - 100) <= tol
    R.add({"rel": "share_sum", "shares": ss, "total": "100%", "ok": okv}, note)
    body = "，".join(f"{a}{R.pick(['占', '占比'])}{s}" for a, s in zip(names, ss))
    return [f"从结构看，{R.period()}{whole}中{body}。"]


def t_rate_table(R):
    specs = R.rng.sample(R.V["rates"], R.rng.randint(2, 4))
    slot = R.bad_choice(list(range(len(specs))))
    fmt = R.rng.randrange(2)
    lines = ["主要指标完成情况：" if fmt == 0 else "| 指标 | 基数 | 完成数 | 比率 |"]
    if fmt == 1:
        lines.append("| --- | --- | --- | --- |")
    for i, (dl, nl, rn, unit, lo, hi) in enumerate(specs):
        ns, ds, rs, note = rate_block(R, lo, hi, slot == i)
        R.notes.append(f"row {i + 1}: {note}")
        if fmt == 0:
            lines.append(f"{i + 1}. {rn}：{dl}{ds}{unit}，{nl}{ns}{unit}，{rs}；")
        else:
            lines.append(f"| {rn} | {ds}{unit} | {ns}{unit} | {rs} |")
    return lines


def t_chinese_pct(R):
    R.pm = R.pick(["zh", "zh", "fwd"])
    R.mode = "zh" if R.pm == "zh" and R.rng.random() < 0.5 else ("fw" if R.pm == "fwd" else R.mode)
    dl, nl, rn, unit, lo, hi = rate_spec(R)
    if R.mode == "zh":
        hi = min(hi, 999)
        lo = min(lo, 100)
    ns, ds, rs, note = rate_block(R, lo, hi, R.bad_choice([0]) == 0, dec=R.pick([0, 1, 1]))
    R.notes.append(f"percent written as {R.pm}; " + note)
    return [f"{R.period()}{dl}{ds}{unit}，{nl}{ns}{unit}，{rn}达到{rs}。"]


def t_two_rates(R):
    specs = R.rng.sample(R.V["rates"], 2)
    slot = R.bad_choice([0, 1])
    lines = []
    for i, (dl, nl, rn, unit, lo, hi) in enumerate(specs):
        ns, ds, rs, note = rate_block(R, lo, hi, slot == i)
        R.notes.append(f"rate {i + 1}: {note}")
        lines.append(f"{dl}{ds}{unit}，{nl}{ns}{unit}，{rn}{rs}")
    if R.rng.random() < 0.5:
        return [lines[0] + "；" + lines[1] + "。"]
    return [lines[0] + "。", lines[1] + "。"]


def t_rate_growth(R):
    slot = R.bad_choice([0, 1])
    dl, nl, rn, unit, lo, hi = rate_spec(R)
    ns, ds, rs, note = rate_block(R, lo, hi, slot == 0)
    R.notes.append("line1 " + note)
    spec = R.pick(R.V["growth"])
    old, new, exact, st, pd = growth_values(R, spec, -30, 70)
    os_, ns2, ps, dw = growth_check(R, spec, old, new, exact, st, pd, slot == 1)
    name, gunit, _ = spec
    return [f"{R.period()}，{dl}{ds}{unit}，{nl}{ns}{unit}，{rn}{rs}。",
            f"{name}{ns2}{gunit}，上年同期{os_}{gunit}，同比{dw}{ps}。"]


def t_rate_pp(R):
    dl, nl, rn, unit, lo, hi = rate_spec(R)
    slot = R.bad_choice([0, 1])
    dec = 1
    den, num, exact, st, dec = R.make_rate(lo, hi, dec, 70, 99.5)
    u = Fraction(1, 10)
    d = Fraction(R.rng.randint(1, 80)) * u
    up = R.rng.random() < 0.7
    r1 = Fraction(st) - d if up else Fraction(st) + d
    if r1 <= 0 or r1 >= 100:
        raise Skip("pp")
    pp = d
    note = f"rate {num}/{den}; pp vs last year"
    if slot == 0:
        thr = max(2 * u, Fraction(3, 10)) + u
        for _ in range(60):
            cand = R.mut_int(num)
            if cand <= den and abs(Fraction(cand * 100, den) - Fraction(st)) >= thr and not rhu(Fraction(cand * 100, den), -1)[1]:
                break
        else:
            raise Skip("rpmut")
        note += f"; num {num}->{cand}"
        num = cand
    elif slot == 1:
        cand = pp + R.pick([-1, 1]) * Fraction(R.rng.randint(4, 40)) * u
        if cand <= 0:
            cand = pp + Fraction(R.rng.randint(4, 40)) * u
        note += f"; pp stated {float(cand)}"
        pp = cand
    ns, ds = R.n(num), R.n(den)
    rs = R.pct(st, 1)
    s1 = R.pct(Decimal(r1.numerator) / r1.denominator, 1)
    pps = fmt_num(Decimal(pp.numerator) / pp.denominator, 1)
    R.rate_chk(ns, num, ds, den, rs, st, 1)
    R.add({"rel": "pp", "from": s1, "to": rs, "pp": pps, "dir": "up" if up else "down",
           "ok": Fraction(st) - r1 == (pp if up else -pp)}, note)
    w = "提高" if up else "下降"
    return [f"{dl}{ds}{unit}，{nl}{ns}{unit}，{rn}{rs}，比上年的{s1}{w}{pps}个百分点。"]


def t_growth_wan(R):
    name, unit = R.pick(R.V["growth_big"])
    big = R.rng.random() < 0.4
    gran = 1000000 if big else 100
    for _ in range(50):
        old = int(10 ** R.rng.uniform(8.0, 9.3) if big else 10 ** R.rng.uniform(5, 7.9)) // gran * gran
        g = R.rng.uniform(-25, 90)
        new = int(old * (1 + g / 100)) // gran * gran
        if new == old or old == 0:
            continue
        pd = R.pick([1, 1, 2])
        exact = Fraction(new - old, old) * 100
        st, tie = rhu(exact, -pd)
        if not tie and st != 0:
            break
    else:
        raise Skip("gw")

    # format helper: strings carry 万/亿
    def w(v):
        if v >= 100000000 and v % 1000000 == 0 and (big or R.rng.random() < 0.3):
            return R.money(v, "yi")
        return R.money(v, "wan")
    note = f"growth with 万/亿 strings {old}->{new}"
    bad = R.bad_choice([0]) == 0
    if bad:
        st2 = R.bad_rate_value(exact, pd)
        if (st2 > 0) != (st > 0):
            raise Skip("sign")
        note += f"; pct {st}->{st2}"
        st = st2
    os_, ns_ = w(old), w(new)
    dr = "up" if st > 0 else "down"
    ps = R.pct(abs(st), pd)
    okv = rhu(Fraction(new - old, old) * 100, -pd)[0] == st
    R.add({"rel": "growth", "old": os_, "new": ns_, "pct": ps, "dir": dr, "ok": okv}, note)
    dw = "增长" if dr == "up" else "下降"
    return [f"{R.period()}{name}{ns_}{unit}，上年同期为{os_}{unit}，{dw}{ps}。"]


def t_rate_thousands(R):
    R.mode = R.pick(["c", "c", "fc", "sp"])
    dl, nl, rn, unit, lo, hi = rate_spec(R)
    ns, ds, rs, note = rate_block(R, max(lo, 1000) * 2, max(hi, 5000) * 3, R.bad_choice([0]) == 0, dec=R.pick([1, 2, 2]))
    R.notes.append(f"large counts with separator {R.mode}; " + note)
    return [f"{R.period()}，{R.org()}{dl}{ds}{unit}，其中{nl}{ns}{unit}，{rn}{rs}。"]


def t_malformed_focus(R):
    dl, nl, rn, unit, lo, hi = rate_spec(R)
    ns, ds, rs, note = rate_block(R, lo, hi, False)
    R.notes.append("malformed-focus; " + note)
    tail = R.pick(["，高于年度目标", "，保持较高水平", "，完成年度任务", ""])
    return [f"{R.period()}，{dl}{ds}{unit}，{nl}{ns}{unit}，{rn}{rs}{tail}。"]


PCTS = [
    ("rate_after_counts", t_rate_after, "den, num, then 办结率/完成率 R%", "rate"),
    ("rate_stated_first", t_rate_first, "rate first, counts after / （M/N）", "rate"),
    ("survey_return_satisfaction", t_survey, "问卷: 回收率 + 满意率 + parts sum", "sum, rate, rate"),
    ("coverage_rate", t_coverage, "覆盖率 over small counts (often Chinese numerals)", "rate"),
    ("growth_up", t_growth_up, "同比增长 P% with 上年同期 (signs possible)", "growth"),
    ("growth_down", t_growth_down, "同比下降/减少 P% or 增长-P%", "growth"),
    ("growth_times", t_growth_times, "增长N倍 (strict reading)", "growth"),
    ("pp_change", t_pp_change, "由 r1% 提高到 r2%，提高 N 个百分点", "pp"),
    ("share_inline", t_share_inline, "共T，其中A a，占s%；B b，占比s%", "sum, rate×k"),
    ("share_fenbie", t_share_fenbie, "A、B分别为a、b，合计T，分别占s1、s2", "sum, rate×k"),
    ("share_sum_pie", t_share_sum, "structure shares of one whole sum to ~100%", "share_sum"),
    ("rate_table", t_rate_table, "2–4 indicator rows (numbered or pipe table)", "rate×k"),
    ("chinese_fullwidth_pct", t_chinese_pct, "百分之九十六点八 / ９６．８％", "rate"),
    ("two_rates", t_two_rates, "two independent rates, one or two lines", "rate, rate"),
    ("rate_with_growth", t_rate_growth, "line 1 rate, line 2 同比 growth", "rate, growth"),
    ("rate_with_pp", t_rate_pp, "rate from counts + 比上年提高 N 个百分点", "rate, pp"),
    ("growth_wan_yi", t_growth_wan, "growth with 万/亿 scaled strings", "growth"),
    ("rate_thousands_sep", t_rate_thousands, "rate over counts with 1,234 / 1，234 / 1 234", "rate"),
    ("malformed_focus", t_malformed_focus, "rate sentence; inconsistent records carry a malformed %", "rate / malformed_pct"),
]

# ---------------------------------------------------------------------------
# look-alikes (neg).  Each returns (sentence, kind, nums, cue)
# ---------------------------------------------------------------------------
def _cnt_parts(R, k):
    whole, unit, cats, lo, hi = R.pick(R.V["cnt"])
    names = R.rng.sample(cats, min(k, len(cats)))
    return whole, unit, names, max(lo, 30), max(hi, 200)


def neg_partial(R):
    whole, unit, names, lo, hi = _cnt_parts(R, R.rng.randint(2, 3))
    total = R.rng.randint(lo, hi)
    parts = R.split(int(total * R.rng.uniform(0.45, 0.85)), len(names))
    ts, ps = R.n(total), [R.n(p) for p in parts]
    cue = R.pick(["等", "主要有", "其中较多的是"])
    if cue == "等":
        s = f"{whole}{ts}{unit}，涉及{'、'.join(a + p + unit for a, p in zip(names, ps))}等。"
    elif cue == "主要有":
        s = f"{whole}{ts}{unit}，主要有{'、'.join(a + p + unit for a, p in zip(names, ps))}。"
    else:
        s = f"{whole}{ts}{unit}，其中较多的是{'和'.join(f'{a}（{p}{unit}）' for a, p in zip(names, ps))}。"
    return s, "partial_list", [ts] + ps, cue


def neg_approx(R):
    whole, unit, names, lo, hi = _cnt_parts(R, R.rng.randint(2, 4))
    exact = R.rng.randint(max(lo, 60), max(hi, 300))
    parts = R.split(exact, len(names))
    cue = R.pick(["约", "近", "余", "多", "左右", "超过"])
    if cue in ("余", "多", "超过"):
        mag = 10 if exact < 1000 else 100
        shown = exact // mag * mag
        if shown == exact:
            shown -= mag
    elif cue == "近":
        mag = 10 if exact < 1000 else 100
        shown = (exact // mag + 1) * mag
    else:
        mag = 10 if exact < 1000 else 100
        shown = round(exact / mag) * mag
        if shown == exact:
            shown += mag
    ts, ps = R.n(shown), [R.n(p) for p in parts]
    body = "、".join(a + p + unit for a, p in zip(names, ps))
    if cue in ("约", "近", "超过"):
        s = f"{whole}{cue}{ts}{unit}，其中{body}。"
    elif cue == "左右":
        s = f"{whole}{ts}{unit}左右，其中{body}。"
    else:
        s = f"{whole}{ts}{cue}{unit}，其中{body}。"
    return s, "approx_total", [ts] + ps, cue


def neg_overlap(R):
    whole, unit, names, lo, hi = _cnt_parts(R, 2)
    total = R.rng.randint(lo, hi)
    a = int(total * R.rng.uniform(0.5, 0.9))
    b = int(total * R.rng.uniform(0.3, 0.8))
    if a + b <= total:
        b = total - a + R.rng.randint(3, 40)
    ts, as_, bs = R.n(total), R.n(a), R.n(b)
    cue = R.pick(["同时", "重复", "交叉"])
    tail = {"同时": "（部分对象同时计入两类）", "重复": "（两类存在重复统计）", "交叉": "（两类统计口径有交叉）"}[cue]
    return f"{whole}{ts}{unit}，其中{names[0]}{as_}{unit}、{names[1]}{bs}{unit}{tail}。", "overlapping", [ts, as_, bs], cue


def neg_subset(R):
    whole, unit, names, lo, hi = _cnt_parts(R, 1)
    total = R.rng.randint(lo, hi)
    a = int(total * R.rng.uniform(0.2, 0.8))
    ts, as_ = R.n(total), R.n(a)
    return f"{R.period()}{whole}{ts}{unit}，其中{names[0]}{as_}{unit}。", "subset_qizhong", [ts, as_], "其中"


def neg_cumulative(R):
    thing, unit, add, sub = R.pick(R.V["stock"])
    T = R.rng.randint(300, 20000)
    a = R.rng.randint(10, T // 3)
    b = R.rng.randint(1, max(2, a // 3))
    Ts, as_, bs = R.n(T), R.n(a), R.n(b)
    if R.rng.random() < 0.5:
        return f"本年{add}{as_}{unit}，{thing}累计达到{Ts}{unit}。", "cumulative_vs_new", [Ts, as_], "累计"
    return f"本月{add}{bs}{unit}，年内{add}{as_}{unit}，{thing}累计{Ts}{unit}。", "cumulative_vs_new", [Ts, as_, bs], "累计"


def neg_diff_whole(R):
    nm, clf, verb = R.V["names"]
    whole, unit, _n, lo, hi = _cnt_parts(R, 1)
    k = R.rng.randint(2, 3)
    chosen = R.rng.sample(nm, k)
    parts = [R.rng.randint(max(3, lo // 4), max(10, hi // 3)) for _ in range(k)]
    total = sum(parts) + R.rng.randint(20, max(40, hi))
    area = R.area()
    ps, ts = [R.n(p) for p in parts], R.n(total)
    return (f"{'、'.join(c + p + unit for c, p in zip(chosen, ps))}，{area}{whole}{ts}{unit}。",
            "different_whole", [ts] + ps, area)


def neg_ident(R):
    V = R.V
    k = R.rng.randrange(6)
    if k == 0:
        n = R.rng.randint(3, 48)
        y = R.pick(["2023", "2024", "2025"])
        s = f"按照《关于进一步加强{V['whole_word']}工作的通知》（{V['doc']}〔{y}〕{n}号）要求，逐项细化落实。"
        return s, "identifier", [y, str(n)], "号"
    if k == 1:
        mech, word = V["mech"]
        nums = re.findall(r"\d+", mech)
        return f"探索形成{mech}{word}，推动各项工作落地见效。", "identifier", nums, mech
    if k == 2:
        hot, word = V["hotline"]
        return f"群众可通过{hot}{word}反映诉求，由专人跟踪督办。", "identifier", [hot], "热线" if "热线" in word else word
    if k == 3:
        m, what = V["model"]
        num = re.search(r"\d+", m).group()
        return f"新配备{m}{what}，提升{V['whole_word']}效能。", "identifier", [num], "型"
    if k == 4:
        mo, d = R.rng.randint(1, 12), R.rng.randint(1, 28)
        return f"{mo}月{d}日，{R.org()}召开专题推进会，部署下一阶段重点任务。", "identifier", [str(mo), str(d)], "月"
    y = R.pick(["2024", "2025"])
    c = f"{R.rng.randint(1, 999):03d}"
    return f"相关台账统一编号为{V['code']}-{y}-{c}，按月更新。", "identifier", [y, c], "编号"


def neg_range(R):
    whole, unit, _n, lo, hi = _cnt_parts(R, 1)
    a = R.rng.randint(2, 50)
    b = a + R.rng.randint(2, 30)
    sep = R.pick(["—", "至", "-", "～"])
    return f"每次活动规模控制在{a}{sep}{b}{unit}，确保安全有序。", "range", [str(a), str(b)], sep


# pct-family look-alikes
def neg_pct_nobase(R):
    name = R.pick(R.V["pp"])
    dec = R.pick([1, 1, 2])
    v = Decimal(R.rng.randint(600 * 10 ** dec // 10, 999 * 10 ** dec // 10)).scaleb(-dec)
    ps = R.pct(v, dec)
    return f"{name}达到{ps}，{R.pick(['位居全市前列', '高于上年平均水平', '总体保持稳定'])}。", "pct_no_base", [ps], name


def neg_not_derivable(R):
    dl, nl, rn, unit, lo, hi = R.pick(R.V["rates"])
    n = R.rng.randint(lo, hi)
    v = Decimal(R.rng.randint(850, 999)).scaleb(-1)
    ns, ps = R.n(n), R.pct(v, 1)
    cue = R.pick(["抽样回访", "第三方测评", "线上评价"])
    return (f"{dl}{ns}{unit}，经{cue}，{rn}为{ps}。", "rate_not_derivable", [ns, ps], cue)


def neg_pp_only(R):
    name = R.pick(R.V["pp"])
    v = Decimal(R.rng.randint(700, 990)).scaleb(-1)
    d = Decimal(R.rng.randint(3, 90)).scaleb(-1)
    vs, ds = R.pct(v, 1), fmt_num(d, 1)
    w = R.pick(["提高", "提升", "下降"])
    return f"{name}为{vs}，比上年{w}{ds}个百分点。", "pp_no_base", [vs, ds], "百分点"


def neg_growth_over100(R):
    spec = R.pick(R.V["growth"])
    name, unit, vdec = spec
    g = Decimal(R.rng.randint(1010, 4800)).scaleb(-1)
    gs = R.pct(g, 1)
    return f"{name}同比增长{gs}，{R.pick(['增幅明显', '实现跨越式增长', '创历史新高'])}。", "growth_over_100", [gs], "增长"


def neg_permille(R):
    name = R.pick(["差错率", "投诉率", "返工率", "停播率", "误报率"])
    v = Decimal(R.rng.randint(1, 60)).scaleb(-1)
    if R.rng.random() < 0.5:
        s = fmt_num(v, 1) + "‰"
        return f"全年{name}控制在{s}以内。", "permille", [s], "‰"
    s = zh_dec(v, 1)
    return f"全年{name}控制在千分之{s}以内。", "permille", [s], "千分之"


def neg_times(R):
    spec = R.pick(R.V["growth"])
    name, unit, vdec = spec
    k = Decimal(R.rng.randint(12, 45)).scaleb(-1)
    ks = fmt_num(k, 1)
    return f"{name}是上年的{ks}倍。", "times_no_base", [ks], "倍"


def neg_pct_diff_whole(R):
    whole, unit, names, lo, hi = _cnt_parts(R, 1)
    a = R.rng.randint(lo, hi)
    p = Decimal(R.rng.randint(50, 600)).scaleb(-1)
    as_, ps = R.n(a), R.pct(p, 1)
    area = R.area()
    return f"{R.org()}{whole}{as_}{unit}，占{area}总量的{ps}。", "share_of_other_whole", [as_, ps], area


def neg_pct_range(R):
    name = R.pick(R.V["pp"])
    a = R.rng.randint(85, 95)
    b = a + R.rng.randint(1, 4)
    sep = R.pick(["—", "至", "～"])
    s1, s2 = f"{a}%", f"{b}%"
    return f"{name}常年保持在{s1}{sep}{s2}之间。", "range", [s1, s2], sep


NEG_TOT = [neg_partial, neg_approx, neg_overlap, neg_subset, neg_cumulative, neg_diff_whole, neg_ident, neg_range]
NEG_PCT = [neg_pct_nobase, neg_not_derivable, neg_pp_only, neg_growth_over100, neg_permille, neg_times,
           neg_pct_diff_whole, neg_pct_range, neg_ident, neg_approx]

# ---------------------------------------------------------------------------
# independent verifier: parses the strings itself; never trusts ok/label
# ---------------------------------------------------------------------------
VF_TAB = {ord(a): ord(b) for a, b in zip("０１２３４５６７８９．", "0123456789.")}
VZH = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
VZH_UNIT = {"十": 10, "百": 100, "千": 1000}
VZH_ALL = set(VZH) | set(VZH_UNIT) | {"万", "亿", "点"}
V_DIG = set("0123456789０１２３４５６７８９")
SIGNS = "+-＋－−"


class VErr(Exception):
    pass


def v_zh(t):
    ip, _, fp = t.partition("点")
    total, section, num = 0, 0, 0
    for ch in ip:
        if ch in VZH:
            num = VZH[ch]
        elif ch in VZH_UNIT:
            section += (num if num else 1) * VZH_UNIT[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10000
            section, num = 0, 0
        elif ch == "亿":
            total += (section + num) * 100000000
            section, num = 0, 0
        else:
            raise VErr(f"bad Chinese numeral {t!r}")
    val = Decimal(total + section + num)
    if ip == "" and fp:
        raise VErr("empty integer part")
    if fp:
        if any(c not in VZH or c == "两" for c in fp):
            raise VErr(f"bad decimals {t!r}")
        val += Decimal("0." + "".join(str(VZH[c]) for c in fp))
    return val, len(fp)


def v_parse(s):
    """-> (Decimal value, exponent of the last written digit in value units, kind)."""
    if not isinstance(s, str) or not s or s != s.strip():
        raise VErr(f"bad number string {s!r}")
    t, sign, kind, shift = s, 1, "num", 0
    if t[0] in SIGNS:
        sign = -1 if t[0] in "-－−" else 1
        t = t[1:]
    elif t.startswith("负"):
        sign, t = -1, t[1:]
    if t.startswith("百分之"):
        kind, t = "pct", t[3:]
    elif t[-1:] in ("%", "％"):
        kind, t = "pct", t[:-1]
    elif t[-1:] == "‰":
        kind, t = "permille", t[:-1]
    elif t[-1:] == "倍":
        kind, t, shift = "times", t[:-1], 2
    u = t.translate(VF_TAB)
    if u[-1:] in ("万", "亿") and re.fullmatch(r"[0-9.,， ]+", u[:-1] or "x"):
        shift += 4 if u[-1] == "万" else 8
        u = u[:-1]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:，\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?", u):
        u = re.sub(r"[,， ]", "", u)
    if re.fullmatch(r"\d+(?:\.\d+)?", u):
        val, dec = Decimal(u), len(u.partition(".")[2])
    elif u and all(c in VZH_ALL for c in u):
        val, dec = v_zh(u)
    else:
        raise VErr(f"unparsable number {s!r}")
    return sign * val.scaleb(shift), shift - dec, kind


def v_occurs(s, text, strict=True):
    if not s:
        return False
    start = 0
    while True:
        i = text.find(s, start)
        if i < 0:
            return False
        j = i + len(s)
        b = text[i - 1] if i > 0 else ""
        b2 = text[i - 2] if i > 1 else ""
        a = text[j] if j < len(text) else ""
        a2 = text[j + 1] if j + 1 < len(text) else ""
        good = True
        if s[0] in V_DIG and (b in V_DIG or (b in ".．,，" and b2 in V_DIG)):
            good = False
        if s[-1] in V_DIG and (a in V_DIG or (a in ".．,， " and a2 in V_DIG)):
            good = False
        if s[0] in VZH_ALL and b in VZH_ALL:
            good = False
        if s[-1] in VZH_ALL and a in VZH_ALL:
            good = False
        if strict and s[0] in V_DIG and b and b in SIGNS:
            good = False
        if good:
            return True
        start = i + 1


FIELDS = {
    "sum": ["parts", "total"], "balance": ["plus", "minus", "result"], "count_items": ["count", "items"],
    "count_names": ["count", "names", "partial"], "rate": ["num", "den", "rate"],
    "growth": ["old", "new", "pct", "dir"], "pp": ["from", "to", "pp", "dir"],
    "per": ["total", "count", "per", "scale"], "share_sum": ["shares", "total"],
    "malformed_pct": ["literal"], "neg": ["kind", "nums", "cue"],
}
NEG_KINDS = {"partial_list", "approx_total", "overlapping", "subset_qizhong", "cumulative_vs_new", "different_whole",
             "identifier", "range", "pct_no_base", "rate_not_derivable", "pp_no_base", "growth_over_100",
             "permille", "times_no_base", "share_of_other_whole"}
SUMLIKE = {"partial_list", "approx_total", "overlapping", "subset_qizhong", "cumulative_vs_new", "different_whole"}
WELL_PCT = re.compile(r"[+\-＋－]?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]")
F = Fraction


def _num(s, text, errs, kinds=("num",), strict=True):
    try:
        v, e, k = v_parse(s)
    except VErr as ex:
        errs.append(str(ex))
        return None
    if k not in kinds:
        errs.append(f"{s!r}: kind {k} not in {kinds}")
    if text is not None and not v_occurs(s, text, strict):
        errs.append(f"{s!r} does not occur (as a whole number) in text")
    return v, e


def _rounded(frac, exp, errs, what):
    q = frac / F(10) ** exp
    if q.denominator == 2:
        errs.append(f"{what}: exact .5 tie at rounding position")
    with localcontext() as c:
        c.prec = 80
        x = Decimal(frac.numerator) / Decimal(frac.denominator)
        return x.quantize(Decimal(1).scaleb(exp), rounding=ROUND_HALF_UP)


def eval_check(c, text, errs):
    """returns computed truth (bool) or None if broken."""
    rel = c.get("rel")
    n0 = len(errs)
    if rel not in FIELDS:
        errs.append(f"unknown rel {rel!r}")
        return None
    want = set(FIELDS[rel]) | {"rel", "ok"}
    if set(c) != want:
        errs.append(f"{rel}: fields {sorted(c)} != {sorted(want)}")
        return None
    if not isinstance(c["ok"], bool):
        errs.append("ok not bool")
    res = None
    if rel in ("sum", "balance"):
        if rel == "sum":
            if not isinstance(c["parts"], list) or len(c["parts"]) < 2:
                errs.append("sum needs a list of at least two parts")
                return None
            ps = [_num(s, text, errs) for s in c["parts"]]
            t = _num(c["total"], text, errs)
            if len(errs) > n0:
                return None
            res = sum(F(p[0]) for p in ps) == F(t[0])
        else:
            pl = [_num(s, text, errs) for s in c["plus"]]
            mi = [_num(s, text, errs) for s in c["minus"]]
            r = _num(c["result"], text, errs)
            if len(errs) > n0 or not pl or not mi:
                if not pl or not mi:
                    errs.append("balance needs plus and minus")
                return None
            res = sum(F(p[0]) for p in pl) - sum(F(m[0]) for m in mi) == F(r[0])
    elif rel in ("count_items", "count_names"):
        key = "items" if rel == "count_items" else "names"
        lst = c[key]
        if not isinstance(lst, list) or not lst or len(set(lst)) != len(lst):
            errs.append(f"{key} must be a non-empty list of distinct strings")
            return None
        for it in lst:
            if not isinstance(it, str) or not it or it not in text:
                errs.append(f"{key} entry {it!r} not in text")
        cnt = _num(c["count"], text, errs)
        if len(errs) > n0:
            return None
        cv = cnt[0]
        if cv != cv.to_integral_value() or cv <= 0:
            errs.append("count not a positive integer")
            return None
        if rel == "count_items":
            res = int(cv) == len(lst)
        else:
            if not isinstance(c["partial"], bool):
                errs.append("partial must be bool")
                return None
            if c["partial"]:
                if "等" not in text:
                    errs.append("partial list without 等")
                res = len(lst) < int(cv)
            else:
                res = len(lst) == int(cv)
    elif rel == "rate":
        n = _num(c["num"], text, errs)
        d = _num(c["den"], text, errs)
        r = _num(c["rate"], text, errs, ("pct",))
        if len(errs) > n0:
            return None
        if d[0] <= 0 or n[0] < 0:
            errs.append("rate: bad num/den")
            return None
        exact = F(n[0]) / F(d[0]) * 100
        res = _rounded(exact, r[1], errs, "rate") == r[0]
        if not res:
            unit = F(10) ** r[1]
            if abs(exact - F(r[0])) < max(2 * unit, F(3, 10)):
                errs.append(f"rate: wrong value too close to truth ({float(exact):.4f} vs {r[0]})")
    elif rel == "growth":
        o = _num(c["old"], text, errs)
        nw = _num(c["new"], text, errs)
        p = _num(c["pct"], text, errs, ("pct", "times"))
        if c["dir"] not in ("up", "down"):
            errs.append("growth: dir")
        if len(errs) > n0:
            return None
        if o[0] <= 0:
            errs.append("growth: old must be positive")
            return None
        if c["dir"] == "down" and p[0] < 0:
            errs.append("growth: down with negative pct")
            return None
        signed = p[0] if c["dir"] == "up" else -p[0]
        exact = (F(nw[0]) - F(o[0])) / F(o[0]) * 100
        res = _rounded(exact, p[1], errs, "growth") == signed
        if not res:
            unit = F(10) ** p[1]
            if abs(exact - F(signed)) < max(2 * unit, F(3, 10)):
                errs.append(f"growth: wrong value too close to truth ({float(exact):.4f} vs {signed})")
    elif rel == "pp":
        a = _num(c["from"], text, errs, ("pct", "num"))
        b = _num(c["to"], text, errs, ("pct", "num"))
        p = _num(c["pp"], text, errs)
        if c["dir"] not in ("up", "down"):
            errs.append("pp: dir")
        if len(errs) > n0:
            return None
        if "百分点" not in text:
            errs.append("pp without 百分点 in text")
        want_d = F(p[0]) if c["dir"] == "up" else -F(p[0])
        diff = F(b[0]) - F(a[0])
        res = diff == want_d
        if not res and abs(diff - want_d) < max(2 * F(10) ** p[1], F(3, 10)):
            errs.append("pp: wrong value too close to truth")
    elif rel == "per":
        t = _num(c["total"], text, errs)
        k = _num(c["count"], text, errs)
        p = _num(c["per"], text, errs)
        try:
            sc = F(Decimal(c["scale"]))
        except Exception:
            errs.append("per: bad scale")
            return None
        if len(errs) > n0:
            return None
        if k[0] <= 0 or sc <= 0:
            errs.append("per: non-positive count/scale")
            return None
        exact = F(t[0]) * sc / F(k[0])
        res = _rounded(exact, p[1], errs, "per") == p[0]
        if not res and abs(exact - F(p[0])) < max(2 * F(10) ** p[1], exact / 100):
            errs.append("per: wrong value too close to truth")
    elif rel == "share_sum":
        sh = [_num(s, text, errs, ("pct",)) for s in c["shares"]]
        tot = _num(c["total"], None, errs, ("pct", "num"))
        if len(errs) > n0:
            return None
        if len(sh) < 2 or tot[0] != 100:
            errs.append("share_sum: needs >=2 shares and total 100")
            return None
        tol = sum(F(10) ** e / 2 for _, e in sh)
        dev = abs(sum(F(v) for v, _ in sh) - 100)
        if dev == tol:
            errs.append("share_sum: deviation exactly at tolerance")
        res = dev <= tol
        if not res and dev - tol < max(2 * max(F(10) ** e for _, e in sh), F(3, 10)):
            errs.append("share_sum: deviation too close to tolerance")
    elif rel == "malformed_pct":
        lit = c["literal"]
        if not isinstance(lit, str) or not lit or lit not in text:
            errs.append(f"malformed literal {lit!r} not in text")
            return None
        if WELL_PCT.fullmatch(lit) or lit.startswith("百分之"):
            errs.append(f"literal {lit!r} is a well-formed percentage")
            return None
        if "%" not in lit and "％" not in lit:
            errs.append(f"literal {lit!r} has no percent sign")
        res = False
    elif rel == "neg":
        if c["kind"] not in NEG_KINDS:
            errs.append(f"neg kind {c['kind']!r}")
        if not isinstance(c["cue"], str) or not c["cue"] or c["cue"] not in text:
            errs.append(f"neg cue {c['cue']!r} not in text")
        if not isinstance(c["nums"], list) or not c["nums"]:
            errs.append("neg nums empty")
            return None
        vals = [_num(s, text, errs, ("num", "pct", "permille", "times"), strict=False) for s in c["nums"]]
        if len(errs) > n0:
            return None
        if c["kind"] in SUMLIKE:
            if len(vals) < 2:
                errs.append("sum-like neg needs total and parts")
            elif sum(F(v) for v, _ in vals[1:]) == F(vals[0][0]):
                errs.append("sum-like neg actually sums (not a look-alike)")
        res = True
    return res


def verify_record(rec, seed=None):
    errs = []
    keys = {"id", "family", "style", "label", "text", "note", "checks"}
    if not isinstance(rec, dict) or set(rec) != keys:
        return [f"record keys {sorted(rec) if isinstance(rec, dict) else type(rec)}"]
    m = re.fullmatch(r"n50-s(\d+)-([a-z0-9_]+)-(\d{2})", rec["id"]) if isinstance(rec["id"], str) else None
    if not m or m.group(2) != rec["style"]:
        errs.append("id format / style mismatch")
    elif seed is not None and m.group(1) != str(seed):
        errs.append("id seed mismatch")
    if rec["family"] not in ("totals", "pct"):
        errs.append("family")
    if not isinstance(rec["style"], str) or not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)+", rec["style"]) or \
            rec["style"].rsplit("_", 1)[-1] not in ("rural", "chengguan", "radio", "govsvc", "youth"):
        errs.append("style name")
    if rec["label"] not in ("consistent", "inconsistent", "negative"):
        errs.append("label value")
    text = rec["text"]
    if not isinstance(text, str) or not text:
        return errs + ["text"]
    lines = text.split("\n")
    if not 1 <= len(lines) <= 8 or any(not ln.strip() for ln in lines):
        errs.append("text must have 1-8 non-empty lines")
    if not isinstance(rec["note"], str) or not rec["note"].strip() or "\n" in rec["note"]:
        errs.append("note must be one non-empty line")
    checks = rec["checks"]
    if not isinstance(checks, list) or not checks:
        return errs + ["checks empty"]
    fails, negs = 0, 0
    for c in checks:
        if not isinstance(c, dict):
            errs.append("check not an object")
            continue
        e2 = []
        truth = eval_check(c, text, e2)
        errs.extend(f"[{c.get('rel')}] {e}" for e in e2)
        if truth is None:
            continue
        if c.get("ok") is not truth:
            errs.append(f"[{c.get('rel')}] ok={c.get('ok')} but recomputed {truth}")
        if c["rel"] == "neg":
            negs += 1
        elif not truth:
            fails += 1
    if negs and fails:
        errs.append("neg look-alike together with a failing relation")
    derived = "negative" if negs else ("consistent" if fails == 0 else ("inconsistent" if fails == 1 else None))
    if derived is None:
        errs.append(f"{fails} failing relations (must be 0 or 1)")
    elif derived != rec["label"]:
        errs.append(f"label {rec['label']} but derived {derived}")
    return errs


def verify_files(paths, quiet=False):
    bad = 0
    for path in paths:
        recs, ids, texts = [], set(), set()
        problems = []
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    rec = json.loads(line)
                except Exception as ex:
                    problems.append(f"line {ln}: not JSON ({ex})")
                    continue
                recs.append(rec)
        seeds = {re.match(r"n50-s(\d+)-", r.get("id", "")).group(1) for r in recs
                 if isinstance(r, dict) and re.match(r"n50-s(\d+)-", str(r.get("id", "")))}
        if len(seeds) != 1:
            problems.append(f"ids carry {len(seeds)} different seeds")
        seed = next(iter(seeds)) if len(seeds) == 1 else None
        styles = {}
        for rec in recs:
            for e in verify_record(rec, seed):
                problems.append(f"{rec.get('id') if isinstance(rec, dict) else '?'}: {e}")
            if not isinstance(rec, dict):
                continue
            if rec.get("id") in ids:
                problems.append(f"duplicate id {rec.get('id')}")
            ids.add(rec.get("id"))
            if rec.get("text") in texts:
                problems.append(f"duplicate text in {rec.get('id')}")
            texts.add(rec.get("text"))
            st = styles.setdefault(rec.get("style"), {"family": set(), "labels": {}})
            st["family"].add(rec.get("family"))
            st["labels"][rec.get("label")] = st["labels"].get(rec.get("label"), 0) + 1
        fam_styles = {"totals": 0, "pct": 0}
        for s, info in styles.items():
            if len(info["family"]) != 1:
                problems.append(f"style {s} mixes families")
            else:
                f = next(iter(info["family"]))
                fam_styles[f] = fam_styles.get(f, 0) + 1
            n = sum(info["labels"].values())
            if not 15 <= n <= 20:
                problems.append(f"style {s}: {n} records (want 15-20)")
            for lab in ("consistent", "inconsistent", "negative"):
                if info["labels"].get(lab, 0) == 0:
                    problems.append(f"style {s}: no {lab} records")
        labels = {}
        for r in recs:
            if isinstance(r, dict):
                labels[r.get("label")] = labels.get(r.get("label"), 0) + 1
        rels = {}
        for r in recs:
            for c in r.get("checks", []) if isinstance(r, dict) else []:
                if isinstance(c, dict):
                    rels[c.get("rel")] = rels.get(c.get("rel"), 0) + 1
        print(f"{path}: {len(recs)} records, {len(styles)} styles "
              f"(totals {fam_styles.get('totals', 0)}, pct {fam_styles.get('pct', 0)}), labels {dict(sorted(labels.items()))}")
        print(f"  checks by rel: {dict(sorted(rels.items()))}")
        if problems:
            bad += 1
            print(f"  FAIL: {len(problems)} problems")
            for p in problems[: (20 if not quiet else 5)]:
                print("   ", p)
        else:
            print("  OK: every record passes")
    return bad == 0

# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
STYLES = []  # (style, family, source, template name, fn, description, relations)
for _tn, _fn, _desc, _rels in TOTALS:
    for _src in SOURCES:
        STYLES.append((f"{_tn}_{_src}", "totals", _src, _tn, _fn, _desc, _rels))
for _tn, _fn, _desc, _rels in PCTS:
    for _src in SOURCES:
        STYLES.append((f"{_tn}_{_src}", "pct", _src, _tn, _fn, _desc, _rels))

RETRIES = {}


def malform(rng, s):
    sign = s[-1]
    core = s[:-1]
    opts = [core + " " + sign, sign + core, s + sign, "xx" + sign, core + sign + sign]
    if "." in core or "．" in core:
        dot = "." if "." in core else "．"
        opts += [core.replace(dot, dot + dot, 1) + sign, core.replace(dot, "。", 1) + sign]
    return rng.choice(opts)


def apply_malformed(R, text):
    used = []
    for c in R.checks:
        for k, v in c.items():
            if k in ("rel", "ok"):
                continue
            used += v if isinstance(v, list) else [v]
    cands = []
    for i, c in enumerate(R.checks):
        key = {"rate": "rate", "growth": "pct"}.get(c["rel"])
        if not key:
            continue
        s = c[key]
        if s[-1:] in ("%", "％") and text.count(s) == 1 and used.count(s) == 1:
            cands.append((i, s))
    if not cands:
        raise Skip("no malformable pct")
    i, s = R.pick(cands)
    lit = malform(R.rng, s)
    R.checks[i] = {"rel": "malformed_pct", "literal": lit, "ok": False}
    R.notes.append(f"malformed percentage {lit!r} replaces {s!r}")
    return text.replace(s, lit, 1)


LABEL = {"ok": "consistent", "bad": "inconsistent", "neg": "negative"}


def build_record(rng, seed, style_row, idx, lab):
    style, fam, src, tn, fn, desc, rels = style_row
    malformed = lab == "bad" and fam == "pct" and (tn == "malformed_focus" or rng.random() < 0.12)
    R = Rec(rng, src, "ok" if malformed else lab, fam)
    lines = fn(R)
    text = "\n".join(lines)
    if malformed:
        text = apply_malformed(R, text)
    if lab == "neg":
        gen = R.pick(NEG_TOT if fam == "totals" else NEG_PCT)
        sent, kind, nums, cue = gen(R)
        lines = text.split("\n")
        where = R.rng.randrange(4)
        if where == 0 and len(lines) < 8:
            lines.insert(0, sent)
        elif where == 1 and len(lines) < 8:
            lines.append(sent)
        elif where == 2 and lines[-1][-1:] in "。；;.":
            lines[-1] = lines[-1] + sent
        elif len(lines) < 8 and where >= 2 and lines[-1][-1:] not in "。；;.":
            lines.append(sent)
        else:
            lines[0] = sent + lines[0]
        text = "\n".join(lines)
        R.checks.append({"rel": "neg", "kind": kind, "nums": nums, "cue": cue, "ok": True})
        R.notes.append(f"look-alike {kind} (cue {cue})")
    if R.rng.random() < 0.15:
        text = hw_punct(text)
    own_fail = sum(1 for c in R.checks if c["rel"] != "neg" and not c["ok"])
    want = {"ok": 0, "bad": 1, "neg": 0}[lab]
    if own_fail != want:
        raise Skip(f"generator: {own_fail} failing relations for {lab}")
    rec = {"id": f"n50-s{seed}-{style}-{idx:02d}", "family": fam, "style": style, "label": LABEL[lab],
           "text": text, "note": f"{tn}: " + "; ".join(R.notes) if R.notes else tn, "checks": R.checks}
    rec["note"] = rec["note"].replace("\n", " ")
    return rec


def generate(seed):
    out = []
    for row in STYLES:
        style = row[0]
        rng = random.Random(f"numbers50|{seed}|{style}")
        n = rng.randint(15, 20)
        nneg = round(n * 0.2)
        nbad = round(n * 0.4)
        labels = ["neg"] * nneg + ["bad"] * nbad + ["ok"] * (n - nneg - nbad)
        rng.shuffle(labels)
        seen = set()
        for i, lab in enumerate(labels):
            for attempt in range(300):
                try:
                    rec = build_record(rng, seed, row, i, lab)
                except Skip as ex:
                    key = f"skip:{str(ex).split(' ')[0]}"
                    RETRIES[key] = RETRIES.get(key, 0) + 1
                    continue
                errs = verify_record(rec, seed)
                if not errs and rec["text"] in seen:
                    errs = ["duplicate text"]
                if errs:
                    key = "verify:" + re.sub(r"[0-9.'\"]+", "#", errs[0])[:60]
                    RETRIES[key] = RETRIES.get(key, 0) + 1
                    continue
                seen.add(rec["text"])
                out.append(rec)
                break
            else:
                raise SystemExit(f"could not build {style} #{i} ({lab})")
    return out


def write_table(path):
    rows = ["| style | family | source | construction | relations |", "|---|---|---|---|---|"]
    for style, fam, src, tn, fn, desc, rels in STYLES:
        rows.append(f"| `{style}` | {fam} | {src} ({V[src]['zh']}) | {desc.replace('|', '/')} | {rels} |")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")


# ---------------------------------------------------------------------------
# mutation test of the verifier
# ---------------------------------------------------------------------------
def _digit_swap(rng, s):
    pos = [i for i, ch in enumerate(s) if ch.isdigit() and ch in "0123456789"]
    if not pos:
        return None
    i = rng.choice(pos)
    new = rng.choice([d for d in "0123456789" if d != s[i]])
    return s[:i] + new + s[i + 1:]


def mutation_test(paths, per_kind=400):
    import copy
    rng = random.Random("numbers50|mutation")
    recs = []
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            recs += [json.loads(l) for l in fh]
    # value mutations are applied to consistent records only: there, any change of a
    # relation's value must surface (a changed value in an inconsistent record may
    # legitimately leave it inconsistent).
    consistent = [r for r in recs if r["label"] == "consistent"]
    kinds = ["flip_label", "flip_ok", "digit_in_check_and_text", "digit_in_text_only", "drop_neg",
             "swap_dir", "drop_failing_check", "count_off_by_one"]
    total_ok = True
    for kind in kinds:
        tried = caught = 0
        missed = []
        for _ in range(per_kind * 3):
            if tried >= per_kind:
                break
            pool = recs if kind in ("flip_label", "flip_ok", "digit_in_text_only", "drop_neg",
                                    "drop_failing_check") else consistent
            r = copy.deepcopy(rng.choice(pool))
            seed = re.match(r"n50-s(\d+)-", r["id"]).group(1)
            if kind == "flip_label":
                r["label"] = rng.choice([l for l in ("consistent", "inconsistent", "negative") if l != r["label"]])
            elif kind == "flip_ok":
                c = rng.choice(r["checks"])
                c["ok"] = not c["ok"]
            elif kind in ("digit_in_check_and_text", "digit_in_text_only"):
                cands = []
                for c in r["checks"]:
                    for k, v in c.items():
                        if k in ("parts", "plus", "minus", "shares"):
                            cands += [(c, k, j) for j, x in enumerate(v) if any(ch in "0123456789" for ch in x)]
                        elif k in ("total", "result", "num", "den", "rate", "old", "new", "pct", "from", "to", "pp",
                                   "per", "count") and isinstance(v, str) and any(ch in "0123456789" for ch in v):
                            cands.append((c, k, None))
                cands = [x for x in cands if x[0]["rel"] not in ("neg", "share_sum") or x[1] != "total"]
                if not cands:
                    continue
                c, k, j = rng.choice(cands)
                old = c[k] if j is None else c[k][j]
                if r["text"].count(old) != 1:
                    continue
                new = _digit_swap(rng, old)
                if new is None:
                    continue
                r["text"] = r["text"].replace(old, new, 1)
                if kind == "digit_in_check_and_text":
                    if j is None:
                        c[k] = new
                    else:
                        c[k][j] = new
            elif kind == "drop_neg":
                if r["label"] != "negative":
                    continue
                r["checks"] = [c for c in r["checks"] if c["rel"] != "neg"]
                if not r["checks"]:
                    continue
            elif kind == "swap_dir":
                cs = [c for c in r["checks"] if "dir" in c]
                if not cs:
                    continue
                c = rng.choice(cs)
                c["dir"] = "down" if c["dir"] == "up" else "up"
            elif kind == "drop_failing_check":
                if r["label"] != "inconsistent" or len(r["checks"]) < 2:
                    continue
                r["checks"] = [c for c in r["checks"] if c["ok"]]
            elif kind == "count_off_by_one":
                cs = [c for c in r["checks"] if c["rel"] in ("count_items", "count_names")]
                if not cs:
                    continue
                c = rng.choice(cs)
                lst = c["items" if c["rel"] == "count_items" else "names"]
                if len(lst) < 2:
                    continue
                lst.pop()
            tried += 1
            if verify_record(r, seed):
                caught += 1
            elif len(missed) < 3:
                missed.append(r["id"] + " " + r["text"][:80].replace("\n", " / "))
        rate = caught / tried if tried else 0
        print(f"  mutation {kind:26s}: caught {caught}/{tried} ({rate:.1%})")
        for m in missed:
            print(f"      not caught: {m}")
        if kind in ("flip_label", "flip_ok", "drop_neg", "digit_in_text_only", "drop_failing_check") and caught != tried:
            total_ok = False
    # targeted cases: near-miss wrong values and exact .5 ties must be refused
    base = {"id": "n50-s0-x_rural-00", "family": "pct", "style": "x_rural", "note": "t"}
    cases = [
        ("rate off by one unit (too close)", "受理120件，办结97件，办结率80.9%。",
         [{"rel": "rate", "num": "97", "den": "120", "rate": "80.9%", "ok": False}], "inconsistent"),
        ("exact .5 tie at 1 dp", "受理16件，办结7件，办结率43.8%。",
         [{"rel": "rate", "num": "7", "den": "16", "rate": "43.8%", "ok": True}], "consistent"),
        ("exact .5 tie at 0 dp", "受理8件，办结7件，办结率88%。",
         [{"rel": "rate", "num": "7", "den": "8", "rate": "88%", "ok": True}], "consistent"),
        ("growth wrong by 0.2", "由200增至250，增长25.2%。",
         [{"rel": "growth", "old": "200", "new": "250", "pct": "25.2%", "dir": "up", "ok": False}], "inconsistent"),
        ("two failing relations", "共10件，其中A 3件、B 4件；受理8件，办结7件，办结率70.0%。",
         [{"rel": "sum", "parts": ["3", "4"], "total": "10", "ok": False},
          {"rel": "rate", "num": "7", "den": "8", "rate": "70.0%", "ok": False}], "inconsistent"),
        ("number inside a larger number", "共120件，其中A 12件、B 108件。",
         [{"rel": "sum", "parts": ["12", "108"], "total": "20", "ok": False}], "inconsistent"),
        ("well-formed literal called malformed", "满意率98.6%。",
         [{"rel": "malformed_pct", "literal": "98.6%", "ok": False}], "inconsistent"),
        ("look-alike that really sums", "约30户，其中A 10户、B 20户。",
         [{"rel": "neg", "kind": "approx_total", "nums": ["30", "10", "20"], "cue": "约", "ok": True}], "negative"),
    ]
    for name, text, checks, label in cases:
        r = dict(base, text=text, checks=checks, label=label)
        errs = verify_record(r)
        print(f"  targeted {name:40s}: {'refused' if errs else 'NOT REFUSED'}" + (f" ({errs[0]})" if errs else ""))
        if not errs:
            total_ok = False
    return total_ok


def main(argv=None):
    ap = argparse.ArgumentParser(description="held-out set 50: totals and percentages in Chinese reports")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--table", metavar="FILE", help="write a markdown table of styles to FILE")
    ap.add_argument("--mutation-test", nargs="+", metavar="FILE", help="mutate records and count verifier catches")
    ap.add_argument("--stats", action="store_true", help="print retry statistics after generation")
    a = ap.parse_args(argv)
    rc = 0
    if a.seed is not None:
        if not a.out:
            ap.error("--seed needs --out")
        recs = generate(a.seed)
        with open(a.out, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(recs)} records to {a.out}")
        if a.stats:
            for k, v in sorted(RETRIES.items(), key=lambda x: -x[1]):
                print(f"  retry {v:6d}  {k}")
    if a.table:
        write_table(a.table)
        print(f"wrote style table ({len(STYLES)} styles) to {a.table}")
    if a.verify:
        if not verify_files(a.verify):
            rc = 1
    if a.mutation_test:
        if not mutation_test(a.mutation_test):
            rc = 1
    if a.seed is None and not a.verify and not a.table and not a.mutation_test:
        ap.print_help()
    return rc


if __name__ == "__main__":
    sys.exit(main())
