"""The ``auditor`` command line.

Commands: ``check`` (audit documents), ``rules`` (list rules; ``rules test`` runs their examples),
``explain`` (a rule's documentation). Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at
or above it; 2 usage, configuration or rule-file errors (and paths that do not exist).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from auditor import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130  # (128 + SIGINT, as a shell reports a command stopped by Ctrl-C)
FAIL_ON = ("error", "warning", "info", "never")
COMMANDS = ("check", "baseline", "fix", "merge", "summary", "init", "rules", "explain", "split")
FORMATS = ("rich", "json", "concise", "sarif", "github", "gitlab", "junit", "jsonl", "csv", "parquet", "html",
           "attributes")


_WIDTH: list[int] = []


def _terminal_width() -> int:
    """The terminal's width, as :func:`shutil.get_terminal_size` finds it (``COLUMNS``, then the terminal,
    else 80), asked once: argparse makes a help formatter for every option it adds, and the standard one
    imports :mod:`shutil` (with its compression modules) and asks the terminal each time."""
    if not _WIDTH:
        try:
            columns = int(os.environ.get("COLUMNS", "0"))
        except ValueError:
            columns = 0
        if columns <= 0:
            try:
                columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
            except (AttributeError, ValueError, OSError):
                columns = 0
        _WIDTH.append(columns or 80)
    return _WIDTH[0]


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _terminal_width() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


class _TranslationsOnce:
    """While the parser is built and reads the command line, look up argparse's message catalogue once
    instead of at every message (``gettext.dgettext`` searches the locale folders, a few stat calls, each
    time; the parser asks for some thirty messages). The messages are the same: the catalogue found, or
    the English text when there is none."""

    def __enter__(self):
        import gettext

        self.module, self.real = gettext, gettext.dgettext
        found: dict = {}
        localedirs = getattr(gettext, "_localedirs", {})

        def dgettext(domain: str, message: str) -> str:
            catalogue = found.get(domain)
            if catalogue is None:
                catalogue = found[domain] = gettext.translation(domain, localedirs.get(domain), fallback=True)
            return catalogue.gettext(message)

        gettext.dgettext = dgettext
        return self

    def __exit__(self, *exc) -> None:
        self.module.dgettext = self.real


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with *only*, just that command gets its options (faster start-up)."""
    parser = _Parser(
        prog="auditor",
        description="Audit document collections for placeholders, broken numbers and damaged text.",
        epilog="Run 'auditor COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"doc-auditor {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = commands.add_parser("check", help="audit files, directories or standard input",
                                description="Audit documents and report findings.")
    if only in (None, "check"):
        _add_run_options(check, shard_dir=True)
        check.add_argument("--format", "--output-format", dest="format", default=None, choices=FORMATS,
                           help="report format (default: rich, or output-format of the configuration)")
        check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
        check.add_argument("--fail-on", choices=FAIL_ON, default=None,
                           help="lowest severity that makes the exit code 1 (default: error)")
        check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
        check.add_argument("--baseline", metavar="FILE",
                           help="report only findings that are not in this baseline file (see 'auditor baseline')")
        check.add_argument("--update-baseline", action="store_true",
                           help="rewrite the --baseline file with today's findings (kept for documents not checked)")
        check.add_argument("--no-collapse", action="store_true",
                           help="show every finding (the rich report folds long runs of one rule)")
        check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
        check.add_argument("-q", "--quiet", action="store_true", help="print findings only, no summary")
        check.add_argument("-s", "--silent", action="store_true", help="print nothing; only the exit code speaks")
        check.add_argument("--statistics", action="store_true",
                           help="instead of the report, print the number of findings per rule (ignores --format)")
        check.add_argument("--show-settings", action="store_true", help="print the resolved configuration and exit")
        check.add_argument("--show-verified", action="store_true",
                           help="also list the totals and rates that were checked and found consistent")
        check.add_argument("--max-share", action="append", metavar="NAME=SHARE",
                           help="collection tolerance, e.g. placeholder=0.5%% or reject=1%% (share of documents); "
                           "with tolerances, exit 1 only when one is exceeded (docs/curation.md)")

    baseline = commands.add_parser("baseline", help="record today's findings so that CI fails only on new ones",
                                   description="Write a baseline of the current findings.")
    if only in (None, "baseline"):
        _add_run_options(baseline)
        baseline.add_argument("-o", "--output", default="auditor-baseline.json", metavar="FILE",
                              help="the baseline file to write (default: auditor-baseline.json)")

    fix = commands.add_parser("fix", help="repair damaged text (mojibake, pinyin artefacts, entities) safely",
                              description="Apply certain repairs. Prints a unified diff; --write changes files.")
    if only in (None, "fix"):
        fix.add_argument("paths", nargs="+", metavar="PATH")
        fix.add_argument("--write", action="store_true",
                         help="write the repairs (atomically) instead of printing a diff")
        fix.add_argument("--backup", metavar="SUFFIX",
                         help="with --write, keep the original as FILE+SUFFIX (e.g. .orig)")
        fix.add_argument("--unsafe-fixes", action="store_true", help="also apply repairs that are likely, not certain")
        fix.add_argument("--select", action="append", metavar="RULES", help="only the repairs of these rules")
        fix.add_argument("--ignore", action="append", metavar="RULES", help="not the repairs of these rules")
        fix.add_argument("--encoding", metavar="CODEC", help="read every file with this encoding")
        fix.add_argument("--include", action="append", metavar="GLOB")
        fix.add_argument("--exclude", action="append", metavar="GLOB")
        fix.add_argument("--config", metavar="FILE")
        fix.add_argument("--isolated", action="store_true")

    merge = commands.add_parser("merge", help="combine JSON reports of shards (--shard I/N) into one",
                                description="Merge JSON reports; documents keep their order within each report.")
    if only in (None, "merge"):
        merge.add_argument("reports", nargs="+", metavar="REPORT.json")
        merge.add_argument("-o", "--output", metavar="FILE", help="write the merged report here (default: stdout)")

    summary = commands.add_parser("summary", help="tables of a JSON report: per category, rule and document",
                                  description="Summarise a JSON report (auditor check --format json).")
    if only in (None, "summary"):
        summary.add_argument("report", metavar="REPORT.json")
        summary.add_argument("--top", type=int, default=10, metavar="N", help="how many worst documents to list")

    split = commands.add_parser("split", help="sort a collection's records into keep/review/reject outputs",
                                description="Write each record to the output of its verdict (docs/curation.md).")
    if only in (None, "split"):
        from auditor.split import add_split_options

        add_split_options(split, _jobs)

    init = commands.add_parser("init", help="write a commented starter .auditor.toml")
    if only in (None, "init"):
        init.add_argument("path", nargs="?", default=".auditor.toml", metavar="FILE")
        init.add_argument("--force", action="store_true", help="overwrite an existing file")

    rules = commands.add_parser("rules", help="list the rules (or 'rules test' their examples)",
                                description="List rules, or run the examples of rule files.")
    if only in (None, "rules"):
        rules.add_argument("--format", choices=("text", "json"), default="text")
        rules.add_argument("--rule-path", action="append", default=[], metavar="PATH")
        rules_sub = rules.add_subparsers(dest="rules_command", metavar="SUBCOMMAND")
        rtest = rules_sub.add_parser("test", help="run the good/bad examples of rule files",
                                     description="Run the examples of the given rule files (default: built-in).")
        rtest.add_argument("files", nargs="*", metavar="FILE")

    explain = commands.add_parser("explain", help="show a rule's documentation and examples")
    if only in (None, "explain"):
        explain.add_argument("rule_id", metavar="RULE")
        explain.add_argument("--rule-path", action="append", default=[], metavar="PATH")

    return parser


def _jobs(value: str) -> int | None:
    """``--jobs N`` (N >= 1) or ``--jobs auto``."""
    if value == "auto":
        return None
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number or 'auto', got {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("needs at least 1")
    return jobs


def _add_run_options(parser: argparse.ArgumentParser, shard_dir: bool = False) -> None:
    """Options shared by ``check`` and ``baseline``: what to read and which rules to run."""
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, directories (recursive) or - for stdin")
    parser.add_argument("--config", metavar="FILE", help="use this pyproject.toml or .auditor.toml")
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    parser.add_argument("--select", action="append", metavar="RULES",
                        help="only these rules: ids, id prefixes, names or categories, comma-separated")
    parser.add_argument("--extend-select", action="append", metavar="RULES", help="add rules to the selection")
    parser.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules (same forms)")
    parser.add_argument("--rule-path", action="append", default=[], metavar="PATH",
                        help="extra rule file, or folder of *.yaml rule files (repeatable)")
    parser.add_argument("--include", action="append", metavar="GLOB",
                        help="file names to read inside directories (default: *.txt, *.md)")
    parser.add_argument("--exclude", action="append", metavar="GLOB",
                        help="files or folders to skip, also when named explicitly (replaces the config's)")
    parser.add_argument("--extend-exclude", action="append", metavar="GLOB", help="add to the excludes")
    parser.add_argument("--encoding", metavar="CODEC", help="read every file with this encoding")
    parser.add_argument("--stdin-filename", default="-", metavar="NAME", help="the name shown for stdin")
    corpus = parser.add_argument_group("corpus files (JSON Lines, CSV/TSV, Parquet)")
    corpus.add_argument("--text-field", default="text", metavar="NAME", help="JSON Lines: the field with the text")
    corpus.add_argument("--id-field", default="id", metavar="NAME",
                        help="JSON Lines: the field naming a record (default: id, else the line number)")
    corpus.add_argument("--text-column", default="text", metavar="NAME", help="CSV/TSV/Parquet: the text column")
    corpus.add_argument("--id-column", default=None, metavar="NAME",
                        help="CSV/TSV/Parquet: the column naming a record (default: the row number)")
    scale = parser.add_argument_group("collections at scale")
    scale.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                       help="processes, this one included (default: all cores for large inputs, 1 for a few files)")
    scale.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="run on this machine, or on a Dask cluster (pip install 'doc-auditor[dask]')")
    scale.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://host:8786")
    scale.add_argument("--workers", type=int, metavar="N", help="Dask: start a LocalCluster with N worker processes")
    scale.add_argument("--shard", metavar="I/N", help="check only shard I of N (0-based; deterministic), "
                       "for array jobs; combine the reports with 'auditor merge'")
    scale.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                       help="progress bar on stderr (auto: only on a terminal, never in CI or with --quiet)")
    if shard_dir:  # resumable sharded runs (auditor/shards.py, docs/collections.md)
        scale.add_argument("--shard-dir", metavar="DIR", help="resumable run: one JSON report per shard and a "
                           "completion marker in DIR, then the merged JSON report (workers read their own files)")
        scale.add_argument("--shards", type=int, metavar="N",
                           help="with --shard-dir: split the run into N shards (default: from the input size "
                           "and the workers; recorded in DIR)")
        scale.add_argument("--resume", action="store_true",
                           help="with --shard-dir: skip the shards already complete in DIR, check the rest")


def _err(message: str) -> None:
    sys.stderr.write(f"auditor: {message}\n")


def _utf8_stdout() -> None:
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # (also while the command line is read and the command's modules load)
        _err("interrupted")
        return EXIT_INTERRUPTED


def entry_point(argv: Sequence[str] | None = None) -> int:
    """The program (``auditor``, ``python -m auditor``): :func:`main`, and an interrupted run that ends
    within :data:`~auditor.interrupts.EXIT_GRACE_SECONDS` even when a process pool's thread would keep the
    interpreter's exit waiting (:func:`~auditor.interrupts.exit_within`). Code that calls :func:`main`
    itself keeps its process."""
    status = main(argv)
    if status == EXIT_INTERRUPTED:
        from auditor.interrupts import EXIT_GRACE_SECONDS, exit_within

        exit_within(EXIT_GRACE_SECONDS, status, "auditor: the run's workers did not stop in time; ended")
    return status


def _main(argv: Sequence[str] | None) -> int:
    _utf8_stdout()
    given = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in given if not a.startswith("-")), None)
    with _TranslationsOnce():
        parser = _parser(command if command in COMMANDS else None)
        args = parser.parse_args(given)
    from auditor.errors import BUG_HINT, TRACEBACK_HINT, AuditorError, RuleFailed
    from auditor.gcpolicy import BatchCollection

    try:
        with BatchCollection():  # far fewer collections of garbage that reference counting frees anyway
            return _dispatch(parser, args)
    except AuditorError as exc:
        _err(f"error: {exc}")
        return EXIT_ERROR
    except RuleFailed as exc:
        _rule_failed(exc, f"{BUG_HINT} ({TRACEBACK_HINT})")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


def _rule_failed(exc: BaseException, hint: str) -> None:
    """The message of a rule that raised on a document (and, with ``AUDITOR_TRACEBACK=1``, the traceback)."""
    import os

    progress = sys.modules.get("auditor.progress")
    if progress is not None:
        progress.hide_active()
    if os.environ.get("AUDITOR_TRACEBACK"):
        import traceback

        traceback.print_exception(exc.__cause__ or exc, file=sys.stderr)
    _err(f"error: {exc}; {hint}")


#: commands whose code is a module of its own (imported only when it runs): module, function
_COMMAND_MODULES = {"split": ("auditor.split", "run_split"), "fix": ("auditor.fix", "run_fix"),
                    "merge": ("auditor.merge", "run_merge"), "summary": ("auditor.summary", "run_summary")}


def _dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Run the command *args* names."""
    if args.command == "check":
        return _check(args)
    if args.command == "baseline":
        return _baseline(args)
    if args.command == "init":
        return _init(args)
    if args.command in _COMMAND_MODULES:
        from importlib import import_module

        module, function = _COMMAND_MODULES[args.command]
        return getattr(import_module(module), function)(args)
    if args.command == "rules":
        return _rules_test(args) if args.rules_command == "test" else _rules_list(args)
    if args.command == "explain":
        return _explain(args)
    parser.print_help(sys.stderr)
    return EXIT_ERROR


def _check(args: argparse.Namespace) -> int:
    from auditor.finding import SEVERITY_RANK
    from auditor.reporters import get_reporter
    from auditor.reporters.common import Summary
    from auditor.run import plan_run

    if args.update_baseline and not args.baseline:
        _err("error: --update-baseline needs --baseline FILE")
        return EXIT_ERROR
    if args.shard_dir or args.resume or args.shards is not None:
        from auditor.shards import check_options

        check_options(args)
    plan = plan_run(args)
    if args.show_settings:
        import json

        shown = plan.settings.as_dict()
        shown.update({"rules": [c.rule.id for c in plan.checkers], "fail-on": plan.fail_on,
                      "output-format": plan.output_format, "include": plan.include, "exclude": plan.exclude})
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not args.paths:
        _err("error: no PATH given; try 'auditor check .' or 'auditor check -' for standard input")
        return EXIT_ERROR
    if args.shard_dir:
        from auditor.shards import run_sharded

        return run_sharded(plan, args)
    from auditor.curation import Curation

    curation = Curation.from_plan(plan, args)  # verdicts and tolerances (docs/curation.md)
    baseline_filter = old_baseline = None
    if args.baseline:
        from auditor.baseline import Baseline, BaselineFilter

        if args.update_baseline and not os.path.exists(args.baseline):
            old_baseline = Baseline()
        else:
            old_baseline = Baseline.load(args.baseline)
        baseline_filter = BaselineFilter(old_baseline)
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        _err(f"error: cannot write the report to {args.output}: {exc.strerror or exc}")
        return EXIT_ERROR
    book = plan.book
    recorded = []
    try:
        reporter_cls = get_reporter(plan.output_format)
        color = "never" if args.output else args.color
        reporter = reporter_cls(out, quiet=args.quiet, color=color, collapse=not args.no_collapse,
                                rule_names={r.id: r.name for r in book}, rules=book,
                                show_verified=args.show_verified, verdicts=True)
        report = not args.silent and not args.statistics
        summary = Summary()
        if report:
            reporter.start()
        from auditor.progress import track

        for result in track(plan.results(args.paths), args, plan):
            if args.update_baseline:
                recorded.append(_baseline_of(result))
            if baseline_filter is not None:
                result = baseline_filter.filter(result)
            summary.add(result)
            curation.add(result)
            if report:
                reporter.document(result)
        summary.curation = curation.as_json()
        if report:
            reporter.finish(summary)
        if args.statistics and not args.silent:
            _print_statistics(out, summary, book)
    finally:
        if args.output:
            out.close()
    sources = plan.sources
    if not args.silent:
        for folder in sources.empty_dirs:
            include = ", ".join(plan.include)
            _err(f"warning: no documents in {folder} (looked for {include}, minus the excludes; "
                 "see --include and --exclude)")
        for entry in plan.suppressor.unused_entries():
            _err(f"note: {entry.source}:{entry.line}: this .auditorignore line matched no finding; remove it")
        if baseline_filter is not None:
            fixed = baseline_filter.fixed()
            _err(f"baseline: {baseline_filter.matched_count} known findings not reported; "
                 f"{len(fixed)} baseline entries are fixed"
                 + ("" if not fixed or args.update_baseline else " (run with --update-baseline to drop them)"))
    if args.update_baseline:
        _write_baseline(args.baseline, recorded, old_baseline)
    for missing in sources.missing:
        _err(f"error: {missing}: no such file or directory")
    if sources.missing:
        return EXIT_ERROR
    if curation.tolerances:
        if not args.silent:
            _err(curation.gate_line())
        if not (args.exit_zero or args.update_baseline):
            return EXIT_FINDINGS if curation.exceeded else EXIT_OK
    if args.exit_zero or plan.fail_on == "never" or args.update_baseline:
        return EXIT_OK
    threshold = SEVERITY_RANK[plan.fail_on]
    failing = any(SEVERITY_RANK[s] >= threshold for s, n in summary.by_severity.items() if n)
    return EXIT_FINDINGS if failing else EXIT_OK


def _baseline_of(result):
    """The baseline entries of one result (computed now, so the document's text can be dropped)."""
    from auditor.baseline import Baseline

    return Baseline.from_results([result]), result.document.path


def _write_baseline(path: str, recorded: list, old) -> None:
    """Save the findings of this run, keeping the old entries of documents that were not checked."""
    from auditor.baseline import Baseline, normalise_path

    new = Baseline()
    for partial, _ in recorded:
        new.entries.update(partial.entries)
    checked = {normalise_path(p) for _, p in recorded}
    if old is not None:
        for doc_path, entries in old.entries.items():
            if doc_path not in checked:
                new.entries[doc_path] = entries
    new.save(path)
    _err(f"baseline: wrote {len(new)} entries to {path}")


def _baseline(args: argparse.Namespace) -> int:
    from auditor.run import plan_run

    if not args.paths:
        _err("error: no PATH given; try 'auditor baseline corpus/'")
        return EXIT_ERROR
    plan = plan_run(args)
    recorded = [_baseline_of(result) for result in plan.results(args.paths)]
    for missing in plan.sources.missing:
        _err(f"error: {missing}: no such file or directory")
    if plan.sources.missing:
        return EXIT_ERROR
    _write_baseline(args.output, recorded, None)
    return EXIT_OK


def _init(args: argparse.Namespace) -> int:
    from auditor.config import STARTER

    if os.path.exists(args.path) and not args.force:
        _err(f"error: {args.path} exists; use --force to overwrite it")
        return EXIT_ERROR
    with open(args.path, "w", encoding="utf-8") as handle:
        handle.write(STARTER)
    print(f"wrote {args.path}; 'auditor check --show-settings' shows what it resolves to")
    return EXIT_OK


def _print_statistics(out, summary, book) -> None:
    """``--statistics``: ``count  rule_id  name`` per rule, most frequent first (like ``ruff --statistics``)."""
    rows = sorted(summary.by_rule.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(str(n)) for _, n in rows), default=1)
    id_width = max((len(rule_id) for rule_id, _ in rows), default=1)
    for rule_id, n in rows:
        rule = book.get(rule_id)
        out.write(f"{n:>{width}}  {rule_id:<{id_width}}  {rule.name if rule else ''}".rstrip() + "\n")


def _rules_list(args: argparse.Namespace) -> int:
    from auditor.rulebook import load_rulebook

    book = load_rulebook(args.rule_path)
    if args.format == "json":
        import json

        rows = [{"id": r.id, "name": r.name, "kind": r.kind, "category": r.category, "severity": r.severity,
                 "source": r.source} for r in book]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{'ID':<7} {'NAME':<22} {'CATEGORY':<12} {'SEVERITY':<9} KIND")
    for r in book:
        print(f"{r.id:<7} {r.name:<22} {r.category:<12} {r.severity:<9} {r.kind}")
    print(f"\n{len(book)} rules. 'auditor explain ID' shows why a rule exists and its examples.")
    return EXIT_OK


def _rules_test(args: argparse.Namespace) -> int:
    from auditor.rulebook import load_rulebook
    from auditor.ruletest import run_examples

    book = load_rulebook(args.files + args.rule_path, builtin=not args.files)
    total = failed = 0
    for rule in book:
        count, failures = run_examples(rule)
        total += count
        failed += len(failures)
        status = "ok" if not failures else f"{len(failures)} FAILED"
        print(f"{rule.id} {rule.name}: {count} examples {status}")
        for failure in failures:
            if failure.expectation == "bad":
                print(f"    bad example not reported: {failure.example}")
            else:
                print(f"    good example reported: {failure.example} -> {failure.found}")
    print(f"\n{total} examples, {failed} failed, in {len(book)} rules.")
    return EXIT_FINDINGS if failed else EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from auditor.rulebook import load_rulebook
    from auditor.ruletest import describe

    book = load_rulebook(args.rule_path)
    rule = book.get(args.rule_id) or next((r for r in book if r.name == args.rule_id), None)
    if rule is None:
        from auditor.errors import did_you_mean

        hint = did_you_mean(args.rule_id.upper(), [r.id for r in book])
        _err(f"error: no rule '{args.rule_id}'{hint}; 'auditor rules' lists them")
        return EXIT_ERROR
    docs = rule.docs
    lines = [f"{rule.id} {rule.name}", "",
             f"  category: {rule.category}   severity: {rule.severity}   kind: {rule.kind}",
             f"  defined in: {rule.source}", "", "Why", f"  {docs['why'].strip()}", "",
             "Example", f"  {docs['example'].strip()}", ""]
    if docs.get("fix"):
        lines += ["How to fix", f"  {docs['fix'].strip()}", ""]
    lines.append("Reported (bad examples)")
    lines += [f"  - {describe(e)}" for e in rule.examples["bad"]]
    lines += ["", "Not reported (good examples)"]
    lines += [f"  - {describe(e)}" for e in rule.examples["good"]]
    print("\n".join(lines))
    return EXIT_OK
