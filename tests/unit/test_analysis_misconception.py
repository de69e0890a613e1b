"""The misconception model (interview/analysis/misconception.py): what it reads of an answer, that the shipped weights
and the chances the overall is fitted to are what eval/train_misconception.py makes of the graded files, that it hears
poor answers in files it was never trained on, and what it does to an analysis."""

import json
from pathlib import Path

import pytest

from interview.analysis import misconception
from interview.analysis.conduct import probability
from interview.analysis.delivery import FILLER_PHRASE_WORDS, FILLER_WORDS, HEDGE_WORDS
from interview.analysis.model import QuestionContext
from interview.analysis.overall import INPUTS, calibrated, overall_inputs
from interview.analysis.reading import read_answer
from interview.analysis.rubric import RubricAnalyzer
from interview.analysis.rubric_feedback import MISCONCEPTION_HIGH
from interview.analysis.rubric_scoring import capped_dimensions
from interview.analysis.text import quote
from tests.analysis_corpus import eval_items

PASSWORDS = QuestionContext(
    question_text="How should a web application store user passwords?",
    question_type="technical",
    key_points=("Hashes passwords with a slow, salted algorithm such as bcrypt, scrypt or Argon2",
                "Never stores passwords in plain text or with reversible encryption",
                "Uses a unique random salt per password", "Tunes the work factor and can rehash on login as it rises"),
    sample_answer=("Passwords should never be stored in plain text or encrypted in a way that can be reversed. I would "
                   "hash them with a slow, adaptive algorithm such as Argon2id or bcrypt, which adds a unique random "
                   "salt per password so identical passwords hash differently and precomputed tables are useless. "
                   "The work factor is tuned so one hash takes a fraction of a second, and when we raise it we rehash "
                   "each password the next time the user logs in."),
)
# Written for these tests; neither is an answer of a graded file.
CONFIDENTLY_WRONG = (
    "You just encrypt them with AES and keep the key in the config file, so support can always decrypt a password "
    "when a user forgets it. Hashing is overkill for most apps. If you do hash, MD5 is fine because it's one-way, and "
    "salts don't really add anything since the attacker never sees the database anyway. I always store them in a "
    "separate table, which is the main thing that keeps them safe.")
HEDGED_AND_THIN = (
    "I think you'd hash them rather than store them as they are, maybe with bcrypt or something like that. There's "
    "also salting, which I believe makes them harder to crack. I'm not sure about the details of the settings.")
NEWER = tuple(f"fresh{n}" for n in range(48, 56))


@pytest.fixture(scope="module")
def replies(train_misconception):
    return train_misconception.replies(train_misconception.GRADED)


def test_hedges_and_fillers_are_not_heard_so_hedging_cannot_buy_points():
    segments = read_answer(PASSWORDS, "Um, I think, you know, maybe hmm ummm I mean literally " + HEDGED_AND_THIN).segments
    found = misconception.features(segments)
    assert found and all(map(misconception.heard, found))
    assert {"think", "mayb", "sur"} <= misconception.UNHEARD  # "I think", "maybe", "not sure", as concepts
    # every word delivery.py counts as a hedge or filler, and a vocal filler however it is spelled
    assert HEDGE_WORDS | FILLER_WORDS | FILLER_PHRASE_WORDS <= misconception.UNHEARD
    assert not any(map(misconception.heard, ("ummm", "<s>_hmm", "i_mean", "~literal", "so_erm")))
    assert misconception.heard("alway") and misconception.heard("i_didnt")


def test_no_feature_with_a_hedge_or_filler_has_a_weight_so_the_analyzer_need_not_sift_them():
    weights = misconception.shipped_model()["weights"]
    assert all(map(misconception.heard, weights))
    for text in (CONFIDENTLY_WRONG, HEDGED_AND_THIN):
        reading = read_answer(PASSWORDS, text)
        assert reading.misconception == probability(misconception.features(reading.segments),
                                                    misconception.shipped_model())


def test_the_shipped_weights_and_the_chances_the_overall_is_fitted_to_are_what_the_trainer_makes(
        train_misconception, replies):
    # A change to the features or to the graded files needs `make train-misconception`, then `make calibrate`
    assert train_misconception.fit(replies) == misconception.shipped_model(), (
        "misconception_model.json is stale: run `make train-misconception`")
    left_out = json.loads(train_misconception.MISCONCEPTION_LEFT_OUT.read_text(encoding="utf-8"))
    assert set(left_out) == {reply.file for reply in replies}
    for p, reply in train_misconception.left_out(replies, ["holdout"]):  # one file's, refitted: the others alike
        assert left_out["holdout"][reply.question][str(reply.grade)] == pytest.approx(p, abs=1e-6)


def test_it_hears_poor_answers_in_files_it_was_never_trained_on(train_misconception, replies):
    # fresh48-55 were written after the rest, by other writers (2026-11-29): trained without them, it hears their
    # grade-1 answers (mostly wrong or confused, often fluent and sure) as poorer than their grade-2 ones (partly right,
    # thin)
    model = train_misconception.fit([reply for reply in replies if reply.file not in NEWER])
    heard = {(r.file, r.question, r.grade): probability(r.features, model) for r in replies if r.file in NEWER}
    ones = [(key, p) for key, p in heard.items() if key[2] == 1]
    assert len(ones) == 8 * 24
    above = sum(p > heard[(file, question, 2)] for (file, question, _), p in ones)
    assert above >= 0.9 * len(ones)
    assert train_misconception.auc([(p, int(key[2] == 1)) for key, p in heard.items() if key[2] in (1, 2)]) >= 0.9


def test_no_model_answer_of_the_question_bank_sounds_like_a_poor_one():
    fields = set(QuestionContext.model_fields)
    heard = []
    for path in sorted((Path(__file__).resolve().parents[2] / "sql" / "seed" / "questions").glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            question = QuestionContext(**{k: v for k, v in item.items() if k in fields})
            heard.append((read_answer(question, item["sample_answer"]).misconception, item["slug"]))
    assert len(heard) >= 150
    worst = max(heard)
    assert worst[0] < MISCONCEPTION_HIGH, worst


def test_a_confident_misconception_scores_below_a_hedged_thin_answer_and_the_model_is_part_of_why():
    analyzer = RubricAnalyzer()
    wrong, thin = analyzer.analyze(PASSWORDS, CONFIDENTLY_WRONG), analyzer.analyze(PASSWORDS, HEDGED_AND_THIN)
    reading = read_answer(PASSWORDS, CONFIDENTLY_WRONG)
    assert reading.misconception >= MISCONCEPTION_HIGH > read_answer(PASSWORDS, HEDGED_AND_THIN).misconception
    assert wrong.scores.overall < thin.scores.overall
    assert wrong.metrics["misconception_free"] == round(1 - reading.misconception, 2)
    # Heard as free of misconception, the same inputs would give more: the model moves the score, it does not cap it
    dims, _ = capped_dimensions(reading)
    inputs = list(overall_inputs(reading, dims))
    served = calibrated(inputs)
    inputs[INPUTS.index("misconception_free")] = 1.0
    assert calibrated(inputs) > served


def test_the_narrative_quotes_the_idea_that_sounds_poorest_when_the_model_is_why_the_overall_is_low():
    # The graded files' poor answers where the model is the reason (after soundness and conduct): the idea quoted is
    # the one that alone sounds poorest
    analyzer, said = RubricAnalyzer(), 0
    for item in eval_items()[::2]:
        question = QuestionContext.model_validate({k: item[k] for k in QuestionContext.model_fields if k in item})
        for answer in (graded["answer"] for graded in item["answers"] if graded.get("grade") == 1):
            narrative = analyzer.analyze(question, answer).feedback.narrative
            if "sounds like a poor one" in narrative:
                reading = read_answer(question, answer)
                idea = reading.segments[misconception.loudest(reading.idea_features)]
                assert quote(reading.answer, idea)[:30] in narrative
                assert f"(heard as a poor answer at {reading.misconception:.2f} of 1)" in narrative
                said += 1
    assert said >= 3
    assert misconception.loudest([]) is None and misconception.chance([]) == 0.0
