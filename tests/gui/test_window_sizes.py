"""Every window and dialog opens inside a 1366×768 screen (tests/conftest.py's offscreen screen)
with its key buttons on screen: a new user on a small laptop once could not reach Compute."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from caqda.core import codebook, coders, documents
from caqda.gui.main_window import MainWindow

SCREEN = (1366, 768)


def _fits(widget: QWidget) -> None:
    available = QApplication.primaryScreen().availableGeometry()
    assert (available.width(), available.height()) == SCREEN
    name = type(widget).__name__
    assert widget.width() <= SCREEN[0] and widget.height() <= SCREEN[1], (name, widget.size())
    hint = widget.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (name, hint)


def _reachable(widget: QWidget, button: QAbstractButton) -> None:
    """The button is shown and its whole rectangle lies inside the window."""
    assert button.isVisible(), button.text()
    top_left = button.mapTo(widget, QPoint(0, 0))
    inside = QRect(top_left, button.size())
    assert widget.rect().contains(inside), (type(widget).__name__, button.text(), inside, widget.rect())


def _settle(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    if os.environ.get("CAQDA_SCREENSHOTS"):
        widget.grab().save(f"/tmp/polish-{type(widget).__name__}.png")


def _button(widget: QWidget, text: str) -> QAbstractButton:
    for button in widget.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text:
            return button
    raise AssertionError(f"no button {text!r} in {type(widget).__name__}")


def test_agreement_window_shows_compute_on_a_small_screen(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_agreement()
    agreement = window.agreement_window
    _settle(qtbot, agreement)
    _fits(agreement)
    _reachable(agreement, agreement.compute_button)
    _reachable(agreement, agreement.csv_button)


@pytest.mark.parametrize("opener", ["audit", "documents", "attributes", "review"])
def test_project_windows_fit_a_small_screen(window: MainWindow, qtbot, opener: str) -> None:  # type: ignore[no-untyped-def]
    openers: dict[str, Callable[[], QWidget | None]] = {
        "audit": lambda: (window.open_audit(), window.audit_dialog)[1],
        "documents": window.corpus_actions.open_documents,
        "attributes": window.corpus_actions.open_attributes,
        "review": window.review.open_window,
    }
    opened = openers[opener]()
    assert opened is not None
    _settle(qtbot, opened)
    _fits(opened)
    for button in opened.findChildren(QAbstractButton):
        if button.isVisibleTo(opened) and button.text():
            _reachable(opened, button)


def test_dialogs_fit_a_small_screen(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caqda.gui.dialogs.code_editor import CodeEditorDialog
    from caqda.gui.dialogs.export_dialog import ExportDialog
    from caqda.gui.dialogs.memo_editor import MemoEditorDialog
    from caqda.gui.dialogs.new_project import NewProjectWizard

    project = window.session.project  # type: ignore[union-attr]
    export = ExportDialog(
        [d.name for d in documents.list_documents(project)],
        [codebook.code_path(project, c) for c in codebook.list_codes(project)],
        [c.name for c in coders.list_coders(project)],
        ["role", "site"],
        None,
        tmp_path,
        window,
    )
    dialogs: list[QDialog] = [export, NewProjectWizard(window)]
    dialogs.append(MemoEditorDialog("Memo", "E01", "A memo. " * 400, window))
    dialogs.append(CodeEditorDialog("Complaint", "#cc3333", "A definition. " * 60, "", "", "", window))
    from caqda.gui.coding_actions import code_rows
    from caqda.gui.dialogs.code_history import CodeHistoryDialog
    from caqda.gui.dialogs.code_picker import CodePickerDialog
    from caqda.gui.dialogs.coder_chooser import CoderChooserDialog
    from caqda.gui.dialogs.coding_range import CodingRangeDialog
    from caqda.gui.dialogs.header_attributes import HeaderAttributesDialog

    codes = codebook.list_codes(project)
    text = documents.document_text(project, documents.list_documents(project)[0].id)
    dialogs += [
        CodePickerDialog(code_rows(codes), [], window),
        CodingRangeDialog(text, 100, 400, window),
        CoderChooserDialog([f"Coder {n}" for n in range(30)], None, window),
        HeaderAttributesDialog({f"Field {n}": ["a", "b"] for n in range(40)}, window),
        CodeHistoryDialog(project, codes[1], window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        _settle(qtbot, dialog)
        _fits(dialog)
    _reachable(export, _button(export, "OK") if _has(export, "OK") else _button(export, "Export"))


def _has(widget: QWidget, text: str) -> bool:
    return any(b.text().replace("&", "") == text for b in widget.findChildren(QAbstractButton))


def test_fit_to_screen_shrinks_only_what_is_too_big(qtbot) -> None:  # type: ignore[no-untyped-def]
    from caqda.gui.screen_fit import fit_to_screen

    small, big = QWidget(), QWidget()
    qtbot.addWidget(small)
    qtbot.addWidget(big)
    fit_to_screen(small, 500, 300)
    fit_to_screen(big, 1400, 900)
    assert (small.width(), small.height()) == (500, 300)
    assert big.width() <= 1366 and big.height() <= 768
    QTimer.singleShot(0, lambda: None)


def test_agreement_window_names_both_scales_after_compute(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """κ 'substantial' beside α 'unreliable' confused a user: each words column names its scale
    and a legend under the table gives both scales' sources, visible in the window."""
    from PySide6.QtCore import Qt

    window.open_agreement()
    view = window.agreement_window
    _settle(qtbot, view)
    view.samples.setValue(0)
    with qtbot.waitSignal(view.report_ready, timeout=20_000):
        view.compute_button.click()
    model = view.report_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert any("Landis & Koch 1977" in h for h in headers) and any("Krippendorff 2004" in h for h in headers)
    legend = view.scales.text()
    assert "Landis &amp; Koch (1977)" in legend and "Krippendorff (2004)" in legend
    _reachable(view, view.compute_button)
    assert view.scales.isVisible() and view.scales.height() >= view.scales.fontMetrics().height()
    if os.environ.get("CAQDA_SCREENSHOTS"):
        view.grab().save("/tmp/polish-AgreementWindow-computed.png")
