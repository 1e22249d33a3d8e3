"""Auto-coding every place a search finds on the 10 MB project (200 documents, 60,000 codings):
"ouvidoria" is found 15,431 times. Each figure is a fresh process on a fresh copy:

- command: ``caqda autocode PROJECT ouvidoria --code … --coder Ana`` as a whole, Python start
  included;
- window: the search dock's "Code all hits" until the window is idle again (codings committed,
  docks and stripes refreshed);
- undo: Edit › Undo of that auto-coding until idle.

The goals are ours (no issue sets one): auto-coding thousands of places should take about as
long as reading the result.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import child_main, run_case, run_command, wait_until_idle
from projects import project_path

QUERY, CODE, HITS = "ouvidoria", "Code 0.1", 15_431


def _fresh() -> Path:
    target = Path(tempfile.mkdtemp()) / "autocode.caqda"
    shutil.copyfile(project_path("10mb"), target)
    return target


def _window(path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from caqda.core import codebook
    from caqda.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat))
    window.show()
    window.open_project(path, coder="Ana")
    window.show_document(1)
    code_id = codebook.find_code(window.session.project, CODE).id  # type: ignore[union-attr]
    window.ask_code = lambda *_: code_id  # type: ignore[method-assign]
    window.search_panel.query.setText(QUERY)
    window.search_panel.run_search()
    wait_until_idle(app)
    if len(window.search_panel.model.rows) != HITS:
        raise RuntimeError(f"expected {HITS} hits, found {len(window.search_panel.model.rows)}")
    return app, window


def _coded(window) -> int:  # type: ignore[no-untyped-def]
    return int(window.session.project.scalar("SELECT COUNT(*) FROM codings"))


def case_window() -> float:
    app, window = _window(_fresh())
    before = _coded(window)
    started = time.perf_counter()
    window.search_actions.autocode_hits("hit")
    wait_until_idle(app)
    seconds = time.perf_counter() - started
    if _coded(window) != before + HITS:
        raise RuntimeError("auto-coding did not code every hit")
    window.close()
    return seconds


def case_undo() -> float:
    app, window = _window(_fresh())
    before = _coded(window)
    window.search_actions.autocode_hits("hit")
    wait_until_idle(app)
    started = time.perf_counter()
    window.session.undo_stack.undo()
    wait_until_idle(app)
    seconds = time.perf_counter() - started
    if _coded(window) != before:
        raise RuntimeError("undo did not remove the auto-coding")
    window.close()
    return seconds


CASES = {"window": case_window, "undo": case_undo}


def main() -> None:
    print(f"10 MB project, '{QUERY}' found {HITS:,} times; each run on a fresh copy")
    path = Path(tempfile.mkdtemp()) / "autocode.caqda"

    def fresh_copy() -> None:
        shutil.copyfile(project_path("10mb"), path)

    run_command(
        f"caqda autocode ({HITS:,} places, whole command)",
        [sys.executable, "-m", "caqda", "autocode", str(path), QUERY, "--code", CODE, "--coder", "Ana"],
        goal_seconds=3.0,
        before=fresh_copy,
    )
    script = Path(__file__)
    run_case(f"Code all {HITS:,} hits in the window, until idle", script, "window", goal_seconds=3.0)
    run_case("Undo of that auto-coding, until idle", script, "undo", goal_seconds=3.0)


if __name__ == "__main__":
    if not child_main(CASES):
        main()
