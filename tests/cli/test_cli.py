"""The command line contract (DESIGN §7): exact exit statuses, stderr and JSON shapes."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scelle import __version__, cli
from tests.conftest import PASSWORDS

CHEAP = ["--kdf-memory", "1024", "--kdf-iterations", "1", "--kdf-lanes", "1"]


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    code = cli.main(list(argv), stdin=io.StringIO(stdin))
    out, err = capsys.readouterr()
    return code, out, err


def as_user(path: Path, name: str) -> list[str]:
    return ["--vault", str(path), "--user", name, "--password-stdin"]


def test_init_prints_recovery_code_once(tmp_path: Path, capsys) -> None:
    code, out, err = run(
        capsys,
        "init",
        str(tmp_path / "v"),
        "--admin",
        "alice",
        "--json",
        "--password-stdin",
        *CHEAP,
        stdin="alice-password\n",
    )
    assert code == 0, err
    doc = json.loads(out)
    assert re.fullmatch(r"([0-9A-Z]{5}-){7}[0-9A-Z]{5}", doc["recovery_code"])
    assert doc["head"]["seq"] == 1 and len(doc["head"]["entry_hash"]) == 64
    code, out, err = run(
        capsys,
        "init",
        str(tmp_path / "v"),
        "--admin",
        "alice",
        "--password-stdin",
        *CHEAP,
        stdin="alice-password\n",
    )
    assert code == 2
    assert (
        err == f"scelle: error: {tmp_path / 'v'} already exists and is not empty; choose "
        "another place.\n"
    )


def test_environment_variables_stand_in_for_options(vault_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SCELLE_VAULT", str(vault_path))
    monkeypatch.setenv("SCELLE_USER", "alice")
    monkeypatch.setenv("SCELLE_PASSWORD", PASSWORDS["alice"])
    code, out, _ = run(capsys, "user", "list", "--json")
    assert code == 0
    assert [(u["name"], u["role"], u["status"]) for u in json.loads(out)] == [
        ("alice", "admin", "active"),
        ("bob", "investigator", "active"),
        ("carol", "supervisor", "active"),
        ("dave", "auditor", "active"),
    ]


def test_user_add_with_second_secret_from_stdin_then_env(
    vault_path: Path, capsys, monkeypatch
) -> None:
    code, out, err = run(
        capsys,
        "user",
        "add",
        "erin",
        "--role",
        "investigator",
        "--json",
        *as_user(vault_path, "alice"),
        stdin="alice-password\nerin-password\n",
    )
    assert code == 0, err
    assert json.loads(out)["role"] == "investigator"
    monkeypatch.setenv("SCELLE_PASSWORD", "alice-password")
    monkeypatch.setenv("SCELLE_NEW_PASSWORD", "frank-password")
    code, _, err = run(
        capsys,
        "user",
        "add",
        "frank",
        "--role",
        "auditor",
        "--vault",
        str(vault_path),
        "--user",
        "alice",
    )
    assert code == 0, err
    code, out, _ = run(
        capsys, "verify", "--json", *as_user(vault_path, "frank"), stdin="frank-password\n"
    )
    assert code == 0 and json.loads(out)["intact"] is True


def test_missing_second_line(vault_path: Path, capsys) -> None:
    code, _, err = run(
        capsys,
        "user",
        "add",
        "erin",
        "--role",
        "investigator",
        *as_user(vault_path, "alice"),
        stdin="alice-password\n",
    )
    assert code == 2
    assert err == (
        "scelle: error: --password-stdin was given but the second line of "
        "standard input is missing.\n"
    )


def test_bad_role_and_permission(vault_path: Path, capsys) -> None:
    code, _, err = run(
        capsys,
        "user",
        "add",
        "erin",
        "--role",
        "chief",
        *as_user(vault_path, "alice"),
        stdin="alice-password\nerin-password\n",
    )
    assert (code, err) == (
        2,
        "scelle: error: A role is one of investigator, supervisor, auditor or admin.\n",
    )
    code, _, err = run(capsys, "db-key", *as_user(vault_path, "bob"), stdin="bob-password\n")
    assert code == 4
    assert err == ("scelle: error: Your role (investigator) does not allow this (vault.db_key).\n")


def test_db_key_opens_the_database(vault_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "db-key", *as_user(vault_path, "dave"), stdin="dave-password\n")
    assert code == 0
    key = out.strip()
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    import sqlcipher3

    conn = sqlcipher3.connect(str(vault_path / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    actions = [r[0] for r in conn.execute("SELECT action FROM journal ORDER BY seq")]
    conn.close()
    assert actions[-1] == "vault.db_key"


def test_verify_json_shape(vault_path: Path, capsys) -> None:
    code, out, _ = run(
        capsys,
        "verify",
        "--full",
        "--json",
        *as_user(vault_path, "carol"),
        stdin="carol-password\n",
    )
    assert code == 0
    doc = json.loads(out)
    assert set(doc) == {"intact", "entries", "head", "problems"}
    assert set(doc["head"]) == {"seq", "entry_hash"}
    assert doc["intact"] is True and doc["problems"] == []


def test_verify_text(vault_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "verify", *as_user(vault_path, "carol"), stdin="carol-password\n")
    assert code == 0
    assert re.fullmatch(
        r"Journal verified to #\d+ — intact \(\d+ entries, incremental from "
        r"#\d+\)\.\n",
        out,
    )


def test_journal_since_and_json(vault_path: Path, capsys) -> None:
    code, out, _ = run(
        capsys,
        "journal",
        "--since",
        "3",
        "--json",
        *as_user(vault_path, "dave"),
        stdin="dave-password\n",
    )
    assert code == 0
    entries = json.loads(out)
    assert entries[0]["seq"] == 4 and entries[-1]["action"] == "journal.view"
    assert {
        "seq",
        "at",
        "actor",
        "actor_name",
        "action",
        "subject",
        "payload_hash",
        "prev_hash",
        "entry_hash",
        "signature",
        "payload",
        "redacted",
    } == set(entries[0])


def test_passwd_and_revoke(vault_path: Path, capsys) -> None:
    code, _, err = run(
        capsys,
        "user",
        "passwd",
        *as_user(vault_path, "bob"),
        stdin="bob-password\nbob-password-2\n",
    )
    assert code == 0, err
    code, _, err = run(
        capsys,
        "user",
        "revoke",
        "bob",
        "--reason",
        "left",
        *as_user(vault_path, "alice"),
        stdin="alice-password\n",
    )
    assert code == 0, err
    code, _, err = run(capsys, "verify", *as_user(vault_path, "bob"), stdin="bob-password-2\n")
    assert code == 3


def test_recover(vault_path: Path, recovery_code: str, capsys) -> None:
    code, _out, err = run(
        capsys,
        "recover",
        "--admin",
        "zoe",
        "--vault",
        str(vault_path),
        "--password-stdin",
        stdin=f"{recovery_code}\nzoe-password\n",
    )
    assert code == 0, err
    code, _, _ = run(capsys, "verify", *as_user(vault_path, "zoe"), stdin="zoe-password\n")
    assert code == 0


def test_usage_errors(capsys) -> None:
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and err.startswith("scelle: error: ")
    code, _, err = run(capsys, "verify")
    assert (code, err) == (
        2,
        "scelle: error: No vault given: use --vault PATH or set SCELLE_VAULT.\n",
    )
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"scelle {__version__}\n")


def test_unexpected_error_shows_no_traceback(vault_path: Path, capsys, monkeypatch) -> None:
    from scelle.core import users

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("internal detail")

    monkeypatch.setattr(users, "list_users", boom)
    code, _, err = run(
        capsys, "user", "list", *as_user(vault_path, "alice"), stdin="alice-password\n"
    )
    assert code == 70
    assert "Traceback" not in err and "internal detail" not in err
    assert err.startswith("scelle: error: Something unexpected went wrong; details are in ")


def test_entry_point_runs_as_a_process(vault_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "scelle", "verify", *as_user(vault_path, "alice")],
        input="wrong-password\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 3
    assert proc.stderr == "scelle: error: The user name or password is wrong.\n"


def test_every_command_is_documented() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "CLI.md").read_text()
    parser = cli.build_parser()
    names = []
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        for name, sub in action.choices.items():
            names.append(name)
            for sub_action in sub._subparsers._group_actions if sub._subparsers else []:
                names.extend(f"{name} {n}" for n in sub_action.choices)
    for name in names:
        assert f"scelle {name}" in doc, f"docs/CLI.md does not document 'scelle {name}'"


def test_office_configuration_supplies_defaults(tmp_path: Path, capsys, monkeypatch) -> None:
    """The per-machine file sets the KDF cost, the exhibit style and the default vault."""
    system = tmp_path / "system.toml"
    vault = tmp_path / "office.scelle"
    system.write_text(
        f'default_vault = "{vault}"\nexhibit_style = "Scellé n° {{n}}"\n'
        "kdf_memory_kib = 2048\nkdf_iterations = 1\nkdf_lanes = 1\n"
    )
    monkeypatch.setenv("SCELLE_SYSTEM_CONFIG", str(system))
    monkeypatch.setenv("SCELLE_CONFIG", str(tmp_path / "none.toml"))
    code, _, err = run(
        capsys, "init", str(vault), "--admin", "alice", "--password-stdin", stdin="alice-password\n"
    )
    assert code == 0, err
    slots = json.loads((vault / "keyslots.json").read_text())
    assert slots["slots"][0]["kdf"] == {
        "alg": "argon2id",
        "memory_kib": 2048,
        "iterations": 1,
        "lanes": 1,
    }
    code, _out, err = run(
        capsys,
        "case",
        "add",
        "2026-0001",
        "x",
        "--user",
        "alice",
        "--password-stdin",
        stdin="alice-password\n",
    )
    assert code == 4  # an admin cannot open cases, but the default vault was found
    assert "does not allow" in err
