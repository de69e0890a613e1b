"""The completion report: averages, labels, ratings and honest session feedback."""

import pytest

from interview.domain.report import AnsweredQuestion, build_report
from interview.domain.scoring import performance_label, rating
from interview.domain.stats import improvement_trend


def answer(overall, *, category="database", qtype="technical", signals=(), confidence=None, **dims):
    scores = {"overall": overall, "relevance": overall, "completeness": overall, "clarity": overall,
              "technical_accuracy": overall, "communication": overall, **dims}
    return AnsweredQuestion(qtype, category, scores, list(signals), confidence)


@pytest.mark.parametrize(("score", "label"), [(85, "excellent"), (84.9, "good"), (70, "good"),
                                              (69.9, "average"), (55, "average"), (54.9, "needs_improvement")])
def test_performance_labels(score, label):
    assert performance_label(score) == label


@pytest.mark.parametrize(("score", "stars"), [(100, 5), (90, 5), (89.9, 4), (80, 4), (70, 3), (60, 2),
                                              (59.9, 1), (0, 1)])
def test_ratings(score, stars):
    assert rating(score) == stars


def test_averages_and_ratings_come_from_the_answers():
    report = build_report([answer(80, technical_accuracy=92, communication=61),
                           answer(90, technical_accuracy=88, communication=65)], "mid")
    assert report.average_scores["overall"] == 85.0
    assert report.average_scores["technical_accuracy"] == 90.0
    assert report.performance == "excellent"
    assert report.ratings["technical"] == 5
    assert report.ratings["communication"] == 2


def test_confidence_rating_uses_the_analysers_confidence_when_present():
    report = build_report([answer(80, confidence=45), answer(80, confidence=55)], "mid")
    assert report.ratings["confidence"] == 1
    without = build_report([answer(80), answer(80)], "mid")
    assert without.ratings["confidence"] == 4


def test_weak_session_gets_no_invented_strengths_and_targeted_help():
    weak = [answer(30, category="database", signals=[{"code": "vague", "kind": "weakness",
                                                      "summary": "Answers stay vague"}]),
            answer(35, category="database", signals=[{"code": "vague", "kind": "weakness",
                                                      "summary": "Answers stay vague"}])]
    report = build_report(weak, "senior")
    assert report.strengths == []
    assert report.performance == "needs_improvement"
    assert "Answers stay vague" in report.areas_to_improve
    assert any("Index" in r for r in report.recommended_resources), report.recommended_resources
    assert "mid level" in report.practice_recommendations
    assert 1 <= len(report.areas_to_improve) <= 5


def test_recurring_strength_needs_to_recur():
    signal = {"code": "uses_examples", "kind": "strength", "summary": "Backs claims with concrete examples"}
    once = build_report([answer(60, signals=[signal]), answer(60), answer(60)], "mid")
    assert "Backs claims with concrete examples" not in once.strengths
    twice = build_report([answer(60, signals=[signal]), answer(60, signals=[signal]), answer(60)], "mid")
    assert "Backs claims with concrete examples" in twice.strengths


def test_story_tip_only_when_stories_are_weak():
    stories = [answer(50, qtype="behavioral", category="behavioral")]
    assert "STAR" in build_report(stories, "mid").preparation_tips
    assert "STAR" not in build_report([answer(95, qtype="behavioral", category="behavioral")], "mid").preparation_tips


def test_a_report_needs_an_answer():
    with pytest.raises(ValueError):
        build_report([], "mid")


@pytest.mark.parametrize(("completed", "recent", "previous", "trend"), [
    (3, 80, 60, "insufficient_data"),
    (4, 80, 60, "improving"),
    (6, 60, 80, "declining"),
    (6, 71, 70, "stable"),
])
def test_improvement_trend(completed, recent, previous, trend):
    assert improvement_trend(completed, recent, previous) == trend
