"""A person: particulars and documents, every vessel and port call they were seen on, and
persons with a similar name who may be the same one. Linking is the officer's decision,
made after a confirmation that says what it does; nothing is linked automatically."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.records import persons
from piu_desk.core.records.persons import Appearance, Person, Suggestion
from piu_desk.ui.admin.common import confirm, named
from piu_desk.ui.errors import describe, show_error
from piu_desk.ui.intel.alert_marks import MatchBadge, load_confirmed
from piu_desk.ui.intel.tipoffs_about import TipOffsAbout
from piu_desk.ui.records.common import (
    ABOARD,
    CREW,
    MUTED_STYLE,
    PERSON,
    PORT_CALL,
    Particulars,
    Target,
    attempt,
    can_edit,
    country_text,
    format_date,
    format_moment,
    in_background,
)
from piu_desk.ui.records.page import RecordPage, fill_row, record_in, small_table
from piu_desk.ui.tasks import TaskRunner

KEYS = ["family_name", "given_names", "nationality", "date_of_birth", "gender", "documents"]
LINK_COLUMN = 6


def full_name(p: Person) -> str:
    return f"{p.family_name} {p.given_names}".strip()


class PersonPage(RecordPage):
    topics = frozenset({"persons", "crew", "alerts"})

    def __init__(self, desk: Desk, tasks: TaskRunner, person_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk, tasks, parent)
        self.setObjectName("personPage")
        self.person_id = person_id
        self.person: Person | None = None
        self.seen: list[Appearance] = []
        self.suggested: list[Suggestion] = []
        self.link_buttons: list[QPushButton] = []
        self.looking = False
        self.match_badge = MatchBadge()
        self.action_row.insertWidget(0, self.match_badge)
        self.particulars = Particulars(KEYS, columns=2)
        self.seen_group = QGroupBox()
        self.seen_table = small_table("appearances", 4)
        QVBoxLayout(self.seen_group).addWidget(self.seen_table)
        self.suggest_group = QGroupBox()
        self.suggest_note = named(QLabel(), "suggestionsNote")
        self.suggest_note.setWordWrap(True)
        self.suggest_note.setStyleSheet(MUTED_STYLE)
        self.suggest_table = small_table("suggestions", 7)
        box = QVBoxLayout(self.suggest_group)
        box.addWidget(self.suggest_note)
        box.addWidget(self.suggest_table)
        self.body.addWidget(self.particulars)
        self.body.addWidget(self.seen_group, 1)
        self.body.addWidget(TipOffsAbout(desk, tasks, "person", person_id))
        self.body.addWidget(self.suggest_group, 1)
        self.seen_table.activated.connect(self._open_appearance)
        self.suggest_table.activated.connect(self._open_suggestion)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.particulars.set_labels({
            "family_name": self.tr("Family name:"), "given_names": self.tr("Given names:"),
            "nationality": self.tr("Nationality:"), "date_of_birth": self.tr("Date of birth:"),
            "gender": self.tr("Gender:"), "documents": self.tr("Documents:")})
        self.seen_group.setTitle(self.tr("Seen on"))
        self.seen_table.setHorizontalHeaderLabels([
            self.tr("Vessel"), self.tr("Arrival"), self.tr("As"), self.tr("Rank or details")])
        self.suggest_group.setTitle(self.tr("May be the same person"))
        self.suggest_table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Nationality"), self.tr("Date of birth"),
            self.tr("Similarity"), self.tr("Same date of birth"), self.tr("Same nationality"),
            ""])
        self._show()

    def load(self) -> bool:
        person = self._tasks.call(lambda: persons.get(self._desk, self.person_id), self)
        if person is None:
            return False
        self.person = person
        self.match_badge.setVisible(self.person_id in load_confirmed(self._desk).person_ids)
        self.seen = self._tasks.call(lambda: persons.appearances(self._desk, self.person_id),
                                     self) or []
        self._show()
        self._look_for_similar()
        return True

    def _look_for_similar(self) -> None:
        """Similar names are looked for after the page shows (on a large store it takes a
        moment); the table fills in when they are found."""
        self.looking = True
        self._show_suggestions()
        person_id = self.person_id
        in_background(self._desk, lambda: persons.suggestions(self._desk, person_id), self,
                      self._found_similar)

    def _found_similar(self, found: list[Suggestion] | None,
                       error: BaseException | None) -> None:
        self.looking = False
        self.suggested = found or []
        self._show_suggestions()
        if error is not None:
            self.suggest_note.setText(describe(error))

    def _show(self) -> None:
        p = self.person
        if p is None:
            return
        self.title.setText(full_name(p))
        born = format_date(p.date_of_birth)
        self.subtitle.setText(" · ".join(x for x in (
            self.tr("Person"), country_text(p.nationality),
            self.tr("born %1").replace("%1", born) if born else "") if x))
        self.particulars.set_values({
            "family_name": p.family_name, "given_names": p.given_names,
            "nationality": country_text(p.nationality),
            "date_of_birth": format_date(p.date_of_birth), "gender": p.gender,
            "documents": ", ".join(f"{number} ({state})" if state else number
                                   for number, state in p.documents)})
        self._show_seen()
        self._show_suggestions()

    def _show_seen(self) -> None:
        self.seen_table.setRowCount(len(self.seen))
        for row, a in enumerate(self.seen):
            kind = self.tr("Crew") if a.kind == "crew" else self.tr("Found aboard")
            fill_row(self.seen_table, row, [a.vessel_name, format_moment(a.arrival), kind,
                                            a.role], a)

    def _show_suggestions(self) -> None:
        yes, no = self.tr("Yes"), self.tr("No")
        self.link_buttons = []
        self.suggest_table.setRowCount(len(self.suggested))
        for row, s in enumerate(self.suggested):
            fill_row(self.suggest_table, row, [
                full_name(s.person), country_text(s.person.nationality),
                format_date(s.person.date_of_birth),
                QLocale().toString(round(s.score * 100)) + " %",
                yes if s.same_birth else no, yes if s.same_nationality else no, ""], s)
            button = named(QPushButton(self.tr("Same person — link")), f"link{s.person.id}")
            button.setVisible(can_edit(self._desk))
            button.clicked.connect(lambda _checked=False, s=s: self.ask_link(s))
            cell = QWidget()
            line = QHBoxLayout(cell)
            line.setContentsMargins(4, 0, 4, 0)
            line.addWidget(button)
            line.addStretch(1)
            self.suggest_table.setCellWidget(row, LINK_COLUMN, cell)
            self.link_buttons.append(button)
        if self.looking:
            note = self.tr("Looking for persons with a similar name…")
        elif self.suggested:
            note = self.tr(
                "These records have a similar name. Link one only when you are sure it is the "
                "same person, for example the same passport under another spelling. Nothing "
                "is linked automatically.")
        else:
            note = self.tr("No other person with a similar name has been recorded.")
        self.suggest_note.setText(note)
        self.suggest_table.setVisible(bool(self.suggested))

    def focus_widget(self) -> QWidget:
        return self.seen_table

    # -- actions ------------------------------------------------------------------------
    def ask_link(self, suggestion: Suggestion) -> bool:
        """Confirm, then link `suggestion` into this person. True when linked."""
        if self.person is None:
            return False
        other, me = full_name(suggestion.person), full_name(self.person)
        text = self.tr("Link %1 to %2 as the same person?").replace("%1", other) \
            .replace("%2", me)
        details = self.tr(
            "Every crew list row and every record of a person found aboard of %1 will be "
            "shown on this page, and %1's documents are added to this person. Link only when "
            "you are sure, for example when the passport number is the same. The link is "
            "recorded in the audit trail.").replace("%1", other)
        if not confirm(self, self.tr("Same person?"), text, self.tr("Same person — link"),
                       details):
            return False
        other_id = suggestion.person.id
        done = attempt(self._tasks, self,
                       lambda: persons.merge(self._desk, self.person_id, other_id),
                       lambda exc: show_error(self, exc))
        if done is None:
            return False
        self.load()
        return True

    def _open_appearance(self, index: QModelIndex) -> None:
        a: Appearance = record_in(self.seen_table, index.row())
        self.open_record.emit(Target(PORT_CALL, a.port_call_id,
                                     CREW if a.kind == "crew" else ABOARD))

    def _open_suggestion(self, index: QModelIndex) -> None:
        s: Suggestion = record_in(self.suggest_table, index.row())
        self.open_record.emit(Target(PERSON, s.person.id))
