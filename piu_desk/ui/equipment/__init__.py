"""The equipment screens: the custodian's register and item pages, custody, maintenance,
verification and incidents, and everyone's own equipment."""

from piu_desk.ui.equipment.campaign_section import VerificationSection
from piu_desk.ui.equipment.custody_dialogs import issue_item, return_item, transfer_item
from piu_desk.ui.equipment.custody_section import CustodySection
from piu_desk.ui.equipment.incident_dialog import dispose_item, recover_item, report_incident
from piu_desk.ui.equipment.maintenance_section import MaintenanceSection
from piu_desk.ui.equipment.mine import MyEquipmentSection
from piu_desk.ui.equipment.section import EquipmentSection

__all__ = [
    "CustodySection",
    "EquipmentSection",
    "MaintenanceSection",
    "MyEquipmentSection",
    "VerificationSection",
    "dispose_item",
    "issue_item",
    "recover_item",
    "report_incident",
    "return_item",
    "transfer_item",
]
