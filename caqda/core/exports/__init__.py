"""Exports a researcher takes away: Word reports, CSV and Excel tables.

Every export writes its file atomically (a temporary file renamed into place), returns an
:class:`ExportSummary` and raises :class:`ExportError` with a plain message when the request
cannot be met.
"""

from caqda.core.exports.common import ExportError, ExportSummary
from caqda.core.exports.docx_codebook import export_codebook_docx
from caqda.core.exports.docx_segments import GROUPINGS, export_segments_docx
from caqda.core.exports.docx_transcript import export_transcript_docx
from caqda.core.exports.tables import SEGMENT_COLUMNS, export_code_matrix, export_segments_table

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
