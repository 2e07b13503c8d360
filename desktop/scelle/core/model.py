"""Cases, evidence items, custody events and notes: commands and queries (DESIGN §5).

Every command checks permission (the refusal is journaled), validates its input and the
item's state, and appends one signed entry whose applier (projection.py) changes the
tables, all in one transaction: a refusal changes nothing. Every query of protected data
appends its read entry (``case.view``, ``item.view``, ``note.view`` …) before returning, so
there is no way to read a case through this module without journaling it.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from scelle.core import crypto, ids, journal, keyslots, text
from scelle.core.errors import AuthenticationFailed, BadInput, NotFound, PermissionDenied
from scelle.core.hashing import Digests, Progress, hash_file
from scelle.core.permissions import CASE_SCOPED, SEES_ALL_CASES, Action, Role
from scelle.core.projection import DISPOSITION_STATUS
from scelle.core.vault import Vault

DEFAULT_CASE_PATTERN = "YYYY-NNNN"
DEFAULT_EXHIBIT_STYLE = "{case}/{n}"
ITEM_KINDS = ("physical", "digital")
RECEIVED = ("seizure", "receipt")
CASE_STATUSES = ("open", "closed", "archived")
DISPOSITION_METHODS = tuple(DISPOSITION_STATUS)
HOLDER_ROLES = (Role.INVESTIGATOR, Role.SUPERVISOR)

# Reason lists offered by the GUI; administrators extend them (``reason.add``). The command
# line accepts any text: a code from the list is stored as its label.
DEFAULT_REASONS: dict[str, tuple[tuple[str, str], ...]] = {
    "receipt": (
        ("seized", "Seized under warrant"),
        ("handed-over", "Handed over by a person"),
        ("received", "Received from another service"),
    ),
    "transfer": (
        ("analysis", "For analysis"),
        ("storage", "For storage"),
        ("court", "For court"),
        ("handover", "Handover between investigators"),
    ),
    "checkout": (
        ("analysis", "Forensic analysis"),
        ("examination", "Examination"),
        ("court", "Court appearance"),
        ("photography", "Photography"),
    ),
    "move": (
        ("storage", "Storage reorganisation"),
        ("security", "Security"),
        ("return", "Returned to storage"),
    ),
    "seal": (
        ("initial", "Initial sealing"),
        ("opened", "Opened for examination"),
        ("damaged", "Seal damaged"),
    ),
    "disposition": (
        ("court-order", "Court order"),
        ("case-closed", "Case closed"),
        ("retention", "Retention period ended"),
    ),
}


# -- records --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """A case as users see it."""

    id: str
    ref: str
    title: str
    status: str
    retention: str | None
    opened_at: str
    created_by: str
    members: tuple[str, ...]
    item_count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """An evidence item (exhibit)."""

    id: str
    case_id: str
    case_ref: str
    number: int
    exhibit_id: str
    label: str
    kind: str
    description: str
    seal: str | None
    seized_at: str | None
    seized_tz: str | None
    seized_where: str | None
    seized_by: str | None
    seized_from: str | None
    location: str | None
    custodian: str | None
    custodian_name: str | None
    status: str
    size: int | None
    md5: str | None
    sha1: str | None
    sha256: str | None
    hashed_at: str | None
    hashed_by: str | None
    checkout_purpose: str | None
    checkout_due: str | None
    hash_mismatch: bool
    disposition_request: int | None
    flags: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The object of ``scelle item show --json``."""
        out = {k: getattr(self, k) for k in self.__slots__}
        out["flags"] = list(self.flags)
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class CustodyEvent:
    """One custody event of an item's timeline (one journal entry)."""

    seq: int
    item_id: str
    kind: str
    actor: str
    actor_name: str
    at: str
    tz: str | None
    counterpart: str | None
    location: str | None
    purpose: str | None
    authority: str | None
    reason: str | None
    details: dict[str, Any]
    cosigned_by: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The object of ``--json`` timelines."""
        out = {k: getattr(self, k) for k in self.__slots__}
        out["cosigned_by"] = list(self.cosigned_by)
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    """A note's current revision."""

    id: int
    case_id: str
    case_ref: str
    item_id: str | None
    exhibit_id: str | None
    revision: int
    text: str | None
    struck: bool
    strike_reason: str | None
    author: str
    author_name: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        """The object of ``--json`` note listings."""
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(frozen=True, slots=True, kw_only=True)
class NoteRevision:
    """One revision of a note."""

    note_id: int
    revision: int
    text: str | None
    author_name: str
    at: str
    seq: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemDraft:
    """What the user says about a new item."""

    description: str
    kind: str = "physical"
    seal: str | None = None
    seized_at: datetime | None = None
    seized_where: str | None = None
    seized_by: str | None = None
    seized_from: str | None = None
    location: str | None = None
    received: str = "seizure"
    reason: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Added:
    """A new item and any warnings recorded with it (e.g. seized before the case opened)."""

    item: Item
    warnings: tuple[str, ...] = field(default_factory=tuple)


# -- helpers --------------------------------------------------------------------------------


def _names(cur: Any) -> dict[str, str]:
    return {str(r[0]): str(r[1]) for r in cur.execute("SELECT id, name FROM users")}


def case_pattern_regex(pattern: str) -> re.Pattern[str]:
    """The regular expression of an office's case-reference pattern.

    ``YYYY`` is a four-digit year, a run of ``N`` that many digits, anything else itself.
    """
    out = []
    for token in re.finditer(r"YYYY|N+|.", pattern):
        t = token.group(0)
        if t == "YYYY":
            out.append(r"\d{4}")
        elif t.startswith("N"):
            out.append(rf"\d{{{len(t)}}}")
        else:
            out.append(re.escape(t))
    return re.compile("".join(out) + r"\Z")


def check_case_ref(ref: str, pattern: str) -> str:
    """``ref`` if it matches the office's pattern; raise BadInput naming the pattern."""
    ref = text.clean(ref, "title", label="case reference")
    if not case_pattern_regex(pattern).match(ref):
        raise BadInput(
            f"The case reference {ref!r} does not follow the office's format "
            f"{pattern} (e.g. {pattern.replace('YYYY', '2026').replace('N', '0')})."
        )
    return ref


def exhibit_label(style: str, case_ref: str, number: int) -> str:
    """The display label of an exhibit in the office's style (``Scellé n° 3``, ``JD/1``)."""
    try:
        return style.format(case=case_ref, n=number)
    except (KeyError, IndexError, ValueError):
        return f"{case_ref}/{number}"


def _settings(cur: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in cur.execute("SELECT key, value FROM settings")}


def _is_member(cur: Any, case_id: str, user_id: str) -> bool:
    return (
        cur.execute(
            "SELECT 1 FROM case_members WHERE case_id = ? AND user_id = ?", (case_id, user_id)
        ).fetchone()
        is not None
    )


def _authorize(
    vault: Vault, action: Action, *, case_id: str | None = None, subject: str = ""
) -> None:
    """Check permission; a refusal is journaled and raises PermissionDenied."""
    assigned = False
    if case_id is not None:
        with vault.read() as cur:
            assigned = _is_member(cur, case_id, vault.user.id)
    vault.require(action, subject=subject, assigned=assigned, case_scoped=action in CASE_SCOPED)


_CASE_COLS = "id, ref, title, status, retention, opened_at, created_by"


def _case_row(cur: Any, ref: str) -> Any:
    row = cur.execute(f"SELECT {_CASE_COLS} FROM cases WHERE ref = ?", (ref,)).fetchone()
    if row is None:
        raise NotFound(f"There is no case {ref}.")
    return row


def _case_record(cur: Any, row: Any, names: dict[str, str]) -> Case:
    members = tuple(
        sorted(
            names.get(r[0], r[0])
            for r in cur.execute("SELECT user_id FROM case_members WHERE case_id = ?", (row[0],))
        )
    )
    count = cur.execute("SELECT count(*) FROM items WHERE case_id = ?", (row[0],)).fetchone()[0]
    return Case(
        id=row[0],
        ref=row[1],
        title=row[2],
        status=row[3],
        retention=row[4],
        opened_at=row[5],
        created_by=names.get(row[6], row[6]),
        members=members,
        item_count=int(count),
    )


_ITEM_COLS = (
    "i.id, i.case_id, c.ref, i.number, i.exhibit_id, i.kind, i.description, i.seal,"
    " i.seized_at, i.seized_tz, i.seized_where, i.seized_by, i.seized_from, i.location,"
    " i.custodian, i.status, i.size, i.md5, i.sha1, i.sha256, i.hashed_at, i.hashed_by,"
    " i.checkout_purpose, i.checkout_due, i.hash_mismatch, i.disposition_request, i.flags"
)


def _item_record(row: Any, names: dict[str, str], style: str) -> Item:
    return Item(
        id=row[0],
        case_id=row[1],
        case_ref=row[2],
        number=row[3],
        exhibit_id=row[4],
        label=exhibit_label(style, row[2], row[3]),
        kind=row[5],
        description=row[6],
        seal=row[7],
        seized_at=row[8],
        seized_tz=row[9],
        seized_where=row[10],
        seized_by=row[11],
        seized_from=row[12],
        location=row[13],
        custodian=row[14],
        custodian_name=names.get(row[14]) if row[14] else None,
        status=row[15],
        size=row[16],
        md5=row[17],
        sha1=row[18],
        sha256=row[19],
        hashed_at=row[20],
        hashed_by=names.get(row[21], row[21]) if row[21] else None,
        checkout_purpose=row[22],
        checkout_due=row[23],
        hash_mismatch=bool(row[24]),
        disposition_request=row[25],
        flags=tuple(row[26].split(",")) if row[26] else (),
    )


def _item(cur: Any, exhibit_id: str) -> Item:
    row = cur.execute(
        f"SELECT {_ITEM_COLS} FROM items i JOIN cases c ON c.id = i.case_id WHERE i.exhibit_id = ?",
        (exhibit_id.strip(),),
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no item {exhibit_id}.")
    style = _settings(cur).get("exhibit_style", DEFAULT_EXHIBIT_STYLE)
    return _item_record(row, _names(cur), style)


def _find_item(vault: Vault, exhibit_id: str) -> Item:
    with vault.read() as cur:
        return _item(cur, exhibit_id)


def _find_case(vault: Vault, ref: str) -> tuple[str, str]:
    with vault.read() as cur:
        row = _case_row(cur, ref.strip())
    return str(row[0]), str(row[3])


def _tz() -> str:
    return text.local_zone_name()


def _user_by_name(cur: Any, name: str) -> tuple[str, str, Role, str, bytes]:
    row = cur.execute(
        "SELECT id, name, role, status, ed25519_public FROM users"
        " WHERE name = ? AND role != 'recovery'",
        (name.strip(),),
    ).fetchone()
    if row is None:
        raise NotFound(f"There is no user called {name}.")
    return str(row[0]), str(row[1]), Role(row[2]), str(row[3]), bytes(row[4])


# -- cases ----------------------------------------------------------------------------------


def add_case(
    vault: Vault,
    ref: str,
    title: str,
    *,
    retention: str | None = None,
    members: Sequence[str] = (),
    opened_at: datetime | None = None,
) -> Case:
    """Open a case; its creator and ``members`` (user names) are assigned to it."""
    _authorize(vault, Action.CASE_ADD)
    now = vault.clock()
    with vault.read() as cur:
        pattern = _settings(cur).get("case_ref_pattern", DEFAULT_CASE_PATTERN)
        ref = check_case_ref(ref, pattern)
        if cur.execute("SELECT 1 FROM cases WHERE ref = ?", (ref,)).fetchone():
            raise BadInput(f"A case {ref} already exists; case references are unique.")
        member_ids = {vault.user.id}
        for name in members:
            uid, uname, _role, status, _ = _user_by_name(cur, name)
            if status != "active":
                raise BadInput(f"{uname} was revoked and cannot be assigned to a case.")
            member_ids.add(uid)
    title = text.clean(title, "title")
    opened = opened_at or now
    text.not_in_future(opened, now, label="opening date")
    case_id = ids.new_id()
    with vault.write() as w:
        w.append(
            Action.CASE_ADD,
            f"case:{case_id}",
            {
                "case": {
                    "id": case_id,
                    "ref": ref,
                    "title": title,
                    "retention": text.optional(retention, "retention", label="retention rule"),
                    "opened_at": journal.format_time(opened),
                },
                "members": sorted(member_ids),
                "tz": _tz(),
            },
        )
    return _case_view(vault, ref, journal_read=False)


def assign(vault: Vault, ref: str, user_name: str, *, assigned: bool = True) -> None:
    """Assign a user to a case (or remove them)."""
    case_id, _ = _find_case(vault, ref)
    _authorize(vault, Action.CASE_ASSIGN, subject=f"case:{case_id}")
    with vault.write() as w:
        uid, uname, _, status, _ = _user_by_name(w.cur, user_name)
        member = _is_member(w.cur, case_id, uid)
        if assigned and status != "active":
            raise BadInput(f"{uname} was revoked and cannot be assigned to a case.")
        if member == assigned:
            raise BadInput(f"{uname} is {'already' if member else 'not'} assigned to {ref}.")
        w.append(
            Action.CASE_ASSIGN,
            f"case:{case_id}",
            {"case_id": case_id, "user_id": uid, "assigned": assigned},
        )


def set_case_status(vault: Vault, ref: str, status: str, *, reason: str | None = None) -> None:
    """Close, archive or reopen a case."""
    if status not in CASE_STATUSES:
        raise BadInput("A case status is open, closed or archived.")
    case_id, current = _find_case(vault, ref)
    _authorize(vault, Action.CASE_STATUS, case_id=case_id, subject=f"case:{case_id}")
    if current == status:
        raise BadInput(f"Case {ref} is already {status}.")
    if current == "archived" and status == "open":
        raise BadInput(f"Case {ref} is archived; an archived case cannot be reopened.")
    with vault.write() as w:
        w.append(
            Action.CASE_STATUS,
            f"case:{case_id}",
            {
                "case_id": case_id,
                "status": status,
                "previous": current,
                "reason": text.optional(reason, "reason"),
                "tz": _tz(),
            },
        )


def list_cases(vault: Vault) -> list[Case]:
    """The cases this user may see (journaled as ``case.list``)."""
    _authorize(vault, Action.CASE_LIST)
    with vault.write() as w:
        w.append(Action.CASE_LIST, f"vault:{vault.vault_id}", {})
    with vault.read() as cur:
        names = _names(cur)
        if vault.user.role in SEES_ALL_CASES:
            rows = cur.execute(f"SELECT {_CASE_COLS} FROM cases ORDER BY ref").fetchall()
        else:
            rows = cur.execute(
                f"SELECT {_CASE_COLS} FROM cases WHERE id IN (SELECT case_id FROM case_members"
                " WHERE user_id = ?) ORDER BY ref",
                (vault.user.id,),
            ).fetchall()
        return [_case_record(cur, r, names) for r in rows]


def _case_view(vault: Vault, ref: str, *, journal_read: bool = True) -> Case:
    case_id, _ = _find_case(vault, ref)
    if journal_read:
        _authorize(vault, Action.CASE_VIEW, case_id=case_id, subject=f"case:{case_id}")
        with vault.write() as w:
            w.append(Action.CASE_VIEW, f"case:{case_id}", {"case_id": case_id})
    with vault.read() as cur:
        return _case_record(cur, _case_row(cur, ref.strip()), _names(cur))


def show_case(vault: Vault, ref: str) -> tuple[Case, list[Item]]:
    """A case and its items (journaled as ``case.view``)."""
    case = _case_view(vault, ref)
    return case, _items_of(vault, case.id)


def _items_of(vault: Vault, case_id: str) -> list[Item]:
    with vault.read() as cur:
        style = _settings(cur).get("exhibit_style", DEFAULT_EXHIBIT_STYLE)
        names = _names(cur)
        rows = cur.execute(
            f"SELECT {_ITEM_COLS} FROM items i JOIN cases c ON c.id = i.case_id"
            " WHERE i.case_id = ? ORDER BY i.number",
            (case_id,),
        ).fetchall()
    return [_item_record(r, names, style) for r in rows]


def list_items(vault: Vault, ref: str) -> list[Item]:
    """The items of a case (journaled as ``item.list``)."""
    case_id, _ = _find_case(vault, ref)
    _authorize(vault, Action.ITEM_LIST, case_id=case_id, subject=f"case:{case_id}")
    with vault.write() as w:
        w.append(Action.ITEM_LIST, f"case:{case_id}", {"case_id": case_id})
    return _items_of(vault, case_id)


# -- items ----------------------------------------------------------------------------------


def _draft_payload(
    draft: ItemDraft, now: datetime, opened_at: str
) -> tuple[dict[str, Any], list[str]]:
    if draft.kind not in ITEM_KINDS:
        raise BadInput("An item's kind is physical or digital.")
    if draft.received not in RECEIVED:
        raise BadInput("An item is received by seizure or receipt.")
    flags: list[str] = []
    seized_at = None
    if draft.seized_at is not None:
        text.not_in_future(draft.seized_at, now, label="seizure date")
        if draft.seized_at < journal.parse_time(opened_at):
            flags.append("before_case_opened")
        seized_at = journal.format_time(draft.seized_at)
    return {
        "kind": draft.kind,
        "description": text.clean(draft.description, "description", multiline=True),
        "seal": text.optional(draft.seal, "seal", label="seal number"),
        "seized_at": seized_at,
        "seized_where": text.optional(draft.seized_where, "location", label="place of seizure"),
        "seized_by": text.optional(draft.seized_by, "person", label="seizing officer"),
        "seized_from": text.optional(draft.seized_from, "person", label="person seized from"),
        "location": text.optional(draft.location, "location", label="storage location"),
        "received": draft.received,
        "flags": flags,
    }, flags


def _hashes_json(d: Digests | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"size": d.size, **d.as_dict()}


def _next_item(cur: Any, case_id: str) -> tuple[str, int]:
    """The case's reference and next exhibit number; raise BadInput unless it is open."""
    row = cur.execute(
        "SELECT ref, status, (SELECT coalesce(max(number), 0) + 1 FROM items"
        " WHERE case_id = cases.id) FROM cases WHERE id = ?",
        (case_id,),
    ).fetchone()
    if row[1] != "open":
        raise BadInput(f"Case {row[0]} is {row[1]}; reopen it before adding items.")
    return str(row[0]), int(row[2])


def _new_item_payload(
    vault: Vault,
    case_id: str,
    case_ref: str,
    number: int,
    body: dict[str, Any],
    digests: Digests | None,
    reason: str | None,
) -> dict[str, Any]:
    """The payload of a new item numbered ``number`` in the case."""
    item = dict(
        body,
        id=ids.new_id(),
        case_id=case_id,
        number=number,
        exhibit_id=f"{case_ref}/{number}",
        hashes=_hashes_json(digests),
    )
    if item["seized_by"] is None and item["received"] == "seizure":
        item["seized_by"] = vault.user.name
    return {"item": item, "tz": _tz(), "reason": reason}


def add_item(
    vault: Vault, case_ref: str, draft: ItemDraft, *, digests: Digests | None = None
) -> Added:
    """Record a seized or received item (its first custody event) in the case.

    The exhibit number is the case's next number, allocated in the same transaction, so
    numbers have no gaps. ``digests`` (from :func:`hashing.hash_file`) are recorded for
    digital items. Raises NotFound, PermissionDenied, BadInput.
    """
    case_id, _ = _find_case(vault, case_ref)
    _authorize(vault, Action.ITEM_ADD, case_id=case_id, subject=f"case:{case_id}")
    if digests is not None and draft.kind != "digital":
        raise BadInput("Only a digital item can have hashes; use --kind digital.")
    with vault.read() as cur:
        opened_at = str(_case_row(cur, case_ref.strip())[5])
    body, flags = _draft_payload(draft, vault.clock(), opened_at)
    reason = text.optional(draft.reason, "reason")
    with vault.write() as w:
        case_ref, number = _next_item(w.cur, case_id)
        payload = _new_item_payload(vault, case_id, case_ref, number, body, digests, reason)
        w.append(Action.ITEM_ADD, f"case:{case_id}", payload)
        exhibit = payload["item"]["exhibit_id"]
    warnings = tuple(
        "The seizure date is before the case was opened; it was recorded and flagged."
        for f in flags
        if f == "before_case_opened"
    )
    return Added(item=_find_item(vault, exhibit), warnings=warnings)


def show_item(vault: Vault, exhibit_id: str) -> tuple[Item, list[CustodyEvent]]:
    """An item and its custody timeline (journaled as ``item.view``)."""
    item = _find_item(vault, exhibit_id)
    _authorize(vault, Action.ITEM_VIEW, case_id=item.case_id, subject=f"item:{item.id}")
    with vault.write() as w:
        w.append(Action.ITEM_VIEW, f"item:{item.id}", {"item_id": item.id})
    return item, timeline(vault, item.id)


def timeline(vault: Vault, item_id: str) -> list[CustodyEvent]:
    """The custody events of an item in order (callers journal the read)."""
    with vault.read() as cur:
        names = _names(cur)
        cosigners: dict[int, list[str]] = {}
        for seq, signer in cur.execute(
            "SELECT c.seq, c.signer FROM journal_cosignature c JOIN custody_events e"
            " ON e.seq = c.seq WHERE e.item_id = ? ORDER BY c.seq",
            (item_id,),
        ):
            cosigners.setdefault(int(seq), []).append(names.get(signer, signer))
        rows = cur.execute(
            "SELECT seq, item_id, kind, actor, at, tz, counterpart, location, purpose,"
            " authority, reason, p.body FROM custody_events e JOIN journal_payload p"
            " USING (seq) WHERE item_id = ? ORDER BY seq",
            (item_id,),
        ).fetchall()
    return [
        CustodyEvent(
            seq=r[0],
            item_id=r[1],
            kind=r[2],
            actor=r[3],
            actor_name=names.get(r[3], r[3]),
            at=r[4],
            tz=r[5],
            counterpart=names.get(r[6], r[6]) if r[6] else None,
            location=r[7],
            purpose=r[8],
            authority=r[9],
            reason=r[10],
            details=json.loads(r[11]),
            cosigned_by=tuple(cosigners.get(r[0], ())),
        )
        for r in rows
    ]


# -- custody --------------------------------------------------------------------------------

_GONE = {
    "destroyed": "was destroyed",
    "released": "was released",
    "transferred": "was transferred out of the service",
}


def _require_state(item: Item, *allowed: str, doing: str) -> None:
    if item.status in allowed:
        return
    if item.status in _GONE:
        raise BadInput(f"Item {item.exhibit_id} {_GONE[item.status]}; it cannot be {doing}.")
    if item.status == "checked_out":
        raise BadInput(f"Item {item.exhibit_id} is checked out; check it in before it is {doing}.")
    raise BadInput(f"Item {item.exhibit_id} is not checked out; it cannot be {doing}.")


def _require_holder(vault: Vault, item: Item, doing: str) -> None:
    """Only the current custodian (or a supervisor) hands over or checks out an item."""
    if item.custodian != vault.user.id and vault.user.role != Role.SUPERVISOR:
        who = item.custodian_name or "nobody"
        raise PermissionDenied(
            f"Only the custodian of {item.exhibit_id} ({who}) or a supervisor may {doing}."
        )


def _custody(vault: Vault, exhibit_id: str, action: Action) -> Item:
    item = _find_item(vault, exhibit_id)
    _authorize(vault, action, case_id=item.case_id, subject=f"item:{item.id}")
    return item


def _append_for(
    vault: Vault,
    item: Item,
    action: Action,
    payload: dict[str, Any],
    cosigners: tuple[tuple[str, crypto.Identity], ...] = (),
) -> CustodyEvent:
    """Append a custody entry, re-checking in the transaction that the item did not change."""
    with vault.write() as w:
        row = w.cur.execute(
            "SELECT status, custodian, updated_seq FROM items WHERE id = ?", (item.id,)
        ).fetchone()
        if (row[0], row[1]) != (item.status, item.custodian):
            raise BadInput(f"Item {item.exhibit_id} changed meanwhile; look again and retry.")
        entry = w.append(
            action, f"item:{item.id}", dict(payload, item_id=item.id, tz=_tz()), cosigners=cosigners
        )
    return next(e for e in timeline(vault, item.id) if e.seq == entry.seq)


def authenticate_user(
    vault: Vault, name: str, password: str, *, purpose: str
) -> tuple[str, crypto.Identity]:
    """Authenticate another user at this workstation (the receiver of a transfer).

    Their key slot must open with ``password`` and hold the keys the journal recorded. A
    failure is journaled (``auth.failed``) and raises AuthenticationFailed.
    """
    with vault.read() as cur:
        try:
            uid, uname, _, status, ed_pub = _user_by_name(cur, name)
        except NotFound:
            uid, uname, status, ed_pub = "", name, "unknown", b""
    ksf = keyslots.load(vault.path)
    slot = next((s for s in ksf.slots if s.user_id == uid), None)
    try:
        if slot is None or status != "active":
            raise AuthenticationFailed("The receiver's name or password is wrong.")
        identity = keyslots.open_slot(ksf.vault_id, slot, password.encode("utf-8"))
        if identity.public.ed25519 != ed_pub:
            raise AuthenticationFailed("The receiver's key slot does not match the journal.")
    except AuthenticationFailed as exc:
        with vault.write() as w:
            w.append(
                Action.AUTH_FAILED,
                f"user:{uid or 'unknown'}",
                {"attempt": {"user": uname[:128], "reason": f"{purpose}: {exc}"}},
            )
        raise AuthenticationFailed(
            "The receiver's name or password is wrong; the item was not transferred."
        ) from exc
    return uid, identity


def transfer_custody(
    vault: Vault,
    exhibit_id: str,
    to_name: str,
    receiver_password: str,
    *,
    reason: str | None = None,
    location: str | None = None,
) -> CustodyEvent:
    """Two-party transfer: the receiver authenticates now and countersigns the entry."""
    item = _custody(vault, exhibit_id, Action.CUSTODY_TRANSFER)
    _require_state(item, "in_custody", doing="transferred")
    _require_holder(vault, item, "hand it over")
    with vault.read() as cur:
        uid, uname, role, status, _ = _user_by_name(cur, to_name)
        member = _is_member(cur, item.case_id, uid)
    if uid == item.custodian:
        raise BadInput(f"{uname} already holds {item.exhibit_id}; a transfer needs another person.")
    if status != "active":
        raise BadInput(f"{uname} was revoked and cannot receive evidence.")
    if role not in HOLDER_ROLES:
        raise BadInput(f"{uname} is an {role}; only investigators and supervisors hold evidence.")
    if not member and role not in SEES_ALL_CASES:
        raise BadInput(f"{uname} is not assigned to case {item.case_ref}; assign them first.")
    payload = {
        "from": item.custodian,
        "to": uid,
        "reason": text.optional(reason, "reason"),
        "location": text.optional(location, "location", label="new location"),
    }
    _, identity = authenticate_user(vault, uname, receiver_password, purpose="transfer")
    return _append_for(vault, item, Action.CUSTODY_TRANSFER, payload, cosigners=((uid, identity),))


def check_out(
    vault: Vault,
    exhibit_id: str,
    purpose: str,
    *,
    due: date | None = None,
    reason: str | None = None,
) -> CustodyEvent:
    """Check an item out for analysis (purpose and due date)."""
    item = _custody(vault, exhibit_id, Action.CUSTODY_CHECKOUT)
    _require_state(item, "in_custody", doing="checked out")
    _require_holder(vault, item, "check it out")
    today = vault.clock().astimezone(UTC).date()
    if due is not None and due < today:
        raise BadInput(f"The due date {due.isoformat()} is in the past.")
    return _append_for(
        vault,
        item,
        Action.CUSTODY_CHECKOUT,
        {
            "purpose": text.clean(purpose, "purpose"),
            "due": due.isoformat() if due else None,
            "reason": text.optional(reason, "reason"),
        },
    )


def check_in(
    vault: Vault, exhibit_id: str, *, location: str | None = None, reason: str | None = None
) -> CustodyEvent:
    """Check a checked-out item back in."""
    item = _custody(vault, exhibit_id, Action.CUSTODY_CHECKIN)
    if item.status != "checked_out":
        if item.status in _GONE:
            _require_state(item, "checked_out", doing="checked in")
        raise BadInput(f"Item {item.exhibit_id} is not checked out; it cannot be checked in.")
    _require_holder(vault, item, "check it in")
    return _append_for(
        vault,
        item,
        Action.CUSTODY_CHECKIN,
        {
            "location": text.optional(location, "location"),
            "reason": text.optional(reason, "reason"),
        },
    )


def move_item(
    vault: Vault, exhibit_id: str, to_location: str, *, reason: str | None = None
) -> CustodyEvent:
    """Record a change of storage location."""
    item = _custody(vault, exhibit_id, Action.CUSTODY_MOVE)
    _require_state(item, "in_custody", doing="moved")
    new = text.clean(to_location, "location", label="new location")
    if new == item.location:
        raise BadInput(f"Item {item.exhibit_id} is already at {new}.")
    return _append_for(
        vault,
        item,
        Action.CUSTODY_MOVE,
        {
            "from_location": item.location,
            "to_location": new,
            "reason": text.optional(reason, "reason"),
        },
    )


def reseal(
    vault: Vault, exhibit_id: str, new_seal: str, *, reason: str | None = None
) -> CustodyEvent:
    """Seal or reseal an item (the old and new seal numbers are recorded)."""
    item = _custody(vault, exhibit_id, Action.CUSTODY_SEAL)
    _require_state(item, "in_custody", doing="resealed")
    seal = text.clean(new_seal, "seal", label="seal number")
    if seal == item.seal:
        raise BadInput(f"Item {item.exhibit_id} already has seal {seal}.")
    return _append_for(
        vault,
        item,
        Action.CUSTODY_SEAL,
        {"old_seal": item.seal, "new_seal": seal, "reason": text.optional(reason, "reason")},
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class HashCheck:
    """The outcome of a hash verification."""

    event: CustodyEvent
    match: bool | None  # None: no hashes were recorded before; these are now the record
    computed: Digests


def verify_hash(
    vault: Vault,
    exhibit_id: str,
    path: str,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> HashCheck:
    """Recompute an item's hashes from a file and record match or mismatch.

    The file is hashed before the transaction; a file that cannot be read records nothing.
    A mismatch is recorded (and flagged on the item); the caller must say it loudly.
    """
    item = _custody(vault, exhibit_id, Action.CUSTODY_HASH_VERIFY)
    if item.kind != "digital":
        raise BadInput(f"Item {item.exhibit_id} is physical; only digital items have hashes.")
    _require_state(item, "in_custody", "checked_out", doing="verified")
    computed = hash_file(path, progress=progress, cancel=cancel)
    recorded = {a: v for a in ("md5", "sha1", "sha256") if (v := getattr(item, a))}
    match: bool | None = None
    if recorded:
        match = all(computed.as_dict().get(a) == v for a, v in recorded.items())
        if item.size is not None and item.size != computed.size:
            match = False
    event = _append_for(
        vault,
        item,
        Action.CUSTODY_HASH_VERIFY,
        {
            "file": text.clean(str(path), "path", label="file name"),
            "computed": _hashes_json(computed),
            "recorded": (dict(recorded, size=item.size) if recorded else None),
            "match": match,
        },
    )
    return HashCheck(event=event, match=match, computed=computed)


def request_disposition(
    vault: Vault,
    exhibit_id: str,
    method: str,
    *,
    authority: str,
    witness: str,
    reason: str | None = None,
) -> CustodyEvent:
    """Ask for an item's disposition; it takes effect when a supervisor approves it.

    The witness must be a user who was never in the item's chain of custody.
    """
    item = _custody(vault, exhibit_id, Action.CUSTODY_DISPOSITION_REQUEST)
    if method not in DISPOSITION_METHODS:
        raise BadInput("A disposition is returned, released, destroyed or transferred.")
    _require_state(item, "in_custody", doing="disposed of")
    if item.disposition_request is not None:
        raise BadInput(
            f"Item {item.exhibit_id} already has a disposition awaiting approval "
            f"(#{item.disposition_request})."
        )
    with vault.read() as cur:
        wid, wname, _, wstatus, _ = _user_by_name(cur, witness)
        chain = {
            r[0]
            for r in cur.execute(
                "SELECT actor FROM custody_events WHERE item_id = ? UNION"
                " SELECT counterpart FROM custody_events WHERE item_id = ?"
                " AND counterpart IS NOT NULL",
                (item.id, item.id),
            )
        }
    if wstatus != "active":
        raise BadInput(f"{wname} was revoked and cannot witness a disposition.")
    if wid in chain or wid == vault.user.id or wid == item.custodian:
        raise BadInput(
            f"{wname} was in the chain of custody of {item.exhibit_id}; the "
            "witness must be someone who never held or handled it."
        )
    return _append_for(
        vault,
        item,
        Action.CUSTODY_DISPOSITION_REQUEST,
        {
            "method": method,
            "authority": text.clean(authority, "authority"),
            "witness": wid,
            "reason": text.optional(reason, "reason"),
        },
    )


def approve_disposition(
    vault: Vault, exhibit_id: str, *, comment: str | None = None
) -> CustodyEvent:
    """A supervisor's approval: the second signed entry that makes a disposition happen."""
    item = _custody(vault, exhibit_id, Action.CUSTODY_DISPOSITION_APPROVE)
    if item.disposition_request is None:
        raise BadInput(f"Item {item.exhibit_id} has no disposition awaiting approval.")
    with vault.read() as cur:
        row = cur.execute(
            "SELECT e.actor, p.body FROM custody_events e JOIN journal_payload p USING (seq)"
            " WHERE e.seq = ?",
            (item.disposition_request,),
        ).fetchone()
    if row[0] == vault.user.id:
        raise PermissionDenied(
            "You asked for this disposition; another supervisor must approve it."
        )
    request = json.loads(row[1])
    return _append_for(
        vault,
        item,
        Action.CUSTODY_DISPOSITION_APPROVE,
        {
            "request_seq": item.disposition_request,
            "method": request["method"],
            "authority": request["authority"],
            "witness": request["witness"],
            "comment": text.optional(comment, "comment"),
        },
    )


# -- notes ----------------------------------------------------------------------------------


_NOTE_COLS = (
    "n.id, n.case_id, c.ref, n.item_id, i.exhibit_id, n.revision, n.text, n.struck,"
    " n.strike_reason, n.author, n.created_at"
)
_NOTE_FROM = "FROM notes n JOIN cases c ON c.id = n.case_id LEFT JOIN items i ON i.id = n.item_id"


def _note_record(row: Any, names: dict[str, str]) -> Note:
    return Note(
        id=row[0],
        case_id=row[1],
        case_ref=row[2],
        item_id=row[3],
        exhibit_id=row[4],
        revision=row[5],
        text=row[6],
        struck=bool(row[7]),
        strike_reason=row[8],
        author=row[9],
        author_name=names.get(row[9], row[9]),
        created_at=row[10],
    )


def _note(cur: Any, note_id: int) -> Note:
    row = cur.execute(f"SELECT {_NOTE_COLS} {_NOTE_FROM} WHERE n.id = ?", (note_id,)).fetchone()
    if row is None:
        raise NotFound(f"There is no note {note_id}.")
    return _note_record(row, _names(cur))


def _find_note(vault: Vault, note_id: int) -> Note:
    with vault.read() as cur:
        return _note(cur, note_id)


def resolve_target(vault: Vault, target: str) -> tuple[str, str | None]:
    """``(case_id, item_id)`` of a note's target: a case reference or an exhibit id."""
    target = target.strip()
    if "/" in target:
        item = _find_item(vault, target)
        return item.case_id, item.id
    case_id, _ = _find_case(vault, target)
    return case_id, None


def add_note(vault: Vault, target: str, body: str) -> Note:
    """A contemporaneous note on a case or an item."""
    case_id, item_id = resolve_target(vault, target)
    _authorize(vault, Action.NOTE_ADD, case_id=case_id, subject=f"case:{case_id}")
    note_text = text.clean(body, "note", multiline=True)
    with vault.write() as w:
        entry = w.append(
            Action.NOTE_ADD,
            f"case:{case_id}",
            {"case_id": case_id, "item_id": item_id, "text": note_text, "tz": _tz()},
        )
    return _find_note(vault, entry.seq)


def _own_note(vault: Vault, note_id: int, action: Action, doing: str) -> Note:
    note = _find_note(vault, note_id)
    _authorize(vault, action, case_id=note.case_id, subject=f"note:{note_id}")
    if note.author != vault.user.id and vault.user.role != Role.SUPERVISOR:
        raise PermissionDenied(
            f"Only the author of note {note_id} ({note.author_name}) or a "
            f"supervisor may {doing} it."
        )
    if note.struck:
        raise BadInput(f"Note {note_id} was struck through; it cannot be changed.")
    return note


def edit_note(vault: Vault, note_id: int, body: str) -> Note:
    """A new revision of a note; earlier revisions stay in its history."""
    note = _own_note(vault, note_id, Action.NOTE_EDIT, "edit")
    new_text = text.clean(body, "note", multiline=True)
    if new_text == note.text:
        raise BadInput(f"Note {note_id} already says exactly that.")
    with vault.write() as w:
        w.append(
            Action.NOTE_EDIT,
            f"note:{note_id}",
            {"note_id": note_id, "revision": note.revision + 1, "text": new_text, "tz": _tz()},
        )
    return _find_note(vault, note_id)


def strike_note(vault: Vault, note_id: int, *, reason: str) -> Note:
    """ "Delete" a note: it stays readable, struck through, with the reason."""
    _own_note(vault, note_id, Action.NOTE_STRIKE, "strike")
    with vault.write() as w:
        w.append(
            Action.NOTE_STRIKE,
            f"note:{note_id}",
            {"note_id": note_id, "reason": text.clean(reason, "reason"), "tz": _tz()},
        )
    return _find_note(vault, note_id)


def view_note(vault: Vault, note_id: int) -> Note:
    """A note (journaled as ``note.view``)."""
    note = _find_note(vault, note_id)
    _authorize(vault, Action.NOTE_VIEW, case_id=note.case_id, subject=f"note:{note_id}")
    with vault.write() as w:
        w.append(Action.NOTE_VIEW, f"note:{note_id}", {"note_id": note_id})
    return note


def note_history(vault: Vault, note_id: int) -> list[NoteRevision]:
    """Every revision of a note, oldest first (journaled as ``note.history``)."""
    note = _find_note(vault, note_id)
    _authorize(vault, Action.NOTE_HISTORY, case_id=note.case_id, subject=f"note:{note_id}")
    with vault.write() as w:
        w.append(Action.NOTE_HISTORY, f"note:{note_id}", {"note_id": note_id})
    with vault.read() as cur:
        names = _names(cur)
        rows = cur.execute(
            "SELECT note_id, revision, text, author, at, seq FROM note_revisions"
            " WHERE note_id = ? ORDER BY revision",
            (note_id,),
        ).fetchall()
    return [
        NoteRevision(
            note_id=r[0],
            revision=r[1],
            text=r[2],
            author_name=names.get(r[3], r[3]),
            at=r[4],
            seq=r[5],
        )
        for r in rows
    ]


def notes_of(vault: Vault, case_id: str, *, item_id: str | None = None) -> list[Note]:
    """The notes of a case (or one item); callers have journaled the case or item view."""
    with vault.read() as cur:
        names = _names(cur)
        sql = f"SELECT {_NOTE_COLS} {_NOTE_FROM} WHERE n.case_id = ?"
        params: list[Any] = [case_id]
        if item_id is not None:
            sql += " AND n.item_id = ?"
            params.append(item_id)
        rows = cur.execute(sql + " ORDER BY n.id", params).fetchall()
    return [_note_record(r, names) for r in rows]


def fts_query(query: str) -> str:
    """A user's words as a safe FTS5 query: each word quoted, all required, prefix match."""
    words = re.findall(r"\w+", text.clean(query, "title", label="search"))
    if not words:
        raise BadInput("Type at least one word to search for.")
    return " ".join(f'"{w}"*' for w in words[:16])


RANKED_SEARCH_MAX = 2000


def search_notes(vault: Vault, query: str, *, limit: int = 200) -> list[Note]:
    """Notes matching ``query`` (accents and case folded), only from visible cases.

    Results are ranked by relevance (BM25) when the words are specific enough to match at
    most ``RANKED_SEARCH_MAX`` notes; words that match more are listed newest first, since
    ranking every match of a common word costs far more than the search itself.
    """
    _authorize(vault, Action.NOTE_SEARCH)
    match = fts_query(query)
    sees_all = vault.user.role in SEES_ALL_CASES
    with vault.read() as cur:
        names = _names(cur)
        sql = (
            f"SELECT {_NOTE_COLS} {_NOTE_FROM} JOIN notes_fts f ON f.rowid = n.id"
            " WHERE notes_fts MATCH ?"
        )
        params: list[Any] = [match]
        if not sees_all:
            sql += " AND n.case_id IN (SELECT case_id FROM case_members WHERE user_id = ?)"
            params.append(vault.user.id)
        matches = cur.execute(
            "SELECT count(*) FROM (SELECT 1 FROM notes_fts WHERE notes_fts MATCH ? LIMIT ?)",
            (match, RANKED_SEARCH_MAX + 1),
        ).fetchone()[0]
        if matches <= RANKED_SEARCH_MAX:
            rows = cur.execute(sql + " ORDER BY f.rank LIMIT ?", [*params, limit]).fetchall()
        else:  # newest first, straight from the index, which stops at the limit
            rows = cur.execute(sql + " ORDER BY f.rowid DESC LIMIT ?", [*params, limit]).fetchall()
    results = [_note_record(r, names) for r in rows]
    with vault.write() as w:
        w.append(
            Action.NOTE_SEARCH,
            f"vault:{vault.vault_id}",
            {"query": query[:200], "results": [n.id for n in results]},
        )
    return results


# -- reasons --------------------------------------------------------------------------------


def reasons(vault: Vault, kind: str) -> list[tuple[str, str]]:
    """The reason list for ``kind``: the defaults, then those administrators added."""
    if kind not in DEFAULT_REASONS:
        raise BadInput(f"Reason lists exist for {', '.join(sorted(DEFAULT_REASONS))}.")
    with vault.read() as cur:
        added = [
            (str(r[0]), str(r[1]))
            for r in cur.execute(
                "SELECT code, label FROM reasons WHERE kind = ? ORDER BY added_seq", (kind,)
            )
        ]
    return [*DEFAULT_REASONS[kind], *added]


def add_reason(vault: Vault, kind: str, code: str, label: str) -> None:
    """Extend a reason list (administrators)."""
    _authorize(vault, Action.REASON_ADD)
    existing = {c for c, _ in reasons(vault, kind)}
    code = text.clean(code, "seal", label="reason code")
    if not re.fullmatch(r"[a-z0-9-]{1,32}", code):
        raise BadInput("A reason code has 1 to 32 lower-case letters, digits or hyphens.")
    if code in existing:
        raise BadInput(f"The {kind} reasons already have a code {code}.")
    with vault.write() as w:
        w.append(
            Action.REASON_ADD,
            f"vault:{vault.vault_id}",
            {"kind": kind, "code": code, "label": text.clean(label, "reason")},
        )


# -- bulk import ----------------------------------------------------------------------------


def import_items(
    vault: Vault,
    case_ref: str,
    files: Iterable[tuple[str, Digests]],
    *,
    source: str,
    source_sha256: str,
    fmt: str,
) -> list[str]:
    """One digital item per file, all in one transaction; return the exhibit ids.

    Used by manifest import: either every item is recorded, or none is.
    """
    case_id, _ = _find_case(vault, case_ref)
    _authorize(vault, Action.MANIFEST_IMPORT, case_id=case_id, subject=f"case:{case_id}")
    now = vault.clock()
    exhibits: list[str] = []
    with vault.read() as cur:
        opened_at = str(_case_row(cur, case_ref.strip())[5])
    # Every item shares the same draft but for its description: build it once.
    template, _ = _draft_payload(
        ItemDraft(description="-", kind="digital", received="receipt"), now, opened_at
    )
    reason = f"manifest {source}"
    with vault.write() as w:
        ref, first = _next_item(w.cur, case_id)
        for number, (name, digests) in enumerate(files, start=int(first)):
            body = dict(template, description=text.clean(name, "description", multiline=True))
            payload = _new_item_payload(vault, case_id, ref, number, body, digests, reason)
            w.append(Action.ITEM_ADD, f"case:{case_id}", payload)
            exhibits.append(payload["item"]["exhibit_id"])
        if not exhibits:
            raise BadInput("The manifest lists no files; nothing was imported.")
        w.append(
            Action.MANIFEST_IMPORT,
            f"case:{case_id}",
            {
                "case_id": case_id,
                "source": source[:4096],
                "source_sha256": source_sha256,
                "format": fmt,
                "items": len(exhibits),
                "first": exhibits[0],
                "last": exhibits[-1],
            },
        )
    return exhibits


def case_timeline(vault: Vault, case_id: str) -> list[CustodyEvent]:
    """Every custody event of a case's items, in journal order (callers journal the read)."""
    with vault.read() as cur:
        item_ids = [
            str(r[0])
            for r in cur.execute(
                "SELECT id FROM items WHERE case_id = ? ORDER BY number", (case_id,)
            )
        ]
    events = [e for item_id in item_ids for e in timeline(vault, item_id)]
    return sorted(events, key=lambda e: e.seq)


def pending_disposition(vault: Vault, exhibit_id: str) -> CustodyEvent | None:
    """The disposition request awaiting approval for an item, if any (no read entry: the
    caller has journaled the item view)."""
    item = _find_item(vault, exhibit_id)
    if item.disposition_request is None:
        return None
    return next((e for e in timeline(vault, item.id) if e.seq == item.disposition_request), None)
