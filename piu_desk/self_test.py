"""`piu-desk --self-test`: the first thing support asks an officer to run.

Everything happens in a throw-away store in a temporary folder, deleted at the end (the one
place the application uses `tempfile.TemporaryDirectory`): the store is created with a
cheap but real key derivation, locked and unlocked again; a vessel, a port call and a crew
list are written and read back; the crew list is screened against a small watchlist (one
alert expected); a page is rendered in Khmer and its text checked to be shaped; a
throw-away HQ store enrols this one by key files and a real bundle with the records and the
page goes from this store to HQ, where the same records must be found; the audit trail is
verified; the window's log-in screen is built in Khmer on the offscreen platform. One line
per check, "ok" or "FAILED: reason"; the exit code is 0 only when every check passed.
Nothing on this computer's real store, settings or language is touched.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import piu_desk
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import NewUser
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction
from piu_desk.core.domain.station import Station
from piu_desk.core.domain.vessel import PortCall, Vessel
from piu_desk.core.domain.watchlist import EntryKind, WatchEntry
from piu_desk.core.store.keys import KdfParams

log = logging.getLogger("piu_desk.self_test")

# Real Argon2id, but cheap: the throw-away store holds nothing worth protecting.
CHEAP_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
STATION = Station(name="Self-test PIU", locode="KHKOS", unit="Self-test")
USER, PASSWORD = "selftest", "self-test-password-1"
KHMER_WORDS = "ខ្មែរ កំពង់ផែ ការត្រួតពិនិត្យ"
LOGICAL_ORDER = "ខ្មែរ"  # drawn unshaped, the page would hold it in typing order


class CheckFailed(Exception):
    """A check whose result is wrong (rather than one that crashed)."""


def _expect(condition: bool, reason: str) -> None:
    if not condition:
        raise CheckFailed(reason)


class SelfTest:
    """The checks, in order; each may use what an earlier one left in `self`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.desk: Desk | None = None
        self.pdf = b""
        self.records: dict[str, Any] = {}

    def need_desk(self) -> Desk:
        if self.desk is None or not self.desk.is_unlocked:
            raise CheckFailed("needs the throw-away store, which could not be created")
        return self.desk

    def store(self) -> str:
        self.desk, _recovery = Desk.create(
            self.folder / "store", STATION, NewUser(USER, "Self Test", PASSWORD, frozenset()),
            kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF)
        self.desk.lock()
        session = self.desk.unlock(USER, PASSWORD)
        _expect(session.username == USER, "the account did not unlock again")
        return "created, locked and unlocked again"

    def records_(self) -> str:
        from piu_desk.core.intel import watchlist
        from piu_desk.core.records import crew, port_calls, vessels

        desk = self.need_desk()
        vessel_id, _ = vessels.register(desk, Vessel(None, "SELF TEST PEARL", "KHM",
                                                     imo="9074729"))
        call_id, _ = port_calls.record_arrival(desk, PortCall(None, vessel_id,
                                                              "2026-11-27T08:30"))
        watchlist.add(desk, WatchEntry(None, EntryKind.PERSON, ("Iouri Ivanov",), "Self-test",
                                       "PIU HQ", date_of_birth="1970"))
        watchlist.add(desk, WatchEntry(None, EntryKind.PERSON, ("Tran Thi Hoa",), "Self-test",
                                       "PIU HQ", date_of_birth="1990"))
        members = (CrewMember(1, "IVANOV", "YURIY PETROVICH", nationality="RUS",
                              date_of_birth="1970-08-21"),
                   CrewMember(2, "SOK", "DARA", nationality="KHM", date_of_birth="1980-01-01"))
        list_id, _ = crew.save_list(desk, CrewList(None, call_id, Direction.ARRIVAL, "manual",
                                                   members), date.today())
        vessel, call = vessels.get(desk, vessel_id), port_calls.get(desk, call_id)
        read = [(m.family_name, m.given_names) for m in crew.members(desk, list_id)]
        _expect(vessel.name == "SELF TEST PEARL" and vessel.imo == "9074729",
                "the vessel read back differs")
        _expect(call.vessel_id == vessel_id, "the port call read back differs")
        _expect(read == [("IVANOV", "YURIY PETROVICH"), ("SOK", "DARA")],
                f"the crew list read back differs: {read}")
        self.records = {"vessel": vessel.name, "imo": vessel.imo, "arrival": call.arrival,
                        "crew": read, "list_id": list_id, "call_id": call_id}
        return "a vessel, a port call and a crew list written and read back"

    def screening(self) -> str:
        from piu_desk.core.intel import alerts

        desk = self.need_desk()
        _expect("list_id" in self.records, "needs the crew list, which was not saved")
        found = alerts.page(desk)
        _expect(len(found) == 1, f"{len(found)} alerts where one was expected")
        _expect(found[0].subject_kind == "crew_member", "the alert is not on the crew member")
        again, _ = alerts.screen_crew_list(desk, self.records["list_id"])
        _expect(again == [] and alerts.count(desk) == 1, "screening again raised new alerts")
        return "the crew list raised the one alert expected"

    def khmer_pdf(self) -> str:
        import pypdfium2

        from piu_desk.core.reports.document import Report, ReportInfo

        report = Report(ReportInfo(title="PIU Desk", station=STATION, language="km"))
        self.pdf = report.render([report.paragraph(KHMER_WORDS)])
        _expect(self.pdf.startswith(b"%PDF-"), "the renderer did not produce a PDF")
        document = pypdfium2.PdfDocument(self.pdf)
        try:
            text = document[0].get_textpage().get_text_range()
        finally:
            document.close()
        khmer = sum("\u1780" <= ch <= "\u17ff" for ch in text)
        shaped = sum("\ue000" <= ch <= "\uf8ff" for ch in text)
        _expect(khmer > 10, "the page holds no Khmer text (font missing?)")
        _expect(shaped > 0 and LOGICAL_ORDER not in text,
                "the Khmer text is not shaped (uharfbuzz missing?)")
        return f"a Khmer page rendered and shaped ({len(self.pdf) // 1024} KiB)"

    def bundle(self) -> str:
        from piu_desk.self_test_exchange import exchange

        desk = self.need_desk()
        _expect(bool(self.records) and bool(self.pdf), "needs the records and the page")
        return exchange(self.folder, desk, self.records["call_id"], self.pdf)

    def audit_trail(self) -> str:
        desk = self.need_desk()
        verdict = desk.verify_audit()
        _expect(verdict.ok, f"the audit trail is broken: {verdict.reason}")
        actions = {e.action for e in desk.audit_page(0, 100)}
        missing = {"store.create", "login", "vessel.add"} - actions
        _expect(not missing, f"the audit trail lacks {', '.join(sorted(missing))}")
        return f"intact ({verdict.entries} entries)"

    def window(self) -> str:
        desk = self.need_desk()
        desk.lock()
        return check_login_window(desk)

    def delete(self) -> str:
        if self.desk is not None:
            self.desk.close()
            self.desk = None
        return "closed"


def check_login_window(desk: Desk) -> str:
    """The log-in window built in Khmer on the offscreen platform, with the Khmer font."""
    if "PySide6.QtWidgets" not in sys.modules:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from piu_desk.ui import fonts
    from piu_desk.ui.app import application
    from piu_desk.ui.i18n import Translations
    from piu_desk.ui.login import LoginWindow
    from piu_desk.ui.tasks import TaskRunner

    qInstallMessageHandler(lambda _kind, _context, text: log.info("qt: %s", text))
    app = application()
    fonts.install(app)
    family = fonts.load_khmer_font()
    _expect(family is not None, "the Khmer font was not found")
    assert family is not None
    _expect(QFontMetrics(QFont(family)).inFontUcs4(ord("ក")), "the Khmer font has no Khmer")
    translations = Translations()
    translations.switch("km")
    window = LoginWindow(desk, TaskRunner(desk), "km")
    try:
        QApplication.processEvents()
        title = window.windowTitle()
        _expect(translations.installed, "the Khmer catalogue (piu_desk_km.qm) was not found")
        _expect(any("\u1780" <= ch <= "\u17ff" for ch in title),
                f"the log-in window is not in Khmer: {title!r}")
        _expect(not window.grab().isNull(), "the log-in window could not be drawn")
    finally:
        window.close()
        window.deleteLater()
        translations.switch("en")
        QApplication.processEvents()
    return f"the log-in window shows in Khmer with {family}"


Check = tuple[str, Callable[[], str]]


def checks(test: SelfTest) -> list[Check]:
    return [("store", test.store), ("records", test.records_), ("screening", test.screening),
            ("Khmer PDF", test.khmer_pdf), ("bundle", test.bundle),
            ("audit trail", test.audit_trail), ("window", test.window),
            ("close store", test.delete)]


def _line(out: TextIO, name: str, outcome: str, seconds: float) -> None:
    out.write(f"{name:12} {outcome} ({seconds:.1f} s)\n")
    out.flush()


def run(out: TextIO | None = None) -> int:
    """Run every check, one line each; 0 when all passed, 1 otherwise."""
    out = out or sys.stdout
    frozen = "frozen build" if getattr(sys, "frozen", False) else "from source"
    out.write(f"PIU Desk {piu_desk.__version__} self-test ({frozen}, {sys.platform})\n")
    failed, started = 0, time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="piu-desk-self-test-") as name:
        folder = Path(name)
        test = SelfTest(folder)
        for label, check in checks(test):
            began = time.perf_counter()
            try:
                detail = check()
                outcome = f"ok: {detail}"
            except Exception as exc:
                log.exception("self-test check %s failed", label)
                failed += 1
                reason = str(exc) or type(exc).__name__
                outcome = f"FAILED: {reason if isinstance(exc, CheckFailed) else repr(exc)}"
            _line(out, label, outcome, time.perf_counter() - began)
        if test.desk is not None:
            test.desk.close()
    began = time.perf_counter()
    if folder.exists():
        failed += 1
        _line(out, "delete store", f"FAILED: {folder} is still there", 0)
    else:
        _line(out, "delete store", "ok: the throw-away store is gone",
              time.perf_counter() - began)
    total = time.perf_counter() - started
    out.write(f"all checks passed in {total:.1f} s\n" if not failed else
              f"{failed} check(s) FAILED ({total:.1f} s); send this text to support\n")
    return 0 if not failed else 1


class SelfTestAction(argparse.Action):
    """`--self-test`, run when parsed (as `--version` is) and exiting with its code."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.pop("nargs", None)
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="check this installation in a throw-away store and exit",
                         **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from piu_desk.core.paths import setup_logging

        setup_logging()
        parser.exit(run())
