"""The Conflicts screen: records changed on both sides, shown side by side for a supervisor
to keep this desk's version, take theirs, or merge them."""

from piu_desk.ui.conflicts.section import ConflictsSection

__all__ = ["ConflictsSection"]
