"""The conduct model (interview/analysis/conduct.py): what it reads of an idea, that the shipped weights are what
eval/train_conduct.py trains from eval/conduct/, that it hears unsound choices in excerpts it never saw, and what
the analysis says with it."""

import json
from pathlib import Path

import pytest

from interview.analysis.conduct import MODEL, MODEL_FILE, features, probability, read_conduct
from interview.analysis.evaluation import unpunctuated
from interview.analysis.model import QuestionContext
from interview.analysis.reading import read_answer
from interview.analysis.rubric import RubricAnalyzer
from interview.analysis.text import split_segments, split_sentences
from tests.analysis_corpus import EVAL, probe_answers
from tests.unit.conftest import _script

BEHIND = QuestionContext(
    question_text="Tell me about a time your team was about to miss a delivery date. What did you do?",
    question_type="behavioral",
    key_points=("Told the stakeholders early", "Re-planned the scope with the team", "Kept quality checks in place"),
    sample_answer="",
)
# The same story told twice, once with the sound choice, once with the unsound one (written for this test; neither is
# an excerpt of eval/conduct/).
SOUND_STORY = (
    "Last spring our release for a hospital client was two weeks behind. I told the client and my manager the same "
    "day, with a new date and what we could still ship. I kept the regression suite and the security review in the "
    "plan and moved two low-value reports to the next release. We shipped nine days later with no defects.")
UNSOUND_STORY = (
    "Last spring our release for a hospital client was two weeks behind. I kept the client and my manager in the "
    "dark until the day before, since they would only have panicked. I had the testers mark the regression suite "
    "as passed without running it and pushed the build straight out. We shipped on the date, and the support team "
    "dealt with the defects that came in afterwards.")


@pytest.fixture(scope="module")
def train_conduct():
    return _script("train_conduct")


def _features(text: str) -> set[str]:
    return set().union(*(features(s) for s in split_sentences(text)))


def test_words_after_a_negation_are_told_apart_until_the_clause_ends():
    # ("tell" is read as its concept, "communicat", as everywhere in the analyzer)
    negated = _features("I didn't tell my manager, but I fixed it")
    assert {"~communicat", "~manager", "didnt_communicat", "manager_but", "but_i", "fix"} <= negated
    assert "communicat" not in negated and "~fix" not in negated  # "but" ended the negation's scope
    told = _features("I told my manager, and I fixed it")
    assert {"communicat", "manager", "i_communicat"} <= told and not any(f.startswith("~") for f in told)


def test_an_answer_dictated_without_punctuation_is_heard_as_written():
    # Within a sentence: the marks and apostrophes a dictated answer lacks change nothing (where sentences end is
    # the splitter's to find, in both).
    for text in ("I didn't run the checks; it's fine, we shipped on time, and nobody asked.",
                 "Since the client wouldn't wait (they never do), I skipped the review and pushed it."):
        assert _features(unpunctuated(text)) == _features(text)


def test_the_answer_reads_as_the_mean_of_its_ideas_and_names_its_worst():
    segments = split_segments(UNSOUND_STORY, split_sentences(UNSOUND_STORY))
    chances = [probability(features(s)) for s in segments]
    conduct = read_conduct(segments)
    assert conduct.unsound == pytest.approx(sum(chances) / len(chances))
    assert conduct.worst == max(chances) == chances[conduct.segment]
    assert read_conduct([]).unsound == 0 and read_conduct([]).segment is None


def test_an_unsound_choice_reads_less_sound_and_scores_lower_than_the_sound_one():
    sound, unsound = read_answer(BEHIND, SOUND_STORY), read_answer(BEHIND, UNSOUND_STORY)
    assert sound.conduct.unsound < 0.5 < unsound.conduct.unsound
    analyzer = RubricAnalyzer()
    assert analyzer.analyze(BEHIND, SOUND_STORY).scores.overall > analyzer.analyze(BEHIND, UNSOUND_STORY).scores.overall
    said = analyzer.analyze(BEHIND, UNSOUND_STORY)
    assert said.metrics["conduct"] == round(1 - unsound.conduct.unsound, 2)


def test_the_shipped_weights_are_what_train_conduct_makes_of_eval_conduct(train_conduct):
    # A change to the features or to eval/conduct/ needs `make train-conduct` run again: this is what notices.
    assert json.loads(MODEL_FILE.read_text(encoding="utf-8")) == MODEL
    assert train_conduct.train(train_conduct.examples(train_conduct.TRAIN)) == MODEL, (
        "conduct_model.json is stale: run `make train-conduct`")
    assert len(train_conduct.TRAIN) >= 20 and MODEL["weights"]


def test_it_hears_unsound_conduct_in_excerpts_it_was_never_trained_on(train_conduct):
    # eval/judgement/excerpts.jsonl: 450 unsound and 340 sound excerpts written for the red flags, never trained on.
    scored = [(probability(found), label) for found, label in train_conduct.examples([train_conduct.TEST])]
    assert len(scored) == 790
    assert train_conduct.auc(scored) >= 0.86
    # and the training files do not hold them
    trained = {json.loads(line)["text"] for path in train_conduct.TRAIN
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    tested = {json.loads(line)["text"] for line in train_conduct.TEST.read_text(encoding="utf-8").splitlines()
              if line.strip()}
    assert not trained & tested


def test_the_weakness_quotes_the_worst_idea_and_spares_the_strong_answers_of_the_reviews():
    analyzer = RubricAnalyzer()
    raised = {"strong": 0, "poor": 0}
    for path in sorted((EVAL / "judgement").glob("*.jsonl")):
        if path.name == "excerpts.jsonl":
            continue
        for _, label, question, answer in probe_answers(Path(path)):
            analysis = analyzer.analyze(question, answer)
            if "questionable_choice" not in {s.code for s in analysis.signals}:
                continue
            raised[label] += 1
            reading = read_answer(question, answer)
            line = next(w for w in analysis.feedback.weaknesses if w.startswith("Describes a choice"))
            quoted = line.split(": ", 1)[1].strip('"“”…')
            assert quoted in reading.segments[reading.conduct.segment].text, (quoted, answer)
    # Measured with rubric-1.14.0: the learned ear is said only where it is surest. Since rubric-1.16.0 one poor reply
    # of asides.jsonl (52 then) is a non-answer (focus.py), whose feedback names the dodge instead.
    assert raised["strong"] <= 2 and raised["poor"] >= 51, raised
