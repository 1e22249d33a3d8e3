"""REFI-QDA codebook (.qdc) import and export: round trip, a real ATLAS.ti file, refusals."""

from __future__ import annotations

import io
import uuid
import zipfile
from importlib import resources
from pathlib import Path

import pytest
from lxml import etree

from caqda.core.errors import CaqdaError, CodebookError
from caqda.core.models import CodeSpec
from caqda.core.refi import safe_xml
from caqda.core.refi.codebook import (
    codebook_to_xml,
    format_description,
    parse_codebook,
    parse_description,
    read_codebook,
    write_codebook,
)
from tests.conftest import REFI_FIXTURES

ATLAS_SAMPLE = REFI_FIXTURES / "atlasti-23.4-codebook.from-requal-test.qdc"

TRICKY_TEXT = "first line\nDefinition: looks like a label\n\\starts with a backslash\n\nend\n"


def _tree() -> list[CodeSpec]:
    """Three levels, unicode names, every field set, and fields with awkward newlines."""
    grandchild = CodeSpec(
        name="Émotions 😀 négatives",
        color="#00ff7f",
        definition="Anger,\nfear and sadness.",
        when_to_use="When the speaker names a feeling.",
        when_not_to_use=TRICKY_TEXT,
        example="« J'étais furieux » 😡\n\n(interview 3)",
        uuid=str(uuid.uuid4()),
    )
    child = CodeSpec(
        name="Ressenti",
        color="#123abc",
        definition="Example: a definition whose first line looks like a label",
        uuid=str(uuid.uuid4()),
        children=[grandchild, CodeSpec(name="Ça va", uuid=str(uuid.uuid4()))],
    )
    lone = CodeSpec(
        name="日本語のコード",
        color="#abcdef",
        definition="Only a definition\nover two lines",
        uuid=str(uuid.uuid4()),
    )
    other = CodeSpec(name="Trailing", example="\n", when_to_use="x\n", uuid=str(uuid.uuid4()))
    return [
        CodeSpec(name="Vécu", color="#ff0000", uuid=str(uuid.uuid4()), children=[child]),
        lone,
        other,
    ]


def _shape(codes: list[CodeSpec]) -> list[tuple]:
    return [
        (
            code.name,
            code.color,
            code.definition,
            code.when_to_use,
            code.when_not_to_use,
            code.example,
            code.uuid,
            _shape(code.children),
        )
        for code in codes
    ]


def _validates(data: bytes, xsd: bytes) -> list[str]:
    schema = etree.XMLSchema(etree.fromstring(xsd))
    ok = schema.validate(etree.fromstring(data))
    return [] if ok else [str(error) for error in schema.error_log]


def test_round_trip_keeps_tree_fields_colours_and_uuids(tmp_path: Path) -> None:
    codes = _tree()
    path = tmp_path / "book.qdc"

    write_codebook(codes, path, origin="caqda test")

    data = path.read_bytes()
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    packaged = resources.files("caqda.core.refi") / "schemas" / "Codebook.xsd"
    assert _validates(data, packaged.read_bytes()) == []
    assert safe_xml.validate(etree.fromstring(data), "Codebook.xsd") == []
    assert _validates(data, (REFI_FIXTURES / "Codebook.xsd").read_bytes()) == []
    read = read_codebook(path)
    assert _shape(read.codes) == _shape(codes)
    assert read.losses == []


def test_lone_definition_is_written_plainly_for_other_programs() -> None:
    data = codebook_to_xml([CodeSpec(name="a", definition="Just this.\nAnd this.")], "caqda")
    description = etree.fromstring(data).find(".//{urn:QDA-XML:codebook:1.0}Description")
    assert description is not None
    assert description.text == "Just this.\nAnd this."


def test_description_of_four_fields_is_labelled_and_readable() -> None:
    spec = CodeSpec(name="a", definition="D", when_to_use="U", when_not_to_use="N", example="E")
    text = format_description(spec)
    assert text == "Definition: D\n\nWhen to use: U\n\nWhen not to use: N\n\nExample: E"
    assert parse_description(text) == {
        "definition": "D",
        "when_to_use": "U",
        "when_not_to_use": "N",
        "example": "E",
    }


def test_foreign_description_becomes_the_definition() -> None:
    assert parse_description("Some notes\nWhen to use: whenever")["definition"] == (
        "Some notes\nWhen to use: whenever"
    )


def test_written_codes_without_uuid_get_valid_guids() -> None:
    data = codebook_to_xml([CodeSpec(name="a", children=[CodeSpec(name="b")])], "caqda")
    read = parse_codebook(data, "x.qdc")
    guids = [code.uuid for code in read.codes[0].walk()]
    assert all(guid is not None and uuid.UUID(guid) for guid in guids)
    assert len(set(guids)) == 2


def test_atlas_ti_sample_imports_with_its_set() -> None:
    read = read_codebook(ATLAS_SAMPLE)

    assert [code.name for code in read.codes] == ["code1"]
    code = read.codes[0]
    assert code.color == "#46aa00"
    assert code.uuid == "1ff58b12-6f6f-4b0c-8be5-bbdc91f55294"
    assert code.definition == "description"
    assert code.children == []
    assert read.losses == []
    assert [(s.name, s.description, s.code_uuids) for s in read.sets] == [
        ("code group 1", "kategorie 1", ("1ff58b12-6f6f-4b0c-8be5-bbdc91f55294",))
    ]


def test_nested_codes_uncodable_and_odd_attributes_are_read_leniently() -> None:
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code guid="{AAAAAAAA-0000-4000-8000-000000000001}" name=" Parent " isCodable="false">
      <Description>Free text from another tool</Description>
      <Code guid="not-a-guid" name="Child" isCodable="true" color="#ABC">
        <Code guid="AAAAAAAA-0000-4000-8000-000000000001" name="" isCodable="true" color="red"/>
      </Code>
    </Code>
  </Codes>
  <Sets>
    <Set guid="BBBBBBBB-0000-4000-8000-000000000001" name="g1"/>
    <Set guid="BBBBBBBB-0000-4000-8000-000000000002" name="g2"/>
  </Sets>
</CodeBook>"""
    read = parse_codebook(data, "odd.qdc")

    parent = read.codes[0]
    assert parent.name == "Parent"
    assert parent.uuid == "aaaaaaaa-0000-4000-8000-000000000001"
    assert parent.definition == "Free text from another tool"
    child = parent.children[0]
    assert (child.name, child.color) == ("Child", "#aabbcc")
    grandchild = child.children[0]
    assert grandchild.name == "Unnamed code"
    assert grandchild.uuid not in (parent.uuid, child.uuid)
    assert len({code.uuid for code in parent.walk()}) == 3
    assert all(code.color.startswith("#") and len(code.color) == 7 for code in parent.walk())
    losses = " ".join(read.losses)
    assert [(s.name, s.code_uuids) for s in read.sets] == [("g1", ()), ("g2", ())]
    assert (parent.codable, child.codable, grandchild.codable) == (False, True, True)
    assert "1 code with an unreadable colour was given one from" in losses
    assert "1 code without a name was named 'Unnamed code'." in losses
    assert "1 code that repeated another code's identifier (guid) was given" in losses
    assert "1 code without a readable identifier (guid) was given a new one." in losses


def test_project_file_codebook_is_read() -> None:
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p">
  <CodeBook><Codes>
    <Code guid="AAAAAAAA-0000-4000-8000-000000000001" name="A" isCodable="true" color="#010203">
      <NoteRef targetGUID="AAAAAAAA-0000-4000-8000-000000000009"/>
    </Code>
  </Codes></CodeBook>
</Project>"""
    read = parse_codebook(data, "project.qde")
    assert [(code.name, code.color) for code in read.codes] == [("A", "#010203")]
    assert any("Only the codebook was read" in loss for loss in read.losses)
    assert any("1 note attached to a code was not imported" in loss for loss in read.losses)


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("project.qde", "<Project/>")
    return buffer.getvalue()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="AAAAAAAA-0000-4000-8000-000000000001" name="&lol4;" isCodable="true"/>
</Codes></CodeBook>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="AAAAAAAA-0000-4000-8000-000000000001" name="a" isCodable="true">
    <Description>&x;</Description>
  </Code>
</Codes></CodeBook>"""


@pytest.mark.parametrize(
    ("data", "phrase"),
    [
        pytest.param(b"Code,Colour\nAnger,#ff0000\n", "is not valid XML (line 1", id="not-xml"),
        pytest.param(b"<CodeBook><Codes></CodeBook>", "is not valid XML", id="broken-xml"),
        pytest.param(b"", "is empty", id="empty"),
        pytest.param(b"  \n", "is empty", id="blank"),
        pytest.param(BILLION_LAUGHS, "declares XML entities", id="billion-laughs"),
        pytest.param(XXE, "declares XML entities", id="xxe"),
        pytest.param(b"<html><body/></html>", "its main element is <html>", id="wrong-root"),
        pytest.param(_zip_bytes(), "is a ZIP archive", id="zip"),
        pytest.param(
            b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>',
            "contains no codes",
            id="no-codes",
        ),
        pytest.param(
            b'<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>',
            "contains no codebook",
            id="project-without-codebook",
        ),
    ],
)
def test_unusable_files_are_refused_in_plain_words(data: bytes, phrase: str) -> None:
    with pytest.raises(CodebookError) as refused:
        parse_codebook(data, "import.qdc")
    message = str(refused.value)
    assert phrase in message
    assert "import.qdc" in message
    assert "Traceback" not in message and "lxml" not in message


def test_missing_file_is_refused_in_plain_words(tmp_path: Path) -> None:
    with pytest.raises(CodebookError, match="could not be read"):
        read_codebook(tmp_path / "absent.qdc")


def test_parse_xml_raises_the_callers_error_type() -> None:
    class ProjectImportError(CaqdaError):
        pass

    with pytest.raises(ProjectImportError, match=r"The project file 'p.qde' is not valid XML"):
        safe_xml.parse_xml(b"<a>", "the project file 'p.qde'", ProjectImportError)


def test_colours_are_normalised_on_export() -> None:
    data = codebook_to_xml([CodeSpec(name="a", color=" #ABC "), CodeSpec(name="b", color="#A0B1C2")], "c")
    read = parse_codebook(data, "x.qdc")
    assert [code.color for code in read.codes] == ["#aabbcc", "#a0b1c2"]


@pytest.mark.parametrize("colour", ["red", "#12345", "", "rgb(1,2,3)"])
def test_unusable_colour_is_refused_on_export(tmp_path: Path, colour: str) -> None:
    path = tmp_path / "out.qdc"
    with pytest.raises(
        CodebookError,
        match=r"The code 'Anger' has the colour .* not of the form #rrggbb",
    ):
        write_codebook([CodeSpec(name="Anger", color=colour)], path)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_export_refusals_are_plain() -> None:
    with pytest.raises(CodebookError, match="no codes to export"):
        codebook_to_xml([], "caqda")
    with pytest.raises(CodebookError, match="not a GUID"):
        codebook_to_xml([CodeSpec(name="a", uuid="42")], "caqda")
    same = str(uuid.uuid4())
    with pytest.raises(CodebookError, match="same identifier"):
        codebook_to_xml([CodeSpec(name="a", uuid=same), CodeSpec(name="b", uuid=same)], "caqda")
    with pytest.raises(CodebookError, match="cannot hold"):
        codebook_to_xml([CodeSpec(name="bell\x07")], "caqda")


@pytest.mark.parametrize("schema_name", ["Codebook.xsd", "Project.xsd"])
def test_packaged_schemas_are_the_reference_ones(schema_name: str) -> None:
    packaged = resources.files("caqda.core.refi") / "schemas" / schema_name
    assert packaged.read_bytes() == (REFI_FIXTURES / schema_name).read_bytes()
