"""The status bar: which station, who is logged in with which roles, locked or not,
whether the store reported anything at log-in, and how many alerts are open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from piu_desk.core.domain.accounts import ROLE_LABELS, Role
from piu_desk.core.domain.station import Station
from piu_desk.core.session import Session
from piu_desk.ui.dialogs import warning_texts
from piu_desk.ui.i18n import Retranslating

ROLE_ORDER = (Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.EXCHANGE, Role.CUSTODIAN)
OK_STYLE = "color: #1b5e20;"
WARN_STYLE = "color: #b00020; font-weight: bold;"
STYLE = ("QStatusBar::item { border: none; } "
         "QLabel { padding: 1px 10px; border-left: 1px solid #c8c8c8; }")


def role_labels(roles: frozenset[Role]) -> list[str]:
    """Translated role names, most powerful first."""
    return [QCoreApplication.translate("Roles", ROLE_LABELS[r]) for r in ROLE_ORDER
            if r in roles]


class DeskStatusBar(Retranslating, QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskStatusBar")
        self.setStyleSheet(STYLE)
        self.station: Station | None = None
        self.session: Session | None = None
        self.locked = False
        self.station_label = QLabel(self)
        self.station_label.setObjectName("statusStation")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.roles_label = QLabel(self)
        self.roles_label.setObjectName("statusRoles")
        self.lock_label = QLabel(self)
        self.lock_label.setObjectName("statusLock")
        self.health_label = QLabel(self)
        self.health_label.setObjectName("statusHealth")
        self.open_alerts: int | None = None  # None: this user's roles do not see alerts
        self.alerts_label = QLabel(self)
        self.alerts_label.setObjectName("statusAlerts")
        self.addWidget(self.station_label)
        self.addWidget(self.user_label)
        self.addWidget(self.roles_label, 1)
        self.addPermanentWidget(self.alerts_label)
        self.addPermanentWidget(self.health_label)
        self.addPermanentWidget(self.lock_label)
        self.retranslate()

    def show_session(self, station: Station, session: Session) -> None:
        self.station, self.session, self.locked = station, session, False
        self.retranslate()

    def set_locked(self) -> None:
        self.locked, self.session, self.open_alerts = True, None, None
        self.retranslate()

    def show_open_alerts(self, count: int | None) -> None:
        """"Open alerts: N", red while any wait; hidden for None."""
        self.open_alerts = count
        self._show_alerts()

    def _show_alerts(self) -> None:
        count = None if self.locked else self.open_alerts
        self.alerts_label.setVisible(count is not None)
        if count is None:
            return
        self.alerts_label.setText(self.tr("Open alerts: {count}").replace(
            "{count}", QLocale().toString(count)))
        self.alerts_label.setStyleSheet(WARN_STYLE if count else OK_STYLE)

    def retranslate(self) -> None:
        station = self.station
        self.station_label.setText(
            self.tr("Station: {name} ({locode})").replace("{name}", station.name)
            .replace("{locode}", station.locode) if station else "")
        session = None if self.locked else self.session
        self.user_label.setVisible(session is not None)
        self.roles_label.setVisible(session is not None)
        self.health_label.setVisible(session is not None)
        if session is not None:
            self._show_user(session)
        self.lock_label.setText(self.tr("Locked") if self.locked else self.tr("Unlocked"))
        self._show_alerts()

    def _show_user(self, session: Session) -> None:
        name = session.user.full_name
        if session.via_recovery:
            name = self.tr("Recovery key")
        self.user_label.setText(self.tr("User: {name}").replace("{name}", name))
        self.roles_label.setText(self.tr("Roles: {roles}").replace(
            "{roles}", ", ".join(role_labels(session.user.roles))))
        if session.warnings:
            self.health_label.setText(self.tr("Store: check needed"))
            self.health_label.setStyleSheet(WARN_STYLE)
            self.health_label.setToolTip("\n\n".join(
                " ".join(warning_texts(w)) for w in session.warnings))
        else:
            self.health_label.setText(self.tr("Store: OK"))
            self.health_label.setStyleSheet(OK_STYLE)
            self.health_label.setToolTip("")
