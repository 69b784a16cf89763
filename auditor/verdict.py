"""Per-document verdicts: ``keep``, ``review`` or ``reject``, with the reasons.

A policy (``[tool.auditor.verdict]``, see ``docs/curation.md``) has four tables of *selectors*:

* ``reject`` / ``review``: ``SELECTOR = N`` — the label applies when the document has at least ``N``
  findings that the selector matches;
* ``reject-share`` / ``review-share``: ``SELECTOR = "0.5%"`` (or the fraction ``0.005``) — the label
  applies when the findings the selector matches cover at least that share of the document's
  characters (the union of their spans, divided by the length of the text).

A selector is a category (``placeholder``), a rule id (``PH001``) or ``*`` (every finding), optionally
followed by ``:SEVERITY`` — the lowest severity counted (``placeholder:error``, ``*:error``,
``mojibake:warning``). Without ``:SEVERITY`` the policy's ``min-severity`` applies (default
``warning``: info findings change no verdict unless a selector names them, as in ``PH004:info``).

``reject`` wins over ``review``, ``review`` over ``keep``. The reasons are the rules whose findings
made the label (with their counts), and the policy entries that fired.

The default policy::

    reject = {"placeholder:error" = 1, "encoding:error" = 1}
    review = {"*:error" = 1, "mojibake:warning" = 1}

A table given in the configuration replaces that table of the default; the others stay.

>>> from auditor.finding import Finding
>>> from auditor.document import Document
>>> from auditor.engine import DocumentResult
>>> f = Finding("PH001", "placeholder", "error", "unfilled", 2, 4)
>>> v = DEFAULT_POLICY.decide(DocumentResult(Document("a.txt", "走访xx户"), [f, f]))
>>> v.label, v.as_json()["reasons"]
('reject', [{'rule_id': 'PH001', 'count': 2}])
"""

from __future__ import annotations

from collections import Counter
from collections import namedtuple as NamedTuple

from auditor.finding import KIND
from auditor.lazyregex import LazyRegex
from auditor.record import Record

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up)
if TYPE_CHECKING:
    from typing import Any

LABELS = ("keep", "review", "reject")
_RULE_ID = LazyRegex(r"^[A-Za-z]{1,4}[0-9]{3}$")
SEVERITIES = ("info", "warning", "error")
_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
COUNT_KEYS = {"reject": "reject", "review": "review"}
SHARE_KEYS = {"reject-share": "reject", "review-share": "review"}
POLICY_KEYS = ("reject", "review", "reject-share", "review-share", "min-severity")


class PolicyError(ValueError):
    """A bad policy value; *sub_key* names the offending entry (for the file:line of the error)."""

    def __init__(self, message: str, sub_key: str | None = None):
        super().__init__(message)
        self.sub_key = sub_key


class Selector(NamedTuple("Selector", "what severity", defaults=(None,))):
    """``what[:severity]``: *what* is a category, a rule id or ``*``; *severity* the lowest counted.
    A named tuple (hashable: a key of the policy's tables; cheap to define at start-up)."""

    __slots__ = ()

    @classmethod
    def parse(cls, text: str) -> Selector:
        what, _, severity = str(text).partition(":")
        what = what.strip()
        severity = severity.strip().lower() or None
        if not what:
            raise PolicyError(f"{text!r} is not a selector: write a category, a rule id or *, "
                              "optionally with :error, :warning or :info", str(text))
        if severity is not None and severity not in _RANK:
            from auditor.errors import did_you_mean

            raise PolicyError(f"{text!r}: the severity after ':' must be error, warning or info"
                              f"{did_you_mean(severity, SEVERITIES)}", str(text))
        if _RULE_ID.match(what):
            what = what.upper()  # a rule id, as written in any case
        return cls(what, severity)

    def matches(self, rule_id: str, category: str, severity: str, min_severity: str) -> bool:
        if _RANK[severity] < _RANK[self.severity or min_severity]:
            return False
        return self.what == "*" or self.what == category or self.what == rule_id

    def __str__(self) -> str:
        return self.what + (f":{self.severity}" if self.severity else "")


def parse_share(value: Any, where: str) -> float:
    """``"0.5%"`` → 0.005; a number is a fraction (``0.005``); 0 ≤ share ≤ 1."""
    if isinstance(value, bool):
        value = None
    share: float | None = None
    if isinstance(value, (int, float)):
        share = float(value)
    elif isinstance(value, str):
        text = value.strip()
        try:
            share = float(text[:-1]) / 100 if text.endswith("%") else float(text)
        except ValueError:
            share = None
    if share is None or not 0 <= share <= 1 or share != share:
        raise PolicyError(f"{where} is {value!r}; write a share such as \"0.5%\" or 0.005 (between 0 and 100%)")
    return share


def format_share(share: float) -> str:
    """0.005 → ``"0.5%"`` (up to 4 significant digits)."""
    return f"{share * 100:.4g}%"


class Verdict(NamedTuple("Verdict", "label reasons triggers", defaults=((), ()))):
    """A document's *label*; *reasons*: ``(rule_id, count)`` of the findings that made it, in rule-id
    order; *triggers*: the policy entries that fired, e.g. ``"reject: placeholder:error >= 1 (3)"``."""

    __slots__ = ()

    def as_json(self) -> dict:
        out: dict = {"label": self.label,
                     "reasons": [{"rule_id": rule_id, "count": count} for rule_id, count in self.reasons]}
        if self.triggers:
            out["policy"] = list(self.triggers)
        return out

    def reasons_text(self) -> str:
        """``PH001:3 EN001:1`` — for one-line annotations and table cells."""
        return " ".join(f"{rule_id}:{count}" for rule_id, count in self.reasons)


KEEP = Verdict("keep")


class VerdictPolicy(Record):
    """Which findings make a document ``reject`` or ``review`` (see the module's documentation):
    *reject*/*review* map a selector to a count, *reject_share*/*review_share* to a share of the
    document's characters; *min_severity* is the lowest severity a selector without one counts."""

    _fields = ("reject", "review", "reject_share", "review_share", "min_severity")
    _defaults = (("reject", {}), ("review", {}), ("reject_share", {}), ("review_share", {}),
                 ("min_severity", "warning"))

    def decide(self, result) -> Verdict:
        """The verdict of one :class:`~auditor.engine.DocumentResult`."""
        findings = result.findings
        if not findings:
            return KEEP
        length = len(result.document.text)
        # how many findings of each kind (rule, category, severity): one C-level pass over the findings
        kinds = Counter(map(KIND, findings))
        for label, counts, shares in (("reject", self.reject, self.reject_share),
                                      ("review", self.review, self.review_share)):
            because: set[tuple[str, str, str]] = set()  # the kinds of the findings that made the label
            triggers = []
            for selector, threshold in counts.items():
                hit = self._matching(selector, kinds)
                found = sum(kinds[key] for key in hit)
                if hit and found >= threshold:
                    because.update(hit)
                    triggers.append(f"{label}: {selector} >= {threshold} ({found})")
            for selector, limit in shares.items():
                hit = self._matching(selector, kinds)
                if not hit:
                    continue
                share = covered([f for f in findings if KIND(f) in hit]) / length if length else 1.0
                if share >= limit:
                    because.update(hit)
                    triggers.append(f"{label}: {selector} covers {format_share(share)} >= {format_share(limit)}")
            if triggers:
                reasons = Counter()
                for rule_id, category, severity in because:  # (each finding is of one kind)
                    reasons[rule_id] += kinds[rule_id, category, severity]
                return Verdict(label, tuple(sorted(reasons.items())), tuple(triggers))
        return KEEP

    def _matching(self, selector: Selector, kinds: Counter) -> set[tuple[str, str, str]]:
        """The kinds of finding (rule, category, severity) that *selector* counts."""
        minimum = self.min_severity
        return {key for key in kinds if selector.matches(*key, minimum)}

    def as_dict(self) -> dict:
        return {"reject": {str(s): n for s, n in self.reject.items()},
                "review": {str(s): n for s, n in self.review.items()},
                "reject-share": {str(s): format_share(v) for s, v in self.reject_share.items()},
                "review-share": {str(s): format_share(v) for s, v in self.review_share.items()},
                "min-severity": self.min_severity}


def covered(findings) -> int:
    """Characters covered by the union of the findings' spans (an empty span counts as one)."""
    total = 0
    end_so_far = -1
    for start, end in sorted((f.start, max(f.end, f.start + 1)) for f in findings):
        if end <= end_so_far:
            continue
        total += end - max(start, end_so_far)
        end_so_far = end
    return total


DEFAULT_POLICY = VerdictPolicy(
    reject={Selector("placeholder", "error"): 1, Selector("encoding", "error"): 1},
    review={Selector("*", "error"): 1, Selector("mojibake", "warning"): 1},
)


def decide(result, policy: VerdictPolicy | None = None) -> Verdict:
    """The verdict of one :class:`~auditor.engine.DocumentResult` under *policy* (default: the default policy)."""
    return (policy or DEFAULT_POLICY).decide(result)


def parse_policy(data: Any) -> VerdictPolicy:
    """A :class:`VerdictPolicy` from the ``[verdict]`` table; raise :class:`PolicyError` for bad values."""
    from auditor.errors import did_you_mean

    if not isinstance(data, dict):
        raise PolicyError("'verdict' must be a table, e.g. [tool.auditor.verdict] with reject = {placeholder = 1}")
    policy = VerdictPolicy(reject=dict(DEFAULT_POLICY.reject), review=dict(DEFAULT_POLICY.review))
    for key, value in data.items():
        if key not in POLICY_KEYS:
            raise PolicyError(f"unknown key 'verdict.{key}'{did_you_mean(key, POLICY_KEYS)}; "
                              f"known keys: {', '.join(POLICY_KEYS)}", key)
        if key == "min-severity":
            if value not in SEVERITIES:
                raise PolicyError(f"'verdict.min-severity' is {value!r}; it must be error, warning or info"
                                  f"{did_you_mean(str(value), SEVERITIES)}", key)
            policy.min_severity = value
            continue
        if not isinstance(value, dict):
            example = '{mojibake = "0.5%"}' if key.endswith("share") else "{placeholder = 1}"
            raise PolicyError(f"'verdict.{key}' must be a table of SELECTOR = value, e.g. {key} = {example}", key)
        table: dict = {}
        for name, amount in value.items():
            try:
                selector = Selector.parse(name)
            except PolicyError as exc:
                raise PolicyError(f"'verdict.{key}': {exc}", key) from None
            if key in COUNT_KEYS:
                if isinstance(amount, bool) or not isinstance(amount, int) or amount < 1:
                    raise PolicyError(f"'verdict.{key}.{name}' is {amount!r}; it must be a whole number of "
                                      "findings, at least 1", key)
                table[selector] = amount
            else:
                try:
                    table[selector] = parse_share(amount, f"'verdict.{key}.{name}'")
                except PolicyError as exc:
                    raise PolicyError(str(exc), key) from None
        setattr(policy, key.replace("-", "_"), table)
    return policy


def check_policy_names(policy: VerdictPolicy, rules) -> tuple[str, str] | None:
    """``(message, key)`` for the first selector naming no known category or rule (*key* is the policy's
    table holding it, e.g. ``review``), else None."""
    rules = list(rules)
    known = {r.id for r in rules} | {r.category for r in rules} | {"*"}
    for key, table in (("reject", policy.reject), ("review", policy.review), ("reject-share", policy.reject_share),
                       ("review-share", policy.review_share)):
        for selector in table:
            if selector.what not in known:
                from auditor.errors import did_you_mean

                return (f"'verdict.{key}' names {str(selector)!r}, which is no category or rule id"
                        f"{did_you_mean(selector.what, sorted(known))}", key)
    return None
