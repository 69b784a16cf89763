"""``?`` standing for lost characters, and a GBK byte stream decoded one byte out of step.

When a converter cannot map a character it writes ``?``: ``心?時代`` has lost one character for good.
A worse case is a GBK byte stream that lost (or gained) one byte: the decoder then pairs the trail byte
of each character with the lead byte of the next, and writes nonsense until an ASCII byte puts it back
in step. Scrapers also fold full-width punctuation to ASCII, so the nonsense contains ``,`` and ``?``::

    。現將  = A1A3 AC46 8CA2        (the original)
    ?,F將   = [A1] A3AC→，→, 46→F 8CA2   (the lead byte A1 lost, then one byte out of step)

:func:`realign_gbk` reverses that: it re-encodes the characters after the ``?`` to GBK (``,`` may be a
folded ``，``), pairs the bytes one position earlier and decodes again. The lost byte itself is
guessed (CJK punctuation first, then the most common character), so the repair is likely, not certain.

>>> realign_gbk(",F將")
('。現', 2)
>>> realign_gbk("?茖W")
('。科學', 3)
>>> realign_gbk("時代") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from auditor.lazyregex import LazyRegex
from auditor.repair.common import CJK_PUNCTUATION, char_score, rank

#: ASCII punctuation that scrapers write for the full-width form (``，`` → ``,``, ``？`` → ``?``);
#: letters and digits may be folded full-width forms too
FOLDED_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
#: the most characters after the ``?`` that :func:`realign_gbk` looks at
MAX_RUN = 16


def _options(ch: str) -> list[bytes]:
    """The GBK bytes *ch* may have come from in an out-of-step stream (most likely first)."""
    code = ord(ch)
    if code >= 0x80:
        try:
            data = ch.encode("gbk")
        except UnicodeEncodeError:
            return []
        return [data] if len(data) == 2 else []
    if ch in FOLDED_PUNCTUATION:
        return [bytes((0xA3, code + 0x80)), bytes((code,))]
    if ch.isalnum():
        return [bytes((code,)), bytes((0xA3, code + 0x80))]
    return []


@lru_cache(maxsize=256)
def guess_lost_lead(trail: int) -> str | None:
    """The most likely character whose lead byte was lost, given its *trail* byte.

    CJK punctuation comes first (a lost byte at a sentence end is what the damage looks like in
    practice), then the most common character.

    >>> guess_lost_lead(0xA3)
    '。'
    """
    best: tuple[int, float, int, str] | None = None
    for lead in range(0x81, 0xFF):
        try:
            ch = bytes((lead, trail)).decode("gbk")
        except UnicodeDecodeError:
            continue
        score = char_score(ch)
        if score == 0.0:
            continue
        key = (1 if ch in CJK_PUNCTUATION else 0, score, -rank(ch), ch)
        if best is None or key[:3] > best[:3]:
            best = key
    return None if best is None else best[3]


def _repair(data: bytes) -> str | None:
    """Decode bytes ``b0 b1 …`` that follow a lost lead byte, paired one position earlier."""
    out = [""]
    for i in range(1, len(data), 2):
        pair = data[i:i + 2]
        if len(pair) != 2 or pair[0] < 0x81:
            return None
        try:
            ch = pair.decode("gbk")
        except UnicodeDecodeError:
            return None
        out.append(ch)
    first = guess_lost_lead(data[0])
    if first is None:
        return None
    out[0] = first
    return "".join(out)


def realign_gbk(after: str) -> tuple[str, int] | None:
    """Undo a one-byte desync in the text right *after* a ``?`` that stands for a lost lead byte.

    Returns the repaired text (its first character guessed) and how many characters of *after* it
    replaces, or ``None`` when no reading gives common characters. The desync ends at the first
    single-byte character (an ASCII trail byte), where the decoder got back in step.
    """
    best: tuple[float, str, int] | None = None

    def walk(i: int, data: bytes) -> None:
        nonlocal best
        if i >= len(after) or i >= MAX_RUN:
            return
        for option in _options(after[i]):
            joined = data + option
            if len(option) == 1:
                if len(joined) % 2 == 1:  # an ASCII trail byte read alone: back in step
                    consider(_repair(joined), "", i + 1)
                continue  # an ASCII byte where a lead byte belongs: not this reading
            if option[1] < 0x80 and len(joined) % 2 == 0:
                # an ASCII character swallowed as the trail of a pair: back in step after it
                consider(_repair(joined[:-1]), chr(option[1]), i + 1)
            walk(i + 1, joined)

    def consider(repaired: str | None, ascii_tail: str, used: int) -> None:
        nonlocal best
        if repaired is None:
            return
        score = _plausible(repaired[1:])
        if score is not None and (best is None or score > best[0]):
            best = (score, repaired + ascii_tail, used)

    walk(0, b"")
    return None if best is None else (best[1], best[2])


def _plausible(chars: str) -> float | None:
    """Mean score of *chars* when every one is a listed character or CJK punctuation, else ``None``."""
    if not chars:
        return None
    scores = [char_score(c) for c in chars]
    if min(scores) < 0.5:
        return None
    mean = sum(scores) / len(scores)
    return mean if mean >= 0.7 else None


# --------------------------------------------------------------------------- real questions

#: an A-not-A question: 是不是, 去不去, 满不满意, 认可不认可, 有没有, 做没做
A_NOT_A = LazyRegex(r"(\p{Han}{1,2})[不没沒]\1")
#: sentence-final particles that make a question of what comes before (吗 and 呢 are question words
#: already); 了 only when it is not part of 为了 or 除了
FINAL_PARTICLES = ("吧", "啊", "呀", "啦", "嘛", "么", "麼", "哦", "没有", "沒有", "了没", "了沒", "了")
_NOT_FINAL = ("为了", "為了", "除了", "罢了", "罷了")


def is_question(sentence: str) -> bool:
    """Whether *sentence* (the text of one sentence up to a ``?``) asks a question by its form, without a
    question word: an A-not-A form in its last clause (``认可不认可``, ``是不是``), or a final particle
    right before the ``?`` (``完成了``, ``做好了没有``, ``好吧``).

    >>> [is_question(s) for s in ("大家认可不认可", "他们真的完成了", "建设美丽", "除了", "是不是，美丽")]
    [True, True, False, False, False]
    """
    clause = sentence[max(sentence.rfind(c) for c in "，,、：:") + 1:]
    if A_NOT_A.search(clause):
        return True
    for particle in FINAL_PARTICLES:
        if sentence.endswith(particle):
            return not any(sentence.endswith(word) for word in _NOT_FINAL)
    return False


@dataclass(frozen=True)
class QuestionMark:
    """A ``?`` (or run) that stands for lost text: ``[start, end)``, its form and the repair if any."""

    start: int
    end: int
    form: str  # "lost-char" or "gbk-desync"
    fix: str | None = None
