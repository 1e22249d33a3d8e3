"""Shared by the benchmarks: time a callable a few times and print the figure beside its goal."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(label: str, action: Callable[[], object], *, goal_seconds: float, repeat: int = 5) -> float:
    """Print the median wall time of ``action`` over ``repeat`` runs; return it in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    median = statistics.median(times)
    verdict = "within goal" if median <= goal_seconds else "OVER GOAL"
    print(
        f"{label}: median {median * 1000:.0f} ms over {repeat} runs "
        f"(min {min(times) * 1000:.0f} ms; goal < {goal_seconds * 1000:.0f} ms: {verdict})"
    )
    return median
