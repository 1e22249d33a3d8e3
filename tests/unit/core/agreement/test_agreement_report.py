"""The project report the CLI and GUI share: shape, units, conventions, errors, the text
table, disagreements, and the demo's realistic spread of values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caqda import agreement
from caqda.core import codebook, coders, documents
from caqda.core.coding import add_coding
from caqda.core.project import Project

TEXT = (
    "Interviewer: How do you handle complaints? They come every day.\n"
    "E01: We answer every complaint within a day. Patients thank us on Facebook. Some are angry.\n"
    "Interviewer: And praise?\n"
    "E01: Praise goes to the team. We print it. It matters to them.\n"
)


@pytest.fixture
def small(project: Project, tmp_path: Path) -> Project:
    """One transcript, codes Complaint and Praise under Sphere, coders Ana, Bruno and Caio."""
    path = tmp_path / "E01.txt"
    path.write_text(TEXT, "utf-8")
    document = documents.import_file(project, path).document
    assert document is not None
    sphere = codebook.add_code(project, "Sphere")
    complaint = codebook.add_code(project, "Complaint", parent_id=sphere.id)
    praise = codebook.add_code(project, "Praise", parent_id=sphere.id)
    other = codebook.add_code(project, "Unused")
    assert other.id
    text = documents.document_text(project, document.id)

    def code(coder: str, code_id: int, phrase: str, trim: int = 0) -> None:
        start = text.index(phrase)
        add_coding(
            project,
            document_id=document.id,
            code_id=code_id,
            coder_id=coders.ensure_coder(project, coder).id,
            start=start,
            end=start + len(phrase) - trim,
        )

    for name in ("Ana", "Bruno", "Caio"):
        code(name, complaint.id, "We answer every complaint within a day.")
    code("Ana", praise.id, "Praise goes to the team.")
    code("Bruno", praise.id, "Praise goes to the team.", trim=10)  # boundary
    code("Ana", praise.id, "Patients thank us on Facebook.")  # Bruno: another code
    code("Bruno", complaint.id, "Patients thank us on Facebook.")
    code("Ana", complaint.id, "Some are angry.")  # only Ana
    code("Caio", praise.id, "Praise goes to the team.")
    return project


def test_report_has_the_json_shape(small: Project) -> None:
    report = agreement.agreement_report(small, ["Ana", "Bruno"], bootstrap_samples=50)
    data = report.to_dict()
    assert list(data) == ["unit", "method", "coders", "pooled", "codes", "documents", "pairs"]
    assert data["unit"] == "character" and data["coders"] == ["Ana", "Bruno"]
    row = data["codes"][0]
    for key in ("code", "percent_agreement", "kappa", "alpha", "kappa_label", "alpha_label", "documents"):
        assert key in row
    assert [(r["path"], r["scope"]) for r in data["codes"]] == [
        ("Sphere", "code"),
        ("Sphere › Complaint", "code"),
        ("Sphere › Praise", "code"),
        ("Sphere", "subtree"),
        ("Unused", "code"),
    ]
    assert data["pairs"][0]["coders"] == ["Ana", "Bruno"]
    assert "character" in data["method"] and "Cohen" in data["method"] and "summing" in data["method"]
    json.dumps(data)  # plain values only


def test_unused_codes_follow_the_nvivo_convention_and_are_not_pooled(small: Project) -> None:
    report = agreement.agreement_report(small, ["Ana", "Bruno"], bootstrap_samples=0)
    unused = report.row("Unused")
    assert not unused.used
    assert (unused.figures.kappa, unused.figures.percent_agreement, unused.figures.alpha) == (1.0, 1.0, None)
    characters = documents.list_documents(small)[0].characters
    assert report.pooled.units == 2 * characters  # Complaint and Praise; Sphere and Unused unused
    assert not report.row("Sphere").used


def test_character_figures_follow_the_spec_formula(small: Project) -> None:
    report = agreement.agreement_report(small, ["Ana", "Bruno"], codes=["Complaint"], bootstrap_samples=0)
    row = report.row("Complaint")
    text = documents.document_text(small, documents.list_documents(small)[0].id)
    length = len(text)
    a = len("We answer every complaint within a day.") + len("Some are angry.")
    b = len("We answer every complaint within a day.") + len("Patients thank us on Facebook.")
    both = len("We answer every complaint within a day.")
    neither = length - a - b + both
    expected = a * b / length + (length - a) * (length - b) / length
    assert row.figures.percent_agreement == pytest.approx((both + neither) / length)
    assert row.figures.kappa == pytest.approx((both + neither - expected) / (length - expected))
    assert row.figures.coded_agreement == pytest.approx(both / (a + b - both))
    assert row.figures.kappa_se is not None and row.figures.pabak is not None


@pytest.mark.parametrize("unit", agreement.UNITS)
def test_every_unit_reports(small: Project, unit: str) -> None:
    report = agreement.agreement_report(small, ["Ana", "Bruno", "Caio"], unit=unit, bootstrap_samples=30)
    assert report.unit == unit and len(report.pairs) == 3
    assert report.pooled.units > 0
    table = agreement.format_table(report)
    assert "Pooled (all codes used)" in table and "Complaint" in table and "Caio" in table
    if unit not in ("segment", "continuum"):
        assert "Fleiss" in report.method


def test_three_coders_use_fleiss_and_a_pair_matrix(small: Project) -> None:
    report = agreement.agreement_report(small, ["Ana", "Bruno", "Caio"], bootstrap_samples=0)
    row = report.row("Complaint")
    assert row.figures.kappa == row.figures.fleiss_kappa
    pair = {p.coders: p.figures.kappa for p in row.pairs}
    two = agreement.agreement_report(small, ["Ana", "Bruno"], codes=["Complaint"], bootstrap_samples=0)
    assert pair["Ana", "Bruno"] == pytest.approx(two.row("Complaint").figures.kappa)


def test_segment_unit_counts_segments_at_the_tolerance(small: Project) -> None:
    report = agreement.agreement_report(small, ["Ana", "Bruno"], unit="segment", bootstrap_samples=0)
    praise = report.row("Praise").figures
    assert (praise.units, praise.agreements) == (3, 0)  # 24 vs 14 characters: overlap 58 %
    loose = agreement.agreement_report(small, ["Ana", "Bruno"], unit="segment", tolerance=0.5)
    assert loose.row("Praise").figures.agreements == 2
    complaint = report.row("Complaint").figures
    assert (complaint.units, complaint.agreements) == (4, 2)
    assert complaint.kappa == pytest.approx((0.5 - 1 / 2) / (1 - 1 / 2))  # k = 2 codes used


def test_disagreements_name_their_kind(small: Project) -> None:
    report = agreement.agreement_report(small, ["Ana", "Bruno"], bootstrap_samples=0)
    found = agreement.disagreements(small, report, "Praise")
    kinds = {item.kind for item in found}
    assert kinds == {agreement.BOUNDARY, agreement.DIFFERENT_CODE}
    different = next(item for item in found if item.kind == agreement.DIFFERENT_CODE)
    bruno = next(side for side in different.coders if side.coder == "Bruno")
    assert bruno.segments == () and bruno.other_codes == ("Sphere › Complaint",)
    complaint = agreement.disagreements(small, report.options, "Sphere › Complaint")
    assert {item.kind for item in complaint} == {agreement.DIFFERENT_CODE, agreement.ONE_CODER}
    assert all(item.document == "E01" for item in complaint)
    strict = agreement.ReportOptions(coders=("Ana", "Bruno"), unit="sentence", min_share=0.6)
    partial = agreement.disagreements(small, strict, "Praise")
    assert agreement.BOUNDARY in {item.kind for item in partial}  # of 29 characters Ana covers 24, Bruno 14
    for unit in ("segment", "sentence", "presence", "continuum"):
        options = agreement.ReportOptions(coders=("Ana", "Bruno"), unit=unit)
        assert isinstance(agreement.disagreements(small, options, "Praise"), list)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: agreement.agreement_report(p, ["Ana"]), "at least two"),
        (lambda p: agreement.agreement_report(p, ["Ana", "Nobody"]), "no coder called 'Nobody'"),
        (lambda p: agreement.agreement_report(p, ["Ana", "Bruno"], unit="word"), "Unknown unit"),
        (lambda p: agreement.agreement_report(p, ["Ana", "Bruno"], tolerance=1.5), "tolerance"),
        (lambda p: agreement.agreement_report(p, ["Ana", "Bruno"], codes=["Nope"]), "no code called"),
        (lambda p: agreement.agreement_report(p, ["Ana", "Bruno"], documents=["X"]), "no document"),
    ],
)
def test_impossible_requests_raise_a_plain_error(small: Project, call, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(agreement.AgreementError, match=message):
        call(small)


def test_demo_values_are_realistic_and_varied(demo: Project) -> None:
    """Character-level κ per code on the demo: most between .4 and .85, a few low."""
    report = agreement.agreement_report(demo, ["Ana", "Bruno"], bootstrap_samples=200)
    kappas = {row.path: row.figures.kappa for row in report.codes if row.scope == "code"}
    print("\n" + agreement.format_table(report))
    assert len(kappas) == 28 and all(value is not None for value in kappas.values())
    values = [value for value in kappas.values() if value is not None]
    within = [value for value in values if 0.4 <= value <= 0.85]
    low = [value for value in values if value < 0.4]
    assert len(within) >= 0.6 * len(values), sorted(values)
    assert 1 <= len(low) <= 0.25 * len(values), sorted(values)
    assert 0.4 <= report.pooled.kappa <= 0.85  # type: ignore[operator]
    assert report.pooled.alpha_low is not None and report.pooled.alpha_low < report.pooled.alpha
    spread = max(values) - min(values)
    assert spread > 0.5
