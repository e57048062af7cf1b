"""Verification campaigns: start one, record each item found (scanned by tag — a scanner
types it like a keyboard — or ticked), missing or damaged; a second scan of an item, or a tag
not in the register, is flagged in the result (not refused); close it; report found /
missing / damaged by location with values, and the items never checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.asset import Asset, Condition, EventKind, check_date, normal_tag
from piu_desk.core.domain.vessel import clean_text
from piu_desk.core.equipment.assets import VIEW
from piu_desk.core.equipment.common import CHANGES, custodian, existing, invalid, record_event
from piu_desk.core.equipment.maintenance import OUT_OF_SERVICE, add_months
from piu_desk.core.records.common import new_uid, not_found, origin
from piu_desk.core.session import Changes
from piu_desk.core.store import assets as assets_repo
from piu_desk.core.store import campaigns as repo
from piu_desk.core.store.campaigns import Campaign, Check
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP


class Outcome(StrEnum):
    FOUND = "found"
    MISSING = "missing"
    DAMAGED = "damaged"


class Flag(StrEnum):
    NONE = ""
    DUPLICATE = "duplicate"
    UNKNOWN = "unknown"


OUTCOME_LABELS = {
    Outcome.FOUND: QT_TRANSLATE_NOOP("Equipment", "Found"),
    Outcome.MISSING: QT_TRANSLATE_NOOP("Equipment", "Missing"),
    Outcome.DAMAGED: QT_TRANSLATE_NOOP("Equipment", "Damaged"),
}
FLAG_LABELS = {
    Flag.DUPLICATE: QT_TRANSLATE_NOOP("Equipment", "Scanned twice"),
    Flag.UNKNOWN: QT_TRANSLATE_NOOP("Equipment", "Not in the register"),
}


@dataclass(frozen=True)
class ScanResult:
    tag: str
    flag: Flag
    asset: Asset | None


@dataclass
class Totals:
    count: int = 0
    value_khr: int = 0
    value_usd_cents: int = 0

    def add(self, a: Asset) -> None:
        self.count += 1
        self.value_khr += a.value_khr
        self.value_usd_cents += a.value_usd_cents


@dataclass(frozen=True)
class Line:
    asset: Asset
    outcome: Outcome | None  # None: never checked in this campaign
    condition: str
    location: str


@dataclass
class CampaignReport:
    campaign: Campaign
    lines: list[Line]
    flagged: list[Check]
    by_location: dict[str, dict[str, Totals]] = field(default_factory=dict)
    totals: dict[str, Totals] = field(default_factory=dict)

    def of(self, outcome: Outcome | None) -> list[Line]:
        return [x for x in self.lines if x.outcome == outcome]


def start(desk: Desk, name: str, on: str) -> tuple[int, Changes]:
    session = custodian(desk, QT_TRANSLATE_NOOP("Actions", "verify equipment"))
    title, day = clean_text(name, 120), check_date(on, "on")
    if not title:
        raise invalid("name", QT_TRANSLATE_NOOP(
            "Validation", "Name the campaign, e.g. Annual verification 2026."))

    def run(conn: Connection) -> int:
        if any(c.name == title and not c.closed_on for c in repo.all_campaigns(conn)):
            raise invalid("name", QT_TRANSLATE_NOOP(
                "Validation", "A campaign of that name is already open."))
        cid = repo.insert(conn, title, day, session.username, new_uid(), origin(conn))
        desk.audit_in(conn, "verification.start", f"campaign {cid}", title)
        return cid
    return desk.mutate(run), CHANGES


def _open(conn: Connection, campaign_id: int) -> Campaign:
    found = repo.get(conn, campaign_id)
    if found is None:
        raise not_found("campaign")
    if found.closed_on:
        raise invalid("campaign", QT_TRANSLATE_NOOP(
            "Validation", "This campaign is closed; start a new one."))
    return found


def _record(desk: Desk, conn: Connection, campaign: Campaign, asset: Asset, outcome: Outcome,
            condition: Condition | None, location: str, flag: Flag) -> None:
    assert asset.id is not None
    who = desk.session.username if desk.session else "-"
    cond = condition or (Condition.POOR if outcome == Outcome.DAMAGED else asset.condition)
    place = clean_text(location, 120) or asset.location
    repo.add_check(conn, Check(0, campaign.id, asset.id, asset.tag, outcome.value, cond.value,
                               place, flag.value, desk.now(), who))
    if outcome != Outcome.MISSING and flag == Flag.NONE:
        record_event(desk, conn, asset, EventKind.VERIFIED, desk.now()[:10],
                     detail=campaign.name, condition=cond, location=place)


def scan(desk: Desk, campaign_id: int, tag: str, *, condition: Condition | None = None,
         location: str = "") -> tuple[ScanResult, Changes]:
    """A scanned (or typed) tag: the item is found. Twice, or unknown: flagged, kept."""
    custodian(desk, QT_TRANSLATE_NOOP("Actions", "verify equipment"))
    code = normal_tag(tag)

    def run(conn: Connection) -> ScanResult:
        campaign = _open(conn, campaign_id)
        asset = assets_repo.by_tag(conn, code)
        who = desk.session.username if desk.session else "-"
        if asset is None:
            repo.add_check(conn, Check(0, campaign_id, None, code, "", "", clean_text(location),
                                       Flag.UNKNOWN.value, desk.now(), who))
            return ScanResult(code, Flag.UNKNOWN, None)
        seen = any(c.asset_id == asset.id and c.outcome for c in repo.checks(conn, campaign_id))
        flag = Flag.DUPLICATE if seen else Flag.NONE
        if flag == Flag.DUPLICATE:
            repo.add_check(conn, Check(0, campaign_id, asset.id, code, "", "", "",
                                       flag.value, desk.now(), who))
        else:
            _record(desk, conn, campaign, asset, Outcome.FOUND, condition, location, flag)
        return ScanResult(code, flag, asset)
    return desk.mutate(run), CHANGES


def tick(desk: Desk, campaign_id: int, asset_id: int, outcome: Outcome, *,
         condition: Condition | None = None, location: str = "") -> Changes:
    """Mark an item by hand; a later tick corrects an earlier one."""
    custodian(desk, QT_TRANSLATE_NOOP("Actions", "verify equipment"))

    def run(conn: Connection) -> None:
        _record(desk, conn, _open(conn, campaign_id), existing(conn, asset_id),
                Outcome(outcome), condition, location, Flag.NONE)
    desk.mutate(run)
    return CHANGES


def close(desk: Desk, campaign_id: int, on: str) -> Changes:
    custodian(desk, QT_TRANSLATE_NOOP("Actions", "verify equipment"))
    day = check_date(on, "on")

    def run(conn: Connection) -> None:
        _open(conn, campaign_id)
        repo.close(conn, campaign_id, day)
        desk.audit_in(conn, "verification.close", f"campaign {campaign_id}")
    desk.mutate(run)
    return CHANGES


def campaigns(desk: Desk) -> list[Campaign]:
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    return desk.db(repo.all_campaigns)


def report(desk: Desk, campaign_id: int) -> CampaignReport:
    """Every item in service, with its latest outcome in the campaign (or none), totals by
    location and outcome ("not_checked" for items never checked), and the flagged scans."""
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)

    def run(conn: Connection) -> CampaignReport:
        campaign = repo.get(conn, campaign_id)
        if campaign is None:
            raise not_found("campaign")
        checks = repo.checks(conn, campaign_id)
        latest = {c.asset_id: c for c in checks if c.outcome and c.asset_id is not None}
        out = CampaignReport(campaign, [], [c for c in checks if c.flag])
        for a in assets_repo.listing(conn):
            c = latest.get(a.id or 0)
            if c is None and a.status in OUT_OF_SERVICE:
                continue
            line = Line(a, Outcome(c.outcome) if c else None, c.condition if c else "",
                        c.location if c else a.location)
            out.lines.append(line)
            key = line.outcome.value if line.outcome else "not_checked"
            out.by_location.setdefault(line.location, {}).setdefault(key, Totals()).add(a)
            out.totals.setdefault(key, Totals()).add(a)
        return out
    return desk.db(run)


def verification_due(desk: Desk, as_of: str, months: int = 12) -> list[Asset]:
    """Items in service not verified in the `months` before `as_of` (or never)."""
    desk.session_or_locked(Role.CUSTODIAN, Role.SUPERVISOR, action=VIEW)
    since = verified_since(as_of, months)
    return desk.db(lambda c: repo.not_verified_since(c, since, OUT_OF_SERVICE))


def verified_since(as_of: str, months: int = 12) -> str:
    """The day after which an item must have been verified not to be overdue on `as_of`."""
    return add_months(date.fromisoformat(check_date(as_of, "as_of")), -months).isoformat()
