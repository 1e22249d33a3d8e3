"""Read a project into the engine's input model, through the core's own functions (no SQL of
its own), and the report function the CLI and GUI share."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from caqda.core import codebook, coders, documents
from caqda.core.agreement.corpus import AgreementCorpus, CorpusCode, CorpusDocument, corpus_from_arrays
from caqda.core.agreement.errors import AgreementError
from caqda.core.agreement.intervals import Span
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.report import AgreementReport, build_report
from caqda.core.agreement.sentences import sentence_spans
from caqda.core.codebook import PATH_SEPARATOR
from caqda.core.coding import CodingFilter, coding_spans_of
from caqda.core.errors import CodebookError, NotFoundError
from caqda.core.project import Project


def corpus_from_project(project: Project, options: ReportOptions) -> AgreementCorpus:
    """The compared coders' codings of the chosen documents, with every code of the codebook
    (for parents and "another code here") and the chosen ones selected. Predefined units are
    cut only when the unit needs them. Raises AgreementError (unknown coder, document or code;
    fewer than two coders; nothing to compare)."""
    try:
        coder_records = [coders.find_coder(project, name) for name in options.coders]
        if options.documents is None:
            document_records = documents.list_documents(project)
        else:
            document_records = [documents.find_document(project, name) for name in options.documents]
        selected_codes = None
        if options.codes is not None:
            selected_codes = [codebook.find_code(project, name) for name in options.codes]
    except (NotFoundError, CodebookError) as error:
        raise AgreementError(str(error)) from error
    if not document_records:
        raise AgreementError("The project has no documents to compare the coders on.")
    all_codes = codebook.list_codes(project)
    if not all_codes:
        raise AgreementError("The project's codebook is empty, so there is nothing to agree on.")
    by_id = {code.id: code for code in all_codes}
    paths: dict[int, str] = {}
    for code in all_codes:  # tree order: parents come before their children
        parent = paths.get(code.parent_id) if code.parent_id is not None else None
        paths[code.id] = f"{parent}{PATH_SEPARATOR}{code.name}" if parent else code.name
    corpus_codes = [
        CorpusCode(paths[code.id], code.name, paths[code.parent_id] if code.parent_id in by_id else None)
        for code in all_codes
    ]
    corpus_documents = [
        CorpusDocument(record.name, record.characters, _units(project, record.id, options.unit))
        for record in document_records
    ]
    coder_ids = tuple(coder.id for coder in coder_records)
    document_ids = None if options.documents is None else tuple(record.id for record in document_records)
    rows = coding_spans_of(project, CodingFilter(document_ids=document_ids, coder_ids=coder_ids))
    # Ids to positions in the corpus's lists (-1: a document or code not compared).
    codings = np.array(rows, dtype=np.int64).reshape(-1, 5)
    document_position = _positions([record.id for record in document_records], codings[:, 0])
    code_position = _positions([code.id for code in all_codes], codings[:, 1])
    coder_position = _positions(list(coder_ids), codings[:, 2])
    kept = (document_position >= 0) & (code_position >= 0)
    codings = np.column_stack(
        (document_position, code_position, coder_position, codings[:, 3], codings[:, 4])
    )[kept]
    selected = tuple(paths[code.id] for code in selected_codes) if selected_codes else ()
    return corpus_from_arrays(
        [coder.name for coder in coder_records], corpus_documents, corpus_codes, codings, selected
    )


def _positions(ids: list[int], values: np.ndarray) -> np.ndarray:
    """Each value's position in ``ids`` (the first one when an id repeats), -1 if absent."""
    if not len(values) or not ids:
        return np.full(len(values), -1, dtype=np.int64)
    known = np.array(ids, dtype=np.int64)
    order = np.argsort(known, kind="stable")
    ordered = known[order]
    at = np.minimum(np.searchsorted(ordered, values), len(ordered) - 1)
    return np.where(ordered[at] == values, order[at], -1)


def agreement_report(
    project: Project,
    coders: Sequence[str],
    unit: str = "character",
    tolerance: float = 0.9,
    documents: Sequence[str] | None = None,
    codes: Sequence[str] | None = None,
    *,
    level: str = "nominal",
    min_share: float = 0.0,
    bootstrap_samples: int = 1000,
    bootstrap_over: str = "auto",
    confidence: float = 0.95,
    thresholds: Sequence[float] = (0.667, 0.8),
    seed: int = 0,
) -> AgreementReport:
    """Inter-coder agreement of ``coders`` (names) in ``project``.

    ``unit`` is one of character, segment, presence, frequency, sentence, paragraph, turn,
    continuum; ``tolerance`` the segment unit's overlap (0–1); ``documents`` and ``codes``
    restrict the comparison by name (codes also as ``Parent/Child``). See
    :class:`~caqda.core.agreement.options.ReportOptions` for the rest. Raises AgreementError,
    a CaqdaError, with a message for the user.
    """
    options = ReportOptions(
        coders=tuple(coders),
        unit=unit,
        tolerance=tolerance,
        documents=tuple(documents) if documents is not None else None,
        codes=tuple(codes) if codes is not None else None,
        level=level,
        min_share=min_share,
        bootstrap_samples=bootstrap_samples,
        bootstrap_over=bootstrap_over,
        confidence=confidence,
        thresholds=tuple(thresholds),
        seed=seed,
    )
    return build_report(corpus_from_project(project, options), options)


def _units(project: Project, document_id: int, unit: str) -> dict[str, tuple[Span, ...]]:
    if unit == "paragraph":
        return {"paragraph": tuple((p.start, p.end) for p in documents.paragraphs(project, document_id))}
    if unit == "turn":
        turns = documents.speaker_turns(project, document_id)
        return {
            "turn": tuple(
                (turn.content_start, turn.end) if turn.content_start < turn.end else (turn.start, turn.end)
                for turn in turns
            )
        }
    if unit == "sentence":
        text = documents.document_text(project, document_id)
        spans = [(p.start, p.end) for p in documents.paragraphs(project, document_id)]
        return {"sentence": tuple(sentence_spans(text, spans or None))}
    return {}
