"""Importing a crew list (IMO FAL Form 5) from a shipping agent's spreadsheet: preview,
column mapping, every row accounted for, and the officer's decision."""

from piu_desk.ui.crew_import.dialog import CrewImportDialog

__all__ = ["CrewImportDialog"]
