"""Writing a zip archive in a thread of its own, while the caller makes what goes into it.

zlib deflates and checksums without holding Python's lock, and so does writing to the file, so
on a machine with two cores the archive's compression runs beside the making of the next
piece instead of after it: the ``.qdpx`` export of the 50 MB project deflated ~70 MB of
selections, whose GUIDs barely compress, between the pieces it made. The archive is only ever
touched by the writing thread while it runs; the caller hands it the pieces of entries written
in parts, in order, in chunks of a few megabytes through a short queue (memory stays bounded
whatever the archive's size). Small whole entries are better written by the caller once the
thread is done: each would cost the thread several waits for Python's lock.

A failure in the thread (a full disk) is raised in the caller at its next call or when it
finishes; a failure in the caller stops the thread before the archive is closed.
"""

from __future__ import annotations

import queue
import threading
import zipfile
from types import TracebackType
from typing import IO

from caqda.core.fast_deflate import open_entry

_QUEUED = 4  # chunks waiting for the thread at most
# The pieces of an entry are handed over in chunks of about this size: the thread takes Python's
# lock back after each deflate call and each block of output, and while the caller runs Python
# code it waits up to 5 ms for it each time (its switch interval). Pieces of a document's
# selections (~150 kB) gave no overlap at all; 4 MB chunks cut the time of making and
# deflating 69 MB of selections together from 1.6 to 1.2 s (quiet 2-core machine).
_CHUNK = 4 << 20


class ZipThread:
    """Writes entries of ``archive`` (opened for writing) in a thread; use it as a context
    manager inside the archive's own ``with``."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive
        self._queue: queue.Queue[tuple | None] = queue.Queue(maxsize=_QUEUED)
        self._error: BaseException | None = None
        self._pieces: list[bytes] = []  # of the entry being written, not handed over yet
        self._held = 0
        self._thread = threading.Thread(target=self._run, name="caqda-zip-writer", daemon=True)
        self._thread.start()

    def begin(self, name: str, *, force_zip64: bool = False) -> None:
        """Start an entry written in pieces (``write``), ended by ``end``."""
        self._put(("begin", name, force_zip64))

    def write(self, data: bytes) -> None:
        self._pieces.append(data)
        self._held += len(data)
        if self._held >= _CHUNK:
            self._hand_over()

    def end(self) -> None:
        self._hand_over()
        self._put(("end",))

    def _hand_over(self) -> None:
        if self._pieces:
            chunk = b"".join(self._pieces)
            self._pieces.clear()
            self._held = 0
            self._put(("piece", chunk))

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
                elif item[0] == "begin":
                    entry = open_entry(self._archive, item[1], force_zip64=item[2])
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
