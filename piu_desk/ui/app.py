"""`run_gui`: the application object, logging, fonts, translations, then the shell."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import piu_desk
from piu_desk.core.paths import setup_logging
from piu_desk.core.store.keys import KdfParams
from piu_desk.ui import fonts
from piu_desk.ui.errors import show_error
from piu_desk.ui.i18n import Translations, saved_language
from piu_desk.ui.shell import Shell
from piu_desk.ui.store_access import StoreAccess

APP_NAME = "PIU Desk"
ORGANISATION = "PIU"
log = logging.getLogger("piu_desk.ui")
_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def _excepthook(kind: type[BaseException], exc: BaseException,
                trace: TracebackType | None) -> None:
    """A bug in a slot is logged with its trace and reported without one."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, trace)
        return
    show_error(QApplication.activeWindow(), exc.with_traceback(trace))


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(piu_desk.__version__)
    app.setQuitOnLastWindowClosed(False)  # the shell says when the last window is gone
    icon = resource_path("piu-desk.svg")
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))
    return app


def resource_path(name: str) -> Path | None:
    """A file of resources/: beside the package in the repository, or in a frozen build's
    bundle."""
    roots = [Path(piu_desk.__file__).resolve().parents[1] / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        roots.append(Path(bundle) / "resources")
    return next((root / name for root in roots if (root / name).is_file()), None)


def run_gui(store: Path, *, kdf: KdfParams | None = None,
            kdf_floor: KdfParams | None = None) -> int:
    """Open the desk's window on the store in `store`; returns the exit code (3 when
    another copy of PIU Desk holds the store)."""
    log_path = setup_logging()
    app = application()
    previous_handler = qInstallMessageHandler(_qt_message)
    previous_hook, sys.excepthook = sys.excepthook, _excepthook
    try:
        log.info("PIU Desk %s starting on %s (log %s)", piu_desk.__version__, store, log_path)
        fonts.install(app)
        settings = QSettings()
        translations = Translations()
        translations.switch(saved_language(settings))
        shell = Shell(StoreAccess(Path(store), kdf, kdf_floor), settings, translations)
        app.aboutToQuit.connect(shell.shutdown)
        shell.finished.connect(app.quit)
        code = shell.start()
        if code is not None:
            shell.shutdown()
            return code
        result = app.exec()
        shell.shutdown()
        return int(result)
    finally:
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
