"""Where the GUI's resources are: icons, stylesheet (resources/ in the source tree or bundle)."""

from __future__ import annotations

import functools
import logging
import sys
from pathlib import Path

from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)


@functools.cache
def resource_dir() -> Path | None:
    """``resources/`` beside the source tree, or inside a PyInstaller bundle; None if absent."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    # desktop/scelle/gui/paths.py -> the repository root is three folders up from gui/.
    candidates.append(Path(__file__).resolve().parents[3] / "resources")
    for candidate in candidates:
        if (candidate / "style.qss").is_file():
            return candidate
    log.warning("resources folder not found (looked in %s)", candidates)
    return None


def stylesheet() -> str:
    """The application's stylesheet, or an empty one if it cannot be read."""
    base = resource_dir()
    if base is None:
        return ""
    try:
        return (base / "style.qss").read_text(encoding="utf-8")
    except OSError:
        log.warning("cannot read the stylesheet", exc_info=True)
        return ""


@functools.cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if it is missing)."""
    base = resource_dir()
    if base is None:
        return QIcon()
    path = base / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
