"""Pieces shared by the windows: a command dialog, the hashing panel, the password meter.

Base classes here translate with an explicit context (``QCoreApplication.translate``):
PySide's ``self.tr`` would look the text up under the subclass's name.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scelle.core.errors import Cancelled, ScelleError
from scelle.core.hashing import Digests, hash_file
from scelle.gui import dialogs, errors, fmt, tasks
from scelle.gui.strength import strength

log = logging.getLogger(__name__)


def error_label() -> QLabel:
    """The red sentence under a form."""
    label = QLabel()
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def busy_bar(height: int = 6) -> QProgressBar:
    """The thin, hidden, indeterminate bar shown while a form's work runs."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(height)
    bar.hide()
    return bar


def outcome_label() -> QLabel:
    """The hidden sentence that says how a finished job went."""
    label = QLabel()
    label.setObjectName("outcome")
    label.setWordWrap(True)
    label.hide()
    return label


def show_form_error(label: QLabel, exc: BaseException, field: QWidget | None = None) -> None:
    """Put the error's sentence (and the core's detail) under the form; re-select the field."""
    if isinstance(exc, Cancelled):
        label.hide()
        return
    if not isinstance(exc, ScelleError):
        log.error("unexpected error in a form", exc_info=exc)
    text = errors.sentence(exc)
    more = errors.detail(exc)
    label.setText(text if not more or more == text else f"{text}\n{more}")
    label.show()
    if field is not None:
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()


def buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic (&) focuses ``widget`` (for rows holding a layout)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def reason_combo(kind: str) -> QComboBox:
    """An editable combo box offering the core's default reasons of ``kind``."""
    from scelle.core.model import DEFAULT_REASONS

    combo = QComboBox()
    combo.setEditable(True)
    combo.addItem("")
    for _code, label in DEFAULT_REASONS.get(kind, ()):
        combo.addItem(fmt.reason(label))
    return combo


class CommandDialog(QDialog):
    """A form whose OK runs one core command in a worker; errors stay inline, in the form.

    Subclasses fill ``self.form`` and implement :meth:`command`, which reads the widgets on
    the GUI thread and returns the function to run on the vault thread.
    """

    succeeded = Signal(object)
    # False for a command that does not touch the vault (drawing a PDF): it then runs on
    # the shared pool instead of waiting for the vault thread.
    uses_vault = True

    def __init__(self, parent: QWidget | None, title: str, ok_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = error_label()
        self.busy = busy_bar()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.top = QVBoxLayout(self)
        self.top.addLayout(self.form)
        self.top.addWidget(self.error)
        self.top.addWidget(self.busy)
        self.top.addWidget(self.buttons)
        self.result_value: Any = None
        self.task: tasks.Task | None = None
        self.setMinimumWidth(460)

    def command(self) -> Callable[[], Any]:
        """The core call to make with what the form says."""
        raise NotImplementedError

    def error_field(self, exc: BaseException) -> QWidget | None:
        """The field to re-select after ``exc`` (None: leave the focus)."""
        return None

    @Slot()
    def submit(self) -> None:
        """Run the command; accept on success, show the error inline otherwise."""
        if self.task is not None:
            return
        try:
            fn = self.command()
        except ScelleError as exc:
            show_form_error(self.error, exc)
            return
        self.error.hide()
        self._set_busy(True)
        self.task = tasks.run_task(
            self, fn, on_done=self._done, on_error=self._failed, vault=self.uses_vault
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.ok.setEnabled(not busy)

    def _done(self, value: Any) -> None:
        self.task = None
        self._set_busy(False)
        self.result_value = value
        self.succeeded.emit(value)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        show_form_error(self.error, exc, self.error_field(exc))


class _ProgressRelay(QObject):
    """Carries progress from the hashing thread to the GUI thread (queued)."""

    progressed = Signal(object, object)  # files beyond 2 GiB


class HashPanel(QWidget):
    """Choose a file and hash it in a worker: progress bar, MB/s, Cancel.

    ``progressed(done, total)`` is re-emitted on the GUI thread; ``hashed(Digests)`` at the
    end; ``cancelled()`` when the user stops it. ``hasher`` runs on the shared pool and may
    be replaced (hash verification runs the core's ``verify_hash`` on the vault thread).
    """

    progressed = Signal(object, object)  # files beyond 2 GiB
    hashed = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    file_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, start_on_choose: bool = True) -> None:
        super().__init__(parent)
        self.start_on_choose = start_on_choose
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(QCoreApplication.translate("Widgets", "No file chosen"))
        self.choose = QPushButton(QCoreApplication.translate("Widgets", "Choose &file…"))
        self.choose.clicked.connect(self.choose_file)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.rate = QLabel()
        self.rate.setObjectName("hashRate")
        self.stop = QPushButton(QCoreApplication.translate("Widgets", "&Stop hashing"))
        self.stop.setEnabled(False)
        self.stop.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        row2 = QHBoxLayout()
        row2.setContentsMargins(0, 0, 0, 0)
        row2.addWidget(self.bar, 1)
        row2.addWidget(self.rate)
        row2.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(row2)
        self.digests: Digests | None = None
        self._cancel: threading.Event | None = None
        self._started = 0.0
        self._last_emit = 0.0
        self._relay = _ProgressRelay()
        self._relay.progressed.connect(self._on_progress)
        self.task: tasks.Task | None = None

    @property
    def running(self) -> bool:
        """True while a file is being hashed."""
        return self.task is not None

    def choose_file(self) -> None:
        """Ask for a file; hash it at once if ``start_on_choose``."""
        path = dialogs.open_file(
            self, QCoreApplication.translate("Widgets", "Choose the file to hash")
        )
        if not path:
            return
        self.path.setText(path)
        self.file_chosen.emit(path)
        if self.start_on_choose:
            self.start(lambda progress, cancel: hash_file(path, progress=progress, cancel=cancel))

    def progress_callback(self) -> Callable[[int, int], None]:
        """A ``progress(done, total)`` for the core, safe to call from any thread."""

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            # A few updates a second are enough for the eye; the last one always goes.
            if done >= total or now - self._last_emit >= 0.05:
                self._last_emit = now
                self._relay.progressed.emit(done, total)

        return progress

    def start(
        self,
        job: Callable[[Callable[[int, int], None], threading.Event], Any],
        *,
        vault: bool = False,
    ) -> None:
        """Run ``job(progress, cancel)`` in a worker; its result goes to ``hashed``."""
        if self.task is not None:
            return
        self.digests = None
        self._cancel = threading.Event()
        self._started = time.monotonic()
        self._last_emit = 0.0
        self.bar.setValue(0)
        self.rate.setText("")
        self.stop.setEnabled(True)
        self.choose.setEnabled(False)
        cancel = self._cancel
        progress = self.progress_callback()
        self.task = tasks.run_task(
            self,
            lambda: job(progress, cancel),
            on_done=self._on_done,
            on_error=self._on_error,
            vault=vault,
        )

    @Slot()
    def cancel(self) -> None:
        """Stop hashing; nothing is recorded."""
        if self._cancel is not None:
            self._cancel.set()

    @Slot(object, object)
    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setValue(int(1000 * done / total) if total else 1000)
        elapsed = max(time.monotonic() - self._started, 1e-6)
        self.rate.setText(
            QCoreApplication.translate("Widgets", "{0:.0f} MB/s").format(done / elapsed / 1e6)
        )
        self.progressed.emit(done, total)

    def _finish(self) -> None:
        self.task = None
        self._cancel = None
        self.stop.setEnabled(False)
        self.choose.setEnabled(True)

    def _on_done(self, value: Any) -> None:
        self._finish()
        self.bar.setValue(1000)
        if isinstance(value, Digests):
            self.digests = value
        self.hashed.emit(value)

    def _on_error(self, exc: BaseException) -> None:
        self._finish()
        self.bar.setValue(0)
        self.rate.setText("")
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(exc)


class PasswordMeter(QWidget):
    """A bar and a word under a password field."""

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel()
        self.label.setObjectName("strengthLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        field.textChanged.connect(self.update_for)
        self.update_for("")

    @Slot(str)
    def update_for(self, password: str) -> None:
        """Show the strength of ``password``."""
        score = strength(password)
        words = [
            QCoreApplication.translate("Widgets", "too short")
            if len(password) < 8
            else QCoreApplication.translate("Widgets", "very weak"),
            QCoreApplication.translate("Widgets", "weak"),
            QCoreApplication.translate("Widgets", "fair"),
            QCoreApplication.translate("Widgets", "good"),
            QCoreApplication.translate("Widgets", "strong"),
        ]
        self.score = score
        self.bar.setValue(score)
        self.bar.setProperty("strength", score)
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)
        self.label.setText(words[score] if password else "")
