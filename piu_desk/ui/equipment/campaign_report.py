"""The verification report of a campaign (found / missing / damaged by location, with
values, every item, the flagged scans, and the signatures), saved as PDF."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.equipment import campaigns
from piu_desk.core.reports.equipment_reports import render_verification
from piu_desk.core.reports.printouts import Printout, file_name
from piu_desk.ui.errors import tr_core
from piu_desk.ui.pdf_output import printout_language, render_and_save
from piu_desk.ui.tasks import Task, TaskRunner


def verification_printout(desk: Desk, campaign_id: int, language: str) -> Printout:
    """Run off the GUI thread."""
    report = campaigns.report(desk, campaign_id)
    c = report.campaign
    data = render_verification(report, desk.station(), tr_core, language)
    return Printout(data, c.name, file_name("verification", c.name, c.closed_on or
                                            desk.now()[:10], language=language))


def save_report(tasks: TaskRunner, parent: QWidget | None, desk: Desk,
                campaign_id: int) -> Task:
    language = printout_language()
    return render_and_save(
        tasks, parent, QCoreApplication.translate("CampaignPage",
                                                  "Preparing the verification report…"),
        lambda: verification_printout(desk, campaign_id, language), desk=desk)
