"""What an inspection's status line and review banner say: who submitted, returned or
approved it and when, the supervisor's comment, the reason of an amendment under way."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from piu_desk.core.domain.inspection import Inspection, Status
from piu_desk.ui.entry_common import format_moment, number
from piu_desk.ui.inspections.labels import status_text
from piu_desk.ui.inspections.officers_list import officer_text


def status_line(inspection: Inspection) -> str:
    line = QCoreApplication.translate("InspectionReview", "Status: %1").replace(
        "%1", status_text(inspection.status))
    if inspection.amendments:
        line += " · " + QCoreApplication.translate("InspectionReview", "amendments: %1").replace(
            "%1", number(inspection.amendments))
    return line


def review_message(inspection: Inspection | None, amend_reason: str | None,
                   names: dict[str, str]) -> tuple[str, str]:
    """(banner kind, rich text); the text is empty when there is nothing to say."""
    if inspection is None:
        return "info", ""
    who = html.escape(officer_text(inspection.reviewed_by,
                                   names.get(inspection.reviewed_by, "")))
    when = html.escape(format_moment(inspection.reviewed_at))
    if amend_reason is not None:
        return "warning", QCoreApplication.translate(
            "InspectionReview",
            "<b>Amending the approved inspection.</b> Your reason: %1<br>When you save, the "
            "version approved now is kept among the earlier versions.").replace(
            "%1", html.escape(amend_reason))
    if inspection.status == Status.RETURNED:
        comment = html.escape(inspection.review_comment).replace("\n", "<br>")
        return "warning", QCoreApplication.translate(
            "InspectionReview",
            "<b>Returned for changes</b> by %1 on %2. The supervisor's comment:"
            "<p style='font-size: large; font-weight: bold'>%3</p>Make the changes, then "
            "submit the inspection again.").replace("%1", who).replace("%2", when).replace(
            "%3", comment)
    if inspection.status == Status.SUBMITTED:
        return "info", QCoreApplication.translate(
            "InspectionReview",
            "Submitted by %1 on %2. A supervisor reviews it next; until then it cannot be "
            "changed.").replace("%1", who).replace("%2", when)
    if inspection.status == Status.APPROVED:
        return "ok", QCoreApplication.translate(
            "InspectionReview",
            "<b>Approved</b> by %1 on %2. It is changed only by an amendment, which keeps this "
            "version.").replace("%1", who).replace("%2", when)
    return "info", ""
