"""Undoable review marks: marking a coding is one step on the undo stack like any other change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from caqda.core import review
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.gui.commands import CaqdaCommand
from caqda.gui.session import ProjectSession


class MarkCoding(CaqdaCommand):
    """Mark (or, with ``mark=None``, clear) a coding; undo puts the reviewer's previous mark back."""

    def __init__(
        self, project: Project, coding_uuid: str, reviewer_id: int, mark: str | None, comment: str
    ) -> None:
        text = (
            QCoreApplication.translate("Commands", "Clear review mark")
            if mark is None
            else QCoreApplication.translate("Commands", "Review: {mark}").format(mark=mark_label(mark))
        )
        super().__init__(text)
        self.project = project
        self.coding_uuid, self.reviewer_id, self.mark, self.comment = coding_uuid, reviewer_id, mark, comment
        self.previous: review.ReviewMark | None = None

    def do(self) -> None:
        if self.mark is None:
            self.previous = review.clear_mark(self.project, self.coding_uuid, self.reviewer_id)
        else:
            self.previous = review.mark_coding(
                self.project, self.coding_uuid, self.reviewer_id, self.mark, self.comment
            )

    def revert(self) -> None:
        review.restore_mark(self.project, self.coding_uuid, self.reviewer_id, self.previous)


def mark_label(mark: str) -> str:
    """A mark as a reader sees it, with its sign."""
    labels = {
        "approved": QCoreApplication.translate("ReviewMarks", "✓ Approved"),
        "rejected": QCoreApplication.translate("ReviewMarks", "✗ Rejected"),
        "discuss": QCoreApplication.translate("ReviewMarks", "? To discuss"),
        "unreviewed": QCoreApplication.translate("ReviewMarks", "Unreviewed"),
    }
    return labels.get(mark, mark)


MARK_SIGNS = {"approved": "✓", "rejected": "✗", "discuss": "?"}
MARK_COLORS = {"approved": "#2e7d32", "rejected": "#c62828", "discuss": "#ef6c00"}


def run_command(
    session: ProjectSession, command: CaqdaCommand, on_error: Callable[[CaqdaError], None]
) -> bool:
    """Do the command now (so a refusal is shown, and nothing lands on the stack), then put it
    on the project's undo stack: what ``MainWindow.run`` does, for windows of their own."""
    try:
        command.do()
    except CaqdaError as error:
        on_error(error)
        return False
    command.skip_next_redo = True
    session.undo_stack.push(command)
    return True
