"""Witnesses: the journal head recorded outside the database (DESIGN §4, FORMAT.md §7).

After each durable commit the head (seq, entry hash) is written to a small file in the
operating-system user's data directory. Anyone who later rolls the vault back to an older
copy, or cuts entries off its end, cannot also reach every witness: verification finds
the witnessed entry missing or different.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

import platformdirs

from scelle.core.fsutil import atomic_write
from scelle.core.journal import Head

log = logging.getLogger(__name__)

FORMAT = "scelle-witness/1"


def home() -> Path:
    """Scellé's per-user data directory: ``$SCELLE_HOME`` or the platform's default."""
    override = os.environ.get("SCELLE_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("Scelle", appauthor=False))


def path_for(vault_id: str, *, base: Path | None = None) -> Path:
    """Where the witness of ``vault_id`` lives."""
    return (base or home()) / "witnesses" / f"{vault_id}.json"


def read(vault_id: str, *, base: Path | None = None) -> Head | None:
    """The witnessed head of ``vault_id``, or None if this user has none.

    A witness file that cannot be parsed is reported in the log and ignored rather than
    raising a false alarm; verification then relies on the chain alone.
    """
    p = path_for(vault_id, base=base)
    try:
        doc: Any = json.loads(p.read_text("utf-8"))
        if doc.get("format") != FORMAT or doc.get("vault_id") != vault_id:
            raise ValueError("not a witness of this vault")
        return Head(int(doc["head"]["seq"]), bytes.fromhex(doc["head"]["entry_hash"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("witness %s is unreadable and was ignored: %r", p, exc)
        return None


def record(vault_id: str, head: Head, *, base: Path | None = None) -> None:
    """Write ``head`` as the witness of ``vault_id`` unless a later head is already there.

    Call only after the commit that made ``head`` is durable, so that a crash can never
    leave the witness ahead of the database.
    """
    p = path_for(vault_id, base=base)
    current = read(vault_id, base=base)
    if current is not None and current.seq >= head.seq:
        return
    p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    doc = {"format": FORMAT, "vault_id": vault_id, "head": head.to_json()}
    atomic_write(p, (json.dumps(doc, sort_keys=True) + "\n").encode("utf-8"))
