"""A two-party transfer through the dialog, reached by a barcode scan in the search box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from shiboken6 import isValid

from scelle.core import model
from scelle.gui.actions import TransferDialog
from tests.conftest import PASSWORDS, open_as
from tests.gui.conftest import open_main, wait_tasks


def test_scan_then_transfer_with_the_receivers_password(
    qtbot, controller, vault_path: Path
) -> None:
    with open_as(vault_path, "bob") as v:
        model.add_case(v, "2026-0042", "Burglary")
        model.add_item(v, "2026-0042", model.ItemDraft(description="Crowbar", seal="S-17"))
    open_main(qtbot, controller, vault_path, "bob")
    window = controller.window
    window.show()
    qtbot.waitExposed(window)

    # A barcode scanner types the exhibit id and Enter into the search box.
    window.focus_search()
    with qtbot.waitSignal(
        window.loaded, check_params_cb=lambda what: what == "item", timeout=20_000
    ):
        qtbot.keyClicks(window.search, "2026-0042/1")
        qtbot.keyClick(window.search, Qt.Key.Key_Return)
    wait_tasks(qtbot)
    assert window.right.currentWidget() is window.item_view
    assert window.item is not None and window.item.custodian_name == "bob"
    assert window.act_transfer.isEnabled()

    window.act_transfer.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, TransferDialog)
    receivers = [dialog.receiver.itemData(i) for i in range(dialog.receiver.count())]
    assert "carol" in receivers and "bob" not in receivers and "dave" not in receivers
    dialog.receiver.setCurrentIndex(receivers.index("carol"))
    dialog.reason.setCurrentText("For analysis")

    # The wrong password: nothing moves, the dialog stays with the sentence.
    dialog.password.setText("not-carols-password")
    dialog.ok.click()
    wait_tasks(qtbot)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("The user name or password is wrong.")
    assert dialog.password.text() == ""

    dialog.password.setText(PASSWORDS["carol"])
    with qtbot.waitSignal(
        window.loaded, check_params_cb=lambda what: what == "item", timeout=20_000
    ):
        dialog.ok.click()
    wait_tasks(qtbot)
    assert not isValid(dialog) or not dialog.isVisible()
    item = window.item_view.item
    assert item is not None and item.custodian_name == "carol"
    events = window.item_view.history.records()
    transfer = [e for e in events if e.kind == "transfer"]
    assert len(transfer) == 1
    assert transfer[0].actor_name == "bob" and transfer[0].cosigned_by == ("carol",)
    assert transfer[0].reason == "For analysis"
    # bob no longer holds it: the action follows the core's rules through the refresh.
    failed = [e for e in events if e.kind == "auth.failed"]
    assert failed == []
