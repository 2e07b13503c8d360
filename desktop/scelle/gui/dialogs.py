"""Every modal question, message and file chooser goes through here (STYLE §8).

Tests pre-answer them with :func:`set_next_answer` (KeePassXC's ``setNextAnswer``) instead
of letting ``exec()`` block; in headless mode (:func:`set_headless`) an unanswered message
is recorded in :data:`shown` and gets its default answer, and an unanswered file chooser or
print dialog fails the test loudly.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

log = logging.getLogger(__name__)

Button = QMessageBox.StandardButton


@dataclass(frozen=True, slots=True)
class Shown:
    """A message as it was (or would have been) shown."""

    kind: str
    title: str
    text: str
    detail: str | None


_answers: deque[Any] = deque()
shown: list[Shown] = []
_headless = False


def set_next_answer(answer: Any) -> None:
    """Queue the answer of the next modal: a button, a path, a bool, or a callable.

    A callable receives what the dialog would have received (e.g. the QPrinter) and its
    return value is the answer.
    """
    _answers.append(answer)


def set_headless(on: bool) -> None:
    """Tests: never block; record messages, and fail on an unanswered chooser."""
    global _headless
    _headless = on
    _answers.clear()
    shown.clear()


def _take(kind: str, *args: Any) -> tuple[bool, Any]:
    if _answers:
        answer = _answers.popleft()
        return True, answer(*args) if callable(answer) else answer
    if _headless and kind != "message":
        raise AssertionError(f"an unanswered {kind} dialog would block the test")
    return False, None


def message(
    parent: QWidget | None,
    kind: str,
    title: str,
    text: str,
    *,
    detail: str | None = None,
    buttons: Button = Button.Ok,
    default: Button = Button.Ok,
) -> Button:
    """Show a message box (kind: information, warning, critical, question); return the button."""
    shown.append(Shown(kind, title, text, detail))
    log.info("message (%s): %s%s", kind, text, f" [{detail}]" if detail else "")
    answered, answer = _take("message")
    if answered:
        return (
            Button(answer)
            if not isinstance(answer, bool)
            else (Button.Yes if answer else Button.No)
        )
    if _headless:
        return default
    icons = {
        "information": QMessageBox.Icon.Information,
        "warning": QMessageBox.Icon.Warning,
        "critical": QMessageBox.Icon.Critical,
        "question": QMessageBox.Icon.Question,
    }
    box = QMessageBox(icons.get(kind, QMessageBox.Icon.NoIcon), title, text, buttons, parent)
    box.setDefaultButton(default)
    if detail:
        box.setInformativeText(detail)
    return Button(box.exec())


def information(parent: QWidget | None, text: str, *, detail: str | None = None) -> None:
    """An information message titled with the application's name."""
    message(parent, "information", _app_title(), text, detail=detail)


def warning(parent: QWidget | None, text: str, *, detail: str | None = None) -> None:
    """A warning titled with the application's name."""
    message(parent, "warning", _app_title(), text, detail=detail)


def critical(parent: QWidget | None, text: str, *, detail: str | None = None) -> None:
    """An error titled with the application's name."""
    message(parent, "critical", _app_title(), text, detail=detail)


def ask(parent: QWidget | None, text: str, *, detail: str | None = None) -> bool:
    """A yes/no question; the default is No."""
    button = message(
        parent,
        "question",
        _app_title(),
        text,
        detail=detail,
        buttons=Button.Yes | Button.No,
        default=Button.No,
    )
    return button == Button.Yes


def open_file(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """A file to read, or "" if the user cancelled."""
    answered, answer = _take("file chooser")
    if answered:
        return str(answer or "")
    path, _ = QFileDialog.getOpenFileName(parent, caption, directory)
    return str(path)


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """A folder, or "" if the user cancelled."""
    answered, answer = _take("folder chooser")
    if answered:
        return str(answer or "")
    return str(QFileDialog.getExistingDirectory(parent, caption, directory))


def save_file(parent: QWidget | None, caption: str, directory: str = "", filters: str = "") -> str:
    """A file to write, or "" if the user cancelled."""
    answered, answer = _take("save chooser")
    if answered:
        return str(answer or "")
    path, _ = QFileDialog.getSaveFileName(parent, caption, directory, filters)
    return str(path)


def print_setup(parent: QWidget | None, printer: Any) -> bool:
    """Let the user choose a printer (QPrintDialog); True to print."""
    answered, answer = _take("print", printer)
    if answered:
        return bool(answer)
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    return bool(dialog.exec() == QPrintDialog.DialogCode.Accepted)


def _app_title() -> str:
    return QCoreApplication.translate("Dialogs", "Scellé")
