"""Project files found sound, remembered so that opening one again unchanged does not read it
whole again.

Opening a project checks it for damage: SQLite's ``quick_check`` reads every page, and
caqda's own checks (:func:`caqda.core.check.quick_problems`) read every coding. On the 50 MB
benchmark project that is 0.3 s of every command and of the window's start (0.07 s at 10 MB).
A file that passed those checks and is still the same file, with the same size and
modification time to the nanosecond, cannot have been damaged since by another program, a copy
or a crash, which is what the checks are for: it opens without them. Any write gives the file
another identity, so the next open checks it whole again: a copy, a sync, an SQLite browser, a
crash, and caqda's own work too (only a state the checks have seen is ever taken as sound, so
a bug of caqda's that damaged a project would still be found at the next open).

What is remembered is each file's path with its identity (device, inode, size, modification
time), the notices its checks gave (problems caqda works around, told again at each open), and
the caqda version and project format that checked it (a newer caqda checks again). It lives in
the user's cache folder (``$CAQDA_CACHE_DIR``, else ``$XDG_CACHE_HOME/caqda``, else
``~/.cache/caqda``), holds the last :data:`KEPT` files, and is only ever an optimisation:
when it cannot be read or written, every open checks. A file written in the last few seconds is
not remembered (:func:`remember`), so that coarse modification times cannot hide a write.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path

import caqda
from caqda.core import schema

KEPT = 64
# A file's modification time must be this much in the past for it to be remembered (FAT keeps
# times to 2 s).
SETTLED_NS = 3_000_000_000
_FILE_NAME = "checked-projects.json"


def cache_folder() -> Path:
    """Where caqda keeps what it may recompute: the user's cache folder for caqda."""
    chosen = os.environ.get("CAQDA_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "caqda"


def identity(path: Path) -> list[object] | None:
    """What tells this file from any other state of it: None if it cannot be read."""
    try:
        status = path.stat()
    except OSError:
        return None
    return [
        status.st_dev,
        status.st_ino,
        status.st_size,
        status.st_mtime_ns,
        caqda.__version__,
        schema.SCHEMA_VERSION,
    ]


def sound_notices(path: Path) -> list[str] | None:
    """The notices of the last checks of ``path``, if it passed them and has not changed since;
    None when it must be checked."""
    entry = _read().get(_key(path))
    now = identity(path)
    if entry is None or now is None or entry.get("identity") != now:
        return None
    notices = entry.get("notices")
    return [str(notice) for notice in notices] if isinstance(notices, list) else None


def remember(path: Path, notices: list[str]) -> None:
    """``path`` passed the checks as it is now, with these notices. A file changed in the last
    :data:`SETTLED_NS` is not remembered: on a file system that keeps modification times to
    the second or two (FAT, HFS+, some network shares), a write in the same tick would leave
    its identity as it was (git's "racily clean" files)."""
    now = identity(path)
    if now is None or time.time_ns() - int(now[3]) < SETTLED_NS:  # type: ignore[call-overload]
        return
    entries = _read()
    entries.pop(_key(path), None)
    entries[_key(path)] = {"identity": now, "notices": list(notices)}
    _write(dict(list(entries.items())[-KEPT:]))


def _key(path: Path) -> str:
    return str(path.resolve())


def _read() -> dict[str, dict]:
    try:
        loaded = json.loads((cache_folder() / _FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return (
        {str(key): value for key, value in loaded.items() if isinstance(value, dict)}
        if isinstance(loaded, dict)
        else {}
    )


def _write(entries: dict[str, dict]) -> None:
    """Replace the list whole (a rename), so that two caqda processes never leave it half
    written; one's entry may be lost, which costs only a check."""
    folder = cache_folder()
    temporary = folder / f".{_FILE_NAME}.{os.getpid()}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(entries), encoding="utf-8")
        os.replace(temporary, folder / _FILE_NAME)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
