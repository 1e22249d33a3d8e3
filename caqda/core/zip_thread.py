"""Writing a zip archive in a thread of its own, while the caller makes what goes into it.

zlib deflates and checksums without holding Python's lock, and so does writing to the file, so
on a machine with two cores the archive's compression runs beside the making of the next
piece instead of after it: the ``.qdpx`` export of the 50 MB project deflated ~150 MB of XML
and text (about a quarter of its time) between pieces it made. The archive is only ever
touched by the writing thread; the caller hands it whole files and the pieces of one entry
written in parts, in order, through a short queue (a few pieces held at once, so memory stays
bounded whatever the archive's size).

A failure in the thread (a full disk) is raised in the caller at its next call or when it
finishes; a failure in the caller stops the thread before the archive is closed.
"""

from __future__ import annotations

import queue
import threading
import zipfile
from types import TracebackType
from typing import IO

_QUEUED = 4  # pieces waiting for the thread at most (each a document's text or selections)


class ZipThread:
    """Writes entries of ``archive`` (opened for writing) in a thread; use it as a context
    manager inside the archive's own ``with``."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive
        self._queue: queue.Queue[tuple | None] = queue.Queue(maxsize=_QUEUED)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="caqda-zip-writer", daemon=True)
        self._thread.start()

    def write_file(self, name: str, data: bytes) -> None:
        """A whole entry."""
        self._put(("file", name, data))

    def begin(self, name: str, *, force_zip64: bool = False) -> None:
        """Start an entry written in pieces (``write``), ended by ``end``."""
        self._put(("begin", name, force_zip64))

    def write(self, data: bytes) -> None:
        self._put(("piece", data))

    def end(self) -> None:
        self._put(("end",))

    def finish(self) -> None:
        """Wait until everything handed over is written; raise what went wrong in the thread."""
        self._stop()
        if self._error is not None:
            raise self._error

    def __enter__(self) -> ZipThread:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None:
            self.finish()
        else:
            self._stop()  # the caller's error is the one to raise

    def _put(self, item: tuple) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(item)

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def _run(self) -> None:
        entry: IO[bytes] | None = None
        while (item := self._queue.get()) is not None:
            if self._error is not None:
                continue  # take what is still handed over, so the caller never waits forever
            try:
                if item[0] == "piece":
                    assert entry is not None
                    entry.write(item[1])
                elif item[0] == "file":
                    self._archive.writestr(item[1], item[2])
                elif item[0] == "begin":
                    entry = self._archive.open(item[1], "w", force_zip64=item[2])
                else:
                    assert entry is not None
                    entry.close()
                    entry = None
            except BaseException as error:  # raised in the caller
                self._error = error
        if entry is not None:  # the caller stopped in the middle of an entry
            try:
                entry.close()
            except BaseException as error:
                self._error = self._error or error
