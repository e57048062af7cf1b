"""PIU Desk: the offline-first desk application of a Port Intelligence Unit."""

__version__ = "0.1.0"
