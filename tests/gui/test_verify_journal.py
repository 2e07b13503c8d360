"""Verify the whole journal from the first entry, in a worker with progress and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from scelle.core import model
from scelle.gui import fmt, tasks
from scelle.gui.jobs import VerifyJournalDialog
from tests.conftest import PASSWORDS, open_as
from tests.gui.conftest import open_main, wait_tasks
from tests.security.helpers import db_key, tamper


def _run(qtbot, controller) -> VerifyJournalDialog:
    window = controller.window
    assert window.act_verify_journal.isEnabled()
    seen: list[tuple[int, int]] = []
    window.act_verify_journal.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, VerifyJournalDialog) and dialog.running
    dialog._relay.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(dialog.verified, timeout=30_000):
        pass
    wait_tasks(qtbot)
    assert seen and seen[-1][0] == seen[-1][1]
    return dialog


def test_an_intact_journal(qtbot, controller, vault_path: Path) -> None:
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, "2026-0042", "Cambriolage")
    open_main(qtbot, controller, vault_path, "bob")
    dialog = _run(qtbot, controller)
    report = dialog.report
    assert report is not None and report.intact and report.full and report.verified_from == 0
    assert dialog.outcome.property("state") == "good"
    assert "intact" in dialog.outcome.text() and "NOT" not in dialog.outcome.text()
    window = controller.window
    assert window.verification.text() == (
        f"Journal verified to #{fmt.seq(report.head.seq)} — intact"
    )
    assert not window.tampered


def test_a_journal_altered_before_the_checkpoint(qtbot, controller, vault_path: Path) -> None:
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, "2026-0042", "Cambriolage")
        with bob.read() as cur:
            seq = int(cur.execute("SELECT max(seq) FROM journal").fetchone()[0])
    # bob unlocks once more (a checkpoint after the case); the entry is altered before it,
    # so unlocking (incremental, from that checkpoint) does not see it.
    key = db_key(vault_path, "bob", PASSWORDS["bob"])
    tamper(
        vault_path,
        key,
        f"UPDATE journal_payload SET body = replace(body, 'Cambriolage', 'Vol') WHERE seq = {seq}",
    )
    open_main(qtbot, controller, vault_path, "bob")
    window = controller.window
    assert not window.tampered
    dialog = _run(qtbot, controller)
    report = dialog.report
    assert report is not None and not report.intact
    assert dialog.outcome.property("state") == "bad"
    assert "NOT INTACT" in dialog.outcome.text()
    assert f"#{fmt.seq(seq)}" in dialog.outcome.text()
    # The main window now shows only the red banner, like a failed unlock.
    assert window.tampered and window.pages.currentWidget() is window.tampered_page
    assert window.verification.property("state") == "bad"
    assert not window.act_new_case.isEnabled() and not window.act_verify_journal.isEnabled()


def test_cancel_leaves_the_state_as_it_was(qtbot, controller, vault_path: Path) -> None:
    open_main(qtbot, controller, vault_path, "bob")
    window = controller.window
    before = window.verification.text()
    assert controller.vault is not None
    state = controller.vault.verification
    gate = threading.Event()
    tasks.run_task(window, lambda: gate.wait(10))  # holds the vault thread meanwhile
    window.act_verify_journal.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, VerifyJournalDialog)
    dialog.stop_button.click()  # before the worker reads the first entry
    gate.set()
    wait_tasks(qtbot)
    assert not dialog.running and dialog.report is None
    assert "Stopped" in dialog.count.text()
    assert controller.vault.verification is state
    assert window.verification.text() == before
    assert dialog.start_button.isVisible()
