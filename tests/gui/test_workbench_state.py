"""Never lose work: state survives closing, errors are told in plain words, imports run with
progress, memos and segments panels follow the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from caqda.core import documents
from caqda.core.memos import list_memos
from caqda.core.project import Project
from caqda.gui.main_window import MainWindow


def test_reopening_shows_the_same_document_and_place(qtbot, make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    document = documents.find_document(window.session.project, "E07 Quality and patient safety manager")
    window.show_document(document.id)
    window.transcript.restore_scroll(25)
    assert window.transcript.scroll_state() == 25
    window.close()
    again = make_window(demo_path)
    assert again.transcript.document_id == document.id
    assert again.transcript.scroll_state() == 25


def test_switching_documents_waits_for_no_commit(qtbot, make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A switch does not wait for the disk to note the place left (it was a commit per switch):
    the place goes into the project with the next change, and when the project closes."""
    window = make_window(demo_path)
    project = window.session.project
    key = f"view:{window.session.coder.uuid}"

    def stored() -> str | None:
        return project.scalar("SELECT value FROM settings WHERE key = ?", (key,))

    shown = documents.list_documents(project)
    window.show_document(shown[0].id)
    before, commits = stored(), project.connection.total_changes
    window.show_document(shown[1].id)
    window.transcript.restore_scroll(12)
    window.show_document(shown[2].id)
    assert project.connection.total_changes == commits and stored() == before  # nothing written
    assert window.session.view_state()["scroll"][str(shown[1].id)] == 12  # but known
    window.transcript.select_range(5, 25)
    qtbot.keyClick(window.transcript, Qt.Key.Key_4)  # a coding: the place goes with it
    assert '"' + str(shown[1].id) + '": 12' in stored()


def test_every_coding_is_stored_at_once(qtbot, make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    window.transcript.select_range(5, 25)
    qtbot.keyClick(window.transcript, Qt.Key.Key_4)
    # Another process reads the file while the window still has it open (as after a crash):
    # the coding is already there, nothing waits for a "save".
    window.session.project.connection.close()
    window.session = None
    with Project.open(demo_path) as project:
        spans = project.rows('SELECT start, "end" FROM codings WHERE start = 5 AND "end" = 25')
    assert len(spans) == 1


def test_opening_a_locked_project_says_so(make_window, demo_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = make_window(demo_path)
    second = make_window()
    errors: list[str] = []
    monkeypatch.setattr(second, "show_error", lambda error: errors.append(str(error)))
    second.open_path(demo_path)
    assert errors and "open in another caqda window" in errors[0]
    assert second.session is None and first.session is not None


def test_opening_a_file_that_is_not_a_project(make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda error: errors.append(str(error)))
    path = tmp_path / "notes.caqda"
    path.write_text("my notes")
    window.open_path(path)
    assert "not a caqda project" in errors[0]
    assert path.read_text() == "my notes"


def test_import_runs_with_progress_and_reports_bad_files(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "E12 Pharmacist.txt"
    good.write_text("Interviewer: Hello?\nE12: We answer on Instagram.\nInterviewer: And?\nE12: Always.\n")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    messages: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda error: messages.append(str(error)))
    from caqda.gui.import_runner import ImportRunner

    runner = ImportRunner(window, window.session.project, [good, bad])  # type: ignore[union-attr]
    with qtbot.waitSignal(runner.done, timeout=10_000) as blocker:
        runner.start()
    assert blocker.args[0] == 1
    assert "not a readable Word document" in messages[0]
    assert window.documents_panel.model.rowCount() == len(documents.list_documents(window.session.project))  # type: ignore[union-attr]
    assert "E12 Pharmacist" in [d.name for d in documents.list_documents(window.session.project)]  # type: ignore[union-attr]
    assert documents.find_document(window.session.project, "E12 Pharmacist").kind == "interview"  # type: ignore[union-attr]


def test_memos_and_segments_follow_the_project(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window, "ask_memo", lambda title, heading, text: "Bruno codes praise widely.")
    window.memo_actions.new_memo("document")
    [memo] = list_memos(window.session.project)  # type: ignore[union-attr]
    assert memo.target_kind == "document" and memo.target_id == window.transcript.document_id
    assert window.memos_panel.model.rowCount() == 1
    segments = window.segments_panel.model.rows
    assert segments and all(s.document == window.transcript.content.name for s in segments)  # type: ignore[union-attr]
    window.jump_to_segment(segments[3])
    assert window.transcript.selected_range() == (segments[3].start, segments[3].end)


def test_new_project_from_wizard_answers(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from caqda.gui.dialogs.new_project import NewProjectSpec
    from caqda.gui.new_project import create_project

    window = make_window()
    spec = NewProjectSpec(
        path=tmp_path / "study.caqda", coder="Carla", codebook="value-spheres", codebook_file=None
    )
    assert create_project(window, spec)
    assert window.session is not None and window.session.coder.name == "Carla"
    assert window.codebook_panel.model.rowCount() == 4


def test_keyboard_only_coding(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from caqda.core.coding import list_codings

    view = window.transcript
    window.action("focus_transcript").trigger()
    view.select_range(40, 40)
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_range() == (40, 52)
    qtbot.keyClick(view, Qt.Key.Key_2)
    newest = max(list_codings(window.session.project), key=lambda c: c.id)  # type: ignore[union-attr]
    assert (newest.start, newest.end) == (40, 52)


def test_coder_visibility_is_remembered(make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    window.action("blind").trigger()
    window.close()
    again = make_window(demo_path)
    assert again.session.blind and again.action("blind").isChecked()
    assert {m.coder_id for m in again.transcript.index.by_id.values()} == {again.session.coder.id}
