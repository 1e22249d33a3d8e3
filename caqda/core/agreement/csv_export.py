"""An agreement report as CSV: one row per code and the pooled row, every figure, the method
in a comment-free first column so spreadsheets open it directly."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from caqda.core.agreement.figures import Figures
from caqda.core.agreement.report import AgreementReport
from caqda.core.errors import CaqdaError

FIELDS = [name for name in Figures.__dataclass_fields__ if name != "alpha_below"]


def write_report_csv(report: AgreementReport, path: Path) -> int:
    """Write the report; returns the number of rows. UTF-8 with BOM so Excel reads accents."""
    header = ["code", "path", "parent", "scope", "unit", "coders", *FIELDS]
    rows = [
        [row.code, row.path, row.parent or "", row.scope, report.unit, " & ".join(report.coders)]
        + [_cell(getattr(row.figures, field)) for field in FIELDS]
        for row in report.codes
    ]
    rows.append(
        ["(pooled)", "", "", "pooled", report.unit, " & ".join(report.coders)]
        + [_cell(getattr(report.pooled, field)) for field in FIELDS]
    )
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".csv.tmp")
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(["method", report.method])
            writer.writerow(header)
            writer.writerows(rows)
        os.replace(temporary, path)
    except OSError as error:
        raise CaqdaError(f"Could not write '{path}': {error.strerror or error}.") from error
    return len(rows)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6f}"
    return str(value)
