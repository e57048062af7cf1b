"""Realistic records for the screenshots of the record screens: vessels of the region, a
month of arrivals at Sihanoukville, crew lists, persons found aboard, inspections. Made
through the core services, as an officer would make them."""

from __future__ import annotations

from datetime import date, timedelta

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewList, CrewMember, Direction, PersonAboard, Vulnerability
from piu_desk.core.domain.inspection import Inspection, InspectionType, Outcome, Risk
from piu_desk.core.domain.vessel import FormerIdentity, PortCall, Vessel
from piu_desk.core.records import crew, inspections, port_calls, vessels

TODAY = date(2026, 11, 28)

FLEET = [  # name, flag, IMO, MMSI, call sign, AIS type, GT, owner, former identities
    ("MV Hai Phong Star", "VNM", "9074729", "574123456", "XVHS7", 70, 4200,
     "Hai Phong Maritime JSC", (FormerIdentity("PHUONG DONG 05", "VNM", "2009-03-01",
                                               "2017-06-30"),)),
    ("KM Sinar Jaya", "IDN", "9176187", "525012345", "YBCD2", 70, 2900,
     "PT Sinar Jaya Lines", ()),
    ("MV Ocean Pearl", "PAN", "9354129", "357123000", "3EAB7", 80, 12500,
     "Ocean Pearl Shipping S.A.", (FormerIdentity("SEA PEARL", "LBR", "2006-01-10",
                                                  "2015-02-01"),)),
    ("MV Blue Mekong", "KHM", "9187655", "574987001", "XUBM4", 60, 1800,
     "Mekong Express Co., Ltd.", (FormerIdentity("BLUE MEKONG", "VNM", "", "2024-05-01"),)),
    ("MT Kota Bahagia", "MYS", "9234563", "533110220", "9MKB3", 81, 8900,
     "Bahagia Tankers Sdn Bhd", ()),
    ("MV Siam Glory", "THA", "9678903", "567001234", "HSGL2", 79, 6100,
     "Glory Marine Co., Ltd.", ()),
    ("KK 0521 Sok San", "KHM", None, "514001521", None, 30, 45, "Sok San fishing family", ()),
    ("TG 93112 TS", "VNM", None, "574900112", None, 30, 92, "Tien Giang fishing co-op", ()),
    ("Sor Charoen 8", "THA", None, None, "HS8SC", 30, 120, "Sor Charoen Fishery", ()),
    ("MV Lancang Trader", "CHN", "9512343", "413556001", "BLTR9", 70, 9800,
     "Lancang Shipping Co.", ()),
]

ROUTES = [("VNSGN", "SGSIN"), ("IDTPP", "THLCH"), ("SGSIN", "VNCMT"), ("VNPQC", "KHPNH"),
          ("MYPKG", "SGSIN"), ("THLCH", "VNSGN"), ("", ""), ("VNPQC", ""), ("THSGZ", ""),
          ("CNSHK", "THBKK")]
AGENTS = ["Kampuchea Shipping Agency", "Sihanoukville Port Services", "Mekong Agencies",
          "ក្រុមហ៊ុន​ដឹកជញ្ជូន​កំពង់សោម"]

VIETNAMESE = [("Nguyễn", "Văn Hùng", "Master"), ("Trần", "Quốc Bảo", "Chief Officer"),
              ("Lê", "Thị Mai", "Cook"), ("Phạm", "Minh Tuấn", "Chief Engineer"),
              ("Hoàng", "Văn Nam", "Bosun"), ("Đặng", "Thanh Sơn", "AB"),
              ("Bùi", "Văn Long", "AB"), ("Đỗ", "Hữu Phước", "Oiler"),
              ("Võ", "Minh Khoa", "Second Engineer"), ("Ngô", "Văn Tài", "OS")]
INDONESIAN = [("Santoso", "Budi", "Master"), ("Wijaya", "Agus", "Chief Officer"),
              ("Siregar", "Rudi Hartono", "Chief Engineer"), ("Nasution", "Dedi", "Bosun"),
              ("Saputra", "Eko", "AB"), ("Hidayat", "Rahmat", "Cook")]
FILIPINO = [("Dela Cruz", "Juan Miguel", "Master"), ("Santos", "Mark Anthony", "Chief Officer"),
            ("Reyes", "Jose", "Chief Engineer"), ("Bautista", "Ramon", "AB"),
            ("Garcia", "Paolo", "Cook")]


def _crew(people: list[tuple[str, str, str]], nat: str, prefix: str) -> tuple[CrewMember, ...]:
    out = []
    for n, (family, given, rank) in enumerate(people, start=1):
        born = date(1968 + (n * 7) % 30, 1 + (n * 5) % 12, 1 + (n * 11) % 27)
        out.append(CrewMember(n, family, given, rank=rank, nationality=nat,
                              date_of_birth=born.isoformat(), gender="F" if given.endswith(
                                  "Mai") else "M", document_type="Passport",
                              document_number=f"{prefix}{4810230 + n * 7919}",
                              document_issuer=nat, document_expiry="2031-05-31"))
    return tuple(out)


def seed(desk: Desk) -> dict[str, int]:
    """The fleet, about forty arrivals over two months, and what was found on three of
    them. Returns the ids the screenshots open."""
    ids: dict[str, int] = {}
    vessel_ids = []
    for name, flag, imo, mmsi, call_sign, kind, gt, owner, history in FLEET:
        vid, _ = vessels.register(desk, Vessel(None, name, flag, imo, mmsi, call_sign, kind,
                                               gt, owner, history), despite_duplicates=True)
        vessel_ids.append(vid)
    ids["hai_phong"], ids["blue_mekong"] = vessel_ids[0], vessel_ids[3]
    for n in range(42):
        which = n % len(FLEET)
        when = TODAY - timedelta(days=n * 1.4)
        last, nxt = ROUTES[which]
        pid, _ = port_calls.record_arrival(desk, PortCall(
            None, vessel_ids[which], f"{when.isoformat()}T{6 + n * 5 % 14:02d}:{n * 7 % 60:02d}",
            departure="" if n < 3 else f"{(when + timedelta(days=2)).isoformat()}T16:00",
            last_port=last, next_port=nxt, berth=f"Berth {1 + n % 6}" if which < 6 else
            "Fishing port", agent=AGENTS[n % 4] if which < 6 else "",
            voyage_number=f"V{2611 - n:04d}" if which < 6 else "",
            crew_count=[10, 6, 5, 14, 18, 12, 6, 9, 11, 16][which], passenger_count=0))
        ids.setdefault(f"call_{which}", pid)
    _people(desk, ids)
    return ids


def _people(desk: Desk, ids: dict[str, int]) -> None:
    star, sinar, pearl = ids["call_0"], ids["call_1"], ids["call_2"]
    for pid, people, nat, prefix in ((star, VIETNAMESE, "VNM", "C"),
                                     (sinar, INDONESIAN, "IDN", "B"),
                                     (pearl, FILIPINO, "PHL", "P")):
        crew.save_list(desk, CrewList(None, pid, Direction.ARRIVAL, "crew_list_arrival.xlsx",
                                      _crew(people, nat, prefix)), TODAY)
    # The master of HAI PHONG STAR seen before on an older call, spelled without diacritics
    # and with a renewed passport: the officer is offered the link, never given it.
    older = port_calls.page(desk, 0, 50, vessel_name="HAI PHONG")[-1]
    crew.save_list(desk, CrewList(None, older.id or 0, Direction.ARRIVAL, "manual", (
        CrewMember(1, "NGUYEN", "HUNG VAN", rank="Master", nationality="VNM",
                   date_of_birth=_crew(VIETNAMESE, "VNM", "C")[0].date_of_birth,
                   document_type="Passport", document_number="B7731200",
                   document_issuer="VNM"),)), TODAY)
    for family, given, nat, age, flags, found in (
            ("Aung", "Kyaw Zin", "MMR", 15, {Vulnerability.TRAFFICKING},
             "Found in the chain locker at boarding; no documents"),
            ("Hlaing", "Thida", "MMR", 19, {Vulnerability.TRAFFICKING, Vulnerability.MEDICAL},
             "Hidden in the forward store; dehydrated, needs a doctor"),
            ("សុខ", "ចាន់ធា", "KHM", 34, set(), "Stowaway, boarded at Tanjung Priok"),
            ("Unknown", "", "", 12, set(), "With the two above; gives no name")):
        crew.record_person_aboard(desk, PersonAboard(
            None, sinar, family, given, nationality=nat, age=age, circumstances=found,
            vulnerabilities=frozenset(flags)), TODAY)
    for pid, kind, outcome, risk, findings in (
            (sinar, InspectionType.TARGETED, Outcome.PERSONS_REMOVED, Risk.HIGH,
             "Four persons found aboard who are not on the crew list."),
            (star, InspectionType.ROUTINE, Outcome.CLEARED, Risk.LOW,
             "Crew list checked against passports; nothing to report."),
            (pearl, InspectionType.FOLLOW_UP, Outcome.PENDING, Risk.MEDIUM, "")):
        inspections.record(desk, Inspection(None, pid, f"{TODAY.isoformat()}T10:30",
                                            ("vanna",), kind, findings, risk, outcome))
