"""Answers Lambda: submit an answer and read its analysis."""

from functools import lru_cache
from typing import Annotated

from aws_lambda_powertools.logging import correlation_paths
from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from mangum import Mangum

from interview.analysis.engines import groq_analyzer, rubric_analyzer
from interview.api.app import create_app
from interview.api.deps import CurrentUser, get_store
from interview.api.errors import error_responses
from interview.domain.answers import AnswerService
from interview.observability import MetricUnit, logger, metrics, tracer
from interview.queue import configured_queue
from interview.schemas import AnswerAnalysisOut, PendingAnswerOut, SubmitAnswerRequest
from interview.settings import get_settings

router = APIRouter(tags=["answers"])


@lru_cache(maxsize=1)
def get_answer_service() -> AnswerService:
    """Built once per container: the rubric, Groq when a key is configured, the queue when one is."""
    settings = get_settings()
    return AnswerService(
        get_store(),
        rubric_analyzer(),
        groq=groq_analyzer(settings.analysis_sync_budget_ms / 1000),
        queue=configured_queue(),
        sync_budget_ms=settings.analysis_sync_budget_ms,
        force_queue=settings.analysis_force_queue,
    )


Answers = Annotated[AnswerService, Depends(get_answer_service)]


PENDING = {  # the 202 and the Location header submit_answer sets on it
    "model": PendingAnswerOut,
    "description": "Stored; its analysis is under way",
    "headers": {"Location": {"description": "`answers/{answer_id}`, relative to this route: poll it",
                             "schema": {"type": "string"}}},
}


@router.post("/answer", response_model=AnswerAnalysisOut,
             responses={202: PENDING, **error_responses(400, 401, 404, 413, 503)})
def submit_answer(body: SubmitAnswerRequest, user: CurrentUser, answers: Answers) -> AnswerAnalysisOut | JSONResponse:
    """Submit an answer: 200 with its feedback, or 202 while it is analysed in the background."""
    result = answers.submit(user, body)
    metrics.add_metric(name="AnswersSubmitted", unit=MetricUnit.Count, value=1)
    if isinstance(result, PendingAnswerOut):
        logger.info("answer pending", extra={"answer_id": result.answer_id})
        # relative to .../answer, so it resolves under any stage or custom-domain base path
        return JSONResponse(status_code=202, content=result.model_dump(),
                            headers={"Location": f"answers/{result.answer_id}"})
    logger.info("answer analysed", extra={"answer_id": result.answer_id, "source": result.analysis_source})
    return result


@router.get("/answers/{answer_id}", response_model=AnswerAnalysisOut,
            responses=error_responses(400, 401, 404, 503))
def get_answer(answer_id: int, user: CurrentUser, answers: Answers) -> AnswerAnalysisOut:
    """An answer and its analysis (poll this after a 202)."""
    return answers.get(user, answer_id)


app = create_app(router, title="Interview answers")
_adapter = Mangum(app, lifespan="off")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics
@tracer.capture_lambda_handler
def handler(event: dict, context) -> dict:
    return _adapter(event, context)
