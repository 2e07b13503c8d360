"""Canonical JSON: the one byte encoding that hashes and signatures are computed over.

The encoding is the subset of RFC 8785 (JSON Canonicalization Scheme) that our payloads
use, so that any JCS implementation reproduces it byte for byte (docs/FORMAT.md §2):

* values are objects, arrays, strings, integers in [-(2**53 - 1), 2**53 - 1], ``true``,
  ``false`` and ``null``; floating-point numbers are refused;
* object keys match ``[a-z][a-z0-9_]*`` (so every sort order agrees) and are sorted;
* no whitespace between tokens;
* strings are NFC-normalised and written in UTF-8; only ``"`` and ``\\`` and the control
  characters U+0000..U+001F are escaped (``\\b \\t \\n \\f \\r`` short forms, other controls
  as ``\\u00xx`` with lower-case hex); everything else, U+007F and non-ASCII included, is
  written as itself.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from scelle.core.errors import BadInput

MAX_SAFE_INTEGER = 2**53 - 1
_KEY = re.compile(r"[a-z][a-z0-9_]*\Z")

JSONValue = Any  # recursive JSON types are not expressible without noise in mypy


def normalise(value: JSONValue) -> JSONValue:
    """Return ``value`` with every string NFC-normalised; raise BadInput if not encodable.

    This runs for every journal entry: the fast path dispatches on exact types and builds
    no error context; when something is wrong, a second, slow pass names where.
    """
    try:
        return _fast(value)
    except _Refused:
        _explain(value, "$")
        raise BadInput("The value cannot be recorded.") from None


_GOOD_KEYS: set[str] = set()  # keys already checked (payloads reuse a few hundred)


class _Refused(Exception):
    pass


def _fast(value: JSONValue) -> JSONValue:
    kind = type(value)
    if kind is str:
        if value.isascii():  # ASCII is NFC and always encodable: the usual case
            return value
        if not unicodedata.is_normalized("NFC", value):
            value = unicodedata.normalize("NFC", value)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _Refused from None
        return value
    if kind is dict:
        out: dict[str, JSONValue] = {}
        for key, v in value.items():
            if key not in _GOOD_KEYS:
                if type(key) is not str or not _KEY.match(key):
                    raise _Refused
                if len(_GOOD_KEYS) < 4096:
                    _GOOD_KEYS.add(key)
            # ASCII text and null, most leaves of a payload, need no call of their own
            out[key] = v if v is None or (type(v) is str and v.isascii()) else _fast(v)
        return out
    if value is None or kind is bool:
        return value
    if kind is int:
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise _Refused
        return value
    if kind is list or kind is tuple:
        return [_fast(v) for v in value]
    if isinstance(value, str):  # str subclasses (StrEnum members)
        return _fast(str(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return _fast(int(value))
    raise _Refused


def _explain(value: JSONValue, path: str) -> None:
    """Raise BadInput naming the first place in ``value`` that cannot be encoded."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise BadInput(f"The text at {path} is not valid Unicode.") from None
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        _int(value, path)
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            _explain(v, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, v in value.items():
            if not isinstance(key, str) or not _KEY.match(key):
                raise BadInput(f"The key {key!r} at {path} is not a canonical key.")
            _explain(v, f"{path}.{key}")
    else:
        raise BadInput(f"The value at {path} cannot be recorded ({type(value).__name__}).")


def _int(value: int, path: str) -> int:
    if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        raise BadInput(f"The number at {path} is too large to be recorded exactly.")
    return value


def normalise_text(value: str, path: str = "$") -> str:
    """NFC form of ``value``; raise BadInput if it has lone surrogates."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadInput(f"The text at {path} is not valid Unicode.") from exc
    return unicodedata.normalize("NFC", value)


_ENCODER = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def _refuse(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not JSON")


# The C encoder behind json.dumps, made once: building it for every entry cost a fifth of
# the encoding. Same options as _ENCODER; no circular check (normalise returns fresh trees).
_C_ENCODE = (
    json.encoder.c_make_encoder(  # type: ignore[attr-defined]
        None, _refuse, json.encoder.encode_basestring, None, ":", ",", True, False, False
    )
    if json.encoder.c_make_encoder is not None  # type: ignore[attr-defined]
    else None
)


def dumps_normalised(value: JSONValue) -> str:
    """Encode an already normalised value (from :func:`normalise`) canonically."""
    if _C_ENCODE is None or type(value) is not dict:
        return _ENCODER.encode(value)
    return "".join(_C_ENCODE(value, 0))


def dumps(value: JSONValue) -> str:
    """Encode ``value`` canonically (see the module docstring) as text."""
    return json.dumps(
        normalise(value),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )


def encode(value: JSONValue) -> bytes:
    """Encode ``value`` canonically as UTF-8 bytes."""
    return dumps(value).encode("utf-8")


def is_canonical(text: str) -> bool:
    """True when ``text`` is exactly the canonical encoding of what it parses to."""
    try:
        return dumps(json.loads(text)) == text
    except (ValueError, BadInput):
        return False
