"""The Approvals section: the supervisor's queue of submitted inspections.

The chosen inspection is shown read-only below the queue with its vessel, port call,
findings and attachments; the supervisor approves it, or returns it with a comment that
says what has to change (required). The sidebar shows how many wait: "Approvals (3)"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.accounts import Role
from piu_desk.core.errors import DeskError, Invalid
from piu_desk.core.records import inspections, officers
from piu_desk.core.session import Changes
from piu_desk.ui.admin.common import error_label, named, read_only, status_style
from piu_desk.ui.entry_common import (
    PortCallInfo,
    heading_label,
    load_port_call,
    not_default,
    number,
    port_call_line,
    vessel_line,
)
from piu_desk.ui.errors import show_error, tr_core
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.inspections.attachments_panel import AttachmentsPanel
from piu_desk.ui.inspections.form import InspectionForm
from piu_desk.ui.inspections.queue_model import ApprovalQueueModel, Column, QueueRow
from piu_desk.ui.inspections.review_text import status_line
from piu_desk.ui.tasks import TaskRunner

TOPICS = ("inspections", "session", "port_calls", "vessels", "users", "attachments")
SECTION_TITLE = "Approvals"  # marked in context "Sections" in piu_desk/ui/sections.py


class ApprovalsSection(Retranslating, QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsSection")
        self._desk, self._tasks = desk, tasks
        self._names: dict[str, str] = {}
        self._fitted = False
        self.model = ApprovalQueueModel(self)
        self.heading = heading_label("approvalsHeading")
        self.empty = named(QLabel(), "queueEmpty")
        self.notice = named(QLabel(), "approvalsNotice")
        self.notice.setWordWrap(True)
        self.table = self._make_table()
        self._build_detail()
        self._lay_out()
        self.retranslate()
        self.reload()

    def _make_table(self) -> QTableView:
        table = read_only(named(QTableView(), "approvalQueue"))
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.VESSEL, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(lambda *_: self.show_chosen())
        return table

    def _build_detail(self) -> None:
        self.vessel = heading_label("reviewVessel")
        self.port_call = named(QLabel(), "reviewPortCall")
        self.status = named(QLabel(), "reviewStatus")
        self.form = InspectionForm()
        self.form.set_editable(False)
        self.attachments = AttachmentsPanel(self._desk, self._tasks)
        self.attachments.view.setMinimumHeight(110)
        self.attachments_box = QGroupBox()
        QVBoxLayout(self.attachments_box).addWidget(self.attachments)
        self.comment_label = QLabel()
        self.comment = named(QPlainTextEdit(), "reviewComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(60)
        self.comment_label.setBuddy(self.comment)
        self.comment_error = named(error_label(), "commentError")
        self.own_note = named(QLabel(), "ownInspection")
        self.own_note.setWordWrap(True)
        self.approve_button = named(QPushButton(), "approve")
        self.return_button = named(QPushButton(), "returnInspection")
        not_default(self.approve_button, self.return_button)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_chosen)
        self.review_box = QGroupBox()
        review = QVBoxLayout(self.review_box)
        review.addWidget(self.comment_label)
        review.addWidget(self.comment, 1)
        review.addWidget(self.comment_error)
        side = QVBoxLayout()
        side.addWidget(self.attachments_box, 1)
        side.addWidget(self.review_box, 1)
        columns = QHBoxLayout()
        columns.addWidget(self.form, 3)
        columns.addLayout(side, 2)
        self.detail = named(QWidget(), "reviewDetail")
        # The decision stays in sight above the record, however long the findings are.
        heading = QHBoxLayout()
        heading.addWidget(self.vessel, 1)
        heading.addWidget(self.return_button)
        heading.addWidget(self.approve_button)
        layout = QVBoxLayout(self.detail)
        layout.addLayout(heading)
        layout.addWidget(self.own_note)
        layout.addWidget(self.port_call)
        layout.addWidget(self.status)
        layout.addLayout(columns, 1)

    def _lay_out(self) -> None:
        top = QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.heading)
        upper.addWidget(self.notice)
        upper.addWidget(self.table, 1)
        upper.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Inspections waiting for approval"))
        self.empty.setText(self.tr("No inspection is waiting for approval."))
        self.attachments_box.setTitle(self.tr("Photos and documents"))
        self.review_box.setTitle(self.tr("Your decision"))
        self.comment_label.setText(self.tr("&Comment for the officer (required to return):"))
        self.comment.setPlaceholderText(self.tr("What has to change before you can approve "
                                                "it?"))
        self.approve_button.setText(self.tr("Approve"))
        self.return_button.setText(self.tr("Return with comment"))
        self.own_note.setText(self.tr("You were one of the boarding officers: another "
                                      "supervisor approves this inspection."))
        self.model.retranslate()
        self.show_chosen()
        if self._fitted:
            self.fit_queue()

    # -- the queue ------------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if any(changes.touches(topic) for topic in TOPICS):
            self.reload()

    def _may_review(self) -> bool:
        session = self._desk.session
        return self._desk.is_unlocked and session is not None and session.has(Role.SUPERVISOR)

    def reload(self) -> None:
        if not self._may_review():
            self.model.set_rows([], {})
            self.show_chosen()
            return
        queue = self._tasks.call(lambda: inspections.approval_queue(self._desk), self)
        if queue is None:
            return
        try:
            self._names = dict(officers.boarding_officers(self._desk))
        except DeskError:
            self._names = {}
        infos: dict[int, PortCallInfo | None] = {}
        for item in queue:
            if item.port_call_id not in infos:
                infos[item.port_call_id] = self._port_call(item.port_call_id)
        chosen = self.chosen()
        self.model.set_rows([QueueRow(i, infos[i.port_call_id]) for i in queue], self._names)
        self.select(chosen.inspection.id or 0 if chosen is not None else 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_queue()

    def fit_queue(self) -> None:
        """The queue as tall as its rows (3 to 6 in sight), the rest for the inspection;
        done when first shown and when the language changes, not after each decision."""
        rows = min(max(self.model.rowCount(), 3), 6)
        need = (self.heading.sizeHint().height() + self.table.horizontalHeader().height()
                + rows * self.table.verticalHeader().defaultSectionSize()
                + 2 * self.table.frameWidth() + 16)
        total = sum(self.splitter.sizes()) or 760
        self.splitter.setSizes([need, max(total - need, 1)])

    def _port_call(self, port_call_id: int) -> PortCallInfo | None:
        try:
            return load_port_call(self._desk, port_call_id)
        except DeskError:
            return None

    def count(self) -> int:
        return self.model.rowCount()

    def sidebar_title(self) -> str:
        """"Approvals (3)" while inspections wait, "Approvals" when none do."""
        title = QCoreApplication.translate("Sections", SECTION_TITLE)
        if not self.count():
            return title
        return self.tr("%1 (%2)").replace("%1", title).replace("%2", number(self.count()))

    def select(self, inspection_id: int) -> None:
        """That inspection, or the first one when it is no longer waiting."""
        row = max(self.model.row_of(inspection_id), 0)
        if row < self.model.rowCount():
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.show_chosen()

    def chosen(self) -> QueueRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def show_chosen(self) -> None:
        row = self.chosen()
        self.empty.setVisible(self.model.rowCount() == 0)
        self.detail.setVisible(row is not None)
        if row is None:
            return
        self.vessel.setText(vessel_line(row.info) if row.info else "")
        self.port_call.setText(port_call_line(row.info) if row.info else "")
        self.status.setText(status_line(row.inspection))
        available = sorted(self._names.items(), key=lambda kv: kv[1])
        self.form.fill(row.inspection, available, "")
        self.form.set_editable(False)
        if self.attachments.property("inspection") != row.inspection.id:
            self.attachments.setProperty("inspection", row.inspection.id)
            self.attachments.set_owner(row.inspection.id)
            self.comment.clear()
            self.comment_error.hide()
        session = self._desk.session
        own = session is not None and session.username in row.inspection.officers
        self.own_note.setVisible(own)
        self.approve_button.setEnabled(not own)

    # -- decisions ------------------------------------------------------------------------
    def approve(self) -> None:
        row = self.chosen()
        if row is None or row.inspection.id is None:
            return
        iid, name = row.inspection.id, row.vessel_name
        self._decide(lambda: inspections.approve(self._desk, iid),
                     self.tr("Approved: the inspection of %1.").replace("%1", name))

    def return_chosen(self) -> None:
        row = self.chosen()
        if row is None or row.inspection.id is None:
            return
        iid, name, text = row.inspection.id, row.vessel_name, self.comment.toPlainText()
        self._decide(lambda: inspections.return_for_changes(self._desk, iid, text),
                     self.tr("Returned to the officer with your comment: the inspection of "
                             "%1.").replace("%1", name))

    def _decide(self, call: Callable[[], Changes], done: str) -> None:
        self.comment_error.hide()
        try:
            changes = call()
        except Invalid as exc:
            self.comment_error.setText(exc.render(tr_core))
            self.comment_error.show()
            self.comment.setFocus()
            return
        except Exception as exc:  # every error reaches the user or the log
            show_error(self, exc)
            return
        self.notice.setStyleSheet(status_style(True))
        self.notice.setText(done)
        self._tasks.changed.emit(changes)
