"""Agreement reports remembered per project state, so reopening the agreement window (or
computing the same table again) shows it at once.

The project's state is the id of its last audit event: every change is committed with one
(caqda.core.audit), so an equal id means equal codings, codes, coders and documents. A report
is kept for (project file, state, options); a coding moves the state on and the window
recomputes (in its worker) the table it shows. That recomputation reuses the figures of
every per-document table the coding left as it was (:func:`figures_memo`), so only the changed
document's cells and the pooled rows are measured again.
"""

from __future__ import annotations

from collections import OrderedDict

from caqda.core import audit
from caqda.core.agreement.options import ReportOptions
from caqda.core.agreement.report import AgreementReport
from caqda.core.agreement.tallies import FiguresMemo
from caqda.core.project import Project

_LIMIT = 8
_reports: OrderedDict[tuple[str, int, ReportOptions], AgreementReport] = OrderedDict()
# Per project file: figures of the per-document tables met so far (keyed by the tables'
# content, so never stale). Emptied when it grows past this many (a few reports' worth).
_MEMO_LIMIT = 150_000
_memos: dict[str, FiguresMemo] = {}


def project_state(project: Project) -> int:
    """An id that changes with every committed change of the project."""
    return audit.last_event_id(project)


def _key(project: Project, options: ReportOptions) -> tuple[str, int, ReportOptions]:
    return (str(project.path.resolve()), project_state(project), options)


def cached_report(project: Project, options: ReportOptions) -> AgreementReport | None:
    key = _key(project, options)
    report = _reports.get(key)
    if report is not None:
        _reports.move_to_end(key)
    return report


def remember_report(project: Project, options: ReportOptions, report: AgreementReport, state: int) -> None:
    """Keep ``report``, computed from the project as it was at ``state``."""
    _reports[(str(project.path.resolve()), state, options)] = report
    _reports.move_to_end((str(project.path.resolve()), state, options))
    while len(_reports) > _LIMIT:
        _reports.popitem(last=False)


def figures_memo(project: Project) -> FiguresMemo:
    """The figures memo of ``project``'s file, for :func:`build_report` (one per project: a
    worker fills it while the window shows another project's table)."""
    key = str(project.path.resolve())
    memo = _memos.get(key)
    if memo is None or len(memo) > _MEMO_LIMIT:
        memo = _memos[key] = {}
    return memo


def forget_all() -> None:
    _reports.clear()
    _memos.clear()
