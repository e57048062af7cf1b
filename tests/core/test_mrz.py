"""ICAO 9303 machine-readable zones: the specimens, every check digit, dates, codes, tolerant
input, wrong lengths, the report and JSON, and properties over generated zones."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from piu_desk.core.domain import mrz
from piu_desk.core.domain.mrz import MrzFormat, MrzResult, check_digit, parse_mrz
from piu_desk.core.errors import Invalid
from piu_desk.core.text import identity_translate

TODAY = date(2026, 3, 1)
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<",
       "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
       "D231458907UTO7408122F1204159<<<<<<<6")


def parse(*lines: str, today: date = TODAY) -> MrzResult:
    return parse_mrz("\n".join(lines), today)


def problems(result: MrzResult) -> list[str]:
    return [p.message.render() for p in result.problems]


def refused(text: str) -> str:
    with pytest.raises(Invalid) as caught:
        parse_mrz(text, TODAY)
    assert caught.value.field == "mrz" and caught.value.message.context == "Mrz"
    return caught.value.message.render()


def with_char(lines: tuple[str, ...], line: int, position: int, char: str) -> tuple[str, ...]:
    """`position` counts from 1, as 9303 does."""
    changed = list(lines)
    text = changed[line - 1]
    changed[line - 1] = text[:position - 1] + char + text[position:]
    return tuple(changed)


def checks(result: MrzResult) -> dict[str, tuple[str, str]]:
    return {c.field: (c.expected, c.found) for c in result.checks}


# -- the ICAO specimens -------------------------------------------------------------------
def test_td3_specimen_from_product_md() -> None:
    r = parse(*TD3)
    assert r.ok and r.problems == ()
    assert r.format is MrzFormat.TD3 and r.document_code == "P"
    assert (r.primary_identifier, r.secondary_identifier) == ("ERIKSSON", "ANNA MARIA")
    assert r.document_number == "L898902C3"
    assert (r.issuing_state.code, r.nationality.code) == ("UTO", "UTO")
    assert r.date_of_birth == date(1974, 8, 12) and r.sex == "F"
    assert r.date_of_expiry == date(2012, 4, 15) and r.expired
    assert r.optional_data == "ZE184226B" and r.optional_data_2 == ""
    assert checks(r) == {"document_number": ("6", "6"), "date_of_birth": ("2", "2"),
                         "date_of_expiry": ("9", "9"), "optional_data": ("1", "1"),
                         "composite": ("0", "0")}
    notes = [n.render() for n in r.notes]
    assert "The document expired on 2012-04-15." in notes
    assert any("specimen" in n for n in notes)


def test_td1_specimen() -> None:
    r = parse(*TD1)
    assert r.ok and r.format is MrzFormat.TD1 and r.document_code == "I"
    assert r.document_number == "D23145890"
    assert (r.primary_identifier, r.secondary_identifier) == ("ERIKSSON", "ANNA MARIA")
    assert r.date_of_birth == date(1974, 8, 12) and r.date_of_expiry == date(2012, 4, 15)
    assert checks(r) == {"document_number": ("7", "7"), "date_of_birth": ("2", "2"),
                         "date_of_expiry": ("9", "9"), "composite": ("6", "6")}


def test_td2_specimen() -> None:
    r = parse(*TD2)
    assert r.ok and r.format is MrzFormat.TD2
    assert r.document_number == "D23145890" and r.nationality.code == "UTO"
    assert checks(r) == {"document_number": ("7", "7"), "date_of_birth": ("2", "2"),
                         "date_of_expiry": ("9", "9"), "composite": ("6", "6")}


def test_td1_long_document_number_continues_in_the_optional_data() -> None:
    # 9303 Part 5's example: D23145890734, check digit 9, after a filler at position 15.
    r = parse("I<UTOD23145890<7349<<<<<<<<<<<", TD1[1], TD1[2])
    assert r.ok, problems(r)
    assert r.document_number == "D23145890734" and r.optional_data == ""
    assert checks(r)["document_number"] == ("9", "9")


def test_td2_long_document_number() -> None:
    line2 = "D23145890<UTO7408122F1204159" + "7349<<<"
    line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:35])
    r = parse(TD2[0], line2)
    assert r.ok, problems(r)
    assert r.document_number == "D23145890734" and r.optional_data == ""


def test_long_document_number_with_its_rest_missing() -> None:
    lines = with_char(TD1, 1, 15, "<")  # the check digit 7 replaced by a filler
    r = parse(*lines)
    assert not r.ok
    assert any("rest of the number" in p for p in problems(r))


# -- each check digit says which field is wrong -------------------------------------------
def test_date_of_birth_check_digit() -> None:
    r = parse(*with_char(TD3, 2, 20, "3"))
    assert "Date of birth check digit: expected 2, found 3 — the date or its check digit " \
           "was misread." in problems(r)
    assert {p.field for p in r.problems} == {"date_of_birth", "composite"}


@pytest.mark.parametrize(("line", "position", "char", "field", "text"), [
    (2, 1, "M", "document_number", "Document number check digit: expected 3, found 6"),
    (2, 10, "5", "document_number", "Document number check digit: expected 6, found 5"),
    (2, 25, "5", "date_of_expiry", "Date of expiry check digit: expected 6, found 9"),
    (2, 29, "X", "optional_data", "Personal number check digit: expected 7, found 1"),
    (2, 44, "4", "composite", "Composite check digit (the last character of line 2): "
                              "expected 0, found 4"),
])
def test_td3_check_digit_failures_name_their_field(line: int, position: int, char: str,
                                                   field: str, text: str) -> None:
    r = parse(*with_char(TD3, line, position, char))
    assert not r.ok
    assert any(p.field == field and p.message.render().startswith(text) for p in r.problems), \
        problems(r)


def test_composite_alone_catches_a_td1_optional_data_misread() -> None:
    r = parse(*with_char(TD1, 2, 20, "B"))
    assert [p.field for p in r.problems] == ["composite"]


def test_what_no_check_digit_can_see() -> None:
    # < and A weigh 0 and 10: equal modulo 10, so 9303's check digits cannot tell them apart.
    assert parse(*with_char(TD1, 2, 20, "A")).ok
    # Names carry no check digit at all.
    assert parse(*with_char(TD3, 1, 6, "F")).primary_identifier == "FRIKSSON"


def test_a_check_digit_that_is_not_a_digit() -> None:
    r = parse(*with_char(TD3, 2, 20, "Z"))
    assert "Date of birth check digit: expected 2, found Z" in problems(r)[0]


def test_empty_personal_number_may_carry_a_filler_check_digit() -> None:
    line2 = "L898902C36UTO7408122F1204159" + "<" * 14
    for filler in ("<", "0"):
        base = line2 + filler
        r = parse(TD3[0], base + check_digit(base[0:10] + base[13:20] + base[21:43]))
        assert r.ok, problems(r)
        assert r.optional_data == "" and checks(r)["optional_data"] == (filler, filler)
    base = "L898902C36UTO7408122F1204159" + "A" + "<" * 13 + "<"
    r = parse(TD3[0], base + check_digit(base[0:10] + base[13:20] + base[21:43]))
    assert any(p.field == "optional_data" and "found <" in p.message.render()
               for p in r.problems)


# -- tolerant input, strict lengths -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "\r\n".join(TD3), "\r".join(TD3), "\n".join(TD3) + "\n", "\r\n".join(TD3) + "\r\n",
    "\n".join(line.lower() for line in TD3), "  " + TD3[0] + "   \n" + TD3[1] + " \t\n\n",
    "\n\n" + TD3[0] + "\n\n" + TD3[1] + "\n", TD3[0] + TD3[1]])
def test_reader_quirks_are_tolerated(text: str) -> None:
    r = parse_mrz(text, TODAY)
    assert r.ok and r.lines == TD3 and r.document_number == "L898902C3"


def test_td1_with_crlf_and_lower_case() -> None:
    r = parse_mrz("\r\n".join(TD1).lower() + "\r\n", TODAY)
    assert r.ok and r.lines == TD1


@pytest.mark.parametrize(("text", "message"), [
    (TD3[0] + "\n" + TD3[1][:-1],
     "Line 2 has 43 characters; each line of a TD3 MRZ has 44. A character was dropped or "
     "added in reading: scan the document again."),
    (TD3[0][:-1] + "\n" + TD3[1] + "<",
     "Lines 1, 2 have 43, 45 characters; each line of a TD3 MRZ has 44. Scan the document "
     "again."),
    (TD1[0] + "\n" + TD1[1] + "\n" + TD1[2][:-1],
     "Line 3 has 29 characters; each line of a TD1 MRZ has 30. A character was dropped or "
     "added in reading: scan the document again."),
    (TD2[0] + "\n" + TD2[1] + "<<",
     "Line 2 has 38 characters; each line of a TD2 MRZ has 36. A character was dropped or "
     "added in reading: scan the document again."),
    (TD3[0], "Only one line of 44 characters was given; an MRZ has 2 lines of 44 (passport) "
             "or 3 lines of 30 (ID card). Scan the document again."),
    ("\n".join([*TD1, TD1[0]]), "4 lines were given"),
    ("  \r\n \n", "No MRZ was given."),
])
def test_wrong_lengths_say_which_line_has_how_many(text: str, message: str) -> None:
    assert message in refused(text)


def test_characters_outside_the_mrz_alphabet() -> None:
    r = parse(*with_char(TD3, 1, 12, "?"))
    assert r.problems[0].field == "lines"
    assert problems(r)[0].startswith("Line 1 has 1 character(s) that cannot be in an MRZ "
                                     "(only A-Z, 0-9 and <), the first '?' at position 12")


def test_is_complete_for_a_form_that_fills_itself() -> None:
    assert not mrz.is_complete("")
    assert not mrz.is_complete(TD3[0] + "\n")
    assert not mrz.is_complete(TD3[0] + "\n" + TD3[1][:20])
    assert mrz.is_complete(TD3[0] + "\r\n" + TD3[1] + "\r\n")
    assert mrz.is_complete("\n".join(TD1)) and mrz.is_complete("\n".join(TD2))
    assert not mrz.is_complete("\n".join(TD1[:2]))


# -- dates: two-digit years with an injected today ----------------------------------------
def td3_with(birth: str = "740812", expiry: str = "120415", sex: str = "F",
             nationality: str = "UTO", name: str = "ERIKSSON<<ANNA<MARIA") -> tuple[str, str]:
    line1 = ("P<UTO" + name + "<" * 44)[:44]
    base = ("L898902C36" + (nationality + "<<")[:3] + birth + check_digit(birth) + sex + expiry
            + check_digit(expiry) + "ZE184226B<<<<<1")
    return line1, base + check_digit(base[0:10] + base[13:20] + base[21:43])


@pytest.mark.parametrize(("raw", "born"), [
    ("260215", date(2026, 2, 15)), ("260301", date(2026, 3, 1)), ("260302", date(1926, 3, 2)),
    ("000229", date(2000, 2, 29)), ("991231", date(1999, 12, 31)), ("050607", date(2005, 6, 7))])
def test_date_of_birth_is_the_latest_date_not_in_the_future(raw: str, born: date) -> None:
    r = parse(*td3_with(birth=raw, expiry="300101"))
    assert r.ok, problems(r)
    assert r.date_of_birth == born


@pytest.mark.parametrize(("raw", "expires", "expired"), [
    ("360101", date(2036, 1, 1), False), ("760101", date(2076, 1, 1), False),
    ("770101", date(1977, 1, 1), True), ("260301", date(2026, 3, 1), False),
    ("260228", date(2026, 2, 28), True)])
def test_expiry_within_the_window_and_past_ones_expired_not_invalid(
        raw: str, expires: date, expired: bool) -> None:
    r = parse(*td3_with(birth="500101", expiry=raw))
    assert r.ok, problems(r)
    assert (r.date_of_expiry, r.expired) == (expires, expired)
    assert any("expired" in n.render() for n in r.notes) is expired


def test_the_same_zone_read_on_another_day() -> None:
    lines = td3_with(birth="250601", expiry="350601")
    assert parse(*lines, today=date(2025, 5, 31)).date_of_birth == date(1925, 6, 1)
    assert parse(*lines, today=date(2025, 6, 1)).date_of_birth == date(2025, 6, 1)
    assert parse(*lines, today=date(2026, 1, 1)).date_of_birth == date(2025, 6, 1)


@pytest.mark.parametrize(("birth", "expiry", "field", "text"), [
    ("741332", "300101", "date_of_birth", "The date of birth '741332' is not a valid date"),
    ("740230", "300101", "date_of_birth", "The date of birth '740230' is not a valid date"),
    ("740812", "301301", "date_of_expiry", "The date of expiry '301301' is not a valid date"),
    ("7408A2", "300101", "date_of_birth", "The date of birth '7408A2' is not a valid date"),
    ("200101", "150101", "date_of_birth", "The date of birth (2020-01-01) is not before"),
])
def test_impossible_dates(birth: str, expiry: str, field: str, text: str) -> None:
    r = parse(*td3_with(birth=birth, expiry=expiry))
    assert any(p.field == field and p.message.render().startswith(text) for p in r.problems)


def test_unknown_date_parts_and_no_expiry_are_notes() -> None:
    r = parse(*td3_with(birth="74<<<<", expiry="<<<<<<"))
    assert r.ok, problems(r)
    assert r.date_of_birth is None and r.date_of_expiry is None and not r.expired
    notes = " ".join(n.render() for n in r.notes)
    assert "partly unknown (74<<<<)" in notes and "no date of expiry" in notes


# -- sex, names, codes --------------------------------------------------------------------
@pytest.mark.parametrize("sex", ["M", "F", "X", "<"])
def test_sex_values(sex: str) -> None:
    r = parse(*td3_with(sex=sex, expiry="300101"))
    assert r.ok and r.sex == sex


def test_a_misread_sex() -> None:
    r = parse(*td3_with(sex="Q", expiry="300101"))
    assert [p.field for p in r.problems] == ["sex"]


@pytest.mark.parametrize(("name", "primary", "secondary"), [
    ("ERIKSSON<<ANNA<MARIA", "ERIKSSON", "ANNA MARIA"),
    ("VAN<DER<BERG<<PIETER", "VAN DER BERG", "PIETER"),
    ("SOK", "SOK", ""), ("NGUYEN<<VAN<<<<AN", "NGUYEN", "VAN AN")])
def test_names_split_on_double_filler(name: str, primary: str, secondary: str) -> None:
    r = parse(*td3_with(name=name, expiry="300101"))
    assert (r.primary_identifier, r.secondary_identifier) == (primary, secondary)


def test_name_problems_and_truncation() -> None:
    r = parse(*td3_with(name="ER1KSSON<<ANNA", expiry="300101"))
    assert [p.field for p in r.problems] == ["name"]
    r = parse(*td3_with(name="<<ANNA", expiry="300101"))
    assert "no surname" in problems(r)[0]
    r = parse(*td3_with(name="A" * 20 + "<<" + "B" * 17, expiry="300101"))
    assert r.ok and any("cut short" in n.render() for n in r.notes)


@pytest.mark.parametrize(("code", "shown", "source"), [
    ("D", "DEU", "iso"), ("KHM", "KHM", "iso"), ("XXA", "XXA", "icao"), ("GBN", "GBN", "icao"),
    ("UNK", "UNK", "icao"), ("EUE", "EUE", "icao"), ("XPO", "XPO", "icao"),
    ("RKS", "RKS", "icao"), ("ANT", "ANT", "former")])
def test_nationality_codes(code: str, shown: str, source: str) -> None:
    r = parse(*td3_with(nationality=code, expiry="300101"))
    assert r.ok, problems(r)
    assert (r.nationality.mrz, r.nationality.code, r.nationality.source) == (code, shown, source)
    assert r.nationality.name


def test_germany_d_is_shown_as_deu() -> None:
    state = mrz.lookup_state("D<<")
    assert (state.mrz, state.code, state.name) == ("D", "DEU", "Germany")


def test_every_icao_code_is_known_and_none_is_an_iso_code() -> None:
    for code in mrz.ICAO_CODES:
        assert mrz.lookup_state(code).source == "icao"
    for extra in ("GBD", "GBO", "GBP", "GBS", "UNO", "UNA", "XXB", "XXC", "XXX", "XOM", "XCC",
                  "XES", "XIM", "XMP", "XBA", "XCE", "XCO", "XDC", "XEC", "UTO"):
        assert extra in mrz.ICAO_CODES
    assert "ZIM" not in mrz.ICAO_CODES  # Zimbabwe is ZWE in 9303 and ISO


def test_unknown_codes_are_problems_naming_the_field() -> None:
    r = parse(*td3_with(nationality="ZZZ", expiry="300101"))
    assert problems(r) == ["Nationality 'ZZZ' is not an ISO 3166-1 or ICAO code — the code "
                           "was misread, or the document must be examined."]
    r = parse(*with_char(TD3, 1, 4, "Q"))
    assert [p.field for p in r.problems] == ["issuing_state"]


def test_unusual_document_code_is_a_note() -> None:
    r = parse(*with_char(TD3, 1, 1, "X"))
    assert r.ok and any("Document code 'X<' is unusual" in n.render() for n in r.notes)


def test_visa_layouts_have_no_composite_check() -> None:
    line2 = ("L898902C36UTO7408122F1204159" + "ABC<<<<<<<<<<<<<")
    r = parse("V<UTOERIKSSON<<ANNA<MARIA" + "<" * 19, line2)
    assert r.ok and r.format is MrzFormat.MRV_A and r.optional_data == "ABC"
    assert set(checks(r)) == {"document_number", "date_of_birth", "date_of_expiry"}
    r = parse("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<<")
    assert r.ok and r.format is MrzFormat.MRV_B


# -- report and JSON ----------------------------------------------------------------------
def test_report_lists_every_field_and_check() -> None:
    text = mrz.format_report(parse(*TD3), identity_translate)
    lines = text.splitlines()
    assert lines[0] == "Passport (TD3, 2 lines of 44)"
    row = {line.split("  ")[0]: line for line in lines if "  " in line}
    assert "L898902C3" in row["Document number"] and "check digit 6: correct" in row[
        "Document number"]
    assert "1974-08-12" in row["Date of birth"]
    assert "2012-04-15  (expired)" in row["Date of expiry"]
    assert "ZE184226B" in row["Personal number"] and "check digit 0: correct" in row["Composite"]
    assert "UTO  Utopia (ICAO specimen documents)" in row["Nationality"]
    assert lines[-1] == "Every check passes."


def test_report_of_a_bad_zone_and_translation() -> None:
    seen: list[str] = []

    def translate(context: str, text: str) -> str:
        seen.append(context)
        return text.replace("Date of birth", "ថ្ងៃកំណើត")

    r = parse(*with_char(TD3, 2, 20, "3"))
    text = mrz.format_report(r, translate)
    assert "check digit WRONG: expected 2, found 3" in text
    assert "ថ្ងៃកំណើត check digit: expected 2, found 3" in text
    assert text.splitlines()[-1].startswith("2 problem(s)")
    assert set(seen) == {"Mrz"}
    state = mrz.format_report(parse(*td3_with(nationality="D", expiry="300101")),
                              identity_translate)
    assert "D (DEU)  Germany" in state


def test_json() -> None:
    data = json.loads(json.dumps(mrz.to_json(parse(*TD3))))
    assert data["valid"] is True and data["format"] == "TD3"
    assert data["document_number"] == "L898902C3" and data["date_of_birth"] == "1974-08-12"
    assert data["nationality"] == {"mrz": "UTO", "code": "UTO", "source": "icao",
                                   "name": "Utopia (ICAO specimen documents)"}
    assert {c["field"]: c["ok"] for c in data["checks"]} == dict.fromkeys(
        ["document_number", "date_of_birth", "date_of_expiry", "optional_data", "composite"],
        True)
    bad = mrz.to_json(parse(*with_char(TD3, 2, 20, "3")))
    assert bad["valid"] is False
    assert bad["problems"][0] == {"field": "date_of_birth", "message": (
        "Date of birth check digit: expected 2, found 3 — the date or its check digit was "
        "misread.")}


def test_every_message_is_filled_and_in_the_mrz_context() -> None:
    results = [parse(*with_char(TD3, 2, p, "#")) for p in range(1, 45)]
    results += [parse(*td3_with(nationality="ANT", name="A" * 39, birth="74<<<<",
                                expiry="<<<<<<"))]
    for r in results:
        for message in [p.message for p in r.problems] + list(r.notes):
            assert message.context == "Mrz" and "{" not in message.render()


# -- properties over generated zones ------------------------------------------------------
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = LETTERS + "0123456789"
word = st.text(LETTERS, min_size=1, max_size=9)
states = st.sampled_from(["UTO", "D", "KHM", "VNM", "THA", "XXA", "GBN", "CHN", "MMR"])


def pad(text: str, width: int) -> str:
    assert len(text) <= width
    return text + "<" * (width - len(text))


@st.composite
def zones(draw: st.DrawFn) -> tuple[tuple[str, ...], dict[str, object]]:
    """A valid MRZ of any format with correct check digits, and what it holds."""
    fmt = draw(st.sampled_from(list(MrzFormat)))
    surname = " ".join(draw(st.lists(word, min_size=1, max_size=2)))
    given_names = " ".join(draw(st.lists(word, max_size=2)))
    name = surname.replace(" ", "<") + ("<<" + given_names.replace(" ", "<")
                                        if given_names else "")
    width = {MrzFormat.TD1: 30, MrzFormat.TD2: 31, MrzFormat.MRV_B: 31}.get(fmt, 39)
    assume(len(name) < width)
    longest = {MrzFormat.TD1: 22, MrzFormat.TD2: 14}.get(fmt, 9)
    number = draw(st.text(ALNUM, min_size=1, max_size=longest))
    born = draw(st.dates(date(1926, 3, 2), TODAY))
    expires = draw(st.dates(date(1977, 1, 1), date(2076, 12, 31)))
    assume(born < expires)
    dob, exp = born.strftime("%y%m%d"), expires.strftime("%y%m%d")
    issuer, nationality, sex = draw(states), draw(states), draw(st.sampled_from("MFX<"))
    cd = check_digit
    if len(number) > 9:
        principal, rest = number[:9] + "<", number[9:] + cd(number) + "<"
    else:
        principal, rest = pad(number, 9) + cd(pad(number, 9)), ""
    optional_width = {MrzFormat.TD3: 14, MrzFormat.MRV_A: 16, MrzFormat.TD2: 7,
                      MrzFormat.MRV_B: 8, MrzFormat.TD1: 15}[fmt]
    optional = draw(st.text(ALNUM, max_size=optional_width - len(rest)))
    optional_field = pad(rest + optional, optional_width)
    code = {MrzFormat.TD3: "P<", MrzFormat.MRV_A: "V<", MrzFormat.MRV_B: "V<"}.get(fmt, "I<")
    head = code + pad(issuer, 3)
    if fmt is MrzFormat.TD1:
        optional_2 = draw(st.text(ALNUM, max_size=11))
        line1 = head + principal + optional_field
        line2 = dob + cd(dob) + sex + exp + cd(exp) + pad(nationality, 3) + pad(optional_2, 11)
        line2 += cd(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
        lines: tuple[str, ...] = (line1, line2, pad(name, 30))
    else:
        line1 = head + pad(name, width)
        line2 = (principal + pad(nationality, 3) + dob + cd(dob) + sex + exp + cd(exp)
                 + optional_field)
        if fmt is MrzFormat.TD3:
            line2 += cd(optional_field) if optional else "<"
        if fmt in (MrzFormat.TD3, MrzFormat.TD2):
            line2 += cd(line2[0:10] + line2[13:20] + line2[21:])
        lines = (line1, line2)
        optional_2 = ""
    return lines, {"format": fmt, "surname": surname, "given_names": given_names,
                   "number": number, "born": born, "expires": expires, "sex": sex,
                   "nationality": "DEU" if nationality == "D" else nationality,
                   "optional": optional, "optional_2": optional_2}


@settings(max_examples=80, deadline=None)
@given(zones())
def test_generated_zones_round_trip(zone: tuple[tuple[str, ...], dict[str, object]]) -> None:
    lines, fields = zone
    r = parse(*lines)
    assert r.ok, problems(r)
    assert r.format is fields["format"] and r.lines == lines
    assert (r.primary_identifier, r.secondary_identifier) == (fields["surname"],
                                                              fields["given_names"])
    assert r.document_number == fields["number"]
    assert (r.date_of_birth, r.date_of_expiry) == (fields["born"], fields["expires"])
    assert r.sex == fields["sex"] and r.nationality.code == fields["nationality"]
    assert r.optional_data == str(fields["optional"]).strip("<")
    assert r.optional_data_2 == str(fields["optional_2"]).strip("<")


def covered(fmt: MrzFormat) -> set[int]:
    """Indexes (lines joined) that some check digit covers, check digits included."""
    lay = mrz.LAYOUTS[fmt]
    spans = [(lay.number, lay.number + 10), (lay.birth, lay.birth + 7),
             (lay.expiry, lay.expiry + 7), *lay.composite]
    if lay.optional_check:
        spans.append((lay.optional[0], lay.optional[1] + 1))
    if lay.composite:
        spans.append((lay.composite[-1][1], lay.composite[-1][1] + 1))
    return {i for a, b in spans for i in range(a, b)}


@settings(max_examples=150, deadline=None)
@given(zones(), st.data())
def test_a_corrupted_covered_character_is_always_caught(
        zone: tuple[tuple[str, ...], dict[str, object]], data: st.DataObject) -> None:
    """Any character under a check digit, changed to one whose value differs modulo 10,
    fails a check. (Changes of equal value modulo 10 — 0/A/K/U/< — and changes in the fields
    no check digit covers — names, codes, sex — are beyond what 9303's digits can see.)"""
    lines, fields = zone
    joined, length = "".join(lines), len(lines[0])
    index = data.draw(st.sampled_from(sorted(covered(fields["format"]))))  # type: ignore[arg-type]
    old = joined[index]
    new = data.draw(st.sampled_from([c for c in ALNUM + "<" if mrz.char_value(c) % 10
                                     != mrz.char_value(old) % 10]))
    r = parse(*with_char(lines, index // length + 1, index % length + 1, new))
    assert not r.ok


@settings(max_examples=40, deadline=None)
@given(zones(), st.data(), st.sampled_from("#?*é/.-"))
def test_any_character_outside_the_alphabet_is_reported(
        zone: tuple[tuple[str, ...], dict[str, object]], data: st.DataObject, bad: str) -> None:
    lines, _ = zone
    line = data.draw(st.integers(1, len(lines)))
    position = data.draw(st.integers(1, len(lines[0])))
    r = parse(*with_char(lines, line, position, bad))
    assert not r.ok and r.problems[0].field == "lines"


@settings(max_examples=40, deadline=None)
@given(zones(), st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=3, max_size=3),
       st.lists(st.sampled_from(["", " ", "  ", "\t"]), min_size=3, max_size=3), st.booleans())
def test_line_endings_spaces_and_case_do_not_matter(
        zone: tuple[tuple[str, ...], dict[str, object]], ends: list[str], spaces: list[str],
        lower: bool) -> None:
    lines, _ = zone
    text = "".join(line + space + end for line, space, end in zip(lines, spaces, ends,
                                                                   strict=False))
    r = parse_mrz(text.lower() if lower else text, TODAY)
    assert r.ok and r.lines == lines
