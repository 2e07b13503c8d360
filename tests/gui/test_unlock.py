"""The unlock dialog: wrong and right password, remembered vault and user, status bar."""

from __future__ import annotations

from pathlib import Path

from scelle.gui import fmt, settings
from scelle.gui.unlock import UnlockDialog
from tests.conftest import PASSWORDS
from tests.gui.conftest import wait_tasks

WRONG = "The user name or password is wrong."


def _try(qtbot, dialog: UnlockDialog, user: str, password: str) -> None:
    dialog.user.setText(user)
    dialog.password.setText(password)
    dialog.ok.click()
    wait_tasks(qtbot)


def test_wrong_then_right_password(qtbot, controller, vault_path: Path) -> None:
    controller.start()
    dialog = controller.unlock_dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    assert dialog.vault.currentText() == str(vault_path)

    _try(qtbot, dialog, "bob", "not-bobs-password")
    assert dialog.isVisible() and controller.vault is None
    assert dialog.error.isVisible() and dialog.error.text() == WRONG
    assert dialog.password.text() == ""

    # An unknown user gets exactly the same sentence: nothing says whether bob exists.
    _try(qtbot, dialog, "mallory", "whatever-password")
    assert dialog.error.text() == WRONG and controller.vault is None

    _try(qtbot, dialog, "bob", PASSWORDS["bob"])
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=20_000)
    wait_tasks(qtbot)
    assert not dialog.isVisible()
    assert controller.window.isVisible()
    report = controller.vault.verification
    assert report is not None and report.intact
    assert controller.window.verification.text() == (
        f"Journal verified to #{fmt.seq(report.head.seq)} — intact"
    )
    assert controller.window.who.text() == "bob (investigator)"

    # Remembered for this operating-system user.
    assert settings.known_vaults()[0] == str(vault_path)
    assert settings.last_user() == "bob"
    again = UnlockDialog()
    qtbot.addWidget(again)
    assert again.vault.currentText() == str(vault_path) and again.user.text() == "bob"


def test_unlock_runs_off_the_gui_thread_with_a_busy_indicator(qtbot, controller) -> None:
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.addWidget(dialog)
    dialog.user.setText("bob")
    dialog.password.setText(PASSWORDS["bob"])
    dialog.ok.click()
    # Returned at once: the worker derives the key while the dialog shows it is busy.
    assert dialog.task is not None
    assert not dialog.busy.isHidden() and not dialog.ok.isEnabled()
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=20_000)
    wait_tasks(qtbot)
    assert dialog.busy.isHidden()
