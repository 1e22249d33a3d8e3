"""What other programs are known to lose when they import a .qdpx caqda wrote (REFI-QDA §7).

Only losses read in the importers' own source are claimed here (QualCoder's
``src/qualcoder/refi.py``), so the researcher is warned before sending a file, not told
guesses. docs/architecture.md keeps the list with its sources.
"""

from __future__ import annotations

from caqda.core.codebook import repeated_names
from caqda.core.models import CodeSet, Memo
from caqda.core.project import Project
from caqda.core.refi.report import counted, named


def target_losses(project: Project, code_sets: list[CodeSet], memos: list[Memo]) -> list[str]:
    """Sentences naming what QualCoder will not keep from this project's export."""
    losses = []
    repeated = repeated_names(project)
    if repeated:
        codings = int(
            project.scalar(
                "SELECT COUNT(*) FROM codings JOIN codes ON codes.id = codings.code_id WHERE codes.name "
                "COLLATE NOCASE IN (SELECT name FROM codes GROUP BY name COLLATE NOCASE HAVING COUNT(*) > 1)"
            )
            or 0
        )
        examples = "; ".join(" and ".join(paths) for paths in list(repeated.values())[:3])
        losses.append(
            f"QualCoder needs unique code names: of the codes sharing a name ({examples}), it imports "
            f"only the first and drops the others' codings (up to {counted(codings, 'coding', 'codings')} "
            "are concerned). Rename them in caqda before exporting for QualCoder."
        )
    if code_sets:
        losses.append(
            f"QualCoder does not import code sets ({named(s.name for s in code_sets)}); ATLAS.ti shows "
            "them as code groups."
        )
    on_documents = sum(1 for memo in memos if memo.target_kind == "document")
    if on_documents:
        losses.append(
            f"QualCoder shows {counted(on_documents, 'document memo', 'document memos')} as annotations "
            "at the start of their documents; memos of codes and of the project become its journals."
        )
    return losses
