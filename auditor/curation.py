"""Curation during ``auditor check``: a verdict per document and collection tolerances.

* Every result gets a :class:`~auditor.verdict.Verdict` from the run's policy (``[verdict]`` of the
  configuration, else :data:`~auditor.verdict.DEFAULT_POLICY`); reporters find it in
  ``result.document.cache["verdict"]`` (see :func:`verdict_of`).
* Tolerances (``--max-share NAME=SHARE``, config ``max-share = {NAME = "SHARE"}``) bound the share of
  *documents* that have a verdict label (``reject``, ``review``, ``keep``) or at least one finding a
  selector matches (``placeholder``, ``PH001``, ``mojibake:error``, ``*:error`` — as in the verdict
  policy; without ``:SEVERITY`` the policy's ``min-severity`` applies). A tolerance is exceeded when the
  measured share is *greater* than its limit. With tolerances set, the exit code is 1 exactly when one
  is exceeded: they replace the per-finding gate of ``--fail-on`` (``--exit-zero`` still wins).

The summary of the JSON report gets ``verdicts`` (documents per label) and, with tolerances,
``tolerances``: ``[{"name": "placeholder", "documents": 3, "share": 0.0042, "limit": 0.005, "ok": true}]``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from auditor.errors import AuditorError
from auditor.record import Record
from auditor.verdict import (
    DEFAULT_POLICY,
    LABELS,
    PolicyError,
    Selector,
    Verdict,
    format_share,
    parse_policy,
    parse_share,
)


class ToleranceError(AuditorError):
    """A malformed ``--max-share`` value (exit 2)."""


def verdict_of(result) -> Verdict | None:
    """The verdict the run gave *result*'s document, or None outside a curated run."""
    return result.document.cache.get("verdict")


#: the columns the CSV and Parquet reports add for the document of each row
VERDICT_COLUMNS = ("verdict", "verdict_reasons")


def verdict_columns(result) -> dict:
    """``{"verdict": "reject", "verdict_reasons": "PH001:3 PH002:1"}`` (empty texts without a verdict)."""
    verdict = verdict_of(result)
    if verdict is None:
        return {"verdict": "", "verdict_reasons": ""}
    return {"verdict": verdict.label, "verdict_reasons": verdict.reasons_text()}


def parse_tolerances(items: Iterable[tuple[str, object]]) -> dict[str, float]:
    """``{name: limit}`` from ``(name, share)`` pairs; raise :class:`PolicyError` for a bad one."""
    out: dict[str, float] = {}
    for name, value in items:
        name = str(name).strip()
        if name.lower() in LABELS:
            name = name.lower()
        else:
            name = str(Selector.parse(name))
        out[name] = parse_share(value, f"the limit of {name!r}")
    return out


def parse_option(values: list[str] | None) -> dict[str, float]:
    """``--max-share placeholder=0.5% --max-share reject=1%`` (also comma-separated) → limits."""
    pairs = []
    for value in values or ():
        for part in value.split(","):
            if not part.strip():
                continue
            name, sep, share = part.partition("=")
            if not sep or not name.strip() or not share.strip():
                raise ToleranceError(f"--max-share takes NAME=SHARE, e.g. placeholder=0.5% or reject=1% "
                                     f"(got {part!r})")
            pairs.append((name, share))
    try:
        return parse_tolerances(pairs)
    except PolicyError as exc:
        raise ToleranceError(f"--max-share: {exc}") from None


def parse_config_value(path: str, key: str, value, fail: Callable):
    """Validate the ``verdict`` table or the ``max-share`` table of a configuration file."""
    try:
        if key == "verdict":
            return parse_policy(value)
        if not isinstance(value, dict):
            raise PolicyError("'max-share' must be a table of NAME = \"SHARE\", e.g. "
                              "max-share = {placeholder = \"0.5%\", reject = \"1%\"}")
        return parse_tolerances(value.items())
    except PolicyError as exc:
        raise fail(path, key, str(exc), sub_key=exc.sub_key) from None


def check_config_names(settings, rules, fail: Callable) -> None:
    """Every selector of the file's ``[verdict]`` and ``max-share`` must name a category or rule."""
    from auditor.verdict import check_policy_names

    path = settings.source or "configuration"
    if settings.verdict is not None:
        problem = check_policy_names(settings.verdict, rules)
        if problem:
            raise fail(path, "verdict", problem[0], sub_key=problem[1])
    problem = _unknown_tolerance(settings.max_share, rules)
    if problem:
        raise fail(path, "max-share", problem)


def _unknown_tolerance(limits: dict[str, float], rules) -> str | None:
    from auditor.errors import did_you_mean

    rules = list(rules)
    known = {r.id for r in rules} | {r.category for r in rules} | {"*"}
    for name in limits:
        if name in LABELS:
            continue
        what = Selector.parse(name).what
        if what not in known:
            return (f"max-share names {name!r}, which is no verdict label, category or rule id"
                    f"{did_you_mean(what, sorted(known | set(LABELS)))}")
    return None


class Tolerance(Record):
    """A collection tolerance: at most *limit* (a fraction) of the documents may match *name*;
    *documents* counts those that do."""

    _fields = ("name", "limit", "documents")
    _defaults = (("documents", 0),)

    def measured(self, total: int) -> float:
        return self.documents / total if total else 0.0

    def ok(self, total: int) -> bool:
        return self.measured(total) <= self.limit


class Curation(Record):
    """Decides each document's verdict and keeps the counts for the summary and the gate."""

    _fields = ("policy", "tolerances", "verdicts", "documents")
    _defaults = (("tolerances", []), ("documents", 0))
    _factories = (("policy", lambda: DEFAULT_POLICY), ("verdicts", Counter))

    @classmethod
    def from_plan(cls, plan, args=None, rules=None) -> Curation:
        """The policy of the configuration; tolerances of the file, overridden per name by ``--max-share``."""
        settings = plan.settings
        limits = dict(settings.max_share)
        cli = parse_option(getattr(args, "max_share", None))
        if cli:
            problem = _unknown_tolerance(cli, rules if rules is not None else plan.book)
            if problem:
                raise ToleranceError(f"--max-share: {problem}")
        limits.update(cli)
        policy = settings.verdict if settings.verdict is not None else DEFAULT_POLICY
        return cls(policy, [Tolerance(name, limit) for name, limit in limits.items()])

    def add(self, result) -> Verdict:
        verdict = self.policy.decide(result)
        result.document.cache["verdict"] = verdict
        self.documents += 1
        self.verdicts[verdict.label] += 1
        for tolerance in self.tolerances:
            if tolerance.name in LABELS:
                hit = verdict.label == tolerance.name
            else:
                selector = Selector.parse(tolerance.name)
                minimum = self.policy.min_severity
                hit = any(selector.matches(f.rule_id, f.category, f.severity, minimum) for f in result.findings)
            tolerance.documents += hit
        return verdict

    @property
    def exceeded(self) -> bool:
        return any(not t.ok(self.documents) for t in self.tolerances)

    def as_json(self) -> dict:
        out: dict = {"verdicts": {label: self.verdicts[label] for label in LABELS}}
        if self.tolerances:
            out["tolerances"] = [{"name": t.name, "documents": t.documents,
                                  "share": round(t.measured(self.documents), 6), "limit": t.limit,
                                  "ok": t.ok(self.documents)} for t in self.tolerances]
        return out

    def gate_line(self) -> str:
        """One line for stderr: ``tolerances: placeholder 0.42% <= 0.5% ok; reject 1.3% > 1% EXCEEDED``."""
        parts = []
        for t in self.tolerances:
            share = t.measured(self.documents)
            if t.ok(self.documents):
                parts.append(f"{t.name} {format_share(share)} <= {format_share(t.limit)} ok")
            else:
                parts.append(f"{t.name} {format_share(share)} > {format_share(t.limit)} EXCEEDED")
        verdict = "failed" if self.exceeded else "passed"
        counts = ", ".join(f"{self.verdicts[label]} {label}" for label in LABELS)
        return f"tolerances {verdict} over {self.documents} documents ({counts}): " + "; ".join(parts)
