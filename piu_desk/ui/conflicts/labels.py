"""Words for a conflict: the record family, why it is a conflict, and each field's label.

Field labels are those of the record screens where they have one (same context and text,
so their translation is shared); the others are marked here in context "ConflictFields".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from piu_desk.core.text import QT_TRANSLATE_NOOP

C = "ConflictFields"

FAMILIES = {
    "vessels": QT_TRANSLATE_NOOP(C, "Vessel"),
    "port_calls": QT_TRANSLATE_NOOP(C, "Port call"),
    "crew_lists": QT_TRANSLATE_NOOP(C, "Crew list"),
    "persons": QT_TRANSLATE_NOOP(C, "Person"),
    "persons_aboard": QT_TRANSLATE_NOOP(C, "Person aboard"),
    "inspections": QT_TRANSLATE_NOOP(C, "Inspection"),
    "tipoffs": QT_TRANSLATE_NOOP(C, "Tip-off"),
    "watchlist_entries": QT_TRANSLATE_NOOP(C, "Watchlist entry"),
    "alerts": QT_TRANSLATE_NOOP(C, "Alert"),
    "attachments": QT_TRANSLATE_NOOP(C, "Attachment"),
    "assets": QT_TRANSLATE_NOOP(C, "Equipment item"),
    "asset_events": QT_TRANSLATE_NOOP(C, "Equipment event"),
    "custody": QT_TRANSLATE_NOOP(C, "Custody"),
    "handovers": QT_TRANSLATE_NOOP(C, "Handover"),
    "incidents": QT_TRANSLATE_NOOP(C, "Incident"),
    "maintenance_schedules": QT_TRANSLATE_NOOP(C, "Maintenance schedule"),
    "repairs": QT_TRANSLATE_NOOP(C, "Repair"),
    "campaigns": QT_TRANSLATE_NOOP(C, "Verification campaign"),
}

REASONS = {
    "both_changed": QT_TRANSLATE_NOOP(C, "changed on both sides"),
    "clash": QT_TRANSLATE_NOOP(C, "clashes with a record here"),
}

PICKS = {
    "local": QT_TRANSLATE_NOOP(C, "kept this desk's"),
    "theirs": QT_TRANSLATE_NOOP(C, "took theirs"),
    "merged": QT_TRANSLATE_NOOP(C, "merged"),
}

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
    "name": QT_TRANSLATE_NOOP(C, "Name"),
    "names": QT_TRANSLATE_NOOP(C, "Names"),
    "flag": QT_TRANSLATE_NOOP(C, "Flag"),
    "imo": QT_TRANSLATE_NOOP(C, "IMO number"),
    "mmsi": QT_TRANSLATE_NOOP(C, "MMSI"),
    "family_name": QT_TRANSLATE_NOOP(C, "Family name"),
    "given_names": QT_TRANSLATE_NOOP(C, "Given names"),
    "nationality": QT_TRANSLATE_NOOP(C, "Nationality"),
    "date_of_birth": QT_TRANSLATE_NOOP(C, "Date of birth"),
    "gender": QT_TRANSLATE_NOOP(C, "Gender"),
    "age": QT_TRANSLATE_NOOP(C, "Age"),
    "port_call_id": QT_TRANSLATE_NOOP(C, "Port call"),
    "vessel_id": QT_TRANSLATE_NOOP(C, "Vessel"),
    "person_id": QT_TRANSLATE_NOOP(C, "Person"),
    "asset_id": QT_TRANSLATE_NOOP(C, "Equipment item"),
    "direction": QT_TRANSLATE_NOOP(C, "Direction"),
    "source": QT_TRANSLATE_NOOP(C, "Source"),
    "type": QT_TRANSLATE_NOOP(C, "Type"),
    "kind": QT_TRANSLATE_NOOP(C, "Kind"),
    "started_at": QT_TRANSLATE_NOOP(C, "Started"),
    "findings": QT_TRANSLATE_NOOP(C, "Findings"),
    "risk": QT_TRANSLATE_NOOP(C, "Risk"),
    "outcome": QT_TRANSLATE_NOOP(C, "Outcome"),
    "status": QT_TRANSLATE_NOOP(C, "Status"),
    "review_comment": QT_TRANSLATE_NOOP(C, "Review comment"),
    "reviewed_by": QT_TRANSLATE_NOOP(C, "Reviewed by"),
    "reviewed_at": QT_TRANSLATE_NOOP(C, "Reviewed"),
    "amendments": QT_TRANSLATE_NOOP(C, "Amendments"),
    "grade_scheme": QT_TRANSLATE_NOOP(C, "Grading scheme"),
    "grade": QT_TRANSLATE_NOOP(C, "Grade"),
    "confirmation": QT_TRANSLATE_NOOP(C, "Confirmation"),
    "handling": QT_TRANSLATE_NOOP(C, "Handling code"),
    "circumstances": QT_TRANSLATE_NOOP(C, "Circumstances"),
    "vulnerabilities": QT_TRANSLATE_NOOP(C, "Vulnerabilities"),
    "name_key": QT_TRANSLATE_NOOP(C, "Name for matching"),
    "merged_into": QT_TRANSLATE_NOOP(C, "Merged into"),
    "provenance": QT_TRANSLATE_NOOP(C, "Provenance"),
    "reason": QT_TRANSLATE_NOOP(C, "Reason"),
    "note": QT_TRANSLATE_NOOP(C, "Note"),
    "created_at": QT_TRANSLATE_NOOP(C, "Created"),
    "created_by": QT_TRANSLATE_NOOP(C, "Created by"),
    "updated_at": QT_TRANSLATE_NOOP(C, "Last changed"),
    "origin": QT_TRANSLATE_NOOP(C, "Origin"),
    "description": QT_TRANSLATE_NOOP(C, "Description"),
    "tag": QT_TRANSLATE_NOOP(C, "Tag"),
    "location": QT_TRANSLATE_NOOP(C, "Location"),
    "condition": QT_TRANSLATE_NOOP(C, "Condition"),
    "holder": QT_TRANSLATE_NOOP(C, "Holder"),
}

# Children, by table: how their rows are counted in words.
CHILDREN = {
    "crew_members": QT_TRANSLATE_NOOP(C, "Crew members"),
    "vessel_history": QT_TRANSLATE_NOOP(C, "Former names and flags"),
    "person_documents": QT_TRANSLATE_NOOP(C, "Identity documents"),
    "tipoff_subjects": QT_TRANSLATE_NOOP(C, "Subjects"),
    "tipoff_moves": QT_TRANSLATE_NOOP(C, "Status changes"),
    "tipoff_inspections": QT_TRANSLATE_NOOP(C, "Linked inspections"),
    "inspection_officers": QT_TRANSLATE_NOOP(C, "Inspecting officers"),
    "inspection_amendments": QT_TRANSLATE_NOOP(C, "Amendments"),
    "campaign_checks": QT_TRANSLATE_NOOP(C, "Checks"),
    "maintenance_done": QT_TRANSLATE_NOOP(C, "Maintenance done"),
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
