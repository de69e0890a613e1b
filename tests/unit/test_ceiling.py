"""eval/ceiling.py: how far the rubric's measures can order graded answers. Its counting and its pairwise fit,
on rows small enough to check by hand."""

import random

import pytest


def test_a_measure_alone_counts_a_tie_as_half_and_the_harness_counts_it_as_misordered(ceiling):
    rows = [("q1", 1, {}), ("q1", 2, {}), ("q1", 3, {}), ("q2", 1, {}), ("q2", 2, {})]
    scores = [10, 10, 30, 20, 5]  # q1: 1 and 2 tied, 3 above both; q2: 2 under 1

    found = ceiling.pairs_of(rows, scores)

    assert found[(1, 2)] == (0.25, 2)  # a tie (half) and a misorder, over two questions
    assert found[(1, 3)] == (1.0, 1)
    assert ceiling.all_pairs(rows, scores) == pytest.approx(2 / 4)  # q1's 1<3 and 2<3 only


def test_the_pairwise_fit_weighs_the_measure_that_orders_the_grades_over_noise(ceiling):
    rng = random.Random(3)
    rows = [(f"q{q}", grade, {"signal": grade + rng.uniform(-0.4, 0.4), "noise": rng.uniform(0, 5)})
            for q in range(30) for grade in range(5)]

    score = ceiling.pairwise_linear(rows, ["signal", "noise"])

    assert ceiling.all_pairs(rows, score(rows)) > 0.95
    flipped = [(question, grade, {"signal": -m["signal"], "noise": m["noise"]}) for question, grade, m in rows]
    assert ceiling.all_pairs(flipped, score(flipped)) < 0.05


def test_an_answers_measures_hold_every_input_of_the_overall_and_the_overall_it_is_served(ceiling):
    from interview.analysis.model import QuestionContext
    from interview.analysis.overall import INPUTS
    from interview.analysis.reading import read_answer
    from interview.analysis.rubric import RubricAnalyzer

    question = QuestionContext(question_text="How would you find out why a web page loads slowly?",
                               question_type="technical",
                               key_points=("Measures first with the browser's network panel", "Checks image sizes"),
                               sample_answer="I would open the network panel, find the slowest requests, and shrink "
                                             "large images before guessing.")
    answer = "I'd open the network panel first to see which requests take longest, then compress the big images."

    found, overall = ceiling.measures(read_answer(question, answer))

    assert len(ceiling.INPUT_NAMES) == len(INPUTS)
    assert set(ceiling.INPUT_NAMES) <= set(found)
    assert found["conduct"] == read_answer(question, answer).conduct.sound
    assert overall == RubricAnalyzer().analyze(question, answer).scores.overall
