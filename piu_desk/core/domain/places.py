"""Ports and countries an officer picks from: the Cambodian ports, the main ports of the
region a vessel calls at before or after Cambodia, and the ISO 3166-1 countries for flags
and nationalities. Used for completion only: any valid UN/LOCODE or country code is
accepted by the validators."""

from __future__ import annotations

import pycountry

from piu_desk.core.domain.station import KNOWN_PORTS

# UN/LOCODEs of the ports vessels calling at Cambodia most often come from or go to.
REGION_PORTS: dict[str, str] = {
    # Viet Nam
    "VNSGN": "Ho Chi Minh City",
    "VNCLI": "Cat Lai",
    "VNCMT": "Cai Mep",
    "VNVUT": "Vung Tau",
    "VNHPH": "Haiphong",
    "VNDAD": "Da Nang",
    "VNPQC": "Phu Quoc",
    # Thailand
    "THBKK": "Bangkok",
    "THLCH": "Laem Chabang",
    "THSGZ": "Songkhla",
    # Malaysia, Singapore, Brunei
    "SGSIN": "Singapore",
    "MYPKG": "Port Klang",
    "MYTPP": "Tanjung Pelepas",
    "MYPEN": "Penang",
    "BNMUA": "Muara",
    # Indonesia, Philippines
    "IDTPP": "Tanjung Priok (Jakarta)",
    "IDSUB": "Surabaya",
    "IDBLW": "Belawan",
    "IDBTM": "Batam",
    "PHMNL": "Manila",
    # East Asia
    "CNSHA": "Shanghai",
    "CNNGB": "Ningbo",
    "CNSZX": "Shenzhen",
    "CNYTN": "Yantian",
    "CNNSA": "Nansha",
    "CNTAO": "Qingdao",
    "HKHKG": "Hong Kong",
    "TWKHH": "Kaohsiung",
    "KRPUS": "Busan",
    "JPTYO": "Tokyo",
    "JPYOK": "Yokohama",
    # South Asia and beyond
    "MMRGN": "Yangon",
    "BDCGP": "Chittagong",
    "LKCMB": "Colombo",
    "INNSA": "Nhava Sheva",
    "AEJEA": "Jebel Ali",
}


def ports() -> dict[str, str]:
    """Every port known for completion, Cambodian ports first: LOCODE → name."""
    return {**KNOWN_PORTS, **REGION_PORTS}


def port_name(locode: str) -> str | None:
    """The name of a known port, or None."""
    return ports().get(locode.strip().upper())


def countries() -> list[tuple[str, str]]:
    """(alpha-3, English short name) of every ISO 3166-1 country, by name."""
    out = [(str(c.alpha_3), str(getattr(c, "common_name", None) or c.name))
           for c in pycountry.countries]
    return sorted(out, key=lambda pair: pair[1])
