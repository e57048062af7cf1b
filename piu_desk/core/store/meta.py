"""Station metadata, counters and settings kept inside the encrypted database."""

from __future__ import annotations

import json

from piu_desk.core.domain.station import Station
from piu_desk.core.store.connection import Connection


def get(conn: Connection, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def put(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def get_int(conn: Connection, key: str) -> int:
    return int(get(conn, key, "0"))


def bump_counter(conn: Connection) -> int:
    value = get_int(conn, "counter") + 1
    put(conn, "counter", str(value))
    return value


def station(conn: Connection) -> Station:
    obj = json.loads(get(conn, "station", "{}"))
    return Station(name=obj.get("name", ""), locode=obj.get("locode", ""),
                   unit=obj.get("unit", ""), is_hq=bool(obj.get("is_hq", False)))


def put_station(conn: Connection, st: Station) -> None:
    put(conn, "station", json.dumps({"name": st.name, "locode": st.locode, "unit": st.unit,
                                     "is_hq": st.is_hq}, ensure_ascii=False))


def setting(conn: Connection, key: str, default: str) -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def put_setting(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO settings(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
