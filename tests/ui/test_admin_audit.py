"""The Audit trail tab on a real store: lazy paging, filters, and the chain verifier."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import EventKind
from piu_desk.core.domain.tipoff import Status as TipOffStatus
from piu_desk.ui.admin.audit_model import PAGE, AuditModel, Column
from piu_desk.ui.admin.common import BAD_COLOUR, OK_COLOUR
from tests.ui.admin_support import TASK_TIMEOUT_MS, finish, open_section

ROOT = Path(__file__).resolve().parents[2]

SETTING_CHANGES = 260


def write_many_entries(desk: Desk, count: int = SETTING_CHANGES) -> None:
    """Each settings change is one audited transaction, as in daily use."""
    for i in range(count):
        desk.set_idle_lock_minutes(1 + i % 60)


def test_audit_model_loads_page_by_page(qtbot: QtBot, admin_desk: Desk) -> None:
    write_many_entries(admin_desk)
    total = admin_desk.audit_count()
    assert PAGE < total < 2 * PAGE
    section = open_section(qtbot, admin_desk)
    model = section.audit.model
    assert model.rowCount() == PAGE
    assert model.total == total
    assert model.entry_at(0).seq == total  # newest first
    assert model.canFetchMore(QModelIndex())
    assert "200 of" in section.audit.count.text()
    model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    assert model.entry_at(total - 1).seq == 1
    assert not model.canFetchMore(QModelIndex())


def test_scrolling_to_the_end_fetches_more(qtbot: QtBot, admin_desk: Desk) -> None:
    write_many_entries(admin_desk)
    section = open_section(qtbot, admin_desk)
    section.tabs.setCurrentWidget(section.audit)
    model = section.audit.model
    assert model.rowCount() == PAGE
    section.audit.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE, timeout=TASK_TIMEOUT_MS)


def test_filters_and_readable_actions(qtbot: QtBot, admin_desk: Desk) -> None:
    admin_desk.set_idle_lock_minutes(7)
    section = open_section(qtbot, admin_desk)
    audit = section.audit
    model = audit.model
    assert model.index(0, Column.ACTION).data() == "Setting changed"
    assert model.index(0, Column.ACTION).data(3) == "settings.change"  # tool tip: raw code
    audit.action_filter.setCurrentIndex(audit.action_filter.findData("user."))
    assert model.total == 3 and model.rowCount() == 3
    assert {model.entry_at(r).action for r in range(3)} == {"user.add"}
    audit.actor_filter.setCurrentIndex(audit.actor_filter.findData("-"))
    assert model.rowCount() == 1
    assert model.index(0, Column.ACTOR).data() == "(system)"
    assert model.index(0, Column.TARGET).data() == "admin"


def test_verify_chain_ok_then_names_the_altered_entry(qtbot: QtBot, admin_desk: Desk) -> None:
    write_many_entries(admin_desk)
    section = open_section(qtbot, admin_desk)
    audit = section.audit
    finish(qtbot, audit.verify())
    expected = admin_desk.verify_audit()
    text = audit.verdict.text()
    assert "intact" in text
    assert str(expected.entries) in text
    assert expected.head[:16] in text and expected.head[:17] not in text
    assert OK_COLOUR in audit.verdict.styleSheet()

    admin_desk.db(lambda c: (c.execute("DROP TRIGGER audit_no_update"),
                             c.execute("UPDATE audit SET detail='x' WHERE seq=3")))
    finish(qtbot, audit.verify())
    text = audit.verdict.text()
    assert "entry 3 is the first" in text
    assert BAD_COLOUR in audit.verdict.styleSheet()
    assert audit.selected_seq() == 3  # on the second page, loaded to show it
    row = audit.model.row_of_seq(3)
    assert audit.model.index(row, Column.DETAIL).data() == "x"
    assert audit.model.index(row, Column.SEQ).data(1) is not None  # warning icon


def test_a_cancelled_verification_is_not_called_intact(qtbot: QtBot,
                                                       admin_desk: Desk) -> None:
    section = open_section(qtbot, admin_desk)
    audit = section.audit
    verdict = admin_desk.verify_audit()
    audit.show_verdict(verdict, cancelled=True)
    assert "cancelled" in audit.verdict.text()
    assert "intact:" not in audit.verdict.text()


def test_every_action_the_core_audits_has_a_readable_name(admin_desk: Desk) -> None:
    code = re.compile(r'"([a-z_]+\.[a-z_.]+)"')
    found = set()
    for path in (ROOT / "piu_desk" / "core").rglob("*.py"):
        # a call's first lines, or an action kept in a constant
        text = re.sub(r"\n\s+", " ", path.read_text(encoding="utf-8"))
        for line in text.splitlines():
            if re.search(r"audit(_in)?\(|audit\.append\(|_ACTION = ", line):
                found |= {c for c in code.findall(line) if not c.endswith(".json")}
    found |= {f"asset.{k.value}" for k in EventKind}  # record_event: asset.<event kind>
    found |= {f"tipoff.{s.value}" for s in TipOffStatus}  # moves: tipoff.<status>
    assert {"tipoff.add", "asset.handover", "store.upgrade"} <= found  # the scan works
    labels = AuditModel(admin_desk).action_labels()
    assert sorted(found - set(labels)) == []
