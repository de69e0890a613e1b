"""Claims that contradict the reference: foreign definitions and inverted relations, read per idea."""

from interview.analysis.claims import contradictions
from interview.analysis.text import (
    GENERIC_WORDS,
    QUESTION_BOILERPLATE,
    content_concepts,
    split_segments,
    split_sentences,
)

QUESTION = "How does a hash table work, and what happens on a collision?"
KEY_POINTS = ("hash function maps key to bucket index", "collisions handled by chaining or probing")
SAMPLE = ("A hash table keeps an array of buckets. A hash function maps each key to a bucket index. "
          "A collision is when two keys map to the same bucket; chaining keeps a list per bucket. "
          "Lookups in a hash table are faster than scanning a list.")
QUESTION_CONCEPTS = frozenset(content_concepts(QUESTION, exclude=GENERIC_WORDS | QUESTION_BOILERPLATE))


def found(answer: str, concepts: frozenset[str] = QUESTION_CONCEPTS, key_points: tuple[str, ...] = KEY_POINTS,
          sample: str = SAMPLE) -> list[tuple[int, str]]:
    segments = split_segments(answer, split_sentences(answer))
    return [(c.segment, c.kind) for c in contradictions(segments, concepts, key_points, sample)]


def test_a_definition_the_reference_never_gives_is_a_contradiction():
    assert found("A hash table is a sorted tree of encrypted passwords.") == [(0, "definition")]


def test_a_definition_in_the_references_terms_is_not():
    assert found("A hash table is an array of buckets where a hash function picks the index.") == []


def test_properties_and_hedged_or_conditional_sentences_are_not_definitions():
    assert found("A hash table is expensive to resize.") == []
    assert found("I think a hash table is a sorted tree of encrypted passwords.") == []
    assert found("If the table is a sorted tree of passwords it is slow.") == []


def test_an_inverted_relation_is_a_contradiction_unless_the_idea_contrasts_both_sides():
    assert found("Lookups in a hash table are slower than scanning a list.") == [(0, "inversion")]
    assert found("Lookups in a hash table are faster than scanning a list.") == []
    assert found("Lookups in a hash table are faster, not slower, than scanning a list.") == []


def test_without_a_model_answer_nothing_is_contradicted():
    segments = split_segments("A hash table is a sorted tree.", split_sentences("A hash table is a sorted tree."))
    assert contradictions(segments, QUESTION_CONCEPTS, (), "") == ()
    assert contradictions(segments, QUESTION_CONCEPTS, KEY_POINTS, "") == ()


def test_spelling_out_an_acronym_is_not_a_definition_to_check():
    question = frozenset(content_concepts("What is CORS?", exclude=GENERIC_WORDS | QUESTION_BOILERPLATE))
    sample = "CORS lets a server allow other origins to read its responses. The browser enforces CORS."
    answer = "CORS stands for Cross-Origin Resource Sharing."
    segments = split_segments(answer, split_sentences(answer))

    assert contradictions(segments, question, ("server opts in with headers",), sample) == ()


KEYS_QUESTION = "Why should a React list not use the array index as the key?"
KEYS_POINTS = ("keys identify items across renders", "never use the array index as key for reordered lists",
               "use a stable id from the data")
KEYS_SAMPLE = ("React matches list items between renders by their key. Use a stable id from the data, never the "
               "array index as the key of items that can be reordered, or state moves to the wrong row. "
               "The confidence interval matters, not just the index.")
KEYS_CONCEPTS = frozenset(content_concepts(KEYS_QUESTION, exclude=GENERIC_WORDS | QUESTION_BOILERPLATE))


def found_for_keys(answer: str) -> list[tuple[int, str]]:
    return found(answer, KEYS_CONCEPTS, KEYS_POINTS, KEYS_SAMPLE)


def test_asserting_what_the_reference_denies_about_the_same_concepts_is_a_contradiction():
    assert found_for_keys("Always use the array index as the key, it keeps reordered lists simple.") == [
        (0, "denied")]


def test_denying_it_too_restricting_it_or_weighing_it_against_the_alternative_is_not():
    assert found_for_keys("Never use the array index as the key when the list can be reordered.") == []
    assert found_for_keys("The array index only works as the key for a list that is never reordered.") == []
    assert found_for_keys("A stable id from the data beats the array index as the key of reordered items.") == []


def test_or_after_a_clause_end_joins_nothing_to_the_denied_word():
    from interview.analysis.claims import negated

    for text, denied in (("Do not panic, or customers will notice.", {"panic"}),
                         ("We don't need queues or caches here.", {"queu", "cach"})):
        assert negated(split_sentences(text)[0]) == denied


def test_a_negation_denies_what_or_joins_to_its_word():
    # "would not reboot or wipe it" denies the wiping the reference denies too; it does not assert it.
    question = frozenset(content_concepts("What would you do about a host sending data out at 2 a.m.?"))
    points = ("Preserves evidence: does not wipe or power off the machine before memory and logs are captured",)
    sample = "I wouldn't power it off or wipe it, because memory and local logs are evidence."
    for answer, kinds in (("I would not reboot or wipe it, because memory and logs tell us how they got in.", []),
                          ("I would wipe the machine and reinstall it, the memory and logs do not matter.", ["denied"])):
        segments = split_segments(answer, split_sentences(answer))
        assert [c.kind for c in contradictions(segments, question, points, sample)] == kinds


def test_not_just_adds_to_a_concept_rather_than_denying_it():
    sample = "Read the confidence interval of the lift, not just the p-value of the test."
    question = frozenset(content_concepts("How would you judge an A/B test result?"))
    answer = "I would read the p-value of the test and the lift."
    segments = split_segments(answer, split_sentences(answer))

    assert contradictions(segments, question, ("confidence interval, not just p-value",), sample) == ()


def test_no_model_answer_of_the_bank_contradicts_its_own_reference():
    # A model answer is right by definition: a contradiction found in one would be a false one in feedback.
    from interview.data.migrate import load_bank

    for q in load_bank():
        concepts = frozenset(content_concepts(q.question_text, exclude=GENERIC_WORDS | QUESTION_BOILERPLATE))
        segments = split_segments(q.sample_answer, split_sentences(q.sample_answer))
        assert contradictions(segments, concepts, tuple(q.key_points), q.sample_answer) == (), q.slug


def test_an_absence_named_with_no_or_without_is_not_a_denial():
    from interview.analysis.claims import reference_claims

    question = frozenset(content_concepts("Did the new campaign increase sales across regions?"))
    sample = "Use the regions without the campaign as the baseline for sales. Show no data rather than guesses."

    assert reference_claims(question, ("compare campaign regions with the baseline",), sample).denials == ()


BACKUP_QUESTION = "Walk me through a backup and recovery strategy for a production PostgreSQL database."
BACKUP_POINTS = ("Regularly tests restores and times them against the recovery objective",
                 "Stores backups off-site and encrypted",
                 "Avoids keeping the only copy of a backup on the database server")
BACKUP_SAMPLE = ("I take nightly base backups and archive the write-ahead log continuously. The backups go to "
                 "another region, encrypted. Every week I restore one to a scratch server and time it.")
BACKUP_CONCEPTS = frozenset(content_concepts(BACKUP_QUESTION, exclude=GENERIC_WORDS | QUESTION_BOILERPLATE))


def dismissed(answer: str) -> list[tuple[int, int | None]]:
    segments = split_segments(answer, split_sentences(answer))
    return [(c.segment, c.point) for c in contradictions(segments, BACKUP_CONCEPTS, BACKUP_POINTS, BACKUP_SAMPLE)
            if c.kind == "dismissed"]


def points_waved(answer: str, question_text: str, points: tuple[str, ...], sample: str) -> list[int | None]:
    """The key points an answer waves away, against another question's reference than the backup one."""
    question = frozenset(content_concepts(question_text, exclude=GENERIC_WORDS | QUESTION_BOILERPLATE))
    segments = split_segments(answer, split_sentences(answer))
    return [c.point for c in contradictions(segments, question, points, sample) if c.kind == "dismissed"]


def test_a_practice_waved_away_as_it_is_read_from_what_it_stands_for():
    """rubric-1.13.4: "…, so I'd skip it" waves away what the idea said before the pronoun; a proposal someone else
    made, or one the candidate only could make, is not the candidate's practice (a review's 50 strong answers)."""
    assert dismissed("Testing restores takes forever and the job reports success anyway, so I skip it.") == [(0, 0)]
    assert dismissed("Encrypting the off-site copies slows the upload, so we don't bother with that.") == [(0, 1)]
    assert dismissed("My manager suggested testing restores on the live server; that risks production, so I'd "
                     "skip it.") == []
    assert dismissed("We could test restores on the primary, but that risks production, so I'd skip it and use "
                     "a scratch server.") == []


def test_waving_away_a_key_points_practice_is_a_contradiction_naming_the_point():
    # What is waved away follows the words, or comes before them in their clause.
    assert dismissed("I archive the WAL. I wouldn't bother testing a restore, the job reports success.") == [(1, 0)]
    assert dismissed("There's no need to encrypt the copies, they sit in our own account.") == [(0, 1)]
    assert dismissed("Testing restores is mostly a waste of time if the job is green.") == [(0, 0)]
    assert dismissed("Off-site copies are overkill for us.") == [(0, 1)]
    # Said as what the candidate skipped or would not spend time on (rubric-1.12.1).
    assert dismissed("I skipped the restore tests to save time.") == [(0, 0)]
    assert dismissed("I wouldn't spend long testing restores.") == [(0, 0)]
    assert dismissed("I didn't want to waste weeks on encrypting them.") == [(0, 1)]


def test_a_dismissal_denied_or_of_words_no_practice_asks_for_is_none():
    assert dismissed("Testing restores is never a waste of time.") == []  # the dismissal itself denied
    assert dismissed("You don't need a fancy dashboard for the backup jobs.") == []  # no point asks for one
    # "backup" and "database" are the question's own words: no practice a point adds.
    assert dismissed("Honestly the database doesn't need much tuning for backup.") == []


def test_waving_away_what_a_point_warns_against_agrees_with_it():
    assert dismissed("There's no need to keep a copy on the database server itself.") == []


def test_a_dismissal_denied_reported_conditioned_or_asked_is_none():
    # Found in a review of rubric-1.12.1: each of these was read as waving away a practice.
    assert dismissed("You can't simply ignore restore tests.") == []  # denied right before the words
    assert dismissed("I don't think testing restores is a waste of time.") == []  # denied before what it waves away
    assert dismissed("Some people say testing restores is a waste of time, but they are wrong.") == []  # reported
    assert dismissed("The previous team didn't bother testing restores.") == []  # someone else's
    assert dismissed("No need, because restores are tested automatically every week.") == []  # nothing follows
    assert dismissed("There is no point having backups if you never test restores.") == []  # up to the condition
    assert dismissed("If we skip the restore tests, nobody knows the copies work.") == []  # a warning
    assert dismissed("Would I just skip the restore tests?") == []  # a question
    assert dismissed("There's no need to wait for the weekly restore test.") == []  # waiting is fine to wave away


def test_waving_away_what_a_point_warns_against_shares_more_with_it_than_with_any_practice():
    # "encrypted" is point 1's; "keep", "copy" and "server" are what point 2 warns against.
    assert dismissed("There's no need to keep an encrypted copy on the database server itself.") == []


def test_a_model_answer_of_blank_text_is_no_model_answer():
    answer = "Testing restores is mostly a waste of time."
    segments = split_segments(answer, split_sentences(answer))
    assert contradictions(segments, BACKUP_CONCEPTS, BACKUP_POINTS, "   ") == ()


def test_a_point_about_the_situation_or_result_of_a_story_asks_for_no_practice_to_wave_away():
    question = "Tell me about a time you had to re-plan a project."
    points = ("Action: re-estimates what is achievable with the team", "Result: measurable outcome of the revised plan")
    sample = "I re-estimated the remaining work with the team and we shipped the revised plan two days early."
    for answer, waved in (("No need to write a formal revised plan document for a one-week task.", []),
                          ("I didn't bother to re-estimate anything with the team.", [0])):
        assert points_waved(answer, question, points, sample) == waved


def test_refusing_a_key_points_practice_with_a_reason_is_a_dismissal():
    assert dismissed("I wouldn't test the restores, since the job already reports success.") == [(0, 0)]
    assert dismissed("We never encrypted the off-site copies because the bucket is private.") == [(0, 1)]
    assert dismissed("I'd archive the WAL and I did not store backups off-site, as it costs too much.") == [(0, 1)]


def test_a_refusal_without_a_reason_of_another_act_or_put_off_is_none():
    assert dismissed("I wouldn't test the restores on the production server.") == []  # no reason: a choice
    # The act is not one the point asks for, though the idea shares the point's object.
    assert dismissed("I never copy backups by hand, because a script stores them off-site and encrypted.") == []
    assert dismissed("I wouldn't test the restores right away, since the first backup takes a day.") == []  # when
    assert dismissed("I wouldn't test restores yet, because the base backup is still running.") == []
    assert dismissed("I don't know much about restores, since our DBA handled them.") == []  # no act refused


def test_a_refusal_of_some_cases_or_with_what_is_done_instead_is_none():
    """rubric-1.13.5, from a review of prudent refusals (eval/judgement/refused.jsonl): refusing the act for every
    case, or saying what is done in its place, is how the practice is done, not whether."""
    assert dismissed("I don't test every restore by hand, because the weekly drill already times one.") == []
    assert dismissed("I wouldn't test restores on the primary, because it risks production; I'd use a scratch "
                     "server.") == []
    assert dismissed("I wouldn't test restores, because it risks production; the job reports success.") == [(0, 0)]


def test_a_refusal_of_an_act_the_answer_does_in_another_case_is_a_qualification():
    answer = ("I wouldn't test restores on the primary, because that risks production. Every week I test restores "
              "on a scratch server and time them.")
    assert dismissed(answer) == []
    assert dismissed("I wouldn't test restores on the primary, because that risks production.") == [(0, 0)]


def test_a_refusal_ends_where_what_comes_first_begins():
    # What follows "before" is what the candidate would do first, not what they refuse.
    points = ("Meets each person individually first", "Facilitates a joint conversation focused on resolution")
    sample = "I'd meet each person individually, then facilitate a joint conversation focused on resolution."
    answer = "I wouldn't hold a joint conversation before meeting each person individually, because it turns into a fight."
    assert points_waved(answer, "Two teammates are in conflict. What would you do?", points, sample) == [1]


def test_what_a_point_asks_to_wait_for_is_not_its_practice():
    # "Gets client sign-off before proceeding": refusing to proceed on a verbal OK agrees with it.
    points = ("Documents the change through a formal change order", "Gets client sign-off before proceeding with work")
    sample = "I'd write a change order with cost and days, and get the client's signature before any work starts."
    question = "The client asks for a change mid-project. What would you do?"
    for answer, waved in (("I wouldn't proceed with the work on a verbal OK, because that's where disputes start.", []),
                          ("I wouldn't get the client's sign-off, since it slows the work down.", [1])):
        assert points_waved(answer, question, points, sample) == waved


def test_a_practice_one_would_rather_not_do_held_off_on_or_decided_against_is_refused():
    assert dismissed("I'd rather not test restores, because it slows the nightly job.") == [(0, 0)]
    assert dismissed("We held off on encrypting the copies, since the keys were a hassle.") == [(0, 1)]
    assert dismissed("I decided not to test the restores, since the job already reports success.") == [(0, 0)]
    assert dismissed("I chose not to encrypt the off-site copies, because the bucket is private.") == [(0, 1)]
    assert dismissed("I decided not to test restores yet, because the base backup is still running.") == []


def test_waving_away_a_practices_absence_argues_for_the_practice():
    assert dismissed("Ignoring restore tests is not worth the risk.") == []
    assert dismissed("Skipping the restore tests is pointless if you care about recovery.") == []


def test_refusing_a_practice_a_point_asks_for_only_under_a_condition_or_one_way_of_doing_it_is_none():
    # rubric-1.13.1, from a reviewer's strong answers: "I wouldn't restrain him, because restraint increases
    # agitation" against "restrains only as a last resort"; "I didn't speak to him in front of the team, since…".
    points = ("Restrains the patient only as a last resort", "Speaks to the family privately")
    sample = "I'd de-escalate first and restrain only as a last resort, then speak to the family privately."
    question = "A confused patient is pulling at his lines. What would you do?"
    for answer, waved in (("I wouldn't restrain him, because restraint increases agitation.", []),
                          ("I wouldn't speak to the family in front of other patients, since it embarrasses them.", []),
                          ("I wouldn't speak to the family, since they only get in the way.", [1])):
        assert points_waved(answer, question, points, sample) == waved


def test_a_refusal_whose_reason_is_a_fact_of_the_case_is_judgement_not_a_dismissal():
    """rubric-1.13.11: the reason `secrecy` reads (judgement.reason_of_the_case) is read for any refusal too: a fact of
    the case that says the practice's need is met or does not arise, and nothing self-serving."""
    assert dismissed("I didn't test the restores that week, because the DBA had already restored the same backup to "
                     "staging on Monday.") == []
    assert dismissed("We didn't encrypt the copies, because no customer data was in them.") == []
    assert dismissed("I didn't test the restores, because it takes too long.") == [(0, 0)]  # no fact of the case
    assert dismissed("I didn't test the restores, because the DBA had already restored one and it's a hassle.") == [
        (0, 0)]  # a fact, and the candidate's hassle
    # Present tense is no fact that the need is met: the job's own report is what a restore test checks.
    assert dismissed("I wouldn't test the restores, since the job already reports success.") == [(0, 0)]


def test_a_refusals_reason_that_names_the_act_does_not_do_it():
    """rubric-1.13.11: "I didn't document the conversations, because documents can be used against the company" names
    the act in its reason; the act done after all comes after the reason, in a case of its own."""
    assert dismissed("I didn't test the restores, because a restore test can slow the primary.") == [(0, 0)]
    assert dismissed("I wouldn't test the restores on a hunch, because that slows the primary; but if the checksums "
                     "fail, I'd test the restores that night.") == []
