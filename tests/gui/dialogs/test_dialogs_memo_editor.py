"""Writing a memo: the heading says what it belongs to; Ctrl+Enter saves."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caqda.gui.dialogs.memo_editor import MemoEditorDialog

HEADING = 'Coding "Peer support" by Ana in E05'


def make_dialog(qtbot, text: str = "") -> MemoEditorDialog:  # type: ignore[no-untyped-def]
    dialog = MemoEditorDialog("Memo", HEADING, text, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_heading_and_text_are_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "First thought.")
    assert dialog.windowTitle() == "Memo"
    assert dialog.heading_label.text() == HEADING
    assert dialog.heading_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.memo_text() == "First thought."


def test_typing_continues_the_memo_and_ctrl_enter_saves(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, "First thought.")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)  # a plain Enter is a new line
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.text_edit, "Overlaps with Dialogue?  ")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.memo_text() == "First thought.\nOverlaps with Dialogue?"


def test_escape_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)


def test_save_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot)
    qtbot.keyClicks(dialog.text_edit, "Ask E05 about the group rules.")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.memo_text() == "Ask E05 about the group rules."
