"""Khmer in the PDF is shaped: the glyphs drawn are the ones HarfBuzz chooses (subscript
consonants, pre-base vowels moved in front, stacked marks), not the character map's glyphs
in typing order. The check reads the glyph ids back out of the page's content stream."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph

from piu_desk.core.reports import fonts, rlpatch
from piu_desk.core.reports.document import Report, ReportInfo
from tests.core.reports_support import (
    STATION,
    cmap_glyphs,
    harfbuzz_glyphs,
    harfbuzz_placements,
    pdf_glyphs,
    pdf_placements,
)

# glossary words with a subscript consonant (ខ្មែរ, ថ្ងៃ), pre-base vowels (ែ, េ, ៃ), the
# pre-base subscript RO (ត្រួ) and stacked marks (ស៊ើ)
WORDS = "ខ្មែរ កំពង់ផែ ការត្រួតពិនិត្យ ថ្ងៃខែឆ្នាំកំណើត ស៊ើបការណ៍"


def english_report() -> Report:
    """Latin header and footer, so the only Khmer on the page is what a test puts there."""
    return Report(ReportInfo(title="Shaping", station=STATION, language="en"))


def test_the_words_need_shaping_at_all() -> None:
    report = english_report()  # registers the fonts
    assert harfbuzz_glyphs(WORDS, fonts.KHMER) != cmap_glyphs(WORDS, fonts.KHMER)
    assert report.styles.body.shaping


def test_khmer_paragraph_draws_the_shaped_glyphs() -> None:
    report = english_report()
    pdf = report.render([report.paragraph(WORDS)])
    assert pdf_glyphs(pdf, fonts.KHMER) == harfbuzz_glyphs(WORDS, fonts.KHMER)


def test_bold_khmer_is_shaped_in_the_bold_instance() -> None:
    report = english_report()
    pdf = report.render([report.paragraph(WORDS, "heading")])
    assert pdf_glyphs(pdf, fonts.KHMER_BOLD) == harfbuzz_glyphs(WORDS, fonts.KHMER_BOLD)
    assert pdf_glyphs(pdf, fonts.KHMER) == []


def test_the_check_fails_when_shaping_is_off() -> None:
    report = english_report()
    unshaped = ParagraphStyle("unshaped", parent=report.styles.body, shaping=0)
    pdf = report.render([Paragraph(report.markup(WORDS), unshaped)])
    drawn = pdf_glyphs(pdf, fonts.KHMER)
    assert drawn == cmap_glyphs(WORDS, fonts.KHMER)
    assert drawn != harfbuzz_glyphs(WORDS, fonts.KHMER)


def test_khmer_after_latin_in_one_word_is_still_shaped() -> None:
    # one word starting in Latin would be shaped as Latin; cut at the script change it is not
    report = english_report()
    pdf = report.render([report.paragraph("KHខ្មែរ IMO៖ (ថ្ងៃខែឆ្នាំកំណើត)")])
    assert pdf_glyphs(pdf, fonts.KHMER) == harfbuzz_glyphs("ខ្មែរ ៖ (ថ្ងៃខែឆ្នាំកំណើត)",
                                                           fonts.KHMER)


def test_khmer_wrapped_in_a_narrow_table_cell_keeps_its_clusters() -> None:
    # a long word broken between clusters: every piece still shaped as a whole
    from piu_desk.core.reports.markup import Script, clusters
    from piu_desk.core.reports.tables import Column, data_table

    report = english_report()
    long_word = "ការត្រួតពិនិត្យកំពង់ផែថ្ងៃខែឆ្នាំកំណើត"
    table = data_table(report, [Column("A", 1), Column("B", 9)], [(long_word, "x")])
    pdf = report.render([table])
    pieces = " ".join(clusters(long_word, Script.KHMER))
    assert pdf_glyphs(pdf, fonts.KHMER) == harfbuzz_glyphs(pieces, fonts.KHMER)


def placements_match(report: Report, style: str, face: str) -> bool:
    """Each word in its own paragraph: is every glyph where HarfBuzz puts it?"""
    words = [*WORDS.split(), "ក្នុងទូ"]
    pdf = report.render([report.paragraph(w, style) for w in words])
    size = report.styles.by_name(style).fontSize
    drawn = pdf_placements(pdf, face)
    expected = [[(g, round(x, 2), round(y, 2)) for g, x, y in harfbuzz_placements(w, face, size)]
                for w in words]
    return drawn == expected


@pytest.mark.parametrize(("style", "face"), [("body", fonts.KHMER),
                                             ("heading", fonts.KHMER_BOLD)])
def test_every_glyph_is_placed_where_harfbuzz_puts_it(style: str, face: str) -> None:
    # marks moved down (the vowel under a subscript in ក្នុង) and back up again included
    assert placements_match(english_report(), style, face)


def test_reportlab_without_the_rise_fix_sinks_the_letters_after_a_lowered_mark(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Documents why `rlpatch` exists; when this fails, reportlab has fixed `setRise`."""
    report = english_report()
    monkeypatch.setattr(PDFTextObject, "setRise", rlpatch.ORIGINAL)
    assert not placements_match(report, "body", fonts.KHMER)
