"""Issuing the daily report, and checking a paper copy against what the desk issued.

    issued = issue_daily_report(desk, Period.day(day), "km", translate)
    issued.number, issued.code, issued.pdf          # also unpacks as a 3-tuple
    result = verify_printed(desk, "KHKOS-DR-2026-0042", "7F3K-92QD")
    result.ok, result.issued_by_name, result.issued_at, result.period, result.why

How the verification code works. The code is printed inside the PDF, and the SHA-256 of the
PDF is recorded, so the code cannot depend on the final bytes. Instead, in one transaction:
1. the report's rows are read and its number allocated (LOCODE-DR-YEAR-NNNN, a yearly
   counter in the settings table);
2. the content digest is taken: SHA-256 over everything the report prints (station, period,
   signatories, issue time, every row and so every figure), before any rendering;
3. code = HMAC-SHA256(desk key, number ‖ period ‖ content digest), its first 40 bits in
   base 32 as "XXXX-XXXX". The desk key is 32 random bytes made on first use and kept in
   the settings table, inside the encrypted database: someone holding a paper copy, or all
   the store's figures, cannot make a code for a report the desk did not issue;
4. the PDF is rendered with the number and code on every page, and its SHA-256 taken;
5. the audit trail records "report.daily.issue" with the number as target and, as detail,
   the period, language, code, content digest and PDF SHA-256 (who and when are the entry's
   own); the hash chain protects the record.
`verify_printed` finds the entry by number, recomputes the code from the recorded number,
period and content digest with the desk key, and compares it (in constant time) with the
code typed from the paper: a wrong code or a number the desk never issued is refused with a
reason. `verify_file` compares a PDF file's SHA-256 with the one recorded. Rendering twice
is not needed and the code does not change with the PDF library's output. Nothing is
written to disk here; the caller writes the PDF where the user asked (output.export_pdf).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import tzinfo
from typing import NamedTuple

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.audit import AuditEntry
from piu_desk.core.errors import Invalid
from piu_desk.core.reports.daily_figures import Signer, read_in, signer, supervisor
from piu_desk.core.reports.daily_period import Period
from piu_desk.core.reports.daily_report import render_daily_report
from piu_desk.core.reports.dates import ENGLISH, check_language
from piu_desk.core.reports.particulars import moment
from piu_desk.core.reports.printouts import Printout, file_name
from piu_desk.core.session import Session
from piu_desk.core.store import daily, users
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP, Message, Translate, identity_translate

CODE_CHARS = 8
_TYPING = str.maketrans({"0": "O", "1": "I", "8": "B"})  # digits base 32 does not use
_BASE32 = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

NOT_ISSUED = QT_TRANSLATE_NOOP(
    "Reports", "The desk has not issued a daily report numbered {number}. Check the number "
               "on the paper copy.")
BAD_CODE = QT_TRANSLATE_NOOP(
    "Reports", "The verification code does not match report {number}: the paper copy was "
               "altered, or the code was mistyped.")
MALFORMED = QT_TRANSLATE_NOOP(
    "Reports", "A verification code has 8 letters and digits, such as 7F3K-92QD.")
MATCHES = QT_TRANSLATE_NOOP(
    "Reports", "Report {number} was issued by {name} on {date}; the code matches.")


class IssuedReport(NamedTuple):
    number: str
    code: str
    pdf: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


@dataclass(frozen=True)
class Verification:
    """What the desk says about a paper copy. `why` is set when it does not match; the
    issue's particulars are given whenever the desk issued that number."""

    ok: bool
    number: str
    why: Message | None = None
    period: Period | None = None
    language: str = ""
    issued_by: str = ""
    issued_by_name: str = ""
    issued_at: str = ""  # UTC, from the audit trail
    pdf_sha256: str = ""

    def message(self) -> Message:
        if self.why is not None:
            return self.why
        when = moment(self.issued_at)
        return Message("Reports", MATCHES, {
            "number": self.number, "name": self.issued_by_name or self.issued_by,
            "date": when.strftime("%Y-%m-%d %H:%M") if when else self.issued_at})


def make_code(key: bytes, number: str, period_key: str, content_digest: str) -> str:
    mac = hmac.new(key, "\x1f".join((number, period_key, content_digest)).encode("utf-8"),
                   hashlib.sha256).digest()
    text = base64.b32encode(mac).decode("ascii")[:CODE_CHARS]
    return f"{text[:4]}-{text[4:]}"


def normal_code(typed: str) -> str:
    """The code as typed from paper, in its printed form; spaces, dashes and case do not
    matter, and 0, 1, 8 are read as O, I, B."""
    text = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(_TYPING)
    return f"{text[:4]}-{text[4:]}" if len(text) == CODE_CHARS else text


def report_number(locode: str, year: int, seq: int) -> str:
    return f"{locode}-DR-{year:04d}-{seq:04d}"


# -- issuing ------------------------------------------------------------------------------------
def issue_daily_report(desk: Desk, period: Period, language: str = ENGLISH,
                       translate: Translate = identity_translate, *, reviewed_by: str = "",
                       zone: tzinfo | None = None) -> IssuedReport:
    """Read, number, code, render and record the report in one transaction on the desk's
    owner thread (so no other change comes between the figures and the record); a failure
    leaves no number used and nothing recorded. Supervisors only."""
    session = supervisor(desk)
    check_language(language)
    issued_at = desk.now()

    def run(conn: Connection) -> IssuedReport:
        data = read_in(conn, period, _prepared(conn, session), signer(conn, reviewed_by),
                       issued_at, zone)
        local = moment(issued_at)
        year = local.year if local else int(issued_at[:4])
        number = report_number(data.station.locode, year, daily.next_number(conn, year))
        while daily.issued(conn, number) is not None:  # a counter put back by a restore
            number = report_number(data.station.locode, year, daily.next_number(conn, year))
        digest = data.digest()
        code = make_code(daily.mac_key(conn), number, period.key, digest)
        pdf = render_daily_report(data, translate, language, number=number, code=code)
        detail = {"period": period.key, "language": language, "code": code,
                  "content_sha256": digest, "pdf_sha256": hashlib.sha256(pdf).hexdigest()}
        desk.audit_in(conn, daily.ISSUE_ACTION, number, json.dumps(detail, sort_keys=True))
        return IssuedReport(number, code, pdf)
    return desk.mutate(run)


def daily_printout(desk: Desk, period: Period, language: str = ENGLISH,
                   translate: Translate = identity_translate, *, reviewed_by: str = "",
                   zone: tzinfo | None = None) -> Printout:
    """An issued report as the screens' PDF helpers take it (ui/pdf_output.py)."""
    issued = issue_daily_report(desk, period, language, translate, reviewed_by=reviewed_by,
                                zone=zone)
    return Printout(issued.pdf, issued.number,
                    file_name("daily-report", issued.number, language=language))


def preview_daily_report(desk: Desk, period: Period, language: str = ENGLISH,
                         translate: Translate = identity_translate, *, reviewed_by: str = "",
                         zone: tzinfo | None = None) -> bytes:
    """A draft to look at before issuing: no number, no code, nothing recorded."""
    session = supervisor(desk)
    check_language(language)
    issued_at = desk.now()
    data = desk.db(lambda conn: read_in(conn, period, _prepared(conn, session),
                                        signer(conn, reviewed_by), issued_at, zone))
    return render_daily_report(data, translate, language)


def _prepared(conn: Connection, session: Session) -> Signer:
    return signer(conn, session.username) or Signer(session.username, session.user.full_name,
                                                    Role.SUPERVISOR.value)


# -- verifying ----------------------------------------------------------------------------------
def verify_printed(desk: Desk, number: str, code: str) -> Verification:
    """Whether `code`, as printed on a paper copy of report `number`, is the code the desk
    issued it with. The check is recorded in the audit trail. Supervisors only."""
    supervisor(desk)
    number = number.strip().upper()
    typed = normal_code(code)

    def run(conn: Connection) -> Verification:
        entry = daily.issued(conn, number)
        result = _judge(conn, number, typed, entry)
        desk.audit_in(conn, "report.daily.verify", number, "match" if result.ok else "no match")
        return result
    return desk.mutate(run)


def verify_file(desk: Desk, number: str, pdf: bytes) -> bool:
    """Whether `pdf` is, byte for byte, the PDF the desk issued as report `number`."""
    supervisor(desk)
    entry = desk.db(lambda conn: daily.issued(conn, number.strip().upper()))
    recorded = _detail(entry).get("pdf_sha256", "") if entry else ""
    return bool(recorded) and hmac.compare_digest(recorded, hashlib.sha256(pdf).hexdigest())


def issued_reports(desk: Desk, offset: int = 0, limit: int = 100) -> list[Verification]:
    """The reports issued, newest first, with who issued them, when and for what period."""
    supervisor(desk)

    def run(conn: Connection) -> list[Verification]:
        return [_particulars(conn, e, True, None) for e in daily.issued_page(conn, offset, limit)]
    return desk.db(run)


def _detail(entry: AuditEntry) -> dict[str, str]:
    try:
        found = json.loads(entry.detail)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _particulars(conn: Connection, entry: AuditEntry, ok: bool,
                 why: Message | None) -> Verification:
    detail = _detail(entry)
    try:
        period: Period | None = Period.from_key(detail.get("period", ""))
    except Invalid:
        period = None
    user = users.by_name(conn, entry.actor)
    return Verification(ok, entry.target, why, period, detail.get("language", ""),
                        entry.actor, user.full_name if user else "", entry.at,
                        detail.get("pdf_sha256", ""))


def _judge(conn: Connection, number: str, typed: str, entry: AuditEntry | None
           ) -> Verification:
    if entry is None:
        return Verification(False, number, Message("Reports", NOT_ISSUED, {"number": number}))
    if len(typed) != CODE_CHARS + 1 or not set(typed.replace("-", "")) <= _BASE32:
        return _particulars(conn, entry, False, Message("Reports", MALFORMED))
    detail = _detail(entry)
    expected = make_code(daily.mac_key(conn), number, detail.get("period", ""),
                         detail.get("content_sha256", ""))
    ok = hmac.compare_digest(expected, typed) and detail.get("code") == expected
    why = None if ok else Message("Reports", BAD_CODE, {"number": number})
    return _particulars(conn, entry, ok, why)
