"""The application: QApplication, translations, stylesheet, and the controller that moves
between the first-run wizard, the unlock dialog, the main window and the locked state."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QDialog

from scelle import __version__
from scelle.core import crypto, logsetup
from scelle.core.vault import Vault
from scelle.gui import dialogs, errors, paths, settings

log = logging.getLogger(__name__)

LANGUAGES = ("en", "fr")


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Never show a traceback: log it and say one sentence."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if isinstance(QApplication.instance(), QApplication):
        dialogs.critical(None, errors.generic())


def system_language() -> str:
    """The system locale's language if Scellé speaks it, else English."""
    lang = QLocale.system().name().split("_")[0]
    return lang if lang in LANGUAGES else "en"


_installed: list[QTranslator] = []


def install_translator(app: QApplication, language: str | None = None) -> QTranslator | None:
    """Load Scellé's translation for ``language`` (default: the system's) and Qt's own.

    Replaces translators installed before, so that the language can change while running.
    Returns Scellé's translator, or None for English.
    """
    from importlib import resources

    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = language or system_language()
    if lang == "en":
        return None
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    translator = QTranslator(app)
    base = resources.files("scelle.gui") / "translations"
    path = str(base / f"scelle_{lang}.qm")
    if translator.load(path):
        app.installTranslator(translator)
        _installed.append(translator)
        return translator
    log.warning("no translation for %s at %s", lang, path)
    return None


class IdleLock(QObject):
    """Fires ``timeout`` after a span without keyboard or mouse input anywhere in the app."""

    INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timeout = self.timer.timeout
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def arm(self, milliseconds: int) -> None:
        """Start watching."""
        self.timer.setInterval(milliseconds)
        self.timer.start()

    def disarm(self) -> None:
        """Stop watching (while locked)."""
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT and self.timer.isActive():
            self.timer.start()
        return False


class Controller(QObject):
    """Moves between the wizard, the unlock dialog, the main window and the locked state."""

    def __init__(
        self,
        *,
        vault_path: str | None = None,
        kdf: crypto.KdfParams | None = None,
        idle_ms: int | None = None,
    ) -> None:
        super().__init__()
        from scelle.gui.mainwindow import MainWindow

        self.vault_path = vault_path
        self.kdf = kdf
        self.idle_ms = idle_ms
        self.vault: Vault | None = None
        self.user = ""
        self.window = MainWindow()
        self._connect(self.window)
        self.idle = IdleLock(self)
        self.idle.timeout.connect(self.lock)
        self.unlock_dialog: QDialog | None = None
        self.wizard: QDialog | None = None
        self.quit_on_close = True

    def _connect(self, window: object) -> None:
        from scelle.gui.mainwindow import MainWindow

        assert isinstance(window, MainWindow)
        window.lock_requested.connect(self.lock)
        window.unlock_requested.connect(lambda: self.show_unlock(resume=True))
        window.settings_requested.connect(self.show_settings)
        window.closing.connect(self.shutdown)

    def idle_interval(self) -> int:
        """Milliseconds without input before locking."""
        return self.idle_ms if self.idle_ms is not None else settings.idle_lock_minutes() * 60_000

    def start(self) -> None:
        """The wizard when no vault is known on this machine, else the unlock dialog."""
        if self.vault_path or settings.known_vaults():
            self.show_unlock()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        """The first-run wizard (also "New vault…" in the unlock dialog)."""
        from scelle.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(kdf=self.kdf)
        wizard.vault_created.connect(self._created)
        wizard.rejected.connect(self._wizard_cancelled)
        self.wizard = wizard
        wizard.show()

    def _wizard_cancelled(self) -> None:
        if self.vault is None and settings.known_vaults():
            self.show_unlock()
        elif self.vault is None and self.quit_on_close:
            QCoreApplication.quit()

    def _created(self, vault: Vault) -> None:
        from scelle.gui import tasks

        settings.remember(str(vault.path), vault.user.name)
        # Verify the new journal too, so that the status bar states a checked fact.
        tasks.run_task(self.window, vault.verify, on_done=lambda _report: self.opened(vault))

    def show_unlock(self, *, resume: bool = False) -> None:
        """The unlock dialog; after locking, ``resume`` keeps the vault and user."""
        from scelle.gui.unlock import UnlockDialog

        if self.unlock_dialog is not None and self.unlock_dialog.isVisible():
            self.unlock_dialog.raise_()
            return
        parent = self.window if resume and self.window.isVisible() else None
        dialog = UnlockDialog(
            parent,
            vault_path=self.vault_path,
            user=self.user if resume else None,
            resume=resume,
        )
        dialog.unlocked.connect(self.opened)
        dialog.create_requested.connect(self.show_wizard)
        dialog.rejected.connect(lambda: self._unlock_cancelled(resume))
        self.unlock_dialog = dialog
        if parent is not None:
            dialog.open()
        else:
            dialog.show()

    def _unlock_cancelled(self, resume: bool) -> None:
        wizard_open = self.wizard is not None and self.wizard.isVisible()
        nothing_open = self.vault is None and not self.window.isVisible() and not wizard_open
        if not resume and nothing_open and self.quit_on_close:
            QCoreApplication.quit()

    def opened(self, vault: Vault) -> None:
        """A vault was unlocked (or created): show it, start the idle timer."""
        if self.vault is not None and self.vault is not vault:
            self.vault.close()
        self.vault = vault
        self.vault_path = str(vault.path)
        self.user = vault.user.name
        self.window.set_vault(vault)
        self.window.show()
        self.window.raise_()
        self.idle.arm(self.idle_interval())

    def lock(self) -> None:
        """Drop the key material, hide every content, offer to unlock."""
        if self.vault is None:
            return
        vault, self.vault = self.vault, None
        self.idle.disarm()
        self.window.set_locked()
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and widget.isVisible()
                and widget is not self.unlock_dialog
            ):
                widget.reject()
        vault.close()
        log.info("locked")
        self.show_unlock(resume=True)

    def show_settings(self) -> None:
        """Language and idle time; a new language rebuilds the main window."""
        from scelle.gui.actions import SettingsDialog

        dialog = SettingsDialog(self.window)

        def accepted() -> None:
            settings.set_idle_lock_minutes(dialog.idle.value())
            if self.vault is not None:
                self.idle.arm(self.idle_interval())
            old = settings.language()
            new = dialog.chosen_language()
            settings.set_language(new)
            if new != old:
                self.set_language(new)

        dialog.accepted.connect(accepted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def set_language(self, language: str | None) -> None:
        """Switch the interface language now: new translators, a rebuilt main window."""
        from scelle.gui.mainwindow import MainWindow

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translator(app, language)
        old = self.window
        geometry = old.saveGeometry()
        self.window = MainWindow()
        self._connect(self.window)
        self.window.restoreGeometry(geometry)
        old.closing.disconnect()
        old.hide()
        old.deleteLater()
        if self.vault is not None:
            self.window.set_vault(self.vault)
        self.window.show()

    def shutdown(self) -> None:
        """The main window closed: lock and quit."""
        self.idle.disarm()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        if self.quit_on_close:
            QCoreApplication.quit()


def run(argv: Sequence[str], *, vault: str | None = None) -> int:
    """Start the GUI and return its exit status."""
    logsetup.configure()
    sys.excepthook = _excepthook
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Scellé")
    app.setOrganizationName("Scelle")
    app.setApplicationVersion(__version__)
    # The desktop entry's name (scelle.desktop): Wayland compositors and docks match the
    # window to its icon and launcher with it.
    app.setDesktopFileName("scelle")
    app.setWindowIcon(paths.icon("scelle"))
    app.setStyleSheet(paths.stylesheet())
    install_translator(app, settings.language())
    kdf = _configured_kdf()
    controller = Controller(vault_path=str(Path(vault).expanduser()) if vault else None, kdf=kdf)
    controller.start()
    app.setQuitOnLastWindowClosed(False)
    return int(app.exec())


def _configured_kdf() -> crypto.KdfParams | None:
    """Argon2id parameters for new key slots from the per-machine settings, if any."""
    try:
        from scelle.core.config import load_config

        config = load_config()
        return crypto.KdfParams(
            memory_kib=config.kdf_memory_kib,
            iterations=config.kdf_iterations,
            lanes=config.kdf_lanes,
        )
    except Exception:  # no settings, or settings the core refused: the core's defaults
        log.info("using the default key derivation parameters", exc_info=True)
        return None
