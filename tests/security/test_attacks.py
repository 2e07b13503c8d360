"""Attacks on the vault and the journal (issue #3): each gives the documented exit status
and one clear sentence naming what is wrong, and the seq where there is one.

Every attack here is made with the real database key, directly on the SQLCipher file, as
an insider with ``scelle db-key`` could; the defences under test are verification,
witnesses and key-slot checks, not the triggers (which the attacks drop first).
"""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from scelle import cli
from scelle.core import keyslots, users
from scelle.core import vault as vault_mod
from scelle.core.errors import AuthenticationFailed, VaultDamaged
from tests.conftest import PASSWORDS, open_as
from tests.security.helpers import db_key, raw, tamper


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    code = cli.main(list(argv), stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    return code, out, err


def verify_plain(
    capsys: pytest.CaptureFixture[str],
    path: Path,
    user: str,
    *extra: str,
    stdin: str | None = None,
) -> tuple[int, str, str]:
    """``scelle verify [extra…]`` as ``user`` (password on standard input)."""
    return run(
        capsys,
        "verify",
        "--vault",
        str(path),
        "--user",
        user,
        "--password-stdin",
        *extra,
        stdin=PASSWORDS[user] + "\n" if stdin is None else stdin,
    )


def verify(
    capsys: pytest.CaptureFixture[str], path: Path, *extra: str, user: str = "alice"
) -> tuple[int, dict[str, object], str]:
    code, out, err = verify_plain(capsys, path, user, "--json", *extra)
    return code, json.loads(out) if out.strip() else {}, err


def verify_text(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> tuple[int, str]:
    code, _out, err = verify_plain(capsys, path, "alice", *extra)
    return code, err


def one_sentence(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("scelle: error: ")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def problem_seqs(doc: dict[str, object]) -> set[object]:
    problems = doc["problems"]
    assert isinstance(problems, list)
    return {p["seq"] for p in problems}


def problem_kinds(doc: dict[str, object]) -> set[object]:
    problems = doc["problems"]
    assert isinstance(problems, list)
    return {p["kind"] for p in problems}


# -- authentication --------------------------------------------------------------------------


def test_wrong_password_and_unknown_user_say_the_same(vault_path: Path, capsys) -> None:
    code1, _, err1 = verify_plain(capsys, vault_path, "alice", stdin="not-her-password\n")
    code2, _, err2 = verify_plain(capsys, vault_path, "mallory", stdin="whatever-password\n")
    assert code1 == code2 == 3
    assert (
        one_sentence(err1)
        == one_sentence(err2)
        == ("scelle: error: The user name or password is wrong.")
    )


def test_failed_attempts_are_journaled_at_next_unlock(vault_path: Path, capsys) -> None:
    verify_plain(capsys, vault_path, "alice", stdin="guess-one\n")
    verify_plain(capsys, vault_path, "nobody", stdin="guess-two\n")
    code, out, _ = run(
        capsys,
        "journal",
        "--vault",
        str(vault_path),
        "--user",
        "dave",
        "--password-stdin",
        "--json",
        stdin=PASSWORDS["dave"] + "\n",
    )
    assert code == 0
    failed = [e["payload"]["attempt"] for e in json.loads(out) if e["action"] == "auth.failed"]
    assert [(f["user"], f["reason"]) for f in failed] == [
        ("alice", "wrong password"),
        ("nobody", "unknown user"),
    ]
    assert not (vault_path / vault_mod.FAILURES_NAME).exists()


def test_revoked_user_and_old_slot_open_nothing(vault_path: Path, capsys) -> None:
    old_slots = (vault_path / "keyslots.json").read_bytes()
    with open_as(vault_path, "alice") as v:
        users.revoke_user(v, "bob", reason="left the unit")
    code, _, err = verify_plain(capsys, vault_path, "bob")
    assert code == 3
    assert one_sentence(err) == "scelle: error: The user name or password is wrong."
    # Put the old key slot file back: bob's slot unseals the previous key, which no longer
    # opens the re-keyed database.
    (vault_path / "keyslots.json").write_bytes(old_slots)
    with pytest.raises(AuthenticationFailed):
        vault_mod.unlock(vault_path, "bob", PASSWORDS["bob"])
    # And the old key itself opens nothing.
    old = keyslots.from_json(old_slots)
    slot = old.slot_named("bob")
    assert slot is not None
    identity = keyslots.open_slot(old.vault_id, slot, PASSWORDS["bob"].encode())
    old_key = keyslots.unseal_db_key(old.vault_id, slot, identity, old.epoch)
    conn = raw(vault_path, old_key)
    with pytest.raises(Exception, match="not a database"):
        conn.execute("SELECT count(*) FROM journal").fetchone()
    conn.close()


def test_swapped_slot_within_the_vault_is_refused(vault_path: Path, capsys) -> None:
    """Bob's slot renamed to carol's keys: the journal's record of carol's keys differs."""
    doc = json.loads((vault_path / "keyslots.json").read_text())
    slots = {s["name"]: s for s in doc["slots"]}
    # carol's name and id on bob's wrapped keys: bob's password then opens "carol".
    forged = dict(slots["bob"], name="carol", user_id=slots["carol"]["user_id"])
    doc["slots"] = [s for s in doc["slots"] if s["name"] not in ("carol",)] + [forged]
    doc["slots"] = [s for s in doc["slots"] if s is not slots["bob"]]
    (vault_path / "keyslots.json").write_text(json.dumps(doc))
    code, _, err = verify_plain(capsys, vault_path, "carol", stdin=PASSWORDS["bob"] + "\n")
    assert code == 3  # the wrapped keys are bound to bob's user id (AAD): they do not open
    one_sentence(err)


def test_slot_with_planted_public_keys_is_refused(vault_path: Path, capsys) -> None:
    """A slot whose keys were replaced by the attacker's own: the journal disagrees."""
    from scelle.core import crypto

    ksf = keyslots.load(vault_path)
    carol = ksf.slot_named("carol")
    assert carol is not None
    with open_as(vault_path, "alice") as v:
        key = v.db_key
    mine = keyslots.make_slot(
        vault_id=ksf.vault_id,
        user_id=carol.user_id,
        name="carol",
        secret=b"attacker-password",
        identity=crypto.Identity.generate(),
        db_key=key,
        epoch=ksf.epoch,
        kdf=carol.kdf,
    )
    keyslots.save(vault_path, ksf.with_slot(mine))
    code, _, err = verify_plain(capsys, vault_path, "carol", stdin="attacker-password\n")
    assert code == 3
    assert "does not match the keys the journal recorded" in one_sentence(err)


# -- not a vault, damaged files ---------------------------------------------------------------


def test_path_that_is_not_a_vault(tmp_path: Path, capsys) -> None:
    (tmp_path / "folder").mkdir()
    for target in (tmp_path / "missing", tmp_path / "folder"):
        code, _, err = verify_plain(capsys, target, "alice", stdin="x\n")
        assert code == 2
        assert "not a Scellé vault" in one_sentence(err) or "no vault" in err


@pytest.mark.parametrize("damage", ["empty", "random", "truncated"])
def test_damaged_database(vault_path: Path, capsys, damage: str) -> None:
    db = vault_path / "vault.db"
    data = db.read_bytes()
    if damage == "empty":
        db.write_bytes(b"")
    elif damage == "random":
        db.write_bytes(os.urandom(len(data)))
    else:
        db.write_bytes(data[: len(data) // 2 + 100])
    code, _, err = verify_plain(capsys, vault_path, "alice")
    assert code == 1
    sentence = one_sentence(err)
    assert {"empty": "is empty", "random": "does not belong", "truncated": "truncated"}[
        damage
    ] in sentence


def test_database_truncated_to_whole_pages(vault_path: Path) -> None:
    """Cut at a page boundary: the size checks pass, SQLCipher or verification must not."""
    db = vault_path / "vault.db"
    data = db.read_bytes()
    db.write_bytes(data[: (len(data) // 4096 // 2) * 4096])
    with pytest.raises((VaultDamaged, AuthenticationFailed)):
        vault_mod.unlock(vault_path, "alice", PASSWORDS["alice"])


def test_keyslots_from_another_vault(vault_path: Path, tmp_path: Path, capsys) -> None:
    from tests.conftest import CHEAP_KDF

    other = vault_mod.create(
        tmp_path / "other.scelle",
        admin_name="alice",
        admin_password=PASSWORDS["alice"],
        kdf=CHEAP_KDF,
    )
    other.vault.close()
    shutil.copy(tmp_path / "other.scelle" / "keyslots.json", vault_path / "keyslots.json")
    code, _, err = verify_plain(capsys, vault_path, "alice")
    assert code == 1
    assert "does not belong with its key slot file" in one_sentence(err)


def test_deleted_keyslots(vault_path: Path, capsys) -> None:
    (vault_path / "keyslots.json").unlink()
    code, _, err = verify_plain(capsys, vault_path, "alice")
    assert code == 2
    assert "no key slot file" in one_sentence(err)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b'{"format": "other"}',
        b'{"format": "scelle-keyslots/1", "vault_id": "x"}',
    ],
)
def test_malformed_keyslots(vault_path: Path, capsys, content: bytes) -> None:
    (vault_path / "keyslots.json").write_bytes(content)
    code, _, err = verify_plain(capsys, vault_path, "alice")
    assert code == 2
    assert "keyslots.json is malformed" in one_sentence(err)


def test_altered_wrapped_key_looks_like_a_wrong_password(vault_path: Path, capsys) -> None:
    doc = json.loads((vault_path / "keyslots.json").read_text())
    slot = next(s for s in doc["slots"] if s["name"] == "alice")
    ct = bytearray(__import__("base64").b64decode(slot["wrapped"]["ciphertext"]))
    ct[5] ^= 1
    slot["wrapped"]["ciphertext"] = __import__("base64").b64encode(bytes(ct)).decode()
    (vault_path / "keyslots.json").write_text(json.dumps(doc))
    code, _, err = verify_plain(capsys, vault_path, "alice")
    assert code == 3
    assert one_sentence(err) == "scelle: error: The user name or password is wrong."


# -- the journal, attacked with the real key --------------------------------------------------


def test_clean_vault_without_witness_gives_no_false_alarm(vault_path: Path, capsys) -> None:
    code, doc, _ = verify(capsys, vault_path, "--full")
    assert code == 0
    assert doc["intact"] is True and doc["problems"] == []
    assert isinstance(doc["head"], dict) and doc["entries"] == doc["head"]["seq"]


def test_changed_payload_byte(vault_path: Path, capsys) -> None:
    key = db_key(vault_path)
    tamper(
        vault_path,
        key,
        "UPDATE journal_payload SET body = replace(body, 'bob', 'bab') WHERE seq = 2",
    )
    code, doc, _ = verify(capsys, vault_path, "--full")
    assert code == 1 and doc["intact"] is False
    assert 2 in problem_seqs(doc) and "payload" in problem_kinds(doc)
    code, err = verify_text(capsys, vault_path, "--full")
    assert code == 1
    assert "#2" in one_sentence(err)


def test_edited_journal_row(vault_path: Path, capsys) -> None:
    key = db_key(vault_path)
    tamper(vault_path, key, "UPDATE journal SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 3")
    code, doc, _ = verify(capsys, vault_path, "--full")
    assert code == 1
    assert 3 in problem_seqs(doc) and "entry_hash" in problem_kinds(doc)


def test_edited_row_with_hash_recomputed_breaks_signature_or_chain(
    vault_path: Path, capsys
) -> None:
    """The attacker rewrites an entry and recomputes its hash: the signature fails."""
    from scelle.core import journal

    key = db_key(vault_path)
    conn = raw(vault_path, key)
    row = conn.execute(
        "SELECT seq, at, actor, action, subject, payload_hash, prev_hash FROM journal WHERE seq = 3"
    ).fetchone()
    vault_id = conn.execute("SELECT value FROM settings WHERE key='vault_id'").fetchone()[0]
    conn.close()
    new_hash = journal.entry_hash(
        bytes(row[6]),
        journal.header_bytes(
            vault_id=vault_id, seq=3, at=row[1], actor=row[2], action=row[3], subject="user:forged"
        ),
        bytes(row[5]),
    )
    tamper(
        vault_path,
        key,
        f"UPDATE journal SET subject = 'user:forged', "
        f"entry_hash = x'{new_hash.hex()}' WHERE seq = 3",
    )
    code, doc, _ = verify(capsys, vault_path, "--full")
    assert code == 1
    assert {3, 4} <= problem_seqs(doc)  # 3's signature, 4's link
    assert {"signature", "chain"} <= problem_kinds(doc)


def test_deleted_last_entry_is_caught_by_the_witness(vault_path: Path, capsys) -> None:
    key = db_key(vault_path)  # this unlock writes the witness
    conn = raw(vault_path, key)
    last = conn.execute("SELECT max(seq) FROM journal").fetchone()[0]
    conn.close()
    tamper(
        vault_path,
        key,
        f"DELETE FROM journal WHERE seq = {last}",
        f"DELETE FROM journal_payload WHERE seq = {last}",
    )
    code, doc, _ = verify(capsys, vault_path)
    assert code == 1
    assert last in problem_seqs(doc) and "rollback" in problem_kinds(doc)


def test_deleted_middle_entry(vault_path: Path, capsys) -> None:
    key = db_key(vault_path)
    tamper(
        vault_path,
        key,
        "DELETE FROM journal WHERE seq = 3",
        "DELETE FROM journal_payload WHERE seq = 3",
    )
    code, doc, _ = verify(capsys, vault_path, "--full")
    assert code == 1
    assert 3 in problem_seqs(doc) and "gap" in problem_kinds(doc)


def test_two_entries_swapped(vault_path: Path, capsys) -> None:
    key = db_key(vault_path)
    cols = "at, actor, action, subject, payload_hash, prev_hash, entry_hash, signature"
    tamper(
        vault_path,
        key,
        "CREATE TEMP TABLE t AS SELECT * FROM journal WHERE seq IN (3, 4)",
        "CREATE TEMP TABLE p AS SELECT * FROM journal_payload WHERE seq IN (3, 4)",
        "DELETE FROM journal WHERE seq IN (3, 4)",
        "DELETE FROM journal_payload WHERE seq IN (3, 4)",
        f"INSERT INTO journal (seq, {cols}) SELECT 7 - seq, {cols} FROM t",
        "INSERT INTO journal_payload (seq, body, redacted_by) "
        "SELECT 7 - seq, body, redacted_by FROM p",
    )
    code, doc, _ = verify(capsys, vault_path, "--full")
    assert code == 1
    assert {3, 4} <= problem_seqs(doc)


def test_insert_or_replace_is_stopped_by_the_trigger(vault_path: Path) -> None:
    key = db_key(vault_path)
    conn = raw(vault_path, key)
    try:
        with pytest.raises(Exception, match="journal"):
            conn.execute("INSERT OR REPLACE INTO journal SELECT * FROM journal WHERE seq = 2")
        with pytest.raises(Exception, match="journal"):
            conn.execute("INSERT OR REPLACE INTO journal_payload (seq, body) VALUES (2, '{}')")
        with pytest.raises(Exception, match="journal"):
            conn.execute("UPDATE journal SET actor = 'x' WHERE seq = 2")
        with pytest.raises(Exception, match="journal"):
            conn.execute("DELETE FROM journal WHERE seq = 2")
        with pytest.raises(Exception, match="journal"):
            conn.execute("UPDATE journal_payload SET body = '{}' WHERE seq = 2")
    finally:
        conn.close()


def test_insert_or_replace_without_triggers_is_detected(vault_path: Path, capsys) -> None:
    key = db_key(vault_path)
    tamper(
        vault_path,
        key,
        "INSERT OR REPLACE INTO journal_payload (seq, body) VALUES (2, '{\"user\":null}')",
        "INSERT OR REPLACE INTO journal (seq, at, actor, action, subject, payload_hash,"
        " prev_hash, entry_hash, signature) SELECT seq, at, actor, action, 'user:x',"
        " payload_hash, prev_hash, entry_hash, signature FROM journal WHERE seq = 2",
    )
    code, doc, _ = verify(capsys, vault_path, "--full")
    assert code == 1
    assert 2 in problem_seqs(doc)


def test_projection_row_changed_without_journal_entry(vault_path: Path, capsys) -> None:
    key = db_key(vault_path)
    tamper(vault_path, key, "UPDATE users SET role = 'admin' WHERE name = 'bob'")
    code, doc, _ = verify(capsys, vault_path, "--full")
    assert code == 1
    assert "projection" in problem_kinds(doc)
    problems = doc["problems"]
    assert isinstance(problems, list)
    assert any("users" in p["detail"] for p in problems)


def test_whole_vault_rolled_back_to_an_older_copy(vault_path: Path, tmp_path: Path, capsys) -> None:
    backup = tmp_path / "backup.scelle"
    shutil.copytree(vault_path, backup)
    with open_as(vault_path, "alice") as v:
        users.add_user(v, "erin", users.parse_role("investigator"), "erin-password")
    shutil.rmtree(vault_path)
    shutil.copytree(backup, vault_path)
    code, doc, _ = verify(capsys, vault_path)
    assert code == 1
    assert "rollback" in problem_kinds(doc)
    code, err = verify_text(capsys, vault_path)
    assert code == 1
    assert "rolled back" in one_sentence(err)


def test_tampering_after_checkpoint_is_caught_at_unlock(vault_path: Path, capsys) -> None:
    """Entries after the last verified checkpoint are verified by every unlock."""
    key = db_key(vault_path)
    with open_as(vault_path, "alice") as v:
        users.add_user(v, "frank", users.parse_role("auditor"), "frank-password")
        seq = v.head().seq
    tamper(
        vault_path,
        key,
        f"UPDATE journal_payload SET body = replace(body, 'auditor', 'admin') WHERE seq = {seq}",
    )
    code, _, err = run(
        capsys,
        "user",
        "list",
        "--vault",
        str(vault_path),
        "--user",
        "alice",
        "--password-stdin",
        stdin=PASSWORDS["alice"] + "\n",
    )
    assert code == 1
    assert f"#{seq}" in one_sentence(err)
