"""The docks follow codings as differences (caqda/gui/panel_refresh.py): after random sequences
of codings added, resized, recoded, re-memoed and removed, undone and redone, every incremental
view equals what a full recomputation gives.

References are computed another way in the test: coded shares by marking characters in a set,
code counts by counting the stored codings, the segments list and the transcript's highlight
segments and stripes by building them afresh from the database.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from caqda.core import codebook, documents, summary
from caqda.core.coding import list_codings
from caqda.core.highlights import HighlightIndex, Mark
from caqda.gui.commands import ChangeCoding
from caqda.gui.main_window import MainWindow


def settle(window: MainWindow) -> None:
    """Run the event loop until no deferred refresh of the window is pending."""
    for _ in range(200):
        QApplication.processEvents()
        if not any(timer.isActive() and timer.interval() < 1000 for timer in window.findChildren(QTimer)):
            QApplication.processEvents()
            return
    raise AssertionError("the window kept refreshing")


def visible(window: MainWindow, coder_id: int) -> bool:
    assert window.session is not None
    return window.session.is_visible(coder_id)


def check_against_full_recomputation(window: MainWindow) -> None:
    session = window.session
    assert session is not None
    project = session.project
    stored = list_codings(project)

    # Code counts: the visible coders' codings counted one by one.
    expected_counts = Counter(c.code_id for c in stored if visible(window, c.coder_id))
    assert window.codebook_panel.model.counts() == dict(expected_counts)

    # Coded shares: each coder's coded characters marked in a set, per document.
    marked: dict[tuple[int, int], set[int]] = {}
    for coding in stored:
        marked.setdefault((coding.document_id, coding.coder_id), set()).update(
            range(coding.start, coding.end)
        )
    sizes = {d.id: d.characters for d in documents.list_documents(project)}
    expected_shares = {key: len(chars) / sizes[key[0]] for key, chars in marked.items() if chars}
    shown = window.documents_panel.model.shares()
    assert shown.keys() == expected_shares.keys()
    for key, share in expected_shares.items():
        assert shown[key] == pytest.approx(share, abs=1e-12)
    assert window.panels.covered == {key: len(chars) for key, chars in marked.items() if chars}

    # Segments list: as a fresh query lists them, row for row.
    visible_ids = window.panels.visible_coder_ids()
    coder_filter = None if visible_ids is None else sorted(visible_ids)
    if window.segments_panel.by_code():
        code = window.codebook_panel.current_code()
        fresh = summary.coded_segments(project, code_ids=[code.id], coder_ids=coder_filter) if code else []
    else:
        fresh = summary.coded_segments(
            project, document_ids=[window.transcript.document_id], coder_ids=coder_filter
        )
    model = window.segments_panel.model
    assert [s.as_dict() for s in model.rows] == [s.as_dict() for s in fresh]
    assert model.keys == sorted(model.keys)

    # Transcript: highlight segments, memos and stripe lanes as a fresh load builds them.
    view = window.transcript
    spans = [c for c in list_codings(project) if c.document_id == view.document_id]
    marks = [Mark(c.id, c.code_id, c.coder_id, c.start, c.end) for c in spans if visible(window, c.coder_id)]
    fresh_index = HighlightIndex(marks)

    def shape(index: HighlightIndex) -> list[tuple[int, int, frozenset[int]]]:
        return [(s.start, s.end, frozenset(m.coding_id for m in s.marks)) for s in index.segments]

    assert shape(view.index) == shape(fresh_index)
    assert view.index.by_id == fresh_index.by_id
    assert view.content is not None
    assert view.content.memos == {c.id: c.memo for c in spans if c.memo and visible(window, c.coder_id)}
    depth = max((len(s.marks) for s in fresh_index.segments), default=0)
    assert view.stripes.lane_count == (0 if not marks else min(view.stripes.MAX_LANES, depth + 2))


def random_step(
    window: MainWindow, generator: random.Random, code_ids: list[int], within: tuple[int, int] | None = None
) -> None:
    """One random change to one of the coder's codings of the document shown (or a new one, an
    undo, a redo); ``within``: only codings meeting this stretch, and new spans inside it."""
    session = window.session
    assert session is not None
    view = window.transcript
    assert view.content is not None
    low, length = within or (0, len(view.content.text))
    mine = [c for c in list_codings(session.project) if c.coder_id == session.coder.id]
    mine = [c for c in mine if c.document_id == view.document_id and c.start < length and c.end > low]
    roll = generator.random()
    stack = session.undo_stack
    if 0.25 <= roll < 0.3 and mine:
        # The same code on the same words again: two codings alike in all but their ids,
        # which the views must still tell apart when one of them goes.
        twin = generator.choice(mine)
        window.coding.code_selection(twin.code_id, (twin.start, twin.end))
    elif roll < 0.3 or not mine:
        start = generator.randrange(low, length - 10)
        window.coding.code_selection(
            generator.choice(code_ids), (start, min(length, start + generator.randint(1, 400)))
        )
    elif roll < 0.4:
        window.coding.remove_coding(generator.choice(mine).id)
    elif roll < 0.5:
        coding = generator.choice(mine)
        start = max(low, coding.start + generator.randint(-80, 80))
        window.coding.resize_coding(
            coding.id, start, min(length, max(start + 1, coding.end + generator.randint(-80, 80)))
        )
    elif roll < 0.6:
        coding = generator.choice(mine)
        window.run(ChangeCoding(session.project, coding, code_id=generator.choice(code_ids)))
    elif roll < 0.65:
        coding = generator.choice(mine)
        window.run(ChangeCoding(session.project, coding, memo=generator.choice(["", "why", "look again"])))
    elif roll < 0.85:
        for _ in range(generator.randint(1, 3)):
            stack.undo()
    else:
        for _ in range(generator.randint(1, 3)):
            stack.redo()


@pytest.mark.parametrize(
    ("seed", "everyone", "by_code"), [(1, True, False), (2, False, False), (3, True, True)]
)
def test_incremental_views_equal_a_full_recomputation(
    make_window, demo_path: Path, seed: int, everyone: bool, by_code: bool
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    session = window.session
    assert session is not None
    if everyone:
        session.set_visible_coders(None)
    code_ids = [code.id for code in codebook.list_codes(session.project)]
    if by_code:
        window.segments_panel.scope.setCurrentIndex(0)
        window.codebook_panel.select_code(code_ids[1])
    settle(window)
    check_against_full_recomputation(window)
    generator = random.Random(seed)
    for _ in range(40):
        random_step(window, generator, code_ids[:3] if by_code else code_ids[:8])
        settle(window)
        check_against_full_recomputation(window)


def test_a_coding_in_another_document_is_undone_while_this_one_is_shown(make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_path)
    session = window.session
    assert session is not None
    shown = documents.list_documents(session.project)
    window.show_document(shown[0].id)
    settle(window)
    window.coding.code_selection(codebook.list_codes(session.project)[0].id, (3, 40))
    settle(window)
    window.show_document(shown[1].id)
    settle(window)
    session.undo_stack.undo()
    settle(window)
    check_against_full_recomputation(window)
    session.undo_stack.redo()
    settle(window)
    check_against_full_recomputation(window)


def test_of_two_identical_codings_the_removed_one_goes(make_window, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A removed coding is known to the views by its last state; two codings with the same code,
    coder and span differ only in their ids, and the one still stored must stay shown."""
    window = make_window(demo_path)
    session = window.session
    assert session is not None
    document = documents.list_documents(session.project)[2]
    window.show_document(document.id)
    settle(window)
    code_id = codebook.list_codes(session.project)[0].id
    window.coding.code_selection(code_id, (100, 160))
    window.coding.code_selection(code_id, (100, 160))
    settle(window)
    twins = [
        c.id
        for c in list_codings(session.project)
        if (c.document_id, c.start, c.end) == (document.id, 100, 160)
    ]
    assert len(twins) == 2
    for removed, kept in ((twins[1], twins[0]), (twins[0], twins[1])):
        window.coding.remove_coding(removed)
        settle(window)
        assert kept in window.transcript.index.by_id and removed not in window.transcript.index.by_id
        check_against_full_recomputation(window)
        session.undo_stack.undo()
        settle(window)
        check_against_full_recomputation(window)
