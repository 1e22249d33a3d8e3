"""The codebook tree with colours and coding counts."""

from __future__ import annotations

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from caqda.core import codebook, summary
from caqda.core.project import Project
from caqda.gui.models import ID_ROLE


class CodebookModel(QStandardItemModel):
    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Codings")])

    def load(self, project: Project | None) -> None:
        self.removeRows(0, self.rowCount())
        if project is None:
            return
        counts = {entry["name"]: entry["codings"] for entry in summary.project_info(project)["codes"]}
        items: dict[int, QStandardItem] = {}
        for code in codebook.list_codes(project):
            name_item = QStandardItem(code.name)
            name_item.setData(code.id, ID_ROLE)
            name_item.setData(QColor(code.color), 1)  # DecorationRole: the code's colour swatch
            name_item.setToolTip(code.definition)
            name_item.setEditable(False)
            count_item = QStandardItem(str(counts.get(code.name, 0)))
            count_item.setEditable(False)
            parent = items.get(code.parent_id) if code.parent_id is not None else None
            (parent or self.invisibleRootItem()).appendRow([name_item, count_item])
            items[code.id] = name_item
