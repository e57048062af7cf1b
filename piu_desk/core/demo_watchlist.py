"""Demo watchlist (DEMO_SEEDERS): about forty entries, most issued by HQ, a few local, one
expired; then the recent crew lists, persons found aboard and port calls are screened, so
the inbox holds a handful of true alerts and a few near misses (namesakes), one of each
disposed of (confirmed, false positive, needs HQ check) and the rest open.

Some entries are demo seafarers written as another agency would write them: another
transliteration, the parts in another order or run together, only the year of birth,
sometimes only a passport number in common. The seafarers are read back from the records
(records services, as a desk user would find them), so this seeder follows whatever
demo_records made. Every identity here is fictional.

Runs after demo_records and demo_intel, as the demo administrator (a supervisor), who
keeps the desk.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from piu_desk.core.demo_fleet import FLEET
from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import CrewMember, PersonAboard
from piu_desk.core.domain.handling import Handling
from piu_desk.core.domain.identifiers import imo_check_digit
from piu_desk.core.domain.vessel import FormerIdentity, Vessel
from piu_desk.core.domain.watchlist import EntryKind, Origin, WatchEntry
from piu_desk.core.intel import alerts, watchlist
from piu_desk.core.records import crew, port_calls, vessels

SEED = 20260415
RECENT_DAYS = 8  # crew lists and port calls screened: those of the last week or so
HQ = "GDI Intelligence Bureau, Phnom Penh"
PARTNER = "Interpol NCB Phnom Penh (via HQ)"
LOCAL = "PIU Sihanoukville"

# Unrelated persons of the region: (names, year or date of birth, nationality, documents,
# reason). None of them sails on a demo vessel.
OTHERS: tuple[tuple[tuple[str, ...], str, str, tuple[str, ...], str], ...] = (
    (("TRINH CONG PHUOC",), "1979", "VNM", (), "Organiser of irregular crossings by sea "
     "to Phu Quoc; arrest warrant, Kien Giang."),
    (("QUACH VAN KHOI", "QUACH KHOI"), "1984", "VNM", ("C4471923",),
     "Recruits crew for fishing vessels with false seafarer's books."),
    (("LAM THI HUONG",), "1990-06-12", "VNM", (), "Suspected recruiter in a trafficking "
     "case; Anti-Human Trafficking police request."),
    (("TANG VAN LOC",), "1972", "VNM", (), "Smuggling of fuel at sea; Customs notice."),
    (("ESCALANTE ROMEO",), "1981", "PHL", ("P7730152B",),
     "Uses several seafarer's books; Philippine authorities' notice."),
    (("MAGBANUA LEONARDO", "MAGBANUA LEO"), "1976-11-02", "PHL", (),
     "Wanted for fraud in a crewing agency; Interpol diffusion."),
    (("OCAMPO RICHARD",), "1988", "PHL", (), "Deserted twice in Thai ports."),
    (("THEIN HTIKE ZAW",), "1985", "MMR", (), "Broker of migrant fishermen, Kawthaung."),
    (("SAI LAO HSENG", "SAI LAO SENG"), "1978", "MMR", (),
     "Narcotics courier; Myanmar police notice via HQ."),
    (("NAN KHIN SANDAR",), "1992", "MMR", (), "Recruiter of domestic workers; "
     "Anti-Human Trafficking police request."),
    (("PHONGSAK RUANGRIT",), "1974", "THA", (), "Owner of fishing vessels named in a "
     "forced-labour case, Songkhla."),
    (("JARUWAT KLINSUKON",), "1983-02-28", "THA", ("AA6629014",),
     "Transfers fuel between vessels at sea without a licence."),
    (("NAWAPHON SITTHICHOK",), "1969", "THA", (), "Arrest warrant, Trat provincial court."),
    (("DENG XIAOHUI",), "1980", "CHN", ("EA8812055",), "Manager of a company running "
     "online-scam compounds; HQ notice."),
    (("FENG JIANHUA", "FUNG KIN WAH"), "1975", "CHN", (),
     "Financier of unlicensed fishing vessels."),
    (("QIU MINGDE",), "1986-09-09", "CHN", (), "Interpol red notice (fraud)."),
    (("RUSLAN BIN KAMARUDDIN",), "1982", "MYS", (), "Smuggling of diesel, Johor."),
    (("SUHARTONO ADI",), "1979", "IDN", (), "Fled after a crew death aboard a longliner."),
    (("BAGUS PERMANA",), "1991", "IDN", ("B7105532",), "Uses a passport reported stolen."),
    (("POV SOKHENG",), "1987", "KHM", (), "Broker sending Cambodian men to Thai fishing "
     "boats; Anti-Human Trafficking police request."),
    (("TEP RATHANA", "TEP RATANA"), "1970", "KHM", (), "Arrest warrant, Koh Kong court "
     "(illegal fishing, assault)."),
    (("YIM SOPHORN",), "1995", "KHM", (), "Missing person; family's request through the "
     "provincial police."),
    (("HRYHORENKO PAVLO", "GRIGORENKO PAVEL"), "1973", "UKR", (),
     "Master of a vessel that switched off AIS in Cambodian waters."),
)

Variant = Callable[[CrewMember], str]


def _tokens(m: CrewMember) -> list[str]:
    return f"{m.family_name} {m.given_names}".split()


def _reordered(m: CrewMember) -> str:
    """Given names first, as many agencies write a Chinese or Vietnamese name."""
    return f"{m.given_names} {m.family_name}".strip()


def _run_together(m: CrewMember) -> str:
    """Two parts of the name written as one (ZAWMIN, JOHNMARK)."""
    parts = _tokens(m)
    if len(parts) < 3:
        return _reordered(m)
    return " ".join([*parts[:-2], parts[-2] + parts[-1]])


SPELLINGS = (("PH", "F"), ("OU", "U"), ("EE", "I"), ("OO", "U"), ("KH", "K"), ("TH", "T"),
             ("V", "W"), ("Y", "I"), ("SH", "S"), ("CH", "J"), ("O", "OO"), ("U", "OO"),
             ("I", "EE"), ("A", "AH"))


def _transliterated(m: CrewMember) -> str:
    """One part written the way another script's transliteration has it."""
    parts = _tokens(m)
    for old, new in SPELLINGS:
        for i, part in enumerate(parts):
            if old in part[1:] and len(part) > 3:
                parts[i] = part[0] + part[1:].replace(old, new, 1)
                return " ".join(parts)
    return _reordered(m)


# How the entry writes the seafarer's name, by nationality (the first found wins).
VARIANTS: tuple[tuple[str, Variant], ...] = (
    ("CHN", _reordered), ("MMR", _run_together), ("THA", _transliterated),
    ("UKR", _transliterated), ("VNM", _reordered), ("PHL", _run_together))
TRUE_REASONS = (
    "Absconded from a vessel in Laem Chabang; the agent reported him.",
    "Named in a smuggling case (cigarettes); HQ asks to be told of every call.",
    "Signed on with a passport later reported as lost.",
    "Suspected of carrying cash for a recruitment network.",
    "Witness sought by the Anti-Human Trafficking police.",
    "Deported from Thailand in 2024; HQ notice.",
)


@dataclass
class Seeded:
    true_alerts: list[int]  # entry ids whose alerts are the same person
    document_entry: int = 0
    transliterated_entry: int = 0
    namesake_entry: int = 0


def seed(desk: Desk) -> None:
    rng = random.Random(SEED)
    today = watchlist.today_of(desk)
    since = (today - timedelta(days=RECENT_DAYS)).isoformat()
    calls = port_calls.page(desk, 0, 400, since=since)
    lists = [cl for call in calls for cl in crew.lists_of_port_call(desk, call.id or 0)]
    aboard = [p for call in calls for p in crew.aboard(desk, call.id or 0)]
    members = sorted({m.document_number: m for cl in lists for m in cl.members}.values(),
                     key=lambda m: m.document_number)
    rng.shuffle(members)
    seeded = _persons(desk, rng, today, members, aboard)
    _vessels(desk, today, [vessels.get(desk, c.vessel_id) for c in calls])
    for cl in lists:
        alerts.screen_crew_list(desk, cl.id or 0)
    for p in aboard:
        alerts.screen_person_aboard(desk, p.id or 0)
    for call in calls:
        alerts.screen_port_call(desk, call.id or 0)
    _dispose(desk, seeded)


def _add(desk: Desk, names: tuple[str, ...], reason: str, issued: date, *, born: str = "",
         nationality: str = "", documents: tuple[str, ...] = (), origin: Origin = Origin.HQ,
         expires: str = "", handling: Handling = Handling.HQ_ONLY,
         issuer: str = "") -> int:
    entry_id, _ = watchlist.add(desk, WatchEntry(
        None, EntryKind.PERSON, names, reason, issuer or (HQ if origin is Origin.HQ else LOCAL),
        issued=issued.isoformat(), expires=expires, handling=handling, origin=origin,
        date_of_birth=born, nationality=nationality, documents=documents))
    return entry_id


def _persons(desk: Desk, rng: random.Random, today: date, members: list[CrewMember],
             aboard: list[PersonAboard]) -> Seeded:
    def issued() -> date:
        return today - timedelta(days=rng.randint(20, 400))

    seeded = Seeded([])
    used: set[str] = set()
    for nationality, variant in VARIANTS:
        m = next((m for m in members if m.nationality == nationality
                  and m.document_number not in used and m.date_of_birth), None)
        if m is None:
            continue
        used.add(m.document_number)
        eid = _add(desk, (variant(m),), TRUE_REASONS[len(seeded.true_alerts) % 6], issued(),
                   born=m.date_of_birth[:4], nationality=nationality)
        seeded.true_alerts.append(eid)
        if variant is _transliterated and not seeded.transliterated_entry:
            seeded.transliterated_entry = eid
    rest = [m for m in members if m.document_number not in used and m.date_of_birth]
    if rest:  # an alias with nothing in common but the passport number
        m = rest.pop()
        seeded.document_entry = _add(
            desk, ("AH LONG",),
            "Passport number found in a seized phone; name as the informant gave it.",
            issued(), nationality=m.nationality, documents=(m.document_number,),
            origin=Origin.LOCAL, handling=Handling.DESK_ONLY)
        seeded.true_alerts.append(seeded.document_entry)
    if rest:  # a namesake: another nationality, born about when the seafarer was
        m = rest.pop()
        other = "KHM" if m.nationality != "KHM" else "THA"
        seeded.namesake_entry = _add(
            desk, (f"{m.family_name} {m.given_names}".strip(),),
            "Wanted for a robbery in Bavet; no photograph received.", issued(),
            born=str(int(m.date_of_birth[:4]) + 1), nationality=other)
    if rest:  # another near miss: a misspelt name known without date of birth
        m = rest.pop()
        _add(desk, (_transliterated(m),), "Reported by a shipowner for leaving a vessel "
             "without notice; only the name is known.", issued(), origin=Origin.LOCAL,
             handling=Handling.DESK_ONLY)
    for m in rest[:2]:  # same names, born years apart: ruled out, no alert
        _add(desk, (f"{m.family_name} {m.given_names}".strip(),),
             "Convicted of smuggling in 2015; released.", issued(),
             born=str(int(m.date_of_birth[:4]) - 9), nationality=m.nationality)
    if len(rest) > 2:  # an expired entry: listed, no longer alerts
        m = rest[2]
        start = today - timedelta(days=500)
        _add(desk, (f"{m.family_name} {m.given_names}".strip(),),
             "Sought as a witness in a 2024 case, since closed.", start,
             born=m.date_of_birth[:4], nationality=m.nationality,
             expires=(start + timedelta(days=365)).isoformat())
    stowaway = next((p for p in aboard if p.nationality == "MMR" and p.age), None)
    if stowaway is not None and stowaway.age is not None:
        _add(desk, (f"{stowaway.family_name} {stowaway.given_names}".strip(),),
             "Removed from a vessel as a stowaway in Laem Chabang and returned to Myanmar.",
             issued(), born=str(today.year - stowaway.age), nationality="MMR",
             issuer=PARTNER)
    for n, (names, born, nationality, documents, reason) in enumerate(OTHERS):
        _add(desk, names, reason, issued(), born=born, nationality=nationality,
             documents=documents, origin=Origin.LOCAL if n % 9 == 4 else Origin.HQ,
             issuer=PARTNER if n % 7 == 3 else "",
             handling=Handling.HQ if n % 5 == 0 else Handling.HQ_ONLY)
    return seeded


def _imo(name: str) -> str:
    ship = next(s for s in FLEET if s.name == name)
    return f"{ship.imo6}{imo_check_digit(ship.imo6)}"


def _vessels(desk: Desk, today: date, called: list[Vessel]) -> None:
    """A former name of a vessel that called lately, an IMO number under another name, and
    a tanker that never came."""
    renamed = sorted((v for v in called if v.history), key=lambda v: v.name)
    former = renamed[0].history[0] if renamed else FormerIdentity("JIN HAI 2", "SLE")
    for names, reason, imo, flag, origin in (
            ((former.name,), "Former name of a vessel used to land fish caught without a "
             "licence; HQ asks to be told of any call.", "", former.flag, Origin.HQ),
            (("GOLDEN GRAIN",), "IMO number given by a partner agency: cargo of timber "
             "declared as plywood, 2025.", _imo("GOLDEN HARVEST"), "", Origin.HQ),
            (("SUNRISE 168", "SUN RISE 168"), "Tanker suspected of ship-to-ship fuel "
             "transfers off Koh Tang; AIS often off.", "", "TGO", Origin.LOCAL)):
        watchlist.add(desk, WatchEntry(
            None, EntryKind.VESSEL, names, reason, HQ if origin is Origin.HQ else LOCAL,
            issued=(today - timedelta(days=90)).isoformat(), origin=origin, imo=imo,
            flag=flag))


def _dispose(desk: Desk, seeded: Seeded) -> None:
    inbox = alerts.page(desk, 0, 500)
    by_entry: dict[int, list[int]] = {}
    for a in sorted(inbox, key=lambda a: a.id):
        by_entry.setdefault(a.entry_id, []).append(a.id)
    if seeded.document_entry in by_entry:
        alerts.dispose(desk, by_entry[seeded.document_entry][0], alerts.Disposition.CONFIRMED,
                       "Passport sighted at boarding: the same number. Master informed; "
                       "report sent to HQ.")
    if seeded.namesake_entry in by_entry:
        alerts.dispose(desk, by_entry[seeded.namesake_entry][0],
                       alerts.Disposition.FALSE_POSITIVE,
                       "Same name only: the seafarer is of another nationality, his passport "
                       "and place of birth do not fit the notice.")
    if seeded.transliterated_entry in by_entry:
        alerts.dispose(desk, by_entry[seeded.transliterated_entry][0],
                       alerts.Disposition.HQ_CHECK,
                       "Name spelt differently and only the year of birth on the notice; "
                       "asked HQ for the full date of birth and a photograph.")
