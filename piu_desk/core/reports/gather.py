"""Collect what a record printout shows, through the records services (so the caller's role
is checked as for viewing the record on screen), ready for the renderers.

    data = inspection_report_data(desk, inspection_id, printed_by="Keo Sopheap",
                                  printed_at=datetime.now())
    pdf = render_inspection_report(data, translate, "km")

Both run on the desk's owner thread (each service call waits its turn), so a screen calls
them from a background task with the rendering.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from piu_desk.core.desk import Desk
from piu_desk.core.domain.attachment import OwnerKind
from piu_desk.core.records import attachments, crew, inspections, port_calls, vessels
from piu_desk.core.records.common import reader
from piu_desk.core.reports.crew_list_report import CrewListReportData
from piu_desk.core.reports.inspection_report import AttachmentInfo, InspectionReportData
from piu_desk.core.store import users
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP


def full_names(desk: Desk, usernames: Iterable[str]) -> dict[str, str]:
    """User name → full name, for the names a record mentions (boarding officers, reviewer,
    amendment authors); a user name unknown to this desk (a record from another station)
    is left out, and printed as it is."""
    reader(desk, QT_TRANSLATE_NOOP("Actions", "view inspections"))
    wanted = sorted({u for u in usernames if u})

    def run(conn: Connection) -> dict[str, str]:
        found = {}
        for name in wanted:
            user = users.by_name(conn, name)
            if user is not None and user.full_name:
                found[name] = user.full_name
        return found
    return desk.db(run)


def inspection_report_data(desk: Desk, inspection_id: int, printed_by: str,
                           printed_at: datetime, *, previews: bool = True
                           ) -> InspectionReportData:
    """The inspection, its port call and vessel, its amendments, the persons found aboard on
    that port call and its attachments (names, types, sizes; their thumbnails as previews
    unless `previews` is off)."""
    inspection = inspections.get(desk, inspection_id)
    port_call = port_calls.get(desk, inspection.port_call_id)
    vessel = vessels.get(desk, port_call.vessel_id)
    amendments = inspections.amendments(desk, inspection_id)
    names = full_names(desk, [*inspection.officers, inspection.reviewed_by,
                              *(a.by for a in amendments)])
    return InspectionReportData(
        station=desk.station(), vessel=vessel, port_call=port_call, inspection=inspection,
        full_names=names, amendments=tuple(amendments),
        persons_aboard=tuple(crew.aboard(desk, port_call.id or 0)),
        attachments=tuple(
            AttachmentInfo(a.file_name, a.size, a.mime_type, a.thumbnail if previews else None)
            for a in attachments.of_owner(desk, OwnerKind.INSPECTION, inspection_id)),
        printed_by=printed_by, printed_at=printed_at)


def crew_list_data(desk: Desk, crew_list_id: int, printed_by: str,
                   printed_at: datetime) -> CrewListReportData:
    """The crew list with all its rows, its port call and vessel."""
    crew_list = crew.get_list(desk, crew_list_id)
    port_call = port_calls.get(desk, crew_list.port_call_id)
    return CrewListReportData(
        station=desk.station(), vessel=vessels.get(desk, port_call.vessel_id),
        port_call=port_call, crew_list=crew_list, printed_by=printed_by,
        printed_at=printed_at)
