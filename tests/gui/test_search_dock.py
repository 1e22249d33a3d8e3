"""The search dock driven as a researcher does: type, choose the mode and filters, press Enter,
sort the keyword-in-context table, export it, code every hit and undo that in one step."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from caqda.core import codebook, documents
from caqda.core.coding import CodingFilter, list_codings
from caqda.core.search import search
from caqda.core.search_index import fold
from caqda.gui.main_window import MainWindow
from caqda.gui.views.search_panel import AFTER, BEFORE, HIT


def _texts(window: MainWindow) -> dict[str, str]:
    project = window.session.project  # type: ignore[union-attr]
    return {d.name: documents.document_text(project, d.id) for d in documents.list_documents(project)}


def _search(qtbot, window: MainWindow, query: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.search_panel
    panel.mode.setCurrentIndex(panel.mode.findData(mode))
    panel.query.clear()
    qtbot.keyClicks(panel.query, query)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)


def test_modes_filters_and_count(window: MainWindow, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window.action("search").trigger()
    panel = window.search_panel
    texts = _texts(window)
    _search(qtbot, window, "social", "whole_word")
    brute = sum(len(re.findall(r"\bsocial\b", t, re.IGNORECASE)) for t in texts.values())
    assert panel.model.rowCount() == brute > 0
    assert panel.count.text().startswith(f"{brute:,} places in")
    qtmodeltester.check(panel.model)
    for hit in panel.model.rows:
        assert texts[hit.document][hit.start : hit.end].casefold() == "social"

    panel.speaker.setEditText("Interviewer")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    interviewer = panel.model.rows
    assert 0 < len(interviewer) < brute and all(h.speaker == "Interviewer" for h in interviewer)
    panel.speaker.setEditText("")

    panel.where.setText("Department=Nursing")
    _search(qtbot, window, r"patient\w*", "regex")
    nursing = texts["E05 Nursing coordinator"]
    assert panel.model.rowCount() == len(re.findall(r"patient\w*", nursing, re.IGNORECASE)) > 0
    assert {h.document for h in panel.model.rows} == {"E05 Nursing coordinator"}
    panel.where.clear()

    _search(qtbot, window, "paci(ente", "regex")
    assert panel.model.rowCount() == 0 and "not valid" in panel.count.text() and "^" in panel.count.text()


def test_sorting_and_export(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = window.search_panel
    _search(qtbot, window, "ouvidoria", "contains")
    count = panel.model.rowCount()
    unsorted = [h.after for h in panel.model.rows]
    assert count > 3
    header = panel.table.horizontalHeader()
    click = QPoint(header.sectionViewportPosition(AFTER) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)  # the user sorts
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    afters = [fold(panel.model.index(row, AFTER).data()).split() for row in range(count)]
    assert afters == sorted(afters, reverse=descending) and afters != [fold(h).split() for h in unsorted]
    panel.table.sortByColumn(BEFORE, Qt.SortOrder.AscendingOrder)
    befores = [fold(h.before).split()[::-1] for h in panel.model.rows]
    assert befores == sorted(befores)
    assert panel.model.index(0, HIT).data().casefold() == "ouvidoria"
    found = [(h.document_id, h.start) for h in search(window.session.project, "ouvidoria")]  # type: ignore[arg-type]
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by document: back to the order found
    assert [(h.document_id, h.start) for h in panel.model.rows] == found
    target = tmp_path / "hits.xlsx"
    panel.export_hits(str(target))
    rows = list(load_workbook(target)["Search"].iter_rows(values_only=True))
    assert len(rows) == count + 1 and {r[3].casefold() for r in rows[1:]} == {"ouvidoria"}


def test_code_all_is_one_undo_step_and_twice_codes_nothing(window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    panel = window.search_panel
    code = codebook.find_code(project, "Monitoring and listening")
    monkeypatch.setattr(window, "ask_code", lambda recent, exclude=None: code.id)
    _search(qtbot, window, "ouvidoria", "whole_word")
    hits = panel.model.rows
    before = len(list_codings(project, CodingFilter(code_ids=(code.id,))))
    panel.unit.setCurrentIndex(panel.unit.findData("hit"))
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    after = list_codings(project, CodingFilter(code_ids=(code.id,)))
    new = len(after) - before
    assert 0 < new <= len(hits)
    assert window.statusBar().currentMessage().startswith(f"Coded {new:,} places")
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    assert len(list_codings(project, CodingFilter(code_ids=(code.id,)))) == len(after)
    assert window.statusBar().currentMessage().startswith("Nothing new to code")
    window.action("undo").trigger()  # the empty second run
    window.action("undo").trigger()  # the first run, in one step
    assert len(list_codings(project, CodingFilter(code_ids=(code.id,)))) == before


def test_counts_agree_with_their_number(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """'1 places in 1 documents' read wrong to a new user."""
    window.action("search").trigger()
    panel = window.search_panel
    texts = _texts(window)
    assert sum(t.count("locked door") for t in texts.values()) == 1
    _search(qtbot, window, "locked door", "phrase")
    assert panel.count.text() == "1 place in 1 document"
    assert "1 place found." in window.statusBar().currentMessage()
    per_document = {name: len(re.findall(r"\bcardiologist\b", t, re.IGNORECASE)) for name, t in texts.items()}
    holders = {name: n for name, n in per_document.items() if n}
    assert len(holders) == 1 and sum(holders.values()) > 1  # counted here: several places, one document
    _search(qtbot, window, "cardiologist", "whole_word")
    assert panel.count.text() == f"{sum(holders.values())} places in 1 document, all listed"


def test_choosing_fuzzy_loads_its_libraries_while_the_query_is_typed(
    window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Setting the search to fuzzy starts loading numpy and rapidfuzz in a thread of their own
    (once), so that pressing Enter does not wait 60-130 ms for the imports."""
    import threading

    from caqda.core import fuzzy_runs

    started: list[str] = []
    monkeypatch.setattr(fuzzy_runs, "warm_up", lambda: started.append(threading.current_thread().name))
    panel = window.search_panel
    panel.mode.setCurrentIndex(panel.mode.findData("phrase"))
    assert panel._warming is None
    panel.mode.setCurrentIndex(panel.mode.findData("fuzzy"))
    assert panel._warming is not None
    panel._warming.join(5)
    assert started == ["caqda-fuzzy-warm-up"]
    panel.mode.setCurrentIndex(panel.mode.findData("phrase"))
    panel.mode.setCurrentIndex(panel.mode.findData("fuzzy"))
    assert started == ["caqda-fuzzy-warm-up"]  # once
    _search(qtbot, window, "ouvidria", "fuzzy")
    assert window.search_panel.model.rowCount() > 0
