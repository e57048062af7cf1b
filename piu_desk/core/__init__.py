"""The headless core of PIU Desk. Never imports PySide6 (see ARCHITECTURE.md, rule 1)."""
