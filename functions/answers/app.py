"""Answers Lambda: submit an answer and read its analysis."""

from functools import lru_cache
from typing import Annotated

from aws_lambda_powertools.logging import correlation_paths
from fastapi import APIRouter, Depends
from mangum import Mangum

from interview.analysis.model import Analyzer
from interview.analysis.rubric import RubricAnalyzer
from interview.api.app import create_app
from interview.api.deps import CurrentUser, Store
from interview.domain.answers import AnswerService
from interview.observability import MetricUnit, logger, metrics, tracer
from interview.schemas import AnswerAnalysisOut, SubmitAnswerRequest

router = APIRouter(tags=["answers"])


@lru_cache(maxsize=1)
def get_analyzer() -> Analyzer:
    return RubricAnalyzer()


AnswerAnalyzer = Annotated[Analyzer, Depends(get_analyzer)]


@router.post("/answer", response_model=AnswerAnalysisOut)
def submit_answer(body: SubmitAnswerRequest, user: CurrentUser, store: Store,
                  analyzer: AnswerAnalyzer) -> AnswerAnalysisOut:
    """Submit an answer and get its feedback."""
    result = AnswerService(store, analyzer).submit(user, body)
    metrics.add_metric(name="AnswersAnalysed", unit=MetricUnit.Count, value=1)
    metrics.add_dimension(name="source", value=result.analysis_source or "none")
    logger.info("answer analysed", extra={"answer_id": result.answer_id, "source": result.analysis_source})
    return result


@router.get("/answers/{answer_id}", response_model=AnswerAnalysisOut)
def get_answer(answer_id: int, user: CurrentUser, store: Store, analyzer: AnswerAnalyzer) -> AnswerAnalysisOut:
    """An answer and its analysis (poll this after a 202)."""
    return AnswerService(store, analyzer).get(user, answer_id)


app = create_app(router, title="Interview answers")
_adapter = Mangum(app, lifespan="off")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics
@tracer.capture_lambda_handler
def handler(event: dict, context) -> dict:
    return _adapter(event, context)
