"""Speaker labels are formatted as their lines come into view (a long interview's 2,000 labels
are not all formatted when it opens), and what a reader sees is what formatting everything at
once gave: each label bold in its speaker's colour, its timestamp muted, each line of a turn
marked in the margin with the speaker's colour. The expected look is worked out here from the
text with a regular expression, not from the view's own bookkeeping."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

from caqda.core.project import Project
from caqda.gui.main_window import MainWindow
from caqda.gui.views.palette import MUTED, SPEAKER_COLORS
from tests.conftest import add_text

SPEAKERS = ["Interviewer", "E05", "Interviewer", "E07"]
_LABEL = re.compile(r"^(\[(\d\d:\d\d:\d\d)\] )?(Interviewer|E05|E07): ")


def _transcript(turns: int) -> str:
    lines = []
    for number in range(turns):
        stamp = f"[00:{number // 60 % 60:02d}:{number % 60:02d}] " if number % 3 == 0 else ""
        words = " ".join(["palavra"] * (5 + number % 40))
        lines.append(f"{stamp}{SPEAKERS[number % 4]}: {words} 😀 fim.")
        if number % 5 == 0:
            lines.append("A continuation paragraph without a label, still the same turn.")
    return "\n".join(lines)


def _expected_colors() -> dict[str, QColor]:
    order = list(dict.fromkeys(SPEAKERS))  # as a reader first meets them
    return {name: QColor(SPEAKER_COLORS[rank % len(SPEAKER_COLORS)]) for rank, name in enumerate(order)}


def _check_visible_blocks(window: MainWindow) -> int:
    """Assert the look of every block in view; the number of labels seen."""
    view = window.transcript
    colors = _expected_colors()
    seen = 0
    speaker = None
    for block, _ in view.visible_blocks():
        text = block.text()
        match = _LABEL.match(text)
        formats = block.layout().formats()
        if match is None:
            assert formats == []
            if speaker is None:  # a continuation at the top of the view: its turn began above
                continue
        else:
            seen += 1
            speaker = match.group(3)
            label = next(piece for piece in formats if piece.format.fontWeight() == QFont.Weight.Bold)
            assert label.start == 0
            assert label.length == len(match.group(0))  # from the label's start to the words
            assert label.format.foreground().color() == colors[speaker]
            if match.group(2):
                stamp = next(piece for piece in formats if piece.format.foreground().color() == MUTED)
                assert (stamp.start, stamp.length) == (0, len(match.group(2)) + 2)  # with brackets
            else:
                assert len(formats) == 1
        assert view.speaker_color(block) == colors[speaker]
    return seen


def test_labels_are_formatted_as_they_come_into_view(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "long.caqda"
    with Project.create(path) as project:
        document_id = add_text(project, "Long interview", _transcript(1200))
    window = make_window(path)
    window.show_document(document_id)
    view = window.transcript
    qtbot.waitExposed(view)
    QApplication.processEvents()
    assert _check_visible_blocks(window) >= 3

    last = view.document().lastBlock()
    assert last.layout().formats() == []  # far below: not formatted yet
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.viewport().repaint()
    assert last.layout().formats() != []
    assert _check_visible_blocks(window) >= 3

    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    view.viewport().repaint()
    assert _check_visible_blocks(window) >= 3
    # The margin's colours need no formatting first: a far block's speaker is known at once.
    block = view.document().findBlockByNumber(3)
    assert view.speaker_color(block) == _expected_colors()[_LABEL.match(block.text()).group(3)]  # type: ignore[union-attr]
