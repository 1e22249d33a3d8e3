"""Team work from the File menu: prepare a coder's copy, and merge a copy back after a preview.

The merge is one undo step: ``MergeCopy`` applies the previewed plan and undoes it by putting
back the rows it touched (``caqda.core.merge.undo_merge``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from caqda.core import coders
from caqda.core.errors import CaqdaError
from caqda.core.merge import MergeUndo, apply_merge, plan_merge, undo_merge
from caqda.core.merge_plan import MergePlan
from caqda.core.team_copies import copy_for
from caqda.gui.commands import CaqdaCommand
from caqda.gui.dialogs.copy_for_dialog import CopyForDialog
from caqda.gui.dialogs.merge_preview import MergePreviewDialog
from caqda.gui.session import ProjectSession


class MergeCopy(CaqdaCommand):
    def __init__(self, session: ProjectSession, plan: MergePlan) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Merge “{name}”").format(name=plan.source_name)
        )
        self.project = session.project
        self.plan = plan
        self.saved: MergeUndo | None = None

    def do(self) -> None:
        self.saved = apply_merge(self.project, self.plan)

    def revert(self) -> None:
        assert self.saved is not None
        undo_merge(self.project, self.plan, self.saved)


class TeamActions(QObject):
    """A QObject (a child of the window) so that ``self.tr`` translates in its own context. It gets
    the parent for its dialogs, the open session, and the window's ``run``, ``show_error`` and
    ``show_message``: nothing else of the window."""

    def __init__(
        self,
        parent: QWidget,
        session: Callable[[], ProjectSession | None],
        run: Callable[[QUndoCommand], bool],
        show_error: Callable[[Exception | str], None],
        show_message: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.run = run
        self.show_error = show_error
        self.show_message = show_message
        self.last_plan: MergePlan | None = None

    def prepare_copy(self) -> None:
        session = self.session()
        if session is None:
            return
        names = [coder.name for coder in coders.list_coders(session.project)]
        dialog = CopyForDialog(names, session.project.path, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        coder, path, blind = dialog.choice()
        try:
            result = copy_for(session.project, coder, path, blind=blind)
        except CaqdaError as error:
            self.show_error(error)
            return
        text = (
            self.tr(
                "Wrote a blind copy for {coder}: {path} ({codings} codings; "
                "{left} codings of other coders left out)."
            )
            if blind
            else self.tr("Wrote a copy for {coder}: {path} ({codings} codings).")
        )
        self.show_message(
            text.format(
                coder=result.handout.coder, path=result.path, codings=result.codings, left=result.left_out
            )
        )

    def merge_copy(self, source: Path | None = None) -> bool:
        """Preview merging ``source`` (asked when None), then merge if the user says so."""
        session = self.session()
        if session is None:
            return False
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self.parent_widget,
                self.tr("Merge a coder's copy"),
                str(session.project.path.parent),
                self.tr("caqda projects (*.caqda)"),
            )
            if not name:
                return False
            source = Path(name)
        try:
            plan = plan_merge(session.project, source)
        except CaqdaError as error:
            self.show_error(error)
            return False
        self.last_plan = plan
        preview = MergePreviewDialog(plan, self.parent_widget)
        if preview.exec() != QDialog.DialogCode.Accepted or plan.empty:
            return False
        return self.run(MergeCopy(session, plan))
