"""The append-only, signed, hash-chained journal (DESIGN §4, docs/FORMAT.md §3-5).

An entry's hash commits to its predecessor's hash, to its header (seq, time, actor,
action, subject, vault id) and to the SHA-256 of its canonical JSON payload; the actor
signs the entry hash with Ed25519. Appends run inside the caller's ``BEGIN IMMEDIATE``
transaction together with the projection change (:mod:`scelle.core.projection`).

Verification walks the chain and records every problem it finds rather than stopping at
the first: links, hashes, signatures by the key in force at that seq, the actor's role,
payload hashes (or a valid redaction), clocks, witnesses, and, in full mode, a replay of
the journal into a fresh projection compared with the stored tables.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

import sqlcipher3

from scelle.core import canonical, crypto, projection
from scelle.core.errors import BadInput, Cancelled
from scelle.core.permissions import MATRIX, Action, Role

log = logging.getLogger(__name__)

DOMAIN_TAG = b"scelle/journal/v1\x00"
GENESIS_PREV = bytes(32)
CLOCK_TOLERANCE = timedelta(minutes=5)

# The journal's own tables, triggers and indexes (projection tables live in projection.py).
SCHEMA: list[str] = [
    """CREATE TABLE journal (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        payload_hash BLOB NOT NULL,
        prev_hash BLOB NOT NULL,
        entry_hash BLOB NOT NULL,
        signature BLOB NOT NULL
    )""",
    "CREATE INDEX journal_action ON journal (action, seq)",
    "CREATE INDEX journal_subject ON journal (subject, seq)",
    "CREATE INDEX journal_actor ON journal (actor, seq)",
    # Full-text index of payloads for the journal browser: derived, built lazily up to the
    # head when a search needs it (journal_search_state.indexed_to), never verified.
    """CREATE VIRTUAL TABLE journal_search USING fts5 (
        body, content = 'journal_payload', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    "CREATE TABLE journal_search_state (id INTEGER PRIMARY KEY CHECK (id = 1), indexed_to"
    " INTEGER NOT NULL)",
    """CREATE TABLE journal_payload (
        seq INTEGER PRIMARY KEY,
        body TEXT NOT NULL,
        redacted_by INTEGER
    )""",
    """CREATE TABLE journal_cosignature (
        seq INTEGER NOT NULL,
        signer TEXT NOT NULL,
        signature BLOB NOT NULL,
        PRIMARY KEY (seq, signer)
    )""",
    # Guards against bugs, not attackers (verification is the defence). A BEFORE INSERT
    # trigger fires before conflict resolution, so it also stops INSERT OR REPLACE, which
    # would otherwise delete the old row without firing the DELETE trigger.
    """CREATE TRIGGER journal_append_only BEFORE INSERT ON journal
       WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM journal)
       BEGIN SELECT RAISE(ABORT, 'journal: seq must follow the head'); END""",
    """CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
       BEGIN SELECT RAISE(ABORT, 'journal: entries cannot be changed'); END""",
    """CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
       BEGIN SELECT RAISE(ABORT, 'journal: entries cannot be deleted'); END""",
    """CREATE TRIGGER payload_insert_once BEFORE INSERT ON journal_payload
       WHEN EXISTS (SELECT 1 FROM journal_payload WHERE seq = NEW.seq)
       BEGIN SELECT RAISE(ABORT, 'journal: payloads cannot be replaced'); END""",
    """CREATE TRIGGER payload_redact_only BEFORE UPDATE ON journal_payload
       WHEN NEW.seq IS NOT OLD.seq OR OLD.redacted_by IS NOT NULL OR NEW.redacted_by IS NULL
            OR NOT EXISTS (SELECT 1 FROM journal WHERE seq = NEW.redacted_by
                           AND action = 'journal.redact')
       BEGIN SELECT RAISE(ABORT, 'journal: payloads can only be redacted'); END""",
    """CREATE TRIGGER payload_no_delete BEFORE DELETE ON journal_payload
       BEGIN SELECT RAISE(ABORT, 'journal: payloads cannot be deleted'); END""",
    """CREATE TRIGGER cosignature_insert_once BEFORE INSERT ON journal_cosignature
       WHEN EXISTS (SELECT 1 FROM journal_cosignature
                    WHERE seq = NEW.seq AND signer = NEW.signer)
       BEGIN SELECT RAISE(ABORT, 'journal: countersignatures cannot be replaced'); END""",
    """CREATE TRIGGER cosignature_no_update BEFORE UPDATE ON journal_cosignature
       BEGIN SELECT RAISE(ABORT, 'journal: countersignatures cannot be changed'); END""",
    """CREATE TRIGGER cosignature_no_delete BEFORE DELETE ON journal_cosignature
       BEGIN SELECT RAISE(ABORT, 'journal: countersignatures cannot be deleted'); END""",
]


def utc_now() -> datetime:
    """The current time in UTC (the default clock; tests pass their own)."""
    return datetime.now(UTC)


def format_time(moment: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, e.g. ``2026-11-27T15:04:05.123Z``."""
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    # isoformat of an aware UTC time ends in "+00:00"
    return moment.isoformat(timespec="milliseconds")[:-6] + "Z"


def parse_time(text: str) -> datetime:
    """Inverse of :func:`format_time`."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class JournalEntry(NamedTuple):
    """One journal entry as stored (hashes and signature as bytes).

    A named tuple, like :class:`projection.Header`, for speed of construction.
    """

    seq: int
    at: str
    actor: str
    action: str
    subject: str
    payload_hash: bytes
    prev_hash: bytes
    entry_hash: bytes
    signature: bytes

    def to_json(self) -> dict[str, Any]:
        """The stored fields as JSON (hashes and signature in hex), as the command line
        and case exports write them."""
        return {
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "payload_hash": self.payload_hash.hex(),
            "prev_hash": self.prev_hash.hex(),
            "entry_hash": self.entry_hash.hex(),
            "signature": self.signature.hex(),
        }

    def header(self, body: str = "") -> projection.Header:
        """The fields appliers see."""
        return projection.Header(self.seq, self.at, self.actor, self.action, self.subject, body)


def header_bytes(
    *, vault_id: str, seq: int, at: str, actor: str, action: str, subject: str
) -> bytes:
    """The canonical header that the entry hash covers (FORMAT.md §3.2).

    Headers are built for every entry written and verified, so plain ASCII fields (ids,
    times, action names: the usual case) are encoded directly; anything else goes through
    the general canonical encoder. Both give the same bytes.
    """
    if (
        type(seq) is int
        and at.isascii()
        and actor.isascii()
        and action.isascii()
        and subject.isascii()
        and vault_id.isascii()
    ):
        return (
            f'{{"action":{_json_str(action)},"actor":{_json_str(actor)},"at":{_json_str(at)},'
            f'"seq":{seq},"subject":{_json_str(subject)},"vault":{_json_str(vault_id)}}}'
        ).encode("ascii")
    return canonical.encode(
        {
            "action": action,
            "actor": actor,
            "at": at,
            "seq": seq,
            "subject": subject,
            "vault": vault_id,
        }
    )


_json_str = json.encoder.encode_basestring  # RFC 8785 escaping for ASCII text


def entry_hash(prev_hash: bytes, header: bytes, payload_hash: bytes) -> bytes:
    """SHA-256(domain tag ‖ prev_hash ‖ canonical header ‖ payload_hash)."""
    return crypto.sha256(DOMAIN_TAG + prev_hash + header + payload_hash)


def compute_entry_hash(vault_id: str, e: JournalEntry) -> bytes:
    """Recompute an entry's hash from its stored fields."""
    return entry_hash(
        e.prev_hash,
        header_bytes(
            vault_id=vault_id, seq=e.seq, at=e.at, actor=e.actor, action=e.action, subject=e.subject
        ),
        e.payload_hash,
    )


class Head(NamedTuple):
    """The last entry of a journal: its seq and entry hash (seq 0 for an empty journal)."""

    seq: int
    entry_hash: bytes

    def to_json(self) -> dict[str, Any]:
        """The ``{"seq", "entry_hash"}`` object of the command line and exports."""
        return {"seq": self.seq, "entry_hash": self.entry_hash.hex()}


EMPTY_HEAD = Head(0, GENESIS_PREV)


def head(cur: projection.Cursor) -> Head:
    """The current head."""
    row = cur.execute("SELECT seq, entry_hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    return Head(int(row[0]), _as_bytes(row[1])) if row else EMPTY_HEAD


class Prepared(NamedTuple):
    """A signed entry ready to be stored: the entry, its canonical body, its payload."""

    entry: JournalEntry
    body: str
    payload: dict[str, Any]
    cosignatures: tuple[tuple[str, bytes], ...] = ()


def prepare(
    *,
    vault_id: str,
    signer: crypto.Identity,
    actor: str,
    action: str,
    subject: str,
    payload: dict[str, Any],
    at: datetime,
    prev: Head,
    cosigners: Iterable[tuple[str, crypto.Identity]] = (),
    sign: bool = True,
) -> Prepared:
    """Encode, hash and sign one entry after ``prev``; raise BadInput if not encodable.

    With ``sign=False`` the signature is left empty, to be filled by :func:`with_signatures`
    (bulk writers sign batches elsewhere; the chain does not depend on signatures).
    """
    action = str(action)  # a plain str: SQLCipher binds an Action member three times slower
    normalised = canonical.normalise(payload)
    body = canonical.dumps_normalised(normalised)
    payload_hash = crypto.sha256(body.encode("utf-8"))
    seq = prev.seq + 1
    at_text = format_time(at)
    h = entry_hash(
        prev.entry_hash,
        header_bytes(
            vault_id=vault_id, seq=seq, at=at_text, actor=actor, action=action, subject=subject
        ),
        payload_hash,
    )
    entry = JournalEntry(  # positional: the field order of JournalEntry
        seq,
        at_text,
        actor,
        action,
        subject,
        payload_hash,
        prev.entry_hash,
        h,
        signer.sign(h) if sign else b"",
    )
    cosigs = tuple((cid, identity.sign(h)) for cid, identity in cosigners)
    return Prepared(entry, body, normalised, cosigs)


def with_signatures(prepared: list[Prepared], signatures: Iterable[bytes]) -> list[Prepared]:
    """``prepared`` with its empty signatures filled in, in order, from ``signatures``."""
    sigs = iter(signatures)
    out = []
    for p in prepared:
        e = p.entry
        if not e.signature:  # signature is the last field (_replace costs twice as much)
            e = JournalEntry(*e[:-1], next(sigs))
            p = Prepared(e, p.body, p.payload, p.cosignatures)
        out.append(p)
    return out


def store(cur: projection.Cursor, prepared: Sequence[Prepared]) -> None:
    """Insert prepared entries, in seq order, with one statement per table."""
    if not prepared:
        return
    executemany = cur.executemany  # type: ignore[attr-defined]
    executemany(
        "INSERT INTO journal (seq, at, actor, action, subject, payload_hash, prev_hash,"
        " entry_hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                e.seq,
                e.at,
                e.actor,
                e.action,
                e.subject,
                e.payload_hash,
                e.prev_hash,
                e.entry_hash,
                e.signature,
            )
            for e in (p.entry for p in prepared)
        ],
    )
    executemany(
        "INSERT INTO journal_payload (seq, body) VALUES (?, ?)",
        [(p.entry.seq, p.body) for p in prepared],
    )
    cosigs = [(p.entry.seq, cid, sig) for p in prepared for cid, sig in p.cosignatures]
    if cosigs:
        executemany(
            "INSERT INTO journal_cosignature (seq, signer, signature) VALUES (?, ?, ?)", cosigs
        )


def append(cur: projection.Cursor, **fields: Any) -> JournalEntry:
    """Write one signed entry and apply it to the projection; ``fields`` are those of
    :func:`prepare`.

    Must run inside the caller's write transaction; ``prev`` is the head read in that
    transaction. Raises BadInput if the payload cannot be encoded canonically.
    """
    p = prepare(**fields)
    store(cur, [p])
    projection.apply(cur, p.entry.header(p.body), p.payload)
    return p.entry


_ENTRY_COLUMNS = (
    "j.seq, j.at, j.actor, j.action, j.subject, j.payload_hash, j.prev_hash, j.entry_hash,"
    " j.signature, p.body, p.redacted_by"
)


def _as_bytes(value: Any) -> bytes:
    """A BLOB column as bytes, whatever an editor stored there (verification never crashes)."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    return b""


def _as_text(value: Any) -> str:
    """A TEXT column as str, whatever an editor stored there."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", "surrogateescape")
    return str(value)


def _row_entry(row: Any) -> JournalEntry:
    return JournalEntry(
        seq=int(row[0]),
        at=_as_text(row[1]),
        actor=_as_text(row[2]),
        action=_as_text(row[3]),
        subject=_as_text(row[4]),
        payload_hash=_as_bytes(row[5]),
        prev_hash=_as_bytes(row[6]),
        entry_hash=_as_bytes(row[7]),
        signature=_as_bytes(row[8]),
    )


def _payload_digest(body: str) -> bytes:
    return crypto.sha256(body.encode("utf-8", "surrogateescape"))


def _safe_entry_hash(vault_id: str, e: JournalEntry) -> bytes:
    """The recomputed entry hash, or empty bytes when the header cannot even be encoded."""
    try:
        return compute_entry_hash(vault_id, e)
    except BadInput:
        return b""


def entries(
    cur: projection.Cursor, *, since: int = 0, until: int | None = None, limit: int | None = None
) -> Iterator[tuple[JournalEntry, str | None, int | None]]:
    """Entries with seq > ``since`` (and ≤ ``until``) in order, with payload body and redaction."""
    sql = (
        f"SELECT {_ENTRY_COLUMNS} FROM journal j LEFT JOIN journal_payload p USING (seq)"
        " WHERE j.seq > ?"
    )
    params: list[Any] = [since]
    if until is not None:
        sql += " AND j.seq <= ?"
        params.append(until)
    sql += " ORDER BY j.seq"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    for row in cur.execute(sql, params):
        yield (
            _row_entry(row),
            None if row[9] is None else _as_text(row[9]),
            row[10] if isinstance(row[10], int) else None,
        )


def entry_at(cur: projection.Cursor, seq: int) -> JournalEntry | None:
    """The entry with ``seq``, or None."""
    row = cur.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM journal j LEFT JOIN journal_payload p USING (seq)"
        " WHERE j.seq = ?",
        (seq,),
    ).fetchone()
    return _row_entry(row) if row else None


# -- redaction ------------------------------------------------------------------------------


def redaction_residual(body: str, fields: list[str]) -> str:
    """The payload with ``fields`` (top-level keys) replaced by null, canonically encoded."""
    payload = json.loads(body)
    for name in fields:
        if name not in payload:
            raise BadInput(f"The entry has no field {name!r} to redact.")
        payload[name] = None
    return canonical.dumps(payload)


# Entries that verification needs whole (they carry keys and roles) are never redacted.
UNREDACTABLE = frozenset(
    {"vault.create", "user.add", "user.passwd", "user.revoke", "journal.redact", "session.unlock"}
)


def payload_body(cur: projection.Cursor, seq: int) -> tuple[str, str, int | None] | None:
    """``(action, body, redacted_by)`` of entry ``seq``, or None."""
    row = cur.execute(
        "SELECT j.action, p.body, p.redacted_by FROM journal j"
        " JOIN journal_payload p USING (seq) WHERE j.seq = ?",
        (seq,),
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), row[2])


def store_redaction(cur: projection.Cursor, seq: int, residual: str, by_seq: int) -> None:
    """Replace entry ``seq``'s payload by its residual (the trigger allows only this).

    If the search index already holds the entry, the redacted words leave it too."""
    if seq <= search_indexed_to(cur):
        old = cur.execute("SELECT body FROM journal_payload WHERE seq = ?", (seq,)).fetchone()
        cur.execute(
            "INSERT INTO journal_search (journal_search, rowid, body) VALUES ('delete', ?, ?)",
            (seq, old[0]),
        )
        cur.execute("INSERT INTO journal_search (rowid, body) VALUES (?, ?)", (seq, residual))
    cur.execute(
        "UPDATE journal_payload SET body = ?, redacted_by = ? WHERE seq = ?",
        (residual, by_seq, seq),
    )


# -- verification ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """One thing verification found. ``fatal`` problems make the journal not intact."""

    seq: int | None
    kind: str
    detail: str
    fatal: bool = True

    def to_json(self) -> dict[str, Any]:
        """The object of ``scelle verify --json``'s ``problems`` list."""
        return {"seq": self.seq, "kind": self.kind, "detail": self.detail}


@dataclass(slots=True, kw_only=True)
class Report:
    """The outcome of a verification."""

    entries: int = 0
    head: Head = EMPTY_HEAD
    verified_from: int = 0
    full: bool = False
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """True when no fatal problem was found."""
        return not self.problems

    def add(self, problem: Problem) -> None:
        """Record a problem (warnings go to their own list)."""
        (self.problems if problem.fatal else self.warnings).append(problem)
        log.warning("verification: seq %s %s: %s", problem.seq, problem.kind, problem.detail)

    def first_problem(self) -> Problem | None:
        """The problem with the lowest seq (unsequenced ones, like the projection, last)."""
        if not self.problems:
            return None
        return min(self.problems, key=lambda p: (p.seq is None, p.seq or 0))

    def to_json(self) -> dict[str, Any]:
        """The document of ``scelle verify --json`` (DESIGN §7)."""
        return {
            "intact": self.intact,
            "entries": self.entries,
            "head": self.head.to_json(),
            "problems": [p.to_json() for p in self.problems + self.warnings],
        }


@dataclass(slots=True)
class _KeyState:
    keys: list[tuple[int, bytes]]  # (from seq, Ed25519 public key), oldest first
    role: Role
    added_seq: int
    revoked_seq: int | None = None

    @property
    def ed25519(self) -> bytes:
        """The newest key."""
        return self.keys[-1][1]

    def key_at(self, seq: int) -> bytes:
        """The key in force at ``seq``."""
        key = self.keys[0][1]
        for since, k in self.keys:
            if since < seq:
                key = k
        return key


class KeyRegistry:
    """Which user held which key and role at which seq, as the journal itself records it.

    A key recorded by entry N signs entries after N (and entry N itself for the entry that
    creates the user: ``vault.create`` is signed by the administrator it introduces).
    """

    def __init__(self) -> None:
        self.users: dict[str, _KeyState] = {}

    def admit(self, e: JournalEntry, payload: dict[str, Any]) -> str | None:
        """Learn from a key entry if the journal's own rules allow it; else say why not.

        ``vault.create`` only as entry #1, naming its signer as the administrator;
        ``user.add`` by an administrator or the recovery identity, for a new id;
        ``user.revoke`` by an administrator, of a known active user; ``user.passwd`` with
        new keys by an administrator, without by the user or an administrator.
        """
        try:
            if not isinstance(payload, dict):
                raise ValueError("not a JSON object")
            return self._admit(e, payload)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            return f"entry #{e.seq} ({e.action}) has a malformed payload ({exc!r})"

    def _admit(self, e: JournalEntry, p: dict[str, Any]) -> str | None:
        seq, action = e.seq, e.action
        if action == Action.VAULT_CREATE:
            if seq != 1 or self.users:
                return f"entry #{seq} creates the vault again"
            admin = p["admin"]
            if admin["id"] != e.actor or admin["id"] == "recovery":
                return f"entry #{seq} creates the vault for someone other than its signer"
            admin_key, recovery_key = _key(admin["ed25519"]), _key(p["recovery"]["ed25519"])
            self.users[admin["id"]] = _KeyState([(0, admin_key)], Role.ADMIN, seq)
            self.users["recovery"] = _KeyState([(0, recovery_key)], Role.RECOVERY, seq)
            return None
        signer = self.key_for(e.actor, seq)
        role = signer[1] if signer else None
        if action == Action.USER_ADD:
            user = p["user"]
            if not isinstance(user["id"], str):
                raise ValueError("a user id is text")
            new_role = Role(user["role"])
            if role not in (Role.ADMIN, Role.RECOVERY):
                return f"entry #{seq} adds a user but its signer is not an administrator"
            if user["id"] in self.users or new_role == Role.RECOVERY:
                return f"entry #{seq} adds a user id that already exists"
            self.users[user["id"]] = _KeyState([(seq, _key(user["ed25519"]))], new_role, seq)
            return None
        if not isinstance(p["user_id"], str):
            raise ValueError("a user id is text")
        target = self.users.get(p["user_id"])
        if target is None or target.revoked_seq is not None:
            return f"entry #{seq} ({action}) names a user who is unknown or revoked"
        if action == Action.USER_REVOKE:
            if role != Role.ADMIN:
                return f"entry #{seq} revokes a user but its signer is not an administrator"
            target.revoked_seq = seq
        elif action == Action.USER_PASSWD:
            keys = p.get("keys")
            if keys:
                if role != Role.ADMIN:
                    return f"entry #{seq} replaces keys but its signer is not an administrator"
                target.keys.append((seq, _key(keys["ed25519"])))
            elif p["user_id"] != e.actor and role != Role.ADMIN:
                return f"entry #{seq} changes another user's password without being an admin"
        return None

    def key_for(self, actor: str, seq: int) -> tuple[bytes, Role] | None:
        """The actor's key and role if the actor held a key at ``seq``."""
        state = self.users.get(actor)
        if state is None or state.keys[0][0] >= seq:
            return None
        if state.revoked_seq is not None and state.revoked_seq < seq:
            return None
        return state.key_at(seq), state.role


KEY_ACTIONS = (Action.VAULT_CREATE, Action.USER_ADD, Action.USER_REVOKE, Action.USER_PASSWD)


def _key(text: Any) -> bytes:
    """An Ed25519 public key from lower-case hex, strictly."""
    if not isinstance(text, str) or not re.fullmatch(r"[0-9a-f]{64}", text):
        raise ValueError("a public key is 64 lower-case hex digits")
    return bytes.fromhex(text)


def load_key_registry(
    cur: projection.Cursor, vault_id: str, *, until: int
) -> tuple[KeyRegistry, list[Problem]]:
    """Build the key registry from the journal's user entries up to ``until``.

    Only the (few) entries that change keys are read (the action index finds them); each is
    hash-checked, rule-checked and signature-checked on the way, so that a payload edited
    to plant a key is caught even by an incremental verification.
    """
    reg = KeyRegistry()
    problems: list[Problem] = []
    marks = ",".join("?" * len(KEY_ACTIONS))
    rows = cur.execute(
        f"SELECT {_ENTRY_COLUMNS} FROM journal j LEFT JOIN journal_payload p USING (seq)"
        f" WHERE j.action IN ({marks}) AND j.seq <= ? ORDER BY j.seq",
        (*KEY_ACTIONS, until),
    ).fetchall()
    for row in rows:
        e, body = _row_entry(row), _as_text(row[9]) if row[9] is not None else None
        payload = _safe_json(body)
        if (
            body is None
            or payload is None
            or _payload_digest(body) != e.payload_hash
            or not canonical.is_canonical(body)
        ):
            problems.append(
                Problem(
                    seq=e.seq,
                    kind="payload",
                    detail=(f"the payload of entry #{e.seq} ({e.action}) does not match its hash"),
                )
            )
            continue
        if _safe_entry_hash(vault_id, e) != e.entry_hash:
            problems.append(
                Problem(
                    seq=e.seq,
                    kind="entry_hash",
                    detail=(f"entry #{e.seq} was altered: its hash does not match its contents"),
                )
            )
            continue
        if e.action == Action.VAULT_CREATE and (why := reg.admit(e, payload)):
            problems.append(Problem(seq=e.seq, kind="keys", detail=why))
            continue
        state = reg.key_for(e.actor, e.seq)
        if state is None or not crypto.signature_valid(state[0], e.signature, e.entry_hash):
            problems.append(
                Problem(
                    seq=e.seq,
                    kind="signature",
                    detail=(f"the signature of entry #{e.seq} ({e.action}) does not verify"),
                )
            )
            continue
        if e.action != Action.VAULT_CREATE and (why := reg.admit(e, payload)):
            problems.append(Problem(seq=e.seq, kind="keys", detail=why))
    return reg, problems


ProgressFn = Callable[[int, int], None]


class Verifier:
    """Walks the journal from a trusted starting point and records every problem.

    ``start`` is a head already verified (``EMPTY_HEAD`` for a full run): the entry at
    ``start.seq`` must still have ``start.entry_hash``. ``witnesses`` are heads recorded
    outside the database: each must still be in the chain. ``replay`` rebuilds the
    projection from the journal and compares it with the stored tables (full runs only).
    """

    def __init__(
        self,
        cur: projection.Cursor,
        vault_id: str,
        *,
        start: Head = EMPTY_HEAD,
        witnesses: Iterable[Head] = (),
        replay: bool = False,
        threads: int = 1,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.cur = cur
        self.vault_id = vault_id
        self.start = start
        self.witnesses = list(witnesses)
        self.replay = replay
        self.threads = max(1, threads)
        self.progress = progress
        self.cancel = cancel
        self._mem: Any = None  # the in-memory projection of a full run's replay

    def run(self) -> Report:
        """Verify and return the report: whatever it finds, even a database an editor
        filled with wrong types, is a problem in the report, never an exception (but
        ``Cancelled``)."""
        report = Report(full=self.start.seq == 0, verified_from=self.start.seq)
        try:
            self._run(report)
        except Cancelled:
            raise
        except Exception as exc:
            log.exception("verification stopped")
            report.add(
                Problem(
                    seq=None,
                    kind="unreadable",
                    detail=(
                        f"the journal could not be read to the end ({type(exc).__name__}: {exc})"
                    ),
                )
            )
        return report

    def _run(self, report: Report) -> None:
        current = head(self.cur)
        report.head = current
        # Counting rows scans the whole table: a full run counts (gaps are what it looks
        # for); an incremental one reports the head's seq, its walk checking contiguity.
        if self.start.seq == 0:
            report.entries = int(self.cur.execute("SELECT count(*) FROM journal").fetchone()[0])
        else:
            report.entries = current.seq
        if current.seq == 0:
            report.add(Problem(seq=None, kind="empty", detail="the journal has no entries"))
            return
        if self.start.seq > 0:
            at_start = entry_at(self.cur, self.start.seq)
            if at_start is None or at_start.entry_hash != self.start.entry_hash:
                report.add(
                    Problem(
                        seq=self.start.seq,
                        kind="rollback",
                        detail=(
                            f"entry #{self.start.seq}, verified earlier, is missing or was rewritten"
                        ),
                    )
                )
            registry, key_problems = load_key_registry(
                self.cur, self.vault_id, until=self.start.seq
            )
            for p in key_problems:
                report.add(p)
        else:
            registry = KeyRegistry()
        self._walk(report, registry, current)
        self._check_witnesses(report, current)
        if self._mem is not None:
            self._compare_projection(report)

    # The walk is split so that signature checks, which release the GIL, run on a pool
    # while this thread hashes and checks links.
    def _walk(self, report: Report, registry: KeyRegistry, current: Head) -> None:
        expected_seq = self.start.seq + 1
        prev_hash = self.start.entry_hash if self.start.seq else GENESIS_PREV
        pending_redactions: dict[int, list[tuple[int, bytes]]] = {}  # redact seq -> claims
        required_cosigners: dict[int, str] = {}  # transfer seq -> receiver
        batch: list[tuple[int, str, bytes, bytes, bytes]] = []
        futures = []
        pool = ThreadPoolExecutor(self.threads) if self.threads > 1 else None
        total = current.seq - self.start.seq
        done = 0
        mcur = self._replay_begin() if self.replay and self.start.seq == 0 else None
        prev_at_text = ""

        def flush() -> None:
            if not batch:
                return
            work = list(batch)
            batch.clear()
            if pool is None:
                _record_bad(report, _check_signatures(work))
            else:
                futures.append(pool.submit(_check_signatures, work))

        try:
            for e, body, redacted_by in entries(self.cur, since=self.start.seq):
                if self.cancel is not None and self.cancel.is_set():
                    raise Cancelled("Verification was cancelled.")
                if e.seq != expected_seq:
                    kind = "gap" if e.seq > expected_seq else "order"
                    report.add(
                        Problem(
                            seq=expected_seq,
                            kind=kind,
                            detail=(
                                f"entries #{expected_seq}–#{e.seq - 1} are missing"
                                if e.seq > expected_seq
                                else f"entry #{e.seq} is out of order"
                            ),
                        )
                    )
                    expected_seq = e.seq
                if e.prev_hash != prev_hash:
                    report.add(
                        Problem(
                            seq=e.seq,
                            kind="chain",
                            detail=(f"entry #{e.seq} does not link to the entry before it"),
                        )
                    )
                if _safe_entry_hash(self.vault_id, e) != e.entry_hash:
                    report.add(
                        Problem(
                            seq=e.seq,
                            kind="entry_hash",
                            detail=(
                                f"entry #{e.seq} was altered: its hash does not match its contents"
                            ),
                        )
                    )
                payload = self._check_payload(report, e, body, redacted_by, pending_redactions)
                if payload is not None and e.action == Action.VAULT_CREATE:
                    self._admit(report, registry, e, payload)
                state = registry.key_for(e.actor, e.seq)
                if state is None:
                    report.add(
                        Problem(
                            seq=e.seq,
                            kind="signature",
                            detail=(
                                f"entry #{e.seq} is signed by {e.actor}, who held no key at that point"
                            ),
                        )
                    )
                else:
                    if e.action not in _KNOWN:
                        report.add(
                            Problem(
                                seq=e.seq,
                                kind="action",
                                detail=(f"entry #{e.seq} has an unknown action {e.action!r}"),
                            )
                        )
                    elif state[1] not in MATRIX[e.action]:  # type: ignore[index]
                        report.add(
                            Problem(
                                seq=e.seq,
                                kind="permission",
                                detail=(
                                    f"entry #{e.seq} ({e.action}) was written by a {state[1]}, "
                                    "whose role does not allow it"
                                ),
                            )
                        )
                    batch.append((e.seq, e.action, state[0], e.signature, e.entry_hash))
                    if len(batch) >= 512:
                        flush()
                if (
                    payload is not None
                    and e.action in KEY_ACTIONS
                    and e.action != Action.VAULT_CREATE
                ):
                    self._admit(report, registry, e, payload)
                if payload is not None and e.action == Action.CUSTODY_TRANSFER:
                    required_cosigners[e.seq] = str(payload.get("to"))
                if mcur is not None and body is not None:
                    # FORMAT.md §5.3: every body that parses is replayed, verified or not.
                    replayed = payload if payload is not None else _safe_json(body)
                    if replayed is not None:
                        self._replay_apply(report, mcur, e, body, replayed)
                # Times: ISO text of fixed width compares in time order, so only an entry
                # dated before its predecessor needs to be parsed.
                if not _TIME.match(e.at):
                    report.add(
                        Problem(
                            seq=e.seq,
                            kind="time",
                            detail=(f"entry #{e.seq} has a malformed time {e.at!r}"),
                        )
                    )
                elif e.at >= prev_at_text:
                    prev_at_text = e.at
                elif parse_time(e.at) < parse_time(prev_at_text) - CLOCK_TOLERANCE:
                    report.add(
                        Problem(
                            seq=e.seq,
                            kind="clock",
                            fatal=False,
                            detail=(
                                f"the clock went backwards at entry #{e.seq} "
                                f"({e.at} after {prev_at_text})"
                            ),
                        )
                    )
                prev_hash = e.entry_hash
                expected_seq = e.seq + 1
                done += 1
                if self.progress is not None and done % 4096 == 0:
                    self.progress(done, total)
            flush()
            for fut in futures:
                _record_bad(report, fut.result())
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        for redact_seq, claims in pending_redactions.items():
            for target, _ in claims:
                report.add(
                    Problem(
                        seq=target,
                        kind="redaction",
                        detail=(
                            f"entry #{target}'s payload claims a redaction by #{redact_seq}, which "
                            "does not record it"
                        ),
                    )
                )
        self._check_cosignatures(report, registry, required_cosigners)
        if self.progress is not None:
            self.progress(total, total)

    @staticmethod
    def _admit(
        report: Report, registry: KeyRegistry, e: JournalEntry, payload: dict[str, Any]
    ) -> None:
        why = registry.admit(e, payload)
        if why:
            report.add(Problem(seq=e.seq, kind="keys", detail=why))

    def _check_payload(
        self,
        report: Report,
        e: JournalEntry,
        body: str | None,
        redacted_by: int | None,
        pending: dict[int, list[tuple[int, bytes]]],
    ) -> dict[str, Any] | None:
        """The entry's payload if it matches its hash (or is a valid redaction), else None.

        A redacted payload is accepted provisionally; the ``journal.redact`` entry it names
        must come later and record exactly that target and residual hash, and it can vouch
        for one payload only: any other payload claiming it is a problem.
        """
        if e.action == Action.JOURNAL_REDACT and e.seq in pending:
            claim = _safe_json(body)
            for target, residual_hash in pending.pop(e.seq):
                if (
                    claim is None
                    or claim.get("seq") != target
                    or claim.get("residual_hash") != residual_hash.hex()
                ):
                    report.add(
                        Problem(
                            seq=target,
                            kind="redaction",
                            detail=(
                                f"entry #{target}'s payload was replaced but #{e.seq} does not record "
                                "it"
                            ),
                        )
                    )
        if body is None:
            report.add(
                Problem(
                    seq=e.seq, kind="payload", detail=(f"the payload of entry #{e.seq} is missing")
                )
            )
            return None
        digest = _payload_digest(body)
        if digest == e.payload_hash:
            payload = _safe_json(body)
            if payload is None:
                report.add(
                    Problem(
                        seq=e.seq,
                        kind="keys" if e.action in KEY_ACTIONS else "payload",
                        detail=f"the payload of entry #{e.seq} is not a JSON object",
                    )
                )
            elif e.action in KEY_ACTIONS and not canonical.is_canonical(body):
                # Key entries must parse the same way everywhere: no duplicate members.
                report.add(
                    Problem(
                        seq=e.seq,
                        kind="keys",
                        detail=(f"entry #{e.seq} ({e.action}) is not canonical JSON"),
                    )
                )
                return None
            return payload
        if redacted_by is not None and redacted_by > e.seq and e.action not in UNREDACTABLE:
            pending.setdefault(redacted_by, []).append((e.seq, digest))
            return _safe_json(body)
        report.add(
            Problem(
                seq=e.seq,
                kind="payload",
                detail=(f"the payload of entry #{e.seq} was altered: it does not match its hash"),
            )
        )
        return None

    def _check_cosignatures(
        self, report: Report, registry: KeyRegistry, required: dict[int, str]
    ) -> None:
        """Countersignatures verify with the signer's key at that seq, and every entry that
        needs one (a two-party transfer, by its receiver) has it."""
        rows = self.cur.execute(
            "SELECT c.seq, c.signer, c.signature, j.entry_hash FROM journal_cosignature c"
            " LEFT JOIN journal j USING (seq) WHERE c.seq > ? ORDER BY c.seq",
            (self.start.seq,),
        ).fetchall()
        for raw_seq, raw_signer, raw_signature, raw_hash in rows:
            seq = raw_seq if isinstance(raw_seq, int) else -1
            signer = _as_text(raw_signer)
            h = None if raw_hash is None else _as_bytes(raw_hash)
            state = registry.key_for(signer, seq)
            if (
                h is None
                or state is None
                or not crypto.signature_valid(state[0], _as_bytes(raw_signature), h)
            ):
                report.add(
                    Problem(
                        seq=seq if seq >= 0 else None,
                        kind="cosignature",
                        detail=(
                            f"the countersignature of entry #{raw_seq} by {signer} does not verify"
                        ),
                    )
                )
            if required.get(seq) == signer:
                del required[seq]
        for seq, signer in sorted(required.items()):
            report.add(
                Problem(
                    seq=seq,
                    kind="cosignature",
                    detail=(
                        f"entry #{seq} is a transfer that its receiver {signer} never countersigned"
                    ),
                )
            )

    def _check_witnesses(self, report: Report, current: Head) -> None:
        for w in self.witnesses:
            if w.seq > current.seq:
                report.add(
                    Problem(
                        seq=w.seq,
                        kind="rollback",
                        detail=(
                            f"the journal ends at #{current.seq} but entry #{w.seq} was witnessed: "
                            "entries were removed or the vault was rolled back"
                        ),
                    )
                )
                continue
            at = entry_at(self.cur, w.seq)
            if at is None or at.entry_hash != w.entry_hash:
                report.add(
                    Problem(
                        seq=w.seq,
                        kind="rollback",
                        detail=(
                            f"entry #{w.seq} differs from the witnessed one: the journal was "
                            "rewritten or rolled back"
                        ),
                    )
                )

    # The replay runs inside the walk (one read of the journal, one parse per payload):
    # each entry whose payload verifies is applied to a fresh in-memory projection, which is
    # compared with the stored tables at the end.
    def _replay_begin(self) -> Any:
        mem = sqlcipher3.connect(":memory:", isolation_level=None)
        mcur = mem.cursor()
        projection.create(mcur)
        mcur.execute("BEGIN")
        self._mem = mem
        return mcur

    @staticmethod
    def _replay_apply(
        report: Report, mcur: Any, e: JournalEntry, body: str, payload: dict[str, Any]
    ) -> None:
        try:
            projection.apply(mcur, e.header(body), payload)
        except Exception as exc:
            report.add(
                Problem(
                    seq=e.seq,
                    kind="replay",
                    detail=(f"entry #{e.seq} ({e.action}) cannot be replayed: {exc}"),
                )
            )

    def _compare_projection(self, report: Report) -> None:
        mem = self._mem
        try:
            mcur = mem.cursor()
            mcur.execute("COMMIT")
            for table in projection.TABLES:
                mismatch = _first_difference(
                    projection.rows(self.cur, table), projection.rows(mcur, table)
                )
                if mismatch is not None:
                    report.add(
                        Problem(
                            seq=None,
                            kind="projection",
                            detail=(
                                f"table {table} differs from the journal at row {mismatch}: "
                                "it was changed without a journal entry"
                            ),
                        )
                    )
        finally:
            mem.close()
            self._mem = None


_KNOWN = frozenset(a.value for a in Action)
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\Z")


def _check_signatures(work: list[tuple[int, str, bytes, bytes, bytes]]) -> list[tuple[int, str]]:
    return [
        (seq, action)
        for seq, action, key, sig, msg in work
        if not crypto.signature_valid(key, sig, msg)
    ]


def _record_bad(report: Report, bad: list[tuple[int, str]]) -> None:
    for seq, action in bad:
        report.add(
            Problem(
                seq=seq,
                kind="signature",
                detail=(f"the signature of entry #{seq} ({action}) does not verify"),
            )
        )


def _safe_json(body: str | None) -> dict[str, Any] | None:
    if body is None:
        return None
    try:
        value = json.loads(body)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _safe_time(text: str) -> datetime | None:
    try:
        return parse_time(text)
    except (ValueError, TypeError):
        return None


def _first_difference(a: Iterator[tuple[Any, ...]], b: Iterator[tuple[Any, ...]]) -> str | None:
    sentinel = object()
    while True:
        ra = next(a, sentinel)
        rb = next(b, sentinel)
        if ra is sentinel and rb is sentinel:
            return None
        if ra != rb:
            row = ra if ra is not sentinel else rb
            return repr(row[0]) if isinstance(row, tuple) else "?"


# -- browsing (the journal browser) ---------------------------------------------------------


def search_indexed_to(cur: projection.Cursor) -> int:
    """The last seq whose payload is in the full-text index."""
    row = cur.execute("SELECT indexed_to FROM journal_search_state WHERE id = 1").fetchone()
    return int(row[0]) if row else 0


def extend_search_index(cur: projection.Cursor, *, batch: int = 20000) -> tuple[int, int]:
    """Index up to ``batch`` more payloads (inside a write transaction); return
    ``(indexed_to, head_seq)``."""
    done = search_indexed_to(cur)
    top = head(cur).seq
    if done < top:
        upto = min(top, done + batch)
        cur.execute(
            "INSERT INTO journal_search (rowid, body) SELECT seq, body FROM"
            " journal_payload WHERE seq > ? AND seq <= ? ORDER BY seq",
            (done, upto),
        )
        cur.execute(
            "INSERT OR REPLACE INTO journal_search_state (id, indexed_to) VALUES (1, ?)", (upto,)
        )
        done = upto
    return done, top


def seq_at(cur: projection.Cursor, moment: str) -> int:
    """The first seq whose time is at or after ``moment`` (ISO UTC text), by bisection.

    Entry times follow seq except when a clock went backwards (which verification flags);
    the browser's date filter accepts that approximation.
    """
    lo, hi = 1, head(cur).seq + 1
    while lo < hi:
        mid = (lo + hi) // 2
        row = cur.execute("SELECT at FROM journal WHERE seq = ?", (mid,)).fetchone()
        if row is None or str(row[0]) < moment:
            lo = mid + 1
        else:
            hi = mid
    return lo


@dataclass(frozen=True, slots=True, kw_only=True)
class Browse:
    """A journal browser query: every field narrows the result; None means any."""

    actor: str | None = None
    action: str | None = None  # an exact action, or a family such as "custody."
    subjects: tuple[str, ...] | None = None
    first_seq: int | None = None
    last_seq: int | None = None
    text: str | None = None  # an FTS5 query (already made safe by the caller)


def browse(
    cur: projection.Cursor, q: Browse, *, before: int | None = None, limit: int = 500
) -> list[tuple[JournalEntry, str | None, int | None]]:
    """A page of entries matching ``q``, newest first, with seq < ``before``.

    Keyset paging on seq: each page is one indexed range scan, whatever the journal's size.
    """
    # One upper bound only (the page's and the date range's folded together): given two,
    # SQLite may pick the looser one and scan down from the head.
    upper = before if before is not None else (1 << 62)
    if q.last_seq is not None:
        upper = min(upper, q.last_seq + 1)
    where = ["j.seq < ?"]
    params: list[Any] = [upper]
    if q.first_seq is not None:
        where.append("j.seq >= ?")
        params.append(q.first_seq)
    if q.actor is not None:
        where.append("j.actor = ?")
        params.append(q.actor)
    if q.action is not None:
        if q.action.endswith("."):
            where.append("j.action >= ? AND j.action < ?")
            params += [q.action, q.action[:-1] + "/"]
        else:
            where.append("j.action = ?")
            params.append(q.action)
    if q.subjects is not None:
        if not q.subjects:
            return []
        where.append(f"j.subject IN ({','.join('?' * len(q.subjects))})")
        params += list(q.subjects)
    if q.text is not None:
        where.append(
            "j.seq IN (SELECT rowid FROM journal_search WHERE journal_search MATCH ?"
            " AND rowid < ? ORDER BY rowid DESC LIMIT 20000)"
        )
        params += [q.text, params[0]]
    sql = (
        f"SELECT {_ENTRY_COLUMNS} FROM journal j LEFT JOIN journal_payload p USING (seq)"
        f" WHERE {' AND '.join(where)} ORDER BY j.seq DESC LIMIT ?"
    )
    return [
        (
            _row_entry(r),
            None if r[9] is None else _as_text(r[9]),
            r[10] if isinstance(r[10], int) else None,
        )
        for r in cur.execute(sql, [*params, limit])
    ]
