"""Exports to Word, REFI-QDA and tables."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from caqda.cli.common import CommandAdder
from caqda.cli.document_options import add_document_options, selected_names
from caqda.core.errors import CaqdaError
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    sub = command(
        "export",
        _export,
        "export to Word, REFI-QDA (.qdpx), a table (.csv, .xlsx) or an analysis database (sqlite)",
    )
    sub.add_argument("format", choices=("docx", "qdpx", "table", "sqlite"))
    sub.add_argument("path", type=Path)
    sub.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    sub.add_argument(
        "--report",
        choices=("segments", "codebook", "agreement", "transcript", "findings", "matrix"),
        help="docx: segments (default), codebook, agreement, transcript, findings (tables and charts); "
        "table: segments (default) or matrix",
    )
    sub.add_argument("--document", help="transcript: the document to export")
    add_document_options(sub)
    sub.add_argument("--codes", nargs="+", metavar="NAME", help="only these codes")
    sub.add_argument("--coders", nargs="+", metavar="NAME", help="only these coders (agreement: the coders)")
    sub.add_argument(
        "--group-by", default="code", help="segments: code, document, coder, speaker or attribute:NAME"
    )
    sub.add_argument("--unit", default="character", help="agreement: the unit (see caqda agreement)")
    sub.add_argument("--binary", action="store_true", help="matrix: 1/0 for present/absent instead of counts")


REPORTS = {
    "docx": ("segments", "codebook", "agreement", "transcript", "findings"),
    "table": ("segments", "matrix"),
    "qdpx": (),
    "sqlite": (),
}


def _export(options: argparse.Namespace) -> int:
    from caqda.core.exports.dispatch import run_export

    known = REPORTS[options.format]
    if options.report is not None and options.report not in known:
        makes = (
            f"makes only: {', '.join(known)}" if known else "takes no --report (it exports the whole project)"
        )
        hint = (
            " (the codebook as a table: caqda codebook export PATH FILE.csv or .xlsx)"
            if options.report == "codebook"
            else ""
        )
        raise CaqdaError(
            f"'export {options.format}' {makes}; it cannot make the report '{options.report}'{hint}."
        )
    kind = options.report or "segments"
    if options.format in ("qdpx", "sqlite"):
        kind = options.format
    elif options.format == "table":
        kind = "matrix" if kind == "matrix" else "segments_table"
    with Project.open(options.path) as project:
        outcome = run_export(
            project,
            kind,
            options.output,
            group_by=options.group_by,
            document_names=selected_names(project, options),
            code_names=options.codes,
            coder_names=options.coders,
            document=options.document,
            unit=options.unit,
            binary=options.binary,
        )
    print(f"Wrote {outcome.path} ({outcome.counted()}).")
    for note in outcome.notes:
        print(f"note: {note}", file=sys.stderr)
    return 0
