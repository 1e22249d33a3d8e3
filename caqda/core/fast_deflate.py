"""Zip entries deflated by ISA-L (python-isal) instead of zlib: the same format, ~4x faster.

The large exports spend much of their time deflating: the Word report of the 50 MB project
writes a 192 MB body, its ``.qdpx`` ~150 MB of selections and 50 MB of texts (issue 9). zlib's
fastest level took 0.15-0.2 s per 20 MB of transcript text or selection XML on this machine;
ISA-L's level 1 took 0.04 s and compressed a little better (text 0.190 of its size against
0.193, selections 0.283 against 0.320). Its stream is plain raw deflate: any zip reader
inflates it.

``zipfile`` has no way to be given a compressor, so an entry is opened as usual and the
compressor ``zipfile`` made for it is replaced before anything is written (``_compressor``, the
same attribute from Python 3.6 to 3.13; where it is missing, or ISA-L is not installed, the
entry is deflated by zlib as before). Nothing else of ``zipfile`` is touched: no other reader
or writer in the process is affected.
"""

from __future__ import annotations

import time
import zipfile
from typing import IO

try:
    from isal import isal_zlib
except ImportError:  # pragma: no cover (a dependency; zlib does the same, slower)
    isal_zlib = None

# ISA-L's levels run 0-3; level 1 was as fast as 0 and compressed better than zlib's level 1.
_LEVEL = 1


def open_entry(
    archive: zipfile.ZipFile, name: str | zipfile.ZipInfo, *, force_zip64: bool = False
) -> IO[bytes]:
    """``archive.open(name, "w")`` for an entry deflated by ISA-L (when the archive deflates)."""
    handle = archive.open(name, "w", force_zip64=force_zip64)
    if isal_zlib is not None and getattr(handle, "_compressor", None) is not None:
        info = name if isinstance(name, zipfile.ZipInfo) else None
        if (info.compress_type if info is not None else archive.compression) == zipfile.ZIP_DEFLATED:
            handle._compressor = isal_zlib.compressobj(_LEVEL, isal_zlib.DEFLATED, -15)  # type: ignore[attr-defined]
    return handle


def write_entry(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    """``archive.writestr(name, data)``, deflated by ISA-L: the same entry (time, permissions)."""
    info = zipfile.ZipInfo(name, date_time=time.localtime(time.time())[:6])
    info.compress_type = archive.compression
    info._compresslevel = archive.compresslevel  # type: ignore[attr-defined] (zlib's, without ISA-L)
    info.external_attr = 0o600 << 16  # as writestr gives a file
    with open_entry(archive, info) as entry:
        entry.write(data)
