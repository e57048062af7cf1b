"""Maintenance: schedules per item or per category (every N months, or on a date), what is
due and overdue on a given day, tasks done, and repairs that take an item out of service and
bring it back."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.asset import Asset, AssetStatus, Condition, EventKind, check_date
from piu_desk.core.domain.vessel import clean_text
from piu_desk.core.equipment.assets import VIEW
from piu_desk.core.equipment.common import CHANGES, custodian, existing, invalid, record_event
from piu_desk.core.equipment.custody import close_open_custody
from piu_desk.core.records.common import new_uid, not_found, origin
from piu_desk.core.session import Changes
from piu_desk.core.store import asset_care as repo
from piu_desk.core.store.asset_care import Repair, Schedule
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP

OUT_OF_SERVICE = (AssetStatus.DISPOSED, AssetStatus.LOST, AssetStatus.STOLEN)
SOON_DAYS = 30


@dataclass(frozen=True)
class DueItem:
    schedule: Schedule
    asset: Asset
    due_on: str
    overdue: bool


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day (31 Jan + 1 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_schedule(desk: Desk, task: str, starts_on: str, *, asset_id: int | None = None,
                 category: str = "", every_months: int | None = None,
                 due_on: str = "") -> tuple[int, Changes]:
    """A task for one item or for every item of a category, every N months (counted from
    the last time it was done, or from `starts_on`) or once on a date."""
    custodian(desk, QT_TRANSLATE_NOOP("Actions", "plan equipment maintenance"))
    what, cat = clean_text(task, 200), clean_text(category, 60)
    start = check_date(starts_on, "starts_on")
    once = check_date(due_on, "due_on", required=False)
    if not what:
        raise invalid("task", QT_TRANSLATE_NOOP("Validation", "Say what is to be done."))
    if (asset_id is None) == (not cat):
        raise invalid("asset", QT_TRANSLATE_NOOP(
            "Validation", "A schedule is for one item or for one category, not both."))
    if (every_months is None) == (not once):
        raise invalid("every_months", QT_TRANSLATE_NOOP(
            "Validation", "Give either how many months apart, or the date it is due."))
    if every_months is not None and not 1 <= every_months <= 120:
        raise invalid("every_months", QT_TRANSLATE_NOOP(
            "Validation", "Between 1 and 120 months."))

    def run(conn: Connection) -> int:
        if asset_id is not None:
            existing(conn, asset_id)
        sid = repo.insert_schedule(conn, Schedule(0, asset_id, cat, what, every_months, once,
                                                  start), new_uid(), origin(conn))
        desk.audit_in(conn, "maintenance.plan", f"schedule {sid}", what)
        return sid
    return desk.mutate(run), CHANGES


def due_list(desk: Desk, as_of: str, soon_days: int = SOON_DAYS) -> list[DueItem]:
    """Tasks due by `as_of` + `soon_days`, overdue first then by date; items lost, stolen or
    disposed are left out."""
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    today, horizon = due_window(as_of, soon_days)

    def run(conn: Connection) -> list[DueItem]:
        by_id = {s.id: s for s in repo.schedules(conn)}
        return [DueItem(by_id[sid], a, due, due < today) for sid, a, due in
                repo.due_by(conn, horizon, today, OUT_OF_SERVICE)]
    return desk.db(run)


def due_window(as_of: str, soon_days: int = SOON_DAYS) -> tuple[str, str]:
    """`as_of` checked, and the last day a task may fall due to be listed (ISO dates)."""
    today = date.fromisoformat(check_date(as_of, "as_of"))
    return today.isoformat(), date.fromordinal(today.toordinal() + soon_days).isoformat()


def record_done(desk: Desk, schedule_id: int, asset_id: int, on: str,
                note: str = "") -> Changes:
    session = custodian(desk, QT_TRANSLATE_NOOP("Actions", "record equipment maintenance"))
    day = check_date(on, "on")

    def run(conn: Connection) -> None:
        if not any(s.id == schedule_id for s in repo.schedules(conn)):
            raise not_found("maintenance schedule")
        asset = existing(conn, asset_id)
        record_event(desk, conn, asset, EventKind.MAINTAINED, day, detail=clean_text(note))
        repo.add_done(conn, schedule_id, asset_id, day, clean_text(note, 500),
                      session.username)
    desk.mutate(run)
    return CHANGES


def send_for_repair(desk: Desk, asset_id: int, sent_on: str, vendor: str,
                    fault: str) -> tuple[int, Changes]:
    """Out for repair: under repair until it comes back; custody (if any) ends."""
    custodian(desk, QT_TRANSLATE_NOOP("Actions", "send equipment for repair"))
    day = check_date(sent_on, "sent_on")

    def run(conn: Connection) -> int:
        asset = existing(conn, asset_id)
        record_event(desk, conn, asset, EventKind.REPAIR_SENT, day,
                     holder=clean_text(vendor, 120), detail=clean_text(fault))
        close_open_custody(conn, asset_id, day, "repair_sent")
        return repo.insert_repair(conn, Repair(0, asset_id, day, clean_text(vendor, 120),
                                               clean_text(fault, 500)), new_uid(), origin(conn))
    return desk.mutate(run), CHANGES


def repair_returned(desk: Desk, asset_id: int, returned_on: str, condition: Condition, *,
                    cost_khr: int = 0, cost_usd_cents: int = 0, outcome: str = "") -> Changes:
    custodian(desk, QT_TRANSLATE_NOOP("Actions", "send equipment for repair"))
    day = check_date(returned_on, "returned_on")
    if cost_khr < 0 or cost_usd_cents < 0:
        raise invalid("cost", QT_TRANSLATE_NOOP("Validation", "A cost cannot be negative."))

    def run(conn: Connection) -> None:
        asset = existing(conn, asset_id)
        open_ = [r for r in repo.repairs(conn, asset_id) if not r.returned_on]
        if open_ and day < open_[-1].sent_on:
            raise invalid("returned_on", QT_TRANSLATE_NOOP(
                "Validation", "The item cannot come back before it was sent."))
        record_event(desk, conn, asset, EventKind.REPAIR_RETURNED, day,
                     condition=Condition(condition), detail=clean_text(outcome))
        if open_:
            repo.close_repair(conn, open_[-1].id, day, cost_khr, cost_usd_cents,
                              clean_text(outcome, 500))
    desk.mutate(run)
    return CHANGES


def repairs(desk: Desk, asset_id: int | None = None) -> list[Repair]:
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(lambda c: repo.repairs(c, asset_id))


def schedules(desk: Desk) -> list[Schedule]:
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(repo.schedules)
