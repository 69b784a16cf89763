#!/usr/bin/env python3
"""text24_gen.py - held-out test collection for a placeholder / mojibake auditor of Chinese report text.

Usage:
    python3 text24_gen.py --seed N --out FILE        generate (deterministic per seed)
    python3 text24_gen.py --verify FILE [FILE ...]    check records, exit 1 on any problem
    python3 text24_gen.py --style-table FILE          print a Markdown style table for FILE

Standard library only.  Every record is built by a "writer" that tracks Python str offsets of
every marked stretch (placeholder or damaged text) while the text is assembled, so spans are exact
by construction.  Encoding damage is produced with real codecs (str.encode(...).decode(...)).
"""
import argparse
import base64
import csv
import html
import html.entities
import io
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse

# ----------------------------------------------------------------------------------------------
# writer
# ----------------------------------------------------------------------------------------------

_SLOT_RE = re.compile(r'\{([a-z_0-9]+)\}')


class W:
    """Accumulates text; marks stretches with exact offsets."""

    def __init__(self, rng, masker=None):
        self.rng = rng
        self.parts = []
        self.n = 0
        self.spans = []
        self.origs = []
        self.masker = masker

    def t(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)

    def m(self, s, orig=None):
        assert s, 'empty mark'
        if orig is not None:
            assert s != orig, ('damage equals original', s)
        self.spans.append([self.n, self.n + len(s)])
        self.origs.append(orig)
        self.t(s)

    def nl(self):
        self.t('\n')

    def fill(self, tmpl):
        pos = 0
        for mo in _SLOT_RE.finditer(tmpl):
            self.t(tmpl[pos:mo.start()])
            self.slot(mo.group(1))
            pos = mo.end()
        self.t(tmpl[pos:])

    def line(self, tmpl):
        self.fill(tmpl)
        self.nl()

    def slot(self, kind):
        val = VAL[kind](self.rng)
        if self.masker is not None:
            r = self.masker(kind, val, self.rng)
            if r is not None:
                pre, mk, post = r
                self.t(pre)
                self.m(mk)
                self.t(post)
                return
        self.t(val)

    def text(self):
        return ''.join(self.parts)

    def finish(self):
        txt = self.text()
        while txt.endswith('\n'):
            txt = txt[:-1]
        for s, e in self.spans:
            assert e <= len(txt)
        return txt


# ----------------------------------------------------------------------------------------------
# vocabulary (all invented)
# ----------------------------------------------------------------------------------------------

SURN = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵严覃戴莫孔汤')
GIVEN = ['伟', '芳', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰',
         '海燕', '志红', '建国', '晓东', '立文', '斌', '浩宇', '欣怡', '子涵', '俊峰', '家豪', '雨婷', '思远',
         '振华', '丽萍', '永刚', '卫东', '春梅', '国庆', '文博', '佳琪', '一鸣', '润泽', '晨曦', '瑞芳', '德胜',
         '桂芝', '红梅', '少华', '宏亮', '金凤', '书文', '亚楠', '梦瑶', '建军', '丹', '宁', '琳', '波']
P1 = list('云临石桐安青柳望金松枫兰白永宁和丰泰鹤凤桃梅杏溪岚榆槐栖澄岱蓉')
P2 = list('溪江岭湾澜禾塘川源阳坪桥洲港原泉山湖林亭浦岗屯滨')
INDUSTRY = ['建设工程', '市政工程', '环境科技', '物业服务', '信息技术', '农业开发', '商贸', '建筑劳务', '园林绿化',
            '医疗器械', '电子科技', '文化传媒', '工程咨询', '路桥', '水利水电', '供应链管理', '食品', '新材料']
ORG_SUF = ['有限公司', '有限责任公司', '股份有限公司', '集团有限公司']
DEPTS = ['财政局', '住房和城乡建设局', '自然资源局', '农业农村局', '卫生健康局', '教育局', '民政局', '应急管理局',
         '市场监督管理局', '人力资源和社会保障局', '交通运输局', '水务局', '文化广电旅游局', '统计局']
OFFICES = ['党政办', '综治办', '社会事务办', '经济发展办', '城建办', '党建办', '财政所', '司法所', '退役军人服务站']
PROJ = ['道路提升改造工程', '污水管网完善工程', '老旧小区改造项目', '农村公路提升工程', '学校运动场建设项目',
        '智慧社区平台采购项目', '河道综合整治工程', '党群服务中心装修工程', '路灯节能改造项目', '农贸市场升级改造工程',
        '公共厕所新建工程', '防汛物资采购项目', '高标准农田建设项目', '垃圾分类收运服务项目']
TITLES = ['科员', '副主任', '主任', '副科长', '科长', '办事员', '网格员', '会计', '项目经理', '技术负责人', '安全员']
SCHOOLS = ['师范大学', '理工大学', '财经学院', '职业技术学院', '农业大学', '医科大学', '科技大学']
MAJORS = ['汉语言文学', '行政管理', '会计学', '土木工程', '计算机科学与技术', '环境工程', '法学', '市场营销', '护理学']
ROOMS = ['第一会议室', '三楼会议室', '党员活动室', '综合会议室', '507会议室', '视频会商室']


def _base(r):
    return r.choice(P1) + r.choice(P2)


def _person(r):
    return r.choice(SURN) + r.choice(GIVEN)


def _date(r):
    return '%d月%d日' % (r.randint(1, 12), r.randint(1, 28))


def _money(r):
    return '%d.%02d' % (r.randint(1, 999), r.randint(0, 99))


def _pct(r):
    return r.choice(['%d.%d' % (r.randint(1, 99), r.randint(0, 9)), str(r.randint(1, 99)), '%d.%02d' % (r.randint(60, 99), r.randint(0, 99))])


def _mobile(r):
    return r.choice(['138', '139', '137', '150', '152', '158', '186', '189', '177', '135']) + '%08d' % r.randint(0, 99999999)


def _phone(r):
    return '0%d-%d' % (r.randint(710, 799), r.randint(2000000, 8999999))


def _idno(r):
    y = r.randint(1965, 2000)
    core = '%06d%04d%02d%02d%03d' % (r.choice([440106, 441802, 360102, 430104, 510105, 320102, 350203]), y,
                                      r.randint(1, 12), r.randint(1, 28), r.randint(0, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = '10X98765432'[sum(int(c) * k for c, k in zip(core, w)) % 11]
    return core + chk


def _credit(r):
    al = '0123456789ABCDEFGHJKLMNPQRTUWY'   # no X in clean values
    return '91' + '%06d' % r.randint(100000, 999999) + ''.join(r.choice(al) for _ in range(10))


VAL = {
    'n': lambda r: str(r.randint(12, 980)),
    'n2': lambda r: str(r.randint(2, 30)),
    'big': lambda r: str(r.randint(1200, 98000)),
    'pct': _pct,
    'money': _money,
    'date': _date,
    'ymd': lambda r: '%d年%s' % (r.randint(2019, 2024), _date(r)),
    'year': lambda r: str(r.randint(2019, 2024)),
    'base': _base,
    'person': _person,
    'org': lambda r: _base(r) + r.choice(INDUSTRY) + r.choice(ORG_SUF),
    'dept': lambda r: r.choice(DEPTS),
    'office': lambda r: r.choice(OFFICES),
    'proj': lambda r: _base(r) + r.choice(PROJ),
    'mobile': _mobile,
    'phone': _phone,
    'idno': _idno,
    'credit': _credit,
    'title': lambda r: r.choice(TITLES),
    'school': lambda r: _base(r) + r.choice(SCHOOLS),
    'major': lambda r: r.choice(MAJORS),
    'room': lambda r: r.choice(ROOMS),
    'time': lambda r: '%d:%s' % (r.randint(8, 16), r.choice(['00', '30'])),
    'code': lambda r: '%s%d-%03d' % (r.choice(['CG', 'ZB', 'GC', 'FW', 'HW']), r.randint(2021, 2024), r.randint(1, 300)),
    'days': lambda r: str(r.choice([30, 45, 60, 90, 120, 180, 240, 365])),
    'birth': lambda r: '%d.%02d' % (r.randint(1968, 2001), r.randint(1, 12)),
    'card': lambda r: '6222' + ''.join(str(r.randint(0, 9)) for _ in range(15)),
    'docnum': lambda r: str(r.randint(1, 88)),
    'abbr': lambda r: r.choice(P1) + r.choice(['政办', '府', '财', '建', '农', '卫健', '教', '民', '街办', '发']),
}

# ----------------------------------------------------------------------------------------------
# genres: clean document skeletons with {slots}
# ----------------------------------------------------------------------------------------------


def _pick(r, lines, lo, hi):
    k = min(len(lines), r.randint(lo, hi))
    idx = sorted(r.sample(range(len(lines)), k))
    return [lines[i] for i in idx]


GENRES = {}


def genre(name):
    def deco(fn):
        GENRES[name] = fn
        return fn
    return deco


@genre('work_report')
def g_work_report(w):
    r = w.rng
    w.line(r.choice(['{base}街道{year}年上半年工作情况报告', '{base}镇{year}年工作总结和{year}年工作计划', '{base}区{year}年政府工作报告（摘要）']))
    for L in _pick(r, [
        '一、主要工作完成情况',
        '（一）经济运行稳中有进。全年完成地区生产总值{money}亿元，同比增长{pct}%；规模以上工业增加值{money}亿元。',
        '（二）项目建设提速增效。全年实施重点项目{n2}个，完成投资{money}亿元，其中{proj}已于{date}完工。',
        '（三）民生保障持续加强。新增城镇就业{n}人，发放各类救助资金{money}万元，惠及困难群众{n}户。',
        '（四）基层治理不断夯实。调处矛盾纠纷{n}宗，调解成功率{pct}%，{base}社区获评市级平安社区。',
        '（五）生态环境明显改善。整治黑臭水体{n2}处，新增绿地{n}亩，空气质量优良天数{n}天。',
        '二、存在的问题',
        '一是产业结构仍需优化，新兴产业占比偏低；二是公共服务供给与群众期盼还有差距。',
        '三、下一步工作打算',
        '围绕全年目标任务，加快{proj}建设进度，确保{date}前完成主体工程。',
    ], 4, 8):
        w.line(L)


@genre('work_summary')
def g_work_summary(w):
    r = w.rng
    w.line(r.choice(['{dept}{year}年度工作总结', '{base}市{dept}关于{year}年工作情况的总结', '{office}{year}年工作总结']))
    for L in _pick(r, [
        '{year}年，我局在市委、市政府的坚强领导下，紧紧围绕年度目标任务，各项工作取得新进展。',
        '1.完成{base}市省级卫生城市复审申报工作，{date}上报省爱卫办。',
        '2.全年组织专项检查{n}次，出动执法人员{n}人次，下达整改通知书{n2}份。',
        '3.财政拨款{money}万元用于病媒生物防制，{date}完成第三方服务招标。',
        '4.开展业务培训{n2}期，培训干部职工{n}人次，考核合格率{pct}%。',
        '5.{person}副局长带队赴{base}县开展调研，形成调研报告{n2}篇。',
        '6.指导{n2}个乡镇完成年度任务，群众满意度达{pct}%。',
        '下一步，我们将持续巩固创建成果，推动各项工作再上新台阶。',
    ], 4, 7):
        w.line(L)


@genre('notice')
def g_notice(w):
    r = w.rng
    w.line(r.choice(['关于开展{year}年安全生产大检查的通知', '关于做好{year}年防汛工作的通知', '关于召开{year}年度工作会议的通知']))
    w.line('各村（社区）、各站所：')
    for L in _pick(r, [
        '为切实做好相关工作，经研究，决定于{date}开展专项行动，现将有关事项通知如下：',
        '一、时间安排：{ymd}至{date}。',
        '二、参加人员：各单位主要负责人及分管负责人，共{n2}人。',
        '三、会议地点：{base}街道办事处{room}。',
        '四、工作要求：各单位要高度重视，于{date}前将自查报告报送{office}。',
        '联系人：{person}，联系电话：{phone}。',
    ], 3, 6):
        w.line(L)
    w.line('{base}街道办事处')
    w.line('{ymd}')


@genre('contract')
def g_contract(w):
    r = w.rng
    w.line(r.choice(['技术服务合同', '物业服务委托合同', '设备采购合同', '房屋租赁合同']))
    for L in _pick(r, [
        '甲方：{org}',
        '乙方：{org}',
        '甲乙双方经友好协商，就{proj}相关事宜达成如下协议：',
        '第一条 合同金额：人民币{money}万元（含税）。',
        '第二条 服务期限：自{ymd}起至{ymd}止，共计{days}日历天。',
        '第三条 付款方式：合同签订后{n2}个工作日内支付合同价款的{pct}%。',
        '第四条 乙方指定{person}为项目负责人，联系电话{mobile}。',
        '第五条 本合同一式{n2}份，甲乙双方各执一份，具有同等法律效力。',
        '甲方代表（签字）：{person}    乙方代表（签字）：{person}',
    ], 5, 9):
        w.line(L)


@genre('minutes')
def g_minutes(w):
    r = w.rng
    w.line(r.choice(['{base}社区党委会议纪要', '{dept}局务会议纪要', '{proj}推进会会议纪要']))
    for L in _pick(r, [
        '时间：{ymd}{time}',
        '地点：{room}',
        '主持人：{person}',
        '参会人员：{person}、{person}、{person}、{person}',
        '记录人：{person}',
        '会议议定事项如下：',
        '一、原则同意{proj}实施方案，由{office}牵头，{date}前完成前期手续。',
        '二、同意拨付专项经费{money}万元，用于{base}村基础设施维护。',
        '三、请{person}同志负责跟进整改，每周报送进度。',
    ], 5, 9):
        w.line(L)


@genre('stat_table')
def g_stat_table(w):
    r = w.rng
    sep = r.choice(['\t', ' | ', '，', '  '])
    w.line('{base}市{year}年主要经济指标完成情况')
    w.line(sep.join(['指标名称', '单位', '本年完成', '同比增长（%）']))
    rows = [['地区生产总值', '亿元', '{money}', '{pct}'], ['固定资产投资', '亿元', '{money}', '{pct}'],
            ['社会消费品零售总额', '亿元', '{money}', '{pct}'], ['一般公共预算收入', '万元', '{big}', '{pct}'],
            ['城镇居民人均可支配收入', '元', '{big}', '{pct}'], ['农村居民人均可支配收入', '元', '{big}', '{pct}'],
            ['新增市场主体', '户', '{n}', '{pct}'], ['接待游客', '万人次', '{money}', '{pct}']]
    for row in _pick(r, rows, 3, 7):
        w.line(sep.join(row))
    w.line('注：数据来源于{base}市统计局。')


@genre('tender')
def g_tender(w):
    r = w.rng
    w.line('{proj}招标公告')
    for L in _pick(r, [
        '项目编号：{code}',
        '招标人：{base}市{dept}',
        '招标代理机构：{org}',
        '一、项目概况：本项目估算总投资{money}万元，计划工期{days}日历天。',
        '二、投标人资格要求：具备建筑工程施工总承包三级及以上资质，拟派项目经理具有二级注册建造师证书。',
        '三、招标文件获取时间：{ymd}至{date}（法定节假日除外）。',
        '四、投标截止时间：{ymd}{time}，逾期送达的投标文件不予受理。',
        '五、开标地点：{base}市公共资源交易中心{room}。',
        '联系人：{person}  电话：{phone}',
    ], 5, 9):
        w.line(L)


@genre('bid_result')
def g_bid_result(w):
    r = w.rng
    w.line('{proj}评标结果公示')
    for L in _pick(r, [
        '项目编号：{code}',
        '第一中标候选人：{org}，投标报价：{money}万元，工期：{days}日历天，项目经理：{person}。',
        '第二中标候选人：{org}，投标报价：{money}万元。',
        '第三中标候选人：{org}，投标报价：{money}万元。',
        '评标委员会成员：{person}、{person}、{person}、{person}、{person}',
        '公示期：{ymd}至{date}。',
        '投标人对评标结果有异议的，应当在公示期内向招标人提出。',
        '招标人：{base}市{dept}  联系电话：{phone}',
    ], 4, 8):
        w.line(L)


@genre('construction_contract')
def g_construction(w):
    r = w.rng
    w.line('建设工程施工合同（协议书）')
    for L in _pick(r, [
        '发包人（全称）：{base}市{dept}',
        '承包人（全称）：{org}',
        '一、工程概况  工程名称：{proj}；工程地点：{base}市{base}路；工程内容：土建、安装及附属工程。',
        '二、合同工期  计划开工日期：{ymd}；计划竣工日期：{ymd}；工期总日历天数：{days}天。',
        '三、质量标准  工程质量符合合格标准。',
        '四、签约合同价  人民币（大写）{money}万元整。',
        '五、项目经理  承包人项目经理：{person}，注册编号：{code}。',
        '六、合同订立地点：{base}市{base}区。',
    ], 5, 8):
        w.line(L)


@genre('annual_report')
def g_annual_report(w):
    r = w.rng
    w.line('{org}{year}年年度报告摘要')
    for L in _pick(r, [
        '第一节 重要提示',
        '本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实、准确、完整。',
        '公司负责人{person}、主管会计工作负责人{person}声明：保证年度报告中财务报告的真实、准确、完整。',
        '报告期内，公司实现营业收入{money}亿元，同比增长{pct}%；归属于上市公司股东的净利润{money}万元。',
        '截至报告期末，公司总资产{money}亿元，员工总数{big}人，其中研发人员{n}人。',
        '董事会审议通过的利润分配预案为：以总股本为基数，向全体股东每10股派发现金红利{n2}元（含税）。',
        '会计师事务所为公司出具了标准无保留意见的审计报告。',
    ], 4, 7):
        w.line(L)


@genre('company_reg')
def g_company_reg(w):
    r = w.rng
    w.line('企业设立登记申请表')
    for L in _pick(r, [
        '名称：{org}',
        '统一社会信用代码：{credit}',
        '住所：{base}市{base}区{base}路{n}号',
        '法定代表人：{person}  身份证号码：{idno}',
        '注册资本：{money}万元人民币',
        '经营范围：市政工程施工；园林绿化工程施工；建筑材料销售。',
        '成立日期：{ymd}  营业期限：长期',
        '联系电话：{mobile}',
    ], 5, 8):
        w.line(L)


@genre('personnel_form')
def g_personnel(w):
    r = w.rng
    w.line(r.choice(['干部任免审批表', '干部履历表', '事业单位工作人员登记表']))
    for L in _pick(r, [
        '姓名：{person}  性别：男  民族：汉族  出生年月：{birth}',
        '籍贯：{base}省{base}市  出生地：{base}县  入党时间：{birth}',
        '参加工作时间：{birth}  健康状况：健康',
        '学历学位：全日制大学本科，{school}{major}专业',
        '现任职务：{base}街道{office}{title}',
        '身份证号：{idno}',
        '简历：{birth}—{birth} {school}{major}专业学习',
        '      {birth}—至今 {base}街道{office}{title}',
        '奖惩情况：{year}年度考核被评为优秀等次。',
    ], 5, 9):
        w.line(L)


@genre('job_application')
def g_job(w):
    r = w.rng
    w.line(r.choice(['个人简历', '求职申请表', '应聘人员报名表']))
    for L in _pick(r, [
        '姓名：{person}    出生年月：{birth}    政治面貌：中共党员',
        '毕业院校：{school}    专业：{major}',
        '联系电话：{mobile}    电子邮箱：hr{n}@example.com',
        '应聘岗位：{title}',
        '工作经历：{birth}至今，在{org}担任{title}，负责{proj}的现场管理。',
        '获奖情况：{year}年获{base}市优秀志愿者称号。',
        '自我评价：工作认真负责，具有较强的沟通协调能力。',
        '本人承诺以上信息真实有效。  签名：{person}  日期：{ymd}',
    ], 4, 8):
        w.line(L)


@genre('intro_letter')
def g_intro(w):
    w.line('介绍信')
    w.line('{base}市{dept}：')
    w.line('兹介绍我单位{person}同志等{n2}人（身份证号：{idno}）前往贵处联系{proj}资料调阅事宜，请接洽为盼。')
    w.line('此致')
    w.line('敬礼')
    w.line('{base}市{dept}（盖章）')
    w.line('{ymd}（有效期{n2}天）')


@genre('official_doc')
def g_official(w):
    r = w.rng
    w.line('{base}市人民政府办公室文件')
    w.line('{abbr}〔{year}〕{docnum}号')
    w.line(r.choice(['关于印发《{base}市城乡环境综合整治实施方案》的通知', '关于进一步加强农村人居环境整治工作的意见', '关于调整{base}市防汛抗旱指挥部成员的通知']))
    w.line('各县（市、区）人民政府，市政府各部门：')
    for L in _pick(r, [
        '现将《实施方案》印发给你们，请结合实际认真贯彻执行。',
        '根据《{base}市人民政府关于加强基层治理的意见》（{abbr}〔{year}〕{docnum}号）精神，结合我市实际，制定本方案。',
        '各地要于{date}前将工作进展情况报送市{dept}。',
    ], 1, 3):
        w.line(L)
    w.line('{base}市人民政府办公室')
    w.line('{ymd}')


@genre('honor_cert')
def g_cert(w):
    r = w.rng
    w.line(r.choice(['荣誉证书', '奖状', '聘书']))
    w.line(r.choice(['{person}同志：', '{org}：']))
    w.line(r.choice(['在{year}年度工作中表现突出，被评为“优秀共产党员”，特发此证，以资鼓励。',
                     '荣获{year}年{base}市“安全生产先进单位”称号。',
                     '在{year}年{base}市职业技能大赛中荣获二等奖。']))
    w.line('证书编号：{code}')
    w.line('{base}市{dept}')
    w.line('{ymd}')


@genre('reward_notice')
def g_reward(w):
    r = w.rng
    w.line(r.choice(['关于对{year}年度先进集体和先进个人予以表彰的通报', '关于对违反工作纪律问题的通报', '关于给予{person}同志通报表扬的决定']))
    for L in _pick(r, [
        '各科室、各直属单位：',
        '{year}年，{base}街道{office}{person}同志在疫情防控工作中敢于担当，连续奋战{n2}天。',
        '经研究，决定授予{office}“先进集体”称号，给予{person}等{n2}名同志通报表扬，并奖励{n}元。',
        '{date}，{office}工作人员{person}在值班期间擅离岗位，造成不良影响。',
        '经局务会研究，决定给予{person}同志诫勉谈话处理，扣发当月绩效{n}元。',
        '希望受表彰的集体和个人珍惜荣誉，再接再厉。',
    ], 3, 6):
        w.line(L)
    w.line('{base}市{dept}')
    w.line('{ymd}')


@genre('village_report')
def g_village(w):
    r = w.rng
    w.line('{base}村{year}年村务公开（第{n2}期）')
    for L in _pick(r, [
        '一、集体经济收入{money}万元，其中土地流转收入{money}万元，物业出租收入{money}万元。',
        '二、本季度共发放低保金{money}万元，涉及{n}户{n}人。',
        '三、完成村道硬化{money}公里，投入资金{money}万元。',
        '四、新增种植水稻{n}亩、柑橘{n}亩，带动农户增收{pct}%。',
        '五、{date}召开村民代表大会，到会代表{n2}人，表决通过{proj}。',
        '监督小组组长：{person}  公开日期：{ymd}',
    ], 3, 6):
        w.line(L)


@genre('health_report')
def g_health(w):
    r = w.rng
    w.line('{base}区卫生健康工作情况汇报')
    for L in _pick(r, [
        '全区共有医疗卫生机构{n}家，床位{big}张，卫生技术人员{big}人。',
        '累计接种疫苗{big}剂次，全程接种{big}人，接种率{pct}%。',
        '家庭医生签约服务覆盖{big}人，重点人群签约率{pct}%。',
        '{base}镇卫生院新建门诊综合楼于{date}投入使用，总投资{money}万元。',
        '开展健康教育讲座{n}场，受众{big}人次。',
        '全年无重大突发公共卫生事件发生。',
    ], 3, 6):
        w.line(L)


@genre('education_report')
def g_edu(w):
    r = w.rng
    w.line('{base}县{year}年教育工作总结')
    for L in _pick(r, [
        '全县共有中小学{n}所，在校学生{big}人，专任教师{big}人。',
        '新建、改扩建学校{n2}所，新增学位{big}个，{base}中学新校区于{date}启用。',
        '义务教育巩固率{pct}%，高中阶段毛入学率{pct}%。',
        '组织教师培训{n}人次，评选县级骨干教师{n}名。',
        '发放各类学生资助资金{money}万元，惠及学生{big}人次。',
    ], 3, 5):
        w.line(L)


@genre('news')
def g_news(w):
    r = w.rng
    w.line(r.choice(['{base}街道：聚焦民生实事 办好群众身边事', '{base}镇召开乡村振兴工作推进会', '{base}社区开展“邻里守望”志愿服务活动']))
    for L in _pick(r, [
        '{date}上午，{base}街道召开专题会议，街道党工委书记{person}出席并讲话。',
        '会议通报了前阶段工作进展情况，{n2}个村（社区）作交流发言。',
        '活动当天，志愿者为辖区{n}名老人提供义诊、理发等服务。',
        '据了解，今年以来该街道累计投入资金{money}万元，完成民生实事{n2}件。',
        '下一步，街道将继续完善服务机制，让群众有更多获得感。',
        '（通讯员 {person}）',
    ], 3, 6):
        w.line(L)


@genre('procurement_result')
def g_procure(w):
    r = w.rng
    w.line('{proj}成交结果公告')
    for L in _pick(r, [
        '一、项目编号：{code}',
        '二、项目名称：{proj}',
        '三、成交供应商：{org}，地址：{base}市{base}路{n}号',
        '四、成交金额：{money}万元',
        '五、评审专家：{person}（组长）、{person}、{person}',
        '六、公告期限：自本公告发布之日起{n2}个工作日。',
        '七、采购人：{base}市{dept}，联系人：{person}，电话：{phone}',
    ], 4, 7):
        w.line(L)


@genre('email')
def g_email(w):
    r = w.rng
    w.line('主题：关于报送{year}年工作总结的提醒')
    w.line('发件人：{person}')
    w.line('各位同事：')
    for L in _pick(r, [
        '请于{date}下班前将本部门{year}年工作总结及{year}年工作计划发送至本邮箱。',
        '总结字数控制在{big}字以内，附件请以“部门名称+总结”命名。',
        '如有疑问请联系{person}，电话{phone}。',
    ], 2, 3):
        w.line(L)
    w.line('{office} {person}')


@genre('meeting_sign')
def g_sign(w):
    w.line('{proj}专家评审会签到表')
    w.line('序号，姓名，单位，职称，联系电话')
    for i in range(1, w.rng.randint(3, 6)):
        w.line('%d，{person}，{org}，高级工程师，{mobile}' % i)


@genre('budget')
def g_budget(w):
    r = w.rng
    w.line('{base}市{dept}{year}年部门预算说明')
    for L in _pick(r, [
        '一、收入预算：{year}年收入预算{money}万元，其中一般公共预算拨款{money}万元。',
        '二、支出预算：基本支出{money}万元，项目支出{money}万元。',
        '三、“三公”经费预算{money}万元，比上年下降{pct}%。',
        '四、政府采购预算{money}万元，其中货物类{money}万元、服务类{money}万元。',
        '五、绩效目标：重点项目绩效目标覆盖率达到{pct}%。',
    ], 3, 5):
        w.line(L)

# ----------------------------------------------------------------------------------------------
# placeholder dialects
# ----------------------------------------------------------------------------------------------

LABEL = {'n': '数量', 'n2': '数量', 'big': '数值', 'pct': '比例', 'money': '金额', 'date': '日期', 'ymd': '日期',
         'year': '年份', 'base': '地名', 'person': '姓名', 'org': '单位名称', 'proj': '项目名称', 'mobile': '联系电话',
         'phone': '联系电话', 'idno': '身份证号', 'credit': '统一社会信用代码', 'code': '项目编号', 'school': '毕业院校',
         'major': '专业', 'room': '会议地点', 'time': '时间', 'birth': '出生年月', 'days': '天数', 'dept': '部门名称',
         'office': '科室', 'title': '职务', 'abbr': '机关代字', 'docnum': '序号', 'card': '银行账号'}
VAR = {'n': 'count', 'n2': 'num', 'big': 'value', 'pct': 'rate', 'money': 'amount', 'date': 'date', 'ymd': 'sign_date',
       'year': 'year', 'base': 'region', 'person': 'name', 'org': 'company_name', 'proj': 'project_name',
       'mobile': 'mobile', 'phone': 'tel', 'idno': 'id_number', 'credit': 'credit_code', 'code': 'project_no',
       'school': 'school', 'major': 'major', 'room': 'venue', 'time': 'time', 'birth': 'birth', 'days': 'days',
       'dept': 'dept', 'office': 'office', 'title': 'position', 'abbr': 'org_abbr', 'docnum': 'doc_no', 'card': 'account'}
EN_LABEL = {'person': 'Name', 'org': 'Company Name', 'date': 'Date', 'ymd': 'Date', 'money': 'Amount',
            'proj': 'Project Name', 'base': 'City', 'mobile': 'Phone Number', 'phone': 'Phone Number',
            'n': 'Number', 'n2': 'Number', 'pct': 'Percentage', 'title': 'Position', 'dept': 'Department'}


def _xmask(kind, val, r, ch):
    c2 = ch * 2
    if kind in ('n', 'n2', 'big', 'days', 'docnum'):
        return ('', ch * r.choice([len(val), 2, 3]) if kind != 'docnum' else ch * r.choice([1, 2]), '')
    if kind == 'pct':
        return ('', r.choice([c2, c2 + '.' + ch, ch * 3]), '')
    if kind == 'money':
        return ('', r.choice([c2 + '.' + c2, ch * 3 + '.' + c2, c2]), '')
    if kind == 'date':
        return ('', r.choice([ch + '月' + c2 + '日', c2 + '月' + c2 + '日', ch + '月' + ch + '日']), '')
    if kind == 'ymd':
        if r.random() < 0.5:
            return (val[:5], r.choice([ch + '月' + c2 + '日', ch + '月' + ch + '日']), '')
        return ('', '20' + c2 + '年' + ch + '月' + ch + '日', '')
    if kind == 'year':
        return ('', '20' + c2, '')
    if kind in ('base',):
        return ('', r.choice([c2, c2, ch]), '')
    if kind == 'person':
        return ('', r.choice([ch * 3, c2]), '')
    if kind in ('org', 'proj', 'school'):
        return ('', c2, val[2:])
    if kind == 'dept':
        return ('', c2, val[-1])
    if kind == 'mobile':
        return ('', ch * 11, '')
    if kind == 'phone':
        return ('', '0' + ch * 3 + '-' + ch * 7, '')
    if kind == 'idno':
        return ('', ch * 18, '')
    if kind == 'credit':
        return ('91', ch * 16, '')
    if kind == 'code':
        return (val[:-3], ch * 3, '')
    if kind == 'room':
        return ('', ch * 3, '会议室')
    if kind == 'time':
        return ('', c2 + ':' + c2, '')
    if kind == 'birth':
        return ('', '19' + c2 + '.' + c2, '')
    if kind == 'abbr':
        return ('', ch, val[1:])
    if kind == 'card':
        return (val[:4], ch * 15, '')
    return None


def _mou(kind, val, r):
    if kind == 'person':
        return ('', val[0] + r.choice(['某', '某某', '某']), '')
    if kind == 'org':
        return ('', r.choice(['某某', '某']), val[2:])
    if kind == 'base':
        return ('', r.choice(['某', '某某']), '')
    if kind == 'proj':
        return ('', '某', val[2:])
    return None


def _star(kind, val, r):
    if kind in ('n', 'n2', 'big', 'money', 'pct', 'days'):
        return ('', '*' * r.choice([2, 3, 4]), '')
    if kind == 'person':
        return ('', val[0] + '*' * (len(val) - 1 if r.random() < 0.5 else 2), '')
    return _partial(kind, val, r)


def _partial(kind, val, r):
    if kind == 'mobile':
        return ('', val[:3] + '****' + val[-4:], '')
    if kind == 'idno':
        k = r.choice([4, 6])
        return ('', val[:k] + '*' * (18 - k - 4) + val[-4:], '')
    if kind == 'person':
        if len(val) == 3 and r.random() < 0.4:
            return ('', val[0] + '*' + val[2], '')
        return ('', val[0] + r.choice(['**', '*', '××']), '')
    if kind == 'card':
        return ('', val[:4] + ' **** **** ' + val[-4:], '')
    if kind == 'phone':
        return ('', val[:5] + '****' + val[-3:], '')
    return None


def _labelled(fmt, en=False):
    def f(kind, val, r):
        lab = (EN_LABEL.get(kind) if en else LABEL.get(kind))
        if not lab:
            return None
        return ('', fmt(lab, VAR.get(kind, 'field'), r), '')
    return f


def _blank(kind, val, r):
    ch = r.choice(['＿', '_'])
    if kind == 'ymd':
        return ('', ch * 4 + '年' + ch * 2 + '月' + ch * 2 + '日', '')
    if kind == 'date':
        return ('', ch * 2 + '月' + ch * 2 + '日', '')
    return ('', ch * r.randint(3, 8), '')


def _todo(kind, val, r):
    if kind in ('person', 'base', 'abbr'):
        return None
    return ('', r.choice(['待定', '待定', 'TBD', 'TODO', '待补充', '[待填]', '（待定）']), '')


def _circle(kind, val, r):
    if kind in ('n', 'n2', 'big', 'money', 'days', 'docnum'):
        return ('', '○' * r.choice([1, 2, 3]), '')
    if kind == 'base':
        return ('', '○○', '')
    if kind == 'person':
        return ('', val[0] + '○○', '')
    if kind == 'year':
        return ('', '20○○', '')
    if kind in ('date', 'ymd'):
        return ('', '○月○日', '')
    if kind in ('org', 'proj'):
        return ('', '○○', val[2:])
    return None


DIALECTS = {
    'x': lambda k, v, r: _xmask(k, v, r, 'x'),
    'X': lambda k, v, r: _xmask(k, v, r, 'X'),
    'cross': lambda k, v, r: _xmask(k, v, r, '×'),
    'fw': lambda k, v, r: _xmask(k, v, r, r.choice(['ｘ', 'Ｘ'])),
    'mou': _mou,
    'star': _star,
    'partial': _partial,
    'blank': _blank,
    'bracket': _labelled(lambda lab, var, r: '【' + lab + '】'),
    'merge': _labelled(lambda lab, var, r: '{{' + var + '}}'),
    'guillemet': _labelled(lambda lab, var, r: '«' + lab + '»'),
    'dollar': _labelled(lambda lab, var, r: '${' + var + '}'),
    'angle': _labelled(lambda lab, var, r: '<<' + lab + '>>'),
    'square': _labelled(lambda lab, var, r: '[' + lab + ']'),
    'square_en': _labelled(lambda lab, var, r: '[' + lab + ']', en=True),
    'fill': _labelled(lambda lab, var, r: r.choice(['（此处填写', '（请填写', '（此处填写']) + lab + '）'),
    'todo': _todo,
    'circle': _circle,
}

PH_RE = re.compile(r'[xXｘＸ×\*＊○_＿]|某|【[^】]*】|\{\{|\$\{|«|<<|\[[^\]]+\]|（此处|（请|TODO|TBD|待定|待补充|待填|'
                   r'[Ll]orem|ipsum|perspiciatis|\{field:|请在此|在此输入|此处为|\{dede|\[!--|\{\$|<%=|\{[a-z_]+\}')


def make_masker(dialect, kinds, p):
    fn = DIALECTS[dialect]

    def masker(kind, val, r):
        if kinds is not None and kind not in kinds:
            return None
        if r.random() >= p:
            return None
        return fn(kind, val, r)
    return masker


def combo_ph(genre_name, dialect, kinds, p):
    def gen(r):
        for _ in range(60):
            w = W(r, make_masker(dialect, kinds, p))
            GENRES[genre_name](w)
            if w.spans:
                return w
        raise RuntimeError('no placeholder produced')
    return gen


# ----------------------------------------------------------------------------------------------
# trap sentences (look-alikes that are NOT placeholders)
# ----------------------------------------------------------------------------------------------

TRAPS = {
    'onex': ['学院全面推进“1+X”证书制度试点，{year}年共有{n}名学生取得职业技能等级证书。',
             '围绕“7+X”现代产业体系，重点培育新能源装备、生物医药等新兴产业。',
             '推行“1+X”技能提升模式，开展电商、家政、养老护理等培训{n2}期。'],
    'arch': ['采购清单：机架式服务器{n2}台（x86架构，双路处理器），国产ARM架构终端{n}台。',
             '系统须同时兼容x86_64与aarch64平台，并支持32位（x86）客户端访问。',
             '信创改造中，原有x86服务器将逐步替换为国产化设备。'],
    'xray': ['{base}镇卫生院新购数字化X光机1台、彩超1台，放射科年检查量达{big}人次。',
             '安检通道配备X射线安全检查设备{n2}套，由专人负责日常维护。',
             '入职体检项目包括血常规、肝功能、胸部X线检查等。'],
    'sizes': ['采购校服{big}套，尺码分为S、M、L、XL、XXL五档，其中XL码{n}套。',
              '工作服尺码统计：L码{n}件、XL码{n}件、3XL码{n2}件。'],
    'times': ['开通政务服务热线，实行5×8小时人工服务、7×24小时自助服务。',
              '数据中心按照7×24小时值守要求配备运维人员{n2}名。',
              '窗口推行“5+2”延时服务和“白+黑”工作模式。'],
    'mult': ['宣传展板规格为120cm×240cm，共制作{n2}块。', '地砖采用600×600mm规格，铺设面积{n}平方米。',
             '会场按3×4的方阵摆放座椅，共12个席位。', '练习题：3×4=12，5×6=30，请写出乘法口诀。'],
    'formula': ['按公式 y = a + b·x 拟合年度趋势，其中x为年份序号，y为全社会用电量。',
                '设每户补助金额为x元，则{n}x ≤ {big}，求x的最大整数值。',
                '回归方程为 Y = 0.82X + 3.6，决定系数R² = 0.91。'],
    'mou_prose': ['在某种程度上，基层减负仍存在反弹回潮的风险。', '某些行业受市场波动影响较大，仍需加强运行监测。',
                  '老人已经记不清是某年某月搬进这条老街的，只记得门前那棵槐树。', '对某一类问题反复出现的，要深挖根源、举一反三。'],
    'models': ['会议室配备激光投影仪（型号EB-X51）一台。', '公务用车更新为新能源车型，续航里程{n}公里。',
               '实验室新购X荧光光谱仪一台，用于土壤重金属快速检测。'],
    'xxgk': ['详见政府信息公开专栏：https://www.example.gov.cn/xxgk/zfxxgk/',
             '原文链接：http://www.example.gov.cn/xxgk/tzgg/202305/t20230512_5821.html',
             '依申请公开请登录 https://xxgk.example.gov.cn 在线提交。'],
    'pinyin_names': ['外方联系人：Xavier Martin（法国），中方联系人：XU Xiaoming。', '英文名称：Qingxi Xinxing Trading Co., Ltd.',
                     'Passport name: XIE Xinxin'],
    'email_file': ['附件：{year}年工作总结_final_v2.docx、统计表（汇总）.xlsx', '请将材料发送至 office2023@example.org.cn',
                   '文件路径：D:/资料/{year}/report-Q3.pdf'],
    'chi_square': ['两组差异经χ²检验具有统计学意义（χ²=6.42，P<0.05）。', '计数资料采用χ²检验，计量资料以均数±标准差表示。'],
    'stars': ['★★★★☆ 四星级酒店 住宿标准不超过每人每晚{n}元', '游客综合评价：★★★★★'],
    'daiding': ['本节课复习用待定系数法求二次函数的解析式。', '用待定系数法确定一次函数 y = kx + b 中的k和b。'],
    'todo_term': ['开发规范要求：代码中用TODO注释标记待办事项，发布前须逐项清理。', '任务看板分为“TODO”“进行中”“已完成”三列。'],
    'vague': ['项目惠及群众数十户，带动周边近百人就近就业。', '今年以来收到群众来信若干件，均已按期办结。',
              '有关单位要按照职责分工抓好落实。'],
    'xr_ux': ['建设VR/AR/XR沉浸式体验馆一处，年接待研学学生{big}人次。', '邀请专家讲授UX设计与用户研究方法。'],
    'axis': ['以X轴表示年份、Y轴表示产值绘制折线图。', '钢结构采用X型支撑，提高整体抗侧刚度。'],
}


def trap_neg(genres, cats, k=(1, 3)):
    def gen(r):
        w = W(r)
        g = r.choice(genres)
        tmp = W(r)
        GENRES[g](tmp)
        lines = tmp.finish().split('\n')
        nt = r.randint(*k)
        pool = [(c, t) for c in cats for t in TRAPS[c]]
        for cat, tmpl in r.sample(pool, min(nt, len(pool))):
            sent = W(r)
            sent.fill(tmpl)
            pos = r.randint(1, len(lines))
            if len(lines) >= 12:
                pos = r.randint(1, len(lines) - 1)
                lines[pos] = lines[pos] + sent.text()
            else:
                lines.insert(pos, sent.text())
        w.t('\n'.join(lines[:12]))
        return w
    return gen


def clean_neg(genres):
    def gen(r):
        w = W(r)
        GENRES[r.choice(genres)](w)
        return w
    return gen


# ----------------------------------------------------------------------------------------------
# custom placeholder styles
# ----------------------------------------------------------------------------------------------

def ph_pdf_split(r):
    w = W(r)
    w.line('{base}市{year}年爱国卫生工作总结')
    w.fill('创建省级卫生村{n2}个、无烟学校')
    w.m(r.choice(['xxx', 'xx', 'XX']))
    w.t('\n\n')
    w.fill(r.choice(['家，无烟医疗机构{n2}家。', '所，覆盖学生{big}人。']))
    w.nl()
    w.fill('全年投入经费')
    w.m('xx.xx')
    w.t('\n')
    w.line('万元，较上年有所增加。')
    return w


def ph_title_only(r):
    w = W(r)
    w.m(r.choice(['XX', 'xx', '××', '○○']))
    w.line(r.choice(['街道{year}年度工作总结', '镇关于{year}年安全生产工作的报告', '县{dept}{year}年工作要点']))
    tmp = W(r)
    GENRES[r.choice(['work_report', 'work_summary', 'health_report'])](tmp)
    body = tmp.finish().split('\n')[1:]
    w.t('\n'.join(body))
    return w


def ph_signature_only(r):
    w = W(r)
    tmp = W(r)
    GENRES[r.choice(['work_summary', 'village_report', 'education_report', 'budget'])](tmp)
    w.t(tmp.finish())
    w.nl()
    w.nl()
    if r.random() < 0.5:
        w.m(r.choice(['XX', 'xx', '××']))
        w.line(r.choice(['街道办事处', '镇人民政府', '社区居民委员会']))
    else:
        w.line('{base}街道办事处')
    w.m(r.choice(['20XX年X月X日', '20xx年x月xx日', '二〇XX年X月X日', '____年__月__日']))
    return w


def ph_single_x(r):
    w = W(r)
    tmp = W(r)
    GENRES[r.choice(['contract', 'company_reg', 'notice'])](tmp)
    lines = tmp.finish().split('\n')
    tmpl = r.choice([('根据本合同第', 'x', '条约定，乙方应按期履约。'), ('办公地址：{base}市{base}路{n}号', 'x', '号楼二层。'),
                     ('本办法自{year}年', 'X', '月1日起施行。'), ('请于每月', 'x', '日前报送上月台账。')])
    pos = r.randint(1, len(lines))
    w.t('\n'.join(lines[:pos]) + '\n')
    w.fill(tmpl[0])
    w.m(tmpl[1])
    w.fill(tmpl[2])
    if pos < len(lines):
        w.t('\n' + '\n'.join(lines[pos:]))
    return w


def ph_with_trap(r):
    for _ in range(50):
        w = W(r, make_masker(r.choice(['x', 'X']), {'n', 'money', 'pct', 'date', 'base'}, 0.35))
        GENRES[r.choice(['work_report', 'education_report', 'health_report', 'work_summary'])](w)
        if w.spans:
            break
    cat = r.choice(['onex', 'xray', 'times', 'mult', 'mou_prose', 'arch', 'sizes'])
    sent = W(r)
    sent.fill(r.choice(TRAPS[cat]))
    w.t(sent.text())
    return w


def ph_docno(r):
    w = W(r)
    w.line('{base}市人民政府办公室文件')
    a = VAL['abbr'](r)
    w.t(a + '〔')
    w.m(r.choice(['20XX', '20xx', '20××']))
    w.t('〕')
    w.m(r.choice(['X', 'XX', 'x', '×']))
    w.t('号\n')
    w.line(r.choice(['关于印发《{base}市城市管理考核办法》的通知', '关于进一步做好政务公开工作的通知']))
    w.line('各县（市、区）人民政府，市政府各部门：')
    w.line('现将有关事项通知如下，请认真贯彻执行。')
    w.t('（此件公开发布）')
    return w


def ph_model_xx(r):
    w = W(r)
    w.line('{proj}采购需求清单')
    w.line('序号\t品名\t规格型号\t数量\t单位')
    items = [('台式计算机', '台'), ('激光打印机', '台'), ('会议桌', '张'), ('办公椅', '把'), ('空调', '台'), ('投影仪', '台')]
    for i, (nm, u) in enumerate(r.sample(items, r.randint(2, 5)), 1):
        w.t('%d\t%s\t' % (i, nm))
        if r.random() < 0.6 or i == 1:
            w.m(r.choice(['XX型', 'XXXX', 'XX-XXX', 'xx型号']))
        else:
            w.t(r.choice(['HP-2023', 'DL-800', 'KT-35GW', 'QJ-1200']))
        w.fill('\t{n2}\t%s' % u)
        w.nl()
    w.t('注：以上参数仅供参考，投标人可提供不低于上述配置的产品。')
    return w


def ph_email_url(r):
    w = W(r)
    tmp = W(r)
    GENRES[r.choice(['tender', 'notice', 'job_application'])](tmp)
    w.t(tmp.finish() + '\n')
    w.t('电子邮箱：')
    w.m(r.choice(['xxx@xxx.com', 'xxxx@163.com', 'XXX@xx.gov.cn']))
    if r.random() < 0.6:
        w.t('  网址：')
        w.m(r.choice(['www.xxx.com', 'http://www.xxxx.gov.cn', 'www.XXX.com.cn']))
    return w


LOREM = ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'Lorem ipsum dolor sit amet.',
         'Sed ut perspiciatis unde omnis iste natus error sit voluptatem.']


def ph_lorem(r):
    w = W(r)
    w.line(r.choice(['首页 > 新闻中心 > 工作动态', '当前位置：首页 > 通知公告']))
    w.line(r.choice(['{base}街道召开安全生产工作部署会', '{base}镇开展防汛应急演练']))
    w.line('发布时间：{ymd}  来源：{office}')
    if r.random() < 0.5:
        w.m(r.choice(LOREM))
        w.nl()
        w.line('{date}，{base}街道召开专题会议，部署近期重点工作。')
    else:
        w.line('{date}，{base}街道召开专题会议，部署近期重点工作。')
        w.m(r.choice(LOREM) + ' ' + r.choice(LOREM))
        w.nl()
    w.t('【打印本页】【关闭窗口】')
    return w


def ph_cms_prompt(r):
    w = W(r)
    w.line('当前位置：首页 > 政务公开 > 工作动态')
    if r.random() < 0.5:
        w.m(r.choice(['请在此输入标题', '在此输入标题', '此处为文章标题']))
        w.nl()
    else:
        w.line('{base}社区开展文明城市创建志愿服务活动')
    w.line('发布日期：{ymd}  浏览次数：{n}')
    if r.random() < 0.6 or not w.spans:
        w.m(r.choice(['此处为文章摘要，建议不超过120字。', '请在此输入正文内容……', '在此输入正文']))
        w.nl()
    w.line('{date}，社区组织志愿者{n2}人开展环境卫生整治。')
    w.t('责任编辑：{person}'.replace('{person}', _person(r)))
    return w


def ph_cms_tags(r):
    w = W(r)
    tags = ['{dede:field.title/}', '{dede:field name=\'pubdate\'/}', '[!--newstext--]', '[!--title--]', '{$title}',
            '{$content}', '<%=article.author%>', '{field:description/}']
    w.line('当前位置：首页 > 通知公告')
    w.m(r.choice(tags))
    w.nl()
    w.t('发布时间：')
    if r.random() < 0.5:
        w.m(r.choice(['{dede:field.pubdate function="MyDate(\'Y-m-d\',@me)"/}', '[!--newstime--]', '{$pubdate}']))
    else:
        w.fill('{ymd}')
    w.t('  来源：')
    w.fill('{office}')
    w.nl()
    w.line('为进一步做好辖区环境整治，{base}街道于{date}组织开展专项行动。')
    return w


def ph_mt_brackets(r):
    for _ in range(50):
        w = W(r, make_masker('square_en', None, 0.5))
        w.line('合作意向书（机器翻译稿）')
        w.line('甲方：{org}')
        w.line('乙方：{org}')
        w.line('双方同意于{ymd}在{base}市签署本意向书，合作金额为人民币{money}万元。')
        w.line('乙方联系人：{person}，电话：{mobile}')
        w.t('本意向书自双方签字之日起生效。')
        if w.spans:
            return w


def ph_whole_paragraph(r):
    w = W(r)
    w.line('{proj}可行性研究报告')
    w.line('第一章 项目概况')
    w.line('1.1 项目名称：{proj}')
    w.line('1.2 建设单位：{base}市{dept}')
    w.line('1.3 项目背景')
    w.m(r.choice(['（此处填写项目建设背景及必要性，包括政策依据、现状问题和建设意义，字数不少于500字。）',
                  '（请在此处简要说明项目建设的必要性和可行性，不超过800字）',
                  '【此处插入项目区位图及现状照片】']))
    w.nl()
    w.line('1.4 建设内容：新建道路{money}公里，配套排水管网{money}公里。')
    w.t('1.5 投资估算：总投资')
    w.m(r.choice(['XXXX', 'xxxx', '××××']))
    w.t('万元。')
    return w


def ph_credit(r):
    w = W(r)
    w.line('营业执照（副本）信息')
    w.t('统一社会信用代码：')
    w.m(r.choice(['91XXXXXXXXXXXXXXXX', '9144XXXXXXXXXXXXXX', '91xxxxxxxxxxxxxxxx', '________________']))
    w.nl()
    w.line('名称：{org}')
    w.line('类型：有限责任公司（自然人投资或控股）')
    w.t('法定代表人：')
    if r.random() < 0.6:
        w.m(_person(r)[0] + r.choice(['某', '**', 'XX']))
    else:
        w.fill('{person}')
    w.nl()
    w.line('注册资本：{money}万元')
    w.t('登记机关：{base}市市场监督管理局'.replace('{base}', _base(r)))
    return w


def ph_bank_plate(r):
    w = W(r)
    w.line('{base}市{dept}行政处罚决定书（公开版）')
    w.t('当事人：')
    p = _person(r)
    w.m(p[0] + r.choice(['某', '某某', '**']))
    w.t('，车牌号：')
    prov = r.choice('粤湘赣川苏闽浙鄂')
    w.m(prov + r.choice('ABCDEF') + r.choice(['·***', '***' + str(r.randint(10, 99)), '·X****']))
    w.nl()
    w.t('收款账号：')
    c = VAL['card'](r)
    w.m(c[:4] + ' **** **** ' + c[-4:])
    w.nl()
    w.line('违法事实：{date}在{base}路违规停放车辆，妨碍交通。')
    w.t('处罚决定：罚款{n}元。'.replace('{n}', str(r.randint(1, 9) * 50)))
    return w


def ph_csv(r):
    w = W(r)
    w.line('序号,姓名,村组,户籍人口,补助金额(元),联系电话')
    for i in range(1, r.randint(3, 8)):
        w.t('%d,' % i)
        p = _person(r)
        if r.random() < 0.5:
            w.m(p[0] + '**')
        else:
            w.t(p)
        w.t(',%s村%d组,' % (_base(r), r.randint(1, 9)))
        if r.random() < 0.4:
            w.m(r.choice(['xx', 'X', '×']))
        else:
            w.t(str(r.randint(1, 7)))
        w.t(',%d,' % (r.randint(2, 30) * 100))
        mob = _mobile(r)
        w.m(mob[:3] + '****' + mob[-4:])
        w.nl()
    return w


def ph_bilingual_form(r):
    w = W(r)
    w.line('来华邀请函申请表 Invitation Letter Application Form')
    for lab in r.sample(['姓名 Name', '护照号码 Passport No.', '国籍 Nationality', '工作单位 Employer',
                         '入境日期 Date of Entry', '停留天数 Days of Stay'], r.randint(3, 6)):
        w.t(lab + '：')
        w.m(r.choice(['________', '＿＿＿＿＿＿', '[Please fill in]', '___/___/______']))
        w.nl()
    w.t('邀请单位：{org}'.replace('{org}', VAL['org'](r)))
    return w


def ph_reward_mou(r):
    w = W(r)
    w.line('关于{year}年第三季度作风纪律督查情况的通报'.replace('{year}', VAL['year'](r)))
    w.line('各科室、各直属单位：')
    for _ in range(r.randint(2, 4)):
        w.fill('{date}，督查组发现{office}工作人员')
        w.m(_person(r)[0] + r.choice(['某', '某某', '某某']))
        w.fill(r.choice(['上班时间脱岗，经查属实，给予通报批评。', '在工作群内发布不当言论，已责令其作出书面检查。',
                         '未按规定落实值班制度，扣发当月绩效{n}元。']))
        w.nl()
    w.t('请各单位引以为戒，严明纪律。')
    return w


PH_POS = [
    ('ph_x_work_report', 'work_report', 'x', {'n', 'pct', 'money', 'date', 'base'}, 0.35, '政府工作报告中xx类数字和地名脱敏'),
    ('ph_x_work_summary', 'work_summary', 'x', None, 0.4, '年度总结汇编里的x月xx日、xx万元'),
    ('ph_upperx_notice', 'notice', 'X', None, 0.4, '通知模板中XX地名/日期/联系人'),
    ('ph_cross_official_doc', 'official_doc', 'cross', {'base', 'year', 'docnum', 'date', 'ymd', 'abbr'}, 0.5, '公文中××与文号脱敏'),
    ('ph_mou_reward', 'reward_notice', 'mou', {'person', 'base', 'org'}, 0.7, '奖惩通报中张某/某某化名'),
    ('ph_mou_news', 'news', 'mou', {'person', 'base'}, 0.6, '新闻稿中人名地名以某代替'),
    ('ph_blank_contract', 'contract', 'blank', None, 0.5, '合同模板下划线空白'),
    ('ph_blank_construction', 'construction_contract', 'blank', None, 0.5, '施工合同协议书空白栏'),
    ('ph_bracket_contract', 'contract', 'bracket', None, 0.5, '合同模板【单位名称】类方括号字段'),
    ('ph_bracket_cert', 'honor_cert', 'bracket', None, 0.6, '荣誉证书模板【姓名】'),
    ('ph_merge_email', 'email', 'merge', None, 0.5, '邮件合并{{name}}未替换'),
    ('ph_merge_intro', 'intro_letter', 'merge', None, 0.5, '介绍信模板{{...}}字段'),
    ('ph_guillemet_cert', 'honor_cert', 'guillemet', None, 0.6, 'Word邮件合并域«姓名»'),
    ('ph_dollar_notice', 'notice', 'dollar', None, 0.4, '系统模板${var}未渲染'),
    ('ph_fill_tender', 'tender', 'fill', None, 0.4, '招标公告（此处填写…）提示语'),
    ('ph_fill_company_reg', 'company_reg', 'fill', None, 0.5, '登记表（请填写…）'),
    ('ph_todo_summary', 'work_summary', 'todo', {'money', 'pct', 'n', 'date'}, 0.3, '总结稿中TODO/待补充占位'),
    ('ph_todo_tender', 'tender', 'todo', {'ymd', 'date', 'time', 'money', 'days'}, 0.5, '招标公告中时间金额待定'),
    ('ph_circle_official', 'official_doc', 'circle', None, 0.45, '○○县、20○○年式占位'),
    ('ph_partial_company_reg', 'company_reg', 'partial', {'mobile', 'idno', 'person'}, 0.8, '登记表手机号身份证号打星'),
    ('ph_partial_personnel', 'personnel_form', 'partial', {'idno', 'person', 'mobile'}, 0.8, '人事档案张**、身份证打星'),
    ('ph_partial_signsheet', 'meeting_sign', 'partial', {'mobile', 'person'}, 0.6, '签到表138****5678'),
    ('ph_star_bid_result', 'bid_result', 'star', {'money', 'person', 'days'}, 0.5, '评标公示金额***'),
    ('ph_upperx_bid_result', 'bid_result', 'X', {'org', 'money', 'days', 'person'}, 0.5, '评标结果XX建设有限公司'),
    ('ph_x_stat_table', 'stat_table', 'x', None, 0.4, '扁平化统计表xx单元格'),
    ('ph_upperx_minutes', 'minutes', 'X', None, 0.5, '会议纪要模板XXX'),
    ('ph_x_village', 'village_report', 'x', None, 0.35, '村务公开xx户xx人'),
    ('ph_x_health', 'health_report', 'x', None, 0.35, '卫健汇报xxx%'),
    ('ph_upperx_edu', 'education_report', 'X', None, 0.35, '教育总结XX所'),
    ('ph_x_procurement', 'procurement_result', 'x', None, 0.35, '成交公告xx'),
    ('ph_upperx_annual', 'annual_report', 'X', None, 0.4, '企业年报模板XXXX'),
    ('ph_square_job', 'job_application', 'square', None, 0.5, '简历模板[姓名]'),
    ('ph_blank_personnel', 'personnel_form', 'blank', None, 0.5, '干部表格空白线'),
    ('ph_fw_budget', 'budget', 'fw', None, 0.4, '全角ｘｘ/ＸＸ占位'),
    ('ph_cross_village', 'village_report', 'cross', None, 0.35, '××户××人'),
    ('ph_angle_notice', 'notice', 'angle', None, 0.4, '<<字段>>模板'),
    ('ph_upperx_construction', 'construction_contract', 'X', None, 0.45, '施工合同XX'),
    ('ph_x_budget_pct_only', 'budget', 'x', {'pct'}, 0.5, '仅比例被xx%替代'),
    ('ph_blank_intro', 'intro_letter', 'blank', None, 0.6, '介绍信空白线'),
    ('ph_mou_minutes', 'minutes', 'mou', {'person'}, 0.5, '纪要中参会人化名'),
    ('ph_upperx_resume', 'job_application', 'X', {'birth', 'school', 'org', 'person', 'mobile'}, 0.5, '简历模板19XX.XX'),
    ('ph_star_village', 'village_report', 'star', None, 0.4, '村务公开***'),
    ('ph_merge_contract', 'contract', 'merge', None, 0.4, '合同生成系统{{field}}'),
    ('ph_bracket_tender', 'tender', 'bracket', None, 0.4, '招标公告【项目名称】'),
    ('ph_dollar_procure', 'procurement_result', 'dollar', None, 0.4, '采购平台${var}'),
    ('ph_circle_news', 'news', 'circle', {'person', 'base', 'n', 'n2', 'date'}, 0.5, '新闻稿○○'),
]

PH_CUSTOM = [
    ('ph_pdf_split', ph_pdf_split, 'PDF抽取把xxx与单位拆到两行'),
    ('ph_title_only', ph_title_only, '仅标题含XX'),
    ('ph_signature_only', ph_signature_only, '仅落款日期/单位为占位'),
    ('ph_single_x', ph_single_x, '单个x占位(第x条/x号楼)'),
    ('ph_with_trap', ph_with_trap, '占位与1+X、X光等陷阱同处'),
    ('ph_docno_20xx', ph_docno, '文号〔20XX〕X号'),
    ('ph_model_xx', ph_model_xx, '采购清单XX型号'),
    ('ph_email_url_xxx', ph_email_url, 'xxx@xxx.com与www.xxx.com'),
    ('ph_lorem_cms', ph_lorem, 'CMS残留Lorem ipsum'),
    ('ph_cms_prompt', ph_cms_prompt, 'CMS默认提示语“请在此输入标题”'),
    ('ph_cms_tags', ph_cms_tags, '未渲染的CMS模板标签'),
    ('ph_mt_brackets', ph_mt_brackets, '机器翻译稿保留[Company Name]'),
    ('ph_whole_paragraph', ph_whole_paragraph, '整段（此处填写…）'),
    ('ph_credit_code', ph_credit, '统一社会信用代码91XXXX'),
    ('ph_bank_plate', ph_bank_plate, '车牌、银行卡打星'),
    ('ph_csv_cells', ph_csv, 'CSV导出中张**与手机号打星'),
    ('ph_bilingual_form', ph_bilingual_form, '中英文表格空白'),
    ('ph_reward_mou_custom', ph_reward_mou, '督查通报某某'),
]

PH_NEG = [
    ('phn_onex_edu', ['education_report'], ['onex'], '1+X证书'),
    ('phn_7x_report', ['work_report'], ['onex'], '7+X产业体系'),
    ('phn_x86_procure', ['procurement_result', 'tender'], ['arch'], 'x86架构'),
    ('phn_xray_health', ['health_report'], ['xray'], 'X光/X射线'),
    ('phn_sizes_procure', ['procurement_result'], ['sizes'], 'XL/XXL码'),
    ('phn_5x8_service', ['work_summary', 'notice'], ['times'], '5×8小时、7×24小时'),
    ('phn_mult_construction', ['construction_contract', 'tender'], ['mult'], '600×600mm'),
    ('phn_formula_stat', ['stat_table', 'budget'], ['formula'], '含变量x的公式'),
    ('phn_mou_prose_report', ['work_report'], ['mou_prose'], '某些/某种'),
    ('phn_mou_prose_news', ['news'], ['mou_prose'], '某年某月叙述'),
    ('phn_models', ['procurement_result'], ['models'], '型号EB-X51'),
    ('phn_xxgk_url', ['notice', 'official_doc'], ['xxgk'], 'URL中的xxgk'),
    ('phn_pinyin_names', ['contract'], ['pinyin_names'], 'XU Xiaoming等拼音'),
    ('phn_email_file', ['email'], ['email_file'], '文件名和邮箱'),
    ('phn_chi_square', ['health_report'], ['chi_square'], 'χ²检验'),
    ('phn_stars', ['notice', 'budget'], ['stars'], '★★★★评级'),
    ('phn_daiding_math', ['education_report'], ['daiding'], '待定系数法'),
    ('phn_todo_term', ['work_summary'], ['todo_term'], 'TODO作为术语'),
    ('phn_vague_qty', ['village_report'], ['vague'], '数十户、若干'),
    ('phn_xr_ux', ['news'], ['xr_ux'], 'XR/UX'),
    ('phn_axis', ['stat_table'], ['axis'], 'X轴/X型支撑'),
    ('phn_mixed_traps', ['work_summary', 'work_report', 'news'], ['onex', 'xray', 'times', 'mult', 'mou_prose', 'arch', 'sizes', 'formula'], '多种陷阱混合'),
]
PH_NEG_CLEAN = [
    ('phn_filled_contract', ['contract', 'construction_contract'], '完整填写的合同'),
    ('phn_filled_cert', ['honor_cert'], '已填写的证书'),
    ('phn_filled_personnel', ['personnel_form', 'job_application'], '已填写的人事表格'),
    ('phn_filled_minutes', ['minutes'], '已填写的会议纪要'),
    ('phn_filled_intro', ['intro_letter'], '已填写的介绍信'),
    ('phn_filled_reg', ['company_reg'], '已填写的企业登记表（完整证件号）'),
    ('phn_clean_official', ['official_doc'], '真实文号〔2023〕12号'),
    ('phn_clean_bid', ['bid_result', 'procurement_result'], '完整评标公示'),
    ('phn_clean_signsheet', ['meeting_sign'], '签到表完整手机号'),
]

# ----------------------------------------------------------------------------------------------
# encoding damage (real codecs)
# ----------------------------------------------------------------------------------------------

_TRAD_PY = ('发發fā 区區qū 领領lǐng 导導dǎo 实實shí 际際jì 现現xiàn 将將jiāng 关關guān 开開kāi 汇匯huì 报報bào '
            '经經jīng 济濟jì 项項xiàng 进進jìn 时時shí 动動dòng 务務wù 设設shè 级級jí 业業yè 会會huì 计計jì 划劃huà '
            '团團tuán 结結jié 组組zǔ 织織zhī 党黨dǎng 员員yuán 学學xué 习習xí 贯貫guàn 彻徹chè 这這zhè 为為wèi '
            '对對duì 产產chǎn 农農nóng 乡鄉xiāng 镇鎮zhèn 环環huán 卫衛wèi 疗療liáo 医醫yī 万萬wàn 亿億yì 资資zī '
            '专專zhuān 财財cái 税稅shuì 优優yōu 质質zhì 体體tǐ 机機jī 构構gòu 严嚴yán 问問wèn 题題tí 检檢jiǎn '
            '众眾zhòng 稳穩wěn 标標biāo 准準zhǔn 筑築zhù 车車chē 辆輛liàng 线線xiàn 网網wǎng 络絡luò 电電diàn '
            '话話huà 说說shuō 书書shū 记記jì 录錄lù 议議yì 论論lùn 认認rèn 识識shí 类類lèi 坚堅jiān 兴興xīng '
            '当當dāng 护護hù 维維wéi 统統tǒng 筹籌chóu 规規guī 范範fàn 监監jiān 协協xié 调調tiáo 点點diǎn '
            '难難nán 处處chǔ 况況kuàng 续續xù 积積jī 极極jí 参參cān 与與yǔ 层層céng 风風fēng 险險xiǎn 灾災zāi '
            '种種zhòng 态態tài 势勢shì 总總zǒng 门門mén 年年nián 达達dá 绩績jì 强強qiáng 推推tuī 个個gè 们們men '
            '务務wù 举舉jǔ 办辦bàn 营營yíng 费費fèi 额額é 节節jié 综綜zōng 应應yīng 急急jí 访訪fǎng 职職zhí '
            '责責zé 运運yùn 尽盡jìn 广廣guǎng 乐樂lè 儿兒ér 亲親qīn 爱愛ài 园園yuán 场場chǎng 厂廠chǎng '
            '县縣xiàn 东東dōng 闻聞wén 热熱rè 线線xiàn 边邊biān 过過guò 还還hái 后後hòu 来來lái')
TRAD = {}
PINYIN = {}
for _tok in _TRAD_PY.split():
    _s, _t, _p = _tok[0], _tok[1], _tok[2:]
    if _s != _t:
        TRAD[_s] = _t
        PINYIN[_s] = _p


def to_trad(s):
    return ''.join(TRAD.get(c, c) for c in s)


def pinyin_annot(s):
    out = ''.join(TRAD[c] + '(' + PINYIN[c] + ')' if c in TRAD else c for c in s)
    return out


KANGXI = {}
for _cp in list(range(0x2F00, 0x2FD6)):
    _t = unicodedata.normalize('NFKC', chr(_cp))
    if _t != chr(_cp):
        KANGXI[_t] = chr(_cp)


def _codec(enc_in, enc_out, then=None):
    def f(s, r=None):
        try:
            x = s.encode(enc_in).decode(enc_out, 'replace')
        except UnicodeEncodeError:
            return None
        if then == 'q':                          # shown through a GBK terminal/editor: U+FFFD -> '?'
            x = x.encode('gbk', 'replace').decode('gbk')
        return x
    return f


DMG = {
    'utf8_gbk': _codec('utf-8', 'gbk'),
    'utf8_gbk_q': _codec('utf-8', 'gbk', 'q'),
    'utf8_gb18030': _codec('utf-8', 'gb18030'),
    'utf8_latin1': _codec('utf-8', 'latin-1'),
    'utf8_cp1252': _codec('utf-8', 'cp1252'),
    'utf8_macroman': _codec('utf-8', 'mac_roman'),
    'utf8_cp437': _codec('utf-8', 'cp437'),
    'utf8_big5': _codec('utf-8', 'big5'),
    'utf8_sjis': _codec('utf-8', 'shift_jis'),
    'utf8_euckr': _codec('utf-8', 'euc_kr'),
    'utf8_koi8r': _codec('utf-8', 'koi8_r'),
    'utf8_cp1251': _codec('utf-8', 'cp1251'),
    'utf8_greek': _codec('utf-8', 'iso8859_7'),
    'gbk_utf8': _codec('gbk', 'utf-8'),
    'gbk_ascii': _codec('gbk', 'ascii'),
    'gbk_big5': _codec('gbk', 'big5'),
    'gbk_sjis': _codec('gbk', 'shift_jis'),
    'gbk_latin1': _codec('gbk', 'latin-1'),
    'gbk_cp1252': _codec('gbk', 'cp1252'),
    'lost_ascii': lambda s, r=None: s.encode('ascii', 'replace').decode('ascii'),
    'lost_gb2312': lambda s, r=None: s.encode('gb2312', 'replace').decode('gb2312'),
    'big5_gbk': lambda s, r=None: to_trad(s).encode('big5', 'replace').decode('gbk', 'replace'),
    'kunjinkao': lambda s, r=None: s.encode('gbk').decode('utf-8', 'replace').encode('utf-8').decode('gbk', 'replace'),
    'double_utf8_gbk': lambda s, r=None: s.encode('utf-8').decode('gbk', 'replace').encode('utf-8').decode('gbk', 'replace'),
    'shift_one': lambda s, r=None: s.encode('gbk')[1:].decode('gbk', 'replace').encode('gbk', 'replace').decode('gbk'),
    'num_ent': lambda s, r=None: s.encode('ascii', 'xmlcharrefreplace').decode('ascii'),
    'hex_ent': lambda s, r=None: ''.join(c if ord(c) < 128 else '&#x%x;' % ord(c) for c in s),
    'json_u': lambda s, r=None: json.dumps(s)[1:-1],
    'py_bytes': lambda s, r=None: repr(s.encode('utf-8'))[2:-1],
    'url': lambda s, r=None: urllib.parse.quote(s),
    'pinyin': lambda s, r=None: pinyin_annot(s),
    'kangxi': lambda s, r=None: ''.join(KANGXI.get(c, c) for c in s),
}


def dmg_zw(s, r):
    if len(s) < 2:
        return None
    i = r.randint(1, len(s) - 1)
    return s[:i] + r.choice(['\u200b', '\u200b', '\u200c', '\u200d', '\u2060']) + s[i:]


def dmg_pua(s, r):
    idx = [i for i, c in enumerate(s) if '\u4e00' <= c <= '\u9fff']
    if not idx:
        return None
    out = list(s)
    for i in r.sample(idx, max(1, len(idx) // 3)):
        out[i] = chr(0xE000 + (ord(s[i]) * 7) % 0x1800)
    return ''.join(out)


def dmg_cid(s, r):
    idx = [i for i, c in enumerate(s) if '\u4e00' <= c <= '\u9fff']
    if not idx:
        return None
    out = list(s)
    for i in r.sample(idx, max(1, len(idx) // 2)):
        out[i] = '(cid:%d)' % (ord(s[i]) % 9000 + 100)
    return ''.join(out)


DMG['zw'] = dmg_zw
DMG['pua'] = dmg_pua
DMG['cid'] = dmg_cid

_CJK = re.compile(r'[\u4e00-\u9fff]')


def _lines_with_offsets(text):
    out, pos = [], 0
    for ln in text.split('\n'):
        out.append((pos, pos + len(ln), ln))
        pos += len(ln) + 1
    return out


def candidates(text, scope, r):
    lines = _lines_with_offsets(text)
    body = [x for x in lines[1:] if _CJK.search(x[2])] or [x for x in lines if _CJK.search(x[2])]
    c = []
    if scope == 'word':
        for s0, e0, ln in body:
            for mo in re.finditer(r'[\u4e00-\u9fff]{2,}', ln):
                L = r.randint(2, 4)
                if mo.end() - mo.start() < L:
                    L = mo.end() - mo.start()
                st = r.randint(mo.start(), mo.end() - L)
                c.append([(s0 + st, s0 + st + L)])
    elif scope == 'phrase':
        for s0, e0, ln in body:
            for mo in re.finditer(r'[^，。；：、\n\t|]{4,40}', ln):
                if len(_CJK.findall(mo.group())) >= 3:
                    c.append([(s0 + mo.start(), s0 + mo.end())])
    elif scope == 'line':
        c = [[(s0, e0)] for s0, e0, ln in body]
    elif scope == 'title':
        c = [[(lines[0][0], lines[0][1])]]
    elif scope == 'last':
        c = [[(lines[-1][0], lines[-1][1])]] if _CJK.search(lines[-1][2]) else []
    elif scope == 'cell':
        for s0, e0, ln in body:
            for mo in re.finditer(r'[^\t|，,\n]+', ln):
                g = mo.group().strip()
                if _CJK.search(g):
                    st = s0 + mo.start() + (len(mo.group()) - len(mo.group().lstrip()))
                    c.append([(st, st + len(g))])
    elif scope == 'value':
        for s0, e0, ln in body:
            for mo in re.finditer(r'：([^\s：]{2,40})', ln):
                if _CJK.search(mo.group(1)):
                    c.append([(s0 + mo.start(1), s0 + mo.end(1))])
    elif scope == 'multi':
        if len(body) >= 2:
            k = r.randint(2, min(4, len(body)))
            st = r.randint(0, len(body) - k)
            c = [[(x[0], x[1]) for x in body[st:st + k]]]
    elif scope == 'doc':
        c = [[(x[0], x[1]) for x in lines if x[2].strip()]]
    return c


def apply_damage(text, r, fn, scope, spots=1):
    """Choose stretches of a clean text and damage them; returns a W with exact spans."""
    for _ in range(40):
        cands = candidates(text, scope, r)
        if not cands:
            return None
        chosen = []
        r.shuffle(cands)
        for cand in cands:
            if len(chosen) >= spots:
                break
            if any(not (e <= s2 or s >= e2) for s, e in cand for s2, e2 in chosen):
                continue
            chosen.extend(cand)
        chosen.sort()
        w = W(r)
        pos = 0
        ok = True
        for s, e in chosen:
            orig = text[s:e]
            d = fn(orig, r)
            if d is None or d == orig:
                ok = False
                break
            w.t(text[pos:s])
            w.m(d, orig)
            pos = e
        if ok and chosen:
            w.t(text[pos:])
            return w
    return None


def combo_mj(genre_names, dmg, scope, spots=(1, 1)):
    fn = DMG[dmg]

    def gen(r):
        for _ in range(50):
            tmp = W(r)
            GENRES[r.choice(genre_names)](tmp)
            w = apply_damage(tmp.finish(), r, fn, scope, r.randint(*spots))
            if w is not None:
                return w
        raise RuntimeError('damage failed %s %s' % (dmg, scope))
    return gen


# ----------------------------------------------------------------------------------------------
# foreign / symbol material (written for this collection)
# ----------------------------------------------------------------------------------------------

FOREIGN = {
    'ru': ['«Сотрудничество в области образования успешно развивается»', 'Меморандум о сотрудничестве подписан в Казани.',
           'Добро пожаловать на выставку!', '«Спасибо за тёплый приём»'],
    'ja': ['「持続可能な地域づくりに向けた取り組み」', '日本側代表は「交流を一層深めたい」と述べた。', '「ありがとうございました」',
           '「地域医療連携シンポジウム」'],
    'ko': ['「지역 협력 강화를 위한 간담회」', '한중 우호 교류 행사', '「감사합니다」'],
    'el': ['«Η συνεργασία είναι σημαντική»', 'Πανεπιστήμιο Αθηνών', '«ευχαριστώ πολύ»'],
    'fr': ['« Le développement durable est notre priorité »', 'Café de la Gare, à Lyon', 'Société des Études Régionales',
           '« Bienvenue à la délégation chinoise »'],
    'de': ['Müller & Söhne GmbH', 'Hauptstraße 12, Großenhain', '„Wir freuen uns auf die Zusammenarbeit“'],
    'es': ['Año Nuevo Chino en Málaga', 'Compañía Española de Comercio', '«Señoras y señores, bienvenidos»'],
    'vi': ['Hợp tác phát triển bền vững', 'Thành phố Hồ Chí Minh', '«Cảm ơn sự hỗ trợ của quý vị»'],
}
EMOJI = ['👍', '🎉', '😊', '🌸', '📢', '✅', '🔥', '💪', '🏮', '🚒', '❤️', '🙏']
RARE_NAMES = ['王喆', '李堃', '陈赟', '张玥', '刘珺', '周昇', '黄垚', '吴犇', '赵镕', '孙琇', '林頔', '郭䶮']
ASTRAL = ['𠮷', '𡈽', '𪚥', '𠀾']

# ----------------------------------------------------------------------------------------------
# custom mojibake styles
# ----------------------------------------------------------------------------------------------


def _genre_lines(r, names):
    tmp = W(r)
    GENRES[r.choice(names)](tmp)
    return tmp.finish().split('\n')


def mj_smartquotes(r):
    w = W(r)
    w.line('{base}市外事办公室关于国际友城来访的简报')
    w.line('{date}，友好城市代表团一行{n2}人来我市访问。')
    quote = r.choice(['“We look forward to deeper cooperation,” said the mayor.', 'The delegation’s visit was a “great success”.',
                      '市长表示：“欢迎各位朋友！”', '代表团团长在致辞中说：“合作共赢”。'])
    w.t('团长致辞：')
    seg = quote
    w.m(DMG['utf8_cp1252'](seg), seg)
    w.nl()
    w.t('双方就教育、文旅等领域合作进行了深入交流。')
    return w


def mj_big5_gbk(r):
    w = W(r)
    w.line('{base}市台港澳事务办公室交流活动简报')
    w.line('{date}，两岸青年创业交流会在{base}市举行。')
    src = r.choice(['臺灣創業協會', '財團法人青年發展基金會', '香港工商總會', '國立科技大學產學合作處', '經濟發展研究中心'])
    w.t('来访单位：')
    w.m(src.encode('big5').decode('gbk', 'replace'), src)
    w.nl()
    w.t('双方签署合作备忘录{n2}份。'.replace('{n2}', VAL['n2'](r)))
    return w


def mj_sjis_gbk(r):
    w = W(r)
    w.line('{base}市与日本友好城市交流情况')
    w.t('日方代表致辞：')
    src = r.choice(FOREIGN['ja'])
    w.m(src.encode('shift_jis').decode('gbk', 'replace'), src)
    w.nl()
    w.line('{date}，双方就医疗、养老合作进行了座谈。')
    return w


def mj_cp1251_koi8(r):
    w = W(r)
    w.line('{base}市国际会展中心外宾接待记录')
    w.t('俄方贺词：')
    src = r.choice(FOREIGN['ru'])
    w.m(src.encode('cp1251').decode('koi8_r'), src)
    w.nl()
    w.line('接待人员：{person}，翻译：{person}')
    return w


def mj_lost_gb2312(r):
    w = W(r)
    w.line('{base}街道{year}年度优秀网格员名单')
    names = [_person(r) for _ in range(r.randint(2, 5))]
    rare = r.sample(RARE_NAMES, r.randint(1, 2))
    allnames = names + rare
    r.shuffle(allnames)
    w.t('名单：')
    for i, nm in enumerate(allnames):
        if i:
            w.t('、')
        if nm in rare:
            w.m(DMG['lost_gb2312'](nm), nm)
        else:
            w.t(nm)
    w.nl()
    w.t('以上同志在网格化管理工作中表现突出，特予表扬。')
    return w


def mj_emoji_gb18030(r):
    w = W(r)
    w.line('【{base}发布】{base}社区“邻里节”圆满举办')
    w.fill('{date}，社区组织居民开展百家宴、趣味运动会等活动')
    e = r.choice(EMOJI)
    w.m(e.encode('utf-8').decode('gb18030', 'replace'), e)
    w.nl()
    w.fill('活动吸引居民{n}人参与，现场气氛热烈')
    e = r.choice(EMOJI)
    if r.random() < 0.5:
        w.m(e.encode('utf-8').decode('gb18030', 'replace'), e)
    else:
        w.t('。')
    return w


def mj_emoji_gbk_q(r):
    w = W(r)
    w.line('{base}消防救援站微信推文')
    w.fill('夏季用电高峰来临，请大家注意用电安全')
    e = ''.join(r.sample(EMOJI, r.randint(1, 3)))
    w.m(e.encode('gbk', 'replace').decode('gbk'), e)
    w.nl()
    w.line('报警电话：119')
    return w


def mj_html_nbsp(r):
    lines = _genre_lines(r, ['official_doc', 'work_report', 'notice'])
    w = W(r)
    w.t(lines[0] + '\n')
    hit = False
    for i, ln in enumerate(lines[1:]):
        if r.random() < 0.5 or (not hit and i == len(lines) - 2):
            w.m('&nbsp;' * r.choice([2, 4, 4, 6]), '\u3000\u3000')
            hit = True
        w.t(ln + ('\n' if i < len(lines) - 2 else ''))
    return w


def mj_html_amp(r):
    lines = _genre_lines(r, ['news', 'notice'])
    w = W(r)
    w.t(lines[0] + '\n')
    for i, ln in enumerate(lines[1:]):
        if i == 0 or r.random() < 0.4:
            tag = r.choice(['&amp;lt;p&amp;gt;', '&lt;p&gt;', '&amp;nbsp;&amp;nbsp;', '&amp;lt;br /&amp;gt;'])
            orig = html.unescape(html.unescape(tag)) if tag.startswith('&amp;') else html.unescape(tag)
            w.m(tag, orig if orig != tag else None)
        w.t(ln + ('\n' if i < len(lines) - 2 else ''))
    return w


def mj_html_span(r):
    lines = _genre_lines(r, ['news', 'work_summary'])
    w = W(r)
    w.t(lines[0] + '\n')
    k = r.randint(1, len(lines) - 1)
    for i, ln in enumerate(lines[1:], 1):
        if i == k or r.random() < 0.25:
            st = r.choice(['<span style="font-family:仿宋_GB2312;font-size:16pt">', '<span style="color:#333333;">',
                           "<span lang=EN-US style='font-size:12.0pt'>", '<font face="宋体" size="3">'])
            w.m(st)
            cut = r.randint(1, max(1, len(ln) - 1))
            w.t(ln[:cut])
            w.m('</font>' if st.startswith('<font') else '</span>')
            w.t(ln[cut:])
        else:
            w.t(ln)
        if i < len(lines) - 1:
            w.nl()
    return w


def mj_html_br_p(r):
    lines = _genre_lines(r, ['news', 'notice', 'work_report'])
    w = W(r)
    w.t(lines[0] + '\n')
    for i, ln in enumerate(lines[1:], 1):
        if r.random() < 0.4 or i == 1:
            w.m(r.choice(['<p style="text-indent:2em;">', '<p style="text-align:justify">', '<p>', '<p class="MsoNormal">']))
            w.t(ln)
            w.m(r.choice(['</p>', '<br>', '<br/>', '<br />']))
        else:
            w.t(ln)
        if i < len(lines) - 1:
            w.nl()
    return w


def mj_word_html(r):
    lines = _genre_lines(r, ['work_summary', 'official_doc'])
    w = W(r)
    w.t(lines[0] + '\n')
    for i, ln in enumerate(lines[1:], 1):
        if r.random() < 0.5 or i == 1:
            if r.random() < 0.5:
                w.m('<!--[if !supportLists]-->')
                w.t(ln)
                w.m('<o:p></o:p>')
            else:
                w.t(ln)
                w.m(r.choice(['<o:p>&nbsp;</o:p>', '<o:p></o:p>', "<span style='mso-spacerun:yes'>&nbsp; </span>"]))
        else:
            w.t(ln)
        if i < len(lines) - 1:
            w.nl()
    return w


def mj_named_ent(r):
    w = W(r)
    w.line('{base}区开展“我为群众办实事”实践活动')
    src = r.choice(['“我为群众办实事”', '“两个确保”——', '“放管服”改革……', '《条例》·解读', '“一网通办”'])
    w.fill('{date}，区委召开推进会，围绕')
    enc = ''.join('&%s;' % html.entities.codepoint2name[ord(c)] if ord(c) > 127 and ord(c) in html.entities.codepoint2name else c for c in src)
    w.m(enc, src)
    w.fill('部署下一阶段工作。')
    w.nl()
    w.t('会议要求，各单位要于{date}前报送工作台账。'.replace('{date}', _date(r)))
    return w


def mj_qp(r):
    w = W(r)
    w.line('From: {person} <office@example.org.cn>')
    w.line('Subject: 关于报送材料的通知')
    w.line('Content-Transfer-Encoding: quoted-printable')
    w.nl()
    src = r.choice(['各位同事：请于本周五前报送材料。', '附件为会议通知，请查收。', '谢谢配合！'])
    enc = quopri.encodestring(src.encode('utf-8')).decode('ascii').replace('=\n', '')
    w.m(enc, src)
    w.nl()
    w.t('{office}'.replace('{office}', r.choice(OFFICES)))
    return w


def mj_mime(r):
    w = W(r)
    w.line('发件人：{person}')
    src = r.choice(['关于报送年度总结的通知', '会议纪要（定稿）', '请审核招标文件', '工资表'])
    cs = r.choice(['UTF-8', 'GB2312', 'GBK'])
    enc = '=?%s?B?%s?=' % (cs, base64.b64encode(src.encode(cs.lower())).decode('ascii'))
    w.t('主题：')
    w.m(enc, src)
    w.nl()
    w.t('附件：')
    fn = src + '.docx'
    if r.random() < 0.5:
        w.m('=?UTF-8?B?%s?=' % base64.b64encode(fn.encode('utf-8')).decode('ascii'), fn)
    else:
        w.t(fn)
    w.nl()
    w.t('正文：请查收附件，谢谢。')
    return w


def mj_url(r):
    w = W(r)
    lines = _genre_lines(r, ['notice', 'tender', 'procurement_result'])
    w.t('\n'.join(lines[:6]) + '\n')
    w.t('附件下载：')
    fn = r.choice(['投标文件格式', '采购需求', '报名登记表', '工作方案']) + '.docx'
    w.t('http://www.example.gov.cn/uploads/')
    w.m(urllib.parse.quote(fn), fn)
    return w


def mj_bom_mid(r):
    lines = _genre_lines(r, ['work_summary', 'minutes', 'news', 'budget'])
    w = W(r)
    k = r.randint(1, len(lines) - 1)
    cp = r.random() < 0.5
    for i, ln in enumerate(lines):
        if i == k:
            if cp:
                w.m('\ufeff'.encode('utf-8').decode('cp1252'), '')
            else:
                w.m('\ufeff', '')
        w.t(ln)
        if i < len(lines) - 1:
            w.nl()
    return w


def mj_bom_inline(r):
    w = W(r)
    w.fill('{base}区{year}年第')
    w.fill('{n2}次常务会议议定事项：')
    w.m(r.choice(['\ufeff', 'ï»¿', '\ufeff']), '')
    w.fill('一、原则同意{proj}。')
    w.nl()
    w.t('二、由{dept}负责落实。'.replace('{dept}', r.choice(DEPTS)))
    return w


def mj_stray_cr(r):
    lines = _genre_lines(r, ['work_report', 'stat_table', 'village_report'])
    w = W(r)
    ks = set(r.sample(range(1, len(lines)), min(len(lines) - 1, r.randint(1, 3))))
    for i, ln in enumerate(lines):
        if i in ks and len(ln) > 4:
            j = r.randint(2, len(ln) - 2)
            w.t(ln[:j])
            w.m(r.choice(['\r', '\r', '\r\r']), '')
            w.t(ln[j:])
        else:
            w.t(ln)
        if i < len(lines) - 1:
            w.nl()
    if not w.spans:
        w.m('\r', '')
    return w


def mj_csv_broken(r):
    w = W(r)
    w.line('项目名称,承建单位,合同金额（万元）,进度')
    for _ in range(r.randint(2, 5)):
        row = [VAL['proj'](r), VAL['org'](r), _money(r), r.choice(['已完工', '在建', '前期'])]
        buf = io.StringIO()
        csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator='').writerow(row)
        good = buf.getvalue()
        if r.random() < 0.5:
            buf2 = io.StringIO()
            csv.writer(buf2, quoting=csv.QUOTE_ALL, lineterminator='').writerow([good])
            w.m(buf2.getvalue(), good)
        else:
            w.t(good)
        w.nl()
    if not w.spans:
        row = '"%s","%s"' % (VAL['proj'](r), _money(r))
        buf2 = io.StringIO()
        csv.writer(buf2, quoting=csv.QUOTE_ALL, lineterminator='').writerow([row])
        w.m(buf2.getvalue(), row)
    return w


OCR_SUBS = [('已经', '己经', '目前{s}完成入户走访{n}户。'), ('已完成', '己完成', '全镇{s}农村危房改造{n2}户。'),
            ('已于', '己于', '该项目{s}{date}通过竣工验收。'), ('2023', '2O23', '截至{s}年底，累计发放补贴{money}万元。'),
            ('2022', '2O22', '{s}年全镇完成固定资产投资{money}亿元。'), ('10', 'lO', '全年召开专题会议{s}次，研究重点事项{n2}项。'),
            ('12月', 'l2月', '{s}中旬完成年度考核工作。'), ('11月', 'll月', '{s}底前全部完成问题整改。'),
            ('未来', '末来', '{s}三年将重点推进城乡融合发展。'), ('日常', '曰常', '加强{s}巡查，发现问题及时处置。'),
            ('人员', '入员', '组织工作{s}{n}人次开展巡河。'), ('干部', '千部', '全镇{s}职工积极参与志愿服务。'),
            ('已', '己', '上述问题{s}全部整改到位。'), ('土地', '士地', '完成{s}流转{n}亩。')]


def mj_ocr(r):
    w = W(r)
    w.fill(r.choice(['{base}镇{year}年度工作总结（扫描件）', '{base}街道{year}年上半年工作汇报', '{base}村{year}年村务公开']))
    w.nl()
    subs = r.sample(OCR_SUBS, r.randint(1, 3))
    clean = [t for t in ['全年共走访群众{n}户，收集意见建议{n2}条。', '各村清理生活垃圾{n}吨，整治乱堆乱放{n2}处。',
                         '组织开展安全生产检查{n2}次。'] if r.random() < 0.6]
    items = [('s', x) for x in subs] + [('c', x) for x in clean]
    r.shuffle(items)
    for kind, x in items:
        if kind == 'c':
            w.line(x)
            continue
        a, b, tmpl = x
        pre, post = tmpl.split('{s}')
        w.fill(pre)
        w.m(b, a)
        w.line(post)
    w.t(r.choice(['（本文由扫描件识别生成）', '（PDF转换稿）', '（供内部参考）']))
    return w


def mj_mixed_foreign(r):
    w = W(r)
    w.line('{base}市国际友好交流活动纪要')
    lang = r.choice(['ru', 'ja', 'fr', 'ko', 'de'])
    w.t('外方致辞原文：')
    w.t(r.choice(FOREIGN[lang]))
    w.nl()
    w.t('中方致辞：')
    src = r.choice(['热烈欢迎各位来宾', '愿两市友谊长青', '携手共创美好未来'])
    dm = r.choice(['utf8_gbk', 'utf8_cp1252', 'gbk_utf8', 'utf8_latin1'])
    w.m(DMG[dm](src), src)
    w.nl()
    w.t('翻译：{person}'.replace('{person}', _person(r)))
    return w


def mj_escaped_newlines(r):
    lines = _genre_lines(r, ['work_summary', 'news', 'notice'])
    w = W(r)
    k = r.randint(1, max(1, len(lines) - 2))
    w.t('\n'.join(lines[:k]) + '\n')
    merged = '\n'.join(lines[k:k + 2])
    enc = json.dumps(merged, ensure_ascii=False)[1:-1]
    if enc == merged:
        enc = merged + '\\n'
    # mark only the escape debris, keep the words clean
    pieces = enc.split('\\n')
    for i, pc in enumerate(pieces):
        if i:
            w.m(r.choice(['\\n', '\\r\\n']) if i else '\\n', '\n')
        w.t(pc)
    if len(lines) > k + 2:
        w.t('\n' + '\n'.join(lines[k + 2:]))
    return w


def mj_kunjinkao_row(r):
    w = W(r)
    w.line('{base}街道困难群众救助台账')
    w.line('序号\t姓名\t救助类别\t金额（元）')
    for i in range(1, r.randint(3, 6)):
        nm = _person(r)
        while DMG['kunjinkao'](nm) == nm:
            nm = _person(r)
        w.t('%d\t' % i)
        if r.random() < 0.5 or (i == 1):
            w.m(DMG['kunjinkao'](nm), nm)
        else:
            w.t(nm)
        w.t('\t%s\t%d' % (r.choice(['低保', '特困', '临时救助']), r.randint(3, 30) * 100))
        w.nl()
    return w


MJ_POS = [
    ('mj_utf8_gbk_word', ['work_report', 'work_summary'], 'utf8_gbk', 'word', (1, 2), 'UTF-8按GBK解码（鍙戝睍）词级'),
    ('mj_utf8_gbk_line', ['work_summary', 'health_report'], 'utf8_gbk', 'line', (1, 1), 'UTF-8按GBK解码整行'),
    ('mj_utf8_gbk_title', ['notice', 'tender', 'official_doc'], 'utf8_gbk', 'title', (1, 1), '标题乱码'),
    ('mj_utf8_gbk_cell', ['stat_table'], 'utf8_gbk', 'cell', (1, 2), '表格单元格乱码'),
    ('mj_utf8_gbk_q_phrase', ['minutes', 'work_report'], 'utf8_gbk_q', 'phrase', (1, 1), 'GBK显示后�变?（锛?）'),
    ('mj_utf8_gbk_doc', ['annual_report', 'news'], 'utf8_gbk', 'doc', (1, 1), '整篇乱码'),
    ('mj_utf8_gbk_signature', ['official_doc', 'notice', 'reward_notice'], 'utf8_gbk', 'last', (1, 1), '落款乱码'),
    ('mj_utf8_gbk_value', ['company_reg', 'personnel_form'], 'utf8_gbk', 'value', (1, 2), '表单字段值乱码'),
    ('mj_utf8_gb18030_phrase', ['procurement_result', 'bid_result'], 'utf8_gb18030', 'phrase', (1, 1), 'GB18030解码UTF-8'),
    ('mj_kunjinkao_value', ['personnel_form', 'company_reg'], 'kunjinkao', 'value', (1, 1), '锟斤拷'),
    ('mj_kunjinkao_word', ['news', 'village_report'], 'kunjinkao', 'word', (1, 2), '锟斤拷词级'),
    ('mj_utf8_latin1_phrase', ['tender', 'contract'], 'utf8_latin1', 'phrase', (1, 1), 'UTF-8按Latin-1解码（含C1控制符）'),
    ('mj_utf8_cp1252_line', ['bid_result', 'email'], 'utf8_cp1252', 'line', (1, 1), 'UTF-8按cp1252解码（å‘å±•）'),
    ('mj_utf8_macroman', ['contract', 'construction_contract'], 'utf8_macroman', 'phrase', (1, 1), 'Mac Roman读UTF-8'),
    ('mj_utf8_cp437_cell', ['meeting_sign', 'stat_table'], 'utf8_cp437', 'cell', (1, 2), 'cp437读UTF-8'),
    ('mj_utf8_big5', ['official_doc', 'work_report'], 'utf8_big5', 'phrase', (1, 1), 'Big5读UTF-8'),
    ('mj_utf8_sjis', ['email', 'notice'], 'utf8_sjis', 'phrase', (1, 1), 'Shift_JIS读UTF-8'),
    ('mj_utf8_euckr', ['honor_cert'], 'utf8_euckr', 'line', (1, 1), 'EUC-KR读UTF-8'),
    ('mj_utf8_koi8r', ['minutes', 'work_summary'], 'utf8_koi8r', 'word', (1, 2), 'KOI8-R读UTF-8'),
    ('mj_utf8_cp1251', ['village_report', 'budget'], 'utf8_cp1251', 'phrase', (1, 1), 'cp1251读UTF-8'),
    ('mj_utf8_greek', ['budget', 'education_report'], 'utf8_greek', 'word', (1, 1), 'ISO-8859-7读UTF-8'),
    ('mj_gbk_utf8_fffd', ['job_application', 'personnel_form'], 'gbk_utf8', 'phrase', (1, 1), 'GBK按UTF-8解码出�'),
    ('mj_gbk_ascii_runs', ['health_report', 'education_report'], 'gbk_ascii', 'word', (1, 2), '成串U+FFFD'),
    ('mj_gbk_big5', ['village_report', 'work_report'], 'gbk_big5', 'line', (1, 1), 'GBK按Big5解码'),
    ('mj_gbk_sjis', ['education_report', 'news'], 'gbk_sjis', 'phrase', (1, 1), 'GBK按Shift_JIS解码'),
    ('mj_gbk_latin1_value', ['bid_result', 'company_reg'], 'gbk_latin1', 'value', (1, 1), 'GBK按Latin-1解码（·¢Õ¹）'),
    ('mj_gbk_cp1252_line', ['email', 'minutes'], 'gbk_cp1252', 'line', (1, 1), 'GBK按cp1252解码'),
    ('mj_lost_ascii_line', ['notice', 'tender'], 'lost_ascii', 'line', (1, 1), '整行变成???'),
    ('mj_shift_one', ['work_report', 'work_summary'], 'shift_one', 'phrase', (1, 1), 'GBK字节流错位一字节'),
    ('mj_double_utf8_gbk', ['work_summary', 'village_report'], 'double_utf8_gbk', 'word', (1, 1), '二次乱码'),
    ('mj_num_entities', ['news', 'notice'], 'num_ent', 'phrase', (1, 1), '&#21457;数字实体'),
    ('mj_hex_entities', ['work_report', 'health_report'], 'hex_ent', 'word', (1, 2), '&#x53d1;十六进制实体'),
    ('mj_json_u', ['news', 'procurement_result'], 'json_u', 'phrase', (1, 1), 'JSON转义\\u53d1残留'),
    ('mj_py_bytes', ['minutes', 'email'], 'py_bytes', 'word', (1, 1), '\\xe5\\x8f\\x91字节串残留'),
    ('mj_pinyin_line', ['work_report', 'work_summary'], 'pinyin', 'line', (1, 2), '發(fā)展拼音注音残留'),
    ('mj_pinyin_doc', ['work_report', 'village_report', 'health_report'], 'pinyin', 'doc', (1, 1), '整篇繁体+拼音'),
    ('mj_zero_width', ['contract', 'notice', 'official_doc'], 'zw', 'word', (1, 2), '零宽字符'),
    ('mj_kangxi_pdf', ['work_report', 'budget', 'official_doc'], 'kangxi', 'line', (1, 2), 'PDF抽取康熙部首⽇⽉'),
    ('mj_pdf_cid', ['annual_report', 'contract'], 'cid', 'phrase', (1, 1), 'PDF抽取(cid:123)'),
    ('mj_pua_glyphs', ['official_doc', 'bid_result'], 'pua', 'word', (1, 2), 'PDF私用区字形'),
]

MJ_CUSTOM = [
    ('mj_cp1252_smartquotes', mj_smartquotes, 'cp1252读UTF-8智能引号â€œ'),
    ('mj_big5_gbk', mj_big5_gbk, 'Big5繁体按GBK解码'),
    ('mj_sjis_gbk', mj_sjis_gbk, '日文Shift_JIS按GBK解码'),
    ('mj_cp1251_koi8r', mj_cp1251_koi8, '俄文cp1251按KOI8-R解码'),
    ('mj_lost_gb2312', mj_lost_gb2312, '生僻字入GB2312变?'),
    ('mj_emoji_gb18030', mj_emoji_gb18030, 'emoji经GB18030解码'),
    ('mj_emoji_gbk_q', mj_emoji_gbk_q, 'emoji存GBK变?'),
    ('mj_html_nbsp', mj_html_nbsp, '&nbsp;缩进残留'),
    ('mj_html_amp', mj_html_amp, '&amp;lt;双重转义'),
    ('mj_html_span', mj_html_span, '<span style=…>残留'),
    ('mj_html_br_p', mj_html_br_p, '<p style>与<br>残留'),
    ('mj_word_html', mj_word_html, 'Word HTML <o:p>残留'),
    ('mj_named_entities', mj_named_ent, '&ldquo;命名实体'),
    ('mj_qp_mail', mj_qp, 'quoted-printable正文'),
    ('mj_mime_subject', mj_mime, 'MIME =?UTF-8?B?主题'),
    ('mj_url_percent', mj_url, '%E5%8F%91 URL编码文件名'),
    ('mj_bom_midline', mj_bom_mid, '行首BOM（含cp1252 ï»¿）'),
    ('mj_bom_inline', mj_bom_inline, '行中BOM'),
    ('mj_stray_cr', mj_stray_cr, '行中孤立回车'),
    ('mj_csv_broken', mj_csv_broken, 'CSV引号二次转义'),
    ('mj_ocr_confusion', mj_ocr, 'OCR己/已、0/O、1/l混淆'),
    ('mj_mixed_foreign', mj_mixed_foreign, '外文正常+中文乱码混排'),
    ('mj_escaped_newlines', mj_escaped_newlines, 'JSON字符串\\n残留'),
    ('mj_kunjinkao_table', mj_kunjinkao_row, '台账姓名锟斤拷'),
]

# ----------------------------------------------------------------------------------------------
# mojibake-family negatives: clean look-alikes
# ----------------------------------------------------------------------------------------------

NEG_SENT = {
    'ru': lambda r: ['俄方代表用俄语致辞：' + r.choice(FOREIGN['ru']) + '。', '合作协议俄文本标题为“Соглашение о сотрудничестве”。'],
    'ja': lambda r: ['日方来宾致辞：' + r.choice(FOREIGN['ja']), '合作备忘录日文本题为「友好交流協定」。'],
    'ko': lambda r: ['韩方代表团团长致辞：' + r.choice(FOREIGN['ko']), '活动海报以中韩双语印制，韩文标题为「함께 걷는 길」。'],
    'el': lambda r: ['希腊友城来信落款：' + r.choice(FOREIGN['el']), '展览介绍中引用了希腊文原句“Γνῶθι σεαυτόν”。'],
    'fr': lambda r: ['法方代表致辞：' + r.choice(FOREIGN['fr']), '展出作品《Été à Provence》由法国艺术家创作。'],
    'de': lambda r: ['德方合作企业：' + r.choice(FOREIGN['de']), '德方专家 Dr. Jürgen Weiß 作专题讲座。'],
    'es': lambda r: ['西班牙合作方：' + r.choice(FOREIGN['es']), '参展商来自拉科鲁尼亚（A Coruña）。'],
    'vi': lambda r: ['越南友好省份代表题词：' + r.choice(FOREIGN['vi']), '越方企业名称：Công ty TNHH Thương mại Sao Việt。'],
    'emoji': lambda r: ['活动现场气氛热烈' + r.choice(EMOJI) + '，欢迎居民朋友踊跃参与' + r.choice(EMOJI),
                        '点赞' + r.choice(EMOJI) + '转发' + r.choice(EMOJI) + '，让更多人了解防诈知识！'],
    'rare': lambda r: ['获奖名单：' + '、'.join(r.sample(RARE_NAMES, 3)) + '。', '网格员' + r.choice(RARE_NAMES) + '被评为“最美网格员”。'],
    'astral': lambda r: ['古籍整理中保留了异体字“' + r.choice(ASTRAL) + '”，已按原貌录入。', '地名用字“' + r.choice(ASTRAL) + '”已纳入规范字库。'],
    'html_code': lambda r: ['信息化培训讲义：网页中强制换行可使用 <br> 标签，段落用 <p> 与 </p> 包裹。',
                            '示例代码：<a href="https://www.example.com">点击访问</a>（仅作教学演示）。',
                            'HTML中“&”需写作字符实体，“<”写作 &lt; 才能正确显示。'],
    'pinyin_lesson': lambda r: ['学习“发展(fāzhǎn)”一词时，要注意“展”读第三声。', '今天学习生字：“建（jiàn）”“设（shè）”。',
                                '课文注音：春天（chūntiān）来了，小草（xiǎocǎo）发芽了。'],
    'pinyin_place': lambda r: ['地名标准罗马字拼写：重庆 Chóngqìng、西安 Xī’ān。', '路牌拼音统一按《汉语拼音正词法基本规则》书写，如 Línjiāng Lù。'],
    'trad': lambda r: ['臺灣來賓表示：「兩岸交流合作前景廣闊。」', '香港特別行政區政府新聞處發佈消息稱，活動將如期舉行。'],
    'symbols': lambda r: ['当日最高气温38℃，降雨量12.5mm，PM2.5浓度35μg/m³，同比下降3.2‰。', '建筑面积1200㎡，允许偏差±5mm，含水率≤12%。'],
    'roman': lambda r: ['附件Ⅰ：项目清单；附件Ⅱ：资金分配表。', '①加强组织领导；②压实工作责任；③强化督导考核。'],
    'box': lambda r: ['┌──────┬──────┐', '│ 指标 │ 完成 │', '└──────┴──────┘'],
    'currency': lambda r: ['合同金额约合USD 12,000（折合€11,200、£9,600）。', '境外报价为JPY 1,250,000，按当日汇率折算人民币。'],
    'tm': lambda r: ['© {year} {base}市人民政府 版权所有', '系统兼容Windows®与Office™办公环境。'],
    'chem': lambda r: ['CO₂排放强度下降8%，SO₂、NOₓ排放浓度均达标。', '配制H₂O₂消毒液用于公共场所消杀。'],
    'greek': lambda r: ['检验水准α=0.05，检验效能1−β=0.80。', '设计参数：ΔT≤2℃，接地电阻R≤4Ω，粒径≤50μm。'],
    'qmark': lambda r: ['问：如何申领电子社保卡？答：登录政务服务平台即可办理。', 'Q: How can I book an appointment? A: Call 12345 or use the app.',
                        '常见问题：是否需要提前预约?需要，请提前一天预约。'],
    'cnpunct': lambda r: ['——摘自《{base}市志·大事记》', '会议强调……要以“钉钉子”精神抓好落实。', '《关于进一步规范‘三重一大’事项的通知》'],
    'fullwidth': lambda r: ['请使用Ａ４纸打印，表格编号ＢＪ－０１。', '座位号：Ｆ区１２排。'],
    'english': lambda r: ['The project was completed on schedule and passed the final inspection.', 'Keynote: "Green Development for a Better Future"'],
    'urls': lambda r: ['详情请访问 https://www.example.com/news/list?page=2&type=notice', '联系邮箱：service@example.org.cn',
                       '附件：D:/工作资料/{year}/汇报材料_v3.pptx'],
}


def insert_neg(genres, cats, k=(1, 2)):
    def gen(r):
        lines = _genre_lines(r, genres)
        used = set()
        for _ in range(r.randint(*k)):
            cat = r.choice(cats)
            sents = NEG_SENT[cat](r)
            if cat == 'box':
                if 'box' in used:
                    continue
                used.add('box')
                add = sents
            else:
                s = r.choice([x for x in sents if x not in used] or sents)
                used.add(s)
                tmp = W(r)
                tmp.fill(s)
                add = [tmp.text()]
            pos = r.randint(1, len(lines))
            lines[pos:pos] = add
        w = W(r)
        w.t('\n'.join(lines[:12]))
        return w
    return gen


MJ_NEG = [
    ('mjn_ru_quote', ['news', 'minutes'], ['ru'], '俄文引文'),
    ('mjn_ja_quote', ['news', 'email'], ['ja'], '日文引文'),
    ('mjn_ko_quote', ['news'], ['ko'], '韩文引文'),
    ('mjn_el_quote', ['news', 'education_report'], ['el'], '希腊文'),
    ('mjn_fr_quote', ['news', 'minutes'], ['fr'], '法文带重音'),
    ('mjn_de_names', ['contract', 'procurement_result'], ['de'], '德文ß/ü'),
    ('mjn_es_names', ['news'], ['es'], '西班牙文ñ'),
    ('mjn_vi_text', ['news', 'minutes'], ['vi'], '越南文声调符'),
    ('mjn_emoji_post', ['news'], ['emoji'], '正常emoji'),
    ('mjn_rare_names', ['reward_notice', 'honor_cert', 'news'], ['rare'], '生僻字人名'),
    ('mjn_astral_chars', ['work_summary', 'education_report'], ['astral'], '扩展区汉字'),
    ('mjn_html_code_doc', ['work_summary', 'education_report'], ['html_code'], '技术文档中引用HTML代码'),
    ('mjn_pinyin_lesson', ['education_report'], ['pinyin_lesson'], '语文课拼音'),
    ('mjn_pinyin_place', ['notice', 'work_report'], ['pinyin_place'], '地名带声调拼音'),
    ('mjn_traditional', ['news', 'minutes'], ['trad'], '正常繁体引文'),
    ('mjn_symbols_units', ['health_report', 'construction_contract', 'work_report'], ['symbols'], '℃‰㎡±'),
    ('mjn_roman_circled', ['official_doc', 'notice'], ['roman'], 'Ⅰ①'),
    ('mjn_box_table', ['stat_table'], ['box'], '制表符'),
    ('mjn_currency', ['contract', 'procurement_result'], ['currency'], '外币符号'),
    ('mjn_copyright_tm', ['news', 'tender'], ['tm'], '©®™'),
    ('mjn_chem', ['work_report', 'health_report'], ['chem'], 'CO₂下标'),
    ('mjn_math_greek', ['health_report', 'construction_contract'], ['greek'], 'αβΔΩμ'),
    ('mjn_question_marks', ['notice', 'news'], ['qmark'], '正常问号'),
    ('mjn_cn_punct', ['official_doc', 'work_summary'], ['cnpunct'], '——……《》·'),
    ('mjn_fullwidth', ['notice', 'tender'], ['fullwidth'], '全角字母数字'),
    ('mjn_english_mixed', ['news', 'annual_report'], ['english'], '中英混排'),
    ('mjn_urls_paths', ['email', 'notice'], ['urls'], 'URL邮箱路径'),
    ('mjn_mixed_clean', ['news', 'minutes', 'work_summary'], ['ru', 'ja', 'fr', 'emoji', 'symbols', 'greek', 'rare', 'pinyin_lesson', 'trad'], '多语种混合干净文本'),
]

# ----------------------------------------------------------------------------------------------
# style registry
# ----------------------------------------------------------------------------------------------


def build_styles():
    st = []
    for name, g, d, kinds, p, note in PH_POS:
        st.append((name, 'ph', 'placeholder', combo_ph(g, d, kinds, p), note))
    for name, fn, note in PH_CUSTOM:
        st.append((name, 'ph', 'placeholder', fn, note))
    for name, gs, cats, note in PH_NEG:
        st.append((name, 'ph', 'negative', trap_neg(gs, cats), note))
    for name, gs, note in PH_NEG_CLEAN:
        st.append((name, 'ph', 'negative', clean_neg(gs), note))
    for name, gs, dmg, scope, spots, note in MJ_POS:
        st.append((name, 'mj', 'mojibake', combo_mj(gs, dmg, scope, spots), note))
    for name, fn, note in MJ_CUSTOM:
        st.append((name, 'mj', 'mojibake', fn, note))
    for name, gs, cats, note in MJ_NEG:
        st.append((name, 'mj', 'negative', insert_neg(gs, cats), note))
    names = [s[0] for s in st]
    assert len(names) == len(set(names)), 'duplicate style names'
    return st


PER_FAMILY = 1500
POS_SHARE = 0.65


def allocate(styles):
    alloc = {}
    for fam in ('ph', 'mj'):
        for is_pos in (True, False):
            group = [s for s in styles if s[1] == fam and (s[2] != 'negative') == is_pos]
            total = round(PER_FAMILY * POS_SHARE) if is_pos else PER_FAMILY - round(PER_FAMILY * POS_SHARE)
            base, rem = divmod(total, len(group))
            for i, s in enumerate(group):
                alloc[s[0]] = base + (1 if i < rem else 0)
    return alloc


def generate(seed):
    """Returns list of (record, origs)."""
    styles = build_styles()
    alloc = allocate(styles)
    out = []
    for name, fam, label, fn, note in styles:
        r = random.Random('t24:%d:%s' % (seed, name))
        seen = set()
        k = 0
        tries = 0
        while k < alloc[name]:
            tries += 1
            w = fn(r)
            txt = w.finish()
            if txt in seen and tries < alloc[name] * 20:
                continue
            seen.add(txt)
            k += 1
            spans = [list(s) for s in w.spans] if label != 'negative' else []
            if label == 'negative':
                assert not w.spans, name
            rec = {'id': None, 'family': fam, 'style': name, 'label': label, 'text': txt,
                   'spans': spans, 'note': note}
            origs = [('' if (o is None and fam == 'mj') else o) for o in w.origs]
            out.append((rec, origs))
    order = list(range(len(out)))
    random.Random('t24-order:%d' % seed).shuffle(order)
    res = []
    for i, j in enumerate(order, 1):
        rec, origs = out[j]
        rec['id'] = 't24-s%d-%05d' % (seed, i)
        res.append((rec, origs))
    return res


_ESC = re.compile('[\x7f-\x9f\u2028\u2029]')


def dump_line(rec):
    s = json.dumps(rec, ensure_ascii=False)
    return _ESC.sub(lambda m: '\\u%04x' % ord(m.group()), s)


# ----------------------------------------------------------------------------------------------
# verification
# ----------------------------------------------------------------------------------------------

MJ_SIG = re.compile('[\ufffd\ufeff\u200b\u200c\u200d\u2060\r\x80-\x9f\ue000-\uf8ff]|锟斤拷|â€|Ã|ï»¿|&nbsp;|&amp;|\\(cid:|'
                    '\\\\u[0-9a-fA-F]{4}|\\\\x[0-9a-f]{2}|&#x?[0-9a-fA-F]+;|%E[4-9][0-9A-F]%|=\\?(?:UTF-8|GB2312|GBK)\\?|<o:p>|'
                    '[\u2f00-\u2fd5]|\\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\\)')
PH_SIG = re.compile(r'(?<![A-Za-zＡ-Ｚａ-ｚ])[xXｘＸ]{2,}(?![A-Za-zＡ-Ｚａ-ｚ])|××|＿{2,}|_{3,}|\{\{|\$\{|«[^\s»]{1,15}»|<<|'
                    r'【[^】]{0,10}(?:名称|姓名|日期|金额|地名|号码|编号|单位|职务|地址|电话|项目|年份|数量|比例|天数|时间|专业|院校|账号|代码|科室|序号|出生|部门|地点|代字)[^】]{0,4}】|'
                    r'\d\*{2,}|\*{2,}\d|[\u4e00-\u9fff]\*{1,}|[\u4e00-\u9fff]某某|(?<![某])[王李张刘陈杨黄赵吴周]某(?![些种年月一])|'
                    r'（此处|（请填写|TODO:|TBD|待定(?!系数)|待补充|Lorem|请在此|在此输入|○○|\{dede|\[!--')
# Genuine mojibake-like material allowed inside some clean negatives (quoted code, lessons, etc.)
NEG_ALLOW = {
    'mjn_html_code_doc': re.compile(r'&lt;'),
    'mjn_pinyin_lesson': re.compile(r'\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)'),
    'mjn_mixed_clean': re.compile(r'\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)'),
}


def _blank_spans(text, spans):
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = ' '
    return ''.join(chars)


def verify(paths):
    problems = []
    regen = {}
    total = 0
    for path in paths:
        ids = set()
        with open(path, encoding='utf-8') as f:
            raw = f.read()
        for ln_no, line in enumerate(raw.split('\n'), 1):
            if not line.strip():
                continue
            total += 1
            where = '%s:%d' % (path, ln_no)
            try:
                rec = json.loads(line)
            except Exception as ex:
                problems.append('%s bad json %s' % (where, ex))
                continue
            keys = {'id', 'family', 'style', 'label', 'text', 'spans', 'note'}
            if set(rec) != keys:
                problems.append('%s keys %s' % (where, sorted(rec)))
                continue
            rid, fam, lab, text, spans = rec['id'], rec['family'], rec['label'], rec['text'], rec['spans']
            where += ' ' + str(rid)
            if rid in ids:
                problems.append('%s duplicate id' % where)
            ids.add(rid)
            if (fam, lab) not in {('ph', 'placeholder'), ('ph', 'negative'), ('mj', 'mojibake'), ('mj', 'negative')}:
                problems.append('%s bad family/label' % where)
            if not re.fullmatch(r'[a-z][a-z0-9_]*', rec['style']):
                problems.append('%s style not snake_case' % where)
            if not isinstance(text, str) or not text.strip():
                problems.append('%s empty text' % where)
                continue
            nlines = len(text.split('\n'))
            if not 1 <= nlines <= 12:
                problems.append('%s %d lines' % (where, nlines))
            if '\n' in rec['note']:
                problems.append('%s multi-line note' % where)
            if lab == 'negative':
                if spans != []:
                    problems.append('%s negative with spans' % where)
            elif not spans:
                problems.append('%s positive without spans' % where)
            prev = 0
            ok = True
            for sp in spans:
                if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
                    problems.append('%s bad span %r' % (where, sp))
                    ok = False
                    continue
                s, e = sp
                if not (0 <= s < e <= len(text)):
                    problems.append('%s span out of range %r' % (where, sp))
                    ok = False
                elif s < prev:
                    problems.append('%s spans overlap/unsorted %r' % (where, sp))
                else:
                    prev = e
                if lab == 'placeholder' and ok and not PH_RE.search(text[s:e]):
                    problems.append('%s span %r holds no placeholder: %r' % (where, sp, text[s:e]))
            if not ok:
                continue
            outside = _blank_spans(text, spans)
            allow = NEG_ALLOW.get(rec['style'])
            if fam == 'ph':
                for mo in MJ_SIG.finditer(text):
                    problems.append('%s mojibake-like %r in ph record' % (where, mo.group()))
                for mo in PH_SIG.finditer(outside):
                    problems.append('%s placeholder-like %r outside spans' % (where, mo.group()))
            else:
                for mo in PH_SIG.finditer(outside):      # damaged bytes may look like anything
                    problems.append('%s placeholder-like %r in mj record' % (where, mo.group()))
                if lab == 'negative':
                    for mo in MJ_SIG.finditer(text):
                        if allow and allow.fullmatch(mo.group()):
                            continue
                        problems.append('%s mojibake-like %r in negative' % (where, mo.group()))
            if lab == 'mojibake':
                m = re.fullmatch(r't24-s(\d+)-\d+', str(rid))
                if not m:
                    problems.append('%s cannot regenerate (id)' % where)
                    continue
                seed = int(m.group(1))
                if seed not in regen:
                    regen[seed] = {r_['id']: (r_, o) for r_, o in generate(seed)}
                got = regen[seed].get(rid)
                if got is None or got[0]['text'] != text or got[0]['spans'] != spans:
                    problems.append('%s does not match regenerated record' % where)
                    continue
                for (s, e), orig in zip(spans, got[1]):
                    if orig is None or text[s:e] == orig:
                        problems.append('%s mojibake span %r equals/lacks clean text' % (where, [s, e]))
    for p in problems[:200]:
        print(p)
    print('verified %d records in %d file(s): %d problem(s)' % (total, len(paths), len(problems)))
    return 1 if problems else 0


# ----------------------------------------------------------------------------------------------
# style table
# ----------------------------------------------------------------------------------------------

def style_table(path):
    rows = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            d = rows.setdefault(rec['style'], {'family': rec['family'], 'placeholder': 0, 'mojibake': 0, 'negative': 0,
                                               'example': None})
            d[rec['label']] += 1
            if d['example'] is None:
                d['example'] = rec
    out = ['| style | family | placeholder | mojibake | negative | example |', '|---|---|---|---|---|---|']
    for name in sorted(rows, key=lambda n: (rows[n]['family'], n)):
        d = rows[name]
        rec = d['example']
        txt = rec['text']
        if rec['spans']:
            s, e = rec['spans'][0]
            a = max(0, s - 20)
            ex = txt[a:s] + '⟦' + txt[s:e] + '⟧' + txt[e:e + 20]
        else:
            ex = txt[:60]
        ex = ex.replace('\\', '\\\\').replace('|', '\\|').replace('\n', '⏎').replace('\r', '␍').replace('`', "'")
        ex = ''.join(c if (c.isprintable() and c not in '\ufeff\u200b\u200c\u200d\u2060') else '\\u%04x' % ord(c) for c in ex)
        out.append('| %s | %s | %d | %d | %d | %s |' % (name, d['family'], d['placeholder'], d['mojibake'], d['negative'], ex[:90]))
    return '\n'.join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--style-table')
    a = ap.parse_args(argv)
    if a.verify:
        return verify(a.verify)
    if a.style_table:
        print(style_table(a.style_table))
        return 0
    if a.seed is None or not a.out:
        ap.error('need --seed N --out FILE, or --verify, or --style-table')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for rec, _ in recs:
            f.write(dump_line(rec) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))
    return 0


if __name__ == '__main__':
    sys.exit(main())
