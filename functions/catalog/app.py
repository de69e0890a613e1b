"""Catalog Lambda: health, the options a session can take, and the question bank."""

from typing import Annotated

from aws_lambda_powertools.logging import correlation_paths
from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from mangum import Mangum

from interview.api.app import create_app
from interview.api.deps import CurrentUser, Store
from interview.api.errors import error_responses
from interview.domain.catalog import Difficulty, QuestionType
from interview.domain.questions import QuestionBankService, session_options
from interview.observability import logger, metrics, tracer
from interview.schemas import Health, QuestionPage, SessionOptions

router = APIRouter(tags=["catalog"])


@router.get("/health", response_model=Health, responses={503: {"model": Health}})
def health(store: Store) -> JSONResponse:
    """Liveness and database reachability; no sign-in needed."""
    ok = store.database.ping()
    body = Health(status="ok" if ok else "degraded", database="ok" if ok else "unreachable")
    return JSONResponse(status_code=200 if ok else 503, content=body.model_dump())


@router.get("/options", response_model=SessionOptions, responses=error_responses(401))
def options(_: CurrentUser) -> SessionOptions:
    """Session types, difficulty levels, job roles, categories and limits."""
    return session_options()


@router.get("/questions", response_model=QuestionPage, responses=error_responses(400, 401, 503))
def browse_questions(
    _: CurrentUser,
    store: Store,
    question_type: QuestionType | None = None,
    category: str | None = None,
    difficulty: Difficulty | None = None,
    job_role: Annotated[str | None, Query(max_length=100)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> QuestionPage:
    """Browse the question bank with filters and paging."""
    return QuestionBankService(store).browse(
        question_type=question_type, category=category, difficulty=difficulty, job_role=job_role,
        text=q, skip=skip, limit=limit,
    )


app = create_app(router, title="Interview catalog")
_adapter = Mangum(app, lifespan="off")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics
@tracer.capture_lambda_handler
def handler(event: dict, context) -> dict:
    return _adapter(event, context)
