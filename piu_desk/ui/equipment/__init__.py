"""Equipment screens: the register, custody, maintenance, verification and incidents."""

from piu_desk.ui.equipment.custody_dialogs import issue_item, return_item, transfer_item
from piu_desk.ui.equipment.custody_section import CustodySection
from piu_desk.ui.equipment.incident_dialog import dispose_item, recover_item, report_incident

__all__ = [
    "CustodySection",
    "dispose_item",
    "issue_item",
    "recover_item",
    "report_incident",
    "return_item",
    "transfer_item",
]
