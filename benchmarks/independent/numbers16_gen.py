#!/usr/bin/env python3
"""numbers16_gen.py - held-out collection of labelled Chinese report snippets for an
arithmetic auditor (families `totals` and `pct`).

    python3 numbers16_gen.py --seed 11 --out numbers16_seed11.jsonl
    python3 numbers16_gen.py --verify numbers16_seed11.jsonl numbers16_seed12.jsonl
    python3 numbers16_gen.py --style-table numbers16_seed11.jsonl > table.md

Standard library only.  Every style is a function (g, label, **kw) -> (lines, note, checks).
Checks carry the *surface strings* of the numbers exactly as written in the text; the
verifier (section VERIFY, its own parser) re-reads them, confirms they occur in the text,
recomputes every relation and compares the outcome with the label.
"""
import argparse
import json
import random
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, getcontext

getcontext().prec = 60

# ----------------------------------------------------------------------------------------
# rendering of numbers
# ----------------------------------------------------------------------------------------
FWD = str.maketrans('0123456789.', '０１２３４５６７８９．')
CN_D = '零一二三四五六七八九'


def cn_int(n, liang=False):
    """integer (< 10^8) -> Chinese numerals; liang: use 两 for 2 before 百/千/万."""
    if n == 0:
        return '零'

    def below(x, lead):
        s, zero, started = '', False, False
        for u, name in ((1000, '千'), (100, '百'), (10, '十'), (1, '')):
            d, x = divmod(x, u)
            if d == 0:
                if started:
                    zero = True
                continue
            if zero:
                s += '零'
                zero = False
            ch = '两' if (d == 2 and liang and u >= 100) else CN_D[d]
            if u == 10 and d == 1 and not started and lead:
                ch = ''
            s += ch + name
            started = True
        return s

    if n >= 10000:
        hi, lo = divmod(n, 10000)
        s = below(hi, True)
        if liang and s == '二':
            s = '两'
        s += '万'
        if lo:
            s += ('零' if lo < 1000 else '') + below(lo, False)
        return s
    return below(n, True)


def cn_dec(q):
    """Decimal -> Chinese with 点 (for percentages such as 九十八点六)."""
    s = f'{q}'
    ip, _, fp = s.partition('.')
    out = cn_int(int(ip))
    if fp:
        out += '点' + ''.join(CN_D[int(c)] for c in fp)
    return out


def dstr(v, dec):
    """v: integer count of 10^-dec units."""
    q = D(v).scaleb(-dec)
    return f'{q:.{dec}f}'


def group(ip, sep):
    out = ''
    while len(ip) > 3:
        out = sep + ip[-3:] + out
        ip = ip[:-3]
    return ip + out


def num(v, dec=0, nf='a'):
    """render v (units of 10^-dec). nf: a ascii, f full-width, c/C Chinese (C uses 两),
    s comma groups, S space groups, F full-width comma groups, w mixed (ascii)."""
    s = dstr(v, dec)
    if nf in ('c', 'C') and dec == 0 and v < 10 ** 8:
        return cn_int(v, liang=(nf == 'C'))
    if nf in ('s', 'S', 'F'):
        ip, _, fp = s.partition('.')
        if len(ip) > 3:
            ip = group(ip, {'s': ',', 'S': ' ', 'F': '，'}[nf])
        s = ip + ('.' + fp if fp else '')
    if nf == 'f':
        s = s.translate(FWD)
    return s


def pq(x, d):
    """Decimal x rounded half-up to d decimals."""
    return x.quantize(D(1).scaleb(-d), rounding=ROUND_HALF_UP)


def tq(x, d):
    return x.quantize(D(1).scaleb(-d), rounding=ROUND_DOWN)


def wan_str(v_units_yuan_wan, maxdec=4):
    """value in 万 units (int) -> string in 亿 with minimal decimals, or None."""
    q = D(v_units_yuan_wan) / D(10000)
    s = f'{q.normalize():f}'
    if '.' in s and len(s.split('.')[1]) > maxdec:
        return None
    return s


# ----------------------------------------------------------------------------------------
# vocab
# ----------------------------------------------------------------------------------------
PLACES = ['青禾', '临川', '云溪', '石门', '北陵', '桐江', '安澜', '柏山', '金沙', '泸溪', '南屏', '东岚',
          '白沙', '鹤鸣', '枫亭', '望江', '玉泉', '清河', '松岭', '梅川', '凤台', '岚州', '沅陵', '黎塘',
          '溪口', '秀屿', '芦湾', '长汀', '澄江', '麦岭', '乌沙', '槐安', '苍梧', '雁栖', '樟木', '汾源']
VILLAGES = ['上坪', '下湾', '杨柳', '石桥', '新塘', '枣林', '桃园', '高岭', '竹山', '河背', '田心', '西坑',
            '梨树沟', '马家庄', '黄泥垅', '车田', '大岗', '龙潭', '荷塘', '牛栏坳', '双井', '水口']
COMP = ['恒远', '瑞丰', '宏川', '泰禾', '中屹', '嘉沐', '锦程', '华岱', '远澜', '博钧', '凯越', '鼎昇']
YEARS = list(range(2017, 2025))

# totals topics: v verb, n noun, u unit, parts, lo/hi per part (display units), dec decimals
TT = [
    dict(org='生态环境局', v='查处', n='环境违法案件', u='起', dec=0, lo=3, hi=160,
         parts=['水污染', '大气污染', '噪声扰民', '固体废物', '危险废物', '未批先建', '辐射安全']),
    dict(org='信访局', v='受理', n='信访事项', u='件', dec=0, lo=10, hi=900,
         parts=['来信', '来访', '网上信访', '电话信访', '领导信箱']),
    dict(org='公安局', v='破获', n='刑事案件', u='起', dec=0, lo=5, hi=420,
         parts=['盗窃案件', '电信网络诈骗案件', '故意伤害案件', '抢劫抢夺案件', '毒品案件', '赌博案件']),
    dict(org='消防救援大队', v='接处', n='各类警情', u='起', dec=0, lo=8, hi=1300,
         parts=['火灾扑救', '抢险救援', '社会救助', '公务执勤', '虚假警情']),
    dict(org='人民法院', v='受理', n='各类案件', u='件', dec=0, lo=40, hi=5200,
         parts=['民事案件', '刑事案件', '行政案件', '执行案件', '国家赔偿案件']),
    dict(org='人民检察院', v='受理审查起诉', n='', u='人', dec=0, lo=6, hi=260,
         parts=['危险驾驶', '盗窃', '帮助信息网络犯罪活动', '诈骗', '故意伤害', '开设赌场']),
    dict(org='人民医院', v='完成', n='手术', u='台次', dec=0, lo=120, hi=6800,
         parts=['普外科', '骨科', '妇产科', '泌尿外科', '眼科', '神经外科']),
    dict(org='教育局', v='资助', n='家庭经济困难学生', u='人次', dec=0, lo=300, hi=26000,
         parts=['学前教育阶段', '义务教育阶段', '普通高中阶段', '中职阶段', '高等教育阶段']),
    dict(org='市场监督管理局', v='新登记', n='市场主体', u='户', dec=0, lo=20, hi=9800,
         parts=['企业', '个体工商户', '农民专业合作社']),
    dict(org='人力资源和社会保障局', v='新增', n='城镇就业', u='人', dec=0, lo=60, hi=7000,
         parts=['高校毕业生', '退役军人', '就业困难人员', '返乡创业人员']),
    dict(org='乡村振兴局', v='纳入', n='防返贫监测对象', u='户', dec=0, lo=5, hi=700,
         parts=['脱贫不稳定户', '边缘易致贫户', '突发严重困难户']),
    dict(org='农业农村局', v='完成', n='粮食播种面积', u='万亩', dec=2, lo=1, hi=60,
         parts=['水稻', '小麦', '玉米', '大豆', '薯类']),
    dict(org='林业局', v='完成', n='营造林', u='公顷', dec=0, lo=40, hi=5200,
         parts=['人工造林', '封山育林', '退化林修复', '森林抚育']),
    dict(org='海关', v='监管', n='进出口货运量', u='万吨', dec=1, lo=2, hi=900,
         parts=['一般贸易', '加工贸易', '保税物流', '边境小额贸易']),
    dict(org='税务局', v='组织', n='税费收入', u='亿元', dec=2, lo=0.3, hi=40,
         parts=['增值税', '企业所得税', '个人所得税', '资源税', '城市维护建设税', '社会保险费']),
    dict(org='审计局', v='查出', n='主要问题金额', u='万元', dec=2, lo=10, hi=9000,
         parts=['违规使用资金', '管理不规范资金', '损失浪费', '应缴未缴财政收入']),
    dict(org='财政局', v='完成', n='一般公共预算支出', u='万元', dec=0, lo=800, hi=98000,
         parts=['教育支出', '社会保障和就业支出', '卫生健康支出', '农林水支出', '城乡社区支出']),
    dict(org='农村商业银行', v='累计发放', n='各类贷款', u='亿元', dec=2, lo=0.5, hi=80,
         parts=['普惠小微贷款', '涉农贷款', '个人住房贷款', '个人消费贷款']),
    dict(org='财产保险支公司', v='处理', n='理赔案件', u='件', dec=0, lo=30, hi=9000,
         parts=['车险', '农业保险', '健康险', '责任险', '企业财产险']),
    dict(org='文化馆', v='举办', n='文化惠民活动', u='场', dec=0, lo=4, hi=300,
         parts=['送戏下乡', '公益讲座', '非遗展演', '广场舞展演', '公益电影放映']),
    dict(org='物流园区管委会', v='完成', n='货运量', u='万吨', dec=1, lo=5, hi=3000,
         parts=['公路', '铁路', '水路', '管道']),
    dict(org='水务局', v='新建改造', n='农村供水工程', u='处', dec=0, lo=2, hi=160,
         parts=['集中供水工程', '分散供水工程', '管网延伸工程', '水源保护工程']),
    dict(org='应急管理局', v='排查整改', n='安全隐患', u='处', dec=0, lo=10, hi=2400,
         parts=['消防安全', '用电安全', '燃气安全', '危险化学品', '特种设备']),
    dict(org='综合行政执法局', v='拆除', n='违法建设', u='平方米', dec=0, lo=1200, hi=86000,
         parts=['工业厂房', '住宅加层', '临时搭建', '农业设施']),
    dict(org='疾病预防控制中心', v='报告', n='法定传染病', u='例', dec=0, lo=3, hi=3000,
         parts=['流行性感冒', '手足口病', '其他感染性腹泻病', '肺结核', '梅毒']),
    dict(org='体育局', v='组织', n='全民健身赛事', u='场', dec=0, lo=2, hi=90,
         parts=['篮球', '乒乓球', '徒步', '龙舟', '象棋', '广场健身操']),
    dict(org='交通运输局', v='完成', n='农村公路建设', u='公里', dec=1, lo=3, hi=400,
         parts=['县道', '乡道', '村道', '产业路']),
]

CTX_OPEN = [
    '{Y}年，{org}在上级党委政府的领导下，扎实推进各项工作，总体运行平稳。',
    '现将{org}{Y}年工作情况报告如下。',
    '一、{Y}年主要工作完成情况',
    '今年以来，{org}坚持问题导向和目标导向，推动重点任务落地见效。',
    '{Y}年是全面完成年度目标任务的攻坚之年，{org}紧盯目标，狠抓落实。',
    '（{cidx}）聚焦主责主业，推动工作提质增效',
    '{Y}年{m}月，{org}印发年度工作要点，明确责任分工和完成时限。',
    '根据统计年报，现将有关数据通报如下：',
]
CTX_CLOSE = [
    '下一步，{org}将继续压实工作责任，巩固提升工作成效。',
    '{m}月{d}日，召开专题推进会议，对下阶段工作作出部署。',
    '全年召开工作例会{n1}次，开展业务培训{n2}期。',
    '联系电话：0{area}-{tel}。',
    '（数据来源：{org}，统计截至{Y}年{m}月{d}日）',
    '二、存在的问题和不足',
    '同时也要清醒看到，基层基础仍较薄弱，工作推进还不平衡。',
    '以上数据为快报数，最终以统计年鉴公布数为准。',
]


class G:
    def __init__(self, rng):
        self.r = rng

    def ri(self, a, b):
        return self.r.randint(a, b)

    def ch(self, seq):
        return self.r.choice(seq)

    def co(self, p=0.5):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def place(self):
        return self.ch(PLACES) + self.ch(['县', '区', '市', '县', '区'])

    def town(self):
        return self.ch(PLACES) + self.ch(['镇', '乡', '街道'])

    def year(self):
        return getattr(self, 'Y', None) or self.ch(YEARS)

    def company(self):
        return self.ch(PLACES) + self.ch(COMP) + self.ch(['科技股份有限公司', '集团股份有限公司', '实业有限公司'])

    def topic(self, pred=None):
        pool = [t for t in TT if pred is None or pred(t)]
        t = dict(self.ch(pool))
        t['orgf'] = self.place() + t['org']
        return t

    def pv(self, t, k=None, lo=None, hi=None):
        """k part values in units of 10^-dec."""
        sc = 10 ** t['dec']
        lo = int((lo if lo is not None else t['lo']) * sc)
        hi = int((hi if hi is not None else t['hi']) * sc)
        return [self.ri(max(1, lo), max(2, hi)) for _ in range(k)]

    def ctx(self, org, templ):
        Y = self.year()
        return self.ch(templ).format(Y=Y, org=org, m=self.ri(1, 12), d=self.ri(1, 28), n1=self.ri(4, 24),
                                     n2=self.ri(2, 9), area=self.ri(300, 999), tel=self.ri(2000000, 8999999),
                                     cidx=self.ch('一二三四五'))

    def wrap(self, body, org, maxlines=8):
        lines = body if isinstance(body, list) else [body]
        if len(lines) < maxlines and self.co(0.65):
            lines = [self.ctx(org, CTX_OPEN)] + lines
        if len(lines) < maxlines and self.co(0.45):
            lines = lines + [self.ctx(org, CTX_CLOSE)]
        return lines

    def bump(self, v, dec=0, minv=1):
        """change an integer-unit value so the relation clearly breaks (>= 1 unit of the shown
        last integer digit for dec<=1, >= 0.1 for dec 2)."""
        assert v > 0, v
        pmin = 0 if dec == 0 else (dec if dec == 1 else dec - 1)
        for _ in range(200):
            if self.co(0.25):
                s = str(v)
                idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1] and (len(s) - 2 - i) >= pmin]
                if idx:
                    i = self.ch(idx)
                    w = s[:i] + s[i + 1] + s[i] + s[i + 2:]
                    if w[0] != '0':
                        nv = int(w)
                        if nv >= minv and nv != v:
                            return nv
            maxp = max(pmin, len(str(v)) - 2)
            p = self.ri(pmin, maxp)
            nv = v + self.ch([-1, 1]) * self.ri(1, 9 if p > pmin or v > 20 else 3) * 10 ** p
            if nv >= minv and nv != v and abs(nv - v) * 3 <= max(v, 10 ** (pmin + 1)) * 2:
                return nv
        return v + 10 ** pmin

    def badpct(self, true, d, lo=D('0.01'), hi=None):
        """a stated percentage (Decimal with d decimals) that neither rounds nor truncates from true."""
        unit = D(1).scaleb(-d)
        for _ in range(400):
            m = self.r.random()
            if m < 0.3:
                s = str(pq(true, d))
                digs = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
                if not digs:
                    continue
                i = self.ch(digs)
                cand = D(s[:i] + s[i + 1] + s[i] + s[i + 2:])
            elif m < 0.8:
                cand = pq(true + self.ch([-1, 1]) * D(self.ri(3, 60)) / D(10), d)
            else:
                cand = pq(true + self.ch([-1, 1]) * D(self.ri(2, 15)), d)
            if cand < lo or (hi is not None and cand > hi):
                continue
            if abs(cand - true) < max(D('0.25'), unit * D('1.5')):
                continue
            if cand == pq(true, d) or cand == tq(true, d):
                continue
            return cand
        raise RuntimeError('badpct')


def sum_break(g, total, parts, dec=0, allow_total=True):
    """for an inconsistent sum: change either the total or one part. returns (total, parts, desc)."""
    parts = list(parts)
    if allow_total and g.co(0.4):
        nt = g.bump(total, dec, minv=max(parts) + 1 if len(parts) > 1 else 1)
        return nt, parts, f'stated total {dstr(nt, dec)} but parts add to {dstr(sum(parts), dec)}'
    i = g.ri(0, len(parts) - 1)
    old = parts[i]
    parts[i] = g.bump(old, dec)
    return total, parts, (f'part #{i + 1} changed {dstr(old, dec)}->{dstr(parts[i], dec)}, parts add to '
                          f'{dstr(sum(parts), dec)} not {dstr(total, dec)}')


def pct_str(x, pctsign='%'):
    return f'{x}{pctsign}'


STYLES = []


def style(family, name, _kind='rel', **kw):
    def deco(fn):
        STYLES.append(dict(name=name, family=family, fn=fn, kind=_kind, kw=kw))
        return fn
    return deco


def reg(family, name, fn, _kind='rel', **kw):
    STYLES.append(dict(name=name, family=family, fn=fn, kind=_kind, kw=kw))


# ========================================================================================
# TOTALS family
# ========================================================================================
def _sum(g, lab, t, k, nf='a', vals=None):
    vals = vals or g.pv(t, k)
    total = sum(vals)
    desc = 'parts add up to the total'
    if lab == 'inconsistent':
        total, vals, desc = sum_break(g, total, vals, t['dec'])
    ts = num(total, t['dec'], nf)
    ps = [num(v, t['dec'], nf) for v in vals]
    return ts, ps, desc


def _sumnote(ts, ps, desc, lab, what='sum'):
    return f"{what}: {' + '.join(ps)} vs stated total {ts}; " + ('holds' if lab == 'consistent' else desc)


def _whole(t):
    return t['v'] + t['n']


def t_qizhong(g, lab, nf='a'):
    t = g.topic((lambda x: x['dec'] == 0 and x['hi'] < 6000) if nf in 'cC' else
                ((lambda x: x['dec'] == 0 and x['hi'] >= 1000) if nf in 'sSF' else None))
    k = g.ri(2, min(5, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, nf)
    u = t['u']
    sep = g.ch(['、', '，', '；']) if nf != 'F' else '；'
    body = f"{g.year()}年，{t['orgf']}共{_whole(t)}{ts}{u}，其中" + sep.join(f'{n}{p}{u}' for n, p in zip(names, ps)) + '。'
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab), [dict(rel='sum', total=ts, parts=ps)]


for _nf, _nm in (('a', 'qizhong_list'), ('f', 'qizhong_fullwidth'), ('c', 'qizhong_cn_numerals'),
                 ('s', 'qizhong_comma_thousands'), ('S', 'qizhong_space_thousands'), ('F', 'qizhong_fwcomma_thousands')):
    reg('totals', _nm, t_qizhong, nf=_nf)


@style('totals', 'fenbiewei')
def t_fenbie(g, lab):
    t = g.topic()
    k = g.ri(2, min(4, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, g.ch('as'))
    u = t['u']
    nm = '、'.join(names[:-1]) + g.ch(['和', '、', '及']) + names[-1]
    verb = g.ch(['分别为', '分别是', '依次为'])
    body = f"全年{_whole(t)}{ts}{u}。按类别统计，{nm}{verb}" + '、'.join(p + u for p in ps) + '。'
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab), [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'baokuo_parenthesis')
def t_baokuo(g, lab):
    t = g.topic()
    k = g.ri(2, min(4, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, g.ch('aas'))
    u = t['u']
    op, cl = g.ch([('（', '）'), ('(', ')')])
    body = f"{t['orgf']}{_whole(t)}{ts}{u}{op}{g.ch(['包括', '含', '其中'])}" + \
        g.ch(['，', '、']).join(f'{n}{p}{u}' for n, p in zip(names, ps)) + f'{cl}，' + \
        g.ch(['较好完成了年度目标任务。', '各项工作有序推进。', '总体呈平稳态势。'])
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab), [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'parts_then_heji')
def t_total_after(g, lab):
    t = g.topic()
    k = g.ri(2, min(5, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, g.ch('aaf'))
    u = t['u']
    lead = g.ch([f"从{_whole(t)}情况看：", f"{g.year()}年{t['n'] or _whole(t)}构成如下：", f"分类型看，"])
    body = lead + '，'.join(f'{n}{p}{u}' for n, p in zip(names, ps)) + \
        f"，{g.ch(['合计', '总计', '共计', '以上合计', '累计'])}{ts}{u}。"
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab, 'total stated after parts'), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'numbers_before_names')
def t_num_first(g, lab):
    t = g.topic(lambda x: x['u'] in ('起', '件', '人', '户', '例'))
    k = g.ri(2, min(4, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k)
    u = t['u']
    verb = g.ch(['涉及', '属于', '为'])
    body = f"共{_whole(t)}{ts}{u}，其中" + '，'.join(f'{p}{u}{verb}{n}' for n, p in zip(names, ps)) + '。'
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab), [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'qizhong_colon_semicolons')
def t_colon_semi(g, lab):
    t = g.topic(lambda x: len(x['parts']) >= 3)
    k = g.ri(3, min(5, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, g.ch('as'))
    u = t['u']
    body = f"{g.year()}年度{_whole(t)}{ts}{u}。其中：" + '；'.join(f'{n}{g.ch(["", "：", "方面"])}{p}{u}' for n, p in zip(names, ps)) + '。'
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab), [dict(rel='sum', total=ts, parts=ps)]


def t_lines(g, lab, bullet='1.'):
    t = g.topic(lambda x: len(x['parts']) >= 3)
    k = g.ri(3, min(5, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, g.ch('aas'))
    u = t['u']
    marks = {'1.': [f'{i}.' for i in range(1, 9)], '(1)': [f'（{i}）' for i in range(1, 9)],
             '①': list('①②③④⑤⑥⑦⑧'), 'dash': ['－'] * 8, 'tab': [''] * 8}[bullet]
    lines = [f"{t['orgf']}{g.year()}年{_whole(t)}{ts}{u}，分类情况如下："]
    for m, n, p in zip(marks, names, ps):
        lines.append(f'{m}{n}\t{p}{u}' if bullet == 'tab' else f'{m}{n}：{p}{u}' + ('；' if bullet != 'dash' else ''))
    return lines, _sumnote(ts, ps, desc, lab, 'line list under a total'), [dict(rel='sum', total=ts, parts=ps)]


for _b, _nm in (('1.', 'lines_arabic_numbered'), ('(1)', 'lines_paren_numbered'), ('①', 'lines_circled'),
                ('dash', 'lines_dash'), ('tab', 'lines_tab_separated')):
    reg('totals', _nm, t_lines, bullet=_b)


@style('totals', 'lines_heji_last')
def t_lines_heji_last(g, lab):
    t = g.topic(lambda x: len(x['parts']) >= 3)
    k = g.ri(3, min(5, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, g.ch('as'))
    u = t['u']
    lines = [f"{_whole(t)}分项统计（单位：{u}）"] + [f'{n}：{p}' for n, p in zip(names, ps)] + [f"{g.ch(['合计', '总计'])}：{ts}"]
    return g.wrap(lines, t['orgf']), _sumnote(ts, ps, desc, lab, 'vertical list with 合计 line'), \
        [dict(rel='sum', total=ts, parts=ps)]


def _table(g, lab, sep='pipe', ncols=2):
    t = g.topic(lambda x: len(x['parts']) >= 3)
    k = g.ri(3, min(5, len(t['parts'])))
    names = g.sample(t['parts'], k)
    y = g.year()
    heads = {1: [f'{y}年'], 2: [f'{y - 1}年', f'{y}年'], 3: [f'{y - 2}年', f'{y - 1}年', f'{y}年']}[ncols]
    nf = g.ch('aas')
    cols = []
    for c in range(ncols):
        vals = g.pv(t, k)
        cols.append([vals, sum(vals)])
    bad = g.ri(0, ncols - 1) if lab == 'inconsistent' else -1
    checks, descs = [], []
    for c in range(ncols):
        vals, tot = cols[c]
        desc = ''
        if c == bad:
            tot, vals, desc = sum_break(g, tot, vals, t['dec'])
            descs.append(f'column {heads[c]}: {desc}')
        cols[c] = [[num(v, t['dec'], nf) for v in vals], num(tot, t['dec'], nf)]
        checks.append(dict(rel='sum', total=cols[c][1], parts=cols[c][0]))
    sp = {'pipe': ' | ', 'tab': '\t', 'space': '    ', 'csv': ','}[sep]
    if sep == 'csv' and nf == 's':
        for c in cols:
            c[0] = [x.replace(',', '') for x in c[0]]
            c[1] = c[1].replace(',', '')
        checks = [dict(rel='sum', total=c[1], parts=c[0]) for c in cols]
    lines = [f"表{g.ri(1, 9)} {t['orgf']}{_whole(t)}情况（单位：{t['u']}）"]
    lines.append(sp.join(['类别'] + heads))
    for i, n in enumerate(names):
        lines.append(sp.join([n] + [cols[c][0][i] for c in range(ncols)]))
    lines.append(sp.join([g.ch(['合计', '总计', '合  计'])] + [cols[c][1] for c in range(ncols)]))
    if sep == 'pipe':
        lines = [lines[0]] + ['| ' + l + ' |' for l in lines[1:]]
    note = f'{ncols} column total(s) checked; ' + ('all hold' if lab == 'consistent' else descs[0])
    return lines, note, checks


for _s, _n, _nm in (('pipe', 1, 'table_pipe_one_column'), ('pipe', 2, 'table_pipe_two_years'),
                    ('tab', 2, 'table_tab_two_years'), ('space', 3, 'table_space_three_years'),
                    ('csv', 2, 'table_csv_two_years'), ('tab', 3, 'table_tab_three_years')):
    reg('totals', _nm, _table, sep=_s, ncols=_n)


@style('totals', 'table_row_subtotals')
def t_rowsum(g, lab):
    k = g.ri(3, 5)
    towns = g.sample(PLACES, k)
    a = [g.ri(3, 90) for _ in range(k)]
    b = [g.ri(2, 70) for _ in range(k)]
    tot = [x + y for x, y in zip(a, b)]
    bad = g.ri(0, k - 1) if lab == 'inconsistent' else -1
    desc = ''
    checks = []
    lines = [g.ch(['各乡镇农村改厕情况统计表（单位：户）', '各镇（街道）危房改造进度表（单位：户）']),
             ' | '.join(['乡镇', g.ch(['新建', '改建']), g.ch(['改造', '修缮']), '小计'])]
    for i in range(k):
        st = tot[i]
        if i == bad:
            st = g.bump(st)
            desc = f'row {towns[i]}: {a[i]}+{b[i]}={tot[i]} but 小计 {st}'
        lines.append(' | '.join([towns[i] + '镇', str(a[i]), str(b[i]), str(st)]))
        checks.append(dict(rel='sum', total=str(st), parts=[str(a[i]), str(b[i])]))
    return g.wrap(lines, '县住房和城乡建设局'), 'row subtotals (no column total); ' + (
        'all rows hold' if lab == 'consistent' else desc), checks


@style('totals', 'sentence_per_part')
def t_sentences(g, lab):
    t = g.topic()
    k = g.ri(2, min(4, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, g.ch('as'))
    u = t['u']
    lines = []
    tails = ['同比有所增加。', '主要集中在城乡接合部。', '均已按程序办理。', '比例较为稳定。', '已全部建立台账。', '']
    for n, p in zip(names, ps):
        lines.append(f'{n}{g.ch(["方面", "类", ""])}{p}{u}，{g.ch(tails)}'.rstrip('，') .replace('，。', '。'))
    lines = [l if l.endswith('。') else l + '。' for l in lines]
    lines.append(f"以上{g.ch(['合计', '各项合计', '共计'])}{ts}{u}。")
    return g.wrap(lines, t['orgf']), _sumnote(ts, ps, desc, lab, 'parts in separate sentences, total last'), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'two_level_nested')
def t_nested(g, lab):
    t = g.topic(lambda x: len(x['parts']) >= 4)
    names = g.sample(t['parts'], 4)
    a1, a2, b, c = g.pv(t, 4)
    a = a1 + a2
    T = a + b + c
    dec = t['dec']
    desc = 'outer and inner sums hold'
    if lab == 'inconsistent':
        w = g.ch(['inner', 'outer_b', 'outer_T'])
        if w == 'inner':
            o = a1; a1 = g.bump(a1, dec); desc = f'inner part {dstr(o, dec)}->{dstr(a1, dec)}: inner sum breaks'
        elif w == 'outer_b':
            o = b; b = g.bump(b, dec); desc = f'outer part {dstr(o, dec)}->{dstr(b, dec)}: outer sum breaks'
        else:
            o = T; T = g.bump(T, dec, minv=a + 1); desc = f'outer total {dstr(o, dec)}->{dstr(T, dec)}'
    u = t['u']
    S = lambda v: num(v, dec)
    body = (f"{_whole(t)}{S(T)}{u}，其中{names[0]}和{names[1]}{S(a)}{u}（{names[0]}{S(a1)}{u}、{names[1]}{S(a2)}{u}），"
            f"{names[2]}{S(b)}{u}，{names[3]}{S(c)}{u}。")
    return g.wrap(body, t['orgf']), 'nested 其中 with an inner breakdown in brackets; ' + desc, \
        [dict(rel='sum', total=S(T), parts=[S(a), S(b), S(c)]), dict(rel='sum', total=S(a), parts=[S(a1), S(a2)])]


@style('totals', 'qiyu_remainder')
def t_qiyu(g, lab):
    t = g.topic(lambda x: x['dec'] == 0)
    k = g.ri(3, min(4, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k)
    u = t['u']
    body = f"共{_whole(t)}{ts}{u}，其中" + '、'.join(f'{n}{p}{u}' for n, p in zip(names[:-1], ps[:-1])) + \
        f"，其余{ps[-1]}{u}{g.ch(['为', '属于', '主要为'])}{names[-1]}。"
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab, 'sum with 其余 remainder'), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'zai_zhong_reverse')
def t_zaizhong(g, lab):
    t = g.topic(lambda x: x['n'] and x['dec'] == 0)
    k = g.ri(2, min(4, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k)
    u = t['u']
    body = f"在{t['v']}的{ts}{u}{t['n']}中，" + '，'.join(f'{n}{g.ch(["占", "有", ""])}{p}{u}' for n, p in zip(names, ps)) + '。'
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab), [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'yici_wei_names_first')
def t_yici(g, lab):
    t = g.topic(lambda x: x['n'])
    k = g.ri(2, min(4, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, g.ch('as'))
    u = t['u']
    body = f"{t['v']}{'、'.join(names)}等{k}类{t['n']}共{ts}{u}（{g.ch(['依次为', '分别为'])}{'、'.join(ps)}{u}）。"
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab) + ' (等 closes an enumerated list of k named classes)', \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'paren_heji_after_list')
def t_paren_heji(g, lab):
    t = g.topic()
    k = g.ri(2, min(4, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, g.ch('af'))
    u = t['u']
    body = f"{g.year()}年{t['v']}" + '、'.join(f'{n}{p}{u}' for n, p in zip(names, ps)) + \
        f"（{g.ch(['合计', '共计', '总计'])}{ts}{u}），{g.ch(['圆满完成年度任务。', '超额完成上级下达指标。', '工作成效明显。'])}"
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab), [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'gender_split')
def t_gender(g, lab):
    T_ = g.ri(3000, 980000)
    m = T_ * g.ri(48, 53) // 100
    f = T_ - m
    vals = [m, f]
    tot = T_
    desc = 'male + female = total'
    if lab == 'inconsistent':
        tot, vals, desc = sum_break(g, tot, vals)
    nf = g.ch('asS')
    ts, ps = num(tot, 0, nf), [num(v, 0, nf) for v in vals]
    pl = g.place()
    body = g.ch([f"{pl}常住人口{ts}人，其中男性{ps[0]}人，女性{ps[1]}人。",
                 f"普查登记的{pl}户籍人口为{ts}人。其中，男性人口{ps[0]}人，女性人口{ps[1]}人。",
                 f"全{pl[-1]}总人口{ts}人（男{ps[0]}人，女{ps[1]}人）。"])
    return g.wrap(body, pl + '统计局'), _sumnote(ts, ps, desc, lab, 'male+female'), [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'urban_rural_total_last')
def t_urban(g, lab):
    a, b = g.ri(8000, 400000), g.ri(8000, 400000)
    tot = a + b
    vals = [a, b]
    desc = 'urban + rural = total'
    if lab == 'inconsistent':
        tot, vals, desc = sum_break(g, tot, vals)
    nf = g.ch('as')
    ts, ps = num(tot, 0, nf), [num(v, 0, nf) for v in vals]
    body = f"居住在城镇的人口为{ps[0]}人，居住在乡村的人口为{ps[1]}人，城乡人口合计{ts}人。"
    return g.wrap(body, g.place() + '第七次全国人口普查领导小组办公室'), _sumnote(ts, ps, desc, lab), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'medals')
def t_medals(g, lab):
    vals = [g.ri(1, 40), g.ri(1, 40), g.ri(1, 50)]
    tot = sum(vals)
    desc = 'gold+silver+bronze = medals'
    if lab == 'inconsistent':
        tot, vals, desc = sum_break(g, tot, vals)
    nf = g.ch('aac')
    ts, ps = num(tot, 0, nf), [num(v, 0, nf) for v in vals]
    ev = g.ch(['省第十七届运动会', '全省青少年锦标赛', '省残疾人运动会', '全省农民运动会'])
    body = f"我{g.ch(['市', '县', '区'])}代表团在{ev}上共获得奖牌{ts}枚，其中金牌{ps[0]}枚、银牌{ps[1]}枚、铜牌{ps[2]}枚，" \
           f"{g.ch(['创历史最好成绩。', '位列全省前列。', '圆满完成参赛任务。'])}"
    return g.wrap(body, g.place() + '体育局'), _sumnote(ts, ps, desc, lab), [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'quarters_cumulative')
def t_quarters(g, lab):
    t = g.topic(lambda x: x['dec'] <= 1)
    vals = g.pv(t, 4)
    ts, ps, desc = _sum(g, lab, t, 4, g.ch('as'), vals=vals)
    u = t['u']
    q = ['一季度', '二季度', '三季度', '四季度']
    body = '分季度看，' + '、'.join(f'{a}{b}{u}' for a, b in zip(q, ps)) + f"，全年累计{_whole(t)}{ts}{u}。"
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab, 'quarterly figures vs annual'), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'months_fenbie_cumulative')
def t_months(g, lab):
    t = g.topic(lambda x: x['dec'] == 0)
    k = g.ri(3, 6)
    vals = g.pv(t, k, lo=t['lo'] / 4 + 1, hi=t['hi'] / 4 + 2)
    ts, ps, desc = _sum(g, lab, t, k, 'a', vals=vals)
    u = t['u']
    start = g.ri(1, 12 - k + 1)
    body = f"{start}—{start + k - 1}月，各月{_whole(t)}分别为{'、'.join(ps)}{u}，累计{ts}{u}。"
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab, 'monthly 分别为 vs cumulative'), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'levels_national_provincial')
def t_levels(g, lab):
    thing = g.ch([('非物质文化遗产代表性项目', '项'), ('农业产业化龙头企业', '家'), ('文明村镇', '个'),
                  ('示范家庭农场', '家'), ('重点文物保护单位', '处'), ('森林乡村', '个')])
    lv = g.sample(['国家级', '省级', '市级', '县级'], 3)
    lv.sort(key=['国家级', '省级', '市级', '县级'].index)
    vals = [g.ri(1, 12), g.ri(2, 30), g.ri(4, 80)]
    tot = sum(vals)
    desc = 'level counts add up'
    if lab == 'inconsistent':
        tot, vals, desc = sum_break(g, tot, vals)
    nf = g.ch('aac')
    ts, ps = num(tot, 0, nf), [num(v, 0, nf) for v in vals]
    u = thing[1]
    body = g.ch([f"全{g.ch('县区市')}现有{thing[0]}{ts}{u}，其中{lv[0]}{ps[0]}{u}、{lv[1]}{ps[1]}{u}、{lv[2]}{ps[2]}{u}。",
                 f"{lv[0]}{ps[0]}{u}、{lv[1]}{ps[1]}{u}、{lv[2]}{ps[2]}{u}，{thing[0]}总数达到{ts}{u}。"])
    return g.wrap(body, g.place() + '人民政府'), _sumnote(ts, ps, desc, lab), [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'yi_total_wan_parts')
def t_yi_wan(g, lab):
    k = g.ri(2, 4)
    vals = [g.ri(250, 4000) * 10 for _ in range(k)]  # in 万元
    if sum(vals) < 10000:
        vals[0] += 10000
    tot = sum(vals)
    desc = 'parts in 万元 add up to total in 亿元'
    if lab == 'inconsistent':
        i = g.ri(0, k - 1)
        o = vals[i]
        vals[i] = o + g.ch([-1, 1]) * g.ri(1, 9) * 10 ** g.ri(1, 2)
        if vals[i] <= 0:
            vals[i] = o + 100
        desc = f'part {o}万->{vals[i]}万; parts add to {sum(vals)}万 not {tot}万'
    ts = wan_str(tot) + '亿'
    ps = [f'{v}万' if v < 10000 else wan_str(v) + '亿' for v in vals]
    names = g.sample(['中央预算内投资', '地方政府专项债券', '省级补助资金', '县级配套资金', '社会资本', '银行贷款'], k)
    body = f"项目总投资{ts}元，资金来源为：" + '，'.join(f'{n}{p}元' for n, p in zip(names, ps)) + '。'
    return g.wrap(body, g.place() + '发展和改革局'), _sumnote(ts, ps, desc, lab, 'mixed 亿/万 magnitudes'), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'wan_people_mixed')
def t_wan_people(g, lab):
    k = g.ri(2, 4)
    vals = [g.ri(20, 900) * 100 for _ in range(k)]
    vals[-1] = g.ri(1200, 9800)
    vals[-1] -= vals[-1] % 100
    tot = sum(vals)
    desc = 'parts add up'
    if lab == 'inconsistent':
        i = g.ri(0, k - 2)
        o = vals[i]
        vals[i] = o + g.ch([-1, 1]) * g.ri(1, 9) * 1000
        if vals[i] <= 0:
            vals[i] = o + 2000
        desc = f'part {o}->{vals[i]}; parts add to {sum(vals)} not {tot}'
    ts = wan_str(tot) + '万'
    ps = [wan_str(v) + '万' for v in vals[:-1]] + [str(vals[-1])]
    names = g.sample(['外出务工', '县内就业', '公益性岗位', '自主创业', '灵活就业'], k)
    body = f"全{g.ch('县区')}农村劳动力转移就业{ts}人，其中" + '、'.join(f'{n}{p}人' for n, p in zip(names, ps)) + '。'
    return g.wrap(body, g.place() + '人力资源和社会保障局'), _sumnote(ts, ps, desc, lab, 'total in 万人, last part plain'), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'company_segments_prose')
def t_segments(g, lab):
    k = g.ri(2, 4)
    segs = g.sample(['新能源装备板块', '精密制造板块', '工程服务板块', '贸易物流板块', '数字科技板块', '医药健康板块'], k)
    vals = [g.ri(80, 9000) for _ in range(k)]  # 0.01亿
    tot = sum(vals)
    desc = 'segment revenues add up'
    if lab == 'inconsistent':
        tot, vals, desc = sum_break(g, tot, vals, 2)
    ts, ps = num(tot, 2), [num(v, 2) for v in vals]
    co = g.company()
    lines = [f"报告期内，公司实现营业收入{ts}亿元。", '分板块看，' + '；'.join(f'{s}实现收入{p}亿元' for s, p in zip(segs, ps)) + '。']
    return g.wrap(lines, co), _sumnote(ts, ps, desc, lab, 'segment revenues'), [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'company_segment_table')
def t_seg_table(g, lab):
    k = g.ri(2, 4)
    segs = g.sample(['电力设备', '储能系统', '运维服务', '海外业务', '其他业务'], k)
    rev = [g.ri(5000, 900000) for _ in range(k)]
    cost = [r * g.ri(55, 92) // 100 for r in rev]
    cols = [[rev, sum(rev)], [cost, sum(cost)]]
    bad = g.ri(0, 1) if lab == 'inconsistent' else -1
    desc = ''
    checks = []
    for c in range(2):
        vals, tot = cols[c]
        if c == bad:
            tot, vals, desc = sum_break(g, tot, vals, 2)
        cols[c] = [[num(v, 2, 's') for v in vals], num(tot, 2, 's')]
        checks.append(dict(rel='sum', total=cols[c][1], parts=cols[c][0]))
    lines = ['主营业务分行业情况（单位：万元）', '分行业\t营业收入\t营业成本']
    for i in range(k):
        lines.append(f'{segs[i]}\t{cols[0][0][i]}\t{cols[1][0][i]}')
    lines.append(f'合计\t{cols[0][1]}\t{cols[1][1]}')
    return g.wrap(lines, g.company()), 'segment table, two columns with 合计; ' + (
        'both hold' if lab == 'consistent' else ('revenue' if bad == 0 else 'cost') + ' column: ' + desc), checks


@style('totals', 'audit_money_juti')
def t_audit(g, lab):
    t = g.topic(lambda x: x['u'] in ('万元', '亿元'))
    k = g.ri(2, min(4, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k, g.ch('as'))
    u = t['u']
    body = f"{t['orgf']}{_whole(t)}{ts}{u}，{g.ch(['具体为', '从类别看', '按性质分'])}：" + \
        '，'.join(f'{n}{p}{u}' for n, p in zip(names, ps)) + '。'
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab), [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'trailing_extra_number')
def t_trailing(g, lab):
    t = g.topic(lambda x: x['u'] in ('人', '户', '起', '件'))
    k = g.ri(2, min(3, len(t['parts'])))
    names = g.sample(t['parts'], k)
    ts, ps, desc = _sum(g, lab, t, k)
    u = t['u']
    extra = g.ri(3, 300)
    body = f"共{_whole(t)}{ts}{u}，其中" + '、'.join(f'{n}{p}{u}' for n, p in zip(names, ps)) + \
        f"；{g.ch(['另有', '此外，还有', '同时协调'])}{g.ch(['志愿者', '网格员', '社区工作者'])}{extra}人参与相关工作。"
    return g.wrap(body, t['orgf']), _sumnote(ts, ps, desc, lab) + f'; trailing {extra}人 is not a part', \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'two_statements_one_record')
def t_two_sums(g, lab):
    ta, tb = g.sample([t for t in TT if len(t['parts']) >= 3], 2)
    ta, tb = dict(ta), dict(tb)
    org = g.place() + ta['org']
    bad = g.ri(0, 1) if lab == 'inconsistent' else -1
    lines, checks, desc = [], [], ''
    for i, t in enumerate((ta, tb)):
        k = g.ri(2, 3)
        names = g.sample(t['parts'], k)
        ts, ps, d = _sum(g, 'inconsistent' if i == bad else 'consistent', t, k)
        if i == bad:
            desc = f'statement {i + 1}: {d}'
        lines.append(f"{'一' if i == 0 else '二'}是{_whole(t)}{ts}{t['u']}，其中" +
                     '、'.join(f'{n}{p}{t["u"]}' for n, p in zip(names, ps)) + '。')
        checks.append(dict(rel='sum', total=ts, parts=ps))
    return g.wrap(lines, org), 'two independent sums; ' + ('both hold' if lab == 'consistent' else desc), checks


@style('totals', 'customs_trade_balance')
def t_customs(g, lab):
    ex, im = g.ri(500, 90000), g.ri(300, 80000)
    if ex < im:
        ex, im = im, ex
    T_ = ex + im
    bal = ex - im
    desc = 'total = export + import and surplus = export - import'
    if lab == 'inconsistent':
        if g.co():
            o = T_; T_ = g.bump(T_, 2, minv=ex + 1); desc = f'total {dstr(o, 2)}->{dstr(T_, 2)} (surplus still right)'
        else:
            o = bal; bal = g.bump(bal, 2); desc = f'surplus {dstr(o, 2)}->{dstr(bal, 2)} (total still right)'
    S = lambda v: num(v, 2)
    body = f"据{g.ch(PLACES)}海关统计，{g.year()}年全{g.ch('市县')}进出口总值{S(T_)}亿元，其中出口{S(ex)}亿元，进口{S(im)}亿元，贸易顺差{S(bal)}亿元。"
    return g.wrap(body, '海关'), desc, [dict(rel='sum', total=S(T_), parts=[S(ex), S(im)]),
                                         dict(rel='diff', a=S(ex), b=S(im), c=S(bal))]


@style('totals', 'court_new_old_closed_open')
def t_court(g, lab):
    new, old = g.ri(300, 9000), g.ri(20, 900)
    T_ = new + old
    closed = T_ * g.ri(80, 97) // 100
    openc = T_ - closed
    desc = 'new+old = accepted; closed+open = accepted'
    if lab == 'inconsistent':
        if g.co():
            o = old; old = g.bump(old); desc = f'旧存 {o}->{old}: first sum breaks'
        else:
            o = openc; openc = g.bump(openc); desc = f'未结 {o}->{openc}: second sum breaks'
    body = f"全年共受理各类案件{T_}件（新收{new}件，旧存{old}件），审执结{closed}件，未结{openc}件。"
    return g.wrap(body, g.place() + '人民法院'), desc, [dict(rel='sum', total=str(T_), parts=[str(new), str(old)]),
                                                    dict(rel='sum', total=str(T_), parts=[str(closed), str(openc)])]


def _diff_style(g, lab, kind):
    nf = g.ch('as')
    dec = 0
    if kind == 'income':
        A = g.ri(500, 99000); B = A * g.ri(60, 98) // 100; dec = g.ch([0, 2])
        if dec:
            A = A * 100 + g.ri(0, 99); B = B * 100 + g.ri(0, 99)
        u = '万元'
    else:
        A = g.ri(30, 600) if kind == 'attend' else g.ri(40, 9000); B = A * g.ri(82 if kind == 'attend' else 40, 97) // 100; u = '人'
    C = A - B
    desc = 'a - b = c'
    if lab == 'inconsistent':
        for _ in range(100):
            w = g.ch('ABC')
            A2, B2, C2 = A, B, C
            if w == 'A':
                A2 = g.bump(A, dec)
            elif w == 'B':
                B2 = g.bump(B, dec)
            else:
                C2 = g.bump(C, dec)
            if A2 > B2 > 0 and C2 > 0 and A2 - B2 != C2:
                break
        desc = f'{"abc"["ABC".index(w)]} changed: {dstr(A2, dec)} - {dstr(B2, dec)} = {dstr(A2 - B2, dec)} vs stated {dstr(C2, dec)}'
        A, B, C = A2, B2, C2
    S = lambda v: num(v, dec, nf)
    org = g.place()
    if kind == 'income':
        body = g.ch([f"全年各项收入{S(A)}{u}，各项支出{S(B)}{u}，收支结余{S(C)}{u}。",
                     f"预算安排{S(A)}{u}，实际支出{S(B)}{u}，结转下年{S(C)}{u}。",
                     f"本年收入合计{S(A)}{u}；本年支出合计{S(B)}{u}；年末结转和结余{S(C)}{u}。"])
        org += g.ch(['人民医院', '财政局', '机关事务服务中心', '社会福利院'])
    elif kind == 'attend':
        body = f"本次会议应到{g.ch(['代表', '委员', '会员代表'])}{S(A)}人，实到{S(B)}人，因事因病请假{S(C)}人，符合法定人数。"
        org += '人民代表大会常务委员会'
    else:
        body = f"年度计划{g.ch(['培训', '转移', '安置'])}{S(A)}人，已完成{S(B)}人，尚有{S(C)}人{g.ch(['待落实', '正在推进', '将于年底前完成'])}。"
        org += '人力资源和社会保障局'
    return g.wrap(body, org), f'difference {S(A)} - {S(B)} vs {S(C)}; ' + ('holds' if lab == 'consistent' else desc), \
        [dict(rel='diff', a=S(A), b=S(B), c=S(C))]


for _k, _nm in (('income', 'diff_income_expense_balance'), ('attend', 'diff_attendance_minutes'),
                ('plan', 'diff_plan_done_remaining')):
    reg('totals', _nm, _diff_style, kind=_k)


@style('totals', 'diff_fiscal_lines')
def t_fiscal_lines(g, lab):
    A = g.ri(5000, 900000); B = A * g.ri(80, 99) // 100; C = A - B
    desc = 'income - expense = balance'
    if lab == 'inconsistent':
        o = C; C = g.bump(C, 2); desc = f'结余 {dstr(o, 2)}->{dstr(C, 2)}'
    S = lambda v: num(v, 2, 's')
    lines = [f"{g.year()}年度收入支出决算总表（单位：万元）", f"一、本年收入合计\t{S(A)}", f"二、本年支出合计\t{S(B)}",
             f"三、年末结转和结余\t{S(C)}"]
    return g.wrap(lines, g.place() + '财政局'), 'accounts table lines: ' + ('holds' if lab == 'consistent' else desc), \
        [dict(rel='diff', a=S(A), b=S(B), c=S(C))]


def _change(g, lab, direction, form):
    t = g.topic(lambda x: x['dec'] == 0 and x['u'] in ('人', '户', '家', '起', '件', '个', '处', '场', '例'))
    A = g.ri(max(10, t['lo']), t['hi'])
    dlt = g.ri(1, max(2, A // 2))
    B = A + dlt if direction == 'up' else A - dlt
    desc = 'delta matches'
    if lab == 'inconsistent':
        o = dlt
        dlt = g.bump(dlt)
        desc = f'stated change {dlt} but {B}-{A}' if direction == 'up' else f'stated change {dlt} but {A}-{B}'
        desc += f'={o}'
    u = t['u']
    nf = g.ch('aas') if form != 'cn' else 'c'
    S = lambda v: num(v, 0, nf)
    if form == 'youzhi':
        vs = (g.ch(['增加到', '增至', '上升到', '提高到']), g.ch(['增加', '净增', '多出'])) if direction == 'up' else \
            (g.ch(['减少到', '降至', '下降到', '压减到']), g.ch(['减少', '下降', '压减']))
        body = f"{_whole(t)}由{g.year() - 1}年的{S(A)}{u}{vs[0]}{g.year()}年的{S(B)}{u}，{vs[1]}{S(dlt)}{u}。"
    elif form == 'biqunian':
        w = '增加' if direction == 'up' else '减少'
        body = f"全年{_whole(t)}{S(B)}{u}，比上年的{S(A)}{u}{w}{S(dlt)}{u}。"
    elif form == 'two_years':
        y = g.year()
        w = g.ch(['净增', '增加']) if direction == 'up' else g.ch(['减少', '净减'])
        body = f"{y - 1}年{_whole(t)}{S(A)}{u}，{y}年{S(B)}{u}，{w}{S(dlt)}{u}。"
    else:  # cn
        w = '增加' if direction == 'up' else '减少'
        body = f"{_whole(t)}从上年的{S(A)}{u}{w}到今年的{S(B)}{u}，{w}了{S(dlt)}{u}。"
    ck = dict(rel='change', dir=direction, frm=S(A), to=S(B), delta=S(dlt))
    return g.wrap(body, t['orgf']), f'change {direction}: from {A} to {B}, stated delta; ' + (
        'holds' if lab == 'consistent' else desc), [ck]


for _d in ('up', 'down'):
    for _f in ('youzhi', 'biqunian', 'two_years', 'cn'):
        reg('totals', f'change_{_d}_{_f}', _change, direction=_d, form=_f)


def _balance(g, lab, kind):
    if kind == 'stock':
        S0 = g.ri(1000, 900000); a = g.ri(100, 500000); b = g.ri(100, S0 + a - 1); dec = 2
        adds, subs = [a], [b]
        labels = None
    elif kind == 'staff':
        S0 = g.ri(40, 900); adds = [g.ri(0, 30), g.ri(0, 12)]; subs = [g.ri(0, 20), g.ri(0, 10)]; dec = 0
    else:
        S0 = g.ri(2000, 90000); adds = [g.ri(200, 12000)]; subs = [g.ri(100, min(6000, S0 // 2))]; dec = 0
    E = S0 + sum(adds) - sum(subs)
    desc = 'start + additions - removals = end'
    if lab == 'inconsistent':
        if g.co():
            o = E; E = g.bump(E, dec); desc = f'end {dstr(o, dec)}->{dstr(E, dec)}'
        else:
            o = adds[0]; adds[0] = g.bump(adds[0], dec); desc = f'addition {dstr(o, dec)}->{dstr(adds[0], dec)}'
    nf = 's' if dec else 'a'
    S = lambda v: num(v, dec, nf)
    if kind == 'stock':
        body = f"专户资金期初余额{S(S0)}万元，本期收入{S(adds[0])}万元，本期支出{S(subs[0])}万元，期末余额{S(E)}万元。"
        org = g.place() + '住房公积金管理中心'
    elif kind == 'staff':
        body = (f"年初在编人员{S(S0)}人，年内公开招录{S(adds[0])}人、调入{S(adds[1])}人，退休{S(subs[0])}人、调出{S(subs[1])}人，"
                f"年末在编{S(E)}人。")
        org = g.place() + '委员会机构编制委员会办公室'
    else:
        body = f"年初实有市场主体{S(S0)}户，全年新设立{S(adds[0])}户，注销{S(subs[0])}户，年末实有{S(E)}户。"
        org = g.place() + '市场监督管理局'
    return g.wrap(body, org), 'stock/flow balance; ' + ('holds' if lab == 'consistent' else desc), \
        [dict(rel='balance', start=S(S0), adds=[S(x) for x in adds], subs=[S(x) for x in subs], end=S(E))]


for _k in ('stock', 'staff', 'market'):
    reg('totals', f'balance_{_k}', _balance, kind=_k)


@style('totals', 'average_per_household')
def t_avg(g, lab):
    N_ = g.ri(40, 6000)
    A = g.ri(3, 90) * 100
    T_ = N_ * A  # 元
    Astated = A
    desc = 'total / households = average'
    if lab == 'inconsistent':
        Astated = g.bump(A, 0)
        while abs(Astated - A) < 20:
            Astated = g.bump(A, 0)
        desc = f'average stated {Astated} but {T_}/{N_}={A}'
    tw = f'{(D(T_) / 10000).normalize():f}'
    item = g.ch(['耕地地力保护补贴', '以工代赈劳务报酬', '临时救助金', '产业奖补资金', '生态护林员补助'])
    form = g.ch(['wan', 'yuan'])
    if form == 'wan':
        ts = tw + '万'
        body = f"全年发放{item}{ts}元，惠及{N_}户，户均{Astated}元。"
    else:
        ts = num(T_, 0, 's')
        body = f"共为{N_}户发放{item}{ts}元，户均{Astated}元。"
    return g.wrap(body, g.place() + '农业农村局'), f'average: {ts} / {N_} vs {Astated}; ' + (
        'exact' if lab == 'consistent' else desc), [dict(rel='avg', total=ts, count=str(N_), avg=str(Astated))]


@style('totals', 'product_rate_times_area')
def t_product(g, lab):
    p = g.ch([50, 80, 100, 120, 150, 200, 300])
    N_ = g.ri(100, 60000)
    T_ = p * N_
    desc = 'rate x quantity = amount'
    if lab == 'inconsistent':
        o = N_; N_ = g.bump(N_); desc = f'area {o}->{N_}, product {p * N_} != {T_}'
    tw = f'{(D(T_) / 10000).normalize():f}'
    crop = g.ch(['水稻', '油菜', '玉米', '大豆', '茶园'])
    body = f"按照每亩{p}元的标准，对{N_}亩{crop}种植给予补贴，{g.ch(['共计', '合计'])}发放补贴资金{tw}万元。"
    return g.wrap(body, g.place() + '农业农村局'), f'product {p} x {N_} vs {tw}万; ' + (
        'exact' if lab == 'consistent' else desc), [dict(rel='product', a=str(p), b=str(N_), c=tw + '万')]


ITEMS = ['强化组织领导，成立工作专班', '完善制度建设，出台配套办法', '加强督查考核，实行月调度', '深化宣传引导，营造良好氛围',
         '突出源头治理，建立风险台账', '推进数字赋能，上线智慧平台', '加大资金投入，落实保障经费', '注重队伍建设，开展业务比武',
         '压实属地责任，签订目标责任书', '健全长效机制，推动常态长效']


def _count(g, lab, form):
    k = g.ri(3, 6)
    items = g.sample(ITEMS, k)
    stated = k
    desc = f'{k} items listed'
    if lab == 'inconsistent':
        stated = k + g.ch([-1, 1])
        desc = f'stated {stated} but {k} items listed'
    nf = g.ch(['c', 'c', 'a'])
    ns = num(stated, 0, nf)
    if form == 'yishi':
        marks = [CN_D[i + 1] + '是' for i in range(k)]
        body = f"重点抓好{ns}{g.ch(['项', '个方面'])}工作：" + '；'.join(m + it for m, it in zip(marks, items)) + '。'
        lines = [body]
    elif form == 'circled':
        marks = list('①②③④⑤⑥')[:k]
        lines = [f"采取{ns}项措施：" + ''.join(f'{m}{it}；' for m, it in zip(marks, items)).rstrip('；') + '。']
    elif form == 'paren_lines':
        marks = [f'（{i + 1}）' for i in range(k)]
        lines = [f"主要做法有以下{ns}点："] + [f'{m}{it}。' for m, it in zip(marks, items)]
    else:
        marks = [f'{CN_D[i + 1]}、' for i in range(k)]
        lines = [f"围绕年度目标，制定{ns}条具体措施："] + [f'{m}{it}' for m, it in zip(marks, items)]
    return g.wrap(lines, g.place() + '人民政府办公室'), 'count of enumerated items; ' + desc, \
        [dict(rel='count', n=ns, items=marks)]


for _f in ('yishi', 'circled', 'paren_lines', 'cn_dun_lines'):
    reg('totals', f'count_items_{_f}', _count, form=_f)


@style('totals', 'count_named_places')
def t_count_names(g, lab):
    k = g.ri(2, 7)
    names = g.sample(VILLAGES, k)
    stated = k
    desc = f'{k} names listed'
    if lab == 'inconsistent':
        stated = k + g.ch([-1, 1]) if k > 2 else k + 1
        desc = f'stated {stated} but {k} names'
    ns = num(stated, 0, g.ch('ac'))
    body = f"{g.ch(['建成', '创建', '打造'])}{'、'.join(names)}{ns}个{g.ch(['美丽乡村示范村', '乡村振兴示范点', '和美乡村精品村'])}。"
    return g.wrap(body, g.town() + '人民政府'), 'count of named villages; ' + desc, [dict(rel='count', n=ns, items=names)]


@style('totals', 'count_and_sum_yishi')
def t_count_sum(g, lab):
    k = g.ri(2, 4)
    acts = g.sample(['“清源”行动', '“护河”行动', '“净土”行动', '“蓝天”行动', '“守护”行动'], k)
    vals = [g.ri(5, 300) for _ in range(k)]
    T_ = sum(vals)
    stated_k = k
    desc = 'count and sum hold'
    if lab == 'inconsistent':
        if g.co(0.3):
            stated_k = k + 1; desc = f'stated {stated_k} actions but {k} listed'
        else:
            T_, vals, desc = sum_break(g, T_, vals)
    ns = num(stated_k, 0, 'c')
    marks = [CN_D[i + 1] + '是' for i in range(k)]
    body = f"开展专项执法行动{ns}次，累计检查企业{T_}家次：" + '；'.join(
        f'{m}{a}，检查{v}家次' for m, a, v in zip(marks, acts, vals)) + '。'
    return g.wrap(body, g.place() + '生态环境局'), 'count of actions and sum of inspections; ' + desc, \
        [dict(rel='count', n=ns, items=marks), dict(rel='sum', total=str(T_), parts=[str(v) for v in vals])]


@style('totals', 'sum_plus_change')
def t_sum_change(g, lab):
    t = g.topic(lambda x: x['dec'] == 0 and len(x['parts']) >= 3)
    k = 3
    names = g.sample(t['parts'], k)
    vals = g.pv(t, k)
    T_ = sum(vals)
    A = g.ri(max(5, T_ // 2), T_ * 2)
    up = T_ >= A
    dlt = abs(T_ - A)
    if dlt == 0:
        A += 3; dlt = 3; up = False
    desc = 'sum and change hold'
    if lab == 'inconsistent':
        if g.co():
            o = dlt; dlt = g.bump(dlt); desc = f'change {o}->{dlt}'
        else:
            i = g.ri(0, 2); o = vals[i]; vals[i] = g.bump(o); desc = f'part {o}->{vals[i]}, parts add to {sum(vals)} not {T_}'
    u = t['u']
    w = '增加' if up else '减少'
    body = (f"全年{_whole(t)}{T_}{u}，比上年的{A}{u}{w}{dlt}{u}。其中" +
            '、'.join(f'{n}{v}{u}' for n, v in zip(names, vals)) + '。')
    return g.wrap(body, t['orgf']), desc, [dict(rel='sum', total=str(T_), parts=[str(v) for v in vals]),
                                          dict(rel='change', dir='up' if up else 'down', frm=str(A), to=str(T_), delta=str(dlt))]


@style('totals', 'cn_numerals_liang')
def t_cn_liang(g, lab):
    k = g.ri(2, 3)
    vals = [g.ri(2, 60) * 100 + g.ch([0, 0, g.ri(1, 99)]) for _ in range(k)]
    T_ = sum(vals)
    desc = 'holds'
    if lab == 'inconsistent':
        T_, vals, desc = sum_break(g, T_, vals)
    ts, ps = num(T_, 0, 'C'), [num(v, 0, 'C') for v in vals]
    names = g.sample(['油茶', '毛竹', '杉木', '楠木', '板栗'], k)
    body = f"全年新植苗木{ts}株，其中" + '，'.join(f'{n}{p}株' for n, p in zip(names, ps)) + '。'
    return g.wrap(body, g.place() + '林业局'), _sumnote(ts, ps, desc, lab, 'Chinese numerals with 两'), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'decimal_area_hectares')
def t_area(g, lab):
    k = g.ri(2, 4)
    vals = [g.ri(50, 90000) for _ in range(k)]  # 0.01 hectares
    T_ = sum(vals)
    desc = 'holds'
    if lab == 'inconsistent':
        T_, vals, desc = sum_break(g, T_, vals, 2)
    ts, ps = num(T_, 2), [num(v, 2) for v in vals]
    names = g.sample(['耕地', '园地', '林地', '草地', '水域及水利设施用地', '城镇村及工矿用地'], k)
    body = f"本次核查图斑总面积{ts}公顷，其中" + '、'.join(f'{n}{p}公顷' for n, p in zip(names, ps)) + '。'
    return g.wrap(body, g.place() + '自然资源局'), _sumnote(ts, ps, desc, lab, 'two-decimal areas'), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'poverty_ledger_lines')
def t_ledger(g, lab):
    v = g.ch(VILLAGES)
    vals = [g.ri(3, 60), g.ri(2, 40), g.ri(1, 30)]
    T_ = sum(vals)
    desc = 'holds'
    if lab == 'inconsistent':
        T_, vals, desc = sum_break(g, T_, vals)
    lines = [f"{v}村脱贫户帮扶台账摘要", f"脱贫户总数：{T_}户",
             f"产业帮扶：{vals[0]}户", f"就业帮扶：{vals[1]}户", f"兜底保障：{vals[2]}户",
             f"填报日期：{g.year()}年{g.ri(1, 12)}月{g.ri(1, 28)}日"]
    return lines, _sumnote(str(T_), [str(x) for x in vals], desc, lab, 'ledger lines'), \
        [dict(rel='sum', total=str(T_), parts=[str(x) for x in vals])]


@style('totals', 'water_supply_wan_m3')
def t_water(g, lab):
    vals = [g.ri(100, 90000) for _ in range(3)]  # 0.01万m3
    T_ = sum(vals)
    desc = 'holds'
    if lab == 'inconsistent':
        T_, vals, desc = sum_break(g, T_, vals, 2)
    ts, ps = num(T_, 2), [num(v, 2) for v in vals]
    body = f"全年总供水量{ts}万立方米。按水源分，地表水{ps[0]}万立方米，地下水{ps[1]}万立方米，再生水及其他非常规水源{ps[2]}万立方米。"
    return g.wrap(body, g.place() + '水务局'), _sumnote(ts, ps, desc, lab, 'water resources bulletin'), \
        [dict(rel='sum', total=ts, parts=ps)]


@style('totals', 'police_fire_stats_mixed')
def t_fire(g, lab):
    vals = [g.ri(20, 900), g.ri(50, 2000), g.ri(10, 400)]
    T_ = sum(vals)
    desc = 'holds'
    if lab == 'inconsistent':
        T_, vals, desc = sum_break(g, T_, vals)
    saved = g.ri(5, 300)
    body = (f"全年共接警出动{T_}起，其中火灾扑救{vals[0]}起、抢险救援{vals[1]}起、社会救助{vals[2]}起，"
            f"出动指战员{g.ri(1000, 20000)}人次，营救被困人员{saved}人。")
    return g.wrap(body, g.place() + '消防救援大队'), _sumnote(str(T_), [str(x) for x in vals], desc, lab) + '; other counts are context', \
        [dict(rel='sum', total=str(T_), parts=[str(x) for x in vals])]


@style('totals', 'multi_sentence_total_first_far')
def t_far(g, lab):
    t = g.topic(lambda x: len(x['parts']) >= 3)
    names = g.sample(t['parts'], 3)
    ts, ps, desc = _sum(g, lab, t, 3, g.ch('as'))
    u = t['u']
    lines = [f"{g.year()}年，{t['orgf']}{_whole(t)}{ts}{u}。",
             g.ch(['从区域分布看，城区占比较高，农村地区相对较少。', '从时间分布看，下半年明显多于上半年。', '各项工作均按时间节点推进。']),
             f"从类型看，{names[0]}{ps[0]}{u}，{names[1]}{ps[1]}{u}，{names[2]}{ps[2]}{u}。"]
    return g.wrap(lines, t['orgf']), _sumnote(ts, ps, desc, lab, 'total and parts in different sentences'), \
        [dict(rel='sum', total=ts, parts=ps)]


# ---------------------------------------------------------------------- totals negatives
def NEG(kind, why, *nums):
    return dict(rel='neg', kind=kind, why=why, nums=[str(x) for x in nums])


@style('totals', 'neg_overlapping_subsets', _kind='neg')
def n_overlap(g, lab):
    X = g.ri(40, 900)
    a, b = g.ri(X // 2 + 1, X - 1), g.ri(X // 2 + 1, X - 1)
    pair = g.ch([('规模以上企业', '重点排污单位', '家', '检查企业'), ('党员', '大专以上学历', '名', '配备村（社区）干部'),
                 ('女性', '35岁以下', '人', '招录公务员'), ('老年人', '残疾人', '人', '走访困难群众')])
    c = g.ri(1, max(1, X // 5)) if g.co(0.4) else None
    extra = f"、{g.ch(['少数民族', '退役军人', '外来务工人员'])}{c}{pair[2]}" if c else ''
    body = f"全年{pair[3]}{X}{pair[2]}，其中{pair[0]}{a}{pair[2]}、{pair[1]}{b}{pair[2]}{extra}。"
    return g.wrap(body, g.place() + '人民政府'), 'overlapping classifications under 其中 (a person/firm can be in both); not a partition', \
        [NEG('overlap', 'categories overlap, sum exceeds total by design', X, a, b)]


@style('totals', 'neg_zhuyao_selection', _kind='neg')
def n_zhuyao(g, lab):
    t = g.topic(lambda x: len(x['parts']) >= 3 and x['dec'] == 0)
    k = 2
    names = g.sample(t['parts'], k)
    vals = g.pv(t, k)
    X = sum(vals) + g.ri(5, 200)
    u = t['u']
    lead = g.ch(['主要有', '主要包括', '主要集中在', '其中较为突出的是'])
    body = f"共{_whole(t)}{X}{u}，{lead}" + '、'.join(f'{n}{v}{u}' for n, v in zip(names, vals)) + '。'
    return g.wrap(body, t['orgf']), f'{lead} introduces a selection, parts need not add up to the total', \
        [NEG('selection', 'selection of main items', X, *vals)]


@style('totals', 'neg_deng_partial_list', _kind='neg')
def n_deng(g, lab):
    t = g.topic(lambda x: len(x['parts']) >= 4 and x['dec'] == 0)
    k = g.ri(2, 3)
    names = g.sample(t['parts'], k)
    vals = g.pv(t, k)
    X = sum(vals) + g.ri(3, 300)
    u = t['u']
    body = f"{_whole(t)}{X}{u}，{g.ch(['其中', '包括'])}" + '、'.join(f'{n}{v}{u}' for n, v in zip(names, vals)) + \
        f"{g.ch(['等', '等类型', '等多个类别'])}。"
    return g.wrap(body, t['orgf']), 'partial list closed by 等 (no count given), sum below total is expected', \
        [NEG('partial_deng', 'open list with 等', X, *vals)]


@style('totals', 'neg_approximate_total', _kind='neg')
def n_approx(g, lab):
    t = g.topic(lambda x: x['dec'] == 0 and x['hi'] >= 100)
    k = g.ri(2, 3)
    names = g.sample(t['parts'], k)
    vals = g.pv(t, k, lo=max(t['lo'], 30))
    S = sum(vals)
    mag = 10 ** max(1, len(str(S)) - 2)
    form = g.ch(['jin', 'yu', 'yue', 'duo', 'chao'])
    if form == 'jin':
        X = (S // mag + 1) * mag; ts = f'近{X}'
    elif form == 'yu':
        X = (S // mag) * mag; ts = f'{X}余'
        if X == S:
            vals[0] += 1
    elif form == 'duo':
        X = (S // mag) * mag; ts = f'{X}多'
        if X == S:
            vals[0] += 1
    elif form == 'chao':
        X = (S // mag) * mag; ts = f'超过{X}'
        if X == S:
            vals[0] += 1
    else:
        X = (S // mag) * mag + (mag if S % mag >= mag // 2 else 0); ts = f'约{X}'
        if X == S:
            vals[0] += 1
    u = t['u']
    body = f"全年{_whole(t)}{ts}{u}，其中" + '、'.join(f'{n}{v}{u}' for n, v in zip(names, vals)) + '。'
    return g.wrap(body, t['orgf']), f'rounded total "{ts}" is approximate; parts sum {sum(vals)}', \
        [NEG('approx_total', 'approximate total', X, *vals)]


@style('totals', 'neg_model_and_standard_numbers', _kind='neg')
def n_model(g, lab):
    m1 = f"{g.ch(['XD', 'QY', 'ZL', 'HT'])}{g.ri(12, 90)}{g.ch(['K', 'A', ''])}"
    m2 = f"{g.ch(['JX', 'SZ', 'GL'])}-{g.ri(100, 3200)}"
    std = g.ch(['GB 18918-2002', 'GB 3838-2002', 'GB 50016-2014', 'HJ 2.2-2018', 'GB/T 19001-2016', 'DB43/T 1234-2016'])
    n1, n2 = g.ri(1, 9), g.ri(1, 9)
    body = (f"新购置{m1}型{g.ch(['洒水车', '起重机', '扫路车'])}{n1}台、{m2}型{g.ch(['监测仪', '发电机组', '水泵'])}{n2}台，"
            f"出水水质执行{std}标准。")
    return g.wrap(body, g.place() + '城市管理局'), 'model numbers and standard codes, no total stated', \
        [NEG('model_numbers', 'identifiers', n1, n2)]


@style('totals', 'neg_dates_phones_docnos', _kind='neg')
def n_dates(g, lab):
    y = g.year()
    body = g.ch([
        f"根据《关于做好{y}年度考核工作的通知》（{g.ch(PLACES)}政办发〔{y}〕{g.ri(1, 60)}号）要求，请于{y + 1}年1月{g.ri(5, 20)}日前报送材料，联系电话：0{g.ri(300, 999)}-{g.ri(2000000, 8999999)}。",
        f"{y}年{g.ri(1, 12)}月{g.ri(1, 28)}日{g.ri(8, 17)}时{g.ri(10, 59)}分，在{g.ch(PLACES)}大道{g.ri(1, 999)}号召开第{g.ri(2, 30)}次常务会议。",
        f"项目编号：{g.ch(PLACES)}ZC-{y}-{g.ri(100, 999)}，合同期限{y}年{g.ri(1, 6)}月至{y + g.ri(1, 3)}年{g.ri(6, 12)}月，服务热线12345。"])
    return g.wrap(body, g.place() + '人民政府办公室'), 'dates, document numbers and phone numbers only', \
        [NEG('dates_ids', 'no arithmetic relation', y)]


@style('totals', 'neg_rank_position', _kind='neg')
def n_rank(g, lab):
    r1 = g.ri(1, 14)
    body = g.ch([f"在全省县域经济综合考评中位列第{r1}名，较上年前移{g.ri(1, 6)}位。",
                 f"营商环境评价排名全市第{r1}，{g.ch(['获评优秀等次', '连续两年进入前列'])}。",
                 f"在全省{g.ri(80, 120)}个县（市、区）中排第{r1}位。"])
    return g.wrap(body, g.place() + '人民政府'), 'ranks and positions, nothing to add up (no previous rank stated)', \
        [NEG('rank', 'ordinal positions', r1)]


@style('totals', 'neg_formula_names', _kind='neg')
def n_formula(g, lab):
    body = g.ch([
        f"全面推行“1+X”证书制度，{g.ri(3, 30)}个专业开展试点。",
        f"构建“7+X”公共服务清单，覆盖全部{g.ri(8, 20)}个社区。",
        f"实施“3+2”中高职贯通培养，招收学生{g.ri(40, 400)}人。",
        f"落实“5+2”工作制和“1+3+N”网格化管理模式。",
        f"建立“1+N”政策体系，配套出台{g.ri(3, 12)}个专项文件。"])
    return g.wrap(body, g.place() + '教育局'), 'slogans like 1+X / 7+X / 3+2 are names, not sums', \
        [NEG('formula_name', 'policy name with plus sign')]


@style('totals', 'neg_different_wholes', _kind='neg')
def n_diffwholes(g, lab):
    a, b, c = g.ri(20, 300), g.ri(5000, 90000), g.ri(400, 6000)
    body = g.ch([f"全{g.ch('县区')}共有中小学{a}所，在校学生{b}人，专任教师{c}人。",
                 f"全{g.ch('县区')}有医疗卫生机构{a}个，年诊疗{b}人次，卫生技术人员{c}人。",
                 f"全年接待游客{b}人次，其中过夜游客{c}人次；新增A级景区{g.ri(1, 5)}家，星级农家乐{a}家。"])
    return g.wrap(body, g.place() + '统计局'), 'several counts of different wholes; no part-whole relation stated', \
        [NEG('different_wholes', 'unrelated totals', a, b, c)]


@style('totals', 'neg_averages_of_subgroups', _kind='neg')
def n_avgsub(g, lab):
    u_ = g.ri(32000, 68000); r_ = g.ri(14000, 30000)
    X = g.ri(r_ + 1000, u_ - 1000)
    body = g.ch([f"全体居民人均可支配收入{X}元，其中城镇居民人均可支配收入{u_}元，农村居民人均可支配收入{r_}元。",
                 f"全{g.ch('县区')}居民人均可支配收入{X}元。其中，城镇常住居民{u_}元，农村常住居民{r_}元。"])
    return g.wrap(body, g.place() + '统计局'), 'per-capita averages of subgroups under 其中 do not add to the overall average', \
        [NEG('subgroup_average', 'averages are not additive', X, u_, r_)]


@style('totals', 'neg_single_part_qizhong', _kind='neg')
def n_single(g, lab):
    t = g.topic(lambda x: x['dec'] == 0)
    X = g.ri(max(20, t['lo'] * 3), t['hi'] * 3)
    a = g.ri(1, X - 1)
    u = t['u']
    p = g.ch(t['parts'])
    body = f"全年{_whole(t)}{X}{u}，其中{p}{a}{u}，{g.ch(['同比有所上升。', '需引起重视。', '占比较往年有所下降。'])}"
    return g.wrap(body, t['orgf']), 'one part under 其中, nothing to add up', [NEG('single_part', 'single part', X, a)]


@style('totals', 'neg_ratios_colon', _kind='neg')
def n_ratio(g, lab):
    a = g.ri(11, 19)
    body = g.ch([f"全{g.ch('县区')}小学师生比为1:{a}，初中师生比为1:{a - g.ri(1, 4)}。",
                 f"常住人口性别比为{g.ri(100, 108)}.{g.ri(1, 9)}（以女性为100）。",
                 f"三次产业结构调整为{g.ri(6, 14)}:{g.ri(30, 45)}:{g.ri(42, 60)}。",
                 f"医护比达到1:{g.ri(1, 2)}.{g.ri(1, 9)}，床护比1:{g.ri(0, 1)}.{g.ri(4, 9)}。"])
    return g.wrap(body, g.place() + '卫生健康局'), 'ratios written with a colon are not sums (a structure ratio need not sum to 100)', \
        [NEG('ratio', 'colon ratio')]


@style('totals', 'neg_legal_citations_fines', _kind='neg')
def n_law(g, lab):
    art = g.ch(['第八十三条', '第九十九条', '第一百零八条', '第四十四条', '第六十一条第一款'])
    law = g.ch(['《中华人民共和国水污染防治法》', '《中华人民共和国大气污染防治法》', '《中华人民共和国食品安全法》',
                '《中华人民共和国安全生产法》'])
    f1 = g.ri(2, 50)
    body = f"依据{law}{art}规定，对{g.company()}作出罚款{f1}万元的行政处罚，责令{g.ri(7, 30)}日内改正。"
    return g.wrap(body, g.place() + '综合行政执法局'), 'article numbers, fine and deadline, no relation', \
        [NEG('legal', 'citations and fines', f1)]


@style('totals', 'neg_ranges_and_ages', _kind='neg')
def n_ranges(g, lab):
    body = g.ch([f"招聘对象为{g.ri(18, 20)}至{g.ri(30, 40)}周岁的高校毕业生，服务期{g.ri(2, 3)}—{g.ri(4, 5)}年。",
                 f"单个项目补助{g.ri(5, 10)}～{g.ri(20, 50)}万元，贴息期限{g.ri(1, 2)}至{g.ri(3, 5)}年。",
                 f"建设规模控制在{g.ri(20, 40)}—{g.ri(50, 80)}亩之间，容积率1.{g.ri(0, 9)}～2.{g.ri(0, 9)}。"])
    return g.wrap(body, g.place() + '人力资源和社会保障局'), 'ranges with 至/—/～, not subtractions', [NEG('range', 'ranges')]


@style('totals', 'neg_year_series_no_total', _kind='neg')
def n_series(g, lab):
    y = g.year()
    k = g.ri(3, 5)
    vals = [g.ri(50, 900) for _ in range(k)]
    body = f"{y - k + 1}—{y}年，全{g.ch('县区')}新增{g.ch(['市场主体', '高新技术企业', '农民合作社'])}分别为" + \
        '、'.join(str(v) for v in vals) + f"{g.ch(['户', '家', '个'])}，呈逐年{g.ch(['增长', '波动上升'])}态势。"
    return g.wrap(body, g.place() + '统计局'), 'year series, no total stated', [NEG('series', 'no total', *vals)]


@style('totals', 'neg_threshold_brackets', _kind='neg')
def n_thresh(g, lab):
    a = g.ri(2, 20); b = g.ri(a + 2, a + 30); c = g.ri(b + 3, b + 60)
    X = c + g.ri(1, 40)
    body = (f"全年谋划储备项目{X}个，其中投资10亿元以上项目{a}个、5亿元以上项目{b}个、1亿元以上项目{c}个。")
    return g.wrap(body, g.place() + '发展和改革局'), 'cumulative thresholds (以上) are nested subsets; they do not partition the total', \
        [NEG('nested_thresholds', 'nested brackets', X, a, b, c)]


@style('totals', 'neg_villages_partial_progress', _kind='neg')
def n_villages(g, lab):
    N_ = g.ri(8, 40)
    a = g.ri(1, N_ - 3); b = g.ri(1, N_ - a - 1)
    body = f"全{g.ch(['镇', '乡'])}{N_}个行政村中，已有{a}个村完成{g.ch(['污水管网建设', '集体产权制度改革', '村规民约修订'])}，{b}个村正在施工，其余村正在开展前期工作。"
    return g.wrap(body, g.town() + '人民政府'), '其余 left uncounted: a+b below the whole is expected', \
        [NEG('partial_progress', 'remainder unquantified', N_, a, b)]


@style('totals', 'neg_units_differ_renci', _kind='neg')
def n_renci(g, lab):
    X = g.ri(800, 20000)
    a = g.ri(100, X // 3)
    b = g.ri(100, X // 3)
    body = g.ch([f"全年开展职业技能培训{X}人次，其中新取得职业资格证书{a}人，新增技能人才{b}人。",
                 f"累计接待群众来访{g.ri(100, 800)}批{X}人次，其中集体访{g.ri(5, 60)}批{a}人次。",
                 f"发放宣传资料{X}份，张贴标语{a}条，开展宣讲{g.ri(10, 90)}场次。"])
    return g.wrap(body, g.place() + '人力资源和社会保障局'), 'counts in different units (人次/人/批/份), no partition stated', \
        [NEG('mixed_units', 'different units', X, a)]


@style('totals', 'neg_per_unit_standards', _kind='neg')
def n_perunit(g, lab):
    body = f"补助标准为每户{g.ri(10, 60) * 100}元、每人{g.ri(2, 20) * 100}元，{g.ri(60, 80)}周岁以上老人每月另加{g.ri(2, 9) * 10}元。"
    return g.wrap(body, g.place() + '民政局'), 'per-unit standards, no totals', [NEG('per_unit', 'standards')]


@style('totals', 'neg_cumulative_vs_this_year', _kind='neg')
def n_cumul(g, lab):
    X = g.ri(30, 900)
    a = g.ri(2, X // 3)
    thing = g.ch([('污水处理站', '座'), ('村级综合服务中心', '个'), ('高标准农田', '万亩'), ('充电桩', '个')])
    body = f"截至{g.year()}年底，累计建成{thing[0]}{X}{thing[1]}，其中今年新建{a}{thing[1]}。"
    return g.wrap(body, g.place() + '住房和城乡建设局'), 'cumulative stock with this year\'s share: single part, no check', \
        [NEG('cumulative', 'stock vs flow', X, a)]


# ========================================================================================
# PCT family
# ========================================================================================
RT = [
    dict(org='政务服务中心', w='受理网格事件', p='办结', u='件', r='办结率', lo=200, hi=9000, f=(0.9, 1.0)),
    dict(org='市场监督管理局', w='抽检食品', p='合格', u='批次', r='合格率', lo=100, hi=3000, f=(0.93, 1.0)),
    dict(org='人民法院', w='受理案件', p='审结', u='件', r='结案率', lo=300, hi=9000, f=(0.8, 0.99)),
    dict(org='医疗保障局', w='应参保人数', p='实际参保', u='人', r='参保率', lo=20000, hi=900000, f=(0.9, 0.995)),
    dict(org='司法局', w='调解矛盾纠纷', p='调解成功', u='件', r='调解成功率', lo=30, hi=2000, f=(0.9, 1.0)),
    dict(org='卫生健康局', w='适龄儿童', p='完成全程接种', u='人', r='接种率', lo=800, hi=30000, f=(0.95, 1.0)),
    dict(org='教育局', w='初中毕业生', p='升入高中阶段学校', u='人', r='升学率', lo=500, hi=12000, f=(0.85, 0.99)),
    dict(org='税务局', w='应申报纳税人', p='按期申报', u='户', r='按期申报率', lo=1000, hi=90000, f=(0.95, 1.0)),
    dict(org='信访局', w='交办信访事项', p='按期办结', u='件', r='按期办结率', lo=50, hi=3000, f=(0.9, 1.0)),
    dict(org='公安局', w='立刑事案件', p='破获', u='起', r='破案率', lo=100, hi=5000, f=(0.3, 0.9)),
    dict(org='卫生健康局', w='常住人口', p='签约家庭医生', u='人', r='签约覆盖率', lo=20000, hi=900000, f=(0.3, 0.8)),
    dict(org='财产保险支公司', w='受理理赔报案', p='已结案', u='件', r='结案率', lo=300, hi=30000, f=(0.85, 0.99)),
    dict(org='统计局', w='发放调查问卷', p='回收有效问卷', u='份', r='有效回收率', lo=200, hi=5000, f=(0.8, 0.99)),
    dict(org='农业农村局', w='抽检农产品', p='检测合格', u='个', r='合格率', lo=100, hi=3000, f=(0.95, 1.0)),
    dict(org='住房和城乡建设局', w='排查经营性自建房', p='完成安全鉴定', u='栋', r='鉴定完成率', lo=300, hi=20000, f=(0.6, 1.0)),
    dict(org='人力资源和社会保障局', w='登记离校未就业高校毕业生', p='实现就业', u='人', r='就业率', lo=300, hi=6000, f=(0.85, 0.98)),
    dict(org='城市管理局', w='接派工单', p='按期处置', u='单', r='按期处置率', lo=1000, hi=30000, f=(0.8, 0.99)),
    dict(org='乡村振兴局', w='监测对象', p='落实帮扶措施', u='户', r='帮扶覆盖率', lo=50, hi=3000, f=(0.9, 1.0)),
    dict(org='应急管理局', w='排查安全隐患', p='整改到位', u='处', r='整改率', lo=40, hi=6000, f=(0.8, 1.0)),
    dict(org='林业局', w='造林面积', p='成活面积', u='亩', r='成活率', lo=500, hi=60000, f=(0.85, 0.99)),
]


def rtopic(g):
    t = dict(g.ch(RT))
    t['orgf'] = g.place() + t['org']
    return t


def rvals(g, t):
    W = g.ri(t['lo'], t['hi'])
    P = int(W * (t['f'][0] + (t['f'][1] - t['f'][0]) * g.r.random()))
    P = max(1, min(W, P))
    return W, P


def mk_rate(g, lab, P, W, d, hi=D(100), scale=100):
    true = D(P) / D(W) * scale
    if lab == 'inconsistent':
        st = g.badpct(true, d, hi=hi)
        return st, f'{P}/{W} = {true:.4f} -> {pq(true, d)}, stated {st}'
    st = pq(true, d)
    return st, f'{P}/{W} = {true:.4f} -> {st}'


def pd(g):
    return g.ch([0, 1, 1, 2, 2, 2])


def verbr(g):
    return g.ch(['', '为', '达', '达到', '为', ''])


def t_rate(g, lab, nf='a'):
    t = rtopic(g)
    W, P = rvals(g, t)
    d = pd(g)
    st, desc = mk_rate(g, lab, P, W, d)
    sign = '％' if nf == 'f' else g.ch(['%', '%', '%', '％'])
    ws, ps_, rs = num(W, 0, nf), num(P, 0, nf), str(st)
    if nf == 'f':
        rs = rs.translate(FWD)
    body = f"{g.year()}年，{t['w']}{ws}{t['u']}，{t['p']}{ps_}{t['u']}，{t['r']}{verbr(g)}{rs}{sign}。"
    return g.wrap(body, t['orgf']), f"rate {t['r']}: " + desc, [dict(rel='rate', part=ps_, whole=ws, pct=rs)]


for _nf, _nm in (('a', 'rate_basic'), ('f', 'rate_fullwidth_digits'), ('s', 'rate_thousands_sep')):
    reg('pct', _nm, t_rate, nf=_nf)


@style('pct', 'rate_paren_after_counts')
def p_rate_paren(g, lab):
    t = rtopic(g)
    W, P = rvals(g, t)
    st, desc = mk_rate(g, lab, P, W, pd(g))
    body = f"全年{t['w']}{W}{t['u']}，{t['p']}{P}{t['u']}（{t['r']}{st}%），{g.ch(['群众满意度持续提升。', '较上年有所提高。', '位居全市前列。'])}"
    return g.wrap(body, t['orgf']), 'rate in brackets: ' + desc, [dict(rel='rate', part=str(P), whole=str(W), pct=str(st))]


@style('pct', 'rate_first_counts_after')
def p_rate_first(g, lab):
    t = rtopic(g)
    W, P = rvals(g, t)
    st, desc = mk_rate(g, lab, P, W, pd(g))
    body = g.ch([f"{t['r']}达到{st}%，{t['w']}{W}{t['u']}中已{t['p']}{P}{t['u']}。",
                 f"{t['r']}为{st}%（{P}/{W}）。",
                 f"{t['r']}{st}%：{t['w']}{W}{t['u']}，{t['p']}{P}{t['u']}。"])
    return g.wrap(body, t['orgf']), 'rate stated before its counts: ' + desc, [dict(rel='rate', part=str(P), whole=str(W), pct=str(st))]


@style('pct', 'rate_over_sentences')
def p_rate_sent(g, lab):
    t = rtopic(g)
    W, P = rvals(g, t)
    st, desc = mk_rate(g, lab, P, W, pd(g))
    lines = [f"{g.year()}年，{t['orgf']}{t['w']}{W}{t['u']}。",
             g.ch(['通过建立台账、挂图作战、定期通报等方式，压实各方责任。', '工作中坚持分类处置、限时办理。', '各责任单位按照职责分工认真落实。']),
             f"截至年底，已{t['p']}{P}{t['u']}，{t['r']}{st}%。"]
    return g.wrap(lines, t['orgf']), 'counts and rate across sentences: ' + desc, [dict(rel='rate', part=str(P), whole=str(W), pct=str(st))]


def _rate_table(g, lab, layout):
    t = rtopic(g)
    k = g.ri(3, 5)
    towns = [x + g.ch(['镇', '乡', '街道']) for x in g.sample(PLACES, k)]
    d = g.ch([1, 2])
    bad = g.ri(0, k - 1) if lab == 'inconsistent' else -1
    rows, checks, descs = [], [], ''
    for i in range(k):
        W = g.ri(max(20, t['lo'] // k), max(40, t['hi'] // k))
        P = max(1, min(W, int(W * (t['f'][0] + (t['f'][1] - t['f'][0]) * g.r.random()))))
        st, desc = mk_rate(g, 'inconsistent' if i == bad else 'consistent', P, W, d)
        if i == bad:
            descs = f'row {towns[i]}: {desc}'
        rows.append((towns[i], str(W), str(P), str(st)))
        checks.append(dict(rel='rate', part=str(P), whole=str(W), pct=str(st)))
    sep = {'pipe': ' | ', 'tab': '\t', 'space': '   '}[layout]
    lines = [f"{t['w']}完成情况统计表", sep.join(['单位', t['w'] + f"（{t['u']}）", t['p'] + f"（{t['u']}）", t['r'] + '（%）'])]
    lines += [sep.join(r) for r in rows]
    return g.wrap(lines, t['orgf'], 8), 'per-row rate in a table; ' + ('all rows hold' if lab == 'consistent' else descs), checks


for _l in ('pipe', 'tab', 'space'):
    reg('pct', f'rate_table_{_l}', _rate_table, layout=_l)


@style('pct', 'rate_numbered_lines')
def p_rate_lines(g, lab):
    ts = g.sample(RT, g.ri(2, 4))
    bad = g.ri(0, len(ts) - 1) if lab == 'inconsistent' else -1
    lines, checks, dd = [f"{g.year()}年主要指标完成情况："], [], ''
    mk = g.ri(0, 2)
    for i, t in enumerate(ts):
        W, P = rvals(g, t)
        st, desc = mk_rate(g, 'inconsistent' if i == bad else 'consistent', P, W, pd(g))
        if i == bad:
            dd = f'item {i + 1}: {desc}'
        lines.append(f"{['（' + CN_D[i + 1] + '）', str(i + 1) + '.', '①②③④'[i]][mk]}{t['w']}{W}{t['u']}，{t['p']}{P}{t['u']}，{t['r']}{st}%。")
        checks.append(dict(rel='rate', part=str(P), whole=str(W), pct=str(st)))
    return g.wrap(lines, g.place() + '人民政府'), 'several rates, one per line; ' + ('all hold' if lab == 'consistent' else dd), checks


@style('pct', 'rate_wan_units')
def p_rate_wan(g, lab):
    W = g.ri(500, 90000)  # 0.01万人
    P = int(W * g.ri(900, 999) / 1000)
    d = g.ch([1, 2])
    st, desc = mk_rate(g, lab, P, W, d)
    ws, ps_ = num(W, 2) + '万', num(P, 2) + '万'
    kind = g.ch(['城乡居民医疗保险', '城乡居民养老保险', '失业保险'])
    body = f"全{g.ch('县区市')}{kind}应参保{ws}人，实际参保{ps_}人，参保率{st}%。"
    return g.wrap(body, g.place() + '医疗保障局'), 'rate with counts in 万人: ' + desc, [dict(rel='rate', part=ps_, whole=ws, pct=str(st))]


@style('pct', 'rate_budget_execution_yi')
def p_exec(g, lab):
    W = g.ri(300, 90000)
    P = int(W * g.ri(700, 1000) / 1000)
    d = g.ch([1, 2])
    st, desc = mk_rate(g, lab, P, W, d)
    ws, ps_ = num(W, 2), num(P, 2)
    u = g.ch(['亿元', '万元'])
    body = g.ch([f"全年一般公共预算支出调整预算数{ws}{u}，实际执行{ps_}{u}，预算执行率{st}%。",
                 f"专项债券资金到位{ws}{u}，已支出{ps_}{u}，支出进度{st}%。"])
    return g.wrap(body, g.place() + '财政局'), 'execution rate: ' + desc, [dict(rel='rate', part=ps_, whole=ws, pct=str(st))]


@style('pct', 'rate_complement_from_failures')
def p_comp(g, lab):
    W = g.ri(80, 5000)
    F = g.ri(0, max(1, W // 20))
    d = pd(g)
    true = D(W - F) / D(W) * 100
    if lab == 'inconsistent':
        st = g.badpct(true, d, hi=D(100))
        desc = f'({W}-{F})/{W} = {true:.4f} -> {pq(true, d)}, stated {st}'
    else:
        st = pq(true, d)
        desc = f'({W}-{F})/{W} = {true:.4f} -> {st}'
    thing = g.ch([('食品', '批次'), ('农产品', '个'), ('特种设备', '台'), ('计量器具', '台件')])
    body = f"全年抽检{thing[0]}{W}{thing[1]}，检出不合格{F}{thing[1]}，{g.ch(['抽检合格率', '总体合格率'])}{st}%。"
    return g.wrap(body, g.place() + '市场监督管理局'), 'pass rate from failures (complement): ' + desc, \
        [dict(rel='rate', whole=str(W), part_complement=str(F), pct=str(st))]


@style('pct', 'rate_fail_rate')
def p_fail(g, lab):
    W = g.ri(80, 5000)
    F = g.ri(1, max(2, W // 15))
    st, desc = mk_rate(g, lab, F, W, g.ch([1, 2]))
    body = f"共抽样检测{W}批次，不合格{F}批次，不合格率{verbr(g)}{st}%，不合格产品已全部依法处置。"
    return g.wrap(body, g.place() + '市场监督管理局'), 'failure rate: ' + desc, [dict(rel='rate', part=str(F), whole=str(W), pct=str(st))]


@style('pct', 'rate_permille_births')
def p_permille(g, lab):
    W = g.ri(50000, 900000)
    P = int(W * g.ri(40, 110) / 10000)
    d = g.ch([1, 2])
    st, desc = mk_rate(g, lab, P, W, d, hi=D(1000), scale=1000)
    ev = g.ch([('出生人口', '出生率'), ('死亡人口', '死亡率')])
    body = f"全年{ev[0]}{P}人，年平均常住人口{W}人，{ev[1]}为{st}‰。"
    return g.wrap(body, g.place() + '统计局'), 'per-mille rate: ' + desc, [dict(rel='rate', part=str(P), whole=str(W), pct=str(st), scale='1000')]


@style('pct', 'rate_chinese_percent')
def p_cn(g, lab):
    t = rtopic(g)
    W, P = rvals(g, t)
    d = g.ch([0, 1])
    st, desc = mk_rate(g, lab, P, W, d)
    cs = cn_dec(st)
    body = f"{t['w']}{W}{t['u']}，{t['p']}{P}{t['u']}，{t['r']}{g.ch(['达到', '为'])}百分之{cs}。"
    return g.wrap(body, t['orgf']), f'percentage in Chinese (百分之{cs}): ' + desc, [dict(rel='rate', part=str(P), whole=str(W), pct=cs)]


@style('pct', 'rate_approx_truncated')
def p_trunc(g, lab):
    for _ in range(500):
        t = rtopic(g)
        W, P = rvals(g, t)
        d = g.ch([1, 2])
        true = D(P) / D(W) * 100
        if tq(true, d) != pq(true, d):
            break
    if lab == 'inconsistent':
        st = g.badpct(true, d, hi=D(100))
        note = f'约 rate {st} neither rounds nor truncates {P}/{W}={true:.4f}'
    else:
        st = tq(true, d)
        note = f'约 + truncation: {P}/{W}={true:.4f}, truncated {st} (rounded would be {pq(true, d)}); accepted because of 约'
    body = f"{t['w']}{W}{t['u']}，{t['p']}{P}{t['u']}，{t['r']}约为{st}%。"
    return g.wrap(body, t['orgf']), note, [dict(rel='rate', part=str(P), whole=str(W), pct=str(st), approx='trunc')]


@style('pct', 'rate_completion_over_100')
def p_compl(g, lab):
    W = g.ri(20, 9000)
    P = int(W * g.ri(900, 1600) / 1000)
    d = g.ch([0, 1, 2])
    st, desc = mk_rate(g, lab, P, W, d, hi=None)
    thing = g.ch([('新增城镇就业', '人'), ('新登记市场主体', '户'), ('完成植树造林', '亩'), ('引进招商项目', '个')])
    body = f"年度目标任务{thing[0]}{W}{thing[1]}，实际完成{P}{thing[1]}，完成年度目标的{st}%。"
    return g.wrap(body, g.place() + '人民政府'), 'completion ratio (may exceed 100%): ' + desc, \
        [dict(rel='rate', part=str(P), whole=str(W), pct=str(st))]


def _zhan_parts(g, t, k, frac=(0.05, 0.3)):
    X = g.ri(max(t['lo'] * k * 2, 60), max(t['hi'] * k, 200))
    vals = [max(1, int(X * (frac[0] + (frac[1] - frac[0]) * g.r.random()))) for _ in range(k)]
    return X, vals


@style('pct', 'zhan_single_part')
def p_zhan1(g, lab):
    t = g.topic(lambda x: x['dec'] == 0)
    X, (a,) = _zhan_parts(g, t, 1, (0.05, 0.9))
    d = pd(g)
    st, desc = mk_rate(g, lab, a, X, d)
    p = g.ch(t['parts'])
    body = f"全年{_whole(t)}{X}{t['u']}，其中{p}{a}{t['u']}，{g.ch(['占', '占总数的', '占比'])}{st}%。"
    return g.wrap(body, t['orgf']), 'share of one part: ' + desc, [dict(rel='rate', part=str(a), whole=str(X), pct=str(st))]


@style('pct', 'zhan_multiple_parts')
def p_zhanm(g, lab):
    t = g.topic(lambda x: x['dec'] == 0 and len(x['parts']) >= 3)
    k = g.ri(2, 3)
    X, vals = _zhan_parts(g, t, k, (0.05, 0.25))
    names = g.sample(t['parts'], k)
    d = pd(g)
    bad = g.ri(0, k - 1) if lab == 'inconsistent' else -1
    segs, checks, dd = [], [], ''
    for i in range(k):
        st, desc = mk_rate(g, 'inconsistent' if i == bad else 'consistent', vals[i], X, d, hi=D(30))
        if i == bad:
            dd = f'{names[i]}: {desc}'
        segs.append(f"{names[i]}{vals[i]}{t['u']}，占{st}%")
        checks.append(dict(rel='rate', part=str(vals[i]), whole=str(X), pct=str(st)))
    body = f"共{_whole(t)}{X}{t['u']}。其中，" + '；'.join(segs) + '。'
    return g.wrap(body, t['orgf']), 'shares of several (non-exhaustive) parts; ' + ('all hold' if lab == 'consistent' else dd), checks


@style('pct', 'zhan_fenbie_lists')
def p_fenbie(g, lab):
    t = g.topic(lambda x: x['dec'] == 0 and len(x['parts']) >= 3)
    k = g.ri(2, 3)
    X, vals = _zhan_parts(g, t, k, (0.05, 0.25))
    names = g.sample(t['parts'], k)
    d = pd(g)
    bad = g.ri(0, k - 1) if lab == 'inconsistent' else -1
    sts, checks, dd = [], [], ''
    for i in range(k):
        st, desc = mk_rate(g, 'inconsistent' if i == bad else 'consistent', vals[i], X, d, hi=D(30))
        if i == bad:
            dd = f'{names[i]}: {desc}'
        sts.append(str(st))
        checks.append(dict(rel='rate', part=str(vals[i]), whole=str(X), pct=str(st)))
    body = (f"全年{_whole(t)}{X}{t['u']}，其中{'、'.join(names)}分别为{'、'.join(str(v) for v in vals)}{t['u']}，"
            f"分别占{'、'.join(s + '%' for s in sts)}。")
    return g.wrap(body, t['orgf']), '分别为 ... 分别占 pairs; ' + ('all hold' if lab == 'consistent' else dd), checks


@style('pct', 'zhan_whole_named_after')
def p_zhan_after(g, lab):
    t = g.topic(lambda x: x['dec'] == 0)
    X, (a,) = _zhan_parts(g, t, 1, (0.05, 0.8))
    st, desc = mk_rate(g, lab, a, X, pd(g))
    p = g.ch(t['parts'])
    body = f"{p}{a}{t['u']}，占全年{_whole(t)}总量{X}{t['u']}的{st}%，{g.ch(['居各类之首。', '比重有所上升。', '需重点关注。'])}"
    return g.wrap(body, t['orgf']), 'share with whole given after: ' + desc, [dict(rel='rate', part=str(a), whole=str(X), pct=str(st))]


def _share_ex(g, lab, form):
    k = 3 if form == 'industry' else (g.ri(3, 5) if form == 'table' else g.ri(3, 4))
    if form == 'industry':
        vals = [g.ri(50, 150), g.ri(300, 500), g.ri(350, 600)]
    elif form == 'age':
        vals = [g.ri(100, 200), g.ri(550, 680)] + ([g.ri(150, 250)] if k == 3 else [g.ri(120, 220), g.ri(20, 50)])
    else:
        vals = [g.ri(5, 900) for _ in range(k)]
    tot = sum(vals)
    d = g.ch([1, 2]) if form != 'industry' else 1
    sh = [pq(D(v) / D(tot) * 100, d) for v in vals]
    desc = f'shares sum to {sum(sh)}'
    if lab == 'inconsistent':
        i = g.ri(0, k - 1)
        for _ in range(100):
            delta = D(g.ri(20, 120)) / 10 * g.ch([-1, 1])
            ns = sh[i] + delta
            if ns > 0:
                break
        sh[i] = pq(ns, d)
        desc = f'share #{i + 1} changed, shares sum to {sum(sh)} (should be 100)'
    ss = [str(x) for x in sh]
    if form == 'industry':
        body = f"三次产业结构中，第一产业增加值占地区生产总值的比重为{ss[0]}%，第二产业占{ss[1]}%，第三产业占{ss[2]}%。"
        org = g.place() + '统计局'
    elif form == 'table':
        names = g.sample(['农林牧渔业', '制造业', '建筑业', '批发和零售业', '住宿和餐饮业', '交通运输业', '其他'], k)
        lines = ['行业\t占比（%）'] + [f'{n}\t{s}' for n, s in zip(names, ss)] + ['合计\t100.00' if d == 2 else '合计\t100.0']
        return g.wrap(lines, g.place() + '统计局'), 'exhaustive share table: ' + desc, \
            [dict(rel='share_sum', exhaustive=True, pcts=ss)]
    else:
        names = ['0—14岁', '15—59岁', '60岁及以上'] if k == 3 else ['0—14岁', '15—59岁', '60—79岁', '80岁及以上']
        body = '从年龄构成看，' + '，'.join(f'{n}人口占{s}%' for n, s in zip(names, ss)) + g.ch(['。', '，人口老龄化程度进一步加深。'])
        org = g.place() + '第七次全国人口普查领导小组办公室'
    return g.wrap(body, org), 'exhaustive shares must sum to 100 (rounding tolerance): ' + desc, \
        [dict(rel='share_sum', exhaustive=True, pcts=ss)]


for _f in ('industry', 'table', 'age'):
    reg('pct', f'shares_exhaustive_{_f}', _share_ex, form=_f)


@style('pct', 'shares_nonexhaustive_cap100')
def p_share_ne(g, lab):
    t = g.topic(lambda x: len(x['parts']) >= 4)
    k = g.ri(2, 3)
    names = g.sample(t['parts'], k)
    d = g.ch([0, 1])
    if lab == 'consistent':
        tot = g.ri(50, 95)
    else:
        tot = g.ri(108, 160)
    cuts = sorted(g.sample(range(5, tot - 4), k - 1))
    parts = [b - a for a, b in zip([0] + cuts, cuts + [tot])]
    if any(p < 3 for p in parts):
        parts = [tot // k] * (k - 1) + [tot - (tot // k) * (k - 1)]
    sh = [D(p) + (D(g.ri(0, 9)) / 10 if d else 0) for p in parts]
    ss = [str(x) for x in sh]
    body = f"{t['n'] or _whole(t)}中，" + '，'.join(f'{n}{g.ch(["占", "约占", "所占比重为"])}{s}%' for n, s in zip(names, ss)) + \
        g.ch(['。', '，其余为其他类型。'])
    return g.wrap(body, t['orgf']), f'shares of one whole sum to {sum(sh)}%: ' + ('<= 100, fine' if lab == 'consistent' else 'exceeds 100'), \
        [dict(rel='share_sum', exhaustive=False, pcts=ss)]


def mk_growth(g, lab, A, B, d, lo=D(-100), hi=None):
    true = (D(B) - D(A)) / D(A) * 100
    if true > 0 and lo < 0:
        lo = D('0.01')
    if true < 0 and hi is None:
        hi = D('-0.01')
    if lab == 'inconsistent':
        st = g.badpct(true, d, lo=lo, hi=hi)
        return st, f'({B}-{A})/{A} = {true:.4f} -> {pq(true, d)}, stated {st}'
    st = pq(true, d)
    return st, f'({B}-{A})/{A} = {true:.4f} -> {st}'


def _growth(g, lab, direction, form):
    t = g.topic()
    dec = t['dec']
    sc = 10 ** dec
    A = g.ri(int(t['lo'] * sc * 3) + 10, int(t['hi'] * sc * 3) + 20)
    fac = g.ri(1010, 1600) if direction == 'up' else g.ri(450, 990)
    B = A * fac // 1000
    if B == A:
        B += 1 if direction == 'up' else -1
    d = g.ch([1, 1, 2, 0])
    st, desc = mk_growth(g, lab, A, B, d)
    shown = -st if direction == 'down' else st
    nf = g.ch('aas') if form != 'fw' else 'f'
    As, Bs = num(A, dec, nf), num(B, dec, nf)
    ss = str(shown) if nf != 'f' else str(shown).translate(FWD)
    sg = '％' if nf == 'f' else '%'
    u = t['u']
    if form in ('youzhi', 'fw'):
        v1, v2 = (g.ch(['增加到', '增至', '提高到']), g.ch(['增长', '增加', '提高'])) if direction == 'up' else \
            (g.ch(['下降到', '降至', '减少到']), g.ch(['下降', '减少', '降低']))
        body = f"{_whole(t)}由上年的{As}{u}{v1}{Bs}{u}，{v2}{ss}{sg}。"
    else:
        w = '增长' if direction == 'up' else '下降'
        body = g.ch([f"{g.year()}年{_whole(t)}{Bs}{u}，上年同期为{As}{u}，同比{w}{ss}{sg}。",
                     f"本年{_whole(t)}{Bs}{u}，比上年（{As}{u}）{w}{ss}{sg}。"])
    ck = dict(rel='growth', dir=direction, frm=As, to=Bs, pct=ss)
    return g.wrap(body, t['orgf']), f'growth {direction}: ' + desc, [ck]


for _d in ('up', 'down'):
    for _f in ('youzhi', 'yoy', 'fw'):
        reg('pct', f'growth_{_d}_{_f}', _growth, direction=_d, form=_f)


@style('pct', 'growth_negative_sign')
def p_neg_growth(g, lab):
    A = g.ri(500, 90000)
    B = A * g.ri(500, 990) // 1000
    d = 2
    st, desc = mk_growth(g, lab, A, B, d)
    ind = g.ch(['其他营利性服务业营业收入', '限额以上批发业销售额', '房地产开发投资', '工业用电量'])
    body = f"{ind}{num(B, 1)}万元，上年同期{num(A, 1)}万元，增速为{st}%。"
    return g.wrap(body, g.place() + '统计局'), 'growth written with a minus sign: ' + desc, \
        [dict(rel='growth', dir='up', frm=num(A, 1), to=num(B, 1), pct=str(st))]


@style('pct', 'growth_over_100_checkable')
def p_g100(g, lab):
    A = g.ri(100, 9000)
    B = A * g.ri(2100, 4500) // 1000
    st, desc = mk_growth(g, lab, A, B, g.ch([1, 2]))
    body = f"固定资产投资由上年的{A}万元增至{B}万元，增长{st}%，主要受{g.ch(['重大项目集中开工', '产业园二期建设', '新能源项目落地'])}带动。"
    return g.wrap(body, g.place() + '发展和改革局'), 'growth above 100% with both values stated (checkable): ' + desc, \
        [dict(rel='growth', dir='up', frm=str(A), to=str(B), pct=str(st))]


@style('pct', 'growth_mixed_wan_yi')
def p_gmix(g, lab):
    A = g.ri(3000, 9990)  # 万
    B = g.ri(10001, 19990)
    B -= B % 10
    d = 2
    st, desc = mk_growth(g, lab, A, B, d)
    Bs = wan_str(B) + '亿'
    body = f"税收收入由{A}万元增至{Bs}元，增长{st}%。"
    return g.wrap(body, g.place() + '税务局'), 'growth across 万/亿 magnitudes: ' + desc, \
        [dict(rel='growth', dir='up', frm=f'{A}万', to=Bs, pct=str(st))]


@style('pct', 'growth_delta_over_base')
def p_gdelta(g, lab):
    t = g.topic(lambda x: x['dec'] == 0)
    A = g.ri(t['lo'] * 3 + 10, t['hi'] * 3 + 20)
    dl = max(1, A * g.ri(20, 400) // 1000)
    st, desc = mk_rate(g, lab, dl, A, pd(g))
    w = g.ch([('增加', '增长'), ('减少', '下降')])
    body = f"{_whole(t)}较上年的{A}{t['u']}{w[0]}{dl}{t['u']}，{w[1]}{st}%。"
    return g.wrap(body, t['orgf']), 'change / base: ' + desc, [dict(rel='rate', part=str(dl), whole=str(A), pct=str(st))]


@style('pct', 'growth_table_two_years')
def p_gtable(g, lab):
    y = g.year()
    k = g.ri(3, 5)
    inds = g.sample(['地区生产总值', '规模以上工业增加值', '固定资产投资', '社会消费品零售总额', '一般公共预算收入', '进出口总额'], k)
    bad = g.ri(0, k - 1) if lab == 'inconsistent' else -1
    lines = ['指标 | ' + f'{y - 1}年（亿元）' + ' | ' + f'{y}年（亿元）' + ' | 增长（%）']
    checks, dd = [], ''
    for i in range(k):
        A = g.ri(300, 90000)
        B = A * g.ri(880, 1200) // 1000
        st, desc = mk_growth(g, 'inconsistent' if i == bad else 'consistent', A, B, 1)
        if i == bad:
            dd = f'{inds[i]}: {desc}'
        lines.append(f'{inds[i]} | {num(A, 2)} | {num(B, 2)} | {st}')
        checks.append(dict(rel='growth', dir='up', frm=num(A, 2), to=num(B, 2), pct=str(st)))
    return g.wrap(lines, g.place() + '统计局'), 'growth column of a two-year table (nominal growth from the stated values); ' + (
        'all hold' if lab == 'consistent' else dd), checks


def _pp(g, lab, direction):
    t = rtopic(g)
    d = g.ch([1, 2])
    a = D(g.ri(300, 980)) / 10 if d == 1 else D(g.ri(3000, 9800)) / 100
    step = D(g.ri(1, 90)) / (10 if d == 1 else 100) * (1 if d == 1 else 10)
    b = a + step if direction == 'up' else a - step
    b = pq(b, d)
    a = pq(a, d)
    if b > 100:
        b = D(100).quantize(a)
    pp = abs(b - a)
    desc = f'{b} - {a} = {pp}'
    if lab == 'inconsistent':
        o = pp
        pp = pq(pp + g.ch([-1, 1]) * D(g.ri(3, 20)) / 10, d)
        if pp <= 0:
            pp = o + D(1)
        desc = f'|{b} - {a}| = {o} but stated {pp}'
    w = ('提高', '提升', '上升') if direction == 'up' else ('下降', '降低', '回落')
    v = g.ch(w)
    body = f"{t['r']}由上年的{a}%{v}到{b}%，{v}{pp}个百分点。"
    return g.wrap(body, t['orgf']), 'percentage-point change: ' + desc, \
        [dict(rel='pp', dir=direction, frm=str(a), to=str(b), pp=str(pp))]


for _d in ('up', 'down'):
    reg('pct', f'pp_change_{_d}', _pp, direction=_d)


@style('pct', 'rates_two_years_and_pp')
def p_rates_pp(g, lab):
    t = rtopic(g)
    W1, P1 = rvals(g, t)
    W2, P2 = rvals(g, t)
    d = 1
    r1, r2 = pq(D(P1) / W1 * 100, d), pq(D(P2) / W2 * 100, d)
    if r1 == r2:
        P2 = max(1, P2 - max(1, W2 // 50)); r2 = pq(D(P2) / W2 * 100, d)
    pp = abs(r2 - r1)
    up = r2 > r1
    dd = 'rates and pp hold'
    if lab == 'inconsistent':
        if g.co():
            o = pp; pp = pq(pp + D(g.ri(3, 25)) / 10, d); dd = f'pp stated {pp}, rates give {o}'
        else:
            o = r2; r2 = g.badpct(D(P2) / W2 * 100, d, hi=D(100))
            pp = abs(r2 - r1); up = r2 > r1
            dd = f'this year rate {r2} wrong ({P2}/{W2}), pp consistent with stated rates'
    body = (f"{t['w']}{W2}{t['u']}，{t['p']}{P2}{t['u']}，{t['r']}{r2}%，较上年（{P1}/{W1}，{r1}%）"
            f"{'提高' if up else '下降'}{pp}个百分点。")
    return g.wrap(body, t['orgf']), dd, [dict(rel='rate', part=str(P2), whole=str(W2), pct=str(r2)),
                                        dict(rel='rate', part=str(P1), whole=str(W1), pct=str(r1)),
                                        dict(rel='pp', dir='up' if up else 'down', frm=str(r1), to=str(r2), pp=str(pp))]


@style('pct', 'two_rates_one_record')
def p_two(g, lab):
    ts = g.sample(RT, 2)
    bad = g.ri(0, 1) if lab == 'inconsistent' else -1
    segs, checks, dd = [], [], ''
    for i, t in enumerate(ts):
        W, P = rvals(g, t)
        st, desc = mk_rate(g, 'inconsistent' if i == bad else 'consistent', P, W, pd(g))
        if i == bad:
            dd = f'second rate: {desc}' if i else f'first rate: {desc}'
        segs.append(f"{t['w']}{W}{t['u']}、{t['p']}{P}{t['u']}，{t['r']}{st}%")
        checks.append(dict(rel='rate', part=str(P), whole=str(W), pct=str(st)))
    body = '；'.join(segs) + '。'
    return g.wrap(body, g.place() + '人民政府'), 'two rates; ' + ('both hold' if lab == 'consistent' else dd), checks


def _malformed(g, lab, kind):
    t = rtopic(g)
    W, P = rvals(g, t)
    d = g.ch([1, 2]) if kind not in ('trailing_dot',) else 1
    st = pq(D(P) / W * 100, d)
    s = str(st)
    good = s + '%'
    if kind == 'space':
        bad = s + g.ch([' %', ' ％', '\u3000%'])
    elif kind == 'xx':
        bad = g.ch(['xx%', 'XX%', 'xx.x%', 'XX.XX%', '××%', 'x%'])
    elif kind == 'leading':
        bad = g.ch(['%', '％']) + s
    elif kind == 'double':
        bad = s + g.ch(['%%', '％％', '%％'])
    elif kind == 'dots':
        ip, fp = s.split('.')
        bad = g.ch([ip + '..' + fp + '%', ip + '.' + fp + '.%', ip + '．.' + fp + '%'])
    elif kind == 'cn_period':
        ip, fp = s.split('.')
        bad = ip + '。' + fp + '%'
    elif kind == 'baifenzhi':
        bad = '百分之' + s + '%'
    elif kind == 'trailing_dot':
        bad = s.split('.')[0] + '.%'
    else:  # space after decimal point
        ip, fp = s.split('.')
        bad = ip + '. ' + fp + '%'
    shown = good if lab == 'consistent' else bad
    body = f"{g.year()}年，{t['w']}{W}{t['u']}，{t['p']}{P}{t['u']}，{t['r']}{verbr(g)}{shown}，{g.ch(['同比有所提升。', '达到年度目标。', '继续保持较高水平。'])}"
    if lab == 'consistent':
        return g.wrap(body, t['orgf']), f'well-formed rate {good} matches {P}/{W}', \
            [dict(rel='rate', part=str(P), whole=str(W), pct=s)]
    return g.wrap(body, t['orgf']), f'malformed percentage "{bad}" ({kind}); inconsistent regardless of arithmetic', \
        [dict(rel='malformed', surface=bad, kind=kind)]


for _k in ('space', 'xx', 'leading', 'double', 'dots', 'cn_period', 'baifenzhi', 'trailing_dot', 'space_after_point'):
    reg('pct', f'malformed_{_k}', _malformed, kind=_k)


@style('pct', 'bank_npl_ratio')
def p_npl(g, lab):
    W = g.ri(2000, 900000)  # 0.01亿
    P = W * g.ri(40, 300) // 10000
    P = max(1, P)
    st, desc = mk_rate(g, lab, P, W, 2, hi=D(20))
    body = f"报告期末，本行各项贷款余额{num(W, 2)}亿元，不良贷款余额{num(P, 2)}亿元，不良贷款率{st}%，{g.ch(['较年初下降。', '资产质量保持稳定。'])}"
    return g.wrap(body, g.ch(PLACES) + '农村商业银行股份有限公司'), 'NPL ratio: ' + desc, \
        [dict(rel='rate', part=num(P, 2), whole=num(W, 2), pct=str(st))]


@style('pct', 'insurance_claims_ratio')
def p_claims(g, lab):
    W = g.ri(5000, 900000)
    P = W * g.ri(400, 900) // 1000
    st, desc = mk_rate(g, lab, P, W, 2, hi=D(150))
    body = f"全年实现保费收入{num(W, 2, 's')}万元，赔款支出{num(P, 2, 's')}万元，简单赔付率{st}%。"
    return g.wrap(body, g.ch(PLACES) + '财产保险支公司'), 'claims ratio: ' + desc, \
        [dict(rel='rate', part=num(P, 2, 's'), whole=num(W, 2, 's'), pct=str(st))]


@style('pct', 'air_quality_good_days')
def p_air(g, lab):
    W = g.ch([365, 366, 365, 364, 363])
    P = g.ri(260, W)
    st, desc = mk_rate(g, lab, P, W, 1)
    body = f"全年有效监测{W}天，空气质量优良天数{P}天，优良天数比例{st}%，细颗粒物（PM2.5）年均浓度{g.ri(18, 45)}微克/立方米。"
    return g.wrap(body, g.place() + '生态环境局'), 'good-air day ratio: ' + desc, \
        [dict(rel='rate', part=str(P), whole=str(W), pct=str(st))]


@style('pct', 'tax_share_of_revenue')
def p_taxshare(g, lab):
    W = g.ri(3000, 900000)
    P = W * g.ri(550, 900) // 1000
    st, desc = mk_rate(g, lab, P, W, g.ch([1, 2]))
    body = f"一般公共预算收入{num(W, 2)}亿元，其中税收收入{num(P, 2)}亿元，税收占比{st}%。"
    return g.wrap(body, g.place() + '财政局'), 'tax share: ' + desc, [dict(rel='rate', part=num(P, 2), whole=num(W, 2), pct=str(st))]


@style('pct', 'attendance_rate_minutes')
def p_attend(g, lab):
    W = g.ri(25, 500)
    P = W - g.ri(0, W // 8)
    st, desc = mk_rate(g, lab, P, W, g.ch([0, 1, 2]))
    body = f"本次大会应到代表{W}名，实到{P}名，到会率{st}%，符合法定人数，会议有效。"
    return g.wrap(body, g.place() + '总工会'), 'attendance rate: ' + desc, [dict(rel='rate', part=str(P), whole=str(W), pct=str(st))]


@style('pct', 'rate_cn_numeral_counts')
def p_cn_counts(g, lab):
    W = g.ri(12, 300)
    P = W - g.ri(0, W // 6)
    st, desc = mk_rate(g, lab, P, W, g.ch([1, 2]))
    Ws, Ps = cn_int(W), cn_int(P)
    body = f"全{g.ch(['镇', '乡'])}{Ws}个{g.ch(['自然村', '村民小组'])}中已有{Ps}个完成{g.ch(['污水治理', '户厕改造', '光纤入户'])}，覆盖率{st}%。"
    return g.wrap(body, g.town() + '人民政府'), 'counts in Chinese numerals: ' + desc, [dict(rel='rate', part=Ps, whole=Ws, pct=str(st))]


@style('pct', 'satisfaction_sum_of_parts')
def p_satis(g, lab):
    W = g.ri(200, 5000)
    a = W * g.ri(600, 850) // 1000
    b = (W - a) * g.ri(300, 900) // 1000
    st, desc = mk_rate(g, lab, a + b, W, g.ch([1, 2]))
    body = (f"共回收有效问卷{W}份，其中选择“满意”的{a}份，“基本满意”的{b}份，其余为“不满意”，"
            f"总体满意率（含基本满意）{st}%。")
    return g.wrap(body, g.place() + '政务服务中心'), 'rate of a sum of two parts: ' + desc, \
        [dict(rel='rate', part_sum=[str(a), str(b)], whole=str(W), pct=str(st))]


@style('pct', 'rate_with_sum_context')
def p_rate_sum(g, lab):
    t = g.topic(lambda x: x['u'] in ('起', '件') and len(x['parts']) >= 3)
    names = g.sample(t['parts'], 3)
    vals = g.pv(t, 3)
    X = sum(vals)
    Y = max(1, X - g.ri(0, max(1, X // 10)))
    st, desc = mk_rate(g, lab, Y, X, pd(g))
    u = t['u']
    body = (f"共{_whole(t)}{X}{u}，其中" + '、'.join(f'{n}{v}{u}' for n, v in zip(names, vals)) +
            f"；已办结{Y}{u}，办结率{st}%。")
    return g.wrap(body, t['orgf']), 'sum holds; rate: ' + desc, \
        [dict(rel='sum', total=str(X), parts=[str(v) for v in vals]), dict(rel='rate', part=str(Y), whole=str(X), pct=str(st))]


@style('pct', 'growth_multi_year_series')
def p_series(g, lab):
    y = g.year()
    k = g.ri(3, 4)
    vals = [g.ri(800, 9000)]
    for _ in range(k - 1):
        vals.append(vals[-1] * g.ri(950, 1250) // 1000)
    st, desc = mk_growth(g, lab, vals[-2], vals[-1], 1)
    ys = list(range(y - k + 1, y + 1))
    lines = ['年份\t' + '\t'.join(f'{x}年' for x in ys), '游客接待量（万人次）\t' + '\t'.join(num(v, 1) for v in vals),
             f"{y}年较{y - 1}年增长{st}%。"]
    return g.wrap(lines, g.place() + '文化和旅游局'), 'multi-year row, growth of last year: ' + desc, \
        [dict(rel='growth', dir='up', frm=num(vals[-2], 1), to=num(vals[-1], 1), pct=str(st))]


@style('pct', 'share_of_total_fullwidth')
def p_share_fw(g, lab):
    t = g.topic(lambda x: x['dec'] == 0)
    X, (a,) = _zhan_parts(g, t, 1, (0.1, 0.9))
    st, desc = mk_rate(g, lab, a, X, g.ch([1, 2]))
    Xs, As, Ss = num(X, 0, 'f'), num(a, 0, 'f'), str(st).translate(FWD)
    body = f"{_whole(t)}{Xs}{t['u']}，其中{g.ch(t['parts'])}{As}{t['u']}，占比{Ss}％。"
    return g.wrap(body, t['orgf']), 'full-width share: ' + desc, [dict(rel='rate', part=As, whole=Xs, pct=Ss)]


@style('pct', 'household_coverage_wan_hu')
def p_cov(g, lab):
    W = g.ri(150, 9000)  # 0.01 万户
    P = W * g.ri(880, 1000) // 1000
    st, desc = mk_rate(g, lab, P, W, g.ch([1, 2]))
    body = f"全{g.ch('县区市')}农村{g.ch(['自来水', '宽带网络', '生活垃圾收运'])}覆盖{num(P, 2)}万户，占农村总户数{num(W, 2)}万户的{st}%。"
    return g.wrap(body, g.place() + '人民政府'), 'coverage in 万户: ' + desc, \
        [dict(rel='rate', part=num(P, 2) + '万', whole=num(W, 2) + '万', pct=str(st))]


# ---------------------------------------------------------------------- pct negatives
def _pctv(g, lo, hi, d=1):
    return pq(D(g.ri(int(lo * 10 ** d), int(hi * 10 ** d))) / 10 ** d, d)


@style('pct', 'neg_growth_over_100_alone', _kind='neg')
def pn_g100(g, lab):
    p = _pctv(g, 101, 480, g.ch([1, 2]))
    ind = g.ch(['固定资产投资', '工业技改投资', '新能源汽车产量', '跨境电商交易额', '限额以上餐饮业营业额'])
    body = f"{ind}{g.ch(['同比增长', '增长', '比上年增长'])}{p}%，{g.ch(['增速居全市第一。', '主要得益于重大项目拉动。', '呈爆发式增长态势。'])}"
    return g.wrap(body, g.place() + '统计局'), 'growth above 100% with no base values: legitimate, nothing to check', \
        [NEG('growth_over_100', 'no base values', p)]


@style('pct', 'neg_pp_alone', _kind='neg')
def pn_pp(g, lab):
    pp = _pctv(g, 0.1, 8)
    r = g.ch(['城镇化率', '森林覆盖率', '研发经费投入强度', '优良天数比例', '义务教育巩固率'])
    body = f"{r}{g.ch(['提高', '提升', '比上年提高'])}{pp}个百分点，{g.ch(['连续三年保持增长。', '超额完成省下达目标。'])}"
    return g.wrap(body, g.place() + '人民政府'), 'percentage-point change without both endpoints: not checkable', [NEG('pp_alone', 'no endpoints', pp)]


@style('pct', 'neg_indicators_different_wholes', _kind='neg')
def pn_diffw(g, lab):
    ps = [_pctv(g, 55, 80), _pctv(g, 60, 78), _pctv(g, 90, 99.9), _pctv(g, 85, 99)]
    body = (f"城镇化率达到{ps[0]}%，森林覆盖率{ps[1]}%，农村自来水普及率{ps[2]}%，"
            f"生活垃圾无害化处理率{ps[3]}%。")
    return g.wrap(body, g.place() + '人民政府'), 'rates of different wholes: their sum above 100% is meaningless', \
        [NEG('different_wholes', 'separate bases', *ps)]


@style('pct', 'neg_overlapping_shares', _kind='neg')
def pn_overlap(g, lab):
    a, b, c = _pctv(g, 40, 85), _pctv(g, 45, 90), _pctv(g, 20, 60)
    body = g.ch([f"村“两委”班子成员中，党员占{a}%，大专及以上学历占{b}%，45岁以下占{c}%。",
                 f"新录用人员中，硕士研究生占{c}%，女性占{a}%，中共党员占{b}%。"])
    return g.wrap(body, g.place() + '委组织部'), 'overlapping characteristics: shares of the same group may exceed 100% together', \
        [NEG('overlap_shares', 'overlapping', a, b, c)]


@style('pct', 'neg_multiselect_survey', _kind='neg')
def pn_multi(g, lab):
    ps = [_pctv(g, 30, 80) for _ in range(3)]
    opts = g.sample(['就业服务', '医疗保障', '子女教育', '道路交通', '养老服务', '住房保障'], 3)
    body = f"问卷调查显示（可多选），群众最关注的问题依次为{opts[0]}（{ps[0]}%）、{opts[1]}（{ps[1]}%）和{opts[2]}（{ps[2]}%）。"
    return g.wrap(body, g.place() + '统计局'), 'multiple-choice survey: shares need not sum to 100', [NEG('multiselect', 'multi-select', *ps)]


@style('pct', 'neg_interest_and_tax_rates', _kind='neg')
def pn_rates(g, lab):
    body = g.ch([f"一年期贷款市场报价利率为3.{g.ri(10, 85)}%，贴息比例{g.ri(30, 60)}%，担保费率不超过1%。",
                 f"小规模纳税人增值税征收率由3%降至1%，企业所得税减按{g.ch(['20', '25'])}%计入应纳税所得额。",
                 f"项目资本金比例不低于{g.ch(['20', '25', '30'])}%，招标控制价下浮{g.ri(3, 12)}%。"])
    return g.wrap(body, g.place() + '财政局'), 'interest/tax/discount rates: parameters, no part-whole', [NEG('rate_parameters', 'parameters')]


@style('pct', 'neg_thresholds_targets', _kind='neg')
def pn_thresh(g, lab):
    body = g.ch([f"力争到{g.year() + 2}年，农村生活污水治理率达到{g.ri(40, 80)}%以上，垃圾分类覆盖率不低于{g.ri(85, 98)}%。",
                 f"要求药品抽检合格率≥{g.ri(95, 99)}%，群众满意度不低于{g.ri(85, 95)}%。",
                 f"相对湿度控制在{g.ri(40, 50)}%～{g.ri(60, 75)}%之间，含水率不超过{g.ri(10, 20)}%。"])
    return g.wrap(body, g.place() + '人民政府办公室'), 'targets, thresholds and ranges with 以上/不低于/≥/～', [NEG('threshold', 'targets')]


@style('pct', 'neg_average_annual_growth', _kind='neg')
def pn_avg(g, lab):
    y = g.year()
    p = _pctv(g, 3, 15)
    body = f"{y - 4}—{y}年，地区生产总值年均增长{p}%，{g.ch(['高于全省平均水平。', '经济总量跃上新台阶。'])}"
    return g.wrap(body, g.place() + '发展和改革局'), 'average annual growth over a period, no values', [NEG('avg_growth', 'no values', p)]


@style('pct', 'neg_relative_to_reference', _kind='neg')
def pn_rel(g, lab):
    p = _pctv(g, 60, 140, g.ch([0, 1]))
    x = g.ri(30000, 90000)
    body = g.ch([f"人均地区生产总值{x}元，相当于全省平均水平的{p}%。",
                 f"城乡居民收入比缩小到2.{g.ri(0, 9)}，农村居民人均可支配收入相当于城镇居民的{p}%。",
                 f"本地出口额占全省的{_pctv(g, 1, 15)}%。"])
    return g.wrap(body, g.place() + '统计局'), 'ratio to a reference whole that is not stated', [NEG('relative', 'unstated base')]


@style('pct', 'neg_idioms_and_names', _kind='neg')
def pn_idiom(g, lab):
    body = g.ch(["以百分之百的热情投入工作，确保群众满意。", "配备75%医用酒精和N95口罩，做好防护。",
                 "坚持“百分之一的失误就是百分之百的失败”的安全理念。", "开展“百分百满意”服务竞赛活动。",
                 f"{g.ri(3, 5)}A级景区提质工程推进顺利，“100%无死角”巡查制度全面落实。"])
    return g.wrap(body, g.place() + '卫生健康局'), 'idioms, product names and slogans with % or 百分之', [NEG('idiom', 'not a measure')]


@style('pct', 'neg_approx_fractions', _kind='neg')
def pn_approx(g, lab):
    body = g.ch([f"近七成企业反映融资成本有所下降，约三分之一的企业扩大了用工规模。",
                 f"超过半数的村实现集体经济收入{g.ri(10, 50)}万元以上，九成以上农户加入合作社。",
                 f"逾{g.ri(6, 9)}成受访者表示满意，不足一成表示不满意。"])
    return g.wrap(body, g.place() + '工商业联合会'), 'approximate fractions (成/三分之一/过半), not percentages to check', [NEG('approx_fraction', 'approximate')]


@style('pct', 'neg_equity_stakes', _kind='neg')
def pn_stake(g, lab):
    a = g.ri(30, 70)
    body = f"{g.company()}由{g.ch(PLACES)}城投公司持股{a}%，{g.ch(PLACES)}产业基金持股{g.ri(5, 100 - a - 5)}%，员工持股平台持有剩余股份。"
    return g.wrap(body, g.company()), 'shareholding percentages with an unquantified remainder; sum below 100', [NEG('equity', 'stakes')]


@style('pct', 'neg_rate_alone', _kind='neg')
def pn_alone(g, lab):
    t = rtopic(g)
    p = g.ch(['100', str(_pctv(g, 90, 99.9)), str(_pctv(g, 80, 99.9, 2))])
    body = f"{t['r']}{verbr(g)}{p}%，{g.ch(['满意度', '群众评价满意率'])}{_pctv(g, 90, 99.9)}%，{g.ch(['工作成效明显。', '获上级通报表扬。'])}"
    return g.wrap(body, t['orgf']), 'rates given without their counts', [NEG('rate_alone', 'no counts', p)]


@style('pct', 'neg_growth_without_base', _kind='neg')
def pn_nobase(g, lab):
    v = num(g.ri(1000, 900000), 1)
    p = _pctv(g, -15, 30)
    ind = g.ch(['规模以上工业总产值', '社会消费品零售总额', '限上消费品零售额', '建筑业总产值'])
    body = f"完成{ind}{v}万元，同比{'增长' if p >= 0 else '下降'}{abs(p)}%。"
    return g.wrap(body, g.place() + '统计局'), 'growth with only the current value: base unknown, not checkable', [NEG('no_base', 'one value', v)]


@style('pct', 'neg_percent_ranges', _kind='neg')
def pn_ranges(g, lab):
    a = g.ri(2, 10)
    body = g.ch([f"各项指标增幅预计在{a}%—{a + g.ri(2, 6)}%之间。",
                 f"对超过{g.ri(10, 30)}%的部分按{g.ri(50, 80)}%给予补助，单户最高不超过{g.ri(2, 10)}万元。",
                 f"物价涨幅控制在{g.ch(['2', '3', '3.5'])}%左右。"])
    return g.wrap(body, g.place() + '发展和改革局'), 'percentage ranges and policy parameters', [NEG('pct_range', 'range')]


@style('pct', 'neg_plan_progress_time', _kind='neg')
def pn_progress(g, lab):
    body = g.ch([f"全年计划投资{g.ri(3, 30)}亿元，目前已完成时序进度的{g.ri(95, 120)}%。",
                 f"截至{g.ri(6, 11)}月底，{g.ri(20, 60)}个重点项目形象进度平均达{g.ri(60, 95)}%。",
                 f"主体工程已完成{g.ri(30, 95)}%，预计{g.year() + 1}年{g.ri(1, 12)}月建成投用。"])
    return g.wrap(body, g.place() + '发展和改革局'), 'progress percentages without stated part and whole', [NEG('progress', 'unquantified')]


@style('pct', 'neg_structure_ratio_colon', _kind='neg')
def pn_colon(g, lab):
    a, b = g.ri(5, 15), g.ri(30, 48)
    c = 100 - a - b + g.ch([-1, 0, 1])
    body = f"三次产业结构由上年的{a + 1}:{b - 1}:{100 - a - b}调整为{a}:{b}:{c}。"
    return g.wrap(body, g.place() + '统计局'), 'structure ratio with colons, sum within rounding of 100 and no % sign', [NEG('ratio', 'colon ratio')]


# ---------------------------------------------------------------------- more pct styles
@style('pct', 'rate_slash_fraction')
def p_slash(g, lab):
    t = rtopic(g)
    W, P = rvals(g, t)
    st, desc = mk_rate(g, lab, P, W, pd(g))
    body = f"{t['p']}{P}/{W}{t['u']}，{t['r']}{st}%。"
    return g.wrap(body, t['orgf']), 'counts written as a/b: ' + desc, [dict(rel='rate', part=str(P), whole=str(W), pct=str(st))]


@style('pct', 'women_share_staff')
def p_women(g, lab):
    W = g.ri(40, 9000)
    a = W * g.ri(250, 700) // 1000
    st, desc = mk_rate(g, lab, a, W, g.ch([1, 2]))
    who = g.ch(['在职干部职工', '新招录事业单位工作人员', '专任教师', '注册志愿者'])
    body = f"全{g.ch('县区市')}现有{who}{W}人，其中女性{a}人，占{st}%。"
    return g.wrap(body, g.place() + '人力资源和社会保障局'), 'female share: ' + desc, [dict(rel='rate', part=str(a), whole=str(W), pct=str(st))]


@style('pct', 'rate_ledger_lines')
def p_ledger(g, lab):
    W = g.ri(30, 900)
    P = W - g.ri(0, W // 12)
    st, desc = mk_rate(g, lab, P, W, g.ch([1, 2]))
    v = g.ch(VILLAGES)
    lines = [f"{v}村{g.ch(['疫苗接种', '医保参保', '家庭医生签约'])}情况登记表", f"应完成人数：{W}人", f"已完成人数：{P}人",
             f"完成率：{st}%", f"登记人：{g.ch(['张', '李', '刘', '陈'])}某某"]
    return lines, 'ledger lines with a rate: ' + desc, [dict(rel='rate', part=str(P), whole=str(W), pct=str(st))]


@style('pct', 'segment_revenue_share')
def p_segshare(g, lab):
    W = g.ri(1000, 90000)
    a = W * g.ri(100, 700) // 1000
    st, desc = mk_rate(g, lab, a, W, 2)
    seg = g.ch(['新能源业务', '海外业务', '服务类业务', '核心零部件业务'])
    body = f"报告期内，公司实现营业收入{num(W, 2)}亿元，其中{seg}收入{num(a, 2)}亿元，占营业收入的比例为{st}%。"
    return g.wrap(body, g.company()), 'segment share in annual report: ' + desc, \
        [dict(rel='rate', part=num(a, 2), whole=num(W, 2), pct=str(st))]


@style('pct', 'growth_two_indicators')
def p_g2(g, lab):
    bad = g.ri(0, 1) if lab == 'inconsistent' else -1
    inds = g.sample([('出口', '亿元'), ('进口', '亿元'), ('外贸进出口', '亿元'), ('实际利用外资', '亿美元')], 2)
    segs, checks, dd = [], [], ''
    for i, (ind, u) in enumerate(inds):
        A = g.ri(100, 90000)
        B = A * g.ri(850, 1300) // 1000
        if B == A:
            B += 7
        st, desc = mk_growth(g, 'inconsistent' if i == bad else 'consistent', A, B, 1)
        if i == bad:
            dd = f'{ind}: {desc}'
        w = '增长' if st > 0 else '下降'
        segs.append(f"{ind}{num(B, 2)}{u}，上年同期{num(A, 2)}{u}，{w}{abs(st)}%")
        checks.append(dict(rel='growth', dir='up' if st > 0 else 'down', frm=num(A, 2), to=num(B, 2), pct=str(abs(st))))
    body = '；'.join(segs) + '。'
    return g.wrap(body, g.place() + '商务局'), 'two growth statements; ' + ('both hold' if lab == 'consistent' else dd), checks


@style('pct', 'growth_per_capita_income')
def p_income(g, lab):
    A = g.ri(12000, 60000)
    B = A * g.ri(1030, 1110) // 1000
    st, desc = mk_growth(g, lab, A, B, 1)
    who = g.ch(['农村常住居民', '城镇常住居民', '脱贫人口'])
    body = f"{who}人均可支配收入由上年的{num(A, 0, 's')}元增加到{num(B, 0, 's')}元，增长{st}%。"
    return g.wrap(body, g.place() + '统计局'), 'income growth: ' + desc, \
        [dict(rel='growth', dir='up', frm=num(A, 0, 's'), to=num(B, 0, 's'), pct=str(st))]


@style('pct', 'rate_hundred_percent_claim')
def p_hundred(g, lab):
    t = rtopic(g)
    W = g.ri(8, 400)
    if lab == 'consistent':
        P = W
        desc = f'{P}/{W} = 100%'
    else:
        P = W - g.ri(1, max(1, W // 20)) if W > 40 else W - 1
        P = min(P, int(W * D('0.994')))
        desc = f'{P}/{W} = {D(P) / W * 100:.3f}% but stated 100%'
    body = f"{t['w']}{W}{t['u']}，{t['p']}{P}{t['u']}，{t['r']}{g.ch(['', '达', '达到'])}100%。"
    return g.wrap(body, t['orgf']), '100% claim: ' + desc, [dict(rel='rate', part=str(P), whole=str(W), pct='100')]


@style('pct', 'rate_half_up_boundary')
def p_halfup(g, lab):
    for _ in range(2000):
        W = g.ch([200, 400, 800, 1600, 2000, 4000, 8000])
        P = g.ri(W * 8 // 10, W - 1)
        true = D(P) / W * 100
        s_ = f'{true.normalize():f}'
        if '.' in s_ and s_.endswith('5') and len(s_.split('.')[1]) <= 3:
            d = len(s_.split('.')[1]) - 1
            break
    st, desc = mk_rate(g, lab, P, W, d)
    body = f"{g.ch(['受理群众诉求', '受理投诉举报', '接收网格事件'])}{W}件，按时办结{P}件，按时办结率{st}%。"
    return g.wrap(body, g.place() + '政务服务中心'), f'exact half at the next decimal, round half up (true {true}): ' + desc, \
        [dict(rel='rate', part=str(P), whole=str(W), pct=str(st))]


@style('pct', 'neg_percentile_rank', _kind='neg')
def pn_percentile(g, lab):
    body = g.ch([f"考核结果位列全省前{g.ri(5, 30)}%，获评“优秀”等次。", f"{g.ri(2, 9)}家企业入围全国同行业前10%。",
                 f"学校学业水平测试成绩进入全市前{g.ri(10, 25)}%。"])
    return g.wrap(body, g.place() + '人民政府'), 'percentile ranks, no part and whole', [NEG('percentile', 'rank band')]


@style('pct', 'neg_concentration_labels', _kind='neg')
def pn_conc(g, lab):
    body = g.ch(["储备5%葡萄糖注射液和0.9%氯化钠注射液各200箱。", "查扣标注“含量≥99.5%”的工业酒精12桶。",
                 f"配发84消毒液（有效氯含量{g.ri(4, 6)}%）{g.ri(50, 300)}瓶。", "抽检的37%酒精度白酒均符合标准。"])
    return g.wrap(body, g.place() + '市场监督管理局'), 'concentrations that are part of product names', [NEG('concentration', 'product spec')]


# ========================================================================================
# VERIFY (independent re-reading of the surfaces; does not use the renderer above)
# ========================================================================================
V_FW = str.maketrans('０１２３４５６７８９．，－', '0123456789.,-')
V_CN = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
V_UNIT = {'十': 10, '百': 100, '千': 1000}
MALF_RES = [re.compile(x) for x in (
    r'[0-9０-９][ \u3000]+[%％]',
    r'[xX×]+(?:\.[xX]+)?[%％]',
    r'(?<![0-9０-９.．%％])[%％][0-9０-９]',
    r'[%％]{2,}',
    r'[0-9０-９][.．]{2,}[0-9０-９]',
    r'[0-9]\.[0-9]+\.[%％]',
    r'[0-9０-９]。[0-9０-９]+[%％]',
    r'百分之[0-9０-９.．]+[%％]',
    r'[0-9０-９][.．][%％]',
    r'[0-9０-９][.．][ \u3000]+[0-9０-９]+[%％]',
)]


def v_cn(t):
    """Chinese numeral -> (Decimal, decimals)."""
    dec = 0
    frac = D(0)
    if '点' in t:
        t, fp = t.split('点')
        dec = len(fp)
        frac = D('0.' + ''.join(str(V_CN[c]) for c in fp))
    total, section, digit = 0, 0, 0
    for c in t:
        if c in V_CN:
            digit = V_CN[c]
        elif c in V_UNIT:
            section += (digit if digit or section else 1) * V_UNIT[c] if c != '十' else (digit or 1) * 10
            digit = 0
        elif c == '万':
            total += (section + digit) * 10000
            section = digit = 0
        elif c == '亿':
            total = (total + section + digit) * 10 ** 8
            section = digit = 0
        else:
            raise ValueError(f'bad Chinese numeral {t!r}')
    return D(total + section + digit) + frac, dec


def v_num(s):
    """surface -> (Decimal value, number of decimals shown)."""
    t = s.translate(V_FW).replace(',', '').replace('，', '').replace(' ', '').replace('\u3000', '')
    mult = D(1)
    while t and t[-1] in '万亿' and re.search(r'[0-9]', t):
        mult *= D(10000) if t[-1] == '万' else D(10 ** 8)
        t = t[:-1]
    if re.fullmatch(r'-?[0-9]+(\.[0-9]+)?', t):
        dec = len(t.split('.')[1]) if '.' in t else 0
        return D(t) * mult, dec
    v, dec = v_cn(t)
    return v * mult, dec


def v_round(x, d, mode=ROUND_HALF_UP):
    return x.quantize(D(1).scaleb(-d), rounding=mode)


SURF_KEYS = ('total', 'parts', 'a', 'b', 'c', 'frm', 'to', 'delta', 'part', 'whole', 'pct', 'pcts', 'n', 'items',
             'start', 'adds', 'subs', 'end', 'count', 'avg', 'surface', 'nums', 'pp', 'part_complement', 'part_sum')


CN_CHARS = '零〇一二两三四五六七八九十百千万亿点'


def v_present(v, text, plain=False):
    """surface occurs in text as a whole number (not glued to further digits)."""
    if plain:
        return v in text
    if v[0] in CN_CHARS:
        rx = f'(?<![{CN_CHARS}]){re.escape(v)}(?![{CN_CHARS[:-1]}]|点[零〇一二三四五六七八九])'
    else:
        rx = f'(?<![0-9０-９.．]){re.escape(v)}(?![0-9０-９]|[.．][0-9０-９])'
    return re.search(rx, text) is not None


def v_check(c, text):
    """returns (result, problems): result True/False for checkable relations, None for negatives."""
    probs = []
    for k in SURF_KEYS:
        if k in c:
            vals = c[k] if isinstance(c[k], list) else [c[k]]
            for v in vals:
                if not isinstance(v, str) or not v_present(v, text, k in ('items', 'surface')):
                    probs.append(f'surface {k}={v!r} not found in text')
    if probs:
        return None, probs
    r = c.get('rel')
    V = lambda s: v_num(s)[0]
    try:
        if r == 'sum':
            return V(c['total']) == sum(V(x) for x in c['parts']), probs
        if r == 'diff':
            return V(c['a']) - V(c['b']) == V(c['c']), probs
        if r == 'change':
            dlt = V(c['to']) - V(c['frm']) if c['dir'] == 'up' else V(c['frm']) - V(c['to'])
            return dlt == V(c['delta']), probs
        if r == 'balance':
            return V(c['start']) + sum(V(x) for x in c['adds']) - sum(V(x) for x in c['subs']) == V(c['end']), probs
        if r == 'avg':
            a, d = v_num(c['avg'])
            return v_round(V(c['total']) / V(c['count']), d) == a, probs
        if r == 'product':
            return V(c['a']) * V(c['b']) == V(c['c']), probs
        if r == 'count':
            return int(V(c['n'])) == len(c['items']), probs
        if r == 'rate':
            whole = V(c['whole'])
            if 'part' in c:
                part = V(c['part'])
            elif 'part_complement' in c:
                part = whole - V(c['part_complement'])
            else:
                part = sum(V(x) for x in c['part_sum'])
            p, d = v_num(c['pct'])
            true = part / whole * D(c.get('scale', '100'))
            ok = v_round(true, d) == p
            if c.get('approx') == 'trunc':
                ok = ok or v_round(true, d, ROUND_DOWN) == p
            return ok, probs
        if r == 'growth':
            f, t_ = V(c['frm']), V(c['to'])
            p, d = v_num(c['pct'])
            g_ = (t_ - f) / f * 100
            if c['dir'] == 'down':
                g_ = -g_
            return v_round(g_, d) == p, probs
        if r == 'pp':
            diff = V(c['to']) - V(c['frm'])
            if c['dir'] == 'down':
                diff = -diff
            return diff == V(c['pp']), probs
        if r == 'share_sum':
            vs = [v_num(x) for x in c['pcts']]
            s = sum(v for v, _ in vs)
            dmax = max(d for _, d in vs)
            tol = D(len(vs)) * D('0.5') * D(1).scaleb(-dmax)
            if c['exhaustive']:
                return abs(s - 100) <= tol, probs
            return s <= 100 + tol, probs
        if r == 'malformed':
            if not any(rx.search(c['surface']) for rx in MALF_RES):
                probs.append(f'malformed surface {c["surface"]!r} not recognised as malformed')
            return False, probs
        if r == 'neg':
            return None, probs
    except Exception as e:  # noqa
        probs.append(f'check {r} failed to evaluate: {e!r}')
        return None, probs
    probs.append(f'unknown rel {r!r}')
    return None, probs


ID_RE = re.compile(r'^n16-(totals|pct)-\d{6}$')


def v_record(rec):
    probs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'note', 'checks'):
        if k not in rec:
            probs.append(f'missing field {k}')
    if probs:
        return probs
    if not ID_RE.match(rec['id']) or rec['id'].split('-')[1] != rec['family']:
        probs.append('bad id')
    if rec['family'] not in ('totals', 'pct'):
        probs.append('bad family')
    if rec['label'] not in ('consistent', 'inconsistent', 'negative'):
        probs.append('bad label')
    if not re.fullmatch(r'[a-z0-9_]+', rec['style']):
        probs.append('bad style name')
    text = rec['text']
    nl = len(text.split('\n'))
    if not (1 <= nl <= 8) or not text.strip():
        probs.append(f'text has {nl} lines')
    if not rec['note'] or '\n' in rec['note']:
        probs.append('bad note')
    if not isinstance(rec['checks'], list) or not rec['checks']:
        return probs + ['no checks']
    res = []
    for c in rec['checks']:
        r, p = v_check(c, text)
        probs += p
        res.append((c.get('rel'), r))
    checkable = [r for rel, r in res if rel != 'neg']
    malf_in_text = any(rx.search(text) for rx in MALF_RES)
    lab = rec['label']
    if lab == 'consistent':
        if not checkable or not all(r is True for r in checkable):
            probs.append(f'consistent but results {res}')
        if malf_in_text:
            probs.append('consistent text contains a malformed percentage')
    elif lab == 'inconsistent':
        if sum(1 for r in checkable if r is False) != 1 or any(r is None for r in checkable):
            probs.append(f'inconsistent needs exactly one failing check, got {res}')
        has_malf_check = any(rel == 'malformed' for rel, _ in res)
        if malf_in_text and not has_malf_check:
            probs.append('malformed percentage in text but the failing check is another one')
    else:
        if checkable:
            probs.append(f'negative record carries checkable relations {res}')
        if malf_in_text:
            probs.append('negative text contains a malformed percentage')
    return probs


def verify_files(paths):
    bad = 0
    for path in paths:
        seen_id, seen_text, n = set(), set(), 0
        cnt = {}
        with open(path, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    rec = json.loads(line)
                except Exception as e:  # noqa
                    print(f'{path}:{ln}: bad JSON {e}')
                    bad += 1
                    continue
                n += 1
                probs = v_record(rec)
                if rec.get('id') in seen_id:
                    probs.append('duplicate id')
                if rec.get('text') in seen_text:
                    probs.append('duplicate text')
                seen_id.add(rec.get('id'))
                seen_text.add(rec.get('text'))
                key = (rec.get('family'), rec.get('label'))
                cnt[key] = cnt.get(key, 0) + 1
                for p in probs:
                    print(f'{path}:{ln}: {rec.get("id")} [{rec.get("style")}]: {p}')
                bad += bool(probs)
        print(f'{path}: {n} records, {bad} with problems so far; ' +
              ', '.join(f'{f}/{l}={v}' for (f, l), v in sorted(cnt.items())))
    return bad


# ========================================================================================
# generation
# ========================================================================================
def generate(seed):
    out = {'totals': [], 'pct': []}
    seen = set()
    retries = 0
    for st in STYLES:
        rng = random.Random(f'numbers16:{seed}:{st["name"]}')
        g = G(rng)
        if st['kind'] == 'neg':
            n = rng.randint(15, 16) if st['family'] == 'totals' else rng.randint(16, 18)
            labels = ['negative'] * n
        else:
            n = rng.randint(15, 18) if st['family'] == 'totals' else rng.randint(16, 19)
            labels = ['consistent', 'inconsistent'] * (n // 2) + ([rng.choice(['consistent', 'inconsistent'])] if n % 2 else [])
            rng.shuffle(labels)
        for lab in labels:
            for attempt in range(60):
                g.Y = rng.choice(YEARS)
                lines, note, checks = st['fn'](g, lab, **st['kw'])
                text = '\n'.join(lines)
                rec = dict(id='n16-x-000000', family=st['family'], style=st['name'], label=lab, text=text,
                           note=note, checks=checks)
                tmp = dict(rec, id=f'n16-{st["family"]}-000000')
                if text in seen or v_record(tmp):
                    retries += 1
                    continue
                seen.add(text)
                out[st['family']].append(rec)
                break
            else:
                raise RuntimeError(f'style {st["name"]} could not produce a valid {lab} record: {v_record(tmp)}')
    recs = []
    for fam in ('totals', 'pct'):
        for i, r in enumerate(out[fam], 1):
            r['id'] = f'n16-{fam}-{i:06d}'
            recs.append(r)
    return recs, retries


def style_table(path):
    rows = {}
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            r = json.loads(line)
            d = rows.setdefault(r['style'], dict(family=r['family'], c=0, i=0, n=0, ex=None))
            d[{'consistent': 'c', 'inconsistent': 'i', 'negative': 'n'}[r['label']]] += 1
            if d['ex'] is None or (r['label'] == 'consistent' and d['ex'][0] != 'consistent'):
                d['ex'] = (r['label'], r['text'])
    out = ['| style | family | consistent | inconsistent | negative | example |', '|---|---|---|---|---|---|']
    for name, d in rows.items():
        ex = d['ex'][1].replace('\n', ' ⏎ ').replace('|', '\\|')
        if len(ex) > 90:
            ex = ex[:90] + '…'
        out.append(f"| {name} | {d['family']} | {d['c']} | {d['i']} | {d['n']} | {ex} |")
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    ap.add_argument('--style-table', metavar='FILE')
    a = ap.parse_args()
    if a.verify:
        bad = verify_files(a.verify)
        print('OK' if not bad else f'FAILED: {bad} records with problems')
        sys.exit(1 if bad else 0)
    if a.style_table:
        print(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required for generation')
    names = [s['name'] for s in STYLES]
    assert len(names) == len(set(names)), 'duplicate style names'
    recs, retries = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    fam = {}
    for r in recs:
        fam.setdefault(r['family'], {}).setdefault(r['label'], 0)
        fam[r['family']][r['label']] += 1
    print(f'wrote {len(recs)} records, {len(STYLES)} styles, {retries} regenerations: {fam}', file=sys.stderr)


if __name__ == '__main__':
    main()
