"""Replacement: every coding stays on the same words, the same person gets the same pseudonym
everywhere, the audit trail names nobody, and undo gives back the exact original project."""

from __future__ import annotations

import hashlib
import json
import random
import re

import pytest

from caqda.core import audit, codebook, coders, documents, memos
from caqda.core.coding import add_coding, list_codings
from caqda.core.privacy.detect import PrivacyError, scan
from caqda.core.privacy.replace import Decision, pseudonymise, redo_pseudonymise, undo_pseudonymise
from caqda.core.privacy.status import pseudonymised_state
from caqda.core.project import Project
from caqda.core.search_index import fold
from tests.conftest import table_dump

from .corpus import LABELLED, unlabel


@pytest.fixture
def coded(project: Project) -> Project:
    """The labelled corpus with codings at name edges, inside names, around names, and random."""
    coder = coders.ensure_coder(project, "Ana")
    code = codebook.add_code(project, "Contato")
    rng = random.Random(12)
    for name, labelled in LABELLED.items():
        text, spans = unlabel(labelled.strip())
        stored = documents.store_document(
            project, documents.prepare_text(text), name=name, source_name=f"{name}.txt", source_format="txt"
        )
        document = stored.document
        assert document is not None
        chosen: set[tuple[int, int]] = set()
        for start, end, _ in spans:
            chosen |= {
                (start, end),  # exactly the name
                (start + 1, end - 1) if end - start > 2 else (start, end),  # inside it
                (max(0, start - 5), start),  # ends where it begins
                (end, min(len(text), end + 5)),  # begins where it ends
                (max(0, start - 3), start + 1),  # ends inside it
                (end - 1, min(len(text), end + 4)),  # begins inside it
            }
        for _ in range(40):
            a, b = sorted(rng.sample(range(len(text) + 1), 2))
            chosen.add((a, b))
        for start, end in sorted(chosen):
            if end > start:
                add_coding(
                    project, document_id=document.id, code_id=code.id, coder_id=coder.id, start=start, end=end
                )
    memos.add_memo(project, "Falar de novo com Maria Aparecida.", coder_id=coder.id, title="Maria Aparecida")
    return project


def _texts(project: Project) -> dict[str, str]:
    return {d.uuid: documents.document_text(project, d.id) for d in documents.list_documents(project)}


def _expected(old: str, start: int, end: int, replaced: list[tuple[int, int, str]]) -> str:
    """The coding's text after replacement, built by hand: widened to whole names where it
    began or ended inside one, each name in it swapped for its pseudonym."""
    for a, b, _ in replaced:
        if a < start < b:
            start = a
        if a < end < b:
            end = b
    out, cursor = [], start
    for a, b, new in sorted(replaced):
        if a >= start and b <= end:
            out.append(old[cursor:a] + new)
            cursor = b
    return "".join(out) + old[cursor:end]


def _pseudonyms(result) -> dict[tuple[str, str], str]:
    return {(e.category, fold(e.original)): e.pseudonym for e in result.entries}


def test_every_coding_keeps_its_words(coded: Project):
    before_texts = _texts(coded)
    before = {c.uuid: (c.document_id, c.start, c.end) for c in list_codings(coded)}
    candidates = [c for c in scan(coded) if c.field == "text"]
    result = pseudonymise(coded, [Decision.from_candidate(c) for c in candidates])
    chosen = _pseudonyms(result)
    replaced: dict[str, list[tuple[int, int, str]]] = {uuid: [] for uuid in before_texts}
    for c in candidates:
        replaced[c.document_uuid].append((c.start, c.end, chosen[(c.category, fold(c.text))]))
    differences = {len(new) - (b - a) for spans in replaced.values() for a, b, new in spans}
    assert any(d > 0 for d in differences) and any(d < 0 for d in differences)  # longer and shorter
    new_texts = _texts(coded)
    for uuid, old in before_texts.items():
        assert new_texts[uuid] == _expected(old, 0, len(old), replaced[uuid])
    by_uuid = {d.id: d.uuid for d in documents.list_documents(coded)}
    after = {c.uuid: c for c in list_codings(coded)}
    assert len(after) == len(before) > 250
    for uuid, (document_id, start, end) in before.items():
        document_uuid = by_uuid[document_id]
        expected = _expected(before_texts[document_uuid], start, end, replaced[document_uuid])
        coding = after[uuid]
        assert new_texts[document_uuid][coding.start : coding.end] == expected
    for d in documents.list_documents(coded):
        assert d.characters == len(new_texts[d.uuid])
        assert d.sha256 == hashlib.sha256(new_texts[d.uuid].encode()).hexdigest()


def test_the_same_person_gets_the_same_pseudonym_everywhere(coded: Project):
    candidates = scan(coded)
    result = pseudonymise(coded, [Decision.from_candidate(c) for c in candidates])
    maria = next(e for e in result.entries if e.original == "Maria Aparecida")
    assert re.fullmatch(r"\[Participant \d\]", maria.pseudonym)
    places = {(o.get("document_uuid"), o["field"]) for o in maria.occurrences}
    e01 = documents.find_document(coded, "Entrevista E01")
    e02 = documents.find_document(coded, "Entrevista E02")
    assert {(e01.uuid, "text"), (e02.uuid, "text"), (e01.uuid, "speaker label")} <= places
    speakers = {t.speaker for t in documents.speaker_turns(coded, e01.id)}
    assert maria.pseudonym in speakers and "Maria Aparecida" not in speakers
    for turn in documents.speaker_turns(coded, e01.id):  # each turn still begins with its label
        assert documents.document_text(coded, e01.id)[turn.start : turn.content_start].startswith(
            turn.speaker
        )
    memo = memos.list_memos(coded)[0]
    assert memo.title == maria.pseudonym and "Maria" not in memo.text
    for text in _texts(coded).values():
        assert "Maria Aparecida" not in text and "98765-4321" not in text
    doctor = next(e for e in result.entries if e.original == "Paulo Henrique")
    assert doctor.pseudonym == "[Doctor 1]"
    phone = next(e for e in result.entries if e.category == "phone")
    assert phone.pseudonym == "[Phone]"


def test_audit_names_nobody_and_the_project_says_it_is_pseudonymised(coded: Project):
    result = pseudonymise(coded, [Decision.from_candidate(c) for c in scan(coded)])
    event = audit.events(coded)[-1]
    assert event.action == "pseudonymise"
    recorded = (event.before or "") + (event.after or "")
    for entry in result.entries:
        assert entry.original not in recorded
    assert json.loads(event.after)["replacements"] == result.replacements
    state = pseudonymised_state(coded)
    assert state is not None and state["replacements"] == result.replacements


def test_undo_gives_back_the_exact_original(coded: Project):
    before = table_dump(coded)
    result = pseudonymise(coded, [Decision.from_candidate(c) for c in scan(coded)])
    assert table_dump(coded) != before
    after = table_dump(coded)
    undo_pseudonymise(coded, result.saved)
    assert table_dump(coded) == before
    assert pseudonymised_state(coded) is None
    redo_pseudonymise(coded, result.saved)
    assert table_dump(coded) == after


def test_a_name_list_and_an_edited_pseudonym(coded: Project):
    candidates = [c for c in scan(coded) if c.category == "person" and c.field == "text"]
    first = candidates[0]
    decisions = [Decision.from_candidate(first, pseudonym="Beatriz")] + [
        Decision.from_candidate(c) for c in candidates[1:]
    ]
    result = pseudonymise(coded, decisions, name_list=["Helena", "Joana"])
    chosen = {e.original: e.pseudonym for e in result.entries}
    assert chosen[first.text] == "Beatriz"
    assert sorted(chosen.values())[:3] == ["Beatriz", "Helena", "Joana"]


def test_a_stale_or_overlapping_decision_is_refused_and_nothing_changes(coded: Project):
    before = table_dump(coded)
    candidate = scan(coded)[0]
    stale = Decision(candidate.document_uuid, candidate.start, candidate.end, "Someone else")
    with pytest.raises(PrivacyError, match="changed since the scan"):
        pseudonymise(coded, [stale])
    overlapping = [
        Decision.from_candidate(candidate),
        Decision(candidate.document_uuid, candidate.start, candidate.start + 1, candidate.text[0]),
    ]
    with pytest.raises(PrivacyError, match="overlap"):
        pseudonymise(coded, overlapping)
    assert table_dump(coded) == before


def test_dismissed_suggestions_stay_on_their_words(coded: Project):
    from caqda.core.similar import Passage, Suggestion, dismiss_suggestion

    e01 = documents.find_document(coded, "Entrevista E01")
    text = documents.document_text(coded, e01.id)
    start = text.index("Ela usa um jaleco")
    end = start + len("Ela usa um jaleco cor de rosa e a sala é clara.")
    code = codebook.find_code(coded, "Contato")
    passage = Passage(e01.id, e01.name, start, end, text[start:end])
    dismiss_suggestion(coded, Suggestion(passage, 0.5, passage), code_id=code.id)
    pseudonymise(coded, [Decision.from_candidate(c) for c in scan(coded) if c.field == "text"])
    new_start, new_end = coded.rows('SELECT start, "end" FROM similar_dismissals')[0]
    after = documents.document_text(coded, e01.id)
    assert after[new_start:new_end] == "Ela usa um jaleco cor de rosa e a sala é clara."
    assert new_start < start  # names before it became shorter pseudonyms
