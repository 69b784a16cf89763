#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""text13_gen.py -- generator and verifier for the held-out collection "text13".

Two families of records about Chinese documents scraped from the web:
  ph  placeholders / anonymisation masks / template fields left in a document
  mj  mojibake: codec damage, lost characters, markup debris, invisible characters

Every text is assembled from segments (string, meta).  meta is None for clean
text and marks a span otherwise, so span offsets are exact by construction.

CLI
  python3 text13_gen.py --seed 11 --out text13_s11.jsonl
  python3 text13_gen.py --verify text13_s11.jsonl [more.jsonl ...]
  python3 text13_gen.py --style-table text13_s11.jsonl [more.jsonl ...]   (markdown to stdout)

Only the Python 3.11 standard library is used.
"""
import argparse
import base64
import codecs
import collections
import email.header
import html
import html.entities
import json
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse

PREFIX = "t13"

# ---------------------------------------------------------------------------
# WHATWG windows-1252: cp1252 with 81 8D 8F 90 9D mapped to the C1 controls
# ---------------------------------------------------------------------------


def _w1252_info():
    chars = []
    for b in range(256):
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))
    dtable = "".join(chars)
    etable = codecs.charmap_build(dtable)

    def enc(s, errors="strict"):
        return codecs.charmap_encode(s, errors, etable)

    def dec(b, errors="strict"):
        return codecs.charmap_decode(b, errors, dtable)

    return codecs.CodecInfo(name="w1252", encode=enc, decode=dec)


_W1252 = _w1252_info()


def _search(name):
    if name.replace("-", "_") in ("w1252", "whatwg_1252"):
        return _W1252
    return None


codecs.register(_search)

# ---------------------------------------------------------------------------
# JSON output: invisible / control characters always as \uXXXX escapes
# ---------------------------------------------------------------------------
ESC_CATS = {"Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs"}


def jstr(s):
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif unicodedata.category(ch) in ESC_CATS:
            if o > 0xFFFF:
                o -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
            else:
                out.append("\\u%04x" % o)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dump_record(r):
    spans = "[" + ", ".join("[%d, %d]" % (a, b) for a, b in r["spans"]) + "]"
    return ("{" + '"id": ' + jstr(r["id"]) + ', "family": ' + jstr(r["family"])
            + ', "style": ' + jstr(r["style"]) + ', "label": ' + jstr(r["label"])
            + ', "text": ' + jstr(r["text"]) + ', "spans": ' + spans
            + ', "note": ' + jstr(r["note"]) + "}")


# ---------------------------------------------------------------------------
# Recipe engine (forward and inverse)
# ---------------------------------------------------------------------------
CODEC_NAMES = {"utf-8", "gbk", "gb18030", "gb2312", "big5", "cp932", "euc_kr", "latin-1",
               "w1252", "cp1251", "koi8_r", "mac_roman", "cp437", "utf-16-le", "ascii"}
CODEC_STEP = re.compile(r"^([a-z0-9_\-]+)(!r)?>([a-z0-9_\-]+)(!r)?$")
DEL_KINDS = ("zw", "ctl", "bom", "tag", "brk", "ent", "py", "word")
LOSSY_ONLY = {"q", "qmark", "fffd", "tang", "tun", "gbkshift"}


def ent_escape(s):
    out = []
    for ch in s:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            name = html.entities.codepoint2name.get(ord(ch))
            out.append("&%s;" % name if name else "&#%d;" % ord(ch))
    return "".join(out)


def esc_escape(s):
    out = []
    for ch in s:
        if ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\\":
            out.append("\\\\")
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        elif ord(ch) <= 0xFFFF:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append("\\U%08x" % ord(ch))
    return "".join(out)


def besc_escape(s):
    out = []
    for b in s.encode("utf-8"):
        if 32 <= b < 127 and b not in (92, 39, 34):
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    return "".join(out)


def _enc_of(step, default):
    return step.split(":", 1)[1] if ":" in step else default


def fwd_step(step, s):
    m = CODEC_STEP.match(step)
    if m:
        e, er, d, dr = m.groups()
        if e not in CODEC_NAMES or d not in CODEC_NAMES:
            raise ValueError("unknown codec in " + step)
        return s.encode(e, "replace" if er else "strict").decode(d, "replace" if dr else "strict")
    if step == "q":
        return s.replace("\ufffd", "?")
    if step == "ent":
        return ent_escape(s)
    if step == "ent2":
        return ent_escape(ent_escape(s))
    if step in ("url", "url:gbk"):
        return urllib.parse.quote(s, safe="", encoding=_enc_of(step, "utf-8"), errors="strict")
    if step in ("qp", "qp:gbk"):
        return quopri.encodestring(s.encode(_enc_of(step, "utf-8"))).decode("ascii")
    if step == "esc":
        return esc_escape(s)
    if step == "besc":
        return besc_escape(s)
    if step == "qmark":
        return "?" * len(s)
    if step == "fffd":
        return "\ufffd" * len(s)
    if step in ("tang", "tun"):
        n = len(s.encode("gbk"))
        return (bytes([0xCC if step == "tang" else 0xCD]) * n).decode("gbk", "replace")
    if step == "gbkshift":
        return s.encode("gbk")[1:].decode("gbk", "replace").replace("\ufffd", "?")
    raise ValueError("no forward for step " + step)


def forward(chain, s):
    for step in chain.split("+"):
        s = fwd_step(step, s)
    return s


PY_LET = "a-zA-Z\u00fc\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc\u0144\u0148\u01f9\u1e3f"
DEL_RE = {
    "zw": re.compile("^[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufffc]+$"),
    "ctl": re.compile("^[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+$"),
    "bom": re.compile("^(?:\ufeff|\u00ef\u00bb\u00bf)+$"),
    "tag": re.compile(r"^(?:<[^<>\n]+>)+$"),
    "ent": re.compile(r"^(?:&(?:amp;)?(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#xA0|#12288|#x3000);)+$"),
    "py": re.compile("^[(\uff08][" + PY_LET + "]+(?: [" + PY_LET + "]+)*[)\uff09]$"),
}
BRK_RES = [
    re.compile(r"^&(?:amp;)?#?[A-Za-z0-9]{2,8}$"),      # entity without ;
    re.compile(r"^#?[A-Za-z0-9]{2,8};$"),                 # entity without &
    re.compile(r"^<[^<>\n]+$"),                             # tag without >
    re.compile(r"^[^<>\n&]+>$"),                            # tag without <
    re.compile(r"^(?:[^<>\n]*&(?:amp;)?(?:lt|gt);[^<>\n]*)+$"),   # escaped tag
]
WORD_RE = re.compile(r"mso-|<o:p>|</o:p>|\[if |\[endif\]|Mso[A-Z]|X-NONE|</?w:|Style Definitions")


def del_ok(kind, s):
    if not s:
        return False
    if kind in DEL_RE:
        return bool(DEL_RE[kind].match(s))
    if kind == "brk":
        return s.isascii() and any(r.match(s) for r in BRK_RES)
    if kind == "word":
        return "\n" not in s and bool(WORD_RE.search(s))
    return False


def _mime_decode(s):
    out = []
    for b, cs in email.header.decode_header(s):
        if isinstance(b, str):
            out.append(b)
        else:
            out.append(b.decode(cs or "ascii", "strict"))
    return "".join(out)


def inv_step(step, s):
    m = CODEC_STEP.match(step)
    if m:
        e, er, d, dr = m.groups()
        if er or dr:
            raise ValueError("!r step in a lossless recipe")
        if e not in CODEC_NAMES or d not in CODEC_NAMES:
            raise ValueError("unknown codec in " + step)
        return s.encode(d, "strict").decode(e, "strict")
    if step == "ent":
        return html.unescape(s)
    if step == "ent2":
        return html.unescape(html.unescape(s))
    if step in ("url", "url:gbk"):
        return urllib.parse.unquote(s, encoding=_enc_of(step, "utf-8"), errors="strict")
    if step in ("qp", "qp:gbk"):
        return quopri.decodestring(s.encode("ascii")).decode(_enc_of(step, "utf-8"), "strict")
    if step == "mime":
        return _mime_decode(s)
    if step == "esc":
        return s.encode("ascii").decode("unicode_escape")
    if step == "besc":
        return codecs.escape_decode(s.encode("ascii"))[0].decode("utf-8", "strict")
    if step == "nfkc":
        return unicodedata.normalize("NFKC", s)
    if step.startswith("del:"):
        kind = step[4:]
        if kind not in DEL_KINDS:
            raise ValueError("unknown del kind " + kind)
        if not del_ok(kind, s):
            raise ValueError("span does not match del:%s pattern" % kind)
        return ""
    raise ValueError("no inverse for step " + step)


def dirty_char(ch):
    o = ord(ch)
    if ch in "\t\n\r":
        return False
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf", "Co", "Cs", "Cn"):
        return True
    if o == 0xFFFD:
        return True
    if (0xC0 <= o <= 0xFF and o not in (0xD7, 0xF7)) or o in (0xAA, 0xB5, 0xBA):
        return True
    if 0x0400 <= o <= 0x052F:            # Cyrillic
        return True
    if 0x2500 <= o <= 0x259F:            # box drawing, block elements
        return True
    if 0xFF61 <= o <= 0xFF9F:            # half-width katakana
        return True
    if 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F or 0xAC00 <= o <= 0xD7AF:   # Hangul
        return True
    if 0x3040 <= o <= 0x30FF:            # kana
        return True
    if 0xE000 <= o <= 0xF8FF:            # PUA
        return True
    if 0x2E80 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF:   # radicals, Kangxi, compat ideographs
        return True
    return False


def looks_clean(s):
    return not any(dirty_char(c) for c in s)


SHAPE_RE = {
    "ent": re.compile(r"^&[^;\s]+;(?:.*;)?$", re.S),
    "ent2": re.compile(r"^&amp;[^;\s]+;(?:.*;)?$", re.S),
    "url": re.compile(r"^%[0-9A-Fa-f]{2}(?:.*%[0-9A-Fa-f]{2})?$", re.S),
    "url:gbk": re.compile(r"^%[0-9A-Fa-f]{2}(?:.*%[0-9A-Fa-f]{2})?$", re.S),
    "qp": re.compile(r"^=[0-9A-F]{2}(?:.*=[0-9A-F]{2})?$", re.S),
    "qp:gbk": re.compile(r"^=[0-9A-F]{2}(?:.*=[0-9A-F]{2})?$", re.S),
    "esc": re.compile(r"^\\(?:.*\\)?(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[ntr\\])$", re.S),
    "besc": re.compile(r"^\\x[0-9a-fA-F]{2}(?:.*\\x[0-9a-fA-F]{2})?$", re.S),
    "mime": re.compile(r"^=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=(?:\s+=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)*$"),
}
PURE_STEP = re.compile(r"^(?:[a-z0-9_\-]+>[a-z0-9_\-]+|url|url:gbk|qp|qp:gbk)$")


def check_recipe(recipe, span):
    """Return None if the recipe explains the span, else an error message."""
    try:
        if "=" in recipe:
            chain, clean = recipe.split("=", 1)
            if not clean:
                return "lossy recipe with empty CLEAN"
            if "|" in clean or "]" in clean:
                return "CLEAN contains | or ]"
            steps = chain.split("+")
            for st in steps:
                if st == "nfkc" or st == "mime" or st.startswith("del:"):
                    return "step %s cannot be lossy" % st
            got = forward(chain, clean)
            if got != span:
                return "forward(%s) gives %r, span is %r" % (chain, got, span)
            if clean == span:
                return "lossy recipe leaves the text unchanged"
            return None
        steps = recipe.split("+")
        for st in steps:
            if st in LOSSY_ONLY or "!r" in st:
                return "lossy step %s in lossless recipe" % st
        shape = SHAPE_RE.get(steps[-1])
        if shape and not shape.match(span):
            return "span does not start and end on %s boundaries" % steps[-1]
        s = span
        for st in reversed(steps):
            s = inv_step(st, s)
        if s == span:
            return "inverse does not change the span"
        if not looks_clean(s):
            return "inverse is not clean: %r" % s
        if all(PURE_STEP.match(st) for st in steps):
            back = forward(recipe, s)
            if back != span:
                return "re-applying %s gives %r, span is %r" % (recipe, back, span)
        return None
    except Exception as exc:  # noqa: BLE001
        return "%s: %s" % (type(exc).__name__, exc)


# ---------------------------------------------------------------------------
# Placeholder mask classes (for the "mask run continues" check)
# ---------------------------------------------------------------------------
MASK_CLASS = {}
for _c in "xXｘＸ":
    MASK_CLASS[_c] = "x"
for _c in "×✕":
    MASK_CLASS[_c] = "times"
for _c in "*＊":
    MASK_CLASS[_c] = "star"
for _c, _k in (("某", "mou"), ("○", "circle"), ("〇", "circle"), ("△", "tri"), ("□", "sq"),
               ("_", "us"), ("＿", "us"), ("#", "hash")):
    MASK_CLASS[_c] = _k

# ---------------------------------------------------------------------------
# Verifier
# ---------------------------------------------------------------------------
NOTE_MJ = re.compile(r"^(.+); (lossless|lossy) \[inv=([^\]]*)\]$", re.S)
ID_RE = re.compile(r"^" + PREFIX + r"-\d+-([a-z0-9_]+)-\d{2,}$")


def verify_record(r):
    errs = []
    keys = ["id", "family", "style", "label", "text", "spans", "note"]
    if sorted(r.keys()) != sorted(keys):
        return ["bad keys %s" % sorted(r.keys())]
    m = ID_RE.match(r["id"])
    if not m or m.group(1) != r["style"]:
        errs.append("bad id %s" % r["id"])
    fam, lab, text, spans, note = r["family"], r["label"], r["text"], r["spans"], r["note"]
    if fam not in ("ph", "mj"):
        errs.append("bad family")
    if lab not in ("placeholder", "mojibake", "negative"):
        errs.append("bad label")
    if (fam == "ph" and lab == "mojibake") or (fam == "mj" and lab == "placeholder"):
        errs.append("label does not fit family")
    if not isinstance(text, str) or not text.strip():
        errs.append("empty text")
        return errs
    if not isinstance(note, str) or not note.strip():
        errs.append("empty note")
    if not isinstance(spans, list):
        return errs + ["spans not a list"]
    prev = -1
    for sp in spans:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(v, int) for v in sp)):
            errs.append("bad span %r" % (sp,))
            continue
        a, b = sp
        if not (0 <= a < b <= len(text)):
            errs.append("span out of range %r" % (sp,))
            continue
        if a <= prev:
            errs.append("spans unsorted, overlapping or touching at %r" % (sp,))
        prev = b
        st = text[a:b]
        if st[0].isspace() or st[-1].isspace():
            errs.append("span starts/ends with whitespace %r" % st)
    if errs:
        return errs
    if lab == "negative":
        if spans:
            errs.append("negative with spans")
        return errs
    if not spans:
        return errs + ["positive without spans"]
    strs = [text[a:b] for a, b in spans]
    if fam == "ph":
        i = note.rfind("; spans: [")
        if i >= 0:
            try:
                listed = json.loads(note[i + 9:])
            except json.JSONDecodeError:
                listed = None
            if listed != strs:
                errs.append("span strings listed in the note differ from the spans")
        for (a, b), st in zip(spans, strs):
            if st not in note and json.dumps(st, ensure_ascii=False)[1:-1] not in note:
                errs.append("span %r not in note" % st)
            k0 = MASK_CLASS.get(st[0])
            if k0 and a > 0 and MASK_CLASS.get(text[a - 1]) == k0:
                errs.append("mask run continues before span %r" % st)
            k1 = MASK_CLASS.get(st[-1])
            if k1 and b < len(text) and MASK_CLASS.get(text[b]) == k1:
                errs.append("mask run continues after span %r" % st)
        return errs
    mm = NOTE_MJ.match(note)
    if not mm:
        return errs + ["mj note malformed"]
    recipes = mm.group(3).split("|")
    if len(recipes) != len(spans):
        return errs + ["%d recipes for %d spans" % (len(recipes), len(spans))]
    lossy = any("=" in rc for rc in recipes)
    if (mm.group(2) == "lossy") != lossy:
        errs.append("lossless/lossy flag does not match recipes")
    for rc, st, (a, b) in zip(recipes, strs, spans):
        e = check_recipe(rc, st) or check_maximal(rc, text, a, b)
        if e:
            errs.append("recipe %s: %s" % (rc[:60], e))
    return errs


ZW_SET = set("\u00ad\u061c\u180e\ufffc") | {chr(c) for c in list(range(0x200B, 0x2010)) + list(range(0x202A, 0x202F))
                                           + list(range(0x2060, 0x2065)) + list(range(0x2066, 0x206A))}
CTL_SET = {chr(c) for c in list(range(0, 9)) + [11, 12] + list(range(14, 32)) + [127]}


def check_maximal(recipe, text, a, b):
    """The debris a recipe explains must not continue just outside its span."""
    before, after = text[max(0, a - 3):a], text[b:b + 3]
    chain = recipe.split("=", 1)[0]
    steps = chain.split("+")
    last = steps[-1]
    if last in ("url", "url:gbk") and (re.match(r"%[0-9A-Fa-f]{2}", after) or re.search(r"%[0-9A-Fa-f]{2}$", before)):
        return "percent-encoding continues outside the span"
    if last in ("qp", "qp:gbk") and (re.match(r"=[0-9A-F]{2}", after) or re.search(r"=[0-9A-F]{2}$", before)):
        return "quoted-printable continues outside the span"
    if last in ("ent", "ent2", "del:ent") and (after[:1] == "&" or re.search(r"&#?[A-Za-z0-9]+;$", before)):
        return "entity run continues outside the span"
    if last in ("esc", "besc") and (after[:1] == "\\" or re.search(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[ntr])$", before)):
        return "escape run continues outside the span"
    if last == "del:tag" and (after[:1] == "<" or before[-1:] == ">"):
        return "tag run continues outside the span"
    if last == "del:zw" and ((before and before[-1] in ZW_SET) or (after and after[0] in ZW_SET)):
        return "invisible run continues outside the span"
    if last == "del:ctl" and ((before and before[-1] in CTL_SET) or (after and after[0] in CTL_SET)):
        return "control run continues outside the span"
    if last == "del:bom" and (before.endswith(("\ufeff", "\u00bf")) or after.startswith(("\ufeff", "\u00ef"))):
        return "BOM run continues outside the span"
    if last in ("qmark", "q", "fffd") or "!r" in chain:
        if (before and before[-1] in "?\ufffd") or (after and after[0] in "?\ufffd"):
            return "lost-character run continues outside the span"
    if last == "nfkc":
        span = text[a:b]
        if not (dirty_char(span[0]) and dirty_char(span[-1])):
            return "nfkc span starts or ends with an unchanged character"
    if CODEC_STEP.match(last) or last in ("nfkc", "tang", "tun", "gbkshift") or "!r" in chain:
        if (before and dirty_char(before[-1])) or (after and dirty_char(after[0])):
            return "damaged characters continue outside the span"
    return None


def verify_file(path):
    bad = 0
    n = 0
    ids = set()
    style_kind = {}
    counts = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            n += 1
            errs = []
            raw_bad = [c for c in line if unicodedata.category(c) in ESC_CATS]
            if raw_bad:
                errs.append("raw invisible/control characters %r" % raw_bad[:3])
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                print("%s:%d: JSON error %s" % (path, ln, exc))
                bad += 1
                continue
            errs += verify_record(r)
            rid = r.get("id")
            if rid in ids:
                errs.append("duplicate id")
            ids.add(rid)
            sk = (r.get("family"), r.get("label"))
            if style_kind.setdefault(r.get("style"), sk) != sk:
                errs.append("style %s has mixed family/label" % r.get("style"))
            counts[sk] += 1
            if errs:
                bad += 1
                if bad <= 30:
                    print("%s:%d %s: %s" % (path, ln, rid, "; ".join(errs)))
    neg_styles = sum(1 for v in style_kind.values() if v[1] == "negative")
    print("%s: %d records, %d styles (%d negative), %d bad" % (path, n, len(style_kind), neg_styles, bad))
    for k in sorted(counts):
        print("  %s/%s: %d" % (k[0], k[1], counts[k]))
    return bad == 0 and n > 0

# ---------------------------------------------------------------------------
# Lexicon (all invented for this collection)
# ---------------------------------------------------------------------------
PROVINCES = ["湖南省", "江西省", "河南省", "四川省", "安徽省", "山东省", "浙江省", "贵州省", "云南省",
             "湖北省", "河北省", "甘肃省", "福建省", "广西壮族自治区", "陕西省", "山西省"]
CITIES = [("长岭", "市"), ("青州", "市"), ("临江", "市"), ("丰阳", "市"), ("云溪", "市"), ("安平", "市"),
          ("南陵", "市"), ("泉城", "市"), ("武阳", "市"), ("白水", "市"), ("沅州", "市"), ("湘川", "市")]
COUNTIES = [("青山", "县"), ("石门", "县"), ("安远", "县"), ("清水", "县"), ("平江", "县"), ("永丰", "县"),
            ("兰溪", "市"), ("桐柏", "县"), ("新安", "县"), ("双峰", "县"), ("南漳", "县"), ("凤台", "县"),
            ("武冈", "市"), ("长兴", "县"), ("河口", "区"), ("望城", "区"), ("江北", "区"), ("高新", "区"),
            ("龙泉", "县"), ("桃江", "县"), ("宁远", "县"), ("江华", "县"), ("东安", "县"), ("祁阳", "市")]
TOWNS = [("黄花", "镇"), ("白沙", "镇"), ("青石", "镇"), ("梅林", "镇"), ("金桥", "乡"), ("石塘", "镇"),
         ("双河", "镇"), ("柳林", "乡"), ("龙田", "镇"), ("高桥", "镇"), ("枫树", "乡"), ("沙坪", "镇"),
         ("新桥", "镇"), ("桃花", "乡"), ("大岭", "镇"), ("清溪", "镇")]
STREETS = [("东城", "街道"), ("望月湖", "街道"), ("解放路", "街道"), ("新华", "街道"), ("城南", "街道"),
           ("西湖", "街道"), ("文昌", "街道"), ("雨花", "街道"), ("桂花", "街道"), ("北门", "街道")]
COMMS = [("幸福里", "社区"), ("枫林", "社区"), ("和平", "社区"), ("桃源", "社区"), ("金盆", "社区"),
         ("建设", "社区"), ("滨江", "社区"), ("南苑", "社区"), ("书香", "社区"), ("春晖", "社区")]
VILLAGES = [("大塘", "村"), ("杨家坪", "村"), ("新民", "村"), ("石桥", "村"), ("沙湾", "村"), ("茶园", "村"),
            ("金鸡", "村"), ("竹山", "村"), ("荷叶", "村"), ("双龙", "村"), ("马鞍", "村"), ("长冲", "村")]
DEPTS = ["发展和改革局", "财政局", "教育局", "卫生健康局", "自然资源局", "生态环境分局", "农业农村局",
         "应急管理局", "住房和城乡建设局", "交通运输局", "民政局", "市场监督管理局", "文化旅游广电体育局",
         "人力资源和社会保障局", "水利局", "林业局", "司法局", "医疗保障局", "统计局", "审计局",
         "政务服务中心", "人民医院", "退役军人事务局", "城市管理和综合执法局", "商务局", "科学技术局"]
COMPANY_NAMES = ["湘江", "华泰", "宏远", "瑞丰", "金山", "恒通", "鑫达", "长城", "天元", "绿源", "中联",
                 "新兴", "博雅", "安顺", "汇丰源", "锦程"]
COMPANY_TYPES = ["建设工程有限公司", "城市建设投资有限公司", "农业开发有限公司", "科技有限公司",
                 "物业管理有限公司", "环保科技有限公司", "交通建设投资集团有限公司", "食品有限公司",
                 "新材料股份有限公司", "建筑劳务有限公司"]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
                "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵"
                "万钱严覃戴莫孔向汤")
GIVEN = ["建国", "志强", "海燕", "丽华", "晓明", "俊杰", "红梅", "国华", "秀英", "文斌", "小军", "明辉",
         "玉兰", "伟", "静", "敏", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "超", "明", "霞", "平", "刚",
         "桂英", "德胜", "新民", "春生", "雪梅", "亚楠", "子轩", "思远", "雨涵", "浩然", "佳怡", "立新",
         "卫东", "永红", "建华", "少华", "梦琪", "一鸣", "光辉", "淑珍"]
JOB_TITLES = ["局长", "副局长", "主任", "副主任", "党组书记", "办公室主任", "科长", "副科长", "站长", "所长",
          "副镇长", "支部书记", "综合科科员", "规划股股长", "二级主任科员"]
PROJECTS = ["城区污水处理厂提标改造工程", "城乡供水一体化项目", "农村公路提质改造工程", "老旧小区改造项目",
            "高标准农田建设项目", "产业园标准厂房二期", "人民医院门诊综合楼", "第二中学新校区建设项目",
            "城区公共停车场建设项目", "河道综合治理工程", "智慧城市一期工程", "农产品冷链物流中心",
            "生活垃圾焚烧发电项目", "棚户区改造安置小区", "县文化艺术中心", "滨江体育公园",
            "国道改线工程", "中心粮库扩建项目", "职业教育实训基地", "片区燃气管网改造工程"]
TOPICS = ["安全生产大检查", "城乡环境综合整治", "“双减”工作落实情况督查", "食品安全专项整治",
          "森林防火宣传月活动", "根治欠薪冬季专项行动", "农村房屋安全隐患排查", "消防安全专项检查",
          "营商环境评价", "防汛抗旱工作", "全民国家安全教育日宣传", "耕地保护专项检查"]

INDICATORS = [("地区生产总值", "亿元"), ("规模以上工业增加值", "亿元"), ("固定资产投资", "亿元"),
              ("社会消费品零售总额", "亿元"), ("一般公共预算收入", "亿元"), ("城镇居民人均可支配收入", "元"),
              ("农村居民人均可支配收入", "元"), ("进出口总额", "亿元"), ("实际利用外资", "万美元"),
              ("粮食总产量", "万吨")]

# Slot-bearing sentence templates.  Slot syntax: {kind} or {kind:a-b}
TEMPLATES = [
    "{year}年，全县实现地区生产总值{dec:120-980}亿元，同比增长{pct:3-9}%。",
    "规模以上工业增加值增长{pct:3-12}%，固定资产投资完成{dec:50-400}亿元。",
    "一般公共预算收入完成{dec:5-60}亿元，其中税收收入占比{pct:60-85}%。",
    "全年新签约招商项目{int:12-80}个，合同引资{dec:20-300}亿元。",
    "新增各类市场主体{int:1200-9000}户，其中新登记企业{int:300-2000}户。",
    "社会消费品零售总额达到{dec:30-400}亿元，增长{pct:3-11}%。",
    "城乡居民人均可支配收入分别达到{int:28000-52000}元和{int:13000-26000}元。",
    "{year}年{md}，{org}召开全系统重点工作推进会，对下阶段任务进行再部署。",
    "{proj}累计完成投资{dec:1000-30000}万元，占年度计划的{pct:60-99}%。",
    "全年实施重点项目{int:40-260}个，完成投资{dec:80-600}亿元。",
    "{town}新建村级道路{dec:5-60}公里，改造危桥{int:2-20}座。",
    "完成老旧小区改造{int:10-90}个，惠及居民{int:2000-20000}户。",
    "全县粮食播种面积稳定在{dec:30-120}万亩，总产量{dec:10-60}万吨。",
    "新建高标准农田{dec:1-8}万亩，发展特色种植{int:2000-20000}亩。",
    "{village}通过发展油茶产业，带动脱贫户{int:30-300}户稳定增收。",
    "全年识别纳入监测对象{int:100-900}户{int:300-2500}人，全部落实帮扶措施。",
    "{town}{village}的村集体经济收入突破{int:10-80}万元。",
    "全年新增城镇就业{int:1500-9000}人，城镇登记失业率控制在{pct:2-4}%以内。",
    "发放城乡低保金{dec:1000-9000}万元，保障困难群众{int:3000-20000}人。",
    "新建改扩建中小学、幼儿园{int:5-30}所，新增学位{int:2000-12000}个。",
    "{org}全年受理政务服务事项{int:30000-300000}件，按时办结率{pct:97-99}%。",
    "城乡居民基本医疗保险参保率稳定在{pct:95-99}%以上。",
    "{street}{comm}组织志愿服务活动{int:20-150}场次，参与群众{int:500-6000}人次。",
    "全年接待游客{dec:200-2000}万人次，实现旅游综合收入{dec:20-300}亿元。",
    "城区空气质量优良天数比例达到{pct:80-96}%，PM2.5平均浓度{int:22-45}微克/立方米。",
    "完成造林绿化{dec:1-5}万亩，森林覆盖率提高到{pct:40-70}%。",
    "{county}累计整治黑臭水体{int:3-20}处，集中式饮用水水源地水质达标率保持100%。",
    "开展安全生产大检查{int:20-200}次，排查整改各类隐患{int:300-3000}处。",
    "{org}联合公安、市场监管等部门开展食品安全专项整治，检查经营主体{int:500-5000}家。",
    "局党组召开理论学习中心组学习会{int:8-24}次，开展专题研讨{int:3-12}次。",
    "全年共受理群众来信来访{int:200-3000}件次，按期办结率{pct:95-99}%。",
    "经{org}党组研究，{person}同志被评为{year}年度优秀公务员。",
    "{year}年{md}，{person}在{town}调研时强调，要把项目建设作为稳增长的关键抓手。",
    "县人民医院全年门急诊{int:200000-800000}人次，出院{int:20000-60000}人次。",
    "高考本科上线{int:800-4000}人，上线率较上年提高{pct:1-6}个百分点。",
    "争取上级各类资金{dec:5-60}亿元，新增专项债券额度{dec:3-30}亿元。",
    "“三公”经费支出{dec:100-900}万元，同比下降{pct:2-12}%。",
    "{company}全年实现营业收入{dec:1-90}亿元，上缴税金{dec:1000-9000}万元。",
    "新增规模以上工业企业{int:10-60}家，高新技术企业总数达到{int:30-200}家。",
    "本人自{year}年{md}起担任{org}{title}，主要负责综合协调和信息宣传工作。",
    "一年来，共撰写各类文稿{int:40-200}篇，编发工作简报{int:12-60}期。",
    "截至{year}年{md}，{proj}已完成主体工程的{pct:50-95}%。",
    "{street}共有专兼职网格员{int:30-200}名，覆盖居民{int:5000-40000}户。",
    "本次活动共发放宣传资料{int:1000-20000}份，现场解答群众咨询{int:100-900}人次。",
    "会议于{year}年{md}在{org}三楼会议室召开，应到{int:15-40}人，实到{int:12-38}人。",
    "{town}共辖行政村{int:8-30}个、社区{int:1-5}个，户籍人口{dec:2-9}万人。",
    "全县现有各类养老机构{int:10-40}家，养老床位{int:800-5000}张。",
    "新改建农村户厕{int:1000-9000}户，卫生厕所普及率达到{pct:80-98}%。",
    "{org}共承办人大代表建议和政协委员提案{int:20-150}件，办复率100%。",
    "新改建国省干线公路{dec:10-90}公里、农村公路{dec:50-400}公里。",
    "全年办理法律援助案件{int:200-1500}件，为群众挽回经济损失{dec:100-3000}万元。",
    "主汛期共转移安置受威胁群众{int:300-8000}人，未发生一起因灾死亡事件。",
    "在{year}年度全市绩效考核中，{county}位列第{int:2-9}名，较上年前移{int:1-3}位。",
    "{company}投资{dec:2-20}亿元建设的年产{int:5-50}万吨新型建材项目正式投产。",
    "{village}党支部书记{person}带领群众修建机耕道{dec:2-9}公里。",
    "{org}与{company}签订合作协议，计划三年内投入{dec:500-5000}万元。",
    "今年以来，{town}累计化解矛盾纠纷{int:60-600}起，调解成功率{pct:95-99}%。",
    "全年完成义务植树{int:20-150}万株，新建口袋公园{int:5-30}个。",
    "{comm}现有居民{int:1500-9000}户，其中60岁以上老年人{int:600-3000}人。",
    "{year}年上半年，{org}共开展执法检查{int:50-500}次，立案查处违法案件{int:10-90}起。",
    "组织开展各类技能培训{int:20-120}期，培训城乡劳动者{int:2000-15000}人次。",
    "城市生活垃圾无害化处理率达到{pct:95-99}%，污水集中处理率{pct:90-98}%。",
    "全年发放创业担保贷款{dec:1-9}亿元，扶持创业{int:300-3000}人，带动就业{int:1000-9000}人。",
    "{person}，现任{org}{title}，分管办公室和财务工作。",
    "{person}，{byear}年{md}出生，{county}人，大学本科学历。",
    "{county}{town}{village}共有农户{int:300-1500}户，其中脱贫户{int:40-260}户。",
    "{county}{town}今年计划实施民生实事项目{int:6-20}个，总投资{dec:1000-9000}万元。",
    "{street}{comm}党委书记{person}介绍，小区加装电梯{int:5-40}部，惠及住户{int:100-600}户。",
    "{org}下达{town}农田水利补助资金{dec:50-900}万元，用于新修渠道{dec:3-20}公里。",
    "全年累计发放各类惠农补贴{dec:1000-9000}万元，惠及农户{int:20000-90000}户。",
    "{company}法定代表人{person}表示，公司将继续扩大生产，预计新增岗位{int:50-600}个。",
]

FILLERS = [
    "一年来，在县委、县政府的坚强领导下，我们坚持稳中求进工作总基调，各项工作取得了新的进展。",
    "面对复杂严峻的外部环境，全县上下团结一心、攻坚克难，经济社会保持平稳健康发展。",
    "同时也要清醒地看到，工作中还存在一些困难和问题。",
    "主要表现在：产业结构还不够优化，创新能力有待增强，民生保障还有不少短板。",
    "下一步，我们将认真贯彻落实上级决策部署，聚焦重点任务，狠抓工作落实。",
    "坚持以人民为中心的发展思想，持续办好群众急难愁盼的民生实事。",
    "持续优化营商环境，深化“放管服”改革，全面推行“一件事一次办”。",
    "加强干部队伍建设，锤炼过硬作风，营造干事创业的良好氛围。",
    "牢固树立安全发展理念，压紧压实各方责任，坚决遏制重特大事故发生。",
    "坚持绿水青山就是金山银山的理念，深入打好蓝天、碧水、净土保卫战。",
    "推动城乡融合发展，补齐基础设施短板，提升公共服务水平。",
    "这些成绩的取得，凝聚着全体干部职工的心血和汗水。",
    "在此，我代表局党组向大家表示衷心的感谢！",
    "各单位要高度重视，明确责任分工，确保各项措施落到实处。",
    "请各乡镇（街道）按时报送相关材料，逾期未报的将予以通报。",
    "本通知自印发之日起施行。",
    "以上报告，请予审议。",
    "现将有关情况报告如下。",
    "经研究，决定在全县范围内开展专项检查，现将有关事项通知如下。",
    "会议听取了各责任单位的工作汇报，研究解决了存在的具体问题。",
    "会议要求，各部门要加强协调配合，形成工作合力。",
    "全年各项目标任务总体完成较好，部分指标超额完成。",
    "我们始终把学习摆在首位，不断提高政治判断力、政治领悟力、政治执行力。",
    "坚持问题导向，对排查发现的问题建立台账，实行销号管理。",
    "群众的获得感、幸福感、安全感不断增强。",
    "扎实推进乡村振兴，持续改善农村人居环境。",
    "深入开展“我为群众办实事”实践活动，解决了一批群众反映强烈的问题。",
    "严格执行中央八项规定精神，持之以恒纠治“四风”。",
    "对照年初确定的目标任务，我们逐项进行了梳理和总结。",
    "工作中还存在一些不足，主要是统筹谋划不够，创新意识有待加强。",
    "今后，我将继续加强学习，改进作风，努力把各项工作做得更好。",
    "项目建设是经济发展的“压舱石”。",
    "坚持把防范化解重大风险摆在突出位置。",
    "积极应对持续强降雨天气，全力做好防汛救灾各项工作。",
    "教育、医疗、养老等公共服务供给持续增加。",
    "全面落实河长制、林长制，生态环境质量稳中向好。",
    "进一步完善考核评价机制，充分调动基层干部的积极性。",
    "统筹发展和安全，守牢安全生产底线。",
    "大力弘扬劳模精神、劳动精神、工匠精神。",
    "加快数字政府建设，推动更多事项“网上办、掌上办”。",
    "持续推进农村集体产权制度改革。",
    "着力打造一支忠诚干净担当的高素质干部队伍。",
    "做好重要节假日期间的值班值守工作。",
    "深入开展全民健身活动，群众体育蓬勃发展。",
    "加强和创新社会治理，坚持和发展新时代“枫桥经验”。",
    "以钉钉子精神抓好各项工作落实。",
    "各项工作虽然取得了一定成效，但与上级要求和群众期盼相比还有差距。",
    "财政收支矛盾依然突出，部分领域风险隐患不容忽视。",
    "全体干部职工要进一步振奋精神，真抓实干，确保完成全年目标任务。",
    "聚焦群众反映强烈的突出问题，开展集中整治。",
    "本报讯 近日，记者从相关部门获悉，一批民生项目将陆续开工建设。",
    "学校坚持立德树人根本任务，全面推进素质教育。",
    "医院持续改善医疗服务，门诊预约诊疗率稳步提升。",
    "公司坚持稳中求进，主营业务收入保持增长。",
    "会议议定事项如下：",
    "与会人员围绕议题进行了充分讨论，达成一致意见。",
    "针对调研中发现的问题，提出以下几点建议。",
    "本预案适用于本行政区域内自然灾害、事故灾难等突发事件的应对工作。",
    "整改工作已按期完成，群众满意度明显提升。",
    "居民代表就小区停车难问题提出了意见建议。",
    "教师队伍结构持续优化，教学质量稳步提高。",
    "全院干部职工团结协作，圆满完成了各项医疗任务。",
]

H1 = ["一、主要工作及成效", "二、存在的主要问题", "三、下一步工作打算", "一、基本情况", "二、主要做法",
      "三、存在的困难和问题", "四、下一步工作计划", "一、指导思想", "二、工作目标", "三、主要任务",
      "四、保障措施", "一、总体要求", "二、工作安排", "三、有关要求"]
H2 = ["（一）聚焦项目建设，夯实发展基础", "（二）坚持民生优先，增进群众福祉", "（三）深化改革创新，激发发展活力",
      "（四）加强生态保护，建设美丽家园", "（五）强化党的建设，锻造过硬队伍", "（一）强化组织领导",
      "（二）加强督查考核", "（三）营造良好氛围", "（一）突出抓好产业发展", "（二）扎实推进城乡建设"]
H3 = ["1. 抓实产业发展", "2. 抓好民生实事", "3. 抓牢安全稳定", "1.加强统筹调度", "2.压实工作责任",
      "3.严格督查问效", "（1）完善工作机制", "（2）强化要素保障"]
DOC_TITLES = ["{county}{year}年政府工作报告", "{org}{year}年工作总结", "{org}{year}年工作总结和下一年度工作计划",
          "{town}{year}年上半年工作总结", "关于开展{topic}的通知", "{org}关于{year}年度项目建设情况的汇报",
          "{street}{year}年社区治理工作总结", "{year}年度个人述职述廉报告", "{year}年第二季度工作例会纪要",
          "{county}{year}年国民经济和社会发展统计公报", "关于{proj}进展情况的报告",
          "{org}{year}年度部门整体支出绩效自评报告", "{town}关于{topic}的情况汇报",
          "{town}党委{year}年度抓基层党建工作述职报告", "{county}第一中学{year}学年度教育教学工作总结",
          "{county}人民医院{year}年工作总结", "{company}{year}年度经营情况报告", "{comm}居民议事会会议纪要",
          "关于{proj}的调研报告", "{org}{year}年突发事件应急预案", "{town}关于{topic}问题整改情况的报告",
          "{county}召开{year}年经济工作会议"]

VOCAB = ["发展", "建设", "工作", "项目", "经济", "社会", "群众", "服务", "管理", "安全生产", "企业", "投资",
         "完成", "推进", "加强", "落实", "全县", "同比增长", "乡村振兴", "营商环境", "基础设施", "公共服务",
         "生态环境", "民生", "就业", "教育", "医疗", "养老", "农村", "改革", "创新", "干部", "政府", "组织",
         "领导", "重点", "任务", "质量", "问题", "措施", "制度", "机制", "能力", "水平", "产业", "工业",
         "农业", "旅游", "交通", "水利", "财政", "税收", "收入", "人民", "专项整治", "隐患", "排查", "整改",
         "志愿服务", "网格员", "居民", "老年人", "脱贫户", "监测对象", "帮扶措施", "招商", "引资",
         "地区生产总值", "固定资产投资", "一般公共预算收入", "社会消费品零售总额", "城镇就业", "失业率",
         "低保金", "困难群众", "学位", "幼儿园", "政务服务", "办结率", "参保率", "游客", "空气质量",
         "森林覆盖率", "黑臭水体", "饮用水", "食品安全", "学习", "研讨", "来信来访", "优秀公务员", "调研",
         "稳增长", "门急诊", "上线率", "专项债券", "三公", "营业收入", "高新技术企业", "信息宣传",
         "工作简报", "主体工程", "宣传资料", "会议室", "行政村", "户籍人口", "养老机构", "卫生厕所",
         "建议", "提案", "干线公路", "法律援助", "经济损失", "主汛期", "绩效考核", "新型建材", "机耕道",
         "合作协议", "矛盾纠纷", "义务植树", "口袋公园", "执法检查", "技能培训", "无害化处理",
         "创业担保贷款", "坚强领导", "总基调", "外部环境", "攻坚克难", "困难和问题", "产业结构",
         "决策部署", "以人民为中心", "干事创业", "安全发展", "绿水青山", "金山银山", "城乡融合",
         "心血和汗水", "衷心的感谢", "责任分工", "相关材料", "专项检查", "合力", "目标任务", "执行力",
         "台账", "获得感", "幸福感", "安全感", "人居环境", "实践活动", "八项规定", "四风", "统筹谋划",
         "创新意识", "压舱石", "重大风险", "强降雨", "防汛救灾", "河长制", "林长制", "考核评价",
         "积极性", "工匠精神", "数字政府", "产权制度", "值班值守", "全民健身", "社会治理", "枫桥经验",
         "钉钉子精神", "群众期盼", "收支矛盾", "风险隐患", "真抓实干", "集中整治", "组织领导", "督查考核",
         "良好氛围", "产业发展", "民生实事", "安全稳定", "工作机制", "要素保障", "指导思想", "工作目标",
         "主要任务", "保障措施", "基本情况", "主要做法", "下一步", "工作计划", "统计公报", "述职述廉",
         "工作例会", "绩效自评", "情况汇报", "工作总结", "政府工作报告", "通知", "纪要", "项目名称",
         "建设地点", "总投资", "完成率", "责任单位", "完成时限", "联系人", "联系电话"]

# ---------------------------------------------------------------------------
# Segments and slot filling
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{(\w+)(?::(\d+)-(\d+))?\}")


def C(s):
    return [(s, None)]


def S(s, meta=True):
    return [(s, meta)]


def seg_text(segs):
    return "".join(t for t, _ in segs)


class Ctx:
    """Per-record context: a consistent set of places, organisations and people."""

    def __init__(self, rng):
        self.rng = rng
        self.year = rng.randint(2018, 2024)
        self.province = rng.choice(PROVINCES)
        self.city = rng.choice(CITIES)
        self.county = rng.choice(COUNTIES)
        self.towns = rng.sample(TOWNS, 3)
        self.streets = rng.sample(STREETS, 2)
        self.comms = rng.sample(COMMS, 2)
        self.villages = rng.sample(VILLAGES, 3)
        self.depts = rng.sample(DEPTS, 4)
        self.company = (rng.choice(COMPANY_NAMES), rng.choice(COMPANY_TYPES))
        self.halfwidth = rng.random() < 0.15

    def person(self):
        return (self.rng.choice(SURNAMES), self.rng.choice(GIVEN))

    def phone(self):
        r = self.rng
        if r.random() < 0.7:
            return r.choice(["13", "15", "18", "17", "19"]) + "".join(str(r.randint(0, 9)) for _ in range(9))
        return "0%d-%d%s" % (r.randint(710, 799), r.randint(2, 8), "".join(str(r.randint(0, 9)) for _ in range(6)))


class Val:
    __slots__ = ("kind", "text", "parts")

    def __init__(self, kind, text, parts=None):
        self.kind, self.text, self.parts = kind, text, parts


def _dec(r, a, b):
    v = r.uniform(a, b)
    return ("%.2f" % v) if r.random() < 0.65 else ("%.1f" % v)


def slot_value(ctx, kind, a=None, b=None):
    r = ctx.rng
    if kind == "year":
        y = ctx.year if r.random() < 0.8 else ctx.year - 1
        return Val("year", str(y))
    if kind == "byear":
        return Val("byear", str(r.randint(1965, 1998)))
    if kind == "md":
        m, d = r.randint(1, 12), r.randint(1, 28)
        return Val("md", "%d月%d日" % (m, d), (m, d))
    if kind == "int":
        return Val("int", str(r.randint(int(a), int(b))))
    if kind == "dec":
        return Val("dec", _dec(r, int(a), int(b)))
    if kind == "pct":
        return Val("pct", "%.1f" % r.uniform(int(a), int(b)))
    if kind == "county":
        return Val("place", "".join(ctx.county), ctx.county)
    if kind == "town":
        t = r.choice(ctx.towns)
        return Val("place", "".join(t), t)
    if kind == "street":
        t = r.choice(ctx.streets)
        return Val("place", "".join(t), t)
    if kind == "comm":
        t = r.choice(ctx.comms)
        return Val("place", "".join(t), t)
    if kind == "village":
        t = r.choice(ctx.villages)
        return Val("place", "".join(t), t)
    if kind == "org":
        d = r.choice(ctx.depts)
        return Val("org", "".join(ctx.county) + d, (ctx.county, d))
    if kind == "company":
        return Val("company", "".join(ctx.company), ctx.company)
    if kind == "person":
        p = ctx.person()
        return Val("person", "".join(p), p)
    if kind == "title":
        return Val("title", r.choice(JOB_TITLES))
    if kind == "proj":
        return Val("proj", r.choice(PROJECTS))
    if kind == "topic":
        return Val("topic", r.choice(TOPICS))
    if kind == "phone":
        return Val("phone", ctx.phone())
    raise KeyError(kind)


KNOWN_SLOTS = {"year", "byear", "md", "int", "dec", "pct", "county", "town", "street", "comm", "village", "org",
               "company", "person", "title", "proj", "topic", "phone"}


def slot_kinds(template):
    return [m.group(1) for m in SLOT_RE.finditer(template) if m.group(1) in KNOWN_SLOTS]


def fill(ctx, template, masker=None, kinds=None, prob=0.75):
    """Fill a template.  Slots whose kind is in `kinds` are offered to masker(ctx, val);
    at least one of them is masked when a masker is given."""
    segs = []
    pos = 0
    ms = [m for m in SLOT_RE.finditer(template) if m.group(1) in KNOWN_SLOTS]
    cand = [i for i, m in enumerate(ms) if kinds and m.group(1) in kinds]
    chosen = set()
    if masker and cand:
        chosen = {i for i in cand if ctx.rng.random() < prob}
        if not chosen:
            chosen = {ctx.rng.choice(cand)}
    for i, m in enumerate(ms):
        segs += C(template[pos:m.start()])
        v = slot_value(ctx, m.group(1), m.group(2), m.group(3))
        out = masker(ctx, v) if (masker and i in chosen) else None
        segs += out if out else C(v.text)
        pos = m.end()
    segs += C(template[pos:])
    return [s for s in segs if s[0]]


def templates_with(kinds):
    return [t for t in TEMPLATES if any(k in kinds for k in slot_kinds(t))]


# ---------------------------------------------------------------------------
# Mask makers
# ---------------------------------------------------------------------------
MASKCH = {
    "x": ("x", ".", ","), "X": ("X", ".", ","), "times": ("×", ".", ","),
    "fwX": ("Ｘ", "．", "，"), "fwx": ("ｘ", "．", "，"), "star": ("*", ".", ","),
    "fwstar": ("＊", "．", "，"), "circle": ("○", ".", ","), "tri": ("△", ".", ","),
    "sq": ("□", ".", ","),
}


def mask_number_text(r, text, ch, dot):
    if "." in text:
        ip, fp = text.split(".")
        ni = len(ip) if r.random() < 0.5 else r.choice([1, 2, 3])
        return ch * ni + dot + ch * len(fp)
    n = len(text) if (r.random() < 0.5 or len(text) > 4) else r.choice([2, 3])
    return ch * max(1, min(n, 6))


def make_masker(style_key, allow=None):
    ch, dot, _comma = MASKCH[style_key]

    def masker(ctx, v):
        r = ctx.rng
        k = v.kind
        if allow and k not in allow:
            return None
        if k in ("int", "dec", "pct"):
            return S(mask_number_text(r, v.text, ch, dot))
        if k == "year":
            c = r.random()
            if c < 0.55:
                return C(v.text[:2]) + S(ch * 2)
            if c < 0.8:
                return C(v.text[:3]) + S(ch)
            return S(ch * 4)
        if k == "byear":
            return C("19") + S(ch * 2)
        if k == "md":
            return S(ch * r.choice([1, 2])) + C("月") + S(ch * r.choice([1, 2])) + C("日")
        if k == "place":
            return S(ch * r.choice([2, 2, 3])) + C(v.parts[1])
        if k == "org":
            return S(ch * r.choice([2, 3])) + C(v.parts[0][1] + v.parts[1])
        if k == "company":
            return S(ch * r.choice([2, 3, 4])) + C(v.parts[1])
        if k == "person":
            if r.random() < 0.5:
                return C(v.parts[0]) + S(ch * r.choice([1, 2]))
            return S(ch * 3)
        if k == "phone":
            p = v.text
            if "-" in p:
                a, b = p.split("-")
                return C(a + "-" + b[:1]) + S(ch * (len(b) - 1))
            return C(p[:3]) + S(ch * 4) + C(p[7:])
        return None
    return masker


def mou_masker(ctx, v):
    r = ctx.rng
    if v.kind == "person":
        c = r.random()
        if c < 0.4:
            return C(v.parts[0]) + S("某")
        if c < 0.8:
            return C(v.parts[0]) + S("某某")
        return S("某某某")
    if v.kind == "place":
        return S("某某") + C(v.parts[1])
    if v.kind == "org":
        return S("某某") + C(v.parts[0][1] + v.parts[1])
    if v.kind == "company":
        return S("某某") + C(v.parts[1])
    return None


# ---------------------------------------------------------------------------
# Document pieces
# ---------------------------------------------------------------------------
HALF = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}


def halfwidth(s):
    return "".join(HALF.get(c, c) for c in s)


def clean_sentence(ctx):
    r = ctx.rng
    if r.random() < 0.45:
        return C(r.choice(FILLERS))
    return fill(ctx, r.choice(TEMPLATES))


def title_line(ctx, masker=None, kinds=None):
    t = ctx.rng.choice(DOC_TITLES)
    return fill(ctx, t, masker, kinds)


def indent(ctx):
    return ctx.rng.choice(["", "", "　　", "    ", "  "])


SENT_END = set("。！？；!?;…”」』>")


def paragraph(ctx, sents, ind=None):
    out = []
    out += C(indent(ctx) if ind is None else ind)
    for i, s in enumerate(sents):
        if i and sents[i - 1]:
            last = sents[i - 1][-1][0]
            if last and last[-1] not in SENT_END:
                out += C("\n")
        out += s
    return [s for s in out if s[0]]


def join_lines(lines, sep="\n"):
    out = []
    for i, ln in enumerate(lines):
        if i:
            out += C(sep)
        out += ln
    return out


def apply_halfwidth(segs):
    return [(halfwidth(t), m) if m is None else (t, m) for t, m in segs]


def context_sents(ctx, n):
    return [clean_sentence(ctx) for _ in range(n)]


def place_among(ctx, positives, n_ctx, para_max=3):
    """Place positive sentences (segment lists) among n_ctx clean sentences and cut into paragraphs."""
    r = ctx.rng
    sents = context_sents(ctx, n_ctx)
    for p in positives:
        sents.insert(r.randint(0, len(sents)), p)
    npara = max(1, min(para_max, len(sents) // 3 + r.choice([0, 0, 1])))
    cuts = sorted(r.sample(range(1, len(sents)), npara - 1)) if npara > 1 and len(sents) > 1 else []
    paras, prev = [], 0
    ind = indent(ctx)
    for c in cuts + [len(sents)]:
        if sents[prev:c]:
            paras.append(paragraph(ctx, sents[prev:c], ind))
        prev = c
    return paras


def heading_for(ctx):
    r = ctx.rng
    return C(r.choice(H1 + H2 + H3))


def with_structure(ctx, paras, title=None, heading_prob=0.4):
    r = ctx.rng
    lines = []
    if title is None and r.random() < 0.35:
        title = title_line(ctx)
    if title:
        lines.append(title)
    for p in paras:
        if r.random() < heading_prob:
            lines.append(heading_for(ctx))
        lines.append(p)
    return join_lines(lines)


# Tables ---------------------------------------------------------------------
def table_render(ctx, header, rows):
    """header: list of str; rows: list of list of segment-lists.  Returns list of line segs."""
    r = ctx.rng
    fmt = r.choice(["pipe", "pipe", "tab", "space", "fwspace"])
    lines = []
    if fmt == "pipe":
        lines.append(C("| " + " | ".join(header) + " |"))
        if r.random() < 0.6:
            lines.append(C("|" + "|".join(["---"] * len(header)) + "|"))
        for row in rows:
            ln = C("| ")
            for i, cell in enumerate(row):
                if i:
                    ln += C(" | ")
                ln += cell
            ln += C(" |")
            lines.append(ln)
    else:
        sep = {"tab": "\t", "space": "  ", "fwspace": "　"}[fmt]
        lines.append(C(sep.join(header)))
        for row in rows:
            ln = []
            for i, cell in enumerate(row):
                if i:
                    ln += C(sep)
                ln += cell
            lines.append(ln)
    return lines


def table_projects(ctx, masker=None, kinds=None, n=None, status=None):
    r = ctx.rng
    header = ["序号", "项目名称", "建设地点", "总投资（万元）", "年度完成投资（万元）", "完成率"]
    rows = []
    n = n or r.randint(2, 5)
    for i, proj in enumerate(r.sample(PROJECTS, n)):
        def cell(kind, a=None, b=None, suffix=""):
            v = slot_value(ctx, kind, a, b)
            out = masker(ctx, v) if (masker and kinds and kind in kinds and r.random() < 0.6) else None
            return (out if out else C(v.text)) + (C(suffix) if suffix else [])
        rows.append([C(str(i + 1)), C(proj), cell("town"), cell("dec", 500, 90000), cell("dec", 100, 9000),
                     cell("pct", 40, 100, "%")])
    return table_render(ctx, header, rows), rows


def table_indicators(ctx, masker=None, kinds=None):
    r = ctx.rng
    header = ["指标名称", "单位", "%d年" % ctx.year, "增长（%）"]
    rows = []
    for name, unit in r.sample(INDICATORS, r.randint(3, 6)):
        v = slot_value(ctx, "dec", 10, 900)
        g = slot_value(ctx, "pct", 1, 12)
        cv = masker(ctx, v) if (masker and "dec" in kinds and r.random() < 0.6) else None
        cg = masker(ctx, g) if (masker and "pct" in kinds and r.random() < 0.5) else None
        rows.append([C(name), C(unit), cv or C(v.text), cg or C(g.text)])
    return table_render(ctx, header, rows), rows


def table_staff(ctx, masker=None, kinds=None):
    r = ctx.rng
    header = ["姓名", "性别", "出生年月", "职务", "联系电话"]
    rows = []
    for _ in range(r.randint(2, 5)):
        p = slot_value(ctx, "person")
        ph = slot_value(ctx, "phone")
        by = slot_value(ctx, "byear")
        mp = masker(ctx, p) if (masker and "person" in kinds and r.random() < 0.7) else None
        mph = masker(ctx, ph) if (masker and "phone" in kinds and r.random() < 0.7) else None
        mby = masker(ctx, by) if (masker and "byear" in kinds and r.random() < 0.5) else None
        rows.append([mp or C(p.text), C(r.choice("男女")), (mby or C(by.text)) + C(".%02d" % r.randint(1, 12)),
                     C(r.choice(JOB_TITLES)), mph or C(ph.text)])
    return table_render(ctx, header, rows), rows


TASKS = ["制定年度工作方案", "完成项目前期手续", "开展专项督查", "组织业务培训", "建立问题整改台账",
         "完成资金拨付", "开展群众满意度调查", "报送年度总结材料", "完成档案整理归档", "组织应急演练"]


def table_tasks(ctx, cellfn=None):
    """cellfn(ctx, column) -> segs or None, used to put status values into cells."""
    r = ctx.rng
    header = ["序号", "工作任务", "责任单位", "完成时限", "完成情况"]
    rows = []
    for i, t in enumerate(r.sample(TASKS, r.randint(3, 6))):
        org = slot_value(ctx, "org").text
        lim = C("%d年%d月底前" % (ctx.year, r.randint(3, 12)))
        st = C(r.choice(["已完成", "正在推进", "按计划推进", "已完成80%"]))
        if cellfn:
            lim = cellfn(ctx, "limit") or lim
            st = cellfn(ctx, "status") or st
        rows.append([C(str(i + 1)), C(t), C(org), lim, st])
    return table_render(ctx, header, rows), rows


# Key: value forms -------------------------------------------------------------
def kv_line(ctx, key, val_segs):
    colon = "：" if not ctx.halfwidth else ":"
    return C(key + colon) + val_segs


def kv_form(ctx, masker=None, kinds=None, extra=None):
    r = ctx.rng
    fields = []
    org = slot_value(ctx, "org")
    per = slot_value(ctx, "person")
    ph = slot_value(ctx, "phone")
    proj = slot_value(ctx, "proj")
    money = slot_value(ctx, "dec", 100, 9000)
    md = slot_value(ctx, "md")
    yr = slot_value(ctx, "year")
    town = slot_value(ctx, "town")

    def mk(v, kind):
        if masker and kinds and kind in kinds and r.random() < 0.65:
            return masker(ctx, v)
        return None
    fields.append(("单位名称", mk(org, "org") or C(org.text)))
    fields.append(("项目名称", C(proj.text)))
    fields.append(("建设地点", (mk(town, "place") or C(town.text))))
    fields.append(("总投资", (mk(money, "dec") or C(money.text)) + C("万元")))
    fields.append(("联系人", mk(per, "person") or C(per.text)))
    fields.append(("联系电话", mk(ph, "phone") or C(ph.text)))
    fields.append(("填报日期", (mk(yr, "year") or C(yr.text)) + C("年") + (mk(md, "md") or C(md.text))))
    if extra:
        fields += extra
    sel = [fields[0]] + r.sample(fields[1:], r.randint(3, len(fields) - 1))
    return [kv_line(ctx, k, v) for k, v in sel]


def list_lines(ctx, items):
    r = ctx.rng
    style = r.choice(["num", "paren", "cn", "bullet"])
    out = []
    for i, it in enumerate(items):
        if style == "num":
            pre = "%d. " % (i + 1) if r.random() < 0.5 else "%d." % (i + 1)
        elif style == "paren":
            pre = "（%d）" % (i + 1)
        elif style == "cn":
            pre = "（%s）" % "一二三四五六七八九十"[i % 10]
        else:
            pre = "- "
        out.append(C(pre) + it)
    return out

# ---------------------------------------------------------------------------
# Style registry
# ---------------------------------------------------------------------------
STYLES = collections.OrderedDict()


def style(name, family, label, desc, weight=1.0):
    def deco(fn):
        assert name not in STYLES, name
        STYLES[name] = dict(name=name, family=family, label=label, desc=desc, fn=fn, weight=weight)
        return fn
    return deco


TEMPLATES += [
    "{person}同志自{year}年起分管信访工作，工作认真负责，群众评价较好。",
    "{org}{title}{person}主持会议并讲话。",
    "会议由{org}副局长{person}主持，{person}、{person}等同志参加。",
    "经群众举报，{person}在{town}违规建房一事已调查核实。",
    "{person}同志在抗洪抢险中表现突出，被授予“优秀共产党员”称号。",
    "{village}村民{person}家中房屋因暴雨受损，{town}及时安排了临时救助。",
    "驻村第一书记{person}带领工作队走访农户{int:100-500}户。",
    "{person}（{company}项目经理）汇报了工程进度和安全管理情况。",
    "获奖人员名单：{person}、{person}、{person}。",
    "联系人：{person}，联系电话：{phone}。",
    "如有疑问，请致电{org}办公室，电话：{phone}。",
    "报名咨询：{person}老师，{phone}。",
]
PLACE_KINDS = {"county", "town", "street", "comm", "village"}
NUM_KINDS = {"int", "dec", "pct"}
ALL_KINDS = PLACE_KINDS | NUM_KINDS | {"org", "company", "person", "year", "md", "byear", "phone"}


def ph_slots(ctx, kinds, masker, n_pos=(1, 3), n_ctx=(1, 6), prob=0.75, pool=None, title_mask=False):
    r = ctx.rng
    pool = pool or templates_with(kinds)
    k = min(len(pool), r.randint(*n_pos))
    pos = [fill(ctx, t, masker, kinds, prob) for t in r.sample(pool, k)]
    paras = place_among(ctx, pos, r.randint(*n_ctx))
    title = None
    if title_mask and r.random() < 0.5:
        title = fill(ctx, r.choice(DOC_TITLES), masker, kinds, prob)
    return with_structure(ctx, paras, title=title)


def combo_masker(ctx, num_key=None, name_mode=None):
    """Dispatch masks by kind, as an anonymiser or template author would mix them."""
    r = ctx.rng
    nk = num_key or r.choice(["x", "x", "X", "times"])
    base = make_masker(nk)
    pk = r.choice(["X", "X", "times", "x"])
    place = make_masker(pk)
    mode = name_mode or r.choice(["mou", "mou", "X"])

    def m(c, v):
        if v.kind == "person":
            return mou_masker(c, v) if mode == "mou" else make_masker(pk)(c, v)
        if v.kind in ("place", "org", "company"):
            return place(c, v)
        return base(c, v)
    return m


def _sentence(ctx, segs):
    return segs


@style("ph_x_count", "ph", "placeholder", "counts masked with x/X inside report sentences (xx户, xxx人, xx个)")
def _ph_x_count(ctx):
    return ph_slots(ctx, {"int"}, make_masker(ctx.rng.choice(["x", "x", "X"])))


@style("ph_place_xx", "ph", "placeholder", "place names masked as XX街道 / xx社区 / XX村 / XX镇")
def _ph_place_xx(ctx):
    return ph_slots(ctx, PLACE_KINDS - {"county"}, make_masker(ctx.rng.choice(["X", "X", "x"])))


@style("ph_county_town", "ph", "placeholder", "nested place masks split by unit words (XX县XX镇, XX镇XX村, XX街道XX社区)")
def _ph_county_town(ctx):
    pool = [t for t in TEMPLATES if "{county}{town}" in t or "{town}{village}" in t or "{street}{comm}" in t]
    return ph_slots(ctx, PLACE_KINDS, make_masker(ctx.rng.choice(["X", "x", "times"])), n_pos=(1, 2),
                    prob=1.0, pool=pool)


@style("ph_date_md", "ph", "placeholder", "month/day masked as x月xx日, each mask run its own span")
def _ph_date_md(ctx):
    return ph_slots(ctx, {"md"}, make_masker(ctx.rng.choice(["x", "x", "X"])))


@style("ph_year", "ph", "placeholder", "years masked as 20xx年 / 202x年 / XXXX年, also in titles")
def _ph_year(ctx):
    return ph_slots(ctx, {"year"}, make_masker(ctx.rng.choice(["x", "X"])), title_mask=True)


@style("ph_full_date", "ph", "placeholder", "complete dates masked: 20xx年x月xx日")
def _ph_full_date(ctx):
    pool = [t for t in TEMPLATES if "{year}" in t and "{md}" in t]
    return ph_slots(ctx, {"year", "md"}, make_masker(ctx.rng.choice(["x", "X", "x"])), n_pos=(1, 2), prob=1.0,
                    pool=pool)


@style("ph_money", "ph", "placeholder", "amounts masked as xx.xx万元 / xxx.x亿元 (dot inside the span)")
def _ph_money(ctx):
    return ph_slots(ctx, {"dec"}, make_masker("x"))


def _thousand_masker(ctx, v):
    if v.kind != "dec":
        return None
    return S(ctx.rng.choice(["x,xxx.xx", "xx,xxx.xx", "x,xxx", "xxx,xxx.xx", "X,XXX.XX", "xx,xxx"]))


@style("ph_money_thousands", "ph", "placeholder", "amount masks with thousands separators: x,xxx.xx万元")
def _ph_money_thousands(ctx):
    return ph_slots(ctx, {"dec"}, _thousand_masker)


@style("ph_pct", "ph", "placeholder", "percentages masked: xxx% / xx.x% / 增长x.x个百分点")
def _ph_pct(ctx):
    return ph_slots(ctx, {"pct"}, make_masker(ctx.rng.choice(["x", "x", "X"])))


@style("ph_upper_x_numbers", "ph", "placeholder", "numbers masked with capital X (XX家, XXX万元, XX.X%)")
def _ph_upper_x_numbers(ctx):
    return ph_slots(ctx, NUM_KINDS, make_masker("X"))


@style("ph_times_sign", "ph", "placeholder", "masks written with the multiplication sign: ××单位, ××县, ××万元, 张××")
def _ph_times_sign(ctx):
    return ph_slots(ctx, ALL_KINDS - {"phone"}, make_masker("times"), title_mask=True)


@style("ph_fullwidth_x_upper", "ph", "placeholder", "full-width ＸＸ masks (ＸＸ县, ＸＸ局, ＸＸ人)")
def _ph_fw_upper(ctx):
    return ph_slots(ctx, ALL_KINDS - {"phone", "byear"}, make_masker("fwX"))


@style("ph_fullwidth_x_num", "ph", "placeholder", "full-width lower ｘ masks in numbers: ｘｘ．ｘｘ万元, ｘｘ％")
def _ph_fw_num(ctx):
    return ph_slots(ctx, NUM_KINDS | {"year", "md"}, make_masker("fwx"))


@style("ph_star_ascii", "ph", "placeholder", "ASCII asterisk masks: **公司, 李**, **万元")
def _ph_star(ctx):
    return ph_slots(ctx, {"company", "org", "person", "int", "dec", "town", "village"}, make_masker("star"))


@style("ph_star_fullwidth", "ph", "placeholder", "full-width asterisk masks: ＊＊县, ＊＊公司, ＊＊万元")
def _ph_fwstar(ctx):
    return ph_slots(ctx, {"company", "org", "person", "int", "dec", "county", "town"}, make_masker("fwstar"))


@style("ph_circles", "ph", "placeholder", "white-circle masks: ○○县○○镇, ○○同志, ○月○日")
def _ph_circles(ctx):
    return ph_slots(ctx, PLACE_KINDS | {"org", "person", "md", "company"}, make_masker("circle"))


@style("ph_triangles", "ph", "placeholder", "triangle masks: △△单位, △△镇, △△万元")
def _ph_triangles(ctx):
    return ph_slots(ctx, PLACE_KINDS | {"org", "company", "int", "dec"}, make_masker("tri"))


@style("ph_squares", "ph", "placeholder", "white-square masks: □□县, □□公司, □□同志")
def _ph_squares(ctx):
    return ph_slots(ctx, PLACE_KINDS | {"org", "company", "person"}, make_masker("sq"))


PERSON_POOL = None


def _person_pool():
    return templates_with({"person"})


def _name_masker(kind):
    def m(ctx, v):
        if v.kind != "person":
            return None
        r = ctx.rng
        if kind == "mou":
            return C(v.parts[0]) + S("某")
        if kind == "moumou":
            return C(v.parts[0]) + S("某某")
        if kind == "full":
            return S(r.choice(["某某某", "某某某", "XXX", "×××", "xxx", "ＸＸＸ"]))
        if kind == "X":
            return C(v.parts[0]) + S(r.choice(["XX", "xx", "××", "X", "Ｘ"]))
        return None
    return m


@style("ph_name_mou", "ph", "placeholder", "surname kept, given name masked with one 某: 张某")
def _ph_name_mou(ctx):
    return ph_slots(ctx, {"person"}, _name_masker("mou"), pool=_person_pool())


@style("ph_name_moumou", "ph", "placeholder", "surname kept, given name masked with 某某: 李某某")
def _ph_name_moumou(ctx):
    return ph_slots(ctx, {"person"}, _name_masker("moumou"), pool=_person_pool())


@style("ph_name_full", "ph", "placeholder", "whole name masked: 某某某 / XXX / ×××")
def _ph_name_full(ctx):
    return ph_slots(ctx, {"person"}, _name_masker("full"), pool=_person_pool())


@style("ph_name_x", "ph", "placeholder", "given name masked with X: 王XX, 刘××")
def _ph_name_x(ctx):
    return ph_slots(ctx, {"person"}, _name_masker("X"), pool=_person_pool())


@style("ph_moumou_org", "ph", "placeholder", "organisations and places masked with 某某: 某某县, 某某公司, 某某局")
def _ph_moumou_org(ctx):
    return ph_slots(ctx, PLACE_KINDS | {"org", "company"}, mou_masker)


PROFILE_T = [
    "{person}，男，{int:25-60}岁，{byear}年{md}出生，{county}{town}人，中共党员，现任{org}{title}。",
    "当事人：{person}，女，{byear}年{md}生，汉族，住{county}{town}{village}。",
    "被申请人：{person}，男，{int:30-65}岁，{company}法定代表人，住{county}{street}。",
    "{person}，{byear}年出生，{county}人，{year}年{md}参加工作，现任{town}党委副书记。",
    "申请人{person}，女，{int:20-70}岁，户籍所在地{county}{town}{village}，联系电话{phone}。",
]


@style("ph_person_profile", "ph", "placeholder", "anonymised personal profile: 张某，男，xx岁，19xx年x月出生，XX县XX镇人")
def _ph_profile(ctx):
    r = ctx.rng
    m = combo_masker(ctx, num_key=r.choice(["x", "X"]))
    segs = fill(ctx, r.choice(PROFILE_T), m, ALL_KINDS, prob=0.8)
    paras = place_among(ctx, [segs], r.randint(0, 3))
    return with_structure(ctx, paras, heading_prob=0.1)


CASE_T = [
    "经查，{org}原{title}{person}在{year}年至{year}年间，利用职务便利为他人谋取利益，收受财物共计{dec:5-90}万元。",
    "{town}{village}原党支部书记{person}虚报冒领惠农补贴{dec:1-20}万元，受到党内严重警告处分。",
    "{company}负责人{person}因拖欠{int:20-200}名农民工工资{dec:50-500}万元，被依法立案查处。",
    "{year}年{md}，{county}纪委监委通报了{person}违反中央八项规定精神问题。",
    "{org}干部{person}在{year}年{md}违规使用公务用车办理私事，被给予诫勉处理。",
    "{street}{comm}居民{person}与邻居因噪音问题发生纠纷，经调解双方达成和解。",
]


@style("ph_case_report", "ph", "placeholder", "anonymised case report (discipline, dispute): XX局原局长张某某 … xx万元")
def _ph_case(ctx):
    r = ctx.rng
    m = combo_masker(ctx, name_mode="mou")
    pos = [fill(ctx, t, m, ALL_KINDS, prob=0.8) for t in r.sample(CASE_T, r.randint(1, 2))]
    return with_structure(ctx, place_among(ctx, pos, r.randint(0, 3)), heading_prob=0.1)


PHONE_T = [t for t in TEMPLATES if "{phone}" in t] + [
    "举报电话：{phone}（工作日8:30—17:30）。",
    "{person}（{phone}）负责本次活动的后勤保障。",
    "中奖用户：{phone}，奖品为话费充值卡一张。",
    "值班人员：{person}，值班电话：{phone}。",
]


def _phone_masker(ctx, v):
    if v.kind != "phone":
        return None
    r = ctx.rng
    p = v.text
    if "-" in p:
        a, b = p.split("-")
        ch = r.choice(["x", "X", "*"])
        if r.random() < 0.5:
            return C(a + "-" + b[:1]) + S(ch * (len(b) - 1))
        return C(a + "-" + b[:3]) + S(ch * (len(b) - 3))
    c = r.random()
    if c < 0.55:
        return C(p[:3]) + S(r.choice(["****", "****", "xxxx", "XXXX", "＊＊＊＊"])) + C(p[7:])
    if c < 0.8:
        return C(p[:7]) + S(r.choice(["****", "xxxx", "XXXX"]))
    return C(p[:3]) + S("*" * 5) + C(p[8:])


@style("ph_phone_mask", "ph", "placeholder", "masked phone numbers with real digits outside: 138****5678, 1391234xxxx")
def _ph_phone(ctx):
    r = ctx.rng
    if r.random() < 0.35:
        lines = [title_line(ctx)] if r.random() < 0.3 else []
        lines += [kv_line(ctx, "联系人", C("".join(ctx.person()))),
                  kv_line(ctx, r.choice(["联系电话", "手机号码", "电话"]), _phone_masker(ctx, slot_value(ctx, "phone")))]
        return join_lines(lines)
    return ph_slots(ctx, {"phone"}, _phone_masker, n_pos=(1, 2), pool=PHONE_T, prob=1.0)


@style("ph_phone_template", "ph", "placeholder", "phone fields left as format templates: xxx-xxxx-xxxx, 0xxx-xxxxxxx")
def _ph_phone_tpl(ctx):
    r = ctx.rng
    forms = [S("xxx-xxxx-xxxx"), S("XXX-XXXX-XXXX"), C("0") + S("xxx-xxxxxxx"), C("1") + S("xx-xxxx-xxxx"),
             C("0") + S("XXX-XXXXXXXX"), S("xxxxxxxxxxx"), C("（0") + S("xxx") + C("）") + S("xxxxxxx")]
    key = r.choice(["联系电话", "咨询电话", "监督电话", "值班电话", "传真"])
    line = kv_line(ctx, key, r.choice(forms))
    if r.random() < 0.5:
        lines = kv_form(ctx)
        lines.insert(r.randint(1, len(lines)), line)
        return join_lines(([title_line(ctx)] if r.random() < 0.4 else []) + lines)
    sent = C(r.choice(["如有疑问，请拨打", "欢迎社会各界监督，监督电话：", "报名请联系"])) + r.choice(forms) + C("。")
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 4)))


def _fake_id(r):
    region = r.choice(["430102", "430521", "360111", "410303", "510703", "340202", "370705", "522101", "420602"])
    y = r.randint(1960, 2005)
    d = "%d%02d%02d" % (y, r.randint(1, 12), r.randint(1, 28))
    seq = "%03d" % r.randint(0, 999)
    body = region + d + seq
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    chk = "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return body + chk


def _id_mask(r, idn):
    c = r.random()
    ch = r.choice(["*", "*", "x", "X", "＊"])
    if c < 0.5:
        return C(idn[:6]) + S(ch * 8) + C(idn[14:])
    if c < 0.7:
        return C(idn[:3]) + S(ch * 11) + C(idn[14:])
    if c < 0.85:
        return C(idn[:1]) + S(ch * 16) + C(idn[17:])
    return C(idn[:10]) + S(ch * 4) + C(idn[14:])


@style("ph_idcard_mask", "ph", "placeholder", "masked ID numbers, real digits and check character outside: 430102********123X")
def _ph_id(ctx):
    r = ctx.rng
    name = "".join(ctx.person())
    idm = _id_mask(r, _fake_id(r))
    c = r.random()
    if c < 0.4:
        lines = [kv_line(ctx, "姓名", C(name)), kv_line(ctx, r.choice(["身份证号码", "公民身份号码", "证件号码"]), idm),
                 kv_line(ctx, "住址", C(slot_value(ctx, "county").text + slot_value(ctx, "town").text))]
        return join_lines(lines)
    if c < 0.7:
        sent = C("申请人%s（身份证号：" % name) + idm + C("）已按要求提交全部材料。")
    else:
        sent = C("公示名单：%s，" % name) + idm + C("，%s。" % slot_value(ctx, "village").text)
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 4)))


def _bank_mask(r):
    pre = r.choice(["6222", "6217", "6228", "6230", "6212"])
    last = "%04d" % r.randint(0, 9999)
    c = r.random()
    if c < 0.45:
        return C(pre + " ") + S("**** ****") + C(" " + last)
    if c < 0.7:
        return C(pre) + S("*" * r.choice([8, 11])) + C(last)
    if c < 0.85:
        return C(pre + " %04d " % r.randint(0, 9999)) + S("****") + C(" " + last)
    return C(pre) + S("x" * 11) + C(last)


@style("ph_bankcard_mask", "ph", "placeholder", "masked bank card numbers: 6222 **** **** 1234, 6228***********5678")
def _ph_bank(ctx):
    r = ctx.rng
    bm = _bank_mask(r)
    if r.random() < 0.5:
        lines = [kv_line(ctx, "户名", C(slot_value(ctx, r.choice(["org", "company", "person"])).text)),
                 kv_line(ctx, "开户银行", C(r.choice(["中国农业银行", "中国建设银行", "中国工商银行", "农村商业银行"])
                                        + slot_value(ctx, "county").text[:2] + "支行")),
                 kv_line(ctx, r.choice(["银行账号", "账号", "卡号"]), bm)]
        return join_lines(lines)
    sent = C("补贴资金已发放至户主%s的社保卡（卡号：" % "".join(ctx.person())) + bm + C("）。")
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 4)))


@style("ph_email_mask", "ph", "placeholder", "masked or templated e-mail addresses: zhang***@163.com, xxx@xxx.gov.cn")
def _ph_email(ctx):
    r = ctx.rng
    c = r.random()
    if c < 0.4:
        em = C(r.choice(["zhang", "li", "wang", "chen", "liu", "huang"])) + S("***") + C(r.choice(["@163.com", "@qq.com", "@126.com"]))
    elif c < 0.7:
        em = S(r.choice(["xxx", "XXX", "xxxx"])) + C("@") + S(r.choice(["xxx", "XXX"])) + C(r.choice([".gov.cn", ".com", ".org.cn"]))
    else:
        em = S("****") + C(r.choice(["@qq.com", "@163.com", "@sina.com"]))
    key = r.choice(["电子邮箱", "邮箱", "E-mail", "投稿邮箱"])
    if r.random() < 0.5:
        lines = kv_form(ctx)
        lines.insert(r.randint(1, len(lines)), kv_line(ctx, key, em))
        return join_lines(lines)
    sent = C(r.choice(["请将报名表发送至邮箱", "材料电子版请发送至", "投稿请发送至"])) + em + C("，邮件标题注明单位名称。")
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 4)))


@style("ph_plate_mask", "ph", "placeholder", "masked licence plates in traffic notices: 湘A***88, 赣B·XXXXX")
def _ph_plate(ctx):
    r = ctx.rng
    prov = r.choice("湘赣豫川皖鲁浙黔滇鄂冀")
    letter = r.choice("ABCDEFGHJK")
    c = r.random()
    if c < 0.5:
        pl = C(prov + letter) + S(r.choice(["***", "**", "****"])) + C("%d%d" % (r.randint(0, 9), r.randint(1, 9)))
    elif c < 0.75:
        pl = C(prov + letter + "·") + S(r.choice(["XXXXX", "xxxxx", "×××××"]))
    else:
        pl = C(prov + letter + "%d" % r.randint(1, 9)) + S("**") + C("%d%d" % (r.randint(0, 9), r.randint(0, 9)))
    sent = C(r.choice(["曝光台：", "", "交警部门通报，"])) + C(r.choice(["小型轿车", "重型货车", "电动三轮车", "面包车"])) + pl + \
        C(r.choice(["在城区主干道违法停车。", "超速行驶被依法处罚。", "未按规定让行斑马线上行人。", "违规载人被查处。"]))
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 3)))


@style("ph_address_mask", "ph", "placeholder", "masked addresses: XX路XX号, xx栋xx单元xxx室, XX小区")
def _ph_address(ctx):
    r = ctx.rng
    ch = r.choice(["X", "x", "×", "X"])
    forms = [
        C(slot_value(ctx, "county").text) + S(ch * 2) + C("路") + S(ch * 2) + C("号"),
        C(slot_value(ctx, "street").text) + S(ch * 2) + C("小区") + S(ch * r.choice([1, 2])) + C("栋") + S(ch) + C("单元") + S(ch * 3) + C("室"),
        S(ch * 2) + C("市") + S(ch * 2) + C("区") + S(ch * 2) + C("大道") + S(ch * 3) + C("号"),
        C(slot_value(ctx, "town").text) + S(ch * 2) + C("村") + S(ch * 2) + C("组"),
    ]
    addr = r.choice(forms)
    if r.random() < 0.45:
        lines = kv_form(ctx)
        lines.insert(r.randint(1, len(lines)), kv_line(ctx, r.choice(["通讯地址", "住址", "详细地址", "经营场所"]), addr))
        return join_lines(lines)
    lead, tail = r.choice([("当事人住", "。"), ("该商户位于", "，已责令其限期整改。"), ("事发地点为", "，现场已设置警示标志。"),
                           ("举报人反映，", "附近存在占道经营现象。")])
    sent = C(lead) + addr + C(tail)
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 4)))


@style("ph_time_mask", "ph", "placeholder", "masked clock times: 上午x:xx, xx:xx—xx:xx, x时xx分")
def _ph_time(ctx):
    r = ctx.rng
    ch = r.choice(["x", "X"])
    forms = [
        C(r.choice(["上午", "下午", ""])) + S(ch + ":" + ch * 2),
        S(ch * 2 + ":" + ch * 2) + C("—") + S(ch * 2 + ":" + ch * 2),
        S(ch) + C("时") + S(ch * 2) + C("分"),
        C("%d:00—" % r.randint(8, 9)) + S(ch * 2 + ":" + ch * 2),
    ]
    tm = r.choice(forms)
    lead = C("%d年%d月%d日" % (ctx.year, r.randint(1, 12), r.randint(1, 28)))
    sent = C(r.choice(["会议时间：", "报到时间：", "活动时间："])) + lead + tm + C("。")
    if r.random() < 0.4:
        tm = r.choice([forms[0], forms[2]])
        sent = C("事发当日") + tm + C("许，%s派出所接到群众报警后立即赶赴现场。" % slot_value(ctx, "town").text)
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 4)))


@style("ph_ordinal_mask", "ph", "placeholder", "masked ordinals: 第x届, 第XX次会议, 第xx期")
def _ph_ordinal(ctx):
    r = ctx.rng
    ch = r.choice(["x", "X", "×"])
    forms = [
        C("%s第" % slot_value(ctx, "county").text) + S(ch) + C("届人民代表大会第") + S(ch) + C("次会议于%d年召开。" % ctx.year),
        C("现将第") + S(ch * 2) + C("期工作简报印发给你们，请认真学习。"),
        C("%s第" % slot_value(ctx, "org").text) + S(ch * 2) + C("次党组会议研究了下半年重点工作。"),
        C("本项目为全市第") + S(ch) + C("批重点建设项目，排名第") + S(ch * 2) + C("位。"),
    ]
    return with_structure(ctx, place_among(ctx, [r.choice(forms)], r.randint(1, 4)))


@style("ph_docnum_mask", "ph", "placeholder", "masked document numbers: 青政发〔20xx〕xx号, X政办发〔20XX〕XX号")
def _ph_docnum(ctx):
    r = ctx.rng
    ch = r.choice(["x", "X"])
    pre = ctx.county[0][0] + r.choice(["政发", "政办发", "政函", "发改", "财预"])
    c = r.random()
    if c < 0.5:
        num = C(pre + "〔20") + S(ch * 2) + C("〕") + S(ch * r.choice([1, 2, 3])) + C("号")
    elif c < 0.75:
        num = S(ch) + C(pre[1:] + "〔%d〕" % ctx.year) + S(ch * 2) + C("号")
    else:
        num = C(pre + "〔%d〕" % ctx.year) + S(ch * 2) + C("号")
    c2 = r.random()
    if c2 < 0.5:
        lines = [num, title_line(ctx)]
        body = place_among(ctx, [], r.randint(2, 5))
        return join_lines(lines + body)
    sent = C("根据《关于%s的通知》（" % r.choice(TOPICS).strip("“”")) + num + C("）要求，现将有关情况报告如下。")
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 4)))


def field_sentence(ctx, field_fn):
    """Template sentences with field placeholders, field_fn(label) -> span string."""
    r = ctx.rng
    forms = [
        lambda f: C("现将") + S(f("单位名称")) + C("关于") + S(f("项目名称")) + C("资金使用情况报告如下。"),
        lambda f: C("兹证明") + S(f("姓名")) + C("同志系我单位在编在岗职工，特此证明。"),
        lambda f: C("尊敬的") + S(f("姓名")) + C("：您好！您申报的") + S(f("项目名称")) + C("已通过初审。"),
        lambda f: C("经研究，同意") + S(f("单位名称")) + C("于") + S(f("日期")) + C("开展相关活动。"),
        lambda f: C("本次补助资金共计") + S(f("金额")) + C("元，请于") + S(f("日期")) + C("前完成拨付。"),
        lambda f: C("各") + S(f("单位")) + C("：现将《") + S(f("文件标题")) + C("》印发给你们，请认真贯彻执行。"),
        lambda f: C("联系人：") + S(f("联系人")) + C("，联系电话：") + S(f("电话")) + C("。"),
        lambda f: C("为进一步做好") + S(f("工作名称")) + C("工作，现将有关事项通知如下。"),
        lambda f: C("申请单位（盖章）：") + S(f("单位名称")),
        lambda f: C("亲爱的") + S(f("姓名")) + C("家长：本学期学生在校表现情况如下。"),
    ]
    return r.choice(forms)(field_fn)


EN_FIELDS = {"单位名称": "org_name", "项目名称": "project_name", "姓名": "name", "日期": "date", "金额": "amount",
             "单位": "unit", "文件标题": "title", "联系人": "contact", "电话": "phone", "工作名称": "task"}


def _field_style(ctx, fmt, positions=(1, 2)):
    r = ctx.rng
    sents = [field_sentence(ctx, fmt) for _ in range(r.randint(*positions))]
    return with_structure(ctx, place_among(ctx, sents, r.randint(0, 4)), heading_prob=0.25)


@style("ph_field_lenticular", "ph", "placeholder", "template fields in 【】: 【单位名称】, 【项目名称】, 【日期】")
def _ph_lent(ctx):
    return _field_style(ctx, lambda f: "【%s】" % f)


@style("ph_field_curly", "ph", "placeholder", "template fields in braces: {name}, {单位名称}, {date}")
def _ph_curly(ctx):
    en = ctx.rng.random() < 0.5
    return _field_style(ctx, lambda f: "{%s}" % (EN_FIELDS.get(f, "field") if en else f))


@style("ph_field_double_curly", "ph", "placeholder", "double-brace template fields: {{org_name}}, {{ 姓名 }}")
def _ph_dcurly(ctx):
    en = ctx.rng.random() < 0.6
    sp = ctx.rng.random() < 0.4
    return _field_style(ctx, lambda f: ("{{ %s }}" if sp else "{{%s}}") % (EN_FIELDS.get(f, "field") if en else f))


@style("ph_field_dollar", "ph", "placeholder", "dollar-brace fields left unrendered: ${org}, ${userName}, ${金额}")
def _ph_dollar(ctx):
    en = ctx.rng.random() < 0.6
    return _field_style(ctx, lambda f: "${%s}" % (EN_FIELDS.get(f, "field") if en else f))


@style("ph_field_guillemet", "ph", "placeholder", "Word mail-merge display fields: «姓名», «单位名称»")
def _ph_guil(ctx):
    return _field_style(ctx, lambda f: "«%s»" % f)


@style("ph_field_double_angle", "ph", "placeholder", "mail-merge fields typed with doubled angle brackets: <<单位>>, <<姓名>>")
def _ph_dangle(ctx):
    return _field_style(ctx, lambda f: "<<%s>>" % f)


@style("ph_field_mergefield", "ph", "placeholder", "field codes shown instead of results: { MERGEFIELD 姓名 }")
def _ph_merge(ctx):
    r = ctx.rng
    q = r.random() < 0.3
    return _field_style(ctx, lambda f: ('{ MERGEFIELD "%s" }' if q else "{ MERGEFIELD %s }") % f)


@style("ph_field_square", "ph", "placeholder", "square-bracket fields: [姓名], [单位全称], [在此输入标题]")
def _ph_square(ctx):
    return _field_style(ctx, lambda f: "[%s]" % f)


@style("ph_field_percent", "ph", "placeholder", "percent-delimited fields: %NAME%, %单位名称%")
def _ph_pctfield(ctx):
    en = ctx.rng.random() < 0.5
    return _field_style(ctx, lambda f: "%%%s%%" % (EN_FIELDS.get(f, "field").upper() if en else f))


def _instr_in_form(ctx, instr_fn, n=(1, 3)):
    r = ctx.rng
    keys = ["申报单位", "项目名称", "项目负责人", "联系电话", "项目概况", "主要成效", "存在问题", "下步打算",
            "填报日期", "审核意见"]
    lines = []
    if r.random() < 0.6:
        lines.append(title_line(ctx))
    chosen = r.sample(keys, r.randint(3, 6))
    masked = set(r.sample(range(len(chosen)), min(len(chosen), r.randint(*n))))
    for i, k in enumerate(chosen):
        if i in masked:
            lines.append(kv_line(ctx, k, instr_fn(k)))
        else:
            v = {"申报单位": slot_value(ctx, "org").text, "项目名称": slot_value(ctx, "proj").text,
                 "项目负责人": "".join(ctx.person()), "联系电话": ctx.phone(),
                 "填报日期": "%d年%d月%d日" % (ctx.year, r.randint(1, 12), r.randint(1, 28))}.get(k)
            lines.append(kv_line(ctx, k, C(v) if v else seg_first_sentence(ctx)))
    return join_lines(lines)


def seg_first_sentence(ctx):
    return clean_sentence(ctx)


WORD_CN = ["单击此处输入文字。", "单击或点击此处输入文字。", "单击此处输入日期。", "单击或点击以输入日期。",
           "单击此处添加标题", "单击此处添加文本"]
WORD_EN = ["Click here to enter text.", "Click or tap here to enter text.", "Click or tap to enter a date.",
           "Click here to enter a date.", "Choose an item."]


WORD_CN_DATE = ["单击此处输入日期。", "单击或点击以输入日期。"]
WORD_CN_TEXT = ["单击此处输入文字。", "单击或点击此处输入文字。", "单击此处输入文字。"]
WORD_EN_DATE = ["Click or tap to enter a date.", "Click here to enter a date."]
WORD_EN_TEXT = ["Click here to enter text.", "Click or tap here to enter text.", "Choose an item."]
FILL_BY_KEY = {"申报单位": ["（请填写单位全称）", "（此处填写申报单位）"], "项目名称": ["（此处填写项目名称）"],
               "项目负责人": ["（填写负责人姓名）"], "联系电话": ["（此处填写联系人及电话）", "（填写手机号码）"],
               "项目概况": ["(填写项目概况，不超过300字)", "（此处填写具体数据）"],
               "主要成效": ["（此处填写具体数据）", "（根据实际情况填写）"], "存在问题": ["（根据实际情况填写）"],
               "下步打算": ["（根据实际情况填写）", "（此处填写下一步工作计划）"], "填报日期": ["（填写日期）"],
               "审核意见": ["（由审核部门填写）"]}


def _prompt_for(r, key, date_list, text_list):
    return S(r.choice(date_list if "日期" in key else text_list))


@style("ph_word_click_cn", "ph", "placeholder", "Word content-control prompts left in place: 单击此处输入文字。")
def _ph_wcn(ctx):
    r = ctx.rng
    if r.random() < 0.6:
        return _instr_in_form(ctx, lambda k: _prompt_for(r, k, WORD_CN_DATE, WORD_CN_TEXT + ["单击此处添加文本"]))
    sent = C(r.choice(["工作成效：", "", "二、主要做法\n"])) + S(r.choice(WORD_CN))
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 4)), heading_prob=0.2)


@style("ph_word_click_en", "ph", "placeholder", "English Word prompts left in a Chinese form: Click or tap here to enter text.")
def _ph_wen(ctx):
    r = ctx.rng
    return _instr_in_form(ctx, lambda k: _prompt_for(r, k, WORD_EN_DATE, WORD_EN_TEXT))


STATUS_CN = ["待定", "待核实", "待确认", "待补充", "待填"]
STATUS_EN = ["TBD", "TODO", "N/A", "TBA"]


def _status_style(ctx, vals):
    r = ctx.rng
    c = r.random()
    if c < 0.4:
        def cellfn(c2, col):
            if r.random() < 0.35:
                return S(r.choice(vals))
            return None
        lines, rows = table_tasks(ctx, cellfn)
        if not any(m for row in rows for cell in row for _, m in cell):
            rows[0][3] = S(r.choice(vals))
            lines = table_render(ctx, ["序号", "工作任务", "责任单位", "完成时限", "完成情况"], rows)
        return join_lines(([title_line(ctx)] if r.random() < 0.5 else []) + lines)
    if c < 0.75:
        keys = ["开工时间", "竣工时间", "负责人", "资金来源", "总投资", "责任单位", "完成时限", "验收日期", "备注"]
        lines = [kv_line(ctx, "项目名称", C(slot_value(ctx, "proj").text))]
        ks = r.sample(keys, r.randint(3, 6))
        mk = set(r.sample(range(len(ks)), r.randint(1, 2)))
        for i, k in enumerate(ks):
            if i in mk:
                lines.append(kv_line(ctx, k, S(r.choice(vals))))
            else:
                v = {"开工时间": "%d年%d月" % (ctx.year, r.randint(1, 12)), "竣工时间": "%d年%d月" % (ctx.year + 1, r.randint(1, 12)),
                     "负责人": "".join(ctx.person()), "资金来源": r.choice(["财政预算", "专项债券", "上级补助", "社会资本"]),
                     "总投资": "%s万元" % _dec(r, 500, 9000), "责任单位": slot_value(ctx, "org").text,
                     "完成时限": "%d年底" % ctx.year, "验收日期": "%d年%d月%d日" % (ctx.year, r.randint(1, 12), r.randint(1, 28)),
                     "备注": r.choice(["无", "续建项目", "新开工项目"])}[k]
                lines.append(kv_line(ctx, k, C(v)))
        return join_lines(lines)
    sent = C(r.choice(["项目开工时间：", "下次会议时间：", "验收时间："])) + S(r.choice(vals)) + C("。")
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 4)))


@style("ph_status_cn", "ph", "placeholder", "bare 待定/待核实/待确认/待补充/待填 as field values in tables and forms")
def _ph_scn(ctx):
    return _status_style(ctx, STATUS_CN)


@style("ph_status_en", "ph", "placeholder", "bare TBD/TODO/N/A/TBA as field values in tables and forms")
def _ph_sen(ctx):
    return _status_style(ctx, STATUS_EN)


FILL_INSTR = ["（此处填写具体数据）", "（请填写单位全称）", "（此处插入现场照片）", "(填写项目概况，不超过300字)",
              "（根据实际情况填写）", "（此处填写联系人及电话）", "（此处粘贴附件清单）", "（请填写具体金额）"]


@style("ph_fill_instruction", "ph", "placeholder", "bracketed fill-in instructions: （此处填写具体数据）")
def _ph_fill(ctx):
    r = ctx.rng
    if r.random() < 0.5:
        return _instr_in_form(ctx, lambda k: S(r.choice(FILL_BY_KEY[k])))
    forms = [C("全年累计完成投资") + S("（此处填写具体数据）") + C("亿元，同比增长") + S("（填写增幅）") + C("。"),
             C("附件：") + S(r.choice(["（此处粘贴附件清单）", "（此处插入附件名称）"])),
             C("典型经验做法：") + S("（根据实际情况填写）"),
             C("现场照片：") + S(r.choice(["（此处插入现场照片）", "(此处插入图片)"]))]
    return with_structure(ctx, place_among(ctx, [r.choice(forms)], r.randint(1, 4)))


@style("ph_gua_instruction", "ph", "placeholder", "empty or instruction 〔〕 brackets in document numbers: 青政办发〔    〕号, 〔请填写〕")
def _ph_gua(ctx):
    r = ctx.rng
    pre = ctx.county[0][0] + r.choice(["政办发", "政发", "办函"])
    br = r.choice(["〔    〕", "〔  〕", "〔　　〕", "〔请填写〕", "〔年份〕", "〔填写文号〕"])
    if br == "〔填写文号〕":
        num = C("文号：") + S(br)
    elif br == "〔年份〕":
        num = C(pre) + S(br) + C("%d号" % r.randint(1, 60))
    else:
        num = C(pre) + S(br) + C("号")
    lines = [num, title_line(ctx)] + place_among(ctx, [], r.randint(1, 4))
    return join_lines(lines)


LOREM = ["Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Lorem ipsum dolor sit amet.",
         "这里是正文内容，请替换为实际文字。", "此处为示例文字，请根据实际情况修改。", "请在此处输入正文。",
         "标题文字标题文字", "正文内容正文内容正文内容"]


@style("ph_filler_text", "ph", "placeholder", "template filler text left in a published page: Lorem ipsum / 这里是正文内容")
def _ph_lorem(ctx):
    r = ctx.rng
    sent = S(r.choice(LOREM))
    lines = []
    if r.random() < 0.5:
        lines.append(title_line(ctx))
    paras = place_among(ctx, [], r.randint(1, 4))
    pos = r.randint(0, len(paras))
    paras.insert(pos, C(indent(ctx)) + sent)
    return join_lines(lines + paras)


def _us(r, n=None):
    return r.choice(["_", "＿"]) * (n or r.randint(3, 10))


@style("ph_underscores", "ph", "placeholder", "underscore blanks in letters and notices: 各____：, 于____年__月__日前")
def _ph_us(ctx):
    r = ctx.rng
    u = r.choice(["_", "＿"])
    forms = [
        C("各") + S(u * r.randint(4, 8)) + C("："),
        C("请于") + S(u * 4) + C("年") + S(u * 2) + C("月") + S(u * 2) + C("日前将材料报送至") + S(u * 6) + C("。"),
        C("兹有") + S(u * r.randint(4, 8)) + C("同志前往你处联系") + S(u * r.randint(6, 12)) + C("事宜，请接洽。"),
        C("本人") + S(u * 6) + C("，身份证号") + S(u * 18) + C("，自愿申请参加本次培训。"),
        C("签字：") + S(u * 8) + C("　日期：") + S(u * 8),
    ]
    sents = r.sample(forms, r.randint(1, 2))
    return with_structure(ctx, place_among(ctx, sents, r.randint(0, 3), para_max=2), heading_prob=0.1)


@style("ph_kv_form", "ph", "placeholder", "key：value form where several values are masks (XX县…局, 张某, 138****, 20xx年)")
def _ph_kv(ctx):
    r = ctx.rng
    m = combo_masker(ctx)
    for _ in range(20):
        lines = kv_form(ctx, m, {"org", "place", "dec", "person", "phone", "year", "md"})
        if any(mm for ln in lines for _, mm in ln):
            break
    head = [title_line(ctx)] if r.random() < 0.5 else []
    return join_lines(head + lines)


@style("ph_table_masks", "ph", "placeholder", "table cells holding masks (xx.xx, XX镇, 张某, xx%)")
def _ph_table(ctx):
    r = ctx.rng
    m = combo_masker(ctx)
    which = r.choice(["proj", "ind", "staff"])
    if which == "proj":
        lines, _ = table_projects(ctx, m, {"town", "dec", "pct"})
    elif which == "ind":
        lines, _ = table_indicators(ctx, m, {"dec", "pct"})
    else:
        lines, _ = table_staff(ctx, m, {"person", "phone", "byear"})
    pre = []
    if r.random() < 0.6:
        pre.append(C(r.choice(["附表：", "表1 ", "附件2："])) + title_line(ctx))
    return join_lines(pre + lines)


@style("ph_heading_masks", "ph", "placeholder", "titles and headings with masks: XX县20xx年工作总结, （一）XX镇")
def _ph_heading(ctx):
    r = ctx.rng
    m = combo_masker(ctx)
    title = fill(ctx, r.choice([t for t in DOC_TITLES if set(slot_kinds(t)) & ALL_KINDS]), m, ALL_KINDS, prob=0.9)
    lines = [title]
    for p in place_among(ctx, [], r.randint(1, 4)):
        if r.random() < 0.5:
            t2 = r.choice(["（%s）{town}：{proj}推进情况", "%s、{street}基本情况", "（%s）{org}"]) % r.choice("一二三四")
            lines.append(fill(ctx, t2, m, PLACE_KINDS | {"org"}, prob=0.7))
        lines.append(p)
    return join_lines(lines)


@style("ph_list_masks", "ph", "placeholder", "numbered lists whose items carry masks")
def _ph_list(ctx):
    r = ctx.rng
    m = combo_masker(ctx)
    items = []
    for t in r.sample(TEMPLATES, r.randint(3, 6)):
        items.append(fill(ctx, t, m if r.random() < 0.6 else None, ALL_KINDS, prob=0.6))
    if not any(mm for it in items for _, mm in it):
        items[0] = fill(ctx, r.choice(templates_with(NUM_KINDS)), m, ALL_KINDS, prob=1.0)
    head = [C(r.choice(H1 + H2))] if r.random() < 0.7 else []
    return join_lines(head + list_lines(ctx, items))


@style("ph_signature_block", "ph", "placeholder", "closing signature block with masked unit and date: XX县XX局 / 20xx年x月xx日")
def _ph_sig(ctx):
    r = ctx.rng
    ch = r.choice(["X", "x", "×"])
    body = place_among(ctx, [], r.randint(1, 4))
    unit = r.choice([S(ch * 2) + C(ctx.county[1] + r.choice(DEPTS)), S(ch * 2 + ch) + C("单位"),
                     C("".join(ctx.county)) + S(ch * 2) + C("局"), S("某某") + C("公司")])
    dch = r.choice(["x", "X"])
    date = r.choice([C("20") + S(dch * 2) + C("年") + S(dch) + C("月") + S(dch * 2) + C("日"),
                     C("%d年" % ctx.year) + S(dch) + C("月") + S(dch) + C("日"),
                     C("二〇") + S(dch * 2) + C("年") + S(dch) + C("月") + S(dch) + C("日")])
    tail = [unit, date]
    if r.random() < 0.4:
        tail.insert(0, C("附件：") + C(r.choice(["1. 项目汇总表", "相关佐证材料", "1.工作台账"])))
    return join_lines([title_line(ctx)] + body + [C("")] + tail if r.random() < 0.5 else body + tail)


@style("ph_long_report", "ph", "placeholder", "multi-paragraph report with several mask types scattered in clean text")
def _ph_long(ctx):
    r = ctx.rng
    m = combo_masker(ctx)
    pos = [fill(ctx, t, m, ALL_KINDS, prob=0.5) for t in r.sample(TEMPLATES, r.randint(2, 5))]
    paras = place_among(ctx, pos, r.randint(6, 12), para_max=5)
    return with_structure(ctx, paras, title=title_line(ctx, m, ALL_KINDS) if r.random() < 0.6 else None,
                          heading_prob=0.6)


@style("ph_mixed_fields", "ph", "placeholder", "notice template mixing 【】 fields, xx masks and Word prompts")
def _ph_mixedf(ctx):
    r = ctx.rng
    fmts = [lambda f: "【%s】" % f, lambda f: "{%s}" % EN_FIELDS.get(f, "field"), lambda f: "«%s»" % f]
    sents = [field_sentence(ctx, r.choice(fmts)) for _ in range(r.randint(1, 2))]
    sents.append(fill(ctx, r.choice(templates_with(NUM_KINDS)), make_masker("x"), NUM_KINDS, prob=0.6))
    if r.random() < 0.5:
        sents.append(C("备注：") + S(r.choice(WORD_CN)))
    return with_structure(ctx, place_among(ctx, sents, r.randint(0, 3)), heading_prob=0.2)


@style("ph_url_ip_mask", "ph", "placeholder", "masked web and network addresses: www.xxx.gov.cn, xxx.xxx.xxx.xxx, 192.168.x.x")
def _ph_url(ctx):
    r = ctx.rng
    forms = [C("www.") + S("xxx") + C(".gov.cn"), C("http://www.") + S(r.choice(["xxx", "XXX", "xxxx"])) + C(".com"),
             S("xxx.xxx.xxx.xxx"), C("192.168.") + S("x.x"), C("https://") + S("xxx") + C(".") + S("xxx") + C(".gov.cn/")]
    key = r.choice(["网址", "服务器地址", "平台网址", "IP地址", "访问地址"])
    line = kv_line(ctx, key, r.choice(forms))
    if r.random() < 0.5:
        return join_lines([title_line(ctx)] + place_among(ctx, [], r.randint(1, 3)) + [line])
    sent = C("申报单位登录") + r.choice(forms) + C("，在线填写申报信息。")
    return with_structure(ctx, place_among(ctx, [sent], r.randint(1, 4)))

# ---------------------------------------------------------------------------
# Placeholder look-alikes (label negative)
# ---------------------------------------------------------------------------
def neg_from(ctx, pool, k=(1, 2), n_ctx=(0, 4), heading_prob=0.2):
    r = ctx.rng
    sents = [fill(ctx, t) for t in r.sample(pool, min(len(pool), r.randint(*k)))]
    return with_structure(ctx, place_among(ctx, sents, r.randint(*n_ctx)), heading_prob=heading_prob)


def neg_style(name, family, desc, pool, k=(1, 2), n_ctx=(0, 4)):
    @style(name, family, "negative", desc)
    def _f(ctx):
        return neg_from(ctx, pool, k, n_ctx)
    return _f


neg_style("neg_x86_hex", "ph", "CPU architectures and hex values: x86, x64, 0x0040…, not masks", [
    "本次采购的{int:20-200}台服务器均采用x86架构，预装64位操作系统。",
    "该系统同时兼容x86和ARM平台，完成适配测试用时{int:5-30}天。",
    "原有终端多为32位x86处理器，无法运行新版办公软件，需要分批更换。",
    "信创改造中，{org}将{int:10-90}台x86服务器上的业务迁移至国产化平台。",
    "日志显示程序在地址0x00401A2C处异常退出，错误代码为0xC0000005。",
    "下载安装包时请注意区分版本：64位系统选择x64版本，32位系统选择x86版本。",
    "寄存器EAX的值为0xFF，说明校验未通过。",
])
neg_style("neg_1plusx", "ph", "the 1+X vocational certificate system, where X is part of the policy name", [
    "学校积极推进1+X证书制度试点，{int:100-900}名学生取得职业技能等级证书。",
    "“1+X”证书制度中，“1”指学历证书，“X”指若干职业技能等级证书。",
    "{year}年，{org}组织开展1+X证书考核{int:3-12}批次，通过率{pct:80-98}%。",
    "该院共有{int:5-20}个专业参与1+X证书制度试点，覆盖学生{int:800-3000}人。",
    "推动1+X证书与专业课程深度融合，实现“课证融通”。",
])
neg_style("neg_n_plus_x", "ph", "policy formulas like 7+X, 3+X, 1+N+X where X is literal", [
    "{county}着力构建“7+X”现代产业体系，重点培育装备制造等七大主导产业。",
    "新高考实行“3+1+2”模式，不再沿用过去的“3+X”科目组合。",
    "市里提出打造“1+N+X”政策体系，其中“X”为各部门配套的专项措施。",
    "按照“4+X”工作机制，每周固定开展四项常规工作，其余事项灵活安排。",
    "社区推行“1+3+X”网格服务模式，X代表志愿者、物业等多方力量。",
])
neg_style("neg_clothing_size", "ph", "clothing sizes XL, XXL, XX-Large, XXXL", [
    "统一采购的工作服分为M、L、XL、XXL四个尺码，其中XXL码{int:20-80}套。",
    "订单备注：XX-Large码{int:5-30}件，X-Large码{int:10-50}件，请按尺码分箱。",
    "请按身高选择尺码：175厘米以上选XL，185厘米以上选XXL或XXXL。",
    "运动会服装尺码统计表中，XS码{int:3-15}套，XXL码{int:5-25}套。",
    "志愿者马甲统一为XXL码，可套在冬装外面穿。",
])
neg_style("neg_xray", "ph", "X光 / X射线 / X线片 medical and inspection terms", [
    "医院新购置的数字X光机已投入使用，日均检查{int:60-300}人次。",
    "X射线检测是压力管道焊缝无损检测的常用方法。",
    "入学体检项目包括胸部X线片、血常规和肝功能检查。",
    "放射科对X射线防护设施进行了年度检测，各项指标符合国家标准。",
    "车站配备安检X光机{int:3-12}台，全部完成计量检定。",
])
neg_style("neg_windows_xp", "ph", "Windows XP and similar product names containing XP", [
    "目前仍有{int:10-80}台电脑运行Windows XP系统，存在较大网络安全隐患。",
    "全面停止使用Windows XP等已停止维护的操作系统，统一升级至新版本。",
    "部分老旧业务系统只能在Windows XP环境下运行，需尽快完成迁移。",
    "排查发现，{org}还有{int:2-9}台终端安装Windows XP，已列入整改清单。",
])
neg_style("neg_product_x", "ph", "product and company names with X: iPhone X, 宝马X5, Model X, Xbox, SpaceX", [
    "失物招领：在政务大厅拾到黑色iPhone X手机一部，请失主到服务台认领。",
    "本次罚没物品拍卖包括一辆宝马X5越野车，起拍价{int:10-40}万元。",
    "SpaceX公司再次成功回收火箭一级助推器。",
    "活动奖品为Xbox游戏机一台，由赞助企业提供。",
    "涉案车辆为一辆白色特斯拉Model X，已依法扣押。",
    "采购清单中的投影仪型号为EB-X51，共{int:3-12}台。",
])
neg_style("neg_xx_chromosome", "ph", "XX/XY chromosomes in biology and genetics", [
    "正常女性的性染色体组成为XX，男性为XY。",
    "遗传咨询门诊向家长解释了XX、XY染色体与性别决定的关系。",
    "生物课上，老师用模型演示了XY型性别决定方式，雌性个体为XX。",
    "某些鸟类采用ZW型性别决定，与人类的XX/XY型不同。",
])
neg_style("neg_mou_words", "ph", "某些/某种/某天/某一/某个 as ordinary words, not anonymisation", [
    "某些地方存在重建设、轻管理的问题，需要引起高度重视。",
    "在某种程度上，营商环境就是生产力。",
    "某天下午，网格员在走访中发现独居老人家中燃气泄漏，及时进行了处置。",
    "如果某一环节出现疏漏，就可能影响整体进度。",
    "某个时期内集中出现的问题，往往反映出制度上的短板。",
    "对于某些共性问题，要举一反三、建章立制。",
    "群众办事不能因为某项材料缺失而来回跑。",
])
neg_style("neg_times_formula", "ph", "multiplication signs in formulas and dimensions: 3×4, 长×宽, 1920×1080", [
    "会议室面积按长×宽计算，为{int:6-12}米×{int:5-9}米。",
    "计算公式：年度考核得分=平时考核得分×40%+年终考核得分×60%。",
    "显示屏分辨率不低于1920×1080，刷新率不低于60赫兹。",
    "宣传展板规格为2.4米×1.2米，共制作{int:10-40}块。",
    "例如3×4=12，表示3个4相加。",
    "混凝土试块尺寸为150mm×150mm×150mm，每组3块。",
])
neg_style("neg_star_rating", "ph", "star ratings ★★★☆☆ in evaluations and reviews", [
    "在群众满意度评价中，该窗口获评★★★★★。",
    "农家乐星级评定结果：★★★☆☆，建议改善卫生条件。",
    "难度系数：★★★☆☆；推荐指数：★★★★☆。",
    "景区综合评价为★★★★☆，游客普遍反映停车不便。",
])
neg_style("neg_password_shown", "ph", "masked passwords that are the subject of the sentence (UI behaviour, security training)", [
    "输入密码时，屏幕上只显示“******”，这是系统的正常保护措施。",
    "用户反映密码框显示为“********”，无法确认是否输入正确，可点击右侧眼睛图标查看明文。",
    "培训中强调，即使便签上的密码已用“****”遮挡部分字符，也不得贴在显示器上。",
    "系统默认以圆点或星号（*）遮挡已输入的密码字符。",
])
neg_style("neg_stat_asterisk", "ph", "significance and footnote asterisks: *P<0.05, **P<0.01, 带*号指标", [
    "注：与对照组比较，*P<0.05，**P<0.01。",
    "表中带*号的指标为约束性指标，其余为预期性指标。",
    "*为当年新开工项目，**为续建项目。",
    "观察组治疗有效率为{pct:85-96}%*，明显高于对照组。",
])
neg_style("neg_math_x", "ph", "the unknown x in equations and functions", [
    "解方程2x+3=11，得x=4。",
    "设年均增长率为x，则(1+x)²=1.21，解得x=10%。",
    "函数y=3x-2的图像经过点(1,1)。",
    "当x>0时，f(x)=x²+1单调递增。",
    "若x=2，则代数式x²-x的值为2。",
])
neg_style("neg_roman_numerals", "ph", "Roman numerals: Ⅲ类水质, Ⅳ级响应, XXIV届, Louis XIV", [
    "断面水质稳定达到Ⅲ类标准，部分时段达到Ⅱ类。",
    "启动防汛Ⅳ级应急响应，{int:200-900}名干部下沉一线。",
    "第二十四届冬奥会（XXIV Olympic Winter Games）在北京举行。",
    "路易十四（Louis XIV）时期的宫廷建筑是本次展览的主题之一。",
    "本标准分为第Ⅰ部分和第Ⅱ部分，第Ⅱ部分为检测方法。",
    "教材第XII章介绍了概率统计的基本方法。",
])
neg_style("neg_ellipsis", "ph", "ellipses in quotes, narration and tables of contents", [
    "他说：“这条路修好了，我们村的橙子就能卖出去了……”",
    "会上，大家你一言我一语……气氛十分热烈。",
    "目录：一、总体要求……1　二、主要任务……3　三、保障措施……8",
    "（以下无正文）",
    "从“没人管”到“有人管”，再到“管得好”……变化看得见、摸得着。",
])


@style("neg_circle_zero", "ph", "negative", "dates written with ○ as the digit zero (二○二三年), not a mask")
def _neg_circle_zero(ctx):
    r = ctx.rng
    digs = "○一二三四五六七八九"
    y = "".join(digs[int(c)] for c in str(ctx.year))
    m = r.randint(1, 12)
    mm = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"][m]
    d = r.randint(1, 28)
    dd = (("二十" if d >= 20 else "十" if d >= 10 else "") + ("" if d % 10 == 0 else digs[d % 10])) if d >= 10 else digs[d]
    date = "%s年%s月%s日" % (y, mm, dd)
    org = slot_value(ctx, "org").text
    body = place_among(ctx, [], r.randint(1, 4))
    return join_lines([title_line(ctx)] + body + [C(""), C(org), C(date)])


neg_style("neg_triangle_math", "ph", "△ in geometry and as legend symbols, Δ for differences", [
    "在△ABC中，∠C=90°，AB=5，BC=3，求AC的长。",
    "温差记为Δt，单位为摄氏度。",
    "图例：△表示水质监测点位，○表示土壤采样点。",
    "已知△ABC≌△DEF，则对应边相等。",
])
neg_style("neg_bullets", "ph", "■ ◆ ● ※ used as list bullets and reference marks", [
    "■ 重点项目进展顺利\n■ 民生实事全面完成\n■ 安全形势总体平稳",
    "◆ 工作亮点：{town}率先完成农村人居环境整治任务。",
    "※ 注意事项：请携带身份证原件及复印件。",
    "● 上午：集中学习　● 下午：分组讨论",
])
neg_style("neg_code_identifiers", "ph", "underscores in code identifiers and config keys: user_id, __init__, MAX_CONN", [
    "数据库表中新增字段user_id和create_time，用于记录操作人员和时间。",
    "配置文件中的MAX_CONN参数建议设置为{int:100-500}。",
    "Python类的构造方法写作__init__，两侧各有两个下划线。",
    "接口返回字段org_name为单位名称，org_code为统一社会信用代码。",
])
neg_style("neg_file_names", "ph", "file names with underscores and version tags", [
    "附件：{year}年度工作总结_终稿.docx",
    "请将材料按“单位名称_联系人_联系电话”格式命名后报送。",
    "照片文件名为IMG_{int:1000-9999}.JPG，大小约3MB。",
    "已上传report_{year}_final_v2.pdf，请查收。",
])
neg_style("neg_bracket_headings", "ph", "【】 used for real column labels in news pages", [
    "【工作动态】{org}召开{year}年度工作部署会",
    "【专家解读】如何理解新修订的安全生产法",
    "【图片新闻】{town}开展防汛应急演练",
    "【政策问答】城乡居民医保缴费有哪些渠道？",
    "【通知公告】关于开展{topic}的通知",
])
neg_style("neg_code_braces", "ph", "template syntax written about in a technical document: f\"{name}\", ${HOME}, {{ title }}", [
    "在Python中，f\"你好，{name}\"会把变量name的值插入字符串。",
    "Shell脚本中用${HOME}表示当前用户的主目录。",
    "Jinja2模板语法中，{{ title }}用于输出变量，{% for %}用于循环。",
    "JavaScript模板字符串写作`共${count}条记录`，需要使用反引号。",
    "Vue组件中通过{{ message }}把数据绑定到页面。",
])
neg_style("neg_double_angle_titles", "ph", "<<书名>> typed with doubled angle brackets instead of 《》", [
    "读书会推荐书目：<<平凡的世界>>、<<红楼梦>>。",
    "依据<<中华人民共和国安全生产法>>第二十一条规定，生产经营单位主要负责人对本单位安全生产工作负有职责。",
    "组织干部职工观看电影<<长津湖>>。",
])
neg_style("neg_guillemets_french", "ph", "«» as quotation marks in quoted French", [
    "法国友好城市代表在致辞中引用了格言«Liberté, égalité, fraternité»。",
    "法国《世界报》以«La Chine accélère sa transition énergétique»为题作了报道。",
    "展览的法文名称为«Trésors de la route de la soie»。",
])
neg_style("neg_daiding_terms", "ph", "待定/待核实/待确认 as ordinary words or quoted status names, not field values", [
    "数学复习课重点讲解了待定系数法的解题步骤。",
    "本次排查共梳理待核实线索{int:10-90}条，已全部移交相关部门办理。",
    "系统中处于“待确认”状态的订单超过24小时将自动取消。",
    "窗口将待补充材料清单一次性告知申请人，避免群众多跑路。",
])
neg_style("neg_todo_mentions", "ph", "TODO, N/A, TBD discussed as words (code comments, table legend)", [
    "代码审查时发现多处TODO注释，开发组已制定计划逐一处理。",
    "表中“N/A”表示该项指标不适用。",
    "TBD是英文“to be determined”的缩写，意为“待定”。",
    "项目管理软件中的TODO列表可以帮助团队跟踪任务进度。",
])
neg_style("neg_multiplier_x", "ph", "x as a multiplier: 2x倍速, 4x4越野车, 400x, 10x变焦", [
    "课程视频可以2x倍速播放，方便学员利用碎片时间学习。",
    "采购4x4越野巡逻车{int:2-6}辆，用于山区森林防火巡查。",
    "显微镜放大倍数为400x。",
    "这款执法记录仪支持10x光学变焦。",
])
neg_style("neg_axis_shape", "ph", "X轴, X形, X型腿 and similar literal X", [
    "以时间为X轴、产值为Y轴绘制折线图。",
    "该桥采用X形桥墩设计，兼顾美观与受力。",
    "体检发现部分学生存在X型腿，需要加强体态训练。",
    "X型和Y型两种接头的区别见下表。",
])
neg_style("neg_id_check_x", "ph", "the ID-card check character X discussed as such", [
    "身份证号码最后一位是校验码，若计算结果为10则用罗马数字X表示。",
    "办理业务时请注意，末位为X的身份证号码须大写录入。",
    "系统已修复末位小写x导致校验失败的问题。",
])
neg_style("neg_hashtag", "ph", "# in hashtags and Markdown syntax", [
    "#两会#话题阅读量突破{int:2-9}亿次。",
    "网友在微博发布话题#我的家乡{county}#，分享家乡变化。",
    "Markdown文档中以#开头的行表示一级标题，##表示二级标题。",
])
neg_style("neg_pinyin_x_names", "ph", "romanised place names beginning with X: Xiamen, Xi'an, Xinjiang", [
    "英文版宣传册中，厦门写作Xiamen，西安写作Xi'an。",
    "路牌拼音书写应规范，如新街口应写作Xinjiekou。",
    "新疆维吾尔自治区的英文名称为Xinjiang Uygur Autonomous Region。",
])


@style("neg_ph_clean_report", "ph", "negative", "clean report text with real names, numbers and dates")
def _neg_ph_clean(ctx):
    r = ctx.rng
    paras = place_among(ctx, [], r.randint(3, 10), para_max=4)
    return with_structure(ctx, paras, heading_prob=0.5)


@style("neg_ph_clean_table", "ph", "negative", "clean tables with real values")
def _neg_ph_table(ctx):
    r = ctx.rng
    which = r.choice(["proj", "ind", "staff", "task"])
    lines = {"proj": lambda: table_projects(ctx), "ind": lambda: table_indicators(ctx),
             "staff": lambda: table_staff(ctx), "task": lambda: table_tasks(ctx)}[which]()[0]
    pre = [title_line(ctx)] if r.random() < 0.6 else []
    return join_lines(pre + lines)


@style("neg_ph_clean_form", "ph", "negative", "clean key：value forms and signature blocks")
def _neg_ph_form(ctx):
    r = ctx.rng
    lines = kv_form(ctx)
    if r.random() < 0.5:
        lines += [C(""), C(slot_value(ctx, "org").text),
                  C("%d年%d月%d日" % (ctx.year, r.randint(1, 12), r.randint(1, 28)))]
    return join_lines(lines)

# ---------------------------------------------------------------------------
# Mojibake: clean documents, stretches, damage
# ---------------------------------------------------------------------------
TRAD_SENTS = [
    "臺北市政府今日召開記者會，說明年度預算編列情形。",
    "香港特別行政區政府宣布，將於下月推出新一輪消費券計劃。",
    "澳門特區政府旅遊局表示，今年首季入境旅客人次較去年同期增加。",
    "本會議紀錄經主席確認後，送請各單位參辦。",
    "新北市環保局持續推動資源回收，回收率逐年提升。",
    "為落實長期照顧政策，衛生福利部補助各縣市增設日間照顧中心。",
    "本計畫執行期間為兩年，總經費新臺幣三千萬元。",
    "高雄市政府工務局完成道路改善工程，提升行車安全。",
    "教育部公告，大學入學考試將於明年一月舉行。",
    "臺中市政府舉辦城市博覽會，吸引大批民眾參觀。",
    "交通部觀光署推動國際觀光宣傳，鼓勵旅客深度旅遊。",
    "立法院三讀通過相關條例修正草案。",
    "香港天文台發出黃色暴雨警告信號，提醒市民注意安全。",
    "社會福利署將加強對獨居長者的關顧服務。",
    "主計總處發布最新經濟預測，全年經濟成長率可望維持穩定。",
    "環境部提醒民眾，空氣品質不良時應減少戶外活動。",
    "勞動部公布基本工資調整方案，將自明年一月一日起實施。",
    "本案經審查委員會審議通過，准予備查。",
    "各機關應於期限內完成年度績效考核作業。",
    "市府團隊將持續改善公共運輸服務，提升民眾生活品質。",
    "圖書館推出暑期閱讀活動，鼓勵學童養成閱讀習慣。",
    "衛生局呼籲民眾接種流感疫苗，降低重症風險。",
]
TRAD_TITLES = ["一、計畫緣起", "二、執行成果", "三、檢討與建議", "會議紀錄", "新聞稿", "施政報告摘要"]

KANGXI = {}
COMPAT = {}
for _cp in list(range(0x2E80, 0x2FE0)):
    _k = unicodedata.normalize("NFKC", chr(_cp))
    if _k != chr(_cp) and len(_k) == 1 and "\u4e00" <= _k <= "\u9fff":
        KANGXI.setdefault(_k, chr(_cp))
for _cp in list(range(0xF900, 0xFB00)):
    _k = unicodedata.normalize("NFKC", chr(_cp))
    if _k != chr(_cp) and len(_k) == 1 and "\u4e00" <= _k <= "\u9fff":
        COMPAT.setdefault(_k, chr(_cp))

PY_WORDS = {"发展": (0, "fā"), "行业": (0, "háng"), "银行": (1, "háng"), "执行": (1, "xíng"), "进行": (1, "xíng"),
            "重点": (0, "zhòng"), "重要": (0, "zhòng"), "增长": (1, "zhǎng"), "长期": (0, "cháng"),
            "调查": (0, "diào"), "调整": (0, "tiáo"), "供给": (0, "gōng"), "效率": (1, "lǜ"), "数据": (0, "shù"),
            "落实": (0, "luò"), "处理": (0, "chǔ"), "差距": (0, "chā"), "种植": (0, "zhòng"), "省级": (0, "shěng"),
            "参与": (0, "cān"), "干部": (0, "gàn"), "着力": (0, "zhuó"), "创新": (0, "chuàng"), "还有": (0, "hái"),
            "强化": (0, "qiáng"), "相关": (0, "xiāng"), "质量": (1, "liàng"), "应急": (0, "yìng"), "为民": (0, "wèi"),
            "更加": (0, "gèng"), "教育": (0, "jiào"), "服务": (0, "fú"), "保障": (1, "zhàng"), "单位": (0, "dān"),
            "都要": (0, "dōu"), "觉得": (0, "jué"), "率先": (0, "shuài"), "监督": (0, "jiān"), "传统": (0, "chuán"),
            "当年": (0, "dāng"), "得到": (0, "dé"), "难题": (0, "nán"), "要求": (0, "yāo"), "重大": (0, "zhòng"),
            "建设": (0, "jiàn"), "创业": (0, "chuàng"), "生产": (1, "chǎn"), "乐观": (0, "lè"), "音乐": (1, "yuè")}

RARE_NAMES = ["王玥", "李堃", "张喆", "刘昇", "陈珺", "赵翀", "孙旻", "周彧", "吴垚", "郑犇", "黄璟", "林祎",
              "何頔", "罗琇", "曹瑄"]
EMOJI = ["🎉", "👍", "🔥", "💪", "🌸", "😊", "👏", "🏆", "📢", "✨", "🌟", "🚀", "🙏", "💯", "🎊"]


def doc_text(ctx, segs):
    t = seg_text(segs)
    return halfwidth(t) if ctx.halfwidth else t


def clean_doc(ctx, shape):
    r = ctx.rng
    if shape == "short":
        segs = paragraph(ctx, context_sents(ctx, r.randint(1, 3)))
    elif shape == "para":
        segs = with_structure(ctx, place_among(ctx, [], r.randint(2, 7)), heading_prob=0.4)
    elif shape == "long":
        segs = with_structure(ctx, place_among(ctx, [], r.randint(8, 16), para_max=6), heading_prob=0.6)
    elif shape == "table":
        which = r.choice(["proj", "ind", "staff", "task"])
        lines = {"proj": lambda: table_projects(ctx), "ind": lambda: table_indicators(ctx),
                 "staff": lambda: table_staff(ctx), "task": lambda: table_tasks(ctx)}[which]()[0]
        pre = [title_line(ctx)] if r.random() < 0.6 else []
        post = place_among(ctx, [], r.randint(1, 2)) if r.random() < 0.4 else []
        segs = join_lines(pre + lines + post)
    elif shape == "kv":
        segs = join_lines(([title_line(ctx)] if r.random() < 0.5 else []) + kv_form(ctx))
    elif shape == "list":
        items = context_sents(ctx, r.randint(3, 6))
        segs = join_lines([C(r.choice(H1 + H2))] + list_lines(ctx, items))
    elif shape == "heads":
        lines = [title_line(ctx)]
        for p in place_among(ctx, [], r.randint(2, 5)):
            lines.append(C(r.choice(H1 + H2 + H3)))
            lines.append(p)
        segs = join_lines(lines)
    elif shape == "trad":
        sents = r.sample(TRAD_SENTS, r.randint(2, 5))
        lines = [C(r.choice(TRAD_TITLES))] if r.random() < 0.5 else []
        lines.append(C(indent(ctx) + "".join(sents)))
        segs = join_lines(lines)
        return seg_text(segs)
    else:
        raise KeyError(shape)
    return doc_text(ctx, segs)


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def _trim(text, a, b):
    while a < b and (text[a].isascii() or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1].isascii() or text[b - 1].isspace()):
        b -= 1
    return a, b


def _ok_range(text, a, b, minlen=2):
    return b - a >= minlen and any(is_cjk(c) for c in text[a:b]) and "\n" not in text[a:b]


def cand_words(text):
    out = []
    for w in VOCAB:
        st = 0
        while True:
            i = text.find(w, st)
            if i < 0:
                break
            out.append((i, i + len(w)))
            st = i + 1
    return out


CLAUSE_SEP = set("，。；：、！？,;:!?\n|\t“”‘’（）()《》【】")


def _split_ranges(text, seps):
    out, a = [], 0
    for i, c in enumerate(text + "\n"):
        if c in seps:
            x, y = _trim(text, a, i)
            if _ok_range(text, x, y):
                out.append((x, y))
            a = i + 1
    return out


def cand_clauses(text):
    return _split_ranges(text, CLAUSE_SEP)


def cand_sentences(text):
    out = []
    for m in re.finditer(r"[^。！？；!?;\n]+[。！？；]?", text):
        a, b = _trim(text, m.start(), m.end())
        if _ok_range(text, a, b, 4):
            out.append((a, b))
    return out


def cand_lines(text):
    out, pos = [], 0
    for ln in text.split("\n"):
        a, b = _trim(text, pos, pos + len(ln))
        if _ok_range(text, a, b):
            out.append((a, b))
        pos += len(ln) + 1
    return out


def cand_shortlines(text):
    return [(a, b) for a, b in cand_lines(text) if b - a <= 30]


def cand_paras(text):
    return [(a, b) for a, b in cand_lines(text) if b - a >= 40]


def cand_cells(text):
    out, pos = [], 0
    for ln in text.split("\n"):
        if "|" in ln or "\t" in ln or ("　" in ln.strip("　") and len(ln) < 80):
            for x, y in _split_ranges(ln, set("|\t　")):
                out.append((pos + x, pos + y))
        pos += len(ln) + 1
    return out


def cand_rows(text):
    out, pos = [], 0
    for ln in text.split("\n"):
        if "\t" in ln or "|" in ln:
            a, b = _trim(text, pos, pos + len(ln))
            if _ok_range(text, a, b):
                out.append((a, b))
        pos += len(ln) + 1
    return out


def cand_kvvals(text):
    out, pos = [], 0
    for ln in text.split("\n"):
        for sep in ("：", ":"):
            i = ln.find(sep)
            if 0 < i < 12:
                a, b = _trim(text, pos + i + 1, pos + len(ln))
                if _ok_range(text, a, b):
                    out.append((a, b))
                break
        pos += len(ln) + 1
    return out


def cand_chars(text, n=1):
    out = []
    for i in range(len(text) - n + 1):
        if all(is_cjk(c) for c in text[i:i + n]):
            out.append((i, i + n))
    return out


def cand_edges(text):
    """2-4 characters at the very start or end of a sentence."""
    out = []
    for a, b in cand_sentences(text):
        k = 2 + (a + b) % 3
        if b - a > k + 2:
            x, y = _trim(text, a, a + k)
            if _ok_range(text, x, y):
                out.append((x, y))
            e = b - 1 if text[b - 1] in "。！？；" else b
            x, y = _trim(text, e - k, e)
            if _ok_range(text, x, y):
                out.append((x, y))
    return out


def cand_titles(text):
    ln = text.split("\n")[0]
    a, b = _trim(text, 0, len(ln))
    return [(a, b)] if _ok_range(text, a, b) and len(text.split("\n")) > 1 else []


CAND = {"word": cand_words, "clause": cand_clauses, "sentence": cand_sentences, "line": cand_lines,
        "shortline": cand_shortlines, "para": cand_paras, "cell": cand_cells, "row": cand_rows,
        "kvval": cand_kvvals, "char": lambda t: cand_chars(t, 1), "char2": lambda t: cand_chars(t, 2),
        "edge": cand_edges, "title": cand_titles}


class Edits:
    def __init__(self, text):
        self.text = text
        self.items = []

    def free(self, a, b):
        for s, e, _ in self.items:
            if not (b < s or a > e):
                return False
        return True

    def add(self, a, b, segs):
        self.items.append((a, b, segs))

    def segs(self):
        out, pos = [], 0
        for a, b, sg in sorted(self.items, key=lambda x: (x[0], x[1])):
            out += C(self.text[pos:a])
            out += sg
            pos = b
        out += C(self.text[pos:])
        return [s for s in out if s[0]]


def good_span(out, clean):
    return bool(out) and out != clean and not out[0].isspace() and not out[-1].isspace() and "\n" not in out


def lossify(chain):
    steps = []
    for st in chain.split("+"):
        m = CODEC_STEP.match(st)
        if m and not m.group(4):
            st = st + "!r"
        steps.append(st)
    return "+".join(steps)


def dmg_codec(chains, mode="auto"):
    def f(ctx, clean):
        chain = ctx.rng.choice(chains)
        if mode in ("strict", "auto"):
            try:
                out = forward(chain, clean)
                if good_span(out, clean) and check_recipe(chain, out) is None:
                    return out, chain
            except (UnicodeError, ValueError):
                pass
            if mode == "strict":
                return None
            chain = lossify(chain)
        if "|" in clean or "]" in clean:
            return None
        try:
            out = forward(chain, clean)
        except (UnicodeError, ValueError):
            return None
        rec = chain + "=" + clean
        if good_span(out, clean) and check_recipe(rec, out) is None:
            return out, rec
        return None
    return f


def dmg_lossy(chains, need_cjk_only=False):
    def f(ctx, clean):
        if need_cjk_only and not all(is_cjk(c) for c in clean):
            return None
        chain = ctx.rng.choice(chains)
        if "|" in clean or "]" in clean:
            return None
        try:
            out = forward(chain, clean)
        except (UnicodeError, ValueError):
            return None
        rec = chain + "=" + clean
        if good_span(out, clean) and check_recipe(rec, out) is None:
            return out, rec
        return None
    return f


def dmg_simple(step):
    def f(ctx, clean):
        try:
            out = forward(step, clean)
        except (UnicodeError, ValueError):
            return None
        if good_span(out, clean) and check_recipe(step, out) is None:
            return out, step
        return None
    return f


def dmg_url(ctx, clean):
    step = "url" if ctx.rng.random() < 0.7 else "url:gbk"
    return dmg_simple(step)(ctx, clean)


def dmg_qp(ctx, clean):
    if len(clean) > 8:
        return None
    step = "qp" if ctx.rng.random() < 0.6 else "qp:gbk"
    return dmg_simple(step)(ctx, clean)


def dmg_mime(ctx, clean):
    r = ctx.rng
    cs = r.choice(["UTF-8", "utf-8", "GB2312", "gb2312", "GBK", "gb18030"])
    try:
        b = clean.encode(cs.lower())
    except UnicodeError:
        return None
    enc = r.choice(["B", "B", "Q", "b"])
    chunks = [b]
    if len(b) > 24 and r.random() < 0.6:
        cut = len(clean) // 2
        chunks = [clean[:cut].encode(cs.lower()), clean[cut:].encode(cs.lower())]
    words = []
    for ch in chunks:
        if enc in "Bb":
            words.append("=?%s?%s?%s?=" % (cs, enc, base64.b64encode(ch).decode("ascii")))
        else:
            q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else ("_" if x == 32 else "=%02X" % x) for x in ch)
            words.append("=?%s?Q?%s?=" % (cs, q))
    out = r.choice([" ", "\t", " "]).join(words) if len(words) > 1 else words[0]
    out = out.replace("\t", " ")
    if good_span(out, clean) and check_recipe("mime", out) is None:
        return out, "mime"
    return None


def dmg_ent_cjk(ctx, clean):
    r = ctx.rng
    hexa = r.random() < 0.3
    out = "".join(("&#x%x;" % ord(c) if hexa else "&#%d;" % ord(c)) if not c.isascii() else c for c in clean)
    if good_span(out, clean) and check_recipe("ent", out) is None:
        return out, "ent"
    return None


def dmg_qmark(ctx, clean):
    return dmg_lossy(["qmark"])(ctx, clean)


def dmg_fffd(ctx, clean):
    return dmg_lossy(["fffd"])(ctx, clean)


def dmg_nfkc(table):
    """Replace every eligible character; the span runs from the first to the last replaced one."""
    def f(ctx, clean):
        out = "".join(table.get(c, c) for c in clean)
        idx = [i for i, (x, y) in enumerate(zip(clean, out)) if x != y]
        if not idx:
            return None
        i, j = idx[0], idx[-1] + 1
        span = out[i:j]
        for x, y in zip(clean[i:j], span):
            if x == y and unicodedata.normalize("NFKC", x) != x:
                return None
        if good_span(span, clean[i:j]) and check_recipe("nfkc", span) is None:
            return span, "nfkc", (i, len(clean) - j)
        return None
    return f


def narrow(res, clean):
    """Move unchanged characters at either edge of a damaged stretch out of the span."""
    span, rec = res[0], res[1]
    off = res[2] if len(res) == 3 else (0, 0)
    sub = clean[off[0]:len(clean) - off[1]]
    p = 0
    while p < min(len(span), len(sub)) - 1 and span[p] == sub[p]:
        p += 1
    s = 0
    while s < min(len(span), len(sub)) - p - 1 and span[-1 - s] == sub[-1 - s]:
        s += 1
    if p == 0 and s == 0:
        return res
    clean2, span2 = sub[p:len(sub) - s], span[p:len(span) - s]
    rec2 = rec.split("=", 1)[0] + "=" + clean2 if "=" in rec else rec
    if not good_span(span2, clean2) or check_recipe(rec2, span2) is not None:
        return None
    if "=" not in rec and all(CODEC_STEP.match(st) for st in rec.split("+")):
        try:
            if forward(rec, clean2) != span2:
                return None
        except (UnicodeError, ValueError):
            return None
    return span2, rec2, (off[0] + p, off[1] + s)


def run_stretch(ctx, name, dmg, grans, shapes, n=(1, 1), tries=80):
    r = ctx.rng
    for _ in range(tries):
        text = clean_doc(ctx, r.choice(shapes))
        ed = Edits(text)
        k = r.randint(*n)
        for _ in range(k * 10):
            if len(ed.items) >= k:
                break
            g = r.choice(grans)
            cands = CAND[g](text)
            if not cands:
                continue
            a, b = r.choice(cands)
            if not ed.free(a, b):
                continue
            res = dmg(ctx, text[a:b])
            res = narrow(res, text[a:b]) if res else None
            if not res:
                continue
            if len(res) == 3:
                a, b = a + res[2][0], b - res[2][1]
            ed.add(a, b, S(res[0], res[1]))
        if ed.items:
            return ed.segs()
    raise RuntimeError("cannot build " + name)


def mj_stretch(name, desc, dmg, grans, shapes, n=(1, 1), weight=1.0):
    @style(name, "mj", "mojibake", desc, weight)
    def _f(ctx):
        return run_stretch(ctx, name, dmg, grans, shapes, n)
    return _f


SHAPES_ALL = ["short", "para", "para", "long", "table", "kv", "list", "heads"]
SHAPES_TEXT = ["short", "para", "para", "long", "list", "heads"]
W = ["word"]
WC = ["word", "clause"]
WCS = ["word", "clause", "sentence", "shortline"]
CSL = ["clause", "sentence", "line", "para"]

# --- UTF-8 bytes read with another decoder ------------------------------------
mj_stretch("mj_u8_gbk_strict", "UTF-8 text read as GBK (鍙戝睍 type), strict round trip", dmg_codec(["utf-8>gbk"], "strict"), WC, SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_gbk_replace", "UTF-8 read as GBK with decode errors replaced by U+FFFD", dmg_lossy(["utf-8>gbk!r"]), CSL, SHAPES_TEXT, (1, 2))
mj_stretch("mj_u8_gbk_qmark", "UTF-8 read as GBK, then saved to a legacy page: replacement chars became ?", dmg_lossy(["utf-8>gbk!r+q"]), CSL + ["cell"], SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_gb18030", "UTF-8 read as GB18030 (PUA characters possible)", dmg_codec(["utf-8>gb18030"], "auto"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_big5", "UTF-8 read as Big5", dmg_codec(["utf-8>big5"], "auto"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_cp932", "UTF-8 read as Shift-JIS/cp932 (kanji and half-width katakana)", dmg_codec(["utf-8>cp932"], "auto"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_euckr", "UTF-8 read as EUC-KR (Hangul debris)", dmg_codec(["utf-8>euc_kr"], "auto"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_latin1", "UTF-8 read as ISO-8859-1 (C1 controls inside)", dmg_codec(["utf-8>latin-1"], "strict"), WCS + ["line"], SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_w1252", "UTF-8 read as windows-1252 (å…³äºŽ type)", dmg_codec(["utf-8>w1252"], "strict"), WCS + ["line"], SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_cp1251", "UTF-8 read as cp1251 (Cyrillic debris)", dmg_codec(["utf-8>cp1251"], "auto"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_koi8r", "UTF-8 read as KOI8-R (box drawing and Cyrillic)", dmg_codec(["utf-8>koi8_r"], "strict"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_macroman", "UTF-8 read as Mac Roman", dmg_codec(["utf-8>mac_roman"], "strict"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_cp437", "UTF-8 read as DOS cp437 (σ╝Ç type)", dmg_codec(["utf-8>cp437"], "strict"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_utf16le", "UTF-8 bytes read as UTF-16LE (random CJK-looking characters)", dmg_codec(["utf-8>utf-16-le"], "strict"), WC, SHAPES_ALL, (1, 2))
mj_stretch("mj_u16le_latin1", "UTF-16LE bytes read as Latin-1 (ASCII and accented debris)", dmg_codec(["utf-16-le>latin-1"], "strict"), W, SHAPES_TEXT, (1, 2))
# --- GBK bytes read with another decoder --------------------------------------
mj_stretch("mj_gbk_latin1", "GBK text read as Latin-1 (¹¤×÷ type)", dmg_codec(["gbk>latin-1"], "strict"), WCS + ["line"], SHAPES_ALL, (1, 2))
mj_stretch("mj_gbk_w1252", "GBK text read as windows-1252", dmg_codec(["gbk>w1252"], "strict"), WCS + ["line"], SHAPES_ALL, (1, 2))
mj_stretch("mj_gbk_big5", "GBK (simplified) text read as Big5", dmg_codec(["gbk>big5"], "auto"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_gbk_cp932", "GBK text read as Shift-JIS", dmg_codec(["gbk>cp932"], "auto"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_gbk_euckr", "GBK text read as EUC-KR", dmg_codec(["gbk>euc_kr"], "auto"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_gbk_cp1251", "GBK text read as cp1251", dmg_codec(["gbk>cp1251"], "auto"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_gbk_koi8r", "GBK text read as KOI8-R", dmg_codec(["gbk>koi8_r"], "strict"), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_gbk_utf8", "GBK text read as UTF-8 with replacement (mostly U+FFFD)", dmg_lossy(["gbk>utf-8!r"]), CSL, SHAPES_TEXT, (1, 2))
mj_stretch("mj_gbk_utf8_q", "GBK text read as UTF-8, replacement chars then saved as ?", dmg_lossy(["gbk>utf-8!r+q"]), CSL, SHAPES_TEXT, (1, 2))
mj_stretch("mj_big5_gbk", "traditional Big5 text read as GBK", dmg_codec(["big5>gbk"], "auto"), ["clause", "sentence", "word"], ["trad"], (1, 2))
# --- double and chained ------------------------------------------------------
mj_stretch("mj_double_w1252", "UTF-8 mis-decoded as windows-1252 twice (Ã¥â€¦ type)", dmg_codec(["utf-8>w1252+utf-8>w1252"], "strict"), WC, SHAPES_ALL, (1, 2))
mj_stretch("mj_double_latin1", "UTF-8 mis-decoded as Latin-1 twice", dmg_codec(["utf-8>latin-1+utf-8>latin-1"], "strict"), WC, SHAPES_ALL, (1, 1))
mj_stretch("mj_double_gbk", "UTF-8 read as GBK/GB18030, re-saved as UTF-8 and read as GBK again", dmg_codec(["utf-8>gbk+utf-8>gbk", "utf-8>gb18030+utf-8>gb18030", "utf-8>gbk+utf-8>gb18030"], "auto"), WC, SHAPES_ALL, (1, 2))
mj_stretch("mj_u8_w1252_ent", "UTF-8 read as windows-1252 and then HTML-escaped (&aring;&hellip;)", dmg_simple("utf-8>w1252+ent"), W, SHAPES_TEXT, (1, 2))
mj_stretch("mj_kunjinkao", "GBK read as UTF-8 with replacement, stored as UTF-8, shown as GBK: 锟斤拷", dmg_lossy(["gbk>utf-8!r+utf-8>gbk!r"]), CSL + ["word"], SHAPES_TEXT, (1, 2))
mj_stretch("mj_u8_ascii_fffd", "UTF-8 bytes decoded as ASCII with replacement: one U+FFFD per byte", dmg_lossy(["utf-8>ascii!r"]), WCS, SHAPES_ALL, (1, 2))
mj_stretch("mj_latin1_qmarks", "Chinese stored in a Latin-1 database: every character became ?", dmg_lossy(["latin-1!r>latin-1", "ascii!r>ascii"]), CSL + ["cell", "kvval"], SHAPES_ALL, (1, 2))
mj_stretch("mj_tang", "uninitialised stack memory shown as 烫烫烫 in place of the text", dmg_lossy(["tang"], True), ["word", "clause", "char2"], SHAPES_ALL, (1, 2))
mj_stretch("mj_tun", "uninitialised heap memory shown as 屯屯屯 in place of the text", dmg_lossy(["tun"], True), ["word", "clause", "char2"], SHAPES_ALL, (1, 2))
mj_stretch("mj_gbkshift", "GBK stream missing its first byte, decoded out of step", dmg_lossy(["gbkshift"]), ["clause", "sentence", "line"], SHAPES_ALL, (1, 1))
mj_stretch("mj_qmark_lost", "single lost characters replaced by ? (adjacent ones merged)", dmg_qmark, ["char", "char", "char2"], SHAPES_ALL, (1, 4))
mj_stretch("mj_fffd_lost", "single lost characters replaced by U+FFFD", dmg_fffd, ["char", "char", "char2"], SHAPES_ALL, (1, 4))
# --- transfer encodings ------------------------------------------------------
mj_stretch("mj_url_pct", "percent-encoded UTF-8 or GBK left in text (%E5%85%B3 type)", dmg_url, ["word", "clause", "title", "kvval"], SHAPES_ALL, (1, 2))
mj_stretch("mj_qp", "quoted-printable bytes left in an e-mail body (=E5=85=B3 type)", dmg_qp, ["word", "clause", "kvval"], SHAPES_ALL, (1, 2))
mj_stretch("mj_mime_word", "undecoded RFC 2047 encoded-words (=?UTF-8?B?…?=)", dmg_mime, ["title", "word", "clause", "kvval"], SHAPES_ALL, (1, 1))
mj_stretch("mj_esc_unicode", "literal \\uXXXX escapes from JSON in place of characters", dmg_simple("esc"), ["word", "clause", "kvval", "cell"], SHAPES_ALL, (1, 2))
mj_stretch("mj_besc", "literal Python byte escapes \\xe5\\x85… in place of characters", dmg_simple("besc"), ["word", "clause"], SHAPES_ALL, (1, 2))
mj_stretch("mj_ent_numeric_cjk", "CJK characters written as numeric character references &#20013;", dmg_ent_cjk, ["word", "clause", "title"], SHAPES_ALL, (1, 2))
mj_stretch("mj_kangxi", "Kangxi radicals from PDF extraction (⼯作⽬标)", dmg_nfkc(KANGXI), ["clause", "word", "shortline"], SHAPES_ALL, (1, 3))
mj_stretch("mj_compat_ideo", "CJK compatibility ideographs from PDF/font extraction (年, 不, 理)", dmg_nfkc(COMPAT), ["clause", "word", "shortline"], SHAPES_ALL, (1, 3))

# --- codec damage placed in particular structures ----------------------------
STRUCT_CHAINS_LOSSLESS = ["utf-8>latin-1", "utf-8>w1252", "gbk>latin-1", "gbk>w1252", "utf-8>gb18030",
                          "utf-8>cp437", "utf-8>mac_roman", "utf-8>koi8_r", "utf-8>gbk"]
STRUCT_CHAINS_LOSSY = ["utf-8>gbk!r", "gbk>utf-8!r", "utf-8>gbk!r+q", "latin-1!r>latin-1", "gbk>utf-8!r+q"]


def dmg_any(ctx, clean):
    r = ctx.rng
    if r.random() < 0.55:
        res = dmg_codec([r.choice(STRUCT_CHAINS_LOSSLESS)], "auto")(ctx, clean)
    else:
        res = dmg_lossy([r.choice(STRUCT_CHAINS_LOSSY)])(ctx, clean)
    return res


mj_stretch("mj_table_cells", "codec damage inside individual table cells", dmg_any, ["cell"], ["table"], (1, 3))
mj_stretch("mj_table_row", "a whole table row damaged", dmg_any, ["row"], ["table"], (1, 1))
mj_stretch("mj_list_items", "damaged list items among clean ones", dmg_any, ["line", "clause"], ["list"], (1, 2))
mj_stretch("mj_heading", "damaged titles and headings (numbering outside the span)", dmg_any, ["title", "shortline"], ["heads"], (1, 2))
mj_stretch("mj_kv_values", "damaged values in key：value forms", dmg_any, ["kvval"], ["kv"], (1, 2))
mj_stretch("mj_whole_paragraph", "an entire long paragraph damaged, other paragraphs clean", dmg_any, ["para"], ["long"], (1, 1))
mj_stretch("mj_sentence_edges", "short damaged stretches at the very start or end of sentences", dmg_any, ["edge"], SHAPES_TEXT, (1, 3))


# --- insertions ----------------------------------------------------------------
def pos_line_starts(text):
    out = [0] if text and not text[0].isspace() else []
    for i, c in enumerate(text):
        if c == "\n" and i + 1 < len(text) and text[i + 1] != "\n":
            out.append(i + 1)
    return out


def pos_line_ends(text):
    out = [i for i, c in enumerate(text) if c == "\n" and i > 0 and text[i - 1] != "\n"]
    if text and not text[-1].isspace():
        out.append(len(text))
    return out


def pos_inword(text):
    return [i for i in range(1, len(text)) if is_cjk(text[i - 1]) and is_cjk(text[i])]


def pos_digits(text):
    return [i for i in range(1, len(text)) if text[i - 1].isdigit() and text[i].isdigit()]


def pos_after_punct(text):
    return [i + 1 for i, c in enumerate(text[:-1]) if c in "，。；：、" and is_cjk(text[i + 1])]


def pos_line_starts_noind(text):
    return [p for p in pos_line_starts(text) if p < len(text) and not text[p].isspace()]


POS = {"start_noind": pos_line_starts_noind, "start": pos_line_starts, "end": pos_line_ends, "inword": pos_inword, "digits": pos_digits,
       "punct": pos_after_punct}


def run_insert(ctx, name, maker, where, shapes, n=(1, 3), tries=80):
    """maker(ctx, text, pos, where) -> segs (with a span) or None."""
    r = ctx.rng
    for _ in range(tries):
        text = clean_doc(ctx, r.choice(shapes))
        ed = Edits(text)
        k = r.randint(*n)
        for _ in range(k * 10):
            if len(ed.items) >= k:
                break
            w = r.choice(where)
            ps = POS[w](text)
            if not ps:
                continue
            p = r.choice(ps)
            if not ed.free(p, p):
                continue
            sg = maker(ctx, text, p, w)
            if not sg:
                continue
            ed.add(p, p, sg)
        if ed.items:
            return ed.segs()
    raise RuntimeError("cannot build " + name)


def mj_insert(name, desc, maker, where, shapes, n=(1, 3), weight=1.0):
    @style(name, "mj", "mojibake", desc, weight)
    def _f(ctx):
        return run_insert(ctx, name, maker, where, shapes, n)
    return _f


def _ins(kind, s):
    assert del_ok(kind, s), (kind, s)
    return S(s, "del:" + kind)


ENT_IND = ["&nbsp;" * 4, "&nbsp;" * 2, "&emsp;&emsp;", "&#12288;&#12288;", "&amp;nbsp;&amp;nbsp;", "&ensp;&ensp;",
           "&#160;&#160;&#160;&#160;", "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"]
mj_insert("mj_entity_indent", "HTML entities used as paragraph indentation left as text (&nbsp;&nbsp;)",
          lambda c, t, p, w: _ins("ent", c.rng.choice(ENT_IND)), ["start_noind"], SHAPES_TEXT, (1, 3))

TAG_OPEN = ['<span style="font-family:仿宋_GB2312;font-size:16pt">', "<strong>", "<b>", '<font face="宋体">',
            '<span style="color:#333333">', "<em>", '<a href="javascript:void(0)">']
TAG_CLOSE = {"<strong>": "</strong>", "<b>": "</b>", "<em>": "</em>"}


def _tag_maker(ctx, text, p, w):
    r = ctx.rng
    if w == "start":
        return _ins("tag", r.choice(["<p>", '<p style="text-indent:2em">', '<p align="center">', "<div>",
                                     '<div class="TRS_Editor">', "<br>", "<p>&nbsp;</p>"[:3]]))
    if w == "end":
        return _ins("tag", r.choice(["</p>", "<br>", "<br />", "</span></p>", "</div>", "<br/><br/>", "</td></tr>"]))
    if w == "punct":
        return _ins("tag", r.choice(TAG_OPEN))
    return _ins("tag", r.choice(["</span>", "</strong>", "</font>", "<br>", "</b>", "</a>"]))


mj_insert("mj_html_tags", "HTML tags left in extracted text (<p>, </span>, <br>, <strong>)", _tag_maker,
          ["start", "end", "punct", "inword"], SHAPES_ALL, (1, 4))

BRK_START = ['p style="text-indent:2em;">', 'span style="font-size:16px;">', "nbsp;", "/p>", 'class="MsoNormal">',
             "&nbsp", "&lt;p&gt;", "&lt;br /&gt;", "br>"]
BRK_END = ["<p", "</spa", '<span style="font-family:', "&nbsp", "&lt;/p&gt;", "<br", "&amp;nbsp", "&#160"]


def _brk_maker(ctx, text, p, w):
    r = ctx.rng
    return _ins("brk", r.choice(BRK_START if w == "start" else BRK_END if w == "end" else BRK_START + BRK_END))


mj_insert("mj_broken_tags", "truncated tags and entity fragments (span style=…>, &nbsp, </spa)", _brk_maker,
          ["start", "end", "punct"], SHAPES_ALL, (1, 3))

WORD_START = ["<!--[if !supportLists]-->", "<![if !supportLists]>", '<span lang="EN-US" style="mso-spacerun:yes">',
              "<o:p></o:p>", "<p class=MsoNormal>", '<span style="mso-bidi-font-size:10.5pt">']
WORD_END = ["<o:p></o:p>", "<o:p>&nbsp;</o:p>", "<!--[endif]-->", "<![endif]>",
            'mso-bidi-font-family:"Times New Roman"', "<o:p></o:p></span>"]
WORD_HEAD = ["Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE",
             "/* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0; "
             "mso-tstyle-colband-size:0; mso-style-noshow:yes; mso-style-priority:99; mso-style-parent:\"\"; "
             "mso-padding-alt:0cm 5.4pt 0cm 5.4pt; mso-para-margin:0cm; font-size:10.5pt;}",
             "<w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument>"]


def _word_maker(ctx, text, p, w):
    r = ctx.rng
    if w == "start" and p == 0 and r.random() < 0.5:
        return _ins("word", r.choice(WORD_HEAD)) + C("\n")
    return _ins("word", r.choice(WORD_START if w == "start" else WORD_END))


mj_insert("mj_word_html", "MS-Word HTML/CSS leftovers (<o:p></o:p>, mso-…, X-NONE header)", _word_maker,
          ["start", "end"], SHAPES_ALL, (1, 3))

ZW = ["\u200b", "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u200b\u200b"]
mj_insert("mj_zero_width", "zero-width characters inside words and numbers (ZWSP, ZWJ, WJ, soft hyphen)",
          lambda c, t, p, w: _ins("zw", c.rng.choice(ZW)), ["inword", "inword", "digits"], SHAPES_ALL, (1, 4))


def _bidi_maker(ctx, text, p, w):
    return _ins("zw", ctx.rng.choice(["\u200e", "\u200f", "\u202a", "\u202c", "\u2066", "\u2069", "\u202d", "\u200e\u200e"]))


mj_insert("mj_bidi_controls", "bidi control marks (LRM, RLM, LRE/PDF, isolates) from copy-paste", _bidi_maker,
          ["digits", "punct", "start", "end"], SHAPES_ALL, (1, 3))
mj_insert("mj_objrepl", "U+FFFC object replacement characters where images or objects were",
          lambda c, t, p, w: _ins("zw", "\ufffc"), ["end", "punct", "start"], SHAPES_TEXT, (1, 2))
CTL = ["\x08", "\x07", "\x01", "\x1a", "\x7f", "\x00", "\x02", "\x0e", "\x10", "\x1b", "\x08\x08", "\x03"]
mj_insert("mj_control_chars", "C0 control characters and DEL inside text (backspace, SUB, NUL)",
          lambda c, t, p, w: _ins("ctl", c.rng.choice(CTL)), ["inword", "punct", "end", "digits"], SHAPES_ALL, (1, 3))


def _bom_maker(ctx, text, p, w):
    return _ins("bom", "\ufeff")


mj_insert("mj_bom_middle", "U+FEFF byte-order marks in the middle of a document (concatenated files)", _bom_maker,
          ["start", "start", "punct"], ["para", "long", "heads", "table"], (1, 2))
mj_insert("mj_bom_latin", "UTF-8 BOM mis-decoded as ï»¿ at the start of lines",
          lambda c, t, p, w: _ins("bom", "\u00ef\u00bb\u00bf"), ["start"], SHAPES_ALL, (1, 2))


def run_pinyin(ctx):
    r = ctx.rng
    for _ in range(80):
        text = clean_doc(ctx, r.choice(SHAPES_TEXT))
        ed = Edits(text)
        cands = []
        for w, (i, py) in PY_WORDS.items():
            st = 0
            while True:
                j = text.find(w, st)
                if j < 0:
                    break
                cands.append((j + i + 1, py))
                st = j + 1
        r.shuffle(cands)
        full = r.random() < 0.5
        for p, py in cands[:r.randint(1, 4)]:
            if ed.free(p, p):
                s = ("（%s）" if full else "(%s)") % py
                ed.add(p, p, _ins("py", s))
        if ed.items:
            return ed.segs()
    raise RuntimeError("pinyin")


style("mj_pinyin_annot", "mj", "mojibake", "pinyin annotations inserted after characters: 发(fā)展, 重（zhòng）点")(run_pinyin)


# --- character replacements ------------------------------------------------------
ENT_NAMED = {"“": ["&ldquo;", "&#8220;", "&#x201C;"], "”": ["&rdquo;", "&#8221;", "&#x201D;"],
             "‘": ["&lsquo;", "&#8216;"], "’": ["&rsquo;", "&#8217;"], "—": ["&mdash;", "&#8212;"],
             "…": ["&hellip;", "&#8230;"], "·": ["&middot;", "&#183;"], "×": ["&times;"],
             "　": ["&#12288;", "&#x3000;"], "%": ["&#37;"], "&": ["&amp;"]}


def run_entchar(ctx, double):
    r = ctx.rng
    for _ in range(80):
        text = clean_doc(ctx, r.choice(SHAPES_ALL))
        ed = Edits(text)
        runs = [(m.start(), m.end()) for m in re.finditer("[“”‘’—…·×]+", text)]
        if not runs:
            continue
        r.shuffle(runs)
        for a, b in runs[:r.randint(1, 4)]:
            if not ed.free(a, b):
                continue
            ent = "".join(r.choice(ENT_NAMED[c]) for c in text[a:b])
            step = "ent"
            if double:
                ent = ent.replace("&", "&amp;")
                step = "ent2"
            if check_recipe(step, ent) is None:
                ed.add(a, b, S(ent, step))
        if ed.items:
            return ed.segs()
    raise RuntimeError("entchar")


style("mj_entity_char", "mj", "mojibake", "entities left in place of punctuation: &ldquo;放管服&rdquo;, &hellip;")(lambda c: run_entchar(c, False))
style("mj_entity_double", "mj", "mojibake", "doubly escaped entities: &amp;ldquo;, &amp;#8221;")(lambda c: run_entchar(c, True))


def run_literal_newlines(ctx):
    r = ctx.rng
    for _ in range(80):
        text = clean_doc(ctx, r.choice(["para", "long", "heads", "list", "table", "kv"]))
        ed = Edits(text)
        runs = [(m.start(), m.end()) for m in re.finditer("[\n\t]+", text)]
        if not runs:
            continue
        crlf = r.random() < 0.25
        k = len(runs) if r.random() < 0.6 else r.randint(1, len(runs))
        for a, b in r.sample(runs, k):
            s = text[a:b]
            if crlf:
                s = s.replace("\n", "\r\n")
            lit = esc_escape(s)
            keep_nl = r.random() < 0.3
            segs = S(lit, "esc") + (C("\n") if keep_nl and "\n" in s else [])
            if check_recipe("esc", lit) is None and ed.free(a, b):
                ed.add(a, b, segs)
        if ed.items:
            return ed.segs()
    raise RuntimeError("newlines")


style("mj_esc_newline", "mj", "mojibake", "literal \\n, \\r\\n and \\t escapes in place of line breaks and tabs")(run_literal_newlines)


def run_rare(ctx):
    r = ctx.rng
    names = r.sample(RARE_NAMES, r.randint(1, 3))
    others = ["".join(ctx.person()) for _ in range(r.randint(1, 4))]
    allnames = names + others
    r.shuffle(allnames)
    forms = [C(r.choice(["获奖学生名单：", "拟表彰人员：", "参会人员：", "优秀志愿者："]) + "、".join(allnames) + "。"),
             C("经考核，%s同志被评为%d年度优秀教师。" % (names[0], ctx.year)),
             C("%s（%s）作了典型发言。" % (names[0], slot_value(ctx, "org").text))]
    segs = with_structure(ctx, place_among(ctx, [r.choice(forms)], r.randint(0, 3)), heading_prob=0.1)
    text = doc_text(ctx, segs)
    ed = Edits(text)
    for nm in names:
        for m in re.finditer(re.escape(nm), text):
            for i, ch in enumerate(nm):
                try:
                    ch.encode("gb2312")
                except UnicodeError:
                    p = m.start() + i
                    rec = "gb2312!r>gb2312=" + ch
                    if ed.free(p, p + 1) and check_recipe(rec, "?") is None:
                        ed.add(p, p + 1, S("?", rec))
    if not ed.items:
        raise RuntimeError("rare")
    return ed.segs()


style("mj_gb2312_rare", "mj", "mojibake", "name characters outside GB2312 lost as ? (王玥 → 王?)")(run_rare)

SOCIAL = ["国庆假期，{county}各景区游客络绎不绝{e}", "祝贺我县选手在全省技能大赛中夺得金牌{e}{e}",
          "今天的志愿服务活动圆满结束，感谢每一位参与者{e}", "新建的滨江步道正式开放啦{e}欢迎市民前来打卡。",
          "{town}的油菜花开了{e}，周末一起去看看吧！", "高考加油{e}{year}年的考生们，你们是最棒的！"]


def run_emoji(ctx):
    r = ctx.rng
    t = r.choice(SOCIAL)
    segs = []
    for pt in re.split(r"((?:\{e\})+)", t):
        if pt.startswith("{e}"):
            es = "".join(r.choice(EMOJI) for _ in range(pt.count("{e}")))
            segs += S("?" * len(es), "gbk!r>gbk=" + es)
        elif pt:
            segs += fill(ctx, pt)
    body = place_among(ctx, [segs], r.randint(0, 2))
    return join_lines(([C(r.choice(["【微博】", "网友留言：", "公众号推文"]))] if r.random() < 0.4 else []) + body)


style("mj_emoji_lost", "mj", "mojibake", "emoji lost as ? when a post was saved in GBK")(run_emoji)


def run_kangxi_para(ctx, table, name):
    return run_stretch(ctx, name, dmg_nfkc(table), ["clause"], SHAPES_ALL, (2, 5))


style("mj_kangxi_paragraph", "mj", "mojibake", "a PDF-extracted passage with Kangxi radicals in several clauses")(lambda c: run_kangxi_para(c, KANGXI, "kx"))


# --- mixtures ---------------------------------------------------------------------
MIX_POOL = [
    (dmg_codec(["utf-8>gbk"], "auto"), ["word", "clause"]),
    (dmg_codec(["utf-8>w1252", "utf-8>latin-1", "gbk>latin-1"], "strict"), ["word", "clause"]),
    (dmg_qmark, ["char", "char2"]),
    (dmg_fffd, ["char"]),
    (dmg_url, ["word"]),
    (dmg_ent_cjk, ["word"]),
    (dmg_nfkc(KANGXI), ["clause"]),
    (dmg_lossy(["gbk>utf-8!r+utf-8>gbk!r"]), ["word", "clause"]),
    (dmg_lossy(["utf-8>gbk!r+q"]), ["clause"]),
    (dmg_simple("esc"), ["word"]),
]


def run_mixed(ctx):
    r = ctx.rng
    for _ in range(80):
        text = clean_doc(ctx, r.choice(["para", "long", "heads", "table", "list"]))
        ed = Edits(text)
        kinds = r.sample(range(len(MIX_POOL)), r.randint(2, 4))
        for ki in kinds:
            dmg, grans = MIX_POOL[ki]
            for _ in range(10):
                cands = CAND[r.choice(grans)](text)
                if not cands:
                    continue
                a, b = r.choice(cands)
                if not ed.free(a, b):
                    continue
                res = dmg(ctx, text[a:b])
                res = narrow(res, text[a:b]) if res else None
                if res:
                    if len(res) == 3:
                        a, b = a + res[2][0], b - res[2][1]
                    ed.add(a, b, S(res[0], res[1]))
                    break
        # sprinkle an invisible character too
        if r.random() < 0.5:
            ps = [p for p in pos_inword(text) if ed.free(p, p)]
            if ps:
                p = r.choice(ps)
                ed.add(p, p, _ins("zw", r.choice(ZW)))
        if len(ed.items) >= 2:
            return ed.segs()
    raise RuntimeError("mixed")


style("mj_mixed_multi", "mj", "mojibake", "several kinds of damage in one document, each its own span")(run_mixed)

# ---------------------------------------------------------------------------
# Mojibake look-alikes (label negative)
# ---------------------------------------------------------------------------
@style("neg_trad_chinese", "mj", "negative", "legitimate traditional Chinese text (Taiwan, Hong Kong, Macao sources)")
def _neg_trad(ctx):
    r = ctx.rng
    if r.random() < 0.5:
        return C(clean_doc(ctx, "trad"))
    quote = r.choice(TRAD_SENTS)
    sent = C(r.choice(["据香港媒体报道：“", "台湾地区有关部门发布消息称：“", "澳门特区政府新闻局通报：“"]) + quote.rstrip("。") + "。”")
    return with_structure(ctx, place_among(ctx, [sent], r.randint(0, 3)), heading_prob=0.1)


neg_style("neg_russian_quote", "mj", "quoted Russian (Cyrillic) in a foreign-affairs report", [
    "俄罗斯友好城市代表团团长在致辞中说：“Мы рады быть здесь”（我们很高兴来到这里）。",
    "中俄双语标识牌上写着“Добро пожаловать”，意为“欢迎光临”。",
    "俄文报纸《Известия》对本次博览会进行了报道。",
    "外国语学校俄语兴趣班学习了问候语“Здравствуйте”。",
    "合作备忘录俄文文本的标题为«Меморандум о сотрудничестве»。",
])
neg_style("neg_japanese_quote", "mj", "quoted Japanese with kana", [
    "日本友好城市代表用日语致辞：「ありがとうございます」。",
    "展台上的日文标语「ようこそ」吸引了不少游客拍照留念。",
    "企业引进的日本设备附有日文说明书，封面写着「取扱説明書」。",
    "动漫节上，爱好者们齐声喊出「がんばって」为选手加油。",
    "日方企业名称为「株式会社サクラ精機」。",
])
neg_style("neg_korean_quote", "mj", "quoted Korean (Hangul)", [
    "韩国客商在签约仪式上用韩语说“감사합니다”（谢谢）。",
    "延边州双语路牌同时标注中文和朝鲜文，如“연길시”。",
    "韩文版旅游手册的封面写着“환영합니다”。",
    "交流活动中，韩国学生教大家说“안녕하세요”（你好）。",
])
neg_style("neg_greek", "mj", "Greek letters and quoted Greek in science and etymology", [
    "希腊语“δημοκρατία”一词意为“人民的统治”。",
    "公式中的α为显著性水平，取0.05；β为犯第二类错误的概率。",
    "电阻的单位为欧姆，符号为Ω。",
    "统计表中，Δ表示变化量，Σ表示合计。",
    "检测报告显示，样品的γ射线剂量率处于正常本底水平。",
])
neg_style("neg_french_quote", "mj", "quoted French with accented letters", [
    "法国驻华使馆文化处组织了“Fête de la Musique”音乐节活动。",
    "菜单上的法式甜点“crème brûlée”深受欢迎。",
    "法方代表以“À bientôt”结束了发言。",
    "展览的法文名称为“L'Art de vivre à la française”。",
    "法语中“café”一词既指咖啡，也指咖啡馆。",
])
neg_style("neg_latin_accents", "mj", "foreign names with diacritics: München, São Paulo, Hà Nội, Müller", [
    "考察团先后访问了德国慕尼黑（München）和科隆（Köln）。",
    "巴西圣保罗（São Paulo）是南美洲人口最多的城市。",
    "越南河内（Hà Nội）代表团来我市考察农业合作。",
    "西班牙语“señor”意为“先生”。",
    "研讨会邀请了瑞士苏黎世联邦理工学院的Müller教授作主旨报告。",
    "葡萄牙里斯本（Lisboa）的友好学校发来贺信，署名为José Conceição。",
])


@style("neg_emoji", "mj", "negative", "emoji that survived intact in social-media posts")
def _neg_emoji(ctx):
    r = ctx.rng
    t = r.choice(SOCIAL)
    parts = t.split("{e}")
    segs = []
    for i, pt in enumerate(parts):
        if i:
            segs += C(r.choice(EMOJI))
        segs += fill(ctx, pt)
    return join_lines(([C(r.choice(["【微博】", "网友留言：", "公众号推文"]))] if r.random() < 0.4 else [])
                      + place_among(ctx, [segs], r.randint(0, 2)))


neg_style("neg_pinyin_lesson", "mj", "pinyin with tone marks in a language lesson or pronunciation guide", [
    "本课生字：发展（fā zhǎn）、建设（jiàn shè）、和谐（hé xié）。",
    "“行”是多音字，在“银行”中读háng，在“行走”中读xíng。",
    "请给下列词语注音：重要（zhòng yào）、重新（chóng xīn）。",
    "汉语拼音“zhōng guó”对应的汉字是“中国”。",
    "普通话水平测试中，“率”在“效率”里读lǜ，在“率领”里读shuài。",
])
neg_style("neg_html_in_tech", "mj", "HTML tags and entities written about in a technical document", [
    "在网页中，连续空格需要用&nbsp;实体表示，否则浏览器会把它们合并为一个空格。",
    "段落标签<p>和换行标签<br>是HTML中最常用的标签。",
    "为防止跨站脚本攻击，输出时应将“<”转义为&lt;，将“>”转义为&gt;。",
    "从Word直接导出网页会产生大量以mso-开头的样式，建议清理后再发布。",
    "培训课件讲解了<div>与<span>标签的区别。",
])
neg_style("neg_url_percent", "mj", "percent-encoding inside real URLs and explanations of it", [
    "访问地址：https://www.example.gov.cn/search?q=%E5%B0%B1%E4%B8%9A&page=2",
    "文件下载链接：http://www.example.org/files/annual%20report%202023.pdf",
    "URL中的空格会被编码为%20，例如“annual%20report.pdf”。",
    "粘贴到地址栏后，中文会被转换为类似%E4%B8%AD的百分号编码，这是正常现象。",
])
neg_style("neg_code_escapes", "mj", "escape sequences written about in programming material", [
    "在Python中，换行符写作\\n，制表符写作\\t。",
    "JSON字符串中的中文可以写成\\u4e2d\\u6587的形式。",
    "C语言中，字符串以\\0作为结束标志。",
    "Windows系统的换行符是\\r\\n，Linux系统则是\\n。",
    "字节串b'\\xe4\\xb8\\xad'用UTF-8解码后得到汉字“中”。",
])
neg_style("neg_box_tree", "mj", "box-drawing characters in a directory tree or menu outline", [
    "项目目录结构如下：\nproject/\n├── src/\n│   └── main.py\n└── README.md",
    "网站栏目层级：\n├─ 首页\n├─ 政务公开\n│  ├─ 政策文件\n│  └─ 人事信息\n└─ 互动交流",
    "系统菜单：\n┌ 基础数据\n├ 统计分析\n└ 系统设置",
])
neg_style("neg_mojibake_discussion", "mj", "mojibake named and explained as the subject of a sentence", [
    "“锟斤拷”是程序员熟悉的乱码，通常由UTF-8与GBK编码混用引起。",
    "在VC调试时，未初始化的栈内存会显示为“烫烫烫”，堆内存则显示为“屯屯屯”。",
    "培训中提到，乱码问题的根源往往是编码声明与文件实际编码不一致。",
])
neg_style("neg_math_symbols", "mj", "mathematical and technical symbols: ±, ≤, √, ∑, ∞, ℃", [
    "当n→∞时，数列收敛于0。",
    "误差范围为±0.5%，满足设计要求（≤1%）。",
    "√2约等于1.414。",
    "∑表示求和，∫表示积分，∞表示无穷大。",
    "冷库温度控制在-18℃±2℃。",
])
neg_style("neg_currency", "mj", "currency signs €, £, $, ￥ in trade reports", [
    "本次交易金额为€1,200，约合人民币{int:8000-9900}元。",
    "伦敦展会的标准展位费为£3,500。",
    "商品标价￥{int:50-500}.00，活动期间九折。",
    "对方报价$2.5/kg，较上月下降3%。",
])
neg_style("neg_units", "mj", "unit symbols: μg/m³, m², ℃, ‰", [
    "PM2.5浓度为{int:20-50}μg/m³。",
    "房屋建筑面积{int:80-150}m²，层高2.9m。",
    "监测断面水温18℃，溶解氧7.2mg/L。",
    "全县人口出生率为{int:6-12}‰。",
])


@style("neg_rare_names", "mj", "negative", "rare but legitimate characters in personal names (玥, 堃, 喆, 昇)")
def _neg_rare(ctx):
    r = ctx.rng
    names = r.sample(RARE_NAMES, r.randint(1, 3)) + ["".join(ctx.person()) for _ in range(r.randint(0, 3))]
    r.shuffle(names)
    sent = C(r.choice(["获奖学生名单：", "拟表彰人员：", "优秀志愿者："]) + "、".join(names) + "。")
    return with_structure(ctx, place_among(ctx, [sent], r.randint(0, 3)), heading_prob=0.1)


neg_style("neg_fullwidth_ascii", "mj", "full-width Latin letters and digits in older documents", [
    "全县ＧＤＰ增长６．５％。",
    "现有Ａ级景区{int:3-12}个，其中ＡＡＡＡ级景区{int:1-3}个。",
    "请使用ＷＰＳ或Ｗｏｒｄ软件打开附件。",
    "本项目按ＰＰＰ模式实施，合作期限为１５年。",
])
neg_style("neg_circled_numbers", "mj", "circled and parenthesised numerals as list markers", [
    "主要任务包括：①抓项目；②促消费；③保民生。",
    "⑴加强领导；⑵落实责任；⑶严格考核。",
    "附件：❶申报表　❷承诺书　❸佐证材料",
])
neg_style("neg_sci_names", "mj", "Latin scientific names, including the hybrid sign ×", [
    "二球悬铃木（Platanus × acerifolia）是城区常见的行道树。",
    "银杏（Ginkgo biloba）被誉为植物界的“活化石”。",
    "大熊猫的学名为Ailuropoda melanoleuca。",
    "调查共记录鸟类{int:80-200}种，其中包括中华秋沙鸭（Mergus squamatus）。",
])
neg_style("neg_question_marks", "mj", "real question marks: doubled in quoted speech, in regex and English", [
    "网友留言：“这条路什么时候修？？”",
    "正则表达式a?b中的问号表示前一个字符可有可无。",
    "“What is your name?”是英语课上的常用句型。",
    "“真的吗？！”大家都不敢相信这个好消息。",
])
neg_style("neg_dingbats", "mj", "dingbats and symbols used deliberately: ☎ ✉ ✔ ✘ ☑", [
    "☎ 咨询电话：{phone}",
    "✉ 投稿邮箱：news@example.gov.cn",
    "✔ 已完成　✘ 未完成",
    "☑ 身份证原件　☑ 户口簿　☐ 结婚证",
])
neg_style("neg_typographic", "mj", "typographic dashes and quotes: ——, —, ‘’, “”", [
    "“‘两山’理念已经深入人心。”——摘自《{county}日报》评论员文章",
    "会期：3月1日—3日，会期三天。",
    "第一阶段（2023—2025年）重点推进基础设施建设。",
    "他感慨道：“变化太大了——以前哪敢想？”",
])
neg_style("neg_english_mixed", "mj", "English terms and titles mixed into Chinese", [
    "本项目采用PPP（Public-Private Partnership）模式运作。",
    "论坛主题为“Green Development, Shared Future”。",
    "ESG（环境、社会和治理）信息披露日益受到重视。",
    "该企业通过了ISO 9001质量管理体系认证。",
])
neg_style("neg_chem_formulas", "mj", "chemical formulas with sub- and superscripts: SO₂, H₂O, SO₄²⁻", [
    "二氧化硫（SO₂）排放量同比下降{pct:3-9}%。",
    "水的化学式为H₂O，硫酸根离子写作SO₄²⁻。",
    "单位GDP的CO₂排放强度持续下降。",
])
neg_style("neg_encoding_terms", "mj", "encoding names mentioned in IT notices (UTF-8, GBK, BOM)", [
    "系统默认编码为UTF-8，历史数据为GBK编码，迁移时需要统一转换。",
    "GB18030是我国强制性的汉字编码标准。",
    "导出CSV文件时请选择“UTF-8 with BOM”，避免用Excel打开时出现乱码。",
])


@style("neg_mj_clean_report", "mj", "negative", "clean report text of several paragraphs")
def _neg_mj_clean(ctx):
    return C(clean_doc(ctx, ctx.rng.choice(["para", "long", "heads"])))


@style("neg_mj_clean_table", "mj", "negative", "clean tables (pipe, tab, space separated)")
def _neg_mj_table(ctx):
    return C(clean_doc(ctx, "table"))


@style("neg_mj_clean_form", "mj", "negative", "clean key：value forms and lists")
def _neg_mj_form(ctx):
    return C(clean_doc(ctx, ctx.rng.choice(["kv", "list", "short"])))

# ---------------------------------------------------------------------------
# Record assembly
# ---------------------------------------------------------------------------
def finalize(st, segs, rid):
    text, spans, metas = "", [], []
    for t, m in segs:
        if not t:
            continue
        a = len(text)
        text += t
        if m is None:
            continue
        if spans and spans[-1][1] == a:
            if st["family"] == "mj":
                return None          # touching mojibake spans would need a combined recipe
            spans[-1][1] = len(text)
        else:
            spans.append([a, len(text)])
            metas.append(m)
    # drop trailing blank lines and trailing whitespace when no span is there
    while text and text[-1].isspace() and not (spans and spans[-1][1] == len(text)):
        text = text[:-1]
    if st["label"] == "negative":
        if spans:
            raise AssertionError("negative style %s produced spans" % st["name"])
        note = st["desc"]
    else:
        if not spans:
            return None
        if st["family"] == "ph":
            note = st["desc"] + "; spans: " + json.dumps([text[a:b] for a, b in spans], ensure_ascii=False)
        else:
            lossy = any("=" in m for m in metas)
            note = "%s; %s [inv=%s]" % (st["desc"], "lossy" if lossy else "lossless", "|".join(metas))
    return {"id": rid, "family": st["family"], "style": st["name"], "label": st["label"], "text": text,
            "spans": spans, "note": note}


def style_counts(total_per_family=1500):
    out = {}
    for fam in ("ph", "mj"):
        sts = [s for s in STYLES.values() if s["family"] == fam]
        wsum = sum(s["weight"] for s in sts)
        for s in sts:
            out[s["name"]] = max(6, int(round(total_per_family * s["weight"] / wsum)))
    return out


def generate(seed, out_path):
    rng = random.Random(seed * 1000003 + 13)
    counts = style_counts()
    records, seen = [], set()
    failures = collections.Counter()
    for name, st in STYLES.items():
        for i in range(counts[name]):
            rid = "%s-%d-%s-%02d" % (PREFIX, seed, name, i + 1)
            for attempt in range(60):
                ctx = Ctx(rng)
                segs = st["fn"](ctx)
                if ctx.halfwidth:
                    segs = apply_halfwidth(segs)
                rec = finalize(st, segs, rid)
                if rec is None or rec["text"] in seen:
                    failures[name] += 1
                    continue
                errs = verify_record(rec)
                if errs:
                    failures[name] += 1
                    if failures[name] < 3:
                        sys.stderr.write("retry %s: %s\n" % (rid, errs[:2]))
                    continue
                break
            else:
                raise RuntimeError("could not build %s" % rid)
            seen.add(rec["text"])
            records.append(rec)
    rng.shuffle(records)
    with open(out_path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(dump_record(rec) + "\n")
    c = collections.Counter((r["family"], r["label"]) for r in records)
    print("wrote %d records to %s" % (len(records), out_path))
    for k in sorted(c):
        print("  %s/%s: %d" % (k[0], k[1], c[k]))
    return records


def style_table(paths):
    per = []
    for p in paths:
        c = collections.Counter()
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    c[json.loads(line)["style"]] += 1
        per.append(c)
    names = list(STYLES.keys()) + sorted({n for c in per for n in c} - set(STYLES))
    hdr = "| style | family | label | " + " | ".join("count %s" % re.sub(r".*_(s\d+)\.jsonl$", r"\1", p) for p in paths) + " | description |"
    lines = [hdr, "|" + "---|" * (4 + len(paths))]
    for n in names:
        st = STYLES.get(n, {"family": "?", "label": "?", "desc": ""})
        desc = st["desc"].replace("|", "\\|")
        lines.append("| %s | %s | %s | %s | %s |" % (n, st["family"], st["label"],
                                                      " | ".join(str(c.get(n, 0)) for c in per), desc))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--out")
    ap.add_argument("--verify", nargs="+", metavar="FILE")
    ap.add_argument("--style-table", nargs="+", metavar="FILE")
    a = ap.parse_args(argv)
    if a.verify:
        ok = all([verify_file(p) for p in a.verify])
        print("VERIFY OK" if ok else "VERIFY FAILED")
        return 0 if ok else 1
    if a.style_table:
        print(style_table(a.style_table))
        return 0
    if a.seed is None or not a.out:
        ap.error("need --seed N --out FILE, or --verify FILE, or --style-table FILE")
    generate(a.seed, a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
