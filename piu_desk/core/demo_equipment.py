"""Demo equipment register (DEMO_SEEDERS): about 120 items handed over by a fictional
donor programme in two handovers, with serial numbers, values in riel and dollars and
their places (office, boarding team store, vehicle yard, jetty); items issued to the
boarding officers (most receipts accepted), maintenance plans of which some are overdue,
one camera at the repairer, one radio lost overboard (police reference), and this year's
verification campaign under way: most items scanned, one scanned twice, one tag unknown.

Everything goes through the equipment services as the custodian (chenda), as at a real
desk; the seeder then hands the desk back to the demo administrator, as it found it.
Deterministic: one seeded random generator, dates relative to the desk's clock.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Asset, Condition
from piu_desk.core.equipment import campaigns, custody, handover, incidents, maintenance
from piu_desk.core.equipment.assets import register
from piu_desk.core.imports.handover import HandoverReport

SEED = 20260501
DONOR = "Maritime Border Security Programme"
AGREEMENT = "MBSP/KH/2024-017"
KHR_PER_USD = 4_100
OFFICE, STORE = "Sihanoukville PIU office", "Boarding team store"
YARD, JETTY = "Vehicle yard", "Jetty 2"

# (category, description, make, model, serial prefix, USD each, location, count, grant,
#  handover 1 or 2)
ITEMS: tuple[tuple[str, str, str, str, str, int, str, int, str, int], ...] = (
    ("Laptop", "Laptop 14-inch, Core i5, 16 GB, encrypted disk", "Lenovo", "ThinkPad T14 Gen 4",
     "PF4", 1_180, OFFICE, 14, "MBSP-G1-ICT", 1),
    ("Laptop", "Rugged laptop for boarding teams", "Dell", "Latitude 5430 Rugged", "DLR", 2_650,
     STORE, 4, "MBSP-G2-OPS", 2),
    ("Desktop PC", "Desktop PC with 24-inch monitor and UPS", "HP", "ProDesk 400 G9", "4CE",
     890, OFFICE, 10, "MBSP-G1-ICT", 1),
    ("Camera", "Digital camera with 24-105 mm lens", "Canon", "EOS R8", "0832", 1_640, STORE,
     8, "MBSP-G1-OPS", 1),
    ("Handheld radio", "VHF marine handheld radio, waterproof, with charger", "Icom",
     "IC-M37E", "05", 310, STORE, 31, "MBSP-G1-OPS", 1),
    ("Document scanner", "Flatbed document scanner A4", "Epson", "Perfection V600", "X8F",
     260, OFFICE, 8, "MBSP-G1-ICT", 1),
    ("MRZ reader", "Passport MRZ and chip reader, USB", "Regula", "7024M.111", "RG7", 1_450,
     OFFICE, 10, "MBSP-G2-ICT", 2),
    ("UV lamp", "Document examination UV/white light torch", "Regula", "4205D", "UVT", 95,
     STORE, 16, "MBSP-G1-OPS", 1),
    ("Body camera", "Body-worn camera, 64 GB, with docking station", "Motorola Solutions",
     "VB400", "VB4", 720, STORE, 16, "MBSP-G2-OPS", 2),
    ("Vehicle", "Pickup truck 4x4, double cab, white, PIU markings", "Toyota",
     "Hilux 2.4 GD-6", "MR0HA3CD", 38_500, YARD, 2, "MBSP-G1-MOB", 1),
    ("Boat", "Patrol boat 9 m, aluminium hull, twin 150 hp outboards", "Sihanoukville "
     "Marine Works", "SMW Patrol 900", "SMW-PB9", 96_000, JETTY, 1, "MBSP-G1-MOB", 1),
)


def seed(desk: Desk) -> None:
    """As the custodian; leaves the desk unlocked as the demo administrator."""
    from piu_desk.core.demo import DEMO_ACCOUNTS, DEMO_ADMIN  # demo imports this module

    passwords = {a.username: a.password for a in DEMO_ACCOUNTS}
    rng = random.Random(SEED)
    today = date.fromisoformat(desk.now()[:10])
    desk.unlock("chenda", passwords["chenda"])
    _handovers(desk, rng, today)
    items = {a.tag: a.id or 0 for a in register(desk)}
    tags = sorted(items)
    by_cat: dict[str, list[str]] = {}
    for a in register(desk):
        by_cat.setdefault(a.category, []).append(a.tag)
    for cat in by_cat.values():
        cat.sort()
    _custody(desk, rng, today, items, by_cat)
    lost = by_cat["Handheld radio"][1]  # issued to rithy below
    incidents.report(desk, items[lost], incidents.IncidentKind.LOSS,
                     (today - timedelta(days=19)).isoformat(), place="Anchorage A2",
                     circumstances="Radio fell overboard from the pilot ladder while "
                     "boarding a bulk carrier at anchor in a swell; not recovered.",
                     police_ref=f"KPS-MP/{today.year}/0{rng.randint(100, 999)}")
    repair = by_cat["Camera"][-1]
    maintenance.send_for_repair(desk, items[repair], (today - timedelta(days=12)).isoformat(),
                                "Phnom Penh Camera Service Centre",
                                "Lens does not focus after salt spray.")
    _maintenance(desk, today, items, by_cat)
    _verification(desk, rng, today, tags, {lost, repair})
    desk.unlock(DEMO_ADMIN.username, DEMO_ADMIN.password)


def _handovers(desk: Desk, rng: random.Random, today: date) -> None:
    days = {1: today - timedelta(days=420), 2: today - timedelta(days=95)}
    numbers = {1: 0, 2: 0}
    reports = {1: HandoverReport(), 2: HandoverReport()}
    n = 0
    for cat, text, make, model, prefix, usd, place, count, grant, batch in ITEMS:
        for _ in range(count):
            n += 1
            numbers[batch] += 1
            serial = f"{prefix}{rng.randrange(10 ** 7):07d}"
            if cat == "Vehicle":
                serial = f"{prefix}{rng.randrange(10 ** 9):09d}"  # a VIN-like chassis number
            cents = usd * 100 + rng.choice((0, 0, 50, 99))
            reports[batch].valid.append((numbers[batch] + 1, Asset(
                None, f"MBSP-{n:04d}", cat, text, make, model, serial, grant_code=grant,
                value_khr=round(cents * KHR_PER_USD / 100), value_usd_cents=cents,
                location=place, condition=Condition.NEW)))
    for batch, day in days.items():
        handover.import_handover(
            desk, reports[batch], donor=DONOR, agreement_ref=AGREEMENT,
            handover_date=day.isoformat(),
            document_ref=f"MBSP-HO-{day.year}-{batch:02d}",
            source_file=f"MBSP_handover_{day:%Y%m%d}.xlsx")


def _custody(desk: Desk, rng: random.Random, today: date, items: dict[str, int],
             by_cat: dict[str, list[str]]) -> None:
    plan = {"vanna": (("Laptop", 0), ("Handheld radio", 0), ("Body camera", 0),
                      ("UV lamp", 0), ("Camera", 0)),
            "rithy": (("Laptop", 1), ("Handheld radio", 1), ("Body camera", 1),
                      ("UV lamp", 1), ("Camera", 1), ("Vehicle", 0)),
            "chenda": (("Laptop", 2), ("MRZ reader", 0))}
    for holder, wanted in plan.items():
        for n, (cat, i) in enumerate(wanted):
            tag = by_cat[cat][i]
            on = today - timedelta(days=rng.randint(30, 80))
            custody.issue(desk, items[tag], holder, on.isoformat())
            if holder == "chenda" or n < len(wanted) - 1:  # the last issue not yet signed
                custody.accept(desk, items[tag], holder)
    for tag in by_cat["Handheld radio"][10:16]:  # the duty set, kept at the jetty
        custody.issue(desk, items[tag], JETTY, (today - timedelta(days=60)).isoformat(),
                      holder_kind=custody.PLACE)
    # the day's desk work, so the supervisor's daily report for today lists equipment: a radio
    # issued this morning, one handed back, one out past the day it was due back
    spare = [items[tag] for tag in by_cat["Handheld radio"][20:23]]
    custody.issue(desk, spare[0], "vanna", today.isoformat())
    custody.issue(desk, spare[1], "rithy", (today - timedelta(days=2)).isoformat())
    custody.return_item(desk, spare[1], today.isoformat(), Condition.GOOD)
    custody.issue(desk, spare[2], "rithy", (today - timedelta(days=5)).isoformat(),
                  expected_return=(today - timedelta(days=1)).isoformat())


def _maintenance(desk: Desk, today: date, items: dict[str, int],
                 by_cat: dict[str, list[str]]) -> None:
    def ago(days: int) -> str:
        return (today - timedelta(days=days)).isoformat()

    truck, boat = by_cat["Vehicle"], by_cat["Boat"][0]
    sid, _ = maintenance.add_schedule(desk, "Service: engine oil, filters, brakes", ago(200),
                                      asset_id=items[truck[0]], every_months=3)
    maintenance.record_done(desk, sid, items[truck[0]], ago(110))  # next due 20 days ago
    maintenance.add_schedule(desk, "Service: engine oil, filters, brakes", ago(75),
                             asset_id=items[truck[1]], every_months=3)  # overdue
    sid, _ = maintenance.add_schedule(desk, "Outboard service and hull inspection", ago(120),
                                      asset_id=items[boat], every_months=3)
    maintenance.record_done(desk, sid, items[boat], ago(40))  # next due in seven weeks
    maintenance.add_schedule(desk, "Battery capacity test, replace below 70%", ago(30),
                             category="Handheld radio", every_months=6)  # overdue
    maintenance.add_schedule(desk, "Operating system and antivirus updates", ago(-10),
                             category="Laptop", every_months=3)
    maintenance.add_schedule(desk, "Firmware update and clock check", ago(60),
                             category="Body camera", due_on=ago(-21))


def _verification(desk: Desk, rng: random.Random, today: date, tags: list[str],
                  skip: set[str]) -> None:
    cid, _ = campaigns.start(desk, f"Annual verification {today.year}",
                             (today - timedelta(days=6)).isoformat())
    present = [t for t in tags if t not in skip]
    scanned = sorted(rng.sample(present, round(len(present) * 0.6)))
    for tag in scanned:
        campaigns.scan(desk, cid, tag)
    campaigns.scan(desk, cid, scanned[len(scanned) // 2])  # scanned twice
    campaigns.scan(desk, cid, "UNODC-0042")  # another programme's label
