"""The source register: supervisors only, identities sealed a second time, every view
audited by code, and the identity nowhere in the database even for a holder of the data
key (SECURITY.md, "The source register")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from piu_desk.core import accounts
from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.domain.grading import AdmiraltyGrade
from piu_desk.core.domain.source import SourceSecret
from piu_desk.core.domain.tipoff import Channel, Confirmation, Handling, TipOff
from piu_desk.core.errors import Invalid, NotAllowed
from piu_desk.core.records import sources, tipoffs
from piu_desk.core.store import sources as sources_repo
from tests.conftest import ADMIN, OFFICER, SUPERVISOR, StoreInfo
from tests.core.support import data_key, raw_open

IDENTITY = "Zyxwort Quenbadil"  # fictional, and unlike anything else in the store
CONTACT = "+855 12 998 877, market stall 14"
NOTES = "Cousin works for the agent Qorvex Shipping."
SECRET = SourceSecret(IDENTITY, CONTACT, NOTES)
CODE = "PIU-KOS-S01"


@pytest.fixture
def desk(desk_factory: Callable[[], Desk]) -> Desk:
    d = desk_factory()
    d.unlock(SUPERVISOR[0], SUPERVISOR[2])
    sources.add(d, CODE, SECRET)
    return d


def test_a_supervisor_reads_the_identity_and_the_view_is_audited(desk: Desk) -> None:
    assert sources.identity(desk, CODE) == SECRET
    views = desk.audit_page(0, 10, "source.")
    assert [(e.action, e.target, e.actor) for e in views][:2] == [
        ("source.view", CODE, SUPERVISOR[0]), ("source.add", CODE, SUPERVISOR[0])]
    for e in views:
        for secret in (IDENTITY, "Zyxwort", CONTACT, "Qorvex"):
            assert secret not in f"{e.target} {e.detail}"
    assert IDENTITY not in repr(SECRET)


def test_an_officer_is_refused(desk: Desk) -> None:
    desk.unlock(OFFICER[0], OFFICER[2])
    for call in (lambda: sources.identity(desk, CODE),
                 lambda: sources.add(desk, "PIU-KOS-S02", SECRET),
                 lambda: sources.update(desk, CODE, SECRET),
                 lambda: sources.set_active(desk, CODE, False),
                 lambda: sources.reliability(desk, CODE)):
        with pytest.raises(NotAllowed):
            call()
    assert [s.code for s in sources.codes(desk)] == [CODE]  # the code, for picking
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    assert not desk.audit_page(0, 10, "source.view")


def test_update_deactivate_and_duplicate_codes(desk: Desk) -> None:
    sources.update(desk, CODE, SourceSecret(IDENTITY, "new phone", ""))
    assert sources.identity(desk, CODE).contact == "new phone"
    with pytest.raises(Invalid):
        sources.add(desk, CODE.lower(), SECRET)
    with pytest.raises(Invalid):
        sources.add(desk, "PIU-KOS-S09", SourceSecret(" "))
    sources.set_active(desk, CODE, False)
    assert sources.codes(desk) == [] and len(sources.codes(desk, active_only=False)) == 1


def test_a_sealed_identity_moved_to_another_source_does_not_open(desk: Desk) -> None:
    sources.add(desk, "PIU-KOS-S02", SourceSecret("Other Person"))

    def swap(conn) -> None:  # type: ignore[no-untyped-def]
        first = sources_repo.by_code(conn, CODE)
        second = sources_repo.by_code(conn, "PIU-KOS-S02")
        assert first and second
        sources_repo.put_sealed(conn, second.id or 0, sources_repo.sealed(conn, first.id or 0)
                                or {}, "now")
    desk.mutate(swap)
    with pytest.raises(Invalid):
        sources.identity(desk, "PIU-KOS-S02")


def test_reliability_counts_graded_and_confirmed_reports(desk: Desk) -> None:
    for n, confirmation in enumerate((Confirmation.CONFIRMED, Confirmation.CONFIRMED,
                                      Confirmation.NOT_CONFIRMED, Confirmation.OPEN)):
        tid, _ = tipoffs.log(desk, TipOff(
            None, f"2026-11-2{n}T10:00", Channel.HUMAN_SOURCE, SUPERVISOR[0], "Report.",
            source_code=CODE, grade=AdmiraltyGrade("B", "2") if n < 3 else None,
            handling=Handling.DESK_ONLY))
        tipoffs.set_confirmation(desk, tid, confirmation)
    r = sources.reliability(desk, CODE)
    assert (r.reports, r.graded, r.confirmed, r.not_confirmed) == (4, 3, 2, 1)
    assert r.grades == (("admiralty", "B2", 3),)


def test_the_identity_is_not_in_the_database_even_with_the_data_key(
        store: StoreInfo, desk: Desk) -> None:
    tipoffs.log(desk, TipOff(None, "2026-11-27T10:00", Channel.HUMAN_SOURCE, SUPERVISOR[0],
                             "Boxes moved at night.", source_code=CODE))
    assert sources.identity(desk, CODE).identity == IDENTITY
    key = data_key(desk)
    desk.lock()
    conn = raw_open(store.folder, key)
    try:
        dumped: list[bytes] = []
        tables = [str(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
        assert {"sources", "tipoffs", "audit", "search_index"} <= set(tables)
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    dumped.append(value if isinstance(value, bytes) else str(value).encode())
        dumped += [str(r).encode() for r in conn.execute("SELECT * FROM search_index")]
        # and the whole database decrypted into a plain SQLite file, read as bytes
        plain = store.folder.parent / "plain.db"
        conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
        dumped.append(plain.read_bytes())
    finally:
        conn.close()
    blob = b"\n".join(dumped)
    assert CODE.encode() in blob  # the dump does see the register's clear columns
    assert b"Boxes moved at night" in blob  # and the tip-off's text
    for secret in (IDENTITY, "Zyxwort", "Quenbadil", CONTACT, "Qorvex"):
        assert secret.encode() not in blob
        assert secret.encode("utf-16-le") not in blob


def test_a_former_supervisor_can_no_longer_read_identities(
        desk: Desk) -> None:
    desk.unlock(ADMIN[0], ADMIN[2])
    accounts.set_roles(desk, SUPERVISOR[0], frozenset({Role.OFFICER}))
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    with pytest.raises(NotAllowed):
        sources.identity(desk, CODE)
    assert desk.secrets().supervisor_key is None
    # and the administrator, still a supervisor, can
    desk.unlock(ADMIN[0], ADMIN[2])
    assert sources.identity(desk, CODE).identity == IDENTITY
