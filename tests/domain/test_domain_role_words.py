"""Which family the role titles suggest: whole words, any case, longer phrases weigh more,
the new role twice the old one; no match and ties suggest nothing."""

from __future__ import annotations

from altitude.domain.guidance.role_words import best_family, phrase_in, words_of

FAMILIES = {
    "sales": ["sales", "account executive", "account"],
    "finance": ["finance", "accounts payable", "accounts"],
    "data": ["data", "head of data", "analytics"],
    "software": ["engineer", "software"],
}


def test_words_are_lower_cased_whole_words() -> None:
    assert words_of("Head of Year 9, Maths") == ("head", "of", "year", "9", "maths")
    assert words_of("Café manager") == ("café", "manager")


def test_a_phrase_matches_whole_adjacent_words_and_a_plural() -> None:
    assert phrase_in(words_of("head of data"), words_of("Head of Data, EMEA"))
    assert not phrase_in(words_of("head of data"), words_of("Head of the data team"))
    assert not phrase_in(words_of("data"), words_of("Database administrator"))
    assert phrase_in(words_of("nurse"), words_of("Lead for student nurses"))
    assert not phrase_in((), words_of("anything"))


def test_the_best_family_wins_with_its_score_and_matched_phrases() -> None:
    match = best_family(FAMILIES, "HEAD OF DATA")
    assert (match.key, match.score, match.matched) == ("data", 8, ("data", "head of data"))


def test_longer_phrases_beat_shorter_ones() -> None:
    assert best_family(FAMILIES, "Accounts payable lead").key == "finance"
    assert best_family(FAMILIES, "Account executive").key == "sales"


def test_the_old_role_breaks_a_silent_new_one_but_counts_less() -> None:
    assert best_family(FAMILIES, "Team lead", "Senior software engineer").key == "software"
    assert best_family(FAMILIES, "Analytics team lead", "Senior engineer").key == "data"


def test_no_match_and_a_tie_suggest_nothing() -> None:
    assert best_family(FAMILIES, "Chief vibes officer").key is None
    tie = best_family(FAMILIES, "Sales and finance lead")
    assert tie.key is None and tie.score == 2
    assert best_family({}, "Sales").key is None
