"""Submitting an answer and reading its analysis.

Without Groq the rubric analyses the answer in the same transaction that stores it. With Groq the
answer is stored first (pending), Groq gets `ANALYSIS_SYNC_BUDGET_MS` with no retries, and if it
cannot deliver in that time the answer is queued for the worker and the caller gets 202.
"""

import time
from typing import Any

from interview.analysis.model import Analyzer, QuestionContext
from interview.data.repository import PostgresStore, Row
from interview.domain.analysing import question_context, record_analysis_metrics
from interview.domain.catalog import MIN_ANSWER_CHARS
from interview.domain.session_rows import analysis_fields, load_session, require_in_progress
from interview.errors import AnalysisUnavailable, DependencyUnavailable, InvalidInput, NotFound
from interview.observability import MetricUnit, logger, metrics
from interview.queue import AnalysisQueue
from interview.schemas import AnswerAnalysisOut, PendingAnswerOut, SubmitAnswerRequest

MIN_GROQ_BUDGET_SECONDS = 0.2  # below this a call cannot finish; go straight to the queue


class AnswerService:
    def __init__(self, store: PostgresStore, rubric: Analyzer, *, groq: Any = None,
                 queue: AnalysisQueue | None = None, sync_budget_ms: int = 2500, force_queue: bool = False):
        self._store = store
        self._rubric = rubric
        self._groq = groq
        self._queue = queue
        self._budget_seconds = sync_budget_ms / 1000
        self._force_queue = force_queue and queue is not None

    def submit(self, user_id: str, request: SubmitAnswerRequest) -> AnswerAnalysisOut | PendingAnswerOut:
        started = time.monotonic()
        text = request.answer.strip()
        if len(text) < MIN_ANSWER_CHARS:
            raise InvalidInput(
                f"Answer must be at least {MIN_ANSWER_CHARS} characters.",
                code="answer_too_short",
                details=[{"field": "answer", "problem": f"at least {MIN_ANSWER_CHARS} characters after trimming"}],
            )
        if self._groq is None and not self._force_queue:
            return self._submit_with_rubric(user_id, request, text)

        with self._store.unit_of_work() as repo:  # the answer is safe before any slow work starts
            answer, context = self._store_answer(repo, user_id, request, text)
            repo.touch_session(request.session_id)  # record_analysis does too, but later, or not on this request
        pending = PendingAnswerOut(answer_id=answer["id"], question_number=answer["question_number"],
                                   has_more_questions=answer["has_more_questions"])
        if self._force_queue:
            return self._queued(pending)
        remaining = self._budget_seconds - (time.monotonic() - started)
        if remaining < MIN_GROQ_BUDGET_SECONDS:
            return self._queued(pending)
        try:
            analysis = self._groq.with_timeout(remaining).analyze(context, text)
        except AnalysisUnavailable as exc:
            logger.info("analysis deferred to the queue", extra={"answer_id": answer["id"], "reason": exc.reason})
            return self._queued(pending, delay=exc.retry_after_seconds)
        except Exception:  # the answer is stored: whatever went wrong, the worker gets another go
            logger.exception("analysis failed unexpectedly; deferred to the queue", extra={"answer_id": answer["id"]})
            return self._queued(pending)
        with self._store.unit_of_work() as repo:
            repo.record_analysis(answer["id"], analysis)
            stored = repo.get_answer(user_id, answer["id"])
        record_analysis_metrics(analysis.source, analysis.provenance.get("latency_ms"))
        assert stored is not None
        return answer_out(stored)

    def _submit_with_rubric(self, user_id: str, request: SubmitAnswerRequest, text: str) -> AnswerAnalysisOut:
        # One transaction: the answer, its analysis and the session's figures (its last activity too) land
        # together or not at all.
        with self._store.unit_of_work() as repo:
            answer, context = self._store_answer(repo, user_id, request, text)
            began = time.perf_counter()
            analysis = self._rubric.analyze(context, text)
            repo.record_analysis(answer["id"], analysis)  # the lock _store_answer took is kept
            stored = repo.get_answer(user_id, answer["id"])
        record_analysis_metrics(analysis.source, round((time.perf_counter() - began) * 1000, 2))
        assert stored is not None
        return answer_out(stored)

    def _store_answer(self, repo, user_id: str, request: SubmitAnswerRequest, text: str) -> tuple[Row, QuestionContext]:
        """Store the answer (pending) with the session locked; the row also has question_number and
        has_more_questions, so a 202 needs no second read."""
        session = load_session(repo, user_id, request.session_id, for_update=True)
        require_in_progress(session)
        question = repo.session_question(request.session_id, request.question_id)
        if question is None:
            raise NotFound("This question is not part of the session.", code="question_not_found")
        if question["answered"]:
            raise InvalidInput("This question has already been answered.", code="already_answered")
        taken = request.time_taken_seconds
        if taken is None:
            taken = min(repo.seconds_since_served(request.session_id, request.question_id), 86_400)
        answer = repo.insert_answer(request.session_id, request.question_id, text, taken)
        return ({**answer, "question_number": question["question_number"]},
                question_context({**question, "job_role": session["job_role"]}))

    def _queued(self, pending: PendingAnswerOut, *, delay: float | None = None) -> PendingAnswerOut:
        metrics.add_metric(name="AnalysisDeferred", unit=MetricUnit.Count, value=1)
        if self._queue is not None:
            try:
                self._queue.send(pending.answer_id, delay_seconds=int(delay or 0))
            except DependencyUnavailable:
                # the answer is stored and pending: the sweeper re-queues it, nothing is lost
                logger.warning("could not queue an analysis; the sweeper will", extra={"answer_id": pending.answer_id})
        return pending

    def get(self, user_id: str, answer_id: int) -> AnswerAnalysisOut:
        with self._store.unit_of_work() as repo:
            row = repo.get_answer(user_id, answer_id)
        if row is None:
            raise NotFound("Answer not found.", code="answer_not_found")
        return answer_out(row)


def answer_out(row: Row) -> AnswerAnalysisOut:
    analysis = row["analysis"] or {}
    completed = row["analysis_status"] == "completed"
    return AnswerAnalysisOut(
        answer_id=row["id"],
        session_id=row["session_id"],
        question_id=row["question_id"],
        question_number=row["question_number"],
        question_text=row["question_text"],
        your_answer=row["answer_text"],
        time_taken_seconds=row["time_taken_seconds"],
        analyzer_version=row["analyzer_version"],
        flags=analysis.get("flags", []),
        score_confidence=(analysis.get("provenance") or {}).get("score_confidence"),
        model_answer=row["sample_answer"] if completed else None,
        has_more_questions=row["has_more_questions"],
        **analysis_fields(row),
    )
