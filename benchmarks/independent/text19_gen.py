#!/usr/bin/env python3
"""text19_gen.py - held-out test collection (set 19) for a placeholder / mojibake auditor
of Chinese report text.  Python 3.11, standard library only.

  python3 text19_gen.py --seed N --out FILE      generate (deterministic per seed)
  python3 text19_gen.py --verify FILE [FILE...]  check labels and spans, exit 1 on any problem
  python3 text19_gen.py --style-table FILE       Markdown table of styles (counts + one example)

Every record is built from segments: clean text and flagged stretches.  Placeholder stretches
are produced by mask "policies" applied to value slots of document templates; mojibake stretches
are produced by running clean text through real codecs (str.encode / bytes.decode with error
handlers), urllib/quopri/base64/json/html functions, so the damage is what real tools make.
For mojibake records the note ends with `clean=[...]`: the clean text of every span, in order,
which --verify uses to check that each damaged span differs from its clean text.
"""
import argparse, base64, codecs, html, html.entities, json, quopri, random, re, sys, urllib.parse
from email.header import Header

# ---------------------------------------------------------------- codec helpers
def _qmark(err):
    return ('?', err.end)
def _hexref(err):
    s = err.object[err.start:err.end]
    return (''.join('&#x%X;' % ord(c) for c in s), err.end)
codecs.register_error('t19qmark', _qmark)
codecs.register_error('t19hexref', _hexref)

def sloppy(b, enc='cp1252'):
    """decode bytes with a single-byte code page; bytes the code page leaves undefined
    fall back to Latin-1 (what browsers / ftfy's 'sloppy' codecs do)."""
    out = []
    for x in b:
        try:
            out.append(bytes([x]).decode(enc))
        except UnicodeDecodeError:
            out.append(bytes([x]).decode('latin-1'))
    return ''.join(out)

def nonul(s):
    return s.replace('\x00', '')

CJK = re.compile(r'[\u4e00-\u9fff]')

# ---------------------------------------------------------------- vocabulary (invented)
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIV = "文杰明华建国丽娟敏静伟强磊军洋勇艳涛超秀英霞平刚桂兰芳玉梅海燕晓东宇航子涵欣怡浩然思远佳琪俊雅雪瑶晨曦振志嘉凯鑫蕾颖婷瑞丹昊博远翔宏亮春秋冬松柏青红"
PL1 = ["青禾", "柳湾", "石岭", "云溪", "东岸", "南坪", "桐林", "白沙", "凤鸣", "金塘", "清河", "双桥", "梨园", "龙潭",
       "松岗", "永丰", "新民", "长乐", "安宁", "兴隆", "枫桥", "杏坛", "茶山", "河口", "湖滨", "苇塘", "栗坪", "樟坑",
       "竹溪", "槐荫", "榆林铺", "鹿鸣", "溪头", "沙湾", "芦洲", "北汊", "望江", "岚山", "平湖", "桃源"]
CO1 = ["恒达", "宏远", "鼎盛", "华信", "瑞丰", "嘉禾", "博远", "启航", "众诚", "金穗", "天润", "立新", "同舟", "星辰",
       "川恒", "聚源", "丰泽", "禾田", "蓝湾", "正和", "安泰", "隆昌", "云帆", "景行"]
CO2 = ["科技", "建材", "物流", "食品", "农业", "电子", "建设工程", "环保", "医药", "纺织", "商贸", "物业服务", "水务", "餐饮管理"]
CO3 = ["有限公司", "股份有限公司", "有限责任公司", "专业合作社"]
ROADS = ["人民", "建设", "解放", "滨江", "迎宾", "文化", "新华", "朝阳", "工业", "学府", "和平", "光明"]

def person(r):
    return r.choice(SURN) + ''.join(r.choice(GIV) for _ in range(r.choice((1, 2, 2))))
def placename(r):
    return r.choice(PL1)
def orgname(r):
    return r.choice(PL1[:20]) * 0 + r.choice(CO1) + r.choice(CO2), r.choice(CO3)
def idno(r):
    area = r.choice(["110105", "320582", "440306", "510107", "370102", "420111", "330106", "610113"])
    y = r.randint(1955, 2004); m = r.randint(1, 12); d = r.randint(1, 28)
    body = "%s%04d%02d%02d%03d" % (area, y, m, d, r.randint(1, 999))
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w)) % 11
    return body + "10X98765432"[s]
def phone(r):
    return r.choice(["138", "139", "151", "186", "177", "135", "159", "199"]) + "%08d" % r.randint(0, 99999999)
def landline(r):
    return r.choice(["0571", "0755", "028", "0731", "0371", "0851", "0913"]) + "-" + "%07d" % r.randint(2000000, 8999999)
def credit_code(r):
    al = "0123456789ABCDEFGHJKLMNPQRTUWY"
    return "91" + "%06d" % r.randint(110000, 659999) + ''.join(r.choice(al) for _ in range(10))

def rdate(r, y=None):
    y = y or r.choice([2021, 2022, 2023, 2024])
    return y, r.randint(1, 12), r.randint(1, 28)

# ---------------------------------------------------------------- slots
SLOT = re.compile(r'⟨(\w+)(?::([^⟨⟩]*))?⟩')

def clean_value(r, kind, arg):
    """returns (pre, core, suf): the core is what a mask replaces."""
    a = arg or ''
    if kind == 'n':
        unit, _, rng = a.partition('|')
        lo, hi = (int(x) for x in (rng or '3-900').split('-'))
        return '', str(r.randint(lo, hi)), unit
    if kind == 'money':
        unit = a or '万元'
        v = r.uniform(3, 9000) if unit == '万元' else (r.uniform(0.2, 60) if unit == '亿元' else r.uniform(80, 98000))
        return '', ('%.2f' % v if r.random() < 0.6 else '%d' % v), unit
    if kind == 'pct':
        return '', ('%.1f' % r.uniform(0.5, 99) if r.random() < 0.6 else '%d' % r.randint(1, 100)), '%'
    if kind == 'date':
        y, m, d = rdate(r, int(a) if a else None)
        return '', '%d年%d月%d日' % (y, m, d), ''
    if kind == 'ymd':
        y, m, d = rdate(r)
        return '', '%d-%02d-%02d' % (y, m, d), ''
    if kind == 'md':
        _, m, d = rdate(r)
        return '', '%d月%d日' % (m, d), ''
    if kind == 'ym':
        y, m, _ = rdate(r)
        return '', '%d年%d月' % (y, m), ''
    if kind == 'time':
        return '', '%d:%02d' % (r.randint(8, 17), r.choice([0, 0, 30, 15])), ''
    if kind == 'place':
        return '', placename(r), a or r.choice(['镇', '街道', '村', '社区', '乡'])
    if kind == 'org':
        core, suf = orgname(r)
        return '', core, suf
    if kind == 'person':
        return '', person(r), ''
    if kind == 'tperson':
        return '', r.choice("王李張陳林黃吳周徐孫馬朱胡郭何高羅鄭謝宋唐許韓馮鄧曹彭曾蕭田董潘蔡") + ''.join(r.choice("志明俊傑淑芬美玲家豪怡君冠宇雅婷建宏") for _ in range(2)), ''
    if kind == 'phone':
        return '', phone(r), ''
    if kind == 'tel':
        return '', landline(r), ''
    if kind == 'idno':
        return '', idno(r), ''
    if kind == 'bank':
        return '', '6222' + ''.join(str(r.randint(0, 9)) for _ in range(15)), ''
    if kind == 'code':
        return '', credit_code(r), ''
    if kind == 'addr':
        return '', '%s路%d号' % (r.choice(ROADS), r.randint(1, 388)), ''
    if kind == 'model':
        return '', '%s-%d%s' % (r.choice(['HX', 'KT', 'ZR', 'LQ', 'MB']), r.randint(100, 980), r.choice(['', 'A', 'B', 'Pro'])), ''
    if kind == 'examno':
        return '', '%d%08d' % (r.choice([23, 24]), r.randint(0, 99999999)), ''
    if kind == 'score':
        return '', str(r.randint(45, 148)), a
    if kind == 'room':
        return '', '%d栋%d单元%d室' % (r.randint(1, 32), r.randint(1, 4), r.randint(101, 2804)), ''
    if kind == 'plate':
        return '', '%s%s·%s' % (r.choice("粤浙苏川鄂湘豫"), r.choice("ABCDE"), ''.join(r.choice("0123456789ABCDEFGHJK") for _ in range(5))), ''
    if kind == 'email':
        return '', '%s%d@%s.com' % (r.choice(['hr', 'office', 'zhaopin', 'service', 'info']), r.randint(1, 99), r.choice(['hengda-tech', 'jiahe-food', 'ruifeng', 'xingchen'])), ''
    if kind == 'dec':      # decimal number without unit
        lo, hi = (int(x) for x in (a or '1-999').split('-'))
        return '', '%.2f' % r.uniform(lo, hi), ''
    if kind == 'num':      # plain number without unit
        lo, hi = (int(x) for x in (a or '1-99').split('-'))
        return '', str(r.randint(lo, hi)), ''
    if kind == 'year':
        return '', str(r.choice([2021, 2022, 2023, 2024])), a
    raise KeyError(kind)

FIELD = {  # template field names per slot kind: (english, chinese)
    'n': ('count', '数量'), 'dec': ('value', '数值'), 'money': ('amount', '金额'), 'pct': ('rate', '比例'), 'date': ('date', '日期'),
    'ymd': ('date', '日期'), 'md': ('date', '日期'), 'ym': ('month', '年月'), 'time': ('time', '时间'),
    'place': ('town', '乡镇名称'), 'org': ('company', '单位名称'), 'person': ('name', '姓名'), 'phone': ('mobile', '联系电话'),
    'tel': ('tel', '联系电话'), 'idno': ('id_card', '身份证号'), 'bank': ('account', '银行账号'), 'code': ('uscc', '统一社会信用代码'),
    'addr': ('address', '地址'), 'model': ('model', '型号'), 'examno': ('exam_no', '准考证号'), 'score': ('score', '成绩'),
    'room': ('room', '房号'), 'tperson': ('name', '姓名'), 'plate': ('plate', '车牌号'), 'email': ('email', '邮箱'), 'num': ('num', '编号'), 'year': ('year', '年份'),
}

def xs(r, n, ch='x'):
    return ch * n

def mask_x(r, kind, pre, core, suf, ch):
    """lower/upper/full-width x masks. returns list of (text, flag) or None"""
    X = ch
    if kind in ('n', 'num', 'score'):
        return [(X * r.choice((1, 2, 2, 3, 3, 4)), 1), (suf, 0)]
    if kind == 'dec':
        return [(r.choice([X * 2 + '.' + X * 2, X * 3 + '.' + X * 2, X + '.' + X * 2]), 1)]
    if kind == 'money':
        return [(r.choice([X * 2 + '.' + X * 2, X * 3, X * 2, X + ',' + X * 3 + '.' + X * 2, X * 4]), 1), (suf, 0)]
    if kind == 'pct':
        return [(r.choice([X * 2, X * 3, X * 2 + '.' + X, X + '.' + X]) + '%', 1)]
    if kind == 'date':
        y = core[:4]
        return [(r.choice([y + '年' + X + '月' + X * 2 + '日', '20' + X * 2 + '年' + X * 2 + '月' + X * 2 + '日',
                           X * 4 + '年' + X * 2 + '月' + X * 2 + '日', y + '年' + X * 2 + '月' + X * 2 + '-' + X * 2 + '日']), 1)]
    if kind == 'ymd':
        return [(r.choice(['20' + X * 2 + '-' + X * 2 + '-' + X * 2, X * 4 + '-' + X * 2 + '-' + X * 2]), 1)]
    if kind == 'md':
        return [(r.choice([X + '月' + X * 2 + '日', X * 2 + '月' + X * 2 + '日', X + '月' + X + '日']), 1)]
    if kind == 'ym':
        return [(r.choice([core[:5] + X * 2 + '月', '20' + X * 2 + '年' + X + '月']), 1)]
    if kind == 'time':
        return [(X * 2 + ':' + X * 2, 1)]
    if kind == 'year':
        return [('20' + X * 2, 1), (suf, 0)]
    if kind == 'place':
        return [(X * r.choice((2, 2, 3)), 1), (suf, 0)]
    if kind == 'org':
        return [(X * r.choice((2, 3, 4)), 1), (r.choice([suf, '公司', suf]), 0)]
    if kind == 'person':
        return [(X * r.choice((2, 3, 3)), 1)]
    if kind == 'phone':
        return [(core[:3] + X * 8, 1)] if r.random() < 0.5 else [(X * 11, 1)]
    if kind == 'tel':
        return [(core.split('-')[0] + '-' + X * 7, 1)]
    if kind in ('idno', 'bank', 'code', 'examno'):
        return [(core[:r.choice((0, 2, 6))] + X * (len(core) - 6) + core[-4:] if r.random() < 0.5 else X * len(core), 1)]
    if kind == 'addr':
        return [(X * 2 + '路' + X * 2 + '号', 1)]
    if kind == 'model':
        return [(X * 2 + '-' + X * 3, 1)]
    if kind == 'room':
        return [(X * 2 + '栋' + X + '单元' + X * 3 + '室', 1)]
    if kind == 'plate':
        return [(core[:2] + '·' + X * 5, 1)]
    if kind == 'email':
        return [(X * 3 + '@' + X * 3 + '.com', 1)]
    return None

def mask_cross(r, kind, pre, core, suf, ch='×'):
    if kind in ('person',):
        return [(ch * r.choice((2, 3, 3)), 1)] if r.random() < 0.7 else [(core[0] + ch * 2, 1)]
    if kind in ('place', 'org'):
        return [(ch * r.choice((2, 3, 4)), 1), (suf, 0)]
    if kind in ('n', 'num', 'money', 'score', 'dec'):
        return [(ch * r.choice((2, 3)), 1), (suf, 0)]
    if kind == 'pct':
        return [(ch * 2 + '%', 1)]
    if kind == 'date':
        return [(r.choice([core[:5] + ch * 2 + '月' + ch * 2 + '日', ch * 4 + '年' + ch * 2 + '月' + ch * 2 + '日']), 1)]
    if kind == 'md':
        return [(ch + '月' + ch * 2 + '日', 1)]
    if kind == 'addr':
        return [(ch * 2 + '路' + ch * 2 + '号', 1)]
    return None

def mask_mou(r, kind, pre, core, suf):
    if kind == 'person':
        return [(core[0] + r.choice(['某', '某', '某某']), 1)] if r.random() < 0.85 else [('某' + r.choice('甲乙丙'), 1)]
    if kind == 'org':
        return [(r.choice(['某某', '某', '某某' + core[-2:], '某' + core[-2:]]), 1), (r.choice(['公司', suf]), 0)]
    if kind == 'place':
        return [(r.choice(['某某', '某']), 1), (suf, 0)]
    if kind == 'addr':
        return [('某某路某号', 1)]
    return None

def mask_star(r, kind, pre, core, suf):
    if kind == 'person':
        return [(core[0] + '*' * (len(core) - 1) if r.random() < 0.7 else core[0] + '**', 1)] if r.random() < 0.85 else [('*' + core[1:], 1)]
    if kind == 'phone':
        return [(core[:3] + '****' + core[-4:], 1)]
    if kind == 'tel':
        a, b = core.split('-')
        return [(a + '-' + b[:2] + '***' + b[-2:], 1)]
    if kind == 'idno':
        k = r.choice((8, 10, 11, 12))
        return [(core[:18 - k - 4] + '*' * k + core[-4:], 1)]
    if kind in ('bank',):
        return [(core[:4] + ' **** **** ' + core[-4:] if r.random() < 0.5 else core[:6] + '*' * 9 + core[-4:], 1)]
    if kind == 'examno':
        return [(core[:4] + '****' + core[-2:], 1)]
    if kind == 'plate':
        return [(core[:3] + '**' + core[-3:], 1)]
    if kind == 'email':
        return [(core[0] + '***' + core[core.index('@') - 1:], 1)]
    if kind == 'addr':
        return [('***路**号', 1)]
    if kind in ('n', 'money', 'num', 'score', 'dec'):
        return [('*' * r.choice((3, 4)), 1), (suf, 0)]
    return None

def mask_field(style):
    def f(r, kind, pre, core, suf):
        en, zh = FIELD[kind]
        if style == 'bracket':
            return [('【' + zh + '】', 1)]
        if style == 'mustache':
            return [(r.choice(['{{' + en + '}}', '{{ ' + en + ' }}', '{{' + zh + '}}']), 1)]
        if style == 'mailmerge':
            return [('«' + zh + '»', 1)]
        if style == 'dollar':
            return [(r.choice(['${' + en + '}', '$' + en.upper() + '$', '#{' + en + '}']), 1)]
        if style == 'printf':
            return [(r.choice(['%s', '{0}', '{}', '%d' if kind in ('n', 'num') else '%s']), 1)]
        if style == 'angle':
            return [(r.choice(['<' + zh + '>', '＜' + zh + '＞', '<<' + zh + '>>']), 1)]
        if style == 'square':
            return [(r.choice(['[' + zh + ']', '[请输入' + zh + ']', '[' + en.upper() + ']']), 1)]
        if style == 'fillhint':
            return [(r.choice(['（此处填写' + zh + '）', '（请填写' + zh + '）', '(此处插入' + zh + ')', '（填' + zh + '）']), 1)]
        if style == 'todo':
            if kind in ('n', 'money', 'pct', 'num', 'dec'):
                return [(r.choice(['待定', '待补充', 'TODO', 'TBD', '待核实']), 1)]
            return [(r.choice(['待定', '待补充', 'TODO', 'TBD']), 1)]
        if style == 'underline':
            if kind == 'date':
                return [(r.choice(['____年__月__日', '＿＿＿＿年＿＿月＿＿日', '______年____月____日']), 1)]
            if kind in ('n', 'money', 'score'):
                return [(r.choice(['______', '＿＿＿', '____']), 1), (suf, 0)]
            return [(r.choice(['____________', '＿＿＿＿＿＿', '__________', '＿＿＿＿']), 1)]
        if style == 'blankform':
            if kind == 'date':
                return [(r.choice(['      年    月    日', '    年  月  日']), 1)]
            return None
        if style == 'circle':
            if kind in ('place', 'org'):
                return [('○' * r.choice((2, 3)), 1), (suf, 0)]
            if kind == 'person':
                return [('○○○', 1)]
            if kind in ('n', 'num'):
                return [('○○', 1), (suf, 0)]
            if kind == 'date':
                return [(core[:5] + '○月○○日', 1)]
            return None
        raise KeyError(style)
    return f

POLICY = {
    'xx': lambda r, *a: mask_x(r, *a, ch='x'),
    'XX': lambda r, *a: mask_x(r, *a, ch='X'),
    'fullx': lambda r, *a: mask_x(r, *a, ch=r.choice('ｘＸ')),
    'cross': mask_cross,
    'mou': mask_mou,
    'star': mask_star,
}
for _s in ('bracket', 'mustache', 'mailmerge', 'dollar', 'printf', 'angle', 'square', 'fillhint', 'todo', 'underline', 'blankform', 'circle'):
    POLICY[_s] = mask_field(_s)

# ---------------------------------------------------------------- rendering
def render(r, lines, policy=None, kinds=None, rate=0.55, force=True):
    """render template lines. returns (parts, slotpos) where parts is a list of (text, flag)
    and slotpos maps kind -> [(start, end)] of the clean values (for mojibake targeting)."""
    parts, slotpos, pos = [], {}, 0
    masked_any = False
    cand = []
    for li, line in enumerate(lines):
        if li:
            parts.append(('\n', 0)); pos += 1
        last = 0
        for m in SLOT.finditer(line):
            if m.start() > last:
                parts.append((line[last:m.start()], 0)); pos += m.start() - last
            kind, arg = m.group(1), m.group(2)
            pre, core, suf = clean_value(r, kind, arg)
            segs = None
            if policy and (kinds is None or kind in kinds) and r.random() < rate:
                segs = POLICY[policy](r, kind, pre, core, suf)
            if segs is None:
                segs = [(pre + core + suf, 0)]
                if policy and (kinds is None or kind in kinds):
                    cand.append((len(parts), kind, pre, core, suf))
            else:
                masked_any = True
            start = pos
            for t, f in segs:
                if t:
                    parts.append((t, f)); pos += len(t)
            slotpos.setdefault(kind, []).append((start, pos))
            last = m.end()
        if last < len(line):
            parts.append((line[last:], 0)); pos += len(line) - last
    if policy and force and not masked_any:
        r.shuffle(cand)
        for idx, kind, pre, core, suf in cand:
            segs = POLICY[policy](r, kind, pre, core, suf)
            if segs:
                parts[idx:idx + 1] = [s for s in segs if s[0]]
                masked_any = True
                break
    return parts, slotpos, masked_any

def join_parts(parts):
    text, spans, pos = [], [], 0
    for t, f in parts:
        if f:
            if spans and spans[-1][1] == pos:
                spans[-1][1] = pos + len(t)
            else:
                spans.append([pos, pos + len(t)])
        text.append(t); pos += len(t)
    return ''.join(text), spans

def P(r, *alts):
    return r.choice(alts)

def some(r, items, k_lo, k_hi):
    k = r.randint(k_lo, min(k_hi, len(items)))
    idx = sorted(r.sample(range(len(items)), k))
    return [items[i] for i in idx]

CN_NUM = "一二三四五六七八九十"

# ---------------------------------------------------------------- document contexts (templates)
def ctx_report(r):
    pl = placename(r); suf = P(r, '镇', '街道', '乡')
    t = P(r, f'{pl}{suf}⟨year:年⟩工作总结和下一步工作计划', f'关于{pl}{suf}上半年经济社会发展情况的报告',
          f'{pl}{suf}人民政府工作报告', f'{pl}{suf}⟨year:年⟩度重点工作推进情况汇报')
    body = [
        P(r, '今年以来，在区委、区政府的坚强领导下，我{0}坚持稳中求进工作总基调，各项工作有序推进。', '一年来，我{0}紧紧围绕年初确定的目标任务，真抓实干，经济社会保持平稳健康发展。').format(suf[0]),
        '一、主要工作成效',
        P(r, '（一）经济运行稳中向好。全年完成地区生产总值⟨money:亿元⟩，同比增长⟨pct⟩；完成固定资产投资⟨money⟩，新增市场主体⟨n:户|20-900⟩。',
          '（一）经济指标稳步提升。截至⟨md⟩，完成规上工业产值⟨money:亿元⟩，同比增长⟨pct⟩，招引项目⟨n:个|2-40⟩个。'.replace('个|2-40⟩个', '个|2-40⟩')),
        P(r, '（二）民生保障持续加强。发放各类救助资金⟨money⟩，惠及困难群众⟨n:户|30-900⟩；新增城镇就业⟨n:人|100-3000⟩，城镇登记失业率控制在⟨pct⟩以内。',
          '（二）社会事业全面进步。新建改建农村公路⟨n:公里|3-60⟩，改造老旧小区⟨n:个|2-30⟩，惠及居民⟨n:户|200-5000⟩。'),
        P(r, '（三）基层治理不断夯实。排查化解矛盾纠纷⟨n:宗|20-400⟩，化解率达⟨pct⟩，⟨place:村⟩被评为市级民主法治示范村。',
          '（三）生态环境持续改善。完成植树造林⟨n:亩|50-3000⟩，整治河道⟨n:公里|2-40⟩，空气质量优良天数比例达⟨pct⟩。'),
        P(r, '（四）党的建设全面加强。开展主题党日活动⟨n:场|10-200⟩，发展党员⟨n:名|3-60⟩，整顿软弱涣散村党组织⟨n:个|1-9⟩。',
          '（四）安全生产形势平稳。开展安全检查⟨n:次|30-600⟩，整改隐患⟨n:处|20-900⟩，全年未发生较大以上安全事故。'),
        '二、存在的问题',
        P(r, '一是产业结构仍需优化，龙头企业带动作用不强；二是公共服务供给与群众期盼还有差距。', '主要是项目储备不足，财政收支矛盾较为突出，部分干部能力与新形势要求不相适应。'),
        '三、下一步工作打算',
        P(r, '我们将聚焦高质量发展，力争明年完成固定资产投资⟨money⟩，新增就业⟨n:人|100-3000⟩。', '下一步，我{0}将继续抓项目、优服务、保民生，确保全年目标任务圆满完成。'.format(suf[0])),
        P(r, f'{pl}{suf}人民政府', f'{pl}{suf}党政办公室') + P(r, '　⟨date⟩', ''),
    ]
    return [t] + body[:2] + some(r, body[2:6], 2, 4) + some(r, body[6:], 2, 5)

def ctx_summary(r):
    dept = P(r, '市卫生健康局', '县农业农村局', '区市场监督管理局', '市退役军人事务局', '县文化和旅游局', '区教育局', '市医疗保障局')
    t = P(r, f'{dept}⟨year:年⟩工作总结', f'{dept}关于⟨year:年⟩工作情况的总结', f'{dept}年度工作总结及明年工作思路')
    b = [
        '一、工作进展和成效',
        P(r, '1.扎实开展专项行动。⟨md⟩，我局印发《关于开展专项整治行动的实施方案》，共出动执法人员⟨n:人次|100-3000⟩，检查经营主体⟨n:家|50-2000⟩。',
          '1.全面落实惠民政策。全年发放补贴资金⟨money⟩，覆盖⟨n:户|100-9000⟩，资金兑付率达到⟨pct⟩。'),
        P(r, '2.持续推进项目建设。⟨place:镇⟩卫生院改扩建项目完成投资⟨money⟩，⟨place:乡⟩综合服务中心已于⟨md⟩投入使用。',
          '2.稳步推进示范创建。全县共创成省级示范点⟨n:个|1-20⟩、市级示范点⟨n:个|2-40⟩，⟨org⟩被评为省级龙头企业。'),
        P(r, '3.加强队伍建设。组织业务培训⟨n:期|2-30⟩，培训⟨n:人次|80-2000⟩，考核合格率⟨pct⟩。', '3.强化宣传引导。在各类媒体刊发稿件⟨n:篇|10-300⟩，举办宣传活动⟨n:场|5-80⟩，发放资料⟨n:份|500-20000⟩。'),
        P(r, '4.综合指数为⟨dec:60-98⟩，在全省⟨n:个|20-120⟩同类地区中排名第⟨num:1-40⟩位。', '4.群众满意度调查显示，综合满意率为⟨pct⟩，较上年提高⟨pct⟩。'),
        '二、存在的不足',
        P(r, '部分工作推进不平衡，基层力量相对薄弱，信息化水平有待提升。', '经费保障不足，专业人才缺乏，个别项目进度滞后于计划。'),
        '三、⟨year:年⟩工作思路',
        P(r, '力争完成投资⟨money⟩，新建示范点⟨n:个|2-30⟩，服务群众⟨n:人次|1000-90000⟩。', '围绕年度目标，细化任务清单，确保各项工作落地见效。'),
    ]
    return [t] + some(r, b, 5, 9)

def ctx_notice(r):
    org = P(r, '区人民政府办公室', '县住房和城乡建设局', '市人力资源和社会保障局', '镇人民政府', '街道办事处')
    t = P(r, '关于开展⟨year:年⟩度安全生产大检查的通知', '关于做好春节期间值班值守工作的通知', '关于召开第三季度重点项目推进会的通知', '关于组织申报⟨year:年⟩度专项资金的通知')
    b = [
        P(r, '各⟨place:镇⟩⟨place:街道⟩，区直各有关单位：', '各乡镇人民政府，县直各部门：', '各相关单位：'),
        P(r, '为切实做好相关工作，经研究，现将有关事项通知如下：', '根据上级工作部署，结合我区实际，现就有关事项通知如下：'),
        P(r, '一、时间：⟨date⟩（星期' + P(r, '一', '二', '三', '四', '五') + '）上午⟨time⟩。', '一、申报时间：⟨date⟩至⟨date⟩。'),
        P(r, '二、地点：⟨org⟩⟨n:楼|2-9⟩会议室。', '二、地点：区政务服务中心⟨n:号会议室|1-12⟩。', '二、申报条件：注册满⟨n:年|1-5⟩，上年度营业收入不低于⟨money⟩。'),
        P(r, '三、参会人员：各单位分管负责同志⟨n:名|1-3⟩。', '三、补助标准：按项目总投资的⟨pct⟩给予补助，单个项目最高不超过⟨money⟩。'),
        P(r, '四、联系人：⟨person⟩，联系电话：⟨tel⟩。', '四、联系人：⟨person⟩　⟨phone⟩'),
        org,
        '⟨date⟩',
    ]
    return [t] + b[:2] + some(r, b[2:6], 2, 4) + b[6:]

def ctx_contract(r):
    t = P(r, '房屋租赁合同', '劳动合同书', '农村土地承包经营权流转合同', '工程施工合同', '技术服务合同', '采购合同')
    b = [
        '甲方（出租方）：⟨org⟩', '统一社会信用代码：⟨code⟩', '乙方（承租方）：⟨person⟩', '身份证号码：⟨idno⟩', '联系电话：⟨phone⟩',
        P(r, '第一条　甲方将位于⟨place:镇⟩⟨addr⟩的房屋出租给乙方使用，建筑面积⟨n:平方米|30-900⟩。', '第一条　合同期限自⟨date⟩起至⟨date⟩止。', '第一条　流转土地位于⟨place:村⟩，面积⟨n:亩|5-600⟩，用于种植经济作物。'),
        P(r, '第二条　租金每月人民币⟨money:元⟩，乙方应于每月⟨n:日|1-28⟩前支付。', '第二条　合同总价款为人民币⟨money:元⟩，分⟨n:期|2-6⟩支付。', '第二条　流转费每亩每年⟨money:元⟩，共计⟨money:元⟩。'),
        P(r, '第三条　乙方应缴纳押金⟨money:元⟩，合同期满无违约的予以全额退还。', '第三条　任何一方违约，应向守约方支付合同总价⟨pct⟩的违约金。'),
        '甲方（盖章）：⟨org⟩　　乙方（签字）：⟨person⟩', '签订日期：⟨date⟩',
    ]
    return [t] + some(r, b[:5], 2, 5) + some(r, b[5:8], 2, 3) + b[8:]

def ctx_minutes(r):
    t = P(r, '⟨place:村⟩村民代表大会会议记录', '党支部委员会会议纪要', '⟨org⟩股东会会议纪要', '项目推进协调会会议纪要', '业主委员会会议记录')
    b = [
        '时间：⟨date⟩　⟨time⟩', '地点：⟨place:村⟩村委会会议室', '主持人：⟨person⟩　记录人：⟨person⟩',
        '参加人员：⟨person⟩、⟨person⟩、⟨person⟩、⟨person⟩等⟨n:人|5-60⟩',
        P(r, '会议议题：讨论村集体经济项目收益分配方案。', '会议议题：研究⟨place:村⟩道路硬化工程有关事宜。', '会议议题：审议年度财务收支情况。'),
        P(r, '⟨person⟩同志通报了项目进展，目前已完成投资⟨money⟩，完成进度⟨pct⟩。', '⟨person⟩发言认为，应先解决资金缺口⟨money⟩的问题，再启动二期建设。'),
        P(r, '经表决，应到⟨n:人|10-80⟩，实到⟨n:人|10-80⟩，同意⟨n:票|10-60⟩，方案获得通过。', '会议决定：由⟨person⟩牵头，于⟨md⟩前拿出具体方案。'),
        '记录人签字：⟨person⟩',
    ]
    return [t] + some(r, b, 5, 8)

def ctx_table(r):
    sep = P(r, '\t', ' | ', '  ', '，', ' ')
    rows = [P(r, '指标名称', '项目') + sep + '单位' + sep + P(r, '本期', '完成数') + sep + '同比增长']
    items = [('地区生产总值', '亿元', 'money:亿元'), ('一般公共预算收入', '万元', 'money'), ('社会消费品零售总额', '万元', 'money'),
             ('新增城镇就业', '人', 'n:|100-9000'), ('新增市场主体', '户', 'n:|50-3000'), ('粮食播种面积', '亩', 'n:|1000-90000'),
             ('农村居民人均可支配收入', '元', 'n:|9000-38000'), ('固定资产投资', '万元', 'money'), ('接待游客', '万人次', 'n:|3-900'),
             ('规上工业增加值', '亿元', 'money:亿元'), ('出生人口', '人', 'n:|100-3000'), ('城镇化率', '%', 'num:30-80')]
    for name, unit, k in some(r, items, 4, 8):
        k2 = k.replace(':亿元', ':').replace('money', 'money') if 'money' in k else k
        val = '⟨' + (k.split(':')[0] + ':' if 'money' in k else k.replace(':|', ':|').replace('n:', 'n:') ) + '⟩'
        if 'money' in k:
            val = '⟨dec:100-99999⟩'
        elif k.startswith('num'):
            val = '⟨dec:' + k[4:] + '⟩'
        else:
            val = '⟨n:' + k[2:] + '⟩'
        rows.append(name + sep + unit + sep + val + sep + '⟨pct⟩')
    t = P(r, '⟨year:年⟩' + P(r, '1-6月', '1-9月', '全年', '一季度') + '主要经济指标完成情况表', '表' + str(r.randint(1, 9)) + '　主要指标统计表')
    return [t] + rows + P(r, ['数据来源：区统计局'], ['注：增速按可比价计算。'], [])

def ctx_village(r):
    v = placename(r)
    t = P(r, f'{v}村⟨year:年⟩第' + P(r, '一', '二', '三', '四') + '季度村务公开', f'{v}村集体资金收支公示', f'{v}村低保户评议结果公示', f'{v}村脱贫户产业奖补公示')
    b = ['一、本季度村集体经济收入⟨money:元⟩，其中土地发包收入⟨money:元⟩，光伏电站收益⟨money:元⟩。',
         '二、支出⟨money:元⟩，主要用于道路维护、环境整治和办公经费。']
    for _ in range(r.randint(2, 5)):
        b.append(P(r, '⟨person⟩，⟨n:组|1-12⟩，家庭人口⟨n:人|1-7⟩，拟享受低保⟨money:元⟩/月',
                   '⟨person⟩　第⟨num:1-12⟩村民小组　种植⟨n:亩|1-30⟩　奖补⟨money:元⟩',
                   '户主：⟨person⟩　身份证：⟨idno⟩　补助金额：⟨money:元⟩'))
    b.append('公示期：⟨date⟩至⟨date⟩，如有异议请向村监委会反映，电话：⟨phone⟩。')
    b.append(f'{v}村民委员会')
    return [t] + b[:12]

def ctx_invoice(r):
    t = P(r, '增值税电子普通发票', '增值税专用发票（抵扣联）', '通用机打发票', '收款收据')
    b = ['发票代码：⟨num:100000000000-999999999999⟩　发票号码：⟨num:10000000-99999999⟩', '开票日期：⟨date⟩',
         '购买方名称：⟨org⟩', '纳税人识别号：⟨code⟩', '地址、电话：⟨place:区⟩⟨addr⟩ ⟨tel⟩', '开户行及账号：中国工商银行⟨place:支行⟩ ⟨bank⟩',
         P(r, '*餐饮服务*餐费　1　⟨money:元⟩', '*办公用品*打印纸　⟨num:2-40⟩箱　⟨money:元⟩', '*信息技术服务*软件维护费　1项　⟨money:元⟩'),
         '价税合计（小写）：¥⟨dec:100-99999⟩', '销售方名称：⟨org⟩', '收款人：⟨person⟩　复核：⟨person⟩　开票人：⟨person⟩']
    return [t] + some(r, b, 6, 10)

def ctx_insurance(r):
    t = P(r, '机动车辆保险索赔申请书', '意外伤害保险理赔申请表', '住院医疗保险理赔申请书', '农业保险出险通知书')
    b = ['被保险人：⟨person⟩　身份证号：⟨idno⟩', '联系电话：⟨phone⟩', '保单号码：P⟨num:1000000000-9999999999⟩',
         P(r, '出险时间：⟨date⟩ ⟨time⟩', '就诊日期：⟨date⟩', '出险日期：⟨date⟩'),
         P(r, '出险地点：⟨place:区⟩⟨addr⟩', '就诊医院：⟨place:县⟩人民医院', '受灾地块：⟨place:村⟩，面积⟨n:亩|2-300⟩'),
         P(r, '车牌号码：⟨plate⟩', '住院天数：⟨n:天|1-30⟩', '损失程度：约⟨pct⟩'),
         P(r, '出险经过：车辆行驶至路口时与前车发生追尾，造成前车尾部受损。', '出险经过：在家中不慎摔倒，导致右腕骨折，入院治疗。', '出险经过：受连续强降雨影响，地块积水，作物倒伏。'),
         '索赔金额：人民币⟨money:元⟩', '收款账户：⟨bank⟩　开户名：⟨person⟩', '申请人签名：⟨person⟩　日期：⟨date⟩']
    return [t] + some(r, b, 6, 10)

def ctx_exam(r):
    t = P(r, '⟨year:年⟩公开招聘事业单位工作人员笔试成绩通知', '成绩通知单', '⟨year:年⟩度专业技术资格考试成绩单', '期末考试成绩告家长书')
    b = ['考生姓名：⟨person⟩', '准考证号：⟨examno⟩', '身份证号：⟨idno⟩', '报考岗位：' + P(r, '综合管理', '临床医师', '小学语文教师', '财务会计') + '（岗位代码：⟨num:1001-1099⟩）',
         '笔试成绩：⟨score:分⟩　岗位排名：第⟨num:1-30⟩名', P(r, '请于⟨date⟩前登录报名系统打印面试通知书。', '如对成绩有异议，请于⟨date⟩前提出复核申请。'),
         '咨询电话：⟨tel⟩', P(r, '⟨place:县⟩人力资源和社会保障局', '⟨place:县⟩教育局考试中心')]
    return [t] + some(r, b, 5, 8)

def ctx_job(r):
    t = P(r, '【招聘】⟨org⟩诚聘', '⟨org⟩⟨year:年⟩春季招聘启事', '招聘信息｜' + P(r, '行政专员', '电工', '会计', '销售代表', '仓库管理员'))
    b = [P(r, '岗位：行政专员　人数：⟨n:名|1-5⟩', '岗位：电工　人数：⟨n:名|1-8⟩', '岗位：销售代表　人数：⟨n:名|2-20⟩'),
         '学历要求：大专及以上，⟨n:年|1-5⟩以上相关工作经验。', '薪资待遇：⟨n:元/月|3000-9000⟩至⟨n:元/月|9000-16000⟩，缴纳五险一金。',
         '工作地点：⟨place:区⟩⟨addr⟩', '工作时间：周一至周五 ⟨time⟩-18:00', '联系人：⟨person⟩　电话：⟨phone⟩',
         '简历投递邮箱：⟨email⟩', '截止日期：⟨date⟩']
    return [t] + some(r, b, 5, 8)

def ctx_realestate(r):
    t = P(r, '【急售】⟨place:区⟩学区房 三室两厅', '⟨place:区⟩整租 两室一厅 拎包入住', '⟨place:镇⟩临街商铺转让', '二手房出售｜南北通透')
    b = ['小区：⟨place:苑⟩　位置：⟨room⟩', '面积：⟨n:㎡|40-180⟩　楼层：⟨num:2-32⟩/⟨num:6-33⟩层', P(r, '售价：⟨n:万|60-600⟩（单价⟨n:元/㎡|6000-38000⟩）', '租金：⟨n:元/月|800-6000⟩，押一付三'),
         '装修：精装修，家电齐全，⟨year:年⟩建成。', P(r, '距地铁站约⟨n:米|200-1500⟩，周边配套齐全。', '步行⟨n:分钟|3-15⟩到小学，生活方便。'),
         '看房请联系：⟨person⟩ ⟨phone⟩', '房源编号：⟨num:100000-999999⟩　发布日期：⟨ymd⟩']
    return [t] + some(r, b, 5, 7)

def ctx_manual(r):
    t = P(r, '⟨model⟩ 型电热水壶使用说明书', '⟨model⟩ 家用空气净化器 用户手册', '⟨model⟩ 无线路由器快速安装指南', '⟨model⟩ 电动牙刷产品说明')
    b = ['产品型号：⟨model⟩　额定电压：220V～　额定功率：⟨n:W|300-2200⟩', '1. 首次使用前，请仔细阅读本说明书并妥善保管。',
         P(r, '2. 请勿将本产品浸入水中或在潮湿环境中使用。', '2. 请将设备放置在通风良好的位置，远离热源。', '2. 充电时请使用原装适配器。'),
         P(r, '3. 长按电源键⟨n:秒|2-10⟩，指示灯闪烁后松开即可完成配对。', '3. 滤网建议每⟨n:个月|3-12⟩更换一次。', '3. 连续工作时间不宜超过⟨n:分钟|10-60⟩。'),
         '保修期：自购买之日起⟨n:个月|6-36⟩。', '生产商：⟨org⟩', '客服热线：400-⟨num:100-999⟩-⟨num:1000-9999⟩', '生产日期：见包装']
    return [t] + some(r, b, 5, 8)

def ctx_forum(r):
    t = P(r, '求助：社保转移到底要跑几趟？', '【经验分享】办理居住证全过程', '吐槽一下小区物业', '请问⟨place:镇⟩哪里有靠谱的驾校？')
    b = ['楼主：⟨person⟩　发表于 ⟨ymd⟩ ⟨time⟩',
         P(r, '上个月去⟨place:街道⟩便民服务中心问了，工作人员说材料要准备齐全，先网上预约。', '我们小区物业费一年涨了⟨pct⟩，服务却没什么变化。', '我是⟨md⟩去的，排了⟨n:个小时|1-4⟩队才轮到。'),
         P(r, '有知道的朋友可以加我微信或者打电话⟨phone⟩，谢谢！', '具体地址在⟨addr⟩，导航就能到。'),
         '回复 ⟨n:楼|2-99⟩ ⟨person⟩：' + P(r, '我也遇到过，后来打12345反映就解决了。', '建议直接去窗口问，网上说法不一样。', '顶一下，同问。'),
         '回复 ⟨n:楼|2-99⟩ ⟨person⟩：' + P(r, '可以找⟨person⟩，他在那边上班，电话⟨phone⟩。', '上周刚办完，大概⟨n:个工作日|3-20⟩出结果。')]
    return [t] + some(r, b, 3, 5)

EMO = ['😀', '👍', '🙏', '😂', '🎉', '🌹', '💪', '😊', '🤝', '❤️', '✅', '🔥', '😭', '👌', '🧧']

def ctx_chat(r):
    names = [person(r) for _ in range(3)]
    t = P(r, '聊天记录导出（' + P(r, '微信', 'QQ', '钉钉', '企业微信') + '）', '群聊：' + P(r, '⟨place:社区⟩网格员工作群', '三年级二班家长群', '项目部工作群', '⟨place:村⟩村委会通知群'))
    b = []
    for _ in range(r.randint(4, 9)):
        n = r.choice(names)
        msg = P(r, '收到' + r.choice(EMO), '明天⟨time⟩在村委会集合，请准时参加。', '这个月的材料已经交到⟨person⟩那里了', '好的，辛苦了' + r.choice(EMO) + r.choice(EMO),
                '我的电话是⟨phone⟩，有事打我', '报名费⟨money:元⟩，请在群里接龙', '⟨md⟩上午统一打疫苗，带好身份证', '图片已收到，我转给⟨person⟩', '谢谢大家' + r.choice(EMO),
                '已核实，共⟨n:户|3-80⟩，名单发你了')
        b.append(f'{n} ⟨ymd⟩ ⟨time⟩' + P(r, '\u3000', ' ', '：') + msg)
    return [t] + b

def ctx_ocr_letter(r):
    t = P(r, '⟨place:县⟩人民政府办公室', '⟨place:区⟩住房和城乡建设局', '中共⟨place:镇⟩委员会')
    b = [P(r, '关于⟨org⟩申请办理相关手续的复函', '关于同意⟨place:村⟩实施道路改造工程的批复', '关于⟨person⟩同志任职的通知'),
         P(r, '⟨org⟩：', '⟨place:镇⟩人民政府：', '各有关单位：'),
         P(r, '你单位《关于申请办理相关手续的请示》收悉。经研究，同意你单位按规定程序办理。', '经研究，同意该工程立项，总投资⟨money⟩，资金由镇财政统筹解决。', '经研究决定：⟨person⟩同志任⟨place:镇⟩党委委员。'),
         '特此函复。' if r.random() < 0.5 else '此复。',
         '（此件公开发布）' if r.random() < 0.5 else '（联系人：⟨person⟩，电话：⟨tel⟩）',
         t, '⟨date⟩']
    return [t + '文件'] + b

def ctx_email(r):
    t = '主题：' + P(r, '关于参加年度培训的通知', '您的录用通知', '缴费提醒', '会议邀请：项目评审会')
    b = ['收件人：⟨person⟩ <⟨email⟩>', '尊敬的⟨person⟩' + P(r, '先生', '女士', '同志') + '：',
         P(r, '您好！您已被录用为我公司' + P(r, '行政专员', '技术员', '客服主管') + '，请于⟨date⟩到⟨addr⟩报到。', '您本年度应缴费用共计⟨money:元⟩，请于⟨date⟩前缴清。', '诚邀您于⟨date⟩⟨time⟩参加项目评审会，地点：⟨org⟩⟨n:楼会议室|2-9⟩。'),
         '联系人：⟨person⟩，电话：⟨tel⟩', '⟨org⟩', '⟨date⟩']
    return [t] + b

def ctx_cms(r):
    t = P(r, '⟨place:区⟩召开⟨year:年⟩度重点项目集中开工仪式', '我市举办“文明家庭”表彰大会', '⟨place:镇⟩开展防汛应急演练', '⟨place:街道⟩举办社区邻里节')
    b = ['发布时间：⟨ymd⟩ ⟨time⟩　来源：⟨place:区⟩融媒体中心　浏览次数：⟨num:100-9999⟩',
         P(r, '⟨md⟩上午，⟨place:区⟩⟨n:个|5-40⟩重点项目集中开工，总投资⟨money:亿元⟩。', '⟨md⟩，⟨place:镇⟩组织开展防汛应急演练，⟨n:余人|50-400⟩参加。', '近日，⟨place:街道⟩举办邻里节活动，吸引居民⟨n:余人|100-3000⟩参与。'),
         P(r, '此次开工项目涵盖先进制造、现代服务、基础设施等领域。', '演练模拟了强降雨导致山洪暴发的场景，检验了各部门协同处置能力。', '活动设置了美食分享、旧物交换、义诊咨询等环节。'),
         '⟨person⟩在讲话中强调，要' + P(r, '强化要素保障，加快项目建设进度。', '压实责任，确保群众生命财产安全。', '营造和谐友爱的社区氛围。'),
         '（责任编辑：⟨person⟩　审核：⟨person⟩）', '【打印本页】【关闭窗口】']
    return [t] + some(r, b, 4, 6)

def ctx_court(r):
    t = P(r, '⟨place:区⟩人民法院', '⟨place:县⟩人民法院') + P(r, '民事判决书', '刑事判决书', '行政裁定书')
    b = ['（⟨year⟩）' + P(r, '民初', '刑初', '行初') + '⟨num:100-9999⟩号',
         '原告：⟨person⟩，男，⟨year:年⟩出生，汉族，住⟨place:镇⟩⟨addr⟩。', '被告：⟨org⟩，住所地⟨place:区⟩⟨addr⟩。',
         '法定代表人：⟨person⟩，该公司总经理。',
         P(r, '原告⟨person⟩与被告⟨org⟩买卖合同纠纷一案，本院于⟨date⟩立案后，依法适用简易程序公开开庭进行了审理。', '经审理查明：⟨date⟩，被告⟨person⟩驾驶车辆与原告发生碰撞，造成原告受伤。'),
         P(r, '判决如下：被告于本判决生效之日起十日内支付原告货款⟨money:元⟩。', '判决如下：被告赔偿原告医疗费、误工费等共计⟨money:元⟩。'),
         '审判员　⟨person⟩', '⟨date⟩', '书记员　⟨person⟩']
    return [t] + some(r, b, 5, 9)

def ctx_discipline(r):
    t = P(r, '⟨place:县⟩纪委监委通报' + str(r.randint(3, 6)) + '起违反中央八项规定精神问题', '关于典型问题的通报', '⟨place:区⟩通报⟨n:起|3-6⟩群众身边不正之风典型问题')
    b = []
    for i in range(r.randint(2, 4)):
        b.append(CN_NUM[i] + '、' + P(r, '⟨place:镇⟩⟨place:村⟩原党支部书记⟨person⟩违规收受礼金问题。⟨year:年⟩至⟨year:年⟩，⟨person⟩先后收受他人礼金⟨money:元⟩。⟨person⟩受到党内严重警告处分。',
                                        '⟨org⟩原副总经理⟨person⟩违规公款吃喝问题。⟨date⟩，⟨person⟩安排公款宴请，费用⟨money:元⟩。',
                                        '⟨place:镇⟩财政所工作人员⟨person⟩侵占补助资金问题。⟨person⟩利用职务便利，截留农户补贴⟨money:元⟩。'))
    return [t, '近日，' + P(r, '县', '区') + '纪委监委对⟨n:起|3-6⟩违反中央八项规定精神问题进行通报。具体如下：'] + b + ['上述问题中，相关人员均已受到严肃处理，违纪款项已全部收缴。']

def ctx_procure(r):
    proj = P(r, '智慧校园建设项目', '农村饮水安全巩固提升工程', '办公设备采购项目', '道路绿化养护服务项目')
    t = '⟨place:区⟩' + proj + P(r, '中标结果公告', '招标公告', '成交公告')
    b = ['一、项目编号：' + P(r, 'ZFCG', 'GC', 'HW') + '-⟨year⟩-⟨num:100-999⟩', '二、项目名称：' + proj,
         '三、中标（成交）信息', '供应商名称：⟨org⟩', '供应商地址：⟨place:区⟩⟨addr⟩', '中标（成交）金额：⟨money:元⟩',
         P(r, '四、主要标的信息：台式计算机⟨n:台|10-300⟩，型号⟨model⟩，单价⟨money:元⟩。', '四、服务期限：⟨n:个月|6-36⟩。', '四、工期：⟨n:日历天|60-720⟩。'),
         '五、评审专家名单：⟨person⟩、⟨person⟩、⟨person⟩', '六、公告期限：自本公告发布之日起⟨n:个工作日|1-7⟩。',
         '采购人：⟨place:区⟩' + P(r, '教育局', '水利局', '机关事务管理局'), '联系人：⟨person⟩　联系方式：⟨tel⟩']
    return [t] + some(r, b, 6, 11)

def ctx_award(r):
    t = P(r, '关于表彰⟨year:年⟩度先进集体和先进个人的决定', '⟨year:年⟩度“最美志愿者”拟表彰名单公示', '优秀共产党员名单')
    b = ['为激励先进、树立典型，经研究，决定对以下集体和个人予以表彰：', '一、先进集体（⟨n:个|3-10⟩）',
         '⟨place:村⟩党支部、⟨org⟩、⟨place:社区⟩居委会', '二、先进个人（⟨n:名|5-30⟩）',
         '⟨person⟩（⟨place:镇⟩）、⟨person⟩（⟨org⟩）、⟨person⟩（⟨place:社区⟩）', '⟨person⟩、⟨person⟩、⟨person⟩、⟨person⟩',
         '公示期为⟨date⟩至⟨date⟩。对公示对象有异议的，请向⟨place:区⟩文明办反映（电话：⟨tel⟩）。', '⟨date⟩']
    return [t] + some(r, b, 5, 8)

def ctx_certificate(r):
    t = P(r, '在职证明', '收入证明', '居住证明', '无犯罪记录证明')
    b = ['兹证明⟨person⟩，身份证号码：⟨idno⟩，' + P(r, '自⟨date⟩起在我单位工作，现任' + P(r, '会计', '技术员', '办公室主任') + '。', '系我社区居民，现居住于⟨place:社区⟩⟨room⟩。', '月收入人民币⟨money:元⟩。'),
         '特此证明。', '本证明仅用于' + P(r, '办理签证', '子女入学', '贷款申请') + '，复印无效。',
         '单位名称（盖章）：⟨org⟩', '经办人：⟨person⟩　联系电话：⟨tel⟩', '⟨date⟩']
    return [t] + b[:1] + some(r, b[1:], 3, 5)

def ctx_meeting(r):
    t = P(r, '关于召开⟨year:年⟩度工作总结会的预通知', '会议通知', '关于举办基层干部业务培训班的通知')
    b = ['一、会议时间：⟨date⟩⟨time⟩，会期⟨n:天|1-3⟩。', '二、报到时间：⟨md⟩⟨time⟩前', '三、会议地点：⟨org⟩' + P(r, '报告厅', '三楼会议室', '培训中心'),
         '四、参会人员：各⟨place:镇⟩分管负责人⟨n:名|1-3⟩，业务骨干⟨n:名|1-5⟩。', '五、请各单位于⟨md⟩前将参会回执发送至⟨email⟩。',
         '六、联系人：⟨person⟩ ⟨tel⟩', '⟨place:区⟩' + P(r, '民政局', '农业农村局', '应急管理局'), '⟨date⟩']
    return [t] + some(r, b, 5, 8)

CONTEXTS = {k[4:]: v for k, v in dict(globals()).items() if k.startswith('ctx_')}

# ---------------------------------------------------------------- look-alike content (negatives / traps)
def tr_1x(r):
    return P(r, '学院全面推进“1+X”证书制度试点，⟨n:名|50-900⟩名学生取得“1+X”职业技能等级证书。',
             '开展1+X证书培训⟨n:期|2-12⟩，涉及工业机器人、智能财税等⟨n:个|3-15⟩个领域。'.replace('个|3-15⟩个', '个|3-15⟩'),
             '“岗课赛证”融通，将1+X证书标准融入专业课程体系。')
def tr_7x(r):
    return P(r, '推行“7+X”便民服务模式，在7项基本服务之外按需增加特色服务。', '打造“5+X”产业体系，除五大主导产业外培育若干新兴业态。',
             '实施“1+N+X”网格治理，由网格长牵头，网格员、志愿者等多方力量协同联动。', '构建“3+X”文化活动品牌，每月至少开展⟨n:场|3-9⟩活动。')
def tr_x86(r):
    return P(r, '服务器：x86架构，2路CPU，内存⟨n:GB|64-512⟩；操作系统支持x86_64及ARM64。', '采购台式机⟨n:台|10-200⟩，处理器须为x86-64指令集，兼容Windows 11（x64）。',
             '安装包分为x86版与x64版，请根据系统位数选择。', '国产化替代：由x86平台迁移至鲲鹏ARM平台。')
def tr_xray(r):
    return P(r, '新购置数字化X光机⟨n:台|1-4⟩，开展X射线胸片检查⟨n:人次|300-9000⟩。', '放射科配备DR、CT及X线骨密度仪，X射线防护符合国家标准。',
             '体检项目包括血常规、心电图、胸部X光片等。', '行李须经X光安检机检查后方可进站。', '采用X射线荧光光谱法（XRF）测定土壤重金属含量。')
def tr_size(r):
    return P(r, '校服尺码：S、M、L、XL、XXL、XXXL，请家长按身高选择。', '工作服规格：XL码⟨n:套|20-200⟩，XXL码⟨n:套|10-100⟩。',
             '尺码对照：身高175-180cm选XL，180-185cm选XXL。', '本款T恤为宽松版型，平时穿L码的建议选M码或XS码。')
def tr_hours(r):
    return P(r, '政务服务热线实行7×24小时人工值守。', '窗口实行5×8小时工作制，节假日安排专人值班。', '客服中心提供5×12小时在线咨询。',
             '监控中心7×24小时运行，确保第一时间发现问题。')
def tr_mult(r):
    a, b = r.randint(2, 12), r.randint(2, 12)
    return P(r, f'例：{a}×{b}={a*b}，{b}×{a}={a*b}。', '显示屏分辨率为1920×1080，尺寸⟨n:英寸|21-65⟩。', f'会场背景板尺寸{a}m×{b}m，采用喷绘布。',
             f'运动会设4×100米接力和4×400米接力项目。', f'房间净尺寸{a}.{b}m x {b}.{a}m，层高2.9m。', f'钢筋规格Φ{2*a}@200，双层双向，板厚{100+b*10}mm×{a*100}mm。')
def tr_formula(r):
    a, b = r.randint(2, 9), r.randint(1, 9)
    return P(r, f'已知一次函数y={a}x+{b}，当x=2时，求y的值。', f'解方程：{a}x-{b}={a*3-b}，得x=3。', '设每件商品降价x元，则每天可多售出2x件。',
             '圆的方程为x²+y²=r²，其中r为半径。', f'令f(x)=x²-{a}x+{b}，求f(x)的最小值。', '经回归分析，Y=0.83X+12.6，R²=0.91。')
def tr_mou(r):
    return P(r, '某些地方存在重部署轻落实的问题，需要引起重视。', '在某种程度上，基层减负还需要持续发力。', '某一环节出现疏漏，都可能影响整体进度。',
             '他在日记里写道：某年某月某日，天晴，我第一次走进这所乡村学校。', '不能因为某个指标完成较好就忽视其他方面。', '某些外卖平台存在“幽灵厨房”现象，应加强监管。')
def tr_pinyin(r):
    return P(r, '今天我们学习“发展(fāzhǎn)”一词，注意“展”读第三声。', '生字：“璀璨(cuǐcàn)”“憧憬(chōngjǐng)”，请抄写三遍。',
             '请给下列词语注音：美丽(měilì)、勤劳(qínláo)、乡村(xiāngcūn)。', '景区标识牌译写为“Tiān’ān Mén”。', '“和(hé)”在“和面”中读作“huó”。')
def tr_foreign(r):
    return P(r, '外方代表致辞中说：“Мы рады сотрудничеству с вами.”（我们很高兴与你们合作。）', '日方来函写道：「ご協力いただき、誠にありがとうございます。」',
             '韩国客商留言：“감사합니다, 다음에 또 오겠습니다.”', '希腊语“Ευχαριστώ”意为“谢谢”。', '法方合作伙伴为Société Générale，联系人为François Lefèvre。',
             '德方供应商地址：Hauptstraße 12, München。', '西班牙语问候：¡Buenos días! ¿Cómo está usted?')
def tr_emoji(r):
    return P(r, '大家辛苦啦' + r.choice(EMO) + r.choice(EMO), '活动圆满成功🎉🎉，感谢各位志愿者👍', '收到✅，马上处理', '今天的夕阳真美🌅')
def tr_rare(r):
    return P(r, '⟨year:年⟩度优秀学生：王堃、李喆、陈淼、张犇、刘垚。', '参观了亳州花戏楼，又到歙县、黟县考察古村落保护。', '途经濉溪、砀山、睢宁三地，调研梨果产业。',
             '获奖名单：周祎、吴珺、赵琇、孙玥、杨昶。', '前往婺源、鄱阳湖和磴口开展生态调查。')
def tr_html_code(r):
    return P(r, '在页面中插入 <input type="text" placeholder="请输入姓名">，即可显示提示文字。', '示例代码：<span style="color:red">注意</span>，其中style属性用于设置样式。',
             'HTML中空格可写作&nbsp;，小于号写作&lt;。', '模板引擎语法示例：`{{ user.name }}` 会被替换为用户姓名。', 'Python格式化：print("%s年%d月" % (year, month))')
def tr_files(r):
    return P(r, '附件：⟨year⟩年度预算表.xlsx、项目申报书（定稿）.docx', '详见官网 https://www.example.gov.cn/zwgk/tzgg/index.html',
             '咨询邮箱：service@example.org.cn', '下载地址：ftp://files.example.net/pub/manual_v2.3.pdf', '请将材料发送至 ban.gong@example.com，文件名格式为“单位+姓名.pdf”。')
def tr_chess(r):
    return P(r, '第一局走法：1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6。', '棋谱记录：12.Qxd4 Nxe5 13.Rxe5，白方优势明显。')
def tr_hex(r):
    return P(r, '寄存器地址0x7FFF，写入0xFF后复位。', '错误代码0x80070005表示权限不足。', '颜色值#FF6600，透明度0x80。')
def tr_stars(r):
    return P(r, '注：*表示P<0.05，**表示P<0.01。', '回归系数为0.326**（标准误0.081）。', '★★★★☆ 服务态度很好。', '重点任务后标注*号的为省级考核指标。')
def tr_dash(r):
    return P(r, '我们的目标——建设宜居宜业和美乡村。', '“一张蓝图绘到底”……这是大家的共同心声。', '一、二、三……依次类推。', '发展的根本目的——增进民生福祉。')
def tr_headline(r):
    return P(r, '【权威发布】⟨place:区⟩出台稳就业十条措施', '【党建引领】⟨place:社区⟩打造“红色驿站”', '【政策解读】新版居民医保缴费标准', '【便民提示】⟨md⟩起调整公交线路')
def tr_daiding(r):
    return P(r, '用待定系数法求二次函数解析式，是中考常见题型。', '本节课学习待定系数法，设y=kx+b，代入两点求k、b。')
def tr_mianyi(r):
    return P(r, '薪资面议，表现优秀者可提供住宿。', '价格面议，非诚勿扰。', '待遇从优，具体面谈。')
def tr_brand(r):
    return P(r, '宝马X5、奔驰GLE等车型参加展销。', '配发iPhone X测试机⟨n:台|2-8⟩。', 'SpaceX公司近日完成一次发射任务。', '游戏主机Xbox Series X销量上升。', '富士X-T5相机售价较上一代下调。')
def tr_roman(r):
    return P(r, '断面水质达到地表水Ⅲ类标准，较上年提升一个类别，消除劣Ⅴ类水体。', '项目分为Ⅰ期、Ⅱ期两期实施。', '本区属抗震设防烈度Ⅶ度区。', '第XV届运动会于本市举行。')
def tr_underscore(r):
    return P(r, '数据库字段：user_id、create_time、is_deleted。', '入口文件为__init__.py，配置项写在settings_local.py。', '变量命名采用snake_case，例如total_amount。')
def tr_chromo(r):
    return P(r, '红绿色盲基因位于X染色体上，属于伴X隐性遗传。', '男性性染色体组成为XY，女性为XX。', 'X型腿矫正需在专业医生指导下进行。')
def tr_anon(r):
    return P(r, '本次问卷采用匿名方式，共回收有效问卷⟨n:份|100-3000⟩。', '实行无记名投票，当场计票。', '举报人信息严格保密。')

PH_TRAPS = [tr_1x, tr_7x, tr_x86, tr_xray, tr_size, tr_hours, tr_mult, tr_formula, tr_mou, tr_pinyin, tr_foreign, tr_emoji,
            tr_rare, tr_html_code, tr_files, tr_chess, tr_hex, tr_stars, tr_dash, tr_headline, tr_daiding, tr_mianyi,
            tr_brand, tr_roman, tr_underscore, tr_chromo, tr_anon]

# ---------------------------------------------------------------- extra contexts used by the mojibake family
def ctx_tw(r):
    t = P(r, '臺北市政府公告', '高雄市環境保護局新聞稿', '香港特別行政區政府公告', '新北市立圖書館活動通知')
    b = [P(r, '主旨：公告本市⟨year⟩年度社區發展補助計畫申請事項。', '主旨：為維護市容整潔，請民眾配合垃圾分類政策。', '主旨：本館將於⟨md⟩起辦理閱讀推廣講座。'),
         P(r, '依據：社會救助法第十條規定辦理。', '說明：本局將加強稽查，違者依法處新臺幣⟨n:元|1200-6000⟩以上罰鍰。'),
         P(r, '一、申請資格：設籍本市滿⟨n:年|1-3⟩之社區發展協會。', '一、講座時間：每週六下午二時至四時，地點為總館十樓會議廳。', '一、回收時間：每週一、三、五晚間，請依規定時段投放。'),
         P(r, '二、補助項目：環境綠美化、長者關懷據點、社區營造。', '二、報名方式：請至本館網站線上報名，額滿為止。', '二、資源回收物請清洗乾淨後再行交付。'),
         P(r, '三、聯絡電話：(02)2720-⟨num:1000-9999⟩分機⟨num:100-999⟩。', '三、洽詢專線：1999轉⟨num:1000-8999⟩。'),
         P(r, '局長　⟨tperson⟩', '館長　⟨tperson⟩', '中華民國' + str(r.randint(110, 113)) + '年' + str(r.randint(1, 12)) + '月' + str(r.randint(1, 28)) + '日')]
    return [t] + some(r, b, 4, 6)

def ctx_ja(r):
    t = P(r, '⟨model⟩ 取扱説明書（中日双语）', '日本进口电饭煲使用说明', '⟨org⟩对日出口产品标签')
    b = ['品名：' + P(r, '電気ケトル', '炊飯器', '空気清浄機', '加湿器') + '（' + P(r, '电热水壶', '电饭煲', '空气净化器', '加湿器') + '）',
         P(r, 'ご使用の前に、この取扱説明書をよくお読みください。', '必ずアース線を接続してください。', '水を入れすぎないでください。'),
         P(r, '使用前请仔细阅读本说明书。', '请务必连接接地线。', '请勿加水过多。'),
         P(r, '製造元：株式会社サクラ電機　東京都品川区', '販売元：ミドリ商事株式会社', '原産国：中国'),
         '电源：AC100V 50/60Hz　消费功率：⟨n:W|300-1300⟩', '客服电话：⟨tel⟩']
    return [t] + some(r, b, 4, 6)

def ctx_ru(r):
    t = P(r, '中俄边境贸易洽谈会纪要', '对俄出口合同（摘要）', '中俄友好交流活动简报')
    b = ['时间：⟨date⟩　地点：⟨place:市⟩国际会展中心',
         P(r, '俄方代表致辞：«Мы благодарим китайских партнёров за тёплый приём.»', '俄方来函原文：«Просим подтвердить дату отгрузки.»', '合同俄文名称：«Договор поставки сельскохозяйственной продукции»'),
         P(r, '双方就农产品、木材和机电产品贸易达成合作意向，意向金额⟨money⟩。', '出口货物：苹果⟨n:吨|20-900⟩，交货地点：后贝加尔斯克口岸。'),
         P(r, '俄方联系人：Иван Петров（伊万·彼得罗夫）', '俄方企业：ООО «Сибирская торговая компания»'),
         '中方联系人：⟨person⟩　⟨phone⟩']
    return [t] + some(r, b, 3, 5)

def ctx_kr(r):
    t = P(r, '韩国友好城市代表团来访简报', '中韩合资企业员工手册（节选）')
    b = [P(r, '⟨md⟩，韩国⟨n:人|5-30⟩代表团抵达我市。', '本手册适用于公司全体员工。'),
         P(r, '代表团团长在致辞中表示：“양국의 우호 협력이 더욱 발전하기를 바랍니다.”', '韩文原文：“안전 수칙을 반드시 지켜 주십시오.”'),
         P(r, '双方签署了文化旅游合作备忘录。', '员工应严格遵守安全操作规程。'), '联系人：⟨person⟩　⟨tel⟩']
    return [t] + b

def ctx_fr(r):
    t = P(r, '中法葡萄酒产业合作交流会简报', '进口化妆品中文标签', '中法青年交流活动通知')
    b = [P(r, '法方合作机构：Château Lafleur-Bélair，代表：Hélène Dubois。', '产品名称：Crème hydratante à l’aloe vera（芦荟保湿霜）', '活动主题：« Échanges culturels franco-chinois »'),
         P(r, '⟨md⟩，双方签订了⟨n:项|2-8⟩合作协议，意向金额⟨money⟩。', '净含量：50ml　原产国：法国', '报名截止：⟨date⟩'),
         P(r, '法方表示：« Nous sommes très heureux de coopérer avec la Chine. »', '使用方法：取适量涂抹于面部，轻轻按摩至吸收。', '地点：⟨org⟩多功能厅'),
         '联系人：⟨person⟩　⟨phone⟩']
    return [t] + b

def ctx_ebook(r):
    a, b_ = person(r), person(r)
    t = P(r, '第' + r.choice(CN_NUM) + '章　山路', '第' + r.choice(CN_NUM) + '章　归乡', '第' + r.choice(CN_NUM) + '章　雨夜')
    b = [f'天刚蒙蒙亮，{a}就背着竹篓出了门。山路被夜里的雨冲得坑坑洼洼，踩上去直打滑。',
         f'“你真的要走？”{b_}站在门口，声音压得很低。',
         f'{a}没有回头，只是挥了挥手：“等秋收完了，我就回来。”',
         '远处的河面上起了薄雾，几只白鹭贴着水面飞过，转眼就不见了踪影。',
         f'很多年以后，{a}仍然记得那个清晨，记得泥土的气味和母亲灶台上那碗还冒着热气的粥。',
         f'{b_}叹了口气，把一包晒干的茶叶塞进他的口袋。']
    return [t] + some(r, b, 3, 6)

def ctx_csv(r):
    hdr = P(r, '序号,姓名,性别,身份证号,联系电话,补贴金额（元）', '编号,单位名称,统一社会信用代码,法定代表人,注册资本（万元）', '序号,户主姓名,所在村组,承包面积（亩）,补贴金额')
    rows = [hdr]
    for i in range(r.randint(3, 7)):
        if hdr.startswith('序号,姓名'):
            rows.append(f'{i+1},⟨person⟩,{r.choice("男女")},⟨idno⟩,⟨phone⟩,⟨n:|200-3000⟩')
        elif hdr.startswith('编号'):
            rows.append(f'{i+1},⟨org⟩,⟨code⟩,⟨person⟩,⟨n:|10-5000⟩')
        else:
            rows.append(f'{i+1},⟨person⟩,⟨place:村⟩{r.randint(1,9)}组,⟨dec:1-40⟩,⟨dec:100-3000⟩')
    return rows

def ctx_mail_body(r):
    return ['From: ⟨person⟩ <⟨email⟩>', 'Subject: ' + P(r, '关于报送季度统计数据的通知', '会议纪要（请审阅）', '发票已开具，请查收'),
            'Date: ' + P(r, 'Mon', 'Tue', 'Wed', 'Thu') + ', ' + str(r.randint(1, 28)) + ' Mar 2024 09:' + str(r.randint(10, 59)) + ':00 +0800',
            'Content-Type: text/plain; charset=' + P(r, 'utf-8', 'gb2312', 'GBK'), '',
            P(r, '各位同事：请于本周五前报送本季度统计数据，逾期将影响汇总进度。', '附件为本次会议纪要，请各位审阅后反馈意见。', '您好，贵单位申请的发票已开具，金额⟨money:元⟩，请查收。'),
            '⟨person⟩', '⟨org⟩']

MJ_EXTRA = {'tw': ctx_tw, 'ja': ctx_ja, 'ru': ctx_ru, 'kr': ctx_kr, 'fr': ctx_fr, 'ebook': ctx_ebook, 'csv': ctx_csv, 'mail': ctx_mail_body}
CONTEXTS.update(MJ_EXTRA)

# ---------------------------------------------------------------- pinyin-annotation artefact (scraper conversion)
_PY = ("发發fā 区區qū 领領lǐng 导導dǎo 务務wù 实實shí 现現xiàn 经經jīng 济濟jì 会會huì 业業yè 产產chǎn 项項xiàng 设設shè "
       "计計jì 划劃huà 组組zǔ 织織zhī 开開kāi 关關guān 点點diǎn 进進jìn 动動dòng 员員yuán 个個gè 为為wéi 这這zhè 们們men "
       "时時shí 间間jiān 问問wèn 题題tí 门門mén 国國guó 长長zhǎng 东東dōng 书書shū 对對duì 农農nóng 乡鄉xiāng 镇鎮zhèn "
       "级級jí 统統tǒng 筹籌chóu 环環huán 卫衛wèi 资資zī 报報bào 总總zǒng 结結jié 网網wǎng 络絡luò 质質zhì 检檢jiǎn 验驗yàn "
       "监監jiān 测測cè 万萬wàn 亿億yì 户戶hù 处處chù 办辦bàn 条條tiáo 规規guī 创創chuàng 优優yōu 势勢shì 华華huá 众眾zhòng "
       "险險xiǎn 应應yīng 灾災zāi 医醫yī 药藥yào 学學xué 师師shī 历歷lì 积積jī 极極jí 稳穩wěn 达達dá 标標biāo 红紅hóng "
       "带帶dài 头頭tóu 岗崗gǎng 价價jià 税稅shuì 费費fèi 车車chē 桥橋qiáo 电電diàn 线線xiàn 广廣guǎng 场場chǎng 数數shù "
       "据據jù 财財cái 预預yù 协協xié 调調tiáo 团團tuán 体體tǐ 严嚴yán 难難nán 惠惠huì 贫貧pín 养養yǎng 选選xuǎn 举舉jǔ "
       "议議yì 论論lùn 认認rèn 识識shí 讲講jiǎng 话話huà 记記jì 录錄lù 职職zhí 务務wù 责責zé 任任rèn 机機jī 构構gòu "
       "处處chǔ 级級jí 县縣xiàn 门門mén 邻鄰lín 里裏lǐ 园園yuán 龙龍lóng 齐齊qí 义義yì 务務wù 营營yíng 销銷xiāo")
PYMAP = {}
for _tok in _PY.split():
    if len(_tok) >= 3 and _tok[0] not in PYMAP and _tok[0] != _tok[1]:
        PYMAP[_tok[0]] = (_tok[1], _tok[2:])

def d_pinyin(r, s):
    out = []
    for c in s:
        if c in PYMAP:
            tr, py = PYMAP[c]
            out.append(tr + '(' + py + ')')
        else:
            out.append(c)
    return ''.join(out)

# ---------------------------------------------------------------- damage functions (real codecs)
def _err(r):
    return r.choice(['replace', 'replace', 't19qmark'])

def d_u8_gbk(r, s):
    return s.encode('utf-8').decode('gbk', _err(r))
def d_u8_gb18030(r, s):
    return s.encode('utf-8').decode('gb18030', 'replace')
def d_u8_gbk_twice(r, s):
    return s.encode('utf-8').decode('gbk', 'replace').encode('utf-8').decode('gbk', 'replace')
def d_kunkao(r, s):
    return s.encode('gbk').decode('utf-8', 'replace').encode('utf-8').decode('gbk', 'replace')
def d_u8_cp1252(r, s):
    return sloppy(s.encode('utf-8'), 'cp1252')
def d_u8_latin1(r, s):
    return s.encode('utf-8').decode('latin-1')
def d_u8_double(r, s):
    return sloppy(sloppy(s.encode('utf-8')).encode('utf-8'))
def d_gbk_u8(r, s):
    return s.encode('gbk').decode('utf-8', _err(r))
def d_gbk_cp1252(r, s):
    return sloppy(s.encode('gbk'), 'cp1252')
def d_gbk_big5(r, s):
    return s.encode('gbk').decode('big5', _err(r))
def d_big5_gbk(r, s):
    return s.encode('big5').decode('gbk', _err(r))
def d_u8_big5(r, s):
    return s.encode('utf-8').decode('big5', 'replace')
def d_sjis_gbk(r, s):
    return s.encode('shift_jis').decode('gbk', _err(r))
def d_gbk_sjis(r, s):
    return s.encode('gbk').decode('shift_jis', 'replace')
def d_u8_sjis(r, s):
    return s.encode('utf-8').decode('shift_jis', 'replace')
def d_sjis_cp1252(r, s):
    return sloppy(s.encode('shift_jis'), 'cp1252')
def d_gbk_euckr(r, s):
    return s.encode('gbk').decode('euc_kr', 'replace')
def d_euckr_gbk(r, s):
    return s.encode('euc_kr').decode('gbk', 'replace')
def d_u8_euckr(r, s):
    return s.encode('utf-8').decode('euc_kr', 'replace')
def d_u8_koi8r(r, s):
    return s.encode('utf-8').decode('koi8_r')
def d_ru_1251_koi8(r, s):
    return s.encode('cp1251').decode('koi8_r')
def d_ru_u8_1251(r, s):
    return sloppy(s.encode('utf-8'), 'cp1251')
def d_u16le_latin1(r, s):
    return nonul(s.encode('utf-16-le').decode('latin-1'))
def d_u16le_bom_cp1252(r, s):
    return nonul(sloppy(s.encode('utf-16'), 'cp1252'))
def d_u16be_gbk(r, s):
    return nonul(s.encode('utf-16-be').decode('gbk', 'replace'))
def d_lost_q(r, s):
    enc = r.choice(['latin-1', 'ascii', 'cp1252'])
    return s.encode(enc, 'replace').decode(enc)
def d_gb2312_q(r, s):
    return s.encode('gb2312', 'replace').decode('gb2312')
def d_gbk_q(r, s):
    return s.encode('gbk', 'replace').decode('gbk')
def d_lost_repl(r, s):
    b = bytearray(s.encode('utf-8'))
    hi = [i for i, x in enumerate(b) if x >= 0x80]
    if not hi:
        return s
    for _ in range(r.randint(1, 3)):
        hi = [i for i, x in enumerate(b) if x >= 0x80]
        if not hi:
            break
        del b[r.choice(hi)]
    return bytes(b).decode('utf-8', 'replace')
def d_truncate(r, s):
    b = s.encode('utf-8')
    cut = [i for i in range(len(b) // 2, len(b)) if 0x80 <= b[i] < 0xC0]
    if not cut:
        return s
    return b[:r.choice(cut)].decode('utf-8', 'replace') + r.choice(['...', '…', ''])
def d_slip(r, s):
    b = bytearray(s.encode('gbk'))
    hi = [i for i, x in enumerate(b) if x >= 0x80]
    if len(hi) < 2:
        return s
    del b[r.choice(hi[:max(1, len(hi) // 2)])]
    return bytes(b).decode('gbk', 'replace')
def d_tang(r, s):
    junk = bytes([r.choice([0xCC, 0xCD])] * (2 * r.randint(2, 8))).decode('gbk')
    return r.choice([junk, s + junk, s[:max(1, len(s) // 2)] + junk])
def d_html_ent(r, s):
    m = dict(html.entities.codepoint2name)
    m[0x3000] = 'emsp'
    out = ''.join(('&' + m[ord(c)] + ';') if (ord(c) in m and (ord(c) > 127 or c == '&')) else ('&nbsp;' if c == ' ' else c) for c in s)
    if out == s:
        out = r.choice(['&nbsp;' * r.choice((2, 4)), '&emsp;&emsp;']) + s
    if r.random() < 0.35:
        out = html.escape(out, quote=False)          # double-escaped: &amp;nbsp;
    return out
def d_html_tags(r, s):
    w = r.choice(['<p style="text-indent:2em;">{}</p>', '<span style="font-family:仿宋_GB2312;font-size:16pt;">{}</span>',
                  '{}<br/>', '<strong>{}</strong>', '<p class="MsoNormal">{}<o:p></o:p></p>', '{}</span></p>',
                  '<div align="center"><b>{}</b></div>', '<td width="120" valign="top">{}</td>', '<font face="宋体" size="3">{}</font>'])
    return w.format(s)
def d_html_escaped(r, s):
    t = html.escape(r.choice(['<p>{}</p>', '<br>{}', '<span style="color:#333333">{}</span>']).format(s))
    return html.escape(t) if r.random() < 0.4 else t
def d_ncr(r, s):
    return s.encode('ascii', r.choice(['xmlcharrefreplace', 'xmlcharrefreplace', 't19hexref'])).decode('ascii')
def d_json_u(r, s):
    return json.dumps(s)[1:-1]
def d_py_bytes(r, s):
    return str(s.encode(r.choice(['utf-8', 'utf-8', 'gbk'])))
def d_pct(r, s):
    return urllib.parse.quote(s, encoding=r.choice(['utf-8', 'utf-8', 'gbk']))
def d_qp(r, s):
    return quopri.encodestring(s.encode(r.choice(['utf-8', 'gb2312' if _can(s, 'gb2312') else 'utf-8']))).decode('ascii')
def d_b64(r, s):
    return base64.b64encode(s.encode(r.choice(['utf-8', 'gbk']))).decode('ascii')
def d_mime(r, s):
    return Header(s, r.choice(['utf-8', 'gb2312' if _can(s, 'gb2312') else 'utf-8'])).encode(maxlinelen=2000)
def d_utf7(r, s):
    return s.encode('utf-7').decode('ascii')
def d_hz(r, s):
    return s.encode('hz').decode('ascii')
def d_u8_macroman(r, s):
    return s.encode('utf-8').decode('mac_roman')
def d_u8_cp437(r, s):
    return s.encode('utf-8').decode('cp437')
def d_u8_cp866(r, s):
    return s.encode('utf-8').decode('cp866')
def d_u8_greek(r, s):
    return s.encode('utf-8').decode('iso8859_7', 'replace')
def d_bom_gbk(r, s):
    return ('\ufeff' + s).encode('utf-8').decode('gbk', 'replace')
def d_bom_cp1252(r, s):
    return sloppy(('\ufeff' + s).encode('utf-8'))
def d_emoji_ncr(r, s):
    return s.encode('ascii', 'xmlcharrefreplace').decode('ascii')
def d_literal_escapes(r, s):
    return json.dumps(s, ensure_ascii=r.random() < 0.3)[1:-1]

def _can(s, enc):
    try:
        s.encode(enc)
        return True
    except UnicodeEncodeError:
        return False

DAMAGE = {k[2:]: v for k, v in dict(globals()).items() if k.startswith('d_') and callable(v)}

# ---------------------------------------------------------------- look-alike content for the mojibake family
def mt_paths(r):
    return P(r, '文件保存在 D:\\工作资料\\⟨year⟩年\\汇总表.xlsx，请勿改名。', '共享目录：\\\\fileserver\\办公室\\通知公告\\', '安装路径默认为 C:\\Program Files\\Office\\，可自行修改。')
def mt_symbols(r):
    return P(r, '监测结果：PM2.5年均浓度⟨n:μg/m³|18-45⟩，同比下降⟨pct⟩。', '储存温度：2℃～8℃，误差±0.5℃。', '电阻值为4.7kΩ，电容为10μF。',
             '设计标准：坡度≤3‰，弯道半径≥⟨n:m|30-90⟩。', '水温保持在37°C左右，pH值6.5～7.5。')
def mt_currency(r):
    return P(r, '境外采购合同金额€⟨n:|1000-90000⟩（约合人民币⟨money⟩）。', '报价：£⟨n:|100-900⟩/件，含税价¥⟨n:|800-7000⟩。', '汇率：1美元兑7.1元人民币，1欧元兑7.8元。')
def mt_box(r):
    return P(r, '┌──────┬──────┐\n│ 项目 │ 金额 │\n└──────┴──────┘', '（╯°□°）╯︵ ┻━┻ 又加班了', '目录树：\n├─ 通知\n└─ 附件')
def mt_checkbox(r):
    return P(r, '是否同意：□同意　□不同意　■弃权', '办理方式：☑线上　☐线下', '□ 已阅读并同意《服务协议》')
def mt_tang(r):
    return P(r, '夏季高温，请注意防范烫伤事故。', '屯昌县、屯溪区两地代表交流了经验。', '理发店提供烫发、染发服务。', '“屯兵”一词指驻扎军队。')
def mt_amp(r):
    return P(r, '合作企业包括P&G、AT&T等跨国公司。', 'R&D投入强度达到⟨pct⟩。', '参加M&A实务培训⟨n:人次|20-300⟩。')
def mt_latin(r):
    return P(r, '展会上，Pokémon主题展区吸引了不少孩子。', '咖啡馆名为“Café Lumière”。', '德国合作方Müller先生来访，住在Maximilianstraße。', '挪威代表Bjørn Ødegård致辞。')
def mt_code(r):
    return P(r, '示例：printf("%d\\n", total); 输出后换行。', '正则表达式 ^\\d{6}$ 用于校验邮政编码。', 'JSON格式示例：{"code": 0, "msg": "ok"}', 'HTML中&lt;表示小于号“<”，&amp;表示“&”本身。',
             '换行标签写作<br/>，段落标签写作<p></p>。')
def mt_zhuyin(r):
    return P(r, '注音符号：ㄅㄆㄇㄈ，对应拼音b、p、m、f。', '“我”的注音为ㄨㄛˇ。')
def mt_kana(r):
    return P(r, '日本小票原文：ｺﾞｳｹｲ ¥1,280（合计1280日元）', '日文片假名“テスト”意为“测试”。', '商品名：ｱｲｽｺｰﾋｰ（冰咖啡）')
def mt_greek(r):
    return P(r, '设α=30°，β=45°，求sin(α+β)。', '统计检验采用χ²检验，显著性水平α=0.05。', 'Δt表示时间间隔，λ为波长。')
def mt_qmarks(r):
    return P(r, '真的吗??? 我怎么没收到通知', '这是什么情况?', 'What?? 会议改到明天了？', '请问哪里可以办理?')
def mt_names(r):
    return P(r, '获奖学生：王婧璇、李梓涵、陈瑾瑜、赵琪琳、周婉娴。', '志愿者：韩璐瑶、孙嫣然、钱璟、吴奕璇。', '优秀教师：邹璇、冯鑫淼、林濛。')
def mt_trad(r):
    return P(r, '港方來函：「感謝貴單位的大力支持。」', '臺灣客商留言：「產品品質很好，期待再次合作。」', '繁體原文：「鄉村振興，產業先行。」')

MJ_TRAPS = [tr_foreign, tr_rare, tr_emoji, tr_pinyin, mt_paths, mt_symbols, mt_currency, mt_box, mt_checkbox, mt_tang, mt_amp,
            mt_latin, mt_code, mt_zhuyin, mt_kana, mt_greek, mt_qmarks, mt_names, mt_trad, tr_mult, tr_files]

# ---------------------------------------------------------------- target selection for damage
RX_CJKRUN = re.compile(r'[\u4e00-\u9fff]{2,}')
RX_PHRASE = re.compile(r'[^，。；：、\n“”（）()：:\t|,]{4,}')
RX_PUNCT = re.compile(r'[，。、；：“”（）！？《》]')
RX_EMOJI = re.compile(r'[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?')
TARGET_RE = {
    'kana': r'^.*[\u3040-\u30ff].*$', 'cyr': r'[\u0400-\u04ff][\u0400-\u04ff \-,.!?]*[\u0400-\u04ff.]',
    'hangul': r'[\uac00-\ud7a3][\uac00-\ud7a3 ,.]*[\uac00-\ud7a3.]', 'accent': r'[A-Za-z]*[àâçéèêëîïôûùüÿœæÉÈÇÀØøöäß][A-Za-z’\'-]*',
    'rare': r'[堃喆犇龑垚祎珺琇玥昶䶮㛃]', 'subject': r'(?<=Subject: ).+|(?<=主题：).+', 'body': r'(?m)^(?!From:|Subject:|Date:|Content-Type:).{6,}$',
}

def line_spans(text):
    out, pos = [], 0
    for ln in text.split('\n'):
        out.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return out

def has_nonascii(s):
    return any(ord(c) > 127 for c in s)

def pick_targets(r, text, slotpos, where):
    L = [(a, b) for a, b in line_spans(text) if b > a]
    body = L[1:] if len(L) > 1 else L
    if where == 'title':
        return [L[0]]
    if where == 'sign':
        return [L[-1]]
    if where == 'all':
        return [(0, len(text))]
    if where == 'line':
        c = [x for x in body if has_nonascii(text[x[0]:x[1]])]
        return [r.choice(c)] if c else []
    if where == 'para':
        if len(body) < 2:
            return [body[0]] if body else []
        k = r.randint(2, min(4, len(body)))
        i = r.randint(0, len(body) - k)
        return [(body[i][0], body[i + k - 1][1])]
    if where in ('word', 'words', 'phrase'):
        rx = RX_PHRASE if where == 'phrase' else RX_CJKRUN
        lo = L[1][0] if len(L) > 1 else 0
        ms = [m for m in rx.finditer(text, lo) if has_nonascii(m.group())]
        if not ms:
            return []
        out = []
        for m in r.sample(ms, min(len(ms), 1 if where != 'words' else r.randint(2, 3))):
            a, b = m.span()
            if where != 'phrase' and b - a > 2:
                k = r.randint(2, min(4, b - a)); a = r.randint(a, b - k); b = a + k
            out.append((a, b))
        return sorted(out)
    if where == 'cell':
        c = []
        for a, b in body:
            for m in re.finditer(r'[^\t|,，]+', text[a:b]):
                s = m.group().strip()
                if s and has_nonascii(s):
                    st = a + m.start() + (len(m.group()) - len(m.group().lstrip()))
                    c.append((st, st + len(s)))
        return [r.choice(c)] if c else []
    if where.startswith('slot:'):
        c = [x for x in slotpos.get(where[5:], []) if has_nonascii(text[x[0]:x[1]])]
        if not c:
            return []
        return sorted(r.sample(c, min(len(c), r.randint(1, 2))))
    if where == 'punct':
        lns = [x for x in body if RX_PUNCT.search(text[x[0]:x[1]])]
        if not lns:
            return []
        chosen = r.sample(lns, min(len(lns), r.randint(1, 2)))
        return sorted((x[0] + m.start(), x[0] + m.end()) for ln in chosen for m in RX_PUNCT.finditer(text[ln[0]:ln[1]]) for x in [ln])
    if where == 'emoji':
        ms = [m.span() for m in RX_EMOJI.finditer(text)]
        return sorted(r.sample(ms, min(len(ms), r.randint(1, 3)))) if ms else []
    if where.startswith('re:'):
        ms = [m.span() for m in re.finditer(TARGET_RE[where[3:]], text, re.M) if m.end() > m.start()]
        return [r.choice(ms)] if ms else []
    raise KeyError(where)

def apply_damage(r, text, targets, fn):
    """apply fn to each target stretch; returns parts list and clean list, or None."""
    merged = []
    for a, b in targets:
        if merged and a == merged[-1][1]:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    parts, cleans, last = [], [], 0
    for a, b in merged:
        if a < last:
            return None
        clean = text[a:b]
        try:
            bad = fn(r, clean)
        except (UnicodeError, ValueError):
            return None
        if bad == clean or not bad:
            return None
        parts.append((text[last:a], 0)); parts.append((bad, 1)); cleans.append(clean)
        last = b
    parts.append((text[last:], 0))
    return [p for p in parts if p[0]], cleans

# ---------------------------------------------------------------- style registry
# placeholder positives: (style, context, policy, slot kinds or None for all, (rate lo, hi), trap probability, note)
PHK_NUM = ('n', 'money', 'pct', 'dec', 'num')
PH_POS = [
    ('report_xx_counts', 'report', 'xx', ('n',), (0.4, 0.9), 0.2, 'lower-case x masks counts (xx户, xxx个)'),
    ('report_xx_money_pct', 'report', 'xx', ('money', 'pct'), (0.4, 0.9), 0.2, 'xx.xx万元 / xxx% masks'),
    ('report_XX_places', 'report', 'XX', ('place', 'date'), (0.5, 1.0), 0.2, 'XX镇 / XX村 / 20XX年 masks'),
    ('report_cross_mixed', 'report', 'cross', None, (0.3, 0.6), 0.2, '×× masks of counts, places and dates'),
    ('report_fullwidth_x', 'report', 'fullx', None, (0.3, 0.6), 0.1, 'full-width ｘｘ / ＸＸ masks'),
    ('report_circle_marks', 'report', 'circle', ('place', 'n', 'date', 'org'), (0.4, 0.8), 0.1, '○○ masks of places and numbers'),
    ('report_single_mask', 'report', 'xx', None, (0.0, 0.0), 0.4, 'exactly one x-mask in an otherwise filled report'),
    ('summary_xx_everything', 'summary', 'xx', None, (0.6, 1.0), 0.1, 'densely anonymised compiled summary (xx everywhere)'),
    ('summary_XX_dates', 'summary', 'XX', ('md', 'date', 'year', 'ym'), (0.5, 1.0), 0.2, 'X月XX日 / 20XX年 dates'),
    ('summary_index_dec', 'summary', 'xx', ('dec', 'num', 'pct'), (0.6, 1.0), 0.2, 'xx.xx index values and xxx rankings'),
    ('summary_todo_values', 'summary', 'todo', PHK_NUM, (0.3, 0.6), 0.2, '待定 / 待补充 / TODO left as values'),
    ('notice_XX_units', 'notice', 'XX', ('place', 'org', 'date', 'time'), (0.5, 1.0), 0.2, 'XX街道 / XX会议室 in a notice'),
    ('notice_bracket_fields', 'notice', 'bracket', None, (0.4, 0.8), 0.1, '【单位名称】【日期】 fields left in a notice'),
    ('notice_mustache_merge', 'notice', 'mustache', None, (0.4, 0.8), 0.1, '{{name}} template fields from a CMS'),
    ('contract_underline_blanks', 'contract', 'underline', None, (0.5, 1.0), 0.1, 'unfilled ____ / ＿＿＿ blanks in a published contract'),
    ('contract_bracket_fields', 'contract', 'bracket', None, (0.4, 0.8), 0.1, '【甲方名称】-style fields'),
    ('contract_blank_date', 'contract', 'blankform', ('date',), (1.0, 1.0), 0.1, 'blank-space date "    年  月  日"'),
    ('contract_fill_hints', 'contract', 'fillhint', None, (0.3, 0.7), 0.1, '（此处填写…） hints left in text'),
    ('contract_star_ids', 'contract', 'star', ('idno', 'phone', 'person'), (0.6, 1.0), 0.1, 'starred ID / phone numbers'),
    ('minutes_mou_names', 'minutes', 'mou', ('person', 'place', 'org'), (0.5, 1.0), 0.2, '张某 / 李某某 / 某某村 masking people'),
    ('minutes_cross_names', 'minutes', 'cross', ('person', 'n'), (0.5, 1.0), 0.1, '××× masking people in minutes'),
    ('table_xx_cells', 'table', 'xx', None, (0.3, 0.7), 0.2, 'x-masks in cells of a flattened statistics table'),
    ('table_star_cells', 'table', 'star', None, (0.2, 0.5), 0.1, '*** masked values in table cells'),
    ('table_todo_cells', 'table', 'todo', None, (0.2, 0.5), 0.2, '待定 / TBD in table cells'),
    ('village_xx_households', 'village', 'xx', ('n', 'money', 'person'), (0.4, 0.9), 0.1, 'village board with xx户 / xxx元'),
    ('village_star_names', 'village', 'star', ('person', 'idno', 'phone'), (0.7, 1.0), 0.1, '王* / 身份证 stars on a disclosure board'),
    ('village_cross_names', 'village', 'cross', ('person', 'money'), (0.5, 1.0), 0.1, '×× names on a disclosure board'),
    ('invoice_X_codes', 'invoice', 'XX', ('code', 'bank', 'num', 'date', 'org'), (0.5, 1.0), 0.1, 'XXXX codes on an invoice text'),
    ('invoice_star_accounts', 'invoice', 'star', ('bank', 'tel', 'person', 'dec'), (0.6, 1.0), 0.1, 'starred account numbers on a receipt'),
    ('insurance_underline', 'insurance', 'underline', None, (0.4, 0.9), 0.1, 'claim form with ____ blanks'),
    ('insurance_star_ids', 'insurance', 'star', ('idno', 'phone', 'bank', 'plate', 'person'), (0.6, 1.0), 0.1, 'masked ID, phone, plate on a claim'),
    ('exam_mustache', 'exam', 'mustache', None, (0.4, 0.9), 0.1, 'score notice with {{score}} merge fields'),
    ('exam_star_names', 'exam', 'star', ('person', 'idno', 'examno'), (0.6, 1.0), 0.1, 'published scores with 张** / starred exam numbers'),
    ('exam_dollar_vars', 'exam', 'dollar', None, (0.4, 0.8), 0.1, '${name} / $SCORE$ variables'),
    ('job_xx_salary', 'job', 'xx', ('n', 'org', 'place', 'addr', 'phone', 'email'), (0.4, 0.9), 0.2, 'xxxx元/月, xx有限公司 in a posting'),
    ('job_XX_company', 'job', 'XX', ('org', 'person', 'date', 'email'), (0.5, 1.0), 0.2, 'XX公司 / XXX in a posting'),
    ('job_fill_hints', 'job', 'fillhint', None, (0.3, 0.7), 0.2, '（请填写…） left in a posting'),
    ('realestate_xx_rooms', 'realestate', 'xx', ('room', 'n', 'place', 'ymd'), (0.4, 0.9), 0.2, 'xx栋x单元 / xxx万 listing'),
    ('realestate_star_phone', 'realestate', 'star', ('phone', 'person', 'room'), (0.7, 1.0), 0.2, '138****5678 in a listing'),
    ('manual_XX_model', 'manual', 'XX', ('model', 'n', 'org'), (0.5, 1.0), 0.2, 'XX型号 / XX-XXX in a translated manual'),
    ('manual_todo', 'manual', 'todo', ('n', 'org', 'model'), (0.3, 0.7), 0.2, 'TODO / TBD left in a translated manual'),
    ('forum_star_phone', 'forum', 'star', ('phone', 'person'), (0.6, 1.0), 0.2, 'phone numbers starred by the forum'),
    ('forum_mou_places', 'forum', 'mou', ('place', 'person', 'addr'), (0.5, 1.0), 0.2, '某某镇 / 王某 in a forum post'),
    ('chat_star_names', 'chat', 'star', ('person', 'phone'), (0.5, 1.0), 0.2, 'chat export with 王* / 139****'),
    ('chat_xx_dates', 'chat', 'xx', ('ymd', 'time', 'md', 'n', 'money'), (0.4, 0.9), 0.2, 'chat export with xxxx-xx-xx stamps'),
    ('ocr_letter_cross', 'ocr_letter', 'cross', None, (0.4, 0.9), 0.1, 'OCR of a stamped letter with ××'),
    ('ocr_letter_circle', 'ocr_letter', 'circle', None, (0.4, 0.9), 0.1, 'OCR of a stamped letter with ○○'),
    ('email_mailmerge', 'email', 'mailmerge', None, (0.4, 0.9), 0.1, 'Word mail merge «姓名» fields'),
    ('email_printf', 'email', 'printf', ('person', 'date', 'money', 'n', 'addr'), (0.4, 0.9), 0.1, '%s / {0} format fields'),
    ('cms_square_fields', 'cms', 'square', None, (0.3, 0.7), 0.1, '[请输入…] fields from a CMS template'),
    ('cms_angle_fields', 'cms', 'angle', None, (0.3, 0.7), 0.1, '<姓名> / ＜单位名称＞ fields'),
    ('court_mou_parties', 'court', 'mou', ('person', 'org', 'place', 'addr'), (0.6, 1.0), 0.1, '张某 / 某某公司 in a published judgment'),
    ('court_xx_numbers', 'court', 'xx', ('num', 'money', 'date', 'year', 'addr'), (0.4, 0.9), 0.1, 'case numbers and amounts masked xx'),
    ('discipline_mou', 'discipline', 'mou', ('person', 'org', 'place'), (0.5, 1.0), 0.1, 'disciplinary notice 某某 masks'),
    ('procure_XX_fields', 'procure', 'XX', ('org', 'money', 'person', 'model', 'addr', 'tel'), (0.4, 0.9), 0.1, 'XX masks in a tender notice'),
    ('procure_todo', 'procure', 'todo', ('money', 'n', 'org'), (0.3, 0.7), 0.1, '待定 as amount / count in a notice'),
    ('award_cross_names', 'award', 'cross', ('person', 'org', 'place'), (0.5, 1.0), 0.1, '××× in an award list'),
    ('certificate_underline', 'certificate', 'underline', None, (0.5, 1.0), 0.1, 'certificate template with ______'),
    ('certificate_angle', 'certificate', 'angle', None, (0.4, 0.9), 0.1, '<姓名> in a certificate'),
    ('meeting_xx_dates', 'meeting', 'xx', ('date', 'md', 'time', 'n', 'email'), (0.5, 1.0), 0.2, 'x月xx日 / xx:xx in a meeting notice'),
    ('cms_lorem_filler', 'cms', 'lorem', None, (0, 0), 0.1, 'Lorem ipsum / 示例文字 filler left in a page'),
]
PH_POS = [(n.replace('_XX_', '_upperx_').replace('_X_', '_upperx_'),) + t[1:] for t in PH_POS for n in [t[0]]]
PH_LOREM = ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', '此处为正文内容示例文字，请替换为实际内容。', '这里是标题', '请在此处输入正文……',
            'Lorem ipsum dolor sit amet, sed do eiusmod tempor incididunt ut labore.', '示例文本示例文本示例文本。']

# placeholder negatives: (style, trap functions, base contexts, note)
PH_NEG = [
    ('neg_1plusx_certificates', [tr_1x], ['summary', 'report', 'cms'], '1+X证书 is a policy name, not a mask'),
    ('neg_7plusx_models', [tr_7x], ['report', 'cms', 'summary'], '7+X / 1+N+X service models'),
    ('neg_x86_procurement', [tr_x86], ['procure', 'manual'], 'x86 / x64 architecture names'),
    ('neg_xray_medical', [tr_xray], ['summary', 'cms', 'procure'], 'X光 / X射线 / XRF'),
    ('neg_size_chart', [tr_size], ['job', 'procure', 'notice'], 'XL / XXL / XXXL garment sizes'),
    ('neg_service_hours', [tr_hours], ['report', 'cms', 'notice'], '7×24小时 / 5×8小时'),
    ('neg_multiplication_dims', [tr_mult], ['manual', 'realestate', 'procure'], 'multiplication and dimensions with × and x'),
    ('neg_math_formulas', [tr_formula, tr_daiding], ['exam', 'cms'], 'formulas with variables x, y; 待定系数法'),
    ('neg_mou_prose', [tr_mou], ['report', 'summary', 'cms'], '某些 / 某种 / 某年某月 in ordinary prose'),
    ('neg_pinyin_lesson', [tr_pinyin], ['cms', 'exam'], 'pinyin in a language lesson'),
    ('neg_foreign_quotes', [tr_foreign], ['cms', 'minutes'], 'quoted Russian / Japanese / Korean / Greek / French'),
    ('neg_emoji_chat', [tr_emoji], ['chat'], 'chat export with emoji, all values filled'),
    ('neg_rare_characters', [tr_rare], ['award', 'cms', 'report'], 'legitimate rare characters in names and places'),
    ('neg_html_code_doc', [tr_html_code], ['manual', 'cms'], 'HTML / template syntax quoted as code in a technical text'),
    ('neg_files_urls_emails', [tr_files], ['notice', 'email', 'procure'], 'file names, URLs, e-mail addresses'),
    ('neg_chess_hex', [tr_chess, tr_hex], ['cms', 'manual'], 'chess notation Bxc6 and hex 0xFF'),
    ('neg_significance_stars', [tr_stars], ['table', 'summary', 'forum'], '*P<0.05 stars and rating stars'),
    ('neg_dashes_ellipses', [tr_dash], ['report', 'cms'], '—— and …… in prose'),
    ('neg_bracket_headlines', [tr_headline], ['cms'], '【权威发布】-style headlines with real content'),
    ('neg_salary_negotiable', [tr_mianyi], ['job', 'realestate'], '面议 / 面谈 are real terms, not placeholders'),
    ('neg_brand_models', [tr_brand], ['cms', 'procure', 'forum'], '宝马X5, iPhone X, SpaceX, Xbox'),
    ('neg_roman_numerals', [tr_roman], ['report', 'summary'], 'Ⅲ类水质, Ⅰ期, 第XV届'),
    ('neg_code_identifiers', [tr_underscore], ['manual', 'procure'], 'snake_case and __init__.py'),
    ('neg_biology_x', [tr_chromo], ['exam', 'cms'], 'X染色体 / XX and XY chromosomes'),
    ('neg_anonymous_words', [tr_anon], ['minutes', 'report'], '匿名 / 无记名 words'),
    ('neg_filled_contract', [], ['contract', 'insurance', 'certificate'], 'fully filled form, every value real'),
    ('neg_filled_invoice', [], ['invoice', 'exam', 'village'], 'fully filled invoice / notice / board'),
    ('neg_mixed_traps', PH_TRAPS, ['report', 'summary', 'notice', 'minutes', 'court', 'award'], 'several look-alikes in one document'),
]

# mojibake positives: (style, contexts, [(damage, where), ...], note)
MJ_POS = [
    ('u8gbk_word_report', ['report'], [('u8_gbk', 'word')], 'UTF-8 read as GBK, one word'),
    ('u8gbk_line_summary', ['summary'], [('u8_gbk', 'line')], 'UTF-8 read as GBK, one line'),
    ('u8gbk_title_notice', ['notice', 'procure'], [('u8_gbk', 'title')], 'UTF-8 read as GBK, title only'),
    ('u8gbk_para_ebook', ['ebook'], [('u8_gbk', 'para')], 'UTF-8 e-book opened as GBK, paragraphs'),
    ('u8gbk_csv_excel', ['csv'], [('u8_gbk', 'all')], 'UTF-8 CSV opened in Excel as GBK'),
    ('u8gbk_cell_table', ['table', 'csv'], [('u8_gbk', 'cell')], 'UTF-8 read as GBK in one table cell'),
    ('u8gbk_names_award', ['award', 'village'], [('u8_gbk', 'slot:person')], 'UTF-8 read as GBK in names'),
    ('u8gbk_words_insurance', ['insurance', 'exam'], [('u8_gbk', 'words')], 'UTF-8 read as GBK in several words'),
    ('u8gb18030_sign_letter', ['ocr_letter', 'notice'], [('u8_gb18030', 'sign')], 'UTF-8 read as GB18030, signature/date line'),
    ('u8gbk_twice_line_cms', ['cms'], [('u8_gbk_twice', 'line')], 'UTF-8 read as GBK twice'),
    ('kunkao_word_village', ['village', 'report'], [('kunkao', 'phrase')], '锟斤拷 from replacement chars round-tripped'),
    ('kunkao_line_chat', ['chat', 'forum'], [('kunkao', 'line')], '锟斤拷 in a chat export line'),
    ('kunkao_name_exam', ['exam', 'award'], [('kunkao', 'slot:person')], '锟斤拷 in names'),
    ('u8cp1252_word_manual', ['manual'], [('u8_cp1252', 'word')], 'UTF-8 read as cp1252 (å‘å±•)'),
    ('u8cp1252_line_job', ['job', 'realestate'], [('u8_cp1252', 'line')], 'UTF-8 read as cp1252, one line'),
    ('u8latin1_title_cms', ['cms'], [('u8_latin1', 'title')], 'UTF-8 read as ISO-8859-1 (C1 controls kept)'),
    ('u8double_line_forum', ['forum'], [('u8_double', 'line')], 'double UTF-8/cp1252 encoding (Ã¥Â)'),
    ('punct_latin1_report', ['report', 'notice'], [('u8_cp1252', 'punct')], 'only Chinese punctuation double-encoded (ï¼Œ ã€‚)'),
    ('punct_double_summary', ['summary', 'minutes'], [('u8_double', 'punct')], 'punctuation double-double encoded'),
    ('gbku8_para_ebook', ['ebook'], [('gbk_u8', 'para')], 'GBK e-book read as UTF-8 (�)'),
    ('gbku8_line_invoice', ['invoice', 'contract'], [('gbk_u8', 'line')], 'GBK read as UTF-8 in one line'),
    ('gbkcp1252_title_ebook', ['ebook', 'cms'], [('gbk_cp1252', 'title')], 'GBK read as cp1252 (·¢Õ¹)'),
    ('gbkcp1252_names_csv', ['csv'], [('gbk_cp1252', 'slot:person')], 'GBK names read as cp1252 in a CSV'),
    ('gbkbig5_line_notice', ['notice', 'report'], [('gbk_big5', 'line')], 'GBK read as Big5'),
    ('big5gbk_line_tw', ['tw'], [('big5_gbk', 'line')], 'Big5 read as GBK'),
    ('big5gbk_all_tw', ['tw'], [('big5_gbk', 'para')], 'Big5 document read as GBK, paragraphs'),
    ('u8big5_word_tw', ['tw'], [('u8_big5', 'phrase')], 'UTF-8 read as Big5'),
    ('sjisgbk_ja_manual', ['ja'], [('sjis_gbk', 're:kana')], 'Shift_JIS read as GBK'),
    ('gbksjis_line_minutes', ['minutes', 'contract'], [('gbk_sjis', 'line')], 'GBK read as Shift_JIS (half-width kana)'),
    ('u8sjis_title_manual', ['manual', 'ja'], [('u8_sjis', 'title')], 'UTF-8 read as Shift_JIS'),
    ('sjiscp1252_ja_label', ['ja'], [('sjis_cp1252', 're:kana')], 'Shift_JIS read as cp1252'),
    ('gbkeuckr_line_contract', ['contract', 'court'], [('gbk_euckr', 'line')], 'GBK read as EUC-KR'),
    ('euckrgbk_kr_quote', ['kr'], [('euckr_gbk', 're:hangul')], 'EUC-KR Korean quote read as GBK'),
    ('u8euckr_phrase_report', ['report', 'summary'], [('u8_euckr', 'phrase')], 'UTF-8 read as EUC-KR'),
    ('u8koi8r_line_court', ['court', 'discipline'], [('u8_koi8r', 'line')], 'UTF-8 Chinese read as KOI8-R'),
    ('ru1251koi8_quote', ['ru'], [('ru_1251_koi8', 're:cyr')], 'cp1251 Russian read as KOI8-R'),
    ('ruu81251_quote', ['ru'], [('ru_u8_1251', 're:cyr')], 'UTF-8 Russian read as cp1251 (РњРѕ)'),
    ('u16le_line_table', ['table', 'csv'], [('u16le_latin1', 'line')], 'UTF-16LE read as Latin-1 (NULs dropped)'),
    ('u16lebom_header_csv', ['csv'], [('u16le_bom_cp1252', 'title')], 'UTF-16 with BOM read as cp1252 (ÿþ)'),
    ('u16be_phrase_summary', ['summary', 'report'], [('u16be_gbk', 'phrase')], 'UTF-16BE read as GBK'),
    ('lostq_names_village', ['village', 'award'], [('lost_q', 'slot:person')], 'names lost as ??? (latin-1 column)'),
    ('lostq_line_exam', ['exam', 'insurance'], [('lost_q', 'line')], 'whole line lost as ???'),
    ('gb2312q_rare_names', ['award', 'cms'], [('gb2312_q', 're:rare')], 'rare name chars lost in GB2312 (王?)'),
    ('gbkq_emoji_chat', ['chat'], [('gbk_q', 'emoji')], 'emoji lost as ? in a GBK export'),
    ('lostrepl_words_report', ['report', 'minutes'], [('lost_repl', 'words')], 'dropped bytes decoded as �'),
    ('truncate_title_cms', ['cms', 'forum'], [('truncate', 'title')], 'title cut mid-character (…�)'),
    ('slip_line_report', ['report', 'summary'], [('slip', 'line')], 'GBK stream one byte out of step'),
    ('slip_phrase_notice', ['notice', 'minutes'], [('slip', 'phrase')], 'GBK byte slip inside a clause'),
    ('tang_cell_table', ['table', 'csv'], [('tang', 'cell')], '烫烫烫 / 屯屯屯 uninitialised buffer'),
    ('tang_slot_invoice', ['invoice', 'insurance'], [('tang', 'slot:person')], '烫烫 after a field value'),
    ('htmlent_line_notice', ['notice', 'cms'], [('html_ent', 'line')], '&nbsp; / &ldquo; entity debris'),
    ('htmltags_line_report', ['report', 'summary'], [('html_tags', 'line')], '<span style=…> / <o:p> tag remnants'),
    ('htmltags_phrase_cms', ['cms', 'notice'], [('html_tags', 'phrase')], 'tag remnants around a clause'),
    ('htmlescaped_line_cms', ['cms'], [('html_escaped', 'line')], '&lt;p&gt; / &amp;lt; escaped tags'),
    ('ncr_word_notice', ['notice', 'summary'], [('ncr', 'word')], '&#21457; / &#x53D1; numeric character references'),
    ('ncr_emoji_forum', ['chat'], [('emoji_ncr', 'emoji')], 'emoji as &#128512;'),
    ('jsonu_phrase_cms', ['cms', 'job'], [('json_u', 'phrase')], '\\u53d1 JSON escape debris'),
    ('jsonu_emoji_chat', ['chat'], [('json_u', 'emoji')], 'emoji as \\ud83d\\ude00 surrogate escapes'),
    ('pybytes_word_minutes', ['minutes', 'table'], [('py_bytes', 'word')], "b'\\xe5\\x8f' bytes repr debris"),
    ('pct_phrase_forum', ['forum', 'cms'], [('pct', 'phrase')], 'percent-encoded text %E5%8F%91'),
    ('pct_title_cms', ['cms', 'notice'], [('pct', 'title')], 'percent-encoded title from a URL'),
    ('qp_body_mail', ['mail'], [('qp', 're:body')], 'quoted-printable body =E5=8F=91'),
    ('b64_body_mail', ['mail'], [('b64', 're:body')], 'base64 mail body left encoded'),
    ('mime_subject_mail', ['mail', 'email'], [('mime', 're:subject')], '=?utf-8?b?…?= encoded-word subject'),
    ('utf7_line_mail', ['mail', 'email'], [('utf7', 'line')], 'UTF-7 (+U9FcVQ-) text'),
    ('hz_line_forum', ['forum', 'ebook'], [('hz', 'line')], 'HZ-GB-2312 text shown raw (~{…~})'),
    ('pinyin_all_report', ['report'], [('pinyin', 'all')], '發(fā)展 pinyin annotation through the document'),
    ('pinyin_para_summary', ['summary', 'notice'], [('pinyin', 'para')], '發(fā)展 pinyin annotation in paragraphs'),
    ('u8macroman_line_manual', ['manual'], [('u8_macroman', 'line')], 'UTF-8 read as Mac Roman'),
    ('u8cp437_title_invoice', ['invoice', 'table'], [('u8_cp437', 'title')], 'UTF-8 read as DOS cp437'),
    ('u8cp866_word_contract', ['contract', 'ru'], [('u8_cp866', 'phrase')], 'UTF-8 read as cp866'),
    ('u8greek_line_notice', ['notice'], [('u8_greek', 'line')], 'UTF-8 read as ISO-8859-7'),
    ('bomgbk_title_csv', ['csv', 'table'], [('bom_gbk', 'title')], 'UTF-8 BOM + header read as GBK (锘)'),
    ('bomcp1252_title_notice', ['notice', 'report'], [('bom_cp1252', 'title')], 'UTF-8 BOM + title read as cp1252 (ï»¿)'),
    ('literal_escapes_para', ['cms', 'chat', 'minutes'], [('literal_escapes', 'para')], 'JSON-escaped paragraph (\\n, \\") left in text'),
    ('fr_double_accents', ['fr'], [('u8_cp1252', 're:accent')], 'French accents double-encoded (Ã©) next to clean Chinese'),
    ('mixed_html_u8gbk', ['report', 'cms'], [('html_tags', 'line'), ('u8_gbk', 'word')], 'tag remnant plus UTF-8-as-GBK word'),
    ('mixed_pinyin_slip', ['report', 'summary'], [('pinyin', 'line'), ('slip', 'line')], 'pinyin annotation plus byte slip'),
]

# mojibake negatives: (style, trap functions, base contexts, note)
MJ_NEG = [
    ('neg_clean_report', [], ['report', 'summary'], 'clean report text'),
    ('neg_clean_notice_minutes', [], ['notice', 'minutes', 'meeting'], 'clean notice / minutes'),
    ('neg_clean_table', [], ['table', 'csv'], 'clean flattened table / CSV'),
    ('neg_clean_forms', [], ['invoice', 'insurance', 'exam', 'village'], 'clean invoice / form / board'),
    ('neg_traditional_text', [mt_trad], ['tw'], 'legitimate traditional characters (no pinyin)'),
    ('neg_japanese_mixed', [mt_kana], ['ja'], 'legitimate Japanese (incl. half-width kana) next to Chinese'),
    ('neg_russian_mixed', [], ['ru'], 'legitimate Russian quotes'),
    ('neg_korean_mixed', [], ['kr'], 'legitimate Korean quotes'),
    ('neg_french_mixed', [mt_latin], ['fr'], 'legitimate French/German accents'),
    ('neg_chat_emoji', [tr_emoji, mt_qmarks], ['chat'], 'emoji and ASCII question marks in a chat'),
    ('neg_ebook_clean', [], ['ebook'], 'clean e-book chapter'),
    ('neg_mail_headers', [], ['mail'], 'clean mail with charset header'),
    ('neg_pinyin_zhuyin_lesson', [tr_pinyin, mt_zhuyin], ['cms', 'exam'], 'pinyin / zhuyin in a lesson'),
    ('neg_rare_names_places', [tr_rare, mt_names], ['award', 'report'], 'rare but valid characters'),
    ('neg_html_escape_code_doc', [mt_code], ['manual', 'cms'], 'HTML and escapes quoted as code'),
    ('neg_windows_paths', [mt_paths], ['notice', 'email'], 'backslash paths'),
    ('neg_science_symbols', [mt_symbols, mt_greek], ['report', 'manual', 'exam'], '℃ μg/m³ ± α β'),
    ('neg_currency_symbols', [mt_currency], ['procure', 'contract'], '€ £ ¥ symbols'),
    ('neg_box_drawing', [mt_box], ['forum', 'manual'], 'box drawing and kaomoji'),
    ('neg_checkbox_form', [mt_checkbox], ['insurance', 'minutes'], '□ ☑ checkboxes'),
    ('neg_tang_tun_words', [mt_tang], ['cms', 'report'], '烫 / 屯 in real words'),
    ('neg_ampersand_names', [mt_amp], ['summary', 'cms'], 'P&G, R&D'),
    ('neg_files_urls', [tr_files], ['notice', 'email', 'procure'], 'URLs, e-mail addresses, file names'),
    ('neg_foreign_script_quotes', [tr_foreign], ['cms', 'minutes'], 'quoted foreign languages'),
    ('neg_multiplication_signs', [tr_mult], ['manual', 'realestate'], '× and dimensions'),
    ('neg_mixed_encoding_traps', MJ_TRAPS, ['report', 'notice', 'cms', 'forum', 'summary'], 'several look-alikes in one document'),
    ('neg_clean_court_discipline', [], ['court', 'discipline', 'ocr_letter'], 'clean judgment / notice / letter'),
    ('neg_clean_cms_news', [], ['cms', 'award', 'certificate'], 'clean CMS news page'),
    ('neg_clean_listings', [], ['job', 'realestate', 'manual'], 'clean posting / listing / manual'),
    ('neg_forum_qmarks', [mt_qmarks, tr_emoji], ['forum'], 'ASCII ?? and emoji in a forum thread'),
]

def tr_rare_names(r):
    return P(r, '⟨year:年⟩度优秀学生：王堃、李喆、陈淼、张犇、刘垚。', '获奖名单：周祎、吴珺、赵琇、孙玥、杨昶。', '先进个人：⟨person⟩、黄堃、⟨person⟩、郑祎。')
MJ_FORCE = {'gb2312q_rare_names': tr_rare_names}
NO_TRAP_IN_POS = {tr_html_code, tr_formula, tr_chromo}

# ---------------------------------------------------------------- record generation
MAXL = 12

def _trap_lines(r, fns, k):
    out = []
    for _ in range(k):
        for _t in range(10):
            lines = r.choice(fns)(r).split('\n')
            if not any(ln in out for ln in lines):
                break
        else:
            continue
        out.extend(lines)
    return out

def _insert(r, base, extra):
    for ln in extra:
        base.insert(r.randint(1, len(base) - 1) if len(base) > 2 else len(base), ln)
    return base

def _fit(r, lines, room):
    """drop body lines (never the title) until len(lines) <= room"""
    lines = list(lines)
    while len(lines) > room and len(lines) > 1:
        del lines[r.randint(1, len(lines) - 1)]
    return lines

def gen_ph_pos(r, st):
    name, ctx, policy, kinds, (lo, hi), trap_p, note = st
    for _ in range(60):
        lines = CONTEXTS[ctx](r)
        traps = _trap_lines(r, [f for f in PH_TRAPS if f not in NO_TRAP_IN_POS], 1) if r.random() < trap_p else []
        lines = _insert(r, _fit(r, lines, MAXL - len(traps)), [])
        if policy == 'lorem':
            parts, _, _ = render(r, lines)
            text, _ = join_parts(parts)
            L = text.split('\n')
            i = r.randint(1, len(L) - 1)
            filler = r.choice(PH_LOREM)
            if r.random() < 0.5:
                parts = [('\n'.join(L[:i]) + '\n', 0), (filler, 1)] + ([('\n' + '\n'.join(L[i + 1:]), 0)] if i + 1 < len(L) else [])
            else:
                parts = [('\n'.join(L[:i + 1]) + '\n', 0), (filler, 1)] + ([('\n' + '\n'.join(L[i + 1:]), 0)] if i + 1 < len(L) else [])
            masked = True
        else:
            # trap lines are rendered without masking: mark them so render leaves them alone
            tl = [('\x01' + t) for t in traps]
            lines = _insert(r, lines, tl)
            rate = r.uniform(lo, hi)
            parts, masked = [], False
            for li, ln in enumerate(lines):
                if li:
                    parts.append(('\n', 0))
                if ln.startswith('\x01'):
                    p, _, _ = render(r, [ln[1:]])
                else:
                    p, _, m = render(r, [ln], policy, kinds, rate, force=False)
                    masked = masked or m
                parts.extend(p)
            if not masked:
                # force exactly one mask somewhere
                cand = [i for i, ln in enumerate(lines) if not ln.startswith('\x01') and
                        any((kinds is None or m.group(1) in kinds) for m in SLOT.finditer(ln))]
                if not cand:
                    continue
                continue_ok = False
                for _t in range(10):
                    i = r.choice(cand)
                    p, _, m = render(r, [lines[i]], policy, kinds, 0.0, force=True)
                    if m:
                        continue_ok = True
                        break
                if not continue_ok:
                    continue
                # rebuild parts with line i replaced
                parts = []
                for li, ln in enumerate(lines):
                    if li:
                        parts.append(('\n', 0))
                    if li == i:
                        parts.extend(p)
                    else:
                        pp, _, _ = render(r, [ln.lstrip('\x01')])
                        parts.extend(pp)
                masked = True
        text, spans = join_parts(parts)
        if masked and spans and text.count('\n') < MAXL:
            return 'placeholder', text, spans, '%s; %d placeholder span(s)' % (note, len(spans))
    raise RuntimeError('cannot build ' + name)

def gen_neg(r, st, family):
    name, traps, ctxs, note = st
    for _ in range(60):
        lines = CONTEXTS[r.choice(ctxs)](r)
        tl = _trap_lines(r, traps, r.randint(1, 3 if len(traps) > 3 else 2)) if traps else []
        lines = _insert(r, _fit(r, lines, MAXL - len(tl)), tl)
        parts, _, _ = render(r, lines)
        text, spans = join_parts(parts)
        if text.count('\n') < MAXL:
            return 'negative', text, [], note
    raise RuntimeError('cannot build ' + name)

def gen_mj_pos(r, st):
    name, ctxs, damages, note = st
    for _ in range(80):
        lines = CONTEXTS[r.choice(ctxs)](r)
        extra = []
        if name in MJ_FORCE:
            extra.append(MJ_FORCE[name](r))
        elif r.random() < 0.15:
            extra = _trap_lines(r, MJ_TRAPS, 1)
        lines = _insert(r, _fit(r, lines, MAXL - len(extra)), extra)
        parts, slotpos, _ = render(r, lines)
        text, _ = join_parts(parts)
        jobs = []
        for dname, where in damages:
            tg = pick_targets(r, text, slotpos, where)
            jobs.extend((a, b, DAMAGE[dname]) for a, b in tg)
        if len(jobs) < len(damages):
            continue
        jobs.sort(key=lambda j: (j[0], j[1]))
        if any(jobs[i][1] > jobs[i + 1][0] for i in range(len(jobs) - 1)):
            continue
        res = apply_damage_jobs(r, text, jobs)
        if res is None:
            continue
        parts, cleans = res
        text2, spans = join_parts(parts)
        if len(spans) != len(cleans) or text2.count('\n') >= MAXL:
            continue
        return 'mojibake', text2, spans, '%s; clean=%s' % (note, json.dumps(cleans, ensure_ascii=False))
    raise RuntimeError('cannot build ' + name)

def apply_damage_jobs(r, text, jobs):
    merged = []
    for a, b, fn in jobs:
        if merged and a == merged[-1][1] and fn is merged[-1][2]:
            merged[-1] = (merged[-1][0], b, fn)
        elif merged and a <= merged[-1][1]:
            return None
        else:
            merged.append((a, b, fn))
    parts, cleans, last = [], [], 0
    for a, b, fn in merged:
        clean = text[a:b]
        try:
            bad = fn(r, clean)
        except (UnicodeError, ValueError, LookupError):
            return None
        if bad == clean or not bad:
            return None
        if parts and parts[-1][1] == 1 and a == last:
            return None          # two damages touching would merge into one span
        if text[last:a]:
            parts.append((text[last:a], 0))
        parts.append((bad, 1)); cleans.append(clean)
        last = b
    if text[last:]:
        parts.append((text[last:], 0))
    return parts, cleans

def plan():
    """(family, style, kind, spec, count) in a fixed order"""
    out = []
    for st in PH_POS:
        out.append(('ph', st[0], 'ph_pos', st, 17))
    for st in PH_NEG:
        out.append(('ph', st[0], 'neg', st, 20))
    for st in MJ_POS:
        out.append(('mj', st[0], 'mj_pos', st, 15))
    for st in MJ_NEG:
        out.append(('mj', st[0], 'neg', st, 19))
    return out

def generate(seed):
    recs, seen_texts = [], set()
    for si, (fam, style, kind, st, cnt) in enumerate(plan()):
        r = random.Random('t19|%d|%s' % (seed, style))
        for k in range(cnt):
            for _try in range(30):
                if kind == 'ph_pos':
                    label, text, spans, note = gen_ph_pos(r, st)
                elif kind == 'mj_pos':
                    label, text, spans, note = gen_mj_pos(r, st)
                else:
                    label, text, spans, note = gen_neg(r, st, fam)
                if text not in seen_texts:
                    break
            seen_texts.add(text)
            recs.append({'id': 't19-s%d-%s-%03d-%02d' % (seed, fam, si, k), 'family': fam, 'style': style, 'label': label,
                         'text': text, 'spans': spans, 'note': note})
    random.Random('t19-order|%d' % seed).shuffle(recs)
    return recs

# ---------------------------------------------------------------- verification
PH_RX = re.compile(r'[xXｘＸ×○某*＊_＿]|【.+】|\{\{.+\}\}|\$\{?\w+|#\{|«.+»|<.+>|＜.+＞|\[.+\]|此处|请填写|请输入|（填|TODO|TBD|待定|待补充|待核实|'
                   r'Lorem|示例|这里是|%s|%d|\{\d?\}|^\s+年\s+月\s+日$')
STRONG_PH = re.compile(r'(?<![A-Za-z0-9])[xXｘＸ]{2,}(?=[\u4e00-\u9fff0-9.%:\-@])|(?<![A-Za-z0-9])[xXｘＸ](?=[月日年号户家个人元万%])|××|○○|某某|'
                       r'\d\*{3,}|[\u4e00-\u9fff]\*{1,2}(?=[\s，、。）)]|$)|【(?:单位|姓名|日期|名称|金额|数量|地址|联系|身份|统一|比例|乡镇|年)|'
                       r'(?<!`)\{\{|«[\u4e00-\u9fff]{1,8}»|\$\{|_{3,}|＿{2,}|（此处|（请填写|TODO|TBD|待定(?!系数)|待补充|Lorem ipsum|\[请输入', re.M)
MJ_STRONG = re.compile(r'\ufffd|锟斤拷|烫烫烫|Ã|â€|ï¼|ã€|\\u[0-9a-fA-F]{4}|=\?[\w-]+\?[bBqQ]\?|[\x00-\x08\x0e-\x1f\x7f-\x9f]')
WHITELIST = ['降价x元', '售出2x件']   # deliberate algebra traps (variables next to units)
KEYS = {'id', 'family', 'style', 'label', 'text', 'spans', 'note'}

def verify_file(path):
    probs, seen, n = [], set(), 0
    def bad(i, msg):
        probs.append('%s:%d: %s' % (path, i, msg))
    with open(path, encoding='utf-8') as fh:
        for i, line in enumerate(fh, 1):
            n += 1
            try:
                rec = json.loads(line)
            except ValueError as e:
                bad(i, 'bad JSON: %s' % e); continue
            if set(rec) != KEYS:
                bad(i, 'keys %s' % sorted(rec)); continue
            t, sp, lab, fam = rec['text'], rec['spans'], rec['label'], rec['family']
            if rec['id'] in seen or not str(rec['id']).startswith('t19-'):
                bad(i, 'duplicate/bad id %s' % rec['id'])
            seen.add(rec['id'])
            if fam not in ('ph', 'mj') or lab not in ('placeholder', 'mojibake', 'negative'):
                bad(i, 'family/label'); continue
            if (fam == 'ph' and lab == 'mojibake') or (fam == 'mj' and lab == 'placeholder'):
                bad(i, 'label does not fit family')
            if not re.fullmatch(r'[a-z0-9]+(_[a-z0-9]+)*', rec['style']):
                bad(i, 'style not snake_case')
            if not isinstance(t, str) or not t.strip():
                bad(i, 'empty text'); continue
            if not 1 <= t.count('\n') + 1 <= 12:
                bad(i, 'line count %d' % (t.count('\n') + 1))
            if '⟨' in t or '⟩' in t or (fam == 'ph' and '\x01' in t):
                bad(i, 'template remnant')
            if not isinstance(rec['note'], str) or '\n' in rec['note'] or not rec['note']:
                bad(i, 'note must be one line')
            if not isinstance(sp, list):
                bad(i, 'spans not a list'); continue
            prev = 0
            okspans = True
            for s in sp:
                if not (isinstance(s, list) and len(s) == 2 and all(isinstance(x, int) for x in s) and prev <= s[0] < s[1] <= len(t)):
                    bad(i, 'bad span %r' % (s,)); okspans = False; break
                if not t[s[0]:s[1]].strip():
                    bad(i, 'blank span %r' % (s,))
                prev = s[1]
            if not okspans:
                continue
            if lab == 'negative':
                for w in WHITELIST:
                    t = t.replace(w, ' ' * len(w))
                if sp:
                    bad(i, 'negative with spans')
                m = STRONG_PH.search(t)
                if m:
                    bad(i, 'negative holds a placeholder-like %r' % m.group())
                m = MJ_STRONG.search(t)
                if m:
                    bad(i, 'negative holds damage-like %r' % m.group())
                continue
            if not sp:
                bad(i, 'positive without spans'); continue
            if lab == 'placeholder':
                for a, b in sp:
                    if not PH_RX.search(t[a:b]):
                        bad(i, 'span %r holds no placeholder: %r' % ([a, b], t[a:b]))
                outside = list(t)
                for a, b in sp:
                    outside[a:b] = ['\n'] * (b - a)
                m = STRONG_PH.search(''.join(outside))
                if m:
                    bad(i, 'placeholder outside spans: %r' % m.group())
                m = MJ_STRONG.search(t)
                if m:
                    bad(i, 'placeholder record holds damage-like %r' % m.group())
            else:
                m = re.search(r'; clean=(\[.*\])$', rec['note'])
                if not m:
                    bad(i, 'mojibake note lacks clean=[...]'); continue
                cleans = json.loads(m.group(1))
                if len(cleans) != len(sp):
                    bad(i, 'clean list length %d != spans %d' % (len(cleans), len(sp))); continue
                for (a, b), c in zip(sp, cleans):
                    if t[a:b] == c:
                        bad(i, 'mojibake span equals clean text %r' % c)
    return n, probs

def style_table(path):
    from collections import OrderedDict
    rows = OrderedDict()
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            rec = json.loads(line)
            d = rows.setdefault(rec['style'], {'family': rec['family'], 'placeholder': 0, 'mojibake': 0, 'negative': 0, 'ex': None})
            d[rec['label']] += 1
            if d['ex'] is None or (rec['id'] < d['ex'][0]):
                d['ex'] = (rec['id'], rec)
    order = {st: i for i, (_, st, *_r) in enumerate(plan())}
    out = ['| style | family | placeholder | mojibake | negative | example |', '|---|---|---:|---:|---:|---|']
    for st in sorted(rows, key=lambda s: order.get(s, 9999)):
        d = rows[st]
        rec = d['ex'][1]
        t = rec['text']
        if rec['spans']:
            a, b = rec['spans'][0]
            lo = max(0, a - 12); ex = t[lo:min(len(t), b + 12, a + 60)]
        else:
            ex = t[:50]
        ex = ex.replace('\n', '⏎').replace('|', '\\|').replace('`', "'")
        ex = ''.join(c if c.isprintable() else '·' for c in ex)
        out.append('| %s | %s | %d | %d | %d | `%s` |' % (st, d['family'], d['placeholder'], d['mojibake'], d['negative'], ex))
    return '\n'.join(out) + '\n'

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+')
    ap.add_argument('--style-table')
    a = ap.parse_args()
    if a.verify:
        allp = []
        for f in a.verify:
            n, probs = verify_file(f)
            print('%s: %d records, %d problem(s)' % (f, n, len(probs)))
            allp += probs
        for p in allp[:200]:
            print('  ' + p)
        sys.exit(1 if allp else 0)
    if a.style_table:
        sys.stdout.write(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error('need --seed and --out (or --verify / --style-table)')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    from collections import Counter
    c = Counter((x['family'], x['label']) for x in recs)
    print('%s: %d records, %d styles; %s' % (a.out, len(recs), len({x['style'] for x in recs}),
                                             ', '.join('%s/%s=%d' % (k[0], k[1], v) for k, v in sorted(c.items()))))

if __name__ == '__main__':
    main()
