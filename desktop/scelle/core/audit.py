"""Reading the journal as a user: permission-checked and itself journaled."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from scelle.core import crypto, journal
from scelle.core.errors import BadInput, NotFound, PermissionDenied
from scelle.core.permissions import READS_PAYLOADS, Action
from scelle.core.vault import Vault


@dataclass(frozen=True, slots=True, kw_only=True)
class JournalRecord:
    """One entry as shown to a user: the stored entry, the actor's name, maybe the payload."""

    entry: journal.JournalEntry
    actor_name: str
    payload: dict[str, Any] | None
    redacted: bool

    def to_json(self) -> dict[str, Any]:
        """The object of ``scelle journal --json``."""
        return {
            **self.entry.to_json(),
            "actor_name": self.actor_name,
            "payload": self.payload,
            "redacted": self.redacted,
        }


def view_journal(vault: Vault, *, since: int = 0, limit: int | None = None) -> list[JournalRecord]:
    """Entries after ``since``; payloads only for roles that may read case content.

    The read itself is journaled (``journal.view``) before the entries are returned, so the
    listing ends with the entry that records it.
    """
    vault.require(Action.JOURNAL_VIEW)
    with vault.write() as w:
        w.append(Action.JOURNAL_VIEW, f"vault:{vault.vault_id}", {"since": since})
    show_payloads = vault.user.role in READS_PAYLOADS
    names = {u.id: u.name for u in vault.users()}
    names["recovery"] = "(recovery)"
    out = []
    with vault.read() as cur:
        for e, body, redacted_by in journal.entries(cur, since=since, limit=limit):
            payload = json.loads(body) if (show_payloads and body is not None) else None
            out.append(
                JournalRecord(
                    entry=e,
                    actor_name=names.get(e.actor, e.actor),
                    payload=payload,
                    redacted=redacted_by is not None,
                )
            )
    return out


def redact_payload(
    vault: Vault, seq: int, fields: list[str], *, reason: str
) -> journal.JournalEntry:
    """Redact top-level ``fields`` of entry ``seq``'s payload under a retention rule.

    The body becomes the residual (those fields set to null) and a ``journal.redact`` entry
    records who did it, why, and the residual's hash; the chain still verifies because it
    commits to the original payload's hash. Entries carrying keys are never redacted.
    """
    vault.require(Action.JOURNAL_REDACT)
    if not reason.strip():
        raise BadInput("Say why the payload is redacted (the retention rule or authority).")
    with vault.write() as w:
        found = journal.payload_body(w.cur, seq)
        if found is None:
            raise NotFound(f"There is no journal entry #{seq}.")
        action, body, redacted_by = found
        if action in journal.UNREDACTABLE:
            raise BadInput(
                f"Entry #{seq} ({action}) carries keys or checkpoints and cannot be redacted."
            )
        if redacted_by is not None:
            raise BadInput(f"Entry #{seq} was already redacted by #{redacted_by}.")
        residual = journal.redaction_residual(body, fields)
        entry = w.append(
            Action.JOURNAL_REDACT,
            f"entry:{seq}",
            {
                "seq": seq,
                "fields": sorted(fields),
                "reason": reason,
                "residual_hash": crypto.sha256(residual.encode("utf-8")).hex(),
            },
        )
        w.flush()  # the trigger checks that the redaction entry exists
        journal.store_redaction(w.cur, seq, residual, entry.seq)
    return entry


# -- the journal browser --------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class JournalQuery:
    """What a user filters the journal browser by (names and references, as typed)."""

    user: str | None = None
    action: str | None = None  # "custody.transfer", or a family such as "custody."
    case_ref: str | None = None
    exhibit_id: str | None = None
    since: str | None = None  # ISO date or date-time (UTC)
    until: str | None = None
    text: str | None = None  # words searched in payloads

    def is_empty(self) -> bool:
        """True when nothing narrows the journal."""
        return all(getattr(self, f) in (None, "") for f in self.__slots__)


def _to_browse(vault: Vault, cur: Any, q: JournalQuery) -> journal.Browse:
    from scelle.core import model, review, text

    actor = None
    if q.user:
        row = cur.execute("SELECT id FROM users WHERE name = ?", (q.user.strip(),)).fetchone()
        if row is None:
            raise NotFound(f"There is no user called {q.user}.")
        actor = str(row[0])
    subjects: tuple[str, ...] | None = None
    if q.exhibit_id:
        item = model._item(cur, q.exhibit_id)
        subjects = (f"item:{item.id}",)
    elif q.case_ref:
        row = cur.execute("SELECT id FROM cases WHERE ref = ?", (q.case_ref.strip(),)).fetchone()
        if row is None:
            raise NotFound(f"There is no case {q.case_ref}.")
        subjects = tuple(review.case_subjects(cur, str(row[0])))
    first = last = None
    if q.since:
        first = journal.seq_at(
            cur, journal.format_time(text.parse_moment(q.since, label="start date"))
        )
    if q.until:
        moment = text.parse_moment(q.until, label="end date")
        if len(q.until.strip()) == 10:  # a whole day: up to its end
            moment = moment + timedelta(days=1)
        last = journal.seq_at(cur, journal.format_time(moment)) - 1
    return journal.Browse(
        actor=actor,
        action=q.action or None,
        subjects=subjects,
        first_seq=first,
        last_seq=last,
        text=model.fts_query(q.text) if q.text else None,
    )


def browse_journal(
    vault: Vault, query: JournalQuery, *, before: int | None = None, limit: int = 500
) -> list[JournalRecord]:
    """A page of the journal (newest first) matching ``query``, entries before ``before``.

    The first page of each query is journaled (``journal.view`` with the filter); scrolling
    on does not add entries. Payloads, and searching them, only for roles that may read case
    content. Call :func:`index_for_search` first when ``query.text`` is set.
    """
    vault.require(Action.JOURNAL_VIEW)
    show_payloads = vault.user.role in READS_PAYLOADS
    if query.text and not show_payloads:
        raise PermissionDenied("Your role does not see payloads, so it cannot search them.")
    if before is None:
        with vault.write() as w:
            w.append(
                Action.JOURNAL_VIEW,
                f"vault:{vault.vault_id}",
                {"filter": {k: getattr(query, k) for k in query.__slots__ if getattr(query, k)}},
            )
    with vault.read() as cur:
        names = {str(r[0]): str(r[1]) for r in cur.execute("SELECT id, name FROM users")}
        rows = journal.browse(cur, _to_browse(vault, cur, query), before=before, limit=limit)
    return [
        JournalRecord(
            entry=e,
            actor_name=names.get(e.actor, e.actor),
            payload=json.loads(body) if (show_payloads and body) else None,
            redacted=redacted_by is not None,
        )
        for e, body, redacted_by in rows
    ]


def index_for_search(
    vault: Vault, *, progress: journal.ProgressFn | None = None, cancel: Any = None
) -> None:
    """Bring the payload search index up to the head (once: later calls add what is new)."""
    while True:
        with vault.write() as w:
            done, top = journal.extend_search_index(w.cur)
        if progress is not None:
            progress(done, top)
        if done >= top:
            return
        if cancel is not None and cancel.is_set():
            from scelle.core.errors import Cancelled

            raise Cancelled("Indexing was cancelled; searching will resume it.")


@dataclass(frozen=True, slots=True, kw_only=True)
class EntryCheck:
    """One entry's own verification, for the browser's details pane."""

    record: JournalRecord
    hash_ok: bool
    link_ok: bool
    signature_ok: bool
    payload_ok: bool | None  # None: payload not shown to this role
    cosigners: tuple[tuple[str, bool], ...]


def entry_details(vault: Vault, seq: int) -> EntryCheck:
    """An entry with its hash, link, signature and payload checked on their own."""
    vault.require(Action.JOURNAL_VIEW)
    show_payloads = vault.user.role in READS_PAYLOADS
    with vault.read() as cur:
        e = journal.entry_at(cur, seq)
        if e is None:
            raise NotFound(f"There is no journal entry #{seq}.")
        prev = journal.entry_at(cur, seq - 1) if seq > 1 else None
        found = journal.payload_body(cur, seq)
        registry, _ = journal.load_key_registry(cur, vault.vault_id, until=seq)
        names = {str(r[0]): str(r[1]) for r in cur.execute("SELECT id, name FROM users")}
        cosigs = cur.execute(
            "SELECT signer, signature FROM journal_cosignature WHERE seq = ?", (seq,)
        ).fetchall()
    key = registry.key_for(e.actor, seq)
    body = found[1] if found else None
    payload_ok = None
    if show_payloads:
        payload_ok = body is not None and (
            crypto.sha256(body.encode("utf-8", "surrogateescape")) == e.payload_hash
            or (found is not None and found[2] is not None)
        )
    record = JournalRecord(
        entry=e,
        actor_name=names.get(e.actor, e.actor),
        payload=json.loads(body) if (show_payloads and body) else None,
        redacted=found is not None and found[2] is not None,
    )
    checked = []
    for signer, sig in cosigs:
        ck = registry.key_for(signer, seq)
        checked.append(
            (
                names.get(signer, signer),
                ck is not None and crypto.signature_valid(ck[0], bytes(sig), e.entry_hash),
            )
        )
    return EntryCheck(
        record=record,
        hash_ok=journal.compute_entry_hash(vault.vault_id, e) == e.entry_hash,
        link_ok=(prev.entry_hash if prev else journal.GENESIS_PREV) == e.prev_hash,
        signature_ok=key is not None and crypto.signature_valid(key[0], e.signature, e.entry_hash),
        payload_ok=payload_ok,
        cosigners=tuple(checked),
    )
