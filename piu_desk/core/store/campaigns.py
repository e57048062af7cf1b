"""Verification campaigns and the checks made in them (scans and ticks)."""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.domain.asset import Asset, AssetStatus
from piu_desk.core.store.assets import asset_columns, asset_row
from piu_desk.core.store.connection import Connection


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    started_on: str
    closed_on: str
    started_by: str


@dataclass(frozen=True)
class Check:
    id: int
    campaign_id: int
    asset_id: int | None  # None for a tag not in the register
    tag: str
    outcome: str  # found, missing, damaged; "" for a flagged scan that counts for nothing
    condition: str
    location: str
    flag: str  # "", "duplicate", "unknown"
    at: str
    by: str


def insert(conn: Connection, name: str, started_on: str, by: str, uid: str,
           origin: str) -> int:
    cur = conn.execute("INSERT INTO campaigns(uid, origin, name, started_on, started_by) "
                       "VALUES (?, ?, ?, ?, ?)", (uid, origin, name, started_on, by))
    return int(cur.lastrowid or 0)


def _campaign(r: tuple[object, ...]) -> Campaign:
    return Campaign(int(str(r[0])), str(r[1]), str(r[2]), str(r[3]), str(r[4]))


def get(conn: Connection, campaign_id: int) -> Campaign | None:
    r = conn.execute("SELECT id, name, started_on, closed_on, started_by FROM campaigns "
                     "WHERE id = ?", (campaign_id,)).fetchone()
    return _campaign(r) if r else None


def all_campaigns(conn: Connection) -> list[Campaign]:
    rows = conn.execute("SELECT id, name, started_on, closed_on, started_by FROM campaigns "
                        "ORDER BY started_on DESC, id DESC").fetchall()
    return [_campaign(r) for r in rows]


def close(conn: Connection, campaign_id: int, on: str) -> None:
    conn.execute("UPDATE campaigns SET closed_on = ? WHERE id = ?", (on, campaign_id))


def add_check(conn: Connection, c: Check) -> int:
    cur = conn.execute(
        "INSERT INTO campaign_checks(campaign_id, asset_id, tag, outcome, condition, location, "
        "flag, at, by_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (c.campaign_id, c.asset_id, c.tag, c.outcome, c.condition, c.location, c.flag, c.at,
         c.by))
    return int(cur.lastrowid or 0)


def checks(conn: Connection, campaign_id: int) -> list[Check]:
    rows = conn.execute("SELECT id, campaign_id, asset_id, tag, outcome, condition, location, "
                        "flag, at, by_user FROM campaign_checks WHERE campaign_id = ? "
                        "ORDER BY id", (campaign_id,)).fetchall()
    return [Check(int(r[0]), int(r[1]), None if r[2] is None else int(r[2]),
                  *(str(x) for x in r[3:])) for r in rows]


def last_verified(conn: Connection) -> dict[int, str]:
    """asset id -> the date it was last seen in a verification (found or damaged)."""
    rows = conn.execute("SELECT asset_id, max(on_date) FROM asset_events "
                        "WHERE kind = 'verified' GROUP BY asset_id").fetchall()
    return {int(r[0]): str(r[1]) for r in rows}


def not_verified_since(conn: Connection, since: str,
                       leaving_out: tuple[AssetStatus, ...]) -> list[Asset]:
    """Items, by tag, not seen in a verification after the date `since` (or never), but for
    those whose status is in `leaving_out`."""
    where, args = _not_verified(since, leaving_out)
    rows = conn.execute(f"SELECT {asset_columns('a')} FROM assets a WHERE {where} "
                        "ORDER BY a.tag", args).fetchall()
    return [asset_row(r) for r in rows]


def not_verified_ids(conn: Connection, since: str,
                     leaving_out: tuple[AssetStatus, ...]) -> frozenset[int]:
    """The items of `not_verified_since`, ids only."""
    where, args = _not_verified(since, leaving_out)
    rows = conn.execute(f"SELECT a.id FROM assets a WHERE {where}", args).fetchall()
    return frozenset(r[0] for r in rows)


def _not_verified(since: str, leaving_out: tuple[AssetStatus, ...]
                  ) -> tuple[str, tuple[str, ...]]:
    marks = ", ".join("?" for _ in leaving_out) or "NULL"
    return (f"a.status NOT IN ({marks}) AND a.id NOT IN (SELECT e.asset_id FROM asset_events e "
            "WHERE e.kind = 'verified' AND e.on_date > ?)",
            (*(s.value for s in leaving_out), since))
