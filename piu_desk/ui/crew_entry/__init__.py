"""Crew lists typed or scanned from passports, and persons found aboard who are not crew."""

from piu_desk.ui.crew_entry.crew_dialog import CrewListDialog
from piu_desk.ui.crew_entry.person_dialog import PersonAboardDialog

__all__ = ["CrewListDialog", "PersonAboardDialog"]
