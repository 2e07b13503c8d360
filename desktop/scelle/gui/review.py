"""The supervisor's review of a case: anomalies first, then the log since the last sign-off,
and the sign-off itself (issue #6, item 2).

Everything comes from :func:`scelle.core.review.review` (journaled as ``review.view``); the
sign-off is :func:`scelle.core.review.sign_off`, up to the journal head that was shown, so
the signed entry covers exactly what the supervisor saw. The button is enabled from the
role matrix (``Action.REVIEW_SIGN``); the core still checks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scelle.core import review
from scelle.core.permissions import Action, can
from scelle.core.vault import Vault
from scelle.gui import fmt, tasks
from scelle.gui.jobs import set_state
from scelle.gui.models import AnomalyModel, ReviewLogModel, SignOffModel
from scelle.gui.views import table
from scelle.gui.widgets import busy_bar, error_label, outcome_label, show_form_error


def _section(title: QLabel, view: QTableView) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(title)
    layout.addWidget(view, 1)
    return box


class ReviewWindow(QDialog):
    """Review one case; a supervisor signs the log off here.

    ``loaded`` fires each time the review is (re)read; ``signed(SignOff)`` after a sign-off
    was recorded.
    """

    loaded = Signal()
    signed = Signal(object)

    def __init__(
        self, parent: QWidget | None, vault: Vault, case_ref: str, *, title: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowTitle(self.tr("Review of case {0}").format(case_ref))
        self.vault = vault
        self.case_ref = case_ref
        self.current: review.Review | None = None
        self.heading = QLabel(
            self.tr("Review of case {0}").format(case_ref) + (f" — {title}" if title else "")
        )
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("heading")
        self.meta = QLabel()
        self.meta.setObjectName("meta")
        self.meta.setWordWrap(True)

        self.anomalies = AnomalyModel(self)
        self.log = ReviewLogModel(self)
        self.signoffs = SignOffModel(self)
        self.anomalies_view = table(self.anomalies)
        # The core's order (most serious first), not a column's.
        self.anomalies_view.setSortingEnabled(False)
        self.anomalies_view.model().sort(-1)
        self.log_view = table(self.log)
        self.signoffs_view = table(self.signoffs)
        self.anomalies_title = QLabel()
        self.anomalies_title.setObjectName("reviewSection")
        self.log_title = QLabel()
        self.log_title.setObjectName("subheading")
        signoffs_title = QLabel(self.tr("Earlier sign-offs"))
        signoffs_title.setObjectName("subheading")
        self.anomalies_box = _section(self.anomalies_title, self.anomalies_view)
        self.log_box = _section(self.log_title, self.log_view)
        self.signoffs_box = _section(signoffs_title, self.signoffs_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for box in (self.anomalies_box, self.log_box, self.signoffs_box):
            self.splitter.addWidget(box)
        self.splitter.setSizes([240, 320, 110])

        # -- the sign-off
        role = vault.user.role
        self.can_sign = can(role, Action.REVIEW_SIGN, case_scoped=True)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(64)
        self.comment.setPlaceholderText(
            self.tr("What you checked, and what you asked to be done about each anomaly.")
        )
        self.sign_button = QPushButton(self.tr("&Sign off"))
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(self.sign_off)
        self.sign_hint = QLabel()
        self.sign_hint.setObjectName("hint")
        self.sign_hint.setWordWrap(True)
        self.outcome = outcome_label()
        self.error = error_label()
        self.busy = busy_bar()
        comment_label = QLabel(self.tr("&Comment:"))
        comment_label.setBuddy(self.comment)
        sign_row = QHBoxLayout()
        sign_row.addWidget(comment_label, 0, Qt.AlignmentFlag.AlignTop)
        sign_row.addWidget(self.comment, 1)
        sign_row.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignBottom)
        if not self.can_sign:
            self.comment.setEnabled(False)
            self.sign_button.setToolTip(self.tr("Only a supervisor signs a review off."))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        layout.addWidget(self.busy)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.sign_hint)
        layout.addLayout(sign_row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.activated.connect(self.load)
        self.task: tasks.Task | None = None
        self._update_sign()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1100, 760)

    # -- reading

    def load(self) -> None:
        """Read the review (journaled as ``review.view``)."""
        if self.task is not None:
            return
        vault, ref = self.vault, self.case_ref

        def read() -> tuple[review.Review, list[review.SignOff]]:
            current = review.review(vault, ref)
            return current, review.signoffs(vault, current.case_id)

        self._busy(True)
        self.task = tasks.run_task(self, read, on_done=self._loaded, on_error=self._failed)

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self._update_sign(busy=on)

    def _loaded(self, result: tuple[review.Review, list[review.SignOff]]) -> None:
        self.task = None
        current, signoffs = result
        self.current = current
        self._busy(False)
        self.anomalies.set_records(current.anomalies)
        self.log.set_records(current.log)
        self.signoffs.set_records(signoffs)
        for view in (self.anomalies_view, self.log_view, self.signoffs_view):
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
        self.log_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        since = (
            self.tr("last signed off up to #{0}").format(fmt.seq(current.last_signoff))
            if current.last_signoff
            else self.tr("never signed off")
        )
        self.meta.setText(
            self.tr("Journal head #{0} · {1}").format(fmt.seq(current.head.seq), since)
        )
        n = len(current.anomalies)
        if n:
            self.anomalies_title.setText(
                self.tr("{0} anomalies — look at these first").format(n)
                if n > 1
                else self.tr("1 anomaly — look at it first")
            )
            set_state(self.anomalies_title, "bad")
        else:
            self.anomalies_title.setText(self.tr("No anomaly since the last sign-off"))
            set_state(self.anomalies_title, "good")
        self.log_title.setText(
            self.tr("The log since the last sign-off: {0} entries").format(len(current.log))
        )
        self._update_sign()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._busy(False)
        if self.isVisible():
            show_form_error(self.error, exc)

    # -- signing off

    def _update_sign(self, *, busy: bool = False) -> None:
        current = self.current
        ready = current is not None and not busy
        self.sign_button.setEnabled(bool(self.can_sign and ready))
        if current is None:
            self.sign_hint.clear()
        elif self.can_sign:
            self.sign_hint.setText(
                self.tr(
                    "Signing off records, signed with your key, that you reviewed this case's log "
                    "up to entry #{0} and saw the {1} anomalies above."
                ).format(fmt.seq(current.head.seq), len(current.anomalies))
            )
        else:
            self.sign_hint.setText(self.tr("Only a supervisor signs a review off."))

    def sign_off(self) -> None:
        """Record the sign-off up to the head that was shown."""
        current = self.current
        if current is None or self.task is not None:
            return
        comment = self.comment.toPlainText()
        vault, ref, up_to = self.vault, self.case_ref, current.head.seq
        self.error.hide()
        self._busy(True)
        self.task = tasks.run_task(
            self,
            lambda: review.sign_off(vault, ref, comment, up_to=up_to),
            on_done=self._signed,
            on_error=self._sign_failed,
        )

    def _signed(self, signed: review.SignOff) -> None:
        self.task = None
        self._busy(False)
        self.comment.clear()
        self.outcome.setText(
            self.tr("Signed off up to entry #{0}; the sign-off is entry #{1}.").format(
                fmt.seq(signed.up_to_seq), fmt.seq(signed.seq)
            )
        )
        set_state(self.outcome, "good")
        self.outcome.show()
        self.signed.emit(signed)
        self.load()

    def _sign_failed(self, exc: BaseException) -> None:
        self.task = None
        self._busy(False)
        show_form_error(self.error, exc, self.comment)

    def done(self, result: int) -> None:
        self.anomalies.clear()
        self.log.clear()
        self.signoffs.clear()
        super().done(result)
