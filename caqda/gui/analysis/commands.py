"""The undoable step of the analysis windows: code a query's passages with a new code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from caqda.core import codebook, snapshots
from caqda.core.analysis.query import QueryResult
from caqda.core.analysis.query_results import code_passages
from caqda.core.models import Code
from caqda.core.project import Project
from caqda.gui.commands import CaqdaCommand


class CodeQueryPassages(CaqdaCommand):
    """A new code and a coding of it on every passage, done and undone as one step."""

    def __init__(self, project: Project, result: QueryResult, name: str, coder_id: int) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Code {count} passages as “{name}”").format(
                count=len(result.passages), name=name
            )
        )
        self.project, self.result, self.name, self.coder_id = project, result, name, coder_id
        self.code: Code | None = None
        self.saved: snapshots.CodebookSnapshot | None = None

    def do(self) -> None:
        if self.saved is None:
            self.code = code_passages(self.project, self.result, code_name=self.name, coder_id=self.coder_id)
        else:
            snapshots.restore(self.project, self.saved, "redo code query passages")

    def revert(self) -> None:
        assert self.code is not None
        self.saved = snapshots.snapshot(self.project, [self.code.id])
        codebook.delete_code(self.project, self.code.id)
