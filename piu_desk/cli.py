"""`piu-desk`: the window by default, and headless sub-commands for scripts and support.

Text for people by default, `--json` for scripts. Passwords come from a prompt, or one a
line from standard input with `--password-stdin` (the acting user's first, then any new
one). Failure: a non-zero exit and one line saying why, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from piu_desk import (
    __version__,
    cli_crew,
    cli_equipment,
    cli_exchange,
    cli_intel,
    cli_records,
    cli_reports,
    cli_tipoffs,
    self_test,
)
from piu_desk.core import accounts, maintenance
from piu_desk.core.demo import DEMO_ACCOUNTS, create_demo
from piu_desk.core.demo_hq import create_hq_demo
from piu_desk.core.desk import Desk
from piu_desk.core.domain import mrz
from piu_desk.core.domain.accounts import NewUser, Role, validate_password
from piu_desk.core.domain.station import validate_station
from piu_desk.core.errors import DeskError, StoreInUse
from piu_desk.core.paths import resolve_store, setup_logging
from piu_desk.core.store import keys
from piu_desk.core.text import identity_translate

EXIT_FAILED, EXIT_USAGE, EXIT_IN_USE, EXIT_BUG = 1, 2, 3, 70
log = logging.getLogger("piu_desk.cli")


class Context:
    """What every command gets: parsed options, where passwords come from, the output."""

    def __init__(self, args: argparse.Namespace, kdf: keys.KdfParams,
                 kdf_floor: keys.KdfParams) -> None:
        self.args = args
        self.store = resolve_store(args.store)
        self.kdf, self.kdf_floor = kdf, kdf_floor
        self._stdin_lines: list[str] | None = None

    def password(self, prompt: str, confirm: bool = False) -> str:
        if self.args.password_stdin:
            if self._stdin_lines is None:
                self._stdin_lines = sys.stdin.read().splitlines()
            if not self._stdin_lines:
                raise SystemExit(_fail("standard input has no more passwords", EXIT_USAGE))
            return self._stdin_lines.pop(0)
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise SystemExit(_fail("the two passwords differ", EXIT_USAGE))
        return first

    def open(self) -> Desk:
        return Desk.open(self.store, kdf=self.kdf, kdf_floor=self.kdf_floor)

    def login(self) -> Desk:
        """Open the store and log in as --user."""
        if not self.args.user:
            raise SystemExit(_fail("this command acts as a user: add --user NAME", EXIT_USAGE))
        desk = self.open()
        try:
            session = desk.unlock(self.args.user, self.password(f"Password for {self.args.user}: "))
        except BaseException:
            desk.close()
            raise
        for warning in session.warnings:
            print(f"warning: {WARNINGS.get(warning, warning)}", file=sys.stderr)
        return desk

    def fail(self, message: str) -> int:
        return _fail(message)

    def emit(self, data: dict[str, Any], text: str) -> None:
        print(json.dumps({"ok": True, **data}, ensure_ascii=False) if self.args.json else text)


WARNINGS = {
    "slot-file-altered": "the key-slot file was changed outside PIU Desk; tell your supervisor",
    "older-database": "this database is older than the one last used here (a copy was put "
                      "back?); tell your supervisor and compare with the latest backup",
}


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(f"piu-desk: {message}", file=sys.stderr)
    return code


def _roles(values: list[str] | None) -> frozenset[Role]:
    return frozenset(Role(v) for v in values or [])


# -- commands ----------------------------------------------------------------------------
def cmd_init(ctx: Context) -> None:
    a = ctx.args
    station = replace(validate_station(a.station_name, a.locode, a.unit or ""), is_hq=a.hq)
    password = ctx.password(f"New password for {a.admin}: ", confirm=True)
    validate_password(password)
    desk, recovery_text = Desk.create(ctx.store, station, NewUser(
        a.admin, a.admin_name or a.admin, password, frozenset()), kdf=ctx.kdf,
        kdf_floor=ctx.kdf_floor)
    desk.close()
    kind = "Headquarters store" if a.hq else "Store"
    ctx.emit({"store": str(ctx.store), "recovery_key": recovery_text, "hq": a.hq},
             f"{kind} created at {ctx.store}.\n\nRECOVERY KEY (shown once; print it or write it "
             f"down and keep it in the safe):\n\n    {recovery_text}\n")


def cmd_demo(ctx: Context) -> None:
    make = create_hq_demo if ctx.args.hq else create_demo
    recovery_text = make(ctx.store, kdf=ctx.kdf, kdf_floor=ctx.kdf_floor)
    kind = "HQ demo store" if ctx.args.hq else "Demo store"
    lines = [f"{kind} created at {ctx.store}. Demo accounts (demo stores only):"]
    lines += [f"  {a.username:10} {a.password:22} {', '.join(sorted(r.value for r in a.roles))}"
              for a in DEMO_ACCOUNTS]
    ctx.emit({"store": str(ctx.store), "recovery_key": recovery_text,
              "accounts": [{"user": a.username, "password": a.password} for a in DEMO_ACCOUNTS]},
             "\n".join(lines))


def cmd_user_list(ctx: Context) -> None:
    with ctx.login() as desk:
        users = desk.users()
    rows = [{"user": u.username, "name": u.full_name, "roles": sorted(r.value for r in u.roles),
             "disabled": u.disabled, "created": u.created_at} for u in users]
    text = "\n".join(f"{u.username:14} {u.full_name:24} "
                     f"{', '.join(sorted(r.value for r in u.roles)):40} "
                     f"{'DISABLED' if u.disabled else 'active'}" for u in users)
    ctx.emit({"users": rows}, text)


def cmd_user_add(ctx: Context) -> None:
    a = ctx.args
    with ctx.login() as desk:
        password = ctx.password(f"Initial password for {a.username}: ", confirm=True)
        accounts.add_user(desk, NewUser(a.username, a.full_name, password, _roles(a.role)))
    ctx.emit({"user": a.username}, f"Account {a.username} added; the password must be "
                                   "changed at first log-in.")


def cmd_user_roles(ctx: Context) -> None:
    with ctx.login() as desk:
        accounts.set_roles(desk, ctx.args.username, _roles(ctx.args.role))
    ctx.emit({"user": ctx.args.username}, f"Roles of {ctx.args.username} changed.")


def cmd_user_passwd(ctx: Context) -> None:
    a = ctx.args
    target = a.username or a.user
    with ctx.login() as desk:
        if desk.session is not None and target == desk.session.username:
            old = ctx.password("Current password again: ")
            desk.change_password(old, ctx.password("New password: ", confirm=True))
        else:
            accounts.reset_password(desk, target, ctx.password(f"New password for {target}: ",
                                                               confirm=True))
    ctx.emit({"user": target}, f"Password of {target} changed.")


def cmd_user_disable(ctx: Context) -> None:
    with ctx.login() as desk:
        accounts.disable_user(desk, ctx.args.username)
    ctx.emit({"user": ctx.args.username, "key_rotated": True},
             f"Account {ctx.args.username} disabled; the data key was rotated.")


def cmd_user_enable(ctx: Context) -> None:
    with ctx.login() as desk:
        accounts.enable_user(desk, ctx.args.username,
                             ctx.password(f"New password for {ctx.args.username}: ",
                                          confirm=True))
    ctx.emit({"user": ctx.args.username}, f"Account {ctx.args.username} enabled.")


def cmd_audit_verify(ctx: Context) -> None:
    with ctx.login() as desk:
        verdict = desk.verify_audit()
    data = {"valid": verdict.ok, "entries": verdict.entries, "head": verdict.head,
            "first_bad_entry": verdict.first_bad_seq, "reason": verdict.reason}
    if not verdict.ok:
        if ctx.args.json:
            print(json.dumps({"ok": False, **data}))
        raise SystemExit(_fail(f"audit trail broken: {verdict.reason}"))
    ctx.emit(data, f"Audit trail intact: {verdict.entries} entries, head {verdict.head[:16]}.")


def cmd_audit_list(ctx: Context) -> None:
    with ctx.login() as desk:
        entries = desk.audit_page(0, ctx.args.limit)
    rows = [e.__dict__ for e in entries]
    ctx.emit({"entries": rows}, "\n".join(
        f"{e.seq:6} {e.at} {e.actor:10} {e.action:16} {e.target} {e.detail}" for e in entries))


def cmd_check(ctx: Context) -> None:
    with ctx.login() as desk:
        report = maintenance.check(desk)
    data = {"healthy": report.ok, "problems": report.problems, "warnings": report.warnings,
            "audit_entries": report.audit.entries, "audit_reason": report.audit.reason}
    if not report.ok:
        if ctx.args.json:
            print(json.dumps({"ok": False, **data}))
        raise SystemExit(_fail("store check found problems: " + "; ".join(
            report.problems + ([report.audit.reason] if report.audit.reason else []))))
    ctx.emit(data, f"Store healthy: encryption, structure and audit trail "
                   f"({report.audit.entries} entries) check out.")


def cmd_backup(ctx: Context) -> None:
    with ctx.login() as desk:
        result = maintenance.backup_to(desk, Path(ctx.args.to).expanduser().resolve())
    ctx.emit({"backup": str(result.path), "size": result.size},
             f"Backup written to {result.path} ({result.size} bytes), read back and verified.")


def cmd_restore(ctx: Context) -> None:
    if not ctx.args.user:
        raise SystemExit(_fail("restore acts as an administrator: add --user NAME", EXIT_USAGE))
    aside = maintenance.restore(Path(ctx.args.source).expanduser(), ctx.store, ctx.args.user,
                                ctx.password(f"Password for {ctx.args.user} (in the backup): "),
                                kdf_floor=ctx.kdf_floor)
    moved = f" The store it replaced was moved to {aside}." if aside else ""
    ctx.emit({"store": str(ctx.store), "replaced_moved_to": str(aside) if aside else None},
             f"Backup restored into {ctx.store}.{moved}")


def cmd_rotate_key(ctx: Context) -> None:
    with ctx.login() as desk:
        accounts.rotate_data_key(desk, ctx.args.reason or "requested from the command line")
    ctx.emit({"rotated": True}, "Data key rotated; every enabled account keeps access.")


def cmd_recovery_key(ctx: Context) -> None:
    with ctx.login() as desk:
        text = accounts.new_recovery_key(desk)
    ctx.emit({"recovery_key": text}, f"NEW RECOVERY KEY (the old one no longer works; shown "
                                     f"once):\n\n    {text}\n")


def _read_mrz() -> str:
    """All of standard input; at a terminal, only until a whole MRZ has been typed or
    scanned, so a desk reader's two or three lines are enough."""
    if not sys.stdin.isatty():
        return sys.stdin.read()
    print("Scan the document or type its MRZ lines (end with Ctrl-D; on Windows Ctrl-Z, "
          "Enter):", file=sys.stderr)
    text = ""
    for line in sys.stdin:
        text += line
        if mrz.is_complete(text):
            break
    return text


def cmd_mrz_check(ctx: Context) -> int:
    result = mrz.parse_mrz(_read_mrz())
    if ctx.args.json:
        print(json.dumps({"ok": result.ok, **mrz.to_json(result)}, ensure_ascii=False))
    else:
        print(mrz.format_report(result, identity_translate))
    if not result.ok:
        return _fail(f"the MRZ has {len(result.problems)} problem(s); see the report")
    return 0


def cmd_gui(ctx: Context) -> int:
    from piu_desk.ui.app import run_gui  # the window is imported only when it is wanted

    return int(run_gui(ctx.store))


# -- parser ------------------------------------------------------------------------------
COMMON_DEFAULTS: dict[str, Any] = {"store": None, "user": None, "json": False,
                                   "password_stdin": False}

def build_parser() -> argparse.ArgumentParser:
    # Options may stand before or after the command; SUPPRESS keeps a sub-command's parser
    # from resetting what was given before it (defaults are filled in by `main`).
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--store", metavar="DIR", help="store folder (default: the user-data "
                        "folder of this account)")
    common.add_argument("--user", metavar="NAME", help="act as this user")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    common.add_argument("--password-stdin", action="store_true",
                        help="read passwords from standard input, one a line")
    p = argparse.ArgumentParser(prog="piu-desk", parents=[common],
                                description="PIU Desk: the Port Intelligence Unit's desk. "
                                "Without a command, opens the window.")
    p.add_argument("--version", action="version", version=f"PIU Desk {__version__}")
    p.add_argument("--self-test", action=self_test.SelfTestAction)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, fn: Callable[[Context], Any], help_: str,
            into: Any = sub) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = into.add_parser(name, parents=[common], help=help_)
        sp.set_defaults(func=fn)
        return sp

    sp = add("init", cmd_init, "create a new store and its administrator")
    sp.add_argument("--station-name", required=True)
    sp.add_argument("--locode", required=True, help="UN/LOCODE of the port, e.g. KHKOS")
    sp.add_argument("--unit", default="")
    sp.add_argument("--admin", required=True, metavar="USER")
    sp.add_argument("--admin-name", metavar="FULL_NAME")
    sp.add_argument("--hq", action="store_true", help="headquarters: takes in every "
                    "station's bundles and publishes the master watchlist")
    sp = add("demo", cmd_demo, "create a demo store with demo accounts")
    sp.add_argument("--hq", action="store_true", help="a headquarters demo store, with "
                    "bundles received from two simulated stations")
    user = sub.add_parser("user", help="accounts").add_subparsers(dest="user_cmd",
                                                                  metavar="ACTION")
    user.required = True
    add("list", cmd_user_list, "list accounts", user)
    sp = add("add", cmd_user_add, "add an account", user)
    sp.add_argument("username")
    sp.add_argument("--full-name", required=True)
    sp.add_argument("--role", action="append", choices=[r.value for r in Role], required=True)
    sp = add("roles", cmd_user_roles, "set an account's roles", user)
    sp.add_argument("username")
    sp.add_argument("--role", action="append", choices=[r.value for r in Role], required=True)
    sp = add("passwd", cmd_user_passwd, "change your password, or reset another's", user)
    sp.add_argument("username", nargs="?")
    sp = add("disable", cmd_user_disable, "disable an account (rotates the data key)", user)
    sp.add_argument("username")
    sp = add("enable", cmd_user_enable, "enable an account with a new password", user)
    sp.add_argument("username")
    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_cmd",
                                                                           metavar="ACTION")
    audit.required = True
    add("verify", cmd_audit_verify, "verify the hash chain", audit)
    sp = add("list", cmd_audit_list, "the latest entries", audit)
    sp.add_argument("--limit", type=int, default=50)
    add("check", cmd_check, "check the store's integrity and audit trail")
    sp = add("backup", cmd_backup, "write an encrypted backup")
    sp.add_argument("--to", required=True, metavar="FILE")
    sp = add("restore", cmd_restore, "replace the store with a backup (the old one is kept)")
    sp.add_argument("--from", dest="source", required=True, metavar="FILE")
    sp = add("rotate-key", cmd_rotate_key, "re-encrypt the store under a new data key")
    sp.add_argument("--reason", default="")
    add("recovery-key", cmd_recovery_key, "issue a new recovery key (the old one stops working)")
    mrz_cmd = sub.add_parser("mrz", help="machine-readable zones of passports and ID cards")
    mrz_actions = mrz_cmd.add_subparsers(dest="mrz_cmd", metavar="ACTION")
    mrz_actions.required = True
    add("check", cmd_mrz_check, "read an MRZ from standard input and report every field and "
        "check digit (exit 1 if any check fails)", mrz_actions)
    cli_crew.register(sub, add)
    cli_intel.register(sub, add)
    cli_equipment.register(sub, add)
    cli_records.register(sub, add)
    cli_tipoffs.register(sub, add)
    cli_reports.register(sub, add)
    cli_exchange.register(sub, add)
    return p


def main(argv: Sequence[str] | None = None, *, kdf: keys.KdfParams = keys.DEFAULT_KDF,
         kdf_floor: keys.KdfParams = keys.MINIMUM_KDF) -> int:
    """Run one command. `kdf`/`kdf_floor` are for tests only; the console script never
    passes them."""
    args = build_parser().parse_args(argv)
    for name, default in COMMON_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, default)
    log_file = setup_logging()
    ctx = Context(args, kdf, kdf_floor)
    func = getattr(args, "func", None)
    try:
        if func is None:
            return cmd_gui(ctx)
        result = func(ctx)
        return int(result) if isinstance(result, int) else 0
    except StoreInUse as exc:
        return _fail(str(exc), EXIT_IN_USE)
    except DeskError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was changed")
    except SystemExit as exc:
        return int(exc.code or 0)
    except Exception:
        log.exception("internal error")
        return _fail(f"internal error; nothing was changed. The details are in {log_file}; "
                     "please send it to support.", EXIT_BUG)
