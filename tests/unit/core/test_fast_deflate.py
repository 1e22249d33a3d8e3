"""Entries deflated by ISA-L read back with the standard zipfile and zlib, byte for byte, and
look like the entries ``writestr`` makes."""

from __future__ import annotations

import random
import zipfile
import zlib
from pathlib import Path

from caqda.core.fast_deflate import isal_zlib, open_entry, write_entry


def _sample() -> bytes:
    generator = random.Random(3)
    words = ["patient", "hospital", "value", "<tag/>", "ação", "🙂", "\n", "E01:"]
    return " ".join(generator.choice(words) for _ in range(200_000)).encode()


def test_entries_read_back_and_were_deflated_by_isal(tmp_path: Path) -> None:
    data = _sample()
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        write_entry(archive, "whole.txt", data)
        with open_entry(archive, "pieces.xml", force_zip64=True) as entry:
            assert isal_zlib is not None and type(entry._compressor).__module__.startswith("isal")  # type: ignore[attr-defined]
            for start in range(0, len(data), 100_000):
                entry.write(data[start : start + 100_000])
        archive.writestr("reference.txt", data)
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None  # every CRC checked
        assert archive.read("whole.txt") == archive.read("pieces.xml") == data
        whole, reference = archive.getinfo("whole.txt"), archive.getinfo("reference.txt")
        assert whole.compress_type == zipfile.ZIP_DEFLATED
        assert whole.external_attr == reference.external_attr
        assert whole.compress_size < len(data) / 2
        # A plain raw deflate stream, as zlib itself reads it.
        archive.fp.seek(whole.header_offset + 30 + len(whole.filename.encode()) + len(whole.extra))  # type: ignore[union-attr]
        raw = archive.fp.read(whole.compress_size)  # type: ignore[union-attr]
        assert zlib.decompress(raw, -15) == data


def test_a_stored_archive_stays_stored(tmp_path: Path) -> None:
    path = tmp_path / "s.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        write_entry(archive, "plain.txt", b"not deflated")
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("plain.txt").compress_type == zipfile.ZIP_STORED
        assert archive.read("plain.txt") == b"not deflated"
