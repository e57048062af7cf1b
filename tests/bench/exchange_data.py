"""A station and HQ that pinned each other's keys, the station holding CHANGES shareable
records not yet sent (vessels, port calls, and inspections each with one 3 MB JPEG-like
attachment), for the exchange benchmark.

Rows go in through `piu_desk.core.store.bulk` in one transaction (the change-capture
triggers log them as they would any change), the attachments through the attachments
repository in the same transaction. Built once per size and cached under
.bench-cache/exchange-v{VERSION}-{changes}-{mb}/ (`station/`, `hq/`, `info.json`); a run
works on copies, so the cached stores stay as built.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from piu_desk.core.domain.attachment import Attachment, OwnerKind
from piu_desk.core.domain.inspection import Inspection, InspectionType, Outcome, Risk, Status
from piu_desk.core.store import attachments as attachments_repo
from piu_desk.core.store import bulk, database
from piu_desk.core.store.connection import Connection
from tests.bench.scale_data import AT, BY, ORIGIN, Generator, cached
from tests.core.exchange_support import enrolled

VERSION = 1
MB = 1024 * 1024
ATTACHMENT_BYTES = 3 * MB
STATION_DIR, HQ_DIR = "khkos", "hq"


@dataclass(frozen=True)
class ExchangeStores:
    folder: Path
    changes: int
    attachment_bytes: int

    @property
    def station(self) -> Path:
        return self.folder / STATION_DIR

    @property
    def hq(self) -> Path:
        return self.folder / HQ_DIR

    def copy(self, which: Path, to: Path) -> Path:
        """A working copy of one of the stores (without its instance lock)."""
        shutil.rmtree(to, ignore_errors=True)
        shutil.copytree(which, to, ignore=shutil.ignore_patterns("desk.lock"))
        return to


def _jpeg_like(i: int) -> bytes:
    """Random bytes behind a JPEG start: incompressible, like a photo, and each distinct."""
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + i.to_bytes(4, "big")
    return head + os.urandom(ATTACHMENT_BYTES - len(head) - 2) + b"\xff\xd9"


def _fill(conn: Connection, path: Path, changes: int, attachments: int) -> None:
    records = changes - 2 * attachments  # each attachment comes with its inspection
    scale = records / 53_000  # a few calls more than needed, then cut
    gen = Generator(min(scale, 0.5))  # call signs run out beyond some 5,000 vessels
    fleet = [v for v, _ in gen.vessels()]
    gen.scale = max(scale, (records - len(fleet) + 100) / 50_000)
    calls = gen.port_calls([(v, ()) for v in fleet])[:records - len(fleet)]
    assert len(fleet) + len(calls) == records and len(calls) >= attachments
    visits = [(Inspection(n, call.id or 0, call.arrival, ("vanna",), InspectionType.ROUTINE,
                          "Crew list checked against passports; photos of the papers.",
                          Risk.LOW, Outcome.PENDING, Status.DRAFT, uid=f"i{n:09d}"),
               call.vessel_name) for n, call in enumerate(calls[:attachments], start=1)]
    with bulk.loading(conn, path):
        bulk.vessels(conn, fleet, AT, BY)
        bulk.port_calls(conn, calls, AT, BY)
        bulk.inspections(conn, visits, ORIGIN, AT, BY)
        for n in range(1, attachments + 1):
            data = _jpeg_like(n)
            attachments_repo.insert(conn, Attachment(
                None, OwnerKind.INSPECTION, n, f"papers-{n}.jpg", "image/jpeg", len(data),
                hashlib.sha256(data).hexdigest(), added_by=BY, added_at=AT,
                uid=f"a{n:09d}"), data)
    bulk.finish(conn)


def build(folder: Path, changes: int, attachment_bytes: int) -> None:
    started = time.perf_counter()
    folder.mkdir(parents=True)
    port, hq = enrolled(folder)
    try:
        port.db(lambda c: _fill(c, database.db_path(port.folder), changes,
                                attachment_bytes // ATTACHMENT_BYTES))
    finally:
        port.close()
        hq.close()
    assert (folder / STATION_DIR).is_dir() and (folder / HQ_DIR).is_dir()
    (folder / "info.json").write_text(json.dumps({
        "changes": changes, "attachment_bytes": attachment_bytes,
        "build_seconds": round(time.perf_counter() - started, 1)}))


def exchange_stores(changes: int, attachment_mb: int) -> ExchangeStores:
    """The cached pair of stores for this size, built on first use."""
    name = f"exchange-v{VERSION}-{changes}-{attachment_mb}"
    folder = cached(name, "info.json",
                    lambda partial: build(partial, changes, attachment_mb * MB))
    return ExchangeStores(folder, changes, attachment_mb * MB)
