"""Projections: tables of current state, derived from the journal (DESIGN §1.1).

Every table here is written only by an *applier*: a function that takes one journal entry
and its payload and updates the tables. Commands never write these tables themselves: they
append an entry, and the journal calls :func:`apply` in the same transaction. Verification
replays the whole journal through the same appliers into a fresh in-memory database and
compares the result with the stored tables, so any row changed without a journal entry
shows up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from scelle.core.permissions import Action


class Cursor(Protocol):
    """The DB-API cursor methods appliers use (sqlite3 and sqlcipher3 both fit)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class Header:
    """The parts of a journal entry an applier may use."""

    seq: int
    at: str
    actor: str
    action: str
    subject: str


Applier = Callable[[Cursor, Header, dict[str, Any]], None]

# Tables, in creation order, with the columns that order their rows for comparison.
SCHEMA: list[str] = [
    """CREATE TABLE users (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        x25519_public BLOB NOT NULL,
        ed25519_public BLOB NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
        added_seq INTEGER NOT NULL,
        revoked_seq INTEGER
    )""",
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
]

TABLES: dict[str, str] = {"users": "id", "settings": "key"}

_APPLIERS: dict[str, Applier] = {}


def applier(*actions: str) -> Callable[[Applier], Applier]:
    """Register the decorated function as the applier of ``actions``."""

    def register(fn: Applier) -> Applier:
        for action in actions:
            if action in _APPLIERS:
                raise RuntimeError(f"two appliers for {action}")
            _APPLIERS[action] = fn
        return fn

    return register


def apply(cur: Cursor, header: Header, payload: dict[str, Any]) -> None:
    """Apply one entry to the projection (entries without an applier change nothing)."""
    fn = _APPLIERS.get(header.action)
    if fn is not None:
        fn(cur, header, payload)


def create(cur: Cursor) -> None:
    """Create the projection tables in an empty database."""
    for statement in SCHEMA:
        cur.execute(statement)


def rows(cur: Cursor, table: str) -> Iterator[tuple[Any, ...]]:
    """Every row of a projection table in a stable order, for comparison."""
    if table not in TABLES:
        raise KeyError(table)
    # fetchall: the caller interleaves two of these, and a DB-API cursor runs one query.
    yield from cur.execute(f"SELECT * FROM {table} ORDER BY {TABLES[table]}").fetchall()


# -- appliers of the trust core -------------------------------------------------------------


def _insert_user(cur: Cursor, seq: int, user: dict[str, Any]) -> None:
    cur.execute(
        "INSERT INTO users (id, name, role, x25519_public, ed25519_public, status, added_seq)"
        " VALUES (?, ?, ?, ?, ?, 'active', ?)",
        (
            user["id"],
            user["name"],
            user["role"],
            bytes.fromhex(user["x25519"]),
            bytes.fromhex(user["ed25519"]),
            seq,
        ),
    )


@applier(Action.VAULT_CREATE)
def _vault_create(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    _insert_user(cur, h.seq, p["admin"])
    recovery = {"id": "recovery", "name": "(recovery)", "role": "recovery", **p["recovery"]}
    _insert_user(cur, h.seq, recovery)
    cur.execute("INSERT INTO settings (key, value) VALUES ('vault_id', ?)", (p["vault_id"],))
    cur.execute("INSERT INTO settings (key, value) VALUES ('office', ?)", (p["office"],))
    for key, value in sorted(p.get("settings", {}).items()):
        cur.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (key, str(value)))


@applier(Action.USER_ADD)
def _user_add(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    _insert_user(cur, h.seq, p["user"])


@applier(Action.USER_REVOKE)
def _user_revoke(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE users SET status = 'revoked', revoked_seq = ? WHERE id = ?",
        (h.seq, p["user_id"]),
    )


@applier(Action.USER_PASSWD)
def _user_passwd(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    keys = p.get("keys")
    if keys:
        cur.execute(
            "UPDATE users SET x25519_public = ?, ed25519_public = ? WHERE id = ?",
            (bytes.fromhex(keys["x25519"]), bytes.fromhex(keys["ed25519"]), p["user_id"]),
        )
