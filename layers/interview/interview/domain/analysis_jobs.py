"""Background analysis: the worker's job for one queued answer, and the sweeper's rounds.

Every answer ends analysed: Groq with retries that honour Retry-After while deliveries remain, and
the rubric on the last allowed delivery. Recording is conditional on the answer still being pending,
so a duplicate delivery can never count an answer twice in its session's figures.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from interview.analysis.engines import BACKOFF_SECONDS
from interview.analysis.model import Analysis, Analyzer
from interview.data.repository import PostgresStore
from interview.domain.analysing import question_context, record_analysis_metrics
from interview.errors import AnalysisUnavailable, DependencyUnavailable
from interview.observability import MetricUnit, logger, metrics
from interview.queue import AnalysisQueue

Outcome = Literal["skipped", "groq", "rubric"]
SAFETY_SECONDS = 2.0  # leave this much of the invocation for recording the result
MIN_CALL_SECONDS = 1.0  # a Groq call given less than this cannot finish; fall back or retry later


@dataclass
class AnalysisJobs:
    store: PostgresStore
    rubric: Analyzer
    groq: Any = None
    attempts: int = 3
    max_retry_after_seconds: float = 20.0
    max_receives: int = 4  # the queue's maxReceiveCount: the delivery that must not fail
    retry_backoff_seconds: int = 15  # a failed delivery returns after this × its receive count (0: queue default)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic

    def redelivery_delay(self, receive_count: int, retry_after: float | None) -> int:
        """Seconds before a failed message comes back: Groq's Retry-After, else a growing backoff.

        The queue's own visibility timeout (six times the worker's) would keep a user waiting on
        409 for many minutes during a Groq outage; the last delivery falls back to the rubric sooner.
        """
        if retry_after is not None:
            return int(retry_after) + 1
        return min(120, self.retry_backoff_seconds * receive_count)

    def process(self, answer_id: int, *, receive_count: int = 1, deadline: float | None = None) -> Outcome:
        final_delivery = receive_count >= self.max_receives
        with self.store.unit_of_work() as repo:
            job = repo.analysis_job(answer_id)
        if job is None or job["analysis_status"] != "pending":
            return "skipped"  # deleted with its session, or analysed by an earlier delivery
        context = question_context(job)
        analysis = self._analyse(context, job["answer_text"], final_delivery=final_delivery, deadline=deadline)
        with self.store.unit_of_work() as repo:
            recorded = repo.record_analysis(answer_id, analysis)
        if not recorded:
            return "skipped"
        record_analysis_metrics(analysis.source, analysis.provenance.get("latency_ms"))
        return analysis.source

    def _analyse(self, context, text: str, *, final_delivery: bool, deadline: float | None) -> Analysis:
        if self.groq is None:
            return self.rubric.analyze(context, text)
        failure: Exception | None = None
        for attempt in range(self.attempts):
            timeout = self._call_timeout(deadline)
            if timeout is None:
                failure = failure or AnalysisUnavailable("timeout", "no time left in this invocation for Groq")
                break
            try:
                return self.groq.with_timeout(timeout).analyze(context, text)
            except AnalysisUnavailable as exc:
                failure = exc
                wait = exc.retry_after_seconds if exc.retry_after_seconds is not None else BACKOFF_SECONDS[
                    min(attempt, len(BACKOFF_SECONDS) - 1)]
                out_of_time = deadline is not None and self.clock() + wait + SAFETY_SECONDS > deadline
                if attempt + 1 == self.attempts or wait > self.max_retry_after_seconds or out_of_time:
                    break
                logger.info("groq retry", extra={"reason": exc.reason, "wait_seconds": wait})
                self.sleep(wait)
            except Exception as exc:  # a bug or misconfiguration must not keep an answer pending forever
                logger.exception("groq analysis failed unexpectedly")
                failure = exc
                break
        if final_delivery:
            reason = failure.reason if isinstance(failure, AnalysisUnavailable) else type(failure).__name__
            metrics.add_metric(name="AnalysisFallbacks", unit=MetricUnit.Count, value=1)
            logger.warning("groq failed on the last delivery; using the rubric", extra={"reason": reason})
            return self.rubric.analyze(context, text)
        if isinstance(failure, AnalysisUnavailable):
            raise failure
        raise AnalysisUnavailable("unusable_output", f"Groq analysis failed: {type(failure).__name__}") from failure

    def _call_timeout(self, deadline: float | None) -> float | None:
        """This call's timeout: the engine's own, cut to what the invocation has left; None if too little."""
        timeout = self.groq.timeout_seconds
        if deadline is None:
            return timeout
        left = deadline - self.clock() - SAFETY_SECONDS
        return min(timeout, left) if left >= MIN_CALL_SECONDS else None


@dataclass
class Sweeper:
    store: PostgresStore
    queue: AnalysisQueue | None
    stuck_after_seconds: int
    idle_hours: int
    batch_size: int

    def sweep(self) -> dict[str, int]:
        with self.store.unit_of_work() as repo:
            stuck = repo.stuck_answers(self.stuck_after_seconds, self.batch_size)
        requeued = 0
        for answer_id in stuck if self.queue is not None else []:
            try:
                self.queue.send(answer_id)
                requeued += 1
            except DependencyUnavailable:
                logger.warning("queue unavailable; will retry on the next sweep", extra={"answer_id": answer_id})
                break
        with self.store.unit_of_work() as repo:
            abandoned = repo.abandon_idle_sessions(self.idle_hours, self.batch_size)
        metrics.add_metric(name="AnswersRequeued", unit=MetricUnit.Count, value=requeued)
        metrics.add_metric(name="SessionsTimedOut", unit=MetricUnit.Count, value=len(abandoned))
        return {"stuck": len(stuck), "requeued": requeued, "abandoned": len(abandoned)}
