"""The agreement view as a supervisor uses it: compute, read the table, open a code's
disagreements and step through them side by side."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from caqda.core.agreement.project_input import agreement_report
from caqda.gui.agreement.agreement_window import AgreementWindow
from caqda.gui.main_window import MainWindow


def _computed(qtbot, window: MainWindow) -> AgreementWindow:  # type: ignore[no-untyped-def]
    window.action("agreement").trigger()
    view = window.agreement_window
    qtbot.addWidget(view)
    view.samples.setValue(100)
    with qtbot.waitSignal(view.report_ready, timeout=20_000):
        view.compute_button.click()
    return view


def test_table_shows_the_engines_figures(qtbot, window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = _computed(qtbot, window)
    expected = agreement_report(window.session.project, ["Ana", "Bruno"], bootstrap_samples=0)  # type: ignore[union-attr]
    model = view.report_model
    labels = [model.index(row, 0).data().strip() for row in range(model.rowCount())]
    row = labels.index("Peer support")
    kappa = expected.row("Peer support").figures.kappa
    assert model.index(row, 4).data() == f"{kappa:.3f}"
    assert model.index(row, 5).data() == expected.row("Peer support").figures.kappa_label
    assert labels[-1].startswith("Pooled")
    assert "Cohen's κ" in view.method.toPlainText()
    assert view.pairs_model.index(0, 1).data() == f"{expected.pooled.kappa:.3f}"
    for item_model in (view.report_model, view.pairs_model, view.disagreement_model):
        qtmodeltester.check(item_model)


def test_a_code_click_lists_disagreements_and_shows_them_side_by_side(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = _computed(qtbot, window)
    model = view.report_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().strip() == "Emotional value")
    view.table.clicked.emit(model.index(row, 0))
    assert view.items, "Emotional value has disagreements in the demo"
    first = view.items[0]
    left, right = view.compare.panes[0][1], view.compare.panes[1][1]
    assert {m.coder_id for m in left.index.by_id.values()} != {m.coder_id for m in right.index.by_id.values()}
    for (label, pane), coder in zip(view.compare.panes, first.coders, strict=False):
        assert coder.coder in label.text()
        span = coder.segments[0] if coder.segments else (first.start, first.end)
        assert pane.selected_range() == span
    qtbot.mouseClick(view.compare.findChildren(type(view.compute_button))[1], Qt.MouseButton.LeftButton)
    assert view.current == 1 % len(view.items)


def test_csv_export_has_every_code(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _computed(qtbot, window)
    out = tmp_path / "agreement.csv"
    view.export_csv(out)
    with out.open(encoding="utf-8-sig") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][0] == "method"
    header = rows[1]
    codes = [r[header.index("code")] for r in rows[2:]]
    assert "Peer support" in codes and codes[-1] == "(pooled)"
    kappa = float(rows[2 + codes.index("Peer support")][header.index("kappa")])
    assert abs(kappa - view.report.row("Peer support").figures.kappa) < 1e-6  # type: ignore[union-attr]
