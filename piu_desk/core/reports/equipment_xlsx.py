"""The register as an XLSX workbook for the donor (openpyxl): one row per item with every
field the agreement asks for, and a totals row."""

from __future__ import annotations

import io
from collections.abc import Sequence

import openpyxl
from openpyxl.styles import Font

from piu_desk.core.domain.asset import Asset

HEADER = ("Tag", "Category", "Description", "Make", "Model", "Serial number", "Donor",
          "Agreement", "Grant code", "Handover date", "Handover document", "Value (KHR)",
          "Value (USD)", "Location", "Condition", "Status", "Holder")


def register_xlsx(items: Sequence[Asset], holders: dict[int, str] | None = None) -> bytes:
    """The workbook's bytes; `holders` maps an item's id to who holds it today."""
    book = openpyxl.Workbook()
    ws = book.create_sheet("Register", 0)
    book.remove(book.worksheets[1])
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for a in items:
        ws.append([a.tag, a.category, a.description, a.make, a.model, a.serial_number,
                   a.donor, a.agreement_ref, a.grant_code, a.handover_date, a.handover_doc_ref,
                   a.value_khr, a.value_usd_cents / 100, a.location, a.condition.value,
                   a.status.value, (holders or {}).get(a.id or 0, "")])
    last = len(items) + 1
    ws.append(["Total", "", f"{len(items)} items", "", "", "", "", "", "", "", "",
               f"=SUM(L2:L{last})", f"=SUM(M2:M{last})"])
    ws.freeze_panes = "A2"
    for column, width in zip("ABCDEFGHIJKLMNOPQ", (14, 16, 34, 12, 12, 18, 28, 14, 12, 12, 16,
                                                  14, 12, 22, 12, 12, 14), strict=True):
        ws.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
