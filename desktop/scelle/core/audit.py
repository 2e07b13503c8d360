"""Reading the journal as a user: permission-checked and itself journaled."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from scelle.core import journal
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
