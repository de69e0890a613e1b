"""What the request path (answers) and the worker (analysis_jobs) share around an analysis.

Kept apart so the worker and the sweeper do not import the answer path (sessions, reports, schemas)
at cold start.
"""

from interview.analysis.model import QuestionContext
from interview.data.repository import Row
from interview.observability import MetricUnit, metrics


def question_context(row: Row) -> QuestionContext:
    """The question snapshot an answer is analysed against, from a row with the session's job_role."""
    return QuestionContext(
        question_text=row["question_text"],
        question_type=row["question_type"],
        key_points=tuple(row["key_points"]),
        sample_answer=row["sample_answer"],
        category=row["category"],
        difficulty=row["difficulty_level"],
        job_role=row.get("job_role"),
    )


def record_analysis_metrics(source: str, latency_ms: float | None) -> None:
    metrics.add_metric(name=f"AnalysisBy{source.capitalize()}", unit=MetricUnit.Count, value=1)
    if latency_ms is not None:
        metrics.add_metric(name="AnalysisLatency", unit=MetricUnit.Milliseconds, value=latency_ms)
