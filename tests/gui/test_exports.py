"""Exports, reports and labels from the Case menu; checking an export (issue #6)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from scelle.core import model
from scelle.core.interop import export
from scelle.gui import dialogs
from scelle.gui.exports import ExportCaseDialog, LabelsDialog, ReportDialog
from tests.conftest import open_as
from tests.gui.conftest import open_main, wait_tasks

REF = "2026-0042"


@pytest.fixture
def case(vault_path: Path) -> Path:
    with open_as(vault_path, "bob") as bob:
        model.add_case(bob, REF, "Cambriolage, rue Mercière")
        for description in ("Pied-de-biche", '=HYPERLINK("http://x")', "Téléphone"):
            model.add_item(bob, REF, model.ItemDraft(description=description, seal="S-1"))
    return vault_path


def _show_case(qtbot, controller, vault_path: Path, name: str = "bob") -> None:
    open_main(qtbot, controller, vault_path, name)
    with qtbot.waitSignal(controller.window.loaded, timeout=20_000):
        controller.window.open_case(REF)


def _write(qtbot, dialog, path: Path) -> None:
    dialogs.set_next_answer(str(path))
    dialog.choose.click()
    assert dialog.path.text() == str(path)
    with qtbot.waitSignal(dialog.succeeded, timeout=30_000) as done:
        dialog.ok.click()
        assert dialog.busy.isVisible()
    assert done.args == [str(path)]
    wait_tasks(qtbot)


@pytest.mark.parametrize("fmt", ["json", "csv", "caseuco"])
def test_export_case_writes_each_format(
    qtbot, controller, case: Path, tmp_path: Path, fmt: str
) -> None:
    _show_case(qtbot, controller, case)
    window = controller.window
    assert window.act_export.isEnabled()
    window.act_export.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, ExportCaseDialog)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    assert dialog.path.text().endswith({"json": ".json", "csv": ".csv", "caseuco": ".jsonld"}[fmt])
    target = tmp_path / f"out.{fmt}"
    _write(qtbot, dialog, target)
    data = target.read_bytes()
    if fmt == "csv":
        assert data.startswith(b"\xef\xbb\xbf") and f"{REF}/1".encode() in data
        assert b"'=HYPERLINK" in data  # formula injection neutralised by the core
    elif fmt == "json":
        doc = export.load_export(data)
        assert doc["case"]["ref"] == REF and export.verify_export(doc).intact
    else:
        doc = json.loads(data)
        assert "@context" in doc and "@graph" in doc
    assert f"Wrote {target}" in window.statusBar().currentMessage()


def test_an_unwritable_place_keeps_the_dialog_open(qtbot, controller, case: Path) -> None:
    _show_case(qtbot, controller, case)
    window = controller.window
    window.act_export.trigger()
    dialog = window.current_dialog
    dialog.path.setText("/nonexistent-folder/x.json")
    dialog.ok.click()
    wait_tasks(qtbot)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "does not exist" in dialog.error.text()


def test_report_and_labels_write_pdfs(qtbot, controller, case: Path, tmp_path: Path) -> None:
    _show_case(qtbot, controller, case)
    window = controller.window
    window.act_report.trigger()
    dialog = window.current_dialog
    assert isinstance(dialog, ReportDialog)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    report_pdf = tmp_path / "report.pdf"
    _write(qtbot, dialog, report_pdf)
    assert report_pdf.read_bytes().startswith(b"%PDF")

    window.act_labels.trigger()
    labels = window.current_dialog
    assert isinstance(labels, LabelsDialog)
    assert labels.exhibits() == [f"{REF}/1", f"{REF}/2", f"{REF}/3"]
    from PySide6.QtCore import Qt

    labels.items.item(1).setCheckState(Qt.CheckState.Unchecked)
    labels_pdf = tmp_path / "labels.pdf"
    _write(qtbot, labels, labels_pdf)
    assert labels_pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(labels_pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert f"{REF}/1" in text and f"{REF}/3" in text and f"{REF}/2" not in text
        text = subprocess.run(
            ["pdftotext", str(report_pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Chain-of-custody report" in text and REF in text


def test_verify_an_export_says_intact_or_names_the_problem(
    qtbot, controller, case: Path, tmp_path: Path
) -> None:
    with open_as(case, "bob") as bob:
        good = tmp_path / "good.json"
        export.write_file(good, export.encode_json(export.build_case_export(bob, REF)))
    doc = json.loads(good.read_text("utf-8"))
    seq, body = next((k, v) for k, v in doc["payloads"].items() if "Cambriolage" in v)
    doc["payloads"][seq] = body.replace("Cambriolage", "Vol simple")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), "utf-8")

    open_main(qtbot, controller, case, "dave")
    window = controller.window
    assert window.act_verify_export.isEnabled()
    dialogs.set_next_answer(str(good))
    window.act_verify_export.trigger()
    assert window.busy_bar.isVisible()
    wait_tasks(qtbot)
    assert not window.busy_bar.isVisible()
    shown = dialogs.shown[-1]
    assert shown.kind == "information" and "is intact" in shown.text and REF in shown.text

    dialogs.set_next_answer(str(bad))
    window.act_verify_export.trigger()
    wait_tasks(qtbot)
    shown = dialogs.shown[-1]
    assert shown.kind == "critical" and "NOT intact" in shown.text
    assert shown.detail is not None and f"#{seq}" in shown.detail

    not_export = tmp_path / "notes.txt"
    not_export.write_text("hello", "utf-8")
    dialogs.set_next_answer(str(not_export))
    window.act_verify_export.trigger()
    wait_tasks(qtbot)
    shown = dialogs.shown[-1]
    assert shown.kind == "critical" and shown.detail is not None and "JSON" in shown.detail
