"""Adjudication: settle two coders' disagreements on a code into a consensus coder's codings.

The disagreements are the agreement engine's own list (character or segment unit), so the
supervisor settles exactly what the agreement window shows. Each decision takes coder A's
segments, B's, both (their union), neither, or ranges adjusted by hand; agreements can be
accepted in bulk. The consensus codings belong to a coder ("Consensus" by default) marked as
a consensus coder, and each records its provenance. A decision is stored keyed by the two
coders, the code, the document and the stretch, so the progress survives closing the project
and a second decision on the same stretch replaces the first.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from caqda.core import audit, codebook, coders, documents
from caqda.core.agreement.corpus import AgreementCorpus, CorpusCode, CorpusDocument, build_corpus
from caqda.core.agreement.disagreements import Disagreement, disagreements
from caqda.core.agreement.intervals import Span, clusters, merge_intervals, spans_within
from caqda.core.agreement.options import ReportOptions
from caqda.core.coding import add_coding, coding_by_uuid, remove_coding, restore_coding
from caqda.core.errors import CodingError, NotFoundError
from caqda.core.models import Code, Coder, Coding
from caqda.core.project import Project, new_uuid, now

TAKES = ("a", "b", "both", "none")
DECISIONS = (*TAKES, "hand", "agreement")
CONSENSUS = "Consensus"
ADJUDICATION_UNITS = ("character", "segment")


@dataclass(frozen=True)
class Scope:
    """Who is compared, on which code, under which unit, and who holds the consensus."""

    coder_a: Coder
    coder_b: Coder
    code: Code
    code_path: str
    consensus: Coder
    unit: str = "character"
    tolerance: float = 0.9

    def options(self) -> ReportOptions:
        return ReportOptions(
            coders=(self.coder_a.name, self.coder_b.name),
            unit=self.unit,
            tolerance=self.tolerance,
            codes=(self.code_path,),
            bootstrap_samples=0,
        )


@dataclass(frozen=True)
class Provenance:
    coding_uuid: str
    origin: str
    source_codings: tuple[str, ...]
    source_coders: tuple[str, ...]


@dataclass(frozen=True)
class Settled:
    """A settled stretch as stored, with its consensus codings: what an undo puts back."""

    row: dict[str, Any]
    codings: tuple[Coding, ...] = ()
    provenance: tuple[Provenance, ...] = field(default_factory=tuple)


def scope(
    project: Project,
    coder_a: str,
    coder_b: str,
    code: str,
    *,
    consensus: str = CONSENSUS,
    unit: str = "character",
    tolerance: float = 0.9,
    create: bool = True,
) -> Scope:
    """Resolve names into a :class:`Scope`; the consensus coder is created (and marked) if new,
    unless ``create`` is False (for reading the progress before any decision)."""
    if unit not in ADJUDICATION_UNITS:
        raise CodingError(
            f"Disagreements can be settled at the character or segment unit, not '{unit}': a consensus "
            "is made of coded passages."
        )
    first, second = coders.find_coder(project, coder_a), coders.find_coder(project, coder_b)
    if first.id == second.id:
        raise CodingError("Choose two different coders to settle their disagreements.")
    found = codebook.find_code(project, code)
    if consensus.strip().casefold() in (first.name.casefold(), second.name.casefold()):
        raise CodingError("The consensus needs a coder of its own, not one of the two compared.")
    if create:
        holder = ensure_consensus_coder(project, consensus)
    else:
        try:
            holder = coders.find_coder(project, consensus)
        except NotFoundError:
            holder = Coder(-1, "", consensus.strip())
    return Scope(first, second, found, codebook.code_path(project, found), holder, unit, tolerance)


def ensure_consensus_coder(project: Project, name: str = CONSENSUS) -> Coder:
    holder = coders.ensure_coder(project, name)
    if not is_consensus_coder(project, holder.id):
        with project.transaction() as connection:
            connection.execute("INSERT INTO consensus_coders(coder_id) VALUES (?)", (holder.id,))
            audit.record(project, "mark consensus coder", "coder", holder.uuid, after={"consensus": True})
    return holder


def is_consensus_coder(project: Project, coder_id: int) -> bool:
    return project.scalar("SELECT 1 FROM consensus_coders WHERE coder_id = ?", (coder_id,)) is not None


def list_disagreements(project: Project, where: Scope) -> list[Disagreement]:
    """The disagreements of the two coders on the code, in document order (numbered from 1 by
    the CLI and shown in this order by the agreement window): the engine's own list, from a
    corpus holding only what that list looks at (see :func:`scope_corpus`)."""
    return disagreements(scope_corpus(project, where), where.options(), where.code_path)


def scope_corpus(project: Project, where: Scope) -> AgreementCorpus:
    """The agreement corpus of the two coders, reduced to what one code's disagreements need:
    that code's codings, and of the other codes only the codings that overlap a stretch where
    the code was coded (they decide "different code"). The full corpus reads and merges every
    coding of the project; this one gives the same disagreements in a fraction of the time."""
    paths: dict[int, str] = {}
    corpus_codes = []
    for code in codebook.list_codes(project):  # tree order: parents before their children
        parent = paths.get(code.parent_id) if code.parent_id is not None else None
        paths[code.id] = f"{parent}{codebook.PATH_SEPARATOR}{code.name}" if parent else code.name
        corpus_codes.append(CorpusCode(paths[code.id], code.name, parent))
    records = documents.list_documents(project)
    names = {record.id: record.name for record in records}
    coder_names = {where.coder_a.id: where.coder_a.name, where.coder_b.id: where.coder_b.name}
    rows = project.rows(
        'SELECT document_id, code_id, coder_id, start, "end" FROM codings WHERE coder_id IN (?, ?) '
        "ORDER BY document_id, start",
        (where.coder_a.id, where.coder_b.id),
    )
    own: dict[int, list[Span]] = {}
    for document_id, code_id, _coder, start, end in rows:
        if code_id == where.code.id:
            own.setdefault(document_id, []).append((start, end))
    stretches = {document_id: merge_intervals(spans) for document_id, spans in own.items()}
    starts = {document_id: [span[0] for span in spans] for document_id, spans in stretches.items()}
    raw = []
    for document_id, code_id, coder_id, start, end in rows:
        if code_id != where.code.id:
            spans = stretches.get(document_id)
            if not spans:
                continue
            position = bisect_right(starts[document_id], start) - 1
            if not (
                (position >= 0 and spans[position][1] > start)
                or (position + 1 < len(spans) and spans[position + 1][0] < end)
            ):
                continue
        raw.append((names[document_id], paths[code_id], coder_names[coder_id], start, end))
    corpus_documents = [CorpusDocument(record.name, record.characters) for record in records]
    return build_corpus(
        [where.coder_a.name, where.coder_b.name], corpus_documents, raw, corpus_codes, (where.code_path,)
    )


# -- deciding ------------------------------------------------------------------------------------
def settle(
    project: Project,
    where: Scope,
    item: Disagreement,
    take: str,
    ranges: list[Span] | None = None,
) -> Settled | None:
    """Settle one disagreement: ``take`` is a, b, both, none, or hand (with ``ranges``).
    Returns what the stretch held before (None if it was unsettled), for :func:`restore`."""
    if take not in (*TAKES, "hand"):
        raise CodingError(f"Take one of {', '.join(TAKES)}, or adjust the range by hand; not '{take}'.")
    document = documents.find_document(project, item.document)
    if take == "hand":
        if not ranges:
            raise CodingError("An adjusted decision needs at least one range.")
        for start, end in ranges:
            if not 0 <= start < end <= document.characters:
                raise CodingError(
                    f"The range {start}–{end} is not inside '{document.name}' (0–{document.characters})."
                )
    sides = {side.coder: side.segments for side in item.coders}
    spans_a, spans_b = sides.get(where.coder_a.name, ()), sides.get(where.coder_b.name, ())
    if take == "a":
        chosen = list(spans_a)
    elif take == "b":
        chosen = list(spans_b)
    elif take == "both":
        chosen = list(merge_intervals([*spans_a, *spans_b]))
    elif take == "none":
        chosen = []
    else:
        chosen = list(merge_intervals(ranges or []))
    with project.transaction():
        previous = _remove_settlement(project, where, document.uuid, item.start, item.end)
        _write_settlement(project, where, document, item.start, item.end, take, chosen)
    return previous


def accept_agreements(project: Project, where: Scope) -> list[str]:
    """Accept every stretch where the two coders agree on the code (and which is not settled
    yet) as consensus codings (the union of their segments there: identical at the character
    unit, within the tolerance at the segment unit); returns the new settlements' uuids (for
    :func:`withdraw`)."""
    options = where.options()
    corpus = scope_corpus(project, where)
    disputed = {
        (item.document, item.start, item.end) for item in disagreements(corpus, options, where.code_path)
    }
    key = corpus.code(where.code_path).key
    settled = _settled_keys(project, where)
    by_name = {document.name: document for document in documents.list_documents(project)}
    created: list[str] = []
    with project.transaction():
        for corpus_document in corpus.documents:
            spans = corpus.coder_spans(corpus_document.name, key)
            document = by_name[corpus_document.name]
            for stretch in clusters(spans):
                if (corpus_document.name, *stretch) in disputed or (document.uuid, *stretch) in settled:
                    continue
                chosen = list(merge_intervals([span for own in spans for span in spans_within(own, stretch)]))
                created.append(
                    _write_settlement(project, where, document, stretch[0], stretch[1], "agreement", chosen)
                )
    return created


def withdraw(project: Project, adjudication_uuids: list[str]) -> None:
    """Undo settlements: remove them and their consensus codings (the undo of accepting)."""
    with project.transaction() as connection:
        for adjudication_uuid in adjudication_uuids:
            for row in project.rows(
                "SELECT coding_uuid FROM consensus_provenance WHERE adjudication_uuid = ?",
                (adjudication_uuid,),
            ):
                coding = coding_by_uuid(project, row[0])
                if coding is not None:
                    remove_coding(project, coding.id)
            connection.execute(
                "DELETE FROM consensus_provenance WHERE adjudication_uuid = ?", (adjudication_uuid,)
            )
            connection.execute("DELETE FROM adjudications WHERE uuid = ?", (adjudication_uuid,))
            audit.record(project, "withdraw settlement", "adjudication", adjudication_uuid)


def restore(
    project: Project, where: Scope, document_name: str, start: int, end: int, previous: Settled | None
) -> None:
    """Put a stretch back as it was before :func:`settle` (unsettled when ``previous`` is None)."""
    document = documents.find_document(project, document_name)
    with project.transaction() as connection:
        _remove_settlement(project, where, document.uuid, start, end)
        if previous is None:
            return
        row = previous.row
        columns = ", ".join(f'"{name}"' for name in row)
        connection.execute(
            f"INSERT INTO adjudications({columns}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
        )
        for coding in previous.codings:
            restore_coding(project, coding)
        for item in previous.provenance:
            _insert_provenance(project, row["uuid"], item)
        audit.record(
            project, "restore settlement", "adjudication", row["uuid"], after={"decision": row["decision"]}
        )


# -- reading -------------------------------------------------------------------------------------
def decision_of(project: Project, where: Scope, item: Disagreement) -> str | None:
    """How a disagreement was settled (a, b, both, none, hand), or None while it is open."""
    document = documents.find_document(project, item.document)
    return project.scalar(
        "SELECT decision FROM adjudications WHERE coder_a = ? AND coder_b = ? AND code_uuid = ? "
        'AND document_uuid = ? AND start = ? AND "end" = ?',
        (where.coder_a.uuid, where.coder_b.uuid, where.code.uuid, document.uuid, item.start, item.end),
    )


def progress(project: Project, where: Scope, items: list[Disagreement] | None = None) -> tuple[int, int]:
    """(settled, total) disagreements of the scope: "37 of 112 disagreements settled"."""
    items = list_disagreements(project, where) if items is None else items
    settled = _settled_keys(project, where)
    uuids = {document.name: document.uuid for document in documents.list_documents(project)}
    done = sum((uuids.get(item.document), item.start, item.end) in settled for item in items)
    return done, len(items)


def provenance(project: Project, coding_uuid: str) -> Provenance | None:
    row = project.connection.execute(
        "SELECT coding_uuid, origin, source_codings, source_coders FROM consensus_provenance "
        "WHERE coding_uuid = ?",
        (coding_uuid,),
    ).fetchone()
    if row is None:
        return None
    return Provenance(row[0], row[1], tuple(json.loads(row[2])), tuple(json.loads(row[3])))


def consensus_codings(project: Project, where: Scope) -> list[Coding]:
    """The consensus coder's codings of the scope's code, in document order."""
    from caqda.core.coding import CodingFilter, list_codings

    return list_codings(project, CodingFilter(code_ids=(where.code.id,), coder_ids=(where.consensus.id,)))


# -- storage -------------------------------------------------------------------------------------
def _settled_keys(project: Project, where: Scope) -> set[tuple[str, int, int]]:
    return {
        (row[0], row[1], row[2])
        for row in project.rows(
            'SELECT document_uuid, start, "end" FROM adjudications WHERE coder_a = ? AND coder_b = ? '
            "AND code_uuid = ?",
            (where.coder_a.uuid, where.coder_b.uuid, where.code.uuid),
        )
    }


def _remove_settlement(
    project: Project, where: Scope, document_uuid: str, start: int, end: int
) -> Settled | None:
    row = project.connection.execute(
        "SELECT * FROM adjudications WHERE coder_a = ? AND coder_b = ? AND code_uuid = ? "
        "AND document_uuid = ? "
        'AND start = ? AND "end" = ?',
        (where.coder_a.uuid, where.coder_b.uuid, where.code.uuid, document_uuid, start, end),
    ).fetchone()
    if row is None:
        return None
    state = dict(row)
    kept: list[Coding] = []
    origins: list[Provenance] = []
    for item in project.rows(
        "SELECT coding_uuid FROM consensus_provenance WHERE adjudication_uuid = ? ORDER BY rowid",
        (state["uuid"],),
    ):
        origin = provenance(project, item[0])
        coding = coding_by_uuid(project, item[0])
        if origin is not None:
            origins.append(origin)
        if coding is not None:
            kept.append(coding)
            remove_coding(project, coding.id)
    project.connection.execute(
        "DELETE FROM consensus_provenance WHERE adjudication_uuid = ?", (state["uuid"],)
    )
    project.connection.execute("DELETE FROM adjudications WHERE id = ?", (state["id"],))
    return Settled(state, tuple(kept), tuple(origins))


def _write_settlement(
    project: Project, where: Scope, document: Any, start: int, end: int, decision: str, chosen: list[Span]
) -> str:
    adjudication_uuid = new_uuid()
    actor = project.acting_coder.id if project.acting_coder is not None else None
    project.connection.execute(
        "INSERT INTO adjudications(uuid, coder_a, coder_b, consensus_id, code_uuid, document_uuid, start, "
        '"end", decision, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        (
            adjudication_uuid,
            where.coder_a.uuid,
            where.coder_b.uuid,
            where.consensus.id,
            where.code.uuid,
            document.uuid,
            start,
            end,
            decision,
            actor,
            now(),
        ),
    )
    sources = _source_codings(project, where, document.id)
    for span_start, span_end in chosen:
        coding = add_coding(
            project,
            document_id=document.id,
            code_id=where.code.id,
            coder_id=where.consensus.id,
            start=span_start,
            end=span_end,
        )
        if decision == "hand":
            origin_codings: list[str] = []
            origin_coders: list[str] = []
        else:
            wanted = {"a": (where.coder_a.id,), "b": (where.coder_b.id,)}.get(
                decision, (where.coder_a.id, where.coder_b.id)
            )
            overlapping = [
                (uuid, coder_id)
                for uuid, coder_id, s, e in sources
                if coder_id in wanted and s < span_end and e > span_start
            ]
            origin_codings = [uuid for uuid, _ in overlapping]
            names = {where.coder_a.id: where.coder_a.name, where.coder_b.id: where.coder_b.name}
            origin_coders = sorted({names[coder_id] for _, coder_id in overlapping})
        _insert_provenance(
            project,
            adjudication_uuid,
            Provenance(coding.uuid, decision, tuple(origin_codings), tuple(origin_coders)),
        )
    audit.record(
        project,
        "settle disagreement",
        "adjudication",
        adjudication_uuid,
        after={
            "decision": decision,
            "code": where.code.uuid,
            "document": document.uuid,
            "start": start,
            "end": end,
            "coders": [where.coder_a.name, where.coder_b.name],
        },
    )
    return adjudication_uuid


def _source_codings(project: Project, where: Scope, document_id: int) -> list[tuple[str, int, int, int]]:
    return [
        (row[0], row[1], row[2], row[3])
        for row in project.rows(
            'SELECT uuid, coder_id, start, "end" FROM codings WHERE document_id = ? AND code_id = ? '
            "AND coder_id IN (?, ?) ORDER BY start",
            (document_id, where.code.id, where.coder_a.id, where.coder_b.id),
        )
    ]


def _insert_provenance(project: Project, adjudication_uuid: str, item: Provenance) -> None:
    project.connection.execute(
        "INSERT INTO consensus_provenance(coding_uuid, adjudication_uuid, origin, source_codings, "
        "source_coders) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            item.coding_uuid,
            adjudication_uuid,
            item.origin,
            json.dumps(item.source_codings),
            json.dumps(item.source_coders),
        ),
    )
