"""The focus model (interview/analysis/focus.py): what it reads of a reply, that the shipped weights are what
eval/train_focus.py trains from the graded files, that it hears replies that tell something else in place of an answer
in files it was never trained on, and where the analysis lets it decide."""

import pytest

from interview.analysis import focus, screening
from interview.analysis.evaluation import unpunctuated
from interview.analysis.model import QuestionContext
from interview.analysis.reading import read_answer
from interview.analysis.rubric import RubricAnalyzer
from interview.analysis.text import GENERIC_WORDS, STOP_WORDS, split_segments, split_sentences
from tests.unit.conftest import _script

CLOSE = QuestionContext(
    question_text="How would you handle a month-end close where the bank reconciliation is out by a small amount?",
    question_type="situational",
    key_points=("Traces the difference to unmatched or duplicated transactions", "Checks timing items such as "
                "deposits in transit", "Does not post a plug entry to force the balance", "Documents and reviews the fix"),
    sample_answer=("I'd list the unmatched items on both sides, look for timing differences like deposits in transit "
                   "and duplicated entries, and trace the difference to its cause rather than posting a plug. Once "
                   "found, I'd correct it, document it and have my reviewer sign it off."),
)
# Written for these tests; neither is a reply of a graded file.
BACKGROUND = (
    "Honestly most of my experience has been in payroll, not the general ledger. I've run payroll for "
    "about four hundred staff across three sites, and I'm really strong with Sage and Excel. I've also done my AAT "
    "level 3 and I'm hoping to start level 4 next year. I'm a quick learner and I'd love to get more involved in that "
    "side of things.")
ANSWER = (
    "I'd list every unmatched item on the statement and in the ledger, because a small difference is usually one or "
    "two of them. I'd check timing first, deposits in transit and cheques not yet cleared, then look for an entry "
    "booked twice. I wouldn't post a plug to make it balance. Once I'd found the cause I'd correct it, note what "
    "happened on the reconciliation and have my manager review it.")


@pytest.fixture(scope="module")
def train_focus():
    return _script("train_focus")


@pytest.fixture(scope="module")
def replies(train_focus):
    return train_focus.replies(train_focus.GRADED)


def _features(question: QuestionContext, text: str) -> set[str]:
    reading = read_answer(question, text)
    return focus.features(reading.segments, reading.vocabulary.question, reading.vocabulary.reference)


def test_content_words_are_read_as_their_class_so_no_topic_is_learned():
    found = _features(CLOSE, BACKGROUND)
    items = {part for feature in found for part in feature.split("_")}
    plain = {word.replace("'", "") for word in STOP_WORDS | GENERIC_WORDS}
    assert {focus.OTHER, focus.NUMBER, "my", "ive", "im"} <= items
    assert items <= plain | {focus.QUESTION, focus.REFERENCE, focus.OTHER, focus.NUMBER, focus.START}
    assert "payroll" not in items and "sage" not in items
    # The answer works through the reference's words ("unmatched", "deposits", "plug")
    answered = {part for feature in _features(CLOSE, ANSWER) for part in feature.split("_")}
    assert focus.REFERENCE in answered


def test_a_reply_dictated_without_punctuation_is_heard_as_written_within_its_ideas():
    text = "I've been on the payroll side, so I haven't done the bank side; I'd rather not guess."
    written = split_segments(text, split_sentences(text))
    dictated = unpunctuated(text)
    heard = split_segments(dictated, split_sentences(dictated))
    question, reference = frozenset({"bank"}), frozenset({"reconcil"})
    assert {f for f in focus.features(heard, question, reference) if not f.startswith(focus.START)} == {
        f for f in focus.features(written, question, reference) if not f.startswith(focus.START)}


def test_the_shipped_weights_are_what_train_focus_makes_of_the_graded_files(train_focus, replies):
    # A change to the features, to the graded files or to the dimensions the bounds read needs `make train-focus`
    assert train_focus.fit(replies) == focus.shipped_model(), "focus_model.json is stale: run `make train-focus`"
    assert focus.shipped_model()["weights"]


def test_it_hears_replies_that_answer_something_else_in_files_it_was_never_trained_on(train_focus, replies):
    # fresh31-37 (eval/read/) were written under a later, harder brief than the older files: trained without them, it still tells
    # their grade-0 replies from their answers, and where it may decide takes a quarter of those replies and answers of
    # grade 1-4 rarely
    held_out = {f"fresh{n}" for n in (31, 32, 33, 36, 37)}
    assert held_out <= {path.stem for path in train_focus.GRADED if path.parent.name == "read"}
    model = train_focus.fit([reply for reply in replies if reply.file not in held_out])
    scored = [(reply.chance(model), reply) for reply in replies if reply.file in held_out]
    assert train_focus.auc([(p, reply.label) for p, reply in scored]) >= 0.98
    taken = [reply for p, reply in scored if reply.candidate and p >= focus.STRAYS_MIN]
    assert sum(reply.label for reply in taken) >= 0.25 * sum(reply.label for _, reply in scored)
    assert sum(1 - reply.label for reply in taken) <= 1


def test_a_background_told_in_place_of_an_answer_is_a_non_answer():
    reading = read_answer(CLOSE, BACKGROUND)
    # No phrase rule takes it: it refuses nothing and asks nothing back
    assert not screening.REDIRECTING.compiled.search(screening.normalize(BACKGROUND))
    assert reading.strays >= focus.STRAYS_MIN and reading.non_answer
    analysis = RubricAnalyzer().analyze(CLOSE, BACKGROUND)
    assert analysis.scores.overall <= 10 and "non_answer" in analysis.flags
    assert analysis.feedback.weaknesses[0].startswith("Does not attempt the question")
    assert read_answer(CLOSE, unpunctuated(BACKGROUND)).non_answer
    answered = read_answer(CLOSE, ANSWER)
    assert answered.strays < 0.5 and not answered.non_answer


def test_a_question_about_the_candidate_is_answered_by_their_background():
    about = QuestionContext(
        question_text="Tell me about yourself and why you applied for this finance assistant role.",
        question_type="behavioral",
        key_points=("Summarises relevant experience", "Names skills that fit the role", "Explains why this role"),
        sample_answer=("I've spent three years in accounts payable, where I took over supplier statement "
                       "reconciliations. I'm strong in Excel and I've just passed my AAT level 3. I applied because "
                       "I want to move into the wider finance team and learn month-end close."),
    )
    reading = read_answer(about, BACKGROUND)
    assert reading.strays >= focus.STRAYS_MIN and not reading.non_answer


@pytest.mark.parametrize("story", [
    # Stories in their own words, sharing few words with the question or its reference: still answers
    ("When our warehouse moved to a new scanning system, I had a week to learn it before go-live. I read the vendor's "
     "guide at night, shadowed the installer for two days and wrote a one-page cheat sheet for the pickers. On launch "
     "day we shipped every order on time and mis-picks fell by a third in the first month."),
    ("I'm proudest of the volunteer rota app I built for our food bank. Shifts were organised by text message and "
     "people kept not turning up. I built a simple booking page with reminders the day before, and trained the "
     "coordinators to use it. No-shows dropped by about a third within two months."),
])
def test_a_story_told_in_its_own_words_is_no_non_answer(story):
    question = QuestionContext(
        question_text="Tell me about a time you had to learn something new quickly, or an achievement you're proud of.",
        question_type="behavioral",
        key_points=("Situation: context and why it mattered", "Task: what they were responsible for",
                    "Action: specific steps they took", "Result: a measurable outcome"),
        sample_answer=("At my last company we moved to Kubernetes and I had three weeks to get our deployment "
                       "working. I built a small cluster and paired with an engineer who knew it. We migrated on "
                       "schedule and deployment time dropped from 40 minutes to 10."),
    )
    assert not read_answer(question, story).non_answer


def test_it_hears_replies_that_answer_a_neighbouring_question_less_well_but_never_takes_an_answer(train_focus, replies):
    # fresh48-51 (eval/read/, rubric-1.17.0) came from a brief whose grade-0 replies are often an explanation of a
    # neighbouring question in the field's words ("so in dimensional modeling you've got your fact tables…" for a Type 2
    # slowly changing dimension): a shape that tells no background is harder to hear. Each scored by the model trained
    # on every other file, it still takes a quarter of their grade-0 replies, and no answer
    newer = [f"fresh{n}" for n in (48, 49, 50, 51)]
    scored = []
    for name in newer:
        model = train_focus.fit([reply for reply in replies if reply.file != name])
        scored += [(reply.chance(model), reply) for reply in replies if reply.file == name]
    assert len(scored) == 480
    assert train_focus.auc([(p, reply.label) for p, reply in scored]) >= 0.95
    taken = [reply for p, reply in scored if reply.candidate and p >= focus.STRAYS_MIN]
    assert sum(reply.label for reply in taken) >= 0.25 * sum(reply.label for _, reply in scored)
    assert sum(1 - reply.label for reply in taken) == 0
