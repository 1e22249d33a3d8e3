"""The .qdpx container: a ZIP holding one ``.qde`` project file and a ``sources/`` folder.

An archive from another computer is untrusted. Nothing is ever extracted to disk: members
are read into memory, and only those the import needs. The archive is refused whole, before
anything is read, if any entry name could escape a folder (``..``, an absolute path, a drive
letter), if an entry declares more bytes than the standard allows or than compression could
honestly explain (a "zip bomb"), or if it is encrypted. Reading stops at the declared size,
so a header that lies about it cannot exhaust memory either.

Real programs differ in details the standard fixes (README): NVivo writes ``Sources/``, the
standard ``sources/``; ATLAS.ti names the project file after the project. Names are looked up
case-insensitively and any single ``*.qde`` at the root is accepted. Writing uses the
standard's names: ``project.qde`` and ``sources/``.
"""

from __future__ import annotations

import contextlib
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from caqda.core.fast_deflate import write_entry
from caqda.core.importers import budget
from caqda.core.refi.report import QdpxError
from caqda.core.zip_thread import ZipThread

# The standard's limit for one internal file (§8.5): 2 GiB minus one byte.
MAX_ENTRY_BYTES = 2**31 - 1
# What caqda reads into memory: one member, and all members of one import together.
MAX_READ_BYTES = 512 * 1024 * 1024
MAX_TOTAL_READ_BYTES = 1024 * 1024 * 1024
# Compression ratios are judged by caqda.core.importers.budget.bomb_like, which lets small
# entries through whatever their ratio: caqda's own export of a repetitive transcript
# compresses 339:1.
MAX_ENTRIES = 100_000
_CHUNK = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
INTERNAL_PREFIX = "internal://"


def _unsafe_name(name: str) -> str | None:
    """Why an entry name could write outside the archive's folder, or None if it cannot."""
    if "\x00" in name:
        return "contains a NUL character"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "is an absolute path"
    if any(part == ".." for part in re.split(r"[/\\]", name)):
        return "climbs out of its folder with '..'"
    return None


class QdpxArchive:
    """A .qdpx opened for reading, its entries already checked. Use :meth:`open` as a
    context manager; reads raise :class:`QdpxError` with a message for the researcher."""

    def __init__(self, path: Path, zip_file: zipfile.ZipFile) -> None:
        self.path = path
        self._zip = zip_file
        self._bytes_read = 0
        self._by_lower_name: dict[str, zipfile.ZipInfo] = {}
        if len(zip_file.infolist()) > MAX_ENTRIES:
            raise QdpxError(
                f"'{path.name}' holds more than {MAX_ENTRIES:,} entries; caqda refuses it as unsafe."
            )
        for info in zip_file.infolist():
            self._check_entry(info)
        # All entries together, too: 300 entries of 1 MiB each pass one by one.
        budget.check_zip(zip_file, path.name, error=QdpxError, max_entry=MAX_ENTRY_BYTES, max_total=2**62)
        for info in zip_file.infolist():
            if info.is_dir():
                continue
            key = info.filename.replace("\\", "/").lower()
            if key in self._by_lower_name:
                raise QdpxError(
                    f"'{path.name}' holds two entries named '{info.filename}' (letter case aside); "
                    "caqda cannot tell which one is meant, so nothing was imported."
                )
            self._by_lower_name[key] = info
        self.project_entry = self._find_project_entry()

    @classmethod
    @contextlib.contextmanager
    def open(cls, path: str | os.PathLike[str]) -> Iterator[QdpxArchive]:
        """Open and check ``path``; raises :class:`QdpxError` if it is missing, not a ZIP,
        unsafe, or has no single ``.qde`` project file at its root."""
        path = Path(path)
        budget.check_regular_file(path, error=QdpxError, limit=MAX_TOTAL_READ_BYTES)
        try:
            zip_file = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise QdpxError(f"There is no file '{path}'.") from None
        except IsADirectoryError:
            raise QdpxError(f"'{path}' is a folder, not a .qdpx project file.") from None
        except (zipfile.BadZipFile, EOFError, ValueError):
            raise QdpxError(
                f"'{path.name}' is not a REFI-QDA project (.qdpx): a .qdpx is a ZIP archive, and "
                "this file is not one, or it is damaged."
            ) from None
        except OSError as os_error:
            reason = os_error.strerror or str(os_error)
            raise QdpxError(f"'{path.name}' could not be read ({reason}).") from os_error
        try:
            yield cls(path, zip_file)
        finally:
            zip_file.close()

    def _check_entry(self, info: zipfile.ZipInfo) -> None:
        name = self.path.name
        reason = _unsafe_name(info.filename)
        if reason is not None:
            raise QdpxError(
                f"'{name}' was refused: its entry '{info.filename}' {reason}, which could write "
                "files anywhere on this computer. Nothing was imported."
            )
        if info.file_size > MAX_ENTRY_BYTES:
            raise QdpxError(
                f"'{name}' was refused: its entry '{info.filename}' claims {info.file_size:,} bytes, "
                "more than the REFI-QDA standard allows for one file (2 GB). Nothing was imported."
            )
        if budget.bomb_like(info.file_size, info.compress_size):
            raise QdpxError(
                f"'{name}' was refused: its entry '{info.filename}' would unpack from "
                f"{info.compress_size:,} to {info.file_size:,} bytes, more than real files "
                "compress (a 'zip bomb' that could exhaust this computer's memory). Nothing was "
                "imported."
            )

    def _find_project_entry(self) -> zipfile.ZipInfo:
        at_root = [
            info for key, info in self._by_lower_name.items() if "/" not in key and key.endswith(".qde")
        ]
        if len(at_root) == 1:
            return at_root[0]
        standard = self._by_lower_name.get("project.qde")
        if standard is not None:
            return standard
        if not at_root:
            raise QdpxError(
                f"'{self.path.name}' is a ZIP archive but not a REFI-QDA project: it holds no "
                "project file (.qde) at its top level."
            )
        raise QdpxError(
            f"'{self.path.name}' holds several project files ({', '.join(i.filename for i in at_root)}) "
            "and none is called project.qde; caqda cannot tell which one to import."
        )

    @property
    def project_name(self) -> str:
        """The project file's name inside the archive, e.g. ``project.qde``."""
        return self.project_entry.filename

    def read_project(self) -> bytes:
        return self._read(self.project_entry)

    def has_internal(self, url: str) -> bool:
        return self._internal_entry(url) is not None

    def read_internal(self, url: str, what: str) -> bytes:
        """The bytes of ``internal://<file>`` from the ``sources`` folder.

        ``what`` names the referring item for the message, e.g. ``"the document 'E01'"``.
        Raises :class:`QdpxError` if the file is missing or the name tries to leave the folder.
        """
        info = self._internal_entry(url)
        if info is None:
            raise QdpxError(
                f"'{self.path.name}' is incomplete: {what} refers to the file '{url}', which is "
                "not in the archive. Nothing was imported."
            )
        return self._read(info)

    def read_relative(self, reference: str) -> bytes | None:
        """The bytes of a source or note path written without ``internal://``, or None.

        Real writers name files ``x.txt``, ``sources/x.txt``, ``./Sources/x.txt`` or
        ``relative://x.txt``; each is looked for relative to the archive root and to its
        ``sources`` folder, in any letter case. An absolute path or one that climbs out
        with ``..`` points outside the archive: None, as for a file that is not there.
        """
        info = self.relative_entry(reference)
        return None if info is None else self._read(info)

    def relative_entry(self, reference: str) -> zipfile.ZipInfo | None:
        name = reference.strip()
        for prefix in ("relative://", "file://"):
            if name.lower().startswith(prefix):
                name = name[len(prefix) :]
        name = name.replace("\\", "/")
        if not name or _unsafe_name(name) or "://" in name:
            return None
        while name.startswith("./"):
            name = name[2:]
        key = name.lower()
        base = key.rsplit("/", 1)[-1]
        for candidate in (key, f"sources/{key}", f"sources/{base}"):
            info = self._by_lower_name.get(candidate)
            if info is not None:
                return info
        return None

    def _internal_entry(self, url: str) -> zipfile.ZipInfo | None:
        file_name = url.strip()[len(INTERNAL_PREFIX) :].lstrip("/")
        if file_name.lower().startswith(("sources/", "sources\\")):  # some writers repeat the folder
            file_name = file_name[len("sources/") :]
        if not file_name or _unsafe_name(file_name) or "/" in file_name or "\\" in file_name:
            raise QdpxError(
                f"'{self.path.name}' was refused: it refers to the file '{url}', which is not a "
                "plain file name inside the archive's sources folder. Nothing was imported."
            )
        key = file_name.lower()
        return self._by_lower_name.get(f"sources/{key}") or self._by_lower_name.get(key)

    def _read(self, info: zipfile.ZipInfo) -> bytes:
        """The member's bytes, read in chunks and never past its declared size."""
        name = self.path.name
        if info.flag_bits & 0x1:
            raise QdpxError(f"'{name}' is password-protected ('{info.filename}'); caqda cannot read it.")
        if info.file_size > MAX_READ_BYTES or self._bytes_read + info.file_size > MAX_TOTAL_READ_BYTES:
            raise QdpxError(
                f"'{name}' is too large for caqda to import: '{info.filename}' holds "
                f"{info.file_size:,} bytes of text (caqda reads up to {MAX_READ_BYTES:,} per file)."
            )
        chunks: list[bytes] = []
        total = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(min(_CHUNK, info.file_size - total + 1)):
                    total += len(chunk)
                    if total > info.file_size:
                        raise QdpxError(
                            f"'{name}' was refused: its entry '{info.filename}' holds more data than "
                            "its header declares, as zip bombs do. Nothing was imported."
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, ValueError) as error:
            raise QdpxError(
                f"'{name}' is damaged: '{info.filename}' could not be unpacked ({error})."
            ) from error
        self._bytes_read += total
        return b"".join(chunks)


def write_qdpx(
    path: str | os.PathLike[str],
    project_xml: bytes | Iterable[bytes],
    sources: Iterable[tuple[str, bytes]],
    *,
    large: bool = False,
) -> None:
    """Write a .qdpx: ``project.qde`` (whole, or as pieces written one after another) and each
    ``(file name, bytes)`` under ``sources/``; ``large`` says ``project.qde`` may outgrow 2 GB
    (written in pieces, its size is not known when its entry begins).

    The archive is written next to ``path`` and moved over it at the end, so a failure never
    leaves half a file (and an existing file is replaced whole). Raises :class:`QdpxError`.
    """
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        # Deflated by ISA-L (fast_deflate); zlib's fastest level should ISA-L be missing: 3x
        # quicker than the default on 40 MB of text and XML (the 10 MB project, issue 9).
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            if isinstance(project_xml, bytes):
                write_entry(archive, "project.qde", project_xml)
            else:
                # Written as made (the selections of a large project are not held in memory),
                # and deflated in a thread of its own meanwhile (``ZipThread``).
                with ZipThread(archive) as writer:
                    writer.begin("project.qde", force_zip64=large)
                    for piece in project_xml:
                        writer.write(piece)
                    writer.end()
            for file_name, data in sources:
                write_entry(archive, f"sources/{file_name}", data)
        os.replace(partial, path)
    except OSError as os_error:
        reason = os_error.strerror or str(os_error)
        raise QdpxError(f"The project could not be exported to '{path}' ({reason}).") from os_error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
