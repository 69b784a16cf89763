#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""text10 held-out collection: generator and verifier (standard library only).

    python3 text10_gen.py --seed 11 --out text10_s11.jsonl
    python3 text10_gen.py --verify text10_s11.jsonl

Every record is built from segments (string, span-info); spans are exact by
construction.  Every candidate record is run through the verifier before it
is written; failing candidates are redrawn from the same per-style RNG.
"""
import argparse
import base64
import codecs
import email.header
import html
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
import zlib

# ---------------------------------------------------------------------------
# WHATWG windows-1252 ("w1252"): cp1252 with 81 8D 8F 90 9D -> C1 controls
# ---------------------------------------------------------------------------

def _w1252_table():
    out = []
    for b in range(256):
        if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
            out.append(chr(b))
        else:
            out.append(bytes([b]).decode('cp1252'))
    return ''.join(out)


_W1252_DEC = _w1252_table()
_W1252_ENC = codecs.charmap_build(_W1252_DEC)


def _w1252_encode(inp, errors='strict'):
    return codecs.charmap_encode(inp, errors, _W1252_ENC)


def _w1252_decode(inp, errors='strict'):
    return codecs.charmap_decode(inp, errors, _W1252_DEC)


def _codec_search(name):
    if name == 'w1252':
        return codecs.CodecInfo(name='w1252', encode=_w1252_encode, decode=_w1252_decode)
    return None


codecs.register(_codec_search)

CODECS = ('utf-8', 'gbk', 'gb18030', 'gb2312', 'big5', 'cp932', 'euc_kr', 'latin-1', 'w1252',
          'cp1251', 'koi8_r', 'mac_roman', 'cp437', 'utf-16-le', 'ascii')

# ---------------------------------------------------------------------------
# JSON output: ensure_ascii=False, but Cc Cf Zl Zp Co Cn Cs escaped as \uXXXX
# ---------------------------------------------------------------------------

_ESC_CATS = ('Cc', 'Cf', 'Zl', 'Zp', 'Co', 'Cn', 'Cs')


def jstr(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif unicodedata.category(ch) in _ESC_CATS:
            if o > 0xFFFF:
                o -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append('\\u%04x' % o)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def dump_record(r):
    spans = '[' + ', '.join('[%d, %d]' % (a, b) for a, b in r['spans']) + ']'
    return ('{"id": %s, "family": %s, "style": %s, "label": %s, "text": %s, "spans": %s, "note": %s}'
            % (jstr(r['id']), jstr(r['family']), jstr(r['style']), jstr(r['label']),
               jstr(r['text']), spans, jstr(r['note'])))

# ---------------------------------------------------------------------------
# recipe steps
# ---------------------------------------------------------------------------

_STEP_CODEC = re.compile(r'^([a-z0-9_-]+?)(!r)?>([a-z0-9_-]+?)(!r)?$')
ZW_CHARS = ('\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e'
            '\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufffc\u00ad\u180e')
_WORD_TOK = (r'(?:<o:p>|</o:p>|&nbsp;|<!--\[if [^\]<>]+\]-->|<!--\[endif\]-->|<!\[if [^\]<>]+\]>'
             r'|<!\[endif\]>|<span [^<>]*mso-[^<>]*>|</span>|mso-[a-z-]+:[^;<>]*;'
             r'|font-family:[^;<>]*;|\{mso-[^{}]*\}|<w:[A-Za-z]+>[^<>]*</w:[A-Za-z]+>|<w:[A-Za-z]+/>)')
DEL_PATTERNS = {
    'zw': re.compile('[' + ZW_CHARS + ']+'),
    'ctl': re.compile('[\x00-\x08\x0e-\x1b\x7f]+'),
    'bom': re.compile('(?:\ufeff|\u00ef\u00bb\u00bf)+'),
    'tag': re.compile(r'<[/!]?[A-Za-z][^<>]*>(?:\s*<[/!]?[A-Za-z][^<>]*>)*'),
    'brk': re.compile(r'(?:</?[A-Za-z][A-Za-z0-9]*(?: [^<>]*)?|/?[A-Za-z][A-Za-z0-9]*>|&#?[A-Za-z0-9]+|#?[A-Za-z0-9]+;)'),
    'ent': re.compile(r'(?:&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#160|#12288|#x3000|#xA0|#8194|#8195);)+'),
    'py': re.compile('[\\(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+[\\)）]'),
    'word': re.compile(_WORD_TOK + r'(?:\s*' + _WORD_TOK + r')*'),
}
LOSSY_ONLY = ('q', 'qmark', 'fffd', 'tang', 'tun', 'gbkshift')
NAMED_ENT = {'“': 'ldquo', '”': 'rdquo', '‘': 'lsquo', '’': 'rsquo', '—': 'mdash', '–': 'ndash',
             '…': 'hellip', '·': 'middot', '\xa0': 'nbsp', '&': 'amp', '<': 'lt', '>': 'gt',
             '"': 'quot', '×': 'times', '°': 'deg', '±': 'plusmn', '%': 'percnt', '、': '#12289'}


def ent_forward(s, numeric=False):
    out = []
    for ch in s:
        if not numeric and ch in NAMED_ENT:
            n = NAMED_ENT[ch]
            out.append('&' + n + ';')
        elif ord(ch) > 127:
            out.append('&#%d;' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def esc_forward(s):
    out = []
    for ch in s:
        if ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\r':
            out.append('\\r')
        elif ord(ch) > 127:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def besc_forward(s):
    out = []
    for ch in s:
        if ord(ch) > 127:
            out.append(''.join('\\x%02x' % b for b in ch.encode('utf-8')))
        else:
            out.append(ch)
    return ''.join(out)


def step_forward(step, s):
    m = _STEP_CODEC.match(step)
    if m and m.group(1) in CODECS and m.group(3) in CODECS:
        e, er, d, dr = m.group(1), m.group(2), m.group(3), m.group(4)
        return s.encode(e, 'replace' if er else 'strict').decode(d, 'replace' if dr else 'strict')
    if step == 'q':
        return s.replace('\ufffd', '?')
    if step == 'url':
        return urllib.parse.quote(s, safe='', encoding='utf-8', errors='strict')
    if step == 'url:gbk':
        return urllib.parse.quote(s, safe='', encoding='gbk', errors='strict')
    if step == 'qp':
        return quopri.encodestring(s.encode('utf-8')).decode('ascii')
    if step == 'qp:gbk':
        return quopri.encodestring(s.encode('gbk')).decode('ascii')
    if step == 'mime':
        return '=?UTF-8?B?' + base64.b64encode(s.encode('utf-8')).decode('ascii') + '?='
    if step == 'esc':
        return esc_forward(s)
    if step == 'besc':
        return besc_forward(s)
    if step == 'ent':
        return ent_forward(s)
    if step == 'ent2':
        return ent_forward(s).replace('&', '&amp;')
    if step == 'qmark':
        return '?' * len(s)
    if step == 'fffd':
        return '\ufffd' * len(s)
    if step == 'tang':
        return (b'\xcc' * len(s.encode('gbk'))).decode('gbk')
    if step == 'tun':
        return (b'\xcd' * len(s.encode('gbk'))).decode('gbk')
    if step == 'gbkshift':
        return s.encode('gbk')[1:].decode('gbk', 'replace').replace('\ufffd', '?')
    raise ValueError('no forward for step %r' % step)


def step_inverse(step, s):
    m = _STEP_CODEC.match(step)
    if m and m.group(1) in CODECS and m.group(3) in CODECS:
        if m.group(2) or m.group(4):
            raise ValueError('lossy codec step in lossless recipe')
        return s.encode(m.group(3)).decode(m.group(1))
    if step == 'url':
        return urllib.parse.unquote(s, encoding='utf-8', errors='strict')
    if step == 'url:gbk':
        return urllib.parse.unquote(s, encoding='gbk', errors='strict')
    if step == 'qp':
        return quopri.decodestring(s.encode('ascii')).decode('utf-8')
    if step == 'qp:gbk':
        return quopri.decodestring(s.encode('ascii')).decode('gbk')
    if step == 'mime':
        return str(email.header.make_header(email.header.decode_header(s)))
    if step == 'esc':
        return s.encode('ascii', 'backslashreplace').decode('unicode_escape')
    if step == 'besc':
        return codecs.escape_decode(s.encode('ascii'))[0].decode('utf-8')
    if step == 'ent':
        return html.unescape(s)
    if step == 'ent2':
        return html.unescape(html.unescape(s))
    if step == 'nfkc':
        return unicodedata.normalize('NFKC', s)
    raise ValueError('no inverse for step %r' % step)


def is_pure_step(step):
    m = _STEP_CODEC.match(step)
    if m and m.group(1) in CODECS and m.group(3) in CODECS:
        return True
    return step in ('url', 'url:gbk', 'qp', 'qp:gbk')


def valid_step(step):
    m = _STEP_CODEC.match(step)
    if m:
        return m.group(1) in CODECS and m.group(3) in CODECS
    if step.startswith('del:'):
        return step[4:] in DEL_PATTERNS
    return step in ('q', 'url', 'url:gbk', 'qp', 'qp:gbk', 'mime', 'esc', 'besc', 'ent', 'ent2',
                    'nfkc', 'qmark', 'fffd', 'tang', 'tun', 'gbkshift')


def forward_chain(chain, s):
    for st in chain.split('+'):
        s = step_forward(st, s)
    return s


def inverse_chain(chain, s):
    for st in reversed(chain.split('+')):
        s = step_inverse(st, s)
    return s


def looks_clean(s):
    for ch in s:
        if ch in '\n\t\r':
            continue
        o = ord(ch)
        cat = unicodedata.category(ch)
        if cat in ('Cc', 'Cf', 'Co', 'Cn', 'Cs'):
            return False
        if o == 0xFFFD:
            return False
        if 0xC0 <= o <= 0xFF and o not in (0xD7, 0xF7):
            return False
        if 0x400 <= o <= 0x52F or 0x2500 <= o <= 0x259F or 0xFF61 <= o <= 0xFF9F:
            return False
        if 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F or 0xAC00 <= o <= 0xD7AF:
            return False
        if 0x3040 <= o <= 0x30FF or 0xE000 <= o <= 0xF8FF:
            return False
        if 0x2E80 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF:
            return False
    return True


def check_recipe(span, rec):
    """Return None if the recipe accounts for the span, else an error string."""
    lossy = '=' in rec
    chain, clean = (rec.split('=', 1) + [None])[:2] if lossy else (rec, None)
    steps = chain.split('+')
    for st in steps:
        if not valid_step(st):
            return 'unknown step %r' % st
    if lossy:
        if '|' in clean or ']' in clean:
            return 'CLEAN contains | or ]'
        try:
            out = forward_chain(chain, clean)
        except Exception as e:  # noqa
            return 'forward failed: %s' % e
        if out != span:
            return 'forward(CLEAN) %r != span %r' % (out, span)
        if out == clean:
            return 'lossy recipe does not change CLEAN'
        return None
    for st in steps:
        if st in LOSSY_ONLY or '!r' in st:
            return 'lossy step %r in lossless recipe' % st
    if steps[0].startswith('del:'):
        if len(steps) != 1:
            return 'del: must stand alone'
        if not DEL_PATTERNS[steps[0][4:]].fullmatch(span):
            return 'span %r does not match del kind %s' % (span, steps[0])
        return None
    try:
        x = inverse_chain(chain, span)
    except Exception as e:  # noqa
        return 'inverse failed: %s' % e
    if x == span:
        return 'inverse does not change span'
    if not looks_clean(x):
        return 'inverse result not clean: %r' % x
    if all(is_pure_step(st) for st in steps):
        try:
            y = forward_chain(chain, x)
        except Exception as e:  # noqa
            return 're-forward failed: %s' % e
        if y != span:
            return 're-forward %r != span %r' % (y, span)
    return None

# ---------------------------------------------------------------------------
# record verifier
# ---------------------------------------------------------------------------

MASK_CHARS = 'xXｘＸ×*＊●□○某_＿#＃'
MASK_JOIN = '.,．-:/'  # punctuation that joins two mask runs of one token
_ID_RE = re.compile(r'^t10-(\d+)-((?:ph|mj)_[a-z0-9_]+)-(\d{2})$')
_NOTE_MJ = re.compile(r'(lossless|lossy) \[inv=([^\]]*)\]$')
KEYS = ['id', 'family', 'style', 'label', 'text', 'spans', 'note']


def verify_record(r):
    errs = []
    if not isinstance(r, dict) or list(r.keys()) != KEYS:
        return ['bad keys %r' % (list(r.keys()) if isinstance(r, dict) else r)]
    for k in ('id', 'family', 'style', 'label', 'text', 'note'):
        if not isinstance(r[k], str) or not r[k]:
            errs.append('field %s not a non-empty string' % k)
    if errs:
        return errs
    m = _ID_RE.match(r['id'])
    if not m:
        errs.append('bad id')
    elif m.group(2) != r['style']:
        errs.append('id/style mismatch')
    fam = r['family']
    if fam not in ('ph', 'mj') or not r['style'].startswith(fam + '_'):
        errs.append('bad family')
    allowed = ('placeholder', 'negative') if fam == 'ph' else ('mojibake', 'negative')
    if r['label'] not in allowed:
        errs.append('bad label')
    neg_style = r['style'].startswith(fam + '_neg_')
    if neg_style != (r['label'] == 'negative'):
        errs.append('style name / label disagree')
    text, spans = r['text'], r['spans']
    if not isinstance(spans, list):
        return errs + ['spans not a list']
    prev = -1
    for sp in spans:
        if (not isinstance(sp, list) or len(sp) != 2 or not all(type(v) is int for v in sp)):
            errs.append('bad span %r' % (sp,))
            continue
        a, b = sp
        if not (0 <= a < b <= len(text)):
            errs.append('span out of range %r' % (sp,))
            continue
        if a <= prev:
            errs.append('spans unsorted/overlapping/touching at %r' % (sp,))
        prev = b
        if text[a].isspace() or text[b - 1].isspace():
            errs.append('span %r has whitespace at an edge' % (sp,))
    if errs:
        return errs
    if (r['label'] == 'negative') != (spans == []):
        errs.append('spans must be [] exactly for negatives')
    if r['label'] == 'negative':
        return errs
    strs = [text[a:b] for a, b in spans]
    if fam == 'ph':
        for (a, b), s in zip(spans, strs):
            if s not in r['note']:
                errs.append('span string %r missing from note' % s)
            if not any(c in MASK_CHARS for c in s):
                continue
            if a > 0 and (text[a - 1] in MASK_CHARS or
                          (a > 1 and text[a - 1] in MASK_JOIN and text[a - 2] in MASK_CHARS)):
                errs.append('mask run continues before span %r' % s)
            if b < len(text) and (text[b] in MASK_CHARS or
                                  (b + 1 < len(text) and text[b] in MASK_JOIN and text[b + 1] in MASK_CHARS)):
                errs.append('mask run continues after span %r' % s)
        return errs
    mm = _NOTE_MJ.search(r['note'])
    if not mm:
        return errs + ['mj note lacks lossless/lossy [inv=...]']
    recs = mm.group(2).split('|')
    if len(recs) != len(spans):
        return errs + ['%d recipes for %d spans' % (len(recs), len(spans))]
    any_lossy = any('=' in t for t in recs)
    if (mm.group(1) == 'lossy') != any_lossy:
        errs.append('lossless/lossy word disagrees with recipes')
    for (a, b), s, t in zip(spans, strs, recs):
        e = check_recipe(s, t)
        if e:
            errs.append('span %r: %s' % (s, e))
        for q in ('?', '\ufffd'):
            if s[0] == q and a > 0 and text[a - 1] == q:
                errs.append('replacement run continues before span')
            if s[-1] == q and b < len(text) and text[b] == q:
                errs.append('replacement run continues after span')
    return errs


def verify_file(path):
    bad = 0
    n = 0
    ids = {}
    style_label = {}
    seeds = {}
    with open(path, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line:
                continue
            n += 1
            try:
                r = json.loads(line)
            except Exception as e:  # noqa
                print('line %d: bad JSON: %s' % (ln, e))
                bad += 1
                continue
            errs = verify_record(r)
            if isinstance(r, dict) and 'id' in r:
                if r['id'] in ids:
                    errs.append('duplicate id')
                ids[r['id']] = ln
                m = _ID_RE.match(r.get('id', ''))
                if m:
                    seeds[m.group(1)] = 1
                key = r.get('style')
                lab = (r.get('family'), r.get('label'))
                if key in style_label and style_label[key] != lab:
                    errs.append('style %s mixes labels' % key)
                style_label.setdefault(key, lab)
            # the JSON must use \\uXXXX for invisible/control characters
            for ch in line:
                if unicodedata.category(ch) in _ESC_CATS:
                    errs.append('raw invisible/control character U+%04X in JSON line' % ord(ch))
                    break
            if errs:
                bad += 1
                print('line %d (%s): %s' % (ln, r.get('id') if isinstance(r, dict) else '?', '; '.join(errs[:5])))
    if len(seeds) > 1:
        print('ids mix several seeds')
        bad += 1
    print('%s: %d records, %d styles, %d failing' % (path, n, len(style_label), bad))
    return bad == 0 and n > 0

# ---------------------------------------------------------------------------
# invented vocabulary (all place, company and person names are fictitious)
# ---------------------------------------------------------------------------

SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁'
                '任沈姚卢姜崔钟谭陆汪范石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃戴莫孔向汤')
GIVEN = ['砚秋', '书衡', '立澄', '启明', '若澜', '思远', '振峰', '雅琴', '文涛', '晓岚', '春燕', '建平', '海鸥',
         '德明', '丽萍', '宏伟', '志强', '红梅', '国栋', '明轩', '一鸣', '锦程', '秀英', '桂兰', '凤霞', '永康',
         '伟民', '少华', '佳怡', '清源', '芸', '涛', '斌', '静', '敏', '磊', '婷', '峰', '杰', '慧', '鹏', '琳',
         '梓涵', '昊天', '雨桐', '子谦', '景行', '怀瑾', '卫东', '秋实', '新民', '光耀', '玉芬', '金凤', '绍堂',
         '望舒', '沛霖', '嘉禾', '晨曦', '亚楠', '维新', '庆丰', '润生', '素梅', '兰芝', '兆麟', '可欣']
CITIES = ['蘅川', '澄渚', '苇陵', '檀峪', '泠州', '榴坪', '岫原', '荇湾', '枳川', '棹溪', '楮阳', '蕖州', '橼山']
COUNTIES = ['柘岚', '汀梧', '渚桥', '霁川', '杉屿', '樨原', '芃阳', '蕤安', '棠陂', '蔺溪', '菁坞', '楹山', '萸城']
DISTRICTS = ['澜渚', '枫堰', '槿台', '砚湖', '荷陂', '榆汀', '栎阳', '椿湾']
TOWNS = ['苇塘', '柘坪', '杳溪', '茆湾', '棹岭', '葭口', '芩桥', '樾庄', '蘼洲', '杪山', '茈塘', '莼渚', '蕨坑',
         '楝树坪', '菱角洲', '枥口']
STREETS = ['栖梧', '澄园', '荇桥', '岚光', '槐渚', '蕙宁', '枫汀', '檀苑', '榕溪', '芷兰']
VILLAGES = ['桑陌', '芦湾', '椿岭', '茗畈', '柞树坪', '荸荠塘', '石椁', '杨柳汊', '枧田', '蒿坪', '麻栎冲', '上棠']
COMMUNITIES = ['溪棠', '锦杪', '泠泉', '杏汀', '桐荫', '荷汀', '梧岸', '芸香']
ROADS = ['檀香路', '澄明大道', '杉林路', '荇湾路', '楹联街', '蕤宾路', '栖梧大道', '柘溪北路', '渚江东路']
RIVERS = ['蘅水河', '柘溪河', '渚江', '杳河', '茆溪', '苇川河']
DEPTS = ['自然资源局', '农业农村局', '卫生健康局', '教育局', '人力资源和社会保障局', '住房和城乡建设局',
         '生态环境分局', '应急管理局', '民政局', '文化广电旅游体育局', '市场监督管理局', '发展和改革局',
         '财政局', '水利局', '交通运输局', '商务局', '工业和信息化局', '医疗保障局', '退役军人事务局',
         '统计局', '审计局', '司法局', '信访局', '林业局', '数据资源局', '行政审批服务局']
CO_CORE = ['瑞禾', '恒澜', '启垣', '青梧', '驰越', '禾丰', '星堰', '博岚', '澄鑫', '汇楠', '拓岩', '盈翠', '晟柘']
CO_IND = ['科技', '农业发展', '新型建材', '食品', '冷链物流', '新能源', '纺织', '生物医药', '茶业', '电子',
          '环保工程', '文化旅游']
PROJ = ['城区污水管网提质改造工程', '农村饮水安全巩固提升工程', '中心卫生院迁建项目', '工业园区标准厂房建设项目',
        '滨江绿道建设项目', '老旧小区综合改造项目', '高标准农田建设项目', '乡镇综合文化站提升工程',
        '冷链物流园建设项目', '智慧停车场建设项目', '中小河流治理工程', '职业中专实训楼建设项目',
        '垃圾焚烧发电项目', '农贸市场改造项目']
KW = ['人居环境整治', '乡村振兴', '安全生产', '防汛抗旱', '营商环境优化', '森林防火', '消费帮扶', '基层治理',
      '文明城市创建', '河湖长制', '耕地保护', '秸秆禁烧', '校园安全', '网格化管理', '清廉村居', '数字乡村',
      '养老服务', '就业帮扶', '矛盾纠纷化解', '食品安全', '燃气安全', '禁毒宣传', '全民健身', '移风易俗']
EVENTS = ['柘岚油菜花节', '渚桥龙舟邀请赛', '乡村村晚', '杳溪采茶文化节', '“书香柘岚”全民阅读月', '汀梧杨梅节',
          '农民丰收节', '非遗展演周']
HEADINGS = ['一、主要工作成效', '二、存在的困难和问题', '三、下一步工作打算', '（一）经济运行稳中向好',
            '（二）民生保障持续加强', '（三）生态环境不断改善', '（四）社会治理扎实推进', '（五）党的建设全面加强',
            '1.强化组织领导', '2.压实工作责任', '3.加强督查考核', '（一）聚焦项目建设，夯实发展基础',
            '（二）聚焦乡村振兴，推动农业增效', '（三）聚焦民生实事，增进群众福祉', '四、保障措施',
            '第一部分 工作回顾', '第二部分 重点任务', '（六）统筹发展和安全，守牢底线']
DOCPRE = ['柘政办发', '汀政发', '渚办字', '霁政函', '杉发改投资', '樨农发', '蕤卫健发', '棠教发', '蔺环发',
          '菁人社发', '楹水发', '萸财预']
UNIT_RANGE = {'人': (20, 9000), '人次': (100, 60000), '户': (10, 5000), '家': (2, 400), '个': (2, 300),
              '次': (2, 80), '场': (2, 120), '名': (3, 900), '件': (5, 3000), '件次': (5, 2000), '起': (2, 600),
              '项': (2, 150), '所': (1, 30), '座': (1, 80), '处': (5, 900), '亩': (200, 60000), '张': (20, 800),
              '天': (240, 350), '期': (1, 20), '套': (50, 3000), '册': (500, 30000), '元': (8000, 36000),
              '条': (2, 200), '辆': (5, 300), '吨': (50, 8000), '批': (1, 12), '篇': (2, 60), '份': (10, 3000),
              '间': (2, 200), '台': (2, 500), '公里': (5, 400), '支': (2, 60), '类': (2, 30), '宗': (2, 90),
              '株': (500, 90000), '头': (100, 20000), '只': (100, 50000), '栋': (2, 60), '平方米': (300, 90000)}
FRANGE = {'万亩': (0.5, 90), '万吨': (0.2, 60), '公里': (1, 300), '万人次': (1, 600), '万平方米': (0.5, 120),
          '万千瓦': (0.5, 80), '万户': (0.2, 20), '万人': (0.2, 90), '亿立方米': (0.1, 9)}

# General report sentences.  Slots: {n:UNIT} integer, {f:UNIT} decimal, {m} money, {p} percent,
# {pp} percentage points, {md} month-day, {mo} month, {y} year, {county} {town} {street} {village}
# {comm} {city} {district} {road} {river} {person} {cdept} {dept} {co} {proj} {kw} {event}
# {mobile} {phone} {email} {web} {docno}.
TEMPLATES = [
    '全年实现地区生产总值{m}，同比增长{p}。',
    '完成固定资产投资{m}，其中工业投资{m}，增长{p}。',
    '规模以上工业增加值增长{p}，高于全市平均水平{pp}。',
    '社会消费品零售总额达到{m}，比上年增长{p}。',
    '一般公共预算收入完成{m}，完成年度预算的{p}。',
    '新增市场主体{n:户}，其中企业{n:家}。',
    '全年引进招商项目{n:个}，协议投资额{m}，实际到位资金{m}。',
    '{co}年产{f:万吨}新型建材项目完成主体工程，累计完成投资{m}。',
    '外贸进出口总额{m}，其中出口{m}，同比增长{p}。',
    '新认定专精特新企业{n:家}，高新技术企业总数达到{n:家}。',
    '粮食播种面积稳定在{f:万亩}，总产量{f:万吨}。',
    '新建高标准农田{n:亩}，完成撂荒地复耕复种{n:亩}。',
    '{village}村发展特色种植{n:亩}，带动{n:户}农户增收。',
    '农村居民人均可支配收入达到{n:元}，增长{p}。',
    '全年发放各类惠农补贴{m}，惠及农户{n:户}。',
    '累计建成农村公路{f:公里}，{town}镇实现通组公路硬化全覆盖。',
    '完成农村户厕改造{n:座}，生活垃圾收运处置体系覆盖{p}的行政村。',
    '脱贫人口人均纯收入达到{n:元}，监测对象{n:户}全部落实帮扶措施。',
    '村级集体经济收入超过十万元的村达到{n:个}，占比{p}。',
    '{town}镇茶叶种植面积扩大到{n:亩}，年产值突破{m}。',
    '政务服务事项网上可办率达到{p}，{n:项}高频事项实现一次办。',
    '为企业减税降费{m}，办理增值税留抵退税{m}。',
    '开展助企走访活动{n:次}，协调解决企业诉求{n:件}。',
    '新开工亿元以上项目{n:个}，竣工投产{n:个}。',
    '开展理论学习中心组学习{n:次}，举办专题读书班{n:期}。',
    '全年发展党员{n:名}，整顿软弱涣散村党组织{n:个}。',
    '组织{n:名}机关党员到{street}街道报到，参与志愿服务{n:人次}。',
    '立案审查调查{n:件}，给予党纪政务处分{n:人}。',
    '新建改扩建中小学{n:所}，新增学位{n:个}。',
    '普惠性幼儿园覆盖率达到{p}，义务教育巩固率保持在{p}。',
    '资助家庭经济困难学生{n:人次}，发放资助资金{m}。',
    '{county}县第二中学本科上线{n:人}，上线率{p}。',
    '家庭医生签约服务{n:人}，重点人群签约率{p}。',
    '完成适龄妇女两癌筛查{n:人}，新生儿疾病筛查率达{p}。',
    '{county}县人民医院住院综合楼投入使用，新增床位{n:张}。',
    '城乡居民基本医疗保险参保{n:人}，参保率稳定在{p}以上。',
    '发放城乡低保金{m}，保障困难群众{n:人}。',
    '新建社区养老服务站{n:个}，为{n:名}高龄老人发放高龄津贴。',
    '城镇新增就业{n:人}，城镇登记失业率控制在{p}以内。',
    '开展职业技能培训{n:人次}，帮助{n:名}农村劳动力转移就业。',
    '办理法律援助案件{n:件}，为群众挽回经济损失{m}。',
    '受理群众来信来访{n:件次}，按期办结率{p}。',
    '排查化解矛盾纠纷{n:起}，调解成功率达到{p}。',
    '空气质量优良天数{n:天}，优良率{p}，细颗粒物平均浓度下降{p}。',
    '{river}出境断面水质稳定达标，完成河道清淤{f:公里}。',
    '完成植树造林{n:亩}，森林覆盖率提高到{p}。',
    '整改环保督察反馈问题{n:个}，办结环境信访件{n:件}。',
    '新建污水管网{f:公里}，城区生活污水集中处理率达{p}。',
    '{road}改造工程完成投资{m}，新增通车里程{f:公里}。',
    '改造老旧小区{n:个}，惠及居民{n:户}。',
    '新增城市停车位{n:个}，新建公共充电桩{n:个}。',
    '完成棚户区改造{n:套}，发放住房租赁补贴{m}。',
    '开展安全生产检查{n:次}，排查整改隐患{n:处}。',
    '组织防汛应急演练{n:场}，汛期转移安置群众{n:人}。',
    '全年未发生较大以上安全生产事故，事故起数同比下降{p}。',
    '检查食品生产经营主体{n:家}，立案查处违法案件{n:起}，罚没款{m}。',
    '全年接待游客{f:万人次}，实现旅游综合收入{m}。',
    '举办{event}等群众文化活动{n:场}，参与群众{n:人次}。',
    '{town}镇入选省级特色小镇，新增精品民宿{n:家}。',
    '送戏下乡{n:场}，农家书屋新增图书{n:册}。',
    '新建通信基站{n:个}，实现{town}镇重点区域网络全覆盖。',
    '全社会研发投入强度达到{p}，技术合同成交额{m}。',
    '完成{n:座}小型水库除险加固，新增恢复灌溉面积{n:亩}。',
    '农村自来水普及率达到{p}，巩固提升{n:人}饮水安全保障水平。',
    '完成审计项目{n:个}，查出违规资金{m}，促进增收节支{m}。',
    '三公经费支出{m}，同比下降{p}。',
    '{md}，{county}县召开{kw}工作推进会，部署下一阶段重点任务。',
    '{md}至{md}，{cdept}组织专项督查组对各乡镇进行实地检查。',
    '截至{y}{mo}底，累计完成年度任务的{p}。',
    '{y}，全县共争取上级资金{m}，同比增加{m}。',
    '{person}副县长带队赴{town}镇调研{kw}工作。',
    '{town}镇党委书记{person}主持召开专题会议，研究部署{kw}工作。',
    '{village}村党支部书记{person}获评全市优秀党务工作者。',
    '经{cdept}审核，{person}等{n:名}同志符合申报条件。',
    '{proj}完成投资{m}，形象进度达到{p}。',
    '{md}，{cdept}在{town}镇召开{kw}现场观摩会，{n:个}单位参会。',
    '全年办理人大代表建议{n:件}、政协委员提案{n:件}，满意率{p}。',
    '{comm}社区推行网格化服务，配备专兼职网格员{n:名}。',
    '累计发放创业担保贷款{m}，带动就业{n:人}。',
    '生猪出栏{n:头}，家禽出栏{n:只}，肉类总产量{f:万吨}。',
    '完成第三次全国土壤普查外业采样{n:个}点位。',
    '建成村级综合服务站{n:个}，实现{street}街道全覆盖。',
    '清理河道垃圾{n:吨}，拆除违法建筑{n:平方米}。',
    '{co}成功入选省级龙头企业，年销售收入{m}。',
    '城镇居民人均可支配收入{n:元}，同比增长{p}。',
    '{y}{mo}，{district}区与{county}县签订对口协作协议，共建产业园区{n:个}。',
    '新增光伏装机容量{f:万千瓦}，清洁能源占比提高{pp}。',
    '共调处劳资纠纷{n:起}，为{n:名}劳动者追讨工资{m}。',
]

HEAD_TEMPLATES = [
    '{county}县{y}政府工作报告',
    '{town}镇{y}上半年工作总结',
    '{cdept}关于{kw}工作情况的报告',
    '{street}街道{y}工作总结及下一年工作计划',
    '{county}县{kw}专项行动实施方案',
    '关于{y}度{kw}工作的自查报告',
]

EDU_CTX = [
    '全县共有中小学{n:所}，在校学生{n:人}。',
    '教研室组织开展送教下乡活动{n:次}，覆盖{town}镇等{n:个}乡镇。',
    '{county}县实验小学被评为省级文明校园。',
    '举办青年教师教学比武，{n:名}教师获奖。',
    '全年开展课堂教学视导{n:次}，听评课{n:节}。',
    '{town}镇中心学校新建录播教室{n:间}。',
    '组织骨干教师参加省级培训{n:名}。',
]
IT_CTX = [
    '县数据资源局完成政务云扩容，新增虚拟机{n:台}。',
    '全年处置网络安全告警{n:起}，未发生重大网络安全事件。',
    '电子政务外网已覆盖{n:个}乡镇和{n:个}部门。',
    '完成信息系统等级保护测评{n:个}。',
    '门户网站全年发布信息{n:条}，访问量{f:万人次}。',
    '{cdept}上线移动办公平台，注册用户{n:人}。',
    '整合部门自建系统{n:个}，数据共享接口调用{f:万人次}。',
]
FOREIGN_CTX = [
    '全年接待境外来访团组{n:批}，共{n:名}外宾。',
    '外事办协助办理因公出国（境）手续{n:批}。',
    '{county}县与友好城市签署合作备忘录{n:项}。',
    '外贸企业新增出口订单{m}，同比增长{p}。',
    '{co}与外方合作伙伴签订技术交流协议。',
    '举办国际友城青少年交流营，参与学生{n:人}。',
]
UNIT_RANGE['台'] = (2, 500)
UNIT_RANGE['节'] = (20, 900)

# ---------------------------------------------------------------------------
# segment builder and template rendering
# ---------------------------------------------------------------------------

def S(t):
    return (t, None)


def M(t):
    return (t, True)


def build(segs):
    """segs: (string, info) with info None (clean), True (ph span) or a recipe string (mj span).
    Returns text, spans, infos (one info list per merged span)."""
    parts = []
    spans = []
    infos = []
    pos = 0
    for s, info in segs:
        if not s:
            continue
        if info is not None:
            if spans and spans[-1][1] == pos:
                spans[-1][1] = pos + len(s)
                infos[-1].append(info)
            else:
                spans.append([pos, pos + len(s)])
                infos.append([info])
        parts.append(s)
        pos += len(s)
    return ''.join(parts), spans, infos


SLOT_RE = re.compile(r'\{(\w+)(?::([^{}]+))?\}')


def fmt_int(rng, v):
    if v >= 1000 and rng.random() < 0.3:
        return '{:,}'.format(v)
    return str(v)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def person_data(rng):
    return {'sur': pick(rng, SURNAMES), 'given': pick(rng, GIVEN)}


def money_data(rng):
    r = rng.random()
    if r < 0.35:
        return {'num': fmt_int(rng, rng.randint(50, 9999)), 'unit': '万元'}
    if r < 0.7:
        v = rng.randint(10000, 999999) / 100
        return {'num': ('{:,.2f}' if rng.random() < 0.4 else '{:.2f}').format(v), 'unit': '万元'}
    return {'num': '{:.2f}'.format(rng.randint(5, 30000) / 100), 'unit': '亿元'}


def slot_data(rng, kind, arg):
    """Return a dict with at least 'text'."""
    if kind == 'n':
        lo, hi = UNIT_RANGE.get(arg, (2, 500))
        d = {'num': fmt_int(rng, rng.randint(lo, hi)), 'unit': arg}
    elif kind == 'f':
        lo, hi = FRANGE.get(arg, (1, 100))
        v = rng.uniform(lo, hi)
        d = {'num': ('{:.1f}' if rng.random() < 0.7 else '{:.2f}').format(v), 'unit': arg}
    elif kind == 'm':
        d = money_data(rng)
    elif kind == 'p':
        v = rng.randint(5, 999) / 10
        num = '{:.1f}'.format(v) if rng.random() < 0.75 else str(int(v) or 1)
        d = {'num': num, 'unit': '％' if rng.random() < 0.12 else '%'}
    elif kind == 'pp':
        d = {'num': '{:.1f}'.format(rng.randint(1, 99) / 10), 'unit': '个百分点'}
    elif kind == 'md':
        d = {'m': str(rng.randint(1, 12)), 'd': str(rng.randint(1, 28))}
        d['text'] = d['m'] + '月' + d['d'] + '日'
        return d
    elif kind == 'mo':
        d = {'m': str(rng.randint(1, 12))}
        d['text'] = d['m'] + '月'
        return d
    elif kind == 'y':
        d = {'y': str(rng.randint(2019, 2024))}
        d['text'] = d['y'] + '年'
        return d
    elif kind in ('county', 'town', 'street', 'village', 'comm', 'city', 'district'):
        pool = {'county': COUNTIES, 'town': TOWNS, 'street': STREETS, 'village': VILLAGES,
                'comm': COMMUNITIES, 'city': CITIES, 'district': DISTRICTS}[kind]
        d = {'name': pick(rng, pool)}
        d['text'] = d['name']
        return d
    elif kind in ('road', 'river'):
        nm = pick(rng, ROADS if kind == 'road' else RIVERS)
        suf = nm[-2:] if nm.endswith(('大道', '北路', '东路')) else nm[-1]
        if nm.endswith('河') and kind == 'river' and len(nm) > 2:
            suf = '河'
        d = {'name': nm[:-len(suf)], 'suf': suf, 'text': nm}
        return d
    elif kind == 'person':
        d = person_data(rng)
        d['text'] = d['sur'] + d['given']
        return d
    elif kind in ('cdept', 'dept'):
        d = {'place': pick(rng, COUNTIES), 'dept': pick(rng, DEPTS)}
        d['text'] = (d['place'] + '县' if kind == 'cdept' else '') + d['dept']
        return d
    elif kind == 'co':
        d = {'place': pick(rng, CITIES), 'core': pick(rng, CO_CORE), 'ind': pick(rng, CO_IND)}
        d['text'] = d['place'] + d['core'] + d['ind'] + '有限公司'
        return d
    elif kind == 'proj':
        d = {'place': pick(rng, COUNTIES), 'rest': pick(rng, PROJ)}
        d['text'] = d['place'] + '县' + d['rest']
        return d
    elif kind in ('kw', 'event'):
        d = {'text': pick(rng, KW if kind == 'kw' else EVENTS)}
        return d
    elif kind == 'mobile':
        d = {'num': pick(rng, ['139', '137', '158', '181', '135', '152', '176', '189']) +
             ''.join(str(rng.randint(0, 9)) for _ in range(8))}
        d['text'] = d['num']
        return d
    elif kind == 'phone':
        d = {'area': '0' + str(rng.randint(710, 799)), 'num': str(rng.randint(2, 8)) +
             ''.join(str(rng.randint(0, 9)) for _ in range(6))}
        d['text'] = d['area'] + '-' + d['num']
        return d
    elif kind == 'email':
        d = {'user': pick(rng, ['zlxzfb', 'hcsnyj', 'twxwsj', 'dqjyj', 'jcsthj', 'xyzwfw', 'rafgw']),
             'dom': pick(rng, ['163.com', '126.com', 'qq.com', 'sina.com'])}
        d['text'] = d['user'] + '@' + d['dom']
        return d
    elif kind == 'web':
        d = {'host': pick(rng, ['zhelan', 'tingwu', 'zhuqiao', 'jichuan', 'shanyu', 'xiyuan', 'ruian2'])}
        d['text'] = 'www.' + d['host'] + '.gov.cn'
        return d
    elif kind == 'docno':
        d = {'pre': pick(rng, DOCPRE), 'year': str(rng.randint(2019, 2024)), 'no': str(rng.randint(1, 160))}
        d['text'] = d['pre'] + '〔' + d['year'] + '〕' + d['no'] + '号'
        return d
    else:
        raise ValueError(kind)
    d['text'] = d['num'] + d['unit']
    return d


def render(rng, tpl):
    """Template -> list of items ('lit', s) / ('slot', kind, arg, data)."""
    items = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            items.append(('lit', tpl[pos:m.start()]))
        items.append(('slot', m.group(1), m.group(2), slot_data(rng, m.group(1), m.group(2))))
        pos = m.end()
    if pos < len(tpl):
        items.append(('lit', tpl[pos:]))
    return items


def tpl_kinds(tpl):
    return [m.group(1) for m in SLOT_RE.finditer(tpl)]


def items_segs(items, masker=None):
    out = []
    for it in items:
        if it[0] == 'lit':
            out.append(S(it[1]))
            continue
        segs = masker(it) if masker else None
        if segs is None:
            out.append(S(it[3]['text']))
        else:
            out.extend(segs)
    return out


def items_text(items, base=0):
    """Clean text of items plus the slot positions [(start, end, kind)]."""
    parts = []
    slots = []
    pos = base
    for it in items:
        t = it[1] if it[0] == 'lit' else it[3]['text']
        if it[0] == 'slot':
            slots.append((pos, pos + len(t), it[1]))
        parts.append(t)
        pos += len(t)
    return ''.join(parts), slots


NUM_KINDS = ('n', 'f', 'm', 'p', 'pp')
PLACE_KINDS = ('county', 'town', 'street', 'village', 'comm', 'city', 'district')


def tpls_with(kinds):
    return [t for t in TEMPLATES if any(k in kinds for k in tpl_kinds(t))]

# ---------------------------------------------------------------------------
# mask renderers (placeholders)
# ---------------------------------------------------------------------------

FW = {'x': 'ｘ', 'X': 'Ｘ'}


def is_fw(ch):
    return ch in ('ｘ', 'Ｘ', '＊', '＿')


def mask_number(rng, num, ch, mode='shape'):
    """num such as '1,236.58'.  Returns a list of segments (mask runs, keeping the
    number's punctuation inside one span; real digits outside)."""
    if mode == 'partial' and is_fw(ch):
        mode = 'shape'
    if mode == 'shape':
        out = []
        for c in num:
            if c.isdigit():
                out.append(ch)
            elif c == '.':
                out.append('．' if is_fw(ch) else '.')
            elif c == ',':
                if is_fw(ch):
                    continue
                out.append(',')
            else:
                out.append(c)
        return [M(''.join(out))]
    if mode == 'free':
        ip = ch * rng.choice([1, 2, 2, 2, 3, 3, 4])
        if '.' in num:
            dec = num.split('.')[1]
            return [M(ip + ('．' if is_fw(ch) else '.') + ch * len(dec))]
        return [M(ip)]
    if mode == 'partial':
        digits = [i for i, c in enumerate(num) if c.isdigit()]
        if len(digits) < 2:
            return [M(ch * len(digits) or ch)]
        if '.' in num and rng.random() < 0.6:
            k = num.index('.') + 1  # keep integer part and point, mask the decimals
        else:
            keep = rng.randint(1, len(digits) - 1)
            k = digits[keep]
        head, tail = num[:k], num[k:]
        tail_m = ''.join(ch if c.isdigit() else c for c in tail)
        # a mask run must not end in punctuation
        segs = [S(head), M(tail_m)]
        if tail_m and not tail_m[0].isalnum() and tail_m[0] not in MASK_CHARS:
            segs = [S(head + tail_m[0]), M(tail_m[1:])]
        return segs
    raise ValueError(mode)


def mask_slot(rng, it, ch, mode=None, name_mode=None):
    """Mask one slot item with mask character ch.  Returns segments."""
    kind, arg, d = it[1], it[2], it[3]
    if kind in NUM_KINDS:
        md = mode or rng.choice(['shape', 'shape', 'free', 'free', 'partial'])
        return mask_number(rng, d['num'], ch, md) + [S(d['unit'])]
    if kind == 'md':
        r = rng.random()
        mm = ch * (len(d['m']) if rng.random() < 0.6 else rng.choice([1, 2]))
        dd = ch * (len(d['d']) if rng.random() < 0.5 else 2)
        if r < 0.7:
            return [M(mm), S('月'), M(dd), S('日')]
        if r < 0.85:
            return [S(d['m'] + '月'), M(dd), S('日')]
        return [M(mm), S('月'), S(d['d'] + '日')]
    if kind == 'mo':
        return [M(ch * rng.choice([1, 1, 2])), S('月')]
    if kind == 'y':
        r = rng.random()
        if r < 0.55:
            return [S('20'), M(ch * 2), S('年')]
        if r < 0.8:
            return [S('202'), M(ch), S('年')]
        return [M(ch * 4), S('年')]
    if kind in PLACE_KINDS:
        if ch == '某':
            return [M('某某')]
        return [M(ch * rng.choice([2, 2, 2, 3, len(d['name'])]))]
    if kind in ('road', 'river'):
        return [M('某某' if ch == '某' else ch * 2), S(d['suf'])]
    if kind == 'person':
        nm = name_mode or rng.choice(['sur', 'sur', 'full'])
        if nm == 'sur':
            if ch == '某':
                return [S(d['sur']), M(rng.choice(['某', '某某']))]
            return [S(d['sur']), M(ch * rng.choice([1, 2, 2]))]
        if ch == '某':
            return [M('某某某' if rng.random() < 0.7 else '某某')]
        return [M(ch * 3)]
    if kind == 'cdept':
        return [M('某某' if ch == '某' else ch * 2), S('县' + d['dept'])]
    if kind == 'co':
        if ch == '某':
            return [M('某某'), S(d['ind'] + '有限公司')]
        if rng.random() < 0.5:
            return [M(ch * 2), S(d['ind'] + '有限公司')]
        return [M(ch * rng.choice([2, 3, 4])), S('有限公司')]
    if kind == 'proj':
        return [M('某某' if ch == '某' else ch * 2), S('县' + d['rest'])]
    if kind in ('kw', 'event'):
        return [M(ch * rng.choice([2, 4, 4, 6]))]
    if kind == 'docno':
        r = rng.random()
        if r < 0.5:
            return [S(d['pre'] + '〔' + d['year'] + '〕'), M(ch * len(d['no'])), S('号')]
        if r < 0.75:
            return [M(ch), S(d['pre'][1:] + '〔' + d['year'] + '〕'), M(ch * 2), S('号')]
        return [S(d['pre'] + '〔20'), M(ch * 2), S('〕'), M(ch * 2), S('号')]
    if kind == 'mobile':
        return [S(d['num'][:3]), M(ch * 4), S(d['num'][7:])]
    if kind == 'phone':
        if rng.random() < 0.5:
            return [S(d['area'] + '-'), M(ch * len(d['num']))]
        return [S('0'), M(ch * 3 + '-' + ch * len(d['num']))]
    if kind == 'email':
        return [M(ch * rng.choice([3, 4, 6])), S('@' + d['dom'])]
    if kind == 'web':
        return [S('www.'), M(ch * 3), S('.gov.cn')]
    raise ValueError(kind)


def masked_paragraph(rng, kinds, ch, n_sent=(2, 4), prob=0.75, mode=None, name_mode=None, tpls=None):
    """Pick sentences containing slots of `kinds` and mask them with ch."""
    pool = tpls or tpls_with(kinds)
    k = rng.randint(*n_sent)
    chosen = rng.sample(pool, min(k, len(pool)))
    segs = []
    cnt = [0]
    first = []

    def masker(it):
        if it[1] in kinds:
            if not first:
                first.append(it)
            if rng.random() < prob:
                cnt[0] += 1
                return mask_slot(rng, it, ch, mode, name_mode)
        return None
    for t in chosen:
        items = render(rng, t)
        segs.extend(items_segs(items, masker))
    if cnt[0] == 0:
        return masked_paragraph(rng, kinds, ch, n_sent, 1.0, mode, name_mode, tpls)
    return segs


def clean_sentences(rng, k, pool=None):
    pool = pool or TEMPLATES
    return ''.join(items_text(render(rng, t))[0] for t in rng.sample(pool, min(k, len(pool))))


def lead_in(rng, prefix=True):
    """Optional clean heading / opening before a body."""
    r = rng.random()
    if r < 0.3:
        return pick(rng, HEADINGS) + '\n'
    if r < 0.45:
        return items_text(render(rng, pick(rng, HEAD_TEMPLATES)))[0] + '\n'
    if r < 0.6 and prefix:
        return pick(rng, ['一是', '二是', '三是', '同时，', '此外，', '截至目前，', '今年以来，'])
    return ''

# ---------------------------------------------------------------------------
# style registry
# ---------------------------------------------------------------------------

STYLES = []


def style(family, name, label, desc):
    def deco(fn):
        STYLES.append((family, name, label, fn, desc))
        return fn
    return deco


def fill(rng, tpl):
    return items_text(render(rng, tpl))[0]


def body(rng, k=None):
    return clean_sentences(rng, k or rng.randint(1, 2))


def around(rng, segs, before=True, after=True, prefix=False):
    """Wrap segments with optional clean context."""
    out = []
    if before:
        li = lead_in(rng, prefix)
        if li:
            out.append(S(li))
        if rng.random() < 0.35:
            out.append(S(body(rng, 1)))
    out.extend(segs)
    if after and rng.random() < 0.4:
        last = ''.join(t for t, _ in out)[-1:]
        out.append(S(('' if last in '。！？；\n' else '\n') + body(rng, 1)))
    return out


FIELD_NAMES = ['单位名称', '项目名称', '姓名', '填报日期', '金额', '联系人', '联系电话', '文件名称', '年度',
               '乡镇名称', '村名', '负责人', '完成时间', '工作内容', '具体数据', '身份证号', '详细地址', '事由',
               '标题', '正文', '部门', '职务', '数量', '发文字号', '会议名称', '企业名称', '日期']


def name_of(rng):
    return pick(rng, SURNAMES) + pick(rng, GIVEN)


def rdigits(rng, k):
    return ''.join(str(rng.randint(0, 9)) for _ in range(k))

# ----------------------------- ph positives --------------------------------


def _mask_style(name, chars, kinds, desc, mode=None, prob=0.75):
    def fn(rng):
        ch = pick(rng, chars)
        segs = masked_paragraph(rng, kinds, ch, mode=mode, prob=prob)
        return around(rng, segs, prefix=True), desc + '（掩码字符 %s）' % ch
    style('ph', name, 'placeholder', desc)(fn)


_mask_style('ph_cnt_lowerx', ['x'], NUM_KINDS, '数量、金额、比例中的数字用小写x掩去')
_mask_style('ph_cnt_upperx', ['X'], NUM_KINDS, '数量、金额、比例中的数字用大写X掩去')
_mask_style('ph_cnt_fullwidth', ['ｘ', 'Ｘ'], NUM_KINDS, '数字和金额用全角ｘ/Ｘ掩去，小数点为全角．（ｘｘ．ｘｘ亿元）')
_mask_style('ph_cnt_times', ['×'], NUM_KINDS + ('md', 'y'), '数字用乘号×掩去')
_mask_style('ph_cnt_star', ['*', '＊'], NUM_KINDS + ('md',), '数字用星号*或全角＊掩去')
_mask_style('ph_cnt_blackcircle', ['●'], NUM_KINDS + ('md',), '数字用实心圆●掩去')
_mask_style('ph_cnt_square', ['□'], NUM_KINDS + ('md', 'y', 'mo'), '数字和日期用方框□掩去')
_mask_style('ph_cnt_whitecircle', ['○'], NUM_KINDS + PLACE_KINDS, '数字与地名用空心圆○掩去（○○县○○镇）')
_mask_style('ph_money_decimal', ['x', 'X'], ('m',), '金额保留小数点和千分位，数字掩去（xx.xx万元、x,xxx.xx万元）', mode='shape', prob=0.9)
_mask_style('ph_money_partial', ['x', 'X', '*'], ('m', 'n', 'f'), '只掩去部分数位（12.xx万元、1,2xx户），真实数位留在范围外', mode='partial', prob=0.8)
_mask_style('ph_pct', ['x', 'X'], ('p', 'pp'), '百分比与百分点掩码（xx%、xx.x%、x.x个百分点）', prob=0.85)
_mask_style('ph_date_md', ['x', 'X'], ('md',), '月日掩码（x月xx日，两个范围）', prob=0.9)
_mask_style('ph_name_mou', ['某'], ('person',), '人名保留姓氏，名用某/某某代替', prob=0.9)
_mask_style('ph_place_xx', ['X', 'x'], PLACE_KINDS + ('road', 'river'), '地名用XX/xx掩去（XX县XX镇、xx村）', prob=0.8)
_mask_style('ph_place_mou', ['某'], PLACE_KINDS + ('road',), '地名用某某代替（某某镇某某村）', prob=0.8)
_mask_style('ph_org_xx', ['X', 'x', '×'], ('co', 'cdept', 'proj'), '单位、企业、项目名称中的地名字号掩去', prob=0.9)


@style('ph', 'ph_date_year', 'placeholder', '年份掩码（20xx年、202x年、XXXX年），正文与标题中')
def ph_date_year(rng):
    ch = pick(rng, ['x', 'X'])
    if rng.random() < 0.4:
        items = render(rng, pick(rng, HEAD_TEMPLATES))
        if 'y' not in [it[1] for it in items if it[0] == 'slot']:
            items = render(rng, '{county}县{y}工作总结')
        segs = items_segs(items, lambda it: mask_slot(rng, it, ch) if it[1] == 'y' else None)
        segs.append(S('\n'))
        segs.extend(masked_paragraph(rng, ('y',), ch, n_sent=(1, 2), prob=0.5) if rng.random() < 0.5
                    else [S(body(rng, 2))])
        return segs, '标题和正文中的年份掩码'
    segs = masked_paragraph(rng, ('y',), ch, prob=0.9)
    return around(rng, segs), '正文中的年份掩码'


@style('ph', 'ph_date_full', 'placeholder', '通知、回执中的完整日期掩码（20xx年x月x日、星期x）')
def ph_date_full(rng):
    ch = pick(rng, ['x', 'X', '×'])
    wk = [S('（星期'), M(ch), S('）')] if rng.random() < 0.4 else []
    date = [S('20'), M(ch * 2), S('年'), M(ch * rng.choice([1, 2])), S('月'), M(ch * rng.choice([1, 2])), S('日')]
    if rng.random() < 0.3:
        date = [M(ch * 4), S('年'), M(ch * 2), S('月'), M(ch * 2), S('日')]
    forms = [
        [S('请各单位于')] + date + [S('前将%s报送至县%s，逾期视为放弃。' % (pick(rng, ['申报材料', '自查报告', '统计报表', '推荐名单']), pick(rng, DEPTS)))],
        [S('会议时间：')] + date + wk + [S('上午9:00\n会议地点：%s县行政中心%s楼会议室' % (pick(rng, COUNTIES), pick(rng, '二三四五六')))],
        [S('本通知自')] + date + [S('起施行，有效期%s年。' % pick(rng, ['两', '三', '五']))],
        [S('活动时间：')] + date + [S('至')] + [S('20'), M(ch * 2), S('年'), M(ch), S('月'), M(ch), S('日')] + [S('\n活动地点：%s镇文化广场' % pick(rng, TOWNS))],
        [S('报名截止日期为')] + date + wk + [S('，咨询电话见附件。')],
    ]
    segs = pick(rng, forms)
    return around(rng, segs), '完整日期掩码'


@style('ph', 'ph_time_clock', 'placeholder', '时刻掩码（xx:xx、xx时xx分）')
def ph_time_clock(rng):
    ch = pick(rng, ['x', 'X'])
    forms = [
        [S('%d月%d日' % (rng.randint(1, 12), rng.randint(1, 28))), M(ch * 2), S('时'), M(ch * 2), S('分许，%s镇%s村发生一起%s，%s迅速赶赴现场处置。' % (pick(rng, TOWNS), pick(rng, VILLAGES), pick(rng, ['山林火情', '道路交通事故', '民房漏电火情', '山体塌方']), pick(rng, ['镇应急分队', '消防救援站', '派出所民警'])))],
        [S('会议定于%d月%d日上午' % (rng.randint(1, 12), rng.randint(1, 28))), M(ch * 2 + ':' + ch * 2), S('在县政府%s会议室召开，请提前%d分钟签到。' % (pick(rng, ['一号', '二号', '三楼']), pick(rng, [10, 15, 20, 30])))],
        [S('办理时间：工作日'), M(ch + ':' + ch * 2), S('—'), M(ch * 2 + ':' + ch * 2), S('，节假日不对外办公。')],
        [S('现场核查于当日'), M(ch * 2), S('时结束，共发现问题%d个。' % rng.randint(2, 19))],
    ]
    return around(rng, pick(rng, forms)), '时刻掩码'


@style('ph', 'ph_name_fullmask', 'placeholder', '整个人名被掩去（某某某、XXX、×××、***）')
def ph_name_fullmask(rng):
    ch = pick(rng, ['某', 'X', '×', '*'])
    segs = masked_paragraph(rng, ('person',), ch, name_mode='full', prob=0.9)
    if rng.random() < 0.5:
        full = {'某': '某某某', 'X': 'XXX', '×': '×××', '*': '***'}[ch]
        extra = pick(rng, [
            [S('\n经办人：'), M(full), S('　　审核人：'), M(full)],
            [S('\n表彰对象：'), M(full), S('同志（%s镇%s村）' % (pick(rng, TOWNS), pick(rng, VILLAGES)))],
            [S('\n'), M(full), S('，男，%s镇人，因%s被依法行政拘留。' % (pick(rng, TOWNS), pick(rng, ['寻衅滋事', '非法捕捞', '违规燃放烟花爆竹'])))],
        ])
        segs = segs + extra
    return around(rng, segs, after=False), '整名掩码（%s）' % ch


@style('ph', 'ph_name_x', 'placeholder', '保留姓氏、名字用X/x/*/×掩去（王X、李XX、陈**）')
def ph_name_x(rng):
    ch = pick(rng, ['X', 'x', '*', '×'])
    segs = masked_paragraph(rng, ('person',), ch, name_mode='sur', prob=0.9)
    return around(rng, segs), '姓氏保留，名掩去（%s）' % ch


@style('ph', 'ph_address', 'placeholder', '地址中的门牌、楼栋、路名、邮编掩码（XX路xx号x栋x单元xxx室）')
def ph_address(rng):
    ch = pick(rng, ['x', 'X'])
    c2 = ch * 2
    forms = [
        [M(c2), S('省'), M(c2), S('市'), M(c2), S('区'), M(c2), S('路'), M(ch * rng.choice([2, 3])), S('号')],
        [S(pick(rng, COUNTIES) + '县' + pick(rng, TOWNS) + '镇'), M(c2), S('村'), M(ch), S('组')],
        [S(pick(rng, ROADS)), M(c2), S('号' + pick(rng, COMMUNITIES) + '小区'), M(ch), S('栋'), M(ch), S('单元'), M(ch * 3), S('室')],
        [S(pick(rng, CITIES) + '市'), M(c2), S('区'), M(c2), S('街道'), M(c2), S('社区'), M(c2), S('巷'), M(ch * 2), S('号')],
    ]
    addr = pick(rng, forms)
    lead = pick(rng, ['当事人住所：', '项目建设地点：', '通讯地址：', '经营场所位于', '申请人现居住于', '送达地址：'])
    segs = [S(lead)] + addr
    if rng.random() < 0.4:
        segs += [S('，邮编：'), M(ch * 6)]
    segs.append(S(pick(rng, ['。', '；', '\n'])))
    return around(rng, segs), '地址掩码'


@style('ph', 'ph_phone', 'placeholder', '电话号码掩码（138****5678、0xxx-xxxxxxx、400-xxx-xxxx）')
def ph_phone(rng):
    ch = pick(rng, ['x', 'X', '*'])
    mob = pick(rng, ['139', '137', '158', '181', '135']) + rdigits(rng, 8)
    nums = [
        [S(mob[:3]), M('****' if ch != 'x' else 'xxxx'), S(mob[7:])],
        [S('0'), M(ch * 3 + '-' + ch * 7)],
        [S('400-'), M(ch * 3 + '-' + ch * 4)],
        [S('1'), M(ch * 2 + ' ' + ch * 4 + ' ' + ch * 4)],
        [M(ch * 4 + '-' + ch * 8)],
        [S('0%d-' % rng.randint(710, 799)), M(ch * 7)],
    ]
    lead = pick(rng, ['联系人：%s，联系电话：' % name_of(rng), '举报电话：', '服务热线：', '值班电话：', '手机：',
                      '传真：', '咨询电话：', '%s镇便民服务中心电话：' % pick(rng, TOWNS)])
    n1, n2 = rng.sample(nums, 2)
    segs = [S(lead)] + n1
    if rng.random() < 0.4:
        segs += [S('；' + pick(rng, ['监督电话：', '备用电话：', '手机：']))] + n2
    segs.append(S(pick(rng, ['。', '\n'])))
    return around(rng, segs), '电话号码掩码'


@style('ph', 'ph_idcard', 'placeholder', '身份证号、统一社会信用代码部分或全部掩去，真实数字和校验位留在外面')
def ph_idcard(rng):
    ch = pick(rng, ['*', 'x', 'X'])
    pre = str(rng.randint(31, 53)) + rdigits(rng, 4)
    last = rdigits(rng, 3) + pick(rng, ['X', str(rng.randint(0, 9))])
    forms = [
        [S('身份证号：' + pre), M(ch * 8), S(last)],
        [S('公民身份号码：' + pre[:4]), M(ch * 10), S(last)],
        [S('证件号码：'), M(ch * 18)],
        [S('身份证号码：' + pre[:2]), M('xxxx'), S('19'), M('xxxxxxxx'), S(rdigits(rng, 1)), M('x')],
        [S('统一社会信用代码：91' + pre[:4]), M(ch * 8), S('MA'), M(ch * 3), S(rdigits(rng, 1) + pick(rng, 'ABCDEFGH'))],
    ]
    who = pick(rng, ['申请人%s某' % pick(rng, SURNAMES), '当事人：%s' % name_of(rng), '法定代表人%s' % name_of(rng),
                     '受助对象%s某某' % pick(rng, SURNAMES)])
    segs = [S(who + '，')] + pick(rng, forms) + [S(pick(rng, ['。', '；', '\n']))]
    # the who-part may itself contain 某: make it a span as well
    out = []
    for s, info in segs:
        if info is None and '某' in s:
            i = s.index('某')
            j = i
            while j < len(s) and s[j] == '某':
                j += 1
            out.extend([S(s[:i]), M(s[i:j]), S(s[j:])])
        else:
            out.append((s, info))
    return around(rng, out), '证件号码掩码'


@style('ph', 'ph_bank', 'placeholder', '银行卡号、账号、开户行掩码（6222 **** **** 1234、XX银行XX支行）')
def ph_bank(rng):
    ch = pick(rng, ['*', 'x', 'X'])
    head = pick(rng, ['6222', '6217', '6228', '6230', '6214'])
    forms = [
        [S('账号：' + head + ' '), M(' '.join([ch * 4] * 2)), S(' ' + rdigits(rng, 4))],
        [S('银行卡号：' + head), M(ch * 11), S(rdigits(rng, 4))],
        [S('账号：'), M(' '.join([ch * 4] * 4) + ' ' + ch * 3)],
        [S('开户银行：'), M(ch * 2), S('银行'), M(ch * 2), S('支行')],
        [S('户名：'), M(ch * 3 if ch != '*' else '***'), S('；开户行：'), M(ch * 2), S('农商银行'), M(ch * 2), S('分理处')],
    ]
    lead = pick(rng, ['补贴资金发放至以下账户：', '收款单位信息\n', '请将保证金转入以下账户。', '退付账户信息如下：'])
    f1, f2 = rng.sample(forms, 2)
    segs = [S(lead)] + f1
    if rng.random() < 0.5:
        segs += [S('\n')] + f2
    return around(rng, segs, after=False), '银行账户掩码'


@style('ph', 'ph_url_email', 'placeholder', '网址、邮箱、公众号、QQ/微信号掩码（www.xxx.gov.cn、xxx@xxx.com）')
def ph_url_email(rng):
    ch = pick(rng, ['x', 'X'])
    forms = [
        [S('网址：www.'), M(ch * 3), S('.gov.cn')],
        [S('电子邮箱：'), M(ch * rng.choice([4, 6, 8])), S('@' + pick(rng, ['163.com', '126.com', 'qq.com']))],
        [S('邮箱：'), M(ch * 3 + '@' + ch * 3), S('.com')],
        [S('官方网站（http://'), M(ch * 3 + '.' + ch * 3), S('.gov.cn）')],
        [S('微信公众号“'), M(ch * 2), S('发布”')],
        [S('QQ群：'), M(ch * 9)],
        [S('微信号：'), M(ch * 6)],
        [S('详见http://www.'), M(ch * 4), S('.com/'), M(ch * 3), S('.html')],
    ]
    lead = pick(rng, ['具体事项可登录县政府门户网站查询，', '材料电子版请发送至指定邮箱。', '欢迎关注并参与线上评议。',
                      '报名方式：'])
    f1, f2 = rng.sample(forms, 2)
    segs = [S(lead)] + f1 + [S('；')] + f2 + [S('。')]
    return around(rng, segs), '网址邮箱账号掩码'


@style('ph', 'ph_docnum', 'placeholder', '发文字号中的序号、年份、机关代字掩码（x政发〔2023〕xx号）')
def ph_docnum(rng):
    ch = pick(rng, ['x', 'X', '×'])
    tpls = ['根据《{county}县关于进一步加强{kw}工作的通知》（{docno}）要求，现将有关情况报告如下。',
            '{cdept}印发《{kw}三年行动方案》（{docno}），明确了责任分工和时间节点。',
            '按照县委办公室、县政府办公室《关于开展{kw}专项督查的通知》（{docno}）部署，{town}镇迅速组织自查。',
            '依据《{county}县{kw}考核办法》（{docno}）第三条规定，对考核结果进行通报。']
    segs = []
    for _ in range(rng.randint(1, 2)):
        items = render(rng, pick(rng, tpls))
        segs.extend(items_segs(items, lambda it: mask_slot(rng, it, ch) if it[1] == 'docno' else None))
    return around(rng, segs, before=rng.random() < 0.5), '发文字号掩码'


@style('ph', 'ph_title_quote', 'placeholder', '书名号、引号内名称被掩去（《XX县XXXX年度工作要点》、“xxxx”行动）')
def ph_title_quote(rng):
    ch = pick(rng, ['x', 'X'])
    forms = [
        [S('印发《'), M(ch * 2), S('县'), M(ch * 4), S('年度%s工作要点》' % pick(rng, KW))],
        [S('开展“'), M(ch * 4), S('”专项行动')],
        [S('印发《关于印发'), M(ch * rng.choice([4, 6])), S('实施方案的通知》')],
        [S('举办“'), M(ch * 2), S('杯”%s' % pick(rng, ['职工篮球赛', '乡村歌手大赛', '青少年书法比赛']))],
        [S('打造“'), M(ch * 2), S('%s”区域公用品牌' % pick(rng, ['好茶', '米业', '山货']))],
        [S('编制《'), M(ch * 2), S('镇国土空间规划（2021—2035年）》')],
    ]
    segs = [S(pick(rng, ['今年以来，我局', '全年', '下半年，', '%s镇' % pick(rng, TOWNS)]))] + pick(rng, forms) + \
        [S('，' + pick(rng, ['取得了明显成效。', '覆盖%d个行政村。' % rng.randint(5, 40), '参与群众%d人次。' % rng.randint(300, 9000), '为全县%s工作提供了有力支撑。' % pick(rng, KW)]))]
    return around(rng, segs), '名称掩码'


EN_KEYS = {'单位名称': 'orgName', '文件名称': 'docTitle', '年度': 'year', '姓名': 'name', '职务': 'position',
           '项目名称': 'project_name', '金额': 'amount', '日期': 'date', '活动名称': 'event_name', '人数': 'count',
           '事项': 'matter', '企业名称': 'company', '建设地点': 'location'}


def _field_style(name, desc, wrap):
    def fn(rng):
        def w(f):
            return M(wrap(rng, f))
        forms = [
            [w('单位名称'), S('：\n　　根据'), w('文件名称'), S('要求，现将我单位'), w('年度'), S('工作情况报告如下。')],
            [S('兹证明'), w('姓名'), S('同志系我单位在职职工，现任'), w('职务'), S('职务，特此证明。')],
            [S('项目名称：'), w('项目名称'), S('\n建设单位：'), w('单位名称'), S('\n建设地点：'), w('建设地点'), S('\n总投资：'), w('金额'), S('万元')],
            [S(pick(rng, TOWNS) + '镇于'), w('日期'), S('组织开展了'), w('活动名称'), S('，共'), w('人数'), S('人参加。')],
            [S('致'), w('单位名称'), S('：\n　　你单位报送的'), w('文件名称'), S('已收悉，经研究，同意'), w('事项'), S('。')],
            [S('经审核，'), w('企业名称'), S('申报的'), w('项目名称'), S('符合条件，拟给予补助资金'), w('金额'), S('元。')],
        ]
        return around(rng, pick(rng, forms)), desc
    style('ph', name, 'placeholder', desc)(fn)


_field_style('ph_field_cnbracket', '方头括号模板字段（【单位名称】【填报日期】）', lambda rng, f: '【%s】' % f)
_field_style('ph_field_square', '方括号类模板字段（[项目名称]、［姓名］、〖单位名称〗）',
             lambda rng, f: pick(rng, ['[%s]', '［%s］', '[ %s ]', '〖%s〗']) % f)
_field_style('ph_field_curly', '花括号与插值模板字段（{单位名称}、{{project_name}}、${orgName}、｛姓名｝）',
             lambda rng, f: pick(rng, ['{%s}', '{{%s}}', '{{ %s }}', '${%s}', '｛%s｝']) % (EN_KEYS[f] if rng.random() < 0.4 else f))
_field_style('ph_field_angle', '尖括号与书名号式合并域（<单位>、<<姓名>>、«姓名»、〈项目〉、＜部门＞）',
             lambda rng, f: pick(rng, ['<%s>', '<<%s>>', '«%s»', '〈%s〉', '＜%s＞']) % f)


@style('ph', 'ph_mergefield', 'placeholder', 'Word 域代码残留（{ MERGEFIELD 姓名 }、{ FILLIN "…" }）')
def ph_mergefield(rng):
    def fld(f):
        if f == '金额' and rng.random() < 0.4:
            return '{ MERGEFIELD 金额 \\# "#,##0.00" }'
        return pick(rng, ['{ MERGEFIELD %s }' % f, '{ MERGEFIELD "%s" }' % f, '{MERGEFIELD %s \\* MERGEFORMAT}' % f,
                          '{ FILLIN "请输入%s" }' % f, '{ ASK %s "请填写%s" }' % (f, f)])
    forms = [
        [S('尊敬的'), M(fld('姓名')), S('：\n　　您申报的'), M(fld('项目名称')), S('已通过初审，请于规定时间内补交纸质材料。')],
        [S('兹收到'), M(fld('单位名称')), S('缴纳的%s保证金人民币' % pick(rng, ['履约', '投标', '质量'])), M(fld('金额')), S('元整。')],
        [S('%s同志：\n　　经研究，决定聘请您为' % name_of(rng)), M(fld('单位名称')), S('特邀监督员，聘期%s年。' % pick(rng, ['一', '两', '三']))],
        [S('慰问对象：'), M(fld('姓名')), S('\n家庭住址：'), M(fld('详细地址'))],
    ]
    return around(rng, pick(rng, forms), after=False), '邮件合并域代码'


@style('ph', 'ph_format_spec', 'placeholder', '程序格式串未替换（%s、%d、{0}、{}、%1$s）')
def ph_format_spec(rng):
    spec = lambda: pick(rng, ['%s', '%d', '{0}', '{1}', '{}', '%1$s', '%2$s', '%.2f'])
    forms = [
        [S('【%s县政务服务】尊敬的' % pick(rng, COUNTIES)), M(spec()), S('，您申请的'), M(spec()), S('事项已办结，请及时领取。')],
        [S('系统提示：您有'), M(spec()), S('条待办件即将超期，请于'), M(spec()), S('前处理。')],
        [S('截至目前，平台累计受理诉求'), M(spec()), S('件，办结率'), M(spec()), S('%。')],
        [S('短信通知：'), M(spec()), S('同志，请于明日上午到%s报到。' % pick(rng, ['县委党校', '县行政中心', '镇会议室']))],
    ]
    return around(rng, pick(rng, forms)), '格式串占位符'


@style('ph', 'ph_instruction', 'placeholder', '写作提示语残留（（此处填写具体数据）、请输入项目名称、【此处插入照片】）')
def ph_instruction(rng):
    def ins():
        r = rng.random()
        core = pick(rng, ['此处填写具体数据', '此处填写单位名称', '请填写完成时间', '在此处简要描述工作成效，不超过200字',
                          '此处插入现场照片', '此处附图', '请根据实际情况填写', '填写具体金额', '此处列举典型案例',
                          '请补充数据来源', '此处填写负责人姓名及职务'])
        if r < 0.45:
            return '（%s）' % core
        if r < 0.7:
            return '【%s】' % core
        if r < 0.8:
            return '(%s)' % core
        return pick(rng, ['请输入项目名称', '请在此处输入正文', '请输入单位全称', '在此输入文字', '请填写'])
    forms = [
        [S('全年共完成'), M(ins()), S('户改厕任务，群众满意度明显提升。')],
        [S('二、主要做法\n'), M(ins()), S('\n三、存在问题\n') , M(ins())],
        [S('项目概况：'), M(ins()), S('\n建设内容：'), M(ins())],
        [S(fill(rng, '{town}镇在{kw}工作中探索形成了')), M(ins()), S('的经验做法。')],
        [S('截至%d月底，累计发放补贴资金' % rng.randint(1, 12)), M(ins()), S('万元。')],
    ]
    return around(rng, pick(rng, forms), after=False), '写作提示语'


@style('ph', 'ph_word_leftover', 'placeholder', '文字处理软件内容控件残留（单击此处输入文字。Click here to enter text.）')
def ph_word_leftover(rng):
    def lo():
        return pick(rng, ['单击此处输入文字。', '单击或点击此处输入文字。', '点击或点按此处输入文字。', '单击此处输入日期。',
                          '单击或点击此处输入日期。', '单击此处添加标题', '单击此处编辑母版标题样式', '单击此处添加文本',
                          '在此处键入', 'Click here to enter text.', 'Click or tap here to enter text.',
                          'Click or tap to enter a date.', '选择一项。'])
    forms = [
        [S('项目名称：'), M(lo()), S('\n申报单位：%s县%s\n联系人：' % (pick(rng, COUNTIES), pick(rng, DEPTS))), M(lo())],
        [M(lo()), S('\n' + body(rng, 2))],
        [S('填报日期：'), M(lo()), S('　　填报人：%s' % name_of(rng))],
        [S('一、基本情况\n'), M(lo()), S('\n二、' + pick(rng, ['主要成效', '存在问题', '下一步打算']) + '\n' + body(rng, 1))],
        [S('所属行业：'), M(lo()), S('\n企业规模：'), M(lo())],
    ]
    return pick(rng, forms), '内容控件提示文字'


@style('ph', 'ph_blank_underline', 'placeholder', '表格、回执中的下划线空白（________、＿＿＿＿）')
def ph_blank_underline(rng):
    def bl():
        return pick(rng, ['_', '＿']) * rng.randint(4, 12)
    u = pick(rng, ['_', '＿'])
    forms = [
        [S('姓名：'), M(bl()), S('　性别：'), M(u * 4), S('　出生年月：'), M(bl())],
        [S('兹有'), M(bl()), S('同志前往你处联系'), M(bl()), S('事宜，请予接洽。')],
        [S('请于'), M(u * 4), S('年'), M(u * 3), S('月'), M(u * 3), S('日前将回执报送至县%s。' % pick(rng, DEPTS))],
        [S('本人（签字）：'), M(bl()), S('\n日期：'), M(bl())],
        [S('共计人民币（大写）'), M(bl()), S('元，（小写）¥'), M(bl())],
        [S('参会单位：'), M(bl()), S('\n参会人员：'), M(bl()), S('　职务：'), M(bl())],
    ]
    return around(rng, pick(rng, forms), after=False), '下划线空白'


@style('ph', 'ph_blank_brackets', 'placeholder', '表单中的空白括号（（　　）、(    )、【　　】）')
def ph_blank_brackets(rng):
    def bb():
        sp = pick(rng, ['　', ' '])
        n = rng.randint(2, 8) if sp == ' ' else rng.randint(2, 4)
        return pick(rng, ['（%s）', '(%s)', '【%s】', '[%s]']) % (sp * n)
    forms = [
        [S('是否为脱贫户'), M(bb()), S('　是否为低保户'), M(bb())],
        [S('本人'), M(bb()), S('同意将个人信息用于%s资格审核。' % pick(rng, ['补贴', '救助', '招聘']))],
        [S('1.你村是否已建立%s台账？' % pick(rng, KW)), M(bb()), S('\n2.台账是否按月更新？'), M(bb())],
        [S('报送单位（盖章）：'), M(bb()), S('\n报送时间：'), M(bb())],
        [S('满意度评价：'), M(bb()), S('（请填写满意、基本满意或不满意）')],
    ]
    return around(rng, pick(rng, forms), after=False), '空白括号'


@style('ph', 'ph_tbd_value', 'placeholder', '字段值待定/待补充/TBD/N/A/TODO 等尚未填写')
def ph_tbd_value(rng):
    def v():
        return pick(rng, ['待定', '待补充', '待核实', '待确认', '待填', 'TBD', 'N/A', 'TODO', 'TBA'])
    forms = [
        [S('完成时限：'), M(v()), S('\n责任单位：%s县%s\n资金来源：' % (pick(rng, COUNTIES), pick(rng, DEPTS))), M(v())],
        [S('| 项目名称 | 负责人 | 计划投资（万元） | 开工时间 |\n| %s | ' % pick(rng, PROJ)), M(v()), S(' | %d | ' % rng.randint(100, 9000)), M(v()), S(' |')],
        [S('建设地点：%s镇\n建设规模：' % pick(rng, TOWNS)), M(v()), S('\n投资估算：'), M(v())],
        [S('联系人：'), M(v()), S('；联系电话：'), M(v()), S('。')],
        [S('备注：'), M(v())],
        [S('会议地点：'), M(v()), S('\n参会人员：各镇分管负责同志')],
    ]
    segs = pick(rng, forms)
    return around(rng, segs, after=False), '尚待填写的字段值'


@style('ph', 'ph_table_masks', 'placeholder', '表格单元格中的掩码（竖线表、制表符表、空格对齐表）')
def ph_table_masks(rng):
    ch = pick(rng, ['x', 'X', '*', '×'])
    kind = rng.random()
    head = pick(rng, [['乡镇', '项目数（个）', '投资额（万元）', '完成率'], ['单位', '户数', '补贴金额（元）', '占比'],
                      ['指标', '目标值', '完成值', '增幅']])
    sep = ' | ' if kind < 0.5 else ('\t' if kind < 0.8 else '　　')
    pre, post = ('| ', ' |') if kind < 0.5 else ('', '')
    segs = [S(pre + sep.join(head) + post + '\n')]
    if kind < 0.5:
        segs.append(S('|' + '|'.join(['---'] * 4) + '|\n'))
    rows = rng.randint(2, 4)
    masked_any = False
    labels = [t + '镇' for t in rng.sample(TOWNS, rows)] if head[0] != '指标' else \
        rng.sample(['地区生产总值', '财政收入', '固定资产投资', '社零总额', '进出口总额'], rows)
    for r in range(rows):
        place = labels[r]
        vals = [str(rng.randint(2, 90)), '{:.2f}'.format(rng.randint(1000, 900000) / 100), '{:.1f}%'.format(rng.randint(100, 1000) / 10)]
        mrow = rng.random() < 0.6 or (r == rows - 1 and not masked_any)
        row = [S(pre)]
        if mrow and rng.random() < 0.4 and head[0] != '指标':
            row += [M(ch * 2), S('镇')]
        else:
            row.append(S(place))
        for v in vals:
            row.append(S(sep))
            if mrow and rng.random() < 0.8:
                masked_any = True
                if v.endswith('%'):
                    row += mask_number(rng, v[:-1], ch, 'shape') + [S('%')]
                else:
                    row += mask_number(rng, v, ch, pick(rng, ['shape', 'free']))
            else:
                row.append(S(v))
        row.append(S(post + ('\n' if r < rows - 1 else '')))
        segs.extend(row)
    if not masked_any:
        segs += [S('\n合计：'), M(ch * 3), S('万元')]
    lead = pick(rng, ['附表%d：%s情况统计表\n' % (rng.randint(1, 6), pick(rng, KW)), '', '表%d ' % rng.randint(1, 9) + pick(rng, KW) + '进度表\n'])
    return [S(lead)] + segs, '表格中的掩码'


@style('ph', 'ph_heading_masks', 'placeholder', '标题行中的掩码（XX县20xx年工作总结、（x）关于……）')
def ph_heading_masks(rng):
    ch = pick(rng, ['x', 'X'])
    forms = [
        [M(ch * 2), S('县'), S('20'), M(ch * 2), S('年%s工作总结' % pick(rng, ['上半年', '度', '第一季度']))],
        [S(pick(rng, ['一、', '二、'])), S('20'), M(ch * 2), S('年工作回顾')],
        [S('（'), M(ch), S('）关于'), M(ch * 2), S('项目推进情况')],
        [S('附件'), M(ch), S('：'), M(ch * 2), S('镇20'), M(ch * 2), S('年度%s考核表' % pick(rng, KW))],
        [S('第'), M(ch), S('部分　%s' % pick(rng, ['重点任务', '保障措施', '工作回顾']))],
        [M(ch * 2), S('局关于'), M(ch * 4), S('的请示')],
    ]
    segs = pick(rng, forms) + [S('\n' + body(rng, rng.randint(1, 3)))]
    return segs, '标题掩码'


@style('ph', 'ph_list_masks', 'placeholder', '编号列表各项中的掩码（1.…；（1）…；①…）')
def ph_list_masks(rng):
    ch = pick(rng, ['x', 'X', '*'])
    marks = pick(rng, [['1.', '2.', '3.', '4.'], ['（1）', '（2）', '（3）', '（4）'], ['①', '②', '③', '④'],
                       ['一是', '二是', '三是', '四是'], ['- ', '- ', '- ', '- ']])
    n = rng.randint(2, 4)
    segs = [S(pick(rng, ['主要完成以下工作：\n', '具体情况如下：\n', pick(rng, HEADINGS) + '\n', '']))]
    got = False
    for i in range(n):
        items = render(rng, pick(rng, tpls_with(NUM_KINDS)))
        p = 0.6 if (i < n - 1 or got) else 1.0
        segs_i = []

        def mk(it):
            nonlocal got
            if it[1] in NUM_KINDS and rng.random() < p:
                got = True
                return mask_slot(rng, it, ch)
            return None
        segs_i = items_segs(items, mk)
        segs.append(S(marks[i]))
        segs.extend(segs_i)
        if i < n - 1:
            segs.append(S('\n'))
    if not got:
        segs += [S('\n合计投入资金'), M(ch * 3), S('万元。')]
    return segs, '列表中的掩码'


@style('ph', 'ph_signature', 'placeholder', '落款、签发、联系人信息中的掩码（XXX县XX局 / 20xx年x月x日）')
def ph_signature(rng):
    ch = pick(rng, ['X', 'x', '×'])
    full = ch * 3
    date = [S('20'), M(ch * 2), S('年'), M(ch), S('月'), M(ch * 2), S('日')]
    forms = [
        [M(ch * 2), S('县' + pick(rng, DEPTS) + '\n')] + date,
        [S('%s县%s\n' % (pick(rng, COUNTIES), pick(rng, DEPTS)))] + date,
        [S('单位负责人：'), M(full), S('　审核人：'), M(full), S('　填表人：%s' % name_of(rng))],
        [S('（联系人：'), M(full), S('，联系电话：'), M(ch * 8), S('）')],
        [S('签发人：'), M(full), S('\n'), M(ch * 2), S('镇人民政府（印章）\n')] + date,
    ]
    segs = [S(body(rng, rng.randint(1, 2)) + pick(rng, ['\n\n', '\n', '\n特此报告。\n\n']))] + pick(rng, forms)
    return segs, '落款掩码'


@style('ph', 'ph_letter', 'placeholder', '信函称谓与落款中的掩码（尊敬的XXX先生：、XX同志：、致XX公司：）')
def ph_letter(rng):
    ch = pick(rng, ['X', 'x', '某', '×'])
    full = {'某': '某某某'}.get(ch, ch * 3)
    two = {'某': '某某'}.get(ch, ch * 2)
    sal = pick(rng, [
        [S('尊敬的'), M(full), S(pick(rng, ['先生', '女士', '先生/女士']) + '：')],
        [M(full), S('同志：')],
        [S('致'), M(two), S('有限公司：')],
        [M(two), S('县' + pick(rng, DEPTS) + '：')],
        [S('亲爱的'), M(two), S('村全体村民：')],
    ])
    bodytxt = pick(rng, ['\n　　感谢您长期以来对%s工作的关心和支持。' % pick(rng, KW),
                         '\n　　您于%d月%d日反映的问题已收悉，现将办理情况答复如下。' % (rng.randint(1, 12), rng.randint(1, 28)),
                         '\n　　在%s工作中，您积极履职、敢于担当，特致此信表示感谢。' % pick(rng, KW)])
    segs = sal + [S(bodytxt + body(rng, 1) + '\n此致\n敬礼！\n')]
    if rng.random() < 0.6:
        segs += [M(two), S(pick(rng, ['镇人民政府', '县' + pick(rng, DEPTS), '街道办事处']) + '\n20'), M(ch * 2 if ch != '某' else 'xx'), S('年'), M('x'), S('月'), M('x'), S('日')]
    else:
        segs += [S('%s县%s\n%d年%d月%d日' % (pick(rng, COUNTIES), pick(rng, DEPTS), rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)))]
    return segs, '信函掩码'


@style('ph', 'ph_dummy_text', 'placeholder', '模板填充文字未删除（Lorem ipsum、文字文字文字、这里是正文内容、示例文本）')
def ph_dummy_text(rng):
    def dummy():
        r = rng.random()
        if r < 0.25:
            return pick(rng, ['Lorem ipsum dolor sit amet, consectetur adipiscing elit',
                              'Lorem ipsum dolor sit amet', 'Lorem ipsum dolor sit amet, sed do eiusmod tempor incididunt'])
        if r < 0.5:
            return pick(rng, ['文字', '正文', '内容']) * rng.randint(3, 8)
        if r < 0.75:
            return pick(rng, ['这里是正文内容', '此处为示例文本', '示例文本示例文本', '这里输入标题', '占位文本'])
        return pick(rng, ['这里是正文内容这里是正文内容', '请在这里输入您的内容请在这里输入您的内容'])
    forms = [
        [S(pick(rng, HEADINGS) + '\n'), M(dummy()), S('。\n' + body(rng, 1))],
        [S(body(rng, 1) + '\n'), M(dummy()), S('。')],
        [S('图%d　' % rng.randint(1, 9)), M(dummy()), S('\n' + body(rng, 1))],
        [S('工作亮点：'), M(dummy()), S('\n典型经验：'), M(dummy())],
    ]
    return pick(rng, forms), '模板填充文字'


@style('ph', 'ph_linebreak', 'placeholder', '掩码后被 PDF 抽取换行拆开（xxx\\n\\n家、xx.xx\\n万元）')
def ph_linebreak(rng):
    ch = pick(rng, ['x', 'X'])
    pool = tpls_with(NUM_KINDS)
    segs = []
    broke = False
    for _ in range(rng.randint(2, 3)):
        items = render(rng, pick(rng, pool))
        for it in items:
            if it[0] == 'lit':
                segs.append(S(it[1]))
            elif it[1] in NUM_KINDS and rng.random() < 0.8:
                ms = mask_slot(rng, it, ch, mode=pick(rng, ['shape', 'free']))
                if not broke or rng.random() < 0.4:
                    broke = True
                    ms = ms[:-1] + [S(pick(rng, ['\n', '\n\n', '\n\n'])), ms[-1]]
                segs.extend(ms)
            else:
                segs.append(S(it[3]['text']))
    if not broke:
        segs += [S('共建成示范点'), M(ch * 2), S('\n\n个。')]
    return around(rng, segs, after=False), 'PDF 换行拆开的掩码'


@style('ph', 'ph_en_template', 'placeholder', '中英双语函件中的英文模板字段（[Name]、<Company Name>、+86-xxx-xxxx-xxxx）')
def ph_en_template(rng):
    ch = pick(rng, ['x', 'X'])
    forms = [
        [S('Dear '), M(pick(rng, ['[Name]', '[Recipient Name]', '<Name>', '{{name}}'])), S(',\nThank you for your interest in the %s Investment Fair.' % pick(rng, ['Zhelan', 'Hengchuan', 'Tingwu']))],
        [S('Company: ')] + pick(rng, [[M('<Company Name>')], [M('[Company Name]')], [M('XXXX'), S(' Co., Ltd.')]]) +
        [S('\nContact: ')] + pick(rng, [[S('Mr./Ms. '), M('XXX')], [M('[Contact Person]')]]),
        [S('Tel: +86-'), M(ch * 3 + '-' + ch * 4 + '-' + ch * 4), S('\nE-mail: '), M(ch * 4 + '@' + ch * 4), S('.com')],
        [S('Date: '), M(pick(rng, ['[Insert Date]', 'DD/MM/YYYY', 'YYYY-MM-DD', '<Date>'])), S('\nVenue: %s County Convention Center' % pick(rng, ['Zhelan', 'Jichuan', 'Shanyu']))],
        [S('Amount: USD '), M(ch * 2 + ',' + ch * 3), S('.00')],
    ]
    lead = pick(rng, ['附件2：英文邀请函（样稿）\n', '对外联络函（中英文）\n', ''])
    f1, f2 = rng.sample(forms, 2)
    segs = [S(lead)] + f1
    if rng.random() < 0.5:
        segs += [S('\n')] + f2
    return segs, '英文模板字段'


@style('ph', 'ph_mixed_masks', 'placeholder', '同一段中混用多种掩码字符（x、*、某、×、○）')
def ph_mixed_masks(rng):
    kinds = NUM_KINDS + ('person', 'md') + PLACE_KINDS
    pool = tpls_with(kinds)
    segs = []
    got = set()
    for _ in range(rng.randint(3, 4)):
        items = render(rng, pick(rng, pool))

        def mk(it):
            if it[1] not in kinds or rng.random() > 0.7:
                return None
            if it[1] == 'person':
                ch = pick(rng, ['某', 'X', '*'])
            elif it[1] in PLACE_KINDS:
                ch = pick(rng, ['X', '某', '○'])
            else:
                ch = pick(rng, ['x', 'X', '*', '×'])
            got.add(ch)
            return mask_slot(rng, it, ch)
        segs.extend(items_segs(items, mk))
    if len(got) < 2:
        return ph_mixed_masks(rng)
    return around(rng, segs, after=False), '混合掩码字符（%s）' % ''.join(sorted(got))


@style('ph', 'ph_age_birth', 'placeholder', '年龄、出生年月掩码（19xx年x月出生、xx岁、19xx-xx-xx）')
def ph_age_birth(rng):
    ch = pick(rng, ['x', 'X'])
    nm = pick(rng, SURNAMES)
    forms = [
        [S(nm), M('某'), S('，男，汉族，19'), M(ch * 2), S('年'), M(ch), S('月出生，%s文化，%s镇%s村人。' % (pick(rng, ['初中', '高中', '大专']), pick(rng, TOWNS), pick(rng, VILLAGES)))],
        [S('%s%s，女，现年' % (nm, pick(rng, GIVEN))), M(ch * 2), S('岁，系%s镇%s村脱贫户。' % (pick(rng, TOWNS), pick(rng, VILLAGES)))],
        [S('出生日期：19'), M(ch * 2 + '-' + ch * 2 + '-' + ch * 2), S('\n年龄：'), M(ch * 2), S('岁')],
        [S('嫌疑人%s' % nm), M('某某'), S('（'), M(ch * 2), S('岁）于%d月%d日被依法刑事拘留。' % (rng.randint(1, 12), rng.randint(1, 28)))],
    ]
    return around(rng, pick(rng, forms)), '年龄出生掩码'


@style('ph', 'ph_codes', 'placeholder', '各类编号掩码（合同编号、项目代码、准考证号、案号）')
def ph_codes(rng):
    ch = pick(rng, ['x', 'X'])
    y = str(rng.randint(2019, 2024))
    forms = [
        [S('合同编号：HT-%s-' % y), M(ch * 3)],
        [S('项目代码：%s-%s' % (y, rdigits(rng, 4))), M(ch * 2 + '-' + ch * 2), S('-01-'), M(ch * 6)],
        [S('准考证号：%s' % y), M(ch * 8)],
        [S('案号：（%s）' % y), M(ch), S('民初'), M(ch * 3), S('号')],
        [S('工号：0'), M(ch * 3)],
        [S('证书编号：JZ%s' % y), M(ch * 4)],
        [S('不动产权证号：'), M(ch), S('（%s）' % y), M(ch * 2), S('县不动产权第'), M(ch * 7), S('号')],
    ]
    f1, f2 = rng.sample(forms, 2)
    segs = [S(pick(rng, ['', '基本信息\n', body(rng, 1) + '\n']))] + f1 + [S('\n')] + f2
    return segs, '编号掩码'


@style('ph', 'ph_ordinal', 'placeholder', '序数、届次、条款号掩码（第x次、第xx届、第x季度、x届x次全会）')
def ph_ordinal(rng):
    ch = pick(rng, ['x', 'X'])
    forms = [
        [S('县委第'), M(ch * 2), S('届'), M(ch), S('次全会对%s作出部署。' % pick(rng, KW))],
        [S('第'), M(ch), S('季度全县%s综合排名第' % pick(rng, KW)), M(ch), S('位。')],
        [S('依据《%s县%s管理办法》第' % (pick(rng, COUNTIES), pick(rng, KW))), M(ch * 2), S('条规定，责令限期整改。')],
        [S('%s镇入选第' % pick(rng, TOWNS)), M(ch), S('批省级%s示范镇。' % pick(rng, ['美丽乡村', '卫生乡镇', '森林乡镇']))],
        [S('市'), M(ch), S('届人大'), M(ch), S('次会议审议通过了《%s条例》。' % pick(rng, ['城市绿化', '农村饮用水保护', '历史文化街区保护']))],
    ]
    return around(rng, pick(rng, forms)), '序数掩码'

# ----------------------------- ph negatives --------------------------------


def neg_wrap(rng, core, k_before=None, k_after=None, ctx=None):
    """Clean context around a look-alike sentence."""
    parts = []
    if rng.random() < 0.3:
        parts.append(pick(rng, HEADINGS) + '\n')
    kb = rng.randint(0, 2) if k_before is None else k_before
    ka = rng.randint(0, 1) if k_after is None else k_after
    pool = ctx or TEMPLATES
    if kb:
        parts.append(clean_sentences(rng, kb, pool))
    parts.append(core)
    if ka:
        parts.append(clean_sentences(rng, ka, pool))
    return [S(''.join(parts))]


def nstyle(name, desc):
    return style('ph', 'ph_neg_' + name, 'negative', desc)


@nstyle('1plusx', '“1+X”证书制度、“7+X”产业链、“1+N+X”体系等政策用语中的 X')
def ph_neg_1plusx(rng):
    n = rng.randint(3, 40)
    core = pick(rng, [
        '全县%d所职业院校参与“1+X”证书制度试点，%d名学生取得职业技能等级证书。' % (rng.randint(2, 9), rng.randint(100, 2000)),
        '构建“1+N+X”基层治理体系，即1个党群服务中心、N个网格党支部和X支志愿服务队伍。',
        '聚焦“7+X”重点产业链，%s县新签约项目%d个。' % (pick(rng, COUNTIES), n),
        '学校开设“3+X”特色课程，其中X为各班自主选修的拓展模块。',
        '推行家庭医生“1+X”签约服务包，X项个性化服务由居民自主选择。',
        '实行“5+X”工作法，“X”指各村结合实际确定的特色任务。',
        '建立“1+X”帮扶机制，每名县级领导联系1个重点村和若干经营主体。',
    ])
    return neg_wrap(rng, core), '政策用语中的 X，不是掩码'


@nstyle('xtech', '信息化报告中的 x86、x64、X86_64 等架构名')
def ph_neg_xtech(rng):
    core = pick(rng, [
        '完成%d台x86服务器向国产化平台迁移，业务系统平稳运行。' % rng.randint(10, 200),
        '客户端同时提供x64和ARM64两个版本，兼容主流办公终端。',
        '政务云新增X86架构计算节点%d个，存储容量扩充至%dTB。' % (rng.randint(4, 60), rng.randint(100, 900)),
        '镜像文件统一采用x86_64格式，由县数据资源局集中管理。',
        '原有x86平台上的%d个应用已完成适配测试。' % rng.randint(5, 80),
    ])
    return neg_wrap(rng, core, ctx=IT_CTX if rng.random() < 0.7 else None), '处理器架构名'


@nstyle('xmedical', '医学用语：X光、X射线、X线、X染色体、XY型')
def ph_neg_xmedical(rng):
    core = pick(rng, [
        '为%s镇卫生院配备数字化X光机%d台，基层影像检查能力明显提升。' % (pick(rng, TOWNS), rng.randint(1, 4)),
        '开展X射线探伤作业专项检查，督促%d家企业完善辐射防护措施。' % rng.randint(2, 30),
        '入学体检增加胸部X线检查项目，共筛查学生%d人。' % rng.randint(500, 9000),
        '遗传咨询门诊开展X连锁隐性遗传病筛查，X染色体异常检出%d例。' % rng.randint(1, 12),
        '科普讲座讲解了XY型性别决定机制和伴X遗传的特点。',
        '口腔科新购全景X光片机一台，已通过放射卫生验收。',
    ])
    return neg_wrap(rng, core), '医学名词中的 X'


@nstyle('models', '产品和车型名中的 X（iPhone X、宝马X5、Mate X、Model X）')
def ph_neg_models(rng):
    core = pick(rng, [
        '执法人员在检查中发现，涉案人员使用的是一部iPhone X手机。',
        '查处一辆宝马X5越野车违规占用应急车道的行为。',
        '展会现场展示了华为Mate X系列折叠屏手机在政务移动办公中的应用。',
        '经查，该二手车交易平台上一辆特斯拉Model X的里程数存在篡改。',
        '采购的无人机型号为X-120巡检型，续航%d分钟。' % rng.randint(30, 90),
        '公安交警查获一辆无牌宝马X3，驾驶人被依法处理。',
    ])
    return neg_wrap(rng, core), '产品型号'


@nstyle('roman', '罗马数字（Ⅲ类水质、Ⅳ级响应、第IX标段、第X标段与第XI标段并列）')
def ph_neg_roman(rng):
    core = pick(rng, [
        '%s出境断面水质稳定在Ⅲ类以上，其中%d个月达到Ⅱ类。' % (pick(rng, RIVERS), rng.randint(2, 10)),
        '%d月%d日启动防汛Ⅳ级应急响应，%d月%d日解除。' % (rng.randint(5, 8), rng.randint(1, 28), rng.randint(8, 9), rng.randint(1, 28)),
        '项目划分为第IX标段、第X标段和第XI标段，其中第X标段已完成路基施工。',
        '辖区内Ⅱ类医疗器械经营企业%d家，Ⅲ类%d家。' % (rng.randint(10, 90), rng.randint(2, 20)),
        '第Ⅸ标段桥梁工程完成桩基%d根。' % rng.randint(20, 300),
        '按照I级、II级、III级三个等级实施预警。',
    ])
    return neg_wrap(rng, core), '罗马数字'


@nstyle('math', '数学教学报告中的变量 x（y=2x+1、解方程3x−5=16）')
def ph_neg_math(rng):
    a, b = rng.randint(2, 9), rng.randint(1, 20)
    core = pick(rng, [
        '公开课上，教师引导学生求一次函数y=%dx+%d与x轴的交点坐标。' % (a, b),
        '学生在解方程%dx−%d=%d时，能正确移项并合并同类项。' % (a, b, a * rng.randint(2, 9) - b),
        '讲授二次函数f(x)=x²−%dx+%d的图像和性质，学生掌握情况良好。' % (a, b),
        '数学组开展“设x为未知数”列方程解应用题的专题教研活动。',
        '课堂检测显示，当x>0时判断函数单调性的正确率为%d%%。' % rng.randint(60, 98),
    ])
    return neg_wrap(rng, core, ctx=EDU_CTX), '数学变量'


@nstyle('pinyin_lesson', '语文或推普课程中的声母 j q x 等拼音')
def ph_neg_pinyin_lesson(rng):
    core = pick(rng, [
        '一年级拼音教学中，教师重点讲解声母j、q、x与ü相拼时省去两点的规则。',
        '推普周期间，志愿者为村民示范声母x的发音，并教读“xué xí”“xīn xīng”等音节。',
        '教研组对比分析了学生在zh、ch、sh与z、c、s以及j、q、x上的发音偏误。',
        '课后作业要求学生默写声母b p m f d t n l g k h j q x。',
    ])
    return neg_wrap(rng, core, ctx=EDU_CTX), '拼音字母'


@nstyle('mou_words', '“某些”“某种”“某一”“某个”等普通词语')
def ph_neg_mou_words(rng):
    core = pick(rng, [
        '部分单位在某些环节仍存在推诿扯皮现象，需要进一步压实责任。',
        '这在某种程度上制约了%s工作的深入开展。' % pick(rng, KW),
        '不能因某一时段指标好转而放松%s工作。' % pick(rng, KW),
        '对于某个具体问题，要坚持具体情况具体分析。',
        '某些行业领域安全风险依然突出，需持续开展排查整治。',
        '在某一方面取得突破后，要及时总结经验加以推广。',
    ])
    return neg_wrap(rng, core), '含“某”的普通词语'


@nstyle('styleguide', '公文写作规范中加引号讨论占位符本身')
def ph_neg_styleguide(rng):
    core = pick(rng, [
        '定稿前须逐项检查，文中不得出现“XX”“某某”“xxx”等未替换的占位符。',
        '凡以“×××”代替姓名的，应在印发前替换为真实姓名或删除。',
        '模板中的“【单位名称】”“【日期】”等字段须全部替换后方可报送。',
        '个别材料出现“此处填写具体数据”等提示语未删除的情况，已责成起草单位整改。',
        '数字不得以“xx”“**”形式报送，确需保密的应按有关规定脱密处理。',
    ])
    return neg_wrap(rng, core), '规范中被引号引用讨论的占位符'


@nstyle('sizes', '尺寸、规格、分辨率和赛制中的 x/×（3x4米、1920×1080、4×100米）')
def ph_neg_sizes(rng):
    core = pick(rng, [
        '在%s镇入口设置宣传展板%d块，规格为3x4米。' % (pick(rng, TOWNS), rng.randint(2, 20)),
        '会议室显示屏分辨率为1920×1080，满足视频会商需要。',
        '运动会设置4×100米接力、3×3篮球等%d个项目。' % rng.randint(8, 30),
        '人行道铺设600×600毫米透水砖%d平方米。' % rng.randint(300, 9000),
        '按照5×5米网格布设土壤采样点%d个。' % rng.randint(20, 200),
        '新建道路为双向2×2车道，设计时速%d公里。' % pick(rng, [40, 50, 60]),
    ])
    return neg_wrap(rng, core), '尺寸与乘号'


@nstyle('hex', '信息化报告中的十六进制值、颜色值和 MAC 地址（0x1F、#FF6600）')
def ph_neg_hex(rng):
    core = pick(rng, [
        '日志显示设备返回错误码0x%02X，经排查为固件版本过低所致。' % rng.randint(16, 255),
        '寄存器地址0x3C00处的配置已按厂家说明重新写入。',
        '门户网站主色调统一为#C8161D，辅助色为#FF6600。',
        '受影响终端的MAC地址为3C:5A:B4:0E:91:7F，已加入白名单。',
        '校验失败时接口返回0xFF，前端据此提示重新上传。',
    ])
    return neg_wrap(rng, core, ctx=IT_CTX), '十六进制与颜色值'


@nstyle('clothing', '服装尺码 S/M/L/XL/XXL/XXXL')
def ph_neg_clothing(rng):
    core = pick(rng, [
        '为新生统一配发校服，尺码分为S、M、L、XL、XXL五档。',
        '本次采购的救援服中XXL码%d套、XXXL码%d套。' % (rng.randint(10, 90), rng.randint(5, 40)),
        '志愿者马甲按L、XL、XXL三个尺码分配到各社区。',
        '订购冲锋衣%d件，其中XL码占比最高。' % rng.randint(50, 500),
    ])
    return neg_wrap(rng, core), '服装尺码'


@nstyle('filled_form', '已完整填写的表单、回执和联系人信息')
def ph_neg_filled_form(rng):
    nm = name_of(rng)
    core = pick(rng, [
        '填报单位：%s县%s\n联系人：%s\n联系电话：0%d-%s\n填报日期：%d年%d月%d日' % (pick(rng, COUNTIES), pick(rng, DEPTS), nm, rng.randint(710, 799), rdigits(rng, 7), rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)),
        '姓名：%s　性别：%s　出生年月：%d年%d月\n工作单位：%s镇人民政府' % (nm, pick(rng, ['男', '女']), rng.randint(1965, 1999), rng.randint(1, 12), pick(rng, TOWNS)),
        '项目名称：%s县%s\n建设单位：%s县%s\n总投资：%d万元\n开工时间：%d年%d月' % (pick(rng, COUNTIES), pick(rng, PROJ), pick(rng, COUNTIES), pick(rng, DEPTS), rng.randint(300, 90000), rng.randint(2019, 2024), rng.randint(1, 12)),
        '是否为脱贫户（是）　是否为低保户（否）\n申请人签字：%s　日期：%d年%d月%d日' % (nm, rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)),
    ])
    return [S(core)], '已填写完整的表单'


@nstyle('code_ident', '技术文档中的下划线标识符（user_id、MAX_RETRY、__init__）')
def ph_neg_code_ident(rng):
    core = pick(rng, [
        '接口新增user_id和org_code两个字段，用于关联统一身份认证。',
        '配置项MAX_RETRY_COUNT默认值调整为%d。' % rng.randint(3, 10),
        '数据表命名统一采用snake_case格式，如biz_apply_record。',
        '模块入口文件为__init__.py，部署时需一并打包。',
        '导出文件命名规则为report_%d_final.xlsx。' % rng.randint(2019, 2024),
    ])
    return neg_wrap(rng, core, ctx=IT_CTX), '程序标识符中的下划线'


@nstyle('bullets', '用作项目符号的 ●、○、■、◆')
def ph_neg_bullets(rng):
    b = pick(rng, ['●', '○', '■', '◆'])
    lines = [b + ' ' + clean_sentences(rng, 1) for _ in range(rng.randint(2, 4))]
    return [S(pick(rng, ['主要举措：\n', pick(rng, HEADINGS) + '\n', '']) + '\n'.join(lines))], '项目符号'


@nstyle('chinese_zero', '汉字日期中用作“零”的 ○ 和 〇（二○二三年十月）')
def ph_neg_chinese_zero(rng):
    y = pick(rng, ['二○一九', '二○二○', '二○二一', '二○二二', '二○二三', '二〇二三', '二〇二四'])
    mo = pick(rng, ['一', '三', '五', '六', '九', '十', '十一', '十二'])
    d = pick(rng, ['八', '十', '十二', '二十', '二十六', '三十'])
    core = clean_sentences(rng, rng.randint(1, 2)) + '\n\n%s县%s\n%s年%s月%s日' % (pick(rng, COUNTIES), pick(rng, DEPTS), y, mo, d)
    if rng.random() < 0.3:
        core += '\n（此件公开发布）'
    return [S(core)], '汉字日期中的○/〇'


@nstyle('footnote_star', '脚注和显著性标记中的 *、**、★')
def ph_neg_footnote_star(rng):
    core = pick(rng, [
        '地区生产总值*增长%.1f%%。\n注：带*的指标为预计数。' % (rng.randint(30, 90) / 10),
        '干预组血压下降幅度显著高于对照组（P<0.05*）。\n*表示P<0.05，**表示P<0.01。',
        '★为省级重点项目，共%d个。' % rng.randint(3, 20),
        '报名表中带*号的栏目为必填项。',
        '表中“*”标注的%d个村为省级示范村。' % rng.randint(2, 12),
    ])
    return neg_wrap(rng, core), '脚注标记'


@nstyle('daiding_prose', '“待定”“待核实”“待补充”等作为普通词语出现在句中')
def ph_neg_daiding_prose(rng):
    n = rng.randint(3, 60)
    core = pick(rng, [
        '对群众反映的%d条待核实线索，已逐一核查并反馈。' % n,
        '会议梳理了%d项待定事项，明确了责任单位和完成时限。' % n,
        '待补充材料清单已一次性告知申请人。',
        '对信息系统中%d条待确认数据进行了人工复核。' % n,
        '此前列为待定的两个选址方案，经论证后已确定采用东片区方案。',
    ])
    return neg_wrap(rng, core), '普通词语'


@nstyle('legit_brackets', '正常使用的括号：【权威发布】、文献引用[1]、〔2023〕文号、集合{1,2,3}')
def ph_neg_legit_brackets(rng):
    core = pick(rng, [
        '【权威发布】%s' % clean_sentences(rng, 1),
        '相关研究表明，基层治理效能与数字化水平呈正相关[%d]。' % rng.randint(1, 12),
        '根据《%s县%s管理办法》（%s〔%d〕%d号）规定执行。' % (pick(rng, COUNTIES), pick(rng, KW), pick(rng, DOCPRE), rng.randint(2019, 2024), rng.randint(1, 99)),
        '【政策解读】一图读懂%s新政' % pick(rng, KW),
        '样本集合记为{1, 2, 3, …, n}，按抽样方案分层选取。',
        '［案例%d］%s' % (rng.randint(1, 9), clean_sentences(rng, 1)),
    ])
    return neg_wrap(rng, core), '正常括号'


@nstyle('template_docs', '技术方案中用引号说明模板语法（“{{变量名}}”“${参数}”）')
def ph_neg_template_docs(rng):
    core = pick(rng, [
        '系统模板采用“{{变量名}}”语法，生成文书时由后台自动替换为实际内容。',
        '短信模板中的参数以“${参数名}”形式书写，经审核后方可启用。',
        '邮件合并时在正文中插入“«姓名»”域，可批量生成通知书。',
        '接口文档约定，路径参数用花括号标注，例如“/api/items/{id}”。',
    ])
    return neg_wrap(rng, core, ctx=IT_CTX), '模板语法的说明'


@nstyle('pinyin_english', '英文摘要中以 X 开头的拼音地名、人名（Xiyuan Town、Mr. Xu）')
def ph_neg_pinyin_english(rng):
    town = pick(rng, ['Xiyuan', 'Xiaotang', 'Xinhe', 'Xianfeng', 'Xingtang', 'Xuelin', 'Xiaqiao', 'Xunbei'])
    county = pick(rng, ['Zhelan', 'Tingwu', 'Jichuan', 'Shanyu', 'Ruian'])
    person = pick(rng, ['Xu Siyuan', 'Xie Yalan', 'Xiang Mingxuan', 'Xiao Qiushi', 'Xia Jinfeng'])
    core = pick(rng, [
        'Summary: In %d, %s Town of %s County completed %d rural road projects.' % (rng.randint(2019, 2024), town, county, rng.randint(3, 30)),
        'The delegation led by Mr. %s visited %s Village and the %s industrial park.' % (person, town, pick(rng, ['Xinhe', 'Xiyuan', 'Xuelin'])),
        'Contact: %s, %s Street Office, %s County.' % (person, town, county),
        '%s Community was named a provincial model for elderly care services in %d.' % (town, rng.randint(2019, 2024)),
        'Abstract: %s Town raised the forest coverage rate to %.1f%% through the %s afforestation program.' % (town, rng.randint(300, 800) / 10, pick(rng, ['Green Xiaoxi', 'Xiangjiang', 'Xinyuan'])),
    ])
    lead = pick(rng, ['英文摘要：\n', '附：英文简介\n', '', clean_sentences(rng, 1) + '\n'])
    return [S(lead + core)], '拼音地名人名'


@nstyle('clean_report', '无任何占位符的普通工作报告段落、表格')
def ph_neg_clean_report(rng):
    if rng.random() < 0.3:
        rows = ['| 乡镇 | 项目数（个） | 投资额（万元） |', '|---|---|---|']
        for _ in range(rng.randint(2, 4)):
            rows.append('| %s镇 | %d | %.2f |' % (pick(rng, TOWNS), rng.randint(2, 40), rng.randint(1000, 900000) / 100))
        return [S(pick(rng, HEADINGS) + '\n' + '\n'.join(rows))], '干净表格'
    return [S(lead_in(rng) + clean_sentences(rng, rng.randint(2, 4)))], '干净段落'

# ---------------------------------------------------------------------------
# mojibake machinery: clean documents, stretch selection, damage operations
# ---------------------------------------------------------------------------

QUOTE_TEMPLATES = [
    '开展“{kw}”主题活动{n:场}，覆盖群众{n:人次}。',
    '坚持“{kw}”与“{kw}”两手抓——既抓当前，又谋长远。',
    '围绕“一村一品”发展特色产业，培育专业村{n:个}……',
    '{town}镇被评为“省级{kw}示范镇”。',
    '群众纷纷表示“办事更方便了”“跑腿更少了”。',
    '做到“应查尽查、不漏一户”，累计排查{n:户}。',
    '第三届“{county}·{kw}”论坛吸引{n:家}单位参加。',
    '推行“门前三包”责任制——签订责任书{n:份}。',
    '打造“15分钟便民生活圈”，新建便民网点{n:个}。',
]
WORD_KINDS = ('county', 'town', 'street', 'village', 'comm', 'city', 'district', 'road', 'river', 'person',
              'cdept', 'co', 'proj', 'kw', 'event')
SUFFIX2 = ('街道', '社区')
SUFFIX1 = '县镇村市区'
CJK_RE = re.compile('[\u4e00-\u9fff]')


def mj_doc(rng, k=None, pool=None, heading=None):
    """Clean text and slot positions."""
    parts = []
    slots = []
    pos = 0
    h = heading if heading is not None else (rng.random() < 0.3)
    if h:
        t = pick(rng, HEADINGS) + '\n'
        parts.append(t)
        pos += len(t)
    for tpl in rng.sample(pool or TEMPLATES, k or rng.randint(2, 4)):
        t, sl = items_text(render(rng, tpl), pos)
        parts.append(t)
        slots.extend(sl)
        pos += len(t)
    return ''.join(parts), slots


def trim_ascii(text, s, e):
    while s < e and ord(text[s]) < 128:
        s += 1
    while e > s and ord(text[e - 1]) < 128:
        e -= 1
    return s, e


def word_cands(text, slots):
    out = []
    for s, e, kind in slots:
        if kind not in WORD_KINDS:
            continue
        if text[e:e + 2] in SUFFIX2:
            e += 2
        elif e < len(text) and text[e] in SUFFIX1:
            e += 1
        out.append((s, e))
    return out


_CLAUSE_RE = re.compile('[^，。；：！？、\n“”（）《》\t|]+')


def clause_cands(text, lo=3, hi=40):
    out = []
    for m in _CLAUSE_RE.finditer(text):
        s, e = trim_ascii(text, m.start(), m.end())
        if lo <= e - s <= hi and CJK_RE.search(text[s:e]):
            out.append((s, e))
    return out


def sentence_cands(text):
    out = []
    for m in re.finditer('[^。！？\n]+[。！？]', text):
        s, e = trim_ascii(text, m.start(), m.end())
        if e - s >= 6:
            out.append((s, e))
    return out


def para_cands(text):
    lines = [(m.start(), m.end()) for m in re.finditer('[^\n]+', text)]
    out = []
    for s, e in lines:
        s, e = trim_ascii(text, s, e)
        if e - s >= 20:
            out.append((s, e))
    return out


def choose(rng, cands, k):
    cands = list(cands)
    rng.shuffle(cands)
    chosen = []
    for s, e in cands:
        if len(chosen) >= k:
            break
        if all(e < a or s > b for a, b in chosen):
            chosen.append((s, e))
    return sorted(chosen)


def codec_damage(rng, clean, lossless, lossy=(), p_lossy=0.0):
    ll = list(lossless)
    rng.shuffle(ll)
    lo = list(lossy)
    rng.shuffle(lo)
    if lo and (rng.random() < p_lossy or not ll):
        seq = [(c, True) for c in lo] + [(c, False) for c in ll]
    else:
        seq = [(c, False) for c in ll] + [(c, True) for c in lo]
    for chain, is_lossy in seq:
        try:
            if is_lossy:
                if '|' in clean or ']' in clean:
                    continue
                out = forward_chain(chain, clean)
                if out == clean:
                    continue
                rec = chain + '=' + clean
            else:
                out = forward_chain(chain, clean)
                if out == clean or inverse_chain(chain, out) != clean:
                    continue
                rec = chain
        except Exception:  # noqa
            continue
        if not out or out[0].isspace() or out[-1].isspace():
            continue
        if check_recipe(out, rec):
            continue
        return out, rec
    return None


def ops_segs(text, ops):
    """ops: (start, end, damaged, recipe) in clean coordinates; an insertion has start == end."""
    ops = sorted(ops, key=lambda o: (o[0], o[1]))
    segs = []
    pos = 0
    prev_end = -1
    for s, e, dmg, rec in ops:
        if s <= prev_end:
            return None
        segs.append(S(text[pos:s]))
        segs.append((dmg, rec))
        pos = e
        prev_end = e
    segs.append(S(text[pos:]))
    return segs


def damage_cands(rng, text, cands, k, fn):
    """Apply fn(clean) -> (damaged, recipe) | None to up to k chosen stretches."""
    ops = []
    for s, e in choose(rng, cands, k * 3):
        if len(ops) >= k:
            break
        r = fn(text[s:e])
        if r:
            ops.append((s, e, r[0], r[1]))
    if not ops:
        return None
    return ops_segs(text, ops)

# ---------------------------------------------------------------------------
# traditional Chinese material (for Big5 sources, pinyin annotations, negatives)
# ---------------------------------------------------------------------------

TRAD_TOWNS = ['葦塘', '柘坪', '杳溪', '茆灣', '棹嶺', '葭口', '芩橋', '樾莊', '杪山']
TRAD_TEMPLATES = [
    '上半年，全區堅持穩中求進工作總基調，經濟運行總體平穩。',
    '完成規模以上工業總產值{x}億元，同比增長{p}。',
    '在區委、區政府的正確領導下，各項工作取得新進展。',
    '推進重點項目建設，完成固定資產投資{w}萬元。',
    '紮實開展鄉村振興工作，農村人居環境持續改善。',
    '組織開展安全生產大檢查{n}次，整改隱患{n}處。',
    '加強基層黨組織建設，發揮黨員先鋒模範作用。',
    '新增城鎮就業{n}人，發放各類補貼資金{w}萬元。',
    '積極推進營商環境優化，辦理企業開辦業務{n}宗。',
    '深入實施河長制，轄區內主要河流水質穩定達標。',
    '現將有關工作開展情況匯報如下。',
    '完成老舊小區改造{n}個，惠及居民{n}戶。',
    '舉辦各類文化活動{n}場，豐富群眾精神文化生活。',
    '強化矛盾糾紛排查化解，調解成功率達{p}。',
    '加快推進城鄉結合部環境綜合整治項目。',
    '持續鞏固脫貧攻堅成果，防止出現規模性返貧。',
    '積極爭取上級資金{w}萬元，保障重點民生項目實施。',
    '認真貫徹落實上級決策部署，推動各項工作落地見效。',
    '{town}鎮聯合衛生院開展義診活動，服務群眾{n}人次。',
    '新建農村公路{n}公里，實現自然村通硬化路全覆蓋。',
    '開展防汛應急演練{n}場，轉移安置群眾{n}人。',
    '嚴格落實耕地保護責任，完成撂荒地復耕{n}畝。',
]
PINYIN = {
    '區': 'qū', '堅': 'jiān', '穩': 'wěn', '進': 'jìn', '總': 'zǒng', '調': 'diào', '經': 'jīng', '濟': 'jì',
    '運': 'yùn', '體': 'tǐ', '規': 'guī', '業': 'yè', '產': 'chǎn', '億': 'yì', '長': 'zhǎng', '領': 'lǐng',
    '導': 'dǎo', '確': 'què', '項': 'xiàng', '設': 'shè', '資': 'zī', '萬': 'wàn', '紮': 'zā', '實': 'shí',
    '開': 'kāi', '鄉': 'xiāng', '興': 'xīng', '農': 'nóng', '環': 'huán', '續': 'xù', '組': 'zǔ', '織': 'zhī',
    '檢': 'jiǎn', '隱': 'yǐn', '處': 'chù', '強': 'qiáng', '層': 'céng', '黨': 'dǎng', '發': 'fā', '揮': 'huī',
    '員': 'yuán', '鋒': 'fēng', '範': 'fàn', '鎮': 'zhèn', '補': 'bǔ', '貼': 'tiē', '積': 'jī', '營': 'yíng',
    '優': 'yōu', '辦': 'bàn', '務': 'wù', '轄': 'xiá', '內': 'nèi', '達': 'dá', '標': 'biāo', '現': 'xiàn',
    '將': 'jiāng', '關': 'guān', '況': 'kuàng', '匯': 'huì', '報': 'bào', '舊': 'jiù', '個': 'gè', '戶': 'hù',
    '舉': 'jǔ', '動': 'dòng', '場': 'chǎng', '豐': 'fēng', '眾': 'zhòng', '際': 'jì', '糾': 'jiū', '紛': 'fēn',
    '調': 'tiáo', '結': 'jié', '綜': 'zōng', '鞏': 'gǒng', '脫': 'tuō', '貧': 'pín', '攻': 'gōng', '爭': 'zhēng',
    '級': 'jí', '認': 'rèn', '貫': 'guàn', '徹': 'chè', '決': 'jué', '見': 'jiàn', '效': 'xiào', '聯': 'lián',
    '衛': 'wèi', '義': 'yì', '診': 'zhěn', '務': 'wù', '進': 'jìn', '蓋': 'gài', '應': 'yìng', '練': 'liàn',
    '轉': 'zhuǎn', '嚴': 'yán', '責': 'zé', '復': 'fù', '畝': 'mǔ', '護': 'hù', '著': 'zhe', '時': 'shí',
    '會': 'huì', '議': 'yì', '顯': 'xiǎn', '質': 'zhì', '數': 'shù', '歲': 'suì',
    '落': 'luò', '圍': 'wéi', '際': 'jì', '單': 'dān', '歷': 'lì', '專': 'zhuān', '華': 'huá', '條': 'tiáo',
}


def trad_sentence(rng, tpl=None):
    tpl = tpl or pick(rng, TRAD_TEMPLATES)
    out = []
    pos = 0
    for m in re.finditer(r'\{(\w)\}', tpl):
        out.append(tpl[pos:m.start()])
        k = m.group(1)
        if k == 'n':
            out.append(str(rng.randint(3, 900)))
        elif k == 'w':
            out.append(str(rng.randint(120, 30000)))
        elif k == 'x':
            out.append('{:.2f}'.format(rng.randint(100, 9000) / 100))
        elif k == 'p':
            out.append('{:.1f}%'.format(rng.randint(10, 400) / 10))
        pos = m.end()
    out.append(tpl[pos:])
    s = ''.join(out).replace('{town}', pick(rng, TRAD_TOWNS))
    return s


def trad_doc(rng, k=None):
    tpls = rng.sample(TRAD_TEMPLATES, k or rng.randint(2, 4))
    return ''.join(trad_sentence(rng, t) for t in tpls)

# ---------------------------------------------------------------------------
# Kangxi radicals / compatibility ideographs produced by PDF extraction
# ---------------------------------------------------------------------------


def _kx_map():
    m = {}
    for cp in list(range(0x2F00, 0x2FD6)) + list(range(0xF900, 0xFADA)):
        n = unicodedata.normalize('NFKC', chr(cp))
        if len(n) == 1 and n != chr(cp) and '\u4e00' <= n <= '\u9fff':
            m.setdefault(n, []).append(chr(cp))
    return m


KX = _kx_map()


def kangxi_damage(rng, clean, p=1.0):
    out = []
    changed = False
    for ch in clean:
        if ch in KX and (rng.random() < p or not changed):
            out.append(KX[ch][0] if rng.random() < 0.85 else pick(rng, KX[ch]))
            changed = True
        else:
            out.append(ch)
    d = ''.join(out)
    if not changed or unicodedata.normalize('NFKC', d) != clean:
        return None
    return d, 'nfkc'

# ----------------------------- mj positives --------------------------------

SCALE_CN = {'word': '词语', 'clause': '分句', 'sentence': '整句', 'para': '整段'}


def doc_for_scale(rng, scale, pool=None):
    if scale == 'para':
        t1, s1 = mj_doc(rng, k=rng.randint(2, 3), pool=pool, heading=rng.random() < 0.5)
        t2, s2 = mj_doc(rng, k=rng.randint(1, 2), pool=pool, heading=False)
        s2 = [(a + len(t1) + 1, b + len(t1) + 1, k) for a, b, k in s2]
        return t1 + '\n' + t2, s1 + s2
    return mj_doc(rng, pool=pool)


def cands_for(rng, scale, text, slots):
    if scale == 'word':
        return word_cands(text, slots), rng.randint(1, 3)
    if scale == 'clause':
        return clause_cands(text), rng.randint(1, 2)
    if scale == 'sentence':
        return sentence_cands(text), 1
    if scale == 'para':
        return para_cands(text), 1
    raise ValueError(scale)


def has_loss(out, clean):
    return '\ufffd' in out or out.count('?') > clean.count('?')


def lossy_damage(rng, clean, chains, need=has_loss):
    ch = list(chains)
    rng.shuffle(ch)
    for c in ch:
        if '|' in clean or ']' in clean:
            return None
        try:
            out = forward_chain(c, clean)
        except Exception:  # noqa
            continue
        if out == clean or not out or out[0].isspace() or out[-1].isspace():
            continue
        if need and not need(out, clean):
            continue
        rec = c + '=' + clean
        if check_recipe(out, rec):
            continue
        return out, rec
    return None


def mj_codec(name, desc, lossless, lossy=(), scales=('word',), p_lossy=0.0, need_loss=True, pool=None):
    def fn(rng):
        scale = pick(rng, scales)
        text, slots = doc_for_scale(rng, scale, pool)
        cands, k = cands_for(rng, scale, text, slots)
        need = has_loss if need_loss else None
        want_lossy = bool(lossy) and (not lossless or rng.random() < p_lossy)
        segs = None
        if not want_lossy:
            segs = damage_cands(rng, text, cands, k, lambda c: codec_damage(rng, c, lossless, ()))
        if segs is None and lossy:
            segs = damage_cands(rng, text, cands, k, lambda c: lossy_damage(rng, c, lossy, need))
        return segs, '%s（%s）' % (desc, SCALE_CN[scale])
    style('mj', name, 'mojibake', desc)(fn)


mj_codec('mj_u8gbk_word', 'UTF-8 字节按 GBK 解码：地名、人名、单位名等词语', ['utf-8>gbk'],
         ['utf-8>gbk!r+q', 'utf-8>gbk!r'], ('word',), p_lossy=0.3)
mj_codec('mj_u8gbk_clause', 'UTF-8 字节按 GBK 解码：分句', ['utf-8>gbk'], ['utf-8>gbk!r+q', 'utf-8>gbk!r'],
         ('clause',), p_lossy=0.35)
mj_codec('mj_u8gbk_long', 'UTF-8 字节按 GBK 解码：整句或整段', ['utf-8>gbk'], ['utf-8>gbk!r+q', 'utf-8>gbk!r'],
         ('sentence', 'para'), p_lossy=0.45)
mj_codec('mj_u8gbk_q', 'UTF-8 按 GBK/GB2312 误读后另存，无法解码的字节成为 ? 或 �', [],
         ['utf-8>gbk!r+q', 'utf-8>gb2312!r+q', 'utf-8>gb2312!r', 'utf-8>gbk!r'], ('word', 'clause', 'sentence'))
mj_codec('mj_u8gb18030', 'UTF-8 字节按 GB18030 解码（含 PUA 字符）', ['utf-8>gb18030'], ['utf-8>gb18030!r'],
         ('word', 'clause', 'sentence'), p_lossy=0.1)
mj_codec('mj_u8big5', 'UTF-8 字节按 Big5 解码', ['utf-8>big5'], ['utf-8>big5!r', 'utf-8>big5!r+q'],
         ('word', 'clause', 'sentence'), p_lossy=0.6)
mj_codec('mj_u8sjis', 'UTF-8 字节按 Shift_JIS（cp932）解码：半角片假名、日文汉字', ['utf-8>cp932'], ['utf-8>cp932!r'],
         ('word', 'clause', 'sentence'), p_lossy=0.2)
mj_codec('mj_u8euckr', 'UTF-8 字节按 EUC-KR 解码：韩文音节与汉字混杂', ['utf-8>euc_kr'],
         ['utf-8>euc_kr!r', 'utf-8>euc_kr!r+q'], ('word', 'clause', 'sentence'), p_lossy=0.6)
mj_codec('mj_u8latin1', 'UTF-8 字节按 Latin-1 解码（含 C1 控制字符）', ['utf-8>latin-1'], (),
         ('word', 'clause', 'sentence'))
mj_codec('mj_u8w1252', 'UTF-8 字节按 windows-1252（WHATWG）解码：å·¥ä½œ 式', ['utf-8>w1252'], (),
         ('word', 'clause', 'sentence', 'para'))
mj_codec('mj_u8cyr', 'UTF-8 字节按 cp1251 / KOI8-R 解码：西里尔字母乱码', ['utf-8>cp1251', 'utf-8>koi8_r'],
         ['utf-8>cp1251!r'], ('word', 'clause', 'sentence'), p_lossy=0.35)
mj_codec('mj_u8macroman', 'UTF-8 字节按 MacRoman 解码', ['utf-8>mac_roman'], (), ('word', 'clause', 'sentence'))
mj_codec('mj_u8cp437', 'UTF-8 字节按 DOS cp437 解码：制表符与希腊字母', ['utf-8>cp437'], (),
         ('word', 'clause', 'sentence'))
mj_codec('mj_gbk_othercjk', 'GBK 字节按 Big5 / Shift_JIS / EUC-KR 解码', ['gbk>big5', 'gbk>cp932', 'gbk>euc_kr'],
         ['gbk>big5!r', 'gbk>cp932!r', 'gbk>euc_kr!r+q', 'gbk>big5!r+q'], ('word', 'clause', 'sentence'), p_lossy=0.3)
mj_codec('mj_gbklatin1', 'GBK 字节按 Latin-1 / windows-1252 / MacRoman 解码：ÏØ×ÔÈ» 式',
         ['gbk>latin-1', 'gbk>w1252', 'gbk>mac_roman'], (), ('word', 'clause', 'sentence'))
mj_codec('mj_gbku8', 'GBK 字节按 UTF-8 解码，不合法序列成为 � 或 ?', [],
         ['gbk>utf-8!r', 'gb2312>utf-8!r', 'gbk>utf-8!r+q'], ('word', 'clause', 'sentence'))
mj_codec('mj_double', '两次误解码（双重编码）：UTF-8→cp1252→UTF-8→cp1252、GBK 乱码再误读等',
         ['utf-8>w1252+utf-8>w1252', 'utf-8>gbk+utf-8>gbk', 'utf-8>gbk+utf-8>w1252', 'utf-8>latin-1+utf-8>w1252'],
         (), ('word', 'clause'))
mj_codec('mj_chain_lossy', '误解码后再存入窄字符集，不可表示的字符成为 ?',
         [], ['utf-8>latin-1+gbk!r>gbk', 'utf-8>w1252+gbk!r>gbk', 'utf-8>w1252+gb2312!r>gb2312',
              'utf-8>gbk+big5!r>big5'], ('word', 'clause'))
mj_codec('mj_kunkao', '“锟斤拷”：GBK 按 UTF-8 误读产生 U+FFFD，再以 UTF-8 存储、按 GBK 显示', [],
         ['gbk>utf-8!r+utf-8>gbk', 'gbk>utf-8!r+utf-8>gbk!r'], ('word', 'clause', 'sentence'), need_loss=False)
mj_codec('mj_gbkshift', 'GBK 字节流错位一个字节后解码（失步），不可解码处为 ?', [], ['gbkshift'],
         ('clause', 'sentence'), need_loss=False)


@style('mj', 'mj_big5gbk', 'mojibake', '繁体 Big5 文本按 GBK 解码')
def mj_big5gbk(rng):
    text = trad_doc(rng)
    if rng.random() < 0.5:
        text = fill(rng, pick(rng, HEADINGS)) + '\n' + text
    scale = pick(rng, ['clause', 'sentence'])
    cands = clause_cands(text) if scale == 'clause' else sentence_cands(text)

    def dmg(clean):
        return codec_damage(rng, clean, ['big5>gbk', 'big5>gb18030'], ['big5>gbk!r', 'big5>gbk!r+q'],
                            p_lossy=0.45)
    return damage_cands(rng, text, cands, rng.randint(1, 2), dmg), '繁体 Big5 文本按 GBK 解码（%s）' % SCALE_CN[scale]


@style('mj', 'mj_tangtun', 'mojibake', '未初始化内存“烫烫烫”“屯屯屯”（0xCC/0xCD）覆盖了字段内容')
def mj_tangtun(rng):
    text, slots = mj_doc(rng)
    cands = [(s, e) for s, e in word_cands(text, slots) if all(CJK_RE.match(c) for c in text[s:e])]
    if rng.random() < 0.4:
        nm = name_of(rng)
        pre = pick(rng, ['申报人：', '经办人：', '姓名：', '负责人：'])
        text2 = text + '\n' + pre + nm + '　单位：' + pick(rng, COUNTIES) + '县' + pick(rng, DEPTS)
        cands.append((len(text) + 1 + len(pre), len(text) + 1 + len(pre) + len(nm)))
        text = text2
    return damage_cands(rng, text, cands, rng.randint(1, 2),
                        lambda c: lossy_damage(rng, c, ['tang', 'tun'], None)), '烫/屯 覆盖'


@style('mj', 'mj_qmark_char', 'mojibake', '单个汉字丢失成为 ?（心?时代）')
def mj_qmark_char(rng):
    text, _ = mj_doc(rng)
    pos = [i for i, c in enumerate(text) if CJK_RE.match(c)]
    cands = [(i, i + 1) for i in pos]
    return damage_cands(rng, text, cands, rng.randint(1, 3), lambda c: ('?', 'qmark=' + c)), '单字丢失为 ?'


@style('mj', 'mj_qmark_run', 'mojibake', '连续汉字丢失成为 ???（窄字符集数据库、ASCII 存储）')
def mj_qmark_run(rng):
    scale = pick(rng, ['word', 'clause', 'sentence'])
    text, slots = mj_doc(rng)
    cands, k = cands_for(rng, scale, text, slots)

    def dmg(clean):
        if scale == 'word' or rng.random() < 0.4:
            cj = ''.join(ch for ch in clean if CJK_RE.match(ch))
            if cj != clean:
                return lossy_damage(rng, clean, ['ascii!r>ascii'])
            return ('?' * len(clean), 'qmark=' + clean)
        return lossy_damage(rng, clean, ['ascii!r>ascii', 'latin-1!r>latin-1'])
    return damage_cands(rng, text, cands, k, dmg), '连续丢字为 ?（%s）' % SCALE_CN[scale]


@style('mj', 'mj_fffd', 'mojibake', '丢失的字符成为替换符 �（单字、词、逐字节）')
def mj_fffd(rng):
    text, slots = mj_doc(rng)
    r = rng.random()
    if r < 0.4:
        cands = [(i, i + 1) for i, c in enumerate(text) if CJK_RE.match(c)]
        return damage_cands(rng, text, cands, rng.randint(1, 3), lambda c: ('\ufffd', 'fffd=' + c)), '单字丢失为 �'
    cands = word_cands(text, slots)
    if r < 0.7:
        return damage_cands(rng, text, cands, rng.randint(1, 2),
                            lambda c: ('\ufffd' * len(c), 'fffd=' + c)), '词语丢失为 �'
    return damage_cands(rng, text, cands, rng.randint(1, 2),
                        lambda c: lossy_damage(rng, c, ['utf-8>ascii!r'])), 'UTF-8 按 ASCII 解码，每个字节成为 �'


RARE_GBK = list('喆堃昇玥珺赟犇燚垚瑄翀旻昉曌镕頔彧祎')
RARE_NOGBK = ['䶮', '㛃', '𠮷', '㮾', '䒟', '𬭎', '𬌗']


@style('mj', 'mj_rare_lost', 'mojibake', '姓名中的生僻字在 GB2312/GBK 系统中丢失为 ?')
def mj_rare_lost(rng):
    names = []
    for _ in range(rng.randint(2, 5)):
        sur = pick(rng, SURNAMES)
        g = pick(rng, GIVEN)
        if rng.random() < 0.6:
            rare = pick(rng, RARE_GBK + RARE_NOGBK)
            g = (g[0] + rare) if len(g) == 2 and rng.random() < 0.5 else rare
        names.append(sur + g)
    lead = pick(rng, ['拟表彰%s先进个人名单：' % pick(rng, KW), '参会人员：', '本次资助对象为', '经公示无异议，以下同志通过考核：'])
    text = lead + '、'.join(names) + '。' + (clean_sentences(rng, 1) if rng.random() < 0.5 else '')
    ops = []
    for i, c in enumerate(text):
        if c in RARE_GBK:
            ops.append((i, i + 1, '?', 'gb2312!r>gb2312=' + c))
        elif c in RARE_NOGBK:
            ops.append((i, i + 1, '?', 'gbk!r>gbk=' + c))
    if not ops:
        return None
    return ops_segs(text, ops), '生僻字丢失'


EMOJI = ['👍', '🎉', '😊', '❤️', '👏', '🌸', '💪', '🔥', '😂', '🙏', '✨', '🏆']
EMOJI_FIRST = ''.join(e[0] for e in EMOJI)


@style('mj', 'mj_emoji', 'mojibake', '表情符号在 GBK 环境中丢失为 ? 或被误读为“馃憤”式汉字')
def mj_emoji(rng):
    e = [pick(rng, EMOJI) for _ in range(3)]
    forms = [
        '网友“%s”留言：“家门口的口袋公园太美了%s”' % (pick(rng, ['柘岚小王', '渚桥老李', '汀梧阿芳']), e[0]),
        '活动海报写着“%s欢乐过大年%s”，吸引了大批群众。' % (e[0], e[1]),
        '政务号推文《%s人居环境大变样%s》阅读量突破%d万。' % (pick(rng, TOWNS), e[0], rng.randint(2, 60)),
        '群众在评价系统中留言“办事效率高%s%s”。' % (e[0], e[1]),
    ]
    text = clean_sentences(rng, rng.randint(0, 1)) + pick(rng, forms) + clean_sentences(rng, rng.randint(0, 1))
    ops = []
    i = 0
    while i < len(text):
        c = text[i]
        if c in EMOJI_FIRST:
            j = i + 1
            if j < len(text) and text[j] == '\ufe0f':
                j += 1
            emo = text[i:j]
            if rng.random() < 0.5:
                r = codec_damage(rng, emo, ['utf-8>gbk'], ())
            else:
                r = lossy_damage(rng, emo, ['gbk!r>gbk', 'gb2312!r>gb2312'])
            if r is None:
                r = lossy_damage(rng, emo, ['gbk!r>gbk'])
            if r:
                ops.append((i, j, r[0], r[1]))
            i = j
        else:
            i += 1
    if not ops:
        return None
    return ops_segs(text, ops), '表情符号损坏'


@style('mj', 'mj_ent_named', 'mojibake', 'HTML 命名实体或数字引用替代了引号、破折号、省略号（&ldquo; &#8221; &amp;rdquo;）')
def mj_ent_named(rng):
    text, _ = mj_doc(rng, pool=QUOTE_TEMPLATES + TEMPLATES[:10], k=rng.randint(2, 3))
    cands = [(m.start(), m.end()) for m in re.finditer('[“”‘’—…·]+', text)]

    def dmg(clean):
        r = rng.random()
        if r < 0.6:
            return ent_forward(clean), 'ent'
        if r < 0.8:
            return ent_forward(clean, numeric=True), 'ent'
        return ent_forward(clean).replace('&', '&amp;'), 'ent2'
    return damage_cands(rng, text, cands, rng.randint(1, 4), dmg), 'HTML 实体替代标点'


@style('mj', 'mj_ent_numeric', 'mojibake', '汉字被写成数字字符引用（&#26584;&#23706; / &#x67D8;）')
def mj_ent_numeric(rng):
    scale = pick(rng, ['word', 'word', 'clause'])
    text, slots = mj_doc(rng)
    cands, k = cands_for(rng, scale, text, slots)
    hexs = rng.random() < 0.3
    dbl = rng.random() < 0.2

    def dmg(clean):
        out = ''.join(('&#x%X;' % ord(c) if hexs else '&#%d;' % ord(c)) if ord(c) > 127 else c for c in clean)
        if dbl:
            return out.replace('&', '&amp;'), 'ent2'
        return out, 'ent'
    return damage_cands(rng, text, cands, min(k, 2), dmg), '数字字符引用（%s）' % SCALE_CN[scale]


def para_starts(text):
    return [0] + [i + 1 for i, c in enumerate(text) if c == '\n' and i + 1 < len(text)]


def multi_para(rng, n=None):
    paras = []
    for i in range(n or rng.randint(2, 3)):
        paras.append(clean_sentences(rng, rng.randint(1, 3)))
    if rng.random() < 0.5:
        paras.insert(0, pick(rng, HEADINGS))
    return '\n'.join(paras)


def insert_ops(text, positions, make):
    ops = []
    for p in sorted(set(positions)):
        r = make(p)
        if r:
            ops.append((p, p, r[0], r[1]))
    return ops


@style('mj', 'mj_ent_indent', 'mojibake', '段首用 &nbsp; / &emsp; / &#12288; 实体缩进的残留')
def mj_ent_indent(rng):
    text = multi_para(rng)
    unit = pick(rng, ['&nbsp;', '&emsp;', '&#12288;', '&amp;nbsp;', '&ensp;', '&#160;'])
    k = 2 if unit in ('&emsp;', '&#12288;') else pick(rng, [2, 4, 6, 8])
    starts = [p for p in para_starts(text) if rng.random() < 0.8] or [0]
    ops = insert_ops(text, starts, lambda p: (unit * k, 'del:ent'))
    return ops_segs(text, ops), '实体缩进'


TAGS_OPEN = ['<p>', '<strong>', '<b>', '<span style="font-family:仿宋_GB2312;font-size:16pt">', '<font face="宋体">',
             '<p style="text-indent:2em">', '<span class="TRS_Editor">', '<div align="left">']
TAG_CLOSE = {'<p>': '</p>', '<strong>': '</strong>', '<b>': '</b>', '<font face="宋体">': '</font>',
             '<div align="left">': '</div>'}


@style('mj', 'mj_tags', 'mojibake', 'HTML 标签混入正文（<p>、<strong>…</strong>、<br/>、<span style=…>）')
def mj_tags(rng):
    text = multi_para(rng)
    ins = {}
    for p in para_starts(text):
        if rng.random() < 0.4:
            ins[p] = pick(rng, ['<p>', '<p style="text-indent:2em">', '<div align="left">'])
    for m in re.finditer('。', text):
        if rng.random() < 0.25 and m.end() < len(text) and text[m.end()] != '\n':
            ins[m.end()] = pick(rng, ['<br>', '<br/>', '</p><p>', '<br />'])
    mm = [m for m in re.finditer('(一是|二是|三是|同时|此外|今年以来)', text)]
    if mm and rng.random() < 0.6:
        m = pick(rng, mm)
        t = pick(rng, ['<strong>', '<b>', '<span style="font-family:黑体">'])
        ins[m.start()] = ins.get(m.start(), '') + t
        ins[m.end()] = TAG_CLOSE.get(t, '</span>') + ins.get(m.end(), '')
    if not ins:
        ins[len(text)] = '</p>'
    ops = [(p, p, ins[p], 'del:tag') for p in sorted(ins)]
    return ops_segs(text, ops), 'HTML 标签残留'


BRK = ['/strong>', 'strong>', '<br', '</p', 'p>', '&nbsp', 'nbsp;', '&ldquo', 'rdquo;', 'span>', '</span',
       '&#8220', '#8221;', '<span style="font-size:16px"', '/font>', 'div>', '&quot', 'amp;']


@style('mj', 'mj_brokentag', 'mojibake', '截断的标签或实体碎片（/strong>、<br、&nbsp、rdquo;）')
def mj_brokentag(rng):
    text, _ = mj_doc(rng)
    pos = [i for i in range(1, len(text)) if ord(text[i - 1]) > 127 and ord(text[i]) > 127]
    k = rng.randint(1, 3)
    chosen = sorted(set(pick(rng, pos) for _ in range(k)))
    ops = insert_ops(text, chosen, lambda p: (pick(rng, BRK), 'del:brk'))
    kept = []
    for o in ops:
        if kept and o[0] <= kept[-1][0] + 1:
            continue
        kept.append(o)
    return ops_segs(text, kept), '标签/实体碎片'


WORD_JUNK = ['<o:p></o:p>', '<o:p>&nbsp;</o:p>', "<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>",
             'mso-bidi-font-size:10.5pt;', 'font-family:仿宋_GB2312;mso-hansi-font-family:宋体;',
             '{mso-style-name:正文;}', '<![if !supportLists]>', '<![endif]>', '<!--[if !supportLists]-->',
             '<!--[endif]-->', '<w:WordDocument></w:WordDocument>']


@style('mj', 'mj_msword', 'mojibake', 'Word 另存为网页留下的 Office 标记与样式（<o:p></o:p>、mso-…）')
def mj_msword(rng):
    text = multi_para(rng)
    ins = []
    for m in re.finditer('。', text):
        if rng.random() < 0.35:
            ins.append((m.end(), pick(rng, WORD_JUNK[:5])))
    if rng.random() < 0.5:
        ins.append((0, pick(rng, WORD_JUNK[5:])))
    if not ins:
        ins.append((len(text), '<o:p></o:p>'))
    ops = []
    for p, j in sorted(ins):
        if ops and p <= ops[-1][0]:
            continue
        ops.append((p, p, j, 'del:word'))
    return ops_segs(text, ops), 'Word 网页残留'


@style('mj', 'mj_url', 'mojibake', '百分号编码（UTF-8 或 GBK）混入正文')
def mj_url(rng):
    scale = pick(rng, ['word', 'word', 'clause'])
    text, slots = mj_doc(rng)
    cands, k = cands_for(rng, scale, text, slots)
    step = pick(rng, ['url', 'url', 'url:gbk'])
    return damage_cands(rng, text, cands, min(k, 2), lambda c: codec_damage(rng, c, [step])), \
        '百分号编码（%s，%s）' % (step, SCALE_CN[scale])


@style('mj', 'mj_qp', 'mojibake', 'quoted-printable 编码残留（=E6=9F=98…，含软换行 =）')
def mj_qp(rng):
    scale = pick(rng, ['word', 'clause'])
    text, slots = mj_doc(rng)
    cands, k = cands_for(rng, scale, text, slots)
    step = pick(rng, ['qp', 'qp', 'qp:gbk'])
    return damage_cands(rng, text, cands, min(k, 2), lambda c: codec_damage(rng, c, [step])), \
        'quoted-printable（%s，%s）' % (step, SCALE_CN[scale])


def mime_word(rng, s):
    r = rng.random()
    try:
        if r < 0.4:
            return '=?UTF-8?B?' + base64.b64encode(s.encode('utf-8')).decode('ascii') + '?='
        if r < 0.6:
            return '=?GB2312?B?' + base64.b64encode(s.encode('gb2312')).decode('ascii') + '?='
        if r < 0.8:
            return '=?gbk?B?' + base64.b64encode(s.encode('gbk')).decode('ascii') + '?='
        return '=?utf-8?Q?' + ''.join('=%02X' % b for b in s.encode('utf-8')) + '?='
    except UnicodeEncodeError:
        return '=?UTF-8?B?' + base64.b64encode(s.encode('utf-8')).decode('ascii') + '?='


@style('mj', 'mj_mime', 'mojibake', '未解码的 RFC 2047 邮件头编码词（=?UTF-8?B?…?=、=?GB2312?B?…?=）')
def mj_mime(rng):
    title = fill(rng, pick(rng, ['关于报送{kw}工作总结的通知', '{county}县{kw}实施方案', '{town}镇{y}工作要点',
                                  '{cdept}{kw}情况汇报']))
    nm = name_of(rng)
    forms = [
        ('收到邮件，主题：', title, '，请%s阅处。' % pick(rng, ['办公室', '分管领导', '各股室'])),
        ('附件：', title, '.docx'),
        ('发件人：', nm, ' <%s@%s>' % (pick(rng, ['zlxzfb', 'hcsnyj', 'twxwsj']), pick(rng, ['163.com', 'qq.com']))),
        ('转发：', title, ''),
    ]
    segs = []
    for _ in range(rng.randint(1, 2)):
        a, b, c = pick(rng, forms)
        segs += [S(a), (mime_word(rng, b), 'mime'), S(c + '\n')]
    segs.append(S(clean_sentences(rng, 1)))
    if rng.random() < 0.4:
        segs.insert(0, S(clean_sentences(rng, 1) + '\n'))
    return segs, '邮件头编码词'


@style('mj', 'mj_esc_ctrl', 'mojibake', '换行符、制表符以字面量 \\n、\\t、\\r\\n 出现（JSON/CSV 导出）')
def mj_esc_ctrl(rng):
    if rng.random() < 0.35:
        rows = ['乡镇\t项目数\t投资额（万元）']
        for _ in range(rng.randint(2, 4)):
            rows.append('%s镇\t%d\t%.2f' % (pick(rng, TOWNS), rng.randint(2, 40), rng.randint(1000, 900000) / 100))
        text = '\n'.join(rows)
    else:
        text = multi_para(rng, rng.randint(2, 4))
        if rng.random() < 0.3:
            text = text.replace('\n', '\n\n')
    ops = []
    lit = pick(rng, ['\\n', '\\n', '\\r\\n'])
    for m in re.finditer('\n+|\t', text):
        if True:
            c = m.group(0)
            if c == '\t':
                ops.append((m.start(), m.end(), '\\t', 'esc'))
            else:
                ops.append((m.start(), m.end(), lit * len(c), 'esc'))
    if not ops:
        return None
    return ops_segs(text, ops), '字面转义序列'


@style('mj', 'mj_esc_unicode', 'mojibake', '汉字以 \\uXXXX 转义序列出现')
def mj_esc_unicode(rng):
    scale = pick(rng, ['word', 'word', 'clause'])
    text, slots = mj_doc(rng)
    cands, k = cands_for(rng, scale, text, slots)
    up = rng.random() < 0.3

    def dmg(c):
        out = esc_forward(c)
        if up:
            out = re.sub(r'\\u([0-9a-f]{4})', lambda m: '\\u' + m.group(1).upper(), out)
        return out, 'esc'
    return damage_cands(rng, text, cands, min(k, 2), dmg), '\\u 转义（%s）' % SCALE_CN[scale]


@style('mj', 'mj_besc', 'mojibake', 'UTF-8 字节以 \\xE6\\x9F… 字面转义出现')
def mj_besc(rng):
    text, slots = mj_doc(rng)
    up = rng.random() < 0.3

    def dmg(c):
        out = besc_forward(c)
        if up:
            out = re.sub(r'\\x([0-9a-f]{2})', lambda m: '\\x' + m.group(1).upper(), out)
        return out, 'besc'
    return damage_cands(rng, text, word_cands(text, slots), rng.randint(1, 2), dmg), '字节转义'


ZW_POOL = ['\u200b', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u200b\u200b']


@style('mj', 'mj_zw', 'mojibake', '零宽字符、软连字符插入词语和数字中间')
def mj_zw(rng):
    text, _ = mj_doc(rng)
    pos = [i for i in range(1, len(text)) if (CJK_RE.match(text[i - 1]) or text[i - 1].isdigit())
           and (CJK_RE.match(text[i]) or text[i].isdigit())]
    chosen = sorted(set(pick(rng, pos) for _ in range(rng.randint(1, 4))))
    ops = insert_ops(text, chosen, lambda p: (pick(rng, ZW_POOL), 'del:zw'))
    return ops_segs(text, ops), '零宽字符'


@style('mj', 'mj_bidi', 'mojibake', '双向控制符与对象替换符（U+202A…U+202C、U+2066…U+2069、U+200E、U+FFFC）')
def mj_bidi(rng):
    mob = pick(rng, ['139', '158', '181']) + rdigits(rng, 8)
    pre = clean_sentences(rng, rng.randint(1, 2))
    r = rng.random()
    if r < 0.35:
        a, b = pick(rng, [('\u202a', '\u202c'), ('\u2066', '\u2069'), ('\u202d', '\u202c'), ('\u2068', '\u2069')])
        t1 = pre + '联系人：' + name_of(rng) + '，电话：'
        segs = [S(t1), (a, 'del:zw'), S(mob), (b, 'del:zw'), S('。')]
    elif r < 0.6:
        t1 = pre + '附件：'
        fn = fill(rng, '{county}县{kw}情况汇总')
        segs = [S(t1 + fn), ('\u202e', 'del:zw'), S(pick(rng, ['xslx', 'fdp', 'xcod'])), S('.exe')]
    elif r < 0.8:
        segs = [S(pre[:-1] + '（见下图'), ('\ufffc', 'del:zw'), S('）。' + clean_sentences(rng, 1))]
    else:
        n = str(rng.randint(100, 9999))
        segs = [S(pre + '全年累计办件'), S(n), ('\u200e', 'del:zw'), S('件，按时办结率'), S('%d.%d%%' % (rng.randint(90, 99), rng.randint(0, 9))), ('\u200f', 'del:zw'), S('。')]
    return segs, '双向控制符'


CTL_POOL = ['\x08', '\x07', '\x1b', '\x7f', '\x01', '\x02', '\x03', '\x0e', '\x0f', '\x10', '\x13', '\x00']


@style('mj', 'mj_ctl', 'mojibake', 'C0 控制字符与 DEL 混入正文（PDF/终端复制）')
def mj_ctl(rng):
    text, _ = mj_doc(rng)
    pos = [i for i in range(1, len(text)) if not text[i - 1].isspace() and not text[i].isspace()]
    chosen = sorted(set(pick(rng, pos) for _ in range(rng.randint(1, 3))))
    ops = insert_ops(text, chosen, lambda p: (pick(rng, CTL_POOL) * rng.choice([1, 1, 2]), 'del:ctl'))
    return ops_segs(text, ops), '控制字符'


@style('mj', 'mj_bom', 'mojibake', '拼接文件留下的 BOM：段首 U+FEFF 或按 Latin-1 显示的 ï»¿')
def mj_bom(rng):
    text = multi_para(rng)
    starts = para_starts(text)
    chosen = [p for p in starts if rng.random() < 0.4] or [pick(rng, starts)]
    ops = insert_ops(text, chosen, lambda p: (pick(rng, ['\ufeff', '\ufeff', '\u00ef\u00bb\u00bf']), 'del:bom'))
    return ops_segs(text, ops), 'BOM 残留'


@style('mj', 'mj_pinyin', 'mojibake', '繁体转换脚本留下的拼音注音（發(fā)展、區(qū)委）')
def mj_pinyin(rng):
    text = trad_doc(rng, rng.randint(2, 4))
    if rng.random() < 0.4:
        text = pick(rng, ['一、上半年工作落實情況\n', '（一）推進重點項目建設\n', '二、存在問題\n']) + text
    full = rng.random() < 0.15
    p = rng.uniform(0.3, 0.9)
    ops = []
    for i, c in enumerate(text):
        if c in PINYIN and PINYIN[c] and rng.random() < p:
            py = PINYIN[c]
            ann = ('（%s）' if full else '(%s)') % py
            ops.append((i + 1, i + 1, ann, 'del:py'))
    if not ops:
        return None
    return ops_segs(text, ops), '拼音注音插入'


KX_WORDS = [w for w in ['工作', '人民', '生产', '全年', '全县', '资金', '大道', '用地', '产业', '老人', '学生', '文化',
                         '行政', '自来水', '土壤', '示范', '干部', '面积', '中心', '人次', '工业', '水质', '水库', '高标准',
                         '高龄', '立案', '方面', '文明', '生活', '比上年', '里程', '金额', '走访', '高频', '行动', '一次',
                         '土地', '老旧', '自然', '身体', '金融', '长期', '青年', '首批', '高效', '大力', '小型', '山林',
                         '工程', '主体', '入选', '上线', '比例', '年产', '年度', '新增', '人居', '文明', '力度', '用水',
                         '率达', '利用', '目标', '立足', '高于', '生猪', '门户', '民宿', '人数', '大会']
            if any(c in KX for c in w)]


@style('mj', 'mj_kangxi_word', 'mojibake', 'PDF 抽取产生的康熙部首/兼容汉字（⼯作、⼈民）：词语')
def mj_kangxi_word(rng):
    text, _ = mj_doc(rng)
    cands = []
    for w in KX_WORDS:
        for m in re.finditer(w, text):
            cands.append((m.start(), m.end()))
    for m in ([] if len(cands) >= 2 else re.finditer('[\u4e00-\u9fff]+', text)):
        run = m.group(0)
        for i, c in enumerate(run):
            if c in KX:
                a = max(0, i - rng.randint(0, 1))
                b = min(len(run), a + rng.randint(2, 3))
                if b - a >= 2 and a <= i < b:
                    cands.append((m.start() + a, m.start() + b))
    return damage_cands(rng, text, cands, rng.randint(1, 3), lambda c: kangxi_damage(rng, c, 0.7)), '康熙部首（词语）'


@style('mj', 'mj_kangxi_clause', 'mojibake', 'PDF 抽取产生的康熙部首/兼容汉字：整个分句')
def mj_kangxi_clause(rng):
    text, _ = mj_doc(rng)
    cands = [(m.start(), m.end()) for m in re.finditer('[\u4e00-\u9fff]{4,}', text)
             if sum(1 for c in m.group(0) if c in KX) >= 2]
    return damage_cands(rng, text, cands, rng.randint(1, 2), lambda c: kangxi_damage(rng, c, 1.0)), '康熙部首（分句）'


EN_PHRASES = ['Zhelan Smart Water Project', 'Annual Work Report', 'Rural Revitalization Plans', 'Jichuan County Notices',
              'Investment Guide, 2023', 'Green Development Fund', 'Tingwu Tea Expo 2023', 'Public Service Surveys',
              'Project Summary 2023', 'River Chief System', 'Hengchuan Logistics Park', 'Digital Village Pilots']


@style('mj', 'mj_u16', 'mojibake', 'UTF-16 混淆：ASCII 按 UTF-16LE 解码成“汉字”、UTF-16LE 汉字按单字节码页解码')
def mj_u16(rng):
    if rng.random() < 0.5:
        en = pick(rng, [p for p in EN_PHRASES if len(p) % 2 == 0])
        lead = pick(rng, ['项目英文名称：', '英文标题：', '外宣材料题目为', '文件名：'])
        r = codec_damage(rng, en, ['ascii>utf-16-le'])
        if not r:
            return None
        segs = [S(clean_sentences(rng, 1) + lead), (r[0], r[1]), S(pick(rng, ['。', '.pdf', '\n']))]
        return segs, 'ASCII 按 UTF-16LE 解码'
    text, slots = mj_doc(rng)
    return damage_cands(rng, text, word_cands(text, slots), rng.randint(1, 2),
                        lambda c: codec_damage(rng, c, ['utf-16-le>latin-1', 'utf-16-le>w1252', 'utf-16-le>gbk'])), \
        'UTF-16LE 按单字节码页解码'


@style('mj', 'mj_zip_cp437', 'mojibake', '压缩包中 GBK 文件名在 cp437 下解出（╣╪╙┌…）')
def mj_zip_cp437(rng):
    names = [fill(rng, pick(rng, ['关于印发{kw}实施方案的通知', '{county}县{y}工作总结', '{town}镇{kw}台账',
                                   '{cdept}{kw}自查报告', '{county}县{kw}统计表'])) for _ in range(rng.randint(1, 3))]
    segs = [S(clean_sentences(rng, 1) + '\n附件：')]
    for i, nm in enumerate(names):
        ext = pick(rng, ['.doc', '.docx', '.xlsx', '.pdf'])
        r = codec_damage(rng, nm, ['gbk>cp437', 'utf-8>cp437'] if rng.random() < 0.2 else ['gbk>cp437'])
        if not r:
            return None
        if len(names) > 1:
            segs.append(S('%d.' % (i + 1)))
        segs += [(r[0], r[1]), S(ext + ('\n' if i < len(names) - 1 else ''))]
    return segs, '压缩包文件名乱码'


TABLE_CHAINS = ['utf-8>gbk', 'utf-8>w1252', 'utf-8>latin-1', 'gbk>big5', 'utf-8>mac_roman', 'utf-8>cp437', 'gbk>latin-1']


@style('mj', 'mj_table_row', 'mojibake', '表格中的单元格或整行乱码（竖线表、制表符表）')
def mj_table_row(rng):
    pipe = rng.random() < 0.55
    head = pick(rng, [['乡镇', '项目数（个）', '投资额（万元）', '进度'], ['单位', '户数', '补贴金额（元）', '备注']])
    rows = []
    for _ in range(rng.randint(2, 5)):
        rows.append([pick(rng, TOWNS) + '镇', str(rng.randint(2, 90)), '%.2f' % (rng.randint(1000, 900000) / 100),
                     pick(rng, ['已完工', '正在推进', '完成前期', '已验收', '按计划实施'])])
    if pipe:
        lines = ['| ' + ' | '.join(head) + ' |', '|---|---|---|---|'] + ['| ' + ' | '.join(r) + ' |' for r in rows]
    else:
        lines = ['\t'.join(head)] + ['\t'.join(r) for r in rows]
    text = pick(rng, ['', '附表：%s项目进度\n' % pick(rng, KW)]) + '\n'.join(lines)
    base = len(text) - len('\n'.join(lines))
    line_pos = []
    p = base
    for ln in lines:
        line_pos.append((p, p + len(ln)))
        p += len(ln) + 1
    data_lines = line_pos[2:] if pipe else line_pos[1:]
    chain = pick(rng, TABLE_CHAINS)
    if rng.random() < 0.5:
        s, e = pick(rng, data_lines)
        s, e = trim_ascii(text, s, e)
        cands = [(s, e)]
        scale = '整行'
    else:
        cands = []
        for s, e in data_lines:
            for m in re.finditer('[^|\t ]+', text[s:e]):
                a, b = trim_ascii(text, s + m.start(), s + m.end())
                if b > a:
                    cands.append((a, b))
        scale = '单元格'
    lossy = ['utf-8>gbk!r+q'] if not pipe else []
    return damage_cands(rng, text, cands, rng.randint(1, 2),
                        lambda c: codec_damage(rng, c, [chain], lossy)), '表格%s乱码（%s）' % (scale, chain)


@style('mj', 'mj_heading', 'mojibake', '标题行整行乱码（编号等 ASCII 留在范围外）')
def mj_heading(rng):
    h = pick(rng, [pick(rng, HEADINGS), fill(rng, pick(rng, HEAD_TEMPLATES))])
    text = h + '\n' + clean_sentences(rng, rng.randint(1, 3))
    s, e = trim_ascii(text, 0, len(h))
    chains = [pick(rng, ['utf-8>gbk', 'utf-8>w1252', 'utf-8>latin-1', 'gbk>big5', 'utf-8>cp437', 'utf-8>mac_roman',
                         'gbk>latin-1', 'utf-8>cp932', 'utf-8>cp1251'])]
    r = codec_damage(rng, text[s:e], chains, ['utf-8>gbk!r+q', 'utf-8>gbk!r'])
    if not r:
        return None
    return ops_segs(text, [(s, e, r[0], r[1])]), '标题乱码（%s）' % r[1].split('=')[0]


def _op_codec(rng, text, slots):
    c = word_cands(text, slots)
    if not c:
        return None
    s, e = pick(rng, c)
    r = codec_damage(rng, text[s:e], [pick(rng, ['utf-8>gbk', 'utf-8>w1252', 'gbk>big5', 'utf-8>latin-1'])],
                     ['utf-8>gbk!r+q'])
    return (s, e, r[0], r[1]) if r else None


def _op_q(rng, text, slots):
    pos = [i for i, c in enumerate(text) if CJK_RE.match(c)]
    i = pick(rng, pos)
    return (i, i + 1, '?', 'qmark=' + text[i])


def _op_tag(rng, text, slots):
    pos = [m.end() for m in re.finditer('。', text) if m.end() < len(text)]
    if not pos:
        return None
    p = pick(rng, pos)
    return (p, p, pick(rng, ['<br>', '</p><p>', '<br/>']), 'del:tag')


def _op_zw(rng, text, slots):
    pos = [i for i in range(1, len(text)) if CJK_RE.match(text[i - 1]) and CJK_RE.match(text[i])]
    p = pick(rng, pos)
    return (p, p, pick(rng, ZW_POOL), 'del:zw')


def _op_ent(rng, text, slots):
    ms = [m for m in re.finditer('[“”—…]+', text)]
    if not ms:
        return None
    m = pick(rng, ms)
    return (m.start(), m.end(), ent_forward(m.group(0)), 'ent')


def _op_brk(rng, text, slots):
    pos = [i for i in range(1, len(text)) if ord(text[i - 1]) > 127 and ord(text[i]) > 127]
    p = pick(rng, pos)
    return (p, p, pick(rng, BRK), 'del:brk')


def _op_kx(rng, text, slots):
    ms = [m for m in re.finditer('[\u4e00-\u9fff]{2,}', text) if any(c in KX for c in m.group(0))]
    if not ms:
        return None
    m = pick(rng, ms)
    r = kangxi_damage(rng, m.group(0), 1.0)
    return (m.start(), m.end(), r[0], r[1]) if r else None


@style('mj', 'mj_multi', 'mojibake', '同一段中多种损坏并存（乱码词 + 丢字 + 标签/实体/零宽/部首）')
def mj_multi(rng):
    text, slots = mj_doc(rng, pool=QUOTE_TEMPLATES + TEMPLATES, k=rng.randint(3, 4))
    menu = [_op_codec, _op_q, _op_tag, _op_zw, _op_ent, _op_brk, _op_kx]
    fns = list(menu)
    rng.shuffle(fns)
    ops = []
    for f in fns[:rng.randint(2, 4)]:
        o = f(rng, text, slots)
        if o and all(o[1] < a or o[0] > b for a, b, _, _ in ops):
            ops.append(o)
    if len(ops) < 2:
        return None
    return ops_segs(text, ops), '多种损坏并存'

# ----------------------------- mj negatives --------------------------------


def mstyle(name, desc):
    return style('mj', 'mj_neg_' + name, 'negative', desc)


def mneg(rng, core, before=None, after=None, ctx=None):
    parts = []
    pool = ctx or TEMPLATES
    if rng.random() < 0.25:
        parts.append(pick(rng, HEADINGS) + '\n')
    if (rng.random() < 0.6) if before is None else before:
        parts.append(clean_sentences(rng, rng.randint(1, 2), pool))
    parts.append(core)
    if (rng.random() < 0.4) if after is None else after:
        parts.append(clean_sentences(rng, 1, pool))
    return [S(''.join(parts))]


@mstyle('russian', '报告中引用的真实俄文（西里尔字母）')
def mj_neg_russian(rng):
    core = pick(rng, [
        '俄方代表团团长在致辞中说：“Мы рады развивать сотрудничество с вашим уездом.”',
        '双方签署的备忘录俄文标题为«Меморандум о сотрудничестве в области сельского хозяйства»。',
        '展会期间，俄罗斯企业“Северная звезда”与本地%d家企业达成采购意向。' % rng.randint(2, 12),
        '外事办为来访团组准备了俄文欢迎词“Добро пожаловать!”和中俄双语日程。',
        '俄语培训班学员已能用“Спасибо за тёплый приём”等句子进行日常交流。',
    ])
    return mneg(rng, core, ctx=FOREIGN_CTX if rng.random() < 0.7 else None), '真实俄文'


@mstyle('japanese', '报告中引用的真实日文（假名、汉字）')
def mj_neg_japanese(rng):
    core = pick(rng, [
        '日方代表用日语致辞：“本日はお招きいただき、誠にありがとうございます。”',
        '友好交流协议的日文文本标题为「農業技術交流に関する覚書」。',
        '景区新增日文导览牌，入口处写有“ようこそ、%s県へ”。' % pick(rng, ['柘嵐', '汀梧', '渚橋']),
        '日本株式会社ミドリテック（Midoritech）代表一行%d人来访洽谈。' % rng.randint(3, 9),
        '日语角活动中，学生练习了“おはようございます”“よろしくお願いします”等问候语。',
    ])
    return mneg(rng, core, ctx=FOREIGN_CTX if rng.random() < 0.7 else None), '真实日文'


@mstyle('korean', '报告中引用的真实韩文（谚文）')
def mj_neg_korean(rng):
    core = pick(rng, [
        '韩国友好城市赠送的书法作品上写着“함께 성장하는 미래”。',
        '韩方代表表示：“감사합니다. 앞으로도 협력을 강화하겠습니다.”',
        '新版旅游手册增设韩文版块“관광 안내”，印制%d册。' % rng.randint(1000, 9000),
        '农业技术交流会上，韩方专家介绍了“스마트팜”（智慧农场）建设经验。',
    ])
    return mneg(rng, core, ctx=FOREIGN_CTX if rng.random() < 0.7 else None), '真实韩文'


@mstyle('greek', '科技报告中的希腊字母和引用的希腊文')
def mj_neg_greek(rng):
    core = pick(rng, [
        '模型中衰减系数α取0.85，修正系数β取0.15，γ为随机扰动项。',
        '检测报告中Δt为进出水温差，λ为导热系数，单位为W/(m·K)。',
        '质量控制要求测量值落在μ±3σ范围内。',
        '希腊合作方介绍了“φιλοξενία”（好客）理念在乡村民宿中的运用。',
        '采用γ射线测井技术，共完成钻孔测试%d个。' % rng.randint(5, 60),
    ])
    return mneg(rng, core), '希腊字母'


@mstyle('french', '报告中引用的真实法文（带重音字母）')
def mj_neg_french(rng):
    core = pick(rng, [
        '法国合作方“Société des Eaux de Valbrise”派员考察了%s县污水处理厂。' % pick(rng, COUNTIES),
        '法方代表在签约仪式上表示：“C’est une coopération gagnant-gagnant.”',
        '交流团参观了位于Mérignolles的葡萄酒庄园“Château des Deux Rivières”。',
        '双方就“développement durable”（可持续发展）理念开展了深入交流，项目总投资约€%d万。' % rng.randint(50, 900),
        '法语版招商手册以“Bienvenue à %s”为题。' % pick(rng, ['Zhelan', 'Tingwu', 'Jichuan']),
    ])
    return mneg(rng, core, ctx=FOREIGN_CTX if rng.random() < 0.7 else None), '真实法文'


@mstyle('german', '报告中引用的真实德文（变音字母、ß）')
def mj_neg_german(rng):
    core = pick(rng, [
        '德国Müller Präzisionstechnik GmbH在园区投资建设精密零部件项目。',
        '学习借鉴德国“Duale Ausbildung”（双元制职业教育）模式，开设订单班%d个。' % rng.randint(2, 12),
        '考察团参观了位于Lindenstraße的职业培训中心和Qualitätsprüfung实验室。',
        '德方专家在报告中强调“Nachhaltigkeit fängt im Kleinen an”。',
        '合作协议约定首期投资€%d万，由Grünwald Energie AG负责技术支持。' % rng.randint(100, 900),
    ])
    return mneg(rng, core, ctx=FOREIGN_CTX if rng.random() < 0.7 else None), '真实德文'


@mstyle('iberian', '报告中引用的西班牙文、葡萄牙文（ñ、ã、ç）')
def mj_neg_iberian(rng):
    core = pick(rng, [
        '与智利Cooperativa Agrícola Las Peñas Altas签订樱桃进口协议%d吨。' % rng.randint(50, 900),
        '巴西合作方“Associação dos Produtores do Vale Verde”介绍了咖啡种植经验。',
        '西班牙语宣传片以“Bienvenidos a la tierra del té”为主题。',
        '葡语培训课程中，学员学习了“Informação”“Ação”“Coração”等词汇的发音。',
    ])
    return mneg(rng, core, ctx=FOREIGN_CTX if rng.random() < 0.7 else None), '西葡文字'


@mstyle('vietnamese', '边贸报告中引用的越南文（大量附加符号）')
def mj_neg_vietnamese(rng):
    core = pick(rng, [
        '越南Hợp tác xã Nông nghiệp Thành Công（成功农业合作社）代表来访。',
        '越方代表说：“Cảm ơn sự giúp đỡ của các bạn.”',
        '边民互市点设置越南文提示牌“Khu vực kiểm tra hàng hóa”。',
        '培训班学员能用“Xin chào”“Hẹn gặp lại”等越南语进行简单交流。',
    ])
    return mneg(rng, core, ctx=FOREIGN_CTX if rng.random() < 0.7 else None), '越南文'


@mstyle('math_symbols', '有意使用的数学符号（∑、≤、≥、±、√、∞、∈、≈、≠、°）')
def mj_neg_math_symbols(rng):
    core = pick(rng, [
        '综合评价得分S=∑wᵢsᵢ，其中各项权重之和∑wᵢ=1。',
        '监测误差控制在±0.5%以内，且满足|Δ|≤0.02。',
        '坡度≥25°的耕地全部纳入退耕还林范围，共%d亩。' % rng.randint(200, 9000),
        '当样本量n→∞时，估计值收敛于总体均值。',
        '测算结果约为√2≈1.414倍，且k≠0。',
        '设评价对象a∈A，按0≤x≤100的区间分为五档。',
    ])
    return mneg(rng, core), '数学符号'


@mstyle('box_drawing', '文本报告中用制表符画出的表格（┌─┬─┐）')
def mj_neg_box_drawing(rng):
    rows = [(t + '镇', rng.randint(2, 90), rng.randint(100, 9999)) for t in rng.sample(TOWNS, rng.randint(2, 4))]
    lines = ['┌──────┬──────┬──────┐', '│ 乡镇 │ 项目 │ 投资 │', '├──────┼──────┼──────┤']
    for t, a, b in rows:
        lines.append('│ %s │ %d │ %d │' % (t, a, b))
    lines.append('└──────┴──────┴──────┘')
    return [S(pick(rng, ['表1　项目投资情况（单位：个、万元）\n', '']) + '\n'.join(lines))], '制表符表格'


@mstyle('traditional', '引用的繁体中文段落（港澳台来函、旧档案转录）')
def mj_neg_traditional(rng):
    lead = pick(rng, ['香港同鄉會來函稱：', '轉錄原檔如下：', '台灣參訪團交流紀要摘錄：', ''])
    return mneg(rng, lead + trad_doc(rng, rng.randint(1, 3)), before=rng.random() < 0.4, after=False), '繁体中文'


@mstyle('html_example', '技术方案中正确书写的 HTML 代码示例与带参数的网址')
def mj_neg_html_example(rng):
    core = pick(rng, [
        '门户网站改版要求页面头部统一声明<meta charset="UTF-8">，正文段落使用<p>标签。',
        '在HTML中，“&”须写作“&amp;”，“<”须写作“&lt;”。',
        '政策解读页链接格式为https://www.%s.gov.cn/zcjd/index.html?id=%d&type=2。' % (pick(rng, ['zhelan', 'tingwu', 'jichuan']), rng.randint(100, 9999)),
        '图片须添加替代文本，例如<img src="map.png" alt="区位图">。',
        '无障碍改造要求所有链接使用<a href="…">形式并提供可读的链接文字。',
    ])
    return mneg(rng, core, ctx=IT_CTX), '正确的 HTML 示例'


@mstyle('rare_names', '人名中的合法生僻字（喆、堃、昇、玥、赟、燚、䶮）')
def mj_neg_rare_names(rng):
    rare = RARE_GBK + RARE_NOGBK[:2]
    names = [pick(rng, SURNAMES) + pick(rng, [pick(rng, rare), pick(rng, GIVEN)[0] + pick(rng, rare)]) for _ in range(rng.randint(2, 5))]
    core = pick(rng, ['拟表彰先进个人：', '参会人员：', '资助对象：', '经公示无异议，以下同志通过考核：']) + '、'.join(names) + '。'
    return mneg(rng, core), '合法生僻字'


@mstyle('emoji', '引用的网友留言、海报中的表情符号')
def mj_neg_emoji(rng):
    e = pick(rng, EMOJI)
    core = pick(rng, [
        '网友留言：“家门口的口袋公园太美了%s”' % e,
        '活动海报写着“%s欢乐过大年”。' % e,
        '政务号推文《%s镇人居环境大变样%s》阅读量突破%d万。' % (pick(rng, TOWNS), e, rng.randint(2, 60)),
        '群众评价“办事效率高%s”。' % e,
    ])
    return mneg(rng, core), '表情符号'


@mstyle('fullwidth_punct', '全角标点、序号、各式括号密集的干净文本（「」『』〔〕①⑴㈠……——）')
def mj_neg_fullwidth_punct(rng):
    core = pick(rng, [
        '「%s」专项行动分三个阶段推进：①动员部署；②集中整治；③巩固提升……' % pick(rng, KW),
        '文件明确：『凡涉及群众切身利益的事项，必须公开征求意见』——这是底线要求。',
        '㈠加强组织领导；㈡强化资金保障；㈢严格督查考核。',
        '⑴新建道路%d公里；⑵改造管网%d公里；⑶新增绿地%d平方米。' % (rng.randint(2, 30), rng.randint(2, 30), rng.randint(500, 9000)),
        '按照〔%d〕%d号文件要求，各单位须于～%d月底前完成自查！' % (rng.randint(2019, 2024), rng.randint(1, 99), rng.randint(1, 12)),
    ])
    return mneg(rng, core), '全角标点'


@mstyle('pinyin_teaching', '推普、识字教学中单独书写的带声调拼音')
def mj_neg_pinyin_teaching(rng):
    core = pick(rng, [
        '推普周活动中，志愿者教读“xiāng cūn zhèn xīng”，并讲解“乡村振兴”的含义。',
        '识字卡片上标注“柘”读作zhè，“岚”读作lán。',
        '普通话培训重点纠正“lǜ sè”“nǚ shì”等音节的发音。',
        '幼儿园开展拼音游戏，孩子们拼读“huā duǒ”“xiǎo niǎo”等音节。',
    ])
    return mneg(rng, core, ctx=EDU_CTX), '教学拼音'


@mstyle('units_symbols', '单位、化学式、货币和商标符号（℃、㎡、μg/m³、H₂O、CO₂、€、™、№）')
def mj_neg_units_symbols(rng):
    core = pick(rng, [
        '年平均气温%.1f℃，PM2.5年均浓度%dμg/m³。' % (rng.randint(120, 220) / 10, rng.randint(18, 45)),
        '新建厂房%d㎡，单位产品能耗下降%.1f‰。' % (rng.randint(1000, 90000), rng.randint(5, 90) / 10),
        '污水处理后CO₂排放减少，出水NH₄⁺-N浓度低于%.1fmg/L，SO₂排放同比下降。' % (rng.randint(5, 50) / 10),
        '出口合同金额€%d万、£%d万，折合人民币约¥%d万元。' % (rng.randint(10, 900), rng.randint(10, 900), rng.randint(100, 9000)),
        '企业注册商标“青梧®”和“瑞禾™”，取得证书№%d。' % rng.randint(10000, 99999),
    ])
    return mneg(rng, core), '单位与符号'


@mstyle('codec_talk', '技术报告中讨论编码问题：UTF-8、GBK、BOM、LF（\\n），并引用“锟斤拷”作为反例')
def mj_neg_codec_talk(rng):
    core = pick(rng, [
        '平台数据交换统一采用UTF-8编码，杜绝GBK与UTF-8混用导致的乱码。',
        '导出CSV文件时写入BOM头，避免在表格软件中打开时出现乱码。',
        '本次升级修复了部分页面显示“锟斤拷”等乱码字符的问题。',
        '接口规范规定换行符统一为LF（\\n），字段之间以逗号分隔。',
        '日志文件中的中文统一以UTF-8保存，不再使用\\uXXXX形式转义。',
    ])
    return mneg(rng, core, ctx=IT_CTX), '编码问题的讨论'


@mstyle('clean_report', '无损坏的普通工作报告段落')
def mj_neg_clean_report(rng):
    return [S(multi_para(rng, rng.randint(1, 3)))], '干净段落'

# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------

PER_STYLE = 20


def make_record(entry, rng, seed, idx, seen):
    fam, name, label, fn, desc = entry
    last = None
    for _ in range(400):
        res = fn(rng)
        if res is None:
            continue
        segs, d = res
        if segs is None:
            continue
        text, spans, infos = build(segs)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        spans = [[a - lead, b - lead] for a, b in spans]
        if not text or text in seen:
            continue
        if label == 'negative':
            note = d
        elif fam == 'ph':
            note = d + ' | spans: ' + ' ; '.join(text[a:b] for a, b in spans)
        else:
            if any(len(i) != 1 for i in infos):
                continue
            recs = [i[0] for i in infos]
            kind = 'lossy' if any('=' in r for r in recs) else 'lossless'
            note = '%s; %s [inv=%s]' % (d, kind, '|'.join(recs))
        rec = {'id': 't10-%s-%s-%02d' % (seed, name, idx), 'family': fam, 'style': name, 'label': label,
               'text': text, 'spans': spans, 'note': note}
        errs = verify_record(rec)
        if errs:
            last = errs
            continue
        line = dump_record(rec)
        if json.loads(line) != rec:
            last = ['JSON round trip']
            continue
        seen.add(text)
        return line
    raise RuntimeError('style %s: could not draw a valid record (%s)' % (name, last))


def generate(seed, out):
    names = [s[1] for s in STYLES]
    if len(names) != len(set(names)):
        raise RuntimeError('duplicate style names')
    lines = []
    seen = set()  # membership only: no record text is repeated within a file
    for entry in STYLES:
        fam, name, label = entry[0], entry[1], entry[2]
        rng = random.Random(zlib.crc32(('%s|%s|%s|%s' % (seed, fam, name, label)).encode()))
        for i in range(PER_STYLE):
            lines.append(make_record(entry, rng, seed, i, seen))
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        for ln in lines:
            f.write(ln + '\n')
    counts = {}
    for entry in STYLES:
        k = (entry[0], entry[2])
        counts[k] = counts.get(k, 0) + PER_STYLE
    print('%s: %d records, %d styles' % (out, len(lines), len(STYLES)))
    for k in sorted(counts):
        print('  %s %-11s %d' % (k[0], k[1], counts[k]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int)
    ap.add_argument('--out')
    ap.add_argument('--verify', metavar='FILE')
    ap.add_argument('--list-styles', action='store_true', help='print the style table (markdown)')
    a = ap.parse_args(argv)
    if a.list_styles:
        for fam, name, label, fn, desc in STYLES:
            print('| `%s` | %s | %s | %s |' % (name, fam, label, desc.replace('|', '\\|')))
        return 0
    if a.verify:
        return 0 if verify_file(a.verify) else 1
    if a.seed is None or not a.out:
        ap.error('--seed and --out are required (or --verify FILE)')
    generate(a.seed, a.out)
    return 0


if __name__ == '__main__':
    sys.exit(main())
