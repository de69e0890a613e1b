"""The question bank as users browse it, and the options a session can be started with."""

from interview.data.repository import PostgresStore
from interview.domain.catalog import (
    CATEGORIES,
    JOB_ROLES,
    MAX_ANSWER_CHARS,
    MAX_JOB_DESCRIPTION_CHARS,
    MAX_QUESTIONS,
    MIN_ANSWER_CHARS,
    MIN_QUESTIONS,
    Difficulty,
    SessionType,
)
from interview.schemas import BankQuestionOut, QuestionPage, SessionOptions

SESSION_TYPE_DESCRIPTIONS = {
    SessionType.TECHNICAL: "Technical questions only",
    SessionType.BEHAVIORAL: "Behavioral and situational questions",
    SessionType.MIXED: "60% technical, 40% behavioral and situational",
    SessionType.JOB_SPECIFIC: "Questions written for your role, technical and behavioral",
}
DIFFICULTY_DESCRIPTIONS = {
    Difficulty.JUNIOR: "0-2 years: fundamentals",
    Difficulty.MID: "2-5 years: applied knowledge and trade-offs",
    Difficulty.SENIOR: "5+ years: architecture, scale and leadership",
}


def session_options() -> SessionOptions:
    return SessionOptions(
        session_types=[{"value": t.value, "description": d} for t, d in SESSION_TYPE_DESCRIPTIONS.items()],
        difficulty_levels=[{"value": d.value, "description": t} for d, t in DIFFICULTY_DESCRIPTIONS.items()],
        job_roles=list(JOB_ROLES),
        categories=[{"value": key, "label": label} for key, label in CATEGORIES.items()],
        limits={
            "min_questions": MIN_QUESTIONS,
            "max_questions": MAX_QUESTIONS,
            "min_answer_chars": MIN_ANSWER_CHARS,
            "max_answer_chars": MAX_ANSWER_CHARS,
            "max_job_description_chars": MAX_JOB_DESCRIPTION_CHARS,
        },
    )


class QuestionBankService:
    def __init__(self, store: PostgresStore):
        self._store = store

    def browse(self, *, question_type: str | None, category: str | None, difficulty: str | None,
               job_role: str | None, text: str | None, skip: int, limit: int) -> QuestionPage:
        with self._store.unit_of_work() as repo:
            rows, total = repo.browse_bank(question_type=question_type, category=category,
                                           difficulty=difficulty, job_role=job_role, text=text,
                                           skip=skip, limit=limit)
        return QuestionPage(
            questions=[
                BankQuestionOut(difficulty=r["difficulty_level"], **{k: v for k, v in r.items()
                                                                    if k not in ("difficulty_level", "total")})
                for r in rows
            ],
            total=total,
            page=skip // limit + 1,
            page_size=limit,
        )
