"""From the records of a ``project.qde`` to the rows of a new caqda project.

Every decision about what another program's data becomes in caqda is taken here, and every
loss is put into words (see :mod:`caqda.core.refi.project_import` for the overview). The
plan holds rows whose references are indexes into its own lists; nothing touches a project
until :mod:`caqda.core.refi.project_import` writes the plan in one transaction.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import PurePosixPath

from lxml import etree

from caqda.core.codebook import PATH_SEPARATOR
from caqda.core.documents import PreparedText, prepare_text
from caqda.core.errors import CaqdaError
from caqda.core.importers import EXTRACTORS
from caqda.core.importers.social import structure_of_rendered
from caqda.core.importers.txt import PIECE_BYTES, decode_text, utf8_texts
from caqda.core.models import CodeSpec
from caqda.core.naming import unique_name
from caqda.core.project import new_uuid, now
from caqda.core.refi.archive import INTERNAL_PREFIX, QdpxArchive
from caqda.core.refi.codebook import normalise_colour, read_code_elements
from caqda.core.refi.import_cases import plan_cases
from caqda.core.refi.import_report import plan_sets, report_rest
from caqda.core.refi.offsets import Counting, SourceText, choose_counting
from caqda.core.refi.qde_read import (
    CodingRead,
    NoteRead,
    ProjectRead,
    SelectionRead,
    SourceRead,
    children,
    guid,
)
from caqda.core.refi.report import counted, were
from caqda.core.schema import DOCUMENT_KINDS


@dataclass
class PlannedCode:
    uuid: str
    parent: int | None
    name: str
    color: str
    fields: tuple[str, str, str, str]
    position: int
    codable: bool = True


KIND_VARIABLE = "Document kind"


@dataclass
class PlannedDocument:
    uuid: str
    name: str
    source: SourceText
    prepared: PreparedText
    attributes: dict[str, str]
    imported_at: str
    kind: str | None = None


@dataclass
class ImportPlan:
    """Rows for the new project; foreign keys are indexes into the lists here."""

    coders: list[tuple[str, str]] = field(default_factory=list)
    codes: list[PlannedCode] = field(default_factory=list)
    documents: list[PlannedDocument] = field(default_factory=list)
    # (uuid, document, code, coder, start, end, memo, created, updated)
    codings: list[tuple[str, int, int, int, int, int, str, str, str]] = field(default_factory=list)
    # (uuid, coder or None, target kind, target or None, title, text, created, updated)
    memos: list[tuple[str, int | None, str, int | None, str, str, str, str]] = field(default_factory=list)
    # (uuid, name, description, code indexes)
    code_sets: list[tuple[str, str, str, list[int]]] = field(default_factory=list)
    # (uuid, name, description, document indexes): kept only where the project has document sets
    document_sets: list[tuple[str, str, str, list[int]]] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


_CAQDA_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00")
# QualCoder 4 writes "2024-05-01T10:00:00+00:00Z": an offset and a Z, which the schema rejects.
_OFFSET_AND_Z = re.compile(r"([+-]\d\d:\d\d)Z$")


def _stamp(value: str | None) -> str | None:
    """An xsd:dateTime as caqda stores times (UTC, milliseconds), or None if unreadable."""
    if not value:
        return None
    if _CAQDA_STAMP.fullmatch(value):
        return value
    try:
        moment = datetime.fromisoformat(_OFFSET_AND_Z.sub(r"\1", value.strip()))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


class _Planner:
    """Turns the file's records into rows, deciding (and noting) everything on the way."""

    def __init__(self, read: ProjectRead, archive: QdpxArchive) -> None:
        self.read = read
        self.archive = archive
        self.plan = ImportPlan()
        self.stamp = now()
        self.coder_by_guid: dict[str, int] = {}
        self.coder_names: set[str] = set()
        self.used_uuids: set[str] = set()
        self.code_by_guid: dict[str, int] = {}
        self.document_by_guid: dict[str, int] = {}
        self.note_targets: defaultdict[str, list[tuple[str, int | None]]] = defaultdict(list)
        self.notes_in_codings: set[str] = set()
        self.unknown_users: list[str] = []
        self.renamed: list[str] = []
        self.origin = read.origin.lower()
        self.unknown_coder: int | None = None
        self.retyped: Counter[str] = Counter()
        self.values_without_variable = 0
        self.skipped_texts: list[str] = []
        self.lost_with_sources = 0
        self.rich_only = 0
        self.repaired_times = 0
        self.unreadable_times = 0
        self.external_texts: list[str] = []
        self.headers_left_as_text = 0

    def run(self) -> ImportPlan:
        for user_guid, name in self.read.users:
            self._add_coder(user_guid, name)
        self._plan_codes()
        sources = self._plan_documents()
        plan_cases(self)
        self._plan_codings(sources)
        self._plan_memos()
        plan_sets(self.plan, self.read.sets, self.code_by_guid, self.document_by_guid, self._uuid)
        report_rest(self)
        return self.plan

    def _time(self, value: str | None) -> str | None:
        """``_stamp`` of a time in the file, counting the ones that break the schema."""
        if not value:
            return None
        if _CAQDA_STAMP.fullmatch(value):  # caqda's own files: 60,000 of these must stay cheap
            return value
        stamp = _stamp(value)
        if stamp is None:
            self.unreadable_times += 1
        elif _OFFSET_AND_Z.search(value.strip()):
            self.repaired_times += 1
        return stamp

    # -- identities --------------------------------------------------------------------
    def _uuid(self, value: str | None) -> str:
        """The file's GUID if it is one and not used yet, else a new uuid."""
        if value is None or value in self.used_uuids:
            value = new_uuid()
        self.used_uuids.add(value)
        return value

    def _add_coder(self, user_guid: str | None, name: str) -> int:
        name = " ".join(name.split()) or f"User {len(self.plan.coders) + 1}"
        unique = unique_name(name, self.coder_names)
        if unique != name:
            self.renamed.append(f"the user '{name}' is the coder '{unique}'")
        index = len(self.plan.coders)
        self.plan.coders.append((self._uuid(user_guid), unique))
        if user_guid is not None:
            self.coder_by_guid.setdefault(user_guid, index)
        return index

    def _coder(self, *user_guids: str | None) -> int | None:
        """The coder of the first given user GUID; unlisted users become placeholder coders."""
        for user_guid in user_guids:
            if user_guid is None:
                continue
            if user_guid not in self.coder_by_guid:
                self.unknown_users.append(user_guid)
                self._add_coder(user_guid, f"Unknown user {user_guid[:8]}")
            return self.coder_by_guid[user_guid]
        return None

    def _unknown_coder(self) -> int:
        """The coder of codings whose file names no user at all."""
        if self.unknown_coder is None:
            self.unknown_coder = self._add_coder(None, "Unknown coder")
            self.plan.notes.append("Codings without a user in the file belong to the coder 'Unknown coder'.")
        return self.unknown_coder

    # -- codes -------------------------------------------------------------------------
    def _plan_codes(self) -> None:
        read = read_code_elements(self.read.code_elements, notes_read_elsewhere=True)
        self.plan.losses.extend(read.losses)
        self._add_codes(self.read.code_elements, read.codes, None)

    def _add_codes(self, elements: list[etree._Element], specs: list[CodeSpec], parent: int | None) -> None:
        sibling_names: set[str] = set()
        for position, (element, spec) in enumerate(zip(elements, specs, strict=True)):
            cleaned = " ".join(spec.name.split()).replace(PATH_SEPARATOR, " - ")
            name = unique_name(cleaned, sibling_names)
            if name != spec.name:
                self.renamed.append(f"the code '{spec.name}' is called '{name}'")
            index = len(self.plan.codes)
            self.plan.codes.append(
                PlannedCode(
                    uuid=self._uuid(spec.uuid),
                    parent=parent,
                    name=name,
                    color=normalise_colour(spec.color) or "#9e9e9e",
                    fields=(spec.definition, spec.when_to_use, spec.when_not_to_use, spec.example),
                    position=position,
                    codable=spec.codable,
                )
            )
            code_guid = guid(element.get("guid"))
            if code_guid is not None:
                self.code_by_guid.setdefault(code_guid, index)
            for note in children(element, "NoteRef"):
                note_guid = guid(note.get("targetGUID"))
                if note_guid is not None:
                    self.note_targets[note_guid].append(("code", index))
            self._add_codes(children(element, "Code"), spec.children, index)

    # -- documents and their attributes -------------------------------------------------
    def _plan_documents(self) -> list[tuple[SourceRead, int]]:
        """Documents for the sources that hold text; returns (source, document index) pairs."""
        variables = {v.guid: v for v in self.read.variables if v.guid is not None}
        names: set[str] = set()
        imported: list[tuple[SourceRead, int]] = []
        for source in self.read.sources:
            source_text = self._source_text(source)
            if source_text is None:
                self.skipped_texts.append(source.name or "unnamed")
                self.lost_with_sources += sum(len(s.codings) for s in source.selections)
                continue
            prepared = prepare_text(source_text.text)
            base_name = source.name or PurePosixPath(source.plain_path or "Untitled").stem or "Untitled"
            name = unique_name(" ".join(base_name.split()) or "Untitled", names)
            if name != base_name:
                self.renamed.append(f"the source '{base_name}' is the document '{name}'")
            attributes: dict[str, str] = {}
            for value in source.values:
                variable = variables.get(value.variable) if value.variable else None
                if variable is None or value.text is None:
                    self.values_without_variable += 1
                    continue
                if value.kind != "TextValue" or variable.kind != "Text":
                    self.retyped[f"{variable.name} ({variable.kind})"] += 1
                attributes[" ".join(variable.name.split()) or "Variable"] = self._value_text(value.text)
            kind = attributes.pop(KIND_VARIABLE, None)
            if kind not in DOCUMENT_KINDS:
                if kind is not None:
                    attributes[KIND_VARIABLE] = kind
                kind = None
            if not self.origin.startswith("caqda") and prepared.header:
                # Header lines ("Department: Nursing") are attributes only where they head an
                # interview; above social-media posts or notes they are text, and making
                # variables of them would send made-up data on to the next program.
                if kind in (None, "interview"):
                    attributes = {**prepared.header, **attributes}
                else:
                    self.headers_left_as_text += 1
            if kind == "social_media":  # its posts are known from the rendered lines
                structure = structure_of_rendered(prepared.text)
                if structure is not None:
                    prepared = prepare_text(prepared.text, paragraphs=structure[0], turns=structure[1])
            index = len(self.plan.documents)
            self.plan.documents.append(
                PlannedDocument(
                    uuid=self._uuid(source.guid),
                    name=name,
                    source=source_text,
                    prepared=prepared,
                    attributes=attributes,
                    imported_at=self._time(source.created) or self.stamp,
                    kind=kind,
                )
            )
            if source.guid is not None:
                self.document_by_guid.setdefault(source.guid, index)
            for note_guid in source.note_refs:
                self.note_targets[note_guid].append(("document", index))
            if source.description.strip():
                self._memo(self._coder(source.user), "document", index, "Description", source.description)
            imported.append((source, index))
        return imported

    def _source_text(self, source: SourceRead) -> SourceText | None:
        what = f"the source '{source.name or 'unnamed'}'"
        if source.plain_content is not None and not source.plain_path:
            return SourceText(source.plain_content)
        path = (source.plain_path or source.path or "").strip()
        if path.lower().startswith(INTERNAL_PREFIX):
            return SourceText(self._decoded([self.archive.read_internal(path, what)], source.name))
        if path and PurePosixPath(path.replace("\\", "/")).suffix.lower() in ("", ".txt", ".text"):
            data = self.archive.read_relative(path)
            if data is not None:
                return SourceText(self._decoded(data, source.name))
            self.external_texts.append(source.name or path)
            return None  # an external file: caqda reads nothing outside the archive
        rich = (source.rich_path or (path if path else "")).strip()
        suffix = PurePosixPath(rich).suffix.lower()
        if suffix in EXTRACTORS and suffix not in (".txt", ".text"):
            if rich.lower().startswith(INTERNAL_PREFIX):
                data: bytes | None = self.archive.read_internal(rich, what)
            else:
                data = self.archive.read_relative(rich)
            if data is None:
                return None
            extractor = importlib.import_module(f"caqda.core.importers.{EXTRACTORS[suffix]}")
            try:
                extracted = extractor.extract(data, source.name or rich)
            except CaqdaError:
                return None
            self.rich_only += 1
            return SourceText(extracted.text)
        return None

    def _decoded(self, data: bytes | list[bytes], name: str) -> str:
        """A source's text. Its bytes may be handed over in a list (emptied here): plain UTF-8 is
        then decoded a piece at a time and the bytes let go before the text is put together."""
        if isinstance(data, list):
            data = data.pop()
            if len(data) > PIECE_BYTES:
                view = memoryview(data)
                texts = utf8_texts(bytes(view[i : i + PIECE_BYTES]) for i in range(0, len(view), PIECE_BYTES))
                view.release()
                if texts is not None:
                    del data
                    text = "".join(texts)
                    del texts
                    return text
        try:
            return data.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass
        try:
            text, encoding = decode_text(data, name)
        except CaqdaError:
            return ""
        self.plan.losses.append(
            f"The text of '{name}' is not in UTF-8 as the standard requires; caqda read it as "
            f"{encoding}, so its coded passages may be shifted."
        )
        return text

    def _value_text(self, text: str) -> str:
        """A variable's value as an attribute: trimmed, except in caqda's own files."""
        return text if self.origin.startswith("caqda") else text.strip()

    # -- codings -----------------------------------------------------------------------
    def _plan_codings(self, sources: list[tuple[SourceRead, int]]) -> None:
        counting = self._counting(sources)
        outside = free = free_memos = unknown_codes = duplicates = whole = 0
        notes_by_guid = {note.guid: note for note in self.read.notes if note.guid is not None}
        seen: set[tuple[int, int, int, int, int, str]] = set()
        for source, document_index in sources:
            source_text = self.plan.documents[document_index].source
            length = len(source_text.text)
            entries: list[tuple[SelectionRead | None, CodingRead, tuple[int, int] | None]] = []
            for selection in source.selections:
                if not selection.codings:
                    free += 1
                    free_memos += bool(selection.description.strip())
                    continue
                span = None
                if selection.start is not None and selection.end is not None:
                    span = source_text.span(selection.start, selection.end, counting)
                if span is None:
                    outside += len(selection.codings)
                    continue
                entries.extend((selection, coding, span) for coding in selection.codings)
            for coding in source.whole_codings:
                whole += 1
                entries.append((None, coding, (0, length)))
            for selection, coding, (start, end) in entries:
                code = self.code_by_guid.get(coding.code) if coding.code else None
                if code is None:
                    unknown_codes += 1
                    continue
                coder = self._coder(
                    coding.user, selection.user if selection else None, source.user, self.read.user
                )
                if coder is None:
                    coder = self._unknown_coder()
                memo = self._coding_memo(selection, coding, notes_by_guid)
                # Other programs repeat identical codings (NVivo writes one selection per
                # coding); caqda's own files keep every coding it had.
                key = (document_index, code, coder, start, end, memo)
                if key in seen and not self.origin.startswith("caqda"):
                    duplicates += 1
                    continue
                seen.add(key)
                created = self._time(coding.created) or (self._time(selection.created) if selection else None)
                created = created or self.stamp
                updated = (self._time(selection.modified) if selection else None) or created
                self.plan.codings.append(
                    (self._uuid(coding.guid), document_index, code, coder, start, end, memo, created, updated)
                )
        if whole:
            self.plan.notes.append(
                f"{were(whole, 'coding', 'codings')} of a whole source; each codes its "
                "document's entire text."
            )
        if outside:
            self.plan.losses.append(
                f"{were(outside, 'coding', 'codings')} not imported: the selected passage lies "
                "outside its document's text, or covers only spaces."
            )
        if free:
            memo_part = f" ({counted(free_memos, 'with a comment', 'with comments')})" if free_memos else ""
            self.plan.losses.append(
                f"{were(free, 'selection without a code', 'selections without a code')} not imported"
                f"{memo_part}: caqda keeps only coded passages."
            )
        if unknown_codes:
            self.plan.losses.append(
                f"{were(unknown_codes, 'coding', 'codings')} not imported: the code referred to "
                "is not in the codebook."
            )
        if duplicates:
            self.plan.notes.append(
                f"{were(duplicates, 'coding', 'codings')} left out as exact repeats (same "
                "passage, code, coder and memo)."
            )
        if self.lost_with_sources:
            self.plan.losses.append(
                f"{were(self.lost_with_sources, 'coding', 'codings')} not imported with the "
                "sources that hold no text."
            )

    def _counting(self, sources: list[tuple[SourceRead, int]]) -> Counting:
        if self.origin.startswith("caqda"):
            return Counting.CODE_POINTS
        preferred = Counting.CODE_POINTS
        if "nvivo" in self.origin:
            preferred = Counting.UTF16
        elif "atlas" in self.origin:
            preferred = Counting.CODE_POINTS_CRLF_AS_ONE
        selections = [
            (self.plan.documents[index].source, selection.start, selection.end)
            for source, index in sources
            for selection in source.selections
            if selection.start is not None and selection.end is not None and selection.codings
        ]
        choice = choose_counting(selections, preferred)
        if choice.counting is not Counting.CODE_POINTS and choice.deciding:
            writer = self.read.origin or "the program that wrote it"
            self.plan.notes.append(
                f"{writer[:1].upper()}{writer[1:]} counted text positions in {choice.counting.value}, "
                "where the standard counts every character; caqda converted them (checked on where "
                f"{counted(choice.deciding, 'selection', 'selections')} start and end)."
            )
        return choice.counting

    def _coding_memo(
        self, selection: SelectionRead | None, coding: CodingRead, notes_by_guid: dict[str, NoteRead]
    ) -> str:
        parts = [selection.description] if selection and selection.description.strip() else []
        for note_guid in [*(selection.note_refs if selection else []), *coding.note_refs]:
            note = notes_by_guid.get(note_guid)
            if note is not None:
                self.notes_in_codings.add(note_guid)
                text = self._note_text(note)
                if text.strip():
                    parts.append(text)
        return "\n\n".join(parts)

    # -- memos -------------------------------------------------------------------------
    def _memo(
        self,
        coder: int | None,
        kind: str,
        target: int | None,
        title: str,
        text: str,
        *,
        memo_guid: str | None = None,
        created: str | None = None,
        modified: str | None = None,
    ) -> None:
        created = self._time(created) or self.stamp
        self.plan.memos.append(
            (
                self._uuid(memo_guid),
                coder,
                kind,
                target,
                title,
                text,
                created,
                self._time(modified) or created,
            )
        )

    def _note_text(self, note: NoteRead) -> str:
        if note.content is not None:
            return note.content
        path = (note.plain_path or "").strip()
        if path.lower().startswith(INTERNAL_PREFIX):
            data = self.archive.read_internal(path, f"the note '{note.name or 'unnamed'}'")
            return self._decoded(data, note.name or "note")
        relative = self.archive.read_relative(path) if path else None
        return "" if relative is None else self._decoded(relative, note.name or "note")

    def _memo_title(self, name: str, kind: str, target: int | None) -> str:
        """The note's name, except the name caqda gives an untitled memo (QualCoder needs one)."""
        if not self.origin.startswith("caqda"):
            return name
        if kind == "project":
            generated = "Project memo"
        elif target is None:
            return name
        else:
            owner = self.plan.codes[target].name if kind == "code" else self.plan.documents[target].name
            generated = f"Memo on {owner}"
        return "" if name == generated else name

    def _plan_memos(self) -> None:
        for note_guid in self.read.project_note_refs:
            self.note_targets[note_guid].append(("project", None))
        coded_notes = 0
        for note in self.read.notes:
            targets = self.note_targets.get(note.guid, []) if note.guid else []
            if not targets and note.guid in self.notes_in_codings:
                continue
            coded_notes += note.selections
            coder = self._coder(note.user)
            for index, (kind, target) in enumerate(targets or [("project", None)]):
                memo_guid = note.guid if index == 0 else None
                self._memo(
                    coder,
                    kind,
                    target,
                    self._memo_title(note.name, kind, target),
                    self._note_text(note),
                    memo_guid=memo_guid,
                    created=note.created,
                    modified=note.modified,
                )
        if self.read.description.strip():
            self._memo(None, "project", None, "Project description", self.read.description)
        if coded_notes:
            self.plan.losses.append(
                f"{were(coded_notes, 'coded passage inside notes', 'coded passages inside notes')} "
                "not imported: caqda codes documents, not memos."
            )


def plan_import(read: ProjectRead, archive: QdpxArchive) -> ImportPlan:
    """The rows for a new project holding ``read``; texts and notes are read from ``archive``.

    Raises :class:`~caqda.core.refi.report.QdpxError` if a text file the project refers to
    is missing from the archive.
    """
    return _Planner(read, archive).run()
