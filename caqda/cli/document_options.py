"""``--documents``, ``--set`` and ``--where``: the one way every command chooses documents."""

from __future__ import annotations

import argparse

from caqda.core.document_filter import (
    DocumentSelection,
    FilterError,
    describe,
    resolve_document_names,
    resolve_documents,
)
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
    return DocumentSelection.from_strings(
        getattr(options, "documents", None), getattr(options, "sets", None), getattr(options, "where", None)
    )


def selected_ids(project: Project, options: argparse.Namespace) -> list[int] | None:
    """Ids of the documents chosen, or None for every document; refuses a selection that
    matches no document (which would otherwise read as "all" to some commands)."""
    chosen = selection(options)
    ids = resolve_documents(project, chosen)
    if ids == []:
        raise FilterError(f"No document matches {describe(chosen)}.")
    return ids


def selected_names(project: Project, options: argparse.Namespace) -> list[str] | None:
    """Exact names of the documents chosen (for core functions that take names), or None."""
    chosen = selection(options)
    names = resolve_document_names(project, chosen)
    if names == []:
        raise FilterError(f"No document matches {describe(chosen)}.")
    return names
