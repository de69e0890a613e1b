"""Analysis worker Lambda: SQS batches of queued answers, partial batch failures reported back."""

import time
from functools import lru_cache

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from interview.analysis.engines import groq_analyzer, rubric_analyzer
from interview.data.repository import PostgresStore
from interview.domain.analysis_jobs import AnalysisJobs
from interview.errors import AnalysisUnavailable
from interview.observability import MetricUnit, logger, metrics, tracer
from interview.queue import configured_queue, parse_message
from interview.settings import get_settings

# an all-failed batch is reported item by item like any other, not raised
processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False)


@lru_cache(maxsize=1)
def get_jobs() -> AnalysisJobs:
    settings = get_settings()
    return AnalysisJobs(
        store=PostgresStore(),
        rubric=rubric_analyzer(),
        groq=groq_analyzer(settings.groq_worker_timeout_seconds),
        attempts=settings.groq_worker_attempts,
        max_retry_after_seconds=settings.groq_max_retry_after_seconds,
        max_receives=settings.analysis_max_receives,
        retry_backoff_seconds=settings.analysis_retry_backoff_seconds,
    )


def record_handler(record: SQSRecord, lambda_context=None) -> str:
    try:
        answer_id = parse_message(record.body)
    except ValueError:
        # retrying cannot make it readable: park it on the DLQ now and let the batch go on
        logger.error("unreadable analysis message", extra={"message_id": record.message_id})
        metrics.add_metric(name="UnreadableMessages", unit=MetricUnit.Count, value=1)
        queue = configured_queue()
        if queue is None:
            raise
        queue.dead_letter(record.body, record.message_id)
        return "dead-lettered"
    sent = int(record.attributes.sent_timestamp) / 1000
    metrics.add_metric(name="QueueDelay", unit=MetricUnit.Seconds, value=max(0.0, round(time.time() - sent, 3)))
    receives = int(record.attributes.approximate_receive_count)
    deadline = None
    if lambda_context is not None:
        deadline = time.monotonic() + lambda_context.get_remaining_time_in_millis() / 1000
    try:
        outcome = get_jobs().process(answer_id, receive_count=receives, deadline=deadline)
    except AnalysisUnavailable as exc:
        queue = configured_queue()
        delay = get_jobs().redelivery_delay(receives, exc.retry_after_seconds)
        if delay and queue is not None:
            queue.delay_redelivery(record.receipt_handle, delay)
        logger.info("analysis will be retried", extra={"answer_id": answer_id, "reason": exc.reason,
                                                       "receive_count": receives})
        raise
    logger.info("analysis job done", extra={"answer_id": answer_id, "outcome": outcome, "receive_count": receives})
    return outcome


@logger.inject_lambda_context
@metrics.log_metrics
@tracer.capture_lambda_handler
def handler(event: dict, context) -> dict:
    return process_partial_response(event=event, record_handler=record_handler, processor=processor,
                                    context=context)
