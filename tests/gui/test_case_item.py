"""Creating a case and an item with a hashed file; cancelling hashing records nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from scelle.core import journal
from scelle.core.permissions import Action
from scelle.gui import dialogs
from scelle.gui.actions import NewCaseDialog, NewItemDialog
from tests.gui.conftest import open_main, wait_tasks


def _actions(vault) -> list[str]:
    with vault.read() as cur:
        return [str(e.action) for e, _body, _redacted in journal.entries(cur)]


def test_new_case_then_new_digital_item_hashed_in_a_worker(
    qtbot, controller, vault_path: Path, tmp_path: Path
) -> None:
    open_main(qtbot, controller, vault_path, "bob")
    window = controller.window
    assert window.act_new_case.isEnabled() and not window.act_new_item.isEnabled()

    window.act_new_case.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, NewCaseDialog) and dialog.isVisible()
    dialog.ref.setText("26-42")  # not the office's format: the core says so, inline
    dialog.title_edit.setText("Burglary, rue Mercière")
    dialog.ok.click()
    wait_tasks(qtbot)
    assert dialog.isVisible() and "format" in dialog.error.text()
    dialog.ref.setText("2026-0042")
    with qtbot.waitSignal(
        window.loaded, check_params_cb=lambda what: what == "case", timeout=20_000
    ):
        dialog.ok.click()
    wait_tasks(qtbot)
    assert window.case is not None and window.case.ref == "2026-0042"
    assert window.cases.rowCount() == 1
    assert window.act_new_item.isEnabled()

    evidence = tmp_path / "disk.img"
    evidence.write_bytes(bytes(range(256)) * 4096 * 12)  # 12 MiB: several progress reports
    window.act_new_item.trigger()
    item_dialog = window.current_dialog
    assert isinstance(item_dialog, NewItemDialog)
    item_dialog.kind.setCurrentIndex(item_dialog.kind.findData("digital"))
    item_dialog.description.setPlainText("Disk image of the laptop")
    seen: list[tuple[int, int]] = []
    item_dialog.hasher.progressed.connect(lambda done, total: seen.append((done, total)))
    dialogs.set_next_answer(str(evidence))
    with qtbot.waitSignal(item_dialog.hasher.hashed, timeout=20_000):
        item_dialog.hasher.choose.click()
        assert not item_dialog.ok.isEnabled()  # no adding while hashing
    assert seen and seen[-1] == (evidence.stat().st_size, evidence.stat().st_size)
    assert "MB/s" in item_dialog.hasher.rate.text()
    assert item_dialog.ok.isEnabled()
    with qtbot.waitSignal(
        window.loaded, check_params_cb=lambda what: what == "case", timeout=20_000
    ):
        item_dialog.ok.click()
    wait_tasks(qtbot)
    items = window.case_view.items.records()
    assert len(items) == 1
    assert items[0].sha256 == hashlib.sha256(evidence.read_bytes()).hexdigest()
    assert items[0].md5 == hashlib.md5(evidence.read_bytes()).hexdigest()
    assert items[0].kind == "digital" and items[0].custodian_name == "bob"


def test_cancelled_hashing_records_nothing(
    qtbot, controller, vault_path: Path, tmp_path: Path
) -> None:
    from scelle.core import model
    from tests.conftest import open_as

    with open_as(vault_path, "bob") as v:
        model.add_case(v, "2026-0042", "Burglary")
    open_main(qtbot, controller, vault_path, "bob")
    window = controller.window
    window.open_case("2026-0042")
    qtbot.waitUntil(lambda: window.case is not None, timeout=20_000)
    wait_tasks(qtbot)
    vault = controller.vault
    head_before = vault.head().seq
    actions_before = _actions(vault)

    big = tmp_path / "big.img"
    with open(big, "wb") as fh:
        fh.truncate(2 << 30)  # sparse 2 GiB: hashing takes seconds, cancelling is quick
    window.act_new_item.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, NewItemDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("digital"))
    dialog.description.setPlainText("Large image")
    ticks: list[int] = []
    responsive = _Ticker(qtbot)
    dialogs.set_next_answer(str(big))
    with qtbot.waitSignal(dialog.hasher.progressed, timeout=20_000):
        dialog.hasher.choose.click()
    dialog.hasher.progressed.connect(lambda done, total: ticks.append(done))
    assert dialog.hasher.running
    with qtbot.waitSignal(dialog.hasher.cancelled, timeout=20_000):
        dialog.hasher.stop.click()
    assert dialog.hasher.digests is None
    assert "cancelled" in dialog.hash_result.text()
    assert responsive.count > 0  # the GUI thread kept running its timers while hashing
    dialog.reject()
    wait_tasks(qtbot)
    assert vault.head().seq == head_before
    assert _actions(vault) == actions_before
    assert Action.ITEM_ADD.value not in _actions(vault)
    _case, items = model.show_case(vault, "2026-0042")
    assert items == []


class _Ticker:
    """Counts the GUI thread's timer ticks (it stays responsive while a file is hashed)."""

    def __init__(self, qtbot) -> None:
        from PySide6.QtCore import QTimer

        self.count = 0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(5)

    def _tick(self) -> None:
        self.count += 1
