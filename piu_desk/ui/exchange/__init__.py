"""The Exchange screen: bundles in and out through a USB stick or a shared folder, and the
keys that make them trusted."""

from piu_desk.ui.exchange.section import ExchangeSection

__all__ = ["ExchangeSection"]
