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
    # cases
    CASE_ADD = "case.add"
    CASE_LIST = "case.list"
    CASE_VIEW = "case.view"
    CASE_ASSIGN = "case.assign"
    CASE_STATUS = "case.status"
    # items and custody
    ITEM_ADD = "item.add"
    ITEM_LIST = "item.list"
    ITEM_VIEW = "item.view"
    CUSTODY_TRANSFER = "custody.transfer"
    CUSTODY_CHECKOUT = "custody.checkout"
    CUSTODY_CHECKIN = "custody.checkin"
    CUSTODY_MOVE = "custody.move"
    CUSTODY_SEAL = "custody.seal"
    CUSTODY_HASH_VERIFY = "custody.hash_verify"
    CUSTODY_DISPOSITION_REQUEST = "custody.disposition_request"
    CUSTODY_DISPOSITION_APPROVE = "custody.disposition_approve"
    MANIFEST_IMPORT = "manifest.import"
    # notes
    NOTE_ADD = "note.add"
    NOTE_EDIT = "note.edit"
    NOTE_STRIKE = "note.strike"
    NOTE_VIEW = "note.view"
    NOTE_SEARCH = "note.search"
    NOTE_HISTORY = "note.history"
    # reference lists
    REASON_ADD = "reason.add"
    # review, exports, reports
    REVIEW_VIEW = "review.view"
    REVIEW_SIGN = "review.sign"
    CASE_EXPORT = "case.export"
    CASE_REPORT = "case.report"
    # storage locations and inventories
    LOCATION_ADD = "location.add"
    LOCATION_LIST = "location.list"
    INVENTORY_AUDIT = "inventory.audit"


# Roles that see the content of every case without being assigned to it (DESIGN §5:
# supervisors review every case; auditors verify everything, read-only).
SEES_ALL_CASES: frozenset[Role] = frozenset({Role.SUPERVISOR, Role.AUDITOR})

_ALL_USERS = frozenset({Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN})
# Those who record evidence and custody (on the cases they are assigned to, for investigators).
_FIELD = frozenset({Role.INVESTIGATOR, Role.SUPERVISOR})
# Those who may read a case's content: administrators only when assigned to it.
_READERS = frozenset({Role.INVESTIGATOR, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN})

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
    Action.CASE_ADD: _FIELD,
    Action.CASE_LIST: _ALL_USERS,  # lists only the cases the user may see
    Action.CASE_VIEW: _READERS,
    Action.CASE_ASSIGN: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    Action.CASE_STATUS: _FIELD,
    Action.ITEM_ADD: _FIELD,
    Action.ITEM_LIST: _READERS,
    Action.ITEM_VIEW: _READERS,
    Action.CUSTODY_TRANSFER: _FIELD,
    Action.CUSTODY_CHECKOUT: _FIELD,
    Action.CUSTODY_CHECKIN: _FIELD,
    Action.CUSTODY_MOVE: _FIELD,
    Action.CUSTODY_SEAL: _FIELD,
    Action.CUSTODY_HASH_VERIFY: _FIELD,
    Action.CUSTODY_DISPOSITION_REQUEST: _FIELD,
    Action.CUSTODY_DISPOSITION_APPROVE: frozenset({Role.SUPERVISOR}),
    Action.MANIFEST_IMPORT: _FIELD,
    Action.NOTE_ADD: _FIELD,
    Action.NOTE_EDIT: _FIELD,
    Action.NOTE_STRIKE: _FIELD,
    Action.NOTE_VIEW: _READERS,
    Action.NOTE_SEARCH: _ALL_USERS,  # results only from cases the user may see
    Action.NOTE_HISTORY: _READERS,
    Action.REASON_ADD: frozenset({Role.ADMIN}),
    Action.REVIEW_VIEW: frozenset({Role.SUPERVISOR, Role.AUDITOR}),
    Action.REVIEW_SIGN: frozenset({Role.SUPERVISOR}),
    Action.CASE_EXPORT: _READERS,
    Action.CASE_REPORT: _READERS,
    Action.LOCATION_ADD: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    Action.LOCATION_LIST: _ALL_USERS,
    # An inventory lists every item in a place, whatever its case: supervisors only.
    Action.INVENTORY_AUDIT: frozenset({Role.SUPERVISOR}),
}

# Case-scoped actions: the role must also be assigned to the case, unless it sees all cases.
# Every action on a case, an item, its custody, its notes, reviews, exports and reports is;
# those that create a case, list or search across cases (their results are filtered per
# case), or manage assignments, are not.
_CASE_PREFIXES = ("case.", "item.", "custody.", "note.", "manifest.", "review.")
_NOT_CASE_SCOPED = frozenset(
    {Action.CASE_ADD, Action.CASE_LIST, Action.CASE_ASSIGN, Action.NOTE_SEARCH}
)
CASE_SCOPED: frozenset[Action] = frozenset(
    a for a in Action if a.value.startswith(_CASE_PREFIXES) and a not in _NOT_CASE_SCOPED
)

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
    if can(who.role, action, assigned=assigned, case_scoped=case_scoped):
        return
    if who.role in MATRIX.get(action, frozenset()):
        raise PermissionDenied(
            f"You are not assigned to this case ({action}); ask a supervisor to assign you."
        )
    raise PermissionDenied(f"Your role ({who.role}) does not allow this ({action}).")
