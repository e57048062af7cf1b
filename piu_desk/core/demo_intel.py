"""Demo intelligence (DEMO_SEEDERS): three human sources and fifteen tip-offs across
channels, grades (Admiralty; one UK 3x5x2 from before the station changed its setting),
statuses and handling codes, about demo vessels, persons and port calls, one container,
two followed up by inspections. Every identity here is fictional.

Runs after demo_records (which leaves the desk unlocked as the demo administrator, a
supervisor holding the supervisor key, so the sources can be sealed).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from piu_desk.core.desk import Desk
from piu_desk.core.domain.grading import AdmiraltyGrade, Grade, Scheme, UkGrade
from piu_desk.core.domain.source import SourceSecret
from piu_desk.core.domain.tipoff import (
    Channel,
    Confirmation,
    Handling,
    Status,
    Subject,
    SubjectKind,
    TipOff,
)
from piu_desk.core.records import inspections, search, sources, tipoffs, vessels
from piu_desk.core.store.search import Kind

SOURCES = (
    ("PIU-KOS-S01", SourceSecret("Fictional: Touch Sambath, forklift driver, berth 3",
                                 "Meets at the fish market, Tuesdays", "Paid per report.")),
    ("PIU-KOS-S02", SourceSecret("Fictional: Ly Chanthou, ship chandler",
                                 "Through the chandlery's landline", "Reliable on timings.")),
    ("PIU-KOS-S03", SourceSecret("Fictional: Mr. Phan Quoc, agent's clerk", "", "New, untested.")),
)
FAMILY_NAMES = ("nguyen", "tran", "santos", "reyes", "wang", "li")

# (days ago, channel, source, grade, status, handling, confirmation, text)
PLANS: tuple[tuple[int, Channel, str, Grade | None, Status, Handling, Confirmation, str],
             ...] = (
    (60, Channel.HUMAN_SOURCE, "PIU-KOS-S01", UkGrade("2", "C", "P"), Status.CLOSED,
     Handling.HQ_ONLY, Confirmation.CONFIRMED,
     "Cartons of cigarettes moved from the vessel to a truck at night."),
    (40, Channel.HUMAN_SOURCE, "PIU-KOS-S01", AdmiraltyGrade("B", "2"), Status.CLOSED,
     Handling.HQ, Confirmation.CONFIRMED, "Crew member offering passage to Thailand for cash."),
    (30, Channel.HUMAN_SOURCE, "PIU-KOS-S02", AdmiraltyGrade("B", "3"), Status.ACTIONED,
     Handling.HQ, Confirmation.OPEN, "Stores delivered that do not match the crew size."),
    (25, Channel.PARTNER_AGENCY, "", AdmiraltyGrade("A", "2"), Status.ACTIONED,
     Handling.HQ_ONLY, Confirmation.CONFIRMED,
     "Customs: a container declared as furniture weighs twice the expected mass."),
    (21, Channel.HOTLINE, "", AdmiraltyGrade("F", "3"), Status.CLOSED, Handling.DESK_ONLY,
     Confirmation.NOT_CONFIRMED, "Caller reports shouting aboard a fishing vessel at anchor."),
    (18, Channel.OPEN_SOURCE, "", AdmiraltyGrade("C", "3"), Status.ASSESSED, Handling.HQ,
     Confirmation.OPEN, "News report: the vessel's former owner was sanctioned."),
    (14, Channel.OWN_OBSERVATION, "", AdmiraltyGrade("B", "1"), Status.ASSESSED,
     Handling.HQ, Confirmation.CONFIRMED, "Officers saw the same agent meet three crews."),
    (12, Channel.HUMAN_SOURCE, "PIU-KOS-S03", AdmiraltyGrade("F", "4"), Status.CLOSED,
     Handling.DESK_ONLY, Confirmation.NOT_CONFIRMED, "Passengers hidden in the engine room."),
    (9, Channel.HUMAN_SOURCE, "PIU-KOS-S02", AdmiraltyGrade("B", "2"), Status.ASSESSED,
     Handling.HQ_ONLY, Confirmation.OPEN, "A cook signed on without a seafarer's book."),
    (7, Channel.PARTNER_AGENCY, "", AdmiraltyGrade("B", "2"), Status.ASSESSED,
     Handling.HQ, Confirmation.OPEN, "Police: a wanted person may try to leave as crew."),
    (5, Channel.HOTLINE, "", None, Status.NEW, Handling.DESK_ONLY, Confirmation.OPEN,
     "Anonymous caller: drugs in the lifeboat."),
    (4, Channel.OPEN_SOURCE, "", None, Status.NEW, Handling.HQ, Confirmation.OPEN,
     "Social media post offers jobs on fishing vessels with no experience needed."),
    (3, Channel.HUMAN_SOURCE, "PIU-KOS-S01", AdmiraltyGrade("B", "3"), Status.ASSESSED,
     Handling.DESK_ONLY, Confirmation.OPEN, "Fuel transferred to a small boat offshore."),
    (2, Channel.OWN_OBSERVATION, "", None, Status.NEW, Handling.DESK_ONLY, Confirmation.OPEN,
     "Crew list shows two seafarers with the same passport number."),
    (1, Channel.HUMAN_SOURCE, "PIU-KOS-S03", None, Status.NEW, Handling.DESK_ONLY,
     Confirmation.OPEN, "The vessel will change its name at the next port."),
)
PATH = {Status.NEW: (), Status.ASSESSED: (Status.ASSESSED,),
        Status.ACTIONED: (Status.ASSESSED, Status.ACTIONED),
        Status.CLOSED: (Status.ASSESSED, Status.ACTIONED, Status.CLOSED)}


def _subjects(desk: Desk) -> list[tuple[Subject, ...]]:
    """Subjects for the plans in turn: vessels with a port call, persons, a container."""
    found: list[tuple[Subject, ...]] = []
    for v in vessels.page(desk, 0, 8):
        calls = vessels.port_calls(desk, v.id or 0)
        found.append((Subject(SubjectKind.VESSEL, v.id),) + (
            (Subject(SubjectKind.PORT_CALL, calls[0].id),) if calls else ()))
    persons = [h.ref for name in FAMILY_NAMES
               for h in search.search(desk, name, 2, frozenset({Kind.PERSON}))]
    found += [(Subject(SubjectKind.PERSON, p),) for p in persons[:4]]
    found.insert(3, (Subject(SubjectKind.CONTAINER, text="MSKU1234565"),
                     Subject(SubjectKind.COMPANY, text="Golden Lotus Trading Co., Ltd.")))
    return found


def seed(desk: Desk) -> None:
    for code, secret in SOURCES:
        sources.add(desk, code, secret)
    tipoffs.set_grading_scheme(desk, Scheme.UK_3X5X2)  # the station's first setting
    now = datetime.fromisoformat(desk.now()).replace(second=0, microsecond=0, tzinfo=None)
    subjects = _subjects(desk)
    logged: list[tuple[int, tuple[Subject, ...]]] = []
    for n, (days, channel, code, grade, status, handling, confirmation, text) in \
            enumerate(PLANS):
        about = subjects[n % len(subjects)] if subjects else ()
        tid, _ = tipoffs.log(desk, TipOff(
            None, (now - timedelta(days=days, hours=n)).isoformat(timespec="minutes"),
            channel, "vanna" if n % 3 else "rithy", text, about, code, grade, handling))
        for step in PATH[status]:
            tipoffs.move(desk, tid, step)
        if confirmation != Confirmation.OPEN:
            tipoffs.set_confirmation(desk, tid, confirmation)
        logged.append((tid, about))
        if n == 0:
            tipoffs.set_grading_scheme(desk, Scheme.ADMIRALTY)  # changed after the first
    followed = 0
    for tid, about in logged:
        calls = [s.ref for s in about if s.kind == SubjectKind.PORT_CALL and s.ref]
        done = inspections.of_port_call(desk, calls[0]) if calls else []
        if done and followed < 2:
            tipoffs.link_inspection(desk, tid, done[0].id or 0)
            followed += 1
