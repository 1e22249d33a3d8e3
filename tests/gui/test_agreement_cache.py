"""The agreement window's first table: computed on opening (in the worker), remembered per
project state, and recomputed after each coding, undo and redo; always equal to a table
computed afresh from the project."""

from __future__ import annotations

import random

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from caqda.core import codebook, documents
from caqda.core.agreement.project_input import agreement_report
from caqda.gui.agreement.agreement_window import AgreementWindow
from caqda.gui.agreement.models import ReportModel
from caqda.gui.main_window import MainWindow


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until no deferred refresh is pending and no agreement worker runs."""

    def idle() -> bool:
        QApplication.processEvents()
        view = getattr(window, "agreement_window", None)
        running = view is not None and view._thread is not None and view._thread.isRunning()
        timers = any(t.isActive() and t.interval() < 1000 for t in window.findChildren(QTimer))
        return not running and not timers

    qtbot.waitUntil(idle, timeout=30_000)
    QApplication.processEvents()


def open_view(qtbot, window: MainWindow) -> AgreementWindow:  # type: ignore[no-untyped-def]
    window.action("agreement").trigger()
    view = window.agreement_window
    qtbot.addWidget(view)
    view.samples.setValue(0)  # before the first table is computed: no bootstrap in this test
    settle(qtbot, window)
    return view


def cells(model: ReportModel) -> list[list[str]]:
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def fresh(window: MainWindow) -> list[list[str]]:
    report = agreement_report(window.session.project, ["Ana", "Bruno"], bootstrap_samples=0)  # type: ignore[union-attr]
    model = ReportModel()
    model.load(report)
    return cells(model)


def test_the_first_table_is_there_on_opening_and_follows_every_coding(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.session.set_visible_coders(None)  # type: ignore[union-attr]
    view = open_view(qtbot, window)
    assert view.report is not None, "the table is computed without pressing Compute"
    assert cells(view.report_model) == fresh(window)
    project = window.session.project  # type: ignore[union-attr]
    code_ids = [code.id for code in codebook.list_codes(project)][:6]
    stack = window.session.undo_stack  # type: ignore[union-attr]
    generator = random.Random(4)
    document = documents.list_documents(project)[0]
    window.show_document(document.id)
    for _ in range(6):
        roll = generator.random()
        if roll < 0.5:
            start = generator.randrange(0, document.characters - 300)
            window.coding.code_selection(
                generator.choice(code_ids), (start, start + generator.randint(20, 300))
            )
        elif roll < 0.8:
            stack.undo()
        else:
            stack.redo()
        settle(qtbot, window)
        assert cells(view.report_model) == fresh(window)


def test_reopening_shows_the_remembered_table_at_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    first = open_view(qtbot, window)
    shown = cells(first.report_model)
    first.close()
    window.action("agreement").trigger()
    second = window.agreement_window
    qtbot.addWidget(second)
    second.samples.setValue(0)
    QApplication.processEvents()  # the first-table timer fires: the cache answers, no worker
    assert second.report is not None
    assert second._thread is None
    assert cells(second.report_model) == shown
