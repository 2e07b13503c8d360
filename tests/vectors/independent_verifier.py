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


def _is_hash(value: Any) -> bool:
    return isinstance(value, bytes) and len(value) == 32


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

    def learn(self, seq: int, action: str, payload: dict[str, Any]) -> None:
        """Apply one usable payload; raise KeyError/TypeError/ValueError if malformed."""
        if action == "vault.create":
            admin, recovery = payload["admin"], payload["recovery"]
            admin_state = KeyState([(seq - 1, bytes.fromhex(admin["ed25519"]))], "admin")
            recovery_state = KeyState([(seq - 1, bytes.fromhex(recovery["ed25519"]))], "recovery")
            self.users[admin["id"]] = admin_state
            self.users["recovery"] = recovery_state
        elif action == "user.add":
            user = payload["user"]
            if user["role"] not in ROLES:
                raise ValueError(f"unknown role {user['role']!r}")
            self.users[user["id"]] = KeyState([(seq, bytes.fromhex(user["ed25519"]))], user["role"])
        elif action == "user.revoke":
            state = self.users.get(payload["user_id"])
            if state is not None:
                state.revoked_seq = seq
        elif action == "user.passwd":
            keys = payload.get("keys")
            state = self.users.get(payload["user_id"])
            if keys and state is not None:
                state.keys.append((seq, bytes.fromhex(keys["ed25519"])))

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
        self.pending: dict[int, tuple[int, bytes]] = {}  # redact seq -> (target, hash)
        self.transfers: dict[int, Any] = {}  # custody.transfer seq -> receiver (§3.6)

    def run(self) -> None:
        expected, prev = 1, GENESIS_PREV
        latest: datetime | None = None
        for row in self.cur.execute(_ENTRY_SQL).fetchall():
            seq, at, actor, action, subject, payload_hash, prev_hash, digest, sig = row[:9]
            body, redacted_by = row[9], row[10]
            if seq != expected:
                kind = "gap" if seq > expected else "order"
                self.report.add(expected, kind, f"entries #{expected}-#{seq - 1} are missing")
                expected = seq
            if prev_hash != prev:
                self.report.add(seq, "chain", "does not link to the entry before it")
            if self._hash_of(seq, at, actor, action, subject, payload_hash, prev_hash) != digest:
                self.report.add(seq, "entry_hash", "its hash does not match its contents")
            payload = self._payload(seq, action, payload_hash, body, redacted_by)
            if payload is not None and action == "vault.create":
                self._learn(seq, action, payload)
            state = self.registry.key_for(actor, seq)
            if state is None:
                self.report.add(seq, "signature", f"{actor} held no key at this seq")
            else:
                key, role = state
                if action not in MATRIX:
                    self.report.add(seq, "action", f"unknown action {action!r}")
                elif role not in MATRIX[action]:
                    self.report.add(seq, "permission", f"a {role} may not write {action}")
                if not _is_hash(digest) or not signature_ok(key, sig, digest):
                    self.report.add(seq, "signature", "the signature does not verify")
            if payload is not None and action != "vault.create":
                self._learn(seq, action, payload)
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
        for redact_seq, (target, _) in sorted(self.pending.items()):
            self.report.add(target, "redaction", f"#{redact_seq} does not record this redaction")

    def _hash_of(
        self,
        seq: int,
        at: Any,
        actor: Any,
        action: Any,
        subject: Any,
        payload_hash: Any,
        prev_hash: Any,
    ) -> bytes | None:
        if not all(isinstance(v, str) for v in (at, actor, action, subject)):
            return None
        if not isinstance(prev_hash, bytes) or not isinstance(payload_hash, bytes):
            return None
        try:
            header = header_bytes(self.vault_id, seq, at, actor, action, subject)
        except ValueError:
            return None
        return entry_hash(prev_hash, header, payload_hash)

    def _payload(
        self, seq: int, action: Any, payload_hash: Any, body: Any, redacted_by: Any
    ) -> dict[str, Any] | None:
        """§5.2 and §3.3: the usable payload, or None."""
        if action == "journal.redact" and seq in self.pending:
            target, residual = self.pending.pop(seq)
            claim = _json_object(body)
            if (
                claim is None
                or claim.get("seq") != target
                or claim.get("residual_hash") != residual.hex()
            ):
                self.report.add(target, "redaction", f"#{seq} does not record this redaction")
        if body is None:
            self.report.add(seq, "payload", "the payload is missing")
            return None
        if not isinstance(body, str):
            self.report.add(seq, "payload", "the payload is not text")
            return None
        digest = hashlib.sha256(body.encode("utf-8", "surrogateescape")).digest()
        if digest == payload_hash:
            return _json_object(body)
        if isinstance(redacted_by, int) and redacted_by > seq:
            self.pending[redacted_by] = (seq, digest)
            return _json_object(body)
        self.report.add(seq, "payload", "the payload does not match its hash")
        return None

    def _learn(self, seq: int, action: str, payload: dict[str, Any]) -> None:
        try:
            self.registry.learn(seq, action, payload)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            self.report.add(seq, "payload", f"malformed {action} payload: {exc!r}")


def _check_cosignatures(cur: Any, report: Report, walk: _Walk) -> None:
    """§10.1 step 4, with the registry as it stands at the end of the walk."""
    rows = cur.execute(
        "SELECT c.seq, c.signer, c.signature, j.entry_hash FROM journal_cosignature c"
        " LEFT JOIN journal j USING (seq) ORDER BY c.seq"
    ).fetchall()
    signed: set[tuple[int, Any]] = set()
    for seq, signer, signature, digest in rows:
        state = walk.registry.key_for(signer, seq)
        if not _is_hash(digest) or state is None or not signature_ok(state[0], signature, digest):
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
        if row is None or row[0] != w_hash:
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
            mem.execute("INSERT INTO settings VALUES (?, ?)", (key, str(value)))
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
            payload = _json_object(body)
            if payload is None:
                continue
            try:
                _apply(mem, seq, action, payload)
            except (sqlcipher3.Error, KeyError, TypeError, ValueError, AttributeError) as exc:
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
    """Fully verify the journal in an open database (§10.1)."""
    cur = conn.cursor()
    report = Report()
    report.entries = int(cur.execute("SELECT count(*) FROM journal").fetchone()[0])
    head = cur.execute("SELECT seq, entry_hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
    if head is None:
        report.add(None, "empty", "the journal has no entries")
        return report
    report.head_seq = int(head[0])
    report.head_hash = head[1] if isinstance(head[1], bytes) else b""
    stored = cur.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()
    if stored is None or stored[0] != vault_id:
        report.add(None, "damaged", "settings.vault_id is not the vault id of keyslots.json")
    walk = _Walk(cur, vault_id, report)
    walk.run()
    _check_cosignatures(cur, report, walk)
    _check_witnesses(cur, report, witnesses)
    _replay(cur, report)
    return report


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
