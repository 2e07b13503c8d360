"""Supervisor review: anomalies first, then the log since the last sign-off (issue #6).

A supervisor signs off a case's custody log up to a journal seq with a comment; the
sign-off is a signed entry (``review.sign``) that records the head it covers and the
anomalies that were shown, so that a later reader knows what the supervisor saw.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from scelle.core import journal, text
from scelle.core.errors import BadInput
from scelle.core.model import _authorize, _find_case, _names
from scelle.core.permissions import Action
from scelle.core.vault import Vault

# The delay between a seizure and its record beyond which custody is unknown for a while.
RECORDING_GAP = timedelta(hours=1)

KINDS = (
    "verification",  # the journal itself failed verification
    "hash_mismatch",
    "not_countersigned",
    "custody_gap",
    "overdue_checkout",
    "disposition_pending",
    "clock_backwards",
    "read_by_unassigned",
    "access_denied",
    "failed_unlock",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Anomaly:
    """Something a supervisor must look at, with the journal entries that show it."""

    kind: str
    seqs: tuple[int, ...]
    detail: str
    item: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The object of ``scelle review --json``."""
        return {
            "kind": self.kind,
            "seqs": list(self.seqs),
            "detail": self.detail,
            "item": self.item,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class LogEntry:
    """One journal entry of the case, for the review log."""

    seq: int
    at: str
    actor_name: str
    action: str
    subject: str
    payload: dict[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        """The object of ``scelle review --json``'s log."""
        return {
            "seq": self.seq,
            "at": self.at,
            "actor_name": self.actor_name,
            "action": self.action,
            "subject": self.subject,
            "payload": self.payload,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Review:
    """What the review view shows."""

    case_ref: str
    case_id: str
    anomalies: list[Anomaly]
    log: list[LogEntry]
    last_signoff: int | None  # seq covered by the last sign-off
    head: journal.Head


@dataclass(frozen=True, slots=True, kw_only=True)
class SignOff:
    """A recorded sign-off."""

    seq: int
    reviewer: str
    at: str
    up_to_seq: int
    up_to_hash: str
    comment: str
    anomalies: int


def case_subjects(cur: Any, case_id: str) -> list[str]:
    """Every journal subject that belongs to a case: the case, its items, its notes."""
    subjects = [f"case:{case_id}"]
    subjects += [
        f"item:{r[0]}" for r in cur.execute("SELECT id FROM items WHERE case_id = ?", (case_id,))
    ]
    subjects += [
        f"note:{r[0]}" for r in cur.execute("SELECT id FROM notes WHERE case_id = ?", (case_id,))
    ]
    return subjects


def case_entries(
    cur: Any, case_id: str, *, since: int = 0
) -> Iterator[tuple[journal.JournalEntry, str | None]]:
    """The case's journal entries after ``since``, in order (through the subject index)."""
    subjects = case_subjects(cur, case_id)
    seqs: list[int] = []
    for i in range(0, len(subjects), 500):
        chunk = subjects[i : i + 500]
        marks = ",".join("?" * len(chunk))
        seqs += [
            int(r[0])
            for r in cur.execute(
                f"SELECT seq FROM journal WHERE subject IN ({marks}) AND seq > ?",
                (*chunk, since),
            )
        ]
    for seq in sorted(seqs):
        e = journal.entry_at(cur, seq)
        body = journal.payload_body(cur, seq)
        if e is not None:
            yield e, body[1] if body else None


def _anomalies(vault: Vault, cur: Any, case_id: str, since: int, today: date) -> list[Anomaly]:
    names = _names(cur)
    out: list[Anomaly] = []
    members: set[str] = set()
    custodian: dict[str, str | None] = {}
    last_at: datetime | None = None
    transfer_seqs: list[int] = []
    exhibits = {
        r[0]: r[1]
        for r in cur.execute("SELECT id, exhibit_id FROM items WHERE case_id = ?", (case_id,))
    }
    for e, body in case_entries(cur, case_id):
        p = json.loads(body) if body else {}
        at = journal.parse_time(e.at)
        item_id = e.subject.removeprefix("item:") if e.subject.startswith("item:") else None
        if e.action == Action.ITEM_ADD:  # recorded under the case: the item is in the payload
            item_id = (p.get("item") or {}).get("id")
        exhibit = exhibits.get(item_id or "")
        if e.action == Action.CASE_ADD:
            members = set(p.get("members", []))
        elif e.action == Action.CASE_ASSIGN:
            (members.add if p.get("assigned") else members.discard)(p.get("user_id", ""))
        holder_before = custodian.get(item_id or "")
        if item_id and e.action == Action.ITEM_ADD:
            custodian[item_id] = e.actor
        elif item_id and e.action == Action.CUSTODY_TRANSFER:
            custodian[item_id] = p.get("to")
        previous_at, last_at = last_at, max(last_at, at) if last_at else at
        if e.seq <= since:  # signed off already: only the state it leads to matters
            continue
        found: list[tuple[str, str]] = []  # (kind, detail) of this entry's anomalies
        if previous_at is not None and at < previous_at - journal.CLOCK_TOLERANCE:
            found.append(
                (
                    "clock_backwards",
                    f"entry #{e.seq} is dated {e.at}, before an earlier entry "
                    f"({journal.format_time(previous_at)})",
                )
            )
        if e.action == Action.ITEM_ADD and item_id:
            seized = (p.get("item") or {}).get("seized_at")
            if seized and at - journal.parse_time(seized) > RECORDING_GAP:
                hours = (at - journal.parse_time(seized)).total_seconds() / 3600
                found.append(
                    (
                        "custody_gap",
                        f"{exhibit} was seized {hours:.1f} h before it was recorded: who held it "
                        "meanwhile is not in the journal",
                    )
                )
        elif e.action == Action.CUSTODY_TRANSFER and item_id:
            transfer_seqs.append(e.seq)
            if p.get("from") != holder_before:
                found.append(
                    (
                        "custody_gap",
                        f"{exhibit} was handed over by {names.get(p.get('from') or '', '?')} "
                        f"but the journal had {names.get(holder_before or '', '?')} "
                        "holding it",
                    )
                )
        elif e.action == Action.CUSTODY_HASH_VERIFY and p.get("match") is False:
            found.append(
                (
                    "hash_mismatch",
                    f"{exhibit}: the file {p.get('file')} did not match the recorded hashes",
                )
            )
        elif (
            e.action
            in (
                Action.CASE_VIEW,
                Action.ITEM_VIEW,
                Action.ITEM_LIST,
                Action.NOTE_VIEW,
                Action.NOTE_HISTORY,
            )
            and e.actor not in members
        ):
            found.append(
                (
                    "read_by_unassigned",
                    f"{names.get(e.actor, e.actor)}, not assigned to the case, read it "
                    f"({e.action})",
                )
            )
        elif e.action == Action.ACCESS_DENIED:
            found.append(
                (
                    "access_denied",
                    f"{names.get(e.actor, e.actor)} was refused {p.get('action')}",
                )
            )
        out += [Anomaly(kind=k, seqs=(e.seq,), item=exhibit, detail=d) for k, d in found]
    if transfer_seqs:
        marks = ",".join("?" * len(transfer_seqs))
        signed = {
            int(r[0])
            for r in cur.execute(
                f"SELECT seq FROM journal_cosignature WHERE seq IN ({marks})", transfer_seqs
            )
        }
        for seq in transfer_seqs:
            if seq not in signed:
                out.append(
                    Anomaly(
                        kind="not_countersigned",
                        seqs=(seq,),
                        detail=(f"the transfer #{seq} has no countersignature by its receiver"),
                    )
                )
    for row in cur.execute(
        "SELECT exhibit_id, checkout_due, updated_seq FROM items WHERE case_id = ? AND"
        " status = 'checked_out' AND checkout_due IS NOT NULL AND checkout_due < ?",
        (case_id, today.isoformat()),
    ):
        out.append(
            Anomaly(
                kind="overdue_checkout",
                seqs=(int(row[2]),),
                item=row[0],
                detail=(f"{row[0]} was due back on {row[1]}"),
            )
        )
    for row in cur.execute(
        "SELECT exhibit_id, disposition_request FROM items WHERE case_id = ? AND"
        " disposition_request IS NOT NULL",
        (case_id,),
    ):
        out.append(
            Anomaly(
                kind="disposition_pending",
                seqs=(int(row[1]),),
                item=row[0],
                detail=f"the disposition of {row[0]} awaits a supervisor",
            )
        )
    failed = [
        int(r[0])
        for r in cur.execute(
            "SELECT seq FROM journal WHERE action = ? AND seq > ?",
            (Action.AUTH_FAILED.value, since),
        )
    ]
    if failed:
        out.append(
            Anomaly(
                kind="failed_unlock",
                seqs=tuple(failed),
                detail=(f"{len(failed)} failed authentication attempt(s) since the last sign-off"),
            )
        )
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(out, key=lambda a: (order[a.kind], a.seqs))


def _last_signoff(cur: Any, case_id: str) -> int | None:
    row = cur.execute("SELECT max(up_to_seq) FROM reviews WHERE case_id = ?", (case_id,)).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def review(vault: Vault, case_ref: str) -> Review:
    """Anomalies, then the case's log since the last sign-off (journaled as review.view)."""
    case_id, _ = _find_case(vault, case_ref)
    _authorize(vault, Action.REVIEW_VIEW, case_id=case_id, subject=f"case:{case_id}")
    report = vault.verify()
    with vault.write() as w:
        w.append(Action.REVIEW_VIEW, f"case:{case_id}", {"case_id": case_id})
    today = vault.clock().astimezone(UTC).date()
    with vault.read() as cur:
        since = _last_signoff(cur, case_id) or 0
        found = _anomalies(vault, cur, case_id, since, today)
        found[:0] = [
            Anomaly(kind="verification", seqs=(p.seq,) if p.seq else (), detail=p.detail)
            for p in report.warnings
        ]
        names = _names(cur)
        log = [
            LogEntry(
                seq=e.seq,
                at=e.at,
                actor_name=names.get(e.actor, e.actor),
                action=e.action,
                subject=e.subject,
                payload=json.loads(body) if body else None,
            )
            for e, body in case_entries(cur, case_id, since=since)
        ]
        head = journal.head(cur)
    return Review(
        case_ref=case_ref,
        case_id=case_id,
        anomalies=found,
        log=log,
        last_signoff=since or None,
        head=head,
    )


def sign_off(vault: Vault, case_ref: str, comment: str, *, up_to: int | None = None) -> SignOff:
    """Record a supervisor's signed review of the case's log up to ``up_to`` (default: now).

    The entry records the anomalies listed at that moment, so the sign-off says what was
    seen. ``up_to`` must not be beyond the head nor before the last sign-off.
    """
    current = review(vault, case_ref)
    _authorize(
        vault, Action.REVIEW_SIGN, case_id=current.case_id, subject=f"case:{current.case_id}"
    )
    comment = text.clean(comment, "comment")
    with vault.write() as w:
        target = up_to if up_to is not None else w.head.seq
        if target > w.head.seq:
            raise BadInput(f"The journal ends at #{w.head.seq}; a review cannot cover #{target}.")
        if current.last_signoff is not None and target <= current.last_signoff:
            raise BadInput(f"The case was already signed off up to #{current.last_signoff}.")
        entry = journal.entry_at(w.cur, target)
        assert entry is not None
        signed = w.append(
            Action.REVIEW_SIGN,
            f"case:{current.case_id}",
            {
                "case_id": current.case_id,
                "up_to": {"seq": target, "entry_hash": entry.entry_hash.hex()},
                "comment": comment,
                "anomalies": [a.to_json() for a in current.anomalies],
                "tz": text.local_zone_name(),
            },
        )
    return next(s for s in signoffs(vault, current.case_id) if s.seq == signed.seq)


def signoffs(vault: Vault, case_id: str) -> list[SignOff]:
    """The case's sign-offs, oldest first (callers journal the read)."""
    with vault.read() as cur:
        names = _names(cur)
        rows = cur.execute(
            "SELECT seq, reviewer, at, up_to_seq, up_to_hash, comment, anomalies"
            " FROM reviews WHERE case_id = ? ORDER BY seq",
            (case_id,),
        ).fetchall()
    return [
        SignOff(
            seq=r[0],
            reviewer=names.get(r[1], r[1]),
            at=r[2],
            up_to_seq=r[3],
            up_to_hash=r[4],
            comment=r[5],
            anomalies=r[6],
        )
        for r in rows
    ]
