"""What every export shares: its result, its error, and writing the file atomically.

An export never leaves a half-written file where the researcher expects a report: it writes
to a temporary file beside the target and renames it into place only when writing succeeded,
so an old report stays intact if the new one fails (disk full, a bug, a crash).
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from caqda.core.errors import CaqdaError
from caqda.core.leftovers import clean_leftovers
from caqda.core.project import Project
from caqda.core.wording import counted as counted  # the one way to write '1 code', '12 codes'

# Characters XML 1.0 cannot hold at all. Document text is already free of them (normalised on
# import), but memos and definitions are typed by people and pasted from anywhere.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


class ExportError(CaqdaError):
    """An export was refused or could not be written; nothing was left half-written."""


@dataclass(frozen=True)
class ExportSummary:
    """Where an export was written and how many items it holds (segments, codes or codings:
    each export function says which)."""

    path: Path
    items: int


def xml_safe(text: str) -> str:
    """``text`` without the characters an XML file cannot contain."""
    return _NOT_XML.sub("", text)


def project_name(project: Project) -> str:
    """The name a report shows for the project: its file name without ``.caqda``."""
    return project.path.stem


def export_date() -> str:
    """Today's date as ISO 8601 (``2024-05-01``): unambiguous in every language."""
    return date.today().isoformat()


def check_target(path: str | os.PathLike[str], suffixes: tuple[str, ...]) -> Path:
    """The export target as a Path, refused in plain words when it cannot be written."""
    target = Path(path)
    if target.suffix.lower() not in suffixes:
        wanted = " or ".join(suffixes)
        raise ExportError(f"'{target.name}' should end in {wanted}; caqda cannot write that kind of file.")
    if target.is_dir():
        raise ExportError(f"'{target}' is a folder; give a file name to export to.")
    if not target.parent.is_dir():
        raise ExportError(f"The folder '{target.parent}' does not exist; choose another place to export to.")
    return target


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write`` with a temporary path in the target's folder, then rename it over ``target``.

    The temporary file is created with the usual permissions (respecting the umask), so the
    report is as readable as any file the researcher saves. Raises :class:`ExportError`.
    """
    clean_leftovers(target.parent)  # of exports killed before (named with their process id)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        descriptor = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        os.close(descriptor)
    except OSError as error:
        raise ExportError(
            f"caqda cannot write into the folder '{target.parent}' ({error.strerror or error})."
        ) from error
    try:
        write(temporary)
        os.replace(temporary, target)
    except PermissionError as error:
        raise ExportError(
            f"'{target.name}' could not be written ({error.strerror or error}). "
            "If it is open in Word or Excel, close it there and export again."
        ) from error
    except OSError as error:
        raise ExportError(f"'{target.name}' could not be written ({error.strerror or error}).") from error
    finally:
        temporary.unlink(missing_ok=True)
