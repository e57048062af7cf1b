"""Audit trail queries and the moment a backup is recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from piu_desk.core import maintenance
from piu_desk.core.desk import Desk
from piu_desk.core.errors import FileProblem


def test_action_prefix_is_literal_and_actor_exact(admin_desk: Desk) -> None:
    total = admin_desk.audit_count()
    assert admin_desk.audit_count("user.") == 3  # admin at creation, then two added users
    assert admin_desk.audit_count("user%") == 0  # a wildcard is just a character
    assert admin_desk.audit_count("_ser") == 0
    assert admin_desk.audit_count(actor="admin") < total
    assert admin_desk.audit_count(actor="adm%") == 0
    newest = admin_desk.audit_page(0, 2, actor="admin")
    assert [e.actor for e in newest] == ["admin", "admin"]
    assert newest[0].seq > newest[1].seq


def test_a_failed_backup_leaves_no_backup_entry(admin_desk: Desk, tmp_path: Path) -> None:
    before = admin_desk.audit_count("store.backup")
    with pytest.raises(FileProblem):
        maintenance.backup_to(admin_desk, tmp_path / "no-such-folder" / "b.piubak")
    assert admin_desk.audit_count("store.backup") == before
    maintenance.backup_to(admin_desk, tmp_path / "b.piubak")
    assert admin_desk.audit_count("store.backup") == before + 1


def test_a_cancelled_verification_is_not_complete(admin_desk: Desk) -> None:
    for _ in range(250):  # enough entries to reach the cancel check (every 200)
        admin_desk.set_idle_lock_minutes(5)
    verdict = admin_desk.verify_audit(cancel=lambda: True)
    assert not verdict.complete and verdict.entries == 200
    assert admin_desk.verify_audit().complete
