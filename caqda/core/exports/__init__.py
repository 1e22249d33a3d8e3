"""Exports a researcher takes away: Word reports, CSV and Excel tables.

Every export writes its file atomically (a temporary file renamed into place), returns an
:class:`ExportSummary` and raises :class:`ExportError` with a plain message when the request
cannot be met.

The export functions are imported on first use (PEP 562): a Word export need not load openpyxl
and numpy, which took a third of a second of every ``caqda export``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from caqda.core.exports.common import ExportError, ExportSummary

if TYPE_CHECKING:
    from caqda.core.exports.docx_codebook import export_codebook_docx
    from caqda.core.exports.docx_segments import GROUPINGS, export_segments_docx
    from caqda.core.exports.docx_transcript import export_transcript_docx
    from caqda.core.exports.tables import SEGMENT_COLUMNS, export_code_matrix, export_segments_table

_HOMES = {
    "export_codebook_docx": "docx_codebook",
    "GROUPINGS": "docx_segments",
    "export_segments_docx": "docx_segments",
    "export_transcript_docx": "docx_transcript",
    "SEGMENT_COLUMNS": "tables",
    "export_code_matrix": "tables",
    "export_segments_table": "tables",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)


__all__ = [
    "GROUPINGS",
    "SEGMENT_COLUMNS",
    "ExportError",
    "ExportSummary",
    "export_code_matrix",
    "export_codebook_docx",
    "export_segments_docx",
    "export_segments_table",
    "export_transcript_docx",
]
