#!/usr/bin/env python3
"""numbers17_gen.py - held-out collection of Chinese report snippets for an
arithmetic auditor (families: totals, pct).  Standard library only.

  python3 numbers17_gen.py --seed N --out FILE
  python3 numbers17_gen.py --verify FILE [FILE ...]
  python3 numbers17_gen.py --style-table FILE
"""
import argparse
import json
import random
import re
import sys
from collections import Counter, OrderedDict
from decimal import Decimal, ROUND_HALF_UP, ROUND_FLOOR

# ---------------------------------------------------------------- formatting
FW = str.maketrans('0123456789', '０１２３４５６７８９')
FW_BACK = str.maketrans('０１２３４５６７８９．，', '0123456789.,')
CND = '零一二三四五六七八九'


def _four(n):
    units = ['', '十', '百', '千']
    s, zero = '', False
    for i in range(3, -1, -1):
        d = n // 10 ** i % 10
        if d == 0:
            if s:
                zero = True
        else:
            if zero:
                s += '零'
                zero = False
            s += CND[d] + units[i]
    return s


def cn(n):
    if n < 10000:
        s = _four(n)
    else:
        hi, lo = divmod(n, 10000)
        s = _four(hi) + '万'
        if lo:
            if lo < 1000:
                s += '零'
            s += _four(lo)
    if s.startswith('一十'):
        s = s[1:]
    if s.startswith('二千') or s.startswith('二万'):
        s = '两' + s[1:]
    return s


def q(x, d):
    return x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


class F:
    """Per-record number formatter; prof in a(ascii) f(fullwidth) s(separators) c(Chinese) w(wan)."""

    def __init__(self, r, prof, dp=0):
        self.r, self.prof, self.dp = r, prof, dp
        self.sep = r.choice([',', ',', '，', ' ']) if prof == 's' else ','
        self.fwdot = r.random() < 0.4
        self.psign = '％' if (prof == 'f' and r.random() < 0.6) else '%'
        self.commas = prof in 'a' and r.random() < 0.4

    def draw(self, lo, hi):
        r = self.r
        if self.prof == 's':
            return r.randint(max(lo, 10) * 110, hi * 130)
        if self.prof == 'w':
            return 100 * r.randint(lo * 20, hi * 60)
        if self.dp:
            return r.randint(lo * 10 ** self.dp, hi * 10 ** self.dp)
        return r.randint(lo, hi)

    def delta(self, total):
        r = self.r
        if self.prof == 'w':
            return 100 * r.randint(1, max(2, total // 1500))
        if self.dp:
            return r.randint(1, max(2, total // 12))
        return r.randint(1, max(2, total // 10))

    def _group(self, ip):
        s = str(ip)
        out = []
        while len(s) > 3:
            out.insert(0, s[-3:])
            s = s[:-3]
        out.insert(0, s)
        return self.sep.join(out)

    def n(self, v):
        if self.prof == 'w':
            return '%s万' % (Decimal(v) / 10000).quantize(Decimal('0.01'))
        if self.prof == 'c' and self.dp == 0:
            return cn(v)
        d = Decimal(v).scaleb(-self.dp)
        s = ('%.' + str(self.dp) + 'f') % d
        ip, _, fp = s.partition('.')
        if self.prof == 's' or (self.commas and v >= 10000 and self.dp == 0):
            ip = self._group(int(ip))
        s = ip + ('.' + fp if fp else '')
        if self.prof == 'f':
            s = s.translate(FW)
            if self.fwdot:
                s = s.replace('.', '．')
        return s

    def v(self, v):
        if self.prof == 'w':
            return str(v)
        return str(Decimal(v).scaleb(-self.dp))

    def pair(self, v):
        return [self.n(v), self.v(v)]

    def p(self, x, d):
        s = ('%.' + str(d) + 'f') % x
        if self.prof == 'f':
            s = s.translate(FW)
        return s + self.psign

    def ppair(self, x, d):
        return [self.p(x, d), str(x)]


# ---------------------------------------------------------------- vocabulary
PLACES = ['青禾县', '临澜市', '北溪镇', '云岭街道', '澄江区', '鹤川市', '石梁乡', '白沙湾区', '望川县',
          '枫桥镇', '南屿街道', '汀洲市', '玉泉县', '紫荆乡', '东陵区', '沐阳湖镇', '岚山县', '溪口街道',
          '金垣市', '栖霞湾区']
COMPANIES = ['恒拓新材料股份有限公司', '瀚源电力股份有限公司', '青橙数字科技股份有限公司', '远澜物流集团',
             '嘉禾农业发展有限公司', '星屿通信股份有限公司', '鼎衡建设集团', '润川食品股份有限公司']
# key: (total phrase, unit, unit in wan profile or None, parts, department)
DOM = OrderedDict([
    ('env', ('查处环境违法案件', '起', None, ['水污染类', '大气污染类', '噪声类', '固体废物类', '辐射类'], '生态环境分局')),
    ('food', ('完成食品安全监督抽检', '批次', None, ['粮食加工品', '食用油', '肉制品', '乳制品', '饮料', '调味品', '餐饮食品'], '市场监督管理局')),
    ('petition', ('受理群众诉求', '件', '件', ['来信', '来访', '网上投诉', '热线电话'], '信访局')),
    ('court', ('受理执行案件', '件', None, ['首次执行案件', '恢复执行案件', '执行异议案件', '执行复议案件'], '人民法院')),
    ('housing', ('筹集保障性住房', '套', None, ['公共租赁住房', '保障性租赁住房', '共有产权住房', '人才公寓'], '住房和城乡建设局')),
    ('land', ('供应国有建设用地', '公顷', None, ['工矿仓储用地', '商服用地', '住宅用地', '公共服务用地', '交通运输用地'], '自然资源局')),
    ('social', ('发放社会保险待遇', '万元', '元', ['养老保险待遇', '失业保险金', '工伤保险待遇', '生育津贴'], '人力资源和社会保障局')),
    ('medins', ('完成医保直接结算', '人次', '人次', ['住院', '门诊慢特病', '普通门诊', '定点药店购药'], '医疗保障局')),
    ('weather', ('发布气象预警信号', '次', None, ['暴雨', '雷电', '大风', '高温', '寒潮', '大雾'], '气象局')),
    ('power', ('新增并网装机', '万千瓦', None, ['风电', '光伏', '水电', '生物质发电'], '发展和改革局')),
    ('telecom', ('新建通信基站', '个', None, ['城区', '乡镇', '行政村', '交通干线沿线'], '通信发展办公室')),
    ('village', ('实现村集体经营性收入', '万元', '元', ['资产租赁收入', '农业服务收入', '入股分红', '物业管理收入'], '农业农村局')),
    ('charity', ('接收社会捐赠款物', '万元', '元', ['企业捐赠', '个人捐赠', '社会组织捐赠', '网络平台募集'], '慈善总会')),
    ('aid', ('资助家庭经济困难学生', '人次', '人次', ['国家助学金', '国家奖学金', '生源地信用助学贷款', '学费减免', '勤工助学'], '教育局')),
    ('exam', ('组织招录考试报名', '人', '人', ['综合管理类', '行政执法类', '专业技术类', '警务技术类'], '人事考试中心')),
    ('hospital', ('完成手术', '台', None, ['一级手术', '二级手术', '三级手术', '四级手术'], '人民医院')),
    ('procur', ('受理审查起诉案件', '件', None, ['普通刑事案件', '经济犯罪案件', '毒品犯罪案件', '职务犯罪案件'], '人民检察院')),
    ('school', ('招收新生', '人', None, ['智能制造专业', '现代物流专业', '护理专业', '学前教育专业'], '职业技术学校')),
    ('company', ('实现营业收入', '万元', '元', ['电线电缆业务', '新能源材料业务', '工程服务业务', '其他业务'], '公司')),
    ('audit', ('查出问题金额', '万元', '元', ['违规使用资金', '损失浪费', '管理不规范', '应缴未缴'], '审计局')),
    ('safety', ('排查整改安全隐患', '处', None, ['消防', '燃气', '道路交通', '建筑施工', '危险化学品'], '应急管理局')),
    ('grain', ('完成粮食播种', '亩', '亩', ['水稻', '玉米', '小麦', '大豆', '薯类'], '农业农村局')),
    ('roads', ('新改建农村公路', '公里', None, ['县道', '乡道', '村道'], '交通运输局')),
    ('grid', ('处置网格事件', '件', '件', ['矛盾纠纷', '环境卫生', '安全隐患', '民生服务'], '综治中心')),
    ('tour', ('接待游客', '人次', '人次', ['青螺湾景区', '云栖古镇', '白鹭洲湿地公园', '松涛岭森林公园'], '文化广电和旅游局')),
])

# rate contexts: (den phrase, num phrase, rate name, unit, unit_w, dept, lo, hi fraction)
RATES = [
    ('抽检食用农产品', '合格', '合格率', '批次', None, '市场监督管理局', 0.90, 0.999),
    ('受理网格事件', '办结', '办结率', '件', '件', '综治中心', 0.85, 0.999),
    ('应参加城乡居民医保', '已参保', '参保率', '人', '人', '医疗保障局', 0.90, 0.999),
    ('受理执行案件', '执结', '执结率', '件', None, '人民法院', 0.70, 0.98),
    ('受理消费投诉', '按期办结', '按期办结率', '件', None, '市场监督管理局', 0.85, 0.999),
    ('排查安全隐患', '完成整改', '整改率', '处', None, '应急管理局', 0.80, 0.999),
    ('收到人大代表建议', '已答复', '答复率', '件', None, '政府办公室', 0.80, 0.999),
    ('在册困难学生', '获得资助', '资助覆盖率', '人', '人', '教育局', 0.60, 0.99),
    ('调处矛盾纠纷', '调解成功', '调解成功率', '起', None, '司法所', 0.80, 0.99),
    ('受理劳动争议案件', '结案', '结案率', '件', None, '劳动人事争议仲裁院', 0.75, 0.99),
    ('检测电能表', '检定合格', '检定合格率', '只', None, '供电公司', 0.95, 0.999),
    ('受理通信服务申诉', '已处理', '处理率', '件', None, '通信管理办公室', 0.85, 0.999),
    ('应缴纳养老保险人数', '实际缴费人数', '缴费率', '人', '人', '社会保险事业中心', 0.80, 0.99),
    ('接收捐赠款物', '已拨付', '拨付率', '万元', '元', '慈善总会', 0.60, 0.98),
    ('签订家庭医生服务协议', '完成随访', '随访率', '人', '人', '卫生健康局', 0.70, 0.99),
]
# growth contexts: (indicator, unit, unit_w)
GROWTH = [('接待游客', '人次', '人次'), ('实现旅游收入', '万元', '元'), ('完成全社会用电量', '万千瓦时', None),
          ('移动电话用户', '户', '户'), ('实现税收收入', '万元', '元'), ('新增市场主体', '户', None),
          ('粮食总产量', '吨', '吨'), ('城镇新增就业', '人', None), ('医保基金支出', '万元', '元'),
          ('社会消费品零售额', '万元', '元'), ('快递业务量', '件', '件'), ('发放创业担保贷款', '万元', '元')]

HEADS = ['一、主要工作完成情况', '（二）狠抓工作落实', '二、{y}年工作回顾', '{p}{d}{y}年工作总结', '三、重点工作推进情况',
         '{p}{d}关于{y}年度工作情况的报告', '（一）主要做法', '{y}年以来，{p}{d}认真落实上级部署，各项工作稳步推进。',
         '今年以来，我们坚持问题导向，突出重点抓落实。', '第二部分 主要指标完成情况']
TAILS = ['下一步，将继续压实责任，推动工作提质增效。', '相关情况已按要求报送上级主管部门。', '群众获得感进一步增强。',
         '工作台账已全部建立，实行销号管理。', '以上数据截至{y}年12月31日。', '存在的问题是基层力量仍显薄弱。',
         '', '', '']


YEAR = ['2023']


def head(r, d='', p=None):
    return r.choice(HEADS).format(y=YEAR[0], p=p or r.choice(PLACES), d=d)


def tail(r):
    return r.choice(TAILS).format(y=YEAR[0])


def doc(r, body, d='', p=None, hp=0.7, tp=0.5):
    lines = []
    m = re.search(r'(20\d\d)年', '\n'.join(body if isinstance(body, list) else [body]))
    YEAR[0] = m.group(1) if m else r.choice(['2022', '2023', '2024'])
    if r.random() < hp:
        lines.append(head(r, d, p))
    lines += [b for b in (body if isinstance(body, list) else [body])]
    if r.random() < tp:
        t = tail(r)
        if t:
            lines.append(t)
    return '\n'.join(lines)


def dom(r, F):
    keys = list(DOM)
    while True:
        k = r.choice(keys)
        t, u, uw, parts, dept = DOM[k]
        if F.prof == 'w':
            if uw is None:
                continue
            u = uw
        return t, u, parts, dept


def rated(r, F):
    while True:
        x = r.choice(RATES)
        if F.prof == 'w' and x[4] is None:
            continue
        return x


def sign(r):
    return r.choice([1, -1])


def sum_case(r, F, k, bad, lo=5, hi=90):
    parts = [F.draw(lo, hi) for _ in range(k)]
    total = sum(parts)
    what = ''
    if bad:
        d = F.delta(total)
        if r.random() < 0.5:
            total = total + d if (r.random() < 0.5 or total - d <= max(parts)) else total - d
            what = '合计数'
        else:
            i = r.randrange(k)
            parts[i] = parts[i] + d if (r.random() < 0.5 or parts[i] - d <= 0) else parts[i] - d
            what = '第%d个分项' % (i + 1)
    return parts, total, what


def ck_sum(F, total, parts):
    return {'rel': 'sum', 'total': F.pair(total), 'parts': [F.pair(x) for x in parts]}


def ck_diff(F, a, b, c):
    return {'rel': 'diff', 'a': F.pair(a), 'b': F.pair(b), 'c': F.pair(c)}


def near_half(x, d):
    y = x.scaleb(d)
    fr = y - y.to_integral_value(rounding=ROUND_FLOOR)
    return abs(fr - Decimal('0.5')) < Decimal('0.02')


def wrong_pct(r, right, d, cap=None):
    unit = Decimal(1).scaleb(-d)
    k = r.randint(2, 6) if d == 0 else r.randint(4 if d == 1 else 30, 30 if d == 1 else 300)
    s = sign(r)
    w = right + s * k * unit
    if (cap is not None and w > cap) or w <= 0:
        w = right - s * k * unit
    if w <= 0:
        w = right + k * unit
    return w


def pick_rate(r, F, lo_f, hi_f, dlo=20, dhi=900):
    for _ in range(1000):
        den = F.draw(dlo, dhi)
        num = int(den * r.uniform(lo_f, hi_f))
        if F.prof == 'w':
            num = num // 100 * 100
        if num <= 0 or num > den:
            continue
        d = r.choice([1, 2, 2, 1, 0]) if r.random() < 0.9 else 2
        x = Decimal(num) * 100 / Decimal(den)
        if near_half(x, d):
            continue
        return den, num, d, x
    raise RuntimeError('rate')


def rate_val(r, num, den, d, bad, cap=Decimal(100)):
    x = Decimal(num) * 100 / Decimal(den)
    right = q(x, d)
    return (wrong_pct(r, right, d, cap) if bad else right), x


def ck_rate(F, num, den, st, d):
    return {'rel': 'rate', 'num': F.pair(num), 'den': F.pair(den), 'pct': [F.p(st, d), str(st)]}


def pick_growth(r, F, up=True, d=None):
    for _ in range(1000):
        a = F.draw(50, 900)
        g = r.uniform(0.02, 0.6) if up else r.uniform(0.02, 0.45)
        b = int(a * (1 + g)) if up else int(a * (1 - g))
        if F.prof == 'w':
            b = b // 100 * 100
        if b == a or b <= 0:
            continue
        dd = d if d is not None else r.choice([1, 1, 2, 0])
        x = (Decimal(b) - Decimal(a)) * 100 / Decimal(a)
        if not up:
            x = -x
        if near_half(x, dd):
            continue
        return a, b, dd, x
    raise RuntimeError('growth')


def ck_growth(F, a, b, st, d, up):
    return {'rel': 'growth', 'dir': 'up' if up else 'down', 'from': F.pair(a), 'to': F.pair(b),
            'pct': [F.p(st, d), str(st)]}


# ================================================================= TOTALS (positive)
def t_qizhong(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(3, min(5, len(names)))
    nm = r.sample(names, k)
    parts, total, what = sum_case(r, F, k, bad)
    sep = r.choice(['、', '，', '；'])
    s = '全年共%s%s%s，其中%s。' % (t, F.n(total), u, sep.join('%s%s%s' % (a, F.n(b), u) for a, b in zip(nm, parts)))
    return doc(r, s, dept), '其中所列%d项之和应等于总数%s' % (k, '' if not bad else '（改动了' + what + '）'), [ck_sum(F, total, parts)]


def t_fenbie(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(2, min(4, len(names)))
    nm = r.sample(names, k)
    parts, total, what = sum_case(r, F, k, bad)
    s = '%s共%s%s%s。按类别分，%s分别为%s。' % (r.choice(['', '本年度', '报告期内', '截至11月底，']), t, F.n(total), u, '、'.join(nm),
                                   '、'.join(F.n(x) + u for x in parts))
    return doc(r, s, dept), '“分别为”对应的%d个数之和应等于总数' % k + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


def t_after(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(3, min(5, len(names)))
    nm = r.sample(names, k)
    parts, total, what = sum_case(r, F, k, bad)
    word = r.choice(['合计', '总计', '共计', '累计', '以上合计'])
    s = '，'.join('%s%s%s' % (a, F.n(b), u) for a, b in zip(nm, parts))
    s = '%s：%s，%s%s%s。' % (t.replace('完成', '').replace('实现', ''), s, word, F.n(total), u)
    return doc(r, s, dept), '分项在前、合计在后，合计应等于分项之和' + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


def t_numfirst(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(2, min(4, len(names)))
    nm = r.sample(names, k)
    parts, total, what = sum_case(r, F, k, bad)
    s = '共%s%s%s，其中%s。' % (t, F.n(total), u, '，'.join('%s%s%s%s' % (F.n(b), u, r.choice(['为', '属于', '涉及']), a) for a, b in zip(nm, parts)))
    return doc(r, s, dept), '数字在前、类别在后的分项之和应等于总数' + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


def t_paren(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(2, min(4, len(names)))
    nm = r.sample(names, k)
    parts, total, what = sum_case(r, F, k, bad)
    inner = r.choice(['，', '、', '；']).join('%s%s%s' % (a, F.n(b), u) for a, b in zip(nm, parts))
    s = '%s%s%s（%s），%s' % (t, F.n(total), u, inner, r.choice(['较好完成了年度任务。', '各项工作有序推进。', '未发生重大问题。']))
    return doc(r, s, dept), '括号内分项之和应等于括号前总数' + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


def t_lines(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(3, min(5, len(names)))
    nm = r.sample(names, k)
    parts, total, what = sum_case(r, F, k, bad)
    mk = r.choice([lambda i: '（%d）' % i, lambda i: '%d.' % i, lambda i: '%d、' % i, lambda i: '(%d)' % i])
    lines = ['%s共%s%s%s，具体如下：' % (r.choice(['全年', '本期', '一季度', '上半年']), t, F.n(total), u)]
    lines += ['%s%s：%s%s；' % (mk(i + 1), a, F.n(b), u) for i, (a, b) in enumerate(zip(nm, parts))]
    lines[-1] = lines[-1][:-1] + '。'
    return doc(r, lines, dept, tp=0.3), '逐行列出的分项之和应等于首行总数' + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


def t_table(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(3, min(5, len(names)))
    nm = r.sample(names, k)
    parts, total, what = sum_case(r, F, k, bad)
    sp = r.choice([' | ', '\t', '  ', '｜'])
    cap = '表%d %s%s情况统计表' % (r.randint(1, 6), r.choice(PLACES), t.replace('完成', ''))
    lines = [cap, sp.join(['类别', '数量（%s）' % u])]
    lines += [sp.join([a, F.n(b)]) for a, b in zip(nm, parts)]
    lines.append(sp.join([r.choice(['合计', '总计', '合  计']), F.n(total)]))
    return doc(r, lines, dept, hp=0.2, tp=0.3), '粘贴的表格：合计行应等于各行之和' + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


def t_csv(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(3, min(4, len(names)))
    nm = r.sample(names, k)
    nrow = r.randint(2, 3)
    badrow = r.randrange(nrow) if bad else -1
    places = r.sample(PLACES, nrow)
    sp = '\t' if F.prof == 's' and F.sep in ',，' else r.choice([',', '\t'])
    lines = ['%s（单位：%s）' % (t, u), sp.join(['地区'] + nm + ['合计'])]
    checks = []
    for i in range(nrow):
        parts, total, what = sum_case(r, F, k, i == badrow)
        lines.append(sp.join([places[i]] + [F.n(x) for x in parts] + [F.n(total)]))
        checks.append(ck_sum(F, total, parts))
    note = '电子表格行：每行合计应等于该行各列之和' + ('；第%d行合计不符' % (badrow + 1) if bad else '')
    return doc(r, lines, dept, hp=0.2, tp=0.2), note, checks


def t_kv(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(2, min(4, len(names)))
    nm = r.sample(names, k)
    parts, total, what = sum_case(r, F, k, bad)
    c = r.choice(['：', ':'])
    e = r.choice(['；', '\n'])
    items = ['%s总量%s%s%s' % (t.replace('完成', '').replace('实现', ''), c, F.n(total), u)] + ['%s%s%s%s' % (a, c, F.n(b), u) for a, b in zip(nm, parts)]
    if r.random() < 0.4:
        items = items[1:] + items[:1]
    return doc(r, e.join(items), dept), '键值表单：总量应等于各分项之和' + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


def t_balance(r, F, bad):
    inc = F.draw(200, 900)
    exp = int(inc * r.uniform(0.5, 0.97))
    if F.prof == 'w':
        exp = exp // 100 * 100
    bal = inc - exp
    if bad:
        bal = bal + F.delta(bal) * (1 if r.random() < 0.5 or bal < 100 else -1)
        if bal <= 0:
            bal = inc - exp + F.delta(inc - exp)
    u = '元' if F.prof == 'w' else '万元'
    who = r.choice(['村集体', '基金', '工会经费', '机关食堂', '合作社', '慈善专户'])
    w1, w2, w3 = r.choice([('收入', '支出', '结余'), ('总收入', '总支出', '年末结余'), ('收取', '使用', '滚存结余'), ('基金收入', '基金支出', '当期结余')])
    s = '%s%s%s%s，%s%s%s，%s%s%s。' % (who, w1, F.n(inc), u, w2, F.n(exp), u, w3, F.n(bal), u)
    return doc(r, s, r.choice(['财政局', '农经站', '总工会'])), '收入−支出应等于结余' + ('（结余被改动）' if bad else ''), [ck_diff(F, inc, exp, bal)]


def t_change(r, F, bad):
    t, u, names, dept = dom(r, F)
    a = F.draw(20, 500)
    up = r.random() < 0.6
    b = a + F.draw(2, 200) if up else max(1, a - F.draw(1, 15) if F.prof != 'w' else a - 100 * r.randint(1, a // 200 + 1))
    if b <= 0:
        b = a + F.draw(2, 50)
        up = True
    c = abs(b - a)
    if bad:
        c = c + F.delta(c) * (1 if r.random() < 0.5 or c <= 2 else -1)
    vw = '增加' if up else '减少'
    s = '%s由上年的%s%s%s到%s%s，%s%s%s。' % (t.replace('完成', '').replace('实现', ''), F.n(a), u,
                                         r.choice(['增加', '增长', '提高']) if up else r.choice(['减少', '下降', '压减']), F.n(b), u, vw, F.n(c), u)
    return doc(r, s, dept), '由A变到B，所述增减量应等于|B−A|' + ('（增减量被改动）' if bad else ''), [ck_diff(F, max(a, b), min(a, b), c)]


def t_yoy(r, F, bad):
    ind, u, uw = r.choice([g for g in GROWTH if F.prof != 'w' or g[2]])
    if F.prof == 'w':
        u = uw
    a = F.draw(100, 900)
    b = a + F.delta(a) * sign(r) * r.randint(1, 3)
    if b <= 0:
        b = a + F.delta(a)
    c = abs(a - b)
    if bad:
        c = c + F.delta(c) * (1 if r.random() < 0.5 or c <= 200 else -1)
    vw = '增加' if a > b else '减少'
    y = r.choice([2022, 2023, 2024])
    s = '%d年%s%s%s，%d年为%s%s，同比%s%s%s。' % (y, ind, F.n(a), u, y - 1, F.n(b), u, vw, F.n(c), u)
    return doc(r, s), '两年数值之差应等于所述同比增减量' + ('（增减量被改动）' if bad else ''), [ck_diff(F, max(a, b), min(a, b), c)]


def t_budget(r, F, bad):
    a = F.draw(100, 900)
    add = F.draw(5, 150)
    upw = r.random() < 0.65
    c = a + add if upw else a - add
    if c <= 0:
        c, upw = a + add, True
    if bad:
        c = c + F.delta(c) * sign(r)
    u = '元' if F.prof == 'w' else '万元'
    item = r.choice(['一般公共预算支出', '教育支出', '农林水支出', '卫生健康支出', '社会保障和就业支出', '城乡社区支出'])
    s = '%s年初预算%s%s，%s%s%s，调整后预算%s%s。' % (item, F.n(a), u, '追加' if upw else '调减', F.n(add), u, F.n(c), u)
    ck = ck_sum(F, c, [a, add]) if upw else ck_diff(F, a, add, c)
    return doc(r, s, '财政局'), '年初预算±调整数应等于调整后预算' + ('（调整后预算被改动）' if bad else ''), [ck]


MEASURES = ['健全工作机制，明确责任分工', '加强源头管控，开展风险排查', '强化督导检查，实行清单管理', '推进信息共享，建设监管平台',
            '开展专项整治，严厉打击违法行为', '加大宣传力度，营造良好氛围', '完善考核办法，强化结果运用', '加强队伍建设，提升履职能力']
MARKS = [['一是', '二是', '三是', '四是', '五是', '六是'], ['①', '②', '③', '④', '⑤', '⑥'], ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'],
         ['第一，', '第二，', '第三，', '第四，', '第五，', '第六，']]


def t_items(r, F, bad):
    k = r.randint(3, 6)
    st = k
    if bad:
        st = k + r.choice([1, -1, 2]) if k > 2 else k + 1
    mk = r.choice(MARKS)
    ms = r.sample(MEASURES, k)
    noun = r.choice(['项措施', '个方面', '项举措', '条措施'])
    nstr = cn(st) if F.prof == 'c' or r.random() < 0.5 else F.n(st)
    first = '%s主要采取了以下%s%s：' % (r.choice(['今年以来，', '工作中，', '为抓好整改落实，']), nstr, noun)
    if r.random() < 0.5:
        body = first + ''.join('%s%s；' % (m, x) for m, x in zip(mk, ms))
        body = body[:-1] + '。'
        lines = [body]
    else:
        lines = [first] + ['%s%s。' % (m, x) for m, x in zip(mk, ms)]
    markers = list(mk[:k])
    return doc(r, lines, hp=0.4), '引语所述条数应等于实际列出的条目数' + ('（条数不符）' if bad else ''), [
        {'rel': 'count', 'n': [nstr, str(st)], 'markers': markers}]


def t_circled(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(3, min(5, len(names)))
    nm = r.sample(names, k)
    parts, total, what = sum_case(r, F, k, bad)
    circ = '①②③④⑤'
    s = '%s%s%s：%s。' % (t, F.n(total), u, '；'.join('%s%s%s%s' % (circ[i], a, F.n(b), u) for i, (a, b) in enumerate(zip(nm, parts))))
    return doc(r, s, dept), '带圈序号的分项之和应等于总数' + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


def t_binary(r, F, bad):
    pairs = [('男性', '女性'), ('城镇', '农村'), ('本地', '外地'), ('在职', '退休'), ('省内', '省外'), ('新办', '续办')]
    a, b = r.choice(pairs)
    subj, u = r.choice([('参保人员', '人'), ('新录用人员', '人'), ('享受补贴人员', '人'), ('办理就业登记', '人'), ('发放居住证', '张'), ('培训学员', '人次')])
    parts, total, what = sum_case(r, F, 2, bad, 30, 600)
    s = '%s共%s%s，其中%s%s%s、%s%s%s。' % (subj, F.n(total), u, a, F.n(parts[0]), u, b, F.n(parts[1]), u)
    return doc(r, s), '互补二分（%s/%s）之和应等于总数' % (a, b) + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


def t_remain(r, F, bad):
    t, u, names, dept = dom(r, F)
    a = F.draw(50, 900)
    b = int(a * r.uniform(0.4, 0.95))
    if F.prof == 'w':
        b = b // 100 * 100
    c = a - b
    if bad:
        c = c + F.delta(c) * (1 if r.random() < 0.5 or c < 300 else -1)
    w = r.choice([('年度计划', '已完成', '尚余'), ('任务数', '已完成', '剩余'), ('应完成', '实际完成', '未完成')])
    s = '%s%s%s%s%s，%s%s%s，%s%s%s。' % (t.replace('完成', ''), w[0], r.choice(['为', '', '']), F.n(a), u, w[1], F.n(b), u, w[2], F.n(c), u)
    return doc(r, s, dept), '计划数−完成数应等于剩余数' + ('（剩余数被改动）' if bad else ''), [ck_diff(F, a, b, c)]


def t_cross(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(2, min(4, len(names)))
    nm = r.sample(names, k)
    parts, total, what = sum_case(r, F, k, bad)
    mid = r.choice(['工作中坚持边查边改、立行立改。', '同时，建立了月通报、季讲评制度。', '全部纳入台账动态管理。', '相关情况已向社会公开。'])
    lines = ['%s共%s%s%s。%s' % (r.choice(['全年', '报告期内', '今年']), t, F.n(total), u, mid),
             '从类型看，%s。' % '，'.join('%s%s%s' % (a, F.n(b), u) for a, b in zip(nm, parts))]
    return doc(r, lines, dept), '总数与分项隔句出现，分项之和应等于总数' + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


def t_two(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(2, 3)
    nm = r.sample(names, k)
    which = r.randrange(2) if bad else -1
    parts, total, w1 = sum_case(r, F, k, which == 0)
    a = F.draw(50, 900)
    b = int(a * r.uniform(0.5, 0.95))
    if F.prof == 'w':
        b = b // 100 * 100
    c = a - b
    if which == 1:
        c = c + F.delta(c) * (1 if c < 300 or r.random() < 0.5 else -1)
    s1 = '共%s%s%s，其中%s。' % (t, F.n(total), u, '、'.join('%s%s%s' % (x, F.n(y), u) for x, y in zip(nm, parts)))
    s2 = '年度计划任务%s%s%s，已完成%s%s，尚有%s%s待完成。' % (r.choice(['', '为']), F.n(a), u, F.n(b), u, F.n(c), u)
    note = '两处关系：分项之和与计划−完成=剩余' + (('；错误在%s' % ('分项' if which == 0 else '剩余数')) if bad else '')
    return doc(r, [s1, s2], dept), note, [ck_sum(F, total, parts), ck_diff(F, a, b, c)]


def t_merger(r, F, bad):
    co = r.choice(COMPANIES)
    tgt = r.choice(['星河精密', '远川储能', '蓝湾医药', '启明智造', '鸿屿物流']) + r.choice(['有限公司', '股份有限公司'])
    parts, total, what = sum_case(r, F, 2, bad, 3, 60)
    u = '元' if F.prof == 'w' else '亿元'
    pct_sh = r.randint(51, 100)
    s = ['%s拟以发行股份及支付现金方式收购%s%d%%股权。' % (co, tgt, pct_sh),
         '本次交易总对价为%s%s，其中以现金支付%s%s，以发行股份支付%s%s。' % (F.n(total), u, F.n(parts[0]), u, F.n(parts[1]), u)]
    return doc(r, s, hp=0.3), '交易对价=现金+股份（收购股权比例为单一数字，不构成关系）' + ('；改动' + what if bad else ''), [ck_sum(F, total, parts)]


# ================================================================= TOTALS (negative)
def n_overlap(r, F):
    tot = F.draw(80, 600)
    subs = [int(tot * r.uniform(0.2, 0.7)) for _ in range(3)]
    if sum(subs) == tot:
        subs[0] += 1
    grp = r.choice(['干部职工', '村（社区）“两委”成员', '新录用公务员', '志愿者'])
    s = '现有%s%s人，其中中共党员%s人、女性%s人、35岁以下%s人。' % (grp, F.n(tot), F.n(subs[0]), F.n(subs[1]), F.n(subs[2]))
    return doc(r, s), '其中后的党员/女性/年龄为相互重叠的子集，不应求和', [{'rel': 'none', 'kind': 'overlap', 'nums': [F.pair(tot)] + [F.pair(x) for x in subs]}]


def n_mainly(r, F):
    t, u, names, dept = dom(r, F)
    k = r.randint(2, 3)
    nm = r.sample(names, k)
    parts = [F.draw(5, 60) for _ in range(k)]
    tot = sum(parts) + F.draw(3, 40)
    s = '共%s%s%s，%s%s。' % (t, F.n(tot), u, r.choice(['主要有', '主要包括', '较为突出的有']), '、'.join('%s%s%s' % (a, F.n(b), u) for a, b in zip(nm, parts)))
    return doc(r, s, dept), '“主要有”列举的是部分类别，分项之和小于总数属正常', [{'rel': 'none', 'kind': 'selection', 'nums': [F.pair(tot)] + [F.pair(x) for x in parts]}]


def n_deng(r, F):
    t, u, names, dept = dom(r, F)
    k = r.randint(2, 3)
    nm = r.sample(names, k)
    parts = [F.draw(5, 60) for _ in range(k)]
    tot = sum(parts) + F.draw(3, 40)
    s = '共%s%s%s，其中%s等。' % (t, F.n(tot), u, '、'.join('%s%s%s' % (a, F.n(b), u) for a, b in zip(nm, parts)))
    return doc(r, s, dept), '以“等”结尾的不完全列举，不要求分项之和等于总数', [{'rel': 'none', 'kind': 'partial_list', 'nums': [F.pair(tot)] + [F.pair(x) for x in parts]}]


def n_approx(r, F):
    F.prof = 'a' if F.prof in 'sw' else F.prof
    t, u, names, dept = dom(r, F)
    k = r.randint(2, min(4, len(names)))
    nm = r.sample(names, k)
    parts = [r.randint(5, 60) for _ in range(k)]
    s_ = sum(parts)
    mode = r.choice(['约', '近', '余', '多'])
    if mode == '约':
        tot = round(s_, -1) if round(s_, -1) != s_ else s_ + 3
        tot = int(round(s_ / 10.0) * 10) or 10
        if tot == s_:
            tot += 10
        ts = '约%s' % F.n(tot)
    elif mode == '近':
        tot = (s_ // 10 + 1) * 10
        ts = '近%s' % F.n(tot)
    else:
        tot = s_ // 10 * 10
        if tot == s_:
            tot -= 10
        ts = '%s%s' % (F.n(tot), mode)
    s = '共%s%s%s，其中%s。' % (t, ts, u, '、'.join('%s%s%s' % (a, F.n(b), u) for a, b in zip(nm, parts)))
    return doc(r, s, dept), '总数带“%s”为概数，与分项之和(%d)不必相等' % (mode, s_), [{'rel': 'none', 'kind': 'approximate', 'nums': [F.pair(tot)] + [F.pair(x) for x in parts]}]


def n_models(r, F):
    a, b, c = r.randint(2, 9), r.randint(1, 6), r.randint(2, 20)
    m1 = r.choice(['ZX-300型', 'DF1200型', 'HT-65A型', 'QY25K型', 'JL-2000型'])
    m2 = r.choice(['SG-160型', 'KM-5型', 'BY-800型', 'RT-3500型'])
    s = '更新%s消防车%d辆、%s应急排涝泵车%d台，配发%s型号执法记录仪%d部。' % (m1, a, m2, b, r.choice(['DSJ-V7', 'DSJ-H8', 'ZF-X3']), c)
    return doc(r, s, '应急管理局'), '型号中的数字不是数量，也无总数可核', [{'rel': 'none', 'kind': 'model_numbers', 'nums': []}]


def n_contacts(r, F):
    p = r.choice(PLACES)
    s = ['%s便民服务中心地址：%s%s路%d号，邮编%d。' % (p, p, r.choice(['建设', '人民', '滨江', '解放']), r.randint(1, 399), r.randint(310000, 659999)),
         '咨询电话：0%d-%d%07d，投诉举报电话：12345，传真：0%d-%d%07d。' % (r.randint(310, 999), r.randint(5, 8), r.randint(0, 9999999), r.randint(310, 999), r.randint(5, 8), r.randint(0, 9999999)),
         '办公时间：周一至周五 8:30—12:00，14:30—17:30（法定节假日除外）。']
    return doc(r, s, hp=0.3, tp=0), '地址、邮编、电话、时间均非计数关系', [{'rel': 'none', 'kind': 'contacts', 'nums': []}]


def n_ranks(r, F):
    a, b, c = r.randint(2, 15), r.randint(1, 9), r.randint(1, 30)
    s = '在全市年度综合考核中位列第%s名，营商环境评价居全省第%s位，“数字政府”建设评估排名第%s，连续%s年获评先进单位。' % (F.n(a), F.n(b), F.n(c), cn(r.randint(2, 5)))
    return doc(r, s), '名次与年数不是可加总的数量', [{'rel': 'none', 'kind': 'ranks', 'nums': []}]


def n_plusx(r, F):
    s = r.sample(['推进“1+X”证书制度试点，覆盖%d个专业。' % r.randint(3, 12), '组建“7+X”家庭医生签约服务团队。', '推行“5+2”“白+黑”工作模式。',
                  '落实“3+2”中高职贯通培养。', '构建“1+N”政策体系。', '打造“15分钟便民生活圈”。', '开展“双百”行动。'], 3)
    return doc(r, ''.join(s)), '“1+X”“7+X”“3+2”等为制度名称，不是算式', [{'rel': 'none', 'kind': 'plus_x', 'nums': []}]


def n_cumul(r, F):
    t, u, names, dept = dom(r, F)
    a = F.draw(10, 200)
    b = a + F.draw(50, 800)
    s = '今年新增%s%s%s，累计达到%s%s，%s。' % (t.replace('完成', '').replace('实现', ''), F.n(a), u, F.n(b), u, r.choice(['创历史新高', '位居全市前列', '提前完成五年规划目标']))
    return doc(r, s, dept), '累计数含以前年度，与当年新增无加总关系', [{'rel': 'none', 'kind': 'cumulative', 'nums': [F.pair(a), F.pair(b)]}]


def n_percap(r, F):
    a, b, c = F.draw(300, 900), F.draw(100, 400), F.draw(900, 3000)
    s = '脱贫户户均增收%s元，人均增收%s元，农村居民人均可支配收入达到%s元。' % (F.n(a), F.n(b), F.n(c))
    return doc(r, s, '农业农村局'), '户均、人均、人均可支配收入是不同口径的平均数', [{'rel': 'none', 'kind': 'averages', 'nums': [F.pair(a), F.pair(b), F.pair(c)]}]


def n_nested(r, F):
    tot = F.draw(100, 900)
    a = int(tot * r.uniform(0.3, 0.6))
    b = int(a * r.uniform(0.1, 0.4)) or 1
    s = '全校共有教职工%s人，其中女教师%s人，女教师中少数民族%s人。' % (F.n(tot), F.n(a), F.n(b))
    return doc(r, s, '学校'), '嵌套子集（女教师中的少数民族），不构成分项求和', [{'rel': 'none', 'kind': 'nested', 'nums': [F.pair(tot), F.pair(a), F.pair(b)]}]


def n_codes(r, F):
    y = r.choice([2022, 2023, 2024])
    s = '根据《%s关于印发实施方案的通知》（%s政发〔%d〕%d号）和国家标准GB %d-%d，受第%d号台风影响，G%d高速及S%d省道部分路段实行交通管制。' % (
        r.choice(PLACES), r.choice(['青', '临', '鹤', '汀']), y, r.randint(3, 40), r.randint(2000, 9999), r.randint(2015, 2023), r.randint(3, 15), r.randint(1, 99), r.randint(100, 400))
    return doc(r, s, hp=0.3), '文号、标准号、台风编号、道路编号均为编码', [{'rel': 'none', 'kind': 'codes', 'nums': []}]


def n_ranges(r, F):
    a = r.randint(16, 20)
    s = '招募对象为年龄%d至%d周岁的高校毕业生，每人每月补贴%d—%d元，服务期%d~%d年，提前%d-%d个工作日报名。' % (
        a, r.randint(30, 35), r.randint(1, 3) * 1000, r.randint(4, 6) * 1000, r.randint(1, 2), r.randint(3, 5), r.randint(3, 5), r.randint(7, 10))
    return doc(r, s, '人力资源和社会保障局'), '数值区间不是运算', [{'rel': 'none', 'kind': 'ranges', 'nums': []}]


def n_otherwhole(r, F):
    t, u, names, dept = dom(r, F)
    tot, a, b = F.draw(100, 600), F.draw(5, 60), F.draw(5, 60)
    s = '%s共%s%s%s；另有上年结转%s%s，诉前化解%s%s，未计入上述数据。' % (r.choice(['全年', '本年度']), t, F.n(tot), u, F.n(a), u, F.n(b), u)
    return doc(r, s, dept), '“另有……未计入”的数与总数无包含关系', [{'rel': 'none', 'kind': 'outside_whole', 'nums': [F.pair(tot), F.pair(a), F.pair(b)]}]


def n_slogans(r, F):
    s = '坚决打好“三大攻坚战”，统筹推进“五位一体”总体布局，扎实做好“六稳”“六保”工作，深入开展“四下基层”和“两学一做”，落实“一岗双责”。'
    return doc(r, s, hp=0.6), '口号中的数词不是计数，后文也未列举', [{'rel': 'none', 'kind': 'slogans', 'nums': []}]


# ================================================================= PCT (positive)
def p_basic(r, F, bad):
    dn, nn, rn, u, uw, dept, lo, hi = rated(r, F)
    if F.prof == 'w':
        u = uw
    den, num, d, x = pick_rate(r, F, lo, hi)
    st, _ = rate_val(r, num, den, d, bad)
    s = '全年%s%s%s，%s%s%s，%s%s%s。' % (dn, F.n(den), u, nn, F.n(num), u, rn, r.choice(['', '为', '达', '达到']), F.p(st, d))
    return doc(r, s, dept), '%s=%s/%s，按所给小数位四舍五入' % (rn, nn, dn) + ('；所述比率与数字不符' if bad else ''), [ck_rate(F, num, den, st, d)]


def p_first(r, F, bad):
    dn, nn, rn, u, uw, dept, lo, hi = rated(r, F)
    den, num, d, x = pick_rate(r, F, lo, hi)
    st, _ = rate_val(r, num, den, d, bad)
    if r.random() < 0.5:
        s = '%s达%s，%s%s%s%s%s。' % (rn, F.p(st, d), r.choice(['全年', '累计']), dn, F.n(den), u, '，' + nn + F.n(num) + u)
    else:
        s = '%s%s（%s/%s）。' % (rn, F.p(st, d), F.n(num), F.n(den))
        s = '%s%s%s，%s%s%s，' % (dn, F.n(den), u, nn, F.n(num), u) + s if r.random() < 0.5 else s
    return doc(r, s, dept), '比率在前、数字在后（或括号分式），比率应等于分子/分母' + ('；比率有误' if bad else ''), [ck_rate(F, num, den, st, d)]


def p_share(r, F, bad):
    t, u, names, dept = dom(r, F)
    den, num, d, x = pick_rate(r, F, 0.05, 0.7)
    st, _ = rate_val(r, num, den, d, bad)
    a = r.choice(names)
    s = '共%s%s%s，其中%s%s%s，%s%s。' % (t, F.n(den), u, a, F.n(num), u, r.choice(['占', '占比', '占总数的', '所占比重为']), F.p(st, d))
    return doc(r, s, dept), '占比=部分/总数' + ('；占比有误' if bad else ''), [ck_rate(F, num, den, st, d)]


def p_shares_multi(r, F, bad):
    t, u, names, dept = dom(r, F)
    k = r.randint(2, min(3, len(names) - 1))
    nm = r.sample(names, k + 1)
    for _ in range(200):
        parts = [F.draw(10, 300) for _ in range(k + 1)]
        den = sum(parts)
        d = r.choice([1, 2])
        xs = [Decimal(p) * 100 / den for p in parts[:k]]
        if not any(near_half(x, d) for x in xs):
            break
    wi = r.randrange(k) if bad else -1
    sts = [(wrong_pct(r, q(x, d), d, Decimal(100)) if i == wi else q(x, d)) for i, x in enumerate(xs)]
    s = '共%s%s%s，其中%s。' % (t, F.n(den), u, '；'.join('%s%s%s，占%s' % (a, F.n(b), u, F.p(c, d)) for a, b, c in zip(nm, parts, sts)))
    return doc(r, s, dept), '多个分项各自的占比=分项/总数（未列出全部分项）' + ('；第%d个占比有误' % (wi + 1) if bad else ''), [ck_rate(F, p, den, c, d) for p, c in zip(parts, sts)]


def p_cap(r, F, bad):
    k = r.randint(3, 4)
    cats = r.choice([['第一产业', '第二产业', '第三产业'], ['城镇职工医保', '城乡居民医保', '大病保险', '医疗救助'], ['火电', '水电', '风电', '光伏'],
                     ['住宅用地', '商服用地', '工业用地', '其他用地'], ['移动', '联通', '电信', '广电']])[:k]
    k = len(cats)
    d = r.choice([1, 2])
    unit = Decimal(1).scaleb(-d)
    for _ in range(500):
        w = [r.randint(5, 60) for _ in range(k)]
        tot_units = r.randint(int(90 / unit), int(100 / unit))
        sh = [q(Decimal(tot_units) * unit * x / sum(w), d) for x in w]
        if cats[0] == '第一产业':
            sh[-1] = 100 - sum(sh[:-1])
        if sum(sh) <= 100 and min(sh) > 0:
            break
    if bad:
        need = 100 - sum(sh) + r.randint(1, 12) + Decimal(r.randint(0, 9)) / 10
        i = r.randrange(k)
        sh[i] = q(sh[i] + need, d)
    what = r.choice(['装机结构', '构成', '占比', '比重'])
    s = '从%s看，%s。' % (what, '，'.join('%s占%s' % (c, F.p(x, d)) for c, x in zip(cats, sh)))
    return doc(r, s), '同一整体的各部分占比之和不能超过100%' + ('；合计为%s%%' % sum(sh) if bad else '（合计%s%%）' % sum(sh)), [
        {'rel': 'share_cap', 'shares': [[F.p(x, d), str(x)] for x in sh]}]


def p_growth(r, F, bad):
    ind, u, uw = r.choice([g for g in GROWTH if F.prof != 'w' or g[2]])
    if F.prof == 'w':
        u = uw
    a, b, d, x = pick_growth(r, F, True)
    st = wrong_pct(r, q(x, d), d) if bad else q(x, d)
    s = '%s由上年的%s%s增至%s%s，%s%s。' % (ind, F.n(a), u, F.n(b), u, r.choice(['增长', '增幅为', '同比增长']), F.p(st, d))
    return doc(r, s), '增长率=(B−A)/A' + ('；增长率有误' if bad else ''), [ck_growth(F, a, b, st, d, True)]


def p_decline(r, F, bad):
    ind, u, uw = r.choice([g for g in GROWTH if F.prof != 'w' or g[2]])
    ind = r.choice([ind, '万元GDP能耗', '安全生产事故起数', '信访总量', '刑事案件发案数'])
    if ind in ('万元GDP能耗',):
        u = '吨标准煤'
    elif ind in ('安全生产事故起数', '刑事案件发案数'):
        u = '起'
    elif ind == '信访总量':
        u = '件'
    a, b, d, x = pick_growth(r, F, False)
    st = wrong_pct(r, q(x, d), d, Decimal(100)) if bad else q(x, d)
    s = '%s从%s%s下降到%s%s，%s%s。' % (ind, F.n(a), u, F.n(b), u, r.choice(['下降', '降幅', '减少']), F.p(st, d))
    return doc(r, s), '降幅=(A−B)/A' + ('；降幅有误' if bad else ''), [ck_growth(F, a, b, st, d, False)]


def p_yoy(r, F, bad):
    ind, u, uw = r.choice([g for g in GROWTH if F.prof != 'w' or g[2]])
    if F.prof == 'w':
        u = uw
    up = r.random() < 0.7
    a, b, d, x = pick_growth(r, F, up)
    st = wrong_pct(r, q(x, d), d) if bad else q(x, d)
    y = r.choice([2022, 2023, 2024])
    s = '%d年%s%s%s，上年同期为%s%s，同比%s%s。' % (y, ind, F.n(b), u, F.n(a), u, '增长' if up else '下降', F.p(st, d))
    return doc(r, s), '先给本期后给上年同期，同比变化率=(本期−上期)/上期' + ('；变化率有误' if bad else ''), [ck_growth(F, a, b, st, d, up)]


def p_complete(r, F, bad):
    ind, u, uw = r.choice([g for g in GROWTH if F.prof != 'w' or g[2]])
    if F.prof == 'w':
        u = uw
    den, num, d, x = pick_rate(r, F, 0.6, 1.25)
    st, _ = rate_val(r, num, den, d, bad, cap=None)
    s = '%s年度目标%s%s，实际完成%s%s，完成率%s。' % (ind, F.n(den), u, F.n(num), u, F.p(st, d))
    return doc(r, s), '完成率=完成/目标' + ('；完成率有误' if bad else ''), [ck_rate(F, num, den, st, d)]


def pick_rate_any(r, F, lo, hi):
    for _ in range(1000):
        den = F.draw(50, 900)
        num = int(den * r.uniform(lo, hi))
        if F.prof == 'w':
            num = num // 100 * 100
        if num <= 0:
            continue
        d = r.choice([1, 2, 0])
        x = Decimal(num) * 100 / den
        if not near_half(x, d):
            return den, num, d, x
    raise RuntimeError


def p_complement(r, F, bad):
    den, num, d, x = pick_rate(r, F, 0.005, 0.08)
    d = max(d, 1)
    while near_half(Decimal(num) * 100 / den, d):
        den += 1
    fr = q(Decimal(num) * 100 / den, d)
    pa = 100 - fr
    if bad:
        pa = wrong_pct(r, pa, d, Decimal(100))
    obj, u = r.choice([('食品', '批次'), ('食用农产品', '批次'), ('电能表', '只'), ('燃气表', '只'), ('建材产品', '组'), ('计量器具', '台')])
    s = '共抽检' + obj + '%s%s，不合格%s%s，不合格率%s，合格率%s。' % (F.n(den), u, F.n(num), u, F.p(fr, d), F.p(pa, d))
    return doc(r, s, '市场监督管理局'), '不合格率=不合格/抽检；合格率+不合格率=100%' + ('；合格率有误' if bad else ''), [
        ck_rate(F, num, den, fr, d), {'rel': 'complement', 'a': [F.p(pa, d), str(pa)], 'b': [F.p(fr, d), str(fr)]}]


def p_kv(r, F, bad):
    dn, nn, rn, u, uw, dept, lo, hi = rated(r, F)
    if F.prof == 'w':
        u = uw
    den, num, d, x = pick_rate(r, F, lo, hi)
    st, _ = rate_val(r, num, den, d, bad)
    c = r.choice(['：', ':', '　'])
    lines = ['%s%s%s%s' % (dn, c, F.n(den), u), '%s%s%s%s' % (nn, c, F.n(num), u), '%s%s%s' % (rn, c, F.p(st, d))]
    return doc(r, lines, dept, hp=0.5, tp=0.2), '表单三行：%s=%s/%s' % (rn, nn, dn) + ('；比率有误' if bad else ''), [ck_rate(F, num, den, st, d)]


def p_table(r, F, bad):
    dn, nn, rn, u, uw, dept, lo, hi = rated(r, F)
    if F.prof == 'w':
        u = uw
    n = r.randint(2, 4)
    wi = r.randrange(n) if bad else -1
    sp = r.choice([' | ', '\t', '｜'])
    units = r.sample(PLACES, n)
    lines = [sp.join(['单位', dn.replace('受理', '受理数').replace('抽检', '抽检数'), nn, rn])]
    checks = []
    for i in range(n):
        den, num, d, x = pick_rate(r, F, lo, hi)
        st, _ = rate_val(r, num, den, d, i == wi)
        lines.append(sp.join([units[i], F.n(den), F.n(num), F.p(st, d)]))
        checks.append(ck_rate(F, num, den, st, d))
    return doc(r, lines, dept, hp=0.3, tp=0.3), '表格每行：%s=第3列/第2列' % rn + ('；第%d行有误' % (wi + 1) if bad else ''), checks


MAL = {
    'space': lambda s: s[:-1] + ' ' + s[-1],
    'xx': lambda s: r_choice_holder[0].choice(['xx%', 'XX%', 'xx.x%', 'X%', '××%']),
    'double': lambda s: s + s[-1] if r_choice_holder[0].random() < 0.6 else s + ('％' if s[-1] == '%' else '%'),
    'prefix': lambda s: s[-1] + s[:-1],
    'dots': lambda s: s.replace('.', '..', 1) if '.' in s else s[:-1] + '.%',
}
r_choice_holder = [None]


def make_mal(kind_choices):
    def fn(r, F, bad):
        dn, nn, rn, u, uw, dept, lo, hi = rated(r, F)
        if F.prof == 'w':
            u = uw
        den, num, d, x = pick_rate(r, F, lo, hi)
        if kind_choices == ['dots'] or (kind_choices[0] == 'dots'):
            d = max(d, 1)
            while near_half(Decimal(num) * 100 / den, d):
                den += 1
        st = q(Decimal(num) * 100 / den, d)
        good = F.p(st, d)
        ptxt = good
        checks = [ck_rate(F, num, den, st, d)]
        kind = r.choice(kind_choices)
        if bad:
            r_choice_holder[0] = r
            ptxt = MAL[kind](good)
            checks[0]['pct'][0] = ptxt
            checks.append({'rel': 'malformed', 'token': ptxt})
        form = r.randrange(3)
        if form == 0:
            s = '%s%s%s，%s%s%s，%s%s。' % (dn, F.n(den), u, nn, F.n(num), u, rn, ptxt)
        elif form == 1:
            s = '%s%s%s%s，%s%s%s，%s达到%s。' % (r.choice(['全年', '今年以来', '截至年底']), dn, F.n(den), u, nn, F.n(num), u, rn, ptxt)
        else:
            s = '%s：%s%s，%s：%s%s，%s：%s' % (dn, F.n(den), u, nn, F.n(num), u, rn, ptxt)
        note = ('百分数书写畸形（%s），无论算术如何均判不一致' % kind) if bad else '百分数书写规范且等于分子/分母'
        return doc(r, s, dept), note, checks
    return fn


def p_holiday(r, F, bad):
    u = '人次'
    a, b, d, x = pick_growth(r, F, True)
    g = q(x, d)
    den2 = int(b / r.uniform(0.75, 1.15))
    if F.prof == 'w':
        den2 = den2 // 100 * 100
    d2 = r.choice([1, 0])
    while near_half(Decimal(b) * 100 / den2, d2):
        den2 += 100 if F.prof == 'w' else 1
    rec = q(Decimal(b) * 100 / den2, d2)
    which = r.randrange(2) if bad else -1
    if which == 0:
        g = wrong_pct(r, g, d)
    if which == 1:
        rec = wrong_pct(r, rec, d2)
    hol = r.choice(['“五一”假期', '国庆假期', '春节假期', '端午假期', '中秋假期'])
    s = ['%s，全%s共接待游客%s%s，上年同期为%s%s，同比增长%s；' % (hol, r.choice(['县', '市', '区']), F.n(b), u, F.n(a), u, F.p(g, d)),
         '按可比口径，2019年同期接待%s%s，恢复至2019年同期的%s。' % (F.n(den2), u, F.p(rec, d2))]
    return doc(r, s, '文化广电和旅游局', hp=0.4), '两处关系：同比增长率与恢复率（本期/2019年同期）' + ('；错误在%s' % ('增长率' if which == 0 else '恢复率') if bad else ''), [
        ck_growth(F, a, b, g, d, True), ck_rate(F, b, den2, rec, d2)]


def p_medins(r, F, bad):
    u = '元' if F.prof == 'w' else '万元'
    den, num, d, x = pick_rate(r, F, 0.45, 0.85)
    st, _ = rate_val(r, num, den, d, bad)
    n = r.randint(1000, 90000)
    s = '全年住院医疗费用总额%s%s，统筹基金支付%s%s，实际报销比例%s；' % (F.n(den), u, F.n(num), u, F.p(st, d)) + '惠及参保群众%s人次。' % F.n(n if F.prof != 'w' else n * 100)
    return doc(r, s, '医疗保障局'), '实际报销比例=基金支付/费用总额（人次数仅为背景）' + ('；比例有误' if bad else ''), [ck_rate(F, num, den, st, d)]


def p_exam(r, F, bad):
    n1 = F.draw(300, 900)
    n2 = int(n1 * r.uniform(0.6, 0.95))
    n3 = int(n2 * r.uniform(0.2, 0.8))
    if F.prof == 'w':
        n2, n3 = n2 // 100 * 100, n3 // 100 * 100
    d = r.choice([1, 2])
    step = 100 if F.prof == 'w' else 1
    while near_half(Decimal(n2) * 100 / n1, d):
        n1 += step
    while near_half(Decimal(n3) * 100 / n2, d):
        n3 -= step
    r1, r2 = q(Decimal(n2) * 100 / n1, d), q(Decimal(n3) * 100 / n2, d)
    which = r.randrange(2) if bad else -1
    if which == 0:
        r1 = wrong_pct(r, r1, d, Decimal(100))
    if which == 1:
        r2 = wrong_pct(r, r2, d, Decimal(100))
    ex = r.choice(['公务员招录笔试', '事业单位公开招聘考试', '教师资格考试', '二级建造师考试'])
    s = '%s报名%s人，实际参考%s人，参考率%s；合格%s人，合格率%s（按实际参考人数计）。' % (ex, F.n(n1), F.n(n2), F.p(r1, d), F.n(n3), F.p(r2, d))
    return doc(r, s, '人事考试中心'), '参考率=参考/报名；合格率=合格/参考（文中注明口径）' + ('；错误在%s' % ('参考率' if which == 0 else '合格率') if bad else ''), [
        ck_rate(F, n2, n1, r1, d), ck_rate(F, n3, n2, r2, d)]


def p_energy(r, F, bad):
    F.dp = 0 if F.prof == 'w' else 1
    den, num, d, x = pick_rate(r, F, 0.2, 0.8)
    st, _ = rate_val(r, num, den, d, bad)
    u = '千瓦时' if F.prof == 'w' else '亿千瓦时'
    if F.prof == 'w':
        u = '千瓦时'
    s = '全年发电量%s%s，其中%s发电量%s%s，占比%s，%s。' % (F.n(den), u, r.choice(['清洁能源', '可再生能源', '非化石能源']), F.n(num), u, F.p(st, d),
                                            r.choice(['能源结构持续优化', '较上年有所提高', '绿色低碳转型稳步推进']))
    return doc(r, s, '能源局'), '清洁能源占比=清洁电量/总发电量' + ('；占比有误' if bad else ''), [ck_rate(F, num, den, st, d)]


def p_fraction(r, F, bad):
    dn, nn, rn, u, uw, dept, lo, hi = rated(r, F)
    if F.prof == 'w':
        u = uw
    den, num, d, x = pick_rate(r, F, lo, hi)
    st, _ = rate_val(r, num, den, d, bad)
    s = '%s%s%s（占%s总数%s%s的%s），%s。' % (nn, F.n(num), u, dn.replace('受理', '受理').replace('应参加', ''), F.n(den), u, F.p(st, d),
                                  r.choice(['较上年有所提升', '工作成效明显', '达到序时进度要求']))
    return doc(r, s, dept), '括号内“占总数X的R%”：R=部分/总数' + ('；比率有误' if bad else ''), [ck_rate(F, num, den, st, d)]


def p_decl_both(r, F, bad):
    ind = r.choice(['较大安全生产事故', '道路交通事故', '火灾事故', '电信网络诈骗案件', '重复信访事项'])
    a, b, d, x = pick_growth(r, F, False)
    c = a - b
    st = q(x, d)
    which = r.randrange(2) if bad else -1
    if which == 0:
        c = c + F.delta(c) * (1 if c < 300 or r.random() < 0.5 else -1)
    if which == 1:
        st = wrong_pct(r, st, d, Decimal(100))
    u = '起' if '事故' in ind or '案件' in ind else '件'
    s = '全年发生%s%s%s，比上年的%s%s减少%s%s，下降%s。' % (ind, F.n(b), u, F.n(a), u, F.n(c), u, F.p(st, d))
    return doc(r, s), '两处关系：减少量=上年−本年；降幅=减少量/上年' + ('；错误在%s' % ('减少量' if which == 0 else '降幅') if bad else ''), [
        ck_diff(F, a, b, c), ck_growth(F, a, b, st, d, False)]


# ================================================================= PCT (negative)
def m_over100(r, F):
    s = '实现%s%s亿元，同比增长%s；%s同比增长%s。' % (r.choice(['跨境电商交易额', '新能源汽车产值', '直播电商销售额']), F.n(r.randint(2, 90)),
                                       F.p(q(Decimal(r.randint(1010, 4000)) / 10, 1), 1), r.choice(['光伏组件出口量', '数字经济核心产业增加值', '充电桩数量']),
                                       F.p(Decimal(r.randint(101, 300)), 0))
    return doc(r, s), '增速超过100%是正常的增长，不是占比，也无基数可核', [{'rel': 'none', 'kind': 'growth_over_100', 'nums': []}]


def m_pp(r, F):
    d = 1
    a = Decimal(r.randint(800, 980)) / 10
    dd = Decimal(r.randint(3, 40)) / 10
    b = a + dd
    if b >= 100:
        b, a = a, a - dd
    if r.random() < 0.5:
        s = '%s由上年的%s提高到%s，提高%s个百分点。' % (r.choice(['城乡居民医保参保率', '垃圾分类覆盖率', '农村自来水普及率']), F.p(a, d), F.p(b, d), F.n(0) if False else str(dd))
        nums = [[F.p(a, d), str(a)], [F.p(b, d), str(b)]]
    else:
        s = '%s达到%s，比上年提高%s个百分点。' % (r.choice(['义务教育巩固率', '城镇化率', '森林覆盖率']), F.p(b, d), dd)
        nums = [[F.p(b, d), str(b)]]
    return doc(r, s), '“个百分点”是差值而非增长率，不能按(B−A)/A核算', [{'rel': 'none', 'kind': 'percentage_points', 'nums': nums}]


def m_multi(r, F):
    xs = [r.randint(40, 90) for _ in range(3)]
    s = '问卷调查显示，受访者中认为“办事更便捷”的占%s，认为“服务态度改善”的占%s，认为“信息公开更及时”的占%s（可多选）。' % tuple(F.p(Decimal(x), 0) for x in xs)
    return doc(r, s), '多选题比例之和可超过100%', [{'rel': 'none', 'kind': 'multi_choice', 'nums': [[F.p(Decimal(x), 0), str(x)] for x in xs]}]


def m_diffwhole(r, F):
    xs = [Decimal(r.randint(300, 950)) / 10 for _ in range(3)]
    s = '全市中小学校中，小学专任教师本科以上学历占%s，初中占%s，高中研究生学历教师占%s。' % tuple(F.p(x, 1) for x in xs)
    return doc(r, s, '教育局'), '各比例分母不同（不同学段），相加超过100%不构成矛盾', [{'rel': 'none', 'kind': 'different_wholes', 'nums': [[F.p(x, 1), str(x)] for x in xs]}]


def m_policy(r, F):
    s = '落实增值税小规模纳税人减按%s征收率政策；个人首套住房首付比例不低于%s；对符合条件的企业按实际缴费%s给予稳岗返还；一般纳税人适用%s税率。' % (
        F.p(Decimal(1), 0), F.p(Decimal(r.choice([15, 20, 25])), 0), F.p(Decimal(r.choice([50, 60, 90])), 0), F.p(Decimal(r.choice([6, 9, 13])), 0))
    return doc(r, s, '税务局'), '政策税率、比例，不是统计占比', [{'rel': 'none', 'kind': 'policy_rates', 'nums': []}]


def m_range(r, F):
    a = r.randint(5, 12)
    s = '力争全年%s增长%s—%s，单位能耗下降%s至%s，物价涨幅控制在%s左右。' % (r.choice(['地区生产总值', '一般公共预算收入', '固定资产投资']), F.p(Decimal(a), 0), F.p(Decimal(a + 2), 0),
                                                   F.p(Decimal(r.randint(2, 3)), 0), F.p(Decimal(r.randint(4, 5)), 0), F.p(Decimal(3), 0))
    return doc(r, s), '预期目标区间，不是核算关系', [{'rel': 'none', 'kind': 'ranges', 'nums': []}]


def m_target(r, F):
    a = Decimal(r.randint(1010, 1350)) / 10
    s = '%s完成年度目标任务的%s，时序进度%s，提前一个月完成全年任务。' % (r.choice(['招商引资到位资金', '固定资产投资', '城镇新增就业']), F.p(a, 1), F.p(Decimal(r.randint(101, 120)), 0))
    return doc(r, s), '超额完成目标，超过100%属正常，且无基数可核', [{'rel': 'none', 'kind': 'over_target', 'nums': []}]


def m_comparable(r, F):
    a = F.draw(200, 900)
    b = int(a * r.uniform(1.05, 1.2))
    if F.prof == 'w':
        b = b // 100 * 100
    nom = (Decimal(b) - a) * 100 / a
    real = q(nom - Decimal(r.randint(15, 40)) / 10, 1)
    u = '元' if F.prof == 'w' else '亿元'
    s = '全年地区生产总值%s%s，上年为%s%s，按可比价格计算增长%s。' % (F.n(b), u, F.n(a), u, F.p(real, 1))
    return doc(r, s, '统计局'), '可比价（实际）增速剔除价格因素，不等于名义值计算的%s%%' % q(nom, 1), [
        {'rel': 'none', 'kind': 'comparable_price', 'nums': [F.pair(a), F.pair(b), [F.p(real, 1), str(real)]]}]


def m_products(r, F):
    s = '储备%s酒精消毒液%d箱、N95口罩%d万只、%s氯化钠注射液%d箱，PM2.5平均浓度为%d微克/立方米，建成5G基站%d个。' % (
        F.p(Decimal(75), 0), r.randint(50, 900), r.randint(2, 50), F.p(Decimal('0.9'), 1), r.randint(20, 300), r.randint(20, 45), r.randint(100, 900))
    return doc(r, s, '卫生健康局'), '产品规格中的百分数和编号不是统计比率', [{'rel': 'none', 'kind': 'product_specs', 'nums': []}]


def m_words(r, F):
    den = F.draw(300, 900)
    num = int(den * r.uniform(0.91, 0.99))
    s = '共走访群众%s户，%s户表示满意，满意度达九成以上。' % (F.n(den), F.n(num))
    return doc(r, s), '用“九成以上”表示的概数，按约数理解，成立', [{'rel': 'none', 'kind': 'approx_words', 'nums': [F.pair(den), F.pair(num)]}]


def m_yoylist(r, F):
    items = r.sample(['规模以上工业增加值', '社会消费品零售总额', '固定资产投资', '一般公共预算收入', '进出口总额', '城镇居民人均可支配收入'], 4)
    s = '；'.join('%s同比%s%s' % (x, r.choice(['增长', '增长', '下降']), F.p(Decimal(r.randint(5, 250)) / 10, 1)) for x in items) + '。'
    return doc(r, s, '统计局'), '只给增速、不给基数，无法核算', [{'rel': 'none', 'kind': 'rates_only', 'nums': []}]


def m_bank(r, F):
    s = '一年期贷款市场报价利率为%s，辖内银行业不良贷款率%s，资本充足率%s，拨备覆盖率%s。' % (
        F.p(Decimal(r.choice(['3.45', '3.65', '3.10'])), 2), F.p(Decimal(r.randint(80, 250)) / 100, 2), F.p(Decimal(r.randint(110, 160)) / 10, 1), F.p(Decimal(r.randint(1500, 3500)) / 10, 1))
    return doc(r, s, '金融工作局'), '金融比率互不构成整体的组成部分（拨备覆盖率>100%正常）', [{'rel': 'none', 'kind': 'financial_ratios', 'nums': []}]


def m_footnote(r, F):
    k = 3
    cats = ['第一产业', '第二产业', '第三产业']
    while True:
        sh = [Decimal(r.randint(50, 150)) / 10, Decimal(r.randint(300, 450)) / 10]
        sh.append(Decimal('100.1') - sum(sh))
        if sh[2] > 0:
            break
    lines = ['表2 三次产业结构', ' | '.join(['产业', '占比']), *[' | '.join([c, F.p(x, 1)]) for c, x in zip(cats, sh)],
             '注：本表数据经四舍五入，分项占比之和与100%可能存在细微差异。']
    return doc(r, lines, '统计局', hp=0.2, tp=0), '各项占比四舍五入后合计100.1%，且有脚注说明，属舍入差', [
        {'rel': 'none', 'kind': 'rounding_footnote', 'nums': [[F.p(x, 1), str(x)] for x in sh]}]


def m_recover(r, F):
    s = '%s接待游客人次恢复至2019年同期的%s，旅游收入恢复至%s，过夜游客占比提升明显。' % (r.choice(['国庆假期', '春节假期']), F.p(Decimal(r.randint(700, 1200)) / 10, 1),
                                                              F.p(Decimal(r.randint(700, 1200)) / 10, 1))
    return doc(r, s, '文化广电和旅游局'), '恢复率无基数可核，可超过100%', [{'rel': 'none', 'kind': 'recovery_no_base', 'nums': []}]


def m_ratio(r, F):
    s = '城乡居民收入比缩小至%s:1，义务教育阶段生师比为%d:1，新生儿性别比为%s。' % ('%.2f' % (r.randint(180, 240) / 100), r.randint(12, 18), r.randint(103, 110))
    return doc(r, s, '统计局'), '比值而非百分比，无可核关系', [{'rel': 'none', 'kind': 'ratios', 'nums': []}]


# ================================================================= registry
PN = {'a': 'ascii', 'f': 'fw', 's': 'sep', 'c': 'cnnum', 'w': 'wan'}
STYLES = []


def reg(fam, name, fn, profs, neg=False):
    for p in profs:
        STYLES.append(('%s_%s' % (name, PN[p]) if not neg else name, fam, neg, fn, p))


for nm, fn, pr in [('qizhong_enum', t_qizhong, 'afcsw'), ('fenbie_weishu', t_fenbie, 'asw'), ('total_after_parts', t_after, 'afw'),
                   ('num_before_name', t_numfirst, 'acs'), ('paren_parts', t_paren, 'afw'), ('line_list', t_lines, 'afs'),
                   ('word_table', t_table, 'asw'), ('sheet_rows', t_csv, 'afw'), ('kv_form', t_kv, 'afs'), ('income_balance', t_balance, 'asw'),
                   ('change_from_to', t_change, 'afc'), ('yoy_abs_change', t_yoy, 'asw'), ('budget_adjust', t_budget, 'asw'),
                   ('numbered_measures', t_items, 'ac'), ('circled_items', t_circled, 'afs'), ('binary_split', t_binary, 'acw'),
                   ('plan_remaining', t_remain, 'afs'), ('cross_sentence', t_cross, 'afw'), ('two_relations', t_two, 'asc'),
                   ('merger_consideration', t_merger, 'afw')]:
    reg('totals', nm, fn, pr)
for nm, fn in [('neg_overlap_subsets', n_overlap), ('neg_mainly_selection', n_mainly), ('neg_deng_partial', n_deng), ('neg_approx_total', n_approx),
               ('neg_model_numbers', n_models), ('neg_contacts_dates', n_contacts), ('neg_ranks', n_ranks), ('neg_plus_x', n_plusx),
               ('neg_cumulative_new', n_cumul), ('neg_averages', n_percap), ('neg_nested_subset', n_nested), ('neg_doc_codes', n_codes),
               ('neg_value_ranges', n_ranges), ('neg_outside_whole', n_otherwhole), ('neg_slogan_numerals', n_slogans)]:
    reg('totals', nm, fn, 'x', True)
for nm, fn, pr in [('rate_basic', p_basic, 'afcw'), ('rate_first', p_first, 'afs'), ('share_of_total', p_share, 'asw'),
                   ('shares_multi', p_shares_multi, 'afs'), ('shares_cap100', p_cap, 'af'), ('growth_from_to', p_growth, 'asw'),
                   ('decline_from_to', p_decline, 'afs'), ('yoy_rate', p_yoy, 'asw'), ('completion_rate', p_complete, 'asw'),
                   ('pass_fail_complement', p_complement, 'afs'), ('kv_rate', p_kv, 'afs'), ('table_rates', p_table, 'afs'),
                   ('mal_space', make_mal(['space']), 'af'), ('mal_placeholder', make_mal(['xx']), 'as'), ('mal_double_sign', make_mal(['double']), 'af'),
                   ('mal_prefix_sign', make_mal(['prefix']), 'aw'), ('mal_dots', make_mal(['dots']), 'af'), ('holiday_tourism', p_holiday, 'asw'),
                   ('medins_reimburse', p_medins, 'asw'), ('exam_two_rates', p_exam, 'afc'), ('energy_share', p_energy, 'afw'),
                   ('fraction_paren', p_fraction, 'afs'), ('decline_abs_and_pct', p_decl_both, 'as')]:
    reg('pct', nm, fn, pr)
for nm, fn in [('neg_growth_over100', m_over100), ('neg_pct_points', m_pp), ('neg_multi_choice', m_multi), ('neg_different_wholes', m_diffwhole),
               ('neg_policy_rates', m_policy), ('neg_target_ranges', m_range), ('neg_over_target', m_target), ('neg_comparable_price', m_comparable),
               ('neg_product_specs', m_products), ('neg_approx_words', m_words), ('neg_rates_only', m_yoylist), ('neg_bank_ratios', m_bank),
               ('neg_rounding_footnote', m_footnote), ('neg_recovery_nobase', m_recover), ('neg_ratio_notation', m_ratio)]:
    reg('pct', nm, fn, 'x', True)

PER_STYLE = 20


def generate(seed):
    out = []
    for name, fam, neg, fn, prof in STYLES:
        r = random.Random('n17|%d|%s' % (seed, name))
        labels = ['negative'] * PER_STYLE if neg else ['consistent', 'inconsistent'] * (PER_STYLE // 2)
        seen = set()
        for lab in labels:
            for _ in range(50):
                p = r.choice('af') if prof == 'x' else prof
                f = F(r, p)
                if neg:
                    text, note, checks = fn(r, f)
                else:
                    text, note, checks = fn(r, f, lab == 'inconsistent')
                if text not in seen and not problems({'family': fam, 'style': name, 'label': lab, 'text': text, 'note': note, 'checks': checks, 'id': 'n17-%s-000000' % fam}):
                    break
            else:
                raise RuntimeError('cannot generate %s: %s | %s' % (name, problems({'family': fam, 'style': name, 'label': lab, 'text': text, 'note': note, 'checks': checks, 'id': 'n17-%s-000000' % fam}), text))
            seen.add(text)
            out.append({'family': fam, 'style': name, 'label': lab, 'text': text, 'note': note, 'checks': checks})
    rr = random.Random('n17-order|%d' % seed)
    rr.shuffle(out)
    cnt = Counter()
    res = []
    for rec in out:
        cnt[rec['family']] += 1
        res.append(OrderedDict([('id', 'n17-%s-%06d' % (rec['family'], cnt[rec['family']]))] + list(rec.items())))
    return res


# ================================================================= verifier (independent recomputation)
CN_V = {'零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
CN_U = {'十': 10, '百': 100, '千': 1000}


def parse_cn(s):
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in CN_V:
            num = CN_V[ch]
        elif ch in CN_U:
            sec += (num or 1) * CN_U[ch]
            num = 0
        elif ch == '万':
            total += (sec + num) * 10000
            sec = num = 0
        else:
            raise ValueError(s)
    return total + sec + num


def parse_num(s):
    t = s.translate(FW_BACK).strip()
    if re.fullmatch('[零一二两三四五六七八九十百千万]+', t):
        return Decimal(parse_cn(t))
    mult = 1
    if t.endswith('万'):
        mult, t = 10000, t[:-1]
    elif t.endswith('亿'):
        mult, t = 100000000, t[:-1]
    t = re.sub(r'(?<=\d)[, ](?=\d{3}(\D|$))', '', t)
    if not re.fullmatch(r'\d+(\.\d+)?', t):
        raise ValueError(s)
    return Decimal(t) * mult


PCT_OK = re.compile(r'^[0-9０-９]+([.．][0-9０-９]+)?[%％]$')


def parse_pct(s):
    if not PCT_OK.match(s):
        raise ValueError(s)
    return parse_num(s[:-1])


MAL_SCAN = [re.compile(p) for p in [r'[0-9０-９]\s+[%％]', r'[%％][ ]?[0-9０-９]', r'[%％]{2}', r'[xX×]{1,2}(\.[xX])?[%％]', r'[0-9０-９][.．]{2}',
                                    r'[.．][%％]', r'(^|[^0-9０-９.．])[%％]']]


def check_val(pair, text, pct=False):
    s, v = pair
    if s not in text:
        raise ValueError('surface %r not in text' % s)
    got = parse_pct(s) if pct else parse_num(s)
    if got != Decimal(v):
        raise ValueError('surface %r parses to %s, stored %s' % (s, got, v))
    return got


def rate_ok(num, den, st):
    d = max(0, -st.as_tuple().exponent)
    x = num * 100 / den
    holds = q(x, d) == st
    margin = {0: Decimal('1.5')}.get(d, Decimal('0.25') if d == 1 else Decimal('0.2'))
    clear = abs(x - st) >= margin
    y = x.scaleb(d)
    fr = y - y.to_integral_value(rounding=ROUND_FLOOR)
    nearhalf = abs(fr - Decimal('0.5')) < Decimal('0.01')
    return holds, clear, nearhalf


def eval_check(c, text):
    """returns (status, info) status in ok/bad/none; raises on structural problems"""
    rel = c['rel']
    if rel == 'sum':
        tot = check_val(c['total'], text)
        ps = [check_val(p, text) for p in c['parts']]
        return ('ok' if sum(ps) == tot else 'bad'), True
    if rel == 'diff':
        a, b, cc = (check_val(c[k], text) for k in 'abc')
        return ('ok' if a - b == cc else 'bad'), True
    if rel == 'count':
        n = parse_num(c['n'][0]) if c['n'][0] in text else None
        if n is None or n != Decimal(c['n'][1]):
            raise ValueError('count surface')
        for m in c['markers']:
            if m not in text:
                raise ValueError('marker %s missing' % m)
        return ('ok' if n == len(c['markers']) else 'bad'), True
    if rel == 'rate':
        num, den = check_val(c['num'], text), check_val(c['den'], text)
        s, v = c['pct']
        if s not in text:
            raise ValueError('pct surface missing')
        st = Decimal(v)
        if PCT_OK.match(s) and parse_pct(s) != st:
            raise ValueError('pct parse')
        h, clear, nh = rate_ok(num, den, st)
        if h and nh:
            raise ValueError('rate near half boundary')
        return ('ok' if h else 'bad'), clear
    if rel == 'growth':
        a, b = check_val(c['from'], text), check_val(c['to'], text)
        st = check_val(c['pct'], text, True)
        chg = (b - a) if c['dir'] == 'up' else (a - b)
        if chg <= 0:
            raise ValueError('direction')
        h, clear, nh = rate_ok(chg, a, st)
        if h and nh:
            raise ValueError('growth near half')
        return ('ok' if h else 'bad'), clear
    if rel == 'complement':
        a, b = check_val(c['a'], text, True), check_val(c['b'], text, True)
        return ('ok' if a + b == 100 else 'bad'), abs(a + b - 100) >= Decimal('0.2')
    if rel == 'share_cap':
        xs = [check_val(p, text, True) for p in c['shares']]
        return ('ok' if sum(xs) <= 100 else 'bad'), sum(xs) >= 101
    if rel == 'malformed':
        tok = c['token']
        if tok not in text or PCT_OK.match(tok):
            raise ValueError('malformed token not malformed/present')
        return 'bad', True
    if rel == 'none':
        for p in c.get('nums', []):
            if p[0].endswith('%') or p[0].endswith('％'):
                check_val(p, text, True)
            else:
                check_val(p, text)
        return 'none', True
    raise ValueError('unknown rel ' + rel)


def problems(rec):
    errs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            errs.append('missing ' + k)
    if errs:
        return errs
    if not re.fullmatch(r'n17-(totals|pct)-\d{6}', rec['id']) or rec['id'].split('-')[1] != rec['family']:
        errs.append('bad id')
    if rec['label'] not in ('consistent', 'inconsistent', 'negative'):
        errs.append('bad label')
    if not re.fullmatch('[a-z0-9_]+', rec['style']):
        errs.append('bad style')
    text = rec['text']
    nl = text.count('\n') + 1
    if not 1 <= nl <= 8:
        errs.append('line count %d' % nl)
    if '\n' in rec['note']:
        errs.append('note multiline')
    if not rec['checks']:
        errs.append('no checks')
    sts = []
    try:
        for c in rec['checks']:
            sts.append(eval_check(c, text))
    except Exception as e:
        return errs + ['check error: %s' % e]
    bad = [s for s in sts if s[0] == 'bad']
    mal = [c for c in rec['checks'] if c['rel'] == 'malformed']
    lab = rec['label']
    if lab == 'consistent' and bad:
        errs.append('consistent record has failing check')
    if lab == 'consistent' and any(s[0] == 'none' for s in sts):
        errs.append('consistent record with none-check')
    if lab == 'inconsistent':
        if len(bad) != 1:
            errs.append('inconsistent record must have exactly one failing check, has %d' % len(bad))
        elif not bad[0][1]:
            errs.append('failing check is within rounding margin')
    if lab == 'negative' and any(s[0] != 'none' for s in sts):
        errs.append('negative record must only carry none-checks')
    hits = [m.pattern for m in MAL_SCAN if m.search(text)]
    if hits and not mal:
        errs.append('text contains malformed-looking percent %s' % hits)
    if mal and not hits:
        errs.append('malformed token not detected by scan')
    return errs


def verify(paths):
    ok = True
    for path in paths:
        ids = set()
        texts = set()
        n = 0
        cnt = Counter()
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    rec = json.loads(line)
                except Exception as e:
                    print('%s:%d: bad json %s' % (path, ln, e))
                    ok = False
                    continue
                n += 1
                p = problems(rec)
                if rec.get('id') in ids:
                    p.append('duplicate id')
                if rec.get('text') in texts:
                    p.append('duplicate text')
                ids.add(rec.get('id'))
                texts.add(rec.get('text'))
                cnt[(rec.get('family'), rec.get('label'))] += 1
                for e in p:
                    print('%s:%d %s: %s' % (path, ln, rec.get('id'), e))
                    ok = False
        print('%s: %d records, %s' % (path, n, dict(sorted(cnt.items()))))
    print('VERIFY', 'OK' if ok else 'FAILED')
    return ok


def style_table(path):
    recs = [json.loads(l) for l in open(path, encoding='utf-8')]
    by = OrderedDict()
    for rec in sorted(recs, key=lambda x: (x['family'], x['style'])):
        by.setdefault((rec['style'], rec['family']), []).append(rec)
    rows = ['| style | family | consistent | inconsistent | negative | example |', '|---|---|---|---|---|---|']
    for (st, fam), rs in by.items():
        c = Counter(x['label'] for x in rs)
        ex = next((x for x in rs if x['label'] != 'consistent'), rs[0])
        e = ex['text'].replace('\n', ' ⏎ ').replace('|', '\\|')
        if len(e) > 90:
            e = e[:90] + '…'
        rows.append('| %s | %s | %d | %d | %d | %s (%s) |' % (st, fam, c['consistent'], c['inconsistent'], c['negative'], e, ex['label']))
    return '\n'.join(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--style-table')
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify(a.verify) else 1)
    if a.style_table:
        print(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error('need --seed and --out')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))


if __name__ == '__main__':
    main()
