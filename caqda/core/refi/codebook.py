"""REFI-QDA codebooks (``.qdc``): import into :class:`CodeSpec` trees and export from them.

A ``.qdc`` holds a tree of ``Code`` elements, each with a ``guid``, a ``name``, an optional
``color`` and one free-text ``Description``. caqda keeps four text fields per code
(definition, when to use, when not to use, example), so on export they are folded into the
one ``Description`` in a labelled, readable form that :func:`parse_description` unfolds again;
a description written by another program becomes the definition as a whole.

Reading is lenient, because real programs write slightly invalid files (ATLAS.ti puts
``<Sets>`` in, old schema locations, upper-case GUIDs): whatever has the shape of a codebook
is imported, and what cannot be kept is listed in plain words in :attr:`CodebookRead.losses`,
as the standard (§7) asks. Writing is strict: the output is checked against the packaged
``Codebook.xsd`` before it is returned.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from caqda.core.errors import CodebookError
from caqda.core.models import CodeSpec
from caqda.core.refi.safe_xml import parse_xml, validate

CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"
PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"

# Colours for imported codes that come without a usable one: distinct, readable on white.
IMPORT_PALETTE = (
    "#e57373",
    "#64b5f6",
    "#81c784",
    "#ffb74d",
    "#ba68c8",
    "#4db6ac",
    "#f06292",
    "#a1887f",
    "#7986cb",
    "#dce775",
    "#4dd0e1",
    "#90a4ae",
)

# (CodeSpec attribute, label in the Description), in the order they are written.
_DESCRIPTION_FIELDS = (
    ("definition", "Definition"),
    ("when_to_use", "When to use"),
    ("when_not_to_use", "When not to use"),
    ("example", "Example"),
)
_ATTRIBUTE_BY_LABEL = {label: attribute for attribute, label in _DESCRIPTION_FIELDS}
_LABEL_LINE = re.compile(r"(Definition|When to use|When not to use|Example):")
_COLOUR = re.compile(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_UNNAMED = "Unnamed code"


@dataclass(frozen=True)
class CodebookRead:
    """The root codes read from a codebook, and what the file held that caqda did not keep.

    ``losses`` are whole sentences for the researcher, e.g.
    ``"1 code group (Set) was not imported: caqda has no code groups yet ('group 1')."``
    """

    codes: list[CodeSpec]
    losses: list[str]
    sets: list[CodeSetSpec] = field(default_factory=list)


@dataclass(frozen=True)
class CodeSetSpec:
    """A code set as held in a codebook file: its name, description and members' uuids."""

    name: str
    description: str = ""
    code_uuids: tuple[str, ...] = ()
    uuid: str | None = None


# --- the four text fields inside one Description ------------------------------------------


def format_description(spec: CodeSpec) -> str:
    """Fold the code's four text fields into one ``Description`` text ("" if all are empty).

    A lone definition is written as it is, so other programs show it untouched. Otherwise
    each non-empty field starts on a line ``Label: first line``, its further lines follow
    unchanged, and fields are separated by a blank line. A further line that would look like
    a label (or starts with a backslash) gets a backslash in front, so any text, newlines
    included, comes back unchanged from :func:`parse_description`.
    """
    present = [
        (label, getattr(spec, attribute))
        for attribute, label in _DESCRIPTION_FIELDS
        if getattr(spec, attribute)
    ]
    if not present:
        return ""
    lone_definition = len(present) == 1 and present[0][0] == "Definition"
    if lone_definition and not _LABEL_LINE.match(spec.definition):
        return spec.definition
    blocks = []
    for label, value in present:
        first, *further = value.split("\n")
        lines = [f"{label}: {first}", *(_escaped(line) for line in further)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _escaped(line: str) -> str:
    return "\\" + line if _LABEL_LINE.match(line) or line.startswith("\\") else line


def parse_description(text: str) -> dict[str, str]:
    """The four text fields held in a ``Description``, keyed by :class:`CodeSpec` attribute.

    Text that does not start with one of our labels came from another program (or is a lone
    definition) and becomes the definition as a whole.
    """
    fields = {attribute: "" for attribute, _ in _DESCRIPTION_FIELDS}
    lines = text.split("\n")
    if not _LABEL_LINE.match(lines[0]):
        fields["definition"] = text
        return fields
    current = ""
    collected: list[str] = []
    for line in lines:
        label = _LABEL_LINE.match(line)
        if label is None:
            collected.append(line.removeprefix("\\"))
            continue
        if current:
            _store(fields, current, collected, separated=True)
        current = _ATTRIBUTE_BY_LABEL[label.group(1)]
        rest = line[label.end() :]
        collected = [rest.removeprefix(" ")]
    _store(fields, current, collected, separated=False)
    return fields


def _store(fields: dict[str, str], attribute: str, lines: list[str], separated: bool) -> None:
    """Keep one field; a field followed by another lost one line to the blank separator."""
    if separated and len(lines) > 1 and lines[-1] == "":
        lines = lines[:-1]
    value = "\n".join(lines)
    # Another program may repeat a label; keep both parts rather than drop one.
    fields[attribute] = f"{fields[attribute]}\n{value}" if fields[attribute] else value


# --- reading --------------------------------------------------------------------------------


def read_codebook(path: Path) -> CodebookRead:
    """Read a REFI-QDA ``.qdc`` (or the codebook of an unzipped ``.qde`` project).

    Raises :class:`CodebookError` if the file cannot be read or is not a codebook.
    """
    try:
        data = path.read_bytes()
    except OSError as os_error:
        reason = os_error.strerror or str(os_error)
        raise CodebookError(f"The codebook file '{path.name}' could not be read ({reason}).") from os_error
    return parse_codebook(data, path.name)


def parse_codebook(data: bytes, source_name: str) -> CodebookRead:
    """Read codebook bytes; ``source_name`` (a file name) is only used in messages.

    Accepts a ``CodeBook`` root (any namespace, for old or sloppy writers) or a ``Project``
    root, whose ``CodeBook`` is taken. Names lose surrounding spaces; GUIDs become lower-case
    without braces; colours become ``#rrggbb``. Raises :class:`CodebookError` for empty input, a ZIP
    archive, anything not XML, XML declaring entities, another root element, or no codes.
    """
    if data[:4] in _ZIP_MAGIC:
        raise CodebookError(
            f"The file '{source_name}' is a ZIP archive (such as a .qdpx project or a Word "
            "document), not a REFI-QDA codebook (.qdc)."
        )
    root = parse_xml(data, f"the codebook file '{source_name}'", CodebookError)
    losses: list[str] = []
    codebook = _codebook_element(root, source_name, losses)
    codes_element = _first_child(codebook, "Codes")
    code_elements = _children(codes_element, "Code") if codes_element is not None else []
    if not code_elements:
        raise CodebookError(f"The codebook file '{source_name}' contains no codes.")
    reader = _CodeReader()
    codes = [reader.read(element) for element in code_elements]
    sets_element = _first_child(codebook, "Sets")
    sets = _read_sets(_children(sets_element, "Set"), reader, losses) if sets_element is not None else []
    losses.extend(reader.losses())
    return CodebookRead(codes=codes, losses=losses, sets=sets)


def read_code_elements(
    code_elements: list[etree._Element], *, notes_read_elsewhere: bool = False
) -> CodebookRead:
    """Read ``Code`` elements (e.g. a project's ``CodeBook/Codes`` children) into specs.

    Each spec's ``children`` follow the element's child ``Code`` elements in order, so a
    caller can walk elements and specs side by side (to map the file's GUIDs, which a spec
    may not keep when they were unreadable or repeated). ``notes_read_elsewhere`` leaves the
    codes' ``NoteRef`` out of the losses, for a caller that imports those notes itself.
    """
    reader = _CodeReader()
    codes = [reader.read(element) for element in code_elements]
    if notes_read_elsewhere:
        reader.note_links = 0
    return CodebookRead(codes=codes, losses=reader.losses())


def _local_name(element: etree._Element) -> str:
    return etree.QName(element).localname


def _children(element: etree._Element, local_name: str) -> list[etree._Element]:
    return [child for child in element if isinstance(child.tag, str) and _local_name(child) == local_name]


def _first_child(element: etree._Element, local_name: str) -> etree._Element | None:
    found = _children(element, local_name)
    return found[0] if found else None


def _codebook_element(root: etree._Element, source_name: str, losses: list[str]) -> etree._Element:
    root_name = _local_name(root)
    if root_name.lower() == "codebook":
        return root
    if root_name == "Project":
        codebook = _first_child(root, "CodeBook")
        if codebook is None:
            raise CodebookError(f"The project file '{source_name}' contains no codebook.")
        losses.append(
            "Only the codebook was read from this project file; its documents, codings, "
            "cases, variables and notes were not imported."
        )
        return codebook
    raise CodebookError(
        f"The file '{source_name}' is not a REFI-QDA codebook: its main element is "
        f"<{root_name}>, where a codebook has <CodeBook>."
    )


def _counted(count: int, singular: str, plural: str) -> str:
    """'1 code was' / '3 codes were': the start of most loss sentences."""
    return f"{count} {singular} was" if count == 1 else f"{count} {plural} were"


def _read_sets(elements: list[etree._Element], reader: _CodeReader, losses: list[str]) -> list[CodeSetSpec]:
    """Code sets; a member names its code by ``guid`` (codebook) or ``targetGUID`` (project)."""
    sets: list[CodeSetSpec] = []
    unknown = 0
    for element in elements:
        members: list[str] = []
        for member in _children(element, "MemberCode"):
            raw = (member.get("guid") or member.get("targetGUID") or "").strip().strip("{}")
            try:
                code_uuid = reader.uuid_by_guid.get(str(uuid.UUID(raw)))
            except ValueError:
                code_uuid = None
            if code_uuid is None:
                unknown += 1
            else:
                members.append(code_uuid)
        description = (
            "".join(_first_child(element, "Description").itertext())
            if _first_child(element, "Description") is not None
            else ""
        )
        sets.append(
            CodeSetSpec(
                name=" ".join((element.get("name") or "").split()) or "Unnamed set",
                description=description,
                code_uuids=tuple(dict.fromkeys(members)),
                uuid=_guid_or_none(element.get("guid")),
            )
        )
    if unknown:
        losses.append(
            f"{_counted(unknown, 'code set member', 'code set members')} not imported: the code they "
            "name is not in the codebook."
        )
    return sets


def _guid_or_none(value: str | None) -> str | None:
    try:
        return str(uuid.UUID((value or "").strip().strip("{}")))
    except ValueError:
        return None


class _CodeReader:
    """Turns ``Code`` elements into :class:`CodeSpec` trees, counting what it had to change."""

    def __init__(self) -> None:
        self._seen_uuids: set[str] = set()
        self.uuid_by_guid: dict[str, str] = {}  # the file's GUID -> the uuid the spec got
        self._palette_next = 0
        self.unnamed = 0
        self.new_uuids = 0
        self.duplicate_uuids = 0
        self.bad_colours = 0
        self.note_links = 0
        self.unknown_elements = 0

    def read(self, element: etree._Element) -> CodeSpec:
        name = (element.get("name") or "").strip()
        if not name:
            name = _UNNAMED
            self.unnamed += 1
        spec = CodeSpec(name=name, uuid=self._uuid(element.get("guid")))
        spec.codable = (element.get("isCodable") or "true").strip().lower() not in ("false", "0")
        spec.color = self._colour(element.get("color"))
        description = ""
        for child in element:
            if not isinstance(child.tag, str):
                continue
            child_name = _local_name(child)
            if child_name == "Code":
                spec.children.append(self.read(child))
            elif child_name == "Description" and not description:
                description = "".join(child.itertext())
            elif child_name == "NoteRef":
                self.note_links += 1
            else:
                self.unknown_elements += 1
        for attribute, value in parse_description(description).items():
            setattr(spec, attribute, value)
        return spec

    def _uuid(self, guid: str | None) -> str:
        try:
            value = str(uuid.UUID((guid or "").strip().strip("{}")))
        except ValueError:
            self.new_uuids += 1
            value = str(uuid.uuid4())
        original = value
        if value in self._seen_uuids:
            self.duplicate_uuids += 1
            value = str(uuid.uuid4())
        self._seen_uuids.add(value)
        self.uuid_by_guid.setdefault(original, value)
        return value

    def _colour(self, colour: str | None) -> str:
        normalised = normalise_colour(colour or "")
        if normalised is not None:
            return normalised
        if colour is not None and colour.strip():
            self.bad_colours += 1
        chosen = IMPORT_PALETTE[self._palette_next % len(IMPORT_PALETTE)]
        self._palette_next += 1
        return chosen

    def losses(self) -> list[str]:
        notes = []
        if self.note_links:
            subject = _counted(self.note_links, "note attached to a code", "notes attached to codes")
            notes.append(f"{subject} not imported.")
        if self.unknown_elements:
            subject = _counted(self.unknown_elements, "element inside a code", "elements inside codes")
            notes.append(f"{subject} not imported: they are not part of the REFI-QDA standard.")
        if self.unnamed:
            subject = _counted(self.unnamed, "code without a name", "codes without a name")
            notes.append(f"{subject} named '{_UNNAMED}'.")
        if self.new_uuids:
            subject = _counted(
                self.new_uuids,
                "code without a readable identifier (guid)",
                "codes without a readable identifier (guid)",
            )
            notes.append(f"{subject} given a new one.")
        if self.duplicate_uuids:
            subject = _counted(
                self.duplicate_uuids,
                "code that repeated another code's identifier (guid)",
                "codes that repeated another code's identifier (guid)",
            )
            notes.append(f"{subject} given a new one.")
        if self.bad_colours:
            subject = _counted(
                self.bad_colours,
                "code with an unreadable colour",
                "codes with an unreadable colour",
            )
            notes.append(f"{subject} given one from caqda's palette.")
        return notes


def normalise_colour(colour: str) -> str | None:
    """``"#RGB"`` or ``"#RRGGBB"`` (any case, surrounding spaces) as ``"#rrggbb"``, else None."""
    match = _COLOUR.fullmatch(colour.strip())
    if match is None:
        return None
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return f"#{digits}"


# --- writing --------------------------------------------------------------------------------


def append_code(parent: etree._Element, spec: CodeSpec, used_guids: set[str]) -> None:
    """Append ``spec`` and its subtree as ``Code`` elements in ``parent``'s namespace.

    Works for both ``.qdc`` and ``.qde`` (same ``Code`` shape). ``used_guids`` collects the
    GUIDs written so far, so a repeated one is refused instead of written. A code without a
    uuid gets a new one (not stored back into ``spec``). Raises :class:`CodebookError` for a
    colour that is not ``#rgb``/``#rrggbb``, an identifier that is not a GUID, or text with
    characters XML cannot hold.
    """
    namespace = etree.QName(parent).namespace
    element = etree.SubElement(parent, etree.QName(namespace, "Code").text)
    element.set("guid", _guid_for(spec, used_guids))
    colour = normalise_colour(spec.color)
    if colour is None:
        raise CodebookError(
            f"The code '{spec.name}' has the colour {spec.color!r}, which is not of the form "
            "#rrggbb; the codebook was not exported."
        )
    try:
        element.set("name", spec.name)
        element.set("isCodable", "true" if spec.codable else "false")
        element.set("color", colour)
        description = format_description(spec)
        if description:
            etree.SubElement(element, etree.QName(namespace, "Description").text).text = description
    except ValueError as value_error:
        raise CodebookError(
            f"The code '{spec.name}' contains characters that a codebook file cannot hold "
            "(control characters); remove them and export again."
        ) from value_error
    for child in spec.children:
        append_code(element, child, used_guids)


def _guid_for(spec: CodeSpec, used_guids: set[str]) -> str:
    if spec.uuid is None:
        guid = str(uuid.uuid4())
    else:
        try:
            guid = str(uuid.UUID(spec.uuid.strip().strip("{}")))
        except ValueError:
            raise CodebookError(
                f"The code '{spec.name}' has the identifier {spec.uuid!r}, which is not a "
                "GUID; the codebook was not exported."
            ) from None
    if guid in used_guids:
        raise CodebookError(
            f"The code '{spec.name}' has the same identifier as another code ({guid}); the "
            "codebook was not exported."
        )
    used_guids.add(guid)
    return guid


def codebook_to_xml(
    codes: list[CodeSpec], origin: str = "caqda", sets: list[CodeSetSpec] | None = None
) -> bytes:
    """A ``.qdc`` document (UTF-8, with XML declaration) holding ``codes`` and their subtrees.

    The result is checked against the packaged ``Codebook.xsd``; a failure there is a bug in
    caqda and raises :class:`CodebookError` rather than producing a file other programs
    would reject. Also raises :class:`CodebookError` for an empty list (the schema needs a
    code) and for the cases listed in :func:`append_code`.
    """
    if not codes:
        raise CodebookError("There are no codes to export: a REFI-QDA codebook must hold at least one code.")
    root = etree.Element(
        etree.QName(CODEBOOK_NAMESPACE, "CodeBook").text,
        nsmap={None: CODEBOOK_NAMESPACE},
    )
    try:
        root.set("origin", origin)
    except ValueError as value_error:
        raise CodebookError(
            "The program name given as the codebook's origin contains characters a codebook file cannot hold."
        ) from value_error
    codes_element = etree.SubElement(root, etree.QName(CODEBOOK_NAMESPACE, "Codes").text)
    used_guids: set[str] = set()
    for spec in codes:
        append_code(codes_element, spec, used_guids)
    written = list(sets or [])
    if written:
        sets_element = etree.SubElement(root, etree.QName(CODEBOOK_NAMESPACE, "Sets").text)
        for code_set in written:
            element = etree.SubElement(sets_element, etree.QName(CODEBOOK_NAMESPACE, "Set").text)
            element.set("guid", code_set.uuid or str(uuid.uuid4()))
            element.set("name", code_set.name)
            if code_set.description:
                etree.SubElement(
                    element, etree.QName(CODEBOOK_NAMESPACE, "Description").text
                ).text = code_set.description
            for code_uuid in code_set.code_uuids:
                etree.SubElement(element, etree.QName(CODEBOOK_NAMESPACE, "MemberCode").text).set(
                    "guid", code_uuid
                )
    problems = validate(root, "Codebook.xsd")
    if problems:
        raise CodebookError(
            "caqda produced a codebook that breaks the REFI-QDA schema, so it was not "
            f"exported. This is a bug in caqda; please report it. ({problems[0]})"
        )
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_codebook(
    codes: list[CodeSpec], path: Path, origin: str = "caqda", sets: list[CodeSetSpec] | None = None
) -> None:
    """Write ``codes`` to ``path`` as a validated ``.qdc``; an existing file is replaced whole.

    The file is written next to ``path`` first and then moved over it, so a failed export
    never leaves half a codebook. Raises :class:`CodebookError` (see :func:`codebook_to_xml`,
    and when the file cannot be written).
    """
    data = codebook_to_xml(codes, origin, sets)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError as os_error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = os_error.strerror or str(os_error)
        raise CodebookError(f"The codebook could not be saved as '{path}' ({reason}).") from os_error
