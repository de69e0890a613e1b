"""Stats Lambda: a user's statistics."""

from aws_lambda_powertools.logging import correlation_paths
from fastapi import APIRouter
from mangum import Mangum

from interview.api.app import create_app
from interview.api.deps import CurrentUser, Store
from interview.api.errors import error_responses
from interview.domain.stats import StatsService
from interview.observability import logger, metrics, tracer
from interview.schemas import StatsOverview

router = APIRouter(tags=["stats"])


@router.get("/stats/overview", response_model=StatsOverview, responses=error_responses(401, 503))
def stats_overview(user: CurrentUser, store: Store) -> StatsOverview:
    """Totals, averages, performance distribution, favourite role and trend."""
    return StatsService(store).overview(user)


app = create_app(router, title="Interview statistics")
_adapter = Mangum(app, lifespan="off")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics
@tracer.capture_lambda_handler
def handler(event: dict, context) -> dict:
    return _adapter(event, context)
