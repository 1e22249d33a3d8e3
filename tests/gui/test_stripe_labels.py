"""Coding-stripe labels a reader can read: a new user found them cut to "Co…". A bar shows the
longest of full name, first word, initials or short name that fits, with the coder when several
coders are shown; hover names the coding in full."""

from __future__ import annotations

import os
import re

from PySide6.QtGui import QFontMetrics

from caqda.core import codebook, documents
from caqda.gui.main_window import MainWindow
from caqda.gui.views.transcript_margins import fitted_label, label_candidates


def test_candidates_go_from_full_name_to_initials() -> None:
    assert label_candidates("Complaint handling and service recovery") == [
        "Complaint handling and service recovery",
        "Complaint…",
        "CHSR",
        "Com.",
        "C",
    ]
    assert label_candidates("Peer support", "Bruno")[:4] == [
        "Peer support · Bruno",
        "Peer support · B",
        "Peer… · Bruno",
        "Peer… · B",
    ]
    assert (
        fitted_label("Complaint handling and service recovery", None, lambda text: len(text) <= 5) == "CHSR"
    )
    assert fitted_label("Complaint", None, lambda text: False) is None


def test_stripes_show_readable_labels_on_the_demo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    project = window.session.project  # type: ignore[union-attr]
    document = documents.find_document(project, "E06 Clinical director")
    window.session.set_visible_coders(None)  # type: ignore[union-attr]  # both coders' stripes
    window.show_document(document.id)
    view = window.transcript
    qtbot.waitUntil(lambda: view.stripes.lane_count > 0, timeout=5000)
    middle = sorted(view.index.by_id.values(), key=lambda m: m.start)[len(view.index.by_id) // 2]
    view.select_coding(middle.coding_id)  # scrolls to the coded middle of the interview
    qtbot.wait(50)
    view.stripes.repaint()
    if os.environ.get("CAQDA_SCREENSHOTS"):
        window.grab().save("/tmp/polish-stripes.png")
    drawn = view.stripes.drawn_labels
    assert len(drawn) >= 5
    names = {code.id: code.name for code in codebook.list_codes(project)}
    metrics = QFontMetrics(view.stripes.font())
    for rect, mark in view.stripes._hits:
        label = drawn.get(mark.coding_id)
        if label is None:
            assert rect.height() < 14 + 20  # only bars too short for one letter go unlabelled
            continue
        name = names[mark.code_id]
        assert label in label_candidates(name, label.split(" · ")[1] if " · " in label else None) or (
            label.split(" · ")[0] in label_candidates(name)
        )
        assert not re.fullmatch(r"\w{1,2}…", label), label  # the old "Co…"
        assert metrics.horizontalAdvance(label) <= rect.height()  # it fits along its bar
        assert name in view.stripes._describe(mark)  # hover gives the full name
    assert any(" · " in label for label in drawn.values())  # two coders shown: each bar says whose
