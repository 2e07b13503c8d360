"""The ``scelle`` command (DESIGN §7). With no argument it starts the GUI.

The command line is a contract: command names, options, environment variables, ``--json``
shapes and exit statuses (0 success, 1 integrity failure, 2 usage or bad input,
3 authentication failed, 4 permission denied) are documented in docs/CLI.md and must not
change. Every error is one sentence on standard error; details go to the log file.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from scelle import __version__

log = logging.getLogger("scelle.cli")

EXIT_OK = 0
EXIT_INTEGRITY = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_PERMISSION = 4
EXIT_INTERNAL = 70  # a bug: not part of the contract, never expected


class _Parser(argparse.ArgumentParser):
    """argparse with our one-sentence error format and exit status 2."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"scelle: error: {message[0].upper()}{message[1:]}.\n")
        sys.stderr.write(f"scelle: hint: run '{self.prog} --help' for the usage.\n")
        raise SystemExit(EXIT_USAGE)


# -- secrets --------------------------------------------------------------------------------


class Secrets:
    """Where passwords come from: ``--password-stdin`` lines, environment, or a prompt."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO) -> None:
        self.from_stdin = bool(getattr(args, "password_stdin", False))
        self.stdin = stdin
        self._lines: list[str] | None = None
        self._used = 1 if self.from_stdin else 0

    def _line(self, index: int) -> str | None:
        if self._lines is None:
            self._lines = self.stdin.read().splitlines()
        return self._lines[index] if index < len(self._lines) else None

    def _get(self, index: int, env: str, prompt: str, *, confirm: bool = False) -> str:
        from scelle.core.errors import UsageError

        if self.from_stdin:
            line = self._line(index)
            if line is None:
                which = "first" if index == 0 else "second"
                raise UsageError(
                    f"--password-stdin was given but the {which} line of standard input is missing."
                )
            return line
        value = os.environ.get(env)
        if value is not None:
            return value
        if not sys.stdin.isatty():
            raise UsageError(f"No password: give it with --password-stdin or {env}.")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again: ") != first:
            raise UsageError("The two passwords differ; nothing was changed.")
        return first

    def password(self, prompt: str = "Password: ", *, confirm: bool = False) -> str:
        """The acting user's password (first secret)."""
        return self._get(0, "SCELLE_PASSWORD", prompt, confirm=confirm)

    def second(self, env: str, prompt: str) -> str:
        """A second secret: a new user's password, the receiving custodian's password."""
        self._used = max(self._used, 2) if self.from_stdin else self._used
        return self._get(1, env, prompt, confirm=env == "SCELLE_NEW_PASSWORD")

    def text(self) -> str:
        """Standard input after the secret lines (``--file -``)."""
        if not self.from_stdin:
            return self.stdin.read()
        if self._lines is None:
            self._lines = self.stdin.read().splitlines()
        return "\n".join(self._lines[self._used :])


# -- helpers --------------------------------------------------------------------------------


def _vault_path(args: argparse.Namespace) -> Path:
    from scelle.core.errors import UsageError

    value = args.vault or os.environ.get("SCELLE_VAULT")
    if not value:
        from scelle.core.config import load_config

        default = load_config().default_vault  # the office's or the user's default
        if default is None:
            raise UsageError("No vault given: use --vault PATH or set SCELLE_VAULT.")
        return default
    return Path(value)


def _user_name(args: argparse.Namespace) -> str:
    from scelle.core.errors import UsageError

    value = args.user or os.environ.get("SCELLE_USER")
    if not value:
        raise UsageError("No user given: use --user NAME or set SCELLE_USER.")
    return str(value)


def _unlock(args: argparse.Namespace, secrets: Secrets, **kw: Any) -> Any:
    from scelle.core import vault

    path = _vault_path(args)
    name = _user_name(args)
    vault.check_vault_path(path)  # before asking for a password
    return vault.unlock(path, name, secrets.password(f"Password for {name}: "), **kw)


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text + ("\n" if text and not text.endswith("\n") else ""))


def _kdf(args: argparse.Namespace) -> Any:
    from scelle.core import crypto
    from scelle.core.config import load_config
    from scelle.core.errors import BadInput

    config = load_config()  # per-machine, then per-user defaults (docs/PACKAGING.md)
    params = crypto.KdfParams(
        memory_kib=args.kdf_memory if args.kdf_memory is not None else config.kdf_memory_kib,
        iterations=(
            args.kdf_iterations if args.kdf_iterations is not None else config.kdf_iterations
        ),
        lanes=args.kdf_lanes if args.kdf_lanes is not None else config.kdf_lanes,
    )
    try:
        params.validate()
    except ValueError as exc:
        raise BadInput(
            "The Argon2id cost is out of range (memory ≥ 8 KiB per lane, 1–64 passes and lanes)."
        ) from exc
    return params


# -- commands -------------------------------------------------------------------------------


def _config_exhibit_style() -> str:
    from scelle.core.config import load_config

    return load_config().exhibit_style


def cmd_init(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import vault

    password = secrets.password(f"New password for {args.admin}: ", confirm=True)
    created = vault.create(
        Path(args.path),
        admin_name=args.admin,
        admin_password=password,
        office=args.office,
        settings={
            "case_ref_pattern": args.case_pattern,
            "exhibit_style": args.exhibit_style or _config_exhibit_style(),
        },
        kdf=_kdf(args),
    )
    head = created.vault.head()
    created.vault.close()
    _emit(
        args,
        {
            "vault": str(Path(args.path).resolve()),
            "vault_id": created.vault.vault_id,
            "recovery_code": created.recovery_code,
            "head": head.to_json(),
        },
        f"Created vault {args.path}.\n\n"
        f"Recovery code (shown once; write it down and keep it locked away):\n\n"
        f"    {created.recovery_code}\n",
    )
    print("scelle: the recovery code is shown only now; store it safely.", file=sys.stderr)
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import users

    role = users.parse_role(args.role)
    with _unlock(args, secrets) as v:
        new_password = secrets.second("SCELLE_NEW_PASSWORD", f"Password for {args.name}: ")
        user = users.add_user(v, args.name, role, new_password)
    _emit(
        args,
        {"id": user.id, "name": user.name, "role": user.role.value, "status": user.status},
        f"Added {user.name} ({user.role}).",
    )
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import users

    with _unlock(args, secrets) as v:
        rows = users.list_users(v)
    data = [{"id": u.id, "name": u.name, "role": u.role.value, "status": u.status} for u in rows]
    width = max([len(u.name) for u in rows] + [4])
    text = "\n".join(f"{u.name:<{width}}  {u.role.value:<12}  {u.status}" for u in rows)
    _emit(args, data, text)
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import users

    with _unlock(args, secrets) as v:
        who = args.name or v.user.name
        new_password = secrets.second("SCELLE_NEW_PASSWORD", f"New password for {who}: ")
        users.change_password(v, new_password, name=args.name)
    print(f"scelle: the password of {who} was changed.", file=sys.stderr)
    return EXIT_OK


def cmd_user_revoke(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import users

    with _unlock(args, secrets) as v:
        users.revoke_user(v, args.name, reason=args.reason or "")
        head = v.head()
    print(
        f"scelle: {args.name} was revoked and the database re-keyed (journal at #{head.seq}).",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_journal(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import audit

    with _unlock(args, secrets) as v:
        records = audit.view_journal(v, since=args.since)
    lines = [
        f"#{r.entry.seq:<7} {r.entry.at}  {r.actor_name:<16} {r.entry.action:<18} {r.entry.subject}"
        for r in records
    ]
    _emit(args, [r.to_json() for r in records], "\n".join(lines))
    return EXIT_OK


def _print_report(args: argparse.Namespace, report: Any) -> int:
    if report.intact:
        mode = "full" if report.full else f"incremental from #{report.verified_from}"
        text = (
            f"Journal verified to #{report.head.seq} — intact ({report.entries} entries, {mode})."
        )
        for w in report.warnings:
            text += f"\n  warning: #{w.seq} {w.kind}: {w.detail}"
    else:
        text = f"Journal NOT intact: {len(report.problems)} problem(s) found."
        for p in report.problems + report.warnings:
            where = f"#{p.seq}" if p.seq is not None else "-"
            text += f"\n  {where} {p.kind}: {p.detail}"
    _emit(args, report.to_json(), text)
    if not report.intact:
        first = report.first_problem()
        if not args.json and first is not None:
            print(
                f"scelle: error: The journal failed verification: {first.detail}.", file=sys.stderr
            )
        return EXIT_INTEGRITY
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core.errors import IntegrityError

    try:
        v = _unlock(args, secrets, on_problems="return")
    except IntegrityError as exc:
        if not args.json:
            raise
        problems = [p.to_json() for p in getattr(exc, "problems", [])] or [
            {"seq": None, "kind": "damaged", "detail": str(exc)}
        ]
        _emit(args, {"intact": False, "entries": 0, "head": None, "problems": problems}, "")
        return EXIT_INTEGRITY
    with v:
        assert v.verification is not None
        # A full run reports everything; an incremental one after a clean unlock re-checks
        # from the checkpoint the unlock just wrote, so the head includes that entry.
        report = v.verification
        if args.full or report.intact:
            report = v.verify(full=args.full)
    return _print_report(args, report)


def cmd_db_key(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import users

    with _unlock(args, secrets) as v:
        key = users.export_db_key(v)
    _emit(args, {"key": key, "pragma": f"PRAGMA key = \"x'{key}'\";"}, key)
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import users, vault

    code = secrets.password("Recovery code: ")
    with vault.unlock_with_recovery(_vault_path(args), code) as v:
        new_password = secrets.second("SCELLE_NEW_PASSWORD", f"Password for {args.admin}: ")
        user = users.add_admin_with_recovery(v, args.admin, new_password)
    _emit(
        args,
        {"id": user.id, "name": user.name, "role": user.role.value},
        f"Added administrator {user.name} with the recovery code.",
    )
    return EXIT_OK


def cmd_gui(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.gui.app import run

    return int(run([sys.argv[0]], vault=args.vault or os.environ.get("SCELLE_VAULT")))


# -- evidence (issue #4) --------------------------------------------------------------------


def _progress_printer(label: str) -> Callable[[int, int], None] | None:
    """A progress line on standard error when it is a terminal."""
    if not sys.stderr.isatty():
        return None

    shown = [-1]

    def show(done: int, total: int) -> None:
        pct = 100 * done // total if total else 100
        if pct == shown[0] and done < total:
            return  # one line per percent, not one per 256 KiB block
        shown[0] = pct
        sys.stderr.write(f"\r{label}: {pct:3d} % ({done / 1e6:,.0f} MB)")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _case_json(c: Any) -> dict[str, Any]:
    return {
        "id": c.id,
        "ref": c.ref,
        "title": c.title,
        "status": c.status,
        "retention": c.retention,
        "opened_at": c.opened_at,
        "created_by": c.created_by,
        "members": list(c.members),
        "items": c.item_count,
    }


def _item_line(i: Any) -> str:
    return (
        f"{i.exhibit_id:<16} {i.status:<12} {(i.custodian_name or '-'):<12} "
        f"{i.kind:<8} {i.description.splitlines()[0][:60]}"
    )


def _event_line(e: Any) -> str:
    who = e.actor_name + (f" → {e.counterpart}" if e.counterpart else "")
    extra = e.purpose or e.reason or e.location or ""
    signed = f" [countersigned by {', '.join(e.cosigned_by)}]" if e.cosigned_by else ""
    return f"#{e.seq:<7} {e.at} ({e.tz or 'UTC'})  {e.kind:<20} {who}  {extra}{signed}"


def cmd_case_add(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model, text

    opened = text.parse_moment(args.opened, label="opening date") if args.opened else None
    with _unlock(args, secrets) as v:
        case = model.add_case(
            v,
            args.ref,
            args.title,
            retention=args.retention,
            members=args.assign or (),
            opened_at=opened,
        )
    _emit(args, _case_json(case), f"Opened case {case.ref}.")
    return EXIT_OK


def cmd_case_list(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        cases = model.list_cases(v)
    text_out = "\n".join(
        f"{c.ref:<12} {c.status:<9} {c.item_count:>5} items  {c.title}" for c in cases
    )
    _emit(args, [_case_json(c) for c in cases], text_out)
    return EXIT_OK


def cmd_case_show(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        case, items = model.show_case(v, args.ref)
    lines = [
        f"Case {case.ref} — {case.title}",
        f"  status: {case.status}",
        f"  opened: {case.opened_at} by {case.created_by}",
        f"  assigned: {', '.join(case.members)}",
    ]
    if case.retention:
        lines.append(f"  retention: {case.retention}")
    lines.append(f"  items: {len(items)}")
    lines += ["    " + _item_line(i) for i in items]
    _emit(args, {"case": _case_json(case), "items": [i.to_json() for i in items]}, "\n".join(lines))
    return EXIT_OK


def cmd_case_close(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    status = "archived" if args.archive else "open" if args.reopen else "closed"
    with _unlock(args, secrets) as v:
        model.set_case_status(v, args.ref, status, reason=args.reason)
    print(f"scelle: case {args.ref} is now {status}.", file=sys.stderr)
    return EXIT_OK


def cmd_case_assign(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        model.assign(v, args.ref, args.name, assigned=not args.remove)
    print(
        f"scelle: {args.name} {'removed from' if args.remove else 'assigned to'} {args.ref}.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_item_add(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import hashing, model, text

    kind = args.kind or ("digital" if args.file else "physical")
    draft = model.ItemDraft(
        description=args.description,
        kind=kind,
        seal=args.seal,
        seized_at=(
            text.parse_moment(args.seized_at, label="seizure date") if args.seized_at else None
        ),
        seized_where=args.seized_where,
        seized_by=args.seized_by,
        seized_from=args.seized_from,
        location=args.location,
        received="receipt" if args.receipt else "seizure",
        reason=args.reason,
    )
    with _unlock(args, secrets) as v:
        digests = (
            hashing.hash_file(args.file, progress=_progress_printer("hashing"))
            if args.file
            else None
        )
        added = model.add_item(v, args.case_ref, draft, digests=digests)
    for warning in added.warnings:
        print(f"scelle: warning: {warning}", file=sys.stderr)
    _emit(
        args,
        {
            "exhibit_id": added.item.exhibit_id,
            "id": added.item.id,
            "label": added.item.label,
            "warnings": list(added.warnings),
        },
        added.item.exhibit_id,
    )
    return EXIT_OK


def cmd_item_list(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        items = model.list_items(v, args.case_ref)
    _emit(args, [i.to_json() for i in items], "\n".join(_item_line(i) for i in items))
    return EXIT_OK


def cmd_item_show(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        item, events = model.show_item(v, args.item)
    lines = [
        f"{item.label} ({item.exhibit_id}) — {item.description}",
        f"  kind: {item.kind}    status: {item.status}",
        f"  custodian: {item.custodian_name or '-'}    location: {item.location or '-'}",
        f"  seal: {item.seal or '-'}",
    ]
    if item.seized_at or item.seized_where:
        lines.append(
            f"  seized: {item.seized_at or '?'} at {item.seized_where or '?'} by "
            f"{item.seized_by or '?'} from {item.seized_from or '?'}"
        )
    for algo in ("md5", "sha1", "sha256"):
        if getattr(item, algo):
            lines.append(f"  {algo.upper():<7} {getattr(item, algo)}")
    if item.hash_mismatch:
        lines.append("  HASH MISMATCH recorded: the item's content no longer matches.")
    if item.checkout_purpose:
        lines.append(f"  checked out for: {item.checkout_purpose} (due {item.checkout_due})")
    if item.flags:
        lines.append(f"  flags: {', '.join(item.flags)}")
    lines.append("  timeline:")
    lines += ["    " + _event_line(e) for e in events]
    _emit(
        args, {"item": item.to_json(), "timeline": [e.to_json() for e in events]}, "\n".join(lines)
    )
    return EXIT_OK


def _event_out(args: argparse.Namespace, event: Any, message: str) -> int:
    _emit(args, event.to_json(), message)
    return EXIT_OK


def cmd_transfer(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        receiver = secrets.second(
            "SCELLE_RECEIVER_PASSWORD", f"{args.to}, type your password to receive {args.item}: "
        )
        event = model.transfer_custody(
            v, args.item, args.to, receiver, reason=args.reason, location=args.location
        )
    return _event_out(
        args, event, f"{args.item} transferred to {args.to} (#{event.seq}, countersigned)."
    )


def cmd_checkout(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model, text

    due = text.parse_day(args.due, label="due date") if args.due else None
    with _unlock(args, secrets) as v:
        event = model.check_out(v, args.item, args.purpose, due=due, reason=args.reason)
    return _event_out(args, event, f"{args.item} checked out (#{event.seq}).")


def cmd_checkin(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        event = model.check_in(v, args.item, location=args.location, reason=args.reason)
    return _event_out(args, event, f"{args.item} checked in (#{event.seq}).")


def cmd_move(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        event = model.move_item(v, args.item, args.location, reason=args.reason)
    return _event_out(args, event, f"{args.item} moved to {args.location} (#{event.seq}).")


def cmd_seal(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        event = model.reseal(v, args.item, args.number, reason=args.reason)
    return _event_out(args, event, f"{args.item} sealed with {args.number} (#{event.seq}).")


def cmd_hash_verify(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        check = model.verify_hash(v, args.item, args.file, progress=_progress_printer("hashing"))
    data = {
        "match": check.match,
        "event": check.event.to_json(),
        "computed": {"size": check.computed.size, **check.computed.as_dict()},
    }
    if check.match is False:
        _emit(
            args,
            data,
            f"MISMATCH: {args.file} does not match the hashes recorded for "
            f"{args.item} (#{check.event.seq}).",
        )
        print(
            f"scelle: error: The file does not match the hashes recorded for {args.item}; "
            "the mismatch was recorded.",
            file=sys.stderr,
        )
        return EXIT_INTEGRITY
    message = (
        "match: the file has the recorded hashes"
        if check.match
        else "no hashes were recorded before; these are now the record"
    )
    _emit(args, data, f"{args.item}: {message} (#{check.event.seq}).")
    return EXIT_OK


def cmd_dispose(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        event = model.request_disposition(
            v,
            args.item,
            args.method,
            authority=args.authority,
            witness=args.witness,
            reason=args.reason,
        )
    return _event_out(
        args,
        event,
        f"Disposition of {args.item} ({args.method}) requested "
        f"(#{event.seq}); a supervisor must approve it.",
    )


def cmd_approve(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        event = model.approve_disposition(v, args.item, comment=args.comment)
    return _event_out(args, event, f"Disposition of {args.item} approved (#{event.seq}).")


def _note_text(args: argparse.Namespace, secrets: Secrets) -> str:
    from scelle.core.errors import UsageError

    if args.file == "-":
        return secrets.text()
    if args.file:
        try:
            return Path(args.file).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"The note file {args.file} cannot be read as UTF-8 text.") from exc
    if args.text is None:
        raise UsageError("Give the note's text, or --file - to read it from standard input.")
    return str(args.text)


def _note_line(n: Any) -> str:
    where = n.exhibit_id or n.case_ref
    body = (n.text or "").replace("\n", " ")
    struck = " [struck: " + (n.strike_reason or "") + "]" if n.struck else ""
    return f"note {n.id:<7} {where:<16} r{n.revision} {n.author_name:<12} {body[:80]}{struck}"


def cmd_note_add(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        note = model.add_note(v, args.target, _note_text(args, secrets))
    _emit(args, note.to_json(), f"note {note.id}")
    return EXIT_OK


def cmd_note_edit(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        note = model.edit_note(v, args.note, _note_text(args, secrets))
    _emit(args, note.to_json(), f"note {note.id} revision {note.revision}")
    return EXIT_OK


def cmd_note_strike(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        note = model.strike_note(v, args.note, reason=args.reason)
    _emit(args, note.to_json(), f"note {note.id} struck through")
    return EXIT_OK


def cmd_note_show(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        note = model.view_note(v, args.note)
    header = (
        f"note {note.id} on {note.exhibit_id or note.case_ref}, revision {note.revision}, "
        f"by {note.author_name} at {note.created_at}"
    )
    if note.struck:
        header += f" — STRUCK THROUGH: {note.strike_reason}"
    _emit(args, note.to_json(), f"{header}\n\n{note.text or ''}")
    return EXIT_OK


def cmd_note_search(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        notes = model.search_notes(v, args.query)
    _emit(args, [n.to_json() for n in notes], "\n".join(_note_line(n) for n in notes))
    return EXIT_OK


def cmd_note_history(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        revisions = model.note_history(v, args.note)
    data = [
        {
            "note_id": r.note_id,
            "revision": r.revision,
            "text": r.text,
            "author": r.author_name,
            "at": r.at,
            "seq": r.seq,
        }
        for r in revisions
    ]
    text_out = "\n\n".join(
        f"revision {r.revision} by {r.author_name} at {r.at} (#{r.seq}):\n{r.text or ''}"
        for r in revisions
    )
    _emit(args, data, text_out)
    return EXIT_OK


def cmd_reason_list(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        rows = model.reasons(v, args.kind)
    _emit(
        args,
        [{"code": c, "label": label} for c, label in rows],
        "\n".join(f"{c:<16} {label}" for c, label in rows),
    )
    return EXIT_OK


def cmd_reason_add(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import model

    with _unlock(args, secrets) as v:
        model.add_reason(v, args.kind, args.code, args.label)
    print(f"scelle: reason {args.code} added to the {args.kind} list.", file=sys.stderr)
    return EXIT_OK


def cmd_import_manifest(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core.interop import importer

    path = Path(args.file)
    with _unlock(args, secrets) as v:
        result = importer.import_manifest_file(v, args.case_ref, path)
    _emit(
        args,
        {
            "format": result.format,
            "items": len(result.exhibits),
            "first": result.exhibits[0],
            "last": result.exhibits[-1],
        },
        f"Imported {len(result.exhibits)} digital items ({result.format}): "
        f"{result.exhibits[0]} to {result.exhibits[-1]}.",
    )
    return EXIT_OK


def cmd_hash(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import hashing
    from scelle.core.errors import ScelleError

    results = []
    failed = 0
    for name in args.files:
        try:
            d = hashing.hash_file(name, progress=_progress_printer(name))
        except ScelleError as exc:
            sys.stderr.write(f"scelle: error: {exc}\n")
            failed += 1
            continue
        results.append(
            {"path": name, "size": d.size, "md5": d.md5, "sha1": d.sha1, "sha256": d.sha256}
        )
    lines = [
        "%%%% HASHDEEP-1.0",
        "%%%% size,md5,sha1,sha256,filename",
        "## Invoked from: scelle hash",
        "##",
    ]
    lines += [f"{r['size']},{r['md5']},{r['sha1']},{r['sha256']},{r['path']}" for r in results]
    _emit(args, results, "\n".join(lines))
    return EXIT_USAGE if failed else EXIT_OK


def cmd_review(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import review
    from scelle.core.errors import UsageError

    if args.sign and not args.comment:
        raise UsageError("A sign-off needs --comment TEXT.")
    with _unlock(args, secrets) as v:
        current = review.review(v, args.case_ref)
        signed = (
            review.sign_off(v, args.case_ref, args.comment, up_to=args.up_to) if args.sign else None
        )
    lines = [
        f"Review of case {current.case_ref} — journal head #{current.head.seq}",
        f"Last sign-off: #{current.last_signoff}" if current.last_signoff else "Never signed off.",
        "",
        f"Anomalies ({len(current.anomalies)}):",
    ]
    lines += [
        f"  {a.kind:<20} {' '.join(f'#{s}' for s in a.seqs):<14} {a.detail}"
        for a in current.anomalies
    ] or ["  none"]
    lines += ["", f"Log since the last sign-off ({len(current.log)} entries):"]
    lines += [
        f"  #{e.seq:<7} {e.at}  {e.actor_name:<14} {e.action:<28} {e.subject}" for e in current.log
    ]
    if signed is not None:
        lines += ["", f"Signed off up to #{signed.up_to_seq} (entry #{signed.seq})."]
    data = {
        "case": current.case_ref,
        "head": current.head.to_json(),
        "last_signoff": current.last_signoff,
        "anomalies": [a.to_json() for a in current.anomalies],
        "log": [e.to_json() for e in current.log],
        "signed": None
        if signed is None
        else {
            "seq": signed.seq,
            "up_to_seq": signed.up_to_seq,
            "up_to_hash": signed.up_to_hash,
            "comment": signed.comment,
        },
    }
    _emit(args, data, "\n".join(lines))
    return EXIT_OK


def cmd_export(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core.interop import export

    with _unlock(args, secrets) as v:
        doc = export.build_case_export(v, args.case_ref)
    if args.format == "json":
        data = export.encode_json(doc)
    elif args.format == "csv":
        data = export.to_csv(doc)
    else:
        from scelle.core.interop import caseuco

        data = caseuco.encode(caseuco.to_case_uco(doc))
    export.write_file(Path(args.output), data)
    print(
        f"scelle: exported case {args.case_ref} ({args.format}, journal head "
        f"#{doc['head']['seq']}) to {args.output}.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core.interop import export
    from scelle.gui import report

    report.check_output_path(Path(args.output))  # before the export is journaled
    with _unlock(args, secrets) as v:
        doc = export.build_case_export(v, args.case_ref)
    report.ensure_application()  # Qt draws the PDF; offscreen on a Linux console
    report.render_case_report(doc, Path(args.output), page_size=args.page_size)
    print(
        f"scelle: wrote the chain-of-custody report of case {args.case_ref} (journal head "
        f"#{doc['head']['seq']}) to {args.output}.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_labels(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core.interop import export
    from scelle.gui import report

    report.check_output_path(Path(args.output))
    with _unlock(args, secrets) as v:
        doc = export.build_case_export(v, args.case_ref)
    items = args.items or None
    report.ensure_application()
    report.render_labels(doc, Path(args.output), exhibits=items, layout=args.layout)
    count = len(items) if items else len(doc["items"])
    print(
        f"scelle: wrote {count} evidence label(s) of case {args.case_ref} to {args.output}.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_location_labels(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import inventory
    from scelle.gui import report

    report.check_output_path(Path(args.output))
    with _unlock(args, secrets) as v:
        places = inventory.locations(v)
        office = v.setting("office") or ""
    wanted = set(args.codes or [])
    chosen = [(p.code, p.label, p.kind) for p in places if not wanted or p.code in wanted]
    if wanted - {c for c, _, _ in chosen}:
        from scelle.core.errors import NotFound

        raise NotFound(f"There is no location {sorted(wanted - {c for c, _, _ in chosen})[0]}.")
    report.render_location_labels(chosen, Path(args.output), layout=args.layout, office=office)
    print(f"scelle: wrote {len(chosen)} location label(s) to {args.output}.", file=sys.stderr)
    return EXIT_OK


def cmd_verify_export(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core.errors import BadInput
    from scelle.core.interop import export

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise BadInput(f"{args.file} cannot be read: {exc.strerror}.") from None
    report = export.verify_export(export.load_export(data))
    if report.intact:
        head = report.head
        text_out = (
            f"Export verified: {report.entries} entries, head #{head.seq if head else 0} — intact."
        )
    else:
        text_out = f"Export NOT intact: {len(report.problems)} problem(s) found."
        for p in report.problems:
            where = f"#{p.seq}" if p.seq is not None else "-"
            text_out += f"\n  {where} {p.kind}: {p.detail}"
    _emit(args, report.to_json(), text_out)
    if not report.intact:
        first = min(report.problems, key=lambda p: (p.seq is None, p.seq or 0))
        if not args.json:
            print(
                f"scelle: error: The export failed verification: {first.detail}.", file=sys.stderr
            )
        return EXIT_INTEGRITY
    return EXIT_OK


def cmd_location_add(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import inventory

    with _unlock(args, secrets) as v:
        loc = inventory.add_location(v, args.code, args.label, kind=args.kind)
    _emit(
        args,
        {"code": loc.code, "label": loc.label, "kind": loc.kind},
        f"Location {loc.code} ({loc.label}) added.",
    )
    return EXIT_OK


def cmd_location_list(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import inventory

    with _unlock(args, secrets) as v:
        rows = inventory.locations(v)
    _emit(
        args,
        [{"code": r.code, "label": r.label, "kind": r.kind, "items": r.items} for r in rows],
        "\n".join(f"{r.code:<16} {r.kind:<7} {r.items:>5} items  {r.label}" for r in rows),
    )
    return EXIT_OK


def cmd_inventory(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import inventory
    from scelle.core.errors import BadInput

    with _unlock(args, secrets) as v:
        if args.scanned == "-":
            scanned = secrets.text().splitlines()
        else:
            try:
                scanned = Path(args.scanned).read_text("utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise BadInput(f"The list of scanned items {args.scanned} cannot be read.") from exc
        result = inventory.audit(v, args.location, scanned)
    lines = [
        f"Inventory of {result.location} (#{result.seq}): {len(result.found)} found, "
        f"{len(result.missing)} missing, {len(result.elsewhere)} recorded elsewhere, "
        f"{len(result.unknown)} unknown."
    ]
    lines += [f"  missing    {e}" for e in result.missing]
    lines += [f"  elsewhere  {e} (recorded at {w})" for e, w in result.elsewhere]
    lines += [f"  unknown    {e}" for e in result.unknown]
    _emit(args, result.to_json(), "\n".join(lines))
    return EXIT_OK


# -- parser ---------------------------------------------------------------------------------


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    g = common.add_argument_group("vault and user")
    g.add_argument("--vault", metavar="PATH", help="the vault (default: $SCELLE_VAULT)")
    g.add_argument("--user", metavar="NAME", help="who you are (default: $SCELLE_USER)")
    g.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of standard input (a second "
        "secret from the second line)",
    )
    g.add_argument("--json", action="store_true", help="print one JSON document")
    return common


def _kdf_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--kdf-memory",
        type=int,
        metavar="KIB",
        help="Argon2id memory in KiB (default: configuration, else 65536)",
    )
    p.add_argument(
        "--kdf-iterations",
        type=int,
        metavar="N",
        help="Argon2id passes (default: configuration, else 3)",
    )
    p.add_argument(
        "--kdf-lanes", type=int, metavar="N", help="Argon2id lanes (default: configuration, else 4)"
    )


Handler = Callable[[argparse.Namespace, Secrets], int]


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (also used to check that docs/CLI.md names every command)."""
    common = _common()
    parser = _Parser(
        prog="scelle",
        description="Scellé: evidence handling with a signed, "
        "hash-chained journal. With no command, starts the application.",
    )
    parser.add_argument("--version", action="version", version=f"scelle {__version__}")
    parser.add_argument("--vault", metavar="PATH", help=argparse.SUPPRESS)
    parser.set_defaults(handler=cmd_gui, json=False, password_stdin=False)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    def command(
        name: str, handler: Handler, help_text: str, parent: Any = sub
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(
            name, parents=[common], help=help_text, description=help_text
        )
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, "create a vault; prints the recovery code once")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--admin", required=True, metavar="NAME", help="the first administrator")
    p.add_argument("--office", default="", help="the office's name")
    p.add_argument(
        "--case-pattern",
        default="YYYY-NNNN",
        metavar="PATTERN",
        help="case reference format (YYYY year, N digit; default YYYY-NNNN)",
    )
    p.add_argument(
        "--exhibit-style",
        default="{case}/{n}",
        metavar="STYLE",
        help="exhibit label style, e.g. 'Scellé n° {n}', 'JD/{n}', 'Item {n}'",
    )
    _kdf_options(p)

    users = sub.add_parser("user", help="users and their keys", description="users")
    users_sub = users.add_subparsers(
        title="user commands", metavar="COMMAND", parser_class=_Parser, required=True
    )
    p = command("add", cmd_user_add, "add a user", users_sub)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, help="investigator | supervisor | auditor | admin")
    command("list", cmd_user_list, "list users", users_sub)
    p = command("passwd", cmd_user_passwd, "change your password, or (admin) another's", users_sub)
    p.add_argument("name", metavar="NAME", nargs="?")
    p = command("revoke", cmd_user_revoke, "revoke a user and re-key the database", users_sub)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--reason", default="", help="why (recorded in the journal)")

    p = command("journal", cmd_journal, "list journal entries")
    p.add_argument("--since", type=int, default=0, metavar="SEQ", help="only entries after SEQ")
    p = command("verify", cmd_verify, "verify the journal (exit 1 if not intact)")
    p.add_argument(
        "--full",
        action="store_true",
        help="verify everything from the first entry and replay the projection",
    )
    command("db-key", cmd_db_key, "print the raw database key (admin or auditor; journaled)")
    p = command(
        "recover", cmd_recover, "add an administrator with the recovery code (read like a password)"
    )
    p.add_argument("--admin", required=True, metavar="NAME", help="the new administrator")
    command("gui", cmd_gui, "start the application")

    cases = sub.add_parser("case", help="cases", description="cases")
    cases_sub = cases.add_subparsers(
        title="case commands", metavar="COMMAND", parser_class=_Parser, required=True
    )
    p = command("add", cmd_case_add, "open a case", cases_sub)
    p.add_argument("ref", metavar="REF")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--retention", metavar="TEXT", help="retention rule")
    p.add_argument(
        "--assign", metavar="NAME", action="append", help="also assign this user (repeatable)"
    )
    p.add_argument("--opened", metavar="DATE", help="when the case was opened (default: now)")
    command("list", cmd_case_list, "list the cases you may see", cases_sub)
    p = command("show", cmd_case_show, "show a case and its items", cases_sub)
    p.add_argument("ref", metavar="REF")
    p = command("close", cmd_case_close, "close (or --archive, --reopen) a case", cases_sub)
    p.add_argument("ref", metavar="REF")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--archive", action="store_true")
    g.add_argument("--reopen", action="store_true")
    p.add_argument("--reason", metavar="TEXT")
    p = command("assign", cmd_case_assign, "assign a user to a case", cases_sub)
    p.add_argument("ref", metavar="REF")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--remove", action="store_true", help="remove the assignment")

    items = sub.add_parser("item", help="evidence items", description="evidence items")
    items_sub = items.add_subparsers(
        title="item commands", metavar="COMMAND", parser_class=_Parser, required=True
    )
    p = command("add", cmd_item_add, "record an item; prints its exhibit id", items_sub)
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--description", required=True, metavar="TEXT")
    p.add_argument("--kind", choices=["physical", "digital"])
    p.add_argument("--file", metavar="PATH", help="hash this file (digital items)")
    p.add_argument("--seal", metavar="NUMBER")
    p.add_argument("--location", metavar="TEXT", help="storage location")
    p.add_argument("--seized-at", metavar="DATE")
    p.add_argument("--seized-where", metavar="TEXT")
    p.add_argument("--seized-by", metavar="TEXT")
    p.add_argument("--seized-from", metavar="TEXT")
    p.add_argument("--receipt", action="store_true", help="received, not seized")
    p.add_argument("--reason", metavar="TEXT")
    p = command("list", cmd_item_list, "list a case's items", items_sub)
    p.add_argument("case_ref", metavar="CASE_REF")
    p = command("show", cmd_item_show, "show an item and its custody timeline", items_sub)
    p.add_argument("item", metavar="ITEM")

    p = command("transfer", cmd_transfer, "two-party transfer: the receiver authenticates")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--location", metavar="TEXT")
    p = command("checkout", cmd_checkout, "check an item out for analysis")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--purpose", required=True, metavar="TEXT")
    p.add_argument("--due", metavar="DATE")
    p.add_argument("--reason", metavar="TEXT")
    p = command("checkin", cmd_checkin, "check an item back in")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--location", metavar="TEXT")
    p.add_argument("--reason", metavar="TEXT")
    p = command("move", cmd_move, "record a change of storage location")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--location", required=True, metavar="TEXT")
    p.add_argument("--reason", metavar="TEXT")
    p = command("seal", cmd_seal, "seal or reseal an item")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--number", required=True, metavar="NUMBER", help="the new seal number")
    p.add_argument("--reason", metavar="TEXT")
    p = command("hash-verify", cmd_hash_verify, "recompute and record match / mismatch")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--file", required=True, metavar="PATH")
    p = command("dispose", cmd_dispose, "request a disposition (needs a supervisor's approval)")
    p.add_argument("item", metavar="ITEM")
    p.add_argument(
        "--method", required=True, choices=["returned", "released", "destroyed", "transferred"]
    )
    p.add_argument("--authority", required=True, metavar="TEXT")
    p.add_argument("--witness", required=True, metavar="NAME")
    p.add_argument("--reason", metavar="TEXT")
    p = command("approve", cmd_approve, "approve a requested disposition (supervisor)")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--comment", metavar="TEXT")

    notes = sub.add_parser("note", help="case notes", description="case notes")
    notes_sub = notes.add_subparsers(
        title="note commands", metavar="COMMAND", parser_class=_Parser, required=True
    )
    for name, handler, help_text in (
        ("add", cmd_note_add, "add a note to a case or item"),
        ("edit", cmd_note_edit, "a new revision of a note"),
    ):
        p = command(name, handler, help_text, notes_sub)
        p.add_argument(
            "target" if name == "add" else "note",
            metavar=("TARGET" if name == "add" else "NOTE"),
            type=str if name == "add" else int,
        )
        p.add_argument("text", metavar="TEXT", nargs="?")
        p.add_argument("--file", metavar="PATH", help="read the text from a file, - for stdin")
    p = command("strike", cmd_note_strike, "strike a note through (it stays readable)", notes_sub)
    p.add_argument("note", metavar="NOTE", type=int)
    p.add_argument("--reason", required=True, metavar="TEXT")
    p = command("show", cmd_note_show, "show a note", notes_sub)
    p.add_argument("note", metavar="NOTE", type=int)
    p = command("search", cmd_note_search, "full-text search of notes", notes_sub)
    p.add_argument("query", metavar="QUERY")
    p = command("history", cmd_note_history, "every revision of a note", notes_sub)
    p.add_argument("note", metavar="NOTE", type=int)

    reasons = sub.add_parser("reason", help="reason lists", description="reason lists")
    reasons_sub = reasons.add_subparsers(
        title="reason commands", metavar="COMMAND", parser_class=_Parser, required=True
    )
    p = command("list", cmd_reason_list, "a reason list", reasons_sub)
    p.add_argument("kind", metavar="KIND")
    p = command("add", cmd_reason_add, "extend a reason list (admin)", reasons_sub)
    p.add_argument("kind", metavar="KIND")
    p.add_argument("code", metavar="CODE")
    p.add_argument("label", metavar="LABEL")

    p = command(
        "import-manifest",
        cmd_import_manifest,
        "one digital item per file of a hashdeep, sha256sum, DFXML … manifest",
    )
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("file", metavar="FILE")
    p = command(
        "review",
        cmd_review,
        "anomalies and the log since the last sign-off; --sign records a supervisor's sign-off",
    )
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--sign", action="store_true")
    p.add_argument("--comment", metavar="TEXT")
    p.add_argument(
        "--up-to", type=int, metavar="SEQ", help="sign off up to this seq (default: the head)"
    )
    p = command(
        "export",
        cmd_export,
        "export a case: csv, json (verifiable offline), case-jsonld (CASE/UCO)",
    )
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--format", required=True, choices=["csv", "json", "case-jsonld"])
    p.add_argument("--output", required=True, metavar="FILE")
    p = command(
        "report",
        cmd_report,
        "a case's chain-of-custody report as PDF (A4 or Letter)",
    )
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--output", required=True, metavar="FILE")
    p.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    p = command(
        "labels",
        cmd_labels,
        "printable evidence labels (exhibit id, case, description, seal, QR code) as PDF",
    )
    p.add_argument("case_ref", metavar="CASE_REF")
    p.add_argument("--output", required=True, metavar="FILE")
    p.add_argument(
        "--item",
        dest="items",
        action="extend",
        nargs="+",
        metavar="ITEM",
        help="only these exhibits (default: every item of the case)",
    )
    p.add_argument(
        "--layout",
        choices=["A4-3x8", "A4-2x7", "Letter-2x5"],
        default="A4-3x8",
        help="the label sheet (default A4-3x8: 24 labels of 70 × 37 mm)",
    )
    p = command(
        "verify-export",
        cmd_verify_export,
        "verify a JSON case export offline; no vault (exit 1 if not intact)",
    )
    p.add_argument("file", metavar="FILE")
    locs = sub.add_parser("location", help="storage locations", description="storage locations")
    locs_sub = locs.add_subparsers(
        title="location commands", metavar="COMMAND", parser_class=_Parser, required=True
    )
    p = command("add", cmd_location_add, "define a storage location", locs_sub)
    p.add_argument("code", metavar="CODE")
    p.add_argument("--label", required=True, metavar="TEXT")
    p.add_argument("--kind", default="room", choices=["room", "shelf", "locker", "safe", "other"])
    command("list", cmd_location_list, "locations and how many items each holds", locs_sub)
    p = command("labels", cmd_location_labels, "print QR labels for storage locations", locs_sub)
    p.add_argument("codes", metavar="CODE", nargs="*", help="only these locations")
    p.add_argument("--output", required=True, metavar="FILE.pdf")
    p.add_argument("--layout", default="A4-3x8", choices=["A4-3x8", "A4-2x7", "Letter-2x5"])
    p = command("inventory", cmd_inventory, "record an inventory audit of a location (supervisor)")
    p.add_argument("location", metavar="LOCATION")
    p.add_argument(
        "--scanned",
        required=True,
        metavar="FILE",
        help="exhibit ids found there, one per line (- for standard input)",
    )
    p = command("hash", cmd_hash, "MD5, SHA-1 and SHA-256 in one read; no vault")
    p.add_argument("files", metavar="FILE", nargs="+")
    return parser


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None) -> int:
    """Run the command line; return the exit status. Never lets a traceback out."""
    from scelle.core import logsetup
    from scelle.core.errors import Cancelled, ScelleError

    log_file = logsetup.configure()
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:
        return int(exc.code or 0)
    secrets = Secrets(args, stdin or sys.stdin)
    handler: Handler = args.handler
    try:
        return handler(args, secrets)
    except Cancelled:
        return EXIT_USAGE
    except ScelleError as exc:
        log.info("%s: %s", type(exc).__name__, exc)
        sys.stderr.write(f"scelle: error: {exc}\n")
        if exc.hint:
            sys.stderr.write(f"scelle: hint: {exc.hint}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("scelle: interrupted; nothing half-written was kept.\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        log.exception("unexpected error")
        sys.stderr.write(
            f"scelle: error: Something unexpected went wrong; details are in {log_file}.\n"
        )
        return EXIT_INTERNAL
