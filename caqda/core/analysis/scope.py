"""The one query layer under every analysis: which codings, documents and text a question is
about, read from the project once and kept in memory for the question's duration.

A :class:`Filters` names coders, documents, document attributes (``Department=Nursing``) and
speakers; :class:`Scope` resolves those names (with a clear message for an unknown one) and
hands out codings, code paths, document texts and units (sentences, paragraphs, turns), each
loaded on first use. Offsets are code points, ``[start, end)``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from caqda.core import coders as coders_module
from caqda.core import documents as documents_module
from caqda.core.analysis import intervals
from caqda.core.analysis.intervals import Runs
from caqda.core.errors import CaqdaError, NotFoundError
from caqda.core.filters import where_in
from caqda.core.project import Project

UNITS = ("character", "sentence", "paragraph", "turn", "document")
PATH_SEPARATOR = " › "


class AnalysisError(CaqdaError):
    """An analysis was asked for something the project cannot answer (unknown attribute...)."""


@dataclass(frozen=True)
class Filters:
    """Restrictions shared by queries and tables; None means no restriction."""

    coders: tuple[str, ...] | None = None
    documents: tuple[str, ...] | None = None
    where: tuple[str, ...] = ()
    speakers: tuple[str, ...] | None = None

    @classmethod
    def of(
        cls,
        *,
        coders: list[str] | tuple[str, ...] | None = None,
        documents: list[str] | tuple[str, ...] | None = None,
        where: list[str] | tuple[str, ...] | None = None,
        speakers: list[str] | tuple[str, ...] | None = None,
    ) -> Filters:
        return cls(
            tuple(coders) if coders else None,
            tuple(documents) if documents else None,
            tuple(where or ()),
            tuple(speakers) if speakers else None,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "coders": list(self.coders) if self.coders else None,
            "documents": list(self.documents) if self.documents else None,
            "where": list(self.where),
            "speakers": list(self.speakers) if self.speakers else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Filters:
        return cls.of(
            coders=data.get("coders"),
            documents=data.get("documents"),
            where=data.get("where"),
            speakers=data.get("speakers"),
        )

    def describe(self) -> list[str]:
        """One line per restriction, for method notes and export headers."""
        lines = []
        if self.coders:
            lines.append("coders: " + ", ".join(self.coders))
        if self.documents:
            lines.append("documents: " + ", ".join(self.documents))
        lines.extend(f"where {condition}" for condition in self.where)
        if self.speakers:
            lines.append("speakers: " + ", ".join(self.speakers))
        return lines


@dataclass(frozen=True)
class CodeInfo:
    id: int
    name: str
    parent_id: int | None
    color: str
    path: str  # "Parent › Child"
    top_id: int  # the top-level ancestor (the sphere in the value-sphere codebook)
    depth: int


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    name: str
    kind: str
    characters: int
    attributes: dict[str, str] = field(default_factory=dict)


class CodeTree:
    """Every code with its path, children and top-level ancestor, in codebook order."""

    def __init__(self, project: Project) -> None:
        rows = project.rows("SELECT id, name, parent_id, color, position FROM codes")
        children: dict[int | None, list[Any]] = {}
        for row in rows:
            children.setdefault(row["parent_id"], []).append(row)
        self.codes: dict[int, CodeInfo] = {}
        self.children: dict[int, list[int]] = {}

        def visit(parent: CodeInfo | None) -> None:
            key = parent.id if parent else None
            for row in sorted(children.get(key, []), key=lambda r: (r["position"], r["id"])):
                path = f"{parent.path}{PATH_SEPARATOR}{row['name']}" if parent else row["name"]
                info = CodeInfo(
                    row["id"],
                    row["name"],
                    row["parent_id"],
                    row["color"],
                    path,
                    parent.top_id if parent else row["id"],
                    parent.depth + 1 if parent else 0,
                )
                self.codes[info.id] = info
                if parent is not None:
                    self.children.setdefault(parent.id, []).append(info.id)
                visit(info)

        visit(None)

    def ordered(self) -> list[CodeInfo]:
        return list(self.codes.values())

    def subtree(self, code_id: int) -> list[int]:
        found = [code_id]
        for child in self.children.get(code_id, []):
            found.extend(self.subtree(child))
        return found

    def top_level(self) -> list[CodeInfo]:
        return [code for code in self.codes.values() if code.parent_id is None]

    def spheres(self) -> list[CodeInfo]:
        """The value spheres: top-level codes named "... sphere" when there are any (so the
        "Interaction type" branch of the study's codebook stays out), else every top-level code."""
        named = [code for code in self.top_level() if "sphere" in code.name.casefold()]
        return named or self.top_level()

    def lookup(self, name: str) -> list[CodeInfo]:
        """Codes matching a name or a path (``Parent › Child`` or ``Parent/Child``), ignoring case."""
        parts = [p.strip().casefold() for p in name.replace("›", "/").split("/") if p.strip()]
        if not parts:
            return []
        found = []
        for code in self.codes.values():
            if code.name.casefold() != parts[-1]:
                continue
            path = [p.strip().casefold() for p in code.path.split("›")]
            if path[-len(parts) :] == parts:
                found.append(code)
        return found


class Scope:
    """The codings, documents and texts one analysis may use, after the filters."""

    def __init__(self, project: Project, filters: Filters | None = None) -> None:
        self.project = project
        self.filters = filters or Filters()
        self.tree = CodeTree(project)
        self.coder_names = {row[0]: row[1] for row in project.rows("SELECT id, name FROM coders")}
        self.coder_ids = (
            None
            if self.filters.coders is None
            else tuple(coders_module.find_coder(project, name).id for name in self.filters.coders)
        )
        self.documents = self._documents()
        self.speakers = (
            None if self.filters.speakers is None else self._resolve_speakers(self.filters.speakers)
        )
        self._texts: dict[int, str] = {}
        self._units: dict[tuple[int, str], Runs] = {}
        self._turns: dict[int, list[tuple[int, int, str, str | None]]] = {}
        self._turn_starts: dict[int, list[int]] = {}
        self._restricted = False
        self._all_codings: list[tuple[int, int, int, int, int, int]] | None = None

    # -- documents ---------------------------------------------------------------------
    def _documents(self) -> dict[int, DocumentInfo]:
        attributes: dict[int, dict[str, str]] = {}
        for row in self.project.rows(
            "SELECT document_id, name, value FROM document_attributes ORDER BY rowid"
        ):
            attributes.setdefault(row[0], {})[row[1]] = row[2]
        wanted = (
            None
            if self.filters.documents is None
            else {documents_module.find_document(self.project, name).id for name in self.filters.documents}
        )
        conditions = [_condition(text) for text in self.filters.where]
        known = {name.casefold(): name for values in attributes.values() for name in values}
        for name, _ in conditions:
            if name.casefold() not in known:
                listed = ", ".join(sorted(set(known.values()))) or "none"
                raise AnalysisError(
                    f"No document has an attribute called '{name}' (attributes in this project: {listed})."
                )
        found: dict[int, DocumentInfo] = {}
        for row in self.project.rows(
            "SELECT id, name, kind, characters FROM documents ORDER BY position, id"
        ):
            if wanted is not None and row[0] not in wanted:
                continue
            values = attributes.get(row[0], {})
            folded = {k.casefold(): v.strip().casefold() for k, v in values.items()}
            if all(folded.get(name.casefold()) == value.casefold() for name, value in conditions):
                found[row[0]] = DocumentInfo(row[0], row[1], row[2], row[3], values)
        return found

    def _resolve_speakers(self, names: tuple[str, ...]) -> frozenset[str]:
        known = {
            row[0].casefold(): row[0]
            for row in self.project.rows("SELECT DISTINCT speaker FROM speaker_turns")
        }
        missing = [name for name in names if name.strip().casefold() not in known]
        if missing:
            raise NotFoundError(
                f"No speaker called {', '.join(repr(n) for n in missing)} speaks in this project."
            )
        return frozenset(name.strip().casefold() for name in names)

    def text(self, document_id: int) -> str:
        if document_id not in self._texts:
            self._texts[document_id] = documents_module.document_text(self.project, document_id)
        return self._texts[document_id]

    # -- codings -----------------------------------------------------------------------
    def codings(self, code_ids: list[int] | None = None) -> list[tuple[int, int, int, int, int, int]]:
        """``(id, document_id, code_id, coder_id, start, end)`` of the codings in scope, in no
        particular order. With a speaker filter a coding counts when it starts in a turn of
        one of those speakers. Every coding in scope is read once and kept."""
        if code_ids is None and self._all_codings is not None:
            return self._all_codings
        where, parameters = where_in(
            (
                ("code_id", code_ids),
                ("coder_id", self.coder_ids),
                ("document_id", list(self.documents) if self._filters_documents() else None),
            )
        )
        cursor = self.project.connection.execute(
            f'SELECT id, document_id, code_id, coder_id, start, "end" FROM codings {where}', parameters
        )
        cursor.row_factory = None  # plain tuples: a Row per coding costs more than the query
        rows = cursor.fetchall()
        if self._filters_documents():
            documents = self.documents
            rows = [row for row in rows if row[1] in documents]
        if self.speakers is not None:
            self.preload_turns()
            rows = [
                row for row in rows if (self.speaker_at(row[1], row[4]) or "").casefold() in self.speakers
            ]
        return rows  # type: ignore[return-value]

    def _filters_documents(self) -> bool:
        return self.filters.documents is not None or bool(self.filters.where) or self._restricted

    def only_kind(self, kind: str) -> Scope:
        """Keep only documents of this kind (e.g. the interviews), unless none is of it."""
        chosen = {key: info for key, info in self.documents.items() if info.kind == kind}
        if chosen:
            self.documents = chosen
            self._restricted = True
            self._all_codings = None
        return self

    # -- units and speakers ------------------------------------------------------------
    def turns(self, document_id: int) -> list[tuple[int, int, str, str | None]]:
        """``(start, end, speaker, timestamp)`` of the document's turns in order."""
        if document_id not in self._turns:
            self._turns[document_id] = [
                (row[0], row[1], row[2], row[3])
                for row in self.project.rows(
                    'SELECT start, "end", speaker, timestamp FROM speaker_turns WHERE document_id = ? '
                    "ORDER BY ordinal",
                    (document_id,),
                )
            ]
        return self._turns[document_id]

    def preload_turns(self) -> None:
        """Read every document's turns in one query (tables look up a speaker per coding)."""
        missing = [d for d in self.documents if d not in self._turns]
        if not missing:
            return
        wanted = set(missing)
        for document_id in missing:
            self._turns[document_id] = []
        cursor = self.project.connection.execute(
            'SELECT document_id, start, "end", speaker, timestamp FROM speaker_turns '
            "ORDER BY document_id, ordinal"
        )
        cursor.row_factory = None  # plain tuples: 50,000 turns read in a blink
        for row in cursor.fetchall():
            if row[0] in wanted:
                self._turns[row[0]].append((row[1], row[2], row[3], row[4]))

    def speaker_at(self, document_id: int, offset: int) -> str | None:
        """The speaker whose turn holds ``offset`` (None outside any turn)."""
        turns = self.turns(document_id)
        if document_id not in self._turn_starts:
            self._turn_starts[document_id] = [t[0] for t in turns]
        index = bisect.bisect_right(self._turn_starts[document_id], offset) - 1 if turns else -1
        if index >= 0 and offset < turns[index][1]:
            return turns[index][2]
        return None

    def units(self, document_id: int, unit: str) -> Runs:
        """The document cut into ``unit`` spans (sorted, disjoint); characters: the whole text."""
        key = (document_id, unit)
        if key not in self._units:
            length = self.documents[document_id].characters
            if unit in ("character", "document"):
                spans = [(0, length)]
            elif unit == "turn":
                spans = [(t[0], t[1]) for t in self.turns(document_id)] or [(0, length)]
            else:
                paragraphs = [
                    (row[0], row[1])
                    for row in self.project.rows(
                        'SELECT start, "end" FROM paragraphs WHERE document_id = ? ORDER BY ordinal',
                        (document_id,),
                    )
                ]
                if unit == "sentence":
                    from caqda.core.agreement.sentences import sentence_spans

                    spans = sentence_spans(self.text(document_id), paragraphs)
                else:
                    spans = paragraphs
            self._units[key] = [span for span in spans if span[1] > span[0]]
        return self._units[key]

    def universe(self, document_id: int, unit: str) -> Runs:
        """Every character a query may return in this document: the whole text (or its units),
        within the chosen speakers' turns when speakers are filtered."""
        runs = intervals.normalise(self.units(document_id, unit))
        if self.speakers is not None:
            spoken = [(t[0], t[1]) for t in self.turns(document_id) if t[2].casefold() in self.speakers]
            runs = intervals.intersection(runs, intervals.normalise(spoken))
        return runs

    def coder_name(self, coder_id: int) -> str:
        return self.coder_names.get(coder_id, "?")


def _condition(text: str) -> tuple[str, str]:
    name, sign, value = text.partition("=")
    if not sign or not name.strip():
        raise AnalysisError(f"'{text}' is not a condition on an attribute; write it as Name=Value.")
    return name.strip(), value.strip()
