"""Measure what the user waits for: each run in a fresh process, median and min–max, peak memory.

Two ways to run a case:

- ``run_command(label, argv, goal_seconds=...)`` times a whole command (``caqda ...``) from
  start to exit, with the peak memory of that process (``os.wait4``).
- ``run_case(label, script, case, goal_seconds=...)`` starts ``python SCRIPT --case CASE`` afresh
  for every run. The script calls ``child_main(CASES)``; the case function does its setup, then
  returns the seconds it timed itself (from the user's action until the event loop is idle,
  see ``wait_until_idle``). Peak memory is the child's whole-life maximum resident size.

Every figure is printed beside its goal and appended to ``$CAQDA_BENCH_RESULTS`` (JSON lines)
when that is set, so that ``bash run.sh bench`` can end with one table of all of them.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPEAT = int(os.environ.get("CAQDA_BENCH_REPEAT", "5"))
_RESULT_PREFIX = "CAQDA-BENCH-RESULT "


def machine_probe() -> float:
    """Seconds a fixed pure-Python loop takes here, now (the quickest of three): a gauge of how
    fast the machine runs at the moment a figure is taken. A shared machine's speed drifts by
    half for minutes at a time; the table at the end sets each figure's probe beside the
    quickest of the run, so a figure over its goal can be told from a slow moment. It changes
    no figure and no verdict."""
    times = []
    for _ in range(3):
        started = time.perf_counter()
        sum(range(1_000_000))
        times.append(time.perf_counter() - started)
    return min(times)


def _verdict(within: bool) -> str:
    return "within goal" if within else "OVER GOAL"


# Each reported figure's median in seconds, by label: for a script's scaling summary.
MEDIANS: dict[str, float] = {}


def report(
    label: str,
    seconds: Sequence[float],
    peaks_mb: Sequence[float],
    *,
    goal_seconds: float | None,
    goal_mb: float | None = None,
    fresh: bool = True,
) -> bool:
    """Print one figure with its goal; record it; say whether it is within the goal. ``fresh``
    says each run was a new process (False: repeated runs inside one process)."""
    median = MEDIANS[label] = statistics.median(seconds)
    peak = max(peaks_mb) if peaks_mb else 0.0
    within = (goal_seconds is None or median <= goal_seconds) and (goal_mb is None or peak <= goal_mb)
    runs = "fresh runs" if fresh else "runs in one process"
    goals = []
    if goal_seconds is not None:
        goals.append(f"< {goal_seconds * 1000:.0f} ms")
    if goal_mb is not None:
        goals.append(f"< {goal_mb:.0f} MB")
    print(
        f"{label}: median {median * 1000:.0f} ms"
        f" (min–max {min(seconds) * 1000:.0f}–{max(seconds) * 1000:.0f} ms over {len(seconds)} {runs}),"
        f" peak {peak:.0f} MB" + (f"; goal {', '.join(goals)}: {_verdict(within)}" if goals else ""),
        flush=True,
    )
    results = os.environ.get("CAQDA_BENCH_RESULTS")
    if results:
        with open(results, "a", encoding="utf-8") as out:
            out.write(
                json.dumps(
                    {
                        "label": label,
                        "median_s": median,
                        "min_s": min(seconds),
                        "max_s": max(seconds),
                        "runs": len(seconds),
                        "peak_mb": peak,
                        "goal_s": goal_seconds,
                        "goal_mb": goal_mb,
                        "within": within,
                        "probe_s": machine_probe(),
                    }
                )
                + "\n"
            )
    return within


def run_command(
    label: str,
    argv: Sequence[str],
    *,
    goal_seconds: float | None,
    goal_mb: float | None = None,
    repeat: int = REPEAT,
    before: Callable[[], object] | None = None,
) -> bool:
    """Time ``argv`` as a whole, in a fresh process each run (``before`` runs untimed first)."""
    seconds, peaks = [], []
    for _ in range(repeat):
        if before is not None:
            before()
        started = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds.append(time.perf_counter() - started)
        process.returncode = os.waitstatus_to_exitcode(status)
        error = process.stderr.read().decode(errors="replace") if process.stderr else ""
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(map(str, argv))} failed ({process.returncode}): {error[-2000:]}")
        peaks.append(usage.ru_maxrss / 1024)
    return report(label, seconds, peaks, goal_seconds=goal_seconds, goal_mb=goal_mb)


def run_case(
    label: str,
    script: str | Path,
    case: str,
    *,
    goal_seconds: float | None,
    goal_mb: float | None = None,
    repeat: int = REPEAT,
    arguments: Sequence[str] = (),
) -> bool:
    """Run ``case`` of ``script`` in a fresh process ``repeat`` times and report its figures."""
    seconds, peaks = [], []
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for _ in range(repeat):
        completed = subprocess.run(
            [sys.executable, str(script), "--case", case, *arguments],
            capture_output=True,
            text=True,
            env=env,
        )
        lines = [line for line in completed.stdout.splitlines() if line.startswith(_RESULT_PREFIX)]
        if completed.returncode != 0 or not lines:
            raise RuntimeError(f"{script} --case {case} failed: {completed.stderr[-3000:]}")
        result = json.loads(lines[-1][len(_RESULT_PREFIX) :])
        seconds.append(result["seconds"])
        peaks.append(result["peak_mb"])
    return report(label, seconds, peaks, goal_seconds=goal_seconds, goal_mb=goal_mb)


def peak_mb() -> float:
    """This process's peak resident memory so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_main(cases: dict[str, Callable[..., float]]) -> bool:
    """In a benchmark script: when started as ``--case NAME [ARGS]``, run that case and print its
    result line, then return True (the script should exit); otherwise return False."""
    if "--case" not in sys.argv:
        return False
    index = sys.argv.index("--case")
    name, extra = sys.argv[index + 1], sys.argv[index + 2 :]
    seconds = cases[name](*extra)
    print(_RESULT_PREFIX + json.dumps({"seconds": seconds, "peak_mb": peak_mb()}), flush=True)
    return True


def wait_until_idle(app: object, timeout: float = 60.0) -> None:
    """Process Qt events until nothing is left to do: no posted events that make work, no active
    short timer (deferred refreshes are QTimer objects), no running thread-pool or QThread worker.

    Deferred work in caqda must be a ``QTimer`` child of a window (or run in a worker), so that it
    is seen here: a ``QTimer.singleShot`` call would hide from this check."""
    from PySide6.QtCore import QEventLoop, QThread, QThreadPool, QTimer

    deadline = time.perf_counter() + timeout
    quiet_rounds = 0
    while time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)  # type: ignore[attr-defined]
        app.sendPostedEvents()  # type: ignore[attr-defined]
        busy = QThreadPool.globalInstance().activeThreadCount() > 0
        for window in app.topLevelWidgets():  # type: ignore[attr-defined]
            if any(timer.isActive() and timer.interval() < 1000 for timer in window.findChildren(QTimer)):
                busy = True
                break
            if any(thread.isRunning() for thread in window.findChildren(QThread)):
                busy = True
                break
        if busy:
            quiet_rounds = 0
            time.sleep(0.0005)
            continue
        quiet_rounds += 1
        if quiet_rounds >= 2:
            return
    raise TimeoutError("the event loop did not become idle")
