"""Checking what users type: NFC, no control characters, bounded lengths, sane dates."""

from __future__ import annotations

import functools
import unicodedata
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from scelle.core.errors import BadInput

# Limits, in characters after NFC normalisation (docs/CLI.md lists them).
LIMITS = {
    "title": 200,
    "description": 2000,
    "note": 20000,
    "seal": 64,
    "location": 200,
    "reason": 500,
    "purpose": 500,
    "authority": 200,
    "person": 200,
    "retention": 200,
    "path": 4096,
    "comment": 2000,
}

CLOCK_SKEW = timedelta(minutes=5)

_ALLOWED_CONTROLS_MULTILINE = {"\n", "\t"}


def clean(
    value: str,
    field: str,
    *,
    label: str | None = None,
    required: bool = True,
    multiline: bool = False,
) -> str:
    """``value`` NFC-normalised and stripped; raise BadInput naming ``label`` and the limit.

    Control characters are refused (newlines and tabs only in multi-line fields). SQL or
    CSV metacharacters are ordinary characters here: values are stored exactly as typed and
    escaping is each exporter's job.
    """
    name = label or field
    if not isinstance(value, str):
        raise BadInput(f"The {name} must be text.")
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n") if multiline else value)
    text = text.strip()
    if required and not text:
        raise BadInput(f"The {name} is empty; type something.")
    limit = LIMITS[field]
    if len(text) > limit:
        raise BadInput(f"The {name} is too long: {len(text)} characters, at most {limit}.")
    if text.isprintable():  # no control character at all: the common case, in C
        return text
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cs") and not (
            multiline and ch in _ALLOWED_CONTROLS_MULTILINE
        ):
            raise BadInput(f"The {name} contains a control character (U+{ord(ch):04X}); remove it.")
    return text


def optional(
    value: str | None, field: str, *, label: str | None = None, multiline: bool = False
) -> str | None:
    """Like :func:`clean` for an optional field: None or blank stays None."""
    if value is None or not value.strip():
        return None
    return clean(value, field, label=label, multiline=multiline)


def parse_moment(value: str, *, label: str, tz: str | None = None) -> datetime:
    """An ISO 8601 date or date-time; a naive one is read in ``tz`` (default: local)."""
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise BadInput(
            f"The {label} {text!r} is not a date; write it like 2026-03-14 or 2026-03-14T09:30."
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(tz))
    return moment.astimezone(UTC)


def parse_day(value: str, *, label: str) -> date:
    """An ISO 8601 date (``YYYY-MM-DD``)."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(f"The {label} {value!r} is not a date; write it like 2026-03-14.") from None


def not_in_future(moment: datetime, now: datetime, *, label: str) -> None:
    """Refuse a moment later than now (beyond a small clock skew)."""
    if moment > now + CLOCK_SKEW:
        raise BadInput(f"The {label} is in the future; check the date and the time zone.")


def zone(name: str | None) -> ZoneInfo | None:
    """The IANA time zone ``name`` (None: the system's local zone)."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(f"{name!r} is not a time zone; use a name like Europe/Paris.") from None


@functools.cache
def local_zone_name() -> str:
    """The workstation's time zone as recorded beside UTC times (IANA name when known)."""
    import os

    tz = os.environ.get("TZ")
    if tz:
        return tz
    try:
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            return link.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    offset = datetime.now().astimezone().strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"
