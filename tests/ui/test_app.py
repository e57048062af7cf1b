"""`run_gui` refuses a store another copy of PIU Desk holds, with a message, not a trace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from piu_desk.core.desk import Desk
from piu_desk.ui import app
from tests.conftest import CHEAP_KDF, StoreInfo


def test_second_instance_on_the_same_store_exits_with_3(
        store: StoreInfo, desk_factory: Callable[[], Desk], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    desk_factory()  # the first copy holds the store
    shown: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)
    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    monkeypatch.setattr(app, "setup_logging", lambda: tmp_path / "piu-desk.log")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    assert app.run_gui(store.folder, kdf=CHEAP_KDF, kdf_floor=CHEAP_KDF) == 3
    assert len(shown) == 1 and "already open on this store" in shown[0]
    assert capfd.readouterr().err == ""


def test_the_application_has_its_icon() -> None:
    from piu_desk.ui.app import application, resource_path

    assert resource_path("piu-desk.svg") is not None
    assert not application().windowIcon().isNull()
