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

import hashlib
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime

from lxml import etree

PLACEHOLDER = "caqda selections {index}"
# Characters XML 1.0 cannot hold at all.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_PLACEHOLDERS = re.compile(rb"<!--caqda selections (\d+)-->")
_ATTRIBUTE_SPECIALS = ("&", "<", ">", '"', "\n", "\r", "\t")


# GUIDs derived from caqda's own uuids, so exporting twice gives the same file.
GUID_NAMESPACE = uuid.UUID("0b0a4c5e-7d1f-5c1e-9a3b-6a7c0ad0e2f1")
GUID_PREFIX = GUID_NAMESPACE.bytes
_VARIANTS = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
_CAQDA_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00")


def derived_guid(kind: str, key: str) -> str:
    """A name-based (version 5) UUID, as :func:`uuid.uuid5` makes it, at a third of the cost."""
    return guid_of(hashlib.sha1(GUID_PREFIX + f"{kind}:{key}".encode()).hexdigest())


def guid_of(digest: str) -> str:
    """The version 5 UUID of a name whose SHA-1 (namespace first) is ``digest``, in hex."""
    return (
        f"{digest[:8]}-{digest[8:12]}-5{digest[13:16]}-{_VARIANTS[digest[16]]}{digest[17:20]}-{digest[20:32]}"
    )


def xsd_stamp(value: str | None) -> str | None:
    """caqda's stored time as an xsd:dateTime, or None if it is not a readable time."""
    if not value:
        return None
    if _CAQDA_STAMP.fullmatch(value):  # what caqda writes: already an xsd:dateTime
        return value
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat(timespec="milliseconds")


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
