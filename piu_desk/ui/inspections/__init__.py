"""Inspections: the officer's dialog (draft, submit, amend, attachments) and the
supervisors' Approvals section."""

from piu_desk.ui.inspections.approvals import ApprovalsSection
from piu_desk.ui.inspections.dialog import InspectionDialog

__all__ = ["ApprovalsSection", "InspectionDialog"]
