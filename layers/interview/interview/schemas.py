"""The HTTP contract's request and response models (API.md). Pydantic only: no FastAPI here."""

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from interview.analysis.model import Feedback, KeyPointResult, Scores
from interview.domain.catalog import (
    DEFAULT_QUESTIONS,
    MAX_ANSWER_CHARS,
    MAX_JOB_DESCRIPTION_CHARS,
    MAX_QUESTIONS,
    MIN_QUESTIONS,
    Difficulty,
    QuestionType,
    SessionStatus,
    SessionType,
)

Performance = Literal["excellent", "good", "average", "needs_improvement"]


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    @field_validator("*", mode="before")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        # PostgreSQL text cannot hold NUL; refuse it as bad input rather than fail on insert
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("must not contain NUL characters")
        return value


class StartSessionRequest(Request):
    session_type: SessionType = SessionType.MIXED
    job_role: str = Field(default="Software Engineer", min_length=3, max_length=100)
    difficulty_level: Difficulty = Difficulty.MID
    num_questions: int = Field(default=DEFAULT_QUESTIONS, ge=MIN_QUESTIONS, le=MAX_QUESTIONS)
    resume_id: int | None = Field(default=None, ge=1, le=2_147_483_647)
    job_description: str | None = Field(default=None, max_length=MAX_JOB_DESCRIPTION_CHARS)

    @field_validator("job_role")
    @classmethod
    def _role_has_text(cls, value: str) -> str:
        value = " ".join(value.split())
        if len(value) < 3:
            raise ValueError("job_role must have at least 3 non-blank characters")
        return value


class SubmitAnswerRequest(Request):
    session_id: int = Field(ge=1)
    question_id: int = Field(ge=1)
    answer: str = Field(max_length=MAX_ANSWER_CHARS)
    time_taken_seconds: int | None = Field(default=None, ge=0, le=86_400)


class ResponseBody(BaseModel):
    """A response body. Every field is in every body, defaults and nulls included, so the OpenAPI document lists
    every field as required (a field with a default would otherwise read as one a client may not get)."""

    model_config = ConfigDict(json_schema_serialization_defaults_required=True)


class QuestionOut(ResponseBody):
    question_id: int
    question_number: int
    total_questions: int
    question_text: str
    question_type: QuestionType
    category: str | None
    difficulty: Difficulty


class StartSessionResponse(ResponseBody):
    session_id: int
    session_type: SessionType
    job_role: str
    difficulty_level: Difficulty
    total_questions: int
    first_question: QuestionOut
    message: str


class AnswerAnalysisOut(ResponseBody):
    """An answer with its analysis: the 200 of POST /answer and the body of GET /answers/{id}."""

    answer_id: int
    session_id: int
    question_id: int
    question_number: int
    question_text: str
    your_answer: str
    time_taken_seconds: int
    analysis_status: Literal["pending", "completed"]
    analysis_source: Literal["rubric", "groq"] | None = None
    analyzer_version: str | None = None
    scores: Scores | None = None
    feedback: Feedback | None = None
    sentiment: Literal["positive", "neutral", "negative"] | None = None
    key_points: list[KeyPointResult] = Field(default_factory=list)
    metrics: dict[str, Any] = Field(default_factory=dict)
    flags: list[str] = Field(default_factory=list)
    score_confidence: Literal["high", "low"] | None = None
    model_answer: str | None = None
    has_more_questions: bool


class PendingAnswerOut(ResponseBody):
    """202: the answer is stored; its analysis arrives at GET /answers/{answer_id}."""

    answer_id: int
    question_number: int
    analysis_status: Literal["pending"] = "pending"
    has_more_questions: bool


class AverageScores(ResponseBody):
    overall: float
    relevance: float
    completeness: float
    clarity: float
    technical_accuracy: float
    communication: float


class Ratings(ResponseBody):
    technical: int = Field(ge=1, le=5)
    communication: int = Field(ge=1, le=5)
    confidence: int = Field(ge=1, le=5)


class SessionFeedbackOut(ResponseBody):
    strengths: list[str]
    areas_to_improve: list[str]
    recommended_resources: list[str]
    preparation_tips: str
    practice_recommendations: str


class CompletionResponse(ResponseBody):
    session_id: int
    completed: bool = True
    questions_answered: int
    total_time_seconds: int
    average_scores: AverageScores
    performance: Performance
    ratings: Ratings
    feedback: SessionFeedbackOut
    message: str


class SessionSummary(ResponseBody):
    id: int
    session_type: SessionType
    job_role: str
    difficulty_level: Difficulty
    total_questions: int
    questions_answered: int
    status: SessionStatus
    average_score: float | None
    duration_seconds: int | None
    started_at: datetime
    completed_at: datetime | None
    overall_performance: Performance | None
    technical_rating: int | None
    communication_rating: int | None
    confidence_rating: int | None


class SessionList(ResponseBody):
    sessions: list[SessionSummary]
    total: int
    page: int
    page_size: int


class QuestionAndAnswer(ResponseBody):
    question_id: int
    question_number: int
    question_text: str
    question_type: QuestionType
    category: str | None
    difficulty: Difficulty
    answer_id: int | None = None
    user_answer: str | None = None
    time_taken_seconds: int | None = None
    analysis_status: Literal["pending", "completed"] | None = None
    analysis_source: Literal["rubric", "groq"] | None = None
    scores: Scores | None = None
    feedback: Feedback | None = None
    sentiment: Literal["positive", "neutral", "negative"] | None = None
    key_points: list[KeyPointResult] = Field(default_factory=list)
    metrics: dict[str, Any] = Field(default_factory=dict)
    model_answer: str | None = None  # shown once the question is answered


class SessionDetail(ResponseBody):
    session_id: int
    session_type: SessionType
    job_role: str
    difficulty_level: Difficulty
    status: SessionStatus
    started_at: datetime
    completed_at: datetime | None
    total_questions: int
    questions_answered: int
    duration_seconds: int | None
    average_score: float | None
    overall_performance: Performance | None
    ratings: Ratings | None
    average_scores: AverageScores | None
    questions_and_answers: list[QuestionAndAnswer]
    feedback: SessionFeedbackOut | None


class MessageOut(ResponseBody):
    message: str


class SessionStateOut(ResponseBody):
    session_id: int
    status: SessionStatus
    questions_answered: int
    total_questions: int
    message: str


class PerformanceDistribution(ResponseBody):
    excellent: int
    good: int
    average: int
    needs_improvement: int


class StatsOverview(ResponseBody):
    total_sessions: int
    total_questions_answered: int
    average_overall_score: float | None
    average_session_duration_minutes: float | None
    performance_distribution: PerformanceDistribution
    favorite_job_role: str | None
    improvement_trend: Literal["improving", "stable", "declining", "insufficient_data"]
    completed_sessions: int


class BankQuestionOut(ResponseBody):
    id: int
    question_text: str
    question_type: QuestionType
    category: str
    difficulty: Difficulty
    job_roles: list[str]
    key_points: list[str]
    sample_answer: str
    tags: list[str]


class QuestionPage(ResponseBody):
    questions: list[BankQuestionOut]
    total: int
    page: int
    page_size: int


class SessionOptions(ResponseBody):
    session_types: list[dict[str, str]]
    difficulty_levels: list[dict[str, str]]
    job_roles: list[str]
    categories: list[dict[str, str]]
    limits: dict[str, int]


class Health(ResponseBody):
    status: Literal["ok", "degraded"]
    database: Literal["ok", "unreachable"]


class ErrorDetail(ResponseBody):
    field: str
    problem: str


class ErrorBody(ResponseBody):
    code: str
    message: str
    details: list[ErrorDetail] = Field(default_factory=list)


class ErrorOut(ResponseBody):
    """Every error response's body (API.md, Errors)."""

    error: ErrorBody
