"""Reading the journal as a user: permission-checked and itself journaled."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from scelle.core import crypto, journal
from scelle.core.errors import BadInput, NotFound
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
        e = self.entry
        return {
            "seq": e.seq,
            "at": e.at,
            "actor": e.actor,
            "actor_name": self.actor_name,
            "action": e.action,
            "subject": e.subject,
            "payload_hash": e.payload_hash.hex(),
            "prev_hash": e.prev_hash.hex(),
            "entry_hash": e.entry_hash.hex(),
            "signature": e.signature.hex(),
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
