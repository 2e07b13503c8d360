"""Long core jobs with a progress bar and Cancel: the relay, and whole-journal verification.

A long core job takes ``progress(done, total)`` and a cancel :class:`threading.Event` and
raises ``Cancelled`` (STYLE §6). :class:`ProgressRelay` carries its progress from the worker
to the GUI thread, a few times a second; :class:`VerifyJournalDialog` runs
``Vault.verify(full=True)`` with it (issue #6: unlock verifies only from the user's last
checkpoint, so an auditor needs a way to check everything).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scelle.core import journal
from scelle.core.errors import Cancelled
from scelle.core.vault import Vault
from scelle.gui import errors, fmt, tasks
from scelle.gui.widgets import outcome_label

log = logging.getLogger(__name__)


class ProgressRelay(QObject):
    """Re-emits a worker's ``progress(done, total)`` on the GUI thread (queued, throttled)."""

    progressed = Signal(object, object)  # counts beyond 2**31

    def callback(self, interval: float = 0.05) -> Callable[[int, int], None]:
        """A ``progress(done, total)`` safe to call from any thread; the last call always goes."""
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if done >= total or now - last[0] >= interval:
                last[0] = now
                try:
                    self.progressed.emit(done, total)
                except RuntimeError:  # the window is gone: nobody is watching any more
                    log.debug("progress dropped: its window is gone")

        return progress


def set_state(label: QLabel, state: str) -> None:
    """Colour ``label`` through the stylesheet (``state`` = "good", "bad" or "")."""
    label.setProperty("state", state)
    label.style().unpolish(label)
    label.style().polish(label)


class VerifyJournalDialog(QDialog):
    """Verify every entry of the journal, with a progress bar and Cancel.

    ``verified(report)`` fires with the report when the walk ends (intact or not).
    """

    verified = Signal(object)

    def __init__(self, parent: QWidget | None, vault: Vault) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Verify the whole journal"))
        self.setModal(True)
        intro = QLabel(
            self.tr(
                "Every entry is checked from the first: its hash, its link to the one before, "
                "its signature by the key its author held then, and a replay of the records. "
                "Unlocking checks only what was added since your last session."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self.count = QLabel()
        self.outcome = outcome_label()
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("&Verify again"))
        self.start_button.hide()
        self.stop_button = QPushButton(self.tr("&Cancel"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.stop_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.bar)
        layout.addWidget(self.count)
        layout.addWidget(self.outcome)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.report: journal.Report | None = None
        self.task: tasks.Task | None = None
        self._cancel: threading.Event | None = None
        self._started = 0.0
        self._relay = ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self.setMinimumWidth(560)

    @property
    def running(self) -> bool:
        """True while the journal is being walked."""
        return self.task is not None

    @Slot()
    def start(self) -> None:
        """Walk the whole journal in a worker (on the vault thread)."""
        if self.task is not None:
            return
        self.report = None
        self._cancel = threading.Event()
        self._started = time.monotonic()
        self.bar.setValue(0)
        self.count.setText(self.tr("Reading the journal…"))
        self.outcome.hide()
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        vault, cancel, progress = self.vault, self._cancel, self._relay.callback()
        self.task = tasks.run_task(
            self,
            lambda: vault.verify(full=True, progress=progress, cancel=cancel),
            on_done=self._done,
            on_error=self._failed,
        )

    @Slot()
    def cancel(self) -> None:
        """Stop the walk; the verification state stays what it was."""
        if self._cancel is not None:
            self._cancel.set()
            self.stop_button.setEnabled(False)

    @Slot(object, object)
    def _progressed(self, done: int, total: int) -> None:
        self.bar.setValue(int(1000 * done / total) if total else 1000)
        elapsed = max(time.monotonic() - self._started, 1e-6)
        self.count.setText(
            self.tr("{0} of {1} entries · {2:.0f} entries/s").format(
                fmt.seq(done), fmt.seq(total), done / elapsed
            )
        )

    def _finish(self) -> None:
        self.task = None
        self._cancel = None
        self.stop_button.setEnabled(False)
        self.start_button.setEnabled(True)
        self.start_button.show()

    def _done(self, report: journal.Report) -> None:
        self._finish()
        self.report = report
        self.bar.setValue(1000)
        elapsed = time.monotonic() - self._started
        self.count.setText(
            self.tr("{0} entries in {1:.1f} s").format(fmt.seq(report.entries), elapsed)
        )
        self.outcome.show()
        if report.intact:
            text = self.tr("The whole journal verifies: {0} entries up to #{1} — intact.").format(
                fmt.seq(report.entries), fmt.seq(report.head.seq)
            )
            if report.warnings:
                text += "\n" + self.tr("{0} warning(s): {1}").format(
                    len(report.warnings), report.warnings[0].detail
                )
            self.outcome.setText(text)
            set_state(self.outcome, "good")
        else:
            first = report.first_problem()
            where = (
                self.tr("at entry #{0}").format(fmt.seq(first.seq))
                if first is not None and first.seq is not None
                else ""
            )
            self.outcome.setText(
                self.tr(
                    "NOT INTACT: the journal fails verification {0}: {1}\n{2} problem(s) in "
                    "all. Scellé records nothing more in this vault; ask an auditor to "
                    "examine it."
                ).format(where, first.detail if first else "", len(report.problems))
            )
            set_state(self.outcome, "bad")
        self.adjustSize()  # room for the outcome, however long the translation
        self.verified.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.bar.setValue(0)
        if isinstance(exc, Cancelled):
            self.count.setText(self.tr("Stopped; the journal was not verified."))
            return
        self.count.setText("")
        errors.show_error(self, exc)

    def reject(self) -> None:
        self.cancel()
        super().reject()
