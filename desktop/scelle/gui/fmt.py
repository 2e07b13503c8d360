"""How records read on screen: translated statuses and events, times, numbers, hashes."""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from scelle.core.model import CustodyEvent, Item, Note


def seq(n: int) -> str:
    """A journal sequence number with a thin space between thousands: ``12 345``."""
    return f"{n:,}".replace(",", "\u202f")


def when(iso: str | None, tz: str | None = None) -> str:
    """A stored UTC time in this workstation's local time, to the minute."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def moment(iso: str | None) -> str:
    """A stored UTC time in this workstation's local time, to the second (the journal)."""
    if not iso:
        return ""
    try:
        value = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if value.tzinfo is not None:
        value = value.astimezone()
    return value.isoformat(" ", "seconds")[:19]


def one_line(text: str) -> str:
    """The first line of ``text``, shortened for a table cell."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= 120 else first[:119] + "…"


def short_hash(value: str | None) -> str:
    """The first 16 hex digits of a hash (the item view shows it whole)."""
    return "" if not value else value[:16] + "…"


def size(n: int | None) -> str:
    """A byte count for people."""
    if n is None:
        return ""
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(n)


def case_status(status: str) -> str:
    """A case's status, translated."""
    return {
        "open": QCoreApplication.translate("Format", "open"),
        "closed": QCoreApplication.translate("Format", "closed"),
        "archived": QCoreApplication.translate("Format", "archived"),
    }.get(status, status)


def kind(value: str) -> str:
    """An item's kind, translated."""
    return {
        "physical": QCoreApplication.translate("Format", "physical"),
        "digital": QCoreApplication.translate("Format", "digital"),
    }.get(value, value)


def item_status(item: Item) -> str:
    """An item's status, with what needs attention."""
    text = {
        "in_custody": QCoreApplication.translate("Format", "in custody"),
        "checked_out": QCoreApplication.translate("Format", "checked out"),
        "transferred": QCoreApplication.translate("Format", "transferred out"),
        "released": QCoreApplication.translate("Format", "released"),
        "destroyed": QCoreApplication.translate("Format", "destroyed"),
    }.get(item.status, item.status)
    extra = []
    if item.hash_mismatch:
        extra.append(QCoreApplication.translate("Format", "HASH MISMATCH"))
    if item.disposition_request is not None:
        extra.append(QCoreApplication.translate("Format", "disposition awaiting approval"))
    return " — ".join([text, *extra])


def event_kind(value: str) -> str:
    """A custody event's kind, translated."""
    return {
        "seizure": QCoreApplication.translate("Format", "Seizure"),
        "receipt": QCoreApplication.translate("Format", "Receipt"),
        "transfer": QCoreApplication.translate("Format", "Transfer"),
        "checkout": QCoreApplication.translate("Format", "Check-out"),
        "checkin": QCoreApplication.translate("Format", "Check-in"),
        "move": QCoreApplication.translate("Format", "Move"),
        "seal": QCoreApplication.translate("Format", "Seal"),
        "reseal": QCoreApplication.translate("Format", "Reseal"),
        "hash_verify": QCoreApplication.translate("Format", "Hash verification"),
        "disposition_request": QCoreApplication.translate("Format", "Disposition requested"),
        "disposition": QCoreApplication.translate("Format", "Disposition approved"),
    }.get(value, value)


def disposition_method(value: str) -> str:
    """A disposition method, translated."""
    return {
        "returned": QCoreApplication.translate("Format", "returned to owner"),
        "released": QCoreApplication.translate("Format", "released"),
        "destroyed": QCoreApplication.translate("Format", "destroyed"),
        "transferred": QCoreApplication.translate("Format", "transferred to another service"),
    }.get(value, value)


def counterpart(event: CustodyEvent) -> str:
    """The other person of an event, and who countersigned it."""
    others = [n for n in event.cosigned_by if n != event.counterpart]
    parts = []
    if event.counterpart and event.counterpart in event.cosigned_by:
        parts.append(
            QCoreApplication.translate("Format", "{0} (countersigned)").format(event.counterpart)
        )
    elif event.counterpart:
        parts.append(event.counterpart)
    if others:
        parts.append(
            QCoreApplication.translate("Format", "countersigned by {0}").format(", ".join(others))
        )
    return "; ".join(parts)


def event_details(event: CustodyEvent) -> str:
    """What happened, in a few words."""
    d = event.details
    parts: list[str] = []
    if event.kind == "hash_verify":
        match = d.get("match")
        if match is True:
            parts.append(QCoreApplication.translate("Format", "hashes match"))
        elif match is False:
            parts.append(QCoreApplication.translate("Format", "HASH MISMATCH"))
        else:
            parts.append(QCoreApplication.translate("Format", "first hashes recorded"))
    if event.kind in ("seal", "reseal"):
        parts.append(
            QCoreApplication.translate("Format", "seal {0} → {1}").format(
                d.get("old_seal") or "—", d.get("new_seal") or "—"
            )
        )
    if event.kind == "move":
        parts.append(
            QCoreApplication.translate("Format", "{0} → {1}").format(
                d.get("from_location") or "—", d.get("to_location") or "—"
            )
        )
    elif event.location:
        parts.append(QCoreApplication.translate("Format", "at {0}").format(event.location))
    if event.purpose:
        parts.append(event.purpose)
    if d.get("due"):
        parts.append(QCoreApplication.translate("Format", "due {0}").format(d["due"]))
    if event.kind in ("disposition_request", "disposition") and d.get("method"):
        parts.append(disposition_method(str(d["method"])))
    if event.authority:
        parts.append(event.authority)
    if event.reason:
        parts.append(event.reason)
    if d.get("comment"):
        parts.append(str(d["comment"]))
    return " · ".join(parts)


def note_text(note: Note) -> str:
    """A note's text for a table cell (struck notes say so)."""
    if note.struck:
        reason = note.strike_reason or ""
        return QCoreApplication.translate("Format", "[struck through: {0}] {1}").format(
            reason, one_line(note.text or "")
        )
    return one_line(note.text or "")


# The core's default reason lists (model.DEFAULT_REASONS), marked for translation: the
# combo boxes offer them in the interface's language and record what the user saw.
_REASONS = (
    QT_TRANSLATE_NOOP("Reasons", "Seized under warrant"),
    QT_TRANSLATE_NOOP("Reasons", "Handed over by a person"),
    QT_TRANSLATE_NOOP("Reasons", "Received from another service"),
    QT_TRANSLATE_NOOP("Reasons", "For analysis"),
    QT_TRANSLATE_NOOP("Reasons", "For storage"),
    QT_TRANSLATE_NOOP("Reasons", "For court"),
    QT_TRANSLATE_NOOP("Reasons", "Handover between investigators"),
    QT_TRANSLATE_NOOP("Reasons", "Forensic analysis"),
    QT_TRANSLATE_NOOP("Reasons", "Examination"),
    QT_TRANSLATE_NOOP("Reasons", "Court appearance"),
    QT_TRANSLATE_NOOP("Reasons", "Photography"),
    QT_TRANSLATE_NOOP("Reasons", "Storage reorganisation"),
    QT_TRANSLATE_NOOP("Reasons", "Security"),
    QT_TRANSLATE_NOOP("Reasons", "Returned to storage"),
    QT_TRANSLATE_NOOP("Reasons", "Initial sealing"),
    QT_TRANSLATE_NOOP("Reasons", "Opened for examination"),
    QT_TRANSLATE_NOOP("Reasons", "Seal damaged"),
    QT_TRANSLATE_NOOP("Reasons", "Court order"),
    QT_TRANSLATE_NOOP("Reasons", "Case closed"),
    QT_TRANSLATE_NOOP("Reasons", "Retention period ended"),
)


def reason(label: str) -> str:
    """A reason from the core's lists, in the interface's language."""
    return QCoreApplication.translate("Reasons", label)


def role(value: str) -> str:
    """A role, translated."""
    return {
        "investigator": QCoreApplication.translate("Format", "investigator"),
        "supervisor": QCoreApplication.translate("Format", "supervisor"),
        "auditor": QCoreApplication.translate("Format", "auditor"),
        "admin": QCoreApplication.translate("Format", "administrator"),
    }.get(str(value), str(value))


def anomaly_kind(value: str) -> str:
    """What a review anomaly is about, translated (``scelle.core.review.KINDS``)."""
    return {
        "verification": QCoreApplication.translate("Format", "Journal verification"),
        "hash_mismatch": QCoreApplication.translate("Format", "Hash mismatch"),
        "not_countersigned": QCoreApplication.translate("Format", "Transfer not countersigned"),
        "custody_gap": QCoreApplication.translate("Format", "Custody gap"),
        "overdue_checkout": QCoreApplication.translate("Format", "Overdue check-out"),
        "disposition_pending": QCoreApplication.translate(
            "Format", "Disposition awaiting approval"
        ),
        "clock_backwards": QCoreApplication.translate("Format", "Clock went backwards"),
        "read_by_unassigned": QCoreApplication.translate("Format", "Read by someone not assigned"),
        "access_denied": QCoreApplication.translate("Format", "Access refused"),
        "failed_unlock": QCoreApplication.translate("Format", "Failed unlock attempts"),
    }.get(value, value)


def seqs(values: tuple[int, ...] | list[int]) -> str:
    """Journal entries as ``#12, #15`` (the first few, then how many more)."""
    shown = ", ".join(f"#{seq(v)}" for v in values[:6])
    more = len(values) - 6
    return shown + (
        QCoreApplication.translate("Format", " and {0} more").format(more) if more > 0 else ""
    )


def payload_summary(payload: dict[str, object] | None, limit: int = 160) -> str:
    """A payload on one line, for a table cell."""
    if payload is None:
        return ""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(", ", ": "))
    return text if len(text) <= limit else text[: limit - 1] + "…"
