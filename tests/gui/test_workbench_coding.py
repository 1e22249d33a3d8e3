"""Coding in the workbench as a coder does it: select text, then shortcut, double-click, drop,
menu or picker; the coding is in the project with the right offsets and drawn in its colour."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from caqda.core import codebook, coders, documents
from caqda.core.coding import CodingFilter, list_codings
from caqda.gui.main_window import MainWindow
from caqda.gui.models.codebook_model import RANGE_MIME


def _mine(window: MainWindow) -> list:  # type: ignore[type-arg]
    assert window.session is not None
    return list_codings(
        window.session.project,
        CodingFilter(document_ids=(window.transcript.document_id,), coder_ids=(window.session.coder.id,)),
    )


def _open(window: MainWindow, name: str) -> str:
    assert window.session is not None
    document = documents.find_document(window.session.project, name)
    window.show_document(document.id)
    return documents.document_text(window.session.project, document.id)


def _span(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def test_shortcut_codes_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    text = _open(window, "E03 Ombudsman coordinator")
    view = window.transcript
    before = len(_mine(window))
    start, end = 120, 188
    view.select_range(start, end)
    qtbot.keyClick(view, Qt.Key.Key_3)
    codings = _mine(window)
    assert len(codings) == before + 1
    coding = max(codings, key=lambda c: c.id)
    code = codebook.get_code(window.session.project, coding.code_id)  # type: ignore[union-attr]
    assert (coding.start, coding.end, code.name) == (start, end, "Monitoring and listening")
    assert view.highlight_at(150) == code.color
    assert text[coding.start : coding.end] == view.textCursor().selectedText().replace("\u2029", "\n")


def test_double_click_on_a_code_codes_the_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    text = _open(window, "E01 Marketing and communication manager")
    span = _span(text, "Interviewer: Thank")
    window.transcript.select_range(*span)
    panel = window.codebook_panel
    index = panel.proxy.mapFromSource(
        panel.model.index_of(codebook.find_code(window.session.project, "Peer support").id)
    )  # type: ignore[union-attr]
    panel.tree.scrollTo(index)
    rect = panel.tree.visualRect(index)
    # A real double-click starts with a press and release on the same item.
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    coding = max(_mine(window), key=lambda c: c.id)
    assert (coding.start, coding.end) == span
    assert codebook.get_code(window.session.project, coding.code_id).name == "Peer support"  # type: ignore[union-attr]


def test_dropping_a_selection_on_a_code_codes_it(window: MainWindow) -> None:
    text = _open(window, "E02 Social media analyst")
    span = _span(text, "Interviewer:")
    view = window.transcript
    view.select_range(*span)
    mime = view.createMimeDataFromSelection()
    assert mime.hasFormat(RANGE_MIME)
    model = window.codebook_panel.model
    target = model.index_of(codebook.find_code(window.session.project, "Emotional value").id)  # type: ignore[union-attr]
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, target)
    model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, 0, target)
    coding = max(_mine(window), key=lambda c: c.id)
    assert (coding.start, coding.end) == span


def test_menu_and_picker_code_the_selection(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = _open(window, "E04 Customer service supervisor")
    question = codebook.find_code(window.session.project, "Question")  # type: ignore[union-attr]
    monkeypatch.setattr(window, "ask_code", lambda recent, exclude=None: question.id)
    span = _span(text, "Interviewer:")
    window.transcript.select_range(*span)
    window.action("code_with").trigger()
    coding = max(_mine(window), key=lambda c: c.id)
    assert (coding.start, coding.end, coding.code_id) == (*span, question.id)
    # The context menu now offers the recent code first.
    window.transcript.select_range(span[0], span[0] + 5)
    menu = window.coding.context_menu(QPoint(0, 0), span[0])
    recent = [a for a in menu.actions() if a.text() == "Code as “Question”"]
    assert recent
    recent[0].trigger()
    assert max(_mine(window), key=lambda c: c.id).end == span[0] + 5


def test_undo_and_redo_a_coding(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _open(window, "E05 Nursing coordinator")
    view = window.transcript
    before = {c.uuid for c in _mine(window)}
    view.select_range(10, 40)
    qtbot.keyClick(view, Qt.Key.Key_5)
    [added] = [c for c in _mine(window) if c.uuid not in before]
    assert view.highlight_at(20) is not None
    QTest.keySequence(window, "Ctrl+Z")
    assert {c.uuid for c in _mine(window)} == before
    assert added.id not in view.index.by_id
    QTest.keySequence(window, "Ctrl+Shift+Z")
    assert {c.uuid for c in _mine(window)} == before | {added.uuid}
    assert view.highlight_at(20) == codebook.get_code(window.session.project, added.code_id).color  # type: ignore[union-attr]


def test_overlapping_codings_show_both(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _open(window, "E06 Clinical director")
    view = window.transcript
    window.action("blind").trigger()  # only Ana's codings: the overlap is ours alone
    view.select_range(0, 60)
    qtbot.keyClick(view, Qt.Key.Key_1)
    view.select_range(30, 90)
    qtbot.keyClick(view, Qt.Key.Key_2)
    first, second = (codebook.get_code(window.session.project, window.session.shortcuts()[k]) for k in "12")  # type: ignore[union-attr]
    assert view.highlight_at(10) == first.color
    assert view.highlight_at(70) == second.color
    mixed = view.highlight_at(45)
    assert mixed not in (first.color, second.color, None)
    assert {m.code_id for m in view.codings_at(45)} == {first.id, second.id}
    view.stripes.repaint()
    codes_striped = {mark.code_id for _, mark in view.stripes._hits}
    assert {first.id, second.id} <= codes_striped


def test_emoji_and_accents_keep_code_point_offsets(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caqda.core.project import Project

    path = tmp_path / "emoji.caqda"
    source = tmp_path / "Família.txt"
    source.write_text(
        "Interviewer: Olá 😀😀 São Paulo?\nE01: Sim, a ouvidoria 👍 respondeu à família.\n", "utf-8"
    )
    with Project.create(path) as project:
        documents.import_file(project, source)
        codebook.add_code(project, "Resposta")
    window = make_window(path)
    view = window.transcript
    text = view.content.text
    span = _span(text, "ouvidoria 👍 respondeu à")
    view.select_range(*span)
    assert view.textCursor().selectedText() == "ouvidoria 👍 respondeu à"
    assert view.selected_range() == span
    qtbot.keyClick(view, Qt.Key.Key_1)
    [coding] = _mine(window)
    assert (coding.start, coding.end) == span
    assert text[coding.start : coding.end] == "ouvidoria 👍 respondeu à"
    assert view.highlight_at(span[0] + 10) is not None  # the emoji itself
    assert view.highlight_at(span[1]) is None


def test_in_vivo_code_turn_and_paragraph(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = _open(window, "E07 Quality and patient safety manager")
    view = window.transcript
    phrase = text.split("E07: ", 2)[1].split(".")[0].split()[:4]
    words = " ".join(phrase)
    view.select_range(*_span(text, words))
    window.action("in_vivo").trigger()
    code = codebook.find_code(window.session.project, words.strip("“”\"'.,;:!? "))  # type: ignore[union-attr]
    assert max(_mine(window), key=lambda c: c.id).code_id == code.id

    peer = codebook.find_code(window.session.project, "Peer support")  # type: ignore[union-attr]
    monkeypatch.setattr(window, "ask_code", lambda recent, exclude=None: peer.id)
    turn = documents.speaker_turns(window.session.project, view.document_id)[8]  # type: ignore[union-attr,arg-type]
    view.select_range(turn.content_start + 3, turn.content_start + 3)
    view.setTextCursor(view.textCursor())
    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    window.action("code_turn").trigger()
    coding = max(_mine(window), key=lambda c: c.id)
    assert (coding.start, coding.end, coding.code_id) == (turn.content_start, turn.end, peer.id)


def test_remove_resize_recode_and_memo_a_coding(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _open(window, "E08 Patient experience manager")
    view = window.transcript
    coding = _mine(window)[0]
    view.select_coding(coding.id)
    assert view.selected_coding_id == coding.id
    monkeypatch.setattr(window, "ask_range", lambda text, start, end: (start + 2, end - 2))
    window.action("resize_coding").trigger()
    resized = next(c for c in _mine(window) if c.id == coding.id)
    assert (resized.start, resized.end) == (coding.start + 2, coding.end - 2)
    monkeypatch.setattr(window, "ask_memo", lambda title, heading, text: "boundary is debatable")
    window.action("coding_memo").trigger()
    assert next(c for c in _mine(window) if c.id == coding.id).memo == "boundary is debatable"
    assert "boundary is debatable" in view.describe(view.index.by_id[coding.id])
    window.action("remove_coding").trigger()
    assert coding.id not in {c.id for c in _mine(window)}
    window.action("undo").trigger()
    assert next(c for c in _mine(window) if c.id == coding.id).memo == "boundary is debatable"


def test_dragging_a_coding_end_resizes_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _open(window, "E09 Digital channels and IT lead")
    view = window.transcript
    coding = _mine(window)[0]
    view.select_coding(coding.id)
    handle = view._handle_rects((coding.start, coding.end))["end"].center().toPoint()
    target_cursor = view.textCursor()
    target_cursor.setPosition(view.offsets.to_utf16(coding.end + 6))
    target = view.cursorRect(target_cursor).center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=handle)
    qtbot.mouseMove(view.viewport(), pos=target)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=target)
    resized = next(c for c in _mine(window) if c.id == coding.id)
    assert resized.start == coding.start and coding.end < resized.end <= coding.end + 7


def test_clicking_a_stripe_selects_its_coding(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _open(window, "E05 Nursing coordinator")
    view = window.transcript
    view.stripes.repaint()
    rect, mark = view.stripes._hits[0]
    qtbot.mouseClick(view.stripes, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert view.selected_coding_id == mark.coding_id
    assert view.selected_range() == (mark.start, mark.end)


def test_blind_mode_hides_other_coders(window: MainWindow) -> None:
    _open(window, "E10 Front desk and hospitality supervisor")
    session = window.session
    assert session is not None
    bruno = coders.find_coder(session.project, "Bruno")
    session.set_visible_coders(None)
    assert bruno.id in {m.coder_id for m in window.transcript.index.by_id.values()}
    window.action("blind").trigger()
    assert {m.coder_id for m in window.transcript.index.by_id.values()} == {session.coder.id}
    assert all(segment.coder == "Ana" for segment in window.segments_panel.model.rows)
    window.action("blind").trigger()
    session.set_visible_coders({bruno.id})
    assert {m.coder_id for m in window.transcript.index.by_id.values()} == {bruno.id}
