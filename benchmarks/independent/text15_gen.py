#!/usr/bin/env python3.11
"""text15_gen.py - held-out test collection for a placeholder / mojibake auditor of Chinese report text.

Usage:
    python3.11 text15_gen.py --seed 11 --out text15_seed11.jsonl
    python3.11 text15_gen.py --verify text15_seed11.jsonl text15_seed12.jsonl
    python3.11 text15_gen.py --style-table text15_seed11.jsonl

Standard library only.  Deterministic per seed (no hash(), no set iteration in generation).
Every document is built from templates with typed slots; slot values are rendered as real values and
their positions are remembered.  A placeholder record then replaces chosen slot values by placeholders
(span = the placeholder text); a mojibake record replaces chosen stretches of the clean text by damage
produced with real codecs (span = the damaged stretch).  Negatives are the clean rendering, usually with
look-alike traps added.
"""
import argparse
import base64
import html
import html.entities
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
from email.header import Header

# ----------------------------------------------------------------------------------------------------
# vocabulary (all invented)
# ----------------------------------------------------------------------------------------------------
SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴孔向汤"
GIV = "建国伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚华红玉兰桂英志文斌浩宇婷雪梅晓东海燕鹏飞俊辉波琳颖丹凯春秋玲林峰雷云德胜佳欣怡涵诗雨思远立新永庆家宝振兴"
PLC = "青禾云岭溪桐柏安宁丰泽川湖梅兰松石嘉和永兴平清源泉阳江山林华新东西南北洲塘桥湾浦坪岗沙金银凤龙鹤鹿桃杏竹荷莲长广富康乐福德明光顺昌盛隆泰"
BRAND = "恒达 瑞丰 鑫源 宏远 华信 博远 锦程 诚泰 金桥 长盛 众合 汇通 天成 永固 联创 安泰 宏图 新元 佳和 润禾 广厦 启明".split()
INDUS = "建筑工程 物业服务 农业科技 环保科技 食品 商贸 医疗器械 信息技术 市政工程 园林绿化 劳务服务 新能源 电子 物流 文化传媒 检测技术 工程咨询 建设监理".split()
DEPT = ("发展和改革局 财政局 教育局 卫生健康局 农业农村局 民政局 人力资源和社会保障局 住房和城乡建设局 生态环境局 "
        "应急管理局 市场监督管理局 交通运输局 水利局 自然资源局 文化广电旅游局 统计局 司法局 退役军人事务局 医疗保障局 "
        "城市管理综合执法局 政务服务数据管理局").split()
PROJ = ("老旧小区改造项目 污水处理厂提标改造工程 农村公路提升工程 高标准农田建设项目 文化广场建设项目 防洪堤加固工程 "
        "智慧社区平台建设项目 中心卫生院综合楼工程 农贸市场升级改造项目 供水管网改造工程 乡村振兴示范带建设项目 "
        "学校运动场改造工程 垃圾中转站建设项目 滨江绿道建设工程").split()
POSTS = "副局长 局长 主任 副主任 党委委员 副镇长 副书记 科长 副科长 四级调研员".split()
TOPICS = ("安全生产大检查 人居环境整治 森林防火 防汛备汛 垃圾分类宣传 消防安全培训 食品安全抽检 反诈宣传 "
          "国家卫生城市复审 全民健身运动会 就业援助月 义务植树 禁毒宣传").split()
SERVICES = "营业执照变更 社保卡补办 不动产登记 居住证办理 医保报销 低保申请 建设工程规划许可".split()
EDU = "大专 本科 研究生 大学".split()
TW_PLC = "青禾雲嶺溪桐柏安寧豐澤川湖梅蘭松石嘉和永興平清源泉陽江山林華新東西南北洲塘橋灣浦坪崗沙金銀鳳龍鶴鹿桃杏竹荷蓮長廣富康樂福德明光順昌盛隆泰"

UNIT_RANGE = {
    '户': (12, 3000), '人': (5, 6000), '人次': (60, 60000), '个': (2, 80), '家': (2, 400), '项': (2, 60),
    '次': (2, 90), '场': (2, 60), '名': (2, 600), '所': (1, 20), '件': (5, 2500), '条': (2, 120),
    '公里': (2, 300), '亩': (60, 60000), '套': (10, 3000), '台': (2, 500), '座': (1, 50), '处': (5, 2000),
    '宗': (5, 600), '起': (1, 90), '期': (1, 30), '张': (10, 2000), '剂次': (1000, 300000),
    '平方米': (100, 90000), '万吨': (1, 60), '吨': (5, 9000), '位': (1, 40), '辆': (3, 800), '份': (100, 50000),
    '篇': (3, 300), '支': (2, 60), '批': (1, 12), '间': (2, 300), '栋': (1, 60), '头': (50, 20000),
    '日历天': (30, 540), '桌': (10, 60), '门': (2, 40), '块': (2, 200), '岁': (28, 58), '处所': (2, 40), '處': (3, 300),
    '萬元': (10, 9000), '件次': (10, 900), '號': (1, 300), '號樓': (1, 30),
}


def place2(r):
    a = r.choice(PLC)
    b = r.choice(PLC)
    while b == a:
        b = r.choice(PLC)
    return a + b


def person(r):
    return r.choice(SUR) + ''.join(r.choice(GIV) for _ in range(r.choice([1, 2, 2, 2])))


def company(r):
    return place2(r) + r.choice(BRAND) + r.choice(INDUS) + r.choice(['有限公司', '有限公司', '有限责任公司', '股份有限公司'])


def _rare_chars():
    out = []
    for c in "堃喆赟昇犇玥珺琍頔祎旻炜玮堯燚珣琤瑨璟甯翀陞":
        try:
            c.encode('gb2312')
        except UnicodeEncodeError:
            try:
                c.encode('gbk')
                out.append(c)
            except UnicodeEncodeError:
                pass
    return out


RARE = _rare_chars()

# foreign / symbol pools: clean text, also the look-alike traps of the mojibake family
POOLS = {
    'ru': ["Добро пожаловать", "Спасибо за сотрудничество", "Дружба и сотрудничество", "Российско-китайская ярмарка",
           "Новосибирская область"],
    'fr': ["Rencontre franco-chinoise à Lyon", "Salon de l’élevage à Besançon", "Journées économiques de Nîmes",
           "Forum de coopération à Orléans"],
    'frn': ["Élodie Moreau", "François Lefèvre", "Hélène Dubois", "Jérôme Périer"],
    'de': ["Müller Maschinenbau GmbH", "Schäfer Präzisionstechnik AG", "Straßenbau Köln GmbH", "Jäger Fördertechnik KG"],
    'ja': ["みどり農園株式会社", "さくら製作所", "ひまわり保育園", "あおば介護サービス"],
    'ko': ["충청남도 대표단", "경기도 교류단", "한중 우호 협회", "전라북도 농업기술원"],
    'en': ["the city’s “Green Corridor” programme", "Mayor’s Office — Foreign Affairs",
           "we’re looking forward to “win-win” cooperation", "“Smart Community” pilot – phase two"],
    'gr': ["Ευχαριστώ", "Καλημέρα", "Αθήνα"],
    'vi': ["Nguyễn Văn Hùng", "Trần Thị Mai"],
    'pt': ["São Paulo", "Florianópolis", "Maranhão"],
    'den': ["12 May", "3 June", "27 September", "8 November", "15 March", "21 October"],
    'ut': ["38.5℃", "-12℃", "35.2℃", "41.3℃", "-3.5℃", "36.8℃"],
    'uc': ["0.05mg/L", "25μg/m³", "3‰", "38μg/m³", "0.8mg/m³", "12μg/m³"],
    'up': ["φ300mm", "φ600mm", "φ800mm", "φ1200mm"],
    'emoji': ["👍", "🎉", "✅", "📢", "🔥", "👉", "🌸", "📍", "💪", "🏃"],
    'unit': ["38.5℃", "1200㎡", "±0.5%", "≤0.05mg/L", "3‰", "CO₂", "25μg/m³", "15m²", "-12℃", "φ300mm", "5×10⁴"],
    'rare': [],  # rare-character person names, generated
}
FOREIGN_T = ['ru', 'fr', 'frn', 'de', 'ja', 'ko', 'en', 'gr', 'vi', 'pt', 'emoji', 'unit', 'ut', 'uc', 'up', 'den']

# ----------------------------------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------------------------------
SLOT_RE = re.compile(r'\{([a-z]+)(?::([^{}]*))?\}')


class Slot:
    __slots__ = ('typ', 'arg')

    def __init__(self, typ, arg):
        self.typ = typ
        self.arg = arg


def T(*tpls):
    """parse template text into a line (list of str and Slot)."""
    out = []
    for tpl in tpls:
        pos = 0
        for m in SLOT_RE.finditer(tpl):
            if m.start() > pos:
                out.append(tpl[pos:m.start()])
            out.append(Slot(m.group(1), m.group(2)))
            pos = m.end()
        if pos < len(tpl):
            out.append(tpl[pos:])
    return out


def chinese_year(y, zero='〇'):
    d = '〇一二三四五六七八九'
    return ''.join(zero if ch == '0' else d[int(ch)] for ch in str(y))


def chinese_md(n):
    d = '〇一二三四五六七八九'
    if n < 10:
        return d[n]
    if n == 10:
        return '十'
    if n < 20:
        return '十' + d[n - 10]
    return d[n // 10] + '十' + ('' if n % 10 == 0 else d[n % 10])


def real_value(sl, r, cx):
    t, a = sl.typ, sl.arg
    yr = cx['yr']
    if t == 'n':
        lo, hi = UNIT_RANGE.get(a, (2, 500))
        return str(r.randint(lo, hi)) + (a or '')
    if t == 'dec':
        lo, hi = UNIT_RANGE.get(a, (2, 500))
        return f"{r.uniform(lo, hi):.{r.choice([1, 2])}f}" + (a or '')
    if t == 'm':
        u = a or '万元'
        if u == '亿元':
            return f"{r.uniform(1.2, 98):.2f}亿元"
        if u == '元':
            return f"{r.randint(800, 980000)}元"
        v = r.uniform(3, 9800)
        return r.choice([f"{v:.2f}", f"{v:.1f}", f"{int(v)}"]) + u
    if t == 'p':
        lo, hi = (0.5, 60.0) if not a else tuple(float(x) for x in a.split('-'))
        v = r.uniform(lo, min(hi, 99.99) if hi <= 100 else hi)
        return r.choice([f"{v:.1f}", f"{v:.2f}", f"{int(v)}"]) + '%'
    if t == 'pn':
        return f"{r.uniform(0.1, 9.9):.1f}"
    if t == 'num':
        lo, hi = (1, 9999) if not a else tuple(int(x) for x in a.split('-'))
        return str(r.randint(lo, hi))
    if t == 'decn':
        return f"{r.uniform(1, 999):.2f}"
    if t == 'd':
        return f"{r.randint(1, 12)}月{r.randint(1, 28)}日"
    if t == 'ymd':
        if a == 's':
            cx['_m'] = r.randint(1, 9)
            return f"{yr}年{cx['_m']}月{r.randint(1, 28)}日"
        if a == 'e':
            return f"{yr}年{r.randint(cx.get('_m', 1) + 1, 12)}月{r.randint(1, 28)}日"
        return f"{yr}年{r.randint(1, 12)}月{r.randint(1, 28)}日"
    if t == 'ym':
        if a == 's':
            cx['_m'] = r.randint(1, 9)
            return f"{yr}年{cx['_m']}月"
        if a == 'e':
            return f"{yr}年{r.randint(cx.get('_m', 1) + 1, 12)}月"
        return f"{yr}年{r.randint(1, 12)}月"
    if t == 'yr':
        return str(yr - int(a)) if a else str(yr)
    if t == 'birth':
        return f"{r.randint(1968, 1993)}年{r.randint(1, 12)}月"
    if t == 'drange':
        d1 = r.randint(1, 20)
        return f"{r.randint(1, 12)}月{d1}日至{d1 + r.randint(1, 8)}日"
    if t == 'time':
        return f"{r.randint(8, 11)}:{r.choice(['00', '30'])}"
    if t in ('city', 'county', 'town', 'vill'):
        if t in cx and r.random() < 0.7:
            return cx[t]
        return place2(r) + {'city': '市', 'county': r.choice(['县', '区']), 'town': r.choice(['镇', '乡', '街道']),
                            'vill': r.choice(['村', '社区'])}[t]
    if t == 'road':
        return place2(r) + r.choice(['路', '大道', '街']) + str(r.randint(1, 300)) + '号'
    if t == 'person':
        return person(r)
    if t == 'rare':
        return r.choice(SUR) + r.choice(RARE) + r.choice(['', r.choice(GIV)])
    if t == 'comp':
        return company(r)
    if t == 'org':
        return (cx.get('county') if r.random() < 0.6 else place2(r) + '区') + r.choice(DEPT)
    if t == 'dept':
        return r.choice(DEPT)
    if t == 'school':
        return place2(r) + r.choice(['中心小学', '第二中学', '实验学校', '幼儿园', '第一初级中学'])
    if t == 'hosp':
        return place2(r) + r.choice(['人民医院', '中医院', '卫生院', '妇幼保健院'])
    if t == 'proj':
        return place2(r) + r.choice(PROJ)
    if t == 'docno':
        return (r.choice(PLC) + r.choice(['政办', '府办', '发改', '财预', '卫健', '农发', '教发', '民发', '应急'])
                + f"〔{yr}〕{r.randint(1, 160)}号")
    if t == 'phone':
        return f"0{r.randint(310, 999)}-{r.randint(2000000, 8999999)}"
    if t == 'mobile':
        return f"1{r.choice('3578')}{r.randint(0, 9)}{r.randint(10000000, 99999999)}"
    if t == 'email':
        letters = 'abcdefghjkmnpqrstwyz'
        return ''.join(r.choice(letters) for _ in range(r.randint(3, 6))) + r.choice(['', str(r.randint(1, 99))]) + \
            '@' + r.choice(['163.com', '126.com', 'qq.com', 'gov.cn'])
    if t == 'code':
        return r.choice(['QY', 'ZB', 'CG', 'GK']) + str(yr) + '-' + f"{r.randint(1, 999):03d}"
    if t == 'idno':
        return idno(r)
    if t == 'age':
        return str(r.randint(28, 58)) + '岁'
    if t == 'twplace':
        a = r.choice(TW_PLC)
        b = r.choice(TW_PLC)
        return a + b + r.choice(['區', '鄉', '鎮', '里'])
    if t in POOLS:
        if t == 'rare':
            return r.choice(SUR) + r.choice(RARE)
        return r.choice(POOLS[t])
    raise KeyError(t)


def idno(r):
    body = f"{r.randint(110000, 659000)}{r.randint(1960, 2002)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 999):03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w)) % 11
    return body + '10X98765432'[s]


# ----------------------------------------------------------------------------------------------------
# placeholder renderings
# ----------------------------------------------------------------------------------------------------
NUM_T = ('n', 'dec', 'm', 'p', 'pn', 'num', 'decn', 'age')
DATE_T = ('d', 'ymd', 'ym', 'yr', 'drange', 'time', 'birth')
ENT_T = ('city', 'county', 'town', 'vill', 'road', 'comp', 'org', 'school', 'hosp', 'proj')
NAME_T = ('person', 'rare')
CONTACT_T = ('docno', 'phone', 'mobile', 'email', 'code', 'idno')
MASKABLE = NUM_T + DATE_T + ENT_T + NAME_T + CONTACT_T

LABEL_CN = {'n': '数量', 'dec': '数量', 'm': '金额', 'p': '比例', 'pn': '数值', 'num': '数值', 'decn': '数值', 'age': '年龄',
            'd': '日期', 'ymd': '日期', 'ym': '时间', 'yr': '年份', 'birth': '出生年月', 'drange': '起止时间', 'time': '时间', 'city': '市名',
            'county': '县区名称', 'town': '乡镇名称', 'vill': '村（社区）名称', 'road': '详细地址', 'comp': '公司名称',
            'org': '单位名称', 'school': '学校名称', 'hosp': '医院名称', 'proj': '项目名称', 'person': '姓名',
            'rare': '姓名', 'docno': '文号', 'phone': '联系电话', 'mobile': '手机号码', 'email': '电子邮箱',
            'code': '项目编号', 'idno': '身份证号码'}
KEY_EN = {'n': 'count', 'dec': 'quantity', 'm': 'amount', 'p': 'rate', 'pn': 'value', 'num': 'value', 'decn': 'value',
          'age': 'age', 'd': 'date', 'ymd': 'date', 'ym': 'month', 'yr': 'year', 'birth': 'birth_date', 'drange': 'period', 'time': 'time',
          'city': 'city', 'county': 'county', 'town': 'town', 'vill': 'village', 'road': 'address',
          'comp': 'company_name', 'org': 'org_name', 'school': 'school_name', 'hosp': 'hospital', 'proj': 'project_name',
          'person': 'name', 'rare': 'name', 'docno': 'doc_no', 'phone': 'phone', 'mobile': 'mobile', 'email': 'email',
          'code': 'project_code', 'idno': 'id_number'}
LABEL_EN = {'person': 'Name', 'rare': 'Name', 'comp': 'Company Name', 'org': 'Organization', 'm': 'Amount', 'd': 'Date',
            'ymd': 'Date', 'ym': 'Month', 'yr': 'Year', 'birth': 'Date of Birth', 'phone': 'Phone Number', 'mobile': 'Mobile', 'email': 'Email',
            'proj': 'Project Name', 'road': 'Address', 'city': 'City', 'town': 'Town', 'n': 'Number', 'p': 'Percentage',
            'num': 'Number', 'code': 'Reference No.', 'school': 'School Name', 'hosp': 'Hospital Name',
            'county': 'County', 'vill': 'Village', 'docno': 'Document No.', 'drange': 'Period', 'time': 'Time',
            'dec': 'Quantity', 'decn': 'Value', 'pn': 'Value', 'age': 'Age', 'idno': 'ID Number'}

ENT_SUFFIX = {'city': '市', 'county': '县', 'school': '小学', 'hosp': '医院', 'proj': '项目'}


def unit_of(sl):
    if sl.typ in ('n', 'dec'):
        return sl.arg or ''
    if sl.typ == 'm':
        return sl.arg or '万元'
    if sl.typ == 'p':
        return '%'
    if sl.typ == 'age':
        return '岁'
    return ''


def xrun(sl, real, r, c):
    """x-style placeholder with the character c standing for an unknown digit/character."""
    t = sl.typ
    k = lambda: c * r.choice([1, 2, 2, 3])
    if t in ('n', 'age'):
        return k() + unit_of(sl)
    if t == 'dec':
        return c * r.choice([1, 2, 3]) + '.' + c * r.choice([1, 2]) + unit_of(sl)
    if t == 'm':
        u = unit_of(sl)
        if u == '亿元':
            return r.choice([c + '.' + c * 2, c * 2 + '.' + c * 2, c * 2]) + u
        return r.choice([c * 2 + '.' + c * 2, c * 3, c * 2, c * 4, c * 3 + '.' + c]) + u
    if t == 'p':
        return r.choice([c * 2, c * 2 + '.' + c, c + '.' + c, c * 3, c * 2 + '.' + c * 2]) + '%'
    if t == 'pn':
        return c + '.' + c
    if t == 'num':
        return c * max(1, min(4, len(real) - r.choice([0, 0, 1])))
    if t == 'decn':
        return c * r.choice([2, 3]) + '.' + c * 2
    if t == 'd':
        return r.choice([c + '月' + c * 2 + '日', c * 2 + '月' + c * 2 + '日', c + '月' + c + '日'])
    if t == 'ymd':
        return r.choice(['20' + c * 2 + '年' + c + '月' + c * 2 + '日', real[:5] + c + '月' + c * 2 + '日',
                         c * 4 + '年' + c * 2 + '月' + c * 2 + '日'])
    if t == 'ym':
        return r.choice([real[:5] + c + '月', '20' + c * 2 + '年' + c * 2 + '月'])
    if t == 'yr':
        return '20' + c * 2
    if t == 'birth':
        return r.choice(['19' + c * 2 + '年' + c + '月', real[:5] + c * 2 + '月', c * 4 + '年' + c * 2 + '月'])
    if t == 'drange':
        return r.choice([c + '月' + c * 2 + '日至' + c * 2 + '日', c * 2 + '月' + c * 2 + '-' + c * 2 + '日'])
    if t == 'time':
        return c * 2 + ':' + c * 2
    if t in ('city', 'county', 'town', 'vill'):
        return c * r.choice([2, 2, 3]) + real[2:]
    if t == 'road':
        return c * 2 + real[2:].rstrip('0123456789号').rstrip() + c * 2 + '号' if r.random() < 0.5 else c * 2 + '路' + c * 2 + '号'
    if t in ('person', 'rare'):
        return c * r.choice([2, 3, 3])
    if t == 'comp':
        return r.choice([c * 2 + '有限公司', c * 4 + '有限公司', c * 2 + real[4:], c * 3 + '公司'])
    if t == 'org':
        return c * 2 + r.choice(['县', '市', '区']) + real[3:] if real[2] in '县区市' else c * 2 + '区' + real[3:]
    if t in ('school', 'hosp', 'proj'):
        return c * 2 + real[2:]
    if t == 'docno':
        return r.choice([c + real[1:real.index('〔')] + real[real.index('〔'):real.index('〕') + 1] + c * 2 + '号',
                         real[:real.index('〔')] + '〔20' + c * 2 + '〕' + c + '号'])
    if t == 'phone':
        return c * 4 + '-' + c * 7
    if t == 'mobile':
        return r.choice(['1' + c * 10, c * 11, real[:3] + c * 8])
    if t == 'email':
        return c * 3 + '@' + r.choice([c * 3 + '.com', c * 2 + '.gov.cn', '163.com'])
    if t == 'code':
        return real[:2] + '20' + c * 2 + '-' + c * 3
    if t == 'idno':
        return c * 18
    return None


def ph_render(scheme, sl, real, r, cx):
    t = sl.typ
    if t not in MASKABLE:
        return None
    u = unit_of(sl)
    lab = LABEL_CN.get(t, '内容')
    if scheme in ('x', 'X', 'times', 'circle', 'fwx', 'fwX', 'delta'):
        c = {'x': 'x', 'X': 'X', 'times': '×', 'circle': cx.get('circle', '○'), 'fwx': 'ｘ', 'fwX': 'Ｘ', 'delta': '△'}[scheme]
        return xrun(sl, real, r, c)
    if scheme == 'mixx':
        return xrun(sl, real, r, r.choice(['x', 'X', 'x']))
    if scheme == 'mou':
        if t in ('person', 'rare'):
            return real[0] + r.choice(['某', '某', '某某'])
        if t == 'comp':
            return r.choice(['某公司', '某某公司', '某' + r.choice(INDUS) + '有限公司', '某某' + r.choice(INDUS) + '有限公司'])
        if t in ('city', 'county', 'town', 'vill'):
            return '某' + real[2:]
        if t in ('school', 'hosp', 'proj'):
            return '某' + real[2:]
        if t == 'org':
            return '某' + real[3:] if real[2] in '县区市' else '某单位'
        return None
    if scheme == 'mixed':
        return ph_render(r.choice(['x', 'x', 'X', 'times', 'mou', 'bracket']), sl, real, r, cx)
    if scheme == 'bracket':
        return '【' + lab + '】' + (u if u and r.random() < 0.6 else '')
    if scheme == 'square':
        return '[' + lab + ']' + (u if u and r.random() < 0.5 else '')
    if scheme == 'anglecn':
        return '<' + lab + '>' + (u if u and r.random() < 0.5 else '')
    if scheme == 'curlycn':
        return '{' + lab + '}' + (u if u and r.random() < 0.5 else '')
    if scheme == 'guillemet':
        return '«' + lab + '»'
    if scheme == 'dblangle':
        return '<<' + lab + '>>'
    if scheme == 'mustache':
        return '{{' + r.choice([KEY_EN.get(t, 'field'), KEY_EN.get(t, 'field'), lab]) + '}}' + (u if u and r.random() < 0.5 else '')
    if scheme == 'dollar':
        return '${' + KEY_EN.get(t, 'field') + '}' + (u if u and r.random() < 0.5 else '')
    if scheme == 'pctvar':
        return '%' + KEY_EN.get(t, 'field').upper() + '%'
    if scheme == 'hashvar':
        return '#{' + KEY_EN.get(t, 'field') + '}'
    if scheme == 'fmtidx':
        i = cx.setdefault('fmt_i', 0)
        cx['fmt_i'] = i + 1
        return '{' + str(i) + '}' + (u if u and r.random() < 0.5 else '')
    if scheme == 'printf':
        return ('%d' if t in ('n', 'num') else '%s') + (u if u and t != 'm' else ('元' if t == 'm' else ''))
    if scheme == 'blank':
        if t == 'ymd':
            return '____年__月__日'
        if t == 'd':
            return '__月__日'
        if t == 'ym':
            return '____年__月'
        return '_' * r.choice([3, 4, 6, 8, 10]) + u
    if scheme == 'fwblank':
        if t == 'ymd':
            return '＿＿＿＿年＿＿月＿＿日'
        return '＿' * r.choice([2, 3, 4, 6]) + u
    if scheme == 'paren':
        return r.choice(['（此处填写' + lab + '）', '（请填写' + lab + '）', '（此处填写' + lab + '）', '（填写' + lab + '）'])
    if scheme == 'todo':
        if t in ENT_T and t != 'org':
            return None
        return r.choice(['待定', '待定', 'TODO', 'TBD', '待补充', '（待核实）', '待补充'])
    if scheme == 'star':
        if t in ('person', 'rare'):
            return r.choice(['***', '***', '＊＊＊'])
        if t in ('comp', 'org', 'school', 'hosp'):
            return ('***' + real[3:] if t == 'org' else '***' + real[2:]) if t != 'comp' else '***有限公司'
        return None
    if scheme == 'en':
        return r.choice(['[' + LABEL_EN.get(t, 'Field') + ']', '[Insert ' + LABEL_EN.get(t, 'Field').lower() + ']',
                         '<' + LABEL_EN.get(t, 'Field') + '>'])
    raise KeyError(scheme)


# ----------------------------------------------------------------------------------------------------
# sentence banks (own wording)
# ----------------------------------------------------------------------------------------------------
BANK = {
    'econ': (["推动经济平稳健康发展", "稳住经济增长基本盘", "持续优化营商环境", "做大做强实体经济"], [
        "深化“放管服”改革，企业开办时间压缩至{n:个}工作日以内。",
        "全年完成地区生产总值{m:亿元}，同比增长{p}。",
        "规模以上工业增加值增长{p}，完成年度目标任务的{p}。",
        "完成固定资产投资{m:亿元}，其中工业技改投资{m:万元}。",
        "新增市场主体{n:户}，其中新登记企业{n:家}。",
        "新签约招商项目{n:个}，协议引资{m:亿元}，{comp}等{n:家}企业落户园区。",
        "社会消费品零售总额达到{m:亿元}，同比增长{p}。",
        "一般公共预算收入完成{m:万元}，为年度预算的{p:80-120}。",
        "协助{n:家}企业申报技术改造奖补资金{m:万元}。",
        "{comp}年产{n:万吨}新型建材项目于{d}竣工投产。",
        "截至{ymd}，{town}累计完成税收{m:万元}，同比增加{m:万元}。",
        "走访规上企业{n:家}，帮助解决用工、融资等问题{n:个}。",
        "培育省级专精特新企业{n:家}，高新技术企业总数达到{n:家}。"]),
    'agri': (["全面推进乡村振兴", "稳定粮食生产", "壮大村级集体经济", "扎实推进和美乡村建设"], [
        "全年粮食播种面积稳定在{n:亩}，总产量{dec:吨}。",
        "新建高标准农田{n:亩}，复垦撂荒耕地{n:亩}。",
        "发放耕地地力保护补贴{m:万元}，惠及农户{n:户}。",
        "{vill}新培育家庭农场{n:家}、农民专业合作社{n:家}。",
        "完成农村户厕改造{n:户}，卫生厕所普及率提高到{p}。",
        "新建改建农村公路{dec:公里}，{n:个}自然村实现通硬化路。",
        "组织农技人员下田指导{n:人次}，推广水稻优良品种{n:个}。",
        "集体经济年收入超过{num:10-50}万元的村达到{n:个}。",
        "全年生猪出栏{n:头}，能繁母猪存栏保持在{n:头}左右。",
        "{vill}茶叶种植面积扩大到{n:亩}，带动{n:户}群众增收。"]),
    'social': (["兜牢民生保障底线", "持续增进民生福祉", "稳就业保民生"], [
        "落实“两不愁三保障”政策，动态监测对象{n:户}全部落实帮扶措施。",
        "新增城镇就业{n:人}，城镇登记失业率控制在{p:2-5}以内。",
        "发放城乡低保金{m:万元}，保障困难群众{n:人}。",
        "为{n:名}80周岁以上老年人发放高龄津贴{m:万元}。",
        "城乡居民基本医疗保险参保率稳定在{p:95-100}以上。",
        "举办就业技能培训班{n:期}，培训{n:人次}。",
        "新建社区养老服务站{n:个}，新增日间照料床位{n:张}。",
        "受理群众来信来访{n:件}，按期办结率{p:90-100}。",
        "为{n:户}困难家庭发放临时救助金{m:万元}。",
        "组织专场招聘会{n:场}，提供就业岗位{n:个}。",
        "{town}社工站全年开展个案服务{n:个}、小组活动{n:场}。"]),
    'health': (["提升卫生健康服务水平", "巩固爱国卫生运动成果", "守护群众身体健康"], [
        "推进“三减三健”专项行动，创建健康示范单位{n:家}。",
        "累计接种疫苗{n:剂次}，老年人全程接种率{p}。",
        "完成适龄妇女宫颈癌、乳腺癌筛查{n:人}。",
        "家庭医生签约服务{n:人}，重点人群签约率达到{p}。",
        "{hosp}全年门急诊{n:人次}，同比增长{p}。",
        "开展爱国卫生运动{n:次}，清理卫生死角{n:处}。",
        "为辖区65岁以上老年人免费体检{n:人}，建立健康档案{n:份}。",
        "对{n:家}餐饮单位开展食品安全抽检，合格率{p:92-100}。",
        "{d}，联合{org}开展义诊进社区活动，服务群众{n:人次}。"]),
    'edu': (["办好人民满意的教育", "促进教育优质均衡发展"], [
        "新建改扩建{school}等学校{n:所}，新增学位{n:个}。",
        "义务教育巩固率达到{p:95-100}，高考本科上线{n:人}。",
        "公开招聘教师{n:名}，组织教师全员培训{n:人次}。",
        "发放各类学生资助资金{m:万元}，资助学生{n:人次}。",
        "{school}获评省级文明校园，学生体质健康达标率{p}。"]),
    'safety': (["守牢安全稳定底线", "深化平安建设", "提升应急处置能力"], [
        "开展安全生产检查{n:次}，排查整改隐患{n:处}。",
        "组织消防应急疏散演练{n:场}，参与群众{n:人次}。",
        "排查化解矛盾纠纷{n:宗}，调解成功率{p:85-100}。",
        "{d}，在{vill}开展防汛抢险实战演练。",
        "破获电信网络诈骗案件{n:宗}，为群众挽回经济损失{m:万元}。",
        "整治道路交通安全隐患{n:处}，查处酒驾醉驾{n:起}。",
        "对{n:家}燃气经营单位进行执法检查，责令整改{n:家}。"]),
    'party': (["坚持党建引领", "全面从严治党向纵深推进", "加强基层组织建设"], [
        "深入开展“我为群众办实事”实践活动，办结民生实事{n:件}。",
        "召开党工委理论学习中心组学习会{n:次}，开展专题研讨{n:场}。",
        "发展党员{n:名}，按期转正预备党员{n:名}。",
        "组织{n:名}在职党员到社区报到，认领群众微心愿{n:个}。",
        "查处违反中央八项规定精神问题{n:起}，处理{num:2-60}人。",
        "{person}同志带队赴{vill}调研基层党建工作。",
        "整顿软弱涣散村党组织{n:个}，选派驻村第一书记{n:名}。"]),
    'env': (["持续改善生态环境质量", "深入打好污染防治攻坚战"], [
        "全年空气质量优良天数比例为{p:75-99}，同比提高{pn}个百分点。",
        "完成黑臭水体整治{n:条}，新建污水管网{dec:公里}。",
        "完成植树造林{n:亩}，森林覆盖率达到{p:30-75}。",
        "清理河道垃圾{dec:吨}，拆除违法建筑{n:平方米}。",
        "{comp}完成超低排放改造，年减少二氧化硫排放{dec:吨}。",
        "推进垃圾分类，{n:个}小区实现定时定点投放。"]),
    'urban': (["提升城市品质", "加快重点项目建设", "推进城市更新"], [
        "实施“微改造”项目{n:个}，群众满意度达{p}。",
        "完成{n:个}老旧小区改造，惠及居民{n:户}。",
        "{proj}累计完成投资{m:万元}，形象进度达到{p}。",
        "完成征地{n:亩}，房屋征收签约率{p}。",
        "新增公共停车位{n:个}，改造背街小巷{n:条}。",
        "{proj}于{d}开工，计划{ym}完工。",
        "新建口袋公园{n:个}，新增绿地面积{n:平方米}。"]),
}
DOMAINS = list(BANK)
ORD = "一二三四五六七八九十"
TW_BANK = [
    "{twplace}公所本年度辦理道路養護工程{n:件}，總經費新臺幣{n:萬元}。",
    "社區照顧關懷據點增設至{n:處}，每週提供共餐服務{n:場}。",
    "本市登革熱防治共清除孳生源{n:處}，完成環境消毒{n:次}。",
    "補助弱勢家庭學童營養午餐，受益學生{n:人}。",
    "{twplace}農會協助農民辦理災害救助申請，核定金額{n:萬元}。",
    "青年創業貸款利息補貼案件計{n:件}，核撥金額{n:萬元}。",
    "為提升行政效率，各機關公文電子交換比率已達{p}。",
    "本署於{d}召開跨部會協調會議，研商防汛整備事宜。",
    "本地生產總值按年實質增長{p}，失業率維持在低水平。",
    "各區議會就地區設施管理委員會的撥款申請進行審議。",
    "市民如有查詢，可致電熱線{phone}，或親臨各區民政事務處。",
    "長期照顧服務使用人數達{n:人}，較去年同期增加{p}。",
]


def para(r, dom, k, prefix=True):
    heads, sents = BANK[dom]
    picks = r.sample(sents, min(k, len(sents)))
    out = []
    for i, s in enumerate(picks):
        if prefix and k > 1:
            out.append(ORD[i] + '是' + s)
        else:
            out.append(s)
    return ''.join(out)


def heading(r, dom):
    return r.choice(BANK[dom][0])

# ----------------------------------------------------------------------------------------------------
# genres: builders return a list of template lines
# ----------------------------------------------------------------------------------------------------

def nlines(size, r):
    return {'S': r.randint(1, 3), 'M': r.randint(4, 7), 'L': r.randint(8, 12)}[size]


def g_report(r, cx, size):
    n = nlines(size, r)
    title = r.choice(["{town}{yr}年工作总结", "{town}{yr}年上半年工作情况报告", "{org}{yr}年工作总结及{yr:-1}年工作计划",
                      "关于{county}{yr}年度重点工作推进情况的报告"])
    title = title.replace('{yr:-1}', str(cx['yr'] + 1))
    out = []
    if n >= 4:
        out.append(title)
        out.append(r.choice(["{yr}年，在县委、县政府的正确领导下，我镇紧紧围绕年度目标任务，扎实推进各项工作。现将有关情况报告如下：",
                             "今年以来，我局坚持稳中求进工作总基调，各项工作取得新进展。现将工作开展情况汇报如下：",
                             "一年来，街道党工委、办事处团结带领辖区干部群众，攻坚克难，较好完成了全年目标任务。"]))
    doms = r.sample(DOMAINS, 4)
    sec = 0
    while len(out) < n:
        if n >= 6 and sec == 0:
            out.append("一、{yr}年主要工作开展情况")
        d = doms[sec % 4]
        if n >= 5 and len(out) < n - 1:
            out.append(f"（{ORD[sec]}）{heading(r, d)}")
        out.append(para(r, d, r.randint(1, 3)))
        sec += 1
    return out[:n] if n < 4 else out[:12]


def g_gov(r, cx, size):
    n = nlines(size, r)
    out = []
    if n >= 3:
        out.append(r.choice(["过去一年，面对复杂严峻的外部环境，全县上下攻坚克难，经济社会发展取得新成效。",
                             "一年来，我们坚持以人民为中心的发展思想，主要做了以下工作：",
                             "各位代表：现在，我代表{county}人民政府，向大会报告政府工作，请予审议。"]))
    for i, d in enumerate(r.sample(DOMAINS, min(n, 9))):
        if len(out) >= n:
            break
        out.append(f"{heading(r, d)}。" + para(r, d, r.randint(2, 3), prefix=False))
    return out[:n]


def g_notice(r, cx, size):
    n = nlines(size, r)
    topic = r.choice(TOPICS)
    out = [f"关于开展{topic}工作的通知", "{docno}",
           r.choice(["各镇（街道），县直各有关单位：", "各村（社区）、辖区各企事业单位：", "各科室、各直属单位："]),
           f"为切实做好{topic}工作，经研究，决定在全县范围内开展{topic}活动。现将有关事项通知如下：",
           "一、时间安排：{ymd:s}至{ymd:e}。",
           "二、工作内容：各单位要对照任务清单逐项落实，于{d}前将自查报告报送{org}。",
           "三、工作要求：各单位主要负责同志要亲自部署，确保不走过场。",
           "四、联系方式：联系人：{person}，电话：{phone}，邮箱：{email}。",
           "附件：{yr}年" + topic + "工作任务清单",
           "{org}", "{ymd}"]
    if n < 5:
        return [out[0], out[3], out[7]][:max(1, n)]
    keep = [0, 2, 3, 4, 5, 7, 9, 10]
    if n >= 9:
        keep = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    elif n >= 7:
        keep = [0, 2, 3, 4, 5, 7, 9, 10]
    else:
        keep = [0, 3, 4, 7, 9, 10]
    return [out[i] for i in keep][:12]


def g_contract(r, cx, size):
    n = nlines(size, r)
    out = ["{proj}施工合同",
           "甲方（发包人）：{org}",
           "乙方（承包人）：{comp}",
           "根据《中华人民共和国民法典》及有关法律法规，甲乙双方本着平等自愿的原则，经协商一致，订立本合同。",
           "第一条 工程名称：{proj}；工程地点：{town}{road}。",
           "第二条 合同价款：人民币{m:元}（含税），乙方开具增值税专用发票。",
           "第三条 工期：自{ymd:s}起至{ymd:e}止，共计{n:日历天}。",
           "第四条 质量标准：达到国家现行验收规范合格标准，质保期{num:12-60}个月。",
           "第五条 付款方式：工程竣工验收合格后{n:日历天}内，甲方支付至合同价款的{p}。",
           "第六条 本合同一式{num:4-8}份，甲乙双方各执{num:2-4}份，自双方签字盖章之日起生效。",
           "甲方代表：{person}　　乙方代表：{person}",
           "签订日期：{ymd}"]
    if n <= 3:
        return [out[1], out[2], out[5]][:n]
    if n <= 7:
        return [out[0], out[1], out[2], out[5], out[6], out[10], out[11]][:n]
    return out[:n]


def g_minutes(r, cx, size):
    n = nlines(size, r)
    topic = r.choice(TOPICS)
    out = [f"{topic}工作推进会会议纪要",
           "时间：{ymd}上午{time}", "地点：{org}三楼会议室", "主持人：{person}",
           "参会人员：{person}、{person}、{person}、{person}及各村（社区）负责人",
           "记录人：{person}",
           f"会议听取了各单位{topic}工作进展情况汇报，研究部署下一阶段工作。会议议定事项如下：",
           "一、由{org}牵头，于{d}前完成问题清单梳理，形成整改台账。",
           "二、{town}要加快推进{proj}，确保{ym}前完成主体工程。",
           "三、安排专项经费{m:万元}，由财政所按进度拨付。",
           "四、会议要求各单位每周五下班前报送工作进展，{person}负责汇总。"]
    if n <= 3:
        return [out[3], out[4], out[7]][:n]
    return out[:n]


TABLE_ROWS = [("地区生产总值", "亿元"), ("规模以上工业增加值", "亿元"), ("固定资产投资", "亿元"),
              ("社会消费品零售总额", "亿元"), ("一般公共预算收入", "万元"), ("城镇居民人均可支配收入", "元"),
              ("农村居民人均可支配收入", "元"), ("粮食总产量", "吨"), ("新增城镇就业", "人"), ("进出口总额", "万美元")]


def g_table(r, cx, size, sep=None):
    n = nlines(size, r)
    sep = sep or r.choice(['\t', ' | ', ',', '  '])
    head = ["序号", "指标名称", "单位", "{yr}年", "上年", "增长（%）"]
    out = []
    if n >= 3 and r.random() < 0.6:
        out.append(r.choice(["表1 {county}{yr}年主要经济指标完成情况", "{town}{yr}年经济运行情况统计表"]))
    out.append(sep.join(head))
    rows = r.sample(TABLE_ROWS, min(len(TABLE_ROWS), max(1, n - len(out))))
    for i, (name, unit) in enumerate(rows):
        if len(out) >= n:
            break
        out.append(sep.join([str(i + 1), name, unit, "{decn}", "{decn}", "{pn}"]))
    if sep == ' | ':
        out = ['| ' + x + ' |' if x.count(' | ') else x for x in out]
    return out[:max(1, n)]


def g_gongshi(r, cx, size):
    n = nlines(size, r)
    topic = r.choice(["农村低保", "临时救助", "危房改造补助", "耕地地力保护补贴", "高龄津贴", "公益性岗位补贴"])
    out = [f"关于{{yr}}年度{topic}拟享受对象的公示",
           "根据有关政策规定，经个人申请、{vill}民主评议和入户核查，现将拟享受对象公示如下："]
    for i in range(r.randint(2, 6)):
        out.append(f"{i + 1}. " + r.choice(["{person}，{vill}，家庭人口{num:1-6}人，月补助{num:200-1200}元。",
                                            "{person}，{vill}，{age}，拟补助{num:300-3000}元。",
                                            "{person}，住{road}，拟纳入保障，月补助{num:200-1200}元。"]))
    out += ["公示期：{ymd:s}至{ymd:e}。如有异议，请在公示期内向{town}民政办反映。", "监督电话：{phone}", "{town}人民政府", "{ymd}"]
    if n <= 3:
        return out[2:2 + n]
    if n >= len(out):
        return out[:12]
    return (out[:n - 2] + out[-2:])[:12]


def g_personnel(r, cx, size):
    n = nlines(size, r)
    out = ["{county}拟任职干部任前公示",
           "根据干部选拔任用有关规定，经{county}委研究，拟提拔任用下列同志，现予以公示："]
    for _ in range(r.randint(1, 4)):
        out.append("{person}，" + r.choice(["男", "女"]) + "，汉族，{birth}出生，" + r.choice(EDU) +
                   "学历，中共党员，现任{org}" + r.choice(POSTS) + "，拟任{org}" + r.choice(POSTS) + "。")
    out += ["公示时间：{ymd:s}至{ymd:e}（5个工作日）。", "举报电话：{phone}", "中共{county}委组织部", "{ymd}"]
    if n <= 2:
        return out[2:2 + n]
    if n >= len(out):
        return out[:12]
    return (out[:max(3, n - 3)] + out[-3:])[:12]


def g_bid(r, cx, size):
    n = nlines(size, r)
    out = ["{proj}公开招标公告",
           "项目名称：{proj}", "项目编号：{code}", "预算金额：{m:万元}", "最高限价：{m:万元}",
           "采购需求：具体详见招标文件第三章。", "合同履行期限：自合同签订之日起{n:日历天}。",
           "获取招标文件时间：{ymd:s}至{ymd:e}，每天上午8:30至11:30。",
           "开标时间：{ymd} {time}", "采购人：{org}，地址：{road}，联系人：{person}，电话：{phone}",
           "采购代理机构：{comp}，联系人：{person}，电话：{mobile}"]
    if n <= 3:
        return [out[1], out[3], out[8]][:n]
    return out[:n]


def g_reply(r, cx, size):
    n = nlines(size, r)
    topic = r.choice(["农村饮水安全", "中小学课后服务", "老旧小区加装电梯", "乡村道路养护", "社区养老服务"])
    out = ["{person}代表：",
           f"您在县十八届人大三次会议上提出的《关于加强{topic}工作的建议》收悉。经认真研究，现答复如下：",
           f"一、基本情况。近年来，我局高度重视{topic}工作，累计投入资金{{m:万元}}，覆盖{{n:个}}村（社区）。",
           "二、下一步工作。我们将积极争取上级资金支持，力争{yr}年底前完成{n:个}项目建设。",
           f"感谢您对{topic}工作的关心和支持，欢迎继续提出宝贵意见。",
           "联系单位：{org}", "联系人：{person}，联系电话：{phone}", "{ymd}"]
    if n <= 3:
        return [out[0], out[2], out[6]][:n]
    return out[:n]


def g_news(r, cx, size):
    n = nlines(size, r)
    topic = r.choice(TOPICS)
    d = r.choice(DOMAINS)
    out = [r.choice([f"{{town}}扎实开展{topic}活动", f"{{county}}召开{topic}工作部署会", f"我县{topic}工作取得阶段性成效"]),
           "{county}融媒体中心讯（记者 {person} 通讯员 {person}）" + "{d}，{town}在{vill}组织开展" + topic + "活动，吸引群众{n:人次}参与。",
           para(r, d, 2, prefix=False),
           "活动现场，工作人员向群众发放宣传资料{n:份}，并现场解答政策咨询{n:人次}。",
           "据悉，下一步{town}将把" + topic + "纳入常态化工作，计划在{ym}前覆盖全部{n:个}村（社区）。",
           "编辑：{person}　审核：{person}"]
    return out[:n]


def g_wechat(r, cx, size):
    n = nlines(size, r)
    topic = r.choice(TOPICS)
    out = ["{town}：" + topic + "进行时",
           "原创 {org} " + "{ymd} {time}",
           "近日，{town}联合{org}走进{vill}，开展" + topic + "主题活动。",
           para(r, r.choice(DOMAINS), 2, prefix=False),
           "活动共吸引{n:人次}参与，发放宣传折页{n:份}。",
           "接下来，{town}将持续推进" + topic + "，让群众的获得感成色更足。",
           "来源：{org}　编辑：{person}　审核：{person}",
           "阅读 {num:300-9000}　点赞 {num:10-500}"]
    return out[:n]


def g_speech(r, cx, size):
    n = nlines(size, r)
    topic = r.choice(TOPICS)
    out = ["同志们：",
           f"今天，我们召开全县{topic}工作会议，主要任务是总结去年工作，部署今年任务。刚才，{{person}}同志通报了有关情况，我完全同意。",
           "过去一年，" + para(r, r.choice(DOMAINS), 2, prefix=False),
           "下面，我再强调三点意见。",
           "一要提高政治站位。各级各部门要把思想和行动统一到县委的决策部署上来。",
           "二要压实工作责任。要在{d}前全面完成排查，坚决杜绝形式主义。",
           "三要强化督查问效。县委督查室要每月通报一次进展，对工作滞后的单位进行约谈。",
           "同志们，任务艰巨，使命光荣。让我们以更加务实的作风，奋力完成全年目标任务！"]
    return out[:n]


def g_sms(r, cx, size):
    out = [r.choice(["【{org}】尊敬的{person}，您于{ymd}提交的" + r.choice(SERVICES) + "申请已受理，办件编号{code}，请于{d}前到{town}便民服务中心领取结果。咨询电话：{phone}。",
                     "【{county}医保】{person}您好，您本年度的城乡居民医保费{m:元}将于{d}扣缴，请确保账户余额充足。",
                     "【{town}人民政府】{person}您好，您申报的" + r.choice(SERVICES) + "事项已办结，感谢您对我们工作的支持。",
                     "【{hosp}】{person}您好，您已成功预约{ymd} {time}的门诊号，请携带身份证按时就诊。"])]
    if size != 'S' and r.random() < 0.5:
        out.append("退订回T")
    return out


def g_email(r, cx, size):
    n = nlines(size, r)
    topic = r.choice(TOPICS)
    out = ["发件人：{person} <{email}>", "收件人：各村（社区）文书", "主题：关于报送" + topic + "工作材料的通知",
           "各位同事：", "请于{d}下班前将" + topic + "工作开展情况及佐证材料报送至本邮箱，逾期视为未开展。",
           "材料需包括：活动照片不少于{n:张}、工作台账、总结一份。", "谢谢配合！", "{person}", "{org}", "电话：{phone}"]
    if n <= 3:
        return [out[2], out[4], out[9]][:n]
    return out[:n]


def g_cert(r, cx, size):
    n = nlines(size, r)
    out = ["证　明",
           "兹证明{person}同志，身份证号码：{idno}，系我单位在职职工，自{ym}起在{org}工作至今，现任" + r.choice(POSTS) + "。",
           "该同志工作期间表现良好，无违法违纪记录。",
           "特此证明。", "{org}（盖章）", "{ymd}"]
    if n <= 2:
        return out[1:1 + n]
    return out[:n]


def g_form(r, cx, size):
    n = nlines(size, r)
    out = ["{yr}年度专项资金项目申请表",
           "申请单位：{comp}", "法定代表人：{person}", "联系人：{person}　手机：{mobile}", "单位地址：{city}{road}",
           "项目名称：{proj}", "申请金额：{m:万元}", "项目总投资：{m:万元}", "项目起止时间：{ym:s}至{ym:e}",
           "预期效益：项目建成后预计新增产值{m:万元}，带动就业{n:人}。", "申请日期：{ymd}"]
    if n <= 3:
        return [out[1], out[6], out[10]][:n]
    return out[:n]


def g_plan(r, cx, size):
    n = nlines(size, r)
    sep = r.choice(['\t', ' | '])
    out = [r.choice(["{yr}年重点工作任务分解表", "{town}{yr}年工作计划安排"]),
           sep.join(["序号", "工作任务", "责任单位", "完成时限", "责任人"])]
    tasks = ["完成" + x for x in r.sample(PROJ, 8)]
    for i, tk in enumerate(tasks):
        out.append(sep.join([str(i + 1), tk, "{org}", "{ym}", "{person}"]))
    return out[:max(n, 2)]


def g_qa(r, cx, size):
    n = nlines(size, r)
    s = r.choice(SERVICES)
    out = [f"《{{county}}{s}便民服务指南》政策解读",
           f"问：哪些人可以申请{s}？",
           "答：户籍在本县或持有本县居住证满{n:个}月的群众均可申请。",
           "问：办理需要多长时间？",
           "答：材料齐全的，窗口受理后{n:个}工作日内办结。",
           "问：在哪里办理？",
           "答：可到{town}便民服务中心{n:号}窗口办理，也可登录政务服务网在线申请。",
           "问：有无收费？", "答：不收取任何费用。",
           "咨询电话：{phone}（工作日{time}-17:30）"]
    return out[:n] if n > 1 else [out[2]]


def g_web(r, cx, size):
    n = nlines(size, r)
    body = [para(r, r.choice(DOMAINS), r.randint(1, 3)) for _ in range(6)]
    out = ["首页 > 政务公开 > 工作动态",
           r.choice(["{town}召开{yr}年度工作推进会", "{org}开展" + r.choice(TOPICS) + "专项行动"]),
           "发布时间：{ymd}　来源：{org}　浏览次数：{num:30-5000}"] + body[:max(1, n - 5)] + \
          ["打印本页　关闭窗口", "主办单位：{county}人民政府办公室　联系电话：{phone}"]
    return out[:12]


def g_ppt(r, cx, size):
    n = nlines(size, r)
    d1, d2 = r.sample(DOMAINS, 2)
    out = ["{town}{yr}年工作汇报", "汇报人：{person}", "第一部分　" + heading(r, d1)]
    for s in r.sample(BANK[d1][1], 3):
        out.append("● " + s.rstrip('。'))
    out.append("第二部分　" + heading(r, d2))
    for s in r.sample(BANK[d2][1], 3):
        out.append("● " + s.rstrip('。'))
    out.append("谢谢！")
    return out[:max(n, 2)]


def wrap_lines(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def g_pdf(r, cx, size):
    n = nlines(size, r)
    raw = para(r, r.choice(DOMAINS), 3) + para(r, r.choice(DOMAINS), 3)
    # wrap at template level is unsafe (would split slots); wrap by sentences instead
    parts = re.split(r'(?<=[，。；])', raw)
    out, cur = [], ''
    for p in parts:
        if len(SLOT_RE.sub('xxxx', cur + p)) > r.randint(26, 40) and cur:
            out.append(cur)
            cur = p
        else:
            cur += p
    if cur:
        out.append(cur)
    out = out[:max(1, n - 1)]
    if n >= 3:
        out.append(f"— {r.randint(2, 30)} —")
    return out


def g_mt(r, cx, size):
    n = nlines(size, r)
    out = ["尊敬的{person}先生/女士：",
           "我们很高兴地通知您，您在{ymd}提交的申请已经被我们的团队批准了。",
           "作为{comp}的合作伙伴，我们期待着与您在{city}的进一步合作。",
           "如果您有任何问题，请不要犹豫与我们联系，通过电子邮件{email}或电话{phone}。",
           "合同的金额是{m:元}，它将在{d}之前被支付。",
           "再次感谢您对我们的信任。", "最好的问候，", "{person}", "{comp}"]
    return out[:n] if n > 1 else [out[1]]


def g_bilingual(r, cx, size):
    n = nlines(size, r)
    out = ["{city}国际友好城市交流活动简报",
           "{d}，{city}外事办公室接待了来访的友好城市代表团，双方就绿色发展、职业教育等领域合作进行了交流。",
           "English summary: On {den}, the Foreign Affairs Office received a delegation; {en}.",
           "代表团团长在致辞中表示：“{ru}”，并邀请我市企业参加明年举办的{fr}。法方代表{frn}一同出席。",
           "会上，{de}与{comp}签署了设备采购意向书，金额约{m:万元}。",
           "日方代表介绍了「{ja}」的社区养老服务经验，韩方代表介绍了{ko}的合作项目。",
           "活动期间，双方互赠了纪念品。记者：{person}"]
    return out[:max(n, 2)]


def g_units(r, cx, size):
    n = nlines(size, r)
    out = ["{town}环境监测周报（{ymd}）",
           "本周最高气温{ut}，未出现极端天气。",
           "集中式饮用水水源地监测{n:次}，各项指标达标，其中氨氮浓度{uc}。",
           "重点污染源排放在线监控{n:家}，颗粒物平均浓度{uc}。",
           "新建雨污分流管网{dec:公里}，管径{up}。",
           "城区噪声监测点位{n:个}，昼间平均等效声级{num:45-68}分贝。",
           "监测人员：{person}　审核：{person}"]
    return out[:max(n, 2)]


def g_wechat_emoji(r, cx, size):
    n = nlines(size, r)
    topic = r.choice(TOPICS)
    out = ["{emoji}{town}" + topic + "火热进行中{emoji}",
           "{emoji}活动时间：{ymd}",
           "{emoji}活动地点：{vill}文化广场",
           "近日，{town}组织志愿者开展" + topic + "，现场气氛热烈{emoji}。",
           para(r, r.choice(DOMAINS), 2, prefix=False),
           "{emoji}欢迎大家转发扩散，为家乡点赞！",
           "来源：{org}　编辑：{person}"]
    return out[:max(n, 2)]


def g_rare(r, cx, size):
    n = nlines(size, r)
    out = ["{yr}年度{town}优秀志愿者名单公示",
           "经各村（社区）推荐、评审小组审核，拟评选以下同志为年度优秀志愿者：",
           "{rare}（{vill}）、{person}（{vill}）、{rare}（{vill}）、{person}（{vill}）",
           "{rare}同志长期参与" + r.choice(TOPICS) + "，累计服务时长{n:小时}。",
           "{person}、{rare}等同志积极参与疫情防控和防汛值守。",
           "公示期{n:日历天}，监督电话：{phone}。", "{town}志愿服务联合会", "{ymd}"]
    return out[:max(n, 3)]


def g_tw(r, cx, size):
    n = nlines(size, r)
    return r.sample(TW_BANK, min(n, len(TW_BANK)))


def g_oneline(r, cx, size):
    d = r.choice(DOMAINS)
    return [r.choice(BANK[d][1])]


GENRES = {
    'report': g_report, 'gov': g_gov, 'notice': g_notice, 'contract': g_contract, 'minutes': g_minutes,
    'table': g_table, 'table_tab': lambda r, cx, s: g_table(r, cx, s, '\t'),
    'table_pipe': lambda r, cx, s: g_table(r, cx, s, ' | '), 'table_csv': lambda r, cx, s: g_table(r, cx, s, ','),
    'gongshi': g_gongshi, 'personnel': g_personnel, 'bid': g_bid, 'reply': g_reply, 'news': g_news,
    'wechat': g_wechat, 'speech': g_speech, 'sms': g_sms, 'email': g_email, 'cert': g_cert, 'form': g_form,
    'plan': g_plan, 'qa': g_qa, 'web': g_web, 'ppt': g_ppt, 'pdf': g_pdf, 'mt': g_mt, 'bilingual': g_bilingual,
    'units': g_units, 'wechat_emoji': g_wechat_emoji, 'rare': g_rare, 'tw': g_tw, 'oneline': g_oneline,
}
# ----------------------------------------------------------------------------------------------------
# look-alike traps (never placeholders, never damage).  Each returns (text, [risky tokens]).
# ----------------------------------------------------------------------------------------------------

def _n(r, a=2, b=300):
    return str(r.randint(a, b))


def masked_mobile(r):
    return f"1{r.choice('3578')}{r.randint(0, 9)}****{r.randint(1000, 9999)}"


def masked_id(r):
    full = idno(r)
    k = r.choice([(4, 4), (6, 4), (3, 4), (1, 1)])
    return full[:k[0]] + '*' * (18 - k[0] - k[1]) + full[-k[1]:]


PH_TRAPS = [
    lambda r: (f"深化“1+X”证书制度试点，{_n(r)}名学生取得职业技能等级证书。", ["1+X"]),
    lambda r: (f"推行“5+X”课后服务模式，每周开设兴趣课程{_n(r, 5, 40)}门。", ["5+X"]),
    lambda r: ("政务大厅落实“7+X”延时服务，午间和周末不打烊。", ["7+X"]),
    lambda r: (f"按照“3+X”模式组建家庭医生团队{_n(r, 5, 60)}个。", ["3+X"]),
    lambda r: (f"采购x86架构服务器{_n(r, 2, 40)}台，完成{_n(r, 2, 30)}个业务系统迁移。", ["x86"]),
    lambda r: ("为中心卫生院新配数字化X光机1台、X射线骨密度仪1台。", ["X光机", "X射线"]),
    lambda r: ("新购置的DR（数字X线摄影系统）已投入使用，B超、CT检查实现当日出报告。", ["X线"]),
    lambda r: (f"为环卫工人配发反光背心{_n(r, 50, 900)}件，尺码分为L、XL、XXL三种。", ["XL", "XXL"]),
    lambda r: (f"政务服务热线实行7×24小时人工接听，全年受理来电{_n(r, 1000, 90000)}个。", ["7×24"]),
    lambda r: ("便民服务中心在5×8小时工作制基础上推出周末预约服务。", ["5×8"]),
    lambda r: (f"会场更换3×4米LED显示屏{_n(r, 1, 6)}块。", ["3×4"]),
    lambda r: (f"在主要路口安装1200×600mm交通标识牌{_n(r, 5, 90)}块。", ["1200×600"]),
    lambda r: ("补助金额按“面积×单价×调节系数”核定。", ["面积×单价×调节系数"]),
    lambda r: ("个别单位在某些环节仍存在推诿扯皮现象。", ["某些"]),
    lambda r: ("这种做法在某种程度上影响了群众的获得感。", ["某种"]),
    lambda r: ("问题整改不能拖到某年某月，必须立行立改。", ["某年某月"]),
    lambda r: (f"幸运观众：{r.choice(SUR)}先生，手机号{masked_mobile(r)}。", ["****"]),
    lambda r: (f"申请人身份证号：{masked_id(r)}，已通过人脸核验。", ["*"]),
    lambda r: (f"附件：{_n(r, 2019, 2024)}年度绩效自评表.xlsx", []),
    lambda r: (f"材料模板见 gov_report_{_n(r, 2019, 2024)}_final.docx。", []),
    lambda r: ("详情请登录 https://www.qhx.gov.cn/zwgk/ 查询。", ["qhx"]),
    lambda r: ("意见建议可发送至 xfb_office@163.com。", ["xfb_office"]),
    lambda r: ("与厦门（Xiamen）、西安（Xi'an）等城市开展旅游联合推介。", ["Xiamen", "Xi'an"]),
    lambda r: ("新能源汽车展上，Model X、问界M9等车型受到关注。", ["Model X"]),
    lambda r: ("科普讲座向中学生讲解了XX与XY染色体的区别。", ["XX与XY染色体"]),
    lambda r: ("数学兴趣小组用待定系数法求出二次函数y=ax²+bx+c的解析式。", ["待定系数法", "y=ax²+bx+c"]),
    lambda r: ("若设年均增长率为x，则(1+x)²=1.21，解得x=10%。", ["为x，", "(1+x)²", "x=10%"]),
    lambda r: ("对解除劳动合同的职工依法按N+1标准支付经济补偿。", ["N+1"]),
    lambda r: (f"全面淘汰仍在使用Windows XP系统的办公终端{_n(r, 3, 120)}台。", ["Windows XP"]),
    lambda r: ("视频会议终端支持1920x1080分辨率，显卡插槽为PCIe x16。", ["1920x1080", "PCIe x16"]),
    lambda r: ("新增4A级旅游景区1家，A股上市企业实现零的突破。", []),
    lambda r: ("SpaceX、大疆等企业的创新案例被编入干部培训教材。", ["SpaceX"]),
    lambda r: (f"全镇{_n(r, 5, 30)}个村实行“1+N”网格化管理。", ["1+N"]),
    lambda r: ("【工作动态】", ["【工作动态】"]),
    lambda r: ("【政策解读】", ["【政策解读】"]),
    lambda r: ("＊　＊　＊", ["＊　＊　＊"]),
    # 36-
    lambda r: (f"运动会参赛服统一采购{_n(r, 100, 900)}套，其中XL码占比最高。", ["XL码"]),
    lambda r: ("工作服尺码对照：M（170）、L（175）、XL（180）、XXL（185）、XXXL（190）。", ["XL", "XXL", "XXXL"]),
    lambda r: (f"开展学生结核病筛查{_n(r, 300, 9000)}人，对阳性者进行X线胸片检查。", ["X线"]),
    lambda r: ("口腔科新购置的全景X射线机已通过年度检测。", ["X射线"]),
    lambda r: ("数据中心采用ARM与x86服务器混合部署，操作系统统一为64位版本。", ["x86"]),
    lambda r: ("按照y=kx+b的线性关系对年度用水量进行测算。", ["y=kx+b"]),
    lambda r: ("例题：已知x+y=10，x-y=2，求x和y的值。", ["x+y=10", "x-y=2", "求x和y"]),
    lambda r: ("任何单位和个人不得以某种理由拒绝配合检查。", ["某种"]),
    lambda r: ("不能因为某一环节出了问题就全盘否定。", ["某一"]),
    lambda r: (f"退费已原路返回至尾号卡片（6222 **** **** {r.randint(1000, 9999)}）。", []),
    lambda r: ("与许昌（Xuchang）、西宁（Xining）两市建立友好合作关系。", ["Xuchang", "Xining"]),
    lambda r: ("疾控中心持续监测新冠病毒XBB等变异株的流行情况。", ["XBB"]),
    lambda r: ("抽奖奖品包括iPhone X一部、蓝牙耳机两副。", ["iPhone X"]),
    lambda r: ("【专题报道】", ["【专题报道】"]),
]

MJ_TRAPS = [
    lambda r: (f"友好城市代表团团长用俄语致辞：“{r.choice(POOLS['ru'])}”。", POOLS['ru']),
    lambda r: (f"日方合作企业「{r.choice(POOLS['ja'])}」派员参加交流。", POOLS['ja']),
    lambda r: (f"韩国代表团（{r.choice(POOLS['ko'])}）一行到我市考察。", POOLS['ko']),
    lambda r: (f"法方代表{r.choice(POOLS['frn'])}出席签约仪式。", POOLS['frn']),
    lambda r: (f"生产线设备由德国{r.choice(POOLS['de'])}提供。", POOLS['de']),
    lambda r: (f"越南籍学员{r.choice(POOLS['vi'])}获评优秀学员。", POOLS['vi']),
    lambda r: (f"企业已在{r.choice(POOLS['pt'])}设立海外仓。", POOLS['pt']),
    lambda r: (f"{r.choice(['葡方客商', '巴西客商'])}{r.choice(['João Gonçalves', 'Antônio Araújo'])}到园区考察。", ['João Gonçalves', 'Antônio Araújo']),
    lambda r: (f"展板上用希腊语写着“{r.choice(POOLS['gr'])}”。", POOLS['gr']),
    lambda r: (f"活动现场气氛热烈{r.choice(POOLS['emoji'])}{r.choice(POOLS['emoji'])}", POOLS['emoji']),
    lambda r: (f"本周最高气温{r.choice(['35.2℃', '38.5℃', '36.8℃'])}，请注意防暑降温。", ['℃']),
    lambda r: (f"志愿者{r.choice(SUR)}{r.choice(RARE)}同志被评为“最美志愿者”。", RARE),
    lambda r: ("α、β两类系数分别取0.6和0.4。", ["α", "β"]),
    lambda r: (f"Ⅰ类、Ⅱ类水质断面占比达到{_n(r, 60, 99)}%。", ["Ⅰ", "Ⅱ"]),
    lambda r: ("①加强组织领导；②强化资金保障；③严格督查考核。", ["①", "②", "③"]),
    lambda r: ("※ 本表数据为快报数，以正式公布数据为准。", ["※"]),
    lambda r: ("游客综合满意度评价为★★★★★。", ["★"]),
    lambda r: (f"合同以欧元计价（€{_n(r, 10, 900)}万），约合人民币{_n(r, 80, 7000)}万元。", ["€"]),
    lambda r: (f"报名请访问 https://www.example.gov.cn/bm?id={_n(r, 100, 999)}&type=2 。", ["?id=", "&type"]),
    lambda r: (f"问卷第{_n(r, 1, 20)}题：您是否了解垃圾分类知识?", ["?"]),
    lambda r: ("化学需氧量（COD）和二氧化碳（CO₂）排放量同比下降。", ["CO₂"]),
    lambda r: (f"新建供水主管采用φ{_n(r, 100, 600)}mm球墨铸铁管。", ["φ"]),
    lambda r: (f"新增绿地{_n(r, 1000, 20000)}㎡，误差控制在±0.5%以内。", ["㎡", "±"]),
    lambda r: (f"落款日期为{chinese_year(r.randint(2019, 2024))}年{chinese_md(r.randint(1, 12))}月{chinese_md(r.randint(1, 28))}日。", ["〇"]),
]

# ----------------------------------------------------------------------------------------------------
# damage (real codecs)
# ----------------------------------------------------------------------------------------------------

def _q(s):  # what an editor shows after saving U+FFFD into a GBK file
    return s.encode('gbk', 'replace').decode('gbk')


PY_TABLE = ("发發fā 区區qū 领領lǐng 导導dǎo 这這zhè 为為wéi 现現xiàn 将將jiāng 关關guān 开開kāi 项項xiàng 经經jīng "
            "济濟jì 业業yè 务務wù 产產chǎn 总總zǒng 万萬wàn 亿億yì 实實shí 践踐jiàn 设設shè 农農nóng 镇鎮zhèn 乡鄉xiāng "
            "县縣xiàn 长長zhǎng 会會huì 议議yì 组組zǔ 织織zhī 党黨dǎng 员員yuán 学學xué 习習xí 动動dòng 环環huán "
            "卫衛wèi 疗療liáo 医醫yī 养養yǎng 进進jìn 体體tǐ 统統tǒng 计計jì 划劃huà 规規guī 范範fàn 质質zhì 检檢jiǎn "
            "监監jiān 测測cè 资資zī 财財cái 税稅shuì 备備bèi 网網wǎng 络絡luò 电電diàn 视視shì 话話huà 报報bào 层層céng "
            "级級jí 单單dān 达達dá 标標biāo 准準zhǔn 风風fēng 险險xiǎn 稳穩wěn 压壓yā 责責zé 严嚴yán 众眾zhòng 难難nán "
            "题題tí 问問wèn 决決jué 时時shí 间間jiān 个個gè 们們men 对對duì 与與yǔ 东東dōng 车車chē 场場chǎng 应應yīng "
            "该該gāi 转轉zhuǎn 运運yùn 输輸shū 线線xiàn 坚堅jiān 强強qiáng 优優yōu 营營yíng 创創chuàng 绿綠lǜ 粮糧liáng "
            "亩畝mǔ 户戶hù 贫貧pín 脱脫tuō 兴興xīng 战戰zhàn 护護hù 灾災zāi 点點diǎn 书書shū 记記jì 讲講jiǎng 传傳chuán "
            "贯貫guàn 彻徹chè 处處chù 办辦bàn 执執zhí 纪紀jì 违違wéi 败敗bài 洁潔jié 国國guó 际際jì 贸貿mào 额額é "
            "门門mén 见見jiàn 观觀guān 态態tài 边邊biān 还還hái 过過guò 数數shù 据據jù 让讓ràng 认認rèn 识識shí "
            "说說shuō 请請qǐng 论論lùn 谈談tán 调調diào 续續xù 广廣guǎng 庆慶qìng 华華huá 乐樂lè 龙龍lóng 凤鳳fèng "
            "鹤鶴hè 桥橋qiáo 湾灣wān 岗崗gǎng 阳陽yáng 云雲yún 岭嶺lǐng 兰蘭lán 丰豐fēng 泽澤zé 宁寧níng 顺順shùn "
            "帮幫bāng 贷貸dài 补補bǔ 贴貼tiē 档檔dàng 样樣yàng 试試shì 验驗yàn 训訓xùn 练練liàn 术術shù 职職zhí "
            "权權quán 销銷xiāo 购購gòu 价價jià 费費fèi 园園yuán 厂廠chǎng 码碼mǎ 库庫kù 气氣qì 热熱rè 维維wéi "
            "铁鐵tiě 钢鋼gāng 驾駕jià 饮飲yǐn 卖賣mài 买買mǎi 货貨huò 馆館guǎn 图圖tú 艺藝yì 宝寶bǎo 录錄lù "
            "汇匯huì 结結jié 绩績jì 纳納nà 缴繳jiǎo 罚罰fá 诉訴sù 纠糾jiū 纷紛fēn 渔漁yú 猪豬zhū 鸡雞jī 鱼魚yú "
            "种種zhǒng 药藥yào 课課kè 义義yì 献獻xiàn 爱愛ài 队隊duì 军軍jūn 荣榮róng 誉譽yù 奖獎jiǎng 励勵lì "
            "评評píng 选選xuǎn 举舉jǔ 审審shěn 复復fù 签簽qiān 约約yuē 协協xié 积積jī 极極jí 扩擴kuò 带帶dài "
            "惠惠huì 诈詐zhà 骗騙piàn 损損sǔn 挽挽wǎn 宣宣xuān 览覽lǎn 阅閱yuè 读讀dú 赞贊zàn 编編biān 辑輯jí "
            "园園yuán 镇鎮zhèn 区區qū 街街jiē")
PY_MAP = {}
for _tok in PY_TABLE.split():
    if _tok[0] != _tok[1]:
        PY_MAP[_tok[0]] = (_tok[1], _tok[2:])

KANGXI = {}
for _cp in range(0x2F00, 0x2FD6):
    KANGXI[unicodedata.normalize('NFKC', chr(_cp))] = chr(_cp)

ENT_NAMES = {ch: '&' + html.entities.codepoint2name[ord(ch)] + ';' for ch in '“”‘’—…·　 ' if ord(ch) in html.entities.codepoint2name}


def d_pinyin(s, r, fw=False):
    out = []
    for ch in s:
        if ch in PY_MAP:
            t, p = PY_MAP[ch]
            out.append(t + ('（' + p + '）' if fw else '(' + p + ')'))
        else:
            out.append(ch)
    return ''.join(out)


def d_trunc(s, r):
    b = s.encode('utf-8')
    idx = [i for i, ch in enumerate(s) if ord(ch) > 127]
    i = r.choice(idx)
    start = len(s[:i].encode('utf-8'))
    ln = len(s[i].encode('utf-8'))
    cut = r.randint(1, ln - 1)
    return (b[:start + cut] + b[start + ln:]).decode('utf-8', 'replace') if r.random() < 0.5 else \
        (b[:start] + b[start + cut:]).decode('utf-8', 'replace')


def d_gbk_shift(s, r):
    b = s.encode('gbk')
    k = r.randint(0, min(3, len(b) - 1))
    return _q((b[:k] + b[k + 1:]).decode('gbk', 'replace'))


def d_cid(s, r):
    cache = {}
    out = []
    for ch in s:
        if '\u4e00' <= ch <= '\u9fff' and r.random() < 0.7:
            cache.setdefault(ch, r.randint(60, 9800))
            out.append(f"(cid:{cache[ch]})")
        else:
            out.append(ch)
    return ''.join(out)


def d_pua(s, r):
    out = []
    for ch in s:
        if '\u4e00' <= ch <= '\u9fff' and r.random() < 0.5:
            out.append(chr(0xE000 + (ord(ch) * 7 + 13) % 0x1800))
        else:
            out.append(ch)
    return ''.join(out)


def d_mime(s, r):
    return Header(s, r.choice(['utf-8', 'gb2312', 'gbk'])).encode().replace('\n', '')


def d_qp(s, r):
    return quopri.encodestring(s.encode(r.choice(['utf-8', 'gbk']))).decode('ascii').replace('=\n', '')


DAMAGE = {
    'u8_gbk': lambda s, r: s.encode('utf-8').decode('gbk', 'replace'),
    'u8_gbk_q': lambda s, r: _q(s.encode('utf-8').decode('gbk', 'replace')),
    'u8_gb18030': lambda s, r: s.encode('utf-8').decode('gb18030', 'replace'),
    'u8_gbk_x2': lambda s, r: _q(_q(s.encode('utf-8').decode('gbk', 'replace')).encode('utf-8').decode('gbk', 'replace')),
    'u8_cp1252': lambda s, r: s.encode('utf-8').decode('cp1252', 'replace'),
    'u8_latin1': lambda s, r: s.encode('utf-8').decode('latin-1'),
    'u8_cp1252_x2': lambda s, r: s.encode('utf-8').decode('cp1252', 'replace').encode('utf-8').decode('cp1252', 'replace'),
    'gbk_u8': lambda s, r: s.encode('gbk').decode('utf-8', 'replace'),
    'gbk_u8_bs': lambda s, r: s.encode('gbk').decode('utf-8', 'backslashreplace'),
    'gbk_cp1252': lambda s, r: s.encode('gbk').decode('cp1252', 'replace'),
    'gbk_latin1': lambda s, r: s.encode('gbk').decode('latin-1'),
    'u8_big5': lambda s, r: s.encode('utf-8').decode('big5', 'replace'),
    'gbk_big5': lambda s, r: s.encode('gbk').decode('big5', 'replace'),
    'big5_gbk': lambda s, r: s.encode('big5', 'replace').decode('gbk', 'replace'),
    'big5_u8': lambda s, r: s.encode('big5', 'replace').decode('utf-8', 'replace'),
    'u8_sjis': lambda s, r: s.encode('utf-8').decode('shift_jis', 'replace'),
    'u8_cp932': lambda s, r: s.encode('utf-8').decode('cp932', 'replace'),
    'gbk_sjis': lambda s, r: s.encode('gbk').decode('shift_jis', 'replace'),
    'u8_euckr': lambda s, r: s.encode('utf-8').decode('euc_kr', 'replace'),
    'gbk_euckr': lambda s, r: s.encode('gbk').decode('cp949', 'replace'),
    'u8_koi8r': lambda s, r: s.encode('utf-8').decode('koi8_r', 'replace'),
    'u8_cp1251': lambda s, r: s.encode('utf-8').decode('cp1251', 'replace'),
    'u8_macroman': lambda s, r: s.encode('utf-8').decode('mac_roman', 'replace'),
    'u8_exotic': lambda s, r: s.encode('utf-8').decode(r.choice(['cp437', 'cp866', 'iso8859_7', 'cp1256', 'tis_620', 'cp850', 'iso8859_2']), 'replace'),
    'u16_gbk': lambda s, r: s.encode('utf-16-le').decode('gbk', 'replace'),
    'u16_cp1252': lambda s, r: s.encode('utf-16-le').decode('cp1252', 'replace'),
    'ascii_q': lambda s, r: s.encode('ascii', 'replace').decode('ascii'),
    'gb2312_q': lambda s, r: s.encode('gb2312', 'replace').decode('gb2312'),
    'trunc': d_trunc,
    'gbk_shift': d_gbk_shift,
    'kunjinkao': lambda s, r: _q(('\ufffd' * max(2, len(s))).encode('utf-8').decode('gbk', 'replace')),
    'tangtang': lambda s, r: (bytes([r.choice([0xCC, 0xCD])]) * (2 * max(2, len(s)))).decode('gbk'),
    'ncr_dec': lambda s, r: s.encode('ascii', 'xmlcharrefreplace').decode('ascii'),
    'ncr_hex': lambda s, r: ''.join(c if ord(c) < 128 else '&#x%X;' % ord(c) for c in s),
    'uesc': lambda s, r: s.encode('unicode_escape').decode('ascii'),
    'uesc2': lambda s, r: json.dumps(s)[1:-1].replace('\\', '\\\\'),
    'json_surrogate': lambda s, r: json.dumps(s)[1:-1],
    'urlenc': lambda s, r: urllib.parse.quote(s, safe=''),
    'qp': d_qp,
    'mime': d_mime,
    'utf7': lambda s, r: s.encode('utf-7').decode('ascii'),
    'b64': lambda s, r: base64.b64encode(s.encode('utf-8')).decode('ascii'),
    'bytesrepr': lambda s, r: str(s.encode(r.choice(['utf-8', 'gbk']))),
    'pinyin': lambda s, r: d_pinyin(s, r),
    'pinyin_fw': lambda s, r: d_pinyin(s, r, fw=True),
    'kangxi': lambda s, r: ''.join(KANGXI.get(c, c) for c in s),
    'cid': d_cid,
    'pua': d_pua,
    'html_ent': lambda s, r: ''.join(ENT_NAMES.get(c, c) for c in s),
    'html_ent2': lambda s, r: html.escape(''.join(ENT_NAMES.get(c, c) for c in s)),
    'ru_1251_1252': lambda s, r: s.encode('cp1251').decode('cp1252', 'replace'),
    'ja_sjis_gbk': lambda s, r: s.encode('shift_jis', 'replace').decode('gbk', 'replace'),
    'ko_euckr_gbk': lambda s, r: s.encode('euc_kr', 'replace').decode('gbk', 'replace'),
    'emoji_mix': lambda s, r: r.choice([s.encode('utf-8').decode('cp1252', 'replace'), json.dumps(s)[1:-1],
                                         s.encode('gbk', 'replace').decode('gbk'), s.encode('utf-8').decode('gbk', 'replace')]),
}
# damage kinds that need the region to contain a character they change
NEEDS = {
    'pinyin': lambda s: any(c in PY_MAP for c in s), 'pinyin_fw': lambda s: any(c in PY_MAP for c in s),
    'kangxi': lambda s: any(c in KANGXI for c in s), 'cid': lambda s: sum('\u4e00' <= c <= '\u9fff' for c in s) >= 2,
    'pua': lambda s: sum('\u4e00' <= c <= '\u9fff' for c in s) >= 2,
    'html_ent': lambda s: any(c in ENT_NAMES for c in s), 'html_ent2': lambda s: any(c in ENT_NAMES for c in s),
    'gb2312_q': lambda s: any(c in RARE for c in s), 'gbk_shift': lambda s: len(s) >= 3,
}
BAD_OUT = re.compile('[\n\r\x00\x0b\x0c\x1c-\x1e\x85\u2028\u2029]')

MSO_DEBRIS = ["Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE",
              "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->",
              "/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0;}",
              "<o:p></o:p>", "<!--[if !supportLists]-->", "<span style=\"mso-spacerun:yes\">&nbsp;</span>"]
TAGS_OPEN = ['<span style="font-family: 仿宋_GB2312; font-size: 16pt;">', '<strong>', '<p style="text-indent: 2em;">',
             '<font face="宋体" size="3">', '<span lang="EN-US">', '<b>', '<p class="MsoNormal" align="left">',
             '<a href="/zwgk/tzgg/">']
TAGS_CLOSE = {'<strong>': '</strong>', '<b>': '</b>', '<a': '</a>', '<p': '</p>', '<font': '</font>', '<span': '</span>'}
DAMAGE['cutoff'] = lambda s, r: s.encode('utf-8')[:len(s[0].encode('utf-8')) - r.randint(1, 2)].decode('utf-8', 'replace') \
    if len(s[0].encode('utf-8')) > 1 else '\ufffd'
NEEDS['cutoff'] = lambda s: len(s[0].encode('utf-8')) > 1

# ----------------------------------------------------------------------------------------------------
# engine
# ----------------------------------------------------------------------------------------------------
HALF = str.maketrans({'，': ',', '（': '(', '）': ')', '：': ':', '；': ';'})


def new_ctx(r):
    cx = {'yr': r.randint(2019, 2024), 'circle': r.choice(['○', '〇'])}
    cx['town'] = place2(r) + r.choice(['镇', '乡', '街道'])
    cx['county'] = place2(r) + r.choice(['县', '区'])
    cx['city'] = place2(r) + '市'
    cx['vill'] = place2(r) + r.choice(['村', '社区'])
    return cx


def render(lines, r, cx):
    out, slots = [], []
    for li, line in enumerate(lines):
        buf = ''
        for p in line:
            if isinstance(p, str):
                buf += p
            else:
                v = real_value(p, r, cx)
                slots.append((li, len(buf), len(buf) + len(v), p))
                buf += v
        out.append(buf)
    return out, slots


def assemble(lines, ops):
    """ops: (line, start, end, new_text).  Returns text, spans, clean substrings."""
    by = {}
    for op in ops:
        by.setdefault(op[0], []).append(op[1:])
    out, spans, cleans, off = [], [], [], 0
    for li, line in enumerate(lines):
        nl, pos = '', 0
        for s, e, new in sorted(by.get(li, []), key=lambda x: (x[0], x[1])):
            assert s >= pos, 'overlapping ops'
            nl += line[pos:s]
            st = off + len(nl)
            nl += new
            spans.append([st, off + len(nl)])
            cleans.append(line[s:e])
            pos = e
        nl += line[pos:]
        out.append(nl)
        off += len(nl) + 1
    return '\n'.join(out), spans, cleans


def insert_traps(r, lines, pool, k, as_line_p=0.4):
    toks = []
    for f in r.sample(pool, min(k, len(pool))):
        txt, tk = f(r)
        toks += tk
        if txt.startswith('【'):
            cand = [i for i, l in enumerate(lines) if i and l and isinstance(l[0], str) and len(l[0]) >= 6
                    and '：' not in l[0][:8] and ':' not in l[0][:8] and not l[0].startswith(('＊', '附件', '打印', '主办'))]
            if cand:
                lines[r.choice(cand)][0:0] = [txt]
            continue
        standalone = txt.startswith('＊') or txt.startswith('附件') or txt.startswith('落款')
        ends = [i for i, l in enumerate(lines) if l and isinstance(l[-1], str) and l[-1].endswith('。')]
        if len(lines) < 12 and (standalone or not ends or r.random() < as_line_p):
            pos = r.randint(1, len(lines) - 1) if len(lines) > 2 else len(lines)
            lines.insert(pos, [txt])
        elif ends:
            lines[r.choice(ends)].append(txt)
        # otherwise the document is full and has no sentence end: skip the trap
    return toks


def build_lines(style, r, cx):
    tpl = GENRES[style['genre']](r, cx, style.get('size', 'M'))
    lines = [x if isinstance(x, list) else T(x) for x in tpl][:12]
    if style.get('half') or (style.get('half_p', 0.12) > r.random()):
        lines = [[p.translate(HALF) if isinstance(p, str) else p for p in l] for l in lines]
    if style.get('indent'):
        lines = [(['　　'] + l if i > 0 and l else l) for i, l in enumerate(lines)]
    return lines


# --------------------------- placeholder family ---------------------------

MODE_TYPES = {'nums': NUM_T, 'dates': DATE_T, 'names': NAME_T, 'ents': ENT_T, 'contact': CONTACT_T + NAME_T}

FILLERS_CMS = ["Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "这里是标题", "请输入正文内容",
               "此处为文章摘要，请在后台编辑。", "Lorem ipsum dolor sit amet, sed do eiusmod tempor incididunt ut labore.",
               "这里是标题这里是标题", "请在此处输入正文"]
FILLERS_PPT = ["单击此处添加标题", "单击此处编辑母版文本样式", "单击此处添加文本", "点击此处添加副标题", "点击输入文本内容"]


def choose_ph_slots(style, r, slots, lines):
    mode = style['mode']
    cand = [s for s in slots if s[3].typ in MASKABLE]
    if mode in MODE_TYPES:
        cand = [s for s in cand if s[3].typ in MODE_TYPES[mode]]
    elif mode.startswith('types:'):
        ts = mode[6:].split(',')
        cand = [s for s in cand if s[3].typ in ts]
    elif mode == 'title':
        cand = [s for s in cand if s[0] == 0]
    elif mode == 'sig':
        cand = [s for s in cand if s[0] >= len(lines) - 2]
    if not cand:
        return []
    frac = style.get('frac')
    if mode == 'one':
        return [r.choice(cand)]
    if mode == 'some' or frac:
        f = frac or r.uniform(0.3, 0.7)
        pick = [s for s in cand if r.random() < f]
        return pick or [r.choice(cand)]
    return cand


def build_ph(style, r, label):
    for _ in range(200):
        cx = new_ctx(r)
        lines = build_lines(style, r, cx)
        if label == 'negative':
            k = 0 if r.random() < style.get('plain_p', 0.3) else r.randint(1, 2)
            insert_traps(r, lines, PH_TRAPS, k)
            clean, slots = render(lines[:12], r, cx)
            text, _, _ = assemble(clean, [])
            return text, [], 'clean %s document%s' % (style['genre'], ' with look-alike traps' if k else '')
        if style.get('trap_p', 0.2) > r.random():
            insert_traps(r, lines, PH_TRAPS, 1)
        clean, slots = render(lines[:12], r, cx)
        ops = []
        if style['mode'] == 'filler':
            pool = FILLERS_PPT if style['genre'] == 'ppt' else FILLERS_CMS
            idx = [i for i in range(len(clean)) if clean[i]]
            for li in r.sample(idx, min(len(idx), r.randint(1, 2))):
                ops.append((li, 0, len(clean[li]), r.choice(pool)))
            ops = [o for o in ops]
            slots = []
        else:
            schemes = style['scheme'] if isinstance(style['scheme'], list) else [style['scheme']]
            scheme = r.choice(schemes)
            for (li, s, e, sl) in choose_ph_slots(style, r, slots, clean):
                sch = scheme
                if scheme == 'xmou':
                    sch = 'mou' if sl.typ in NAME_T + ('comp',) else 'x'
                ph = ph_render(sch, sl, clean[li][s:e], r, cx)
                if ph is not None and ph != clean[li][s:e]:
                    ops.append((li, s, e, ph))
        if not ops:
            continue
        text, spans, cleans = assemble(clean, ops)
        kinds = sorted({o[3][:12] for o in ops})
        return text, spans, '%d placeholder(s) in %s, e.g. %s' % (len(ops), style['genre'], ' / '.join(kinds[:3]))
    raise RuntimeError('could not build ' + style['name'])


# --------------------------- mojibake family ---------------------------
CJK_RUN = re.compile(r'[\u4e00-\u9fff]{2,}')
CLAUSE_SPLIT = re.compile(r'[，。；：、！？,;:]')


def has_nonascii(s):
    return any(ord(c) > 127 for c in s)


def pick_regions(r, where, lines, slots):
    nonempty = [i for i, l in enumerate(lines) if l.strip()]
    if where == 'title':
        return [(0, 0, len(lines[0]))]
    if where == 'line':
        li = r.choice([i for i in nonempty if len(lines[i]) >= 4] or nonempty)
        return [(li, 0, len(lines[li]))]
    if where == 'sig':
        k = r.choice([1, 1, 2])
        return [(i, 0, len(lines[i])) for i in nonempty[-k:]]
    if where == 'doc':
        return [(i, 0, len(lines[i])) for i in nonempty]
    if where == 'para':
        k = min(len(nonempty), r.randint(2, 4))
        st = r.randint(0, len(nonempty) - k)
        return [(i, 0, len(lines[i])) for i in nonempty[st:st + k]]
    if where == 'clause':
        li = r.choice(nonempty)
        cuts = [0] + [m.start() + 1 for m in CLAUSE_SPLIT.finditer(lines[li])] + [len(lines[li])]
        segs = [(cuts[i], cuts[i + 1] - (1 if cuts[i + 1] < len(lines[li]) or CLAUSE_SPLIT.match(lines[li][-1:]) else 0))
                for i in range(len(cuts) - 1)]
        segs = [(a, b) for a, b in segs if b - a >= 3]
        if not segs:
            return [(li, 0, len(lines[li]))]
        a, b = r.choice(segs)
        return [(li, a, b)]
    if where == 'tail':
        li = r.choice([i for i in nonempty if len(lines[i]) >= 10] or nonempty)
        L = lines[li]
        pos = [i for i in range(len(L) // 3, len(L)) if ord(L[i]) > 127 and L[i] not in '，。；：']
        s = r.choice(pos) if pos else 0
        return [(li, s, len(L))]
    if where == 'cell':
        cand = [i for i in nonempty[1:] if re.search(r'\t| \| |,|  ', lines[i])] or nonempty
        li = r.choice(cand)
        L = lines[li]
        cells, pos = [], 0
        for m in re.finditer(r'\t| \| |,|  |\| |\|$', L):
            cells.append((pos, m.start()))
            pos = m.end()
        cells.append((pos, len(L)))
        cells = [(a, b) for a, b in cells if b > a and has_nonascii(L[a:b])]
        if not cells:
            return [(li, 0, len(L))]
        a, b = r.choice(cells)
        return [(li, a, b)]
    if where == 'kv' or where.startswith('key:'):
        key = where[4:] if where.startswith('key:') else None
        cand = []
        for i in nonempty:
            m = re.match(r'^([^：:]{1,12})[：:](.+)$', lines[i])
            if m and (key is None or m.group(1).startswith(key)) and has_nonascii(m.group(2)):
                cand.append((i, m.start(2), len(lines[i])))
        return [r.choice(cand)] if cand else [(r.choice(nonempty), 0, 0)][:0]
    if where == 'word' or where == 'multi':
        k = 1 if where == 'word' else r.randint(2, 4)
        regs = []
        for _ in range(k * 6):
            if len(regs) >= k:
                break
            sl = [s for s in slots if s[3].typ not in FOREIGN_T and has_nonascii(lines[s[0]][s[1]:s[2]])]
            if sl and r.random() < 0.5:
                li, a, b, _ = r.choice(sl)
            else:
                li = r.choice(nonempty)
                runs = [m.span() for m in CJK_RUN.finditer(lines[li])]
                if not runs:
                    continue
                ra, rb = r.choice(runs)
                ln = r.randint(2, min(6, rb - ra))
                a = r.randint(ra, rb - ln)
                b = a + ln
            if all(li != x[0] or b <= x[1] or a >= x[2] for x in regs):
                regs.append((li, a, b))
        return regs
    if where.startswith('slot:'):
        ts = where[5:].split(',')
        sl = [s for s in slots if s[3].typ in ts]
        if not sl:
            return []
        k = 1 if r.random() < 0.6 else 2
        pick = r.sample(sl, min(k, len(sl)))
        pick.sort(key=lambda x: (x[0], x[1]))
        out = []
        for li, a, b, _ in pick:
            if all(li != x[0] or b <= x[1] or a >= x[2] for x in out):
                out.append((li, a, b))
        return out
    raise KeyError(where)


def damage_regions(r, kind, regions, lines, allow_partial):
    f = DAMAGE[kind]
    need = NEEDS.get(kind, has_nonascii)
    ops = []
    for li, a, b in regions:
        seg = lines[li][a:b]
        if not seg or not need(seg):
            if allow_partial:
                continue
            return None
        try:
            out = f(seg, r)
        except (UnicodeError, ValueError):
            out = seg
        if out == seg or BAD_OUT.search(out):
            if allow_partial:
                continue
            return None
        ops.append((li, a, b, out))
    return ops or None


def special_ops(r, kind, lines, slots):
    nonempty = [i for i, l in enumerate(lines) if l.strip()]
    if kind == 'bom':
        form = r.choice(['cp1252', 'gbk', 'gbk'])
        deb = '\ufeff'.encode('utf-8').decode('cp1252') if form == 'cp1252' else _q('\ufeff'.encode('utf-8').decode('gbk', 'replace'))
        li = 0 if r.random() < 0.6 else r.choice(nonempty)
        return [(li, 0, 0, deb)]
    if kind in ('nbsp', 'nbsp2'):
        ent = r.choice(['&nbsp;', '&nbsp;', '&emsp;', '&ensp;'])
        if kind == 'nbsp2':
            ent = '&amp;' + ent[1:]
        k = r.choice([2, 4, 6]) if ent != '&emsp;' else 2
        lis = r.sample(nonempty, min(len(nonempty), r.randint(1, 4)))
        ops = [(li, 0, 0, ent * k) for li in sorted(lis)]
        return ops
    if kind == 'tags':
        regs = pick_regions(r, r.choice(['clause', 'line']), lines, slots)
        li, a, b = regs[0]
        o = r.choice(TAGS_OPEN)
        c = [v for k2, v in TAGS_CLOSE.items() if o.startswith(k2)][0]
        if r.random() < 0.3:
            return [(li, a, a, o)]
        return [(li, a, a, o), (li, b, b, c)]
    if kind == 'brtags':
        ops = []
        for li in nonempty:
            for m in re.finditer('。', lines[li][:-1]):
                if r.random() < 0.5:
                    ops.append((li, m.end(), m.end(), r.choice(['<br />', '<br>', '</p><p>', '<br/>&nbsp;&nbsp;'])))
        if not ops:
            li = r.choice(nonempty)
            ops = [(li, len(lines[li]), len(lines[li]), r.choice(['<br />', '</p>', '<br>']))]
        return ops
    if kind == 'mso':
        ops = []
        if r.random() < 0.6 and len(lines) < 12:
            at = r.choice([0, 1])
            lines.insert(at, '')
            ops.append((at, 0, 0, r.choice(MSO_DEBRIS[:3])))
        else:
            for li in r.sample(nonempty, min(len(nonempty), r.randint(1, 3))):
                ops.append((li, len(lines[li]), len(lines[li]), r.choice(['<o:p></o:p>', '<o:p>&nbsp;</o:p>'])))
            if r.random() < 0.5:
                li = r.choice(nonempty)
                if all(o[0] != li for o in ops):
                    ops.append((li, 0, 0, MSO_DEBRIS[4]))
        return ops
    if kind == 'gbk_shift_tag':
        li = r.choice([i for i in nonempty if '。' in lines[i][:-1]] or nonempty)
        L = lines[li]
        pos = [m.start() for m in re.finditer('。', L)] or [len(L) - 1]
        p = r.choice(pos)
        tag = r.choice(['</strong>', '</span>', '</p>', '<br />', '</b>'])
        seg = L[p:p + 1]
        raw = (seg + tag).encode('gbk')
        out = _q(raw[1:].decode('gbk', 'replace'))
        return [(li, p, p + 1, out)]
    if kind == 'indent':
        lis = [i for i in nonempty if lines[i].startswith('　　')]
        if not lis:
            return None
        f = r.choice(['u8_cp1252', 'u8_gbk_q', 'u8_latin1', 'gbk_u8'])
        out = DAMAGE[f]('　　', r)
        if BAD_OUT.search(out):
            out = DAMAGE['u8_cp1252']('　　', r)
        return [(li, 0, 2, out) for li in sorted(r.sample(lis, min(len(lis), r.randint(1, len(lis)))))]
    raise KeyError(kind)


SPECIAL = ('bom', 'nbsp', 'nbsp2', 'tags', 'brtags', 'mso', 'gbk_shift_tag', 'indent', 'literal_nl', 'mixed')
MIX_KINDS = ['u8_gbk', 'u8_cp1252', 'ncr_dec', 'html_ent', 'trunc', 'kunjinkao', 'ascii_q', 'uesc', 'pinyin', 'gbk_u8']


def build_mj(style, r, label):
    for _ in range(300):
        cx = new_ctx(r)
        lines = build_lines(style, r, cx)
        if label == 'negative':
            k = 0 if r.random() < style.get('plain_p', 0.3) else r.randint(1, 2)
            if style['genre'] != 'tw':
                insert_traps(r, lines, MJ_TRAPS, k)
            clean, slots = render(lines[:12], r, cx)
            text, _, _ = assemble(clean, [])
            return text, [], 'clean %s document%s' % (style['genre'], ' with look-alike traps' if k else ''), []
        if style.get('trap_p', 0.2) > r.random() and style['genre'] != 'tw':
            insert_traps(r, lines, MJ_TRAPS, 1)
        clean, slots = render(lines[:12], r, cx)
        kind, where = style['kind'], style.get('where')
        if kind == 'literal_nl':
            # a JSON/JS string whose escapes were never decoded: the whole document on one line
            if len(clean) < 2:
                continue
            sep = r.choice(['\\n', '\\r\\n', '\\n\\n', '\\t'])
            joined, ops, pos = '', [], 0
            for i, l in enumerate(clean):
                if i:
                    ops.append((0, len(joined), len(joined), sep))
                joined += l
            text, spans, cleans = assemble([joined], ops)
            return text, spans, 'literal escape sequences %s instead of line breaks' % sep, cleans
        if kind == 'mixed':
            ks = r.sample(MIX_KINDS, r.randint(2, 3))
            ops, used = [], []
            for k2 in ks:
                regs = pick_regions(r, r.choice(['word', 'clause']), clean, slots)
                regs = [g for g in regs if all(g[0] != u[0] or g[2] <= u[1] or g[1] >= u[2] for u in used)]
                o = damage_regions(r, k2, regs, clean, True) if regs else None
                if o:
                    ops += o
                    used += regs
            if len(ops) < 2:
                continue
            text, spans, cleans = assemble(clean, ops)
            return text, spans, 'mixed damage: ' + ', '.join(ks), cleans
        if kind in SPECIAL:
            ops = special_ops(r, kind, clean, slots)
            if not ops:
                continue
            text, spans, cleans = assemble(clean, ops)
            if any(c == text[a:b] for c, (a, b) in zip(cleans, spans)):
                continue
            return text, spans, '%s debris (%d stretch%s)' % (kind, len(ops), 'es' if len(ops) > 1 else ''), cleans
        regs = pick_regions(r, where, clean, slots)
        if not regs:
            continue
        ops = damage_regions(r, kind, regs, clean, where in ('doc', 'para', 'sig', 'multi'))
        if not ops:
            continue
        text, spans, cleans = assemble(clean, ops)
        return text, spans, '%s damage on %s (%d stretch%s)' % (kind, where, len(ops), 'es' if len(ops) > 1 else ''), cleans
    raise RuntimeError('could not build ' + style['name'])


# ----------------------------------------------------------------------------------------------------
# extra genres used by particular styles
# ----------------------------------------------------------------------------------------------------

def g_case(r, cx, size):
    n = nlines(size, r)
    out = ["关于{yr}年第" + r.choice("一二三四") + "季度违反中央八项规定精神典型问题的通报",
           "1. {org}原" + r.choice(POSTS) + "{person}违规收受礼品礼金问题。{ym:s}至{ym:e}，{person}利用职务便利，多次收受{comp}负责人{person}所送购物卡共计{m:元}。{person}受到党内严重警告处分，违纪款予以收缴。",
           "2. {vill}党支部书记{person}违规操办婚宴问题。{ym}，{person}为其子操办婚宴{n:桌}，收受管理服务对象礼金{m:元}。{person}受到党内警告处分。",
           "3. {school}副校长{person}公款吃喝问题。{ym}，{person}以接待检查为名，在{comp}安排公款宴请，费用{m:元}在学校公用经费中报销。",
           "4. {town}财政所工作人员{person}违规发放津补贴问题。{person}被责令退还违规所得{m:元}，受到政务记过处分。",
           "以上问题暴露出一些党员干部纪律意识淡薄。各级党组织要引以为戒，坚决防止“四风”问题反弹回潮。",
           "{county}纪委监委", "{ymd}"]
    if n <= 2:
        return out[1:1 + n]
    if n >= len(out):
        return out[:12]
    return (out[:max(2, n - 2)] + out[-2:])[:12]


def g_enforce(r, cx, size):
    n = nlines(size, r)
    out = ["{county}市场监督管理局行政处罚决定书（{docno}）",
           "当事人：{comp}",
           "法定代表人：{person}",
           "住所：{city}{road}",
           "经查，当事人自{ym}起在其经营场所销售超过保质期的食品{n:批}，货值金额{m:元}，违法所得{m:元}。",
           "上述事实有现场检查笔录、询问笔录、进货单据等证据证实。当事人的行为违反了《中华人民共和国食品安全法》的相关规定。",
           "本局决定对当事人作出如下行政处罚：没收违法所得{m:元}，并处罚款{m:元}。",
           "当事人如不服本决定，可在收到本决定书之日起六十日内申请行政复议。",
           "{ymd}"]
    if n <= 3:
        return [out[1], out[4], out[6]][:n]
    return out[:n]


GENRES['case'] = g_case
GENRES['enforce'] = g_enforce

CODE_DOCS = {
    'template': ["技术文档：政务短信模板配置说明",
                 "1. 短信模板中的变量用双大括号书写，例如 `{{ user_name }}` 会在发送时替换为办事人姓名。",
                 "2. 在 Python 中也可以写作 f\"您好，{name}\"，或使用 \"%s\" % name 的旧式写法。",
                 "3. 模板文件保存在 /etc/sms/templates/notice.j2，修改后需重启 sms-gateway 服务。",
                 "4. 变量名只允许使用小写字母和下划线，如 user_name、apply_date。",
                 "5. 上线前请在测试环境发送一条样例短信，确认变量全部被正确替换。",
                 "6. Java 项目中使用 MessageFormat，占位写法为 {0}、{1}，按参数顺序替换。",
                 "7. 日志里如出现未替换的 ${name} 字样，说明变量映射配置有误，需要排查。",
                 "8. 常见问题：变量两侧不要留全角空格，否则会导致替换失败。"],
    'html': ["网页制作培训讲义（第三讲）",
             "在 HTML 中，不换行空格写作 `&nbsp;`，小于号写作 `&lt;`，大于号写作 `&gt;`。",
             "段落标签示例：`<p style=\"text-indent:2em\">正文内容</p>`，其中 text-indent 用于首行缩进两个字符。",
             "如果页面出现乱码，应检查 `<meta charset=\"utf-8\">` 声明与文件的实际编码是否一致。",
             "加粗可以使用 `<strong>` 标签，换行使用 `<br>` 标签。",
             "课后练习：用 `<table>` 标签制作一张五行三列的统计表，并为表头设置背景色。",
             "注意：在正文中直接书写 & 符号时，应写成 `&amp;`，否则部分浏览器会解析出错。",
             "图片标签写作 `<img src=\"logo.png\" alt=\"单位标识\">`，alt 属性用于无障碍阅读。",
             "本讲小结：标签要成对出现，属性值要加引号，页面统一使用 UTF-8 编码保存。"],
    'escape': ["Python 编程入门：字符串与编码",
               "在 Python 中，字符串 '\\u4e2d\\u6587' 打印出来就是“中文”两个字。",
               "调用 '中文'.encode('utf-8') 会得到 b'\\xe4\\xb8\\xad\\xe6\\x96\\x87'，共 6 个字节。",
               "JSON 标准允许把非 ASCII 字符写成 \\u 加四位十六进制的形式，json.dumps 默认 ensure_ascii=True。",
               "读取 GBK 编码的旧文件时，应写成 open(path, encoding='gbk')，否则会出现乱码。",
               "网址中的中文会被编码为 %E4%B8%AD 这样的形式，这是正常现象，不是乱码。",
               "在 JavaScript 中，可以用 '\u5317\u4eac' 表示“北京”，浏览器会正常显示。",
               "Python 3 的 str 类型保存的是 Unicode 字符，bytes 类型保存的是字节。",
               "练习：用 len('政务') 和 len('政务'.encode('utf-8')) 比较字符数与字节数。"],
    'pinyin': ["三年级语文第四单元生字词学习",
               "学习“发展(fāzhǎn)”一词，注意“展”字的第三笔是撇。",
               "读准下列词语：环境(huánjìng)、保护(bǎohù)、规划(guīhuà)。",
               "“重(chóng)新”与“重(zhòng)要”中的“重”字读音不同，请注意区分。",
               "课后请用“建设(jiànshè)”一词造一个句子，并写在练习本上。",
               "家长签字：__"],
    'box': None,
}
CODE_DOCS['pinyin'] = CODE_DOCS['pinyin'][:5]
PY_WORDS = [("环境", "huánjìng"), ("保护", "bǎohù"), ("规划", "guīhuà"), ("建设", "jiànshè"), ("社区", "shèqū"),
            ("志愿", "zhìyuàn"), ("安全", "ānquán"), ("卫生", "wèishēng"), ("健康", "jiànkāng"), ("农田", "nóngtián"),
            ("乡村", "xiāngcūn"), ("服务", "fúwù"), ("文明", "wénmíng"), ("节约", "jiéyuē"), ("垃圾", "lājī"),
            ("分类", "fēnlèi"), ("森林", "sēnlín"), ("河流", "héliú"), ("粮食", "liángshi"), ("邻居", "línjū")]


def g_pinyin_lesson(r, cx, size):
    words = r.sample(PY_WORDS, 6)
    grade = r.choice("二三四五")
    out = [[f"{grade}年级语文第{r.choice('一二三四五六七八')}单元生字词学习"]]
    opts = [f"学习“{words[0][0]}({words[0][1]})”一词，注意“{words[0][0][1]}”字的笔顺。",
            "读准下列词语：" + "、".join(f"{w}({p})" for w, p in words[1:4]) + "。",
            "“重(chóng)新”与“重(zhòng)要”中的“重”字读音不同，请注意区分。",
            f"课后请用“{words[4][0]}({words[4][1]})”一词造一个句子，并写在练习本上。",
            f"听写词语：{words[5][0]}、{words[1][0]}、{words[2][0]}，家长签字后交回。",
            "“长(cháng)江”与“长(zhǎng)大”中的“长”是多音字。"]
    for line in r.sample(opts, r.randint(2, len(opts))):
        out.append([line])
    return out


CODE_TOKENS_EXTRA = ['(chóng)', '(zhòng)', '(cháng)', '(zhǎng)'] + ['(%s)' % p for _, p in PY_WORDS]


def g_box(r, cx, size):
    rows = r.sample(TABLE_ROWS, r.randint(2, 5))
    out = ["┌────┬──────────────┬──────┐", "│序号│指标名称　　　　　　　│单位　│", "├────┼──────────────┼──────┤"]
    for i, (nm, u) in enumerate(rows):
        out.append(f"│{i + 1:<4}│{nm}" + "　" * max(0, 14 - len(nm)) + f"│{u}" + "　" * max(0, 3 - len(u)) + "│")
    out.append("└────┴──────────────┴──────┘")
    if r.random() < 0.5:
        out.insert(0, "表{num:1-9} {county}{yr}年主要指标")
    return out


def g_code(kind):
    def f(r, cx, size):
        lines = CODE_DOCS[kind]
        k = r.randint(3, min(len(lines), 7))
        return [[x] for x in [lines[0]] + sorted(r.sample(lines[1:], k - 1), key=lines.index)]
    return f


GENRES['box'] = g_box
GENRES['code_template'] = g_code('template')
GENRES['code_html'] = g_code('html')
GENRES['code_escape'] = g_code('escape')
GENRES['code_pinyin'] = g_pinyin_lesson
CODE_TOKENS = [l for k in ('template', 'html', 'escape', 'pinyin') for l in CODE_DOCS[k]] + CODE_TOKENS_EXTRA

# ----------------------------------------------------------------------------------------------------
# styles
# ----------------------------------------------------------------------------------------------------
# placeholder family: (name, genre, size, scheme, mode, extra)
PH_STYLES = [
    ("ph_report_xx_counts", 'report', 'M', 'x', 'nums', {}),
    ("ph_report_xx_everything", 'report', 'L', 'x', 'all', {}),
    ("ph_report_single_leftover", 'report', 'L', 'mixx', 'one', {}),
    ("ph_report_upper_xx_place_names", 'report', 'M', 'X', 'ents', {}),
    ("ph_gov_money_xx_dot_xx", 'gov', 'M', 'x', 'types:m', {}),
    ("ph_gov_rates_xxx_percent", 'gov', 'M', ['x', 'X'], 'types:p,pn', {}),
    ("ph_news_dates_x_month_xx_day", 'news', 'M', 'x', 'dates', {}),
    ("ph_notice_docno_and_dates", 'notice', 'L', 'x', 'types:docno,d,ymd', {}),
    ("ph_report_times_marks", 'report', 'M', 'times', 'all', {}),
    ("ph_gov_times_single_leftover", 'gov', 'L', 'times', 'one', {}),
    ("ph_report_circle_marks", 'report', 'M', 'circle', 'some', {}),
    ("ph_report_fullwidth_x", 'report', 'M', ['fwx', 'fwX'], 'some', {}),
    ("ph_case_mou_persons", 'case', 'M', 'mou', 'names', {}),
    ("ph_case_mou_persons_and_units", 'case', 'L', 'mou', 'all', {}),
    ("ph_enforce_mou_company", 'enforce', 'M', 'mou', 'types:comp,person', {}),
    ("ph_summary_xx_plus_mou", 'report', 'L', 'xmou', 'all', {}),
    ("ph_notice_bracket_template", 'notice', 'L', 'bracket', 'all', {}),
    ("ph_contract_bracket_fields", 'contract', 'L', 'bracket', 'some', {}),
    ("ph_form_square_bracket", 'form', 'M', 'square', 'all', {}),
    ("ph_sms_mustache", 'sms', 'S', 'mustache', 'all', {}),
    ("ph_email_mustache", 'email', 'M', 'mustache', 'some', {}),
    ("ph_notice_dollar_var", 'notice', 'M', 'dollar', 'some', {}),
    ("ph_form_percent_var_export", 'form', 'M', 'pctvar', 'some', {}),
    ("ph_cert_mailmerge_guillemets", 'cert', 'M', 'guillemet', 'all', {}),
    ("ph_cert_double_angle", 'cert', 'M', 'dblangle', 'all', {}),
    ("ph_contract_underscore_blanks", 'contract', 'L', 'blank', 'all', {}),
    ("ph_form_fullwidth_blanks", 'form', 'M', 'fwblank', 'all', {}),
    ("ph_signature_blank_date", 'notice', 'M', 'blank', 'sig', {}),
    ("ph_form_paren_instruction", 'form', 'M', 'paren', 'some', {}),
    ("ph_plan_todo_values", 'plan', 'M', 'todo', 'types:ym,person', {'frac': 0.4}),
    ("ph_bid_daiding_value", 'bid', 'M', 'todo', 'types:ymd,time,m,person,phone', {'frac': 0.35}),
    ("ph_table_daibuchong_cells", 'table_tab', 'M', 'todo', 'types:decn,pn', {'frac': 0.3}),
    ("ph_cert_star_name", 'cert', 'M', 'star', 'types:person,org', {}),
    ("ph_cms_lorem_filler", 'web', 'M', None, 'filler', {}),
    ("ph_ppt_click_to_add", 'ppt', 'M', None, 'filler', {}),
    ("ph_table_tab_xx", 'table_tab', 'M', 'x', 'some', {}),
    ("ph_table_pipe_xx", 'table_pipe', 'M', 'x', 'all', {}),
    ("ph_table_csv_upper_xx", 'table_csv', 'M', 'X', 'some', {}),
    ("ph_table_times_cells", 'table', 'M', 'times', 'some', {}),
    ("ph_minutes_attendees_xxx", 'minutes', 'L', 'x', 'names', {}),
    ("ph_minutes_mou_names", 'minutes', 'M', 'mou', 'names', {}),
    ("ph_minutes_todo_deadlines", 'minutes', 'L', 'todo', 'types:d,ym,m,person', {'frac': 0.5}),
    ("ph_notice_contact_x", 'notice', 'L', 'x', 'contact', {}),
    ("ph_bid_x_amounts", 'bid', 'L', 'x', 'some', {}),
    ("ph_gongshi_xx_list", 'gongshi', 'L', 'x', 'some', {}),
    ("ph_gongshi_mou_names", 'gongshi', 'M', 'mou', 'names', {}),
    ("ph_personnel_xxx", 'personnel', 'M', 'x', 'some', {}),
    ("ph_personnel_birth_age_x", 'personnel', 'M', 'x', 'types:birth,age', {}),
    ("ph_reply_letter_x", 'reply', 'M', 'x', 'some', {}),
    ("ph_news_reporter_upper_xxx", 'news', 'M', 'X', 'names', {}),
    ("ph_wechat_xx", 'wechat', 'M', 'x', 'some', {}),
    ("ph_pdf_wrapped_xx", 'pdf', 'M', 'x', 'nums', {}),
    ("ph_mt_english_brackets", 'mt', 'M', 'en', 'some', {}),
    ("ph_year_20xx", 'report', 'M', 'x', 'types:yr,ym,ymd', {}),
    ("ph_town_village_xx", 'report', 'M', ['x', 'X'], 'types:town,vill,county', {}),
    ("ph_qa_xx", 'qa', 'M', 'x', 'some', {}),
    ("ph_speech_xxx_names", 'speech', 'M', 'x', 'names', {}),
    ("ph_speech_times_numbers", 'speech', 'M', 'times', 'some', {}),
    ("ph_cert_id_all_x", 'cert', 'M', ['x', 'X'], 'types:idno,person', {}),
    ("ph_report_delta_marks", 'report', 'M', 'delta', 'some', {}),
    ("ph_gov_fullwidth_upper_x", 'gov', 'M', 'fwX', 'some', {}),
    ("ph_notice_date_ranges_xx", 'notice', 'M', 'x', 'dates', {}),
    ("ph_title_only", 'report', 'L', ['x', 'X', 'times'], 'title', {}),
    ("ph_signature_only_x", 'notice', 'M', ['x', 'X', 'times'], 'sig', {}),
    ("ph_docno_only_times", 'notice', 'L', ['times', 'x'], 'types:docno', {}),
    ("ph_email_addresses_x", 'email', 'M', 'x', 'types:email,phone', {}),
    ("ph_form_address_xx", 'form', 'M', 'x', 'types:road,city', {}),
    ("ph_form_angle_cn", 'form', 'M', 'anglecn', 'some', {}),
    ("ph_notice_curly_cn", 'notice', 'M', 'curlycn', 'some', {}),
    ("ph_sms_format_index", 'sms', 'S', 'fmtidx', 'all', {}),
    ("ph_sms_printf", 'sms', 'S', 'printf', 'all', {}),
    ("ph_email_hash_brace", 'email', 'M', 'hashvar', 'some', {}),
    ("ph_gov_sparse_long", 'gov', 'L', ['x', 'X', 'times', 'mou'], 'one', {}),
    ("ph_oneline_heavy_xx", 'oneline', 'S', 'x', 'all', {}),
    ("ph_oneline_times", 'oneline', 'S', 'times', 'all', {}),
    ("ph_report_mixed_schemes", 'report', 'L', 'mixed', 'some', {}),
    ("ph_web_page_xx", 'web', 'L', 'x', 'some', {}),
    ("ph_halfwidth_punct_xx", 'report', 'M', 'x', 'some', {'half': True}),
]
# placeholder-family negatives: (name, genres, trap group)
PH_TRAP_GROUPS = {
    'vocational': [0, 1, 2, 3, 32], 'it': [4, 28, 29, 40], 'medical': [5, 6, 38, 39], 'sizes': [7, 36, 37],
    'times': [8, 9, 10, 11, 12], 'math': [25, 26, 27, 41, 42], 'mou': [13, 14, 15, 43, 44], 'privacy': [16, 17, 45],
    'files': [18, 19, 20, 21], 'roman': [22, 30, 46], 'science': [23, 24, 31, 47, 48], 'headings': [33, 34, 35, 49],
}
PH_NEG_STYLES = [
    ("phneg_vocational_1plusx", ['report', 'gov', 'news'], 'vocational'),
    ("phneg_it_procurement_x86", ['bid', 'report', 'notice'], 'it'),
    ("phneg_medical_xray", ['report', 'gov', 'news'], 'medical'),
    ("phneg_clothing_sizes_xl", ['news', 'bid', 'wechat'], 'sizes'),
    ("phneg_times_dimensions", ['report', 'bid', 'notice'], 'times'),
    ("phneg_math_formula_x", ['report', 'news'], 'math'),
    ("phneg_mou_in_prose", ['speech', 'report', 'gov'], 'mou'),
    ("phneg_masked_privacy", ['gongshi', 'news', 'cert'], 'privacy'),
    ("phneg_files_urls_emails", ['notice', 'email', 'web'], 'files'),
    ("phneg_chinese_zero_dates", ['notice', 'cert', 'gongshi'], 'zero'),
    ("phneg_contract_parties", ['contract'], None),
    ("phneg_bracket_headings", ['wechat', 'web', 'report'], 'headings'),
    ("phneg_pinyin_romanization", ['news', 'report', 'bilingual_clean'], 'roman'),
    ("phneg_science_terms", ['news', 'report'], 'science'),
    ("phneg_template_code_doc", ['code_template'], None),
    ("phneg_plain_documents", ['minutes', 'personnel', 'form', 'qa', 'table', 'plan', 'reply'], None),
]

# mojibake family: (name, genre, size, kind, where, extra)
MJ_STYLES = [
    ("mj_utf8_as_gbk_word", 'report', 'M', 'u8_gbk', 'word', {}),
    ("mj_utf8_as_gbk_line", 'gov', 'M', 'u8_gbk', 'line', {}),
    ("mj_utf8_as_gbk_whole_notice", 'notice', 'M', 'u8_gbk', 'doc', {}),
    ("mj_utf8_as_gbk_qmark_title", 'report', 'M', 'u8_gbk_q', 'title', {}),
    ("mj_utf8_as_gbk_signature", 'notice', 'L', 'u8_gbk_q', 'sig', {}),
    ("mj_utf8_as_gbk_table_cell", 'table_tab', 'M', 'u8_gbk', 'cell', {}),
    ("mj_utf8_as_gb18030_clause", 'news', 'M', 'u8_gb18030', 'clause', {}),
    ("mj_utf8_as_gbk_scattered_words", 'report', 'L', 'u8_gbk', 'multi', {}),
    ("mj_utf8_as_gbk_line_tail", 'web', 'M', 'u8_gbk_q', 'tail', {}),
    ("mj_utf8_as_gbk_oneline", 'oneline', 'S', 'u8_gbk', 'clause', {}),
    ("mj_utf8_as_cp1252_line", 'report', 'M', 'u8_cp1252', 'line', {}),
    ("mj_utf8_as_cp1252_whole_sms", 'sms', 'S', 'u8_cp1252', 'doc', {}),
    ("mj_utf8_as_latin1_c1_word", 'minutes', 'M', 'u8_latin1', 'word', {}),
    ("mj_double_utf8_cp1252_clause", 'wechat', 'M', 'u8_cp1252_x2', 'clause', {}),
    ("mj_double_utf8_gbk_para", 'gov', 'M', 'u8_gbk_x2', 'para', {}),
    ("mj_gbk_as_utf8_replacement_line", 'notice', 'M', 'gbk_u8', 'line', {}),
    ("mj_gbk_as_utf8_replacement_doc", 'email', 'M', 'gbk_u8', 'doc', {}),
    ("mj_gbk_as_utf8_backslash", 'report', 'M', 'gbk_u8_bs', 'clause', {}),
    ("mj_gbk_as_cp1252_whole", 'gov', 'S', 'gbk_cp1252', 'doc', {}),
    ("mj_gbk_as_cp1252_csv_cell", 'table_csv', 'M', 'gbk_cp1252', 'cell', {}),
    ("mj_gbk_as_latin1_title", 'news', 'M', 'gbk_latin1', 'title', {}),
    ("mj_gbk_as_latin1_signature", 'notice', 'M', 'gbk_latin1', 'sig', {}),
    ("mj_utf8_as_big5_clause", 'report', 'M', 'u8_big5', 'clause', {}),
    ("mj_gbk_as_big5_para", 'gov', 'M', 'gbk_big5', 'para', {}),
    ("mj_big5_as_gbk_tw_whole", 'tw', 'M', 'big5_gbk', 'doc', {}),
    ("mj_big5_as_gbk_tw_line", 'tw', 'M', 'big5_gbk', 'line', {}),
    ("mj_big5_as_utf8_tw_clause", 'tw', 'M', 'big5_u8', 'clause', {}),
    ("mj_utf8_as_sjis_line", 'report', 'M', 'u8_sjis', 'line', {}),
    ("mj_utf8_as_cp932_title", 'notice', 'M', 'u8_cp932', 'title', {}),
    ("mj_gbk_as_sjis_word", 'minutes', 'M', 'gbk_sjis', 'word', {}),
    ("mj_utf8_as_euckr_line", 'news', 'M', 'u8_euckr', 'line', {}),
    ("mj_gbk_as_cp949_clause", 'gov', 'M', 'gbk_euckr', 'clause', {}),
    ("mj_utf8_as_koi8r_word", 'report', 'M', 'u8_koi8r', 'word', {}),
    ("mj_utf8_as_cp1251_clause", 'speech', 'M', 'u8_cp1251', 'clause', {}),
    ("mj_utf8_as_macroman_title", 'ppt', 'M', 'u8_macroman', 'title', {}),
    ("mj_utf8_as_exotic_codepage", 'report', 'M', 'u8_exotic', 'line', {}),
    ("mj_utf16_as_gbk_cell", 'table_tab', 'M', 'u16_gbk', 'cell', {}),
    ("mj_utf16_as_cp1252_cell", 'plan', 'M', 'u16_cp1252', 'cell', {}),
    ("mj_ascii_qmarks_line", 'report', 'M', 'ascii_q', 'line', {}),
    ("mj_ascii_qmarks_field_value", 'form', 'M', 'ascii_q', 'kv', {}),
    ("mj_gb2312_rare_name_qmark", 'rare', 'M', 'gb2312_q', 'slot:rare', {}),
    ("mj_truncated_line_end", 'pdf', 'M', 'cutoff', 'tail', {}),
    ("mj_truncated_utf8_mid_word", 'report', 'M', 'trunc', 'word', {}),
    ("mj_gbk_byte_shift_clause", 'report', 'M', 'gbk_shift', 'clause', {}),
    ("mj_gbk_shift_html_tag", 'gov', 'M', 'gbk_shift_tag', None, {}),
    ("mj_kunjinkao_word", 'report', 'M', 'kunjinkao', 'word', {}),
    ("mj_kunjinkao_cell", 'table_tab', 'M', 'kunjinkao', 'cell', {}),
    ("mj_tangtang_buffer_field", 'form', 'M', 'tangtang', 'kv', {}),
    ("mj_html_entities_quotes", 'report', 'L', 'html_ent', 'doc', {}),
    ("mj_html_nbsp_indent", 'report', 'M', 'nbsp', None, {}),
    ("mj_html_double_escaped", 'news', 'M', 'nbsp2', None, {}),
    ("mj_html_double_escaped_quotes", 'gov', 'L', 'html_ent2', 'doc', {}),
    ("mj_html_span_tags", 'gov', 'M', 'tags', None, {}),
    ("mj_html_p_br_tags", 'web', 'M', 'brtags', None, {}),
    ("mj_mso_word_debris", 'notice', 'M', 'mso', None, {}),
    ("mj_ncr_decimal_word", 'report', 'M', 'ncr_dec', 'word', {}),
    ("mj_ncr_hex_clause", 'notice', 'M', 'ncr_hex', 'clause', {}),
    ("mj_unicode_escape_title", 'news', 'M', 'uesc', 'title', {}),
    ("mj_json_double_escape", 'sms', 'S', 'uesc2', 'clause', {}),
    ("mj_literal_newline_escapes", 'report', 'M', 'literal_nl', None, {}),
    ("mj_url_encoded_text", 'web', 'M', 'urlenc', 'clause', {}),
    ("mj_quoted_printable_mail", 'email', 'M', 'qp', 'line', {}),
    ("mj_mime_encoded_subject", 'email', 'M', 'mime', 'key:主题', {}),
    ("mj_utf7_mail_body", 'email', 'M', 'utf7', 'clause', {}),
    ("mj_base64_mail_body", 'email', 'M', 'b64', 'line', {}),
    ("mj_bytes_repr_field", 'form', 'M', 'bytesrepr', 'kv', {}),
    ("mj_pinyin_artefact_whole", 'report', 'L', 'pinyin', 'doc', {}),
    ("mj_pinyin_artefact_line", 'gov', 'M', 'pinyin', 'line', {}),
    ("mj_pinyin_fullwidth_paren", 'news', 'M', 'pinyin_fw', 'para', {}),
    ("mj_bom_debris", 'notice', 'M', 'bom', None, {}),
    ("mj_kangxi_radicals_pdf", 'pdf', 'M', 'kangxi', 'doc', {}),
    ("mj_kangxi_radicals_clause", 'report', 'M', 'kangxi', 'clause', {}),
    ("mj_pdf_cid_codes", 'pdf', 'M', 'cid', 'line', {}),
    ("mj_pdf_private_use_glyphs", 'pdf', 'M', 'pua', 'clause', {}),
    ("mj_ideographic_space_indent", 'report', 'M', 'indent', None, {'indent': True}),
    ("mj_english_smart_quotes", 'bilingual', 'M', 'u8_cp1252', 'slot:en', {}),
    ("mj_foreign_latin_names", 'bilingual', 'M', 'u8_cp1252', 'slot:fr,frn,de', {}),
    ("mj_russian_cp1251_as_cp1252", 'bilingual', 'M', 'ru_1251_1252', 'slot:ru', {}),
    ("mj_russian_utf8_as_cp1252", 'bilingual', 'M', 'u8_cp1252', 'slot:ru', {}),
    ("mj_japanese_sjis_as_gbk", 'bilingual', 'M', 'ja_sjis_gbk', 'slot:ja', {}),
    ("mj_korean_euckr_as_gbk", 'bilingual', 'M', 'ko_euckr_gbk', 'slot:ko', {}),
    ("mj_emoji_damage", 'wechat_emoji', 'M', 'emoji_mix', 'slot:emoji', {}),
    ("mj_unit_symbols_gbk", 'units', 'M', 'u8_gbk_q', 'slot:ut,uc,up', {}),
    ("mj_unit_symbols_cp1252", 'units', 'M', 'u8_cp1252', 'slot:ut,uc,up', {}),
    ("mj_mixed_multi_damage", 'report', 'L', 'mixed', None, {}),
    ("mj_minutes_names_utf8_as_gbk", 'minutes', 'M', 'u8_gbk', 'slot:person', {}),
    ("mj_contract_clause_gbk_qmark", 'contract', 'L', 'u8_gbk_q', 'clause', {}),
    ("mj_case_report_cp1252_para", 'case', 'M', 'u8_cp1252', 'para', {}),
    ("mj_ppt_bullets_pinyin", 'ppt', 'M', 'pinyin', 'para', {}),
]
MJ_TRAP_GROUPS = {
    'ru': [0], 'jako': [1, 2], 'euro': [3, 4, 5, 6, 7], 'greek': [8, 12], 'emoji': [9], 'units': [10, 20, 21, 22],
    'rare': [11], 'urls': [18, 19], 'symbols': [13, 14, 15, 16, 17], 'zero': [23],
}
MJ_NEG_STYLES = [
    ("mjneg_russian_quotes", ['bilingual_clean', 'news', 'report'], 'ru'),
    ("mjneg_japanese_korean_names", ['news', 'report', 'bilingual_clean'], 'jako'),
    ("mjneg_european_diacritics", ['news', 'contract', 'bilingual_clean'], 'euro'),
    ("mjneg_greek_letters", ['report', 'units_clean'], 'greek'),
    ("mjneg_emoji_wechat", ['wechat_emoji', 'wechat'], 'emoji'),
    ("mjneg_rare_characters", ['rare', 'gongshi'], 'rare'),
    ("mjneg_units_symbols", ['units_clean', 'report'], 'units'),
    ("mjneg_pinyin_lesson", ['code_pinyin'], None),
    ("mjneg_html_code_tutorial", ['code_html'], None),
    ("mjneg_escape_code_tutorial", ['code_escape'], None),
    ("mjneg_traditional_text", ['tw'], None),
    ("mjneg_box_drawing_table", ['box'], None),
    ("mjneg_urls_and_question_marks", ['web', 'qa', 'notice'], 'urls'),
    ("mjneg_circled_numbers_symbols", ['report', 'gov', 'table'], 'symbols'),
    ("mjneg_chinese_zero_dates", ['cert', 'notice'], 'zero'),
    ("mjneg_plain_documents", ['minutes', 'bid', 'personnel', 'contract', 'ppt', 'pdf', 'sms'], None),
]
GENRES['bilingual_clean'] = g_bilingual
GENRES['units_clean'] = g_units


def zero_date_trap(r):
    y = r.randint(2019, 2024)
    return (f"{chinese_year(y, r.choice(['〇', '○']))}年{chinese_md(r.randint(1, 12))}月{chinese_md(r.randint(1, 28))}日", ['〇', '○'])


def all_styles():
    out = []
    for name, genre, size, scheme, mode, ex in PH_STYLES:
        d = {'name': name, 'family': 'ph', 'genre': genre, 'size': size, 'scheme': scheme, 'mode': mode, 'pure_neg': False}
        d.update(ex)
        out.append(d)
    for name, genres, group in PH_NEG_STYLES:
        out.append({'name': name, 'family': 'ph', 'genres': genres, 'group': group, 'pure_neg': True})
    for name, genre, size, kind, where, ex in MJ_STYLES:
        d = {'name': name, 'family': 'mj', 'genre': genre, 'size': size, 'kind': kind, 'where': where, 'pure_neg': False}
        d.update(ex)
        out.append(d)
    for name, genres, group in MJ_NEG_STYLES:
        out.append({'name': name, 'family': 'mj', 'genres': genres, 'group': group, 'pure_neg': True})
    return out


def build_pure_neg(style, r):
    genre = r.choice(style['genres'])
    cx = new_ctx(r)
    size = r.choice(['S', 'M', 'M', 'L'])
    lines = [x if isinstance(x, list) else T(x) for x in GENRES[genre](r, cx, size)][:12]
    g = style['group']
    if g == 'zero':
        # the signature date written in Chinese numerals
        txt, _ = zero_date_trap(r)
        if lines and len(lines) >= 2 and all(isinstance(p, Slot) and p.typ == 'ymd' for p in lines[-1]):
            lines[-1] = [txt]
        elif len(lines) < 12:
            lines.append([txt])
        else:
            lines[-1] = [txt]
    elif g:
        groups = PH_TRAP_GROUPS if style['family'] == 'ph' else MJ_TRAP_GROUPS
        pool = [(PH_TRAPS if style['family'] == 'ph' else MJ_TRAPS)[i] for i in groups[g]]
        insert_traps(r, lines, pool, r.randint(1, 3), as_line_p=0.5)
    clean, _ = render(lines[:12], r, cx)
    text, _, _ = assemble(clean, [])
    return text, [], 'look-alike negative (%s, %s)' % (g or 'plain', genre)


# ----------------------------------------------------------------------------------------------------
# generation
# ----------------------------------------------------------------------------------------------------
TARGET_PER_FAMILY = 1600
NEG_TARGET = 0.35


def plan(styles, r):
    counts, labels = {}, {}
    for fam in ('ph', 'mj'):
        fs = [s for s in styles if s['family'] == fam]
        base, rem = divmod(TARGET_PER_FAMILY, len(fs))
        extra = set(r.sample(range(len(fs)), rem))
        pure = [s for s in fs if s['pure_neg']]
        ns = {s['name']: base + (1 if i in extra else 0) for i, s in enumerate(fs)}
        pure_total = sum(ns[s['name']] for s in pure)
        mixed_total = sum(ns[s['name']] for s in fs if not s['pure_neg'])
        share = max(0.0, (NEG_TARGET * TARGET_PER_FAMILY - pure_total) / mixed_total)
        for s in fs:
            n = ns[s['name']]
            counts[s['name']] = n
            if s['pure_neg']:
                labels[s['name']] = ['negative'] * n
            else:
                k = int(n * share + r.random())
                lab = ['negative'] * k + [('placeholder' if fam == 'ph' else 'mojibake')] * (n - k)
                r.shuffle(lab)
                labels[s['name']] = lab
    return counts, labels


def generate(seed):
    styles = all_styles()
    names = [s['name'] for s in styles]
    assert len(names) == len(set(names)), 'duplicate style names'
    counts, labels = plan(styles, random.Random(seed * 7919 + 17))
    recs, hidden = [], {}
    seen_texts = set()
    for si, st in enumerate(styles):
        r = random.Random(seed * 1000003 + si * 7907 + 1)
        for k, lab in enumerate(labels[st['name']]):
            rid = f"t15-s{seed}-{si:03d}-{k:02d}"
            for _attempt in range(40):
                cleans = []
                if st['pure_neg']:
                    text, spans, note = build_pure_neg(st, r)
                elif st['family'] == 'ph':
                    text, spans, note = build_ph(st, r, lab)
                else:
                    text, spans, note, cleans = build_mj(st, r, lab)
                if text not in seen_texts:
                    break
            seen_texts.add(text)
            recs.append({'id': rid, 'family': st['family'], 'style': st['name'], 'label': lab, 'text': text,
                         'spans': spans, 'note': note})
            hidden[rid] = cleans
    return recs, hidden


# ----------------------------------------------------------------------------------------------------
# verification
# ----------------------------------------------------------------------------------------------------
PH_SPAN_RE = re.compile(
    r"[xXｘＸ×○〇△]|某|【[^】]+】|\[[^\]]+\]|\{\{[^}]*\}\}|\$\{[^}]*\}|%[A-Z_]+%|#\{[^}]*\}|\{\d+\}|%[sd]|«[^»]+»"
    r"|<<[^>]+>>|<[^<>]+>|\{[^{}]+\}|_{2,}|＿{2,}|（(?:此处|请|填写)[^）]*）|TODO|TBD|FIXME|待定|待补充|待核实"
    r"|\*{3}|＊{3}|Lorem|ipsum|单击此处|点击此处|点击输入|请输入|这里是|请在此|此处为")
PH_STRONG = re.compile('|'.join([
    r'(?<![A-Za-z0-9_.\\])[xXｘＸ]+(?=[\u4e00-\u9fff%％.．,，、\-～~:：）)])',
    r'(?<=[\u4e00-\u9fff（(〔【\[])[xXｘＸ]+(?![A-Za-z0-9])',
    r'×{2,}', r'(?<=[\u4e00-\u9fff])×(?=[\u4e00-\u9fff])',
    r'(?<![一二三四五六七八九十〇○零])[○〇△]{2,}', r'(?<![一二三四五六七八九十〇○零\d])[○〇△](?=[月日年号])',
    r'某某', r'[\u4e00-\u9fff]某(?![些种一个位类项方天时处])', r'某(?=[市县区镇乡村街社公单局医小中学])',
    r'【[^】]{0,15}(?:名称|姓名|单位|金额|日期|时间|地址|电话|号码|填写|待|数量|比例|文号|编号|年份)[^】]{0,6}】',
    r'\[[^\]\d]{1,24}\]', r'\{\{[^}]*\}\}', r'\$\{[^}]*\}', r'%[A-Z_]{2,}%', r'#\{[^}]*\}', r'\{\d\}',
    r'(?<![A-Za-z0-9])%[sd](?![A-Za-z0-9])', r'«[^»]*»', r'<<[^>]*>>', r'<[^<>\s@]{1,12}>', r'\{[^{}]{1,12}\}',
    r'_{3,}', r'＿{2,}', r'（(?:此处|请|在此)[^）]{0,20}）', r'此处填写|请填写|请输入|单击此处|点击此处|这里是标题|请在此',
    r'TODO|TBD|FIXME|待补充|待核实|待定(?!系数)', r'Lorem|ipsum',
    r'(?<![0-9*])\*{3,}(?![0-9*])', r'＊{3,}',
]))
MJ_IND = re.compile('|'.join([
    '\ufffd', '锟斤拷', r'[\x00-\x08\x0b-\x1f\x7f-\x9f]', r'[\ue000-\uf8ff]', r'[\u2e80-\u2fdf]', r'\(cid:\d+\)',
    r'&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);', r'</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>', r'\\u[0-9a-fA-F]{4}',
    r'\\x[0-9a-fA-F]{2}', r'\\[nrt]', r'%[0-9A-F]{2}%[0-9A-F]{2}', r'=[0-9A-F]{2}=[0-9A-F]{2}', r'=\?[\w-]+\?[BbQq]\?',
    '[ÃÂâåæçèéäïðÐÑ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]',
    r'[\u4e00-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]', r'[\u4e00-\u9fff]\?[\u4e00-\u9fff,]', r'\?{2,}',
    r'Normal 0|mso-|<o:p>|X-NONE', '烫烫|屯屯', 'ï»¿|锘', r'b\'\\x',
]))
TOKEN_RES = [re.compile(x) for x in [r'\d{1,6}\*{4,}[\dX]{1,4}', r'1\d{2}\*{4}\d{4}', r'\d{4} \*{4} \*{4} \d{4}']]


def _tokens():
    toks = set()
    for pool in (PH_TRAPS, MJ_TRAPS):
        for i, f in enumerate(pool):
            for sd in range(30):
                txt, tk = f(random.Random(sd))
                toks.update(t for t in tk if len(t) > 1 or t in 'α β Ⅰ Ⅱ ① ② ③ ※ ★ € φ ㎡ ± ℃ 〇 ○'.split())
    for v in POOLS.values():
        toks.update(v)
    toks.update(RARE)
    toks.update(CODE_TOKENS)
    toks.update(['知识?', '?id=', '〇', '○', 'CO₂', 'ax²', '(1+x)²'])
    return sorted(toks, key=lambda t: -len(t))


def strip_tokens(text, toks):
    for rx in TOKEN_RES:
        text = rx.sub(' ', text)
    for t in toks:
        if t in text:
            text = text.replace(t, ' ')
    return text


def odd_chars(text):
    bad = []
    for ch in text:
        if ch in '\n\t' or ' ' <= ch <= '~':
            continue
        try:
            ch.encode('gb2312')
        except UnicodeEncodeError:
            if ch not in '㎡²³μ€–—・':
                bad.append(ch)
    return bad


def verify(paths):
    styles = {s['name']: s for s in all_styles()}
    toks = _tokens()
    problems = []
    regen = {}
    total = 0
    for path in paths:
        seen = set()
        with open(path, encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        for ln, raw in enumerate(lines, 1):
            total += 1
            where = f"{path}:{ln}"
            try:
                rec = json.loads(raw)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: bad JSON {e}")
                continue
            need = {'id': str, 'family': str, 'style': str, 'label': str, 'text': str, 'spans': list, 'note': str}
            if set(rec) != set(need) or any(not isinstance(rec[k], t) for k, t in need.items()):
                problems.append(f"{where}: wrong fields/types")
                continue
            rid, fam, lab, text, spans = rec['id'], rec['family'], rec['label'], rec['text'], rec['spans']
            if rid in seen:
                problems.append(f"{where}: duplicate id {rid}")
            seen.add(rid)
            if fam not in ('ph', 'mj') or lab not in ({'ph': ('placeholder', 'negative'), 'mj': ('mojibake', 'negative')}.get(fam, ())):
                problems.append(f"{where}: bad family/label {fam}/{lab}")
                continue
            st = styles.get(rec['style'])
            if st is None or st['family'] != fam or not re.fullmatch(r'[a-z0-9_]+', rec['style']):
                problems.append(f"{where}: unknown style or family mismatch {rec['style']}")
                continue
            if not text or text.count('\n') > 11 or len(text.splitlines()) > 12 or '\r' in text or '\n' in rec['note']:
                problems.append(f"{where}: text empty / more than 12 lines / CR / multi-line note")
            ok_spans = True
            prev = 0
            for sp in spans:
                if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)
                        and prev <= sp[0] < sp[1] <= len(text)):
                    problems.append(f"{where}: bad span {sp}")
                    ok_spans = False
                    break
                prev = sp[1]
            if not ok_spans:
                continue
            if lab == 'negative':
                if spans:
                    problems.append(f"{where}: negative with spans")
                genres = st.get('genres') or [st.get('genre')]
                body = strip_tokens(text, toks)
                m = PH_STRONG.search(body)
                if m:
                    problems.append(f"{where}: negative contains placeholder-like {m.group()!r}")
                m = MJ_IND.search(body)
                if m:
                    problems.append(f"{where}: negative contains damage-like {m.group()!r}")
                if 'tw' not in genres:
                    bad = odd_chars(body)
                    if bad:
                        problems.append(f"{where}: negative contains unexpected characters {''.join(bad[:8])!r}")
                continue
            if not spans:
                problems.append(f"{where}: positive without spans")
                continue
            if fam == 'ph':
                for a, b in spans:
                    if not PH_SPAN_RE.search(text[a:b]):
                        problems.append(f"{where}: span {text[a:b]!r} holds no placeholder")
                outside, pos = '', 0
                for a, b in spans:
                    outside += text[pos:a] + '\u3000'
                    pos = b
                outside += text[pos:]
                body = strip_tokens(outside, toks)
                m = PH_STRONG.search(body)
                if m:
                    problems.append(f"{where}: placeholder-like text outside spans {m.group()!r}")
                m = MJ_IND.search(body)
                if m:
                    problems.append(f"{where}: damage-like text in a placeholder record {m.group()!r}")
                bad = odd_chars(body)
                if bad:
                    problems.append(f"{where}: unexpected characters in a placeholder record {''.join(bad[:8])!r}")
            else:
                mm = re.match(r't15-s(\d+)-', rid)
                if not mm:
                    problems.append(f"{where}: id does not carry the seed; cannot rebuild the clean text")
                    continue
                seed = int(mm.group(1))
                if seed not in regen:
                    rs, hid = generate(seed)
                    regen[seed] = ({x['id']: x for x in rs}, hid)
                orig, hid = regen[seed][0].get(rid), regen[seed][1].get(rid)
                if orig is None or orig['text'] != text or orig['spans'] != spans:
                    problems.append(f"{where}: record differs from the generator's output for seed {seed}")
                    continue
                if len(hid) != len(spans):
                    problems.append(f"{where}: clean stretches missing")
                    continue
                for (a, b), c in zip(spans, hid):
                    if text[a:b] == c:
                        problems.append(f"{where}: mojibake span {text[a:b]!r} equals the clean text")
    return total, problems


def style_table(path):
    recs = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    order, rows = [], {}
    for rec in recs:
        s = rec['style']
        if s not in rows:
            order.append(s)
            rows[s] = {'family': rec['family'], 'placeholder': 0, 'mojibake': 0, 'negative': 0, 'ex': None, 'exneg': None}
        rows[s][rec['label']] += 1
        if rec['label'] != 'negative' and rows[s]['ex'] is None:
            rows[s]['ex'] = rec
        if rec['label'] == 'negative' and rows[s]['exneg'] is None:
            rows[s]['exneg'] = rec

    def esc(t):
        return t.replace('\\', '\\\\').replace('|', '\\|').replace('\n', '⏎').replace('`', "'")

    out = ['| style | family | placeholder | mojibake | negative | example |', '|---|---|---|---|---|---|']
    for s in order:
        row = rows[s]
        ex = row['ex'] or row['exneg']
        if row['ex']:
            a, b = ex['spans'][0]
            lo, hi = max(0, a - 12), min(len(ex['text']), b + 12)
            snippet = ('…' if lo else '') + ex['text'][lo:a] + '⟦' + ex['text'][a:b][:40] + '⟧' + ex['text'][b:hi] + ('…' if hi < len(ex['text']) else '')
        else:
            snippet = ex['text'][:70] + ('…' if len(ex['text']) > 70 else '')
        snippet = ''.join(c if c.isprintable() or c == '\n' else '\\x%02x' % ord(c) if ord(c) < 256 else '\\u%04x' % ord(c) for c in snippet)
        out.append(f"| {s} | {row['family']} | {row['placeholder']} | {row['mojibake']} | {row['negative']} | {esc(snippet)} |")
    fam = {}
    for rec in recs:
        fam.setdefault((rec['family'], rec['label']), 0)
        fam[(rec['family'], rec['label'])] += 1
    out.append('')
    out.append('Totals: ' + ', '.join(f"{f}/{l}: {n}" for (f, l), n in sorted(fam.items())) + f"; records: {len(recs)}; styles: {len(order)}")
    return '\n'.join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--style-table', metavar='FILE')
    a = ap.parse_args(argv)
    if a.verify:
        total, problems = verify(a.verify)
        for p in problems[:200]:
            print(p)
        if problems:
            print(f"FAILED: {len(problems)} problem(s) in {total} record(s)")
            return 1
        print(f"OK: {total} record(s) in {len(a.verify)} file(s) verified")
        return 0
    if a.style_table:
        print(style_table(a.style_table))
        return 0
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required to generate')
    recs, _ = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f"wrote {len(recs)} records to {a.out}")
    return 0


if __name__ == '__main__':
    sys.exit(main())
