"""The key-slot file ``keyslots.json`` beside the database (DESIGN §3, docs/FORMAT.md §6).

One slot per user holds, encrypted under a key derived from that user's password, the
user's X25519 and Ed25519 private keys, and the database key sealed to the user's X25519
public key. Sealing to public keys lets an administrator re-key the database for every
remaining user without knowing their passwords. A recovery slot does the same for a
recovery identity unlocked by a printed recovery code.
"""

from __future__ import annotations

import base64
import json
import logging
import struct
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from scelle.core import crypto
from scelle.core.errors import AuthenticationFailed, BadInput, NotAVault
from scelle.core.fsutil import atomic_write

log = logging.getLogger(__name__)

FORMAT = "scelle-keyslots/1"
FILENAME = "keyslots.json"
RECOVERY_ID = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    data = base64.b64decode(text.encode("ascii"), validate=True)
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


def wrap_aad(vault_id: str, user_id: str) -> bytes:
    """Associated data binding wrapped private keys to their vault and user."""
    return b"scelle/slot/v1\x00" + uuid.UUID(vault_id).bytes + user_id.encode("utf-8")


def seal_aad(vault_id: str, user_id: str, epoch: int) -> bytes:
    """Associated data binding a sealed database key to its vault, user and key epoch."""
    return (
        b"scelle/dbkey/v1\x00"
        + uuid.UUID(vault_id).bytes
        + struct.pack(">Q", epoch)
        + user_id.encode("utf-8")
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Slot:
    """One user's (or the recovery identity's) key slot."""

    user_id: str
    name: str
    kdf: crypto.KdfParams
    salt: bytes
    wrapped_nonce: bytes
    wrapped: bytes
    public: crypto.PublicIdentity
    sealed_key: crypto.Sealed
    pending_key: crypto.Sealed | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class KeySlotFile:
    """The whole ``keyslots.json``."""

    vault_id: str
    db_salt: bytes
    epoch: int
    slots: tuple[Slot, ...] = ()
    recovery: Slot | None = None
    pending_epoch: int | None = None
    pending_db_salt: bytes | None = None

    def slot_named(self, name: str) -> Slot | None:
        """The slot of the user called ``name`` (names are unique), or None."""
        for slot in self.slots:
            if slot.name == name:
                return slot
        return None

    def without(self, user_id: str) -> KeySlotFile:
        """This file without the slot of ``user_id``."""
        return replace(self, slots=tuple(s for s in self.slots if s.user_id != user_id))

    def with_slot(self, slot: Slot) -> KeySlotFile:
        """This file with ``slot`` added, or replacing the slot of the same user."""
        others = tuple(s for s in self.slots if s.user_id != slot.user_id)
        return replace(self, slots=(*others, slot))


# -- making and opening slots ---------------------------------------------------------------


def make_slot(
    *,
    vault_id: str,
    user_id: str,
    name: str,
    secret: bytes,
    identity: crypto.Identity,
    db_key: bytes,
    epoch: int,
    kdf: crypto.KdfParams = crypto.DEFAULT_KDF,
) -> Slot:
    """Wrap ``identity`` under ``secret`` and seal ``db_key`` to it."""
    salt = crypto.random_bytes(16)
    wrap_key = crypto.derive_key(secret, salt, kdf)
    nonce, wrapped = crypto.aead_encrypt(
        wrap_key, identity.private_bytes(), wrap_aad(vault_id, user_id)
    )
    public = identity.public
    return Slot(
        user_id=user_id,
        name=name,
        kdf=kdf,
        salt=salt,
        wrapped_nonce=nonce,
        wrapped=wrapped,
        public=public,
        sealed_key=crypto.seal(public.x25519, db_key, seal_aad(vault_id, user_id, epoch)),
    )


def open_slot(vault_id: str, slot: Slot, secret: bytes) -> crypto.Identity:
    """Unwrap the identity in ``slot`` with ``secret``; raise AuthenticationFailed."""
    try:
        wrap_key = crypto.derive_key(secret, slot.salt, slot.kdf)
        plain = crypto.aead_decrypt(
            wrap_key, slot.wrapped_nonce, slot.wrapped, wrap_aad(vault_id, slot.user_id)
        )
        identity = crypto.Identity.from_private_bytes(plain)
    except (crypto.DecryptionFailed, ValueError) as exc:
        log.info("slot %s: wrapped keys did not open (wrong secret or altered slot)", slot.user_id)
        raise AuthenticationFailed("The user name or password is wrong.") from exc
    if identity.public != slot.public:
        log.warning("slot %s: unwrapped keys do not match the slot's public keys", slot.user_id)
        raise AuthenticationFailed("The user name or password is wrong.")
    return identity


def unseal_db_key(
    vault_id: str, slot: Slot, identity: crypto.Identity, epoch: int, *, pending: bool = False
) -> bytes:
    """Open the database key sealed in ``slot``; raise AuthenticationFailed if it fails."""
    sealed = slot.pending_key if pending else slot.sealed_key
    if sealed is None:
        raise AuthenticationFailed("The key slot holds no database key for this user.")
    try:
        key = identity.unseal(sealed, seal_aad(vault_id, slot.user_id, epoch))
    except crypto.DecryptionFailed as exc:
        log.warning("slot %s: sealed database key did not open", slot.user_id)
        raise AuthenticationFailed("The key slot for this user is damaged.") from exc
    if len(key) != crypto.KEY_SIZE:
        raise AuthenticationFailed("The key slot for this user is damaged.")
    return key


def rewrap(
    vault_id: str,
    slot: Slot,
    identity: crypto.Identity,
    new_secret: bytes,
    kdf: crypto.KdfParams | None = None,
) -> Slot:
    """The same slot with its private keys wrapped under a new password."""
    kdf = kdf or slot.kdf
    salt = crypto.random_bytes(16)
    wrap_key = crypto.derive_key(new_secret, salt, kdf)
    nonce, wrapped = crypto.aead_encrypt(
        wrap_key, identity.private_bytes(), wrap_aad(vault_id, slot.user_id)
    )
    return replace(slot, kdf=kdf, salt=salt, wrapped_nonce=nonce, wrapped=wrapped)


# -- recovery code --------------------------------------------------------------------------

# Crockford's base 32: no I, L, O or U, so that a code read aloud or typed is unambiguous.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"I": 1, "L": 1, "O": 0})
_GROUPS = 8
_DATA_PER_GROUP = 4  # 8 groups × 4 symbols × 5 bits = 160 bits of secret


def _luhn_check(symbols: list[int]) -> int:
    """Luhn mod 32 check symbol: catches any one wrong symbol and adjacent swaps."""
    factor, total = 2, 0
    for code in reversed(symbols):
        addend = factor * code
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return (32 - total % 32) % 32


def new_recovery_code() -> str:
    """A fresh recovery code: eight groups of five symbols, the last of each a check."""
    raw = int.from_bytes(crypto.random_bytes(20), "big")
    groups = []
    for g in range(_GROUPS):
        data = [(raw >> (5 * (g * _DATA_PER_GROUP + i))) & 31 for i in range(_DATA_PER_GROUP)]
        check = _luhn_check([g, *data])
        groups.append("".join(_ALPHABET[s] for s in [*data, check]))
    return "-".join(groups)


def normalise_recovery_code(text: str) -> bytes:
    """Check a typed recovery code and return its canonical bytes; raise BadInput.

    Case, spaces and hyphens do not matter; I and L read as 1, O as 0. A typo names the
    group it is in.
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != _GROUPS * (_DATA_PER_GROUP + 1):
        raise BadInput(
            f"A recovery code has {_GROUPS} groups of {_DATA_PER_GROUP + 1} characters; "
            "check that you typed all of it."
        )
    out = []
    for g in range(_GROUPS):
        chunk = cleaned[g * 5 : g * 5 + 5]
        try:
            symbols = [_DECODE[c] for c in chunk]
        except KeyError:
            raise BadInput(
                f"Group {g + 1} of the recovery code has a character that is not in recovery codes."
            ) from None
        if _luhn_check([g, *symbols[:4]]) != symbols[4]:
            raise BadInput(f"Group {g + 1} of the recovery code has a typo; check it.")
        out.append("".join(_ALPHABET[s] for s in symbols))
    return "-".join(out).encode("ascii")


# -- the file -------------------------------------------------------------------------------


def _kdf_json(p: crypto.KdfParams) -> dict[str, Any]:
    return {
        "alg": "argon2id",
        "memory_kib": p.memory_kib,
        "iterations": p.iterations,
        "lanes": p.lanes,
    }


def _sealed_json(s: crypto.Sealed) -> dict[str, str]:
    return {
        "ephemeral": _b64(s.ephemeral),
        "nonce": _b64(s.nonce),
        "ciphertext": _b64(s.ciphertext),
    }


def _slot_json(s: Slot) -> dict[str, Any]:
    out: dict[str, Any] = {
        "user_id": s.user_id,
        "name": s.name,
        "kdf": _kdf_json(s.kdf),
        "salt": _b64(s.salt),
        "wrapped": {"nonce": _b64(s.wrapped_nonce), "ciphertext": _b64(s.wrapped)},
        "x25519_public": _b64(s.public.x25519),
        "ed25519_public": _b64(s.public.ed25519),
        "sealed_db_key": _sealed_json(s.sealed_key),
    }
    if s.pending_key is not None:
        out["pending_db_key"] = _sealed_json(s.pending_key)
    return out


def to_json(ksf: KeySlotFile) -> bytes:
    """Serialise to the documented JSON form."""
    doc: dict[str, Any] = {
        "format": FORMAT,
        "vault_id": ksf.vault_id,
        "db_salt": ksf.db_salt.hex(),
        "epoch": ksf.epoch,
        "slots": [_slot_json(s) for s in ksf.slots],
        "recovery": _slot_json(ksf.recovery) if ksf.recovery else None,
    }
    if ksf.pending_epoch is not None:
        doc["pending_epoch"] = ksf.pending_epoch
        doc["pending_db_salt"] = (ksf.pending_db_salt or b"").hex()
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _parse_sealed(d: Any) -> crypto.Sealed:
    return crypto.Sealed(
        _unb64(d["ephemeral"], 32), _unb64(d["nonce"], crypto.NONCE_SIZE), _unb64(d["ciphertext"])
    )


def _parse_slot(d: Any) -> Slot:
    kdf = d["kdf"]
    if kdf["alg"] != "argon2id":
        raise ValueError("unknown KDF")
    params = crypto.KdfParams(
        memory_kib=int(kdf["memory_kib"]),
        iterations=int(kdf["iterations"]),
        lanes=int(kdf["lanes"]),
    )
    params.validate()
    if not isinstance(d["user_id"], str) or not isinstance(d["name"], str):
        raise ValueError("bad user")
    pending = d.get("pending_db_key")
    return Slot(
        user_id=d["user_id"],
        name=d["name"],
        kdf=params,
        salt=_unb64(d["salt"], 16),
        wrapped_nonce=_unb64(d["wrapped"]["nonce"], crypto.NONCE_SIZE),
        wrapped=_unb64(d["wrapped"]["ciphertext"]),
        public=crypto.PublicIdentity(
            x25519=_unb64(d["x25519_public"], 32), ed25519=_unb64(d["ed25519_public"], 32)
        ),
        sealed_key=_parse_sealed(d["sealed_db_key"]),
        pending_key=_parse_sealed(pending) if pending else None,
    )


def from_json(data: bytes) -> KeySlotFile:
    """Parse ``keyslots.json``; raise BadInput if it is not one."""
    try:
        doc = json.loads(data.decode("utf-8"))
        if doc.get("format") != FORMAT:
            raise ValueError(f"unknown format {doc.get('format')!r}")
        uuid.UUID(doc["vault_id"])
        pending_epoch = doc.get("pending_epoch")
        return KeySlotFile(
            vault_id=str(doc["vault_id"]),
            db_salt=bytes.fromhex(doc["db_salt"]),
            epoch=int(doc["epoch"]),
            slots=tuple(_parse_slot(s) for s in doc["slots"]),
            recovery=_parse_slot(doc["recovery"]) if doc.get("recovery") else None,
            pending_epoch=int(pending_epoch) if pending_epoch is not None else None,
            pending_db_salt=bytes.fromhex(doc["pending_db_salt"])
            if pending_epoch is not None
            else None,
        )
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        log.warning("keyslots.json is malformed: %r", exc)
        raise BadInput(
            "The key slot file keyslots.json is malformed; restore it from a backup."
        ) from exc


def load(vault_dir: Path) -> KeySlotFile:
    """Read ``vault_dir/keyslots.json``; raise NotAVault if it is missing."""
    path = Path(vault_dir) / FILENAME
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotAVault(
            f"{vault_dir} has no key slot file (keyslots.json): it is not a Scellé vault, "
            "or the file was deleted and must be restored from a backup."
        ) from None
    except OSError as exc:
        raise BadInput(f"The key slot file in {vault_dir} cannot be read: {exc.strerror}.") from exc
    return from_json(data)


def save(vault_dir: Path, ksf: KeySlotFile) -> None:
    """Write ``keyslots.json`` atomically."""
    atomic_write(Path(vault_dir) / FILENAME, to_json(ksf))


__all__ = [
    "RECOVERY_ID",
    "KeySlotFile",
    "Slot",
    "field",
    "from_json",
    "load",
    "make_slot",
    "new_recovery_code",
    "normalise_recovery_code",
    "open_slot",
    "rewrap",
    "save",
    "to_json",
    "unseal_db_key",
]
