"""Resizing a coding precisely: spin boxes in code points, start always before end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlock

from caqda.gui.dialogs.coding_range import CodingRangeDialog, context_after, context_before

TEXT = "E05: At first 😊 it was announcements, but then patients began answering each other: peer support."


def make_dialog(qtbot, start: int, end: int, text: str = TEXT) -> CodingRangeDialog:  # type: ignore[no-untyped-def]
    dialog = CodingRangeDialog(text, start, end, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def bold_text(dialog: CodingRangeDialog) -> str:
    """The preview's bold fragments, joined: what the dialog shows as coded."""
    found = []
    block: QTextBlock = dialog.preview.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().fontWeight() == QFont.Weight.Bold:
                found.append(fragment.text())
            iterator += 1
        block = block.next()
    return "".join(found)


def test_start_cannot_pass_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    start = TEXT.index("peer")
    dialog = make_dialog(qtbot, start, start + 4)
    for _ in range(10):
        qtbot.keyClick(dialog.start_spin, Qt.Key.Key_Up)
    assert dialog.span() == (start + 3, start + 4)
    for _ in range(10):
        qtbot.keyClick(dialog.end_spin, Qt.Key.Key_Down)
    assert dialog.span() == (start + 3, start + 4)
    assert bold_text(dialog) == "r"


def test_typed_offsets_beyond_the_other_end_are_refused(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, 10, 20)
    dialog.start_spin.selectAll()
    qtbot.keyClicks(dialog.start_spin, "25")  # "2" is fine, "25" would pass the end
    assert dialog.span()[0] == 2
    dialog.end_spin.selectAll()
    qtbot.keyClicks(dialog.end_spin, "999")
    assert dialog.span()[1] <= len(TEXT)


def test_preview_shows_the_coded_code_points_in_bold(qtbot) -> None:  # type: ignore[no-untyped-def]
    start = TEXT.index("😊")  # an emoji is one code point but two UTF-16 units
    dialog = make_dialog(qtbot, start, start + 4)
    assert bold_text(dialog) == "😊 it"
    assert dialog.length_label.text() == "Length: 4"
    dialog.end_spin.selectAll()
    qtbot.keyClicks(dialog.end_spin, str(start + 7))
    assert dialog.span() == (start, start + 7)
    assert bold_text(dialog) == TEXT[start : start + 7] == "😊 it wa"
    assert dialog.preview.toPlainText() == TEXT  # a short text shows whole, context muted


def test_accepting_returns_the_span(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, 5, 12)
    qtbot.keyClick(dialog.start_spin, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.start_spin, Qt.Key.Key_Return)
    assert dialog.span() == (4, 12)


def test_out_of_range_offsets_are_clamped(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, -5, 10_000)
    assert dialog.span() == (0, len(TEXT))
    empty = make_dialog(qtbot, 0, 0, text="")
    assert empty.span() == (0, 0)
    assert not empty.ok_button.isEnabled()


def test_context_is_cut_at_word_boundaries() -> None:
    text = "alpha beta gamma delta epsilon"
    assert context_before(text, 17, limit=8) == "…gamma "
    assert context_after(text, 5, limit=8) == " beta…"
    assert context_before(text, 6, limit=50) == "alpha "
    assert context_after(text, 23, limit=50) == "epsilon"
