"""Python's cycle collector paused around bursts of short, acyclic objects.

Each collection walks the objects alive; a burst of tens of thousands of tuples or records
(a report's cells, a long transcript's 15,000 codings) sets off dozens of young collections
and, in a window holding many objects, an old one that walks them all: a fifth to a third of
the burst's time, to find cycles that such records never form.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The collector paused for the block; enabled again afterwards if it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
