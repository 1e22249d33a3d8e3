"""The code editor edits a code's name, colour and guidance, and refuses unusable names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog

from caqda.gui.dialogs.code_editor import CodeEditorDialog


def make_editor(qtbot, name: str = "Peer support", color: str = "#66bb6a") -> CodeEditorDialog:  # type: ignore[no-untyped-def]
    dialog = CodeEditorDialog(
        name, color, "Patients helping one another.", "Advice between patients.", "", "", None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_clearing_the_name_disables_ok(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_editor(qtbot)
    assert dialog.ok_button.isEnabled()
    dialog.name_edit.selectAll()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Delete)
    assert not dialog.ok_button.isEnabled()
    assert dialog.name_problem.isVisible()
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Mutual help")
    assert dialog.ok_button.isEnabled()
    assert not dialog.name_problem.isVisible()
    assert dialog.values()["name"] == "Mutual help"


def test_a_slash_in_the_name_is_allowed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_editor(qtbot)
    dialog.name_edit.end(False)
    qtbot.keyClicks(dialog.name_edit, "/online")
    assert dialog.ok_button.isEnabled()
    assert dialog.name_problem.text() == ""


def test_the_path_separator_in_the_name_disables_ok(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_editor(qtbot)
    dialog.name_edit.end(False)
    dialog.name_edit.insert(" › online")  # typed as a paste: QTest cannot type "›"
    assert not dialog.ok_button.isEnabled()
    assert "›" in dialog.name_problem.text()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # the default button is disabled: stays open
    assert dialog.isVisible()


def test_values_hold_every_edited_field(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_editor(qtbot)
    qtbot.keyClicks(dialog.text_edits["when_not_to_use"], "Staff replies: use Dialogue.")
    qtbot.keyClicks(dialog.text_edits["example"], '"Others had the same fear."')
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.values() == {
        "name": "Peer support",
        "color": "#66bb6a",
        "definition": "Patients helping one another.",
        "when_to_use": "Advice between patients.",
        "when_not_to_use": "Staff replies: use Dialogue.",
        "example": '"Others had the same fear."',
    }


def test_tab_moves_between_text_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_editor(qtbot)
    definition = dialog.text_edits["definition"]
    definition.setFocus()
    qtbot.keyClick(definition, Qt.Key.Key_Tab)
    assert "\t" not in dialog.values()["definition"]


def test_colour_button_opens_a_chooser(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_editor(qtbot)
    qtbot.mouseClick(dialog.color_button, Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QColorDialog)
    assert chooser is not None and chooser.isVisible()
    chooser.setCurrentColor(QColor("#8e24aa"))
    chooser.accept()
    assert dialog.values()["color"] == "#8e24aa"
    assert dialog.color_button.text() == "#8e24aa"


def test_a_cancelled_colour_chooser_keeps_the_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_editor(qtbot)
    qtbot.mouseClick(dialog.color_button, Qt.MouseButton.LeftButton)
    chooser = dialog.findChild(QColorDialog)
    assert chooser is not None
    chooser.setCurrentColor(QColor("#000000"))
    chooser.reject()
    assert dialog.values()["color"] == "#66bb6a"


def test_a_new_code_starts_with_ok_disabled_and_a_usable_colour(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_editor(qtbot, name="", color="not a colour")
    assert dialog.windowTitle() == "New code"
    assert not dialog.ok_button.isEnabled()
    assert dialog.values()["color"] == "#9e9e9e"
