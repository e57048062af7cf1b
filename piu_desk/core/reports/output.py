"""Writing a rendered printout where the user asked, and only there.

The PDF goes to a temporary file beside the target (never the system temp folder), is
flushed to disk and renamed over the target, so a full disk or a pulled USB stick leaves
either the old file or the new one, never half of one. PDFs are not encrypted: the user is
told so before the file is written (ui/pdf_output.py). `export_pdf` also records the export
in the audit trail (which printout, who, when — not its content), as every print is.
"""

from __future__ import annotations

from pathlib import Path

from piu_desk.core.desk import Desk
from piu_desk.core.store.atomic import write_atomic
from piu_desk.core.store.connection import Connection

PDF_SUFFIX = ".pdf"


def with_pdf_suffix(path: Path) -> Path:
    """`path`, ending in .pdf (a name typed without it gets it)."""
    return path if path.suffix.lower() == PDF_SUFFIX else path.with_name(path.name + PDF_SUFFIX)


def write_pdf(path: Path, data: bytes) -> Path:
    """Write `data` atomically to `path` (with .pdf added when missing); the path written.
    A full disk raises DiskFull, any other failure FileProblem, each with its message."""
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF document")
    target = with_pdf_suffix(Path(path))
    write_atomic(target, data)
    return target


def export_pdf(desk: Desk, path: Path, data: bytes, reference: str) -> Path:
    """`write_pdf`, audited as "report.export" with the printout's reference and the file's
    name, by the logged-in user (a locked desk writes nothing)."""
    desk.session_or_locked(action="")

    def run(conn: Connection) -> Path:
        target = write_pdf(path, data)
        desk.audit_in(conn, "report.export", reference, target.name)
        return target
    return desk.mutate(run)
