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
        return self._get(1, env, prompt, confirm=env == "SCELLE_NEW_PASSWORD")


# -- helpers --------------------------------------------------------------------------------


def _vault_path(args: argparse.Namespace) -> Path:
    from scelle.core.errors import UsageError

    value = args.vault or os.environ.get("SCELLE_VAULT")
    if not value:
        raise UsageError("No vault given: use --vault PATH or set SCELLE_VAULT.")
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
    from scelle.core.errors import BadInput

    params = crypto.KdfParams(
        memory_kib=args.kdf_memory, iterations=args.kdf_iterations, lanes=args.kdf_lanes
    )
    try:
        params.validate()
    except ValueError as exc:
        raise BadInput(
            "The Argon2id cost is out of range (memory ≥ 8 KiB per lane, 1–64 passes and lanes)."
        ) from exc
    return params


# -- commands -------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, secrets: Secrets) -> int:
    from scelle.core import vault

    password = secrets.password(f"New password for {args.admin}: ", confirm=True)
    created = vault.create(
        Path(args.path),
        admin_name=args.admin,
        admin_password=password,
        office=args.office,
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
        default=65536,
        metavar="KIB",
        help="Argon2id memory in KiB (default 65536)",
    )
    p.add_argument(
        "--kdf-iterations", type=int, default=3, metavar="N", help="Argon2id passes (default 3)"
    )
    p.add_argument(
        "--kdf-lanes", type=int, default=4, metavar="N", help="Argon2id lanes (default 4)"
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
