"""The code picker works like a command palette: type, move with the arrows, press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from caqda.gui.dialogs.code_picker import KIND_ROLE, CodePickerDialog, RowKind, fold, query_terms

CODES = [
    (1, "Provider sphere", "#1e88e5", "Value the hospital creates alone."),
    (2, "Provider sphere › Content publishing", "#42a5f5", ""),
    (3, "Provider sphere › Monitoring and listening", "#64b5f6", ""),
    (4, "Joint sphere", "#43a047", ""),
    (5, "Joint sphere › Peer support", "#66bb6a", "Patients helping one another."),
    (6, "Joint sphere › Dialogue", "#81c784", ""),
    (7, "Customer sphere", "#fb8c00", ""),
    (8, "Customer sphere › São Paulo experiences", "#ffa726", ""),
]


def make_picker(qtbot, recent: list[int] | None = None) -> CodePickerDialog:  # type: ignore[no-untyped-def]
    dialog = CodePickerDialog(CODES, recent or [], None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def visible_names(dialog: CodePickerDialog) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_typing_filters_and_enter_chooses(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    dialog = make_picker(qtbot, recent=[5, 3])
    qtbot.keyClicks(dialog.search, "peer")
    assert visible_names(dialog) == ["Peer support"]
    qtmodeltester.check(dialog.proxy)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.selected_code_id() == 5


def test_matching_ignores_accents_and_case(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_picker(qtbot)
    qtbot.keyClicks(dialog.search, "SAO")
    assert visible_names(dialog) == ["São Paulo experiences"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Enter)
    assert dialog.selected_code_id() == 8


def test_terms_may_come_from_parent_and_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_picker(qtbot)
    qtbot.keyClicks(dialog.search, "joint/dia")
    assert visible_names(dialog) == ["Dialogue"]


def test_names_starting_with_the_query_come_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_picker(qtbot)
    qtbot.keyClicks(dialog.search, "p")
    names = visible_names(dialog)
    assert names[:2] == ["Provider sphere", "Peer support"]  # names starting with "p", in codebook order
    assert "Monitoring and listening" in names  # matched through its parent path only
    assert dialog.highlighted_code_id() == 1


def test_recent_codes_come_first_under_a_label(qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    dialog = make_picker(qtbot, recent=[5, 3, 99, 5])  # unknown and repeated ids are dropped
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    assert visible_names(dialog)[:5] == [
        "Recent",
        "Peer support",
        "Monitoring and listening",
        "All codes",
        "Provider sphere",
    ]
    assert dialog.proxy.index(0, 0).data(KIND_ROLE) == RowKind.RECENT_HEADER
    assert not dialog.proxy.index(0, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert dialog.highlighted_code_id() == 5
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.selected_code_id() == 5


def test_arrow_keys_in_the_search_field_move_over_headers(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_picker(qtbot, recent=[5, 3])
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.highlighted_code_id() == 3
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)  # skips the "All codes" label
    assert dialog.highlighted_code_id() == 1
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)  # stops at the first code
    assert dialog.highlighted_code_id() == 5
    assert dialog.focusWidget() is dialog.search
    qtbot.keyClick(dialog.search, Qt.Key.Key_PageDown)
    qtbot.keyClick(dialog.search, Qt.Key.Key_PageDown)  # stops at the last code
    assert dialog.highlighted_code_id() == 8


def test_escape_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_picker(qtbot, recent=[5])
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert dialog.selected_code_id() is None


def test_double_click_chooses(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_picker(qtbot)
    index = dialog.proxy.index(5, 0)
    assert index.data() == "Dialogue"
    rect = dialog.list_view.visualRect(index)
    viewport = dialog.list_view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_code_id() == 6


def test_no_match_says_so_and_enter_does_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_picker(qtbot)
    qtbot.keyClicks(dialog.search, "zebra")
    assert visible_names(dialog) == []
    assert dialog.no_match.isVisible()
    assert "zebra" in dialog.no_match.text()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.selected_code_id() is None
    dialog.search.clear()
    assert not dialog.no_match.isVisible()
    assert len(visible_names(dialog)) == len(CODES)


def test_typing_while_the_list_has_focus_refines_the_search(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = make_picker(qtbot)
    dialog.list_view.setFocus()
    qtbot.keyClicks(dialog.list_view, "dia")
    assert dialog.search.text() == "dia"
    assert visible_names(dialog) == ["Dialogue"]


def test_folding_helpers() -> None:
    assert fold("São Paulo Straße") == "sao paulo strasse"
    assert query_terms("  Joint/PEER  sup ") == ["joint", "peer", "sup"]
