"""Where to keep the key file and its passphrase (typed twice), before replacing anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caqda.core.errors import CaqdaError
from caqda.core.privacy.keyfile import MIN_PASSPHRASE, check_key_path, check_passphrase


class KeyFileDialog(QDialog):
    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_path = project_path
        self.setWindowTitle(self.tr("Key file"))
        self.explanation = QLabel(
            self.tr(
                "The key links each pseudonym to the original. It is written to a separate file, "
                "encrypted with a passphrase of at least {count} characters; keep both apart from "
                "the project. Without them the originals cannot be shown again."
            ).format(count=MIN_PASSPHRASE),
            self,
        )
        self.explanation.setWordWrap(True)
        self.path = QLineEdit(str(project_path.with_suffix(".caqda-key")), self)
        self.path.setObjectName("key-path")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("passphrase-again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel("", self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Key file:"), row)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, 240)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Key file"), self.path.text(), self.tr("caqda key (*.caqda-key)")
        )
        if chosen:
            self.path.setText(chosen)

    def _check(self) -> None:
        try:
            check_key_path(Path(self.path.text()), self.project_path)
            check_passphrase(self.passphrase.text())
        except CaqdaError as error:
            self.problem.setText(str(error))
            return
        if self.passphrase.text() != self.again.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    def key_path(self) -> Path:
        return Path(self.path.text())
