"""Time of a chain-of-custody report (issue #6, Speed): 500 items, 10 000 custody events.

A vault is built in a temporary folder through the core: the case and its 500 items with
``model.add_item`` (one seizure event each, every fifth item digital with hashes), then
9 500 more custody events (moves, and every tenth a reseal) appended in a few bulk
transactions with payloads shaped as ``model.move_item`` and ``model.reseal`` write them.
The case is exported once with ``build_case_export``; the figure is the median of three
``render_case_report`` runs of that export (layout, signature checks and PDF writing).

    .venv/bin/python -m benchmarks.report
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from scelle.core import crypto, model, users
from scelle.core import vault as vault_mod
from scelle.core.hashing import Digests
from scelle.core.interop.export import build_case_export
from scelle.core.permissions import Action, Role
from scelle.core.text import local_zone_name

ITEMS = 500
EVENTS = 10_000
REPEATS = 3
BATCH = 2_500  # custody entries per write transaction
KDF = crypto.KdfParams(memory_kib=1024, iterations=1, lanes=1)
CASE = "2026-0500"
ROOMS = ("Salle des scellés, armoire", "Laboratoire numérique, paillasse", "Réserve B, étagère")


def _digests(n: int) -> Digests:
    seed = n.to_bytes(8, "little")
    return Digests(
        size=1_000_000 + n,
        md5=hashlib.md5(seed).hexdigest(),
        sha1=hashlib.sha1(seed).hexdigest(),
        sha256=hashlib.sha256(seed).hexdigest(),
    )


def build_case(folder: Path, items: int = ITEMS, events: int = EVENTS) -> dict[str, Any]:
    """A vault in ``folder`` with one case of ``items`` items and ``events`` custody
    events in all; return the case export (as the report command builds it)."""
    created = vault_mod.create(
        folder / "vault.scelle",
        admin_name="alice",
        admin_password="alice-password",
        office="Brigade de recherches (benchmark)",
        kdf=KDF,
    )
    with created.vault as v:
        users.add_user(v, "bench", Role.INVESTIGATOR, "bench-password")
    with vault_mod.unlock(folder / "vault.scelle", "bench", "bench-password") as v:
        model.add_case(v, CASE, "Benchmark: a large case for the chain-of-custody report")
        state: list[dict[str, Any]] = []
        for n in range(1, items + 1):
            digital = n % 5 == 0
            draft = model.ItemDraft(
                description=f"Item {n}: "
                + ("disk image of a seized laptop" if digital else "sealed bag, clothing"),
                kind="digital" if digital else "physical",
                seal=f"S-{n:05d}",
                seized_where="12 rue Mercière, Lyon",
                location=f"{ROOMS[0]} {n % 12 + 1}",
            )
            added = model.add_item(v, CASE, draft, digests=_digests(n) if digital else None)
            state.append({"id": added.item.id, "location": draft.location, "seal": draft.seal})
        tz = local_zone_name()
        remaining = events - items
        k = 0
        while remaining > 0:
            with v.write() as w:
                for _ in range(min(BATCH, remaining)):
                    it = state[k % items]
                    k += 1
                    if k % 10 == 0:
                        new_seal = f"{it['seal'].split('/')[0]}/{k}"
                        payload = {
                            "old_seal": it["seal"],
                            "new_seal": new_seal,
                            "reason": "Opened for analysis and resealed",
                        }
                        action = Action.CUSTODY_SEAL
                        it["seal"] = new_seal
                    else:
                        new_loc = f"{ROOMS[k % 3]} {k % 17 + 1}"
                        if new_loc == it["location"]:
                            new_loc += " bis"
                        payload = {
                            "from_location": it["location"],
                            "to_location": new_loc,
                            "reason": "Moved for analysis" if k % 3 == 1 else None,
                        }
                        action = Action.CUSTODY_MOVE
                        it["location"] = new_loc
                    w.append(action, f"item:{it['id']}", dict(payload, item_id=it["id"], tz=tz))
                    remaining -= 1
        return build_case_export(v, CASE)


def bench_report(items: int = ITEMS, events: int = EVENTS) -> dict[str, dict[str, Any]]:
    """Median seconds of ``render_case_report`` for a case of ``items`` items and
    ``events`` custody events (A4). Return ``{"report_500_items_10000_events": {"value":
    seconds, "unit": "s", "target": "<= 10"}}``."""
    from scelle.gui.report import ensure_application, render_case_report

    ensure_application()
    with tempfile.TemporaryDirectory(prefix="scelle-bench-report-") as tmp:
        folder = Path(tmp)
        old_home = os.environ.get("SCELLE_HOME")
        os.environ["SCELLE_HOME"] = str(folder / "home")
        try:
            doc = build_case(folder, items, events)
        finally:
            if old_home is None:
                os.environ.pop("SCELLE_HOME", None)
            else:
                os.environ["SCELLE_HOME"] = old_home
        count = sum(len(it["timeline"]) for it in doc["items"])
        if len(doc["items"]) != items or count != events:
            raise AssertionError(f"built {len(doc['items'])} items and {count} events")
        timings = []
        for n in range(REPEATS):
            start = time.perf_counter()
            render_case_report(doc, folder / f"report-{n}.pdf", page_size="A4")
            timings.append(time.perf_counter() - start)
    return {
        "report_500_items_10000_events": {
            "value": round(statistics.median(timings), 3),
            "unit": "s",
            "target": "<= 10",
        }
    }


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    for key, figure in bench_report(*args).items():
        print(f"{key}: {figure['value']} {figure['unit']} (target {figure['target']})")
