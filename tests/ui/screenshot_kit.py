"""What the screenshot scripts (tests/ui/*screenshots.py) share: the repository on sys.path,
the application with its fonts, waiting for the event loop, grabbing a widget to
./screenshots/NAME.png, and the Khmer pass with the real catalogue.

A script imports it first (`import screenshot_kit`: the script's own folder is on sys.path),
then anything from `tests.`. Not a test module: pytest does not collect it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLocale, QTimer, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from piu_desk.ui import fonts  # noqa: E402

OUT = ROOT / "screenshots"


def start(out: Path = OUT) -> QApplication:
    """The application with the desk's fonts (system sans, Noto Sans Khmer as fall-back)."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    fonts.install(app)
    return app


def wait(done: Callable[[], object] = lambda: True, seconds: float = 15, rounds: int = 5,
         pause: float = 0.0) -> None:
    """Run the event loop until `done()`, then `rounds` more turns (`pause` s apart)."""
    end = time.monotonic() + seconds
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get there in time")
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(rounds):
        QApplication.processEvents()
        if pause:
            time.sleep(pause)


def grab(widget: QWidget, name: str, out: Path = OUT, rounds: int = 5,
         pause: float = 0.0) -> Path:
    """Let the widget settle, then save it as `out`/NAME.png."""
    wait(rounds=rounds, pause=pause)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print("wrote", path)
    return path


def shooter(prefix: str, rounds: int = 5) -> Callable[[QApplication, QWidget, str, str], None]:
    """`shoot(app, widget, name, suffix)`, writing PREFIX-NAME-SUFFIX.png."""
    def shoot(app: QApplication, widget: QWidget, name: str, suffix: str) -> None:
        grab(widget, f"{prefix}-{name}{suffix}", rounds=rounds)
    return shoot


def khmer_catalogue(folder: Path) -> Path:
    """i18n/piu_desk_km.ts compiled into `folder` (the .qm must outlive its translator)."""
    qm = folder / "piu_desk_km.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ROOT / "i18n/piu_desk_km.ts"), "-qm",
                    str(qm)], check=True)
    return qm


def use_khmer(app: QApplication, folder: Path, scale: bool = True) -> QTranslator:
    """The real Khmer catalogue, the km_KH locale and (with `scale`) the Khmer font size."""
    qm = khmer_catalogue(folder)
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        raise RuntimeError(f"cannot load {qm}")
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia))
    if scale:
        fonts.scale_for_language("km")
    return translator


def grab_next_box(name: str, rounds: int = 5) -> None:
    """When a message box comes up, shoot it, then go ahead with its accepting button."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        grab(box, name, rounds=rounds)
        go = next((b for b in box.buttons()
                   if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole), None)
        if go is not None:
            go.click()
        else:
            box.accept()
    QTimer.singleShot(0, look)
