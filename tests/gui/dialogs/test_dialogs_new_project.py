"""The new-project wizard gathers a NewProjectSpec and refuses to overwrite a project."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton, QWizard

from caqda.core.resources import builtin_codebooks
from caqda.gui.dialogs.new_project import NewProjectSpec, NewProjectWizard


@pytest.fixture
def wizard(qtbot, tmp_path: Path) -> NewProjectWizard:  # type: ignore[no-untyped-def]
    shown = NewProjectWizard(tmp_path, "Ana")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def click_radio(qtbot, radio: QRadioButton) -> None:  # type: ignore[no-untyped-def]
    """Click on the radio's circle: the button spans the page, its label does not."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def next_enabled(wizard: NewProjectWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_filling_every_page_gives_the_spec(
    qtbot, wizard: NewProjectWizard, tmp_path: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    assert not next_enabled(wizard)
    qtbot.keyClicks(wizard.project_page.name_edit, "Hospital study")
    assert str(tmp_path / "Hospital study.caqda") in wizard.project_page.path_label.text()
    assert next_enabled(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.coder_page
    assert wizard.coder_page.name_edit.text() == "Ana"
    wizard.next()
    assert wizard.currentPage() is wizard.codebook_page
    assert wizard.codebook_page.radios["empty"].isChecked()
    click_radio(qtbot, wizard.codebook_page.radios["value-spheres"])
    wizard.next()
    assert wizard.currentPage() is wizard.files_page
    transcripts = [tmp_path / "E01 Director.docx", tmp_path / "E02 Nurse.txt"]
    wizard.files_page.add_files(transcripts)
    qtmodeltester.check(wizard.files_page.file_list.model())
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.text() == "Create project"
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result_spec() == NewProjectSpec(
        path=tmp_path / "Hospital study.caqda",
        coder="Ana",
        codebook="value-spheres",
        codebook_file=None,
        files=transcripts,
    )


def test_an_existing_project_file_is_refused(qtbot, wizard: NewProjectWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "Study.caqda").write_bytes(b"someone's work")
    qtbot.keyClicks(wizard.project_page.name_edit, "Study")
    assert not next_enabled(wizard)
    assert "already exists" in wizard.project_page.problem_label.text()
    wizard.next()
    assert wizard.currentPage() is wizard.project_page
    qtbot.keyClicks(wizard.project_page.name_edit, " 2")
    assert next_enabled(wizard)
    assert wizard.project_page.problem_label.text() == ""
    assert wizard.result_spec().path == tmp_path / "Study 2.caqda"


def test_a_file_created_after_typing_is_still_refused(
    qtbot, wizard: NewProjectWizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(wizard.project_page.name_edit, "Late")
    (tmp_path / "Late.caqda").touch()
    wizard.next()
    assert wizard.currentPage() is wizard.project_page
    assert "already exists" in wizard.project_page.problem_label.text()


def test_project_names_are_checked(qtbot, wizard: NewProjectWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = wizard.project_page
    qtbot.keyClicks(page.name_edit, "a/b")
    assert not next_enabled(wizard)
    assert "cannot contain" in page.problem_label.text()
    page.name_edit.setText("Study.caqda")  # the suffix is not doubled
    assert page.project_path() == tmp_path / "Study.caqda"
    page.folder_edit.setText(str(tmp_path / "missing"))
    assert not next_enabled(wizard)
    assert "does not exist" in page.problem_label.text()


def test_the_coder_name_is_required(qtbot, wizard: NewProjectWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(wizard.project_page.name_edit, "Study")
    wizard.next()
    wizard.coder_page.name_edit.clear()
    qtbot.keyClicks(wizard.coder_page.name_edit, "   ")
    assert not next_enabled(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.coder_page
    qtbot.keyClicks(wizard.coder_page.name_edit, "Bruno ")
    assert next_enabled(wizard)
    wizard.next()
    assert wizard.result_spec().coder == "Bruno"


def test_a_codebook_file_must_exist(qtbot, wizard: NewProjectWizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(wizard.project_page.name_edit, "Study")
    wizard.next()
    wizard.next()
    page = wizard.codebook_page
    assert not page.file_edit.isEnabled()
    click_radio(qtbot, page.radios["file"])
    assert page.file_edit.isEnabled()
    assert not next_enabled(wizard)
    qtbot.keyClicks(page.file_edit, str(tmp_path / "nothing.qdc"))
    assert not next_enabled(wizard)
    assert "There is no file" in page.problem_label.text()
    codebook = tmp_path / "Codebook.qdc"
    codebook.write_text("<CodeBook/>", encoding="utf-8")
    page.file_edit.setText(str(codebook))
    assert next_enabled(wizard)
    wizard.next()
    spec = wizard.result_spec()
    assert (spec.codebook, spec.codebook_file, spec.files) == ("file", codebook, [])


def test_built_in_codebooks_are_offered_by_name(wizard: NewProjectWizard) -> None:
    radios = wizard.codebook_page.radios
    assert list(radios) == [*builtin_codebooks(), "empty", "file"]
    assert radios["value-spheres"].text() == "Value spheres (Grönroos && Voima 2013)"  # "&&" shows one "&"
    assert radios["empty"].text() == "Empty codebook"


def test_files_can_be_added_once_and_removed(wizard: NewProjectWizard, tmp_path: Path) -> None:
    page = wizard.files_page
    first, second = tmp_path / "E01.txt", tmp_path / "E02.pdf"
    page.add_files([first, second, first])
    assert page.files() == [first, second]
    assert not page.remove_button.isEnabled()
    page.file_list.item(0).setSelected(True)
    assert page.remove_button.isEnabled()
    page.remove_button.click()
    assert page.files() == [second]
    assert page.count_label.text() == "Files to import: 1"
