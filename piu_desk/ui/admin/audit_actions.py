"""Readable names for the audit trail's actions of intelligence, equipment, reports,
exchange and store upkeep (the account and record actions are in audit_model.py). An action
without a name here shows as its code, which the tooltip always gives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from piu_desk.core.text import QT_TRANSLATE_NOOP

CONTEXT = "AuditActions"
ACTIONS = {
    "store.upgrade": QT_TRANSLATE_NOOP("AuditActions", "Store upgraded (copy kept)"),
    "tipoff.add": QT_TRANSLATE_NOOP("AuditActions", "Tip-off logged"),
    "tipoff.edit": QT_TRANSLATE_NOOP("AuditActions", "Tip-off edited"),
    "tipoff.grade": QT_TRANSLATE_NOOP("AuditActions", "Tip-off graded"),
    "tipoff.new": QT_TRANSLATE_NOOP("AuditActions", "Tip-off reopened"),
    "tipoff.assessed": QT_TRANSLATE_NOOP("AuditActions", "Tip-off assessed"),
    "tipoff.actioned": QT_TRANSLATE_NOOP("AuditActions", "Tip-off actioned"),
    "tipoff.closed": QT_TRANSLATE_NOOP("AuditActions", "Tip-off closed"),
    "tipoff.confirmation": QT_TRANSLATE_NOOP("AuditActions", "Tip-off outcome recorded"),
    "tipoff.link": QT_TRANSLATE_NOOP("AuditActions", "Tip-off linked to an inspection"),
    "tipoff.unlink": QT_TRANSLATE_NOOP("AuditActions", "Tip-off unlinked from an inspection"),
    "source.add": QT_TRANSLATE_NOOP("AuditActions", "Source registered"),
    "source.edit": QT_TRANSLATE_NOOP("AuditActions", "Source edited"),
    "source.view": QT_TRANSLATE_NOOP("AuditActions", "Source identity viewed"),
    "source.activate": QT_TRANSLATE_NOOP("AuditActions", "Source in use again"),
    "source.deactivate": QT_TRANSLATE_NOOP("AuditActions", "Source no longer used"),
    "watchlist.add": QT_TRANSLATE_NOOP("AuditActions", "Watchlist entry added"),
    "watchlist.edit": QT_TRANSLATE_NOOP("AuditActions", "Watchlist entry edited"),
    "watchlist.import": QT_TRANSLATE_NOOP("AuditActions", "Watchlist imported"),
    "watchlist.release": QT_TRANSLATE_NOOP("AuditActions", "Master watchlist published"),
    "alert.dispose": QT_TRANSLATE_NOOP("AuditActions", "Alert decided"),
    "asset.add": QT_TRANSLATE_NOOP("AuditActions", "Item added to the register"),
    "asset.edit": QT_TRANSLATE_NOOP("AuditActions", "Item edited"),
    "asset.handover": QT_TRANSLATE_NOOP("AuditActions", "Handover list imported"),
    "asset.received": QT_TRANSLATE_NOOP("AuditActions", "Item received from the donor"),
    "asset.issued": QT_TRANSLATE_NOOP("AuditActions", "Item issued"),
    "asset.accepted": QT_TRANSLATE_NOOP("AuditActions", "Receipt of an item signed"),
    "asset.returned": QT_TRANSLATE_NOOP("AuditActions", "Item returned"),
    "asset.transferred": QT_TRANSLATE_NOOP("AuditActions", "Item transferred"),
    "asset.repair_sent": QT_TRANSLATE_NOOP("AuditActions", "Item sent for repair"),
    "asset.repair_returned": QT_TRANSLATE_NOOP("AuditActions", "Item back from repair"),
    "asset.maintained": QT_TRANSLATE_NOOP("AuditActions", "Maintenance done"),
    "asset.damaged": QT_TRANSLATE_NOOP("AuditActions", "Item reported damaged"),
    "asset.lost": QT_TRANSLATE_NOOP("AuditActions", "Item reported lost"),
    "asset.stolen": QT_TRANSLATE_NOOP("AuditActions", "Item reported stolen"),
    "asset.recovered": QT_TRANSLATE_NOOP("AuditActions", "Item recovered"),
    "asset.verified": QT_TRANSLATE_NOOP("AuditActions", "Item verified"),
    "asset.disposed": QT_TRANSLATE_NOOP("AuditActions", "Item disposed of"),
    "maintenance.plan": QT_TRANSLATE_NOOP("AuditActions", "Maintenance scheduled"),
    "verification.start": QT_TRANSLATE_NOOP("AuditActions", "Verification started"),
    "verification.close": QT_TRANSLATE_NOOP("AuditActions", "Verification closed"),
    "report.daily.issue": QT_TRANSLATE_NOOP("AuditActions", "Daily report issued"),
    "report.daily.verify": QT_TRANSLATE_NOOP("AuditActions", "Printed report checked"),
    "exchange.export": QT_TRANSLATE_NOOP("AuditActions", "Bundle written"),
    "exchange.export.failed": QT_TRANSLATE_NOOP("AuditActions", "Bundle not written"),
    "exchange.import": QT_TRANSLATE_NOOP("AuditActions", "Bundle imported"),
    "exchange.apply": QT_TRANSLATE_NOOP("AuditActions", "Changes applied from a bundle"),
    "exchange.conflict": QT_TRANSLATE_NOOP("AuditActions", "Exchange conflict settled"),
    "exchange.pin": QT_TRANSLATE_NOOP("AuditActions", "Station keys pinned"),
    "exchange.revoke": QT_TRANSLATE_NOOP("AuditActions", "Station keys revoked"),
    "exchange.rotation": QT_TRANSLATE_NOOP("AuditActions", "Station key rotation accepted"),
    "exchange.keys.rotate": QT_TRANSLATE_NOOP("AuditActions", "Desk exchange keys rotated"),
    "exchange.enrol.prepare": QT_TRANSLATE_NOOP("AuditActions", "Station enrolment prepared"),
    "exchange.enrol.import": QT_TRANSLATE_NOOP("AuditActions",
                                               "Headquarters enrolment imported"),
    "exchange.enrol.pin": QT_TRANSLATE_NOOP("AuditActions", "Enrolled station keys pinned"),
    "exchange.keys.export": QT_TRANSLATE_NOOP("AuditActions", "Desk key file written"),
}


def action_labels() -> dict[str, str]:
    """The names above in the current language."""
    return {code: QCoreApplication.translate(CONTEXT, text) for code, text in ACTIONS.items()}
