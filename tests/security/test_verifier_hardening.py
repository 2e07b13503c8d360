"""Regressions for what the independent verifier of docs/FORMAT.md found in the core.

Each attack is made as an insider would: with the real database key (every user can
unseal it from their own slot) and, where an entry must be signed, a real user's key,
writing straight into the SQLCipher file. Each test checks that Scellé now detects or
refuses it, with the documented exit status and the problem kind and seq of FORMAT.md
§10.1 (the rules are in §4.1 key registry, §5.2 redaction, §6.6 side file, §9
checkpoints). The last section pins down weaknesses that remain (FORMAT.md §12) as
strict expected failures: fixing one makes its test pass, and pytest then asks for the
marker to go.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from scelle import cli
from scelle.core import audit, canonical, crypto, journal, keyslots, users
from scelle.core import vault as vault_mod
from scelle.core.errors import AuthenticationFailed, Busy, JournalTampered
from scelle.core.permissions import Action, Role
from tests.conftest import PASSWORDS, open_as
from tests.security.helpers import db_key, head_seq, raw, tamper

Found = set[tuple[int | None, str]]

# -- helpers ----------------------------------------------------------------------------------


def verify(
    capsys: pytest.CaptureFixture[str], path: Path, *extra: str, user: str = "alice"
) -> tuple[int, Found]:
    """``scelle verify --json`` as ``user``: the exit status and the (seq, kind) found."""
    argv = ["verify", "--vault", str(path), "--user", user, "--password-stdin", "--json"]
    code = cli.main([*argv, *extra], stdin=io.StringIO(PASSWORDS[user] + "\n"))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    problems = json.loads(out)["problems"] if out.strip() else []
    return code, {(p["seq"], p["kind"]) for p in problems}


@dataclass
class Insider:
    """What a user who unlocked once holds: their keys, the database key, some ids."""

    identity: crypto.Identity
    user_id: str
    key: bytes
    vault_id: str
    ids: dict[str, str]


def exported_key(path: Path) -> bytes:
    """The key as ``scelle db-key`` gives it to alice (a ``vault.db_key`` entry records it)."""
    with open_as(path, "alice") as v:
        return bytes.fromhex(users.export_db_key(v))


def insider(path: Path, name: str) -> Insider:
    with open_as(path, name) as v:
        ids = {u.name: u.id for u in v.users()}
        return Insider(v.identity, v.user.id, v.db_key, v.vault_id, ids)


@contextmanager
def attack(path: Path, key: bytes, *, drop_triggers: bool = False) -> Iterator[Any]:
    """A raw connection with the real key, in one transaction."""
    conn = raw(path, key)
    try:
        conn.execute("BEGIN")
        if drop_triggers:
            names = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            for (name,) in names.fetchall():
                conn.execute(f"DROP TRIGGER {name}")
        yield conn
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def forge(
    conn: sqlcipher3.Connection,
    *,
    signer: crypto.Identity,
    actor: str,
    action: str,
    payload: dict[str, Any] | None = None,
    body: str | None = None,
    subject: str = "vault:forged",
) -> int:
    """Append a correctly chained entry signed by ``signer``, bypassing Scellé's rules."""
    vault_id = conn.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()[0]
    seq, prev = conn.execute(
        "SELECT seq, entry_hash FROM journal ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    seq, prev = int(seq) + 1, bytes(prev)
    at = journal.format_time(journal.utc_now())
    text = canonical.dumps(payload) if body is None else body
    payload_hash = crypto.sha256(text.encode("utf-8"))
    header = journal.header_bytes(
        vault_id=vault_id, seq=seq, at=at, actor=actor, action=action, subject=subject
    )
    digest = journal.entry_hash(prev, header, payload_hash)
    conn.execute(
        "INSERT INTO journal (seq, at, actor, action, subject, payload_hash, prev_hash,"
        " entry_hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, subject, payload_hash, prev, digest, signer.sign(digest)),
    )
    conn.execute("INSERT INTO journal_payload (seq, body) VALUES (?, ?)", (seq, text))
    return seq


def public(identity: crypto.Identity) -> dict[str, str]:
    return {
        "ed25519": identity.public.ed25519.hex(),
        "x25519": identity.public.x25519.hex(),
    }


def seq_of(conn: sqlcipher3.Connection, where: str, *args: Any) -> int:
    return int(conn.execute(f"SELECT max(seq) FROM journal WHERE {where}", args).fetchone()[0])


# -- checkpoints (FORMAT.md §9) ---------------------------------------------------------------


@pytest.mark.parametrize("names", ["itself", "a later entry"])
def test_checkpoint_must_name_an_entry_before_itself(
    vault_path: Path, capsys: pytest.CaptureFixture[str], names: str
) -> None:
    """An edited checkpoint that points at or past its own entry would skip everything up
    to it; it is ignored instead, and verification starts from #1."""
    key = exported_key(vault_path)  # alice: session.unlock, then a vault.db_key entry
    insider(vault_path, "bob")  # bob's session.unlock checkpoints that entry
    with attack(vault_path, key, drop_triggers=True) as conn:
        exported = seq_of(conn, "action = 'vault.db_key'")
        unlock = seq_of(conn, "action = 'session.unlock'")
        conn.execute("UPDATE journal_payload SET body = '{\"epoch\":7}' WHERE seq = ?", (exported,))
        named = unlock if names == "itself" else unlock + 100
        h = conn.execute("SELECT entry_hash FROM journal WHERE seq = ?", (unlock,)).fetchone()[0]
        body = json.loads(_body(conn, unlock))
        body["verified_to"] = {"entry_hash": bytes(h).hex(), "seq": named}
        conn.execute(
            "UPDATE journal_payload SET body = ? WHERE seq = ?", (canonical.dumps(body), unlock)
        )

    code, found = verify(capsys, vault_path)  # incremental: the checkpoint would apply
    assert code == 1
    assert {(exported, "payload"), (unlock, "payload")} <= found
    assert "rollback" not in {kind for _, kind in found}
    with pytest.raises(JournalTampered, match=f"#{exported}"):
        vault_mod.unlock(vault_path, "carol", PASSWORDS["carol"])


def _body(conn: sqlcipher3.Connection, seq: int) -> str:
    return str(conn.execute("SELECT body FROM journal_payload WHERE seq = ?", (seq,)).fetchone()[0])


# -- key entries (FORMAT.md §4.1) -------------------------------------------------------------


def test_second_vault_create_is_refused(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An investigator plants a self-signed administrator with a second vault.create."""
    bob = insider(vault_path, "bob")
    evil = crypto.Identity.generate()
    with attack(vault_path, bob.key) as conn:
        create = forge(
            conn,
            signer=evil,
            actor="evil-admin",
            action="vault.create",
            subject=f"vault:{bob.vault_id}",
            payload={
                "admin": {"id": "evil-admin", "name": "evil", "role": "admin", **public(evil)},
                "format": 1,
                "office": "Elsewhere",
                "recovery": public(evil),
                "settings": {},
                "software": "Scellé 0.1.0",
                "vault_id": bob.vault_id,
            },
        )
        added = forge(
            conn,
            signer=evil,
            actor="evil-admin",
            action="user.add",
            subject="user:mallory",
            payload={"user": {"id": "mallory", "name": "mallory", "role": "admin", **public(evil)}},
        )

    code, found = verify(capsys, vault_path)
    assert code == 1
    assert (create, "keys") in found
    code, found = verify(capsys, vault_path, "--full")
    assert code == 1
    assert {(create, "keys"), (create, "signature"), (added, "signature")} <= found


def test_new_keys_set_by_a_non_admin_are_not_learnt(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An investigator gives the administrator new keys of his own, then signs as her."""
    bob = insider(vault_path, "bob")
    alice_id = bob.ids["alice"]
    mine = crypto.Identity.generate()
    with attack(vault_path, bob.key) as conn:
        passwd = forge(
            conn,
            signer=bob.identity,
            actor=bob.user_id,
            action="user.passwd",
            subject=f"user:{alice_id}",
            payload={"keys": public(mine), "user_id": alice_id},
        )
        added = forge(
            conn,
            signer=mine,
            actor=alice_id,
            action="user.add",
            subject="user:mallory",
            payload={"user": {"id": "mallory", "name": "mallory", "role": "admin", **public(mine)}},
        )

    code, found = verify(capsys, vault_path, user="carol")
    assert code == 1
    assert {(passwd, "keys"), (added, "signature")} <= found
    assert "permission" not in {kind for _, kind in found}  # user.passwd is an investigator's
    code, found = verify(capsys, vault_path, "--full", user="carol")
    assert code == 1
    assert {(passwd, "keys"), (added, "signature")} <= found


def _rule_breakers(ins: Insider, other: crypto.Identity) -> dict[str, tuple[str, str, Any]]:
    """name -> (signer, action, payload) of key entries that break one rule of §4.1."""
    carol = ins.ids["carol"]
    user = {"name": "zed", "role": "investigator", **public(other)}
    return {
        "user re-added with new keys": ("alice", "user.add", {"user": {**user, "id": carol}}),
        "user added as recovery": (
            "alice",
            "user.add",
            {"user": {**user, "id": "r2", "role": "recovery"}},
        ),
        "user added by a supervisor": ("carol", "user.add", {"user": {**user, "id": "z1"}}),
        "user revoked by a supervisor": (
            "carol",
            "user.revoke",
            {"name": "bob", "reason": "", "user_id": ins.ids["bob"]},
        ),
        "unknown user revoked": (
            "alice",
            "user.revoke",
            {"name": "x", "reason": "", "user_id": "x"},
        ),
        "another's password by a non-admin": (
            "bob",
            "user.passwd",
            {"keys": None, "user_id": carol},
        ),
        "keys in upper-case hex": (
            "alice",
            "user.passwd",
            {"keys": {k: v.upper() for k, v in public(other).items()}, "user_id": carol},
        ),
        "member missing": ("alice", "user.add", {"user": {"id": "z2", "name": "zed"}}),
    }


RULE_BREAKERS = [
    "user re-added with new keys",
    "user added as recovery",
    "user added by a supervisor",
    "user revoked by a supervisor",
    "unknown user revoked",
    "another's password by a non-admin",
    "keys in upper-case hex",
    "member missing",
]


@pytest.mark.parametrize("case", RULE_BREAKERS)
def test_key_entry_breaking_a_rule_is_a_keys_problem(
    vault_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    """Correctly signed key entries that the journal's own rules forbid teach nothing."""
    signers = {name: insider(vault_path, name) for name in ("alice", "bob", "carol")}
    other = crypto.Identity.generate()
    signer, action, payload = _rule_breakers(signers["alice"], other)[case]
    who = signers[signer]
    with attack(vault_path, who.key) as conn:
        seq = forge(conn, signer=who.identity, actor=who.user_id, action=action, payload=payload)
        # Something signed with the key the entry tried to introduce, as its user.
        if action != "user.revoke":
            target = payload.get("user_id") or payload["user"]["id"]
            later = forge(conn, signer=other, actor=target, action="user.list", payload={})

    code, found = verify(capsys, vault_path, user="dave")  # the unlock refuses
    assert (code, found) == (1, {(seq, "keys")})
    code, found = verify(capsys, vault_path, "--full", user="dave")
    assert code == 1
    assert (seq, "keys") in found
    if action != "user.revoke":
        assert (later, "signature") in found


def test_second_revocation_is_a_problem_not_a_later_revocation(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Revoked bob keeps his private key; a second revoke must not reopen a window in
    which his signatures (here a countersignature) would count."""
    bob = insider(vault_path, "bob")
    with open_as(vault_path, "alice") as v:
        users.revoke_user(v, "bob", reason="left the unit")
        alice = Insider(v.identity, v.user.id, v.db_key, v.vault_id, {})
    with attack(vault_path, alice.key) as conn:
        first = seq_of(conn, "action = 'user.revoke'")
        signed = forge(conn, signer=bob.identity, actor=bob.user_id, action="user.list", payload={})
        cosigned = forge(
            conn, signer=alice.identity, actor=alice.user_id, action="user.list", payload={}
        )
        h = conn.execute("SELECT entry_hash FROM journal WHERE seq = ?", (cosigned,)).fetchone()
        conn.execute(
            "INSERT INTO journal_cosignature (seq, signer, signature) VALUES (?, ?, ?)",
            (cosigned, bob.user_id, bob.identity.sign(bytes(h[0]))),
        )
        again = forge(
            conn,
            signer=alice.identity,
            actor=alice.user_id,
            action="user.revoke",
            subject=f"user:{bob.user_id}",
            payload={"name": "bob", "reason": "again", "user_id": bob.user_id},
        )
    assert first < signed < cosigned < again

    code, found = verify(capsys, vault_path, user="carol")  # the unlock refuses
    assert (code, found) == (1, {(again, "keys")})
    code, found = verify(capsys, vault_path, "--full", user="carol")
    assert code == 1
    assert {(signed, "signature"), (cosigned, "cosignature"), (again, "keys")} <= found


def test_malformed_key_entry_with_recomputed_hashes(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = db_key(vault_path)
    body = '{"user":{}}'
    digest = hashlib.sha256(body.encode()).hexdigest()
    tamper(
        vault_path,
        key,
        f"UPDATE journal_payload SET body = '{body}' WHERE seq = 2",
        f"UPDATE journal SET payload_hash = x'{digest}' WHERE seq = 2",
    )
    code, found = verify(capsys, vault_path, "--full")
    assert code == 1
    assert {(2, "entry_hash"), (2, "keys")} <= found
    assert "unreadable" not in {kind for _, kind in found}


# -- redaction (FORMAT.md §5.2) ---------------------------------------------------------------


def test_one_redaction_vouches_for_one_payload(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_as(vault_path, "alice") as v:
        with v.write() as w:
            one = w.append(Action.USER_LIST, "vault:x", {"note": "secret one"}).seq
            two = w.append(Action.USER_LIST, "vault:x", {"note": "secret two"}).seq
        redact = audit.redact_payload(v, two, ["note"], reason="retention over").seq
        key = v.db_key
        assert v.verify(full=True).intact  # the real redaction verifies

    # The same journal.redact entry claimed for another payload, rewritten at will.
    tamper(
        vault_path,
        key,
        f'UPDATE journal_payload SET body = \'{{"note":"FORGED"}}\', redacted_by = {redact}'
        f" WHERE seq = {one}",
    )
    code, found = verify(capsys, vault_path, "--full")
    assert code == 1
    assert found == {(one, "redaction")}
    code, found = verify(capsys, vault_path)
    assert code == 1
    assert (one, "redaction") in found


def test_key_entry_is_never_accepted_as_redacted(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An administrator 'redacts' bob's user.add into one naming her own key for him, with
    a journal.redact entry that records it, and fixes the users table to match."""
    alice = insider(vault_path, "alice")
    bob_id = alice.ids["bob"]
    planted = crypto.Identity.generate()
    with attack(vault_path, alice.key, drop_triggers=True) as conn:
        added = seq_of(conn, "action = 'user.add' AND subject = ?", f"user:{bob_id}")
        payload = json.loads(_body(conn, added))
        payload["user"].update(public(planted))
        residual = canonical.dumps(payload)
        redact = forge(
            conn,
            signer=alice.identity,
            actor=alice.user_id,
            action="journal.redact",
            subject=f"entry:{added}",
            payload={
                "fields": ["user"],
                "reason": "retention",
                "residual_hash": hashlib.sha256(residual.encode()).hexdigest(),
                "seq": added,
            },
        )
        conn.execute(
            "UPDATE journal_payload SET body = ?, redacted_by = ? WHERE seq = ?",
            (residual, redact, added),
        )
        conn.execute(
            "UPDATE users SET ed25519_public = ?, x25519_public = ? WHERE id = ?",
            (planted.public.ed25519, planted.public.x25519, bob_id),
        )
        as_bob = forge(conn, signer=planted, actor=bob_id, action="user.list", payload={})

    code, found = verify(capsys, vault_path, "--full")
    assert code == 1
    assert {(added, "payload"), (as_bob, "signature")} <= found
    code, found = verify(capsys, vault_path, user="carol")
    assert code == 1
    assert (added, "payload") in found


# -- reading what an editor stored (FORMAT.md §1.3, §10.1) ------------------------------------


def test_wrong_column_types_are_problems_not_crashes(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = db_key(vault_path)
    tamper(
        vault_path,
        key,
        "UPDATE journal SET subject = X'00' WHERE seq = 3",  # a blob in a text column
        "UPDATE journal SET payload_hash = 'abc' WHERE seq = 4",  # text in a blob column
        # The same bytes with another type read the same: no problem.
        "UPDATE journal_payload SET body = CAST(body AS BLOB) WHERE seq = 1",
        "UPDATE journal SET actor = CAST(actor AS BLOB) WHERE seq = 2",
    )
    code, found = verify(capsys, vault_path, "--full")
    assert code == 1
    assert found == {(3, "entry_hash"), (4, "entry_hash"), (4, "payload")}
    code, found = verify(capsys, vault_path)
    assert code == 1
    assert (3, "entry_hash") in found
    assert "unreadable" not in {kind for _, kind in found}


def test_invalid_utf8_is_a_problem_not_a_crash(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = db_key(vault_path)
    tamper(
        vault_path,
        key,
        "UPDATE journal SET subject = CAST(X'ff' AS TEXT) WHERE seq = 2",
        "UPDATE journal_payload SET body = CAST(X'7bff7d' AS TEXT) WHERE seq = 3",
    )
    code, found = verify(capsys, vault_path, "--full")
    assert code == 1
    assert {(2, "entry_hash"), (3, "payload")} <= found
    assert "unreadable" not in {kind for _, kind in found}
    code, found = verify(capsys, vault_path)
    assert code == 1
    assert {(2, "entry_hash"), (3, "payload")} <= found


def test_dropped_indexes_are_not_an_error(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = db_key(vault_path)
    tamper(
        vault_path,
        key,
        "DROP INDEX IF EXISTS journal_action",
        "DROP INDEX IF EXISTS journal_subject",
        "DROP INDEX IF EXISTS journal_actor",
        drop_triggers=False,
    )
    assert verify(capsys, vault_path) == (0, set())
    assert verify(capsys, vault_path, "--full") == (0, set())


def test_unreadable_journal_is_reported_not_raised(vault_path: Path) -> None:
    """What cannot be read at all ends the report with ``unreadable``, never an exception."""
    with open_as(vault_path, "alice") as v:
        conn = v.conn
        assert conn is not None
        conn.execute("DROP TABLE journal_cosignature")
        report = v.verify(full=True)
    assert not report.intact
    assert [(p.seq, p.kind) for p in report.problems] == [(None, "unreadable")]


# -- the failed-attempt side file (FORMAT.md §6.6) --------------------------------------------


def test_hostile_failure_lines_cannot_block_unlocks(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    side = vault_path / vault_mod.FAILURES_NAME
    side.write_bytes(
        b'{"_a": "x", "user": "mallory"}\n'
        b'{"user": "\\ud800", "A": 1, "a-b": 2, "x1": true, "' + b"k" * 33 + b'": 1}\n'
        b"[1, 2]\n"
        b"\xff\xfe not json\n"
    )
    assert verify(capsys, vault_path) == (0, set())
    assert not side.exists()
    conn = raw(vault_path, db_key(vault_path))
    try:
        rows = conn.execute(
            "SELECT p.body FROM journal j JOIN journal_payload p USING (seq)"
            " WHERE j.action = 'auth.failed' ORDER BY j.seq"
        ).fetchall()
    finally:
        conn.close()
    assert [json.loads(r[0])["attempt"] for r in rows] == [
        {"user": "mallory"},
        {"user": "?", "x1": "True"},
        {"unparsed": "\ufffd\ufffd not json"},
    ]


# -- key slots changed from two windows (keyslots.json) ---------------------------------------


def test_concurrent_key_slot_changes_are_not_lost(vault_path: Path) -> None:
    """Three windows, each changing keyslots.json from a copy the others made stale."""
    alice = open_as(vault_path, "alice")  # long-running windows
    bob = open_as(vault_path, "bob")
    carol = open_as(vault_path, "carol")
    try:
        users.change_password(bob, "bob-new-password")
        users.add_user(alice, "erin", Role.INVESTIGATOR, "erin-password")  # alice's copy: stale
        users.change_password(carol, "carol-new-password")  # carol's copy predates both
        users.change_password(alice, "dave-new-password", name="dave")  # alice's: stale again
    finally:
        for window in (carol, bob, alice):
            window.close()
    for name, password in (
        ("bob", "bob-new-password"),
        ("erin", "erin-password"),
        ("carol", "carol-new-password"),
        ("dave", "dave-new-password"),
    ):
        vault_mod.unlock(vault_path, name, password).close()
    with pytest.raises(AuthenticationFailed):
        vault_mod.unlock(vault_path, "bob", PASSWORDS["bob"])


def test_key_slot_change_after_a_rekey_elsewhere_is_refused(vault_path: Path) -> None:
    alice = open_as(vault_path, "alice")
    try:
        # Another process completed a re-key meanwhile: the file is at a later epoch.
        ksf = keyslots.load(vault_path)
        keyslots.save(vault_path, replace(ksf, epoch=ksf.epoch + 1))
        before = (vault_path / keyslots.FILENAME).read_bytes()
        head = alice.head()
        with pytest.raises(Busy):
            users.add_user(alice, "erin", Role.INVESTIGATOR, "erin-password")
        with pytest.raises(Busy):
            users.change_password(alice, "dave-new-password", name="dave")
        assert alice.head() == head  # nothing journaled
        assert (vault_path / keyslots.FILENAME).read_bytes() == before
    finally:
        alice.close()


# -- weaknesses found later, now fixed --------------------------------------------------------


def test_head_entry_hash_stored_as_text(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = db_key(vault_path)
    head = head_seq(vault_path, key)
    tamper(vault_path, key, f"UPDATE journal SET entry_hash = 'abc' WHERE seq = {head}")
    code, found = verify(capsys, vault_path, "--full")
    assert code == 1
    assert (head, "entry_hash") in found


def test_key_entry_body_that_is_not_an_object(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bob = insider(vault_path, "bob")
    with attack(vault_path, bob.key) as conn:
        seq = forge(conn, signer=bob.identity, actor=bob.user_id, action="user.passwd", body='"x"')
    code, _ = verify(capsys, vault_path, user="carol")
    assert code == 1  # the unlock's registry rebuild reports it (as payload) ...
    code, found = verify(capsys, vault_path, "--full", user="carol")
    assert code == 1  # ... and so does the full verification
    assert (seq, "keys") in found


def test_checkpoint_written_by_an_insider(
    vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bob = insider(vault_path, "bob")
    key = exported_key(vault_path)  # a vault.db_key entry after alice's checkpoint
    with attack(vault_path, key, drop_triggers=True) as conn:
        exported = seq_of(conn, "action = 'vault.db_key'")
        conn.execute("UPDATE journal_payload SET body = '{\"epoch\":7}' WHERE seq = ?", (exported,))
        head, h = conn.execute(
            "SELECT seq, entry_hash FROM journal ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        forge(
            conn,
            signer=bob.identity,
            actor=bob.user_id,
            action="session.unlock",
            subject=f"user:{bob.user_id}",
            payload={
                "host": "h",
                "os_user": "u",
                "software": "Scellé 0.1.0",
                "verified_to": {"entry_hash": bytes(h).hex(), "seq": head},
            },
        )
    code, found = verify(capsys, vault_path, user="carol")
    assert code == 1
    assert (exported, "payload") in found


def test_deeply_nested_failure_line(vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (vault_path / vault_mod.FAILURES_NAME).write_text("[" * 100_000 + "\n")
    assert verify(capsys, vault_path) == (0, set())
