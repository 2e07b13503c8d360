"""The review window: anomalies first, then the log; supervisors sign off (issue #6, item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scelle.core import model, review
from scelle.core.hashing import hash_file
from scelle.gui.review import ReviewWindow
from tests.conftest import open_as
from tests.gui.conftest import open_main, wait_tasks

REF = "2026-0042"


@pytest.fixture
def case_with_anomalies(vault_path: Path, tmp_path: Path) -> Path:
    """A digital item whose hashes no longer match, and a disposition awaiting approval."""
    image = tmp_path / "disk.img"
    image.write_bytes(b"original" * 1000)
    other = tmp_path / "other.img"
    other.write_bytes(b"different" * 1000)
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
        model.add_item(
            bob,
            REF,
            model.ItemDraft(description="Disk image", kind="digital"),
            digests=hash_file(image),
        )
        model.add_item(bob, REF, model.ItemDraft(description="Crowbar"))
        model.verify_hash(bob, f"{REF}/1", str(other))
        model.request_disposition(
            bob, f"{REF}/2", "destroyed", authority="Court order 12/2026", witness="dave"
        )
    return vault_path


def _open_review(qtbot, controller) -> ReviewWindow:
    window = controller.window
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.open_case(REF)
    assert window.act_review.isEnabled()
    window.act_review.trigger()
    rw = window.review_window
    assert isinstance(rw, ReviewWindow) and rw.isVisible()
    qtbot.waitUntil(lambda: rw.current is not None, timeout=20_000)
    wait_tasks(qtbot)
    return rw


def test_anomalies_come_first_and_a_supervisor_signs_off(
    qtbot, controller, case_with_anomalies: Path
) -> None:
    open_main(qtbot, controller, case_with_anomalies, "carol")
    rw = _open_review(qtbot, controller)

    # Anomalies first (the top of the window), in the core's order, then the log.
    assert rw.splitter.indexOf(rw.anomalies_box) == 0
    assert rw.splitter.indexOf(rw.log_box) == 1
    kinds = [a.kind for a in rw.anomalies.records()]
    assert "hash_mismatch" in kinds and "disposition_pending" in kinds
    assert kinds == [a.kind for a in rw.current.anomalies]  # type: ignore[union-attr]
    # The table shows them in the core's order (most serious first), not sorted by name.
    proxy = rw.anomalies_view.model()
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown[0] == "Hash mismatch" and "Disposition awaiting approval" in shown
    assert shown.index("Hash mismatch") < shown.index("Disposition awaiting approval")
    assert rw.anomalies_title.property("state") == "bad"
    assert str(len(kinds)) in rw.anomalies_title.text()
    actions = {e.action for e in rw.log.records()}
    assert {"case.add", "item.add", "custody.hash_verify"} <= actions
    head = rw.current.head.seq  # type: ignore[union-attr]

    assert rw.sign_button.isEnabled()
    rw.comment.setPlainText("Hash mismatch: image redone. Disposition: approve tomorrow.")
    with qtbot.waitSignal(rw.signed, timeout=20_000) as signed:
        rw.sign_button.click()
    qtbot.waitUntil(lambda: rw.task is None and rw.signoffs.rowCount() == 1, timeout=20_000)
    wait_tasks(qtbot)
    assert signed.args is not None
    assert signed.args[0].up_to_seq == head  # what was shown, not what came after
    assert "Signed off up to" in rw.outcome.text()
    assert rw.current is not None and rw.current.last_signoff == head
    assert controller.vault is not None
    stored = review.signoffs(controller.vault, rw.current.case_id)
    assert [(s.reviewer, s.up_to_seq, s.anomalies) for s in stored] == [("carol", head, len(kinds))]
    assert stored[0].comment.startswith("Hash mismatch: image redone.")


def test_an_auditor_reviews_but_cannot_sign_off(
    qtbot, controller, case_with_anomalies: Path
) -> None:
    open_main(qtbot, controller, case_with_anomalies, "dave")
    rw = _open_review(qtbot, controller)
    assert rw.anomalies.rowCount() >= 2
    assert not rw.sign_button.isEnabled()
    assert not rw.comment.isEnabled()
    assert "Only a supervisor" in rw.sign_hint.text()
    rw.sign_off()  # even called directly, the core refuses
    wait_tasks(qtbot)
    assert rw.error.isVisible() and "role" in rw.error.text().lower()
    assert controller.vault is not None
    assert review.signoffs(controller.vault, rw.current.case_id) == []  # type: ignore[union-attr]


def test_investigators_have_no_review(qtbot, controller, case_with_anomalies: Path) -> None:
    open_main(qtbot, controller, case_with_anomalies, "bob")
    window = controller.window
    with qtbot.waitSignal(window.loaded, timeout=20_000):
        window.open_case(REF)
    assert not window.act_review.isEnabled()
