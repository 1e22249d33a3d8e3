"""The new-project wizard: where to save, who is coding, which codebook, which transcripts.

The wizard only gathers choices; it creates nothing. ``result_spec()`` hands them to the caller
as a ``NewProjectSpec``, and the caller creates the project file, imports the codebook and the
files through ``caqda.core``. The project page refuses a file that already exists, so a finished
wizard never asks to overwrite a colleague's project.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from caqda.core.resources import builtin_codebooks

PROJECT_SUFFIX = ".caqda"
FORBIDDEN_NAME_CHARACTERS = '/\\:*?"<>|'
"""Characters that are not allowed in a file name on at least one common system."""
CODEBOOK_SUFFIXES = (".qdc", ".json", ".csv", ".xlsx")
TRANSCRIPT_PATTERNS = "*.txt *.docx *.odt *.rtf *.pdf *.md"
EMPTY_CODEBOOK = "empty"
FILE_CODEBOOK = "file"


@dataclass(frozen=True)
class NewProjectSpec:
    """What the user chose: ``codebook`` is a built-in codebook's name, "empty" or "file"."""

    path: Path
    coder: str
    codebook: str
    codebook_file: Path | None
    files: list[Path] = field(default_factory=list)


def muted_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def codebook_label(name: str) -> str:
    """The label of a built-in codebook: a citation where we know one, else its file name."""
    labels = {
        "value-spheres": QCoreApplication.translate(
            "NewProjectWizard", "Value spheres (Grönroos & Voima 2013)"
        )
    }
    return labels.get(name, name)


class ProjectPage(QWizardPage):
    """Project name and folder; complete only when ``<folder>/<name>.caqda`` can be created."""

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New project"))
        self.setSubTitle(self.tr("A project is a single file that holds transcripts, codes and codings."))

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("For example: Hospital social media study"))
        self.folder_edit = QLineEdit(str(default_folder), self)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        self.path_label = QLabel(self)
        self.path_label.setTextFormat(Qt.TextFormat.PlainText)
        self.path_label.setWordWrap(True)
        self.path_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label = QLabel(self)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)

        name_label = QLabel(self.tr("Project &name:"), self)
        name_label.setBuddy(self.name_edit)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        grid = QGridLayout(self)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.name_edit, 0, 1, 1, 2)
        grid.addWidget(folder_label, 1, 0)
        grid.addWidget(self.folder_edit, 1, 1)
        grid.addWidget(self.browse_button, 1, 2)
        grid.addWidget(self.path_label, 2, 1, 1, 2)
        grid.addWidget(self.problem_label, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(4, 1)

        self.name_edit.textChanged.connect(self._changed)
        self.folder_edit.textChanged.connect(self._changed)
        self._changed()

    def project_path(self) -> Path | None:
        """``<folder>/<name>.caqda``, or None while the name or folder is missing."""
        name = self.name_edit.text().strip().rstrip(". ")
        if name.lower().endswith(PROJECT_SUFFIX):
            name = name[: -len(PROJECT_SUFFIX)].rstrip(". ")
        folder = self.folder_edit.text().strip()
        if not name or not folder:
            return None
        return Path(folder).expanduser() / f"{name}{PROJECT_SUFFIX}"

    def problem(self) -> str:
        """Why the project cannot be created here, in words for the user; "" if it can."""
        name = self.name_edit.text().strip()
        if not name:
            return self.tr("Give the project a name.")
        if any(char in FORBIDDEN_NAME_CHARACTERS or ord(char) < 32 for char in name):
            return self.tr("A project name cannot contain any of {characters}").format(
                characters=" ".join(FORBIDDEN_NAME_CHARACTERS)
            )
        path = self.project_path()
        if path is None:
            return self.tr("Choose a folder for the project.")
        if not path.parent.is_dir():
            return self.tr("The folder “{folder}” does not exist.").format(folder=path.parent)
        if path.exists():
            return self.tr("“{file}” already exists in this folder. Choose another name.").format(
                file=path.name
            )
        return ""

    def isComplete(self) -> bool:
        return not self.problem()

    def validatePage(self) -> bool:
        self._changed()  # the file may have appeared since the last keystroke
        return self.isComplete()

    def _changed(self) -> None:
        path = self.project_path()
        self.path_label.setText(self.tr("Will be saved as {path}").format(path=path) if path else "")
        problem = self.problem()
        # An empty name is not an error worth shouting about; the disabled Next says enough.
        self.problem_label.setText(problem if self.name_edit.text().strip() else "")
        self.completeChanged.emit()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the project"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)


class CoderPage(QWizardPage):
    """The first coder's name; every coding and memo will record it."""

    def __init__(self, coder_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who are you?"))
        self.setSubTitle(self.tr("Your name as a coder in this project."))
        self.name_edit = QLineEdit(coder_name, self)
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_edit)
        layout.addWidget(
            muted_label(
                self.tr(
                    "Each coding records who made it, and other coders' work can be hidden while "
                    "you code (blind coding)."
                ),
                self,
            )
        )
        layout.addStretch(1)
        self.name_edit.textChanged.connect(self.completeChanged)

    def coder(self) -> str:
        return self.name_edit.text().strip()

    def isComplete(self) -> bool:
        return bool(self.coder())

    def validatePage(self) -> bool:
        return self.isComplete()

    def initializePage(self) -> None:
        self.name_edit.setFocus()


class CodebookPage(QWizardPage):
    """A built-in codebook, an empty one, or a codebook file (.qdc from another QDA program)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Codebook"))
        self.setSubTitle(self.tr("Start from a ready codebook, an empty one, or a codebook file."))
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for name in builtin_codebooks():
            self._add_radio(name, codebook_label(name), layout)
        self._add_radio(EMPTY_CODEBOOK, self.tr("Empty codebook"), layout)
        self._add_radio(FILE_CODEBOOK, self.tr("Codebook file (.qdc, .json, .csv, .xlsx)…"), layout)

        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("Path of a .qdc, .json, .csv (Taguette) or .xlsx codebook"))
        self.file_edit.setAccessibleName(self.tr("Codebook file"))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(24, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        layout.addLayout(file_row)
        self.problem_label = QLabel(self)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setContentsMargins(24, 0, 0, 0)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)

        self.radios[EMPTY_CODEBOOK].setChecked(True)
        self.group.buttonToggled.connect(self._changed)
        self.file_edit.textChanged.connect(self._changed)
        self._changed()

    def choice(self) -> str:
        """A built-in codebook's name, "empty" or "file"."""
        return next(key for key, radio in self.radios.items() if radio.isChecked())

    def codebook_file(self) -> Path | None:
        if self.choice() != FILE_CODEBOOK or not self.file_edit.text().strip():
            return None
        return Path(self.file_edit.text().strip()).expanduser()

    def problem(self) -> str:
        if self.choice() != FILE_CODEBOOK:
            return ""
        path = self.codebook_file()
        if path is None:
            return self.tr("Choose a codebook file.")
        if not path.is_file():
            return self.tr("There is no file “{path}”.").format(path=path)
        if path.suffix.lower() not in CODEBOOK_SUFFIXES:
            return self.tr("A codebook file ends in .qdc, .json, .csv or .xlsx.")
        return ""

    def isComplete(self) -> bool:
        return not self.problem()

    def validatePage(self) -> bool:
        return self.isComplete()

    def _add_radio(self, key: str, label: str, layout: QVBoxLayout) -> None:
        radio = QRadioButton(label.replace("&", "&&"), self)  # "&" would mark a shortcut letter
        self.group.addButton(radio)
        self.radios[key] = radio
        layout.addWidget(radio)

    def _changed(self) -> None:
        use_file = self.choice() == FILE_CODEBOOK
        self.file_edit.setEnabled(use_file)
        self.browse_button.setEnabled(use_file)
        problem = self.problem()
        self.problem_label.setText(problem if self.file_edit.text().strip() else "")
        self.completeChanged.emit()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Codebook file"),
            self.file_edit.text(),
            self.tr("Codebooks (*.qdc *.json *.csv *.xlsx);;All files (*)"),
        )
        if path:
            self.file_edit.setText(path)


class FilesPage(QWizardPage):
    """Transcripts to import right after the project is created; may be left empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Files to import"))
        self.setSubTitle(self.tr("Transcripts to import now. You can import more at any time."))
        self.file_list = QListWidget(self)
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.file_list.setAccessibleName(self.tr("Files to import"))
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.count_label = muted_label("", self)
        self.add_button.clicked.connect(self._browse)
        self.remove_button.clicked.connect(self.remove_selected)
        self.file_list.itemSelectionChanged.connect(self._changed)

        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.file_list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.count_label)
        self._changed()

    def files(self) -> list[Path]:
        return [
            Path(self.file_list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.file_list.count())
        ]

    def add_files(self, paths: Iterable[Path | str]) -> None:
        """Add files to the list, skipping any already there."""
        present = set(self.files())
        for raw in paths:
            path = Path(raw)
            if path in present:
                continue
            present.add(path)
            item = QListWidgetItem(path.name)
            item.setSizeHint(QSize(0, self.file_list.fontMetrics().height() + 8))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.file_list.addItem(item)
        self._changed()

    def remove_selected(self) -> None:
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self._changed()

    def _changed(self) -> None:
        count = self.file_list.count()
        self.remove_button.setEnabled(bool(self.file_list.selectedItems()))
        self.count_label.setText(
            self.tr("Files to import: {count}").format(count=count) if count else self.tr("No files yet.")
        )

    def _browse(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Files to import"),
            "",
            self.tr("Transcripts ({patterns});;All files (*)").format(patterns=TRANSCRIPT_PATTERNS),
        )
        self.add_files(paths)


class NewProjectWizard(QWizard):
    """Collect a ``NewProjectSpec`` in four pages; nothing is written to disk."""

    def __init__(self, default_folder: Path, coder_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create project"))
        self.project_page = ProjectPage(default_folder, self)
        self.coder_page = CoderPage(coder_name, self)
        self.codebook_page = CodebookPage(self)
        self.files_page = FilesPage(self)
        for page in (self.project_page, self.coder_page, self.codebook_page, self.files_page):
            self.addPage(page)
        self.resize(600, 420)

    def result_spec(self) -> NewProjectSpec:
        """The choices so far; meaningful once the wizard has been accepted."""
        path = self.project_page.project_path()
        if path is None:
            raise ValueError("The new-project wizard has no project name or folder yet.")
        return NewProjectSpec(
            path=path,
            coder=self.coder_page.coder(),
            codebook=self.codebook_page.choice(),
            codebook_file=self.codebook_page.codebook_file(),
            files=self.files_page.files(),
        )
