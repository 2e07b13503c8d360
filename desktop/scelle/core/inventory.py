"""Storage locations and inventory audits (issue #6 item 6).

A location (room, shelf, locker, safe) has a short code printed on its own QR label. An
items's storage location is the text recorded at seizure or by a move; it is *in* a
location when that text is the location's code or label. An inventory audit takes the
exhibit ids scanned (or ticked) in a location and reports the items found, missing (the
journal has them there but they were not scanned), recorded elsewhere (scanned here but
the journal has them in another place) and unknown (no such item, or no longer held), as
one signed journal entry. It changes no item: moves are recorded separately.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from scelle.core import text
from scelle.core.errors import BadInput, NotFound
from scelle.core.model import _authorize
from scelle.core.permissions import Action
from scelle.core.vault import Vault

KINDS = ("room", "shelf", "locker", "safe", "other")
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,31}\Z")


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """A storage place."""

    code: str
    label: str
    kind: str
    items: int  # items held there now


@dataclass(frozen=True, slots=True, kw_only=True)
class Inventory:
    """The outcome of an audit, as recorded."""

    seq: int
    location: str
    found: list[str]
    missing: list[str]
    elsewhere: list[tuple[str, str]]  # (exhibit id, where the journal has it)
    unknown: list[str]

    def to_json(self) -> dict[str, Any]:
        """The object of ``scelle inventory --json``."""
        return {
            "seq": self.seq,
            "location": self.location,
            "found": self.found,
            "missing": self.missing,
            "elsewhere": [{"exhibit_id": e, "recorded_at": w} for e, w in self.elsewhere],
            "unknown": self.unknown,
        }


def add_location(vault: Vault, code: str, label: str, *, kind: str = "room") -> Location:
    """Define a storage location."""
    _authorize(vault, Action.LOCATION_ADD)
    code = code.strip()
    if not _CODE.match(code):
        raise BadInput("A location code has 1 to 32 letters, digits, dots, slashes or hyphens.")
    if kind not in KINDS:
        raise BadInput(f"A location is a {', '.join(KINDS[:-1])} or {KINDS[-1]}.")
    label = text.clean(label, "location", label="location name")
    with vault.write() as w:
        if w.cur.execute("SELECT 1 FROM locations WHERE code = ?", (code,)).fetchone():
            raise BadInput(f"A location {code} already exists.")
        w.append(
            Action.LOCATION_ADD, f"location:{code}", {"code": code, "label": label, "kind": kind}
        )
    return next(loc for loc in locations(vault, journal_read=False) if loc.code == code)


def locations(vault: Vault, *, journal_read: bool = True) -> list[Location]:
    """Every location with the number of items held there now."""
    if journal_read:
        _authorize(vault, Action.LOCATION_LIST)
        with vault.write() as w:
            w.append(Action.LOCATION_LIST, f"vault:{vault.vault_id}", {})
    with vault.read() as cur:
        rows = cur.execute(
            "SELECT l.code, l.label, l.kind, (SELECT count(*) FROM items i WHERE"
            " i.status IN ('in_custody', 'checked_out') AND i.location IN (l.code, l.label))"
            " FROM locations l ORDER BY l.code"
        ).fetchall()
    return [Location(code=r[0], label=r[1], kind=r[2], items=int(r[3])) for r in rows]


def audit(vault: Vault, code: str, scanned: Iterable[str]) -> Inventory:
    """Record an inventory of ``code`` from the exhibit ids scanned there."""
    _authorize(vault, Action.INVENTORY_AUDIT, subject=f"location:{code}")
    seen: list[str] = []
    for raw in scanned:
        exhibit = raw.strip()
        if exhibit and exhibit not in seen:
            seen.append(exhibit)
    with vault.write() as w:
        row = w.cur.execute(
            "SELECT code, label FROM locations WHERE code = ?", (code.strip(),)
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no location {code}.")
        names = (row[0], row[1])
        expected = [
            r[0]
            for r in w.cur.execute(
                "SELECT exhibit_id FROM items WHERE status = 'in_custody' AND location IN (?, ?)"
                " ORDER BY exhibit_id",
                names,
            )
        ]
        held: dict[str, str | None] = {}
        for exhibit in seen:
            r = w.cur.execute(
                "SELECT location, status FROM items WHERE exhibit_id = ?", (exhibit,)
            ).fetchone()
            if r is not None and r[1] in ("in_custody", "checked_out"):
                held[exhibit] = r[0]
        found = [e for e in seen if e in held and held[e] in names]
        elsewhere = [(e, held[e] or "?") for e in seen if e in held and held[e] not in names]
        unknown = [e for e in seen if e not in held]
        missing = [e for e in expected if e not in seen]
        entry = w.append(
            Action.INVENTORY_AUDIT,
            f"location:{row[0]}",
            {
                "location": row[0],
                "found": found,
                "missing": missing,
                "elsewhere": [{"exhibit_id": e, "recorded_at": where} for e, where in elsewhere],
                "unknown": unknown,
                "tz": text.local_zone_name(),
            },
        )
    return Inventory(
        seq=entry.seq,
        location=row[0],
        found=found,
        missing=missing,
        elsewhere=elsewhere,
        unknown=unknown,
    )
