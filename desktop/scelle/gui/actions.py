"""The dialogs of daily work: new case and item, custody events, notes, settings.

Each is a :class:`~scelle.gui.widgets.CommandDialog`: OK runs one core command on the vault
thread, the dialog closes on success and keeps the form (with the error under it) on
failure. The GUI never checks a rule itself: the core refuses, the form says why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from scelle.core import model
from scelle.core.errors import AuthenticationFailed, BadInput
from scelle.core.hashing import Digests
from scelle.core.model import HOLDER_ROLES, Item, ItemDraft, Note
from scelle.core.vault import User, Vault
from scelle.gui import fmt, settings
from scelle.gui.models import FilterProxy, RevisionModel
from scelle.gui.widgets import CommandDialog, HashPanel, reason_combo, show_form_error


def _text(widget: QLineEdit | QComboBox | QPlainTextEdit) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, QComboBox):
        return widget.currentText().strip()
    return widget.toPlainText().strip()


def _opt(widget: QLineEdit | QComboBox | QPlainTextEdit) -> str | None:
    return _text(widget) or None


def _mono() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


# -- cases ----------------------------------------------------------------------------------


class NewCaseDialog(CommandDialog):
    """Open a case: reference in the office's format, title, investigators assigned."""

    def __init__(
        self, parent: QWidget | None, vault: Vault, users: Sequence[User], pattern: str
    ) -> None:
        super().__init__(parent, self.tr("New case"), self.tr("&Open the case"))
        self.vault = vault
        self.ref = QLineEdit()
        example = pattern.replace("YYYY", str(date.today().year)).replace("N", "0")
        self.ref.setPlaceholderText(self.tr("Format {0}, e.g. {1}").format(pattern, example))
        self.title_edit = QLineEdit()
        self.retention = QLineEdit()
        self.retention.setPlaceholderText(self.tr("optional, e.g. 10 years after closing"))
        self.members = QListWidget()
        self.members.setMaximumHeight(120)
        for user in users:
            if user.status == "active" and user.role in HOLDER_ROLES and user.id != vault.user.id:
                entry = QListWidgetItem(f"{user.name} ({fmt.role(user.role)})")
                entry.setData(Qt.ItemDataRole.UserRole, user.name)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.members.addItem(entry)
        self.form.addRow(self.tr("&Reference:"), self.ref)
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("R&etention:"), self.retention)
        self.form.addRow(self.tr("Also &assign:"), self.members)

    def command(self) -> Callable[[], Any]:
        ref, title, retention = _text(self.ref), _text(self.title_edit), _opt(self.retention)
        members = [
            str(self.members.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        ]
        vault = self.vault
        return lambda: model.add_case(vault, ref, title, retention=retention, members=members)

    def error_field(self, exc: BaseException) -> QWidget | None:
        return self.title_edit if "title" in str(exc).lower() else self.ref


# -- items ----------------------------------------------------------------------------------


class NewItemDialog(CommandDialog):
    """Record a seized or received item; a digital item's file is hashed in a worker."""

    def __init__(self, parent: QWidget | None, vault: Vault, case_ref: str) -> None:
        super().__init__(
            parent, self.tr("New item in {0}").format(case_ref), self.tr("&Add the item")
        )
        self.vault = vault
        self.case_ref = case_ref
        self.kind = QComboBox()
        self.kind.addItem(fmt.kind("physical"), "physical")
        self.kind.addItem(fmt.kind("digital"), "digital")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.received = QComboBox()
        self.received.addItem(self.tr("Seized"), "seizure")
        self.received.addItem(self.tr("Received"), "receipt")
        self.reason = reason_combo("receipt")
        self.seal = QLineEdit()
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("e.g. Evidence room, shelf B4"))
        self.seized_where = QLineEdit()
        self.seized_from = QLineEdit()
        self.hasher = HashPanel(self)
        self.hash_result = QLabel()
        self.hash_result.setObjectName("hashes")
        self.hash_result.setFont(_mono())
        self.hash_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_result.setWordWrap(False)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.form.addRow(self.tr("How it &came:"), self.received)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.form.addRow(self.tr("&Seal number:"), self.seal)
        self.form.addRow(self.tr("Storage &location:"), self.location)
        self.form.addRow(self.tr("Seized &at (place):"), self.seized_where)
        self.form.addRow(self.tr("Seized &from:"), self.seized_from)
        self.file_label = QLabel(self.tr("File to hash:"))
        self.form.addRow(self.file_label, self.hasher)
        self.form.addRow("", self.hash_result)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.hasher.hashed.connect(self._hashed)
        self.hasher.cancelled.connect(self._hash_cancelled)
        self.hasher.failed.connect(lambda exc: show_form_error(self.error, exc))
        self.hasher.file_chosen.connect(lambda _: self._hashing(True))
        self._kind_changed()
        self.setMinimumWidth(720)

    def _kind_changed(self) -> None:
        digital = self.kind.currentData() == "digital"
        self.file_label.setVisible(digital)
        self.hasher.setVisible(digital)
        self.hash_result.setVisible(digital)

    def _hashing(self, on: bool) -> None:
        self.ok.setEnabled(not on)
        self.error.hide()
        self.hash_result.setText(self.tr("Hashing…") if on else "")

    def _hashed(self, digests: Digests) -> None:
        self.ok.setEnabled(True)
        self.hash_result.setText(
            f"MD5     {digests.md5}\nSHA-1   {digests.sha1}\nSHA-256 {digests.sha256}\n"
            + self.tr("Size: {0}").format(fmt.size(digests.size))
        )

    def _hash_cancelled(self) -> None:
        self.ok.setEnabled(True)
        self.hash_result.setText(self.tr("Hashing was cancelled; nothing was recorded."))

    def reject(self) -> None:
        self.hasher.cancel()
        super().reject()

    def command(self) -> Callable[[], Any]:
        if self.hasher.running:
            raise BadInput(self.tr("Wait until the file is hashed, or stop hashing."))
        digital = self.kind.currentData() == "digital"
        draft = ItemDraft(
            description=_text(self.description),
            kind=str(self.kind.currentData()),
            seal=_opt(self.seal),
            seized_where=_opt(self.seized_where),
            seized_from=_opt(self.seized_from),
            location=_opt(self.location),
            received=str(self.received.currentData()),
            reason=_opt(self.reason),
        )
        digests = self.hasher.digests if digital else None
        vault, ref = self.vault, self.case_ref
        return lambda: model.add_item(vault, ref, draft, digests=digests)


# -- custody --------------------------------------------------------------------------------


class _ItemDialog(CommandDialog):
    """A custody dialog about one item (its exhibit and description on top)."""

    def __init__(
        self, parent: QWidget | None, vault: Vault, item: Item, title: str, ok: str
    ) -> None:
        super().__init__(parent, title, ok)
        self.vault = vault
        self.item = item
        header = QLabel(f"<b>{_esc(item.exhibit_id)}</b> — {_esc(fmt.one_line(item.description))}")
        header.setObjectName("dialogHeader")
        header.setWordWrap(True)
        self.top.insertWidget(0, header)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TransferDialog(_ItemDialog):
    """Two-party transfer: the receiver types their own password here and countersigns."""

    def __init__(
        self, parent: QWidget | None, vault: Vault, item: Item, users: Sequence[User]
    ) -> None:
        super().__init__(parent, vault, item, self.tr("Transfer custody"), self.tr("&Transfer"))
        self.receiver = QComboBox()
        for user in users:
            if user.status == "active" and user.role in HOLDER_ROLES and user.id != item.custodian:
                self.receiver.addItem(f"{user.name} ({fmt.role(user.role)})", user.name)
        self.reason = reason_combo("transfer")
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("optional: where the item goes"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(
            self.tr(
                "From {0}. The receiver types their own password: both of you sign the transfer."
            ).format(item.custodian_name or "—")
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.form.addRow(self.tr("&Receiver:"), self.receiver)
        self.form.addRow(self.tr("R&eason:"), self.reason)
        self.form.addRow(self.tr("New &location:"), self.location)
        self.form.addRow(hint)
        self.form.addRow(self.tr("Receiver's &password:"), self.password)

    def command(self) -> Callable[[], Any]:
        to = str(self.receiver.currentData() or "")
        if not to:
            raise BadInput(self.tr("Choose who receives the item."))
        password, reason, location = self.password.text(), _opt(self.reason), _opt(self.location)
        vault, exhibit = self.vault, self.item.exhibit_id
        self.password.clear()
        return lambda: model.transfer_custody(
            vault, exhibit, to, password, reason=reason, location=location
        )

    def error_field(self, exc: BaseException) -> QWidget | None:
        if isinstance(exc, AuthenticationFailed):
            return self.password
        return None


class CheckOutDialog(_ItemDialog):
    """Check an item out for analysis: purpose and due date."""

    def __init__(self, parent: QWidget | None, vault: Vault, item: Item) -> None:
        super().__init__(parent, vault, item, self.tr("Check out"), self.tr("Check &out"))
        self.purpose = reason_combo("checkout")
        self.has_due = QCheckBox(self.tr("&Due back on:"))
        self.has_due.setChecked(True)
        self.due = QDateEdit(QDate.currentDate().addDays(7))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.has_due.toggled.connect(self.due.setEnabled)
        self.form.addRow(self.tr("&Purpose:"), self.purpose)
        self.form.addRow(self.has_due, self.due)

    def command(self) -> Callable[[], Any]:
        purpose = _text(self.purpose)
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        assert due is None or isinstance(due, date)
        vault, exhibit = self.vault, self.item.exhibit_id
        return lambda: model.check_out(vault, exhibit, purpose, due=due)


class CheckInDialog(_ItemDialog):
    """Check a checked-out item back in."""

    def __init__(self, parent: QWidget | None, vault: Vault, item: Item) -> None:
        super().__init__(parent, vault, item, self.tr("Check in"), self.tr("Check &in"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(item.location or "")
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Back to &location:"), self.location)
        self.form.addRow(self.tr("&Remark:"), self.reason)

    def command(self) -> Callable[[], Any]:
        location, reason = _opt(self.location), _opt(self.reason)
        vault, exhibit = self.vault, self.item.exhibit_id
        return lambda: model.check_in(vault, exhibit, location=location, reason=reason)


class MoveDialog(_ItemDialog):
    """Record a change of storage location."""

    def __init__(self, parent: QWidget | None, vault: Vault, item: Item) -> None:
        super().__init__(parent, vault, item, self.tr("Move"), self.tr("&Move"))
        self.location = QLineEdit()
        self.reason = reason_combo("move")
        self.form.addRow(self.tr("From:"), QLabel(item.location or "—"))
        self.form.addRow(self.tr("&To:"), self.location)
        self.form.addRow(self.tr("&Reason:"), self.reason)

    def command(self) -> Callable[[], Any]:
        location, reason = _text(self.location), _opt(self.reason)
        vault, exhibit = self.vault, self.item.exhibit_id
        return lambda: model.move_item(vault, exhibit, location, reason=reason)


class ResealDialog(_ItemDialog):
    """Seal or reseal: the old and new seal numbers are recorded."""

    def __init__(self, parent: QWidget | None, vault: Vault, item: Item) -> None:
        super().__init__(parent, vault, item, self.tr("Seal or reseal"), self.tr("&Seal"))
        self.seal = QLineEdit()
        self.reason = reason_combo("seal")
        self.form.addRow(self.tr("Current seal:"), QLabel(item.seal or self.tr("none")))
        self.form.addRow(self.tr("&New seal number:"), self.seal)
        self.form.addRow(self.tr("&Reason:"), self.reason)

    def command(self) -> Callable[[], Any]:
        seal, reason = _text(self.seal), _opt(self.reason)
        vault, exhibit = self.vault, self.item.exhibit_id
        return lambda: model.reseal(vault, exhibit, seal, reason=reason)


class VerifyHashDialog(_ItemDialog):
    """Recompute a digital item's hashes from a file; a mismatch is shown loudly."""

    def __init__(self, parent: QWidget | None, vault: Vault, item: Item) -> None:
        super().__init__(parent, vault, item, self.tr("Verify hashes"), self.tr("&Verify"))
        self.hasher = HashPanel(self, start_on_choose=False)
        self.recorded = QLabel(
            f"SHA-256 {item.sha256 or '—'}" if item.sha256 else self.tr("No hashes recorded yet.")
        )
        self.recorded.setFont(_mono())
        self.recorded.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumWidth(720)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.form.addRow(self.tr("Recorded:"), self.recorded)
        self.form.addRow(self.tr("File:"), self.hasher)
        self.form.addRow(self.outcome)
        self.hasher.hashed.connect(self._checked)
        self.hasher.failed.connect(lambda exc: show_form_error(self.error, exc))
        self.hasher.cancelled.connect(
            lambda: self.outcome.setText(self.tr("Stopped; nothing was recorded."))
        )
        self.check: model.HashCheck | None = None
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))

    def submit(self) -> None:
        path = self.hasher.path.text()
        if not path:
            show_form_error(self.error, BadInput(self.tr("Choose the file to verify.")))
            return
        if self.check is not None:
            self.accept()
            return
        vault, exhibit = self.vault, self.item.exhibit_id
        self.error.hide()
        self.ok.setEnabled(False)
        self.hasher.start(
            lambda progress, cancel: model.verify_hash(
                vault, exhibit, path, progress=progress, cancel=cancel
            ),
            vault=True,
        )

    def _checked(self, check: model.HashCheck) -> None:
        self.check = check
        self.succeeded.emit(check)
        self.ok.setEnabled(True)
        self.ok.setText(self.tr("&Done"))
        if check.match is False:
            self.outcome.setProperty("state", "bad")
            self.outcome.setText(
                self.tr(
                    "HASH MISMATCH: this file is not the one recorded for {0}. The mismatch "
                    "was recorded in the journal; tell your supervisor."
                ).format(self.item.exhibit_id)
            )
        elif check.match is True:
            self.outcome.setProperty("state", "good")
            self.outcome.setText(self.tr("The hashes match the record."))
        else:
            self.outcome.setProperty("state", "good")
            self.outcome.setText(
                self.tr("No hashes were recorded before; these are now the record.")
            )
        self.outcome.style().unpolish(self.outcome)
        self.outcome.style().polish(self.outcome)
        if check.match is False:
            from scelle.gui import dialogs

            dialogs.critical(self, self.outcome.text())

    def reject(self) -> None:
        self.hasher.cancel()
        super().reject()


class DispositionRequestDialog(_ItemDialog):
    """Ask for an item's return, release, destruction or transfer out."""

    def __init__(
        self, parent: QWidget | None, vault: Vault, item: Item, users: Sequence[User]
    ) -> None:
        super().__init__(parent, vault, item, self.tr("Request disposition"), self.tr("&Request"))
        self.method = QComboBox()
        for method in model.DISPOSITION_METHODS:
            self.method.addItem(fmt.disposition_method(method), method)
        self.authority = QLineEdit()
        self.authority.setPlaceholderText(self.tr("e.g. order of the court of Lyon, 2026-03-02"))
        self.witness = QComboBox()
        for user in users:
            if user.status == "active" and user.id not in (vault.user.id, item.custodian):
                self.witness.addItem(f"{user.name} ({fmt.role(user.role)})", user.name)
        self.reason = reason_combo("disposition")
        hint = QLabel(self.tr("A supervisor must approve it before it takes effect."))
        hint.setObjectName("hint")
        self.form.addRow(self.tr("&Method:"), self.method)
        self.form.addRow(self.tr("&Authority:"), self.authority)
        self.form.addRow(self.tr("&Witness:"), self.witness)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.form.addRow(hint)

    def command(self) -> Callable[[], Any]:
        method = str(self.method.currentData())
        authority, witness, reason = (
            _text(self.authority),
            str(self.witness.currentData() or ""),
            _opt(self.reason),
        )
        vault, exhibit = self.vault, self.item.exhibit_id
        return lambda: model.request_disposition(
            vault, exhibit, method, authority=authority, witness=witness, reason=reason
        )


class ApproveDispositionDialog(_ItemDialog):
    """A supervisor approves a pending disposition (the second signature)."""

    def __init__(self, parent: QWidget | None, vault: Vault, item: Item, request: str) -> None:
        super().__init__(parent, vault, item, self.tr("Approve disposition"), self.tr("&Approve"))
        self.comment = QLineEdit()
        self.form.addRow(self.tr("Request:"), QLabel(request))
        self.form.addRow(self.tr("&Comment:"), self.comment)

    def command(self) -> Callable[[], Any]:
        comment = _opt(self.comment)
        vault, exhibit = self.vault, self.item.exhibit_id
        return lambda: model.approve_disposition(vault, exhibit, comment=comment)


# -- notes ----------------------------------------------------------------------------------


class NoteDialog(CommandDialog):
    """Write a note, or a new revision of one (its history beside it)."""

    def __init__(
        self,
        parent: QWidget | None,
        vault: Vault,
        *,
        target: str | None = None,
        note: Note | None = None,
        history: Sequence[model.NoteRevision] = (),
    ) -> None:
        title = (
            self.tr("Note {0} — new revision").format(note.id)
            if note is not None
            else self.tr("New note on {0}").format(target or "")
        )
        super().__init__(parent, title, self.tr("&Save"))
        self.vault = vault
        self.target = target
        self.note = note
        self.editor = QPlainTextEdit(note.text or "" if note else "")
        self.editor.setPlaceholderText(self.tr("What you saw, did or decided, and when."))
        self.editor.setMinimumHeight(180)
        self.revisions = RevisionModel(self)
        self.revisions.set_records(history)
        if note is not None and history:
            table = QTableView()
            table.setModel(FilterProxy(self.revisions, self))
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            table.setMaximumHeight(140)
            earlier = QTextEdit()
            earlier.setReadOnly(True)
            table.selectionModel().currentRowChanged.connect(
                lambda cur, _prev: earlier.setPlainText(
                    str(cur.data(Qt.ItemDataRole.UserRole + 2).text or "") if cur.isValid() else ""
                )
            )
            table.selectRow(len(history) - 1)
            splitter = QSplitter(Qt.Orientation.Vertical)
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(QLabel(self.tr("Earlier revisions (they stay in the record):")))
            v.addWidget(table)
            v.addWidget(earlier)
            splitter.addWidget(self.editor)
            splitter.addWidget(box)
            self.form.addRow(splitter)
            self.setMinimumSize(640, 520)
        else:
            self.form.addRow(self.editor)
            self.setMinimumSize(560, 320)

    def command(self) -> Callable[[], Any]:
        body = self.editor.toPlainText()
        vault = self.vault
        if self.note is not None:
            note_id = self.note.id
            return lambda: model.edit_note(vault, note_id, body)
        target = self.target or ""
        return lambda: model.add_note(vault, target, body)


class StrikeNoteDialog(CommandDialog):
    """Strike a note through: it stays readable, with the reason."""

    def __init__(self, parent: QWidget | None, vault: Vault, note: Note) -> None:
        super().__init__(
            parent, self.tr("Strike note {0}").format(note.id), self.tr("&Strike through")
        )
        self.vault = vault
        self.note = note
        text = QLabel(fmt.one_line(note.text or ""))
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.form.addRow(self.tr("Note:"), text)
        self.form.addRow(self.tr("&Reason:"), self.reason)

    def command(self) -> Callable[[], Any]:
        reason, vault, note_id = _text(self.reason), self.vault, self.note.id
        return lambda: model.strike_note(vault, note_id, reason=reason)


# -- settings -------------------------------------------------------------------------------


class SettingsDialog(QDialog):
    """This workstation's choices: language and idle time before locking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Français", "fr")
        current = settings.language() or ""
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.idle = QSpinBox()
        self.idle.setRange(1, 24 * 60)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.idle_lock_minutes())
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Lock after idle:"), self.idle)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_language(self) -> str | None:
        """The language chosen ("" → None: the system's)."""
        return str(self.language.currentData()) or None
