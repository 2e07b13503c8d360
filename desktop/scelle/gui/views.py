"""The case view and the item view of the main window."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scelle.core.model import Case, CustodyEvent, Item, Note
from scelle.gui import fmt
from scelle.gui.models import (
    RECORD_ROLE,
    CustodyModel,
    FilterProxy,
    ItemModel,
    NoteModel,
    RecordModel,
)
from scelle.gui.paths import icon


def table(model: RecordModel[Any]) -> QTableView:
    """A sortable, row-selecting table over ``model`` (through a filter proxy)."""
    view = QTableView()
    proxy = FilterProxy(model, view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setTabKeyNavigation(False)
    return view


def selected_record(view: QTableView) -> object | None:
    """The record of the current row of ``view``, or None."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row(), QModelIndex()):
        return None
    record: object = index.siblingAtColumn(0).data(RECORD_ROLE)
    return record


def _heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class CaseView(QWidget):
    """A case: its items, notes and custody timeline."""

    item_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: Case | None = None
        self.heading = _heading()
        self.meta = QLabel()
        self.meta.setObjectName("meta")
        self.meta.setWordWrap(True)
        self.items = ItemModel(self)
        self.notes = NoteModel(self)
        self.timeline = CustodyModel(self)
        self.items_view = table(self.items)
        self.items_view.doubleClicked.connect(self._activated)
        self.items_view.activated.connect(self._activated)
        self.notes_view = table(self.notes)
        self.timeline_view = table(self.timeline)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.items_view, icon("item"), self.tr("&Items"))
        self.tabs.addTab(self.notes_view, icon("note"), self.tr("N&otes"))
        self.tabs.addTab(self.timeline_view, icon("timeline"), self.tr("Custody &timeline"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        layout.addWidget(self.tabs, 1)

    def _activated(self, index: QModelIndex) -> None:
        record = index.siblingAtColumn(0).data(RECORD_ROLE)
        if isinstance(record, Item):
            self.item_activated.emit(record.exhibit_id)

    def show_case(
        self,
        case: Case,
        items: Sequence[Item],
        notes: Sequence[Note],
        events: Sequence[CustodyEvent],
    ) -> None:
        """Fill the view."""
        self.case = case
        self.heading.setText(f"{_esc(case.ref)} — {_esc(case.title)}")
        self.meta.setText(
            self.tr("Status: {0} · opened {1} by {2} · assigned: {3} · items: {4}").format(
                fmt.case_status(case.status),
                fmt.when(case.opened_at),
                case.created_by,
                ", ".join(case.members) or "—",
                case.item_count,
            )
        )
        self.items.set_records(items)
        self.notes.set_records(notes)
        self.timeline.exhibits.clear()
        self.timeline.exhibits.update({i.id: i.exhibit_id for i in items})
        self.timeline.set_records(events)
        for view in (self.items_view, self.notes_view, self.timeline_view):
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
        if items and not self.items_view.currentIndex().isValid():
            self.items_view.selectRow(0)

    def clear(self) -> None:
        """Forget everything shown (locking)."""
        self.case = None
        self.heading.clear()
        self.meta.clear()
        for m in (self.items, self.notes, self.timeline):
            m.clear()

    def selected_item(self) -> Item | None:
        """The item selected in the items table."""
        record = selected_record(self.items_view)
        return record if isinstance(record, Item) else None

    def selected_note(self) -> Note | None:
        """The note selected in the notes table."""
        record = selected_record(self.notes_view)
        return record if isinstance(record, Note) else None


class ItemView(QWidget):
    """An item: its details, hashes, full custody history and notes."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self.back = QPushButton(icon("back"), self.tr("Back to the case"))
        self.back.clicked.connect(self.back_requested)
        self.back.setFlat(True)
        self.heading = _heading()
        self.status = QLabel()
        self.status.setObjectName("itemStatus")
        self.fields: dict[str, QLabel] = {}
        details = QFormLayout()
        details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in (
            ("label", self.tr("Exhibit label:")),
            ("kind", self.tr("Kind:")),
            ("seal", self.tr("Seal:")),
            ("custodian", self.tr("Custodian:")),
            ("location", self.tr("Location:")),
            ("seized", self.tr("Seized:")),
            ("checkout", self.tr("Checked out:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            details.addRow(label, value)
        self.hashes = QLabel()
        self.hashes.setObjectName("hashes")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.hashes.setFont(font)
        self.hashes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hashes.setWordWrap(True)
        self.history = CustodyModel(self)
        self.notes = NoteModel(self)
        self.history_view = table(self.history)
        self.history_view.hideColumn(2)  # the exhibit: it is this item
        self.notes_view = table(self.notes)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history_view, icon("timeline"), self.tr("Custody &history"))
        self.tabs.addTab(self.notes_view, icon("note"), self.tr("N&otes"))
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addStretch()
        left = QVBoxLayout()
        left.addLayout(details)
        hashes_title = QLabel(self.tr("Hashes"))
        hashes_title.setObjectName("subheading")
        left.addWidget(hashes_title)
        left.addWidget(self.hashes)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addLayout(left)
        layout.addWidget(self.tabs, 1)

    def show_item(self, item: Item, events: Sequence[CustodyEvent], notes: Sequence[Note]) -> None:
        """Fill the view."""
        self.item = item
        self.heading.setText(f"{_esc(item.exhibit_id)} — {_esc(fmt.one_line(item.description))}")
        self.status.setText(fmt.item_status(item))
        self.status.setProperty("state", "bad" if item.hash_mismatch else "")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        seized = " · ".join(
            p
            for p in (
                fmt.when(item.seized_at, item.seized_tz),
                item.seized_where or "",
                self.tr("by {0}").format(item.seized_by) if item.seized_by else "",
                self.tr("from {0}").format(item.seized_from) if item.seized_from else "",
            )
            if p
        )
        checkout = ""
        if item.status == "checked_out":
            checkout = (item.checkout_purpose or "") + (
                self.tr(", due {0}").format(item.checkout_due) if item.checkout_due else ""
            )
        values = {
            "label": item.label,
            "kind": fmt.kind(item.kind),
            "seal": item.seal or "—",
            "custodian": item.custodian_name or "—",
            "location": item.location or "—",
            "seized": seized or "—",
            "checkout": checkout or "—",
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        if item.kind == "digital" and item.sha256:
            self.hashes.setText(
                f"MD5     {item.md5}\nSHA-1   {item.sha1}\nSHA-256 {item.sha256}\n"
                + self.tr("{0}, computed {1} by {2}").format(
                    fmt.size(item.size), fmt.when(item.hashed_at), item.hashed_by or "—"
                )
            )
        else:
            self.hashes.setText(
                self.tr("No hashes recorded.")
                if item.kind == "digital"
                else self.tr("Physical item.")
            )
        self.history.set_records(events)
        self.notes.set_records(notes)
        for view in (self.history_view, self.notes_view):
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)

    def clear(self) -> None:
        """Forget everything shown (locking)."""
        self.item = None
        self.heading.clear()
        self.status.clear()
        self.hashes.clear()
        for value in self.fields.values():
            value.clear()
        self.history.clear()
        self.notes.clear()

    def selected_note(self) -> Note | None:
        """The note selected in the notes table."""
        record = selected_record(self.notes_view)
        return record if isinstance(record, Note) else None
