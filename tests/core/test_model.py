"""The evidence domain: cases, items, custody transitions, notes (issue #4).

Every refusal is checked to change nothing: the journal may only gain the entry that
records the refusal itself when it is a security event (access.denied, auth.failed), and
no projection table changes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from scelle.core import journal, model, projection, users
from scelle.core import vault as vault_mod
from scelle.core.errors import (
    AuthenticationFailed,
    BadInput,
    NotFound,
    PermissionDenied,
    ScelleError,
)
from scelle.core.hashing import hash_file
from scelle.core.permissions import Role
from tests.conftest import PASSWORDS, open_as

REF = "2026-0042"


def snapshot(v: vault_mod.Vault) -> tuple[int, dict[str, list[tuple[object, ...]]]]:
    with v.read() as cur:
        tables = {t: list(projection.rows(cur, t)) for t in projection.TABLES}
        return journal.head(cur).seq, tables


def new_actions(v: vault_mod.Vault, since: int) -> list[str]:
    with v.read() as cur:
        return [e.action for e, _, _ in journal.entries(cur, since=since)]


@contextlib.contextmanager
def refused(
    v: vault_mod.Vault,
    error: type[ScelleError],
    match: str | None = None,
    allowed: tuple[str, ...] = (),
) -> Iterator[None]:
    """The block must raise ``error`` and change nothing but ``allowed`` entries."""
    seq, tables = snapshot(v)
    with pytest.raises(error, match=match):
        yield
    _, tables2 = snapshot(v)
    assert tables2 == tables
    assert new_actions(v, seq) == list(allowed)


@pytest.fixture
def bob(vault_path: Path) -> Iterator[vault_mod.Vault]:
    """bob (investigator) with case 2026-0042 where he and erin are assigned; erin and
    sam exist (erin investigator, sam supervisor)."""
    with open_as(vault_path, "alice") as admin:
        users.add_user(admin, "erin", Role.INVESTIGATOR, "erin-password")
        users.add_user(admin, "sam", Role.SUPERVISOR, "sam-password")
    v = open_as(vault_path, "bob")
    model.add_case(v, REF, "Cambriolage rue Mercière", members=["erin"])
    yield v
    v.close()


def as_user(bob: vault_mod.Vault, name: str) -> vault_mod.Vault:
    password = PASSWORDS.get(name, f"{name}-password")
    return vault_mod.unlock(bob.path, name, password)


def item(v: vault_mod.Vault, **kw: object) -> model.Item:
    draft = model.ItemDraft(description=str(kw.pop("description", "Laptop")), **kw)  # type: ignore[arg-type]
    return model.add_item(v, REF, draft).item


# -- cases ----------------------------------------------------------------------------------


def test_case_reference_pattern_and_uniqueness(bob: vault_mod.Vault) -> None:
    with refused(bob, BadInput, "YYYY-NNNN"):
        model.add_case(bob, "42", "x")
    with refused(bob, BadInput, "already exists"):
        model.add_case(bob, REF, "again")
    assert model.case_pattern_regex("JD-YYYY-NNN").match("JD-2026-007")
    assert not model.case_pattern_regex("JD-YYYY-NNN").match("JD-2026-0007")


def test_case_visibility(bob: vault_mod.Vault) -> None:
    with as_user(bob, "alice") as admin:  # an unassigned administrator cannot read it
        assert model.list_cases(admin) == []
        with refused(admin, PermissionDenied, "not assigned", allowed=("access.denied",)):
            model.show_case(admin, REF)
    with as_user(bob, "carol") as sup:  # supervisors see every case
        assert [c.ref for c in model.list_cases(sup)] == [REF]
    with as_user(bob, "dave") as auditor:  # auditors read, never write
        model.show_case(auditor, REF)
        with refused(auditor, PermissionDenied, allowed=("access.denied",)):
            item(auditor)
    model.add_case(bob, "2026-0043", "Other")
    with as_user(bob, "erin") as erin:
        assert [c.ref for c in model.list_cases(erin)] == [REF]
        with refused(erin, PermissionDenied, allowed=("access.denied",)):
            model.list_items(erin, "2026-0043")


def test_unknown_case_and_item(bob: vault_mod.Vault) -> None:
    with refused(bob, NotFound, "There is no case 2099-0001"):
        model.show_case(bob, "2099-0001")
    with refused(bob, NotFound, "There is no item 2026-0042/9"):
        model.show_item(bob, "2026-0042/9")


def test_closed_case_takes_no_items_and_archive_is_final(bob: vault_mod.Vault) -> None:
    model.set_case_status(bob, REF, "closed", reason="done")
    with refused(bob, BadInput, "is closed"):
        item(bob)
    model.set_case_status(bob, REF, "open")
    model.set_case_status(bob, REF, "archived")
    with refused(bob, BadInput, "cannot be reopened"):
        model.set_case_status(bob, REF, "open")


# -- items ----------------------------------------------------------------------------------


def test_exhibit_numbers_have_no_gaps_and_follow_the_style(bob: vault_mod.Vault) -> None:
    a = item(bob)
    with contextlib.suppress(BadInput):
        item(bob, description="")  # refused: must not consume a number
    b = item(bob, description="Phone")
    assert (a.exhibit_id, b.exhibit_id) == (f"{REF}/1", f"{REF}/2")
    assert model.exhibit_label("Scellé n° {n}", REF, 3) == "Scellé n° 3"
    assert model.exhibit_label("JD/{n}", REF, 1) == "JD/1"


@pytest.mark.parametrize(
    ("field", "value", "match"),
    [
        ("description", "", "empty"),
        ("description", "x" * 2001, "at most 2000"),
        ("description", "bad\x07bell", "control character"),
        ("seal", "S\n1", "control character"),
        ("seal", "S" * 65, "at most 64"),
        ("kind", "liquid", "physical or digital"),
        ("location", "x" * 201, "at most 200"),
    ],
)
def test_bad_item_fields_are_refused(
    bob: vault_mod.Vault, field: str, value: str, match: str
) -> None:
    kw: dict[str, object] = {"description": "Laptop", field: value}
    with refused(bob, BadInput, match):
        item(bob, **kw)


def test_text_round_trips_exactly(bob: vault_mod.Vault) -> None:
    tricky = 'Robert\'); DROP TABLE items;-- «=1+1» 証拠 \u00e9 e\u0301 😀, "quoted"'
    it = item(bob, description=tricky, seal='=HYPERLINK("x")')
    import unicodedata

    assert it.description == unicodedata.normalize("NFC", tricky)
    assert it.seal == '=HYPERLINK("x")'


def test_dates_future_refused_and_before_case_flagged(bob: vault_mod.Vault) -> None:
    with refused(bob, BadInput, "in the future"):
        item(bob, seized_at=datetime.now(UTC) + timedelta(days=2))
    added = model.add_item(
        bob,
        REF,
        model.ItemDraft(description="Seized last year", seized_at=datetime(2025, 1, 1, tzinfo=UTC)),
    )
    assert added.item.flags == ("before_case_opened",)
    assert "before the case was opened" in added.warnings[0]


def test_digital_item_with_hashes(bob: vault_mod.Vault, tmp_path: Path) -> None:
    f = tmp_path / "image.dd"
    f.write_bytes(os.urandom(3 * 1024 * 1024 + 17))
    digests = hash_file(f)
    with refused(bob, BadInput, "Only a digital item"):
        model.add_item(bob, REF, model.ItemDraft(description="x"), digests=digests)
    it = model.add_item(
        bob, REF, model.ItemDraft(description="Image", kind="digital"), digests=digests
    ).item
    import hashlib

    assert it.sha256 == hashlib.sha256(f.read_bytes()).hexdigest()
    assert it.md5 == hashlib.md5(f.read_bytes()).hexdigest()
    assert it.hashed_by == "bob" and it.size == f.stat().st_size


# -- custody --------------------------------------------------------------------------------


def test_full_custody_life(bob: vault_mod.Vault, tmp_path: Path) -> None:
    it = item(bob, seal="S-1", location="Locker 3")
    t = model.transfer_custody(bob, it.exhibit_id, "erin", "erin-password", reason="analysis")
    assert (t.kind, t.counterpart, t.cosigned_by) == ("transfer", "erin", ("erin",))
    with as_user(bob, "erin") as erin:
        assert model.check_out(erin, it.exhibit_id, "imaging", due=date.today()).kind == "checkout"
        assert model.check_in(erin, it.exhibit_id, location="Locker 4").kind == "checkin"
        assert model.move_item(erin, it.exhibit_id, "Vault B").location == "Vault B"
        e = model.reseal(erin, it.exhibit_id, "S-2", reason="opened")
        assert (e.details["old_seal"], e.details["new_seal"]) == ("S-1", "S-2")
        model.request_disposition(
            erin, it.exhibit_id, "destroyed", authority="Court order 12/2026", witness="dave"
        )
        assert model.show_item(erin, it.exhibit_id)[0].status == "in_custody"
    with as_user(bob, "carol") as carol:
        model.approve_disposition(carol, it.exhibit_id, comment="ok")
        final, events = model.show_item(carol, it.exhibit_id)
        assert final.status == "destroyed" and final.custodian is None
        assert [e.kind for e in events] == [
            "seizure",
            "transfer",
            "checkout",
            "checkin",
            "move",
            "reseal",
            "disposition_request",
            "disposition",
        ]
        assert all(e.tz for e in events)
        report = carol.verify(full=True)
        assert report.intact, report.to_json()


def test_illegal_transitions_are_refused(bob: vault_mod.Vault) -> None:
    it = item(bob)
    x = it.exhibit_id
    with refused(bob, BadInput, "not checked out"):
        model.check_in(bob, x)
    with refused(bob, BadInput, "already holds"):
        model.transfer_custody(bob, x, "bob", "bob-password")
    model.check_out(bob, x, "analysis")
    with refused(bob, BadInput, "checked out"):
        model.check_out(bob, x, "again")
    with refused(bob, BadInput, "check it in before"):
        model.transfer_custody(bob, x, "erin", "erin-password")
    model.check_in(bob, x)
    with (
        as_user(bob, "carol") as carol,
        refused(carol, BadInput, "no disposition awaiting approval"),
    ):
        model.approve_disposition(carol, x)
    model.request_disposition(bob, x, "destroyed", authority="Order 1", witness="dave")
    with refused(bob, BadInput, "already has a disposition"):
        model.request_disposition(bob, x, "returned", authority="Order 2", witness="dave")
    with refused(bob, PermissionDenied, allowed=("access.denied",)):
        model.approve_disposition(bob, x)  # an investigator cannot approve
    with as_user(bob, "carol") as carol:
        model.approve_disposition(carol, x)
    with refused(bob, BadInput, "was destroyed"):
        model.transfer_custody(bob, x, "erin", "erin-password")
    with refused(bob, BadInput, "was destroyed"):
        model.check_out(bob, x, "analysis")
    with refused(bob, BadInput, "was destroyed"):
        model.check_in(bob, x)


def test_transfer_refusals(bob: vault_mod.Vault) -> None:
    it = item(bob)
    x = it.exhibit_id
    with refused(
        bob, AuthenticationFailed, "receiver's name or password", allowed=("auth.failed",)
    ):
        model.transfer_custody(bob, x, "erin", "not-erin's-password")
    with refused(bob, BadInput, "auditor"):
        model.transfer_custody(bob, x, "dave", "dave-password")
    with as_user(bob, "alice") as admin:
        users.add_user(admin, "ian", Role.INVESTIGATOR, "ian-password")
    with refused(bob, BadInput, "not assigned"):
        model.transfer_custody(bob, x, "ian", "ian-password")
    bob.close()  # re-keying needs the vault to itself
    with as_user(bob, "alice") as admin:
        users.revoke_user(admin, "erin", reason="left")
    with as_user(bob, "bob") as b2, refused(b2, BadInput, "revoked"):
        model.transfer_custody(b2, x, "erin", "erin-password")
    with as_user(bob, "bob") as b2, refused(b2, NotFound, "no user called nobody"):
        model.transfer_custody(b2, x, "nobody", "x")


def test_only_custodian_or_supervisor_hands_over(bob: vault_mod.Vault) -> None:
    it = item(bob)
    with as_user(bob, "erin") as erin:
        with refused(erin, PermissionDenied, "Only the custodian"):
            model.check_out(erin, it.exhibit_id, "analysis")
        with refused(erin, PermissionDenied, "Only the custodian"):
            model.transfer_custody(erin, it.exhibit_id, "erin", "erin-password")
    with as_user(bob, "carol") as carol:
        model.check_out(carol, it.exhibit_id, "supervised analysis")


def test_due_date_in_the_past_and_disposition_witness(bob: vault_mod.Vault) -> None:
    it = item(bob)
    with refused(bob, BadInput, "in the past"):
        model.check_out(bob, it.exhibit_id, "analysis", due=date.today() - timedelta(days=1))
    with refused(bob, BadInput, "chain of custody"):
        model.request_disposition(bob, it.exhibit_id, "destroyed", authority="Order", witness="bob")
    model.transfer_custody(bob, it.exhibit_id, "erin", "erin-password")
    with as_user(bob, "erin") as erin:
        with refused(erin, BadInput, "chain of custody"):  # bob held it before
            model.request_disposition(
                erin, it.exhibit_id, "destroyed", authority="Order", witness="bob"
            )
        with refused(erin, BadInput, "returned, released, destroyed or transferred"):
            model.request_disposition(
                erin, it.exhibit_id, "burned", authority="Order", witness="dave"
            )
        model.request_disposition(
            erin, it.exhibit_id, "returned", authority="Order", witness="dave"
        )
    with as_user(bob, "sam") as sam:
        model.approve_disposition(sam, it.exhibit_id)
        assert model.show_item(sam, it.exhibit_id)[0].status == "released"


def test_requester_cannot_approve_own_disposition(bob: vault_mod.Vault) -> None:
    it = item(bob)
    with as_user(bob, "carol") as carol:
        model.request_disposition(
            carol, it.exhibit_id, "destroyed", authority="Order", witness="dave"
        )
        with refused(carol, PermissionDenied, "another supervisor"):
            model.approve_disposition(carol, it.exhibit_id)


def test_hash_verification_match_mismatch_and_unreadable(
    bob: vault_mod.Vault, tmp_path: Path
) -> None:
    f = tmp_path / "image.dd"
    f.write_bytes(os.urandom(100_000))
    it = model.add_item(
        bob, REF, model.ItemDraft(description="Image", kind="digital"), digests=hash_file(f)
    ).item
    assert model.verify_hash(bob, it.exhibit_id, str(f)).match is True
    f.write_bytes(f.read_bytes() + b"x")
    check = model.verify_hash(bob, it.exhibit_id, str(f))
    assert check.match is False
    assert model.show_item(bob, it.exhibit_id)[0].hash_mismatch
    with refused(bob, BadInput, "does not exist"):
        model.verify_hash(bob, it.exhibit_id, str(tmp_path / "gone.dd"))
    physical = item(bob)
    with refused(bob, BadInput, "physical"):
        model.verify_hash(bob, physical.exhibit_id, str(f))


def test_transfer_without_countersignature_fails_verification(bob: vault_mod.Vault) -> None:
    from tests.security.helpers import tamper

    it = item(bob)
    event = model.transfer_custody(bob, it.exhibit_id, "erin", "erin-password")
    key = bob.db_key
    tamper(bob.path, key, f"DELETE FROM journal_cosignature WHERE seq = {event.seq}")
    report = bob.verify(full=True)
    assert not report.intact
    assert [(p.seq, p.kind) for p in report.problems] == [(event.seq, "cosignature")]


# -- notes ----------------------------------------------------------------------------------


def test_notes_revisions_strike_and_search(bob: vault_mod.Vault) -> None:
    n = model.add_note(bob, REF, "Perquisition au domicile à 06h00.")
    model.edit_note(bob, n.id, "Perquisition au domicile à 06h05.")
    it = item(bob)
    model.add_note(bob, it.exhibit_id, "Écran fissuré, batterie retirée.")
    hist = model.note_history(bob, n.id)
    assert [h.text for h in hist] == [
        "Perquisition au domicile à 06h00.",
        "Perquisition au domicile à 06h05.",
    ]
    assert [x.id for x in model.search_notes(bob, "perquisition")] == [n.id]
    assert [x.id for x in model.search_notes(bob, "PERQUISITION Domicile")] == [n.id]
    assert len(model.search_notes(bob, "ecran")) == 1  # accents folded
    assert model.search_notes(bob, "06h00") == []  # the old revision is not current
    struck = model.strike_note(bob, n.id, reason="wrong case")
    assert struck.struck and struck.text == "Perquisition au domicile à 06h05."
    with refused(bob, BadInput, "struck through"):
        model.edit_note(bob, n.id, "again")
    other = model.add_note(bob, REF, "bob's")
    with as_user(bob, "erin") as erin:
        with refused(erin, PermissionDenied, "Only the author"):
            model.strike_note(erin, other.id, reason="x")
        with refused(erin, PermissionDenied, "Only the author"):
            model.edit_note(erin, other.id, "hijack")


def test_search_is_limited_to_visible_cases(bob: vault_mod.Vault) -> None:
    model.add_case(bob, "2026-0099", "Secret")
    model.add_note(bob, "2026-0099", "perquisition secrète")
    model.add_note(bob, REF, "perquisition publique")
    with as_user(bob, "erin") as erin:
        assert [x.text for x in model.search_notes(erin, "perquisition")] == [
            "perquisition publique"
        ]
    with as_user(bob, "carol") as carol:
        assert len(model.search_notes(carol, "perquisition")) == 2


def test_search_query_is_not_fts_syntax(bob: vault_mod.Vault) -> None:
    model.add_note(bob, REF, 'a "quoted" NEAR(word) AND or *')
    for query in ['"', "NEAR(", "a AND", "*", ")("]:
        with contextlib.suppress(BadInput):
            model.search_notes(bob, query)  # never an FTS5 syntax error


def test_reads_are_journaled(bob: vault_mod.Vault) -> None:
    it = item(bob)
    n = model.add_note(bob, REF, "text")
    calls: list[tuple[Callable[[], object], str]] = [
        (lambda: model.show_case(bob, REF), "case.view"),
        (lambda: model.list_items(bob, REF), "item.list"),
        (lambda: model.show_item(bob, it.exhibit_id), "item.view"),
        (lambda: model.view_note(bob, n.id), "note.view"),
        (lambda: model.note_history(bob, n.id), "note.history"),
        (lambda: model.search_notes(bob, "text"), "note.search"),
        (lambda: model.list_cases(bob), "case.list"),
    ]
    for call, action in calls:
        seq = bob.head().seq
        call()
        assert new_actions(bob, seq) == [action]


def test_reason_lists_extendable_by_admin(bob: vault_mod.Vault) -> None:
    with refused(bob, PermissionDenied, allowed=("access.denied",)):
        model.add_reason(bob, "transfer", "lab", "To the lab")
    with as_user(bob, "alice") as admin:
        model.add_reason(admin, "transfer", "lab", "To the lab")
        assert ("lab", "To the lab") in model.reasons(admin, "transfer")
        with refused(admin, BadInput, "already"):
            model.add_reason(admin, "transfer", "lab", "Again")


def test_domain_replay_matches_projection(bob: vault_mod.Vault) -> None:
    it = item(bob)
    model.transfer_custody(bob, it.exhibit_id, "erin", "erin-password")
    n = model.add_note(bob, REF, "one")
    model.edit_note(bob, n.id, "two")
    model.strike_note(bob, n.id, reason="x")
    assert bob.verify(full=True).intact
    from tests.security.helpers import tamper

    tamper(bob.path, bob.db_key, f"UPDATE items SET custodian = '{bob.user.id}'")
    report = bob.verify(full=True)
    assert [p.kind for p in report.problems] == ["projection"]
    assert "items" in report.problems[0].detail


def test_case_timeline_and_pending_disposition(bob: vault_mod.Vault) -> None:
    a = item(bob)
    b = item(bob, description="Phone")
    model.check_out(bob, b.exhibit_id, "analysis")
    assert model.pending_disposition(bob, a.exhibit_id) is None
    request = model.request_disposition(
        bob, a.exhibit_id, "destroyed", authority="Order", witness="dave"
    )
    assert model.pending_disposition(bob, a.exhibit_id) == request
    events = model.case_timeline(bob, a.case_id)
    assert [e.kind for e in events] == ["seizure", "seizure", "checkout", "disposition_request"]
    assert [e.seq for e in events] == sorted(e.seq for e in events)


def test_common_words_list_newest_first(bob: vault_mod.Vault, monkeypatch) -> None:
    ids = [model.add_note(bob, REF, f"perquisition numéro {n}").id for n in range(5)]
    monkeypatch.setattr(model, "RANKED_SEARCH_MAX", 2)
    assert [n.id for n in model.search_notes(bob, "perquisition")] == ids[::-1]
    monkeypatch.setattr(model, "RANKED_SEARCH_MAX", 100)
    assert sorted(n.id for n in model.search_notes(bob, "perquisition")) == ids


def test_redacted_note_text_leaves_projection_and_search(bob: vault_mod.Vault) -> None:
    from scelle.core import audit

    n = model.add_note(bob, REF, "Témoin : Jean Dupont")
    model.edit_note(bob, n.id, "Témoin : Jean Dupont, 12 rue Mercière")
    with as_user(bob, "alice") as admin:
        audit.redact_payload(admin, n.id, ["text"], reason="retention rule R-7")
        assert admin.verify(full=True).intact  # the replay agrees with the projection
    history = model.note_history(bob, n.id)
    assert [h.text for h in history] == [None, "Témoin : Jean Dupont, 12 rue Mercière"]
    assert model.view_note(bob, n.id).text == "Témoin : Jean Dupont, 12 rue Mercière"
    edit_seq = history[1].seq
    with as_user(bob, "alice") as admin:
        audit.redact_payload(admin, edit_seq, ["text"], reason="retention rule R-7")
        assert admin.verify(full=True).intact
    assert model.view_note(bob, n.id).text is None
    assert model.search_notes(bob, "Dupont") == []
