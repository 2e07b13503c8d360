"""The unlock dialog: which vault, which user, the password; Argon2id runs off the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scelle.core import vault as vault_mod
from scelle.core.errors import AuthenticationFailed, BadInput
from scelle.gui import dialogs, settings, tasks
from scelle.gui.paths import icon
from scelle.gui.widgets import buddy, busy_bar, error_label, show_form_error

log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Ask for the vault, user and password; emit ``unlocked(vault)`` on success.

    ``resume=True`` is the dialog shown after locking: the vault is fixed and the user
    pre-filled, and there is no "new vault" button.
    """

    unlocked = Signal(object)
    create_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        vault_path: str | None = None,
        user: str | None = None,
        resume: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Unlock — Scellé") if not resume else self.tr("Locked — Scellé")
        )
        self.setWindowIcon(icon("lock"))
        self.resume = resume
        heading = QLabel(
            self.tr("Scellé is locked. Type your password to continue.")
            if resume
            else self.tr("Open an evidence vault")
        )
        heading.setObjectName("heading")
        self.vault = QComboBox()
        self.vault.setEditable(True)
        self.vault.setMinimumContentsLength(36)
        known = settings.known_vaults()
        if vault_path and vault_path not in known:
            known.insert(0, vault_path)
        self.vault.addItems(known)
        if vault_path:
            self.vault.setCurrentText(vault_path)
        self.vault.setEnabled(not resume)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        browse.setVisible(not resume)
        row = QHBoxLayout()
        row.addWidget(self.vault, 1)
        row.addWidget(browse)
        self.user = QLineEdit(user if user is not None else settings.last_user())
        self.user.setEnabled(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.busy = busy_bar()
        self.busy_label = QLabel(self.tr("Checking the password and verifying the journal…"))
        self.busy_label.setObjectName("hint")
        self.busy_label.hide()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(buddy(self.tr("&Vault:"), self.vault), row)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setIcon(icon("unlock"))
        self.ok.setDefault(True)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if not resume:
            new = self.buttons.addButton(
                self.tr("&New vault…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            new.clicked.connect(self._create)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.task: tasks.Task | None = None
        self.setMinimumWidth(520)
        (self.password if self.user.text() else self.user).setFocus()

    def browse(self) -> None:
        """Choose a vault folder."""
        path = dialogs.existing_directory(self, self.tr("Choose the vault folder"))
        if path:
            self.vault.setCurrentText(path)

    def _create(self) -> None:
        self.create_requested.emit()
        self.reject()

    def submit(self) -> None:
        """Unlock in a worker: Argon2id and the journal's verification are slow."""
        if self.task is not None:
            return
        path = self.vault.currentText().strip()
        name = self.user.text().strip()
        password = self.password.text()
        if not path:
            show_form_error(self.error, BadInput(self.tr("Choose a vault.")), self.vault)
            return
        if not name:
            show_form_error(self.error, BadInput(self.tr("Type your user name.")), self.user)
            return

        def unlock() -> vault_mod.Vault:
            return vault_mod.unlock(Path(path), name, password, on_problems="return")

        self.error.hide()
        self._busy(True)
        self.task = tasks.run_task(self, unlock, on_done=self._done, on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        for w in (self.ok, self.user, self.password):
            w.setEnabled(not busy)
        self.ok.setDefault(True)
        self.vault.setEnabled(not busy and not self.resume)

    def _done(self, vault: vault_mod.Vault) -> None:
        self.task = None
        self._busy(False)
        self.password.clear()
        settings.remember(self.vault.currentText().strip(), self.user.text().strip())
        self.unlocked.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._busy(False)
        self.password.clear()
        if isinstance(exc, AuthenticationFailed):
            # One sentence whatever went wrong: never say whether the user exists.
            self.error.setText(self.tr("The user name or password is wrong."))
            self.error.show()
            self.password.setFocus()
            return
        show_form_error(self.error, exc, self.vault if not self.resume else self.password)
