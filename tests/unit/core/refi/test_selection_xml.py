"""Selections written as text are byte for byte what lxml writes for the same elements."""

from __future__ import annotations

import pytest
from lxml import etree

from caqda.core.refi import selection_xml

NS = "urn:QDA-XML:project:1.0"


def _lxml_selection(memo: str | None, created: str | None, modified: str | None) -> bytes:
    root = etree.Element(f"{{{NS}}}TextSource", nsmap={None: NS})
    attributes = {"guid": "g-1", "startPosition": "3", "endPosition": "10", "creatingUser": 'u&<"1'}
    coding_attributes = {"guid": "c-1", "creatingUser": 'u&<"1'}
    if created:
        attributes["creationDateTime"] = coding_attributes["creationDateTime"] = created
    if modified:
        attributes["modifiedDateTime"] = modified
    selection = etree.SubElement(root, f"{{{NS}}}PlainTextSelection", attributes)
    if memo is not None:
        etree.SubElement(selection, f"{{{NS}}}Description").text = memo
    coding = etree.SubElement(selection, f"{{{NS}}}Coding", coding_attributes)
    etree.SubElement(coding, f"{{{NS}}}CodeRef", {"targetGUID": "k\t1"})
    return etree.tostring(root, encoding="UTF-8")


@pytest.mark.parametrize("memo", [None, "", "plain", "a & b <c> d\r\n\tend", "acentuação 🙂"])
@pytest.mark.parametrize("times", [(None, None), ("2024-01-02T03:04:05.000+00:00", None), ("t1", "t2")])
def test_selection_text_matches_lxml(memo: str | None, times: tuple[str | None, str | None]) -> None:
    root = etree.Element(f"{{{NS}}}TextSource", nsmap={None: NS})
    root.append(etree.Comment(selection_xml.PLACEHOLDER.format(index=0)))
    written = selection_xml.selection(
        "g-1",
        3,
        10,
        selection_xml.attribute('u&<"1'),
        *times,
        None if memo is None else selection_xml.text(memo),
        selection_xml.attribute("c-1"),
        selection_xml.attribute("k\t1"),
    )
    spliced = selection_xml.splice(root, [written])
    expected = _lxml_selection(memo, *times)
    assert spliced.split(b"?>\n", 1)[1] == expected
    description = selection_xml.parse(spliced).find(f".//{{{NS}}}Description")  # and it reads back
    assert (description is None) if memo is None else (description.text or "") == memo


@pytest.mark.parametrize(
    "value",
    [
        "0b0a4c5e-7d1f-5c1e-9a3b-6a7c0ad0e2f1",
        "0B0A4C5E-7D1F-5C1E-9A3B-6A7C0AD0E2F1",
        "{0b0a4c5e-7d1f-5c1e-9a3b-6a7c0ad0e2f1}",
        "0b0a4c5e-7d1f-5c1e-9a3b-6a7c0ad0e2f",
        "0b0a4c5e-7d1f-5c1e-9a3b-6a7c0ad0e2f1a",
        "0b0a4c5g-7d1f-5c1e-9a3b-6a7c0ad0e2f1",
        "0b0a4c5e7d1f-5c1e-9a3b-6a7c0ad0e2f1-",
        "{0b0a4c5e-7d1f-5c1e-9a3b-6a7c0ad0e2f1",
        "0b0a4c5e-7d1f-5c1e-9a3b-6a7c0ad0e2f1\n",
        "0b0a4c5e-7d1f-5c1e-9a3b-6a7c0ad0e2f1\n11111111-2222-3333-4444-555555555555",
        "0b0a4c5é-7d1f-5c1e-9a3b-6a7c0ad0e2f1",
        "0b0a4c5e-7d1f-5c1e-9a3b-6a7c0ad0e2f１",
        "not-a-guid",
    ],
)
@pytest.mark.parametrize("at_once", [20_000, 2])  # all in one piece, or pieces of two
def test_the_export_finds_the_coding_uuid_the_schema_pattern_refuses(
    value: str, at_once: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export checks every coding uuid at once before writing (their joined bytes): the
    same verdict as the schema's GUID pattern on each, and the offending uuid named."""
    from caqda.core.refi import project_export
    from caqda.core.refi.project_export import _odd_coding_uuids

    monkeypatch.setattr(project_export, "_UUIDS_AT_ONCE", at_once)

    good = "11111111-2222-3333-4444-555555555555"
    codings = {1: [(1, 0, 5, 1, good)], 2: [(2, 0, 5, 2, good), (2, 3, 9, 3, value), (2, 4, 9, 4, good)]}
    refused = not selection_xml.GUID.fullmatch(value)
    assert _odd_coding_uuids(codings) == ([value] if refused else [])
