"""Sweeper Lambda, on a schedule: re-queue analyses stuck in pending; abandon sessions left idle."""

from interview.data.repository import PostgresStore
from interview.domain.analysis_jobs import Sweeper
from interview.observability import logger, metrics, tracer
from interview.queue import configured_queue
from interview.settings import get_settings

_settings = get_settings()
_sweeper = Sweeper(
    store=PostgresStore(),
    queue=configured_queue(),
    stuck_after_seconds=_settings.analysis_stuck_after_seconds,
    idle_hours=_settings.session_timeout_hours,
    batch_size=_settings.sweeper_batch_size,
)


@logger.inject_lambda_context
@metrics.log_metrics
@tracer.capture_lambda_handler
def handler(event: dict, context) -> dict:
    result = _sweeper.sweep()
    logger.info("sweep done", extra=result)
    return result
