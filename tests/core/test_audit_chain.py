"""The audit trail is append-only and hash-chained; the verifier names the first bad entry
whatever an attacker holding the data key does to the rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import sqlcipher3

from piu_desk.core.desk import Desk
from piu_desk.core.domain.audit import chain_hash
from piu_desk.core.store import audit
from piu_desk.core.store.connection import Connection
from tests.conftest import ADMIN, StoreInfo
from tests.core.support import data_key, raw_open


@pytest.fixture
def tampered(store: StoreInfo) -> Iterator[Callable[[Callable[[Connection], None]], Desk]]:
    """Run `attack` on the closed store's database with the data key, as an attacker would
    (triggers dropped first), then hand back a desk with the administrator logged in."""
    with store.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        for minutes in range(1, 11):
            desk.set_idle_lock_minutes(minutes)
        key = data_key(desk)
    opened: list[Desk] = []

    def attack(fn: Callable[[Connection], None]) -> Desk:
        conn = raw_open(store.folder, key)
        try:
            conn.execute("DROP TRIGGER audit_no_update")
            conn.execute("DROP TRIGGER audit_no_delete")
            fn(conn)
        finally:
            conn.close()
        desk = store.open()
        opened.append(desk)
        desk.unlock(ADMIN[0], ADMIN[2])
        return desk
    yield attack
    for desk in opened:
        desk.close()


def test_an_untouched_trail_verifies(admin_desk: Desk) -> None:
    verdict = admin_desk.verify_audit()
    assert verdict.ok
    assert verdict.entries == admin_desk.audit_count() > 5
    assert verdict.head == admin_desk.audit_page(0, 1)[0].hash


@pytest.mark.parametrize("column", ["at", "actor", "action", "target", "detail"])
def test_an_edited_entry_is_named(tampered: Callable[..., Desk], column: str) -> None:
    desk = tampered(lambda c: c.execute(
        f"UPDATE audit SET {column} = {column} || 'x' WHERE seq = 7"))
    verdict = desk.verify_audit()
    assert (verdict.ok, verdict.first_bad_seq) == (False, 7)
    assert verdict.reason == "entry 7 was altered after it was written"
    assert verdict.entries == 6
    # The screens show the reason in the officer's language (context "Audit").
    assert verdict.reason_text(lambda context, text: f"{context}: {text}!") == (
        "Audit: entry 7 was altered after it was written!")


def test_an_edited_entry_with_its_hash_recomputed_breaks_the_next_link(
        tampered: Callable[..., Desk]) -> None:
    def attack(conn: Connection) -> None:
        seq, at, actor, action, target, _detail, prev = conn.execute(
            "SELECT seq, at, actor, action, target, detail, prev_hash FROM audit "
            "WHERE seq = 7").fetchone()
        digest = chain_hash(prev, seq, at, actor, action, target, "forged")
        conn.execute("UPDATE audit SET detail = 'forged', hash = ? WHERE seq = 7", (digest,))
    verdict = tampered(attack).verify_audit()
    assert (verdict.ok, verdict.first_bad_seq) == (False, 8)
    assert verdict.reason == "entry 8 does not follow entry 7"


def test_a_deleted_middle_entry_is_named_as_missing(tampered: Callable[..., Desk]) -> None:
    verdict = tampered(lambda c: c.execute("DELETE FROM audit WHERE seq = 5")).verify_audit()
    assert (verdict.ok, verdict.first_bad_seq, verdict.reason) == (
        False, 5, "entry 5 is missing")


def test_a_cut_tail_is_seen_against_the_recorded_head(store: StoreInfo) -> None:
    with store.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        for minutes in range(1, 6):
            desk.set_idle_lock_minutes(minutes)
        total = desk.audit_count()
        desk.db(lambda c: c.execute("DROP TRIGGER audit_no_delete"))
        desk.db(lambda c: c.execute("DELETE FROM audit WHERE seq > ?", (total - 3,)))
        verdict = desk.verify_audit()
        assert (verdict.ok, verdict.entries, verdict.first_bad_seq) == (
            False, total - 3, total - 2)
        assert verdict.reason == f"entries after {total - 3} were removed"


def test_a_cut_tail_is_still_noticed_after_new_entries_were_appended(
        tampered: Callable[..., Desk]) -> None:
    """The next log-in appends over the gap (and moves the recorded head), but the head in
    the signed slot file is no longer in the chain."""
    desk = tampered(lambda c: c.execute(
        "DELETE FROM audit WHERE seq > (SELECT max(seq) - 3 FROM audit)"))
    assert desk.session is not None
    assert desk.session.warnings == ["older-database"]


def test_the_raw_verifier_names_a_cut_tail_before_anyone_logs_in(store: StoreInfo) -> None:
    with store.open() as desk:
        desk.unlock(ADMIN[0], ADMIN[2])
        key = data_key(desk)
    conn = raw_open(store.folder, key)
    try:
        total = int(conn.execute("SELECT max(seq) FROM audit").fetchone()[0])
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DELETE FROM audit WHERE seq = ?", (total,))
        verdict = audit.verify(conn)
    finally:
        conn.close()
    assert (verdict.ok, verdict.first_bad_seq) == (False, total)


def test_triggers_refuse_update_and_delete(admin_desk: Desk) -> None:
    before = admin_desk.audit_page(0, 1000)
    for statement in ("UPDATE audit SET detail = 'x' WHERE seq = 1",
                      "DELETE FROM audit WHERE seq = 1", "DELETE FROM audit"):
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            admin_desk.db(lambda c, s=statement: c.execute(s))
    assert admin_desk.audit_page(0, 1000) == before
    assert admin_desk.verify_audit().ok


def test_entries_record_who_did_what_not_the_content(admin_desk: Desk) -> None:
    from piu_desk.core import accounts
    accounts.set_full_name(admin_desk, "vanna", "Chan Vanna Secretname")
    entry = admin_desk.audit_page(0, 1)[0]
    assert (entry.actor, entry.action, entry.target, entry.detail) == (
        "admin", "user.edit", "vanna", "full name")
    assert all("Secretname" not in str(e) for e in admin_desk.audit_page(0, 1000))
