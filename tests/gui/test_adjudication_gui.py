"""Settling disagreements in the agreement window as a supervisor does: open a code's
disagreements, press Take A / Take B / Both / Neither / Adjust…, accept the agreements, watch
the progress, undo; check the consensus codings and their provenance in the project."""

from __future__ import annotations

from PySide6.QtCore import Qt

from caqda.core import adjudication, coders
from caqda.core.agreement.intervals import merge_intervals
from caqda.core.coding import CodingFilter, list_codings
from caqda.gui.agreement.agreement_window import AgreementWindow
from caqda.gui.main_window import MainWindow

CODE = "Complaint handling and service recovery"


def _disagreements(qtbot, window: MainWindow) -> AgreementWindow:  # type: ignore[no-untyped-def]
    window.action("agreement").trigger()
    view = window.agreement_window
    qtbot.addWidget(view)
    view.samples.setValue(0)
    with qtbot.waitSignal(view.report_ready, timeout=20_000):
        view.compute_button.click()
    model = view.report_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().strip() == CODE)
    view.table.clicked.emit(model.index(row, 0))
    assert len(view.items) >= 5
    return view


def _consensus(window: MainWindow) -> list[tuple[int, int, int]]:
    project = window.session.project  # type: ignore[union-attr]
    holder = coders.find_coder(project, "Consensus")
    return [
        (c.document_id, c.start, c.end) for c in list_codings(project, CodingFilter(coder_ids=(holder.id,)))
    ]


def test_settle_each_way_and_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = _disagreements(qtbot, window)
    panel = view.adjudication
    project = window.session.project  # type: ignore[union-attr]
    items = list(view.items)
    total = len(items)
    assert panel.progress.text() == f"0 of {total} disagreements settled"
    assert panel.buttons["a"].text() == "Take Ana"

    qtbot.mouseClick(panel.buttons["a"], Qt.MouseButton.LeftButton)  # item 0 → Ana's segments
    assert view.current == 1  # moved on
    qtbot.mouseClick(panel.buttons["b"], Qt.MouseButton.LeftButton)  # item 1 → Bruno's
    qtbot.mouseClick(panel.buttons["both"], Qt.MouseButton.LeftButton)  # item 2 → union
    qtbot.mouseClick(panel.buttons["none"], Qt.MouseButton.LeftButton)  # item 3 → nothing
    hand = (items[4].start + 1, items[4].start + 20)
    panel.ask_range = lambda _text, _start, _end: hand
    qtbot.mouseClick(panel.buttons["hand"], Qt.MouseButton.LeftButton)  # item 4 → by hand
    assert panel.progress.text() == f"5 of {total} disagreements settled"
    model = view.disagreement_model
    column = model.columnCount() - 1
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Consensus"
    assert [model.index(row, column).data() for row in range(6)] == [
        "Ana",
        "Bruno",
        "both",
        "neither",
        "adjusted by hand",
        "",
    ]

    def spans(item, coder):  # type: ignore[no-untyped-def]
        return next(side.segments for side in item.coders if side.coder == coder)

    where = adjudication.scope(project, "Ana", "Bruno", CODE)
    expected = [
        *spans(items[0], "Ana"),
        *spans(items[1], "Bruno"),
        *merge_intervals([*spans(items[2], "Ana"), *spans(items[2], "Bruno")]),
        hand,
    ]
    codings = adjudication.consensus_codings(project, where)
    assert sorted((c.start, c.end) for c in codings) == sorted(expected)
    origins = {(c.start, c.end): adjudication.provenance(project, c.uuid) for c in codings}
    assert origins[hand].origin == "hand" and origins[hand].source_codings == ()  # type: ignore[union-attr]
    first = spans(items[0], "Ana")[0]
    assert origins[first].origin == "a" and origins[first].source_coders == ("Ana",)  # type: ignore[union-attr]
    ana_uuids = {
        c.uuid for c in list_codings(project, CodingFilter(coder_ids=(coders.find_coder(project, "Ana").id,)))
    }
    assert set(origins[first].source_codings) <= ana_uuids  # type: ignore[union-attr]

    # Undo the hand-made decision: the stretch is open again and its coding gone.
    window.session.undo_stack.undo()  # type: ignore[union-attr]
    assert panel.progress.text() == f"4 of {total} disagreements settled"
    assert adjudication.decision_of(project, where, items[4]) is None
    assert hand not in {(c.start, c.end) for c in adjudication.consensus_codings(project, where)}

    # Accept all agreements: more consensus codings, each from both coders; undo takes them back.
    before = len(_consensus(window))
    qtbot.mouseClick(panel.buttons["agreements"], Qt.MouseButton.LeftButton)
    after = adjudication.consensus_codings(project, where)
    assert len(after) > before
    accepted = [c for c in after if adjudication.provenance(project, c.uuid).origin == "agreement"]  # type: ignore[union-attr]
    assert accepted and all(
        adjudication.provenance(project, c.uuid).source_coders == ("Ana", "Bruno") for c in accepted
    )  # type: ignore[union-attr]
    window.session.undo_stack.undo()  # type: ignore[union-attr]
    assert len(_consensus(window)) == before

    # Coders against the consensus.
    dialog = panel.show_scores()
    assert dialog is not None and dialog.table.rowCount() >= 4
    dialog.close()
