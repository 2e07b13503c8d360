"""Crashes: SIGKILL during appends and during a re-key never lose or corrupt anything."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scelle.core import users
from scelle.core import vault as vault_mod
from tests.conftest import PASSWORDS, open_as

APPENDER = r"""
import sys
from pathlib import Path
from scelle.core import vault
from scelle.core.permissions import Action
v = vault.unlock(Path(sys.argv[1]), "alice", "alice-password")
print("ready", flush=True)
n = 0
while True:
    if n % 3 == 0:
        with v.write() as w:  # a bulk transaction of many entries
            for _ in range(50):
                w.append(Action.JOURNAL_VIEW, "vault:test", {"since": n, "pad": "x" * 300})
    else:
        with v.write() as w:
            w.append(Action.JOURNAL_VIEW, "vault:test", {"since": n})
    n += 1
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_during_appends_never_breaks_the_vault(vault_path: Path) -> None:
    rng = random.Random(1234)
    env = dict(os.environ)
    seen_heads = []
    for _ in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", APPENDER, str(vault_path)], stdout=subprocess.PIPE, env=env
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        with vault_mod.unlock(vault_path, "alice", PASSWORDS["alice"]) as v:
            report = v.verify(full=True)
            assert report.intact, report.to_json()
            assert report.entries == report.head.seq  # contiguous from 1
            seen_heads.append(report.head.seq)
    assert seen_heads == sorted(seen_heads) and seen_heads[-1] > 100


def test_crash_after_rekey_before_slot_update_recovers(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database has the new key but keyslots.json still names it pending: the next
    unlock tries the pending key, opens the database and finishes the re-key."""
    import scelle.core.users as users_mod

    def crash(*_a: object, **_k: object) -> None:
        raise KeyboardInterrupt("power cut")

    v = open_as(vault_path, "alice")
    with monkeypatch.context() as m, pytest.raises(KeyboardInterrupt):
        m.setattr(users_mod, "_finish_rekey", crash)
        users.revoke_user(v, "bob", reason="test")
    v.close()
    pending = (vault_path / "keyslots.json").read_text()
    assert '"pending_epoch": 1' in pending
    with open_as(vault_path, "carol") as v2:
        assert v2.keyslots.epoch == 1 and v2.keyslots.pending_epoch is None
        assert v2.verify(full=True).intact
    assert '"pending_epoch"' not in (vault_path / "keyslots.json").read_text()


def test_crash_before_rekey_keeps_the_old_key(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """keyslots.json gained the pending key but the database was never re-keyed: the
    current key still opens it, and the revoked user's slot is already gone."""
    import scelle.core.users as users_mod

    real_save = users_mod.keyslots.save

    def save_then_crash(vault_dir: Path, ksf: object) -> None:
        real_save(vault_dir, ksf)  # type: ignore[arg-type]
        raise KeyboardInterrupt("power cut")

    v = open_as(vault_path, "alice")
    with monkeypatch.context() as m, pytest.raises(KeyboardInterrupt):
        m.setattr(users_mod.keyslots, "save", save_then_crash)
        users.revoke_user(v, "bob", reason="test")
    v.close()
    assert '"pending_epoch": 1' in (vault_path / "keyslots.json").read_text()
    with open_as(vault_path, "carol") as v2:
        assert v2.keyslots.epoch == 0
        assert v2.verify(full=True).intact
        assert v2.user_named("bob").status == "revoked"  # type: ignore[union-attr]
    with pytest.raises(vault_mod.AuthenticationFailed):
        open_as(vault_path, "bob")
