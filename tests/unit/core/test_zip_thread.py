"""The zip writer's thread: the archive holds what was handed over, in order, as zipfile alone
writes it; a failure in the thread reaches the caller, a failure in the caller stops the thread,
and neither leaves anyone waiting."""

from __future__ import annotations

import contextlib
import io
import os
import threading
import zipfile

import pytest

from caqda.core.zip_thread import ZipThread


def _pieces() -> list[bytes]:
    return [os.urandom(50_000) + b"x" * 200_000 for _ in range(20)]  # more than a chunk (4 MB)


def test_entries_read_back_as_written(tmp_path) -> None:
    pieces = _pieces()
    path = tmp_path / "out.zip"
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        ZipThread(archive) as writer,
    ):
        writer.begin("first.txt")
        writer.write(b"alpha")
        writer.end()
        writer.begin("pieced.xml")
        for piece in pieces:  # 3 MB: handed over in two chunks
            writer.write(piece)
        writer.end()
        writer.begin("sources/last.txt")
        writer.end()
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["first.txt", "pieced.xml", "sources/last.txt"]
        assert archive.read("pieced.xml") == b"".join(pieces)
        assert archive.read("first.txt") == b"alpha"
        assert archive.read("sources/last.txt") == b""
        assert archive.getinfo("pieced.xml").compress_type == zipfile.ZIP_DEFLATED


class _FullDisk(io.BytesIO):
    """A file that takes this many bytes, then fails as a full disk does."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, data) -> int:  # type: ignore[no-untyped-def, override]
        if self.tell() + len(data) > self.room:
            raise OSError(28, "No space left on device")
        return super().write(data)


def test_a_failure_in_the_thread_reaches_the_caller() -> None:
    archive = zipfile.ZipFile(_FullDisk(300_000), "w", zipfile.ZIP_STORED)
    writer = ZipThread(archive)
    try:
        with pytest.raises(OSError, match="No space left"):
            writer.begin("big.bin")
            for piece in _pieces() * 4:  # 20 MB into 300 kB: the thread fails, the caller hears of it
                writer.write(piece)
            writer.end()
            writer.finish()
        with pytest.raises(OSError, match="No space left"):
            writer.finish()  # said again, at once: the thread has stopped
        assert not writer._thread.is_alive()
    finally:
        with contextlib.suppress(OSError):
            archive.close()  # its directory does not fit either


def test_a_failure_in_the_caller_stops_the_thread(tmp_path) -> None:
    before = threading.active_count()
    with (
        pytest.raises(ValueError, match="made badly"),
        zipfile.ZipFile(tmp_path / "out.zip", "w") as archive,
        ZipThread(archive) as writer,
    ):
        writer.begin("pieced.xml")
        writer.write(b"<a>")
        raise ValueError("made badly")
    assert threading.active_count() == before
    with zipfile.ZipFile(tmp_path / "out.zip") as archive:  # closed cleanly, the entry ended
        assert archive.testzip() is None and archive.namelist() == ["pieced.xml"]
