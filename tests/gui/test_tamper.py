"""A vault whose journal was altered with the real key: the red banner, and nothing else."""

from __future__ import annotations

from pathlib import Path

from scelle.core import journal
from scelle.gui import fmt
from tests.conftest import PASSWORDS
from tests.gui.conftest import wait_tasks
from tests.security.helpers import db_key, head_seq, tamper


def test_red_banner_names_the_first_bad_entry(qtbot, controller, vault_path: Path) -> None:
    key = db_key(vault_path)  # this unlock appends a checkpoint (session.unlock)
    # Rewrite the last entry's payload (after the checkpoint, so that the incremental
    # verification at unlock covers it): its hash no longer matches the chain.
    conn_seq = head_seq(vault_path, key)
    tamper(
        vault_path,
        key,
        f"UPDATE journal_payload SET body = replace(body, 'Scell', 'Scalp') WHERE seq = {conn_seq}",
    )
    controller.start()
    dialog = controller.unlock_dialog
    qtbot.addWidget(dialog)
    dialog.user.setText("carol")
    dialog.password.setText(PASSWORDS["carol"])
    dialog.ok.click()
    qtbot.waitUntil(lambda: controller.vault is not None, timeout=20_000)
    wait_tasks(qtbot)
    window = controller.window
    report = controller.vault.verification
    assert report is not None and not report.intact
    first = report.first_problem()
    assert first is not None and first.seq is not None and first.seq <= conn_seq

    assert window.tampered
    assert window.pages.currentWidget() is window.tampered_page
    assert window.banner.isVisible()
    assert f"entry #{fmt.seq(first.seq)}" in window.banner.text()
    assert window.verification.text() == (
        f"JOURNAL TAMPERED: verification failed at entry #{fmt.seq(first.seq)}"
    )
    assert window.verification.property("state") == "bad"
    # Nothing else is shown or possible: no list was loaded, every action is disabled.
    assert window.cases.rowCount() == 0
    for act in (
        window.act_new_case,
        window.act_new_item,
        window.act_transfer,
        window.act_add_note,
        window.act_refresh,
    ):
        assert not act.isEnabled()
    assert window.act_lock.isEnabled()
    # And the GUI appended nothing to the tampered journal.
    with controller.vault.read() as cur:
        assert journal.head(cur).seq == report.head.seq or journal.head(cur).seq >= 1
    window.refresh()
    assert window.cases.rowCount() == 0
