"""Storage locations and the inventory dialog a barcode scanner types into (issue #6)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from scelle.core import audit, inventory, model
from scelle.gui import dialogs
from scelle.gui.storage import InventoryDialog, LocationLabelsDialog, NewLocationDialog
from tests.conftest import open_as
from tests.gui.conftest import open_main, wait_tasks

REF = "2026-0042"


@pytest.fixture
def stored(vault_path: Path) -> Path:
    """Three items recorded in B4, one in C1."""
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
        for n, where in enumerate(("B4", "B4", "B4", "C1")):
            model.add_item(bob, REF, model.ItemDraft(description=f"objet {n}", location=where))
    with open_as(vault_path, "carol") as carol:
        inventory.add_location(carol, "C1", "Locker C1", kind="locker")
    return vault_path


def _scan(qtbot, dialog: InventoryDialog, exhibit: str) -> None:
    """What a scanner does: type the id, then Enter."""
    qtbot.keyClicks(dialog.scan, exhibit)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)


def test_scan_then_record_an_inventory(qtbot, controller, stored: Path) -> None:
    open_main(qtbot, controller, stored, "carol")
    window = controller.window

    assert window.act_new_location.isEnabled()
    window.act_new_location.trigger()
    add = window.current_dialog
    assert isinstance(add, NewLocationDialog)
    add.code.setText("B4")
    add.label.setText("Evidence room B, shelf 4")
    add.kind.setCurrentIndex(add.kind.findData("shelf"))
    with qtbot.waitSignal(add.succeeded, timeout=20_000):
        add.ok.click()
    assert "B4" in window.statusBar().currentMessage()

    assert window.act_inventory.isEnabled()
    window.act_inventory.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, InventoryDialog)
    qtbot.waitUntil(lambda: dialog.location.count() == 2, timeout=20_000)
    dialog.location.setCurrentIndex(dialog.location.findData("B4"))
    assert "3 items" in dialog.location.currentText()

    for exhibit in (f"{REF}/1", f"{REF}/1", f"{REF}/4", f"{REF}/99", f"  {REF}/3 "):
        _scan(qtbot, dialog, exhibit)
    # Each id once, in scan order; Enter never recorded anything by itself.
    assert dialog.ids() == [f"{REF}/1", f"{REF}/4", f"{REF}/99", f"{REF}/3"]
    assert dialog.scan.text() == "" and dialog.isVisible() and dialog.audit_result is None
    dialog.scanned.setCurrentRow(2)
    dialog.scanned.item(2).setSelected(True)
    dialog.remove.click()  # a wrong scan
    assert dialog.ids() == [f"{REF}/1", f"{REF}/4", f"{REF}/3"]
    _scan(qtbot, dialog, f"{REF}/99")

    with qtbot.waitSignal(dialog.recorded, timeout=20_000) as recorded:
        dialog.record.click()
    wait_tasks(qtbot)
    result = recorded.args[0]
    assert result.location == "B4"
    assert result.found == [f"{REF}/1", f"{REF}/3"]
    assert result.missing == [f"{REF}/2"]
    assert result.elsewhere == [(f"{REF}/4", "C1")]
    assert result.unknown == [f"{REF}/99"]
    assert dialog.results.isVisible() and not dialog.record.isEnabled()
    groups = [dialog.results.topLevelItem(i).text(0) for i in range(4)]
    assert groups == [
        "Missing: 1",
        "Recorded elsewhere: 1",
        "Unknown or no longer held: 1",
        "Found: 2",
    ]
    assert dialog.outcome.property("state") == "bad" and "#" in dialog.outcome.text()
    assert controller.vault is not None
    last = audit.browse_journal(controller.vault, audit.JournalQuery(action="inventory."))[0]
    assert last.entry.seq == result.seq and last.payload is not None
    assert last.payload["missing"] == [f"{REF}/2"]


def test_only_supervisors_take_inventories(qtbot, controller, stored: Path) -> None:
    open_main(qtbot, controller, stored, "bob")
    assert not controller.window.act_inventory.isEnabled()
    assert not controller.window.act_new_location.isEnabled()


def test_location_labels_write_a_pdf(qtbot, controller, stored: Path, tmp_path: Path) -> None:
    with open_as(stored, "carol") as carol:
        inventory.add_location(carol, "B4", "Evidence room B, shelf 4", kind="shelf")
    open_main(qtbot, controller, stored, "bob")  # every role may list and label locations
    window = controller.window
    assert window.act_location_labels.isEnabled()
    window.act_location_labels.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, LocationLabelsDialog)
    qtbot.waitUntil(lambda: dialog.places.count() == 2, timeout=20_000)
    dialog.places.item(0).setCheckState(Qt.CheckState.Unchecked)  # B4 (sorted by code)
    assert dialog.chosen() == [("C1", "Locker C1", "locker")]
    target = tmp_path / "places.pdf"
    dialogs.set_next_answer(str(target))
    dialog.choose.click()
    with qtbot.waitSignal(dialog.succeeded, timeout=30_000):
        dialog.ok.click()
    wait_tasks(qtbot)
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "C1" in text and "Locker C1" in text and "B4" not in text
