"""``--documents``, ``--set`` and ``--where``: the one way every command chooses documents."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from caqda.core.document_filter import DocumentSelection
    from caqda.core.project import Project


def add_document_options(parser: argparse.ArgumentParser, *, names: bool = True) -> None:
    """Add the selection options (``--documents`` too unless the command has its own)."""
    if names:
        parser.add_argument("--documents", nargs="+", metavar="NAME", help="only these documents")
    parser.add_argument(
        "--set", dest="sets", action="append", metavar="NAME", help="only documents in this set (repeatable)"
    )
    parser.add_argument(
        "--where",
        action="append",
        metavar="CONDITION",
        help='only documents whose attribute matches, e.g. "Department=Nursing" or "Years in the role>=5" '
        "(repeatable: all must hold; operators = != < <= > >= ~)",
    )


def selection(options: argparse.Namespace) -> DocumentSelection:
    from caqda.core.document_filter import DocumentSelection

    return DocumentSelection.from_strings(
        getattr(options, "documents", None), getattr(options, "sets", None), getattr(options, "where", None)
    )


def selected_ids(project: Project, options: argparse.Namespace) -> list[int] | None:
    """Ids of the documents chosen, or None for every document; refuses a selection that
    matches no document (which would otherwise read as "all" to some commands)."""
    if not _chooses(options):  # every document (without loading the filters: a quicker start)
        return None
    from caqda.core.document_filter import FilterError, describe, resolve_documents

    chosen = selection(options)
    ids = resolve_documents(project, chosen)
    if ids == []:
        raise FilterError(f"No document matches {describe(chosen)}.")
    return ids


def selected_names(project: Project, options: argparse.Namespace) -> list[str] | None:
    """Exact names of the documents chosen (for core functions that take names), or None."""
    if not _chooses(options):
        return None
    from caqda.core.document_filter import FilterError, describe, resolve_document_names

    chosen = selection(options)
    names = resolve_document_names(project, chosen)
    if names == []:
        raise FilterError(f"No document matches {describe(chosen)}.")
    return names


def _chooses(options: argparse.Namespace) -> bool:
    """Whether the options choose documents (else every document is meant)."""
    return any(getattr(options, name, None) for name in ("documents", "sets", "where"))
