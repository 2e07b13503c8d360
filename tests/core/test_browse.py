"""The journal browser's core: filters, keyset pages, payload search, entry checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from scelle.core import audit, model
from scelle.core.errors import NotFound, PermissionDenied
from tests.conftest import open_as
from tests.security.helpers import tamper

REF = "2026-0042"


@pytest.fixture
def busy(vault_path: Path) -> Path:
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage")
        model.add_case(bob, "2026-0043", "Autre")
        for n in range(30):
            model.add_item(
                bob, REF if n % 2 else "2026-0043", model.ItemDraft(description=f"objet {n}")
            )
        model.transfer_custody(bob, f"{REF}/1", "carol", "carol-password", reason="expertise")
        model.add_note(bob, REF, "Perquisition chez M. Dupont")
    return vault_path


def test_pages_are_newest_first_and_contiguous(busy: Path) -> None:
    with open_as(busy, "dave") as dave:
        first = audit.browse_journal(dave, audit.JournalQuery(), limit=10)
        assert first[0].entry.action == "journal.view"  # the browse itself, journaled
        seqs = [r.entry.seq for r in first]
        assert seqs == sorted(seqs, reverse=True) and len(seqs) == 10
        before = dave.head().seq
        second = audit.browse_journal(dave, audit.JournalQuery(), before=seqs[-1], limit=10)
        assert [r.entry.seq for r in second] == list(range(seqs[-1] - 1, seqs[-1] - 11, -1))
        assert dave.head().seq == before  # scrolling adds no entries


def test_filters(busy: Path) -> None:
    with open_as(busy, "dave") as dave:
        by_carol = audit.browse_journal(dave, audit.JournalQuery(user="bob"))
        assert by_carol and all(r.actor_name == "bob" for r in by_carol)
        transfers = audit.browse_journal(dave, audit.JournalQuery(action="custody.transfer"))
        assert [r.entry.action for r in transfers] == ["custody.transfer"]
        custody = audit.browse_journal(dave, audit.JournalQuery(action="custody."))
        assert {r.entry.action for r in custody} == {"custody.transfer"}
        case = audit.browse_journal(dave, audit.JournalQuery(case_ref=REF))
        adds = [r for r in case if r.entry.action == "item.add"]
        assert len(adds) == 15
        item = audit.browse_journal(dave, audit.JournalQuery(exhibit_id=f"{REF}/1"))
        assert {r.entry.action for r in item} == {"custody.transfer"}
        assert audit.browse_journal(dave, audit.JournalQuery(since="2999-01-01")) == []
        assert audit.browse_journal(dave, audit.JournalQuery(until="2000-01-01")) == []
        with pytest.raises(NotFound):
            audit.browse_journal(dave, audit.JournalQuery(user="nobody"))


def test_payload_search(busy: Path) -> None:
    with open_as(busy, "dave") as dave:
        audit.index_for_search(dave)
        hits = audit.browse_journal(dave, audit.JournalQuery(text="perquisition dupont"))
        assert [r.entry.action for r in hits] == ["note.add"]
        assert audit.browse_journal(dave, audit.JournalQuery(text="expertise"))[0].payload
    with open_as(busy, "alice") as admin, pytest.raises(PermissionDenied):
        audit.browse_journal(admin, audit.JournalQuery(text="dupont"))


def test_entry_details_verify_each_entry(busy: Path) -> None:
    with open_as(busy, "dave") as dave:
        transfer = audit.browse_journal(dave, audit.JournalQuery(action="custody.transfer"))[0]
        seq = transfer.entry.seq
        check = audit.entry_details(dave, seq)
        assert (check.hash_ok, check.link_ok, check.signature_ok, check.payload_ok) == (
            True,
            True,
            True,
            True,
        )
        assert check.cosigners == (("carol", True),)
        key = dave.db_key
    tamper(
        busy,
        key,
        f"UPDATE journal_payload SET body = replace(body, 'expertise', 'x') WHERE seq = {seq}",
    )
    with open_as(busy, "dave") as dave:
        assert audit.entry_details(dave, seq).payload_ok is False
