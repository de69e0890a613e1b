"""Delivery: fillers counted the way a listener hears them, hedges, ownership and tone."""

import pytest

from interview.analysis.delivery import read_delivery
from interview.analysis.text import split_sentences


def delivery_of(text: str):
    return read_delivery(text, split_sentences(text))


@pytest.mark.parametrize("text", [
    "I like Postgres for this.",
    "Tools like Redis keep hot rows in memory.",
    "It looks like a missing index.",
    "I would like to measure first.",
])
def test_like_as_a_verb_or_comparison_is_not_a_filler(text):
    assert delivery_of(text).fillers == {}


@pytest.mark.parametrize("text", [
    "It was, like, really slow.",
    "And like the table had no index.",
    "So like I checked the plan.",
])
def test_like_as_a_filler_is_counted(text):
    assert delivery_of(text).fillers == {"like": 1}


def test_phrases_are_fillers_only_when_used_as_fillers():
    # Given "kind of" and "you know" both as fillers and as plain words
    text = ("What kind of index would help? It was kind of slow, you know. "
            "You know how the planner works, so I mean it.")

    # Then only the filler uses are counted
    assert delivery_of(text).fillers == {"I mean": 1, "kind of": 1, "you know": 1}


def test_spelling_variants_of_vocal_fillers_are_counted_together():
    assert delivery_of("Umm, uh, ummm, I would, erm, add an index. Uhh.").fillers == {"um": 3, "uh": 2}


def test_hedges_are_counted_once_each_by_their_longest_form():
    text = "I think it helps. I'm not sure it does. Maybe. I don't know, probably not."

    assert delivery_of(text).hedges == {"I don't know": 1, "I think": 1, "maybe": 1, "not sure": 1, "probably": 1}


def test_filler_positions_point_at_the_filler_token():
    text = "The plan was fine. Then, um, I added an index."
    delivery = delivery_of(text)
    sentence_index, token_index = delivery.filler_spans[0]

    assert split_sentences(text)[sentence_index].tokens[token_index].word == "um"


def test_first_person_singular_and_plural_are_counted_apart():
    delivery = delivery_of("We planned it and our team shipped it. I wrote the migration myself.")

    assert (delivery.singular_mentions, delivery.plural_mentions) == (2, 2)


def test_tone_words_are_counted():
    delivery = delivery_of("The old code was stupid and the reviews were pointless, but I enjoyed the fix.")

    assert (delivery.negative_tone, delivery.positive_tone) == (2, 1)


def test_dictated_contractions_without_apostrophes_still_say_i():
    def singular(text: str) -> int:
        return read_delivery(text, split_sentences(text)).singular_mentions

    # Dictation software drops apostrophes: "im", "ive" and "id say" are the candidate speaking.
    assert singular("im on call this week and ive seen this before so id ask the team first") == 3
    # An identifier is not "I'd", and with apostrophes elsewhere the writer would have written "I'd".
    assert singular("we look up the user id and pass the id along") == 0
    assert singular("we log the message id event id trace id and product id") == 0
    assert singular("I'm sure we pass the id along") == 1
