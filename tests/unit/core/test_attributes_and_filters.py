"""Typed attributes, the attribute table as a file, and document selections on hand-made data."""

from __future__ import annotations

from pathlib import Path

import pytest

from caqda.core import attribute_files, attributes, document_sets, documents
from caqda.core.document_filter import DocumentSelection, FilterError, parse_condition, resolve_documents
from caqda.core.errors import CaqdaError
from caqda.core.project import Project

# name, Department, Years in the role, Interview date
PEOPLE = [
    ("E01", "Nursing", "12", "2024-03-19"),
    ("E02", "Nursing", "3", "2024-04-02"),
    ("E03", "Management", "5", "2023-12-01"),
    ("E04", "Pharmacy", "40", "2024-01-15"),
    ("E05", "nursing", "9", "2024-02-29"),
]


@pytest.fixture
def corpus(project: Project) -> Project:
    for name, department, years, day in PEOPLE:
        text = f"Interview {name}\n\nInterviewer: Hello?\n{name}: Hello there, {name} speaking."
        prepared = documents.prepare_text(text)
        documents.store_document(
            project,
            prepared,
            name=name,
            source_name=f"{name}.txt",
            source_format="txt",
            attributes={"Department": department, "Years in the role": years, "Interview date": day},
        )
    return project


def ids(project: Project, *names: str) -> list[int]:
    return [documents.find_document(project, name).id for name in names]


def select(project: Project, **kwargs: object) -> list[int] | None:
    return resolve_documents(project, DocumentSelection.from_strings(**kwargs))  # type: ignore[arg-type]


def test_numbers_compare_as_numbers_once_typed_and_even_when_untyped(corpus: Project) -> None:
    # As strings "12" < "5" and "40" < "9"; as numbers E01 (12), E03 (5), E04 (40), E05 (9) are >= 5.
    assert select(corpus, where=["Years in the role>=5"]) == ids(corpus, "E01", "E03", "E04", "E05")
    attributes.define_attribute(corpus, "Years in the role", "number")
    assert select(corpus, where=["Years in the role >= 5"]) == ids(corpus, "E01", "E03", "E04", "E05")
    assert select(corpus, where=["Years in the role<5"]) == ids(corpus, "E02")
    assert select(corpus, where=["Years in the role = 9"]) == ids(corpus, "E05")


def test_dates_compare_as_dates_and_text_case_insensitively(corpus: Project) -> None:
    attributes.define_attribute(corpus, "Interview date", "date")
    assert select(corpus, where=["Interview date >= 2024-02-01"]) == ids(corpus, "E01", "E02", "E05")
    assert select(corpus, where=["Interview date < 01/01/2024"]) == ids(corpus, "E03")
    assert select(corpus, where=["Department=Nursing"]) == ids(corpus, "E01", "E02", "E05")
    assert select(corpus, where=["Department!=Nursing"]) == ids(corpus, "E03", "E04")
    assert select(corpus, where=["Department=Nursing", "Years in the role>=5"]) == ids(corpus, "E01", "E05")


def test_sets_names_and_conditions_combine(corpus: Project) -> None:
    document_sets.create_set(corpus, "Wave 1", ids(corpus, "E01", "E03"))
    document_sets.create_set(corpus, "Wave 2", ids(corpus, "E04"))
    assert select(corpus) is None
    assert select(corpus, sets=["wave 1", "Wave 2"]) == ids(corpus, "E01", "E03", "E04")
    assert select(corpus, sets=["Wave 1"], where=["Department=Management"]) == ids(corpus, "E03")
    assert select(corpus, names=["E02"], sets=["Wave 2"]) == ids(corpus, "E02", "E04")
    with pytest.raises(CaqdaError, match="no document set called 'Wave 3'"):
        select(corpus, sets=["Wave 3"])


def test_bad_conditions_are_explained(corpus: Project) -> None:
    with pytest.raises(FilterError, match="not a condition"):
        parse_condition("Department")
    with pytest.raises(FilterError, match="attribute called 'Shift'"):
        select(corpus, where=["Shift=Night"])
    attributes.define_attribute(corpus, "Years in the role", "number")
    with pytest.raises(FilterError, match="holds numbers"):
        select(corpus, where=["Years in the role>=many"])


def test_types_check_values_and_convert_on_entry(corpus: Project) -> None:
    e01 = ids(corpus, "E01")[0]
    attributes.define_attribute(corpus, "Years in the role", "number")
    with pytest.raises(CaqdaError, match="not a number"):
        attributes.set_value(corpus, e01, "Years in the role", "twelve")
    assert attributes.set_value(corpus, e01, "Years in the role", "4,5") == "12"
    assert documents.attributes(corpus, e01)["Years in the role"] == "4.5"
    attributes.define_attribute(corpus, "Shift", "choice", ["Day", "Night"])
    assert attributes.set_value(corpus, e01, "shift", "night") is None
    assert documents.attributes(corpus, e01)["Shift"] == "Night"
    with pytest.raises(CaqdaError, match="not one of the values"):
        attributes.set_value(corpus, e01, "Shift", "Evening")
    # A type the present values do not fit is refused, and nothing changes.
    with pytest.raises(CaqdaError, match="not a number"):
        attributes.define_attribute(corpus, "Department", "number")
    assert attributes.get_definition(corpus, "Department").type == "text"  # type: ignore[union-attr]
    # Dates written day first are stored as ISO.
    attributes.define_attribute(corpus, "Interview date", "date")
    attributes.set_value(corpus, e01, "Interview date", "31/03/2024")
    assert documents.attributes(corpus, e01)["Interview date"] == "2024-03-31"
    # An empty value clears.
    attributes.set_value(corpus, e01, "Shift", "")
    assert "Shift" not in documents.attributes(corpus, e01)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_attribute_table_round_trips_through_a_file(corpus: Project, tmp_path: Path, suffix: str) -> None:
    attributes.define_attribute(corpus, "Years in the role", "number")
    attributes.define_attribute(corpus, "Shift", "choice", ["Day", "Night"])
    attributes.set_value(corpus, ids(corpus, "E02")[0], "Shift", "Day")
    path = tmp_path / f"table{suffix}"
    assert attribute_files.export_attributes(corpus, path) == 5
    before = attributes.attribute_table(corpus)
    for document_id in ids(corpus, "E01", "E02"):
        attributes.set_values(corpus, [(document_id, "Department", None), (document_id, "Shift", None)])
    report = attribute_files.import_attributes(corpus, path)
    assert report.changed == 3 and report.unknown_documents == []
    assert attributes.attribute_table(corpus).rows == before.rows


def test_a_hand_written_csv_with_a_bad_value_changes_nothing(corpus: Project, tmp_path: Path) -> None:
    attributes.define_attribute(corpus, "Years in the role", "number")
    path = tmp_path / "by-hand.csv"
    path.write_text(
        "Document;Years in the role;Site\nE01;20;North\nE02;lots;South\nE99;1;East\n", encoding="utf-8"
    )
    before = attributes.attribute_table(corpus)
    with pytest.raises(CaqdaError, match="'lots' is not a number"):
        attribute_files.import_attributes(corpus, path)
    assert attributes.attribute_table(corpus) == before
    path.write_text("Document;Years in the role;Site\nE01;20;North\nE99;1;East\n", encoding="utf-8")
    report = attribute_files.import_attributes(corpus, path)
    assert report.unknown_documents == ["E99"] and report.new_attributes == ["Site"]
    assert documents.attributes(corpus, ids(corpus, "E01")[0])["Site"] == "North"
