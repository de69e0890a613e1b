"""Text handling of the rubric analyzer: stemming, tokens, sentences and verbatim quotes."""

import pytest

from interview.analysis.text import (
    EVEN_PIECE_WORDS,
    RUN_ON_PIECE_WORDS,
    concept,
    quote,
    short_quote,
    split_segments,
    split_sentences,
    stem,
    tokenize,
)


@pytest.mark.parametrize("forms", [
    ("index", "indexes", "indexing", "indexed", "indices"),
    ("query", "queries", "querying"),
    ("cache", "caches", "caching", "cached"),
    ("optimize", "optimizes", "optimizing", "optimization", "optimise"),
    ("join", "joins", "joined", "joining"),
    ("plan", "plans", "planned", "planning"),
    ("measure", "measured", "measurement"),
    ("migrate", "migration", "migrated"),
])
def test_inflections_of_a_word_share_one_stem(forms):
    assert len({stem(form) for form in forms}) == 1, {form: stem(form) for form in forms}


def test_stemming_leaves_short_words_and_code_alone():
    assert [stem(w) for w in ("n+1", "sql", "c#", "need", "string", "thing")] == [
        "n+1", "sql", "c#", "need", "string", "thing"]


@pytest.mark.parametrize(("variant", "canonical"), [
    ("memoized", "caching"), ("Redis", "cache"), ("idx", "indexes"), ("colleague", "teammates"),
    ("quickly", "fast"), ("outcome", "results"),
])
def test_synonyms_fold_onto_one_concept(variant, canonical):
    assert concept(variant.lower()) == concept(canonical)


def test_unrelated_words_stay_apart():
    assert concept("index") != concept("indent")
    assert concept("cache") != concept("catch")


def test_tokens_keep_code_terms_and_their_place_in_the_text():
    text = "Avoid N+1 queries in node.js, don't use SELECT * on user_id."

    tokens = tokenize(text)

    assert [t.word for t in tokens] == ["avoid", "n+1", "queries", "in", "node.js", "don't", "use", "select",
                                        "on", "user_id"]
    assert all(text[t.start:t.end].lower() == t.word for t in tokens)


def test_sentences_split_on_end_marks_but_not_on_abbreviations_or_decimals():
    text = "Use a cache, e.g. Redis. It took 1.5 seconds! Was it enough? Yes"

    sentences = split_sentences(text)

    assert [s.text for s in sentences] == ["Use a cache, e.g. Redis.", "It took 1.5 seconds!", "Was it enough?",
                                           "Yes"]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_lines_and_list_items_are_sentences_of_their_own():
    text = "My approach:\n- run EXPLAIN\n- add an index\n2) cache results"

    sentences = split_sentences(text)

    assert [s.text for s in sentences] == ["My approach:", "run EXPLAIN", "add an index", "cache results"]
    assert [s.listed for s in sentences] == [False, True, True, True]


def test_a_long_unpunctuated_answer_is_cut_into_ideas():
    # Given dictated text with no full stops
    text = ("i would start by running explain on the query to see the plan and find where the time goes for "
            "example a sequential scan on a big table then i would add indexes on the columns in the where "
            "clause because that lets the database find rows without scanning the whole table i would also "
            "check the code for n+1 queries")

    # When it is cut into segments
    segments = split_segments(text, split_sentences(text))

    # Then it breaks where a new clause starts, and every segment is a verbatim slice
    assert [s.text.split()[:3] for s in segments] == [["i", "would", "start"], ["then", "i", "would"],
                                                      ["i", "would", "also"]]
    assert all(text[s.start:s.end] == s.text for s in segments)


def test_an_adjective_that_looks_like_a_signpost_does_not_cut_a_sentence():
    text = ("In my last role our team decided to move to event-driven services and I was asked to build the "
            "first consumer with Apache Kafka which I had never used before and the deadline was three weeks")

    assert len(split_segments(text, split_sentences(text))) == 1


def test_a_fraction_is_not_a_signpost_that_cuts_a_sentence():
    # "a third," is a share, not the third step: no cut before it (a cut left the idea "third, and two other…")
    text = ("The thing I'm proudest of is a handover checklist I introduced after we had two near misses with "
            "anticoagulants; over the next year medication incidents dropped by about a third, and two other "
            "wards adopted it.")

    assert not any(s.text.startswith("third") for s in split_segments(text, split_sentences(text)))
    # while the third of a list of steps still opens an idea of its own
    steps = ("First, I would read the query plan and look for sequential scans on the large tables, second, I would "
             "add the missing indexes on the join columns and measure again, third, I would cache the result.")
    assert any(s.text.startswith("third") for s in split_segments(steps, split_sentences(steps)))


def test_a_quote_of_a_long_sentence_is_the_verbatim_clause_around_the_focus():
    text = " ".join(f"word{i}" for i in range(60)) + "."
    sentence = split_sentences(text)[0]

    quoted = quote(text, sentence, focus=(40,), max_words=10)

    assert quoted in text
    assert len(quoted.split()) == 10
    assert "word40" in quoted


def test_a_short_quote_marks_when_it_was_cut():
    assert short_quote("Add an index.", 5) == ("Add an index", False)
    assert short_quote("one two three four five six", 3) == ("one two three", True)


def test_a_long_unpunctuated_stretch_is_cut_where_a_subject_follows_a_content_word():
    # Given dictated speech: 60 words, no full stops and no discourse words to cut at
    text = ("you wrap new functionality in a condition that can be turned on or off from a dashboard this gives "
            "teams flexibility because you can release features gradually and switch them off when they cause "
            "problems it also supports continuous delivery since unfinished code can be merged safely behind "
            "the flag while the team keeps working on the rest of the feature")

    segments = split_segments(text, split_sentences(text))

    # Then it becomes several ideas, each verbatim, none longer than a run-on piece is let be
    assert [s.text.split()[0] for s in segments] == ["you", "this", "it"]
    assert all(s.text in text for s in segments)
    assert all(text[s.start:s.end] == s.text and s.word_count <= RUN_ON_PIECE_WORDS for s in segments)


def test_a_run_on_stretch_no_clause_opening_cuts_is_cut_evenly_where_a_phrase_starts():
    # Given 96 dictated words with no subject, signpost or weak opener after a content word to cut at
    text = ("priority inversion is when your highpriority task ends up waiting on a lowpriority one in the setup the "
            "logger takes the bus mutex motor control wakes up and blocks on that mutex as expected but then a "
            "mediumpriority task such as the ble stack becomes ready and preempts the logger for as long as the "
            "medium task runs which is unbounded thats the mars pathfinder bug the fix is a mutex with priority "
            "inheritance rather than a binary semaphore so the logger is boosted to motorcontrol priority while "
            "holding the lock")

    segments = split_segments(text, split_sentences(text))

    # Then it becomes ideas of about even length, each verbatim, each after the first opening a phrase
    assert len(segments) == -(-len(text.split()) // EVEN_PIECE_WORDS)
    assert all(text[s.start:s.end] == s.text and s.word_count <= RUN_ON_PIECE_WORDS for s in segments)
    assert {s.text.split()[0] for s in segments[1:]} <= {"the", "and", "a", "which", "so", "but", "then"}
    # and a preposition stays with the words it ties: "the lesson for me", not "the lesson | for me"
    assert not any(s.text.split()[0] in {"for", "of", "in", "on", "to", "as", "with"} for s in segments)


def test_a_pronoun_that_is_a_verbs_object_does_not_open_an_idea():
    text = ("we were on five seven going to eight on the managed service and things like myisam tables definers "
            "needing super then take an xtrabackup and restore it into the target and set up binlog replication "
            "from the old server over the vpn and run it for a couple of weeks with a checksum tool to compare "
            "before cutover")

    starts = [s.text.split()[0] for s in split_segments(text, split_sentences(text))]

    assert len(starts) > 1 and "it" not in starts


def test_a_run_on_stretch_is_not_cut_inside_a_relative_clause_that_lost_its_that():
    text = ("so the retry queue we added last year handles the spikes and the dashboard they built shows the lag "
            "for every consumer group in the cluster and the alert it raises pages the on call engineer before "
            "customers ever notice anything at all because the lag threshold is tuned")

    starts = [s.text.split()[0] for s in split_segments(text, split_sentences(text))]

    assert "we" not in starts and "they" not in starts


def test_a_capital_dotted_i_keeps_every_span_on_its_word():
    # "İ".lower() is two characters; spans into the answer must still land on the words they name
    text = "Our team in İzmir moved from Redis to Kafka."
    sentence = split_sentences(text)[0]
    assert [text[t.start:t.end] for t in sentence.tokens] == ["Our", "team", "in", "İzmir", "moved", "from",
                                                               "Redis", "to", "Kafka"]
    assert [t.word for t in sentence.tokens][3] == "izmir"
