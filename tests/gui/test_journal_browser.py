"""The journal browser: a lazy model, filters, and each entry's proof (issue #6, item 3)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from scelle.core import audit, model
from scelle.core.permissions import Action
from scelle.gui.journalbrowser import CHECK, CROSS, JournalBrowser, JournalModel
from tests.conftest import PASSWORDS, open_as
from tests.gui.conftest import open_main, wait_tasks
from tests.security.helpers import tamper

REF = "2026-0042"


@pytest.fixture
def busy(vault_path: Path) -> Path:
    """bob's case (items, a transfer to carol, a note), another case, and 1 200 reads."""
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage", members=["carol"])
        model.add_case(bob, "2026-0043", "Autre")
        for n in range(6):
            model.add_item(
                bob, REF if n % 2 else "2026-0043", model.ItemDraft(description=f"objet {n}")
            )
        model.transfer_custody(bob, f"{REF}/1", "carol", PASSWORDS["carol"], reason="expertise")
        model.add_note(bob, REF, "Perquisition chez M. Dupont")
    with open_as(vault_path, "carol") as carol, carol.write() as w:
        # Enough entries for three pages of 500: the browser must not read them all.
        for n in range(1200):
            w.append(Action.CASE_LIST, f"vault:{carol.vault_id}", {"n": n})
    return vault_path


def _wait_page(qtbot, m: JournalModel) -> None:
    with qtbot.waitSignal(m.page_loaded, timeout=20_000):
        pass


def _open_browser(qtbot, controller, busy: Path, user: str) -> tuple[Any, JournalBrowser]:
    """Unlock as ``user``, open the journal browser, wait for its first page."""
    open_main(qtbot, controller, busy, user)
    window = controller.window
    window.open_journal()
    browser = window.journal_window
    assert browser is not None
    _wait_page(qtbot, browser.model)
    return window, browser


def test_model_passes_the_model_tester(qtbot, qtmodeltester, busy: Path) -> None:
    with open_as(busy, "dave") as dave:
        m = JournalModel(dave, page_size=50)
        qtmodeltester.check(m)
        with qtbot.waitSignal(m.page_loaded, timeout=20_000):
            m.set_query(audit.JournalQuery())
        assert m.rowCount() == 50
        with qtbot.waitSignal(m.page_loaded, timeout=20_000):
            m.fetchMore(QModelIndex())
        assert m.rowCount() == 100
        fresh = JournalModel(dave, page_size=50)
        with qtbot.waitSignal(fresh.page_loaded, timeout=20_000):
            fresh.set_query(audit.JournalQuery(action="custody."))
        qtmodeltester.check(fresh, force_py=True)  # it fetches more, as a view would
        wait_tasks(qtbot)
        m.clear()
        assert m.rowCount() == 0 and not m.canFetchMore(QModelIndex())


def test_only_the_first_page_is_read_until_fetch_more(
    qtbot, controller, busy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int | None] = []
    real = audit.browse_journal

    def counting(vault, query, *, before=None, limit=500):  # type: ignore[no-untyped-def]
        calls.append(before)
        return real(vault, query, before=before, limit=limit)

    monkeypatch.setattr(audit, "browse_journal", counting)
    open_main(qtbot, controller, busy, "dave")
    window = controller.window
    assert window.act_journal.isEnabled()
    window.act_journal.trigger()
    browser = window.journal_window
    assert isinstance(browser, JournalBrowser) and browser.isVisible()
    _wait_page(qtbot, browser.model)
    m = browser.model
    for _ in range(10):  # the view is shown and painted: it must not ask for more
        qtbot.wait(20)
    wait_tasks(qtbot)
    assert calls == [None] and m.pages_fetched == 1 and m.rowCount() == 500
    seqs = [m.seq_at(r) for r in range(m.rowCount())]
    assert seqs == list(range(seqs[0], seqs[0] - 500, -1))  # newest first, no gap
    assert m.canFetchMore(QModelIndex())
    with qtbot.waitSignal(m.page_loaded, timeout=20_000):
        m.fetchMore(QModelIndex())
    assert calls == [None, seqs[-1]] and m.rowCount() == 1000
    assert m.seq_at(500) == seqs[-1] - 1
    # A second request raises the same window.
    window.act_journal.trigger()
    assert window.journal_window is browser


def _apply(qtbot, browser: JournalBrowser) -> list[tuple[str, ...]]:
    with qtbot.waitSignal(browser.model.page_loaded, timeout=20_000):
        browser.apply_filters()
    m = browser.model
    return [tuple(str(m.index(r, c).data()) for c in range(6)) for r in range(m.rowCount())]


def test_filters_by_user_action_case_item_dates_and_text(qtbot, controller, busy: Path) -> None:
    _window, browser = _open_browser(qtbot, controller, busy, "carol")

    browser.user.setEditText("bob")
    rows = _apply(qtbot, browser)
    assert rows and {r[2] for r in rows} == {"bob"}

    browser.action.setEditText("custody.")
    rows = _apply(qtbot, browser)
    assert [r[3] for r in rows] == ["custody.transfer"]

    browser.user.setEditText("")
    browser.action.setEditText("item.add")
    browser.case.setText(REF)
    rows = _apply(qtbot, browser)
    assert len(rows) == 3 and {r[3] for r in rows} == {"item.add"}

    browser.action.setEditText("")
    browser.case.clear()
    browser.item.setText(f"{REF}/1")
    rows = _apply(qtbot, browser)
    assert {r[3] for r in rows} == {"custody.transfer"}

    browser.item.clear()
    browser.since.setText("2999-01-01")
    assert _apply(qtbot, browser) == []
    assert "No entry" in browser.status.text()
    browser.since.clear()

    browser.text.setText("perquisition dupont")  # indexes the payloads first
    rows = _apply(qtbot, browser)
    assert [r[3] for r in rows] == ["note.add"] and "Dupont" in rows[0][5]

    browser.text.clear()
    browser.user.setEditText("nobody")
    with qtbot.waitSignal(browser.model.failed, timeout=20_000):
        browser.apply_filters()
    assert browser.error.isVisible() and "nobody" in browser.error.text()

    browser.clear_filters()
    _wait_page(qtbot, browser.model)
    assert browser.model.rowCount() == 500 and not browser.error.isVisible()


def test_details_show_a_cross_for_an_entry_altered_with_the_real_key(
    qtbot, controller, busy: Path
) -> None:
    with open_as(busy, "dave") as dave:
        seq = audit.browse_journal(dave, audit.JournalQuery(action="custody.transfer"))[0]
        transfer = seq.entry.seq
        key = dave.db_key
    # Before dave's checkpoint: unlocking (incremental) does not see it; the browser does.
    tamper(
        busy,
        key,
        f"UPDATE journal_payload SET body = replace(body, 'expertise', 'x') WHERE seq = {transfer}",
    )
    _window, browser = _open_browser(qtbot, controller, busy, "dave")
    browser.action.setEditText("custody.")
    _apply(qtbot, browser)
    assert browser.model.seq_at(0) == transfer
    browser.show_entry(0)
    qtbot.waitUntil(lambda: browser.details.check is not None, timeout=20_000)
    d = browser.details
    assert d.payload_check.text().startswith(CROSS)
    assert d.payload_check.property("state") == "bad"
    assert d.hash_check.text().startswith(CHECK)
    assert d.signature_check.text().startswith(CHECK)
    assert d.link_check.text().startswith(CHECK)
    assert "carol" in d.cosigners.text() and CHECK in d.cosigners.text()
    assert d.check is not None
    entry = d.check.record.entry
    proof = d.proof.toPlainText()
    for value in (entry.entry_hash, entry.prev_hash, entry.payload_hash, entry.signature):
        assert value.hex() in proof
    assert '"reason": "x"' in d.payload.toPlainText()

    # An untouched entry: every check passes.
    browser.action.setEditText("note.add")
    _apply(qtbot, browser)
    browser.show_entry(0)
    qtbot.waitUntil(
        lambda: (
            browser.details.check is not None
            and browser.details.check.record.entry.action == "note.add"
        ),
        timeout=20_000,
    )
    for label in (d.hash_check, d.link_check, d.signature_check, d.payload_check):
        assert label.text().startswith(CHECK) and label.property("state") == "good"


def test_an_administrator_sees_headers_only(qtbot, controller, busy: Path) -> None:
    window, browser = _open_browser(qtbot, controller, busy, "alice")
    assert window.act_journal.isEnabled()
    assert not browser.text.isEnabled()
    assert browser.model.index(0, 5).data() == ""
    browser.show_entry(0)
    qtbot.waitUntil(lambda: browser.details.check is not None, timeout=20_000)
    assert browser.details.payload_check.text().startswith("—")


def test_investigators_have_no_journal_browser_and_locking_closes_it(
    qtbot, controller, busy: Path
) -> None:
    open_main(qtbot, controller, busy, "bob")
    assert not controller.window.act_journal.isEnabled()
    controller.lock()
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.reject()
    controller.vault = None
    window, _browser = _open_browser(qtbot, controller, busy, "dave")
    controller.lock()
    wait_tasks(qtbot)
    assert window.journal_window is None or not window.journal_window.isVisible()
