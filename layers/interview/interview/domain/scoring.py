"""Labels and ratings read off scores; one definition used by reports, lists and statistics."""

DIMENSIONS: tuple[str, ...] = ("relevance", "completeness", "clarity", "technical_accuracy", "communication")
SCORE_FIELDS: tuple[str, ...] = ("overall", *DIMENSIONS)

PERFORMANCE_BANDS: tuple[tuple[float, str], ...] = ((85, "excellent"), (70, "good"), (55, "average"))
RATING_BANDS: tuple[tuple[float, int], ...] = ((90, 5), (80, 4), (70, 3), (60, 2))


def performance_label(score: float) -> str:
    for floor, label in PERFORMANCE_BANDS:
        if score >= floor:
            return label
    return "needs_improvement"


def rating(score: float) -> int:
    """1-5 stars: 90+ → 5, 80+ → 4, 70+ → 3, 60+ → 2, else 1."""
    for floor, stars in RATING_BANDS:
        if score >= floor:
            return stars
    return 1
