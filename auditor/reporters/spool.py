"""Bytes kept in memory up to a size, then in a temporary file: what the JSON and SARIF reports write
as the documents arrive (the summary and the artifacts come first in those files, so the documents'
text waits until the end of the run).

It does for these reports what ``tempfile.SpooledTemporaryFile(max_size, mode="w+b")`` did, without
importing :mod:`tempfile` (with :mod:`shutil` and :mod:`random`: about 5 ms of a 90 ms one-file run)
until the text outgrows memory.

>>> spool = ByteSpool(max_size=4)
>>> spool.write(b"ab"); spool.write(b"cd"); spool.in_memory
True
>>> spool.write(b"e"); spool.in_memory
False
>>> spool.seek(0); spool.read(3), spool.read(3), spool.read(3)
(b'abc', b'de', b'')
>>> spool.close()
"""

from __future__ import annotations


class ByteSpool:
    """A write-then-read buffer of bytes: :meth:`write` while the run goes, then :meth:`seek` to 0 and
    :meth:`read` to the end (as :func:`auditor.jsonio.copy_utf8` does), then :meth:`close`."""

    __slots__ = ("_chunks", "_file", "_max_size", "_next", "_rest", "_size")

    def __init__(self, max_size: int):
        self._max_size = max_size
        self._chunks: list[bytes] = []
        self._size = 0
        self._file = None  # the temporary file, once the bytes outgrew max_size
        self._next = 0  # reading: the next chunk …
        self._rest = memoryview(b"")  # … and what is left of the one being read (a view: no copies)

    @property
    def in_memory(self) -> bool:
        return self._file is None

    def write(self, data: bytes) -> None:
        if self._file is not None:
            self._file.write(data)
            return
        self._chunks.append(data)
        self._size += len(data)
        if self._size > self._max_size:
            import tempfile

            self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
            for chunk in self._chunks:
                self._file.write(chunk)
            self._chunks = []

    def seek(self, offset: int) -> None:
        """Go back to the start (the only place this spool is read from)."""
        if offset != 0:
            raise ValueError("a ByteSpool is read from the start only")
        if self._file is not None:
            self._file.seek(0)
        self._next, self._rest = 0, memoryview(b"")

    def read(self, size: int) -> bytes:
        """At most *size* bytes from the reading position; ``b""`` at the end."""
        if self._file is not None:
            return self._file.read(size)
        while not self._rest and self._next < len(self._chunks):
            self._rest = memoryview(self._chunks[self._next])
            self._next += 1
        data, self._rest = self._rest[:size], self._rest[size:]
        return bytes(data)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._chunks = []
