"""Whether a text could need a re-decoding at all: the cheap test run before :mod:`auditor.repair.redecode` (its
tables and big patterns) is imported, so that a clean report costs two C searches and no import.

>>> needs_no_search("全年新增就业岗位3200个，城镇登记失业率控制在3.1%以内。")
True
>>> needs_no_search("鍙戝睍"), needs_no_search("标语“窃膊 父靛绰 固贰”醒目")
(False, False)
"""

from __future__ import annotations

import re

from auditor.lazyregex import LazyRegex, compile_re
from auditor.repair.common import listed_class

#: the longest text the quick test is tried on (a longer one is searched whole: its search pays for itself)
QUICK_LIMIT = 50_000
#: what :func:`may_need_repair` passes over besides ASCII and the listed characters: CJK symbols and
#: punctuation, full-width forms, general punctuation
QUICK_PASS = "\x00-\x7f\u2010-\u2027\u3000-\u303f\uff01-\uff5e"
_quick_tests: tuple | None = None


def may_need_repair(text: str) -> bool:
    """A conservative quick test: could any pre-check of :func:`auditor.repair.redecode.find_repairs` match *text*?

    True when the text holds a character that is neither ASCII, nor a listed common character (other
    than a GBK/Big5 marker), nor ordinary CJK or general punctuation — every character the three
    pre-check patterns look for (markers, rare characters, Latin-1) is such a character. Two searches
    in C (one for any other character, one for a marker), with classes compiled once per machine.
    """
    global _quick_tests
    if _quick_tests is None:
        from auditor.repair.marker_chars import BIG5_MARKERS, GBK_MARKERS

        passed = compile_re(f"[{QUICK_PASS}]")
        markers = "".join(ch for ch in GBK_MARKERS + BIG5_MARKERS if not passed.match(ch))
        _quick_tests = (compile_re(f"[^{QUICK_PASS}{re.escape(listed_class())}]"),
                        compile_re(f"[{re.escape(markers)}]"))
    return any(test.search(text) is not None for test in _quick_tests)


#: a space between two Han characters, found from the space (a literal first: a fast search)
_SPACE_IN_HAN = LazyRegex(" (?<=[\u4e00-\u9fff,] )(?=[\u4e00-\u9fff])")
#: the most such spaces looked at in a text (text set with a space between its characters has hundreds)
MAX_SPACED = 200


def spaced_han(text: str) -> list[int]:
    """Where a space stands between two Han characters (as between the words of Korean read as GBK), at most
    :data:`MAX_SPACED` of them.

    >>> spaced_han("窃膊 父靛绰 固贰, ok 好")
    [2, 6]
    """
    out = []
    for m in _SPACE_IN_HAN.finditer(text):
        out.append(m.start())
        if len(out) >= MAX_SPACED:
            break
    return out


def needs_no_search(text: str) -> bool:
    """Whether *text* is short and made of common characters only, without spaces between Han characters: no
    re-decoding can repair anything in it, and the big patterns need not be built."""
    return len(text) < QUICK_LIMIT and not may_need_repair(text) and (" " not in text or not spaced_han(text))
