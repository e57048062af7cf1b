"""One verification campaign: a scan box that keeps the focus (a label scanner types the tag
and Enter, like a keyboard), each scan recorded as found with the condition and location
chosen above it; a second scan of an item, or a tag not in the register, flagged loudly in
colour in the banner and the scan log; the items not yet seen, ticked found, missing or
damaged by hand; the counts so far; close the campaign and save the verification report."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import Condition
from piu_desk.core.equipment import campaigns
from piu_desk.core.equipment.campaigns import CampaignReport, Flag, Outcome, ScanResult
from piu_desk.core.session import Changes
from piu_desk.core.store.campaigns import Campaign
from piu_desk.ui.admin.common import confirm
from piu_desk.ui.equipment.campaign_models import ItemsModel
from piu_desk.ui.equipment.campaign_report import save_report
from piu_desk.ui.equipment.custody_forms import FLAG_STYLES, condition_text, fit_columns
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.records.common import MUTED_STYLE, TITLE_STYLE, format_date, record_table
from piu_desk.ui.tasks import Task, TaskRunner

LOG_COLOURS = {Flag.NONE: "#e3f4e4", Flag.DUPLICATE: "#fff1d0", Flag.UNKNOWN: "#fde0e0"}
KEEP = ""  # the condition combo's "as in the register"


class CampaignPage(Retranslating, QWidget):
    back = Signal()

    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignPage")
        self.desk, self.tasks = desk, tasks
        self.campaign: Campaign | None = None
        self.report: CampaignReport | None = None
        self.title = QLabel()
        self.title.setStyleSheet(TITLE_STYLE)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToCampaigns")
        self.back_button.clicked.connect(self.back)
        self.counts = QLabel()
        self.counts.setObjectName("campaignCounts")
        self.progress = QProgressBar()
        self.progress.setObjectName("campaignProgress")
        self.scan_box = QLineEdit()
        self.scan_box.setObjectName("scanBox")
        self.scan_box.returnPressed.connect(self.scan_typed)
        self.scan_label = QLabel()
        self.condition = QComboBox()
        self.condition.setObjectName("scanCondition")
        for value in (KEEP, *(c.value for c in Condition)):
            self.condition.addItem("", value)
        self.location = QLineEdit()
        self.location.setObjectName("scanLocation")
        self.condition_label, self.location_label = QLabel(), QLabel()
        self.banner = QLabel()
        self.banner.setObjectName("scanBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.log = QListWidget()
        self.log.setObjectName("scanLog")
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.log.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.log_title, self.unseen_title = QLabel(), QLabel()
        self.unseen = ItemsModel(self)
        self.unseen_table = record_table("notYetSeen")
        self.unseen_table.setModel(self.unseen)
        fit_columns(self.unseen_table, 1, 2)
        self.unseen_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ticks = {o: QPushButton() for o in Outcome}
        for outcome, button in self.ticks.items():
            button.setObjectName(f"tick_{outcome.value}")
            button.clicked.connect(lambda _c=False, o=outcome: self.tick_selected(o))
        self.close_button, self.report_button = QPushButton(), QPushButton()
        self.close_button.setObjectName("closeCampaign")
        self.report_button.setObjectName("campaignReport")
        self.close_button.clicked.connect(self.ask_close)
        self.report_button.clicked.connect(self.save_report)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        head.addWidget(self.report_button)
        head.addWidget(self.close_button)
        scan = QGridLayout()
        scan.addWidget(self.scan_label, 0, 0)
        scan.addWidget(self.scan_box, 0, 1, 1, 3)
        scan.addWidget(self.condition_label, 1, 0)
        scan.addWidget(self.condition, 1, 1)
        scan.addWidget(self.location_label, 1, 2)
        scan.addWidget(self.location, 1, 3)
        scan.setColumnStretch(3, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.log_title)
        left_layout.addWidget(self.log)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.unseen_title)
        right_layout.addWidget(self.unseen_table, 1)
        ticks = QHBoxLayout()
        for button in self.ticks.values():
            ticks.addWidget(button)
        ticks.addStretch(1)
        right_layout.addLayout(ticks)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.counts)
        layout.addWidget(self.progress)
        layout.addLayout(scan)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All campaigns"))
        self.scan_label.setText(self.tr("Scan or type a tag:"))
        self.scan_box.setPlaceholderText(self.tr("Scan a label, or type the tag and press "
                                                 "Enter"))
        self.condition_label.setText(self.tr("Condition:"))
        self.location_label.setText(self.tr("Found at:"))
        self.location.setPlaceholderText(self.tr("Blank: where the register says"))
        for row in range(self.condition.count()):
            value = str(self.condition.itemData(row))
            self.condition.setItemText(row, condition_text(value) if value
                                       else self.tr("As in the register"))
        self.log_title.setText(self.tr("Scan log (latest first)"))
        self.ticks[Outcome.FOUND].setText(self.tr("Found"))
        self.ticks[Outcome.MISSING].setText(self.tr("Missing"))
        self.ticks[Outcome.DAMAGED].setText(self.tr("Damaged"))
        self.report_button.setText(self.tr("Report as PDF…"))
        self.close_button.setText(self.tr("Close campaign…"))
        self.unseen.retranslate()
        self._show_report()

    # -- data -----------------------------------------------------------------------------
    def open_campaign(self, campaign: Campaign) -> None:
        self.campaign = campaign
        self.log.clear()
        self.banner.hide()
        self.reload()
        if self.report is not None:
            for c in self.report.flagged:  # flagged earlier, kept in view
                self._log(c.tag, Flag(c.flag), self.tr("earlier"))
        self.scan_box.setFocus()

    def reload(self) -> None:
        if self.campaign is None or not self.desk.is_unlocked:
            return
        cid = self.campaign.id
        loaded = self.tasks.call(lambda: campaigns.report(self.desk, cid), self)
        if loaded is not None:
            self.report = loaded
            self.campaign = loaded.campaign
        self._show_report()

    def _show_report(self) -> None:
        r, c = self.report, self.campaign
        if r is None or c is None:
            return
        closed = bool(c.closed_on)
        self.title.setText(self.tr("{name} — started {date}").replace("{name}", c.name)
                           .replace("{date}", format_date(c.started_on)) +
                           (self.tr(" — closed {date}").replace("{date}",
                                                                 format_date(c.closed_on))
                            if closed else ""))
        n = {key: t.count for key, t in r.totals.items()}
        found, damaged, missing = n.get("found", 0), n.get("damaged", 0), n.get("missing", 0)
        unseen = n.get("not_checked", 0)
        self.counts.setText(self.tr(
            "Found {found} · Damaged {damaged} · Missing {missing} · Not yet seen {unseen}")
            .replace("{found}", str(found)).replace("{damaged}", str(damaged))
            .replace("{missing}", str(missing)).replace("{unseen}", str(unseen)))
        self.progress.setRange(0, max(len(r.lines), 1))
        self.progress.setValue(len(r.lines) - unseen)
        self.unseen.set_rows([x.asset for x in r.of(None)])
        self.unseen_title.setText(self.tr("Not yet seen ({count}): tick by hand").replace(
            "{count}", str(unseen)))
        for widget in (self.scan_box, self.condition, self.location, self.close_button,
                       *self.ticks.values()):
            widget.setEnabled(not closed)
        self.counts.setStyleSheet("" if not closed else MUTED_STYLE)

    # -- scanning -------------------------------------------------------------------------
    def chosen_condition(self) -> Condition | None:
        value = str(self.condition.currentData())
        return Condition(value) if value else None

    def scan_typed(self) -> ScanResult | None:
        tag = self.scan_box.text().strip()
        self.scan_box.clear()
        self.scan_box.setFocus()
        if not tag or self.campaign is None:
            return None
        cid, condition, place = self.campaign.id, self.chosen_condition(), self.location.text()
        result = self.tasks.call(lambda: campaigns.scan(self.desk, cid, tag,
                                                        condition=condition, location=place),
                                 self)
        if result is None:
            return None
        scanned, changes = result
        assert isinstance(scanned, ScanResult)
        self._announce(scanned)
        self.tasks.changed.emit(changes)
        return scanned

    def _announce(self, scanned: ScanResult) -> None:
        what = scanned.asset.description if scanned.asset else ""
        if scanned.flag == Flag.UNKNOWN:
            text = self.tr("{tag}: NOT IN THE REGISTER. Put the item aside and check its "
                           "label.")
        elif scanned.flag == Flag.DUPLICATE:
            text = self.tr("{tag}: SCANNED TWICE. It is already recorded in this campaign.")
        else:
            text = self.tr("{tag}: found — {item}")
        self.banner.setText(text.replace("{tag}", scanned.tag).replace("{item}", what))
        self.banner.setStyleSheet("QLabel { font-size: 13pt; font-weight: bold; padding: 8px; "
                                  f"border-radius: 4px; {FLAG_STYLES[scanned.flag.value]} }}")
        self.banner.show()
        self._log(scanned.tag, scanned.flag, what)

    def _log(self, tag: str, flag: Flag, what: str) -> None:
        label = {Flag.NONE: self.tr("found"), Flag.DUPLICATE: self.tr("scanned twice"),
                 Flag.UNKNOWN: self.tr("not in the register")}[flag]
        item = QListWidgetItem(f"{tag} — {label}" + (f" · {what}" if what else ""))
        item.setToolTip(item.text())
        item.setData(Qt.ItemDataRole.UserRole, flag.value)
        item.setBackground(QBrush(QColor(LOG_COLOURS[flag])))
        if flag != Flag.NONE:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.log.insertItem(0, item)

    def tick_selected(self, outcome: Outcome) -> int:
        if self.campaign is None:
            return 0
        rows = sorted({i.row() for i in self.unseen_table.selectionModel().selectedRows()})
        chosen = [a for r in rows if (a := self.unseen.asset_at(r)) is not None]
        cid, condition, place = self.campaign.id, self.chosen_condition(), self.location.text()
        done = 0
        for a in chosen:
            aid = a.id or 0

            def tick(aid: int = aid) -> Changes:
                return campaigns.tick(self.desk, cid, aid, outcome, condition=condition,
                                      location=place)
            if self.tasks.call(tick, self) is None:
                break
            done += 1
        self.scan_box.setFocus()
        return done

    # -- closing --------------------------------------------------------------------------
    def ask_close(self) -> Task | None:
        if self.campaign is None or self.report is None:
            return None
        unseen = len(self.report.of(None))
        if not confirm(self, self.tr("Close {name}?").replace("{name}", self.campaign.name),
                       self.tr("{count} items were not seen; they stay as not checked in the "
                               "report. A closed campaign takes no more scans.").replace(
                           "{count}", str(unseen)), self.tr("Close and save the report")):
            return None
        return self.close_campaign()

    def close_campaign(self) -> Task | None:
        assert self.campaign is not None
        cid = self.campaign.id
        if self.tasks.call(lambda: campaigns.close(self.desk, cid,
                                                   self.desk.now()[:10]), self) is None:
            return None
        self.reload()
        return self.save_report()

    def save_report(self) -> Task | None:
        if self.campaign is None:
            return None
        return save_report(self.tasks, self, self.desk, self.campaign.id)
