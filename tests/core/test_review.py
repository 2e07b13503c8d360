"""Supervisor review: each anomaly kind is found and names its entries (issue #6)."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from scelle import cli
from scelle.core import model, review
from scelle.core import vault as vault_mod
from scelle.core.errors import BadInput, PermissionDenied
from tests.conftest import PASSWORDS, open_as
from tests.security.helpers import tamper

REF = "2026-0042"


def kinds(r: review.Review) -> dict[str, list[tuple[int, ...]]]:
    out: dict[str, list[tuple[int, ...]]] = {}
    for a in r.anomalies:
        out.setdefault(a.kind, []).append(a.seqs)
    return out


def test_anomalies_name_their_entries(vault_path: Path, tmp_path: Path) -> None:
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
        late = model.add_item(
            bob,
            REF,
            model.ItemDraft(
                description="Seized at dawn", seized_at=datetime.now(UTC) - timedelta(hours=5)
            ),
        )
        out = model.add_item(bob, REF, model.ItemDraft(description="Phone"))
        f = tmp_path / "img"
        f.write_bytes(b"abc")
        from scelle.core.hashing import hash_file

        digital = model.add_item(
            bob, REF, model.ItemDraft(description="img", kind="digital"), digests=hash_file(f)
        ).item
        f.write_bytes(b"abd")
        mismatch = model.verify_hash(bob, digital.exhibit_id, str(f)).event.seq
        model.check_out(bob, out.item.exhibit_id, "analysis", due=date.today())
        moved = model.transfer_custody(bob, late.item.exhibit_id, "carol", "carol-password")
        key = bob.db_key
    with open_as(vault_path, "alice") as admin, pytest.raises(PermissionDenied):
        model.show_case(admin, REF)
    with pytest.raises(vault_mod.AuthenticationFailed):
        vault_mod.unlock(vault_path, "bob", "wrong-password")
    # A check-out made overdue (a removed countersignature would fail verification,
    # which refuses the review outright: see test_verifier_hardening).
    tamper(
        vault_path, key, "UPDATE items SET checkout_due = '2000-01-01' WHERE status = 'checked_out'"
    )
    with open_as(vault_path, "carol") as carol:
        model.request_disposition(
            carol, digital.exhibit_id, "destroyed", authority="Order 1", witness="dave"
        )
        r = review.review(carol, REF)
    found = kinds(r)
    assert found["hash_mismatch"] == [(mismatch,)]
    assert "not_countersigned" not in found and moved.seq > 0
    assert any("5.0 h" in a.detail for a in r.anomalies if a.kind == "custody_gap")
    assert "overdue_checkout" in found and "disposition_pending" in found
    assert "access_denied" in found and "failed_unlock" in found
    assert "read_by_unassigned" not in found or all(found["read_by_unassigned"])
    # Most serious first.
    order = [a.kind for a in r.anomalies]
    assert order.index("hash_mismatch") < order.index("failed_unlock")


def test_sign_off_and_log_since(vault_path: Path) -> None:
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
        model.add_item(bob, REF, model.ItemDraft(description="Laptop"))
        with pytest.raises(PermissionDenied):
            review.review(bob, REF)
    with open_as(vault_path, "carol") as carol:
        first = review.review(carol, REF)
        assert first.last_signoff is None
        assert [e.action for e in first.log][:2] == ["case.add", "item.add"]
        s = review.sign_off(carol, REF, "Reviewed; nothing to add")
        assert s.up_to_seq == s.seq - 1 and s.comment == "Reviewed; nothing to add"
        with pytest.raises(BadInput, match="already signed off"):
            review.sign_off(carol, REF, "again", up_to=s.up_to_seq)
        with pytest.raises(BadInput, match="cannot cover"):
            review.sign_off(carol, REF, "future", up_to=10**6)
        second = review.review(carol, REF)
        assert second.last_signoff == s.up_to_seq
        assert all(e.seq > s.up_to_seq for e in second.log)
        assert carol.verify(full=True).intact


def test_review_cli(vault_path: Path, capsys) -> None:
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
    base = ["review", REF, "--vault", str(vault_path), "--password-stdin"]
    code = cli.main([*base, "--user", "bob"], stdin=io.StringIO(PASSWORDS["bob"] + "\n"))
    assert code == 4
    code = cli.main(
        [*base, "--user", "carol", "--sign"], stdin=io.StringIO(PASSWORDS["carol"] + "\n")
    )
    assert code == 2 and "needs --comment" in capsys.readouterr().err
    code = cli.main(
        [*base, "--user", "carol", "--sign", "--comment", "OK", "--json"],
        stdin=io.StringIO(PASSWORDS["carol"] + "\n"),
    )
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["signed"]["comment"] == "OK" and set(doc) >= {"anomalies", "log", "head"}


def test_clock_going_backwards_is_an_anomaly(vault_path: Path) -> None:
    now = [datetime.now(UTC) + timedelta(hours=1)]
    bob = vault_mod.unlock(vault_path, "bob", PASSWORDS["bob"], clock=lambda: now[0])
    try:
        model.add_case(bob, REF, "Cambriolage")
        first = model.add_item(bob, REF, model.ItemDraft(description="Laptop")).item
        now[0] -= timedelta(minutes=30)  # the workstation's clock is set back
        back = model.move_item(bob, first.exhibit_id, "Locker 9")
    finally:
        bob.close()
    with open_as(vault_path, "carol") as carol:
        r = review.review(carol, REF)
    # The move is flagged (and so is carol's review at the real time, earlier still).
    assert kinds(r)["clock_backwards"][0] == (back.seq,)
