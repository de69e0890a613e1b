"""The report at the end of a session, built from its analysed answers. Pure: no I/O."""

from collections import Counter
from dataclasses import dataclass, field
from math import ceil
from statistics import fmean
from typing import Any

from interview.domain import resources
from interview.domain.scoring import DIMENSIONS, SCORE_FIELDS, performance_label, rating

MAX_ITEMS = 5


@dataclass(frozen=True)
class AnsweredQuestion:
    question_type: str
    category: str | None
    scores: dict[str, float]
    signals: list[dict[str, Any]] = field(default_factory=list)
    confidence: float | None = None


@dataclass
class SessionReport:
    average_scores: dict[str, float]
    performance: str
    ratings: dict[str, int]
    strengths: list[str]
    areas_to_improve: list[str]
    recommended_resources: list[str]
    preparation_tips: str
    practice_recommendations: str


def build_report(answers: list[AnsweredQuestion], difficulty: str) -> SessionReport:
    if not answers:
        raise ValueError("a report needs at least one analysed answer")
    averages = {name: round(fmean(a.scores[name] for a in answers), 1) for name in SCORE_FIELDS}
    confidences = [a.confidence for a in answers if a.confidence is not None]
    confidence = fmean(confidences) if confidences else fmean(
        (averages["clarity"], averages["communication"]))
    weakest = sorted((d for d in DIMENSIONS if averages[d] < 75), key=lambda d: averages[d])
    weak_categories = _weak_categories(answers)
    return SessionReport(
        average_scores=averages,
        performance=performance_label(averages["overall"]),
        ratings={
            "technical": rating(averages["technical_accuracy"]),
            "communication": rating(averages["communication"]),
            "confidence": rating(confidence),
        },
        strengths=_strengths(answers, averages),
        areas_to_improve=_areas(answers, averages),
        recommended_resources=_resources(weakest, weak_categories),
        preparation_tips=_tips(weakest, answers),
        practice_recommendations=_practice(averages["overall"], difficulty, weakest, weak_categories),
    )


def _recurring(answers: list[AnsweredQuestion], kind: str) -> list[str]:
    """Session-level phrases of signals seen in at least half of the answers, most frequent first."""
    counts: Counter[str] = Counter()
    summaries: dict[str, str] = {}
    for answer in answers:
        for code in {s["code"] for s in answer.signals if s.get("kind") == kind}:
            counts[code] += 1
        for s in answer.signals:
            if s.get("kind") == kind:
                summaries.setdefault(s["code"], s["summary"])
    needed = max(1, ceil(len(answers) / 2))
    return [summaries[code] for code, n in counts.most_common() if n >= needed]


def _strengths(answers: list[AnsweredQuestion], averages: dict[str, float]) -> list[str]:
    dims = [resources.DIMENSION_STRENGTHS[d] for d in
            sorted(DIMENSIONS, key=lambda d: -averages[d]) if averages[d] >= 75]
    return _unique(dims[:2] + _recurring(answers, "strength") + dims[2:])[:MAX_ITEMS]


def _areas(answers: list[AnsweredQuestion], averages: dict[str, float]) -> list[str]:
    # the two weakest dimensions lead; the specific recurring habits come before the remaining ones
    dims = [resources.DIMENSION_AREAS[d] for d in
            sorted(DIMENSIONS, key=lambda d: averages[d]) if averages[d] < 65]
    return _unique(dims[:2] + _recurring(answers, "weakness") + dims[2:])[:MAX_ITEMS]


def _weak_categories(answers: list[AnsweredQuestion]) -> list[str]:
    by_category: dict[str, list[float]] = {}
    for a in answers:
        if a.category:
            by_category.setdefault(a.category, []).append(a.scores["overall"])
    means = {c: fmean(v) for c, v in by_category.items()}
    return sorted((c for c, m in means.items() if m < 70), key=lambda c: means[c])


def _resources(weakest: list[str], weak_categories: list[str]) -> list[str]:
    items: list[str] = []
    for category in weak_categories[:3]:
        items.extend(resources.CATEGORY_RESOURCES.get(category, []))
    for dimension in weakest[:2]:
        items.extend(resources.DIMENSION_RESOURCES[dimension])
    if not items:  # nothing weak: point at the next level up rather than at remedial material
        items.append("Move up a difficulty level and time-box each answer to two minutes")
    return _unique(items)[:MAX_ITEMS]


def _tips(weakest: list[str], answers: list[AnsweredQuestion]) -> str:
    tips = [resources.DIMENSION_TIPS[d] for d in weakest[:3]]
    stories = [a for a in answers if a.question_type in ("behavioral", "situational")]
    if stories and fmean(a.scores["technical_accuracy"] for a in stories) < 75:
        tips.append(resources.STORY_TIP)
    if not tips:
        tips.append("Keep doing what works: lead with the answer, cover the key points, and close with an example.")
    return "\n\n".join(tips)


def _practice(overall: float, difficulty: str, weakest: list[str], weak_categories: list[str]) -> str:
    focus = weak_categories[0].replace("_", " ") if weak_categories else (
        weakest[0].replace("_", " ") if weakest else None)
    if overall >= 85:
        step = "senior" if difficulty != "senior" else "senior, with longer sessions"
        plan = f"You are ready for harder questions: try {step} sessions twice a week."
    elif overall >= 70:
        plan = "Practise 3 times a week, mixing technical and behavioral questions."
    elif overall >= 55:
        plan = "Practise 3-4 short sessions a week and re-answer your lowest-scoring question after each."
    else:
        easier = {"senior": "mid", "mid": "junior"}.get(difficulty)
        level = f" at {easier} level" if easier else ""
        plan = f"Practise 4-5 short sessions a week{level}, one topic at a time, until answers reach 70."
    return f"{plan} Focus first on {focus}." if focus else plan


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
