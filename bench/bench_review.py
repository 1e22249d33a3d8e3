"""Reviewing on the 10 MB benchmark project: from pressing A (approve) in the review window
until the event loop is idle, the transcript's stripes and the docks included. Each run is a
fresh process on a fresh copy, with one of the 200 documents open and the review window
walking its codings. (Measured on the day it was written: most of the time is the main
window's refresh of every panel after any change, coded shares of all documents included; the
mark itself and the review window take about a tenth.)"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from harness import child_main, run_case, wait_until_idle
from projects import working_copy


def approve() -> float:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from caqda.core import documents
    from caqda.core.project import Project
    from caqda.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = working_copy("10mb", Path(folder))
        Project.open(path).close()  # migrate outside the timing
        window = MainWindow(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window.show()
        window.open_project(path, coder="Ana")
        assert window.session is not None
        window.session.set_visible_coders(None)
        document = documents.list_documents(window.session.project)[3]
        window.show_document(document.id)
        reviewer = window.review.open_window()
        assert reviewer is not None
        reviewer.document_filter.setCurrentIndex(reviewer.document_filter.findData(document.id))  # type: ignore[attr-defined]
        wait_until_idle(app)
        started = time.perf_counter()
        QTest.keyClick(reviewer, Qt.Key.Key_A)
        wait_until_idle(app)
        elapsed = time.perf_counter() - started
        window.close()
        return elapsed


CASES = {"approve": approve}


def main() -> None:
    run_case("Approve a coding (A) until idle, 10 MB project, review window", Path(__file__), "approve",
             goal_seconds=0.3)  # fmt: skip


if __name__ == "__main__":
    if not child_main(CASES):
        main()
