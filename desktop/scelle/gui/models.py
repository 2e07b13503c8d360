"""Qt models over the core's query results (STYLE §5).

Each model holds the records a core query returned and shows them a page at a time
(``canFetchMore``/``fetchMore``), so a long list costs the view only what is scrolled to.
Sorting and filtering go through :class:`FilterProxy`. ``SORT_ROLE`` gives the raw value
(numbers sort as numbers), ``RECORD_ROLE`` the record itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from scelle.core.model import Case, CustodyEvent, Item, Note, NoteRevision
from scelle.core.review import Anomaly, LogEntry, SignOff
from scelle.gui import fmt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200
_ROOT = QModelIndex()


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: its header (translated when asked) and how to show and sort a record."""

    header: Callable[[], str]
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    mono: bool = False


class RecordModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a list of records, revealed a page at a time."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[R] = []
        self._shown = 0

    # -- filling

    def set_records(self, records: Sequence[R]) -> None:
        """Replace every record; the first page is shown at once."""
        self.beginResetModel()
        self._records = list(records)
        self._shown = min(PAGE, len(self._records))
        self.endResetModel()

    def records(self) -> list[R]:
        """Every record (shown or not yet)."""
        return list(self._records)

    def record(self, row: int) -> R:
        """The record shown on ``row``."""
        return self._records[row]

    def clear(self) -> None:
        """Forget every record (locking)."""
        self.set_records([])

    # -- QAbstractTableModel

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and self._shown < len(self._records)

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self._records) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header()
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._shown):
            return None
        if not (0 <= index.column() < len(self._columns)):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(record)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else column.display(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.FontRole and column.mono:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        return self.extra(record, index.column(), role)

    def extra(self, record: R, column: int, role: int) -> Any:
        """Other roles (colours) for subclasses."""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class FilterProxy(QSortFilterProxyModel):
    """Sorts on ``SORT_ROLE`` and filters on every column, case-insensitively."""

    def __init__(self, source: QAbstractTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(Qt.ItemDataRole.DisplayRole)

    def lessThan(self, left: Index, right: Index) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


# -- the models of the main window ----------------------------------------------------------

_RED = QBrush(QColor("#b3261e"))


class CaseModel(RecordModel[Case]):
    """The cases list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("CaseModel", "Reference"), lambda r: r.ref
                ),
                Column(lambda: QCoreApplication.translate("CaseModel", "Title"), lambda r: r.title),
                Column(
                    lambda: QCoreApplication.translate("CaseModel", "Status"),
                    lambda r: fmt.case_status(r.status),
                ),
                Column(
                    lambda: QCoreApplication.translate("CaseModel", "Items"),
                    lambda r: str(r.item_count),
                    lambda r: r.item_count,
                ),
                Column(
                    lambda: QCoreApplication.translate("CaseModel", "Opened"),
                    lambda r: fmt.when(r.opened_at),
                    lambda r: r.opened_at,
                ),
                Column(
                    lambda: QCoreApplication.translate("CaseModel", "Assigned"),
                    lambda r: ", ".join(r.members),
                ),
            ],
            parent,
        )


class ItemModel(RecordModel[Item]):
    """The items of a case."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ItemModel", "Exhibit"),
                    lambda r: r.exhibit_id,
                    lambda r: r.number,
                ),
                Column(lambda: QCoreApplication.translate("ItemModel", "Label"), lambda r: r.label),
                Column(
                    lambda: QCoreApplication.translate("ItemModel", "Kind"),
                    lambda r: fmt.kind(r.kind),
                ),
                Column(
                    lambda: QCoreApplication.translate("ItemModel", "Description"),
                    lambda r: fmt.one_line(r.description),
                ),
                Column(
                    lambda: QCoreApplication.translate("ItemModel", "Seal"), lambda r: r.seal or ""
                ),
                Column(
                    lambda: QCoreApplication.translate("ItemModel", "Custodian"),
                    lambda r: r.custodian_name or "",
                ),
                Column(
                    lambda: QCoreApplication.translate("ItemModel", "Location"),
                    lambda r: r.location or "",
                ),
                Column(
                    lambda: QCoreApplication.translate("ItemModel", "Status"),
                    lambda r: fmt.item_status(r),
                ),
                Column(
                    lambda: QCoreApplication.translate("ItemModel", "SHA-256"),
                    lambda r: fmt.short_hash(r.sha256),
                    mono=True,
                ),
            ],
            parent,
        )

    def extra(self, record: Item, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.hash_mismatch:
            return _RED
        return None


class CustodyModel(RecordModel[CustodyEvent]):
    """A custody timeline (one item's, or every item's of a case)."""

    def __init__(
        self, parent: QObject | None = None, *, exhibits: dict[str, str] | None = None
    ) -> None:
        self.exhibits = exhibits if exhibits is not None else {}
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("CustodyModel", "#"),
                    lambda r: fmt.seq(r.seq),
                    lambda r: r.seq,
                ),
                Column(
                    lambda: QCoreApplication.translate("CustodyModel", "When"),
                    lambda r: fmt.when(r.at, r.tz),
                    lambda r: r.at,
                ),
                Column(
                    lambda: QCoreApplication.translate("CustodyModel", "Exhibit"),
                    lambda r: self.exhibits.get(r.item_id, ""),
                ),
                Column(
                    lambda: QCoreApplication.translate("CustodyModel", "Event"),
                    lambda r: fmt.event_kind(r.kind),
                ),
                Column(
                    lambda: QCoreApplication.translate("CustodyModel", "By"), lambda r: r.actor_name
                ),
                Column(
                    lambda: QCoreApplication.translate("CustodyModel", "With"),
                    lambda r: fmt.counterpart(r),
                ),
                Column(
                    lambda: QCoreApplication.translate("CustodyModel", "Details"),
                    lambda r: fmt.event_details(r),
                ),
            ],
            parent,
        )

    def extra(self, record: CustodyEvent, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.details.get("match") is False:
            return _RED
        return None


class NoteModel(RecordModel[Note]):
    """The notes of a case or item."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("NoteModel", "#"),
                    lambda r: str(r.id),
                    lambda r: r.id,
                ),
                Column(
                    lambda: QCoreApplication.translate("NoteModel", "When"),
                    lambda r: fmt.when(r.created_at),
                    lambda r: r.created_at,
                ),
                Column(
                    lambda: QCoreApplication.translate("NoteModel", "Author"),
                    lambda r: r.author_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("NoteModel", "On"),
                    lambda r: r.exhibit_id or r.case_ref,
                ),
                Column(
                    lambda: QCoreApplication.translate("NoteModel", "Revision"),
                    lambda r: str(r.revision),
                    lambda r: r.revision,
                ),
                Column(
                    lambda: QCoreApplication.translate("NoteModel", "Text"),
                    lambda r: fmt.note_text(r),
                ),
            ],
            parent,
        )

    def extra(self, record: Note, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and record.struck:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class RevisionModel(RecordModel[NoteRevision]):
    """The revisions of one note."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("RevisionModel", "Revision"),
                    lambda r: str(r.revision),
                    lambda r: r.revision,
                ),
                Column(
                    lambda: QCoreApplication.translate("RevisionModel", "When"),
                    lambda r: fmt.when(r.at),
                    lambda r: r.at,
                ),
                Column(
                    lambda: QCoreApplication.translate("RevisionModel", "Author"),
                    lambda r: r.author_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("RevisionModel", "Journal #"),
                    lambda r: fmt.seq(r.seq),
                    lambda r: r.seq,
                ),
                Column(
                    lambda: QCoreApplication.translate("RevisionModel", "Text"),
                    lambda r: fmt.one_line(r.text or ""),
                ),
            ],
            parent,
        )


# -- the review window -----------------------------------------------------------------------


class AnomalyModel(RecordModel[Anomaly]):
    """What a supervisor must look at first (``scelle.core.review``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("AnomalyModel", "Anomaly"),
                    lambda r: fmt.anomaly_kind(r.kind),
                ),
                Column(
                    lambda: QCoreApplication.translate("AnomalyModel", "Exhibit"),
                    lambda r: r.item or "",
                ),
                Column(
                    lambda: QCoreApplication.translate("AnomalyModel", "Entries"),
                    lambda r: fmt.seqs(r.seqs),
                    lambda r: r.seqs,
                ),
                Column(
                    lambda: QCoreApplication.translate("AnomalyModel", "Details"),
                    lambda r: r.detail,
                ),
            ],
            parent,
        )

    def extra(self, record: Anomaly, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.kind in (
            "verification",
            "hash_mismatch",
            "custody_gap",
        ):
            return _RED
        return None


class ReviewLogModel(RecordModel[LogEntry]):
    """A case's journal entries since its last sign-off."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ReviewLogModel", "#"),
                    lambda r: fmt.seq(r.seq),
                    lambda r: r.seq,
                ),
                Column(
                    lambda: QCoreApplication.translate("ReviewLogModel", "When"),
                    lambda r: fmt.moment(r.at),
                    lambda r: r.at,
                ),
                Column(
                    lambda: QCoreApplication.translate("ReviewLogModel", "By"),
                    lambda r: r.actor_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("ReviewLogModel", "Action"),
                    lambda r: r.action,
                ),
                Column(
                    lambda: QCoreApplication.translate("ReviewLogModel", "Payload"),
                    lambda r: fmt.payload_summary(r.payload),
                ),
            ],
            parent,
        )


class SignOffModel(RecordModel[SignOff]):
    """A case's sign-offs, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("SignOffModel", "Signed"),
                    lambda r: fmt.when(r.at),
                    lambda r: r.at,
                ),
                Column(
                    lambda: QCoreApplication.translate("SignOffModel", "Supervisor"),
                    lambda r: r.reviewer,
                ),
                Column(
                    lambda: QCoreApplication.translate("SignOffModel", "Up to"),
                    lambda r: f"#{fmt.seq(r.up_to_seq)}",
                    lambda r: r.up_to_seq,
                ),
                Column(
                    lambda: QCoreApplication.translate("SignOffModel", "Anomalies seen"),
                    lambda r: str(r.anomalies),
                    lambda r: r.anomalies,
                ),
                Column(
                    lambda: QCoreApplication.translate("SignOffModel", "Comment"),
                    lambda r: fmt.one_line(r.comment),
                ),
            ],
            parent,
        )
