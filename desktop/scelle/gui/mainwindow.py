"""The main window: cases on the left, the case or item on the right, menus and toolbar.

Every read and command goes through :func:`scelle.gui.tasks.run_task` to the core. When the
journal failed verification the window shows only the red banner naming the first bad
entry: the core refuses every write and every read journals itself, so nothing else could
work. When locked, the window shows only the locked page.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from scelle.core import journal, model
from scelle.core.model import DEFAULT_CASE_PATTERN, Case, Item, Note
from scelle.core.permissions import Action, can
from scelle.core.vault import User, Vault
from scelle.gui import actions as dlg
from scelle.gui import dialogs, errors, exports, fmt, tasks
from scelle.gui.jobs import VerifyJournalDialog
from scelle.gui.journalbrowser import JournalBrowser
from scelle.gui.models import RECORD_ROLE, CaseModel
from scelle.gui.paths import icon
from scelle.gui.review import ReviewWindow
from scelle.gui.storage import InventoryDialog, LocationLabelsDialog, NewLocationDialog
from scelle.gui.views import CaseView, ItemView, table
from scelle.gui.widgets import CommandDialog, busy_bar

log = logging.getLogger(__name__)

EXHIBIT_RE = re.compile(r"\s*(\S.*/\d+)\s*")


def verification_text(report: journal.Report | None) -> str:
    """The status bar's sentence about the journal."""
    from PySide6.QtCore import QCoreApplication

    if report is None:
        return ""
    if report.intact:
        return QCoreApplication.translate("MainWindow", "Journal verified to #{0} — intact").format(
            fmt.seq(report.head.seq)
        )
    first = report.first_problem()
    if first is not None and first.seq is not None:
        return QCoreApplication.translate(
            "MainWindow", "JOURNAL TAMPERED: verification failed at entry #{0}"
        ).format(fmt.seq(first.seq))
    return QCoreApplication.translate("MainWindow", "JOURNAL TAMPERED: verification failed")


class MainWindow(QMainWindow):
    """The investigator's and supervisor's daily window."""

    lock_requested = Signal()
    unlock_requested = Signal()
    settings_requested = Signal()
    closing = Signal()
    loaded = Signal(str)  # "cases", "case", "item": for tests and the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scellé"))
        self.setWindowIcon(icon("scelle"))
        self.vault: Vault | None = None
        self.users: list[User] = []
        self.case: Case | None = None
        self.item: Item | None = None
        self.locked = True
        self.tampered = False
        self._pending_case: str | None = None
        self.review_window: ReviewWindow | None = None
        self.journal_window: JournalBrowser | None = None

        # -- left: search and cases
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Filter cases, or scan an exhibit id"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._search_entered)
        self.cases = CaseModel(self)
        self.cases_view = table(self.cases)
        self.cases_proxy = self.cases_view.model()
        self.cases_view.selectionModel().currentRowChanged.connect(self._case_row_changed)
        self.cases_view.activated.connect(lambda _i: self._open_selected_case())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        cases_title = QLabel(self.tr("Cases"))
        cases_title.setObjectName("subheading")
        left_layout.addWidget(cases_title)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.cases_view, 1)

        # -- right: nothing, a case or an item
        self.case_view = CaseView()
        self.item_view = ItemView()
        self.case_view.item_activated.connect(self.open_item)
        self.case_view.items_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions()
        )
        self.case_view.notes_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions()
        )
        self.item_view.notes_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_actions()
        )
        self.item_view.back_requested.connect(self._back_to_case)
        self.home = QLabel(self.tr("Choose a case on the left, or press Ctrl+N to open one."))
        self.home.setObjectName("placeholder")
        self.home.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.home)
        self.right.addWidget(self.case_view)
        self.right.addWidget(self.item_view)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 900])

        # -- locked and tampered pages
        self.locked_page = QWidget()
        lp = QVBoxLayout(self.locked_page)
        lp.addStretch()
        lock_label = QLabel(self.tr("Scellé is locked."))
        lock_label.setObjectName("lockedTitle")
        lock_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(icon("unlock"), self.tr("&Unlock…"))
        self.unlock_button.clicked.connect(self.unlock_requested)
        lp.addWidget(lock_label)
        lp.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        lp.addStretch()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tampered_page = QWidget()
        tp = QVBoxLayout(self.tampered_page)
        tp.addWidget(self.banner)
        tp.addStretch()
        self.pages = QStackedWidget()
        for w in (self.splitter, self.locked_page, self.tampered_page):
            self.pages.addWidget(w)
        self.setCentralWidget(self.pages)

        # -- status bar
        self.verification = QLabel()
        self.verification.setObjectName("verification")
        self.who = QLabel()
        self.busy_bar = busy_bar(height=10)
        self.busy_bar.setMaximumWidth(120)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.statusBar().addPermanentWidget(self.who)
        self.statusBar().addPermanentWidget(self.verification)

        self._case_timer = QTimer(self)
        self._case_timer.setSingleShot(True)
        self._case_timer.setInterval(200)
        self._case_timer.timeout.connect(self._open_selected_case)

        self._make_actions()
        self.set_locked()
        self.resize(1280, 780)

    # -- actions and menus

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        act = QAction(icon(icon_name) if icon_name else icon(name), text, self)
        act.setObjectName(name)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        a = self._action
        self.act_new_case = a("new_case", self.tr("&New case…"), self.new_case, "Ctrl+N", "case")
        self.act_new_item = a("new_item", self.tr("New &item…"), self.new_item, "Ctrl+I", "item")
        self.act_lock = a("lock", self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L")
        self.act_settings = a(
            "settings", self.tr("&Settings…"), self.settings_requested.emit, "Ctrl+,"
        )
        self.act_quit = a("quit", self.tr("&Quit"), self.close, "Ctrl+Q")
        self.act_transfer = a("transfer", self.tr("&Transfer custody…"), self.transfer, "Ctrl+T")
        self.act_checkout = a("checkout", self.tr("Check &out…"), self.check_out, "Ctrl+K")
        self.act_checkin = a("checkin", self.tr("Check &in…"), self.check_in, "Ctrl+Shift+K")
        self.act_move = a("move", self.tr("&Move…"), self.move_item, "Ctrl+M")
        self.act_reseal = a("reseal", self.tr("&Seal / reseal…"), self.reseal, "Ctrl+E")
        self.act_verify = a("verify", self.tr("&Verify hashes…"), self.verify_hash, "Ctrl+H")
        self.act_dispose = a(
            "dispose", self.tr("Request &disposition…"), self.request_disposition, "Ctrl+D"
        )
        self.act_approve = a(
            "approve",
            self.tr("&Approve disposition…"),
            self.approve_disposition,
            "Ctrl+Shift+D",
        )
        self.act_open_item = a(
            "open_item", self.tr("O&pen item"), self._open_selected_item, "Ctrl+Return", "item"
        )
        self.act_add_note = a(
            "add_note", self.tr("&Add note…"), self.add_note, "Ctrl+Shift+N", "note"
        )
        self.act_edit_note = a(
            "edit_note", self.tr("&Edit note…"), self.edit_note, "Ctrl+Shift+E", "note"
        )
        self.act_strike_note = a(
            "strike_note", self.tr("&Strike note through…"), self.strike_note, "Ctrl+Shift+X"
        )
        self.act_find = a("find", self.tr("&Find or scan…"), self.focus_search, "Ctrl+F", "search")
        self.act_refresh = a("refresh", self.tr("&Refresh"), self.refresh, "F5")
        self.act_back = a("back", self.tr("&Back to the case"), self._back_to_case, "Alt+Left")
        self.act_about = a("about", self.tr("&About Scellé"), self.about, None, "scelle")
        self.act_review = a("review", self.tr("&Review and sign off…"), self.open_review, "Ctrl+R")
        self.act_export = a(
            "export", self.tr("&Export case…"), self.export_case, "Ctrl+Shift+S", "export"
        )
        self.act_report = a(
            "report", self.tr("Chain-of-&custody report…"), self.case_report, "Ctrl+P", "report"
        )
        self.act_labels = a(
            "labels", self.tr("Print &labels…"), self.print_labels, "Ctrl+Shift+P", "labels"
        )
        self.act_verify_export = a(
            "verify_export", self.tr("Verify an e&xport…"), self.verify_export, None, "verify"
        )
        self.act_journal = a(
            "journal", self.tr("&Browse the journal…"), self.open_journal, "Ctrl+J", "journal"
        )
        self.act_verify_journal = a(
            "verify_journal",
            self.tr("&Verify the whole journal…"),
            self.verify_journal,
            "Ctrl+Shift+J",
            "verify",
        )
        self.act_new_location = a(
            "new_location", self.tr("&New storage location…"), self.new_location, None, "location"
        )
        self.act_inventory = a(
            "inventory", self.tr("&Inventory…"), self.take_inventory, "Ctrl+Shift+I", "inventory"
        )
        self.act_location_labels = a(
            "location_labels",
            self.tr("Print location &labels…"),
            self.print_location_labels,
            None,
            "labels",
        )

        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        m.addAction(self.act_new_case)
        m.addSeparator()
        m.addAction(self.act_verify_export)
        m.addSeparator()
        m.addAction(self.act_settings)
        m.addAction(self.act_lock)
        m.addSeparator()
        m.addAction(self.act_quit)
        m = bar.addMenu(self.tr("&Case"))
        m.addAction(self.act_new_case)
        m.addAction(self.act_new_item)
        m.addAction(self.act_open_item)
        m.addSeparator()
        m.addAction(self.act_review)
        m.addSeparator()
        for act in (self.act_export, self.act_report, self.act_labels):
            m.addAction(act)
        m = bar.addMenu(self.tr("&Item"))
        for act in (
            self.act_transfer,
            self.act_checkout,
            self.act_checkin,
            self.act_move,
            self.act_reseal,
        ):
            m.addAction(act)
        m.addSeparator()
        m.addAction(self.act_verify)
        m.addSeparator()
        m.addAction(self.act_dispose)
        m.addAction(self.act_approve)
        m = bar.addMenu(self.tr("&Notes"))
        for act in (self.act_add_note, self.act_edit_note, self.act_strike_note):
            m.addAction(act)
        m = bar.addMenu(self.tr("&Journal"))
        for act in (self.act_journal, self.act_verify_journal):
            m.addAction(act)
        m = bar.addMenu(self.tr("&Storage"))
        for act in (self.act_inventory, self.act_new_location, self.act_location_labels):
            m.addAction(act)
        m = bar.addMenu(self.tr("&View"))
        for act in (self.act_find, self.act_refresh, self.act_back):
            m.addAction(act)
        m = bar.addMenu(self.tr("&Help"))
        m.addAction(self.act_about)

        tb = self.addToolBar(self.tr("Main"))
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (
            self.act_new_case,
            self.act_new_item,
            self.act_transfer,
            self.act_checkout,
            self.act_verify,
            self.act_add_note,
        ):
            tb.addAction(act)
        tb.addSeparator()
        tb.addAction(self.act_lock)
        self.toolbar = tb
        for act in self.actions():
            if act.shortcut().toString():
                act.setToolTip(
                    f"{act.text().replace('&', '').rstrip('…')} "
                    f"({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                )

    def _update_actions(self) -> None:
        """Enable what this user may do here (mirroring core.permissions, never replacing it)."""
        usable = self.vault is not None and not self.locked and not self.tampered
        role = self.vault.user.role if self.vault is not None else None
        case = self.case
        assigned = bool(case and self.vault and self.vault.user.name in case.members)
        item = self.current_item()
        note = self.current_note()

        def allowed(action: Action, *, scoped: bool = True) -> bool:
            return bool(
                usable and role and can(role, action, assigned=assigned, case_scoped=scoped)
            )

        case_open = bool(case and case.status == "open")
        in_custody = bool(item and item.status == "in_custody")
        self.act_new_case.setEnabled(bool(usable and role and can(role, Action.CASE_ADD)))
        self.act_new_item.setEnabled(case_open and allowed(Action.ITEM_ADD))
        self.act_open_item.setEnabled(bool(usable and item))
        self.act_transfer.setEnabled(in_custody and allowed(Action.CUSTODY_TRANSFER))
        self.act_checkout.setEnabled(in_custody and allowed(Action.CUSTODY_CHECKOUT))
        self.act_checkin.setEnabled(
            bool(item and item.status == "checked_out") and allowed(Action.CUSTODY_CHECKIN)
        )
        self.act_move.setEnabled(in_custody and allowed(Action.CUSTODY_MOVE))
        self.act_reseal.setEnabled(in_custody and allowed(Action.CUSTODY_SEAL))
        self.act_verify.setEnabled(
            bool(item and item.kind == "digital" and item.status in ("in_custody", "checked_out"))
            and allowed(Action.CUSTODY_HASH_VERIFY)
        )
        self.act_dispose.setEnabled(
            in_custody
            and bool(item and item.disposition_request is None)
            and allowed(Action.CUSTODY_DISPOSITION_REQUEST)
        )
        self.act_approve.setEnabled(
            bool(item and item.disposition_request is not None)
            and allowed(Action.CUSTODY_DISPOSITION_APPROVE)
        )
        self.act_add_note.setEnabled(bool(case) and allowed(Action.NOTE_ADD))
        self.act_edit_note.setEnabled(bool(note and not note.struck) and allowed(Action.NOTE_EDIT))
        self.act_strike_note.setEnabled(
            bool(note and not note.struck) and allowed(Action.NOTE_STRIKE)
        )
        case_export = bool(case) and allowed(Action.CASE_EXPORT)
        self.act_review.setEnabled(bool(case) and allowed(Action.REVIEW_VIEW))
        self.act_export.setEnabled(case_export)
        self.act_report.setEnabled(case_export and allowed(Action.CASE_REPORT))
        self.act_labels.setEnabled(
            case_export and bool(case and case.item_count) and allowed(Action.CASE_REPORT)
        )
        self.act_journal.setEnabled(allowed(Action.JOURNAL_VIEW, scoped=False))
        self.act_verify_journal.setEnabled(allowed(Action.JOURNAL_VERIFY, scoped=False))
        self.act_new_location.setEnabled(allowed(Action.LOCATION_ADD, scoped=False))
        self.act_inventory.setEnabled(allowed(Action.INVENTORY_AUDIT, scoped=False))
        self.act_location_labels.setEnabled(allowed(Action.LOCATION_LIST, scoped=False))
        for act in (self.act_find, self.act_refresh, self.act_verify_export):
            act.setEnabled(usable)
        self.act_back.setEnabled(bool(usable and self.right.currentWidget() is self.item_view))
        self.act_lock.setEnabled(not self.locked)
        self.search.setEnabled(usable)

    # -- state: unlocked, locked, tampered

    def set_vault(self, vault: Vault) -> None:
        """Show ``vault`` (just unlocked): its verification state, then its cases."""
        self.vault = vault
        self.locked = False
        self.who.setText(self.tr("{0} ({1})").format(vault.user.name, fmt.role(vault.user.role)))
        self.setWindowTitle(self.tr("Scellé — {0}").format(vault.path.name))
        report = vault.verification
        self.verification.setText(verification_text(report))
        self.tampered = report is not None and not report.intact
        self.verification.setProperty("state", "bad" if self.tampered else "good")
        self.verification.style().unpolish(self.verification)
        self.verification.style().polish(self.verification)
        if self.tampered:
            assert report is not None
            self.show_tampered(report)
            return
        self.pages.setCurrentWidget(self.splitter)
        self.right.setCurrentWidget(self.home)
        self._update_actions()
        self.load_users()
        self.load_cases()
        self.search.setFocus()

    def show_tampered(self, report: journal.Report) -> None:
        """The red banner that blocks everything, naming the first bad entry."""
        first = report.first_problem()
        if first is not None and first.seq is not None:
            text = self.tr(
                "The journal failed verification at entry #{0}: {1}\n\nScellé records and shows "
                "nothing more from this vault. Do not use it; ask an auditor to examine it."
            ).format(fmt.seq(first.seq), first.detail)
        else:
            text = self.tr(
                "The journal failed verification: {0}\n\nScellé records and shows nothing more "
                "from this vault. Do not use it; ask an auditor to examine it."
            ).format(first.detail if first else "")
        self.banner.setText(text)
        self.pages.setCurrentWidget(self.tampered_page)
        self._forget()
        self._update_actions()

    def set_locked(self) -> None:
        """Hide every content and close every dialog of this window (the vault was closed)."""
        self.locked = True
        self.vault = None
        for child in self.findChildren(QDialog):
            if child.isVisible():
                child.reject()
        self._forget()
        self.who.clear()
        self.verification.clear()
        self.setWindowTitle(self.tr("Scellé — locked"))
        self.pages.setCurrentWidget(self.locked_page)
        self._update_actions()

    def _forget(self) -> None:
        self.case = None
        self.item = None
        self.users = []
        self.search.clear()
        self.cases.clear()
        self.case_view.clear()
        self.item_view.clear()
        self.right.setCurrentWidget(self.home)

    # -- running core calls

    def _run(
        self,
        fn: Callable[[Vault], Any],
        on_done: Callable[[Any], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> tasks.Task | None:
        vault = self.vault
        if vault is None or self.locked or self.tampered:
            return None
        return tasks.run_task(
            self, lambda: fn(vault), on_done=on_done, on_error=on_error or self._error
        )

    def _error(self, exc: BaseException) -> None:
        if self.locked:
            return  # a read that was running when the vault locked
        errors.show_error(self, exc)

    def load_users(self) -> None:
        """The users, for the dialogs' choices."""

        def done(users: list[User]) -> None:
            self.users = users

        self._run(lambda v: v.users(), done)

    def load_cases(self, *, select: str | None = None) -> None:
        """Reload the cases list (journaled as ``case.list``)."""

        def done(cases: list[Case]) -> None:
            self.cases.set_records(cases)
            self.cases_view.resizeColumnsToContents()
            self.cases_view.horizontalHeader().setStretchLastSection(True)
            target = select or (self.case.ref if self.case else None)
            if target:
                self._select_case_row(target)
            self.loaded.emit("cases")

        self._run(model.list_cases, done)

    def _select_case_row(self, ref: str) -> None:
        proxy = self.cases_view.model()
        for row in range(proxy.rowCount()):
            record = proxy.index(row, 0).data(RECORD_ROLE)
            if isinstance(record, Case) and record.ref == ref:
                self._pending_case = ref
                self.cases_view.selectRow(row)
                return

    def _case_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._case_timer.start()

    def _open_selected_case(self) -> None:
        record = self.cases_view.currentIndex().siblingAtColumn(0).data(RECORD_ROLE)
        if isinstance(record, Case) and not (
            self.case
            and self.case.ref == record.ref
            and self.right.currentWidget() is self.case_view
        ):
            self.open_case(record.ref)

    def open_case(self, ref: str) -> None:
        """Show a case (journaled as ``case.view``)."""

        def load(v: Vault) -> tuple[Case, list[Item], list[Note], list[model.CustodyEvent]]:
            case, items = model.show_case(v, ref)
            notes = model.notes_of(v, case.id)
            events = sorted(
                (e for i in items for e in model.timeline(v, i.id)), key=lambda e: e.seq
            )
            return case, items, notes, events

        def done(result: tuple[Case, list[Item], list[Note], list[model.CustodyEvent]]) -> None:
            case, items, notes, events = result
            selected = self.case_view.selected_item()
            self.case = case
            self.item = None
            self.case_view.show_case(case, items, notes, events)
            if selected is not None:
                for row in range(self.case_view.items_view.model().rowCount()):
                    index = self.case_view.items_view.model().index(row, 0)
                    record = index.data(RECORD_ROLE)
                    if isinstance(record, Item) and record.id == selected.id:
                        self.case_view.items_view.selectRow(row)
            self.right.setCurrentWidget(self.case_view)
            self._update_actions()
            self.loaded.emit("case")

        self._run(load, done)

    def open_item(self, exhibit_id: str) -> None:
        """Show an item (journaled as ``item.view``); also what a barcode scan does."""

        def load(v: Vault) -> tuple[Item, list[model.CustodyEvent], list[Note]]:
            item, events = model.show_item(v, exhibit_id)
            return item, events, model.notes_of(v, item.case_id, item_id=item.id)

        def done(result: tuple[Item, list[model.CustodyEvent], list[Note]]) -> None:
            item, events, notes = result
            self.item = item
            if self.case is None or self.case.id != item.case_id:
                self.case = None
                self._select_case_row(item.case_ref)
                self._case_timer.stop()
                self._load_case_quietly(item.case_ref)
            self.item_view.show_item(item, events, notes)
            self.right.setCurrentWidget(self.item_view)
            self._update_actions()
            self.loaded.emit("item")

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(
                errors.sentence(exc) + " " + (errors.detail(exc) or ""), 8000
            )
            errors.show_error(self, exc)

        self._run(load, done, on_error=failed)

    def _load_case_quietly(self, ref: str) -> None:
        """The case of a scanned item, for the case-level actions (no view change)."""

        def done(case: Case) -> None:
            self.case = case
            self._update_actions()

        self._run(lambda v: model.show_case(v, ref)[0], done)

    def _back_to_case(self) -> None:
        if self.case is not None:
            self.item = None
            self.open_case(self.case.ref)

    def _open_selected_item(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_item(item.exhibit_id)

    def refresh(self) -> None:
        """Reload what is shown."""
        self.load_cases()
        if self.right.currentWidget() is self.item_view and self.item is not None:
            self.open_item(self.item.exhibit_id)
        elif self.case is not None:
            self.open_case(self.case.ref)

    # -- search and barcode scans

    def focus_search(self) -> None:
        """Put the cursor in the search box (a scanner then types into it)."""
        self.search.setFocus()
        self.search.selectAll()

    def _filter(self, text: str) -> None:
        self.cases_proxy.setFilterFixedString(text.strip())  # type: ignore[attr-defined]

    def _search_entered(self) -> None:
        text = self.search.text()
        match = EXHIBIT_RE.fullmatch(text)
        if match:
            # A barcode scanner types the exhibit id and Enter: go straight to the item.
            self.search.clear()
            self.open_item(match.group(1))
            return
        proxy = self.cases_view.model()
        if proxy.rowCount() >= 1:
            self.cases_view.selectRow(0)
            self.cases_view.setFocus()
            self._open_selected_case()

    # -- what is selected

    def current_item(self) -> Item | None:
        """The item shown, or the one selected in the case's items table."""
        if self.right.currentWidget() is self.item_view:
            return self.item_view.item
        if self.right.currentWidget() is self.case_view:
            return self.case_view.selected_item()
        return None

    def current_note(self) -> Note | None:
        """The note selected in the visible notes table."""
        if self.right.currentWidget() is self.item_view:
            return self.item_view.selected_note()
        if self.right.currentWidget() is self.case_view:
            return self.case_view.selected_note()
        return None

    # -- the dialogs

    def _open_dialog(self, dialog: CommandDialog | QDialog, after: Callable[[Any], None]) -> None:
        """Open ``dialog`` window-modal without blocking; ``after(result)`` on success."""
        self.current_dialog = dialog
        if isinstance(dialog, CommandDialog):
            dialog.succeeded.connect(after)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _changed(self, _result: object = None) -> None:
        self.refresh()

    def new_case(self) -> None:
        """Open a case."""
        if self.vault is None:
            return
        pattern = self.vault_setting("case_ref_pattern") or DEFAULT_CASE_PATTERN

        def after(case: Case) -> None:
            self.search.clear()
            self.load_cases(select=case.ref)
            self.open_case(case.ref)

        self._open_dialog(dlg.NewCaseDialog(self, self.vault, self.users, pattern), after)

    def vault_setting(self, key: str) -> str | None:
        """A vault setting (read from the projection; cheap, unjournaled)."""
        try:
            return self.vault.setting(key) if self.vault is not None else None
        except Exception:  # the vault may have been locked meanwhile
            log.debug("setting %s unavailable", key, exc_info=True)
            return None

    def new_item(self) -> None:
        """Record an item in the current case."""
        if self.vault is None or self.case is None:
            return

        def after(added: model.Added) -> None:
            for warning in added.warnings:
                dialogs.warning(self, warning)
            self.statusBar().showMessage(self.tr("Added {0}.").format(added.item.exhibit_id), 8000)
            self.load_cases()
            self.open_case(added.item.case_ref)

        self._open_dialog(dlg.NewItemDialog(self, self.vault, self.case.ref), after)

    def _item_dialog(self, make: Callable[[Vault, Item], QDialog]) -> None:
        item = self.current_item()
        if self.vault is None or item is None:
            return
        self._open_dialog(make(self.vault, item), self._changed)

    def transfer(self) -> None:
        """Two-party transfer of the current item."""
        self._item_dialog(lambda v, i: dlg.TransferDialog(self, v, i, self.users))

    def check_out(self) -> None:
        """Check the current item out."""
        self._item_dialog(lambda v, i: dlg.CheckOutDialog(self, v, i))

    def check_in(self) -> None:
        """Check the current item in."""
        self._item_dialog(lambda v, i: dlg.CheckInDialog(self, v, i))

    def move_item(self) -> None:
        """Move the current item."""
        self._item_dialog(lambda v, i: dlg.MoveDialog(self, v, i))

    def reseal(self) -> None:
        """Seal or reseal the current item."""
        self._item_dialog(lambda v, i: dlg.ResealDialog(self, v, i))

    def verify_hash(self) -> None:
        """Verify the current item's hashes against a file."""
        self._item_dialog(lambda v, i: dlg.VerifyHashDialog(self, v, i))

    def request_disposition(self) -> None:
        """Ask for the current item's disposition."""
        self._item_dialog(lambda v, i: dlg.DispositionRequestDialog(self, v, i, self.users))

    def approve_disposition(self) -> None:
        """Approve the current item's pending disposition."""
        item = self.current_item()
        if self.vault is None or item is None:
            return
        request = ""
        for event in reversed(self.item_view.history.records() if self.item is item else []):
            if event.kind == "disposition_request":
                request = fmt.event_details(event) + " — " + event.actor_name
                break
        vault = self.vault
        self._open_dialog(
            dlg.ApproveDispositionDialog(
                self, vault, item, request or self.tr("#{0}").format(item.disposition_request)
            ),
            self._changed,
        )

    def add_note(self) -> None:
        """A note on the current item (item view) or case."""
        if self.vault is None or self.case is None:
            return
        target = (
            self.item_view.item.exhibit_id
            if self.right.currentWidget() is self.item_view and self.item_view.item
            else self.case.ref
        )
        self._open_dialog(dlg.NoteDialog(self, self.vault, target=target), self._changed)

    def edit_note(self) -> None:
        """A new revision of the selected note, its history beside it."""
        note = self.current_note()
        if self.vault is None or note is None:
            return

        def opened(history: list[model.NoteRevision]) -> None:
            if self.vault is None:
                return
            self._open_dialog(
                dlg.NoteDialog(self, self.vault, note=note, history=history), self._changed
            )

        self._run(lambda v: model.note_history(v, note.id), opened)

    def strike_note(self) -> None:
        """Strike the selected note through."""
        note = self.current_note()
        if self.vault is None or note is None:
            return
        self._open_dialog(dlg.StrikeNoteDialog(self, self.vault, note), self._changed)

    # -- review, journal, exports and storage (issue #6)

    def _alive(self, widget: QWidget | None) -> bool:
        return widget is not None and shiboken6.isValid(widget) and widget.isVisible()

    def _busy(self, text: str | None) -> None:
        """The status bar's busy bar and message while a background job runs (None: done)."""
        self.busy_bar.setVisible(text is not None)
        if text is None:
            self.statusBar().clearMessage()
        else:
            self.statusBar().showMessage(text)

    def _wrote(self, path: object) -> None:
        self.statusBar().showMessage(self.tr("Wrote {0}.").format(path), 15000)

    def open_review(self) -> None:
        """The review of the current case (supervisors sign it off there)."""
        if self.vault is None or self.case is None:
            return
        ref = self.case.ref
        current = self.review_window
        if self._alive(current) and current is not None:
            if current.case_ref == ref:
                current.raise_()
                current.activateWindow()
                return
            current.close()
        window = ReviewWindow(self, self.vault, ref, title=self.case.title)
        window.signed.connect(
            lambda signed: self.statusBar().showMessage(
                self.tr("Case {0} signed off up to entry #{1}.").format(
                    ref, fmt.seq(signed.up_to_seq)
                ),
                15000,
            )
        )
        self.review_window = window
        window.show()
        window.load()

    def open_journal(self) -> None:
        """The journal browser (one window; a second request raises it)."""
        if self.vault is None:
            return
        if self._alive(self.journal_window) and self.journal_window is not None:
            self.journal_window.raise_()
            self.journal_window.activateWindow()
            return
        window = JournalBrowser(self, self.vault, self.users)
        self.journal_window = window
        window.open_journal()

    def verify_journal(self) -> None:
        """Verify every entry from the first, with a progress bar and Cancel."""
        if self.vault is None:
            return
        dialog = VerifyJournalDialog(self, self.vault)
        dialog.verified.connect(self._journal_verified)
        self._open_dialog(dialog, lambda _r: None)
        dialog.start()

    def _journal_verified(self, report: journal.Report) -> None:
        self.verification.setText(verification_text(report))
        bad = not report.intact
        self.verification.setProperty("state", "bad" if bad else "good")
        self.verification.style().unpolish(self.verification)
        self.verification.style().polish(self.verification)
        if bad:
            # The vault now refuses every write, and every read would be journaled.
            self.tampered = True
            self.show_tampered(report)

    def _case_dialog(self, make: Callable[[Vault, str], QDialog]) -> None:
        if self.vault is None or self.case is None:
            return
        self._open_dialog(make(self.vault, self.case.ref), self._wrote)

    def export_case(self) -> None:
        """Export the current case (JSON, CSV or CASE/UCO)."""
        self._case_dialog(lambda v, ref: exports.ExportCaseDialog(self, v, ref))

    def case_report(self) -> None:
        """The chain-of-custody report of the current case (PDF)."""
        self._case_dialog(lambda v, ref: exports.ReportDialog(self, v, ref))

    def print_labels(self) -> None:
        """Evidence labels of the current case's items (PDF to print on label sheets)."""
        case = self.case
        if self.vault is None or case is None:
            return
        # From an item's page, its label; from the case, every item's.
        selected = self.item_view.item if self.right.currentWidget() is self.item_view else None

        def opened(items: list[Item]) -> None:
            if self.vault is None:
                return
            self._open_dialog(
                exports.LabelsDialog(
                    self,
                    self.vault,
                    case.ref,
                    items,
                    selected=[selected.exhibit_id] if selected is not None else [],
                ),
                self._wrote,
            )

        shown = self.case_view.case
        if shown is not None and shown.id == case.id:
            opened(self.case_view.items.records())
        else:
            self._run(lambda v: model.list_items(v, case.ref), opened)

    def verify_export(self) -> None:
        """Check a JSON case export on its own: chain, signatures, payloads."""
        path = dialogs.open_file(
            self, self.tr("Choose the case export to verify"), str(exports.documents_folder())
        )
        if not path:
            return
        self._busy(self.tr("Verifying {0}…").format(path))

        def done(result: tuple[dict[str, Any], Any]) -> None:
            self._busy(None)
            doc, report = result
            ref = str((doc.get("case") or {}).get("ref", "?"))
            head = report.head.seq if report.head is not None else 0
            if report.intact:
                dialogs.information(
                    self,
                    self.tr(
                        "The export of case {0} is intact: {1} entries up to #{2}; every hash, "
                        "link, signature and payload verifies."
                    ).format(ref, fmt.seq(report.entries), fmt.seq(head)),
                    detail=path,
                )
                return
            lines = [
                (f"#{fmt.seq(p.seq)} " if p.seq is not None else "") + f"{p.kind}: {p.detail}"
                for p in report.problems[:20]
            ]
            if len(report.problems) > 20:
                lines.append(self.tr("… and {0} more").format(len(report.problems) - 20))
            dialogs.critical(
                self,
                self.tr("The export of case {0} is NOT intact: {1} problem(s) found.").format(
                    ref, len(report.problems)
                ),
                detail="\n".join(lines),
            )

        def failed(exc: BaseException) -> None:
            self._busy(None)
            errors.show_error(self, exc)

        tasks.run_task(
            self,
            lambda: exports.check_export_file(path),
            on_done=done,
            on_error=failed,
            vault=False,
        )

    def new_location(self) -> None:
        """Define a storage location."""
        if self.vault is None:
            return

        def after(loc: Any) -> None:
            self.statusBar().showMessage(
                self.tr("Storage location {0} added.").format(loc.code), 10000
            )

        self._open_dialog(NewLocationDialog(self, self.vault), after)

    def take_inventory(self) -> None:
        """Scan what a storage location holds and record the inventory."""
        if self.vault is None:
            return
        dialog = InventoryDialog(self, self.vault)
        self._open_dialog(dialog, lambda _r: None)
        dialog.load_locations()

    def print_location_labels(self) -> None:
        """QR labels for storage locations (PDF to print on label sheets)."""
        if self.vault is None:
            return
        dialog = LocationLabelsDialog(self, self.vault)
        self._open_dialog(dialog, self._wrote)
        dialog.load_locations()

    def about(self) -> None:
        """Name and version."""
        from scelle import __version__

        dialogs.information(
            self,
            self.tr("Scellé {0} — evidence custody with a signed, verifiable journal.").format(
                __version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
