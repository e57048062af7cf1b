"""Which station's records a list shows: "All stations", or one of the stations whose
records the desk holds ("Sihanoukville PIU (KHKOS)"). Only HQ's consolidated store holds
records of many stations, so the filter (and the lists' Station column) is shown on HQ
desks alone; at a station nothing changes. Each list has its own filter, which keeps its
choice for the session (the lists are built again at the next log-in)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from piu_desk.core.desk import Desk
from piu_desk.core.errors import DeskError
from piu_desk.core.records.stations import stations_present
from piu_desk.ui.admin.common import named
from piu_desk.ui.i18n import Retranslating
from piu_desk.ui.table_models import RowsTableModel

ALL = ""  # the data of "All stations"


def _here(desk: Desk) -> tuple[str, bool]:
    """This desk's station id, and whether it is HQ's (whose lists show many stations')."""
    try:
        station = desk.station()
    except DeskError:
        return "", False
    return station.locode, station.is_hq


class StationFilter(Retranslating, QWidget):
    """"Station:" and its choices; `changed` carries the station id, "" for all."""

    changed = Signal(str)

    def __init__(self, desk: Desk, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._desk = desk
        self.here, self.at_hq = _here(desk)
        self.names: dict[str, str] = {}  # station id → name, of the stations present
        self.label = QLabel()
        self.combo = named(QComboBox(), f"{name}Combo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.addItem("", ALL)
        self.label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.setVisible(self.at_hq)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit(self.station()))
        self.reload()
        self.retranslate()

    def station(self) -> str:
        """The station chosen, or "" for all (always "" at a station's desk)."""
        return str(self.combo.currentData() or ALL) if self.at_hq else ALL

    def select(self, station: str) -> None:
        """Choose `station` ("" for all) as if picked; unknown ones choose all."""
        self.combo.setCurrentIndex(max(self.combo.findData(station), 0))

    def reload(self) -> None:
        """Read which stations are present again (records arrive by bundle); the choice
        stays while its station is present, else it goes back to all."""
        if not self.at_hq or not self._desk.is_unlocked:
            return
        try:
            present = stations_present(self._desk)
        except DeskError:
            return
        if dict(present) == self.names:
            return
        chosen = self.station()
        self.names = dict(present)
        with QSignalBlocker(self.combo):
            while self.combo.count() > 1:
                self.combo.removeItem(1)
            for sid, _name in present:
                self.combo.addItem(self.label_of(sid), sid)
            self.combo.setCurrentIndex(max(self.combo.findData(chosen), 0))
        if self.station() != chosen:
            self.changed.emit(self.station())

    def label_of(self, station: str) -> str:
        """"Name (ID)", or the id alone when this desk knows no name for it."""
        name = self.names.get(station, station)
        return station if name == station else f"{name} ({station})"

    def fit(self, table: QTableView, column: int, after: int | None = None) -> None:
        """The Station column, `column`, the last of the table's model: there at HQ (shown
        after column `after` when given), not at a station, whose tables stay as they were."""
        model = table.model()
        assert isinstance(model, RowsTableModel)
        model.beginResetModel()
        model.columns = column + 1 if self.at_hq else column
        model.endResetModel()
        if not self.at_hq:
            return
        header = table.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if after is not None:
            header.moveSection(header.visualIndex(column), header.visualIndex(after) + 1)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Station:"))
        self.combo.setItemText(0, self.tr("All stations"))
        self.combo.setToolTip(self.tr("Show the records of one station, or of all"))
