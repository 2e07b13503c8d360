"""Render every window and dialog to PNG, for looking at them and for docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python -m tests.gui.render_screenshots OUT_DIR [--lang fr]

A demo vault (cheap key derivation) is built in a temporary folder; nothing else is touched.
Run it with QT_SCALE_FACTOR=2 to check the 200 % rendering.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="scelle-shots-"))
    os.environ["SCELLE_HOME"] = str(tmp / "home")
    os.environ["SCELLE_CONFIG"] = str(tmp / "none.toml")
    os.environ["SCELLE_SYSTEM_CONFIG"] = str(tmp / "none-system.toml")

    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    from scelle.core import model, users
    from scelle.core import vault as vault_mod
    from scelle.core.hashing import hash_file
    from scelle.core.permissions import Role
    from scelle.gui import actions as dlg
    from scelle.gui import dialogs, paths
    from scelle.gui.app import Controller, install_translator
    from scelle.gui.unlock import UnlockDialog
    from scelle.gui.wizard import FirstRunWizard
    from tests.conftest import CHEAP_KDF
    from tests.security.helpers import db_key, head_seq, tamper

    app.setStyleSheet(paths.stylesheet())
    install_translator(app, args.lang)
    dialogs.set_headless(True)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"-{args.lang}"

    def pump(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def shot(widget: QWidget, name: str) -> None:
        widget.show()
        pump(0.3)
        if args.only and args.only not in name:
            return
        widget.grab().save(str(out / f"{name}{suffix}.png"))
        print("wrote", out / f"{name}{suffix}.png")

    # -- the wizard, page by page
    wizard = FirstRunWizard(kdf=CHEAP_KDF)
    wizard.resize(720, 540)
    wizard.vault_page.office.setText("Brigade de Lyon")
    wizard.vault_page.folder.setText(str(tmp / "Brigade-de-Lyon.scelle"))
    shot(wizard, "wizard-1-vault")
    wizard.next()
    wizard.numbering.exhibit_style.setCurrentText("Scellé n° {n}")
    shot(wizard, "wizard-2-numbering")
    wizard.next()
    wizard.admin.name.setText("alice")
    wizard.admin.password.setText("Correct-Horse-Battery-42!")
    wizard.admin.again.setText("Correct-Horse-Battery-42!")
    shot(wizard, "wizard-3-admin")
    wizard.next()
    while wizard.currentPage() is not wizard.recovery:
        pump(0.1)
    shot(wizard, "wizard-4-recovery")
    created = wizard.created
    assert created is not None
    created.vault.close()
    wizard.hide()
    path = tmp / "Brigade-de-Lyon.scelle"

    # -- a demo vault: users, two cases, items, custody events, notes
    with vault_mod.unlock(path, "alice", "Correct-Horse-Battery-42!") as v:
        users.add_user(v, "bob", Role.INVESTIGATOR, "bob-password")
        users.add_user(v, "carol", Role.SUPERVISOR, "carol-password")
        users.add_user(v, "dave", Role.AUDITOR, "dave-password")
        users.add_user(v, "erin", Role.INVESTIGATOR, "erin-password")
    image = tmp / "laptop.img"
    image.write_bytes(os.urandom(3 << 20))
    with vault_mod.unlock(path, "bob", "bob-password") as v:
        model.add_case(v, "2026-0042", "Cambriolage, rue Mercière", members=["erin"])
        model.add_case(v, "2026-0043", "Escroquerie en ligne")
        model.add_case(v, "2026-0051", "Vol de véhicule, Villeurbanne")
        model.add_item(
            v,
            "2026-0042",
            model.ItemDraft(
                description="Pied-de-biche, 60 cm", seal="S-2026-117", location="Salle B, étagère 4"
            ),
        )
        model.add_item(
            v,
            "2026-0042",
            model.ItemDraft(description="Image disque de l'ordinateur portable", kind="digital"),
            digests=hash_file(image),
        )
        model.add_item(
            v,
            "2026-0042",
            model.ItemDraft(description="Téléphone Samsung, écran fissuré", seal="S-2026-118"),
        )
        model.transfer_custody(v, "2026-0042/1", "carol", "carol-password", reason="For analysis")
        model.check_out(v, "2026-0042/3", "Forensic analysis")
        model.verify_hash(v, "2026-0042/2", str(image))
        note = model.add_note(v, "2026-0042", "Arrivés sur place à 9 h 40 ; porte fracturée.")
        model.edit_note(v, note.id, "Arrivés sur place à 9 h 40 ; porte arrière fracturée.")
        model.add_note(v, "2026-0042/2", "Image faite avec bloqueur d'écriture.")

    # -- unlock
    unlock = UnlockDialog(vault_path=str(path), user="bob")
    shot(unlock, "unlock")
    unlock.password.setText("wrong-password")
    unlock.submit()
    while unlock.task is not None:
        pump(0.05)
    shot(unlock, "unlock-wrong-password")
    unlock.hide()

    # -- the main window
    controller = Controller(vault_path=str(path), kdf=CHEAP_KDF, idle_ms=3_600_000)
    controller.quit_on_close = False
    window = controller.window
    window.resize(1280, 760)
    controller.opened(vault_mod.unlock(path, "bob", "bob-password"))
    pump(0.8)
    window.open_case("2026-0042")
    pump(0.8)
    shot(window, "main-window")
    window.case_view.tabs.setCurrentIndex(2)
    shot(window, "case-timeline")
    window.case_view.tabs.setCurrentIndex(0)
    window.open_item("2026-0042/2")
    pump(0.8)
    shot(window, "item-view")
    vault = controller.vault
    assert vault is not None
    item = window.item_view.item
    assert item is not None
    items = {i.exhibit_id: i for i in window.case_view.items.records()}
    case = window.case
    assert case is not None

    dialog_list = [
        ("dialog-new-case", lambda: dlg.NewCaseDialog(window, vault, window.users, "YYYY-NNNN")),
        ("dialog-new-item", lambda: dlg.NewItemDialog(window, vault, case.ref)),
        ("dialog-transfer", lambda: dlg.TransferDialog(window, vault, item, window.users)),
        ("dialog-checkout", lambda: dlg.CheckOutDialog(window, vault, item)),
        ("dialog-checkin", lambda: dlg.CheckInDialog(window, vault, items["2026-0042/3"])),
        ("dialog-move", lambda: dlg.MoveDialog(window, vault, item)),
        ("dialog-reseal", lambda: dlg.ResealDialog(window, vault, items["2026-0042/1"])),
        ("dialog-verify-hash", lambda: dlg.VerifyHashDialog(window, vault, item)),
        (
            "dialog-disposition",
            lambda: dlg.DispositionRequestDialog(window, vault, item, window.users),
        ),
        (
            "dialog-approve",
            lambda: dlg.ApproveDispositionDialog(window, vault, item, "destroyed — bob"),
        ),
        ("dialog-note", lambda: dlg.NoteDialog(window, vault, target=case.ref)),
        ("dialog-settings", lambda: dlg.SettingsDialog(window)),
    ]
    for name, make in dialog_list:
        d = make()
        if name == "dialog-new-item":
            d.kind.setCurrentIndex(d.kind.findData("digital"))
            d.description.setPlainText("Clé USB 32 Go")
            dialogs.set_next_answer(str(image))
            d.hasher.choose_file()
            while d.hasher.running:
                pump(0.05)
        if name == "dialog-transfer":
            d.reason.setCurrentIndex(1)
        shot(d, name)
        d.hide()
        d.deleteLater()

    # Verification with a different file: the mismatch, loudly.
    other = tmp / "other.img"
    other.write_bytes(os.urandom(1 << 20))
    d = dlg.VerifyHashDialog(window, vault, item)
    dialogs.set_next_answer(str(other))
    d.hasher.choose_file()
    d.submit()
    while d.check is None:
        pump(0.05)
    shot(d, "dialog-verify-mismatch")
    d.hide()

    # The note editor with its history.
    notes = window.case_view.notes.records()
    history = model.note_history(vault, notes[0].id)
    d = dlg.NoteDialog(window, vault, note=notes[0], history=history)
    shot(d, "dialog-note-history")
    d.hide()

    # -- issue #6: review, journal browser, exports, storage, whole-journal verification
    from scelle.core import inventory
    from scelle.gui import exports
    from scelle.gui.jobs import VerifyJournalDialog
    from scelle.gui.journalbrowser import JournalBrowser
    from scelle.gui.review import ReviewWindow
    from scelle.gui.storage import InventoryDialog, NewLocationDialog

    carol = vault_mod.unlock(path, "carol", "carol-password")
    inventory.add_location(carol, "B4", "Salle B, étagère 4", kind="shelf")
    inventory.add_location(carol, "C1", "Casier C1", kind="locker")

    def wait_until(ready: object, limit: float = 20.0) -> None:
        end = time.monotonic() + limit
        while not ready() and time.monotonic() < end:  # type: ignore[operator]
            pump(0.05)

    rw = ReviewWindow(window, carol, "2026-0042", title="Cambriolage, rue Mercière")
    rw.resize(1100, 720)
    rw.show()
    rw.load()
    wait_until(lambda: rw.current is not None)
    rw.comment.setPlainText("Empreinte divergente : image refaite le 3 mars.")
    shot(rw, "review")
    rw.hide()

    jb = JournalBrowser(window, carol, window.users)
    jb.resize(1280, 760)
    jb.open_journal()
    wait_until(lambda: jb.model.rowCount() > 0)
    jb.action.setEditText("custody.")
    jb.apply_filters()
    wait_until(lambda: not jb.model.loading)
    for row in range(jb.model.rowCount()):
        if jb.model.row(row).action == "custody.transfer":
            jb.show_entry(row)
    wait_until(lambda: jb.details.check is not None)
    shot(jb, "journal-browser")
    jb.action.setEditText("")
    jb.text.setText("bloqueur")
    jb.apply_filters()
    wait_until(lambda: not jb.model.loading)
    jb.show_entry(0)
    wait_until(lambda: jb.details.check is not None)
    shot(jb, "journal-browser-search")
    jb.hide()

    for name, make in (
        ("dialog-export", lambda: exports.ExportCaseDialog(window, carol, "2026-0042")),
        ("dialog-report", lambda: exports.ReportDialog(window, carol, "2026-0042")),
        (
            "dialog-labels",
            lambda: exports.LabelsDialog(
                window, carol, "2026-0042", window.case_view.items.records()
            ),
        ),
        ("dialog-new-location", lambda: NewLocationDialog(window, carol)),
    ):
        d = make()
        if isinstance(d, exports.CaseFileDialog):
            d.path.setText(str(Path.home() / "Documents" / d.default_name()))
        shot(d, name)
        d.hide()
        d.deleteLater()

    from scelle.gui.storage import LocationLabelsDialog

    ll = LocationLabelsDialog(window, carol)
    ll.load_locations()
    wait_until(lambda: ll.places.count() > 0)
    ll.path.setText(str(Path.home() / "Documents" / "location-labels.pdf"))
    shot(ll, "dialog-location-labels")
    ll.hide()

    inv = InventoryDialog(window, carol)
    inv.load_locations()
    wait_until(lambda: inv.location.count() > 0)
    inv.location.setCurrentIndex(inv.location.findData("B4"))
    for exhibit in ("2026-0042/1", "2026-0042/3", "2026-0042/9"):
        inv.scan.setText(exhibit)
        inv.add_scanned()
    shot(inv, "inventory-scan")
    inv.submit()
    wait_until(lambda: inv.audit_result is not None)
    shot(inv, "inventory-result")
    inv.hide()

    vj = VerifyJournalDialog(window, carol)
    vj.show()
    vj.start()
    wait_until(lambda: not vj.running)
    shot(vj, "verify-journal")
    vj.hide()
    carol.close()

    # An entry altered with the real key before carol's last checkpoint: unlocking does
    # not see it, the browser's details pane does.
    from scelle.core import audit

    key = db_key(path, "carol", "carol-password")
    with vault_mod.unlock(path, "carol", "carol-password") as carol:
        transfer = audit.browse_journal(carol, audit.JournalQuery(action="custody.transfer"))
    altered = transfer[0].entry.seq
    tamper(
        path,
        key,
        "UPDATE journal_payload SET body = replace(body, 'For analysis', 'For storage')"
        f" WHERE seq = {altered}",
    )
    carol = vault_mod.unlock(path, "carol", "carol-password")
    jb = JournalBrowser(window, carol, window.users)
    jb.resize(1280, 760)
    jb.open_journal()
    wait_until(lambda: jb.model.rowCount() > 0)
    jb.action.setEditText("custody.")
    jb.apply_filters()
    wait_until(lambda: not jb.model.loading)
    for row in range(jb.model.rowCount()):
        if jb.model.row(row).seq == altered:
            jb.show_entry(row)
    wait_until(lambda: jb.details.check is not None)
    shot(jb, "journal-browser-altered")
    jb.hide()
    carol.close()

    # Locked.
    controller.lock()
    pump(0.3)
    if controller.unlock_dialog is not None:
        controller.unlock_dialog.hide()
    shot(window, "locked")

    # Tampered: the red banner.
    key = db_key(path, "bob", "bob-password")
    seq = head_seq(path, key)
    tamper(
        path,
        key,
        f"UPDATE journal_payload SET body = replace(body, 'Scell', 'Scalp') WHERE seq = {seq}",
    )
    controller.opened(vault_mod.unlock(path, "bob", "bob-password", on_problems="return"))
    pump(0.5)
    shot(window, "tampered")
    controller.shutdown()


if __name__ == "__main__":
    main()
