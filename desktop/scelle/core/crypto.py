"""All cryptography of Scellé, on ``cryptography``'s primitives only (DESIGN §3).

This is the only module that imports ``cryptography.hazmat``. Nothing here is home-made:
Argon2id derives keys from passwords, AES-256-GCM wraps secrets, X25519 + HKDF-SHA256 +
AES-256-GCM seals a secret to a public key, Ed25519 signs journal entries.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_SIZE = 32
NONCE_SIZE = 12

_RAW = serialization.Encoding.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_NO_ENC = serialization.NoEncryption()


class DecryptionFailed(Exception):
    """An AEAD tag did not verify: wrong key, altered ciphertext or wrong associated data.

    Internal: callers translate it into the user-facing error that fits (usually
    ``AuthenticationFailed``), so that a wrong password and an altered slot look alike.
    """


def random_bytes(n: int) -> bytes:
    """Return ``n`` bytes from the operating system's CSPRNG."""
    return os.urandom(n)


def sha256(data: bytes) -> bytes:
    """Return SHA-256 of ``data``."""
    return hashlib.sha256(data).digest()


# -- password-based key derivation ----------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class KdfParams:
    """Argon2id cost parameters, stored with every slot so that they can change later."""

    memory_kib: int = 65536  # RFC 9106 §4, second recommended option
    iterations: int = 3
    lanes: int = 4

    def validate(self) -> None:
        """Raise ValueError for parameters outside the range we accept from a file."""
        if not (8 * self.lanes <= self.memory_kib <= 4 * 1024 * 1024):
            raise ValueError("Argon2id memory out of range")
        if not (1 <= self.iterations <= 64) or not (1 <= self.lanes <= 64):
            raise ValueError("Argon2id passes or lanes out of range")


DEFAULT_KDF = KdfParams()


def derive_key(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 256-bit key from a password or recovery code with Argon2id."""
    params.validate()
    kdf = Argon2id(
        salt=salt,
        length=KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


# -- authenticated encryption ---------------------------------------------------------------


def aead_encrypt(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    """Encrypt with AES-256-GCM under a fresh random nonce; return ``(nonce, ciphertext)``."""
    nonce = random_bytes(NONCE_SIZE)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def aead_decrypt(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    """Decrypt AES-256-GCM; raise DecryptionFailed if anything does not authenticate."""
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError) as exc:
        raise DecryptionFailed from exc


# -- identities -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PublicIdentity:
    """A user's public keys: X25519 for sealing to, Ed25519 for verifying signatures."""

    x25519: bytes
    ed25519: bytes


class Identity:
    """A user's private keys; never written anywhere unwrapped."""

    __slots__ = ("_ed", "_x")

    def __init__(self, x25519_private: bytes, ed25519_private: bytes) -> None:
        self._x = X25519PrivateKey.from_private_bytes(x25519_private)
        self._ed = Ed25519PrivateKey.from_private_bytes(ed25519_private)

    @classmethod
    def generate(cls) -> Identity:
        """Create a new identity from fresh randomness."""
        x = X25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, _NO_ENC)
        ed = Ed25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, _NO_ENC)
        return cls(x, ed)

    def private_bytes(self) -> bytes:
        """The 64 bytes ``x25519_private ‖ ed25519_private``, for wrapping in a key slot."""
        return self._x.private_bytes(_RAW, _RAW_PRIV, _NO_ENC) + self._ed.private_bytes(
            _RAW, _RAW_PRIV, _NO_ENC
        )

    @classmethod
    def from_private_bytes(cls, data: bytes) -> Identity:
        """Inverse of :meth:`private_bytes`."""
        if len(data) != 64:
            raise ValueError("identity must be 64 bytes")
        return cls(data[:32], data[32:])

    @property
    def public(self) -> PublicIdentity:
        """The public half."""
        return PublicIdentity(
            x25519=self._x.public_key().public_bytes(_RAW, _RAW_PUB),
            ed25519=self._ed.public_key().public_bytes(_RAW, _RAW_PUB),
        )

    def sign(self, message: bytes) -> bytes:
        """Ed25519 signature of ``message``."""
        return self._ed.sign(message)

    def unseal(self, sealed: Sealed, aad: bytes) -> bytes:
        """Open a secret sealed to this identity's X25519 key; raise DecryptionFailed."""
        try:
            shared = self._x.exchange(X25519PublicKey.from_public_bytes(sealed.ephemeral))
        except ValueError as exc:
            raise DecryptionFailed from exc
        recipient = self.public.x25519
        key = _seal_key(shared, sealed.ephemeral, recipient, aad)
        return aead_decrypt(key, sealed.nonce, sealed.ciphertext, aad)


@lru_cache(maxsize=4096)
def _ed25519_public(key: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(key)


def signature_valid(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``message`` by ``public_key``.

    Returns a bool rather than raising because the verifier records every problem it finds
    instead of stopping at the first; callers must act on ``False``.
    """
    try:
        _ed25519_public(bytes(public_key)).verify(bytes(signature), bytes(message))
    except (InvalidSignature, ValueError):
        return False
    return True


# -- sealing to a public key ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sealed:
    """A secret sealed to an X25519 public key (ephemeral key, nonce, ciphertext + tag)."""

    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes


def _seal_key(shared: bytes, ephemeral: bytes, recipient: bytes, aad: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_SIZE,
        salt=ephemeral + recipient,
        info=b"scelle/seal/v1\x00" + aad,
    ).derive(shared)


def seal(recipient_x25519: bytes, secret: bytes, aad: bytes) -> Sealed:
    """Seal ``secret`` so that only the holder of the X25519 private key can open it.

    ECIES-style: a fresh ephemeral X25519 key agrees a shared secret with the recipient,
    HKDF-SHA256 (salt = ephemeral ‖ recipient public key, info = tag ‖ aad) turns it into
    an AES-256-GCM key, and ``aad`` is also the GCM associated data.
    """
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(_RAW, _RAW_PUB)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient_x25519))
    key = _seal_key(shared, eph_pub, recipient_x25519, aad)
    nonce, ct = aead_encrypt(key, secret, aad)
    return Sealed(eph_pub, nonce, ct)


# -- batch signing in a helper process ------------------------------------------------------

SIGNED_MESSAGE_SIZE = 32  # the helper signs entry hashes only
_SIGNATURE_SIZE = 64


def _batch_signer_main(conn: Any) -> None:
    """The helper process: receive the Ed25519 key, then sign batches of 32-byte messages.

    Everything travels as raw bytes over one pipe (no pickling, no executor threads that
    would compete for the writer's GIL). The helper ends when the pipe closes: when the
    vault locks, or when the process that started it dies.
    """
    try:
        key = Ed25519PrivateKey.from_private_bytes(conn.recv_bytes())
        while batch := conn.recv_bytes():
            conn.send_bytes(
                b"".join(
                    key.sign(batch[i : i + SIGNED_MESSAGE_SIZE])
                    for i in range(0, len(batch), SIGNED_MESSAGE_SIZE)
                )
            )
    except (EOFError, OSError):
        pass
    finally:
        conn.close()


class SignerFailed(RuntimeError):
    """The signing helper process stopped before returning a batch's signatures."""


class _PendingSignatures:
    """The signatures of one submitted batch, collected in submission order."""

    def __init__(self, signer: BatchSigner, count: int) -> None:
        self._signer = signer
        self.count = count
        self.value: list[bytes] | None = None

    def result(self) -> list[bytes]:
        """Wait for this batch's signatures (earlier batches are collected first)."""
        while self.value is None:
            self._signer._collect_one()
        return self.value


class BatchSigner:
    """Signs batches of entry hashes in one helper process, so that a bulk writer's own
    thread keeps encoding and storing meanwhile (Ed25519 signing is a third of an append's
    cost).

    The helper holds only the Ed25519 private key, is started on first use and stopped by
    :meth:`close` (when the vault locks); it exits by itself if this process dies.
    """

    def __init__(self, identity: Identity) -> None:
        self._key = identity._ed.private_bytes(_RAW, _RAW_PRIV, _NO_ENC)
        self._conn: Any = None
        self._process: Any = None
        self._waiting: list[_PendingSignatures] = []

    def _start(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe(duplex=True)
        process = ctx.Process(
            target=_batch_signer_main, args=(child,), name="scelle-signer", daemon=True
        )
        process.start()
        child.close()
        parent.send_bytes(self._key)
        self._conn, self._process = parent, process

    def submit(self, messages: list[bytes]) -> _PendingSignatures:
        """The pending signatures of ``messages`` (each 32 bytes), in order."""
        if any(len(m) != SIGNED_MESSAGE_SIZE for m in messages):
            raise ValueError("the batch signer signs 32-byte entry hashes only")
        if not messages:
            pending = _PendingSignatures(self, 0)
            pending.value = []
            return pending
        if self._conn is None:
            self._start()
        # One batch in flight at a time: the helper never blocks on a full pipe while this
        # process blocks sending to it.
        while self._waiting:
            self._collect_one()
        pending = _PendingSignatures(self, len(messages))
        try:
            self._conn.send_bytes(b"".join(messages))
        except OSError as exc:
            self.close()
            raise SignerFailed("the signing helper process stopped") from exc
        self._waiting.append(pending)
        return pending

    def _collect_one(self) -> None:
        if not self._waiting or self._conn is None:
            raise SignerFailed("no batch is being signed")
        pending = self._waiting.pop(0)
        try:
            data = self._conn.recv_bytes()
        except (EOFError, OSError) as exc:
            self.close()
            raise SignerFailed("the signing helper process stopped") from exc
        if len(data) != pending.count * _SIGNATURE_SIZE:
            self.close()
            raise SignerFailed("the signing helper process returned a short batch")
        pending.value = [
            data[i : i + _SIGNATURE_SIZE] for i in range(0, len(data), _SIGNATURE_SIZE)
        ]

    def close(self) -> None:
        """Stop the helper process (closing the pipe ends it)."""
        conn, process = self._conn, self._process
        self._conn = self._process = None
        self._waiting.clear()
        if conn is not None:
            conn.close()
        if process is not None:
            process.join(timeout=2)
            if process.is_alive():
                process.kill()
