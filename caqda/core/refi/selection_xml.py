"""The ``PlainTextSelection`` of every coding, written as XML text instead of lxml elements.

A .qdpx of the 10 MB project holds 60,000 selections; building each as three elements, then
validating them, took most of the export (issue 9). Here each document's selections are one
string, spliced into the serialized ``Project`` in place of a comment the writer leaves in its
``TextSource``. The schema validates the rest of the project (comments are ignored); in the
selections, only the GUIDs come from the data (positions are numbers, times are written as
xsd:dateTime, texts are escaped), and they are checked against the schema's GUID pattern
(``guid_problems``). Tests validate whole exported files against the schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from lxml import etree

PLACEHOLDER = "caqda selections {index}"
# Characters XML 1.0 cannot hold at all.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_PLACEHOLDERS = re.compile(rb"<!--caqda selections (\d+)-->")
_ATTRIBUTE_SPECIALS = ("&", "<", ">", '"', "\n", "\r", "\t")


# The schema's GUIDType pattern (Project.xsd).
GUID = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}"
)


def guid_problems(values: Iterable[str], what: str) -> list[str]:
    """A message for the first value that the schema would not accept as a GUID."""
    for value in values:
        if not GUID.fullmatch(value):
            return [f"{what} '{value}' is not a GUID"]
    return []


def attribute(value: str) -> str:
    """An attribute value escaped as lxml writes it (uuids and times pass through untouched)."""
    if not any(special in value for special in _ATTRIBUTE_SPECIALS):
        return value
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return value.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def text(value: str) -> str:
    """Element text escaped as lxml writes it."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("\r", "&#13;") if "\r" in value else value


def selection(
    guid: str,
    start: int,
    end: int,
    creator: str,
    created: str | None,
    modified: str | None,
    description: str | None,
    coding_guid: str,
    code_guid: str,
) -> str:
    """One coding's ``PlainTextSelection`` (its ``Description``, then one ``Coding``); every
    argument is already escaped with :func:`attribute` or :func:`text`."""
    stamp = f' creationDateTime="{created}"' if created else ""
    changed = f' modifiedDateTime="{modified}"' if modified else ""
    described = "" if description is None else f"<Description>{description}</Description>"
    return (
        f'<PlainTextSelection guid="{guid}" startPosition="{start}" endPosition="{end}" '
        f'creatingUser="{creator}"{stamp}{changed}>{described}'
        f'<Coding guid="{coding_guid}" creatingUser="{creator}"{stamp}>'
        f'<CodeRef targetGUID="{code_guid}"/></Coding></PlainTextSelection>'
    )


def spliced(root: etree._Element, selections: Callable[[int], bytes]) -> Iterator[bytes]:
    """``root`` serialized, piece by piece, with each placeholder comment replaced by
    ``selections(index)``: one document's selections in memory at a time."""
    serialized = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    pieces = _PLACEHOLDERS.split(serialized)
    del serialized
    for position, piece in enumerate(pieces):
        yield selections(int(piece)) if position % 2 else piece


def splice(root: etree._Element, selections: list[str]) -> bytes:
    """``root`` serialized with each placeholder comment replaced by its selections."""
    return b"".join(spliced(root, lambda index: selections[index].encode("utf-8")))


def parse(xml: bytes) -> etree._Element:
    """The spliced file read back, for validation (the file is caqda's own: no limits)."""
    parser = etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True)
    return etree.fromstring(xml, parser)
