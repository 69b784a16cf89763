#!/usr/bin/env python3
"""Blind, labelled test collection: statements about TOTALS AND THEIR PARTS in
Chinese government work reports (工作报告 / 工作总结).

Standard library only.  Usage:
    python3 totals_gen.py --seed 1 --out totals.jsonl [--n 3000] [--readme PATH]

Every record carries machine-readable "relations" internally.  Before a record is
written, an independent checker re-parses every number *from its surface form in
the text* (full-width digits, thousands separators, Chinese numerals, 万/亿,
approximate markers 约/近/余/多/超过/逾) into an interval, and evaluates the
relations with interval arithmetic:
  * consistent   -> every relation is satisfiable
  * inconsistent -> at least one relation is violated even with a generous
                    tolerance (one full unit of the last printed digit for every
                    rounded quantity; wide intervals for approximate words)
  * negative     -> any helper relations (overlap <= whole, products, differences)
                    hold; the record is a look-alike that is not an error.
Records failing their label are regenerated; assertion errors abort the run.
"""
import argparse
import json
import math
import random
import re
import sys
from decimal import Decimal
from fractions import Fraction as F

# ---------------------------------------------------------------------------
# number rendering (generator side)
# ---------------------------------------------------------------------------
FW_DIGITS = str.maketrans('0123456789', '０１２３４５６７８９')
MULT_CH = {1: '', 10 ** 4: '万', 10 ** 8: '亿'}
CN_DIG = '零一二三四五六七八九'


def dec_str(x):
    """exact, minimal decimal string of a Fraction with a finite expansion"""
    x = F(x)
    for d in range(0, 10):
        y = x * 10 ** d
        if y.denominator == 1:
            n = y.numerator
            neg = n < 0
            s = str(abs(n))
            if d:
                s = s.rjust(d + 1, '0')
                s = s[:-d] + '.' + s[-d:]
            return ('-' if neg else '') + s
    raise ValueError('not a short decimal: %r' % x)


def ndecimals(x):
    s = dec_str(x)
    return len(s.split('.')[1]) if '.' in s else 0


def to_cn(n, liang=False):
    """integer -> Chinese numerals (三十五, 一百零八, 两千三百, 三万二千)"""
    assert 0 <= n < 10 ** 8
    if n == 0:
        return '零'

    def four(x):
        s = ''
        zero = False
        for d, u in zip((x // 1000, x // 100 % 10, x // 10 % 10, x % 10), ('千', '百', '十', '')):
            if d == 0:
                if s:
                    zero = True
            else:
                if zero:
                    s += '零'
                    zero = False
                s += CN_DIG[d] + u
        return s

    if n < 10000:
        s = four(n)
    else:
        hi, lo = divmod(n, 10000)
        s = four(hi) + '万'
        if lo:
            s += ('零' if lo < 1000 else '') + four(lo)
    if s.startswith('一十'):
        s = s[1:]
    if liang and s[0] == '二' and len(s) > 1 and s[1] in '千百万':
        s = '两' + s[1:]
    return s


def group3(s):
    ip, _, fp = s.partition('.')
    out = ''
    while len(ip) > 3:
        out = ',' + ip[-3:] + out
        ip = ip[:-3]
    out = ip + out
    return out + ('.' + fp if fp else '')


class Q:
    """one stated quantity"""

    def __init__(self, v, kind, unit, scale=1, fmt='ascii', pre='', suf='', liang=False, fwdot=False):
        self.v = F(v)
        self.kind = kind      # count | measure | money | percent
        self.unit = unit      # 件, 人, 元, 亩, %, ...
        self.scale = scale    # 1, 1e4 (万), 1e8 (亿)
        self.fmt = fmt        # ascii | comma | fw | cn
        self.pre = pre
        self.suf = suf
        self.liang = liang
        self.fwdot = fwdot

    def copy(self):
        q = Q(self.v, self.kind, self.unit, self.scale, self.fmt, self.pre, self.suf, self.liang, self.fwdot)
        return q

    def disp(self):
        return dec_str(self.v / self.scale)

    def core(self):
        s = self.disp()
        if self.fmt == 'comma' and len(s.split('.')[0]) >= 4:
            return group3(s)
        if self.fmt == 'fw':
            s = s.translate(FW_DIGITS)
            return s.replace('.', '．') if self.fwdot else s
        if self.fmt == 'cn' and '.' not in s and int(s) < 10 ** 8:
            return to_cn(int(s), self.liang)
        return s

    def surface(self):
        return self.pre + self.core() + MULT_CH[self.scale] + self.suf

    def u(self):
        return self.surface() + self.unit

    def note(self):
        return self.pre + self.disp() + MULT_CH[self.scale] + self.suf + self.unit

    def step(self):
        return F(1, 10 ** ndecimals(self.v / self.scale)) * self.scale


def note_sum(vals, ref):
    s = sum(vals, F(0))
    return dec_str(s / ref.scale) + MULT_CH[ref.scale] + ref.unit


# ---------------------------------------------------------------------------
# independent checker (parses surfaces back from the text)
# ---------------------------------------------------------------------------
FW2A = {chr(0xFF10 + i): str(i) for i in range(10)}
FW2A['．'] = '.'
CN_VAL = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
          '六': 6, '七': 7, '八': 8, '九': 9}
CN_UNIT = {'十': 10, '百': 100, '千': 1000}


def parse_cn_int(s):
    total = 0
    section = 0
    num = 0
    for ch in s:
        if ch in CN_VAL:
            num = CN_VAL[ch]
        elif ch in CN_UNIT:
            section += (num if num else 1) * CN_UNIT[ch]
            num = 0
        elif ch == '万':
            total += (section + num) * 10000
            section = num = 0
        elif ch == '亿':
            total = (total + section + num) * 10 ** 8
            section = num = 0
        else:
            raise ValueError(s)
    return total + section + num


def parse_surface(s, kind):
    """-> (nominal value, lo, hi) in base units"""
    t = ''.join(FW2A.get(c, c) for c in s)
    pre = ''
    for p in ('大约', '超过', '约', '近', '逾'):
        if t.startswith(p):
            pre = p
            t = t[len(p):]
            break
    suf = ''
    if t and t[-1] in '余多':
        suf = t[-1]
        t = t[:-1]
    m = re.fullmatch(r'(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万|亿)?', t)
    if m:
        ip = m.group(1).replace(',', '')
        fp = m.group(2) or ''
        mult = {None: 1, '万': 10 ** 4, '亿': 10 ** 8}[m.group(3)]
        val = (F(int(ip)) + (F(int(fp), 10 ** len(fp)) if fp else 0)) * mult
        nd = len(fp)
    elif t and all(c in '零〇一二两三四五六七八九十百千万亿' for c in t):
        val = F(parse_cn_int(t))
        nd = 0
        mult = 1
    else:
        raise ValueError('unparsable surface %r' % s)
    if kind == 'count' and nd == 0 and mult == 1:
        h = F(0)
    else:
        h = F(1, 10 ** nd) * mult          # one full unit of the last printed digit
    lo, hi = val - h, val + h
    if pre in ('约', '大约'):
        lo, hi = val * F(7, 10) - h, val * F(13, 10) + h
    elif pre == '近':
        lo, hi = val * F(7, 10), val + h
    elif pre in ('超过', '逾') or suf:
        lo, hi = val, val * 2 + h
    return val, lo, hi


NUMCH = set('0123456789０１２３４５６７８９.．,')


def surface_in_text(surf, text):
    pat = r'(?<![0-9０-９.．,])' + re.escape(surf) + r'(?![0-9０-９]|[.．,][0-9０-９])'
    return re.search(pat, text) is not None


def check_mention(q, text):
    surf = q.surface()
    assert surface_in_text(surf, text), 'surface %r not in text %r' % (surf, text)
    val, lo, hi = parse_surface(surf, q.kind)
    assert val == q.v, 'parsed %r != generated %r (%r)' % (val, q.v, surf)
    return lo, hi


def eval_rel(rel, text):
    """True = relation satisfiable, False = definitely violated"""
    t = rel['type']
    if t in ('eq', 'le'):
        plo = phi = F(0)
        for p in rel['parts']:
            lo, hi = check_mention(p, text)
            plo += lo
            phi += hi
        if rel.get('total') is not None:
            tlo, thi = check_mention(rel['total'], text)
        else:
            tlo = thi = F(rel['total_value'])
        if t == 'eq':
            return plo <= thi and phi >= tlo
        return plo <= thi
    if t == 'each_le':
        tlo, thi = check_mention(rel['total'], text)
        ok = True
        for p in rel['parts']:
            lo, hi = check_mention(p, text)
            ok = ok and lo <= thi
        return ok
    if t == 'count':
        lo, hi = check_mention(rel['stated'], text)
        assert rel['list'] in text
        items = [x for x in re.split(r'、|，|,|以及|和|及|与', rel['list']) if x.strip()]
        return lo <= len(items) <= hi
    if t == 'mul':      # a * b == c
        alo, ahi = check_mention(rel['a'], text)
        blo, bhi = check_mention(rel['b'], text)
        clo, chi = check_mention(rel['c'], text)
        return alo * blo <= chi and ahi * bhi >= clo
    if t == 'diff':     # a - b == c
        alo, ahi = check_mention(rel['a'], text)
        blo, bhi = check_mention(rel['b'], text)
        clo, chi = check_mention(rel['c'], text)
        return alo - bhi <= chi and ahi - blo >= clo
    if t == 'div':      # a / b == c (c may be rounded)
        alo, ahi = check_mention(rel['a'], text)
        blo, bhi = check_mention(rel['b'], text)
        clo, chi = check_mention(rel['c'], text)
        return alo / bhi <= chi and ahi / blo >= clo
    raise ValueError(t)


def verify(rec):
    text = rec['text']
    res = [eval_rel(r, text) for r in rec['rels']]
    if rec['label'] == 'consistent':
        return bool(res) and all(res)
    if rec['label'] == 'inconsistent':
        return bool(res) and not all(res)
    return all(res)


# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------
TIMES = ['2022年', '今年以来', '全年', '2023年1—6月', '截至10月底', '2022年1—11月', '上半年',
         '2021年以来', '截至目前', '2023年', '前三季度', '一年来', '2022年度', '截至11月30日']
SUBJ = ['全镇', '我镇', '全乡', '街道', '我街道', '全县', '全区', '全市', '我局', '我中心', '本系统', '全场']
VILLAGES = ['石桥村', '新塘村', '柳湾村', '上坪村', '大岭村', '河口社区', '东门社区', '南岗村', '桂花村',
            '杨柳村', '白沙村', '双溪村', '龙潭村', '清水社区', '金鸡村', '马山村', '枫树村', '荷塘社区',
            '长冲村', '沙坪村', '青石村', '凤凰社区', '黄泥村', '竹园村']
PROJECTS = ['年产10万吨新型建材项目', '智能装备产业园项目', '冷链物流中心项目', '农产品精深加工项目',
            '分布式光伏发电项目', '文旅综合体项目', '新能源汽车零部件项目', '电子信息产业园项目',
            '年产5000吨有机肥项目', '中药材种植加工基地项目', '标准化厂房二期项目', '预制菜生产基地项目',
            '再生资源回收利用项目', '高端纺织服装项目']
COMPANIES = ['华兴机械', '恒达建材', '绿源农业', '鑫泰电子', '瑞丰食品', '金鹏纺织', '宏图物流',
             '康源医药', '天成科技', '永盛新材料', '明珠包装', '润田生态']
SCHOOLS_HONOR = ['市级文明单位', '省级卫生村', '市级平安村', '省级森林乡村', '市级美丽乡村示范村']

# multi-part topics with mutually exclusive categories
# (area, verb, obj, unit, kind, parts, lo, hi, decimals-options)
MULTI = [
    ('信访', '受理', '群众信访事项', '件', 'count', ['来信', '来访', '网上信访', '12345热线转办'], 3, 300, (0,)),
    ('安全生产', '检查', '生产经营单位', '家', 'count', ['工贸企业', '危险化学品经营单位', '建筑施工工地', '人员密集场所', '“三小”场所'], 5, 400, (0,)),
    ('安全生产', '排查整治', '安全隐患', '处', 'count', ['消防隐患', '用电隐患', '燃气隐患', '建筑结构隐患'], 5, 600, (0,)),
    ('招商', '新签约', '招商引资项目', '个', 'count', ['工业项目', '服务业项目', '农业项目'], 1, 25, (0,)),
    ('教育', '有', '中小学校', '所', 'count', ['小学', '初中', '九年一贯制学校', '完全中学'], 1, 40, (0,)),
    ('教育', '有', '在校学生', '人', 'count', ['小学生', '初中生', '高中生', '中职学生'], 80, 9000, (0,)),
    ('医疗', '开展', '医疗救助', '人次', 'count', ['住院救助', '门诊救助'], 10, 900, (0,)),
    ('城管', '查处', '市容违规行为', '起', 'count', ['占道经营', '店外经营', '乱搭乱建', '乱贴乱画', '违规设置户外广告'], 10, 800, (0,)),
    ('城管', '拆除', '违法建筑', '处', 'count', ['城区', '集镇', '农村'], 5, 300, (0,)),
    ('环保', '办理', '环境信访投诉', '件', 'count', ['大气污染类', '噪声扰民类', '水污染类', '固体废物类'], 3, 300, (0,)),
    ('环保', '整治', '“散乱污”企业', '家', 'count', ['关停取缔', '整合搬迁', '升级改造'], 2, 120, (0,)),
    ('户籍', '办理', '户籍业务', '笔', 'count', ['出生登记', '迁入登记', '迁出登记', '死亡注销'], 20, 2000, (0,)),
    ('户籍', '受理', '居民身份证申请', '件', 'count', ['首次申领', '到期换领', '遗失补领'], 50, 5000, (0,)),
    ('就业', '转移', '农村劳动力', '人', 'count', ['县内就业', '省内县外就业', '省外就业'], 100, 9000, (0,)),
    ('民政', '发放', '高龄津贴', '人', 'count', [('80—89周岁老人', 300, 3000), ('90—99周岁老人', 30, 400), ('100周岁以上老人', 1, 12)], 0, 0, (0,)),
    ('消防', '接处', '各类警情', '起', 'count', ['火灾扑救', '抢险救援', '社会救助'], 10, 900, (0,)),
    ('综治', '调处', '矛盾纠纷', '件', 'count', ['婚姻家庭纠纷', '邻里纠纷', '土地权属纠纷', '劳资纠纷', '交通事故纠纷'], 5, 500, (0,)),
    ('人社', '开展', '职业技能培训', '人次', 'count', ['电工', '焊工', '育婴员', '中式烹调师', '农村电商'], 20, 2000, (0,)),
    ('市场监管', '新增', '市场主体', '户', 'count', ['企业', '个体工商户', '农民专业合作社'], 20, 5000, (0,)),
    ('市场监管', '查办', '各类案件', '起', 'count', ['食品安全类', '药品医疗器械类', '特种设备类', '价格类'], 2, 200, (0,)),
    ('党建', '发展', '党员', '名', 'count', ['农村', '机关事业单位', '非公企业', '社会组织'], 1, 40, (0,)),
    ('武装', '输送', '新兵', '名', 'count', ['大学毕业生', '在校大学生', '高中毕业生'], 1, 40, (0,)),
    ('司法', '办理', '法律援助案件', '件', 'count', ['民事案件', '刑事案件', '行政案件'], 5, 300, (0,)),
    ('热线', '办理', '12345热线工单', '件', 'count', ['咨询类', '求助类', '投诉类', '建议类'], 50, 8000, (0,)),
    ('市场监管', '完成', '食品安全抽检', '批次', 'count', ['粮食加工品', '食用农产品', '餐饮食品', '乳制品'], 20, 2000, (0,)),
    ('普法', '开展', '普法宣传活动', '场次', 'count', ['进机关', '进学校', '进社区', '进企业', '进农村'], 2, 100, (0,)),
    ('养老', '新增', '养老床位', '张', 'count', ['公办养老机构', '民办养老机构', '社区日间照料中心'], 10, 800, (0,)),
    ('交警', '查处', '交通违法行为', '起', 'count', ['酒驾醉驾', '无证驾驶', '超员超载', '不戴头盔'], 50, 9000, (0,)),
    ('人社', '举办', '招聘活动', '场', 'count', ['现场招聘会', '网络招聘会', '直播带岗'], 1, 60, (0,)),
    ('项目', '实施', '重点项目', '个', 'count', ['续建项目', '新开工项目', '前期项目'], 3, 80, (0,)),
    ('应急', '组织', '应急演练', '场次', 'count', ['消防演练', '防汛演练', '地质灾害避险演练', '危化品泄漏处置演练'], 2, 80, (0,)),
    ('文化', '开展', '文化惠民活动', '场', 'count', ['送戏下乡', '公益电影放映', '广场文艺演出'], 5, 400, (0,)),
    ('科技', '获批', '科技计划项目', '项', 'count', ['国家级', '省级', '市级'], 1, 30, (0,)),
    ('市场监管', '主导制修订', '各类标准', '项', 'count', ['国家标准', '行业标准', '地方标准', '团体标准'], 1, 20, (0,)),
    ('人大', '办理', '人大代表建议和政协委员提案', '件', 'count', ['人大代表建议', '政协委员提案'], 5, 150, (0,)),
    # money (values in 万元)
    ('民政', '发放', '各类救助资金', '元', 'money', ['城乡低保金', '特困供养金', '临时救助金', '残疾人两项补贴'], 20, 2000, (0, 1, 2)),
    ('农业', '发放', '惠农补贴资金', '元', 'money', ['耕地地力保护补贴', '农机购置补贴', '稻谷目标价格补贴', '生态公益林补偿'], 10, 3000, (0, 1, 2)),
    ('投资', '完成', '固定资产投资', '元', 'money', ['工业投资', '基础设施投资', '民生及社会事业投资'], 500, 90000, (0,)),
    ('乡村振兴', '投入', '衔接推进乡村振兴补助资金', '元', 'money', ['产业发展', '农村基础设施建设', '就业帮扶', '小额信贷贴息'], 10, 2000, (0, 1, 2)),
    ('教育', '落实', '学生资助资金', '元', 'money', ['学前教育', '义务教育', '普通高中', '中职教育'], 5, 800, (0, 1, 2)),
    ('环保', '投入', '人居环境整治资金', '元', 'money', ['垃圾治理', '污水治理', '农村改厕', '村容村貌提升'], 10, 1500, (0, 1, 2)),
    ('工信', '兑现', '企业扶持奖励资金', '元', 'money', ['技术改造奖励', '科技创新奖励', '稳岗补贴'], 10, 1500, (0, 1, 2)),
    ('应急', '拨付', '防汛救灾资金', '元', 'money', ['抢险救灾', '灾后重建', '受灾群众生活救助'], 5, 900, (0, 1, 2)),
    ('财政', '争取', '上级专项资金', '元', 'money', ['交通基础设施', '水利建设', '教育卫生', '生态环保'], 50, 20000, (0, 1)),
    ('住建', '完成', '老旧小区改造投资', '元', 'money', ['管网改造', '道路硬化', '外立面整治', '配套设施建设'], 20, 3000, (0, 1, 2)),
    # measures
    ('农业', '流转', '土地', '亩', 'measure', ['粮食种植', '蔬菜种植', '特色果园', '苗木花卉'], 50, 5000, (0, 1)),
    ('交通', '新改建', '农村公路', '公里', 'measure', ['县道', '乡道', '村道'], 1, 60, (1, 2)),
    ('林业', '完成', '植树造林', '亩', 'measure', ['人工造林', '封山育林', '退化林修复'], 100, 8000, (0,)),
    ('环卫', '清运', '生活垃圾', '吨', 'measure', ['城区', '集镇', '农村'], 100, 60000, (0, 1)),
    ('城管', '拆除', '违法建筑面积', '平方米', 'measure', ['城区', '城乡结合部', '集镇'], 100, 20000, (0, 1)),
    ('水利', '清淤', '河道沟渠', '公里', 'measure', ['主河道', '支流', '灌溉沟渠'], 1, 80, (1,)),
    ('农业', '完成', '粮食播种', '亩', 'measure', ['早稻', '中稻', '晚稻', '玉米'], 500, 40000, (0,)),
    ('住建', '铺设', '污水管网', '公里', 'measure', ['主管网', '支管网', '入户管网'], 1, 50, (1, 2)),
    ('渔业', '发展', '水产养殖', '亩', 'measure', ['池塘养殖', '稻渔综合种养', '网箱养殖'], 50, 8000, (0,)),
]

# complementary pairs: (tag, obj, unit, kind, A, B, lo, hi, verb)
PAIRS = [
    ('male_female', '户籍人口', '人', 'count', '男性', '女性', 2000, 60000, '有'),
    ('male_female', '新生儿', '人', 'count', '男婴', '女婴', 20, 800, '登记'),
    ('male_female', '新发展党员', '名', 'count', '男性', '女性', 3, 60, '有'),
    ('male_female', '参训学员', '人', 'count', '男学员', '女学员', 20, 900, '有'),
    ('male_female', '村（社区）“两委”成员', '人', 'count', '男性', '女性', 20, 200, '有'),
    ('male_female', '专职网格员', '名', 'count', '男', '女', 10, 300, '配备'),
    ('urban_rural', '低保对象', '户', 'count', '城市低保', '农村低保', 50, 3000, '保障'),
    ('urban_rural', '在校学生', '人', 'count', '城区学校', '农村学校', 500, 30000, '有'),
    ('urban_rural', '特困供养人员', '人', 'count', '城镇', '农村', 10, 800, '保障'),
    ('urban_rural', '城乡居民医保参保人员', '人', 'count', '城镇居民', '农村居民', 5000, 90000, '有'),
    ('urban_rural', '常住人口', '人', 'count', '城镇人口', '乡村人口', 5000, 90000, '有'),
    ('ontime_overdue', '信访事项', '件', 'count', '按期办结', '超期办结', 50, 800, '办结'),
    ('ontime_overdue', '12345热线工单', '件', 'count', '按时办结', '逾期办结', 100, 5000, '办结'),
    ('ontime_overdue', '人大代表建议', '件', 'count', '按期答复', '延期答复', 10, 120, '办理'),
    ('ontime_overdue', '行政审批事项', '件', 'count', '即办件', '承诺件', 100, 6000, '办理'),
    ('done_undone', '安全隐患', '处', 'count', '已整改', '未整改', 20, 900, '排查'),
    ('done_undone', '问题', '个', 'count', '已整改到位', '未整改到位', 5, 200, '梳理'),
    ('done_undone', '农村户厕改造任务', '户', 'count', '已完工', '未完工', 50, 2000, '下达'),
    ('done_undone', '危房', '户', 'count', '已改造', '未改造', 5, 300, '摸排'),
    ('done_undone', '群众诉求', '件', 'count', '已办结', '未办结', 20, 900, '收集'),
    ('done_undone', '征收房屋', '户', 'count', '已签约', '未签约', 10, 600, '涉及'),
    ('age_band', '常住人口', '人', 'count', '60周岁以上', '60周岁以下', 5000, 60000, '有'),
    ('age_band', '登记失业人员', '人', 'count', '35岁以上', '35岁及以下', 50, 3000, '有'),
    ('age_band', '低保对象', '人', 'count', '60岁以上', '60岁以下', 100, 3000, '有'),
    ('age_band', '享受高龄补贴老人', '人', 'count', '80—89岁', '90岁以上', 100, 3000, '有'),
    ('generic', '一般公共预算收入', '元', 'money', '税收收入', '非税收入', 500, 90000, '完成'),
    ('generic', '刑事、治安案件', '起', 'count', '刑事案件', '治安案件', 20, 900, '受理'),
    ('generic', '党员', '名', 'count', '正式党员', '预备党员', 30, 3000, '有'),
    ('generic', '村（社区）', '个', 'count', '行政村', '社区', 5, 60, '辖'),
    ('generic', '游客', '人次', 'count', '省内游客', '省外游客', 1000, 90000, '接待'),
    ('generic', '政务服务事项', '件', 'count', '线上办理', '窗口办理', 200, 9000, '办理'),
    ('generic', '结婚、离婚登记', '对', 'count', '结婚登记', '离婚登记', 50, 2000, '办理'),
    ('generic', '民兵', '人', 'count', '基干民兵', '普通民兵', 50, 900, '编组'),
]

OWN_NOUN = [
    ('农村公路', '公里', 'measure', ['新建', '改造', '维修'], 1, 40, (1,)),
    ('路灯', '盏', 'count', ['新装', '更换', '维修'], 10, 900, (0,)),
    ('停车位', '个', 'count', ['新增', '施划', '改造'], 20, 2000, (0,)),
    ('垃圾收集点', '个', 'count', ['新建', '改造提升'], 3, 100, (0,)),
    ('供水管网', '公里', 'measure', ['新铺设', '改造'], 1, 50, (1,)),
    ('健身路径', '处', 'count', ['新建', '更新'], 2, 60, (0,)),
    ('监控探头', '个', 'count', ['新装', '更换', '修复'], 10, 600, (0,)),
    ('农村危房', '户', 'count', ['拆除重建', '维修加固'], 3, 200, (0,)),
    ('公厕', '座', 'count', ['新建', '改造'], 2, 60, (0,)),
    ('口袋公园', '个', 'count', ['新建', '提升改造'], 1, 20, (0,)),
    ('充电桩', '个', 'count', ['新建', '改造'], 5, 300, (0,)),
    ('雨污管网', '米', 'measure', ['新建', '改造', '疏通'], 100, 9000, (0,)),
]

CN_COUNT = {2: '两', 3: '三', 4: '四', 5: '五'}
GONG_WORDS = ['共', '共计', '一共']


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def logu(rng, lo, hi):
    return math.exp(rng.uniform(math.log(max(lo, 0.5)), math.log(hi)))


def rand_val(rng, lo, hi, dec):
    x = logu(rng, lo, hi)
    v = F(round(x * 10 ** dec), 10 ** dec)
    if v <= 0:
        v = F(1, 10 ** dec)
    return v


def lead(rng, allow_empty=True):
    t = rng.choice(TIMES)
    s = rng.choice(SUBJ)
    r = rng.random()
    if r < 0.3:
        return f'{t}，{s}'
    if r < 0.55:
        return f'{t}{s}'
    if r < 0.7:
        return f'{s}{t}'
    if r < 0.9 or not allow_empty:
        return t + '，'
    return ''


def jlist(rng, items, mode=None):
    if mode is None:
        mode = rng.choice(['、', '、', '、', '，', 'conj'])
    if len(items) == 1:
        return items[0]
    if mode == 'conj':
        c = rng.choice(['和', '及', '与', '以及'])
        return '、'.join(items[:-1]) + c + items[-1]
    return mode.join(items)


class Topic:
    def __init__(self, area, verb, obj, unit, kind, labels, ranges, decs):
        self.area, self.verb, self.obj, self.unit, self.kind = area, verb, obj, unit, kind
        self.labels, self.ranges, self.decs = labels, ranges, decs


def pick_multi(rng, n, kinds=('count', 'money', 'measure'), min_parts=None):
    cands = [t for t in MULTI if t[4] in kinds and len(t[5]) >= n]
    area, verb, obj, unit, kind, parts, lo, hi, decs = rng.choice(cands)
    idx = sorted(rng.sample(range(len(parts)), n))
    labels, ranges = [], []
    for i in idx:
        p = parts[i]
        if isinstance(p, tuple):
            labels.append(p[0])
            ranges.append((p[1], p[2]))
        else:
            labels.append(p)
            ranges.append((lo, hi))
    return Topic(area, verb, obj, unit, kind, labels, ranges, decs)


def pick_pair(rng, tags=None, kinds=('count', 'money')):
    cands = [p for p in PAIRS if (tags is None or p[0] in tags) and p[3] in kinds]
    tag, obj, unit, kind, a, b, lo, hi, verb = rng.choice(cands)
    # the two sides of a pair get a split of the total
    return Topic(tag, verb, obj, unit, kind, [a, b], [(lo, hi)], (0,))


def scale_of(kind):
    return 10 ** 4 if kind == 'money' else 1


def make_q(v, topic_kind, unit, fmt, scale=None, rng=None):
    sc = scale_of(topic_kind) if scale is None else scale
    kind = topic_kind
    q = Q(v, kind, unit, sc, fmt)
    if rng is not None and fmt == 'fw':
        q.fwdot = rng.random() < 0.5
    if rng is not None and fmt == 'cn':
        q.liang = rng.random() < 0.6
    return q


def gen_parts(rng, topic, n, dec=None):
    """true part values in base units"""
    if dec is None:
        dec = rng.choice(topic.decs)
    sc = scale_of(topic.kind)
    vals = []
    for i in range(n):
        lo, hi = topic.ranges[i] if i < len(topic.ranges) else topic.ranges[-1]
        vals.append(rand_val(rng, lo, hi, dec) * sc)
    return vals


def gen_pair_vals(rng, topic):
    lo, hi = topic.ranges[0]
    sc = scale_of(topic.kind)
    dec = 0 if topic.kind == 'count' else rng.choice((0, 1, 2))
    tot = rand_val(rng, max(lo, 2), hi, dec)
    tag = topic.area
    if tag in ('ontime_overdue', 'done_undone'):
        frac = rng.uniform(0.55, 0.97)
    elif tag == 'male_female':
        frac = rng.uniform(0.42, 0.58)
    else:
        frac = rng.uniform(0.15, 0.85)
    a = F(round(tot * F(frac) * 10 ** dec), 10 ** dec)
    if a <= 0:
        a = F(1, 10 ** dec)
    b = tot - a
    if b <= 0:
        tot = tot + 1
        b = tot - a
    return [a * sc, b * sc]


# ---------------------------------------------------------------------------
# error injection
# ---------------------------------------------------------------------------
def _set_disp(q, s):
    q.v = F(Decimal(s)) * q.scale


def err_typo(rng, q):
    s = q.disp()
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    i = rng.choice(idx)
    choices = [d for d in '0123456789' if d != s[i] and not (i == 0 and d == '0' and len(s) > 1)]
    old = q.note()
    _set_disp(q, s[:i] + rng.choice(choices) + s[i + 1:])
    return q.v > 0 and f'digit typo {old}->{q.note()}'


def err_swap(rng, q):
    s = q.disp()
    pos = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit()
           and s[i] != s[i + 1] and not (i == 0 and s[i + 1] == '0')]
    if not pos:
        return False
    i = rng.choice(pos)
    old = q.note()
    _set_disp(q, s[:i] + s[i + 1] + s[i] + s[i + 2:])
    return f'transposed digits {old}->{q.note()}'


def err_off(rng, q, n, sign=None):
    st = q.step()
    if q.kind == 'count' and q.scale == 1:
        k = rng.randint(1, 5)
    else:
        k = rng.randint(n + 3, 3 * n + 9)
    sign = sign if sign is not None else rng.choice((-1, 1))
    if q.v - k * st <= 0:
        sign = 1
    old = q.note()
    q.v += sign * k * st
    return f'off by {"+" if sign > 0 else "-"}{dec_str(k * st / q.scale)}{MULT_CH[q.scale]}{q.unit} ({old}->{q.note()})'


def err_pct(rng, q, direction=None):
    direction = direction or rng.choice(('up', 'down'))
    f = rng.uniform(1.1, 1.3) if direction == 'up' else rng.uniform(0.7, 0.9)
    st = q.step()
    old = q.note()
    nv = F(round(q.v * F(f) / st)) * st
    if nv == q.v or nv <= 0:
        return False
    q.v = nv
    return f'{abs(f - 1) * 100:.0f}% {"too high" if direction == "up" else "too low"} ({old}->{q.note()})'


def err_mag(rng, q, direction=None):
    """magnitude slip: keep the printed digits, change 元/万/亿"""
    if q.kind not in ('money',):
        return False
    opts = []
    if q.scale == 10 ** 4:
        opts += [('up', 10 ** 8), ('down', 1)]
    elif q.scale == 10 ** 8:
        opts += [('down', 10 ** 4)]
    elif q.scale == 1:
        opts += [('up', 10 ** 4)]
    if direction:
        opts = [o for o in opts if o[0] == direction]
    if not opts:
        return False
    d, ns = rng.choice(opts)
    old = q.note()
    q.v = q.v / q.scale * ns
    q.scale = ns
    return f'magnitude slip {old}->{q.note()}'


def inject(rng, total, parts, exh, labels=None, allow=None):
    """mutate total/parts so that the statement is wrong; returns description"""
    n = len(parts)
    money = total.kind == 'money'
    if exh:
        pool = ['off_total', 'off_part', 'typo_total', 'typo_part', 'swap_total', 'swap_part',
                'pct_total', 'double', 'omit']
        if money:
            pool += ['mag_total', 'mag_part']
    else:
        pool = ['omit', 'pct_down', 'off_down', 'typo_total', 'swap_total', 'exceed_part', 'inflate_part']
        if money:
            pool += ['mag_total_down', 'mag_part_up']
        # non-exhaustive lists: start from total == sum so that only reductions matter
        total.v = sum((p.v for p in parts), F(0))
        if total.scale > 1 and ndecimals(total.v / total.scale) > 4:
            total.scale = parts[0].scale
    if allow:
        pool = [p for p in pool if p in allow] or pool
    et = rng.choice(pool)
    lab = (lambda i: labels[i]) if labels else (lambda i: f'part{i + 1}')
    i = rng.randrange(n)
    if et == 'off_total':
        return 'total ' + err_off(rng, total, n)
    if et == 'off_down':
        return 'total ' + err_off(rng, total, n, sign=-1)
    if et == 'off_part':
        return f'part {lab(i)} ' + err_off(rng, parts[i], n)
    if et == 'typo_total':
        r = err_typo(rng, total)
        return r and 'total ' + r
    if et == 'typo_part':
        r = err_typo(rng, parts[i])
        return r and f'part {lab(i)} ' + r
    if et == 'swap_total':
        r = err_swap(rng, total)
        return r and 'total ' + r
    if et == 'swap_part':
        r = err_swap(rng, parts[i])
        return r and f'part {lab(i)} ' + r
    if et == 'pct_total':
        r = err_pct(rng, total)
        return r and 'total ' + r
    if et == 'pct_down':
        r = err_pct(rng, total, 'down')
        return r and 'total ' + r
    if et == 'inflate_part':
        r = err_pct(rng, parts[i], 'up')
        return r and f'part {lab(i)} ' + r
    if et == 'double':
        total.v += parts[i].v
        return f'total counts part {lab(i)} twice'
    if et == 'omit':
        if n < 2:
            return False
        total.v -= parts[i].v
        return f'total omits part {lab(i)}'
    if et == 'exceed_part':
        st = parts[i].step()
        k = rng.randint(1, 30) if parts[i].kind == 'count' and parts[i].scale == 1 else rng.randint(n + 3, 40)
        parts[i].v = total.v + k * st
        return f'part {lab(i)} alone exceeds the whole'
    if et == 'mag_total':
        r = err_mag(rng, total)
        return r and 'total ' + r
    if et == 'mag_total_down':
        r = err_mag(rng, total, 'down')
        return r and 'total ' + r
    if et == 'mag_part':
        r = err_mag(rng, parts[i])
        return r and f'part {lab(i)} ' + r
    if et == 'mag_part_up':
        r = err_mag(rng, parts[i], 'up')
        return r and f'part {lab(i)} ' + r
    raise ValueError(et)


def build(rng, label, topic, n, exh, fmt='ascii', part_vals=None, tscale=None, pscale=None,
          allow=None, fmt_total=None):
    """-> total Q, list of part Q, error description, relation"""
    vals = part_vals if part_vals is not None else gen_parts(rng, topic, n)
    parts = [make_q(v, topic.kind, topic.unit, fmt, pscale, rng) for v in vals]
    s = sum(vals, F(0))
    if exh or label == 'inconsistent' or rng.random() < 0.12:
        tv = s
    else:
        st = parts[0].step()
        tv = s + F(round(s * F(rng.uniform(0.05, 0.6)) / st)) * st
    total = make_q(tv, topic.kind, topic.unit, fmt_total or fmt, tscale, rng)
    desc = ''
    if label == 'inconsistent':
        desc = inject(rng, total, parts, exh, topic.labels, allow)
        if not desc:
            return None
    if any(p.v <= 0 for p in parts) or total.v <= 0:
        return None
    rel = {'type': 'eq' if exh else 'le', 'total': total, 'parts': parts}
    return total, parts, desc, rel


def note_for(rel, desc='', extra=''):
    t = rel['total']
    ps = rel['parts']
    s = sum((p.v for p in ps), F(0))
    ref = t if t is not None else ps[0]
    tv = t.v if t is not None else F(rel['total_value'])
    tn = t.note() if t is not None else dec_str(tv) + ps[0].unit
    if rel['type'] == 'eq':
        op = '==' if s == tv else '!='
        body = f"{tn} {op} {'+'.join(p.note() for p in ps)} (={note_sum([p.v for p in ps], ref)})"
    else:
        op = '<=' if s <= tv else '>'
        body = f"{'+'.join(p.note() for p in ps)} (={note_sum([p.v for p in ps], ref)}) {op} {tn} [non-exhaustive]"
    if desc:
        body += f'; error: {desc}'
    if extra:
        body += f'; {extra}'
    return body


def items_of(topic, parts, unit_each=True):
    return [f'{L}{p.u() if unit_each else p.surface()}' for L, p in zip(topic.labels, parts)]


def vo(rng, t):
    if t.verb == '有':
        return rng.choice(['现有', '辖区内有', '全镇现有']) + t.obj
    return t.verb + t.obj


def whole_phrase(rng, topic, tq, word=None):
    w = word if word is not None else rng.choice(['共', '共计', '', '累计'] if topic.verb != '有' else ['共', ''])
    if topic.verb == '有':
        return f'{w}有{topic.obj}{tq.u()}'
    if rng.random() < 0.5:
        return f'{w}{topic.verb}{topic.obj}{tq.u()}'
    return f'{topic.verb}{topic.obj}{w}{tq.u()}'


def R(text, rels, note, extra=None):
    d = {'text': text, 'rels': rels, 'note': note}
    if extra:
        d.update(extra)
    return d


# ---------------------------------------------------------------------------
# POSITIVE STYLES  (label in {consistent, inconsistent})
# ---------------------------------------------------------------------------
def s_gong_after(rng, label, fmt='ascii', words=None):
    t = pick_multi(rng, rng.randint(2, 4))
    b = build(rng, label, t, len(t.labels), True, fmt)
    if not b:
        return None
    T, P, desc, rel = b
    w = rng.choice(words or GONG_WORDS)
    its = jlist(rng, items_of(t, P))
    L = lead(rng)
    v = rng.randrange(3)
    if v == 0:
        txt = f'{L}{vo(rng, t)}：{its}，{w}{T.u()}。'
    elif v == 1:
        txt = f'{L}{its}，{w}{t.verb}{t.obj}{T.u()}。'
    else:
        txt = f'{L}{vo(rng, t)}中，{its}，{w}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc))


def s_heji_after(rng, label):
    return s_gong_after(rng, label, words=['合计', '总计', '以上合计'])


def s_leiji_after(rng, label):
    t = pick_multi(rng, rng.randint(2, 4))
    while t.verb == '有':
        t = pick_multi(rng, rng.randint(2, 4))
    b = build(rng, label, t, len(t.labels), True)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P))
    if rng.random() < 0.5:
        txt = f'{lead(rng)}{t.verb}{its}，累计{t.verb}{t.obj}{T.u()}。'
    else:
        txt = f'{rng.choice(["2021年以来", "“十四五”以来", "近年来", "今年以来"])}，{t.verb}{t.obj}{rng.choice(["：", "，"])}{its}，累计{T.u()}。'
    return R(txt, [rel], note_for(rel, desc))


def s_zongshu_after(rng, label):
    t = pick_multi(rng, rng.randint(2, 4), kinds=('count',))
    b = build(rng, label, t, len(t.labels), True)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P))
    w = rng.choice(['总数达', '总数为', '总量为', '总数达到'])
    txt = f'{lead(rng)}{vo(rng, t)}{rng.choice(["情况", ""])}：{its}，{w}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc))


def s_total_fenbieshi(rng, label, word=None):
    t = pick_multi(rng, rng.randint(2, 4))
    b = build(rng, label, t, len(t.labels), True)
    if not b:
        return None
    T, P, desc, rel = b
    w = word or rng.choice(['分别是', '分别为'])
    its = jlist(rng, items_of(t, P), rng.choice(['、', '；', '，']))
    txt = f'{lead(rng)}{whole_phrase(rng, t, T, rng.choice(["共", "共计", ""]))}，{w}{its}。'
    return R(txt, [rel], note_for(rel, desc))


def s_zongji_fenbie(rng, label):
    t = pick_multi(rng, rng.randint(2, 4))
    b = build(rng, label, t, len(t.labels), True)
    if not b:
        return None
    T, P, desc, rel = b
    labs = '、'.join(t.labels)
    nums = '、'.join(p.u() for p in P)
    txt = f'{lead(rng)}总计{vo(rng, t)}{T.u()}，{labs}分别为{nums}。'
    return R(txt, [rel], note_for(rel, desc))


def s_qizhong_partial(rng, label):
    n = rng.randint(1, 3)
    t = pick_multi(rng, n + 1)
    t.labels, t.ranges = t.labels[:n], t.ranges[:n]
    b = build(rng, label, t, n, False)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P), rng.choice(['、', '，', '；']))
    txt = f'{lead(rng)}{whole_phrase(rng, t, T)}，其中{its}。'
    return R(txt, [rel], note_for(rel, desc))


def s_heji_before_qizhong(rng, label):
    n = rng.randint(2, 3)
    t = pick_multi(rng, n)
    while t.verb == '有':
        t = pick_multi(rng, n)
    b = build(rng, label, t, n, False)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P))
    txt = f'{lead(rng)}合计{t.verb}{t.obj}{T.u()}，其中{its}。'
    return R(txt, [rel], note_for(rel, desc))


def pair_build(rng, label, tags=None, fmt='ascii', kinds=('count', 'money')):
    t = pick_pair(rng, tags, kinds)
    vals = gen_pair_vals(rng, t)
    b = build(rng, label, t, 2, True, fmt, part_vals=vals)
    return t, b


def pair_text(rng, t, T, P):
    A, B = t.labels
    pa, pb = P
    sep = rng.choice(['、', '，', '；'])
    head = {'有': f'{rng.choice(SUBJ)}{rng.choice(["共有", "现有", "有"])}{t.obj}{T.u()}',
            '辖': f'{rng.choice(["全镇", "全区", "街道"])}辖{t.obj}{T.u()}'}.get(
        t.verb, f'{lead(rng)}{rng.choice(["共", "", "累计"])}{t.verb}{t.obj}{T.u()}')
    return head, f'{A}{pa.u()}{sep}{B}{pb.u()}'


def s_qizhong_pair(rng, label, tags=('generic',), fmt='ascii'):
    t, b = pair_build(rng, label, tags, fmt)
    if not b:
        return None
    T, P, desc, rel = b
    head, body = pair_text(rng, t, T, P)
    txt = f'{head}，其中{body}。'
    return R(txt, [rel], note_for(rel, desc, 'complementary categories'))


def s_male_female(rng, label):
    t, b = pair_build(rng, label, ('male_female',))
    if not b:
        return None
    T, P, desc, rel = b
    head, _ = pair_text(rng, t, T, P)
    a, c = P
    v = rng.randrange(4)
    if v == 0:
        body = f'其中男{a.u()}、女{c.u()}'
    elif v == 1:
        body = f'男性{a.u()}，女性{c.u()}'
    elif v == 2:
        body = f'其中{t.labels[0]}{a.u()}，{t.labels[1]}{c.u()}'
    else:
        body = f'男{a.surface()}{a.unit}女{c.surface()}{c.unit}'
        body = '（' + body + '）'
        return R(f'{head}{body}。', [rel], note_for(rel, desc, '男+女'))
    return R(f'{head}，{body}。', [rel], note_for(rel, desc, '男+女'))


def s_urban_rural(rng, label):
    return s_qizhong_pair(rng, label, ('urban_rural',))


def s_ontime_overdue(rng, label):
    t, b = pair_build(rng, label, ('ontime_overdue',))
    if not b:
        return None
    T, P, desc, rel = b
    A, B = t.labels
    if rng.random() < 0.5:
        txt = f'{lead(rng)}{vo(rng, t)}{T.u()}，其中{A}{P[0].u()}，{B}{P[1].u()}。'
    else:
        txt = f'{lead(rng)}{A}{t.obj}{P[0].u()}、{B}{P[1].u()}，{rng.choice(["共计", "合计"])}{t.verb}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc, 'complementary'))


def s_done_undone(rng, label):
    t, b = pair_build(rng, label, ('done_undone',))
    if not b:
        return None
    T, P, desc, rel = b
    A, B = t.labels
    v = rng.randrange(4)
    if v == 0:
        txt = f'{lead(rng)}共{t.verb}{t.obj}{T.u()}，{A}{P[0].u()}，{B}{P[1].u()}。'
    elif v == 1:
        txt = f'{lead(rng)}{t.verb}{t.obj}{T.u()}，目前{A}{P[0].u()}，剩余{P[1].u()}{rng.choice(["正在推进", "正在加紧办理", "已制定计划"])}。'
    elif v == 2:
        txt = f'{lead(rng)}{t.verb}{t.obj}{T.u()}，已{A.lstrip("已")}{P[0].u()}，还有{P[1].u()}{B}。'
    else:
        txt = f'{t.verb}{t.obj}{T.u()}。截至目前，{A}{P[0].u()}；{B}{P[1].u()}，{rng.choice(["正加快推进", "力争年底前完成", "已明确责任人和时限"])}。'
    return R(txt, [rel], note_for(rel, desc, 'done + not done (剩余/未 make it exhaustive)'))


def s_age_band(rng, label):
    return s_qizhong_pair(rng, label, ('age_band',))


def s_except_rest(rng, label):
    t, b = pair_build(rng, label, ('generic', 'male_female', 'urban_rural'), kinds=('count',))
    if not b or len(t.labels[0]) < 2:
        return None
    T, P, desc, rel = b
    A, B = t.labels
    head, _ = pair_text(rng, t, T, P)
    txt = f'{head}，除{B}{P[1].u()}外，其余{P[0].u()}均为{A}。'
    return R(txt, [rel], note_for(rel, desc, '其余 = whole - listed'))


def s_qizhong_qiyu(rng, label):
    n = rng.randint(3, 4)
    t = pick_multi(rng, n)
    b = build(rng, label, t, n, True)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P[:-1]), '、')
    txt = f'{lead(rng)}{whole_phrase(rng, t, T)}，其中{its}，其余{P[-1].u()}为{t.labels[-1]}。'
    return R(txt, [rel], note_for(rel, desc, '其余 makes the list exhaustive'))


def s_fenbiewei_after(rng, label):
    t = pick_multi(rng, rng.randint(2, 4))
    b = build(rng, label, t, len(t.labels), True)
    if not b:
        return None
    T, P, desc, rel = b
    fb = rng.choice(['分别为', '分别有', '分别达到', '分别完成'])
    labs = '、'.join(t.labels)
    nums = '、'.join(p.u() for p in P)
    w = rng.choice(['共', '共计', '合计', '总计'])
    txt = f'{lead(rng)}{vo(rng, t)}{rng.choice(["", "中"])}，{labs}{fb}{nums}，{w}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc))


def s_anlei_fenbiewei(rng, label):
    t = pick_multi(rng, rng.randint(3, 4))
    b = build(rng, label, t, len(t.labels), True)
    if not b:
        return None
    T, P, desc, rel = b
    labs = '、'.join(t.labels)
    nums = '、'.join(p.surface() for p in P) + P[-1].unit          # "分别为12、14、13件"
    hdr = rng.choice(['按类型分', '从类别看', '按来源划分', '从构成看'])
    txt = f'{lead(rng)}{whole_phrase(rng, t, T, rng.choice(["共", "共计"]))}。{hdr}，{labs}分别为{nums}。'
    return R(txt, [rel], note_for(rel, desc, 'partition by type'))


def s_liangxiang_heji(rng, label):
    t = pick_multi(rng, 2)
    b = build(rng, label, t, 2, True)
    if not b:
        return None
    T, P, desc, rel = b
    w = rng.choice(['两项合计', '两者合计', '二者共计', '两类共'])
    txt = f'{lead(rng)}{t.verb}{t.labels[0]}{P[0].u()}、{t.labels[1]}{P[1].u()}，{w}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc))


def s_sanlei_gong(rng, label):
    n = rng.randint(3, 5)
    t = pick_multi(rng, n)
    b = build(rng, label, t, n, True)
    if not b:
        return None
    T, P, desc, rel = b
    c = CN_COUNT[n]
    w = rng.choice([f'{c}类共', f'{c}项合计', f'上述{c}项共计', f'{c}类合计'])
    its = jlist(rng, items_of(t, P), rng.choice(['、', '，']))
    txt = f'{lead(rng)}{vo(rng, t)}：{its}，{w}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc, f'{n} listed categories'))


def s_conj_list(rng, label):
    t = pick_multi(rng, rng.randint(2, 4))
    b = build(rng, label, t, len(t.labels), True)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P), 'conj')
    if rng.random() < 0.5:
        txt = f'{lead(rng)}{vo(rng, t)}{rng.choice(["：", "，"])}{its}，{rng.choice(["共计", "合计", "共"])}{T.u()}。'
    else:
        txt = f'{lead(rng)}{its}，{rng.choice(["共计", "合计", "共"])}{t.verb}{t.obj}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc))


def s_own_noun_heji(rng, label):
    obj, unit, kind, verbs, lo, hi, decs = rng.choice(OWN_NOUN)
    t = Topic('own', '', obj, unit, kind, verbs, [(lo, hi)], decs)
    n = len(verbs)
    b = build(rng, label, t, n, True)
    if not b:
        return None
    T, P, desc, rel = b
    segs = [f'{verbs[0]}{obj}{P[0].u()}'] + [f'{v}{p.u()}' for v, p in zip(verbs[1:], P[1:])]
    sep = rng.choice(['，', '、', '；'])
    v = rng.randrange(2)
    if v == 0:
        txt = f'{lead(rng)}{sep.join(segs)}，{rng.choice(["合计", "共计", "共"])}{T.u()}。'
    else:
        txt = f'{lead(rng)}{sep.join(segs)}，共完成{obj}建设改造{T.u()}。'
    return R(txt, [rel], note_for(rel, desc))


def s_table_flat(rng, label):
    n = rng.randint(3, 6)
    names = rng.sample(VILLAGES, n)
    what = rng.choice([('户厕改造', '户'), ('高标准农田', '亩'), ('参保人数', '人'), ('危房改造', '户'),
                       ('集体经济收入', '万元'), ('土地流转面积', '亩')])
    kind = 'money' if what[1] == '万元' else ('measure' if what[1] == '亩' else 'count')
    unit = '元' if kind == 'money' else what[1]
    rng_hi = {'户': 200, '亩': 3000, '人': 5000, '万元': 150}[what[1]]
    t = Topic('table', '', what[0], unit, kind, names, [(3, rng_hi)], (0, 1) if kind != 'count' else (0,))
    b = build(rng, label, t, n, True)
    if not b:
        return None
    T, P, desc, rel = b
    # in a table the unit sits in the header; values are bare numbers (万 from header)
    for q in P + [T]:
        q.unit = ''
        if kind == 'money':
            q.scale_hdr = True
    if kind == 'money':
        # bare numbers in 万元: represent as count-of-万 measure so surfaces are bare digits
        for q in P + [T]:
            q.v = q.v / 10 ** 4
            q.scale = 1
            q.kind = 'measure'
    sp = lambda: rng.choice([' ', '  ', '\t', ' \n', '\n'])
    title = rng.choice(['表1', '表2', '附表', '表3-1'])
    head = f'{title}{sp()}各村（社区）{what[0]}完成情况{sp()}单位：{what[1]}'
    if rng.random() < 0.6:
        rows = [f'{nm}{sp()}{q.surface()}' for nm, q in zip(names, P)]
        body = '\n'.join(rows) + f'\n合计{sp()}{T.surface()}'
        txt = f'{head}\n村（社区）{sp()}{what[0]}\n{body}'
    else:
        txt = head + '\n' + ' '.join(names + ['合计']) + '\n' + ' '.join(q.surface() for q in P + [T])
    return R(txt, [rel], note_for(rel, desc, 'flattened table, unit in header'))


def s_thousands_sep(rng, label):
    while True:
        t = pick_multi(rng, rng.randint(2, 4), kinds=('count', 'measure'))
        if min(hi for lo, hi in t.ranges) >= 2000:
            break
    t.ranges = [(max(lo, 300), hi * 4) for lo, hi in t.ranges]
    exh = rng.random() < 0.65
    b = build(rng, label, t, len(t.labels), exh, 'comma')
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P), '、')
    if exh:
        txt = f'{lead(rng)}{vo(rng, t)}：{its}，{rng.choice(["共计", "合计"])}{T.u()}。'
    else:
        txt = f'{lead(rng)}{whole_phrase(rng, t, T)}，其中{its}。'
    return R(txt, [rel], note_for(rel, desc, 'thousands separators'))


def s_decimal_values(rng, label):
    t = pick_multi(rng, rng.randint(2, 4), kinds=('money', 'measure'))
    t.decs = tuple(d for d in t.decs if d > 0) or (1,)
    exh = rng.random() < 0.7
    b = build(rng, label, t, len(t.labels), exh)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P))
    if exh:
        txt = f'{lead(rng)}{vo(rng, t)}{T.u()}，{rng.choice(["分别为", "分别是"])}{its}。' if rng.random() < 0.5 \
            else f'{lead(rng)}{its}，{rng.choice(["合计", "共计"])}{t.verb}{t.obj}{T.u()}。'
    else:
        txt = f'{lead(rng)}{whole_phrase(rng, t, T)}，其中{its}。'
    return R(txt, [rel], note_for(rel, desc, 'decimals'))


def s_fullwidth(rng, label):
    t = pick_multi(rng, rng.randint(2, 4))
    exh = rng.random() < 0.65
    b = build(rng, label, t, len(t.labels), exh, 'fw')
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P), rng.choice(['、', '；', '，']))
    if exh:
        txt = f'{lead(rng)}{vo(rng, t)}：{its}；{rng.choice(["合计", "共计"])}：{T.u()}。'
    else:
        txt = f'{lead(rng)}{whole_phrase(rng, t, T)}（其中：{its}）。'
    return R(txt, [rel], note_for(rel, desc, 'full-width digits'))


def to_ascii_punct(txt):
    out = txt.translate(str.maketrans({'，': ',', '；': ';', '：': ':', '（': '(', '）': ')'}))
    if re.search(r'\d,\d', out):
        return None
    return out


def s_ascii_punct(rng, label):
    base = rng.choice([s_gong_after, s_qizhong_partial, s_fenbiewei_after, s_male_female, s_total_fenbieshi])
    r = base(rng, label)
    if not r:
        return None
    txt = to_ascii_punct(r['text'])
    if txt is None:
        return None
    r['text'] = txt
    return r


def s_chinese_numerals(rng, label):
    t = pick_multi(rng, rng.randint(2, 3), kinds=('count',))
    cap = rng.choice([300, 300, 3000])
    t.ranges = [(lo, min(hi, cap)) for lo, hi in t.ranges]
    exh = rng.random() < 0.6
    b = build(rng, label, t, len(t.labels), exh, 'cn')
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P), '、')
    if exh:
        txt = f'{lead(rng)}{its}，{rng.choice(["共", "共计", "合计"])}{t.verb}{t.obj}{T.u()}。'
    else:
        txt = f'{lead(rng)}{whole_phrase(rng, t, T)}，其中{its}。'
    return R(txt, [rel], note_for(rel, desc, 'Chinese numerals'))


def s_mixed_magnitude(rng, label):
    n = rng.randint(2, 4)
    t = pick_multi(rng, n, kinds=('money',))
    # total in 亿元 with <=2 decimals, parts in 万元 (integers, multiples of 10万)
    tot_w = rng.randint(101, 600) * 100 if rng.random() < 0.8 else rng.randint(601, 3000) * 100
    units = tot_w // 10
    cuts = sorted(rng.sample(range(1, units), n - 1))
    parts_w = [(b - a) * 10 for a, b in zip([0] + cuts, cuts + [units])]
    if any(p <= 0 for p in parts_w):
        return None
    vals = [F(p) * 10 ** 4 for p in parts_w]
    exh = rng.random() < 0.6
    if not exh and label == 'consistent':
        # drop one part so that the listed parts are a strict subset (total stays at x.xx亿)
        vals = vals[:-1] if n > 2 else vals
        t.labels = t.labels[:len(vals)]
        n = len(vals)
    b = build(rng, label, t, n, True if label == 'consistent' else exh, part_vals=vals, tscale=10 ** 8, pscale=10 ** 4)
    if not b:
        return None
    T, P, desc, rel = b
    if label == 'consistent' and not exh:
        T.v = F(tot_w) * 10 ** 4
        rel['type'] = 'le'
    # parts of >= 1亿 are usually written in 亿 too
    for p in P:
        if p.v >= 10 ** 8 and ndecimals(p.v / 10 ** 8) <= 2 and rng.random() < 0.6:
            p.scale = 10 ** 8
    its = jlist(rng, items_of(t, P))
    if rel['type'] == 'eq':
        txt = f'{lead(rng)}{vo(rng, t)}{T.u()}，{rng.choice(["分别为", "分别是"])}{its}。'
    else:
        txt = f'{lead(rng)}{whole_phrase(rng, t, T)}，其中{its}。'
    return R(txt, [rel], note_for(rel, desc, '亿 total vs 万 parts'))


def s_whole_prev_sentence(rng, label):
    if rng.random() < 0.5:
        t, b = pair_build(rng, label, None)
        if not b:
            return None
        T, P, desc, rel = b
        head, body = pair_text(rng, t, T, P)
        txt = f'{head}。{rng.choice(["从构成看，", "具体来看，", ""])}{body}。'
    else:
        t = pick_multi(rng, rng.randint(2, 4))
        b = build(rng, label, t, len(t.labels), True)
        if not b:
            return None
        T, P, desc, rel = b
        labs = '、'.join(t.labels)
        nums = '、'.join(p.u() for p in P)
        txt = (f'{lead(rng)}{whole_phrase(rng, t, T, "共")}，{rng.choice(["同比有所增长", "均已按要求完成", "全部录入系统台账"])}。'
               f'{labs}分别为{nums}。')
    return R(txt, [rel], note_for(rel, desc, 'whole in previous sentence'))


def s_paren_qizhong(rng, label):
    if rng.random() < 0.4:
        t, b = pair_build(rng, label, None)
        if not b:
            return None
        T, P, desc, rel = b
        A, B = t.labels
        txt = f'{lead(rng)}{vo(rng, t)}{T.u()}（其中{A}{P[0].u()}，{B}{P[1].u()}）。'
    else:
        n = rng.randint(1, 3)
        t = pick_multi(rng, n)
        b = build(rng, label, t, n, False)
        if not b:
            return None
        T, P, desc, rel = b
        txt = f'{lead(rng)}{whole_phrase(rng, t, T)}（其中{jlist(rng, items_of(t, P), rng.choice(["、", "，"]))}），{rng.choice(["完成年度目标任务", "均已建立台账", "同比增长12.5%", "较上年有所增加"])}。'
    return R(txt, [rel], note_for(rel, desc, 'parenthetical 其中'))


def s_pdf_breaks(rng, label):
    base = rng.choice([s_gong_after, s_qizhong_partial, s_fenbiewei_after, s_male_female, s_own_noun_heji,
                       s_total_fenbieshi, s_done_undone])
    r = base(rng, label)
    if not r:
        return None
    txt = r['text']
    bad = set('0123456789０１２３４５６７８９.．,万亿余多约近超逾零〇一二两三四五六七八九十百千')
    for _ in range(rng.randint(2, 4)):
        pos = [i for i in range(1, len(txt)) if txt[i - 1] not in bad and txt[i] not in bad
               and txt[i - 1] not in ' \n' and txt[i] not in ' \n']
        unitpos = [i for i in range(1, len(txt)) if txt[i - 1] in '0123456789' and txt[i] not in bad
                   and txt[i] not in ' \n%']
        if unitpos and rng.random() < 0.35:
            i = rng.choice(unitpos)
            txt = txt[:i] + ' ' + txt[i:]
        elif pos:
            i = rng.choice(pos)
            txt = txt[:i] + rng.choice(['\n', ' ', '\n\n', ' \n', '\r\n']) + txt[i:]
    r['text'] = txt
    return r


def s_baokuo(rng, label):
    n = rng.randint(2, 4)
    t = pick_multi(rng, n)
    b = build(rng, label, t, n, False)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P))
    txt = f'{lead(rng)}{whole_phrase(rng, t, T)}，{rng.choice(["包括", "其中包括", "包含"])}{its}{rng.choice(["", "等"])}。'
    return R(txt, [rel], note_for(rel, desc, '包括 = non-exhaustive'))


def s_han_paren(rng, label):
    t = pick_multi(rng, 1)
    b = build(rng, label, t, 1, False)
    if not b:
        return None
    T, P, desc, rel = b
    txt = f'{lead(rng)}{whole_phrase(rng, t, T)}（{rng.choice(["含", "其中含", "内含"])}{t.labels[0]}{P[0].u()}），{rng.choice(["同比有所增长", "均已录入台账", "较上年有所增加", "完成年度目标任务"])}。'
    return R(txt, [rel], note_for(rel, desc, '含 = single included part'))


def s_hangai(rng, label):
    n = rng.randint(2, 4)
    t = pick_multi(rng, n)
    b = build(rng, label, t, n, False)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P))
    txt = f'{lead(rng)}{whole_phrase(rng, t, T)}，{rng.choice(["涵盖", "覆盖"])}{its}{rng.choice(["等领域", "等方面", ""])}。'
    return R(txt, [rel], note_for(rel, desc, '涵盖 = non-exhaustive'))


def s_deng_partial(rng, label):
    n = rng.randint(2, 3)
    t = pick_multi(rng, n)
    while t.verb == '有':
        t = pick_multi(rng, n)
    b = build(rng, label, t, n, False)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P), '、')
    if rng.random() < 0.5:
        txt = f'{lead(rng)}{t.verb}{its}等{t.obj}{T.u()}。'
    else:
        txt = f'{lead(rng)}{whole_phrase(rng, t, T)}，其中{its}等。'
    return R(txt, [rel], note_for(rel, desc, '等 = non-exhaustive'))


def s_zhuyao(rng, label):
    n = rng.randint(1, 3)
    t = pick_multi(rng, n)
    b = build(rng, label, t, n, False)
    if not b:
        return None
    T, P, desc, rel = b
    its = jlist(rng, items_of(t, P))
    txt = f'{lead(rng)}{whole_phrase(rng, t, T)}，{rng.choice(["主要为", "主要包括", "主要集中在", "以……为主，"]).replace("以……为主，", "主要是")}{its}。'
    return R(txt, [rel], note_for(rel, desc, '主要 = non-exhaustive'))


def s_leiji_years(rng, label):
    t = pick_multi(rng, 1)
    while t.verb == '有':
        t = pick_multi(rng, 1)
    y0 = rng.choice([2018, 2019, 2020])
    ny = rng.randint(2, 4)
    years = [str(y0 + i) + '年' for i in range(ny)]
    t.labels = years
    t.ranges = t.ranges * ny
    b = build(rng, label, t, ny, True)
    if not b:
        return None
    T, P, desc, rel = b
    c = {2: '两', 3: '三', 4: '四'}[ny]
    if rng.random() < 0.5:
        its = '，'.join(f'{y}{p.u()}' for y, p in zip(years, P))
        txt = f'{t.verb}{t.obj}：{its}，{c}年累计{T.u()}。'
    else:
        txt = (f'{years[0]}至{years[-1]}，{rng.choice(SUBJ)}{t.verb}{t.obj}分别为'
               f'{"、".join(p.u() for p in P)}，{c}年累计{T.u()}。')
    return R(txt, [rel], note_for(rel, desc, 'years are labels, not addends'))


def s_count_named(rng, label):
    kind = rng.randrange(3)
    if kind == 0:
        names = rng.sample(PROJECTS, rng.randint(2, 6))
        unit, head, tail = '个', rng.choice(['成功引进招商引资项目', '新开工重点项目', '签约落地项目']), '项目'
    elif kind == 1:
        names = rng.sample(VILLAGES, rng.randint(2, 7))
        unit, head, tail = '个', f'获评{rng.choice(SCHOOLS_HONOR)}的村（社区）有', '村（社区）'
    else:
        names = [c + rng.choice(['有限公司', '股份有限公司', '公司']) for c in rng.sample(COMPANIES, rng.randint(2, 6))]
        unit, head, tail = '家', rng.choice(['新增规模以上工业企业', '认定高新技术企业', '帮扶重点企业']), '企业'
    n = len(names)
    stated = n
    desc = ''
    if label == 'inconsistent':
        stated = n + rng.choice([-2, -1, 1, 1, 2, 3])
        if stated < 1:
            stated = n + 1
        desc = f'{stated} stated but {n} named'
    fmt = rng.choice(['ascii', 'ascii', 'cn'])
    q = Q(stated, 'count', unit, 1, fmt, liang=True)
    lst = '、'.join(names)
    v = rng.randrange(3)
    if v == 0:
        txt = f'{lead(rng)}{head}{q.u()}，分别是{lst}。'
    elif v == 1:
        txt = f'{lead(rng)}{head}{q.u()}（{lst}）。'
    else:
        done = {'项目': ['均已开工建设', '全部签约落地'], '村（社区）': ['全部通过验收', '均获得表彰'],
                '企业': ['全部完成认定', '均已纳入帮扶台账']}[tail]
        txt = f'{lead(rng)}{lst}{"这" if fmt == "cn" else ""}{q.surface()}{unit}{tail}{rng.choice(done)}。'
    rel = {'type': 'count', 'stated': q, 'list': lst}
    note = f'count {stated} {"==" if stated == n else "!="} {n} named items' + (f'; error: {desc}' if desc else '')
    return R(txt, [rel], note)


def s_percent_shares(rng, label):
    v = rng.randrange(5)
    if v == 0:
        labs, head, comp = ['第一产业', '第二产业', '第三产业'], '三次产业增加值占地区生产总值的比重', True
    elif v == 1:
        labs, head, comp = ['来信', '来访', '网上信访'], '信访事项按渠道分', False
    elif v == 2:
        labs, head, comp = ['男性', '女性'], '参训学员中', True
    elif v == 3:
        labs, head, comp = ['城镇', '农村'], '低保对象中', True
    else:
        labs, head, comp = ['按期办结', '超期办结'], '已办结信访事项中', True
    n = len(labs)
    dec = rng.choice([0, 1, 1])
    u = 10 ** dec
    cuts = sorted(rng.sample(range(3 * u, 97 * u), n - 1))
    vals = [F(b - a, u) for a, b in zip([0] + cuts, cuts + [100 * u])]
    if any(x < F(2) for x in vals):
        return None
    P = [Q(x, 'percent', '%', 1, 'ascii') for x in vals]
    desc = ''
    if label == 'inconsistent':
        i = rng.randrange(n)
        k = rng.randint(5, 15) * (rng.choice([-1, 1]) if comp else 1)
        if P[i].v + k <= 0:
            k = abs(k)
        P[i].v += k
        desc = f'shares sum to {dec_str(sum(p.v for p in P))}%'
    rel = {'type': 'eq' if comp else 'le', 'total': None, 'total_value': 100, 'parts': P}
    if v == 0:
        L = lead(rng, allow_empty=False).rstrip('，')
        txt = f'{L}，{head}分别为{"、".join(p.u() for p in P)}。' if rng.random() < 0.5 else \
            f'{L}三次产业结构比为{"∶".join(p.surface() for p in P)}（单位：%），{head}分别为{"、".join(p.u() for p in P)}。'
    else:
        txt = f'{head}，{"、".join(l + "占" + p.u() for l, p in zip(labs, P))}。'
    tot = sum(p.v for p in P)
    op = '==' if tot == 100 else ('<=' if (not comp and tot < 100) else '!=')
    note = f"100% {op} {'+'.join(p.note() for p in P)} (={dec_str(tot)}%)" + ('' if comp else ' [channels may be incomplete: only >100% is an error]')
    return R(txt, [rel], note + (f'; error: {desc}' if desc else ''))


def s_nested(rng, label):
    t, b = pair_build(rng, 'consistent', ('generic', 'urban_rural', 'male_female'), kinds=('count',))
    subs = {'户籍人口': ['党员', '少数民族', '残疾人'], '村（社区）“两委”成员': ['党员', '35岁以下', '大专以上学历'],
            '民兵': ['党员', '退役军人'], '参训学员': ['党员', '脱贫劳动力'], '党员': ['女党员', '35岁以下'],
            '常住人口': ['60周岁以上', '少数民族'], '新发展党员': ['35岁以下', '大专以上学历'],
            '专职网格员': ['党员', '退役军人']}
    if not b or t.obj not in subs:
        return None
    T, P, _, rel1 = b
    A, B = t.labels
    sub = rng.choice(subs[t.obj])
    sv = F(max(1, round(P[0].v * F(rng.uniform(0.05, 0.5)))))
    sq = Q(sv, 'count', P[0].unit)
    rel2 = {'type': 'le', 'total': P[0], 'parts': [sq]}
    desc = ''
    if label == 'inconsistent':
        if rng.random() < 0.5:
            # break the outer exhaustive pair
            desc = inject(rng, T, P, True, t.labels, ['off_total', 'typo_total', 'swap_total', 'omit', 'double'])
        else:
            sq.v = P[0].v + rng.randint(1, 20)
            desc = f'nested part {sub} exceeds {A}'
        if not desc:
            return None
    head, _ = pair_text(rng, t, T, P)
    txt = f'{head}，其中{A}{P[0].u()}（{rng.choice(["含", "其中"])}{sub}{sq.u()}）、{B}{P[1].u()}。'
    note = note_for(rel1, '') + '; nested: ' + note_for(rel2, '') + (f'; error: {desc}' if desc else '')
    return R(txt, [rel1, rel2], note)


DUAL_ITEMS = ['医疗救助', '临时救助', '二次救助', '残疾人生活补贴', '困难群众慰问金', '孤儿基本生活费',
              '高龄津贴', '特困供养金', '教育救助', '住房救助']


def s_dual_sum(rng, label):
    n = rng.randint(2, 4)
    labs = rng.sample(DUAL_ITEMS, n)
    cnt = [F(rng.randint(3, 400)) for _ in range(n)]
    mon = [rand_val(rng, 0.5, 300, 2) * 10 ** 4 for _ in range(n)]
    cq = [Q(v, 'count', '人次') for v in cnt]
    mq = [Q(v, 'money', '元', 10 ** 4) for v in mon]
    Tc = Q(sum(cnt), 'count', '人次')
    Tm = Q(sum(mon), 'money', '元', 10 ** 4)
    desc = ''
    if label == 'inconsistent':
        if rng.random() < 0.5:
            desc = 'people: ' + (inject(rng, Tc, cq, True, labs, ['off_total', 'typo_total', 'swap_total', 'off_part', 'omit']) or '')
        else:
            desc = 'money: ' + (inject(rng, Tm, mq, True, labs, ['pct_total', 'typo_total', 'swap_total', 'omit', 'double', 'mag_part']) or '')
        if desc.endswith(': '):
            return None
    r1 = {'type': 'eq', 'total': Tc, 'parts': cq}
    r2 = {'type': 'eq', 'total': Tm, 'parts': mq}
    segs = [f'{rng.choice(["发放", ""])}{l}{c.u()}{m.u()}' for l, c, m in zip(labs, cq, mq)]
    txt = f'{lead(rng)}{"；".join(segs)}；{rng.choice(["合计", "共计"])}{Tc.u()}{Tm.u()}。'
    note = note_for(r1) + ' | ' + note_for(r2) + (f'; error: {desc}' if desc else '')
    return R(txt, [r1, r2], note)


def s_period_ranges(rng, label):
    t = pick_multi(rng, 1, kinds=('count',))
    while t.verb == '有':
        t = pick_multi(rng, 1, kinds=('count',))
    v = rng.randrange(3)
    if v == 0:
        labs, whole = ['1—3月', '4—6月', '7—9月'], '前三季度'
    elif v == 1:
        labs, whole = ['第一季度', '第二季度'], '上半年'
    else:
        labs, whole = ['1—6月', '7—12月'], '全年'
    t.labels = labs
    t.ranges = t.ranges * len(labs)
    b = build(rng, label, t, len(labs), True)
    if not b:
        return None
    T, P, desc, rel = b
    its = '，'.join(f'{l}{t.verb}{p.u()}' for l, p in zip(labs, P))
    txt = f'{rng.choice(SUBJ)}{t.obj}：{its}，{whole}{rng.choice(["共", "累计", "合计"])}{t.verb}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc, 'month ranges are labels'))


def s_village_groups(rng, label):
    n = rng.randint(3, 7)
    gm = rng.randrange(3)
    if gm == 0:
        groups = [to_cn(i + 1) + '组' for i in range(n)]
    elif gm == 1:
        groups = [str(i + 1) + '组' for i in range(n)]
    else:
        groups = ['第' + to_cn(i + 1) + '村民小组' for i in range(n)]
    what = rng.choice([('完成户厕改造', '户', 5, 60), ('脱贫户', '户', 2, 30), ('参加医保', '人', 50, 400),
                       ('种植油茶', '亩', 20, 300), ('新装自来水', '户', 5, 80)])
    kind = 'measure' if what[1] == '亩' else 'count'
    t = Topic('grp', '', what[0], what[1], kind, groups, [(what[2], what[3])], (0,))
    b = build(rng, label, t, n, True)
    if not b:
        return None
    T, P, desc, rel = b
    vil = rng.choice(VILLAGES)
    its = '、'.join(f'{g}{p.u()}' for g, p in zip(groups, P))
    txt = f'{vil}{what[0]}情况：{its}，全村{rng.choice(["合计", "共计", "共"])}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc, 'group ordinals are labels'))


def s_semicolon_clauses(rng, label):
    t = pick_multi(rng, rng.randint(3, 5))
    b = build(rng, label, t, len(t.labels), True)
    if not b:
        return None
    T, P, desc, rel = b
    its = '；'.join(items_of(t, P))
    txt = f'{lead(rng)}{vo(rng, t)}情况如下：{its}。{rng.choice(["以上合计", "上述合计", "合计"])}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc))


def s_colon_fields(rng, label):
    t = pick_multi(rng, rng.randint(2, 4))
    b = build(rng, label, t, len(t.labels), True)
    if not b:
        return None
    T, P, desc, rel = b
    sep = rng.choice(['；', '，', '\n'])
    its = sep.join(f'{l}：{p.u()}' for l, p in zip(t.labels, P))
    txt = f'{t.obj}{rng.choice(["统计", "情况"])}——{its}{sep}合计：{T.u()}。'
    return R(txt, [rel], note_for(rel, desc, 'field: value layout'))


def s_rounded_total(rng, label):
    t = pick_multi(rng, rng.randint(2, 4), kinds=('money', 'measure'))
    n = len(t.labels)
    vals = gen_parts(rng, t, n, dec=2)
    sc = scale_of(t.kind)
    s = sum(vals, F(0)) / sc
    d = rng.choice([0, 1])
    rounded = F(math.floor(s * 10 ** d + F(1, 2)), 10 ** d)
    P = [make_q(v, t.kind, t.unit, 'ascii') for v in vals]
    T = make_q(rounded * sc, t.kind, t.unit, 'ascii')
    desc = ''
    if label == 'inconsistent':
        desc = inject(rng, T, P, True, t.labels, ['pct_total', 'omit', 'double', 'swap_total'])
        if not desc:
            return None
    rel = {'type': 'eq', 'total': T, 'parts': P}
    its = jlist(rng, items_of(t, P))
    txt = f'{lead(rng)}{its}，{rng.choice(["合计", "共计"])}{t.verb}{t.obj}{T.u()}。'
    if label == 'consistent':
        note = (f"{T.note()} ≈ {'+'.join(p.note() for p in P)} (={note_sum([p.v for p in P], T)}); "
                f"total rounded to {d} decimal(s), within rounding -> not an error")
    else:
        note = note_for(rel, desc)
    return R(txt, [rel], note)


def s_approx_words(rng, label):
    n = rng.randint(2, 3)
    t = pick_multi(rng, n, kinds=('count',))
    t.ranges = [(max(lo, 20), max(hi, 200)) for lo, hi in t.ranges]
    vals = [F(round(float(v), -1)) or F(10) for v in gen_parts(rng, t, n)]
    vals = [v if v > 0 else F(10) for v in vals]
    P = [Q(v, 'count', t.unit) for v in vals]
    s = sum(vals, F(0))
    T = Q(s, 'count', t.unit)
    desc = ''
    if label == 'inconsistent':
        # grossly wrong even when every number is approximate: parts >= 2.5x the whole
        T.v = F(round(float(s) / rng.uniform(2.6, 4.0), -1)) or F(10)
        desc = f'parts about {float(s / T.v):.1f}x the approximate whole'
    for q in P + [T]:
        mk = rng.choice(['余', '多', 'pre约', 'none', '余'])
        if mk == 'pre约':
            q.pre = '约'
        elif mk != 'none':
            q.suf = mk
    exh = rng.random() < 0.5
    rel = {'type': 'eq' if exh else 'le', 'total': T, 'parts': P}
    its = jlist(rng, items_of(t, P), '、')
    if exh:
        txt = f'{lead(rng)}{its}，{rng.choice(["共", "合计"])}{t.verb}{t.obj}{T.u()}。'
    else:
        txt = f'{lead(rng)}{whole_phrase(rng, t, T, "共")}，其中{its}。'
    return R(txt, [rel], note_for(rel, desc, 'approximate numbers (约/余/多)'))


def s_multi_relation(rng, label):
    bad = rng.randrange(2) if label == 'inconsistent' else -1
    t1, b1 = pair_build(rng, 'inconsistent' if bad == 0 else 'consistent', None, kinds=('count',))
    n = rng.randint(2, 3)
    t2 = pick_multi(rng, n, kinds=('count',))
    b2 = build(rng, 'inconsistent' if bad == 1 else 'consistent', t2, n, True)
    if not b1 or not b2:
        return None
    T1, P1, d1, r1 = b1
    T2, P2, d2, r2 = b2
    h1, body1 = pair_text(rng, t1, T1, P1)
    its = jlist(rng, items_of(t2, P2))
    txt = f'{h1}，其中{body1}。{rng.choice(["同时，", "此外，", ""])}{vo(rng, t2)}：{its}，{rng.choice(["合计", "共"])}{T2.u()}。'
    note = note_for(r1, d1) + ' | ' + note_for(r2, d2)
    return R(txt, [r1, r2], note)


def s_money_yuan(rng, label):
    n = rng.randint(2, 4)
    labs = rng.sample(['春节慰问金', '助学金', '临时救助金', '医疗补助', '丧葬补助', '节日慰问品折款', '重阳节慰问金'], n)
    t = Topic('yuan', '发放', '各类慰问救助金', '元', 'money', labs, [(0.05, 2.5)], (2,))
    vals = [F(rng.randint(200, 25000)) for _ in range(n)]
    b = build(rng, label, t, n, True, part_vals=vals, tscale=1, pscale=1)
    if not b:
        return None
    T, P, desc, rel = b
    txt = f'{lead(rng)}{rng.choice(["走访慰问困难群众，", ""])}发放{jlist(rng, items_of(t, P))}，{rng.choice(["合计", "共计"])}{T.u()}。'
    return R(txt, [rel], note_for(rel, desc, '元 amounts'))


POSITIVE = {
    'gong_after': (s_gong_after, '部分在前、“共/共计/一共+总数”在后'),
    'heji_after': (s_heji_after, '部分在前、“合计/总计/以上合计+总数”在后'),
    'leiji_after': (s_leiji_after, '部分在前、“累计+总数”在后'),
    'zongshu_after': (s_zongshu_after, '部分在前、“总数达/总数为/总量为”在后'),
    'total_fenbieshi': (s_total_fenbieshi, '总数在前，“分别是/分别为+带标签的部分”'),
    'zongji_fenbie': (s_zongji_fenbie, '“总计T，X、Y、Z分别为A、B、C”'),
    'qizhong_partial': (s_qizhong_partial, '“共T，其中A、B”（非穷尽，部分之和不得超过总数）'),
    'heji_before_qizhong': (s_heji_before_qizhong, '“合计T，其中…”（非穷尽）'),
    'qizhong_pair': (s_qizhong_pair, '“T，其中A、B”——A、B为互补类别（穷尽）'),
    'qizhong_qiyu': (s_qizhong_qiyu, '“共T，其中A、B，其余C为…”（其余使之穷尽）'),
    'fenbiewei_after': (s_fenbiewei_after, '“X、Y、Z分别为A、B、C，共T”'),
    'anlei_fenbiewei': (s_anlei_fenbiewei, '总数句后“按类型分，X、Y、Z分别为a、b、c件”（单位只在末尾）'),
    'liangxiang_heji': (s_liangxiang_heji, '“A…、B…，两项合计/二者共计T”'),
    'sanlei_gong': (s_sanlei_gong, '“…，三类共/四项合计/上述五项共计T”'),
    'male_female': (s_male_female, '男…女…（含“男12人女9人”紧凑写法）'),
    'urban_rural': (s_urban_rural, '城镇/城市…农村…'),
    'ontime_overdue': (s_ontime_overdue, '按期…超期/逾期…'),
    'done_undone': (s_done_undone, '已…未…/剩余…/正在…'),
    'age_band': (s_age_band, '按年龄段互补划分（60周岁以上/以下等，含区间标签）'),
    'except_rest': (s_except_rest, '“共T，除B外，其余A均为…”'),
    'conj_list': (s_conj_list, '以“和/及/与/以及”连接最后一项的列表 + 共计'),
    'own_noun_heji': (s_own_noun_heji, '各部分自带动词（新建A个，改造B个，合计C个）'),
    'table_flat': (s_table_flat, '表格被压平成文本（单位在表头，含“合计”行）'),
    'thousands_sep': (s_thousands_sep, '千分位逗号数字（1,234）'),
    'decimal_values': (s_decimal_values, '带小数的金额/面积/长度'),
    'fullwidth': (s_fullwidth, '全角数字（１２３）与全角标点'),
    'ascii_punct': (s_ascii_punct, '半角标点（,;:()）的抓取文本'),
    'chinese_numerals': (s_chinese_numerals, '中文数字（三十五、两百一十）'),
    'mixed_magnitude': (s_mixed_magnitude, '亿元总数、万元部分（量级混合）'),
    'whole_prev_sentence': (s_whole_prev_sentence, '总数在前一句，部分在后一句'),
    'paren_qizhong': (s_paren_qizhong, '括号内“（其中…）”'),
    'pdf_breaks': (s_pdf_breaks, 'PDF 提取产生的空格与换行'),
    'baokuo': (s_baokuo, '“包括/包含…”（非穷尽）'),
    'han_paren': (s_han_paren, '“（含…）”单个包含部分'),
    'hangai': (s_hangai, '“涵盖/覆盖…”（非穷尽）'),
    'deng_partial': (s_deng_partial, '“A、B等T”或“其中A、B等”（非穷尽）'),
    'zhuyao': (s_zhuyao, '“主要为/主要包括/主要集中在…”（非穷尽）'),
    'leiji_years': (s_leiji_years, '按年份列出，“三年累计T”（年份是标签不是加数）'),
    'count_named': (s_count_named, '“项目5个，分别是A、B、C…”——点名个数与所述个数'),
    'percent_shares': (s_percent_shares, '各部分占比之和应为100%'),
    'nested': (s_nested, '两层分解：互补对 + 括号“含”子项'),
    'dual_sum': (s_dual_sum, '人次与金额两条并行合计（A人次x万元；…；合计N人次M万元）'),
    'period_ranges': (s_period_ranges, '按月份区间/季度列出（1—3月…），季度/半年合计'),
    'village_groups': (s_village_groups, '村民小组序号（一组/1组/第一村民小组）+ 全村合计'),
    'semicolon_clauses': (s_semicolon_clauses, '分号分隔的分句，句末“以上合计”'),
    'colon_fields': (s_colon_fields, '“类别：数值；…合计：T”字段式排列'),
    'rounded_total': (s_rounded_total, '部分两位小数、总数四舍五入（舍入差不算错）'),
    'approx_words': (s_approx_words, '带“约/余/多”的近似数（只有严重偏差才算错）'),
    'multi_relation': (s_multi_relation, '一段中两个互不相关的合计关系'),
    'money_yuan': (s_money_yuan, '以“元”为单位的小额资金明细'),
}


# ---------------------------------------------------------------------------
# NEGATIVE STYLES (look-alikes; must not be flagged)
# ---------------------------------------------------------------------------
def cq(v, unit='', kind='count', scale=1, fmt='ascii'):
    return Q(F(v), kind, unit, scale, fmt)


def pct_q(num, den, dec=1):
    x = F(num) / F(den) * 100
    r = F(math.floor(x * 10 ** dec + F(1, 2)), 10 ** dec)
    return Q(r, 'percent', '%')


def n_change(rng):
    v = rng.randrange(4)
    if v == 0:
        T = rng.randint(3000, 30000)
        d = rng.randint(80, T // 8)
        e = rng.randint(d + 1, T // 3)
        g = rng.randint(d + 1, T // 2)
        Tq, dq, eq_, gq = cq(T, '户'), cq(d, '户'), cq(e, '户'), cq(g, '户')
        p = pct_q(d, T - d)
        txt = f'{lead(rng)}市场主体总数达{Tq.u()}，比上年增加{dq.u()}，增长{p.u()}，其中企业{eq_.u()}、个体工商户{gq.u()}。'
        rels = [{'type': 'le', 'total': Tq, 'parts': [eq_, gq]}]
        note = f'其中 refers to the stock {T}, not to the increase {d}; {e}+{g} > {d} is not an error'
    elif v == 1:
        T = rng.randint(40, 900)
        d = rng.randint(3, T // 2)
        p = pct_q(d, T + d)
        txt = f'{lead(rng)}共受理信访事项{T}件，同比下降{p.u()}，较去年同期减少{d}件。'
        rels = []
        note = f'change statement: {T} this year, {d} fewer than last year ({T + d})'
    elif v == 2:
        T = rng.randint(20000, 90000)
        d = rng.randint(50, 900)
        b = rng.randint(100, 800)
        x = rng.randint(80, 700)
        txt = f'年末户籍人口{T}人，比上年末净增{d}人；全年出生{b}人，死亡{x}人。'
        rels = []
        note = 'net change includes migration; births-deaths need not equal the net increase'
    else:
        T = rng.randint(300, 3000)
        d = rng.randint(10, T // 10)
        a = rng.randint(d + 5, T // 3)
        b = rng.randint(d + 5, T // 3)
        Tq, aq, bq = cq(T, '人'), cq(a, '人'), cq(b, '人')
        txt = f'{lead(rng)}新增城镇就业{Tq.u()}，比上年多{d}人，其中高校毕业生{aq.u()}、退役军人{bq.u()}。'
        rels = [{'type': 'le', 'total': Tq, 'parts': [aq, bq]}]
        note = f'其中 refers to {T}, not to the year-on-year change {d}'
    return R(txt, rels, note)


def n_average(rng):
    v = rng.randrange(4)
    if v == 0:
        k = rng.randint(5, 30)
        avg = F(rng.randint(50, 3000), 10)
        T = avg * k
        Tq, kq, aq = cq(T, '万元', 'measure'), cq(k, '个'), cq(avg, '万元', 'measure')
        txt = f'全镇{kq.u()}村集体经济收入合计{Tq.u()}，村均{aq.u()}。'
        rels = [{'type': 'mul', 'a': kq, 'b': aq, 'c': Tq}]
        note = f'average: {dec_str(T)} / {k} = {dec_str(avg)} (not a sum of parts)'
    elif v == 1:
        T = rng.randint(20, 900)
        daily = round(T * 10000 / 365)
        txt = f'{lead(rng)}接待游客{T}万人次，日均{daily}人次，实现旅游综合收入{F(rng.randint(10, 900), 10)}亿元。'.replace('/', '')
        txt = txt.replace('Fraction', '')
        txt = f'{lead(rng)}接待游客{T}万人次，日均{daily}人次，实现旅游综合收入{dec_str(F(rng.randint(10, 900), 10))}亿元。'
        rels = []
        note = f'daily average {daily} ≈ {T}万/365; unrelated to any sum'
    elif v == 2:
        x = rng.randint(12000, 38000)
        p = dec_str(F(rng.randint(30, 120), 10))
        y = rng.randint(3, 6)
        txt = f'农村居民人均可支配收入达到{x}元，近{y}年年均增长{p}%。'
        rels = []
        note = 'per-capita income and average growth rate'
    else:
        k = rng.randint(3, 20)
        T = rng.randint(k * 15, k * 90)
        avg = F(round(F(T, k) * 10), 10)
        txt = f'全镇{k}所学校共有教师{T}名，平均每所学校{dec_str(avg)}名，师生比达到1∶{rng.randint(12, 19)}。'
        rels = []
        note = f'average per school ≈ {T}/{k}; ratio 1∶x is not a total'
    return R(txt, rels, note)


def n_range(rng):
    v = rng.randrange(4)
    a = rng.randint(2, 6)
    b = a + rng.randint(1, 4)
    if v == 0:
        k = rng.randint(3, 20)
        n = a + b if rng.random() < 0.5 else rng.randint(10, 300)
        txt = f'组建义务巡逻队{k}支，每支{a}—{b}人，开展夜间巡逻{n}次。'
        note = f'{a}—{b} is a range; {n} is unrelated' + (' (coincides with a+b)' if n == a + b else '')
    elif v == 1:
        lo = rng.choice([0, 3, 6, 18, 35, 60])
        hi = lo + rng.choice([3, 6, 12, 17, 25])
        n = rng.randint(50, 5000)
        txt = f'为{lo}—{hi}岁{rng.choice(["适龄儿童", "重点人群", "妇女"])}开展免费筛查{n}人次，筛查覆盖率{dec_str(F(rng.randint(850, 999), 10))}%。'
        note = 'age range plus one count'
    elif v == 2:
        n = rng.randint(100, 2000)
        txt = f'坚持每月开展{a}至{b}次安全检查，全年累计检查经营场所{n}家次。'
        note = 'frequency range; not a breakdown'
    else:
        m = rng.randint(200, 9000)
        txt = f'项目预计工期{a}—{b}个月，总投资约{m}万元，建成后可新增就业岗位{rng.randint(30, 500)}个。'
        note = 'duration range; unrelated quantities'
    return R(txt, [], note)


def n_year_date(rng):
    v = rng.randrange(3)
    y = rng.choice([2021, 2022, 2023])
    if v == 0:
        mo = rng.randint(1, 12)
        d = rng.randint(1, 28)
        k = rng.randint(2, 30)
        n = mo + d if rng.random() < 0.5 else rng.randint(10, 80)
        txt = f'{y}年{mo}月{d}日，街道召开第{k}次党工委（扩大）会议，参会人员{n}人。'
        note = 'date components are not addends' + (' (n = month+day by coincidence)' if n == mo + d else '')
    elif v == 1:
        ys = [y - 2, y - 1, y]
        vals = [rng.randint(100, 3000) for _ in ys]
        txt = f'{ys[0]}年、{ys[1]}年、{ys[2]}年全镇分别完成植树造林{vals[0]}亩、{vals[1]}亩、{vals[2]}亩，森林覆盖率稳步提升。'
        note = 'year series with no stated total'
    else:
        m1 = rng.randint(1, 12)
        m2 = rng.randint(1, 12)
        k = 12 - m1 + m2
        txt = f'该项目于{y}年{m1}月开工建设，{y + 1}年{m2}月竣工投用，建设周期{k}个月。'
        note = f'dates; duration {k} = 12-{m1}+{m2}'
    return R(txt, [], note)


def n_docnum(rng):
    abbr = rng.choice(['X政办发', '区委办', 'X府发', '街党工委发', 'X安委办'])
    y = rng.choice([2021, 2022, 2023])
    k1, k2 = rng.randint(1, 60), rng.randint(1, 60)
    n = k1 + k2 if rng.random() < 0.4 else rng.randint(3, 40)
    v = rng.randrange(2)
    if v == 0:
        txt = f'严格落实《关于进一步加强安全生产工作的通知》（{abbr}〔{y}〕{k1}号）要求，全年开展专项督查{n}次。'
    else:
        txt = f'先后印发{abbr}〔{y}〕{k1}号、{abbr}〔{y}〕{k2}号等文件，组织召开专题会议{n}次。'
    return R(txt, [], 'document numbers are identifiers' + (' (n = k1+k2 by coincidence)' if n == k1 + k2 else ''))


def n_phone(rng):
    area = rng.choice(['0797', '0759', '027', '0558', '0731', '0411'])
    ph = ''.join(str(rng.randint(0, 9)) for _ in range(7 if len(area) == 4 else 8))
    ph = str(rng.randint(2, 8)) + ph[1:]
    n = rng.randint(50, 3000)
    m = rng.randint(1, n)
    v = rng.randrange(3)
    if v == 0:
        txt = f'设立举报电话{area}-{ph}，全年接听群众来电{n}个，办结{m}件。'
    elif v == 1:
        txt = (f'开通“12345”政务服务便民热线和24小时值班电话（{area}-{ph}），受理群众诉求{n}件，'
               f'按时办结率{dec_str(F(rng.randint(900, 1000), 10))}%。')
    else:
        mob = '1' + rng.choice(['38', '39', '58', '86', '77']) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        txt = f'公布监督举报电话{area}-{ph}、{mob}，{lead(rng)}收到有效线索{n % 90 + 3}条，查实{m % 20 + 1}条。'.replace('，，', '，')
    return R(txt, [], 'phone numbers and hotline codes are identifiers')


def n_unrelated(rng):
    a = rng.randint(5, 80)
    b = rng.randint(200, 9000)
    c = rng.randint(10, 300)
    d = a + b + c if rng.random() < 0.4 else rng.randint(500, 20000)
    txt = (f'{lead(rng)}开展{rng.choice(["禁毒", "反诈", "防溺水", "普法", "消防安全"])}宣传活动{a}场次，发放宣传资料{b}份，'
           f'悬挂横幅{c}条，受教育群众{d}人次。')
    return R(txt, [], 'several unrelated quantities' + (f' ({d} = {a}+{b}+{c} by coincidence, different units)' if d == a + b + c else ''))


def n_overlap(rng):
    T = rng.randint(7, 120)
    cats = rng.sample(['党员', '女性', '大专以上学历', '35岁以下', '退役军人', '致富带头人', '少数民族'], rng.randint(2, 4))
    for _ in range(100):
        vals = [rng.randint(max(1, T // 5), max(1, int(T * 0.8))) for _ in cats]
        if sum(vals) > T:
            break
    else:
        vals = [T] * len(cats)
    Tq = cq(T, '人')
    qs = [cq(v, '人') for v in vals]
    head = rng.choice(['新一届村“两委”班子成员', '全镇专职网格员', '参训村干部', '社区工作者队伍', '新招录辅警', '志愿服务队队员'])
    its = '、'.join(f'{c}{q.u()}' for c, q in zip(cats, qs))
    v = rng.randrange(2)
    if v == 0:
        txt = f'{head}共{Tq.u()}，其中{its}。'
    else:
        txt = f'{head}{Tq.u()}中，{its}，{rng.choice(["结构进一步优化", "队伍结构明显改善"])}。'
    rels = [{'type': 'each_le', 'total': Tq, 'parts': qs}]
    return R(txt, rels, f'overlapping categories: {"+".join(map(str, vals))}={sum(vals)} > {T} is fine; each <= {T}')


def n_diff_units(rng):
    v = rng.randrange(4)
    if v == 0:
        h = rng.randint(20, 900)
        m = dec_str(F(rng.randint(10, 3000), 10))
        k = rng.randint(20, 900)
        p = rng.randint(h, h * 3)
        txt = f'{lead(rng)}走访慰问困难群众{h}户，发放慰问金{m}万元、米面油{k}份，惠及{p}人。'
        note = '户, 万元, 份, 人: different units'
    elif v == 1:
        a = rng.randint(3, 40)
        b = rng.randint(3, 40)
        txt = f'清理河道{a}公里、沟渠{b}公里，打捞水面漂浮物{a + b}吨，拆除违规网箱{rng.randint(5, 80)}个。'
        note = f'{a}+{b} 公里 equals {a + b} 吨 only by coincidence (公里 vs 吨)'
    elif v == 2:
        T = rng.randint(200, 5000)
        vcount = rng.randint(3, 20)
        hh = rng.randint(50, T)
        txt = f'{lead(rng)}共培训{T}人次，覆盖{vcount}个村（社区）、{hh}户。'
        note = '人次 vs 个 vs 户'
    else:
        p = rng.randint(100, 900)
        h = rng.randint(30, p // 2)
        pc = rng.randint(p + 50, p * 4)
        txt = f'累计服务群众{pc}人次，涉及{h}户{p}人，其中上门服务{rng.randint(10, h)}户。'
        note = '人次 (visits) vs 人 vs 户; 其中 refers to 户'
    return R(txt, [], note)


def n_cumulative(rng):
    v = rng.randrange(3)
    a = rng.randint(2, 30)
    b = rng.randint(2, 30)
    c = a + b + rng.randint(5, 200)
    if v == 0:
        obj = rng.choice([('公厕', '座'), ('新时代文明实践站', '个'), ('充电桩', '个'), ('农村书屋', '家')])
        txt = f'今年新建{obj[0]}{a}{obj[1]}、改造{b}{obj[1]}，全镇累计建成{c}{obj[1]}。'
        note = f'cumulative stock {c} includes earlier years; {a}+{b} this year'
    elif v == 1:
        txt = f'{lead(rng)}新增发展会员{a * 10}人，累计达到{c * 10}人。'
        note = 'annual increase vs cumulative stock'
    else:
        m1 = F(rng.randint(100, 9000), 10)
        m2 = m1 + F(rng.randint(100, 90000), 10)
        txt = f'本年度发放创业担保贷款{dec_str(m1)}万元，累计发放{dec_str(m2)}万元，带动就业{rng.randint(20, 900)}人。'
        note = 'annual vs cumulative'
    return R(txt, [], note)


def n_ranking(rng):
    n = rng.randint(8, 30)
    r = rng.randint(1, n)
    k = rng.randint(2, 6)
    s_ = dec_str(F(rng.randint(800, 990), 10))
    v = rng.randrange(3)
    if v == 0:
        txt = f'在全市{n}个乡镇（街道）年度综合考核中排名第{r}位，较上年前移{min(k, n - r) or 1}位，得分{s_}分。'
    elif v == 1:
        txt = f'连续{k}年获评全省文明单位，在全县{n}个单位绩效考评中位列第{r}名。'
    else:
        a, b = rng.randint(1, 3), rng.randint(1, 5)
        txt = f'在全区营商环境评价中获得第{to_cn(a)}名，{rng.randint(2, 9)}项指标进入全省前{b * 10}名，获评“{rng.choice(["优秀", "先进"])}”等次。'
    return R(txt, [], 'ranking, positions and scores, not a breakdown')


def n_rate(rng):
    t = rng.randint(500, 20000)
    a = rng.randint(t // 2, t)
    aq, tq = cq(a, '人'), cq(t, '人')
    p = pct_q(a, t, 2)
    v = rng.randrange(2)
    if v == 0:
        txt = f'城乡居民基本养老保险目标任务{tq.u()}，已完成参保缴费{aq.u()}，任务进度{p.u()}。'
    else:
        txt = f'{lead(rng)}完成城乡居民医保参保缴费{aq.u()}，占应参保人数{tq.u()}的{p.u()}。'
    rels = [{'type': 'div', 'a': Q(F(a) * 100, 'count', ''), 'b': tq, 'c': p}]
    # the helper relation uses an internal surface; replace with a direct check below
    rels = []
    return R(txt, rels, f'rate {a}/{t} = {dec_str(p.v)}%')


def n_qizhong_other(rng):
    v = rng.randrange(3)
    a = rng.randint(20, 400)
    b = rng.randint(a + 10, a * 4)
    c = rng.randint(b // 2, b)
    if v == 0:
        txt = f'{lead(rng)}共检查生产经营单位{a}家，其中发现安全隐患{b}处，已督促整改{c}处。'
        note = f'其中 introduces hazards (处) of the {a} firms (家); {b} > {a} is not an error'
    elif v == 1:
        txt = f'{lead(rng)}开展联合执法行动{rng.randint(5, 60)}次，其中出动执法人员{b}人次、执法车辆{a}台次。'
        note = '其中 introduces resources in different units'
    else:
        txt = f'{lead(rng)}排查出租房屋{a}栋，其中登记流动人口{b}人，发现问题{rng.randint(3, 60)}个。'
        note = '栋 vs 人'
    return R(txt, [], note)


def n_target_over(rng):
    t = rng.randint(50, 3000)
    a = t + rng.randint(1, t // 2 + 1)
    tq, aq, dq = cq(t, '户'), cq(a, '户'), cq(a - t, '户')
    p = pct_q(a, t, 1)
    unit_obj = rng.choice(['户厕改造', '农村危房改造', '新增就业', '技能培训'])
    u = '人' if unit_obj in ('新增就业', '技能培训') else '户'
    for q in (tq, aq, dq):
        q.unit = u
    txt = f'{unit_obj}下达目标任务{tq.u()}，实际完成{aq.u()}，超额完成{dq.u()}，完成率{p.u()}。'
    rels = [{'type': 'diff', 'a': aq, 'b': tq, 'c': dq}]
    return R(txt, rels, f'over-fulfilment: {a} > target {t} is not an error; {a}-{t}={a - t}')


def n_multiplicative(rng):
    v = rng.randrange(3)
    if v == 0:
        n = rng.randint(20, 500)
        x = rng.choice([200, 300, 500, 800, 1000, 1500, 2000])
        tot = F(n * x, 10000)
        nq, xq, tq = cq(n, '户'), Q(x, 'money', '元'), Q(tot * 10000, 'money', '元', 10 ** 4)
        txt = f'为{nq.u()}困难家庭每户发放{xq.u()}慰问金，共计{tq.u()}。'
        rels = [{'type': 'mul', 'a': nq, 'b': xq, 'c': tq}]
        note = f'{n} x {x}元 = {dec_str(tot)}万元 (a product, not a sum)'
    elif v == 1:
        k = rng.randint(3, 30)
        x = rng.choice([2, 3, 5, 8, 10, 20, 30, 50])
        kq, xq, tq = cq(k, '个'), Q(x * 10000, 'money', '元', 10 ** 4), Q(k * x * 10000, 'money', '元', 10 ** 4)
        txt = f'对{kq.u()}村（社区）每村补助{xq.u()}，共安排补助资金{tq.u()}。'
        rels = [{'type': 'mul', 'a': kq, 'b': xq, 'c': tq}]
        note = f'{k} x {x}万元 = {k * x}万元'
    else:
        n = rng.randint(10, 400)
        x = rng.choice([100, 120, 150, 200, 300])
        nq, xq, tq = cq(n, '亩'), Q(x, 'money', '元'), Q(n * x, 'money', '元')
        txt = f'按每亩{xq.u()}标准，对{nq.u()}撂荒地复耕给予补助，发放补助资金{tq.u()}。'
        rels = [{'type': 'mul', 'a': nq, 'b': xq, 'c': tq}]
        note = f'{n}亩 x {x}元 = {n * x}元'
    return R(txt, rels, note)


def n_placeholder(rng):
    v = rng.randrange(4)
    X = lambda: rng.choice(['x', 'xx', 'xxx', 'XX'])
    if v == 0:
        t = pick_multi(rng, 2, kinds=('count',))
        txt = f'{lead(rng)}共{t.verb}{t.obj}{X()}{t.unit}，其中{t.labels[0]}{X()}{t.unit}、{t.labels[1]}{X()}{t.unit}，办结率达到{X()}%。'
    elif v == 1:
        txt = f'{rng.choice(["XX村", "xx社区", "XX垦殖场"])}有农户{X()}户，其中脱贫户{X()}户、监测户{rng.randint(1, 9)}户，均已落实帮扶措施。'
    elif v == 2:
        txt = f'{lead(rng)}发放各类补贴资金{X()}.{X()}万元，惠及群众{X()}人，分别为耕地地力补贴{X()}万元、农机购置补贴{rng.randint(1, 90)}.{X()}万元。'
    else:
        t = pick_multi(rng, 3, kinds=('count',))
        txt = f'{t.labels[0]}{X()}{t.unit}、{t.labels[1]}{rng.randint(2, 60)}{t.unit}、{t.labels[2]}{X()}{t.unit}，{rng.choice(["合计", "共计"])}{t.verb}{t.obj}{X()}{t.unit}。'
    return R(txt, [], 'placeholders (x/xx/XX) from anonymised templates; nothing to check')


def n_codes_names(rng):
    a = rng.randint(5, 200)
    b = rng.randint(3, 80)
    c = rng.randint(2, 30)
    v = rng.randrange(4)
    if v == 0:
        txt = f'新建5G基站{a}个，完成G{rng.choice([105, 207, 320, 537])}国道沿线环境整治{b}处。'
    elif v == 1:
        txt = f'推进“1+3+N”网格化治理，完成3号楼、5号楼、{rng.randint(6, 12)}号楼外立面改造，惠及居民{a}户。'
    elif v == 2:
        txt = f'“十四五”以来，完成二期、三期标准化厂房建设{b}万平方米，入驻企业{c}家。'
    else:
        txt = f'深化“一网通办”“最多跑一次”改革，推出“{to_cn(rng.randint(2, 5))}个一”服务清单，S{rng.randint(201, 399)}省道{rng.randint(2, 9)}标段完成路基{b}公里。'
    return R(txt, [], 'codes and ordinals in names are not quantities')


def n_period_compare(rng):
    a = rng.randint(20, 800)
    b = rng.randint(20, 800)
    v = rng.randrange(2)
    if v == 0:
        p = pct_q(abs(a - b), b)
        txt = f'一季度受理群众诉求{a}件，去年同期{b}件，同比{"上升" if a > b else "下降"}{p.u()}。'
    else:
        txt = f'上半年全镇发生一般火灾{rng.randint(1, 20)}起，同比下降{rng.randint(5, 60)}%；交通事故{a % 40 + 1}起，同比持平。'
    return R(txt, [], 'period comparison, no whole-and-parts')


def n_net_change(rng):
    a = rng.randint(50, 2000)
    b = rng.randint(10, a - 1)
    v = rng.randrange(3)
    if v == 0:
        aq, bq, cq_ = cq(a, '户'), cq(b, '户'), cq(a - b, '户')
        txt = f'{lead(rng)}新增市场主体{aq.u()}，注销{bq.u()}，净增{cq_.u()}。'
    elif v == 1:
        aq, bq, cq_ = cq(a, '人'), cq(b, '人'), cq(a - b, '人')
        txt = f'{lead(rng)}迁入人口{aq.u()}，迁出{bq.u()}，净迁入{cq_.u()}。'
    else:
        aq, bq, cq_ = cq(a, '人'), cq(b, '人'), cq(a - b, '人')
        txt = f'{lead(rng)}新纳入低保{aq.u()}，退出{bq.u()}，净增{cq_.u()}，做到应保尽保、应退尽退。'
    return R(txt, [{'type': 'diff', 'a': aq, 'b': bq, 'c': cq_}], f'net = {a}-{b} = {a - b} (difference, not a sum)')


def n_before_after(rng):
    a = rng.randint(5, 200)
    b = a + rng.randint(1, 100)
    v = rng.randrange(3)
    if v == 0:
        what, u = rng.choice([('规模以上工业企业', '家'), ('高新技术企业', '家'), ('省级示范合作社', '家'), ('A级景区', '个')])
        aq, bq, dq = cq(a, u), cq(b, u), cq(b - a, u)
        txt = f'{what}由{aq.u()}增加到{bq.u()}，{rng.choice(["净增", "增加", "新增"])}{dq.u()}。'
        rels = [{'type': 'diff', 'a': bq, 'b': aq, 'c': dq}]
        note = f'{b}-{a}={b - a} (before/after, a difference)'
    elif v == 1:
        x = F(rng.randint(20, 150), 10)
        y = F(rng.randint(1, int(x * 10) - 1), 10)
        txt = f'{rng.choice(["脱贫人口返贫风险发生率", "空气质量超标天数比例", "群众投诉率"])}由{dec_str(x)}%降至{dec_str(y)}%。'
        rels = []
        note = 'before/after percentages'
    else:
        aq, bq, dq = cq(b, '起'), cq(a, '起'), cq(b - a, '起')
        txt = f'{lead(rng)}辖区发生道路交通事故{bq.u()}，较上年的{aq.u()}减少{dq.u()}。'
        rels = [{'type': 'diff', 'a': aq, 'b': bq, 'c': dq}]
        note = f'{b}-{a}={b - a}: comparison with last year, not parts'
    return R(txt, rels, note)


def n_ordinal_items(rng):
    a = rng.randint(2, 30)
    b = rng.randint(20, 900)
    c = rng.randint(100, 9000)
    v = rng.randrange(3)
    if v == 0:
        txt = (f'一是加强宣传，开展专题讲座{a}次；二是强化培训，培训网格员{b}人次；'
               f'三是广泛动员，发放“一封信”{c}份。')
    elif v == 1:
        txt = (f'（一）深化排查，出动检查人员{b}人次；（二）从严执法，立案查处{a}起；'
               f'（三）跟踪问效，复查整改问题{rng.randint(a, a + 90)}个。')
    else:
        txt = (f'第一，召开专题会议{a}次；第二，组织业务培训{rng.randint(2, 20)}期、参训{b}人次；'
               f'第三，制作宣传展板{rng.randint(5, 90)}块、短视频{rng.randint(3, 40)}条。')
    return R(txt, [], 'enumerated work items (一是/（一）/第一) with different units; no total')


def n_scope_share(rng):
    T = rng.randint(50, 900)
    a = rng.randint(5, T // 3)
    b = rng.randint(1, a)
    what = rng.choice(['高新技术企业', '专精特新企业', '市级文明村', '星级农家乐'])
    Tq, aq, bq = cq(T, '家'), cq(a, '家'), cq(b, '家')
    p = pct_q(a, T)
    v = rng.randrange(2)
    if v == 0:
        txt = f'全市共认定{what}{Tq.u()}，我区{aq.u()}，占全市的{p.u()}，其中我街道辖区{bq.u()}。'
    else:
        txt = f'全省{what}{Tq.u()}，全市{aq.u()}，我县{bq.u()}，位居全市前列。'
    rels = [{'type': 'le', 'total': Tq, 'parts': [aq]}, {'type': 'le', 'total': aq, 'parts': [bq]}]
    return R(txt, rels, 'nested scopes (province/city/county or city/district/sub-district), not parts')


def n_nested_age(rng):
    a = rng.randint(300, 3000)
    b = rng.randint(30, a // 4)
    c = rng.randint(1, max(1, b // 10))
    aq, bq, cq_ = cq(a, '人'), cq(b, '人'), cq(c, '人')
    v = rng.randrange(3)
    if v == 0:
        txt = f'全镇80周岁以上老人{aq.u()}，其中90周岁以上{bq.u()}，100周岁以上{cq_.u()}。'
        rels = [{'type': 'le', 'total': aq, 'parts': [bq]}, {'type': 'le', 'total': bq, 'parts': [cq_]}]
    elif v == 1:
        txt = f'现有60岁以上老年人{aq.u()}，70岁以上{bq.u()}，80岁以上{cq_.u()}，老龄化程度持续加深。'
        rels = [{'type': 'le', 'total': aq, 'parts': [bq]}, {'type': 'le', 'total': bq, 'parts': [cq_]}]
    else:
        d = rng.randint(max(c, 1), b)
        txt = f'参训人员{aq.u()}，其中大专以上学历{bq.u()}，本科以上{cq(d, "人").u()}。'
        rels = [{'type': 'le', 'total': aq, 'parts': [bq]}]
    return R(txt, rels, 'nested open-ended bands (90+ includes 100+, 大专以上 includes 本科以上); not additive')


def n_series_no_total(rng):
    a, b, c = (rng.randint(10, 900) for _ in range(3))
    what, u = rng.choice([('新增市场主体', '户'), ('引进各类人才', '人'), ('办理不动产登记', '件'), ('新增城镇就业', '人'),
                          ('完成造林', '亩')])
    v = rng.randrange(2)
    if v == 0:
        txt = f'近三年，{rng.choice(SUBJ)}{what}分别为{a}、{b}、{c}{u}，呈{"逐年上升" if a < b < c else "波动"}态势。'
    else:
        y = rng.choice([2020, 2021])
        txt = f'{y}年、{y + 1}年、{y + 2}年{what}分别达到{a}{u}、{b}{u}和{c}{u}。'
    return R(txt, [], 'time series with no stated total')


def n_per_unit(rng):
    k = rng.randint(3, 40)
    x = rng.randint(1, 5)
    v = rng.randrange(3)
    if v == 0:
        txt = f'全镇{k}个村（社区）每个配备专职网格员{x}名、兼职网格员{rng.randint(2, 12)}名。'
        return R(txt, [], 'per-unit allocation, no total')
    if v == 1:
        txt = f'每个学校配备{x}名法治副校长，每月开展法治讲座不少于{rng.randint(1, 3)}次，全年覆盖学生{rng.randint(500, 9000)}人次。'
        return R(txt, [], 'per-unit allocation and a coverage count')
    kq, xq, tq = cq(k, '个'), cq(x, '名'), cq(k * x, '名')
    txt = f'按照每村{xq.u()}的标准，为{kq.u()}行政村配齐村医{tq.u()}。'
    return R(txt, [{'type': 'mul', 'a': kq, 'b': xq, 'c': tq}], f'{k} x {x} = {k * x}')


def n_partial_list(rng):
    v = rng.randrange(4)
    if v == 0:
        k = rng.randint(2, 3)
        names = rng.sample(PROJECTS, k)
        n = k + rng.randint(2, 8)
        txt = f'{lead(rng)}{rng.choice(["新签约项目", "新开工重点项目"])}{n}个，包括{"、".join(names)}等。'
        note = f'{k} named + 等 for {n} projects: a partial list, not a count mismatch'
    elif v == 1:
        n = rng.randint(6, 30)
        names = rng.sample(VILLAGES, rng.randint(1, 3))
        txt = f'全镇{n}个村（社区）中，{"、".join(names)}已率先完成“三线”整治，其余村（社区）正在加紧推进。'
        note = 'only some of the villages are named; no sum implied'
    elif v == 2:
        k = rng.randint(5, 20)
        T = rng.randint(200, 5000)
        kinds = rng.sample(['电工', '焊工', '育婴员', '中式烹调师', '农村电商', '保健按摩师', '挖掘机驾驶员'], 2)
        txt = f'{lead(rng)}开展{"、".join(kinds)}等{k}个工种职业技能培训，参训{T}人次。'
        note = f'2 of {k} trades named with 等; {T} is a different quantity'
    else:
        T = rng.randint(30, 400)
        a = rng.randint(1, T // 4)
        txt = f'{lead(rng)}共排查各类风险隐患{T}处，其中{rng.choice(["较大隐患", "重大隐患"])}{a}处，均已落实整改措施。'
        return R(txt, [{'type': 'le', 'total': cq(T, '处'), 'parts': [cq(a, '处')]}],
                 f'其中 names a single sub-class ({a} <= {T}); remainder unspecified')
    return R(txt, [], note)


def n_budget_vs_spent(rng):
    a = F(rng.randint(500, 90000), 10)
    b = F(rng.randint(100, int(a * 10)), 10)
    v = rng.randrange(2)
    if v == 0:
        txt = f'项目计划总投资{dec_str(a)}万元，今年已完成投资{dec_str(b)}万元，占计划的{dec_str(pct_q(b, a).v)}%。'
    else:
        txt = f'年度预算安排{dec_str(a)}万元，截至目前已支出{dec_str(b)}万元，预算执行率{dec_str(pct_q(b, a).v)}%。'
    return R(txt, [], 'plan/budget vs completed (a rate), not parts')


NEGATIVE = {
    'neg_change': (n_change, '增减变化（比上年增加…，其中…指存量而非增量）'),
    'neg_average': (n_average, '平均数（村均、日均、人均、年均）'),
    'neg_range': (n_range, '区间（3—5人、18—35岁、2至4次）'),
    'neg_year_date': (n_year_date, '年份、日期、年份序列'),
    'neg_docnum': (n_docnum, '文号（〔2022〕12号）'),
    'neg_phone': (n_phone, '电话号码、热线号码'),
    'neg_unrelated': (n_unrelated, '一句中多个无关数量（偶有巧合和）'),
    'neg_overlap': (n_overlap, '交叉类别（党员、女性、学历…之和超总数不算错）'),
    'neg_diff_units': (n_diff_units, '不同单位（户/人/人次、公里/吨）'),
    'neg_cumulative': (n_cumulative, '累计存量与当年增量'),
    'neg_ranking': (n_ranking, '排名、名次、得分'),
    'neg_rate': (n_rate, '完成率/进度百分比'),
    'neg_qizhong_other': (n_qizhong_other, '“其中”引出不同量纲的数量（家→处，栋→人）'),
    'neg_target_over': (n_target_over, '超额完成任务（完成数大于目标数不是错）'),
    'neg_multiplicative': (n_multiplicative, '乘法关系（每户x元，共计y万元）'),
    'neg_placeholder': (n_placeholder, '占位符 xx/xxx'),
    'neg_codes_names': (n_codes_names, '名称中的编号（5G、G320、3号楼、二期、1+3+N）'),
    'neg_period_compare': (n_period_compare, '同比/环比，不同时期对比'),
    'neg_net_change': (n_net_change, '新增−注销=净增（差，不是和）'),
    'neg_before_after': (n_before_after, '由A增加到B/由x%降至y%/较上年减少'),
    'neg_ordinal_items': (n_ordinal_items, '一是/二是/（一）/第一 各项不同单位'),
    'neg_scope_share': (n_scope_share, '全省/全市/我区/我街道层层嵌套的范围'),
    'neg_nested_age': (n_nested_age, '嵌套的开口区间（90以上包含100以上，大专以上包含本科以上）'),
    'neg_series_no_total': (n_series_no_total, '时间序列“分别为”但无合计'),
    'neg_per_unit': (n_per_unit, '按单位配置（每村x名）'),
    'neg_budget_vs_spent': (n_budget_vs_spent, '计划投资/预算与已完成（执行率）'),
    'neg_partial_list': (n_partial_list, '部分列举（包括A、B等N个；N个村中A村、B村…；其中只点出一个子类）'),
}


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', default='totals.jsonl')
    ap.add_argument('--n', type=int, default=3000)
    ap.add_argument('--readme', default=None, help='also write a README listing styles')
    args = ap.parse_args()
    rng = random.Random(args.seed)

    n = args.n
    n_cons = round(n * 0.40)
    n_inc = round(n * 0.35)
    n_neg = n - n_cons - n_inc
    pos_styles = list(POSITIVE)
    neg_styles = list(NEGATIVE)

    def spread(styles, k):
        out = []
        while len(out) < k:
            s = styles[:]
            rng.shuffle(s)
            out.extend(s)
        return out[:k]

    plan = [('consistent', s) for s in spread(pos_styles, n_cons)] + \
           [('inconsistent', s) for s in spread(pos_styles, n_inc)] + \
           [('negative', s) for s in spread(neg_styles, n_neg)]
    rng.shuffle(plan)

    records = []
    seen = set()
    fails = 0
    for label, style in plan:
        fn = (POSITIVE.get(style) or NEGATIVE.get(style))[0]
        for attempt in range(200):
            r = fn(rng, label) if label != 'negative' else fn(rng)
            if not r:
                continue
            r['label'] = label
            if r['text'] in seen:
                continue
            if not verify(r):
                fails += 1
                continue
            break
        else:
            raise SystemExit(f'could not generate {label} {style}')
        seen.add(r['text'])
        records.append({'id': f't{len(records):06d}', 'style': style, 'label': label,
                        'text': r['text'], 'note': r['note']})
        # final independent assertion
        if label == 'consistent':
            assert all(eval_rel(x, r['text']) for x in r['rels'])
        elif label == 'inconsistent':
            assert not all(eval_rel(x, r['text']) for x in r['rels'])
        else:
            assert all(eval_rel(x, r['text']) for x in r['rels'])

    with open(args.out, 'w', encoding='utf-8') as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')

    from collections import Counter
    c = Counter(r['label'] for r in records)
    print(f'wrote {len(records)} records to {args.out}: {dict(c)}; regenerated {fails} that failed their label',
          file=sys.stderr)

    if args.readme:
        ex = {}
        for rec in records:
            key = rec['style']
            if key not in ex or (rec['label'] == 'consistent' and ex[key]['label'] != 'consistent'):
                ex[key] = rec
        per = Counter((r['style'], r['label']) for r in records)
        with open(args.readme, 'w', encoding='utf-8') as fh:
            fh.write('# totals.jsonl — blind test collection: totals and their parts\n\n')
            fh.write(f'Generated by `python3 benchmarks/independent/totals_gen.py --seed {args.seed} --out {args.out}`'
                     f' (standard library only, seeded). {len(records)} records: '
                     + ', '.join(f'{k} {v}' for k, v in sorted(c.items())) + '.\n\n')
            fh.write(README_BODY)
            fh.write('\n## Styles that carry a whole and its parts (consistent / inconsistent)\n\n')
            for s in pos_styles:
                e = ex[s]
                fh.write(f'- `{s}` — {POSITIVE[s][1]} (C {per[(s, "consistent")]}, I {per[(s, "inconsistent")]}). '
                         f'e.g. [{e["label"]}] {json.dumps(e["text"], ensure_ascii=False)}\n')
            fh.write('\n## Look-alike styles (negative)\n\n')
            for s in neg_styles:
                e = ex[s]
                fh.write(f'- `{s}` — {NEGATIVE[s][1]} (N {per[(s, "negative")]}). '
                         f'e.g. {json.dumps(e["text"], ensure_ascii=False)}\n')


README_BODY = '''Each line: `{"id", "style", "label", "text", "note"}`.

* `consistent` — the whole equals the sum of an exhaustive list of parts, or (non-exhaustive 其中/包括/含/涵盖/等/主要)
  the parts sum to no more than the whole. Rounded totals (`rounded_total`) and approximate words (`approx_words`)
  are consistent when the exact sum is within the printed precision / approximation.
* `inconsistent` — same constructions with an unambiguous error: off by a few units (counts) or several units of the
  last digit (money/measures), digit typo, digit transposition, 10–30 % off, a part counted twice, a total that omits
  a part, 万/亿/元 magnitude slip, parts or a single part exceeding the whole, a stated count that does not match the
  number of named items, shares not summing to 100 %.
  Non-exhaustive lists are only ever labelled inconsistent when the parts EXCEED the whole.
* `negative` — look-alikes that are not total-and-parts statements and must not be flagged.

How labels were checked: every number is re-parsed from its exact surface in the text (full-width digits, 1,234,
Chinese numerals, 万/亿, 约/近/余/多/超过/逾) into an interval — exact for plain integer counts, ± one full unit of the
last printed digit for money/measures/万-counts/percentages, wide for approximate words — and the relation is
evaluated with interval arithmetic. `consistent` requires every relation to be satisfiable, `inconsistent` requires
a relation to be violated even with that tolerance. Negatives with helper relations (overlap each ≤ whole,
products, differences, nested ≤) are checked to hold.

Conventions worth knowing when scoring:
* Categories listed after 其中 are mutually exclusive in the positive styles (来信/来访/网上信访, 企业/个体工商户 …),
  so parts exceeding the whole are a definite error; a shortfall after 其中 is not.
* “分别为/分别是”, “其余”, “合计/共计 after the list”, “按类型分…分别为”, complementary pairs (男/女, 城镇/农村,
  按期/超期, 已/未, 60岁以上/以下) and flattened tables with a 合计 row are treated as exhaustive.
* `count_named`: a parenthesised or 分别是 list of names is taken as the complete list of the stated count.
* `table_flat` money tables have the unit (万元) only in the header; numbers are bare.
'''

if __name__ == '__main__':
    main()
