"""Everything a ``check`` or ``baseline`` run needs, resolved once from configuration and options.

Precedence: command-line options, then the configuration file, then the defaults. ``select``
from the command line replaces the file's; ``ignore``, ``extend-select`` and excludes add up.
"""

from __future__ import annotations

import argparse
import os
import stat
from collections.abc import Iterator

from auditor.config import check_selectors, load_settings
from auditor.engine import DocumentResult, audit_documents, build_checkers
from auditor.errors import AuditorError
from auditor.kinds.base import Checker
from auditor.paths import relative_to_root  # noqa: F401 - its former home
from auditor.record import Record
from auditor.rulebook import load_rulebook
from auditor.selection import SelectionError, split_selectors
from auditor.sources import SourceReport, iter_documents
from auditor.suppression import IgnoreEntry, Suppressor, load_ignore_file

IGNORE_FILE = ".auditorignore"


#: below these, an automatic choice of processes is always one (:func:`auditor.parallel.choose_jobs`: at most
#: ``AUTO_DOCUMENTS`` documents and ``AUTO_CHARS`` characters; a test holds the two to its constants)
FEW_FILES, SMALL_BYTES = 50, 4_000_000


def few_small_files(paths: list[str]) -> bool:
    """Whether *paths* are a few plain files (no folder, no standard input, no corpus of records) small enough
    that ``--jobs`` left to its default checks them in this process: a pre-commit hook's run then does not load
    the pool's module (its checks would come to the same choice).

    >>> few_small_files([__file__]), few_small_files(["."])
    (True, False)
    """
    if len(paths) > FEW_FILES:
        return False
    from auditor.sources import corpus_format

    total = 0
    for path in paths:
        if path == "-" or corpus_format(path) is not None:
            return False
        try:
            info = os.stat(path)
        except OSError:
            return False
        if not stat.S_ISREG(info.st_mode):
            return False
        total += info.st_size
    return total < SMALL_BYTES


class RunPlan(Record):
    """A resolved run: ``settings``, ``book``, ``checkers``, ``suppressor``, ``include``, ``exclude``,
    ``fail_on``, ``output_format``, ``encoding``, ``stdin_name``, ``sources`` (what the walk noticed),
    ``args`` (the options of the command line, for engines that rebuild the checkers in other
    processes), ``jobs``, ``engine``, ``shard``."""

    _fields = ("settings", "book", "checkers", "suppressor", "include", "exclude", "fail_on", "output_format",
               "encoding", "stdin_name", "sources", "args", "jobs", "engine", "shard")
    _defaults = (("stdin_name", "-"), ("args", None), ("jobs", None), ("engine", "local"), ("shard", None))
    _factories = (("sources", SourceReport),)

    def documents(self, paths: list[str]):
        """The documents of *paths* (files, directories, stdin, corpus files), this shard's only."""
        return iter_documents(paths, include=self.include, exclude=self.exclude, report=self.sources,
                              stdin_name=self.stdin_name, root=self.settings.root, encoding=self.encoding,
                              inputs=input_options(self.args), shard=self.shard)

    def rebuild_recipe(self) -> tuple:
        """``(function, argument)``, both picklable, that rebuild ``(checkers, suppressor)`` in another
        process (for engines whose checkers cannot be pickled): the planner hands it to the engines,
        which never import the planner."""
        return checkers_from_args, self.args

    def results(self, paths: list[str]) -> Iterator[DocumentResult]:
        """Results in input order, from the engine the options chose."""
        if self.engine == "dask":
            from auditor.dask import dask_results

            return dask_results(self, paths)
        if (self.jobs is None and not few_small_files(paths)) or (self.jobs is not None and self.jobs > 1):
            from auditor.parallel import parallel_results

            return parallel_results(self, paths, self.jobs)
        return audit_documents(self.documents(paths), self.checkers, self.suppressor)


def plan_run(args: argparse.Namespace) -> RunPlan:
    """Resolve settings and build the rules, checkers and suppressions of a run.

    Raises ConfigError, RuleFileError, SelectionError or IgnoreFileError for the CLI to report.
    """
    settings = load_settings(getattr(args, "config", None), getattr(args, "isolated", False))
    book = load_rulebook([*settings.rule_paths, *getattr(args, "rule_path", [])])
    check_selectors(settings, book)
    for rule_id, level in settings.severity.items():
        rule = book.get(rule_id)
        book.rules[rule.id] = rule.with_severity(level)
    cli_encoding = getattr(args, "encoding", None)
    if cli_encoding:
        import codecs

        try:
            codecs.lookup(cli_encoding)
        except LookupError:
            raise SelectionError(f"--encoding {cli_encoding!r} is not an encoding Python knows "
                                 "(try utf-8, gb18030, big5, shift_jis)") from None
    select = split_selectors(args.select) or list(settings.select)
    if select or settings.extend_select or getattr(args, "extend_select", None):
        select = (select or ["ALL"]) + settings.extend_select + split_selectors(getattr(args, "extend_select", None))
    ignore = [*settings.ignore, *split_selectors(args.ignore)]
    checkers = build_checkers(list(book), select, ignore)
    if not getattr(args, "show_verified", False):
        for checker in checkers:  # no statement checked and found consistent is reported: none is written
            checker.keep_verified = False
    entries: list[IgnoreEntry] = []
    root = settings.root
    for glob, rules in settings.per_file_ignores.items():
        entries.append(IgnoreEntry(glob, rules, None, settings.source or "", 0, report_unused=False, root=root))
    ignore_file = os.path.join(root, IGNORE_FILE) if root else IGNORE_FILE
    if os.path.isfile(ignore_file):
        entries.extend(load_ignore_file(ignore_file, root=root))
    suppressor = Suppressor({c.rule.id: c.rule for c in checkers}, entries)
    include = args.include or settings.include
    exclude = list(args.exclude) if args.exclude else list(settings.exclude)
    exclude += settings.extend_exclude + list(getattr(args, "extend_exclude", None) or [])
    return RunPlan(
        settings=settings, book=book, checkers=checkers, suppressor=suppressor, include=include, exclude=exclude,
        fail_on=getattr(args, "fail_on", None) or settings.fail_on,
        output_format=getattr(args, "format", None) or settings.output_format,
        encoding=getattr(args, "encoding", None) or settings.encoding,
        stdin_name=getattr(args, "stdin_filename", "-"),
        args=args, jobs=getattr(args, "jobs", None), engine=getattr(args, "engine", "local") or "local",
        shard=parse_shard(getattr(args, "shard", None)),
    )


def checkers_from_args(args: argparse.Namespace) -> tuple[list[Checker], Suppressor]:
    """The checkers and suppressor of the run that the command-line options *args* describe."""
    plan = plan_run(args)
    return plan.checkers, plan.suppressor


def parse_shard(value: str | None) -> tuple[int, int] | None:
    """``"2/8"`` → ``(2, 8)``; raise :class:`ValueError` with a clear message for anything else."""
    if not value:
        return None
    try:
        index, count = (int(part) for part in value.split("/"))
    except ValueError:
        raise ShardError(f"--shard takes I/N with whole numbers, e.g. 0/4 (got {value!r})") from None
    if count < 1 or not 0 <= index < count:
        raise ShardError(f"--shard {value}: I must be between 0 and N-1")
    return index, count


class ShardError(AuditorError, ValueError):
    """A malformed ``--shard`` value."""


def input_options(args: argparse.Namespace | None):
    """The corpus-file options (``--text-field`` …) of *args*, as :class:`auditor.sources.InputOptions`."""
    from auditor.sources import InputOptions

    if args is None:
        return InputOptions()
    return InputOptions(text_field=getattr(args, "text_field", "text"), id_field=getattr(args, "id_field", "id"),
                        text_column=getattr(args, "text_column", "text"), id_column=getattr(args, "id_column", None))
