"""A supervisor hands out two blind copies from the File menu, two coders code and delete in
their own windows, and the supervisor merges both back after the preview; one undo step."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from caqda.core import coders, documents, schema
from caqda.core.coding import CodingFilter, coding_by_uuid, list_codings
from caqda.core.project import Project
from caqda.core.tombstones import tombstones
from caqda.gui.dialogs.copy_for_dialog import CopyForDialog
from caqda.gui.dialogs.merge_preview import MergePreviewDialog
from caqda.gui.main_window import MainWindow


def _state(project: Project) -> list[object]:
    return [
        sorted(tuple(r) for r in project.rows(f"SELECT * FROM {table}"))
        for table in ("codings", "codes", "memos", "tombstones", "coders", "documents")
    ]


def _per_coder(project: Project) -> dict[str, int]:
    return {
        coder.name: len(list_codings(project, CodingFilter(coder_ids=(coder.id,))))
        for coder in coders.list_coders(project)
    }


def _prepare(monkeypatch: pytest.MonkeyPatch, window: MainWindow, name: str, path: Path) -> None:
    def fill_in(dialog: CopyForDialog) -> int:
        assert dialog.blind.isChecked()  # blind unless the supervisor says otherwise
        dialog.coder.setCurrentText(name)
        assert dialog.path.text().endswith(f"-{name.lower()}.caqda")  # the name follows the coder
        dialog.path.setText(str(path))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(CopyForDialog, "exec", fill_in)
    window.action("copy_for").trigger()


def _work_in_copy(make_window: Callable[..., MainWindow], path: Path, coder: str, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """The coder opens the copy, codes a passage with key 1, removes one coding and resizes
    another; returns (removed uuid, resized uuid)."""
    window = make_window(path, coder=coder)
    project = window.session.project  # type: ignore[union-attr]
    assert set(_per_coder(project)) >= {coder} and all(
        count == 0 for name, count in _per_coder(project).items() if name != coder
    )  # blind: nobody else's codings
    document = documents.find_document(project, "E05 Nursing coordinator")
    window.show_document(document.id)
    mine = list_codings(
        project, CodingFilter(document_ids=(document.id,), coder_ids=(window.session.coder.id,))
    )  # type: ignore[union-attr]
    window.transcript.select_range(2000, 2100)
    qtbot.keyClick(window.transcript, Qt.Key.Key_1)
    removed, resized = mine[0], mine[1]
    window.transcript.select_coding(removed.id)
    window.action("remove_coding").trigger()
    window.transcript.select_coding(resized.id)
    monkeypatch.setattr(window, "ask_range", lambda text, start, end: (start, end + 4))
    window.action("resize_coding").trigger()
    window.close_project()
    return removed.uuid, resized


def test_supervisor_prepares_blind_copies_and_merges_them_back(  # type: ignore[no-untyped-def]
    make_window, demo_path: Path, tmp_path: Path, qtbot, monkeypatch
) -> None:
    supervisor = make_window(demo_path, coder="Supervisor")
    project = supervisor.session.project  # type: ignore[union-attr]
    messages: list[str] = []
    monkeypatch.setattr(supervisor.team, "show_message", messages.append)
    ana_path, bruno_path = tmp_path / "ana.caqda", tmp_path / "bruno.caqda"
    _prepare(monkeypatch, supervisor, "Ana", ana_path)
    _prepare(monkeypatch, supervisor, "Bruno", bruno_path)
    counts = _per_coder(project)
    assert ana_path.exists() and bruno_path.exists() and len(messages) == 2
    assert f"({counts['Ana']} codings" in messages[0] and str(counts["Bruno"]) in messages[0]

    ana_removed, ana_resized = _work_in_copy(make_window, ana_path, "Ana", qtbot, monkeypatch)
    bruno_removed, bruno_resized = _work_in_copy(make_window, bruno_path, "Bruno", qtbot, monkeypatch)
    qtbot.wait(5)
    # Meanwhile the supervisor adjusts the coding Ana resized: a conflict, the supervisor's is newer.
    supervisor.transcript.select_coding(ana_resized.id)
    supervisor.show_document(ana_resized.document_id)
    supervisor.session.set_visible_coders(None)  # type: ignore[union-attr]
    supervisor.transcript.select_coding(ana_resized.id)
    monkeypatch.setattr(supervisor, "ask_range", lambda text, start, end: (start + 1, end))
    supervisor.action("resize_coding").trigger()
    qtbot.wait(5)
    assert coding_by_uuid(project, ana_resized.uuid).start == ana_resized.start + 1  # type: ignore[union-attr]

    shown: list[dict[str, object]] = []

    def look_and_merge(dialog: MergePreviewDialog) -> int:
        cells = [dialog.grid.itemAtPosition(1, column).widget() for column in (1, 2, 3)]
        shown.append(
            {"codings": [cell.text() for cell in cells if isinstance(cell, QLabel)],
             "conflicts": dialog.conflicts.count(), "title": dialog.windowTitle()}
        )  # fmt: skip
        dialog.merge_button.click()
        return dialog.result()

    monkeypatch.setattr(MergePreviewDialog, "exec", look_and_merge)
    before_merge = _state(project)
    supervisor.merge_copy(ana_path)
    assert shown[0] == {"codings": ["1", "0", "1"], "conflicts": 1, "title": "Merge “ana.caqda”"}
    after_ana = _per_coder(project)
    assert after_ana["Ana"] == counts["Ana"] + 1 - 1
    assert coding_by_uuid(project, ana_removed) is None
    assert coding_by_uuid(project, ana_resized.uuid).start == ana_resized.start + 1  # type: ignore[union-attr]
    assert "Merge" in supervisor.action("undo").text()

    supervisor.merge_copy(bruno_path)
    assert shown[1]["codings"] == ["1", "1", "1"] and shown[1]["conflicts"] == 0
    final = _per_coder(project)
    assert final == {**after_ana, "Bruno": counts["Bruno"] + 1 - 1}
    assert coding_by_uuid(project, bruno_resized.uuid).end == bruno_resized.end + 4  # type: ignore[union-attr]
    buried = {t.uuid: t.deleted_by for t in tombstones(project, "coding")}
    assert buried[ana_removed] == coders.find_coder(project, "Ana").uuid
    assert buried[bruno_removed] == coders.find_coder(project, "Bruno").uuid
    after_both = _state(project)

    supervisor.action("undo").trigger()  # one step undoes Bruno's whole merge
    assert _per_coder(project) == after_ana and bruno_removed not in {t.uuid for t in tombstones(project)}
    supervisor.action("undo").trigger()
    assert _state(project) == before_merge
    supervisor.action("redo").trigger()
    supervisor.action("redo").trigger()
    assert _per_coder(project) == final and _state(project)[1:] == after_both[1:]

    # Merging the same copy again: the preview says there is nothing to merge.
    supervisor.merge_copy(ana_path)
    assert shown[-1]["codings"] == ["0", "0", "0"] and _per_coder(project) == final


def test_bad_copies_are_refused_in_the_window(  # type: ignore[no-untyped-def]
    make_window, demo_path: Path, tmp_path: Path, monkeypatch
) -> None:
    supervisor = make_window(demo_path, coder="Supervisor")
    project = supervisor.session.project  # type: ignore[union-attr]
    from caqda.core.team_copies import copy_for

    copy_for(project, "Ana", tmp_path / "ana.caqda")
    with Project.create(tmp_path / "other.caqda") as other:
        copy_for(other, "Ana", tmp_path / "other-ana.caqda")
    damaged = tmp_path / "damaged.caqda"
    data = bytearray((tmp_path / "ana.caqda").read_bytes())
    data[100:4096] = b"\xff" * 3996
    damaged.write_bytes(bytes(data))
    newer = tmp_path / "newer.caqda"
    newer.write_bytes((tmp_path / "ana.caqda").read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    connection.close()
    errors: list[str] = []
    monkeypatch.setattr(supervisor.team, "show_error", lambda error: errors.append(str(error)))
    monkeypatch.setattr(MergePreviewDialog, "exec", lambda dialog: pytest.fail("no preview for a bad copy"))
    before, undo_count = _state(project), supervisor.session.undo_stack.count()  # type: ignore[union-attr]
    other_window = make_window(tmp_path / "ana.caqda", coder="Ana")  # the copy is open elsewhere
    for path in (tmp_path / "other-ana.caqda", damaged, newer, demo_path, tmp_path / "ana.caqda"):
        supervisor.merge_copy(path)
    other_window.close_project()
    assert len(errors) == 5
    for error, reason in zip(
        errors,
        ("copy of another project ('other')", "damaged", "newer version of caqda", "into itself",
         "open in another caqda window"),
        strict=True,
    ):  # fmt: skip
        assert reason in error, error
    assert _state(project) == before and supervisor.session.undo_stack.count() == undo_count  # type: ignore[union-attr]
