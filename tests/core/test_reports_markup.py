"""Plain text to paragraph markup: one font per word, scripts cut apart, safe line breaks."""

from __future__ import annotations

from piu_desk.core.reports.markup import (
    BREAK,
    Faces,
    Fit,
    Script,
    clusters,
    markup,
    script_runs,
)

FACES = Faces(latin="L", khmer="K")


def test_latin_text_is_escaped_in_the_latin_face() -> None:
    assert markup("A & B <i>", FACES) == '<font face="L">A &amp; B &lt;i&gt;</font>'


def test_each_word_gets_the_face_of_its_script() -> None:
    out = markup("នាវា MV Ocean ខ្មែរ", FACES)
    assert out == ('<font face="K">នាវា </font><font face="L">MV Ocean </font>'
                   '<font face="K">ខ្មែរ</font>')


def test_a_word_that_changes_script_is_cut_with_an_invisible_break() -> None:
    # shaped as one word, "KHខ្មែរ" would be shaped as Latin and its Khmer would be wrong
    assert script_runs("KHខ្មែរ") == [(Script.LATIN, "KH"), (Script.KHMER, "ខ្មែរ")]
    assert markup("KHខ្មែរ", FACES) == (
        f'<font face="L">KH{BREAK}</font><font face="K">ខ្មែរ</font>')
    # Khmer punctuation needs the Khmer font even after a Latin word
    assert script_runs("IMO៖") == [(Script.LATIN, "IMO"), (Script.KHMER, "៖")]


def test_neutral_characters_stay_with_their_run() -> None:
    assert script_runs("(ខ្មែរ)") == [(Script.KHMER, "(ខ្មែរ)")]
    assert script_runs("ថ្ងៃទី28") == [(Script.KHMER, "ថ្ងៃទី28")]
    assert script_runs("2026") == [(Script.LATIN, "2026")]
    assert script_runs("២០២៦") == [(Script.KHMER, "២០២៦")]


def test_zero_width_space_becomes_a_break_opportunity() -> None:
    out = markup("ការត្រួតពិនិត្យ\u200bកំពង់ផែ", FACES)
    assert "\u200b" not in out
    assert out == f'<font face="K">ការត្រួតពិនិត្យ{BREAK}កំពង់ផែ</font>'


def test_newlines_become_line_breaks() -> None:
    assert markup("one\ntwo", FACES) == '<font face="L">one</font><br/><font face="L">two</font>'


def test_khmer_clusters_keep_subscripts_vowels_and_signs_with_their_base() -> None:
    assert clusters("ខ្មែរ", Script.KHMER) == ["ខ្មែ", "រ"]
    assert clusters("ការត្រួតពិនិត្យ", Script.KHMER) == ["កា", "រ", "ត្រួ", "ត", "ពិ", "និ",
                                                        "ត្យ"]
    assert clusters("ស៊ើបការណ៍", Script.KHMER) == ["ស៊ើ", "ប", "កា", "រណ៍"]
    assert clusters("កំពង់ផែ", Script.KHMER) == ["កំ", "ពង់", "ផែ"]
    assert clusters("ទី២៨។", Script.KHMER) == ["ទី២៨។"]
    assert clusters("Nguyễn", Script.LATIN) == ["N", "g", "u", "y", "ễ", "n"]
    assert clusters("e\u0301t", Script.LATIN) == ["e\u0301", "t"]  # combining accent kept


def test_only_words_too_long_for_the_line_break_inside() -> None:
    fit = Fit(width=50, measure=lambda text, face: 10.0 * len(text), em=10)
    assert markup("ខ្មែរ", FACES, fit) == '<font face="K">ខ្មែរ</font>'
    long_word = "ការត្រួតពិនិត្យ"
    assert markup(long_word, FACES, fit) == (
        '<font face="K">' + BREAK.join(clusters(long_word, Script.KHMER)) + "</font>")


def test_short_words_are_not_measured() -> None:
    calls: list[str] = []

    def measure(text: str, face: str) -> float:
        calls.append(text)
        return 1.0

    markup("MV Ocean Star ខ្មែរ", FACES, Fit(width=400, measure=measure, em=10))
    assert calls == []
