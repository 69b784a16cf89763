#!/usr/bin/env python3
"""text39_gen.py - held-out set 39: placeholders (ph) and mojibake (mj) in Chinese documents.

Usage:
    python3 text39_gen.py --seed 11 --out text39_seed11.jsonl
    python3 text39_gen.py --verify text39_seed11.jsonl text39_seed12.jsonl

Standard library only. Deterministic per seed (random.Random seeded with strings,
which Python hashes with SHA-512, so PYTHONHASHSEED has no influence).
"""
import argparse
import base64
import json
import quopri
import random
import re
import sys

# ----------------------------------------------------------------------------
# text builder: pieces are appended in order, spans are recorded as we go
# ----------------------------------------------------------------------------


class Retry(Exception):
    pass


def S(x):
    """a piece that is itself a span (placeholder, HTML debris, ...)"""
    return ('S', x)


class Builder:
    def __init__(self, damage=None):
        self.parts = []
        self.n = 0
        self.spans = []
        self.damage = damage   # callable orig -> damaged (for ('D', ...) pieces)

    def _put(self, s, span=False):
        if not s:
            return
        if span:
            self.spans.append([self.n, self.n + len(s)])
        self.parts.append(s)
        self.n += len(s)

    def _damaged(self, orig, fn):
        dam = fn(orig)
        if dam == orig:
            raise Retry('damage left text unchanged')
        start = self.n
        self._put(dam)
        if len(dam) == len(orig):
            # length preserving (e.g. characters lost to '?'): one span per run of changed chars
            i = 0
            while i < len(dam):
                if dam[i] != orig[i]:
                    j = i
                    while j < len(dam) and dam[j] != orig[j]:
                        j += 1
                    self.spans.append([start + i, start + j])
                    i = j
                else:
                    i += 1
            return
        p = 0
        while p < min(len(orig), len(dam)) and orig[p] == dam[p]:
            p += 1
        s = 0
        while (s < min(len(orig), len(dam)) - p and orig[len(orig) - 1 - s] == dam[len(dam) - 1 - s]):
            s += 1
        a, z = start + p, start + len(dam) - s
        if z <= a:
            raise Retry('empty damage span')
        self.spans.append([a, z])

    def add(self, *pieces):
        for p in pieces:
            if p is None:
                continue
            if isinstance(p, str):
                self._put(p)
            elif isinstance(p, list):
                self.add(*p)
            elif p[0] == 'S':
                self._put(p[1], span=True)
            elif p[0] == 'D':
                fn = p[2] if len(p) > 2 else self.damage
                self._damaged(p[1], fn)
            else:
                raise ValueError(p)
        return self

    def line(self, *pieces):
        self.add(*pieces)
        self._put('\n')
        return self

    def text(self):
        t = ''.join(self.parts)
        return t.rstrip('\n')


# ----------------------------------------------------------------------------
# shared pools (own wording)
# ----------------------------------------------------------------------------

SURN = list('王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文')
GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红春梅海燕文辉德胜永福宝林荣新凤云庆和顺')
RARE_GBK = list('堃喆昇燊翀犇垚赟珺曌琤彧旻玥瑄祎頔镕瑢璟琇')   # in GBK, not in GB2312
COUNTY = ['青石县', '柳河县', '平川县', '东岚县', '云溪县', '白沙县', '临泽县', '桐木县', '安澜县', '北屏县']
TOWN = ['城关镇', '河口镇', '三里乡', '石门镇', '新桥乡', '柏树乡', '龙潭镇', '沙坪镇', '杏花乡', '双井镇']
VILLAGE = ['上坪村', '下湾村', '杨柳村', '金星村', '马家庄村', '红岩村', '枫林村', '石桥村', '塘背村', '高岭村']
STREET = ['东城街道', '滨江街道', '南苑街道', '北关街道', '西湖街道', '新华街道', '长安街道', '望江街道']
CITY = ['江州市', '宁安市', '河阳市', '清源市', '北海湾市', '云阳市', '汉川市', '洛水市']
ORG = ['市场监督管理局', '农业农村局', '卫生健康局', '住房和城乡建设局', '教育局', '民政局', '人力资源和社会保障局', '生态环境局', '文化广电旅游局', '应急管理局']
COMPANY = ['宏达建筑工程有限公司', '瑞丰农业科技有限公司', '恒信物业管理有限公司', '锦程物流有限公司', '华泰电子有限公司', '青禾食品有限公司', '博远信息技术有限公司', '安居装饰工程有限公司']
PUBLISHER = ['人民文学出版社', '商务印书馆', '中华书局', '上海古籍出版社', '科学出版社', '高等教育出版社', '江苏凤凰教育出版社', '广西师范大学出版社']
BOOKS = ['乡土中国', '中国近代史纲要', '农村集体经济组织财务管理', '城市排水工程设计', '明清方志研究', '汉字的结构与演变', '基层治理案例选编', '地方文献整理与保护', '江南市镇经济史', '古籍版本学概论', '图书馆编目实务', '民间契约文书汇编']
TOPICS = ['人居环境整治', '高标准农田建设', '垃圾分类', '老旧小区改造', '防汛备汛', '森林防火', '医保参保缴费', '义务教育入学', '就业技能培训', '安全生产检查', '河长制巡河', '乡村振兴']
WEEKD = ['一', '二', '三', '四', '五']


def pname(r, rare=False):
    g = r.choice(RARE_GBK) if rare else r.choice(GIVEN)
    if r.random() < 0.6:
        return r.choice(SURN) + r.choice(GIVEN) + g
    return r.choice(SURN) + g


def ymd(r, y0=2019, y1=2024):
    return r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28)


def datestr(r, y0=2019, y1=2024):
    y, m, d = ymd(r, y0, y1)
    return '%d年%d月%d日' % (y, m, d)


def money(r, lo=1, hi=500, dec=2):
    v = r.uniform(lo, hi)
    return ('%.' + str(dec) + 'f') % v


def phone(r):
    return r.choice(['138', '139', '150', '152', '158', '177', '186', '189']) + ''.join(r.choice('0123456789') for _ in range(8))


def pick(r, seq, k):
    return r.sample(seq, k)


# ----------------------------------------------------------------------------
# damage (real codecs)
# ----------------------------------------------------------------------------

def _u8(s):
    return s.encode('utf-8')


def mime_q(data):
    out = []
    for b in data:
        if 0x21 <= b <= 0x7e and b not in (0x3d, 0x3f, 0x5f, 0x20):
            out.append(chr(b))
        elif b == 0x20:
            out.append('_')
        else:
            out.append('=%02X' % b)
    return ''.join(out)


DAMAGE = {
    'utf8_gbk': (lambda s: _u8(s).decode('gbk', 'replace'), 'UTF-8 bytes decoded as GBK'),
    'kunjinkao': (lambda s: s.encode('gbk').decode('utf-8', 'replace').encode('utf-8').decode('gbk', 'replace'),
                  'GBK read as UTF-8 (U+FFFD), re-encoded UTF-8 and read as GBK: 锟斤拷'),
    'utf8_cp1252': (lambda s: _u8(s).decode('cp1252', 'replace'), 'UTF-8 bytes decoded as Windows-1252'),
    'utf8_latin1': (lambda s: _u8(s).decode('latin-1'), 'UTF-8 bytes decoded as ISO-8859-1 (C1 controls included)'),
    'utf8_cp437': (lambda s: _u8(s).decode('cp437'), 'UTF-8 bytes decoded as cp437'),
    'gbk_cp437': (lambda s: s.encode('gbk').decode('cp437'), 'GBK bytes decoded as cp437 (zip tools)'),
    'utf8_latin2': (lambda s: _u8(s).decode('iso8859_2'), 'UTF-8 bytes decoded as ISO-8859-2'),
    'utf8_cp1250': (lambda s: _u8(s).decode('cp1250', 'replace'), 'UTF-8 bytes decoded as Windows-1250'),
    'bytes_repr': (lambda s: repr(_u8(s))[2:-1], 'Python bytes repr (\\xNN escapes) pasted into text'),
    'bytes_repr_b': (lambda s: repr(_u8(s)), "Python b'...' literal pasted into text"),
    'double_utf8': (lambda s: _u8(_u8(s).decode('cp1252', 'replace')).decode('cp1252', 'replace'),
                    'UTF-8 decoded as cp1252 twice (double mojibake)'),
    'double_gbk': (lambda s: _u8(_u8(s).decode('gbk', 'replace')).decode('gbk', 'replace'),
                   'UTF-8 decoded as GBK twice'),
    'mime_b': (lambda s: '=?UTF-8?B?' + base64.b64encode(_u8(s)).decode() + '?=', 'raw RFC 2047 encoded-word (UTF-8, B)'),
    'mime_b_gbk': (lambda s: '=?GBK?B?' + base64.b64encode(s.encode('gbk')).decode() + '?=', 'raw RFC 2047 encoded-word (GBK, B)'),
    'mime_q_gb2312': (lambda s: '=?GB2312?Q?' + mime_q(s.encode('gb2312')) + '?=', 'raw RFC 2047 encoded-word (GB2312, Q)'),
    'qp_body': (lambda s: quopri.encodestring(_u8(s)).decode('ascii').replace('=\n', ''), 'quoted-printable body left undecoded'),
    'html_entity': (lambda s: s.encode('ascii', 'xmlcharrefreplace').decode('ascii'), 'numeric character references left undecoded'),
    'qmark_gb2312': (lambda s: s.encode('gb2312', 'replace').decode('gb2312'), 'characters outside GB2312 lost to ?'),
    'ascii_q': (lambda s: s.encode('ascii', 'replace').decode('ascii'), 'all non-ASCII lost to ?'),
    'fffd': (lambda s: s.encode('gbk').decode('utf-8', 'replace'), 'GBK bytes decoded as UTF-8 (U+FFFD runs)'),
    'gbk_shift': (lambda s: s.encode('gbk')[1:].decode('gbk', 'replace'), 'GBK stream decoded one byte out of step'),
    'utf8_big5': (lambda s: _u8(s).decode('big5', 'replace'), 'UTF-8 bytes decoded as Big5'),
    'gbk_big5': (lambda s: s.encode('gbk').decode('big5', 'replace'), 'GBK bytes decoded as Big5'),
    'big5_gbk': (lambda s: s.encode('big5').decode('gbk', 'replace'), 'Big5 bytes decoded as GBK'),
    'utf8_sjis': (lambda s: _u8(s).decode('shift_jis', 'replace'), 'UTF-8 bytes decoded as Shift_JIS'),
    'utf8_koi8r': (lambda s: _u8(s).decode('koi8_r'), 'UTF-8 bytes decoded as KOI8-R'),
    'utf8_euckr': (lambda s: _u8(s).decode('euc_kr', 'replace'), 'UTF-8 bytes decoded as EUC-KR'),
}

# reverse round trips used by --verify: span.encode(B).decode(A)
REVERSE = [('gbk', 'utf-8'), ('cp1252', 'utf-8'), ('latin-1', 'utf-8'), ('cp437', 'utf-8'), ('cp437', 'gbk'),
           ('iso8859_2', 'utf-8'), ('cp1250', 'utf-8'), ('big5', 'utf-8'), ('big5', 'gbk'), ('gbk', 'big5'),
           ('shift_jis', 'utf-8'), ('koi8_r', 'utf-8'), ('euc_kr', 'utf-8')]

MJ_MARKERS = [
    re.compile('\ufffd'), re.compile('锟斤拷'), re.compile(r'\\x[0-9a-fA-F]{2}'),
    re.compile(r'=\?[A-Za-z0-9_-]+\?[BbQq]\?[^?\s]*\?='), re.compile(r'(?:=[0-9A-F]{2}){2,}'),
    re.compile(r'&#x?[0-9A-Fa-f]+;'), re.compile(r'&[a-z]+;'), re.compile(r'</?[a-zA-Z][^>]*/?>'),
    re.compile(r'^[^(]?\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+\)$'), re.compile(r'\?'),
    # U+FFFD and CJK lead bytes seen through a second cp1252 pass (double mojibake)
    re.compile('ï¿½'), re.compile('Ã[¤¥¦§¨©]Â'),
]


def _common(c):
    """ASCII, CJK punctuation, GB2312 level-1 hanzi or Big5 frequent hanzi"""
    o = ord(c)
    if 0x20 <= o < 0x7f or 0x3000 <= o <= 0x303f or 0xff01 <= o <= 0xff5e or (c.isalpha() and 0xc0 <= o <= 0x24f):
        return True
    try:
        g = c.encode('gb2312')
        if len(g) == 2 and 0xb0 <= g[0] <= 0xd7:
            return True
    except UnicodeError:
        pass
    try:
        b5 = c.encode('big5')
        if len(b5) == 2 and 0xa4 <= b5[0] <= 0xc6:
            return True
    except UnicodeError:
        pass
    return False


def _score(s):
    return sum(map(_common, s)) / max(1, len(s))


def mj_span_ok(t):
    """a mojibake span must carry a damage marker, or undoing one of the codec pairs must give
    different and more plausible text (so clean text marked as damage is rejected)"""
    if any(m.search(t) for m in MJ_MARKERS):
        return True
    base = _score(t)
    for B, A in REVERSE:
        try:
            back = t.encode(B).decode(A)
        except (UnicodeError, LookupError):
            continue
        # a strict UTF-8 decode of the re-encoded bytes is strong evidence on its own
        if back != t and (_score(back) > base or (A == 'utf-8' and _score(back) >= base)):
            return True
    # double mojibake: two reverse steps
    for B, A in REVERSE[:3]:
        try:
            back = t.encode(B).decode(A).encode(B).decode(A)
        except UnicodeError:
            continue
        if back != t and _score(back) > base:
            return True
    return False


PH_SPAN_RE = re.compile(
    r'^(?:[xXＸｘ×]+(?:[.．][xXＸｘ×]+)?|[^\s]{0,3}某[^\s]{0,2}|【[^】]*】|（[^）]*）|\([^)]*\)|_+|＿+|'
    r'\{\{[^}]+\}\}|\$[A-Za-z_]+\$|\[[^\]]+\]|〇+|○+|＊+|\*+|[^\s]{0,2}[×Ｘ]+[^\s]{0,2})$')

PH_UNSPANNED = [re.compile(p) for p in (r'\{\{[^}]+\}\}', r'【待[填定补][^】]*】', r'_{3,}', r'＿{2,}', r'\[姓名\]',
                                       r'[xX]{2,}(?:户|人|元|万|村|镇|县|市|街道|公司|%)', r'××')]


# ----------------------------------------------------------------------------
# mj positives: carriers (document shapes) x damage kinds
# ----------------------------------------------------------------------------

HTML_OPEN = ['<p>', '<span style="font-family:宋体;font-size:16px">', '<strong>', '<div class="TRS_Editor">',
             '<font face="仿宋_GB2312">', '<span style="color:#333333">', '<p style="text-indent:2em">', '<b>']
HTML_CLOSE = ['</p>', '</span>', '</strong>', '</div>', '</font>', '</b>', '<br/>', '<br>']


def make_D(r, kind):
    if kind == 'html_tags':
        def D(s):
            k = r.randint(0, 2)
            if k == 0:
                return [S(r.choice(HTML_OPEN)), s, S(r.choice(HTML_CLOSE))]
            if k == 1:
                return [s, S(r.choice(HTML_CLOSE))]
            return [S(r.choice(HTML_OPEN)), s]
        return D
    if kind == 'html_nbsp':
        def D(s):
            cut = r.randint(1, max(1, len(s) - 1))
            deb = r.choice(['&nbsp;', '&nbsp;&nbsp;', '&nbsp;&nbsp;&nbsp;&nbsp;', '<br/>', '&emsp;&emsp;', '&ldquo;', '&rdquo;'])
            return [s[:cut], S(deb), s[cut:]]
        return D
    if kind == 'mixed':
        pool = ['utf8_gbk', 'utf8_cp1252', 'kunjinkao', 'bytes_repr', 'html_entity', 'utf8_cp437', 'fffd', 'double_utf8']
        def D(s):
            k = r.choice(pool + ['html'])
            if k == 'html':
                return [S(r.choice(HTML_OPEN)), s, S(r.choice(HTML_CLOSE))]
            return ('D', s, DAMAGE[k][0])
        return D
    fn = DAMAGE[kind][0]
    return lambda s: ('D', s, fn)


def maybe(r, p, D, s):
    return D(s) if r.random() < p else s


SUBJ = ['关于报送2023年度工作总结的通知', '会议纪要（第三次）', '请审核合同初稿', '报销单据已寄出', '本周值班安排',
        '项目进度汇报', '村级财务公开材料', '复：关于培训报名的回复', '年终考核表请查收', '防汛物资清点结果',
        '转发：关于开展安全生产大检查的通知', '申报材料补充说明', '附件：调研报告修改稿']
BODY = ['各位同事：', '附件是本月的统计报表，请于周五前核对并反馈。', '材料已按要求修改，如有问题请随时联系。',
        '会议定于下周二上午九点在三楼会议室召开。', '请各单位指定一名联络员负责对接。', '报销单据原件已通过快递寄出，请注意查收。',
        '上次提到的数据口径问题，我们已经和统计局确认过了。', '谢谢！', '此致', '祝好', '收到请回复。']


def c_email(r, b, D, kind):
    sender = pname(r)
    hdr_dmg = kind.startswith('mime') or (kind != 'qp_body' and r.random() < 0.5)
    dom = r.choice(['163.com', 'qq.com', 'gov.cn', 'sina.com', '126.com'])
    subj = r.choice(SUBJ)
    hdr_only = kind.startswith('mime')
    b.line('From: ', D(sender) if hdr_dmg else sender, ' <%s@%s>' % (r.choice(['zhang', 'li_wei', 'office', 'xzb', 'bgs2019', 'caiwu']), dom))
    b.line('To: ', r.choice(['bgs', 'dzb', 'all', 'xc']), '@', r.choice(['example.gov.cn', 'xz.gov.cn', 'unit.cn']))
    b.line('Subject: ', subj if kind == 'qp_body' else D(subj))
    y, m, d = ymd(r)
    b.line('Date: %s, %02d %s %d %02d:%02d:%02d +0800' % (r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']), d,
           r.choice(['Jan', 'Mar', 'Apr', 'Jun', 'Sep', 'Nov']), y, r.randint(7, 22), r.randint(0, 59), r.randint(0, 59)))
    if kind == 'qp_body':
        b.line('Content-Type: text/plain; charset="utf-8"')
        b.line('Content-Transfer-Encoding: quoted-printable')
    else:
        b.line('Content-Type: text/plain; charset="', r.choice(['gb2312', 'utf-8', 'GBK']), '"')
    b.line('')
    lines = pick(r, BODY[1:8], r.randint(1, 2 if kind == 'qp_body' else 3))
    b.line(BODY[0])
    for i, ln in enumerate(lines):
        if hdr_only:
            b.line(ln)
        else:
            b.line(D(ln) if (i == 0 or r.random() < 0.4) else ln)
    b.line(r.choice(['谢谢！', '收到请回复。', '此致']))
    b.line(r.choice(ORG) + ' ' + sender)


def c_catalogue(r, b, D, kind):
    t = r.choice(BOOKS)
    no = r.randint(100000, 999999)
    b.line('记录号：%d' % no)
    if kind == 'latin_name_gbk':
        author = r.choice(['José Saramago', 'Gabriel García Márquez', 'Antonín Dvořák', 'Stanisław Lem', 'Günter Grass',
                           'Françoise Sagan', 'Søren Kierkegaard', 'Pál Erdős', 'Ahmet Hamdi Tanpınar', 'Émile Zola', 'Zdeněk Svěrák',
                           'Bohumil Hrabal', 'Wisława Szymborska', 'Jürgen Habermas', 'Gérard Genette', 'Kurt Gödel'])
        b.line('题名：', r.choice(['论历史', '小说选', '书信集', '随笔集', '文集']), ' / ', '（', r.choice(['葡', '西', '捷', '波', '德', '法', '丹', '匈', '土']), '）著；', pname(r), '译')
        b.line('原著者：', ('D', author, DAMAGE['utf8_gbk'][0]))
    else:
        b.line('题名：', maybe(r, 0.6, D, t), ' / ', pname(r), r.choice(['著', '主编', '编著']))
    pub = r.choice(PUBLISHER)
    b.line('出版发行：', r.choice(['北京', '上海', '南京', '桂林', '杭州']), '：', maybe(r, 0.5, D, pub) if kind != 'latin_name_gbk' else pub, '，', str(r.randint(1985, 2023)))
    b.line('载体形态：%d页；%d cm' % (r.randint(120, 680), r.choice([21, 23, 24, 26])))
    b.line('ISBN：978-7-%d-%05d-%d' % (r.randint(100, 599), r.randint(0, 99999), r.randint(0, 9)))
    subj = r.choice(['地方史—研究', '农村经济—管理', '图书编目—教材', '汉字—研究', '古籍—版本', '城市规划—研究'])
    b.line('主题词：', maybe(r, 0.5, D, subj) if kind != 'latin_name_gbk' else subj)
    b.line('中图分类号：', r.choice(['K29', 'F32', 'G254', 'H12', 'G256', 'TU99']))
    if r.random() < 0.7:
        note = r.choice(['本书据作者讲义整理', '附参考文献及索引', '书名原文据版权页', '馆藏复本三册，其中一册破损'])
        b.line('附注：', D(note) if kind != 'latin_name_gbk' else note)
    b.line('馆藏地：', r.choice(['二楼社科借阅区', '地方文献室', '密集书库', '三楼中文图书区']))


GEN_ORD = ['十五', '十六', '十七', '十八', '十九', '二十', '二十一']


def c_genealogy(r, b, D, kind):
    sur = r.choice(['陈', '林', '黄', '吴', '郑', '蔡', '许', '周'])
    b.line(r.choice(['清河', '颍川', '江夏', '延陵', '荥阳', '济阳']), sur, '氏族谱 卷', r.choice(['三', '四', '五', '七']), ' 世系录')
    k = r.randint(3, 6)
    gi = r.randint(0, 3)
    rare = kind in ('qmark_gb2312', 'big5_gbk', 'gbk_big5')
    for i in range(k):
        nm = sur + (r.choice(RARE_GBK) if rare and r.random() < 0.7 else r.choice(GIVEN)) + r.choice(GIVEN + RARE_GBK if rare else GIVEN)
        zi = r.choice(GIVEN) + r.choice(GIVEN)
        wife = r.choice(SURN)
        desc = '%s，字%s，生于%s年%s月，配%s氏，生子%s。' % (nm, zi, r.choice(['光绪', '宣统', '民国']) + r.choice(['二', '五', '十', '十三', '廿一']),
                                             r.choice(['正', '二', '五', '八', '冬', '腊']), wife, r.choice(['一', '二', '三']))
        head = '第%s世 ' % GEN_ORD[min(gi + i // 2, len(GEN_ORD) - 1)]
        if kind == 'big5_gbk':
            desc = to_trad(desc)
            tries = 0
            while True:
                try:
                    desc.encode('big5')
                    break
                except UnicodeEncodeError as e:
                    bad = desc[e.start]
                    desc = desc.replace(bad, to_trad(r.choice('林明文平德英玉春')))
                    tries += 1
                    if tries > 10:
                        raise Retry('big5')
        if kind == 'qmark_gb2312':
            b.line(head, D(desc) if any(c in RARE_GBK for c in desc) else desc)
        else:
            b.line(head, D(desc) if r.random() < 0.5 or i == 0 else desc)
    b.line(r.choice(['（以下世次待续）', '（此页据旧谱抄录）', '——修谱理事会 校']))


BBS_T = ['求助：老家宅基地确权怎么办理', '分享一下今年考编的经验', '小区停车位的问题有人管吗', '请问社保断缴了怎么补',
         '周末去水库钓鱼的别去了', '旧书转让，价格好商量', '有没有人知道新开的那家面馆', '孩子转学需要哪些材料']
BBS_B = ['楼主说的情况我也遇到过，去街道办问了才知道要先开证明。', '顶一下，同问。', '建议直接打12345热线，比发帖快。',
         '上周刚办完，带身份证和户口本原件就行。', '这个要看你们那边的具体政策，各地不一样。', '谢谢分享，已收藏。',
         '别听他们的，我去了三趟都没办成。', '个人觉得还是等通知比较稳妥。']


def c_bbs(r, b, D, kind):
    title = r.choice(BBS_T)
    b.line('标题：', maybe(r, 0.5, D, title))
    y, m, d = ymd(r, 2004, 2012)
    b.line('作者：', r.choice(['老猫', '江边人', 'dragon99', '小鱼儿', '路过的', 'xiaoyu_2008', '山里娃']), '  发表于 %d-%d-%d %02d:%02d' % (y, m, d, r.randint(0, 23), r.randint(0, 59)))
    b.line('')
    body = pick(r, BBS_B, r.randint(2, 4))
    for i, x in enumerate(body):
        if i == 0 and r.random() < 0.5:
            b.line('引用：', D(x))
        else:
            b.line(D(x) if r.random() < 0.5 or i == len(body) - 1 else x)
    b.line('[%s楼]  回复 | 引用 | 举报' % r.randint(2, 60))


FAQ = [('新生儿如何办理医保参保？', '新生儿出生后，监护人可持出生医学证明和户口簿到户籍所在地社区服务中心办理参保登记，也可通过政务服务网在线办理。'),
       ('个体工商户注销需要哪些材料？', '需提交注销登记申请书、营业执照正副本；如有未结清税款，应先到税务部门办理清税手续。'),
       ('公租房申请多久出结果？', '资料齐全的，一般在受理后三十个工作日内完成审核并公示，公示期为七天。'),
       ('灵活就业人员怎样缴纳养老保险？', '可按当地上年度社平工资的百分之六十至三百之间自选缴费基数，按月或按季缴纳。'),
       ('居住证办理时限是多少？', '符合条件的，受理之日起十五日内发证，网上申领的可以选择邮寄送达。'),
       ('农村危房改造补助标准是多少？', '补助标准按照房屋危险等级和改造方式分档确定，具体以县级住建部门公布的方案为准。')]


def c_faq(r, b, D, kind):
    org = r.choice(CITY) + r.choice(ORG)
    b.line(org, ' 常见问题解答')
    b.line('发布时间：', datestr(r), '  来源：', r.choice(['办公室', '政务服务科', '本站']))
    for q, a in pick(r, FAQ, r.randint(1, 3)):
        b.line('问：', maybe(r, 0.3, D, q))
        if len(a) > 20 and r.random() < 0.6:
            cut = a.index('，') + 1 if '，' in a else 10
            b.line('答：', a[:cut], D(a[cut:]))
        else:
            b.line('答：', D(a))
    b.line('（如有疑问请拨打咨询电话 0%d-%d）' % (r.randint(310, 999), r.randint(5000000, 8999999)))


VITEMS = ['村集体经营性收入', '土地流转费', '道路硬化工程款', '低保户名单', '临时救助', '办公经费', '保洁员工资', '水利设施维修', '党员活动经费', '合作医疗代缴']


def c_village(r, b, D, kind):
    v = r.choice(VILLAGE)
    b.line(r.choice(TOWN), v, ' 村务公开栏（', r.choice(['第一', '第二', '第三', '第四']), '季度）')
    b.line('公开时间：', datestr(r, 2018, 2024))
    its = pick(r, VITEMS, r.randint(3, 6))
    first = r.randint(0, len(its) - 1)
    for i, it in enumerate(its):
        amt = money(r, 0.2, 80)
        tail = '%s万元' % amt if r.random() < 0.7 else '%d户' % r.randint(3, 60)
        if kind == 'qmark_gb2312':
            who = r.choice(SURN) + r.choice(RARE_GBK) + r.choice(GIVEN)
            item = '%s（经办人%s）' % (it, who)
            b.line('%d. ' % (i + 1), D(item) if i == first or r.random() < 0.5 else item.replace(who, pname(r)), '：', tail)
        else:
            b.line('%d. ' % (i + 1), D(it) if i == first or r.random() < 0.35 else it, '：', tail)
    b.line('监督电话：', phone(r), '   村务监督委员会')


CLAUSES = ['甲方应按约定时间支付工程款项。', '乙方须保证所供货物符合国家质量标准。', '任何一方违约的，应承担违约责任并赔偿对方损失。',
           '本合同自双方签字盖章之日起生效。', '因不可抗力导致合同无法履行的，双方均不承担责任。', '争议协商不成的，提交合同签订地人民法院诉讼解决。',
           '本合同一式四份，甲乙双方各执两份，具有同等法律效力。', '乙方不得将本项目转包或违法分包。']


def c_contract(r, b, D, kind):
    b.line(r.choice(['房屋租赁合同', '建设工程施工合同', '农村土地承包经营权流转合同', '货物采购合同', '劳务合同']))
    b.line('甲方：', r.choice(COMPANY))
    b.line('乙方：', r.choice(COMPANY) if r.random() < 0.6 else pname(r))
    cl = pick(r, CLAUSES, r.randint(3, 6))
    hit = r.randint(0, len(cl) - 1)
    for i, c in enumerate(cl):
        head = '第%s条 ' % '一二三四五六七八'[i]
        b.line(head, D(c) if i == hit or r.random() < 0.3 else c)
    b.line('签订日期：', datestr(r))


RPT = ['今年以来，我%s坚持以人民为中心的发展思想，统筹推进各项工作。', '全年完成固定资产投资%s亿元，同比增长%s%%。',
       '扎实推进%s工作，累计排查整治问题%d处。', '新增城镇就业%d人，发放创业担保贷款%s万元。', '深入开展%s专项行动，群众满意度持续提升。',
       '下一步，我们将继续聚焦重点任务，补短板、强弱项。', '存在的主要问题是基础设施欠账较多，专业人才相对不足。']


def rpt_sentence(r, i):
    t = RPT[i]
    if i == 0:
        return t % r.choice(['街', '镇', '局', '县'])
    if i == 1:
        return t % (money(r, 1, 60), money(r, 1, 20, 1))
    if i == 2:
        return t % (r.choice(TOPICS), r.randint(20, 900))
    if i == 3:
        return t % (r.randint(100, 5000), money(r, 50, 3000))
    if i == 4:
        return t % r.choice(TOPICS)
    return t


def c_report(r, b, D, kind):
    b.line(r.choice(STREET + TOWN), r.choice(['2022年工作总结', '2023年上半年工作情况汇报', '2021年度工作总结和2022年工作计划']))
    b.line(r.choice(['一、主要工作完成情况', '一、工作开展情况']))
    idx = sorted(r.sample(range(len(RPT)), r.randint(3, 5)))
    hit = r.choice(idx)
    for i in idx:
        s = rpt_sentence(r, i)
        if i == hit or r.random() < 0.3:
            cut = r.randint(0, len(s) // 2)
            b.line(s[:cut], D(s[cut:]))
        else:
            b.line(s)


ATTACH = ['关于开展2024年度安全生产检查的通知', '附件1：报名汇总表', '附件2：项目申报书模板', '年度考核结果统计表', '培训课程安排', '村级公益事业项目清单', '工作方案（征求意见稿）']


def c_notice(r, b, D, kind):
    b.line(r.choice(CITY), r.choice(ORG), '关于', r.choice(TOPICS), '工作的通知')
    b.line('各', r.choice(['乡镇（街道）', '科室', '直属单位']), '：')
    b.line('为做好', r.choice(TOPICS), '工作，现将有关事项通知如下，请认真贯彻落实。')
    b.line('一、请于', '%d月%d日' % (r.randint(1, 12), r.randint(1, 28)), '前将材料报送至', r.choice(['办公室', '综合科', '业务科']), '。')
    b.line('附件：')
    for i, a in enumerate(pick(r, ATTACH, r.randint(1, 3))):
        ext = r.choice(['.docx', '.xlsx', '.pdf', '.doc', '.wps'])
        b.line('%d. ' % (i + 1), D(a), ext)
    b.line(datestr(r))


def c_csv(r, b, D, kind):
    b.line(r.choice(['序号,姓名,单位,金额(元),备注', '序号,户主姓名,组别,补贴金额,签领日期', 'id,name,dept,amount,remark']))
    n = r.randint(3, 7)
    hit = r.randint(1, n)
    for i in range(1, n + 1):
        nm = pname(r)
        unit = r.choice(['一组', '二组', '三组', '办公室', '财务科', '后勤'])
        rem = r.choice(['已发放', '待核实', '本人签领', '代领', ''])
        dmg = i == hit or r.random() < 0.4
        if dmg:
            b.line('%d,' % i, D(nm), ',', D(unit) if r.random() < 0.5 else unit, ',%s,' % money(r, 100, 3000), rem)
        else:
            b.line('%d,%s,%s,%s,%s' % (i, nm, unit, money(r, 100, 3000), rem))


def c_ziplist(r, b, D, kind):
    b.line('Archive:  ', r.choice(['材料汇总', 'cailiao', '2023年档案', 'baosong']), '.zip')
    b.line('  Length      Date    Time    Name')
    b.line('---------  ---------- -----   ----')
    tot = 0
    n = r.randint(2, 6)
    for i in range(n):
        ln = r.randint(9000, 900000)
        tot += ln
        y, m, d = ymd(r)
        nm = r.choice(ATTACH + ['照片', '会议签到表', '现场图片', '验收报告'])
        ext = r.choice(['.docx', '.xlsx', '.pdf', '.jpg'])
        b.line('%9d  %04d-%02d-%02d %02d:%02d   ' % (ln, y, m, d, r.randint(8, 20), r.randint(0, 59)), D(nm), ext)
    b.line('---------                     -------')
    b.line('%9d                     %d files' % (tot, n))


CHAT = ['明天上午开会别忘了', '材料我已经发你邮箱了', '好的收到', '下午三点在村委会集合', '那个表格还要再改一下吗', '辛苦了',
        '领导说这周必须报上去', '我在路上，十分钟到']


def c_chat(r, b, D, kind):
    b.line(r.choice(['聊天记录导出', '消息记录', '--- 会话导出 ---']), ' ', datestr(r))
    people = [pname(r), pname(r)]
    n = r.randint(3, 7)
    hit = r.randint(0, n - 1)
    h, mi = r.randint(8, 20), r.randint(0, 50)
    for i in range(n):
        mi += r.randint(0, 5)
        msg = r.choice(CHAT)
        b.line('%s %02d:%02d  ' % (people[i % 2], h + mi // 60, mi % 60), D(msg) if i == hit or r.random() < 0.3 else msg)


MINUTES = ['会议听取了各组关于%s工作的进展汇报。', '会议要求各责任单位于月底前完成整改。', '会议研究了下半年重点项目安排。',
           '与会人员就经费使用问题进行了讨论。', '会议决定成立专项工作小组，由分管领导任组长。']


def c_minutes(r, b, D, kind):
    b.line(r.choice(TOWN), r.choice(['党委会', '班子会', '专题会']), '会议纪要')
    b.line('时间：', datestr(r), '  地点：', r.choice(['三楼会议室', '党群服务中心', '村委会']))
    b.line('出席：', '、'.join(pname(r) for _ in range(r.randint(3, 5))))
    ms = pick(r, MINUTES, r.randint(2, 4))
    hit = r.randint(0, len(ms) - 1)
    for i, m in enumerate(ms):
        if '%s' in m:
            m = m % r.choice(TOPICS)
        b.line('%d. ' % (i + 1), D(m) if i == hit or r.random() < 0.3 else m)
    b.line('记录人：', pname(r))


CARRIERS = {'email': c_email, 'catalogue': c_catalogue, 'genealogy': c_genealogy, 'bbs': c_bbs, 'faq': c_faq,
            'village': c_village, 'contract': c_contract, 'report': c_report, 'notice': c_notice, 'csv': c_csv,
            'ziplist': c_ziplist, 'chat': c_chat, 'minutes': c_minutes}

MJ_COMBOS = [
    ('email', 'mime_b'), ('email', 'mime_b_gbk'), ('email', 'mime_q_gb2312'), ('email', 'qp_body'), ('email', 'utf8_gbk'),
    ('email', 'kunjinkao'), ('email', 'ascii_q'), ('email', 'utf8_cp1252'), ('email', 'mixed'),
    ('catalogue', 'utf8_latin2'), ('catalogue', 'utf8_cp1250'), ('catalogue', 'latin_name_gbk'), ('catalogue', 'html_entity'),
    ('catalogue', 'utf8_cp1252'), ('catalogue', 'double_utf8'), ('catalogue', 'bytes_repr'),
    ('genealogy', 'qmark_gb2312'), ('genealogy', 'fffd'), ('genealogy', 'utf8_gbk'), ('genealogy', 'big5_gbk'), ('genealogy', 'gbk_big5'),
    ('bbs', 'kunjinkao'), ('bbs', 'utf8_gbk'), ('bbs', 'html_tags'), ('bbs', 'utf8_big5'), ('bbs', 'gbk_shift'), ('bbs', 'double_gbk'),
    ('faq', 'html_tags'), ('faq', 'html_nbsp'), ('faq', 'html_entity'), ('faq', 'utf8_cp1252'), ('faq', 'fffd'),
    ('village', 'utf8_gbk'), ('village', 'gbk_shift'), ('village', 'qmark_gb2312'), ('village', 'kunjinkao'),
    ('contract', 'utf8_cp437'), ('contract', 'bytes_repr_b'), ('contract', 'utf8_latin1'), ('contract', 'double_utf8'),
    ('report', 'utf8_gbk'), ('report', 'html_tags'), ('report', 'mixed'), ('report', 'utf8_sjis'),
    ('notice', 'utf8_gbk'), ('notice', 'gbk_cp437'), ('notice', 'utf8_cp1252'),
    ('csv', 'utf8_gbk'), ('csv', 'utf8_cp1252'), ('csv', 'fffd'),
    ('ziplist', 'gbk_cp437'), ('ziplist', 'utf8_cp437'),
    ('chat', 'utf8_koi8r'), ('chat', 'utf8_euckr'), ('chat', 'bytes_repr'),
    ('minutes', 'utf8_latin2'), ('minutes', 'mixed'),
]

DAMAGE['latin_name_gbk'] = (DAMAGE['utf8_gbk'][0], 'accented Latin name in UTF-8 decoded as GBK')

# simplified -> traditional (small table, enough for our own sentences)
_T = ('发發 区區 领領 导導 动動 远遠 际際 现現 将將 关關 开開 况況 汇匯 报報 进進 济濟 规規 业業 长長 项項 设設 务務 组組 织織 '
      '农農 乡鄉 镇鎮 县縣 级級 实實 时時 会會 议議 产產 环環 卫衛 疗療 险險 检檢 测測 质質 营營 销銷 资資 过過 来來 这這 为為 '
      '与與 员員 们們 党黨 统統 计計 划劃 财財 战戰 问問 题題 经經 阶階 贯貫 彻徹 围圍 绕繞 紧緊 队隊 头頭 场場 书書 养養 险險 '
      '伟偉 丽麗 强強 军軍 艳艷 杰傑 涛濤 刚剛 兰蘭 国國 红紅 辉輝 胜勝 宝寶 荣榮 凤鳳 云雲 庆慶 顺順 华華 静靜 陈陳 黄黃 吴吳 '
      '郑鄭 许許 绪緒 腊臘 于於 户戶 门門 间間 问問 学學 习習 语語 读讀 写寫 说說 话話 认認 识識 词詞 简簡 体體 对對 应應 样樣 '
      '条條 让讓 请請 万萬 亿億 众眾 务務 点點 护護 难難 决決 术術 压壓 优優 励勵 广廣 东東 门門 边邊 达達 运運 还還 选選 '
      '医醫 证證 记記 齐齊 审審 结結 内內 个個 单單 总總 筹籌 贷貸 担擔 满滿 众眾 标標 检檢 杂雜 '
      '贵貴 质質 买買 卖賣 价價 钱錢 银銀 铁鐵 车車 轨軌 线線 网網 电電 视視 听聽 见見 观觀 规規 则則 创創 办辦 务務 责責 '
      '费費 补補 贴貼 际際 构構 机機 权權 历歷 亲親 儿兒 孙孫 传傳 续續 宁寧 岁歲 世世 后後 庙廟 祠祠 谱譜 族族 迁遷 墓墓 葬葬')
TRAD = {}
for pair in _T.split():
    TRAD[pair[0]] = pair[1]

PY = {'发': 'fā', '区': 'qū', '领': 'lǐng', '导': 'dǎo', '动': 'dòng', '远': 'yuǎn', '际': 'jì', '现': 'xiàn', '将': 'jiāng',
      '关': 'guān', '开': 'kāi', '况': 'kuàng', '汇': 'huì', '报': 'bào', '进': 'jìn', '济': 'jì', '规': 'guī', '业': 'yè',
      '长': 'zhǎng', '项': 'xiàng', '设': 'shè', '务': 'wù', '组': 'zǔ', '织': 'zhī', '农': 'nóng', '乡': 'xiāng', '镇': 'zhèn',
      '县': 'xiàn', '级': 'jí', '实': 'shí', '时': 'shí', '会': 'huì', '议': 'yì', '产': 'chǎn', '环': 'huán', '卫': 'wèi',
      '疗': 'liáo', '险': 'xiǎn', '检': 'jiǎn', '测': 'cè', '质': 'zhì', '营': 'yíng', '销': 'xiāo', '资': 'zī', '过': 'guò',
      '这': 'zhè', '为': 'wèi', '与': 'yǔ', '员': 'yuán', '党': 'dǎng', '统': 'tǒng', '计': 'jì', '划': 'huà', '财': 'cái',
      '战': 'zhàn', '问': 'wèn', '题': 'tí', '户': 'hù', '费': 'fèi', '补': 'bǔ', '办': 'bàn', '责': 'zé', '权': 'quán',
      '达': 'dá', '运': 'yùn', '选': 'xuǎn', '创': 'chuàng', '机': 'jī', '护': 'hù', '难': 'nán', '决': 'jué'}


def to_trad(s):
    return ''.join(TRAD.get(c, c) for c in s)


def pinyin_line(s, r, p=0.85):
    """the scraper artefact: traditional characters with ASCII-parenthesised pinyin"""
    out = []
    for c in s:
        if c in PY and r.random() < p:
            out.append(S(TRAD.get(c, c) + '(' + PY[c] + ')'))
        else:
            out.append(TRAD.get(c, c))
    return out


def mj_pinyin_report(r, b):
    b.line(*pinyin_line(r.choice(STREET + TOWN) + r.choice(['2022年上半年工作总结', '2023年工作情况汇报']), r, 0.5))
    b.line(*pinyin_line('一、主要工作开展情况', r))
    for i in sorted(r.sample(range(len(RPT)), r.randint(2, 4))):
        b.line(*pinyin_line(rpt_sentence(r, i), r))


def mj_pinyin_notice(r, b):
    b.line(*pinyin_line(r.choice(CITY) + r.choice(ORG) + '关于' + r.choice(TOPICS) + '工作的通知', r, 0.6))
    b.line(*pinyin_line('各有关单位：', r))
    b.line(*pinyin_line('为进一步做好' + r.choice(TOPICS) + '工作，现将有关事项通知如下。', r))
    b.line(*pinyin_line('请各单位于%d月%d日前将汇总表报送至办公室，联系电话：0%d-%d。' % (r.randint(1, 12), r.randint(1, 28), r.randint(310, 999), r.randint(5000000, 8999999)), r))
    b.line(datestr(r))


def mj_pinyin_faq(r, b):
    b.line(*pinyin_line(r.choice(CITY) + '政务服务常见问题', r, 0.5))
    for q, a in pick(r, FAQ, r.randint(1, 2)):
        b.line(*pinyin_line('问：' + q, r))
        b.line(*pinyin_line('答：' + a, r))


def mj_mixed_line(r, b):
    """several kinds of damage inside a single line of a web page"""
    b.line(r.choice(CITY), r.choice(ORG), ' - 政务公开')
    b.line('当前位置：首页 > 通知公告')
    s1, s2, s3 = r.choice(TOPICS), r.choice(['工作推进会', '现场观摩会', '专题培训']), r.choice(['顺利召开', '圆满结束', '在我区举行'])
    b.line(S(r.choice(HTML_OPEN)), ('D', s1, DAMAGE['utf8_gbk'][0]), ('D', s2, DAMAGE['utf8_cp1252'][0]), s3, S('&nbsp;'), S('</p>'))
    b.line(('D', '发布日期：', DAMAGE['html_entity'][0]), datestr(r), '  浏览次数：%d' % r.randint(30, 3000))
    b.line(r.choice(BODY[2:7]))


# ----------------------------------------------------------------------------
# mj negatives: look-alikes that are NOT damage
# ----------------------------------------------------------------------------

QUOTES = {
    'polish': [('Wisława Szymborska', 'Nic dwa razy się nie zdarza i nie zdarzy.'), ('Adam Mickiewicz', 'Litwo! Ojczyzno moja! ty jesteś jak zdrowie.'),
               ('przysłowie', 'Gdzie kucharek sześć, tam nie ma co jeść.'), ('Jan Kochanowski', 'Szlachetne zdrowie, nikt się nie dowie, jako smakujesz.')],
    'czech': [('Karel Čapek', 'Člověk se nemá trápit tím, co nemůže změnit.'), ('přísloví', 'Bez práce nejsou koláče.'),
              ('Jan Neruda', 'Kde domov můj? Voda hučí po lučinách.'), ('přísloví', 'Kdo jinému jámu kopá, sám do ní padá.')],
    'turkish': [('Nâzım Hikmet', 'Yaşamak bir ağaç gibi tek ve hür ve bir orman gibi kardeşçesine.'), ('atasözü', 'Damlaya damlaya göl olur.'),
                ('Yunus Emre', 'Gelin tanış olalım, işi kolay kılalım.'), ('atasözü', 'Bugünün işini yarına bırakma.')],
    'hungarian': [('Petőfi Sándor', 'Szabadság, szerelem! E kettő kell nekem.'), ('közmondás', 'Lassan járj, tovább érsz.'),
                  ('József Attila', 'Én nem tudok örülni, mert mindig csak tanulok.'), ('közmondás', 'Ki korán kel, aranyat lel.')],
    'russian': [('Лев Толстой', 'Все счастливые семьи похожи друг на друга.'), ('пословица', 'Тише едешь — дальше будешь.'),
                ('Александр Пушкин', 'Я помню чудное мгновенье.'), ('пословица', 'Не имей сто рублей, а имей сто друзей.')],
    'greek': [('Ηράκλειτος', 'Τα πάντα ρει.'), ('Σωκράτης', 'Ἓν οἶδα ὅτι οὐδὲν οἶδα.'), ('παροιμία', 'Η αρχή είναι το ήμισυ του παντός.')],
    'french': [('Albert Camus', 'Au milieu de l’hiver, j’ai découvert en moi un invincible été.'), ('proverbe', 'Petit à petit, l’oiseau fait son nid.'),
               ('Victor Hugo', 'Même la nuit la plus sombre prendra fin et le soleil se lèvera.'), ('Molière', 'Il faut manger pour vivre et non pas vivre pour manger.')],
    'german': [('Goethe', 'Wer fremde Sprachen nicht kennt, weiß nichts von seiner eigenen.'), ('Sprichwort', 'Übung macht den Meister.'),
               ('Friedrich Schiller', 'Früh übt sich, was ein Meister werden will.'), ('Sprichwort', 'Aller Anfang ist schwer, sagt der Bäcker.')],
    'vietnamese': [('tục ngữ', 'Uống nước nhớ nguồn.'), ('Hồ Chí Minh', 'Không có gì quý hơn độc lập, tự do.'),
                   ('ca dao', 'Một cây làm chẳng nên non, ba cây chụm lại nên hòn núi cao.'), ('tục ngữ', 'Có công mài sắt, có ngày nên kim.')],
    'korean': [('속담', '천 리 길도 한 걸음부터.'), ('윤동주', '죽는 날까지 하늘을 우러러 한 점 부끄럼이 없기를.'), ('속담', '가는 말이 고와야 오는 말이 곱다.')],
}
QLANG = {'polish': '波兰语', 'czech': '捷克语', 'turkish': '土耳其语', 'hungarian': '匈牙利语', 'russian': '俄语', 'greek': '希腊语',
         'french': '法语', 'german': '德语', 'vietnamese': '越南语', 'korean': '韩语'}
QTRANS = ['这句话常被译成中文引用。', '译文见本书第%d页。', '课堂上我们逐词分析了这句话的语法。', '原文保留，以便读者对照。', '此句为课文开篇引文。']


def mj_neg_quote(lang):
    def f(r, b):
        who, q = r.choice(QUOTES[lang])
        shape = r.randint(0, 2)
        if shape == 0:
            b.line(r.choice(['外国文学选读', '语言文化讲座', '读书笔记']), ' 第%d讲' % r.randint(2, 16))
            b.line('本讲引用了一句', QLANG[lang], '原文：')
            b.line('“', q, '”——', who)
            t = r.choice(QTRANS)
            b.line(t % r.randint(12, 300) if '%d' in t else t)
        elif shape == 1:
            b.line('题名：', r.choice(['世界名言选', '外语谚语辞典', '欧洲诗歌选译']), ' / ', pname(r), '编译')
            b.line('附注：正文为', QLANG[lang], '与汉语对照，例：', q)
            b.line('出版发行：', r.choice(PUBLISHER), '，', str(r.randint(1995, 2023)))
        else:
            b.line('From: ', pname(r), ' <', r.choice(['translate', 'waiyu', 'jiaoyan']), '@', r.choice(['163.com', 'qq.com']), '>')
            b.line('Subject: 请帮忙核对一句', QLANG[lang], '引文')
            b.line('')
            b.line('您好，稿子里引用了这句：', q)
            b.line('出处标为', who, '，麻烦确认一下拼写和标点是否正确。谢谢！')
        b.note = 'genuine %s quotation with its native diacritics/script' % lang
    return f


def mj_neg_japanese(r, b):
    b.line(r.choice(['日语学习笔记', '日文资料摘录', '交流团行程说明']), '（', datestr(r), '）')
    jp = r.choice(['本日は晴天なり。会議は午後三時から始まります。', '東京駅から新幹線で京都へ向かいました。', 'この資料は社外秘ですので、取り扱いにご注意ください。',
                   'よろしくお願いいたします。', '図書館は月曜日が休館日です。', '桜が咲き始めると、公園は花見客でにぎわう。'])
    b.line('原文：', jp)
    b.line('译文：', r.choice(['大意如上，供参考。', '请对照原文理解。', '中文翻译由教研组提供。']))
    b.line('说明：日文中的汉字与平假名、片假名混排属正常书写方式。')
    b.note = 'genuine Japanese with kanji and kana'


PINYIN_LESSON = [('发展', 'fā zhǎn'), ('学习', 'xué xí'), ('绿色', 'lǜ sè'), ('女儿', 'nǚ ér'), ('旅游', 'lǚ yóu'), ('长城', 'Cháng chéng'),
                 ('中国', 'Zhōng guó'), ('朋友', 'péng you'), ('谢谢', 'xiè xie'), ('喜欢', 'xǐ huan'), ('电脑', 'diàn nǎo'), ('音乐', 'yīn yuè')]


def mj_neg_pinyin_lesson(r, b):
    b.line('汉语拼音练习（第%d课）' % r.randint(3, 20))
    b.line('一、读一读，写一写：')
    for w, p in pick(r, PINYIN_LESSON, r.randint(3, 6)):
        b.line(w, '（', p, '）' if r.random() < 0.5 else '）—— 组词：' + w + r.choice(['很快', '方向', '计划', '时间']))
    b.line('二、注意：ü 上两点在 j、q、x 后省去，如 ju、qu、xu。')
    b.note = 'pinyin with tone marks in a language lesson'


TRAD_TEXT = ['本會定於下月舉行年度會員大會，敬請各位會員準時出席。', '臺灣地區的傳統建築多採用閩南式樣。', '香港特別行政區政府發佈最新統計數據。',
             '澳門歷史城區已列入世界遺產名錄。', '本館藏有清代地方志及族譜一百餘種。', '歡迎各界人士蒞臨指導。']


def mj_neg_traditional(r, b):
    b.line(r.choice(['公告', '會議通知', '館藏簡介', '新聞稿']))
    for t in pick(r, TRAD_TEXT, r.randint(2, 4)):
        b.line(t)
    b.line(r.choice(['特此公告。', '謹此通知。', '聯絡電話：(852) 2%d' % r.randint(1000000, 9999999)]))
    b.note = 'consistently traditional text without pinyin artefacts'


def mj_neg_rare(r, b):
    sur = r.choice(['陈', '林', '黄', '吴', '王', '李'])
    b.line(sur, '氏家谱 第%s世' % r.choice(GEN_ORD))
    for _ in range(r.randint(3, 5)):
        g = r.choice(['堃', '喆', '昇', '燊', '翀', '犇', '垚', '赟', '珺', '曌', '龑', '䶮', '琤', '彧', '旻', '玥', '瑄', '祎', '頔', '𠮷', '㛃', '㵘', '玙', '璠'])
        b.line(sur, r.choice(GIVEN), g, '，', r.choice(['字', '号']), r.choice(GIVEN), r.choice(GIVEN), '，', r.choice(['娶', '配']), r.choice(SURN), '氏。')
    b.line('（名字中的生僻字均按原谱照录）')
    b.note = 'rare and extension-block characters in genealogy names'


CLASSICAL = ['学而时习之，不亦说乎？有朋自远方来，不亦乐乎？', '天下难事，必作于易；天下大事，必作于细。', '知之者不如好之者，好之者不如乐之者。',
             '吾尝终日而思矣，不如须臾之所学也。', '业精于勤，荒于嬉；行成于思，毁于随。', '凡事豫则立，不豫则废。']


def mj_neg_classical(r, b):
    b.line(r.choice(['国学经典诵读', '古文选读', '语文早读材料']), ' 第%d篇' % r.randint(1, 30))
    for t in pick(r, CLASSICAL, r.randint(1, 3)):
        b.line('原文：', t)
    b.line('注释：“说”通“悦”；“豫”，事先准备。' if r.random() < 0.5 else '要求：熟读成诵，理解大意。')
    b.note = 'classical Chinese with archaic usage'


def mj_neg_math(r, b):
    b.line('高等数学 习题%d.%d' % (r.randint(1, 9), r.randint(1, 6)))
    b.line(r.choice(['计算 ∫₀¹ x² dx = 1/3。', '证明 ∑ᵢ₌₁ⁿ i = n(n+1)/2。', '若 α ≥ β，则 sin α ≥ sin β 是否成立？', '设 f(x) = √(x² + 1)，求 f′(x)。']))
    b.line(r.choice(['当 x → ∞ 时，1/x → 0。', '集合 A ∩ B = ∅ 表示两集合不相交。', '∀ε > 0，∃δ > 0，使得 |f(x) − L| < ε。', '矩阵 A ∈ ℝ^{m×n}。']))
    b.line('答案：略。')
    b.note = 'mathematical symbols and Greek letters'


def mj_neg_latex(r, b):
    b.line('论文排版说明（LaTeX）')
    b.line('公式示例：$x^2 + y^2 = r^2$，$a \\times b$，$\\frac{1}{2}\\sum_{i=1}^{n} x_i$。')
    b.line('行间公式请使用 \\begin{equation} ... \\end{equation} 环境。')
    b.line(r.choice(['希腊字母写作 \\alpha、\\beta、\\gamma。', '不等号写作 \\leq 和 \\geq。', '向量写作 \\vec{v} 或 \\mathbf{v}。']))
    b.note = 'LaTeX source in a typesetting guide'


def mj_neg_emoji(r, b):
    b.line('家长群 ', datestr(r))
    b.line(pname(r), '：明天运动会，记得给孩子带水😊')
    b.line(pname(r), '：收到👍👍')
    b.line(pname(r), '：', r.choice(['辛苦老师了🌹', '好的🙏', '孩子说很期待🎉🎉', '天气预报说有雨☔，要带伞吗？']))
    b.note = 'emoji in a chat export'


def mj_neg_questions(r, b):
    b.line('在线留言板')
    b.line('留言人：', r.choice(['市民', '网友', '一位家长']), '  时间：', datestr(r))
    b.line(r.choice(['请问公积金提取需要带哪些材料?', '孩子户口不在本地能报名吗?', '小区门口的路灯坏了一个月了，什么时候修?', 'What documents do foreigners need?']))
    b.line('回复：', r.choice(['您好，请携带身份证和购房合同原件办理。', '请咨询学校所在地教育部门。', '已转交相关部门处理，感谢您的反馈。']))
    b.note = 'legitimate half-width question marks in questions'


def mj_neg_code(r, b):
    b.line('技术笔记：Python 中的字符串与字节')
    w = r.choice(['发展', '中文', '乡村', '编码', '数据'])
    enc = r.choice(['utf-8', 'gbk'])
    b.line('>>> "%s".encode("%s")' % (w, enc))
    b.line(repr(w.encode(enc)))
    b.line('上面的输出是字节对象的表示形式，不是乱码；用 .decode("%s") 即可还原。' % enc)
    b.line(r.choice(['注意：不要把这种表示直接粘贴到正式文件中。', '下一节介绍 errors 参数的用法。']))
    b.note = 'bytes repr inside a technical note explaining encoding'


def mj_neg_html_tutorial(r, b):
    b.line('网页制作入门：常用标签')
    b.line('段落使用 <p>...</p>，换行使用 <br/>。')
    b.line('在 HTML 源码中，空格实体写作 &nbsp;，版权符号写作 &copy;。')
    b.line('示例：<span style="color:red">重要</span>')
    b.note = 'HTML tags shown on purpose in a tutorial'


def mj_neg_mime_note(r, b):
    b.line('邮件系统运维手册 3.%d 邮件头编码' % r.randint(1, 9))
    b.line('RFC 2047 规定非 ASCII 的主题要写成 encoded-word，例如 =?UTF-8?B?5Y+R5bGV?= 表示“发展”。')
    b.line('客户端应自动解码后显示；若用户看到原始形式，说明客户端不支持该字符集。')
    b.note = 'MIME encoded-word quoted in documentation, not left raw'


def mj_neg_currency(r, b):
    b.line('外汇牌价（', datestr(r), '）')
    for sym, nm in pick(r, [('$', '美元'), ('€', '欧元'), ('£', '英镑'), ('¥', '日元'), ('₩', '韩元'), ('₹', '卢比'), ('₽', '卢布'), ('₫', '越南盾')], r.randint(3, 5)):
        b.line(nm, '（', sym, '）  ', money(r, 0.1, 900, 4))
    b.line('注：以上牌价仅供参考。')
    b.note = 'currency symbols in a rate table'


def mj_neg_roman(r, b):
    b.line('第', r.choice(['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ']), '部分  ', r.choice(['总论', '分论', '附录']))
    b.line('章节编号采用罗马数字：I、II、III、IV、V、VI、VII、VIII、IX、X。')
    b.line('图 ', r.choice(['Ⅵ', 'Ⅶ', 'Ⅸ', 'Ⅻ']), '-%d 所示为调查区域分布。' % r.randint(1, 9))
    b.note = 'Roman numerals (ASCII and U+2160 block)'


def mj_neg_chess(r, b):
    b.line('国际象棋棋谱（', r.choice(['西西里防御', '后翼弃兵', '意大利开局']), '）')
    b.line('1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6')
    b.line('图示：♔ 王 ♕ 后 ♖ 车 ♗ 象 ♘ 马 ♙ 兵')
    b.line('评注：第%d回合白方 Bxf7+ 是常见的战术打击。' % r.randint(6, 20))
    b.note = 'chess notation and figurine symbols'


def mj_neg_music(r, b):
    b.line('乐理基础 第%d课' % r.randint(1, 12))
    b.line('升号 ♯、降号 ♭、还原号 ♮；四分音符 ♩、八分音符 ♪。')
    b.line('C 大调常用和弦进行：Ⅰ–Ⅳ–Ⅴ–Ⅰ。')
    b.line('简谱：1 2 3 | 5 — | 6̇ 5 3 2 |')
    b.note = 'music notation symbols'


def mj_neg_box(r, b):
    b.line('统计表（纯文本格式）')
    b.line('┌──────┬──────┐')
    b.line('│ 项目 │ 数量 │')
    b.line('├──────┼──────┤')
    for it in pick(r, ['户数', '人口', '耕地', '林地'], 2):
        b.line('│ %s │ %4d │' % (it, r.randint(10, 9999)))
    b.line('└──────┴──────┘')
    b.note = 'box-drawing table (looks like cp437 text but is intended)'


def mj_neg_latin_names(r, b):
    b.line('外国人名译名对照表')
    for a, z in pick(r, [('Antonín Dvořák', '德沃夏克'), ('Frédéric Chopin', '肖邦'), ('Lech Wałęsa', '瓦文萨'), ('Paul Erdős', '埃尔德什'),
                         ('Søren Kierkegaard', '克尔凯郭尔'), ('José Martí', '何塞·马蒂'), ('Kurt Gödel', '哥德尔'), ('Émile Durkheim', '涂尔干'),
                         ('Nguyễn Du', '阮攸'), ('Ángel Di María', '迪马利亚')], r.randint(3, 5)):
        b.line(a, ' —— ', z)
    b.note = 'correctly encoded accented names'


def mj_neg_ipa(r, b):
    b.line('英语语音课讲义')
    b.line('ship /ʃɪp/，measure /ˈmɛʒə/，sing /sɪŋ/，about /əˈbaʊt/')
    b.line('注意 /θ/ 和 /ð/ 的区别：think /θɪŋk/，this /ðɪs/。')
    b.note = 'IPA symbols in a phonetics handout'


def mj_neg_sanskrit(r, b):
    b.line('佛教名词梵汉对照')
    for a, z in pick(r, [('prajñā', '般若'), ('nirvāṇa', '涅槃'), ('dharma', '法'), ('saṃsāra', '轮回'), ('bodhisattva', '菩萨'), ('śūnyatā', '空性')], 3):
        b.line(z, '：', a)
    b.line('（梵文按 IAST 转写）')
    b.note = 'IAST transliteration with macrons and dots'


def mj_neg_nordic(r, b):
    b.line('北欧游学行程单')
    b.line('第一天：København（哥本哈根）— 参观 Tivoli 公园')
    b.line('第二天：乘船前往 Göteborg，晚宿 Malmö')
    b.line('第三天：Ålesund 峡湾，午餐推荐 smørrebrød')
    b.note = 'Scandinavian place names with å ø æ'


def mj_neg_spanish(r, b):
    b.line('巴西、西班牙交流项目简介')
    b.line('合作院校：Universidade de São Paulo；Universidad de Málaga')
    b.line('课程包括 Español básico 与 Português instrumental，每周%d课时。' % r.randint(2, 8))
    b.note = 'Spanish and Portuguese names'


def mj_neg_fullwidth(r, b):
    b.line('材料编号：ＤＣ－２０２３－０%d' % r.randint(10, 99))
    b.line('（全角字母和数字为原文件格式，照录。）')
    b.line('联系人：', pname(r), '  电话：', phone(r))
    b.note = 'full-width Latin letters and digits'


MJ_NEG = {'quote_' + k: mj_neg_quote(k) for k in QUOTES}
MJ_NEG.update({'japanese_kanji_kana': mj_neg_japanese, 'pinyin_lesson': mj_neg_pinyin_lesson, 'traditional_text': mj_neg_traditional,
               'rare_char_genealogy': mj_neg_rare, 'classical_chinese': mj_neg_classical, 'math_symbols': mj_neg_math,
               'latex_math': mj_neg_latex, 'emoji_chat': mj_neg_emoji, 'question_marks': mj_neg_questions, 'code_bytes_note': mj_neg_code,
               'html_tutorial': mj_neg_html_tutorial, 'mime_doc_note': mj_neg_mime_note, 'currency_table': mj_neg_currency,
               'roman_numerals': mj_neg_roman, 'chess_notation': mj_neg_chess, 'music_notation': mj_neg_music,
               'box_drawing_table': mj_neg_box, 'accented_names': mj_neg_latin_names, 'ipa_phonetics': mj_neg_ipa,
               'sanskrit_translit': mj_neg_sanskrit, 'nordic_places': mj_neg_nordic, 'iberian_names': mj_neg_spanish,
               'fullwidth_codes': mj_neg_fullwidth})


# ----------------------------------------------------------------------------
# ph positives: placeholder conventions x document shapes
# ----------------------------------------------------------------------------

HINT_EN = {'sex': 'gender', 'amount': 'amount', 'count': 'count', 'name': 'name', 'org': 'company', 'place': 'village', 'date': 'date',
           'phone': 'phone', 'pct': 'rate', 'no': 'doc_no', 'addr': 'address', 'id': 'id_no'}
HINT_ZH = {'sex': '性别', 'amount': '金额', 'count': '数量', 'name': '姓名', 'org': '单位名称', 'place': '地名', 'date': '日期',
           'phone': '联系电话', 'pct': '比例', 'no': '文号', 'addr': '地址', 'id': '身份证号'}


def idno(r):
    return r.choice(['4201', '3205', '5101', '4403', '3701']) + '%02d' % r.randint(1, 20) + str(r.randint(1960, 2002)) + '%02d%02d' % (r.randint(1, 12), r.randint(1, 28)) + '%03d' % r.randint(0, 999) + r.choice('0123456789X')


def real_for(r, hint):
    if hint == 'org':
        return r.choice(COMPANY)
    if hint == 'addr':
        return r.choice(COUNTY) + r.choice(TOWN) + r.choice(VILLAGE) + '%d号' % r.randint(1, 99)
    if hint == 'place':
        return r.choice(VILLAGE)[:-1]
    if hint == 'amount':
        return r.choice(['伍佰元整', '壹仟贰佰元整', '叁仟元整', '捌佰伍拾元整'])
    if hint == 'name':
        return r.choice(['因病致贫，生活困难', '房屋受灾', '子女上学费用不足'])
    return '—'


class PH:
    """one placeholder convention, used throughout a document"""

    def __init__(self, r, kind, fill=0.3):
        self.r = r
        self.kind = kind
        self.fill = fill
        self.upper = r.random() < 0.5
        self.pseudo = {}     # consistent pseudonyms (张某, 李某某)
        if kind == 'mixed':
            self.subs = [PH(r, k, 0.0) for k in r.sample(['xrun', 'cross', 'mou', 'daitian', 'underscore', 'square'], 3)]

    def _sub(self):
        return self.r.choice(self.subs)

    def _x(self, n):
        k = self.kind
        if k == 'xrun':
            return ('X' if self.upper and self.r.random() < 0.3 else 'x') * n
        if k == 'XRUN':
            return 'X' * n
        if k == 'cross':
            return '×' * max(2, n)
        if k == 'fullx':
            return 'Ｘ' * n
        if k == 'circle':
            return '〇' * max(2, n) if self.upper else '○' * max(2, n)
        return None

    def _generic(self, hint):
        k, r = self.kind, self.r
        if k == 'daitian':
            return r.choice(['【待填】', '【待填】', '【待定】', '【待补充】', '【待填写】'])
        if k == 'tianxie':
            return r.choice(['（填写）', '（请填写）', '（填写%s）' % HINT_ZH[hint], '（此处填写%s）' % HINT_ZH[hint]])
        if k == 'underscore':
            return '_' * r.randint(4, 10)
        if k == 'fw_underscore':
            return '＿' * r.randint(3, 8)
        if k == 'mustache':
            return '{{' + HINT_EN[hint] + '}}'
        if k == 'dollar':
            return '$' + HINT_EN[hint].upper() + '$'
        if k == 'square':
            return '[' + HINT_ZH[hint] + ']'
        if k == 'empty_bracket':
            return '【' + ' ' * r.randint(1, 4) + '】'
        return None

    def filled(self):
        return self.r.random() < self.fill

    def num(self, real, hint='amount'):
        """a number; real is the string that would have stood there"""
        if self.kind == 'mixed':
            return self._sub().num(real, hint)
        if self.filled():
            return real
        x = None
        if self.kind in ('xrun', 'XRUN', 'cross', 'fullx', 'circle'):
            if '.' in real and self.kind in ('xrun', 'XRUN', 'fullx'):
                a, c = real.split('.')
                x = self._x(min(len(a), 3)) + '.' + self._x(len(c))
            elif hint in ('phone', 'id'):
                x = self._x(len(real))
            else:
                x = self._x(min(len(real.replace('.', '')), 4) if self.r.random() < 0.6 else self.r.choice([2, 3]))
        elif self.kind == 'mou':
            return real
        else:
            x = self._generic(hint)
        return S(x)

    def name(self, real, hint='place'):
        """replaces the proper-name part of a place / organisation; the suffix stays outside"""
        if self.kind == 'mixed':
            return self._sub().name(real, hint)
        if self.filled():
            return real or real_for(self.r, hint)
        if self.kind in ('xrun', 'XRUN', 'cross', 'fullx', 'circle'):
            return S(self._x(self.r.choice([2, 2, 3])))
        if self.kind == 'mou':
            return S(self.r.choice(['某', '某某']))
        return S(self._generic(hint))

    def person(self, real):
        if self.kind == 'mixed':
            return self._sub().person(real)
        if self.kind == 'mou':
            if real not in self.pseudo:
                self.pseudo[real] = real[0] + ('某' if self.r.random() < 0.7 else '某某')
            return S(self.pseudo[real])
        if self.filled():
            return real
        if self.kind in ('xrun', 'XRUN', 'fullx', 'circle'):
            return S(self._x(self.r.choice([2, 3])))
        if self.kind == 'cross':
            return S(real[0] + '××') if self.r.random() < 0.5 else S('×××')
        return S(self._generic('name'))

    def date(self, real_y=None):
        r = self.r
        if self.kind == 'mixed':
            return self._sub().date(real_y)
        y = real_y or r.randint(2019, 2024)
        if self.filled() or self.kind == 'mou':
            return '%d年%d月%d日' % (y, r.randint(1, 12), r.randint(1, 28))
        if self.kind in ('xrun', 'XRUN', 'cross', 'fullx', 'circle'):
            keep_day = r.random() < 0.2
            return ['%d年' % y, S(self._x(1 if self.kind != 'cross' else 2)), '月',
                    str(r.randint(1, 28)) if keep_day else S(self._x(2)), '日']
        if self.kind in ('underscore', 'fw_underscore'):
            u = '_' if self.kind == 'underscore' else '＿'
            return [S(u * 4), '年', S(u * 2), '月', S(u * 2), '日']
        return S(self._generic('date'))


def p_village(r, b, P):
    v = r.choice(VILLAGE)
    vname = v[:-1]
    b.line(r.choice(TOWN), P.name(vname), '村', r.choice(['2023年', '2022年', '']), '村务公开（', r.choice(['财务', '惠民资金', '低保']), '）')
    b.line('公开日期：', P.date())
    b.line('一、本村共有农户', P.num(str(r.randint(150, 900)), 'count'), '户，常住人口', P.num(str(r.randint(500, 3000)), 'count'), '人。')
    grp = '%s组' % '一二三四五六七'[r.randint(0, 6)]
    b.line('二、', P.name(grp[:-1], 'place'), '组道路硬化工程支出', P.num(money(r, 1, 60), 'amount'), '万元，由', P.name('宏达', 'org'), '建筑公司承建。')
    if r.random() < 0.7:
        b.line('三、享受低保', P.num(str(r.randint(5, 60)), 'count'), '户，发放临时救助金', P.num(money(r, 0.2, 9), 'amount'), '万元。')
    if r.random() < 0.6:
        b.line('四、集体经营性收入同比增长', P.num(money(r, 1, 40, 1), 'pct'), '%。')
    b.line('村务监督委员会主任：', P.person(pname(r)), '  联系电话：', P.num(phone(r), 'phone'))


def split_unit(u):
    k = 2 if u.endswith('街道') else 1
    return u[:-k], u[-k:]


def p_report(r, b, P):
    unit = r.choice(STREET + TOWN)
    stem, suf = split_unit(unit)
    b.line(P.name(stem, 'place'), suf, r.choice(['2022年工作总结', '2023年上半年工作总结']))
    b.line('（一）', r.choice(TOPICS), '工作')
    b.line('全年共开展专项检查', P.num(str(r.randint(10, 300)), 'count'), '次，发现问题', P.num(str(r.randint(10, 200)), 'count'),
           '个，整改率达', P.num(money(r, 80, 100, 1), 'pct'), '%。')
    b.line(P.date(), '，', P.name(r.choice(CITY)[:-1], 'place'), '市', r.choice(ORG), '组织专家组对我', suf, '进行了评估。')
    if r.random() < 0.6:
        b.line('争取上级资金', P.num(money(r, 10, 900), 'amount'), '万元，用于', P.name('青石', 'place'), '片区', r.choice(['污水管网', '道路提升', '文化广场']), '建设。')
    if r.random() < 0.5:
        b.line('经验做法被《', P.name(r.choice(CITY)[:-1], 'place'), '日报》报道，', P.person(pname(r)), '同志获评先进个人。')
    b.line('（二）存在问题：', r.choice(['基层力量薄弱。', '资金保障不足。', '部分群众参与度不高。']))


def p_contract(r, b, P):
    b.line(r.choice(['房屋租赁合同', '农村土地承包经营权流转合同', '劳动合同', '采购合同']), '（', r.choice(['示范文本', '范本', '模板']), '）')
    b.line('甲方（出租方）：', P.name('', 'org'))
    b.line('乙方（承租方）：', P.person(pname(r)), '  身份证号：', P.num(idno(r), 'id'))
    b.line('第一条 租赁物位于', P.name('', 'addr'), '，面积', P.num(str(r.randint(30, 300)), 'count'), '平方米。')
    b.line('第二条 租期自', P.date(), '起至', P.date(), '止。')
    b.line('第三条 租金每月人民币', P.num(str(r.randint(500, 9000)), 'amount'), '元，于每月', P.num(str(r.randint(1, 28)), 'count'), '日前支付。')
    if r.random() < 0.6:
        b.line('第四条 押金', P.num(str(r.randint(500, 9000)), 'amount'), '元，合同期满无违约的全额退还。')
    b.line('甲方（签章）：', P.name('', 'org'), '    乙方（签字）：', P.person(pname(r)))


def p_faq(r, b, P):
    b.line(P.name(r.choice(CITY)[:-1], 'place'), '市', r.choice(ORG), '政务服务常见问题')
    b.line('问：', r.choice(['办理', '申请', '查询']), r.choice(['居住证', '公租房', '失业登记', '医保转移']), '需要多长时间？')
    b.line('答：材料齐全的，', P.num(str(r.randint(3, 30)), 'count'), '个工作日内办结。')
    b.line('问：在哪里办理？')
    b.line('答：', P.name('', 'addr') if P.kind != 'xrun' else [P.name('东城', 'place'), '区政务服务中心'], P.num(str(r.randint(1, 4)), 'count'), '楼',
           P.num(str(r.randint(1, 40)), 'count'), '号窗口，咨询电话：', P.num(phone(r), 'phone'), '。')
    if P.kind == 'mou':
        b.line('问：', P.person(pname(r)), '反映的', r.choice(['补贴未到账', '证件丢失', '窗口排队']), '问题如何处理？')
        b.line('答：已转', P.name('', 'org'), '社区核实办理。')


def p_email_tpl(r, b, P):
    b.line('Subject: ', r.choice(['报名确认', '缴费提醒', '面试通知', '会员续费']), '：', P.person(pname(r)))
    b.line('')
    b.line('尊敬的', P.person(pname(r)), '：')
    b.line('您已成功报名', r.choice(['“乡村振兴”专题培训班', '2024年度职业技能鉴定', '图书馆读者讲座']), '，报名编号为', P.num(str(r.randint(10000, 99999)), 'no'), '。')
    b.line('请于', P.date(), '前缴纳费用', P.num(str(r.randint(50, 900)), 'amount'), '元。')
    b.line('如有疑问，请联系', P.person(pname(r)), '（电话：', P.num(phone(r), 'phone'), '）。')
    b.line(r.choice(['此邮件由系统自动发送，请勿回复。', '祝好！']))


def p_catalogue(r, b, P):
    b.line('题名：', r.choice(BOOKS), ' / ', P.person(pname(r)), r.choice(['著', '主编']))
    b.line('出版发行：', r.choice(['北京', '上海', '南京']), '：', P.name('', 'org') if P.kind != 'xrun' else [P.name('', 'org'), '出版社'], '，', P.num(str(r.randint(1990, 2023)), 'date'))
    b.line('ISBN：978-7-', P.num(str(r.randint(100, 599)), 'no'), '-', P.num('%05d' % r.randint(0, 99999), 'no'), '-%d' % r.randint(0, 9))
    b.line('载体形态：', P.num(str(r.randint(100, 600)), 'count'), '页；%d cm' % r.choice([21, 24, 26]))
    b.line('索书号：', r.choice(['K29', 'F32', 'G25']), '/', P.num(str(r.randint(1, 99)), 'no'))
    b.line('编目员：', P.person(pname(r)), '  编目日期：', P.date())


def p_genealogy(r, b, P):
    sur = r.choice(['陈', '林', '黄', '吴', '郑', '周'])
    b.line(sur, '氏宗谱 世系表（续修稿）')
    for i in range(r.randint(2, 4)):
        real = sur + r.choice(GIVEN) + r.choice(GIVEN)
        if P.kind == 'mou':
            nm = [sur, S(r.choice(['某', '某某']))]
        elif P.kind == 'circle':
            nm = [sur, S(r.choice(['〇〇', '○○', '〇']))]
        else:
            nm = [sur, S(r.choice(['××', '×']))]
        b.line('第%s世 ' % r.choice(GEN_ORD), nm, '，字', r.choice(GIVEN), r.choice(GIVEN), '，生于', r.choice(['光绪', '民国', '宣统']),
               r.choice(['二', '五', '十二']), '年，配', r.choice(SURN), '氏，葬', r.choice(['后山', '祖茔', '村东']), '。')
    b.line('（名讳待族人核对后补录）' if r.random() < 0.5 else '编修：' + pname(r))


def p_bbs(r, b, P):
    b.line('标题：', r.choice(['求助', '吐槽', '经验分享']), '：', r.choice(['物业乱收费怎么办', '社保断缴补缴', '孩子入学']), '（模板，可直接复制）')
    b.line('本人', P.person(pname(r)), '，', P.num(str(r.randint(22, 60)), 'count'), '岁，家住', P.name('', 'place') if P.kind != 'xrun' else [P.name('锦绣', 'place'), '小区'],
           P.num(str(r.randint(1, 30)), 'count'), '栋。')
    b.line('于', P.date(), '向', P.name('', 'org') if P.kind != 'xrun' else [P.name('恒信', 'org'), '物业'], '反映问题，至今未处理。')
    b.line('发表于 20%02d-%d-%d' % (r.randint(5, 12), r.randint(1, 12), r.randint(1, 28)))


def p_notice(r, b, P):
    b.line(P.name(r.choice(CITY)[:-1], 'place'), '市', r.choice(ORG), '关于', r.choice(TOPICS), '的通知')
    b.line(P.name(r.choice(['江', '宁', '河']), 'no'), r.choice(['政办', '农发', '卫健']), '〔', P.num(str(r.randint(2019, 2024)), 'date'), '〕', P.num(str(r.randint(1, 99)), 'no'), '号')
    b.line('各', r.choice(['乡镇人民政府', '街道办事处', '有关单位']), '：')
    b.line('定于', P.date(), '在', P.name('', 'addr') if P.kind not in ('xrun', 'XRUN', 'cross') else [P.name('', 'place'), '会议中心'], '召开', r.choice(['工作推进会', '培训会', '动员大会']), '，请准时参加。')
    b.line('联系人：', P.person(pname(r)), '，电话：', P.num(phone(r), 'phone'))


def p_minutes(r, b, P):
    b.line(r.choice(TOWN), r.choice(['专题会议', '党委会议']), '纪要（第', P.num(str(r.randint(1, 30)), 'no'), '期）')
    b.line('时间：', P.date())
    ps = [pname(r) for _ in range(r.randint(2, 4))]
    b.line('参加人员：', *sum([[P.person(p), '、'] for p in ps[:-1]], []), P.person(ps[-1]))
    b.line('会议听取了', P.person(ps[0]), '关于', r.choice(TOPICS), '的汇报，同意安排资金', P.num(money(r, 1, 90), 'amount'), '万元。')
    b.line('会议要求', P.name('', 'org') if P.kind not in ('xrun', 'fullx') else [P.name('农', 'org'), '办'], '牵头，于', P.num(str(r.randint(1, 12)), 'count'), '月底前完成。')


def p_form(r, b, P):
    b.line(r.choice(['困难群众临时救助申请表', '个体工商户开业登记申请书', '居住证申领登记表', '退役军人信息采集表']))
    b.line('申请人姓名：', P.person(pname(r)), '  性别：', P.num(r.choice(['男', '女']), 'sex'))
    b.line('身份证号码：', P.num(idno(r), 'id'))
    b.line('家庭住址：', P.name('', 'addr'))
    b.line('联系电话：', P.num(phone(r), 'phone'))
    b.line('申请事由：', P.name('', 'name') if P.kind != 'underscore' else S('_' * r.randint(16, 30)))
    b.line('申请日期：', P.date())


def p_news(r, b, P):
    b.line(P.name(r.choice(CITY)[:-1], 'place'), '讯（记者 ', P.person(pname(r)), '）', P.date(), '，', P.name(r.choice(COUNTY)[:-1], 'place'), '县',
           r.choice(TOPICS), '现场推进会召开。')
    b.line('据介绍，今年以来全县累计投入资金', P.num(money(r, 100, 9000), 'amount'), '万元，惠及群众', P.num(str(r.randint(1000, 90000)), 'count'), '人。')
    b.line('村民', P.person(pname(r)), '告诉记者：“现在路好走了，日子也有盼头了。”')


def p_penalty(r, b, P):
    b.line(P.name(r.choice(COUNTY)[:-1], 'place'), '县', r.choice(ORG), '行政处罚决定书')
    b.line(P.name(r.choice(['青', '柳', '平']), 'no'), '市监罚〔', P.num(str(r.randint(2019, 2024)), 'date'), '〕', P.num(str(r.randint(1, 300)), 'no'), '号')
    b.line('当事人：', P.person(pname(r)), '，经营者：', P.name('', 'org') if P.kind != 'xrun' else [P.name('鑫源', 'org'), '商行'])
    b.line('经查，当事人于', P.date(), '销售过期食品', P.num(str(r.randint(2, 90)), 'count'), '件，货值金额', P.num(str(r.randint(50, 5000)), 'amount'), '元。')
    b.line('决定给予警告并处罚款', P.num(str(r.randint(1000, 50000)), 'amount'), '元。')


def p_stats(r, b, P):
    b.line(r.choice(TOWN), r.choice(['2023年农业生产情况统计表', '人口与户籍情况表', '民生实事完成情况表']))
    b.line('| 村名 | 户数 | 人口 | 完成率 |')
    b.line('|---|---|---|---|')
    for v in pick(r, VILLAGE, r.randint(3, 5)):
        b.line('| ', P.name(v[:-1], 'place'), '村 | ', P.num(str(r.randint(80, 900)), 'count'), ' | ', P.num(str(r.randint(300, 3000)), 'count'), ' | ',
               P.num(money(r, 60, 100, 1), 'pct'), '% |')
    b.line('填报人：', P.person(pname(r)))


def p_award(r, b, P):
    b.line('关于表彰', P.num(str(r.randint(2019, 2024)), 'date'), '年度先进集体和先进个人的决定')
    b.line('经研究，决定授予以下同志“', r.choice(['优秀共产党员', '先进工作者', '最美志愿者']), '”称号：')
    names = [pname(r) for _ in range(r.randint(3, 6))]
    pieces = []
    for i, n in enumerate(names):
        pieces += [P.person(n) if P.kind != 'XRUN' else S(r.choice(['XXX', 'XX'])), '（', P.name('', 'org') if P.kind != 'XRUN' else [S('XX'), '村'], '）']
        if i < len(names) - 1:
            pieces.append('、')
    b.line(*pieces)
    b.line(P.name(r.choice(TOWN)[:-1], 'place') if P.kind != 'mou' else r.choice(TOWN)[:-1], r.choice(['镇', '乡']), '党委  ', P.date())


def p_recruit(r, b, P):
    b.line(P.name(r.choice(COUNTY)[:-1], 'place'), '县', r.choice(['事业单位', '社区工作者', '乡镇卫生院']), '公开招聘公告')
    b.line('一、招聘岗位及人数：', r.choice(['综合管理', '会计', '护理', '网格员']), '岗', P.num(str(r.randint(1, 20)), 'count'), '名。')
    b.line('二、报名时间：', P.date(), '至', P.date())
    b.line('三、联系人：', P.person(pname(r)), '，咨询电话：', P.num(phone(r), 'phone'))


def p_receipt(r, b, P):
    b.line(r.choice(['收  据', '收款收据', '押金收条']), '   No.', P.num(str(r.randint(100000, 999999)), 'no'))
    b.line('今收到 ', P.person(pname(r)), ' 交来 ', r.choice(['房屋押金', '物业费', '报名费', '材料费']))
    b.line('人民币（大写）', P.name('', 'amount'), '  ￥', P.num(str(r.randint(100, 9000)), 'amount'), '.00')
    b.line('收款单位（盖章）：', P.name('', 'org'), '  经手人：', P.person(pname(r)))
    b.line('日期：', P.date())


PH_CARRIERS = {'village': p_village, 'report': p_report, 'contract': p_contract, 'faq': p_faq, 'email_tpl': p_email_tpl,
               'catalogue': p_catalogue, 'genealogy': p_genealogy, 'bbs': p_bbs, 'notice': p_notice, 'minutes': p_minutes,
               'form': p_form, 'news': p_news, 'penalty': p_penalty, 'stats': p_stats, 'award': p_award, 'recruit': p_recruit,
               'receipt': p_receipt}

PH_COMBOS = [
    ('village', 'xrun'), ('village', 'cross'), ('village', 'XRUN'), ('village', 'mou'), ('village', 'daitian'),
    ('report', 'xrun'), ('report', 'XRUN'), ('report', 'mou'), ('report', 'cross'), ('report', 'fullx'), ('report', 'mixed'),
    ('contract', 'underscore'), ('contract', 'empty_bracket'), ('contract', 'fw_underscore'), ('contract', 'tianxie'), ('contract', 'square'), ('contract', 'daitian'),
    ('faq', 'xrun'), ('faq', 'mou'), ('faq', 'daitian'),
    ('email_tpl', 'mustache'), ('email_tpl', 'dollar'), ('email_tpl', 'square'),
    ('catalogue', 'xrun'), ('catalogue', 'daitian'), ('catalogue', 'square'),
    ('genealogy', 'circle'), ('genealogy', 'mou'), ('genealogy', 'cross'),
    ('bbs', 'xrun'), ('bbs', 'square'),
    ('notice', 'xrun'), ('notice', 'XRUN'), ('notice', 'cross'), ('notice', 'underscore'), ('notice', 'circle'),
    ('minutes', 'xrun'), ('minutes', 'mou'), ('minutes', 'fullx'),
    ('form', 'underscore'), ('form', 'tianxie'), ('form', 'fw_underscore'),
    ('news', 'xrun'), ('news', 'mou'), ('news', 'cross'),
    ('penalty', 'mou'), ('penalty', 'cross'), ('penalty', 'xrun'),
    ('stats', 'xrun'), ('stats', 'cross'),
    ('award', 'mou'), ('award', 'XRUN'), ('award', 'circle'),
    ('recruit', 'xrun'), ('recruit', 'mustache'),
    ('receipt', 'underscore'), ('receipt', 'xrun'), ('receipt', 'dollar'),
]


# ----------------------------------------------------------------------------
# ph negatives: look-alikes of placeholders
# ----------------------------------------------------------------------------

def n_1x(r, b):
    b.line(r.choice(COUNTY), '职业技术学校', r.choice(['2023年', '2024年']), '“1+X”证书制度试点工作总结')
    b.line('学校共申报', r.choice(['Web前端开发', '工业机器人操作与运维', '老年照护', '智能财税']), '等%d个1+X证书试点，' % r.randint(3, 9),
           '参加考核学生%d人，通过率%s%%。' % (r.randint(80, 600), money(r, 70, 99, 1)))
    b.line('“1”为学历证书，“X”为若干职业技能等级证书，二者相互衔接。')
    b.note = '1+X certificate system: X is part of the programme name'


def n_7x(r, b):
    b.line(r.choice(CITY), r.choice(['政务服务中心', '人社局', '12345热线']), '推行“7×24小时”不打烊服务')
    b.line('自助服务区实行7×24小时开放，市民可随时办理社保查询、证明打印等%d项业务。' % r.randint(20, 120))
    b.line('同时推出“5+X”延时服务，“X”指根据群众需求灵活增加的服务时段。')
    b.note = '7x24 and 5+X service slogans'


def n_x86(r, b):
    b.line('信息化设备采购需求（', datestr(r), '）')
    b.line('服务器：x86架构，%d核CPU，内存%dGB，支持国产操作系统。' % (r.choice([16, 32, 64]), r.choice([64, 128, 256])))
    b.line('另需ARM架构终端%d台，兼容x86_64软件。' % r.randint(5, 60))
    b.line('型号参考：', r.choice(['XR-200', 'TX-5500', 'HX-8', 'X7 Pro']), '或同等配置。')
    b.note = 'x86 architecture and model numbers'


def n_xray(r, b):
    b.line(r.choice(COUNTY), '人民医院 检查报告单')
    b.line('姓名：', pname(r), '  性别：', r.choice(['男', '女']), '  年龄：%d岁' % r.randint(3, 90))
    b.line('检查项目：', r.choice(['胸部X光正位片', 'X线数字摄影（DR）', '腰椎X光侧位片']))
    b.line('所见：', r.choice(['双肺纹理清晰，未见明显实变影。', '心影大小形态正常。', '椎体骨质未见明显破坏。']))
    b.line('说明：本检查使用X射线，孕妇请提前告知医生。')
    b.note = 'X光 / X射线 in a medical report'


def n_formula(r, b):
    a, c = r.randint(2, 12), r.randint(2, 12)
    b.line(r.choice(['二年级数学', '三年级数学']), ' 乘法练习（', datestr(r), '）')
    b.line('%d×%d=%d，%d×%d=%d' % (a, c, a * c, c, a, a * c))
    b.line('应用题：每排%d张桌子，共%d排，一共有多少张？' % (a, c))
    b.line('列式：%d×%d=%d（张）' % (a, c, a * c))

def n_mou(r, b):
    b.line(r.choice(['科普文章', '读书札记', '健康提示', '随笔']), '：', r.choice(['春季养生', '读书的意义', '理性消费', '山行记']))
    for t in pick(r, ['某些药物与酒精同服可能产生不良反应。', '某种程度上说，阅读改变了他的人生轨迹。', '在某一时期，这种观点曾十分流行。',
                      '某些地区冬季气温偏低，应注意防寒。', '专家提醒，某些保健品夸大宣传，消费者要理性购买。', '某日清晨，他独自登上了山顶。',
                      '这并不意味着某种结论已经成立。'], r.randint(2, 4)):
        b.line(t)

def n_model(r, b):
    b.line('设备台账（', r.choice(STREET), '）')
    for _ in range(r.randint(3, 5)):
        b.line(r.choice(['空调', '打印机', '投影仪', '执法记录仪', '无人机']), '  型号：',
               r.choice(['XR-200', 'KX-MB2128', 'DJI Mavic 3', 'HP LaserJet M1136', 'EB-X51', 'Xiaomi 13', 'X5-Pro']), '  数量：%d' % r.randint(1, 10))
    b.note = 'model numbers containing X'


def n_masked_phone(r, b):
    b.line(r.choice(['中奖名单公示', '志愿者招募结果公示', '公租房配租名单公示']))
    b.line('为保护个人隐私，以下手机号码中间四位已作脱敏处理。')
    for _ in range(r.randint(3, 5)):
        p = phone(r)
        b.line(pname(r)[0], '**  ', p[:3] + '****' + p[-4:])
    b.line('公示期：', datestr(r), '起7天。')
    b.note = 'masking declared on purpose (privacy)'


def n_masked_id(r, b):
    b.line('低保对象公示（依据相关规定，身份证号码已部分隐藏）')
    for _ in range(r.randint(3, 5)):
        i = idno(r)
        b.line(pname(r), '  ', i[:6] + '********' + i[-4:], '  保障人口%d人' % r.randint(1, 5))
    b.note = 'masked ID numbers with stated purpose'


def n_mathvar(r, b):
    a, c = r.randint(2, 9), r.randint(1, 20)
    b.line('初一数学 一元一次方程')
    b.line('例：设x为鸡的只数，则兔有(%d−x)只。' % r.randint(20, 60))
    b.line('解方程：%dx + %d = %d，得 x = %d。' % (a, c, a * 5 + c, 5))
    b.line('练习：已知 y = %dx − %d，当 x = 2 时，求 y。' % (a, c))
    b.note = 'algebra variables x, y'


def n_roman(r, b):
    b.line('第XXXIII届', r.choice(['夏季奥林匹克运动会', '全国书展']) if r.random() < 0.5 else '第二十四届冬奥会（XXIV Olympic Winter Games）')
    b.line('路易十四（Louis XIV）时期的宫廷建筑；教皇庇护十二世（Pius XII）。')
    b.line('本书第XII章讨论了这一问题，第XX章为附录。')
    b.note = 'Roman numerals XX, XII, XXXIII'


def n_chess(r, b):
    b.line('棋社活动记录（', datestr(r), '）：国际象棋对局')
    b.line('白方：', pname(r), '  黑方：', pname(r))
    b.line(r.choice(['1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Bxc6 dxc6 5.O-O f6', '1.d4 d5 2.c4 dxc4 3.e3 Nf6 4.Bxc4 e6', '1.e4 c5 2.Nf3 d6 3.d4 cxd4 4.Nxd4 Nf6']))
    b.line('第%d步 Qxd8+ Kxd8 后进入残局，结果：%s。' % (r.randint(6, 20), r.choice(['1-0', '0-1', '½-½'])))

def n_sizes(r, b):
    b.line(r.choice(['工作服', '志愿者马甲', '运动会班服']), '尺码统计表')
    for s_ in ['S', 'M', 'L', 'XL', 'XXL', 'XXXL']:
        b.line(s_, '：%d件' % r.randint(0, 40))
    b.note = 'clothing sizes XL/XXL/XXXL'


def n_resolution(r, b):
    b.line('会议室显示屏技术参数')
    b.line('分辨率：', r.choice(['1920×1080', '3840×2160', '2560×1440']), '；尺寸：%d×%d mm' % (r.randint(1000, 2000), r.randint(500, 1200)))
    b.line('柜体尺寸：长×宽×高=%d×%d×%d cm' % (r.randint(60, 200), r.randint(30, 80), r.randint(70, 120)))
    b.note = 'dimensions with multiplication sign'


def n_chromosome(r, b):
    b.line('高中生物 第%d章 伴性遗传' % r.randint(2, 6))
    b.line('人类女性性染色体组成为XX，男性为XY。')
    b.line('红绿色盲基因位于X染色体上，记作XᵇY、XᴮXᵇ。')
    b.note = 'XX/XY chromosomes'


def n_hex(r, b):
    b.line('嵌入式开发手册：寄存器说明（v%d.%d）' % (r.randint(1, 3), r.randint(0, 9)))
    b.line('GPIO基地址为0x%08X，偏移0x%02X为输出寄存器。' % (r.randint(0x40000000, 0x4FFFFFFF), r.randint(0, 255)))
    b.line('写入0xFF表示全部置高，写入0x00表示全部置低。')
    b.line('示例：*(volatile uint32_t *)0x%08X = 0x%X;' % (r.randint(0x40000000, 0x4FFFFFFF), r.randint(1, 255)))

def n_shortcut(r, b):
    b.line(r.choice(STREET), '办公软件培训讲义（第%d期）' % r.randint(1, 12))
    b.line('剪切 Ctrl+X，复制 Ctrl+C，粘贴 Ctrl+V，撤销 Ctrl+Z。')
    b.line(r.choice(['Win+X 可以快速打开系统菜单。', 'Alt+Tab 切换窗口，Win+L 锁定屏幕。', 'Excel 中 Ctrl+Shift+L 可开启筛选。']))
    b.line('主讲：', pname(r))

def n_exam_blank(r, b):
    b.line(r.choice(['三年级语文', '小学科学', '初一历史']), ' 单元测试卷（学生用）')
    b.line('一、填空题（每空%d分）' % r.randint(1, 3))
    b.line('1. 中国的首都是________。')
    b.line('2. 一年有________个月。')
    b.line('姓名：________  班级：________（由学生作答时填写）')
    b.note = 'blank lines in an exam paper meant for pupils to fill'


def n_ling_zero(r, b):
    y = r.choice(['二〇〇八', '二〇二〇', '一九九〇', '二〇〇〇', '二〇一〇', '一九八〇', '二〇〇五'])
    b.line(r.choice(['档案移交清单', '地方志编纂说明', '族谱重修序']))
    b.line(r.choice(['本卷', '本书', '本册']), '于', y, '年', r.choice(['三', '五', '十']), '月', r.choice(['编成', '出版', '付印']), '，共', r.choice(['十二', '八', '二十']), '卷。')
    b.line('所收资料截至', y, '年底，此后变动另行续补。')
    b.line('落款：', r.choice(CITY), r.choice(['档案馆', '地方志办公室', '编纂委员会']), ' ', y, '年', r.choice(['六', '九', '十二']), '月')

def n_axis(r, b):
    b.line('物理实验报告：', r.choice(['弹簧伸长量与拉力关系', '小车速度与时间关系', '电阻两端电压与电流关系']))
    b.line('班级：高%s（%d）班  姓名：%s' % (r.choice(['一', '二']), r.randint(1, 12), pname(r)))
    b.line('以自变量为x轴、因变量为y轴作图，图像为过原点的直线。')
    b.line('斜率k=%s，与理论值基本一致。' % money(r, 0.5, 5))

def n_brand(r, b):
    b.line(r.choice(['科技新闻摘要', '数码产品评测', '每周科技简报']), '（', datestr(r), '）')
    for t in pick(r, ['SpaceX成功发射新一批星链卫星。', 'Xbox新款手柄支持无线充电。', 'iPhone X的面容识别曾引发热议。',
                      'Windows XP已停止支持多年。', 'macOS之前名为OS X。', 'X（原推特）更新了使用条款。', '小米推出Redmi K70系列与Xiaomi 14。'], 3):
        b.line('· ', t)

def n_pinyin_x(r, b):
    b.line('汉语拼音声母 x 的练习')
    b.line('xī（西） xiǎo（小） xué（学） xīn（新） xiàng（向）')
    b.line('地名拼写：Xinjiang（新疆）、Xiamen（厦门）、Xi\'an（西安）')
    b.note = 'pinyin initial x'


def n_genx(r, b):
    b.line(r.choice(CITY), r.choice(['消费趋势调研报告（摘要）', '商圈发展分析']))
    b.line('调查显示，Z世代与X世代的消费偏好差异明显，前者更看重社交属性。')
    b.line('“X因素”指难以量化却影响决策的关键变量，本报告暂不讨论。')
    b.line('样本量：%d份有效问卷。' % r.randint(300, 5000))

def n_chord(r, b):
    b.line(r.choice(['吉他社', '合唱团', '音乐课']), '排练安排（', datestr(r), '）')
    b.line('和弦进行：', r.choice(['Ⅰ—Ⅵ—Ⅳ—Ⅴ（C—Am—F—G）', 'Ⅱ—Ⅴ—Ⅰ（Dm—G—C）', 'Ⅰ—Ⅴ—Ⅵ—Ⅳ（G—D—Em—C）']))
    b.line('第', r.choice(['Ⅱ', 'Ⅲ', 'Ⅳ']), '乐章为慢板，请提前熟悉。')
    b.line('负责人：', pname(r))

def n_template_doc(r, b):
    b.line('短信平台使用说明')
    b.line('在模板中用{{name}}表示收件人姓名，发送时系统自动替换。')
    b.line('例如“{{name}}您好”会显示为“', pname(r), '您好”。')
    b.note = 'placeholder syntax explained in a manual (not left unfilled)'


def n_anon_news(r, b):
    b.line('（本文中当事人均为化名）')
    b.line('“小', r.choice(['林', '王', '陈']), '”今年%d岁，在外卖站点工作。' % r.randint(18, 40))
    b.line('她告诉记者，去年%d月起参加了夜校。' % r.randint(1, 12))
    b.note = 'declared pseudonym, no placeholder'


def n_xl_checkbox(r, b):
    b.line('参会回执')
    b.line('是否参加：☑是  ☐否')
    b.line('就餐：☒ 不需要')
    b.line('单位：', r.choice(COMPANY), '  姓名：', pname(r))
    b.note = 'ballot boxes with x marks, all fields filled'


def n_ordinals(r, b):
    b.line(r.choice(['世界史', '艺术史', '西方建筑史']), '课程讲义 第%d讲' % r.randint(2, 15))
    b.line(r.choice(['XIV世纪的意大利手稿中已出现这种装饰。', '路易XIV时期的宫廷建筑以对称著称。', '教皇格列高利XIII于1582年颁布新历。']))
    b.line('图', r.choice(['XV', 'XII', 'XIX']), '为复原图，见课本第%d页。' % r.randint(20, 300))
    b.line('思考题：比较XV世纪与XVIII世纪的风格差异。')

def n_vitamin(r, b):
    b.line(r.choice(COUNTY), '中学运动会物资清单')
    b.line('1. 班服：尺码XS至XXL，共%d件；' % r.randint(30, 120))
    b.line('2. 急救箱：含X光片袋、绷带、碘伏；')
    b.line('3. 计时器型号：', r.choice(['TX-300', 'XR-7', 'MX-2']), '，%d台。' % r.randint(2, 8))
    b.line('经办人：', pname(r), '  日期：', datestr(r))

def n_formula2(r, b):
    b.line('物理作业')
    m_, a_ = r.randint(1, 20), r.randint(1, 10)
    b.line('F = m × a，已知 m = %d kg，a = %d m/s²，求 F。' % (m_, a_))
    b.line('解：F = %d × %d = %d N。' % (m_, a_, m_ * a_))
    b.note = 'times sign in physics formula'


PH_NEG = {'one_plus_x_cert': n_1x, 'seven_x24_service': n_7x, 'x86_procurement': n_x86, 'xray_report': n_xray,
          'arithmetic_times': n_formula, 'mou_ordinary_words': n_mou, 'model_numbers': n_model, 'masked_phone_declared': n_masked_phone,
          'masked_id_declared': n_masked_id, 'algebra_variables': n_mathvar, 'roman_numeral_editions': n_roman, 'chess_captures': n_chess,
          'clothing_sizes': n_sizes, 'dimensions_times': n_resolution, 'chromosomes': n_chromosome, 'hex_literals': n_hex,
          'keyboard_shortcuts': n_shortcut, 'exam_blanks': n_exam_blank, 'chinese_zero_dates': n_ling_zero, 'axis_labels': n_axis,
          'brand_names': n_brand, 'pinyin_initial_x': n_pinyin_x, 'generation_x': n_genx, 'chord_numerals': n_chord,
          'template_syntax_manual': n_template_doc, 'declared_pseudonym': n_anon_news, 'checkbox_marks': n_xl_checkbox,
          'roman_ordinals': n_ordinals, 'x_mixed_lookalikes': n_vitamin, 'physics_formula': n_formula2}


# ----------------------------------------------------------------------------
# registry and driver
# ----------------------------------------------------------------------------

KIND_NOTE = {'xrun': 'x/X runs for digits and names', 'XRUN': 'XX runs for names and digits', 'cross': '×× marks',
             'fullx': 'full-width ＸＸ runs', 'mou': '某/某某 pseudonyms used throughout', 'daitian': '【待填】-type markers',
             'tianxie': '（填写）-type markers', 'underscore': '____ blanks', 'fw_underscore': '＿＿ full-width blanks',
             'mustache': '{{field}} merge fields', 'dollar': '$FIELD$ merge fields', 'square': '[字段] markers',
             'circle': '〇〇/○○ masks', 'empty_bracket': '【 】 empty brackets', 'mixed': 'several placeholder conventions'}


def build_styles():
    st = []   # (name, family, label, fn(r, b) -> note)
    for car, kind in PH_COMBOS:
        def f(r, b, car=car, kind=kind):
            P = PH(r, kind, fill=r.choice([0.0, 0.2, 0.35]))
            PH_CARRIERS[car](r, b, P)
            return 'unfilled %s in a %s' % (KIND_NOTE[kind], car.replace('_', ' '))
        kn = {'XRUN': 'xrun_upper', 'mixed': 'mixed_conventions'}.get(kind, kind)
        st.append(('%s_%s' % (car, kn), 'ph', 'placeholder', f))
    for name, fn in PH_NEG.items():
        def f(r, b, fn=fn):
            fn(r, b)
            return 'look-alike: ' + b.note
        st.append(('neg_' + name, 'ph', 'negative', f))
    for car, kind in MJ_COMBOS:
        def f(r, b, car=car, kind=kind):
            D = make_D(r, kind)
            CARRIERS[car](r, b, D, kind)
            if kind == 'html_tags':
                what = 'HTML tags left in the text'
            elif kind == 'html_nbsp':
                what = 'HTML entities/line-break tags left in the text'
            elif kind == 'mixed':
                what = 'mixed damage (several codecs and HTML debris)'
            else:
                what = DAMAGE[kind][1]
            return '%s in a %s' % (what, car)
        st.append(('%s_%s' % (car, kind), 'mj', 'mojibake', f))
    for name, fn, what in [('report_pinyin_artefact', mj_pinyin_report, 'scraper artefact 發(fā) in a work report'),
                           ('notice_pinyin_artefact', mj_pinyin_notice, 'scraper artefact 發(fā) in a notice'),
                           ('faq_pinyin_artefact', mj_pinyin_faq, 'scraper artefact 發(fā) in a government FAQ'),
                           ('webpage_mixed_line', mj_mixed_line, 'GBK, cp1252, entity and HTML damage in one line')]:
        def f(r, b, fn=fn, what=what):
            fn(r, b)
            return what
        st.append((name, 'mj', 'mojibake', f))
    for name, fn in MJ_NEG.items():
        def f(r, b, fn=fn):
            fn(r, b)
            return 'look-alike: ' + b.note
        st.append(('neg_' + name, 'mj', 'negative', f))
    names = [x[0] for x in st]
    assert len(names) == len(set(names)), 'duplicate style names'
    return st


def check_record(rec):
    """returns a list of problems (empty if fine)"""
    errs = []
    for k in ('id', 'family', 'style', 'label', 'text', 'spans', 'note'):
        if k not in rec:
            errs.append('missing field ' + k)
    if errs:
        return errs
    t, sp, lab, fam = rec['text'], rec['spans'], rec['label'], rec['family']
    if fam not in ('ph', 'mj'):
        errs.append('bad family')
    if lab not in ('placeholder', 'mojibake', 'negative'):
        errs.append('bad label')
    if (fam == 'ph' and lab == 'mojibake') or (fam == 'mj' and lab == 'placeholder'):
        errs.append('label does not fit family')
    if not re.fullmatch(r'[a-z0-9]+(?:_[a-z0-9]+)*', rec['style']):
        errs.append('style not snake_case')
    if not isinstance(rec['note'], str) or '\n' in rec['note'] or not rec['note']:
        errs.append('note must be one line')
    if not t or t != t.strip('\n'):
        errs.append('empty text or stray newlines')
    nlines = t.count('\n') + 1
    if nlines > 12:
        errs.append('more than 12 lines (%d)' % nlines)
    if lab == 'negative':
        if sp:
            errs.append('negative with spans')
    elif not sp:
        errs.append('positive without spans')
    prev = 0
    for s in sp:
        if not (isinstance(s, list) and len(s) == 2 and all(isinstance(v, int) for v in s)):
            errs.append('malformed span %r' % (s,))
            continue
        a, z = s
        if not (0 <= a < z <= len(t)):
            errs.append('span out of text or empty %r' % (s,))
            continue
        if a < prev:
            errs.append('spans overlap or unsorted %r' % (s,))
        prev = z
        piece = t[a:z]
        if piece != piece.strip(' \n\t\u3000'):
            errs.append('span has outer whitespace %r' % piece)
        if lab == 'placeholder' and not PH_SPAN_RE.match(piece):
            errs.append('span does not look like a placeholder %r' % piece)
        if lab == 'mojibake' and not mj_span_ok(piece):
            errs.append('mojibake span equals its codec round trip %r' % piece)
    # no unmarked damage / placeholders left outside spans
    outside = list(t)
    for a, z in (s for s in sp if isinstance(s, list) and len(s) == 2):
        for i in range(max(0, a), min(len(t), z)):
            outside[i] = '\0'
    rest = ''.join(outside)
    if lab == 'placeholder':
        for pat in PH_UNSPANNED:
            m = pat.search(rest)
            if m:
                errs.append('unspanned placeholder %r' % m.group(0))
    if fam == 'mj':
        for bad in ('\ufffd', '锟斤拷'):
            if bad in rest:
                errs.append('unspanned %r' % bad)
    if fam == 'ph' and lab == 'negative':
        for pat in PH_UNSPANNED[:2]:
            if pat.search(t) and rec['style'] != 'neg_template_syntax_manual':
                errs.append('negative holds a real placeholder')
    return errs


def generate(seed):
    out = []
    for name, fam, lab, fn in build_styles():
        r = random.Random('text39:%d:%s' % (seed, name))
        n = r.randint(15, 20)
        got, tries = 0, 0
        while got < n:
            tries += 1
            if tries > n * 40:
                raise SystemExit('style %s keeps failing' % name)
            b = Builder()
            b.note = ''
            try:
                note = fn(r, b)
            except (Retry, UnicodeError):
                continue
            rec = {'id': '', 'family': fam, 'style': name, 'label': lab, 'text': b.text(),
                   'spans': b.spans, 'note': note}
            if check_record(dict(rec, id='x')):
                continue
            out.append(rec)
            got += 1
    r = random.Random('text39:%d:order' % seed)
    r.shuffle(out)
    for i, rec in enumerate(out):
        rec['id'] = 't39-s%d-%s-%04d' % (seed, rec['family'], i + 1)
    return out


def verify(files):
    bad = 0
    total = 0
    for fn in files:
        ids = set()
        with open(fn, encoding='utf-8') as fh:
            for ln, line in enumerate(fh, 1):
                total += 1
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    print('%s:%d: bad JSON (%s)' % (fn, ln, e))
                    bad += 1
                    continue
                errs = check_record(rec)
                if rec.get('id') in ids:
                    errs.append('duplicate id')
                ids.add(rec.get('id'))
                for e in errs:
                    print('%s:%d: %s: %s' % (fn, ln, rec.get('id'), e))
                bad += bool(errs)
    print('verified %d records in %d file(s): %d with problems' % (total, len(files), bad))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', nargs='+', metavar='FILE')
    a = ap.parse_args()
    if a.verify:
        sys.exit(verify(a.verify))
    if a.seed is None or not a.out:
        ap.error('need --seed and --out (or --verify FILES)')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8') as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))


if __name__ == '__main__':
    main()
