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


def normalise(value: JSONValue, *, _path: str = "$") -> JSONValue:
    """Return ``value`` with every string NFC-normalised; raise BadInput if not encodable."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise BadInput(f"The number at {_path} is too large to be recorded exactly.")
        return value
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise BadInput(f"The text at {_path} is not valid Unicode.") from exc
        return unicodedata.normalize("NFC", value)
    if isinstance(value, (list, tuple)):
        return [normalise(v, _path=f"{_path}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        out: dict[str, JSONValue] = {}
        for key, v in value.items():
            if not isinstance(key, str) or not _KEY.match(key):
                raise BadInput(f"The key {key!r} at {_path} is not a canonical key.")
            out[key] = normalise(v, _path=f"{_path}.{key}")
        return out
    raise BadInput(f"The value at {_path} cannot be recorded ({type(value).__name__}).")


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
