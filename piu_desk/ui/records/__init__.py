"""The officer's records: port calls, vessels, crew lists, persons found aboard and
persons, with one search box over them all."""

from piu_desk.ui.records.section import PortCallsSection, VesselsSection

__all__ = ["PortCallsSection", "VesselsSection"]
