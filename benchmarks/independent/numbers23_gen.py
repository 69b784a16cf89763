#!/usr/bin/env python3
"""numbers23_gen.py - held-out test collection (set 23) for an arithmetic auditor of Chinese report text.

Families: totals (wholes and parts, differences, changes, counts, tables) and pct (rates, shares,
growth, malformed percentages).  Labels: consistent / inconsistent / negative.

  python3 numbers23_gen.py --seed 11 --out numbers23_seed11.jsonl
  python3 numbers23_gen.py --verify numbers23_seed11.jsonl numbers23_seed12.jsonl
  python3 numbers23_gen.py --style-table numbers23_seed11.jsonl

Standard library only; deterministic per seed (uses random.Random seeded through sha256, never hash()).
"""
import argparse
import hashlib
import json
import random
import re
import sys
from fractions import Fraction

# ----------------------------------------------------------------------------------------------
# formatting helpers (generator side)
# ----------------------------------------------------------------------------------------------
FW = str.maketrans('0123456789', '０１２３４５６７８９')
CN_D = '零一二三四五六七八九'


def _cn_sec(x):
    s, need_zero = '', False
    for p, u in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
        d = (x // p) % 10
        if d == 0:
            if s:
                need_zero = True
        else:
            if need_zero:
                s += '零'
                need_zero = False
            s += CN_D[d] + u
    return s


def cn_int(n, liang=False):
    assert 0 < n < 10 ** 8
    hi, lo = divmod(n, 10000)
    s = ''
    if hi:
        s = _cn_sec(hi) + '万'
    if lo:
        if hi and lo < 1000:
            s += '零'
        s += _cn_sec(lo)
    if s.startswith('一十'):
        s = s[1:]
    if liang and s[:2] in ('二千', '二百', '二万'):
        s = '两' + s[1:]
    return s


def fmt_int(n, m='a'):
    if m == 'a':
        return str(n)
    if m == 'fw':
        return str(n).translate(FW)
    if m == 'sep':
        return f'{n:,}'
    if m == 'fwsep':
        return f'{n:,}'.replace(',', '，')
    if m == 'sp':
        return f'{n:,}'.replace(',', ' ')
    if m == 'cn':
        return cn_int(n)
    if m == 'cnl':
        return cn_int(n, liang=True)
    if m == 'wan':
        if n >= 10000 and n % 100 == 0:
            q = Fraction(n, 10000)
            s = str(q.numerator) if q.denominator == 1 else f'{n / 10000:.2f}'.rstrip('0').rstrip('.')
            return s + '万'
        return str(n)
    raise ValueError(m)


def fmt_dec(v, d=2, sep=False):
    """v: integer scaled by 10**d."""
    neg = v < 0
    v = abs(v)
    ip, fp = divmod(v, 10 ** d)
    s = f'{ip:,}' if sep else str(ip)
    if d:
        s += '.' + str(fp).zfill(d)
    return ('-' if neg else '') + s


def rhu(fr, d):
    """round half up a non-negative Fraction to d decimals -> integer scaled by 10**d"""
    q = fr * 10 ** d
    return int(q + Fraction(1, 2)) if q >= 0 else -int(-q + Fraction(1, 2))


def pct_s(scaled, d, sign='%'):
    return fmt_dec(scaled, d) + sign


# ----------------------------------------------------------------------------------------------
# vocab
# ----------------------------------------------------------------------------------------------
PLACES = ['青岚区', '云溪县', '白沙镇', '柳塘街道', '石湾区', '东篱县', '枫林镇', '南屏街道', '北汀区', '桐江县',
          '苇岸镇', '芦湾街道', '金坪县', '翠屏区', '梅岭镇', '清河街道', '松阳县', '玉泉区', '霞浦镇', '临湖街道']
COMPANIES = ['华辰精密', '瑞丰新材', '启明电子', '泓远生物', '恒川智造', '嘉禾食品', '远澜科技', '磐石建工']
YEARS = ['2021年', '2022年', '2023年', '今年以来', '本年度', '报告期内', '2023年1—11月', '上半年', '前三季度']


class Dom:
    def __init__(self, key, org, verb, unit, parts, whole='', big=(30, 400)):
        self.key, self.org, self.verb, self.unit, self.parts, self.whole, self.big = \
            key, org, verb, unit, parts, whole, big


DOMS = [
    Dom('fire', ['消防救援大队', '消防救援站'], '接处各类警情', '起', ['火灾扑救', '抢险救援', '社会救助', '公务执勤', '虚假警情'], '警情'),
    Dom('safety', ['安委会办公室', '应急管理局'], '排查安全隐患', '处', ['消防通道堵塞', '电气线路老化', '危化品储存不规范', '特种设备未检验', '应急照明缺失'], '隐患'),
    Dom('food', ['市场监管局', '食品检验中心'], '抽检食品', '批次', ['粮食加工品', '食用农产品', '餐饮食品', '乳制品', '饮料', '调味品'], '样品'),
    Dom('market', ['市场监管所', '消费者协会'], '受理消费投诉举报', '件', ['商品质量', '售后服务', '虚假宣传', '预付卡消费', '价格争议'], '投诉举报'),
    Dom('ip', ['知识产权局', '科技局'], '获得专利授权', '件', ['发明专利', '实用新型专利', '外观设计专利'], '专利'),
    Dom('tm', ['知识产权服务中心'], '新增有效注册商标', '件', ['商品商标', '服务商标', '集体商标', '证明商标'], '商标'),
    Dom('hotline', ['政务服务热线中心', '12345热线办'], '受理热线工单', '件', ['电话渠道', '网站留言', '微信公众号', '政务APP', '领导信箱'], '工单'),
    Dom('license', ['行政审批局', '政务服务中心'], '办理行政许可事项', '件', ['企业开办', '工程建设', '食品经营', '医疗卫生', '交通运输'], '许可事项'),
    Dom('archive', ['档案馆', '档案局'], '接收进馆档案', '卷', ['文书档案', '科技档案', '会计档案', '声像档案', '实物档案'], '档案'),
    Dom('audit', ['审计局'], '查出各类问题', '个', ['预算执行', '专项资金管理', '政府采购', '国有资产管理', '工程建设管理'], '问题'),
    Dom('court', ['人民法院'], '受理各类案件', '件', ['民事案件', '刑事案件', '行政案件', '执行案件'], '案件'),
    Dom('procur', ['人民检察院'], '批准逮捕犯罪嫌疑人', '人', ['盗窃犯罪', '诈骗犯罪', '危险驾驶犯罪', '帮助信息网络犯罪活动'], '犯罪嫌疑人'),
    Dom('hospital', ['人民医院', '中医院'], '完成手术', '台次', ['普外科', '骨科', '妇产科', '泌尿外科', '眼科'], '手术'),
    Dom('school', ['教育局', '教体局'], '招收新生', '人', ['小学一年级', '初中一年级', '普通高中一年级', '中职一年级'], '新生'),
    Dom('talent', ['人才工作领导小组办公室', '人社局'], '引进各类人才', '名', ['博士研究生', '硕士研究生', '高级职称人员', '高技能人才'], '人才'),
    Dom('hightech', ['科技局', '工信局'], '新认定高新技术企业', '家', ['电子信息', '生物医药', '先进制造', '新材料', '新能源'], '企业'),
    Dom('sci', ['科技局'], '立项科技计划项目', '项', ['重点研发', '成果转化', '科技特派员', '软科学研究'], '项目'),
    Dom('env', ['生态环境分局'], '查处环境违法案件', '起', ['水污染', '大气污染', '噪声污染', '固体废物', '土壤污染'], '案件'),
    Dom('drill', ['应急管理局', '防灾减灾中心'], '组织应急演练', '场次', ['消防疏散', '防汛抢险', '地质灾害避险', '危化品泄漏处置', '地震应急'], '演练'),
    Dom('onestop', ['便民服务中心', '政务服务中心'], '综合窗口受理办件', '件', ['不动产登记', '社保医保', '住房公积金', '户籍证照', '市场准入'], '办件'),
    Dom('grid', ['综治中心', '网格化服务管理中心'], '处置网格事件', '件', ['矛盾纠纷', '安全隐患', '环境卫生', '治安防范'], '事件'),
    Dom('assets', ['国资办', '财政局'], '处置闲置国有资产', '宗', ['房产', '土地', '车辆', '设备'], '资产'),
    Dom('stats', ['统计局'], '完成统计执法检查', '家', ['工业企业', '建筑业企业', '批零住餐企业', '服务业企业'], '单位'),
    Dom('petition', ['信访局'], '接待群众来访', '批次', ['征地拆迁', '劳动社保', '涉法涉诉', '城乡建设'], '来访'),
]

MDOMS = [  # money in 万元 (2 decimals)
    ('audit_rec', '审计局', '追回和挽回各类资金', ['上缴国库', '归还原资金渠道', '调整有关账目', '补征税款']),
    ('rd', '科技局', '全社会研发经费投入', ['企业投入', '高等院校投入', '科研院所投入', '政府财政资金']),
    ('budget', '财政局', '一般公共预算民生支出', ['教育', '社会保障和就业', '卫生健康', '农林水', '城乡社区']),
    ('relief', '民政局', '发放各类救助资金', ['低保金', '特困供养金', '临时救助金', '医疗救助金']),
    ('invest', '发改局', '完成重点项目投资', ['工业项目', '基础设施项目', '社会事业项目', '生态环保项目']),
    ('subsidy', '工信局', '兑现惠企奖补资金', ['科技创新奖补', '稳岗返还', '技术改造补助', '人才补贴']),
    ('village', '农业农村局', '拨付乡村振兴衔接资金', ['产业发展', '基础设施', '就业帮扶', '人居环境整治']),
]


class RateDom:
    def __init__(self, den_verb, num_verb, rate, unit, lo=60, org='市场监管局'):
        self.den_verb, self.num_verb, self.rate, self.unit, self.lo, self.org = den_verb, num_verb, rate, unit, lo, org


RDOMS = [
    RateDom('抽检食品', '合格', '合格率', '批次', 85, '市场监管局'),
    RateDom('受理消费投诉', '办结', '办结率', '件', 80, '市场监管所'),
    RateDom('排查一般隐患', '完成整改', '整改率', '处', 70, '应急管理局'),
    RateDom('受理12345热线工单', '按时办结', '按时办结率', '件', 80, '热线中心'),
    RateDom('回访群众', '表示满意', '满意率', '人', 80, '热线中心'),
    RateDom('受理各类案件', '审结', '结案率', '件', 75, '人民法院'),
    RateDom('受理行政许可申请', '当场办结', '即办率', '件', 40, '行政审批局'),
    RateDom('提交专利申请', '获得授权', '授权率', '件', 30, '知识产权局'),
    RateDom('计划开展应急演练', '按期完成', '完成率', '场次', 70, '应急管理局'),
    RateDom('应参保人员', '参保', '参保率', '人', 85, '医保局'),
    RateDom('网格事件', '办结', '办结率', '件', 85, '综治中心'),
    RateDom('监督抽查企业', '合格', '合格率', '家', 70, '市场监管局'),
    RateDom('政务服务事项', '实现全程网办', '全程网办率', '项', 50, '政务服务中心'),
    RateDom('馆藏档案', '完成数字化', '数字化率', '卷', 30, '档案馆'),
    RateDom('统计调查对象', '按时报送', '及时报送率', '家', 85, '统计局'),
    RateDom('受理信访事项', '按期办结', '按期办结率', '件', 80, '信访局'),
    RateDom('科技计划项目', '通过验收', '验收通过率', '项', 60, '科技局'),
    RateDom('消防监督检查单位', '督促整改', '整改率', '家', 60, '消防救援大队'),
]

CTX_PRE = ['{y}，{p}{o}坚持问题导向，扎实推进各项工作。', '{y}，{p}{o}认真落实上级部署，工作取得新进展。',
           '现将{p}{o}{y}有关工作情况报告如下。', '{y}，{o}召开专题部署会{k}次，细化工作措施。',
           '（{cn}）强化监督管理。', '{y}，全{p2}上下聚焦目标任务，狠抓落实。', '一、主要工作情况',
           '{o}牵头成立工作专班，明确责任分工。', '{y}，{o}联合{k}个部门开展专项行动。']
CTX_POST = ['下一步，将持续加大工作力度，巩固提升工作成效。', '相关情况已按要求报送上级主管部门。',
            '同时，建立工作台账，实行销号管理。', '下一步将针对薄弱环节开展“回头看”。',
            '以上数据截至{m}月{dd}日。', '工作中也存在基层力量不足等问题，需进一步研究解决。',
            '{o}将于{m}月底前完成全面复核。', '此项工作已连续{k}年纳入年度绩效考核。']
CNSEC = '一二三四五六七八九'


def ctx(r, o=None, pre=True, t=None):
    t = t or r.choice(CTX_PRE if pre else CTX_POST)
    p = r.choice(PLACES)
    return t.format(y=r.choice(YEARS), p=p, p2=p[-1] if p[-1] in '区县镇' else '街', o=o or r.choice(['局', '中心', '办公室']),
                    k=r.randint(2, 9), cn=r.choice(CNSEC), m=r.randint(1, 12), dd=r.randint(1, 28))


def wrap(r, body, o=None, pmin=0, pmax=2, amin=0, amax=2):
    body = body if isinstance(body, list) else [body]
    room = max(0, 8 - len(body))
    npre = min(r.randint(pmin, pmax), room)
    npost = min(r.randint(amin, amax), room - npre)
    pre_t = r.sample(CTX_PRE, npre)
    post_t = r.sample(CTX_POST, npost)
    lines = [ctx(r, o, True, t) for t in pre_t] + body + [ctx(r, o, False, t) for t in post_t]
    # de-duplicate identical context lines
    out = []
    for ln in lines:
        if ln not in out:
            out.append(ln)
    return '\n'.join(out[:8])


# ----------------------------------------------------------------------------------------------
# generic numeric generators
# ----------------------------------------------------------------------------------------------
def parts_for(r, k, lo, hi):
    return [r.randint(lo, hi) for _ in range(k)]


def bump(r, x, allow_zero=False):
    for _ in range(100):
        mode = r.random()
        if mode < 0.15 and x >= 12:
            s = str(x)
            i = r.randrange(len(s) - 1)
            y = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
        elif mode < 0.3:
            y = x + r.choice([10, -10, 100, -100])
        else:
            d = r.choice([1, 1, 2, 2, 3, 4, 5, 6, 8, max(1, x // 12)])
            y = x + d * r.choice([1, -1])
        if y != x and (y > 0 or (allow_zero and y == 0)):
            return y
    return x + 1


def bump_dec(r, x):
    for _ in range(100):
        d = r.choice([100, 200, 1000, 1, 10, 50, 500, 12, 3000, max(1, x // 20)])
        y = x + d * r.choice([1, -1])
        if y > 0 and y != x:
            return y
    return x + 100


def sum_case(r, lab, k, lo, hi, only_total=False):
    """returns (parts_shown, total_shown, wrong_desc) for a sum relation"""
    parts = parts_for(r, k, lo, hi)
    tot = sum(parts)
    desc = ''
    if lab == 'inconsistent':
        if only_total or r.random() < 0.4:
            tot2 = bump(r, tot)
            desc = f'total stated {tot2}, parts sum to {tot}'
            tot = tot2
        else:
            i = r.randrange(k)
            p2 = bump(r, parts[i])
            desc = f'part {i + 1} stated {p2} instead of {parts[i]}; parts sum to {sum(parts) - parts[i] + p2} not {tot}'
            parts[i] = p2
    return parts, tot, desc


def wrong_pct(r, true_fr, d, hi=Fraction(100), lo=Fraction(0)):
    ok = rhu(true_fr, d)
    thr = Fraction(2) if d == 0 else Fraction(3, 10)
    for _ in range(400):
        mode = r.random()
        if mode < 0.2:
            s = str(ok)
            if len(s) >= 3:
                i = r.randrange(len(s) - 1)
                w = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
            else:
                continue
        elif mode < 0.35:
            w = ok + r.choice([1, -1]) * 10 ** d * r.randint(1, 9)
        elif mode < 0.45:
            w = ok + r.choice([1, -1]) * 10 ** max(0, d - 1) * r.randint(3, 9)
        else:
            w = ok + r.choice([1, -1]) * r.randint(1, 8 * 10 ** d)
        wf = Fraction(w, 10 ** d)
        if abs(wf - true_fr) >= thr and lo < wf <= hi and w != ok:
            return w
    raise RuntimeError('wrong_pct failed')


def rate_pair(r, lo_pct, den_rng=(40, 2000), d=2, allow_full=False):
    for _ in range(1000):
        den = r.randint(*den_rng)
        num = r.randint(max(1, den * lo_pct // 100), den)
        if num == den and not allow_full:
            continue
        t = Fraction(num * 100, den)
        v = rhu(t, d)
        if num < den and v >= 100 * 10 ** d:
            continue
        if v == 0:
            continue
        return num, den
    raise RuntimeError


def pct_rel(r, lab, num, den, d, sign='%', hi=Fraction(100)):
    """returns (pct_string, desc)"""
    t = Fraction(num * 100, den)
    if lab == 'inconsistent':
        w = wrong_pct(r, t, d, hi=hi)
        return pct_s(w, d, sign), f'stated {fmt_dec(w, d)}% but {num}/{den} = {float(t):.4f}%'
    return pct_s(rhu(t, d), d, sign), ''


def C(rel, **kw):
    kw['rel'] = rel
    return kw


def S(x):
    return str(x)


# ----------------------------------------------------------------------------------------------
# TOTALS builders: each returns (text, note, checks)
# ----------------------------------------------------------------------------------------------
def num_mode(r, v, allowed):
    return allowed[v % len(allowed)] if isinstance(v, int) else v


def t_qizhong(r, lab, v):
    """共X，其中A a、B b、C c  -- v = (sep, numeral mode)"""
    sep, m = v
    d = r.choice(DOMS)
    k = r.randint(3, min(5, len(d.parts)))
    hi = 60 if m in ('cn', 'cnl') else r.choice([60, 400, 3000])
    ps, tot, desc = sum_case(r, lab, k, 2, hi)
    if m == 'wan':
        ps, tot = [x * 100 for x in ps], tot * 100
        desc = desc and desc + ' (x100)'
    names = r.sample(d.parts, k)
    u = d.unit
    f = lambda x: fmt_int(x, m)
    items = [f'{n}{f(x)}{u}' for n, x in zip(names, ps)]
    joiner = {'dun': '、', 'semi': '；', 'comma': '，'}[sep]
    last = joiner.join(items[:-1]) + ('和' if sep == 'dun' and r.random() < 0.3 else joiner) + items[-1]
    lead = r.choice(['共', '共计', '累计'])
    body = f'{r.choice(YEARS)}，{r.choice(PLACES)}{r.choice(d.org)}{lead}{d.verb}{f(tot)}{u}，其中{last}。'
    checks = [C('sum', total=f(tot), parts=[f(x) for x in ps])]
    note = f'{d.whole}: parts {ps} vs total {tot}' + (f'; WRONG: {desc}' if desc else '; adds up')
    return wrap(r, body, r.choice(d.org)), note, checks


def t_fenbiewei(r, lab, v):
    """A、B、C分别为a、b、c，合计X (whole after parts)"""
    d = r.choice(DOMS)
    k = r.randint(2, min(4, len(d.parts)))
    ps, tot, desc = sum_case(r, lab, k, 3, 500)
    m = ['a', 'fw', 'a'][v]
    f = lambda x: fmt_int(x, m)
    names = r.sample(d.parts, k)
    u = d.unit
    nl = '、'.join(names[:-1]) + '和' + names[-1] if k > 2 and v == 1 else '、'.join(names)
    vals = '、'.join(f'{f(x)}{u}' for x in ps[:-1]) + ('和' if v != 2 else '、') + f'{f(ps[-1])}{u}'
    tail = r.choice(['合计{t}{u}', '共计{t}{u}', '总计{t}{u}', '三项合计{t}{u}' if k == 3 else '合计{t}{u}']).format(t=f(tot), u=u)
    wh = '' if names[-1].endswith(d.whole) else d.whole
    body = f'{r.choice(YEARS)}，{d.verb}中，{nl}{wh}分别为{vals}，{tail}。'
    if v == 2:
        body = f'按类别统计，{nl}分别{d.verb.replace("各类", "")}{vals}，{tail}。'
    checks = [C('sum', total=f(tot), parts=[f(x) for x in ps])]
    return wrap(r, body, r.choice(d.org)), f'分别为 list then total {tot}; parts {ps}' + (f'; WRONG: {desc}' if desc else ''), checks


def t_parts_first(r, lab, v):
    d = r.choice(DOMS)
    k = r.randint(3, min(5, len(d.parts)))
    ps, tot, desc = sum_case(r, lab, k, 2, 300)
    names = r.sample(d.parts, k)
    u = d.unit
    m = 'a'
    if v == 0:
        segs = [f'{n}{x}{u}' for n, x in zip(names, ps)]
        body = f'{r.choice(YEARS)}{d.verb}情况：' + '，'.join(segs) + f'，以上共计{tot}{u}。'
    elif v == 1:
        segs = [f'{x}{u}{n}' for n, x in zip(names, ps)]
        body = f'{d.verb.replace("各类", "")}方面，' + '、'.join(segs) + f'，总数达{tot}{u}。'
    else:
        segs = [f'{n}方面{x}{u}' for n, x in zip(names, ps)]
        body = '；'.join(segs) + f'。上述{d.whole}合计{tot}{u}，均已录入系统。'
    checks = [C('sum', total=S(tot), parts=[S(x) for x in ps])]
    return wrap(r, body, r.choice(d.org)), f'parts listed before whole {tot}' + (f'; WRONG: {desc}' if desc else ''), checks


def t_baokuo(r, lab, v):
    d = r.choice(DOMS)
    k = r.randint(2, min(4, len(d.parts)))
    ps, tot, desc = sum_case(r, lab, k, 5, 900)
    names = r.sample(d.parts, k)
    u = d.unit
    if v == 0:
        body = f'{r.choice(PLACES)}{d.verb}{tot}{u}，包括' + '、'.join(f'{n}{x}{u}' for n, x in zip(names, ps)) + '。'
    elif v == 1:
        body = f'{d.verb}{tot}{u}（包括' + '，'.join(f'{n}{x}{u}' for n, x in zip(names, ps)) + '），工作量较大。'
    else:
        body = f'{d.whole}总量为{tot}{u}，具体包括：' + '；'.join(f'{n}，{x}{u}' for n, x in zip(names, ps)) + '。'
    checks = [C('sum', total=S(tot), parts=[S(x) for x in ps])]
    return wrap(r, body, r.choice(d.org)), f'包括 list under {tot}' + (f'; WRONG: {desc}' if desc else ''), checks


def t_numfirst(r, lab, v):
    """共X，其中a起为A、b起为B"""
    d = r.choice(DOMS)
    k = r.randint(2, min(4, len(d.parts)))
    ps, tot, desc = sum_case(r, lab, k, 2, 120)
    names = r.sample(d.parts, k)
    u = d.unit
    mid = ['为', '属于', '涉及'][v]
    body = f'全年{d.verb}{tot}{u}，其中' + '，'.join(f'{x}{u}{mid}{n}' for n, x in zip(names, ps)) + '。'
    checks = [C('sum', total=S(tot), parts=[S(x) for x in ps])]
    return wrap(r, body, r.choice(d.org)), f'numbers before category names, total {tot}' + (f'; WRONG: {desc}' if desc else ''), checks


def t_paren(r, lab, v):
    d = r.choice(DOMS)
    k = r.randint(2, min(4, len(d.parts)))
    ps, tot, desc = sum_case(r, lab, k, 2, 200)
    names = r.sample(d.parts, k)
    u = d.unit
    if v == 0:
        body = f'{d.verb}{tot}{u}（{"；".join(f"{n}{x}{u}" for n, x in zip(names, ps))}），同比有所增加。'
    else:
        body = f'{d.verb}{tot}{u}(其中:{",".join(f"{n}{x}{u}" for n, x in zip(names, ps))})。'
    checks = [C('sum', total=S(tot), parts=[S(x) for x in ps])]
    return wrap(r, body, r.choice(d.org)), f'parenthesised breakdown of {tot}' + (f'; WRONG: {desc}' if desc else ''), checks


def t_linelist(r, lab, v):
    d = r.choice(DOMS)
    k = r.randint(3, min(5, len(d.parts)))
    ps, tot, desc = sum_case(r, lab, k, 1, 400)
    names = r.sample(d.parts, k)
    u = d.unit
    mk = [lambda i: f'{i + 1}.', lambda i: f'（{CNSEC[i]}）', lambda i: '①②③④⑤'[i], lambda i: f'({i + 1})'][v]
    head = f'{r.choice(PLACES)}{d.verb}统计如下：'
    lines = [head] + [f'{mk(i)}{n}：{x}{u}' for i, (n, x) in enumerate(zip(names, ps))]
    lines.append(r.choice(['合计：{t}{u}', '总计{t}{u}。', '以上合计{t}{u}。']).format(t=tot, u=u))
    checks = [C('sum', total=S(tot), parts=[S(x) for x in ps])]
    return wrap(r, lines, r.choice(d.org), 0, 1, 0, 1), f'line list with total line {tot}' + (f'; WRONG: {desc}' if desc else ''), checks


def t_table(r, lab, v):
    d = r.choice(DOMS)
    k = r.randint(3, min(5, len(d.parts)))
    ps, tot, desc = sum_case(r, lab, k, 1, 900)
    names = r.sample(d.parts, k)
    u = d.unit
    sep = [' | ', '\t', '  '][v]
    lines = [f'表1 {r.choice(YEARS)}{d.whole}分类统计', f'类别{sep}数量（{u}）']
    lines += [f'{n}{sep}{x}' for n, x in zip(names, ps)]
    lines.append(f'合计{sep}{tot}')
    checks = [C('sum', total=S(tot), parts=[S(x) for x in ps])]
    return wrap(r, lines, r.choice(d.org), 0, 1, 0, 0), f'flattened table, header unit （{u}）, 合计 {tot}' + (f'; WRONG: {desc}' if desc else ''), checks


def t_table_money(r, lab, v):
    key, org, verb, parts = r.choice(MDOMS)
    k = r.randint(3, len(parts))
    vals = [r.randint(1000, 900000) for _ in range(k)]
    tot = sum(vals)
    desc = ''
    if lab == 'inconsistent':
        if r.random() < 0.5:
            t2 = bump_dec(r, tot)
            desc = f'合计 {fmt_dec(t2)} vs sum {fmt_dec(tot)}'
            tot = t2
        else:
            i = r.randrange(k)
            n2 = bump_dec(r, vals[i])
            desc = f'row {i + 1} {fmt_dec(n2)} instead of {fmt_dec(vals[i])}'
            vals[i] = n2
    names = r.sample(parts, k)
    sep = [' | ', '　'][v]
    lines = [f'{verb}明细表', '单位：万元' if v == 0 else f'项目{sep}金额（万元）']
    lines += [f'{n}{sep}{fmt_dec(x)}' for n, x in zip(names, vals)]
    lines.append(f'合计{sep}{fmt_dec(tot)}')
    checks = [C('sum', total=fmt_dec(tot), parts=[fmt_dec(x) for x in vals])]
    return wrap(r, lines, org, 0, 1, 0, 1), f'money table in 万元 (2 decimals)' + (f'; WRONG: {desc}' if desc else '; rows add up'), checks


def money_sum(r, lab, k):
    vals = [r.randint(500, 300000) for _ in range(k)]
    tot = sum(vals)
    desc = ''
    if lab == 'inconsistent':
        if r.random() < 0.45:
            t2 = bump_dec(r, tot)
            desc = f'total {fmt_dec(t2)} vs parts {fmt_dec(tot)}'
            tot = t2
        else:
            i = r.randrange(k)
            n2 = bump_dec(r, vals[i])
            desc = f'part {i + 1} {fmt_dec(n2)} instead of {fmt_dec(vals[i])}'
            vals[i] = n2
    return vals, tot, desc


def t_money(r, lab, v):
    key, org, verb, parts = r.choice(MDOMS)
    k = r.randint(2, len(parts))
    vals, tot, desc = money_sum(r, lab, k)
    names = r.sample(parts, k)
    sep = v == 1
    F = lambda x: fmt_dec(x, 2, sep)
    if v == 0:
        body = f'{r.choice(YEARS)}，{r.choice(PLACES)}{verb}{F(tot)}万元，其中' + '、'.join(f'{n}{F(x)}万元' for n, x in zip(names, vals)) + '。'
    elif v == 1:
        body = f'{verb}共计{F(tot)}万元。其中：' + '；'.join(f'{n}{F(x)}万元' for n, x in zip(names, vals)) + '。'
    else:
        body = '、'.join(names) + f'分别{verb[:2] if verb[:2] in ("发放", "拨付", "兑现") else "安排"}' + '、'.join(f'{F(x)}' for x in vals) + f'万元，合计{F(tot)}万元。'
    checks = [C('sum', total=F(tot), parts=[F(x) for x in vals])]
    return wrap(r, body, org), f'money sum in 万元' + (f'; WRONG: {desc}' if desc else ''), checks


def t_mixed_mag(r, lab, v):
    """total in 亿元, parts in 万元"""
    key, org, verb, parts = r.choice(MDOMS)
    k = r.randint(2, 3)
    # parts in whole 万元, total = sum /10000 亿 with up to 4 decimals -> make parts multiples of 100
    vals = [r.randint(5, 900) * 100 for _ in range(k)]
    tot = sum(vals)
    desc = ''
    if lab == 'inconsistent':
        i = r.randrange(k)
        n2 = vals[i] + r.choice([1, -1]) * r.choice([100, 200, 500, 1000])
        if n2 <= 0:
            n2 = vals[i] + 300
        desc = f'part {i + 1} {n2}万 instead of {vals[i]}万'
        vals[i] = n2
    yi = f'{tot / 10000:.4f}'.rstrip('0').rstrip('.')
    assert Fraction(yi) * 10000 == tot
    names = r.sample(parts, k)
    if v == 0:
        body = f'{verb}{yi}亿元，其中' + '、'.join(f'{n}{x}万元' for n, x in zip(names, vals)) + '。'
    else:
        body = '、'.join(f'{n}{x}万元' for n, x in zip(names, vals)) + f'，合计{yi}亿元。'
    checks = [C('sum', total=yi + '亿', parts=[f'{x}万' for x in vals])]
    return wrap(r, body, org), f'total in 亿元, parts in 万元 (1亿=10000万)' + (f'; WRONG: {desc}' if desc else ''), checks


def t_wan_count(r, lab, v):
    """counts with 万 magnitude: 共接待游客12.5万人次，其中..."""
    k = r.randint(2, 3)
    vals = [r.randint(3, 300) * 100 for _ in range(k)]
    tot = sum(vals)
    desc = ''
    if lab == 'inconsistent':
        i = r.randrange(k)
        n2 = vals[i] + r.choice([1, -1]) * r.choice([100, 500, 1000, 2000])
        if n2 <= 0:
            n2 = vals[i] + 1000
        desc = f'part {i + 1} {n2} instead of {vals[i]}'
        vals[i] = n2
    f = lambda x: fmt_int(x, 'wan') if x >= 10000 else str(x)
    whole = r.choice(['办理各类政务服务事项', '接听热线来电', '完成档案查阅利用', '接种疫苗', '发放电子证照'])
    names = r.sample(['窗口办理', '网上办理', '自助终端办理'], k)
    unit = r.choice(['件次', '人次', '件'])
    body = f'{r.choice(YEARS)}，{whole}{f(tot)}{unit}，其中' + '，'.join(f'{n}{f(x)}{unit}' for n, x in zip(names, vals)) + '。'
    checks = [C('sum', total=f(tot), parts=[f(x) for x in vals])]
    return wrap(r, body), '万 magnitudes mixed with plain counts' + (f'; WRONG: {desc}' if desc else ''), checks


def t_diff(r, lab, v):
    """收入-支出=结余"""
    a = r.randint(20000, 900000)
    b = r.randint(10000, a - 1000)
    c = a - b
    desc = ''
    if lab == 'inconsistent':
        which = r.choice(['a', 'b', 'c'])
        if which == 'a':
            a = bump_dec(r, a)
        elif which == 'b':
            b = bump_dec(r, b)
        else:
            c = bump_dec(r, c)
        desc = f'{which} altered: {fmt_dec(a)} - {fmt_dec(b)} != {fmt_dec(c)}'
    F = fmt_dec
    t = [('收入', '支出', '结余'), ('总收入', '总支出', '收支结余'), ('预算收入', '预算支出', '结转结余')][v]
    if v == 0:
        body = f'{r.choice(YEARS)}，{r.choice(PLACES)}机关食堂{t[0]}{F(a)}万元，{t[1]}{F(b)}万元，{t[2]}{F(c)}万元。'
    elif v == 1:
        body = f'全年{t[0]}{F(a)}万元，{t[1]}{F(b)}万元，收支相抵后{t[2]}{F(c)}万元。'
    else:
        body = f'{t[2]}{F(c)}万元（{t[0]}{F(a)}万元减{t[1]}{F(b)}万元）。'
    checks = [C('diff', minuend=F(a), subtrahend=F(b), result=F(c))]
    return wrap(r, body), 'income - expenditure = balance' + (f'; WRONG: {desc}' if desc else ''), checks


def t_change(r, lab, v):
    """由a增加到b，增加d / 减少"""
    up = r.random() < 0.6
    a = r.randint(20, 3000)
    b = a + r.randint(1, 800) if up else r.randint(1, a - 1) if a > 1 else 1
    dlt = abs(b - a)
    desc = ''
    if lab == 'inconsistent':
        d2 = bump(r, dlt)
        desc = f'stated change {d2} but {a}->{b} is {dlt}'
        dlt = d2
    unit, what = r.choice([('人', '专职消防员'), ('家', '规上工业企业'), ('个', '“一站式”服务窗口'), ('项', '即办事项'),
                           ('名', '网格员'), ('户', '高新技术企业培育库入库企业'), ('件', '有效发明专利')])
    if up:
        verb1, verb2 = r.choice([('增加到', '增加'), ('增至', '净增'), ('增长到', '增加')])
    else:
        verb1, verb2 = r.choice([('减少到', '减少'), ('降至', '下降'), ('压减至', '压减')])
    if v == 0:
        body = f'{what}由{a}{unit}{verb1}{b}{unit}，{verb2}{dlt}{unit}。'
    elif v == 1:
        body = f'{what}从上年的{a}{unit}{verb1}{b}{unit}，{verb2}了{dlt}{unit}。'
    else:
        body = f'{what}{b}{unit}，比上年{"增加" if up else "减少"}{dlt}{unit}（上年为{a}{unit}）。'
    checks = [C('change', frm=S(a), to=S(b), delta=S(dlt), dir='up' if up else 'down')]
    return wrap(r, body), f'change {a}->{b} ({"up" if up else "down"})' + (f'; WRONG: {desc}' if desc else ''), checks


def t_days(r, lab, v):
    a = r.randint(10, 60)
    b = r.randint(1, a - 3)
    dlt = a - b
    desc = ''
    if lab == 'inconsistent':
        d2 = bump(r, dlt)
        desc = f'stated {d2} days saved but {a}-{b}={dlt}'
        dlt = d2
    thing = r.choice(['企业开办', '工程建设项目施工许可', '不动产登记', '食品经营许可', '二类医疗器械经营备案'])
    if v == 0:
        body = f'{thing}办理时限由{a}个工作日压缩至{b}个工作日，减少{dlt}个工作日。'
    else:
        body = f'{thing}审批时间从法定{a}天缩短到{b}天，提速{dlt}天。'
    checks = [C('change', frm=S(a), to=S(b), delta=S(dlt), dir='down')]
    return wrap(r, body, '行政审批局'), f'approval time {a}->{b}' + (f'; WRONG: {desc}' if desc else ''), checks


def t_count_items(r, lab, v):
    """重点开展了四项工作：一是…二是…"""
    topics = ['开展消防安全大排查', '组织食品安全抽检', '推进“一网通办”', '开展专利质押融资', '清理积存档案',
              '推进12345热线整合', '整治违规电动车停放', '开展应急演练', '开展统计执法检查', '处置闲置资产',
              '规范行政许可流程', '实施科技特派员行动']
    n = r.randint(3, 6)
    items = r.sample(topics, n)
    stated = n
    desc = ''
    if lab == 'inconsistent':
        stated = n + r.choice([1, -1])
        desc = f'announces {stated} items but lists {n}'
    cnn = '两' if stated == 2 else cn_int(stated)
    mk = [lambda i: f'{CNSEC[i]}是', lambda i: f'（{CNSEC[i]}）', lambda i: f'{i + 1}.'][v]
    head = r.choice(['重点抓了{c}个方面的工作：', '主要开展了{c}项工作：', '围绕“{c}个聚焦”推进工作：']).format(c=cnn)
    if v == 0:
        body = head + '；'.join(f'{mk(i)}{t}' for i, t in enumerate(items)) + '。'
        lines = [body]
    else:
        lines = [head] + [f'{mk(i)}{t}。' for i, t in enumerate(items)]
    markers = [mk(i) for i in range(n)]
    checks = [C('count', stated=cnn, items=markers)]
    return wrap(r, lines, None, 0, 0, 0, 1), f'count announced ({cnn}) vs enumerated items ({n})' + (f'; WRONG: {desc}' if desc else ''), checks


def t_multilevel(r, lab, v):
    """共X，其中A a（其中A1 a1、A2 a2），B b"""
    d = r.choice([x for x in DOMS if len(x.parts) >= 3])
    k = r.randint(2, 3)
    names = r.sample(d.parts, k)
    sub = parts_for(r, 2, 2, 80)
    ps = [sum(sub)] + parts_for(r, k - 1, 2, 150)
    tot = sum(ps)
    desc = ''
    if lab == 'inconsistent':
        which = r.choice(['sub', 'top', 'total'])
        if which == 'sub':
            i = r.randrange(2)
            n2 = bump(r, sub[i])
            desc = f'sub-part {i + 1} {n2} instead of {sub[i]} (inner 其中 fails)'
            sub[i] = n2
        elif which == 'top':
            i = r.randrange(1, k)
            n2 = bump(r, ps[i])
            desc = f'top part {i + 1} {n2} instead of {ps[i]} (outer sum fails)'
            ps[i] = n2
        else:
            t2 = bump(r, tot)
            desc = f'total {t2} instead of {tot}'
            tot = t2
    subn = r.choice([('男性', '女性'), ('本地', '外地')]) if d.unit in ('人', '名') else \
        r.choice([('重大', '一般'), ('城区', '农村')]) if d.unit in ('起', '处', '件', '个') else r.choice([('城区', '农村'), ('上半年', '下半年')])
    u = d.unit
    inner = f'（其中{subn[0]}{sub[0]}{u}、{subn[1]}{sub[1]}{u}）' if v == 0 else f'，其中{subn[0]}{sub[0]}{u}、{subn[1]}{sub[1]}{u}；'
    rest = '，'.join(f'{n}{x}{u}' for n, x in zip(names[1:], ps[1:]))
    body = f'{d.verb}{tot}{u}，其中{names[0]}{ps[0]}{u}{inner}{"，" if v == 0 else ""}{rest}。'
    checks = [C('sum', total=S(tot), parts=[S(x) for x in ps]), C('sum', total=S(ps[0]), parts=[S(x) for x in sub])]
    return wrap(r, body, r.choice(d.org)), 'two-level 其中: outer and inner sums' + (f'; WRONG: {desc}' if desc else ''), checks


def t_start_end(r, lab, v):
    """total at start and end of paragraph"""
    d = r.choice(DOMS)
    k = r.randint(3, min(4, len(d.parts)))
    ps = parts_for(r, k, 3, 200)
    tot = sum(ps)
    t_end = tot
    t_start = tot
    desc = ''
    if lab == 'inconsistent':
        if r.random() < 0.5:
            t_end = bump(r, tot)
            desc = f'closing total {t_end} differs from parts sum {tot} (opening total right)'
        else:
            t_start = bump(r, tot)
            desc = f'opening total {t_start} differs from parts sum {tot} (closing total right)'
    names = r.sample(d.parts, k)
    u = d.unit
    lines = [f'{r.choice(YEARS)}，{r.choice(PLACES)}共{d.verb}{t_start}{u}。']
    lines += [f'{n}：{x}{u}，' + r.choice(['已全部录入台账。', '均已按程序处理。', '逐一跟踪督办。', '已形成专报。']) for n, x in zip(names, ps)]
    lines.append(f'以上合计{t_end}{u}。' if v == 0 else f'综上，全年{d.whole}总数为{t_end}{u}。')
    checks = [C('sum', total=S(t_start), parts=[S(x) for x in ps]), C('sum', total=S(t_end), parts=[S(x) for x in ps])]
    return wrap(r, lines, None, 0, 1, 0, 0), 'total stated at start and end' + (f'; WRONG: {desc}' if desc else ''), checks


def t_hh_persons(r, lab, v):
    """X户Y人，其中A村a户b人、B村c户d人"""
    k = r.randint(2, 3)
    hh = parts_for(r, k, 5, 120)
    pp = [h * r.randint(2, 4) + r.randint(0, 3) for h in hh]
    H, P = sum(hh), sum(pp)
    desc = ''
    if lab == 'inconsistent':
        if r.random() < 0.5:
            i = r.randrange(k)
            n2 = bump(r, pp[i])
            desc = f'persons of unit {i + 1} {n2} instead of {pp[i]} (person sum fails, household sum holds)'
            pp[i] = n2
        else:
            H2 = bump(r, H)
            desc = f'household total {H2} vs {H}'
            H = H2
    vill = r.sample(['上塘村', '下坂村', '杨梅村', '石门村', '新桥社区', '溪口村'], k)
    what = r.choice(['安置被征收户', '纳入低保', '完成危房改造', '落实防返贫监测'])
    body = f'{r.choice(YEARS)}，累计{what}{H}户{P}人，其中' + '、'.join(f'{n}{h}户{p}人' for n, h, p in zip(vill, hh, pp)) + '。'
    checks = [C('sum', total=S(H), parts=[S(x) for x in hh]), C('sum', total=S(P), parts=[S(x) for x in pp])]
    return wrap(r, body), 'households and persons both sum' + (f'; WRONG: {desc}' if desc else ''), checks


def t_found_fixed(r, lab, v):
    """排查隐患X处，已整改a处，正在整改b处"""
    X = r.randint(30, 3000)
    a = r.randint(X // 2, X - 1)
    b = X - a
    desc = ''
    if lab == 'inconsistent':
        if r.random() < 0.5:
            b2 = bump(r, b)
            desc = f'remaining {b2} but {X}-{a}={b}'
            b = b2
        else:
            X2 = bump(r, X)
            desc = f'found {X2} but fixed+pending={X}'
            X = X2
    m = ['a', 'sep', 'fw'][v]
    f = lambda x: fmt_int(x, m)
    thing = r.choice(['安全隐患', '火灾隐患', '燃气安全隐患', '自建房安全隐患', '特种设备隐患'])
    body = r.choice([
        '{y}，共排查{t}{X}处，已整改{a}处，正在整改{b}处。',
        '开展“拉网式”排查，发现{t}{X}处，其中立行立改{a}处，限期整改{b}处。',
        '累计排查出{t}{X}处，目前已完成整改{a}处，剩余{b}处正在督促整改中。']).format(
        y=r.choice(YEARS), t=thing, X=f(X), a=f(a), b=f(b))
    checks = [C('sum', total=f(X), parts=[f(a), f(b)])]
    return wrap(r, body, '应急管理局'), 'found = rectified + under rectification' + (f'; WRONG: {desc}' if desc else ''), checks


def t_product(r, lab, v):
    k = r.randint(3, 30)
    m = r.randint(10, 120)
    T = k * m
    desc = ''
    if lab == 'inconsistent':
        T2 = bump(r, T)
        desc = f'{k}x{m}={T} but stated {T2}'
        T = T2
    body = r.choice(['举办业务培训{k}期，每期{m}人，共培训{T}人次。', '开展送检下乡{k}次，每次检测样品{m}份，合计{T}份。',
                     '组织{k}个检查组，每组检查企业{m}家，共检查{T}家次。']).format(k=k, m=m, T=T)
    checks = [C('product', a=S(k), b=S(m), result=S(T))]
    return wrap(r, body), 'count x per-unit = total' + (f'; WRONG: {desc}' if desc else ''), checks


def t_gender(r, lab, v):
    a, b = r.randint(5, 900), r.randint(5, 900)
    T = a + b
    desc = ''
    if lab == 'inconsistent':
        T2 = bump(r, T)
        desc = f'{a}+{b}={T}, stated {T2}'
        T = T2
    who = r.choice(['新录用公务员', '新招聘教师', '参加技能培训人员', '志愿者', '引进人才'])
    if v == 0:
        body = f'{who}{T}人，其中男性{a}人、女性{b}人。'
    else:
        body = f'{who}中，男性{a}人，女性{b}人，共{T}人。'
    checks = [C('sum', total=S(T), parts=[S(a), S(b)])]
    return wrap(r, body), 'male + female = total (disjoint)' + (f'; WRONG: {desc}' if desc else ''), checks


def t_plan_done(r, lab, v):
    N = r.randint(5, 120)
    a = r.randint(1, N - 1)
    b = N - a
    desc = ''
    if lab == 'inconsistent':
        b2 = bump(r, b)
        desc = f'{N}={a}+{b}, remaining stated {b2}'
        b = b2
    m = ['a', 'cn'][v]
    f = lambda x: fmt_int(x, m)
    thing = r.choice(['应急避难场所', '标准化档案室', '智慧消防站', '科技孵化器', '便民服务站'])
    body = f'计划建设{thing}{f(N)}个，已建成{f(a)}个，其余{f(b)}个正在加紧建设。'
    checks = [C('sum', total=f(N), parts=[f(a), f(b)])]
    return wrap(r, body), 'planned = built + under construction' + (f'; WRONG: {desc}' if desc else ''), checks


def t_yoy_table(r, lab, v):
    """rows: item | 上年 | 本年 | 增减"""
    k = r.randint(2, 4)
    items = r.sample(['发明专利授权', '商标注册', '高新技术企业', '科技型中小企业', '技术合同登记', '专利质押项目'], k)
    rows = []
    for it in items:
        a = r.randint(10, 900)
        b = r.randint(10, 900)
        rows.append([it, a, b, b - a])
    desc = ''
    if lab == 'inconsistent':
        i = r.randrange(k)
        d2 = rows[i][3] + r.choice([1, -1]) * r.choice([1, 2, 10, 5])
        desc = f'row {rows[i][0]} change {d2} vs {rows[i][3]}'
        rows[i][3] = d2
    sg = lambda x: f'+{x}' if x > 0 else str(x)
    sep = ' | '
    lines = [f'指标{sep}上年{sep}本年{sep}增减（件/家）'] + [f'{a}{sep}{b}{sep}{c}{sep}{sg(d)}' for a, b, c, d in rows]
    checks = [C('signed_diff', frm=S(b), to=S(c), delta=sg(d)) for _, b, c, d in rows]
    return wrap(r, lines, '科技局', 0, 1, 0, 1), 'year-on-year table, each row new-old=change' + (f'; WRONG: {desc}' if desc else ''), checks


def t_cn_prose(r, lab, v):
    """Chinese numerals inside prose"""
    k = r.randint(2, 3)
    ps, tot, desc = sum_case(r, lab, k, 2, 40)
    f = lambda x: cn_int(x, liang=(v == 1))
    who = r.choice([('名', '党员', ['机关', '村（社区）', '两新组织']), ('个', '支部', ['机关', '农村', '企业']),
                    ('支', '应急救援队伍', ['专业', '志愿', '企业专职'])])
    u = who[0]
    names = r.sample(who[2], k)
    body = f'全{r.choice("镇街")}现有{who[1]}{f(tot)}{u}，其中' + '、'.join(f'{n}{who[1]}{f(x)}{u}' for n, x in zip(names, ps)) + '。'
    checks = [C('sum', total=f(tot), parts=[f(x) for x in ps])]
    return wrap(r, body), 'Chinese numerals in prose' + (f'; WRONG: {desc}' if desc else ''), checks


def t_fwsep(r, lab, v):
    d = r.choice(DOMS)
    k = r.randint(2, 3)
    ps, tot, desc = sum_case(r, lab, k, 1000, 40000)
    m = ['fwsep', 'sp', 'sep'][v]
    names = r.sample(d.parts, k)
    u = d.unit
    body = f'{d.verb}{fmt_int(tot, m)}{u}。其中，' + '；'.join(f'{n}{fmt_int(x, m)}{u}' for n, x in zip(names, ps)) + '。'
    checks = [C('sum', total=fmt_int(tot, m), parts=[fmt_int(x, m) for x in ps])]
    return wrap(r, body, r.choice(d.org)), f'thousands separator mode {m}' + (f'; WRONG: {desc}' if desc else ''), checks


def t_two_sums(r, lab, v):
    """two independent sum statements; inconsistent: exactly one wrong"""
    d1, d2 = r.sample(DOMS, 2)
    bad = r.randrange(2) if lab == 'inconsistent' else -1
    bodies, checks, descs = [], [], []
    for j, d in enumerate((d1, d2)):
        k = r.randint(2, 3)
        ps, tot, desc = sum_case(r, 'inconsistent' if j == bad else 'consistent', k, 2, 150)
        names = r.sample(d.parts, k)
        bodies.append(f'{d.verb}{tot}{d.unit}，其中' + '、'.join(f'{n}{x}{d.unit}' for n, x in zip(names, ps)) + '。')
        checks.append(C('sum', total=S(tot), parts=[S(x) for x in ps]))
        if desc:
            descs.append(f'statement {j + 1}: {desc}')
    lines = [bodies[0] + ('' if v == 0 else '同时，') + bodies[1]] if v == 0 else bodies
    return wrap(r, lines, None, 0, 1, 0, 1), 'two sum statements' + (f'; WRONG: {descs[0]}' if descs else '; both add up'), checks


def t_money_change(r, lab, v):
    a = r.randint(10000, 500000)
    b = a + r.randint(-a // 3, a // 2)
    if b == a:
        b += 100
    up = b > a
    dlt = abs(b - a)
    desc = ''
    if lab == 'inconsistent':
        d2 = bump_dec(r, dlt)
        desc = f'change {fmt_dec(d2)} but {fmt_dec(a)}->{fmt_dec(b)} = {fmt_dec(dlt)}'
        dlt = d2
    what = r.choice(['研发经费支出', '“三公”经费支出', '国有资本经营预算收入', '审计整改到位资金', '专利资助资金'])
    body = f'{what}{fmt_dec(b)}万元，比上年的{fmt_dec(a)}万元{"增加" if up else "减少"}{fmt_dec(dlt)}万元。' if v == 0 else \
        f'上年{what}为{fmt_dec(a)}万元，本年{fmt_dec(b)}万元，{"增加" if up else "减少"}{fmt_dec(dlt)}万元。'
    checks = [C('change', frm=fmt_dec(a), to=fmt_dec(b), delta=fmt_dec(dlt), dir='up' if up else 'down')]
    return wrap(r, body), 'money change' + (f'; WRONG: {desc}' if desc else ''), checks


# ---------------------------------- TOTALS negatives ------------------------------------------
def n_overlap(r, lab, v):
    T = r.randint(40, 600)
    a, b, c = r.randint(T // 3, T - 1), r.randint(T // 3, T - 1), r.randint(T // 4, T - 1)
    who = r.choice(['职工', '网格员', '专职消防员', '在编教师', '社区工作者'])
    cats = r.sample(['党员', '女性', '35岁以下', '大专以上学历', '持证上岗', '退役军人'], 3)
    body = f'现有{who}{T}人，其中{cats[0]}{a}人、{cats[1]}{b}人、{cats[2]}{c}人。'
    if v == 1:
        body = f'{who}队伍{T}人，其中{cats[0]}{a}人，{cats[1]}{b}人，{cats[2]}{c}人，结构不断优化。'
    checks = [C('trap', kind='overlap', total=S(T), parts=[S(a), S(b), S(c)], marker=cats[0])]
    return wrap(r, body), f'overlapping attributes under 其中 ({"/".join(cats)}), naive sum {a + b + c} != {T}: not a sum relation', checks


def n_selection(r, lab, v):
    d = r.choice(DOMS)
    T = r.randint(80, 900)
    k = r.randint(2, 3)
    ps = [r.randint(5, T // (k + 2)) for _ in range(k)]
    names = r.sample(d.parts, k)
    u = d.unit
    mk = ['主要有', '主要包括', '重点是'][v]
    body = f'{d.verb}{T}{u}，{mk}' + '、'.join(f'{n}{x}{u}' for n, x in zip(names, ps)) + '。'
    checks = [C('trap', kind='selection', total=S(T), parts=[S(x) for x in ps], marker=mk)]
    return wrap(r, body, r.choice(d.org)), f'{mk}: a selection of parts, sum {sum(ps)} < {T}, not exhaustive', checks


def n_etc(r, lab, v):
    d = r.choice(DOMS)
    T = r.randint(80, 900)
    k = r.randint(2, 3)
    ps = [r.randint(5, T // (k + 2)) for _ in range(k)]
    names = r.sample(d.parts, k)
    u = d.unit
    if v == 0:
        body = f'{d.verb}{T}{u}，其中' + '、'.join(f'{n}{x}{u}' for n, x in zip(names, ps)) + '等。'
        mk = '等'
    else:
        body = f'{d.verb}{T}{u}，涉及' + '、'.join(f'{n}{x}{u}' for n, x in zip(names, ps)) + '等多个类别。'
        mk = '等多个'
    checks = [C('trap', kind='etc', total=S(T), parts=[S(x) for x in ps], marker=mk)]
    return wrap(r, body, r.choice(d.org)), f'partial list ending in 等: sum {sum(ps)} < {T}', checks


def n_approx(r, lab, v):
    d = r.choice(DOMS)
    k = r.randint(2, 3)
    ps = parts_for(r, k, 60, 900)
    s = sum(ps)
    names = r.sample(d.parts, k)
    u = d.unit
    if v == 0:
        T = (s // 100 + 1) * 100
        mk = '近'
        tt = f'近{T}'
    elif v == 1:
        T = (s // 100) * 100
        if T == s:
            T -= 100
        mk = '余'
        tt = f'{T}余'
    else:
        T = round(s, -2)
        if T == s:
            T += 100
        mk = '约'
        tt = f'约{T}'
    body = f'{d.verb}{tt}{u}，其中' + '、'.join(f'{n}{x}{u}' for n, x in zip(names, ps)) + '。'
    checks = [C('trap', kind='approx', total=S(T), parts=[S(x) for x in ps], marker=tt)]
    return wrap(r, body, r.choice(d.org)), f'approximate total {tt} vs exact sum {s}: rounded whole, not checkable', checks


def n_single_part(r, lab, v):
    key, org, verb, parts = r.choice(MDOMS)
    T = r.randint(10000, 900000)
    a = r.randint(T // 5, T * 4 // 5)
    p = r.choice(parts)
    body = f'{verb}{fmt_dec(T)}万元，其中{p}{fmt_dec(a)}万元，' + r.choice(['资金拨付及时到位。', '其余资金按进度拨付。', '均实行专账管理。'])
    checks = [C('trap', kind='single_part', total=fmt_dec(T), parts=[fmt_dec(a)], marker='其中')]
    return wrap(r, body, org), 'only one part under 其中, smaller than whole: no sum to check', checks


def n_codes(r, lab, v):
    opts = [
        ('执行GB 2763-2021标准，', 'GB 2763-2021'),
        ('依托12345热线和0571-8696 2345服务电话，', '12345'),
        ('推行“1+X”证书制度，', '1+X'),
        ('落实“7+X”重点领域监管，', '7+X'),
        ('引进XR-2000型检测设备，', 'XR-2000'),
        ('推进“3+2”中高职衔接，', '3+2'),
        ('通过ISO 9001:2015质量管理体系认证，', 'ISO 9001:2015'),
        ('在2023-2025年行动计划中，', '2023-2025'),
        ('开通24×7小时服务，', '24×7'),
        ('依托“1+3+N”网格体系，', '1+3+N'),
    ]
    a, b = r.sample(opts, 2)
    n1 = r.randint(3, 90)
    body = a[0] + f'全年{r.choice(["新增", "完成", "办理"])}相关事项{n1}件；' + b[0] + '持续提升服务效能。'
    checks = [C('trap', kind='code', tokens=[a[1], b[1]], marker=a[1])]
    return wrap(r, body), f'codes/standards/dates that look like arithmetic ({a[1]}, {b[1]})', checks


def n_rank(r, lab, v):
    a, b, c = r.randint(1, 12), r.randint(1, 12), r.randint(1, 12)
    while a + b == c or a == b + c:
        c = r.randint(1, 12)
    body = f'在全市营商环境评价中，{r.choice(PLACES)}综合排名第{c}位，其中政务服务指标排名第{a}位、知识产权保护指标排名第{b}位。'
    checks = [C('trap', kind='rank', total=S(c), parts=[S(a), S(b)], marker='第')]
    return wrap(r, body), 'ranks under 其中 are positions, not parts', checks


def n_cumulative(r, lab, v):
    T = r.randint(50, 900)
    a = r.randint(3, T // 3)
    b = r.randint(2, T // 3)
    thing = r.choice(['有效发明专利', '高新技术企业', '省级以上科技平台', '标准化档案室', '“一站式”服务点'])
    body = f'累计拥有{thing}{T}个，今年新增{a}个，{r.choice(["上年新增", "去年新增"])}{b}个。'
    checks = [C('trap', kind='cumulative', total=S(T), parts=[S(a), S(b)], marker='累计')]
    return wrap(r, body), 'cumulative stock vs annual increments: not a partition', checks


def n_dates(r, lab, v):
    y = r.randint(2019, 2024)
    m1 = r.randint(1, 6)
    m2 = r.randint(m1 + 1, 12)
    n = r.randint(3, 40)
    body = f'{y}年{m1}月至{m2}月，开展“{r.choice(["安全生产月", "质量月", "知识产权宣传周", "防灾减灾日"])}”活动{n}场，' \
           f'{m2}月{r.randint(1, 28)}日前全部完成总结。'
    checks = [C('trap', kind='date', tokens=[f'{y}年'], marker=f'{m1}月')]
    return wrap(r, body), 'dates and a lone count, no relation', checks


def n_range(r, lab, v):
    a = r.randint(2, 10)
    b = a + r.randint(1, 5)
    T = r.randint(20, 90)
    body = f'组建{T}支应急小分队，每支{a}至{b}人，分片负责{r.choice(["防汛", "森林防火", "燃气巡查"])}工作。'
    checks = [C('trap', kind='range', tokens=[S(a), S(b)], marker='至')]
    return wrap(r, body), 'team size range, no exact product checkable', checks


def n_per_capita(r, lab, v):
    a = r.randint(20000, 60000)
    b = r.randint(500, 4000)
    body = f'城镇居民人均可支配收入{a}元，比上年增加{b}元；农村居民人均可支配收入{r.randint(12000, 30000)}元。' if v == 0 else \
        f'人均办件时长{r.randint(10, 40)}分钟，比上年缩短{r.randint(2, 9)}分钟，窗口日均接待{r.randint(100, 900)}人次。'
    checks = [C('trap', kind='per_capita', tokens=[], marker='人均')]
    return wrap(r, body), 'per-capita figures and changes without the previous value: nothing to recompute', checks


def n_ratio_colon(r, lab, v):
    a, b = r.randint(8, 20), r.randint(1, 9)
    body = f'全区中小学师生比为1:{a}，每千人口拥有执业医师{b}.{r.randint(0, 9)}人，床位{r.randint(3, 9)}张。' if v == 0 else \
        f'消防站与辖区面积配比达到1：{a}平方公里，按“1+{b}”模式配置微型消防站。'
    checks = [C('trap', kind='ratio_notation', tokens=[f'1:{a}' if v == 0 else f'1：{a}'], marker='1')]
    return wrap(r, body), 'ratio notation 1:N and 1+N model names, not arithmetic relations', checks


def n_series(r, lab, v):
    vals = [r.randint(50, 900) for _ in range(3)]
    thing = r.choice(['受理专利申请', '办理12345工单', '查处违法案件', '接收进馆档案'])
    body = f'2021年、2022年、2023年分别{thing}{vals[0]}件、{vals[1]}件和{vals[2]}件，呈逐年{"上升" if vals[0] < vals[1] < vals[2] else "波动"}态势。'
    checks = [C('trap', kind='series', tokens=[S(x) for x in vals], marker='分别')]
    return wrap(r, body), 'a time series under 分别 with no total: not a sum', checks


def n_phone(r, lab, v):
    body = f'开通“{r.choice(PLACES)}消防”服务专线0{r.randint(551, 799)}-{r.randint(2000000, 8999999)}和12345热线，' \
           f'设置{r.randint(3, 12)}个“一站式”服务窗口，实行“5+2”全天候服务。'
    checks = [C('trap', kind='phone', tokens=['12345', '5+2'], marker='5+2')]
    return wrap(r, body), 'phone numbers, 12345, 5+2 schedule: not arithmetic', checks


# ----------------------------------------------------------------------------------------------
# PCT builders
# ----------------------------------------------------------------------------------------------
def p_rate(r, lab, v):
    """X件，办结a件，办结率p%  -- v=(d, verb, sign)"""
    d, pv, sign = v
    rd = r.choice(RDOMS)
    num, den = rate_pair(r, rd.lo, d=d)
    ps, desc = pct_rel(r, lab, num, den, d, sign)
    f = lambda x: str(x)
    body = f'{r.choice(YEARS)}，{rd.den_verb}{f(den)}{rd.unit}，{rd.num_verb}{f(num)}{rd.unit}，{rd.rate}{pv}{ps}。'
    checks = [C('rate', num=f(num), den=f(den), pct=ps)]
    return wrap(r, body, rd.org), f'{rd.rate}: {num}/{den}, {d} decimals' + (f'; WRONG: {desc}' if desc else '; rounds correctly'), checks


def p_bad_rate(r, lab, v):
    """抽检X批次，不合格a批次，不合格率p%"""
    den = r.randint(100, 5000)
    num = r.randint(1, den // 12)
    d = [2, 1, 2][v]
    ps, desc = pct_rel(r, lab, num, den, d, hi=Fraction(50))
    what = r.choice(['抽检食品', '抽检食用农产品', '抽检药品', '抽检化妆品', '抽检工业产品'])
    if v == 2:
        body = f'{what}{den}批次，检出不合格{num}批次，不合格率为{ps}，不合格产品已全部依法处置。'
    else:
        body = f'{what}{den}批次，不合格{num}批次，不合格率{ps}。'
    checks = [C('rate', num=S(num), den=S(den), pct=ps)]
    return wrap(r, body, '市场监管局'), f'failure rate {num}/{den}' + (f'; WRONG: {desc}' if desc else ''), checks


def p_pass_sum(r, lab, v):
    """抽检X，合格a，不合格b，合格率p -- sum + rate; inconsistent: one of them"""
    den = r.randint(100, 3000)
    bad = r.randint(1, den // 10)
    good = den - bad
    which = r.choice(['sum', 'rate']) if lab == 'inconsistent' else ''
    D = den
    desc = ''
    if which == 'sum':
        bad2 = bump(r, bad)
        desc = f'unqualified {bad2} but {den}-{good}={bad}'
        bad = bad2
    d = 2
    ps, d2 = pct_rel(r, 'inconsistent' if which == 'rate' else 'consistent', good, den, d)
    desc = desc or d2
    body = f'全年抽检{r.choice(["食品", "农产品", "药品", "特种设备"])}{den}批次，合格{good}批次，不合格{bad}批次，合格率{ps}。'
    checks = [C('sum', total=S(den), parts=[S(good), S(bad)]), C('rate', num=S(good), den=S(den), pct=ps)]
    return wrap(r, body, '市场监管局'), 'pass+fail = total and pass rate' + (f'; WRONG: {desc}' if desc else ''), checks


def p_share(r, lab, v):
    """a，占X的p%"""
    rd = r.choice(DOMS)
    den = r.randint(50, 5000)
    num = r.randint(1, den - 1)
    d = [1, 2, 1][v]
    if rhu(Fraction(num * 100, den), d) >= 100 * 10 ** d:
        num = den // 2
    ps, desc = pct_rel(r, lab, num, den, d)
    p = r.choice(rd.parts)
    if v == 0:
        body = f'{rd.verb}{den}{rd.unit}，其中{p}{num}{rd.unit}，占{ps}。'
    elif v == 1:
        body = f'{p}{num}{rd.unit}，占全部{rd.whole}（{den}{rd.unit}）的{ps}。'
    else:
        body = f'{rd.verb}{den}{rd.unit}。{p}类{rd.whole}最多，达{num}{rd.unit}，占比{ps}。'
    checks = [C('rate', num=S(num), den=S(den), pct=ps)]
    return wrap(r, body, r.choice(rd.org)), f'share {num}/{den}' + (f'; WRONG: {desc}' if desc else ''), checks


def p_share_list(r, lab, v):
    """A a、B b、C c，分别占p1、p2、p3 (of given total)"""
    d = r.choice(DOMS)
    k = r.randint(2, 3)
    ps = parts_for(r, k, 5, 400)
    other = 0
    T = sum(ps) + other
    dd = [1, 2][v % 2]
    bad = r.randrange(k) if lab == 'inconsistent' else -1
    pcts, desc = [], ''
    for i, x in enumerate(ps):
        s, de = pct_rel(r, 'inconsistent' if i == bad else 'consistent', x, T, dd)
        pcts.append(s)
        desc = desc or de
    names = r.sample(d.parts, k)
    u = d.unit
    body = f'{d.verb}{T}{u}，其中' + '、'.join(f'{n}{x}{u}' for n, x in zip(names, ps)) + '，分别占' + '、'.join(pcts) + '。'
    if other == 0:
        checks = [C('sum', total=S(T), parts=[S(x) for x in ps])]
    else:
        checks = []
    checks += [C('rate', num=S(x), den=S(T), pct=p) for x, p in zip(ps, pcts)]
    return wrap(r, body, r.choice(d.org)), 'several shares of one stated total' + (f'; WRONG: {desc}' if desc else ''), checks


def p_share_sum(r, lab, v):
    """exhaustive shares of one whole (all categories listed): must total 100% (within rounding), never more"""
    whole = r.choice([('12345热线工单', ['电话渠道', '网站', '微信', '其他渠道']), ('专利授权量', ['发明专利', '实用新型专利', '外观设计专利']),
                      ('投诉举报', ['商品质量类', '售后服务类', '虚假宣传类', '其他类']), ('研发经费', ['企业', '高等院校', '科研院所', '其他主体']),
                      ('行政许可办件', ['即办件', '承诺件', '联办件'])])
    names = whole[1]
    k = len(names)
    d = 1
    cuts = sorted(r.sample(range(20, 980), k - 1))
    vals = [b - a for a, b in zip([0] + cuts, cuts + [1000])]
    while min(vals) < 10:
        cuts = sorted(r.sample(range(20, 980), k - 1))
        vals = [b - a for a, b in zip([0] + cuts, cuts + [1000])]
    desc = ''
    if lab == 'inconsistent':
        i = r.randrange(k)
        vals[i] += r.randint(30, 150)
        desc = f'share {i + 1} raised; shares total {fmt_dec(sum(vals), 1)}% > 100%'
    ss = [pct_s(x, d) for x in vals]
    if v == 0:
        body = f'从结构看，{whole[0]}中' + '、'.join(f'{n}占{s}' for n, s in zip(names, ss)) + '。'
    else:
        body = f'{whole[0]}构成：' + '；'.join(f'{n}{s}' for n, s in zip(names, ss)) + '。'
    checks = [C('share_sum', shares=ss, exhaustive=True)]
    return wrap(r, body), 'exhaustive shares of one whole' + (f'; WRONG: {desc}' if desc else '; total exactly 100.0%'), checks


def p_share_exh(r, lab, v):
    """exhaustive shares with counts -> sum 100 within rounding; each share checked"""
    k = r.randint(3, 4)
    ps = parts_for(r, k, 10, 900)
    T = sum(ps)
    d = 1
    bad = r.randrange(k) if lab == 'inconsistent' else -1
    pcts, desc = [], ''
    for i, x in enumerate(ps):
        s, de = pct_rel(r, 'inconsistent' if i == bad else 'consistent', x, T, d)
        pcts.append(s)
        desc = desc or de
    names = r.sample(['电话', '网站', '微信', '政务APP', '市长信箱'], k)
    lines = [f'全年受理12345热线工单{T}件。按渠道分：'] + [f'{n}{x}件，占{p}；' for n, x, p in zip(names, ps, pcts)]
    lines[-1] = lines[-1][:-1] + '。'
    if v == 1:
        lines = [lines[0] + ''.join(lines[1:])]
    checks = [C('sum', total=S(T), parts=[S(x) for x in ps])] + [C('rate', num=S(x), den=S(T), pct=p) for x, p in zip(ps, pcts)]
    return wrap(r, lines, '热线中心', 0, 1, 0, 1), 'tickets by channel, each share of total' + (f'; WRONG: {desc}' if desc else ''), checks


def p_growth(r, lab, v):
    """由a增至b，增长p%"""
    a = r.randint(20, 5000)
    up = r.random() < 0.7 if v != 2 else False
    if up:
        b = a + r.randint(1, a * 9 // 10 + 1)
        t = Fraction((b - a) * 100, a)
    else:
        b = r.randint(max(1, a // 3), a - 1)
        t = Fraction((a - b) * 100, a)
    d = [1, 2, 1][v]
    if lab == 'inconsistent':
        w = wrong_pct(r, t, d, hi=Fraction(1000))
        ps = pct_s(w, d)
        desc = f'stated {ps} vs {float(t):.3f}%'
    else:
        ps = pct_s(rhu(t, d), d)
        desc = ''
    thing, u = r.choice([('有效发明专利', '件'), ('高新技术企业', '家'), ('科技型中小企业', '家'), ('12345工单量', '件'),
                         ('行政许可办件量', '件'), ('消费投诉量', '件'), ('火灾起数', '起'), ('一般隐患数量', '处')])
    if up:
        body = [f'{thing}由{a}{u}增至{b}{u}，增长{ps}。', f'{thing}达{b}{u}，较上年的{a}{u}增长{ps}。',
                f'{thing}从{a}{u}提升到{b}{u}，增幅{ps}。'][v]
    else:
        body = [f'{thing}由{a}{u}降至{b}{u}，下降{ps}。', f'{thing}{b}{u}，比上年（{a}{u}）减少{ps}。',
                f'{thing}从{a}{u}下降到{b}{u}，降幅{ps}。'][v]
    checks = [C('growth', frm=S(a), to=S(b), pct=ps, dir='up' if up else 'down')]
    return wrap(r, body), f'growth {a}->{b}' + (f'; WRONG: {desc}' if desc else ''), checks


def p_yoy_money(r, lab, v):
    a = r.randint(10000, 900000)
    b = a + r.randint(-a // 4, a // 2)
    if b == a:
        b += 500
    up = b > a
    t = Fraction(abs(b - a) * 100, a)
    d = 1
    if lab == 'inconsistent':
        w = wrong_pct(r, t, d, hi=Fraction(1000))
        ps = pct_s(w, d)
        desc = f'stated {ps} vs {float(t):.3f}%'
    else:
        ps, desc = pct_s(rhu(t, d), d), ''
    what = r.choice(['研发经费投入', '技术合同成交额', '国有资产收益', '知识产权质押融资额', '审计追回资金'])
    body = f'{r.choice(YEARS)}{what}{fmt_dec(b)}万元，上年同期为{fmt_dec(a)}万元，同比{"增长" if up else "下降"}{ps}。' if v == 0 else \
        f'{what}达到{fmt_dec(b)}万元，与上年{fmt_dec(a)}万元相比{"增长" if up else "下降"}{ps}。'
    checks = [C('growth', frm=fmt_dec(a), to=fmt_dec(b), pct=ps, dir='up' if up else 'down')]
    return wrap(r, body), 'year-on-year money growth' + (f'; WRONG: {desc}' if desc else ''), checks


def p_malformed(r, lab, v):
    """rate statement whose percentage is well formed (consistent) or malformed (inconsistent)"""
    rd = r.choice(RDOMS)
    num, den = rate_pair(r, rd.lo, d=2)
    t = Fraction(num * 100, den)
    good1 = fmt_dec(rhu(t, 1), 1)
    good2 = fmt_dec(rhu(t, 2), 2)
    if lab == 'consistent':
        tok = [good2 + '%', good1 + '％', good2 + '%', good1 + '%', good2 + '％', good1 + '%'][v]
        checks = [C('rate', num=S(num), den=S(den), pct=tok)]
        note = f'well-formed {tok} for {num}/{den}'
    else:
        ip, fp = good2.split('.')
        tok = [lambda: 'xx%', lambda: good1 + ' %', lambda: '%' + good1, lambda: good1 + '％％',
               lambda: ip + '..' + fp + '%', lambda: ip + '。' + fp + '%'][v]()
        if v == 0:
            tok = r.choice(['xx%', 'XX%', 'xx.x%', '**%'])
        checks = [C('pct_format', token=tok)]
        note = f'malformed percentage {tok!r} (arithmetic irrelevant)'
    body = f'{rd.den_verb}{den}{rd.unit}，{rd.num_verb}{num}{rd.unit}，{rd.rate}达{tok}。'
    return wrap(r, body, rd.org), note, checks


def p_malformed_ctx(r, lab, v):
    """malformed percentage in a side sentence of a correct rate record"""
    rd = r.choice(RDOMS)
    num, den = rate_pair(r, rd.lo, d=1)
    ps = pct_s(rhu(Fraction(num * 100, den), 1), 1)
    body = f'{rd.den_verb}{den}{rd.unit}，{rd.num_verb}{num}{rd.unit}，{rd.rate}{ps}。'
    checks = [C('rate', num=S(num), den=S(den), pct=ps)]
    g = f'{r.randint(1, 30)}.{r.randint(0, 9)}'
    if lab == 'consistent':
        side = f'群众知晓率较上年提高{g}个百分点。' if v == 0 else f'重点企业覆盖面达到{r.randint(60, 99)}%以上。'
        note = 'rate correct; side sentence well formed'
    else:
        tok = [f'{g} %', f'%{g}', f'{g}%%', f'{g}％％', 'xx%'][r.randrange(5)]
        side = f'群众知晓率提高至{tok}。' if v == 0 else f'重点企业覆盖面达到{tok}以上。'
        checks.append(C('pct_format', token=tok))
        note = f'rate correct, but side sentence has malformed {tok!r}'
    return wrap(r, [body, side], rd.org, 0, 1, 0, 1), note, checks


def p_table_rates(r, lab, v):
    k = r.randint(2, 4)
    units = r.sample(['城东所', '城西所', '开发区所', '滨江所', '高新所', '北城所'], k)
    rows = []
    bad = r.randrange(k) if lab == 'inconsistent' else -1
    desc = ''
    d = [1, 2][v]
    for i, un in enumerate(units):
        num, den = rate_pair(r, 75, (20, 600), d=d)
        s, de = pct_rel(r, 'inconsistent' if i == bad else 'consistent', num, den, d)
        desc = desc or de
        rows.append((un, den, num, s))
    sep = ' | '
    head = [f'单位{sep}受理（件）{sep}办结（件）{sep}办结率']
    lines = [f'{r.choice(YEARS)}消费投诉办理情况'] + head + [f'{a}{sep}{b}{sep}{c}{sep}{s}' for a, b, c, s in rows]
    checks = [C('rate', num=S(c), den=S(b), pct=s) for a, b, c, s in rows]
    return wrap(r, lines, '市场监管局', 0, 1, 0, 0), 'table with rate column' + (f'; WRONG: {desc}' if desc else ''), checks


def p_hotline(r, lab, v):
    """tickets by channel + response rate + satisfaction (from revisits)"""
    k = r.randint(2, 4)
    ps = parts_for(r, k, 100, 9000)
    T = sum(ps)
    resp = r.randint(T * 95 // 100, T - 1)
    rev = r.randint(300, 3000)
    sat = r.randint(rev * 85 // 100, rev - 1)
    which = r.choice(['sum', 'resp', 'sat']) if lab == 'inconsistent' else ''
    desc = ''
    if which == 'sum':
        i = r.randrange(k)
        n2 = bump(r, ps[i])
        desc = f'channel {i + 1} {n2} instead of {ps[i]}'
        ps[i] = n2
    r1, d1 = pct_rel(r, 'inconsistent' if which == 'resp' else 'consistent', resp, T, 2)
    r2, d2 = pct_rel(r, 'inconsistent' if which == 'sat' else 'consistent', sat, rev, 2)
    desc = desc or d1 or d2
    names = r.sample(['电话', '网站', '微信', '政务APP', '短信'], k)
    lines = [f'{r.choice(YEARS)}，12345热线共受理工单{T}件，其中' + '、'.join(f'{n}{x}件' for n, x in zip(names, ps)) + '。',
             f'按时响应{resp}件，响应率{r1}；回访{rev}件，群众满意{sat}件，满意率{r2}。']
    if v == 1:
        lines = [lines[0] + lines[1]]
    checks = [C('sum', total=S(T), parts=[S(x) for x in ps]), C('rate', num=S(resp), den=S(T), pct=r1),
              C('rate', num=S(sat), den=S(rev), pct=r2)]
    return wrap(r, lines, '热线中心', 0, 1, 0, 1), 'hotline: channels sum, response and satisfaction rates' + (f'; WRONG: {desc}' if desc else ''), checks


def p_danger(r, lab, v):
    X = r.randint(50, 4000)
    a = r.randint(X * 7 // 10, X - 1)
    b = X - a
    which = r.choice(['sum', 'rate']) if lab == 'inconsistent' else ''
    desc = ''
    if which == 'sum':
        b2 = bump(r, b)
        desc = f'pending {b2} but {X}-{a}={b}'
        b = b2
    ps, d2 = pct_rel(r, 'inconsistent' if which == 'rate' else 'consistent', a, X, [1, 2][v])
    desc = desc or d2
    body = f'排查各类隐患{X}处，已整改{a}处，整改率{ps}，其余{b}处已落实整改措施和时限。'
    checks = [C('sum', total=S(X), parts=[S(a), S(b)]), C('rate', num=S(a), den=S(X), pct=ps)]
    return wrap(r, body, '安委会办公室'), 'hidden dangers found/rectified/pending + rate' + (f'; WRONG: {desc}' if desc else ''), checks


def p_target(r, lab, v):
    tgt = r.randint(100000, 9000000)
    done = r.randint(tgt * 6 // 10, tgt * 13 // 10)
    d = [1, 0, 2][v]
    ps, desc = pct_rel(r, lab, done, tgt, d, hi=Fraction(300))
    what = r.choice(['招商引资', '固定资产投资', '技术改造投资', '研发投入', '国有资产处置收入'])
    body = f'{what}年度目标{fmt_dec(tgt)}万元，已完成{fmt_dec(done)}万元，完成年度目标的{ps}。'
    checks = [C('rate', num=fmt_dec(done), den=fmt_dec(tgt), pct=ps)]
    return wrap(r, body), f'completion of target {done}/{tgt} (may exceed 100%)' + (f'; WRONG: {desc}' if desc else ''), checks


def p_compress(r, lab, v):
    a = r.choice([5, 8, 10, 12, 15, 20, 25, 30, 40, 45, 60])
    b = r.randint(1, a - 1)
    t = Fraction((a - b) * 100, a)
    d = (0 if t.denominator == 1 else 1) if v == 0 else 1
    if lab == 'inconsistent':
        w = wrong_pct(r, t, d)
        ps = pct_s(w, d)
        desc = f'stated {ps} vs {float(t):.3f}%'
    else:
        ps, desc = pct_s(rhu(t, d), d), ''
    thing = r.choice(['企业开办', '施工许可', '不动产登记', '药品经营许可', '排污许可'])
    body = f'{thing}审批时限由{a}个工作日压缩至{b}个工作日，压缩{ps}。' if v == 0 else \
        f'{thing}办理时间从{a}天减少到{b}天，提速{ps}。'
    checks = [C('growth', frm=S(a), to=S(b), pct=ps, dir='down')]
    return wrap(r, body, '行政审批局'), f'time compression {a}->{b}' + (f'; WRONG: {desc}' if desc else ''), checks


def p_cn_rate(r, lab, v):
    den = r.randint(12, 99)
    num = r.randint(den * 7 // 10, den - 1)
    d = [2, 1][v]
    ps, desc = pct_rel(r, lab, num, den, d)
    who = r.choice(['名学员参加消防设施操作员考试', '家企业参加标准化评审', '个村（社区）参加档案规范化验收', '名网格员参加业务考核'])
    pas = '通过' if '考' in who or '评' in who or '验' in who else '合格'
    body = f'共有{cn_int(den)}{who}，{pas}{cn_int(num)}{who[0]}，通过率{ps}。'
    checks = [C('rate', num=cn_int(num), den=cn_int(den), pct=ps)]
    return wrap(r, body), 'Chinese-numeral counts with rate' + (f'; WRONG: {desc}' if desc else ''), checks


def p_yi_share(r, lab, v):
    tot = r.randint(100, 9000)  # in 百万 -> express as 亿 with 2 decimals: tot/100 亿
    part = r.randint(tot // 3, tot - 1)
    d = 1
    ps, desc = pct_rel(r, lab, part, tot, d)
    T = fmt_dec(tot, 2)
    P = fmt_dec(part, 2)
    what = r.choice(['全社会研发经费投入', '技术合同成交额', '高新技术产业产值'])
    sub = r.choice(['企业', '规上工业企业', '高新技术企业'])
    body = f'{what}{T}亿元，其中{sub}{P}亿元，占{ps}。' if v == 0 else f'{sub}{what[-5:] if v == 2 else "贡献"}{P}亿元，占全区{what}（{T}亿元）的{ps}。'
    checks = [C('rate', num=P, den=T, pct=ps)]
    return wrap(r, body, '科技局'), f'share with 亿元 decimals {P}/{T}' + (f'; WRONG: {desc}' if desc else ''), checks


def p_paren_rate(r, lab, v):
    rd = r.choice(RDOMS)
    num, den = rate_pair(r, rd.lo, d=2)
    ps, desc = pct_rel(r, lab, num, den, 2)
    body = f'{rd.rate}{ps}（{rd.num_verb}{num}{rd.unit}/{rd.den_verb}{den}{rd.unit}）。' if v == 0 else \
        f'{rd.rate}为{ps}，即{rd.den_verb}{den}{rd.unit}中{rd.num_verb}{num}{rd.unit}。'
    checks = [C('rate', num=S(num), den=S(den), pct=ps)]
    return wrap(r, body, rd.org), 'rate stated before its numbers' + (f'; WRONG: {desc}' if desc else ''), checks


def p_change_growth(r, lab, v):
    a = r.randint(20, 900)
    b = a + r.randint(1, a)
    dlt = b - a
    t = Fraction(dlt * 100, a)
    which = r.choice(['delta', 'pct']) if lab == 'inconsistent' else ''
    desc = ''
    if which == 'delta':
        d2 = bump(r, dlt)
        desc = f'increase {d2} vs {dlt}'
        dlt = d2
    if which == 'pct':
        w = wrong_pct(r, t, 1, hi=Fraction(1000))
        ps = pct_s(w, 1)
        desc = f'growth {ps} vs {float(t):.3f}%'
    else:
        ps = pct_s(rhu(t, 1), 1)
    thing = r.choice([('高新技术企业', '家'), ('有效注册商标', '件'), ('科技型中小企业', '家'), ('市级以上研发机构', '个')])
    body = f'{thing[0]}达到{b}{thing[1]}，较上年增加{dlt}{thing[1]}，增长{ps}。' if v == 0 else \
        f'{thing[0]}由{a}{thing[1]}增加到{b}{thing[1]}，净增{dlt}{thing[1]}，增幅{ps}。'
    checks = [C('growth', frm=S(a), to=S(b), pct=ps, dir='up')]
    if v == 0:
        checks = [C('change', frm=S(a), to=S(b), delta=S(dlt), dir='up', implicit_from=True), checks[0]]
        body = body.replace('较上年', f'较上年（{a}{thing[1]}）')
    else:
        checks = [C('change', frm=S(a), to=S(b), delta=S(dlt), dir='up'), checks[0]]
    return wrap(r, body), 'change and growth both stated' + (f'; WRONG: {desc}' if desc else ''), checks


def p_line_rates(r, lab, v):
    k = r.randint(2, 4)
    rds = r.sample(RDOMS, k)
    bad = r.randrange(k) if lab == 'inconsistent' else -1
    lines, checks, desc = [f'{r.choice(YEARS)}主要指标完成情况：'], [], ''
    for i, rd in enumerate(rds):
        num, den = rate_pair(r, rd.lo, (30, 900), d=1)
        s, de = pct_rel(r, 'inconsistent' if i == bad else 'consistent', num, den, 1)
        desc = desc or de
        mk = [f'{i + 1}.', '①②③④'[i]][v]
        lines.append(f'{mk}{rd.den_verb}{den}{rd.unit}，{rd.num_verb}{num}{rd.unit}，{rd.rate}{s}；')
        checks.append(C('rate', num=S(num), den=S(den), pct=s))
    lines[-1] = lines[-1][:-1] + '。'
    return wrap(r, lines, None, 0, 0, 0, 1), 'numbered list of rates' + (f'; WRONG: {desc}' if desc else ''), checks


def p_fw_rate(r, lab, v):
    rd = r.choice(RDOMS)
    num, den = rate_pair(r, rd.lo, (1000, 60000), d=2)
    ps, desc = pct_rel(r, lab, num, den, 2, '％')
    m = ['fw', 'sep', 'fwsep'][v]
    ps2 = ps.translate(FW).replace('.', '．') if v == 0 else ps
    body = f'{rd.den_verb}{fmt_int(den, m)}{rd.unit}，{rd.num_verb}{fmt_int(num, m)}{rd.unit}，{rd.rate}为{ps2}。'
    checks = [C('rate', num=fmt_int(num, m), den=fmt_int(den, m), pct=ps2)]
    return wrap(r, body, rd.org), f'numbers in mode {m}, full-width ％' + (f'; WRONG: {desc}' if desc else ''), checks


def p_multi_level(r, lab, v):
    T = r.randint(200, 3000)
    a = r.randint(T // 3, T * 2 // 3)
    a1 = r.randint(a // 3, a - 1)
    bad = r.choice([0, 1]) if lab == 'inconsistent' else -1
    p1, de1 = pct_rel(r, 'inconsistent' if bad == 0 else 'consistent', a, T, 1)
    p2, de2 = pct_rel(r, 'inconsistent' if bad == 1 else 'consistent', a1, a, 1)
    body = f'专利授权{T}件，其中发明专利{a}件，占{p1}；发明专利中企业获得{a1}件，占发明专利授权量的{p2}。' if v == 0 else \
        f'受理投诉{T}件，其中网购投诉{a}件，占{p1}，网购投诉中直播带货{a1}件，占网购投诉的{p2}。'
    checks = [C('rate', num=S(a), den=S(T), pct=p1), C('rate', num=S(a1), den=S(a), pct=p2)]
    return wrap(r, body, '知识产权局' if v == 0 else '市场监管局'), 'nested shares, inner share of the part' + (f'; WRONG: {de1 or de2}' if lab == 'inconsistent' else ''), checks


def p_survey(r, lab, v):
    """survey single choice: counts and shares"""
    n = r.randint(200, 3000)
    k = 3
    ps = parts_for(r, k - 1, n // 10, n // 3)
    ps.append(n - sum(ps))
    bad = r.randrange(k) if lab == 'inconsistent' else -1
    pcts, desc = [], ''
    for i, x in enumerate(ps):
        s, de = pct_rel(r, 'inconsistent' if i == bad else 'consistent', x, n, 1)
        pcts.append(s)
        desc = desc or de
    opts = ['非常满意', '满意', '基本满意'] if v == 0 else ['是', '否', '不清楚']
    body = f'发放调查问卷{n}份，收回有效问卷{n}份，其中' + '，'.join(f'选择“{o}”的{x}份（{p}）' for o, x, p in zip(opts, ps, pcts)) + '。'
    checks = [C('sum', total=S(n), parts=[S(x) for x in ps])] + [C('rate', num=S(x), den=S(n), pct=p) for x, p in zip(ps, pcts)]
    return wrap(r, body, '统计局'), 'single-choice survey, shares in parentheses' + (f'; WRONG: {desc}' if desc else ''), checks


def p_wan_rate(r, lab, v):
    tgt = r.randint(50, 900) * 100
    done = r.randint(tgt * 7 // 10 // 100, tgt // 100 - 1) * 100
    ps, desc = pct_rel(r, lab, done, tgt, 2)
    f = lambda x: fmt_int(x, 'wan') if x >= 10000 else str(x)
    what, u = r.choice([('接种疫苗', '剂次'), ('发放电子社保卡', '张'), ('完成城乡居民医保参保', '人'), ('办理“跨省通办”事项', '件')])
    body = f'{what}{f(done)}{u}，完成年度任务{f(tgt)}{u}的{ps}。' if v == 0 else f'年度任务{f(tgt)}{u}，已{what}{f(done)}{u}，任务完成率{ps}。'
    checks = [C('rate', num=f(done), den=f(tgt), pct=ps)]
    return wrap(r, body), 'rate with 万 magnitudes' + (f'; WRONG: {desc}' if desc else ''), checks


def p_rate_split(r, lab, v):
    rd = r.choice(RDOMS)
    num, den = rate_pair(r, rd.lo, d=2)
    ps, desc = pct_rel(r, lab, num, den, 2)
    lines = [f'{r.choice(YEARS)}，{rd.den_verb}{den}{rd.unit}。', ctx(r, rd.org, True),
             f'截至年底，{rd.num_verb}{num}{rd.unit}，{rd.rate}{ps}。']
    checks = [C('rate', num=S(num), den=S(den), pct=ps)]
    return wrap(r, lines, rd.org, 0, 1, 0, 1), 'whole and part in different sentences/lines' + (f'; WRONG: {desc}' if desc else ''), checks


def p_money_rate(r, lab, v):
    den = r.randint(50000, 9000000)
    num = r.randint(den // 2, den - 1)
    d = [2, 1][v]
    ps, desc = pct_rel(r, lab, num, den, d)
    body = f'审计查出问题金额{fmt_dec(den)}万元，已整改{fmt_dec(num)}万元，整改率{ps}。' if v == 0 else \
        f'国有资产清查核实资产总额{fmt_dec(den)}万元，已完成产权登记{fmt_dec(num)}万元，登记率{ps}。'
    checks = [C('rate', num=fmt_dec(num), den=fmt_dec(den), pct=ps)]
    return wrap(r, body, '审计局' if v == 0 else '国资办'), 'money-based rate' + (f'; WRONG: {desc}' if desc else ''), checks


def p_semicolon_rates(r, lab, v):
    cats = r.sample(['蔬菜', '水产品', '畜禽肉', '水果', '食用油', '乳制品', '酒类'], r.randint(2, 3))
    bad = r.randrange(len(cats)) if lab == 'inconsistent' else -1
    segs, checks, desc = [], [], ''
    for i, c in enumerate(cats):
        num, den = rate_pair(r, 90, (30, 800), d=2)
        ps, de = pct_rel(r, 'inconsistent' if i == bad else 'consistent', num, den, 2)
        desc = desc or de
        segs.append(f'{c}{den}批次，合格{num}批次，合格率{ps}' if v == 0 else f'抽检{c}{den}批次、合格{num}批次（合格率{ps}）')
        checks.append(C('rate', num=S(num), den=S(den), pct=ps))
    body = '分品类看：' + '；'.join(segs) + '。'
    return wrap(r, body, '市场监管局'), 'sample categories with pass rates in one sentence' + (f'; WRONG: {desc}' if desc else ''), checks


def p_intensity(r, lab, v):
    gdp = r.randint(20000, 300000)  # hundredths of 亿
    rd_ = r.randint(gdp // 100, gdp * 4 // 100)
    ps, desc = pct_rel(r, lab, rd_, gdp, 2)
    body = f'地区生产总值{fmt_dec(gdp)}亿元；全社会研发经费投入{fmt_dec(rd_)}亿元，研发投入强度{ps}。' if v == 0 else \
        f'全年R&D经费支出{fmt_dec(rd_)}亿元，占地区生产总值（{fmt_dec(gdp)}亿元）的比重为{ps}。'
    checks = [C('rate', num=fmt_dec(rd_), den=fmt_dec(gdp), pct=ps)]
    return wrap(r, body, '科技局'), 'R&D intensity = R&D / GDP' + (f'; WRONG: {desc}' if desc else ''), checks


def p_growth_wan(r, lab, v):
    a = r.randint(30, 900) * 100
    b = a + r.randint(1, a // 100) * 100
    t = Fraction((b - a) * 100, a)
    if lab == 'inconsistent':
        w = wrong_pct(r, t, 1, hi=Fraction(1000))
        ps, desc = pct_s(w, 1), f'stated {pct_s(w, 1)} vs {float(t):.3f}%'
    else:
        ps, desc = pct_s(rhu(t, 1), 1), ''
    f = lambda x: fmt_int(x, 'wan') if x >= 10000 else str(x)
    what = r.choice(['政务服务网办件量', '档案查阅利用人次', '12345热线来电量', '市场主体数量'])
    body = f'{what}由{f(a)}增至{f(b)}，增长{ps}。' if v == 0 else f'{what}达到{f(b)}，比上年（{f(a)}）增长{ps}。'
    checks = [C('growth', frm=f(a), to=f(b), pct=ps, dir='up')]
    return wrap(r, body), 'growth with 万 magnitudes' + (f'; WRONG: {desc}' if desc else ''), checks


def p_table_bare_pct(r, lab, v):
    k = r.randint(2, 4)
    cats = r.sample(['粮食加工品', '食用农产品', '餐饮食品', '乳制品', '饮料', '调味品', '酒类'], k)
    bad = r.randrange(k) if lab == 'inconsistent' else -1
    rows, checks, desc = [], [], ''
    for i, c in enumerate(cats):
        num, den = rate_pair(r, 88, (20, 900), d=2)
        ps, de = pct_rel(r, 'inconsistent' if i == bad else 'consistent', num, den, 2)
        desc = desc or de
        bare = ps[:-1]
        rows.append(f'{c} | {den} | {num} | {bare}')
        checks.append(C('rate_bare', num=S(num), den=S(den), value=bare, row=rows[-1]))
    lines = ['表2 食品安全抽检结果', '品类 | 抽检（批次） | 合格（批次） | 合格率（%）'] + rows
    return wrap(r, lines, '市场监管局', 0, 1, 0, 0), 'table, rate column with header unit （%） and bare numbers' + (f'; WRONG: {desc}' if desc else ''), checks


def p_ratio_prev(r, lab, v):
    a = r.randint(100, 9000)
    b = r.randint(a // 2, a * 3 // 2)
    if b == a:
        b += 1
    ps, desc = pct_rel(r, lab, b, a, 1, hi=Fraction(300))
    what = r.choice(['本年度信访总量', '火灾起数', '消费投诉量', '专利申请量'])
    body = f'{what}{b}件，相当于上年（{a}件）的{ps}。' if v == 0 else f'上年{what}{a}件，本年{b}件，为上年的{ps}。'
    checks = [C('rate', num=S(b), den=S(a), pct=ps)]
    return wrap(r, body), 'this year as a percentage of last year (b/a)' + (f'; WRONG: {desc}' if desc else ''), checks


def np_targets(r, lab, v):
    a = fmt_dec(r.randint(50, 400), 1) + '%'
    b = fmt_dec(r.randint(-100, 400), 1) + '%'
    body = f'税收收入增幅目标{a}，目前实现{b}；其他营利性服务业营业收入增幅目标{fmt_dec(r.randint(50, 300), 1)}%。' if v == 0 else \
        r.choice(['增值税适用税率分为13%、9%和6%三档，小规模纳税人征收率为3%。',
                  f'对符合条件的科技型企业按{r.choice(["15%", "20%"])}税率征收企业所得税，研发费用加计扣除比例提高至100%。',
                  f'创业担保贷款贴息比例为{r.choice(["50%", "60%", "80%"])}，首付比例最低{r.choice(["15%", "20%", "30%"])}，公积金缴存比例5%至12%。'])
    checks = [C('trap', kind='targets_vs_actual' if v == 0 else 'tax_rates', tokens=[a] if v == 0 else ['%'], marker='目标' if v == 0 else '税率')]
    return wrap(r, body), 'targets vs actual growth / statutory tax rates: not shares of one whole', checks


# ---------------------------------- PCT negatives ---------------------------------------------
def np_pp(r, lab, v):
    rd = r.choice(RDOMS)
    g = fmt_dec(r.randint(1, 99), 1)
    body = [f'{rd.rate}较上年提高{g}个百分点。', f'{rd.rate}同比下降{g}个百分点，主要受统计口径调整影响。',
            f'与全省平均水平相比，{rd.rate}高出{g}个百分点。'][v]
    checks = [C('trap', kind='pp', tokens=[g + '个百分点'], marker='个百分点')]
    return wrap(r, body, rd.org, 1, 2, 0, 1), 'percentage-point change without base rates: not checkable', checks


def np_over100(r, lab, v):
    ks = [fmt_dec(r.randint(1000, 4000), 1) + '%' for _ in range(3)]
    things = r.sample(['技术合同成交额', '发明专利授权量', '高新技术产业投资', '专利质押融资额', '跨境电商交易额'], 3)
    body = '、'.join(things) + '分别增长' + '、'.join(ks) + '。' if v == 0 else \
        f'{things[0]}同比增长{ks[0]}，{things[1]}增长{ks[1]}，均创历史新高。'
    checks = [C('trap', kind='growth_over_100', tokens=ks if v == 0 else ks[:2], marker='增长')]
    return wrap(r, body), 'growth rates over 100% / summing past 100: growth, not shares', checks


def np_diff_wholes(r, lab, v):
    if v == 0:
        ss = [pct_s(r.randint(950, 1000), 1) for _ in range(3)]
        body = f'小学适龄儿童入学率{ss[0]}，初中入学率{ss[1]}，残疾儿童少年入学率{ss[2]}。'
    elif v == 1:
        ss = [pct_s(r.randint(200, 700), 1) for _ in range(3)]
        body = f'{r.choice(PLACES)}地区生产总值占全市的{ss[0]}，规上工业产值占全市的{ss[1]}，固定资产投资占全市的{ss[2]}。'
    else:
        ss = [pct_s(r.randint(800, 1000), 1) for _ in range(3)]
        body = f'食品抽检合格率{ss[0]}，药品抽检合格率{ss[1]}，特种设备定检率{ss[2]}。'
    checks = [C('trap', kind='different_wholes', tokens=ss, marker='率' if v != 1 else '占全市')]
    return wrap(r, body), 'rates/shares of different wholes; sum beyond 100% is not an error', checks


def np_multichoice(r, lab, v):
    ss = [pct_s(r.randint(300, 800), 1) for _ in range(3)]
    items = r.sample(['办事效率', '服务态度', '信息公开', '窗口环境', '网上办理'], 3)
    body = f'满意度调查中（可多选），群众最认可的方面依次为' + '、'.join(f'{a}（{s}）' for a, s in zip(items, ss)) + '。'
    checks = [C('trap', kind='multichoice', tokens=ss, marker='可多选')]
    return wrap(r, body), 'multiple-choice survey: shares may exceed 100% in total', checks


def np_progress(r, lab, v):
    if v == 0:
        s = f'{r.randint(101, 130)}%'
        body = f'固定资产投资时序进度{s}，超额完成阶段任务。'
    elif v == 1:
        s = r.choice(['100%', '100.0%'])
        body = f'重点人群疫苗接种完成率超过{s}，居全市前列。'
    else:
        s = pct_s(r.randint(1001, 1300), 1)
        body = f'招商引资完成年度目标的{s}。'
    checks = [C('trap', kind='over_100_progress', tokens=[s], marker=s)]
    return wrap(r, body), 'progress/completion at or over 100% without base numbers', checks


def np_approx_rate(r, lab, v):
    den = r.randint(100, 900)
    num = r.randint(den // 3, den * 2 // 3)
    t = Fraction(num * 100, den)
    fl = t.numerator // t.denominator
    if v == 0:
        bound = fl + 1
        mk = '近'
        body = f'成交{num}宗，约占全区交易总量（{den}宗）的近{bound}%。'
    else:
        bound = fl if fl < t else fl - 1
        mk = '以上'
        body = f'成交{num}宗，占全区交易总量（{den}宗）的{bound}%以上。'
    checks = [C('trap', kind='approx_rate', num=S(num), den=S(den), bound=S(bound), marker=mk)]
    return wrap(r, body), f'approximate/bounded share ({mk} {bound}%), true {float(t):.2f}%: the bound holds, not an exact rate', checks


def np_tech_tokens(r, lab, v):
    opts = ['PM2.5平均浓度{a}微克/立方米', '5G基站新增{a}座', '“1+X”证书试点覆盖{a}个专业', '12345热线接通{a}万次',
            '建成{a}个“15分钟便民服务圈”', 'GB/T 19001-2016认证企业{a}家']
    a, b = r.sample(opts, 2)
    g = fmt_dec(r.randint(5, 200), 1)
    body = a.format(a=r.randint(12, 60)) + f'，同比下降{g}%；' + b.format(a=r.randint(3, 90)) + '。'
    checks = [C('trap', kind='tech_tokens', tokens=[g + '%'], marker='同比')]
    return wrap(r, body), 'technical tokens (PM2.5, 5G, 1+X, 12345) and a base-less yoy rate', checks


def np_ratio_diff(r, lab, v):
    a = r.randint(100, 900)
    b = r.randint(50, 400)
    s = pct_s(r.randint(50, 400), 1)
    body = f'门诊服务{a}万人次，住院服务{b}万人次，其中医保结算比例{s}。' if v == 0 else \
        f'新引进人才{a}名，本地高校毕业生留{r.choice(PLACES)[:2]}率{s}。'
    checks = [C('trap', kind='ratio_other_whole', tokens=[s], marker='比例' if v == 0 else '率')]
    return wrap(r, body), 'percentage of an unstated whole, not of the listed numbers', checks


# ----------------------------------------------------------------------------------------------
# style registry
# ----------------------------------------------------------------------------------------------
STYLES = []  # (name, family, kind ('ci' or 'neg'), func, variant)


def reg(name, fam, kind, func, variants):
    for suffix, v in variants:
        STYLES.append((f'{name}{suffix}', fam, kind, func, v))


# totals c/i
reg('qz_', 'totals', 'ci', t_qizhong, [(f'{s}_{m}', (s, m)) for s in ('dun', 'semi', 'comma') for m in ('a', 'fw', 'cn', 'sep')]
    + [('dun_cnl', ('dun', 'cnl')), ('comma_wan', ('comma', 'wan'))])
reg('fenbiewei_', 'totals', 'ci', t_fenbiewei, [('plain', 0), ('he_fw', 1), ('cat_first', 2)])
reg('parts_first_', 'totals', 'ci', t_parts_first, [('comma', 0), ('numname', 1), ('semicolon', 2)])
reg('baokuo_', 'totals', 'ci', t_baokuo, [('dun', 0), ('paren', 1), ('colon', 2)])
reg('num_before_name_', 'totals', 'ci', t_numfirst, [('wei', 0), ('shuyu', 1), ('sheji', 2)])
reg('paren_breakdown_', 'totals', 'ci', t_paren, [('cn_punct', 0), ('ascii_punct', 1)])
reg('linelist_', 'totals', 'ci', t_linelist, [('arabic', 0), ('cnparen', 1), ('circled', 2), ('paren', 3)])
reg('table_count_', 'totals', 'ci', t_table, [('pipe', 0), ('tab', 1), ('spaces', 2)])
reg('table_money_', 'totals', 'ci', t_table_money, [('unit_line', 0), ('header_unit', 1)])
reg('money_qz_', 'totals', 'ci', t_money, [('dun', 0), ('sep_colon', 1), ('fenbie', 2)])
reg('mixed_yi_wan_', 'totals', 'ci', t_mixed_mag, [('total_first', 0), ('total_last', 1)])
reg('wan_counts', 'totals', 'ci', t_wan_count, [('', 0)])
reg('balance_', 'totals', 'ci', t_diff, [('canteen', 0), ('shouzhi', 1), ('reverse', 2)])
reg('change_', 'totals', 'ci', t_change, [('you_dao', 0), ('cong', 1), ('bishangnian', 2)])
reg('days_saved_', 'totals', 'ci', t_days, [('workdays', 0), ('days', 1)])
reg('count_items_', 'totals', 'ci', t_count_items, [('yishi', 0), ('cnparen', 1), ('arabic', 2)])
reg('multilevel_', 'totals', 'ci', t_multilevel, [('paren', 0), ('semicolon', 1)])
reg('total_start_end_', 'totals', 'ci', t_start_end, [('yishang', 0), ('zongshang', 1)])
reg('households_persons', 'totals', 'ci', t_hh_persons, [('', 0)])
reg('danger_found_fixed_', 'totals', 'ci', t_found_fixed, [('a', 0), ('sep', 1), ('fw', 2)])
reg('product_per_unit', 'totals', 'ci', t_product, [('', 0)])
reg('gender_', 'totals', 'ci', t_gender, [('total_first', 0), ('total_last', 1)])
reg('plan_built_rest_', 'totals', 'ci', t_plan_done, [('a', 0), ('cn', 1)])
reg('yoy_table', 'totals', 'ci', t_yoy_table, [('', 0)])
reg('cn_prose_', 'totals', 'ci', t_cn_prose, [('er', 0), ('liang', 1)])
reg('thousands_', 'totals', 'ci', t_fwsep, [('fwcomma', 0), ('space', 1), ('comma', 2)])
reg('two_sums_', 'totals', 'ci', t_two_sums, [('one_line', 0), ('two_lines', 1)])
reg('money_change_', 'totals', 'ci', t_money_change, [('bi', 0), ('shangnian', 1)])
# totals negatives
reg('neg_overlap_', 'totals', 'neg', n_overlap, [('dun', 0), ('comma', 1)])
reg('neg_selection_', 'totals', 'neg', n_selection, [('zhuyaoyou', 0), ('zhuyaobaokuo', 1), ('zhongdian', 2)])
reg('neg_etc_', 'totals', 'neg', n_etc, [('qizhong', 0), ('sheji', 1)])
reg('neg_approx_', 'totals', 'neg', n_approx, [('jin', 0), ('yu', 1), ('yue', 2)])
reg('neg_single_part', 'totals', 'neg', n_single_part, [('', 0)])
reg('neg_codes', 'totals', 'neg', n_codes, [('', 0)])
reg('neg_rank', 'totals', 'neg', n_rank, [('', 0)])
reg('neg_cumulative', 'totals', 'neg', n_cumulative, [('', 0)])
reg('neg_dates', 'totals', 'neg', n_dates, [('', 0)])
reg('neg_range', 'totals', 'neg', n_range, [('', 0)])
reg('neg_per_capita_', 'totals', 'neg', n_per_capita, [('income', 0), ('duration', 1)])
reg('neg_ratio_notation_', 'totals', 'neg', n_ratio_colon, [('teacher', 0), ('station', 1)])
reg('neg_series_no_total', 'totals', 'neg', n_series, [('', 0)])
reg('neg_phone_schedule', 'totals', 'neg', n_phone, [('', 0)])
# pct c/i
reg('rate_', 'pct', 'ci', p_rate, [(f'd{d}_{n}_{sn}', (d, pv, sg)) for d in (0, 1, 2) for n, pv in (('da', '达'), ('wei', '为'))
                                   for sn, sg in (('ascii', '%'), ('fw', '％'))] + [('d2_dadao_ascii', (2, '达到', '%')), ('d1_none_ascii', (1, '', '%'))])
reg('bad_rate_', 'pct', 'ci', p_bad_rate, [('d2', 0), ('d1', 1), ('jianchu', 2)])
reg('pass_fail_sum', 'pct', 'ci', p_pass_sum, [('', 0)])
reg('share_zhan_', 'pct', 'ci', p_share, [('qizhong', 0), ('paren_whole', 1), ('zhanbi', 2)])
reg('share_list_', 'pct', 'ci', p_share_list, [('d1', 0), ('d2', 1)])
reg('share_sum_', 'pct', 'ci', p_share_sum, [('zhan', 0), ('colon', 1)])
reg('channel_shares_', 'pct', 'ci', p_share_exh, [('lines', 0), ('inline', 1)])
reg('growth_', 'pct', 'ci', p_growth, [('you_zhi', 0), ('jiao', 1), ('decline', 2)])
reg('yoy_money_', 'pct', 'ci', p_yoy_money, [('tongqi', 0), ('xiangbi', 1)])
reg('malformed_', 'pct', 'ci', p_malformed, [('placeholder', 0), ('space', 1), ('leading', 2), ('double_fw', 3), ('double_dot', 4), ('cn_period', 5)])
reg('malformed_side_', 'pct', 'ci', p_malformed_ctx, [('zhixiao', 0), ('fugai', 1)])
reg('table_rates_', 'pct', 'ci', p_table_rates, [('d1', 0), ('d2', 1)])
reg('hotline_', 'pct', 'ci', p_hotline, [('two_lines', 0), ('one_line', 1)])
reg('danger_rate_', 'pct', 'ci', p_danger, [('d1', 0), ('d2', 1)])
reg('target_completion_', 'pct', 'ci', p_target, [('d1', 0), ('d0', 1), ('d2', 2)])
reg('time_compress_', 'pct', 'ci', p_compress, [('workdays', 0), ('days_d1', 1)])
reg('cn_count_rate_', 'pct', 'ci', p_cn_rate, [('d2', 0), ('d1', 1)])
reg('yi_share_', 'pct', 'ci', p_yi_share, [('qizhong', 0), ('paren', 1)])
reg('rate_first_', 'pct', 'ci', p_paren_rate, [('slash', 0), ('jishi', 1)])
reg('change_and_growth_', 'pct', 'ci', p_change_growth, [('jiao', 0), ('you', 1)])
reg('rate_list_', 'pct', 'ci', p_line_rates, [('arabic', 0), ('circled', 1)])
reg('fw_rate_', 'pct', 'ci', p_fw_rate, [('fwdigits', 0), ('comma', 1), ('fwcomma', 2)])
reg('nested_share_', 'pct', 'ci', p_multi_level, [('patent', 0), ('complaint', 1)])
reg('survey_', 'pct', 'ci', p_survey, [('satisfaction', 0), ('yesno', 1)])
reg('wan_rate_', 'pct', 'ci', p_wan_rate, [('task', 0), ('task_first', 1)])
reg('rate_split_lines', 'pct', 'ci', p_rate_split, [('', 0)])
reg('money_rate_', 'pct', 'ci', p_money_rate, [('audit', 0), ('assets', 1)])
reg('category_pass_rates_', 'pct', 'ci', p_semicolon_rates, [('semicolon', 0), ('paren', 1)])
reg('rd_intensity_', 'pct', 'ci', p_intensity, [('qiangdu', 0), ('bizhong', 1)])
reg('growth_wan_', 'pct', 'ci', p_growth_wan, [('you_zhi', 0), ('bishangnian', 1)])
reg('table_bare_pct', 'pct', 'ci', p_table_bare_pct, [('', 0)])
reg('ratio_to_previous_', 'pct', 'ci', p_ratio_prev, [('xiangdangyu', 0), ('wei', 1)])
reg('neg_targets_taxrates_', 'pct', 'neg', np_targets, [('targets', 0), ('taxrates', 1)])
# pct negatives
reg('neg_pp_', 'pct', 'neg', np_pp, [('tigao', 0), ('xiajiang', 1), ('gaochu', 2)])
reg('neg_growth_over100_', 'pct', 'neg', np_over100, [('fenbie', 0), ('pair', 1)])
reg('neg_diff_wholes_', 'pct', 'neg', np_diff_wholes, [('enrol', 0), ('share_of_city', 1), ('pass_rates', 2)])
reg('neg_multichoice', 'pct', 'neg', np_multichoice, [('', 0)])
reg('neg_progress_', 'pct', 'neg', np_progress, [('shixu', 0), ('chaoguo', 1), ('target', 2)])
reg('neg_approx_rate_', 'pct', 'neg', np_approx_rate, [('jin', 0), ('yishang', 1)])
reg('neg_tech_tokens', 'pct', 'neg', np_tech_tokens, [('', 0)])
reg('neg_ratio_other_', 'pct', 'neg', np_ratio_diff, [('yibao', 0), ('liuzhi', 1)])


def style_rng(seed, name, i=0):
    h = hashlib.sha256(f'{seed}|{name}|{i}'.encode()).digest()
    return random.Random(int.from_bytes(h[:8], 'big'))


def generate(seed):
    recs = []
    counters = {'totals': 0, 'pct': 0}
    for name, fam, kind, func, v in STYLES:
        r0 = style_rng(seed, name)
        n = r0.randint(15, 20)
        if kind == 'neg':  # keep negatives near 20 % of each family
            n = r0.randint(15, 17) if fam == 'totals' else r0.randint(18, 20)
            labs = ['negative'] * n
        else:
            labs = ['consistent'] * (n // 2) + ['inconsistent'] * (n // 2)
            if n % 2:
                labs.append(r0.choice(['consistent', 'inconsistent']))
            r0.shuffle(labs)
        for i, lab in enumerate(labs):
            r = style_rng(seed, name, i + 1)
            for attempt in range(50):
                text, note, checks = func(r, lab, v)
                probs = verify_record({'family': fam, 'label': lab, 'text': text, 'checks': checks, 'style': name})
                if not probs:
                    break
            else:
                raise RuntimeError(f'{name} {lab}: {probs}')
            recs.append({'family': fam, 'style': name, 'label': lab, 'text': text, 'note': note, 'checks': checks})
    rs = random.Random(seed)
    rs.shuffle(recs)
    out = []
    for rec in recs:
        counters[rec['family']] += 1
        out.append({'id': f'n23-{rec["family"]}-{counters[rec["family"]]:06d}', **rec})
    return out


# ----------------------------------------------------------------------------------------------
# VERIFIER (independent parsing of the strings as they appear in the text)
# ----------------------------------------------------------------------------------------------
_VD = {c: i for i, c in enumerate('零一二三四五六七八九')}
_VD.update({'〇': 0, '两': 2})
_VU = {'十': 10, '百': 100, '千': 1000}


def v_cn(s):
    total, sec, cur = 0, 0, 0
    if not s:
        raise ValueError('empty')
    for ch in s:
        if ch in _VD:
            cur = _VD[ch]
        elif ch in _VU:
            sec += (cur if cur else 1) * _VU[ch]
            cur = 0
        elif ch == '万':
            total += (sec + cur) * 10000
            sec, cur = 0, 0
        elif ch == '亿':
            total = (total + sec + cur) * 10 ** 8
            sec, cur = 0, 0
        else:
            raise ValueError(f'bad cn numeral {s!r}')
    return total + sec + cur


def v_num(s):
    """parse a number token as written: ascii/full-width digits, separators, 万/亿 suffix, Chinese numerals."""
    t = s.translate(str.maketrans('０１２３４５６７８９．', '0123456789.'))
    if re.fullmatch(r'[零〇一二两三四五六七八九十百千万亿]+', t):
        return Fraction(v_cn(t))
    mult = 1
    if t.endswith('亿'):
        mult, t = 10 ** 8, t[:-1]
    elif t.endswith('万'):
        mult, t = 10 ** 4, t[:-1]
    if not re.fullmatch(r'[+-]?\d{1,3}([,， ]\d{3})+(\.\d+)?|[+-]?\d+(\.\d+)?', t):
        raise ValueError(f'bad number {s!r}')
    t = re.sub(r'[,， ]', '', t)
    return Fraction(t) * mult


PCT_OK = re.compile(r'^([0-9０-９]+)(?:[.．]([0-9０-９]+))?[%％]$')


def v_pct(s):
    m = PCT_OK.match(s)
    if not m:
        raise ValueError(f'malformed pct {s!r}')
    ip = m.group(1).translate(str.maketrans('０１２３４５６７８９', '0123456789'))
    fp = (m.group(2) or '').translate(str.maketrans('０１２３４５６７８９', '0123456789'))
    val = Fraction(ip + ('.' + fp if fp else ''))
    return val, len(fp)


def v_round_ok(true, stated, dec):
    q = true * 10 ** dec
    rounded = (q + Fraction(1, 2)).__floor__()
    return Fraction(rounded, 10 ** dec) == stated


MALFORMED = [re.compile(p) for p in (
    r'[xX*＊]+(?:\.[xX]+)?\s*[%％]',         # placeholder
    r'[0-9０-９]\s+[%％]',                   # space before %
    r'[%％][0-9０-９]',                      # leading % (percent sign followed by a digit)
    r'[%％]{2,}',                           # doubled sign
    r'[0-9]\.\.[0-9]',                      # double dot
    r'[0-9]。[0-9]+[%％]',                   # Chinese full stop as decimal point
)]


def v_malformed_tokens(text):
    hits = []
    for p in MALFORMED:
        for m in p.finditer(text):
            hits.append((m.start(), m.group()))
    return sorted(set(hits))


def v_check(chk, text):
    """returns (is_real_relation, holds, problem_or_None)"""
    rel = chk.get('rel')

    def present(*ss):
        for s in ss:
            if s not in text:
                raise ValueError(f'token {s!r} not in text')
    try:
        if rel == 'sum':
            present(chk['total'], *chk['parts'])
            return True, sum(v_num(p) for p in chk['parts']) == v_num(chk['total']), None
        if rel == 'diff':
            present(chk['minuend'], chk['subtrahend'], chk['result'])
            return True, v_num(chk['minuend']) - v_num(chk['subtrahend']) == v_num(chk['result']), None
        if rel == 'product':
            present(chk['a'], chk['b'], chk['result'])
            return True, v_num(chk['a']) * v_num(chk['b']) == v_num(chk['result']), None
        if rel == 'change':
            present(chk['frm'], chk['to'], chk['delta'])
            a, b, d = v_num(chk['frm']), v_num(chk['to']), v_num(chk['delta'])
            if chk['dir'] == 'up':
                return True, b > a and b - a == d, None
            return True, b < a and a - b == d, None
        if rel == 'signed_diff':
            present(chk['frm'], chk['to'], chk['delta'])
            return True, v_num(chk['to']) - v_num(chk['frm']) == v_num(chk['delta'].lstrip('+')), None
        if rel == 'rate':
            present(chk['num'], chk['den'], chk['pct'])
            val, dec = v_pct(chk['pct'])
            return True, v_round_ok(v_num(chk['num']) * 100 / v_num(chk['den']), val, dec), None
        if rel == 'rate_bare':
            present(chk['num'], chk['den'], chk['value'], chk['row'])
            row = chk['row'].split(' | ')
            if row[1:] != [chk['den'], chk['num'], chk['value']]:
                raise ValueError('row does not hold num/den/value in column order')
            if not re.fullmatch(r'\d+(\.\d+)?', chk['value']):
                raise ValueError('bare value malformed')
            dec = len(chk['value'].split('.')[1]) if '.' in chk['value'] else 0
            return True, v_round_ok(v_num(chk['num']) * 100 / v_num(chk['den']), Fraction(chk['value']), dec), None
        if rel == 'growth':
            present(chk['frm'], chk['to'], chk['pct'])
            a, b = v_num(chk['frm']), v_num(chk['to'])
            val, dec = v_pct(chk['pct'])
            ch = (b - a) if chk['dir'] == 'up' else (a - b)
            return True, ch > 0 and v_round_ok(ch * 100 / a, val, dec), None
        if rel == 'share_sum':
            present(*chk['shares'])
            vals = [v_pct(s) for s in chk['shares']]
            tot = sum(x for x, _ in vals)
            if chk.get('exhaustive'):
                slack = sum(Fraction(1, 2 * 10 ** dd) for _, dd in vals)
                return True, abs(tot - 100) <= slack, None
            return True, tot <= 100, None
        if rel == 'count':
            present(chk['stated'], *chk['items'])
            n = v_num(chk['stated'])
            # recount enumerators of the same kind independently in the text (consecutive from 1)
            first = chk['items'][0]
            cnd = '一二三四五六七八九十'
            if re.fullmatch(r'一是', first):
                mk = lambda i: cnd[i] + '是'
            elif first == '（一）':
                mk = lambda i: '（' + cnd[i] + '）'
            elif first == '1.':
                mk = lambda i: f'{i + 1}.'
            else:
                raise ValueError('unknown enumerator')
            found = 0
            while found < 10 and mk(found) in text:
                found += 1
            return True, n == found, None
        if rel == 'pct_format':
            tok = chk['token']
            present(tok)
            if PCT_OK.match(tok):
                return True, True, 'pct_format token is well formed'
            if not any(p.search(tok) for p in MALFORMED):
                return True, True, 'pct_format token not recognised as malformed'
            return True, False, None
        if rel == 'trap':
            k = chk['kind']
            present(chk['marker'])
            if k in ('overlap', 'rank'):
                present(chk['total'], *chk['parts'])
                if sum(v_num(p) for p in chk['parts']) == v_num(chk['total']):
                    return False, True, 'trap parts happen to add up'
            elif k in ('selection', 'etc', 'cumulative', 'single_part'):
                present(chk['total'], *chk['parts'])
                if sum(v_num(p) for p in chk['parts']) >= v_num(chk['total']):
                    return False, True, 'selection parts not below whole'
            elif k == 'approx':
                present(chk['total'], *chk['parts'])
                if not re.search(r'[约近余]', chk['marker']):
                    return False, True, 'approx marker missing'
                if sum(v_num(p) for p in chk['parts']) == v_num(chk['total']):
                    return False, True, 'approx total equals sum exactly'
            elif k == 'approx_rate':
                present(chk['num'], chk['den'])
                t = v_num(chk['num']) * 100 / v_num(chk['den'])
                b = v_num(chk['bound'])
                if chk['marker'] == '近' and not (b > t):
                    return False, True, '近 bound not above value'
                if chk['marker'] == '以上' and not (b < t):
                    return False, True, '以上 bound not below value'
            else:
                present(*chk.get('tokens', []))
            return False, True, None
        return True, True, f'unknown rel {rel}'
    except (ValueError, KeyError, ZeroDivisionError) as e:
        return True, True, f'{rel}: {e}'


def verify_record(rec):
    probs = []
    text = rec.get('text', '')
    lab = rec.get('label')
    if lab not in ('consistent', 'inconsistent', 'negative'):
        probs.append('bad label')
    if rec.get('family') not in ('totals', 'pct'):
        probs.append('bad family')
    nl = text.count('\n') + 1
    if not (1 <= nl <= 8):
        probs.append(f'{nl} lines')
    checks = rec.get('checks') or []
    if not checks:
        probs.append('no checks')
    fails, reals, traps, fmt_fail = 0, 0, 0, 0
    for c in checks:
        real, holds, prob = v_check(c, text)
        if prob:
            probs.append(prob)
        if real:
            reals += 1
            if not holds:
                fails += 1
                if c['rel'] == 'pct_format':
                    fmt_fail += 1
        else:
            traps += 1
    mal = v_malformed_tokens(text)
    # every % in text must be well formed unless it is the one malformed token
    if lab == 'consistent':
        if fails:
            probs.append(f'consistent record with {fails} failing relation(s)')
        if reals == 0:
            probs.append('consistent record without a real relation')
        if mal:
            probs.append(f'malformed % in consistent record: {mal}')
    elif lab == 'inconsistent':
        if fails != 1:
            probs.append(f'inconsistent record with {fails} failing relations')
        if fmt_fail and len(mal) != 1:
            probs.append(f'malformed record should have exactly one malformed token, found {mal}')
        if not fmt_fail and mal:
            probs.append(f'unexpected malformed token {mal}')
    else:
        if fails:
            probs.append('negative record with failing relation')
        if traps == 0:
            probs.append('negative record without trap')
        if mal:
            probs.append(f'malformed % in negative record: {mal}')
    return probs


def verify_files(paths):
    bad = 0
    for path in paths:
        ids = set()
        styles = {}
        fam_lab = {}
        n = 0
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                rec = json.loads(line)
                n += 1
                for key in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
                    if key not in rec:
                        print(f'{path}:{ln}: missing {key}')
                        bad += 1
                if rec['id'] in ids:
                    print(f'{path}:{ln}: duplicate id')
                    bad += 1
                ids.add(rec['id'])
                if not re.fullmatch(rf'n23-{rec["family"]}-\d{{6}}', rec['id']):
                    print(f'{path}:{ln}: bad id {rec["id"]}')
                    bad += 1
                styles[rec['style']] = styles.get(rec['style'], 0) + 1
                fam_lab[(rec['family'], rec['label'])] = fam_lab.get((rec['family'], rec['label']), 0) + 1
                for p in verify_record(rec):
                    print(f'{path}:{ln} {rec["id"]} [{rec["style"]}/{rec["label"]}]: {p}')
                    bad += 1
        small = [s for s, c in styles.items() if not 15 <= c <= 20]
        if small:
            print(f'{path}: styles outside 15-20 records: {small}')
            bad += 1
        print(f'{path}: {n} records, {len(styles)} styles')
        for fam in ('totals', 'pct'):
            tot = sum(v for (f, _), v in fam_lab.items() if f == fam)
            print('  ' + fam + ': ' + ', '.join(f'{lab} {fam_lab.get((fam, lab), 0)} ({100 * fam_lab.get((fam, lab), 0) / max(tot, 1):.1f}%)'
                                                for lab in ('consistent', 'inconsistent', 'negative')) + f'; total {tot}')
    print('VERIFY', 'OK' if bad == 0 else f'FAILED ({bad} problems)')
    return bad == 0


def style_table(path):
    rows = {}
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            rec = json.loads(line)
            d = rows.setdefault(rec['style'], {'family': rec['family'], 'consistent': 0, 'inconsistent': 0, 'negative': 0, 'ex': None})
            d[rec['label']] += 1
            if d['ex'] is None or (rec['label'] != 'inconsistent' and d['ex'][0] == 'inconsistent'):
                d['ex'] = (rec['label'], rec['text'])
    out = ['| style | family | consistent | inconsistent | negative | example |', '|---|---|---|---|---|---|']
    for s in sorted(rows, key=lambda x: (rows[x]['family'], x)):
        d = rows[s]
        ex = d['ex'][1].replace('\n', ' ⏎ ').replace('|', '\\|')
        if len(ex) > 110:
            ex = ex[:110] + '…'
        out.append(f'| {s} | {d["family"]} | {d["consistent"]} | {d["inconsistent"]} | {d["negative"]} | ({d["ex"][0]}) {ex} |')
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--style-table')
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify_files(a.verify) else 1)
    if a.style_table:
        print(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error('--seed and --out required')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print(f'wrote {len(recs)} records, {len(STYLES)} styles -> {a.out}')


if __name__ == '__main__':
    main()
