"""The first-run wizard end to end, and which window a start opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWizard

from scelle.core import vault as vault_mod
from scelle.gui import dialogs, settings
from scelle.gui.app import Controller
from scelle.gui.unlock import UnlockDialog
from scelle.gui.wizard import FirstRunWizard
from tests.conftest import CHEAP_KDF
from tests.gui.conftest import wait_tasks


def test_start_opens_the_wizard_when_no_vault_is_known(qtbot, tmp_path: Path) -> None:
    c = Controller(kdf=CHEAP_KDF)
    c.quit_on_close = False
    qtbot.addWidget(c.window)
    c.start()
    assert isinstance(c.wizard, FirstRunWizard) and c.wizard.isVisible()
    assert c.unlock_dialog is None
    qtbot.addWidget(c.wizard)


def test_start_opens_unlock_when_a_vault_is_known(qtbot, tmp_path: Path) -> None:
    settings.remember(str(tmp_path / "somewhere.scelle"), "bob")
    c = Controller(kdf=CHEAP_KDF)
    c.quit_on_close = False
    qtbot.addWidget(c.window)
    c.start()
    assert isinstance(c.unlock_dialog, UnlockDialog) and c.unlock_dialog.isVisible()
    assert c.unlock_dialog.user.text() == "bob"
    assert c.wizard is None
    qtbot.addWidget(c.unlock_dialog)


def test_wizard_creates_a_vault_and_opens_it(qtbot, tmp_path: Path) -> None:
    c = Controller(kdf=CHEAP_KDF)
    c.quit_on_close = False
    qtbot.addWidget(c.window)
    c.start()
    wizard = c.wizard
    assert isinstance(wizard, FirstRunWizard)
    qtbot.addWidget(wizard)
    target = tmp_path / "Brigade-de-Lyon.scelle"

    # Page 1: where and which office.
    wizard.vault_page.office.setText("Brigade de Lyon")
    dialogs.set_next_answer(str(tmp_path))
    wizard.vault_page.browse()
    assert wizard.vault_page.folder.text() == str(target)
    wizard.next()
    assert wizard.currentPage() is wizard.numbering

    # Page 2: the exhibit style, with its preview.
    wizard.numbering.exhibit_style.setCurrentText("Scellé n° {n}")
    assert "Scellé n° 3" in wizard.numbering.preview.text()
    assert "2026-0042" in wizard.numbering.preview.text()
    wizard.numbering.exhibit_style.setCurrentText("no number here")
    assert not wizard.numbering.isComplete()
    wizard.numbering.exhibit_style.setCurrentText("Scellé n° {n}")
    wizard.next()
    assert wizard.currentPage() is wizard.admin

    # Page 3: the administrator; the meter follows the password; the two must agree.
    admin = wizard.admin
    admin.name.setText("alice")
    admin.password.setText("abc")
    assert admin.meter.score == 0 and admin.meter.label.text() == "too short"
    admin.password.setText("Correct-Horse-Battery-42!")
    assert admin.meter.score >= 3
    admin.again.setText("Correct-Horse-Battery-41!")
    assert not admin.isComplete()
    admin.again.setText("Correct-Horse-Battery-42!")
    assert admin.isComplete()
    assert not target.exists()
    wizard.next()  # the commit page: creates the vault in a worker
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery, timeout=20_000)
    assert (target / "keyslots.json").is_file()

    # Page 4: the recovery code, printed to PDF; Finish waits for the checkbox.
    recovery = wizard.recovery
    code = recovery.code.text()
    assert len(code.replace("-", "").replace(" ", "")) >= 30
    pdf = tmp_path / "recovery.pdf"

    def to_pdf(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        return True

    dialogs.set_next_answer(to_pdf)
    recovery.print_button.click()
    assert pdf.stat().st_size > 1000 and recovery.printed
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    recovery.confirm.click()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    with qtbot.waitSignal(c.window.loaded, timeout=20_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    wait_tasks(qtbot)

    assert c.vault is not None and c.vault.user.name == "alice"
    assert c.window.isVisible() and not c.window.locked
    assert c.vault.setting("exhibit_style") == "Scellé n° {n}"
    assert settings.known_vaults() == [str(target)]
    assert "intact" in c.window.verification.text()
    c.vault.close()
    # The code shown is the vault's recovery code.
    with vault_mod.unlock_with_recovery(target, code) as v:
        assert v.user.name == "(recovery)" or v.user.role == "recovery"
