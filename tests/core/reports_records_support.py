"""Sample records for the inspection report and the crew list (FAL Form 5), built in
memory, and the Khmer the catalogue will hold for their labels ("Reports" strings added with
these printouts, and the "Records" labels they print)."""

from __future__ import annotations

import html
import io
import re
import subprocess
from datetime import date, datetime, timedelta

from PIL import Image

from piu_desk.core.domain.crew import (
    CrewList,
    CrewMember,
    Direction,
    PersonAboard,
    Vulnerability,
)
from piu_desk.core.domain.inspection import (
    Amendment,
    Inspection,
    InspectionType,
    Outcome,
    Risk,
    Status,
)
from piu_desk.core.domain.vessel import FormerIdentity, PortCall, Vessel
from piu_desk.core.reports.crew_list_report import CrewListReportData
from piu_desk.core.reports.inspection_report import AttachmentInfo, InspectionReportData
from piu_desk.core.text import Translate, identity_translate
from tests.core.reports_support import KHMER as KHMER_FOUNDATION
from tests.core.reports_support import STATION

KHMER_REPORTS = {
    "Inspection report": "របាយការណ៍នៃការត្រួតពិនិត្យ",
    "Printed by {name} on {date}": "បោះពុម្ពដោយ {name} នៅ {date}",
    "This inspection is not approved ({status}); the record may still change.":
        "ការត្រួតពិនិត្យ​នេះ​មិនទាន់​បាន​អនុម័ត​ទេ ({status})។ កំណត់ត្រា​នេះ​អាច​នៅ​ផ្លាស់ប្តូរ។",
    "Vessel": "នាវា",
    "Port call": "ការចូលចតកំពង់ផែ",
    "Inspection": "ការត្រួតពិនិត្យ",
    "Findings": "អ្វីដែលបានរកឃើញ",
    "No findings were written.": "មិនទាន់​មាន​ការសរសេរ​អ្វី​ដែល​បាន​រកឃើញ​ទេ។",
    "Persons found aboard": "បុគ្គល​ដែល​បាន​រកឃើញ​នៅ​លើ​នាវា",
    "Attachments": "ឯកសារភ្ជាប់",
    "Amendments": "វិសោធនកម្ម",
    "Name": "ឈ្មោះ",
    "IMO number": "លេខ IMO",
    "MMSI": "MMSI",
    "Call sign": "សញ្ញាហៅនាវា",
    "Flag": "ទង់ជាតិ",
    "Type": "ប្រភេទ",
    "Gross tonnage": "ទំហំសរុប (GT)",
    "Owner / operator": "ម្ចាស់ / ប្រតិបត្តិករ",
    "Former names and flags": "ឈ្មោះ និង​ទង់ជាតិ​ពីមុន",
    "Arrival": "មកដល់",
    "Departure": "ចាកចេញ",
    "Last port": "កំពង់ផែមុន",
    "Next port": "កំពង់ផែបន្ទាប់",
    "Berth": "ចំណតនាវា",
    "Agent": "ភ្នាក់ងារ",
    "Voyage number": "លេខដំណើរ",
    "Crew": "នាវិក",
    "Passengers": "អ្នកដំណើរ",
    "Date and time": "កាលបរិច្ឆេទ និងម៉ោង",
    "Boarding officers": "មន្ត្រី​ឡើង​ត្រួតពិនិត្យ​នាវា",
    "Risk level": "កម្រិតហានិភ័យ",
    "Outcome": "លទ្ធផល",
    "Status": "ស្ថានភាព",
    "Reviewed by": "ពិនិត្យដោយ",
    "Reviewed on": "ថ្ងៃពិនិត្យ",
    "Review comment": "មតិរបស់ប្រធានក្រុម",
    "No.": "ល.រ",
    "Nationality": "សញ្ជាតិ",
    "Date of birth or age": "ថ្ងៃខែឆ្នាំ​កំណើត ឬ​អាយុ",
    "{age} years": "អាយុ {age} ឆ្នាំ",
    "Gender": "ភេទ",
    "Vulnerability": "ភាពងាយរងគ្រោះ",
    "Circumstances": "កាលៈទេសៈ",
    "File name": "ឈ្មោះឯកសារ",
    "Size": "ទំហំ",
    "Amended on": "ថ្ងៃ​ធ្វើ​វិសោធនកម្ម",
    "Amended by": "ធ្វើ​វិសោធនកម្ម​ដោយ",
    "Reason": "មូលហេតុ",
    "Boarding officer": "មន្ត្រីឡើងត្រួតពិនិត្យនាវា",
    "Reviewing supervisor": "ប្រធានក្រុមដែលពិនិត្យ",
    # the crew list, IMO FAL Form 5
    "Crew list": "បញ្ជីនាវិក",
    "IMO FAL Form 5": "ទម្រង់ IMO FAL លេខ ៥",
    "Name of ship": "ឈ្មោះនាវា",
    "Port of arrival/departure": "កំពង់ផែ​មកដល់/​ចាកចេញ",
    "Date of arrival/departure": "កាលបរិច្ឆេទ​មកដល់/​ចាកចេញ",
    "Flag State of ship": "រដ្ឋ​ទង់ជាតិ​របស់​នាវា",
    "Last port of call": "កំពង់ផែ​ចុងក្រោយ​ដែល​បាន​ចូលចត",
    "Family name": "នាមត្រកូល",
    "Given names": "នាមខ្លួន",
    "Rank or rating": "ឋានៈ ឬមុខងារ",
    "Date of birth": "ថ្ងៃខែឆ្នាំ​កំណើត",
    "Place of birth": "ទីកន្លែង​កំណើត",
    "Nature of identity document": "ប្រភេទ​ឯកសារ​អត្តសញ្ញាណ",
    "Number of identity document": "លេខ​ឯកសារ​អត្តសញ្ញាណ",
    "Issuing State of identity document": "រដ្ឋ​ដែល​ចេញ​ឯកសារ​អត្តសញ្ញាណ",
    "Expiry date of identity document": "កាលបរិច្ឆេទ​ផុតកំណត់​នៃ​ឯកសារ​អត្តសញ្ញាណ",
    "Date and signature by master, authorized agent or officer":
        "កាលបរិច្ឆេទ និង​ហត្ថលេខា​របស់​មេបញ្ជាការ​នាវា ភ្នាក់ងារ​ដែល​មាន​ការអនុញ្ញាត ឬ​មន្ត្រី",
    "Source: {file}": "ប្រភព៖ {file}",
}

# as i18n/piu_desk_km.ts translates them
KHMER_RECORDS = {
    "Minor": "អនីតិជន",
    "Possible victim of trafficking": "អាចជាជនរងគ្រោះនៃការជួញដូរមនុស្ស",
    "Needs medical care": "ត្រូវការការព្យាបាលវេជ្ជសាស្ត្រ",
    "Routine": "ជាប្រចាំ",
    "Targeted": "មានគោលដៅ",
    "Follow-up of a tip-off": "តាមដានព័ត៌មានតម្រុយ",
    "Low": "ទាប",
    "Medium": "មធ្យម",
    "High": "ខ្ពស់",
    "Referred to another agency": "បានបញ្ជូនទៅស្ថាប័នផ្សេង",
    "Persons taken off the vessel": "បុគ្គលត្រូវបាននាំចុះពីនាវា",
    "Draft": "សេចក្តីព្រាង",
    "Submitted for approval": "បានដាក់ជូនអនុម័ត",
    "Approved": "បានអនុម័ត",
}


KHMER_VALIDATION = {"Cargo ship": "នាវាដឹកទំនិញ"}


def translate_records_km(context: str, text: str) -> str:
    if context == "Reports":
        return KHMER_REPORTS.get(text) or KHMER_FOUNDATION.get(text, text)
    if context == "Records":
        return KHMER_RECORDS.get(text, text)
    if context == "Validation":
        return KHMER_VALIDATION.get(text, text)
    return text


def translator(language: str) -> Translate:
    return translate_records_km if language == "km" else identity_translate


PRINTED_AT = datetime(2026, 11, 28, 16, 45)
FINDING_PARAGRAPHS = [
    "Boarded at berth B3 at 09:40 with the master present. The crew list handed over by the "
    "agent matched the crew mustered on deck except for one rating, who was ashore with the "
    "agent's permission and returned at 10:15.",
    "In the aft store room behind the paint locker we found two persons who are not on the "
    "crew list. Both said they boarded at Ho Chi Minh City (VNSGN) four days earlier, hidden "
    "among spare mooring lines, with the help of a shore worker they paid. Neither carried "
    "an identity document. The younger one says he is 15 years old.",
    "The master stated he did not know of them. The chief officer's statement differs on "
    "when the store room was last inspected; both statements are attached as scans.",
]


# Khmer as typed on a Khmer keyboard: a ZERO WIDTH SPACE between words
KHMER_FINDING = "\u200b".join([
    "ក្រុម", "មន្ត្រី", "បាន", "ឡើង", "ត្រួតពិនិត្យ", "នាវា", "នៅ", "ចំណត ", "B3 ", "វេលា", "ម៉ោង",
    " ០៩:៤០ ", "ដោយ", "មាន", "វត្តមាន", "ប្រធាន", "នាវា។ ", "នៅ", "ក្នុង", "បន្ទប់", "ឃ្លាំង",
    "ខាង", "ក្រោយ ", "យើង", "បាន", "រកឃើញ", "បុគ្គល", "ពីរ", "នាក់", "ដែល", "មិន", "មាន",
    "ឈ្មោះ", "ក្នុង", "បញ្ជី", "នាវិក។ ", "អ្នក", "ទាំង", "ពីរ", "និយាយ", "ថា", "បាន", "ឡើង",
    "នាវា", "នៅ", "ទីក្រុង", "ហូជីមិញ (VNSGN) ", "កាល", "ពី", "បួន", "ថ្ងៃ", "មុន។ ", "អ្នក",
    "ក្មេង", "ជាង", "គេ", "និយាយ", "ថា", "ខ្លួន", "មាន", "អាយុ ១៥ ", "ឆ្នាំ។"])


def long_findings(repeat: int = 6, khmer: bool = False) -> str:
    paragraphs = [KHMER_FINDING, *FINDING_PARAGRAPHS] if khmer else FINDING_PARAGRAPHS
    return "\n".join(paragraphs * repeat)


def sample_vessel() -> Vessel:
    return Vessel(id=1, name="OCEAN STAR", flag="PAN", imo="9074729", mmsi="357123000",
                  call_sign="3EAB7", ship_type=70, gross_tonnage=12500,
                  owner_operator="Star Line Shipping S.A., Panama",
                  history=(FormerIdentity("SEA PEARL", "LBR", "2015-03-01", "2021-06-30"),),
                  uid="a" * 32)


def sample_port_call() -> PortCall:
    return PortCall(id=1, vessel_id=1, arrival="2026-11-27T08:30",
                    departure="2026-11-29T18:00", last_port="VNSGN", next_port="THBKK",
                    berth="B3", agent="Kampuchea Shipping Agency", voyage_number="V-112",
                    crew_count=60, passenger_count=0, uid="b" * 32)


def sample_inspection_data(findings: str | None = None, *, thumbnails: bool = False,
                           status: Status = Status.APPROVED) -> InspectionReportData:
    inspection = Inspection(
        id=7, port_call_id=1, started_at="2026-11-27T09:40", officers=("rithy", "vanna"),
        type=InspectionType.TARGETED,
        findings=long_findings() if findings is None else findings, risk=Risk.HIGH,
        outcome=Outcome.PERSONS_REMOVED, status=status,
        reviewed_by="sopheap" if status == Status.APPROVED else "",
        reviewed_at="2026-11-28T03:10:00+00:00" if status == Status.APPROVED else "",
        amendments=1, uid="3f9a2c1b7d4e4f0a9b8c7d6e5f4a3b2c")
    persons = (
        PersonAboard(1, 1, "NGUYEN", "VAN AN", nationality="VNM", date_of_birth="1998-02-14",
                     gender="M", circumstances="Found in the aft store room; says he paid "
                     "a shore worker 400 USD.", uid="p1"),
        PersonAboard(2, 1, "TRAN", "MINH", nationality="VNM", age=15, gender="M",
                     circumstances="Found with the first; no document; thin and dehydrated.",
                     vulnerabilities=frozenset({Vulnerability.MINOR, Vulnerability.MEDICAL,
                                                Vulnerability.TRAFFICKING}), uid="p2"))
    amendment = Amendment(7, 1, "vanna", "2026-11-28T06:20:00+00:00",
                          "The younger person's age corrected from 17 to 15 after the "
                          "interview with an interpreter.", "{}")
    attachments = (
        AttachmentInfo("store-room-aft.jpg", 2_483_200, "image/jpeg",
                       png_thumbnail((90, 120, 160)) if thumbnails else None),
        AttachmentInfo("statement-chief-officer.pdf", 183_500, "application/pdf"),
        AttachmentInfo("deck-muster.jpg", 1_204_000, "image/jpeg",
                       png_thumbnail((160, 130, 80), (160, 90)) if thumbnails else None))
    return InspectionReportData(
        station=STATION, vessel=sample_vessel(), port_call=sample_port_call(),
        inspection=inspection,
        full_names={"rithy": "Lim Rithy", "vanna": "Chan Vanna", "sopheap": "Keo Sopheap"},
        amendments=(amendment,), persons_aboard=persons, attachments=attachments,
        printed_by="Keo Sopheap", printed_at=PRINTED_AT)


def png_thumbnail(colour: tuple[int, int, int], size: tuple[int, int] = (120, 90)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def jpeg(colour: tuple[int, int, int], size: tuple[int, int] = (256, 192)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG")
    return out.getvalue()


FAMILY = ["NGUYEN", "TRAN", "SANTOS", "REYES", "IVANOV", "WIJAYA", "SOK", "CHAN", "PHAM",
          "DELA CRUZ", "KUSNADI", "LE"]
GIVEN = ["VAN AN", "THI MAI", "JOSE MARIA", "MARK ANTHONY", "SERGEI PETROVICH", "BUDI",
         "DARA", "VANNA", "QUOC BAO", "JUAN MIGUEL", "AGUS SETIAWAN", "MINH TRI"]
RANKS = ["Master", "Chief Officer", "Second Officer", "Chief Engineer", "AB", "Oiler", "Cook",
         "Bosun", "Ordinary Seaman", "Electrician", "Wiper", "Third Engineer"]
NATIONS = ["VNM", "VNM", "PHL", "PHL", "RUS", "IDN", "KHM", "KHM", "VNM", "PHL", "IDN", "VNM"]
PLACES = ["Hai Phong", "Nam Dinh", "Cebu", "Iloilo", "Vladivostok", "Surabaya",
          "Kampong Cham", "Takeo", "Vinh", "Davao", "Semarang", "Hue"]


def crew_rows(count: int) -> tuple[CrewMember, ...]:
    born = date(1970, 1, 5)
    rows = []
    for i in range(count):
        k = i % len(FAMILY)
        rows.append(CrewMember(
            number=i + 1, family_name=FAMILY[k], given_names=GIVEN[(i * 5) % len(GIVEN)],
            rank=RANKS[i % len(RANKS)], nationality=NATIONS[k],
            date_of_birth=(born + timedelta(days=211 * i)).isoformat(),
            place_of_birth=PLACES[k], gender="F" if i % 7 == 3 else "M",
            document_type="Passport" if i % 4 else "Seafarer's identity document",
            document_number=f"C{(4471200 + 37 * i):07d}", document_issuer=NATIONS[k],
            document_expiry=(date(2027, 3, 1) + timedelta(days=97 * i)).isoformat()))
    return tuple(rows)


def sample_crew_list_data(count: int = 60,
                          direction: Direction = Direction.ARRIVAL) -> CrewListReportData:
    return CrewListReportData(
        station=STATION, vessel=sample_vessel(), port_call=sample_port_call(),
        crew_list=CrewList(3, 1, direction, "crew-list-ocean-star.xlsx", crew_rows(count),
                           "c" * 32, "2026-11-27T01:00:00+00:00"),
        printed_by="Chan Vanna", printed_at=PRINTED_AT)


Word = tuple[float, float, float, float, str]  # x min, y min, x max, y max (points), text
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r"(.*?)</word>")


def pdf_words(pdf: bytes) -> list[list[Word]]:
    """Each page's words with their boxes, as `pdftotext -bbox` finds them (y grows down)."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"], input=pdf,
                         capture_output=True, check=True).stdout.decode("utf-8")
    return [[(float(a), float(b), float(c), float(d), html.unescape(t))
             for a, b, c, d, t in _WORD.findall(page)]
            for page in out.split("<page ")[1:]]
