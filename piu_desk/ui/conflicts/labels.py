"""Words for a conflict: the record family, why it is a conflict, and each field's label.

Field labels are those of the record screens where they have one (same context and text,
so their translation is shared); the others are marked here in context "ConflictFields".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from piu_desk.core.text import QT_TRANSLATE_NOOP

C = "ConflictFields"

FAMILIES = {
    "vessels": QT_TRANSLATE_NOOP("ConflictFields", "Vessel"),
    "port_calls": QT_TRANSLATE_NOOP("ConflictFields", "Port call"),
    "crew_lists": QT_TRANSLATE_NOOP("ConflictFields", "Crew list"),
    "persons": QT_TRANSLATE_NOOP("ConflictFields", "Person"),
    "persons_aboard": QT_TRANSLATE_NOOP("ConflictFields", "Person aboard"),
    "inspections": QT_TRANSLATE_NOOP("ConflictFields", "Inspection"),
    "tipoffs": QT_TRANSLATE_NOOP("ConflictFields", "Tip-off"),
    "watchlist_entries": QT_TRANSLATE_NOOP("ConflictFields", "Watchlist entry"),
    "alerts": QT_TRANSLATE_NOOP("ConflictFields", "Alert"),
    "attachments": QT_TRANSLATE_NOOP("ConflictFields", "Attachment"),
    "assets": QT_TRANSLATE_NOOP("ConflictFields", "Equipment item"),
    "asset_events": QT_TRANSLATE_NOOP("ConflictFields", "Equipment event"),
    "custody": QT_TRANSLATE_NOOP("ConflictFields", "Custody"),
    "handovers": QT_TRANSLATE_NOOP("ConflictFields", "Handover"),
    "incidents": QT_TRANSLATE_NOOP("ConflictFields", "Incident"),
    "maintenance_schedules": QT_TRANSLATE_NOOP("ConflictFields", "Maintenance schedule"),
    "repairs": QT_TRANSLATE_NOOP("ConflictFields", "Repair"),
    "campaigns": QT_TRANSLATE_NOOP("ConflictFields", "Verification campaign"),
}

REASONS = {
    "both_changed": QT_TRANSLATE_NOOP("ConflictFields", "changed on both sides"),
    "clash": QT_TRANSLATE_NOOP("ConflictFields", "clashes with a record here"),
}

PICKS = {
    "local": QT_TRANSLATE_NOOP("ConflictFields", "kept this desk's"),
    "theirs": QT_TRANSLATE_NOOP("ConflictFields", "took theirs"),
    "merged": QT_TRANSLATE_NOOP("ConflictFields", "merged"),
}
SETTLED_THERE = QT_TRANSLATE_NOOP("ConflictFields", "settled at {station}; their choice arrived")

# (table or "*", column) -> (context, text) of a label a record screen already shows.
SCREEN_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("vessels", "name"): ("VesselPage", "Name:"),
    ("vessels", "flag"): ("VesselPage", "Flag state:"),
    ("vessels", "imo"): ("VesselPage", "IMO number:"),
    ("vessels", "mmsi"): ("VesselPage", "MMSI:"),
    ("vessels", "call_sign"): ("VesselPage", "Call sign:"),
    ("vessels", "ship_type"): ("VesselPage", "Type (AIS):"),
    ("vessels", "gross_tonnage"): ("VesselPage", "Gross tonnage:"),
    ("vessels", "owner_operator"): ("VesselPage", "Owner or operator:"),
    ("port_calls", "vessel_id"): ("PortCallPage", "Vessel:"),
    ("port_calls", "arrival"): ("PortCallForm", "Arrival:"),
    ("port_calls", "departure"): ("PortCallForm", "Departure:"),
    ("port_calls", "last_port"): ("PortCallForm", "Last port:"),
    ("port_calls", "next_port"): ("PortCallForm", "Next port:"),
    ("port_calls", "berth"): ("PortCallForm", "Berth:"),
    ("port_calls", "agent"): ("PortCallForm", "Agent:"),
    ("port_calls", "voyage_number"): ("PortCallForm", "Voyage number:"),
    ("port_calls", "crew_count"): ("PortCallForm", "Crew:"),
    ("port_calls", "passenger_count"): ("PortCallForm", "Passengers:"),
    ("tipoffs", "received_at"): ("TipOffForm", "Received:"),
    ("tipoffs", "channel"): ("TipOffForm", "Channel:"),
    ("tipoffs", "source_code"): ("TipOffForm", "Source code:"),
    ("tipoffs", "reporting_officer"): ("TipOffForm", "Received by:"),
    ("tipoffs", "handling"): ("TipOffForm", "Handling code:"),
    ("tipoffs", "text"): ("TipOffForm", "Report:"),
    ("watchlist_entries", "date_of_birth"): ("WatchEntryDialog", "Date of birth:"),
    ("watchlist_entries", "nationality"): ("WatchEntryDialog", "Nationality:"),
    ("watchlist_entries", "documents"): ("WatchEntryDialog", "Documents:"),
    ("watchlist_entries", "imo"): ("WatchEntryDialog", "IMO number:"),
    ("watchlist_entries", "mmsi"): ("WatchEntryDialog", "MMSI:"),
    ("watchlist_entries", "call_sign"): ("WatchEntryDialog", "Call sign:"),
    ("watchlist_entries", "flag"): ("WatchEntryDialog", "Flag state:"),
    ("watchlist_entries", "reason"): ("WatchEntryDialog", "Reason:"),
    ("watchlist_entries", "issuer"): ("WatchEntryDialog", "Issuing unit:"),
    ("watchlist_entries", "issued"): ("WatchEntryDialog", "Issued on:"),
    ("watchlist_entries", "expires"): ("WatchEntryDialog", "Expires on:"),
    ("watchlist_entries", "handling"): ("WatchEntryDialog", "Handling code:"),
    ("*", "origin"): ("WatchEntryDialog", "Origin:"),
}

# The other columns of the shared records, by name, whatever the table.
COLUMN_LABELS = {
    "name": QT_TRANSLATE_NOOP("ConflictFields", "Name"),
    "names": QT_TRANSLATE_NOOP("ConflictFields", "Names"),
    "flag": QT_TRANSLATE_NOOP("ConflictFields", "Flag"),
    "imo": QT_TRANSLATE_NOOP("ConflictFields", "IMO number"),
    "mmsi": QT_TRANSLATE_NOOP("ConflictFields", "MMSI"),
    "family_name": QT_TRANSLATE_NOOP("ConflictFields", "Family name"),
    "given_names": QT_TRANSLATE_NOOP("ConflictFields", "Given names"),
    "nationality": QT_TRANSLATE_NOOP("ConflictFields", "Nationality"),
    "date_of_birth": QT_TRANSLATE_NOOP("ConflictFields", "Date of birth"),
    "gender": QT_TRANSLATE_NOOP("ConflictFields", "Gender"),
    "age": QT_TRANSLATE_NOOP("ConflictFields", "Age"),
    "port_call_id": QT_TRANSLATE_NOOP("ConflictFields", "Port call"),
    "vessel_id": QT_TRANSLATE_NOOP("ConflictFields", "Vessel"),
    "person_id": QT_TRANSLATE_NOOP("ConflictFields", "Person"),
    "asset_id": QT_TRANSLATE_NOOP("ConflictFields", "Equipment item"),
    "direction": QT_TRANSLATE_NOOP("ConflictFields", "Direction"),
    "source": QT_TRANSLATE_NOOP("ConflictFields", "Source"),
    "type": QT_TRANSLATE_NOOP("ConflictFields", "Type"),
    "kind": QT_TRANSLATE_NOOP("ConflictFields", "Kind"),
    "started_at": QT_TRANSLATE_NOOP("ConflictFields", "Started"),
    "findings": QT_TRANSLATE_NOOP("ConflictFields", "Findings"),
    "risk": QT_TRANSLATE_NOOP("ConflictFields", "Risk"),
    "outcome": QT_TRANSLATE_NOOP("ConflictFields", "Outcome"),
    "status": QT_TRANSLATE_NOOP("ConflictFields", "Status"),
    "review_comment": QT_TRANSLATE_NOOP("ConflictFields", "Review comment"),
    "reviewed_by": QT_TRANSLATE_NOOP("ConflictFields", "Reviewed by"),
    "reviewed_at": QT_TRANSLATE_NOOP("ConflictFields", "Reviewed"),
    "amendments": QT_TRANSLATE_NOOP("ConflictFields", "Amendments"),
    "grade_scheme": QT_TRANSLATE_NOOP("ConflictFields", "Grading scheme"),
    "grade": QT_TRANSLATE_NOOP("ConflictFields", "Grade"),
    "confirmation": QT_TRANSLATE_NOOP("ConflictFields", "Confirmation"),
    "handling": QT_TRANSLATE_NOOP("ConflictFields", "Handling code"),
    "circumstances": QT_TRANSLATE_NOOP("ConflictFields", "Circumstances"),
    "vulnerabilities": QT_TRANSLATE_NOOP("ConflictFields", "Vulnerabilities"),
    "name_key": QT_TRANSLATE_NOOP("ConflictFields", "Name for matching"),
    "merged_into": QT_TRANSLATE_NOOP("ConflictFields", "Merged into"),
    "provenance": QT_TRANSLATE_NOOP("ConflictFields", "Provenance"),
    "reason": QT_TRANSLATE_NOOP("ConflictFields", "Reason"),
    "note": QT_TRANSLATE_NOOP("ConflictFields", "Note"),
    "created_at": QT_TRANSLATE_NOOP("ConflictFields", "Created"),
    "created_by": QT_TRANSLATE_NOOP("ConflictFields", "Created by"),
    "updated_at": QT_TRANSLATE_NOOP("ConflictFields", "Last changed"),
    "origin": QT_TRANSLATE_NOOP("ConflictFields", "Origin"),
    "description": QT_TRANSLATE_NOOP("ConflictFields", "Description"),
    "tag": QT_TRANSLATE_NOOP("ConflictFields", "Tag"),
    "location": QT_TRANSLATE_NOOP("ConflictFields", "Location"),
    "condition": QT_TRANSLATE_NOOP("ConflictFields", "Condition"),
    "holder": QT_TRANSLATE_NOOP("ConflictFields", "Holder"),
}

# Children, by table: how their rows are counted in words.
CHILDREN = {
    "crew_members": QT_TRANSLATE_NOOP("ConflictFields", "Crew members"),
    "vessel_history": QT_TRANSLATE_NOOP("ConflictFields", "Former names and flags"),
    "person_documents": QT_TRANSLATE_NOOP("ConflictFields", "Identity documents"),
    "tipoff_subjects": QT_TRANSLATE_NOOP("ConflictFields", "Subjects"),
    "tipoff_moves": QT_TRANSLATE_NOOP("ConflictFields", "Status changes"),
    "tipoff_inspections": QT_TRANSLATE_NOOP("ConflictFields", "Linked inspections"),
    "inspection_officers": QT_TRANSLATE_NOOP("ConflictFields", "Inspecting officers"),
    "inspection_amendments": QT_TRANSLATE_NOOP("ConflictFields", "Amendments"),
    "campaign_checks": QT_TRANSLATE_NOOP("ConflictFields", "Checks"),
    "maintenance_done": QT_TRANSLATE_NOOP("ConflictFields", "Maintenance done"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def family_name(table: str) -> str:
    return tr(FAMILIES[table]) if table in FAMILIES else readable(table)


def reason_text(reason: str) -> str:
    return tr(REASONS[reason]) if reason in REASONS else reason


def pick_text(pick: str) -> str:
    return tr(PICKS[pick]) if pick in PICKS else pick


def readable(name: str) -> str:
    """A column or table nobody labelled yet, in words, still through the catalogue."""
    return tr(name.replace("_", " ").capitalize())


def field_label(table: str, column: str) -> str:
    screen = SCREEN_LABELS.get((table, column)) or SCREEN_LABELS.get(("*", column))
    if screen is not None:
        return QCoreApplication.translate(*screen).rstrip(":：៖ ")
    if column in COLUMN_LABELS:
        return tr(COLUMN_LABELS[column])
    return readable(column)


def child_label(table: str) -> str:
    return tr(CHILDREN[table]) if table in CHILDREN else readable(table)
