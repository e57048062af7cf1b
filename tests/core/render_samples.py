"""Render the sample printouts to ./screenshots/reports/ as PDF and PNG pages, to look at them.

    .venv/bin/python -m tests.core.render_samples

Not a test module (pytest does not collect it). Needs pdftoppm (poppler-utils).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from piu_desk.core.reports.crew_list_report import render_crew_list
from piu_desk.core.reports.inspection_report import render_inspection_report
from piu_desk.core.reports.recovery_sheet import render_recovery_sheet
from tests.core.reports_records_support import (
    long_findings,
    sample_crew_list_data,
    sample_inspection_data,
    translator,
)
from tests.core.reports_support import RECOVERY_KEY, STATION, sample_report, translate_km

OUT = Path("screenshots") / "reports"


def write(name: str, pdf: bytes, resolution: int = 80) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.pdf"
    path.write_bytes(pdf)
    for old in OUT.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), str(path), str(OUT / name)],
                   check=True)
    print(path, "->", sorted(p.name for p in OUT.glob(f"{name}-*.png")))


def main() -> int:
    for language in ("en", "km"):
        translate = translate_km if language == "km" else (lambda c, t: t)
        write(f"recovery-{language}", render_recovery_sheet(
            RECOVERY_KEY, STATION, date(2026, 11, 28), translate, language))
        _, pdf = sample_report(language, rows=100)
        write(f"table-{language}", pdf)
        records = translator(language)
        write(f"inspection-{language}", render_inspection_report(
            sample_inspection_data(long_findings(khmer=language == "km"), thumbnails=True),
            records, language))
        write(f"crew-list-{language}", render_crew_list(
            sample_crew_list_data(60), records, language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
