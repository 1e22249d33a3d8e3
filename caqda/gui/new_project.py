"""Create a project from the new-project wizard's answers, then open it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from caqda.core import codebook_files
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.gui.dialogs.new_project import NewProjectSpec, NewProjectWizard

if TYPE_CHECKING:
    from caqda.gui.main_window import MainWindow


def create_from_wizard(window: MainWindow) -> None:
    wizard = NewProjectWizard(Path.home(), "", window)
    if wizard.exec():
        create_project(window, wizard.result_spec())


def create_project(window: MainWindow, spec: NewProjectSpec) -> bool:
    """Create, load the codebook, open as the chosen coder and import the chosen files."""
    try:
        with Project.create(spec.path) as project:
            if spec.codebook == "file" and spec.codebook_file is not None:
                load = codebook_files.import_codebook(project, spec.codebook_file)
                for loss in load.losses:
                    window.status(loss)
            elif spec.codebook != "empty":
                codebook_files.load_builtin_codebook(project, spec.codebook)
        window.open_project(spec.path, coder=spec.coder)
    except CaqdaError as error:
        window.show_error(error)
        return False
    if spec.files:
        window.import_documents(list(spec.files))
    return True
