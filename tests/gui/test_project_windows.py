"""Windows opened on a project close with it: left open, they would act on a closed file."""

from __future__ import annotations

from pathlib import Path

import pytest

from caqda.gui.main_window import MainWindow

# Offscreen, raising a window is not supported; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def test_project_windows_close_with_the_project(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_agreement()
    review = window.review.open_window()
    documents = window.corpus_actions.open_documents()
    opened = [window.agreement_window, review, documents]
    assert all(w is not None and w.isVisible() for w in opened)
    floating = window.docks["memos"]
    floating.setFloating(True)  # a floating dock is a window too, but part of the main window
    window.close_project()
    assert not any(w.isVisible() for w in opened)  # type: ignore[union-attr]
    assert window.session is None
    assert window.open_project(demo_path, coder="Ana")
    window.open_agreement()  # a new window on the reopened project works
    qtbot.waitUntil(lambda: window.agreement_window.table.model().rowCount() > 0, timeout=20000)
