"""Inter-coder agreement."""

from __future__ import annotations

import argparse
from pathlib import Path

from caqda.cli.common import CommandAdder, print_json
from caqda.cli.document_options import add_document_options, selected_names
from caqda.core.project import Project


def register(command: CommandAdder) -> None:
    sub = command("agreement", _agreement, "inter-coder agreement per code, document and pooled")
    sub.add_argument("path", type=Path)
    sub.add_argument("--coders", nargs="+", required=True, metavar="NAME")
    sub.add_argument(
        "--unit",
        default="character",
        choices=(
            "character",
            "segment",
            "presence",
            "frequency",
            "sentence",
            "paragraph",
            "turn",
            "continuum",
        ),
    )
    sub.add_argument("--tolerance", type=float, default=0.9, help="segment overlap needed, 0-1 (default 0.9)")
    add_document_options(sub)
    sub.add_argument("--codes", nargs="+", metavar="NAME")
    sub.add_argument(
        "--bootstrap", type=int, default=1000, metavar="N", help="bootstrap samples for α's interval"
    )
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--csv", type=Path, metavar="FILE", help="also write the table as CSV")


def _agreement(options: argparse.Namespace) -> int:
    from caqda.core.agreement.project_input import agreement_report
    from caqda.core.agreement.render import format_table

    with Project.open(options.path) as project:
        report = agreement_report(
            project,
            options.coders,
            unit=options.unit,
            tolerance=options.tolerance,
            documents=selected_names(project, options),
            codes=options.codes,
            bootstrap_samples=options.bootstrap,
        )
    if options.csv is not None:
        from caqda.core.agreement.csv_export import write_report_csv

        write_report_csv(report, options.csv)
    if options.json:
        print_json(report.to_dict())
    else:
        print(format_table(report))
    return 0
