"""Storage locations and inventory audits (issue #6, item 6).

In the inventory dialog a barcode scanner types each exhibit id and Enter into the scan
box; each id joins the list once (a second scan of the same label is ignored). *Record
inventory* sends the list to :func:`scelle.core.inventory.audit`, which compares it with
where the journal has every item and records the outcome as one signed entry; the dialog
then shows what was found, missing, recorded elsewhere, or unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scelle.core import inventory
from scelle.core.errors import BadInput
from scelle.core.vault import Vault
from scelle.gui import dialogs, fmt, tasks
from scelle.gui.jobs import set_state
from scelle.gui.widgets import (
    CommandDialog,
    buddy,
    busy_bar,
    error_label,
    outcome_label,
    show_form_error,
)


def location_kind(value: str) -> str:
    """A location's kind, translated (``scelle.core.inventory.KINDS``)."""
    return {
        "room": QCoreApplication.translate("Storage", "room"),
        "shelf": QCoreApplication.translate("Storage", "shelf"),
        "locker": QCoreApplication.translate("Storage", "locker"),
        "safe": QCoreApplication.translate("Storage", "safe"),
        "other": QCoreApplication.translate("Storage", "other"),
    }.get(value, value)


class NewLocationDialog(CommandDialog):
    """Define a storage location: its short code (printed on its label), name and kind."""

    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(parent, self.tr("New storage location"), self.tr("&Add the location"))
        self.vault = vault
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. B4 or ROOM-2/SHELF-3"))
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Evidence room B, shelf 4"))
        self.kind = QComboBox()
        for kind in inventory.KINDS:
            self.kind.addItem(location_kind(kind), kind)
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Name:"), self.label)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        hint = QLabel(
            self.tr(
                "An item is in this location when its recorded storage location is this code "
                "or this name."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow(hint)

    def command(self) -> Callable[[], Any]:
        code, label, kind = self.code.text(), self.label.text(), str(self.kind.currentData())
        vault = self.vault
        return lambda: inventory.add_location(vault, code, label, kind=kind)

    def error_field(self, exc: BaseException) -> QWidget | None:
        text = str(exc).lower()
        return self.label if "name" in text and "code" not in text else self.code


class LocationLabelsDialog(CommandDialog):
    """QR labels for storage locations: each code reads back exactly as the inventory's
    scan box expects it. The locations are read when the dialog opens."""

    uses_vault = False
    locations_loaded = Signal()

    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(parent, self.tr("Storage location labels"), self.tr("&Write the labels"))
        from scelle.gui.exports import documents_folder, file_row, label_layout_box

        self.vault = vault
        self.office = ""
        self.places = QListWidget()
        self.places.setMinimumHeight(140)
        self.layout_box = label_layout_box()
        self.path = QLineEdit(str(documents_folder() / self.tr("location-labels.pdf")))
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAutoDefault(False)
        self.choose.clicked.connect(self.choose_file)
        path_row = file_row(self.path, self.choose)
        self.form.addRow(buddy(self.tr("&Sheet:"), self.layout_box), self.layout_box)
        self.form.addRow(buddy(self.tr("&Locations:"), self.places), self.places)
        self.form.addRow(buddy(self.tr("&File:"), self.path), path_row)
        self.setMinimumWidth(600)

    def load_locations(self) -> None:
        """Read the locations (journaled as ``location.list``) and the office's name."""
        vault = self.vault
        self._set_busy(True)
        self.task = tasks.run_task(
            self,
            lambda: (inventory.locations(vault), vault.setting("office") or ""),
            on_done=self._locations,
            on_error=self._failed,
        )

    def _locations(self, result: tuple[list[inventory.Location], str]) -> None:
        self.task = None
        self._set_busy(False)
        found, self.office = result
        self.places.clear()
        for loc in found:
            entry = QListWidgetItem(f"{loc.code} — {loc.label} ({location_kind(loc.kind)})")
            entry.setData(Qt.ItemDataRole.UserRole, (loc.code, loc.label, loc.kind))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.places.addItem(entry)
        self.locations_loaded.emit()

    def chosen(self) -> list[tuple[str, str, str]]:
        """``(code, name, kind)`` of each location ticked."""
        return [
            tuple(self.places.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.places.count())
            if self.places.item(i).checkState() == Qt.CheckState.Checked
        ]

    def choose_file(self) -> None:
        """Ask where to write."""
        chosen = dialogs.save_file(
            self, self.windowTitle(), self.path.text(), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)

    def command(self) -> Callable[[], Any]:
        from pathlib import Path

        from scelle.gui import report

        places = self.chosen()
        if not places:
            raise BadInput(self.tr("Tick the locations to label."))
        if not self.path.text().strip():
            raise BadInput(self.tr("Choose the file to write."))
        target = report.check_output_path(Path(self.path.text().strip()).expanduser())
        layout, office = str(self.layout_box.currentData()), self.office

        def draw() -> str:
            report.render_location_labels(places, target, layout=layout, office=office)
            return str(target)

        return draw

    def error_field(self, exc: BaseException) -> QWidget | None:
        return self.path


_GREEN = QBrush(QColor("#1e7b45"))
_RED = QBrush(QColor("#b3261e"))
_AMBER = QBrush(QColor("#a15c00"))


class InventoryDialog(QDialog):
    """Scan what is in a location and record the inventory.

    ``recorded(Inventory)`` fires once the audit entry is in the journal.
    """

    recorded = Signal(object)
    locations_loaded = Signal()

    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inventory of a storage location"))
        self.vault = vault
        self.audit_result: inventory.Inventory | None = None
        self.location = QComboBox()
        self.location.setMinimumContentsLength(28)
        self.scan = QLineEdit()
        self.scan.setObjectName("search")
        self.scan.setPlaceholderText(self.tr("Scan or type an exhibit id, then Enter"))
        self.scan.returnPressed.connect(self.add_scanned)
        self.scanned = QListWidget()
        self.scanned.setMinimumHeight(160)
        self.count = QLabel()
        self.count.setObjectName("meta")
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.clicked.connect(self.remove_selected)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("Outcome"), self.tr("Where the journal has it")])
        self.results.setRootIsDecorated(True)
        self.results.setMinimumHeight(200)
        self.results.hide()
        self.outcome = outcome_label()
        self.error = error_label()
        self.busy = busy_bar()
        self.buttons = QDialogButtonBox()
        self.record = QPushButton(self.tr("Record &inventory"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.buttons.addButton(self.record, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.record.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        # Enter belongs to the scan box: a scanner ends every id with it.
        for button in (self.remove, self.record, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)

        form = QFormLayout()
        form.addRow(buddy(self.tr("&Location:"), self.location), self.location)
        form.addRow(buddy(self.tr("&Scan:"), self.scan), self.scan)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scanned, 1)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.task: tasks.Task | None = None
        self._update()
        self.setMinimumSize(560, 520)

    # -- locations

    def load_locations(self) -> None:
        """Read the locations (journaled as ``location.list``)."""
        vault = self.vault
        self.busy.show()
        self.task = tasks.run_task(
            self, lambda: inventory.locations(vault), on_done=self._locations, on_error=self._failed
        )

    def _locations(self, found: list[inventory.Location]) -> None:
        self.task = None
        self.busy.hide()
        self.location.clear()
        for loc in found:
            held = self.tr("1 item") if loc.items == 1 else self.tr("{0} items").format(loc.items)
            self.location.addItem(
                self.tr("{0} — {1} ({2}, {3})").format(
                    loc.code, loc.label, location_kind(loc.kind), held
                ),
                loc.code,
            )
        if not found:
            show_form_error(
                self.error,
                BadInput(self.tr("No storage location is defined yet: add one first.")),
            )
        self._update()
        self.scan.setFocus()
        self.locations_loaded.emit()

    # -- scanning

    def ids(self) -> list[str]:
        """The exhibit ids scanned, in order."""
        return [self.scanned.item(i).text() for i in range(self.scanned.count())]

    def add_scanned(self) -> None:
        """Add what the scan box holds to the list (once), and empty the box."""
        exhibit = " ".join(self.scan.text().split())
        self.scan.clear()
        if not exhibit or self.audit_result is not None:
            return
        if exhibit in self.ids():
            self.count.setText(self.tr("{0} was already scanned.").format(exhibit))
            return
        self.scanned.addItem(exhibit)
        self.scanned.scrollToBottom()
        self._update()

    def remove_selected(self) -> None:
        """Take the selected id off the list (a wrong scan)."""
        for entry in self.scanned.selectedItems():
            self.scanned.takeItem(self.scanned.row(entry))
        self._update()

    def _update(self) -> None:
        n = self.scanned.count()
        if self.audit_result is None:
            self.count.setText(
                self.tr("{0} items scanned").format(n) if n != 1 else self.tr("1 item scanned")
            )
        ready = self.audit_result is None and self.task is None and self.location.count() > 0
        self.record.setEnabled(ready)
        self.scan.setEnabled(self.audit_result is None)
        self.remove.setEnabled(self.audit_result is None and n > 0)

    # -- recording

    def submit(self) -> None:
        """Record the inventory of the chosen location with the ids scanned."""
        if self.task is not None or self.audit_result is not None:
            return
        code = self.location.currentData()
        if not code:
            show_form_error(self.error, BadInput(self.tr("Choose the location.")), self.location)
            return
        scanned, vault = self.ids(), self.vault
        self.error.hide()
        self.busy.show()
        self.task = tasks.run_task(
            self,
            lambda: inventory.audit(vault, str(code), scanned),
            on_done=self._recorded,
            on_error=self._failed,
        )
        self._update()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.busy.hide()
        show_form_error(self.error, exc)
        self._update()

    def _recorded(self, result: inventory.Inventory) -> None:
        self.task = None
        self.busy.hide()
        self.audit_result = result
        self.results.clear()
        groups: list[tuple[str, QBrush, list[tuple[str, str]]]] = [
            (
                self.tr("Missing: {0}").format(len(result.missing)),
                _RED,
                [(e, result.location) for e in result.missing],
            ),
            (
                self.tr("Recorded elsewhere: {0}").format(len(result.elsewhere)),
                _AMBER,
                list(result.elsewhere),
            ),
            (
                self.tr("Unknown or no longer held: {0}").format(len(result.unknown)),
                _AMBER,
                [(e, "—") for e in result.unknown],
            ),
            (
                self.tr("Found: {0}").format(len(result.found)),
                _GREEN,
                [(e, result.location) for e in result.found],
            ),
        ]
        for title, brush, rows in groups:
            top = QTreeWidgetItem([title, ""])
            if rows:
                top.setForeground(0, brush)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for exhibit, where in rows:
                QTreeWidgetItem(top, [exhibit, where])
            self.results.addTopLevelItem(top)
            top.setExpanded(bool(rows))
        self.results.resizeColumnToContents(0)
        self.results.show()
        self.scanned.hide()
        problems = len(result.missing) + len(result.elsewhere) + len(result.unknown)
        self.outcome.setText(
            (
                self.tr("Everything expected in {0} was found.").format(result.location)
                if not problems
                else self.tr("{0} item(s) need attention in {1}.").format(problems, result.location)
            )
            + " "
            + self.tr("Recorded as journal entry #{0}.").format(fmt.seq(result.seq))
        )
        set_state(self.outcome, "bad" if problems else "good")
        self.outcome.show()
        self._update()
        self.close_button.setFocus()
        self.recorded.emit(result)
