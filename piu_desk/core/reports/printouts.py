"""One call per printout for the screens and the command line: gather the record, render it,
and suggest a file name.

    printout = inspection_printout(desk, inspection_id, "Keo Sopheap", datetime.now(),
                                   translate, "km")
    export_pdf(desk, chosen_path, printout.data, printout.reference)

Run it off the GUI thread (it reads the store and renders for a second or so).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from piu_desk.core.desk import Desk
from piu_desk.core.domain.crew import Direction
from piu_desk.core.reports.crew_list_report import render_crew_list
from piu_desk.core.reports.dates import ENGLISH
from piu_desk.core.reports.gather import crew_list_data, inspection_report_data
from piu_desk.core.reports.inspection_report import render_inspection_report
from piu_desk.core.reports.output import PDF_SUFFIX
from piu_desk.core.text import Translate, identity_translate


@dataclass(frozen=True)
class Printout:
    """A rendered PDF, the reference printed on it, and a file name to suggest."""

    data: bytes
    reference: str
    file_name: str


def file_name(*parts: str, language: str = ENGLISH) -> str:
    """A portable file name from `parts`: letters and digits kept (accents dropped), the rest
    a dash; "-km" for a Khmer printout. ("inspection-OCEAN-STAR-2026-11-27.pdf")"""
    text = unicodedata.normalize("NFKD", "-".join(p for p in parts if p))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    stem = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:120] or "printout"
    return f"{stem}{'' if language == ENGLISH else '-' + language}{PDF_SUFFIX}"


def inspection_printout(desk: Desk, inspection_id: int, printed_by: str, printed_at: datetime,
                        translate: Translate = identity_translate, language: str = ENGLISH,
                        *, previews: bool = True) -> Printout:
    data = inspection_report_data(desk, inspection_id, printed_by, printed_at,
                                  previews=previews)
    return Printout(render_inspection_report(data, translate, language), data.reference,
                    file_name("inspection", data.vessel.name, data.inspection.started_at[:10],
                              language=language))


def crew_list_printout(desk: Desk, crew_list_id: int, printed_by: str, printed_at: datetime,
                       translate: Translate = identity_translate,
                       language: str = ENGLISH) -> Printout:
    data = crew_list_data(desk, crew_list_id, printed_by, printed_at)
    pc = data.port_call
    moment = pc.arrival if data.crew_list.direction == Direction.ARRIVAL else \
        pc.departure or pc.arrival
    return Printout(render_crew_list(data, translate, language), data.reference,
                    file_name("crew-list", data.vessel.name, data.crew_list.direction.value,
                              moment[:10], language=language))
