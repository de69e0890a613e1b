"""What an analyzer is given and what it returns; the stored and served shape of feedback."""

from typing import Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

QuestionType = Literal["technical", "behavioral", "situational"]
Sentiment = Literal["positive", "neutral", "negative"]
Coverage = Literal["covered", "partial", "missed"]

# Weights of the dimensions' mean (DESIGN.md; they sum to 1): the Groq analyzer's overall, and what the rubric's
# overall reads first (overall.py).
SCORE_WEIGHTS: dict[str, float] = {
    "relevance": 0.20,
    "completeness": 0.25,
    "clarity": 0.15,
    "technical_accuracy": 0.25,
    "communication": 0.15,
}
DIMENSIONS: tuple[str, ...] = tuple(SCORE_WEIGHTS)


class QuestionContext(BaseModel):
    """The question an answer responds to, as snapshotted into the session."""

    model_config = ConfigDict(frozen=True)

    question_text: str
    question_type: QuestionType
    key_points: tuple[str, ...] = ()
    sample_answer: str = ""
    category: str | None = None
    difficulty: str | None = None
    job_role: str | None = None


class Scores(BaseModel):
    overall: int = Field(ge=0, le=100)
    relevance: int = Field(ge=0, le=100)
    completeness: int = Field(ge=0, le=100)
    clarity: int = Field(ge=0, le=100)
    technical_accuracy: int = Field(ge=0, le=100)
    communication: int = Field(ge=0, le=100)


class Feedback(BaseModel):
    # In an API body every field is present, so its OpenAPI schema marks each as required (schemas.ResponseBody).
    model_config = ConfigDict(json_schema_serialization_defaults_required=True)

    strengths: list[str] = Field(default_factory=list)
    weaknesses: list[str] = Field(default_factory=list)
    missing_points: list[str] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    narrative: str = ""


class KeyPointResult(BaseModel):
    model_config = ConfigDict(json_schema_serialization_defaults_required=True)  # as Feedback's

    point: str
    status: Coverage
    quote: str | None = Field(default=None, description="Verbatim span of the answer showing the point.")


class Signal(BaseModel):
    """A recurring trait an answer shows; the session report counts them across answers.

    `code` is stable (e.g. "uses_examples", "missing_result"); `summary` is a session-level phrase
    that reads well without the answer ("Backs claims with concrete examples").
    """

    code: str
    kind: Literal["strength", "weakness"]
    summary: str


class Analysis(BaseModel):
    """One answer's analysis, whichever engine produced it."""

    scores: Scores
    feedback: Feedback
    sentiment: Sentiment
    key_points: list[KeyPointResult] = Field(default_factory=list)
    metrics: dict[str, Any] = Field(default_factory=dict)
    signals: list[Signal] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    source: Literal["rubric", "groq"] = "rubric"
    analyzer_version: str
    provenance: dict[str, Any] = Field(
        default_factory=dict,
        description="How the analysis was made: model, prompt version, latency, tokens, score confidence.",
    )


class Analyzer(Protocol):
    """Port: anything that turns an answer to a question into an Analysis."""

    def analyze(self, question: QuestionContext, answer: str) -> Analysis: ...


def weighted_overall(relevance: float, completeness: float, clarity: float,
                     technical_accuracy: float, communication: float) -> int:
    """The weighted mean of the five dimensions, rounded to a whole point: the Groq analyzer's overall, and the
    first input of the rubric's (overall.py)."""
    parts = {
        "relevance": relevance,
        "completeness": completeness,
        "clarity": clarity,
        "technical_accuracy": technical_accuracy,
        "communication": communication,
    }
    value = sum(SCORE_WEIGHTS[name] * score for name, score in parts.items())
    return max(0, min(100, round(value)))
