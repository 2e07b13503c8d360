"""The journal browser: every entry, filtered, newest first, with each entry's proof (issue #6).

:class:`JournalModel` never holds the journal: it asks the core for one keyset page at a
time (``audit.browse_journal(..., before=<last seq shown>)``) on the vault thread and
appends it when the view scrolls near the end (``canFetchMore``/``fetchMore``), up to
:data:`MAX_ROWS` rows (STYLE §5). A filter change starts a new query; a late page of an
earlier query is dropped. The first page of each query is journaled by the core
(``journal.view``); scrolling on is not.

:class:`JournalBrowser` is the window: a filter bar (user, action or family such as
``custody.``, case, item, date range, words in payloads), the table, and a details pane
showing the selected entry's hashes, signature, payload and whether each verifies
(``audit.entry_details``).
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scelle.core import audit
from scelle.core.errors import Cancelled
from scelle.core.permissions import READS_PAYLOADS, Action
from scelle.core.vault import User, Vault
from scelle.gui import errors, fmt, tasks
from scelle.gui.jobs import ProgressRelay, set_state
from scelle.gui.widgets import buddy, error_label, show_form_error

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

PAGE = 500  # entries per keyset page
MAX_ROWS = 100_000  # rows kept at most; beyond, narrow the filter (the dates, say)
SEQ_ROLE = Qt.ItemDataRole.UserRole + 3
SUMMARY_CHARS = 200
CHECK = "\u2713"  # ✓
CROSS = "\u2717"  # ✗
_RED = QBrush(QColor("#b3261e"))
_ALERTS = frozenset({Action.ACCESS_DENIED.value, Action.AUTH_FAILED.value})


class JournalRow(NamedTuple):
    """One entry as the table shows it (made on the worker thread, kept small)."""

    seq: int
    when: str
    actor: str
    action: str
    subject: str
    summary: str
    redacted: bool


def _summary(payload: dict[str, Any] | None, redacted: bool) -> str:
    if payload is None:
        return ""
    return ("[redacted] " if redacted else "") + fmt.payload_summary(payload, SUMMARY_CHARS)


def rows_of(records: Sequence[audit.JournalRecord]) -> list[JournalRow]:
    """The table rows of a page of records (on the worker thread: JSON and dates cost)."""
    return [
        JournalRow(
            r.entry.seq,
            fmt.moment(r.entry.at),
            sys.intern(r.actor_name),
            sys.intern(r.entry.action),
            r.entry.subject,
            _summary(r.payload, r.redacted),
            r.redacted,
        )
        for r in records
    ]


def _line_edit(combo: QComboBox) -> QLineEdit:
    edit = combo.lineEdit()
    assert edit is not None  # the combo box is editable
    return edit


def _mono() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


class JournalModel(QAbstractTableModel):
    """A lazy, append-as-you-scroll table over the filtered journal, newest first.

    ``page_loaded(rows, first)`` fires when a page is in the model; ``failed(exc)`` when a
    page could not be read (a filter naming nobody, a bad date); ``indexing(done, total)``
    while the payload search index is brought up to date before a text query.
    """

    page_loaded = Signal(int, bool)
    failed = Signal(object)
    indexing = Signal(object, object)

    def __init__(
        self,
        vault: Vault | None,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE,
        max_rows: int = MAX_ROWS,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.page_size = page_size
        self.max_rows = max_rows
        self.query: audit.JournalQuery | None = None
        self._rows: list[JournalRow] = []
        self._generation = 0
        self._loading = False
        self.exhausted = False
        self.capped = False
        self.pages_fetched = 0
        self._cancel: threading.Event | None = None
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self.indexing)
        self._headers = (
            lambda: QCoreApplication.translate("JournalModel", "#"),
            lambda: QCoreApplication.translate("JournalModel", "When"),
            lambda: QCoreApplication.translate("JournalModel", "User"),
            lambda: QCoreApplication.translate("JournalModel", "Action"),
            lambda: QCoreApplication.translate("JournalModel", "Subject"),
            lambda: QCoreApplication.translate("JournalModel", "Payload"),
        )

    # -- queries

    @property
    def loading(self) -> bool:
        """True while a page is being read."""
        return self._loading

    def set_query(self, query: audit.JournalQuery) -> None:
        """Show the entries matching ``query``: forget the rows, read the first page."""
        self._generation += 1
        self.cancel_indexing()
        self.beginResetModel()
        self.query = query
        self._rows = []
        self._loading = False
        self.exhausted = False
        self.capped = False
        self.pages_fetched = 0
        self.endResetModel()
        self._fetch(first=True)

    def refresh(self) -> None:
        """Read the current query again (new entries appear on top)."""
        if self.query is not None:
            self.set_query(self.query)

    def clear(self) -> None:
        """Forget every row and the query (locking); late pages are dropped."""
        self._generation += 1
        self.cancel_indexing()
        self.beginResetModel()
        self.query = None
        self._rows = []
        self._loading = False
        self.exhausted = True
        self.pages_fetched = 0
        self.endResetModel()

    def cancel_indexing(self) -> None:
        """Stop bringing the search index up to date (the query then fails, Cancelled)."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def _fetch(self, *, first: bool) -> None:
        vault, query = self.vault, self.query
        if vault is None or query is None:
            return
        generation = self._generation
        before = None if first or not self._rows else self._rows[-1].seq
        limit = self.page_size
        self._loading = True
        cancel = threading.Event() if first and query.text else None
        self._cancel = cancel
        progress = self._relay.callback()

        def page() -> list[JournalRow]:
            if cancel is not None:
                # Incremental: the first time it indexes every payload (progress shown),
                # later only the entries added since.
                audit.index_for_search(vault, progress=progress, cancel=cancel)
            return rows_of(audit.browse_journal(vault, query, before=before, limit=limit))

        tasks.run_task(
            self,
            page,
            on_done=lambda rows: self._arrived(generation, rows, first),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, rows: list[JournalRow], first: bool) -> None:
        if generation != self._generation:
            return  # a page of an earlier query
        self._loading = False
        self._cancel = None
        self.pages_fetched += 1
        if len(rows) < self.page_size:
            self.exhausted = True
        room = self.max_rows - len(self._rows)
        if len(rows) >= room:
            rows = rows[:room]
            self.capped = not self.exhausted
            self.exhausted = True
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.page_loaded.emit(len(rows), first)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._cancel = None
        self.exhausted = True
        self.failed.emit(exc)

    # -- rows

    def row(self, row: int) -> JournalRow:
        """The row ``row`` (it must be shown)."""
        return self._rows[row]

    def seq_at(self, row: int) -> int | None:
        """The journal seq shown on ``row``, if any."""
        return self._rows[row].seq if 0 <= row < len(self._rows) else None

    # -- QAbstractTableModel

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return (
            not parent.isValid()
            and self.query is not None
            and self.pages_fetched > 0
            and not self._loading
            and not self.exhausted
        )

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if self.canFetchMore(parent):
            self._fetch(first=False)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]()
        if orientation == Qt.Orientation.Vertical and section >= 0:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = index.column()
        if not (0 <= column < len(self._headers)):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (fmt.seq(r.seq), r.when, r.actor, r.action, r.subject, r.summary)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (4, 5):
            return (r.subject, r.summary)[column - 4] or None
        if role == SEQ_ROLE:
            return r.seq
        if role == Qt.ItemDataRole.ForegroundRole and r.action in _ALERTS:
            return _RED
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def action_choices() -> list[str]:
    """What the action filter offers: every family ("custody."), then every action."""
    values = sorted(a.value for a in Action)
    families = sorted({v.split(".", 1)[0] + "." for v in values})
    return ["", *families, *values]


class EntryDetails(QWidget):
    """One entry: who, what, when; each check with ✓ or ✗; hashes, signature, payload."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("subheading")
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_check = QLabel()
        self.link_check = QLabel()
        self.signature_check = QLabel()
        self.payload_check = QLabel()
        self.cosigners = QLabel()
        for label in self.checks():
            label.setObjectName("check")
            label.setWordWrap(True)
        self.proof = QPlainTextEdit()
        self.proof.setReadOnly(True)
        self.proof.setFont(_mono())
        self.proof.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        # Four hashes (one line each at the pane's usual width, two for the signature),
        # their names and the blank lines between them: no scrolling for the proof.
        lines = self.proof.fontMetrics().lineSpacing()
        self.proof.setMinimumHeight(14 * lines + 12)
        self.proof.setMaximumHeight(18 * lines + 12)
        self.payload = QPlainTextEdit()
        self.payload.setReadOnly(True)
        self.payload.setFont(_mono())
        self.placeholder = QLabel(self.tr("Choose an entry to see its proof."))
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.meta)
        for label in self.checks():
            body.addWidget(label)
        proof_title = QLabel(self.tr("Proof"))
        proof_title.setObjectName("subheading")
        body.addWidget(proof_title)
        body.addWidget(self.proof)
        payload_title = QLabel(self.tr("Payload"))
        payload_title.setObjectName("subheading")
        body.addWidget(payload_title)
        body.addWidget(self.payload, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.check: audit.EntryCheck | None = None
        self.clear()

    def checks(self) -> tuple[QLabel, ...]:
        """The check labels, in order."""
        return (
            self.hash_check,
            self.link_check,
            self.signature_check,
            self.payload_check,
            self.cosigners,
        )

    def clear(self) -> None:
        """Show nothing (no entry chosen, or locking)."""
        self.check = None
        self.body.hide()
        self.placeholder.show()
        for label in self.checks():
            label.clear()
        self.proof.clear()
        self.payload.clear()

    @staticmethod
    def _mark(label: QLabel, ok: bool | None, text: str) -> None:
        mark = "—" if ok is None else (CHECK if ok else CROSS)
        label.setText(f"{mark}  {text}")
        set_state(label, "" if ok is None else ("good" if ok else "bad"))

    def show_check(self, check: audit.EntryCheck) -> None:
        """Show ``check`` (from ``audit.entry_details``)."""
        self.check = check
        r = check.record
        e = r.entry
        self.title.setText(self.tr("Entry #{0}").format(fmt.seq(e.seq)))
        self.meta.setText(
            self.tr("{0} (UTC {1})\nby {2} · {3}\n{4}").format(
                fmt.moment(e.at), e.at, r.actor_name, e.action, e.subject
            )
        )
        self._mark(
            self.hash_check,
            check.hash_ok,
            self.tr("Entry hash: recomputed from the entry, it matches")
            if check.hash_ok
            else self.tr("Entry hash: the entry was changed after it was written"),
        )
        self._mark(
            self.link_check,
            check.link_ok,
            self.tr("Chain: linked to entry #{0}").format(fmt.seq(e.seq - 1))
            if check.link_ok
            else self.tr("Chain: not linked to the entry before"),
        )
        self._mark(
            self.signature_check,
            check.signature_ok,
            self.tr("Signature: made with {0}'s key").format(r.actor_name)
            if check.signature_ok
            else self.tr("Signature: does not verify with {0}'s key").format(r.actor_name),
        )
        if check.payload_ok is None:
            payload_text = self.tr("Payload: not shown to your role")
        elif check.payload_ok:
            payload_text = (
                self.tr("Payload: redacted under a retention rule; the redaction is recorded")
                if r.redacted
                else self.tr("Payload: matches its hash")
            )
        else:
            payload_text = self.tr("Payload: does not match its hash")
        self._mark(self.payload_check, check.payload_ok, payload_text)
        if check.cosigners:
            bad = [name for name, ok in check.cosigners if not ok]
            self._mark(
                self.cosigners,
                not bad,
                self.tr("Countersigned by {0}").format(
                    ", ".join(f"{name} {CHECK if ok else CROSS}" for name, ok in check.cosigners)
                ),
            )
            self.cosigners.show()
        else:
            self.cosigners.hide()
        self.proof.setPlainText(
            "\n\n".join(
                (
                    self.tr("Entry hash (SHA-256):") + "\n" + e.entry_hash.hex(),
                    self.tr("Previous entry's hash:") + "\n" + e.prev_hash.hex(),
                    self.tr("Payload hash:") + "\n" + e.payload_hash.hex(),
                    self.tr("Signature (Ed25519):") + "\n" + e.signature.hex(),
                )
            )
        )
        if r.payload is not None:
            self.payload.setPlainText(json.dumps(r.payload, ensure_ascii=False, indent=2))
        else:
            self.payload.setPlainText(self.tr("(not shown to your role)"))
        self.placeholder.hide()
        self.body.show()


class JournalBrowser(QDialog):
    """The window: filters on top, the entries on the left, the chosen entry's proof on
    the right. Closing it (or locking) forgets everything it showed."""

    def __init__(self, parent: QWidget | None, vault: Vault, users: Sequence[User] = ()) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(self.tr("Journal"))
        self.vault = vault
        self.model = JournalModel(vault, self)

        # -- the filter bar
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user.addItem("")
        for u in users:
            self.user.addItem(u.name)
        self.user_edit = _line_edit(self.user)
        self.user_edit.setPlaceholderText(self.tr("anyone"))
        self.action = QComboBox()
        self.action.setEditable(True)
        self.action.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.action.addItems(action_choices())
        self.action_edit = _line_edit(self.action)
        self.action_edit.setPlaceholderText(self.tr("any, or a family: custody."))
        self.action.setMinimumContentsLength(18)
        self.case = QLineEdit()
        self.case.setPlaceholderText(self.tr("e.g. 2026-0042"))
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("e.g. 2026-0042/3"))
        self.since = QLineEdit()
        self.since.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("YYYY-MM-DD"))
        for edit in (self.since, self.until):
            edit.setToolTip(self.tr("A date, or a date and time, in UTC"))
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("words in payloads"))
        self.payloads_shown = vault.user.role in READS_PAYLOADS
        if not self.payloads_shown:
            self.text.setEnabled(False)
            self.text.setPlaceholderText(self.tr("payloads are not shown to your role"))
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_filters)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        fields: list[tuple[str, QWidget]] = [
            (self.tr("&User:"), self.user),
            (self.tr("&Action:"), self.action),
            (self.tr("&Case:"), self.case),
            (self.tr("&Item:"), self.item),
            (self.tr("&From:"), self.since),
            (self.tr("&To:"), self.until),
            (self.tr("&Search:"), self.text),
        ]
        for n, (label, widget) in enumerate(fields[:4]):
            grid.addWidget(buddy(label, widget), 0, 2 * n, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, 0, 2 * n + 1)
        for n, (label, widget) in enumerate(fields[4:6]):
            grid.addWidget(buddy(label, widget), 1, 2 * n, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, 1, 2 * n + 1)
        grid.addWidget(buddy(fields[6][0], self.text), 1, 4, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.text, 1, 5, 1, 2)
        grid.addWidget(self.clear_button, 1, 7, Qt.AlignmentFlag.AlignRight)
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)
        self.error = error_label()

        # -- the table and the details
        self.view = QTableView()
        # Before the model: the stretched last column never shrinks below its first size.
        self.view.horizontalHeader().setDefaultSectionSize(60)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        # Fixed row heights and preset column widths: nothing measures every row.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        metrics = self.view.fontMetrics()
        samples = ("1 000 000", "2026-12-31 23:59:59", "jean-pierre", "custody.hash_verify")
        for column, sample in enumerate(samples):
            self.view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        self.view.setColumnWidth(4, metrics.horizontalAdvance("item:00000000-00") + 20)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.details = EntryDetails()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 560])

        # -- the status line: counts, and the search index's progress the first time
        self.status = QLabel()
        self.status.setObjectName("meta")
        self.index_bar = QProgressBar()
        self.index_bar.setRange(0, 1000)
        self.index_bar.setMaximumWidth(260)
        self.index_bar.hide()
        self.index_stop = QPushButton(self.tr("Stop &indexing"))
        self.index_stop.setAutoDefault(False)
        self.index_stop.hide()
        self.index_stop.clicked.connect(self.model.cancel_indexing)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.index_bar)
        bottom.addWidget(self.index_stop)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)

        # Typing waits for a pause; Enter and the combo boxes' lists apply at once.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(350)
        self._debounce.timeout.connect(self.apply_filters)
        for edit in (self.case, self.item, self.since, self.until, self.text):
            edit.textEdited.connect(lambda _t: self._debounce.start())
            edit.returnPressed.connect(self.apply_filters)
            edit.textChanged.connect(lambda t: None if t else self._debounce.start())
        for combo, line in ((self.user, self.user_edit), (self.action, self.action_edit)):
            line.textEdited.connect(lambda _t: self._debounce.start())
            line.returnPressed.connect(self.apply_filters)
            combo.activated.connect(lambda _i: self.apply_filters())
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(80)
        self._details_timer.timeout.connect(self._load_details)
        self._details_generation = 0
        self._applied: audit.JournalQuery | None = None

        self.model.page_loaded.connect(self._page_loaded)
        self.model.failed.connect(self._failed)
        self.model.indexing.connect(self._indexing)
        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.activated.connect(self.refresh)
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.activated.connect(self._focus_search)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1280, 760)

    # -- filters

    def query(self) -> audit.JournalQuery:
        """The query the filter bar describes."""

        def v(text: str) -> str | None:
            return text.strip() or None

        return audit.JournalQuery(
            user=v(self.user.currentText()),
            action=v(self.action.currentText()),
            case_ref=v(self.case.text()),
            exhibit_id=v(self.item.text()),
            since=v(self.since.text()),
            until=v(self.until.text()),
            text=v(self.text.text()) if self.payloads_shown else None,
        )

    @Slot()
    def apply_filters(self, *, force: bool = False) -> None:
        """Show the entries the filter bar describes (nothing is read if nothing changed)."""
        self._debounce.stop()
        query = self.query()
        if query == self._applied and not force:
            return
        self._applied = query
        self.error.hide()
        self.details.clear()
        self.status.setText(self.tr("Reading the journal…"))
        self.model.set_query(query)

    def refresh(self) -> None:
        """Read the journal again with the same filters."""
        self.apply_filters(force=True)

    def clear_filters(self) -> None:
        """Every entry again."""
        for combo in (self.user, self.action):
            combo.setCurrentIndex(0)
            combo.setEditText("")
        for edit in (self.case, self.item, self.since, self.until, self.text):
            edit.clear()
        self.apply_filters()

    def _focus_search(self) -> None:
        target = self.text if self.text.isEnabled() else self.user
        target.setFocus()

    # -- what the model says

    def _page_loaded(self, added: int, first: bool) -> None:
        self.index_bar.hide()
        self.index_stop.hide()
        count = self.model.rowCount()
        if count == 0:
            self.status.setText(self.tr("No entry matches these filters."))
        elif self.model.capped:
            self.status.setText(
                self.tr(
                    "The newest {0} matching entries are shown; narrow the filters (the dates, "
                    "say) to see older ones."
                ).format(fmt.seq(count))
            )
        elif self.model.exhausted:
            self.status.setText(
                self.tr("1 matching entry.")
                if count == 1
                else self.tr("{0} matching entries, newest first.").format(fmt.seq(count))
            )
        else:
            self.status.setText(
                self.tr("{0} entries shown, newest first; more are read as you scroll.").format(
                    fmt.seq(count)
                )
            )

    def _failed(self, exc: BaseException) -> None:
        self.index_bar.hide()
        self.index_stop.hide()
        self.status.setText("")
        if isinstance(exc, Cancelled):
            self._applied = None  # searching again resumes the indexing
            self.status.setText(
                self.tr("Indexing stopped; searching again resumes it where it stopped.")
            )
            return
        if not self.isVisible():
            return  # closed or locked meanwhile
        show_form_error(self.error, exc)

    def _indexing(self, done: int, total: int) -> None:
        if done >= total:
            self.index_bar.hide()
            self.index_stop.hide()
            return
        self.index_bar.show()
        self.index_stop.show()
        self.index_bar.setValue(int(1000 * done / total) if total else 0)
        self.status.setText(
            self.tr("Indexing payloads for searching (once): {0} of {1} entries…").format(
                fmt.seq(done), fmt.seq(total)
            )
        )

    # -- details

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._details_generation += 1
        if current.isValid():
            self._details_timer.start()
        else:
            self.details.clear()

    def selected_seq(self) -> int | None:
        """The seq of the chosen entry."""
        index = self.view.currentIndex()
        return self.model.seq_at(index.row()) if index.isValid() else None

    def _load_details(self) -> None:
        seq = self.selected_seq()
        if seq is None:
            return
        generation = self._details_generation
        vault = self.vault

        def done(check: audit.EntryCheck) -> None:
            if generation == self._details_generation:
                self.details.show_check(check)

        def failed(exc: BaseException) -> None:
            if generation == self._details_generation and self.isVisible():
                errors.show_error(self, exc)

        tasks.run_task(self, lambda: audit.entry_details(vault, seq), on_done=done, on_error=failed)

    def show_entry(self, row: int) -> None:
        """Choose ``row`` (its details are read at once)."""
        self.view.selectRow(row)
        self._details_timer.stop()
        self._load_details()

    # -- opening and closing

    def open_journal(self) -> None:
        """Show the window and the newest entries."""
        self.show()
        self.raise_()
        self.apply_filters(force=True)

    def done(self, result: int) -> None:
        self._debounce.stop()
        self._details_timer.stop()
        self.model.clear()
        self.details.clear()
        super().done(result)
