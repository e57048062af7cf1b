"""Screening alerts and their dispositions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from piu_desk.core.store.connection import Connection
from piu_desk.core.text import Message


@dataclass(frozen=True)
class Alert:
    id: int
    entry_id: int
    subject_kind: str  # "crew_member", "person_aboard" or "vessel"
    subject_id: int
    subject_key: str  # "person:ID" or "vessel:ID"
    port_call_id: int | None
    score: float
    reasons: tuple[Message, ...]
    status: str  # "open", "confirmed", "false_positive", "hq_check"
    note: str
    disposed_by: str
    disposed_at: str
    created_at: str
    uid: str
    origin: str = field(default="", compare=False)  # the station where it was raised
    station: str = field(default="", compare=False)  # the station it concerns (_STATION)


# The station an alert concerns: that of the port call where the screened record was seen
# (HQ screens the crew lists stations send: such an alert is HQ's record, about the
# station's port call), else the one where it was raised.
_STATION = ("coalesce((SELECT p.origin FROM port_calls p WHERE p.id = alerts.port_call_id), "
            "alerts.origin)")
_COLUMNS = ("id, entry_id, subject_kind, subject_id, subject_key, port_call_id, score, "
            "reasons, status, note, disposed_by, disposed_at, created_at, uid, origin, "
            f"{_STATION}")


def _alert(r: tuple[object, ...]) -> Alert:
    reasons = tuple(Message(str(x["c"]), str(x["t"]), dict(x["a"]))
                    for x in json.loads(str(r[7])))
    return Alert(int(str(r[0])), int(str(r[1])), str(r[2]), int(str(r[3])), str(r[4]),
                 None if r[5] is None else int(str(r[5])), float(str(r[6])), reasons,
                 str(r[8]), str(r[9]), str(r[10]), str(r[11]), str(r[12]), str(r[13]),
                 str(r[14]), str(r[15]))


def encode_reasons(reasons: tuple[Message, ...]) -> str:
    return json.dumps([{"c": m.context, "t": m.text, "a": m.args} for m in reasons],
                      ensure_ascii=False)


def insert(conn: Connection, entry_id: int, subject_kind: str, subject_id: int,
           subject_key: str, port_call_id: int | None, score: float,
           reasons: tuple[Message, ...], fingerprint: str, uid: str, origin: str,
           at: str) -> int | None:
    """The new alert's id; None when this entry already alerted on this subject."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO alerts(uid, origin, entry_id, subject_kind, subject_id, "
        "subject_key, port_call_id, score, reasons, fingerprint, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (uid, origin, entry_id, subject_kind, subject_id, subject_key, port_call_id, score,
         encode_reasons(reasons), fingerprint, at))
    return int(cur.lastrowid or 0) if cur.rowcount else None


def dismissed(conn: Connection, entry_id: int, subject_key: str, fingerprint: str) -> bool:
    """Was this pair, as both sides read now, already disposed of as a false positive?"""
    return conn.execute(
        "SELECT 1 FROM alerts WHERE entry_id = ? AND subject_key = ? AND fingerprint = ? "
        "AND status = 'false_positive' LIMIT 1",
        (entry_id, subject_key, fingerprint)).fetchone() is not None


def get(conn: Connection, alert_id: int) -> Alert | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM alerts WHERE id = ?", (alert_id,)).fetchone()
    return _alert(row) if row else None


def page(conn: Connection, offset: int, limit: int, status: str = "",
         origin: str = "") -> list[Alert]:
    """Newest first; `status` filters ("open", ...), `origin` keeps those that concern
    one station (`Alert.station`)."""
    where, params = _filter(status, origin)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM alerts {where} ORDER BY id DESC "
                        "LIMIT ? OFFSET ?", (*params, limit, offset))
    return [_alert(r) for r in rows]


def count(conn: Connection, status: str = "", origin: str = "") -> int:
    where, params = _filter(status, origin)
    return int(conn.execute(f"SELECT count(*) FROM alerts {where}", params).fetchone()[0])


def _filter(status: str, origin: str) -> tuple[str, list[str]]:
    clauses = [(c, v) for c, v in (("status = ?", status), (f"{_STATION} = ?", origin))
               if v]
    if not clauses:
        return "", []
    return "WHERE " + " AND ".join(c for c, _ in clauses), [v for _, v in clauses]


def of_subject(conn: Connection, subject_kind: str, subject_id: int) -> list[Alert]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM alerts WHERE subject_kind = ? AND "
                        "subject_id = ? ORDER BY score DESC", (subject_kind, subject_id))
    return [_alert(r) for r in rows]


def dispose(conn: Connection, alert_id: int, status: str, note: str, by: str,
            at: str) -> None:
    conn.execute("UPDATE alerts SET status = ?, note = ?, disposed_by = ?, disposed_at = ? "
                 "WHERE id = ?", (status, note, by, at, alert_id))


def confirmed(conn: Connection) -> list[tuple[str, int, str]]:
    """(subject kind, subject id, subject key) of every confirmed alert."""
    return [(str(k), int(i), str(s)) for k, i, s in conn.execute(
        "SELECT subject_kind, subject_id, subject_key FROM alerts WHERE status = 'confirmed'")]
