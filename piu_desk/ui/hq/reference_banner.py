"""The line over the watchlist about HQ's versions of it. At a station: the version it holds
and until when it is valid, red when it expired or none came yet, amber in its last two
weeks. At HQ: the version the stations were sent and the changes not published since."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from piu_desk.core.desk import Desk
from piu_desk.core.exchange import releases
from piu_desk.core.exchange.releases import ReferenceStatus, Release
from piu_desk.ui.hq.texts import fill, format_date, moment
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.tasks import TaskRunner
from piu_desk.ui.widgets import WARNING_STYLE

SOON_DAYS = 14
VALID_STYLE = ("background: #e8f0fe; border: 1px solid #a8c1ef; border-radius: 4px; "
               "padding: 6px; color: #1a3a6b;")
EXPIRED_STYLE = ("background: #fdecea; border: 1px solid #d93025; border-radius: 4px; "
                 "padding: 6px; color: #8c1d18; font-weight: bold;")
VALID, SOON, EXPIRED, NONE, MASTER = "valid", "soon", "expired", "none", "master"


@dataclass(frozen=True)
class Master:
    """At HQ: the latest release (None before the first) and the changes made since."""
    latest: Release | None
    unpublished: int


def state_of(status: ReferenceStatus) -> str:
    if status.version is None:
        return NONE
    if status.expired:
        return EXPIRED
    if status.days_left is not None and status.days_left <= SOON_DAYS:
        return SOON
    return VALID


class ReferenceBanner(Retranslating, QLabel):
    def __init__(self, desk: Desk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referenceBanner")
        self.setWordWrap(True)
        self._desk, self._tasks = desk, tasks
        self.status: ReferenceStatus | Master | None = None
        self.state = ""
        self.hide()

    def reload(self) -> None:
        desk = self._desk
        if not desk.is_unlocked:
            return
        status = self._tasks.call(lambda: _read(desk), self)
        if status is None:
            self.hide()
            return
        self.show_status(status)

    def showEvent(self, event: QShowEvent) -> None:
        """Read again whenever the list comes into sight: a release expires with time."""
        super().showEvent(event)
        if self.status is not None:
            QTimer.singleShot(0, self, self.reload)

    def show_status(self, status: ReferenceStatus | Master) -> None:
        self.status = status
        if isinstance(status, Master):
            self.state = MASTER
            self.setStyleSheet(WARNING_STYLE if status.unpublished else VALID_STYLE)
        else:
            self.state = state_of(status)
            self.setStyleSheet({VALID: VALID_STYLE, SOON: WARNING_STYLE}.get(self.state,
                                                                             EXPIRED_STYLE))
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        status = self.status
        if isinstance(status, Master):
            self.setText(self._master_text(status))
            return
        if status is None:
            return
        if self.state == NONE:
            self.setText(self.tr("No watchlist from HQ yet — exchange with HQ to receive "
                                 "it."))
            return
        expires = format_date(status.expires_at)
        if self.state == EXPIRED:
            self.setText(fill(self.tr(
                "The HQ watchlist expired on {date} — exchange with HQ to receive the "
                "current one."), date=expires))
            return
        text = fill(self.tr("Watchlist from HQ: version {version}, valid until {date}"),
                    version=status.version, date=expires)
        if self.state == SOON:
            text += " · " + fill(self.tr("{n} days left"), n=status.days_left)
        if status.received_at:
            text += " · " + fill(self.tr("received {time}"), time=moment(status.received_at))
        self.setText(text)

    def _master_text(self, master: Master) -> str:
        latest = master.latest
        if latest is None:
            text = self.tr("The stations have no watchlist from HQ yet.")
        else:
            text = fill(self.tr("Sent to the stations: version {version}, valid until "
                                "{date}."), version=latest.version,
                        date=format_date(latest.expires_at))
        if master.unpublished:
            text += " " + fill(self.tr("Changes not yet published: {n} — a supervisor "
                                       "publishes them in Stations."), n=master.unpublished)
        return text


def _read(desk: Desk) -> ReferenceStatus | Master:
    if not desk.station().is_hq:
        return releases.reference_status(desk)
    published = releases.releases(desk)
    return Master(published[0] if published else None, releases.unpublished_changes(desk))
