"""Temporary files of interrupted work, cleaned up the next time caqda looks in their folder.

Every writer in caqda writes a hidden sibling of its target and renames it into place, so a
crash never leaves half a project or half a report under the real name. It can leave the
hidden sibling, though: a killed .qdpx import leaves ``.study.caqda.<pid>.importing``, a
complete and openable project nobody knows about. Opening a project and writing an export clean
the leftovers in that folder: a file named with a process id once that process has ended, one
without a process id once it is a day old (long enough for any export still running).
Only names caqda itself makes are touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from pathlib import Path

# .<target>.<pid>.creating|importing|partial|building   (projects, .qdpx import and export, demo)
# .<target>.<pid>.<token>.tmp                            (reports, exports/common.write_atomically)
_WITH_PID = re.compile(r"^\..+\.(?P<pid>\d+)\.(?:creating|importing|partial|building|[0-9a-f]{8}\.tmp)$")
# .<target>.<token>.tmp (older reports), .<target>.partial (REFI codebook), tmpXXXX.csv.tmp
_WITHOUT_PID = re.compile(r"^(?:\..+\.[0-9a-f]{8}\.tmp|\..+\.partial|tmp\w+\.csv\.tmp)$")
_GRACE_SECONDS = 60  # a file this new may belong to a process on another computer (a shared folder)
_UNOWNED_SECONDS = 24 * 3600


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists, belongs to someone else
    return True


def stale_leftovers(folder: Path, *, now: float | None = None) -> list[Path]:
    """caqda's temporary files in ``folder`` whose writer is gone."""
    now = time.time() if now is None else now
    stale: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return stale
    for entry in entries:
        name = entry.name
        with_pid = _WITH_PID.match(name)
        without_pid = None if with_pid else _WITHOUT_PID.match(name)
        if not (with_pid or without_pid):
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if with_pid:
            if age > _GRACE_SECONDS and not _alive(int(with_pid["pid"])):
                stale.append(Path(entry.path))
        elif age > _UNOWNED_SECONDS:
            stale.append(Path(entry.path))
    return sorted(stale)


def clean_leftovers(folder: Path) -> list[Path]:
    """Delete the stale leftovers in ``folder``; returns what was deleted. Never raises."""
    removed = []
    for path in stale_leftovers(folder):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed
