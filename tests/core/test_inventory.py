from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from scelle import cli
from scelle.core import inventory, model
from scelle.core.errors import BadInput, NotFound, PermissionDenied
from tests.conftest import PASSWORDS, open_as

REF = "2026-0042"


@pytest.fixture
def stocked(vault_path: Path) -> Path:
    with open_as(vault_path, "carol") as carol:
        inventory.add_location(carol, "R1-L3", "Room 1, locker 3", kind="locker")
        inventory.add_location(carol, "R2", "Room 2")
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
        for n in range(4):
            model.add_item(
                bob,
                REF,
                model.ItemDraft(description=f"item {n}", location="R1-L3" if n < 3 else "R2"),
            )
        model.add_item(
            bob, REF, model.ItemDraft(description="by label", location="Room 1, locker 3")
        )
    return vault_path


def test_inventory_reports_missing_elsewhere_unknown(stocked: Path) -> None:
    with open_as(stocked, "carol") as carol:
        locs = {loc.code: loc.items for loc in inventory.locations(carol)}
        assert locs == {"R1-L3": 4, "R2": 1}
        result = inventory.audit(
            carol, "R1-L3", [f"{REF}/1", f"{REF}/2", f"{REF}/2", f"{REF}/4", "2026-9999/1", ""]
        )
        assert result.found == [f"{REF}/1", f"{REF}/2"]
        assert result.missing == [f"{REF}/3", f"{REF}/5"]
        assert result.elsewhere == [(f"{REF}/4", "R2")]
        assert result.unknown == ["2026-9999/1"]
        assert carol.verify(full=True).intact
        with pytest.raises(NotFound):
            inventory.audit(carol, "NOPE", [])
        with pytest.raises(BadInput, match="already exists"):
            inventory.add_location(carol, "R2", "again")
        with pytest.raises(BadInput, match="location code"):
            inventory.add_location(carol, "bad code!", "x")
    with open_as(stocked, "bob") as bob, pytest.raises(PermissionDenied):
        inventory.audit(bob, "R2", [])


def test_inventory_cli(stocked: Path, capsys) -> None:
    code = cli.main(
        [
            "inventory",
            "R2",
            "--scanned",
            "-",
            "--json",
            "--vault",
            str(stocked),
            "--user",
            "carol",
            "--password-stdin",
        ],
        stdin=io.StringIO(f"{PASSWORDS['carol']}\n{REF}/4\n{REF}/1\n"),
    )
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["found"] == [f"{REF}/4"]
    assert doc["elsewhere"] == [{"exhibit_id": f"{REF}/1", "recorded_at": "R1-L3"}]
