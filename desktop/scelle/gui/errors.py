"""One sink for errors in the GUI (STYLE §4).

Each :class:`~scelle.core.errors.ScelleError` subclass has a translated sentence here (a
test fails if one is missing); the core's own sentence, which names the case, item or
field, is shown under it as the detail. ``Cancelled`` unwinds silently. Anything else is
a bug: its traceback goes to the log file and the user gets one generic sentence, never a
traceback.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from scelle.core.errors import Cancelled, ScelleError
from scelle.gui import dialogs

log = logging.getLogger(__name__)


def messages() -> dict[str, str]:
    """The sentence of each error class, by ``module.QualifiedName`` (translated now)."""
    return {
        "scelle.core.errors.ScelleError": QCoreApplication.translate(
            "Errors", "Scellé could not do that."
        ),
        "scelle.core.errors.IntegrityError": QCoreApplication.translate(
            "Errors", "The vault failed an integrity check; nothing was changed."
        ),
        "scelle.core.errors.VaultDamaged": QCoreApplication.translate(
            "Errors", "The vault's files are damaged; restore it from a backup and ask an auditor."
        ),
        "scelle.core.errors.JournalTampered": QCoreApplication.translate(
            "Errors", "The journal failed verification; Scellé records nothing more in this vault."
        ),
        "scelle.core.errors.UsageError": QCoreApplication.translate(
            "Errors", "That cannot be done this way."
        ),
        "scelle.core.errors.BadInput": QCoreApplication.translate(
            "Errors", "Please correct what you typed."
        ),
        "scelle.core.errors.NotAVault": QCoreApplication.translate(
            "Errors", "This folder is not a Scellé vault."
        ),
        "scelle.core.errors.VaultExists": QCoreApplication.translate(
            "Errors", "Something is already in that place; choose an empty or new folder."
        ),
        "scelle.core.errors.NotFound": QCoreApplication.translate(
            "Errors", "It does not exist, or no longer exists."
        ),
        "scelle.core.errors.UnsupportedFormat": QCoreApplication.translate(
            "Errors", "This vault needs a newer version of Scellé."
        ),
        "scelle.core.errors.Cancelled": QCoreApplication.translate(
            "Errors", "Cancelled; nothing was recorded."
        ),
        "scelle.core.errors.Busy": QCoreApplication.translate(
            "Errors", "Another Scellé window is writing to this vault; try again in a moment."
        ),
        "scelle.core.errors.AuthenticationFailed": QCoreApplication.translate(
            "Errors", "The user name or password is wrong."
        ),
        "scelle.core.errors.PermissionDenied": QCoreApplication.translate(
            "Errors", "Your role does not allow this."
        ),
        "scelle.core.vault.VaultLocked": QCoreApplication.translate(
            "Errors", "The vault is locked; unlock it again."
        ),
        "scelle.core.hashing.HashingFailed": QCoreApplication.translate(
            "Errors", "The file could not be read to the end; nothing was recorded."
        ),
        "scelle.core.interop.manifests.ManifestError": QCoreApplication.translate(
            "Errors", "The manifest file cannot be read; nothing was imported."
        ),
    }


def class_key(cls: type) -> str:
    """The key of ``cls`` in :func:`messages`."""
    return f"{cls.__module__}.{cls.__qualname__}"


def sentence(exc: BaseException) -> str:
    """The translated sentence for ``exc``: its class's, else its nearest base's, else str."""
    table = messages()
    for cls in type(exc).__mro__:
        text = table.get(class_key(cls))
        if text is not None:
            return text
    if isinstance(exc, ScelleError):
        return str(exc)
    return generic()


def generic() -> str:
    """What the user sees for an unexpected exception (a bug)."""
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong; details are in the log file."
    )


def detail(exc: BaseException) -> str | None:
    """The core's own sentence (and hint) under the translated one, if it adds anything."""
    if not isinstance(exc, ScelleError):
        return None
    parts = [str(exc)]
    if exc.hint:
        parts.append(exc.hint)
    text = " ".join(p for p in parts if p)
    return text or None


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about ``exc`` in one sentence; log the rest."""
    if isinstance(exc, Cancelled):
        log.info("cancelled: %s", exc)
        return
    if isinstance(exc, ScelleError):
        log.info("error shown: %s: %s", type(exc).__name__, exc)
        dialogs.critical(parent, sentence(exc), detail=detail(exc))
        return
    log.error("unexpected error", exc_info=exc)
    dialogs.critical(parent, generic())
