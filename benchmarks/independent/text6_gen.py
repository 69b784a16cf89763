#!/usr/bin/env python3
"""text6_gen.py - independent, labelled test collection for an auditor of
scraped Chinese government work reports.

Two families:
  ph  placeholders / anonymisation masks / template leftovers
  mj  mojibake (wrong decodings, HTML debris, lost characters, invisibles)

Usage:
  python3 text6_gen.py --seed 7 --out text6.jsonl
  python3 text6_gen.py --verify text6.jsonl

Standard library only.  Deterministic: every style draws from its own
random.Random(zlib.crc32(f"{seed}:{style}")).  All text is invented.
"""
import argparse
import html
import json
import random
import re
import sys
import unicodedata
import urllib.parse
import zlib

# ======================================================================
#  segments -> (text, spans)
# ======================================================================


class Retry(Exception):
    """Raised by a style function when a draw is unusable; the driver redraws."""


def S(text, tag=True):
    """A span segment.  tag: True for ph; an inverse-recipe string for mj."""
    return (text, tag)


def flat(*items):
    out = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, str):
            out.append((it, None))
        elif isinstance(it, tuple) and len(it) == 2 and isinstance(it[0], str) \
                and (it[1] is None or it[1] is True or isinstance(it[1], str)):
            out.append(it)
        elif isinstance(it, (list, tuple)):
            out.extend(flat(*it))
        else:
            raise TypeError(repr(it))
    return out


def assemble(segs):
    """Join segments; spans merged when touching.  Returns text, spans, tags."""
    parts, spans, tags, pos = [], [], [], 0
    for seg in flat(segs):
        s, tag = seg
        if not s:
            continue
        if tag is not None:
            if spans and spans[-1][1] == pos:
                if tags[-1] != tag:
                    if tags[-1] == '-' or tag == '-':
                        tags[-1] = '-'
                    else:
                        raise Retry('touching spans with different inverse recipes')
                spans[-1][1] = pos + len(s)
            else:
                spans.append([pos, pos + len(s)])
                tags.append(tag)
        parts.append(s)
        pos += len(s)
    return ''.join(parts), spans, tags


def segs_to_chars(segs):
    """Char list with span ids (None for plain); used to break lines inside masks."""
    out, sid, last_tag_end = [], 0, False
    for s, tag in flat(segs):
        if not s:
            continue
        if tag is not None:
            if not last_tag_end:
                sid += 1
            for c in s:
                out.append([c, sid])
            last_tag_end = True
        else:
            for c in s:
                out.append([c, None])
            last_tag_end = False
    return out


def chars_to_segs(chars):
    segs, buf, cur = [], [], 'init'
    for c, sid in chars:
        key = sid is not None
        if cur != 'init' and key != cur:
            segs.append((''.join(buf), True if cur else None))
            buf = []
        buf.append(c)
        cur = key
    if buf:
        segs.append((''.join(buf), True if cur else None))
    return segs


# ======================================================================
#  invented vocabulary
# ======================================================================

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙陶黎贺顾毛郝龚邵覃武戴莫孔向汤")
GIVEN = ["建国", "秀英", "志强", "海燕", "文华", "晓明", "丽娟", "国庆", "春梅", "永红", "德胜",
         "振华", "玉兰", "子涵", "思远", "宏伟", "雅琴", "桂芳", "明亮", "嘉欣", "卫东", "红霞",
         "立新", "少军", "慧敏", "俊杰", "晓峰", "淑珍", "长青", "洪波", "金凤", "家豪", "正阳",
         "伟", "敏", "静", "磊", "勇", "燕", "军", "霞", "涛", "琳", "斌"]
CTY = ["清溪", "石门", "安平", "临川", "永宁", "丰泽", "龙溪", "云和", "桃江", "梅林", "东阳",
       "南丰", "泰宁", "宁远", "凤台", "长兴", "嘉禾", "新化", "古田", "武宁", "平江", "金湖",
       "柳城", "白河", "青川", "望都", "兴山", "乐平"]
TWN = ["柳湾", "青石", "白沙", "枫林", "南塘", "松岗", "石桥", "双河", "龙泉", "东坪", "西岭",
       "黄泥", "竹溪", "三江", "高坪", "马鞍", "杨家", "新埠", "鹤鸣", "茶园", "沙洲", "河口",
       "花桥", "太平", "金鸡", "莲塘", "大坝"]
VIL = ["上湾", "下屋", "大塘", "新民", "光明", "红星", "团结", "和平", "幸福", "胜利", "桥头",
       "塘尾", "岭背", "坳上", "田心", "水口", "白石", "湖滨", "望江", "杏花", "月山", "石龙",
       "南湖", "东岸", "联丰", "樟树"]
CTY_SUF = ["县", "县", "市", "区"]
TWN_SUF = ["镇", "镇", "乡", "街道"]
VIL_SUF = ["村", "村", "社区"]
ROADS = ["人民", "建设", "解放", "滨江", "中山", "文化", "迎宾", "新华", "环城", "兴业", "朝阳", "育才"]
ORG_TYPES = ["农业农村局", "住房和城乡建设局", "卫生健康委员会", "应急管理局", "市场监督管理局",
             "人力资源和社会保障局", "文化和旅游局", "民政局", "医疗保障局", "交通运输局",
             "自然资源局", "水利局", "教育局", "财政局", "统计局", "商务局", "司法局",
             "退役军人事务局", "城市管理局", "发展和改革局"]
INDUSTRY = ["建材", "农业科技", "物流", "食品", "电子", "水务", "环保科技", "建筑工程", "旅游开发",
            "纺织", "医药", "新能源", "茶业", "物业管理"]
COMP_FORM = ["有限公司", "有限责任公司", "股份有限公司", "专业合作社"]
DOC_KIND = ["政办", "政发", "办发", "农发", "府函", "政办函", "安委办", "发改"]
QUOTED = ["放管服", "最多跑一次", "双报到", "一村一品", "河长制", "我为群众办实事", "五星支部",
          "门前三包", "厕所革命", "四好农村路", "网格化+", "一网通办", "百千万工程", "平安家庭"]

# report sentences with typed slots (all invented)
TEMPLATES = [
    "全年实现地区生产总值{B}亿元，同比增长{P}%。",
    "完成固定资产投资{M}万元，占年度目标任务的{PH}%。",
    "新增规模以上工业企业{S}家，规上工业增加值同比增长{P}%。",
    "全年引进项目{S}个，协议引资{B}亿元，其中亿元以上项目{S}个。",
    "社会消费品零售总额达{B}亿元，增速较上年提高{PP}个百分点。",
    "新登记各类市场主体{I}户，其中企业{I}家。",
    "一般公共预算收入完成{M}万元，税收收入占比{PH}%。",
    "为{I}家市场主体兑现减税降费及奖补资金{M}万元。",
    "粮食播种面积稳定在{I}亩，总产量达{F}万吨。",
    "新建高标准农田{I}亩，完成投资{M}万元。",
    "发展油茶、中药材等特色种植{I}亩，带动{I}户农户稳定增收。",
    "{TWN}镇{VIL}村集体经济收入突破{M}万元。",
    "向{I}户监测户发放产业奖补资金{M}万元，户均增收{I}元。",
    "完成农村公路提质改造{F}公里，新建、改建桥梁{S}座。",
    "改造老旧小区{S}个，惠及居民{I}户。",
    "新铺设污水管网{F}公里，城区污水集中处理率达到{PH}%。",
    "{CTY}县{TWN}镇集中供水工程于{Y}年{MO}月{D}日正式通水。",
    "城镇新增就业{I}人，城镇调查失业率控制在{PP}%以内。",
    "发放城乡低保金{M}万元，保障困难群众{I}人。",
    "新增养老床位{I}张，建成社区日间照料中心{S}个。",
    "开展职业技能培训{S}期，培训{I}人次，取证率{PH}%。",
    "城乡居民基本医疗保险参保率稳定在{PH}%以上。",
    "家庭医生签约服务覆盖{I}人，重点人群签约率达{PH}%。",
    "新建、改扩建中小学校{S}所，新增学位{I}个。",
    "发放各类助学资金{M}万元，资助学生{I}人次。",
    "开展安全生产检查{I}家次，排查整改各类隐患{I}处。",
    "受理群众来信来访{I}件次，按期办结率{PH}%。",
    "组织开展应急演练{S}场次，参与干部群众{I}人次。",
    "排查调处矛盾纠纷{I}宗，调处成功率{PH}%。",
    "全年空气质量优良天数{DY}天，优良率{PH}%。",
    "清理河道垃圾{F}吨，整治黑臭水体{S}处。",
    "完成植树造林{I}亩，森林覆盖率提高到{PM}%。",
    "召开党委理论学习中心组学习会{S}次，开展专题研讨{S}次。",
    "发展党员{S}名，按期转正预备党员{S}名。",
    "{PER}同志带队走访{S}个村（社区），收集意见建议{I}条。",
    "{Y}年{MO}月，{CTY}县人民政府印发《关于加快数字乡村建设的实施意见》（{DOC}）。",
    "政务服务事项网上可办率达到{PH}%，全年办理各类业务{I}件。",
    "12345政务服务便民热线受理工单{I}件，按时办结率{PH}%。",
    "{Y}年{MO}月{D}日，{ORG}组织召开防汛抗旱工作部署会。",
    "{ORG}牵头完成{S}个重点项目的联合验收。",
    "{COMP}投资{M}万元建设的智能化生产线于{MO}月建成投产。",
    "经核查，{COMP}存在未按规定设置警示标识等问题{S}项，已责令限期整改。",
    "{PER}同志任{TWN}镇党委书记期间，推动建成标准化厂房{F}万平方米。",
    "{CTY}县{TWN}镇{VIL}村被评为省级美丽乡村示范村。",
    "累计建成5G基站{I}个，实现重点区域信号全覆盖。",
    "接待游客{F}万人次，实现旅游综合收入{B}亿元。",
    "举办各类文化惠民演出{S}场，观众达{I}人次。",
    "新增城镇燃气用户{I}户，管道燃气普及率{PH}%。",
    "完成农村户厕改造{I}户，卫生厕所普及率达到{PH}%。",
    "征收土地{I}亩，完成房屋征收签约{I}户，签约率{PH}%。",
    "帮助{S}名退役军人实现就业创业，发放优待金{M}万元。",
    "全年共受理法律援助案件{I}件，挽回经济损失{M}万元。",
    "{MO}月{D}日，{TWN}镇召开{Y}年度村（社区）党组织书记述职评议会。",
    "全年办理人大代表建议{S}件、政协委员提案{S}件，满意率{PH}%。",
    "城区建成区绿化覆盖率达{PM}%，人均公园绿地面积{F}平方米。",
    "{CTY}区共有专兼职网格员{I}名，划分基础网格{I}个。",
    "新增市场主体中，数字经济类企业{I}家，占比{P}%。",
    "截至{Y}年{MO}月底，全区累计发放创业担保贷款{M}万元。",
    "投入资金{M}万元，实施{VIL}村人居环境整治项目{S}个。",
    "开展食品安全抽检{I}批次，合格率{PH}%。",
    "落实耕地地力保护补贴{M}万元，惠及农户{I}户。",
    "{VIL}社区共有居民{I}户，其中60岁以上老年人{I}人。",
    "完成危房改造{S}户，拨付补助资金{M}万元。",
    "全年共查处交通违法行为{I}起，道路交通事故死亡人数同比下降{P}%。",
    "{ORG}会同{TWN}镇开展联合执法{S}次，立案查处{S}起。",
    "{Y}年{MO}月{D}日至{DE}日，{PER}带领督导组对{S}个乡镇开展交叉检查。",
]

FIXED = [
    "坚持以人民为中心的发展思想，统筹推进经济发展和民生改善。",
    "一年来，在上级党委、政府的坚强领导下，全体干部群众凝心聚力、攻坚克难。",
    "现将有关工作情况报告如下：",
    "各项工作取得阶段性成效，但也存在一些困难和不足。",
    "下一步，我们将继续巩固成果、补齐短板，推动各项工作再上新台阶。",
    "产业结构调整任务依然较重，项目储备不够充足。",
    "基层治理能力与群众期盼相比还有差距。",
    "坚持问题导向，逐项建立台账、明确时限。",
    "强化督查考核，确保各项任务落地见效。",
    "进一步压实安全生产责任，守牢不发生重大事故的底线。",
    "持续深化“放管服”改革，营商环境不断优化。",
    "统筹抓好防汛救灾和灾后重建工作。",
    "扎实开展主题教育，党员干部干事创业热情进一步激发。",
    "巩固拓展脱贫攻坚成果同乡村振兴有效衔接。",
    "坚决守住不发生规模性返贫的底线。",
    "财政收支矛盾依然突出，部分民生项目推进较慢。",
    "全面落实河长制、林长制，生态环境质量持续改善。",
    "深入推进平安建设，社会大局保持和谐稳定。",
    "聚焦群众急难愁盼问题，办好一批民生实事。",
    "进一步优化干部队伍结构，激发担当作为内生动力。",
    "深入开展“我为群众办实事”实践活动，解决了一批群众反映强烈的问题。",
    "招商引资质量有待提高，龙头企业带动作用不够明显。",
]

HEADS = ["一、{Y}年工作回顾", "二、存在的主要问题", "三、{Y}年工作打算",
         "（一）坚持项目为王，经济运行稳中有进", "（二）聚焦民生实事，群众获得感持续增强",
         "（三）守牢安全底线，社会大局和谐稳定", "（四）加强自身建设，服务效能不断提升",
         "1.产业发展", "2.基础设施建设", "3.社会事业", "（五）强化党建引领，夯实基层基础"]

ASCII_PUNCT = {"，": ",", "（": "(", "）": ")", "：": ":", "；": ";"}


def asciify(s):
    return ''.join(ASCII_PUNCT.get(c, c) for c in s)


# ======================================================================
#  clean values and template rendering
# ======================================================================

def clean_value(r, kind):
    """Return (text, parts) for a slot kind."""
    if kind == 'I':
        v = r.choice([r.randint(12, 99), r.randint(100, 999), r.randint(100, 999),
                      r.randint(1000, 9999), r.randint(10000, 60000)])
        return str(v), {}
    if kind == 'S':
        return str(r.randint(2, 36)), {}
    if kind == 'F':
        return (f"{r.uniform(0.5, 95):.1f}" if r.random() < 0.7 else f"{r.uniform(0.5, 30):.2f}"), {}
    if kind == 'M':
        c = r.randrange(6)
        if c == 0:
            return str(r.randint(30, 980)), {}
        if c == 1:
            return f"{r.uniform(10, 999):.1f}", {}
        if c == 2:
            return f"{r.uniform(1, 99):.2f}", {}
        if c == 3:
            return str(r.randint(1000, 30000)), {}
        if c == 4:
            return f"{r.uniform(1000, 9999):,.2f}", {}
        return f"{r.uniform(100, 9999):.2f}", {}
    if kind == 'B':
        return (f"{r.uniform(1.2, 180):.2f}" if r.random() < 0.6 else f"{r.uniform(1.2, 99):.1f}"), {}
    if kind == 'P':
        return (f"{r.uniform(0.5, 35):.1f}" if r.random() < 0.75 else str(r.randint(2, 30))), {}
    if kind == 'PH':
        c = r.randrange(6)
        if c < 3:
            return f"{r.uniform(85, 99.9):.1f}", {}
        if c == 3:
            return f"{r.uniform(60, 99.99):.2f}", {}
        if c == 4:
            return "100", {}
        return str(r.randint(80, 99)), {}
    if kind == 'PM':
        return (f"{r.uniform(20, 65):.1f}" if r.random() < 0.7 else f"{r.uniform(20, 65):.2f}"), {}
    if kind == 'PP':
        return f"{r.uniform(0.1, 9.9):.1f}", {}
    if kind == 'DY':
        return str(r.randint(262, 358)), {}
    if kind == 'Y':
        return str(r.randint(2018, 2024)), {}
    if kind == 'MO':
        return str(r.randint(1, 12)), {}
    if kind == 'D':
        return str(r.randint(1, 26)), {}
    if kind == 'CTY':
        return r.choice(CTY), {}
    if kind == 'TWN':
        return r.choice(TWN), {}
    if kind == 'VIL':
        return r.choice(VIL), {}
    if kind == 'PER':
        s, g = r.choice(SURNAMES), r.choice(GIVEN)
        return s + g, {'sur': s, 'given': g}
    if kind == 'ORG':
        stem, suf, typ = r.choice(CTY), r.choice(CTY_SUF), r.choice(ORG_TYPES)
        return stem + suf + typ, {'stem': stem, 'suf': suf, 'type': typ}
    if kind == 'COMP':
        stem, ind, form = r.choice(TWN + CTY), r.choice(INDUSTRY), r.choice(COMP_FORM)
        cityp = r.choice(CTY) + "市" if r.random() < 0.3 else ""
        return cityp + stem + ind + form, {'city': cityp, 'stem': stem, 'ind': ind, 'form': form}
    if kind == 'DOC':
        abbr = r.choice(CTY)[0] + r.choice(DOC_KIND)
        y = str(r.randint(2019, 2024))
        n = str(r.randint(1, 86))
        return f"{abbr}〔{y}〕{n}号", {'abbr': abbr, 'year': y, 'num': n}
    raise KeyError(kind)


SLOT_RE = re.compile(r'\{([A-Z]+)\}')
NUMERIC = {'I', 'S', 'F', 'M', 'B', 'P', 'PH', 'PM', 'PP', 'DY'}
DATEK = {'Y', 'MO', 'D', 'DE'}
PLACEK = {'CTY', 'TWN', 'VIL'}


def tpl_kinds(tpl):
    return set(SLOT_RE.findall(tpl))


def render(r, tpl, masker=None, kinds=(), p=0.6, force=True):
    parts = SLOT_RE.split(tpl)
    slots = [i for i in range(1, len(parts), 2)]
    elig = [i for i in slots if masker is not None and parts[i] in kinds]
    chosen = [i for i in elig if r.random() < p]
    if force and masker is not None:
        if not elig:
            raise Retry('template lacks maskable slot')
        if not chosen:
            chosen = [r.choice(elig)]
    segs = []
    last_d = 20
    for i, part in enumerate(parts):
        if i % 2 == 0:
            if part:
                segs.append((part, None))
        else:
            if part == 'DE':
                txt, comps = str(last_d + r.randint(1, 4)), {}
            else:
                txt, comps = clean_value(r, part)
            if part == 'D':
                last_d = int(txt)
            if i in chosen:
                segs.extend(masker(part, txt, comps))
            else:
                segs.append((txt, None))
    return segs


def clean_sentence(r, fixed_share=0.3):
    if r.random() < fixed_share:
        return r.choice(FIXED)
    return assemble(render(r, r.choice(TEMPLATES)))[0]


def clean_heading(r):
    return assemble(render(r, r.choice(HEADS)))[0]


def ctx(r, lo=0, hi=2):
    return ''.join(clean_sentence(r) for _ in range(r.randint(lo, hi)))


def pick_templates(pred):
    return [t for t in TEMPLATES if pred(tpl_kinds(t))]


# ======================================================================
#  placeholder maskers
# ======================================================================

class Masker:
    def __init__(self, r, ch='x', mou=False):
        self.r, self.ch, self.mou = r, ch, mou

    def run(self, n):
        return self.ch * n

    def num(self, clean):
        r, ch = self.r, self.ch
        if ch in '_＿':
            return [S(ch * r.randint(3, 7))]
        if r.random() < 0.5:
            s = re.sub(r'\d', ch, clean)
        elif '.' in clean and r.random() < 0.7:
            s = ch * r.randint(1, 3) + ('．' if ch in 'ｘＸ＊' else '.') + ch * r.randint(1, 2)
        else:
            s = ch * r.randint(1, 4)
        return [S(s)]

    def __call__(self, kind, clean, comps):
        r, ch = self.r, self.ch
        if kind in NUMERIC:
            return self.num(clean)
        if kind == 'Y':
            c = r.randrange(4)
            if ch in '_＿':
                return [S(ch * 4)] if c < 2 else [("20", None), S(ch * 2)]
            if c == 0:
                return [S(ch * 4)]
            if c == 1:
                return [("202", None), S(ch)]
            return [("20", None), S(ch * 2)]
        if kind in ('MO', 'D', 'DE'):
            return [S(ch * r.choice([1, 2]))]
        if kind in PLACEK:
            if self.mou:
                return [S('某')]
            return [S(ch * r.choice([2, 2, 2, 3]))]
        if kind == 'PER':
            if self.mou:
                c = r.randrange(4)
                if c == 0:
                    return [S('某某某')]
                return [(comps['sur'], None), S('某' if c < 3 else '某某')]
            c = r.randrange(3)
            if c == 0:
                return [S(ch * 3)]
            return [(comps['sur'], None), S(ch * r.choice([1, 2]))]
        if kind == 'ORG':
            if self.mou:
                return [S('某'), (comps['suf'] + comps['type'], None)]
            return [S(ch * r.choice([2, 3])), (comps['suf'] + comps['type'], None)]
        if kind == 'COMP':
            m = '某' if self.mou else ch * r.choice([2, 3])
            if r.random() < 0.5:
                return [S(m), (comps['ind'] + comps['form'], None)]
            return [S(m), (comps['form'], None)]
        if kind == 'DOC':
            m = 'x' if self.mou else ch
            y = comps['year']
            ys = [(y, None)] if r.random() < 0.6 else [("20", None), S(m * 2)]
            return [S(m), (comps['abbr'][1:] + "〔", None)] + ys + [("〕", None), S(m * r.choice([1, 2])), ("号", None)]
        raise KeyError(kind)


def mask_clause(r, masker, kinds, need=None, p=0.6):
    pool = pick_templates(lambda k: bool(k & set(kinds)) and (need is None or bool(k & set(need))))
    return render(r, r.choice(pool), masker, kinds, p)


def with_ctx(r, segs, lo=0, hi=2, para=False):
    before = ctx(r, lo, hi)
    after = ctx(r, 0, hi)
    if para and r.random() < 0.4:
        return flat(before, "\n" if before else "", segs, "\n" if after else "", after)
    return flat(before, segs, after)


def maybe_ascii_punct(r, segs, prob=0.2):
    """Scraped pages often carry half-width punctuation (only plain text is changed)."""
    if r.random() >= prob:
        return segs
    return [(asciify(s), None) if t is None else (s, t) for s, t in flat(segs)]


# ======================================================================
#  ph positive styles
# ======================================================================

def ph_num_x(r):
    m = Masker(r, 'x')
    segs = [mask_clause(r, m, NUMERIC) for _ in range(r.randint(1, 2))]
    return maybe_ascii_punct(r, with_ctx(r, segs)), "counts/amounts masked with lowercase x runs"


def ph_num_X(r):
    m = Masker(r, 'X')
    segs = [mask_clause(r, m, NUMERIC) for _ in range(r.randint(1, 2))]
    return with_ctx(r, segs), "counts/amounts masked with uppercase X runs"


def ph_num_symbol(r):
    ch = r.choice(['×', '＊', '*', '○', '□', '×', '*'])
    m = Masker(r, ch)
    segs = [mask_clause(r, m, NUMERIC | PLACEK) for _ in range(r.randint(1, 2))]
    return with_ctx(r, segs), f"numbers/places masked with '{ch}' runs"


def ph_num_blank(r):
    ch = r.choice(['_', '_', '＿'])
    m = Masker(r, ch)
    segs = [mask_clause(r, m, NUMERIC, p=0.8) for _ in range(r.randint(1, 2))]
    return with_ctx(r, segs), "fill-in underscore blanks in place of numbers"


def ph_money(r):
    ch = r.choice(['x', 'x', 'X', '×', '*'])
    c = r.randrange(4)
    if c < 2:
        m = Masker(r, ch)
        segs = mask_clause(r, m, {'M', 'B'}, p=0.9)
        return with_ctx(r, segs, 0, 2), f"money amounts masked ({ch})"
    if c == 2:
        a = r.choice(["xx,xxx.xx", "x,xxx.xx", "xxx,xxx.xx", "XX,XXX.XX", "xxxx.xx"])
        if ch != 'x':
            a = re.sub('[xX]', ch, a)
        item = r.choice(["工程款", "专项补助资金", "采购合同金额", "项目总投资", "年度预算"])
        segs = flat(f"{item}：", r.choice(["¥", "￥", "人民币"]), S(a), "元（大写：人民币",
                    S(r.choice(["____", "＿＿＿＿＿", "XXXX"])), "元整）。")
        return with_ctx(r, segs, 0, 1), "contract-style money field with masked figure and blank capital amount"
    v = r.choice(["xx.xx", "x.xx", "xxx.x", "XX.XX", "x.x"])
    if ch not in 'xX':
        v = re.sub('[xX]', ch, v)
    lead, unit = r.choice([("累计争取上级资金", "万元"), ("本年度拨付补助资金", "万元"), ("完成投资", "亿元"),
                           ("兑付征地补偿款", "万元"), ("安置房建设均价为", "元/平方米"), ("园区实现营业收入", "亿元")])
    segs = flat(lead, S(v), unit, "，", render(r, r.choice(pick_templates(lambda k: 'P' in k))))
    return with_ctx(r, segs, 0, 1), "money amount xx.xx with unit outside the span"


def ph_percent(r):
    ch = r.choice(['x', 'x', 'X', '×'])
    c = r.randrange(3)
    if c < 2:
        segs = mask_clause(r, Masker(r, ch), {'P', 'PH', 'PM', 'PP'}, need={'P', 'PH', 'PM'}, p=0.9)
        return with_ctx(r, segs), f"percentages masked with '{ch}'"
    pat = r.choice(["xx", "xx.x", "xxx", "x.x", "xx.xx"])
    pat = pat.replace('x', ch)
    pct = r.choice(["%", "%", "％"])
    lead = r.choice(["群众满意度达", "项目完工率为", "同比增长", "资金支付进度达", "环比下降", "覆盖率提升至"])
    tail = r.choice(["，较上年提高", "，高于全市平均水平", "，比目标值低"])
    segs = flat(lead, S(pat), pct, tail, S(r.choice([ch, ch * 2, f"{ch}.{ch}"])), "个百分点。")
    return with_ctx(r, segs, 0, 2), "percentage and percentage-point values masked; % outside span"


def ph_date_x(r):
    ch = r.choice(['x', 'x', 'X'])
    c = r.randrange(5)
    if c == 0:
        segs = mask_clause(r, Masker(r, ch), DATEK, need=DATEK, p=0.9)
    elif c == 1:
        segs = flat("20", S(ch * 2), "年", S(ch), "月", S(ch * 2), "日，", r.choice(CTY), "县召开",
                    r.choice(["乡村振兴", "安全生产", "信访维稳", "森林防火", "招商引资"]), "工作推进会。")
    elif c == 2:
        d1, d2 = r.choice([(ch * 2, ch * 2), (ch, ch * 2), (ch, ch)])
        sep = r.choice(["-", "至", "—", "~"])
        segs = flat(S(ch * r.choice([1, 2])), "月", S(d1), sep, S(d2), "日，省",
                    r.choice(["考核组", "督查组", "评估组"]), "对我", r.choice(["市", "县", "区"]),
                    r.choice(["创卫", "创文", "双拥", "食品安全"]), "工作进行了",
                    r.choice(["暗访", "实地检查", "技术评估"]), "。")
    elif c == 3:
        segs = flat("截至20", S(ch * 2), "年", S(ch * 2), "月底，", render(r, r.choice(TEMPLATES)))
    else:
        segs = flat(S(ch), "月份完成", r.choice(["招标", "立项", "验收", "审计"]), "工作，",
                    S(ch * 2), "月", S(ch * 2), "日正式", r.choice(["开工", "投入使用", "挂牌运行"]), "。")
    return with_ctx(r, segs), f"date parts masked with '{ch}'; 年/月/日 split spans"


def ph_date_blank(r):
    ch = r.choice(['_', '_', '＿', '×', '○', 'X'])
    yc = r.randrange(3)
    if yc == 0 and ch in '_＿':
        ys = flat("20", S(ch * 2))
    else:
        ys = [S(ch * 4)]
    date = flat(ys, "年", S(ch * 2), "月", S(ch * 2), "日")
    c = r.randrange(4)
    if c == 0:
        segs = flat(r.choice(["填报单位（盖章）：", "报送单位：", "承诺人（签字）："]),
                    S(ch * r.randint(6, 10)), "\n", r.choice(["填报日期：", "日期：", "签订日期："]), date)
    elif c == 1:
        segs = flat("本责任书自", date, "起生效，有效期", S(ch * r.choice([1, 2])), "年。")
    elif c == 2:
        segs = flat(r.choice(CTY), "县", r.choice(["应急管理局", "人民政府办公室", "乡村振兴局"]), "\n", date)
    else:
        segs = flat("请于", date, "前将", r.choice(["自查报告", "统计报表", "整改清单"]), "报送至",
                    r.choice(ORG_TYPES), "。")
    return with_ctx(r, segs, 0, 1, para=True), f"blank date fields ({ch})"


def ph_place_x(r):
    ch = r.choice(['X', 'x', 'X', '×'])
    c = r.randrange(3)
    if c < 2:
        segs = mask_clause(r, Masker(r, ch), PLACEK | {'ORG'}, need=PLACEK | {'ORG'}, p=0.9)
    else:
        segs = flat(S(ch * 2), r.choice(["县", "市"]), S(ch * 2), r.choice(["镇", "乡", "街道"]),
                    S(ch * 2), r.choice(["村", "社区"]), r.choice(["率先完成", "创新开展", "试点推行"]),
                    r.choice(["“积分制”管理", "垃圾分类", "集体林权制度改革", "农村宅基地改革"]), "。")
    return with_ctx(r, segs), f"place names masked ({ch}); administrative suffix outside span"


def ph_place_mou(r):
    c = r.randrange(4)
    if c == 0:
        segs = mask_clause(r, Masker(r, 'x', mou=True), PLACEK, need=PLACEK, p=1.0)
    elif c == 1:
        segs = flat(S('某'), r.choice(["县", "市"]), S('某'), r.choice(["镇", "乡"]), S('某'), "村村民",
                    r.choice(SURNAMES), S(r.choice(['某', '某某'])), "反映",
                    r.choice(["宅基地权属纠纷", "拖欠工资问题", "农田灌溉渠堵塞", "道路硬化质量问题"]),
                    "，经调解双方达成一致。")
    elif c == 2:
        segs = flat("据", S('某'), r.choice(["区", "市"]), r.choice(["应急管理局", "市场监管局"]), "通报，",
                    S('某'), "街道", S('某'), "社区一处", r.choice(["自建房", "沿街商铺", "小作坊"]),
                    "存在消防安全隐患。")
    else:
        segs = flat(r.choice(["典型案例：", "案例：", "【案例】"]), S('某'), "省", S('某'), "县推行",
                    r.choice(["“村医通”", "“田长制”", "“一码通办”"]), "做法，群众满意度明显提升。")
    return with_ctx(r, segs), "anonymised places written as 某县/某镇; span = 某 only"


def ph_address(r):
    ch = r.choice(['X', 'x', '×', '*'])
    c = r.randrange(3)
    if c == 0:
        addr = flat(S(ch * 2), "省", S(ch * 2), "市", S(ch * 2), "区", S(ch * 2), "路", S(ch * r.choice([1, 2, 3])), "号")
    elif c == 1:
        addr = flat(r.choice(CTY), "县", r.choice(ROADS), "路", S(ch * 2), "号", S(ch * 2), "小区",
                    S(ch), "栋", S(ch), "单元", S(ch * 3), "室")
    else:
        addr = flat(r.choice(TWN), "镇", S(ch * 2), "村", S(ch * 2), "组", S(ch * 2), "号")
    lead = r.choice(["联系地址：", "住址：", "项目选址位于", "办公地点：", "经营场所："])
    segs = flat(lead, addr, r.choice(["。", "；", "，邮编", "。"]))
    if flat(segs)[-1][0] == "，邮编":
        segs = flat(segs, S(ch * 6), "。")
    return with_ctx(r, segs, 0, 1), "address components masked"


def ph_org(r):
    c = r.randrange(4)
    if c == 0:
        ch = r.choice(['X', 'x', '×'])
        segs = mask_clause(r, Masker(r, ch), {'ORG', 'COMP'}, need={'ORG', 'COMP'}, p=1.0)
        note = f"organisation names masked ({ch})"
    elif c == 1:
        segs = mask_clause(r, Masker(r, 'x', mou=True), {'ORG', 'COMP'}, need={'ORG', 'COMP'}, p=1.0)
        note = "organisation anonymised as 某公司/某局"
    elif c == 2:
        ch = r.choice(['XX', 'xx', '××', 'XXX'])
        segs = flat(S(ch), r.choice(["银行", "农商银行", "信用社"]), S(ch), "支行为",
                    r.choice(["新型农业经营主体", "小微企业", "个体工商户"]), "发放贷款",
                    render(r, "{M}万元。"))
        note = "bank and branch masked"
    else:
        ch = r.choice(['XX', 'xx', '×××', 'XXX'])
        segs = flat("由", S(ch), r.choice(["单位", "局", "部门", "公司"]), "牵头，", S(ch),
                    r.choice(["单位", "局", "中心"]), "配合，", r.choice(["于", "在"]),
                    render(r, "{MO}月底前完成"), r.choice(["整改", "验收", "招标", "评估"]), "。")
        note = "lead and partner organisations masked"
    return with_ctx(r, segs), note


def ph_person_mou(r):
    sur = r.choice(SURNAMES)
    mk = r.choice(['某', '某某', '某', '某某'])
    c = r.randrange(4)
    if c == 0:
        segs = mask_clause(r, Masker(r, 'x', mou=True), {'PER'}, need={'PER'}, p=1.0)
    elif c == 1:
        segs = flat("犯罪嫌疑人", sur, S(mk), "以", r.choice(["投资理财", "刷单返利", "冒充客服"]),
                    "为名骗取群众钱款", render(r, "{M}万元"), "，已被依法刑事拘留。")
    elif c == 2:
        s2 = r.choice(SURNAMES)
        segs = flat("村民", sur, S(mk), "与", s2, S(r.choice(['某', '某某'])), "因",
                    r.choice(["宅基地边界", "土地流转费用", "山林权属", "排水沟"]), "产生纠纷，",
                    r.choice(["村调委会", "司法所", "驻村工作队"]), "多次上门调解，促成双方和解。")
    else:
        segs = flat(r.choice(["困难群众", "独居老人", "退役军人", "残疾人"]), sur, S(mk),
                    "（", r.choice(["男", "女"]), "，", render(r, "{S}"), "岁）",
                    r.choice(["纳入低保保障范围", "获得临时救助", "享受居家养老服务"]), "。")
    return with_ctx(r, segs), "pseudonymised persons (姓+某/某某); surname outside span"


def ph_person_mask(r):
    ch = r.choice(['X', 'x', '*', '＊', '×', '○'])
    sur = r.choice(SURNAMES)
    title = r.choice(["同志", "副市长", "局长", "主任", "书记", "副县长", "镇长", "科员"])
    c = r.randrange(4)
    if c == 0:
        segs = flat(S(ch * 3), title, r.choice(["主持召开专题会议", "带队督导检查", "出席会议并讲话"]), "，",
                    clean_sentence(r, 0))
    elif c == 1:
        segs = flat(sur, S(ch * r.choice([1, 2])), title, "就", r.choice(["秋冬季森林防火", "城市更新", "耕地保护"]),
                    "工作作出部署。")
    elif c == 2:
        segs = flat("获奖人员：", sur, S(ch * 2), "、", r.choice(SURNAMES), S(ch * r.choice([1, 2])), "、",
                    r.choice(SURNAMES), S(ch * 2), "。")
    else:
        segs = flat("联系人：", sur, S(ch * r.choice([1, 2])), "，", render(r, "{ORG}"),
                    r.choice(["办公室", "综合科", "项目股"]), "。")
    return with_ctx(r, segs), f"person names masked with '{ch}'"


def ph_phone_mail(r):
    c = r.randrange(5)
    pre = r.choice(["138", "139", "137", "150", "186", "177", "133"])
    tail = f"{r.randint(0, 9999):04d}"
    if c == 0:
        ch = r.choice(['*', '*', 'x', 'X', '＊'])
        segs = flat("联系电话：", pre, S(ch * 4), tail)
    elif c == 1:
        ch = r.choice(['x', 'X'])
        area = r.choice(["0731", "0755", "0791", "0851", "0898"])
        segs = flat("值班电话：", area, "-", S(ch * r.choice([7, 8])))
    elif c == 2:
        ch = r.choice(['x', 'X'])
        segs = flat("咨询电话：", S(f"{ch*3}-{ch*4}-{ch*4}" if r.random() < 0.5 else ch * 11))
    elif c == 3:
        name = r.choice(["zhang", "li", "wang", "chen", "qxzf", "lhjd"])
        segs = flat("投稿邮箱：", name[:2], S('*' * r.randint(3, 5)), "@", r.choice(["163.com", "126.com", "qq.com"]))
    else:
        segs = flat("举报电话：", pre, S('*' * 4), tail, "；举报邮箱：",
                    S(r.choice(["xxxxxx", "XXXXXX", "******"])), "@", r.choice(["163.com", "126.com"]))
    segs = flat(segs, r.choice(["。", "；", "（工作日）。"]))
    return with_ctx(r, segs, 0, 1, para=True), "phone/e-mail masks; real digits stay outside span"


def id_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return '10X98765432'[sum(int(a) * b for a, b in zip(body17, w)) % 11]


REGIONS = ["430102", "320583", "510107", "440305", "370202", "610113", "350203", "420106",
           "130104", "220102", "360124", "450103"]


def ph_id_plate(r):
    c = r.randrange(5)
    if c == 0:
        reg = r.choice(REGIONS)
        last = f"{r.randint(0, 999):03d}"
        ck = r.choice("0123456789X")
        segs = flat("身份证号：", reg, S('*' * 8), last, ck)
    elif c == 1:
        reg = r.choice(REGIONS)
        segs = flat("公民身份号码", reg[:r.choice([2, 3, 6])], S(r.choice(['*', 'x', 'X']) * r.choice([10, 12])),
                    f"{r.randint(0, 99):02d}")
    elif c == 2:
        prov = r.choice("湘粤赣桂鄂川苏浙闽黔")
        segs = flat("涉事车辆", prov, r.choice("ABCDEFGHJK"), r.choice(["·", ""]), S('*' * r.choice([2, 3])),
                    f"{r.randint(10, 99)}", "已移交交警部门处理")
        segs = flat(segs, "。")
    elif c == 3:
        segs = flat("收款账号：6222 ", S("**** ****"), f" {r.randint(1000, 9999)}")
    else:
        segs = flat("统一社会信用代码：91", S(r.choice(['X', 'x', '*']) * 14), f"{r.randint(10, 99)}")
    if not assemble(segs)[0].endswith("。"):
        segs = flat(segs, r.choice(["。", "；"]))
    return with_ctx(r, segs, 0, 1, para=True), "identifier masks (ID, plate, account, credit code)"


def ph_docno(r):
    ch = r.choice(['x', 'X', 'x', '×'])
    abbr = r.choice(CTY)[0] + r.choice(DOC_KIND)
    y = str(r.randint(2019, 2024))
    c = r.randrange(3)
    if c == 0:
        doc = flat(S(ch), abbr[1:], "〔", y, "〕", S(ch * r.choice([1, 2])), "号")
    elif c == 1:
        doc = flat(abbr, "〔20", S(ch * 2), "〕", S(ch * r.choice([1, 2, 3])), "号")
    else:
        doc = flat(S(ch * 2), r.choice(["发", "办发", "政发"]), r.choice(["〔", "[", "（"]), y,
                   r.choice(["〕", "]", "）"]), S(ch * 2), "号")
    title = r.choice(["关于进一步加强农村人居环境整治的通知", "关于做好秋冬季安全生产工作的通知",
                      "关于印发乡村振兴重点任务清单的通知", "关于开展营商环境专项督查的通知"])
    segs = flat("根据《", title, "》（", doc, "）要求，", clean_sentence(r, 0))
    return with_ctx(r, segs, 0, 1), "document numbers with masked issuer and serial"


def ph_ordinal(r):
    ch = r.choice(['x', 'X', 'xx', 'XX', '×'])
    c = r.randrange(6)
    if c == 0:
        segs = flat("举办第", S(ch), "届", r.choice(["农民丰收节", "油茶文化节", "乡村旅游节"]), "，吸引游客",
                    render(r, "{F}万人次。"))
    elif c == 1:
        segs = flat(r.choice(TWN), "镇入选第", S(ch), "批", r.choice(["全国乡村治理示范乡镇", "省级森林乡镇",
                                                                   "农业产业强镇"]), "名单。")
    elif c == 2:
        segs = flat("第", S(ch[0]), "季度，", clean_sentence(r, 0))
    elif c == 3:
        segs = flat("安置小区", S(ch), "号楼、", S(ch), "号楼主体已封顶。")
    elif c == 4:
        segs = flat("综合考评位列全市第", S(ch), "名，较上年前移", S(ch[0]), "位。")
    else:
        segs = flat("庆祝建党", S(ch * (2 if len(ch) == 1 else 1)), "周年系列活动中，", clean_sentence(r, 0))
    return with_ctx(r, segs), "ordinals, batches and serials masked"


BRACKETS = [("【", "】"), ("[", "]"), ("［", "］"), ("〔", "〕"), ("〖", "〗"), ("〈", "〉"),
            ("「", "」"), ("『", "』"), ("｛", "｝"), ("<", ">"), ("＜", "＞")]
FIELDS = ["单位名称", "姓名", "项目名称", "填报日期", "金额", "联系电话", "乡镇名称", "村名",
          "负责人", "数量", "年份", "具体措施", "文件名称", "会议名称", "主要成效", "地址", "职务",
          "户数", "完成率", "街道名称"]
EN_FIELDS = ["Name", "Company", "Date", "Insert figure", "Title", "Amount", "Address"]


def ph_bracket_field(r):
    def fld(names=None):
        lb, rb = r.choice(BRACKETS)
        if names:
            f = r.choice(names)
        else:
            f = r.choice(FIELDS) if r.random() < 0.85 else r.choice(EN_FIELDS)
        return S(lb + f + rb)
    c = r.randrange(4)
    if c == 0:
        lb, rb = r.choice(BRACKETS)
        segs = flat(S(lb + r.choice(["单位名称", "乡镇名称", "街道名称", "部门名称"]) + rb),
                    render(r, "{Y}年度安全生产工作总结"))
        segs = flat(segs, "\n", clean_sentence(r))
    elif c == 1:
        segs = flat("经", fld(["单位名称", "会议名称", "党委名称", "Company"]), "研究决定，对", fld(["姓名", "Name"]), "等",
                    render(r, "{S}"), "名同志予以通报表扬。")
    elif c == 2:
        segs = flat("本年度共完成", fld(["项目名称", "具体工作", "Project"]), "，投入资金", fld(["金额", "资金数", "Amount"]),
                    "万元，", fld(["主要成效", "取得成效", "完成情况"]), "。")
    else:
        segs = flat("项目名称：", fld(), "\n", "建设地点：", fld(), "\n", "负责人：", fld())
    return with_ctx(r, segs, 0, 1, para=True), "template fields in brackets; brackets inside span"


def ph_template_var(r):
    c = r.randrange(6)
    if c == 0:
        segs = flat("尊敬的", S(r.choice(["{name}", "{姓名}", "{user_name}"])), "：\n您好！您申报的",
                    S(r.choice(["{project}", "{项目名称}"])), "已通过审核。")
    elif c == 1:
        segs = flat("截至", S("{0}"), "年", S("{1}"), "月，", S("{2}"), "共完成", S("{3}"), "户改造任务。")
    elif c == 2:
        segs = flat("本月", S("%s"), "共受理群众诉求", S("%d"), "件，办结率", S(r.choice(["%.1f", "%s"])), "%。")
    elif c == 3:
        segs = flat(S(r.choice(["${orgName}", "${org}", "${单位}"])), "关于", S(r.choice(["${year}", "${nd}"])),
                    "年度工作情况的报告\n")
    elif c == 4:
        segs = flat(S(r.choice(["{{ town_name }}", "{{town}}", "{{name}}"])), "镇", render(r, "{Y}"), "年共完成",
                    S(r.choice(["{{ count }}", "{{num}}"])), "户危房改造，投入资金", S(r.choice(["{{amount}}", "#{amount}"])), "万元。")
    else:
        segs = flat("各位代表：现在，我代表", S(r.choice(["%UNIT%", "$UNIT$", "[[unit]]", "@@unit@@"])),
                    "向大会报告工作，请予审议。")
    return with_ctx(r, segs, 0, 1), "unfilled program/template variables"


def ph_mailmerge(r):
    def mf(name):
        sty = r.randrange(5)
        if sty == 0:
            return S(f"«{name}»")
        if sty == 1:
            return S(f"<<{name}>>")
        if sty == 2:
            return S(f"＜＜{name}＞＞")
        if sty == 3:
            return S(f"{{ MERGEFIELD {name} }}")
        return S(f"《《{name}》》") if r.random() < 0.3 else S(f"«{name}»")
    c = r.randrange(3)
    if c == 0:
        segs = flat(mf("姓名"), "同志：\n在", mf("年度"), "年度考核中，您被评为", mf("等次"), "等次，特发此证。")
    elif c == 1:
        segs = flat("兹有", mf("单位"), "职工", mf("姓名"), "参加", render(r, "{CTY}"), "县",
                    r.choice(["应急救援技能培训", "网格员业务培训", "基层干部能力提升班"]), "，成绩合格。")
    else:
        segs = flat("慰问对象：", mf("姓名"), "，住址：", mf("地址"), "，慰问金额：", mf("金额"), "元。")
    return with_ctx(r, segs, 0, 1, para=True), "mail-merge fields left unfilled"


NOTES = ["（此处填写具体数据）", "（请填写完成情况）", "【待补充】", "[待补充]", "（此处插入照片）",
         "（请补充典型案例，200字以内）", "〔此处填写〕", "（具体数字待统计后补充）", "(此处填写主要成效)",
         "（请根据实际情况填写）", "【此处添加图表】", "［请在此处填写］", "（注：此处请补充工作亮点）",
         "(待补充)", "（数据待更新）", "【请核实后填写】"]


def ph_note_fill(r):
    c = r.randrange(3)
    n = S(r.choice(NOTES))
    if c == 0:
        segs = flat(clean_sentence(r), n)
    elif c == 1:
        segs = flat(clean_heading(r), "\n", n)
    else:
        segs = flat(r.choice(["全年共完成", "主要做法：", "存在问题：", "典型经验："]), n, "。", clean_sentence(r))
    return with_ctx(r, segs, 0, 1), "fill-in notes left in the text; whole bracketed note is the span"


TBD = ["待定", "待定", "待核实", "待确认", "待补充", "TBD", "TODO", "N/A", "TBA", "待填"]


def ph_tbd_value(r):
    fields = [("项目名称", render(r, "{TWN}镇污水处理设施提标改造工程")), ("建设规模", render(r, "日处理{I}吨")),
              ("总投资", render(r, "{M}万元")), ("资金来源", [("上级专项资金", None)]),
              ("责任单位", render(r, "{ORG}")), ("责任人", render(r, "{PER}")),
              ("开工时间", render(r, "{Y}年{MO}月")), ("完成时限", render(r, "{Y}年{MO}月底")),
              ("联系人", render(r, "{PER}"))]
    chosen = r.sample(fields, r.randint(4, 6))
    k = r.randint(1, min(3, len(chosen) - 1))
    idx = r.sample(range(len(chosen)), k)
    sep = r.choice(["：", ":", "："])
    lines = []
    for i, (f, v) in enumerate(chosen):
        val = [S(r.choice(TBD))] if i in idx else v
        lines.append(flat(f, sep, val))
    out = []
    joiner = r.choice(["\n", "；", "\n"])
    for i, ln in enumerate(lines):
        if i:
            out.append(joiner)
        out.extend(ln)
    return flat(out), "bare 待定/待核实/TBD/TODO/N/A standing as field values"


WP = ["单击此处输入文字。", "单击或点击此处输入文字。", "单击或点击此处输入日期。", "点击此处添加标题",
      "Click here to enter text.", "Click or tap here to enter text.", "[键入文档标题]", "[在此处键入]",
      "请在此处输入正文", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "【请输入标题】",
      "在此处键入文字", "[Type the document title]", "[键入公司名称]", "«Next Record»"]


def ph_wp_leftover(r):
    c = r.randrange(3)
    w = S(r.choice(WP))
    if c == 0:
        segs = flat(r.choice(["报告日期：", "标题：", "填报单位：", "摘要："]), w, "\n", clean_sentence(r))
    elif c == 1:
        segs = flat(clean_heading(r), "\n", w)
    else:
        segs = flat(clean_sentence(r), "\n", w, "\n", clean_sentence(r))
    return with_ctx(r, segs, 0, 1), "word-processor placeholder text never replaced"


FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def ph_fullwidth(r):
    ch = r.choice(['Ｘ', 'ｘ', '＊', 'Ｘ'])
    c = r.randrange(4)
    if c == 0:
        segs = flat(S(ch * 2), "县", S(ch * 2), "镇", "２０", S(ch * 2), "年工作总结")
    elif c == 1:
        segs = flat("完成投资", S(f"{ch*2}．{ch*2}"), "万元，同比增长", S(ch * 2), r.choice(["％", "%"]), "。")
    elif c == 2:
        segs = mask_clause(r, Masker(r, ch), NUMERIC | PLACEK, p=0.8)
    else:
        segs = flat("受益群众", S(ch * 3), "户、", S(ch * 4), "人，", S(ch), "月底前全部兑付到位。")
    return with_ctx(r, segs), f"full-width mask characters ({ch})"


def ph_linebreak(r):
    ch = r.choice(['x', 'x', 'X'])
    c = r.randrange(3)
    if c == 0:
        segs = flat("共建成", r.choice(["无烟党政机关", "健康学校", "示范家庭农场", "标准化卫生室"]), S(ch * 3),
                    "\n\n", r.choice(["家", "个", "所"]), "，", clean_sentence(r, 0))
        return with_ctx(r, segs, 0, 1), "mask followed by a PDF line break before its unit; break outside span"
    segs = mask_clause(r, Masker(r, ch), NUMERIC | DATEK | PLACEK, p=0.8)
    before = ctx(r, 0, 1)
    chars = segs_to_chars(flat(before, segs, ctx(r, 0, 1)))
    # a break inside a mask run of length >= 2, or right after a mask
    runs = []
    i = 0
    while i < len(chars):
        if chars[i][1] is not None:
            j = i
            while j < len(chars) and chars[j][1] == chars[i][1]:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    long_runs = [ru for ru in runs if ru[1] - ru[0] >= 2]
    brk = r.choice(["\n", "\n\n", "\n"])
    if long_runs and c == 1:
        a, b = r.choice(long_runs)
        k = r.randint(a + 1, b - 1)
        sid = chars[k][1]
        for bc in reversed(brk):
            chars.insert(k, [bc, sid])
        note = "mask run broken across a PDF line break; the break is inside the span"
    else:
        a, b = r.choice(runs)
        for bc in reversed(brk):
            chars.insert(b, [bc, None])
        note = "PDF line break right after a mask; break outside span"
    return chars_to_segs(chars), note


def cell(r, kind, ch):
    if kind == 'town':
        return [S(ch * 2), (r.choice(["镇", "街道", "乡"]), None)]
    if kind == 'num':
        return [S(ch * r.randint(1, 4))]
    if kind == 'money':
        return [S(f"{ch*r.randint(1, 3)}.{ch*2}")]
    if kind == 'pct':
        return [S(ch * 2), ("%", None)] if r.random() < 0.5 else [S(f"{ch*2}.{ch}"), ("%", None)]
    if kind == 'per':
        return [(r.choice(SURNAMES), None), S(r.choice(['某', ch * 2, '某某']))]
    if kind == 'tbd':
        return [S(r.choice(TBD))]
    raise KeyError(kind)


def clean_cell(r, kind):
    if kind == 'town':
        return r.choice(TWN) + r.choice(["镇", "街道", "乡"])
    if kind == 'num':
        return str(r.randint(3, 3000))
    if kind == 'money':
        return f"{r.uniform(1, 800):.2f}"
    if kind == 'pct':
        return f"{r.uniform(60, 100):.1f}%"
    if kind == 'per':
        return r.choice(SURNAMES) + r.choice(GIVEN)
    if kind == 'tbd':
        return f"{r.randint(2023, 2025)}年{r.randint(1, 12)}月"
    raise KeyError(kind)


TABLE_COLS = [("乡镇（街道）", 'town'), ("户数", 'num'), ("金额（万元）", 'money'), ("完成率", 'pct'),
              ("负责人", 'per'), ("完成时限", 'tbd')]


def table(r, mask_ch=None, force=True):
    cols = [TABLE_COLS[0]] + r.sample(TABLE_COLS[1:], r.randint(2, 4))
    fmt = r.randrange(3)
    rows = r.randint(2, 4)
    sep = {0: " | ", 1: "\t", 2: "　"}[fmt]
    segs = []
    if fmt == 0:
        segs += flat("| 序号 | ", " | ".join(c[0] for c in cols), " |\n|", "---|" * (len(cols) + 1), "\n")
    else:
        segs += flat("序号", sep, sep.join(c[0] for c in cols), "\n")
    masked_any = False
    for i in range(rows):
        row = flat("| " if fmt == 0 else "", str(i + 1))
        for name, kind in cols:
            row += flat(sep)
            if mask_ch and r.random() < 0.45:
                row += flat(cell(r, kind, mask_ch))
                masked_any = True
            else:
                row += flat(clean_cell(r, kind))
        row += flat(" |" if fmt == 0 else "", "\n" if i < rows - 1 else "")
        segs += row
    if mask_ch and force and not masked_any:
        raise Retry('no masked cell')
    return segs


def ph_table_row(r):
    ch = r.choice(['x', 'X', '×', '*'])
    cap = r.choice(["表1 ", "附表：", ""]) + render_text(r, "{Y}年") + r.choice(["危房改造完成情况统计表", "民生实事推进情况", "重点项目进度表"])
    segs = flat(cap, "\n", table(r, ch))
    return segs, f"masked cells in a table ({ch}, 某, 待定)"


def render_text(r, tpl):
    return assemble(render(r, tpl))[0]


TITLES = ["{TWN}镇{Y}年工作总结", "{CTY}县{ORGT}{Y}年上半年工作总结", "{TWN}街道{Y}年工作总结及下一年工作计划",
          "{CTY}县{TWN}镇{Y}年政府工作报告", "{CTY}县人民政府关于{Y}年度重点工作推进情况的报告"]


def ph_heading(r):
    ch = r.choice(['X', 'X', 'x', '×'])
    c = r.randrange(5)
    ymask = lambda: flat("20", S(ch * 2)) if r.random() < 0.7 else flat(S(ch * 4))
    pm = S(ch * r.choice([2, 2, 3]))
    if c == 0:
        segs = flat(pm, r.choice(["镇", "乡", "街道"]), ymask(), "年工作总结")
    elif c == 1:
        segs = flat(S(ch * 2), "县", r.choice(ORG_TYPES), ymask(), "年上半年工作总结")
    elif c == 2:
        segs = flat("二〇", S(ch * 2), "年", S(ch * 2), r.choice(["镇", "乡"]), "政府工作报告")
    elif c == 3:
        segs = flat("——在", S(ch * 2), "县第", S(ch * 2), "届人民代表大会第", S(ch), "次会议上")
    else:
        segs = flat("关于", r.choice(SURNAMES), S(ch * 2), "同志", ymask(), "年度考核情况的报告")
    if r.random() < 0.5:
        segs = flat(segs, "\n", clean_heading(r))
    segs = flat(segs, "\n", clean_sentence(r))
    return segs, f"template heading with masked place/year ({ch})"


def ph_mixed(r):
    ch = r.choice(['x', 'X', '×'])
    gens = [
        lambda: mask_clause(r, Masker(r, ch), NUMERIC),
        lambda: mask_clause(r, Masker(r, ch), PLACEK, need=PLACEK),
        lambda: mask_clause(r, Masker(r, ch, mou=True), {'PER'}, need={'PER'}),
        lambda: mask_clause(r, Masker(r, ch), DATEK, need=DATEK),
        lambda: flat(clean_sentence(r, 0)[:-1], "，", S(r.choice(NOTES)), "。"),
        lambda: flat("完成时限：", S(r.choice(TBD)), "。"),
        lambda: flat("责任单位：", S("【" + r.choice(FIELDS) + "】"), "。"),
    ]
    picks = r.sample(gens, r.randint(2, 4))
    segs = []
    for g in picks:
        segs += flat(g())
        if r.random() < 0.3:
            segs += flat(clean_sentence(r))
    return with_ctx(r, segs, 0, 1), "several placeholder kinds in one paragraph"


# ======================================================================
#  ph negative styles
# ======================================================================

def neg_plus_x(r):
    frames = [
        "全面推行“1+X”证书制度，{I}名在校生取得职业技能等级证书。",
        "构建“1+N+X”基层治理体系，{S}个村（社区）实现网格全覆盖。",
        "围绕“7+X”重点产业链，全年新增链上企业{S}家。",
        "探索“N+X”志愿服务模式，组建志愿服务队伍{S}支。",
        "落实“3+X”帮扶机制，{I}户监测户全部落实帮扶措施。",
        "推广“支部+合作社+X”模式，带动村集体增收{M}万元。",
        "打造“1+X”养老服务网络，建成中心站{S}个、服务点{S}个。",
        "实施“1+X”综合帮扶，为{I}名困难群众量身制定帮扶方案。",
        "开展“X+1”结对共建，机关支部与{S}个村党组织签订共建协议。",
    ]
    s = render_text(r, r.choice(frames))
    return flat(ctx(r, 0, 1), s, ctx(r, 0, 1)), "X as 'extension' in policy formulas (1+X etc.)"


def neg_x_tech(r):
    frames = [
        "为辖区{I}名学生免费开展X光胸片检查。",
        "新购置数字化X射线摄影系统（DR）{S}台，基层影像诊断能力明显提升。",
        "在高铁站、汽车站配置X光安检机{S}台。",
        "政务云平台完成x86服务器向国产化平台迁移，共迁移业务系统{S}个。",
        "对压力管道焊缝开展X射线探伤检测{I}处，合格率{PH}%。",
        "乡镇卫生院全部配备X线机和彩超，县域内就诊率达到{PH}%。",
        "开展乳腺X线筛查{I}人次，早诊率明显提高。",
        "海关口岸启用大型集装箱X光机检查系统。",
        "新建信创机房，逐步替换原有x86架构终端{I}台。",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "X光/X射线/x86 technical terms"


def neg_times(r):
    a, b = r.randint(2, 9), r.randint(2, 9)
    frames = [
        f"在村口设置{a}×{b}米宣传展板{{S}}块。",
        f"新建标准化厂房，柱网尺寸为{a}×{b+3}米。",
        f"全县可开发水能资源约{r.randint(1, 9)}.{r.randint(1, 9)}×10⁴千瓦。",
        f"监测显示细菌总数低于{r.randint(1, 9)}×10³ CFU/mL，符合饮用水标准。",
        "举办“村BA”3×3篮球联赛，{S}支队伍参赛。",
        "运动会上，机关代表队获得4×100米接力第一名。",
        f"安装{r.randint(2, 4)}×{r.choice([500, 630, 800])}千伏安变压器，保障园区用电。",
        "补贴标准按“面积×单价×系数”计算，共核发补贴{M}万元。",
        f"展厅面积为{a*5}m×{b*4}m，可同时容纳{{I}}人参观。",
        f"光伏板规格{r.choice([1722, 2094, 2278])}×1134毫米，共安装{{I}}块。",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "multiplication signs in dimensions and formulas"


def neg_algebra(r):
    a, x = r.randint(2, 9), r.randint(2, 12)
    b = r.randint(1, 20)
    frames = [
        f"在七年级数学公开课上，学生通过方程{a}x+{b}={a*x+b}求得x={x}。",
        f"教研组以“函数y={a}x+{b}的图像”为题开展同课异构活动。",
        f"测算模型为y=a+bx，其中x表示年份序号，y表示用电量（亿千瓦时）。",
        f"课堂上讨论了x²-{a+x}x+{a*x}=0的两种解法。",
        "设增长率为x，则由(1+x)²=1.21得x=10%，与实际增速基本一致。",
        f"数学竞赛中，有一道求解x+y={a+x}、x-y={x-a}的方程组题目。",
        f"教师在课上讲解了不等式{a}x-{b}>0的解集。",
        "校本课程中，学生用坐标(x, y)标注校园平面图上的各个建筑。",
    ]
    return flat(ctx(r, 0, 1), r.choice(frames), ctx(r, 0, 1)), "algebraic variables x, y"


def neg_pinyin_x(r):
    frames = [
        "新疆（Xinjiang）籍务工人员{S}名在园区稳定就业。",
        "景区标识统一采用“中文+拼音”，如“翠湖（Cuihu）”“溪口（Xikou）”。",
        "对口援建的喀什地区疏附县，拼音写作Shufu Xian。",
        "厦门（Xiamen）、西安（Xi'an）等城市客商参加了推介会。",
        "路牌“幸福路”标注为Xingfu Lu，全县共更换双语路牌{I}块。",
        "来华留学生在课堂上学习了“乡”（xiāng）和“县”（xiàn）两个字的读音。",
        "邀请了项目负责人Xu Xiaoming教授作专题讲座。",
        "地名普查中将“溪”统一标注为xi，共规范地名{I}条。",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "pinyin containing x"


def neg_model_number(r):
    frames = [
        "公务用车处置中，拍卖宝马X5一辆，成交价{M}万元。",
        "采购GX-200型便携式气体检测仪{S}台。",
        "配置型号为XR-3000的应急照明设备{S}套。",
        "部分干部反映iPhone X等旧型号手机无法安装新版政务APP。",
        "招标文件要求投标人提供ThinkPad X1同档次以上笔记本电脑。",
        "引进MX-{S}0型数控机床，产品合格率提升到{PH}%。",
        "消防站新配备一台XCMG牌举高喷射消防车。",
        "巡检无人机选用DJI Matrice 350型，续航{S}分钟。",
        "配发执法记录仪DSJ-X7型{S}台。",
        "农机补贴目录中新增东方红LX904型拖拉机。",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "product and model numbers with X"


def neg_roman(r):
    frames = [
        "断面水质稳定达到Ⅱ类标准，Ⅲ类及以上水质比例{PH}%。",
        "启动防汛Ⅳ级应急响应，转移群众{I}人。",
        "全县共有Ⅰ级保护古树{S}株、Ⅱ级保护古树{S}株。",
        "图书馆入藏英文期刊合订本（Vol. XII–XIX）共{S}册。",
        "展板介绍了法国国王路易十四（Louis XIV）时期的园林风格。",
        "按照《规范》第XI章要求，完成消防设施检测{S}处。",
        "建筑抗震设防烈度为Ⅶ度，设防类别为乙类。",
        "本次采购的Ⅲ型疏散指示标志共{I}套。",
        "道路等级由四级提升为Ⅲ级，全长{F}公里。",
        "纪念馆展出一块刻有罗马数字MCMXCIX（1999）的奠基石。",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "Roman numerals (Ⅱ, XIV, XII-XIX)"


def neg_english_x(r):
    frames = [
        "统计数据统一使用Excel模板汇总，导出为.xlsx格式报送。",
        "政务服务中心的自助终端全部采用Linux操作系统。",
        "机场出租车（Taxi）候车区新增双语指引牌{S}块。",
        "组织干部参加“Office办公软件（Word、Excel、PowerPoint）”培训{S}期。",
        "网站首页index.html完成适老化改造，访问量同比增长{P}%。",
        "工作人员用Box网盘向合作单位传输大文件的做法已被叫停。",
        "旅游宣传片在海外社交平台X（原Twitter）上获得{I}次播放。",
        "机房新增两台Nginx反向代理服务器，实现负载均衡。",
        "联系邮箱：lxzfb@163.com，传真：0731-8{I}。",
        "新能源出租车（Taxi）更新{S}0辆。",
        "数据以JSON和XML格式向省平台推送。",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "English words containing x"


def neg_mou_word(r):
    frames = [
        "在某些领域仍存在重审批、轻监管的现象。",
        "某种程度上，人才短缺已成为制约发展的主要瓶颈。",
        "不能因为某一环节出现问题而否定整体工作成效。",
        "回顾某个时期的发展历程，更能体会改革开放的来之不易。",
        "某天清晨，网格员在巡查中发现一处燃气泄漏隐患并及时处置。",
        "某些项目前期工作不扎实，导致开工时间一再推迟。",
        "要防止某种倾向掩盖另一种倾向。",
        "在某一阶段集中力量攻坚，是我们多年来的成功经验。",
        "某段时间内群众反映较为集中的噪声扰民问题已得到解决。",
        "在某种意义上，基层减负就是为干事者松绑。",
        "总结某一时期的经验，需要放在当时的历史条件下看待。",
    ]
    return flat(ctx(r, 0, 1), r.choice(frames), ctx(r, 0, 2)), "ordinary 某 words (某些, 某种, 某一...)"


def neg_checkbox(r):
    items = ["已完成隐患自查", "已建立整改台账", "需上级协调解决", "已签订安全责任书", "已开展应急演练",
             "已落实专人负责", "已报送自查报告", "资料已归档", "已张贴公示", "已完成资金拨付"]
    boxes = ["□", "■", "☐", "☑", "☒", "□", "■"]
    chosen = r.sample(items, r.randint(3, 5))
    lines = [f"{r.choice(boxes)}{r.choice([' ', '', '　'])}{it}" for it in chosen]
    head = r.choice(["自查情况（在相应方框内打√）：", "检查项目：", "整改进展："])
    return flat(head, "\n", "\n".join(lines)), "checkbox bullets at line starts"


def neg_separator(r):
    sep = r.choice(["***", "* * *", "＊＊＊", "xxxxxxxxxxxxxxxxxxxx", "×××××××××××", "※※※", "=====",
                    "—— * ——", "XXXXXXXXXXXXXXXX", "*****"])
    p1 = ctx(r, 1, 3)
    p2 = ctx(r, 1, 3)
    return flat(p1, "\n", sep, "\n", p2), f"decorative separator line '{sep}' between paragraphs"


CN_DIG = "〇一二三四五六七八九"


def cn_year(y, zero):
    return ''.join((zero if d == '0' else CN_DIG[int(d)]) for d in str(y))


def cn_num(n):
    if n < 10:
        return "十" if n == 10 else CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")


def neg_chinese_zero(r):
    zero = r.choice(["○", "〇", "○"])
    y = r.choice([2008, 2010, 2020, 2021, 2022, 2023, 2024, 1990, 2000])
    d = f"{cn_year(y, zero)}年{cn_num(r.randint(1, 12))}月{cn_num(r.randint(1, 28))}日"
    c = r.randrange(3)
    if c == 0:
        segs = flat(ctx(r, 1, 2), "\n\n", r.choice(CTY), "县人民政府\n", d)
    elif c == 1:
        segs = flat("本方案自", d, "起施行。", ctx(r, 0, 1))
    else:
        segs = flat(r.choice(["该校始建于", "该村小学始建于", "这座老桥建成于"]), cn_year(y - r.randint(20, 60), zero),
                    "年，", r.choice(["现已完成加固改造。", "至今仍在使用。", "见证了全镇的发展变迁。"]))
    return segs, "Chinese-numeral years with ○/〇 for zero"


def neg_footnote_star(r):
    frames = [
        "一般公共预算收入{M}万元*，同比增长{P}%。\n注：*为快报数。",
        "带*的指标为约束性指标，其余为预期性指标。",
        "表中★标注的{S}个项目为省级重点项目。",
        "回归结果显示，政策变量系数在1%水平上显著（***），*p<0.1，**p<0.05，***p<0.01。",
        "全县新增四星级（★★★★）农家乐{S}家。",
        "居民人均可支配收入{I}元**。\n**数据来源：国家统计局{CTY}调查队。",
        "★★★ 本周重点工作提示 ★★★",
        "*以上数据均为初步统计数，最终以统计年鉴为准。",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "footnote and rating stars"


def neg_daiding_word(r):
    frames = [
        "对排查出的{S}项待定事项逐项明确办理时限。",
        "待核实线索{S}条已全部核查完毕，问题属实的{S}条已移交处理。",
        "会议研究了征迁安置中的待定事项，形成会议纪要。",
        "将长期处于待定状态的{S}个储备项目调出项目库。",
        "对信访系统中待核实的诉求逐一回访，回访率{PH}%。",
        "待确认名单经村民代表大会审议后张榜公示。",
        "梳理待办事项{S}项，已办结{S}项。",
        "建立“待定事项”清单，明确牵头领导和完成时限。",
        "待核实的{S}户信息已由驻村工作队逐户上门核对。",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "待定/待核实 as ordinary words"


def make_id_with_x(r):
    for _ in range(1000):
        reg = r.choice(REGIONS)
        y = r.randint(1955, 2003)
        m, d = r.randint(1, 12), r.randint(1, 28)
        seq = f"{r.randint(0, 999):03d}"
        body = f"{reg}{y}{m:02d}{d:02d}{seq}"
        if id_check(body) == 'X':
            return body + 'X'
    raise Retry('no X id')


def neg_id_checkdigit(r):
    idn = make_id_with_x(r)
    sur, g = r.choice(SURNAMES), r.choice(GIVEN)
    c = r.randrange(3)
    if c == 0:
        segs = flat("失信被执行人：", sur, g, "，身份证号码：", idn, "。")
    elif c == 1:
        segs = flat("申请人", sur, g, "（公民身份号码", idn, "）", r.choice(["已领取补偿款", "已办理不动产登记", "符合申报条件"]), "。")
    else:
        segs = flat("经办人：", sur, g, "\n身份证号：", idn, "\n联系电话：", r.choice(["138", "139", "151"]),
                    f"{r.randint(0, 99999999):08d}")
    return flat(ctx(r, 0, 1), segs), "ID number whose real check digit is X"


def neg_clean_report(r):
    s = ''.join(clean_sentence(r) for _ in range(r.randint(2, 5)))
    if r.random() < 0.3:
        s = clean_heading(r) + "\n" + s
    return flat(maybe_ascii_punct(r, flat(s), 0.25)), "clean report text"


def neg_clean_table(r):
    cap = render_text(r, "{Y}年") + r.choice(["危房改造完成情况统计表", "民生实事推进情况", "重点项目进度表"])
    return flat(cap, "\n", table(r, None, False)), "clean table"


def neg_clean_heading(r):
    c = r.randrange(4)
    if c == 0:
        t = render_text(r, "{TWN}镇{Y}年工作总结")
    elif c == 1:
        t = render_text(r, "{CTY}县") + r.choice(ORG_TYPES) + render_text(r, "{Y}年上半年工作总结")
    elif c == 2:
        t = render_text(r, "——在{CTY}县第") + cn_num(r.randint(15, 19)) + "届人民代表大会第" + cn_num(r.randint(1, 5)) + "次会议上"
    else:
        t = render_text(r, "{TWN}街道{Y}年工作总结及下一年工作计划")
    return flat(t, "\n", clean_heading(r), "\n", ctx(r, 1, 2)), "clean headings"


def neg_real_brackets(r):
    frames = [
        "表1　{Y}年主要经济指标完成情况（单位：万元）",
        "【典型案例】{TWN}镇探索“积分超市”模式，激发群众参与乡村治理的积极性。",
        "根据《{CTY}县农村人居环境整治三年行动方案》（{DOC}）要求，",
        "详见附件2（{TWN}镇重点项目清单）。",
        "［注］本报告数据截至{Y}年{MO}月底。",
        "参考文献：[1] 国务院发展研究中心.中国县域经济发展报告[R].北京,{Y}.",
        "【延伸阅读】{CTY}县出台支持民营经济发展十条措施。",
        "〔编者按〕本文根据{TWN}镇党委书记在全县经验交流会上的发言整理。",
        "（数据来源：{CTY}县统计局）",
        "附：{TWN}镇{Y}年民生实事项目清单（共{S}项）",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "real bracket usage (units, notes, references)"


def neg_grades(r):
    frames = [
        "成功创建国家AAAA级旅游景区{S}家。",
        "{S}家企业被评为AAA级纳税信用企业。",
        "为环卫工人配发XL、XXL码冬季工作服{I}套。",
        "新建X型交叉路口{S}处，配套安装信号灯。",
        "城区{S}条道路创建A类示范路。",
        "获评国家AAAAA级旅游景区后，游客量增长{P}%。",
        "民宿评级中，甲级民宿{S}家、乙级民宿{S}家。",
        "为执勤民警配发XXL号反光背心{S}件。",
        "新建公共自行车站点{S}个，车辆统一采用X形车架。",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "grades and sizes (AAAA, XL, XXL, X型)"


def neg_instructions(r):
    frames = [
        "请各乡镇于{MO}月{D}日前填写《安全生产隐患排查表》并报送县应急管理局。",
        "填表说明：金额单位为万元，保留两位小数。",
        "请认真填写附件1，不得漏报、瞒报。",
        "表格由各村（社区）负责人填写并签字确认。",
        "请在申报系统中如实填写企业基本信息。",
        "如有疑问，请联系县统计局综合股，电话0731-8{I}。",
        "填报时请使用黑色签字笔，字迹清楚。",
        "请各单位指定专人负责填写并于每月5日前报送。",
        "申请人须填写申请表并附身份证复印件。",
    ]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "real form-filling instructions"


# ======================================================================
#  mojibake helpers
# ======================================================================

W1252_UNDEF = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def xenc(s, codec, errors='strict'):
    if codec == 'w1252':
        out = bytearray()
        for c in s:
            if ord(c) in W1252_UNDEF:
                out.append(ord(c))
            else:
                out += c.encode('cp1252', errors)
        return bytes(out)
    return s.encode(codec, errors)


def xdec(b, codec, errors='strict'):
    if codec == 'w1252':
        return ''.join(chr(x) if x in W1252_UNDEF else bytes([x]).decode('cp1252') for x in b)
    return b.decode(codec, errors)


def trimmed(clean, d, tag, inv, fwd):
    i = 0
    while i < len(clean) and i < len(d) and clean[i] == d[i] and ord(clean[i]) < 128:
        i += 1
    j = 0
    while j < min(len(clean), len(d)) - i and clean[len(clean) - 1 - j] == d[len(d) - 1 - j] \
            and ord(clean[len(clean) - 1 - j]) < 128:
        j += 1
    core_c, core_d = clean[i:len(clean) - j], d[i:len(d) - j]
    if not core_d or core_c == core_d:
        raise Retry('nothing damaged')
    ok = False
    try:
        ok = inv(core_d) == core_c and fwd(core_c) == core_d
    except (UnicodeError, ValueError):
        ok = False
    return [(clean[:i], None), S(core_d, tag if ok else '-'), (d[len(d) - j:], None)]


def codec_damage(enc, dec, errors='replace', times=1):
    def fn(clean):
        d = clean
        for _ in range(times):
            d = xdec(xenc(d, enc), dec, errors)

        def inv(x):
            for _ in range(times):
                x = xdec(xenc(x, dec), enc)
            return x

        def fwd(x):
            for _ in range(times):
                x = xdec(xenc(x, enc), dec)
            return x
        tag = f"c{times if times > 1 else ''}:{dec}:{enc}"
        return trimmed(clean, d, tag, inv, fwd)
    return fn


CJK_RUN = re.compile(r'[\u4e00-\u9fff]{2,}')
CLAUSE = re.compile(r'[^，。；：、！？,;:\n]+[，。；：、！？,;:]?')
SENT = re.compile(r'[^。！？\n]+[。！？]?')


def pick(r, text, gran, pos=None):
    if gran == 'all':
        return 0, len(text)
    if gran == 'word':
        cands = [(m.start(), m.end()) for m in CJK_RUN.finditer(text)]
    elif gran == 'clause':
        cands = [(m.start(), m.end()) for m in CLAUSE.finditer(text) if re.search(r'[^\x00-\x7f]', m.group())]
    else:
        cands = [(m.start(), m.end()) for m in SENT.finditer(text) if re.search(r'[^\x00-\x7f]', m.group())]
    if not cands:
        raise Retry('no stretch')
    if pos == 'start':
        a, b = cands[0]
    elif pos == 'end':
        a, b = cands[-1]
    elif pos == 'mid' and len(cands) > 2:
        a, b = r.choice(cands[1:-1])
    else:
        a, b = r.choice(cands)
    if gran == 'word':
        L = r.randint(2, min(5, b - a))
        a = r.randint(a, b - L)
        b = a + L
    return a, b


def damage(r, segs, fn, gran, pos=None):
    """Damage one stretch inside a plain segment of segs."""
    segs = flat(segs)
    idx = [i for i, (s, t) in enumerate(segs) if t is None and re.search(r'[^\x00-\x7f]', s)]
    if gran == 'word':
        idx = [i for i in idx if CJK_RUN.search(segs[i][0])]
    if not idx:
        raise Retry('no plain segment')
    if pos == 'start':
        i = idx[0]
    elif pos == 'end':
        i = idx[-1]
    else:
        i = r.choice(idx)
    text = segs[i][0]
    a, b = pick(r, text, gran, pos)
    return segs[:i] + flat(text[:a], fn(text[a:b]), text[b:]) + segs[i + 1:]


def para(r, lo=2, hi=4, head=False):
    s = ''.join(clean_sentence(r) for _ in range(r.randint(lo, hi)))
    if head:
        s = clean_heading(r) + "\n" + s
    return s


POS = ['start', 'mid', 'end', None, None]


def codec_style(enc, dec, errors, desc, times=1, grans=('word', 'clause', 'clause', 'sentence')):
    """errors may be a tuple: one is drawn per record ('replace' = U+FFFD, 'ignore' = bytes dropped)."""
    def gen(r):
        err = r.choice(errors) if isinstance(errors, tuple) else errors
        segs = flat(para(r, 1, 4, head=r.random() < 0.2))
        segs = damage(r, segs, codec_damage(enc, dec, err, times), r.choice(grans), r.choice(POS))
        extra = "" if isinstance(errors, str) else (", undecodable -> U+FFFD" if err == 'replace' else ", undecodable bytes dropped")
        return segs, desc + extra
    return gen


def mj_utf8_cp1252(r):
    v = r.randrange(3)
    if v == 0:
        fn, d = codec_damage('utf-8', 'w1252', 'strict'), "UTF-8 read as windows-1252 (WHATWG: undefined bytes kept as C1)"
    elif v == 1:
        fn, d = codec_damage('utf-8', 'cp1252', 'replace'), "UTF-8 read as cp1252, undefined bytes -> U+FFFD"
    else:
        fn, d = codec_damage('utf-8', 'cp1252', 'ignore'), "UTF-8 read as cp1252, undefined bytes dropped"
    segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['word', 'clause', 'sentence']), r.choice(POS))
    return segs, d


def mj_double(r):
    if r.random() < 0.6:
        fn, d = codec_damage('utf-8', 'w1252', 'strict', times=2), "double mis-decoding: UTF-8 -> windows-1252 twice"
    else:
        fn, d = codec_damage('utf-8', 'gbk', 'replace', times=2), "double mis-decoding: UTF-8 -> GBK twice"
    segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['word', 'clause']), r.choice(POS))
    return segs, d


def lossy(text):
    return [S(text, '-')]


def mj_kunjinkao(r):
    def fn(clean):
        d = clean.encode('gbk').decode('utf-8', 'replace').encode('utf-8').decode('gbk', 'replace')
        return trimmed(clean, d, '-', lambda x: None, lambda x: None)
    segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['word', 'clause', 'sentence']), r.choice(POS))
    return segs, "GBK bytes read as UTF-8 (U+FFFD), re-saved as UTF-8 and read as GBK: 锟斤拷"


def mj_tangtang(r):
    def fn(clean):
        ch = r.choice(['烫', '屯', '烫'])
        n = max(2, len(clean) + r.randint(-1, 3))
        tail = r.choice(["", "", "?", "\ufffd", "烫" if ch == '屯' else "屯"])
        return lossy(ch * n + tail)
    segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['word', 'clause', 'clause']), r.choice(POS))
    return segs, "uninitialised-buffer garbage (0xCC/0xCD read as GBK): 烫烫烫/屯屯屯"


def mj_qmark(r):
    v = r.randrange(3)
    if v == 0:
        def fn(clean):
            d = clean.encode('latin-1', 'replace').decode('latin-1')
            return trimmed(clean, d, '-', lambda x: None, lambda x: None)
        segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['clause', 'sentence', 'word']), r.choice(POS))
        return segs, "characters lost on a Latin-1 save: one ? per character"
    if v == 1:
        def fn(clean):
            d = ''.join('??' if ord(c) > 127 else c for c in clean)
            return trimmed(clean, d, '-', lambda x: None, lambda x: None)
        segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['clause', 'word']), r.choice(POS))
        return segs, "GBK bytes replaced by ? one per byte: ?? per character"
    # sporadic single lost characters
    text = para(r, 2, 3)
    pos = [m.start() for m in re.finditer(r'[\u4e00-\u9fff]', text)]
    k = r.randint(1, 4)
    lost = sorted(r.sample(pos, k))
    segs, last = [], 0
    for p in lost:
        segs += flat(text[last:p], S('?', '-'))
        last = p + 1
    segs += flat(text[last:])
    return segs, "single characters lost as ? inside words"


def mj_fffd(r):
    v = r.randrange(3)
    if v == 0:
        def fn(clean):
            d = clean.encode('utf-8').decode('ascii', 'replace')
            return trimmed(clean, d, '-', lambda x: None, lambda x: None)
        segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['word', 'clause']), r.choice(POS))
        return segs, "UTF-8 read as ASCII: three U+FFFD per character"
    if v == 1:
        def fn(clean):
            d = ''.join('\ufffd' if ord(c) > 127 else c for c in clean)
            return trimmed(clean, d, '-', lambda x: None, lambda x: None)
        segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['word', 'clause', 'sentence']), r.choice(POS))
        return segs, "characters replaced by U+FFFD one for one"
    # truncated multibyte at end of a line (scraper cut)
    text = para(r, 1, 3)
    cut = r.randint(len(text) // 2, len(text) - 1)
    return flat(text[:cut], S('\ufffd', '-')), "line cut inside a multibyte character, ending in U+FFFD"


ENT_FOR = {'“': ['&ldquo;', '&#8220;', '&#x201C;', '&#x201c;'], '”': ['&rdquo;', '&#8221;', '&#x201D;'],
           '—': ['&mdash;', '&#8212;'], '…': ['&hellip;', '&#8230;'], '·': ['&middot;', '&#183;'],
           '‘': ['&lsquo;', '&#8216;'], '’': ['&rsquo;', '&#8217;']}


def quoted_sentence(r):
    q = r.choice(QUOTED)
    frames = [f"深入开展“{q}”行动，{clean_sentence(r, 0)}", f"持续推进“{q}”工作，群众满意度不断提升。",
              f"围绕“{q}”目标，{clean_sentence(r, 0)}", f"总结推广“{q}”经验做法……",
              f"创新“{q}”机制——{clean_sentence(r, 0)}"]
    return r.choice(frames)


def mj_html_entities(r):
    text = ctx(r, 0, 1) + quoted_sentence(r) + ctx(r, 0, 1)
    segs = []
    double = r.random() < 0.25
    for c in text:
        if c in ENT_FOR and r.random() < 0.9:
            e = r.choice(ENT_FOR[c])
            if double:
                segs.append(S(e.replace('&', '&amp;'), 'html2'))
            else:
                segs.append(S(e, 'html'))
        else:
            segs.append((c, None))
    if r.random() < 0.6:
        ind = r.choice(["&nbsp;" * 4, "&emsp;&emsp;", "&amp;nbsp;&amp;nbsp;", "&ensp;&ensp;", "&nbsp;"])
        segs = flat(S(ind, 'del'), segs)
    if r.random() < 0.3:
        segs = flat(segs, S(r.choice(["&nbsp;", "&amp;nbsp;"]), 'del'), clean_sentence(r))
    segs = flat(segs)
    if not any(t is not None for _, t in segs):
        raise Retry
    return segs, "HTML entities left in text (quotes/dashes escaped; &nbsp;/&emsp; indentation inserted)"


TAGS = ['<br>', '<br/>', '<br />', '</p><p>', '<p style="text-indent:2em;">', '</span>',
        '<span style="font-family:仿宋_GB2312;font-size:16pt">', '<font face="宋体">', '</font>',
        '<strong>', '</strong>', '<!--StartFragment-->', '<p class="MsoNormal">', '<o:p></o:p>', '<b>', '</b>']


def mj_html_tags(r):
    sents = [clean_sentence(r) for _ in range(r.randint(2, 4))]
    segs = []
    v = r.randrange(3)
    for i, s in enumerate(sents):
        if i and r.random() < 0.7:
            segs.append(S(r.choice(TAGS), 'del'))
        segs += flat(s)
    if v == 0:
        segs = flat(S(r.choice(['<p style="text-indent:2em;">', '<p>', '<span style="font-size:16px;">']), 'del'), segs,
                    S(r.choice(['</p>', '</span>', '<br>']), 'del'))
    elif v == 1:
        # broken tag: a character and "<" lost before the fragment
        segs = flat(segs)
        idx = [i for i, (s, t) in enumerate(segs) if t is None and CJK_RUN.search(s)]
        i = r.choice(idx)
        text = segs[i][0]
        m = r.choice(list(CJK_RUN.finditer(text)))
        k = r.randint(m.start() + 1, m.end() - 1)
        frag = r.choice(['?/strong>', '?/span>', '?/p>', '?br>'])
        segs = segs[:i] + flat(text[:k], S(frag, '-'), text[k + 1:]) + segs[i + 1:]
    segs = flat(segs)
    if not any(t is not None for _, t in segs):
        raise Retry
    return segs, "leftover HTML tags from a scraped page"


INVIS = ['\u200b', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u00ad', '\ufeff', '\u2060',
         '\u2028', '\u202a', '\u202c', '\u202e', '\u2066', '\u2069', '\u0008', '\u000b', '\u000c',
         '\u001f', '\u0085', '\u0096', '\u180e', '\u2063', '\u2029']


def mj_invisible(r):
    text = para(r, 1, 3)
    k = r.randint(1, 5)
    cuts = sorted(r.sample(range(1, len(text)), k))
    segs, last = [], 0
    kind = r.choice(['zwsp', 'mixed', 'bom', 'shy'])
    for p in cuts:
        if kind == 'zwsp':
            ins = '\u200b' * r.choice([1, 1, 2])
        elif kind == 'bom':
            ins = '\ufeff'
        elif kind == 'shy':
            ins = '\u00ad'
        else:
            ins = r.choice(INVIS)
        segs += flat(text[last:p], S(ins, 'del'))
        last = p
    segs += flat(text[last:])
    return segs, f"invisible characters inserted ({kind})"


TRAD_PY = {'發': 'fā', '區': 'qū', '時': 'shí', '設': 'shè', '領': 'lǐng', '導': 'dǎo', '經': 'jīng', '濟': 'jì',
           '會': 'huì', '項': 'xiàng', '務': 'wù', '進': 'jìn', '鄉': 'xiāng', '興': 'xīng', '環': 'huán',
           '態': 'tài', '產': 'chǎn', '業': 'yè', '實': 'shí', '責': 'zé', '創': 'chuàng', '醫': 'yī',
           '療': 'liáo', '黨': 'dǎng', '質': 'zhì', '資': 'zī', '長': 'zhǎng', '現': 'xiàn', '礎': 'chǔ',
           '規': 'guī', '劃': 'huà', '農': 'nóng', '衛': 'wèi', '穩': 'wěn', '續': 'xù', '強': 'qiáng',
           '機': 'jī', '與': 'yǔ', '對': 'duì', '為': 'wéi', '們': 'men', '個': 'gè', '國': 'guó', '來': 'lái',
           '開': 'kāi', '關': 'guān', '動': 'dòng', '體': 'tǐ', '點': 'diǎn', '際': 'jì', '從': 'cóng',
           '學': 'xué', '習': 'xí', '據': 'jù', '書': 'shū', '記': 'jì', '萬': 'wàn', '戶': 'hù', '縣': 'xiàn',
           '鎮': 'zhèn', '總': 'zǒng', '結': 'jié', '報': 'bào', '計': 'jì', '組': 'zǔ', '織': 'zhī',
           '員': 'yuán', '聯': 'lián', '隊': 'duì', '優': 'yōu', '網': 'wǎng', '絡': 'luò', '統': 'tǒng',
           '籌': 'chóu', '營': 'yíng', '勢': 'shì', '確': 'què', '專': 'zhuān', '險': 'xiǎn', '檢': 'jiǎn',
           '處': 'chǔ', '難': 'nán', '題': 'tí', '級': 'jí', '層': 'céng', '貫': 'guàn', '徹': 'chè',
           '圍': 'wéi', '繞': 'rào', '積': 'jī', '極': 'jí', '爭': 'zhēng', '項': 'xiàng', '熱': 'rè',
           '辦': 'bàn', '狀': 'zhuàng', '轄': 'xiá', '標': 'biāo', '廁': 'cè', '勞': 'láo', '擊': 'jī',
           '繼': 'jì', '揚': 'yáng', '風': 'fēng', '匯': 'huì', '門': 'mén', '決': 'jué', '眾': 'zhòng',
           '紮': 'zhā', '隱': 'yǐn', '訓': 'xùn', '職': 'zhí', '護': 'hù', '網': 'wǎng', '臺': 'tái', '億': 'yì'}

TRAD_SENTS = [
    "今年以來，本鎮堅持穩中求進工作總基調，經濟社會發展保持良好態勢。",
    "全年完成固定資產投資{M}萬元，同比增長{P}%。",
    "深入推進鄉村振興，農業產業結構不斷優化。",
    "加強基層黨組織建設，黨員隊伍活力持續增強。",
    "紮實開展安全生產專項整治，排查整改隱患{I}處。",
    "持續改善人居環境，完成農村戶廁改造{I}戶。",
    "統籌做好防汛救災和經濟社會發展各項工作。",
    "積極對接上級部門，爭取專項資金{M}萬元。",
    "認真貫徹落實區委、區政府決策部署，確保各項任務按時完成。",
    "圍繞群眾關心的熱點難點問題，辦理民生實事{S}件。",
    "進一步健全網格化管理機制，社會治理水平穩步提升。",
    "現將有關工作開展情況匯報如下：",
    "下一步，我們將繼續發揚優良作風，推動各項工作再上新臺階。",
    "全面落實河長制，轄區水質達標率保持在{PH}%以上。",
    "組織開展技能培訓{S}期，培訓農村勞動力{I}人次。",
    "新增市場主體{I}戶，營商環境持續優化。",
]

SIMP_PY = {'发': 'fā', '展': 'zhǎn', '区': 'qū', '委': 'wěi', '时': 'shí', '代': 'dài', '建': 'jiàn',
           '设': 'shè', '领': 'lǐng', '导': 'dǎo', '经': 'jīng', '济': 'jì', '社': 'shè', '会': 'huì',
           '项': 'xiàng', '目': 'mù', '服': 'fú', '务': 'wù', '推': 'tuī', '进': 'jìn', '改': 'gǎi', '革': 'gé',
           '乡': 'xiāng', '村': 'cūn', '振': 'zhèn', '兴': 'xīng', '治': 'zhì', '理': 'lǐ', '环': 'huán',
           '境': 'jìng', '民': 'mín', '生': 'shēng', '保': 'bǎo', '障': 'zhàng', '群': 'qún', '众': 'zhòng',
           '产': 'chǎn', '业': 'yè', '落': 'luò', '实': 'shí', '责': 'zé', '任': 'rèn', '创': 'chuàng',
           '新': 'xīn', '城': 'chéng', '市': 'shì', '街': 'jiē', '道': 'dào', '党': 'dǎng', '企': 'qǐ',
           '投': 'tóu', '资': 'zī', '增': 'zēng', '全': 'quán', '面': 'miàn', '完': 'wán', '成': 'chéng',
           '提': 'tí', '升': 'shēng', '安': 'ān', '农': 'nóng', '镇': 'zhèn', '户': 'hù', '工': 'gōng',
           '作': 'zuò', '年': 'nián', '强': 'qiáng', '管': 'guǎn', '加': 'jiā', '开': 'kāi', '稳': 'wěn'}

TONE_NUM = {'ā': 'a1', 'á': 'a2', 'ǎ': 'a3', 'à': 'a4', 'ē': 'e1', 'é': 'e2', 'ě': 'e3', 'è': 'e4',
            'ī': 'i1', 'í': 'i2', 'ǐ': 'i3', 'ì': 'i4', 'ō': 'o1', 'ó': 'o2', 'ǒ': 'o3', 'ò': 'o4',
            'ū': 'u1', 'ú': 'u2', 'ǔ': 'u3', 'ù': 'u4', 'ǖ': 'v1', 'ǘ': 'v2', 'ǚ': 'v3', 'ǜ': 'v4'}


def numbered(py):
    tone = ''
    out = ''
    for c in py:
        if c in TONE_NUM:
            out += TONE_NUM[c][0]
            tone = TONE_NUM[c][1]
        else:
            out += c
    return out + (tone or '5')


def mj_pinyin_annot(r):
    if r.random() < 0.55:
        text = ''.join(render_text(r, s) for s in r.sample(TRAD_SENTS, r.randint(1, 3)))
        segs = []
        for c in text:
            segs.append((c, None))
            if c in TRAD_PY:
                segs.append(S(f"({TRAD_PY[c]})", 'del'))
        return segs, "traditional text with ASCII-parenthesised pinyin after each converted character (發(fā)展)"
    text = para(r, 1, 3)
    cand = [i for i, c in enumerate(text) if c in SIMP_PY]
    if not cand:
        raise Retry
    chosen = set(r.sample(cand, min(len(cand), r.randint(1, 5))))
    fmt = r.randrange(3)
    segs = []
    for i, c in enumerate(text):
        segs.append((c, None))
        if i in chosen:
            py = SIMP_PY[c]
            ann = f"（{py}）" if fmt == 0 else (f"({py})" if fmt == 1 else f"({numbered(py)})")
            segs.append(S(ann, 'del'))
    return segs, "pinyin annotations inserted after characters (发（fā）展)"


def mj_percent(r):
    low = r.random() < 0.3

    def q(x):
        d = urllib.parse.quote(x, safe='')
        return re.sub(r'%[0-9A-F]{2}', lambda m: m.group().lower(), d) if low else d

    def fn(clean):
        return trimmed(clean, q(clean), 'pct', lambda x: urllib.parse.unquote(x, errors='strict'), q)
    segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['word', 'word', 'clause']), r.choice(POS))
    return segs, "text left percent-encoded (UTF-8 %XX" + (", lower-case hex)" if low else ")")


def esc_u(x):
    return ''.join(f"\\u{ord(c):04x}" if ord(c) > 127 else c for c in x)


def esc_dec(x):
    return ''.join(f"&#{ord(c)};" if ord(c) > 127 else c for c in x)


def esc_hex(x):
    return ''.join(f"&#x{ord(c):X};" if ord(c) > 127 else c for c in x)


def esc_pyb(x):
    return ''.join(''.join(f"\\x{b:02x}" for b in c.encode('utf-8')) if ord(c) > 127 else c for c in x)


def esc_jsu(x):
    return ''.join(f"%u{ord(c):04X}" if ord(c) > 127 else c for c in x)


ESC_VARIANTS = [(esc_u, 'uesc', "JSON \\uXXXX escapes"), (esc_dec, 'ncr', "decimal numeric character references"),
                (esc_hex, 'ncr', "hex numeric character references"),
                (esc_pyb, 'pyb', "Python bytes repr \\xHH of UTF-8"), (esc_jsu, 'jsu', "JavaScript escape() %uXXXX")]


def mj_escaped(r):
    fwd, tag, desc = r.choice(ESC_VARIANTS)

    def fn(clean):
        return trimmed(clean, fwd(clean), tag, lambda x: unescape_tag(tag, x), fwd)
    segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['word', 'word', 'clause']), r.choice(POS))
    return segs, f"text left escaped: {desc}"


def forward_tag(tag, x):
    """Re-encode (ncr: decimal or hex, whichever the span uses)."""
    if tag == 'uesc':
        return esc_u(x)
    if tag == 'pyb':
        return esc_pyb(x)
    if tag == 'jsu':
        return esc_jsu(x)
    raise KeyError(tag)


def unescape_tag(tag, x):
    if tag == 'uesc':
        return re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), x)
    if tag == 'ncr':
        return re.sub(r'&#(x[0-9a-fA-F]+|\d+);', lambda m: chr(int(m.group(1)[1:], 16) if m.group(1)[0] == 'x'
                                                            else int(m.group(1))), x)
    if tag == 'pyb':
        out = bytearray()
        i = 0
        while i < len(x):
            if x.startswith('\\x', i) and re.fullmatch(r'[0-9a-fA-F]{2}', x[i + 2:i + 4] or ''):
                out.append(int(x[i + 2:i + 4], 16))
                i += 4
            else:
                out += x[i].encode('utf-8')
                i += 1
        return bytes(out).decode('utf-8')
    if tag == 'jsu':
        return re.sub(r'%u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), x)
    raise KeyError(tag)


FOREIGN = {
    'ru': [("Спасибо за тёплый приём", "感谢热情接待"), ("Желаем успехов в совместной работе", "祝合作顺利"),
           ("Добро пожаловать в наш город", "欢迎来到我们的城市"), ("Дружба и сотрудничество", "友谊与合作"),
           ("экономическое партнёрство", "经济伙伴关系"), ("Новый торговый маршрут", "新的贸易线路")],
    'ja': [("地域の魅力を発信する", "传播地方魅力"), ("ありがとうございました", "谢谢"),
           ("まちづくり交流会", "城镇建设交流会"), ("日中友好の架け橋", "中日友好的桥梁"),
           ("おもてなしの心", "待客之心"), ("農村の未来を一緒に考えよう", "一起思考农村的未来")],
    'ko': [("감사합니다", "谢谢"), ("함께 만드는 미래", "共创未来"), ("지역 경제 협력", "地区经济合作"),
           ("환영합니다", "欢迎"), ("우정의 다리", "友谊之桥")],
    'el': [("Καλώς ήρθατε", "欢迎"), ("Ευχαριστούμε πολύ", "非常感谢"), ("φιλία και συνεργασία", "友谊与合作"),
           ("Καλή επιτυχία", "祝成功"), ("Αθήνα", "雅典")],
}
LANG_NAME = {'ru': "俄语", 'ja': "日语", 'ko': "韩语", 'el': "希腊语"}
FOREIGN_CTX = ["{CTY}县友好城市签约仪式上，外方代表用{L}说“{F}”（{Z}）。",
               "在{Y}年国际经贸洽谈会上，客商在留言簿上用{L}写下“{F}”，意为“{Z}”。",
               "宣传册封底印有{L}标语“{F}”（{Z}），共印制{I}册。",
               "外事办翻译的{L}欢迎词“{F}”（{Z}）在开幕式上展示。"]

FOREIGN_DAMAGE = {
    'ru': [('utf-8', 'cp1251', 'replace'), ('utf-8', 'latin-1', 'strict'), ('cp1251', 'gbk', 'replace'),
           ('utf-8', 'gbk', 'replace')],
    'ja': [('utf-8', 'shift_jis', 'replace'), ('shift_jis', 'gbk', 'replace'), ('utf-8', 'gbk', 'replace'),
           ('euc_jp', 'gbk', 'replace')],
    'ko': [('utf-8', 'latin-1', 'strict'), ('euc_kr', 'gbk', 'replace'), ('utf-8', 'euc_kr', 'replace'),
           ('utf-8', 'gbk', 'replace')],
    'el': [('utf-8', 'w1252', 'strict'), ('utf-8', 'latin-1', 'strict'), ('cp1253', 'gbk', 'replace'),
           ('utf-8', 'gbk', 'replace')],
}


def foreign_parts(r, lang):
    f, z = r.choice(FOREIGN[lang])
    frame = r.choice(FOREIGN_CTX)
    a, b = frame.split("{F}")
    a = render_text(r, a.replace("{L}", LANG_NAME[lang]).replace("{Z}", z))
    b = render_text(r, b.replace("{L}", LANG_NAME[lang]).replace("{Z}", z))
    return a, f, b


def mj_foreign(r):
    lang = r.choice(['ru', 'ja', 'ko', 'el'])
    a, f, b = foreign_parts(r, lang)
    enc, dec, err = r.choice(FOREIGN_DAMAGE[lang])
    segs = flat(ctx(r, 0, 1), a, codec_damage(enc, dec, err)(f), b, ctx(r, 0, 1))
    return segs, f"quoted {LANG_NAME[lang]} ({enc}) read as {dec}"


def mj_heading(r):
    enc, dec, err = r.choice([('utf-8', 'gbk', 'replace'), ('utf-8', 'latin-1', 'strict'), ('utf-8', 'big5', 'replace'),
                              ('utf-8', 'w1252', 'strict'), ('gbk', 'utf-8', 'replace'), ('utf-8', 'gb18030', 'replace')])
    head = clean_heading(r) if r.random() < 0.6 else render_text(r, "{TWN}镇{Y}年工作总结")
    body = para(r, 1, 3)
    segs = flat(head, "\n", body)
    segs = damage(r, segs, codec_damage(enc, dec, err), r.choice(['clause', 'clause', 'word']), 'start')
    return segs, f"damage in the heading ({enc} read as {dec})"


def mj_table_row(r):
    enc, dec, err = r.choice([('utf-8', 'gbk', 'replace'), ('utf-8', 'latin-1', 'strict'), ('utf-8', 'w1252', 'strict'),
                              ('gbk', 'utf-8', 'replace'), ('utf-8', 'shift_jis', 'replace')])
    cap = render_text(r, "{Y}年") + r.choice(["危房改造完成情况统计表", "民生实事推进情况", "重点项目进度表"])
    t = flat(table(r, None, False))
    txt = assemble(t)[0]
    lines = txt.split("\n")
    cand = [i for i, ln in enumerate(lines) if re.search(r'[^\x00-\x7f]', ln) and not set(ln) <= set("|-")]
    i = r.choice(cand)
    segs = []
    for j, ln in enumerate(lines):
        if j:
            segs.append(("\n", None))
        if j == i:
            cells = re.split(r'(\s\|\s|\t|　|^\|\s|\s\|$)', ln)
            ci = [k for k, cv in enumerate(cells) if re.search(r'[\u4e00-\u9fff]', cv)]
            if r.random() < 0.3:
                segs += flat(codec_damage(enc, dec, err)(ln))
            else:
                k = r.choice(ci)
                for kk, cv in enumerate(cells):
                    segs += flat(codec_damage(enc, dec, err)(cv)) if kk == k else flat(cv)
        else:
            segs.append((ln, None))
    return flat(cap, "\n", segs), f"table cell/row damaged ({enc} read as {dec})"


def mj_whole_para(r):
    enc, dec, err = r.choice([('utf-8', 'gbk', 'replace'), ('utf-8', 'latin-1', 'strict'), ('utf-8', 'w1252', 'strict'),
                              ('gbk', 'utf-8', 'replace'), ('utf-8', 'big5', 'replace'), ('utf-8', 'euc_kr', 'replace'),
                              ('utf-8', 'gbk', 'ignore')])
    good = para(r, 1, 2)
    bad = para(r, 1, 2)
    parts = [good, "\n", codec_damage(enc, dec, err)(bad)]
    if r.random() < 0.5:
        parts = [codec_damage(enc, dec, err)(bad), "\n", good]
    return flat(parts), f"a whole paragraph damaged ({enc} read as {dec}, errors={err})"


def mj_gbk_offset(r):
    def fn(clean):
        b = clean.encode('gbk')
        d = b[1:].decode('gbk', 'replace')
        # the decoder falls back into step at the next ASCII byte or after an error:
        # the re-synchronised tail is unchanged text and stays outside the span
        j = 0
        while j < min(len(clean), len(d)) - 1 and clean[len(clean) - 1 - j] == d[len(d) - 1 - j]:
            j += 1
        if j:
            return trimmed(clean[:len(clean) - j], d[:len(d) - j], '-', lambda x: None, lambda x: None) + \
                [(clean[len(clean) - j:], None)]
        return trimmed(clean, d, '-', lambda x: None, lambda x: None)
    src = ''.join(render_text(r, s) for s in r.sample(TRAD_SENTS, 2)) if r.random() < 0.4 else para(r, 1, 3)
    segs = damage(r, flat(src), fn, r.choice(['clause', 'sentence']), r.choice(POS))
    return segs, "GBK byte stream decoded one byte out of step"


def mj_utf16(r):
    if r.random() < 0.5:
        fn, d = codec_damage('utf-8', 'utf-16-le', 'replace'), "UTF-8 bytes read as UTF-16LE"
    else:
        fn, d = codec_damage('utf-16-le', 'latin-1', 'strict'), "UTF-16LE bytes read as Latin-1"
    segs = damage(r, flat(para(r, 1, 3)), fn, r.choice(['word', 'clause']), r.choice(POS))
    return segs, d


EN_SUMMARY = [
    "The county’s “{Q}” reform cut approval time by {P}% — the largest drop in the province.",
    "Officials said the town’s “{Q}” pilot covered {I} households… and will expand next year.",
    "“We don’t measure success by GDP alone,” the report says — rural income rose {P}%.",
    "The “{Q}” programme reached {I} residents; the county’s target was met ahead of schedule.",
]
PUNCT_W = {c: ''.join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode('cp1252')
                      for b in c.encode('utf-8')) for c in "’“”—…‘"}


def mj_punct_cp1252(r):
    s = render_text(r, r.choice(EN_SUMMARY).replace("{Q}", r.choice(["one-stop", "river chief", "grid", "toilet revolution"])))
    mode = r.choice(['w1252', 'replace', 'ignore'])
    segs = []
    for c in s:
        if c in PUNCT_W:
            d = PUNCT_W[c]
            if d.endswith('\x9d') and mode != 'w1252':
                d = d[:-1] + ('\ufffd' if mode == 'replace' else '')
            ok = 'c:w1252:utf-8' if xdec(xenc(c, 'utf-8'), 'w1252') == d else '-'
            segs.append(S(d, ok))
        else:
            segs.append((c, None))
    head = r.choice(["英文摘要：", "Abstract: ", "【English Summary】"])
    pre = ctx(r, 0, 1)
    return flat(pre, "\n" if pre else "", head, segs), f"English summary: smart quotes/dashes in UTF-8 read as cp1252 ({mode})"


def mj_mixed(r):
    fns = [lambda s: damage(r, s, codec_damage('utf-8', 'gbk', 'replace'), 'word'),
           lambda s: damage(r, s, codec_damage('utf-8', 'latin-1', 'strict'), 'word'),
           lambda s: damage(r, s, lambda c: lossy('?' * len(c)), 'word'),
           lambda s: damage(r, s, lambda c: lossy('\ufffd' * len(c)), 'word'),
           lambda s: flat(S(r.choice(['&nbsp;', '&emsp;&emsp;', '&amp;nbsp;']), 'del'), s),
           lambda s: flat(s, S(r.choice(['<br>', '</p>', '<br/>']), 'del')),
           lambda s: damage(r, s, lambda c: [(c[0], None), S('\u200b', 'del'), (c[1:], None)], 'word'),
           lambda s: damage(r, s, codec_damage('utf-8', 'big5', 'replace'), 'word')]
    segs = flat(para(r, 2, 4))
    for f in r.sample(fns, r.randint(2, 3)):
        segs = f(segs)
    return segs, "several kinds of damage in one record"


# ======================================================================
#  mj negative styles
# ======================================================================

def clean_foreign(r, lang):
    a, f, b = foreign_parts(r, lang)
    return flat(ctx(r, 0, 1), a, f, b, ctx(r, 0, 1))


def neg_ru(r):
    return clean_foreign(r, 'ru'), "clean quoted Russian"


def neg_ja(r):
    return clean_foreign(r, 'ja'), "clean quoted Japanese (kana and kanji)"


def neg_ko(r):
    return clean_foreign(r, 'ko'), "clean quoted Korean"


def neg_el(r):
    return clean_foreign(r, 'el'), "clean quoted Greek"


VI = [("Xin chào các bạn", "大家好"), ("Cảm ơn rất nhiều", "非常感谢"), ("Hợp tác cùng phát triển", "合作共赢"),
      ("Hà Nội", "河内"), ("Thành phố Hồ Chí Minh", "胡志明市"), ("Lạng Sơn", "谅山"), ("chợ biên giới", "边境集市")]


def neg_vi(r):
    f, z = r.choice(VI)
    frame = r.choice(["中越边境贸易洽谈会上，越方代表以越南语“{F}”（{Z}）开场。",
                      "口岸指示牌增加越南文“{F}”（{Z}），共更换{S}块。",
                      "来自{F}（{Z}）的{S}家企业参加了展销会。"])
    return flat(ctx(r, 0, 1), render_text(r, frame.replace("{Z}", z).replace("{F}", "\x00")).replace("\x00", f),
                ctx(r, 0, 1)), "clean Vietnamese"


WEST = [("Coopération économique et développement durable", "法语：经济合作与可持续发展"),
        ("Bienvenue à Lyon", "法语：欢迎来到里昂"), ("Grüße aus Düsseldorf", "德语：来自杜塞尔多夫的问候"),
        ("Ökologische Landwirtschaft", "德语：生态农业"), ("Straßenbahn", "德语：有轨电车"),
        ("Cooperación y desarrollo", "西班牙语：合作与发展"), ("Año de intercambio cultural", "西班牙语：文化交流年"),
        ("São Paulo", "葡萄牙语地名：圣保罗"), ("Cooperação econômica", "葡萄牙语：经济合作"),
        ("Informação pública", "葡萄牙语：政务公开"), ("Malmö", "瑞典城市马尔默"), ("crème brûlée", "法式焦糖布丁")]


def neg_western(r):
    f, z = r.choice(WEST)
    frame = r.choice(["展板上写有“{F}”（{Z}）字样。", "外方赠送的纪念册扉页题有“{F}”（{Z}）。",
                      "友好城市代表团带来了主题为“{F}”（{Z}）的图片展。"])
    return flat(ctx(r, 0, 1), frame.replace("{Z}", z).replace("{F}", f), ctx(r, 0, 1)), "clean accented Latin-script text"


LESSON = [("乡村", "xiāngcūn"), ("振兴", "zhènxīng"), ("治理", "zhìlǐ"), ("发展", "fāzhǎn"), ("民生", "mínshēng"),
          ("街道", "jiēdào"), ("社区", "shèqū"), ("环境", "huánjìng"), ("创新", "chuàngxīn"), ("绿色", "lǜsè")]


def neg_pinyin_lesson(r):
    a, b = r.sample(LESSON, 2)
    c = r.randrange(3)
    if c == 0:
        s = f"社区汉语角为外籍居民讲解生词“{a[0]}”（{a[1]}）和“{b[0]}”（{b[1]}）。"
    elif c == 1:
        s = f"生词表：{a[0]} {a[1]}；{b[0]} {b[1]}。"
    else:
        s = f"老师提醒学员，“{a[0]}”的拼音是{a[1]}，不要读错声调。"
    return flat(ctx(r, 0, 1), s, ctx(r, 0, 1)), "pinyin in a language lesson (word-level gloss)"


SUR_PY = {'王': 'Wáng', '李': 'Lǐ', '张': 'Zhāng', '刘': 'Liú', '陈': 'Chén', '杨': 'Yáng', '黄': 'Huáng',
          '赵': 'Zhào', '吴': 'Wú', '周': 'Zhōu', '徐': 'Xú', '孙': 'Sūn', '马': 'Mǎ', '朱': 'Zhū', '胡': 'Hú',
          '郭': 'Guō', '林': 'Lín', '罗': 'Luó', '郑': 'Zhèng', '谢': 'Xiè'}
GIV_PY = {'伟': 'Wěi', '敏': 'Mǐn', '静': 'Jìng', '磊': 'Lěi', '勇': 'Yǒng', '燕': 'Yàn', '军': 'Jūn', '霞': 'Xiá',
          '建国': 'Jiànguó', '海燕': 'Hǎiyàn', '文华': 'Wénhuá', '晓明': 'Xiǎomíng', '志强': 'Zhìqiáng',
          '丽娟': 'Lìjuān', '振华': 'Zhènhuá', '思远': 'Sīyuǎn'}
PLACE_PY = [("婺源", "Wùyuán"), ("歙县", "Shè Xiàn"), ("亳州", "Bózhōu"), ("涪陵", "Fúlíng"), ("儋州", "Dānzhōu"),
            ("盱眙", "Xūyí"), ("鄱阳", "Póyáng"), ("邕宁", "Yōngníng")]


def neg_name_gloss(r):
    if r.random() < 0.6:
        s = r.choice(list(SUR_PY))
        g = r.choice(list(GIV_PY))
        gl = f"{SUR_PY[s]} {GIV_PY[g]}" if r.random() < 0.7 else f"{SUR_PY[s].upper()} {GIV_PY[g]}"
        frame = r.choice(["项目负责人{N}（{G}）在国际研讨会上作主旨发言。",
                          "留学生导师{N}（{G}）获评年度优秀教师。",
                          "英文版宣传册中，镇长{N}的姓名标注为{G}。"])
        return flat(ctx(r, 0, 1), frame.replace("{N}", s + g).replace("{G}", gl), ctx(r, 0, 1)), "name glossed in pinyin"
    p, py = r.choice(PLACE_PY)
    return flat(ctx(r, 0, 1), f"{p}（{py}）文旅推介会吸引了一批海外客商。", ctx(r, 0, 1)), "place name glossed in pinyin"


def neg_traditional(r):
    text = ''.join(render_text(r, s) for s in r.sample(TRAD_SENTS, r.randint(1, 3)))
    return flat(text), "clean traditional Chinese"


RARE_PLACES = ["亳州", "邕宁", "婺源", "鄱阳", "儋州", "涪陵", "黟县", "歙县", "筠连", "犍为", "郫都", "栟茶",
               "盱眙", "溧阳", "濉溪", "谯城", "岢岚", "忻州", "莒县", "郯城", "芮城", "睢宁", "邗江", "藁城",
               "蠡县", "鄞州", "衢州", "荥阳", "泸溪", "枞阳", "鄄城", "耒阳", "浉河", "岜沙"]
RARE_GIVEN = ["喆", "堃", "淼", "犇", "垚", "燚", "昇", "玥", "珺", "赟", "婧", "𬀩", "𫖯", "𬭚", "䶮"]


def neg_rare(r):
    c = r.randrange(3)
    if c == 0:
        p1, p2 = r.sample(RARE_PLACES, 2)
        s = f"赴{p1}、{p2}等地学习考察乡村旅游发展经验。"
    elif c == 1:
        n = r.choice(SURNAMES) + r.choice(RARE_GIVEN) + r.choice(["", r.choice(RARE_GIVEN)])
        s = f"{n}同志被评为“{render_text(r, '{Y}')}年度优秀共产党员”。"
    else:
        s = f"书法展展出了仿赵孟𫖯、王羲之风格的作品{r.randint(20, 90)}幅。"
    return flat(ctx(r, 0, 1), s, ctx(r, 0, 1)), "rare but real characters and place names"


def neg_web_html(r):
    frames = ["在政府网站适老化改造培训中，讲师演示了用<br>标签换行、用&nbsp;表示不间断空格的方法。",
              "网页首行缩进应使用CSS属性text-indent:2em，而不是在<p>标签内堆叠&nbsp;。",
              "开发规范要求：引号统一使用实体&ldquo;和&rdquo;编写时须经转义检查。",
              "培训材料中的示例代码为<span class=\"title\">通知公告</span>。",
              "页面编码统一声明为<meta charset=\"UTF-8\">，避免浏览器误判。",
              "URL中的中文需经encodeURIComponent处理，例如空格会变成%20。",
              "讲师提醒：在富文本编辑器中粘贴Word内容时，应清除<span>和<font>等冗余标签。",
              "网站无障碍改造要求为<img>标签补充alt属性，共整改图片{I}张。",
              "在JSON接口中，中文可写成\\u4e2d\\u6587形式，前端解析后正常显示。",
              "字符实体&amp;用于表示“&”本身，这是网页编辑培训的基础内容。"]
    return flat(ctx(r, 0, 1), r.choice(frames), ctx(r, 0, 1)), "HTML/escapes discussed in a web-development context"


def neg_symbols(r):
    frames = ["引进外资{S}00万欧元（€），折合人民币约{M}万元（¥）。",
              "室内温度控制在20℃±2℃，湿度≤60%。",
              "项目投资回报率≥8%，资产负债率≤{S}%。",
              "该品牌注册商标为“清溪®”，版权所有©{Y}。",
              "均价为{I}元/㎡，约为周边二手房价格的½。",
              "汇率按1英镑（£）兑换{F}元人民币计算。",
              "容积率≤2.5，绿地率≥35%，建筑密度÷用地面积的比值符合规划要求。",
              "北纬27°{S}′，东经112°{S}′，海拔{I}米。",
              "会展中心面积约{I}㎡，单价≈{I}元/㎡。", "利率下调0.25‰，惠及贷款户{I}户。",
              "品牌“溪口红”已获注册商标™保护。"]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "currency, maths and legal symbols"


def neg_fullwidth(r):
    frames = ["全年ＧＤＰ增长{P}%，ＣＰＩ涨幅控制在３％以内。", "ＰＭ２．５年均浓度为{S}微克/立方米。",
              "城区主要公共场所实现免费Ｗｉ－Ｆｉ全覆盖。", "“我的{CTY}”ＡＰＰ注册用户突破{I}人。",
              "建成ＡＡＡＡ级景区{S}个。", "全镇实现４Ｇ网络全覆盖，５Ｇ基站{S}个。",
              "“ｉ{CTY}”政务服务平台上线事项{I}项。", "ＱＱ群、微信群等线上渠道收集意见{I}条。"]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "full-width Latin letters and digits"


def neg_url(r):
    kw = r.choice(["乡村振兴", "政务公开", "营商环境", "人居环境", "民生实事"])
    dom = r.choice(["www.qingxi.gov.cn", "zwgk.shimen.gov.cn", "www.anping.gov.cn", "www.liuwan.gov.cn"])
    url = f"https://{dom}/search?keyword={urllib.parse.quote(kw)}&page={r.randint(1, 9)}"
    frame = r.choice([f"群众可通过{url}查询相关政策文件。", f"专题网址：{url}", f"（来源：{url}）"])
    return flat(ctx(r, 1, 2), frame), "real URL with percent-encoded query"


def neg_amp(r):
    frames = ["企业R&D经费投入强度达到{PP}%。", "举办政策解读Q&A交流会{S}场。",
              "引进的外资项目中，有一家与AT&T存在技术合作关系。", "辖区内一家M&A咨询机构完成工商登记。",
              "本地民宿B&B品牌“溪畔小筑”入选省级精品民宿。", "标普S&P全球评级报告显示，区域经济稳中向好。",
              "园区企业与P&G签订代工协议，预计年产值{M}万元。", "县融媒体中心推出“Q&A政策直通车”栏目{S}期。",
              "全县规上工业企业R&D人员达到{I}人。"]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "ampersand in R&D, Q&A, AT&T ..."


EMOJI = ["👍", "🎉", "🏮", "❤️", "🌾", "💪", "🚩", "✅", "📢", "🇨🇳", "👨‍👩‍👧", "👩‍🌾", "🧑‍🚒"]


def neg_emoji(r):
    e = ''.join(r.sample(EMOJI, r.randint(1, 3)))
    frames = [f"政务新媒体推文《{r.choice(TWN)}镇又上新闻啦{e}》阅读量突破{r.randint(2, 90)}000。",
              f"网友留言：“路修好了，出行方便多了{e}”",
              f"【喜报{e}】{clean_sentence(r, 0)}"]
    return flat(ctx(r, 0, 1), r.choice(frames), ctx(r, 0, 1)), "emoji (including ZWJ sequences and VS16)"


def neg_questions(r):
    frames = ["如何破解农村人居环境整治“最后一公里”难题？",
              "群众最关心什么？最需要什么？这是我们谋划工作的出发点。",
              "网友问：“{TWN}镇的公交专线什么时候开通?”工作人员答复预计年底前开通。",
              "Q: 补贴什么时候发放? A: 预计{MO}月底前发放到位。",
              "为什么项目推进慢？根本原因在于前期工作不扎实。",
              "问题出在哪里？症结又是什么？？值得我们深思。",
              "能不能把审批时间再压缩一半？我们做到了。", "“家门口就能办事，还用跑县城吗？”村民笑着说。",
              "FAQ: How do I apply for the subsidy? Please visit the service hall."]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "real question marks"


def neg_mj_clean(r):
    s = para(r, 2, 5, head=r.random() < 0.3)
    return flat(maybe_ascii_punct(r, flat(s), 0.25)), "clean report text"


def neg_punct_names(r):
    frames = ["邀请英国学者约瑟夫·李约瑟研究会代表来访交流。", "《马克·吐温短篇小说选》入选农家书屋推荐书目。",
              "建设任务包括：道路～桥梁～管网三大类。", "工作要求※：严禁弄虚作假。",
              "会议强调——要坚持实事求是……决不能搞形式主义。", "登记证号：No.{I}，有效期至{Y}年。",
              "依据《条例》§{S}第二款处理。", "『平安家庭』创建活动覆盖全县{I}户。",
              "邀请让-皮埃尔·杜兰等外籍专家参与规划评审。", "活动时间：{MO}月{D}日～{MO}月{DE}日。"]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "special punctuation used correctly"


def neg_math_greek(r):
    frames = ["PM₂.₅年均浓度{S}μg/m³，同比下降{P}%。", "显著性水平取α=0.05，检验统计量χ²={F}。",
              "回归系数β为0.{S}，说明投入与产出呈正相关。", "城区面积约{F}km²，人口密度约{I}人/km²。",
              "圆形广场半径{S}米，面积约为πr²≈{I}平方米。", "Σ各乡镇得分后取均值，偏差控制在±{F}以内。",
              "臭氧（O₃）浓度第90百分位数为{I}μg/m³。", "检测发现水样中γ射线剂量率处于正常本底水平。",
              "采用Δ值法比较前后两年得分变化。"]
    return flat(ctx(r, 0, 1), render_text(r, r.choice(frames)), ctx(r, 0, 1)), "Greek letters, sub/superscripts in formulas"


MIXED_SCRIPTS = [("藏文", "བཀྲ་ཤིས་བདེ་ལེགས", "吉祥如意"), ("维吾尔文", "ياخشىمۇسىز", "您好"),
                 ("泰文", "สวัสดี", "您好"), ("阿拉伯文", "مرحبا", "欢迎"), ("印地文", "नमस्ते", "您好"),
                 ("蒙古文", "ᠮᠣᠩᠭᠣᠯ", "蒙古"), ("朝鲜文", "환영합니다", "欢迎")]


def neg_mixed_scripts(r):
    a = r.sample(MIXED_SCRIPTS, r.randint(1, 2))
    lst = "、".join(f"{n}“{t}”（{z}）" for n, t, z in a)
    frame = r.choice([f"民族团结进步宣传栏用{lst}等文字书写标语。", f"多语种服务窗口的欢迎牌上印有{lst}。"])
    return flat(ctx(r, 0, 1), frame, ctx(r, 0, 1)), "other scripts (Tibetan, Uyghur, Thai, Arabic, Devanagari...)"


EN_CLEAN = ["The county’s “one-stop” reform cut approval time by {P}% — a provincial record.",
            "Officials said the town’s grid pilot covered {I} households… and will expand next year.",
            "“We don’t measure success by GDP alone,” the report notes.",
            "Rural incomes rose {P}%; the county’s targets were met ahead of schedule."]


def neg_english_summary(r):
    s = ' '.join(render_text(r, x) for x in r.sample(EN_CLEAN, r.randint(1, 2)))
    pre = ctx(r, 0, 1)
    return flat(pre, "\n" if pre else "", "英文摘要：", s), "clean English summary with smart quotes and dashes"


# ======================================================================
#  registry
# ======================================================================

PH_POS = [("ph_num_x", ph_num_x), ("ph_num_X", ph_num_X), ("ph_num_symbol", ph_num_symbol),
          ("ph_num_blank", ph_num_blank), ("ph_money", ph_money), ("ph_percent", ph_percent),
          ("ph_date_x", ph_date_x), ("ph_date_blank", ph_date_blank), ("ph_place_x", ph_place_x),
          ("ph_place_mou", ph_place_mou), ("ph_address", ph_address), ("ph_org", ph_org),
          ("ph_person_mou", ph_person_mou), ("ph_person_mask", ph_person_mask),
          ("ph_phone_mail", ph_phone_mail), ("ph_id_plate", ph_id_plate), ("ph_docno", ph_docno),
          ("ph_ordinal", ph_ordinal), ("ph_bracket_field", ph_bracket_field),
          ("ph_template_var", ph_template_var), ("ph_mailmerge", ph_mailmerge),
          ("ph_note_fill", ph_note_fill), ("ph_tbd_value", ph_tbd_value), ("ph_wp_leftover", ph_wp_leftover),
          ("ph_fullwidth", ph_fullwidth), ("ph_linebreak", ph_linebreak), ("ph_table_row", ph_table_row),
          ("ph_heading", ph_heading), ("ph_mixed", ph_mixed)]
PH_NEG = [("phn_plus_x", neg_plus_x), ("phn_x_tech", neg_x_tech), ("phn_times", neg_times),
          ("phn_algebra", neg_algebra), ("phn_pinyin_x", neg_pinyin_x), ("phn_model_number", neg_model_number),
          ("phn_roman", neg_roman), ("phn_english_x", neg_english_x), ("phn_mou_word", neg_mou_word),
          ("phn_checkbox", neg_checkbox), ("phn_separator", neg_separator), ("phn_chinese_zero", neg_chinese_zero),
          ("phn_footnote_star", neg_footnote_star), ("phn_daiding_word", neg_daiding_word),
          ("phn_id_checkdigit", neg_id_checkdigit), ("phn_clean_report", neg_clean_report),
          ("phn_clean_table", neg_clean_table), ("phn_clean_heading", neg_clean_heading),
          ("phn_real_brackets", neg_real_brackets), ("phn_grades", neg_grades), ("phn_instructions", neg_instructions)]
MJ_POS = [("mj_utf8_gbk_replace", codec_style('utf-8', 'gbk', 'replace', "UTF-8 read as GBK, undecodable -> U+FFFD")),
          ("mj_utf8_gbk_drop", codec_style('utf-8', 'gbk', 'ignore', "UTF-8 read as GBK, undecodable bytes dropped")),
          ("mj_utf8_gb18030", codec_style('utf-8', 'gb18030', ('replace', 'replace', 'ignore'), "UTF-8 read as GB18030")),
          ("mj_utf8_big5", codec_style('utf-8', 'big5', ('replace', 'replace', 'ignore'), "UTF-8 read as Big5")),
          ("mj_utf8_sjis", codec_style('utf-8', 'shift_jis', ('replace', 'replace', 'ignore'), "UTF-8 read as Shift_JIS")),
          ("mj_utf8_euckr", codec_style('utf-8', 'euc_kr', ('replace', 'replace', 'ignore'), "UTF-8 read as EUC-KR")),
          ("mj_utf8_latin1", codec_style('utf-8', 'latin-1', 'strict', "UTF-8 read as Latin-1 (C1 controls appear)")),
          ("mj_utf8_cp1252", mj_utf8_cp1252),
          ("mj_gbk_utf8", codec_style('gbk', 'utf-8', 'replace', "GBK read as UTF-8 with replacement")),
          ("mj_double", mj_double), ("mj_kunjinkao", mj_kunjinkao), ("mj_tangtang", mj_tangtang),
          ("mj_qmark", mj_qmark), ("mj_fffd", mj_fffd), ("mj_html_entities", mj_html_entities),
          ("mj_html_tags", mj_html_tags), ("mj_invisible", mj_invisible), ("mj_pinyin_annot", mj_pinyin_annot),
          ("mj_percent", mj_percent), ("mj_escaped", mj_escaped), ("mj_foreign", mj_foreign),
          ("mj_heading", mj_heading), ("mj_table_row", mj_table_row), ("mj_whole_para", mj_whole_para),
          ("mj_gbk_offset", mj_gbk_offset), ("mj_utf16", mj_utf16), ("mj_punct_cp1252", mj_punct_cp1252),
          ("mj_mixed", mj_mixed)]
MJ_NEG = [("mjn_russian", neg_ru), ("mjn_japanese", neg_ja), ("mjn_korean", neg_ko), ("mjn_greek", neg_el),
          ("mjn_vietnamese", neg_vi), ("mjn_western", neg_western), ("mjn_pinyin_lesson", neg_pinyin_lesson),
          ("mjn_name_gloss", neg_name_gloss), ("mjn_traditional", neg_traditional), ("mjn_rare_chars", neg_rare),
          ("mjn_web_html", neg_web_html), ("mjn_symbols", neg_symbols), ("mjn_fullwidth_latin", neg_fullwidth),
          ("mjn_url_percent", neg_url), ("mjn_ampersand", neg_amp), ("mjn_emoji", neg_emoji),
          ("mjn_questions", neg_questions), ("mjn_clean_report", neg_mj_clean), ("mjn_punct_names", neg_punct_names),
          ("mjn_math_greek", neg_math_greek), ("mjn_mixed_scripts", neg_mixed_scripts),
          ("mjn_english_summary", neg_english_summary)]

COUNTS = {('ph', 'pos'): 29, ('ph', 'neg'): 27, ('mj', 'pos'): 30, ('mj', 'neg'): 26}


def registry():
    out = []
    for name, fn in PH_POS:
        out.append(('ph', name, 'placeholder', COUNTS[('ph', 'pos')], fn))
    for name, fn in PH_NEG:
        out.append(('ph', name, 'negative', COUNTS[('ph', 'neg')], fn))
    for name, fn in MJ_POS:
        out.append(('mj', name, 'mojibake', COUNTS[('mj', 'pos')], fn))
    for name, fn in MJ_NEG:
        out.append(('mj', name, 'negative', COUNTS[('mj', 'neg')], fn))
    return out


# ======================================================================
#  output: escape invisibles
# ======================================================================

def must_escape(c):
    return unicodedata.category(c) in ('Cc', 'Cf', 'Zl', 'Zp', 'Cs', 'Co', 'Cn')


def dump_line(obj):
    s = json.dumps(obj, ensure_ascii=False)
    out = []
    for c in s:
        if must_escape(c):
            o = ord(c)
            if o > 0xFFFF:
                o -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append('\\u%04x' % o)
        else:
            out.append(c)
    return ''.join(out)


# ======================================================================
#  generation
# ======================================================================

def make_record(family, style, label, fn, r):
    segs, desc = fn(r)
    text, spans, tags = assemble(segs)
    if label == 'negative':
        if spans:
            raise Retry('negative with spans')
        note = desc
    else:
        if not spans:
            raise Retry('positive without spans')
        if family == 'ph':
            shown = ', '.join(text[a:b].replace("\n", "\\n") for a, b in spans[:6])
            note = f"{desc}; spans: {shown}" + (" ..." if len(spans) > 6 else "")
        else:
            ok = all(t != '-' for t in tags)
            note = f"{desc}; {'lossless' if ok else 'lossy'} [inv={'|'.join(tags)}]"
    return text, spans, note


def generate(seed):
    records = []
    for family, style, label, count, fn in registry():
        r = random.Random(zlib.crc32(f"{seed}:{style}".encode('utf-8')))
        seen = set()
        n = 0
        tries = 0
        while n < count:
            tries += 1
            if tries > count * 60:
                raise SystemExit(f"style {style}: cannot draw {count} distinct records")
            try:
                text, spans, note = make_record(family, style, label, fn, r)
            except Retry:
                continue
            if text in seen or not text.strip():
                continue
            problems = check_record_basic({'family': family, 'label': label, 'text': text, 'spans': spans,
                                           'style': style, 'note': note})
            if problems:
                continue
            seen.add(text)
            n += 1
            records.append({"id": f"t6-{seed}-{style}-{n:02d}", "family": family, "style": style,
                            "label": label, "text": text, "spans": spans, "note": note})
    return records


# ======================================================================
#  checks (used by the generator on its own records and by --verify)
# ======================================================================

INVIS_RE = re.compile('[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064'
                      '\u2066-\u2069\ufeff\u180e]')
PH_SPAN_OK = re.compile(
    r'[xX×＊*○□_＿ｘＸ某]|^[【\[［〔〖〈「『｛<＜«{《（(].*[】\]］〕〗〉」』｝>＞»}》）)]$|^(待定|待核实|待确认|待补充|待填|TBD|TODO|N/A|TBA)$'
    r'|%[sd]|%\.\d?f|\$\{|\{\{|#\{|%[A-Z]+%|\$[A-Z]+\$|\[\[|@@|此处|Click|Lorem|单击|点击|键入|输入|Type|Next Record',
    re.S)

MASK_CH = set('xX×＊*○□_＿ｘＸ某')


def check_record_basic(rec):
    """Returns a list of problems (empty when fine)."""
    p = []
    text, spans = rec['text'], rec['spans']
    fam, label = rec['family'], rec['label']
    if fam not in ('ph', 'mj'):
        p.append('family')
    want = {'ph': 'placeholder', 'mj': 'mojibake'}.get(fam)
    if label not in (want, 'negative'):
        p.append('label')
    if not isinstance(spans, list):
        return p + ['spans type']
    prev_end = -1
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)):
            p.append('span shape')
            continue
        a, b = sp
        if not (0 <= a < b <= len(text)):
            p.append(f'span bounds {sp}')
        if a < prev_end:
            p.append('overlap/order')
        if a == prev_end:
            p.append('touching spans not merged')
        prev_end = b
    if label == 'negative' and spans:
        p.append('negative with spans')
    if label != 'negative' and not spans:
        p.append('positive without spans')
    if label == 'negative':
        for bad in ('\ufffd', '锟斤拷', '烫烫烫', '屯屯屯'):
            if bad in text:
                p.append(f'negative contains {bad!r}')
        for m in INVIS_RE.finditer(text):
            c = m.group()
            ok_zwj = c == '\u200d' and rec.get('style') == 'mjn_emoji'
            if not ok_zwj:
                p.append(f'negative contains invisible U+{ord(c):04X}')
    if fam == 'ph':
        if INVIS_RE.search(text):
            p.append('ph text contains invisible character')
        for a, b in spans:
            s = text[a:b]
            if s != s.strip():
                p.append(f'ph span has edge whitespace {s!r}')
            if not PH_SPAN_OK.search(s):
                p.append(f'ph span does not look like a mask {s!r}')
            # spans are maximal: a mask run never continues just outside its span
            if a > 0 and text[a - 1] in MASK_CH and text[a - 1] == s[0]:
                p.append(f'ph span not maximal on the left {s!r}')
            if b < len(text) and text[b] in MASK_CH and text[b] == s[-1]:
                p.append(f'ph span not maximal on the right {s!r}')
    if fam == 'mj' and label == 'mojibake':
        p += check_inverses(rec)
    # JSON round trip
    line = dump_line({k: rec.get(k) for k in ('family', 'label', 'text', 'spans')})
    if json.loads(line) != {k: rec.get(k) for k in ('family', 'label', 'text', 'spans')}:
        p.append('json round trip')
    for c in line:
        if must_escape(c):
            p.append('raw invisible in JSON line')
            break
    return p


DEL_OK = [re.compile(r'^(?:<[^<>\n]*>)+$'),
          re.compile(r'^(?:&(?:amp;)?(?:nbsp|emsp|ensp);)+$'),
          re.compile(r'^[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[1-5]?[)）]$')]


def check_inverses(rec):
    p = []
    note, text, spans = rec['note'], rec['text'], rec['spans']
    m = re.search(r'\[inv=([^\]]*)\]', note)
    if not m:
        return ['mj note lacks [inv=...]']
    tags = m.group(1).split('|')
    if len(tags) != len(spans):
        return [f'inv tags {len(tags)} != spans {len(spans)}']
    lossless = all(t != '-' for t in tags)
    if lossless != bool(re.search(r'; lossless \[', note)) or (not lossless) != bool(re.search(r'; lossy \[', note)):
        p.append('lossless/lossy wording disagrees with tags')
    for (a, b), tag in zip(spans, tags):
        s = text[a:b]
        if tag == '-':
            continue
        try:
            if tag == 'del':
                if not (all(must_escape(c) for c in s) or any(rx.match(s) for rx in DEL_OK)):
                    p.append(f'del span is not pure inserted material {s!r}')
            elif tag in ('html', 'html2'):
                o = html.unescape(s)
                if tag == 'html2':
                    o = html.unescape(o)
                if o == s or '&' in o or len(o) > 2:
                    p.append(f'html span does not unescape {s!r}')
            elif tag == 'pct':
                o = urllib.parse.unquote(s, errors='strict')
                if '%' in re.sub(r'%[0-9A-Fa-f]{2}', '', s) or not re.search(r'[^\x00-\x7f]', o):
                    p.append(f'pct span bad {s!r}')
                if urllib.parse.quote(o, safe='').upper() != s.upper():
                    p.append(f'pct span forward mismatch {s!r}')
            elif tag in ('uesc', 'ncr', 'pyb', 'jsu'):
                o = unescape_tag(tag, s)
                if o == s or '\ufffd' in o or not re.search(r'[^\x00-\x7f]', o):
                    p.append(f'{tag} span does not decode {s!r}')
                if tag != 'ncr' and forward_tag(tag, o) != s:
                    p.append(f'{tag} forward mismatch {s!r}')
            elif re.fullmatch(r'c\d*:[\w-]+:[\w-]+', tag):
                times_s, dec, enc = re.fullmatch(r'c(\d*):([\w-]+):([\w-]+)', tag).groups()
                times = int(times_s) if times_s else 1
                o = s
                for _ in range(times):
                    o = xdec(xenc(o, dec), enc)
                f = o
                for _ in range(times):
                    f = xdec(xenc(f, enc), dec)
                if f != s or o == s or '\ufffd' in o:
                    p.append(f'codec inverse fails {tag} {s!r}')
            else:
                p.append(f'unknown tag {tag}')
        except (UnicodeError, ValueError) as e:
            p.append(f'inverse raised {tag} {s!r}: {e}')
    return p


def verify(path):
    problems = []
    recs = []
    with open(path, encoding='utf-8') as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip('\n')
            for c in line:
                if must_escape(c):
                    problems.append(f'line {ln}: raw invisible/control U+{ord(c):04X}')
                    break
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f'line {ln}: bad JSON {e}')
                continue
            if set(rec) != {"id", "family", "style", "label", "text", "spans", "note"}:
                problems.append(f'line {ln}: keys {sorted(rec)}')
                continue
            if dump_line(rec) != line:
                problems.append(f'line {ln}: not in canonical escaped form')
            for q in check_record_basic(rec):
                problems.append(f'line {ln} {rec["id"]}: {q}')
            recs.append(rec)
    ids = [x['id'] for x in recs]
    if len(ids) != len(set(ids)):
        problems.append('duplicate ids')
    for fam in ('ph', 'mj'):
        fr = [x for x in recs if x['family'] == fam]
        styles = {}
        for x in fr:
            styles.setdefault(x['style'], []).append(x)
        pos = sum(1 for x in fr if x['label'] != 'negative')
        if not 1200 <= len(fr) <= 1600:
            problems.append(f'{fam}: {len(fr)} records')
        if fr and not 0.5 <= pos / len(fr) <= 0.7:
            problems.append(f'{fam}: positive share {pos/len(fr):.2f}')
        if len(styles) < 40:
            problems.append(f'{fam}: only {len(styles)} styles')
        for st, xs in styles.items():
            if not 20 <= len(xs) <= 40:
                problems.append(f'{fam}/{st}: {len(xs)} records')
            if len({x['label'] for x in xs}) != 1:
                problems.append(f'{fam}/{st}: mixed labels')
            texts = [x['text'] for x in xs]
            if len(set(texts)) != len(texts):
                problems.append(f'{fam}/{st}: duplicate texts')
    return recs, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, default=7)
    ap.add_argument('--out')
    ap.add_argument('--verify', metavar='FILE')
    a = ap.parse_args()
    if a.verify:
        recs, problems = verify(a.verify)
        for q in problems[:50]:
            print(q, file=sys.stderr)
        fam = {}
        for x in recs:
            fam.setdefault((x['family'], x['label']), 0)
            fam[(x['family'], x['label'])] += 1
        print(f"{a.verify}: {len(recs)} records {dict(sorted(fam.items()))}; "
              f"{'OK' if not problems else str(len(problems)) + ' problem(s)'}")
        sys.exit(1 if problems else 0)
    if not a.out:
        ap.error('--out or --verify required')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as fh:
        for rec in recs:
            fh.write(dump_line(rec) + '\n')
    _, problems = verify(a.out)
    for q in problems[:50]:
        print(q, file=sys.stderr)
    print(f"wrote {len(recs)} records to {a.out}; self-check {'OK' if not problems else 'FAILED'}")
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
