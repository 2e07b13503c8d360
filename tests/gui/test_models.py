"""Every model passes qtmodeltester; long lists are revealed page by page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from scelle.core import model
from scelle.core.model import Case
from scelle.gui.models import (
    PAGE,
    RECORD_ROLE,
    CaseModel,
    CustodyModel,
    FilterProxy,
    ItemModel,
    NoteModel,
    RevisionModel,
)
from tests.conftest import PASSWORDS, open_as


def _case(n: int) -> Case:
    return Case(
        id=f"id-{n}",
        ref=f"2026-{n:04d}",
        title=f"Case {n}",
        status="open",
        retention=None,
        opened_at="2026-01-02T03:04:05.000Z",
        created_by="bob",
        members=("bob",),
        item_count=n % 7,
    )


def test_case_model_pages_and_sorts(qtmodeltester) -> None:
    m = CaseModel()
    m.set_records([_case(n) for n in range(1, 451)])
    assert m.rowCount() == PAGE and m.canFetchMore(QModelIndex())
    m.fetchMore(QModelIndex())
    assert m.rowCount() == 2 * PAGE
    m.fetchMore(QModelIndex())
    assert m.rowCount() == 450 and not m.canFetchMore(QModelIndex())
    qtmodeltester.check(m)
    paged = CaseModel()
    paged.set_records([_case(n) for n in range(1, 451)])
    qtmodeltester.check(paged)  # the tester fetches more as a view would
    proxy = FilterProxy(m)
    qtmodeltester.check(proxy)
    proxy.sort(3, Qt.SortOrder.DescendingOrder)  # items: numeric sort
    assert proxy.index(0, 3).data() == "6"
    proxy.setFilterFixedString("case 45")
    refs = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert refs == {"2026-0045", *{f"2026-{n:04d}" for n in range(450, 451)}}
    m.clear()
    assert m.rowCount() == 0
    qtmodeltester.check(m)


def test_models_over_real_records(qtmodeltester, vault_path: Path, tmp_path: Path) -> None:
    from scelle.core.hashing import hash_file

    f = tmp_path / "f.bin"
    f.write_bytes(b"evidence" * 1000)
    with open_as(vault_path, "bob") as v:
        model.add_case(v, "2026-0042", "Burglary")
        model.add_item(v, "2026-0042", model.ItemDraft(description="Crowbar"))
        model.add_item(
            v,
            "2026-0042",
            model.ItemDraft(description="Disk image", kind="digital"),
            digests=hash_file(f),
        )
        model.transfer_custody(v, "2026-0042/1", "carol", PASSWORDS["carol"], reason="storage")
        note = model.add_note(v, "2026-0042", "First note")
        model.edit_note(v, note.id, "First note, corrected")
        case, items = model.show_case(v, "2026-0042")
        events = [e for i in items for e in model.timeline(v, i.id)]
        notes = model.notes_of(v, case.id)
        revisions = model.note_history(v, note.id)
        cases = model.list_cases(v)
    for m, records in (
        (CaseModel(), cases),
        (ItemModel(), items),
        (CustodyModel(exhibits={i.id: i.exhibit_id for i in items}), events),
        (NoteModel(), notes),
        (RevisionModel(), revisions),
    ):
        m.set_records(records)
        assert m.rowCount() == len(records) > 0
        qtmodeltester.check(m)
        qtmodeltester.check(FilterProxy(m))
        assert m.index(0, 0).data(RECORD_ROLE) == records[0]
    item_model = ItemModel()
    item_model.set_records(items)
    assert item_model.index(1, 8).data().startswith(items[1].sha256[:16])
