"""Parsing untrusted XML from other programs, and checking it against the REFI-QDA schemas.

Codebooks and projects come from other people's computers. A hostile file can declare
entities that expand to gigabytes ("billion laughs") or that read local files or URLs into
the document (XXE). The parser here never expands entities, never loads a DTD and never
touches the network, and any document that declares an entity at all is refused: no real
REFI-QDA file needs one.

The schemas are packaged with caqda (``caqda/core/refi/schemas``) so that validation works
without network access and without the source tree.
"""

from __future__ import annotations

import functools
from importlib import resources

from lxml import etree

from caqda.core.errors import CaqdaError

SCHEMA_NAMES = ("Codebook.xsd", "Project.xsd")


def _safe_parser() -> etree.XMLParser:
    """A new parser per call: lxml parsers keep state and are not safe to share across threads."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def _capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def parse_xml(data: bytes, what: str, error: type[CaqdaError] = CaqdaError) -> etree._Element:
    """Parse ``data`` and return its root element, or raise ``error`` with a plain message.

    ``what`` is a noun phrase naming the file for the researcher, e.g.
    ``"the codebook file 'x.qdc'"``; messages start with it. ``error`` lets each importer
    raise its own :class:`CaqdaError` subclass. Refused: empty input, malformed XML, and any
    document whose DOCTYPE declares an entity.
    """
    if not data.strip():
        raise error(f"{_capitalised(what)} is empty.")
    try:
        root = etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as syntax_error:
        detail = (syntax_error.msg or "unreadable").split(", line ")[0]
        line = syntax_error.lineno or 1
        raise error(f"{_capitalised(what)} is not valid XML (line {line}: {detail}).") from syntax_error
    except ValueError as value_error:  # e.g. a str with an encoding declaration
        raise error(f"{_capitalised(what)} is not valid XML ({value_error}).") from value_error
    doctype = root.getroottree().docinfo.internalDTD
    if doctype is not None and any(True for _ in doctype.iterentities()):
        raise error(
            f"{_capitalised(what)} declares XML entities (a DOCTYPE with ENTITY). caqda "
            "refuses such files because they can be used to read files on this computer or "
            "to exhaust its memory; no REFI-QDA file needs them."
        )
    return root


@functools.cache
def _schema(schema_name: str) -> etree.XMLSchema:
    """Load a packaged schema once; the schemas are ours, so the plain parser is fine."""
    if schema_name not in SCHEMA_NAMES:
        raise ValueError(f"unknown schema {schema_name!r}; expected one of {SCHEMA_NAMES}")
    source = resources.files("caqda.core.refi").joinpath("schemas", schema_name)
    return etree.XMLSchema(etree.fromstring(source.read_bytes()))


def validate(element: etree._Element, schema_name: str) -> list[str]:
    """Messages of everything in ``element`` that breaks the named packaged schema.

    ``schema_name`` is ``"Codebook.xsd"`` or ``"Project.xsd"``. An empty list means valid.
    Messages are for logs and tests (they quote the schema), not for researchers.
    """
    schema = _schema(schema_name)
    if schema.validate(element):
        return []
    return [f"line {entry.line}: {entry.message}" for entry in schema.error_log]
