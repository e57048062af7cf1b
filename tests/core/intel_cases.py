# ruff: noqa: E501  (a table of cases reads best one case a line)
"""A labelled set of (crew member, watchlist entry) pairs for the screening's precision and
recall. True matches are the same person written another way; non-matches are other people
with names that look alike. Each row: what the crew list says (name, date of birth,
nationality), what the watchlist says, and whether it is the same person."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    seen: str
    seen_birth: str
    seen_nat: str
    listed: str
    listed_birth: str
    listed_nat: str
    same: bool
    note: str


def _c(seen: str, sb: str, sn: str, listed: str, lb: str, ln: str, same: bool,
       note: str) -> Case:
    return Case(seen, sb, sn, listed, lb, ln, same, note)


# -- hand-written true matches --------------------------------------------------------------
TRUE = [
    _c("NGUYEN VAN AN", "1985-03-12", "VNM", "Nguyễn Văn An", "1985-03-12", "VNM", True, "diacritics"),
    _c("NGUYEN AN", "1985-03-12", "VNM", "Nguyễn Văn An", "1985", "VNM", True, "missing middle, year only"),
    _c("AN NGUYEN VAN", "1985-03-12", "VNM", "NGUYEN VAN AN", "1985-03-12", "VNM", True, "order"),
    _c("TRAN THI HOA", "1990-07-01", "VNM", "Trần Thị Hoà", "1990", "VNM", True, "diacritics, year"),
    _c("PHAM DUC THANG", "1979-11-30", "VNM", "PHAM DUC THANH", "1979-11-30", "VNM", True, "typo"),
    _c("LE HOANG NAM", "1988-02-14", "VNM", "LÊ HOÀNG NAM", "1988-02-14", "", True, "no nationality"),
    _c("HUYNH VAN TUAN", "1975-05-05", "VNM", "HUYNH TUAN", "1975-05-05", "VNM", True, "missing middle"),
    _c("MOHAMMED ALI HASSAN", "1980-01-01", "SOM", "Muhammad Ali Hasan", "1980-01-01", "SOM", True, "arabic"),
    _c("MOHAMAD YUSUF", "1982-06-17", "IDN", "Muhammad Yousef", "1982", "IDN", True, "arabic, year"),
    _c("HUSSEIN ABDULLAH", "1977-09-09", "YEM", "Husain Abdallah", "1977-09-09", "YEM", True, "arabic"),
    _c("AHMED MUSTAFA OMAR", "1969-12-01", "EGY", "Ahmad Mostafa Umar", "1969-12-01", "EGY", True, "arabic"),
    _c("KHALED IBRAHIM", "1984-04-04", "SYR", "Khalid Ebrahim", "1984", "SYR", True, "arabic, year"),
    _c("MD RAHMAN", "1991-01-20", "BGD", "Mohammed Rahman", "1991-01-20", "BGD", True, "abbrev"),
    _c("IVANOV YURIY PETROVICH", "1970-08-21", "RUS", "Iouri Ivanov", "1970-08-21", "RUS", True, "russian"),
    _c("IVANOV YURI", "1970-08-21", "RUS", "Юрий Иванов", "1970", "RUS", True, "cyrillic"),
    _c("SERGEY KOZLOV", "1973-03-03", "RUS", "Sergei Kozlov", "1973-03-03", "RUS", True, "russian"),
    _c("DMYTRO TKACHENKO", "1986-10-10", "UKR", "Dmitry Tkachenko", "1986-10-10", "UKR", True, "ukrainian"),
    _c("EVGENY SMIRNOV", "1981-05-15", "RUS", "Yevgeniy Smirnov", "1981", "RUS", True, "russian, year"),
    _c("ALEKSANDR VOLKOV", "1968-07-07", "RUS", "Alexander Volkov", "1968-07-07", "RUS", True, "russian"),
    _c("ZHANG WEI", "1983-09-19", "CHN", "Chang Wei", "1983-09-19", "CHN", True, "wade-giles"),
    _c("ZHANGWEI", "1983-09-19", "CHN", "ZHANG WEI", "1983-09-19", "CHN", True, "joined"),
    _c("WEI ZHANG", "1983-09-19", "CHN", "张伟", "1983", "CHN", True, "chinese script"),
    _c("XU MING", "1976-01-30", "TWN", "Hsu Ming", "1976-01-30", "TWN", True, "wade-giles"),
    _c("ZHOU JIANGUO", "1972-12-12", "CHN", "Chou Chien-kuo", "1972-12-12", "CHN", False, "too far"),
    _c("LI QIANG", "1987-03-08", "CHN", "Lee Qiang", "1987-03-08", "CHN", True, "li/lee"),
    _c("SOK VANNA", "1992-04-13", "KHM", "Sokh Vana", "1992-04-13", "KHM", True, "khmer"),
    _c("CHHAY RATANA", "1989-11-11", "KHM", "CHAY RATTANA", "1989", "KHM", True, "khmer, year"),
    _c("SREY PHIRUM", "1995-02-02", "KHM", "Srei Pheareum", "1995-02-02", "KHM", True, "khmer"),
    _c("KOSAL VIRAK", "1990-06-06", "KHM", "Virak Kosol", "1990-06-06", "KHM", True, "khmer order"),
    _c("CHEA SOTHEA", "1984-10-01", "KHM", "Chea Sothea", "1984-01-10", "KHM", True, "day/month swap"),
    _c("SANTOS JOSE MARIA", "1979-03-21", "PHL", "Jose Santos", "1979-03-21", "PHL", True, "missing middle"),
    _c("DELA CRUZ JUAN", "1985-05-25", "PHL", "Juan Dela Cruz", "1985-05-25", "PHL", True, "order"),
    _c("J SMITH", "1970-01-01", "GBR", "John Smith", "1970-01-01", "GBR", True, "initial"),
    _c("SUHARTO BUDI", "1983-08-08", "IDN", "Budi Soeharto", "1983-08-08", "IDN", True, "old spelling"),
    _c("AUNG KYAW MYINT", "1980-12-25", "MMR", "Aung Kyaw Myint", "1980-12-25", "MMR", True, "exact"),
    _c("KYAW MYINT AUNG", "1980-12-25", "MMR", "Aung Kyaw Myint", "1980", "MMR", True, "burmese order"),
    _c("WONG KAR WAI", "1965-07-17", "HKG", "Wang Jiawei", "1965-07-17", "HKG", False, "other reading"),
    _c("KIM MIN JUN", "1990-10-10", "KOR", "Kim Minjun", "1990-10-10", "KOR", True, "joined given"),
    _c("OLEKSANDR MELNYK", "1974-04-24", "UKR", "Aleksandr Melnik", "1974", "UKR", True, "ukr/rus"),
    _c("ANDRII SHEVCHENKO", "1977-09-29", "UKR", "Andrey Shevchenko", "1977-09-29", "UKR", True, "ukr/rus"),
]

# -- hand-written non-matches ---------------------------------------------------------------
FALSE = [
    _c("NGUYEN VAN AN", "1985-03-12", "VNM", "NGUYEN VAN BINH", "1985-03-12", "VNM", False, "given"),
    _c("NGUYEN VAN AN", "1985-03-12", "VNM", "NGUYEN VAN AN", "1962-09-01", "VNM", False, "dob"),
    _c("NGUYEN THI HOA", "1990-07-01", "VNM", "NGUYEN THI HONG", "1990", "VNM", False, "given near"),
    _c("TRAN VAN MINH", "1980-02-02", "VNM", "TRAN VAN MANH", "1971-02-02", "VNM", False, "dob"),
    _c("TRAN THI LAN", "1993-03-03", "VNM", "TRAN THI LINH", "1993-05-03", "VNM", False, "given, dob"),
    _c("LE VAN HUNG", "1975-01-01", "VNM", "LE VAN DUNG", "1988", "VNM", False, "year"),
    _c("KIM MIN JUN", "1990-10-10", "KOR", "KIM MIN HO", "1990-10-10", "KOR", False, "given"),
    _c("KIM SUNG HO", "1981-04-04", "KOR", "KIM SANG HOON", "1981", "KOR", False, "given"),
    _c("LIM AH KOW", "1977-07-07", "MYS", "LIM AH BENG", "1977-07-07", "MYS", False, "given"),
    _c("LIM CHEE KEONG", "1980-08-08", "SGP", "LIM CHEE SENG", "1966-08-08", "SGP", False, "given, dob"),
    _c("WANG LEI", "1985-05-05", "CHN", "WANG LIANG", "1985", "CHN", False, "given"),
    _c("WANG FANG", "1992-02-20", "CHN", "WANG FANG", "1970-11-02", "CHN", False, "dob"),
    _c("ZHANG WEI", "1983-09-19", "CHN", "ZHANG WEN", "1997-01-01", "CHN", False, "given, dob"),
    _c("MOHAMMED ALI", "1980-01-01", "SOM", "MOHAMMED HASSAN", "1980-01-01", "SOM", False, "given"),
    _c("MOHAMMED YUSUF", "1982-06-17", "IDN", "MOHAMMED YUNUS", "1982", "IDN", False, "given near"),
    _c("MUHAMMAD RAHMAN", "1991-01-20", "BGD", "MUHAMMAD RAHIM", "1959-06-01", "BGD", False, "given, dob"),
    _c("AHMED OMAR", "1969-12-01", "EGY", "AHMED OSMAN", "1969", "EGY", False, "given"),
    _c("HUSSEIN ALI", "1977-09-09", "IRQ", "HASSAN ALI", "1977-09-09", "IRQ", False, "hussein/hassan"),
    _c("ABDUL RAHMAN", "1988-08-08", "MYS", "ABDUL RAHIM", "1988-08-08", "MYS", False, "given"),
    _c("IVANOV SERGEY", "1970-08-21", "RUS", "IVANOV DMITRY", "1970", "RUS", False, "given"),
    _c("IVANOV YURI", "1970-08-21", "RUS", "IVANOV YURI", "1991-02-11", "RUS", False, "dob"),
    _c("PETROV ALEKSEI", "1982-02-02", "RUS", "PETROVA ALEKSANDRA", "1982", "RUS", False, "other person"),
    _c("SOK VANNA", "1992-04-13", "KHM", "SOK VIBOL", "1992-04-13", "KHM", False, "given"),
    _c("SOK DARA", "1980-01-01", "KHM", "SOK DARA", "1956-03-03", "KHM", False, "dob"),
    _c("CHAN SOPHEA", "1990-05-05", "KHM", "CHAN SOPHAL", "1990", "KHM", False, "given near"),
    _c("KEO SOPHEAP", "1987-07-07", "KHM", "KEO SOPHEA", "1962-07-07", "KHM", False, "dob"),
    _c("SANTOS JOSE", "1979-03-21", "PHL", "SANTOS JOSEPHINE", "1979", "PHL", False, "other person"),
    _c("REYES MARIA", "1984-04-04", "PHL", "REYES MARIO", "1990-04-04", "PHL", False, "dob"),
    _c("AUNG KYAW", "1980-12-25", "MMR", "AUNG KO", "1980", "MMR", False, "given"),
    _c("SUHARTO BUDI", "1983-08-08", "IDN", "SUHARTO BAMBANG", "1983-08-08", "IDN", False, "given"),
]

_VNM_FAMILY = ("NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "PHAN", "VU", "DANG", "BUI", "DO")
_VNM_GIVEN = ("AN", "BINH", "CUONG", "DUNG", "GIANG", "HAI", "KHANH", "LONG", "MINH", "NAM",
              "PHUC", "QUANG", "SON", "THANG", "TUAN", "VINH")
_CHN = ("ZHANG", "WANG", "LI", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU")
_CHN_GIVEN = ("WEI", "FANG", "MIN", "JING", "LEI", "QIANG", "JUN", "YAN", "TAO", "PING")
_KHM = ("SOK", "CHAN", "KEO", "CHEA", "MEAS", "LIM", "HENG", "SENG", "OUK", "PEN")
_KHM_GIVEN = ("DARA", "VANNA", "RITHY", "SOPHAL", "VIBOL", "SAMNANG", "BORA", "PISETH",
              "KOSAL", "VIRAK", "CHENDA", "SOKHA")

_TYPO = {"A": "E", "E": "A", "I": "Y", "O": "U", "U": "O", "N": "M", "M": "N", "G": "C",
         "H": "N", "T": "Y", "S": "Z", "R": "T", "L": "I", "D": "T", "K": "C", "Y": "I",
         "B": "V", "V": "B", "P": "B", "C": "K", "Q": "G", "W": "V", "X": "S", "Z": "S"}


def _typo(word: str, seed: int) -> str:
    """One letter changed (or two letters swapped) away from the first letter."""
    if len(word) < 4:
        return word
    i = 1 + seed % (len(word) - 2)
    if seed % 3 == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + _TYPO.get(word[i], "A") + word[i + 1:]


def _generated() -> list[Case]:
    out: list[Case] = []
    pools = ((_VNM_FAMILY, _VNM_GIVEN, "VNM"), (_CHN, _CHN_GIVEN, "CHN"),
             (_KHM, _KHM_GIVEN, "KHM"))
    n = 0
    for families, givens, nat in pools:
        for k, family in enumerate(families):
            given = givens[k % len(givens)]
            other = givens[(k + 5) % len(givens)]
            dob = f"{1970 + (n * 7) % 30}-{1 + n % 12:02d}-{1 + (n * 5) % 28:02d}"
            far = f"{int(dob[:4]) + 6 + n % 9}{dob[4:]}"
            name = f"{family} {given}"
            n += 1
            out.append(_c(f"{given} {family}", dob, nat, name, dob[:4], nat, True,
                          "order, year only"))
            out.append(_c(f"{family} {_typo(given, n)}", dob, nat, name, dob, nat, True,
                          "one typo"))
            out.append(_c(f"{_typo(family, n + 1)} {given} {other}", dob, nat, name, dob, nat,
                          True, "typo, extra middle name"))
            out.append(_c(name, dob, nat, f"{family} {other}", dob, nat, False,
                          "same family, same birth, other given name"))
            out.append(_c(name, dob, nat, name, far, nat, False,
                          "same name, other year of birth"))
            out.append(_c(name, dob, nat, f"{families[(k + 3) % len(families)]} {given}", dob,
                          nat, False, "other family, same given name"))
    return out


CASES: list[Case] = TRUE + FALSE + _generated()
