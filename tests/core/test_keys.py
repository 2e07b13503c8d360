from __future__ import annotations

import hashlib
import subprocess
import sys
import time
import uuid
from pathlib import Path

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


# -- the batch signing helper process -------------------------------------------------------


def test_batch_signer_signs_each_hash_in_order() -> None:
    identity = crypto.Identity.generate()
    signer = crypto.BatchSigner(identity)
    try:
        batches = [
            [hashlib.sha256(b"%d-%d" % (b, i)).digest() for i in range(n)]
            for b, n in ((1, 3), (2, 700), (3, 1))
        ]
        pending = [signer.submit(batch) for batch in batches]
        for batch, p in zip(batches, pending, strict=True):
            sigs = p.result()
            assert len(sigs) == len(batch)
            for message, sig in zip(batch, sigs, strict=True):
                assert crypto.signature_valid(identity.public.ed25519, sig, message)
            # a signature of another message does not pass for this one
            assert not crypto.signature_valid(identity.public.ed25519, sigs[0], b"\xff" * 32)
        assert signer.submit([]).result() == []
    finally:
        signer.close()


def test_batch_signer_refuses_anything_but_entry_hashes() -> None:
    signer = crypto.BatchSigner(crypto.Identity.generate())
    try:
        with pytest.raises(ValueError):
            signer.submit([b"\x00" * 31])
        with pytest.raises(ValueError):
            signer.submit([b"\x00" * 32, b"\x00" * 33])
    finally:
        signer.close()


def test_a_killed_signing_helper_is_an_error_not_a_hang() -> None:
    signer = crypto.BatchSigner(crypto.Identity.generate())
    try:
        signer.submit([b"\x01" * 32]).result()
        assert signer._process is not None
        signer._process.kill()
        signer._process.join(timeout=10)
        with pytest.raises(crypto.SignerFailed):
            signer.submit([b"\x02" * 32]).result()
    finally:
        signer.close()


def test_the_signing_helper_ends_when_its_parent_dies(tmp_path: Path) -> None:
    """The helper holds a private key: it must not outlive a crashed application."""
    script = tmp_path / "parent.py"
    script.write_text(
        "import os, sys\n"
        "from scelle.core import crypto\n"
        "if __name__ == '__main__':\n"
        "    s = crypto.BatchSigner(crypto.Identity.generate())\n"
        "    s.submit([b'\\x00' * 32]).result()\n"
        "    print(s._process.pid, flush=True)\n"
        "    os._exit(9)\n"
    )
    out = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )
    assert out.returncode == 9, out.stderr
    helper = int(out.stdout.strip())
    deadline = time.monotonic() + 20
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(helper)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"  # a zombie has exited; only its parent (gone) would reap it
