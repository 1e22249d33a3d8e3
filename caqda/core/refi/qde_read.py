"""Reading a REFI-QDA ``project.qde`` into plain records, before anything touches a project.

Reading is lenient, as for codebooks: real files break the schema in small ways (ATLAS.ti's
``<Sets>`` in odd places, upper-case GUIDs in braces, empty ``name=""``), so elements are
found by local name in any namespace and whatever has the right shape is taken. GUIDs are
normalised (lower case, no braces) on both ends of every reference. Nothing here decides
what caqda keeps; :mod:`caqda.core.refi.project_import` does, and says what it drops.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from dataclasses import dataclass, field

from lxml import etree


def local_name(element: etree._Element) -> str:
    """The tag without its namespace ("" for comments and processing instructions)."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if local_name(child) == name]


def first_child(element: etree._Element, name: str) -> etree._Element | None:
    for child in element:
        if local_name(child) == name:
            return child
    return None


def child_text(element: etree._Element, name: str) -> str:
    child = first_child(element, name)
    return "" if child is None else "".join(child.itertext())


_CANONICAL_GUID = re.compile(
    r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?"
)


def guid(value: str | None) -> str | None:
    """``"{ABC...}"`` → ``"abc..."``; None when absent or not a GUID."""
    if not value:
        return None
    canonical = _CANONICAL_GUID.fullmatch(value.strip())
    if canonical is not None:  # the usual shape, read without building a UUID (60,000 a file)
        return canonical.group(1).lower()
    try:
        return str(uuid.UUID(value.strip().strip("{}")))
    except ValueError:
        return None


def _refs(element: etree._Element, name: str) -> list[str]:
    found = (guid(child.get("targetGUID")) for child in children(element, name))
    return [value for value in found if value is not None]


def _position(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


@dataclass
class CodingRead:
    guid: str | None
    code: str | None
    user: str | None
    created: str | None
    note_refs: list[str]


@dataclass
class SelectionRead:
    guid: str | None
    start: int | None
    end: int | None
    user: str | None
    created: str | None
    modified: str | None
    description: str
    note_refs: list[str]
    codings: list[CodingRead]


@dataclass
class ValueRead:
    """One ``VariableValue``: the variable's GUID, the value as text, its element's name."""

    variable: str | None
    text: str | None
    kind: str


@dataclass
class SourceRead:
    """A ``TextSource``, or the text ``Representation`` of a ``PDFSource`` (``from_pdf``)."""

    guid: str | None
    name: str
    plain_path: str | None
    plain_content: str | None
    rich_path: str | None
    description: str
    path: str | None = field(default=None, kw_only=True)
    modified: str | None = field(default=None, kw_only=True)
    user: str | None
    created: str | None
    note_refs: list[str]
    selections: list[SelectionRead]
    whole_codings: list[CodingRead]
    values: list[ValueRead]
    from_pdf: bool = False
    pdf_selections: int = 0


@dataclass
class NoteRead:
    guid: str | None
    name: str
    content: str | None
    plain_path: str | None
    user: str | None
    created: str | None
    modified: str | None
    selections: int


@dataclass
class CaseRead:
    guid: str | None
    name: str
    description: str
    values: list[ValueRead]
    source_refs: list[str]
    code_refs: int
    selection_refs: int


@dataclass
class VariableRead:
    guid: str | None
    name: str
    kind: str
    description: str


@dataclass
class SetRead:
    """A ``Set``: codes and sources grouped under a name (GUIDs of the members)."""

    guid: str | None
    name: str
    description: str
    codes: list[str]
    sources: list[str]
    notes: int


@dataclass
class ProjectRead:
    name: str
    origin: str
    user: str | None
    users: list[tuple[str | None, str]] = field(default_factory=list)
    code_elements: list[etree._Element] = field(default_factory=list)
    variables: list[VariableRead] = field(default_factory=list)
    cases: list[CaseRead] = field(default_factory=list)
    sources: list[SourceRead] = field(default_factory=list)
    skipped_sources: Counter[str] = field(default_factory=Counter)
    skipped_source_names: list[str] = field(default_factory=list)
    skipped_source_kinds: list[tuple[str, str]] = field(default_factory=list)
    notes: list[NoteRead] = field(default_factory=list)
    project_note_refs: list[str] = field(default_factory=list)
    description: str = ""
    sets: list[SetRead] = field(default_factory=list)
    links: int = 0
    graphs: int = 0


_SKIPPED_KINDS = {
    "PictureSource": "picture",
    "AudioSource": "audio",
    "VideoSource": "video",
    "PDFSource": "PDF",
}


def read_project(root: etree._Element) -> ProjectRead:
    """The records of a ``Project`` element (the caller checked its name)."""
    project = ProjectRead(
        name=(root.get("name") or "").strip(),
        origin=(root.get("origin") or "").strip(),
        user=guid(root.get("creatingUserGUID")),
    )
    for element in root:
        name = local_name(element)
        if name == "Users":
            project.users = [
                (guid(u.get("guid")), (u.get("name") or "").strip()) for u in children(element, "User")
            ]
        elif name == "CodeBook":
            codes = first_child(element, "Codes")
            project.code_elements = children(codes, "Code") if codes is not None else []
            for sets in children(element, "Sets"):  # ATLAS.ti puts code groups here too
                project.sets += [_set(s) for s in children(sets, "Set")]
        elif name == "Variables":
            project.variables = [_variable(v) for v in children(element, "Variable")]
        elif name == "Cases":
            project.cases = [_case(c) for c in children(element, "Case")]
        elif name == "Sources":
            _read_sources(element, project)
        elif name == "Notes":
            project.notes = [_note(n) for n in children(element, "Note")]
        elif name == "Links":
            project.links += len(children(element, "Link"))
        elif name == "Sets":
            project.sets += [_set(s) for s in children(element, "Set")]
        elif name == "Graphs":
            project.graphs += len(children(element, "Graph"))
        elif name == "Description":
            project.description = "".join(element.itertext())
        elif name == "NoteRef":
            reference = guid(element.get("targetGUID"))
            if reference is not None:
                project.project_note_refs.append(reference)
    return project


def _read_sources(sources: etree._Element, project: ProjectRead) -> None:
    for element in sources:
        kind = local_name(element)
        if kind == "TextSource":
            project.sources.append(_text_source(element))
            continue
        representation = first_child(element, "Representation") if kind == "PDFSource" else None
        if representation is not None:
            source = _text_source(representation)
            source.guid = guid(element.get("guid")) or source.guid
            source.name = (element.get("name") or "").strip() or source.name
            source.from_pdf = True
            source.pdf_selections = len(children(element, "PDFSelection"))
            source.description = child_text(element, "Description") or source.description
            source.note_refs += _refs(element, "NoteRef")
            source.values += [_value(v) for v in children(element, "VariableValue")]
            source.whole_codings += [_coding(c) for c in children(element, "Coding")]
            project.sources.append(source)
        elif kind in _SKIPPED_KINDS:
            project.skipped_sources[_SKIPPED_KINDS[kind]] += 1
            project.skipped_source_names.append((element.get("name") or "unnamed").strip())
            project.skipped_source_kinds.append(
                ((element.get("name") or "unnamed").strip(), _SKIPPED_KINDS[kind])
            )


def _text_source(element: etree._Element) -> SourceRead:
    content = first_child(element, "PlainTextContent")
    return SourceRead(
        guid=guid(element.get("guid")),
        name=(element.get("name") or "").strip(),
        plain_path=element.get("plainTextPath"),
        plain_content=None if content is None else "".join(content.itertext()),
        rich_path=element.get("richTextPath"),
        description=child_text(element, "Description"),
        user=guid(element.get("creatingUser")),
        created=element.get("creationDateTime"),
        modified=element.get("modifiedDateTime"),
        path=element.get("path"),
        note_refs=_refs(element, "NoteRef"),
        selections=[_selection(s) for s in children(element, "PlainTextSelection")],
        whole_codings=[_coding(c) for c in children(element, "Coding")],
        values=[_value(v) for v in children(element, "VariableValue")],
    )


def _selection(element: etree._Element) -> SelectionRead:
    # One pass over the children: a file can hold tens of thousands of selections.
    description: str | None = None
    note_refs: list[str] = []
    codings: list[CodingRead] = []
    for child in element:
        name = local_name(child)
        if name == "Coding":
            codings.append(_coding(child))
        elif name == "Description" and description is None:
            description = "".join(child.itertext())
        elif name == "NoteRef":
            reference = guid(child.get("targetGUID"))
            if reference is not None:
                note_refs.append(reference)
    return SelectionRead(
        guid=guid(element.get("guid")),
        start=_position(element.get("startPosition")),
        end=_position(element.get("endPosition")),
        user=guid(element.get("creatingUser")),
        created=element.get("creationDateTime"),
        modified=element.get("modifiedDateTime"),
        description=description or "",
        note_refs=note_refs,
        codings=codings,
    )


def _coding(element: etree._Element) -> CodingRead:
    code: str | None = None
    note_refs: list[str] = []
    for child in element:
        name = local_name(child)
        if name == "CodeRef" and code is None:
            code = guid(child.get("targetGUID"))
        elif name == "NoteRef":
            reference = guid(child.get("targetGUID"))
            if reference is not None:
                note_refs.append(reference)
    return CodingRead(
        guid=guid(element.get("guid")),
        code=code,
        user=guid(element.get("creatingUser")),
        created=element.get("creationDateTime"),
        note_refs=note_refs,
    )


_VALUE_KINDS = ("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")


def _value(element: etree._Element) -> ValueRead:
    reference = first_child(element, "VariableRef")
    for child in element:
        kind = local_name(child)
        if kind in _VALUE_KINDS:
            return ValueRead(
                variable=None if reference is None else guid(reference.get("targetGUID")),
                text="".join(child.itertext()),
                kind=kind,
            )
    return ValueRead(None if reference is None else guid(reference.get("targetGUID")), None, "")


def _variable(element: etree._Element) -> VariableRead:
    return VariableRead(
        guid=guid(element.get("guid")),
        name=(element.get("name") or "").strip(),
        kind=(element.get("typeOfVariable") or "Text").strip(),
        description=child_text(element, "Description"),
    )


def _case(element: etree._Element) -> CaseRead:
    return CaseRead(
        guid=guid(element.get("guid")),
        name=(element.get("name") or "").strip(),
        description=child_text(element, "Description"),
        values=[_value(v) for v in children(element, "VariableValue")],
        source_refs=_refs(element, "SourceRef"),
        code_refs=len(children(element, "CodeRef")),
        selection_refs=len(children(element, "SelectionRef")),
    )


def _note(element: etree._Element) -> NoteRead:
    content = first_child(element, "PlainTextContent")
    return NoteRead(
        guid=guid(element.get("guid")),
        name=(element.get("name") or "").strip(),
        content=None if content is None else "".join(content.itertext()),
        plain_path=element.get("plainTextPath"),
        user=guid(element.get("creatingUser")),
        created=element.get("creationDateTime"),
        modified=element.get("modifiedDateTime"),
        # Only coded passages are lost: a selection without a Coding anchors the note (QualCoder
        # reads a note with a selection as an annotation; caqda writes one for document memos).
        selections=sum(1 for s in children(element, "PlainTextSelection") if children(s, "Coding")),
    )


def _set(element: etree._Element) -> SetRead:
    def members(name: str) -> list[str]:
        found = (guid(m.get("targetGUID") or m.get("guid")) for m in children(element, name))
        return [value for value in found if value is not None]

    return SetRead(
        guid=guid(element.get("guid")),
        name=" ".join((element.get("name") or "").split()) or "Unnamed set",
        description=child_text(element, "Description"),
        codes=members("MemberCode"),
        sources=members("MemberSource"),
        notes=len(children(element, "MemberNote")),
    )
