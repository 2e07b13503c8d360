"""The application entry point: a QApplication, translations, the start window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from scelle import __version__
from scelle.core import logsetup

log = logging.getLogger(__name__)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Never show a traceback: log it and say one sentence."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        QMessageBox.critical(
            None,
            "Scellé",
            app.translate("App", "Something unexpected went wrong; details are in the log file."),
        )


def install_translator(app: QApplication, language: str | None = None) -> QTranslator | None:
    """Load the French (or other) translation chosen by ``language`` or the system locale."""
    from importlib import resources

    lang = language or QLocale.system().name().split("_")[0]
    if lang == "en":
        return None
    translator = QTranslator(app)
    base = resources.files("scelle.gui") / "translations"
    path = str(base / f"scelle_{lang}.qm")
    if translator.load(path):
        app.installTranslator(translator)
        return translator
    return None


def run(argv: Sequence[str], *, vault: str | None = None) -> int:
    """Start the GUI and return its exit status."""
    from scelle.gui.start import StartWindow

    logsetup.configure()
    sys.excepthook = _excepthook
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Scellé")
    app.setApplicationVersion(__version__)
    install_translator(app)
    window = StartWindow(vault_path=vault)
    window.show()
    return int(app.exec())
