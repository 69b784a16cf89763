#!/usr/bin/env python3
"""numbers39_gen.py -- held-out set 39: Chinese report statements with totals and percentages.

Usage:
  python3 numbers39_gen.py --seed 11 --out numbers39_seed11.jsonl
  python3 numbers39_gen.py --verify numbers39_seed11.jsonl numbers39_seed12.jsonl
  python3 numbers39_gen.py --table numbers39_seed11.jsonl      (markdown style table)

Standard library only.  Every style has its own random.Random seeded with a string
("numbers39|<seed>|<style>"), so output is deterministic and independent of PYTHONHASHSEED.
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_FLOOR, getcontext

getcontext().prec = 60


class Retry(Exception):
    """raised when a draw is unusable (tie, equal approximation ...); the record is redrawn"""


# ---------------------------------------------------------------------------
# generator-side number rendering
# ---------------------------------------------------------------------------
FW = str.maketrans('0123456789.,%', '０１２３４５６７８９．，％')
CN_DIG = '零一二三四五六七八九'


def q(v, dec):
    return D(v).quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def fixed(v, dec):
    return format(q(v, dec), 'f')


def grouped(v, dec, sep):
    s = fixed(v, dec)
    ip, _, fp = s.partition('.')
    neg = ip.startswith('-')
    ip = ip.lstrip('-')
    if len(ip) >= 4:
        parts = []
        while len(ip) > 3:
            parts.insert(0, ip[-3:])
            ip = ip[:-3]
        parts.insert(0, ip)
        ip = sep.join(parts)
    return ('-' if neg else '') + ip + ('.' + fp if fp else '')


def cn_section(n, liang):
    # 0 < n < 10000
    out = ''
    units = [(1000, '千'), (100, '百'), (10, '十'), (1, '')]
    zero = False
    started = False
    for val, u in units:
        d = n // val % 10
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out += '零'
            zero = False
        if d == 2 and liang and val in (1000, 100) and not started:
            out += '两' + u
        else:
            out += CN_DIG[d] + u
        started = True
    return out


def cn_int(n, liang=False, bare_ten=True):
    n = int(n)
    if n == 0:
        return '零'
    hi, lo = divmod(n, 10000)
    if hi:
        s = cn_section(hi, liang) + '万'
        if lo:
            if lo < 1000:
                s += '零'
            s += cn_section(lo, False)
        return s
    s = cn_section(lo, liang)
    if bare_ten and 10 <= n < 20:
        s = s[1:]
    return s


def make_fmt(kind, dec=0, mult='', div=1, pct=False):
    """return a function value -> literal"""
    def f(v):
        x = D(v) / D(div)
        if kind == 'cn':
            s = cn_int(x, liang=True)
        elif kind == 'comma':
            s = grouped(x, dec, ',')
        elif kind == 'cncomma':
            s = grouped(x, dec, '，')
        elif kind == 'space':
            s = grouped(x, dec, ' ')
        elif kind == 'fw':
            s = grouped(x, dec, ',').translate(FW) if x >= 10000 else fixed(x, dec).translate(FW)
        else:
            s = fixed(x, dec)
        s += mult
        if pct:
            s += '％' if kind == 'fw' else '%'
        return s
    f.dec, f.div = dec, D(div)
    return f


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------
SYL = list('安宝昌川丰阜海和华嘉江金景靖乐临龙鹿梅南宁平清庆瑞山泰桐溪祥新兴阳永云长正东西汇湘沅雁凤鸣岚溧盛晋')
SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈')
GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉宁鑫')
IND = ['智能', '光电', '新材料', '生物', '精密', '数控', '环保', '信息', '软件', '电子', '医药', '装备', '储能', '微纳']


def place(rng, suffix=None):
    a, b = rng.sample(SYL, 2)
    return a + b + (suffix if suffix is not None else rng.choice(['区', '县', '市', '镇', '街道']))


def company(rng):
    a, b = rng.sample(SYL, 2)
    return a + b + rng.choice(IND) + rng.choice(['科技有限公司', '股份有限公司', '技术有限公司'])


def school(rng):
    a, b = rng.sample(SYL, 2)
    return a + b + rng.choice(['职业技术学院', '理工学院', '师范学院', '职业学院', '技师学院', '科技学院'])


def person(rng):
    return rng.choice(SURN) + ''.join(rng.sample(GIVEN, rng.choice([1, 2])))


def entities(rng, src, k):
    seen = set()
    out = []
    while len(out) < k:
        if src == 'edu':
            e = school(rng)
        elif src == 'sci':
            e = rng.choice([place(rng, '高新区'), place(rng, '区'), place(rng, '县')])
        elif src == 'trans':
            e = place(rng, rng.choice(['区', '县']))
        else:
            e = place(rng, rng.choice(['区', '县', '市']))
        if e not in seen and not any(e[:2] == s[:2] for s in seen):
            seen.add(e)
            out.append(e)
    return out


# ---------------------------------------------------------------------------
# topic data
# ---------------------------------------------------------------------------
def P(key, subj, noun, unit, parts, lo, hi, dec=(0,), tags=(), kmin=2, kmax=5, verb='完成'):
    return dict(key=key, subj=subj, noun=noun, unit=unit, parts=parts, lo=lo, hi=hi, dec=list(dec),
                tags=set(tags), kmin=kmin, kmax=kmax, verb=verb)


PARTS = {
    'edu': [
        P('enroll', '全年招收各类新生', '招生人数', '人', ['博士研究生', '硕士研究生', '普通本科生', '高职专科生', '成人本专科生'],
          60, 6000, tags={'person', 'big'}),
        P('teachers', '现有专任教师', '专任教师', '人', ['正高级职称', '副高级职称', '中级职称', '初级及以下职称'],
          20, 700, tags={'person', 'small'}, kmin=3, kmax=4),
        P('funds', '全年科研经费到账', '科研经费', '万元', ['纵向经费', '横向经费', '校内配套经费', '社会捐赠经费'],
          200, 9000, dec=(0, 2), tags={'money'}),
        P('dest', '应届毕业生', '毕业生', '人', ['升学', '协议和合同就业', '灵活就业', '自主创业', '应征入伍', '待就业'],
          10, 3000, tags={'person', 'big'}, kmin=3, kmax=6),
        P('majors', '开设专业', '专业数', '个', ['工科类', '医药卫生类', '财经商贸类', '文化艺术类', '教育类'],
          3, 40, tags={'small'}),
    ],
    'sci': [
        P('patent', '全年专利授权', '专利授权量', '件', ['发明专利', '实用新型专利', '外观设计专利'],
          150, 12000, tags={'big'}, kmin=3, kmax=3),
        P('hitech', '有效期内高新技术企业', '高新技术企业', '家', None, 8, 320, tags={'small', 'entity'}, kmin=3, kmax=5),
        P('contract', '技术合同成交额', '成交额', '亿元', ['技术开发', '技术转让', '技术咨询', '技术服务'],
          1, 120, dec=(2,), tags={'money'}),
        P('platform', '省级以上创新平台', '创新平台', '个', ['重点实验室', '工程技术研究中心', '企业技术中心', '新型研发机构', '科技企业孵化器'],
          4, 90, tags={'small'}),
        P('talent', '引进各类科技人才', '科技人才', '人', ['博士', '硕士', '高级工程师', '技能人才'],
          30, 900, tags={'person', 'small'}),
    ],
    'emp': [
        P('jobs', '城镇新增就业', '新增就业', '人', None, 600, 12000, tags={'person', 'big', 'entity'}, kmin=3, kmax=5),
        P('training', '开展职业技能培训', '培训人次', '人次', ['就业技能培训', '岗位技能提升培训', '创业培训', '新型学徒制培训'],
          300, 20000, tags={'big'}),
        P('veteran', '接收安置退役军人', '退役军人', '人', ['安排工作', '自主就业', '退休', '供养'],
          3, 600, tags={'person', 'small'}),
        P('reemp', '帮助失业人员再就业', '再就业人数', '人', None, 120, 4000, tags={'person', 'big', 'entity'}, kmin=3, kmax=5),
        P('posts', '开发公益性岗位', '公益性岗位', '个', ['保洁保绿', '治安协管', '养老服务', '村级公共服务'],
          20, 900, tags={'small'}),
    ],
    'trans': [
        P('road', '公路通车里程', '通车里程', '公里', ['高速公路', '一级公路', '二级公路', '三级公路', '四级及以下公路'],
          80, 9000, dec=(1, 2), tags={'decimal'}),
        P('passenger', '完成旅客运输量', '客运量', '万人次', ['铁路', '公路', '水路', '民航'], 20, 9000, dec=(1,), tags={'mass', 'decimal'}),
        P('freight', '完成货物运输量', '货运量', '万吨', ['铁路', '公路', '水路', '管道'], 50, 30000, dec=(1,), tags={'mass', 'decimal'}),
        P('port', '港口货物吞吐量', '吞吐量', '万吨', None, 100, 9000, dec=(1, 2), tags={'mass', 'decimal', 'entity_port'}),
        P('bus', '运营公交线路', '公交线路', '条', ['城区线路', '城乡线路', '镇村线路', '定制公交线路', '夜间线路'],
          3, 160, tags={'small'}),
        P('drivers', '公交驾驶员', '驾驶员', '人', ['城区公交', '城乡公交', '镇村公交'], 40, 1500, tags={'person', 'small'}, kmin=2, kmax=3),
    ],
    'eco': [
        P('section', '纳入考核的国控断面', '断面数', '个', ['Ⅰ～Ⅲ类水质断面', 'Ⅳ类水质断面', 'Ⅴ类水质断面', '劣Ⅴ类水质断面'],
          0, 60, tags={'small'}, kmin=3, kmax=4),
        P('airdays', '全年有效监测天数', '各级别天数', '天', ['优', '良', '轻度污染', '中度污染', '重度污染'], 1, 200,
          tags={'small', 'year'}, kmin=4, kmax=5),
        P('hazwaste', '全年处置危险废物', '处置量', '吨', ['焚烧处置', '安全填埋', '综合利用', '水泥窑协同处置'],
          300, 60000, dec=(0, 2), tags={'mass', 'decimal'}),
        P('cases', '立案查处环境违法案件', '案件数', '件', ['大气类', '水污染类', '固体废物类', '噪声类', '辐射类'],
          2, 220, tags={'small'}),
        P('rangers', '选聘生态护林员', '生态护林员', '人', None, 20, 800, tags={'person', 'small', 'entity'}, kmin=3, kmax=5),
    ],
}

# money topics used for 万/亿 mixtures: (subject, parts, range of parts in 万, small unit, big unit)
MIX = {
    'edu': ('全年科研经费总额', ['纵向科研经费', '横向科研经费', '学校配套经费', '社会捐赠经费'], 800, 9000, '万元', '亿元'),
    'sci': ('全年技术合同成交额', ['技术开发合同', '技术转让合同', '技术咨询合同', '技术服务合同'], 2000, 90000, '万元', '亿元'),
    'emp': ('全年拨付就业补助资金', ['职业培训补贴', '社会保险补贴', '公益性岗位补贴', '创业扶持资金'], 300, 8000, '万元', '亿元'),
    'trans': ('全年完成旅客运输量', ['铁路', '公路', '水路', '民航'], 300, 9000, '万人次', '亿人次'),
    'eco': ('全年处置各类危险废物', ['焚烧处置', '安全填埋', '综合利用', '协同处置'], 800, 30000, '吨', '万吨'),
}

GROUPS = {
    'edu': ('招收新生', '人', [('研究生', ['博士研究生', '硕士研究生']), ('普通本专科生', ['本科生', '专科生']),
                              ('继续教育学生', ['成人本科', '成人专科'])], 80, 5000, 0),
    'sci': ('授权专利', '件', [('企业', ['发明专利', '实用新型', '外观设计']), ('高校和科研院所', ['发明专利', '实用新型']),
                            ('个人', ['实用新型', '外观设计'])], 30, 6000, 0),
    'emp': ('开展职业技能培训', '人次', [('就业技能培训', ['农村转移劳动力', '城镇失业人员']), ('岗位技能提升培训', ['企业职工', '新型学徒']),
                                ('创业培训', ['返乡创业人员', '高校毕业生'])], 100, 9000, 0),
    'trans': ('公路总里程', '公里', [('国省干线', ['高速公路', '普通国道', '普通省道']), ('农村公路', ['县道', '乡道', '村道'])],
              50, 4000, 1),
    'eco': ('纳入考核断面', '个', [('国控断面', ['Ⅰ～Ⅲ类', 'Ⅳ～Ⅴ类', '劣Ⅴ类']), ('省控断面', ['Ⅰ～Ⅲ类', 'Ⅳ～Ⅴ类', '劣Ⅴ类'])], 0, 45, 0),
}

BAL_MONEY = {
    'edu': ('科研经费', '全年科研经费到账', '支出', '年末结余', 800, 30000),
    'sci': ('市级科技专项资金', '下达', '拨付使用', '结转', 500, 20000),
    'emp': ('就业补助资金', '收入', '支出', '结余', 1000, 40000),
    'trans': ('农村公路养护资金', '到位', '支出', '结余', 300, 12000),
    'eco': ('生态环境专项资金', '到位', '使用', '结余', 500, 25000),
}

BAL_STOCK = {
    'edu': ('在校生', '人', '年初在校生', '新招收', '毕业离校', '年末在校生', 3000, 30000),
    'sci': ('有效期内高新技术企业', '家', '年初', '新认定', '到期未重新认定', '年末', 80, 2500),
    'emp': ('登记失业人员', '人', '年初', '新登记', '实现就业', '年末', 800, 12000),
    'trans': ('运营公交车辆', '辆', '年初', '新购置', '报废更新', '年末', 150, 3000),
    'eco': ('重点排污单位', '家', '年初', '新纳入', '关停移出', '年末', 60, 900),
}

GROWTH = {
    'edu': [('科研经费到账', '万元', 1000, 60000, (0, 2), -0.12, 0.35), ('招生人数', '人', 1500, 20000, (0,), -0.06, 0.18),
            ('专任教师', '人', 300, 2500, (0,), 0.01, 0.12)],
    'sci': [('技术合同成交额', '亿元', 8, 900, (2,), 0.04, 0.6), ('高新技术企业', '家', 100, 3000, (0,), 0.05, 0.4),
            ('发明专利授权量', '件', 300, 9000, (0,), -0.15, 0.45)],
    'emp': [('城镇新增就业', '人', 4000, 60000, (0,), -0.08, 0.15), ('职业技能培训', '人次', 5000, 80000, (0,), -0.25, 0.3),
            ('失业人员再就业', '人', 900, 9000, (0,), -0.12, 0.2)],
    'trans': [('旅客运输量', '万人次', 300, 9000, (1,), -0.3, 0.3), ('港口货物吞吐量', '万吨', 800, 40000, (1,), -0.06, 0.2),
              ('公路通车里程', '公里', 2000, 20000, (1,), 0.006, 0.05)],
    'eco': [('PM2.5年平均浓度', '微克/立方米', 18, 60, (0, 1), -0.22, -0.03), ('危险废物处置量', '吨', 4000, 90000, (2, 0), -0.1, 0.3),
            ('空气质量优良天数', '天', 250, 330, (0,), 0.01, 0.1)],
}

BIGGROWTH = {
    'edu': ('横向科研经费', '万元', 200, 3000), 'sci': ('技术合同成交额', '亿元', 5, 60),
    'emp': ('新就业形态劳动者培训', '人次', 300, 3000), 'trans': ('新能源公交车', '辆', 30, 400),
    'eco': ('新能源汽车充电桩', '个', 100, 2000),
}

RATE = {
    'edu': [('应届毕业生', '已落实去向', '毕业去向落实率', '人', 1500, 9000, 0.86, 0.98),
            ('专任教师', '具有研究生学历', '研究生学历教师占比', '人', 300, 1800, 0.45, 0.85),
            ('参加职业技能等级证书考核', '取得证书', '证书获取率', '人', 400, 3000, 0.7, 0.97)],
    'sci': [('规模以上工业企业', '开展研发活动', '研发活动覆盖率', '家', 200, 1500, 0.35, 0.75),
            ('申报高新技术企业', '通过认定', '认定通过率', '家', 60, 400, 0.55, 0.9),
            ('授权专利', '发明专利', '发明专利占比', '件', 2000, 15000, 0.12, 0.35)],
    'emp': [('登记失业人员', '实现再就业', '再就业率', '人', 1500, 8000, 0.55, 0.85),
            ('参加职业技能培训', '取得职业资格或技能等级证书', '取证率', '人次', 3000, 30000, 0.6, 0.9),
            ('接收退役军人', '落实安置', '安置率', '人', 150, 900, 0.9, 0.995)],
    'trans': [('建制村', '开通客运班车', '建制村通客车率', '个', 150, 600, 0.9, 0.995),
              ('公交车辆', '新能源公交车', '新能源公交车占比', '辆', 300, 3000, 0.5, 0.95),
              ('营运客车', '完成年度审验', '年审完成率', '辆', 500, 4000, 0.9, 0.995)],
    'eco': [('有效监测天数', '空气质量优良天数', '优良天数比例', '天', 365, 365, 0.72, 0.95),
            ('国控断面', '水质达到或优于Ⅲ类', '优良水体比例', '个', 20, 80, 0.6, 0.95),
            ('危险废物产生量', '规范处置', '规范处置率', '吨', 5000, 90000, 0.92, 0.995),
            ('重点排污单位', '安装在线监控', '在线监控安装率', '家', 50, 400, 0.8, 0.99)],
}

PP = {
    'edu': [('毕业去向落实率', 84, 97, 2, 0.3, 3), ('研究生学历教师占比', 40, 80, 1, 0.5, 6)],
    'sci': [('研发经费投入强度', 1.5, 3.5, 2, 0.05, 0.45), ('高新技术产业增加值占规上工业比重', 30, 60, 1, 0.4, 5)],
    'emp': [('城镇调查失业率', 4.3, 6.2, 1, -0.8, -0.1), ('农村劳动力转移就业率', 60, 85, 1, 0.3, 4)],
    'trans': [('新能源公交车占比', 50, 92, 1, 1, 9), ('建制村通客车率', 88, 99, 1, 0.3, 4)],
    'eco': [('空气质量优良天数比例', 72, 93, 1, -3, 6), ('优良水体比例', 60, 92, 1, 1, 9), ('劣Ⅴ类断面比例', 1, 9, 1, -4, -0.5)],
}

PER = {
    'edu': ('科研经费', '万元', 2000, 50000, 2, '专任教师', '人', 400, 2000, '人均科研经费', '万元', 2, 1),
    'sci': ('技术合同成交额', '亿元', 20, 900, 2, '技术合同', '项', 800, 9000, '平均每项成交额', '万元', 1, 10000),
    'emp': ('职业培训补贴', '万元', 300, 9000, 0, '培训', '人次', 3000, 40000, '人均补贴', '元', 0, D('0.0001')),
    'trans': ('旅客运输量', '万人次', 300, 9000, 1, '全年运营', '天', 365, 365, '日均客运量', '万人次', 2, 1),
    'eco': ('危险废物处置量', '吨', 5000, 90000, 0, '持证经营单位', '家', 5, 40, '平均每家处置量', '吨', 1, 1),
}

TARGET = {
    'edu': [('招生', '人', 2000, 12000, 0, 0.93, 1.08, '招生计划')],
    'sci': [('高新技术企业培育入库', '家', 60, 600, 0, 0.9, 1.5, '年度目标'), ('技术合同成交额', '亿元', 10, 300, 2, 0.9, 1.4, '年度目标')],
    'emp': [('城镇新增就业', '人', 5000, 50000, 0, 0.95, 1.25, '省下达目标'), ('职业技能培训', '人次', 5000, 60000, 0, 0.85, 1.3, '年度任务')],
    'trans': [('新改建农村公路', '公里', 50, 900, 1, 0.9, 1.3, '年度计划'), ('交通固定资产投资', '亿元', 20, 300, 1, 0.85, 1.2, '年度计划')],
    'eco': [('危险废物规范化环境管理评估', '家', 30, 300, 0, 0.9, 1.2, '年度任务'), ('造林绿化', '亩', 2000, 30000, 0, 0.95, 1.3, '年度计划')],
}

PASSFAIL = {
    'edu': ('职业技能等级证书考核', '参加考核', '通过', '未通过', '人', 300, 5000, 0.75, 0.97),
    'sci': ('科技计划项目结题验收', '申请验收', '通过验收', '未通过验收', '项', 40, 400, 0.8, 0.97),
    'emp': ('职业技能鉴定', '参加鉴定', '合格', '不合格', '人', 500, 9000, 0.7, 0.95),
    'trans': ('营运车辆综合性能检测', '检测车辆', '合格', '不合格', '辆', 800, 9000, 0.9, 0.99),
    'eco': ('排污单位监督性监测', '监测', '达标', '超标', '家次', 100, 1200, 0.85, 0.99),
}

RATIO = {   # part, whole, ratio name, ratio range, whole range in 亿
    'edu': ('横向科研经费', '科研经费总额', '横向经费占比', 0.15, 0.5, 0.5, 25),
    'sci': ('全社会研发经费投入', '地区生产总值', '研发经费投入强度', 0.012, 0.035, 300, 9000),
    'emp': ('职业培训补贴支出', '就业补助资金支出', '培训补贴占比', 0.2, 0.5, 1, 30),
    'trans': ('农村公路投资', '交通固定资产投资', '农村公路投资占比', 0.1, 0.4, 20, 600),
    'eco': ('大气污染防治投入', '生态环境保护投入', '大气治理投入占比', 0.2, 0.6, 2, 80),
}

ITEMS = {
    'edu': ['实训基地建设', '产教融合项目', '教师能力提升培训', '数字校园建设', '图书馆改造', '学生公寓维修', '实验室设备更新'],
    'sci': ['关键核心技术攻关', '创新平台建设', '科技成果转化', '科技型企业培育', '科技人才引进', '科技金融服务'],
    'emp': ['公益性岗位开发', '就业见习补贴', '创业担保贷款贴息', '职业技能培训', '零工市场建设', '就业困难人员援助'],
    'trans': ['国省道改造', '农村公路提质', '公交场站建设', '港口航道整治', '智慧交通平台', '危桥改造'],
    'eco': ['大气污染治理', '污水处理厂提标改造', '土壤污染修复', '危废处置中心建设', '河湖生态修复', '噪声治理'],
}

HEAD = {
    'edu': ['一、教育事业发展情况', '（三）高等教育和职业教育', '三、推进教育强市建设', '教育发展主要指标'],
    'sci': ['二、科技创新工作', '（二）创新驱动发展', '科技工作情况通报', '四、科技创新能力持续增强'],
    'emp': ['四、就业和社会保障', '（五）稳就业工作', '退役军人事务工作情况', '人力资源和社会保障工作简报'],
    'trans': ['三、交通运输', '（四）综合交通体系建设', '交通运输发展情况', '交通运输工作总结'],
    'eco': ['五、生态环境保护', '（六）污染防治攻坚', '生态环境质量状况公报', '生态环境工作总结'],
}
DEPT = {'edu': '教育局', 'sci': '科技局', 'emp': '人力资源和社会保障局', 'trans': '交通运输局', 'eco': '生态环境局'}

IDENT = {
    'edu': ['深入推进1+X证书制度试点', '推行“3+2”中高职贯通培养', '开通招生咨询热线0571-8620' + '3317'],
    'sci': ['布局“7+X”重点产业链', '建成5G基站并开展6G预研', '推进G60科创走廊合作'],
    'emp': ['畅通12333人社服务热线', '实施“1+N”就业帮扶政策', '推广“15分钟就业服务圈”'],
    'trans': ['G15沈海高速改扩建加快推进', 'S226线改造工程开工', '开通K3路、K12路夜间公交'],
    'eco': ['畅通12369环保举报热线', '落实“1+1+N”河长制工作体系', '完成GB 18597—2023新标准宣贯'],
}

PERMILLE = {'edu': ('学生辍学率控制在', '‰以内', 1, 3), 'sci': ('每万名就业人员中研发人员占比为', '‰', 60, 160),
            'emp': ('劳动争议案件调解率提升，万人发案率为', '‰', 2, 9), 'trans': ('道路运输事故万车死亡率为', '‰', 1, 6),
            'eco': ('人口自然增长率为', '‰', 1, 8)}
NOBASE = {'edu': ['学生满意度达到', '家长满意度为'], 'sci': ['科技成果转化率提高到', '企业研发机构覆盖率达到'],
          'emp': ['就业服务满意度达', '劳动合同签订率保持在'], 'trans': ['公交准点率达到', '群众出行满意度为'],
          'eco': ['群众生态环境满意度达到', '城市生活污水集中收集率达']}
STU_ATTR = ['女生', '少数民族学生', '省外生源', '农村生源', '中共党员', '家庭经济困难学生']
OVERLAP_ATTR = ['女性', '中共党员', '35岁以下', '具有高级职称', '少数民族', '本科以上学历']
CUMUL = {'edu': ('新增省级精品课程', '门', '累计建成省级精品课程', 5, 60, 80, 400),
         'sci': ('新认定高新技术企业', '家', '全市高新技术企业总数达到', 30, 300, 400, 3000),
         'emp': ('新建零工市场', '个', '累计建成零工市场', 2, 20, 25, 120),
         'trans': ('新改建农村公路', '公里', '农村公路总里程达到', 50, 600, 3000, 12000),
         'eco': ('新建污水管网', '公里', '累计建成污水管网', 20, 300, 800, 5000)}


# ---------------------------------------------------------------------------
# record builder
# ---------------------------------------------------------------------------
TOK = re.compile(r'⟦(\d+)⟧')


class Rec:
    def __init__(self, rng, src, fam, label, y):
        self.rng, self.src, self.fam, self.label, self.y = rng, src, fam, label, y
        self.slots = []
        self.checks = []
        self.lines = []
        self.neg_done = False
        self.notes = []

    def s(self, value, fmt, kind='count', lo=None, hi=None):
        self.slots.append(dict(v=D(value), fmt=fmt, kind=kind, lo=lo, hi=hi, dec=0, malformed=None))
        return '⟦%d⟧' % (len(self.slots) - 1)

    def c(self, rel, **kw):
        d = dict(rel=rel)
        d.update(kw)
        self.checks.append(d)
        return d

    def lit(self, tok):
        return self.slots[int(TOK.fullmatch(tok).group(1))]

    def render_str(self, s):
        def rep(m):
            sl = self.slots[int(m.group(1))]
            if sl['malformed']:
                return sl['malformed']
            return sl['fmt'](sl['v'])
        return TOK.sub(rep, s)

    def render_obj(self, o):
        if isinstance(o, str):
            return self.render_str(o)
        if isinstance(o, list):
            return [self.render_obj(x) for x in o]
        if isinstance(o, dict):
            return {k: self.render_obj(v) for k, v in o.items()}
        return o

    def refs(self):
        cnt = {}
        negrefs = set()
        for ch in self.checks:
            for m in TOK.finditer(json.dumps(ch, ensure_ascii=False)):
                i = int(m.group(1))
                cnt[i] = cnt.get(i, 0) + 1
                if ch['rel'] == 'neg':
                    negrefs.add(i)
        return cnt, negrefs


def unit_split(unit):
    if unit and unit[0] in '万亿' and len(unit) > 1:
        return unit[0], unit[1:]
    return '', unit


def rint(rng, lo, hi):
    return rng.randint(int(lo), int(hi))


def rdec(rng, lo, hi, dec):
    if dec == 0:
        return D(rint(rng, lo, hi))
    scale = 10 ** dec
    return D(rng.randint(int(lo * scale), int(hi * scale))) / D(scale)


def rate_val(num, den, dec, factor=100):
    x = D(num) / D(den) * D(factor)
    y = x.scaleb(dec)
    if y - y.to_integral_value(rounding=ROUND_FLOOR) == D('0.5'):
        raise Retry('tie')
    return q(x, dec)


def pick_fmt(rng, dec, mult='', extra=None):
    kinds = ['plain', 'plain', 'plain', 'comma', 'comma']
    if extra:
        kinds += extra
    k = rng.choice(kinds)
    return make_fmt(k, dec, mult)


# ---------------------------------------------------------------------------
# whole-and-parts item with optional inline negative
# ---------------------------------------------------------------------------
class Item:
    def __init__(self, r, topic, k=None, fmt_kind=None, neg=None, small=False, names=None, dec=None, nomult=False):
        rng = r.rng
        self.r, self.topic = r, topic
        self.mult, self.u = unit_split(topic['unit'])
        if nomult:
            self.mult, self.u = '', topic['unit']
        kmax = min(topic['kmax'], len(topic['parts'])) if topic['parts'] else topic['kmax']
        k = k or rng.randint(topic['kmin'], kmax)
        if names:
            self.names = names
        elif topic['parts'] and 'year' in topic['tags']:
            idx = list(range(k))
            self.names = [topic['parts'][i] for i in idx]
        elif topic['parts']:
            idx = sorted(rng.sample(range(len(topic['parts'])), k))
            self.names = [topic['parts'][i] for i in idx]
        elif 'entity_port' in topic['tags']:
            self.names = [place(rng, '港区') for _ in range(k)]
            if len(set(n[:2] for n in self.names)) < k:
                raise Retry('dup')
        else:
            self.names = entities(rng, r.src, k)
        k = len(self.names)
        self.dec = dec if dec is not None else rng.choice(topic['dec'])
        lo, hi = topic['lo'], topic['hi']
        if small:
            hi = min(hi, small if small is not True else 400)
        if 'year' in topic['tags']:
            total = 366 if r.y % 4 == 0 else 365
            cuts = sorted(rng.sample(range(1, total), k - 1))
            vals = [D(b - a) for a, b in zip([0] + cuts, cuts + [total])]
            vals.sort(reverse=True)
            # 良 usually dominates; keep order 优,良,... with 良 largest
            if k >= 2:
                vals[0], vals[1] = vals[1], vals[0]
        else:
            vals = []
            for i in range(k):
                span = hi - lo
                a = lo + span * rng.random() * (1.0 if i < 2 else 0.5)
                vals.append(rdec(rng, max(lo, a * 0.6), max(lo + 1, a), self.dec))
            if all(v == 0 for v in vals):
                vals[0] = D(3)
        self.vals = vals
        self.total = sum(vals)
        fk = fmt_kind or rng.choice(['plain', 'plain', 'comma', 'comma', 'plain'])
        self.fmt = make_fmt(fk, self.dec, self.mult)
        self.fk = fk
        self.neg = neg
        self.shown = list(range(k))
        self.marker = None
        if neg == 'partial':
            if k < 3:
                raise Retry('partial needs 3')
            self.marker = rng.choice(['等', '等', '主要有', '其中较多的是'])
            nd = rng.choice([1, 1, 2]) if k > 3 else 1
            if self.marker == '其中较多的是' or 'year' in topic['tags']:
                order = sorted(range(k), key=lambda i: vals[i])
                drop = order[:nd]                      # the smallest parts are left out
                if vals[order[nd]] == vals[order[nd - 1]]:
                    raise Retry('tie at cut')
            else:
                drop = rng.sample(range(k), nd)
            self.shown = [i for i in range(k) if i not in drop]
        self.ptok = [r.s(vals[i], self.fmt, 'count') for i in self.shown]
        self.pnames = [self.names[i] for i in self.shown]
        self.approx = None
        if neg == 'approx':
            S = self.total
            mag = 10 ** max(1, len(str(int(S))) - 2)
            A = (S / mag).quantize(D(1), rounding=ROUND_HALF_UP) * mag
            if A == S:
                A = A + mag if rng.random() < 0.5 else A - mag
            if A <= 0:
                raise Retry('approx')
            if A > S:
                m = rng.choice(['约', '近', '左右'])
            else:
                m = rng.choice(['约', '余', '超过', '左右'])
            self.approx = m
            self.ttok = r.s(A, make_fmt(fk if fk != 'cn' else 'cn', 0, self.mult), 'count')
        else:
            self.ttok = r.s(self.total, self.fmt, 'fixed' if 'year' in topic['tags'] else 'count')

    def T(self):
        """total with unit (and approximation marker)"""
        m, t, u = self.approx, self.ttok, self.u
        if m in ('约', '近', '超过'):
            return m + t + u
        if m == '余':
            return t + '余' + u
        if m == '左右':
            return t + u + '左右'
        return t + u

    def P(self, i, sep=''):
        return self.pnames[i] + sep + self.ptok[i] + self.u

    def plist(self, sep='、', namesep=''):
        s = sep.join(self.P(i, namesep) for i in range(len(self.ptok)))
        if self.marker == '等':
            s += '等'
        return s

    def intro(self, default='其中'):
        if self.marker == '主要有':
            return '其中主要有' if default == '其中' else default + '主要有'
        if self.marker == '其中较多的是':
            return '其中数量较多的是'
        return default

    def close(self):
        r = self.r
        if self.neg == 'partial':
            r.c('neg', kind='partial_list', parts=self.ptok, total=self.ttok, marker=self.marker)
            r.notes.append('partial list marked by %s: shown parts do not exhaust the total' % self.marker)
        elif self.neg == 'approx':
            r.c('neg', kind='approx_total', parts=self.ptok, total=self.ttok, phrase=self.T(), marker=self.approx)
            r.notes.append('approximate total (%s) differs from the exact sum of parts' % self.approx)
        else:
            r.c('sum', parts=self.ptok, total=self.ttok)


def topic_for(r, need=None, avoid=None):
    ts = PARTS[r.src]
    if need:
        ts2 = [t for t in ts if need in t['tags']]
        if ts2:
            ts = ts2
    if avoid:
        ts = [t for t in ts if avoid not in t['tags']] or ts
    return r.rng.choice(ts)


# ---------------------------------------------------------------------------
# totals constructions
# ---------------------------------------------------------------------------
def t_qizhong(r, neg):
    t = topic_for(r)
    it = Item(r, t, neg=neg)
    y = r.y
    form = r.rng.randrange(3)
    if form == 0:
        r.lines.append('%d年，%s%s，%s%s。' % (y, t['subj'], it.T(), it.intro('其中'), it.plist()))
    elif form == 1:
        r.lines.append('全年%s达到%s。%s，%s。' % (t['noun'], it.T(), it.intro('其中'), it.plist('，')))
    else:
        r.lines.append('截至%d年底，%s%s；%s%s。' % (y, t['subj'], it.T(), it.intro('其中'), it.plist('；', '为')))
    it.close()


def t_heji(r, neg):
    t = topic_for(r)
    it = Item(r, t, neg=neg)
    w = r.rng.choice(['合计', '共计', '总计', '累计'])
    form = r.rng.randrange(2)
    if form == 0:
        r.lines.append('%d年%s情况：%s，%s%s。' % (r.y, t['noun'], it.plist('，', ''), w, it.T()))
    else:
        r.lines.append('全年%s：%s，%s%s。' % (t['noun'], it.plist('；'), w, it.T()))
    it.close()


def t_fenbie(r, neg):
    t = topic_for(r)
    it = Item(r, t, neg=neg)
    names = '、'.join(it.pnames)
    vals = '、'.join(tk + it.u for tk in it.ptok)
    form = r.rng.randrange(3)
    if form == 0:
        r.lines.append('%s%s，%s分别为%s。' % (t['subj'], it.T(), names, vals))
    elif form == 1:
        r.lines.append('%s分别%s%s%s，%s%s。' % (names, t['verb'], t['noun'], vals, r.rng.choice(['共', '合计', '总计']), it.T()))
    else:
        r.lines.append('全年%s共%s。按类别分，%s分别为%s。' % (t['noun'], it.T(), names, vals))
    it.close()


def t_bracket(r, neg):
    t = topic_for(r)
    it = Item(r, t, neg=neg)
    if it.marker in ('主要有', '其中较多的是'):
        lead = '主要包括' if it.marker == '主要有' else '其中较多的是'
    else:
        lead = r.rng.choice(['含', '包括', '其中'])
    br = r.rng.choice([('（', '）'), ('(', ')')])
    r.lines.append('%d年%s%s%s%s%s%s，%s' % (r.y, t['subj'], it.T(), br[0], lead, it.plist('，'), br[1],
                                          r.rng.choice(['各项工作有序推进。', '完成年度目标任务。', '总体运行平稳。'])))
    it.close()


def t_lines(r, neg):
    t = topic_for(r)
    form = r.rng.randrange(3)
    if neg == 'partial':
        form = r.rng.randrange(2)
    it = Item(r, t, neg=neg, nomult=form == 2)
    if it.marker:
        r.lines.append('%s%s，%s：' % (t['subj'], it.T(), it.intro('其中')))
    else:
        r.lines.append('%s%s，具体情况如下：' % (t['subj'], it.T()) if form != 2 else '%s（单位：%s）' % (t['noun'], t['unit']))
    for i in range(len(it.ptok)):
        if form == 0:
            r.lines.append('——%s：%s%s；' % (it.pnames[i], it.ptok[i], it.u))
        elif form == 1:
            r.lines.append('%s %s%s' % (it.pnames[i], it.ptok[i], it.u))
        else:
            r.lines.append('%s：%s' % (it.pnames[i], it.ptok[i]))
    if it.marker == '等':
        r.lines[-1] = r.lines[-1].rstrip('；') + '等。'
    if form == 2:
        r.lines.append('合计：%s' % it.ttok)
    it.close()


SEPS = ['\t', ' | ', '｜', '  ', '|']


def t_table(r, neg):
    t = topic_for(r)
    it = Item(r, t, k=None, nomult=True)
    sep = r.rng.choice(SEPS)
    head = sep.join(['类别', '%s（%s）' % (t['noun'], t['unit'])])
    rows = [sep.join([it.pnames[i], it.ptok[i]]) for i in range(len(it.ptok))]
    tot = sep.join([r.rng.choice(['合计', '总计', '全市']), it.ttok])
    pipes = sep.strip() == '|' and r.rng.random() < 0.4
    body = [head] + ([tot] + rows if r.rng.random() < 0.4 else rows + [tot])
    if pipes:
        body = ['|' + b + '|' for b in body]
    r.lines.append('表%d  %d年%s构成' % (r.rng.randint(1, 9), r.y, t['noun']))
    r.lines.extend(body)
    it.close()


def t_table2(r, neg):
    t = topic_for(r)
    it1 = Item(r, t, nomult=True)
    it2 = Item(r, t, names=it1.names, dec=it1.dec, fmt_kind=it1.fk, nomult=True)
    sep = r.rng.choice(SEPS)
    r.lines.append('%s%s（单位：%s）' % (t['noun'], r.rng.choice(['对比表', '两年对比', '情况']), t['unit']))
    rows = [sep.join(['项目', '%d年' % (r.y - 1), '%d年' % r.y])]
    body = [sep.join([it1.pnames[i], it1.ptok[i], it2.ptok[i]]) for i in range(len(it1.ptok))]
    tot = sep.join(['合计', it1.ttok, it2.ttok])
    rows += ([tot] + body) if r.rng.random() < 0.35 else (body + [tot])
    r.lines.extend(rows)
    it1.close()
    it2.close()


CN_MARK = '一二三四五六七八九十'


def t_numbered(r, neg):
    rng = r.rng
    k = rng.randint(3, 6)
    items = rng.sample(ITEMS[r.src], k)
    dec = rng.choice([0, 0, 2])
    fm = pick_fmt(rng, dec, '万')
    vals = [rdec(rng, 50, 3000, dec) for _ in items]
    ptok = [r.s(v, fm) for v in vals]
    ttok = r.s(sum(vals), fm)
    cf = rng.choice(['cn', 'plain'])
    ctok = r.s(k, make_fmt(cf, 0))
    style = rng.choice(['shi', 'circle', 'paren', 'cnparen', 'dot'])
    with_total = rng.random() < 0.7
    head = '%d年重点实施%s项%s工程' % (r.y, ctok, rng.choice(['民生', '重点', '年度']))
    head += '，%s资金%s元：' % (rng.choice(['共投入', '累计投入', '合计安排']), ttok) if with_total else '：'
    marks = {'shi': [CN_MARK[i] + '是' for i in range(k)], 'circle': ['①②③④⑤⑥⑦⑧'[i] for i in range(k)],
             'paren': ['（%d）' % (i + 1) for i in range(k)], 'cnparen': ['（%s）' % CN_MARK[i] for i in range(k)],
             'dot': ['%d.' % (i + 1) for i in range(k)]}[style]
    parts = ['%s%s，投入%s元' % (marks[i], items[i], ptok[i]) for i in range(k)]
    if style in ('shi', 'circle') and rng.random() < 0.5:
        r.lines.append(head + '；'.join(parts) + '。')
    else:
        r.lines.append(head)
        r.lines.extend(p + '；' for p in parts)
    r.c('count_items', count=ctok, items=items)
    if with_total:
        r.c('sum', parts=ptok, total=ttok)


def t_named(r, neg):
    rng = r.rng
    k = rng.randint(3, 7)
    if r.src == 'edu':
        names, unit, what = [school(rng) for _ in range(k)], rng.choice(['所', '个单位']), '获评省级“双高”建设单位'
    elif r.src == 'sci':
        names, unit, what = [company(rng) for _ in range(k)], '家', '新认定为省级专精特新企业'
    elif r.src == 'emp':
        names, unit, what = [company(rng) for _ in range(k)], '家', '获评省级就业见习示范基地'
    elif r.src == 'trans':
        names, unit, what = [place(rng, rng.choice(['镇', '乡'])) for _ in range(k)], '个乡镇', '完成“四好农村路”示范创建'
    else:
        names, unit, what = [place(rng, rng.choice(['镇', '街道'])) for _ in range(k)], '个', '被命名为省级生态文明建设示范单位'
    if len(set(names)) < k:
        raise Retry('dup')
    ctok = r.s(k, make_fmt(rng.choice(['plain', 'cn']), 0))
    form = rng.randrange(3)
    if form == 0:
        r.lines.append('%s、%s等%s%s%s。' % ('、'.join(names[:-1]), names[-1], ctok, unit, what))
    elif form == 1:
        r.lines.append('全年共有%s%s%s，分别是：%s。' % (ctok, unit, what, '、'.join(names)))
    else:
        r.lines.append('%s%s%s：' % (ctok, unit, what))
        r.lines.extend('%d.%s' % (i + 1, n) for i, n in enumerate(names))
    r.c('count_names', count=ctok, names=names)


def t_bal_money(r, neg):
    rng = r.rng
    name, inc, exp, bal, lo, hi = BAL_MONEY[r.src]
    dec = rng.choice([0, 2])
    fm = pick_fmt(rng, dec, '万')
    X = rdec(rng, lo, hi, dec)
    carry = rdec(rng, lo * 0.05, hi * 0.1, dec) if rng.random() < 0.4 else None
    Y = q(X * D(rng.uniform(0.6, 0.97)), dec)
    Z = X + (carry or 0) - Y
    tx, ty, tz = r.s(X, fm), r.s(Y, fm), r.s(Z, fm)
    if carry is not None:
        tc = r.s(carry, fm)
        r.lines.append('%s：上年结转%s元，本年%s%s元，%s%s元，%s%s元。' % (name, tc, inc, tx, exp, ty, bal, tz))
        r.c('balance', plus=[tc, tx], minus=[ty], result=tz)
    else:
        form = rng.randrange(2)
        if form == 0:
            r.lines.append('%d年%s%s%s元，%s%s元，%s%s元。' % (r.y, name, inc, tx, exp, ty, bal, tz))
        else:
            r.lines.append('%s收支情况：%s%s元；%s%s元；%s%s元。' % (name, inc, tx, exp, ty, bal, tz))
        r.c('balance', plus=[tx], minus=[ty], result=tz)


def t_bal_stock(r, neg):
    rng = r.rng
    name, unit, a, b, c, d, lo, hi = BAL_STOCK[r.src]
    fm = pick_fmt(rng, 0)
    A = rint(rng, lo, hi)
    B = rint(rng, A * 0.05, A * 0.35)
    C = rint(rng, A * 0.03, A * 0.3)
    E = A + B - C
    ta, tb, tc, te = r.s(A, fm), r.s(B, fm), r.s(C, fm), r.s(E, fm)
    if rng.random() < 0.5:
        r.lines.append('%s%s%s%s，%s%s%s，%s%s%s，%s%s%s。' % (a if a != '年初' else '年初', name if a == '年初' else '', ta, unit,
                                                      b, tb, unit, c, tc, unit, d, te, unit))
    else:
        r.lines.append('%s变动情况：%s%s%s；本年%s%s%s、%s%s%s；%s为%s%s。' % (name, a, ta, unit, b, tb, unit, c, tc, unit, d, te, unit))
    r.c('balance', plus=[ta, tb], minus=[tc], result=te)


def t_increase(r, neg):
    rng = r.rng
    name, unit, lo, hi, decs, glo, ghi = rng.choice(GROWTH[r.src])
    mult, u = unit_split(unit)
    dec = rng.choice(decs)
    fm = pick_fmt(rng, dec, mult)
    A = rdec(rng, lo, hi, dec)
    B = q(A * D(1 + rng.uniform(glo, ghi)), dec)
    if B == A:
        raise Retry('same')
    C = abs(B - A)
    up = B > A
    ta, tb, tc = r.s(A, fm), r.s(B, fm), r.s(C, fm)
    w1 = '增加' if up else '减少'
    if '浓度' in name:
        w1 = '上升' if up else '下降'
    form = rng.randrange(3)
    if form == 0:
        r.lines.append('%s由%d年的%s%s%s到%d年的%s%s，%s%s%s。' % (name, r.y - 1, ta, u, w1, r.y, tb, u, w1, tc, u))
    elif form == 1:
        r.lines.append('全市%s从%s%s%s至%s%s，净%s%s%s。' % (name, ta, u, '增长' if up else '减少', tb, u, w1, tc, u))
    else:
        r.lines.append('%s达到%s%s，比上年%s%s%s（上年为%s%s）。' % (name, tb, u, '增加' if up else '减少', tc, u, ta, u))
    if up:
        r.c('balance', plus=[ta, tc], minus=[], result=tb)
    else:
        r.c('balance', plus=[ta], minus=[tc], result=tb)


def t_subtotal(r, neg):
    rng = r.rng
    noun, unit, groups, lo, hi, dec = GROUPS[r.src]
    mult, u = unit_split(unit)
    fm = pick_fmt(rng, dec, mult)
    ng = rng.randint(2, len(groups))
    gs = groups[:ng]
    gtok, gvals = [], []
    segs = []
    for gname, subs in gs:
        vals = [rdec(rng, lo, hi, dec) for _ in subs]
        pt = [r.s(v, fm) for v in vals]
        st = r.s(sum(vals), fm)
        gtok.append(st)
        gvals.append(sum(vals))
        segs.append('%s%s%s（%s）' % (gname, st, u, '、'.join(s + p + u for s, p in zip(subs, pt))))
        r.c('sum', parts=pt, total=st)
    tt = r.s(sum(gvals), fm)
    form = rng.randrange(2)
    if form == 0:
        r.lines.append('全年%s%s%s，其中%s。' % (noun, tt, u, '；'.join(segs)))
    else:
        r.lines.append('%s构成：' % noun)
        r.lines.extend(s + '；' for s in segs)
        r.lines.append('以上合计%s%s。' % (tt, u))
    r.c('sum', parts=gtok, total=tt)


def t_quarters(r, neg):
    rng = r.rng
    t = topic_for(r, avoid='year')
    mode = rng.choice(['q', 'q', 'h', 'm'])
    names = {'q': ['一季度', '二季度', '三季度', '四季度'], 'h': ['上半年', '下半年'],
             'm': ['%d月' % i for i in range(1, 13)]}[mode]
    it = Item(r, t, names=names, neg=neg)
    if mode == 'm':
        sep = rng.choice(SEPS)
        r.lines.append('%d年分月%s（%s）' % (r.y, t['noun'], t['unit']))
        r.lines.append(sep.join(it.pnames))
        r.lines.append(sep.join(it.ptok))
        r.lines.append('全年%s%s' % (rng.choice(['合计', '累计']), it.T()))
    elif rng.random() < 0.5:
        r.lines.append('%s%s，%s，全年%s%s。' % (t['noun'], '分季度看' if mode == 'q' else '分时段看', it.plist('，'),
                                           rng.choice(['合计', '累计', '共']), it.T()))
    else:
        r.lines.append('%d年%s%s，%s%s。' % (r.y, t['subj'], it.T(), it.intro('其中'), it.plist('、')))
    it.close()


def t_sentences(r, neg):
    rng = r.rng
    t = topic_for(r)
    it = Item(r, t, neg=neg)
    verbs = ['完成', '实现', '达到', '共有', '为']
    for i in range(len(it.ptok)):
        r.lines.append(rng.choice(['%s方面，%s%s%s。', '%s%s%s%s。']) % (it.pnames[i], rng.choice(verbs), it.ptok[i], it.u))
    r.lines.append('%s，全年%s%s。' % (rng.choice(['综上', '总的来看', '汇总以上']), t['noun'] + rng.choice(['共计', '合计', '总计']), it.T()))
    it.close()


def t_gender(r, neg):
    rng = r.rng
    t = topic_for(r, need='person')
    it = Item(r, t, names=rng.choice([['男性', '女性'], ['男', '女'], ['男生', '女生'] if r.src == 'edu' else ['男性', '女性']]),
              neg=neg, small=rng.random() < 0.5)
    form = rng.randrange(3)
    if form == 0:
        r.lines.append('%d年%s%s，其中%s。' % (r.y, t['subj'], it.T(), it.plist('、')))
    elif form == 1:
        r.lines.append('%s%s（%s）。' % (t['subj'], it.T(), it.plist('、')))
    else:
        r.lines.append('%s%s，%s。' % (t['subj'], it.T(), it.plist('，')))
    it.close()


def t_wanyi(r, neg):
    rng = r.rng
    subj, parts, lo, hi, usmall, ubig = MIX[r.src]
    k = rng.randint(2, len(parts))
    names = rng.sample(parts, k)
    msmall, us = unit_split(usmall)
    mbig, ub = unit_split(ubig)
    # parts in small unit; total in big unit = sum/10000; make sum a multiple of 100 (2 decimals in big unit)
    vals = [D(rint(rng, lo, hi)) for _ in range(k)]
    S = sum(vals)
    step = rng.choice([100, 100, 10])
    rem = S % step
    vals[0] -= rem
    if vals[0] <= 0:
        raise Retry('neg')
    S = sum(vals)
    bdec = 2 if step == 100 else 3
    pf = make_fmt(rng.choice(['plain', 'comma']), 0, msmall)
    tf = make_fmt('plain', bdec, mbig if mbig else '', div=10000)
    if not mbig:
        tf = make_fmt('plain', bdec, '万', div=10000)
    pt = [r.s(v, pf) for v in vals]
    tt = r.s(S, tf)
    ubig_u = ub if mbig else ubig[1:]
    form = rng.randrange(2)
    if form == 0:
        r.lines.append('%s%s%s，其中%s。' % (subj, tt, ubig_u, '、'.join(n + p + us for n, p in zip(names, pt))))
    else:
        r.lines.append('%s。%s合计%s%s。' % ('；'.join(n + p + us for n, p in zip(names, pt)), subj.replace('全年', ''), tt, ubig_u))
    r.c('sum', parts=pt, total=tt)


def t_cn(r, neg):
    rng = r.rng
    t = topic_for(r, need='small')
    it = Item(r, t, fmt_kind='cn', small=rng.choice([120, 400, 400, 1500, 3000]), dec=0, neg=neg)
    form = rng.randrange(2)
    if form == 0:
        r.lines.append('%s%s，%s%s。' % (t['subj'], it.T(), it.intro('其中'), it.plist('、')))
    else:
        r.lines.append('%s，%s%s。' % (it.plist('，'), rng.choice(['合计', '共计']), it.T()))
    it.close()


def t_fwsep(r, neg):
    rng = r.rng
    t = topic_for(r, need='big') if rng.random() < 0.6 else topic_for(r)
    fk = rng.choice(['fw', 'cncomma', 'space', 'comma', 'fw'])
    it = Item(r, t, fmt_kind=fk, neg=neg)
    if it.total < 1000 and fk in ('cncomma', 'space', 'comma'):
        raise Retry('no separator')
    form = rng.randrange(2)
    if form == 0:
        r.lines.append('%s%s，%s%s。' % (t['subj'], it.T(), it.intro('其中'), it.plist('；')))
    else:
        r.lines.append('%s；%s%s。' % (it.plist('；'), rng.choice(['合计', '共计', '总计']), it.T()))
    it.close()


TOTALS = [
    ('qizhong_list', t_qizhong, ('partial', 'approx')),
    ('heji_after_parts', t_heji, ('approx',)),
    ('fenbie_names_first', t_fenbie, ('approx',)),
    ('bracket_parts', t_bracket, ('partial', 'approx')),
    ('lines_under_header', t_lines, ('partial', 'approx')),
    ('flat_table', t_table, ()),
    ('two_year_table', t_table2, ()),
    ('numbered_items_count', t_numbered, ()),
    ('named_list_count', t_named, ()),
    ('balance_money', t_bal_money, ()),
    ('balance_stock', t_bal_stock, ()),
    ('increase_from_to', t_increase, ()),
    ('subtotals_grand_total', t_subtotal, ()),
    ('periods_to_year', t_quarters, ('approx',)),
    ('separate_sentences', t_sentences, ('approx',)),
    ('gender_split', t_gender, ('approx',)),
    ('wan_yi_mixture', t_wanyi, ()),
    ('chinese_numerals', t_cn, ('partial',)),
    ('fullwidth_separators', t_fwsep, ('partial', 'approx')),
]


# ---------------------------------------------------------------------------
# pct constructions
# ---------------------------------------------------------------------------
def rate_topic(r):
    return r.rng.choice(RATE[r.src])


def draw_rate(r, tp, dec, fk='plain'):
    rng = r.rng
    den_n, num_n, rname, unit, lo, hi, rlo, rhi = tp
    if unit == '天':
        Dn = 366 if r.y % 4 == 0 else 365
    else:
        Dn = rint(rng, lo, hi)
    N = int(Dn * rng.uniform(rlo, rhi))
    if N <= 0 or N >= Dn:
        raise Retry('rate')
    R = rate_val(N, Dn, dec)
    fm = make_fmt(fk, 0) if fk != 'cn' else make_fmt('cn', 0)
    td, tn = r.s(Dn, fm, 'fixed' if unit == '天' else 'count'), r.s(N, fm)
    tr = r.s(R, make_fmt('fw' if fk == 'fw' else 'plain', dec, pct=True), 'pct', hi=D(100))
    r.c('rate', num=tn, den=td, value=tr)
    return td, tn, tr, Dn, N


def p_rate_after(r):
    tp = rate_topic(r)
    td, tn, tr, *_ = draw_rate(r, tp, r.rng.choice([1, 1, 2]), r.rng.choice(['plain', 'comma']))
    den_n, num_n, rname, unit = tp[:4]
    form = r.rng.randrange(3)
    if form == 0:
        r.lines.append('%d年%s%s%s，%s%s%s，%s为%s。' % (r.y, den_n, td, unit, num_n, tn, unit, rname, tr))
    elif form == 1:
        r.lines.append('全年%s共%s%s，%s的%s%s，%s达%s。' % (den_n, td, unit, num_n, tn, unit, rname, tr))
    else:
        r.lines.append('%s%s%s、%s%s%s，%s%s。' % (den_n, td, unit, num_n, tn, unit, rname, tr))


def p_rate_before(r):
    tp = rate_topic(r)
    td, tn, tr, *_ = draw_rate(r, tp, r.rng.choice([1, 2]), r.rng.choice(['plain', 'comma']))
    den_n, num_n, rname, unit = tp[:4]
    form = r.rng.randrange(3)
    if form == 0:
        r.lines.append('%s达到%s，%s%s%s中%s%s%s。' % (rname, tr, den_n, td, unit, num_n, tn, unit))
    elif form == 1:
        r.lines.append('%d年%s为%s：%s%s%s，%s%s%s。' % (r.y, rname, tr, den_n, td, unit, num_n, tn, unit))
    else:
        r.lines.append('%s%s，即%s%s%s中有%s%s%s。' % (rname, tr, den_n, td, unit, tn, unit, num_n))


def p_rate_bracket(r):
    tp = rate_topic(r)
    td, tn, tr, *_ = draw_rate(r, tp, r.rng.choice([1, 2]), r.rng.choice(['plain', 'comma']))
    den_n, num_n, rname, unit = tp[:4]
    form = r.rng.randrange(3)
    if form == 0:
        r.lines.append('%s%s%s，%s%s%s（占%s）。' % (den_n, td, unit, num_n, tn, unit, tr))
    elif form == 1:
        r.lines.append('%s%s%s（%s%s），%s合计%s%s。' % (num_n, tn, unit, rname, tr, den_n, td, unit))
    else:
        r.lines.append('%s%s（%s%s/%s%s）。' % (rname, tr, tn, unit, td, unit))


def p_two_rates(r):
    rng = r.rng
    tp = rate_topic(r)
    den_n, num_n, rname, unit = tp[:4]
    ents = entities(rng, r.src, 2)
    dec = rng.choice([1, 2])
    a = draw_rate(r, tp, dec)
    b = draw_rate(r, tp, dec)
    if a[3] == b[3]:
        raise Retry('same base')
    form = rng.randrange(2)
    if form == 0:
        r.lines.append('%s%s%s%s、%s%s%s，%s%s；%s%s%s%s、%s%s%s，%s%s。' % (
            ents[0], den_n, a[0], unit, num_n, a[1], unit, rname, a[2], ents[1], den_n, b[0], unit, num_n, b[1], unit, rname, b[2]))
    else:
        r.lines.append('%s分别为%s和%s（%s：%s%s/%s%s；%s：%s%s/%s%s）。' % (
            rname, a[2], b[2], ents[0], a[1], unit, a[0], unit, ents[1], b[1], unit, b[0], unit))


def p_passfail(r):
    rng = r.rng
    subj, tot_n, pw, fw, unit, lo, hi, rlo, rhi = PASSFAIL[r.src]
    Dn = rint(rng, lo, hi)
    N = int(Dn * rng.uniform(rlo, rhi))
    F = Dn - N
    if F <= 0:
        raise Retry('pf')
    dec = rng.choice([1, 2])
    fm = pick_fmt(rng, 0)
    td, tn, tf = r.s(Dn, fm), r.s(N, fm), r.s(F, fm)
    pf = make_fmt('plain', dec, pct=True)
    t1 = r.s(rate_val(N, Dn, dec), pf, 'pct', hi=D(100))
    t2 = r.s(rate_val(F, Dn, dec), pf, 'pct', hi=D(100))
    form = rng.randrange(2)
    if form == 0:
        r.lines.append('%s：%s%s%s，%s%s%s、%s%s%s，%s率%s，%s率%s。' % (subj, tot_n, td, unit, pw, tn, unit, fw, tf, unit, pw, t1, fw, t2))
    else:
        r.lines.append('全年%s%s%s%s，其中%s%s%s（%s率%s），%s%s%s（%s率%s）。' % (subj, tot_n, td, unit, pw, tn, unit, pw, t1, fw, tf, unit, fw, t2))
    r.c('sum', parts=[tn, tf], total=td)
    r.c('rate', num=tn, den=td, value=t1)
    r.c('rate', num=tf, den=td, value=t2)


def p_target(r):
    rng = r.rng
    name, unit, lo, hi, dec, clo, chi, tw = rng.choice(TARGET[r.src])
    mult, u = unit_split(unit)
    T = rdec(rng, lo, hi, dec)
    if dec == 0 and T > 1000:
        T = q(T / 100, 0) * 100
    A = q(T * D(rng.uniform(clo, chi)), dec)
    if A == T:
        raise Retry('exact')
    rd = rng.choice([1, 1, 2])
    fm = pick_fmt(rng, dec, mult)
    tt, ta = r.s(T, fm), r.s(A, fm)
    tr = r.s(rate_val(A, T, rd), make_fmt('plain', rd, pct=True), 'pct')
    form = rng.randrange(3)
    if form == 0:
        r.lines.append('%s%s%s%s，为%s%s%s的%s。' % (name, '完成', ta, u, tw, tt, u, tr))
    elif form == 1:
        r.lines.append('%s%s%s%s，实际完成%s%s，完成率%s。' % (tw, name, tt, u, ta, u, tr))
    else:
        r.lines.append('全年%s%s%s（%s%s%s），完成%s任务的%s。' % (name, ta, u, tw, tt, u, '年度' if '年度' not in tw else '', tr))
    r.c('rate', num=ta, den=tt, value=tr)
    if A > T:
        r.notes.append('completion over 100% is legitimate')


def p_per(r):
    rng = r.rng
    tn, tu, tlo, thi, tdec, cn_, cu, clo, chi, pn, pu, pdec, _f = PER[r.src]
    tm, tuu = unit_split(tu)
    cm, cuu = unit_split(cu)
    pm, puu = unit_split(pu)
    T = rdec(rng, tlo, thi, tdec)
    C = D(rint(rng, clo, chi))
    mul = {'万': D(10000), '亿': D(10 ** 8), '': D(1)}
    absval = T * mul[tm] / (C * mul[cm]) / mul[pm]
    Pv = rate_val(absval, 1, pdec, factor=1)
    if Pv == 0:
        raise Retry('zero')
    tt = r.s(T, pick_fmt(rng, tdec, tm))
    tc = r.s(C, pick_fmt(rng, 0, cm))
    tp = r.s(Pv, pick_fmt(rng, pdec, pm), 'per')
    form = rng.randrange(2)
    if form == 0:
        r.lines.append('%s%s%s，%s%s%s，%s%s%s。' % (tn, tt, tuu, cn_, tc, cuu, pn, tp, puu))
    else:
        r.lines.append('%s为%s%s（%s%s%s，%s%s%s）。' % (pn, tp, puu, tn, tt, tuu, cn_, tc, cuu))
    r.c('per', total=tt, count=tc, value=tp)


def shares100(rng, k, dec):
    while True:
        w = [rng.random() + 0.15 for _ in range(k)]
        tot = sum(w)
        vals = [q(D(x / tot * 100), dec) for x in w]
        diff = D(100) - sum(vals)
        vals[vals.index(max(vals))] += diff
        if all(v > 0 for v in vals):
            return vals


def p_shares(r):
    rng = r.rng
    t = topic_for(r, avoid='year')
    k = rng.randint(3, min(5, len(t['parts']) if t['parts'] else 5))
    names = rng.sample(t['parts'], k) if t['parts'] else entities(rng, r.src, k)
    dec = rng.choice([1, 1, 2])
    vals = shares100(rng, k, dec)
    toks = [r.s(v, make_fmt('plain', dec, pct=True), 'pct', hi=D(100)) for v in vals]
    form = rng.randrange(3)
    if form == 0:
        r.lines.append('从%s构成看，%s。' % (t['noun'], '，'.join('%s占%s' % (n, x) for n, x in zip(names, toks))))
    elif form == 1:
        r.lines.append('%s%s分别占%s的%s。' % ('、'.join(names), '', t['noun'], '、'.join(toks)))
    else:
        r.lines.append('%s结构（占比）：' % t['noun'])
        r.lines.extend('%s %s' % (n, x) for n, x in zip(names, toks))
    r.c('share_sum', shares=toks)


def pp_pair(r, dec=None):
    rng = r.rng
    name, lo, hi, pdec, dlo, dhi = rng.choice(PP[r.src])
    dec = pdec if dec is None else dec
    a = rdec(rng, lo, hi, dec)
    d = rdec(rng, dlo, dhi, dec) if dlo >= 0 else -rdec(rng, -dhi, -dlo, dec)
    if d == 0:
        raise Retry('zero')
    b = a + d
    if b <= 0 or b >= 100:
        raise Retry('range')
    return name, a, b, dec


def p_pp(r):
    rng = r.rng
    name, a, b, dec = pp_pair(r)
    pf = make_fmt('plain', dec, pct=True)
    ta, tb = r.s(a, pf, 'pct', hi=D(100)), r.s(b, pf, 'pct', hi=D(100))
    td = r.s(abs(b - a), make_fmt('plain', dec), 'pct')
    up = b > a
    w = rng.choice(['提高', '上升']) if up else rng.choice(['下降', '降低'])
    form = rng.randrange(3)
    if form == 0:
        r.lines.append('%s由%d年的%s%s至%s，%s%s个百分点。' % (name, r.y - 1, ta, w, tb, w, td))
    elif form == 1:
        r.lines.append('%s为%s，比上年%s%s个百分点（上年为%s）。' % (name, tb, w, td, ta))
    else:
        r.lines.append('%d年%s%s，%d年%s，两年相比%s%s个百分点。' % (r.y - 1, name, ta, r.y, tb, w, td))
    r.c('pp', old=ta, new=tb, value=td, dir='up' if up else 'down')


def growth_pair(r, decs=None):
    rng = r.rng
    name, unit, lo, hi, vdecs, glo, ghi = rng.choice(GROWTH[r.src])
    dec = rng.choice(vdecs)
    A = rdec(rng, lo, hi, dec)
    B = q(A * D(1 + rng.uniform(glo, ghi)), dec)
    if B == A or A == 0:
        raise Retry('same')
    return name, unit, A, B, dec


def p_growth(r, same_period=False):
    rng = r.rng
    name, unit, A, B, dec = growth_pair(r)
    mult, u = unit_split(unit)
    fm = pick_fmt(rng, dec, mult)
    gd = rng.choice([1, 1, 2])
    g = rate_val(abs(B - A), A, gd)
    if g == 0:
        raise Retry('g0')
    ta, tb = r.s(A, fm), r.s(B, fm)
    tg = r.s(g, make_fmt('plain', gd, pct=True), 'pct')
    up = B > A
    w = rng.choice(['增长', '增加']) if up else rng.choice(['下降', '减少'])
    if '浓度' in name:
        w = '上升' if up else '下降'
    if same_period:
        form = rng.randrange(2) if u != '天' else 1
        if form == 0:
            r.lines.append('1—%d月，%s%s%s，上年同期为%s%s，同比%s%s。' % (rng.randint(3, 11), name, tb, u, ta, u, w, tg))
        else:
            r.lines.append('%d年%s%s%s，同比%s%s（上年同期为%s%s）。' % (r.y, name, tb, u, w, tg, ta, u))
    else:
        form = rng.randrange(3)
        if form == 0:
            r.lines.append('%d年%s%s%s，较上年的%s%s%s%s。' % (r.y, name, tb, u, ta, u, w, tg))
        elif form == 1:
            r.lines.append('%s从%d年的%s%s到%d年的%s%s，%s%s。' % (name, r.y - 1, ta, u, r.y, tb, u, w, tg))
        else:
            r.lines.append('%s%d年为%s%s，%d年为%s%s，%s%s。' % (name, r.y - 1, ta, u, r.y, tb, u, '增幅' if up else '降幅', tg))
    r.c('growth', old=ta, new=tb, value=tg, dir='up' if up else 'down')


def p_same_period(r):
    p_growth(r, same_period=True)


def p_table_share(r):
    rng = r.rng
    t = topic_for(r, avoid='year')
    it = Item(r, t, k=rng.randint(3, 5) if not t['parts'] else rng.randint(3, min(5, len(t['parts']))), nomult=True)
    if it.total == 0 or any(v == 0 for v in it.vals):
        raise Retry('zero')
    dec = rng.choice([1, 2])
    pf = make_fmt('plain', dec, pct=True)
    sep = rng.choice(SEPS)
    rows = [sep.join(['类别', '%s（%s）' % (t['noun'], t['unit']), '占比'])]
    body = []
    for i in range(len(it.ptok)):
        sh = r.s(rate_val(it.vals[i], it.total, dec), pf, 'pct', hi=D(100))
        r.c('rate', num=it.ptok[i], den=it.ttok, value=sh)
        body.append(sep.join([it.pnames[i], it.ptok[i], sh]))
    totrow = sep.join(['合计', it.ttok, '100%' if rng.random() < 0.5 else '100.0%'])
    rows += ([totrow] + body) if rng.random() < 0.3 else (body + [totrow])
    r.lines.append('%d年%s构成情况' % (r.y, t['noun']))
    r.lines.extend(rows)
    it.close()


def p_table_rates(r):
    rng = r.rng
    tp = rate_topic(r)
    den_n, num_n, rname, unit = tp[:4]
    k = rng.randint(3, 5)
    ents = entities(rng, r.src, k)
    dec = rng.choice([1, 2])
    sep = rng.choice(SEPS)
    r.lines.append('%s分%s情况' % (rname, '学校' if r.src == 'edu' else '地区'))
    r.lines.append(sep.join(['单位', '%s（%s）' % (den_n, unit), '%s（%s）' % (num_n, unit), rname]))
    for e in ents:
        td, tn, tr, *_ = draw_rate(r, tp, dec)
        r.lines.append(sep.join([e, td, tn, tr]))


def p_table_growth(r):
    rng = r.rng
    t = topic_for(r, avoid='year')
    it1 = Item(r, t, k=rng.randint(2, 4) if not t['parts'] else rng.randint(2, min(4, len(t['parts']))), nomult=True)
    if any(v == 0 for v in it1.vals):
        raise Retry('zero')
    vals2 = [q(v * D(1 + rng.uniform(-0.15, 0.3)), it1.dec) for v in it1.vals]
    it2 = Item(r, t, names=it1.names, dec=it1.dec, nomult=True)
    it2.vals = vals2
    it2.total = sum(vals2)
    for tk, v in zip(it2.ptok, vals2):
        r.lit(tk)['v'] = v
    r.lit(it2.ttok)['v'] = it2.total
    it2.fmt = it1.fmt
    for tk in it2.ptok + [it2.ttok]:
        r.lit(tk)['fmt'] = it1.fmt
    gd = 1
    sep = rng.choice(SEPS)
    r.lines.append('%s%d年与%d年对比（单位：%s）' % (t['noun'], r.y - 1, r.y, t['unit']))
    r.lines.append(sep.join(['项目', '%d年' % (r.y - 1), '%d年' % r.y, '增长（%）']))
    rows = []
    for i in range(len(it1.ptok)) :
        a, b = it1.vals[i], vals2[i]
        if a == b:
            raise Retry('same')
        g = rate_val(b - a, a, gd)
        tg = r.s(g, make_fmt('plain', gd), 'pct', lo='signed')
        r.c('growth', old=it1.ptok[i], new=it2.ptok[i], value=tg, dir='signed')
        rows.append(sep.join([it1.pnames[i], it1.ptok[i], it2.ptok[i], tg]))
    A, B = it1.total, it2.total
    g = rate_val(B - A, A, gd)
    tg = r.s(g, make_fmt('plain', gd), 'pct', lo='signed')
    r.c('growth', old=it1.ttok, new=it2.ttok, value=tg, dir='signed')
    rows.append(sep.join(['合计', it1.ttok, it2.ttok, tg]))
    r.lines.extend(rows)
    it1.close()
    it2.close()


def p_ratio(r):
    rng = r.rng
    pn, wn, rn, rlo, rhi, wlo, whi = RATIO[r.src]
    W = D(rint(rng, wlo * 100, whi * 100)) * 100   # in 万, at most 2 decimals in 亿
    dec = 2 if rhi < 0.05 else rng.choice([1, 2])
    if W * D(rlo) < 100000:        # part below 10亿: write it in 万元
        Pv = q(W * D(rng.uniform(rlo, rhi)), 0)
        pfm = make_fmt(rng.choice(['plain', 'comma', 'comma']), 0, '万')
    else:                          # part in 亿元 with 2 decimals
        Pv = q(W * D(rng.uniform(rlo, rhi)) / 100, 0) * 100
        pfm = make_fmt('plain', 2, '亿', div=10000)
    R = rate_val(Pv, W, dec)
    wf = make_fmt('plain', 2, '亿', div=10000)
    tw, tp = r.s(W, wf), r.s(Pv, pfm)
    tr = r.s(R, make_fmt('plain', dec, pct=True), 'pct', hi=D(100))
    form = rng.randrange(2)
    if form == 0:
        r.lines.append('%d年%s%s元，%s%s元，%s为%s。' % (r.y, pn, tp, wn, tw, rn, tr))
    else:
        r.lines.append('%s%s元，占%s（%s元）的%s。' % (pn, tp, wn, tw, tr))
    r.c('rate', num=tp, den=tw, value=tr)


def p_fullwidth(r):
    tp = rate_topic(r)
    td, tn, tr, *_ = draw_rate(r, tp, r.rng.choice([1, 2]), 'fw')
    den_n, num_n, rname, unit = tp[:4]
    if r.rng.random() < 0.5:
        r.lines.append('%s%s%s，%s%s%s，%s为%s。' % (den_n, td, unit, num_n, tn, unit, rname, tr))
    else:
        r.lines.append('%s达%s（%s%s%s/%s%s%s）。' % (rname, tr, num_n, tn, unit, den_n, td, unit))


def p_split(r):
    tp = rate_topic(r)
    td, tn, tr, *_ = draw_rate(r, tp, r.rng.choice([1, 2]), r.rng.choice(['plain', 'comma']))
    den_n, num_n, rname, unit = tp[:4]
    r.lines.append('%d年，%s%s%s。' % (r.y, den_n, td, unit))
    r.lines.append(r.rng.choice(['经统计，', '截至年底，', '']) + '%s%s%s。' % (num_n, tn, unit))
    r.lines.append('据此计算，%s为%s。' % (rname, tr))


def p_share_pp(r):
    rng = r.rng
    tp = rate_topic(r)
    den_n, num_n, rname, unit = tp[:4]
    dec = 1
    td, tn, tr, Dn, N = draw_rate(r, tp, dec)
    R = r.lit(tr)['v']
    d = rdec(rng, 0.3, 6, dec) * rng.choice([1, 1, -1])
    old = R - d
    if old <= 0 or old >= 100:
        raise Retry('range')
    to = r.s(old, make_fmt('plain', dec, pct=True), 'pct', hi=D(100))
    tdd = r.s(abs(d), make_fmt('plain', dec), 'pct')
    w = '提高' if d > 0 else '下降'
    r.lines.append('%s%s%s，%s%s%s，%s%s，比上年（%s）%s%s个百分点。' % (den_n, td, unit, num_n, tn, unit, rname, tr, to, w, tdd))
    r.c('pp', old=to, new=tr, value=tdd, dir='up' if d > 0 else 'down')


PCTS = [
    ('rate_after_numbers', p_rate_after),
    ('rate_before_numbers', p_rate_before),
    ('rate_in_brackets', p_rate_bracket),
    ('two_rates_two_bases', p_two_rates),
    ('pass_fail_rates', p_passfail),
    ('target_completion', p_target),
    ('per_capita_average', p_per),
    ('shares_sum_100', p_shares),
    ('pp_both_rates', p_pp),
    ('growth_both_values', p_growth),
    ('same_period_last_year', p_same_period),
    ('table_share_column', p_table_share),
    ('table_rates_by_unit', p_table_rates),
    ('table_growth_column', p_table_growth),
    ('amount_ratio_yi_wan', p_ratio),
    ('fullwidth_rate', p_fullwidth),
    ('rate_in_later_sentence', p_split),
    ('share_and_pp_change', p_share_pp),
]


# ---------------------------------------------------------------------------
# look-alike negatives (standalone or appended to a consistent statement)
# ---------------------------------------------------------------------------
def n_overlap(r):
    rng = r.rng
    t = topic_for(r, need='person')
    Dn = rint(rng, 200, 3000)
    k = rng.randint(2, 4)
    attrs = rng.sample(STU_ATTR if t['key'] in ('enroll', 'dest') else OVERLAP_ATTR, k)
    while True:
        vals = [int(Dn * rng.uniform(0.25, 0.7)) for _ in attrs]
        if sum(vals) > Dn:
            break
    fm = pick_fmt(rng, 0)
    td = r.s(Dn, fm)
    toks = [r.s(v, fm) for v in vals]
    r.lines.append('%s%s人，其中%s。' % (t['subj'], td, '、'.join(a + x + '人' for a, x in zip(attrs, toks))))
    r.c('neg', kind='overlap', parts=toks, total=td)
    r.notes.append('overlapping attributes (%s) are not a partition' % '/'.join(attrs))


def n_cumul(r):
    rng = r.rng
    a, u, b, lo, hi, clo, chi = CUMUL[r.src]
    n = rint(rng, lo, hi)
    c = rint(rng, max(clo, n * 3), max(chi, n * 4))
    tn, tc = r.s(n, pick_fmt(rng, 0)), r.s(c, pick_fmt(rng, 0))
    r.lines.append(rng.choice(['%d年%s%s%s，%s%s%s。', '%d年%s%s%s；截至年底，%s%s%s。']) % (r.y, a, tn, u, b, tc, u))
    r.c('neg', kind='cumulative_vs_new', new=tn, cumulative=tc)
    r.notes.append('new vs cumulative figure, no sum relation')


def n_ident(r):
    rng = r.rng
    idt = rng.choice(IDENT[r.src])
    lit = re.findall(r'[0-9A-Z][0-9A-Z+\-—\s]*[0-9A-Z]|\d', idt)[0]
    r.lines.append('%s，%s。' % (idt, rng.choice(['相关工作稳步推进', '进展顺利', '取得阶段性成效', '得到群众好评'])))
    r.c('neg', kind='identifier', literal=lit)
    r.notes.append('identifier/code %s is not arithmetic' % lit)


DOCTOPIC = {'edu': '高校毕业生就业创业', 'sci': '科技计划项目申报', 'emp': '稳就业保就业', 'trans': '农村公路养护',
            'eco': '危险废物专项整治'}


def n_dates(r):
    rng = r.rng
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    lit = '%d年%d月%d日' % (r.y, m, d)
    doc = '〔%d〕%d号' % (r.y, rng.randint(2, 60))
    r.lines.append('%s，%s%s印发《关于做好%d年%s工作的通知》（%s%s）。' % (lit, place(rng, '市'), DEPT[r.src], r.y,
                                                         DOCTOPIC[r.src], DEPT[r.src][:2], doc))
    r.c('neg', kind='identifier', literal=doc)
    r.notes.append('dates and document numbers are not arithmetic')


def n_two_wholes(r):
    rng = r.rng
    t = topic_for(r, avoid='year')
    it = Item(r, t)
    other = q(it.total * D(rng.uniform(3.0, 12.0)), it.dec)
    to = r.s(other, it.fmt)
    r.lines.append('%s%s，其中%s。%s全省同期%s为%s%s。' % (t['subj'], it.T(), it.plist('、'), rng.choice(['另据统计，', '同时，', '']),
                                              t['noun'], to, it.u))
    it.close()
    r.c('neg', kind='two_wholes', whole=it.ttok, other=to)
    r.notes.append('a second, larger whole is not the total of the listed parts')


def n_big_growth(r):
    rng = r.rng
    name, unit, lo, hi = BIGGROWTH[r.src]
    mult, u = unit_split(unit)
    dec = 2 if unit == '亿元' else 0
    A = rdec(rng, lo, hi, dec)
    B = q(A * D(rng.uniform(2.05, 4.0)), dec)
    g = rate_val(B - A, A, 1)
    fm = pick_fmt(rng, dec, mult)
    ta, tb = r.s(A, fm), r.s(B, fm)
    tg = r.s(g, make_fmt('plain', 1, pct=True), 'pct')
    r.lines.append('%s%s%s，较上年的%s%s增长%s。' % (name, tb, u, ta, u, tg))
    r.c('growth', old=ta, new=tb, value=tg, dir='up')
    r.c('neg', kind='growth_over_100', value=tg)
    r.notes.append('growth above 100% is legitimate')


def n_pp_nobase(r):
    rng = r.rng
    name, lo, hi, dec, dlo, dhi = rng.choice(PP[r.src])
    d = rdec(rng, abs(dlo) or 0.1, max(abs(dhi), abs(dlo) + 0.2), dec)
    if d == 0:
        raise Retry('z')
    td = r.s(d, make_fmt('plain', dec))
    w = '下降' if dhi < 0 else rng.choice(['提高', '上升'])
    r.lines.append('%s比上年%s%s个百分点，%s。' % (name, w, td, rng.choice(['好于预期', '完成年度目标', '位居全省前列'])))
    r.c('neg', kind='pp_no_base', value=td)
    r.notes.append('percentage-point change without the base rates')


def n_overlap_shares(r):
    rng = r.rng
    k = rng.randint(2, 4)
    t = topic_for(r, need='person')
    attrs = rng.sample(STU_ATTR if t['key'] in ('enroll', 'dest') else OVERLAP_ATTR, k)
    while True:
        vals = [rdec(rng, 30, 85, 1) for _ in attrs]
        if sum(vals) > 100:
            break
    toks = [r.s(v, make_fmt('plain', 1, pct=True), 'pct') for v in vals]
    r.lines.append('%s中，%s。' % (t['noun'], '，'.join('%s占%s' % (a, x) for a, x in zip(attrs, toks))))
    r.c('neg', kind='overlap_shares', shares=toks)
    r.notes.append('overlapping shares may sum past 100')


def n_permille(r):
    rng = r.rng
    a, b, lo, hi = PERMILLE[r.src]
    v = rdec(rng, lo, hi, rng.choice([1, 2]))
    tv = r.s(v, lambda x: format(x, 'f'))
    r.lines.append('%s%s%s。' % (a, tv, b))
    lit = tv + '‰'
    r.c('neg', kind='permille', literal=lit)
    r.notes.append('per-mille figure, not a percentage')


def n_nobase(r):
    rng = r.rng
    a = rng.choice(NOBASE[r.src])
    v = rdec(rng, 85, 99.4, rng.choice([1, 2]))
    tv = r.s(v, make_fmt('plain', len(str(v).split('.')[1]) if '.' in str(v) else 0, pct=True), 'pct')
    r.lines.append('%s%s。' % (a, tv))
    r.c('neg', kind='pct_no_base', literal=tv)
    r.notes.append('percentage without any base in the text')


def n_unstated(r):
    rng = r.rng
    tp = rate_topic(r)
    den_n, num_n, rname, unit, lo, hi, rlo, rhi = tp
    Dn = rint(rng, max(lo, 200), max(hi, 300))
    sub = rint(rng, Dn * 0.03, Dn * 0.2)
    fm = pick_fmt(rng, 0)
    td, ts = r.s(Dn, fm), r.s(sub, fm)
    for _ in range(50):
        v = rdec(rng, rlo * 100, min(rhi * 100, 99.5), 1)
        if all(rate_val(a, b, 1) != v for a, b in ((sub, Dn), (Dn - sub, Dn), (sub, Dn + sub), (Dn, Dn + sub))):
            break
    tv = r.s(v, make_fmt('plain', 1, pct=True), 'pct')
    r.lines.append('%s%s%s，比上年增加%s%s；%s为%s。' % (den_n, td, unit, ts, unit,
                                               rname.replace('率', '率（按全口径统计）', 1) if '率' in rname else rname, tv))
    r.c('neg', kind='rate_unstated', literal=tv, numbers=[td, ts])
    r.notes.append('rate whose numerator is not stated')


NEG_TOTALS = [n_overlap, n_cumul, n_ident, n_dates, n_two_wholes]
NEG_PCT = [n_big_growth, n_pp_nobase, n_overlap_shares, n_permille, n_nobase, n_unstated]


# ---------------------------------------------------------------------------
# context lines and malformed literals
# ---------------------------------------------------------------------------
def context(r, before=True):
    rng = r.rng
    src = r.src
    opts = [
        lambda: rng.choice(HEAD[src]),
        lambda: '（%d年%d月%d日）' % (r.y + 1, rng.randint(1, 3), rng.randint(1, 28)),
        lambda: '数据来源：%s%s' % (place(rng, '市'), rng.choice(['统计局', DEPT[src]])),
        lambda: '本%s共召开专题推进会%d次。' % (rng.choice(['年度', '季度']), rng.randint(2, 12)),
        lambda: '报告人：%s（%s%s局长）' % (person(rng), place(rng, '市'), DEPT[src][:-1]),
        lambda: '注：以上数据截至%d年12月底，部分为快报数。' % r.y,
        lambda: '%s坚持以人民为中心的发展思想，各项工作扎实推进。' % place(rng, '市'),
    ]
    if before:
        return [rng.choice(opts[:3] + opts[4:5] + opts[6:])()]
    return [rng.choice(opts[1:4] + opts[5:6])()]


def malform(rng, lit):
    """lit like '98.6%' -> malformed variant"""
    num = lit.rstrip('%％')
    opts = ['space', 'pre', 'double', 'xx']
    if '.' in num:
        opts.append('dots')
    k = rng.choice(opts)
    if k == 'space':
        return num + ' %'
    if k == 'pre':
        return '%' + num
    if k == 'double':
        return num + '%%'
    if k == 'xx':
        return rng.choice(['xx%', 'XX%', 'xx.x%'])
    i = re.search('[.．]', num).start()
    return num[:i] + '..' + num[i + 1:] + '%'


# ---------------------------------------------------------------------------
# record assembly
# ---------------------------------------------------------------------------
def bump(rng, sl):
    v = sl['v']
    f = sl['fmt']
    dec = getattr(f, 'dec', 0)
    div = getattr(f, 'div', D(1))
    unit = D(1).scaleb(-dec)
    if sl['kind'] == 'pct':
        gap = max(2 * unit, D('0.3'))
        extra = D(rng.choice([0, 0, 1, 2, 5, 9, 15, 30])) * unit + D(rng.choice([0, 0, 0, 1, 2])) * D('0.5')
        delta = q(gap + extra, dec)
        while delta < gap:
            delta += unit
        new = v + delta if rng.random() < 0.5 else v - delta
        if sl['lo'] == 'signed':
            return new
        if new <= 0 or (sl['hi'] is not None and new >= sl['hi']):
            new = v - delta if new > v else v + delta
        if new <= 0 or (sl['hi'] is not None and new >= sl['hi']):
            return None
        return new
    base = unit * div
    mag = abs(v) / base
    choices = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 50, 100, 200, 500, 1000]
    choices = [c for c in choices if c <= max(1, mag * D('0.2'))]
    delta = D(rng.choice(choices)) * base
    if sl['kind'] == 'per':
        delta = max(delta, 2 * base)
    new = v + delta if rng.random() < 0.5 else v - delta
    if new <= 0:
        new = v + delta
    return new


def build(style, fam, src, fn, label, rng, y, negkinds):
    r = Rec(rng, src, fam, label, y)
    kind = None
    if label == 'negative':
        options = []
        if negkinds:
            options += ['inline'] * 5
        options += ['append'] * 2 + ['alone'] * 2
        kind = rng.choice(options)
        if kind == 'inline':
            fn(r, rng.choice(list(negkinds) + ['partial'] * 2 if 'partial' in negkinds else negkinds))
        else:
            if kind == 'append':
                fn(r, None) if fam == 'totals' else fn(r)
            pool = NEG_TOTALS if fam == 'totals' else NEG_PCT
            rng.choice(pool)(r)
    else:
        fn(r, None) if fam == 'totals' else fn(r)
    note = ''
    if label == 'inconsistent':
        cnt, negrefs = r.refs()
        elig = [i for i, c in cnt.items() if c == 1 and i not in negrefs and r.slots[i]['kind'] != 'fixed']
        if not elig:
            raise Retry('no eligible slot')
        pct_el = [i for i in elig if r.slots[i]['kind'] == 'pct']
        if fam == 'pct' and pct_el and rng.random() < 0.8:
            elig = pct_el
        elif fam == 'totals':
            e2 = [i for i in elig if r.slots[i]['kind'] != 'pct']
            elig = e2 or elig
        i = rng.choice(elig)
        sl = r.slots[i]
        old = sl['fmt'](sl['v'])
        if fam == 'pct' and sl['kind'] == 'pct' and old.endswith(('%', '％')) and rng.random() < 0.22:
            sl['malformed'] = malform(rng, old)
            for ch in r.checks:
                if TOK.search(json.dumps(ch, ensure_ascii=False)) and ('⟦%d⟧' % i) in json.dumps(ch, ensure_ascii=False):
                    was = ch['rel']
                    ch.clear()
                    ch.update(rel='malformed_pct', literal='⟦%d⟧' % i, was=was)
                    break
            note = 'inconsistent: malformed percentage literal %s (should be %s)' % (sl['malformed'], old)
        else:
            new = bump(rng, sl)
            if new is None:
                raise Retry('bump')
            sl['v'] = new
            note = 'inconsistent: %s changed from %s to %s' % ('percentage value' if sl['kind'] == 'pct' else 'number', old, sl['fmt'](new))
    elif label == 'consistent':
        note = 'consistent: all %d relation(s) hold' % len(r.checks)
        if r.notes:
            note += '; ' + '; '.join(r.notes)
    else:
        note = 'negative (%s): %s' % (kind, '; '.join(r.notes) or 'look-alike')
    lines = []
    nb = rng.choice([0, 1, 1, 2])
    for _ in range(nb):
        c = context(r, True)
        if c[0] not in lines and not (lines and '坚持以人民' in lines[-1] and '坚持以人民' in c[0]):
            lines += c
    lines += r.lines
    if rng.random() < 0.5:
        lines += context(r, False)
    if len(lines) > 8:
        lines = r.lines[:8]
        if len(r.lines) > 8:
            raise Retry('too long')
    text = r.render_str('\n'.join(lines))
    checks = r.render_obj(r.checks)
    return dict(family=fam, style=style, label=label, text=text, note=note, checks=checks)


SOURCES = ['edu', 'sci', 'emp', 'trans', 'eco']


def all_styles():
    out = []
    for name, fn, nk in TOTALS:
        for s in SOURCES:
            out.append(('%s_%s' % (name, s), 'totals', s, fn, nk))
    for name, fn in PCTS:
        for s in SOURCES:
            out.append(('%s_%s' % (name, s), 'pct', s, fn, ()))
    return out


def generate(seed):
    recs = []
    seen = set()
    for style, fam, src, fn, nk in all_styles():
        rng = random.Random('numbers39|%d|%s' % (seed, style))
        n = rng.randint(15, 18)
        nneg = round(n * 0.2)
        ncons = (n - nneg + rng.randint(0, 1)) // 2
        ninc = n - nneg - ncons
        labels = ['consistent'] * ncons + ['inconsistent'] * ninc + ['negative'] * nneg
        rng.shuffle(labels)
        idx = 0
        for lab in labels:
            for attempt in range(400):
                y = rng.randint(2019, 2024)
                try:
                    rec = build(style, fam, src, fn, lab, rng, y, nk)
                except Retry:
                    continue
                if rec['text'] in seen:
                    continue
                got, err = derive(rec)
                if err or got != lab:
                    continue
                seen.add(rec['text'])
                idx += 1
                rec = dict(id='n39-s%d-%s-%02d' % (seed, style, idx), **rec)
                recs.append(rec)
                break
            else:
                raise SystemExit('could not build %s %s' % (style, lab))
    return recs


# ---------------------------------------------------------------------------
# independent verifier: own parser, Decimal, ROUND_HALF_UP
# ---------------------------------------------------------------------------
V_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
V_FW.update({'．': '.', '，': ',', '％': '%'})
V_CN = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
V_UNIT = {'十': 10, '百': 100, '千': 1000}


def v_cn(s):
    total = 0
    for big, mul in (('亿', 10 ** 8), ('万', 10 ** 4)):
        if big in s:
            head, s = s.split(big, 1)
            total += v_cn_small(head) * mul
    return total + (v_cn_small(s) if s else 0)


def v_cn_small(s):
    val, cur = 0, None
    for ch in s:
        if ch in V_CN:
            cur = V_CN[ch]
        elif ch in V_UNIT:
            val += (1 if cur is None else cur) * V_UNIT[ch]
            cur = None
        else:
            raise ValueError('bad chinese numeral %r' % s)
    return val + (cur or 0)


class Num:
    __slots__ = ('value', 'mant', 'mult', 'dec')

    def __init__(self, value, mant, mult, dec):
        self.value, self.mant, self.mult, self.dec = value, mant, mult, dec


def v_parse(s):
    t = ''.join(V_FW.get(ch, ch) for ch in s.strip())
    for suf in ('%', '‰'):
        t = t.rstrip(suf)
    mult = D(1)
    if t and t[-1] in '万亿' and re.search(r'[0-9]', t):
        mult = D(10000) if t[-1] == '万' else D(10 ** 8)
        t = t[:-1]
    if re.fullmatch(r'[零〇一二两三四五六七八九十百千万亿]+', t):
        v = D(v_cn(t))
        return Num(v * mult, v, mult, 0)
    if re.fullmatch(r'\d{1,3}([, ]\d{3})+(\.\d+)?', t):
        t = re.sub(r'[, ]', '', t)
    if not re.fullmatch(r'\d+(\.\d+)?', t):
        raise ValueError('unparseable number %r' % s)
    m = D(t)
    dec = len(t.split('.')[1]) if '.' in t else 0
    return Num(m * mult, m, mult, dec)


MALFORMED = [re.compile(p) for p in (r'[xX]{1,3}(\.[xX]+)?\s*[%％]', r'\d\s+[%％]', r'[%％]\d', r'[%％]{2}',
                                     r'\d[.．]{2,}\d')]


def v_malformed(lit):
    return any(p.search(lit) for p in MALFORMED)


def v_round(x, dec):
    return x.quantize(D(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def v_gap_ok(stated, computed, dec):
    return abs(stated - computed) >= max(2 * D(1).scaleb(-dec), D('0.3'))


def v_nums(ch):
    out = []
    for k, v in ch.items():
        if k in ('rel', 'kind', 'marker', 'phrase', 'items', 'names', 'dir', 'was'):
            continue
        if isinstance(v, list):
            out += v
        else:
            out.append(v)
    return out


def v_check(ch, text):
    """return (holds: bool|None for neg, error or '')"""
    rel = ch.get('rel')
    for s in v_nums(ch):
        if s not in text:
            return None, 'number %r not in text' % s
    P = lambda s: v_parse(s)
    try:
        if rel == 'sum':
            return sum(P(x).value for x in ch['parts']) == P(ch['total']).value, ''
        if rel == 'balance':
            v = sum(P(x).value for x in ch['plus']) - sum(P(x).value for x in ch['minus'])
            return v == P(ch['result']).value, ''
        if rel == 'count_items':
            if not all(x in text for x in ch['items']):
                return None, 'item missing'
            return len(ch['items']) == P(ch['count']).value, ''
        if rel == 'count_names':
            if not all(x in text for x in ch['names']) or len(set(ch['names'])) != len(ch['names']):
                return None, 'name missing/duplicate'
            return len(ch['names']) == P(ch['count']).value, ''
        if rel == 'rate':
            st = P(ch['value'])
            comp = v_round(P(ch['num']).value / P(ch['den']).value * 100, st.dec)
            ok = comp == st.mant
            if not ok and not v_gap_ok(st.mant, comp, st.dec):
                return None, 'wrong rate too close to truth (%s vs %s)' % (st.mant, comp)
            return ok, ''
        if rel == 'per':
            st = P(ch['value'])
            comp = v_round(P(ch['total']).value / P(ch['count']).value / st.mult, st.dec)
            ok = comp == st.mant
            if not ok and abs(comp - st.mant) < 2 * D(1).scaleb(-st.dec):
                return None, 'wrong average too close'
            return ok, ''
        if rel == 'growth':
            a, b = P(ch['old']).value, P(ch['new']).value
            g = (b - a) / a * 100
            vs = ch['value'].strip()
            if ch['dir'] == 'down':
                g = -g
            negv = ch['dir'] == 'signed' and vs.startswith('-')
            st = P(vs.lstrip('-') if ch['dir'] == 'signed' else vs)
            val = -st.mant if negv else st.mant
            comp = v_round(g, st.dec)
            ok = comp == val
            if not ok and not v_gap_ok(val, comp, st.dec):
                return None, 'wrong growth too close'
            return ok, ''
        if rel == 'pp':
            a, b, st = P(ch['old']), P(ch['new']), P(ch['value'])
            diff = b.mant - a.mant if ch['dir'] == 'up' else a.mant - b.mant
            comp = v_round(diff, st.dec)
            ok = comp == st.mant
            if not ok and not v_gap_ok(st.mant, comp, st.dec):
                return None, 'wrong pp too close'
            return ok, ''
        if rel == 'share_sum':
            ps = [P(x) for x in ch['shares']]
            tot = sum(p.mant for p in ps)
            ok = tot == 100
            if not ok and abs(tot - 100) < D('0.3'):
                return None, 'share sum too close'
            return ok, ''
        if rel == 'malformed_pct':
            if not v_malformed(ch['literal']):
                return None, 'literal %r is not malformed' % ch['literal']
            return False, ''
        if rel == 'neg':
            k = ch.get('kind')
            if k == 'partial_list':
                if ch['marker'] not in text:
                    return None, 'marker missing'
                return (None, '') if sum(P(x).value for x in ch['parts']) < P(ch['total']).value else (None, 'partial sums reach total')
            if k == 'approx_total':
                ph = ch['phrase']
                if ph not in text or ch['marker'] not in ph or ch['total'] not in ph:
                    return None, 'approx phrase'
                return (None, '') if sum(P(x).value for x in ch['parts']) != P(ch['total']).value else (None, 'approx equals sum')
            if k == 'overlap':
                return (None, '') if sum(P(x).value for x in ch['parts']) != P(ch['total']).value else (None, 'overlap sums exactly')
            if k == 'cumulative_vs_new':
                return (None, '') if P(ch['new']).value < P(ch['cumulative']).value else (None, 'new>=cumulative')
            if k == 'two_wholes':
                return (None, '') if P(ch['other']).value != P(ch['whole']).value else (None, 'wholes equal')
            if k == 'identifier':
                return (None, '') if ch['literal'] in text else (None, 'identifier missing')
            if k == 'growth_over_100':
                return (None, '') if P(ch['value']).value > 100 else (None, 'growth not over 100')
            if k == 'pp_no_base':
                return (None, '') if (ch['value'] + '个百分点') in text else (None, 'pp phrase missing')
            if k == 'overlap_shares':
                return (None, '') if sum(P(x).mant for x in ch['shares']) > 100 else (None, 'shares not over 100')
            if k == 'permille':
                return (None, '') if ch['literal'].endswith('‰') else (None, 'not permille')
            if k == 'pct_no_base':
                return (None, '') if ch['literal'].endswith(('%', '％')) else (None, 'not a percentage')
            if k == 'rate_unstated':
                st = P(ch['literal'])
                ns = [P(x).value for x in ch['numbers']]
                ns = ns + [a + b for i, a in enumerate(ns) for b in ns[i + 1:]]
                for a in ns:
                    for b in ns:
                        if b and a < b and v_round(a / b * 100, st.dec) == st.mant:
                            return None, 'rate is actually derivable'
                        if b and a < b and v_round((b - a) / b * 100, st.dec) == st.mant:
                            return None, 'rate is actually derivable (complement)'
                return None, ''
            return None, 'unknown neg kind %r' % k
    except (ValueError, KeyError, ArithmeticError) as e:
        return None, 'error: %s' % e
    return None, 'unknown rel %r' % rel


def derive(rec):
    """return (label, error)"""
    text = rec['text']
    checks = rec.get('checks') or []
    if not checks:
        return None, 'no checks'
    fails, negs = 0, 0
    mal_lits = []
    for ch in checks:
        ok, err = v_check(ch, text)
        if err:
            return None, err
        if ch['rel'] == 'neg':
            negs += 1
        elif ch['rel'] == 'malformed_pct':
            fails += 1
            mal_lits.append(ch['literal'])
        elif not ok:
            fails += 1
    # every malformed-looking percentage in the text must be declared
    for p in MALFORMED:
        for m in p.finditer(text):
            if not any(m.group(0) in lit or lit in text[max(0, m.start() - 12):m.end() + 12] for lit in mal_lits):
                return None, 'undeclared malformed literal %r' % m.group(0)
    if len(text.split('\n')) > 8:
        return None, 'more than 8 lines'
    if negs:
        if fails:
            return None, 'negative record with failing relation'
        return 'negative', ''
    if fails == 0:
        return 'consistent', ''
    if fails == 1:
        return 'inconsistent', ''
    return None, '%d relations fail' % fails


def verify(files):
    bad = 0
    total = 0
    for fn in files:
        with open(fn, encoding='utf-8') as f:
            for ln, line in enumerate(f, 1):
                rec = json.loads(line)
                total += 1
                for key in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
                    if key not in rec:
                        print('%s:%d missing %s' % (fn, ln, key))
                        bad += 1
                if rec.get('family') not in ('totals', 'pct') or not re.fullmatch(r'[a-z0-9_]+', rec.get('style', '')):
                    print('%s:%d bad family/style' % (fn, ln))
                    bad += 1
                if '\n' in rec.get('note', ''):
                    print('%s:%d multi-line note' % (fn, ln))
                    bad += 1
                got, err = derive(rec)
                if err or got != rec.get('label'):
                    bad += 1
                    print('%s:%d %s label=%s derived=%s %s' % (fn, ln, rec.get('id'), rec.get('label'), got, err))
    print('verified %d records in %d file(s): %d disagreement(s)' % (total, len(files), bad))
    return 1 if bad else 0


def table(fn):
    rows = {}
    ex = {}
    for line in open(fn, encoding='utf-8'):
        r = json.loads(line)
        k = (r['style'], r['family'])
        rows.setdefault(k, {'consistent': 0, 'inconsistent': 0, 'negative': 0})[r['label']] += 1
        if k not in ex and r['label'] == 'consistent':
            ctx = ('（20', '数据来源', '报告人', '注：', '本年度', '本季度')
            body = [l for l in r['text'].split('\n') if any(c.isdigit() for c in l) and not l.startswith(ctx)] or [r['text']]
            ex[k] = ' ⏎ '.join(body)[:90].replace('|', '\\|').replace('\t', '⇥')
    print('| style | family | consistent | inconsistent | negative | example (consistent, shortened) |')
    print('|---|---|---|---|---|---|')
    for (s, f), c in rows.items():
        print('| %s | %s | %d | %d | %d | %s |' % (s, f, c['consistent'], c['inconsistent'], c['negative'], ex.get((s, f), '')))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--table')
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.table:
        table(a.table)
        return
    if a.seed is None or not a.out:
        ap.error('need --seed and --out (or --verify FILES)')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    cnt = {}
    for r in recs:
        cnt[(r['family'], r['label'])] = cnt.get((r['family'], r['label']), 0) + 1
    print('wrote %d records, %d styles -> %s' % (len(recs), len({r['style'] for r in recs}), a.out))
    for k in sorted(cnt):
        print('  %s %s: %d' % (k[0], k[1], cnt[k]))


if __name__ == '__main__':
    main()
