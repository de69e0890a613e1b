"""Reading a session's rows: what the answer path shares with the sessions routes.

Kept apart from sessions.py so the answers function does not import question selection and the report
(and what they import) at cold start.
"""

from typing import Any

from interview.data.repository import InterviewRepository, Row
from interview.domain.catalog import SessionStatus
from interview.errors import InvalidInput, NotFound

SESSION_NOT_FOUND = "Interview session not found."


def scores_of(row: Row) -> dict[str, float] | None:
    """The six answer scores from an answer row, or None while it is not analysed."""
    if row.get("overall_score") is None:
        return None
    return {
        "overall": row["overall_score"],
        "relevance": row["relevance_score"],
        "completeness": row["completeness_score"],
        "clarity": row["clarity_score"],
        "technical_accuracy": row["technical_accuracy_score"],
        "communication": row["communication_score"],
    }


def analysis_fields(row: Row) -> dict[str, Any]:
    """What an answer row says about its analysis, in the API's field names."""
    analysis: dict[str, Any] = row["analysis"] or {}
    return {
        "analysis_status": row["analysis_status"],
        "analysis_source": row["analysis_source"],
        "scores": scores_of(row),
        "feedback": row["feedback"],
        "sentiment": row["sentiment"],
        "key_points": analysis.get("key_points", []),
        "metrics": analysis.get("metrics", {}),
    }


def load_session(repo: InterviewRepository, user_id: str, session_id: int, *, for_update: bool = False) -> Row:
    session = repo.get_session(user_id, session_id, for_update=for_update)
    if session is None:
        raise NotFound(SESSION_NOT_FOUND, code="session_not_found")
    return session


def require_in_progress(session: Row) -> None:
    if session["status"] != SessionStatus.IN_PROGRESS:
        raise InvalidInput(
            f"This session is {session['status'].replace('_', ' ')}; it no longer takes answers.",
            code="session_not_in_progress",
        )
