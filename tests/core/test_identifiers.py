"""Vessel identifiers: IMO number, MMSI and the MID table, call sign, flag, AIS ship type,
gross tonnage, ports."""

from __future__ import annotations

from collections.abc import Callable

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from piu_desk.core.domain import identifiers as ids
from piu_desk.core.domain import station
from piu_desk.core.domain.identifiers import MmsiKind
from piu_desk.core.domain.mid_table import MID_ALSO, MID_TABLE
from piu_desk.core.errors import Invalid


def refused(field: str, func: Callable[..., object], *args: object) -> str:
    with pytest.raises(Invalid) as caught:
        func(*args)
    assert caught.value.field == field
    message = caught.value.message
    assert message.context == "Validation"
    text = message.render()
    assert "{" not in text, text  # every placeholder filled
    return text


# -- IMO number ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["9074729", "IMO 9074729", "imo9074729", " 907 4729 ",
                                  "IMO: 9074729", "IMO-9074729", "៩០៧៤៧២៩"])
def test_imo_accepts_the_valid_example_in_its_usual_spellings(text: str) -> None:
    assert ids.validate_imo(text) == "9074729"


@pytest.mark.parametrize("text", [None, "", "   "])
def test_small_craft_may_have_no_imo_number(text: str | None) -> None:
    assert ids.validate_imo(text) is None


def test_imo_wrong_check_digit_says_which_digit_is_expected() -> None:
    assert refused("imo", ids.validate_imo, "9074728") == (
        "The IMO number's check digit should be 9, not 8 — check the number on the ship's "
        "certificate.")


@pytest.mark.parametrize(("text", "needle"), [
    ("907472", "has 6"), ("90747290", "has 8"), ("IMO", "'IMO' is not one"),
    ("9O74729", "'9O74729' is not one"), ("MMSI 9074729", "is not one")])
def test_imo_malformed(text: str, needle: str) -> None:
    assert needle in refused("imo", ids.validate_imo, text)


def test_imo_check_digit_of_known_ships() -> None:
    assert ids.imo_check_digit("907472") == 9
    assert ids.validate_imo("IMO 9176187") == "9176187"
    assert ids.validate_imo("8814275") == "8814275"


@given(st.text(alphabet="0123456789", min_size=6, max_size=6), st.integers(0, 6),
       st.integers(1, 9))
def test_imo_single_digit_changes(six: str, position: int, delta: int) -> None:
    """A change of one digit is caught unless its weight times the change is a multiple of
    10 — changes under weight 7 or 3, and of the check digit itself, are always caught."""
    valid = six + str(ids.imo_check_digit(six))
    digits = [int(d) for d in valid]
    digits[position] = (digits[position] + delta) % 10
    changed = "".join(map(str, digits))
    weight = (*ids.IMO_WEIGHTS, 1)[position]
    caught = position == 6 or (weight * delta) % 10 != 0
    if caught:
        with pytest.raises(Invalid):
            ids.validate_imo(changed)
    else:
        assert ids.validate_imo(changed) == changed
    if position in (0, 4, 6):
        assert caught


def test_imo_check_digit_blind_spot_is_what_the_standard_gives() -> None:
    # d2 (weight 6) changed by 5: 6·5 = 30 leaves the check digit as it was.
    assert ids.validate_imo("9574729") == "9574729"


# -- MMSI ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "mmsi"), [("514123456", "514123456"),
                                            (" 515 000 001 ", "515000001"),
                                            ("៥៧៤១២៣៤៥៦", "574123456")])
def test_mmsi_of_a_ship(text: str, mmsi: str) -> None:
    assert ids.validate_mmsi(text) == mmsi
    assert ids.mmsi_info(text).is_ship


@pytest.mark.parametrize("text", [None, "", "  "])
def test_a_vessel_may_have_no_mmsi(text: str | None) -> None:
    assert ids.validate_mmsi(text) is None


@pytest.mark.parametrize(("text", "needle"), [
    ("51412345", "has 8"), ("5141234567", "has 10"), ("514-123-45X", "other characters")])
def test_mmsi_malformed(text: str, needle: str) -> None:
    assert needle in refused("mmsi", ids.validate_mmsi, text)


@pytest.mark.parametrize(("mmsi", "kind", "mid", "needle"), [
    ("002261234", MmsiKind.COAST_STATION, 226, "coast station"),
    ("051412345", MmsiKind.GROUP, 514, "group call"),
    ("111514123", MmsiKind.SAR_AIRCRAFT, 514, "search and rescue aircraft"),
    ("851412345", MmsiKind.HANDHELD_VHF, 514, "handheld VHF"),
    ("970123456", MmsiKind.AIS_SART, None, "AIS-SART"),
    ("972123456", MmsiKind.MAN_OVERBOARD, None, "man-overboard"),
    ("974123456", MmsiKind.EPIRB, None, "EPIRB"),
    ("979123456", MmsiKind.AUTONOMOUS_DEVICE, None, "net buoy"),
    ("985141234", MmsiKind.PARENT_SHIP_CRAFT, 514, "parent ship"),
    ("995141234", MmsiKind.AID_TO_NAVIGATION, 514, "aid to navigation"),
    ("123456789", MmsiKind.UNKNOWN, None, "fits no MMSI series"),
    ("912345678", MmsiKind.UNKNOWN, None, "fits no MMSI series"),
])
def test_non_ship_mmsis_are_recognised_and_refused_for_a_vessel(
        mmsi: str, kind: MmsiKind, mid: int | None, needle: str) -> None:
    info = ids.mmsi_info(mmsi)
    assert (info.kind, info.mid, info.is_ship) == (kind, mid, False)
    assert info.flag == (MID_TABLE.get(mid) if mid else None)
    text = refused("mmsi", ids.validate_mmsi, mmsi)
    assert needle in text and mmsi in text


def test_mmsi_info_of_a_ship_names_its_flag() -> None:
    info = ids.mmsi_info("514123456")
    assert (info.kind, info.mid, info.flag, info.flags) == (MmsiKind.SHIP, 514, "KHM", ("KHM",))
    assert info.description.render() == (
        "514123456 is a ship's MMSI; its MID 514 is allocated to Cambodia (KHM).")


def test_unallocated_mid_is_accepted_but_warned_about() -> None:
    assert ids.validate_mmsi("200123456") == "200123456"
    info = ids.mmsi_info("200123456")
    assert info.flag is None and info.flags == ()
    warning = ids.mmsi_flag_mismatch("200123456", "KHM")
    assert warning is not None and "not allocated" in warning.render()


def test_flag_mismatch_is_a_warning_message_not_an_error() -> None:
    assert ids.mmsi_flag_mismatch("514123456", "KHM") is None
    assert ids.mmsi_flag_mismatch("515123456", " khm ") is None
    warning = ids.mmsi_flag_mismatch("574123456", "THA")
    assert warning is not None and warning.context == "Validation"
    assert warning.render() == (
        "MMSI 574123456 starts with MID 574, allocated to Vietnam (VNM), but the flag is given "
        "as Thailand (THA). The ship may have changed flag and kept its MMSI, or one of them is "
        "wrong: check the ship's radio licence and registry certificate.")


def test_flag_mismatch_knows_shared_mids_and_has_nothing_to_compare_without_a_mid() -> None:
    for flag in ("CUW", "SXM", "BES"):
        assert ids.mmsi_flag_mismatch("306123456", flag) is None
    assert ids.mmsi_flag_mismatch("608123456", "SHN") is None
    assert ids.mmsi_flag_mismatch("970123456", "KHM") is None
    assert ids.mmsi_flag_mismatch("514123456", None) is None
    assert ids.mmsi_flag_mismatch("514123456", "") is None
    odd = ids.mmsi_flag_mismatch("514123456", "QQQ")
    assert odd is not None and "(QQQ)" in odd.render()


# -- the MID table ------------------------------------------------------------------------
def test_every_mid_maps_to_a_real_alpha3() -> None:
    for mid, code in MID_TABLE.items():
        assert 201 <= mid <= 775, mid
        assert pycountry.countries.get(alpha_3=code) is not None, (mid, code)
    for mid, codes in MID_ALSO.items():
        assert mid in MID_TABLE
        assert all(pycountry.countries.get(alpha_3=c) is not None for c in codes)


@pytest.mark.parametrize(("mids", "code"), [
    ((514, 515), "KHM"), ((574,), "VNM"), ((533,), "MYS"), ((567,), "THA"),
    ((412, 413, 414), "CHN"), ((370, 371, 372, 373), "PAN"), ((636, 637), "LBR"),
    ((538,), "MHL"), ((204, 255, 263), "PRT"), ((608,), "GBR"),
    ((501, 607, 618, 635), "ATF"), ((329,), "GLP"), ((347,), "MTQ"), ((660,), "REU"),
    ((745,), "GUF"), ((506,), "MMR"), ((525,), "IDN"), ((548,), "PHL"),
    ((563, 564, 565, 566), "SGP"), ((477,), "HKG"), ((416,), "TWN"), ((531,), "LAO"),
    ((351, 352, 353, 354, 355, 356, 357, 374), "PAN"), ((341,), "KNA"), ((667,), "SLE"),
    ((620, 616), "COM"), ((470, 471), "ARE"), ((550,), "TLS"), ((669,), "SWZ"),
])
def test_mid_allocations(mids: tuple[int, ...], code: str) -> None:
    for mid in mids:
        assert MID_TABLE[mid] == code, mid


def test_mid_table_size_and_gaps() -> None:
    assert len(MID_TABLE) == 292
    for unallocated in (200, 217, 221, 260, 302, 313, 335, 402, 504, 602, 700, 776):
        assert unallocated not in MID_TABLE
    assert ids.mid_flags(306) == ("CUW", "SXM", "BES")
    assert ids.mid_flags(200) == ()


# -- call sign ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "call_sign"), [
    ("xuab3", "XUAB3"), ("9V 1234", "9V1234"), ("3E-AB2", "3EAB2"), ("XUA", "XUA"),
    ("9HA1234", "9HA1234")])
def test_call_sign_normalised(text: str, call_sign: str) -> None:
    assert ids.validate_call_sign(text) == call_sign


def test_call_sign_may_be_absent() -> None:
    assert ids.validate_call_sign(None) is None and ids.validate_call_sign(" ") is None


@pytest.mark.parametrize(("text", "needle"), [
    ("XU", "has 2"), ("XUAB12345", "has 9"), ("XU/AB3", "other characters"),
    ("ХУАБ3", "other characters"), ("514123456", "has 9"), ("12345", "only digits")])
def test_call_sign_refused(text: str, needle: str) -> None:
    assert needle in refused("call_sign", ids.validate_call_sign, text)


# -- flag state ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "code"), [("KHM", "KHM"), (" vnm ", "VNM"), ("pan", "PAN")])
def test_flag_is_an_iso_alpha3(text: str, code: str) -> None:
    assert ids.validate_flag(text) == code


def test_flag_refusals_say_what_to_write() -> None:
    assert refused("flag", ids.validate_flag, "KH") == (
        "Write the flag state with 3 letters: KHM for Cambodia, not KH.")
    assert "ZZZ is not an ISO 3166-1" in refused("flag", ids.validate_flag, "ZZZ")
    assert "Enter the flag state" in refused("flag", ids.validate_flag, "  ")
    assert "not an ISO" in refused("flag", ids.validate_flag, "UTO")  # passports only


def test_country_names_in_english() -> None:
    assert ids.country_name("KHM") == "Cambodia"
    assert ids.country_name("vnm") == "Vietnam"
    assert ids.country_name("LAO") == "Laos"
    assert ids.country_name("PAN") == "Panama"
    assert ids.country_name("ZZZ") is None


# -- AIS ship type ------------------------------------------------------------------------
@pytest.mark.parametrize(("code", "label"), [
    (0, "Not available (no ship type given)"), (15, "Reserved for future use"),
    (30, "Fishing"), (31, "Towing"), (32, "Towing, tow longer than 200 m or wider than 25 m"),
    (33, "Dredging or underwater operations"), (34, "Diving operations"),
    (35, "Military operations"), (36, "Sailing"), (37, "Pleasure craft"),
    (40, "High-speed craft"), (41, "High-speed craft, hazardous category A"),
    (44, "High-speed craft, hazardous category D"), (45, "High-speed craft, reserved code"),
    (49, "High-speed craft, no additional information"), (50, "Pilot vessel"),
    (51, "Search and rescue vessel"), (52, "Tug"), (53, "Port tender"),
    (54, "Anti-pollution vessel"), (55, "Law enforcement vessel"), (58, "Medical transport"),
    (59, "Noncombatant ship (RR Resolution 18)"), (60, "Passenger ship"),
    (62, "Passenger ship, hazardous category B"), (70, "Cargo ship"),
    (73, "Cargo ship, hazardous category C"), (79, "Cargo ship, no additional information"),
    (80, "Tanker"), (81, "Tanker, hazardous category A"), (90, "Other type of ship"),
    (94, "Other type of ship, hazardous category D"), (21, "Wing-in-ground craft, "
                                                          "hazardous category A")])
def test_ship_type_labels(code: int, label: str) -> None:
    message = ids.ship_type_label(code)
    assert message.context == "Validation" and message.render() == label


def test_every_ship_type_has_a_label_and_hazard_flags() -> None:
    for code in range(100):
        assert ids.ship_type_label(code).render()
    hazardous = {c for c in range(100) if ids.is_hazardous(c)}
    assert hazardous == {f * 10 + s for f in (2, 4, 6, 7, 8, 9) for s in (1, 2, 3, 4)}
    with pytest.raises(ValueError):
        ids.ship_type_label(100)


@pytest.mark.parametrize(("value", "code"), [(70, 70), ("70", 70), (" 0 ", 0), ("99", 99)])
def test_ship_type_valid(value: int | str, code: int) -> None:
    assert ids.validate_ship_type(value) == code


@pytest.mark.parametrize("value", [100, -1, "x", "", "7 0 0", "12.5"])
def test_ship_type_refused(value: int | str) -> None:
    assert "from 0 to 99" in refused("ship_type", ids.validate_ship_type, value)


# -- gross tonnage ------------------------------------------------------------------------
@pytest.mark.parametrize(("value", "tonnage"), [
    (12345, 12345), ("12345", 12345), ("12,345", 12345), ("12 345 GT", 12345),
    ("0.8", 0.8), (5000.5, 5000.5), ("228,081", 228081), ("1,234.5", 1234.5)])
def test_gross_tonnage_valid(value: float | str, tonnage: float) -> None:
    result = ids.validate_gross_tonnage(value)
    assert result == tonnage and type(result) is type(tonnage)


@pytest.mark.parametrize(("value", "needle"), [
    (0, "more than 0"), (-5, "more than 0"), ("abc", "'abc' is not one"),
    ("1,5", "'1,5' is not one"), ("12,34", "is not one"), (float("nan"), "more than 0"),
    (2_500_000, "2,500,000 is more than any ship's")])
def test_gross_tonnage_refused(value: float | str, needle: str) -> None:
    assert needle in refused("gross_tonnage", ids.validate_gross_tonnage, value)


# -- ports --------------------------------------------------------------------------------
def test_ports_reuse_the_station_locode_rule() -> None:
    assert ids.validate_locode is station.validate_locode
    assert ids.KNOWN_PORTS is station.KNOWN_PORTS
    assert ids.validate_port(" khkos ") == "KHKOS"
    assert ids.validate_port("VNSGN") == "VNSGN"
    assert "A UN/LOCODE is 5 characters" in refused("last_port", ids.validate_port, "KH1",
                                                    "last_port")
