"""The verifier written from docs/FORMAT.md alone agrees with Scellé's own verifier.

A vault is built with several users, password changes (one with new keys), a revocation
(and so a re-key), failed unlocks, a refusal, a countersignature and a redaction. The
independent verifier (tests/vectors/independent_verifier.py, which imports nothing from
Scellé) must find nothing wrong with it, and after each tampering done with the real
database key it must report problems at the same seqs as ``Vault.verify(full=True)``.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import sqlcipher3
from hypothesis import given, settings
from hypothesis import strategies as st

from scelle.core import audit, canonical, crypto, journal, keyslots, users, witness
from scelle.core import vault as vault_mod
from scelle.core.errors import AuthenticationFailed, BadInput, JournalTampered, PermissionDenied
from scelle.core.permissions import Action, Role
from tests.conftest import ADMIN, PASSWORDS

VERIFIER_PATH = Path(__file__).resolve().parents[1] / "vectors" / "independent_verifier.py"
VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "worked_example.json"


def _load_verifier() -> ModuleType:
    spec = importlib.util.spec_from_file_location("independent_verifier", VERIFIER_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


iv = _load_verifier()


# -- it is independent ----------------------------------------------------------------------


def test_independent_verifier_imports_nothing_from_scelle() -> None:
    tree = ast.parse(VERIFIER_PATH.read_text("utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "no relative imports"
            imported.add((node.module or "").split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {"__future__"}
    assert third_party == {"sqlcipher3", "cryptography"}
    assert "scelle" not in imported


def test_independent_verifier_reproduces_the_worked_example() -> None:
    vec = json.loads(VECTORS.read_text("utf-8"))
    for name in ("entry1", "entry2"):
        e = vec[name]
        assert iv.canonical(e["payload"]) == e["payload_canonical"]
        header = iv.header_bytes(
            vec["vault_id"], e["seq"], e["at"], e["actor"], e["action"], e["subject"]
        )
        assert header.hex() == e["header_bytes"]
        digest = iv.entry_hash(
            bytes.fromhex(e["prev_hash"]), header, bytes.fromhex(e["payload_hash"])
        )
        assert digest.hex() == e["entry_hash"]
        key = bytes.fromhex(vec["keys"]["admin"]["ed25519_public"])
        assert iv.signature_ok(key, bytes.fromhex(e["signature"]), digest)
        assert not iv.signature_ok(key, bytes.fromhex(e["signature"]), bytes(32))
    ex = vec["canonical_example"]
    assert iv.canonical(ex["input"]).encode("utf-8").hex() == ex["utf8"]


_keys = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True)
_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53 - 1), 2**53 - 1)
    | st.text(st.characters(codec="utf-8"), max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(_json)
def test_independent_canonical_encoding_agrees_with_the_core(value: Any) -> None:
    assert iv.canonical(value) == canonical.dumps(value)


@pytest.mark.parametrize(
    "bad", [1.5, 2**53, -(2**53), {"A": 1}, {"_a": 1}, {"a-b": 1}, {1: 2}, "\ud800", b"x"]
)
def test_both_encoders_refuse_the_same_values(bad: Any) -> None:
    with pytest.raises(BadInput):
        canonical.dumps(bad)
    with pytest.raises(ValueError):
        iv.canonical(bad)


# -- a vault with a bit of everything -------------------------------------------------------


@dataclass
class Built:
    """A vault built through the real API, and what the tamperings need to know of it."""

    path: Path
    key: str = ""
    vault_id: str = ""
    ids: dict[str, str] = field(default_factory=dict)
    identities: dict[str, crypto.Identity] = field(default_factory=dict)
    seqs: dict[str, int] = field(default_factory=dict)

    @property
    def witness(self) -> Path:
        return witness.path_for(self.vault_id)


def _unlock_identity(built: Built, name: str, password: str, label: str) -> None:
    with vault_mod.unlock(built.path, name, password) as u:
        built.ids[name] = u.user.id
        built.identities[label] = u.identity


@pytest.fixture
def built(vault_path: Path) -> Built:
    b = Built(vault_path)
    _unlock_identity(b, "alice", ADMIN[1], "alice")
    _unlock_identity(b, "dave", PASSWORDS["dave"], "dave")
    # A failed attempt, journaled as auth.failed at the next unlock (carol's).
    with pytest.raises(AuthenticationFailed):
        vault_mod.unlock(vault_path, "bob", "not-bob's-password")
    _unlock_identity(b, "carol", PASSWORDS["carol"], "carol_old")
    # Bob changes his own password (his keys stay), is refused the database key, lists users.
    with vault_mod.unlock(vault_path, "bob", PASSWORDS["bob"]) as bob:
        b.ids["bob"] = bob.user.id
        b.identities["bob"] = bob.identity
        users.change_password(bob, "bob-new-password")
        with pytest.raises(PermissionDenied):
            users.export_db_key(bob)
        users.list_users(bob)
    with vault_mod.unlock(vault_path, "dave", PASSWORDS["dave"]) as dave:
        audit.view_journal(dave)
    with vault_mod.unlock(vault_path, *ADMIN) as alice:
        b.vault_id = alice.vault_id
        # An entry countersigned by carol with the key she has now ...
        with alice.write() as w:
            cosigned = w.append(
                Action.USER_LIST,
                f"vault:{b.vault_id}",
                {},
                cosigners=((b.ids["carol"], b.identities["carol_old"]),),
            )
        b.seqs["cosigned"] = cosigned.seq
        # ... which an administrator then replaces: carol gets fresh keys.
        users.change_password(alice, "carol-new-password", name="carol")
        # The details of the failed attempt are redacted (FORMAT.md §5.2).
        with alice.read() as cur:
            target = cur.execute("SELECT seq FROM journal WHERE action = 'auth.failed'").fetchone()
        redact = audit.redact_payload(alice, target[0], ["attempt"], reason="retention over")
        b.seqs["redacted"], b.seqs["redact"] = target[0], redact.seq
    _unlock_identity(b, "carol", "carol-new-password", "carol")
    with vault_mod.unlock(vault_path, *ADMIN) as alice:
        # Revoke bob (the database is re-keyed), then add erin.
        users.revoke_user(alice, "bob", reason="left the unit")
        users.add_user(alice, "erin", Role.INVESTIGATOR, "erin-password")
        b.key = users.export_db_key(alice)
    return b


class _raw:
    """A plain SQLCipher connection with the real key (what `scelle db-key` gives)."""

    def __init__(self, built: Built, *, drop_triggers: bool = False) -> None:
        self.conn = sqlcipher3.connect(str(built.path / "vault.db"), isolation_level=None)
        self.conn.execute(f"PRAGMA key = \"x'{built.key}'\"")
        if drop_triggers:
            names = self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            ).fetchall()
            for (name,) in names:
                self.conn.execute(f"DROP TRIGGER {name}")

    def __enter__(self) -> sqlcipher3.Connection:
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.close()


def core_full_verify(built: Built) -> journal.Report:
    """``Vault.verify(full=True)`` on the vault as it is, without unlocking (no new entry)."""
    ksf = keyslots.load(built.path)
    key = bytes.fromhex(built.key)
    conn = vault_mod._connect(built.path / vault_mod.DB_NAME, key)
    v = vault_mod.Vault(
        built.path,
        conn,
        ksf,
        vault_mod._placeholder(ksf.slots[0]),
        built.identities["alice"],
        key,
        clock=journal.utc_now,
        witness_base=None,
    )
    with v:
        return v.verify(full=True)


def independent(built: Built) -> Any:
    return iv.verify_vault(built.path, built.key, witness_files=[built.witness])


def test_clean_vault_has_no_problem(built: Built) -> None:
    assert built.witness.is_file()
    with _raw(built) as conn:
        actions = {r[0] for r in conn.execute("SELECT DISTINCT action FROM journal")}
        redacted = conn.execute(
            "SELECT count(*) FROM journal_payload WHERE redacted_by IS NOT NULL"
        ).fetchone()[0]
        cosignatures = conn.execute("SELECT count(*) FROM journal_cosignature").fetchone()[0]
    assert actions == {
        "vault.create",
        "user.add",
        "user.passwd",
        "user.revoke",
        "user.list",
        "vault.rekey",
        "vault.db_key",
        "session.unlock",
        "auth.failed",
        "access.denied",
        "journal.view",
        "journal.redact",
    }
    assert redacted == 1 and cosignatures == 1

    report = independent(built)
    assert report.problems == []
    assert report.intact
    core = core_full_verify(built)
    assert core.intact and not core.warnings
    assert report.entries == core.entries
    assert (report.head_seq, report.head_hash) == (core.head.seq, core.head.entry_hash)
    assert iv.verify(built.path, built.key, built.witness) == []


def test_the_old_key_no_longer_opens_the_vault(built: Built) -> None:
    """The key exported after the revocation is the only one that opens it (§6.4)."""
    with pytest.raises(iv.VerifierError):
        iv.verify_vault(built.path, "00" * 32)


# -- tamperings with the real key -----------------------------------------------------------

Expected = list[tuple[int | None, str]]


def _append_raw(
    built: Built,
    conn: sqlcipher3.Connection,
    *,
    signer: str,
    actor: str,
    action: str,
    payload: dict[str, Any],
    late_by: timedelta = timedelta(0),
) -> int:
    """Append a correctly chained entry signed by ``signer``'s identity, bypassing Scellé."""
    seq, prev = conn.execute(
        "SELECT seq, entry_hash FROM journal ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    seq += 1
    at = journal.format_time(journal.utc_now() - late_by)
    body = canonical.dumps(payload)
    payload_hash = crypto.sha256(body.encode("utf-8"))
    header = journal.header_bytes(
        vault_id=built.vault_id, seq=seq, at=at, actor=actor, action=action, subject="vault:x"
    )
    digest = journal.entry_hash(bytes(prev), header, payload_hash)
    signature = built.identities[signer].sign(digest)
    conn.execute(
        "INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, "vault:x", payload_hash, bytes(prev), digest, signature),
    )
    conn.execute("INSERT INTO journal_payload (seq, body) VALUES (?, ?)", (seq, body))
    return int(seq)


def _body(conn: sqlcipher3.Connection, seq: int) -> str:
    return str(conn.execute("SELECT body FROM journal_payload WHERE seq = ?", (seq,)).fetchone()[0])


def t_payload_byte(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = conn.execute("SELECT seq FROM journal WHERE action = 'journal.view'").fetchone()[0]
    body = _body(conn, seq)
    assert '"since":0' in body
    conn.execute(
        "UPDATE journal_payload SET body = ? WHERE seq = ?",
        (body.replace('"since":0', '"since":1'), seq),
    )
    return [(seq, "payload")]


def t_key_entry_payload(b: Built, conn: sqlcipher3.Connection) -> Expected:
    """Carol's user.add altered: her key is never learnt, so her entries do not verify, and
    the administrator's later reset of her keys names a user the registry does not know."""
    seq = conn.execute(
        "SELECT seq FROM journal WHERE action = 'user.add' AND subject = ?",
        (f"user:{b.ids['carol']}",),
    ).fetchone()[0]
    body = _body(conn, seq)
    conn.execute(
        "UPDATE journal_payload SET body = ? WHERE seq = ?",
        (body.replace('"name":"carol"', '"name":"carxl"'), seq),
    )
    carols = conn.execute(
        "SELECT min(seq) FROM journal WHERE actor = ?", (b.ids["carol"],)
    ).fetchone()[0]
    reset = conn.execute(
        "SELECT seq FROM journal WHERE action = 'user.passwd' AND subject = ?",
        (f"user:{b.ids['carol']}",),
    ).fetchone()[0]
    return [(seq, "payload"), (carols, "signature"), (reset, "keys"), (None, "projection")]


def t_header_edited(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = conn.execute("SELECT seq FROM journal WHERE action = 'user.list'").fetchone()[0]
    conn.execute("UPDATE journal SET subject = subject || '!' WHERE seq = ?", (seq,))
    return [(seq, "entry_hash")]


def t_row_rewritten_and_rehashed(b: Built, conn: sqlcipher3.Connection) -> Expected:
    """The attacker knows the format and recomputes the hash, but cannot sign."""
    seq = conn.execute("SELECT seq FROM journal WHERE action = 'access.denied'").fetchone()[0]
    row = conn.execute(
        "SELECT seq, at, actor, action, subject, payload_hash, prev_hash, entry_hash, signature"
        " FROM journal WHERE seq = ?",
        (seq,),
    ).fetchone()
    entry = journal.JournalEntry(
        seq=row[0],
        at="2020-01-01T00:00:00.000Z",
        actor=row[2],
        action=row[3],
        subject=row[4],
        payload_hash=bytes(row[5]),
        prev_hash=bytes(row[6]),
        entry_hash=bytes(row[7]),
        signature=bytes(row[8]),
    )
    digest = journal.compute_entry_hash(b.vault_id, entry)
    conn.execute("UPDATE journal SET at = ?, entry_hash = ? WHERE seq = ?", (entry.at, digest, seq))
    return [(seq, "signature"), (seq + 1, "chain")]


def t_last_entry_deleted(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = conn.execute("SELECT max(seq) FROM journal").fetchone()[0]
    conn.execute("DELETE FROM journal WHERE seq = ?", (seq,))
    conn.execute("DELETE FROM journal_payload WHERE seq = ?", (seq,))
    return [(seq, "rollback")]


def t_middle_entry_deleted(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = conn.execute("SELECT seq FROM journal WHERE action = 'journal.view'").fetchone()[0]
    conn.execute("DELETE FROM journal WHERE seq = ?", (seq,))
    conn.execute("DELETE FROM journal_payload WHERE seq = ?", (seq,))
    return [(seq, "gap"), (seq + 1, "chain")]


def t_two_entries_swapped(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = conn.execute("SELECT seq FROM journal WHERE action = 'user.list'").fetchone()[0]
    cols = "at, actor, action, subject, payload_hash, prev_hash, entry_hash, signature"
    first = conn.execute(f"SELECT {cols} FROM journal WHERE seq = ?", (seq,)).fetchone()
    second = conn.execute(f"SELECT {cols} FROM journal WHERE seq = ?", (seq + 1,)).fetchone()
    bodies = (_body(conn, seq), _body(conn, seq + 1))
    sets = ", ".join(f"{c} = ?" for c in cols.split(", "))
    conn.execute(f"UPDATE journal SET {sets} WHERE seq = ?", (*second, seq))
    conn.execute(f"UPDATE journal SET {sets} WHERE seq = ?", (*first, seq + 1))
    conn.execute("UPDATE journal_payload SET body = ? WHERE seq = ?", (bodies[1], seq))
    conn.execute("UPDATE journal_payload SET body = ? WHERE seq = ?", (bodies[0], seq + 1))
    return [(seq, "chain"), (seq, "entry_hash"), (seq + 1, "chain"), (seq + 1, "entry_hash")]


def t_signed_by_revoked_user(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = _append_raw(b, conn, signer="bob", actor=b.ids["bob"], action="user.list", payload={})
    return [(seq, "signature")]


def t_signed_with_replaced_key(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = _append_raw(
        b, conn, signer="carol_old", actor=b.ids["carol"], action="user.list", payload={}
    )
    return [(seq, "signature")]


def t_role_not_allowed(b: Built, conn: sqlcipher3.Connection) -> Expected:
    payload = {"epoch": 9, "reason": "because", "users": []}
    seq = _append_raw(
        b, conn, signer="carol", actor=b.ids["carol"], action="vault.rekey", payload=payload
    )
    return [(seq, "permission")]


def t_unknown_action(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = _append_raw(
        b, conn, signer="carol", actor=b.ids["carol"], action="journal.erase", payload={}
    )
    return [(seq, "action")]


def t_countersignature_altered(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = b.seqs["cosigned"]
    sig = bytes(
        conn.execute("SELECT signature FROM journal_cosignature WHERE seq = ?", (seq,)).fetchone()[
            0
        ]
    )
    forged = bytes([sig[0] ^ 1]) + sig[1:]
    conn.execute("UPDATE journal_cosignature SET signature = ? WHERE seq = ?", (forged, seq))
    return [(seq, "cosignature")]


def t_redacted_payload_altered(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = b.seqs["redacted"]
    body = _body(conn, seq)
    assert '"attempt":null' in body
    conn.execute(
        "UPDATE journal_payload SET body = ? WHERE seq = ?",
        (body.replace('"attempt":null', '"attempt":{"user":"someone else"}'), seq),
    )
    return [(seq, "redaction")]


def t_redaction_record_altered(b: Built, conn: sqlcipher3.Connection) -> Expected:
    """The journal.redact entry no longer matches: payload and redaction both fail."""
    seq = b.seqs["redact"]
    body = _body(conn, seq)
    conn.execute(
        "UPDATE journal_payload SET body = ? WHERE seq = ?",
        (body.replace('"retention over"', '"retention ended"'), seq),
    )
    return [(seq, "payload")]


def t_redaction_claimed_backwards(b: Built, conn: sqlcipher3.Connection) -> Expected:
    """A payload changed after the fact cannot hide behind an earlier journal.redact."""
    seq = conn.execute("SELECT max(seq) FROM journal").fetchone()[0]
    assert seq > b.seqs["redact"]
    conn.execute(
        "UPDATE journal_payload SET body = '{\"epoch\":99}', redacted_by = ? WHERE seq = ?",
        (b.seqs["redact"], seq),
    )
    return [(seq, "payload")]


def _public(identity: crypto.Identity) -> dict[str, str]:
    return {"ed25519": identity.public.ed25519.hex(), "x25519": identity.public.x25519.hex()}


def t_vault_created_again(b: Built, conn: sqlcipher3.Connection) -> Expected:
    """A second vault.create, even by the administrator herself, is a keys problem."""
    alice = b.identities["alice"]
    payload = {
        "admin": {"id": b.ids["alice"], "name": "alice", "role": "admin", **_public(alice)},
        "format": 1,
        "office": "again",
        "recovery": _public(alice),
        "settings": {},
        "software": "Scellé 0.1.0",
        "vault_id": b.vault_id,
    }
    seq = _append_raw(
        b, conn, signer="alice", actor=b.ids["alice"], action="vault.create", payload=payload
    )
    return [(seq, "keys")]


def t_keys_set_by_non_admin(b: Built, conn: sqlcipher3.Connection) -> Expected:
    payload = {"keys": _public(crypto.Identity.generate()), "user_id": b.ids["alice"]}
    seq = _append_raw(
        b, conn, signer="carol", actor=b.ids["carol"], action="user.passwd", payload=payload
    )
    return [(seq, "keys")]


def t_revoked_twice(b: Built, conn: sqlcipher3.Connection) -> Expected:
    payload = {"name": "bob", "reason": "again", "user_id": b.ids["bob"]}
    seq = _append_raw(
        b, conn, signer="alice", actor=b.ids["alice"], action="user.revoke", payload=payload
    )
    return [(seq, "keys")]


def t_redaction_claimed_twice(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = conn.execute("SELECT seq FROM journal WHERE action = 'journal.view'").fetchone()[0]
    assert seq < b.seqs["redact"]
    conn.execute(
        "UPDATE journal_payload SET body = '{\"since\":null}', redacted_by = ? WHERE seq = ?",
        (b.seqs["redact"], seq),
    )
    return [(seq, "redaction")]


def t_key_entry_redacted(b: Built, conn: sqlcipher3.Connection) -> Expected:
    """A journal.redact entry that records it does not make a key entry redactable."""
    erin = conn.execute("SELECT id FROM users WHERE name = 'erin'").fetchone()[0]
    seq = conn.execute(
        "SELECT seq FROM journal WHERE action = 'user.add' AND subject = ?", (f"user:{erin}",)
    ).fetchone()[0]
    residual = '{"user":null}'
    record = {
        "fields": ["user"],
        "reason": "retention",
        "residual_hash": crypto.sha256(residual.encode()).hex(),
        "seq": seq,
    }
    redact = _append_raw(
        b, conn, signer="alice", actor=b.ids["alice"], action="journal.redact", payload=record
    )
    conn.execute(
        "UPDATE journal_payload SET body = ?, redacted_by = ? WHERE seq = ?",
        (residual, redact, seq),
    )
    return [(seq, "payload")]


def t_column_types(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = conn.execute("SELECT seq FROM journal WHERE action = 'journal.view'").fetchone()[0]
    conn.execute("UPDATE journal SET subject = X'00' WHERE seq = ?", (seq,))
    conn.execute("UPDATE journal SET payload_hash = 'abc' WHERE seq = ?", (seq + 1,))
    conn.execute("UPDATE journal SET actor = CAST(actor AS BLOB) WHERE seq = ?", (seq + 2,))
    return [(seq, "entry_hash"), (seq + 1, "entry_hash"), (seq + 1, "payload")]


def t_invalid_utf8(b: Built, conn: sqlcipher3.Connection) -> Expected:
    seq = conn.execute("SELECT seq FROM journal WHERE action = 'journal.view'").fetchone()[0]
    conn.execute("UPDATE journal SET subject = CAST(X'ff' AS TEXT) WHERE seq = ?", (seq,))
    conn.execute(
        "UPDATE journal_payload SET body = CAST(X'7bff7d' AS TEXT) WHERE seq = ?", (seq + 1,)
    )
    return [(seq, "entry_hash"), (seq + 1, "payload")]


def t_projection_edited(b: Built, conn: sqlcipher3.Connection) -> Expected:
    conn.execute("UPDATE users SET role = 'admin' WHERE name = 'erin'")
    return [(None, "projection")]


TAMPERINGS: dict[str, Callable[[Built, sqlcipher3.Connection], Expected]] = {
    "payload byte changed": t_payload_byte,
    "key entry payload changed": t_key_entry_payload,
    "journal row edited": t_header_edited,
    "journal row rewritten and rehashed": t_row_rewritten_and_rehashed,
    "last entry deleted": t_last_entry_deleted,
    "middle entry deleted": t_middle_entry_deleted,
    "two entries swapped": t_two_entries_swapped,
    "entry signed by a revoked user": t_signed_by_revoked_user,
    "entry signed with a replaced key": t_signed_with_replaced_key,
    "entry by a role not allowed": t_role_not_allowed,
    "entry with an unknown action": t_unknown_action,
    "countersignature altered": t_countersignature_altered,
    "redacted payload altered": t_redacted_payload_altered,
    "redaction record altered": t_redaction_record_altered,
    "redaction claimed backwards": t_redaction_claimed_backwards,
    "projection row edited": t_projection_edited,
    "vault created again": t_vault_created_again,
    "keys set by a non-admin": t_keys_set_by_non_admin,
    "user revoked twice": t_revoked_twice,
    "redaction claimed twice": t_redaction_claimed_twice,
    "key entry redacted": t_key_entry_redacted,
    "columns of the wrong type": t_column_types,
    "text that is not UTF-8": t_invalid_utf8,
}


@pytest.mark.parametrize("name", list(TAMPERINGS))
def test_tampering_found_at_the_same_seqs(built: Built, name: str) -> None:
    with _raw(built, drop_triggers=True) as conn:
        conn.execute("BEGIN")
        expected = TAMPERINGS[name](built, conn)
        conn.execute("COMMIT")

    mine = independent(built)
    core = core_full_verify(built)
    found = set(mine.fatal())
    reference = {(p.seq, p.kind) for p in core.problems}

    assert not mine.intact and not core.intact
    assert set(expected) <= found, f"independent verifier missed {set(expected) - found}"
    assert set(expected) <= reference, f"Scellé's verifier missed {set(expected) - reference}"
    assert {seq for seq, _ in found} == {seq for seq, _ in reference}
    first = core.first_problem()
    assert first is not None and min(found, key=_lowest_seq_first)[0] == first.seq


def _lowest_seq_first(problem: tuple[int | None, str]) -> tuple[bool, int]:
    return problem[0] is None, problem[0] or 0


def test_same_kinds_for_the_classic_tamperings(built: Built) -> None:
    """For deletions, swaps and edits the two verifiers agree kind for kind too."""
    with _raw(built, drop_triggers=True) as conn:
        conn.execute("BEGIN")
        expected = t_two_entries_swapped(built, conn) + t_payload_byte(built, conn)
        expected += t_last_entry_deleted(built, conn)
        conn.execute("COMMIT")
    mine = set(independent(built).fatal())
    reference = {(p.seq, p.kind) for p in core_full_verify(built).problems}
    assert set(expected) <= mine
    assert mine == reference


def test_witness_needed_to_see_a_truncation(built: Built) -> None:
    with _raw(built, drop_triggers=True) as conn:
        expected = t_last_entry_deleted(built, conn)
    assert iv.verify_vault(built.path, built.key).fatal() == []  # no witness: invisible
    assert iv.verify(built.path, built.key, built.witness) == expected
    with pytest.raises(JournalTampered):
        vault_mod.unlock(built.path, *ADMIN)


def test_witness_of_another_vault_is_ignored(built: Built, tmp_path: Path) -> None:
    doc = json.loads(built.witness.read_text("utf-8"))
    assert doc["format"] == "scelle-witness/1"
    doc["vault_id"] = "00000000-0000-4000-8000-000000000000"
    doc["head"]["seq"] += 100
    other = tmp_path / "other.json"
    other.write_text(json.dumps(doc))
    assert iv.verify(built.path, built.key, other) == []
    doc["vault_id"] = built.vault_id
    other.write_text(json.dumps(doc))
    assert iv.verify(built.path, built.key, other) == [(doc["head"]["seq"], "rollback")]


def test_clock_going_backwards_is_a_warning_in_both(built: Built) -> None:
    with _raw(built) as conn:
        seq = _append_raw(
            built,
            conn,
            signer="alice",
            actor=built.ids["alice"],
            action="user.list",
            payload={},
            late_by=timedelta(hours=1),
        )
    mine = independent(built)
    core = core_full_verify(built)
    assert mine.intact and core.intact
    assert [(p.seq, p.kind) for p in mine.problems] == [(seq, "clock")]
    assert [(p.seq, p.kind) for p in core.warnings] == [(seq, "clock")]
    assert mine.to_json()["problems"][0]["kind"] == core.to_json()["problems"][0]["kind"]


def test_command_line_runs_without_scelle(built: Built) -> None:
    """Run the verifier as a script with every ``scelle`` import made impossible."""
    with _raw(built, drop_triggers=True) as conn:
        expected = t_header_edited(built, conn)
    code = (
        "import runpy, sys; sys.modules['scelle'] = None; sys.argv = sys.argv[1:];"
        "runpy.run_path(sys.argv[0], run_name='__main__')"
    )
    args = [str(VERIFIER_PATH), str(built.path), built.key, "--witness", str(built.witness)]
    result = subprocess.run(
        [sys.executable, "-c", code, *args, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    doc = json.loads(result.stdout)
    assert doc["intact"] is False
    assert {(p["seq"], p["kind"]) for p in doc["problems"]} == set(expected)
    assert doc["head"]["seq"] == doc["entries"]
    bad_key = subprocess.run(
        [sys.executable, "-c", code, str(VERIFIER_PATH), str(built.path), "ab" * 32],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert bad_key.returncode == 2
    assert "does not open" in bad_key.stderr
