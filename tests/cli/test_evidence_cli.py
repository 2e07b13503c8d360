"""The evidence commands from the command line (issue #4): exit statuses and output."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from pathlib import Path

import pytest

from scelle import cli
from tests.conftest import PASSWORDS

REF = "2026-0042"
DATA = Path(__file__).parents[1] / "data" / "manifests"


def run(
    capsys: pytest.CaptureFixture[str], vault: Path, user: str, *argv: str, extra_stdin: str = ""
) -> tuple[int, str, str]:
    code = cli.main(
        [*argv, "--vault", str(vault), "--user", user, "--password-stdin"],
        stdin=io.StringIO(PASSWORDS[user] + "\n" + extra_stdin),
    )
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def case(vault_path: Path, capsys) -> Path:
    code, _, err = run(
        capsys, vault_path, "bob", "case", "add", REF, "Cambriolage", "--assign", "carol"
    )
    assert code == 0, err
    return vault_path


def test_item_life_from_the_command_line(case: Path, tmp_path: Path, capsys) -> None:
    f = tmp_path / "disk.dd"
    f.write_bytes(os.urandom(200_000))
    code, out, _ = run(
        capsys,
        case,
        "bob",
        "item",
        "add",
        REF,
        "--description",
        "Laptop",
        "--seal",
        "S-1",
        "--location",
        "Locker 3",
    )
    assert (code, out) == (0, f"{REF}/1\n")
    code, out, _ = run(
        capsys,
        case,
        "bob",
        "item",
        "add",
        REF,
        "--description",
        "Image",
        "--file",
        str(f),
        "--json",
    )
    assert code == 0 and json.loads(out)["exhibit_id"] == f"{REF}/2"
    code, _, err = run(
        capsys, case, "bob", "transfer", f"{REF}/1", "--to", "carol", extra_stdin="carol-password\n"
    )
    assert code == 0, err
    code, _, err = run(
        capsys, case, "bob", "transfer", f"{REF}/2", "--to", "carol", extra_stdin="wrong\n"
    )
    assert code == 3
    assert err == (
        "scelle: error: The receiver's name or password is wrong; the item was not transferred.\n"
    )
    code, _, err = run(capsys, case, "bob", "checkin", f"{REF}/2")
    assert (code, err) == (
        2,
        f"scelle: error: Item {REF}/2 is not checked out; it cannot be checked in.\n",
    )
    code, _, _ = run(capsys, case, "bob", "hash-verify", f"{REF}/2", "--file", str(f))
    assert code == 0
    f.write_bytes(b"changed")
    code, out, err = run(capsys, case, "bob", "hash-verify", f"{REF}/2", "--file", str(f))
    assert code == 1 and out.startswith("MISMATCH") and "mismatch was recorded" in err
    code, out, _ = run(capsys, case, "carol", "item", "show", f"{REF}/1", "--json")
    doc = json.loads(out)
    assert [e["kind"] for e in doc["timeline"]] == ["seizure", "transfer"]
    assert doc["timeline"][1]["cosigned_by"] == ["carol"]


def test_unknown_case_and_item_exit_2(case: Path, capsys) -> None:
    code, _, err = run(capsys, case, "bob", "item", "list", "2099-0001")
    assert (code, err) == (2, "scelle: error: There is no case 2099-0001.\n")
    code, _, err = run(capsys, case, "bob", "item", "show", f"{REF}/7")
    assert (code, err) == (2, f"scelle: error: There is no item {REF}/7.\n")
    code, _, err = run(capsys, case, "bob", "item", "add", REF, "--description", "x" * 2001)
    assert (code, err) == (
        2,
        "scelle: error: The description is too long: 2001 characters, at most 2000.\n",
    )


def test_notes_from_stdin_and_search(case: Path, capsys) -> None:
    code, out, _ = run(
        capsys,
        case,
        "bob",
        "note",
        "add",
        REF,
        "--file",
        "-",
        extra_stdin="Perquisition au domicile\nà 06h00.\n",
    )
    assert code == 0
    note = out.split()[1]
    code, out, _ = run(capsys, case, "bob", "note", "show", note, "--json")
    assert json.loads(out)["text"] == "Perquisition au domicile\nà 06h00."
    code, out, _ = run(capsys, case, "bob", "note", "search", "perquisition", "--json")
    assert [n["id"] for n in json.loads(out)] == [int(note)]


def test_import_manifest_and_hash_round_trip(case: Path, tmp_path: Path, capsys) -> None:
    files = []
    for i in range(3):
        f = tmp_path / f"file,{i}.bin"
        f.write_bytes(os.urandom(1000 + i))
        files.append(f)
    code = cli.main(["hash", *map(str, files)])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("%%%% HASHDEEP-1.0\n")
    manifest = tmp_path / "hashes.txt"
    manifest.write_text(out)
    code, out, err = run(capsys, case, "bob", "import-manifest", REF, str(manifest), "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "format": "hashdeep",
        "items": 3,
        "first": f"{REF}/1",
        "last": f"{REF}/3",
    }
    code, out, _ = run(capsys, case, "bob", "item", "show", f"{REF}/2", "--json")
    item = json.loads(out)["item"]
    assert item["sha256"] == hashlib.sha256(files[1].read_bytes()).hexdigest()
    assert item["description"] == str(files[1])


def test_malformed_manifest_imports_nothing(case: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.sha256"
    good = hashlib.sha256(b"a").hexdigest()
    bad.write_text(f"{good}  one.bin\n{good[:-1]}  two.bin\n")
    code, _, err = run(capsys, case, "bob", "import-manifest", REF, str(bad))
    assert code == 2 and "Line 2 of bad.sha256" in err
    code, out, _ = run(capsys, case, "bob", "item", "list", REF, "--json")
    assert json.loads(out) == []


def test_hash_json_and_missing_file(tmp_path: Path, capsys) -> None:
    f = tmp_path / "a"
    f.write_bytes(b"abc")
    code = cli.main(["hash", str(f), str(tmp_path / "missing"), "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert json.loads(out) == [
        {
            "path": str(f),
            "size": 3,
            "md5": hashlib.md5(b"abc").hexdigest(),
            "sha1": hashlib.sha1(b"abc").hexdigest(),
            "sha256": hashlib.sha256(b"abc").hexdigest(),
        }
    ]
    assert err == f"scelle: error: {tmp_path / 'missing'} does not exist.\n"


def test_hash_progress_on_a_terminal_is_one_line_per_percent(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    err = Terminal()
    monkeypatch.setattr(sys, "stderr", err)
    show = cli._progress_printer("evidence.bin")
    assert show is not None
    total = 1 << 30
    for done in range(1 << 18, total + 1, 1 << 18):  # 4 096 blocks of 256 KiB
        show(done, total)
    lines = err.getvalue().split("\r")[1:]
    assert len(lines) == 101  # 0 % … 100 %, not 4 096 lines
    assert lines[-1] == "evidence.bin: 100 % (1,074 MB)\n"
