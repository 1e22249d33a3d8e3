"""Choosing who you are when a project opens: an existing coder or a new name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caqda.gui.dialogs.coder_chooser import CoderChooserDialog


def make_chooser(qtbot, coders: list[str], last: str | None) -> CoderChooserDialog:  # type: ignore[no-untyped-def]
    dialog = CoderChooserDialog(coders, last, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_last_coder_is_preselected(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    dialog = make_chooser(qtbot, ["Ana", "Bruno", "Carla"], "Bruno")
    qtmodeltester.check(dialog.coder_list.model())
    assert dialog.coder_list.currentItem().text() == "Bruno"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.coder_name() == "Bruno"
    assert not dialog.is_new_coder()


def test_clicking_a_coder_chooses_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_chooser(qtbot, ["Ana", "Bruno", "Carla"], "Bruno")
    rect = dialog.coder_list.visualItemRect(dialog.coder_list.item(2))
    qtbot.mouseClick(dialog.coder_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.name_edit.text() == "Carla"
    assert dialog.coder_name() == "Carla"


def test_double_clicking_a_coder_accepts(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_chooser(qtbot, ["Ana", "Bruno"], None)
    rect = dialog.coder_list.visualItemRect(dialog.coder_list.item(0))
    viewport = dialog.coder_list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.coder_name() == "Ana"


def test_typing_a_new_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_chooser(qtbot, ["Ana", "Bruno"], "Ana")
    qtbot.keyClicks(dialog.name_edit, "Dora")  # replaces the selected "Ana"
    assert dialog.coder_list.selectedItems() == []
    assert dialog.new_coder_note.isVisible()
    assert "Dora" in dialog.new_coder_note.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.coder_name() == "Dora"
    assert dialog.is_new_coder()


def test_a_name_typed_in_other_capitals_is_the_existing_coder(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_chooser(qtbot, ["Ana", "Bruno"], None)
    qtbot.keyClicks(dialog.name_edit, " bruno ")
    assert dialog.coder_list.currentItem().text() == "Bruno"
    assert not dialog.new_coder_note.isVisible()
    assert dialog.coder_name() == "Bruno"


def test_an_empty_name_cannot_be_accepted(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_chooser(qtbot, [], None)
    assert not dialog.coder_list.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "  ")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Ana")
    assert dialog.ok_button.isEnabled()
    assert not dialog.new_coder_note.isVisible()  # nothing to be "new" against in a fresh project
    assert dialog.coder_name() == "Ana"
