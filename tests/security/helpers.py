"""Tools for attacking a vault the way someone holding the database key could."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from scelle.core import vault as vault_mod

TRIGGERS = (
    "journal_append_only",
    "journal_no_update",
    "journal_no_delete",
    "payload_insert_once",
    "payload_redact_only",
    "payload_no_delete",
    "cosignature_insert_once",
    "cosignature_no_update",
    "cosignature_no_delete",
)


def db_key(path: Path, name: str = "alice", password: str = "alice-password") -> bytes:
    """The raw database key, as ``scelle db-key`` would give it to an auditor."""
    with vault_mod.unlock(path, name, password) as v:
        return v.db_key


def raw(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A plain SQLCipher connection with the real key: no Scellé code in the way."""
    conn = sqlcipher3.connect(str(path / "vault.db"), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def tamper(path: Path, key: bytes, *statements: str, drop_triggers: bool = True) -> None:
    """Run ``statements`` against the vault's database, triggers dropped first."""
    conn = raw(path, key)
    try:
        conn.execute("BEGIN")
        if drop_triggers:
            for trigger in TRIGGERS:
                conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        for statement in statements:
            conn.execute(statement)
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def head_seq(path: Path, key: bytes) -> int:
    conn = raw(path, key)
    try:
        return int(conn.execute("SELECT max(seq) FROM journal").fetchone()[0])
    finally:
        conn.close()
