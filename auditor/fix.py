"""``auditor fix``: apply the repairs that rules attach to their findings, safely.

Only findings that carry a ``fix`` are touched (mojibake, pinyin artefacts, HTML entities, user
``pattern`` rules with ``replace``); placeholders and numbers never have one. By default only
*certain* repairs are applied; ``--unsafe-fixes`` adds the likely ones. Without ``--write`` a unified
diff is printed and nothing changes. With ``--write`` each file is replaced atomically (a temporary
file in the same folder, then a rename; permissions kept), optionally after copying the original to
``FILE+SUFFIX`` (``--backup .orig``), so every change can be undone. Applying fixes is repeated until
nothing changes (at most a few passes), so fixing twice equals fixing once.

Exit codes: 0 nothing to fix (or all written), 1 fixes available but not written (diff mode),
2 usage errors or a file that could not be written.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence

from auditor.engine import audit_document
from auditor.finding import Finding
from auditor.kinds.base import Checker
from auditor.sources import document_from_text

MAX_PASSES = 5


def apply_fixes(text: str, findings: Sequence[Finding], unsafe: bool = False) -> tuple[str, int]:
    """Apply non-overlapping repairs of *findings* to *text*; return ``(new text, number applied)``.

    When two repairs overlap, the one that starts first (then the longer) wins; the other waits for
    the next pass.

    >>> from auditor.finding import Finding
    >>> f = Finding("MJ001", "mojibake", "warning", "", 1, 6, fix="&")
    >>> apply_fixes("a&amp;b", [f])
    ('a&b', 1)
    """
    chosen: list[Finding] = []
    last_end = -1
    for f in sorted((f for f in findings if f.fix is not None and (f.safe_fix or unsafe)),
                    key=lambda f: (f.start, -(f.end - f.start))):
        if f.start >= last_end and f.end > f.start:
            chosen.append(f)
            last_end = f.end
    pieces = []
    cursor = 0
    for f in chosen:
        pieces.append(text[cursor:f.start])
        pieces.append(f.fix or "")
        cursor = f.end
    pieces.append(text[cursor:])
    return "".join(pieces), len(chosen)


def fix_text(path: str, text: str, checkers: Sequence[Checker], unsafe: bool = False) -> tuple[str, int]:
    """Repair *text* until no more repairs apply; return ``(text, total repairs)``."""
    total = 0
    for _ in range(MAX_PASSES):
        doc = document_from_text(path, text)
        findings = [f for f in audit_document(doc, checkers) if f.fix is not None]
        new, count = apply_fixes(text, findings, unsafe)
        if count == 0 or new == text:
            break
        text, total = new, total + count
    return text, total


def write_atomically(path: str, data: bytes, backup_suffix: str | None = None) -> None:
    """Replace *path* by *data* atomically, keeping its permissions; keep a backup copy first if asked."""
    folder = os.path.dirname(os.path.abspath(path))
    if backup_suffix:
        shutil.copy2(path, path + backup_suffix)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".auditor-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def run_fix(args: argparse.Namespace) -> int:
    from auditor.run import plan_run

    plan = plan_run(args)
    fixers = [c for c in plan.checkers if c.needs_text]
    changed = failed = 0
    out = sys.stdout
    for doc in plan.documents(args.paths):
        if not doc.is_text or doc.path == "-":
            continue
        if any(issue[0] in ("invalid-utf8", "truncated", "bad-record") for issue in doc.read_issues):
            sys.stderr.write(f"auditor: {doc.path}: not fixed: it has undecodable bytes, and rewriting it "
                             "would lose them (see 'auditor check')\n")
            continue
        if "#" in doc.path and not os.path.exists(doc.path):
            continue  # a record of a corpus file: fix the corpus with your own tools
        new, count = fix_text(doc.path, doc.text, fixers, args.unsafe_fixes)
        if count == 0:
            continue
        changed += 1
        if args.write:
            try:
                write_atomically(doc.path, new.encode(doc.encoding), args.backup)  # utf-8-sig, utf-16: BOM as read
            except (OSError, UnicodeEncodeError, LookupError) as exc:
                failed += 1
                sys.stderr.write(f"auditor: {doc.path}: not written: {exc}\n")
                continue
            sys.stderr.write(f"auditor: fixed {doc.path} ({count} repairs)\n")
        else:
            diff = difflib.unified_diff(doc.text.splitlines(keepends=True), new.splitlines(keepends=True),
                                        fromfile=f"a/{doc.path}", tofile=f"b/{doc.path}")
            for line in diff:
                out.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    for missing in plan.sources.missing:
        sys.stderr.write(f"auditor: error: {missing}: no such file or directory\n")
    if failed or plan.sources.missing:
        return 2
    if not args.write and changed:
        sys.stderr.write(f"auditor: {changed} file(s) would be fixed; run again with --write to apply\n")
        return 1
    if not changed:
        sys.stderr.write("auditor: nothing to fix\n")
    return 0
