"""The first screens: the supervisor's dashboard (with the daily report and checking a
printed one) and an officer's "My day"."""

from piu_desk.ui.dashboard.my_day import MyDaySection
from piu_desk.ui.dashboard.section import DashboardSection

__all__ = ["DashboardSection", "MyDaySection"]
