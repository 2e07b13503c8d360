"""GUI fixtures: headless modals, no per-machine settings, a controller on a template vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from scelle.core import vault as vault_mod
from scelle.gui import dialogs, paths, tasks
from scelle.gui.app import Controller, install_translator
from tests.conftest import CHEAP_KDF, PASSWORDS


@pytest.fixture(autouse=True)
def gui_env(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scelle_home: Path
) -> Iterator[None]:
    """No office or user settings files; modals never block; English; the real stylesheet."""
    monkeypatch.setenv("SCELLE_CONFIG", str(tmp_path / "absent-user.toml"))
    monkeypatch.setenv("SCELLE_SYSTEM_CONFIG", str(tmp_path / "absent-system.toml"))
    dialogs.set_headless(True)
    install_translator(qapp, "en")
    qapp.setStyleSheet(paths.stylesheet())
    yield
    tasks.vault_pool().waitForDone(10_000)
    qapp.processEvents()
    dialogs.set_headless(False)


def wait_tasks(qtbot: object) -> None:
    """Wait until every started task has delivered its result."""
    qtbot.waitUntil(lambda: tasks.running() == 0, timeout=20_000)  # type: ignore[attr-defined]


@pytest.fixture
def controller(qtbot: object, vault_path: Path) -> Iterator[Controller]:
    """A controller (main window hidden until a vault opens) on a copy of the template."""
    c = Controller(vault_path=str(vault_path), kdf=CHEAP_KDF, idle_ms=3_600_000)
    c.quit_on_close = False
    qtbot.addWidget(c.window)  # type: ignore[attr-defined]
    yield c
    if c.vault is not None:
        c.vault.close()
    c.idle.disarm()


def open_main(qtbot: object, controller: Controller, vault_path: Path, name: str) -> None:
    """Unlock as ``name`` (in the test thread: cheap KDF) and show the main window."""
    vault = vault_mod.unlock(vault_path, name, PASSWORDS[name])
    with qtbot.waitSignal(controller.window.loaded, timeout=20_000):  # type: ignore[attr-defined]
        controller.opened(vault)
    wait_tasks(qtbot)
