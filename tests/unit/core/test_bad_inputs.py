"""The corpus of bad inputs (tests/fixtures/bad, large ones made at test time by its script):
each gets its message, and a refused input leaves the project exactly as it was."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from caqda.core import documents
from caqda.core.errors import CaqdaError
from caqda.core.project import Project
from caqda.core.refi.project_import import import_qdpx

BAD = Path(__file__).resolve().parents[2] / "fixtures" / "bad"
_spec = importlib.util.spec_from_file_location("make_bad_inputs", BAD / "make_bad_inputs.py")
assert _spec is not None and _spec.loader is not None
make_bad_inputs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_bad_inputs)

REFUSED = {
    "binary.txt": "looks like a binary file, not text",
    "noise.rtf": "looks like a binary file, not text",
    "text-renamed.docx": "is not a readable Word document (.docx)",
    "text-renamed.odt": "is not a readable OpenDocument text (.odt)",
    "old-word.doc": "old Word .doc files cannot be read",
    "password.docx": "is a password-protected Word document",
    "empty.txt": "is empty: there is no text to import",
    "not-json.json": "is not valid JSON (line 1)",
    "missing-columns.csv": "lacks the column(s) parent_id, created_at, author_role, author",
    "repeated-ids.csv": "repeats a post_id",
    "unknown.xyz": "has a format caqda cannot import (.xyz)",
    "noise.pdf": "is not a readable PDF",
    "bomb.docx": "would unpack from 40,772 bytes to 40 MB",
    "bomb.odt": "'content.xml' would unpack from",
    "deep.json": "nests its JSON too deeply",
    "wide-header.csv": "a field on line 1 is longer than 131,072 characters",
}
ACCEPTED_WITH_NOTE = {
    "reply-loop.csv": "1 loop was broken at the oldest post (p2)",
    "bad-bytes-utf8.txt": "UTF-8 text with 1 invalid byte sequence, replaced by \ufffd on line 2",
    "deep-replies.csv": "Replies go 999 levels deep; those below level 8 are indented as level 8",
}


def test_the_committed_corpus_is_what_the_script_makes() -> None:
    for name, data in make_bad_inputs.small_inputs().items():
        assert (BAD / name).read_bytes() == data, f"{name}: run tests/fixtures/bad/make_bad_inputs.py"
    assert set(make_bad_inputs.small_inputs()) == set(REFUSED) - {"bomb.docx", "bomb.odt", "deep.json",
        "wide-header.csv"} | {"reply-loop.csv", "bad-bytes-utf8.txt", "not-a-zip.qdpx"}  # fmt: skip


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    large = make_bad_inputs.large_inputs(tmp_path_factory.mktemp("large"))
    return {**{name: BAD / name for name in make_bad_inputs.small_inputs()}, **large}


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "study.caqda"
    source = tmp_path / "E01.txt"
    source.write_text("P1: A consulta demorou.\nAna: E depois?\n", encoding="utf-8")
    with Project.create(path) as project:
        documents.import_file(project, source)
    return path


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_input_says_why_and_changes_nothing(
    name: str, inputs: dict[str, Path], project_path: Path
) -> None:
    before = project_path.read_bytes()
    with Project.open(project_path) as project, pytest.raises(CaqdaError) as refused:
        documents.import_file(project, inputs[name])
    assert REFUSED[name] in str(refused.value)
    assert str(refused.value).startswith(f"'{name}'")
    assert project_path.read_bytes() == before


@pytest.mark.parametrize("name", sorted(ACCEPTED_WITH_NOTE))
def test_accepted_input_keeps_everything_and_says_what_it_did(
    name: str, inputs: dict[str, Path], project_path: Path
) -> None:
    with Project.open(project_path) as project:
        result = documents.import_file(project, inputs[name])
        assert result.document is not None
        assert any(ACCEPTED_WITH_NOTE[name] in note for note in result.notes)
        attributes = documents.attributes(project, result.document.id)
        if "Posts" in attributes:  # social: every post stored, and counted
            text = documents.document_text(project, result.document.id)
            assert (
                int(attributes["Posts"])
                == len(text.split("\n"))
                == len(documents.speaker_turns(project, result.document.id))
            )


def test_not_a_zip_qdpx_is_refused_and_creates_nothing(inputs: dict[str, Path], tmp_path: Path) -> None:
    with pytest.raises(CaqdaError, match="is not a REFI-QDA project"):
        import_qdpx(inputs["not-a-zip.qdpx"], tmp_path / "new.caqda")
    assert not (tmp_path / "new.caqda").exists()
