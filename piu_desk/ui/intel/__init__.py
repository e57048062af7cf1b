"""Intelligence: tip-offs with their grading, the restricted source register, watchlists
and screening alerts."""

from piu_desk.ui.intel.alerts_section import AlertsSection
from piu_desk.ui.intel.sources_section import SourcesSection
from piu_desk.ui.intel.tipoffs_section import TipOffsSection
from piu_desk.ui.intel.watchlist_section import WatchlistSection

__all__ = ["AlertsSection", "SourcesSection", "TipOffsSection", "WatchlistSection"]
