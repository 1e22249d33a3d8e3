"""Large freed buffers go back to the operating system at once (glibc's malloc, on Linux).

An import makes and lets go of several buffers the size of the text (the file's bytes, the
text as read, the normalised text, its UTF-8, SQLite's copies). glibc serves a request above
its *mmap threshold* with a mapping of its own, unmapped when freed; but the threshold moves:
once a mapped block of N bytes is freed, glibc raises the threshold to N (up to 32 MB), so the
next buffers below that size come from the heap, and the heap keeps what was freed inside it.
After the first few megabytes of an import are freed, the rest of it therefore leaves each
freed copy resident, and the process's peak counts every copy ever made, not the copies held
at one moment: a 4 MB .txt import grew the resident size 3.9 times its text, of which a whole
copy was freed memory the heap kept.

A fixed threshold (``mallopt(M_MMAP_THRESHOLD, 1 MiB)``, which also stops glibc moving it)
maps every block of a megabyte or more and unmaps it when freed. Smaller blocks (Python's own
objects, SQLite's pages) are served as before, so the many small allocations of coding and
drawing do not pay a system call; a block of a megabyte or more costs an mmap and munmap,
little beside filling it. Set once, for the whole process, when the importers load; on other
C libraries (macOS, Windows, musl) nothing is done, since their allocators return large blocks
of their own accord or have no such setting.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Iterator

FIXED_MMAP_THRESHOLD = 1 << 20
_M_MMAP_THRESHOLD = -3  # from glibc's malloc.h

_applied: bool | None = None


def fix_mmap_threshold() -> bool:
    """Fix glibc's mmap threshold once per process; whether it is fixed (False where there is
    no glibc, or it refused)."""
    global _applied
    if _applied is None:
        _applied = _set_threshold(FIXED_MMAP_THRESHOLD)
    return _applied


@contextlib.contextmanager
def blocks_mapped_from(size: int) -> Iterator[None]:
    """Within the block, map a new block of ``size`` bytes or more that the heap has no free
    room for (the fixed threshold again after it), where the threshold is fixed (glibc).

    For a text that grows a little at a time (a PDF's, page by page): CPython grows a string
    held once in place with ``realloc``, which moves a block under the threshold about the
    heap, leaving the old places behind (about as much again as the text, resident until the
    heap is trimmed), and copies it whole into a mapping of its own when it passes the
    threshold. A mapped block grows by ``mremap``, moved without a copy. Process-wide, as is
    the fixed threshold: another thread's blocks meanwhile are placed the same way, and a
    block of this size or more costs it an ``mmap`` and ``munmap``, nothing else."""
    lowered = fix_mmap_threshold() and _set_threshold(size)
    try:
        yield
    finally:
        if lowered:
            _set_threshold(FIXED_MMAP_THRESHOLD)


def _set_threshold(size: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)  # the C library the interpreter runs on
        mallopt = libc.mallopt
        libc.gnu_get_libc_version  # noqa: B018  (present only in glibc: musl's mallopt does nothing)
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, size))


def release_freed_memory() -> None:
    """Give the heap's free pages back to the system (glibc's ``malloc_trim``), where the
    threshold is fixed (glibc).

    Blocks under the threshold are freed into the heap, which keeps them: the many small
    objects made while a text is read and prepared (lines, matches, growing arrays), about half
    a copy of the text, would stay resident beside the copies made for SQLite. An import calls
    this between its phases (a few milliseconds: the heap is walked once)."""
    if fix_mmap_threshold():
        ctypes.CDLL(None).malloc_trim(0)
