"""Projections: tables of current state, derived from the journal (DESIGN §1.1).

Every table here is written only by an *applier*: a function that takes one journal entry
and its payload and updates the tables. Commands never write these tables themselves: they
append an entry, and the journal calls :func:`apply` in the same transaction. Verification
replays the whole journal through the same appliers into a fresh in-memory database and
compares the result with the stored tables, so any row changed without a journal entry
shows up.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple, Protocol

from scelle.core.permissions import Action


class Cursor(Protocol):
    """The DB-API cursor methods appliers use (sqlite3 and sqlcipher3 both fit)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


class Header(NamedTuple):
    """The parts of a journal entry an applier may use.

    Named tuples rather than frozen dataclasses for the objects built once per journal
    entry: they are as immutable and construct three times faster (bulk imports build
    hundreds of thousands).
    """

    seq: int
    at: str
    actor: str
    action: str
    subject: str
    body: str = ""  # the canonical payload text (what the payload hash covers)


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

SCHEMA += [
    """CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'archived')),
        retention TEXT,
        opened_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_seq INTEGER NOT NULL,
        updated_seq INTEGER NOT NULL
    )""",
    """CREATE TABLE case_members (
        case_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        added_seq INTEGER NOT NULL,
        PRIMARY KEY (case_id, user_id)
    )""",
    """CREATE TABLE items (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        exhibit_id TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('physical', 'digital')),
        description TEXT NOT NULL,
        seal TEXT,
        seized_at TEXT,
        seized_tz TEXT,
        seized_where TEXT,
        seized_by TEXT,
        seized_from TEXT,
        location TEXT,
        custodian TEXT,
        status TEXT NOT NULL CHECK (status IN
            ('in_custody', 'checked_out', 'transferred', 'released', 'destroyed')),
        size INTEGER,
        md5 TEXT,
        sha1 TEXT,
        sha256 TEXT,
        hashed_at TEXT,
        hashed_by TEXT,
        checkout_purpose TEXT,
        checkout_due TEXT,
        hash_mismatch INTEGER NOT NULL DEFAULT 0,
        disposition_request INTEGER,
        flags TEXT,
        created_seq INTEGER NOT NULL,
        updated_seq INTEGER NOT NULL,
        UNIQUE (case_id, number)
    )""",
    """CREATE TABLE custody_events (
        seq INTEGER PRIMARY KEY,
        item_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        tz TEXT,
        counterpart TEXT,
        location TEXT,
        purpose TEXT,
        authority TEXT,
        reason TEXT
    )""",
    "CREATE INDEX custody_item ON custody_events (item_id, seq)",
    """CREATE TABLE notes (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        item_id TEXT,
        revision INTEGER NOT NULL,
        text TEXT,
        struck INTEGER NOT NULL DEFAULT 0,
        strike_reason TEXT,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_seq INTEGER NOT NULL
    )""",
    "CREATE INDEX notes_case ON notes (case_id, id)",
    """CREATE TABLE note_revisions (
        note_id INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        text TEXT,
        author TEXT NOT NULL,
        at TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (note_id, revision)
    )""",
    # Full-text index of notes' current text: derived again from `notes`, so not compared.
    """CREATE VIRTUAL TABLE notes_fts USING fts5 (
        text, tokenize = 'unicode61 remove_diacritics 2'
    )""",
    """CREATE TABLE reviews (
        seq INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        up_to_seq INTEGER NOT NULL,
        up_to_hash TEXT NOT NULL,
        comment TEXT NOT NULL,
        anomalies INTEGER NOT NULL
    )""",
    """CREATE TABLE locations (
        code TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('room', 'shelf', 'locker', 'safe', 'other')),
        added_seq INTEGER NOT NULL
    )""",
    """CREATE TABLE inventories (
        seq INTEGER PRIMARY KEY,
        location TEXT NOT NULL,
        auditor TEXT NOT NULL,
        at TEXT NOT NULL,
        found INTEGER NOT NULL,
        missing INTEGER NOT NULL,
        elsewhere INTEGER NOT NULL,
        unknown INTEGER NOT NULL
    )""",
    """CREATE TABLE reasons (
        kind TEXT NOT NULL,
        code TEXT NOT NULL,
        label TEXT NOT NULL,
        added_seq INTEGER NOT NULL,
        PRIMARY KEY (kind, code)
    )""",
]

TABLES: dict[str, str] = {
    "users": "id",
    "settings": "key",
    "cases": "id",
    "case_members": "case_id, user_id",
    "items": "id",
    "custody_events": "seq",
    "notes": "id",
    "note_revisions": "note_id, revision",
    "reasons": "kind, code",
    "reviews": "seq",
    "locations": "code",
    "inventories": "seq",
}

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


# Actions that record something without changing current state (reads, sessions, refusals).
NO_EFFECT: frozenset[str] = frozenset(
    {
        Action.SESSION_UNLOCK,
        Action.AUTH_FAILED,
        Action.USER_LIST,
        Action.JOURNAL_VIEW,
        Action.JOURNAL_VERIFY,
        Action.VAULT_DB_KEY,
        Action.ACCESS_DENIED,
        Action.VAULT_REKEY,
        Action.CASE_LIST,
        Action.CASE_VIEW,
        Action.ITEM_LIST,
        Action.ITEM_VIEW,
        Action.NOTE_VIEW,
        Action.NOTE_SEARCH,
        Action.NOTE_HISTORY,
        Action.MANIFEST_IMPORT,
        Action.REVIEW_VIEW,
        Action.CASE_EXPORT,
        Action.CASE_REPORT,
        Action.LOCATION_LIST,
    }
)


def apply(cur: Cursor, header: Header, payload: dict[str, Any]) -> None:
    """Apply one entry to the projection; raise KeyError for an action nobody handles."""
    fn = _APPLIERS.get(header.action)
    if fn is not None:
        fn(cur, header, payload)
    elif header.action not in NO_EFFECT:
        raise KeyError(f"no applier for {header.action}")


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
        # Settings are text; anything else is stored as its canonical JSON (FORMAT.md).
        text = (
            value
            if isinstance(value, str)
            else json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        )
        cur.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (key, text))


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


# -- appliers of the evidence domain (payloads: docs/FORMAT.md §8) ---------------------------


@applier(Action.CASE_ADD)
def _case_add(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    c = p["case"]
    cur.execute(
        "INSERT INTO cases (id, ref, title, status, retention, opened_at, created_by,"
        " created_seq, updated_seq) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?)",
        (c["id"], c["ref"], c["title"], c["retention"], c["opened_at"], h.actor, h.seq, h.seq),
    )
    for user_id in p["members"]:
        cur.execute(
            "INSERT INTO case_members (case_id, user_id, added_seq) VALUES (?, ?, ?)",
            (c["id"], user_id, h.seq),
        )


@applier(Action.CASE_ASSIGN)
def _case_assign(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    if p["assigned"]:
        cur.execute(
            "INSERT INTO case_members (case_id, user_id, added_seq) VALUES (?, ?, ?)",
            (p["case_id"], p["user_id"], h.seq),
        )
    else:
        cur.execute(
            "DELETE FROM case_members WHERE case_id = ? AND user_id = ?",
            (p["case_id"], p["user_id"]),
        )


@applier(Action.CASE_STATUS)
def _case_status(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE cases SET status = ?, updated_seq = ? WHERE id = ?",
        (p["status"], h.seq, p["case_id"]),
    )


def _insert(cur: Cursor, table: str, row: dict[str, Any]) -> None:
    """Insert ``row`` into ``table``, leaving out the columns whose value is None.

    They become NULL, so use it only for columns without another DEFAULT (items and
    custody_events). The SQLCipher driver binds a None through its slow adaptation path:
    a 24-column row with twelve None values took 15.8 µs to insert, 3.5 µs with them left
    out (docs/DESIGN-NOTES.md, "Bulk import"). Table and column names come from the
    appliers, never from a payload. In a bulk write the row is queued on the writer's
    cursor (``insert``) rather than executed at once.
    """
    present = {k: v for k, v in row.items() if v is not None}
    key = (table, *present)
    sql = _INSERTS.get(key)
    if sql is None:
        sql = f"INSERT INTO {table} ({', '.join(present)}) VALUES ({', '.join('?' * len(present))})"
        _INSERTS[key] = sql
    values = tuple(present.values())
    insert = getattr(cur, "insert", None)  # a bulk writer's cursor queues rows
    if insert is not None:
        insert(sql, values)
    else:
        cur.execute(sql, values)


_INSERTS: dict[tuple[str, ...], str] = {}


def _event(
    cur: Cursor,
    h: Header,
    item_id: str,
    kind: str,
    p: dict[str, Any],
    *,
    case_id: str | None = None,
    **columns: Any,
) -> None:
    if case_id is None:
        case_id = cur.execute("SELECT case_id FROM items WHERE id = ?", (item_id,)).fetchone()[0]
    # The event's full details are its journal payload (read by seq), not a copy.
    _insert(
        cur,
        "custody_events",
        {
            "seq": h.seq,
            "item_id": item_id,
            "case_id": case_id,
            "kind": kind,
            "actor": h.actor,
            "at": h.at,
            "tz": p.get("tz"),
            "counterpart": columns.get("counterpart"),
            "location": columns.get("location"),
            "purpose": columns.get("purpose"),
            "authority": columns.get("authority"),
            "reason": p.get("reason"),
        },
    )


@applier(Action.ITEM_ADD)
def _item_add(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    it = p["item"]
    hashes = it.get("hashes") or {}
    _insert(
        cur,
        "items",
        {
            "id": it["id"],
            "case_id": it["case_id"],
            "number": it["number"],
            "exhibit_id": it["exhibit_id"],
            "kind": it["kind"],
            "description": it["description"],
            "seal": it["seal"],
            "seized_at": it["seized_at"],
            "seized_tz": p.get("tz"),
            "seized_where": it["seized_where"],
            "seized_by": it["seized_by"],
            "seized_from": it["seized_from"],
            "location": it["location"],
            "custodian": h.actor,
            "status": "in_custody",
            "size": hashes.get("size"),
            "md5": hashes.get("md5"),
            "sha1": hashes.get("sha1"),
            "sha256": hashes.get("sha256"),
            "hashed_at": h.at if hashes else None,
            "hashed_by": h.actor if hashes else None,
            "flags": ",".join(it.get("flags") or []) or None,
            "created_seq": h.seq,
            "updated_seq": h.seq,
        },
    )
    _event(
        cur,
        h,
        it["id"],
        it["received"],
        p,
        case_id=it["case_id"],
        location=it["location"],
        counterpart=it["seized_from"],
    )


@applier(Action.CUSTODY_TRANSFER)
def _transfer(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE items SET custodian = ?, location = coalesce(?, location),"
        " updated_seq = ? WHERE id = ?",
        (p["to"], p.get("location"), h.seq, p["item_id"]),
    )
    _event(cur, h, p["item_id"], "transfer", p, counterpart=p["to"], location=p.get("location"))


@applier(Action.CUSTODY_CHECKOUT)
def _checkout(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE items SET status = 'checked_out', checkout_purpose = ?,"
        " checkout_due = ?, updated_seq = ? WHERE id = ?",
        (p["purpose"], p.get("due"), h.seq, p["item_id"]),
    )
    _event(cur, h, p["item_id"], "checkout", p, purpose=p["purpose"])


@applier(Action.CUSTODY_CHECKIN)
def _checkin(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE items SET status = 'in_custody', checkout_purpose = NULL,"
        " checkout_due = NULL, location = coalesce(?, location), updated_seq = ?"
        " WHERE id = ?",
        (p.get("location"), h.seq, p["item_id"]),
    )
    _event(cur, h, p["item_id"], "checkin", p, location=p.get("location"))


@applier(Action.CUSTODY_MOVE)
def _move(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE items SET location = ?, updated_seq = ? WHERE id = ?",
        (p["to_location"], h.seq, p["item_id"]),
    )
    _event(cur, h, p["item_id"], "move", p, location=p["to_location"])


@applier(Action.CUSTODY_SEAL)
def _seal(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE items SET seal = ?, updated_seq = ? WHERE id = ?",
        (p["new_seal"], h.seq, p["item_id"]),
    )
    _event(cur, h, p["item_id"], "seal" if p.get("old_seal") is None else "reseal", p)


@applier(Action.CUSTODY_HASH_VERIFY)
def _hash_verify(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    if p["recorded"] is None:  # first hashes of a digital item recorded this way
        c = p["computed"]
        cur.execute(
            "UPDATE items SET size = ?, md5 = ?, sha1 = ?, sha256 = ?, hashed_at = ?,"
            " hashed_by = ?, updated_seq = ? WHERE id = ?",
            (
                c.get("size"),
                c.get("md5"),
                c.get("sha1"),
                c.get("sha256"),
                h.at,
                h.actor,
                h.seq,
                p["item_id"],
            ),
        )
    elif not p["match"]:
        cur.execute(
            "UPDATE items SET hash_mismatch = 1, updated_seq = ? WHERE id = ?",
            (h.seq, p["item_id"]),
        )
    _event(cur, h, p["item_id"], "hash_verify", p)


@applier(Action.CUSTODY_DISPOSITION_REQUEST)
def _disposition_request(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE items SET disposition_request = ?, updated_seq = ? WHERE id = ?",
        (h.seq, h.seq, p["item_id"]),
    )
    _event(
        cur,
        h,
        p["item_id"],
        "disposition_request",
        p,
        authority=p["authority"],
        counterpart=p["witness"],
    )


DISPOSITION_STATUS = {
    "returned": "released",
    "released": "released",
    "destroyed": "destroyed",
    "transferred": "transferred",
}


@applier(Action.CUSTODY_DISPOSITION_APPROVE)
def _disposition_approve(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE items SET status = ?, custodian = NULL, disposition_request = NULL,"
        " updated_seq = ? WHERE id = ?",
        (DISPOSITION_STATUS[p["method"]], h.seq, p["item_id"]),
    )
    _event(cur, h, p["item_id"], "disposition", p, authority=p.get("authority"))


def _note_case(cur: Cursor, p: dict[str, Any]) -> tuple[str, str | None]:
    return p["case_id"], p.get("item_id")


@applier(Action.NOTE_ADD)
def _note_add(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    case_id, item_id = _note_case(cur, p)
    cur.execute(
        "INSERT INTO notes (id, case_id, item_id, revision, text, author, created_at,"
        " updated_seq) VALUES (?, ?, ?, 1, ?, ?, ?, ?)",
        (h.seq, case_id, item_id, p["text"], h.actor, h.at, h.seq),
    )
    cur.execute(
        "INSERT INTO note_revisions (note_id, revision, text, author, at, seq)"
        " VALUES (?, 1, ?, ?, ?, ?)",
        (h.seq, p["text"], h.actor, h.at, h.seq),
    )
    cur.execute("INSERT INTO notes_fts (rowid, text) VALUES (?, ?)", (h.seq, p["text"] or ""))


@applier(Action.NOTE_EDIT)
def _note_edit(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE notes SET revision = ?, text = ?, updated_seq = ? WHERE id = ?",
        (p["revision"], p["text"], h.seq, p["note_id"]),
    )
    cur.execute(
        "INSERT INTO note_revisions (note_id, revision, text, author, at, seq)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (p["note_id"], p["revision"], p["text"], h.actor, h.at, h.seq),
    )
    cur.execute("DELETE FROM notes_fts WHERE rowid = ?", (p["note_id"],))
    cur.execute(
        "INSERT INTO notes_fts (rowid, text) VALUES (?, ?)", (p["note_id"], p["text"] or "")
    )


@applier(Action.NOTE_STRIKE)
def _note_strike(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "UPDATE notes SET struck = 1, strike_reason = ?, updated_seq = ? WHERE id = ?",
        (p["reason"], h.seq, p["note_id"]),
    )


@applier(Action.REASON_ADD)
def _reason_add(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "INSERT INTO reasons (kind, code, label, added_seq) VALUES (?, ?, ?, ?)",
        (p["kind"], p["code"], p["label"], h.seq),
    )


@applier(Action.REVIEW_SIGN)
def _review_sign(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "INSERT INTO reviews (seq, case_id, reviewer, at, up_to_seq, up_to_hash,"
        " comment, anomalies) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            h.seq,
            p["case_id"],
            h.actor,
            h.at,
            p["up_to"]["seq"],
            p["up_to"]["entry_hash"],
            p["comment"],
            len(p["anomalies"]),
        ),
    )


@applier(Action.LOCATION_ADD)
def _location_add(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "INSERT INTO locations (code, label, kind, added_seq) VALUES (?, ?, ?, ?)",
        (p["code"], p["label"], p["kind"], h.seq),
    )


@applier(Action.INVENTORY_AUDIT)
def _inventory(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    cur.execute(
        "INSERT INTO inventories (seq, location, auditor, at, found, missing,"
        " elsewhere, unknown) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            h.seq,
            p["location"],
            h.actor,
            h.at,
            len(p["found"]),
            len(p["missing"]),
            len(p["elsewhere"]),
            len(p["unknown"]),
        ),
    )


@applier(Action.JOURNAL_REDACT)
def _journal_redact(cur: Cursor, h: Header, p: dict[str, Any]) -> None:
    """A redacted note text leaves the projection and the search index too (the other
    redactable payloads feed no projected column that redaction may empty)."""
    if "text" not in p["fields"]:
        return
    row = cur.execute("SELECT note_id FROM note_revisions WHERE seq = ?", (p["seq"],)).fetchone()
    if row is None:
        return
    cur.execute("UPDATE note_revisions SET text = NULL WHERE seq = ?", (p["seq"],))
    cur.execute(
        "UPDATE notes SET text = NULL WHERE id = ? AND text IS NOT NULL AND revision ="
        " (SELECT revision FROM note_revisions WHERE seq = ?)",
        (row[0], p["seq"]),
    )
    cur.execute("DELETE FROM notes_fts WHERE rowid = ?", (row[0],))
    text = cur.execute("SELECT text FROM notes WHERE id = ?", (row[0],)).fetchone()
    if text is not None and text[0]:
        cur.execute("INSERT INTO notes_fts (rowid, text) VALUES (?, ?)", (row[0], text[0]))
