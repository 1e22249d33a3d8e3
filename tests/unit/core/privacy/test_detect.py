"""Detection on a labelled synthetic corpus: recall and precision per category, counted
against the hand-made labels, and the researcher's lists, patterns and always/never rules."""

from __future__ import annotations

import pytest

from caqda.core import documents
from caqda.core.privacy.detect import PrivacyError, scan
from caqda.core.privacy.rules import add_pattern, load_rules, set_rule
from caqda.core.project import Project

from .corpus import LABELLED, unlabel


@pytest.fixture
def corpus(project: Project) -> tuple[Project, dict[str, list[tuple[int, int, str]]]]:
    gold = {}
    for name, labelled in LABELLED.items():
        text, spans = unlabel(labelled.strip())
        stored = documents.store_document(
            project, documents.prepare_text(text), name=name, source_name=f"{name}.txt", source_format="txt"
        )
        assert stored.document is not None
        assert documents.document_text(project, stored.document.id) == text  # nothing moved on import
        gold[name] = spans
    return project, gold


def test_recall_and_precision_on_the_labelled_corpus(corpus):
    project, gold = corpus
    found = {(c.document, c.start, c.end, c.category) for c in scan(project) if c.field == "text"}
    expected = {(name, s, e, cat) for name, spans in gold.items() for s, e, cat in spans}
    true_positives = found & expected
    recall = len(true_positives) / len(expected)
    precision = len(true_positives) / len(found)
    assert recall == 1.0, sorted(expected - found)
    assert precision >= 0.95, sorted(found - expected)
    # words that are also names, written as words, are never candidates
    texts = {c.text for c in scan(project)}
    assert "rosa" not in texts and "clara" not in texts and "São Paulo" not in texts


def test_each_candidate_says_how_it_was_found_with_context(corpus):
    project, _ = corpus
    candidates = scan(project)
    by_text = {c.text: c for c in candidates}
    assert by_text["Maria Aparecida"].found_by == "speaker label"
    assert by_text["Paulo Henrique"].found_by == "title before a name"
    assert by_text["Paulo Henrique"].role == "Doctor"
    assert by_text["123.456.789-09"].found_by == "CPF pattern"
    phone = by_text["(11) 98765-4321"]
    assert phone.before.endswith("Pelo telefone ") and phone.after.startswith(" ou pelo")
    text = documents.document_text(project, documents.find_document(project, phone.document).id)
    assert text[phone.start : phone.end] == phone.text


def test_a_selection_of_documents_and_a_name_list(corpus):
    project, _ = corpus
    post = documents.find_document(project, "Post 17")
    only_post = scan(project, [post.id])
    assert {c.document for c in only_post} == {"Post 17"}
    assert "Fernanda Lima" in {c.text for c in only_post}
    listed = scan(project, [post.id], names=["Atendimento"])
    assert ("Atendimento", "name list") in {(c.text, c.found_by) for c in listed}


def test_always_never_and_patterns_are_kept_in_the_project(corpus):
    project, _ = corpus
    set_rule(project, "ala B", "always", "other")
    set_rule(project, "Rosa", "never")
    add_pattern(project, r"\bemergência\b", "other")
    rules = load_rules(project)
    assert [r.text for r in rules.always] == ["ala B"] and rules.never == ("Rosa",)
    texts = [(c.text, c.found_by) for c in scan(project)]
    assert ("ala B", "always") in texts
    assert ("emergência", "researcher pattern") in texts
    assert "Rosa" not in {t for t, _ in texts}
    set_rule(project, "Rosa", None)
    assert "Rosa" in {c.text for c in scan(project)}


def test_a_bad_pattern_is_refused_with_a_sentence(corpus):
    project, _ = corpus
    with pytest.raises(PrivacyError, match="not a valid regular expression"):
        scan(project, extra_patterns=[("id", "(unclosed")])


def test_a_name_attribute_is_a_candidate(corpus):
    project, _ = corpus
    post = documents.find_document(project, "Post 17")
    documents.set_attribute(project, post.id, "Autor", "Ana Souza")
    candidates = [c for c in scan(project) if c.field == "attribute:Autor"]
    assert [(c.text, c.start, c.end) for c in candidates] == [("Ana Souza", 0, 9)]
