"""Exporting from the window: the options dialog, then a file that reads back."""

from __future__ import annotations

from pathlib import Path

import docx

from caqda.gui.dialogs.export_dialog import ExportDialog
from caqda.gui.main_window import MainWindow


def test_dialog_offers_options_that_fit_the_export(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(
        ["E01", "E02"],
        ["Joint sphere", "Joint sphere/Peer support"],
        ["Ana", "Bruno"],
        ["Department"],
        "E02",
        tmp_path,
    )
    qtbot.addWidget(dialog)
    dialog.set_kind("transcript")
    assert dialog.document.isEnabled() and not dialog.group_by.isEnabled()
    assert dialog.path.text().endswith(".docx") and dialog.document.currentText() == "E02"
    dialog.set_kind("segments_table")
    assert dialog.path.text().endswith(".xlsx")
    dialog.path.setText(str(tmp_path / "out.pdf"))
    assert (
        not dialog.buttons.buttons()[0].isEnabled()
        or not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    )
    dialog.set_kind("segments")
    dialog.group_by.setCurrentIndex(dialog.group_by.findData("attribute:Department"))
    dialog.coders.item(1).setCheckState(dialog.coders.item(1).checkState().Unchecked)
    request = dialog.request()
    assert (request.kind, request.group_by, request.coders, request.documents) == (
        "segments",
        "attribute:Department",
        ["Ana"],
        None,
    )


def test_export_from_the_window(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from caqda.gui import export_actions
    from caqda.gui.dialogs.export_dialog import ExportRequest

    out = tmp_path / "codebook.docx"
    monkeypatch.setattr(
        export_actions, "ask_export", lambda w, kind=None: ExportRequest(kind="codebook", path=out)
    )
    window.action("export_codebook").trigger()
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[:4] == ["Provider sphere", "Joint sphere", "Customer sphere", "Interaction type"]
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda error: errors.append(str(error)))
    bad = ExportRequest(kind="transcript", path=tmp_path / "t.docx", document=None)
    monkeypatch.setattr(export_actions, "ask_export", lambda w, kind=None: bad)
    window.action("export_transcript").trigger()
    assert errors and "document" in errors[0]


def test_import_qdpx_opens_the_new_project(window: MainWindow, tmp_path: Path, make_window) -> None:  # type: ignore[no-untyped-def]
    from caqda.core.refi.project_export import export_qdpx

    qdpx = tmp_path / "demo.qdpx"
    export_qdpx(window.session.project, qdpx)  # type: ignore[union-attr]
    other = make_window(coder="Ana")
    other.ask_coder = lambda names, last: "Ana"  # type: ignore[method-assign]
    other.files.import_qdpx(qdpx, tmp_path / "from-qdpx.caqda")
    assert (
        other.session is not None
        and other.documents_panel.model.rowCount() == window.documents_panel.model.rowCount()
    )
