#!/usr/bin/env python3
"""text12 — held-out test collection generator AND verifier for an auditor of
Chinese government-style documents (placeholders `ph` and mojibake `mj`).

Standard library only.  All content (places, organisations, people, figures,
sentences) is invented by this script.

    python3 text12_gen.py --seed 11 --out text12_s11.jsonl
    python3 text12_gen.py --verify text12_s11.jsonl
    python3 text12_gen.py --style-table text12_s11.jsonl   (Markdown on stdout)
"""
import argparse
import base64
import codecs
import html
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
import zlib
from email.header import decode_header

# ---------------------------------------------------------------------------
# WHATWG windows-1252 codec, registered as "w1252"
# ---------------------------------------------------------------------------
_W_UNDEF = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_W_DEC = ''.join(chr(b) if b in _W_UNDEF else bytes([b]).decode('cp1252') for b in range(256))
_W_ENC = codecs.charmap_build(_W_DEC)


def _w_encode(s, errors='strict'):
    return codecs.charmap_encode(s, errors, _W_ENC)


def _w_decode(b, errors='strict'):
    return codecs.charmap_decode(b, errors, _W_DEC)


def _w_search(name):
    if name in ('w1252',):
        return codecs.CodecInfo(name='w1252', encode=_w_encode, decode=_w_decode)
    return None


codecs.register(_w_search)

# ---------------------------------------------------------------------------
# JSON line serialisation (invisible / control characters as \uXXXX)
# ---------------------------------------------------------------------------
_ESC_CATS = {'Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cn', 'Cs'}


def _esc_char(ch):
    cp = ord(ch)
    if cp > 0xFFFF:
        cp -= 0x10000
        return '\\u%04x\\u%04x' % (0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF))
    return '\\u%04x' % cp


def dump_line(obj):
    s = json.dumps(obj, ensure_ascii=False)
    return ''.join(_esc_char(c) if unicodedata.category(c) in _ESC_CATS else c for c in s)


# ---------------------------------------------------------------------------
# Recipe machinery (shared by generator and verifier)
# ---------------------------------------------------------------------------
CODEC_RE = re.compile(r'^([a-z0-9_\-]+)(!r)?>([a-z0-9_\-]+)(!r)?$')
CODECS_OK = {'utf-8', 'gbk', 'gb18030', 'gb2312', 'big5', 'cp932', 'euc_kr', 'latin-1', 'w1252',
             'cp1251', 'koi8_r', 'mac_roman', 'cp437', 'utf-16-le', 'ascii'}
SIMPLE_STEPS = {'q', 'ent', 'ent2', 'url', 'url:gbk', 'qp', 'qp:gbk', 'mime', 'esc', 'besc', 'nfkc',
                'qmark', 'fffd', 'tang', 'tun', 'gbkshift'}
LOSSY_STEPS = {'q', 'qmark', 'fffd', 'tang', 'tun', 'gbkshift'}
PURE_STEPS = {'url', 'url:gbk', 'qp', 'qp:gbk'}
DEL_KINDS = {
    'zw': re.compile(r'[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufffc]+'),
    'ctl': re.compile(r'[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]+'),
    'bom': re.compile(r'(?:\ufeff|\u00ef\u00bb\u00bf)+'),
    'tag': re.compile(r'(?:</?[A-Za-z][A-Za-z0-9]*(?:\s+[^<>\n]*)?/?>)+'),
    'brk': re.compile(r'(?:<[/!]?[A-Za-z][^<>\n]*|/?[A-Za-z][A-Za-z0-9]*>|[A-Za-z][^<>\n]*">|">|&#?[A-Za-z0-9]+|[A-Za-z]+;|&)+'),
    'ent': re.compile(r'(?:&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x3000|#xa0|#8194|#8195);)+'),
    'py': re.compile(r'[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+[1-5]?[)）]'),
    'word': re.compile(r'(?:<!--\[if [^\]]*\]-->|<!--\[endif\]-->|<!\[if [^\]]*\]>|<!\[endif\]>|</?o:p>|<(?:p|span|div)\b[^<>]*>|</span>|'
                       r'&nbsp;| |mso-[a-z\-]+:[^;<>\s]+;?|Normal \d+ [\d.]+ 磅 \d+ \d+ false false false EN-US ZH-CN X-NONE)+'),
}
ENT_SPAN_RE = re.compile(r'(?=&)(?:&(?:amp;)*(?:[A-Za-z]+|#\d+|#[xX][0-9A-Fa-f]+);|[^&;])+(?<=;)')
ESC_SPAN_RE = re.compile(r'(?:\\u[0-9a-fA-F]{4}|\\[ntr]|\\x[0-9a-fA-F]{2}|[^\\])+')
BESC_SPAN_RE = re.compile(r'\\x[0-9a-fA-F]{2}(?:\\x[0-9a-fA-F]{2}|[^\\])*(?<=[0-9a-fA-F])')
TAIL_RE = {'ent': re.compile(r'&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x3000|#xa0|#8194|#8195);$'),
           'tag': re.compile(r'<[^<>\n]*>$')}
WORD_MARKERS = ('mso-', 'o:p', '[if ', '[endif]', 'X-NONE', 'w:WordDocument', 'MsoNormal', 'MicrosoftInternetExplorer')


def _codec_step(st):
    m = CODEC_RE.match(st)
    if not m or m.group(1) not in CODECS_OK or m.group(3) not in CODECS_OK:
        raise ValueError('bad step %r' % st)
    return m.group(1), bool(m.group(2)), m.group(3), bool(m.group(4))


def step_is_lossy(st):
    if st in SIMPLE_STEPS:
        return st in LOSSY_STEPS
    e, r1, d, r2 = _codec_step(st)
    return r1 or r2


def step_is_pure(st):
    if st in PURE_STEPS:
        return True
    if st in SIMPLE_STEPS:
        return False
    e, r1, d, r2 = _codec_step(st)
    return not (r1 or r2)


def mime_word(s, charset, enc):
    b = s.encode(charset)
    if enc == 'B':
        return '=?%s?B?%s?=' % (charset.upper(), base64.b64encode(b).decode('ascii'))
    return '=?%s?Q?%s?=' % (charset.upper(), ''.join('=%02X' % x for x in b))


def fwd_step(st, s):
    if st == 'q':
        return s.replace('\ufffd', '?')
    if st == 'qmark':
        return '?' * len(s)
    if st == 'fffd':
        return '\ufffd' * len(s)
    if st in ('tang', 'tun'):
        b = (b'\xcc' if st == 'tang' else b'\xcd') * len(s.encode('gbk'))
        return b.decode('gbk', 'replace')
    if st == 'gbkshift':
        return s.encode('gbk')[1:].decode('gbk', 'replace').replace('\ufffd', '?')
    if st == 'ent':
        return ''.join('&#%d;' % ord(c) if ord(c) > 127 else c for c in s)
    if st == 'ent2':
        return fwd_step('ent', s).replace('&', '&amp;')
    if st in ('url', 'url:gbk'):
        return urllib.parse.quote(s, safe='', encoding='gbk' if st == 'url:gbk' else 'utf-8')
    if st in ('qp', 'qp:gbk'):
        return quopri.encodestring(s.encode('gbk' if st == 'qp:gbk' else 'utf-8')).decode('ascii')
    if st == 'mime':
        return mime_word(s, 'utf-8', 'B')
    if st == 'esc':
        return s.encode('unicode_escape').decode('ascii')
    if st == 'besc':
        return ''.join('\\x%02x' % x for x in s.encode('utf-8'))
    if st == 'nfkc':
        raise ValueError('nfkc has no canonical forward')
    e, r1, d, r2 = _codec_step(st)
    return s.encode(e, 'replace' if r1 else 'strict').decode(d, 'replace' if r2 else 'strict')


def inv_step(st, s):
    if st == 'ent':
        return html.unescape(s)
    if st == 'ent2':
        return html.unescape(html.unescape(s))
    if st in ('url', 'url:gbk'):
        return urllib.parse.unquote(s, encoding='gbk' if st == 'url:gbk' else 'utf-8', errors='strict')
    if st in ('qp', 'qp:gbk'):
        return quopri.decodestring(s.encode('ascii')).decode('gbk' if st == 'qp:gbk' else 'utf-8')
    if st == 'mime':
        out = []
        for part, cs in decode_header(s):
            out.append(part.decode(cs or 'ascii') if isinstance(part, bytes) else part)
        return ''.join(out)
    if st == 'esc':
        return s.encode('ascii').decode('unicode_escape')
    if st == 'besc':
        return codecs.escape_decode(s.encode('ascii'))[0].decode('utf-8')
    if st == 'nfkc':
        return unicodedata.normalize('NFKC', s)
    if st in LOSSY_STEPS:
        raise ValueError('lossy step has no inverse')
    e, r1, d, r2 = _codec_step(st)
    if r1 or r2:
        raise ValueError('lossy step has no inverse')
    return s.encode(d).decode(e)


def forward(recipe, s):
    for st in recipe.split('+'):
        s = fwd_step(st, s)
    return s


def inverse(recipe, s):
    for st in reversed(recipe.split('+')):
        s = inv_step(st, s)
    return s


_DIRTY_RE = re.compile(
    '[\ufffd\u0080-\u009f\u00a1-\u00a6\u00a8-\u00ae\u00b4\u00b8-\u00bf\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff'
    '\u0400-\u04ff\u2500-\u257f\uff61-\uff9f\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u3040-\u30ff'
    '\ue000-\uf8ff\u2e80-\u2fdf\uf900-\ufaff\x00-\x08\x0b\x0c\x0e-\x1f\x7f'
    '\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffc]')


def looks_clean(s):
    return not _DIRTY_RE.search(s) and not any(0xD800 <= ord(c) <= 0xDFFF for c in s)


def check_mj_context(text, s, e, rec):
    """Inserted material must be maximal: the same kind of material does not continue outside the span."""
    if not rec.startswith('del:'):
        return None
    kind = rec[4:]
    pat = DEL_KINDS.get(kind)
    if pat is None:
        return None
    if kind in ('zw', 'ctl', 'bom'):
        if s > 0 and pat.fullmatch(text[s - 1:e]) or e < len(text) and pat.fullmatch(text[s:e + 1]):
            return 'del:%s span %r is not maximal' % (kind, text[s:e])
    if kind in ('ent', 'tag'):
        if pat.match(text, e) or TAIL_RE[kind].search(text[:s]):
            return 'del:%s span %r is not maximal' % (kind, text[s:e])
    if kind == 'py' and not (s > 0 and '\u3400' <= text[s - 1] <= '\u9fff'):
        return 'pinyin annotation not after a CJK character'
    return None


def check_mj_span(span, rec):
    """Return None if the span agrees with its recipe, else an error string."""
    try:
        if rec.startswith('del:'):
            kind = rec[4:]
            if kind not in DEL_KINDS:
                return 'unknown del kind %r' % kind
            if not DEL_KINDS[kind].fullmatch(span):
                return 'span %r does not match del:%s' % (span, kind)
            if kind == 'word' and not any(m in span for m in WORD_MARKERS):
                return 'del:word span without Word marker'
            return None
        recipe, eq, clean = rec.partition('=')
        steps = recipe.split('+')
        for st in steps:
            step_is_lossy(st)  # validates
        if recipe in ('ent', 'ent2') and not ENT_SPAN_RE.fullmatch(span):
            return 'entity span %r is not whole entities' % span
        if recipe == 'esc' and not (span.startswith('\\') and ESC_SPAN_RE.fullmatch(span)):
            return 'esc span %r is not whole escapes' % span
        if recipe == 'besc' and not BESC_SPAN_RE.fullmatch(span):
            return 'besc span %r is not whole byte escapes' % span
        if recipe == 'nfkc' and not all(unicodedata.normalize('NFKC', c) != c for c in (span[0], span[-1])):
            return 'nfkc span %r does not start and end on an altered character' % span
        if eq:
            if '|' in clean or ']' in clean or clean == '':
                return 'bad CLEAN'
            if not any(step_is_lossy(st) for st in steps):
                return 'lossy recipe without lossy step'
            out = forward(recipe, clean)
            if out != span:
                return 'forward(%r, %r) = %r != span %r' % (recipe, clean, out, span)
            if out == clean:
                return 'no damage'
            return None
        if any(step_is_lossy(st) for st in steps):
            return 'lossless recipe with lossy step'
        res = inverse(recipe, span)
        if res == span:
            return 'inverse leaves span unchanged'
        if not looks_clean(res):
            return 'inverse %r does not look clean' % res
        if all(step_is_pure(st) for st in steps):
            if forward(recipe, res) != span:
                return 'forward of inverse differs'
        return None
    except Exception as ex:  # noqa
        return 'exception %s: %s' % (type(ex).__name__, ex)


# ---------------------------------------------------------------------------
# Placeholder span patterns (verifier)
# ---------------------------------------------------------------------------
MASK_CLASSES = ['xXｘＸ', '×', '*＊', '某', '□', '○', '_＿']
MASK_ALL = ''.join(MASK_CLASSES)
_MC = re.escape(MASK_ALL)
PH_PATTERNS = [
    re.compile(r'[%s]+(?:[.,:：\-/ ．，·][%s]+)*' % (_MC, _MC)),
    re.compile(r'【[^【】\n]{1,24}】|\[[^\[\]\n]{1,30}\]|［[^［］\n]{1,24}］|〈[^〈〉\n]{1,20}〉|〔[^〔〕\n]{1,20}〕'),
    re.compile(r'\{\{?\s*[^{}\n]{1,30}\}\}?|\$\{[^{}\n]{1,24}\}|«[^«»\n]{1,20}»|<<[^<>\n]{1,20}>>|\{ ?MERGEFIELD [^{}\n]+ ?\}'),
    re.compile(r'（[^（）\n]{1,26}）|\([^()\n]{1,26}\)'),
    re.compile(r'%(?:\.\d)?[sdf]|%\(\w+\)[sd]|\$[A-Za-z_]+\$'),
    re.compile(r'单击此处输入文字。|单击或点击此处输入文字。|单击此处输入日期。|点击或轻击此处以输入文字。|'
               r'单击此处添加文本|Click or tap here to enter text\.|Click here to enter text\.|Click here to enter a date\.'),
    re.compile(r'待定|待核实|待确认|待补充|待填|TBD|TODO|N/A|TBA'),
]


def mask_class(ch):
    for cls in MASK_CLASSES:
        if ch in cls:
            return cls
    return None


def check_ph_span(text, s, e):
    sp = text[s:e]
    if sp != sp.strip():
        return 'span %r has edge whitespace' % sp
    if not any(p.fullmatch(sp) for p in PH_PATTERNS):
        return 'span %r matches no placeholder pattern' % sp
    c = mask_class(sp[0])
    if c and s > 0 and text[s - 1] in c:
        return 'mask run continues before span %r' % sp
    c = mask_class(sp[-1])
    if c and e < len(text) and text[e] in c:
        return 'mask run continues after span %r' % sp
    return None


# ---------------------------------------------------------------------------
# Record verifier
# ---------------------------------------------------------------------------
ID_RE = re.compile(r'^t12-(\d+)-([a-z0-9_]+)-(\d{2,})$')
INV_RE = re.compile(r'^(.*); (lossless|lossy) \[inv=(.*)\]$', re.S)
PH_NOTE_RE = re.compile(r'^(.*) spans=(\[.*\])$', re.S)


def verify_record(rec, line=None):
    errs = []
    if set(rec) != {'id', 'family', 'style', 'label', 'text', 'spans', 'note'}:
        return ['bad keys %s' % sorted(rec)]
    if line is not None and dump_line(rec) != line:
        errs.append('line is not in canonical serialisation')
    fam, style, label, text, spans, note = (rec['family'], rec['style'], rec['label'], rec['text'],
                                            rec['spans'], rec['note'])
    m = ID_RE.match(rec['id'])
    if not m or m.group(2) != style:
        errs.append('bad id %r' % rec['id'])
    if fam not in ('ph', 'mj') or not style.startswith(fam + '_'):
        errs.append('bad family/style')
    if label not in ({'ph': ('placeholder', 'negative'), 'mj': ('mojibake', 'negative')}.get(fam, ())):
        errs.append('bad label %r' % label)
    if not isinstance(text, str) or not text.strip():
        errs.append('empty text')
        return errs
    if any(c in text for c in '⟦⟧⟨⟩'):
        errs.append('template marker left in text')
    if not isinstance(note, str) or not note:
        errs.append('empty note')
    if not isinstance(spans, list):
        return errs + ['spans not a list']
    prev = -1
    for sp in spans:
        if (not isinstance(sp, list) or len(sp) != 2 or not all(type(x) is int for x in sp)
                or not 0 <= sp[0] < sp[1] <= len(text)):
            errs.append('bad span %r' % (sp,))
            return errs
        if sp[0] <= prev:
            errs.append('spans unsorted, overlapping or touching at %r' % (sp,))
        prev = sp[1]
    if (label == 'negative') != (spans == []):
        errs.append('spans must be empty exactly for negatives')
    strs = [text[s:e] for s, e in spans]
    if label == 'negative':
        if '[inv=' in note or ' spans=[' in note:
            errs.append('negative note looks like a positive note')
        if fam == 'mj' and '\ufffd' in text:
            errs.append('U+FFFD in a negative')
    elif fam == 'ph':
        mm = PH_NOTE_RE.match(note)
        if not mm:
            errs.append('ph note without spans=[...]')
        else:
            try:
                listed = json.loads(mm.group(2))
            except ValueError:
                listed = None
            if listed != strs:
                errs.append('ph note spans %r != %r' % (listed, strs))
        for s, e in spans:
            er = check_ph_span(text, s, e)
            if er:
                errs.append(er)
    else:
        mm = INV_RE.match(note)
        if not mm:
            errs.append('mj note without "; lossless|lossy [inv=...]"')
        else:
            recs = mm.group(3).split('|')
            if len(recs) != len(spans):
                errs.append('%d recipes for %d spans' % (len(recs), len(spans)))
            else:
                anylossy = any('=' in r for r in recs)
                if anylossy != (mm.group(2) == 'lossy'):
                    errs.append('lossless/lossy flag disagrees with recipes')
                for (s, e), r in zip(spans, recs):
                    er = check_mj_span(text[s:e], r) or check_mj_context(text, s, e, r)
                    if er:
                        errs.append(er)
    return errs


def verify_file(path):
    bad = 0
    n = 0
    ids = set()
    seeds = set()
    style_label = {}
    fams = {}
    with open(path, encoding='utf-8', newline='\n') as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip('\n')
            n += 1
            try:
                rec = json.loads(line)
            except ValueError as ex:
                print('line %d: bad JSON: %s' % (ln, ex))
                bad += 1
                continue
            errs = verify_record(rec, line)
            if isinstance(rec, dict):
                rid = rec.get('id')
                if rid in ids:
                    errs.append('duplicate id')
                ids.add(rid)
                m = ID_RE.match(str(rid))
                if m:
                    seeds.add(m.group(1))
                st = rec.get('style')
                if style_label.setdefault(st, rec.get('label')) != rec.get('label'):
                    errs.append('style %s has more than one label' % st)
                fams[rec.get('family')] = fams.get(rec.get('family'), 0) + 1
            if errs:
                bad += 1
                if bad <= 40:
                    print('line %d (%s): %s' % (ln, rec.get('id') if isinstance(rec, dict) else '?', '; '.join(errs)))
    if len(seeds) > 1:
        print('more than one seed in ids: %s' % sorted(seeds))
        bad += 1
    print('%s: %d records, %d styles, families %s, %d failing' % (
        path, n, len(style_label), json.dumps(fams, sort_keys=True), bad))
    return bad == 0 and n > 0


# ---------------------------------------------------------------------------
# Invented vocabulary
# ---------------------------------------------------------------------------
def W(s):
    return s.split()


P1 = W('岚 桐 槐 枫 榆 鹤 栖 澄 沅 涞 汀 棠 楠 蔚 岫 芷 霁 琅 沐 洵 菱 茗 苇 蒲 杉 樟 檀 荻 潆 翠 簪 砚 苓 蓼 茱 棣 萱 蘅 璞 珩')
P2 = W('溪 川 岭 塘 湾 坪 源 坝 桥 口 洲 冈 山 河 浦 泽 峪 阳 关 田 湖 垭 庄 铺 埠 渡 林 丘')
VIL_PRE = W('新 上 下 东 西 南 北 大 小 前 后 中 高 石 柳 杏 竹 梨 桃 枣')
VIL_SUF = W('家湾 家坪 田村 塘村 岗村 庄村 溪村 冲村 垄村 坝村 湖村 港村')
COMM = W('晨曦 锦绣 和顺 春晖 望江 听涛 翠微 秀水 长乐 安澜 映月 瑞丰 嘉禾 丰泽')
ORG_SUF = W('农业农村局 自然资源局 市场监督管理局 住房和城乡建设局 卫生健康局 教育局 应急管理局 '
            '文化广电旅游体育局 民政局 人力资源和社会保障局 退役军人事务局 医疗保障局 水利局 交通运输局 '
            '综合行政执法局 乡村振兴局 统计局 财政局 发展和改革局 司法局 林业局 商务局 信访局 数据资源管理局')
TOWN_ORG = W('党政办 综治中心 便民服务中心 农业综合服务站 社会事务办 经济发展办 规划建设办 应急管理办 '
             '退役军人服务站 文化站 财政所 司法所 自然资源所 卫生院')
TOPICS = W('人居环境整治 高标准农田建设 老旧小区改造 营商环境优化 安全生产专项整治 防汛抗旱 森林防火 '
           '基层党建 乡村振兴 社会救助 就业创业 义务教育均衡发展 医疗卫生服务 文明城市创建 矛盾纠纷排查化解 '
           '河湖长制 垃圾分类 数字政府建设 招商引资 特色产业发展 农村饮水安全 养老服务体系建设 '
           '耕地保护 食品安全监管 燃气安全排查 城乡环卫一体化 集体经济壮大 一站式政务服务')
PROJ_KIND = W('污水管网改造工程 农贸市场提质改造项目 安置小区二期工程 乡村道路硬化工程 中心小学综合楼 '
              '日间照料中心 冷链物流园 光伏发电项目 山塘除险加固工程 文体广场 标准化厂房 游客服务中心 '
              '智慧停车场 滨河绿道 供水管网延伸工程 农产品加工园')
SURN = W('王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 '
         '董 袁 潘 蒋 蔡 余 杜 叶 程 魏 苏 吕 丁 任 沈 姚 卢 钟 姜 崔 谭 陆 范 汪 廖 石 金 韦 贾 夏 付 方 邹 熊 '
         '白 孟 秦 邱 侯 江 尹 薛 闫 段 雷 龙 黎 史 陶 贺 毛 郝 顾 龚 邵 覃 武 钱 戴 严 欧 孔 向 常 汤 康 易 乔 赖 文')
GIVEN = W('建 国 华 明 丽 芳 军 伟 敏 静 强 磊 洋 艳 勇 杰 娟 涛 超 秀 霞 平 刚 桂 英 兰 波 辉 红 玉 萍 宁 鹏 '
          '飞 斌 宇 浩 凯 倩 婷 琳 晨 阳 雪 梅 峰 林 海 东 志 春 新 文 娜 慧 莉 颖 佳 俊 欣 蕾 璐 翔 航 帆 蓉')
PROV = W('湘 鄂 赣 皖 黔 桂 川 渝 闽 浙 苏 豫 冀 晋 陕 甘')
LETTERS_NOX = 'ABCDEFGHJKLMNPQRSTUVWY'
CN_NUM = W('一 二 三 四 五 六 七 八 九 十')

FILLERS = [
    '⟨yr⟩年以来，⟨town⟩坚持以⟨topic⟩为抓手，统筹推进各项工作，经济社会保持稳中向好态势。',
    '全镇累计排查各类安全隐患⟨n2⟩处，已全部完成整改销号。',
    '⟨org⟩牵头组织开展⟨topic⟩专项行动，出动执法人员⟨n3⟩人次，发放宣传资料⟨n3⟩份。',
    '新建村级综合服务中心⟨n1⟩个，改造提升便民服务点⟨n1⟩处，群众办事更加便捷。',
    '完成⟨project⟩主体工程建设，累计完成投资⟨money⟩万元。',
    '全年新增城镇就业⟨n3⟩人，农村劳动力转移就业⟨n3⟩人，城镇登记失业率控制在⟨pct1⟩%以内。',
    '深入开展“我为群众办实事”实践活动，收集群众意见建议⟨n2⟩条，办结率达⟨pct⟩%。',
    '持续推进“放管服”改革，⟨n2⟩项高频事项实现“一网通办”。',
    '⟨village⟩依托本地资源发展特色种养，带动⟨n2⟩户农户增收。',
    '组织党员干部开展集中学习⟨n1⟩次，举办专题党课⟨n1⟩场。',
    '加强河道日常巡查，清理河道垃圾⟨n2⟩吨，拆除违规网箱⟨n1⟩处。',
    '落实耕地保护责任，完成撂荒地复耕复种⟨n3⟩亩。',
    '全年接待群众来访⟨n2⟩批次，化解矛盾纠纷⟨n2⟩起，调解成功率⟨pct⟩%。',
    '辖区⟨n1⟩所中小学全部完成校舍安全鉴定，新增学位⟨n3⟩个。',
    '组织开展应急演练⟨n1⟩次，参与群众⟨n3⟩人次，群众安全意识进一步增强。',
    '城乡居民基本医疗保险参保率稳定在⟨pct⟩%以上。',
    '发放各类救助资金⟨money⟩万元，惠及困难群众⟨n3⟩人次。',
    '实施农村户厕改造⟨n2⟩户，生活垃圾收运处置体系实现村组全覆盖。',
    '完成地区生产总值⟨yi⟩亿元，同比增长⟨pct1⟩%。',
    '规模以上工业增加值同比增长⟨pct1⟩%，社会消费品零售总额完成⟨yi⟩亿元。',
    '引进市场主体⟨n2⟩家，签约项目⟨n1⟩个，协议总投资⟨yi⟩亿元。',
    '⟨street⟩网格员队伍扩充至⟨n2⟩人，实现网格化管理全覆盖。',
    '开展“⟨topic⟩”主题宣传活动⟨n1⟩场次，覆盖群众⟨n3⟩人。',
    '主要问题：一是产业基础仍然薄弱，二是基础设施短板较多，三是干部队伍能力有待提升。',
    '下一步，我们将围绕⟨topic⟩目标任务，细化责任分工，确保各项工作落到实处。',
    '⟨org⟩会同相关单位对⟨n2⟩家经营主体开展“双随机、一公开”抽查。',
    '新建高标准农田⟨n3⟩亩，粮食播种面积稳定在⟨n4⟩亩。',
    '完成老旧小区改造⟨n1⟩个，惠及居民⟨n3⟩户。',
    '⟨person⟩同志带队深入⟨village⟩走访调研，现场协调解决问题⟨n1⟩个。',
    '截至⟨mo⟩月底，⟨project⟩已完成总工程量的⟨pct⟩%。',
    '全面落实河湖长制，⟨n1⟩名镇级河长累计巡河⟨n2⟩次。',
    '建成“15分钟便民生活圈”⟨n1⟩个，新增停车泊位⟨n3⟩个。',
    '组建志愿服务队⟨n1⟩支，注册志愿者⟨n3⟩名，开展服务活动⟨n2⟩场。',
    '实施森林抚育⟨n3⟩亩，森林覆盖率提高到⟨pct⟩%。',
    '完成⟨n2⟩户农村危房改造，实现住房安全有保障。',
    '“⟨topic⟩”工作经验被市级简报刊发推广。',
    '全年共受理政务服务事项⟨n4⟩件，按时办结率⟨pct⟩%。',
    '严格落实“四议两公开”制度，村级重大事项决策程序进一步规范。',
    '与⟨county⟩签订劳务协作协议，输出务工人员⟨n3⟩人。',
    '深化“网格+警格”联动机制，辖区刑事警情同比下降⟨pct1⟩%。',
    '对照年初目标，⟨topic⟩等重点任务均已按时序推进。',
    '投入资金⟨money⟩万元，实施⟨project⟩。',
    '全年开展食品安全抽检⟨n3⟩批次，合格率⟨pct⟩%。',
    '积极争取上级项目资金⟨money⟩万元，为重点项目建设提供了保障。',
    '⟨town⟩被评为市级“⟨topic⟩示范乡镇”。',
]
TITLES = [
    '⟨town⟩⟨yr⟩年上半年工作总结', '⟨org⟩关于⟨topic⟩工作情况的报告', '⟨county⟩⟨yr⟩年政府工作报告（摘要）',
    '⟨street⟩⟨yr⟩年工作总结及⟨yr2⟩年工作计划', '⟨org⟩⟨yr⟩年度工作总结', '关于⟨town⟩⟨topic⟩工作的情况汇报',
    '⟨village⟩⟨yr⟩年村务工作报告', '⟨org⟩⟨yr⟩年第⟨q⟩季度工作情况',
]
HEADINGS = [
    '一、⟨yr⟩年工作开展情况', '一、主要工作及成效', '二、存在的问题和不足', '三、下一步工作打算',
    '（一）聚焦⟨topic⟩，夯实发展基础', '（二）着力推进⟨topic⟩', '1. ⟨topic⟩工作', '二、重点工作推进情况',
    '（三）坚持以人民为中心，持续改善民生', '四、⟨yr2⟩年工作思路',
]
WORDS = W('发展 工作 建设 推进 群众 项目 服务 管理 完成 开展 落实 全面 加强 实施 提升 改革 安全 经济 社会 '
          '乡村 振兴 资金 治理 保障 环境 整治 农村 产业 基层 党建 政务 企业 就业 农田 救助 改造 教育 医疗 '
          '卫生 执法 防控 巡查 隐患 部署 统筹 宣传 志愿 投资 增长 同比 目标 任务 机制 责任 考核 示范 '
          '持续 深化 稳定 民生 排查 整改 养老 文化 旅游 生态 河长 耕地 粮食')


PICK = {
    'FIELD': W('单位名称 姓名 项目名称 乡镇名称 村名 金额 具体数字 负责人 日期 地点 企业名称 标题 文号 完成时间'),
    'MAILDOM': W('163.com qq.com 126.com sina.com yeah.net'),
    'ENFIELD': ['[Company Name]', '[Your Name]', '[Date]', '[Insert Figure]', '[Project Title]', '[Department]',
                '[Amount]', '[Address]'],
    'IND': W('地区生产总值 一般公共预算收入 固定资产投资 社会消费品零售总额 城镇新增就业 农村居民人均可支配收入 '
             '规上工业增加值 粮食产量 新建农村公路 森林覆盖率 招商引资到位资金 新增市场主体'),
    'UNIT': W('亿元 亿元 万元 人 公里 % 万吨 家 元'),
}


class Ctx:
    def __init__(self, rng, mc='x'):
        self.rng = rng
        self.mc = mc
        self.fixed = {}

    def place_name(self):
        r = self.rng
        return r.choice(P1) + r.choice(P2)

    def slot(self, name):
        r = self.rng
        if name in self.fixed:
            return self.fixed[name]
        if name[0] == 'M' and name[1:].isdigit():
            return self.mc * int(name[1:])
        if name == 'MR':
            return self.mc * r.choice((2, 2, 3))
        if name == 'county':
            return self.place_name() + r.choice(('县', '县', '区', '市'))
        if name == 'town':
            return self.place_name() + r.choice(('镇', '镇', '乡', '街道'))
        if name == 'street':
            return self.place_name() + '街道'
        if name == 'village':
            return r.choice((r.choice(VIL_PRE) + r.choice(VIL_SUF), self.place_name() + '村', r.choice(COMM) + '社区'))
        if name == 'org':
            return r.choice((self.place_name() + r.choice(('县', '区')) + r.choice(ORG_SUF),
                             self.place_name() + r.choice(('镇', '街道')) + r.choice(TOWN_ORG)))
        if name == 'person':
            return r.choice(SURN) + ''.join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))
        if name == 'SN':
            return r.choice(SURN)
        if name == 'GN':
            return r.choice(GIVEN)
        if name == 'topic':
            return r.choice(TOPICS)
        if name == 'project':
            return self.place_name() + r.choice(PROJ_KIND)
        if name == 'yr':
            return str(r.randint(2018, 2024))
        if name == 'yr2':
            return str(r.randint(2019, 2025))
        if name == 'q':
            return r.choice(CN_NUM[:4])
        if name == 'mo':
            return str(r.randint(1, 12))
        if name == 'day':
            return str(r.randint(1, 28))
        if name == 'n1':
            return str(r.randint(2, 30))
        if name == 'n2':
            return str(r.randint(12, 680))
        if name == 'n3':
            return str(r.randint(150, 9800))
        if name == 'n4':
            v = r.randint(10000, 99000)
            return '{:,}'.format(v) if r.random() < 0.3 else str(v)
        if name == 'pct':
            return '%.1f' % r.uniform(80, 99.9)
        if name == 'pct1':
            return '%.1f' % r.uniform(0.5, 15)
        if name == 'money':
            return '%.2f' % r.uniform(20, 9000)
        if name == 'yi':
            return '%.2f' % r.uniform(1, 80)
        if name[0] == 'D' and name[1:].isdigit():
            return ''.join(str(r.randint(0, 9)) for _ in range(int(name[1:])))
        if name == 'MOB3':
            return r.choice(('13', '15', '18', '17', '19')) + str(r.randint(0, 9))
        if name == 'ID6':
            return str(r.randint(11, 65)) + '%04d' % r.randint(100, 9999)
        if name == 'L':
            return r.choice(LETTERS_NOX)
        if name == 'PROV':
            return r.choice(PROV)
        if name == 'CN':
            return r.choice(CN_NUM)
        if name == 'IDC':
            return r.choice('0123456789X')
        if name in PICK:
            return r.choice(PICK[name])
        raise KeyError(name)


SLOT_RE = re.compile(r'⟨(\w+)⟩')


def render(tpl, ctx):
    for _ in range(6):
        if '⟨' not in tpl:
            return tpl
        tpl = SLOT_RE.sub(lambda m: ctx.slot(m.group(1)), tpl)
    raise ValueError('unresolved slots in %r' % tpl)


HALF = str.maketrans({'，': ',', '；': ';', '：': ':', '（': '(', '）': ')'})


def compose(rng, ctx, hits, n_fill=(1, 4), layout=None, extra=()):
    """Build a document template string: filler sentences + hit templates.
    Hit templates starting with '¶' become their own line."""
    layout = layout or rng.choice(('report', 'report', 'list', 'plain', 'notice', 'yishi'))
    fills = rng.sample(FILLERS, rng.randint(*n_fill))
    sents = list(fills) + list(extra)
    rng.shuffle(sents)
    line_hits = [h[1:] for h in hits if h.startswith('¶')]
    for h in hits:
        if not h.startswith('¶'):
            sents.insert(rng.randint(0, len(sents)), h)
    indent = '　　' if rng.random() < 0.3 else ''
    lines = []
    if layout == 'report':
        if rng.random() < 0.6:
            lines.append(rng.choice(TITLES))
        lines.append(rng.choice(HEADINGS))
        if len(sents) > 3 and rng.random() < 0.5:
            k = rng.randint(1, len(sents) - 1)
            lines.append(indent + ''.join(sents[:k]))
            lines.append(rng.choice(HEADINGS))
            lines.append(indent + ''.join(sents[k:]))
        elif sents:
            lines.append(indent + ''.join(sents))
        lines = [x for x in lines if x.strip()]
    elif layout == 'list':
        lines.append(rng.choice(HEADINGS))
        fmt = rng.choice(('%d. ', '%d.', '（%d）', '%d、', '(%d)'))
        for i, s in enumerate(sents, 1):
            lines.append(indent + fmt % i + s)
    elif layout == 'yishi':
        lines.append(rng.choice(HEADINGS))
        parts = []
        for i, s in enumerate(sents):
            parts.append((CN_NUM[i] + '是' if i < 10 else '') + s)
        lines.append(indent + ''.join(parts))
    elif layout == 'notice':
        lines.append('关于做好⟨topic⟩工作的通知')
        lines.append(rng.choice(('各村（社区）、镇直各单位：', '各乡镇（街道）、县直有关单位：', '各相关科室：')))
        if sents:
            lines.append(indent + ''.join(sents))
        lines.append('⟨org⟩')
        lines.append('⟨yr⟩年⟨mo⟩月⟨day⟩日')
    elif sents:
        lines.append(indent + ''.join(sents))
    for h in line_hits:
        if layout == 'notice':
            lines.insert(rng.randint(2, len(lines) - 2), h)
        else:
            lines.insert(rng.randint(1 if len(lines) > 1 else 0, len(lines)), h)
    return '\n'.join(lines)


def parse_spans(s):
    """'a⟦b⟧c' -> [('a', False), ('b', True), ('c', False)]"""
    segs = []
    pos = 0
    for m in re.finditer(r'⟦(.*?)⟧', s, re.S):
        if m.start() > pos:
            segs.append((s[pos:m.start()], False))
        segs.append((m.group(1), True))
        pos = m.end()
    if pos < len(s):
        segs.append((s[pos:], False))
    return segs


# ---------------------------------------------------------------------------
# Style registry
# ---------------------------------------------------------------------------
STYLES = []   # dicts: family, style, label, desc, gen


def reg(family, style, label, desc, gen):
    STYLES.append(dict(family=family, style=style, label=label, desc=desc, gen=gen))


# Safe look-alike sentences mixed into positive ph records as distractors
PH_DISTRACT = [
    '学校推进“1+X”证书试点，学生取证率明显提高。', '卫生院新购置X光机一台。', '宣传展板规格为2×3米。',
    '在某种程度上，基层力量仍显不足。', '部分终端仍在使用Windows XP系统。', '（注：带★的为省级重点项目。）',
    '【典型案例】', '某些村组垃圾清运不够及时。', '景区成功创建国家AAAA级旅游景区。', '表中“√”表示已完成。',
]


def ph_gen(tpls, masks=('x', 'X'), hits=(1, 3), desc='', layouts=None, distract=0.25, tail=None, fill=(1, 4)):
    def gen(rng):
        ctx = Ctx(rng, mc=rng.choice(masks))
        k = rng.randint(*hits)
        chosen = rng.sample(tpls, k) if k <= len(tpls) else [rng.choice(tpls) for _ in range(k)]
        extra = [rng.choice(PH_DISTRACT)] if rng.random() < distract else []
        doc = compose(rng, ctx, [c for c in chosen if not c.startswith('$')], n_fill=fill,
                      layout=rng.choice(layouts) if layouts else None, extra=extra)
        tails = [c[1:] for c in chosen if c.startswith('$')]
        if tails:
            doc = doc + '\n' + '\n'.join(tails)
        txt = render(doc, ctx)
        if rng.random() < 0.2:
            txt = txt.translate(HALF)
        return parse_spans(txt), desc
    return gen


def ph_table_gen(masks=('x', 'X')):
    def gen(rng):
        ctx = Ctx(rng, mc=rng.choice(masks))
        sep = rng.choice((' | ', '\t', '　', ' ｜ '))
        head = ['序号', '指标名称', '单位', '年度目标', '完成值', '完成率']
        rows = [sep.join(head)]
        inds = rng.sample(PICK['IND'], rng.randint(3, 6))
        nmask = 0
        for i, ind in enumerate(inds, 1):
            unit = rng.choice(('亿元', '万元', '人', '公里', '家', '万吨'))
            tgt = '%.1f' % rng.uniform(5, 900)
            if rng.random() < 0.55:
                val = rng.choice(('⟦⟨M2⟩.⟨M1⟩⟧', '⟦⟨M3⟩⟧', '⟦⟨M2⟩⟧', '⟦待填⟧', '⟦待核实⟧'))
                rate = rng.choice(('⟦⟨M2⟩⟧%', '⟦⟨M3⟩⟧%', '⟦⟨M2⟩.⟨M1⟩⟧%', '—'))
                nmask += 1
            else:
                val = '%.1f' % rng.uniform(5, 900)
                rate = '%.1f%%' % rng.uniform(60, 130)
            rows.append(sep.join([str(i), ind, unit, tgt, val, rate]))
        if nmask == 0:
            rows[-1] = rows[-1].rsplit(sep, 2)[0] + sep + '⟦⟨M2⟩.⟨M2⟩⟧' + sep + '⟦⟨M2⟩⟧%'
        title = rng.choice(('表1  ⟨yr⟩年主要经济指标完成情况', '附表：⟨town⟩重点指标监测表', '⟨yr⟩年目标任务完成情况一览表'))
        doc = compose(rng, ctx, ['¶' + title + '\n' + '\n'.join(rows)], n_fill=(0, 2),
                      layout=rng.choice(('report', 'plain')))
        return parse_spans(render(doc, ctx)), '统计表中未填的数据单元'
    return gen


def ph_roster_gen():
    def gen(rng):
        ctx = Ctx(rng, mc='*')
        lines = [render(rng.choice(('⟨yr⟩年⟨topic⟩补助对象公示名单', '⟨village⟩⟨yr⟩年低保对象公示', '拟表彰人员名单公示')), ctx)]
        lines.append(rng.choice(('序号  姓名  性别  身份证号  联系电话  所在村组', '序号 姓名 性别 身份证号码 手机号 地址')))
        for i in range(1, rng.randint(3, 7)):
            nm = rng.choice(('⟨SN⟩⟦*⟧⟨GN⟩', '⟨SN⟩⟦**⟧', '⟨SN⟩⟦某⟧', '⟨SN⟩⟦某某⟧', '⟨SN⟩⟨GN⟩⟨GN⟩'))
            idn = rng.choice(('⟨ID6⟩⟦********⟧⟨D3⟩⟨IDC⟩', '⟨ID6⟩⟦**********⟧⟨D2⟩', '⟨ID6⟩⟦********⟧⟨D4⟩'))
            ph = rng.choice(('⟨MOB3⟩⟦****⟧⟨D4⟩', '⟨MOB3⟩⟦*****⟧⟨D3⟩'))
            lines.append('  '.join([str(i), nm, rng.choice('男女'), idn, ph, '⟨village⟩' + rng.choice(CN_NUM) + '组']))
        lines.append('公示期：⟨yr⟩年⟨mo⟩月⟨day⟩日起5个工作日。如有异议，请向⟨org⟩反映。')
        return parse_spans(render('\n'.join(lines), ctx)), '公示名单中的脱敏姓名、身份证号和手机号'
    return gen


PH_POS = {
    'ph_households': ('户数、人数以xx代替', [
        '全镇共有脱贫户⟦⟨MR⟩⟧户⟦⟨MR⟩⟧人，监测对象⟦⟨M2⟩⟧户。',
        '⟨village⟩现有常住人口⟦⟨M3⟩⟧户⟦⟨M4⟩⟧人，其中60岁以上老人⟦⟨M3⟩⟧人。',
        '完成⟦⟨M2⟩⟧户易地搬迁安置，搬迁群众全部实现稳定就业。',
        '累计走访困难家庭⟦⟨M3⟩⟧户，建立帮扶台账⟦⟨M2⟩⟧本。',
        '全年新增低保对象⟦⟨M2⟩⟧户，特困供养人员⟦⟨M1⟩⟧人。',
        '发动党员干部⟦⟨M2⟩⟧名、志愿者⟦⟨M3⟩⟧人次参与环境整治。',
        '为⟦⟨M2⟩⟧户群众办理不动产登记，惠及⟦⟨M3⟩⟧人。']),
    'ph_place_street': ('街道、社区、村名以XX代替', [
        '⟦⟨M2⟩⟧街道⟦⟨M2⟩⟧社区被评为“市级文明社区”。',
        '在⟦⟨M2⟩⟧村召开现场推进会，⟨n1⟩个村（社区）负责人参加。',
        '⟦⟨MR⟩⟧社区党委书记作交流发言。',
        '⟦⟨M2⟩⟧片区征拆工作已签约⟨n2⟩户。',
        '协调⟦⟨M2⟩⟧小区物业解决电梯维修问题。',
        '在⟦⟨M2⟩⟧广场开展集中宣传活动，发放资料⟨n3⟩份。']),
    'ph_county_town': ('县、镇、局等层级地名全部以XX代替', [
        '⟦⟨M2⟩⟧县⟦⟨M2⟩⟧镇⟦⟨M2⟩⟧村党支部被表彰为先进基层党组织。',
        '⟦⟨M2⟩⟧市⟦⟨M2⟩⟧区人民政府办公室印发了实施方案。',
        '经⟦⟨M2⟩⟧县⟦⟨M2⟩⟧局审核，⟨n1⟩个项目符合申报条件。',
        '⟦⟨MR⟩⟧省⟦⟨MR⟩⟧市⟨topic⟩现场会在我镇召开。',
        '该纠纷发生在⟦⟨M2⟩⟧乡⟦⟨M2⟩⟧组，经调解已妥善化解。']),
    'ph_year': ('年份部分或全部被x遮盖', [
        '20⟦⟨M2⟩⟧年，全镇⟨topic⟩工作取得新突破。',
        '202⟦⟨M1⟩⟧年度⟨topic⟩考核结果为优秀。',
        '⟦⟨M4⟩⟧年工作计划已报镇党委审定。',
        '截至20⟦⟨M2⟩⟧年底，累计完成投资⟨money⟩万元。',
        '¶⟨town⟩20⟦⟨M2⟩⟧年工作总结',
        '力争到202⟦⟨M1⟩⟧年，⟨topic⟩取得明显成效。']),
    'ph_month_day': ('月、日以x代替，单位词拆分span', [
        '⟨yr⟩年⟦⟨M1⟩⟧月⟦⟨M2⟩⟧日，⟨org⟩召开专题会议，研究部署⟨topic⟩工作。',
        '请于⟦⟨M1⟩⟧月⟦⟨M1⟩⟧日前将材料报送至镇党政办。',
        '⟦⟨M2⟩⟧月⟦⟨M2⟩⟧日至⟦⟨M2⟩⟧月⟦⟨M2⟩⟧日，开展为期一周的集中整治。',
        '会议定于⟦⟨M1⟩⟧月⟦⟨M1⟩⟧日上午召开。',
        '¶报送时间：⟨yr⟩年⟦⟨M1⟩⟧月⟦⟨M1⟩⟧日']),
    'ph_money': ('金额以xx.xx遮盖，分隔符在span内', [
        '全年完成固定资产投资⟦⟨M2⟩.⟨M2⟩⟧亿元，同比增长⟦⟨M1⟩.⟨M1⟩⟧%。',
        '拨付⟨topic⟩专项资金⟦⟨M3⟩⟧万元，惠及群众⟨n3⟩人。',
        '项目总投资⟦⟨M1⟩,⟨M3⟩.⟨M2⟩⟧万元，其中争取上级资金⟦⟨M2⟩⟧万元。',
        '¶资金来源：县级财政⟦⟨M2⟩⟧万元，镇级自筹⟦⟨M2⟩.⟨M1⟩⟧万元。',
        '实现村集体经济收入⟦⟨M2⟩⟧万元，较上年增加⟦⟨M1⟩.⟨M2⟩⟧万元。',
        '发放补贴资金共计⟦⟨M3⟩,⟨M3⟩⟧元。']),
    'ph_percent': ('百分比数值以x遮盖', [
        '全年⟨topic⟩任务完成率达⟦⟨M3⟩⟧%。',
        '同比增长⟦⟨M2⟩.⟨M1⟩⟧%，高于全县平均水平⟦⟨M1⟩.⟨M1⟩⟧个百分点。',
        '群众满意度达到⟦⟨M2⟩⟧%以上。',
        '城镇化率提高到⟦⟨M2⟩.⟨M2⟩⟧%。',
        '¶完成率：⟦⟨M2⟩⟧%',
        '占全年目标任务的⟦⟨M2⟩⟧％。']),
    'ph_fullwidth': ('全角ｘ遮盖数字与地名', [
        '实现财政总收入⟦⟨M2⟩．⟨M2⟩⟧亿元，增长⟦⟨M1⟩．⟨M1⟩⟧％。',
        '⟦⟨M2⟩⟧乡⟦⟨M2⟩⟧村被列为省级示范村。',
        '共计⟦⟨M3⟩⟧人参加培训。',
        '¶填报日期：２０⟦⟨M2⟩⟧年⟦⟨M1⟩⟧月⟦⟨M1⟩⟧日',
        '完成造林⟦⟨M1⟩，⟨M3⟩⟧亩。']),
    'ph_times_mask': ('用××遮盖单位、人名', [
        '⟦⟨M2⟩⟧公司违规倾倒建筑垃圾，已责令整改。',
        '⟦⟨M3⟩⟧同志在会上作表态发言。',
        '¶⟦⟨M2⟩⟧县⟦⟨M2⟩⟧镇⟨topic⟩工作经验交流材料',
        '⟦⟨M2⟩⟧局关于⟨topic⟩的通知要求，各单位于月底前完成自查。',
        '经⟦⟨M2⟩⟧银行协调贷款⟨money⟩万元。']),
    'ph_person_mou': ('人名以某/某某遮盖', [
        '村民⟨SN⟩⟦某⟧反映⟨village⟩路灯损坏问题，镇城管办当天完成维修。',
        '⟨SN⟩⟦某某⟧因违规占用耕地建房被依法查处。',
        '经调解，⟨SN⟩⟦某⟧与⟨SN⟩⟦某某⟧就土地边界纠纷达成一致。',
        '⟦某某某⟧同志任⟨town⟩党委委员。',
        '当事人⟨SN⟩⟦某⟧自愿退还违规领取的补贴资金。',
        '困难群众⟨SN⟩⟦某某⟧家中房屋漏雨，村干部及时协调修缮。']),
    'ph_person_x': ('人名以XX遮盖', [
        '⟨SN⟩⟦⟨M2⟩⟧同志主持会议并讲话。', '⟦⟨M3⟩⟧同志任⟨org⟩主任。', '¶联系人：⟨SN⟩⟦⟨M2⟩⟧',
        '会议由副镇长⟨SN⟩⟦⟨M1⟩⟧主持。', '⟦⟨M3⟩⟧、⟦⟨M3⟩⟧等同志参加调研。']),
    'ph_phone': ('电话号码中间位遮盖，真实数字在span外', [
        '举报电话：⟨MOB3⟩⟦****⟧⟨D4⟩。', '¶联系电话：⟨MOB3⟩⟦⟨M4⟩⟧⟨D4⟩', '¶服务热线：0⟨D3⟩-⟦⟨M7⟩⟧',
        '¶值班电话：⟦⟨M3⟩-⟨M4⟩-⟨M4⟩⟧', '（电话：⟨MOB3⟩⟦⟨M4⟩⟧⟨D4⟩）', '群众可拨打⟨MOB3⟩⟦⟨M4⟩⟧⟨D4⟩咨询。']),
    'ph_idcard': ('身份证号中间位以*遮盖，末位校验码在span外', [
        '¶身份证号：⟨ID6⟩⟦********⟧⟨D3⟩⟨IDC⟩', '申请人⟨SN⟩⟦某⟧，身份证号码⟨ID6⟩⟦⟨M8⟩⟧⟨D3⟩⟨IDC⟩。',
        '经核对，⟨ID6⟩⟦⟨M10⟩⟧⟨D2⟩与户籍信息一致。', '（公民身份号码：⟨ID6⟩19⟦⟨M6⟩⟧⟨D3⟩⟨IDC⟩）']),
    'ph_bankcard': ('银行卡号中间位遮盖', [
        '¶收款账号：⟨D4⟩ ⟦**** ****⟧ ⟨D4⟩', '补贴资金已打入⟨D4⟩⟦⟨M8⟩⟧⟨D4⟩账户。',
        '¶开户行：⟨county⟩农村商业银行  账号：⟨D4⟩ ⟦**** **** ***⟧ ⟨D3⟩', '社保卡号⟨D4⟩⟦⟨M10⟩⟧⟨D3⟩已激活。']),
    'ph_bracket_field': ('【字段名】模板字段未替换', [
        '⟦【⟨FIELD⟩】⟧于⟨yr⟩年⟨mo⟩月组织开展⟨topic⟩专项检查。', '¶填报单位：⟦【单位名称】⟧',
        '⟦【乡镇名称】⟧⟨yr⟩年完成造林⟨n3⟩亩。', '负责人：⟦【姓名】⟧，联系电话：⟦【联系电话】⟧。',
        '全年完成投资⟦【金额】⟧万元。', '¶⟦【标题】⟧']),
    'ph_curly_field': ('{name}/${org}/{{date}}模板变量未替换', [
        '⟦{name}⟧同志：经研究，决定聘请您为⟨town⟩⟨topic⟩监督员。', '尊敬的⟦{{customer_name}}⟧：您的申请已受理。',
        '¶⟦${org}⟧关于⟨topic⟩工作的报告', '本次共检查企业⟦{count}⟧家，发现问题⟦{issues}⟧处。',
        '截至⟦{{date}}⟧，累计完成⟦{{ progress }}⟧%。', '¶落款单位：⟦${unit_name}⟧']),
    'ph_merge_field': ('邮件合并域«姓名»、<<单位>>、MERGEFIELD', [
        '¶⟦«姓名»⟧同志：', '¶⟦<<单位>>⟧：', '兹证明⟦{ MERGEFIELD 姓名 }⟧同志系我单位在职职工。',
        '⟦«单位名称»⟧全年办结事项⟦«完成数»⟧件。', '¶⟦<<乡镇>>⟧人民政府', '应退还⟦{ MERGEFIELD 金额 }⟧元。']),
    'ph_paren_instruction': ('（此处填写…）类填写说明遗留', [
        '全年完成投资⟦（此处填写具体数据）⟧万元。', '¶报送单位：⟦（请填写单位全称）⟧', '完成率⟦（填写百分比）⟧。',
        '主要做法：⟦（此处简要介绍典型经验，200字以内）⟧', '⟦(填写完成时间)⟧前完成验收。', '¶典型案例：⟦（附具体案例）⟧']),
    'ph_word_leftover': ('Word内容控件提示语遗留', [
        '¶填报单位：⟦单击此处输入文字。⟧', '¶填报日期：⟦单击此处输入日期。⟧', '¶联系人：⟦单击或点击此处输入文字。⟧',
        '¶备注：⟦点击或轻击此处以输入文字。⟧', '¶项目名称：⟦Click or tap here to enter text.⟧', '¶主要成效：⟦单击此处输入文字。⟧',
        '¶⟦单击此处添加文本⟧']),
    'ph_tbd_value': ('字段值为待定/TBD等', [
        '¶责任单位：⟦待定⟧', '¶完成时限：⟦待确认⟧', '¶资金来源：⟦待核实⟧', '¶牵头领导：⟦TBD⟧', '¶项目地址：⟦待补充⟧',
        '¶建设周期：⟦TBA⟧', '¶对接人：⟦待填⟧', '¶备注：⟦N/A⟧']),
    'ph_pending_bracket': ('【待补充】等括号待办标记', [
        '典型案例：⟦【待补充】⟧', '全年共办理⟦［待填］⟧件。', '¶受益人数：⟦（待核实）⟧', '资金缺口⟦[待定]⟧万元。',
        '¶⟦【数据待更新】⟧', '截至目前已完成⟦【待补充】⟧%。']),
    'ph_underline': ('下划线空白填写位', [
        '请于⟦____⟧年⟦__⟧月⟦__⟧日前完成自查。', '¶姓名：⟦________⟧ 联系电话：⟦___________⟧',
        '我单位共有⟦____⟧人参加培训。', '¶单位（盖章）：⟦__________⟧', '全年完成⟦______⟧万元。']),
    'ph_square': ('□遮盖地名、人名', [
        '⟦□□⟧村⟨topic⟩工作推进缓慢。', '⟦□□□⟧同志被评为优秀共产党员。', '⟦□□⟧县⟦□□⟧镇⟨topic⟩工作推进会在我镇召开。',
        '⟨SN⟩⟦□□⟧反映的问题已办结。', '在⟦□□⟧路段设置警示标志⟨n1⟩处。']),
    'ph_circle': ('○遮盖地名、人名', [
        '¶⟦○○⟧乡⟨topic⟩工作经验材料', '⟦○○○⟧同志任⟨org⟩副主任。', '⟦○○⟧村⟦○○⟧组村民反映道路破损问题。',
        '委托⟦○○⟧公司开展第三方评估。']),
    'ph_plate': ('车牌号部分遮盖', [
        '车牌号为⟨PROV⟩⟨L⟩⟦⟨M3⟩⟧⟨D2⟩的货车超载被查处。', '¶车辆号牌：⟨PROV⟩⟨L⟩·⟦⟨M5⟩⟧', '查扣⟨PROV⟩⟨L⟩⟦⟨M2⟩⟧⟨D3⟩号非法营运车辆。']),
    'ph_docnum': ('文号中的代字、年份、序号遮盖', [
        '根据《关于印发⟨topic⟩实施方案的通知》（⟦⟨M2⟩⟧政办发〔⟨yr⟩〕⟦⟨M2⟩⟧号）精神，结合实际制定本方案。',
        '¶⟨county⟩⟦⟨M2⟩⟧发〔20⟦⟨M2⟩⟧〕⟦⟨M1⟩⟧号', '¶文号：⟦⟨M1⟩⟧政发〔⟨yr⟩〕⟦⟨M2⟩⟧号']),
    'ph_address': ('门牌地址遮盖', [
        '¶办公地址：⟨county⟩⟦⟨M2⟩⟧大道⟦⟨M2⟩⟧号', '⟦⟨M2⟩⟧小区⟦⟨M1⟩⟧栋⟦⟨M1⟩⟧单元⟦⟨M3⟩⟧室住户反映漏水问题。',
        '在⟨county⟩⟦⟨M2⟩⟧路⟦⟨M3⟩⟧号设立临时安置点。']),
    'ph_email': ('邮箱用户名遮盖', ['¶电子邮箱：⟦⟨M6⟩⟧@⟨MAILDOM⟩', '材料请发送至⟦⟨M8⟩⟧@⟨MAILDOM⟩。',
                               '¶投稿邮箱：⟦⟨M5⟩⟧@⟨MAILDOM⟩']),
    'ph_time': ('时刻以xx:xx遮盖', ['于⟨mo⟩月⟨day⟩日⟦⟨M2⟩:⟨M2⟩⟧在镇三楼会议室召开。', '请于上午⟦⟨M1⟩:⟨M2⟩⟧前签到。',
                              '¶时间：⟦⟨M2⟩：⟨M2⟩⟧至⟦⟨M2⟩：⟨M2⟩⟧']),
    'ph_area': ('面积、长度遮盖', ['新增绿化面积⟦⟨M3⟩⟧平方米。', '流转土地⟦⟨M2⟩⟧亩。', '完成植树造林⟦⟨M1⟩.⟨M1⟩⟧公顷。',
                              '新建通组公路⟦⟨M2⟩⟧公里，硬化入户路⟦⟨M1⟩.⟨M1⟩⟧公里。']),
    'ph_ordinal': ('序数遮盖', ['召开第⟦⟨M1⟩⟧次党委会专题研究。', '第⟦⟨M1⟩⟧季度考核排名全县第⟦⟨M1⟩⟧。', '¶（第⟦⟨M2⟩⟧期）',
                               '¶⟨topic⟩工作简报第⟦⟨M2⟩⟧期']),
    'ph_square_bracket_cn': ('［项目名称］、[单位名称]等方括号字段', [
        '⟦［项目名称］⟧已完成立项。', '¶⟦[单位名称]⟧⟨yr⟩年工作总结', '¶报送：⟦〈填报单位〉⟧', '¶⟦〔乡镇名〕⟧人民政府']),
    'ph_english_field': ('英文模板字段', ['¶甲方：⟦⟨ENFIELD⟩⟧', '¶日期：⟦[Date]⟧', '本项目由⟦[Company Name]⟧负责实施。',
                                         '¶⟦[Project Title]⟧ 项目简介', '全年完成⟦[Amount]⟧万元。']),
    'ph_sign_block': ('落款单位和日期全部遮盖', [
        '$⟦⟨M2⟩⟧县⟦⟨M2⟩⟧局\n20⟦⟨M2⟩⟧年⟦⟨M1⟩⟧月⟦⟨M1⟩⟧日', '$⟦⟨M2⟩⟧镇人民政府\n⟦⟨M4⟩⟧年⟦⟨M1⟩⟧月⟦⟨M1⟩⟧日',
        '$中共⟦⟨M2⟩⟧镇委员会\n202⟦⟨M1⟩⟧年⟦⟨M2⟩⟧月⟦⟨M2⟩⟧日']),
    'ph_mou_org': ('单位名以某某遮盖', ['⟦某某⟧公司未按要求落实安全生产主体责任。', '⟦某某⟧村“两委”班子团结协作。',
                                     '⟦某某⟧专业合作社带动农户⟨n2⟩户。', '⟨county⟩⟦某某⟧镇党委书记作表态发言。',
                                     '对⟦某某⟧有限公司作出行政处罚。']),
    'ph_credit_code': ('统一社会信用代码部分遮盖', ['¶统一社会信用代码：91⟨D4⟩⟦⟨M8⟩⟧⟨D3⟩⟨L⟩',
                                                 '（信用代码：92⟨D4⟩⟦⟨M8⟩⟧⟨D3⟩⟨L⟩）']),
    'ph_social_id': ('微信号、QQ号遮盖', ['¶微信号：⟦⟨M8⟩⟧', '¶QQ群：⟦⟨M9⟩⟧', '关注“⟦⟨M2⟩⟧发布”微信公众号获取最新消息。']),
    'ph_name_star': ('名字中间字以*遮盖', ['¶1. ⟨SN⟩⟦*⟧⟨GN⟩  ⟨village⟩  ⟨money⟩元', '困难群众⟨SN⟩⟦**⟧获得临时救助。',
                                          '¶获奖人员：⟨SN⟩⟦*⟧⟨GN⟩、⟨SN⟩⟦*⟧⟨GN⟩、⟨SN⟩⟦*⟧']),
    'ph_printf': ('程序格式符%d/%s遗留', ['全年完成投资⟦%d⟧万元。', '同比增长⟦%.1f⟧%。', '¶⟦%s⟧镇⟨yr⟩年工作总结',
                                         '共为⟦%(count)d⟧名群众办理业务。', '¶填报单位：⟦%s⟧']),
    'ph_heading': ('标题中的遮盖', ['¶⟦⟨M2⟩⟧镇⟨yr⟩年工作总结', '¶关于⟦⟨M3⟩⟧同志的考察报告',
                                  '¶⟦⟨M2⟩⟧县⟨topic⟩实施方案（征求意见稿）', '¶⟦⟨M2⟩⟧街道⟦⟨M4⟩⟧年度述职报告']),
    'ph_contact': ('联系人与电话整体遮盖', ['¶联系人：⟦⟨M3⟩⟧　联系电话：⟦⟨M8⟩⟧', '¶联系人：⟨SN⟩⟦⟨M2⟩⟧，电话：0⟨D3⟩-⟦⟨M7⟩⟧',
                                          '¶经办人：⟦⟨M3⟩⟧  审核人：⟦⟨M3⟩⟧']),
    'ph_range': ('区间两端分别遮盖', ['年龄在⟦⟨M2⟩⟧至⟦⟨M2⟩⟧岁之间的劳动力均可报名。', '工期为⟦⟨M1⟩⟧到⟦⟨M1⟩⟧个月。',
                                    '每亩补贴⟦⟨M2⟩⟧至⟦⟨M3⟩⟧元。']),
    'ph_todo_bracket': ('TODO/待办标记', ['¶⟦【TODO：补充数据来源】⟧', '全年完成投资⟦[TODO]⟧万元。', '¶牵头单位：⟦（TBD）⟧',
                                          '¶⟦【待办：核对金额】⟧']),
}


def _multi_pool():
    pool = []
    for k in ('ph_households', 'ph_money', 'ph_month_day', 'ph_person_mou', 'ph_bracket_field', 'ph_percent',
              'ph_year', 'ph_tbd_value', 'ph_place_street'):
        pool.extend(PH_POS[k][1])
    return pool


for _st, (_d, _t) in PH_POS.items():
    _masks = {'ph_fullwidth': ('ｘ', 'Ｘ'), 'ph_times_mask': ('×',), 'ph_idcard': ('*', '＊'),
              'ph_bankcard': ('*',), 'ph_underline': ('_', '_', '＿'), 'ph_plate': ('*', 'X'),
              'ph_credit_code': ('X', '*'), 'ph_person_x': ('X', 'X', 'x'), 'ph_year': ('x', 'X', 'X'),
              'ph_sign_block': ('X', 'x', '×')}.get(_st, ('x', 'X'))
    if _st == 'ph_underline':
        _t = [re.sub(r'⟦(_+)⟧', lambda m: '⟦⟨M%d⟩⟧' % len(m.group(1)), x) for x in _t]
    if _st in ('ph_square', 'ph_circle'):
        _t = [re.sub(r'⟦([□○]+)⟧', lambda m: '⟦%s⟧' % m.group(1), x) for x in _t]
    reg('ph', _st, 'placeholder', _d, ph_gen(_t, masks=_masks, desc=_d))
reg('ph', 'ph_table', 'placeholder', '统计表中未填的数据单元', ph_table_gen())
reg('ph', 'ph_roster', 'placeholder', '公示名单中的脱敏姓名、身份证号和手机号', ph_roster_gen())
reg('ph', 'ph_multi', 'placeholder', '一段话中多种占位符并存',
    ph_gen(_multi_pool(), hits=(3, 5), desc='一段话中多种占位符并存', fill=(1, 3)))


PH_NEG = {
    'ph_neg_1plusx': ('“1+X”“7+X”等政策名称中的X', [
        '学校积极推进“1+X”证书制度试点，⟨n2⟩名学生取得职业技能等级证书。',
        '实施“7+X”重点产业链链长制，⟨n1⟩条产业链实现延链补链。',
        '构建“1+X”综合执法体系，其中“1”为综合执法队，“X”为各成员单位。',
        '在“3+1+X”课程体系下，学校开设校本选修课⟨n1⟩门。', '推行“N+X”网格服务模式，实现一格多员。']),
    'ph_neg_x86_tech': ('x86、X光等技术词', [
        '采购x86架构服务器⟨n1⟩台，原有业务系统逐步迁移。', '乡镇卫生院新配备DR数字X光机⟨n1⟩台。',
        '完成⟨n2⟩台办公终端由x86平台向国产平台的迁移。', '对压力管道焊缝开展X射线探伤检测⟨n2⟩处。',
        '安装x64位操作系统的终端全部完成补丁升级。']),
    'ph_neg_chromosome': ('XX/XY染色体等生物医学用语', [
        '健康讲座介绍了性染色体知识：女性为XX，男性为XY。', '产前筛查发现染色体异常（如XXY）时，应及时转诊。',
        '生物课上，教师用模型演示XX与XY染色体的区别。', '县妇幼保健院开展出生缺陷防治宣传，讲解XXY综合征等常识。']),
    'ph_neg_dimensions': ('尺寸、分辨率中的×', [
        '宣传展板规格统一为3×4米。', '指挥中心大屏分辨率为1920×1080。', '蓄水池按2.5×1.2×0.8米标准建设。',
        '广场设置⟨n1⟩×⟨n1⟩的方阵表演区。', '采用5×5公里网格划分巡查责任区。']),
    'ph_neg_windows_xp': ('Windows XP、Mac OS X 等软件名', [
        '全面停用Windows XP系统终端⟨n2⟩台。', '部分老旧电脑仍运行Windows XP，存在安全隐患。',
        '设计室的Mac OS X工作站已纳入资产台账。', '机房⟨n1⟩台服务器由Windows Server 2008升级至新版本。']),
    'ph_neg_model_numbers': ('设备型号、产品编码', [
        '采购ZX7-400型电焊机⟨n1⟩台。', '配备DX-35型植保无人机⟨n1⟩架。', '产品编码XJ2035A已完成备案。',
        '执行GB/T 19001—2016质量管理体系标准。', '更换SXL-12型水泵⟨n1⟩台。', '安装XC-2000型空气质量监测仪。']),
    'ph_neg_math': ('数学式中的x', [
        '中心小学开展“同课异构”教研活动，教师以“解方程2x+1=7”为例讲解等式性质。',
        '函数y=3x²−2x+1的图像开口向上。', '若x>0，则x+1/x≥2，该例题被选入校本练习册。',
        '学生在坐标系中画出点P(2,3)到x轴的距离。', '课堂练习：已知f(x)=ax+b，且f(1)=3，求a与b的关系。']),
    'ph_neg_mou_legit': ('某种程度上、某些等合法用“某”', [
        '在某种程度上，基层治理力量仍显不足。', '某些村组垃圾清运还不够及时。', '个别单位在某一环节存在衔接不畅问题。',
        '某个时段游客较多，交通压力较大。', '制度建设不能因某个人的变动而改变。', '从某种意义上讲，产业振兴是乡村振兴的基础。']),
    'ph_neg_times_calc': ('乘法计算中的×', [
        '误工补贴按120元×15人×3天标准核定。', '应发绩效＝基本绩效×考核系数。', '培训费按⟨n2⟩元/人×⟨n1⟩人计算。',
        '补助标准为每亩⟨n2⟩元×实际面积。']),
    'ph_neg_roman_century': ('罗马数字世纪、届次', [
        '该水库建于XX世纪五十年代，已运行六十余年。', '古镇建筑群可追溯至XVIII世纪。',
        '代表团参加了第XII届国际园艺博览会。', '进入XXI世纪以来，我县城镇面貌发生深刻变化。']),
    'ph_neg_clothing_sizes': ('XL、XXL等尺码', [
        '为网格员统一采购XL、XXL、XXXL三种尺码的工作服。', '救灾物资中防寒服以XXL码为主。',
        '志愿者马甲按S、M、L、XL码分发。']),
    'ph_neg_bracket_headings': ('【说明】等正常栏目标题', [
        '¶【说明】本表数据来源于县统计局快报。', '¶【典型案例】⟨village⟩推行“积分制”治理', '¶【背景】',
        '¶【专栏1】⟨topic⟩重点任务', '¶【相关链接】', '¶【图片新闻】⟨town⟩开展⟨topic⟩宣传']),
    'ph_neg_code_snippet': ('信息技术培训材料中的代码', [
        '培训中演示了Python格式化写法：print(f"欢迎您，{name}")。',
        '讲师介绍了SQL查询语句：SELECT * FROM case_list WHERE status = 1;',
        'Shell脚本中的${HOME}表示当前用户主目录。', '模板语言里{{ title }}会在渲染时替换为页面标题。']),
    'ph_neg_contract_parties': ('合同中的甲方、乙方', [
        '¶甲方：⟨org⟩', '¶乙方：⟨county⟩⟨PLACE2⟩建设工程有限公司', '甲乙双方本着平等自愿原则签订本协议。',
        '乙方应于合同签订后⟨n1⟩日内进场施工。']),
    'ph_neg_full_numbers': ('完整真实的电话、邮箱', [
        '¶联系电话：0⟨D3⟩-⟨D7⟩', '¶手机：⟨MOB3⟩⟨D8⟩', '政务服务便民热线12345全天候受理群众诉求。',
        '¶电子邮箱：zwfw⟨D4⟩@163.com']),
    'ph_neg_pending_prose': ('正文中的“待定”“待核实”等叙述', [
        '具体开班时间另行通知，人选尚待确定。', '对待定事项，会议明确由分管领导牵头研究。',
        '待核实情况属实后，按规定兑现奖励资金。', '待补充材料齐全后再行审批。', '项目选址尚待进一步论证。']),
    'ph_neg_star_footnote': ('星号脚注、星级、分隔符', [
        '（注：带*号的为约束性指标。）', '全县新增四星级★★★★农家乐⟨n1⟩家。', '¶* * *', '¶*数据来源：县统计局快报。',
        '¶**一、主要做法**']),
    'ph_neg_checkbox': ('表单中的□复选框', [
        '¶是否完成：□是 □否', '¶☑已完成 □未完成', '¶审核意见：□同意 □不同意', '¶□新建 □改建 □扩建']),
    'ph_neg_circle_bullets': ('○●作为图例和评价符号', [
        '表中○表示基本完成，●表示全面完成。', '¶评价等级：●●●○○', '¶○ 组织保障到位', '（图例：◎为县级示范点，○为镇级示范点）']),
    'ph_neg_snake_case': ('数据库字段名中的下划线', [
        '系统数据表新增字段create_time和org_code。', '接口返回的user_id字段用于关联办件记录。',
        '程序入口为__init__方法，由开发人员负责维护。']),
    'ph_neg_shapes': ('X型、T形等形状字母', [
        '桥梁采用X型钢支撑加固。', '在T形路口增设减速带⟨n1⟩处。', '健康讲座提醒家长关注儿童X型腿问题。',
        '边坡防护采用X形交叉锚杆。']),
    'ph_neg_aaaa_grades': ('AAAA级景区、A级纳税人等等级', [
        '景区成功创建国家AAAA级旅游景区。', '全县A级纳税人增至⟨n2⟩户。', '⟨n1⟩家企业获评AAA级信用企业。',
        '推动⟨village⟩创建3A级景区村庄。']),
    'ph_neg_chem': ('NOx、SOx等化学式', [
        '重点企业氮氧化物（NOx）排放量同比下降⟨pct1⟩%。', '燃煤锅炉改造后SOx排放明显减少。',
        'PM2.5年均浓度为⟨n1⟩微克/立方米。', '加强VOCs治理，完成⟨n1⟩家企业提标改造。']),
    'ph_neg_manual_click': ('软件操作手册中的“单击”', [
        '用户可单击“新增”按钮录入数据。', '在弹出窗口中单击“确定”即可完成提交。',
        '点击页面右上角的“导出”按钮，可下载办件清单。']),
    'ph_neg_checkmark': ('√、×作为完成标记', [
        '表中“√”表示已完成，“×”表示未完成。', '¶完成情况：√', '¶（√/×）是否达标：√']),
    'ph_neg_version_x': ('3.x等版本号写法', [
        '平台前端由Vue 2.x升级至Vue 3。', '开发环境要求Python 3.x及以上版本。', '该系统兼容IPv4和IPv6网络。']),
    'ph_neg_anon_statement': ('脱敏声明本身', [
        '（文中涉及当事人信息已作脱敏处理。）', '（注：为保护个人隐私，案例中人名均为化名。）',
        '公示信息已按规定隐去身份证号等敏感内容。']),
    'ph_neg_clean_report': ('普通无占位符的工作报告', ['⟨yr⟩年，⟨town⟩全面完成各项目标任务。']),
}
PICK['PLACE2'] = [a + b for a in P1[:8] for b in P2[:6]]


def ph_neg_gen(tpls, desc):
    def gen(rng):
        ctx = Ctx(rng)
        k = rng.randint(1, 3)
        chosen = rng.sample(tpls, min(k, len(tpls)))
        doc = compose(rng, ctx, chosen, n_fill=(1, 4))
        txt = render(doc, ctx)
        if rng.random() < 0.2:
            txt = txt.translate(HALF)
        return [(txt, False)], desc
    return gen


for _st, (_d, _t) in PH_NEG.items():
    reg('ph', _st, 'negative', _d, ph_neg_gen(_t, _d))


# ---------------------------------------------------------------------------
# Mojibake machinery
# ---------------------------------------------------------------------------
def _is_cjk(c):
    return '\u4e00' <= c <= '\u9fff'


KX = {}
for _cp in range(0x2F00, 0x2FD6):
    KX.setdefault(unicodedata.normalize('NFKC', chr(_cp)), chr(_cp))
for _cp in range(0xF900, 0xFADA):
    _n = unicodedata.normalize('NFKC', chr(_cp))
    if len(_n) == 1 and _is_cjk(_n) and _n not in KX:
        KX[_n] = chr(_cp)

def _can(enc, s):
    try:
        s.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


RARE = [c for c in '玥堃喆昇镕赟珺祎琍燊垚犇彧旻璟珣瑄翀' if _can('gbk', c) and not _can('gb2312', c)]
PICK['RARENAME'] = [s + r for s in SURN[:40] for r in RARE] + [s + g + r for s in SURN[40:60] for g in GIVEN[:4] for r in RARE[:6]]
EMOJI4 = list('🎉👍📢🌾🔥💪🏆🎊🌸📌👏🚩🌟🎈📣')
EMOJI_ALL = EMOJI4 + list('✅⭐☀✨❗')
PY = dict(zip('發區領導動現濟會際項設開務關進級產實護聯億萬專層興華質環協廣資農業鄉員機黨貫徹階將對強幹為與時來國過後經點體學題條據統籌穩',
              'fā qū lǐng dǎo dòng xiàn jì huì jì xiàng shè kāi wù guān jìn jí chǎn shí hù lián yì wàn zhuān céng xìng huá '
              'zhì huán xié guǎng zī nóng yè xiāng yuán jī dǎng guàn chè jiē jiāng duì qiáng gàn wèi yǔ shí lái guó guò '
              'hòu jīng diǎn tǐ xué tí tiáo jù tǒng chóu wěn'.split()))
TRAD = [
    '上半年，本街道立足新發展階段，統籌推進經濟社會發展各項工作。',
    '在區委、區政府的正確領導下，全體幹部群眾團結一心，各項事業取得新進展。',
    '完成規模以上工業總產值⟨yi⟩億元，同比增長⟨pct1⟩%。',
    '重點項目建設穩步推進，⟨n1⟩個項目實現開工。',
    '加強黨員教育管理，開展專題學習⟨n1⟩次。',
    '協調解決群眾反映的熱點難點問題⟨n2⟩個。',
    '現將有關工作開展情況匯報如下：',
    '推動鄉村振興與生態環境保護協同發展。',
    '全面落實安全生產責任制，開展隱患排查⟨n2⟩次。',
    '聯合相關部門開展食品安全專項整治行動。',
    '進一步完善基層治理體系，提升服務群眾能力。',
    '新增城鎮就業⟨n3⟩人，農村勞動力轉移就業⟨n3⟩人。',
    '投入資金⟨money⟩萬元，實施農村人居環境整治工程。',
    '強化社會治安綜合治理，轄區保持和諧穩定。',
    '加快數字政府建設，⟨n2⟩項政務服務實現網上辦理。',
    '貫徹落實上級決策部署，確保各項任務按時完成。',
]
TRAD_HEAD = ['一、上半年工作落實情況', '（一）推進重點項目建設，經濟平穩發展', '二、存在問題', '三、下一步工作計劃',
             '（二）加強基層黨建，凝聚發展合力']
QUOTE_SENT = [
    '深入推进“放管服”改革，打造“⟨topic⟩”服务品牌。', '坚持“一月一调度、一季一通报”工作机制。',
    '开展“文明家庭”“最美庭院”评选活动——共评出先进典型⟨n2⟩户。', '群众称赞：‘办事真方便’……',
    '把‘小事不出村、大事不出镇’落到实处。', '推行“首问负责制”“限时办结制”。',
]
AMP_SENT = ['与诺森&贝克咨询公司签订⟨topic⟩第三方评估合同。', '企业研发（R&D）投入同比增长⟨pct1⟩%。',
            'K&M精密机械项目完成设备安装。', '引导企业通过M&A方式实现兼并重组。']
EMOJI_SENT = ['⟨E⟩热烈祝贺⟨town⟩获评“⟨topic⟩示范乡镇”！', '为坚守一线的志愿者点赞⟨E⟩！',
              '⟨E⟩重要通知：⟨topic⟩工作会议定于⟨mo⟩月⟨day⟩日召开。', '丰收时节，⟨village⟩稻谷飘香⟨E⟩。',
              '⟨E⟩报名火热进行中，欢迎广大群众踊跃参与。']
RARE_SENT = ['⟨RARENAME⟩同志当选为⟨village⟩党支部书记。', '由⟨RARENAME⟩负责具体对接工作。', '¶联系人：⟨RARENAME⟩',
             '⟨RARENAME⟩等⟨n1⟩名同志被评为优秀网格员。']
FIELD_SENT = ['¶联系人：⟨person⟩', '¶填报单位：⟨org⟩', '¶项目名称：⟨project⟩', '¶审核人：⟨person⟩']
MJ_DISTRACT = ['外籍专家Jürgen Wölfel出席签约仪式。', '设增长系数为α。', '人均绿地面积达⟨n1⟩㎡。',
               '与诺森&贝克咨询公司开展合作。', '“十四五”规划确定的目标任务……']

CLAUSE_RE = re.compile(r'[^，。；：、,;:！？!?\s（）()“”‘’《》|\t]{4,}')
SENT_RE = re.compile(r'[^。！？\n]{6,}?[。！？]')
QUOTE_RE = re.compile(r'[“”‘’—…·《》]+')
ENT_NAMES = {'“': ('&ldquo;', '&#8220;', '&#x201C;'), '”': ('&rdquo;', '&#8221;', '&#x201D;'),
             '‘': ('&lsquo;', '&#8216;'), '’': ('&rsquo;', '&#8217;'), '—': ('&mdash;', '&#8212;'),
             '…': ('&hellip;', '&#8230;'), '·': ('&middot;', '&#183;'), '《': ('&#12298;',), '》': ('&#12299;',),
             '&': ('&amp;', '&#38;')}


class Retry(Exception):
    pass


def mj_segs(text):
    segs = []
    for i, line in enumerate(text.split('\n')):
        if i:
            segs.append(['\n', 'F'])
        if line:
            segs.append([line, None])
    return segs


def _is_span(segs, i):
    return 0 <= i < len(segs) and segs[i][1] not in (None, 'F')


def _ranges(t, gran, seg_i, segs):
    out = []
    if gran == 'word':
        for w in WORDS:
            for m in re.finditer(re.escape(w), t):
                out.append((m.start(), m.end()))
    elif gran == 'clause':
        out = [m.span() for m in CLAUSE_RE.finditer(t)]
    elif gran == 'sent':
        for m in SENT_RE.finditer(t):
            s0 = m.start()
            while s0 < m.end() and t[s0].isspace():
                s0 += 1
            out.append((s0, m.end()))
    elif gran in ('line', 'head', 'para', 'row'):
        st = len(t) - len(t.lstrip())
        at_bol = seg_i == 0 or segs[seg_i - 1][1] == 'F'
        at_eol = seg_i == len(segs) - 1 or segs[seg_i + 1][1] == 'F'
        body = t[st:]
        if at_bol and at_eol and len(body) >= 4:
            if gran == 'line' or (gran == 'head' and len(body) <= 32 and '。' not in body) or \
                    (gran == 'para' and len(body) >= 40) or (gran == 'row' and ('|' in body or '\t' in body)):
                out = [(st, len(t))]
    elif gran == 'cell':
        out = [m.span() for m in re.finditer(r'[^|\t\s][^|\t]*[^|\t\s]', t)] if ('|' in t or '\t' in t) else []
    elif gran == 'field':
        m = re.match(r'^\s*[\u4e00-\u9fff]{2,6}[：:]\s*(\S.{1,28})$', t)
        if m and (seg_i == 0 or segs[seg_i - 1][1] == 'F'):
            out = [m.span(1)]
    elif gran == 'quote':
        out = [m.span() for m in QUOTE_RE.finditer(t)]
    elif gran == 'amp':
        out = [m.span() for m in re.finditer('&', t)]
    elif gran == 'rare':
        out = [(i, i + 1) for i, c in enumerate(t) if c in RARE]
    elif gran == 'emoji':
        out = [(i, i + 1) for i, c in enumerate(t) if c in EMOJI_ALL]
    elif gran == 'emoji4':
        out = [(i, i + 1) for i, c in enumerate(t) if c in EMOJI4]
    elif gran == 'kx':
        out = [m.span() for m in SENT_RE.finditer(t)] + [m.span() for m in CLAUSE_RE.finditer(t)]
    elif gran == 'any':
        out = [m.span() for m in CLAUSE_RE.finditer(t)] + [m.span() for m in SENT_RE.finditer(t)]
        for w in WORDS:
            for m in re.finditer(re.escape(w), t):
                out.append((m.start(), m.end()))
    return out


def candidates(segs, gran):
    res = []
    for i, (t, tag) in enumerate(segs):
        if tag is not None:
            continue
        lb, rb = _is_span(segs, i - 1), _is_span(segs, i + 1)
        for s, e in _ranges(t, gran, i, segs):
            if s == 0 and lb or e == len(t) and rb or e <= s:
                continue
            res.append((i, s, e))
    return sorted(set(res))


def apply_damage(rng, segs, gran, maker, tries=12):
    cands = candidates(segs, gran)
    if not cands:
        return False
    for _ in range(tries):
        i, s, e = rng.choice(cands)
        t = segs[i][0]
        clean = t[s:e]
        res = maker(rng, clean)
        if res is None:
            continue
        dam, recipe, lossy = res[:3]
        for trim in ((res[3], 'ascii') if len(res) > 3 else ('ascii',)):
            done = _try_place(segs, i, s, e, clean, dam, recipe, lossy, trim)
            if done:
                return True
    return False


def _try_place(segs, i, s, e, clean, dam, recipe, lossy, trim):
    t = segs[i][0]
    n = 0 if trim == 'none' else min(len(clean), len(dam))
    a = 0
    while a < n and clean[a] == dam[a] and (trim == 'any' or ord(clean[a]) < 128):
        a += 1
    b = 0
    while b < n - a and clean[-1 - b] == dam[-1 - b] and (trim == 'any' or ord(clean[-1 - b]) < 128):
        b += 1
    core = clean[a:len(clean) - b]
    span = dam[a:len(dam) - b]
    if not span or span == core:
        return False
    if lossy:
        if '|' in core or ']' in core:
            return False
        rec = recipe + '=' + core
    else:
        rec = recipe
    if check_mj_span(span, rec):
        return False
    if not lossy:
        try:
            if inverse(recipe, span) != core:
                return False
        except Exception:
            return False
    pre, post = t[:s + a], t[e - b:]
    new = ([[pre, None]] if pre else []) + [[span, rec]] + ([[post, None]] if post else [])
    segs[i:i + 1] = new
    return True


def insert_at(rng, segs, where, material, kind, tries=1):
    cands = []
    for i, (t, tag) in enumerate(segs):
        if tag is not None:
            continue
        lb, rb = _is_span(segs, i - 1), _is_span(segs, i + 1)
        bol = i == 0 or segs[i - 1][1] == 'F'
        eol = i == len(segs) - 1 or segs[i + 1][1] == 'F'
        if where == 'docstart':
            ps = [0] if i == 0 else []
        elif where == 'start':
            ps = [0] if bol else []
        elif where == 'end':
            ps = [len(t)] if eol else []
        elif where == 'inword':
            ps = [p for p in range(1, len(t)) if _is_cjk(t[p - 1]) and _is_cjk(t[p])]
        elif where == 'sentend':
            ps = [p for p in range(1, len(t)) if t[p - 1] in '。，；：']
        else:
            ps = list(range(1, len(t)))
        for p in ps:
            if p == 0 and lb or p == len(t) and rb:
                continue
            cands.append((i, p))
    if not cands:
        return False
    i, p = rng.choice(cands)
    mat = material(rng) if callable(material) else rng.choice(material)
    rec = 'del:' + kind
    if check_mj_span(mat, rec):
        raise ValueError('bad material %r for %s' % (mat, kind))
    t = segs[i][0]
    new = ([[t[:p], None]] if p else []) + [[mat, rec]] + ([[t[p:], None]] if p < len(t) else [])
    segs[i:i + 1] = new
    return True


# makers -------------------------------------------------------------------
def mk_codec(chain, mode='auto', q=False):
    strict = '+'.join('%s>%s' % ed for ed in chain)

    def m(rng, clean):
        if mode != 'always':
            try:
                return forward(strict, clean), strict, False
            except (UnicodeError, ValueError):
                if mode == 'never':
                    return None
        steps = []
        s = clean
        for e, d in chain:
            st = '%s>%s!r' % (e, d) if _can(e, s) else '%s!r>%s!r' % (e, d)
            s = fwd_step(st, s)
            steps.append(st)
        if q:
            steps.append('q')
            s = fwd_step('q', s)
        return s, '+'.join(steps), True
    return m


def mk_fixed(recipe, lossy):
    def m(rng, clean):
        try:
            out = forward(recipe, clean)
        except (UnicodeError, ValueError):
            return None
        if recipe == 'gbkshift':
            k = 0
            while k < min(len(out), len(clean)) and out[-1 - k] == clean[-1 - k]:
                k += 1
            if len(out) - k < 3:
                return None
            return out, recipe, lossy, 'any'
        return out, recipe, lossy
    return m


def mk_ent(times):
    def m(rng, clean):
        out = ''.join(rng.choice(ENT_NAMES[c]) if c in ENT_NAMES else c for c in clean)
        if out == clean:
            return None
        if times == 2:
            out = out.replace('&', '&amp;')
        return out, 'ent' if times == 1 else 'ent2', False, 'none'
    return m


def mk_ncr(rng, clean):
    hexa = rng.random() < 0.3
    return ''.join(('&#x%X;' % ord(c) if hexa else '&#%d;' % ord(c)) if ord(c) > 127 else c for c in clean), 'ent', False


def mk_mime(rng, clean):
    cs = rng.choice(('utf-8', 'utf-8', 'gb2312', 'gbk'))
    if not _can(cs, clean):
        cs = 'utf-8'
    return mime_word(clean, cs, rng.choice('BBQ')), 'mime', False


def mk_esc(rng, clean):
    up = rng.random() < 0.3
    out = ''.join((('\\u%04X' if up else '\\u%04x') % ord(c)) if ord(c) > 127 else c for c in clean)
    if '\\' in clean:
        return None
    return out, 'esc', False


def mk_besc(rng, clean):
    return ''.join(('\\x%02x' % x) if x > 127 else chr(x) for x in clean.encode('utf-8')), 'besc', False


def mk_nfkc(rng, clean):
    out = ''.join(KX[c] if c in KX and rng.random() < 0.9 else c for c in clean)
    if out == clean:
        return None
    return out, 'nfkc', False, 'any'


# operations ---------------------------------------------------------------
def D(gran, maker):
    grans = gran if isinstance(gran, tuple) else (gran,)
    return lambda rng, segs: apply_damage(rng, segs, rng.choice(grans), maker)


def I(where, material, kind):
    wheres = where if isinstance(where, tuple) else (where,)
    return lambda rng, segs: insert_at(rng, segs, rng.choice(wheres), material, kind)


def op_tag_wrap(rng, segs):
    """<strong>clause</strong>: two tag spans around a clean clause"""
    cands = candidates(segs, 'clause')
    if not cands:
        return False
    i, s, e = rng.choice(cands)
    t = segs[i][0]
    o, c = rng.choice((('<strong>', '</strong>'), ('<b>', '</b>'), ('<span style="color:#c00000">', '</span>'),
                       ('<u>', '</u>'), ('<font face="黑体">', '</font>')))
    new = ([[t[:s], None]] if s else []) + [[o, 'del:tag'], [t[s:e], 'F'], [c, 'del:tag']] + \
          ([[t[e:], None]] if e < len(t) else [])
    segs[i:i + 1] = new
    return True


def op_pinyin(rng, segs):
    out = []
    n = 0
    for i, (t, tag) in enumerate(segs):
        if tag is not None:
            out.append([t, tag])
            continue
        buf = ''
        for p, c in enumerate(t):
            buf += c
            if c in PY and rng.random() < 0.7 and not (p == len(t) - 1 and _is_span(segs, i + 1)):
                out.append([buf, None])
                buf = ''
                out.append([('（%s）' if rng.random() < 0.25 else '(%s)') % PY[c], 'del:py'])
                n += 1
        if buf:
            out.append([buf, None])
    segs[:] = out
    return n > 0


def op_esc_newline(rng, segs):
    cands = [i for i, (t, tag) in enumerate(segs) if tag == 'F' and t == '\n'
             and not _is_span(segs, i - 1) and not _is_span(segs, i + 1)]
    if not cands:
        return False
    for i in rng.sample(cands, rng.randint(1, min(3, len(cands)))):
        if not _is_span(segs, i - 1) and not _is_span(segs, i + 1):
            segs[i] = [rng.choice(('\\n', '\\n', '\\r\\n')), 'esc']
    return True


def op_esc_tab(rng, segs):
    for i, (t, tag) in enumerate(segs):
        if tag is None and '\t' in t:
            parts = t.split('\t')
            new = []
            for k, p in enumerate(parts):
                if k:
                    new.append(['\\t', 'esc'])
                if p:
                    new.append([p, None])
                else:
                    return False
            if _is_span(segs, i - 1) or _is_span(segs, i + 1):
                return False
            segs[i:i + 1] = new
            return True
    return False


ZW = ['\u200b', '\u200b\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u200e', '\ufffc', '\u200b\u200c', '\u2063']
BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u202c\u202c']
CTL = ['\x00', '\x07', '\x08', '\x0b', '\x0c', '\x1a', '\x1b', '\x7f', '\x1f', '\x01', '\x85', '\x02\x03', '\x10', '\x13', '\x0e']
TAGS_START = ['<p>', '<p style="text-indent:2em;">', '<div>', '<p class="content">', '<td>', '<li>']
TAGS_END = ['</p>', '</div>', '<br/>', '<br>', '</td>', '</li>', '</p><p>']
TAGS_MID = ['<br/>', '<br />', '<br>', '</strong>', '<strong>', '</span>', '<span style="font-family:仿宋_GB2312;font-size:16pt">',
            '<img src="/upload/202306/ph01.jpg">', '<a href="/xxgk/">', '</a>']
BRK = ['<span style="font-size:16px;font-family:宋体', 'span>', '/span>', '<p style="text-indent:2em', '&nbsp', 'nbsp;',
       '&#12288', '">', '<br', 'p>', '&amp', 'ldquo;', '</sp', 'style="line-height:150%">', '<td width="120"']
ENTI = ['&nbsp;&nbsp;&nbsp;&nbsp;', '&nbsp;&nbsp;', '&emsp;&emsp;', '&#12288;&#12288;', '&amp;nbsp;&amp;nbsp;',
        '&ensp;&ensp;&ensp;&ensp;', '&#160;&#160;', '&nbsp;']
WORDCSS = ['<!--[if !supportLists]-->', '<!--[endif]-->', '<o:p></o:p>', '<o:p>&nbsp;</o:p>',
           'Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE', '<span style="mso-spacerun:yes">&nbsp; </span>',
           '<p class="MsoNormal" style="text-indent:32pt;mso-char-indent-count:2.0">', 'mso-bidi-font-size:10.5pt;',
           '<span lang="EN-US" style="font-family:仿宋_GB2312;mso-hansi-font-family:宋体">']
BOMS = ['\ufeff', '\ufeff', '\u00ef\u00bb\u00bf']


PICK['E'] = EMOJI_ALL
PICK['E4'] = EMOJI4
PICK['DOMAIN'] = W('lanxi tongchuan qingtang fengpo yuxi hechuan lingshan zhiyuan')
PICK['FN'] = ['Renée Fauchard', 'José Ibáñez', 'Chloé Marchetti', 'Jürgen Wölfel', 'Søren Lindqvist',
              'François Bérard', 'Inés Castaño', 'Björn Ekström', 'Anaïs Leclère', 'Mátyás Kőrösi']


def mj_doc(rng, ctx, extra, kind):
    if kind == 'trad':
        lines = []
        if rng.random() < 0.7:
            lines.append(rng.choice(TRAD_HEAD))
        sents = rng.sample(TRAD, rng.randint(3, 6))
        if rng.random() < 0.5:
            k = rng.randint(1, len(sents) - 1)
            lines += [''.join(sents[:k]), rng.choice(TRAD_HEAD), ''.join(sents[k:])]
        else:
            lines.append(''.join(sents))
        return '\n'.join(lines)
    if kind == 'table':
        sep = rng.choice((' | ', '\t', ' | '))
        rows = [sep.join(('序号', '项目名称', '建设单位', '总投资（万元）', '进展情况'))]
        for i in range(1, rng.randint(3, 6)):
            rows.append(sep.join((str(i), '⟨project⟩', '⟨org⟩', '⟨money⟩',
                                  rng.choice(('已完工', '主体完工', '正在施工', '前期准备', '完成招标')))))
        title = rng.choice(('表2  ⟨yr⟩年重点项目推进情况', '附件：⟨town⟩重点项目清单', '⟨yr⟩年民生实事项目进度表'))
        return compose(rng, ctx, ['¶' + title + '\n' + '\n'.join(rows)] + list(extra), n_fill=(0, 2),
                       layout=rng.choice(('report', 'plain')))
    return compose(rng, ctx, list(extra), n_fill=(2, 4))


def mj_gen(ops, desc, n_ops=(1, 2), extra=None, kind='plain', distract=0.15):
    def gen(rng):
        ctx = Ctx(rng)
        ex = [rng.choice(extra) for _ in range(rng.randint(1, 2))] if extra else []
        if distract and kind == 'plain' and rng.random() < distract:
            ex.append(rng.choice(MJ_DISTRACT))
        txt = render(mj_doc(rng, ctx, ex, kind), ctx)
        if rng.random() < 0.15:
            txt = txt.translate(HALF)
        segs = mj_segs(txt)
        ok = 0
        for _ in range(rng.randint(*n_ops)):
            if rng.choice(ops)(rng, segs):
                ok += 1
        if not ok:
            raise Retry('no operation applied')
        return segs, desc
    return gen


U8GBK = [('utf-8', 'gbk')]
MJ_POS = [
    ('mj_u8gbk_word', 'UTF-8按GBK读出的词语（鍙戝睍型）', [D('word', mk_codec(U8GBK, 'never'))], (1, 3), None, 'plain'),
    ('mj_u8gbk_clause', 'UTF-8按GBK读出的分句', [D('clause', mk_codec(U8GBK))], (1, 2), None, 'plain'),
    ('mj_u8gbk_para', 'UTF-8按GBK读出的整段或整行', [D(('para', 'line'), mk_codec(U8GBK))], (1, 1), None, 'plain'),
    ('mj_u8gbk_q', 'UTF-8按GBK读出后不可解码处存为?', [D(('clause', 'sent'), mk_codec(U8GBK, 'always', q=True))], (1, 2), None, 'plain'),
    ('mj_kunjinkao', 'GBK按UTF-8解码成U+FFFD后再按GBK显示（锟斤拷）',
     [D(('clause', 'sent', 'word'), mk_fixed('gbk>utf-8!r+utf-8>gbk!r', True))], (1, 2), None, 'plain'),
    ('mj_u8w1252_word', 'UTF-8按windows-1252读出的词语', [D('word', mk_codec([('utf-8', 'w1252')], 'never'))], (1, 3), None, 'plain'),
    ('mj_u8w1252_heading', 'UTF-8按windows-1252读出的标题行', [D('head', mk_codec([('utf-8', 'w1252')], 'never'))], (1, 1), None, 'plain'),
    ('mj_u8latin1', 'UTF-8按latin-1读出（含C1控制符）', [D(('word', 'clause'), mk_codec([('utf-8', 'latin-1')], 'never'))], (1, 2), None, 'plain'),
    ('mj_double_w1252', 'UTF-8两次按windows-1252误读', [D(('word', 'clause'), mk_codec([('utf-8', 'w1252')] * 2, 'never'))], (1, 2), None, 'plain'),
    ('mj_double_gbk', 'UTF-8两次按GBK误读', [D(('word', 'clause'), mk_codec(U8GBK * 2))], (1, 2), None, 'plain'),
    ('mj_ascii_lost', '中文存入ASCII字段，每字变为?', [D(('clause', 'word'), mk_fixed('ascii!r>ascii', True))], (1, 2), None, 'plain'),
    ('mj_qmark_clause', '丢失的字符整体变成问号', [D(('sent', 'word', 'clause'), mk_fixed('qmark', True))], (1, 2), None, 'plain'),
    ('mj_rare_name', '人名生僻字不在GB2312中被存为?', [D('rare', mk_fixed('gb2312!r>gb2312', True))], (1, 2), RARE_SENT, 'plain'),
    ('mj_fffd_lost', '丢失字符显示为U+FFFD', [D(('word', 'clause'), mk_fixed('fffd', True)),
                                             D(('word', 'clause'), mk_fixed('gbk>utf-8!r', True))], (1, 2), None, 'plain'),
    ('mj_gbk_u8_q', 'GBK按UTF-8解码后替换符存为?', [D(('clause', 'sent'), mk_fixed('gbk>utf-8!r+q', True))], (1, 2), None, 'plain'),
    ('mj_emoji_lost', 'emoji存入GBK后变成?', [D('emoji', mk_fixed('gbk!r>gbk', True))], (1, 2), EMOJI_SENT, 'plain'),
    ('mj_emoji_u8gbk', 'emoji的UTF-8字节按GBK读出（馃帀型）', [D('emoji4', mk_codec(U8GBK, 'never'))], (1, 2),
     [x.replace('⟨E⟩', '⟨E4⟩') for x in EMOJI_SENT], 'plain'),
    ('mj_big5_gbk', '繁体Big5文本按GBK读出', [D(('clause', 'sent', 'word'), mk_codec([('big5', 'gbk')]))], (1, 2), None, 'trad'),
    ('mj_gbk_big5', '简体GBK文本按Big5读出', [D(('clause', 'sent', 'word'), mk_codec([('gbk', 'big5')]))], (1, 2), None, 'plain'),
    ('mj_u8cp932', 'UTF-8按Shift-JIS(cp932)读出', [D(('clause', 'word'), mk_codec([('utf-8', 'cp932')]))], (1, 2), None, 'plain'),
    ('mj_gbk_cp932', 'GBK按Shift-JIS(cp932)读出', [D(('clause', 'word'), mk_codec([('gbk', 'cp932')]))], (1, 2), None, 'plain'),
    ('mj_gbk_euckr', 'GBK按EUC-KR读出', [D(('clause', 'word'), mk_codec([('gbk', 'euc_kr')]))], (1, 2), None, 'plain'),
    ('mj_u8cp1251', 'UTF-8按cp1251读出（西里尔字母）', [D(('clause', 'word'), mk_codec([('utf-8', 'cp1251')]))], (1, 2), None, 'plain'),
    ('mj_u8koi8r', 'UTF-8按KOI8-R读出', [D(('clause', 'word'), mk_codec([('utf-8', 'koi8_r')], 'never'))], (1, 2), None, 'plain'),
    ('mj_u8macroman', 'UTF-8按Mac Roman读出', [D(('clause', 'word', 'head'), mk_codec([('utf-8', 'mac_roman')], 'never'))], (1, 2), None, 'plain'),
    ('mj_u8cp437', 'UTF-8按cp437读出（制表符号）', [D(('clause', 'word'), mk_codec([('utf-8', 'cp437')], 'never'))], (1, 2), None, 'plain'),
    ('mj_u16le_latin1', 'UTF-16LE按latin-1读出', [D(('word', 'clause'), mk_codec([('utf-16-le', 'latin-1')], 'never'))], (1, 1), None, 'plain'),
    ('mj_u8_u16le', 'UTF-8字节按UTF-16LE读出', [D(('word', 'clause'), mk_codec([('utf-8', 'utf-16-le')]))], (1, 1), None, 'plain'),
    ('mj_u8gb18030', 'UTF-8按GB18030读出', [D(('word', 'clause', 'sent'), mk_codec([('utf-8', 'gb18030')]))], (1, 2), None, 'plain'),
    ('mj_ent_quotes', '引号、破折号、省略号变成HTML实体', [D('quote', mk_ent(1))], (1, 3), QUOTE_SENT, 'plain'),
    ('mj_ent_double', '实体被二次转义（&amp;ldquo;）', [D('quote', mk_ent(2))], (1, 3), QUOTE_SENT, 'plain'),
    ('mj_ncr_cjk', '整句汉字变成数字字符引用', [D(('word', 'clause'), mk_ncr)], (1, 2), None, 'plain'),
    ('mj_ent_amp', '公司名中的&被转义', [D('amp', mk_ent(1)), D('amp', mk_ent(2))], (1, 1), AMP_SENT, 'plain'),
    ('mj_ent_indent', '用&nbsp;等实体做段首缩进', [I('start', ENTI, 'ent')], (1, 3), None, 'plain'),
    ('mj_html_tags', '残留HTML标签', [I('start', TAGS_START, 'tag'), I('end', TAGS_END, 'tag'), I('sentend', TAGS_MID, 'tag'),
                                     op_tag_wrap], (1, 3), None, 'plain'),
    ('mj_broken_tags', '被截断的标签或实体碎片', [I(('sentend', 'any', 'start'), BRK, 'brk')], (1, 2), None, 'plain'),
    ('mj_word_css', 'Word导出HTML的mso样式残留', [I(('start', 'sentend'), WORDCSS, 'word')], (1, 2), None, 'plain'),
    ('mj_zero_width', '词语中插入零宽字符', [I('inword', ZW, 'zw')], (1, 3), None, 'plain'),
    ('mj_bidi', '插入双向文本控制符', [I(('any', 'inword'), BIDI, 'zw')], (1, 3), None, 'plain'),
    ('mj_control_chars', '插入C0/C1控制字符', [I(('any', 'sentend', 'end'), CTL, 'ctl')], (1, 3), None, 'plain'),
    ('mj_bom', '文首或拼接处的BOM', [I('docstart', BOMS, 'bom'), I('start', BOMS[:2], 'bom')], (1, 2), None, 'plain'),
    ('mj_url_u8', '文字被URL百分号编码（UTF-8）', [D(('word', 'clause'), mk_fixed('url', False))], (1, 2), None, 'plain'),
    ('mj_url_gbk', '文字被URL百分号编码（GBK）', [D(('word', 'clause'), mk_fixed('url:gbk', False))], (1, 2), None, 'plain'),
    ('mj_qp', 'quoted-printable编码残留（UTF-8）', [D(('word', 'clause'), mk_fixed('qp', False))], (1, 1), None, 'plain'),
    ('mj_qp_gbk', 'quoted-printable编码残留（GBK）', [D(('word', 'clause'), mk_fixed('qp:gbk', False))], (1, 1), None, 'plain'),
    ('mj_mime', '未解码的RFC 2047编码字', [D(('word', 'clause', 'head'), mk_mime)], (1, 1), FIELD_SENT, 'plain'),
    ('mj_esc_unicode', '文字变成\\uXXXX转义', [D(('word', 'clause'), mk_esc)], (1, 2), None, 'plain'),
    ('mj_esc_newline', '换行、制表符变成字面\\n、\\t', [op_esc_newline, op_esc_tab], (1, 1), None, 'table'),
    ('mj_besc', 'Python字节转义\\xe5\\x8f残留', [D(('word', 'clause'), mk_besc)], (1, 1), None, 'plain'),
    ('mj_kangxi', 'PDF抽取产生的康熙部首/兼容汉字', [D(('kx', 'para'), mk_nfkc)], (1, 2), None, 'plain'),
    ('mj_pinyin_anno', '繁体页面中的拼音注音残留（發(fā)展）', [op_pinyin], (1, 1), None, 'trad'),
    ('mj_tangtang', '未初始化内存显示为烫烫烫', [D(('field', 'field', 'word'), mk_fixed('tang', True))], (1, 2), FIELD_SENT, 'plain'),
    ('mj_tuntun', '未初始化堆内存显示为屯屯屯', [D(('field', 'field', 'clause'), mk_fixed('tun', True))], (1, 2), FIELD_SENT, 'plain'),
    ('mj_gbkshift', 'GBK字节流错位一个字节', [D(('line', 'para'), mk_fixed('gbkshift', True))], (1, 1), None, 'plain'),
    ('mj_table_row', '表格行或单元格乱码', [D(('row', 'cell'), mk_codec(U8GBK)), D(('row', 'cell'), mk_codec([('utf-8', 'w1252')], 'never'))],
     (1, 2), None, 'table'),
    ('mj_multi_mixed', '同一段中多种乱码并存',
     [D('word', mk_codec(U8GBK, 'never')), I('start', ENTI, 'ent'), I('sentend', TAGS_MID, 'tag'), I('inword', ZW, 'zw'),
      D('quote', mk_ent(1)), D(('word', 'clause'), mk_fixed('qmark', True)), D('word', mk_codec([('utf-8', 'w1252')], 'never')),
      D('clause', mk_fixed('url', False))], (3, 4), QUOTE_SENT, 'plain'),
]
for _st, _d, _ops, _n, _ex, _kind in MJ_POS:
    reg('mj', _st, 'mojibake', _d, mj_gen(_ops, _d, _n, _ex, _kind))

BOX = ['┌────┬──────────┬──────┐\n│序号│项目      │完成率│\n├────┼──────────┼──────┤\n│ 1  │⟨topic⟩│⟨pct⟩%│\n└────┴──────────┴──────┘',
       '┏━━━━━━┳━━━━━━┓\n┃ 指标 ┃ 数值 ┃\n┣━━━━━━╋━━━━━━┫\n┃ 户数 ┃ ⟨n3⟩ ┃\n┗━━━━━━┻━━━━━━┛']
MJ_NEG = {
    'mj_neg_pinyin_lesson': ('语文/普通话课上的拼音注音', [
        '¶请给加点字注音：发（fā）展、重（zhòng）要、长（zhǎng）大', '语文课上，老师带领学生朗读“振兴（zhèn xīng）”一词。',
        '普通话培训班重点纠正前后鼻音，如“奔（bēn）”和“崩（bēng）”。', '“乐”在“快乐(lè)”和“音乐(yuè)”中读音不同。']),
    'mj_neg_foreign_names': ('外国人名中的变音字母', [
        '外籍专家⟨FN⟩应邀到⟨town⟩考察农业合作项目。', '签约仪式由合作方代表⟨FN⟩主持。', '¶外方联系人：⟨FN⟩']),
    'mj_neg_russian': ('引用的俄文', [
        '在边贸洽谈会上，对方代表以“Добро пожаловать”致欢迎辞。', '展板上用俄文写着“Дружба и сотрудничество”。',
        '培训班教授常用俄语“Спасибо”“Здравствуйте”。']),
    'mj_neg_japanese': ('引用的日文', [
        '友好城市代表团致辞“ご協力ありがとうございます”。', '日文版招商手册标题为「投資環境のご案内」。',
        '文创商店的环保袋印有日文“エコバッグ”字样。']),
    'mj_neg_korean': ('引用的韩文', ['韩方企业代表用韩语致辞“감사합니다”。', '景区标识增加韩文“환영합니다”。',
                                  '韩文版宣传册题为《투자 안내》。']),
    'mj_neg_german_french': ('德文、法文专名', ['德方合作伙伴“Grünwald Maschinenbau GmbH”派员来访。',
                                             '法语培训课程名为“Coopération et développement”。',
                                             '友好城市赠送的路牌写着“Straße der Freundschaft”。']),
    'mj_neg_vietnamese': ('越南文', ['越南客商用越南语问候“Xin chào”。', '洽谈会主题为“Hợp tác cùng phát triển”。',
                                   '口岸标识牌增加越南文“Lối ra”。']),
    'mj_neg_greek_formula': ('公式中的希腊字母', ['设增长率为α，弹性系数β=0.62。', '误差控制在±2σ以内。',
                                              '式中Δt表示监测时间间隔，λ取0.85。']),
    'mj_neg_box_table': ('正常的制表符表格', ['¶' + b for b in BOX]),
    'mj_neg_emoji': ('完好的emoji（含ZWJ序列）', ['🎉热烈祝贺⟨town⟩获评先进！', '为志愿者点赞👍👍', '📢通知：⟨topic⟩会议明天召开。',
                                            '“最美家庭”👨‍👩‍👧评选结果揭晓。', '❤️感谢每一位坚守岗位的同志。']),
    'mj_neg_punct_symbols': ('省略号、破折号、圈码等', ['主要有以下几点：①⟨topic⟩；②⟨topic⟩；③⟨topic⟩。',
                                                  '¶——记⟨town⟩⟨topic⟩工作', '※ 本表数据截至⟨mo⟩月底……', '⑴加强领导；⑵强化督查。']),
    'mj_neg_html_tutorial': ('网站编辑培训中讲解HTML', [
        '网站编辑培训中讲解：段落用<p>标签包裹，换行用<br>标签。', '讲义说明：“&nbsp;”表示不间断空格，“&lt;”表示小于号。',
        '培训示例：<strong>加粗文字</strong>用于突出重点。']),
    'mj_neg_ampersand': ('公司名、术语中的&', AMP_SENT),
    'mj_neg_url_percent': ('网址中正常的%20等', [
        '¶附件下载：https://www.⟨DOMAIN⟩.gov.cn/files/work%20report%20⟨yr⟩.pdf', '详见http://www.⟨DOMAIN⟩.gov.cn/xxgk/index.html。',
        '¶链接：https://www.⟨DOMAIN⟩.gov.cn/search?q=annual%20plan&page=2']),
    'mj_neg_traditional': ('完好的繁体中文', TRAD),
    'mj_neg_rare_chars': ('生僻但正确的汉字', ['⟨RARENAME⟩同志被评为优秀村干部。', '犇牛养殖场存栏肉牛⟨n2⟩头。',
                                            '鑫淼水产合作社带动农户⟨n2⟩户。', '燊垚建材公司完成技改。']),
    'mj_neg_fullwidth_ascii': ('全角字母数字', ['新建５Ｇ基站⟨n2⟩个。', '推行ＡＢ角工作制。', 'ＧＤＰ增速位居全市前列。',
                                            '实施ＰＰＰ项目⟨n1⟩个。']),
    'mj_neg_math_units': ('数学与计量符号', ['水温控制在20±0.5℃。', '人均绿地面积≥⟨n1⟩㎡。', 'PM2.5浓度≤35μg/m³。',
                                           '出生率为⟨n1⟩.⟨n1⟩‰。', '日处理污水⟨n3⟩m³。']),
    'mj_neg_code_escape': ('编程培训中的转义写法', ['在Python中，"\\n"表示换行，"\\t"表示制表符。',
                                                 'print("\\u4e2d")会输出“中”字。', 'JSON中的中文常被转义为\\uXXXX形式。']),
    'mj_neg_question_marks': ('问答中的半角问号', ['¶问：如何申请临时救助?', '¶Q: 办理时限是多久?',
                                                '“这样的服务谁不满意?”群众纷纷点赞。']),
    'mj_neg_latin_loanwords': ('外来词中的变音字母', ['镇上新开一家café，成为网红打卡点。', '讲座提醒不要对网络谣言太naïve。',
                                                  '求职者需提交résumé和作品集。']),
    'mj_neg_currency': ('货币符号', ['出口额折合€⟨n3⟩万元。', '合同金额为£⟨n2⟩万。', '报价为¥⟨n3⟩元/吨。', '韩方投资₩⟨n3⟩百万。']),
    'mj_neg_radicals_lesson': ('识字课上的偏旁部首', ['“氵”旁的字大多与水有关。', '部首“扌”“忄”“艹”分别与手、心、草有关。',
                                                  '学生用“讠”旁组词。']),
    'mj_neg_corner_quotes': ('直角引号等', ['他说：「我们一定按时完成任务。」', '『⟨topic⟩』专栏开通。', '〖通知〗⟨topic⟩会议改期。']),
    'mj_neg_hash_base64': ('校验值和编码示例', ['¶SHA-256校验值：⟨HEX⟩', '信息安全培训举例：“中文”的Base64编码为“5Lit5paH”。',
                                              '¶文件MD5：⟨HEX32⟩']),
    'mj_neg_encoding_lesson': ('讨论乱码现象本身的培训材料', ['常见乱码如“锟斤拷”“烫烫烫”，多由编码不一致造成。',
                                                        '信息化培训讲解了GBK与UTF-8混用导致乱码的原因。']),
    'mj_neg_tang_tun_words': ('烫、屯等字的正常用法', ['开展烫伤急救知识培训⟨n1⟩场。', '⟨village⟩屯田文化展示馆开馆。',
                                                    '屯垦戍边精神宣讲活动走进校园。']),
    'mj_neg_ipa': ('英语课上的国际音标', ['英语教师示范单词water的读音/ˈwɔːtə/。', '辅音[ʃ]和[ʒ]是教学难点。',
                                         '元音ə在非重读音节中常见。']),
    'mj_neg_arrows_bullets': ('箭头和项目符号', ['¶▲ ⟨topic⟩', '¶◆ 强化组织领导', '工作流程：申请→受理→审核→办结。',
                                              '¶■ 全年完成情况', '¶► 下一步打算']),
    'mj_neg_halfwidth_punct': ('半角标点的普通文本', ['⟨yr⟩年,全镇完成投资⟨money⟩万元;新增就业⟨n3⟩人.']),
    'mj_neg_clean_report': ('普通干净文本', ['⟨town⟩各项工作稳步推进。']),
}
PICK['HEX'] = None  # replaced below


def _hexslot(n):
    return lambda r: ''.join(r.choice('0123456789abcdef') for _ in range(n))


def mj_neg_gen(tpls, desc):
    def gen(rng):
        ctx = Ctx(rng)
        ctx.fixed['HEX'] = _hexslot(64)(rng)
        ctx.fixed['HEX32'] = _hexslot(32)(rng)
        chosen = rng.sample(tpls, min(rng.randint(1, 3), len(tpls)))
        if tpls is TRAD:
            doc = '\n'.join([rng.choice(TRAD_HEAD), ''.join(rng.sample(TRAD, rng.randint(2, 5)))])
        else:
            doc = compose(rng, ctx, chosen, n_fill=(1, 4))
        return [[render(doc, ctx), None]], desc
    return gen


del PICK['HEX']
for _st, (_d, _t) in MJ_NEG.items():
    reg('mj', _st, 'negative', _d, mj_neg_gen(_t, _d))


# ---------------------------------------------------------------------------
# Record assembly
# ---------------------------------------------------------------------------
def segs_to_record(family, segs):
    out = []  # [text, tag]
    for t, tag in segs:
        if family == 'ph':
            tag = 'PH' if tag is True else None
        if tag == 'F':
            tag = None
        if not t:
            continue
        if out and tag is not None and out[-1][1] is not None:
            prev = out[-1][1]
            if family == 'ph':
                out[-1][0] += t
                continue
            if prev == tag and '=' not in tag:
                out[-1][0] += t
                continue
            pr, _, pc = prev.partition('=')
            tr, _, tc = tag.partition('=')
            if '=' in prev and '=' in tag and pr == tr:
                out[-1] = [out[-1][0] + t, pr + '=' + pc + tc]
                continue
            raise Retry('touching spans with different recipes')
        out.append([t, tag])
    text = ''
    spans = []
    recs = []
    for t, tag in out:
        if tag is not None:
            spans.append([len(text), len(text) + len(t)])
            recs.append(tag)
        text += t
    return text, spans, recs


def make_record(seed, st, idx, rng):
    fam, style, label = st['family'], st['style'], st['label']
    segs, desc = st['gen'](rng)
    text, spans, recs = segs_to_record(fam, segs)
    if label == 'negative':
        if spans:
            raise Retry('negative with spans')
        note = '负例：' + desc
    elif fam == 'ph':
        note = '%s spans=%s' % (desc, json.dumps([text[s:e] for s, e in spans], ensure_ascii=False))
    else:
        lossy = any('=' in r for r in recs)
        note = '%s; %s [inv=%s]' % (desc, 'lossy' if lossy else 'lossless', '|'.join(recs))
    rec = {'id': 't12-%d-%s-%02d' % (seed, style, idx), 'family': fam, 'style': style, 'label': label,
           'text': text, 'spans': spans, 'note': note}
    errs = verify_record(rec)
    if errs:
        raise Retry('; '.join(errs))
    return rec


def style_count(rng, fam):
    n = sum(1 for s in STYLES if s['family'] == fam)
    base = 1500 / n
    return max(12, int(round(base)) + rng.randint(-2, 2))


def generate(seed):
    recs = []
    fails = {}
    for st in STYLES:
        rng = random.Random(zlib.crc32(('%d|%s|%s|%s' % (seed, st['family'], st['style'], st['label'])).encode()))
        n = style_count(rng, st['family'])
        seen = set()
        idx = 0
        tries = 0
        while idx < n:
            tries += 1
            if tries > n * 40:
                raise SystemExit('style %s: too many failures (%s)' % (st['style'], fails.get(st['style'])))
            try:
                rec = make_record(seed, st, idx + 1, rng)
            except Retry as ex:
                fails[st['style']] = str(ex)[:300]
                continue
            if rec['text'] in seen:
                continue
            seen.add(rec['text'])
            idx += 1
            recs.append(rec)
    return recs


def style_table(path):
    counts = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            k = (r['family'], r['style'], r['label'])
            counts[k] = counts.get(k, 0) + 1
    desc = {s['style']: s['desc'] for s in STYLES}
    out = ['| # | family | style | label | count | what it is |', '|---|---|---|---|---|---|']
    for i, (k, v) in enumerate(sorted(counts.items(), key=lambda kv: (kv[0][0] != 'ph', kv[0][2] == 'negative', kv[0][1])), 1):
        out.append('| %d | %s | `%s` | %s | %d | %s |' % (i, k[0], k[1], k[2], v, desc.get(k[1], '').replace('|', '\\|')))
    tot = sum(counts.values())
    neg_styles = sum(1 for k in counts if k[2] == 'negative')
    out.append('')
    out.append('%d records, %d styles (%d negative styles), ph %d records, mj %d records.' % (
        tot, len(counts), neg_styles, sum(v for k, v in counts.items() if k[0] == 'ph'),
        sum(v for k, v in counts.items() if k[0] == 'mj')))
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify')
    ap.add_argument('--style-table')
    a = ap.parse_args()
    if a.verify:
        sys.exit(0 if verify_file(a.verify) else 1)
    if a.style_table:
        print(style_table(a.style_table))
        return
    if a.seed is None or not a.out:
        ap.error('need --seed and --out (or --verify / --style-table)')
    recs = generate(a.seed)
    with open(a.out, 'w', encoding='utf-8', newline='\n') as f:
        for r in recs:
            f.write(dump_line(r) + '\n')
    print('wrote %d records to %s' % (len(recs), a.out))


if __name__ == '__main__':
    main()
