"""A user's statistics over all their sessions."""

from interview.data.repository import PostgresStore
from interview.schemas import PerformanceDistribution, StatsOverview

TREND_MIN_SESSIONS = 4
TREND_MARGIN_POINTS = 2.0  # a change smaller than this is noise, not a trend


def improvement_trend(completed: int, recent_mean: float | None, previous_mean: float | None) -> str:
    """Mean of the last 3 completed sessions against the (up to) 3 before them."""
    if completed < TREND_MIN_SESSIONS or recent_mean is None or previous_mean is None:
        return "insufficient_data"
    change = recent_mean - previous_mean
    if change > TREND_MARGIN_POINTS:
        return "improving"
    if change < -TREND_MARGIN_POINTS:
        return "declining"
    return "stable"


class StatsService:
    def __init__(self, store: PostgresStore):
        self._store = store

    def overview(self, user_id: str) -> StatsOverview:
        with self._store.unit_of_work() as repo:
            row = repo.stats_overview(user_id)
        return StatsOverview(
            total_sessions=row["total_sessions"],
            total_questions_answered=row["total_questions_answered"],
            average_overall_score=row["average_overall_score"],
            average_session_duration_minutes=row["average_session_duration_minutes"],
            performance_distribution=PerformanceDistribution(
                excellent=row["excellent"], good=row["good"], average=row["average"],
                needs_improvement=row["needs_improvement"],
            ),
            favorite_job_role=row["favorite_job_role"],
            improvement_trend=improvement_trend(row["completed_sessions"], row["recent_mean"],
                                                row["previous_mean"]),
            completed_sessions=row["completed_sessions"],
        )
