"""Users and their keys: add, list, change password, revoke (with re-key) (DESIGN §3, §5)."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import sqlcipher3

from scelle.core import crypto, ids, keyslots
from scelle.core.errors import BadInput, Busy, NotFound, PermissionDenied, VaultDamaged
from scelle.core.permissions import Action, Role
from scelle.core.vault import (
    DB_NAME,
    User,
    Vault,
    _check_password,
    _connect,
    _db_salt,
    _finish_rekey,
    check_user_name,
)

log = logging.getLogger(__name__)

ASSIGNABLE_ROLES = (Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN)


def parse_role(text: str) -> Role:
    """The role named ``text`` (``admin`` or ``administrator``); raise BadInput."""
    text = text.strip().lower()
    if text == "administrator":
        text = "admin"
    try:
        role = Role(text)
    except ValueError:
        role = None
    if role not in ASSIGNABLE_ROLES:
        raise BadInput("A role is one of investigator, supervisor, auditor or admin.")
    assert role is not None
    return role


def _public(user_id: str, name: str, role: Role, identity: crypto.Identity) -> dict[str, Any]:
    return {
        "id": user_id,
        "name": name,
        "role": role.value,
        "x25519": identity.public.x25519.hex(),
        "ed25519": identity.public.ed25519.hex(),
    }


def list_users(vault: Vault) -> list[User]:
    """Every user with role and status (journaled as ``user.list``)."""
    vault.require(Action.USER_LIST)
    with vault.write() as w:
        w.append(Action.USER_LIST, f"vault:{vault.vault_id}", {})
    return vault.users()


def add_user(vault: Vault, name: str, role: Role, password: str) -> User:
    """Add a user with fresh keys and a key slot opened by ``password``.

    The slot is written before the journal entry commits: a crash in between leaves an
    orphan slot that opens nothing (its keys are in no journal entry) and that the next
    ``add_user`` of the same name replaces.
    """
    vault.require(Action.USER_ADD)
    name = check_user_name(name)
    _check_password(password)
    if vault.user_named(name) is not None:
        raise BadInput(f"A user called {name} already exists (names are never reused).")
    user_id = ids.new_id()
    identity = crypto.Identity.generate()
    kdf = vault.keyslots.slots[0].kdf if vault.keyslots.slots else crypto.DEFAULT_KDF
    slot = keyslots.make_slot(
        vault_id=vault.vault_id,
        user_id=user_id,
        name=name,
        secret=password.encode("utf-8"),
        identity=identity,
        db_key=vault.db_key,
        epoch=vault.keyslots.epoch,
        kdf=kdf,
    )
    # The key slot file is re-read and rewritten inside the write transaction: the
    # database's write lock then also serialises key slot changes between processes, so
    # one window's change cannot overwrite another's.
    with vault.write() as w:
        ksf = _fresh_keyslots(vault)
        orphan = ksf.slot_named(name)
        ksf = (ksf.without(orphan.user_id) if orphan else ksf).with_slot(slot)
        keyslots.save(vault.path, ksf)
        vault.keyslots = ksf
        w.append(
            Action.USER_ADD, f"user:{user_id}", {"user": _public(user_id, name, role, identity)}
        )
    added = vault.user_named(name)
    assert added is not None
    return added


def change_password(vault: Vault, new_password: str, *, name: str | None = None) -> None:
    """Change the acting user's password (their keys stay the same).

    An administrator resetting *another* user's password cannot unwrap that user's keys,
    so the user gets fresh keys, recorded in the journal (``user.passwd`` with ``keys``).
    """
    _check_password(new_password)
    target = vault.user if name is None else vault.user_named(check_user_name(name))
    if target is None or target.role == Role.RECOVERY:
        raise NotFound(f"There is no user called {name}.")
    if target.status != "active":
        raise BadInput(f"{target.name} was revoked; a revoked user cannot get a password.")
    slot = next((s for s in vault.keyslots.slots if s.user_id == target.id), None)
    if target.id == vault.user.id:
        vault.require(Action.USER_PASSWD)
        if slot is None:
            raise VaultDamaged("Your key slot is missing from keyslots.json.")
        new_slot = keyslots.rewrap(
            vault.vault_id, slot, vault.identity, new_password.encode("utf-8")
        )
        payload: dict[str, Any] = {"user_id": target.id, "keys": None}
    else:
        if vault.user.role != Role.ADMIN:
            raise PermissionDenied("Only an administrator may set another user's password.")
        identity = crypto.Identity.generate()
        kdf = slot.kdf if slot else crypto.DEFAULT_KDF
        new_slot = keyslots.make_slot(
            vault_id=vault.vault_id,
            user_id=target.id,
            name=target.name,
            secret=new_password.encode("utf-8"),
            identity=identity,
            db_key=vault.db_key,
            epoch=vault.keyslots.epoch,
            kdf=kdf,
        )
        payload = {
            "user_id": target.id,
            "keys": {
                "x25519": identity.public.x25519.hex(),
                "ed25519": identity.public.ed25519.hex(),
            },
        }
    # Entry and slot inside one write transaction (which also serialises key slot changes
    # between processes). The slot is saved just before the commit: a crash in between
    # leaves a slot the journal does not know yet, refused at unlock until the change is
    # made again, and never a journal that names keys no slot holds.
    with vault.write() as w:
        ksf = _fresh_keyslots(vault).with_slot(new_slot)
        w.append(Action.USER_PASSWD, f"user:{target.id}", payload)
        keyslots.save(vault.path, ksf)
        vault.keyslots = ksf


def _fresh_keyslots(vault: Vault) -> keyslots.KeySlotFile:
    """The key slot file as it is on disk now; it must still be at this vault's key epoch."""
    ksf = keyslots.load(vault.path)
    if ksf.vault_id != vault.vault_id or ksf.epoch != vault.keyslots.epoch:
        raise Busy("The vault's keys changed in another window; lock and unlock again.")
    return ksf


def revoke_user(vault: Vault, name: str, *, reason: str = "") -> None:
    """Revoke ``name`` and re-key the database for everyone else.

    Afterwards the revoked user's slot is gone, and an old copy of it, or of the whole key
    slot file, unseals only the previous database key, which no longer opens the database.
    """
    vault.require(Action.USER_REVOKE)
    target = vault.user_named(check_user_name(name))
    if target is None or target.role == Role.RECOVERY:
        raise NotFound(f"There is no user called {name}.")
    if target.id == vault.user.id:
        raise BadInput("You cannot revoke yourself; ask another administrator.")
    if target.status != "active":
        raise BadInput(f"{target.name} is already revoked.")
    exclusive(vault)  # before anything is recorded: the re-key needs the vault to itself
    with vault.write() as w:
        w.append(
            Action.USER_REVOKE,
            f"user:{target.id}",
            {"user_id": target.id, "name": target.name, "reason": reason},
        )
    rekey(vault, reason=f"revoked {target.name}")


def exclusive(vault: Vault) -> None:
    """Leave WAL mode, which only succeeds when no other connection has the vault open.

    SQLCipher re-keys reliably only outside WAL mode, and other open windows would be cut
    off by the new key: refuse with one sentence (Busy) before anything changes.
    """
    conn = vault.conn
    assert conn is not None
    with vault._lock:
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlcipher3.OperationalError as exc:
            mode = str(exc)
        if str(mode).lower() != "delete":
            log.info("cannot leave WAL mode: %s", mode)
            raise Busy(
                "Another Scellé window or command has this vault open; close it and try again."
            )


def rekey(vault: Vault, *, reason: str) -> None:
    """Give the database a new random key, sealed to every active user and recovery.

    Crash-safe in three durable steps: (1) the key slot file gains the new key as
    ``pending`` for every remaining user, (2) SQLCipher re-encrypts the database, (3) the
    slot file makes the pending key current. An unlock after a crash between (2) and (3)
    finds that the current key fails and the pending one opens the database, and finishes
    step (3) itself. Only then is the ``vault.rekey`` entry appended.
    """
    vault.require(Action.VAULT_REKEY)
    new_key = crypto.random_bytes(crypto.KEY_SIZE)
    old = _fresh_keyslots(vault)
    epoch = old.epoch + 1
    active = {u.id: u for u in vault.users() if u.status == "active"}
    slots = []
    for slot in old.slots:
        user = active.get(slot.user_id)
        if user is None:
            continue  # revoked, or an orphan: its slot goes
        sealed = crypto.seal(
            user.x25519_public, new_key, keyslots.seal_aad(vault.vault_id, slot.user_id, epoch)
        )
        slots.append(replace(slot, pending_key=sealed))
    recovery = old.recovery
    if recovery is not None:
        recovery = replace(
            recovery,
            pending_key=crypto.seal(
                recovery.public.x25519,
                new_key,
                keyslots.seal_aad(vault.vault_id, recovery.user_id, epoch),
            ),
        )
    db_path = vault.path / DB_NAME
    pending = replace(
        old,
        slots=tuple(slots),
        recovery=recovery,
        pending_epoch=epoch,
        pending_db_salt=_db_salt(db_path),
    )
    keyslots.save(vault.path, pending)
    conn = vault.conn
    assert conn is not None
    exclusive(vault)
    with vault._lock:
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.close()
        vault.conn = None
        # Trust the new key only after a fresh connection has read the database with it.
        try:
            fresh = _connect(db_path, new_key)
            fresh.execute("SELECT count(*) FROM journal").fetchone()
        except sqlcipher3.DatabaseError as exc:
            log.exception("database does not open after rekey")
            raise VaultDamaged(
                "The database did not reopen after the key change; keep keyslots.json as it "
                "is and unlock again, which retries with both keys."
            ) from exc
        vault.conn = fresh
        vault._db_key = new_key
        vault.keyslots = _finish_rekey(vault.path, pending)
    with vault.write() as w:
        w.append(
            Action.VAULT_REKEY,
            f"vault:{vault.vault_id}",
            {"epoch": epoch, "reason": reason, "users": sorted(active)},
        )


def export_db_key(vault: Vault) -> str:
    """The raw database key as hex, for an auditor's own SQLCipher tools (journaled)."""
    vault.require(Action.VAULT_DB_KEY)
    with vault.write() as w:
        w.append(Action.VAULT_DB_KEY, f"vault:{vault.vault_id}", {"epoch": vault.keyslots.epoch})
    return vault.db_key.hex()


def add_admin_with_recovery(vault: Vault, name: str, password: str) -> User:
    """With the vault opened by its recovery code, add a new administrator."""
    if vault.user.role != Role.RECOVERY:
        raise PermissionDenied("Only the recovery code can do this.")
    return add_user(vault, name, Role.ADMIN, password)
