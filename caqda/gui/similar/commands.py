"""Dismissing a suggestion as an undo step (accepting one is an ordinary ``AddCoding``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caqda.core.project import Project
from caqda.core.similar import Suggestion, dismiss_suggestion, undismiss_suggestion
from caqda.gui.commands import CaqdaCommand


class DismissSuggestion(CaqdaCommand):
    def __init__(self, project: Project, suggestion: Suggestion, code_id: int) -> None:
        super().__init__(QCoreApplication.translate("SimilarCommands", "Dismiss a suggestion"))
        self.project, self.suggestion, self.code_id = project, suggestion, code_id

    def do(self) -> None:
        dismiss_suggestion(self.project, self.suggestion, code_id=self.code_id)

    def revert(self) -> None:
        undismiss_suggestion(self.project, self.suggestion, code_id=self.code_id)
