"""The worked example of docs/FORMAT.md, recomputed with the project's own code.

``tests/vectors/worked_example.json`` holds the example's values; this module recomputes
every one of them with ``scelle.core`` and checks that the values quoted in FORMAT.md are
the same, so that the document, the vectors and the code cannot drift apart.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from scelle.core import canonical, crypto, journal, keyslots, permissions, projection, witness

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors" / "worked_example.json"
DOC = ROOT / "docs" / "FORMAT.md"
ENTRIES = ("entry1", "entry2")


@pytest.fixture(scope="module")
def vec() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(VECTORS.read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text("utf-8")


def _identity(vec: dict[str, Any], who: str) -> crypto.Identity:
    k = vec["keys"][who]
    return crypto.Identity(bytes.fromhex(k["x25519_private"]), bytes.fromhex(k["ed25519_seed"]))


def _at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


# -- the values, recomputed -----------------------------------------------------------------


@pytest.mark.parametrize("who", ["admin", "recovery", "zoe"])
def test_public_keys_follow_from_the_private_keys(vec: dict[str, Any], who: str) -> None:
    public = _identity(vec, who).public
    assert public.ed25519.hex() == vec["keys"][who]["ed25519_public"]
    assert public.x25519.hex() == vec["keys"][who]["x25519_public"]


def test_constants(vec: dict[str, Any]) -> None:
    assert journal.DOMAIN_TAG == b"scelle/journal/v1\x00"
    assert vec["domain_tag"] == journal.DOMAIN_TAG.hex()
    assert vec["genesis_prev_hash"] == journal.GENESIS_PREV.hex() == "00" * 32
    assert journal.CLOCK_TOLERANCE.total_seconds() == 300
    assert witness.FORMAT == "scelle-witness/1"
    assert keyslots.FORMAT == "scelle-keyslots/1"


@pytest.mark.parametrize("name", ENTRIES)
def test_entry_hashes_and_signature(vec: dict[str, Any], name: str) -> None:
    e = vec[name]
    text = canonical.dumps(e["payload"])
    assert text == e["payload_canonical"]
    assert text.encode("utf-8").hex() == e["payload_utf8"]
    payload_hash = crypto.sha256(text.encode("utf-8"))
    assert payload_hash.hex() == e["payload_hash"]

    header = journal.header_bytes(
        vault_id=vec["vault_id"],
        seq=e["seq"],
        at=e["at"],
        actor=e["actor"],
        action=e["action"],
        subject=e["subject"],
    )
    assert header.hex() == e["header_bytes"]
    assert header.decode("utf-8") == e["header_canonical"]

    prev = bytes.fromhex(e["prev_hash"])
    assert (journal.DOMAIN_TAG + prev + header + payload_hash).hex() == e["entry_hash_input"]
    digest = journal.entry_hash(prev, header, payload_hash)
    assert digest.hex() == e["entry_hash"]
    assert crypto.sha256(bytes.fromhex(e["entry_hash_input"])) == digest

    signer = _identity(vec, e["signer"])
    assert signer.sign(digest).hex() == e["signature"]
    assert crypto.signature_valid(signer.public.ed25519, bytes.fromhex(e["signature"]), digest)
    assert not crypto.signature_valid(
        signer.public.ed25519, bytes.fromhex(e["signature"]), bytes(32)
    )


def test_entries_chain(vec: dict[str, Any]) -> None:
    assert vec["entry1"]["prev_hash"] == journal.GENESIS_PREV.hex()
    assert vec["entry2"]["prev_hash"] == vec["entry1"]["entry_hash"]


def test_example_is_a_journal_that_verifies(vec: dict[str, Any]) -> None:
    """Append the example with journal.append and verify it with the real verifier."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        cur = conn.cursor()
        for statement in journal.SCHEMA:
            cur.execute(statement)
        projection.create(cur)
        cur.execute("BEGIN")
        for name in ENTRIES:
            e = vec[name]
            journal.append(
                cur,
                vault_id=vec["vault_id"],
                signer=_identity(vec, e["signer"]),
                actor=e["actor"],
                action=e["action"],
                subject=e["subject"],
                payload=e["payload"],
                at=_at(e["at"]),
                prev=journal.head(cur),
            )
        cur.execute("COMMIT")
        rows = cur.execute(
            "SELECT j.seq, at, actor, action, subject, payload_hash, prev_hash, entry_hash,"
            " signature, body FROM journal j JOIN journal_payload USING (seq) ORDER BY seq"
        ).fetchall()
        assert len(rows) == 2
        for row, name in zip(rows, ENTRIES, strict=True):
            e = vec[name]
            assert row[:5] == (e["seq"], e["at"], e["actor"], e["action"], e["subject"])
            assert [bytes(v).hex() for v in row[5:9]] == [
                e["payload_hash"],
                e["prev_hash"],
                e["entry_hash"],
                e["signature"],
            ]
            assert row[9] == e["payload_canonical"]

        report = journal.Verifier(cur, vec["vault_id"], replay=True).run()
        assert report.intact, report.problems
        assert report.head.to_json() == {"seq": 2, "entry_hash": vec["entry2"]["entry_hash"]}

        # FORMAT.md §13.4: what the replay of the example holds.
        users = cur.execute(
            "SELECT name, role, status, added_seq FROM users ORDER BY added_seq, name"
        ).fetchall()
        assert users == [
            ("(recovery)", "recovery", "active", 1),
            ("alice", "admin", "active", 1),
            ("zoé", "investigator", "active", 2),
        ]
        settings = dict(cur.execute("SELECT key, value FROM settings").fetchall())
        assert settings == {
            "exhibit_style": "Scellé n° {n}",
            "office": "Brigade de Lyon — Scellés",
            "vault_id": vec["vault_id"],
        }

        # The same journal under another vault id does not verify: the header binds it.
        other = journal.Verifier(cur, "00000000-0000-4000-8000-000000000000").run()
        assert {(p.seq, p.kind) for p in other.problems} >= {(1, "entry_hash"), (2, "entry_hash")}
    finally:
        conn.close()


def test_canonical_example(vec: dict[str, Any]) -> None:
    ex = vec["canonical_example"]
    assert canonical.dumps(ex["input"]) == ex["canonical"]
    assert canonical.encode(ex["input"]).hex() == ex["utf8"]
    assert canonical.is_canonical(ex["canonical"])


def _slot(vec: dict[str, Any], which: str) -> keyslots.Slot:
    s = vec[which]
    kdf = vec["keyslot"]["kdf"]
    if which == "keyslot":
        who, user_id, name = "admin", vec["keyslot"]["user_id"], "alice"
    else:
        who, user_id, name = "recovery", keyslots.RECOVERY_ID, "(recovery)"
    return keyslots.Slot(
        user_id=user_id,
        name=name,
        kdf=crypto.KdfParams(
            memory_kib=kdf["memory_kib"], iterations=kdf["iterations"], lanes=kdf["lanes"]
        ),
        salt=bytes.fromhex(s["salt"]),
        wrapped_nonce=bytes.fromhex(s["wrapped_nonce"]),
        wrapped=bytes.fromhex(s["wrapped_ciphertext"]),
        public=_identity(vec, who).public,
        sealed_key=crypto.Sealed(
            bytes.fromhex(s["ephemeral_public"]),
            bytes.fromhex(s["sealed_nonce"]),
            bytes.fromhex(s["sealed_ciphertext"]),
        ),
    )


def test_keyslot_example(vec: dict[str, Any]) -> None:
    ks = vec["keyslot"]
    vault_id, user_id = ks["vault_id"], ks["user_id"]
    assert keyslots.wrap_aad(vault_id, user_id).hex() == ks["wrap_aad"]
    assert keyslots.seal_aad(vault_id, user_id, ks["epoch"]).hex() == ks["seal_aad"]
    assert (b"scelle/seal/v1\x00" + bytes.fromhex(ks["seal_aad"])).hex() == ks["hkdf_info"]
    assert ks["hkdf_salt"] == ks["ephemeral_public"] + vec["keys"]["admin"]["x25519_public"]
    slot = _slot(vec, "keyslot")
    assert crypto.derive_key(ks["password"].encode(), slot.salt, slot.kdf).hex() == ks["wrap_key"]
    assert _identity(vec, "admin").private_bytes().hex() == ks["wrapped_plaintext"]

    identity = keyslots.open_slot(vault_id, slot, ks["password"].encode())
    assert identity.private_bytes().hex() == ks["wrapped_plaintext"]
    db_key = keyslots.unseal_db_key(vault_id, slot, identity, ks["epoch"])
    assert db_key.hex() == ks["db_key"]
    # The ephemeral public key is the one of the quoted ephemeral private key.
    ephemeral = crypto.Identity(bytes.fromhex(ks["ephemeral_private"]), bytes(32))
    assert ephemeral.public.x25519.hex() == ks["ephemeral_public"]
    # The sealed key is bound to its epoch and user.
    with pytest.raises(Exception, match="damaged"):
        keyslots.unseal_db_key(vault_id, slot, identity, ks["epoch"] + 1)


def test_recovery_slot_and_code(vec: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    rc = vec["recovery_code"]
    monkeypatch.setattr(crypto, "random_bytes", lambda n: bytes.fromhex(rc["raw"])[:n])
    assert keyslots.new_recovery_code() == rc["code"]
    monkeypatch.undo()
    assert keyslots.normalise_recovery_code(rc["typed"]).decode("ascii") == rc["code"]
    assert rc["secret"] == rc["code"]

    slot = _slot(vec, "recovery_slot")
    identity = keyslots.open_slot(vec["vault_id"], slot, rc["code"].encode("ascii"))
    assert identity.public == _identity(vec, "recovery").public
    db_key = keyslots.unseal_db_key(vec["vault_id"], slot, identity, 0)
    assert db_key.hex() == vec["keyslot"]["db_key"]


# -- the document quotes the same values ----------------------------------------------------

_LABEL = re.compile(r"^([a-z0-9_]+(?:\.[a-z0-9_]+)*) = ?([0-9a-f]*)$")
_CONTINUATION = re.compile(r"^ {4}([0-9a-f]+)$")
_HEX = re.compile(r"(?:[0-9a-f]{2})+")
_TOP_LEVEL = {"domain_tag", "genesis_prev_hash", "db_salt"}


def _quoted_hex(doc: str) -> dict[str, str]:
    """Every ``label = hex`` of the document, with indented continuation lines joined."""
    values: dict[str, str] = {}
    label: str | None = None
    for line in doc.splitlines():
        cont = _CONTINUATION.match(line)
        if label is not None and cont:
            values[label] += cont.group(1)
            continue
        m = _LABEL.match(line)
        label = m.group(1) if m and ("." in m.group(1) or m.group(1) in _TOP_LEVEL) else None
        if label is not None:
            assert label not in values, f"{label} is quoted twice"
            values[label] = m.group(2) if m else ""
    return values


def _hex_fields(value: Any, prefix: str = "") -> dict[str, str]:
    """Every hex string of the vectors, by dotted path (payload inputs excluded)."""
    out: dict[str, str] = {}
    if isinstance(value, dict):
        for key, v in value.items():
            if key in {"payload", "input", "keyslots_json"}:
                continue
            out.update(_hex_fields(v, f"{prefix}{key}."))
    elif isinstance(value, str) and _HEX.fullmatch(value):
        out[prefix.rstrip(".")] = value
    return out


def test_document_quotes_every_vector_value(vec: dict[str, Any], doc: str) -> None:
    quoted = _quoted_hex(doc)
    expected = _hex_fields(vec)
    assert len(expected) == 54
    assert quoted == expected


def test_document_quotes_the_canonical_texts(vec: dict[str, Any], doc: str) -> None:
    for name in ENTRIES:
        assert f"\n{vec[name]['payload_canonical']}\n" in doc
        assert f"\n{vec[name]['header_canonical']}\n" in doc
    rc = vec["recovery_code"]
    assert f"`{rc['code']}`" in doc
    assert f"`{rc['typed']}`" in doc


def test_document_keyslots_file_parses_and_opens(vec: dict[str, Any], doc: str) -> None:
    block = doc.split("```json\n")[-1].split("```")[0]
    assert block == vec["keyslots_json"]
    ksf = keyslots.from_json(block.encode("utf-8"))
    assert keyslots.to_json(ksf).decode("utf-8") == block
    assert ksf.vault_id == vec["vault_id"]
    assert ksf.db_salt.hex() == vec["db_salt"]
    slot = ksf.slot_named("alice")
    assert slot is not None and ksf.recovery is not None
    identity = keyslots.open_slot(ksf.vault_id, slot, vec["keyslot"]["password"].encode())
    assert keyslots.unseal_db_key(ksf.vault_id, slot, identity, 0).hex() == vec["keyslot"]["db_key"]
    code = vec["recovery_code"]["code"].encode("ascii")
    rec = keyslots.open_slot(ksf.vault_id, ksf.recovery, code)
    assert (
        keyslots.unseal_db_key(ksf.vault_id, ksf.recovery, rec, 0).hex() == vec["keyslot"]["db_key"]
    )


def _normalise_sql(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s*([(),])\s*", r"\1", text)


def test_document_schema_is_the_code_schema(doc: str) -> None:
    quoted = set()
    for block in re.findall(r"```sql\n(.*?)```", doc, flags=re.S):
        # Split on the semicolons that end statements (outside BEGIN … END bodies).
        for statement in re.split(r";\s*\n(?=CREATE|\Z)", block.strip() + "\n"):
            if statement.strip():
                quoted.add(_normalise_sql(statement.rstrip().rstrip(";")))
    # §1.3 quotes the trust core's tables, §8.4 the evidence domain's projection tables.
    code = journal.SCHEMA + projection.SCHEMA
    assert {_normalise_sql(s) for s in code} == quoted


def test_document_permission_matrix_is_the_code_matrix(doc: str) -> None:
    section = doc.split("### 4.2")[1].split("\n### ")[0]
    rows = re.findall(r"^\| `([a-z_.]+)` \| ([a-z, ]+) \|$", section, flags=re.M)
    assert len(rows) == 13
    for action, roles in rows:
        expected = permissions.MATRIX[permissions.Action(action)]
        assert {r.strip() for r in roles.split(",")} == {r.value for r in expected}, action


def test_document_lists_every_problem_kind(doc: str) -> None:
    source = (ROOT / "desktop" / "scelle" / "core" / "journal.py").read_text("utf-8")
    used = set(re.findall(r'kind="([a-z_]+)"', source)) | set(re.findall(r'"(gap|order)"', source))
    section = doc.split("### 10.1")[1].split("### 10.2")[0]
    documented = set(re.findall(r"^\| `([a-z_]+)` \| (?:yes|no) \|", section, flags=re.M))
    assert used, "no problem kinds found in journal.py"
    assert documented - used == {"damaged"}  # damaged comes from the command line
    assert used <= documented
