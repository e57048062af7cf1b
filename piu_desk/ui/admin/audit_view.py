"""The Audit trail tab: the hash-chained log, newest first, filtered by action and user,
and a verifier that names the first entry that does not fit the chain."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Cancel, Desk, Progress
from piu_desk.core.domain.audit import AuditVerdict
from piu_desk.ui.admin.audit_model import SYSTEM_ACTOR, AuditModel, Column
from piu_desk.ui.admin.common import named, read_only, status_style
from piu_desk.ui.errors import tr_core
from piu_desk.ui.tasks import Task, TaskRunner

HASH_SHOWN = 16
RECOVERY_ACTOR = "recovery"


class AuditView(QWidget):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditView")
        self._desk = desk
        self._tasks = tasks
        self._usernames: list[str] = []
        self._verdict: tuple[AuditVerdict, bool] | None = None
        self.model = AuditModel(desk, self)
        self.action_label = QLabel()
        self.action_filter = named(QComboBox(), "actionFilter")
        self.actor_label = QLabel()
        self.actor_filter = named(QComboBox(), "actorFilter")
        self.verify_button = named(QPushButton(), "verifyChain")
        self.count = named(QLabel(), "auditCount")
        self.verdict = named(QLabel(), "verdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.table = self._make_table()
        self._lay_out()
        self._connect()
        self.retranslate()

    def _make_table(self) -> QTableView:
        table = read_only(named(QTableView(), "auditTable"))
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column in Column:
            mode = QHeaderView.ResizeMode.Interactive
            if column == Column.DETAIL:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.action_label)
        filters.addWidget(self.action_filter)
        filters.addSpacing(12)
        filters.addWidget(self.actor_label)
        filters.addWidget(self.actor_filter)
        filters.addSpacing(12)
        filters.addWidget(self.count)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.action_filter.currentIndexChanged.connect(self._apply_filter)
        self.actor_filter.currentIndexChanged.connect(self._apply_filter)
        self.verify_button.clicked.connect(self.verify)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

    def _action_groups(self) -> list[tuple[str, str]]:
        """(label, action prefix) pairs for the action filter."""
        return [(self.tr("All actions"), ""),
                (self.tr("Log-ins and failed log-ins"), "login"),
                (self.tr("Locks"), "lock"),
                (self.tr("Accounts"), "user."),
                (self.tr("Data key"), "key."),
                (self.tr("Recovery key"), "recovery."),
                (self.tr("Store and backups"), "store."),
                (self.tr("Settings"), "settings."),
                (self.tr("Vessels"), "vessel."),
                (self.tr("Port calls"), "port_call."),
                (self.tr("Inspections"), "inspection."),
                (self.tr("Crew lists"), "crew_list."),
                (self.tr("Persons"), "person"),
                (self.tr("Attachments"), "attachment."),
                (self.tr("Printouts"), "report.")]

    def retranslate(self) -> None:
        self.action_label.setText(self.tr("Action:"))
        self.actor_label.setText(self.tr("User:"))
        self.verify_button.setText(self.tr("Verify chain"))
        self.verify_button.setToolTip(self.tr(
            "Recompute the hash of every entry and name the first one that was altered."))
        self._fill_actions()
        self._fill_actors()
        self.model.retranslate()
        self._update_count()
        if self._verdict is not None:
            self._show_verdict_text(*self._verdict)
        self._fit_columns()

    def _fill_actions(self) -> None:
        current = self.action_filter.currentData() or ""
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        for label, prefix in self._action_groups():
            self.action_filter.addItem(label, prefix)
        self.action_filter.setCurrentIndex(max(0, self.action_filter.findData(current)))
        self.action_filter.blockSignals(False)

    def _fill_actors(self) -> None:
        current = self.actor_filter.currentData() or ""
        self.actor_filter.blockSignals(True)
        self.actor_filter.clear()
        self.actor_filter.addItem(self.tr("Everyone"), "")
        self.actor_filter.addItem(self.tr("(system)"), SYSTEM_ACTOR)
        for name in [*self._usernames, RECOVERY_ACTOR]:
            self.actor_filter.addItem(name, name)
        self.actor_filter.setCurrentIndex(max(0, self.actor_filter.findData(current)))
        self.actor_filter.blockSignals(False)

    def set_usernames(self, usernames: list[str]) -> None:
        self._usernames = sorted(usernames)
        self._fill_actors()

    # -- loading --------------------------------------------------------------------------
    def reload(self) -> None:
        if not self._desk.is_unlocked:
            self.model.clear()
            return
        self.model.reload()
        self._fit_columns()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.action_filter.currentData() or "",
                              self.actor_filter.currentData() or "")
        self._fit_columns()

    def clear_filters(self) -> None:
        self.action_filter.setCurrentIndex(0)
        self.actor_filter.setCurrentIndex(0)

    def _fit_columns(self) -> None:
        for column in (Column.SEQ, Column.TIME, Column.ACTOR, Column.ACTION, Column.TARGET):
            self.table.resizeColumnToContents(column)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown < total:
            text = self.tr("%1 of %2 entries shown; scroll for more")
        else:
            text = self.tr("%2 entries")
        self.count.setText(text.replace("%1", str(shown)).replace("%2", str(total)))

    def forget(self) -> None:
        """A new session starts without the previous one's verdict."""
        self._verdict = None
        self.verdict.clear()
        self.verdict.hide()
        self.model.mark_bad(None)

    # -- verifying ------------------------------------------------------------------------
    def verify(self) -> Task:
        desk = self._desk

        def work(progress: Progress, cancel: Cancel) -> tuple[AuditVerdict, bool]:
            return desk.verify_audit(progress, cancel), cancel()
        return self._tasks.run(work, parent=self, title=self.tr("Verifying the audit trail…"),
                               cancellable=True, on_done=self._verified)

    def _verified(self, result: object) -> None:
        assert isinstance(result, tuple)
        verdict, cancelled = result
        self.show_verdict(verdict, cancelled)

    def show_verdict(self, verdict: AuditVerdict, cancelled: bool = False) -> None:
        self._verdict = (verdict, cancelled)
        self._show_verdict_text(verdict, cancelled)
        self.model.mark_bad(None if verdict.ok else verdict.first_bad_seq)
        if not verdict.ok and verdict.first_bad_seq is not None:
            self.model.reload()  # show the entries as they are now, altered ones included
            self.show_entry(verdict.first_bad_seq)

    def _show_verdict_text(self, verdict: AuditVerdict, cancelled: bool) -> None:
        if cancelled and verdict.ok:
            text = self.tr("Verification cancelled after %1 entries; those are intact.")
            text = text.replace("%1", str(verdict.entries))
        elif verdict.ok:
            text = self.tr("The audit trail is intact: %1 entries checked, head hash %2…")
            text = text.replace("%1", str(verdict.entries)).replace(
                "%2", verdict.head[:HASH_SHOWN])
        else:
            text = self.tr("The audit trail was altered: entry %1 is the first that does not "
                           "fit the chain (%2). The %3 entries before it are intact. Report "
                           "this to your supervisor.")
            text = text.replace("%1", str(verdict.first_bad_seq)).replace(
                "%2", verdict.reason_text(tr_core)).replace("%3", str(verdict.entries))
        self.verdict.setText(text)
        self.verdict.setStyleSheet(status_style(verdict.ok))
        self.verdict.show()

    def show_entry(self, seq: int) -> int:
        """Select and scroll to entry `seq`, clearing the filters if they hide it."""
        if self.model.filtered:
            self.clear_filters()
        row = self.model.row_of_seq(seq)
        if row < 0:
            return row
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return row

    def selected_seq(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()).seq if rows else None
