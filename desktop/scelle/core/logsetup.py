"""Logging to a file in Scellé's data directory: details go there, never to the user."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from scelle.core.witness import home


def log_path() -> Path:
    """Where the log file lives."""
    return home() / "logs" / "scelle.log"


def configure(*, verbose: bool = False) -> Path:
    """Send every log record to the rotating log file (and nothing to the terminal)."""
    path = log_path()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for old in list(root.handlers):
        root.removeHandler(old)
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path
