"""Qt models over an agreement report: the figures per code, the coder-pair matrix and the
disagreements of one code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from caqda.core.agreement.disagreements import Disagreement
from caqda.core.agreement.figures import Figures
from caqda.core.agreement.report import AgreementReport, CodeRow
from caqda.core.codebook import PATH_SEPARATOR
from caqda.gui.models import ID_ROLE
from caqda.gui.models.table_models import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


CONTEXT = "AgreementModels"
"""The translation context of this module's texts (they are not any one class's)."""

# Words the core writes into a report (Landis & Koch's κ bands, Krippendorff's α verdicts, the
# kinds of disagreement), listed here so that translators see them; shown by :func:`core_word`.
CORE_WORDS = (
    QT_TRANSLATE_NOOP("AgreementModels", "poor"),
    QT_TRANSLATE_NOOP("AgreementModels", "slight"),
    QT_TRANSLATE_NOOP("AgreementModels", "fair"),
    QT_TRANSLATE_NOOP("AgreementModels", "moderate"),
    QT_TRANSLATE_NOOP("AgreementModels", "substantial"),
    QT_TRANSLATE_NOOP("AgreementModels", "almost perfect"),
    QT_TRANSLATE_NOOP("AgreementModels", "reliable"),
    QT_TRANSLATE_NOOP("AgreementModels", "tentative"),
    QT_TRANSLATE_NOOP("AgreementModels", "unreliable"),
    QT_TRANSLATE_NOOP("AgreementModels", "boundary"),
    QT_TRANSLATE_NOOP("AgreementModels", "different code"),
    QT_TRANSLATE_NOOP("AgreementModels", "only one coder"),
)


def core_word(word: str | None) -> str:
    """One of :data:`CORE_WORDS` in the user's language; any other word unchanged."""
    return QCoreApplication.translate(CONTEXT, word) if word else ""


def number(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def interval(figures: Figures) -> str:
    if figures.alpha_low is None or figures.alpha_high is None:
        return "–"
    return f"[{figures.alpha_low:.3f}, {figures.alpha_high:.3f}]"


def _units(figures: Figures) -> str:
    value = figures.units
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


# (header, how to show a row's figures, tooltip); the texts are translated when shown.
_COLUMNS: list[tuple[str, Any, str]] = [
    (
        QT_TRANSLATE_NOOP("AgreementModels", "Units"),
        _units,
        QT_TRANSLATE_NOOP(
            "AgreementModels", "How many units the figures rest on (characters, segments, documents…)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AgreementModels", "Agreement"),
        lambda f: percent(f.percent_agreement),
        QT_TRANSLATE_NOOP("AgreementModels", "Percent agreement"),
    ),
    (
        QT_TRANSLATE_NOOP("AgreementModels", "On coded text"),
        lambda f: percent(f.coded_agreement),
        QT_TRANSLATE_NOOP("AgreementModels", "Agreement over text anyone coded"),
    ),
    (
        QT_TRANSLATE_NOOP("AgreementModels", "κ"),
        lambda f: number(f.kappa),
        QT_TRANSLATE_NOOP("AgreementModels", "Cohen's κ (two coders), Fleiss' κ (more), κn for segments"),
    ),
    (
        QT_TRANSLATE_NOOP("AgreementModels", "κ means (Landis & Koch 1977)"),
        lambda f: core_word(f.kappa_label),
        QT_TRANSLATE_NOOP(
            "AgreementModels",
            "Landis & Koch (1977): below 0 poor, up to .20 slight, .40 fair, .60 moderate, .80 substantial, "
            "above almost perfect",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AgreementModels", "α"),
        lambda f: number(f.alpha),
        QT_TRANSLATE_NOOP("AgreementModels", "Krippendorff's α"),
    ),
    (
        QT_TRANSLATE_NOOP("AgreementModels", "α 95% CI"),
        interval,
        QT_TRANSLATE_NOOP("AgreementModels", "Bootstrap confidence interval of α"),
    ),
    (
        QT_TRANSLATE_NOOP("AgreementModels", "α means (Krippendorff 2004)"),
        lambda f: core_word(f.alpha_label),
        QT_TRANSLATE_NOOP(
            "AgreementModels", "Krippendorff (2004): ≥ .800 reliable, ≥ .667 tentative, below unreliable"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("AgreementModels", "PABAK"),
        lambda f: number(f.pabak),
        QT_TRANSLATE_NOOP("AgreementModels", "Prevalence- and bias-adjusted κ"),
    ),
    (
        QT_TRANSLATE_NOOP("AgreementModels", "AC1"),
        lambda f: number(f.gwet_ac1),
        QT_TRANSLATE_NOOP("AgreementModels", "Gwet's AC1"),
    ),
]


class ReportModel(QAbstractTableModel):
    """One row per code (parents cover their subtree), then the pooled row."""

    def __init__(self) -> None:
        super().__init__()
        self.report: AgreementReport | None = None
        self._rows: list[tuple[str, Figures, CodeRow | None]] = []

    def load(self, report: AgreementReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = []
        if report is not None:
            for row in report.codes:
                depth = row.path.count(PATH_SEPARATOR)
                label = (
                    ("    " * depth)
                    + row.code
                    + (
                        QCoreApplication.translate("AgreementModels", " (with subcodes)")
                        if row.scope == "subtree"
                        else ""
                    )
                )
                self._rows.append((label, row.figures, row))
            self._rows.append(
                (
                    QCoreApplication.translate("AgreementModels", "Pooled (all documents and codes)"),
                    report.pooled,
                    None,
                )
            )
        self.endResetModel()

    def code_row(self, row: int) -> CodeRow | None:
        return self._rows[row][2] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, figures, row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return label if column == 0 else _COLUMNS[column - 1][1](figures)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row is None or row.scope == "subtree"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row is not None and not row.used:
            return QColor("#8a8f98")
        if role == Qt.ItemDataRole.BackgroundRole and column in (4, 5, 6, 8):
            return _traffic_light(figures.kappa if column <= 5 else figures.alpha)
        if role == ID_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("AgreementModels", "Code")
            return QCoreApplication.translate(CONTEXT, _COLUMNS[section - 1][0])
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            return QCoreApplication.translate(CONTEXT, _COLUMNS[section - 1][2])
        return None


def _traffic_light(value: float | None) -> QColor | None:
    if value is None:
        return None
    if value >= 0.8:
        return QColor("#dff3e3")
    if value >= 0.667:
        return QColor("#fdf3d7")
    return QColor("#fbe3e1")


class PairsModel(QAbstractTableModel):
    """Coder × coder matrix of the pooled κ (α in the tooltip)."""

    def __init__(self) -> None:
        super().__init__()
        self.coders: list[str] = []
        self.cells: dict[tuple[str, str], Figures] = {}

    def load(self, report: AgreementReport | None) -> None:
        self.beginResetModel()
        self.coders = list(report.coders) if report else []
        self.cells = {}
        for pair in report.pairs if report else ():
            self.cells[pair.coders] = pair.figures
            self.cells[(pair.coders[1], pair.coders[0])] = pair.figures
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.coders)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.coders)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = (self.coders[index.row()], self.coders[index.column()])
        figures = self.cells.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key[0] == key[1]:
                return "—"
            return number(figures.kappa) if figures else "–"
        if role == Qt.ItemDataRole.ToolTipRole and figures is not None:
            return QCoreApplication.translate(
                "AgreementModels", "κ {kappa}, α {alpha}, agreement {agreement}"
            ).format(
                kappa=number(figures.kappa),
                alpha=number(figures.alpha),
                agreement=percent(figures.percent_agreement),
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and figures is not None and key[0] != key[1]:
            return _traffic_light(figures.kappa)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.coders):
            return self.coders[section]
        return None


def disagreements_model(
    decision: Callable[[Disagreement], str] = lambda d: "",
) -> RecordTableModel[Disagreement]:
    """``decision`` says how a disagreement was settled into the consensus ("" while open)."""

    def who(item: Disagreement) -> str:
        parts = []
        for coder in item.coders:
            if coder.segments:
                parts.append(f"{coder.coder}: " + ", ".join(f"{a}–{b}" for a, b in coder.segments))
            elif coder.other_codes:
                parts.append(
                    f"{coder.coder}: "
                    + QCoreApplication.translate("AgreementModels", "other code ({codes})").format(
                        codes=", ".join(coder.other_codes)
                    )
                )
            else:
                parts.append(f"{coder.coder}: " + QCoreApplication.translate("AgreementModels", "not coded"))
        return "; ".join(parts)

    return RecordTableModel(
        [
            (QCoreApplication.translate("AgreementModels", "Document"), lambda d: d.document),
            (QCoreApplication.translate("AgreementModels", "Kind"), lambda d: core_word(d.kind)),
            (QCoreApplication.translate("AgreementModels", "Where"), lambda d: f"{d.start}–{d.end}"),
            (QCoreApplication.translate("AgreementModels", "Coders"), who),
            (QCoreApplication.translate("AgreementModels", "Consensus"), decision),
        ]
    )
