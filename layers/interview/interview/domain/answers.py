"""Submitting an answer and reading its analysis."""

from interview.analysis.model import Analyzer, QuestionContext
from interview.data.repository import PostgresStore, Row
from interview.domain.catalog import MIN_ANSWER_CHARS
from interview.domain.sessions import load_session, require_in_progress, scores_of
from interview.errors import InvalidInput, NotFound
from interview.schemas import AnswerAnalysisOut, SubmitAnswerRequest


class AnswerService:
    def __init__(self, store: PostgresStore, analyzer: Analyzer):
        self._store = store
        self._analyzer = analyzer

    def submit(self, user_id: str, request: SubmitAnswerRequest) -> AnswerAnalysisOut:
        text = request.answer.strip()
        if len(text) < MIN_ANSWER_CHARS:
            raise InvalidInput(
                f"Answer must be at least {MIN_ANSWER_CHARS} characters.",
                code="answer_too_short",
                details=[{"field": "answer", "problem": f"at least {MIN_ANSWER_CHARS} characters after trimming"}],
            )
        # One transaction: the answer, its analysis and the session's figures land together or not at all.
        with self._store.unit_of_work() as repo:
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
            analysis = self._analyzer.analyze(
                QuestionContext(
                    question_text=question["question_text"],
                    question_type=question["question_type"],
                    key_points=tuple(question["key_points"]),
                    sample_answer=question["sample_answer"],
                    category=question["category"],
                    difficulty=question["difficulty_level"],
                    job_role=session["job_role"],
                ),
                text,
            )
            repo.record_analysis(answer["id"], analysis)
            stored = repo.get_answer(user_id, answer["id"])
        assert stored is not None
        return answer_out(stored)

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
        analysis_status=row["analysis_status"],
        analysis_source=row["analysis_source"],
        analyzer_version=row["analyzer_version"],
        scores=scores_of(row),
        feedback=row["feedback"],
        sentiment=row["sentiment"],
        key_points=analysis.get("key_points", []),
        metrics=analysis.get("metrics", {}),
        flags=analysis.get("flags", []),
        model_answer=row["sample_answer"] if completed else None,
        has_more_questions=row["has_more_questions"],
    )
