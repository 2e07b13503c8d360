"""A French run shows French labels (Scellé's own and Qt's standard buttons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from scelle.core.errors import AuthenticationFailed, NotFound
from scelle.gui import errors
from scelle.gui.app import install_translator
from scelle.gui.mainwindow import MainWindow
from scelle.gui.unlock import UnlockDialog
from scelle.gui.wizard import FirstRunWizard
from tests.gui.conftest import open_main


def test_french_labels(qtbot, qapp: QApplication) -> None:
    assert install_translator(qapp, "fr") is not None
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.act_new_case.text() == "&Nouvelle affaire…"
    assert window.act_lock.text() == "&Verrouiller"
    assert window.act_transfer.text() == "&Transférer la garde…"
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Fichier" in menus and "&Aide" in menus
    assert window.cases.headerData(0, Qt.Orientation.Horizontal) == "Référence"

    dialog = UnlockDialog()
    qtbot.addWidget(dialog)
    assert dialog.ok.text() == "&Déverrouiller"
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuler"  # Qt's own catalogue (qtbase_fr)

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    assert wizard.vault_page.title() == "Créer un coffre"

    assert (
        errors.sentence(AuthenticationFailed("x"))
        == "Le nom d’utilisateur ou le mot de passe est incorrect."
    )
    assert errors.sentence(NotFound("x")) != "It does not exist, or no longer exists."


def test_language_switch_rebuilds_the_window_in_french(
    qtbot, controller, vault_path: Path, qapp: QApplication
) -> None:
    open_main(qtbot, controller, vault_path, "bob")
    assert controller.window.act_new_case.text() == "&New case…"
    controller.set_language("fr")
    qtbot.addWidget(controller.window)
    qtbot.waitSignal(controller.window.loaded, timeout=20_000)
    assert controller.window.act_new_case.text() == "&Nouvelle affaire…"
    assert "intact" in controller.window.verification.text()
    assert controller.window.verification.text().startswith("Journal vérifié")
    install_translator(qapp, "en")
