"""The demo store's fleet: the vessels that call at Sihanoukville, their routes and crews.

Synthetic: names, IMO numbers (valid check digits), MMSIs (MIDs of their flags, except one
on purpose) and call signs are made up in the real formats. Part of `demo_records`.
"""

from __future__ import annotations

from dataclasses import dataclass

from piu_desk.core.domain.identifiers import imo_check_digit
from piu_desk.core.domain.vessel import FormerIdentity, Vessel


@dataclass(frozen=True)
class Profile:
    """How a kind of vessel uses the port."""

    every_days: float  # mean days between two calls at Sihanoukville
    stay_hours: tuple[int, int]
    berths: tuple[str, ...]
    crew: tuple[int, int]


PROFILES = {
    "container": Profile(12.0, (14, 30), ("Container Terminal CT-1", "Container Terminal CT-2"),
                         (16, 22)),
    "cargo": Profile(20.0, (40, 96), ("MPT Berth 3", "MPT Berth 4", "Old Jetty 2"), (12, 19)),
    "bulk": Profile(30.0, (60, 120), ("MPT Berth 5", "Anchorage A2"), (19, 24)),
    "tanker": Profile(20.0, (30, 60), ("Oil Terminal OT-1", "Oil Terminal OT-2"), (15, 23)),
    "fishing": Profile(15.0, (20, 60), ("Fishing Port Jetty", "Anchorage A4"), (10, 16)),
    "ferry": Profile(5.0, (3, 6), ("Passenger Terminal",), (10, 12)),
    "tug": Profile(22.0, (24, 48), ("Old Jetty 1",), (10, 11)),
}


@dataclass(frozen=True)
class DemoVessel:
    name: str
    flag: str
    imo6: str  # first six digits; the check digit is computed; "" for a craft without one
    mmsi: str
    call_sign: str
    ship_type: int  # AIS code
    gross_tonnage: float
    owner: str
    kind: str  # a key of PROFILES
    crew: tuple[str, str, tuple[str, ...]]  # master's, officers' and ratings' nationalities
    last_ports: tuple[str, ...]
    next_ports: tuple[str, ...]
    history: tuple[FormerIdentity, ...] = ()

    @property
    def profile(self) -> Profile:
        return PROFILES[self.kind]

    def vessel(self) -> Vessel:
        imo = f"{self.imo6}{imo_check_digit(self.imo6)}" if self.imo6 else None
        return Vessel(None, self.name, self.flag, imo=imo, mmsi=self.mmsi or None,
                      call_sign=self.call_sign or None, ship_type=self.ship_type,
                      gross_tonnage=self.gross_tonnage, owner_operator=self.owner,
                      history=self.history)


D = DemoVessel
F = FormerIdentity
VN_LINER = (("VNSGN", "VNCMT"), ("THLCH", "SGSIN"))
TH_LINER = (("THLCH", "THBKK"), ("VNCMT", "VNSGN"))
SG_LINER = (("SGSIN", "MYPKG", "MYTPP"), ("VNCMT", "THLCH", "HKHKG"))
CN_ROUTE = (("CNSHK", "CNNSA", "CNQZH", "HKHKG"), ("SGSIN", "VNSGN", "THLCH"))
ASEAN = (("VNSGN", "THLCH", "SGSIN", "MYPKG", "IDJKT"), ("SGSIN", "VNSGN", "THBKK", "KHPNH"))
TANKER = (("SGSIN", "MYPKG", "THSRI"), ("SGSIN", "VNVUT", "THSRI"))
GULF = (("KHKKZ", "KHKMT", "THSGZ", "VNPQC"), ("KHKKZ", "THSGZ", "VNPQC"))
WEST = ("UKR", "PHL", ("PHL", "MMR", "IDN"))
RUS_WEST = ("RUS", "PHL", ("PHL", "MMR"))

FLEET: tuple[DemoVessel, ...] = (
    # Viet Nam
    D("HAI PHONG STAR", "VNM", "961734", "574002310", "3WKH7", 70, 9_940,
      "Vinaship Coastal Lines JSC", "container", ("VNM", "VNM", ("VNM",)), *VN_LINER),
    D("SAI GON EXPRESS", "VNM", "972208", "574004470", "3WQA9", 70, 7_260,
      "Saigon Feeder Services JSC", "container", ("VNM", "VNM", ("VNM",)), *VN_LINER),
    D("SONG HAU 09", "VNM", "940517", "574001180", "XVGT5", 70, 4_310,
      "Mekong Delta Transport Co.", "cargo", ("VNM", "VNM", ("VNM",)), *ASEAN),
    D("VINH THINH 18", "VNM", "958820", "574003920", "3WVT2", 70, 5_120,
      "Vinh Thinh Shipping JSC", "cargo", ("VNM", "VNM", ("VNM",)), *ASEAN),
    D("PETRO MEKONG 05", "VNM", "966413", "574012650", "3WPM5", 80, 3_980,
      "Petro Mekong Transport JSC", "tanker", ("VNM", "VNM", ("VNM",)), *TANKER),
    D("HONG HA 27", "VNM", "935161", "574000770", "XVHH8", 70, 2_870,
      "Hong Ha Shipping Co.", "cargo", ("VNM", "VNM", ("VNM",)), *ASEAN),
    D("BV 92468 TS", "VNM", "", "574920468", "", 30, 148,
      "Nguyen Van Tam (private owner)", "fishing", ("VNM", "VNM", ("VNM",)), *GULF),
    # Thailand
    D("CHAO PHRAYA GLORY", "THA", "947652", "567021400", "HSB4521", 70, 6_150,
      "Chao Phraya Marine Co., Ltd.", "cargo", ("THA", "THA", ("THA", "MMR")), *ASEAN),
    D("SIAM PETRO 3", "THA", "953087", "567045100", "HSB6130", 80, 4_720,
      "Siam Coastal Tankers Co., Ltd.", "tanker", ("THA", "THA", ("THA", "MMR")), *TANKER),
    D("ANDAMAN BREEZE", "THA", "968940", "567064800", "HSB7812", 70, 11_480,
      "Andaman Container Line Co., Ltd.", "container", ("THA", "THA", ("THA", "MMR")),
      *TH_LINER),
    D("SOR CHAROEN 12", "THA", "", "567300912", "HSP3012", 30, 186,
      "Sor Charoen Fishery Ltd. Part.", "fishing", ("THA", "THA", ("MMR", "KHM")), *GULF),
    # Indonesia
    D("NUSANTARA JAYA", "IDN", "945523", "525015230", "YBNJ2", 70, 5_860,
      "PT Nusantara Jaya Lines", "cargo", ("IDN", "IDN", ("IDN",)), *ASEAN),
    D("BINTANG SAMUDRA 8", "IDN", "962275", "525008840", "PNBS8", 80, 6_640,
      "PT Bintang Samudra Tanker", "tanker", ("IDN", "IDN", ("IDN",)), *TANKER),
    D("CAHAYA BATAM", "IDN", "970431", "525119400", "YDCB5", 70, 8_270,
      "PT Cahaya Samudera Line", "container", ("IDN", "IDN", ("IDN",)), *SG_LINER),
    # Malaysia
    D("PERMATA KELANG", "MYS", "967208", "533130720", "9MPK4", 70, 9_580,
      "Permata Shipping Sdn. Bhd.", "container", ("MYS", "MYS", ("MYS", "IDN")), *SG_LINER),
    D("TIOMAN GAS 2", "MYS", "951640", "533004900", "9WTG2", 84, 3_450,
      "Tioman Gas Carriers Sdn. Bhd.", "tanker", ("MYS", "MYS", ("MYS", "IDN")), *TANKER),
    D("PUTRA MELAKA", "MYS", "938702", "533002170", "9MPM6", 70, 4_090,
      "Putra Coastal Shipping Sdn. Bhd.", "cargo", ("MYS", "MYS", ("MYS", "MMR")), *ASEAN),
    D("SRI MAJU 8", "MYS", "", "533170880", "9WSM8", 52, 298,
      "Maju Towage & Marine Sdn. Bhd.", "tug", ("MYS", "MYS", ("MYS", "IDN")),
      ("MYKUA", "SGSIN"), ("MYKUA",)),
    # China
    D("XIN HAI FENG 8", "CHN", "959914", "413452160", "BOXH8", 70, 8_890,
      "Fujian Haifeng Shipping Co., Ltd.", "cargo", ("CHN", "CHN", ("CHN",)), *CN_ROUTE),
    D("ZHONG YUAN 66", "CHN", "973356", "413781200", "BPZY6", 70, 14_650,
      "Zhongyuan Container Lines Co., Ltd.", "container", ("CHN", "CHN", ("CHN",)),
      *CN_ROUTE),
    D("HUA YANG 18", "CHN", "964409", "412377180", "BRHY9", 80, 5_310,
      "Huayang Petroleum Shipping Co., Ltd.", "tanker", ("CHN", "CHN", ("CHN",)), *TANKER),
    D("MIN RONG YU 2618", "CHN", "", "412442618", "BZMR6", 30, 468,
      "Fuzhou Minrong Ocean Fishery Co., Ltd.", "fishing", ("CHN", "CHN", ("CHN", "IDN")),
      ("CNZHA", "VNPQC"), ("CNZHA", "THSGZ")),
    # Panama
    D("GOLDEN HARVEST", "PAN", "934412", "352001870", "3EGH4", 70, 31_200,
      "Golden Harvest Navigation S.A.", "bulk", RUS_WEST, *CN_ROUTE),
    D("OCEAN TREASURE", "PAN", "928633", "355906000", "3FOT7", 70, 6_980,
      "Treasure Ocean Shipping Ltd.", "cargo", WEST, *ASEAN,
      history=(F("HAI XING 9", "CHN", "2009-03-01", "2018-06-30"),
               F("OCEAN TREASURE", "KHM", "2018-07-01", "2021-02-14"))),
    D("SEA DRAGON 7", "PAN", "925408", "371448000", "HOSD7", 80, 8_420,
      "Dragon Tankers Inc.", "tanker", WEST, *TANKER,
      history=(F("PETROSTAR 7", "SGP", "2004-05-10", "2016-11-30"),)),
    D("PACIFIC ORCHID", "PAN", "969217", "373122000", "3EPO2", 70, 17_890,
      "Orchid Container Line S.A.", "container", WEST, *SG_LINER),
    D("LUCKY STAR 88", "PAN", "919340", "357884000", "H3LS8", 70, 4_640,
      "Lucky Star Maritime Co.", "cargo", ("UKR", "MMR", ("MMR", "VNM")), *TH_LINER,
      history=(F("FORTUNE 88", "KHM", "2012-01-01", "2019-09-30"),)),
    # Liberia, Marshall Islands, Singapore
    D("ATLANTIC GRACE", "LBR", "957760", "636018420", "A8GR5", 70, 26_300,
      "Grace Maritime Liberia Inc.", "container", WEST, *SG_LINER),
    D("CAPE ROSEWOOD", "LBR", "948125", "636015310", "D5RW2", 70, 34_080,
      "Rosewood Bulk Carriers Inc.", "bulk", RUS_WEST, *CN_ROUTE),
    D("NORDIC LOTUS", "LBR", "963581", "636019660", "5LNL3", 80, 23_770,
      "Lotus Tankers Inc.", "tanker", WEST, *TANKER,
      history=(F("LOTUS SPIRIT", "MHL", "2013-02-01", "2020-08-31"),)),
    D("PACIFIC HARMONY", "MHL", "955092", "538005120", "V7PH3", 80, 29_410,
      "Harmony Shipholding Ltd.", "tanker", RUS_WEST, *TANKER),
    D("CORAL VOYAGER", "MHL", "974862", "538009840", "V7CV8", 70, 15_970,
      "Coral Marine Trust Co.", "container", WEST, *TH_LINER),
    D("MERLION SPIRIT", "SGP", "958264", "564381000", "9VMS6", 80, 11_260,
      "Merlion Coastal Tankers Pte. Ltd.", "tanker", ("IND", "IND", ("IND", "MMR")), *TANKER),
    D("LION CITY TRADER", "SGP", "960377", "563045900", "9VLC4", 70, 12_340,
      "Lion City Feeders Pte. Ltd.", "container", ("PHL", "PHL", ("PHL", "MMR")), *SG_LINER),
    # Cambodia
    D("MEKONG PIONEER", "KHM", "941876", "514225000", "XUMP5", 70, 4_850,
      "Mekong Coastal Lines Co., Ltd.", "cargo", ("KHM", "KHM", ("KHM", "VNM")),
      ("KHPNH", "VNSGN", "THLCH"), ("KHPNH", "VNSGN", "SGSIN")),
    D("ANGKOR SPIRIT", "KHM", "954139", "514338000", "XUAS7", 70, 6_720,
      "Angkor Maritime Holdings Co., Ltd.", "container", ("KHM", "KHM", ("KHM",)),
      *VN_LINER),
    D("TONLE SAP", "KHM", "936210", "515017000", "XUTS2", 70, 2_460,
      "Royal Tonle Shipping Co., Ltd.", "cargo", ("KHM", "KHM", ("KHM",)),
      ("KHPNH", "VNSGN"), ("KHPNH", "THBKK")),
    D("SEA PRINCESS", "KHM", "930045", "514560000", "XUSP9", 70, 3_820,
      "Golden Sea Shipping (Cambodia) Co., Ltd.", "cargo", ("CHN", "CHN", ("KHM", "MMR")),
      *CN_ROUTE, history=(F("JIN HAI 2", "CHN", "2001-04-01", "2017-05-31"),
                          F("JIN HAI 2", "SLE", "2017-06-01", "2020-12-31"))),
    D("KOH RONG EXPRESS", "KHM", "", "514009300", "XUKR3", 60, 492,
      "Island Ferry Cambodia Co., Ltd.", "ferry", ("KHM", "KHM", ("KHM",)),
      ("VNPQC",), ("VNPQC",)),
    # On purpose: flagged in Cambodia, AIS still sends the Chinese MMSI of its former flag.
    D("HAI XIANG 68", "KHM", "", "412516868", "XUHX6", 30, 392,
      "Hai Xiang Fishery (Cambodia) Co., Ltd.", "fishing", ("CHN", "CHN", ("KHM", "MMR")),
      ("CNZHA", "VNPQC", "THSGZ"), ("CNZHA", "THSGZ"),
      history=(F("MIN LONG YU 68", "CHN", "2011-08-01", "2023-03-31"),)),
)

AGENTS = (
    "Kampuchea Shipping Agency & Brokers", "Sihanoukville Maritime Services Co., Ltd.",
    "Angkor Ocean Logistics", "Mekong Star Shipping Agency", "Golden Bay Shipping (Cambodia)",
)
