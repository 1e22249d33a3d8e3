"""The coding workbench, timed as the user waits for it: from the action until the event loop is
idle again (the docks' deferred refreshes included), each run in a fresh process.

Projects: single transcripts of 100,000 / 300,000 / 1,000,000 characters with 1,500 / 5,000 /
15,000 codings (2 coders, 40 codes, spans of 50-600 characters), and the synthetic 1 / 3 / 10 MB
projects of ``bench/projects.py`` (the document with most codings is shown). Every run opens the
project in a new process, shows the window, then times in turn: adding a coding (select, press
``1``), undo, redo, recode, resize, remove (through the same commands the menus use), and
switching to another document. Start-up (imports, window, project, first document, every dock
filled) is timed separately from the start of the process. A 50 MB project (1,000 documents,
300,000 codings) is opened too, as many times, and checked against the budgets doubled.

Run: ``python bench/bench_transcript.py [--quick | --only NAME]`` (``--quick``: 1M transcript
and 10 MB only; ``--only 50mb``: one project).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

from harness import REPEAT, peak_mb, report

_PREFIX = "CAQDA-BENCH-FIGURES "
ACTIONS = ("code", "undo", "redo", "recode", "resize", "remove", "switch")
ACTION_GOAL = 0.030
SWITCH_GOAL = 0.100
OPEN_GOAL = 1.0
MEMORY_GOAL = 300.0
TRANSCRIPTS = {"100k": (100_000, 1_500), "300k": (300_000, 5_000), "1m": (1_000_000, 15_000)}
TRANSCRIPT_VERSION = 2


# -- projects -----------------------------------------------------------------------------------
def transcript_project(name: str) -> Path:
    """A project holding one long transcript and a short one (cached in bench/.cache)."""
    from projects import CACHE

    characters, codings = TRANSCRIPTS[name]
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"transcript-{name}-v{TRANSCRIPT_VERSION}.caqda"
    if path.exists():
        return path
    from bench_import import transcript
    from synthetic import insert_random_codings

    from caqda.core import codebook, coders, documents
    from caqda.core.project import Project

    partial = path.with_suffix(".building")
    partial.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"interview-{name}.txt"
        source.write_text(transcript(characters, seed=characters), encoding="utf-8")
        with Project.create(partial) as project:
            document = documents.import_file(project, source).document
            assert document is not None
            short = Path(folder) / "short-note.txt"
            short.write_text(transcript(5_000, seed=5), encoding="utf-8")
            documents.import_file(project, short)  # somewhere to switch from
            code_ids = [codebook.add_code(project, f"Code {n:02d}").id for n in range(40)]
            coder_ids = [coders.ensure_coder(project, coder).id for coder in ("Ana", "Bruno")]
            insert_random_codings(
                project,
                codings,
                documents=[document],
                code_ids=code_ids,
                coder_ids=coder_ids,
                seed=characters,
            )
    partial.replace(path)
    return path


def project_file(name: str) -> Path:
    """The cached project, brought up to this caqda's schema (untimed, once)."""
    from caqda.core.project import Project

    if name in TRANSCRIPTS:
        path = transcript_project(name)
    else:
        from projects import project_path

        path = project_path(name)
    Project.open(path).close()
    return path


# -- the child: one fresh process ----------------------------------------------------------------
def _open_window(path: Path, folder: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from caqda.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat))
    window.resize(1440, 900)
    window.show()
    window.open_project(path, coder="Ana")
    return app, window


def _busiest_documents(window) -> list[int]:  # type: ignore[no-untyped-def]
    """The document with most codings, then another one."""
    project = window.session.project
    busiest = project.scalar(
        "SELECT document_id FROM codings GROUP BY document_id ORDER BY COUNT(*) DESC, document_id LIMIT 1"
    )
    other = project.scalar("SELECT id FROM documents WHERE id != ? ORDER BY position LIMIT 1", (busiest,))
    return [busiest, other]


def child_actions(path: Path) -> dict[str, float]:
    """Open the project, show its busiest document with every coder's codings, time each action."""
    from harness import wait_until_idle
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from caqda.core import codebook

    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench.caqda"
        shutil.copyfile(path, copy)  # not read into memory: the peak is the window's
        app, window = _open_window(copy, folder)
        # The backup made 1.5 s after a project opens, made now and untimed: otherwise it lands
        # in whichever action runs at that moment (a one-off after opening, not that action's).
        window.backups._after_open.stop()
        window.backups.back_up("open")
        session = window.session
        session.set_visible_coders(None)
        busiest = _busiest_documents(window)
        others = busiest[1:]
        window.show_document(busiest[0])
        window.docks["segments"].raise_()
        wait_until_idle(app)
        view = window.transcript
        stack = session.undo_stack
        codes = [code.id for code in codebook.list_codes(session.project)]

        def timed(label: str, action) -> None:  # type: ignore[no-untyped-def]
            wait_until_idle(app)
            started, cpu = time.perf_counter(), time.process_time()
            action()
            wait_until_idle(app)
            figures[label] = time.perf_counter() - started
            figures[label + " cpu"] = time.process_time() - cpu

        middle = view.blockCount() // 2
        view.restore_scroll(middle)
        wait_until_idle(app)
        first = view.offsets.to_code_point(view.firstVisibleBlock().position())
        view.select_range(first + 10, first + 250)
        timed("code", lambda: QTest.keyClick(view, Qt.Key.Key_1))
        timed("undo", stack.undo)
        timed("redo", stack.redo)
        coding_id = max(view.index.by_id)
        view.select_coding(coding_id, scroll=False)
        window.ask_code = lambda recent, exclude=None: codes[-1]  # type: ignore[method-assign]
        timed("recode", window.coding.recode)
        timed("resize", lambda: window.coding.resize_coding(coding_id, first + 20, first + 300))
        timed("remove", lambda: window.coding.remove_coding(coding_id))
        window.show_document(others[0])
        timed("switch", lambda: window.show_document(busiest[0]))
        window.close()
    return figures


def child_startup(path: Path) -> dict[str, float]:
    """From the start of the case (before Qt and caqda are imported; the interpreter's own
    start, ~50 ms, is not counted) until the window is idle with the project open, its last
    document shown and every dock filled."""
    started, cpu = time.perf_counter(), time.process_time()
    from harness import wait_until_idle

    with tempfile.TemporaryDirectory() as folder:
        app, window = _open_window(path, folder)
        wait_until_idle(app)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        window.close()
    return {"open": seconds, "open cpu": cpu}


def _child() -> bool:
    if "--child" not in sys.argv:
        return False
    index = sys.argv.index("--child")
    kind, path = sys.argv[index + 1], Path(sys.argv[index + 2])
    figures = child_startup(path) if kind == "startup" else child_actions(path)
    print(_PREFIX + json.dumps({"figures": figures, "peak_mb": peak_mb()}), flush=True)
    return True


# -- the parent ----------------------------------------------------------------------------------
def run_child(kind: str, name: str, repeat: int) -> tuple[dict[str, list[float]], list[float]]:
    figures: dict[str, list[float]] = {}
    peaks = []
    path = project_file(name)  # built and brought up to date here, untimed
    for _ in range(repeat):
        completed = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(path)],
            capture_output=True,
            text=True,
            env=dict(os.environ),
        )
        lines = [line for line in completed.stdout.splitlines() if line.startswith(_PREFIX)]
        if completed.returncode != 0 or not lines:
            raise RuntimeError(f"{kind} {name} failed: {completed.stderr[-3000:]}")
        result = json.loads(lines[-1][len(_PREFIX) :])
        for label, seconds in result["figures"].items():
            figures.setdefault(label, []).append(seconds)
        peaks.append(result["peak_mb"])
    return figures, peaks


def measure(name: str, repeat: int, factor: float = 1.0) -> dict[str, float]:
    """Report start-up and every action for one project; returns the medians."""
    medians = {}
    figures, peaks = run_child("startup", name, repeat)
    report(
        f"{name}: start-up to a usable window",
        figures["open"],
        peaks,
        goal_seconds=OPEN_GOAL * factor,
        goal_mb=MEMORY_GOAL * factor,
    )
    _cpu_line("start-up", figures["open cpu"])
    medians["open"] = statistics.median(figures["open"])
    medians["open cpu"] = statistics.median(figures["open cpu"])
    figures, peaks = run_child("actions", name, repeat)
    for action in ACTIONS:
        goal = (SWITCH_GOAL if action == "switch" else ACTION_GOAL) * factor
        report(f"{name}: {action}", figures[action], peaks, goal_seconds=goal, goal_mb=MEMORY_GOAL * factor)
        _cpu_line(action, figures[action + " cpu"])
        medians[action] = statistics.median(figures[action])
        medians[action + " cpu"] = statistics.median(figures[action + " cpu"])
    return medians


def _cpu_line(label: str, seconds: list[float]) -> None:
    """The same step in CPU time of the process: what it costs when no other program competes
    for the cores (disk waits left out), to read beside the wall-clock figure on a busy machine."""
    print(
        f"    {label} in CPU time: median {statistics.median(seconds) * 1000:.0f} ms"
        f" (min–max {min(seconds) * 1000:.0f}–{max(seconds) * 1000:.0f} ms)",
        flush=True,
    )


def scaling(title: str, sizes: list[tuple[str, float]], medians: dict[str, dict[str, float]]) -> None:
    """Say whether cost grows no faster than linearly: the ratio of times is at most the ratio
    of sizes (with 20% and 5 ms of slack for noise)."""
    print(f"Scaling ({title}; wall clock, then CPU time):")
    for figure in ("open", "code", "switch", "open cpu", "code cpu", "switch cpu"):
        row = [medians[name][figure] * 1000 for name, _ in sizes]
        (small, small_size), (large, large_size) = sizes[0], sizes[-1]
        ratio_time = medians[large][figure] / max(medians[small][figure], 1e-9)
        ratio_size = large_size / small_size
        linear = medians[large][figure] <= medians[small][figure] * ratio_size * 1.2 + 0.005
        print(
            f"  {figure}: "
            + " / ".join(f"{name} {value:.0f} ms" for (name, _), value in zip(sizes, row, strict=True))
            + f"; ×{ratio_time:.1f} for ×{ratio_size:.0f} the size: "
            + ("no faster than linear" if linear else "FASTER THAN LINEAR")
        )


def main() -> None:
    quick = "--quick" in sys.argv
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; every figure from a fresh process.")
    medians: dict[str, dict[str, float]] = {}
    transcripts = ["1m"] if quick else ["100k", "300k", "1m"]
    projects = ["10mb"] if quick else ["1mb", "3mb", "10mb"]
    for name in transcripts + projects:
        if only is None or only == name:
            medians[name] = measure(name, REPEAT)
    if not quick and only is None:
        scaling("transcripts", [("100k", 100), ("300k", 300), ("1m", 1000)], medians)
        scaling("projects", [("1mb", 1), ("3mb", 3), ("10mb", 10)], medians)
    if not quick and only in (None, "50mb"):
        big = measure("50mb", REPEAT, factor=2.0)
        for clock, suffix in (("wall-clock", ""), ("CPU", " cpu")):
            usable = big["open" + suffix] <= 2 * OPEN_GOAL and all(
                big[action + suffix] <= 2 * (SWITCH_GOAL if action == "switch" else ACTION_GOAL)
                for action in ACTIONS
            )
            print(
                f"50 MB project (1,000 documents, 300,000 codings), {clock} medians: "
                + (
                    "opens and stays usable (every budget at most doubled)."
                    if usable
                    else "OVER the doubled budgets."
                )
            )


if __name__ == "__main__":
    if not _child():
        main()
