"""The agreement window's first table for two coders (Ana and Bruno, character unit, the
window's default 1,000 bootstrap samples), as the user waits for it: from choosing
Analysis ▸ Agreement with the project open (its opening backup made) until the table is
filled and the event loop idle (the project is read in the window's thread, the report
computed in its worker). Also: the same table opened again after a coding (recomputed in the
worker), and reopened without a change (the remembered table). Each run is a fresh process;
1, 3 and 10 MB projects for the scaling, the 50 MB project (as many runs) against twice the
budget.

Run: ``python bench/bench_agreement_window.py [--quick]`` (``--quick``: 10 MB only).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))

from harness import REPEAT, child_main, run_case

GOAL = 1.0


def _window(path: Path, folder: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from caqda.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat))
    window.show()
    window.open_project(path, coder="Ana")
    return app, window


def _after_the_opening_backup(app, window) -> None:  # type: ignore[no-untyped-def]
    """Wait for the backup made 1.5 s after a project opens (a copy of the whole file, now in
    a worker thread, which still takes one of the two cores for about 0.4 s at 50 MB).
    ``wait_until_idle`` does not wait for timers of a second or more, so on a slow run the
    backup fell inside the timed interval; it is not what this measures."""
    from harness import wait_until_idle

    while window.backups._after_open.isActive():
        app.processEvents()
        time.sleep(0.01)
    wait_until_idle(app)


def _first_table(path_text: str, after: str = "open") -> float:
    from harness import wait_until_idle

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "bench.caqda"
        shutil.copyfile(path_text, copy)
        app, window = _window(copy, folder)
        _after_the_opening_backup(app, window)
        if after != "open":
            window.action("agreement").trigger()
            wait_until_idle(app)
            assert window.agreement_window.report is not None
            if after == "coding":
                view = window.transcript
                view.select_range(10, 200)
                started = time.perf_counter()
                window.coding.code_selection(window.session.shortcuts()["1"])
                wait_until_idle(app)
                return time.perf_counter() - started
            window.agreement_window.close()
            wait_until_idle(app)
        started = time.perf_counter()
        window.action("agreement").trigger()
        wait_until_idle(app)
        seconds = time.perf_counter() - started
        assert window.agreement_window.report is not None, "the first table was not computed"
        window.close()
    return seconds


CASES = {
    "open": lambda path: _first_table(path, "open"),
    "coding": lambda path: _first_table(path, "coding"),
    "reopen": lambda path: _first_table(path, "reopen"),
}


def main() -> None:
    from projects import project_path

    from caqda.core.project import Project

    quick = "--quick" in sys.argv
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; every figure from a fresh process.")
    medians = {}
    for name in ["10mb"] if quick else ["1mb", "3mb", "10mb"]:
        path = project_path(name)
        Project.open(path).close()  # brought up to date, untimed
        run_case(
            f"{name}: agreement window, first table",
            __file__,
            "open",
            goal_seconds=GOAL,
            arguments=[str(path)],
        )
        if name == "10mb":
            run_case(
                f"{name}: a coding while the table is shown, until it is recomputed",
                __file__,
                "coding",
                goal_seconds=GOAL,
                arguments=[str(path)],
            )
            run_case(
                f"{name}: agreement window reopened, no change (remembered)",
                __file__,
                "reopen",
                goal_seconds=0.3,
                arguments=[str(path)],
            )
    if quick:
        return
    path = project_path("50mb")
    Project.open(path).close()
    run_case(
        "50mb: agreement window, first table",
        __file__,
        "open",
        goal_seconds=2 * GOAL,
        repeat=REPEAT,
        arguments=[str(path)],
    )
    _ = medians


if __name__ == "__main__":
    if not child_main(CASES):
        main()
