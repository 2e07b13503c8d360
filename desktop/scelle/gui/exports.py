"""Exports, chain-of-custody reports, evidence labels, and checking an export (issue #6).

Each dialog asks for the file (and the format, page size or labels), then works in two
steps: the case export is built on the vault thread (``build_case_export``, journaled as
``case.export``), and the file is encoded or drawn on the shared pool, so that the vault
is free meanwhile. A busy bar runs until the file is in place; the core writes it to a
temporary file and renames it, so nothing half-written is left. Errors stay in the dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from scelle.core.errors import BadInput
from scelle.core.interop import caseuco, export
from scelle.core.model import Item
from scelle.core.vault import Vault
from scelle.gui import dialogs, fmt, tasks
from scelle.gui.widgets import CommandDialog, buddy


def documents_folder() -> Path:
    """Where files are offered first: the user's documents folder, else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def safe_name(ref: str) -> str:
    """A case reference as part of a file name (``2026/42`` → ``2026-42``)."""
    return re.sub(r"[^\w.-]+", "-", ref).strip("-") or "case"


class CaseFileDialog(CommandDialog):
    """Write one file about a case: build the export (vault thread), then :meth:`produce`
    it (shared pool). ``succeeded(path)`` fires when the file is in place.

    A base class: its own texts use the explicit context "ExportDialogs" (PySide's
    ``self.tr`` would look them up under the subclass's name).
    """

    def __init__(
        self,
        parent: QWidget | None,
        vault: Vault,
        case_ref: str,
        title: str,
        ok_text: str,
    ) -> None:
        super().__init__(parent, title, ok_text)
        self.vault = vault
        self.case_ref = case_ref
        self.path = QLineEdit()
        self.path.setMinimumWidth(360)
        self.choose = QPushButton(QCoreApplication.translate("ExportDialogs", "C&hoose…"))
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self.choose_file)
        self.path_row = file_row(self.path, self.choose)
        self._stage = 0
        self._target: Path | None = None

    def add_path_row(self) -> None:
        """Put the file row at the end of the form (subclasses add their fields first)."""
        self.form.addRow(
            buddy(QCoreApplication.translate("ExportDialogs", "&File:"), self.path), self.path_row
        )
        self.path.setText(str(documents_folder() / self.default_name()))

    def default_name(self) -> str:
        """The file name offered first."""
        raise NotImplementedError

    def filters(self) -> str:
        """The save dialog's file types."""
        return ""

    def choose_file(self) -> None:
        """Ask where to write."""
        chosen = dialogs.save_file(self, self.windowTitle(), self.path.text(), self.filters())
        if chosen:
            self.path.setText(chosen)

    def produce(self, doc: dict[str, Any], path: Path) -> None:
        """Write the file from the export ``doc`` (on a worker; never touch widgets)."""
        raise NotImplementedError

    def check(self) -> None:
        """Refuse what cannot work before anything is journaled (GUI thread)."""

    def command(self) -> Callable[[], Any]:
        text = self.path.text().strip()
        if not text:
            raise BadInput(QCoreApplication.translate("ExportDialogs", "Choose the file to write."))
        from scelle.gui.report import check_output_path

        self.check()
        self._target = check_output_path(Path(text).expanduser())
        self._stage = 1
        vault, ref = self.vault, self.case_ref
        return lambda: export.build_case_export(vault, ref)

    def error_field(self, exc: BaseException) -> QWidget | None:
        return self.path if isinstance(exc, BadInput) else None

    def _done(self, value: Any) -> None:
        if self._stage == 1 and self._target is not None:
            # The export is built; draw or encode the file off the vault thread.
            self._stage = 2
            doc, target = value, self._target
            self.task = tasks.run_task(
                self,
                lambda: self.produce(doc, target),
                on_done=lambda _none: self._written(),
                on_error=self._failed,
                vault=False,
            )
            return
        super()._done(value)

    def _written(self) -> None:
        self._stage = 0
        super()._done(str(self._target))

    def _failed(self, exc: BaseException) -> None:
        self._stage = 0
        super()._failed(exc)


FORMATS = ("json", "csv", "caseuco")
_SUFFIX = {"json": ".json", "csv": ".csv", "caseuco": ".jsonld"}


class ExportCaseDialog(CaseFileDialog):
    """Export a case as JSON (verifiable offline), CSV or CASE/UCO JSON-LD."""

    def __init__(self, parent: QWidget | None, vault: Vault, case_ref: str) -> None:
        super().__init__(
            parent, vault, case_ref, self.tr("Export case {0}").format(case_ref), self.tr("&Export")
        )
        self.format = QComboBox()
        self.format.addItem(self.tr("JSON — the case with its proof, verifiable offline"), "json")
        self.format.addItem(self.tr("CSV — a spreadsheet of the items and their events"), "csv")
        self.format.addItem(self.tr("CASE/UCO JSON-LD — for other forensic tools"), "caseuco")
        self.form.addRow(buddy(self.tr("F&ormat:"), self.format), self.format)
        self.add_path_row()
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format = "json"
        self.setMinimumWidth(620)

    def chosen_format(self) -> str:
        """``json``, ``csv`` or ``caseuco``."""
        return str(self.format.currentData())

    def default_name(self) -> str:
        return safe_name(self.case_ref) + _SUFFIX[self.chosen_format()]

    def filters(self) -> str:
        return {
            "json": self.tr("JSON export (*.json)"),
            "csv": self.tr("CSV spreadsheet (*.csv)"),
            "caseuco": self.tr("CASE/UCO JSON-LD (*.jsonld *.json)"),
        }[self.chosen_format()]

    def _format_changed(self) -> None:
        # Follow the format with the file's extension, if it is one of ours.
        path = Path(self.path.text())
        if path.suffix in _SUFFIX.values():
            self.path.setText(str(path.with_suffix(_SUFFIX[self.chosen_format()])))

    def produce(self, doc: dict[str, Any], path: Path) -> None:
        fmt_ = self._format
        if fmt_ == "csv":
            data = export.to_csv(doc)
        elif fmt_ == "caseuco":
            data = caseuco.encode(caseuco.to_case_uco(doc))
        else:
            data = export.encode_json(doc)
        export.write_file(path, data)

    def command(self) -> Callable[[], Any]:
        self._format = self.chosen_format()  # read on the GUI thread
        return super().command()


def file_row(path: QLineEdit, choose: QPushButton) -> QWidget:
    """A file name field and its Choose… button, as one form row."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(path, 1)
    row.addWidget(choose)
    widget = QWidget()
    widget.setLayout(row)
    return widget


def label_layout_box() -> QComboBox:
    """The label sheets that can be printed; each entry's data is its layout key."""
    from scelle.gui.report import LABEL_LAYOUTS

    box = QComboBox()
    for key, lay in LABEL_LAYOUTS.items():
        box.addItem(
            QCoreApplication.translate(
                "ExportDialogs", "{0}: {1} × {2} labels of {3:g} × {4:g} mm"
            ).format(lay.page, lay.columns, lay.rows, lay.width, lay.height),
            key,
        )
    return box


def default_page_size() -> str:
    """Letter where the system's locale measures in inches, else A4."""
    if QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "Letter"
    return "A4"


class ReportDialog(CaseFileDialog):
    """Write the chain-of-custody report of a case (PDF, A4 or Letter)."""

    def __init__(self, parent: QWidget | None, vault: Vault, case_ref: str) -> None:
        super().__init__(
            parent,
            vault,
            case_ref,
            self.tr("Chain-of-custody report of {0}").format(case_ref),
            self.tr("&Write the report"),
        )
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4"), "A4")
        self.page_size.addItem(self.tr("US Letter"), "Letter")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(default_page_size())))
        self.form.addRow(buddy(self.tr("&Paper:"), self.page_size), self.page_size)
        self.add_path_row()
        self._size = "A4"

    def default_name(self) -> str:
        return self.tr("{0}-chain-of-custody.pdf").format(safe_name(self.case_ref))

    def filters(self) -> str:
        return self.tr("PDF (*.pdf)")

    def command(self) -> Callable[[], Any]:
        self._size = str(self.page_size.currentData())
        return super().command()

    def produce(self, doc: dict[str, Any], path: Path) -> None:
        from scelle.gui import report

        report.render_case_report(doc, path, page_size=self._size)


class LabelsDialog(CaseFileDialog):
    """Write evidence labels (exhibit id, case, description, seal, QR code) to print."""

    def __init__(
        self,
        parent: QWidget | None,
        vault: Vault,
        case_ref: str,
        items: Sequence[Item],
        *,
        selected: Sequence[str] = (),
    ) -> None:
        super().__init__(
            parent,
            vault,
            case_ref,
            self.tr("Evidence labels of {0}").format(case_ref),
            self.tr("&Write the labels"),
        )
        self.layout_box = label_layout_box()
        if default_page_size() == "Letter":
            self.layout_box.setCurrentIndex(max(0, self.layout_box.findData("Letter-2x5")))
        self.items = QListWidget()
        self.items.setMinimumHeight(160)
        wanted = set(selected)
        for item in items:
            entry = QListWidgetItem(f"{item.exhibit_id} — {fmt.one_line(item.description)}")
            entry.setData(Qt.ItemDataRole.UserRole, item.exhibit_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = not wanted or item.exhibit_id in wanted
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.items.addItem(entry)
        self.form.addRow(buddy(self.tr("&Sheet:"), self.layout_box), self.layout_box)
        self.form.addRow(buddy(self.tr("&Items:"), self.items), self.items)
        self.add_path_row()
        self._layout = "A4-3x8"
        self._exhibits: list[str] = []
        self.setMinimumWidth(620)

    def default_name(self) -> str:
        return self.tr("{0}-labels.pdf").format(safe_name(self.case_ref))

    def filters(self) -> str:
        return self.tr("PDF (*.pdf)")

    def exhibits(self) -> list[str]:
        """The exhibit ids ticked, in the list's order."""
        return [
            str(self.items.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        ]

    def check(self) -> None:
        self._exhibits = self.exhibits()
        if not self._exhibits:
            raise BadInput(self.tr("Tick the items to label."))
        self._layout = str(self.layout_box.currentData())

    def error_field(self, exc: BaseException) -> QWidget | None:
        return self.items if not self._exhibits else super().error_field(exc)

    def produce(self, doc: dict[str, Any], path: Path) -> None:
        from scelle.gui import report

        report.render_labels(doc, path, exhibits=self._exhibits, layout=self._layout)


def check_export_file(path: str) -> tuple[dict[str, Any], export.ExportReport]:
    """Read and verify an export file (no vault); raise BadInput if it is not one."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BadInput(f"{path} cannot be read ({exc.strerror}).") from None
    doc = export.load_export(data)
    return doc, export.verify_export(doc)
