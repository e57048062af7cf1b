"""The screens of an HQ desk — the stations, their bundles and the master watchlist sent to
them — and the line a station's watchlist shows about the version it holds from HQ.

Nothing is imported here: the watchlist section imports the banner, and the stations
section imports screens that import the watchlist section."""
