"""An independent verifier of Scellé vaults, written from docs/FORMAT.md alone.

It deliberately imports nothing from Scellé: only the standard library, ``sqlcipher3`` to
open the database and ``cryptography``'s Ed25519 to check signatures. Section numbers in
the comments refer to docs/FORMAT.md. If this verifier and ``scelle verify --full`` ever
disagree on a vault, either the document or the implementation is wrong.

Usage::

    python independent_verifier.py VAULT_DIR KEY_HEX [--witness FILE]... [--json]

``KEY_HEX`` is the 64 hex digits printed by ``scelle db-key``. The exit status is 0 when
the journal is intact, 1 when it is not, 2 when the vault cannot be read at all.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

# §3.4, §3.7
DOMAIN_TAG = b"scelle/journal/v1\x00"
GENESIS_PREV = bytes(32)
CLOCK_TOLERANCE = timedelta(minutes=5)
KEYSLOTS_FORMAT = "scelle-keyslots/1"
WITNESS_FORMAT = "scelle-witness/1"

# §4.2
_USERS = frozenset({"investigator", "supervisor", "auditor", "admin"})
MATRIX: dict[str, frozenset[str]] = {
    "vault.create": frozenset({"admin"}),
    "vault.rekey": frozenset({"admin"}),
    "vault.db_key": frozenset({"admin", "auditor"}),
    "session.unlock": _USERS,
    "auth.failed": _USERS,
    "user.add": frozenset({"admin", "recovery"}),
    "user.revoke": frozenset({"admin"}),
    "user.passwd": _USERS,
    "user.list": _USERS,
    "journal.view": frozenset({"supervisor", "auditor", "admin"}),
    "journal.verify": _USERS,
    "journal.redact": frozenset({"admin"}),
    "access.denied": _USERS | {"recovery"},
}
ROLES = frozenset({"investigator", "supervisor", "auditor", "admin", "recovery"})
# §5.3: trust-core actions that change no projection table.
NO_EFFECT = frozenset(
    {
        "session.unlock",
        "auth.failed",
        "user.list",
        "journal.view",
        "journal.verify",
        "vault.db_key",
        "access.denied",
        "vault.rekey",
        "journal.redact",
    }
)


# §5.2: entries verification needs whole; a body that does not match is never a redaction.
UNREDACTABLE = frozenset(
    {"vault.create", "user.add", "user.passwd", "user.revoke", "journal.redact", "session.unlock"}
)


class VerifierError(Exception):
    """The vault cannot be read at all (not a problem found in it)."""


# -- §2 canonical JSON ----------------------------------------------------------------------

_MAX_INT = 2**53 - 1
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_SHORT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _canonical_string(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("string is not valid Unicode") from exc
    out = ['"']
    for ch in unicodedata.normalize("NFC", text):
        if ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def canonical(value: Any) -> str:
    """The canonical JSON text of ``value`` (§2); raise ValueError if it has none."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if not -_MAX_INT <= value <= _MAX_INT:
            raise ValueError("integer out of range")
        return str(value)
    if isinstance(value, str):
        return _canonical_string(value)
    if isinstance(value, list | tuple):
        return "[" + ",".join(canonical(v) for v in value) + "]"
    if isinstance(value, dict):
        for key in value:
            if not isinstance(key, str) or not _KEY.fullmatch(key):
                raise ValueError(f"key {key!r} is not canonical")
        return "{" + ",".join(f'"{k}":{canonical(value[k])}' for k in sorted(value)) + "}"
    raise ValueError(f"{type(value).__name__} cannot be encoded")


# -- §3 entries -----------------------------------------------------------------------------


def header_bytes(vault_id: str, seq: int, at: str, actor: str, action: str, subject: str) -> bytes:
    """The canonical header of §3.2."""
    header = {
        "action": action,
        "actor": actor,
        "at": at,
        "seq": seq,
        "subject": subject,
        "vault": vault_id,
    }
    return canonical(header).encode("utf-8")


def entry_hash(prev_hash: bytes, header: bytes, payload_hash: bytes) -> bytes:
    """§3.4."""
    return hashlib.sha256(DOMAIN_TAG + prev_hash + header + payload_hash).digest()


def signature_ok(public_key: bytes, signature: Any, message: bytes) -> bool:
    """Ed25519 (§3.5); anything malformed is simply not a valid signature."""
    if not isinstance(signature, bytes) or len(public_key) != 32:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- §1.3 reading stored values -------------------------------------------------------------


def as_text(value: Any) -> str:
    """A TEXT column's value as text, whatever storage class an editor gave it (§1.3)."""
    if isinstance(value, str):
        return value  # invalid UTF-8 arrives as lone surrogates (see open_database)
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogateescape")
    return str(value)


def as_bytes(value: Any) -> bytes:
    """A BLOB column's value as bytes, whatever storage class an editor gave it (§1.3)."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    return b""


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def _json_object(body: Any) -> dict[str, Any] | None:
    if not isinstance(body, str):
        return None
    try:
        value = json.loads(body)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


# -- §4.1 key registry ----------------------------------------------------------------------

KEY_ACTIONS = frozenset({"vault.create", "user.add", "user.revoke", "user.passwd"})
_PUBLIC_KEY = re.compile(r"[0-9a-f]{64}")


class Malformed(ValueError):
    """A key entry's payload lacks a member or has one of the wrong type (§4.1)."""


def _object(value: Any, name: str) -> dict[str, Any]:
    member = value.get(name) if isinstance(value, dict) else None
    if not isinstance(member, dict):
        raise Malformed(f"{name} is not an object")
    return member


def _text(value: dict[str, Any], name: str) -> str:
    member = value.get(name)
    if not isinstance(member, str):
        raise Malformed(f"{name} is not a string")
    return member


def _public_key(value: dict[str, Any], name: str) -> bytes:
    member = value.get(name)
    if not isinstance(member, str) or not _PUBLIC_KEY.fullmatch(member):
        raise Malformed(f"{name} is not 64 lower-case hex digits")
    return bytes.fromhex(member)


@dataclass
class KeyState:
    """What the journal recorded about one user's keys."""

    keys: list[tuple[int, bytes]]
    role: str
    revoked_seq: int | None = None


class Registry:
    """Keys and roles in force, learnt from the journal (§4.1)."""

    def __init__(self) -> None:
        self.users: dict[str, KeyState] = {}

    def admit(self, seq: int, actor: str, action: str, payload: dict[str, Any]) -> str | None:
        """Apply one key entry if the rules of §4.1 allow it; else say why (a ``keys``
        problem), and learn nothing from it."""
        try:
            return self._admit(seq, actor, action, payload)
        except Malformed as exc:
            return f"malformed {action} payload: {exc}"

    def _admit(self, seq: int, actor: str, action: str, p: dict[str, Any]) -> str | None:
        if action == "vault.create":
            admin, recovery = _object(p, "admin"), _object(p, "recovery")
            admin_id = _text(admin, "id")
            admin_key = _public_key(admin, "ed25519")
            recovery_key = _public_key(recovery, "ed25519")
            if seq != 1 or self.users:
                return "the vault is created again"
            if admin_id != actor or admin_id == "recovery":
                return "the vault is created for someone other than its signer"
            self.users[admin_id] = KeyState([(0, admin_key)], "admin")
            self.users["recovery"] = KeyState([(0, recovery_key)], "recovery")
            return None
        held = self.key_for(actor, seq)
        signer_role = held[1] if held else None
        if action == "user.add":
            user = _object(p, "user")
            user_id, role = _text(user, "id"), _text(user, "role")
            key = _public_key(user, "ed25519")
            if role not in ROLES:
                raise Malformed(f"unknown role {role!r}")
            if signer_role not in ("admin", "recovery"):
                return "a user is added by someone who is not an administrator"
            if user_id in self.users or role == "recovery":
                return f"user id {user_id} already exists or the role is recovery"
            self.users[user_id] = KeyState([(seq, key)], role)
            return None
        target = self.users.get(_text(p, "user_id"))
        if target is None or target.revoked_seq is not None:
            return f"{action} names a user who is unknown or already revoked"
        if action == "user.revoke":
            if signer_role != "admin":
                return "a user is revoked by someone who is not an administrator"
            target.revoked_seq = seq
        elif action == "user.passwd":
            keys = p.get("keys")
            if keys:  # absent, null, false, 0, "", [] or {}: a password change only
                if not isinstance(keys, dict):
                    raise Malformed("keys is not an object")
                key = _public_key(keys, "ed25519")
                if signer_role != "admin":
                    return "new keys are set by someone who is not an administrator"
                target.keys.append((seq, key))
            elif p["user_id"] != actor and signer_role != "admin":
                return "another user's password is changed by someone who is not an administrator"
        return None

    def key_for(self, actor: Any, seq: int) -> tuple[bytes, str] | None:
        """The actor's key in force at ``seq`` and role, or None if they held none."""
        state = self.users.get(actor) if isinstance(actor, str) else None
        if state is None or state.keys[0][0] >= seq:
            return None
        if state.revoked_seq is not None and state.revoked_seq < seq:
            return None
        key = state.keys[0][1]
        for since, k in state.keys:
            if since < seq:
                key = k
        return key, state.role


# -- the report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One finding; ``fatal`` is False for warnings (``clock``)."""

    seq: int | None
    kind: str
    detail: str
    fatal: bool = True


@dataclass
class Report:
    """Everything a verification found."""

    entries: int = 0
    head_seq: int = 0
    head_hash: bytes = GENESIS_PREV
    problems: list[Problem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """No fatal problem."""
        return not any(p.fatal for p in self.problems)

    def fatal(self) -> list[tuple[int | None, str]]:
        """The fatal problems as ``(seq, kind)`` pairs."""
        return [(p.seq, p.kind) for p in self.problems if p.fatal]

    def add(self, seq: int | None, kind: str, detail: str, *, fatal: bool = True) -> None:
        """Record a finding."""
        self.problems.append(Problem(seq, kind, detail, fatal))

    def to_json(self) -> dict[str, Any]:
        """The shape of ``scelle verify --json`` (§10.2)."""
        ordered = [p for p in self.problems if p.fatal] + [p for p in self.problems if not p.fatal]
        return {
            "intact": self.intact,
            "entries": self.entries,
            "head": {"seq": self.head_seq, "entry_hash": self.head_hash.hex()},
            "problems": [{"seq": p.seq, "kind": p.kind, "detail": p.detail} for p in ordered],
        }


# -- §7 witnesses ---------------------------------------------------------------------------


def read_witness(path: Path, vault_id: str) -> tuple[int, bytes] | None:
    """A usable witness ``(seq, entry_hash)`` from ``path``, or None (§7)."""
    try:
        doc = json.loads(Path(path).read_text("utf-8"))
        if doc["format"] != WITNESS_FORMAT or doc["vault_id"] != vault_id:
            return None
        seq = doc["head"]["seq"]
        digest = bytes.fromhex(doc["head"]["entry_hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(seq, int) or isinstance(seq, bool):
        return None
    return seq, digest


# -- §10 verification -----------------------------------------------------------------------

_ENTRY_SQL = (
    "SELECT j.seq, j.at, j.actor, j.action, j.subject, j.payload_hash, j.prev_hash,"
    " j.entry_hash, j.signature, p.body, p.redacted_by"
    " FROM journal j LEFT JOIN journal_payload p USING (seq) ORDER BY j.seq"
)

_PROJECTION_SCHEMA = [
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
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]
_PROJECTION_QUERIES = {
    "users": "SELECT id, name, role, x25519_public, ed25519_public, status, added_seq,"
    " revoked_seq FROM users ORDER BY id",
    "settings": "SELECT key, value FROM settings ORDER BY key",
}


class _Walk:
    """The walk of §10.1 step 2 over every entry, from seq 1."""

    def __init__(self, cur: Any, vault_id: str, report: Report) -> None:
        self.cur = cur
        self.vault_id = vault_id
        self.report = report
        self.registry = Registry()
        # §5.2: redact seq -> every (target seq, SHA-256 of its body) claiming it
        self.pending: dict[int, list[tuple[int, bytes]]] = {}
        self.transfers: dict[int, Any] = {}  # custody.transfer seq -> receiver (§3.6)

    def run(self) -> None:
        expected, prev = 1, GENESIS_PREV
        latest: datetime | None = None
        for row in self.cur.execute(_ENTRY_SQL):
            seq = row[0]
            at, actor, action, subject = (as_text(v) for v in row[1:5])
            payload_hash, prev_hash, digest, sig = (as_bytes(v) for v in row[5:9])
            body = None if row[9] is None else as_text(row[9])
            redacted_by = row[10] if type(row[10]) is int else None
            if seq != expected:
                kind = "gap" if seq > expected else "order"
                self.report.add(expected, kind, f"entries #{expected}-#{seq - 1} are missing")
                expected = seq
            if prev_hash != prev:
                self.report.add(seq, "chain", "does not link to the entry before it")
            if self._hash_of(seq, at, actor, action, subject, payload_hash, prev_hash) != digest:
                self.report.add(seq, "entry_hash", "its hash does not match its contents")
            accepted, payload = self._payload(seq, action, payload_hash, body, redacted_by)
            if accepted and payload is None and action in KEY_ACTIONS:
                self.report.add(seq, "keys", f"the {action} payload is not a JSON object")
            if payload is not None and action == "vault.create":
                self._admit(seq, actor, action, payload)
            state = self.registry.key_for(actor, seq)
            if state is None:
                self.report.add(seq, "signature", f"{actor} held no key at this seq")
            else:
                key, role = state
                if action not in MATRIX:
                    self.report.add(seq, "action", f"unknown action {action!r}")
                elif role not in MATRIX[action]:
                    self.report.add(seq, "permission", f"a {role} may not write {action}")
                if not signature_ok(key, sig, digest):
                    self.report.add(seq, "signature", "the signature does not verify")
            if payload is not None and action in KEY_ACTIONS and action != "vault.create":
                self._admit(seq, actor, action, payload)
            if payload is not None and action == "custody.transfer":
                self.transfers[seq] = payload.get("to")
            moment = _parse_time(at)
            if moment is None:
                self.report.add(seq, "time", f"malformed time {at!r}")
            else:
                if latest is not None and moment < latest - CLOCK_TOLERANCE:
                    self.report.add(seq, "clock", "the clock went backwards", fatal=False)
                latest = moment if latest is None else max(latest, moment)
            prev = digest
            expected = seq + 1
        for redact_seq, claims in sorted(self.pending.items()):
            for target, _ in claims:
                self.report.add(target, "redaction", f"#{redact_seq} does not record it")

    def _hash_of(
        self,
        seq: int,
        at: str,
        actor: str,
        action: str,
        subject: str,
        payload_hash: bytes,
        prev_hash: bytes,
    ) -> bytes | None:
        try:
            header = header_bytes(self.vault_id, seq, at, actor, action, subject)
        except ValueError:  # text that is not valid Unicode has no canonical encoding
            return None
        return entry_hash(prev_hash, header, payload_hash)

    def _payload(
        self, seq: int, action: str, payload_hash: bytes, body: str | None, redacted_by: Any
    ) -> tuple[bool, dict[str, Any] | None]:
        """§3.3 and §5.2: whether the body is accepted (its hash matches, or it is a
        redaction claim), and the payload if it is also a JSON object."""
        if action == "journal.redact" and seq in self.pending:
            record = _json_object(body)
            for target, residual in self.pending.pop(seq):
                if (
                    record is None
                    or record.get("seq") != target
                    or record.get("residual_hash") != residual.hex()
                ):
                    self.report.add(target, "redaction", f"#{seq} does not record this redaction")
        if body is None:
            self.report.add(seq, "payload", "the payload is missing")
            return False, None
        digest = hashlib.sha256(body.encode("utf-8", "surrogateescape")).digest()
        if digest == payload_hash:
            return True, _json_object(body)
        if redacted_by is not None and redacted_by > seq and action not in UNREDACTABLE:
            self.pending.setdefault(redacted_by, []).append((seq, digest))
            return True, _json_object(body)
        self.report.add(seq, "payload", "the payload does not match its hash")
        return False, None

    def _admit(self, seq: int, actor: str, action: str, payload: dict[str, Any]) -> None:
        why = self.registry.admit(seq, actor, action, payload)
        if why is not None:
            self.report.add(seq, "keys", why)


def _check_cosignatures(cur: Any, report: Report, walk: _Walk) -> None:
    """§10.1 step 4, with the registry as it stands at the end of the walk."""
    rows = cur.execute(
        "SELECT c.seq, c.signer, c.signature, j.entry_hash FROM journal_cosignature c"
        " LEFT JOIN journal j USING (seq) ORDER BY c.seq"
    ).fetchall()
    signed: set[tuple[int, Any]] = set()
    for seq, signer, signature, digest in rows:
        if type(seq) is not int:
            report.add(None, "cosignature", f"a countersignature names no entry ({seq!r})")
            continue
        state = walk.registry.key_for(signer, seq)
        if (
            digest is None
            or state is None
            or not signature_ok(state[0], as_bytes(signature), as_bytes(digest))
        ):
            report.add(seq, "cosignature", f"the countersignature by {signer} does not verify")
        signed.add((seq, signer))
    for seq, receiver in sorted(walk.transfers.items()):
        if (seq, receiver) not in signed:
            report.add(seq, "cosignature", f"the receiver {receiver} never countersigned")


def _check_witnesses(cur: Any, report: Report, witnesses: Iterable[tuple[int, bytes]]) -> None:
    """§7."""
    for w_seq, w_hash in witnesses:
        if w_seq > report.head_seq:
            report.add(w_seq, "rollback", f"the journal ends at #{report.head_seq}")
            continue
        row = cur.execute("SELECT entry_hash FROM journal WHERE seq = ?", (w_seq,)).fetchone()
        if row is None or as_bytes(row[0]) != w_hash:
            report.add(w_seq, "rollback", "the witnessed entry is missing or different")


def _apply(mem: Any, seq: int, action: str, p: dict[str, Any]) -> None:
    """One applier of §5.3; statements already run stay applied if a later one fails."""
    insert_user = (
        "INSERT INTO users (id, name, role, x25519_public, ed25519_public, status, added_seq)"
        " VALUES (?, ?, ?, ?, ?, 'active', ?)"
    )

    def user_row(u: dict[str, Any]) -> tuple[Any, ...]:
        x25519, ed25519 = bytes.fromhex(u["x25519"]), bytes.fromhex(u["ed25519"])
        return (u["id"], u["name"], u["role"], x25519, ed25519, seq)

    if action == "vault.create":
        mem.execute(insert_user, user_row(p["admin"]))
        recovery = {"id": "recovery", "name": "(recovery)", "role": "recovery", **p["recovery"]}
        mem.execute(insert_user, user_row(recovery))
        mem.execute("INSERT INTO settings VALUES ('vault_id', ?)", (p["vault_id"],))
        mem.execute("INSERT INTO settings VALUES ('office', ?)", (p["office"],))
        for key, value in sorted(p.get("settings", {}).items()):
            if not isinstance(value, str):  # not written by Scellé: stored as JSON text
                value = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
            mem.execute("INSERT INTO settings VALUES (?, ?)", (key, value))
    elif action == "user.add":
        mem.execute(insert_user, user_row(p["user"]))
    elif action == "user.revoke":
        mem.execute(
            "UPDATE users SET status = 'revoked', revoked_seq = ? WHERE id = ?",
            (seq, p["user_id"]),
        )
    elif action == "user.passwd":
        keys = p.get("keys")
        if keys:
            mem.execute(
                "UPDATE users SET x25519_public = ?, ed25519_public = ? WHERE id = ?",
                (bytes.fromhex(keys["x25519"]), bytes.fromhex(keys["ed25519"]), p["user_id"]),
            )
    elif action not in NO_EFFECT:
        raise KeyError(f"no applier for {action}")


def _replay(cur: Any, report: Report) -> None:
    """§5.3: replay every entry into fresh tables and compare them with the stored ones."""
    mem = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        for statement in _PROJECTION_SCHEMA:
            mem.execute(statement)
        mem.execute("BEGIN")
        rows = cur.execute(
            "SELECT j.seq, j.action, p.body FROM journal j"
            " LEFT JOIN journal_payload p USING (seq) ORDER BY j.seq"
        ).fetchall()
        for seq, action, body in rows:
            payload = None if body is None else _json_object(as_text(body))
            if payload is None:
                continue
            try:
                _apply(mem, seq, as_text(action), payload)
            except Exception as exc:  # whatever an applier meets is this entry's problem
                report.add(seq, "replay", f"entry #{seq} ({action}) cannot be replayed: {exc}")
        mem.execute("COMMIT")
        for table, query in _PROJECTION_QUERIES.items():
            if _differ(iter(cur.execute(query).fetchall()), iter(mem.execute(query).fetchall())):
                report.add(None, "projection", f"table {table} differs from the journal")
    finally:
        mem.close()


def _differ(a: Iterator[tuple[Any, ...]], b: Iterator[tuple[Any, ...]]) -> bool:
    end = object()
    while True:
        ra, rb = next(a, end), next(b, end)
        if ra is end and rb is end:
            return False
        if ra != rb:
            return True


def verify_connection(
    conn: Any, vault_id: str, *, witnesses: Iterable[tuple[int, bytes]] = ()
) -> Report:
    """Fully verify the journal in an open database (§10.1).

    Whatever is found is a problem in the report; when the database cannot be read to the
    end (a table dropped, say), the report ends with an ``unreadable`` problem (§10.1).
    """
    report = Report()
    try:
        _verify(conn.cursor(), vault_id, report, witnesses)
    except Exception as exc:  # reported, never raised (§10.1)
        report.add(None, "unreadable", f"the journal could not be read to the end: {exc!r}")
    return report


def _verify(
    cur: Any, vault_id: str, report: Report, witnesses: Iterable[tuple[int, bytes]]
) -> None:
    report.entries = int(cur.execute("SELECT count(*) FROM journal").fetchone()[0])
    head = cur.execute("SELECT seq, entry_hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    if head is None:
        report.add(None, "empty", "the journal has no entries")
        return
    report.head_seq = int(head[0])
    report.head_hash = as_bytes(head[1])
    stored = cur.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()
    if stored is None or stored[0] != vault_id:
        report.add(None, "damaged", "settings.vault_id is not the vault id of keyslots.json")
    walk = _Walk(cur, vault_id, report)
    walk.run()
    _check_cosignatures(cur, report, walk)
    _check_witnesses(cur, report, witnesses)
    _replay(cur, report)


def open_database(db_path: Path, key_hex: str) -> Any:
    """Open ``vault.db`` read-only with the raw key (§1.2); raise VerifierError."""
    if not re.fullmatch(r"[0-9a-fA-F]{64}", key_hex):
        raise VerifierError("the database key must be 64 hex digits")
    if not db_path.is_file():
        raise VerifierError(f"{db_path} does not exist")
    conn = sqlcipher3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
    # Text that is not valid UTF-8 must be reported, not crash the reader: keep its bytes.
    conn.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
    try:
        conn.execute(f"PRAGMA key = \"x'{key_hex.lower()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VerifierError(f"the key does not open {db_path}") from exc
    return conn


def read_vault_id(vault_dir: Path) -> str:
    """The vault id recorded in ``keyslots.json`` (§6.1)."""
    try:
        doc = json.loads((vault_dir / "keyslots.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise VerifierError(f"{vault_dir} has no readable keyslots.json") from exc
    if not isinstance(doc, dict) or doc.get("format") != KEYSLOTS_FORMAT:
        raise VerifierError("keyslots.json is not a scelle-keyslots/1 file")
    vault_id = doc.get("vault_id")
    if not isinstance(vault_id, str):
        raise VerifierError("keyslots.json has no vault_id")
    return vault_id


def verify_vault(
    vault_dir: Path | str,
    key_hex: str,
    *,
    witness_files: Sequence[Path | str] = (),
    vault_id: str | None = None,
) -> Report:
    """Verify the vault in ``vault_dir`` with the raw database key and witness files."""
    vault_dir = Path(vault_dir)
    vault_id = vault_id or read_vault_id(vault_dir)
    heads = [w for w in (read_witness(Path(p), vault_id) for p in witness_files) if w]
    conn = open_database(vault_dir / "vault.db", key_hex)
    try:
        return verify_connection(conn, vault_id, witnesses=heads)
    finally:
        conn.close()


def verify(
    vault_dir: Path | str, key_hex: str, witness: Path | str | None = None
) -> list[tuple[int | None, str]]:
    """The fatal problems of a vault as ``(seq, kind)`` pairs; empty when intact."""
    files = [witness] if witness is not None else []
    return verify_vault(vault_dir, key_hex, witness_files=files).fatal()


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print a ``scelle verify --json``-like document or a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vault", type=Path)
    parser.add_argument("key", help="the raw database key (64 hex digits) from scelle db-key")
    parser.add_argument("--witness", type=Path, action="append", default=[])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    try:
        report = verify_vault(args.vault, args.key, witness_files=args.witness)
    except VerifierError as exc:
        print(f"independent_verifier: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        state = "intact" if report.intact else "NOT intact"
        print(f"{report.entries} entries, head #{report.head_seq}: {state}")
        for p in report.problems:
            where = "-" if p.seq is None else f"#{p.seq}"
            print(f"  {where} {p.kind}{'' if p.fatal else ' (warning)'}: {p.detail}")
    return 0 if report.intact else 1


if __name__ == "__main__":
    sys.exit(main())
