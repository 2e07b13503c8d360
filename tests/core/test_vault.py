from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from scelle.core import audit, journal, users, witness
from scelle.core import vault as vault_mod
from scelle.core.errors import (
    AuthenticationFailed,
    BadInput,
    Busy,
    JournalTampered,
    NotFound,
    PermissionDenied,
    UnsupportedFormat,
    VaultExists,
)
from scelle.core.permissions import Action, Role
from tests.conftest import CHEAP_KDF, PASSWORDS, open_as
from tests.security.helpers import raw


def actions(v: vault_mod.Vault, since: int = 0) -> list[str]:
    with v.read() as cur:
        return [e.action for e, _, _ in journal.entries(cur, since=since)]


def test_create_writes_genesis_and_witness(tmp_path: Path) -> None:
    created = vault_mod.create(
        tmp_path / "v", admin_name="alice", admin_password="password1", office="Lyon", kdf=CHEAP_KDF
    )
    with created.vault as v:
        assert actions(v) == ["vault.create"]
        assert v.setting("office") == "Lyon"
        assert witness.read(v.vault_id) == v.head()
        assert v.verify(full=True).intact
    assert sorted(p.name for p in (tmp_path / "v").iterdir()) == ["keyslots.json", "vault.db"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_create_refuses_non_empty_place_and_weak_password(tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(VaultExists):
        vault_mod.create(
            tmp_path / "full", admin_name="a", admin_password="password1", kdf=CHEAP_KDF
        )
    with pytest.raises(BadInput, match="8 characters"):
        vault_mod.create(tmp_path / "new", admin_name="a", admin_password="short", kdf=CHEAP_KDF)
    with pytest.raises(BadInput, match="user name"):
        vault_mod.create(
            tmp_path / "new", admin_name="bad name!", admin_password="password1", kdf=CHEAP_KDF
        )
    assert not (tmp_path / "new").exists()


def test_database_is_really_encrypted(vault_path: Path) -> None:
    conn = sqlite3.connect(vault_path / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    assert b"SQLite format 3" not in (vault_path / "vault.db").read_bytes()[:16]


def test_unlock_journals_session_with_checkpoint(vault: vault_mod.Vault) -> None:
    with vault.read() as cur:
        last = next(iter(journal.entries(cur, since=vault.head().seq - 1)))
    assert last[0].action == "session.unlock"
    import json

    verified = json.loads(last[1])["verified_to"]
    assert verified["seq"] == vault.head().seq - 1


def test_reads_are_journaled(vault: vault_mod.Vault) -> None:
    before = vault.head().seq
    users.list_users(vault)
    records = audit.view_journal(vault, since=before)
    assert [r.entry.action for r in records] == ["user.list", "journal.view"]


def test_refusal_is_journaled_and_changes_nothing_else(vault_path: Path) -> None:
    with open_as(vault_path, "bob") as v:
        before = v.head().seq
        with pytest.raises(PermissionDenied):
            users.add_user(v, "eve", Role.ADMIN, "eve-password")
        with pytest.raises(PermissionDenied):
            users.export_db_key(v)
        assert actions(v, before) == ["access.denied", "access.denied"]
        assert v.user_named("eve") is None


def test_admin_sees_journal_headers_not_payloads(vault_path: Path) -> None:
    with open_as(vault_path, "alice") as v:
        assert all(r.payload is None for r in audit.view_journal(v))
    with open_as(vault_path, "dave") as v:
        assert all(r.payload is not None for r in audit.view_journal(v))


def test_change_own_password(vault_path: Path) -> None:
    with open_as(vault_path, "bob") as v:
        users.change_password(v, "bob-new-password")
    with pytest.raises(AuthenticationFailed):
        open_as(vault_path, "bob")
    with vault_mod.unlock(vault_path, "bob", "bob-new-password") as v:
        assert v.verify(full=True).intact


def test_admin_resets_another_password_with_new_keys(vault_path: Path) -> None:
    with open_as(vault_path, "bob") as v:
        old_key = v.user.ed25519_public
    with open_as(vault_path, "alice") as v:
        users.change_password(v, "reset-password", name="bob")
    with vault_mod.unlock(vault_path, "bob", "reset-password") as v:
        assert v.user.ed25519_public != old_key
        report = v.verify(full=True)
        assert report.intact, report.to_json()  # old entries still verify with the old key
    with open_as(vault_path, "carol") as v, pytest.raises(PermissionDenied):
        users.change_password(v, "carol-sets-bob", name="bob")


def test_revoke_rekeys_and_everyone_else_still_opens(vault_path: Path) -> None:
    with open_as(vault_path, "alice") as v:
        old_key = v.db_key
        users.revoke_user(v, "bob", reason="left")
        assert v.db_key != old_key
        assert actions(v, v.head().seq - 2) == ["user.revoke", "vault.rekey"]
        with pytest.raises(BadInput):
            users.revoke_user(v, "bob")
        with pytest.raises(BadInput):
            users.revoke_user(v, "alice")
        with pytest.raises(NotFound):
            users.revoke_user(v, "nobody")
    for name in ("alice", "carol", "dave"):
        with open_as(vault_path, name) as v:
            assert v.verify(full=True).intact
    with pytest.raises(AuthenticationFailed):
        open_as(vault_path, "bob")
    conn = raw(vault_path, old_key)
    with pytest.raises(Exception, match="not a database"):
        conn.execute("SELECT 1 FROM journal").fetchone()
    conn.close()


def test_recovery_code_adds_an_administrator(vault_path: Path, recovery_code: str) -> None:
    from scelle.core import keyslots

    with pytest.raises(BadInput, match="typo"):
        vault_mod.unlock_with_recovery(vault_path, recovery_code[:-5] + "00000")
    with pytest.raises(AuthenticationFailed):
        vault_mod.unlock_with_recovery(vault_path, keyslots.new_recovery_code())
    with vault_mod.unlock_with_recovery(vault_path, recovery_code) as v:
        with pytest.raises(PermissionDenied):
            users.export_db_key(v)
        users.add_admin_with_recovery(v, "zoe", "zoe-password")
    with vault_mod.unlock(vault_path, "zoe", "zoe-password") as v:
        assert v.user.role == Role.ADMIN
        assert v.verify(full=True).intact


def test_recovery_still_works_after_rekey(vault_path: Path, recovery_code: str) -> None:
    with open_as(vault_path, "alice") as v:
        users.revoke_user(v, "bob")
    with vault_mod.unlock_with_recovery(vault_path, recovery_code) as v:
        assert v.keyslots.epoch == 1


def test_redaction_keeps_the_chain_verifiable(vault_path: Path) -> None:
    with open_as(vault_path, "alice") as v:
        with pytest.raises(BadInput, match="cannot be redacted"):
            audit.redact_payload(v, 1, ["office"], reason="retention")
        with v.write() as w:
            target = w.append(Action.JOURNAL_VIEW, "vault:x", {"since": 0, "note": "secret"})
        entry = audit.redact_payload(v, target.seq, ["note"], reason="retention rule R1")
        with v.read() as cur:
            found = journal.payload_body(cur, target.seq)
        assert found is not None and "secret" not in found[1] and found[2] == entry.seq
        assert v.verify(full=True).intact
        key = v.db_key
    # A body replaced without a valid redaction entry is caught.
    from tests.security.helpers import tamper

    tamper(
        vault_path,
        key,
        f"UPDATE journal_payload SET body = '{{\"since\":0}}' WHERE seq = {entry.seq - 1}",
    )
    with pytest.raises(JournalTampered) as caught:
        open_as(vault_path, "carol")
    assert {p.seq for p in caught.value.problems} == {target.seq}  # type: ignore[attr-defined]


def test_clock_going_backwards_is_flagged_not_failed(vault_path: Path) -> None:
    later = datetime.now(UTC) + timedelta(days=1)
    times = iter([later, later - timedelta(minutes=10)])
    v = vault_mod.unlock(vault_path, "alice", PASSWORDS["alice"], clock=lambda: next(times))
    with v.write() as w:
        w.append(Action.JOURNAL_VIEW, "vault:x", {"since": 0})
    report = v.verify(full=True)
    v.close()
    assert report.intact
    assert [w.kind for w in report.warnings] == ["clock"]


def test_newer_schema_is_refused(vault_path: Path) -> None:
    with open_as(vault_path, "alice") as v:
        key = v.db_key
    conn = raw(vault_path, key)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(UnsupportedFormat):
        open_as(vault_path, "alice")


def test_second_writer_waits_then_is_told(vault_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(vault_mod, "BUSY_TIMEOUT_MS", 200)
    a = open_as(vault_path, "alice")
    b = open_as(vault_path, "carol")
    try:
        with a.write() as w:
            w.append(Action.JOURNAL_VIEW, "vault:x", {"since": 0})
            b.conn.execute("PRAGMA busy_timeout = 100")  # type: ignore[union-attr]
            with pytest.raises(Busy), b.write():
                pass
        with b.write() as w:  # after a commits, b gets its turn and chains after a
            entry = w.append(Action.JOURNAL_VIEW, "vault:x", {"since": 1})
        assert entry.seq == a.head().seq
        assert b.verify(full=True).intact
    finally:
        a.close()
        b.close()


def test_witness_never_goes_backwards(vault_path: Path) -> None:
    with open_as(vault_path, "alice") as v:
        h = v.head()
        witness.record(v.vault_id, journal.Head(h.seq - 1, b"\0" * 32))
        assert witness.read(v.vault_id) == h


def test_locked_vault_has_no_keys(vault_path: Path) -> None:
    v = open_as(vault_path, "alice")
    v.close()
    with pytest.raises(AuthenticationFailed):
        _ = v.db_key
    with pytest.raises(AuthenticationFailed):
        v.head()


def test_every_action_has_an_applier_or_is_declared_without_effect() -> None:
    from scelle.core import projection as proj

    missing = [
        a.value for a in Action if a.value not in proj._APPLIERS and a.value not in proj.NO_EFFECT
    ]
    assert missing == []


def test_large_batches_are_signed_and_stored_in_order(vault: vault_mod.Vault) -> None:
    """Rows are stored a batch at a time; every entry of a transaction larger than several
    batches ends up signed, stored in order and verifiable."""
    n = vault_mod.Writer.BATCH * 2 + 7
    with vault.write() as w:
        first = w.head.seq + 1
        for i in range(n):
            w.append(Action.JOURNAL_VIEW, "vault:x", {"since": i})
    assert all(e.signature for e in w.appended) and len(w.appended) == n
    with vault.read() as cur:
        rows = list(journal.entries(cur, since=first - 1))
    assert [e.seq for e, _, _ in rows] == list(range(first, first + n))
    assert all(len(e.signature) == 64 for e, _, _ in rows)
    assert vault.verify(full=True).intact


def test_a_failed_batch_leaves_nothing(vault: vault_mod.Vault) -> None:
    before = vault.head()
    with pytest.raises(BadInput), vault.write() as w:
        for i in range(vault_mod.Writer.BATCH + 10):
            w.append(Action.JOURNAL_VIEW, "vault:x", {"since": i})
        w.append(Action.JOURNAL_VIEW, "vault:x", {"bad": 1.5})
    assert vault.head() == before
    assert vault.verify(full=True).intact


def test_bulk_signing_helper_stops_when_the_vault_locks(vault_path: Path) -> None:
    import multiprocessing

    v = open_as(vault_path, "alice")
    with v.write() as w:
        for i in range(vault_mod.Writer.BATCH * 2):
            w.append(Action.JOURNAL_VIEW, "vault:x", {"since": i})
    assert multiprocessing.active_children()  # the helper signed the later batches
    assert v.verify(full=True).intact
    v.close()
    for child in multiprocessing.active_children():
        child.join(timeout=10)
    assert not multiprocessing.active_children()


def test_a_bulk_write_gives_the_garbage_collector_back(vault: vault_mod.Vault) -> None:
    """Bulk writes pause the cyclic collector; committed or failed, it runs again after."""
    import gc

    seen = []
    with vault.write() as w:
        for i in range(vault_mod.Writer.BATCH + 10):
            w.append(Action.JOURNAL_VIEW, "vault:x", {"since": i})
        seen.append(gc.isenabled())
    assert seen == [False] and gc.isenabled()
    with pytest.raises(BadInput), vault.write() as w:
        for i in range(vault_mod.Writer.BATCH + 10):
            w.append(Action.JOURNAL_VIEW, "vault:x", {"since": i})
        w.append(Action.JOURNAL_VIEW, "vault:x", {"bad": 1.5})
    assert gc.isenabled()
    gc.disable()  # a caller that had switched it off keeps it off
    try:
        with vault.write() as w:
            for i in range(vault_mod.Writer.BATCH + 10):
                w.append(Action.JOURNAL_VIEW, "vault:x", {"since": i})
        assert not gc.isenabled()
    finally:
        gc.enable()


def _item_payload(case_id: str, number: int) -> dict[str, object]:
    from scelle.core import ids

    return {
        "item": {
            "id": ids.new_id(),
            "case_id": case_id,
            "number": number,
            "exhibit_id": f"2026-0001/{number}",
            "kind": "digital",
            "description": f"file {number}",
            "seal": None,
            "seized_at": None,
            "seized_where": None,
            "seized_by": None,
            "seized_from": None,
            "location": None,
            "received": "receipt",
            "flags": [],
            "hashes": None,
        },
        "tz": "UTC",
        "reason": None,
    }


def test_rows_queued_in_a_bulk_write_are_seen_by_reads_inside_it(vault_path: Path) -> None:
    """Bulk writes queue projection rows; any statement on the writer's cursor sees them."""
    from scelle.core import model

    vault = open_as(vault_path, "bob")
    case = model.add_case(vault, "2026-0001", "Bulk")
    n = vault_mod.Writer.BATCH + 5
    with vault.write() as w:
        for number in range(1, n + 1):
            w.append(Action.ITEM_ADD, f"case:{case.id}", _item_payload(case.id, number))
        assert w.cur.deferring  # past the first batch, rows were queued...
        counted = w.cur.execute("SELECT count(*) FROM items").fetchone()[0]
        events = w.cur.execute("SELECT count(*) FROM custody_events").fetchone()[0]
    assert counted == n and events == n  # ...and written before the read
    with vault.read() as cur:
        assert cur.execute("SELECT count(*) FROM items").fetchone()[0] == n
    assert vault.verify(full=True).intact


def test_a_queued_row_that_fails_rolls_the_whole_write_back(vault_path: Path) -> None:
    """A row that breaks a constraint when the queue is written fails the transaction."""
    from scelle.core import model

    vault = open_as(vault_path, "bob")
    case = model.add_case(vault, "2026-0001", "Bulk")
    before = vault.head()
    n = vault_mod.Writer.BATCH + 5
    with pytest.raises(Exception, match="UNIQUE"), vault.write() as w:
        for number in range(1, n + 1):
            w.append(Action.ITEM_ADD, f"case:{case.id}", _item_payload(case.id, number))
        w.append(Action.ITEM_ADD, f"case:{case.id}", _item_payload(case.id, 3))  # queued
    assert vault.head() == before
    with vault.read() as cur:
        assert cur.execute("SELECT count(*) FROM items").fetchone()[0] == 0
    assert vault.verify(full=True).intact
