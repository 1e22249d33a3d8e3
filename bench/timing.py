"""Shared by the older benchmarks: time a callable a few times in this process and print the
figure beside its goal. New benchmarks use ``harness.py`` (a fresh process per run); figures from
here are marked "in process" in the summary table because they leave process start-up out."""

from __future__ import annotations

import time
from collections.abc import Callable

from harness import peak_mb, report


def measure(label: str, action: Callable[[], object], *, goal_seconds: float, repeat: int = 5) -> float:
    """Print the median wall time of ``action`` over ``repeat`` runs; return it in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    label = label if "in process" in label else f"{label} (in process)"
    report(label, times, [peak_mb()], goal_seconds=goal_seconds, fresh=False)
    return sorted(times)[len(times) // 2]
