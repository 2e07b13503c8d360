"""Vaults: create, unlock, lock; the SQLCipher connection; schema migrations (DESIGN §3-4).

A vault is a directory holding ``vault.db`` (SQLCipher 4, keyed with a random 256-bit raw
key) and ``keyslots.json``. Unlocking derives the user's wrapping key with Argon2id,
unwraps the user's private keys, unseals the database key, opens the database, checks that
the slot's public keys are those the journal recorded for the user, verifies the journal
from the last verified point, journals earlier failed attempts and the unlock itself, and
returns a :class:`Vault` through which every later command goes.
"""

from __future__ import annotations

import contextlib
import gc
import getpass
import json
import logging
import os
import platform
import re
import shutil
import sqlite3
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from scelle import __version__
from scelle.core import crypto, ids, journal, keyslots, permissions, projection, witness
from scelle.core.errors import (
    AuthenticationFailed,
    BadInput,
    Busy,
    JournalTampered,
    NotAVault,
    PermissionDenied,
    UnsupportedFormat,
    VaultDamaged,
    VaultExists,
)
from scelle.core.fsutil import fsync_dir
from scelle.core.journal import Head, JournalEntry, utc_now
from scelle.core.permissions import Action, Principal, Role

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
FAILURES_NAME = "unlock-failures.jsonl"
SCHEMA_VERSION = 1
PAGE_SIZE = 4096
BUSY_TIMEOUT_MS = 10_000
BULK_CHECKPOINT = 5000  # entries in one transaction after which the WAL is folded in

Clock = Callable[[], datetime]

NAME_RE = re.compile(r"[\w.@-]{1,64}\Z")


def check_user_name(name: str) -> str:
    """Return ``name`` NFC-normalised, or raise BadInput."""
    name = unicodedata.normalize("NFC", name)
    if not NAME_RE.match(name):
        raise BadInput("A user name has 1 to 64 letters, digits, dots, hyphens, underscores or @.")
    return name


# -- SQLCipher connection -------------------------------------------------------------------


def _connect(db_path: Path, key: bytes) -> sqlcipher3.Connection:
    """Open ``db_path`` with the raw key; raise VaultDamaged-ready sqlcipher3 errors."""
    conn = sqlcipher3.connect(
        str(db_path),
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    try:
        # PRAGMA key must come first; cipher_log_level stops SQLCipher writing its own
        # decryption errors to standard error (we say one sentence instead).
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # Text an editor stored as invalid UTF-8 must not make reads (or verification) crash.
        conn.text_factory = lambda data: data.decode("utf-8", "surrogateescape")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA recursive_triggers = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit is on disk before the witness is written (DESIGN §4).
        conn.execute("PRAGMA synchronous = FULL")
        # Bulk imports touch many pages; a small page cache spills to the WAL mid-
        # transaction and re-decrypts pages (64 MiB of cache; measured in benchmarks).
        conn.execute("PRAGMA cache_size = -65536")
    except BaseException:
        conn.close()
        raise
    return conn


def _check_encrypted(db_path: Path) -> None:
    """Refuse a vault.db that plain SQLite can read: it was not encrypted."""
    try:
        plain = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return
    finally:
        plain.close()
    raise VaultDamaged(f"{db_path} is not encrypted; it is not a Scellé database.")


def _check_fts5(conn: sqlcipher3.Connection) -> None:
    options = {row[0] for row in conn.execute("PRAGMA compile_options")}
    if "ENABLE_FTS5" not in options:
        raise UnsupportedFormat(
            "This SQLCipher build lacks full-text search (FTS5); reinstall Scellé."
        )


def _db_salt(db_path: Path) -> bytes:
    with open(db_path, "rb") as fh:
        return fh.read(16)


def _check_db_file(db_path: Path, ksf: keyslots.KeySlotFile) -> None:
    """Cheap checks before any key is used: empty, truncated, replaced."""
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        raise VaultDamaged(f"The vault's database {db_path} is missing.") from None
    if size == 0:
        raise VaultDamaged(f"The vault's database {db_path} is empty; restore it from a backup.")
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise VaultDamaged(
            f"The vault's database {db_path} is truncated; restore it from a backup."
        )
    salt = _db_salt(db_path)
    if salt not in {ksf.db_salt, ksf.pending_db_salt}:
        raise VaultDamaged(
            f"The vault's database {db_path} does not belong with its key slot file: "
            "one of them was replaced or damaged."
        )


def _schema(conn: sqlcipher3.Connection) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise UnsupportedFormat(
            f"This vault was written by a newer Scellé (schema {version}); upgrade Scellé."
        )
    if version == SCHEMA_VERSION:
        return
    cur = conn.cursor()
    cur.execute("BEGIN IMMEDIATE")
    try:
        if version == 0:
            for statement in journal.SCHEMA:
                cur.execute(statement)
            projection.create(cur)
        # Later versions add their migrations here, each a step from version - 1.
        cur.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        cur.execute("COMMIT")
    except BaseException:
        cur.execute("ROLLBACK")
        raise


# -- records --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class User:
    """A user as the projection records them."""

    id: str
    name: str
    role: Role
    status: str
    x25519_public: bytes
    ed25519_public: bytes
    added_seq: int
    revoked_seq: int | None


def _user(row: Any) -> User:
    return User(
        id=row[0],
        name=row[1],
        role=Role(row[2]),
        status=row[3],
        x25519_public=bytes(row[4]),
        ed25519_public=bytes(row[5]),
        added_seq=row[6],
        revoked_seq=row[7],
    )


_USER_COLUMNS = "id, name, role, status, x25519_public, ed25519_public, added_seq, revoked_seq"


# -- the unlocked vault ---------------------------------------------------------------------


class _WriterCursor:
    """The cursor a write transaction hands to appliers and callers.

    In a bulk write, projection rows that appliers add with ``projection.insert`` are
    queued and written with one ``executemany`` per statement when a batch of journal rows
    is stored (a third cheaper than one ``execute`` per row). Any other statement on this
    cursor writes the queue first, so every read and update inside the transaction sees
    every row added before it; the queue is always written before the commit, and a row
    that fails there fails the whole transaction, as it would have at once.
    """

    __slots__ = ("_queued", "deferring", "raw")

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.deferring = False
        self._queued: dict[str, list[tuple[Any, ...]]] = {}

    def insert(self, sql: str, values: tuple[Any, ...]) -> None:
        """Insert one row now, or queue it in a bulk write."""
        if self.deferring:
            self._queued.setdefault(sql, []).append(values)
        else:
            self.raw.execute(sql, values)

    def write_queued(self) -> None:
        """Write every queued row, statement by statement (tables are independent)."""
        queued, self._queued = self._queued, {}
        for sql, rows in queued.items():
            self.raw.executemany(sql, rows)

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        if self._queued:
            self.write_queued()
        return self.raw.execute(sql, parameters)

    def executemany(self, sql: str, rows: Any, /) -> Any:
        if self._queued:
            self.write_queued()
        return self.raw.executemany(sql, rows)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.raw)

    def __getattr__(self, name: str) -> Any:  # fetchone, fetchall, rowcount, ...
        return getattr(self.raw, name)


class Writer:
    """A write transaction: append entries (each applied to the projection at once).

    Journal rows are stored in batches (one INSERT statement per table for up to
    ``BATCH`` entries) and always before the commit; :meth:`flush` stores them earlier
    for code that must read them inside the transaction. Once a transaction passes one
    batch it is a bulk write: further batches are signed by the vault's helper process
    while this thread prepares the next one (FORMAT.md is unaffected: rows are stored in
    seq order, fully signed, before the commit), and projection rows are queued on
    :attr:`cur` (see :class:`_WriterCursor`): code inside a write reads through ``w.cur``,
    never through another cursor, which would not see queued rows.
    """

    BATCH = 1024

    def __init__(self, vault: Vault, cur: Any) -> None:
        self.vault = vault
        self.cur = _WriterCursor(cur)
        self.head = journal.head(cur)
        self.appended: list[JournalEntry] = []
        self._pending: list[journal.Prepared] = []
        self._signing: tuple[list[journal.Prepared], Any] | None = None
        self._bulk = False
        self._paused_gc = False

    def append(
        self,
        action: Action,
        subject: str,
        payload: dict[str, Any],
        *,
        cosigners: tuple[tuple[str, crypto.Identity], ...] = (),
    ) -> JournalEntry:
        """Append one entry signed by the vault's user, with its projection change.

        In a bulk write the returned entry's signature is filled in when its batch is
        stored; ``appended`` then holds the signed entries."""
        vault = self.vault
        p = journal.prepare(
            vault_id=vault.vault_id,
            signer=vault.identity,
            actor=vault.user.id,
            action=action,
            subject=subject,
            payload=payload,
            at=vault.clock(),
            prev=self.head,
            cosigners=cosigners,
            sign=not self._bulk,
        )
        projection.apply(self.cur, p.entry.header(p.body), p.payload)
        self._pending.append(p)
        self.head = Head(p.entry.seq, p.entry.entry_hash)
        self.appended.append(p.entry)
        if len(self._pending) >= self.BATCH:
            self._batch_full()
        return p.entry

    def _batch_full(self) -> None:
        self._store_signed()
        batch, self._pending = self._pending, []
        unsigned = [p.entry.entry_hash for p in batch if not p.entry.signature]
        if unsigned:
            self._signing = (batch, self.vault.batch_signer().submit(unsigned))
        else:
            self._store(batch)
        if not self._bulk and gc.isenabled():
            # A bulk write allocates millions of short-lived, acyclic objects; the cyclic
            # collector kept walking them (9 % of a manifest import). It is switched back
            # on when the write ends, committed or not.
            gc.disable()
            self._paused_gc = True
        self._bulk = True
        self.cur.deferring = True

    def end(self) -> None:
        """Undo what a bulk write changed in the process (the collector), once."""
        if self._paused_gc:
            self._paused_gc = False
            gc.enable()

    def _store_signed(self) -> None:
        if self._signing is not None:
            batch, future = self._signing
            self._signing = None
            self._store(journal.with_signatures(batch, future.result()))

    def flush(self) -> None:
        """Store every entry appended so far (signing what is still unsigned here)."""
        self._store_signed()
        batch, self._pending = self._pending, []
        signer = self.vault.identity
        self._store(
            journal.with_signatures(
                batch, (signer.sign(p.entry.entry_hash) for p in batch if not p.entry.signature)
            )
        )

    def _store(self, signed: list[journal.Prepared]) -> None:
        self.cur.write_queued()
        journal.store(self.cur, signed)
        if signed:  # appended holds consecutive seqs: replace the stored ones in place
            offset = signed[0].entry.seq - self.appended[0].seq
            for i, p in enumerate(signed):
                self.appended[offset + i] = p.entry


class Vault:
    """An unlocked vault, acting as one user. Close it (lock) to drop the key material."""

    def __init__(
        self,
        path: Path,
        conn: sqlcipher3.Connection,
        ksf: keyslots.KeySlotFile,
        user: User,
        identity: crypto.Identity,
        db_key: bytes,
        *,
        clock: Clock,
        witness_base: Path | None,
    ) -> None:
        self.path = path
        self.conn: sqlcipher3.Connection | None = conn
        self.keyslots = ksf
        self.vault_id = ksf.vault_id
        self.user = user
        self._identity: crypto.Identity | None = identity
        self._db_key: bytes | None = db_key
        self.clock = clock
        self.witness_base = witness_base
        self.verification: journal.Report | None = None
        self._lock = threading.RLock()
        self._batch_signer: crypto.BatchSigner | None = None

    def batch_signer(self) -> crypto.BatchSigner:
        """The helper process that signs bulk batches (started on first use)."""
        if self._batch_signer is None:
            self._batch_signer = crypto.BatchSigner(self.identity)
        return self._batch_signer

    # -- identity and keys

    @property
    def principal(self) -> Principal:
        """Who is acting, for permission checks."""
        return Principal(user_id=self.user.id, name=self.user.name, role=self.user.role)

    @property
    def identity(self) -> crypto.Identity:
        """The user's private keys; raise if the vault is locked."""
        if self._identity is None:
            raise VaultLocked()
        return self._identity

    @property
    def db_key(self) -> bytes:
        """The raw database key (for re-keying and ``scelle db-key``)."""
        if self._db_key is None:
            raise VaultLocked()
        return self._db_key

    def _conn(self) -> sqlcipher3.Connection:
        if self.conn is None:
            raise VaultLocked()
        return self.conn

    def require(
        self,
        action: Action,
        *,
        subject: str = "",
        assigned: bool = False,
        case_scoped: bool = False,
    ) -> None:
        """Raise PermissionDenied unless this user may do ``action``.

        A refusal is a security event: it is journaled (``access.denied``) before raising,
        and that entry is the only change a refused command leaves.
        """
        try:
            permissions.require(self.principal, action, assigned=assigned, case_scoped=case_scoped)
        except PermissionDenied:
            with self.write() as w:
                w.append(
                    Action.ACCESS_DENIED,
                    subject or f"vault:{self.vault_id}",
                    {"action": action.value},
                )
            raise

    # -- transactions

    @contextlib.contextmanager
    def write(self) -> Iterator[Writer]:
        """One write transaction (``BEGIN IMMEDIATE``): all its entries commit, or none.

        After a durable commit the new head is written to this user's witness file.
        """
        if self.verification is not None and not self.verification.intact:
            raise JournalTampered(
                "The journal failed verification, so Scellé records nothing more in this "
                "vault; ask an auditor to examine it.",
                problems=list(self.verification.problems),
            )
        with self._lock:
            cur = self._conn().cursor()
            try:
                cur.execute("BEGIN IMMEDIATE")
            except sqlcipher3.OperationalError as exc:
                raise Busy(
                    "Another Scellé window or command is writing to this vault; try again."
                ) from exc
            writer: Writer | None = None
            try:
                writer = Writer(self, cur)
                yield writer
                writer.flush()
                cur.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    cur.execute("ROLLBACK")
                raise
            finally:
                if writer is not None:
                    writer.end()
            if writer.appended:
                witness.record(self.vault_id, writer.head, base=self.witness_base)
            if len(writer.appended) >= BULK_CHECKPOINT:
                # After a bulk write, fold the WAL into the database now rather than make
                # the next interactive actions pay for it one by one.
                with contextlib.suppress(sqlcipher3.Error):
                    cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    @contextlib.contextmanager
    def read(self) -> Iterator[Any]:
        """A cursor for a consistent read (a deferred transaction)."""
        with self._lock:
            conn = self._conn()
            cur = conn.cursor()
            if conn.in_transaction:  # nested in another read or a write: share it
                yield cur
                return
            cur.execute("BEGIN")
            try:
                yield cur
            finally:
                cur.execute("COMMIT")

    def head(self) -> Head:
        """The journal's current head."""
        with self.read() as cur:
            return journal.head(cur)

    def user_named(self, name: str) -> User | None:
        """The user called ``name`` (any status), or None."""
        with self.read() as cur:
            row = cur.execute(
                f"SELECT {_USER_COLUMNS} FROM users WHERE name = ?", (name,)
            ).fetchone()
        return _user(row) if row else None

    def users(self) -> list[User]:
        """Every user but the recovery identity, by name."""
        with self.read() as cur:
            rows = cur.execute(
                f"SELECT {_USER_COLUMNS} FROM users WHERE role != 'recovery' ORDER BY name"
            ).fetchall()
        return [_user(r) for r in rows]

    def setting(self, key: str) -> str | None:
        """A vault-wide setting recorded in the journal."""
        with self.read() as cur:
            row = cur.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    # -- verification

    def verify(
        self,
        *,
        full: bool = False,
        threads: int | None = None,
        progress: journal.ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> journal.Report:
        """Verify the journal (incrementally from the last checkpoint unless ``full``)."""
        with self.read() as cur:
            start = journal.EMPTY_HEAD if full else _last_checkpoint(cur, self.user.id)
            w = witness.read(self.vault_id, base=self.witness_base)
            report = journal.Verifier(
                cur,
                self.vault_id,
                start=start,
                witnesses=[w] if w else [],
                replay=full,
                threads=threads or (os.cpu_count() or 1) if full else 1,
                progress=progress,
                cancel=cancel,
            ).run()
        self.verification = report
        return report

    # -- locking

    def close(self) -> None:
        """Lock: close the database and drop the key material from this object."""
        with self._lock:
            if self._batch_signer is not None:
                self._batch_signer.close()
                self._batch_signer = None
            if self.conn is not None:
                self.conn.close()
            self.conn = None
            self._identity = None
            self._db_key = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class VaultLocked(AuthenticationFailed):
    """The vault was locked; unlock it again."""

    def __init__(self) -> None:
        super().__init__("The vault is locked; unlock it again.")


def _last_checkpoint(cur: Any, actor: str) -> Head:
    """The head recorded as verified by ``actor``'s latest ``session.unlock`` entry.

    Only the unlocking user's own checkpoints are trusted: every user can unseal the
    database key, so another user could edit recent entries and then append a checkpoint
    of their own past the edit. The checkpoint must name an entry *before* itself: an
    incremental run then starts at that entry and re-verifies everything after it, the
    checkpoint entry included. Otherwise verification starts from the beginning.
    """
    row = cur.execute(
        "SELECT j.seq, p.body FROM journal j JOIN journal_payload p USING (seq)"
        " WHERE j.actor = ? AND j.action = ? ORDER BY j.seq DESC LIMIT 1",
        (actor, Action.SESSION_UNLOCK.value),
    ).fetchone()
    if row is None:
        return journal.EMPTY_HEAD
    try:
        verified = json.loads(row[1])["verified_to"]
        checkpoint = Head(int(verified["seq"]), bytes.fromhex(verified["entry_hash"]))
    except (ValueError, KeyError, TypeError):
        return journal.EMPTY_HEAD
    if not 0 < checkpoint.seq < int(row[0]) or len(checkpoint.entry_hash) != 32:
        log.warning("checkpoint in entry #%s names #%s: ignored", row[0], checkpoint.seq)
        return journal.EMPTY_HEAD
    return checkpoint


# -- paths ----------------------------------------------------------------------------------


def check_vault_path(path: Path) -> None:
    """Raise NotAVault unless ``path`` looks like a vault (before asking for a password)."""
    _vault_paths(path)


def _vault_paths(path: Path) -> tuple[Path, Path]:
    path = Path(path)
    if not path.is_dir():
        if path.exists():
            raise NotAVault(f"{path} is a file, not a Scellé vault (a vault is a folder).")
        raise NotAVault(f"There is no vault at {path}; check the path or create one.")
    db = path / DB_NAME
    if not db.exists() and not (path / keyslots.FILENAME).exists():
        raise NotAVault(f"{path} is not a Scellé vault: it has no vault.db or keyslots.json.")
    return path, db


# -- failed attempts ------------------------------------------------------------------------


def _record_failure(vault_dir: Path, name: str, reason: str, clock: Clock) -> None:
    """Append a failed unlock attempt to the side file (journaled at the next unlock)."""
    record = {
        "at": journal.format_time(clock()),
        "user": name[:128],
        "reason": reason,
        "os_user": _os_user(),
        "host": platform.node()[:128],
    }
    try:
        fd = os.open(vault_dir / FAILURES_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (json.dumps(record, sort_keys=True) + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        log.exception("could not record a failed unlock attempt")


def _read_failures(vault_dir: Path) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    try:
        lines = (vault_dir / FAILURES_NAME).read_text("utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return out
    for line in lines:
        try:
            item = json.loads(line)
        except (ValueError, RecursionError):
            item = {"unparsed": line[:256]}
        if isinstance(item, dict):
            # Canonical keys only, and text that encodes: a hostile line must not be able
            # to make the journaling of failures (and so every unlock) fail.
            out.append(
                {
                    k: str(v)[:256].encode("utf-8", "replace").decode("utf-8")
                    for k, v in item.items()
                    if isinstance(k, str) and re.fullmatch(r"[a-z][a-z0-9_]{0,31}", k)
                }
            )
    return out


def _os_user() -> str:
    try:
        return getpass.getuser()[:128]
    except (OSError, KeyError):
        return "?"


# -- create ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Created:
    """What ``create`` returns: the unlocked vault and the recovery code to show once."""

    vault: Vault
    recovery_code: str


def create(
    path: Path,
    *,
    admin_name: str,
    admin_password: str,
    office: str = "",
    settings: dict[str, str] | None = None,
    kdf: crypto.KdfParams = crypto.DEFAULT_KDF,
    clock: Clock = utc_now,
    witness_base: Path | None = None,
) -> Created:
    """Create a vault at ``path`` with its first administrator; raise VaultExists.

    The vault is built in a temporary folder beside ``path`` and renamed into place, so an
    interrupted creation leaves nothing that looks like a vault.
    """
    path = Path(path)
    admin_name = check_user_name(admin_name)
    _check_password(admin_password)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise VaultExists(f"{path} already exists and is not empty; choose another place.")
    if not path.parent.is_dir():
        raise BadInput(f"The folder {path.parent} does not exist.")
    vault_id = str(uuid.uuid4())
    admin_id = ids.new_id()
    db_key = crypto.random_bytes(crypto.KEY_SIZE)
    admin = crypto.Identity.generate()
    recovery_identity = crypto.Identity.generate()
    recovery_code = keyslots.new_recovery_code()
    tmp = path.parent / f".{path.name}.creating-{uuid.uuid4().hex[:8]}"
    tmp.mkdir(mode=0o700)
    try:
        conn = _connect(tmp / DB_NAME, db_key)
        try:
            _check_fts5(conn)
            _schema(conn)
        finally:
            conn.close()
        ksf = keyslots.KeySlotFile(
            vault_id=vault_id,
            db_salt=_db_salt(tmp / DB_NAME),
            epoch=0,
            slots=(
                keyslots.make_slot(
                    vault_id=vault_id,
                    user_id=admin_id,
                    name=admin_name,
                    secret=admin_password.encode("utf-8"),
                    identity=admin,
                    db_key=db_key,
                    epoch=0,
                    kdf=kdf,
                ),
            ),
            recovery=keyslots.make_slot(
                vault_id=vault_id,
                user_id=keyslots.RECOVERY_ID,
                name="(recovery)",
                secret=keyslots.normalise_recovery_code(recovery_code),
                identity=recovery_identity,
                db_key=db_key,
                epoch=0,
                kdf=kdf,
            ),
        )
        keyslots.save(tmp, ksf)
        conn = _connect(tmp / DB_NAME, db_key)
        user = User(
            id=admin_id,
            name=admin_name,
            role=Role.ADMIN,
            status="active",
            x25519_public=admin.public.x25519,
            ed25519_public=admin.public.ed25519,
            added_seq=1,
            revoked_seq=None,
        )
        vault = Vault(tmp, conn, ksf, user, admin, db_key, clock=clock, witness_base=witness_base)
        with vault.write() as w:
            w.append(
                Action.VAULT_CREATE,
                f"vault:{vault_id}",
                {
                    "vault_id": vault_id,
                    "format": SCHEMA_VERSION,
                    "office": office,
                    "settings": dict(settings or {}),
                    "admin": {
                        "id": admin_id,
                        "name": admin_name,
                        "role": Role.ADMIN.value,
                        "x25519": admin.public.x25519.hex(),
                        "ed25519": admin.public.ed25519.hex(),
                    },
                    "recovery": {
                        "x25519": recovery_identity.public.x25519.hex(),
                        "ed25519": recovery_identity.public.ed25519.hex(),
                    },
                    "software": f"Scellé {__version__}",
                },
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        vault.close()
        if path.exists():
            path.rmdir()
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    opened = Vault(
        path,
        _connect(path / DB_NAME, db_key),
        ksf,
        user,
        admin,
        db_key,
        clock=clock,
        witness_base=witness_base,
    )
    return Created(vault=opened, recovery_code=recovery_code)


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise BadInput("A password must have at least 8 characters.")
    if len(password) > 1024:
        raise BadInput("A password may have at most 1024 characters.")


# -- unlock ---------------------------------------------------------------------------------


def _open_db(db_path: Path, key: bytes) -> sqlcipher3.Connection | None:
    """Open with ``key``; None if the key does not decrypt the file."""
    try:
        return _connect(db_path, key)
    except sqlcipher3.DatabaseError as exc:
        log.info("database did not open with this key: %s", exc)
        return None


def _finish_rekey(vault_dir: Path, ksf: keyslots.KeySlotFile) -> keyslots.KeySlotFile:
    """Complete a re-key interrupted after the database changed key (see users.revoke)."""
    from dataclasses import replace

    assert ksf.pending_epoch is not None
    slots = tuple(
        replace(s, sealed_key=s.pending_key, pending_key=None)
        for s in ksf.slots
        if s.pending_key is not None
    )
    recovery = ksf.recovery
    if recovery is not None and recovery.pending_key is not None:
        recovery = replace(recovery, sealed_key=recovery.pending_key, pending_key=None)
    done = replace(
        ksf,
        epoch=ksf.pending_epoch,
        db_salt=ksf.pending_db_salt or ksf.db_salt,
        slots=slots,
        recovery=recovery,
        pending_epoch=None,
        pending_db_salt=None,
    )
    keyslots.save(vault_dir, done)
    log.info("key slot file now at epoch %s", done.epoch)
    return done


def _unlock_db(
    vault_dir: Path,
    db_path: Path,
    ksf: keyslots.KeySlotFile,
    slot: keyslots.Slot,
    identity: crypto.Identity,
) -> tuple[sqlcipher3.Connection, bytes, keyslots.KeySlotFile]:
    key = keyslots.unseal_db_key(ksf.vault_id, slot, identity, ksf.epoch)
    conn = _open_db(db_path, key)
    if conn is None and slot.pending_key is not None and ksf.pending_epoch is not None:
        key = keyslots.unseal_db_key(ksf.vault_id, slot, identity, ksf.pending_epoch, pending=True)
        conn = _open_db(db_path, key)
        if conn is not None:
            ksf = _finish_rekey(vault_dir, ksf)
    if conn is None:
        raise AuthenticationFailed(
            "This key slot does not open the vault's database: the slot is older than the "
            "vault's current key, or the database is damaged."
        )
    return conn, key, ksf


def unlock(
    path: Path,
    name: str,
    password: str,
    *,
    clock: Clock = utc_now,
    witness_base: Path | None = None,
    on_problems: str = "raise",
) -> Vault:
    """Unlock ``path`` as ``name``: see the module docstring for every step.

    Raises NotAVault, BadInput (malformed key slot file), VaultDamaged, AuthenticationFailed
    (the same sentence for an unknown user and a wrong password), and JournalTampered when
    the incremental verification finds a problem (with ``on_problems="return"`` the vault
    is returned instead, with the report in ``vault.verification`` and nothing appended).
    """
    vault_dir, db_path = _vault_paths(path)
    ksf = keyslots.load(vault_dir)
    _check_db_file(db_path, ksf)
    slot = ksf.slot_named(unicodedata.normalize("NFC", name))
    if slot is None:
        # Spend the same time as a real attempt so that timing does not reveal names.
        crypto.derive_key(
            password.encode("utf-8"),
            bytes(16),
            ksf.slots[0].kdf if ksf.slots else crypto.DEFAULT_KDF,
        )
        _record_failure(vault_dir, name, "unknown user", clock)
        log.info("unlock refused: no slot for user %r", name)
        raise AuthenticationFailed("The user name or password is wrong.")
    try:
        identity = keyslots.open_slot(ksf.vault_id, slot, password.encode("utf-8"))
    except AuthenticationFailed:
        _record_failure(vault_dir, name, "wrong password", clock)
        raise
    conn, db_key, ksf = _unlock_db(vault_dir, db_path, ksf, slot, identity)
    try:
        _check_encrypted(db_path)
        _check_fts5(conn)
        _schema(conn)
        row = conn.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()
        if row is None or row[0] != ksf.vault_id:
            raise VaultDamaged("The vault's database and key slot file belong to different vaults.")
        user_row = conn.execute(
            f"SELECT {_USER_COLUMNS} FROM users WHERE id = ?", (slot.user_id,)
        ).fetchone()
    except BaseException:
        conn.close()
        raise
    vault = Vault(
        vault_dir,
        conn,
        ksf,
        _user(user_row) if user_row else _placeholder(slot),
        identity,
        db_key,
        clock=clock,
        witness_base=witness_base,
    )
    try:
        try:
            _check_user(vault, slot)
        except JournalTampered as exc:
            if on_problems != "return":
                raise
            vault.verification = journal.Report(problems=list(exc.problems))  # type: ignore[arg-type]
            return vault
        report = vault.verify()
        if not report.intact:
            if on_problems == "return":
                return vault
            first = report.first_problem()
            assert first is not None
            raise JournalTampered(
                f"The journal failed verification: {first.detail}"
                + (f" (seq {first.seq})." if first.seq is not None else "."),
                problems=list(report.problems),
            )
        _journal_unlock(vault, report)
    except BaseException:
        vault.close()
        raise
    return vault


def _placeholder(slot: keyslots.Slot) -> User:
    return User(
        id=slot.user_id,
        name=slot.name,
        role=Role.INVESTIGATOR,
        status="unknown",
        x25519_public=b"",
        ed25519_public=b"",
        added_seq=0,
        revoked_seq=None,
    )


def _check_user(vault: Vault, slot: keyslots.Slot) -> None:
    """The slot's keys must be the ones the journal recorded for this user, who is active."""
    with vault.read() as cur:
        registry, problems = journal.load_key_registry(
            cur, vault.vault_id, until=journal.head(cur).seq
        )
    if problems:
        first = problems[0]
        raise JournalTampered(
            f"The journal failed verification: {first.detail} (seq {first.seq}).",
            problems=list(problems),
        )
    state = registry.users.get(slot.user_id)
    if state is None or vault.user.status == "unknown":
        log.warning("slot %s names a user the journal does not know", slot.user_id)
        raise AuthenticationFailed("The user name or password is wrong.")
    if state.ed25519 != slot.public.ed25519 or vault.user.x25519_public != slot.public.x25519:
        log.warning("slot %s keys differ from the journal's record", slot.user_id)
        raise AuthenticationFailed(
            "This user's key slot does not match the keys the journal recorded; "
            "the key slot file was tampered with."
        )
    if state.revoked_seq is not None or vault.user.status != "active":
        log.info("unlock refused: user %s is revoked", slot.user_id)
        raise AuthenticationFailed("The user name or password is wrong.")


def _journal_unlock(vault: Vault, report: journal.Report) -> None:
    """Journal earlier failed attempts and this unlock (with the verified head)."""
    failures = _read_failures(vault.path)
    with vault.write() as w:
        for failure in failures:
            w.append(Action.AUTH_FAILED, f"vault:{vault.vault_id}", {"attempt": failure})
        w.append(
            Action.SESSION_UNLOCK,
            f"user:{vault.user.id}",
            {
                "verified_to": report.head.to_json(),
                "os_user": _os_user(),
                "host": platform.node()[:128],
                "software": f"Scellé {__version__}",
            },
        )
    if failures:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(vault.path / FAILURES_NAME)


# -- recovery -------------------------------------------------------------------------------


def unlock_with_recovery(
    path: Path,
    code: str,
    *,
    clock: Clock = utc_now,
    witness_base: Path | None = None,
) -> Vault:
    """Open the vault as its recovery identity (may only add an administrator)."""
    vault_dir, db_path = _vault_paths(path)
    ksf = keyslots.load(vault_dir)
    _check_db_file(db_path, ksf)
    if ksf.recovery is None:
        raise AuthenticationFailed("This vault has no recovery slot.")
    secret = keyslots.normalise_recovery_code(code)
    try:
        identity = keyslots.open_slot(ksf.vault_id, ksf.recovery, secret)
    except AuthenticationFailed:
        _record_failure(vault_dir, "(recovery)", "wrong recovery code", clock)
        raise AuthenticationFailed("The recovery code is wrong.") from None
    conn, db_key, ksf = _unlock_db(vault_dir, db_path, ksf, ksf.recovery, identity)
    try:
        _schema(conn)
        row = conn.execute(f"SELECT {_USER_COLUMNS} FROM users WHERE id = 'recovery'").fetchone()
    except BaseException:
        conn.close()
        raise
    if row is None:
        conn.close()
        raise VaultDamaged("The journal has no record of the recovery identity.")
    vault = Vault(
        vault_dir, conn, ksf, _user(row), identity, db_key, clock=clock, witness_base=witness_base
    )
    report = vault.verify()
    if not report.intact:
        vault.close()
        first = report.first_problem()
        raise JournalTampered(
            f"The journal failed verification: {first.detail if first else 'unknown problem'}."
        )
    return vault
