"""What the GUI remembers per operating-system user (QSettings), and per-machine config.

The vault and user last unlocked, the vaults known, the language and the idle time chosen in
the settings dialog. With ``SCELLE_HOME`` set (tests, portable installs) the settings live
in an INI file there instead of the platform's place.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from scelle.core.errors import ScelleError

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 10
MAX_KNOWN_VAULTS = 8


def qsettings() -> QSettings:
    """The GUI's settings store for this operating-system user."""
    home = os.environ.get("SCELLE_HOME")
    if home:
        return QSettings(str(Path(home) / "gui.ini"), QSettings.Format.IniFormat)
    return QSettings("Scelle", "Scelle")


def _machine_config() -> object | None:
    """The per-machine configuration (scelle.core.config), or None if unavailable."""
    try:
        from scelle.core.config import load_config
    except ImportError:
        return None
    try:
        return load_config()
    except ScelleError as exc:
        log.warning("configuration ignored: %s", exc)
        return None


def idle_lock_minutes() -> int:
    """Minutes without input before the vault locks: the settings dialog's, then config's."""
    value = qsettings().value("idle_lock_minutes")
    if value is not None:
        try:
            minutes = int(str(value))
            if minutes > 0:
                return minutes
        except ValueError:
            pass
    config = _machine_config()
    return int(getattr(config, "idle_lock_minutes", DEFAULT_IDLE_MINUTES))


def set_idle_lock_minutes(minutes: int) -> None:
    """Remember the idle time chosen in the settings dialog."""
    qsettings().setValue("idle_lock_minutes", int(minutes))


def language() -> str | None:
    """The chosen interface language ("en", "fr"), or None for the system's."""
    value = qsettings().value("language")
    if value:
        return str(value)
    config = _machine_config()
    lang = getattr(config, "language", None)
    return str(lang) if lang else None


def set_language(lang: str | None) -> None:
    """Remember the interface language (None: follow the system)."""
    s = qsettings()
    if lang:
        s.setValue("language", lang)
    else:
        s.remove("language")


def known_vaults() -> list[str]:
    """Vault folders unlocked before, most recent first, then the configured default."""
    raw = qsettings().value("known_vaults") or []
    vaults = [str(v) for v in (raw if isinstance(raw, list) else [raw]) if v]
    config = _machine_config()
    default = getattr(config, "default_vault", None)
    if default and str(default) not in vaults:
        vaults.append(str(default))
    return vaults


def last_user() -> str:
    """The user name last unlocked with."""
    return str(qsettings().value("last_user") or "")


def remember(vault: str, user: str) -> None:
    """Remember a successful unlock: the vault first in the list, and the user."""
    s = qsettings()
    raw = s.value("known_vaults") or []
    vaults = [str(v) for v in (raw if isinstance(raw, list) else [raw]) if v and str(v) != vault]
    s.setValue("known_vaults", [vault, *vaults][:MAX_KNOWN_VAULTS])
    s.setValue("last_user", user)
    s.sync()
