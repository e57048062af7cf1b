"""Administration: accounts, the audit trail, backups, integrity and keys."""

from piu_desk.ui.admin.section import AdminSection

__all__ = ["AdminSection"]
