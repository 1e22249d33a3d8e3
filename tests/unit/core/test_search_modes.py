"""Each search mode and filter on hand-made interviews, checked against counts made another way:
Python's ``re`` over the folded text, speakers read off the line a hit sits on, coded text as a
set of covered positions."""

from __future__ import annotations

import re
import unicodedata

import pytest

from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding
from caqda.core.document_filter import FilterError, parse_condition
from caqda.core.project import Project
from caqda.core.search import MODES, Hit, Scope, SearchError, autocode, search

NURSING = """Department: Nursing

Interviewer: Como foi a ENFERMAGEM no hospital São Paulo?
E05: A enfermagem é ótima. O Hospital São Paulo cuida bem; a enfermeira Ana ajudou.
Interviewer: E a ouvidoria? Enfermagem-chefe?
E05: A Ouvidoria respondeu logo. Sao, Paulo sim. Hospitalidade também.
E05: Ouvidorias, enfermeiras e o hospital: hospital!
"""

MANAGEMENT = """Department: Management

Interviewer: O hospital ouviu a enfermagem?
E12: O hospital de São Paulo mede tudo. A ouvidoria registra.
Interviewer: Obrigado.
E12: De nada.
"""


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@pytest.fixture
def interviews(project: Project) -> Project:
    for name, text in (("Nursing", NURSING), ("Management", MANAGEMENT)):
        result = documents.store_document(
            project, documents.prepare_text(text), name=name, source_name=f"{name}.txt", source_format="txt"
        )
        assert result.document is not None
    return project


def _texts(project: Project) -> dict[int, str]:
    return {d.id: documents.document_text(project, d.id) for d in documents.list_documents(project)}


def _expected(project: Project, pattern: str, *, folded: bool = True) -> set[tuple[int, int, int]]:
    found = set()
    for document_id, text in _texts(project).items():
        haystack = fold(text) if folded else text
        assert len(haystack) == len(text)  # these texts fold letter for letter
        for match in re.finditer(pattern, haystack, 0 if folded else re.IGNORECASE):
            found.add((document_id, match.start(), match.end()))
    return found


def _spans(hits: list[Hit]) -> set[tuple[int, int, int]]:
    return {(h.document_id, h.start, h.end) for h in hits}


def _line_speaker(text: str, position: int) -> str:
    line_start = text.rfind("\n", 0, position) + 1
    return text[line_start : text.index(":", line_start)]


def test_contains_finds_letters_anywhere_ignoring_case_and_accents(interviews: Project) -> None:
    hits = search(interviews, "enferm")
    assert _spans(hits) == _expected(interviews, "enferm") and len(hits) == 6
    texts = _texts(interviews)
    for hit in hits:
        assert texts[hit.document_id][hit.start : hit.end] == hit.text
    assert len(search(interviews, "sao paulo")) == len(_expected(interviews, r"sao\s+paulo")) == 3


def test_whole_word_and_phrase(interviews: Project) -> None:
    assert _spans(search(interviews, "hospital", mode="whole_word")) == _expected(interviews, r"\bhospital\b")
    assert len(search(interviews, "hospital", mode="whole_word")) == 6  # not "Hospitalidade"
    assert _spans(search(interviews, "enfermagem", mode="whole_word")) == _expected(
        interviews, r"\benfermagem\b"
    )
    phrase = search(interviews, "são paulo", mode="phrase")
    assert (
        _spans(phrase) == _expected(interviews, r"\bsao\W+paulo\b") and len(phrase) == 4
    )  # "Sao, Paulo" too


def test_regex_over_the_original_text(interviews: Project) -> None:
    hits = search(interviews, r"enferm\w+", mode="regex")
    assert _spans(hits) == _expected(interviews, r"enferm\w+", folded=False) and len(hits) == 6
    assert len(search(interviews, r"^E05:", mode="regex")) == 3  # line anchors work line by line


@pytest.mark.parametrize(
    ("pattern", "position"), [("hosp[", 5), ("(ouvidoria", 1), ("a{2,1}", 3), ("*enf", 1)]
)
def test_a_bad_regex_points_at_the_error(interviews: Project, pattern: str, position: int) -> None:
    with pytest.raises(SearchError) as caught:
        search(interviews, pattern, mode="regex")
    message = str(caught.value)
    assert "regular expression is not valid" in message and f"at character {position}" in message
    lines = message.splitlines()
    assert lines[-2].strip() == pattern and lines[-1].index("^") - lines[-2].index(pattern[0]) == position - 1


def test_fuzzy_finds_misspellings_with_scores(interviews: Project) -> None:
    hits = search(interviews, "ouvidoira", mode="fuzzy", min_score=80)
    assert _spans(hits) == _expected(interviews, r"\bouvidorias?\b") and len(hits) == 4
    # Indel similarity 2·LCS / (9 + length): "ouvidoria" shares 8 letters in order, "ouvidorias" 8.
    scores = {h.text.casefold(): h.score for h in hits}
    assert scores == {"ouvidoria": pytest.approx(200 * 8 / 18), "ouvidorias": pytest.approx(200 * 8 / 19)}
    assert search(interviews, "ouvidoira", mode="fuzzy", min_score=85) == [h for h in hits if h.score >= 85]
    two_words = search(interviews, "hospitl sao paulo", mode="fuzzy", min_score=80)
    # "hospitl sao paulo" lies letter by letter inside "hospital de sao paulo": 2·17/38 ≥ 80 too.
    assert {h.text.casefold() for h in two_words} == {"hospital são paulo", "hospital de são paulo"}


def test_speaker_filter_keeps_only_that_speaker(interviews: Project) -> None:
    texts = _texts(interviews)
    every = search(interviews, "hospital")
    for hit in every:
        assert hit.speaker == _line_speaker(texts[hit.document_id], hit.start)
    only = search(interviews, "hospital", scope=Scope(speakers=("e05",)))
    assert _spans(only) == {
        (h.document_id, h.start, h.end)
        for h in every
        if _line_speaker(texts[h.document_id], h.start) == "E05"
    }
    assert len(only) == 4 and all(h.speaker == "E05" for h in only)


def test_document_and_attribute_filters(interviews: Project) -> None:
    nursing = documents.find_document(interviews, "Nursing")
    expected = {span for span in _expected(interviews, "ouvidoria") if span[0] == nursing.id}
    assert _spans(search(interviews, "ouvidoria", scope=Scope(where=("Department=nursing",)))) == expected
    assert _spans(search(interviews, "ouvidoria", document_ids=[nursing.id])) == expected
    assert (
        search(interviews, "ouvidoria", scope=Scope(where=("Department!=Nursing",)))[0].document
        == "Management"
    )
    with pytest.raises(FilterError, match="attribute called 'Ward'"):
        search(interviews, "ouvidoria", scope=Scope(where=("Ward=3",)))


def test_coded_uncoded_and_code_filters(interviews: Project) -> None:
    nursing = documents.find_document(interviews, "Nursing")
    text = documents.document_text(interviews, nursing.id)
    ana = coders.ensure_coder(interviews, "Ana")
    care = codebook.add_code(interviews, "Care")
    other = codebook.add_code(interviews, "Other")
    first = text.index("A enfermagem é ótima")
    add_coding(
        interviews, document_id=nursing.id, code_id=care.id, coder_id=ana.id, start=first, end=first + 60
    )
    last = text.index("Ouvidorias, enfermeiras")
    add_coding(
        interviews, document_id=nursing.id, code_id=other.id, coder_id=ana.id, start=last, end=last + 20
    )
    covered = {"Care": set(range(first, first + 60)), "Other": set(range(last, last + 20))}
    every = covered["Care"] | covered["Other"]
    hits = search(interviews, "enferm", document_ids=[nursing.id])
    inside = {(h.start, h.end) for h in hits if set(range(h.start, h.end)) <= every}
    outside = {(h.start, h.end) for h in hits if not set(range(h.start, h.end)) & every}
    in_care = {(h.start, h.end) for h in hits if set(range(h.start, h.end)) <= covered["Care"]}
    assert inside and outside and in_care != inside

    def spans(scope: Scope) -> set[tuple[int, int]]:
        return {(h.start, h.end) for h in search(interviews, "enferm", scope=scope)}

    assert spans(Scope(document_ids=(nursing.id,), coded=True)) == inside
    assert spans(Scope(document_ids=(nursing.id,), coded=False)) == outside
    assert spans(Scope(code_id=care.id)) == in_care
    assert spans(Scope(code_id=care.id, coded=True)) == in_care


def test_every_mode_accepts_every_filter(interviews: Project) -> None:
    queries = {"contains": "hospital", "whole_word": "hospital", "phrase": "o hospital", "fuzzy": "hospitl",
               "regex": "hospital"}  # fmt: skip
    for mode in MODES:
        scope = Scope(speakers=("E05",), where=("Department=Nursing",), coded=False)
        hits = search(interviews, queries[mode], mode=mode, min_score=80, scope=scope)
        assert hits and all(h.speaker == "E05" and h.document == "Nursing" for h in hits), mode


def test_conditions_parse_and_refuse() -> None:
    condition = parse_condition(" Age >= 40 ")
    assert (condition.attribute, condition.operator, condition.value) == ("Age", ">=", "40")
    with pytest.raises(FilterError, match="Department=Nursing"):
        parse_condition("Nursing")


def test_no_cap_and_autocoding_twice(project: Project) -> None:
    text = "Palavra e palavra.\n" * 3000  # 6,000 places, past the old cap of 2,000
    documents.store_document(
        project, documents.prepare_text(text), name="Long", source_name="l", source_format="txt"
    )
    hits = search(project, "palavra")
    assert len(hits) == len(re.findall("palavra", text, re.IGNORECASE)) == 6000
    code = codebook.add_code(project, "Word")
    caio = coders.ensure_coder(project, "Caio")
    first = autocode(project, hits, code_id=code.id, coder_id=caio.id)
    assert first.added == 6000 and first.message("Word", "Caio") == "Coded 6,000 places as 'Word' for Caio."
    assert project.scalar("SELECT COUNT(*) FROM codings WHERE code_id = ?", (code.id,)) == 6000
    again = autocode(project, search(project, "palavra"), code_id=code.id, coder_id=caio.id)
    assert (again.added, again.already) == (0, 6000)
    assert again.message("Word", "Caio").startswith("Nothing new to code: all 6,000 places")
    assert project.scalar("SELECT COUNT(*) FROM codings WHERE code_id = ?", (code.id,)) == 6000


def test_a_search_too_large_to_list_says_where_it_stopped(
    interviews: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    import caqda.core.search as search_module

    monkeypatch.setattr(search_module, "MAX_HITS", 3)
    with pytest.raises(SearchError) as caught:
        search(interviews, "o")
    texts = _texts(interviews)
    fourth = [m.start() for m in re.finditer("o", fold(texts[1]))][3]
    assert f"More than 3 places match; the search stopped in 'Nursing' at character {fourth}" in str(
        caught.value
    )


def test_context_holds_whole_words(interviews: Project) -> None:
    texts = _texts(interviews)
    for hit in search(interviews, "hospital", context=15):
        text = texts[hit.document_id]
        before, after = text[: hit.start], text[hit.end :]
        assert " ".join(before.split()).endswith(hit.before) and len(hit.before) <= 15
        begins = before.rstrip().rfind(hit.before.split()[0]) if hit.before else len(before)
        assert begins == 0 or not text[begins - 1].isalnum()  # no word cut in two
        assert " ".join(after.split()).startswith(hit.after) and len(hit.after) <= 15
        ends = (
            hit.end
            + len(after)
            - len(after.lstrip())
            + after.lstrip().find(hit.after.split()[-1])
            + len(hit.after.split()[-1])
            if hit.after
            else hit.end
        )
        assert ends == len(text) or not text[ends].isalnum()
