"""Case exports: JSON that verifies offline, CSV that spreadsheets cannot run (issue #6)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from scelle.core import model, review
from scelle.core.errors import BadInput, PermissionDenied
from scelle.core.hashing import hash_file
from scelle.core.interop import export
from tests.conftest import open_as

REF = "2026-0042"


@pytest.fixture
def doc(vault_path: Path, tmp_path: Path) -> dict[str, Any]:
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
        model.add_case(bob, "2026-0043", "Autre affaire")
        model.add_item(bob, "2026-0043", model.ItemDraft(description="Other case's item"))
        model.add_item(
            bob,
            REF,
            model.ItemDraft(description="=cmd|' /C calc'!A0", seal="+S-1", location="@locker"),
        )
        f = tmp_path / "img.dd"
        f.write_bytes(os.urandom(10_000))
        model.add_item(
            bob, REF, model.ItemDraft(description="Image", kind="digital"), digests=hash_file(f)
        )
        model.transfer_custody(bob, f"{REF}/1", "carol", "carol-password", reason="court")
        model.add_note(bob, REF, "Perquisition à 06h00")
        model.add_note(bob, "2026-0043", "secret of the other case")
    with open_as(vault_path, "carol") as carol:
        review.sign_off(carol, REF, "Seen")
    with open_as(vault_path, "dave") as dave:
        return export.build_case_export(dave, REF)


def test_export_carries_the_case_and_the_whole_chain(doc: dict[str, Any]) -> None:
    assert doc["format"] == export.FORMAT
    assert [i["exhibit_id"] for i in doc["items"]] == [f"{REF}/1", f"{REF}/2"]
    assert [e["seq"] for e in doc["entries"]] == list(range(1, doc["head"]["seq"] + 1))
    assert [r["comment"] for r in doc["reviews"]] == ["Seen"]
    text = json.dumps(doc["payloads"])
    assert "Perquisition" in text
    assert "secret of the other case" not in text  # other cases' content stays out
    assert "Other case's item" not in text
    assert export.verify_export(doc).intact, export.verify_export(doc).to_json()


def _first_payload_seq(doc: dict[str, Any], action: str) -> int:
    return next(
        e["seq"]
        for e in doc["entries"]
        if e["action"] == action and str(e["seq"]) in doc["payloads"]
    )


@pytest.mark.parametrize(
    "attack",
    [
        "payload",
        "header",
        "drop_entry",
        "swap",
        "signature",
        "omit_payload",
        "items",
        "cosignature",
        "omit_item",
    ],
)
def test_tampered_export_is_caught(doc: dict[str, Any], attack: str) -> None:
    d = json.loads(json.dumps(doc))
    seq = _first_payload_seq(d, "custody.transfer")
    if attack == "payload":
        d["payloads"][str(seq)] = d["payloads"][str(seq)].replace("court", "c0urt")
    elif attack == "header":
        d["entries"][seq - 1]["at"] = "2020-01-01T00:00:00.000Z"
    elif attack == "drop_entry":
        del d["entries"][seq - 1]
    elif attack == "swap":
        d["entries"][seq - 1], d["entries"][seq - 2] = d["entries"][seq - 2], d["entries"][seq - 1]
    elif attack == "signature":
        sig = d["entries"][seq - 1]["signature"]
        d["entries"][seq - 1]["signature"] = ("0" if sig[0] != "0" else "1") + sig[1:]
    elif attack == "omit_payload":
        del d["payloads"][str(seq)]
    elif attack == "items":
        d["items"][0]["custodian"] = d["items"][1]["custodian"] + "x"
    elif attack == "cosignature":
        d["entries"][seq - 1]["cosignatures"] = []
    elif attack == "omit_item":  # hide the last item: its entry and its row
        add = max(
            e["seq"]
            for e in d["entries"]
            if e["action"] == "item.add" and str(e["seq"]) in d["payloads"]
        )
        del d["payloads"][str(add)]
        d["items"] = d["items"][:-1]
    report = export.verify_export(d)
    assert not report.intact
    if attack in (
        "payload",
        "header",
        "signature",
        "omit_payload",
        "cosignature",
        "drop_entry",
        "swap",
    ):
        assert seq in {p.seq for p in report.problems}, report.to_json()


def test_verify_export_cli(doc: dict[str, Any], tmp_path: Path, capsys) -> None:
    from scelle import cli

    good = tmp_path / "case.json"
    good.write_bytes(export.encode_json(doc))
    assert cli.main(["verify-export", str(good)]) == 0
    assert "intact" in capsys.readouterr().out
    seq = _first_payload_seq(doc, "custody.transfer")
    bad = json.loads(good.read_text())
    bad["payloads"][str(seq)] = bad["payloads"][str(seq)].replace("court", "c0urt")
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    assert cli.main(["verify-export", str(tmp_path / "bad.json")]) == 1
    err = capsys.readouterr().err
    assert f"entry #{seq}" in err and err.startswith("scelle: error: ")
    (tmp_path / "junk.json").write_text("{not json")
    assert cli.main(["verify-export", str(tmp_path / "junk.json")]) == 2


def test_csv_is_safe_for_spreadsheets(doc: dict[str, Any]) -> None:
    data = export.to_csv(doc)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == export.CSV_COLUMNS
    cells = [c for r in rows[1:] for c in r]
    assert "'=cmd|' /C calc'!A0" in cells and "'+S-1" in cells and "'@locker" in cells
    assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in cells)
    assert export.csv_cell("-1") == "'-1" and export.csv_cell("a=b") == "a=b"


def test_export_cli_writes_atomically(vault_path: Path, tmp_path: Path, capsys) -> None:
    from scelle import cli

    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
    args = ["export", REF, "--vault", str(vault_path), "--user", "bob", "--password-stdin"]
    out = tmp_path / "x.csv"
    assert (
        cli.main(
            [*args, "--format", "csv", "--output", str(out)], stdin=io.StringIO("bob-password\n")
        )
        == 0
    )
    assert out.read_bytes().startswith("\ufeff".encode())
    code = cli.main(
        [*args, "--format", "json", "--output", str(tmp_path / "no" / "x.json")],
        stdin=io.StringIO("bob-password\n"),
    )
    err = capsys.readouterr().err
    assert code == 2 and "does not exist; nothing was written" in err
    code = cli.main(
        [
            "export",
            "2099-0001",
            "--vault",
            str(vault_path),
            "--user",
            "bob",
            "--password-stdin",
            "--format",
            "json",
            "--output",
            str(out),
        ],
        stdin=io.StringIO("bob-password\n"),
    )
    assert code == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".x")]


def test_export_needs_access(vault_path: Path) -> None:
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
    with open_as(vault_path, "alice") as admin, pytest.raises(PermissionDenied):
        export.build_case_export(admin, REF)
    with pytest.raises(BadInput):
        export.load_export(b'{"format": "other"}')


def test_forged_redaction_claim_in_an_export_is_caught(doc: dict[str, Any]) -> None:
    """Adding a seq to `redactions` does not make an altered payload acceptable: the named
    journal.redact entry must record that seq and that residual's hash."""
    d = json.loads(json.dumps(doc))
    seq = _first_payload_seq(d, "custody.transfer")
    d["payloads"][str(seq)] = d["payloads"][str(seq)].replace("court", "c0urt")
    d["redactions"][str(seq)] = d["head"]["seq"]  # a later entry that records no redaction
    report = export.verify_export(d)
    assert not report.intact
    assert (seq, "payload") in {(p.seq, p.kind) for p in report.problems}


def test_legitimately_redacted_note_still_verifies(vault_path: Path) -> None:
    from scelle.core import audit

    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
        note = model.add_note(bob, REF, "Nom du témoin : Jean Dupont")
    with open_as(vault_path, "alice") as admin:
        audit.redact_payload(admin, note.id, ["text"], reason="retention rule R-7")
    with open_as(vault_path, "dave") as dave:
        d = export.build_case_export(dave, REF)
    assert "Dupont" not in json.dumps(d["payloads"])
    report = export.verify_export(d)
    assert report.intact, report.to_json()
