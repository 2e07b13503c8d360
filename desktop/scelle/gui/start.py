"""The start window: create a vault or open one (replaced by the full GUI of issue #5)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scelle.core.errors import ScelleError
from scelle.core.vault import Vault, create, unlock

log = logging.getLogger(__name__)


class CreateVaultDialog(QDialog):
    """Ask where the vault goes, the office and the first administrator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a vault"))
        form = QFormLayout()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("e.g. /home/you/Brigade.scelle"))
        self.office = QLineEdit()
        self.admin = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Vault folder:"), self.path)
        form.addRow(self.tr("Office:"), self.office)
        form.addRow(self.tr("Administrator:"), self.admin)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.again)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.again.setFocus()
            return
        self.accept()


class UnlockDialog(QDialog):
    """Ask for a user name and password."""

    def __init__(self, vault_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock {0}").format(Path(vault_path).name))
        form = QFormLayout()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class StartWindow(QMainWindow):
    """Offers to create a vault or open one; shows the verification state once open."""

    def __init__(self, vault_path: str | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Scellé"))
        self.vault: Vault | None = None
        central = QWidget()
        layout = QVBoxLayout(central)
        title = QLabel(self.tr("Scellé — evidence custody"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 20px; font-weight: 600; margin: 16px")
        self.create_button = QPushButton(self.tr("&Create a vault…"))
        self.open_button = QPushButton(self.tr("&Open a vault…"))
        self.create_button.clicked.connect(self.create_vault)
        self.open_button.clicked.connect(self.open_vault)
        layout.addWidget(title)
        layout.addWidget(self.create_button)
        layout.addWidget(self.open_button)
        layout.addStretch()
        self.setCentralWidget(central)
        self.resize(480, 280)
        lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        lock_shortcut.activated.connect(self.lock)
        self.statusBar().showMessage(self.tr("No vault open."))
        self._initial = vault_path

    def _fail(self, exc: ScelleError) -> None:
        log.info("start window: %s", exc)
        QMessageBox.warning(self, self.tr("Scellé"), str(exc))

    def create_vault(self) -> None:
        """Run the create dialog and create the vault."""
        dialog = CreateVaultDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            created = create(
                Path(dialog.path.text()),
                admin_name=dialog.admin.text(),
                admin_password=dialog.password.text(),
                office=dialog.office.text(),
            )
        except ScelleError as exc:
            self._fail(exc)
            return
        QMessageBox.information(
            self,
            self.tr("Recovery code"),
            self.tr("Write this recovery code down and keep it locked away:\n\n{0}").format(
                created.recovery_code
            ),
        )
        self._opened(created.vault)

    def open_vault(self) -> None:
        """Pick a vault folder and unlock it."""
        path = self._initial or QFileDialog.getExistingDirectory(self, self.tr("Open a vault"))
        self._initial = None
        if not path:
            return
        dialog = UnlockDialog(path, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            vault = unlock(Path(path), dialog.user.text(), dialog.password.text())
        except ScelleError as exc:
            self._fail(exc)
            return
        self._opened(vault)

    def _opened(self, vault: Vault) -> None:
        self.lock()
        self.vault = vault
        head = vault.head()
        self.statusBar().showMessage(
            self.tr("Journal verified to #{0} — intact").format(f"{head.seq:,}".replace(",", " "))
        )

    def lock(self) -> None:
        """Drop the key material."""
        if self.vault is not None:
            self.vault.close()
            self.vault = None
            self.statusBar().showMessage(self.tr("Locked."))
