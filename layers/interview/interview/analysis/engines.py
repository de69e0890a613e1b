"""Which analyzers this container uses, built lazily once: the rubric always, Groq when configured."""

from functools import lru_cache
from typing import Any

from interview.analysis.model import Analyzer
from interview.settings import get_settings

# Waits between Groq attempts when Groq names none (Retry-After): the worker's and the harness's.
BACKOFF_SECONDS = (0.5, 1.0, 2.0, 4.0)


@lru_cache(maxsize=1)
def rubric_analyzer() -> Analyzer:
    from interview.analysis.rubric import RubricAnalyzer

    return RubricAnalyzer()


@lru_cache(maxsize=1)
def groq_client() -> Any:
    """One Groq client per container; timeout and retries set explicitly, never the SDK's defaults."""
    import groq

    from interview.secrets import groq_api_key

    settings = get_settings()
    return groq.Groq(
        api_key=groq_api_key(),
        base_url=settings.groq_base_url,
        timeout=settings.groq_worker_timeout_seconds,
        max_retries=0,  # retries are ours: none on the request path, Retry-After-aware in the worker
    )


def groq_analyzer(timeout_seconds: float) -> Any:
    """A GroqAnalyzer with the given per-call timeout, or None when no key is configured."""
    settings = get_settings()
    if not settings.groq_configured:
        return None
    from interview.analysis.groq_analyzer import GroqAnalyzer

    return GroqAnalyzer(
        groq_client,
        rubric_analyzer(),
        model=settings.groq_model,
        temperature=settings.groq_temperature,
        max_tokens=settings.groq_max_tokens,
        timeout_seconds=timeout_seconds,
        disagreement_margin=settings.analysis_disagreement_margin,
    )
