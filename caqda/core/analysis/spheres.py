"""Value-sphere profiles: how a person's (or a department's) coded text divides between the
provider, joint and customer spheres.

The spheres are the codebook's top-level sphere codes (see :meth:`CodeTree.spheres`); a coding
belongs to the sphere at the top of its code's branch. For each group the characters coded in a
sphere are counted once however many codings (or coders) cover them, and each sphere's share is
its characters over the sum of the spheres' characters, so a row adds up to 100 %. Choose the
coder (or a consensus coder) with the filters; with several coders their codings are pooled.
"""

from __future__ import annotations

from collections import defaultdict

from caqda.core.analysis import intervals
from caqda.core.analysis.frequencies import _natural, group_of
from caqda.core.analysis.scope import AnalysisError, Scope
from caqda.core.analysis.table import Table, Value


def sphere_profile(scope: Scope, *, by: str = "document") -> Table:
    """One row per document (interviewee), attribute value (``attribute:Department``) or coder."""
    if by not in ("document", "coder") and not by.startswith("attribute:"):
        raise AnalysisError("A sphere profile is per document, per coder or per attribute:NAME.")
    spheres = scope.tree.spheres()
    if not spheres:
        raise AnalysisError("The codebook has no top-level codes to serve as spheres.")
    label, group = group_of(scope, by)
    sphere_ids = {sphere.id for sphere in spheres}
    spans: dict[tuple[str, int, int], list[tuple[int, int]]] = defaultdict(list)
    behind: dict[tuple[str, int], list[int]] = defaultdict(list)
    order: dict[str, None] = {}
    for row in scope.codings():
        sphere = scope.tree.codes[row[2]].top_id
        if sphere not in sphere_ids:
            continue
        name = group(row) or ""
        order.setdefault(name)
        spans[(name, sphere, row[1])].append((row[4], row[5]))
        behind[(name, sphere)].append(row[0])
    characters: dict[tuple[str, int], int] = defaultdict(int)
    for (name, sphere, _), found in spans.items():
        characters[(name, sphere)] += intervals.size(intervals.normalise(found))
    if by == "document":
        names = [info.name for info in scope.documents.values() if info.name in order]
    else:
        names = sorted(order, key=_natural)
    table = Table(
        "spheres",
        f"Value-sphere profile by {label}",
        [label],
        [*(f"{sphere.name} %" for sphere in spheres), *(f"{sphere.name} characters" for sphere in spheres)],
    )
    for name in names:
        amounts = [characters.get((name, sphere.id), 0) for sphere in spheres]
        total = sum(amounts)
        shares: list[Value] = [round(100 * amount / total, 2) if total else 0.0 for amount in amounts]
        ids = [tuple(behind.get((name, sphere.id), [])) for sphere in spheres]
        table.add([name], [*shares, *amounts], [*ids, *ids], None)
    table.colors = [None] * len(table.rows)
    table.notes = [
        *scope.filters.describe(),
        "share of the text coded in any sphere; overlapping codings count once",
        "spheres: " + ", ".join(sphere.name for sphere in spheres),
    ]
    table.series_colors = [sphere.color for sphere in spheres]
    return table
