"""Tip-offs: grading before assessment, the scheme kept, handling codes, status moves with
who and when, links to records and inspections, the station's scheme, the index."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import AdmiraltyGrade, Scheme, UkGrade
from piu_desk.core.domain.inspection import Inspection
from piu_desk.core.domain.source import SourceSecret
from piu_desk.core.domain.tipoff import (
    Channel,
    Confirmation,
    Destination,
    Handling,
    Status,
    Subject,
    SubjectKind,
    TipOff,
    may_leave_desk,
)
from piu_desk.core.errors import Invalid, NotAllowed
from piu_desk.core.records import inspections, search, sources, tipoffs, vessels
from piu_desk.core.store.search import Kind
from tests.conftest import ADMIN, OFFICER, SUPERVISOR
from tests.core.test_records import a_vessel, arrive


@pytest.fixture
def officer(desk_factory: Callable[[], Desk]) -> Desk:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    return desk


def a_tipoff(**changes: object) -> TipOff:
    base: dict[str, object] = dict(
        id=None, received_at="2026-11-27T21:15", channel=Channel.HOTLINE,
        reporting_officer=OFFICER[0], text="Caller says the Ocean Star carries cigarettes.",
        subjects=(Subject(SubjectKind.CONTAINER, text="CSQU 305438 3"),
                  Subject(SubjectKind.COMPANY, text="  Star   Line  ")),
        handling=Handling.HQ)
    base.update(changes)
    return TipOff(**base)  # type: ignore[arg-type]


def test_log_then_grade_before_assessing(officer: Desk) -> None:
    tid, changes = tipoffs.log(officer, a_tipoff())
    assert changes.touches("tipoffs")
    t = tipoffs.get(officer, tid)
    assert t.status == Status.NEW and t.grade is None
    assert [s.text for s in t.subjects] == ["CSQU3054383", "Star Line"]
    with pytest.raises(Invalid) as exc:
        tipoffs.move(officer, tid, Status.ASSESSED)
    assert exc.value.field == "grade"
    tipoffs.grade(officer, tid, AdmiraltyGrade("B", "2"))
    tipoffs.move(officer, tid, Status.ASSESSED)
    t = tipoffs.get(officer, tid)
    assert (t.status, t.grade) == (Status.ASSESSED, AdmiraltyGrade("B", "2"))
    # once assessed, an edit cannot take the grade away
    with pytest.raises(Invalid):
        tipoffs.update(officer, TipOff(**{**t.__dict__, "grade": None}))


def test_status_moves_record_who_and_when(store, desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(OFFICER[0], OFFICER[2])
    tid, _ = tipoffs.log(desk, a_tipoff(grade=AdmiraltyGrade("C", "3")))
    store.clock.advance(3600)
    tipoffs.move(desk, tid, Status.ASSESSED)
    desk.unlock(SUPERVISOR[0], SUPERVISOR[2])
    store.clock.advance(3600)
    tipoffs.move(desk, tid, Status.ACTIONED)
    with pytest.raises(Invalid):
        tipoffs.move(desk, tid, Status.NEW)
    tipoffs.move(desk, tid, Status.CLOSED)
    t = tipoffs.get(desk, tid)
    assert [(m.status, m.by, m.at[11:16]) for m in t.moves] == [
        (Status.NEW, OFFICER[0], "08:00"), (Status.ASSESSED, OFFICER[0], "09:00"),
        (Status.ACTIONED, SUPERVISOR[0], "10:00"), (Status.CLOSED, SUPERVISOR[0], "10:00")]
    with pytest.raises(Invalid):
        tipoffs.grade(desk, tid, AdmiraltyGrade("A", "1"))  # closed: no more changes
    actions = [e.action for e in desk.audit_page(0, 50, "tipoff.")]
    assert {"tipoff.add", "tipoff.assessed", "tipoff.actioned", "tipoff.closed"} <= set(actions)
    assert all(e.target == f"tip-off {tid}" for e in desk.audit_page(0, 50, "tipoff."))


def test_new_cannot_jump_to_closed(officer: Desk) -> None:
    tid, _ = tipoffs.log(officer, a_tipoff(grade=AdmiraltyGrade("B", "2")))
    with pytest.raises(Invalid):
        tipoffs.move(officer, tid, Status.CLOSED)


def test_the_scheme_is_stored_and_survives_a_setting_change(
        desk_factory: Callable[[], Desk]) -> None:
    desk = desk_factory()
    desk.unlock(ADMIN[0], ADMIN[2])
    assert tipoffs.grading_scheme(desk) == Scheme.ADMIRALTY
    tipoffs.set_grading_scheme(desk, Scheme.UK_3X5X2)
    assert tipoffs.grading_scheme(desk) == Scheme.UK_3X5X2
    uk, _ = tipoffs.log(desk, a_tipoff(grade=UkGrade("2", "C", "P")))
    tipoffs.set_grading_scheme(desk, Scheme.ADMIRALTY)
    adm, _ = tipoffs.log(desk, a_tipoff(grade=AdmiraltyGrade("B", "2")))
    got = tipoffs.get(desk, uk).grade
    assert isinstance(got, UkGrade) and got.code == "2CP" and got.scheme == Scheme.UK_3X5X2
    assert tipoffs.get(desk, adm).grade == AdmiraltyGrade("B", "2")
    assert [(e.target, e.detail) for e in desk.audit_page(0, 5, "settings.change")][:2] == [
        ("grading_scheme", "admiralty"), ("grading_scheme", "uk_3x5x2")]
    desk.unlock(OFFICER[0], OFFICER[2])
    with pytest.raises(NotAllowed):
        tipoffs.set_grading_scheme(desk, Scheme.UK_3X5X2)


def test_handling_codes_and_may_leave_desk() -> None:
    graded = a_tipoff(grade=AdmiraltyGrade("B", "2"), status=Status.ASSESSED)
    hq = TipOff(**{**graded.__dict__, "handling": Handling.HQ})
    hq_only = TipOff(**{**graded.__dict__, "handling": Handling.HQ_ONLY})
    desk_only = TipOff(**{**graded.__dict__, "handling": Handling.DESK_ONLY})
    assert may_leave_desk(hq, "hq") and may_leave_desk(hq, Destination.BEYOND_HQ)
    assert may_leave_desk(hq_only, "hq")
    no = may_leave_desk(hq_only, Destination.BEYOND_HQ)
    assert not no and "not beyond" in no.reason.text
    for where in Destination:
        verdict = may_leave_desk(desk_only, where)
        assert not verdict.allowed and "this desk" in str(verdict.reason)
    ungraded = TipOff(**{**hq.__dict__, "grade": None, "status": Status.NEW})
    assert not may_leave_desk(ungraded, "hq")
    assert a_tipoff().handling == Handling.HQ
    assert TipOff(None, "2026-01-01T00:00", Channel.HOTLINE, "x", "y").handling \
        == Handling.DESK_ONLY  # nothing leaves unless someone said so


def test_channel_and_source_code_go_together(officer: Desk) -> None:
    with pytest.raises(Invalid) as exc:
        tipoffs.log(officer, a_tipoff(channel=Channel.HUMAN_SOURCE))
    assert exc.value.field == "source_code"
    with pytest.raises(Invalid):
        tipoffs.log(officer, a_tipoff(source_code="PIU-KOS-S01"))  # hotline names no source
    with pytest.raises(Invalid):  # not in the register
        tipoffs.log(officer, a_tipoff(channel=Channel.HUMAN_SOURCE, source_code="PIU-KOS-S01"))
    officer.unlock(SUPERVISOR[0], SUPERVISOR[2])
    sources.add(officer, "PIU-KOS-S01", SourceSecret("Someone Real"))
    officer.unlock(OFFICER[0], OFFICER[2])
    tid, _ = tipoffs.log(officer, a_tipoff(channel=Channel.HUMAN_SOURCE,
                                           source_code="piu-kos-s01"))
    assert tipoffs.get(officer, tid).source_code == "PIU-KOS-S01"
    assert [s.code for s in sources.codes(officer)] == ["PIU-KOS-S01"]


def test_invalid_input_is_refused(officer: Desk) -> None:
    for bad, field in ((a_tipoff(text="  "), "text"), (a_tipoff(received_at="yesterday"),
                                                       "received_at"),
                       (a_tipoff(subjects=(Subject(SubjectKind.CONTAINER, text="CSQU3054384"),)),
                        "subjects"),
                       (a_tipoff(subjects=(Subject(SubjectKind.VESSEL),)), "subjects")):
        with pytest.raises(Invalid) as exc:
            tipoffs.log(officer, bad)
        assert exc.value.field == field
    with pytest.raises(Invalid):  # a linked record that does not exist
        tipoffs.log(officer, a_tipoff(subjects=(Subject(SubjectKind.VESSEL, 999),)))


def test_links_to_records_inspections_and_the_index(officer: Desk) -> None:
    vid, _ = vessels.register(officer, a_vessel())
    pid = arrive(officer, vid)
    tid, _ = tipoffs.log(officer, a_tipoff(subjects=(
        Subject(SubjectKind.VESSEL, vid), Subject(SubjectKind.PORT_CALL, pid),
        Subject(SubjectKind.CONTAINER, text="MSKU1234565"))))
    t = tipoffs.get(officer, tid)
    assert [s.text for s in t.subjects] == ["OCEAN STAR", "OCEAN STAR 2026-11-27",
                                            "MSKU1234565"]
    assert [x.id for x in tipoffs.about(officer, SubjectKind.VESSEL, vid)] == [tid]
    iid, _ = inspections.record(officer, Inspection(None, pid, "2026-11-28T09:00",
                                                    (OFFICER[0],)))
    tipoffs.link_inspection(officer, tid, iid)
    assert tipoffs.get(officer, tid).inspection_ids == (iid,)
    assert [x.id for x in tipoffs.of_inspection(officer, iid)] == [tid]
    hits = search.search(officer, "MSKU1234565")
    assert [(h.kind, h.ref) for h in hits] == [(Kind.TIPOFF, tid)]
    assert search.search(officer, "cigarettes")[0].kind == Kind.TIPOFF
    tipoffs.unlink_inspection(officer, tid, iid)
    assert tipoffs.get(officer, tid).inspection_ids == ()


def test_listing_by_status_and_confirmation(officer: Desk) -> None:
    a, _ = tipoffs.log(officer, a_tipoff(received_at="2026-11-01T10:00",
                                         grade=AdmiraltyGrade("B", "2")))
    b, _ = tipoffs.log(officer, a_tipoff(received_at="2026-11-02T10:00"))
    tipoffs.move(officer, a, Status.ASSESSED)
    tipoffs.set_confirmation(officer, a, Confirmation.CONFIRMED)
    assert [t.id for t in tipoffs.page(officer, 0, 10)] == [b, a]
    assert [t.id for t in tipoffs.page(officer, 0, 10, Status.ASSESSED)] == [a]
    assert (tipoffs.count(officer), tipoffs.count(officer, Status.NEW)) == (2, 1)
    assert tipoffs.get(officer, a).confirmation == Confirmation.CONFIRMED
