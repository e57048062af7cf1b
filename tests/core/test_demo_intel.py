"""The demo's intelligence, and `piu-desk tipoff list` over it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from piu_desk.core.demo import DEMO_ACCOUNTS
from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import Scheme
from piu_desk.core.domain.tipoff import Status, SubjectKind
from piu_desk.core.records import sources, tipoffs
from tests.conftest import CHEAP_KDF, FakeClock
from tests.core.test_cli_records import demo, run

__all__ = ["demo"]
PASSWORDS = {a.username: a.password for a in DEMO_ACCOUNTS}


def test_the_demo_has_graded_tipoffs_and_sealed_sources(demo: Path) -> None:
    with Desk.open(demo, clock=FakeClock(), kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF) as desk:
        desk.unlock("admin", PASSWORDS["admin"])
        found = tipoffs.page(desk, 0, 100)
        assert len(found) == 15
        assert len(Counter(t.channel for t in found)) == 5
        assert set(Counter(t.status for t in found)) == set(Status)
        assert Counter(t.grade.scheme for t in found if t.grade)[Scheme.UK_3X5X2] == 1
        assert tipoffs.grading_scheme(desk) == Scheme.ADMIRALTY
        kinds = {s.kind for t in found for s in t.subjects}
        assert {SubjectKind.VESSEL, SubjectKind.PORT_CALL, SubjectKind.CONTAINER} <= kinds
        assert sum(1 for t in found if t.inspection_ids) == 2
        assert [s.code for s in sources.codes(desk)] == ["PIU-KOS-S01", "PIU-KOS-S02",
                                                         "PIU-KOS-S03"]
        assert sources.identity(desk, "PIU-KOS-S01").identity.startswith("Fictional")
        assert sources.reliability(desk, "PIU-KOS-S01").confirmed == 2


def test_tipoff_list(demo: Path, capsys: pytest.CaptureFixture[str],
                     monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = run(capsys, monkeypatch, demo, "tipoff", "list", "--status", "new",
                       "--json", user="vanna", stdin=PASSWORDS["vanna"] + "\n")
    data = json.loads(out)
    assert code == 0 and data["total"] == 4
    assert {t["status"] for t in data["tipoffs"]} == {"new"}
    code, out, _ = run(capsys, monkeypatch, demo, "tipoff", "list")
    assert code == 0 and out.strip().endswith("15 of 15 tip-offs.")
    assert "B2 (admiralty)" in out and "2CP (uk_3x5x2)" in out and "Fictional" not in out
