"""Incident dialogs: a loss moves the item out of its holder's hands, a theft needs the
police report reference, damage sets the condition; recovery brings it back to store; a
disposal needs its authorisation. Opened from the Custody screen and through the public
functions the item page calls."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import AssetStatus, Condition
from piu_desk.core.equipment import assets, custody, incidents
from piu_desk.core.equipment.incidents import IncidentKind
from piu_desk.ui.equipment import CustodySection, dispose_item, recover_item, report_incident
from piu_desk.ui.equipment.incident_dialog import DisposeDialog, IncidentDialog, RecoverDialog
from tests.ui.custody_support import add_items, custodian_desk, open_section, when_modal

__all__ = ["custodian_desk"]


def test_theft_needs_police_ref_then_moves_status_and_ends_custody(
        qtbot: QtBot, custodian_desk: Desk) -> None:
    desk = custodian_desk
    (radio,) = add_items(desk, "RAD-07", category="Radio")
    custody.issue(desk, radio, "vanna", "2026-11-01")
    section, _tasks = open_section(qtbot, desk, CustodySection)
    assert section.tree.select_asset(radio)
    dialog = section.report_incident()
    assert isinstance(dialog, IncidentDialog)
    assert dialog.holder.text() == "Chan Vanna (vanna)"
    dialog.kind.setCurrentIndex(dialog.kind.findData(IncidentKind.THEFT.value))
    dialog.submit()
    assert dialog.errors.text("circumstances") == "Describe what happened."
    dialog.circumstances.setPlainText("Taken from the patrol car at the market.")
    dialog.place.setText("Psar Leu market")
    dialog.submit()
    assert "police report reference" in dialog.errors.text("police_ref")
    assert assets.get(desk, radio).status == AssetStatus.ISSUED  # nothing lost meanwhile
    dialog.police_ref.setText("KPS/2026/0123")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert assets.get(desk, radio).status == AssetStatus.STOLEN
    assert section.tree.topLevelItemCount() == 0  # no longer held by anyone
    (incident,) = incidents.incidents(desk, radio)
    assert (incident.kind, incident.holder, incident.police_ref) == \
        ("stolen", "vanna", "KPS/2026/0123")


def test_damage_keeps_status_and_sets_condition(qtbot: QtBot, custodian_desk: Desk) -> None:
    desk = custodian_desk
    (camera,) = add_items(desk, "CAM-02", category="Camera")
    section, tasks = open_section(qtbot, desk, CustodySection)

    def fill(dialog: IncidentDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(IncidentKind.DAMAGE.value))
        assert dialog.condition.isEnabled()
        dialog.condition.set_condition(Condition.UNSERVICEABLE)
        dialog.circumstances.setPlainText("Dropped on the deck; screen cracked.")
        dialog.submit()
    shown = when_modal(IncidentDialog, fill)
    assert report_incident(section, desk, tasks, camera) is True
    assert len(shown) == 1
    item = assets.get(desk, camera)
    assert (item.status, item.condition) == (AssetStatus.IN_STORE, Condition.UNSERVICEABLE)


def test_lost_item_recovered_then_disposed_with_authorisation(
        qtbot: QtBot, custodian_desk: Desk) -> None:
    desk = custodian_desk
    (lamp,) = add_items(desk, "UV-01", category="UV lamp")
    incidents.report(desk, lamp, IncidentKind.LOSS, "2026-11-10",
                     circumstances="Left on a vessel.")
    section, tasks = open_section(qtbot, desk, CustodySection)

    def recover(dialog: RecoverDialog) -> None:
        dialog.condition.set_condition(Condition.FAIR)
        dialog.submit()
    when_modal(RecoverDialog, recover)
    assert recover_item(section, desk, tasks, lamp) is True
    assert assets.get(desk, lamp).status == AssetStatus.IN_STORE

    messages: list[str] = []

    def dispose(dialog: DisposeDialog) -> None:
        dialog.reason.setPlainText("Beyond economic repair.")
        dialog.submit()
        messages.append(dialog.errors.text("authorised_by"))
        dialog.authorised_by.setText("Chief of the PIU")
        dialog.authority_ref.setText("PIU/2026/77")
        dialog.submit()
    when_modal(DisposeDialog, dispose)
    assert dispose_item(section, desk, tasks, lamp) is True
    assert "who authorised it" in messages[0]
    assert assets.get(desk, lamp).status == AssetStatus.DISPOSED
    assert [i.kind for i in incidents.incidents(desk, lamp)] == ["lost", "disposed"]
