"""Locking on Ctrl+L and after idle time: key material dropped, content hidden, unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scelle.core.vault import VaultLocked
from scelle.gui.unlock import UnlockDialog
from tests.conftest import PASSWORDS
from tests.gui.conftest import open_main, wait_tasks


def _assert_locked(controller, vault) -> None:
    window = controller.window
    assert controller.vault is None
    assert vault.conn is None  # closed: no connection, no keys
    with pytest.raises(VaultLocked):
        _ = vault.identity  # the private keys are gone
    assert window.pages.currentWidget() is window.locked_page
    assert window.cases.rowCount() == 0 and window.case_view.items.rowCount() == 0
    assert window.item_view.item is None and window.search.text() == ""
    assert not window.act_new_case.isEnabled()
    dialog = controller.unlock_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible() and dialog.resume
    assert dialog.user.text() == "bob"


def test_ctrl_l_locks_and_the_password_unlocks(qtbot, controller, vault_path: Path) -> None:
    open_main(qtbot, controller, vault_path, "bob")
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    vault = controller.vault
    window.search.setText("20")
    assert window.act_lock.shortcut().toString() == "Ctrl+L"
    assert "Ctrl+L" in window.act_lock.toolTip()
    qtbot.keyClick(window.search, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked(controller, vault)

    dialog = controller.unlock_dialog
    dialog.password.setText(PASSWORDS["bob"])
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        dialog.ok.click()
    wait_tasks(qtbot)
    assert controller.vault is not None and controller.vault is not vault
    assert window.pages.currentWidget() is window.splitter


def test_lock_closes_open_dialogs(qtbot, controller, vault_path: Path) -> None:
    open_main(qtbot, controller, vault_path, "bob")
    window = controller.window
    window.act_new_case.trigger()
    dialog = window.current_dialog
    assert dialog.isVisible()
    dialog.title_edit.setText("Something confidential")
    window.act_lock.trigger()
    assert not dialog.isVisible()
    _assert_locked(controller, dialog.vault)


def test_idle_time_locks(qtbot, controller, vault_path: Path) -> None:
    controller.idle_ms = 400
    open_main(qtbot, controller, vault_path, "bob")
    vault = controller.vault
    assert controller.idle.timer.isActive()
    qtbot.waitUntil(lambda: controller.vault is None, timeout=5_000)
    _assert_locked(controller, vault)
    assert not controller.idle.timer.isActive()


def test_input_postpones_the_idle_lock(qtbot, controller, vault_path: Path) -> None:
    controller.idle_ms = 600
    open_main(qtbot, controller, vault_path, "bob")
    window = controller.window
    window.show()
    for _ in range(6):
        qtbot.wait(200)
        qtbot.keyClick(window.search, Qt.Key.Key_A)
    assert controller.vault is not None  # 1.2 s of typing, never 0.6 s idle
    qtbot.waitUntil(lambda: controller.vault is None, timeout=5_000)
