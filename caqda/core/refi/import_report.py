"""The last steps of planning a .qdpx import: the file's Sets, and the sentences that tell the
researcher what was lost or changed on the way (REFI-QDA §7).

Split from :mod:`caqda.core.refi.import_plan` to keep each module about one job; the
planner calls :func:`plan_sets` and then :func:`report_rest` with itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from caqda.core.naming import unique_name
from caqda.core.refi.qde_read import SetRead
from caqda.core.refi.report import counted, named, were

if TYPE_CHECKING:
    from caqda.core.refi.import_plan import ImportPlan, _Planner


def plan_sets(
    plan: ImportPlan,
    sets: list[SetRead],
    code_by_guid: dict[str, int],
    document_by_guid: dict[str, int],
    new_uuid: Callable[[str | None], str],
) -> None:
    """A ``Set``'s codes become a code set; its sources a document set (kept where the project
    has document sets, else reported when written). A set of both is split in two."""
    names: set[str] = set()
    unknown = notes = 0
    for found in sets:
        codes = [code_by_guid[g] for g in found.codes if g in code_by_guid]
        sources = [document_by_guid[g] for g in found.sources if g in document_by_guid]
        unknown += len(found.codes) - len(codes) + len(found.sources) - len(sources)
        notes += found.notes
        set_uuid = new_uuid(found.guid)
        if codes or not sources:
            name = unique_name(found.name, names)
            plan.code_sets.append((set_uuid, name, found.description, list(dict.fromkeys(codes))))
            set_uuid = new_uuid(None)
        if sources:
            plan.document_sets.append((set_uuid, found.name, found.description, list(dict.fromkeys(sources))))
    if unknown:
        plan.losses.append(
            f"{were(unknown, 'set member', 'set members')} not imported: the code or source they name "
            "was not imported (or is not in the file)."
        )
    if notes:
        plan.losses.append(
            f"{were(notes, 'note in a set', 'notes in sets')} not kept as set members: caqda's sets "
            "hold codes or documents."
        )


def report_rest(planner: _Planner) -> None:
    """Losses and notes that concern the file as a whole (sources not imported, links, …)."""
    plan, read = planner.plan, planner.read
    losses = plan.losses
    if read.skipped_source_kinds:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(read.skipped_sources.items()))
        items = read.skipped_source_kinds
        listed = ", ".join(f"'{name}' ({kind})" for name, kind in items[:8])
        listed += f" and {len(items) - 8} more" if len(items) > 8 else ""
        losses.append(
            f"{were(len(read.skipped_source_kinds), 'source', 'sources')} not imported because caqda "
            f"cannot code pictures, audio, video or PDF pages yet ({kinds}): {listed}."
        )
    if planner.skipped_texts:
        losses.append(
            f"{were(len(planner.skipped_texts), 'text source', 'text sources')} not imported because the "
            "file holds no readable text for them, or keeps it outside the archive "
            f"({named(planner.skipped_texts)})."
        )
    from_pdf = [s for s in read.sources if s.from_pdf]
    if from_pdf:
        page_selections = sum(s.pdf_selections for s in from_pdf)
        losses.append(
            f"{were(len(from_pdf), 'PDF source', 'PDF sources')} imported as plain text; the PDF pages "
            f"themselves and {counted(page_selections, 'area', 'areas')} selected on them were not."
        )
    rich = sum(1 for s in read.sources if s.rich_path and (s.plain_path or s.plain_content is not None))
    if rich:
        losses.append(
            f"The formatting of {counted(rich, 'document', 'documents')} (kept by the other program "
            "as a Word file) was not imported; caqda keeps the plain text."
        )
    if planner.rich_only:
        losses.append(
            f"{were(planner.rich_only, 'document', 'documents')} read from a Word file because the file "
            "holds no plain text for them; their coded passages may be shifted."
        )
    empty = [d.name for d in plan.documents if not d.prepared.text]
    if empty:
        plan.notes.append(
            f"{were(len(empty), 'source', 'sources')} empty and imported as empty documents ({named(empty)})."
        )
    if read.links:
        losses.append(f"{were(read.links, 'link between items', 'links between items')} not imported.")
    if read.graphs:
        losses.append(f"{were(read.graphs, 'graph', 'graphs')} (network views) not imported.")
    if planner.retyped:
        losses.append(
            "Variables of other types than text were imported as text attributes "
            f"({named(sorted(planner.retyped))})."
        )
    if planner.values_without_variable:
        losses.append(
            f"{were(planner.values_without_variable, 'variable value', 'variable values')} not imported: "
            "their variable is missing from the file, or they hold no value."
        )
    if planner.headers_left_as_text:
        documents = counted(planner.headers_left_as_text, "document", "documents")
        plan.notes.append(
            f"Lines such as 'Key: value' at the top of {documents} that are not interviews were kept "
            "as text, not made into attributes."
        )
    if planner.repaired_times:
        plan.notes.append(
            f"{counted(planner.repaired_times, 'date', 'dates')} in the file ended in an offset and 'Z' "
            "(as QualCoder 4 writes them), which the standard does not allow; caqda read them as UTC."
        )
    if planner.unreadable_times:
        plan.notes.append(
            f"{were(planner.unreadable_times, 'date', 'dates')} not readable as dates; the import time "
            "was used instead."
        )
    if planner.unknown_users:
        plan.notes.append(
            f"{were(len(planner.unknown_users), 'user', 'users')} referred to but not listed in the file; "
            "caqda made them coders called 'Unknown user …'."
        )
    if planner.renamed:
        more = f"; and {len(planner.renamed) - 5} more" if len(planner.renamed) > 5 else ""
        plan.notes.append(f"Names changed to follow caqda's rules: {'; '.join(planner.renamed[:5])}{more}.")
