from __future__ import annotations

import uuid

import pytest

from scelle.core import crypto, keyslots
from scelle.core.errors import AuthenticationFailed, BadInput

KDF = crypto.KdfParams(memory_kib=1024, iterations=1, lanes=1)
VAULT = str(uuid.uuid4())


def test_seal_opens_only_for_the_recipient_and_its_context() -> None:
    alice, bob = crypto.Identity.generate(), crypto.Identity.generate()
    sealed = crypto.seal(alice.public.x25519, b"k" * 32, b"ctx")
    assert alice.unseal(sealed, b"ctx") == b"k" * 32
    with pytest.raises(crypto.DecryptionFailed):
        bob.unseal(sealed, b"ctx")
    with pytest.raises(crypto.DecryptionFailed):
        alice.unseal(sealed, b"other context")
    broken = crypto.Sealed(sealed.ephemeral, sealed.nonce, sealed.ciphertext[:-1] + b"\0")
    with pytest.raises(crypto.DecryptionFailed):
        alice.unseal(broken, b"ctx")


def test_slot_round_trip_and_binding() -> None:
    ident = crypto.Identity.generate()
    slot = keyslots.make_slot(
        vault_id=VAULT,
        user_id="u1",
        name="alice",
        secret=b"pw",
        identity=ident,
        db_key=b"d" * 32,
        epoch=3,
        kdf=KDF,
    )
    ksf = keyslots.KeySlotFile(vault_id=VAULT, db_salt=b"s" * 16, epoch=3, slots=(slot,))
    again = keyslots.from_json(keyslots.to_json(ksf))
    assert again == ksf
    opened = keyslots.open_slot(VAULT, again.slots[0], b"pw")
    assert opened.public == ident.public
    assert keyslots.unseal_db_key(VAULT, slot, opened, 3) == b"d" * 32
    with pytest.raises(AuthenticationFailed):
        keyslots.open_slot(VAULT, slot, b"wrong")
    with pytest.raises(AuthenticationFailed):  # another vault's id in the AAD
        keyslots.open_slot(str(uuid.uuid4()), slot, b"pw")
    with pytest.raises(AuthenticationFailed):  # another epoch in the AAD
        keyslots.unseal_db_key(VAULT, slot, opened, 4)


def test_rewrap_changes_password_not_keys() -> None:
    ident = crypto.Identity.generate()
    slot = keyslots.make_slot(
        vault_id=VAULT,
        user_id="u1",
        name="a",
        secret=b"old",
        identity=ident,
        db_key=b"d" * 32,
        epoch=0,
        kdf=KDF,
    )
    new = keyslots.rewrap(VAULT, slot, ident, b"new")
    assert keyslots.open_slot(VAULT, new, b"new").public == ident.public
    with pytest.raises(AuthenticationFailed):
        keyslots.open_slot(VAULT, new, b"old")


def test_recovery_code_format_and_typos() -> None:
    code = keyslots.new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    canonical_code = keyslots.normalise_recovery_code(code)
    assert keyslots.normalise_recovery_code(code.lower().replace("-", " ")) == canonical_code
    # Every single-symbol substitution is caught and the group is named.
    for position in (0, 7, 23, 39):
        raw = code.replace("-", "")
        wrong = "0" if raw[position] != "0" else "1"
        typo = raw[:position] + wrong + raw[position + 1 :]
        with pytest.raises(BadInput, match=f"Group {position // 5 + 1} "):
            keyslots.normalise_recovery_code(typo)
    with pytest.raises(BadInput, match="8 groups"):
        keyslots.normalise_recovery_code(code[:-3])
    # Swapping two whole groups is caught (the group index is in each check).
    g = code.split("-")
    if g[0] != g[1]:
        with pytest.raises(BadInput):
            keyslots.normalise_recovery_code("-".join([g[1], g[0], *g[2:]]))


def test_recovery_code_ambiguous_letters() -> None:
    code = keyslots.new_recovery_code()
    assert keyslots.normalise_recovery_code(code.replace("1", "I").replace("0", "O")) == (
        keyslots.normalise_recovery_code(code)
    )


def test_kdf_parameters_from_file_are_bounded() -> None:
    with pytest.raises(ValueError):
        crypto.KdfParams(memory_kib=10**9).validate()
    with pytest.raises(ValueError):
        crypto.KdfParams(iterations=0).validate()
