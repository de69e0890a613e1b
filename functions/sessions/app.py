"""Sessions Lambda: start, next question, complete, abandon, list, detail and delete."""

from typing import Annotated

from aws_lambda_powertools.logging import correlation_paths
from fastapi import APIRouter, Query
from mangum import Mangum

from interview.api.app import create_app
from interview.api.deps import CurrentUser, Store
from interview.api.errors import error_responses
from interview.domain.catalog import SessionStatus, SessionType
from interview.domain.sessions import SessionService
from interview.observability import MetricUnit, logger, metrics, tracer
from interview.schemas import (
    CompletionResponse,
    MessageOut,
    QuestionOut,
    SessionDetail,
    SessionList,
    SessionStateOut,
    StartSessionRequest,
    StartSessionResponse,
)

router = APIRouter(tags=["sessions"])


@router.post("/start", response_model=StartSessionResponse, responses=error_responses(400, 401, 413, 503))
def start_session(body: StartSessionRequest, user: CurrentUser, store: Store) -> StartSessionResponse:
    """Start a session and get its first question."""
    started = SessionService(store).start(user, body)
    metrics.add_metric(name="SessionsStarted", unit=MetricUnit.Count, value=1)
    logger.info("session started", extra={"session_id": started.session_id, "total": started.total_questions})
    return started


@router.get("/sessions", response_model=SessionList, responses=error_responses(400, 401, 503))
def list_sessions(
    user: CurrentUser,
    store: Store,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    session_type: SessionType | None = None,
    session_status: SessionStatus | None = None,
) -> SessionList:
    """The caller's sessions, newest first."""
    return SessionService(store).list(
        user, session_type=session_type, status=session_status, skip=skip, limit=limit
    )


@router.get("/{session_id}/question", response_model=QuestionOut, responses=error_responses(400, 401, 404, 503))
def next_question(session_id: int, user: CurrentUser, store: Store) -> QuestionOut:
    """The next unanswered question of the session."""
    return SessionService(store).next_question(user, session_id)


@router.post("/{session_id}/complete", response_model=CompletionResponse,
             responses=error_responses(400, 401, 404, 409, 503))
def complete_session(session_id: int, user: CurrentUser, store: Store) -> CompletionResponse:
    """Finish the session and get its report."""
    report = SessionService(store).complete(user, session_id)
    metrics.add_metric(name="SessionsCompleted", unit=MetricUnit.Count, value=1)
    return report


@router.post("/{session_id}/abandon", response_model=SessionStateOut,
             responses=error_responses(400, 401, 404, 503))
def abandon_session(session_id: int, user: CurrentUser, store: Store) -> SessionStateOut:
    """Give up on a session; its answers stay in the history."""
    return SessionService(store).abandon(user, session_id)


@router.get("/{session_id}", response_model=SessionDetail, responses=error_responses(400, 401, 404, 503))
def session_detail(session_id: int, user: CurrentUser, store: Store) -> SessionDetail:
    """One session with its questions, answers, analyses and report."""
    return SessionService(store).detail(user, session_id)


@router.delete("/{session_id}", response_model=MessageOut, responses=error_responses(400, 401, 404, 503))
def delete_session(session_id: int, user: CurrentUser, store: Store) -> MessageOut:
    """Delete a session and everything under it."""
    return SessionService(store).delete(user, session_id)


app = create_app(router, title="Interview sessions")
_adapter = Mangum(app, lifespan="off")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics
@tracer.capture_lambda_handler
def handler(event: dict, context) -> dict:
    return _adapter(event, context)
