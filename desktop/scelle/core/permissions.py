"""The one role/permission matrix (DESIGN §5).

Every journal action is an :class:`Action`; :data:`MATRIX` says which roles may perform it.
The core calls :func:`require` before every command and query, the GUI calls :func:`can` to
enable or hide controls, and the journal verifier uses :func:`can` to flag entries written
by a role that was not allowed to write them. Case-scoped actions also need the actor to
be assigned to the case, unless the role sees every case (supervisors, auditors).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from scelle.core.errors import PermissionDenied


class Role(StrEnum):
    """What a user is in the office."""

    INVESTIGATOR = "investigator"
    SUPERVISOR = "supervisor"
    AUDITOR = "auditor"
    ADMIN = "admin"
    RECOVERY = "recovery"  # the recovery identity: may only add an administrator


class Action(StrEnum):
    """Every kind of journal entry. The value is what the journal's ``action`` column holds."""

    # vault and sessions
    VAULT_CREATE = "vault.create"
    VAULT_REKEY = "vault.rekey"
    VAULT_DB_KEY = "vault.db_key"  # the raw database key was exported
    SESSION_UNLOCK = "session.unlock"
    AUTH_FAILED = "auth.failed"
    # users
    USER_ADD = "user.add"
    USER_REVOKE = "user.revoke"
    USER_PASSWD = "user.passwd"
    USER_LIST = "user.list"
    # the journal itself
    JOURNAL_VIEW = "journal.view"
    JOURNAL_VERIFY = "journal.verify"
    JOURNAL_REDACT = "journal.redact"
    ACCESS_DENIED = "access.denied"  # a refused action, recorded as a security event


# Roles that see the content of every case without being assigned to it.
SEES_ALL_CASES: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.AUDITOR})

_ALL_USERS = frozenset({Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN})

MATRIX: dict[Action, frozenset[Role]] = {
    Action.VAULT_CREATE: frozenset({Role.ADMIN}),
    Action.VAULT_REKEY: frozenset({Role.ADMIN}),
    Action.VAULT_DB_KEY: frozenset({Role.ADMIN, Role.AUDITOR}),
    Action.SESSION_UNLOCK: _ALL_USERS,
    Action.AUTH_FAILED: _ALL_USERS,
    Action.USER_ADD: frozenset({Role.ADMIN, Role.RECOVERY}),
    Action.USER_REVOKE: frozenset({Role.ADMIN}),
    Action.USER_PASSWD: _ALL_USERS,  # one's own password; another's needs ADMIN (see below)
    Action.USER_LIST: _ALL_USERS,
    Action.JOURNAL_VIEW: frozenset({Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN}),
    Action.JOURNAL_VERIFY: _ALL_USERS,
    Action.JOURNAL_REDACT: frozenset({Role.ADMIN}),
    Action.ACCESS_DENIED: _ALL_USERS | {Role.RECOVERY},
}

# Reading journal payloads shows case content: administrators see headers only.
READS_PAYLOADS: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.AUDITOR})


@dataclass(frozen=True, slots=True, kw_only=True)
class Principal:
    """Who is acting, as far as permissions are concerned."""

    user_id: str
    name: str
    role: Role


def can(role: Role, action: Action, *, assigned: bool = False, case_scoped: bool = False) -> bool:
    """True when ``role`` may perform ``action``; for a case-scoped action, on that case."""
    if role not in MATRIX.get(action, frozenset()):
        return False
    if case_scoped:
        return assigned or role in SEES_ALL_CASES
    return True


def require(
    who: Principal, action: Action, *, assigned: bool = False, case_scoped: bool = False
) -> None:
    """Raise PermissionDenied unless ``who`` may perform ``action``."""
    if not can(who.role, action, assigned=assigned, case_scoped=case_scoped):
        raise PermissionDenied(
            f"Your role ({who.role}) does not allow this ({action}); "
            "ask an administrator or supervisor."
        )
