"""When a project is too damaged to open safely: say what is wrong and offer the repair.

The report comes from ``caqda.core.check`` (the same words as ``caqda check``); repairing keeps
a copy of the file beside it first, so choosing Repair never loses what was there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from caqda.core.check import CheckReport, check_project


class DamagedProjectDialog(QMessageBox):
    """Shows a damaged project's problems with Repair and Cancel; ``exec()`` then ``repair``."""

    def __init__(self, path: Path, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Damaged project"))
        self.setText(
            self.tr("“{name}” is damaged, and caqda would not work correctly with it.").format(name=path.name)
        )
        self.setInformativeText(
            "\n".join(f"• {problem.message}" for problem in report.problems)
            + "\n\n"
            + self.tr(
                "caqda can repair it. A copy of the project as it is now is kept beside it first, "
                "so nothing is lost."
            )
        )
        self.repair_button = self.addButton(self.tr("Repair"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.repair_button)

    def chose_repair(self) -> bool:
        return self.clickedButton() is self.repair_button

    def repair(self) -> CheckReport:
        """Repair the project (after keeping a copy) and say what was done."""
        report = check_project(self.path, repair=True)
        QMessageBox.information(self.parentWidget(), self.tr("Project repaired"), "\n".join(report.lines()))
        return report


def offer_repair(parent: QWidget, path: Path, report: CheckReport) -> bool:
    """Ask; True if the user chose Repair and it was done (the project can be opened again)."""
    dialog = DamagedProjectDialog(path, report, parent)
    dialog.exec()
    if not dialog.chose_repair():
        return False
    dialog.repair()
    return True
