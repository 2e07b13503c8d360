"""The first-run wizard: where the vault goes, numbering, first administrator, recovery code."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from scelle.core import crypto
from scelle.core import vault as vault_mod
from scelle.core.errors import BadInput
from scelle.core.model import DEFAULT_CASE_PATTERN, DEFAULT_EXHIBIT_STYLE, exhibit_label
from scelle.gui import dialogs, tasks
from scelle.gui.widgets import PasswordMeter, buddy, busy_bar, error_label, show_form_error

log = logging.getLogger(__name__)

CASE_PATTERNS = ("YYYY-NNNN", "YYYY/NNNNN", "NNNNN", "YYYY-NNN")
EXHIBIT_STYLES = (DEFAULT_EXHIBIT_STYLE, "Scellé n° {n}", "Item {n}", "{case}-{n}")


class VaultPage(QWizardPage):
    """Where the vault goes and which office it belongs to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Create a vault"))
        self.setSubTitle(
            self.tr(
                "A vault is a folder holding the encrypted database and the users' key slots. "
                "Put it where it is backed up."
            )
        )
        self.office = QLineEdit()
        self.office.setPlaceholderText(self.tr("e.g. Brigade de Lyon"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("e.g. /home/you/Brigade-Lyon.scelle"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Office name:"), self.office)
        form.addRow(buddy(self.tr("Vault &folder:"), self.folder), row)
        self.error = error_label()
        form.addRow(self.error)
        self.registerField("office*", self.office)
        self.registerField("folder*", self.folder)

    def browse(self) -> None:
        """Choose the folder in which the vault folder is created."""
        parent = dialogs.existing_directory(self, self.tr("Where should the vault go?"))
        if parent:
            name = "".join(c if c.isalnum() or c in "-_" else "-" for c in self.office.text())
            self.folder.setText(str(Path(parent) / f"{name.strip('-') or 'Scelle'}.scelle"))

    def validatePage(self) -> bool:
        path = Path(self.folder.text().strip()).expanduser()
        try:
            if path.exists() and (not path.is_dir() or any(path.iterdir())):
                raise BadInput(self.tr("That folder is not empty; choose a new folder."))
            if not path.parent.is_dir():
                raise BadInput(self.tr("The folder that should contain the vault does not exist."))
        except BadInput as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.folder.setFocus()
            return False
        self.error.hide()
        return True


class NumberingPage(QWizardPage):
    """How the office writes case references and exhibit numbers, with a preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Case and exhibit numbers"))
        self.setSubTitle(self.tr("Choose how your office writes them. You can keep the defaults."))
        self.pattern = QComboBox()
        self.pattern.setEditable(True)
        self.pattern.addItems(CASE_PATTERNS)
        self.pattern.setCurrentText(DEFAULT_CASE_PATTERN)
        self.exhibit_style = QComboBox()
        self.exhibit_style.setEditable(True)
        self.exhibit_style.addItems(EXHIBIT_STYLES)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        help_text = QLabel(
            self.tr(
                "In the case format, YYYY is the year and each N a digit. In the exhibit "
                "style, {case} is the case reference and {n} the exhibit's number."
            )
        )
        help_text.setWordWrap(True)
        help_text.setObjectName("hint")
        form = QFormLayout(self)
        form.addRow(self.tr("Case &reference format:"), self.pattern)
        form.addRow(self.tr("&Exhibit style:"), self.exhibit_style)
        form.addRow(self.tr("Preview:"), self.preview)
        form.addRow(help_text)
        self.pattern.currentTextChanged.connect(self.update_preview)
        self.exhibit_style.currentTextChanged.connect(self.update_preview)
        self.update_preview()

    def example_ref(self) -> str:
        """A case reference in the chosen format."""
        pattern = self.pattern.currentText().strip() or DEFAULT_CASE_PATTERN
        out, n = [], 0
        for ch in pattern.replace("YYYY", "\0"):
            if ch == "\0":
                out.append("2026")
            elif ch == "N":
                out.append("0042"[n % 4] if n < 4 else "0")
                n += 1
            else:
                out.append(ch)
        return "".join(out)

    def update_preview(self) -> None:
        """Show the third exhibit of an example case."""
        ref = self.example_ref()
        label = exhibit_label(self.style_text(), ref, 3)
        self.preview.setText(self.tr("Case {0}, third exhibit: {1}").format(ref, label))
        self.completeChanged.emit()

    def style_text(self) -> str:
        """The exhibit style typed or chosen."""
        return self.exhibit_style.currentText().strip() or DEFAULT_EXHIBIT_STYLE

    def isComplete(self) -> bool:
        return "{n}" in self.style_text() and bool(self.pattern.currentText().strip())


class AdminPage(QWizardPage):
    """The first administrator; creating the vault happens when leaving this page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(
            self.tr(
                "The administrator adds the other users. Choose a long password: it protects "
                "the keys to the whole vault."
            )
        )
        self.name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = PasswordMeter(self.password)
        self.busy = busy_bar()
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&User name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow(self.tr("Password &again:"), self.again)
        form.addRow(self.busy)
        form.addRow(self.error)
        for field in (self.name, self.password, self.again):
            field.textChanged.connect(self.completeChanged)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))
        self.created: vault_mod.Created | None = None
        self.task: tasks.Task | None = None

    def isComplete(self) -> bool:
        return (
            self.task is None
            and bool(self.name.text().strip())
            and len(self.password.text()) > 0
            and self.password.text() == self.again.text()
        )

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        if self.task is not None:
            return False
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        numbering = wizard.numbering
        path = Path(wizard.field("folder").strip()).expanduser()
        office = str(wizard.field("office")).strip()
        name = self.name.text().strip()
        password = self.password.text()
        settings = {
            "case_ref_pattern": numbering.pattern.currentText().strip(),
            "exhibit_style": numbering.style_text(),
        }
        kdf = wizard.kdf

        def create() -> vault_mod.Created:
            return vault_mod.create(
                path,
                admin_name=name,
                admin_password=password,
                office=office,
                settings=settings,
                kdf=kdf,
            )

        self.error.hide()
        self.busy.show()
        self.task = tasks.run_task(self, create, on_done=self._created, on_error=self._failed)
        self.completeChanged.emit()
        return False

    def _created(self, created: vault_mod.Created) -> None:
        self.task = None
        self.busy.hide()
        self.created = created
        self.password.clear()
        self.again.clear()
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        wizard.created = created
        wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.busy.hide()
        self.completeChanged.emit()
        field = self.password if "password" in str(exc).lower() else self.name
        show_form_error(self.error, exc, field)


class RecoveryPage(QWizardPage):
    """The recovery code, shown once, with Print and a confirmation that gates Finish."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Recovery code"))
        self.setSubTitle(
            self.tr(
                "If every administrator forgets their password, this code alone opens the "
                "vault. It is shown only now: write it down or print it, and lock it away."
            )
        )
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setWordWrap(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.code.setFont(font)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_code)
        self.confirm = QCheckBox(self.tr("I have &written it down or printed it"))
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.print_button)
        layout.addLayout(row)
        layout.addStretch()
        layout.addWidget(self.confirm)
        self.printed = False

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        if wizard.created is not None:
            self.code.setText(wizard.created.recovery_code)
        wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def document(self) -> QTextDocument:
        """What is printed: the vault, the office and the code."""
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        doc = QTextDocument()
        html = (
            "<h2>{title}</h2><p>{office}</p><p>{vault}</p>"
            "<p style='font-family: monospace; font-size: 16pt'>{code}</p><p>{advice}</p>"
        ).format(
            title=self.tr("Scellé — vault recovery code"),
            office=self.tr("Office: {0}").format(_escape(str(wizard.field("office")))),
            vault=self.tr("Vault: {0}").format(_escape(str(wizard.field("folder")))),
            code=_escape(self.code.text()),
            advice=self.tr("Keep this sheet locked away. Anyone holding it can open the vault."),
        )
        doc.setHtml(html)
        return doc

    def print_code(self) -> None:
        """Print the recovery sheet on a printer the user chooses."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not dialogs.print_setup(self, printer):
            return
        self.document().print_(printer)
        self.printed = True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FirstRunWizard(QWizard):
    """Creates a vault; ``finished_with(vault)`` gives the unlocked vault at Finish."""

    vault_created = Signal(object)

    def __init__(
        self, parent: QWidget | None = None, *, kdf: crypto.KdfParams | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scellé — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.kdf = kdf or crypto.DEFAULT_KDF
        self.created: vault_mod.Created | None = None
        self.vault_page = VaultPage()
        self.numbering = NumberingPage()
        self.admin = AdminPage()
        self.recovery = RecoveryPage()
        for page in (self.vault_page, self.numbering, self.admin, self.recovery):
            self.addPage(page)
        self.setMinimumSize(640, 480)

    def accept(self) -> None:
        if self.created is not None:
            self.vault_created.emit(self.created.vault)
        super().accept()

    def reject(self) -> None:
        if self.created is not None:
            # The vault exists: leaving now would lose the recovery code unconfirmed.
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:
        if self.created is not None and not self.recovery.confirm.isChecked():
            event.ignore()
            return
        super().closeEvent(event)
