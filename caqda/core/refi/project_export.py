"""Export a caqda project as a REFI-QDA project (.qdpx) that other programs can import.

How caqda's data is written (and read back by :mod:`caqda.core.refi.project_import`):

* coders → ``Users``; codes → ``CodeBook`` (the four definition fields folded into one
  ``Description``, see :func:`caqda.core.refi.codebook.format_description`);
* each document → a ``TextSource`` whose text is ``sources/<document uuid>.txt`` (UTF-8,
  ``\\n`` line ends, exactly caqda's text), so positions are code points as the standard
  asks;
* each coding → its own ``PlainTextSelection`` with one ``Coding`` (caqda's codings by
  different coders or codes on the same passage stay separate, each with its own memo and
  coder). The coding's memo is the selection's ``Description``: that is where ATLAS.ti
  (the standard's own example) and QualCoder put a quotation's comment, and read it back;
* memos of the project, a document or a code → ``Notes`` (title as ``name``, writer as
  ``creatingUser``), referred to by a ``NoteRef`` at the end of the project, in the
  ``TextSource`` or in the ``Code``. QualCoder keeps only notes whose text is a ``.txt`` file
  (its journals) or that hold a ``PlainTextSelection`` (its annotations; it drops a note a
  source refers to unless it has one). So a project or code memo is written as
  ``sources/<memo uuid>.txt`` named by ``plainTextPath``, and a document memo holds its text
  as ``PlainTextContent`` and one uncoded selection of that text (start 0), which QualCoder
  shows as an annotation at the document's start. Each note holds one of the two, as the
  schema's comment asks, and every note has a name (QualCoder skips unnamed journals);
* code sets → ``Sets`` of ``MemberCode`` (and document sets, where the project has them, of
  ``MemberSource``); a category header → ``isCodable="false"``;
* document attributes → one ``Variable`` of type Text per attribute name, with a
  ``VariableValue`` in each source that has it. The schema allows values on sources, and
  caqda's attributes belong to documents; no ``Cases`` are written, as a case per
  document would only repeat the documents. Only attributes a document has are written,
  plus "Document kind" where caqda could not tell the kind again from the text.

The XML is checked against the packaged ``Project.xsd`` before anything is written, and the
archive replaces ``path`` only once complete.
"""

from __future__ import annotations

import functools
import itertools
import os
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from operator import itemgetter

from lxml import etree

import caqda
from caqda.core.code_sets import list_code_sets
from caqda.core.codebook import code_specs, list_codes
from caqda.core.coders import list_coders
from caqda.core.documents import attributes, document_utf8, list_documents
from caqda.core.errors import CodebookError
from caqda.core.filters import grouped
from caqda.core.helper_process import start_helper
from caqda.core.memos import list_memos
from caqda.core.models import Memo
from caqda.core.privacy.status import pseudonymised_note
from caqda.core.project import Project, now
from caqda.core.refi import selection_render, selection_xml
from caqda.core.refi.archive import INTERNAL_PREFIX, write_qdpx
from caqda.core.refi.codebook import append_code
from caqda.core.refi.export_notes import target_losses
from caqda.core.refi.import_plan import KIND_VARIABLE
from caqda.core.refi.report import PROJECT_NAMESPACE, QdpxError, QdpxReport, were
from caqda.core.refi.safe_xml import validate
from caqda.core.refi.selection_render import SelectionRenderer, SplitSelections
from caqda.core.refi.selection_xml import derived_guid, xsd_stamp


def _tag(name: str) -> str:
    return f"{{{PROJECT_NAMESPACE}}}{name}"


class _Writer:
    """Builds the ``Project`` element, counting characters it had to drop."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.dropped_characters = 0
        self.root = etree.Element(_tag("Project"), nsmap={None: PROJECT_NAMESPACE})
        self.coders = list_coders(project)
        self.coder_uuids = {coder.id: coder.uuid for coder in self.coders}
        self.memos = list_memos(project)
        self.memos_by_target: defaultdict[tuple[str, int | None], list[Memo]] = defaultdict(list)
        for memo in self.memos:
            self.memos_by_target[(memo.target_kind, memo.target_id)].append(memo)
        self.codes = list_codes(project)
        self.documents = list_documents(project)
        # The document kind travels as a Text variable, which other tools show as one more
        # attribute and caqda reads back as the kind (see import_plan.KIND_VARIABLE).
        with_turns = {row[0] for row in project.rows("SELECT DISTINCT document_id FROM speaker_turns")}
        self.attributes = {}
        for document in self.documents:
            values = attributes(project, document.id)
            if document.kind != ("interview" if document.id in with_turns else "other"):
                values[KIND_VARIABLE] = document.kind
            self.attributes[document.id] = values
        self.document_chars = {document.id: document.characters for document in self.documents}
        self.code_sets = list_code_sets(project)
        self.document_sets = _document_sets(project)
        self.variable_guids: dict[str, str] = {}
        for values in self.attributes.values():
            for name in values:
                self.variable_guids.setdefault(name, derived_guid("variable", name))
        self.codings = 0
        self.files: list[tuple[str, bytes]] = []  # memos written as files
        self.selected_documents: list[int] = []  # the documents whose selections are spliced in
        self.guid_problems: list[str] = []  # what the schema would say of the selections' GUIDs

    # -- elements ----------------------------------------------------------------------
    def text(self, value: str) -> str:
        cleaned, dropped = selection_xml.NOT_XML.subn("", value)
        self.dropped_characters += dropped
        return cleaned

    def sub(self, parent: etree._Element, tag: str, /, **attributes: str | None) -> etree._Element:
        element = etree.SubElement(parent, _tag(tag))
        for key, value in attributes.items():
            if value is not None:
                element.set(key, self.text(value))
        return element

    def sub_text(self, parent: etree._Element, tag: str, text: str) -> etree._Element:
        element = etree.SubElement(parent, _tag(tag))
        element.text = self.text(text)
        return element

    def note_refs(self, parent: etree._Element, kind: str, target_id: int | None) -> None:
        for memo in self.memos_by_target.get((kind, target_id), []):
            self.sub(parent, "NoteRef", targetGUID=memo.uuid)

    # -- the project, in the schema's order --------------------------------------------
    def write(self) -> etree._Element:
        root = self.root
        root.set("name", self.text(self.project.path.stem or "caqda project"))
        root.set("origin", f"caqda {caqda.__version__}")
        root.set("modifiedDateTime", xsd_stamp(now()) or "")
        if self.coders:
            users = self.sub(root, "Users")
            for coder in self.coders:
                self.sub(users, "User", guid=coder.uuid, name=coder.name)
        if self.codes:
            self.codebook()
        if self.variable_guids:
            variables = self.sub(root, "Variables")
            for name, variable_guid in self.variable_guids.items():
                self.sub(variables, "Variable", guid=variable_guid, name=name, typeOfVariable="Text")
        if self.documents:
            self.sources()
        if self.memos:
            notes = self.sub(root, "Notes")
            for memo in self.memos:
                self.note(notes, memo)
        if self.code_sets or self.document_sets:
            self.sets()
        self.note_refs(root, "project", None)
        return root

    def sets(self) -> None:
        code_uuids = {code.id: code.uuid for code in self.codes}
        sets = self.sub(self.root, "Sets")
        for code_set in self.code_sets:
            element = self.sub(sets, "Set", guid=code_set.uuid, name=code_set.name)
            if code_set.description:
                self.sub_text(element, "Description", code_set.description)
            for code_id in code_set.code_ids:
                self.sub(element, "MemberCode", targetGUID=code_uuids[code_id])
        document_uuids = {document.id: document.uuid for document in self.documents}
        for set_uuid, name, description, members in self.document_sets:
            element = self.sub(sets, "Set", guid=set_uuid, name=name)
            if description:
                self.sub_text(element, "Description", description)
            for document_id in members:
                if document_id in document_uuids:
                    self.sub(element, "MemberSource", targetGUID=document_uuids[document_id])

    def codebook(self) -> None:
        specs = code_specs(self.project)
        for spec in specs:
            for node in spec.walk():
                node.name = self.text(node.name)
                for field in ("definition", "when_to_use", "when_not_to_use", "example"):
                    setattr(node, field, self.text(getattr(node, field)))
        codes_element = self.sub(self.sub(self.root, "CodeBook"), "Codes")
        used_guids: set[str] = set()
        try:
            for spec in specs:
                append_code(codes_element, spec, used_guids)
        except CodebookError as error:
            message = str(error).replace("the codebook was not exported", "the project was not exported")
            raise QdpxError(message) from error
        elements = {element.get("guid"): element for element in codes_element.iter(_tag("Code"))}
        for code in self.codes:
            memos = self.memos_by_target.get(("code", code.id), [])
            element = elements[str(uuid.UUID(code.uuid))]
            # A Code holds its Description, then its NoteRefs, then its subcodes.
            index = 1 if len(element) and element[0].tag == _tag("Description") else 0
            for offset, memo in enumerate(memos):
                reference = etree.Element(_tag("NoteRef"))
                reference.set("targetGUID", memo.uuid)
                element.insert(index + offset, reference)

    def sources(self) -> None:
        counts = dict(self.project.rows("SELECT document_id, COUNT(*) FROM codings GROUP BY document_id"))
        self.guid_problems += (
            selection_xml.guid_problems((code.uuid for code in self.codes), "a code's uuid")
            + selection_xml.guid_problems(self.coder_uuids.values(), "a coder's uuid")
            + selection_xml.guid_problems(_odd_coding_uuids(self._codings_by_document), "a coding's uuid")
        )
        sources = self.sub(self.root, "Sources")
        for document in self.documents:
            file_name = f"{document.uuid}.txt"
            source = self.sub(
                sources,
                "TextSource",
                guid=document.uuid,
                name=document.name,
                plainTextPath=f"{INTERNAL_PREFIX}{file_name}",
                creationDateTime=xsd_stamp(document.imported_at),
            )
            codings = counts.get(document.id, 0)
            self.codings += codings
            if codings:
                # The selections are written as text while the file is written (selections),
                # in place of this comment: 300,000 of them must not be held in memory.
                placeholder = selection_xml.PLACEHOLDER.format(index=len(self.selected_documents))
                source.append(etree.Comment(placeholder))
                self.selected_documents.append(document.id)
            self.note_refs(source, "document", document.id)
            for name, value in self.attributes[document.id].items():
                holder = self.sub(source, "VariableValue")
                self.sub(holder, "VariableRef", targetGUID=self.variable_guids[name])
                self.sub_text(holder, "TextValue", value)

    def selection_renderer(self) -> SelectionRenderer:
        return SelectionRenderer(
            {code.id: selection_xml.attribute(code.uuid) for code in self.codes},
            {coder_id: selection_xml.attribute(guid) for coder_id, guid in self.coder_uuids.items()},
        )

    def selected_codings(self) -> list[list[tuple]]:
        """The codings of each document whose selections are spliced in, in that order (taken
        away from ``_codings_by_document``: held once)."""
        by_document = self._codings_by_document
        return [by_document.pop(document_id, []) for document_id in self.selected_documents]

    @functools.cached_property
    def _codings_by_document(self) -> dict[int, list[tuple]]:
        """Each document's codings as plain tuples ``(document_id, start, end, id, uuid, code_id,
        coder_id, memo, created_at, updated_at)``, read in table order when the coding uuids are
        checked, before anything is written; :meth:`selected_codings` takes them away. Reading
        a document's codings with a query each fetched rows from all over the table: twice as
        slow as one pass on the 50 MB project (300,000 codings)."""
        cursor = self.project.connection.cursor()
        cursor.row_factory = None
        columns = 'document_id, start, "end", id, uuid, code_id, coder_id, memo, created_at, updated_at'
        return grouped(cursor.execute(f"SELECT {columns} FROM codings"), 0)

    def source_files(self) -> Iterator[tuple[str, bytes]]:
        """Each document's text (read one at a time), then the memos written as files."""
        for document in self.documents:
            yield f"{document.uuid}.txt", document_utf8(self.project, document.id)
        yield from self.files

    def note(self, parent: etree._Element, memo: Memo) -> None:
        on_document = memo.target_kind == "document"
        file_name = f"{memo.uuid}.txt"
        note = self.sub(
            parent,
            "Note",
            guid=memo.uuid,
            name=memo.title or self.memo_name(memo),
            plainTextPath=None if on_document else f"{INTERNAL_PREFIX}{file_name}",
            creatingUser=None if memo.coder_id is None else self.coder_uuids.get(memo.coder_id),
            creationDateTime=xsd_stamp(memo.created_at),
            modifiedDateTime=xsd_stamp(memo.updated_at),
        )
        if not on_document:
            self.files.append((file_name, self.text(memo.text).encode("utf-8")))
            return
        text = self.text(memo.text)
        self.sub_text(note, "PlainTextContent", text)
        end = min(len(text), self.document_chars.get(memo.target_id or 0, 0))
        if end > 0:
            self.sub(
                note,
                "PlainTextSelection",
                guid=derived_guid("memo selection", memo.uuid),
                startPosition="0",
                endPosition=str(end),
            )

    def memo_name(self, memo: Memo) -> str:
        """A name for an untitled memo (QualCoder drops notes without one)."""
        if memo.target_kind == "code":
            names = {code.id: code.name for code in self.codes}
            return f"Memo on {names.get(memo.target_id or 0, 'a code')}"
        if memo.target_kind == "document":
            names = {document.id: document.name for document in self.documents}
            return f"Memo on {names.get(memo.target_id or 0, 'a document')}"
        return "Project memo"


def export_qdpx(project: Project, path: str | os.PathLike[str]) -> QdpxReport:
    """Write ``project`` to ``path`` as a .qdpx (an existing file there is replaced whole).

    Returns what was exported and, in words, what other programs will not see. Raises
    :class:`QdpxError` if the file cannot be written (or, a bug, if the result would break
    the schema).
    """
    # A large project's later documents' selections are rendered by a second process, started
    # now so that it loads while the project is read (selection_render).
    codings = project.scalar("SELECT COUNT(*) FROM codings")
    helper = start_helper(codings, selection_render.__name__, selection_render.HELPER_CODINGS)
    try:
        writer = _Writer(project)
        root = writer.write()
        # The codings' selections are placeholders here: their GUIDs were checked as written.
        problems = validate(root, "Project.xsd") + writer.guid_problems
        if problems:
            raise QdpxError(
                "caqda produced a project file that breaks the REFI-QDA schema, so it was not "
                f"exported. This is a bug in caqda; please report it. ({problems[0]})"
            )
        selections = SplitSelections(writer.selection_renderer(), writer.selected_codings(), helper)
        write_qdpx(
            path,
            selection_xml.spliced(root, selections),
            writer.source_files(),
            large=writer.codings * 2000 > zipfile.ZIP64_LIMIT,  # a selection takes about 500 bytes
        )
        writer.dropped_characters += selections.dropped_characters
    finally:
        if helper is not None:
            helper.close()
    return QdpxReport(
        documents=len(writer.documents),
        codes=len(writer.codes),
        coders=len(writer.coders),
        codings=writer.codings,
        memos=len(writer.memos),
        attributes=sum(len(values) for values in writer.attributes.values()),
        losses=_losses(project, writer)
        + target_losses(project, writer.code_sets, writer.memos)
        + [note for note in (pseudonymised_note(project),) if note],
    )


def _odd_coding_uuids(codings_by_document: dict[int, list[tuple]]) -> list[str]:
    """The first coding uuid (the rows' fifth value) the schema would not take as a GUID, if
    any. While all are in the form caqda writes (36 characters, hex digits and hyphens), that
    is seen at once in their joined bytes with every hex digit made "0", 20,000 at a time (0.05
    s for 300,000, against 0.2 s for the schema's pattern matched to each); otherwise each is
    matched."""
    rows = list(itertools.chain.from_iterable(codings_by_document.values()))
    for start in range(0, len(rows), _UUIDS_AT_ONCE):
        chunk = rows[start : start + _UUIDS_AT_ONCE]
        try:
            joined = "\n".join(map(itemgetter(4), chunk)).encode("ascii")
        except UnicodeEncodeError:
            joined = b""
        if joined.translate(_HEX_AS_ZERO) == b"\n".join([_ZERO_UUID] * len(chunk)):
            continue
        for row in chunk:
            if not selection_xml.GUID.fullmatch(row[4]):
                return [row[4]]
    return []


_UUIDS_AT_ONCE = 20_000
_HEX_AS_ZERO = bytes.maketrans(b"0123456789abcdefABCDEF", b"0" * 22)
_ZERO_UUID = b"00000000-0000-0000-0000-000000000000"


def _document_sets(project: Project) -> list[tuple[str, str, str, list[int]]]:
    """Document sets, where this project has them (they belong to the corpus work)."""
    from caqda.core.refi.project_import import _has_document_sets

    if not _has_document_sets(project.connection):
        return []
    members: defaultdict[int, list[int]] = defaultdict(list)
    for set_id, document_id in project.rows("SELECT set_id, document_id FROM document_set_members"):
        members[set_id].append(document_id)
    return [
        (row[1], row[2], row[3], members.get(row[0], []))
        for row in project.rows("SELECT id, uuid, name, description FROM document_sets ORDER BY id")
    ]


def _losses(project: Project, writer: _Writer) -> list[str]:
    losses = []
    if writer.documents:
        losses.append(
            "The names and formats of the files the documents were imported from are not part of "
            "REFI-QDA and were not exported; each document keeps its name."
        )
    if project.scalar("SELECT 1 FROM audit_events LIMIT 1"):
        losses.append(
            "The change history (who changed what, when) is not part of REFI-QDA and was not exported."
        )
    if writer.dropped_characters:
        losses.append(
            f"{were(writer.dropped_characters, 'control character', 'control characters')} left out "
            "of names, memos or attributes: XML files cannot hold them."
        )
    return losses
