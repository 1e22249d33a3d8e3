"""A search's hits are made when read: the same hits whether indexed, sliced or iterated, each
with the speaker of the line it sits on (read off the text here), and no speaker turn read
from the project until a hit of that document is made."""

from __future__ import annotations

import re

import pytest

from caqda.core import documents
from caqda.core.project import Project
from caqda.core.search import Hit, Hits, Scope, search

FIRST = """Interviewer: O hospital respondeu?
E05: O hospital respondeu logo. Hospital bom.
Nota sem falante sobre o hospital.
Interviewer: E depois?
E05: hospital!
"""
SECOND = """Interviewer: E o HOSPITAL?
E12: Um hospital grande.
Interviewer: Obrigado.
E12: De nada.
"""
THIRD = "Interviewer: Nada aqui.\nE07: Nada.\n"


@pytest.fixture
def three(project: Project) -> Project:
    for name, text in (("First", FIRST), ("Second", SECOND), ("Third", THIRD)):
        documents.store_document(
            project, documents.prepare_text(text), name=name, source_name=f"{name}.txt", source_format="txt"
        )
    return project


def _expected(project: Project, word: str) -> list[tuple[str, int, int, str | None]]:
    """Every place of ``word`` (any case) by ``re`` over each text, in document order, with the
    speaker named at the start of the last line before it that names one (a line without a
    label goes on with the turn before)."""
    found = []
    for document in documents.list_documents(project):
        text = documents.document_text(project, document.id)
        for match in re.finditer(word, text, re.IGNORECASE):
            labels = re.findall(r"^(Interviewer|E\d\d): ", text[: match.start()], re.MULTILINE)
            found.append((document.name, match.start(), match.end(), labels[-1] if labels else None))
    return found


def _places(hits: list[Hit]) -> list[tuple[str, int, int, str | None]]:
    return [(h.document, h.start, h.end, h.speaker) for h in hits]


def test_indexing_slicing_and_iterating_give_the_same_hits(three: Project) -> None:
    hits = search(three, "hospital")
    expected = _expected(three, "hospital")
    assert isinstance(hits, Hits) and len(hits) == len(expected) == 7
    assert _places(list(hits)) == expected
    assert _places([hits[i] for i in range(len(hits))]) == expected
    assert _places(hits[2:6]) == expected[2:6] and _places(hits[::-3]) == expected[::-3]
    assert hits[-1] == hits[len(hits) - 1] and hits[-len(hits)] == hits[0]
    with pytest.raises(IndexError):
        hits[len(hits)]
    with pytest.raises(IndexError):
        hits[-len(hits) - 1]
    assert hits.document_count == 2  # the third document holds none
    assert hits == list(hits) and hits != list(hits)[:-1]
    text = documents.document_text(three, hits[3].document_id)
    assert hits[3].source == text and hits[3].text == text[hits[3].start : hits[3].end]


def test_speaker_turns_are_read_only_for_the_hits_made(three: Project) -> None:
    statements: list[str] = []
    three.connection.set_trace_callback(statements.append)
    try:
        hits = search(three, "hospital")
        assert not any("speaker_turns" in s for s in statements)
        assert hits[5].speaker == "Interviewer" and hits[5].document == "Second"
        reads = [s for s in statements if "speaker_turns" in s]
        assert len(reads) == 1
        hits[6], hits[5]  # the same document: its turns are read once
        assert len([s for s in statements if "speaker_turns" in s]) == 1
    finally:
        three.connection.set_trace_callback(None)


def test_a_speaker_scope_still_filters_every_place(three: Project) -> None:
    hits = search(three, "hospital", scope=Scope(speakers=("e05",)))
    assert _places(list(hits)) == [p for p in _expected(three, "hospital") if p[3] == "E05"]
    assert len(hits) == 4


def test_no_places_make_an_empty_list(three: Project) -> None:
    hits = search(three, "xylofone")
    assert len(hits) == 0 and list(hits) == [] and not hits and hits.document_count == 0
    assert hits == [] and hits[:] == []


def test_spans_by_document_match_the_hits(three: Project) -> None:
    hits = search(three, "hospital")
    spans = hits.spans_by_document()
    assert spans == {
        document_id: [(h.start, h.end) for h in hits if h.document_id == document_id]
        for document_id in {h.document_id for h in hits}
    }


def test_fuzzy_hits_keep_their_scores(three: Project) -> None:
    hits = search(three, "hospitl", mode="fuzzy", min_score=80)
    assert len(hits) == 7
    from rapidfuzz import fuzz

    for hit in hits:
        assert hit.score == pytest.approx(fuzz.ratio("hospitl", hit.text.casefold()))
    assert [h.score for h in hits] == [hits[i].score for i in range(len(hits))]
