"""Undo support in the core (snapshots, restoring codings) and the highlight index."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding, list_codings, remove_coding, restore_coding
from caqda.core.highlights import HighlightIndex, Mark
from caqda.core.project import Project
from caqda.core.snapshots import restore, snapshot


def _state(project: Project) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    codes = [tuple(row) for row in project.rows("SELECT * FROM codes ORDER BY id")]
    codings = [tuple(row) for row in project.rows("SELECT * FROM codings ORDER BY id")]
    return codes, codings


def test_delete_and_merge_are_undone_exactly(demo: Project) -> None:
    before = _state(demo)
    joint = codebook.find_code(demo, "Joint sphere")
    saved = snapshot(demo, [joint.id], with_siblings_of=(None,))
    removed = codebook.delete_code(demo, joint.id)
    assert removed > 50
    restore(demo, saved)
    assert _state(demo)[0] == before[0]
    assert [row[:8] for row in _state(demo)[1]] == [row[:8] for row in before[1]]

    source = codebook.find_code(demo, "Emotional value")
    target = codebook.find_code(demo, "Patient experience narrative")
    saved = snapshot(demo, [source.id, target.id], with_siblings_of=(target.id,))
    codebook.merge_codes(demo, source.id, target.id)
    restore(demo, saved)
    assert _state(demo)[0] == before[0]
    assert [row[:8] for row in _state(demo)[1]] == [row[:8] for row in before[1]]


def test_removed_coding_comes_back_with_its_identity(project: Project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "t.txt"
    path.write_text("Interviewer: hi\nE01: hello there\n")
    document = documents.import_file(project, path).document
    assert document is not None
    code = codebook.add_code(project, "Greeting")
    ana = coders.ensure_coder(project, "Ana")
    coding = add_coding(project, document_id=document.id, code_id=code.id, coder_id=ana.id, start=3, end=9)
    remove_coding(project, coding.id)
    restored = restore_coding(project, coding)
    assert (restored.id, restored.uuid, restored.start, restored.end) == (coding.id, coding.uuid, 3, 9)
    assert list_codings(project) == [restored]


spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 60), st.integers(1, 4)), max_size=40)


@settings(max_examples=150, deadline=None)
@given(spans)
def test_highlight_segments_cover_exactly_the_coded_characters(raw: list[tuple[int, int, int]]) -> None:
    marks = [Mark(i, code, 1, start, start + length) for i, (start, length, code) in enumerate(raw)]
    index = HighlightIndex(marks)
    for position in range(0, 270):
        expected = {m.coding_id for m in marks if m.start <= position < m.end}
        assert {m.coding_id for m in index.marks_at(position)} == expected
    for segment in index.segments:
        assert segment.start < segment.end and segment.marks
    generator = random.Random(len(raw))
    for _ in range(10):
        a = generator.randrange(0, 260)
        b = a + generator.randrange(1, 40)
        expected_ids = sorted(m.coding_id for m in marks if m.start < b and m.end > a)
        assert sorted(m.coding_id for m in index.marks_between(a, b)) == expected_ids


@settings(max_examples=150, deadline=None)
@given(spans, spans, st.data())
def test_incremental_updates_equal_a_rebuild(first: list, second: list, data: st.DataObject) -> None:  # type: ignore[type-arg]
    marks = [Mark(i, code, 1, start, start + length) for i, (start, length, code) in enumerate(first)]
    index = HighlightIndex(marks)
    removed = (
        set(data.draw(st.lists(st.sampled_from([m.coding_id for m in marks]), max_size=5)))
        if marks
        else set()
    )
    added = [
        Mark(1000 + i, code, 2, start, start + length) for i, (start, length, code) in enumerate(second[:5])
    ]
    index.update(removed, added)
    expected = HighlightIndex([m for m in marks if m.coding_id not in removed] + added)
    assert [(s.start, s.end, {m.coding_id for m in s.marks}) for s in index.segments] == [
        (s.start, s.end, {m.coding_id for m in s.marks}) for s in expected.segments
    ]
    assert index.marks == expected.marks


@settings(max_examples=150, deadline=None)
@given(spans, spans, st.data())
def test_small_stretches_give_the_same_answers(first: list, second: list, data: st.DataObject) -> None:  # type: ignore[type-arg]
    """Swept lazily in stretches of 16 characters, cut at their edges, the index answers as
    a single sweep of everything does, before and after an update; its depth is the deepest
    overlap counted character by character."""
    marks = [Mark(i, code, 1, start, start + length) for i, (start, length, code) in enumerate(first)]
    whole = HighlightIndex(marks, chunk=10_000)
    cut = HighlightIndex(marks, chunk=16)
    removed = (
        set(data.draw(st.lists(st.sampled_from([m.coding_id for m in marks]), max_size=5)))
        if marks
        else set()
    )
    added = [
        Mark(1000 + i, code, 2, start, start + length) for i, (start, length, code) in enumerate(second[:5])
    ]
    for step in range(2):
        current = list(whole.by_id.values())
        for position in range(0, 270):
            assert {m.coding_id for m in cut.marks_at(position)} == {
                m.coding_id for m in whole.marks_at(position)
            }
        for a in range(0, 260, 7):
            assert cut.marks_between(a, a + 23) == whole.marks_between(a, a + 23)
        deepest = max((sum(m.start <= p < m.end for m in current) for p in range(270)), default=0)
        assert cut.depth() == deepest == whole.depth()
        if step == 0:
            whole.update(removed, added)
            cut.update(removed, added)


def test_depth_stops_early_only_when_deep_enough() -> None:
    """``depth(enough=k)`` says "at least k" exactly when some character is covered k times,
    and otherwise gives the depth counted by brute force over every character."""
    generator = random.Random(7)
    for trial in range(40):
        length = 400
        marks = []
        for i in range(generator.randrange(0, 30)):
            start = generator.randrange(0, length - 1)
            marks.append(Mark(i, 1, 1, start, min(length, start + generator.randrange(1, 80))))
        deepest = max((sum(m.start <= p < m.end for m in marks) for p in range(length)), default=0)
        for enough in (1, 2, 3, 5, 8):
            index = HighlightIndex(marks, chunk=37)
            found = index.depth(enough=enough)
            assert (found >= enough) == (deepest >= enough), (trial, enough)
            assert found <= deepest and (found == deepest or found >= enough)
            assert index.depth() == deepest  # the stretches skipped are counted when asked
