"""Taking in a donor's handover list: the checked rows become items of the register and one
handover record (donor, agreement, date, document) they all point to, in one transaction."""

from __future__ import annotations

from dataclasses import replace

from piu_desk.core.desk import Desk
from piu_desk.core.domain.asset import check_date
from piu_desk.core.domain.vessel import clean_text
from piu_desk.core.equipment.assets import insert_new
from piu_desk.core.equipment.common import CHANGES, custodian, invalid
from piu_desk.core.imports.handover import HandoverReport
from piu_desk.core.records.common import new_uid, origin
from piu_desk.core.session import Changes
from piu_desk.core.store import assets as repo
from piu_desk.core.store.assets import Handover
from piu_desk.core.store.connection import Connection
from piu_desk.core.text import QT_TRANSLATE_NOOP

ACTION = QT_TRANSLATE_NOOP("Actions", "import a handover list")


def register_keys(desk: Desk) -> tuple[set[str], set[str]]:
    """The tags and (upper-case) serial numbers already in the register."""
    custodian(desk, ACTION)
    return desk.db(repo.tags_and_serials)


def import_handover(desk: Desk, report: HandoverReport, *, donor: str, agreement_ref: str,
                    handover_date: str, document_ref: str, source_file: str = "",
                    valid_rows_only: bool = False) -> tuple[int, Changes]:
    """Add the valid rows as items received, under one handover record. While rows have
    problems nothing is added, unless `valid_rows_only` (the custodian's explicit choice).
    Blank donor, agreement, date and document cells take the handover's values."""
    session = custodian(desk, ACTION)
    day = check_date(handover_date, "handover_date")
    if report.problems and not valid_rows_only:
        raise invalid("rows", QT_TRANSLATE_NOOP(
            "Validation", "{count} rows have problems. Correct the sheet, or import only the "
            "valid rows."), count=len(report.problems))
    if not report.valid:
        raise invalid("rows", QT_TRANSLATE_NOOP("Validation", "No row is ready to import."))
    head = Handover(0, clean_text(donor, 120), clean_text(agreement_ref, 80), day,
                    clean_text(document_ref, 80), clean_text(source_file, 200), desk.now(),
                    session.username)

    def run(conn: Connection) -> int:
        hid = repo.insert_handover(conn, head, new_uid(), origin(conn))
        for _row, asset in report.valid:
            filled = replace(asset, handover_id=hid, donor=asset.donor or head.donor,
                             agreement_ref=asset.agreement_ref or head.agreement_ref,
                             handover_date=asset.handover_date or day,
                             handover_doc_ref=asset.handover_doc_ref or head.document_ref)
            insert_new(desk, conn, filled, filled.handover_date)
        desk.audit_in(conn, "asset.handover", f"handover {hid}",
                      f"{len(report.valid)} items from {head.donor}")
        return hid
    return desk.mutate(run), CHANGES


def handover(desk: Desk, handover_id: int) -> Handover | None:
    custodian(desk, ACTION)
    return desk.db(lambda c: repo.get_handover(c, handover_id))
