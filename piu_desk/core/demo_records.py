"""Synthetic records for the demo store, so every screen has something to show.

Forty vessels of the region (demo_fleet) call at Sihanoukville over the last 60 days (about
150 port calls, up to today); most calls have a crew list of seafarers who come back call
after call with the same passport (demo_people), a few with a renewed passport, a typo or a
wrong date of birth, so linking has suggestions to offer. About forty inspections in every
status, two incidents with persons found aboard (stowaways from Myanmar, one of them a
minor; a possible trafficking case). Deterministic: one seeded random generator, dates
relative to the desk's clock.

Everything goes through the record services, as the officers named in the demo accounts
(boarding officers vanna and rithy, supervisors sopheap and admin), so the audit trail and
the search index are filled as they would be at a real desk.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from piu_desk.core.demo_fleet import AGENTS, FLEET, DemoVessel
from piu_desk.core.demo_people import (
    Crewing,
    Roster,
    Seafarer,
    birth_typo,
    misspelt_with_seaman_book,
    renewed_passport,
)
from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, Direction, PersonAboard, Vulnerability
from piu_desk.core.domain.inspection import Inspection, InspectionType, Outcome, Risk, Status
from piu_desk.core.domain.vessel import PortCall
from piu_desk.core.records import crew, inspections, port_calls, vessels

SEED = 20260312
DAYS = 60
OFFICERS = ("vanna", "rithy")
ARRIVED_TODAY = ("KOH RONG EXPRESS", "ANGKOR SPIRIT", "SIAM PETRO 3", "TONLE SAP")
STOWAWAYS, TRAFFICKING, DETAINED = "LUCKY STAR 88", "SOR CHAROEN 12", "HAI XIANG 68"
INCIDENT_HOURS_AGO = {STOWAWAYS: 5 * 24 + 3, TRAFFICKING: 2 * 24 + 5, DETAINED: 9 * 24 + 2}
Variant = Callable[[Seafarer, Crewing], Seafarer]
# Seafarers who turn up again under a slightly different identity: (vessel, nationality,
# how the identity differs).
VARIANTS: tuple[tuple[str, str, Variant], ...] = (
    ("OCEAN TREASURE", "VNM", renewed_passport),
    ("ATLANTIC GRACE", "PHL", misspelt_with_seaman_book),
    ("LION CITY TRADER", "MMR", birth_typo))


@dataclass
class Call:
    ship: DemoVessel
    vessel_id: int
    arrival: datetime
    id: int = 0
    berth: str = ""
    crew: Roster = field(default_factory=list)
    listed: bool = False  # a crew list was recorded

    @property
    def moment(self) -> str:
        return self.arrival.isoformat(timespec="minutes")


@dataclass
class Plan:
    """One inspection and where it ends up."""

    call: Call
    by: str
    officers: tuple[str, ...]
    type: InspectionType
    risk: Risk
    outcome: Outcome
    findings: str
    status: Status
    reviewer: str = ""
    comment: str = ""
    amendment: tuple[str, str] = ("", "")  # (added findings, reason)
    id: int = 0


def seed(desk: Desk) -> None:
    """The demo seeder (DEMO_SEEDERS); leaves the desk unlocked as the demo administrator."""
    from piu_desk.core.demo import DEMO_ACCOUNTS  # the demo module imports this one

    passwords = {a.username: a.password for a in DEMO_ACCOUNTS}
    now = datetime.fromisoformat(desk.now()).astimezone().replace(tzinfo=None, second=0,
                                                                   microsecond=0)
    rng = random.Random(SEED)
    crewing = Crewing(rng, now.date())
    desk.unlock("vanna", passwords["vanna"])
    calls = _port_calls(desk, rng, crewing, now)
    plans = _plan_inspections(rng, calls, now)
    _record_inspections(desk, [p for p in plans if p.by == "vanna"])
    desk.unlock("rithy", passwords["rithy"])
    _record_inspections(desk, [p for p in plans if p.by == "rithy"])
    _persons_aboard(desk, calls, now.date())
    for reviewer in ("sopheap", "admin"):
        desk.unlock(reviewer, passwords[reviewer])
        _review(desk, [p for p in plans if p.reviewer == reviewer])


# -- vessels, port calls, crew lists ------------------------------------------------------
def _port_calls(desk: Desk, rng: random.Random, crewing: Crewing, now: datetime) -> list[Call]:
    calls: list[Call] = []
    for ship in FLEET:
        vessel_id, _ = vessels.register(desk, ship.vessel(), despite_duplicates=True)
        calls += [Call(ship, vessel_id, moment) for moment in _arrivals(rng, ship, now)]
    calls.sort(key=lambda c: c.arrival)
    latest = {c.ship.name: c for c in calls}
    rosters: dict[str, Roster] = {}
    seen: list[Seafarer] = []
    for call in calls:
        ship, profile = call.ship, call.ship.profile
        if ship.name not in rosters:
            roster = crewing.roster(ship.crew, ship.kind, rng.randint(*profile.crew))
            if ship.name == TRAFFICKING and not any(s.nationality == "KHM" for _, s in roster):
                roster[-1] = (roster[-1][0], crewing.new("KHM"))
        elif ship.name == TRAFFICKING:
            roster = rosters[ship.name]  # nobody leaves that boat
        else:
            roster = crewing.rotate(rosters[ship.name])
        for name, nationality, variant in VARIANTS:
            if name == ship.name and latest[name] is call:
                roster = _swap_in(roster, nationality, variant, crewing, seen)
        rosters[ship.name] = call.crew = roster
        call.berth = rng.choice(profile.berths)
        call.id = _record_call(desk, rng, call, now)
        incident = ship.name in INCIDENT_HOURS_AGO and latest[ship.name] is call
        changed = any(name == ship.name and latest[name] is call for name, _, _ in VARIANTS)
        if incident or changed or rng.random() < 0.87:
            _record_crew_list(desk, rng, call, now.date(), hide_one=ship.name == TRAFFICKING
                              and incident)
            seen += [s for _, s in roster]
    return calls


def _arrivals(rng: random.Random, ship: DemoVessel, now: datetime) -> list[datetime]:
    every = ship.profile.every_days * rng.uniform(0.9, 1.1)
    if ship.name in INCIDENT_HOURS_AGO:
        first = now - timedelta(hours=INCIDENT_HOURS_AGO[ship.name])
    elif ship.name in ARRIVED_TODAY:
        midnight = now.replace(hour=0, minute=0)
        first = midnight + (now - midnight) * rng.uniform(0.15, 0.85)
    else:
        first = now - timedelta(days=rng.uniform(0.3, every))
    out, moment = [], first
    while moment > now - timedelta(days=DAYS):
        out.append(moment.replace(minute=moment.minute // 5 * 5, second=0, microsecond=0))
        moment -= timedelta(days=every * rng.uniform(0.85, 1.15))
    return out


def _record_call(desk: Desk, rng: random.Random, call: Call, now: datetime) -> int:
    ship = call.ship
    departure = call.arrival + timedelta(hours=rng.randint(*ship.profile.stay_hours))
    detained = ship.name == DETAINED and call.arrival > now - timedelta(days=10)
    still_in = departure > now or detained
    week = call.arrival.isocalendar()
    voyage = {"container": f"{week.year % 100}{week.week:02d}{rng.choice('NS')}",
              "ferry": f"KR-{call.arrival:%m%d}", "fishing": ""}.get(
                  ship.kind, f"V.{rng.randint(101, 260)}")
    passengers = rng.randint(60, 240) if ship.kind == "ferry" else None
    pid, _ = port_calls.record_arrival(desk, PortCall(
        None, call.vessel_id, call.moment,
        departure="" if still_in else departure.isoformat(timespec="minutes"),
        last_port=rng.choice(ship.last_ports), next_port=rng.choice(ship.next_ports),
        berth=call.berth, agent=rng.choice(AGENTS), voyage_number=voyage,
        crew_count=len(call.crew), passenger_count=passengers))
    return pid


def _record_crew_list(desk: Desk, rng: random.Random, call: Call, today: date, *,
                      hide_one: bool) -> None:
    roster = call.crew
    if hide_one:  # the skipper leaves a man off the list: he is found aboard instead
        roster = [r for r in roster if r[1] is not _trafficked(call.crew)]
    diacritics = call.ship.flag == "VNM" and rng.random() < 0.5
    members = tuple(s.member(i + 1, rank, diacritics=diacritics)
                    for i, (rank, s) in enumerate(roster))
    source = "manual" if rng.random() < 0.4 else \
        f"CrewList_{call.ship.name.replace(' ', '_')}_{call.arrival:%Y%m%d}.xlsx"
    crew.save_list(desk, CrewList(None, call.id, Direction.ARRIVAL, source, members), today)
    call.listed = True


def _swap_in(roster: Roster, nationality: str, variant: Variant, crewing: Crewing,
             seen: list[Seafarer]) -> Roster:
    """A seafarer seen on an earlier call joins this crew under a slightly different
    identity (a new passport, a misspelt name, a wrong date of birth); preferably one who
    has signed off, with a two-word family name for the typo."""
    aboard = {s.document for _, s in roster}
    ashore = {s.document for s in crewing.ashore.get(nationality, [])}
    candidates = sorted((s for s in dict.fromkeys(seen) if s.nationality == nationality
                         and s.document not in aboard),
                        key=lambda s: (" " not in s.family, s.document not in ashore))
    if not candidates:
        return roster
    at = len(roster) - 2
    return [*roster[:at], (roster[at][0], variant(candidates[0], crewing)), *roster[at + 1:]]


def _trafficked(roster: Roster) -> Seafarer:
    """The Cambodian fisherman of the trafficking case: on earlier lists, not on the last."""
    return next(s for rank, s in reversed(roster) if s.nationality == "KHM")


# -- inspections --------------------------------------------------------------------------
CLEARED = (
    "Routine boarding at {berth}. Crew list checked against passports and seaman's books: "
    "{crew} of {crew} crew sighted. Certificates and the list of the last ten ports in order; "
    "no persons other than crew found aboard. The master was cooperative.",
    "Boarded with the Immigration Police. {crew} crew sighted, all documents valid. "
    "Accommodation, engine room and steering-gear flat searched; nothing found.",
    "Crew list and passports checked; {crew} crew sighted. The passport of {name} ({rank}) "
    "expires on {expiry}; the master was advised to have it renewed before the next call.",
)
REFERRED = (
    "12 cartons of cigarettes and 6 bottles of spirits found undeclared in the engine-room "
    "store. Items and the master's statement handed to the Customs office at the port.",
    "{name} ({rank}) is on the crew list but was not aboard; the master says he went ashore "
    "last night without a shore pass. Referred to the Immigration Police.",
)
TYRES = ("Four containers declared as used tyres weigh about 30% more than the manifest "
         "says. Container numbers passed to Customs for scanning; referred.")
DENIED = ("{name} ({rank}) presented a passport that its holder reported lost. Shore leave "
          "refused; the seafarer stays aboard until departure. Referred to Immigration.")
RETURN_COMMENTS = (
    "Say which crew members were sighted and which were ashore, then resubmit.",
    "Add the number and issuing state of the passport you mention, and a photo of its data "
    "page.",
    "The risk is marked low although the vessel came from a port on the watchlist: explain "
    "why, or change the risk.",
)
STOWAWAY_FINDINGS = (
    "The master reported three stowaways found in the bosun's store on the second day out of "
    "Laem Chabang. Boarded with the Immigration Police: three Myanmar nationals without "
    "documents, one of them 15 years old. All three taken off the vessel and handed to the "
    "Immigration Police; the minor referred to the Department of Social Affairs. "
    "{crew} crew sighted.")
TRAFFICKING_FINDINGS = (
    "Follow-up of a tip-off from the fishing community about Cambodian men held on a Thai "
    "fishing vessel. Two Cambodian men found aboard who are not on the crew list; both say "
    "the skipper keeps their passports and that they have not been paid for months. One has "
    "an untreated hand injury. Both taken to the health post and referred to the "
    "Anti-Human Trafficking police; the skipper was questioned.")
DETAINED_FINDINGS = (
    "AIS transmits MMSI {mmsi}, whose MID is Chinese, while the registry certificate shows "
    "the Cambodian flag since 2023; the fishing licence aboard is in the former name MIN LONG "
    "YU 68. About 18 t of frozen fish without a landing declaration. Vessel detained at the "
    "Fishing Port jetty pending the Fisheries Administration's inquiry.")


def _plan_inspections(rng: random.Random, calls: list[Call], now: datetime) -> list[Plan]:
    special = {STOWAWAYS: (InspectionType.TARGETED, Outcome.PERSONS_REMOVED,
                           STOWAWAY_FINDINGS, Status.APPROVED),
               TRAFFICKING: (InspectionType.FOLLOW_UP, Outcome.REFERRED, TRAFFICKING_FINDINGS,
                             Status.SUBMITTED),
               DETAINED: (InspectionType.TARGETED, Outcome.DETAINED, DETAINED_FINDINGS,
                          Status.APPROVED)}
    latest = {c.ship.name: c for c in calls}
    chosen = [c for c in calls if c.listed and c.ship.name not in special
              and c.ship.kind != "ferry"]
    picked = rng.sample(chosen, 34) if len(chosen) > 34 else chosen
    picked += [latest[n] for n in ARRIVED_TODAY if latest[n] not in picked and
               latest[n].ship.kind != "ferry"]
    picked.sort(key=lambda c: c.arrival)
    count = len(picked)
    plans: list[Plan] = []
    for i, call in enumerate(picked):
        status = (Status.DRAFT if i >= count - 7 else Status.SUBMITTED if i >= count - 14
                  else Status.RETURNED if i % 5 == 4 and i >= count - 30 else Status.APPROVED)
        plans.append(_generic_plan(rng, call, i, status))
    referred = [p for p in plans if p.status == Status.APPROVED and p.outcome == Outcome.REFERRED]
    if referred:
        target = referred[0]
        target.findings = _fill(TYRES, target.call)
        target.amendment = (
            "Amendment: Customs scanned the four containers; the extra weight is water in "
            "the stacked tyres, no contraband.",
            "Customs result received after approval: nothing illegal in the four containers.")
    for name, (kind, outcome, text, status) in special.items():
        call = latest[name]
        plans.append(Plan(call, "rithy", ("rithy", "vanna"), kind, Risk.HIGH, outcome,
                          _fill(text, call), status, "sopheap" if status == Status.APPROVED
                          else ""))
    return plans


def _generic_plan(rng: random.Random, call: Call, i: int, status: Status) -> Plan:
    by = OFFICERS[i % 2]
    other = rng.choice(("vanna", "rithy", "chenda"))
    officers = (by,) if other == by or rng.random() < 0.5 else (by, other)
    kind = rng.choices(list(InspectionType), weights=(70, 25, 5))[0]
    roll = rng.random()
    outcome, template = ((Outcome.CLEARED, rng.choice(CLEARED)) if roll < 0.75 else
                         (Outcome.REFERRED, rng.choice(REFERRED)) if roll < 0.95 else
                         (Outcome.DENIED_ENTRY, DENIED))
    risk = Risk.LOW if outcome == Outcome.CLEARED and roll < 0.6 else Risk.MEDIUM
    findings = _fill(template, call)
    if status == Status.DRAFT and rng.random() < 0.6:
        outcome, findings = Outcome.PENDING, "Boarding in progress; crew list being checked."
    reviewer = "" if status in (Status.DRAFT, Status.SUBMITTED) else \
        "sopheap" if status == Status.RETURNED or rng.random() < 0.65 else "admin"
    comment = rng.choice(RETURN_COMMENTS) if status == Status.RETURNED else ""
    return Plan(call, by, officers, kind, risk, outcome, findings, status, reviewer, comment)


def _fill(template: str, call: Call) -> str:
    rank, someone = call.crew[min(5, len(call.crew) - 1)]
    return template.format(berth=call.berth, crew=len(call.crew), rank=rank,
                           name=f"{someone.given} {someone.family}".strip(),
                           expiry=someone.expiry, mmsi=call.ship.mmsi)


def _record_inspections(desk: Desk, plans: list[Plan]) -> None:
    for plan in plans:
        started = plan.call.arrival + timedelta(minutes=50 + 17 * (plan.call.id % 7))
        plan.id, _ = inspections.record(desk, Inspection(
            None, plan.call.id, started.isoformat(timespec="minutes"), plan.officers,
            plan.type, plan.findings, plan.risk, plan.outcome))
        if plan.status != Status.DRAFT:
            inspections.submit(desk, plan.id)


def _review(desk: Desk, plans: list[Plan]) -> None:
    for plan in plans:
        if plan.status == Status.RETURNED:
            inspections.return_for_changes(desk, plan.id, plan.comment)
            continue
        inspections.approve(desk, plan.id)
        added, reason = plan.amendment
        if added:
            current = inspections.get(desk, plan.id)
            inspections.amend(desk, replace(current, findings=f"{current.findings}\n\n{added}",
                                            outcome=Outcome.CLEARED, risk=Risk.LOW), reason)


# -- persons found aboard -------------------------------------------------------------------
def _persons_aboard(desk: Desk, calls: list[Call], today: date) -> None:
    stowaways = next(c for c in reversed(calls) if c.ship.name == STOWAWAYS)
    boarded = ("Found by the crew in the bosun's store on the second day out of Laem "
               "Chabang; no documents. Says a broker in Mae Sot took 15,000 baht to get "
               "him aboard.")
    minor_born = today - timedelta(days=15 * 365 + 140)
    for family, age, born, extra in (("KYAW MIN HTET", 24, "", frozenset()),
                                     ("AUNG THURA", 19, "", frozenset({Vulnerability.MEDICAL})),
                                     ("MYO ZAW", None, minor_born.isoformat(), frozenset())):
        crew.record_person_aboard(desk, PersonAboard(
            None, stowaways.id, family, "", "MMR", born, age, "M", boarded, extra), today)
    boat = next(c for c in reversed(calls) if c.ship.name == TRAFFICKING)
    known = _trafficked(boat.crew)
    held = ("Not on the crew list. Says he was recruited in Poipet for factory work in "
            "Thailand, put on the boat in Songkhla, and not paid for seven months; the skipper "
            "keeps his passport.")
    crew.record_person_aboard(desk, PersonAboard(
        None, boat.id, known.family, known.given, "KHM", "",
        today.year - int(known.birth[:4]), "M", held,
        frozenset({Vulnerability.TRAFFICKING})), today)
    crew.record_person_aboard(desk, PersonAboard(
        None, boat.id, "NHEM", "SAMBATH", "KHM", "", 22, "M",
        held + " Hand injured by a winch three weeks ago, untreated.",
        frozenset({Vulnerability.TRAFFICKING, Vulnerability.MEDICAL})), today)
