"""Per-machine and per-user settings (issue #7): a system-wide TOML file, then the user's.

Offices set defaults for every workstation in one system-wide file; a user's own file
overrides them key by key. Both are optional; a missing file means "no settings here".

Where the files are (``docs/PACKAGING.md`` documents them for administrators):

============  =============================================  ===============================
              system-wide (read first)                        the user's (overrides it)
============  =============================================  ===============================
Linux         ``/etc/scelle/scelle.toml``                     ``~/.config/Scelle/scelle.toml``
Windows       ``C:\\ProgramData\\Scelle\\scelle.toml``        ``%LOCALAPPDATA%\\Scelle\\scelle.toml``
macOS         ``/Library/Application Support/Scelle/…``       ``~/Library/Application Support/Scelle/…``
============  =============================================  ===============================

On Linux the system file is ``/etc/scelle/scelle.toml`` rather than platformdirs'
``/etc/xdg/Scelle/``: it is where administrators look, and where the .deb installs its
commented example. Elsewhere both come from ``platformdirs``. The environment variables
``SCELLE_SYSTEM_CONFIG`` and ``SCELLE_CONFIG`` name other files (tests, portable installs).

The format is flat TOML, one key per setting::

    default_vault = "/srv/evidence/Brigade-Lyon.scelle"
    idle_lock_minutes = 5
    exhibit_style = "Scellé n° {n}"
    kdf_memory_kib = 65536
    kdf_iterations = 3
    kdf_lanes = 4
    language = "fr"

A malformed file, or a value of the wrong type or out of range, raises
:class:`~scelle.core.errors.BadInput` with one sentence naming the file and the line.
Unknown keys are ignored with a warning in the log, so that an older Scellé can read a
newer office's file. This module never imports Qt.
"""

from __future__ import annotations

import logging
import os
import re
import string
import sys
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from scelle.core.errors import BadInput

log = logging.getLogger(__name__)

APP_NAME = "Scelle"
FILE_NAME = "scelle.toml"
SYSTEM_ENV = "SCELLE_SYSTEM_CONFIG"
USER_ENV = "SCELLE_CONFIG"
LINUX_SYSTEM_FILE = Path("/etc/scelle") / FILE_NAME

# Bounds: idle lock from 1 minute to a working day; Argon2id as the core accepts it
# (crypto.KdfParams.validate).
IDLE_LOCK_RANGE = (1, 24 * 60)
KDF_MEMORY_RANGE = (8, 4 * 1024 * 1024)
KDF_ITERATIONS_RANGE = (1, 64)
KDF_LANES_RANGE = (1, 64)
EXHIBIT_FIELDS = frozenset({"case", "n"})
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$")
_TOML_WHERE = re.compile(r"\s*\((?:at line (\d+), column \d+|at end of document)\)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """Scellé's settings after merging the system-wide file and the user's."""

    default_vault: Path | None = None
    """The vault the app offers to open at start, or None."""
    idle_lock_minutes: int = 10
    """Lock the vault after this many minutes without input."""
    exhibit_style: str = "{case}/{n}"
    """How exhibit numbers are written: ``{case}`` is the case reference, ``{n}`` the
    item's number in the case (e.g. ``"Scellé n° {n}"``, ``"JD/{n}"``)."""
    kdf_memory_kib: int = 65536
    """Argon2id memory for new key slots, in KiB (RFC 9106's second option)."""
    kdf_iterations: int = 3
    """Argon2id passes for new key slots."""
    kdf_lanes: int = 4
    """Argon2id lanes for new key slots."""
    language: str | None = None
    """The interface language (``"en"``, ``"fr"``), or None for the system's."""
    sources: tuple[Path, ...] = ()
    """The files the settings were read from, system-wide first (for the About box)."""

    def exhibit_id(self, case: str, n: int) -> str:
        """An exhibit number in the office's style, e.g. ``exhibit_id("2026-0042", 3)``."""
        return self.exhibit_style.format(case=case, n=n)


def system_config_path() -> Path:
    """The system-wide settings file: ``$SCELLE_SYSTEM_CONFIG`` or the platform's place."""
    override = os.environ.get(SYSTEM_ENV)
    if override:
        return Path(override)
    if sys.platform.startswith("linux"):
        return LINUX_SYSTEM_FILE
    return Path(platformdirs.site_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def user_config_path() -> Path:
    """The user's settings file: ``$SCELLE_CONFIG`` or the platform's place."""
    override = os.environ.get(USER_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def load_config(*, system: Path | None = None, user: Path | None = None) -> Config:
    """Read the system-wide settings file, then the user's over it, and return the result.

    ``system`` and ``user`` replace the usual locations (see :func:`system_config_path`
    and :func:`user_config_path`). Raises :class:`BadInput` for a file that cannot be read
    or parsed, and for a value of the wrong type or out of range.
    """
    config = Config()
    sources: list[Path] = []
    for path in (system or system_config_path(), user or user_config_path()):
        values = _read(path)
        if values is None:
            continue
        config = replace(config, **values)
        sources.append(path)
    config = replace(config, sources=tuple(sources))
    _check_kdf(config)
    return config


# -- reading one file -----------------------------------------------------------------------


def _read(path: Path) -> dict[str, Any] | None:
    """The settings in ``path``, checked and converted; None if there is no such file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        log.debug("no settings file at %s", path)
        return None
    except OSError as exc:
        raise BadInput(
            f"The settings file {path} cannot be read ({exc.strerror or exc}).",
            hint="Check that the path is a readable file, or remove it.",
        ) from exc
    try:
        text = data.decode("utf-8")
        doc = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BadInput(
            f"The settings file {path} is not UTF-8 text (line {line}).",
            hint="Save it as UTF-8.",
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_WHERE.search(str(exc))
        if match and match.group(1):
            line = int(match.group(1))
        else:  # "at end of document": the last line that has something on it
            line = max((n for n, t in enumerate(text.splitlines(), 1) if t.strip()), default=1)
        reason = _TOML_WHERE.sub("", str(exc)).strip().rstrip(".")
        raise BadInput(
            f"The settings file {path} is not valid TOML at line {line}: {reason[:1].lower()}"
            f"{reason[1:]}.",
            hint="Each setting is one line such as: idle_lock_minutes = 10",
        ) from exc
    log.info("settings read from %s", path)
    return _convert(path, text, doc)


def _convert(path: Path, text: str, doc: Mapping[str, Any]) -> dict[str, Any]:
    known = {f.name for f in fields(Config)} - {"sources"}
    values: dict[str, Any] = {}
    for key, raw in doc.items():
        if key not in known:
            log.warning(
                "settings file %s, line %s: unknown setting %r ignored",
                path,
                _line_of(text, key) or "?",
                key,
            )
            continue
        try:
            values[key] = _CONVERTERS[key](raw)
        except _Refused as exc:
            line = _line_of(text, key)
            where = f" at line {line}" if line else ""
            raise BadInput(
                f"The settings file {path} has a bad value for {key}{where}: {exc}.",
                hint="docs/PACKAGING.md lists every setting with its type and range.",
            ) from None
    return values


def _line_of(text: str, key: str) -> int | None:
    """The line where ``key`` is set at the top level of ``text``, if it can be found."""
    pattern = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _check_kdf(config: Config) -> None:
    if config.kdf_memory_kib < 8 * config.kdf_lanes:
        files = " and ".join(str(p) for p in config.sources) or "the defaults"
        raise BadInput(
            f"The settings in {files} give Argon2id {config.kdf_memory_kib} KiB for "
            f"{config.kdf_lanes} lanes; it needs at least 8 KiB per lane.",
            hint="Raise kdf_memory_kib or lower kdf_lanes.",
        )


# -- one converter per setting --------------------------------------------------------------


class _Refused(Exception):
    """A value of the wrong type or out of range; the text says what was expected."""


def _kind(value: object) -> str:
    return {
        bool: "true/false",
        int: "a whole number",
        float: "a decimal number",
        str: "text",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _integer(bounds: tuple[int, int]) -> Callable[[object], int]:
    low, high = bounds

    def convert(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Refused(f"expected a whole number from {low} to {high}, found {_kind(value)}")
        if not low <= value <= high:
            raise _Refused(f"{value} is not from {low} to {high}")
        return value

    return convert


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise _Refused(f"expected text in quotes, found {_kind(value)}")
    return value


def _default_vault(value: object) -> Path | None:
    text = _text(value).strip()
    if not text:
        return None  # lets a user's file clear an office default
    return Path(os.path.expanduser(text))


def _exhibit_style(value: object) -> str:
    style = _text(value)
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(style) if name is not None}
    except ValueError as exc:
        raise _Refused(f"{style!r} is not a valid pattern ({exc})") from None
    if "n" not in names:
        raise _Refused(f"{style!r} must contain {{n}}, the item's number")
    unknown = names - EXHIBIT_FIELDS
    if unknown:
        raise _Refused(
            f"{style!r} uses {', '.join(sorted('{' + u + '}' for u in unknown))}; "
            "only {case} and {n} are known"
        )
    try:
        style.format(case="2026-0042", n=3)
    except (ValueError, TypeError) as exc:
        raise _Refused(f"{style!r} is not a valid pattern ({exc})") from None
    return style


def _language(value: object) -> str | None:
    text = _text(value).strip()
    if text in ("", "system"):
        return None  # the system's language
    if not _LANGUAGE.match(text):
        raise _Refused(f'{text!r} is not a language code such as "en" or "fr"')
    return text


_CONVERTERS: dict[str, Callable[[object], object]] = {
    "default_vault": _default_vault,
    "idle_lock_minutes": _integer(IDLE_LOCK_RANGE),
    "exhibit_style": _exhibit_style,
    "kdf_memory_kib": _integer(KDF_MEMORY_RANGE),
    "kdf_iterations": _integer(KDF_ITERATIONS_RANGE),
    "kdf_lanes": _integer(KDF_LANES_RANGE),
    "language": _language,
}
