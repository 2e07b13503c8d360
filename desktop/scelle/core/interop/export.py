"""Case exports that verify offline, and their verifier (issue #6, docs/FORMAT.md §9).

A JSON export carries the headers (seq, time, actor, action, subject, hashes, signature,
countersignatures) of **every** journal entry up to its head, the canonical payload text of
the case's entries and of the entries that introduce or change keys, and the case as the
vault showed it. :func:`verify_export` needs nothing else: it re-links the chain, checks
every signature with the keys the included key entries record, checks every included
payload against its hash, checks that no entry of the case is missing its payload, and
replays the case's entries into a fresh projection that must equal the exported items.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from scelle import __version__
from scelle.core import crypto, journal, projection
from scelle.core.errors import BadInput
from scelle.core.fsutil import atomic_write
from scelle.core.model import (
    Item,
    _authorize,
    _case_record,
    _case_row,
    _find_case,
    _items_of,
    _names,
    notes_of,
    timeline,
)
from scelle.core.permissions import Action
from scelle.core.review import case_subjects, signoffs
from scelle.core.vault import Vault

FORMAT = "scelle-case-export/1"
KEY_ACTIONS = {a.value for a in journal.KEY_ACTIONS}


def _entry_json(e: journal.JournalEntry, cosigs: list[tuple[str, bytes]]) -> dict[str, Any]:
    return {
        **e.to_json(),
        "cosignatures": [{"signer": s, "signature": sig.hex()} for s, sig in cosigs],
    }


def build_case_export(vault: Vault, case_ref: str) -> dict[str, Any]:
    """The JSON export of a case (journaled as ``case.export`` before it is built)."""
    case_id, _ = _find_case(vault, case_ref)
    _authorize(vault, Action.CASE_EXPORT, case_id=case_id, subject=f"case:{case_id}")
    with vault.write() as w:
        w.append(Action.CASE_EXPORT, f"case:{case_id}", {"case_id": case_id, "format": FORMAT})
    return _document(vault, case_id)


def _document(vault: Vault, case_id: str) -> dict[str, Any]:
    with vault.read() as cur:
        names = _names(cur)
        row = cur.execute("SELECT ref FROM cases WHERE id = ?", (case_id,)).fetchone()
        case = _case_record(cur, _case_row(cur, row[0]), names)
        subjects = set(case_subjects(cur, case_id))
        head = journal.head(cur)
        cosigs: dict[int, list[tuple[str, bytes]]] = {}
        for seq, signer, sig in cur.execute(
            "SELECT seq, signer, signature FROM journal_cosignature ORDER BY seq, signer"
        ):
            cosigs.setdefault(int(seq), []).append((str(signer), bytes(sig)))
        entries: list[dict[str, Any]] = []
        payloads: dict[str, str] = {}
        redactions: dict[str, int] = {}
        for e, body, redacted_by in journal.entries(cur, until=head.seq):
            entries.append(_entry_json(e, cosigs.get(e.seq, [])))
            if (e.subject in subjects or e.action in KEY_ACTIONS) and body is not None:
                payloads[str(e.seq)] = body
                if redacted_by is not None:
                    redactions[str(e.seq)] = int(redacted_by)
        for _target, by in redactions.items():
            redact = journal.payload_body(cur, by)
            if redact is not None:
                payloads[str(by)] = redact[1]
        users = [
            {"id": r[0], "name": r[1], "role": r[2], "status": r[3]}
            for r in cur.execute("SELECT id, name, role, status FROM users ORDER BY name")
        ]
    items = _items_of(vault, case_id)
    return {
        "format": FORMAT,
        "software": f"Scellé {__version__}",
        "vault_id": vault.vault_id,
        "exported_at": journal.format_time(vault.clock()),
        "exported_by": {"id": vault.user.id, "name": vault.user.name},
        "head": head.to_json(),
        "case": {
            "id": case.id,
            "ref": case.ref,
            "title": case.title,
            "status": case.status,
            "retention": case.retention,
            "opened_at": case.opened_at,
            "created_by": case.created_by,
            "members": list(case.members),
        },
        "items": [
            dict(i.to_json(), timeline=[ev.to_json() for ev in timeline(vault, i.id)])
            for i in items
        ],
        "notes": [n.to_json() for n in notes_of(vault, case_id)],
        "reviews": [
            {
                "seq": s.seq,
                "reviewer": s.reviewer,
                "at": s.at,
                "up_to_seq": s.up_to_seq,
                "up_to_hash": s.up_to_hash,
                "comment": s.comment,
                "anomalies": s.anomalies,
            }
            for s in signoffs(vault, case_id)
        ],
        "users": users,
        "redactions": redactions,
        "entries": entries,
        "payloads": payloads,
    }


def encode_json(doc: dict[str, Any]) -> bytes:
    """The export as UTF-8 JSON text."""
    return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()


def write_file(path: Path, data: bytes) -> None:
    """Write an export or report atomically; one sentence if the place is not writable."""
    path = Path(path)
    if path.is_dir():
        raise BadInput(f"{path} is a folder; give a file name.")
    if not path.parent.is_dir():
        raise BadInput(f"The folder {path.parent} does not exist; nothing was written.")
    try:
        atomic_write(path, data, mode=0o600)
    except OSError as exc:
        raise BadInput(f"{path} cannot be written ({exc.strerror}); nothing was written.") from None


# -- CSV ------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "exhibit_id",
    "label",
    "kind",
    "description",
    "seal",
    "status",
    "custodian",
    "location",
    "seized_at",
    "seized_where",
    "seized_by",
    "seized_from",
    "size",
    "md5",
    "sha1",
    "sha256",
    "event_seq",
    "event_at_utc",
    "event_tz",
    "event",
    "by",
    "counterpart",
    "event_location",
    "purpose",
    "authority",
    "reason",
    "countersigned_by",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str:
    """A cell that a spreadsheet will not run: text starting like a formula gets a quote."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def to_csv(doc: dict[str, Any]) -> bytes:
    """One row per custody event, with its item's columns; UTF-8 with BOM, CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for it in doc["items"]:
        base = [
            it["exhibit_id"],
            it["label"],
            it["kind"],
            it["description"],
            it["seal"],
            it["status"],
            it["custodian_name"],
            it["location"],
            it["seized_at"],
            it["seized_where"],
            it["seized_by"],
            it["seized_from"],
            it["size"],
            it["md5"],
            it["sha1"],
            it["sha256"],
        ]
        for ev in it["timeline"] or [None]:
            tail = (
                []
                if ev is None
                else [
                    ev["seq"],
                    ev["at"],
                    ev["tz"],
                    ev["kind"],
                    ev["actor_name"],
                    ev["counterpart"],
                    ev["location"],
                    ev["purpose"],
                    ev["authority"],
                    ev["reason"],
                    " ".join(ev["cosigned_by"]),
                ]
            )
            writer.writerow([csv_cell(v) for v in base + tail])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# -- offline verification -------------------------------------------------------------------


@dataclass(slots=True)
class ExportReport:
    """The outcome of :func:`verify_export`."""

    entries: int = 0
    head: journal.Head | None = None
    problems: list[journal.Problem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems

    def add(self, seq: int | None, kind: str, detail: str) -> None:
        """Record a problem."""
        self.problems.append(journal.Problem(seq=seq, kind=kind, detail=detail))

    def to_json(self) -> dict[str, Any]:
        """The document of ``scelle verify-export --json`` (same shape as ``verify``)."""
        return {
            "intact": self.intact,
            "entries": self.entries,
            "head": self.head.to_json() if self.head else None,
            "problems": [p.to_json() for p in self.problems],
        }


def _hex(value: Any, size: int | None = None) -> bytes:
    data = bytes.fromhex(value)
    if size is not None and len(data) != size:
        raise ValueError("wrong length")
    return data


def load_export(data: bytes) -> dict[str, Any]:
    """Parse an export file; raise BadInput if it is not one."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BadInput("The file is not a JSON case export (it does not parse).") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BadInput(f"The file is not a Scellé case export ({FORMAT}).")
    for key in ("vault_id", "head", "entries", "payloads", "items", "case"):
        if key not in doc:
            raise BadInput(f"The case export has no {key!r}; it is incomplete.")
    return doc


def verify_export(doc: dict[str, Any]) -> ExportReport:
    """Verify an export with nothing but its own content (see the module docstring)."""
    report = ExportReport()
    try:
        _verify(doc, report)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        report.add(None, "malformed", f"the export is malformed: {exc!r}")
    return report


def _verify(doc: dict[str, Any], report: ExportReport) -> None:
    vault_id = str(doc["vault_id"])
    payloads: dict[str, str] = doc["payloads"]
    redactions: dict[str, int] = doc.get("redactions", {})
    registry = journal.KeyRegistry()
    prev = journal.GENESIS_PREV
    expected = 1
    entries = doc["entries"]
    report.entries = len(entries)
    parsed: dict[int, dict[str, Any]] = {}
    case_id = str(doc["case"]["id"])
    known_subjects = {f"case:{case_id}"}
    replay_order: list[tuple[journal.JournalEntry, dict[str, Any]]] = []
    for raw in entries:
        e = journal.JournalEntry(
            seq=int(raw["seq"]),
            at=str(raw["at"]),
            actor=str(raw["actor"]),
            action=str(raw["action"]),
            subject=str(raw["subject"]),
            payload_hash=_hex(raw["payload_hash"], 32),
            prev_hash=_hex(raw["prev_hash"], 32),
            entry_hash=_hex(raw["entry_hash"], 32),
            signature=_hex(raw["signature"], 64),
        )
        if e.seq != expected:
            report.add(
                expected, "gap", f"entries from #{expected} to #{e.seq} are missing or out of order"
            )
            expected = e.seq
        if e.prev_hash != prev:
            report.add(e.seq, "chain", f"entry #{e.seq} does not link to the entry before it")
        if journal.compute_entry_hash(vault_id, e) != e.entry_hash:
            report.add(
                e.seq,
                "entry_hash",
                f"entry #{e.seq} was altered: its hash does not match its contents",
            )
        payload: dict[str, Any] | None = None
        body = payloads.get(str(e.seq))
        if body is not None:
            digest = crypto.sha256(body.encode("utf-8"))
            if digest == e.payload_hash or _redaction_vouches(e, digest, redactions, payloads):
                payload = json.loads(body)
            else:
                report.add(
                    e.seq,
                    "payload",
                    f"the payload of entry #{e.seq} was altered: it does not match its hash",
                )
        elif e.action in KEY_ACTIONS:
            report.add(
                e.seq,
                "payload",
                f"entry #{e.seq} ({e.action}) carries keys but its payload is missing",
            )
        if e.subject in known_subjects and body is None:
            report.add(
                e.seq, "missing", f"entry #{e.seq} belongs to the case but its payload was left out"
            )
        if (
            payload is not None
            and e.action == "vault.create"
            and (why := registry.admit(e, payload))
        ):
            report.add(e.seq, "keys", why)
        state = registry.key_for(e.actor, e.seq)
        if state is None or not crypto.signature_valid(state[0], e.signature, e.entry_hash):
            report.add(
                e.seq, "signature", f"the signature of entry #{e.seq} ({e.action}) does not verify"
            )
        for cs in raw.get("cosignatures", []):
            cstate = registry.key_for(str(cs["signer"]), e.seq)
            if cstate is None or not crypto.signature_valid(
                cstate[0], _hex(cs["signature"], 64), e.entry_hash
            ):
                report.add(
                    e.seq, "cosignature", f"the countersignature of entry #{e.seq} does not verify"
                )
        if (
            payload is not None
            and e.action in KEY_ACTIONS
            and e.action != "vault.create"
            and (why := registry.admit(e, payload))
        ):
            report.add(e.seq, "keys", why)
        if payload is not None and (e.subject in known_subjects or e.action in KEY_ACTIONS):
            if e.action == "custody.transfer" and not any(
                cs.get("signer") == payload.get("to") for cs in raw.get("cosignatures", [])
            ):
                report.add(
                    e.seq,
                    "cosignature",
                    f"the transfer #{e.seq} was never countersigned by its receiver",
                )
            replay_order.append((e, payload))
            if e.action == "item.add":
                known_subjects.add(f"item:{payload['item']['id']}")
            elif e.action == "note.add" and payload.get("case_id") == case_id:
                known_subjects.add(f"note:{e.seq}")
        parsed[e.seq] = raw
        prev = e.entry_hash
        expected = e.seq + 1
    head = doc["head"]
    report.head = journal.Head(int(head["seq"]), _hex(head["entry_hash"], 32))
    if report.head.seq != expected - 1 or report.head.entry_hash != prev:
        report.add(report.head.seq, "head", "the export's head is not its last entry")
    _replay_and_compare(doc, replay_order, report)


def _redaction_vouches(
    e: journal.JournalEntry, digest: bytes, redactions: dict[str, int], payloads: dict[str, str]
) -> bool:
    """A redacted payload is accepted only if the ``journal.redact`` entry it names (later,
    included, and itself hash- and signature-checked in the walk) records this seq and
    this residual's hash, and the entry is not one that may never be redacted."""
    by = redactions.get(str(e.seq))
    if not isinstance(by, int) or by <= e.seq or e.action in journal.UNREDACTABLE:
        return False
    try:
        claim = json.loads(payloads.get(str(by)) or "null")
    except ValueError:
        return False
    return (
        isinstance(claim, dict)
        and claim.get("seq") == e.seq
        and claim.get("residual_hash") == digest.hex()
    )


def _replay_and_compare(
    doc: dict[str, Any],
    order: Iterable[tuple[journal.JournalEntry, dict[str, Any]]],
    report: ExportReport,
) -> None:
    mem = sqlcipher3.connect(":memory:", isolation_level=None)
    try:
        cur = mem.cursor()
        projection.create(cur)
        cur.execute("BEGIN")
        for e, payload in order:
            try:
                projection.apply(cur, e.header(), payload)
            except (sqlcipher3.Error, KeyError, ValueError, TypeError) as exc:
                report.add(
                    e.seq, "replay", f"entry #{e.seq} ({e.action}) cannot be replayed: {exc}"
                )
        cur.execute("COMMIT")
        fields = (
            "status",
            "custodian",
            "seal",
            "location",
            "md5",
            "sha1",
            "sha256",
            "description",
            "kind",
        )
        replayed = {
            r[0]: dict(zip(fields, r[1:], strict=True))
            for r in cur.execute(
                f"SELECT exhibit_id, {', '.join(fields)} FROM items WHERE case_id = ?",
                (doc["case"]["id"],),
            )
        }
    finally:
        mem.close()
    exported = {it["exhibit_id"]: it for it in doc["items"]}
    for exhibit in sorted(set(replayed) | set(exported)):
        if exhibit not in replayed:
            report.add(None, "items", f"{exhibit} is in the export but no entry records it")
            continue
        if exhibit not in exported:
            report.add(
                None,
                "items",
                f"{exhibit} is recorded by the journal but missing from the export's items",
            )
            continue
        for name, value in replayed[exhibit].items():
            if exported[exhibit].get(name) != value:
                report.add(
                    None,
                    "items",
                    f"{exhibit}: the export says {name} = "
                    f"{exported[exhibit].get(name)!r} but the journal says {value!r}",
                )
    numbers = sorted(int(x.rsplit("/", 1)[1]) for x in replayed)
    if numbers != list(range(1, len(numbers) + 1)):
        report.add(None, "items", "exhibit numbers have gaps: an item's entries were left out")


def item_rows(items: list[Item]) -> list[dict[str, Any]]:
    """Items as plain dicts (for other exporters)."""
    return [i.to_json() for i in items]
