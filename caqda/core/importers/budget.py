"""What an import may cost: the limits every importer reads through, checked before reading.

A file from another computer is untrusted. A source is read only if it is a regular file (a
device such as ``/dev/zero`` never ends, a FIFO named ``p.txt`` blocks forever) and, when it is a
link, only if it points inside the folder it was chosen from. A ZIP package (.docx, .odt, .qdpx
and what a .qdpx nests) is judged on the sizes its entries declare, before anything is
unpacked: each entry and all together must stay under absolute limits, and an entry (or the
whole archive) that unpacks to more than a few megabytes must not exceed the compression
ratio real documents reach (:func:`bomb_like`). Small entries pass whatever their ratio, since a
repetitive transcript (caqda's own export of one compresses 339:1) cannot exhaust memory.
Python's zipfile never unpacks past an entry's declared size, so a header that lies cannot
get around these checks.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from caqda.core.errors import CaqdaError, DocumentImportError

# What every importer's XML parser refuses: entities expanded, a DTD loaded, the network reached
# (billion laughs, XXE). One definition, so that no reader of a package forgets one.
SAFE_XML = {"resolve_entities": False, "no_network": True, "load_dtd": False}

# One source file on disk (a transcript, a social export, a .qdpx).
MAX_SOURCE_BYTES = 200 * 1024 * 1024
# Unpacked: one entry of a package, and all entries of one package together.
MAX_ENTRY_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
# Text and XML compress 3 to 20 times, a very repetitive transcript a few hundred times;
# deflate cannot do better than about 1,030 times, which zeros (a bomb) reach. Checked only
# where the size could hurt: above 32 MB more than 100:1 is refused, above 4 MB near
# deflate's maximum.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_ABOVE_BYTES = 32 * 1024 * 1024
MAX_NEAR_DEFLATE_RATIO = 500
NEAR_DEFLATE_CHECKED_ABOVE_BYTES = 4 * 1024 * 1024
MAX_ENTRIES = 100_000


def _megabytes(size: int) -> str:
    return f"{size / 2**20:,.0f} MB" if size >= 2**20 else f"{size:,} bytes"


def read_regular_file(
    path: Path,
    *,
    limit: int | None = None,
    error: type[CaqdaError] = DocumentImportError,
) -> bytes:
    """The bytes of ``path`` if it is a regular file within its folder and under ``limit``.

    Opened without blocking and checked again on the open handle, so a FIFO or device swapped
    in between the check and the read is refused too, not waited on.
    """
    limit = MAX_SOURCE_BYTES if limit is None else limit
    with _opened_regular_file(path, limit, error) as (handle, size):
        # Sized by the file, not the limit: read(n) reserves n bytes before reading.
        data = handle.read(min(limit, size) + 1)
        if len(data) > size:  # grew since: read on, up to the limit
            data += handle.read(limit + 1 - len(data))
    if len(data) > limit:  # grew while being read
        raise error(_too_large(path.name, len(data), limit))
    return data


def read_regular_pieces(
    path: Path,
    piece: int,
    *,
    limit: int | None = None,
    error: type[CaqdaError] = DocumentImportError,
) -> Iterator[bytes]:
    """The bytes of ``path`` a ``piece`` at a time, with the checks of :func:`read_regular_file`:
    for a reader that never needs the whole file at once."""
    limit = MAX_SOURCE_BYTES if limit is None else limit
    with _opened_regular_file(path, limit, error) as (handle, _):
        read = 0
        while chunk := handle.read(piece):
            read += len(chunk)
            if read > limit:  # grew while being read
                raise error(_too_large(path.name, read, limit))
            yield chunk


@contextlib.contextmanager
def _opened_regular_file(path: Path, limit: int, error: type[CaqdaError]) -> Iterator[tuple[BinaryIO, int]]:
    name = path.name
    check_regular_file(path, error=error, limit=limit)
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as missing:
        raise error(f"'{path}' does not exist.") from missing
    except IsADirectoryError as folder_error:
        raise error(f"'{name}' is a folder, not a file.") from folder_error
    except PermissionError as denied:
        raise error(f"'{name}' cannot be read: permission denied.") from denied
    except OSError as os_error:
        if os_error.errno == errno.ENXIO:  # a FIFO or socket nobody writes to
            raise error(_not_regular(name, "a pipe or socket")) from os_error
        raise error(f"'{name}' cannot be read: {os_error.strerror or os_error}.") from os_error
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise error(f"'{name}' is a folder, not a file.")
        if not stat.S_ISREG(status.st_mode):
            kind = (
                "a device"
                if stat.S_ISCHR(status.st_mode) or stat.S_ISBLK(status.st_mode)
                else "a pipe or socket"
            )
            raise error(_not_regular(name, kind))
        if status.st_size > limit:
            raise error(_too_large(name, status.st_size, limit))
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            try:
                yield handle, status.st_size
            except OSError as os_error:
                raise error(f"'{name}' cannot be read: {os_error.strerror or os_error}.") from os_error
    finally:
        os.close(descriptor)


def check_regular_file(
    path: Path, *, error: type[CaqdaError] = DocumentImportError, limit: int = MAX_SOURCE_BYTES
) -> None:
    """Refuse, without opening it, anything but a regular file within its folder under ``limit``
    (for readers that open the path themselves, such as a .qdpx read as a ZIP)."""
    name = path.name
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(path.parent.resolve()):
            raise error(
                f"'{name}' is a link to '{target}', outside the folder it was chosen from; "
                "import the file itself. Nothing was imported."
            )
    try:
        status = path.stat()
    except FileNotFoundError:
        return  # the reader says so in its own words
    except OSError as os_error:
        raise error(f"'{name}' cannot be read: {os_error.strerror or os_error}.") from os_error
    if stat.S_ISDIR(status.st_mode):
        raise error(f"'{name}' is a folder, not a file.")
    if not stat.S_ISREG(status.st_mode):
        kind = (
            "a device" if stat.S_ISCHR(status.st_mode) or stat.S_ISBLK(status.st_mode) else "a pipe or socket"
        )
        raise error(_not_regular(name, kind))
    if status.st_size > limit:
        raise error(_too_large(name, status.st_size, limit))


def _kind(mode: int) -> str:
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a pipe or socket"


def _not_regular(name: str, kind: str) -> str:
    return f"'{name}' is {kind}, not a regular file; caqda imports only files. Nothing was imported."


def _too_large(name: str, size: int, limit: int) -> str:
    return (
        f"'{name}' is too large to import ({_megabytes(size)}; caqda imports files up to "
        f"{_megabytes(limit)}). Split it into parts and import those. Nothing was imported."
    )


def check_zip(
    package: zipfile.ZipFile,
    name: str,
    *,
    error: type[CaqdaError] = DocumentImportError,
    max_entry: int | None = None,
    max_total: int | None = None,
) -> None:
    """Refuse a package whose entries would unpack to more than the budget, before reading."""
    max_entry = MAX_ENTRY_BYTES if max_entry is None else max_entry
    max_total = MAX_UNPACKED_BYTES if max_total is None else max_total
    infos = package.infolist()
    if len(infos) > MAX_ENTRIES:
        raise error(f"'{name}' holds more than {MAX_ENTRIES:,} entries; caqda refuses it as unsafe.")
    total = compressed_total = 0
    for info in infos:
        if info.file_size > max_entry:
            raise error(
                f"'{name}' was refused: its part '{info.filename}' would unpack to "
                f"{_megabytes(info.file_size)}, more than caqda reads from one part "
                f"({_megabytes(max_entry)}). Nothing was imported."
            )
        if bomb_like(info.file_size, info.compress_size):
            raise error(_bomb(name, f"its part '{info.filename}'", info.compress_size, info.file_size))
        total += info.file_size
        compressed_total += info.compress_size
    if total > max_total:
        raise error(
            f"'{name}' was refused: it would unpack to {_megabytes(total)}, more than caqda reads "
            f"from one file ({_megabytes(max_total)}). Nothing was imported."
        )
    if bomb_like(total, compressed_total):
        raise error(_bomb(name, "its parts together", compressed_total, total))


def bomb_like(unpacked: int, packed: int) -> bool:
    """Whether ``packed`` bytes unpacking to ``unpacked`` is more than real documents do."""
    packed = max(packed, 1)
    if unpacked > RATIO_CHECKED_ABOVE_BYTES and unpacked > MAX_COMPRESSION_RATIO * packed:
        return True
    return unpacked > NEAR_DEFLATE_CHECKED_ABOVE_BYTES and unpacked > MAX_NEAR_DEFLATE_RATIO * packed


def _bomb(name: str, what: str, packed: int, unpacked: int) -> str:
    return (
        f"'{name}' was refused: {what} would unpack from {_megabytes(packed)} to "
        f"{_megabytes(unpacked)}, more than real documents compress (a 'zip bomb' that could "
        "exhaust this computer's memory). Nothing was imported."
    )


def check_zip_bytes(data: bytes, name: str, *, error: type[CaqdaError] = DocumentImportError) -> None:
    """:func:`check_zip` for a package held in memory (a .docx or .odt, or one a .qdpx nests).

    Bytes that are not a ZIP pass: the importer's own reading says what they are.
    """
    import io

    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        return
    with package:
        check_zip(package, name, error=error)
