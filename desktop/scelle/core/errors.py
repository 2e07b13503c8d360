"""Errors a user may see.

Every error that leaves the core is a :class:`ScelleError`: ``str(e)`` is one sentence that
says what went wrong and what to do, and ``exit_code`` is the command line's exit status
(DESIGN §7): 1 integrity failure, 2 usage error or bad input, 3 authentication failed,
4 permission denied. Anything else is a bug: front ends log its traceback and show a
generic sentence.
"""

from __future__ import annotations

from typing import ClassVar


class ScelleError(Exception):
    """An error the user may see; ``str(e)`` is one sentence saying what to do."""

    exit_code: ClassVar[int] = 2
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint


# -- 1: integrity ---------------------------------------------------------------------------


class IntegrityError(ScelleError):
    """Tampering or damage was found."""

    exit_code = 1


class VaultDamaged(IntegrityError):
    """The vault's files cannot be read as a vault: truncated, emptied, replaced."""


class JournalTampered(IntegrityError):
    """Verification found the journal or its projection altered."""

    def __init__(self, message: str, *, problems: list[object] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


# -- 2: usage and bad input -----------------------------------------------------------------


class UsageError(ScelleError):
    """The command was used wrongly."""


class BadInput(ScelleError):
    """A value or a file given by the user is not acceptable."""


class NotAVault(ScelleError):
    """The path is not a Scellé vault."""


class VaultExists(ScelleError):
    """A vault, or something else, is already where a new vault would go."""


class NotFound(ScelleError):
    """A named user, case or item does not exist."""


class UnsupportedFormat(ScelleError):
    """The vault was written by a newer Scellé."""


class Cancelled(ScelleError):
    """The user cancelled a long operation; front ends unwind silently."""


class Busy(ScelleError):
    """Another process holds the vault's write lock for too long."""


# -- 3: authentication ----------------------------------------------------------------------


class AuthenticationFailed(ScelleError):
    """Unknown user, wrong password, revoked user, or a key slot that does not match.

    The message never says which, so that it does not reveal whether a user exists; the
    log gets the detail.
    """

    exit_code = 3


# -- 4: permissions -------------------------------------------------------------------------


class PermissionDenied(ScelleError):
    """The actor's role does not allow the action."""

    exit_code = 4
