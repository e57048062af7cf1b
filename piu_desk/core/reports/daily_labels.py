"""The daily report's own strings, marked in the context "Reports"."""

from __future__ import annotations

from piu_desk.core.text import QT_TRANSLATE_NOOP


class T:
    """Titles, headings, column titles and summary labels."""

    TITLE = QT_TRANSLATE_NOOP("Reports", "Daily report")
    DRAFT = QT_TRANSLATE_NOOP("Reports", "Draft, not issued: this copy has no report number "
                                         "and cannot be verified.")
    NOT_ISSUED = QT_TRANSLATE_NOOP("Reports", "not issued")
    # the header
    UNIT = QT_TRANSLATE_NOOP("Reports", "Unit")
    STATION = QT_TRANSLATE_NOOP("Reports", "Station")
    PERIOD = QT_TRANSLATE_NOOP("Reports", "Period")
    REPORT_NUMBER = QT_TRANSLATE_NOOP("Reports", "Report number")
    PREPARED_BY = QT_TRANSLATE_NOOP("Reports", "Prepared by")
    ISSUED_ON = QT_TRANSLATE_NOOP("Reports", "Issued on")
    VERIFY_NOTE = QT_TRANSLATE_NOOP(
        "Reports", "To check a paper copy, give the desk its report number and the "
                   "verification code printed at the foot of every page.")
    # summary
    SUMMARY = QT_TRANSLATE_NOOP("Reports", "Summary")
    VESSELS = QT_TRANSLATE_NOOP("Reports", "Vessels")
    ARRIVED = QT_TRANSLATE_NOOP("Reports", "Arrived")
    DEPARTED = QT_TRANSLATE_NOOP("Reports", "Departed")
    INSPECTIONS = QT_TRANSLATE_NOOP("Reports", "Inspections")
    CREW_SCREENED = QT_TRANSLATE_NOOP("Reports", "Crew screened")
    CREW_LISTS = QT_TRANSLATE_NOOP("Reports", "Crew lists")
    ALERTS_RAISED = QT_TRANSLATE_NOOP("Reports", "Watchlist alerts")
    ABOARD = QT_TRANSLATE_NOOP("Reports", "Persons found aboard")
    MINORS = QT_TRANSLATE_NOOP("Reports", "Minors")
    VICTIMS = QT_TRANSLATE_NOOP("Reports", "Possible victims of trafficking")
    TIPOFFS = QT_TRANSLATE_NOOP("Reports", "Tip-offs received")
    EQUIPMENT = QT_TRANSLATE_NOOP("Reports", "Equipment")
    ISSUED = QT_TRANSLATE_NOOP("Reports", "Issued")
    RETURNED = QT_TRANSLATE_NOOP("Reports", "Returned")
    LOST = QT_TRANSLATE_NOOP("Reports", "Lost or stolen")
    PENDING = QT_TRANSLATE_NOOP("Reports", "Pending items")
    AWAITING = QT_TRANSLATE_NOOP("Reports", "Inspections awaiting approval")
    OPEN_ALERTS = QT_TRANSLATE_NOOP("Reports", "Open alerts")
    OVERDUE = QT_TRANSLATE_NOOP("Reports", "Overdue returns")
    # section headings
    S_ARRIVED = QT_TRANSLATE_NOOP("Reports", "Vessels arrived")
    S_DEPARTED = QT_TRANSLATE_NOOP("Reports", "Vessels departed")
    S_INSPECTIONS = QT_TRANSLATE_NOOP("Reports", "Inspections")
    S_CREW = QT_TRANSLATE_NOOP("Reports", "Crew lists screened")
    S_ALERTS = QT_TRANSLATE_NOOP("Reports", "Watchlist alerts")
    S_ABOARD = QT_TRANSLATE_NOOP("Reports", "Persons found aboard")
    S_TIPOFFS = QT_TRANSLATE_NOOP("Reports", "Tip-offs received")
    S_EQUIPMENT = QT_TRANSLATE_NOOP("Reports", "Equipment issued, returned and lost")
    S_PENDING = QT_TRANSLATE_NOOP("Reports", "Pending items carried over")
    P_APPROVAL = QT_TRANSLATE_NOOP("Reports", "Inspections awaiting approval")
    P_ALERTS = QT_TRANSLATE_NOOP("Reports", "Open alerts")
    P_OVERDUE = QT_TRANSLATE_NOOP("Reports", "Overdue equipment returns")
    # column titles
    NUMBER = QT_TRANSLATE_NOOP("Reports", "No.")
    ARRIVAL = QT_TRANSLATE_NOOP("Reports", "Arrival")
    DEPARTURE = QT_TRANSLATE_NOOP("Reports", "Departure")
    VESSEL = QT_TRANSLATE_NOOP("Reports", "Vessel")
    IMO = QT_TRANSLATE_NOOP("Reports", "IMO")
    FLAG = QT_TRANSLATE_NOOP("Reports", "Flag")
    BERTH = QT_TRANSLATE_NOOP("Reports", "Berth")
    LAST_PORT = QT_TRANSLATE_NOOP("Reports", "Last port")
    NEXT_PORT = QT_TRANSLATE_NOOP("Reports", "Next port")
    STARTED = QT_TRANSLATE_NOOP("Reports", "Started")
    TYPE = QT_TRANSLATE_NOOP("Reports", "Type")
    OUTCOME = QT_TRANSLATE_NOOP("Reports", "Outcome")
    STATUS = QT_TRANSLATE_NOOP("Reports", "Status")
    OFFICERS = QT_TRANSLATE_NOOP("Reports", "Boarding officers")
    RECORDED = QT_TRANSLATE_NOOP("Reports", "Recorded")
    DIRECTION = QT_TRANSLATE_NOOP("Reports", "List")
    CREW_MEMBERS = QT_TRANSLATE_NOOP("Reports", "Crew")
    ALERTS = QT_TRANSLATE_NOOP("Reports", "Alerts")
    RAISED = QT_TRANSLATE_NOOP("Reports", "Raised")
    SUBJECT = QT_TRANSLATE_NOOP("Reports", "Matched")
    ENTRY = QT_TRANSLATE_NOOP("Reports", "Watchlist entry")
    SCORE = QT_TRANSLATE_NOOP("Reports", "Score")
    DISPOSITION = QT_TRANSLATE_NOOP("Reports", "Disposition")
    NAME = QT_TRANSLATE_NOOP("Reports", "Name")
    NATIONALITY = QT_TRANSLATE_NOOP("Reports", "Nationality")
    BORN_OR_AGE = QT_TRANSLATE_NOOP("Reports", "Date of birth or age")
    GENDER = QT_TRANSLATE_NOOP("Reports", "Gender")
    VULNERABILITY = QT_TRANSLATE_NOOP("Reports", "Vulnerability")
    RECEIVED = QT_TRANSLATE_NOOP("Reports", "Received")
    CHANNEL = QT_TRANSLATE_NOOP("Reports", "Channel")
    SOURCE = QT_TRANSLATE_NOOP("Reports", "Source code")
    GRADE = QT_TRANSLATE_NOOP("Reports", "Grade")
    HANDLING = QT_TRANSLATE_NOOP("Reports", "Handling")
    SUMMARY_TEXT = QT_TRANSLATE_NOOP("Reports", "Summary")
    DATE = QT_TRANSLATE_NOOP("Reports", "Date")
    TAG = QT_TRANSLATE_NOOP("Reports", "Tag")
    ITEM = QT_TRANSLATE_NOOP("Reports", "Item")
    EVENT = QT_TRANSLATE_NOOP("Reports", "Event")
    HOLDER = QT_TRANSLATE_NOOP("Reports", "Holder")
    RECORDED_BY = QT_TRANSLATE_NOOP("Reports", "Recorded by")
    EXPECTED_BACK = QT_TRANSLATE_NOOP("Reports", "Expected back")


GRADE_NONE = QT_TRANSLATE_NOOP("Reports", "Not graded")
# with placeholders: module names, so the placeholder check can follow them
GRADED = QT_TRANSLATE_NOOP("Reports", "Grade {grade}")
BY = QT_TRANSLATE_NOOP("Reports", "by {name}")
AGE = QT_TRANSLATE_NOOP("Reports", "{age} years")
DIRECTION_LABELS = {
    "arrival": QT_TRANSLATE_NOOP("Reports", "Arrival"),
    "departure": QT_TRANSLATE_NOOP("Reports", "Departure"),
}
SUBJECT_LABELS = {
    "crew_member": QT_TRANSLATE_NOOP("Reports", "Crew member"),
    "person_aboard": QT_TRANSLATE_NOOP("Reports", "Person found aboard"),
    "port_call": QT_TRANSLATE_NOOP("Reports", "Vessel"),
}
DISPOSITION_LABELS = {
    "open": QT_TRANSLATE_NOOP("Reports", "Open"),
    "confirmed": QT_TRANSLATE_NOOP("Reports", "Confirmed match"),
    "false_positive": QT_TRANSLATE_NOOP("Reports", "False positive"),
    "hq_check": QT_TRANSLATE_NOOP("Reports", "Needs HQ check"),
}
