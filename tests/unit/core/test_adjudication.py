"""Adjudication: settling two coders' disagreements into consensus codings with provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from caqda.core import adjudication, codebook, coders, documents
from caqda.core.coding import add_coding
from caqda.core.errors import CodingError
from caqda.core.project import Project

# A's and B's codings of one code; worked out by hand below.
A_SPANS = [(10, 30), (50, 70), (100, 120), (150, 160)]
B_SPANS = [(10, 30), (55, 70), (130, 140)]


def _build(project: Project, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "E01.txt"
    path.write_text(" ".join(f"word{index:02d}" for index in range(40)) + "\n", "utf-8")
    document = documents.import_file(project, path).document
    assert document is not None
    code = codebook.add_code(project, "Praise")
    codebook.add_code(project, "Other")
    uuids = {}
    for name, spans in (("Ana", A_SPANS), ("Bruno", B_SPANS)):
        coder = coders.ensure_coder(project, name)
        for start, end in spans:
            coding = add_coding(
                project, document_id=document.id, code_id=code.id, coder_id=coder.id, start=start, end=end
            )
            uuids[f"{name}{start}"] = coding.uuid
    return uuids


@pytest.fixture
def built(project: Project, tmp_path: Path):  # type: ignore[no-untyped-def]
    uuids = _build(project, tmp_path)
    return project, adjudication.scope(project, "Ana", "Bruno", "Praise"), uuids


def _consensus(project: Project, where: adjudication.Scope) -> list[tuple[int, int]]:
    return [(c.start, c.end) for c in adjudication.consensus_codings(project, where)]


def test_disagreements_are_the_engines_list(built) -> None:  # type: ignore[no-untyped-def]
    project, where, _ = built
    items = adjudication.list_disagreements(project, where)
    assert [(d.start, d.end, d.kind) for d in items] == [
        (50, 70, "boundary"),
        (100, 120, "only one coder"),
        (130, 140, "only one coder"),
        (150, 160, "only one coder"),
    ]
    assert adjudication.is_consensus_coder(project, where.consensus.id)
    assert where.consensus.name == "Consensus"


def test_settle_each_way_with_provenance(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project, where, uuids = built
    items = adjudication.list_disagreements(project, where)
    adjudication.settle(project, where, items[0], "a")
    adjudication.settle(project, where, items[1], "none")
    adjudication.settle(project, where, items[2], "b")
    adjudication.settle(project, where, items[3], "hand", [(152, 158)])
    assert _consensus(project, where) == [(50, 70), (130, 140), (152, 158)]
    assert adjudication.progress(project, where) == (4, 4)
    by_span = {(c.start, c.end): c for c in adjudication.consensus_codings(project, where)}
    origin = adjudication.provenance(project, by_span[50, 70].uuid)
    assert origin is not None and origin.origin == "a"
    assert origin.source_codings == (uuids["Ana50"],) and origin.source_coders == ("Ana",)
    origin = adjudication.provenance(project, by_span[130, 140].uuid)
    assert origin is not None and (origin.origin, origin.source_codings) == ("b", (uuids["Bruno130"],))
    origin = adjudication.provenance(project, by_span[152, 158].uuid)
    assert origin is not None and (origin.origin, origin.source_codings) == ("hand", ())

    # Deciding again replaces the first decision.
    previous = adjudication.settle(project, where, items[0], "both")
    assert previous is not None and previous.row["decision"] == "a"
    assert _consensus(project, where) == [(50, 70), (130, 140), (152, 158)]
    both = adjudication.provenance(project, adjudication.consensus_codings(project, where)[0].uuid)
    assert both is not None and set(both.source_codings) == {uuids["Ana50"], uuids["Bruno55"]}
    assert both.source_coders == ("Ana", "Bruno")
    # ...and undoing the second decision puts the first back, with the same coding.
    adjudication.restore(project, where, items[0].document, items[0].start, items[0].end, previous)
    assert adjudication.decision_of(project, where, items[0]) == "a"
    assert adjudication.consensus_codings(project, where)[0].uuid == by_span[50, 70].uuid
    restored = adjudication.provenance(project, by_span[50, 70].uuid)
    assert restored is not None and (restored.origin, restored.source_codings) == ("a", (uuids["Ana50"],))

    # The progress survives closing the project.
    path = project.path
    project.close()
    with Project.open(path) as reopened:
        again = adjudication.scope(reopened, "Ana", "Bruno", "Praise")
        assert adjudication.progress(reopened, again) == (4, 4)


def test_accept_agreements_then_withdraw(built) -> None:  # type: ignore[no-untyped-def]
    project, where, uuids = built
    created = adjudication.accept_agreements(project, where)
    assert len(created) == 1 and _consensus(project, where) == [(10, 30)]
    origin = adjudication.provenance(project, adjudication.consensus_codings(project, where)[0].uuid)
    assert origin is not None and origin.origin == "agreement"
    assert set(origin.source_codings) == {uuids["Ana10"], uuids["Bruno10"]}
    assert adjudication.accept_agreements(project, where) == []  # nothing twice
    assert adjudication.progress(project, where) == (0, 4)  # agreements are not disagreements
    adjudication.withdraw(project, created)
    assert _consensus(project, where) == []


def test_undo_of_a_first_decision_leaves_it_open(built) -> None:  # type: ignore[no-untyped-def]
    project, where, _ = built
    item = adjudication.list_disagreements(project, where)[2]
    previous = adjudication.settle(project, where, item, "b")
    assert previous is None
    adjudication.restore(project, where, item.document, item.start, item.end, previous)
    assert adjudication.decision_of(project, where, item) is None
    assert _consensus(project, where) == []


def test_bad_input_is_refused(built) -> None:  # type: ignore[no-untyped-def]
    project, where, _ = built
    item = adjudication.list_disagreements(project, where)[0]
    with pytest.raises(CodingError, match="Take one of"):
        adjudication.settle(project, where, item, "maybe")
    with pytest.raises(CodingError, match="not inside"):
        adjudication.settle(project, where, item, "hand", [(10, 10_000)])
    with pytest.raises(CodingError, match="two different coders"):
        adjudication.scope(project, "Ana", "Ana", "Praise")
    with pytest.raises(CodingError, match="character or segment"):
        adjudication.scope(project, "Ana", "Bruno", "Praise", unit="sentence")
    with pytest.raises(CodingError, match="coder of its own"):
        adjudication.scope(project, "Ana", "Bruno", "Praise", consensus="ana")
    assert _consensus(project, where) == []
    assert project.scalar("SELECT COUNT(*) FROM adjudications") == 0


def test_scores_against_consensus_match_scikit_learn(built) -> None:  # type: ignore[no-untyped-def]
    from sklearn.metrics import cohen_kappa_score, precision_recall_fscore_support

    from caqda.core.consensus_scores import scores_against_consensus

    project, where, _ = built
    adjudication.accept_agreements(project, where)
    items = adjudication.list_disagreements(project, where)
    adjudication.settle(project, where, items[0], "b")  # 55-70
    adjudication.settle(project, where, items[2], "b")  # 130-140
    adjudication.settle(project, where, items[3], "hand", [(150, 156)])
    consensus = [(10, 30), (55, 70), (130, 140), (150, 156)]
    assert _consensus(project, where) == consensus
    scores = scores_against_consensus(project, ["Ana", "Bruno"], "Consensus")
    length = documents.list_documents(project)[0].characters

    def labels(spans: list[tuple[int, int]]) -> list[int]:
        return [int(any(s <= i < e for s, e in spans)) for i in range(length)]

    for name, spans in (("Ana", A_SPANS), ("Bruno", B_SPANS)):
        score = next(s for s in scores if s.coder == name and s.unit == "character" and s.code == "Praise")
        precision, recall, f1, _ = precision_recall_fscore_support(
            labels(consensus), labels(spans), average="binary", zero_division=0
        )
        assert score.precision == pytest.approx(precision)
        assert score.recall == pytest.approx(recall)
        assert score.f1 == pytest.approx(f1)
        assert score.kappa == pytest.approx(cohen_kappa_score(labels(spans), labels(consensus)))
    # Segments at 90 %: Ana's 10-30 matches, 50-70 vs 55-70 is 75 % (no), 100-120 and 150-160
    # (6/10) do not: precision 1/4; consensus segments found: 10-30 only, recall 1/4.
    ana = next(s for s in scores if s.coder == "Ana" and s.unit == "segment")
    assert (ana.precision, ana.recall) == (0.25, 0.25)
    bruno = next(s for s in scores if s.coder == "Bruno" and s.unit == "segment")
    assert (bruno.precision, bruno.recall) == (1.0, 0.75)


@pytest.mark.parametrize("unit", ["character", "segment"])
def test_reduced_corpus_gives_the_engines_disagreements(demo: Project, unit: str) -> None:
    from caqda.core.agreement.disagreements import disagreements

    for code in codebook.list_codes(demo):
        where = adjudication.scope(demo, "Ana", "Bruno", code.name, unit=unit, create=False)
        assert adjudication.list_disagreements(demo, where) == disagreements(
            demo, where.options(), where.code_path
        )
