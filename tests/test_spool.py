"""The reports' spool gives back exactly the bytes written, in memory or past its size on disk."""

from __future__ import annotations

import io
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.jsonio import copy_utf8
from auditor.reporters.spool import ByteSpool


@settings(max_examples=300, deadline=None)
@given(chunks=st.lists(st.binary(max_size=40), max_size=12), max_size=st.integers(0, 200),
       read_size=st.integers(1, 64))
def test_reads_back_what_was_written(chunks, max_size, read_size):
    spool = ByteSpool(max_size)
    for chunk in chunks:
        spool.write(chunk)
    assert spool.in_memory == (sum(map(len, chunks)) <= max_size)
    for _ in range(2):  # read twice: seek(0) starts again
        spool.seek(0)
        got = []
        while data := spool.read(read_size):
            assert len(data) <= read_size
            got.append(data)
        assert b"".join(got) == b"".join(chunks)
    spool.close()


def test_a_large_report_goes_to_disk_and_copies_as_utf8():
    text = "走访xx户，完成率98.6%。\n" * 20_000
    spool = ByteSpool(64 * 1024)
    for line in text.splitlines(keepends=True):
        spool.write(line.encode())
    assert not spool.in_memory
    spool.seek(0)
    out = io.StringIO()  # no binary buffer: decoded in 1 MiB reads, split inside characters
    copy_utf8(spool, out)
    assert out.getvalue() == text
    spool.close()


def test_a_small_report_needs_no_tempfile_module():
    import subprocess

    code = ("import sys\nfrom auditor.reporters.spool import ByteSpool\ns = ByteSpool(1024)\ns.write(b'{}')\n"
            "s.seek(0)\nassert s.read(10) == b'{}'\nprint('tempfile' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
