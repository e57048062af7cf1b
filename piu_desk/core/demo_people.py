"""Seafarers for the demo store: names of the region, passports in each country's format,
rosters that change a little from one call to the next, so the same person turns up on
several port calls (and, after signing off, on another vessel). Part of `demo_records`.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta

from piu_desk.core.domain.crew import CrewMember


@dataclass(frozen=True)
class Nation:
    code: str
    families: tuple[str, ...]
    givens: tuple[str, ...]
    places: tuple[str, ...]
    passport: str  # pattern: L = a letter from `letters`, 9 = a digit, other characters kept
    letters: str = "ABC"


def _t(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


NATIONS = {n.code: n for n in (
    Nation("VNM", _t("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ, Hồ, "
                     "Ngô, Dương, Lý"),
           _t("Văn Hùng, Văn Dũng, Minh Tuấn, Văn Nam, Đức Long, Hữu Phúc, Quốc Khánh, "
              "Thanh Hải, Văn Sơn, Mạnh Cường, Đức Thắng, Văn Quang, Xuân Bình, Trung Hiếu, "
              "Công Toàn, Tiến Đạt, Quang Vinh, Gia Bảo, Văn Tài, Hoài Nam, Minh Trí"),
           _t("Hai Phong, Nam Dinh, Thanh Hoa, Nghe An, Quang Ninh, Thai Binh, Vung Tau, "
              "Kien Giang, Ca Mau, Ho Chi Minh City"), "L9999999", "CBN"),
    Nation("PHL", _t("Santos, Reyes, Dela Cruz, Bautista, Garcia, Mendoza, Villanueva, Ramos, "
                     "Aquino, Castillo, Fernandez, Manalo, Soriano, Navarro, Pascual, Tolentino"),
           _t("John Mark, Jose Mari, Rodel, Jerome, Ariel, Rommel, Jericho, Mark Anthony, "
              "Reynaldo, Noel, Efren, Jayson, Ramil, Arnel, Dennis, Christian"),
           _t("Manila, Cebu City, Iloilo City, Batangas, Davao City, Tacloban, Bacolod, Cavite"),
           "P9999999L", "ABC"),
    Nation("IDN", _t("Santoso, Saputra, Prasetyo, Kurniawan, Hartono, Wijaya, Nugroho, Pratama, "
                     "Hidayat, Setiawan, Siregar, Simanjuntak, Supriyadi, Wibowo"),
           _t("Budi, Agus, Eko, Dedi, Rudi, Andi, Hendra, Fajar, Rizki, Slamet, Yusuf, Bayu, "
              "Dimas, Arif"),
           _t("Jakarta, Surabaya, Semarang, Makassar, Tegal, Cirebon, Medan, Ambon"),
           "L9999999", "BCE"),
    Nation("MMR", _t("Aung, Kyaw, Min, Htet, Zaw, Soe, Win, Myo, Naing, Thant, Tun, Lwin"),
           _t("Ko Ko, Zaw Min, Naing Oo, Thu Rein, Min Htet, Moe Aung, Lin Tun, Zin Oo, "
              "Chan Ko, Kyaw Soe, Htoo Aung, Myat Min"),
           _t("Yangon, Mawlamyine, Dawei, Pathein, Myeik, Mandalay"), "ML999999", "ABCD"),
    Nation("CHN", _t("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, "
                     "Hu, Guo, Lin, He"),
           _t("Wei, Qiang, Jun, Yang, Gang, Fan, Hai, Lei, Ming, Bin, Tao, Peng, Lin, Hong, "
              "Jian, Liang, Feng, Yong, Zhiwei, Haitao"),
           _t("Fuzhou, Dalian, Qingdao, Ningbo, Zhanjiang, Xiamen, Shanghai, Beihai"),
           "EL9999999", "ABDE"),
    Nation("THA", _t("Srisuk, Wongsa, Chaiyaporn, Boonmee, Thongdee, Saelim, Rattanakorn, "
                     "Phromma, Kaewmanee, Inthasorn, Sukprasert, Chanthara"),
           _t("Somchai, Prasert, Anan, Niran, Somsak, Wichai, Chaiwat, Sakda, Thanakorn, "
              "Pongsak, Surachai, Kittisak"),
           _t("Samut Prakan, Chonburi, Songkhla, Rayong, Trat, Bangkok, Pattani"),
           "AL9999999", "ABC"),
    Nation("KHM", _t("Sok, Chan, Keo, Lim, Meas, Heng, Chea, Prak, Ouk, Kim, Seng, Pich, Nhem, "
                     "Sam, Mao"),
           _t("Vuthy, Sophal, Dara, Sovann, Visal, Pisey, Sokha, Chanthou, Bunthoeun, Samnang, "
              "Vannak, Rotha, Piseth, Kosal"),
           _t("Preah Sihanouk, Kampot, Koh Kong, Phnom Penh, Takeo, Prey Veng, Kampong Cham"),
           "N99999999", "N"),
    Nation("MYS", _t("bin Hassan, bin Ismail, bin Abdullah, bin Osman, Tan, Lim, Wong, "
                     "bin Yusof, Raj, bin Ahmad"),
           _t("Mohd Faizal, Ahmad Zaki, Muhammad Hafiz, Azman, Wei Ming, Chee Keong, "
              "Kumar, Shahrul, Nizam, Kok Leong"),
           _t("Klang, Johor Bahru, Kuantan, Penang, Kota Kinabalu, Kuching"), "L99999999", "AH"),
    Nation("UKR", _t("Kovalenko, Shevchenko, Bondarenko, Melnyk, Tkachenko, Kravchenko, Oliinyk"),
           _t("Oleksandr, Andriy, Serhiy, Yuriy, Volodymyr, Dmytro, Ihor"),
           _t("Odesa, Mykolaiv, Kherson, Izmail"), "FL999999", "ABCE"),
    Nation("IND", _t("Singh, Kumar, Sharma, Nair, Pillai, Menon, Das, Rao, Fernandes, Gupta"),
           _t("Rajesh, Suresh, Amit, Vikram, Sanjay, Anil, Rahul, Manoj, Deepak, Arjun"),
           _t("Mumbai, Kochi, Chennai, Kolkata, Goa, Visakhapatnam"), "L9999999", "JKLMNPRSTUVZ"),
    Nation("RUS", _t("Ivanov, Petrov, Smirnov, Volkov, Sokolov, Morozov, Lebedev"),
           _t("Sergei, Dmitry, Alexei, Nikolai, Vladimir, Andrei, Mikhail"),
           _t("Vladivostok, Saint Petersburg, Novorossiysk, Nakhodka"), "759999999", ""),
)}

SENIOR = ("Master", "Chief Officer", "Chief Engineer", "2nd Officer", "2nd Engineer",
          "3rd Officer", "3rd Engineer")
RATINGS = ("Bosun", "AB", "AB", "OS", "Oiler", "AB", "Oiler", "Fitter", "Chief Cook", "OS",
           "Wiper", "Messman", "AB", "Electrician", "Deck Cadet", "Oiler", "Pumpman", "AB",
           "Engine Cadet", "OS", "Wiper", "Steward", "AB", "Oiler", "OS")
FISHING = ("Skipper", "Engineer", "Boatswain", "Cook", *("Fisherman",) * 14)
TUG = ("Master", "Chief Engineer", "Mate", "Engineer", "Bosun", "AB", "AB", "Oiler", "Cook",
       "Deckhand", "Deckhand")
FERRY = ("Master", "Chief Engineer", "Mate", "Engineer", "Deckhand", "Deckhand", "Deckhand",
         "Steward", "Stewardess", "Stewardess", "Ticket Officer", "Deckhand")


def ascii_name(text: str) -> str:
    """How most agents type a Vietnamese name: no diacritics (Đ as D)."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


@dataclass(frozen=True)
class Seafarer:
    family: str
    given: str
    nationality: str
    birth: str
    gender: str
    place: str
    document_type: str
    document: str
    expiry: str

    def member(self, number: int, rank: str, *, diacritics: bool = False) -> CrewMember:
        def name(text: str) -> str:
            return text if diacritics else ascii_name(text)
        return CrewMember(number, name(self.family), name(self.given), rank=rank,
                          nationality=self.nationality, date_of_birth=self.birth,
                          place_of_birth=self.place, gender=self.gender,
                          document_type=self.document_type, document_number=self.document,
                          document_issuer=self.nationality, document_expiry=self.expiry)


Roster = list[tuple[str, Seafarer]]  # (rank, seafarer)


class Crewing:
    """A manning agency: makes seafarers, keeps those who signed off for their next ship."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng, self.today = rng, today
        self._documents: set[str] = set()
        self._names: set[tuple[str, str, str]] = set()
        self.ashore: dict[str, list[Seafarer]] = {}  # signed off, by nationality

    def document_number(self, nation: Nation) -> str:
        while True:
            number = "".join(self.rng.choice(nation.letters) if ch == "L" else
                             str(self.rng.randrange(10)) if ch == "9" else ch
                             for ch in nation.passport)
            if number not in self._documents:
                self._documents.add(number)
                return number

    def new(self, code: str, *, senior: bool = False, gender: str = "M") -> Seafarer:
        nation = NATIONS[code]
        while True:
            family, given = self.rng.choice(nation.families), self.rng.choice(nation.givens)
            if gender == "F" and code == "VNM":
                given = "Thị " + given.split()[-1]
            if (code, family, given) not in self._names:
                self._names.add((code, family, given))
                break
        if code == "MMR":  # no family names: the whole name in one column
            family, given = f"{family} {given}", ""
        age = self.rng.randint(38, 60) if senior else self.rng.randint(20, 50)
        born = self.today - timedelta(days=age * 365 + self.rng.randrange(365))
        expiry = self.today + timedelta(days=self.rng.randint(60, 9 * 365))
        return Seafarer(family.upper(), given.upper(), code, born.isoformat(), gender,
                        self.rng.choice(nation.places), "Passport",
                        self.document_number(nation), expiry.isoformat())

    def hire(self, code: str, *, senior: bool = False) -> Seafarer:
        """Someone who signed off another ship, or a new seafarer."""
        pool = self.ashore.get(code, [])
        if pool and self.rng.random() < 0.6:
            return pool.pop(self.rng.randrange(len(pool)))
        return self.new(code, senior=senior)

    def roster(self, crew: tuple[str, str, tuple[str, ...]], kind: str, size: int) -> Roster:
        master, officers, ratings = crew
        if kind in ("fishing", "ferry", "tug"):
            ranks = {"fishing": FISHING, "ferry": FERRY, "tug": TUG}[kind][:size]
        else:
            ranks = (SENIOR + RATINGS)[:size]
        out: Roster = []
        for i, rank in enumerate(ranks):
            senior = i < 4 or rank in SENIOR
            code = master if i == 0 else officers if senior else self.rng.choice(ratings)
            gender = "F" if rank == "Stewardess" else "M"
            person = self.new(code, senior=senior, gender=gender) if gender == "F" else \
                self.hire(code, senior=senior)
            out.append((rank, person))
        return out

    def rotate(self, roster: Roster) -> Roster:
        """Between two calls a few ratings sign off and others join."""
        out = list(roster)
        if self.rng.random() < 0.45:
            for _ in range(self.rng.randint(1, 3)):
                i = self.rng.randrange(1, len(out))
                rank, leaving = out[i]
                self.ashore.setdefault(leaving.nationality, []).append(leaving)
                out[i] = (rank, self.hire(leaving.nationality))
        return out


def renewed_passport(s: Seafarer, crewing: Crewing) -> Seafarer:
    """The same seafarer with a new passport: not linked automatically, only suggested."""
    return replace(s, document=crewing.document_number(NATIONS[s.nationality]),
                   expiry=(crewing.today + timedelta(days=3650)).isoformat())


def misspelt_with_seaman_book(s: Seafarer, crewing: Crewing) -> Seafarer:
    """An agent's typo in the name, and the seaman's book instead of the passport."""
    family = s.family.replace(" ", "")  # DELA CRUZ as DELACRUZ
    given = s.given if family != s.family else _swap(s.given)
    book = crewing.document_number(Nation("", (), (), (), "SB9999999"))
    return replace(s, family=family, given=given, document_type="Seaman's book",
                   document=book)


def _swap(name: str) -> str:
    """Two letters in the middle of the last word typed the wrong way round."""
    head, _, word = name.rpartition(" ")
    if len(word) < 4:
        return name
    i = len(word) // 2
    return f"{head} {word[:i - 1]}{word[i]}{word[i - 1]}{word[i + 1:]}".strip()


def birth_typo(s: Seafarer, crewing: Crewing) -> Seafarer:
    """Day and month swapped in the date of birth (or the day off by ten)."""
    born = date.fromisoformat(s.birth)
    if born.day <= 12 and born.day != born.month:
        wrong = born.replace(month=born.day, day=born.month)
    else:
        wrong = born.replace(day=born.day - 10 if born.day > 10 else born.day + 10)
    return replace(s, birth=wrong.isoformat())
