"""Session lifecycle: start, next question, complete, abandon, list, detail, delete."""

import random

from interview.data.repository import PostgresStore, Row
from interview.domain.catalog import canonical_role
from interview.domain.report import AnsweredQuestion, build_report
from interview.domain.selection import Candidate, SelectionRequest, choose_questions
from interview.domain.session_rows import (
    SESSION_NOT_FOUND,
    analysis_fields,
    load_session,
    require_in_progress,
    scores_of,
)
from interview.errors import Conflict, InvalidInput, NotFound
from interview.schemas import (
    AverageScores,
    CompletionResponse,
    MessageOut,
    QuestionAndAnswer,
    QuestionOut,
    Ratings,
    SessionDetail,
    SessionFeedbackOut,
    SessionList,
    SessionStateOut,
    SessionSummary,
    StartSessionRequest,
    StartSessionResponse,
)
from interview.settings import get_settings

ANALYSIS_RETRY_AFTER_SECONDS = 5


def question_out(row: Row, total_questions: int) -> QuestionOut:
    return QuestionOut(
        question_id=row["id"],
        question_number=row["question_number"],
        total_questions=total_questions,
        question_text=row["question_text"],
        question_type=row["question_type"],
        category=row["category"],
        difficulty=row["difficulty_level"],
    )


class SessionService:
    def __init__(self, store: PostgresStore, rng: random.Random | None = None):
        self._store = store
        self._rng = rng or random.Random()

    def start(self, user_id: str, request: StartSessionRequest) -> StartSessionResponse:
        settings = get_settings()
        with self._store.unit_of_work() as repo:
            bank = [
                Candidate(r["id"], r["question_type"], r["difficulty_level"], tuple(r["job_roles"]), r["text"])
                for r in repo.bank_candidates()
            ]
            selection = choose_questions(
                SelectionRequest(
                    session_type=request.session_type,
                    difficulty=request.difficulty_level,
                    role=canonical_role(request.job_role),
                    num_questions=request.num_questions,
                    job_description=request.job_description,
                    recently_asked=frozenset(repo.recently_asked(user_id, settings.recent_sessions_window)),
                ),
                bank,
                self._rng,
            )
            if not selection.question_ids:
                raise InvalidInput("The question bank has no questions for this session.", code="no_questions")
            session = repo.create_session(
                user_id,
                session_type=request.session_type.value,
                job_role=request.job_role,
                difficulty=request.difficulty_level.value,
                resume_id=request.resume_id,
                job_description=request.job_description,
                bank_ids=selection.question_ids,
            )
            first = repo.next_unanswered(session["id"])
        assert first is not None
        total = session["total_questions"]
        message = f"Interview session started! You have {total} question{'s' if total != 1 else ''} to answer."
        if selection.notes:
            message += " Note: " + "; ".join(selection.notes) + "."
        message += " Good luck!"
        return StartSessionResponse(
            session_id=session["id"],
            session_type=session["session_type"],
            job_role=session["job_role"],
            difficulty_level=session["difficulty_level"],
            total_questions=total,
            first_question=question_out(first, total),
            message=message,
        )

    def next_question(self, user_id: str, session_id: int) -> QuestionOut:
        with self._store.unit_of_work() as repo:
            session = load_session(repo, user_id, session_id)
            require_in_progress(session)
            question = repo.next_unanswered(session_id)
            if question is None:
                raise NotFound("Every question of this session has been answered; complete it to get your "
                               "report.", code="no_more_questions")
            repo.touch_session(session_id)
        return question_out(question, session["total_questions"])

    def complete(self, user_id: str, session_id: int) -> CompletionResponse:
        with self._store.unit_of_work() as repo:
            session = load_session(repo, user_id, session_id, for_update=True)
            require_in_progress(session)
            if repo.pending_answer_count(session_id):
                raise Conflict("Some answers are still being analysed; try again in a few seconds.",
                               code="analysis_pending", retry_after_seconds=ANALYSIS_RETRY_AFTER_SECONDS)
            answered = [
                AnsweredQuestion(
                    question_type=r["question_type"],
                    category=r["category"],
                    scores=scores_of(r) or {},
                    signals=(r["analysis"] or {}).get("signals", []),
                    confidence=(r["analysis"] or {}).get("metrics", {}).get("confidence"),
                )
                for r in repo.analysed_answers(session_id)
            ]
            if not answered:
                raise InvalidInput("Answer at least one question before completing the session.",
                                   code="no_answers")
            report = build_report(answered, session["difficulty_level"])
            feedback = SessionFeedbackOut(
                strengths=report.strengths,
                areas_to_improve=report.areas_to_improve,
                recommended_resources=report.recommended_resources,
                preparation_tips=report.preparation_tips,
                practice_recommendations=report.practice_recommendations,
            )
            done = repo.complete_session(
                session_id,
                average_score=report.average_scores["overall"],
                performance=report.performance,
                ratings=report.ratings,
                report=feedback.model_dump(),
            )
        overall = report.average_scores["overall"]
        n = len(answered)
        return CompletionResponse(
            session_id=session_id,
            questions_answered=n,
            total_time_seconds=done["duration_seconds"],
            average_scores=AverageScores(**report.average_scores),
            performance=report.performance,
            ratings=Ratings(**report.ratings),
            feedback=feedback,
            message=f"Interview completed! You answered {n} question{'s' if n != 1 else ''} "
                    f"with an average score of {overall:g}%.",
        )

    def abandon(self, user_id: str, session_id: int) -> SessionStateOut:
        with self._store.unit_of_work() as repo:
            session = load_session(repo, user_id, session_id, for_update=True)
            require_in_progress(session)
            done = repo.abandon_session(session_id)
        return SessionStateOut(
            session_id=session_id,
            status=done["status"],
            questions_answered=done["questions_answered"],
            total_questions=done["total_questions"],
            message="Session abandoned. Your answers so far are kept in your history.",
        )

    def list(self, user_id: str, *, session_type: str | None, status: str | None, skip: int,
             limit: int) -> SessionList:
        with self._store.unit_of_work() as repo:
            rows, total = repo.list_sessions(user_id, session_type=session_type, status=status,
                                             skip=skip, limit=limit)
        return SessionList(
            sessions=[SessionSummary.model_validate(r) for r in rows],
            total=total,
            page=skip // limit + 1,
            page_size=limit,
        )

    def detail(self, user_id: str, session_id: int) -> SessionDetail:
        with self._store.unit_of_work() as repo:
            session = load_session(repo, user_id, session_id)
            questions = repo.session_questions(session_id)
            feedback = repo.session_feedback(session_id)
        items = [_question_and_answer(q) for q in questions]
        analysed = [i.scores for i in items if i.scores is not None]
        averages = None
        if analysed:
            averages = AverageScores(**{
                name: round(sum(getattr(s, name) for s in analysed) / len(analysed), 1)
                for name in AverageScores.model_fields
            })
        ratings = None
        if session["technical_rating"] is not None:
            ratings = Ratings(technical=session["technical_rating"],
                              communication=session["communication_rating"],
                              confidence=session["confidence_rating"])
        return SessionDetail(
            session_id=session["id"],
            session_type=session["session_type"],
            job_role=session["job_role"],
            difficulty_level=session["difficulty_level"],
            status=session["status"],
            started_at=session["started_at"],
            completed_at=session["completed_at"],
            total_questions=session["total_questions"],
            questions_answered=session["questions_answered"],
            duration_seconds=session["duration_seconds"],
            average_score=session["average_score"],
            overall_performance=session["overall_performance"],
            ratings=ratings,
            average_scores=averages,
            questions_and_answers=items,
            feedback=SessionFeedbackOut.model_validate(feedback) if feedback else None,
        )

    def delete(self, user_id: str, session_id: int) -> MessageOut:
        with self._store.unit_of_work() as repo:
            if not repo.delete_session(user_id, session_id):
                raise NotFound(SESSION_NOT_FOUND, code="session_not_found")
        return MessageOut(message="Interview session deleted successfully")


def _question_and_answer(row: Row) -> QuestionAndAnswer:
    answered = row["answer_id"] is not None
    return QuestionAndAnswer(
        question_id=row["id"],
        question_number=row["question_number"],
        question_text=row["question_text"],
        question_type=row["question_type"],
        category=row["category"],
        difficulty=row["difficulty_level"],
        answer_id=row["answer_id"],
        user_answer=row["answer_text"],
        time_taken_seconds=row["time_taken_seconds"],
        model_answer=row["sample_answer"] if answered else None,
        **analysis_fields(row),
    )
